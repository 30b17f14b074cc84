"""When a figure or event happened: its date words, resolved against the publication date.

`date_words` finds the words: the date of the figure's own event in its sentence (never
the date something was said), else the previous sentence's event date in the same
paragraph, else the article's first dated event (the lede); "a day after" counts back
from an anchor date (see `figure_date`). `resolve_date` (in `dates`) turns them into an
ISO date and a precision. The publication date comes from ``doc.user_data["published"]``
(`analysis.corpus` sets it from the document's metadata) or an ISO date in the words.
"""

import bisect
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from analysis.extract.doc import sentence_index
from analysis.extract.setting.dates import DAY_LIKE, OFFSET, published_date, resolve_date
from analysis.rules import packaged_rows, reporting_verbs

__all__ = ["date_words", "figure_date", "published_date", "resolve_date"]

# ---------------------------------------------------------------- the words in a Doc


class _DocDates:
    """The DATE entities of the current Doc by sentence, found once (figures ask per sentence)."""

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.sents: list[Span] = []
        self.sentence_of: list[int] = []
        self.by_sentence: dict[int, list[Span]] = {}
        self.lede: tuple[str, int, int] | None = None
        self.sentence_info: dict[int, _SentenceDates] = {}
        self.before: dict[int, Words | None] = {}  # by sentence start: see `_paragraph_event`


_DATES = _DocDates()
Words = tuple[str, int, int]  # the date words (composed for an offset) and their span


@cache
def _report_verbs() -> frozenset[str]:
    """Verbs whose date is when something was said or published, not when people died."""
    extra = {row["term"] for row in packaged_rows("incident_terms") if row["kind"] == "report_verb"}
    return frozenset(reporting_verbs()) | extra


@cache
def _event_words() -> frozenset[str]:
    """Words of the deadly event itself ("killed", "attack", "bombing"): their date is its."""
    kinds = {"event_word", "kill_verb", "agent"}
    return frozenset(r["term"] for r in packaged_rows("incident_terms") if r["kind"] in kinds)


def _is_event_word(token: Token) -> bool:
    return token.lemma_.lower() in _event_words() or token.lower_ in _event_words()


def _dates(doc: Doc) -> _DocDates:
    if _DATES.doc is not doc:
        _DATES.doc, _DATES.by_sentence, _DATES.sentence_info, _DATES.before = doc, {}, {}, {}
        _DATES.sents, _DATES.sentence_of = sentence_index(doc)  # once per Doc
        for date in (e for e in doc.ents if e.label_ == "DATE"):
            _DATES.by_sentence.setdefault(_DATES.sentence_of[date.start], []).append(date)
        _DATES.lede = _lede(doc)
    return _DATES


def _governor(date: Span) -> Token:
    """The word a date belongs to: "killed on Monday" -> killed, "Saturday's attack" -> attack."""
    head = date.root.head
    return head.head if head.dep_ == "prep" and head is not head.head else head


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def _is_offset(date: Span) -> bool:
    """Whether a date is a distance from another ("three days" after the attack)."""
    doc = date.doc
    after = doc[date.end].lower_ if date.end < len(doc) else ""
    return after in {"after", "before"} and bool(OFFSET.match(f"{date.text} {after} x"))


def _day_like(date: Span) -> bool:
    return bool(DAY_LIKE.search(date.text)) and not _is_offset(date)


def _with_since(date: Span) -> Words:
    doc = date.doc
    if date.start and doc[date.start - 1].lower_ in {"since", "last"}:
        return doc[date.start - 1 : date.end].text, doc[date.start - 1].idx, date.end_char
    return date.text, date.start_char, date.end_char


def _offset_words(date: Span, anchor: str | None) -> Words | None:
    """The words of a distance from an anchor, turned to say when the figure happened.

    "a day after" (the attack) + "on Friday" -> "a day before on Friday".
    """
    if anchor is None:
        return None
    direction = "before" if date.doc[date.end].lower_ == "after" else "after"
    return f"{date.text} {direction} {anchor}", date.start_char, date.end_char


def _event_dates(sentence: int) -> list[Span]:
    """A sentence's dates of what happened: day-like, not when something was said."""
    return [
        d for d in _DATES.by_sentence.get(sentence, [])
        if _day_like(d) and _governor(d).lemma_ not in _report_verbs()
    ]  # fmt: skip


def _sentence_event(sentence: int) -> Words | None:
    """A sentence's date of the deadly event (else its first), an offset against the lede."""
    for date in _DATES.by_sentence.get(sentence, []):
        if _is_offset(date):
            anchors = [
                d
                for d in _DATES.by_sentence[sentence]
                if DAY_LIKE.search(d.text) and not _is_offset(d)
            ]
            anchor = anchors[0].text if anchors else (_DATES.lede[0] if _DATES.lede else None)
            return _offset_words(date, anchor)
    events = _event_dates(sentence)
    deadly = [d for d in events if _is_event_word(_governor(d))]
    return _with_since((deadly or events)[0]) if events else None


def _lede(doc: Doc) -> Words | None:
    """The article's first dated event: the date every undated figure falls back to.

    The first date of the deadly event itself ("killed on Monday", "Saturday's attack"),
    else the first date of anything that happened (not of something said).
    """
    for number in sorted(_DATES.by_sentence):
        for date in _event_dates(number):
            if _is_event_word(_governor(date)):
                return _with_since(date)
    for number in sorted(_DATES.by_sentence):
        events = _event_dates(number)
        offsets = [d for d in _DATES.by_sentence[number] if _is_offset(d)]
        if offsets and not events:
            anchors = [
                d
                for d in _DATES.by_sentence[number]
                if DAY_LIKE.search(d.text) and not _is_offset(d)
            ]
            if anchors:
                return _offset_words(offsets[0], anchors[0].text)
        if events:
            return _with_since(events[0])
    return None


def _score(date: Span, verb: Token, own: set[Token]) -> int:
    """How plainly a date is the figure's.

    4: the date of the figure's own event word ("the 31 people killed ... on Saturday",
    "in Saturday's attack"); 3: of its clause's verb; 2: a date inside its clause; 1:
    another date in the sentence; 0: when something was said ("said on Sunday").
    """
    governor = _governor(date)
    if governor in own or (_is_event_word(governor) and any(t.is_ancestor(governor) for t in own)):
        return 4
    if governor is verb:
        return 3
    if governor.lemma_ in _report_verbs():
        return 0
    return 2 if verb.is_ancestor(date.root) else 1


# A figure weighs the dates within this many tokens of it: a real sentence has a handful, so
# the window changes nothing there, and a 10,000-number list stays linear.
DATE_WINDOW = 60


class _SentenceDates(NamedTuple):
    """One sentence's dates with what every figure in it asks, worked out once."""

    dates: list[Span]
    starts: list[int]
    offsets: list[Span]  # "three days" (after ...)
    day_like: list[Span]  # dated days that are not offsets


def _sentence_dates(number: int) -> _SentenceDates:
    found = _DATES.sentence_info.get(number)
    if found is None:
        dates = _DATES.by_sentence.get(number, [])
        offsets = [d for d in dates if _is_offset(d)]
        day_like = [d for d in dates if DAY_LIKE.search(d.text) and not _is_offset(d)]
        found = _SentenceDates(dates, [d.start for d in dates], offsets, day_like)
        _DATES.sentence_info[number] = found
    return found


def date_words(sent: Span, at: int) -> Words | None:
    """The date words for a figure at token `at` (see `figure_date`)."""
    found = _dates(sent.doc)
    number = found.sentence_of[sent.start]
    info = _sentence_dates(number)
    # Dates never overlap, so at most one holds the figure: the first and last day-like dates
    # other than that one are among the first two and the last two.
    first_days = [d for d in info.day_like[:2] if not d.start <= at < d.end]
    last_days = [d for d in info.day_like[-2:] if not d.start <= at < d.end]
    last_day_start = last_days[-1].start if last_days else -1
    for date in info.offsets:  # "a day after the attack killed 12": a distance from an anchor
        if date.end > at or last_day_start >= date.end:
            continue  # holds the figure or comes after it, or a dated day of its own follows
        anchor = first_days[0].text if first_days else (found.lede[0] if found.lede else None)
        return _offset_words(date, anchor)
    low = bisect.bisect_left(info.starts, at - DATE_WINDOW)
    high = bisect.bisect_right(info.starts, at + DATE_WINDOW)
    dates = [d for d in info.dates[low:high] if not d.start <= at < d.end]
    verb = _clause_verb(sent.doc[at])
    noun = sent.doc[at].head
    own = {verb} if _is_event_word(verb) else set()
    near = sent.doc[max(noun.i - DATE_WINDOW, sent.start) : min(noun.i + DATE_WINDOW, sent.end)]
    own |= {  # the noun's clauses ("the 31 people killed ..."), not its whole list of children
        c for c in near if c.head == noun and c.dep_ in {"acl", "relcl"} and _is_event_word(c)
    }
    scored = [(_score(d, verb, own), -abs(d.start - at), d) for d in dates if not _is_offset(d)]
    best = max(scored, key=lambda s: (s[0], s[1]), default=None)
    if best is not None and (best[0] > 0 or not DAY_LIKE.search(best[2].text)):
        return _with_since(best[2])
    event = _paragraph_event(sent, number)
    if event is not None:
        return event
    if found.lede is not None:
        return found.lede
    return _with_since(best[2]) if best is not None else None


def _paragraph_event(sent: Span, number: int) -> Words | None:
    """The event date of the sentence before, when it is in the same paragraph.

    "On Tuesday, gunmen attacked the town. Eleven people died." Worked out once per sentence:
    every verb and figure of a sentence without a date of its own asks it.
    """
    if sent.start not in _DATES.before:
        event = None
        if number:
            # the text between the two sentence starts (doc.text would be built at each call)
            gap = sent.doc[_DATES.sents[number - 1].start : sent.start].text_with_ws
            if not gap.rstrip(" ").endswith("\n"):  # the same paragraph
                event = _sentence_event(number - 1)
        _DATES.before[sent.start] = event
    return _DATES.before[sent.start]


def figure_date(doc: Doc, sent: Span, at: int) -> dict[str, object]:
    """The `date`, `date_precision`, `date_words`, `date_start`, `date_end` of one figure.

    The words: the date the figure's own clause gives ("killed on Monday", "Saturday's
    bombing") over other dates of its sentence, and never a date when something was said
    ("the ministry said on Sunday"); a distance ("a day after the attack killed 12") counts
    back from the sentence's other date or the lede's. A sentence without an event date
    takes the previous sentence's of the same paragraph, else the article's first dated
    event (the lede); an article without one gives the publication date ("report").
    """
    words = date_words(sent, at)
    published = published_date(doc.user_data.get("published"))
    date, precision = resolve_date(words[0] if words is not None else None, published)
    return {
        "date": date,
        "date_precision": precision,
        "date_words": words[0] if words is not None else None,
        "date_start": words[1] if words is not None else None,
        "date_end": words[2] if words is not None else None,
    }
