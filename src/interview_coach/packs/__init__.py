"""Profession packs: competencies and question seeds as data files a coach can extend."""

from interview_coach.packs.load import load_pack, parse_pack
from interview_coach.packs.model import Pack, PackError, Seeds
from interview_coach.packs.registry import (
    builtin_packs,
    on_change,
    pack_named,
    pack_of,
    packs,
    use_extra_packs,
)

__all__ = [
    "Pack",
    "PackError",
    "Seeds",
    "builtin_packs",
    "load_pack",
    "on_change",
    "pack_named",
    "pack_of",
    "packs",
    "parse_pack",
    "use_extra_packs",
]
