"""Entry point of the `interview-coach` command."""

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False)


@app.command()
def demo() -> None:
    """Score a bundled sample answer and show the feedback."""
    typer.echo("coming soon")


def run() -> None:
    app()
