"""Clauses of an answer: who acts in each, and whether it tells a past occasion, a habit or a plan.

A sentence often does several things ("I rewrote the N+1 queries, reducing the response time
from 2 s to 200 ms" acts and reports the outcome), so the analysis reads clauses. Each clause
records its actor: the candidate ("I"), the team ("we"), or someone else ("the director asked
me to ..." is the task the candidate was given, not something the candidate did).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from interview_coach.analysis.lexicon import ACTION_BASE, ACTION_VERBS, HESITATION, words
from interview_coach.analysis.patterns import quick
from interview_coach.analysis.text import Sentence, lowered

#: Every cut starts at a space, a semicolon or a comma: the lookahead skips every other
#: character at once instead of trying each alternative there.
_SPLIT = re.compile(
    r"(?=[\s;,])(?:\s*;\s*|\s+[—–]\s+|\s+--\s+"
    r"|(?:,\s+|(?<=\w)\s{2,})(?=(?:and|but|so|then|which|while|whereas|although|though|"
    r"after which|until|before|after|because|since|meaning|leaving|resulting)\b)"
    r"|,\s+(?=[a-z]+ing\b)"
    r"|\s+(?=(?:and then|but then|so then|after which|which meant)\b)"
    r"|\s+(?=(?:and|but|so)\s+(?:i|we|they|he|she|it|that|this|everyone|nobody|my|our|the)\s))",
)
_MIN_CLAUSE_WORDS = 3


class Agent(StrEnum):
    """Who does what a clause describes."""

    SELF = "I"
    TEAM = "we"
    OTHER = "other"


class Mood(StrEnum):
    """What kind of telling a clause is."""

    EVENT = "event"  # something that happened once: "I called the physician"
    HABIT = "habit"  # what the speaker usually does: "I always", "when a ticket comes in I ..."
    PLAN = "plan"  # what the speaker would or will do: "I would first ..."
    STATE = "state"  # a description with no action: "the unit was short-staffed"


_SELF = frozenset({"i", "i'd", "i've", "i'll", "i'm", "myself"})
_TEAM = frozenset({"we", "we'd", "we've", "we'll", "we're"})
_OTHERS = frozenset({"he", "she", "they", "he'd", "she'd", "they'd", "everyone", "nobody"})
_OTHER_NOUNS = frozenset(
    words(
        "manager director boss lead supervisor client customer patient head principal ceo cfo cto "
        "vp colleague coworker co-worker engineer nurse doctor physician consultant teacher parent "
        "owner founder partner stakeholder stakeholders sponsor auditor auditors analyst developer "
        "developers designer rep vendor supplier contractor architect admin officer chief foreman "
        "superintendent surgeon resident registrar pharmacist"
    )
)
_TEAM_NOUNS = frozenset({"team", "group", "squad", "crew", "department", "unit"})
_DETERMINERS = frozenset({"the", "my", "our", "a", "an", "his", "her", "their", "one", "this"})
_PREPOSITIONS = frozenset(
    {"to", "with", "for", "from", "by", "of", "at", "on", "in", "about", "than", "me", "us"}
)
_MODALS = frozenset(
    {
        "would",
        "will",
        "could",
        "should",
        "might",
        "can",
        "may",
        "'d",
        "'ll",
        "must",
        "shall",
        "wouldn't",
        "won't",
        "can't",
        "couldn't",
        "shouldn't",
        "don't",
        "didn't",
        "doesn't",
        "never",
        "not",
        "do",
        "did",
        "does",
    }
)
#: In a plan, "I'd want to pin down", "I'd have a quiet word" are steps, not states of mind.
_PLAN_STEPS = frozenset({"want", "have", "need", "like", "try", "make", "get", "ask", "know"})
_PLAN_MARKS = quick(
    r"\b(?:i'd|i'll|we'd|we'll|would|will|wouldn't|won't|shouldn't|going to|plan to|"
    r"i'm going|my first step|"
    r"first step would|the first thing i'd|i want to make sure)\b",
)
_HABIT_MARKS = quick(
    r"\b(?:always|usually|normally|typically|generally|often|routinely|every time|whenever|"
    r"each time|tend to|as a rule|in general|most of the time|many times|on a daily basis|"
    r"day to day|every day|every week|every morning|every night)\b"
    r"(?!\s+(?:stand-?up|meeting|huddle))",
)
_STATE_VERBS = frozenset(
    words(
        "was were had felt seemed knew wanted needed liked loved hated hoped believed thought "
        "realised realized noticed saw heard owned enjoyed preferred appeared struggled am is are "
        "has have feel seem know want need like love believe think"
    )
)
_IRREGULAR_PAST = frozenset(
    words(
        "was were had did made took ran led got went saw told found built wrote rewrote began "
        "brought bought caught chose came drew drove fell felt fought gave grew held kept knew "
        "left lent let lost meant met paid put rose said sold sent set sat spoke spent stood "
        "struck taught thought threw understood won withdrew oversaw undertook broke sought stuck "
        "split spread upheld became forgot hung rebuilt overhauled redid reran shut swapped became "
        "stepped"
    )
)
_ADVERBS = frozenset(
    words(
        "then also first personally quickly just immediately finally eventually later soon "
        "actually really still only even initially directly carefully again next always usually "
        "never often instead myself ourselves both all basically"
    )
)


def _passes_over(word: str) -> bool:
    """An adverb, or a hesitation sitting where one would ("I umm organised the rota")."""
    return word in _ADVERBS or HESITATION.fullmatch(word) is not None


#: Someone else hands the candidate the task: "the director asked me to", "I was asked to".
_GIVEN = quick(
    r"\b(?:asked|told|wanted|needed|tasked|assigned|instructed|requested|expected|challenged|"
    r"gave|brought)\s(?:me|us|our team|my team)\b|\b(?:i|we) (?:was|were) (?:asked|tasked|"
    r"assigned|told|given|put in charge|brought in|expected)\b|\bcame to me\b",
)


#: The candidate's record rather than the occasion: career totals told in the perfect ("I've run
#: over 300 campaigns", "I've held around 150 cases"), time in the trade, credentials, life
#: outside work, facts looked up about the employer. An interviewer hears these as a CV read
#: aloud: they place the speaker, they are not what was done or what came of it.
_RECORD = quick(
    r"\b(?:i've|i have|i'd|i had)\s(?:\w+\s)?(?:run|done|held|managed|closed|worked|handled|"
    r"completed|delivered|led|built|written|trained|taught|coached|seen|looked after|raised|"
    r"won|placed|hired|recruited|sold|shipped|published|supported|treated|cared for|got)\b"
    r"(?=[^.;]{0,60}(?:\d|\b(?:dozens|hundreds|thousands|over the years|in that time|"
    r"in my career|so far|across|a lot of|lots of|so many|plenty of)\b))"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"\+? years? (?:in|of|as|at|with|on) (?:the |this |my )?(?:trade|industry|field|business|"
    r"profession|experience|service|practice|nursing|teaching|sales|marketing|retail|"
    r"hospitality|social work|the job|the role|the sector|management)\b"
    r"|\b(?:i (?:started|qualified|trained|graduated|began)|since i (?:started|qualified|"
    r"joined))\b[^.;]{0,40}\b(?:ago\b|at (?:\d\d|sixteen|seventeen|eighteen)\b"
    # An age, not a rate: "I started at 18 in a kitchen", never "started it at 18 ml/h".
    r"(?=\s*(?:[,.;]|$)|\s+(?:and|as|when|straight|after|years?|right|out|in|from|with)\b)"
    r"|back in\b)"
    r"|\b(?:i (?:hold|have|got|earned|gained|passed|did)|i've got)\b[^.;]{0,40}\b(?:degree|"
    r"diploma|certificat\w*|licen[cs]e|tickets|qualifications?|accreditation|edition|masters?|"
    r"mba|phd)\b|\b(?:i'm|i am)\s(?:\w+\s)?(?:certified|chartered|accredited)\b"
    r"|\bfirst-class (?:degree|honours)\b|\bunder 30\b|\bnamed in\b"
    r"|\boutside (?:of )?work\b|\bin my (?:spare|free) time\b|\bmarathons?\b|\bhobb(?:y|ies)\b"
    r"|\bi live\b|\bmy (?:commute|drive)\b|\bmiles (?:away|from)\b"
    r"|\byour (?:site|company|authority|trust|store|firm|organisation|organization|school|"
    r"hospital|business|practice|agency|council|group)\b[^.;]{0,40}\b(?:has|have|covers|"
    r"employs|got|was founded|opened|serves)\b",
)
#: What turns a perfect back into the story's own outcome: "we've had no duplicates since".
_SINCE_THEN = quick(r"\bsince\b(?! i (?:started|qualified|joined))|\bever since\b")


@dataclass(frozen=True)  # no slots: cached_property needs a __dict__
class Clause:
    index: int
    sentence: int  # index of the sentence it belongs to
    start: int
    end: int
    text: str
    agent: Agent | None
    verb: str | None  # the clause's main verb after its actor, when one was found
    mood: Mood
    given: bool  # a task or request handed to the candidate by someone else
    #: The clause recounts the candidate's record (career totals, credentials, life outside
    #: work), not the occasion asked about; so does a clause that only continues one.
    record: bool = False

    @cached_property
    def low(self) -> str:
        return lowered(self.text)

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORDS.findall(self.low))

    @property
    def acts(self) -> bool:
        """The clause has an actor doing something (not a state, not a request received, not
        the candidate's record read aloud)."""
        if self.agent is None or self.verb is None or self.given or self.record:
            return False
        return self.verb not in _STATE_VERBS or (
            self.mood is Mood.PLAN and self.verb in _PLAN_STEPS and self.verb != "know"
        )


_WORDS = quick(r"[a-z0-9][a-z0-9'’+\-]*")


def split_clauses(sentences: Sequence[Sentence]) -> list[Clause]:
    """The clauses of every sentence in order; a clause with no actor inherits the one before."""
    clauses: list[Clause] = []
    for sentence in sentences:
        previous: Clause | None = None
        for begin, end in _pieces(sentence):
            text = sentence.text[begin:end]
            clause = _clause(len(clauses), sentence, sentence.start + begin, text, previous)
            clauses.append(clause)
            previous = clause
    return clauses


def _pieces(sentence: Sentence) -> list[tuple[int, int]]:
    text = sentence.text
    cuts = [0]
    for match in _SPLIT.finditer(sentence.low):
        head = text[cuts[-1] : match.start()]
        if len(head.split()) >= _MIN_CLAUSE_WORDS and len(text[match.end() :].split()) >= 2:
            cuts.append(match.end())
    pieces = []
    for begin, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        stop = end
        while stop > begin and text[stop - 1] in " ,;—–-":
            stop -= 1
        start = begin
        while start < stop and text[start] in " ,;—–-":
            start += 1
        if stop > start:
            pieces.append((start, stop))
    return pieces or [(0, len(text))]


def _clause(
    index: int, sentence: Sentence, start: int, text: str, previous: Clause | None
) -> Clause:
    low = lowered(text)
    words = tuple(_WORDS.findall(low))
    agent, verb = _actor(words)
    inherited = planned = False
    if agent is None and previous is not None and previous.agent is not None:
        head = _strip_joiner(words)
        # A plan goes on in the base form: "I'd invoke the protocol and delay the transaction".
        planned = previous.mood is Mood.PLAN and bool(head) and head[0] in ACTION_BASE
        if head and (_verb_like(head[0]) or planned):
            agent, verb, inherited = previous.agent, head[0], True
    given = bool(_GIVEN.search(low))
    mood = _mood(low, words, agent, verb)
    if inherited and previous is not None and (mood is Mood.STATE or _participle(verb) or planned):
        mood = previous.mood  # "I optimized it, reducing it from 2 s to 200 ms": one event
    if (
        previous is not None
        and previous.mood in (Mood.HABIT, Mood.PLAN)
        and mood is Mood.EVENT
        and verb in _SAME_IN_PAST
    ):
        mood = previous.mood  # "I tag it by category and set the priority": still the routine
    own_actor = agent is not None and not inherited
    record = (_RECORD.search(low) is not None and not _SINCE_THEN.search(low)) or (
        previous is not None and previous.record and not own_actor
    )
    clause = Clause(
        index, sentence.index, start, start + len(text), text, agent, verb, mood, given, record
    )
    clause.__dict__.update(low=low, words=words)  # already read: the cached properties' values
    return clause


_JOINERS = frozenset({"and", "but", "so", "then", "which", "while", "also", "after", "that"})


def _strip_joiner(words: tuple[str, ...]) -> tuple[str, ...]:
    """The clause's words after the joiners and adverbs it opens with."""
    index = 0
    while index < len(words) and (words[index] in _JOINERS or _passes_over(words[index])):
        index += 1
    return words[index:]


def _actor(words: tuple[str, ...]) -> tuple[Agent | None, str | None]:
    """The first subject of the clause and the verb it governs."""
    for index, word in enumerate(words):
        agent: Agent | None = None
        end = index + 1
        if word in _SELF:
            agent = Agent.SELF
        elif word in _TEAM:
            agent = Agent.TEAM
        elif word in _OTHERS:
            agent = Agent.OTHER
        elif word in _DETERMINERS and index + 1 < len(words):
            noun = words[index + 1]
            follower = words[index + 2] if index + 2 < len(words) else ""
            if noun in _TEAM_NOUNS and word in {"the", "our", "my"}:
                agent, end = Agent.TEAM, index + 2
            elif noun in _OTHER_NOUNS:
                agent, end = Agent.OTHER, index + 2
            elif follower in _OTHER_NOUNS and word in {"the", "my", "our"}:
                agent, end = Agent.OTHER, index + 3
            elif (
                index == 0
                and is_past(follower)
                and follower not in _STATE_VERBS
                and noun not in _TEAM_NOUNS
            ):
                # "A regular came back two days after a balayage I'd done": the clause's
                # subject is whoever opens it, not the "I" of a clause inside it.
                agent, end = Agent.OTHER, index + 2
        if agent is None:
            continue
        if index > 0 and words[index - 1] in _PREPOSITIONS:
            continue
        verb = _verb_after(words, end)
        if verb is not None or agent is not Agent.OTHER:
            return agent, verb
    return None, None


def _verb_after(words: tuple[str, ...], start: int) -> str | None:
    """The first word after the subject that is not an adverb or a modal: its verb."""
    for word in words[start : start + 4]:
        if word in _MODALS or _passes_over(word) or word.endswith("ly"):
            continue
        if word in _DETERMINERS or word in _PREPOSITIONS or not word.isalpha():
            return None
        return word
    return None


def _participle(word: str | None) -> bool:
    return word is not None and len(word) > 4 and word.endswith("ing")


def _verb_like(word: str) -> bool:
    return is_past(word) or _participle(word)


def is_past(word: str | None) -> bool:
    return word is not None and (
        word in _IRREGULAR_PAST or word in ACTION_VERBS or (len(word) > 4 and word.endswith("ed"))
    )


#: Words after which a past form is a passive participle ("can be prevented"), not the tense.
_PASSIVE = frozenset(words("be been being is are am get gets"))
#: Verbs whose past is their present: "and set the priority" continues the tense around it.
_SAME_IN_PAST = frozenset(words("set put cut let read hit split spread shut quit cost forecast"))


_PAST_AUXILIARY = quick(r"\b(?:didn't|did not|wasn't|weren't|was not|were not|hadn't)\b")


#: Participles that do not end in -ed and are not a past tense too: "I'd been", "we'd done".
_PARTICIPLES = frozenset(
    words(
        "been done gone seen taken given known written begun grown shown driven spoken chosen "
        "forgotten broken fallen eaten ridden risen stolen worn torn sworn drawn flown thrown"
    )
)
_PERFECT_ADVERBS = frozenset(
    words("already just never only recently previously also always actually even ever since")
)


def _past_perfect(text: str, mark: re.Match[str]) -> bool:
    """ "I'd used the admission weight", "we'd had a points scheme for years": "'d" before a
    participle is "had", the past before the story, not a plan ("I'd use", "I'd put" are)."""
    if not mark.group().endswith("'d"):
        return False
    following = _WORDS.findall(text[mark.end() : mark.end() + 40])
    word = next((w for w in following if w not in _PERFECT_ADVERBS), None)
    if word is None:
        return False
    if word in _PARTICIPLES:
        return True
    return (
        is_past(word)
        and word not in ACTION_BASE
        and word not in _SAME_IN_PAST
        and not word.endswith("eed")
    )


def _reported(text: str, mark: int) -> bool:
    """A "would" inside what was said or thought in the past ("the sub told me that they
    wouldn't start level 4") belongs to the story, not to a plan; one after a condition ("if
    it failed, I'd call") is still a plan."""
    before = _WORDS.findall(text[:mark])
    if not before or before[0] in _CONDITIONS:
        return False
    return any(w in _REPORTING for w in before)


#: Past verbs that report what was said, asked or thought.
_REPORTING = frozenset(
    words(
        "told said asked warned promised agreed insisted explained thought knew believed "
        "realised realized decided figured assumed guessed hoped expected felt wrote emailed "
        "replied confirmed announced claimed"
    )
)
_CONDITIONS = frozenset(words("if when whenever once unless had were should"))


def _tensed(words: tuple[str, ...]) -> tuple[str, ...]:
    """The clause's words without the participles of passives."""
    return tuple(w for i, w in enumerate(words) if i == 0 or words[i - 1] not in _PASSIVE)


def _mood(text: str, words: tuple[str, ...], agent: Agent | None, verb: str | None) -> Mood:
    plan = next(
        (
            m
            for m in _PLAN_MARKS.finditer(text)
            if not _reported(text, m.start()) and not _past_perfect(text, m)
        ),
        None,
    )
    if plan:
        return Mood.PLAN
    if (
        words[:1]
        and words[0] in {"if", "when", "whenever", "once"}
        and not any(is_past(w) for w in words)
    ):
        return Mood.HABIT if agent is Agent.SELF and not _PLAN_MARKS.search(text) else Mood.PLAN
    if _HABIT_MARKS.search(text):
        return Mood.HABIT
    if agent is not None and verb not in _STATE_VERBS and _PAST_AUXILIARY.search(text):
        return Mood.EVENT  # "I didn't argue it out in the meeting"
    if verb is not None and is_past(verb):
        return Mood.EVENT if verb not in _STATE_VERBS else Mood.STATE
    # "I think we fixed it": the past is in what follows the verb. After a present action
    # verb ("I keep customers updated") a past form is a participle, not the tense.
    after_state = verb is None or verb in _STATE_VERBS or agent not in (Agent.SELF, Agent.TEAM)
    if after_state and any(is_past(w) for w in _tensed(words)):
        return Mood.EVENT if agent is not None else Mood.STATE
    if agent in (Agent.SELF, Agent.TEAM) and verb is not None and verb not in _STATE_VERBS:
        return Mood.HABIT  # present simple in the first person: "I tag it by severity"
    return Mood.STATE
