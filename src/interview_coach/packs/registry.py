"""The packs in use: the built-in ones, then any extra packs the installation names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from interview_coach.packs.load import load_pack, parse_pack
from interview_coach.packs.model import Pack, PackError

_BUILTIN = "competencies/data/packs"
_extra: tuple[Path, ...] = ()
_listeners: list[Callable[[], None]] = []


@cache
def builtin_packs() -> tuple[Pack, ...]:
    folder = resources.files("interview_coach").joinpath(_BUILTIN)
    found = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    return tuple(parse_pack(f.read_text(encoding="utf-8"), f"{_BUILTIN}/{f.name}") for f in found)


@cache
def packs() -> tuple[Pack, ...]:
    """Every pack in use; an extra pack may add competencies, never redefine one."""
    loaded = [*builtin_packs(), *(load_pack(p) for p in _extra)]
    seen: dict[str, str] = {}
    for pack in loaded:
        for item in pack.competencies:
            if item.id in seen:
                raise PackError(
                    f"{pack.source}: competency {item.id!r} is already defined in {seen[item.id]}"
                )
            seen[item.id] = pack.source
    ids = [p.id for p in loaded]
    if len(set(ids)) != len(ids):
        raise PackError(f"two packs share an id: {sorted(i for i in ids if ids.count(i) > 1)[0]}")
    return tuple(loaded)


def use_extra_packs(paths: Sequence[Path]) -> None:
    """Load these pack files (or folders of them) besides the built-in ones, from now on."""
    global _extra
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.toml")) if path.is_dir() else [path]
    if tuple(files) == _extra:
        return
    _extra = tuple(files)
    packs.cache_clear()
    packs()  # fail now, naming the file, rather than at the first question
    for listener in _listeners:
        listener()


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` (a cache's ``cache_clear``) when the packs in use change."""
    if listener not in _listeners:
        _listeners.append(listener)


def pack_named(pack_id: str) -> Pack | None:
    return next((p for p in packs() if p.id == pack_id), None)


def pack_of(competency_id: str) -> Pack | None:
    return _owner().get(competency_id)


@cache
def _owner() -> dict[str, Pack]:
    return {c.id: p for p in packs() for c in p.competencies}


on_change(_owner.cache_clear)
