"""The extractor contract: every table declared once, in one registry.

A table is a `Table`: its name, the model pipes it needs, its columns with their dtypes,
and a function from a parsed Doc (and the rule set) to its rows as column values. Each
extractor module registers its table when imported (``TABLE = register(Table(...))``);
`process_corpus`, the CLI's ``--tables`` choices, the parse cache and
`CorpusResult.write` all read this registry, so adding a table is one new module and one
import line in `analysis/extract/__init__.py`.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Doc

from analysis.rules import RuleSet
from analysis.tables import columns_frame

RowFunction = Callable[[Doc, RuleSet], dict[str, list]]


class UnknownTableError(ValueError):
    """A requested table is not a registered one."""


@dataclass(frozen=True)
class Table:
    """One extracted table: `name`, the `pipes` it needs, its `dtypes` and its `rows`.

    `rows(doc, rules)` returns {column: values} for exactly the columns of `dtypes`, with
    character offsets (`start`, `end`) into the Doc's text for every row.
    """

    name: str
    pipes: tuple[str, ...]
    dtypes: Mapping[str, str]
    rows: RowFunction

    @property
    def columns(self) -> tuple[str, ...]:
        """The table's columns, in order."""
        return tuple(self.dtypes)

    def frame(self, doc: Doc, rules: RuleSet | None = None) -> pd.DataFrame:
        """The table of one parsed Doc."""
        return columns_frame(self.rows(doc, rules or RuleSet()), self.dtypes)

    def empty(self) -> pd.DataFrame:
        """The table with no rows, with its full schema."""
        return columns_frame({column: [] for column in self.dtypes}, self.dtypes)


_REGISTRY: dict[str, Table] = {}


def register(table: Table) -> Table:
    """Add `table` to the registry (replacing a table of the same name); return it."""
    if "start" not in table.dtypes or "end" not in table.dtypes:
        raise ValueError(f"table {table.name!r} needs start and end offset columns")
    _REGISTRY[table.name] = table
    return table


def unregister(name: str) -> None:
    """Remove a table from the registry (for tests and plugins)."""
    _REGISTRY.pop(name, None)


def table_names() -> tuple[str, ...]:
    """The registered tables, in registration order."""
    return tuple(_REGISTRY)


def get_table(name: str) -> Table:
    """The registered table called `name`."""
    return _REGISTRY[check_tables([name])[0]]


def check_tables(tables: str | Iterable[str]) -> tuple[str, ...]:
    """Return `tables` in registration order, without repeats.

    Raises:
        UnknownTableError: a name is not registered; the message lists the choices.

    >>> check_tables(["casualties", "actors", "actors"])
    ('actors', 'casualties')
    """
    names = [tables] if isinstance(tables, str) else list(tables)
    unknown = [name for name in names if name not in _REGISTRY]
    if unknown or not names:
        problem = f"unknown table {', '.join(map(repr, unknown))}" if unknown else "no tables"
        raise UnknownTableError(f"{problem}: choose from {', '.join(_REGISTRY)}")
    return tuple(name for name in _REGISTRY if name in names)


def required_pipes(tables: Iterable[str]) -> tuple[str, ...]:
    """The model pipes that `tables` need, sorted (without the pipes those depend on)."""
    return tuple(sorted({pipe for name in check_tables(tables) for pipe in _REGISTRY[name].pipes}))
