"""Follow-ups on the candidate's own answer: when the judge found a gap, a later slot asks
about it, quoting the candidate's words. Pure: it reads the scorecards the session passes in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview_coach.planner.plan import WEAK_DIMENSION, AskedQuestion, QuestionPlan
from interview_coach.questions.follow_ups import follow_up_id
from interview_coach.rubric.scorecard import PRESENT, Scorecard
from interview_coach.vocabulary import Dimension, QuestionType

#: At most one follow-up in this many questions.
ONE_IN = 4
#: The longest quote, in words; a longer sentence is cut at a clause boundary or not quoted.
MAX_QUOTE_WORDS = 12
_FIRST_PERSON = re.compile(r"^(?:so |then |first,? |and |but )?(?:i|we)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:(—–]| - | because | so that | which ")

#: What the judge can find missing, in the order a follow-up asks about it, per kind of answer.
_GAPS: dict[bool, tuple[tuple[str, Dimension, float], ...]] = {
    True: (  # a story about the candidate's own past
        ("result", Dimension.RESULT, PRESENT),
        ("ownership", Dimension.OWNERSHIP, WEAK_DIMENSION),
        ("alternatives", Dimension.DEPTH, WEAK_DIMENSION),
        ("specificity", Dimension.SPECIFICITY, WEAK_DIMENSION),
    ),
    False: (  # a plan: technical or situational
        ("alternatives", Dimension.DEPTH, WEAK_DIMENSION),
        ("specificity", Dimension.SPECIFICITY, WEAK_DIMENSION),
    ),
}


def follow_up(history: Sequence[AskedQuestion], count: int) -> QuestionPlan | None:
    """A follow-up on the last answer when it left a gap, or None.

    Never more than one in four questions, never two in a row, never on a follow-up, never the
    last question of the session (it would leave no room for a question of its own).
    """
    slot = len(history)
    if not history or slot >= count - 1:
        return None
    asked = [a for a in history if a.plan is not None and a.plan.follow_up is not None]
    if (len(asked) + 1) * ONE_IN > slot + 1:
        return None
    last = history[-1]
    plan, card = last.plan, last.scorecard
    if plan is None or card is None or plan.follow_up is not None:
        return None
    if plan.type is QuestionType.MOTIVATIONAL or card.overall < 2.5:
        return None  # an empty or off-topic answer needs a new question, not more of it
    gap = _gap(card, plan.type is QuestionType.BEHAVIORAL)
    if gap is None:
        return None
    quote = quote_of(card)
    return QuestionPlan(
        type=plan.type,
        competency=plan.competency,
        difficulty=plan.difficulty,
        grounding=plan.grounding,
        template=follow_up_id(gap, slot - 1),
        slots=(("quote", quote),) if quote else (),
        angle=f"follow-up/{gap}",
        revisits=slot - 1,
        follow_up=gap,
        pack=plan.pack,
    )


def _gap(card: Scorecard, story: bool) -> str | None:
    for gap, dimension, line in _GAPS[story]:
        if card[dimension].score < line:
            return gap
    return None


def quote_of(card: Scorecard) -> str | None:
    """The candidate's own words to follow up on: the first action they told in the first
    person, short enough to quote exactly, or None."""
    for dimension in (Dimension.ACTION, Dimension.TASK, Dimension.SITUATION, Dimension.OWNERSHIP):
        for evidence in card[dimension].evidence:
            if evidence.span is None:
                continue
            text = " ".join(evidence.span.text.split()).rstrip(".!?,;: ")
            if not _FIRST_PERSON.match(text) or '"' in text or "?" in text:
                continue
            words = text.split()
            if len(words) > MAX_QUOTE_WORDS:
                cut = _CLAUSE_END.search(text)
                if cut is None or len(text[: cut.start()].split()) > MAX_QUOTE_WORDS:
                    continue
                text = text[: cut.start()].rstrip()
            if len(text.split()) >= 3:
                return text
    return None
