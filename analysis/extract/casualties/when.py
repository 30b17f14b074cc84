"""When a figure happened: its date words, resolved against the publication date.

`date_words` finds the words (a DATE entity in the figure's sentence, else the nearest
earlier day-like date in the article: a lead sentence dates the figures after it);
`resolve_date` turns them into an ISO date and a precision (day, week, month, year,
report, unknown). The publication date comes from ``doc.user_data["published"]``
(`analysis.corpus` sets it from the document's metadata) or an ISO date in the words.

Rules a parser does not know: a weekday means the last such day on or before
publication ("on Monday" in a Wednesday paper is two days earlier; "on Saturday" in a
Saturday paper is that day); "last week" is the Monday of the week before; "since
October 2023" dates a running toll from its start. Other words go to `dateparser`, with
the publication date as its base and past dates preferred.
"""

import bisect
import datetime as dt
import functools
import re
from collections.abc import Mapping
from functools import cache

import pandas as pd

import dateparser.date
from spacy.tokens import Doc, Span

from analysis.extract.casualties.figures import sentence_index

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_DAY_LIKE = re.compile(
    r"\b((?i:" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight)|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})\b"
)  # fmt: skip
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DURATION = re.compile(r"\b(days?|weeks?|months?|years?|hours?)\b(?!\s+ago)", re.IGNORECASE)
_MONTHS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_SETTINGS = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}


def published_date(value: object) -> dt.date | None:
    """A publication date from metadata ("2025-03-04", a datetime, a file name with one)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        found = _ISO.search(value)
        if found:
            return dt.date(*map(int, found.groups()))
    return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _relative(words: str, published: dt.date) -> tuple[dt.date, str] | None:
    """The rules dateparser lacks or gets wrong for news: weekdays, last week/month/year."""
    lower = words.lower()
    weekday = _WEEKDAY.search(lower)
    if weekday and not _MONTHS.search(lower.replace(weekday.group(1), "")):
        back = (published.weekday() - WEEKDAYS.index(weekday.group(1))) % 7
        return published - dt.timedelta(days=back), "day"
    if "yesterday" in lower:
        return published - dt.timedelta(days=1), "day"
    if re.search(r"\b(today|tonight|this morning|earlier)\b", lower):
        return published, "day"
    if "last week" in lower or "past week" in lower:
        return _monday(published) - dt.timedelta(days=7), "week"
    if "this week" in lower:
        return _monday(published), "week"
    if "last month" in lower:
        first = published.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month"
    if "last year" in lower:
        return dt.date(published.year - 1, 1, 1), "year"
    if "this year" in lower:
        return dt.date(published.year, 1, 1), "year"
    return None


@cache
def _parser() -> dateparser.date.DateDataParser:
    return dateparser.date.DateDataParser(languages=["en"], settings=_SETTINGS)


@functools.lru_cache(maxsize=4096)
def resolve_date(words: str | None, published: dt.date | None) -> tuple[str | None, str]:
    """(ISO date, precision) of date words, relative to the publication date.

    No words give the publication date with precision "report"; words that name no date
    (a duration: "five days of fighting") give (None, "unknown") unless "since" dates them.

    >>> monday = dt.date(2025, 3, 19)  # a Wednesday
    >>> [resolve_date(w, monday) for w in ("on Monday", "yesterday", "last week", "in April")]
    [('2025-03-17', 'day'), ('2025-03-18', 'day'), ('2025-03-10', 'week'), ('2024-04-01', 'month')]
    >>> resolve_date("since October 2023", monday), resolve_date(None, monday)
    (('2023-10-01', 'month'), ('2025-03-19', 'report'))
    """
    if not words:
        return (published.isoformat(), "report") if published else (None, "unknown")
    text = re.sub(r"^(on|in|since|from|last|this|early|late)\s+(?=\S)", _keep_last, words.strip())
    text = re.sub(r"['’]s$", "", text)
    if published is not None:
        found = _relative(text, published)
        if found is not None:
            return found[0].isoformat(), found[1]
    if _DURATION.search(text) and not _MONTHS.search(text):
        return None, "unknown"
    base = dt.datetime.combine(published, dt.time()) if published else None
    parsed = _parser().get_date_data(re.sub(r"^(on|in|since|from)\s+", "", text), None)
    if parsed.date_obj is None:
        return None, "unknown"
    period = {"time": "day"}.get(parsed.period, parsed.period)
    day = parsed.date_obj.date()
    if base is not None and not re.search(r"\b\d{4}\b", text):
        day = _year_before(day, published)
    if period == "month":
        day = day.replace(day=1)
    elif period == "year":
        day = day.replace(month=1, day=1)
    return day.isoformat(), period


def _keep_last(match: re.Match) -> str:
    """Keep "last"/"this" (they change the meaning); drop bare prepositions."""
    return match.group(0) if match.group(1).lower() in {"last", "this"} else ""


def _year_before(day: dt.date, published: dt.date) -> dt.date:
    """A date without a year is the latest such date not after publication."""
    day = day.replace(year=published.year) if not (day.month == 2 and day.day == 29) else day
    return day.replace(year=day.year - 1) if day > published else day


# ---------------------------------------------------------------- the words in a Doc


class _DocDates:
    """The DATE entities of the current Doc, found once (figures ask per sentence)."""

    doc: Doc | None = None
    dates: list[Span] = []
    by_sentence: dict[int, list[Span]] = {}
    starts: dict[int, list[int]] = {}
    earlier: dict[int, Span | None] = {}


_DATES = _DocDates()


def _dates(doc: Doc) -> _DocDates:
    if _DATES.doc is not doc:
        _DATES.doc, _DATES.dates = doc, [e for e in doc.ents if e.label_ == "DATE"]
        _DATES.by_sentence, _DATES.earlier = {}, {}
        sents, sentence_of = sentence_index(doc)  # Span.sent walks the sentence: once here
        for date in _DATES.dates:
            _DATES.by_sentence.setdefault(sents[sentence_of[date.start]].start, []).append(date)
        _DATES.starts = {k: [d.start for d in v] for k, v in _DATES.by_sentence.items()}
    return _DATES


def date_words(sent: Span, at: int) -> Span | None:
    """The date words for a figure at token `at`: its sentence's nearest DATE (with a
    "since" before it), else the nearest earlier day-like date in the article."""
    found = _dates(sent.doc)
    in_sentence = found.by_sentence.get(sent.start, [])
    at_pos = bisect.bisect_left(found.starts.get(sent.start, []), at)
    inside = [d for d in in_sentence[max(0, at_pos - 2) : at_pos + 2] if not d.start <= at < d.end]
    if inside:
        date = min(inside, key=lambda d: (abs(d.start - at), d.start))
        doc = sent.doc
        if date.start and doc[date.start - 1].lower_ in {"since", "last"}:
            return doc[date.start - 1 : date.end]
        return date
    if sent.start not in found.earlier:
        earlier = [d for d in found.dates if d.end <= sent.start and _DAY_LIKE.search(d.text)]
        found.earlier[sent.start] = earlier[-1] if earlier else None
    return found.earlier[sent.start]


def figure_date(doc: Doc, sent: Span, at: int) -> dict[str, object]:
    """The `date`, `date_precision`, `date_start`, `date_end` columns of one figure."""
    words = date_words(sent, at)
    published = published_date(doc.user_data.get("published"))
    date, precision = resolve_date(words.text if words is not None else None, published)
    return {
        "date": date,
        "date_precision": precision,
        "date_words": words.text if words is not None else None,
        "date_start": words.start_char if words is not None else None,
        "date_end": words.end_char if words is not None else None,
    }


def with_publication_dates(casualties: pd.DataFrame, published: Mapping[str, object]) -> pd.DataFrame:
    """`casualties` with `date`/`date_precision` resolved against each document's date.

    `published` maps doc_id to the publication date (metadata, or a file name holding an
    ISO date). Done on the table, not in the Doc, so cached rows stay valid for any date.
    """
    if casualties.empty or "doc_id" not in casualties:
        return casualties
    out = casualties.copy()
    dates = [
        resolve_date(words if isinstance(words, str) else None, published_date(published.get(str(doc))))
        for doc, words in zip(out["doc_id"], out["date_words"], strict=True)
    ]  # fmt: skip
    out["date"] = pd.array([d for d, _ in dates], dtype=out["date"].dtype)
    out["date_precision"] = pd.array([p for _, p in dates], dtype=out["date_precision"].dtype)
    return out
