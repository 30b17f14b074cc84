"""The result of a run: the documents table, one table per requested extractor, stats.

`CorpusResult.write` writes the whole set as one unit: every file goes to a staging
folder first, and each is renamed into place only when all are written.
"""

import itertools
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.atomic import atomic_path
from analysis.extract.registry import get_table, table_names

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

    def write(self, out_dir: str | Path, *, csv: bool = True) -> list[Path]:
        """Write every table as Parquet (and CSV) into `out_dir`; return the paths written.

        Each file is written to a temporary name and renamed into place. A dask result is
        written as partitioned Parquet datasets (``actors/part-00000.parquet``, ...), one
        part per dask partition; read one back with ``pd.read_parquet(out_dir / "actors")``.
        """
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in self.frames().items():
            if self.partition_starts:
                table = pa.Table.from_pandas(frame, preserve_index=False)
                written.append(_write_dataset(table, self._edges(name, frame), out / name))
            else:
                with atomic_path(out / f"{name}.parquet") as tmp:
                    frame.to_parquet(tmp, index=False)
                written.append(out / f"{name}.parquet")
            if csv:
                with atomic_path(out / f"{name}.csv") as tmp:
                    frame.to_csv(tmp, index=False)
                written.append(out / f"{name}.csv")
        return written

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


def _write_dataset(table: pa.Table, edges: list[int], folder: Path) -> Path:
    """Write rows ``edges[i]:edges[i+1]`` of `table` as ``folder/part-0000i.parquet``.

    All parts share the table's schema. They are written into a staging folder that is
    renamed into place at the end, so a reader never sees a half-written dataset.
    """
    staging = folder.with_name(f".{folder.name}.{os.getpid()}.staging")
    staging.mkdir()
    for number, (start, stop) in enumerate(itertools.pairwise(edges)):
        pq.write_table(table.slice(start, stop - start), staging / f"part-{number:05d}.parquet")
    if folder.exists():
        retired = folder.with_name(f".{folder.name}.{os.getpid()}.old")
        folder.replace(retired)
        staging.replace(folder)
        for old in retired.iterdir():
            old.unlink()
        retired.rmdir()
    else:
        staging.replace(folder)
    return folder
