"""Date words to a date: "on Monday", "last week", "since October 2023" against a report's date.

`resolve_date(words, published)` gives an ISO date and a precision (day, week, month, year,
report, unknown); `published_date` reads a publication date from metadata;
`with_publication_dates` dates a table's rows once each document's date is known.

Rules a parser does not know: a weekday means the last such day on or before
publication ("on Monday" in a Wednesday paper is two days earlier; "on Saturday" in a
Saturday paper is that day); "last week" is the Monday of the week before; "since
October 2023" dates a running toll from its start. Other words go to `dateparser`, with
the publication date as its base and past dates preferred. Without a publication date only
words that carry their year are dated.
"""

import datetime as dt
import functools
import re
from collections.abc import Mapping
from functools import cache

import dateparser.date
import pandas as pd

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
DAY_LIKE = re.compile(
    r"\b((?i:" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight)|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})\b"
)  # fmt: skip
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DURATION = re.compile(r"\b(days?|weeks?|months?|years?|hours?)\b(?!\s+ago)", re.IGNORECASE)
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
OFFSET = re.compile(
    r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+"
    r"(before|after)\s+(.+)$",
    re.IGNORECASE,
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


def _offset_date(offset: re.Match, published: dt.date | None) -> tuple[str | None, str]:
    """The day an `OFFSET` match names: "a day before on Friday" is the Friday less one day."""
    anchor, precision = resolve_date(offset.group(4), published)
    if anchor is None or precision not in {"day", "report"}:
        return None, "unknown"
    n = _NUMBERS.get(offset.group(1).lower()) or int(offset.group(1))
    days = n * (7 if offset.group(2).lower().startswith("week") else 1)
    sign = -1 if offset.group(3).lower() == "before" else 1
    return (dt.date.fromisoformat(anchor) + dt.timedelta(days=sign * days)).isoformat(), "day"


@functools.lru_cache(maxsize=4096)
def resolve_date(words: str | None, published: dt.date | None) -> tuple[str | None, str]:
    """(ISO date, precision) of date words, relative to the publication date.

    No words, or words that name a length and no date (a running toll "in five days of
    fighting"), give the publication date with precision "report".

    >>> monday = dt.date(2025, 3, 19)  # a Wednesday
    >>> [resolve_date(w, monday) for w in ("on Monday", "yesterday", "last week", "in April")]
    [('2025-03-17', 'day'), ('2025-03-18', 'day'), ('2025-03-10', 'week'), ('2024-04-01', 'month')]
    >>> resolve_date("since October 2023", monday), resolve_date(None, monday)
    (('2023-10-01', 'month'), ('2025-03-19', 'report'))

    Without a publication date only words that carry their year can be dated:

    >>> resolve_date("on Tuesday", None), resolve_date("3 March 2023", None)
    ((None, 'unknown'), ('2023-03-03', 'day'))

    A bare number of one to three digits is an age or a count read as a date ("Marie-Ange,
    52,"), never a date: dateparser would make "52" a year.

    >>> resolve_date("52", monday), resolve_date("14", monday)
    ((None, 'unknown'), (None, 'unknown'))
    """
    if not words:
        return (published.isoformat(), "report") if published else (None, "unknown")
    if re.fullmatch(r"\d{1,3}", words.strip()):
        return None, "unknown"
    offset = OFFSET.match(words.strip())
    if offset is not None:  # "a day before on Friday": the anchor's date less the offset
        return _offset_date(offset, published)
    text = re.sub(r"^(on|in|since|from|last|this|early|late)\s+(?=\S)", _keep_last, words.strip())
    text = re.sub(r"['’]s$", "", text)
    if published is not None:
        found = _relative(text, published)
        if found is not None:
            return found[0].isoformat(), found[1]
    if _DURATION.search(text) and not _MONTHS.search(text):  # "in five days of fighting"
        return (published.isoformat(), "report") if published else (None, "unknown")
    if published is None and not re.search(r"\b\d{4}\b", text):
        return None, "unknown"  # "Tuesday", "3 March": relative to a report date we lack
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


def with_publication_dates(table: pd.DataFrame, published: Mapping[str, object]) -> pd.DataFrame:
    """`table` with `date`/`date_precision` resolved against each document's date.

    Any table with `doc_id` and `date_words` (casualties, events); `published` maps doc_id
    to the publication date (metadata, or a file name holding an ISO date). Done on the
    table, so rows extracted without a date resolve against whatever date a caller gives
    (the corpus cache keys its entries on the text and its dateline and date). A table with
    a `scope` column (casualties) has it follow the resolved precision (`dated_scope`).
    """
    if table.empty or "doc_id" not in table or "date_words" not in table:
        return table
    out = table.copy()
    dates = [
        resolve_date(
            words if isinstance(words, str) else None, published_date(published.get(str(doc)))
        )
        for doc, words in zip(out["doc_id"], out["date_words"], strict=True)
    ]
    out["date"] = pd.array([d for d, _ in dates], dtype=out["date"].dtype)
    out["date_precision"] = pd.array([p for _, p in dates], dtype=out["date_precision"].dtype)
    if "scope" in out:
        scopes = zip(out["scope"], out["date_precision"], out["date_words"], strict=True)
        rescoped = [
            dated_scope(str(found), str(precision), words if isinstance(words, str) else None)
            for found, precision, words in scopes
        ]
        out["scope"] = pd.array(rescoped, dtype=out["scope"].dtype)
    return out


def dated_scope(found: str, date_precision: str, date_words: str | None) -> str:
    """The scope of a toll read before its publication date was known, once it is.

    A corpus run reads rows without the document's date and resolves "since Monday"
    later: a count "since" a day is that day's running toll, as the casualties' `scope`
    would have said. A month's or a year's toll keeps the scope its sentence gave (one
    incident recalled, unless the sentence counts a period: `toll_scope.scope`).
    """
    since = bool(date_words) and str(date_words).lower().startswith("since")
    if found == "cumulative" and date_precision == "day" and since:
        return "running"
    return found
