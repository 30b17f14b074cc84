"""What a run gathers: each document's outcome and rows, merged into one frame per table.

Rows, extracted or read from the table cache, never become per-document frames: their
column values are appended to plain lists, and every `CONSOLIDATE_EVERY` documents those
lists become one frame per table, so memory holds typed columns, not Python values. The
same holds for what is kept of each document (`DocumentColumns`) and its row counts
(integer arrays, not a dict per document): on a corpus of one-paragraph articles these
per-document Python objects were as big as the tables themselves.
"""

import json
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray

from analysis.corpus.cache import CacheStats
from analysis.tables import STR_DTYPE, TableRows, columns_frame

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONSOLIDATE_EVERY = 256  # documents
# Chunks of one table are merged `MERGE_FAN` at a time (8 chunks of 256 documents become
# one of 2,048, eight of those one of 16,384, ...): each chunk is a DataFrame whose pandas
# and Arrow objects cost about 35 KB whatever its size, as much as its rows on a corpus of
# short articles, while a row is copied only once per level (log8 of the chunks).
MERGE_FAN = 8


def rows_frame(rows: TableRows) -> pd.DataFrame:
    """Build the DataFrame that `rows` describe."""
    return columns_frame(
        dict(zip(rows["columns"], rows["data"], strict=True)),
        dict(zip(rows["columns"], rows["dtypes"], strict=True)),
    )


class Item(NamedTuple):
    """One ok document to parse: its position in the input, id and cleaned text.

    With what cleaning took off the body that the extractors still need: the dateline
    ("JOS, Nigeria", where a story happened when its body names no town) and the ISO
    publication date (what "on Sunday" counts back from).
    """

    pos: int
    doc_id: str
    text: str
    dateline: str | None = None
    published: str | None = None

    @property
    def context(self) -> str:
        """The dateline and date as one string for the cache keys ("" without either).

        >>> Item(0, "a", "Text.").context, Item(0, "a", "Text.", "JOS, Nigeria").context
        ('', '["JOS, Nigeria", null]')
        """
        if self.dateline is None and self.published is None:
            return ""
        return json.dumps([self.dateline, self.published], ensure_ascii=False)


@dataclass
class Collected:
    """Outcomes and extracted rows of a set of documents; mergeable across workers.

    Rows, extracted or read from the table cache, never become per-document frames: their
    column values are appended to plain lists (one set per table and schema). Every
    `CONSOLIDATE_EVERY` documents those lists become one frame per table, kept in chunks of
    (input position of each row, frame), so memory holds typed columns, not Python values.
    """

    count_positions: array = field(default_factory=lambda: array("q"))
    row_counts: dict[str, array] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)
    chunks: dict[str, list[tuple[np.ndarray, pd.DataFrame]]] = field(default_factory=dict)
    levels: dict[str, list[int]] = field(default_factory=dict)
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
        self.count_positions.append(pos)
        for table, rows in tables.items():
            n_rows = len(rows["data"][0]) if rows["data"] else 0
            self.row_counts.setdefault(table, array("q")).append(n_rows)
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
        if len(self.count_positions) % CONSOLIDATE_EVERY == 0:
            self.consolidate()

    def counts(self, table: str, n_documents: int) -> pd.Series:
        """Rows of `table` per input position ``0..n_documents-1`` (Int64; NA: not extracted)."""
        counts = pd.array(np.full(n_documents, pd.NA), dtype="Int64")
        if self.count_positions:
            positions = np.frombuffer(self.count_positions, dtype=np.int64)
            counts[positions] = np.frombuffer(self.row_counts[table], dtype=np.int64)
        return pd.Series(counts)

    def fail(self, pos: int, error: str) -> None:
        """Record that document `pos` could not be processed."""
        self.errors[pos] = error

    def consolidate(self) -> None:
        """Turn the gathered column values into one frame (a chunk) per table and schema."""
        for (table, _, _), (positions, rows) in self.gathered.items():
            self._add_chunk(table, (np.array(positions), rows_frame(rows)))
        self.gathered = {}

    def _add_chunk(self, table: str, chunk: tuple[np.ndarray, pd.DataFrame]) -> None:
        """Append a level-0 chunk; merge the last `MERGE_FAN` chunks while they share a level."""
        chunks, levels = self.chunks.setdefault(table, []), self.levels.setdefault(table, [])
        chunks.append(chunk)
        levels.append(0)
        while len(levels) >= MERGE_FAN and len(set(levels[-MERGE_FAN:])) == 1:
            merged = _merge_chunks(chunks[-MERGE_FAN:])
            level = levels[-1] + 1
            del chunks[-MERGE_FAN:], levels[-MERGE_FAN:]
            chunks.append(merged)
            levels.append(level)

    def merge(self, other: "Collected") -> None:
        """Take in the results of another set of documents (a dask partition)."""
        other.consolidate()
        self.consolidate()
        self.count_positions.extend(other.count_positions)
        for table, counts in other.row_counts.items():
            self.row_counts.setdefault(table, array("q")).extend(counts)
        self.errors.update(other.errors)
        for table, chunks in other.chunks.items():
            for chunk in chunks:
                self._add_chunk(table, chunk)
        for table, template in other.templates.items():
            self.templates.setdefault(table, template)
        for name in ("hits", "misses", "stored", "rebuilt", "table_hits"):
            setattr(self.cache, name, getattr(self.cache, name) + getattr(other.cache, name))
        self.parsed += other.parsed
        self.extracted += other.extracted

    def take_table(self, name: str, doc_ids: np.ndarray, empty: pd.DataFrame) -> pd.DataFrame:
        """Return the rows of table `name` in input order, with `doc_id` first.

        The table's chunks are handed over (a second call finds none), so that building
        the tables one after another never holds a table twice. Rows already in input
        order (a local run) are not copied again into that order. A table without rows is
        `empty` (its full schema) with a `doc_id` column.
        """
        self.consolidate()
        chunks = self.chunks.pop(name, [])
        self.levels.pop(name, None)
        if not chunks:
            rows = empty.drop(columns="doc_id", errors="ignore")
            rows.insert(0, "doc_id", pd.Series([], dtype="str"))
            return rows
        positions, rows = _merge_chunks(chunks)
        del chunks
        if np.any(positions[1:] < positions[:-1]):
            order = np.argsort(positions, kind="stable")
            rows, positions = rows.iloc[order].reset_index(drop=True), positions[order]
        rows = rows.drop(columns="doc_id", errors="ignore")
        rows.insert(0, "doc_id", pd.array(doc_ids[positions], dtype="str"))
        return rows


def _merge_chunks(chunks: list[tuple[np.ndarray, pd.DataFrame]]) -> tuple[np.ndarray, pd.DataFrame]:
    """One chunk of `chunks`' rows, in their order; Arrow string columns made contiguous.

    `pd.concat` keeps Arrow strings as a list of the chunks' arrays; combining them
    frees the small per-chunk buffers.
    """
    if len(chunks) == 1:
        return chunks[0]
    positions = np.concatenate([positions for positions, _ in chunks])
    rows = pd.concat([rows for _, rows in chunks], ignore_index=True)
    for column in rows.columns:
        values = rows[column].array
        if isinstance(values, ArrowStringArray):
            combined = pa.chunked_array(pa.array(values)).combine_chunks()
            rows[column] = ArrowStringArray(combined, dtype=values.dtype)
    return positions, rows


class DocumentColumns:
    """Column values of one row per document, kept as Arrow strings where they are strings.

    Values are appended row by row to lists; every `CONSOLIDATE_EVERY` rows a column whose
    values are all `str` or None becomes an Arrow array. `frame` gives the same DataFrame
    as ``pd.DataFrame(rows, columns=columns)`` would: pandas infers each column's dtype
    from the Python values, so a column that is not all strings (or all None) is handed
    back to pandas as Python values.
    """

    def __init__(self, columns: Sequence[str]) -> None:
        """Start empty, with `columns` in this order."""
        self.columns = tuple(columns)
        self.chunks: list[list[pa.Array | list]] = [[] for _ in self.columns]
        self.pending: list[list] = [[] for _ in self.columns]
        self.length = 0

    def append(self, row: Sequence) -> None:
        """Add one row: its values in the order of `columns`."""
        for values, value in zip(self.pending, row, strict=True):
            values.append(value)
        self.length += 1
        if self.length % CONSOLIDATE_EVERY == 0:
            self._consolidate()

    def column(self, name: str) -> list:
        """The Python values of column `name`, in row order."""
        self._consolidate()
        chunks = self.chunks[self.columns.index(name)]
        return [
            v for chunk in chunks for v in (chunk if isinstance(chunk, list) else chunk.to_pylist())
        ]

    def frame(self) -> pd.DataFrame:
        """Return the rows as a DataFrame (see the class docstring for the dtypes)."""
        self._consolidate()
        built = {}
        for name, chunks in zip(self.columns, self.chunks, strict=True):
            arrow = all(isinstance(chunk, pa.Array) for chunk in chunks)
            if arrow and any(chunk.null_count < len(chunk) for chunk in chunks):
                strings = pa.chunked_array(chunks, type=pa.large_string()).combine_chunks()
                built[name] = ArrowStringArray(strings, dtype=STR_DTYPE)
            else:
                built[name] = self.column(name)
        return pd.DataFrame(built, columns=list(self.columns))

    def _consolidate(self) -> None:
        for chunks, values in zip(self.chunks, self.pending, strict=True):
            if not values:
                continue
            if STR_DTYPE.storage == "pyarrow" and all(v is None or type(v) is str for v in values):
                chunks.append(pa.array(values, type=pa.large_string()))
            else:
                chunks.append(values)
        self.pending = [[] for _ in self.columns]
