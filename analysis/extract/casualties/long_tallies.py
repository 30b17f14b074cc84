"""Tallies over a span that began long before the story: no incident's toll.

A full article ends its story with the count of the conflict, the campaign or the decade
it belongs to: "the war has killed more than 610,000 people in total", "more than 1,100
people have been killed ... since the ministry began keeping a separate count", "more than
1,000 soldiers had been killed in North Sinai over the past decade". The fourteenth to
nineteenth sets give such counts no row, whatever their scope (a named war does not make
one the story's toll there, as it does in a lede). `tallies.statistic` reads calendar
periods ("since January", "in 2023"); these tallies run from an event or have no start
at all, and are told with a perfect ("have been killed", "has killed", "had been"): a
count up to a time, not a thing that happened then.

A figure is such a tally when all of these hold:

- its sentence is in the article's background (`tallies.background`: past the third
  line), so a lede's "At least 12 people have been killed since Tuesday" stays;
- the verb above it is a perfect (an auxiliary "have"; a conjunct shares its first
  verb's: "have been killed and about 60,000 displaced");
- a long span is told on that verb (the first verb above the span's words): "in total",
  "altogether", "over the past decade" (`LONG_SPAN`), or "since" with a clause ("since
  the war began", "since the Taliban returned to power": not one whose subject is an
  event, "since the attack happened", nor things in the plural without a month or year,
  "since the protests began", the story's own running toll; "since protests began in
  March" is long past), a year or a month ("since 2017", "since May 2023", "since the
  start of 2024"), or a conflict's noun ("since the war", not "since the clashes", an
  event of its own);
- its sentence names no day ("including a man killed on Tuesday"): a count that takes in
  the story's own victims is the story's running toll.

"Have left the village since the attack", "have arrested six men since Sunday" count the
story's own people and stay.
"""

import calendar
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.outcome import governing_verb, person_like
from analysis.extract.casualties.terms import Rules
from analysis.extract.casualties.who.words import sentence_key

LONG_SPAN = re.compile(
    r"\bin total\b|\baltogether\b|\b(?:over|in|during) the (?:past|last) (?:\w+ )?decades?\b",
    re.IGNORECASE,
)
_UNDERGONE = frozenset({"killed", "wounded", "kidnapped"})  # the outcomes `tallies` counts
_MONTHS = "|".join(m for m in calendar.month_name if m)  # the stdlib's names, no list of ours
_YEAR_OR_MONTH = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{_MONTHS})\b(?! \d)", re.IGNORECASE)


def _verb_of(token: Token) -> Token | None:
    """The token if it is a verb, else the first verb above it."""
    return token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)


def _perfect(verb: Token) -> bool:
    """Whether the verb (or the first verb of its conjuncts) has the auxiliary "have"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
            return True
        verb = verb.head
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _event(noun: Token, events: frozenset[str]) -> bool:
    """A noun naming one event: "attack", "shooting" (a noun in -ing), not "the war"."""
    return noun.lemma_.lower() in events or (
        noun.tag_ in {"NN", "NNS"} and noun.lower_.endswith("ing")
    )


def _long_since(since: Token, rules: Rules, events: frozenset[str]) -> bool:
    """Whether a "since" opens a span begun long before the story (see the docstring)."""
    if since.dep_ == "mark":  # "since the war began"
        clause = since.head
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(_event(s, events) for s in subjects):
            return False
        # things in the plural, undated, are the story's own ("since the protests began",
        # a running toll); dated, they are long past ("since protests began in March")
        many = any(s.tag_ == "NNS" and not person_like(s, rules, {}) for s in subjects)
        dated = _YEAR_OR_MONTH.search(since.doc[since.i : clause.right_edge.i + 1].text)
        return not many or dated is not None
    objects = [c for c in since.children if c.dep_ == "pobj"]
    if not objects:
        return False
    noun = objects[0]
    words = since.doc[since.i + 1 : noun.right_edge.i + 1].text
    if noun.ent_type_ in {"DATE", "TIME"}:  # "since 2017", "since May 2023", not "since Sunday"
        return _YEAR_OR_MONTH.search(words) is not None
    # "since the war", "since the outbreak of the conflict"; not "since the clashes"
    return rules.conflict_anchors.search(words) is not None and not _event(noun, events)


def _long_verbs(sent: Span, rules: Rules, days: frozenset[str], events: frozenset[str]) -> set[int]:
    """The perfect verbs of a sentence a long span hangs on (with their conjuncts)."""
    if any(t.lower_ in days for t in sent):
        return set()  # "including a man killed on Tuesday": the story's own running toll
    anchors = []
    for match in LONG_SPAN.finditer(sent.text):
        token = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if token is not None:
            anchors.append(_verb_of(token.root))
    for since in (t for t in sent if t.lower_ == "since"):
        if _long_since(since, rules, events):
            anchors.append(_verb_of(since.head.head if since.dep_ == "mark" else since.head))
    verbs: set[int] = set()
    for verb in anchors:
        if verb is not None and _perfect(verb) and _undergone_by_nobody(verb, rules):
            verbs.update({verb.i, *(c.i for c in verb.conjuncts)})
    return verbs


def _undergone_by_nobody(verb: Token, rules: Rules) -> bool:
    """A tally verb ("has recorded"), or a killing, wounding or abduction without a doer.

    As `tallies` reads a period: "have been killed", not "the war has killed 150,000" or
    "killed by militants", a war's or a campaign's own toll, which the incident benchmark
    (corpora/constructed/gold) keeps as rows of scope "cumulative"; nor "have been
    displaced", a displacement stock that benchmark keeps too.
    """
    lemma = verb.lemma_.lower()
    if lemma in rules.tally_verbs:
        return True
    found = rules.single_words.get(lemma) or rules.single_words.get(verb.lower_)
    if found is None or found[0] not in _UNDERGONE:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children):
        return not any(c.dep_ == "agent" for c in children)
    return not any(c.dep_ == "dobj" for c in children)  # "died", not "has killed 6,000"


class _SentenceVerbs:
    key: tuple[Doc, int, int] | None = None
    verbs: frozenset[int] = frozenset()


_LAST = _SentenceVerbs()  # the long-span verbs of the last sentence asked


def long_tally(
    span: Span, sent: Span, rules: Rules, *, background: Callable[[Span], bool],
    days: frozenset[str], events: frozenset[str],
) -> bool:  # fmt: skip
    """Whether the number is a background tally over a long span (see the module docstring).

    `background`: whether a sentence is in the article's background; `days`: words of a
    day ("Tuesday", "yesterday"); `events`: nouns of one event ("attack", "raid"). The
    sentence is read once (every figure of a long list asks; `background` reads the
    Doc's text, so it is asked once per sentence too).
    """
    key = sentence_key(sent)
    if _LAST.key != key:
        verbs = _long_verbs(sent, rules, days, events) if background(sent) else set()
        _LAST.key, _LAST.verbs = key, frozenset(verbs)
    if not _LAST.verbs:
        return False
    verb = _verb_of(span.root)
    return verb is not None and verb.i in _LAST.verbs
