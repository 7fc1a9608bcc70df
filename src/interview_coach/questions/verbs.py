"""Verb forms for turning resume bullets and job duties into phrases a question can use."""

from __future__ import annotations

from interview_coach.questions.grammar import word_set

# Irregular past tense -> (base, past participle).
_IRREGULAR: dict[str, tuple[str, str]] = {
    "led": ("lead", "led"),
    "built": ("build", "built"),
    "ran": ("run", "run"),
    "grew": ("grow", "grown"),
    "drove": ("drive", "driven"),
    "wrote": ("write", "written"),
    "rewrote": ("rewrite", "rewritten"),
    "took": ("take", "taken"),
    "undertook": ("undertake", "undertaken"),
    "began": ("begin", "begun"),
    "gave": ("give", "given"),
    "won": ("win", "won"),
    "made": ("make", "made"),
    "sold": ("sell", "sold"),
    "taught": ("teach", "taught"),
    "brought": ("bring", "brought"),
    "oversaw": ("oversee", "overseen"),
    "set": ("set", "set"),
    "cut": ("cut", "cut"),
    "spoke": ("speak", "spoken"),
    "found": ("find", "found"),
    "kept": ("keep", "kept"),
    "held": ("hold", "held"),
    "chose": ("choose", "chosen"),
    "thought": ("think", "thought"),
    "dealt": ("deal", "dealt"),
    "sped": ("speed", "sped"),
    "shipped": ("ship", "shipped"),
    "hit": ("hit", "hit"),
    "fed": ("feed", "fed"),
}
_BASE_TO_IRREGULAR = {base: past for past, (base, _) in _IRREGULAR.items()}
_DOUBLING = frozenset(
    {"plan", "run", "ship", "set", "cut", "get", "stop", "drop", "commit", "hit", "spot", "submit",
     "admit", "refer", "control", "map", "log", "plot", "scrap"}
)  # fmt: skip
# Verbs that open job duties and present-tense bullets.
BASE_VERBS = word_set(
    """lead manage build design develop implement deliver provide support maintain own drive create
    coordinate ensure work collaborate partner write review mentor coach teach plan monitor analyse
    analyze administer assess prepare conduct identify improve establish define run sell negotiate
    prospect close grow communicate present report track handle respond deploy test document
    participate contribute help assist oversee supervise train evaluate research troubleshoot debug
    optimise optimize architect operate promote engage generate achieve exceed meet serve care
    execute facilitate liaise organise organize schedule follow apply use act migrate automate
    launch scale secure integrate model forecast recruit hire instruct deliver educate advocate
    champion set cut take make keep find hold give win think ship shape drive prioritise
    prioritize align titrate escalate allocate reconcile audit spot turn investigate produce
    resolve carry own differentiate safeguard inspire nurture motivate foster enforce uphold adapt
    embed inspect calibrate validate verify draft source procure dispatch merchandise greet
    demonstrate explain advise counsel refer diagnose treat triage record observe measure collect
    transform visualise visualize query interpret summarise summarize maintain hit feed raise
    reduce increase update respond attend lift"""
)
# Words ending in -ed that are not verbs when they open a bullet.
_NOT_VERBS = frozenset({"need", "seed", "speed", "red", "bed", "shed", "embedded", "based"})


def is_past(word: str) -> bool:
    lowered = word.lower()
    if lowered in _IRREGULAR:
        return True
    return lowered.endswith("ed") and len(lowered) > 4 and lowered not in _NOT_VERBS


def base_of(word: str) -> str | None:
    """The base form of an opening verb ('Manages' -> 'manage'), or None if it is no verb."""
    lowered = word.lower()
    if lowered in BASE_VERBS:
        return lowered
    for suffix in ("es", "s"):
        if lowered.endswith(suffix) and lowered[: -len(suffix)] in BASE_VERBS:
            return lowered[: -len(suffix)]
    return None


def base_from_any(word: str) -> str | None:
    """The base form of an opening verb in any tense: 'Led', 'manages', 'managing' -> base."""
    lowered = word.lower()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered][0]
    found = base_of(lowered) or _GERUNDS.get(lowered)
    if found is None and is_past(lowered):
        found = _base_of_regular_past(lowered)
    return found


def _base_of_regular_past(past: str) -> str:
    stem = past[:-2]
    for candidate in (stem, stem + "e", past[:-1], stem[:-1], past[:-3] + "y"):
        if candidate in BASE_VERBS:
            return candidate
    return past[:-1] if past.endswith(("ated", "ised", "ized", "uced", "ved")) else stem


def gerund(base: str) -> str:
    if base in _DOUBLING:
        return base + base[-1] + "ing"
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


def gerund_of_past(past: str) -> str:
    lowered = past.lower()
    if lowered in _IRREGULAR:
        return gerund(_IRREGULAR[lowered][0])
    if lowered.endswith("eed"):
        return lowered[:-1] + "ing"
    if lowered.endswith("ied"):
        return lowered[:-3] + "ying"
    # "managed" -> "managing", "planned" -> "planning": the gerund drops the same letters.
    return lowered[:-2] + "ing"


def participle_of_past(past: str) -> str:
    lowered = past.lower()
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered][1]
    return lowered


def participle(base: str) -> str:
    """Past participle of a base verb: 'design' -> 'designed', 'lead' -> 'led'."""
    if base in _BASE_TO_IRREGULAR:
        return _IRREGULAR[_BASE_TO_IRREGULAR[base]][1]
    if base in _DOUBLING:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return base[:-1] + "ied"
    return base + "ed"


_GERUNDS = {gerund(b): b for b in BASE_VERBS}
