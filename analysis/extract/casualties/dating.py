"""Two mentions dated apart: a context incident's toll, not an update or a restatement.

A toll is updated within days; a figure dated a week, a month or a year away from its
update ("last August", "two weeks earlier", "In February") is another incident's
(`another_time`), and two mentions of one count and outcome dated by different weeks,
months or years are two incidents (`dated_apart`). In an article's body, a sentence with a
date of another month or year ("In June 2022, a man was shot dead ...", "the last fatal
shooting was in 2021, when ...") tells an older incident, whose figures restate none of the
story's (`Incidents.context_sentence`, `Incidents.told_apart`).
"""

import calendar
import datetime as dt

from spacy.tokens import Doc, Span

from analysis.extract.casualties.figures import Figure
from analysis.extract.setting import date_words, published_date, resolve_date

_UPDATE_DAYS = 7  # a toll updated later than this is another incident's
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m)
_BACK_FROM_STORY = frozenset({"earlier", "before", "previously"})  # "two weeks earlier"
_ANY_DAY = dt.date(2001, 1, 1)  # a reference day when the article has no date (see another_time)


def _names_month(words: str) -> bool:
    """Date words naming a month or a year ("last August", "in 2019"), whether or not resolved."""
    return any(
        w.strip(".,").lower() in _MONTHS or (w.isdigit() and len(w) == 4) for w in words.split()
    )


def _as_ago(words: str) -> str:
    """Date words counting back from the story's day, read as "ago"; others unchanged.

    "Two weeks earlier" is as far back as "two weeks ago": another incident.
    """
    rest, _, last = words.rpartition(" ")
    return f"{rest} ago" if rest and last.lower() in _BACK_FROM_STORY else words


def another_time(figure: Figure, update: Figure) -> bool:
    """Whether a figure is dated apart from its update: a context incident ("last August").

    Both date words are resolved against the publication date (or, without one, any fixed
    day: only their distance counts). Week, month or year precision, or a day more than a
    week before the update's, is another incident: tolls are updated within days. Without
    a publication date a day of a month ("March 3", a dateline's) and a weekday cannot be
    set apart (`_weighed_blind`).
    """
    doc = figure.span.doc
    mine = date_words(figure.sent, figure.span.start)
    theirs = date_words(update.sent, update.span.start)
    if mine is None or (theirs is not None and mine[0] == theirs[0]):
        return False
    published = published_date(doc.user_data.get("published"))
    reference = published or _ANY_DAY
    first, precision = resolve_date(_as_ago(mine[0]), reference)
    latest, _ = resolve_date(theirs[0] if theirs else None, reference)
    if precision in {"week", "month", "year"} or (precision == "unknown" and _names_month(mine[0])):
        return True
    if first is None or latest is None or precision != "day":
        return False
    if published is None and theirs is not None and _weighed_blind(mine[0], theirs[0]):
        return False  # "March 3" (the dateline's) against "by Tuesday evening": no distance
    gap = dt.date.fromisoformat(latest) - dt.date.fromisoformat(first)
    return abs(gap.days) > _UPDATE_DAYS


def _weighed_blind(mine: str, theirs: str) -> bool:
    """A day of a month without a year against a weekday, with no publication date.

    "March 3" in a dateline and "by Tuesday evening" may be a day apart or months.
    """
    return _names_month(mine) != _names_month(theirs) and not any(
        w.strip(".,").isdigit() and len(w.strip(".,")) == 4 for w in f"{mine} {theirs}".split()
    )


def dated_apart(first: Figure, later: Figure) -> bool:
    """Two dated mentions of one count and outcome that are two incidents.

    The later one is dated by a week, month or year ("In February", "last year", "two
    weeks earlier") other than the first one's, and the first one is dated too: a headline
    without a date restates the dated lede. A day is no sign of its own ("was pronounced
    dead on Monday" after "shot on Sunday"; an age can read as a day).
    """
    if first.sent_no == later.sent_no:  # one sentence is one time (and a list may hold 1000s)
        return False
    theirs = date_words(first.sent, first.span.start)
    mine = date_words(later.sent, later.span.start)
    if theirs is None or mine is None or mine[0] == theirs[0] or not _calendar_words(mine[0]):
        return False
    reference = published_date(later.span.doc.user_data.get("published")) or _ANY_DAY
    _, precision = resolve_date(_as_ago(mine[0]), reference)
    return precision in {"week", "month", "year"} or (
        precision == "unknown" and _names_month(mine[0])
    )


def _calendar_words(words: str) -> bool:
    """Date words with a word or a four-digit year: not a bare number ("Reed, 34," is an age)."""
    return any(w.isalpha() or (w.isdigit() and len(w) == 4) for w in words.split())


# a date after these words is no older incident: "since March" (the story's time),
# "remanded until December 4" (a court's next step)
_NOT_BACK = frozenset({"since", "until", "till"})
_THEN = ("last year", "last month", "that year", "previous year", "year before")


def _past_period(words: str, published: dt.date | None) -> bool:
    """Date words of a time before the story's: "In June 2022", "last year", "On March 10".

    With a publication date, they resolve to a month or a year that does not hold it
    ("this year", "in March" of a March story do) or a day more than a week before it;
    without one, they name a month without its day ("In July", not "on Feb. 27", how a
    story dates its own incident), a four-digit year or "last year". Never with "this"
    or "since" (a count "since January" is a statistic of the story's time).
    """
    lowered = words.lower()
    if "this" in lowered.split() or "since" in lowered.split():
        return False
    if published is None:  # a day of a month ("on the evening of Feb. 27") is the story's
        day = any(w.strip(".,").isdigit() and len(w.strip(".,")) <= 2 for w in words.split())
        year = any(w.strip(".,").isdigit() and len(w.strip(".,")) == 4 for w in words.split())
        return (_names_month(words) and (year or not day)) or any(t in lowered for t in _THEN)
    start, precision = resolve_date(words, published)
    if start is None or precision not in {"day", "month", "year"}:
        return precision == "unknown" and _names_month(words)
    first = dt.date.fromisoformat(start)
    if precision == "day":
        return (published - first).days > _UPDATE_DAYS
    if precision == "year":
        return first.year != published.year
    return (first.year, first.month) != (published.year, published.month)


def _when(date: Span) -> bool:
    """A date its clause tells of: "the deadliest since October 2019, when gunmen killed 13".

    "since" then ranks the story against an older incident the "when" clause tells, not a
    count of the story's time ("since January").
    """
    doc, end = date.doc, date.end
    words = [t.lower_ for t in doc[end : min(len(doc), end + 2)]]
    return words[:1] == ["when"] or words == [",", "when"]


def _context_spans(doc: Doc) -> list[tuple[int, int]]:
    """From each body sentence dated in an older time to the end of its paragraph.

    Not a date after "since", "until" or "till" (`_NOT_BACK`), unless a "when" clause
    tells what happened then (`_when`).
    """
    lede_end = doc.text.find("\n", doc.text.find("\n") + 1)
    if lede_end < 0:
        return []
    published = published_date(doc.user_data.get("published"))
    spans: list[tuple[int, int]] = []
    for date in (e for e in doc.ents if e.label_ == "DATE" and e.start_char > lede_end):
        if date.start > 0 and doc[date.start - 1].lower_ in _NOT_BACK and not _when(date):
            continue
        sent = date.sent
        if (spans and spans[-1][1] > sent.start_char) or not _past_period(date.text, published):
            continue
        end = doc.text.find("\n", sent.start_char)
        spans.append((sent.start_char, end if end >= 0 else len(doc.text)))
    return spans


class Incidents:
    """Where a Doc tells older incidents (`context_spans`), found once per Doc by its caller.

    `settle` builds one per Doc and passes its methods on; nothing is kept between Docs.
    """

    def __init__(self, doc: Doc) -> None:
        """Find the older incidents `doc` tells."""
        self.spans = _context_spans(doc)  # (start, end) characters, in order

    def context_of(self, figure: Figure) -> int | None:
        """Where the older incident a figure belongs to is told, or None for the story's own.

        Only in the body of an article (after its first two lines, the headline and the
        lede): a sentence with a date of an older time ("In June 2022, a man was shot dead",
        "the last fatal shooting was in 2021, when ..."), not after "since", tells another
        incident, and so does the rest of its paragraph ("A 20-year-old was later arrested").
        """
        at = figure.span.start_char
        return next((start for start, end in self.spans if start <= at < end), None)

    def context_sentence(self, figure: Figure) -> bool:
        """Whether the figure belongs to an older incident the article recalls (`context_of`)."""
        return self.context_of(figure) is not None

    def told_apart(self, first: Figure, later: Figure) -> bool:
        """Two mentions that are two incidents: dated apart, or told of two incidents.

        A figure of an older incident the article recalls (`context_of`) and one of the
        story, or of another recalled incident, are never one toll told twice.
        """
        return self.in_context(first, later) or dated_apart(first, later)

    def in_context(self, first: Figure, later: Figure) -> bool:
        """Whether two figures belong to two incidents by `context_of` (one may be the story)."""
        return self.context_of(first) != self.context_of(later)
