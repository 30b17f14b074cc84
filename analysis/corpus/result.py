"""The result of a run: the documents table, one table per requested extractor, stats.

`CorpusResult.write` writes the whole set as one unit (`analysis.corpus.tableset`): every
file goes to a staging folder first, then all are moved into place and ``manifest.json``
is written last. With casualties, the set also holds the corpus's `incidents` and
`incident_links` (`analysis.link_incidents`, computed once, when first asked for). CSV
copies are made safe to open in a spreadsheet (`csv_safe`); the Parquet files keep every
value as it is.
"""

import itertools
import re
import warnings
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.corpus.documents import iter_documents
from analysis.corpus.tableset import write_table_set
from analysis.extract.registry import get_table, table_names
from analysis.incidents import link_incidents

LINKED_TABLES = ("incidents", "incident_links")

# OWASP, "CSV Injection": a cell starting with one of these is a formula in a spreadsheet.
FORMULA_START = re.compile(r"^[=+\-@\t\r]")
# Bidirectional overrides, embeddings and isolates (and the marks): they reorder what a
# CSV shows in an editor or a spreadsheet ("Trojan Source"); U+FFFD keeps lengths.
BIDI_CONTROLS = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells are inert in a spreadsheet, for CSV output only.

    A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading single quote (OWASP's advice against CSV injection), and bidirectional control
    characters become U+FFFD. Numbers, and every Parquet file, keep their values.

    >>> csv_safe(pd.DataFrame({"t": ["=1+1", "-5 dead", "@x", "ok"]}))["t"].tolist()
    ["'=1+1", "'-5 dead", "'@x", 'ok']
    """
    safe = frame.copy(deep=False)
    for column in safe.columns:
        values = safe[column]
        if isinstance(values.dtype, pd.StringDtype) or values.dtype == object:
            safe[column] = values.map(_safe_cell, na_action="ignore")
    return safe


def _safe_cell(value: object) -> object:
    if not isinstance(value, str):
        return value
    value = BIDI_CONTROLS.sub("\ufffd", value)
    return "'" + value if FORMULA_START.match(value) else value


@dataclass(frozen=True)
class CorpusStats:
    """What a `process_corpus` run did.

    `parsed` documents went through spaCy and `extracted` ones through the extractors;
    `from_cache` were not parsed because their tables (`tables_from_cache`) or their parse
    were cached; `cache_rebuilt` cache files were damaged and redone.
    """

    documents: int
    ok: int
    errors: int
    parsed: int
    extracted: int
    from_cache: int
    tables_from_cache: int
    cache_rebuilt: int


@dataclass(repr=False)
class CorpusResult:
    """The tables of a processed corpus, each with a `doc_id` column.

    `documents` has one row per input document (status, error, `n_chars` and one
    `n_<table>` row count per requested table). Every registered table is an attribute
    (``result.actors``, ``result.casualties``, ...): one row per extracted item, or no rows
    (with the table's full schema) when it was not requested.
    """

    documents: pd.DataFrame
    extracted: dict[str, pd.DataFrame]
    stats: CorpusStats
    partition_starts: tuple[int, ...] = ()  # `documents` row of each dask partition

    @property
    def tables(self) -> tuple[str, ...]:
        """The requested tables, in registry order."""
        return tuple(self.extracted)

    def __getattr__(self, name: str) -> pd.DataFrame:
        """A table by name: extracted, or empty with its schema when not requested."""
        extracted = self.__dict__.get("extracted", {})
        if name in extracted:
            return extracted[name]
        if name in table_names():
            empty = get_table(name).empty()
            empty.insert(0, "doc_id", pd.Series([], dtype="str"))
            return empty
        raise AttributeError(f"{type(self).__name__} has no table {name!r}")

    def frames(self) -> dict[str, pd.DataFrame]:
        """Return {name: table} for `documents` and the requested tables."""
        return {"documents": self.documents} | dict(self.extracted)

    @cached_property
    def _linked(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return link_incidents(self.casualties, documents_with_published(self.documents))

    @property
    def incidents(self) -> pd.DataFrame:
        """One row per incident across the corpus (`analysis.link_incidents`).

        Computed from the casualty table and the documents' publication dates on first
        use; empty (with its columns) when casualties were not extracted.
        """
        return self._linked[0]

    @property
    def incident_links(self) -> pd.DataFrame:
        """One row per casualty figure: its incident and the reason (`link_incidents`)."""
        return self._linked[1]

    def linked_frames(self) -> dict[str, pd.DataFrame]:
        """Return {"incidents": ..., "incident_links": ...}, or {} without casualties."""
        if "casualties" not in self.extracted:
            return {}
        return {"incidents": self.incidents, "incident_links": self.incident_links}

    def write(self, out_dir: str | Path, *, csv: bool = True, incidents: bool = True) -> list[Path]:
        """Write every table as Parquet (and CSV) into `out_dir`, as one set; return the paths.

        With casualties (and `incidents` true) the set also holds ``incidents`` and
        ``incident_links``, one Parquet file each (never partitioned: an incident spans
        documents).

        All files are staged and moved into place together, with ``manifest.json`` last
        (see `analysis.corpus.tableset`): a killed or failed write leaves the previous set.
        A dask result is written as partitioned Parquet datasets (``actors/part-00000.parquet``,
        ...), one part per dask partition; read one back with
        ``pd.read_parquet(out_dir / "actors")``. CSV files go through `csv_safe`.

        Raises:
            OSError: the set could not be written (a full disk); the previous set is unchanged.
        """
        writers = {}
        for name, frame in self.frames().items():
            if self.partition_starts:
                writers[name] = partial(_write_dataset, frame, self._edges(name, frame))
            else:
                writers[f"{name}.parquet"] = partial(_write_parquet, frame)
            if csv:
                writers[f"{name}.csv"] = partial(_write_csv, frame)
        for name, frame in (self.linked_frames() if incidents else {}).items():
            writers[f"{name}.parquet"] = partial(_write_parquet, frame)
            if csv:
                writers[f"{name}.csv"] = partial(_write_csv, frame)
        return write_table_set(Path(out_dir), writers)

    def _edges(self, name: str, frame: pd.DataFrame) -> list[int]:
        """Return the row where each dask partition of a table starts, then its length.

        Tables are in document order and `documents` counts each document's rows, so a
        partition starts after the rows of all documents before its first one.
        """
        starts = np.array(self.partition_starts, dtype=int)
        if name != "documents":
            rows_before = np.cumsum([0, *self.documents[f"n_{name}"].fillna(0).astype(int)])
            starts = rows_before[starts]
        return [*starts.tolist(), len(frame)]

    def __repr__(self) -> str:
        """Summarise the tables' sizes."""
        sizes = ", ".join(f"{name}={len(frame)}" for name, frame in self.frames().items())
        return f"CorpusResult({sizes})"


def documents_with_published(documents: pd.DataFrame) -> pd.DataFrame:
    """`documents` with each document's `published` metadata, read again where missing.

    The run's documents table keeps no publication date, which the incidents need (to
    date figures without date words, to order a source's updates, for first and last
    report), so the metadata of each input file (sidecar, JSONL/CSV column, page
    metadata) is read again, matched by path and record. A file gone since the run
    leaves its documents undated.
    """
    if "published" in documents or "path" not in documents or documents.empty:
        return documents
    dates: dict[tuple[str, int | None], object] = {}
    for path in documents["path"].dropna().astype(str).unique():
        if not Path(path).is_file():
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                for row in iter_documents(path):
                    dates[(str(row["path"]), _record(row.get("record")))] = row.get("published")
            except (OSError, ValueError):
                continue
    keys = zip(documents["path"].astype(str), documents["record"], strict=True)
    return documents.assign(published=[dates.get((p, _record(r))) for p, r in keys])


def _record(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame.to_parquet(path, index=False)


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    # CRLF line ends (RFC 4180): with "\n" alone, the csv module leaves a field holding a
    # bare "\r" unquoted, and a reader splits the record there.
    csv_safe(frame).to_csv(path, index=False, lineterminator="\r\n")


def _write_dataset(frame: pd.DataFrame, edges: list[int], folder: Path) -> None:
    """Write rows ``edges[i]:edges[i+1]`` of `frame` as ``folder/part-0000i.parquet``.

    All parts share the table's schema.
    """
    table = pa.Table.from_pandas(frame, preserve_index=False)
    folder.mkdir()
    for number, (start, stop) in enumerate(itertools.pairwise(edges)):
        pq.write_table(table.slice(start, stop - start), folder / f"part-{number:05d}.parquet")
