"""What an experienced interviewer notices beyond the STAR parts.

A generic or habitual answer ("I always make sure ...") to a question about one occasion;
buzzwords with nothing behind them; blame and negativity; rambling and restarts; and the honest
"I haven't faced that; here is how I would approach it", which is an approach, not a dodge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from interview_coach.analysis.clauses import Agent, Clause, Mood
from interview_coach.analysis.patterns import per_text, quick
from interview_coach.analysis.text import Sentence

_BUZZWORDS = quick(
    r"\b(?:synerg\w*|leverag\w*|think(?:ing)? outside the box|go-getter|team player|hard worker|"
    r"perfectionist|passionate about|results[- ]driven|detail[- ]oriented|hit the ground running|"
    r"move the needle|best practices?|value[- ]add\w*|circle back|low[- ]hanging fruit|"
    r"paradigm|holistic\w*|game[- ]changer|data[- ]driven insights|win[- ]win|"
    r"at the end of the day|110 ?%|fast learner|quick learner|people person|wear many hats|"
    r"go(?:ing)? above and beyond|dynamic|proactive(?:ly)?|stakeholder alignment|"
    r"drive (?:results|value|impact|change|growth)|driving (?:results|value|impact)|world[- ]class|"
    r"cutting[- ]edge|robust solutions?|seamless(?:ly)?|empower\w*|actionable insights|"
    r"key learnings?|learnings|deep dive|bandwidth|end[- ]to[- ]end ownership|"
    r"continuous improvement mindset|growth mindset|self[- ]starter|strategic(?:ally)? aligned?|"
    r"align(?:ed|ing)? (?:all )?(?:the )?stakeholders|optimi[sz]ed? (?:processes|outcomes)|"
    r"client[- ]centric|customer[- ]centric|patient[- ]centred|patient[- ]centered|"
    r"exceed(?:ed|ing)? expectations|added value|make an impact|next level|at the heart of|"
    r"collaborativ\w*|key stakeholders|joined[- ]up|(?:genuinely |really )?passionate|"
    r"person[- ]centred|person[- ]centered|customer experience|best[- ]in[- ]class|"
    # The jargon of product, design and change work, said about anything.
    r"user[- ]centric|user[- ]centred|human[- ]centred|human[- ]centered|data[- ]informed|"
    r"research[- ](?:led|driven)|(?:on|the) (?:a )?journey|end[- ]to[- ]end (?:journey|"
    r"experience)|problem space|actionable (?:themes|takeaways)|pain points?|co-?creation|"
    r"ideat\w*|design thinking|fail(?:ing)? fast|iterat\w* rapidly|early and often|"
    r"north star|shift(?:ed)? the mindset|mindset shift|at the centre|bring(?:ing)? "
    r"(?:the )?stakeholders along|cross[- ]functional (?:squad|team)s?|fast[- ]growing|"
    r"frictionless|less friction|move fast|unlock(?:ed|ing)? (?:value|growth)|"
    r"value for the business|thought leader\w*|storytelling with data|"
    # The stock reasons for wanting a job, which say nothing about this one.
    r"(?:my |a |the )?next challenge|(?:a )?new challenge|fresh challenge|natural next step|"
    r"(?:massive|huge|exciting|great) opportunity|track record|take (?:it|my career|things) to "
    r"the next level)\b",
)


#: Traits claimed of oneself and stock praise of an employer ("I bring a can-do attitude", "I
#: thrive under pressure", "your brand values resonate with me"): in a motivational answer they
#: are the claim, never the evidence that backs it.
_TRAITS = quick(
    r"\b(?:can[- ]do attitude|(?:customer|client|patient|people)[- ]first(?: mindset)?|"
    r"(?:customer|client|owner(?:ship)?|positive|winning|learner|agile|solutions?|startup|"
    r"product) mindset|go(?:es|ing)? the extra mile|thrive (?:in|on|under)|"
    r"problem[- ]solver|bias for action|"
    r"(?:customer|client|user|detail|data)[- ]obsessed|"
    r"strategic thinker|natural (?:connector|leader|communicator)|break(?:s|ing)? down silos|"
    r"driv(?:e|es|ing) alignment|navigat\w* ambiguity|force multiplier|add(?:s|ing)? value|"
    r"from day one|something bigger than (?:myself|me)|resonates? with me|really stands? out|"
    r"brand values|pride myself|hunger to (?:learn|grow)|learning and growing|"
    r"full potential|brand ambassador|teamwork makes the dream work|"
    r"no two days are (?:ever )?the same|personally and professionally|growth journey|"
    r"forward[- ]thinking|great culture|delivering excellence|hard[- ]working|above and beyond|"
    r"align(?:s|ed)? with (?:your|the|our|my) (?:\w+ )?values|your values|tough calls|"
    r"(?:part of|on) (?:that|this|the|your) journey|i'm excited to|i'?m confident (?:that )?i|"
    r"be an asset|(?:great|good|perfect|natural|strong) fit|"
    # Qualities offered as what one would bring: "I'd bring enthusiasm and commitment".
    r"enthusiasm|commitment|passion|dedication|attention to detail|positive attitude|"
    r"work ethic|can-do)\b"
)


@per_text
def claims_trait(low: str) -> bool:
    """A lower-cased text claims a trait or praises the employer in stock words."""
    return _TRAITS.search(low) is not None


@per_text
def blames(text: str) -> bool:
    """The words put the fault on someone else (or on "young people today"). Cached: a clause
    is asked about more than once."""
    return blame_at(text) is not None


def blame_at(text: str) -> int | None:
    """Where in the text the words that put the fault on someone else begin, if they do."""
    found = _BLAME.search(text.lower())
    return None if found is None else found.start()


def without_buzzwords(text: str) -> str:
    """The text with its clichés blanked: what is left is what it says. A text without any is
    returned as it is (its terms are then read once, for every use of that text)."""
    low = text.lower()
    return _BUZZWORDS.sub(" ", low) if cliches(low) else text


@per_text
def cliches(low: str) -> tuple[tuple[int, int], ...]:
    """Where the clichés of a lower-cased text are, read once per text."""
    return tuple(m.span() for m in _BUZZWORDS.finditer(low))


_BLAME = quick(
    r"\b(?:their fault|his fault|her fault|not my fault|wasn't my fault|incompetent|lazy|useless|"
    r"stupid|idiots?|clueless|blame[ds]?|toxic|hopeless|didn't care|don't care|never listen\w*|"
    r"nobody listened|no one listened|"
    # "They always feel tidy and well run" is praise: a "they always" blames only with its
    # complaint.
    r"they never|they always (?:\w+ )?(?:forget|"
    r"mess|complain|blame|ignore|leave|dump|push|moan|miss|break|change their|turn up late|"
    r"blam|make excuses)\w*|terrible (?:manager|boss|team|"
    r"client)|awful|hated|ridiculous|pathetic|threw me under|couldn't be bothered|"
    r"total mess|their problem|dumped (?:it|this) on|kept messing|drama|(?:wasn't|was not|"
    r"isn't|not) (?:really )?on me|that's on (?:them|the \w+)|(?:just )?didn't understand|"
    r"didn't want to hear|(?:didn't|did not|wouldn't|would not|won't) listen|sided with|"
    r"went over my head|typical of|nobody wanted|shambles|never backs?|hung (?:me )?out to dry|"
    r"don't do their (?:bit|job)|falls on (?:us|me)|it was (?:her|his|their) job|"
    r"i did my job|i don't think i did anything wrong|some people just|won't let (?:us|me)|"
    r"there's only so much|garbage|walked into a mess|i (?:had )?told (?:them|him|her|my \w+) "
    r"(?:it would|so|at the time)|i'd told them|frankly|oversold|non-existent|"
    r"(?:isn't|wasn't) the first time|can't keep staff|never (?:gave|give|listened|supported)|"
    r"the real problem was (?:them|the|that they|marketing|management)|thrown under|"
    r"(?:it's|its|that's|it is|that is) not (?:on )?(?:my|our) (?:team|shift|fault|lot|people)|"
    r"(?:it's|that's|it is) not on (?:them|us|me)|nobody (?:on|in) \w+ (?:does|did|do) anything|"
    r"(?:usually|always|mostly) down to (?:inbound|them|the|other|another|days|nights|management)|"
    r"not my (?:problem|department|responsibility)|(?:are|were|is|was) (?:too |just )?slow too|"
    r"prove it's|show(?:ing)? it's (?:the|their|not)|so it's clear it's not|"
    # Contempt for the people around the story: "the sub was a joke", "you can't rely on
    # anyone", "all he cared about was his report".
    r"(?:was|were|is|are) (?:a |an absolute |a complete |a total )?(?:joke|nightmare|disaster|"
    r"clowns?|amateurs?)|never (?:answered|returned|showed up|bothered)|can't rely on (?:anyone|"
    r"anybody|them)|(?:no one|nobody|anyone) could have done (?:any )?better|(?:are|were) all "
    r"like that|(?:these days|nowadays) are like that|didn't help either|all (?:he|"
    r"she|they) cared about)\b",
)
_RESTARTS = quick(
    r"\b(?:actually,? (?:maybe|no|wait)|or maybe|no wait|wait,|sorry,|where was i|anyway,? "
    r"(?:so|where)|let me (?:start|back up|rephrase)|i mean,|what i'm trying to say|"
    r"i forget|i don't remember|i can't remember|or was it|i think it was|something like that|"
    r"or something|whatever it was|long story short|to cut a long story|i digress|"
    r"going off on a tangent|but yeah|so yeah|anyways)\b",
)
_UNFACED = quick(
    r"\b(?:i (?:haven't|have not|havent|never) (?:\w+ ){0,2}(?:faced|had|been in|dealt with|"
    r"encountered|come across|run into|experienced|done)|not (?:yet )?(?:faced|had to|been in) "
    r"(?:that|this|exactly)|that hasn't happened to me|i've not (?:faced|had|been))\b",
)
_APPROACH = quick(
    r"\b(?:here's how i would|here is how i would|i would|i'd|what i would do|my approach would|"
    r"i'd approach|i would approach|the way i'd)\b",
)


@dataclass(frozen=True, slots=True)
class Manner:
    """How the answer is told, as an interviewer would notice it."""

    occasion: bool  # tells one specific past occasion (not only habits or generalities)
    habitual: tuple[Clause, ...]  # "I always ...", present-tense routine
    buzzwords: tuple[str, ...]  # clichés in clauses with nothing concrete behind them
    blame: tuple[Sentence, ...]
    restarts: int
    honest_approach: Sentence | None  # "I haven't faced that, but here is how I'd approach it"
    plan_clauses: int


def read_manner(
    sentences: Sequence[Sentence],
    clauses: Sequence[Clause],
    concrete: set[int],
    facts_in: set[int],
) -> Manner:
    """``concrete`` holds the indexes of clauses that say something checkable (specific words,
    a number, a name or a tool); ``facts_in`` those with a number, a name or a tool."""
    acting = [c for c in clauses if c.agent in (Agent.SELF, Agent.TEAM) and c.verb]
    # One occasion is told when something specific happened; a past-tense sentence of cue
    # words ("I weighed the trade-offs") tells none.
    occasion = any(c.mood is Mood.EVENT and c.index in concrete for c in acting)
    habitual = tuple(c for c in acting if c.mood is Mood.HABIT)
    empty_buzz = [
        c.low[start:end]
        for c in clauses
        if c.index not in facts_in
        for start, end in cliches(c.low)
    ]
    blame = tuple(s for s in sentences if _BLAME.search(s.low))
    restarts = sum(len(_RESTARTS.findall(s.low)) for s in sentences)
    honest = next((s for s in sentences[:3] if _UNFACED.search(s.low)), None)
    if honest is not None and not any(_APPROACH.search(s.low) for s in sentences):
        honest = None
    plans = sum(1 for c in acting if c.mood is Mood.PLAN)
    return Manner(
        occasion, habitual, tuple(dict.fromkeys(empty_buzz)), blame, restarts, honest, plans
    )
