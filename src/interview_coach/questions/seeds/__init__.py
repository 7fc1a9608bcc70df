"""Seeds of every question: experiences, scenarios, tasks, asks and dives per competency."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from interview_coach.packs.model import Seeds


class _Seeds(Mapping[str, Seeds]):
    """The seeds of every pack in use, by competency id (read when first needed)."""

    def __getitem__(self, key: str) -> Seeds:
        from interview_coach.packs import pack_of

        pack = pack_of(key)
        if pack is None:
            raise KeyError(key)
        return pack.seeds[key]

    def __iter__(self) -> Iterator[str]:
        from interview_coach.packs import packs

        return iter([c for p in packs() for c in p.seeds])

    def __len__(self) -> int:
        return sum(1 for _ in self)


SEEDS: Mapping[str, Seeds] = _Seeds()

__all__ = ["SEEDS", "Seeds"]
