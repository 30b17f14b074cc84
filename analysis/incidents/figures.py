"""One linkable figure per casualty row: its date window, place, country and sides.

`prepare` turns the casualty table (and the documents' publication dates) into `Fig`
records, in a fixed order, with what the linker compares:

- a date window ``[lo, hi]`` (day ordinals) set by the date's precision: one day for a
  day, the week from its Monday, the month, the year; a figure without date words
  ("report" precision) happened in the days before its report (`REPORT_DAYS`), one whose
  date words could not be resolved in the month before it (`UNDATED_DAYS`);
- a place key (folded, without "district", "township"... and compass words, so "southern
  Tripoli" and "Tripoli" share one key), its rank (0 city or district, 1 province, 2
  country, 3 unknown), admin1 and coordinates;
- the country, else the document's country (the one most of its figures name, else the
  one its unnamed parties carry: "Unidentified Armed Group (Haiti)"), so a figure whose
  sentence names no place still belongs to its document's country;
- the perpetrator under one name (aliases of `data/actors.csv` folded to the canonical
  name), and its party (`party`: a state and its forces are one side, as UCDP's
  government side; the linker and the perpetrator score compare parties); a party the
  gazetteer does not name (a category from `data/generic_actors.csv`,
  "Unidentified Armed Group (Mali)", or an unknown word such as "gang") is kept apart,
  as it never conflicts with a named one.
"""

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from analysis.extract.setting.dates import published_date
from analysis.parse.places import AREA_WORDS, country_of, fold
from analysis.rules import packaged_rows

REPORT_DAYS = 3  # a figure with no date words: the event was at most this many days before
UNDATED_DAYS = 31  # date words that could not be resolved: some time in the month before
FINE, PROVINCE, COUNTRY, UNKNOWN = 0, 1, 2, 3
NON_INCIDENT = frozenset({"running", "cumulative"})  # tolls that never join an incident
RANK = {"city": FINE, "district": FINE, "province": PROVINCE, "country": COUNTRY}
_COMPASS = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|outskirts of|greater)\s+)+"
)


@dataclass
class Fig:
    """A casualty figure as the linker sees it."""

    row: int  # position in the input table
    doc_id: str
    figure_id: int
    start: int
    outcome: str
    count: int | None
    qualifier: str
    part_of: int | None
    source: str | None
    scope: str
    lo: int | None  # date window, day ordinals
    hi: int | None
    day_precise: bool
    report: int | None  # publication day ordinal
    place: str | None
    place_key: str | None
    rank: int
    area: bool  # a district or township: a wider "near" than a town
    admin1: str | None
    lat: float | None
    lon: float | None
    country: str | None
    perpetrator: str | None  # under its canonical name
    generic: bool  # the perpetrator is an unnamed party (a category)
    victim_actor: str | None
    victim_category: str | None
    values: dict = field(repr=False, default_factory=dict)


@cache
def _actor_names() -> dict[str, str]:
    """Folded actor name or alias -> canonical name."""
    names: dict[str, str] = {}
    for row in packaged_rows("actors"):
        for alias in [row["actor"], *row["aliases"].split("|")]:
            if alias:
                names.setdefault(fold(alias), row["actor"])
    return names


@cache
def _state_pattern() -> re.Pattern:
    """A state's own forces in the per-country scheme ("Military Forces of Somalia").

    The country is the pattern's one non-empty group.
    """
    templates = {
        row["canonical"]
        for row in packaged_rows("generic_actors")
        if "{country}" in row["canonical"]
        and row["canonical"] != "{country}"
        and not row["canonical"].endswith("({country})")
    }
    parts = sorted(re.escape(t).replace(re.escape("{country}"), "(.+)") for t in templates)
    return re.compile("^(?:" + "|".join(parts) + ")$") if parts else re.compile(r"(?!)")


@cache
def _government_names() -> dict[str, str]:
    """Canonical name -> country, for the gazetteer's states and forces named for a country.

    "Russia" (a state row named as its country) and "Military Forces of Russia" (a
    state-forces row in the per-country scheme); a body with a name of its own ("Ministry
    of Peshmerga Affairs", "Tigray Interim Administration") is not its country's
    government and stays a party of its own.
    """
    names: dict[str, str] = {}
    for row in packaged_rows("actors"):
        name, country = row["actor"], row["country"]
        if not country or row["actor_type"] not in ("state", "state_forces"):
            continue
        if (forces_country(name) or name) == country:
            names[name] = country
    return names


@cache
def party(name: str | None) -> str | None:
    """The side a perpetrator or victim stands for: a state and its forces are one party.

    Event coders name a drone strike's perpetrator "Military Forces of Russia" (ACLED)
    where a report, or a gold table, says "Russia"; UCDP counts both as the government
    side. So a state, and its military, police and security forces in the per-country
    scheme, are the party of that country ("Russian Armed Forces", an alias, is the
    military's canonical name first). Any other name is its own party.
    """
    canonical = canonical_actor(name)
    if canonical is None:
        return None
    if canonical in _government_names():
        return _government_names()[canonical]
    return forces_country(canonical) or country_of(canonical) or canonical


@cache
def forces_country(name: str | None) -> str | None:
    """The country whose forces `name` is in the per-country scheme ("Police Forces of Chad")."""
    match = _state_pattern().match(name) if name else None
    return next((g for g in match.groups() if g), None) if match else None


_GENERIC_COUNTRY = re.compile(r"\(([^()]+)\)$")


@cache
def canonical_actor(name: object) -> str | None:
    """One name per actor: the gazetteer's canonical name for an alias ("JNIM")."""
    if not isinstance(name, str) or not name.strip():
        return None
    return _actor_names().get(fold(name), name.strip())


@cache
def is_generic(name: str | None) -> bool:
    """Not a named party: a category, or a word the actor gazetteer does not know.

    Categories: "Unidentified Armed Group (Haiti)", "Civilians (Sudan)"; unknown words:
    "gang".

    Named parties are the gazetteer's actors and a state's own forces ("Military Forces
    of Somalia"); only they can conflict.
    """
    if not name:
        return False
    return fold(name) not in _actor_names() and not _state_pattern().match(name)


@cache
def place_key(name: object) -> str | None:
    """A place's key: folded, without its area word and compass words."""
    if not isinstance(name, str) or not name.strip():
        return None
    words = fold(name).replace(",", " ").split()
    if len(words) > 1 and words[-1] in AREA_WORDS:
        words = words[:-1]
    return _COMPASS.sub("", " ".join(words)) or None


def date_window(
    day: dt.date | None, precision: str, report: dt.date | None
) -> tuple[int | None, int | None]:
    """The days (ordinals, inclusive) a figure's date can stand for."""
    if day is not None and precision not in ("report", "unknown"):
        first = day.toordinal()
        if precision == "week":
            return first, first + 6
        if precision == "month":
            return first, first + calendar.monthrange(day.year, day.month)[1] - day.day
        if precision == "year":
            return first, dt.date(day.year, 12, 31).toordinal()
        return first, first
    anchor = report or day
    if anchor is None:
        return None, None
    days = REPORT_DAYS if precision == "report" else UNDATED_DAYS
    return anchor.toordinal() - days, anchor.toordinal()


USED_COLUMNS = (
    "doc_id", "figure_id", "start", "outcome", "count", "qualifier", "part_of", "source",
    "scope", "date", "date_precision", "place", "place_precision", "admin1", "country",
    "latitude", "longitude", "perpetrator", "victim_actor", "victim_category",
)  # fmt: skip


def _records(casualties: pd.DataFrame) -> list[dict]:
    """The columns the linker reads, one dict per row, missing values as None."""
    names = [c for c in USED_COLUMNS if c in casualties.columns]
    columns = []
    for name in names:
        values = casualties[name]
        columns.append(
            [None if m else v for v, m in zip(values.tolist(), values.isna().tolist(), strict=True)]
        )
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def _value(values: dict, key: str) -> object:
    return values.get(key)


def _text(values: dict, key: str) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


@cache
def _country(name: str | None) -> str | None:
    """One name per country ("DR Congo" and "DRC" are "Democratic Republic of the Congo")."""
    return (country_of(name) or name) if name else None


@cache
def _date(value: str | None) -> dt.date | None:
    return published_date(value) if value else None


def _published(documents: pd.DataFrame | None) -> dict[str, dt.date | None]:
    if documents is None or "published" not in documents or "doc_id" not in documents:
        return {}
    return {
        str(d): published_date(p)
        for d, p in zip(documents["doc_id"], documents["published"], strict=True)
    }


def prepare(casualties: pd.DataFrame, documents: pd.DataFrame | None = None) -> list[Fig]:
    """The figures of `casualties` in a fixed order (document, figure id)."""
    published = _published(documents)
    records = _records(casualties)
    # Without a publication date from `documents`, a figure dated "report" (no date
    # words: the extractor gave it the publication date) tells its document's date.
    for values in records:
        doc = str(values.get("doc_id", ""))
        if published.get(doc) is None and values.get("date_precision") == "report":
            published[doc] = _date(_text(values, "date"))
    by_doc: dict[str, Counter] = {}
    named_by: dict[str, Counter] = {}
    for values in records:
        doc = str(values.get("doc_id", ""))
        country = _country(_text(values, "country"))
        if country:
            by_doc.setdefault(doc, Counter())[country] += 1
        party = _GENERIC_COUNTRY.search(_text(values, "perpetrator") or "")
        if party and country_of(party.group(1)):
            named_by.setdefault(doc, Counter())[country_of(party.group(1))] += 1
    for doc, counts in named_by.items():
        by_doc.setdefault(doc, counts)
    doc_country = {
        doc: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for doc, c in by_doc.items()
    }
    figures = [_fig(i, values, published, doc_country) for i, values in enumerate(records)]
    figures.sort(key=lambda f: (f.doc_id, f.figure_id, f.row))
    return figures


def _fig(row: int, values: dict, published: dict, doc_country: dict) -> Fig:
    doc_id = str(values.get("doc_id", ""))
    day = _date(_text(values, "date"))
    precision = _text(values, "date_precision") or "unknown"
    report = published.get(doc_id)
    lo, hi = date_window(day, precision, report)
    perpetrator = canonical_actor(_value(values, "perpetrator"))
    generic = is_generic(perpetrator)
    place = _text(values, "place")
    rank = RANK.get(_text(values, "place_precision") or "", UNKNOWN) if place else UNKNOWN
    count, part_of = _value(values, "count"), _value(values, "part_of")
    lat, lon = _value(values, "latitude"), _value(values, "longitude")
    return Fig(
        row=row, doc_id=doc_id, figure_id=int(_value(values, "figure_id") or 0),
        start=int(_value(values, "start") or 0), outcome=_text(values, "outcome") or "unknown",
        count=None if count is None else int(count),
        qualifier=_text(values, "qualifier") or "exact",
        part_of=None if part_of is None else int(part_of), source=_text(values, "source"),
        scope=_text(values, "scope") or "incident", lo=lo, hi=hi,
        day_precise=day is not None and precision == "day",
        report=report.toordinal() if report else None, place=place, place_key=place_key(place),
        rank=rank, area=_text(values, "place_precision") == "district",
        admin1=_text(values, "admin1"),
        lat=None if lat is None else float(lat), lon=None if lon is None else float(lon),
        country=_country(_text(values, "country")) or doc_country.get(doc_id),
        perpetrator=perpetrator, generic=generic,
        victim_actor=canonical_actor(_value(values, "victim_actor")),
        victim_category=_text(values, "victim_category"), values=values,
    )  # fmt: skip
