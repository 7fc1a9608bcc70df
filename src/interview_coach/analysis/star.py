"""Which clauses of an answer are its Situation, Task, Action and Result.

A clause may carry several roles: "I cut the backlog from 40 to 6 tickets" is an action and a
measured result. Roles come from what a clause says (an actor doing something, a change, a
request received), never from connectives alone: "As a result, I set up a meeting" is an
action, not an outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from interview_coach.analysis.clauses import Agent, Clause, Mood, is_past
from interview_coach.analysis.expert import blames, claims_trait, cliches
from interview_coach.analysis.lexicon import ACTION_BASE, words
from interview_coach.analysis.numbers import Quantity, Reading
from interview_coach.analysis.patterns import quick
from interview_coach.analysis.terms import specific_terms
from interview_coach.analysis.text import Sentence
from interview_coach.vocabulary import QuestionType


class StarRole(StrEnum):
    SITUATION = "situation"
    TASK = "task"
    ACTION = "action"
    RESULT = "result"


_ANCHOR = quick(
    r"\b(?:last (?:year|spring|summer|autumn|fall|winter|month|week|quarter|term|semester|"
    r"christmas|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|(?:in|during|back in|early|late|mid) (?:19|20)\d\d|a (?:few|couple of) "
    r"(?:years|months|weeks|days) ago|(?:two|three|four|five) (?:years|months|weeks) ago|"
    r"one (?:night|day|morning|evening|afternoon|shift|weekend|friday|monday|saturday)|"
    r"at my (?:previous|last|current|old|first) |when i was|while i was|in my (?:previous|last|"
    r"first|current|old|second) (?:role|job|position|year|team|school|company)|during (?:my|the|"
    r"a|our|one)\b|back when|at the time|earlier this year|this (?:spring|summer|year)|"
    r"previously|in (?:january|february|march|april|june|july|august|september|october|"
    r"november|december)|on (?:a|one) (?:busy|night|day|late|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|i joined|i had just|shortly after)\b",
)
_ROLE_DESCRIPTION = quick(
    r"\b(?:i (?:was|am|worked as|work as|served as|joined as)(?: the| a| an)?\b|i (?:ran|managed|"
    r"led|supervised|covered|looked after|run|manage|lead) (?:the|a|an|our|my|two|three|four|"
    r"five|six|\d+)\b[^,;]{0,40}\b(?:shift|team|unit|ward|store|desk|department|branch|"
    r"warehouse|floor|site|class|crew|group|region|territory|account|accounts|project|"
    r"programme|program|office|clinic|analysts|engineers|nurses|staff|people|reps))",
)
_TASK = quick(
    r"\b(?:my|our|the) (?:goal|task|job|brief|mandate|responsibility|objective|aim|remit|"
    r"challenge|problem|issue|priority|ask|request|target|worry|concern) (?:was|is|became|"
    r"were)\b|\b(?:i|we) (?:needed|had|wanted|was supposed|were supposed|had been asked) to\b"
    r"|\bhad to (?:figure|find|get|make|fix|decide|deliver|choose)|\bat stake\b|\bor (?:we|i|"
    r"they|the \w+) would\b|\botherwise\b|\bthe deadline\b|\bdue (?:in|by|on)\b|\bthe question "
    r"was\b|\bi was (?:responsible|accountable) for\b|\bin charge of\b|\bmy role was\b|"
    r"\bsomeone had to\b|\bnobody (?:owned|was (?:looking|responsible|handling))\b|"
    r"\b(?:wasn't|was not|isn't|not) (?:my|our|my team's|our team's) (?:job|team|service|"
    r"responsibility|problem|area|system|patient|class|account|project)\b|\bi decided to take "
    r"(?:it|this|that) on\b|\bthe risk was\b|\bwithout (?:losing|breaking|missing|"
    r"upsetting)\b|\bso (?:we|i) could\b",
)
_FRAMING = quick(
    r"\b(?:the key|the real (?:problem|question|issue|risk|choice|decision|difficulty)|"
    r"the (?:main |big )?(?:choice|decision) is between|the test is whether|"
    r"i (?:only )?(?:accept|sign off|pass|release) (?:it|them|(?:a|the)(?: \w+){1,2}) "
    r"(?:if|when|once)|"
    r"the goal is|the aim is|what matters|"
    r"the point is|the challenge is|the risk is|the hard part|the tricky part|the main concern|"
    r"the first question|it depends on|you need to|it has to|it must|must not|needs to be|"
    r"has to be|the requirement|the constraint)\b",
)
_PROBLEM = quick(
    r"\b(?:struggl\w*|kept (?:\w+ing|sending|coming|failing|happening)|fail(?:ed|ing|ure)s?|"
    r"broke|broken|late|missing|missed|didn't match|did not match|backlog|complain\w*|"
    r"errors?|behind|short-staffed|short staffed|understaffed|dropp(?:ed|ing)|slipp(?:ed|ing)|"
    r"at risk|overdue|stuck|problem|issue|couldn't|could not|wasn't working|weren't|"
    r"pushed back|push back|disagree\w*|deteriorat\w*|mistake|went wrong|churn\w*|losing|"
    r"lost|declin\w*|double-charg\w*|duplicat\w*|outage|down|spik\w*|crash\w*|angry|"
    r"upset|frustrat\w*|delay\w*|slow|stalled|overrun|over budget|unhappy|escalat\w*|"
    r"threaten\w*|wrong|inaccura\w*|mismatch\w*|gap|shortfall|risk|concern\w*|"
    r"no one|nobody|unclear|confus\w*|conflict\w*|tension|disput\w*|refus\w*|objected|"
    r"on hold|block\w*|stall\w*|exception|objection\w*|from scratch|empty|no pipeline|"
    r"unpopular|bad news|too (?:slow|late|expensive|many|few|short|shallow|small|low|high|"
    r"weak|thin)|short of|under target|"
    r"below target|over target|leak\w*|fault\w*|tripp\w*|unsafe|danger\w*|harm|crack\w*|"
    # A shortfall measured against what was needed: "2.1% against the 4% we'd modelled",
    # "2.1 million cycles, against a requirement of 10 million".
    r"against (?:a|an|the|our) (?:\w+ ){0,3}(?:requirement|target|plan|forecast|budget|goal|"
    r"spec\w*|\d[\w.%]*)|no room for|"
    r"worr\w*|at stake|pressure|"
    # A shortfall told as a fact: "it had zero open pipeline", "only about 12% were active".
    r"zero|nothing|no longer|didn't|did not|hadn't|had not|wasn't|was not|weak\w*|"
    r"only (?:about |around )?\d+)\b",
)
_GOAL = quick(
    r"\b(?:i want|i'd like|i would like|i'm looking for|i am looking for|what i miss|"
    r"what i'm after|i hope to|i'd hope to|my goal|where i want|i see myself|next step|"
    r"i'm aiming|i aim|i'd love to|i would love to|the aim|my aim|my priority|the priority|"
    r"first priority|the most important thing is|i'd want to make sure|i would want to make "
    r"sure|make sure (?:that )?(?:no|the|nobody|every)|stop (?:it|the bleeding)|protect|"
    r"contain|a good (?:outcome|result|end(?:ing)?|resolution)|success (?:would be|is|looks|"
    r"means)|what i'd want|i'd want (?:to|the|it|them|him|her)|i would want (?:to|the|it)|"
    r"the outcome i'd want|(?:not|non)[- ]negotiable|the goal (?:would be|is|here)|"
    r"my (?:first|main|biggest) concern|try to (?:solve|fix|keep|protect|stop|avoid|save|get))\b",
)
#: What a candidate wants from a role, as people say it: the goal of a motivational answer,
#: however generic ("the next step and the money's better" is a goal, if a thin one).
_MOTIVE = quick(
    r"\b(?:i'm looking to|i am looking to|i've always been (?:interested|drawn|fascinated)|"
    r"(?:really |genuinely )?interested in|i (?:really )?(?:like|enjoy|love) (?:the|that|how|"
    r"working|being|helping|it when)|the main (?:thing|reason)|what (?:keeps|motivates|drives|"
    r"draws|attracts|excites) me|i'm (?:motivated|drawn|excited|passionate)|i am (?:motivated|"
    r"drawn|excited|passionate)|(?:draws|attracts|excites|appeals to) me|i want to|"
    r"hopefully|grow (?:my|into)|develop (?:my|as)|progress(?:ion)?|step up|the money|better "
    r"pay|pay's better|closer to home|management)\b",
)
_BACKGROUND = quick(
    r"\b(?:i've (?:been|spent|worked|done|run|managed|led|taught|built|seen)|i have (?:been|spent|"
    r"worked)|i spent|i worked|i studied|i trained|i qualified|i started|i grew up|i joined|"
    r"i was (?:a|an|the)|i'm (?:a|an|currently)|i am (?:a|an|currently)|"
    r"as (?:a|an) (?!result\b)\w+|"
    r"for the (?:last|past)|in my (?:current|last|previous)|at my (?:current|last|previous)|"
    r"years? (?:at|in|on|as)|i did (?:my|a|an|the)|my (?:current|last|previous) (?:job|role|"
    r"trust|company|school|employer|store|team|place|site|manager)|at my place|where i am now|"
    r"i'm moving|i came (?:from|into|to)|i moved (?:from|into|to)|i left)\b",
)
_CONTEXT = quick(
    r"\b(?:assum|depends on|it depends|scale|constraint|requirement|clarif|traffic|budget|"
    r"volume|how many|how big|sla|load|first i'd ask|i'd ask|i would ask|i'd want to know|"
    r"i would want to know|find out|understand (?:what|why|how|the|whether)|pin down|"
    r"work out|figure out|establish (?:what|whether|why|how)|check (?:whether|if)|"
    r"look at (?:whether|how|why|what (?:happened|changed|failed))|get the facts|"
    r"facts (?:before|first)|the first thing|first (?:i'd|i "
    r"would) (?:check|look|find|ask|assess|establish|confirm|work out|gather|talk|read|pull)|"
    r"what i've (?:actually )?(?:lost|got)|is it (?:a|the|one|all)|whether it's|"
    # A worked case set up to reason about: "Say it's a trough of 28 mg/L ...".
    r"(?:let's )?say (?:it's|it is|there's|there are|we have|we've got|the \w+ (?:is|has)|bed \d+)|"
    r"suppose|imagine (?:a|the|it's)|"
    r"(?:the )?first (?:question|thing|step|job) (?:is|would be|i'd (?:want|need))|"
    # Preparation: what they would read or want to know before acting.
    r"before (?:i|we) (?:go in|knock|start|arrive|visit|meet|touch|change anything|do anything)|"
    r"i (?:want|need|'d want|'d need|would want|would need) to (?:know|understand|see the|find "
    r"out|establish)|read (?:the|any) (?:referral|history|notes|chart|file|brief|ticket|logs?)|"
    r"check (?:when|what|how|who|the history|the notes)|"
    # A reading of what is going on: "it's probably an old macro", "that tells me ...".
    r"probably (?:an?|the|just|because|not)|most likely|chances are|my (?:first )?(?:read|guess|"
    r"instinct|thought) (?:is|would be)|it sounds like|that tells me|it could be (?:a|an|that|"
    r"because)|(?:the )?(?:real )?(?:question|issue|problem|risk) here is|"
    # Where they have done it before: "At my current site pour cost was 24%".
    r"at my (?:current|last|previous) (?:site|job|company|hospital|store|firm|school|unit|"
    r"restaurant|trust|team|place))",
)
_OUTCOME = quick(
    r"\b(?:fell|dropped|rose|grew|went (?:up|down|from|live)|came (?:down|back)|recovered|"
    r"stabili[sz]ed|renewed|adopted|approved|thanked|praised|promoted|no longer|never again|"
    r"has since|have since|since then|ended up|paid off|signed off|turned around|"
    r"stopped (?:complaining|calling|escalating|happening)|(?:it|this|that|the \w+) worked|"
    r"was (?:adopted|approved|resolved|rolled out|accepted|praised|fixed|reused|extended|"
    r"renewed|promoted|signed|back|discharged|transferred|stable|stabili[sz]ed|on time|"
    r"delivered|completed|closed|cleared)|(?:is|are) still (?:used|in use|running|there)|"
    r"on time|under budget|ahead of schedule|on budget|made it|the outcome was|the result was|"
    r"the results were|(?:we|i|they|it|she|he) (?:hit|beat|exceeded|met) (?:the|our|my|its|"
    r"every|all|a)\b|met (?:the|our|every|all) (?:deadline|target|goal|sla|budget|quota)|"
    r"(?:agreed|decided|chose) to (?:keep|adopt|renew|roll|extend|use|sign|hire|fund)|"
    r"got (?:the|a) (?:contract|deal|job|offer|promotion|sign-off|approval)|"
    r"passed (?:the|its|our|an|with)|without (?:an? )?(?:icu|incident|complaint|escalation|"
    r"overtime|delay|data loss|downtime|a single)|after (?:launch|go-?live|the (?:change|"
    r"launch|rollout|switch|fix)|it went live|rollout)|held (?:at|steady|up)|"
    r"(?:she|he|they|the \w+) agreed to (?:the|my|our|it)|afterwards (?:they|it|the|we|our|there|"
    r"scores|everyone|both)|by the end (?:they|it|the|we|our|everyone))\b",
)
_ACHIEVED = quick(
    r"\b(?:delivered|shipped|launched|finished|completed|won|closed|signed|resolved|saved|"
    r"reduced|cut|improved|increased|decreased|eliminated|recovered|recouped|halved|doubled|"
    r"grew|lifted|raised|lowered|prevented|avoided|caught|cleared|freed|reclaimed)\b",
)
_EXPECTED = quick(
    r"\b(?:this|that|it|which) (?:would|should|will) (?:cut|reduce|give|mean|let|ensure|catch|"
    r"prevent|stop|keep|make|bring|save|avoid|tell|show|confirm)|\bi'd know (?:it|this|that|"
    r"i'd|i had|we'd|we had)\b|\b(?:handled|done|worked) (?:it )?well if\b|"
    r"\bi would know|\bsuccess (?:would|means|looks like|is)\b|\b(?:a )?good outcome "
    r"(?:is|would be|here)\b|\bthe outcome i'?d|\b(?:a )?(?:far )?better outcome\b|"
    r"\bthe result (?:would|should) be\b|\bby the end of (?:the|that) (?:day|week|shift)\b|"
    r"\bso (?:that )?nobody\b|\bwhich makes (?:this|it) (?:much )?(?:rarer|less likely)\b|"
    r"\bi (?:would|'d|will) "
    r"(?:measure|track|monitor|check|verify|test|confirm|compare|review|follow up)|\bthe "
    r"expected outcome\b|\bto (?:measure|verify|confirm|check) (?:it|that|this|success)\b|"
    r"\bso that\b|\bthe goal would be\b|\bi'd expect\b|\bi would expect\b",
)
#: What a candidate says they would bring to the role, as people put it.
_CONTRIBUTION = quick(
    r"\b(?:what i(?:'d| would| can| could) (?:bring|offer|add)|i(?:'d| would| can| could) "
    r"(?:bring|offer|add|contribute)\b|i(?:'d| would) be able to\b|(?:should|would) be useful\b|"
    r"i know how to\b|i understand (?:where|how|what|why)\b|i can (?:help|hit the ground|start)|"
    r"from day one\b|straight away i could\b)",
)
#: A technical answer's proof: how the approach is shown to work (a test of the result, a
#: before-and-after), or the candidate's own past use of it. An illustration ("for example,
#: utilities used in December") or a check that is a step of the approach ("I'd check the
#: logs") proves nothing.
_VALIDATION = quick(
    r"\b(?:in practice (?:i|we)|"
    r"at my (?:last|previous|current) (?:site|job|company|hospital|store|firm|school|unit)|"
    r"in my (?:last|previous|current) (?:role|job|team)|"
    r"when i did this|i did this|i have done|i've done|last time i|we did this|"
    r"at my (?:last|previous) |i once|load test|benchmark|a/b test|"
    r"(?:verify|validate|confirm|prove|check|test|measure|monitor)\w* (?:that )?(?:it|this|that|"
    r"the (?:fix|change|result|model|effect|impact|outcome|new \w+)) (?:works?|worked|held|"
    r"holds|is working|was working|fixed|helped|improved|stuck)|"
    r"(?:verify|validate|confirm|measure|check|compare)\w* (?:it |this |that )?(?:against|"
    r"before and after|with a control)|before and after|(?:it|this|that) worked if|"
    r"(?:verify|validate|confirm|test)\w* (?:it|this|that|the (?:fix|change|model|result))\b)",
)
_STEP_START = quick(r"^(?:first|firstly|second|then|next|after that|finally|step \w+)\b")
_SPECIFIC_PAST = frozenset({Mood.EVENT, Mood.STATE})


def _told_in_past(clause: Clause) -> bool:
    return any(is_past(w) for w in clause.words)


def told_once(clause: Clause) -> bool:
    """The clause tells something that happened once, in the past: an event or a state, with
    a past form in it ("I rejected it", "the lift covered eight months")."""
    return clause.mood in _SPECIFIC_PAST and _told_in_past(clause)


@dataclass(frozen=True, slots=True)
class ClauseRoles:
    clause: Clause
    sentence: Sentence  # the sentence the clause belongs to
    roles: frozenset[StarRole]
    outcome: tuple[Quantity, ...]  # the numbers in it that measure what changed
    concrete: bool  # says something checkable: a number, a name, a tool or specific words


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """A sentence with the roles of its clauses; ``role`` is the one it serves most."""

    sentence: Sentence
    roles: frozenset[StarRole]
    clauses: tuple[ClauseRoles, ...]
    has_metric: bool  # holds a number that measures something (not a date, not padding)

    @property
    def role(self) -> StarRole | None:
        for role in (StarRole.RESULT, StarRole.ACTION, StarRole.TASK, StarRole.SITUATION):
            if role in self.roles and self._main(role):
                return role
        return next(
            (
                r
                for r in (StarRole.ACTION, StarRole.RESULT, StarRole.TASK, StarRole.SITUATION)
                if r in self.roles
            ),
            None,
        )

    def _main(self, role: StarRole) -> bool:
        """Whether the role belongs to the sentence's first clause (the one it leads with)."""
        return bool(self.clauses) and role in self.clauses[0].roles

    def with_role(self, role: StarRole) -> tuple[ClauseRoles, ...]:
        return tuple(c for c in self.clauses if role in c.roles)


def label(
    sentences: Sequence[Sentence],
    clauses: Sequence[Clause],
    numbers: Sequence[Quantity],
    concrete: set[int],
    question_type: QuestionType,
    factual: frozenset[int] = frozenset(),
) -> list[LabelledSentence]:
    """Give each clause the STAR roles it plays, then collect them per sentence. ``concrete``
    holds the clauses that say something checkable, ``factual`` those with a measure or a name."""
    first_action = _first_action(clauses, question_type)
    read = [
        _roles(
            c,
            sentences[c.sentence],
            numbers,
            question_type,
            first_action,
            c.index in concrete,
            c.index in factual,
        )
        for c in clauses
    ]
    read = _implicit(read, question_type)
    labelled = []
    for sentence in sentences:
        roles = tuple(c for c in read if c.clause.sentence == sentence.index)
        measures = any(q.measures for q in numbers if sentence.start <= q.start < sentence.end)
        labelled.append(
            LabelledSentence(
                sentence, frozenset(r for c in roles for r in c.roles), roles, measures
            )
        )
    return labelled


def _implicit(read: list[ClauseRoles], question_type: QuestionType) -> list[ClauseRoles]:
    """Parts an interviewer reads between the lines.

    The problem is often told inside the scene ("our geotech found soft clay, which meant an
    extra $310K and four weeks"); an answer to a scenario or a technical question frames its
    problem in its opening; an explanation is the approach to a technical question.
    """
    if not any(StarRole.TASK in c.roles for c in read):
        framing = _framing(read, question_type)
        if framing is not None:
            read = [_with(c, StarRole.TASK) if c is framing else c for c in read]
    if question_type is QuestionType.TECHNICAL:
        read = [_with(c, StarRole.ACTION) if c.concrete and not c.roles else c for c in read]
    if question_type is QuestionType.BEHAVIORAL:
        read = _what_followed(read)
        read = _nothing_ends_before_it_starts(read)
    return read


def _nothing_ends_before_it_starts(read: list[ClauseRoles]) -> list[ClauseRoles]:
    """In a story, what happened before the candidate's first step is the situation, not the
    result: "the system had launched three weeks late" is the problem they walked into."""
    first = next((i for i, c in enumerate(read) if StarRole.ACTION in c.roles), len(read))
    return [
        ClauseRoles(c.clause, c.sentence, c.roles - {StarRole.RESULT}, (), c.concrete)
        if i < first and StarRole.RESULT in c.roles
        else c
        for i, c in enumerate(read)
    ]


_REFLECTING = quick(
    r"\b(?:what i took (?:away|from it)|i learned|i learnt|the lesson|taught me|in hindsight|"
    r"looking back|next time|what i'd do differently)\b"
)


def _reflection_start(read: list[ClauseRoles]) -> int:
    """The index of the clause where the answer turns to what was learned (or past the end)."""
    return next((c.clause.index for c in read if _REFLECTING.search(c.clause.low)), 10**6)


def _what_followed(read: list[ClauseRoles]) -> list[ClauseRoles]:
    """In a story, what others did or what happened after the candidate's last steps is how it
    ended: "They released about 80% that evening", "He stayed with us"."""
    # What they took away and wrote up afterwards comes after the ending, not before it.
    acting = [
        i
        for i, c in enumerate(read)
        if StarRole.ACTION in c.roles and not _REFLECTING.search(c.clause.low)
    ]
    turn = _reflection_start(read)
    while len(acting) > 1 and read[acting[-1]].clause.index > turn:
        acting.pop()
    if not acting:
        return read
    start = acting[max(0, len(acting) - 2)]
    tail = len(read) * 0.5
    return [
        _with(c, StarRole.RESULT)
        if i > start
        and i >= tail
        and c.concrete
        and not c.roles & {StarRole.ACTION, StarRole.RESULT}
        and c.clause.agent is not Agent.SELF
        and _told_in_past(c.clause)
        else c
        for i, c in enumerate(read)
    ]


def _framing(read: list[ClauseRoles], question_type: QuestionType) -> ClauseRoles | None:
    """The clause that states the problem when no clause says "my task was"."""
    opening = [c for c in read if c.clause.sentence <= 2 and c.concrete]
    if question_type is QuestionType.BEHAVIORAL:
        stated = next(
            (
                c
                for c in opening
                if StarRole.ACTION not in c.roles
                and c.clause.mood is not Mood.HABIT
                and not blames(c.clause.low)
                and (c.outcome or _STAKES_RE.search(c.clause.low) or _PROBLEM.search(c.clause.low))
            ),
            None,
        )
        if stated is not None:
            return stated
        # The scene told just before the first step is where the problem lies.
        step = next((i for i, c in enumerate(read) if StarRole.ACTION in c.roles), 0)
        scene = [c for c in read[:step] if StarRole.SITUATION in c.roles and c.concrete]
        return scene[-1] if len(scene) >= 2 else None
    if sum(1 for c in read if c.concrete) < 3:
        return None  # too little said to frame anything
    first = opening[0] if opening else None
    if first is not None and len(specific_terms(first.clause.text)) >= 3 and _frames(first):
        return first
    # What has to be true, said on the way: the difficulty named, the step chosen against the
    # obvious one, why a step comes first, or what a step of the plan is for.
    stated = next(
        (c for c in read if c.clause.sentence <= 2 and _states_difficulty(c.clause.low)), None
    )
    return stated or next((c for previous, c in pairwise(read) if _purpose_of(previous, c)), None)


#: The difficulty named in so many words, or why a step comes first.
_DIFFICULTY = quick(
    r"\b(?:the thing is|which is the (?:problem|issue|hard part|catch|difficulty|risk|"
    r"danger)|the catch|the difficulty|the trick is|what makes it hard|drives everything|"
    r"decides everything|because (?:it|that|this) (?:drives|decides|determines|tells|shapes|"
    r"sets)|because you can't|because (?:otherwise|if (?:you|we|i) don't)|so (?:that )?nothing "
    r"(?:gets|is) (?:missed|lost))\b"
)


def _states_difficulty(low: str) -> bool:
    return bool(_DIFFICULTY.search(low) or _CONTRAST.search(low) or _FRAMING.search(low))


#: A step's purpose: "send it on a dedicated van so it gets there for 7".
_PURPOSE = quick(
    r"^(?:and )?so (?:that )?(?:it|they|he|she|we|everyone|nobody|no one|the \w+|each \w+|"
    r"every \w+|our \w+|my \w+|their \w+)(?: \w+)? (?:gets?|arrives?|knows?|can|could|"
    r"doesn't|don't|won't|isn't|aren't|stays?|lands?|reaches|understands?|has|have|is|are|"
    r"feels?|sees?)\b"
)


def _purpose_of(step: ClauseRoles, clause: ClauseRoles) -> bool:
    return (
        step.clause.sentence == clause.clause.sentence
        and step.clause.mood is Mood.PLAN
        and clause.clause.mood is not Mood.PLAN
        and bool(_PURPOSE.search(clause.clause.low))
    )


def _frames(opening: ClauseRoles) -> bool:
    """An opening frames the problem when it states it, or when its first step is to find out
    what it is ("First I'd pin down what the slip actually is"); a plain first step ("I'd use
    5% of profit before tax") frames nothing."""
    if StarRole.ACTION not in opening.roles:
        return True
    low = opening.clause.low
    return bool(_CONTEXT.search(low) or _FRAMING.search(low) or _CONTRAST.search(low))


#: A choice stated against what it is not: "test incrementality rather than trusting ROAS",
#: "a recipe card costed to the gram, not the recipe as written".
_CONTRAST = quick(
    r"(?:\brather than|\binstead of|\bnot just|\bas opposed to|\bmore than (?:the|a|what|any)\b|"
    r", not (?:the|from|on|by|a|an|what|how|habit|last|just|only|my|our|their)\b)"
)


def _with(part: ClauseRoles, role: StarRole) -> ClauseRoles:
    return ClauseRoles(part.clause, part.sentence, part.roles | {role}, part.outcome, part.concrete)


_STAKES_RE = quick(
    r"\b(?:which meant|meaning|deadline|or (?:we|i|they) would|otherwise|at risk|extra|"
    r"penalt\w*|cost|losing|lose|before|by (?:monday|tuesday|wednesday|thursday|friday|the end)|"
    r"due|within|only \w+ (?:days|hours|weeks))\b",
)


def _first_action(clauses: Sequence[Clause], question_type: QuestionType) -> int:
    for clause in clauses:
        if _acting(clause, question_type) and not _ROLE_DESCRIPTION.search(clause.low):
            return clause.index
    return len(clauses)


def _acting(clause: Clause, question_type: QuestionType) -> bool:
    if clause.given:
        return False
    if clause.acts and clause.agent in (Agent.SELF, Agent.TEAM):
        return True
    # A step with no subject, as technical and situational answers list them: "First, check
    # the logs", "Add an index on the foreign key".
    if question_type is not QuestionType.BEHAVIORAL and clause.agent is None:
        words = [w for w in clause.words if not _STEP_START.match(w)]
        return bool(words) and words[0] in ACTION_BASE
    return False


def _evidence(clause: Clause, question_type: QuestionType, concrete: bool, factual: bool) -> bool:
    """A motivational answer's action is evidence from experience: something done, told in the
    past ("I rebuilt the rota"), or what the work holds, measured or named ("I automated the
    pack with Power Query"). What the speaker claims of themselves now ("I bring a can-do
    attitude", "I always go the extra mile", "I thrive under pressure") is the claim it backs."""
    if question_type is not QuestionType.MOTIVATIONAL or factual:
        return True
    if told_once(clause):
        return True
    # What the work holds, told in the present ("I run the whole P&L"), is evidence too; a
    # trait ("I thrive on pressure") or a cliché is not.
    return (
        concrete
        and clause.mood is not Mood.PLAN
        and clause.verb not in _CLAIMS
        and not cliches(clause.low)
        and not claims_trait(clause.low)
    )


def _worked_example(clause: Clause, sentence: Sentence, concrete: bool) -> bool:
    """A technical answer's worked example from the candidate's own past: an occasion told
    once, in the past ("Last autumn a new lot read +4 at the low end; I rejected it")."""
    return concrete and told_once(clause) and _ANCHOR.search(sentence.low) is not None


#: Verbs a candidate claims a trait or a liking with, rather than telling what they do.
_CLAIMS = frozenset(
    words("thrive thrives bring pride see consider admire enjoy love like believe think feel get")
)


def _roles(
    clause: Clause,
    sentence: Sentence,
    numbers: Sequence[Quantity],
    question_type: QuestionType,
    first_action: int,
    concrete: bool,
    factual: bool = False,
) -> ClauseRoles:
    text = clause.low
    inside = tuple(q for q in numbers if clause.start <= q.start < clause.end)
    outcome = tuple(q for q in inside if q.reading is Reading.OUTCOME)
    if clause.record:
        # A CV read aloud places the speaker (background), never acts or reports an outcome.
        background = question_type is QuestionType.MOTIVATIONAL or clause.index < first_action
        return ClauseRoles(
            clause, sentence, frozenset({StarRole.SITUATION} if background else ()), (), False
        )
    roles: set[StarRole] = set()
    story = question_type is QuestionType.BEHAVIORAL
    # The problem the candidate had to solve: handed to them, or told with its content; not
    # a habit ("I deal with unhappy guests every week") and not a grievance ("it was not on me").
    # (The cheap tests come first in each condition: most clauses fail one of them.)
    if clause.given or (
        (concrete or not story)
        and clause.mood is not Mood.HABIT
        and _TASK.search(text)
        and not blames(text)
    ):
        roles.add(StarRole.TASK)
    if not story and concrete and _FRAMING.search(text):
        # "The key is to really focus on the customer" frames nothing: the framing must say
        # what, in this problem, has to be true.
        roles.add(StarRole.TASK)
    before_actions = clause.index < first_action
    described = sentence.index <= 1 and bool(_ROLE_DESCRIPTION.search(text))
    if story:
        past = concrete and told_once(clause)
        opening = clause.index == 0 and past
        if (
            opening
            or described
            or (before_actions and past and StarRole.TASK not in roles)
            or _ANCHOR.search(text)
        ):
            roles.add(StarRole.SITUATION)
        if (
            (before_actions or sentence.index <= 1)
            and concrete
            and _PROBLEM.search(text)
            and clause.mood is not Mood.HABIT
            and not blames(text)
        ):
            roles.add(StarRole.TASK)
    elif question_type is QuestionType.MOTIVATIONAL:
        if concrete and _BACKGROUND.search(text):
            roles.add(StarRole.SITUATION)
        if (concrete and _GOAL.search(text)) or _MOTIVE.search(text):
            roles.add(StarRole.TASK)
    else:
        if _CONTEXT.search(text):
            roles.add(StarRole.SITUATION)
        if question_type is QuestionType.SITUATIONAL and concrete and _GOAL.search(text):
            roles.add(StarRole.TASK)
    if (
        not described
        and _acting(clause, question_type)
        and _evidence(clause, question_type, concrete, factual)
    ):
        roles.add(StarRole.ACTION)
    if (
        outcome
        or _OUTCOME.search(text)
        or (clause.acts and _ACHIEVED.search(clause.verb or "") and clause.mood != Mood.PLAN)
        or (
            not story
            and (
                _EXPECTED.search(text)
                or (question_type is QuestionType.TECHNICAL and _VALIDATION.search(text))
            )
        )
    ):
        roles.add(StarRole.RESULT)
    if question_type is QuestionType.TECHNICAL and _worked_example(clause, sentence, concrete):
        roles.add(StarRole.RESULT)  # the approach shown to work once: a technical answer's proof
    if (
        question_type is QuestionType.MOTIVATIONAL
        and _CONTRIBUTION.search(text)
        and not claims_trait(text)
    ):
        # What they would bring: a motivational answer's result, when it is more than the
        # qualities anyone offers ("I'd bring enthusiasm and commitment").
        roles.add(StarRole.RESULT)
    return ClauseRoles(clause, sentence, frozenset(roles), outcome, concrete)
