"""Plain JSON values from report data: enums as their values, datetimes in ISO 8601."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    """A value made of dicts, lists, strings, numbers, booleans and None only."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {_key(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    return value


def _key(key: Any) -> str:
    # JSON object keys are strings; anchor points (2, 5, 8, 10) become "2", "5"...
    return str(key.value) if isinstance(key, Enum) else str(key)


def mean(values: list[float], digits: int = 1) -> float:
    """The mean to one decimal by default, the precision every score is shown and judged at."""
    return round(sum(values) / len(values), digits)
