"""Interview Coach: an offline-first AI mock-interview coach."""

__version__ = "0.1.0"
