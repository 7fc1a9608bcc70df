"""Browser tests: Debian's Chromium driven by Playwright against a real uvicorn server.

The server runs as a subprocess on a free port with its own data folder, in single-user mode
with the lexical assessor (INTERVIEW_COACH_EMBEDDING=false) so it starts in a second.
Screenshots land in test-artifacts/screenshots/ (git-ignored) for people to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from tests.serving import running_app  # noqa: E402


@contextmanager
def running_server(data: Path, **settings: str) -> Iterator[str]:
    """A real uvicorn server on a free port, configured by INTERVIEW_COACH_* settings."""
    chosen = {f"INTERVIEW_COACH_{name.upper()}": value for name, value in settings.items()}
    environment = {"INTERVIEW_COACH_DATA_DIR": str(data), "INTERVIEW_COACH_EMBEDDING": "false"}
    with running_app({**environment, **chosen}, startup_seconds=30) as base:
        yield base


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Single-user mode, as `interview-coach serve` starts by default."""
    with running_server(tmp_path_factory.mktemp("browser-server")) as base:
        yield base


@pytest.fixture(scope="session")
def multi_user_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("browser-members"), multi_user="true") as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


#: Every page reports each Content-Security-Policy violation to the test (a binding).
_CSP_WATCH = """
document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`
        + ` at ${event.sourceFile || location.pathname}:${event.lineNumber}`);
});
"""


@contextmanager
def watched(browser: Browser, **options: Any) -> Iterator[Page]:
    """A page whose console errors, uncaught errors and CSP violations fail the test."""
    context = browser.new_context(**options)
    errors: list[str] = []
    context.expose_binding("cspViolation", lambda _source, text: errors.append(f"CSP: {text}"))
    context.add_init_script(_CSP_WATCH)
    opened = context.new_page()
    opened.on("console", lambda m: errors.append(m.text) if _is_error(m.type, m.text) else None)
    opened.on("pageerror", lambda e: errors.append(str(e)))
    yield opened
    context.close()
    assert errors == [], f"the browser reported errors: {errors}"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with watched(browser, viewport=LAPTOP) as opened:
        yield opened


def _is_error(kind: str, text: str) -> bool:
    # A page answered 4xx on purpose (a form with a problem in it) is not a browser error.
    deliberate = "the server responded with a status of 4" in text
    return kind == "error" and not deliberate


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    with watched(browser, viewport=PHONE, is_mobile=True, has_touch=True) as opened:
        yield opened


def screenshot(page: Page, name: str, full_page: bool = True, settled: bool = True) -> Path:
    """Save a screenshot; ``settled`` first runs fade-ins to their end (else: mid-animation)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # caret="initial": hiding the caret would inject a style the CSP (rightly) blocks.
    page.screenshot(
        path=str(path),
        full_page=full_page,
        caret="initial",
        animations="disabled" if settled else "allow",
    )
    return path
