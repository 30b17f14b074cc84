"""How wide a toll is (`scope`: incident, running, cumulative) and whom it counts.

The sentence's words and the date's precision give the scope; the people counted give
`victim_category` (civilians, children, aid workers, journalists, protesters, force).
"""

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.who.words import cue_pattern, sentence_key, terms
from analysis.extract.setting.dates import resolve_date

SCOPES = ("incident", "running", "cumulative")
VICTIM_CATEGORIES = ("civilians", "children", "aid workers", "journalists", "protesters", "force")


def victim_category(group: str | None) -> str | None:
    """The kind of people a group is ("12 soldiers" -> force), or None when it does not say."""
    if not group:
        return None
    found_words = group.lower().replace("-", " ").split()
    victims = terms("victim")
    for size in (2, 1):
        for i in range(len(found_words) - size, -1, -1):
            found = victims.get(" ".join(found_words[i : i + size]))
            if found:
                return found
    return None


class _SentenceCues:
    key: tuple[Doc, int, int] | None = None
    cues: tuple[bool, bool, bool] = (False, False, False)
    text: str = ""


_CUES = _SentenceCues()
_DESCRIBED = _SentenceCues()  # `without_descriptions` of the last sentence asked


def without_descriptions(sent: Span) -> str:
    """The sentence's text with relative clauses that count no one blanked out.

    Worked out once per sentence: every figure of a sentence asks (a 2,000-figure sentence
    asked 2,000 times).
    "a medical group that tracks the conflict" describes a source: its "the conflict" says
    nothing of the toll's scope. A clause with a number, or on a counted noun, stays ("the
    150,000 people who have died since the war began").
    """
    key = sentence_key(sent)
    if _DESCRIBED.key != key:
        _DESCRIBED.key, _DESCRIBED.text = key, _blank_descriptions(sent)
    return _DESCRIBED.text


def _blank_descriptions(sent: Span) -> str:
    numbers = [0]
    for token in sent:
        numbers.append(numbers[-1] + token.like_num)
    chars = list(sent.text)
    for token in sent:
        if token.dep_ != "relcl" or any(c.like_num for c in token.head.children):
            continue  # "the 150,000 people who have died since ...": the counted people's
        first, last = token.left_edge.i - sent.start, token.right_edge.i - sent.start
        if numbers[last + 1] == numbers[first]:
            begin = token.left_edge.idx - sent.start_char
            end = token.right_edge.idx + len(token.right_edge) - sent.start_char
            chars[begin:end] = " " * (end - begin)
    for phrase in _ranks(sent):
        last = _rank_time(phrase) or phrase.right_edge
        begin = phrase.left_edge.idx - sent.start_char
        end = last.idx + len(last) - sent.start_char
        chars[begin:end] = " " * (end - begin)
    return "".join(chars)


def _rank_time(phrase: Token) -> Token | None:
    """The last word of a time right after a rank that the parse hung elsewhere, if any.

    "making the attack one of the deadliest shootings in the country this year": "this
    year" hangs on "making", but it says within what the attack ranks, like the rest.
    """
    doc, after = phrase.doc, phrase.right_edge.i + 1
    if after >= len(doc):
        return None
    time = doc[after].head if doc[after].head.i > after else doc[after]
    if time.dep_ != "npadvmod" or time.left_edge.i != after:
        return None
    return time.right_edge


def _ranks(sent: Span) -> list[Token]:
    """The heads of phrases that rank the incident and count no one.

    "one of the deadliest single attacks of the conflict", "the worst violence since 2019",
    "the ninth fatal shooting in the city this year":
    their period words say what the attack is compared with, not what the toll sums up.
    """
    found = []
    for token in sent:
        if not (_superlative(token) or _definite_ordinal(token)):
            continue
        phrase = token.head
        of = phrase.head
        if phrase.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one":
            phrase = of.head  # "one of the deadliest attacks"
        words = list(phrase.subtree)
        if any(
            t.like_num and not _YEAR.fullmatch(t.text) and t.i not in {phrase.i, token.i}
            for t in words
        ):
            continue  # "the deadliest attack, which killed 40 people": a count in it
        found.append(phrase)
    return found


def _superlative(token: Token) -> bool:
    """A superlative ranking a noun: "the deadliest attack" (not "the latest figures")."""
    return token.tag_ == "JJS" and token.dep_ == "amod" and token.lower_ not in _WHEN_SUPERLATIVES


def _definite_ordinal(token: Token) -> bool:
    """An ordinal ranking a definite noun: "the ninth fatal shooting in the city this year"."""
    head = token.head
    return (
        token.ent_type_ == "ORDINAL"
        and token.dep_ == "amod"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WHEN_SUPERLATIVES = frozenset({"latest", "earliest", "newest", "oldest", "most recent"})


def scope_cues(sent: Span | str) -> tuple[bool, bool, bool]:
    """(running cue, cumulative cue, beyond one incident) of a sentence, once per sentence.

    Read without the clauses that describe a source, so "a group that tracks the conflict"
    makes neither the scope nor the perpetrator rule treat the toll as a war's.
    """
    if isinstance(sent, str):
        return _cues_in(sent)
    key = sentence_key(sent)
    if _CUES.key != key:
        _CUES.key, _CUES.cues = key, _cues_in(without_descriptions(sent))
    return _CUES.cues


def _cues_in(text: str) -> tuple[bool, bool, bool]:
    running = bool(cue_pattern("scope", "running").search(text))
    cumulative = bool(cue_pattern("scope", "cumulative").search(text))
    return running, cumulative, running or (cumulative and _beyond_incident(text))


def scope(
    sent: Span | str, date_precision: str, date_words: str | None, at: int | None = None
) -> str:
    """incident, running (a period's toll) or cumulative (a war's, a year's).

    "since" dates a cumulative count ("since 2022", "since the war began") unless the attack
    or a day follows it ("fled since the attack", "since Thursday's raid"): then the count
    belongs to that incident. A toll dated by a month or a year alone is one incident
    recalled ("In 2023, a bomb near a school killed two teachers"; "the ambush of March
    2019, when 12 died") unless the sentence counts a period: many places or many attacks
    ("killed across the country in June", "in attacks in 2024", "homicides in 2025") or a
    perfect that sums up to now ("has killed 23 people in May"). A corpus run reads rows
    before it knows the report's date ("in March" is then undated), so the kind of date the
    words name decides, not whether it could be resolved yet. A figure (token `at`) in a
    "when" clause of an older date ("flared in November 2021, when clashes killed five,
    and has since claimed 200 lives") is read in that clause alone: the recalled incident.
    """
    clause = _when_clause(sent, at)
    if clause is not None:
        return scope(clause, date_precision, date_words)
    running, cumulative, beyond = scope_cues(sent)
    if running:
        return "running"
    dated = _month_or_year(date_precision, date_words) and not _ranked_in(sent, date_words)
    period = dated and period_toll(sent)
    if cumulative and not beyond and not period:
        return "incident"  # "have fled since the attack": that attack's count, not a period's
    if cumulative or period:
        since = bool(date_words) and str(date_words).lower().startswith("since")
        since_day = since and date_precision == "day"
        return "running" if since_day else "cumulative"
    return "incident"


def _when_clause(sent: Span | str, at: int | None) -> str | None:
    """The text of the "when" clause after a date that holds token `at`, if any.

    "began in October 2017 when fighters attacked three police stations, killing two
    police officers": the clause from "when" to the end of its verb's words (not a
    conjunct of the main verb's).
    """
    if isinstance(sent, str) or at is None or not sent.start <= at < sent.end:
        return None
    doc = sent.doc
    whens = [i for i in _whens_in(sent) if i < at]
    if not whens:
        return None
    verb = doc[at]
    while verb.head.i != verb.i:
        when = next((doc[i] for i in whens if doc[i].head.i == verb.i), None)
        before = doc[when.i - 1] if when is not None and when.i > sent.start else None
        if before is not None and before.text == "," and before.i > sent.start:
            before = doc[before.i - 1]
        if before is not None and before.ent_type_ == "DATE":
            return doc[when.i : verb.right_edge.i + 1].text  # type: ignore[union-attr]
        verb = verb.head
    return None


class _SentenceWhens:
    key: tuple[Doc, int, int] | None = None
    whens: tuple[int, ...] = ()


_WHENS = _SentenceWhens()  # the "when" tokens of the last sentence asked


def _whens_in(sent: Span) -> tuple[int, ...]:
    """The indices of the sentence's "when" tokens, read once per sentence.

    Every figure of a sentence asks; walking each figure's heads through their children
    instead made a long list of figures quadratic.
    """
    key = sentence_key(sent)
    if _WHENS.key != key:
        _WHENS.key, _WHENS.whens = key, tuple(t.i for t in sent if t.lower_ == "when")
    return _WHENS.whens


def _ranked_in(sent: Span | str, date_words: str | None) -> bool:
    """Whether the date is only the time a rank compares with ("the deadliest this year")."""
    if isinstance(sent, str) or not date_words:
        return False
    return date_words in sent.text and date_words not in without_descriptions(sent)


def _month_or_year(date_precision: str, date_words: str | None) -> bool:
    """Whether a figure is dated by a month or a year, resolved now or once the report's is."""
    if date_precision != "unknown" or not date_words:
        return date_precision in {"month", "year"}
    return resolve_date(str(date_words), _ANY_REPORT_DATE)[1] in {"month", "year"}


_ANY_REPORT_DATE = dt.date(2001, 6, 15)  # only the precision of the resolved words is read


def period_toll(sent: Span | str) -> bool:
    """Whether a sentence counts over a period: many places, many attacks, a perfect's sum.

    The words are `incident_terms.csv`'s scope terms with value "period"; a perfect ("has
    killed", "have died") sums up to now. Read only where the toll is not dated to a day:
    "On Sunday, strikes across the north killed 12" stays one day's incident.
    """
    if isinstance(sent, str):
        return bool(cue_pattern("scope", "period").search(sent) or _PERFECT_SUM.search(sent))
    key = sentence_key(sent)
    if _PERIOD.key != key:  # every figure of a sentence asks: read it once
        _PERIOD.key, _PERIOD.cues = key, (_period_in(sent), False, False)
    return _PERIOD.cues[0]


def _period_in(sent: Span) -> bool:
    if cue_pattern("scope", "period").search(without_descriptions(sent)):
        return True
    return any(
        t.lower_ in {"has", "have"} and t.dep_ == "aux" and t.head.lemma_.lower() in _SUMMED
        for t in sent
    )


_PERIOD = _SentenceCues()  # period_toll of the last sentence asked


# The verbs whose perfect sums a toll up to now ("has killed", "have fled"), not any perfect
# ("a case that has not come to trial").
_SUMMED = frozenset({
    "kill", "die", "wound", "injure", "displace", "flee", "claim", "leave", "abduct", "kidnap",
    "arrest", "detain", "murder", "record", "count", "register", "document", "disappear",
})  # fmt: skip
_PERFECT_SUM = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:"
    + "|".join(sorted(_SUMMED))
    + r")\w*\b",
    re.IGNORECASE,
)


def _beyond_incident(text: str) -> bool:
    """Whether a sentence's toll is a war's or a period's, not one incident's.

    "since" dates a running count of one incident when a day or the event follows it
    ("fled since the attack", "since Thursday's shelling"); otherwise ("since 2022",
    "since the war began") it is a cumulative cue like the others. After a perfect's
    auxiliary ("had since died", "has since been freed") it is an adverb: no cue.
    """
    if cue_pattern("scope", "running").search(text):
        return True
    for cue in cue_pattern("scope", "cumulative").finditer(text):
        if cue.group(0).lower() != "since":
            return True
        before = re.findall(r"[\w’']+", text[max(cue.start() - 12, 0) : cue.start()].lower())
        if before[-1:] and before[-1] in _PERFECT:
            continue  # "one of them had since died": an adverb, no period's start
        if _SINCE_WHEN.match(text, cue.end()) and not _PERFECT_SUM.search(text):
            continue  # "since April 2025, when 50 were killed": that day's toll, recalled
        following = re.findall(r"[\w’']+", text[cue.end() : cue.end() + 40].lower())[:3]
        if following and _PERIOD_START.fullmatch(following[0]):
            return True  # "Since 2020, attacks along the border have killed ...": a period
        found = {w.removesuffix("'s").removesuffix("’s") for w in following}
        if not found & (set(_EVENT_AFTER_SINCE) | set(terms("agent")) | set(terms("event_word"))):
            return True
    return False


_PERFECT = frozenset({"has", "have", "had", "having"})  # "had since died"
_PERIOD_START = re.compile(
    r"(?:1[89]|20)\d\d|january|february|march|april|may|june|july|august|september|october"
    r"|november|december"
)  # "since 2020", "since January": a year or a month starts a period
_SINCE_WHEN = re.compile(r"[^,.;:]{1,40},\s*(?:when|in which)\b", re.IGNORECASE)
_EVENT_AFTER_SINCE = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "raid",
    "yesterday",
)  # fmt: skip
