"""Storage tests run on both backends (see backends.py)."""

from tests.store.backends import database_url, postgres_url

__all__ = ["database_url", "postgres_url"]
