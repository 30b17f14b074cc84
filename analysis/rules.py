"""The rule tables: every word list and gazetteer, read once from `analysis/data/`.

Each table is a CSV in `analysis/data/`; a user extends one by passing a CSV with the same
columns (`RuleSet`): the user's rows are added after the packaged ones, and a user row
whose key (the first column) is already there replaces the packaged row. A user file is
checked before anything runs, and a problem is a `RuleFileError` naming the file, the row
(the line number as a spreadsheet shows it) and the column.

Tables (columns; what they hold):

- `actors`: `actor,actor_type,aliases,country,description,source`; aliases separated by
  ``|``; `source` is "UCDP 22.1" for rows built from the UCDP Actor Dataset, else "project".
- `actor_types`: `actor_type,entity_label,display,palette`; the types, in display order.
- `demonyms`: `demonym,country`; `capitals`: `capital,country`; `places`: `place,country`.
- `state_nouns`: `noun,actor_type`; "{demonym} {noun}" is the state or its forces.
- `ambiguous_names`: `name,actor,context_country,requires`; short names that are also words
  or places, read as `actor` only in articles about `context_country` (`requires` country),
  only in capitals (uppercase), or both.
- `organization_keywords`: `keyword,actor_type`; `titles`: `title`; `marks`: `kind,mark`.
- `place_words`: `word,kind`; directions ("east of"), features ("X prison", "border with")
  and prepositions ("above") that make the name next to them a place, never an actor;
  streets ("Waltham Park Road", "Mavivi Estate"): a name that ends in one is a place;
  generic words ("central", "nord") that name no province alone; verbs of motion ("fled
  from", "spread to") and verbs whose object is a place ("raided", "stormed"); words that
  open a place's name ("Barangay X", "Rua X"); verbs whose subject is a place ("Mexico
  recorded", "Haiti has seen") and statistics a place owns ("Jamaica's murder rate");
  land, violence, scenes, destinations, parts and place nouns (see `parse/place_clues.py`);
  roads, gatherings, movers, sides, geography, shelter, travel, mediation and accord words.
- `generic_actors`: `noun,actor_type,canonical`; "gunmen", "police": a category per country.
- `reporting_verbs`: `verb,speech_only,quote_cue,toll_source`.
- `locative_prepositions`: `preposition,place_of_actor,strong,place_of_figure`.
- `casualty_terms`: `kind,term,outcome,note`; triggers, person nouns and cues of figures.

Nothing here runs spaCy; this module imports nothing else from the package.
"""

import csv
import functools
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

DATA_DIR = Path(str(files("analysis") / "data"))
YES = "yes"


class RuleFileError(ValueError):
    """A user rule file is missing, unreadable, or has a bad column or value."""


@dataclass(frozen=True)
class TableRule:
    """What a rule table must hold: its columns, which are required, allowed values."""

    columns: tuple[str, ...]
    required: tuple[str, ...]
    allowed: Mapping[str, tuple[str, ...]] | None = None


ACTOR_TYPES_FILE = "actor_types"
CASUALTY_KINDS: tuple[str, ...] = tuple("""
    trigger toll person person_suffix not_person part_cue lead_cue informant member_cue
    source_prep release update_cue fatal_cue counterfactual_cue period_cue conflict_anchor
    tally_verb additive_cue event_prep charge_prep scope_noun period_noun perpetrator
    care_verb earlier_cue report_noun raise_mark increment_noun restating_cue refuge_word
    cover_prep advice_verb cause_word
""".split())
OUTCOMES: tuple[str, ...] = (
    "killed", "wounded", "missing", "detained", "kidnapped", "displaced",
)  # fmt: skip
YES_NO = ("yes", "no", "")
AMBIGUITY_REQUIRES = ("country", "uppercase", "both")

TABLES: dict[str, TableRule] = {
    "actors": TableRule(
        ("actor", "actor_type", "aliases", "country", "description", "source"),
        ("actor", "actor_type"),
    ),
    "actor_types": TableRule(
        ("actor_type", "entity_label", "display", "palette"), ("actor_type", "entity_label")
    ),
    "demonyms": TableRule(("demonym", "country"), ("demonym", "country")),
    "capitals": TableRule(("capital", "country"), ("capital", "country")),
    "places": TableRule(("place", "country"), ("place", "country")),
    "state_nouns": TableRule(("noun", "actor_type"), ("noun", "actor_type")),
    "ambiguous_names": TableRule(
        ("name", "actor", "context_country", "requires"), ("name", "actor", "requires"),
        {"requires": AMBIGUITY_REQUIRES},
    ),
    "organization_keywords": TableRule(("keyword", "actor_type"), ("keyword", "actor_type")),
    "generic_actors": TableRule(
        ("noun", "actor_type", "canonical"), ("noun", "actor_type", "canonical")
    ),
    "titles": TableRule(("title",), ("title",)),
    "place_words": TableRule(
        ("word", "kind"),
        ("word", "kind"),
        {"kind": ("direction", "feature", "preposition", "street", "generic", "motion",
                  "place_verb", "opening", "place_subject", "statistic", "conflict", "landform",
                  "violence", "scene", "destination", "partitive", "place_noun", "convey", "way",
                  "gathering", "mover", "side", "geography", "shelter", "travel", "facility",
                  "office", "proximity", "produce", "mediation", "accord", "building",
                  "subdivision", "place_state", "restriction", "departure")},
    ),
    "reporting_verbs": TableRule(
        ("verb", "speech_only", "quote_cue", "toll_source"), ("verb",),
        {"speech_only": YES_NO, "quote_cue": YES_NO, "toll_source": YES_NO},
    ),
    "locative_prepositions": TableRule(
        ("preposition", "place_of_actor", "strong", "place_of_figure"), ("preposition",),
        {"place_of_actor": YES_NO, "strong": YES_NO, "place_of_figure": YES_NO},
    ),
    "marks": TableRule(("kind", "mark"), ("kind", "mark"), {"kind": ("possessive", "hyphen")}),
    "casualty_terms": TableRule(
        ("kind", "term", "outcome", "note"), ("kind", "term"),
        {"kind": CASUALTY_KINDS, "outcome": (*OUTCOMES, "")},
    ),
}  # fmt: skip
# Tables whose key may repeat (a term of several kinds, one acronym for several actors).
MULTI_ROW_TABLES = frozenset({"casualty_terms", "ambiguous_names", "marks"})
# Columns whose values must be an actor type from `actor_types.csv`.
ACTOR_TYPE_COLUMNS = {"actors": "actor_type", "generic_actors": "actor_type"}


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Return the header and rows of a UTF-8 CSV as stripped strings."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]
        return list(reader.fieldnames or []), rows


@functools.cache
def packaged_rows(table: str) -> tuple[dict[str, str], ...]:
    """The rows of the packaged table `table` (``analysis/data/<table>.csv``)."""
    return tuple(_read_csv(DATA_DIR / f"{table}.csv")[1])


def _problem(path: Path, line: int | None, column: str | None, message: str) -> RuleFileError:
    where = ", ".join(
        part for part in (str(path), line and f"row {line}", column and f"column {column!r}")
        if part
    )  # fmt: skip
    return RuleFileError(f"{where}: {message}")


def read_user_table(table: str, path: str | Path) -> tuple[dict[str, str], ...]:
    """Read and check a user's copy of rule table `table`.

    Raises:
        RuleFileError: the file cannot be read, lacks a required column, or a row has an
            empty required value or a value the table does not allow.
    """
    path = Path(path)
    rule = TABLES[table]
    try:
        header, rows = _read_csv(path)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise _problem(path, None, None, f"cannot read the {table} table ({error})") from None
    missing = [c for c in rule.required if c not in header]
    if missing:
        raise _problem(
            path, 1, missing[0],
            f"missing; a {table} table needs the columns {', '.join(rule.columns)}",
        )  # fmt: skip
    allowed = dict(rule.allowed or {})
    if table in ACTOR_TYPE_COLUMNS:
        allowed[ACTOR_TYPE_COLUMNS[table]] = actor_types()
    for line, row in enumerate(rows, start=2):
        for column in rule.required:
            if not row.get(column):
                raise _problem(path, line, column, "empty")
        for column, values in allowed.items():
            value = row.get(column, "").lower() if values is YES_NO else row.get(column, "")
            if column in row and value not in values:
                raise _problem(
                    path, line, column,
                    f"{row[column]!r} is not one of {', '.join(v for v in values if v)}",
                )  # fmt: skip
    return tuple({c: row.get(c, "") for c in rule.columns} for row in rows)


@dataclass(frozen=True)
class RuleSet:
    """The packaged rule tables, extended by user files: ``((table, path), ...)``.

    Hashable, so a pipeline and compiled matchers can be cached per rule set. `digests`
    holds the SHA-256 of each file's content when it was checked, so a file edited since
    makes a different rule set (never the rows cached for its old content). The empty
    RuleSet is the packaged rules.
    """

    user_files: tuple[tuple[str, str], ...] = ()
    digests: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """Take the files' digests now when they were not given."""
        if len(self.digests) != len(self.user_files):
            object.__setattr__(self, "digests", tuple(_file_digest(p) for _, p in self.user_files))

    @classmethod
    def from_files(
        cls,
        *,
        actors: str | Path | None = None,
        terms: str | Path | None = None,
        folder: str | Path | None = None,
    ) -> "RuleSet":
        """A rule set from an actors CSV, a casualty-terms CSV and/or a folder of tables.

        In `folder`, a file named like a packaged table (``actors.csv``,
        ``casualty_terms.csv``, ``places.csv``...) extends that table; other files are an
        error, so a misspelt name is not silently ignored. Every file is checked now.

        Raises:
            RuleFileError: a file or folder is missing, misnamed or malformed.
        """
        chosen: dict[str, Path] = {}
        if folder is not None:
            folder = Path(folder)
            if not folder.is_dir():
                raise RuleFileError(f"{folder}: no such rules folder")
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() != ".csv":
                    continue
                if path.stem not in TABLES:
                    raise RuleFileError(
                        f"{path}: not a rule table; name it after one of "
                        f"{', '.join(f'{t}.csv' for t in TABLES)}"
                    )
                chosen[path.stem] = path
        for table, path in (("actors", actors), ("casualty_terms", terms)):
            if path is not None:
                chosen[table] = Path(path)
        rule_set = cls()
        for table, path in chosen.items():
            rule_set = rule_set.with_file(table, path)
        return rule_set

    def with_file(self, table: str, path: str | Path) -> "RuleSet":
        """This rule set with `path` (checked now) extending `table` instead of any other file.

        Raises:
            RuleFileError: as `read_user_table`.
        """
        if table not in TABLES:
            raise RuleFileError(f"{path}: unknown rule table {table!r}")
        if not Path(path).is_file():
            raise RuleFileError(f"{path}: no such {table} file")
        read_user_table(table, path)
        files = {**dict(self.user_files), table: str(Path(path).resolve())}
        return RuleSet(tuple(sorted(files.items())))

    def rows(self, table: str) -> tuple[dict[str, str], ...]:
        """The rows of `table`: packaged, then the user's (replacing rows with their key)."""
        return _merged_rows(self, table)

    def fingerprint(self) -> dict[str, str]:
        """{table: SHA-256 of the user's file}: what a cache must be keyed by."""
        return {
            table: digest for (table, _), digest in zip(self.user_files, self.digests, strict=True)
        }

    def as_config(self) -> dict[str, str]:
        """{table: path}, the form spaCy component configs hold."""
        return dict(self.user_files)

    @classmethod
    def from_config(cls, config: Mapping[str, str] | None) -> "RuleSet":
        """Inverse of `as_config` (the files' digests are taken now)."""
        return cls(tuple(sorted((config or {}).items())))


def _file_digest(path: str | Path) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as error:
        raise RuleFileError(f"{path}: cannot read the rule file ({error})") from None


PACKAGED = RuleSet()


@functools.cache
def _merged_rows(rules: RuleSet, table: str) -> tuple[dict[str, str], ...]:
    rows = list(packaged_rows(table))
    for (user_table, path), digest in zip(rules.user_files, rules.digests, strict=True):
        if user_table != table:
            continue
        if _file_digest(path) != digest:
            raise RuleFileError(f"{path}: changed since it was checked; make the RuleSet again")
        extra = read_user_table(table, path)
        if table not in MULTI_ROW_TABLES:
            key = TABLES[table].columns[0]
            replaced = {row[key] for row in extra}
            rows = [row for row in rows if row.get(key) not in replaced]
        rows.extend(extra)
    return tuple(rows)


def _rules(rules: RuleSet | None) -> RuleSet:
    return PACKAGED if rules is None else rules


# --- lookups built from the tables -----------------------------------------------------


@functools.cache
def actor_types() -> tuple[str, ...]:
    """The actor types, in display order.

    >>> actor_types()[:3]
    ('state', 'state_forces', 'armed_group')
    """
    return tuple(row["actor_type"] for row in packaged_rows(ACTOR_TYPES_FILE))


@functools.cache
def actor_type_display() -> dict[str, str]:
    """Actor type -> the label a reader sees ("armed_group" -> "Armed group")."""
    return {row["actor_type"]: row["display"] for row in packaged_rows(ACTOR_TYPES_FILE)}


@functools.cache
def actor_type_labels() -> dict[str, str]:
    """Actor type -> the entity label its mentions get in `doc.ents`."""
    return {row["actor_type"]: row["entity_label"] for row in packaged_rows(ACTOR_TYPES_FILE)}


@functools.cache
def actor_type_palette() -> dict[str, int | str]:
    """Actor type -> an index into the house palette, or a hex colour.

    The eight Okabe-Ito colours go to the main types; the generic categories (militia,
    civilians, ...) get hex colours of their own; a type with neither is grey.
    """
    return {
        row["actor_type"]: row["palette"] if row["palette"].startswith("#") else int(row["palette"])
        for row in packaged_rows(ACTOR_TYPES_FILE)
        if row["palette"]
    }


def mapping(table: str, key: str, value: str, rules: RuleSet | None = None) -> dict[str, str]:
    """A two-column table as a dict (`key` column -> `value` column)."""
    return {row[key]: row[value] for row in _rules(rules).rows(table) if row[key]}


def column(table: str, name: str, rules: RuleSet | None = None) -> list[str]:
    """One column of a table, in file order."""
    return [row[name] for row in _rules(rules).rows(table) if row[name]]


def flagged(table: str, key: str, flag: str, rules: RuleSet | None = None) -> frozenset[str]:
    """The `key` values of rows whose `flag` column says yes.

    >>> sorted(flagged("locative_prepositions", "preposition", "strong"))[:3]
    ['across', 'across from', 'around']
    """
    return frozenset(
        row[key].lower() for row in _rules(rules).rows(table) if row[flag].lower() == YES
    )


def of_kind(table: str, key: str, *kinds: str, rules: RuleSet | None = None) -> frozenset[str]:
    """The `key` values of rows whose `kind` column is one of `kinds`.

    >>> {"flee", "abduct"} <= of_kind("place_words", "word", "motion")
    True
    """
    return frozenset(
        row[key] for row in _rules(rules).rows(table) if row[key] and row["kind"] in kinds
    )


@functools.cache
def reporting_verbs(rules: RuleSet = PACKAGED) -> dict[str, bool]:
    """Lemmas that introduce a quote -> whether they are speech only ("say": True).

    Speech-only verbs make quotes, not events; the others ("accuse", "vow") are both.
    """
    return {
        row["verb"]: row["speech_only"].lower() == YES
        for row in rules.rows("reporting_verbs")
        if row["quote_cue"].lower() != "no"
    }


@functools.cache
def title_words(rules: RuleSet = PACKAGED) -> frozenset[str]:
    """Lower-case words of the titles ("minister", "president", ...)."""
    return frozenset(word.lower() for t in column("titles", "title", rules) for word in t.split())


@functools.cache
def marks(kind: str) -> frozenset[str]:
    """The marks of one kind: "possessive" endings ("’s", "'s") or "hyphen" characters."""
    return frozenset(row["mark"] for row in packaged_rows("marks") if row["kind"] == kind)
