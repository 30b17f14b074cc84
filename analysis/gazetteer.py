"""The actor gazetteer and the small rule tables around it, read from `analysis/data/*.csv`.

Every table is a CSV a user can copy, extend and pass to the pipeline (see
`analysis.components`). Nothing here runs spaCy: it turns rows into lookups and into
EntityRuler token patterns.

- `actors.csv`: `actor,actor_type,aliases,country`; aliases separated by ``|``. The first
  `state_forces` row of a country is its national armed forces ("Syrian troops").
- `demonyms.csv`: `demonym,country` ("Iraqi" -> Iraq).
- `capitals.csv`: `capital,country` ("Tehran" -> Iran), read as the government where it acts.
- `state_nouns.csv`: `noun,actor_type`; "{demonym} {noun}" is the state or its forces.
- `places.csv`: `place,country`; towns and regions, which are never actors.
- `ambiguous_acronyms.csv`: `acronym,actor,context_country,default`; resolved per article.
- `organization_keywords.csv`: `keyword,actor_type`, the type of an organisation not listed.
- `titles.csv`: `title`; words that introduce a person ("Defense Minister").
- `reporting_verbs.csv`: `verb,speech_only`; the cues of quotes ("say", "tell", "vow").
"""

import csv
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

ACTOR_TYPES: tuple[str, ...] = (
    "state", "state_forces", "armed_group", "political", "international_org", "ngo", "media",
    "person", "other",
)  # fmt: skip
# The entity label an actor of each type gets in `doc.ents` (spaCy's OntoNotes labels).
TYPE_LABELS: dict[str, str] = {"state": "GPE", "person": "PERSON"}
DEFAULT_LABEL = "ORG"
DATA_DIR = Path(str(files("analysis") / "data"))

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
        return TYPE_LABELS.get(self.actor_type, DEFAULT_LABEL)


@dataclass(frozen=True)
class Ambiguity:
    """One reading of an ambiguous acronym and the country whose articles select it."""

    acronym: str
    actor: str
    context_country: str
    is_default: bool


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """Return the rows of a UTF-8 CSV file as dicts of stripped strings."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def _path(path: str | Path | None, default: str) -> Path:
    return DATA_DIR / default if path is None else Path(path)


def read_actors(path: str | Path | None = None) -> dict[str, Actor]:
    """Read the gazetteer; return actors by canonical name, in file order.

    >>> read_actors()["Hay’at Tahrir al-Sham"].actor_type
    'armed_group'
    """
    actors: dict[str, Actor] = {}
    for row in read_rows(_path(path, "actors.csv")):
        if row["actor_type"] not in ACTOR_TYPES:
            raise ValueError(f"{row['actor']!r}: unknown actor_type {row['actor_type']!r}")
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        actors[row["actor"]] = Actor(row["actor"], row["actor_type"], aliases, row["country"])
    return actors


def read_mapping(path: str | Path | None, default: str, key: str, value: str) -> dict[str, str]:
    """Read a two-column table as a dict (`key` column -> `value` column)."""
    return {row[key]: row[value] for row in read_rows(_path(path, default)) if row[key]}


def read_ambiguous_acronyms(path: str | Path | None = None) -> dict[str, list[Ambiguity]]:
    """Read the ambiguous acronyms: acronym -> its readings."""
    readings: dict[str, list[Ambiguity]] = {}
    for row in read_rows(_path(path, "ambiguous_acronyms.csv")):
        reading = Ambiguity(
            row["acronym"], row["actor"], row["context_country"], row["default"].lower() == "yes"
        )
        readings.setdefault(reading.acronym, []).append(reading)
    return readings


def read_column(path: str | Path | None, default: str, column: str) -> list[str]:
    """Read one column of a table as a list, in file order."""
    return [row[column] for row in read_rows(_path(path, default)) if row[column]]


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


@functools.cache
def reporting_verbs() -> dict[str, bool]:
    """Lemmas that introduce speech (`reporting_verbs.csv`) -> whether they are speech only.

    Speech-only verbs ("say", "tell") make quotes, not events; the others ("accuse",
    "deny", "vow") are both.
    """
    return {
        row["verb"]: row["speech_only"].lower() == "yes"
        for row in read_rows(DATA_DIR / "reporting_verbs.csv")
    }


@functools.cache
def title_words() -> frozenset[str]:
    """Lower-case words of the titles in `titles.csv` ("minister", "president", ...)."""
    return frozenset(
        word.lower() for title in read_column(None, "titles.csv", "title") for word in title.split()
    )
