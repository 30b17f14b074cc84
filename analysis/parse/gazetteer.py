"""The actor gazetteer as EntityRuler patterns, from the rule tables in `analysis.rules`.

Nothing here runs spaCy: it turns gazetteer rows into lookups and into token patterns.
State forces follow the naming scheme of event datasets, one actor per country and force
type: "Military Forces of Nigeria", "Police Forces of Pakistan", "Security Forces of
India" (intelligence, gendarmerie, paramilitaries); named units ("Nigerian Army",
"Tatmadaw") are their aliases, and the state itself stands for its government.
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
    """One reading of an ambiguous name ("ADF", "Bari") and what selects it.

    `requires` is "country" (only in articles about `context_country`), "uppercase" (only
    written in capitals; with no country, the reading used wherever no other applies) or
    "both".
    """

    name: str
    actor: str
    context_country: str
    requires: str

    def applies(self, text: str, countries: dict[str, int]) -> bool:
        """Whether this reading fits `text` as written in an article about `countries`."""
        if self.requires in ("uppercase", "both") and not text.isupper():
            return False
        return not self.context_country or countries.get(self.context_country, 0) > 0


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


def read_ambiguous_names(rules: RuleSet | None = None) -> dict[str, list[Ambiguity]]:
    """Read the ambiguous names: name -> its readings, in file order."""
    readings: dict[str, list[Ambiguity]] = {}
    for row in (rules or RuleSet()).rows("ambiguous_names"):
        reading = Ambiguity(row["name"], row["actor"], row["context_country"], row["requires"])
        readings.setdefault(reading.name, []).append(reading)
    return readings


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
    force_names: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Return EntityRuler patterns for every name and alias, with the canonical name as `id`.

    Adds "{demonym} {noun}" patterns ("Iraqi officials" -> Iraq, "Chadian police" -> Police
    Forces of Chad: `force_names` maps a noun to its template, default the military) and
    ambiguous names, whose `id` is the name itself.
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
    for demonym, country in demonyms.items():
        for noun, noun_type in state_nouns.items():
            target = country if noun_type == "state" else forces_name(country, noun, force_names)
            label = "GPE" if noun_type == "state" else DEFAULT_LABEL
            add(label, f"{demonym} {noun}", target)
    for acronym in ambiguous:
        add(DEFAULT_LABEL, acronym, acronym)
    for place in places:
        add("GPE", place, "")
    return patterns


MILITARY_TEMPLATE = "Military Forces of {country}"


def force_templates(rules: RuleSet | None = None) -> dict[str, str]:
    """State-force nouns of `generic_actors.csv` and their name templates ("police" -> ...)."""
    return {
        row["noun"].lower(): row["canonical"]
        for row in (rules or RuleSet()).rows("generic_actors")
        if row["actor_type"] == "state_forces"
    }


def forces_name(country: str, noun: str = "", templates: dict[str, str] | None = None) -> str:
    """The canonical state force a noun names in `country`: "police" -> its police forces.

    `templates` maps nouns to name templates (`generic_actors.csv`); any other noun, or
    none, names the military.

    >>> forces_name("Chad")
    'Military Forces of Chad'
    >>> forces_name("Chad", "police", {"police": "Police Forces of {country}"})
    'Police Forces of Chad'
    """
    template = (templates or {}).get(noun.lower(), MILITARY_TEMPLATE)
    return template.format(country=country)
