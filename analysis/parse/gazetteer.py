"""The actor gazetteer as EntityRuler patterns, from the rule tables in `analysis.rules`.

Nothing here runs spaCy: it turns gazetteer rows into lookups and into token patterns.
The first `state_forces` row of a country in `actors.csv` is its national armed forces
("Syrian troops").
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from analysis.rules import RuleSet, actor_type_labels

DEFAULT_LABEL = "ORG"

Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True)
class Actor:
    """One gazetteer row: a canonical name, its type, aliases and country."""

    name: str
    actor_type: str
    aliases: tuple[str, ...] = ()
    country: str = ""

    @property
    def label(self) -> str:
        """The entity label for this actor's mentions."""
        return actor_type_labels().get(self.actor_type, DEFAULT_LABEL)


@dataclass(frozen=True)
class Ambiguity:
    """One reading of an ambiguous acronym and the country whose articles select it."""

    acronym: str
    actor: str
    context_country: str
    is_default: bool


def read_actors(rules: RuleSet | None = None) -> dict[str, Actor]:
    """Read the gazetteer; return actors by canonical name, in file order.

    >>> read_actors()["Hay’at Tahrir al-Sham"].actor_type
    'armed_group'
    """
    actors: dict[str, Actor] = {}
    for row in (rules or RuleSet()).rows("actors"):
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        actors[row["actor"]] = Actor(row["actor"], row["actor_type"], aliases, row["country"])
    return actors


def read_ambiguous_acronyms(rules: RuleSet | None = None) -> dict[str, list[Ambiguity]]:
    """Read the ambiguous acronyms: acronym -> its readings."""
    readings: dict[str, list[Ambiguity]] = {}
    for row in (rules or RuleSet()).rows("ambiguous_acronyms"):
        reading = Ambiguity(
            row["acronym"], row["actor"], row["context_country"], row["default"].lower() == "yes"
        )
        readings.setdefault(reading.acronym, []).append(reading)
    return readings


def national_forces(actors: dict[str, Actor]) -> dict[str, str]:
    """Return country -> its national armed forces (the country's first `state_forces` row)."""
    forces: dict[str, str] = {}
    for actor in actors.values():
        if actor.actor_type == "state_forces" and actor.country:
            forces.setdefault(actor.country, actor.name)
    return forces


def alias_variants(alias: str) -> set[str]:
    """Return `alias` with its apostrophe spelled the three usual ways.

    >>> sorted(alias_variants("Hay’at"))
    ["Hay'at", 'Hayat', 'Hay’at']
    """
    if "’" not in alias and "'" not in alias:
        return {alias}
    return {alias.replace("’", q).replace("'", q) for q in ("’", "'", "")}


def token_pattern(words: Iterable[str]) -> list[dict[str, Any]]:
    """Return a Matcher pattern: words with a capital match exactly, the others in any case.

    Exact case keeps "Chad" the state apart from "chad", and "WHO" apart from "who";
    lower-case words ("army", "al") match whatever their case in the text.

    >>> token_pattern(["Syrian", "army"])
    [{'ORTH': 'Syrian'}, {'LOWER': 'army'}]
    """
    return [
        {"ORTH": word} if any(ch.isupper() for ch in word) else {"LOWER": word.lower()}
        for word in words
    ]


def actor_patterns(
    actors: dict[str, Actor],
    *,
    tokenize: Tokenize,
    demonyms: dict[str, str],
    state_nouns: dict[str, str],
    ambiguous: dict[str, list[Ambiguity]],
    places: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """Return EntityRuler patterns for every name and alias, with the canonical name as `id`.

    Adds "{demonym} {noun}" patterns ("Iraqi officials" -> Iraq, "Chadian troops" -> the
    forces of Chad) and ambiguous acronyms, whose `id` is the acronym itself.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()

    def add(label: str, text: str, actor_id: str) -> None:
        for variant in alias_variants(text):
            words = tuple(tokenize(variant))
            if words and words not in seen:
                seen.add(words)
                pattern = {"label": label, "pattern": token_pattern(words)}
                patterns.append({**pattern, "id": actor_id} if actor_id else pattern)

    for actor in actors.values():
        for name in (actor.name, *actor.aliases):
            add(actor.label, name, actor.name)
    forces = national_forces(actors)
    for demonym, country in demonyms.items():
        for noun, noun_type in state_nouns.items():
            target = country if noun_type == "state" else forces.get(country, forces_name(country))
            label = "GPE" if noun_type == "state" else DEFAULT_LABEL
            add(label, f"{demonym} {noun}", target)
    for acronym in ambiguous:
        add(DEFAULT_LABEL, acronym, acronym)
    for place in places:
        add("GPE", place, "")
    return patterns


def forces_name(country: str) -> str:
    """The canonical name of a country's armed forces when the gazetteer has none.

    >>> forces_name("Chad")
    'Chad armed forces'
    """
    return f"{country} armed forces"
