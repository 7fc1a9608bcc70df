"""The accounts' own migration chain, with its own version table, run after the store's.

Accounts are a separate part of the schema so that their revisions never collide with the
store's: Alembic keeps this chain's position in ``accounts_alembic_version``. New revisions:
``python -m interview_coach.accounts.migrate "what changed"``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from interview_coach.store.migrate import STORE, Chain

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "accounts_alembic_version"
ACCOUNTS = Chain(MIGRATIONS, VERSION_TABLE, 4_206_190_418)
upgrade = ACCOUNTS.upgrade
current_revision = ACCOUNTS.current_revision
head_revision = ACCOUNTS.head_revision
alembic_config = ACCOUNTS.config


if __name__ == "__main__":
    ACCOUNTS.new_revision(" ".join(sys.argv[1:]) or "accounts schema change", STORE.upgrade)
