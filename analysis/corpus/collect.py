"""What a run gathers: each document's outcome and rows, merged into one frame per table.

Rows, extracted or read from the table cache, never become per-document frames: their
column values are appended to plain lists, and every `CONSOLIDATE_EVERY` documents those
lists become one frame per table, so memory holds typed columns, not Python values.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from analysis.corpus.cache import CacheStats
from analysis.tables import TableRows, columns_frame

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONSOLIDATE_EVERY = 256  # documents


def rows_frame(rows: TableRows) -> pd.DataFrame:
    """Build the DataFrame that `rows` describe."""
    return columns_frame(
        dict(zip(rows["columns"], rows["data"], strict=True)),
        dict(zip(rows["columns"], rows["dtypes"], strict=True)),
    )


class Item(NamedTuple):
    """One ok document to parse: its position in the input, id and cleaned text."""

    pos: int
    doc_id: str
    text: str


@dataclass
class Collected:
    """Outcomes and extracted rows of a set of documents; mergeable across workers.

    Rows, extracted or read from the table cache, never become per-document frames: their
    column values are appended to plain lists (one set per table and schema). Every
    `CONSOLIDATE_EVERY` documents those lists become one frame per table, kept in chunks of
    (input position of each row, frame), so memory holds typed columns, not Python values.
    """

    counts: dict[int, dict[str, int]] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)
    chunks: dict[str, list[tuple[np.ndarray, pd.DataFrame]]] = field(default_factory=dict)
    templates: dict[str, pd.DataFrame] = field(default_factory=dict)
    gathered: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[list[int], TableRows]] = (
        field(default_factory=dict)
    )
    cache: CacheStats = field(default_factory=CacheStats)
    parsed: int = 0
    extracted: int = 0

    def extract(
        self, pos: int, doc: "Doc", extractors: dict[str, "Callable[[Doc], TableRows]"]
    ) -> dict[str, TableRows] | None:
        """Run every extractor on `doc` and keep the rows; return them, or None on failure.

        Any exception becomes this document's error and none of its rows are kept.
        """
        tables = {}
        for table, extract in extractors.items():
            try:
                tables[table] = extract(doc)
            except Exception as error:  # one bad document must not stop the corpus
                self.fail(pos, f"{table} extractor failed: {type(error).__name__}: {error}")
                return None
        self.extracted += 1
        self.add(pos, tables)
        return tables

    def add(self, pos: int, tables: dict[str, TableRows]) -> None:
        """Keep the rows of document `pos` (extracted or from the table cache)."""
        counts = {}
        for table, rows in tables.items():
            n_rows = len(rows["data"][0]) if rows["data"] else 0
            counts[table] = n_rows
            if table not in self.templates:
                self.templates[table] = rows_frame({**rows, "data": [[] for _ in rows["data"]]})
            if n_rows:
                schema = (table, tuple(rows["columns"]), tuple(rows["dtypes"]))
                positions, gathered = self.gathered.setdefault(
                    schema, ([], {**rows, "data": [[] for _ in rows["data"]]})
                )
                positions.extend([pos] * n_rows)
                for values, more in zip(gathered["data"], rows["data"], strict=True):
                    values.extend(more)
        self.counts[pos] = counts
        if len(self.counts) % CONSOLIDATE_EVERY == 0:
            self.consolidate()

    def fail(self, pos: int, error: str) -> None:
        """Record that document `pos` could not be processed."""
        self.errors[pos] = error

    def consolidate(self) -> None:
        """Turn the gathered column values into one frame (a chunk) per table and schema."""
        for (table, _, _), (positions, rows) in self.gathered.items():
            self.chunks.setdefault(table, []).append((np.array(positions), rows_frame(rows)))
        self.gathered = {}

    def merge(self, other: "Collected") -> None:
        """Take in the results of another set of documents (a dask partition)."""
        other.consolidate()
        self.consolidate()
        self.counts.update(other.counts)
        self.errors.update(other.errors)
        for table, chunks in other.chunks.items():
            self.chunks.setdefault(table, []).extend(chunks)
        for table, template in other.templates.items():
            self.templates.setdefault(table, template)
        for name in ("hits", "misses", "stored", "rebuilt", "table_hits"):
            setattr(self.cache, name, getattr(self.cache, name) + getattr(other.cache, name))
        self.parsed += other.parsed
        self.extracted += other.extracted

    def table(self, name: str, doc_ids: np.ndarray, empty: pd.DataFrame) -> pd.DataFrame:
        """Return the rows of table `name` in input order, with `doc_id` first.

        A table without rows is `empty` (its full schema) with a `doc_id` column.
        """
        self.consolidate()
        chunks = self.chunks.get(name, [])
        if not chunks:
            rows = empty.drop(columns="doc_id", errors="ignore")
            rows.insert(0, "doc_id", pd.Series([], dtype="str"))
            return rows
        positions = np.concatenate([positions for positions, _ in chunks])
        rows = pd.concat([rows for _, rows in chunks], ignore_index=True)
        order = np.argsort(positions, kind="stable")
        rows = rows.iloc[order].reset_index(drop=True).drop(columns="doc_id", errors="ignore")
        rows.insert(0, "doc_id", pd.array(doc_ids[positions[order]], dtype="str"))
        return rows
