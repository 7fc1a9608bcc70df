"""`interview-coach packs`: the profession packs in use, and checking a pack file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from interview_coach.packs import PackError, load_pack, packs

group = typer.Typer(help="Profession packs: competencies and question seeds as TOML files.")


def register(app: typer.Typer) -> None:
    """Add the `packs` commands to the CLI."""
    app.add_typer(group, name="packs")
    group.command("list")(list_packs)
    group.command("check")(check)


def list_packs() -> None:
    """List the packs in use, with their competencies and seeds."""
    try:
        found = packs()
    except PackError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    for pack in found:
        typer.echo(
            f"{pack.id:<12} {pack.name} — {len(pack.competencies)} competencies, "
            f"{pack.seed_count} seeds ({pack.source})"
        )


def check(path: Annotated[Path, typer.Argument(help="A pack file (TOML).")]) -> None:
    """Check a pack file: exit 0 when it is usable, else name the file and line at fault.

    Besides its format, each seed must read as the question type it is declared for, as the
    judge reads types (a scenario is a "What would you do if ...", not a "Why ...").
    """
    try:
        pack = load_pack(path)
    except PackError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    builtin = {c.id for p in packs() for c in p.competencies if p.id != pack.id}
    clash = [c.id for c in pack.competencies if c.id in builtin]
    if clash:
        typer.echo(f"error: {path}: competency {clash[0]!r} is already defined", err=True)
        raise typer.Exit(2)
    from interview_coach.packs.check import line_of, type_mismatches

    mismatches = type_mismatches(pack)
    if mismatches:
        text = path.read_text(encoding="utf-8")
        for wrong in mismatches:
            typer.echo(
                f"error: {path}:{line_of(text, wrong.seed)}: competency {wrong.competency!r}, "
                f"{wrong.field}: {wrong.seed!r} is declared {wrong.declared} but reads as "
                f"{wrong.inferred}, so the judge would score it as one: {wrong.question!r}",
                err=True,
            )
        raise typer.Exit(2)
    typer.echo(f"{path}: pack {pack.id!r} is usable: {len(pack.competencies)} competencies, "
               f"{pack.seed_count} seeds")  # fmt: skip
