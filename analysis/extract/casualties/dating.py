"""Two mentions dated apart: a context incident's toll, not an update or a restatement.

A toll is updated within days; a figure dated a week, a month or a year away from its
update ("last August", "two weeks earlier", "In February") is another incident's
(`another_time`), and two mentions of one count and outcome dated by different weeks,
months or years are two incidents (`dated_apart`).
"""

import calendar
import datetime as dt

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
    week before the update's, is another incident: tolls are updated within days.
    """
    doc = figure.span.doc
    mine = date_words(figure.sent, figure.span.start)
    theirs = date_words(update.sent, update.span.start)
    if mine is None or (theirs is not None and mine[0] == theirs[0]):
        return False
    reference = published_date(doc.user_data.get("published")) or _ANY_DAY
    first, precision = resolve_date(_as_ago(mine[0]), reference)
    latest, _ = resolve_date(theirs[0] if theirs else None, reference)
    if precision in {"week", "month", "year"} or (precision == "unknown" and _names_month(mine[0])):
        return True
    if first is None or latest is None or precision != "day":
        return False
    gap = dt.date.fromisoformat(latest) - dt.date.fromisoformat(first)
    return abs(gap.days) > _UPDATE_DAYS


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
