"""Malformed request headers, and a bare ASGI call that sends them byte for byte (an HTTP
client would tidy or refuse many of them before they left)."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.types import ASGIApp, Message

LONG = b"x" * 9_000
HEADERS: dict[bytes, tuple[bytes, ...]] = {
    b"origin": (
        b"http://[", b"http://[::1", b"null", b"\xff\xfe", b"http://127.0.0.1:99999",
        b"http://a:b:c", b"://", b"http://%zz", b"http://127.0.0.1:8000\x00", LONG,
    ),
    b"referer": (b"http://[", b"\xff", b"//", b"http://127.0.0.1:port/", LONG),
    b"host": (
        b"[", b"[::1", b"127.0.0.1:abc", b"\xff", b"", LONG, b"127.0.0.1:8000, evil",
        b"127.0.0.1:8000\x00", b"[::1]:x",
    ),
    b"cookie": (
        b"ic_csrf=\xff\xfe", b"=;=;", b"ic_session=" + LONG, b'ic_session="unterminated',
        b"ic_csrf; ic_csrf=a; ic_csrf=b", b"ic_session=\x00", b";" * 500,
    ),
    b"content-type": (
        b"multipart/form-data", b"multipart/form-data; boundary=",
        b"multipart/form-data; boundary=\xff", b"multipart/form-data; boundary=" + LONG,
        b"application/json; charset=nope", b"application/x-www-form-urlencoded; charset=\xff",
        b";;;", b"\xff/\xff", b"application/json",
    ),
    b"authorization": (
        b"Bearer", b"Bearer ", b"Basic \xff", b"Bearer " + LONG, b"Bearer a\x00b",
        b"Bearer a b c", b"\xff",
    ),
    b"x-forwarded-for": (b"[", b"\xff", b"1.2.3.4, [::1", b"," * 100, LONG, b"1.2.3.4:99999"),
    b"x-forwarded-proto": (b"gopher", b"\xff", b""),
    b"x-forwarded-host": (b"[", b"\xff", LONG),
    b"x-csrf-token": (b"\xff", LONG),
}  # fmt: skip
#: One path per kind of route: pages (open, owned, forms), accounts, the API, static, errors.
ROUTES: tuple[tuple[str, str], ...] = (
    ("GET", "/"),
    ("GET", "/history"),
    ("POST", "/interviews"),
    ("POST", "/data/delete"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/register"),
    ("GET", "/api/v1/interviews"),
    ("POST", "/api/v1/interviews"),
    ("POST", "/api/v1/interviews/nope/answers"),
    ("GET", "/static/coach.css"),
    ("GET", "/healthz"),
    ("GET", "/openapi.json"),
    ("GET", "/no/such/page"),
)


def corpus() -> list[tuple[bytes, bytes]]:
    return [(name, value) for name, values in HEADERS.items() for value in values]


async def call(app: ASGIApp, method: str, path: str, headers: Sequence[tuple[bytes, bytes]]) -> int:
    """The response's status; an exception the app let out counts as a 500."""
    sent = {name for name, _ in headers}
    base = [(b"host", b"127.0.0.1:8000")] if b"host" not in sent else []
    body = b"csrf_token=x&answer=y&email=a%40b.c&password=p"
    if b"content-type" not in sent:
        base.append((b"content-type", b"application/x-www-form-urlencoded"))
    base.append((b"content-length", str(len(body)).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [*base, *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    status = 0

    async def receive() -> Message:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    try:
        await app(scope, receive, send)
    except Exception:
        return 500
    return status
