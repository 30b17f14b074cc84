"""Process a whole corpus: one `nlp.pipe` pass, every requested extractor on each Doc.

`process_corpus` takes a folder, a file or a `load_corpus` table, parses the ok documents
in one streamed `nlp.pipe` pass (over several processes with `n_process`, or on a
`dask.distributed` cluster with ``engine="dask"``), reuses parses and extracted rows from
a `ParseCache`, runs only the pipes the requested tables need, and returns a `CorpusResult`.

Every input row comes back in `CorpusResult.documents`: rows that `load_corpus` marked
empty or error keep their status and error; a document whose text is too long, whose
parse fails or whose extractor raises becomes an "error" row naming the cause, with no
rows in the tables; nothing stops the rest of the corpus.
"""

import functools
import itertools
import math
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Literal, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import spacy.util
from spacy.language import Language
from spacy.tokens import Doc

# Plain tqdm, not tqdm.auto: the notebook flavour needs ipywidgets (not a dependency) and
# warns on import in every kernel without it.
from tqdm import tqdm

from analysis import actors, casualties, events, quotes
from analysis.annotations import columns_frame
from analysis.atomic import atomic_path
from analysis.cache import CacheStats, ParseCache, TableRows, pipeline_fingerprint
from analysis.load import load_corpus
from analysis.nlp import load_nlp, model_name

if TYPE_CHECKING:
    from distributed import Client

TABLES: tuple[str, ...] = ("actors", "quotes", "events", "casualties")
# Each table's module (with its `REQUIRED_PIPES` and `DTYPES`), its public extractor, and the
# same table as column values ({column: values}), which `process_corpus` gathers across
# documents to build each table once.
EXTRACTORS: dict[str, tuple[ModuleType, Callable[[Doc], pd.DataFrame], Callable[[Doc], dict]]] = {
    "actors": (actors, actors.extract_actors, actors.actor_rows),
    "quotes": (quotes, quotes.extract_quotes, quotes.quote_rows),
    "events": (events, events.extract_events, events.event_rows),
    "casualties": (casualties, casualties.extract_casualties, casualties.casualty_rows),
}
# Pipes that others read from in spaCy's English pipelines: the tagger and parser listen to
# the shared tok2vec, the attribute ruler maps the tagger's tags to POS, and the rule
# lemmatizer needs POS. Listeners of other models are also found at load time.
PIPE_DEPENDENCIES: dict[str, tuple[str, ...]] = {
    "tagger": ("tok2vec",),
    "parser": ("tok2vec",),
    "attribute_ruler": ("tagger",),
    "lemmatizer": ("attribute_ruler", "tagger"),
}
DEFAULT_BATCH_SIZE = 64
PROGRESS_ENV = "ANALYSIS_PROGRESS"
CONSOLIDATE_EVERY = 256  # documents; gathered column values become frames, memory stays flat
DOCUMENT_COLUMNS = ("doc_id", "path", "record", "title", "status", "error")  # from load_corpus

Extractor = Callable[[Doc], pd.DataFrame]
RowExtractor = Callable[[Doc], TableRows]


class UnknownTableError(ValueError):
    """A requested table is not one that `process_corpus` can extract."""


# --- the extractor registry -----------------------------------------------------------


def check_tables(tables: Iterable[str]) -> tuple[str, ...]:
    """Return `tables` in canonical order, without repeats.

    Raises:
        UnknownTableError: a name is not in `TABLES`; the message lists the choices.

    >>> check_tables(["casualties", "actors", "actors"])
    ('actors', 'casualties')
    """
    names = [tables] if isinstance(tables, str) else list(tables)
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown or not names:
        problem = f"unknown table {', '.join(map(repr, unknown))}" if unknown else "no tables"
        raise UnknownTableError(f"{problem}: choose from {', '.join(TABLES)}")
    return tuple(name for name in TABLES if name in names)


def extractor(table: str) -> Extractor:
    """Return the function that extracts `table` from a parsed Doc."""
    return EXTRACTORS[table][1]


def row_extractor(table: str) -> RowExtractor:
    """Return a function giving `table`'s rows of a parsed Doc as `TableRows`.

    Those rows, made a DataFrame, are what `extractor` returns for the same Doc.
    """
    module, _, rows_of = EXTRACTORS[table]
    columns, dtypes = list(module.DTYPES), list(module.DTYPES.values())

    def extract_rows(doc: Doc) -> TableRows:
        data = rows_of(doc)
        return TableRows(columns=columns, dtypes=dtypes, data=[data[c] for c in columns])

    return extract_rows


def rows_frame(rows: TableRows) -> pd.DataFrame:
    """Build the DataFrame that `rows` describe (as `analysis.cache.rows_to_frame`, faster)."""
    return columns_frame(
        dict(zip(rows["columns"], rows["data"], strict=True)),
        dict(zip(rows["columns"], rows["dtypes"], strict=True)),
    )


def required_pipes(tables: Iterable[str]) -> tuple[str, ...]:
    """Return, sorted, the pipes that `tables` need.

    That is the union of their extractors' `REQUIRED_PIPES`, with the pipes those depend
    on (`PIPE_DEPENDENCIES`).
    """
    modules = [EXTRACTORS[table][0] for table in check_tables(tables)]
    needed = {pipe for module in modules for pipe in module.REQUIRED_PIPES}
    while missing := {dep for pipe in needed for dep in PIPE_DEPENDENCIES.get(pipe, ())} - needed:
        needed |= missing
    return tuple(sorted(needed))


def _base_pipe_names() -> tuple[str, ...]:
    """The components of the installed model package, read from its meta.json (no load)."""
    name = model_name()
    path = Path(name) if Path(name).is_dir() else spacy.util.get_package_path(name)
    meta = spacy.util.get_model_meta(path)
    return tuple(meta.get("components") or meta["pipeline"])


def pipeline_for(tables: Iterable[str]) -> Language:
    """Return the project pipeline with the model's pipes that `tables` do not need disabled.

    Project components added by `load_nlp` stay on. A disabled pipe that an enabled pipe
    listens to (a shared tok2vec) is switched back on.
    """
    needed = set(required_pipes(tables))
    while True:
        disable = tuple(p for p in _base_pipe_names() if p not in needed)
        nlp = load_nlp(disable=disable)
        listened = {
            name
            for name in nlp.disabled
            for listener in getattr(nlp.get_pipe(name), "listening_components", ())
            if listener in nlp.pipe_names
        }
        if not listened:
            return nlp
        needed |= listened


# --- per-document work ------------------------------------------------------------------


class _Item(NamedTuple):
    """One ok document to parse: its position in the input, id and cleaned text."""

    pos: int
    doc_id: str
    text: str


@dataclass
class _Collected:
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
        self, pos: int, doc: Doc, extractors: dict[str, RowExtractor]
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

    def merge(self, other: "_Collected") -> None:
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

    def table(self, name: str, doc_ids: np.ndarray) -> pd.DataFrame:
        """Return the rows of table `name` in input order, with `doc_id` first."""
        self.consolidate()
        chunks = self.chunks.get(name, [])
        if not chunks:
            rows = self.templates.get(name, pd.DataFrame()).drop(columns="doc_id", errors="ignore")
            rows.insert(0, "doc_id", pd.Series([], dtype="str"))
            return rows
        positions = np.concatenate([positions for positions, _ in chunks])
        rows = pd.concat([rows for _, rows in chunks], ignore_index=True)
        order = np.argsort(positions, kind="stable")
        rows = rows.iloc[order].reset_index(drop=True).drop(columns="doc_id", errors="ignore")
        rows.insert(0, "doc_id", pd.array(doc_ids[positions[order]], dtype="str"))
        return rows


def _parse_one_by_one(nlp: Language, items: Iterable[_Item]) -> Iterator[tuple[_Item, Doc | str]]:
    """Parse each text alone, so that a text the pipeline fails on fails by itself."""
    for item in items:
        try:
            yield item, nlp(item.text)
        except Exception as error:  # a component failing on one text
            yield item, f"spaCy failed on this document: {type(error).__name__}: {error}"


def _parse(
    nlp: Language, items: Sequence[_Item], *, n_process: int, batch_size: int
) -> Iterator[tuple[_Item, Doc | str]]:
    """Yield (item, Doc) from one `nlp.pipe` pass, or (item, error message).

    If the pass fails (a component raising on some document), the documents it has not
    returned yet are parsed one at a time, so only the bad one becomes an error.
    """
    by_pos = {item.pos: item for item in items}
    stream = nlp.pipe(
        ((item.text, item.pos) for item in items),
        as_tuples=True,
        n_process=n_process,
        batch_size=batch_size,
    )
    while True:
        try:
            pair = next(stream, None)
        except Exception:  # the pass is over; see the fallback below
            break
        if pair is None:
            return
        doc, pos = pair
        yield by_pos.pop(pos), doc
    yield from _parse_one_by_one(nlp, list(by_pos.values()))


def _process_items(
    items: Sequence[_Item],
    *,
    tables: tuple[str, ...],
    n_process: int,
    batch_size: int,
    cache_dir: str | Path | None,
    bar: tqdm | None = None,
) -> _Collected:
    """Parse (or load from the cache) and extract `items`; the core of both engines.

    Documents whose tables or parse are cached are done first; the rest go through one
    `nlp.pipe` pass, which uses `n_process` processes only when there is more than a batch
    to parse.
    """
    nlp = pipeline_for(tables)
    extractors = {table: row_extractor(table) for table in tables}
    cache = None
    if cache_dir is not None:
        cache = ParseCache(cache_dir, pipeline_fingerprint(nlp, model=model_name()))
    collected = _Collected()

    def extract(item: _Item, doc: Doc) -> None:
        rows = collected.extract(item.pos, doc, extractors)
        if cache and rows is not None:
            cache.store_rows(item.text, rows)
        _advance(bar)

    to_parse = []
    for item in items:
        if len(item.text) > nlp.max_length:
            collected.fail(item.pos, _too_long(item.text, nlp.max_length))
            _advance(bar)
        elif cache and (cached := cache.load_tables(item.text, tables)) is not None:
            collected.add(item.pos, cached)
            _advance(bar)
        elif cache and (doc := cache.load(item.text, nlp.vocab)) is not None:
            extract(item, doc)
        else:
            to_parse.append(item)
    processes = n_process if len(to_parse) > batch_size else 1
    for item, doc in _parse(nlp, to_parse, n_process=processes, batch_size=batch_size):
        if isinstance(doc, str):
            collected.fail(item.pos, doc)
            _advance(bar)
            continue
        collected.parsed += 1
        if cache:
            cache.store(item.text, doc)
        extract(item, doc)
    if cache:
        collected.cache = cache.stats
    return collected


def _too_long(text: str, limit: int) -> str:
    return (
        f"text has {len(text):,} characters, more than spaCy's limit of {limit:,}: "
        "split the article into smaller files"
    )


def _advance(bar: tqdm | None) -> None:
    if bar is not None:
        bar.update(1)


# --- engines ----------------------------------------------------------------------------

_WORKER_LOCK = threading.Lock()


def _process_partition(
    items: list[_Item], *, tables: tuple[str, ...], batch_size: int, cache_dir: str | None
) -> _Collected:
    """Dask task: process one partition in a worker, with its cached pipeline.

    `load_nlp` is cached per process, so each worker process loads the model once. The
    lock keeps threads of one worker from sharing the pipeline at the same time.
    """
    with _WORKER_LOCK:
        return _process_items(
            items, tables=tables, n_process=1, batch_size=batch_size, cache_dir=cache_dir
        )


@contextmanager
def _dask_client(scheduler: "Client | str | None", *, n_workers: int | None) -> Iterator["Client"]:
    """Yield a client: the one given, one connected to an address, or a new LocalCluster's.

    A new LocalCluster has `n_workers` single-threaded worker processes (None: dask's
    default, one per core).
    """
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
    elif scheduler:
        with Client(scheduler, timeout="20s") as client:
            yield client
    else:
        with (
            LocalCluster(
                n_workers=n_workers, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client


def _run_dask(
    items: list[_Item],
    *,
    tables: tuple[str, ...],
    batch_size: int,
    cache_dir: str | Path | None,
    scheduler: "Client | str | None",
    n_workers: int | None,
    bar: tqdm | None,
) -> tuple[_Collected, tuple[int, ...]]:
    """Map partitions of `items` over a dask cluster.

    Returns:
        The merged results, and the input position where each partition starts.
    """
    from distributed import as_completed

    with _dask_client(scheduler, n_workers=n_workers) as client:
        workers = len(client.nthreads()) or 1
        size = max(1, min(1000, math.ceil(len(items) / (4 * workers))))
        partitions = [items[i : i + size] for i in range(0, len(items), size)]
        # A partial, not keywords to `map`: `Client.map` has a `batch_size` of its own.
        task = functools.partial(
            _process_partition,
            tables=tables,
            batch_size=batch_size,
            cache_dir=None if cache_dir is None else str(cache_dir),
        )
        futures = client.map(task, partitions, pure=False)
        sizes = {future.key: len(part) for future, part in zip(futures, partitions, strict=True)}
        for future in as_completed(futures):
            if bar is not None:
                bar.update(sizes[future.key])
        results = client.gather(futures)
    collected = _Collected()
    for result in results:
        collected.merge(result)
    return collected, (0, *(part[0].pos for part in partitions[1:]))


# --- the result -----------------------------------------------------------------------


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
    `n_<table>` row count per requested table); `actors`, `quotes`, `events` and
    `casualties` have one row per extracted item (empty when the table was not requested).
    """

    documents: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame
    casualties: pd.DataFrame
    tables: tuple[str, ...]
    stats: CorpusStats
    partition_starts: tuple[int, ...] = ()  # `documents` row of each dask partition

    def frames(self) -> dict[str, pd.DataFrame]:
        """Return {name: table} for `documents` and the requested tables."""
        return {"documents": self.documents} | {name: getattr(self, name) for name in self.tables}

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


def _documents_table(
    frame: pd.DataFrame, collected: _Collected, tables: tuple[str, ...]
) -> pd.DataFrame:
    documents = pd.DataFrame(
        {column: frame.get(column) for column in DOCUMENT_COLUMNS}
    ).reset_index(drop=True)
    documents["record"] = documents["record"].astype("Int64")
    documents["n_chars"] = frame["text"].fillna("").str.len().astype("int64").to_numpy()
    for pos, error in collected.errors.items():
        documents.loc[pos, ["status", "error"]] = ["error", error]
    for table in tables:
        counts = pd.Series(
            {pos: counts[table] for pos, counts in collected.counts.items()}, dtype="Int64"
        )
        documents[f"n_{table}"] = counts.reindex(range(len(documents))).astype("Int64")
    return documents


def _as_corpus_frame(source: "str | Path | pd.DataFrame") -> pd.DataFrame:
    if not isinstance(source, pd.DataFrame):
        return load_corpus(source)
    missing = [column for column in ("doc_id", "text", "status") if column not in source]
    if missing:
        raise ValueError(
            f"the DataFrame lacks the column(s) {', '.join(missing)}: pass a folder, a file, "
            "or the table that analysis.load_corpus returns"
        )
    return source.reset_index(drop=True)


def show_progress(progress: bool, *, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to draw a progress bar: asked for, and not switched off by `ANALYSIS_PROGRESS=0`.

    >>> show_progress(True, environ={"ANALYSIS_PROGRESS": "0"}), show_progress(True, environ={})
    (False, True)
    """
    environ = os.environ if environ is None else environ
    return progress and environ.get(PROGRESS_ENV, "1").strip() != "0"


def process_corpus(
    source: "str | Path | pd.DataFrame",
    *,
    tables: Sequence[str] = TABLES,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    cache_dir: str | Path | None = None,
    engine: Literal["local", "dask"] = "local",
    scheduler: "Client | str | None" = None,
    progress: bool = True,
) -> CorpusResult:
    """Parse and extract a corpus; return its tables as a `CorpusResult`.

    Args:
        source: a folder or file of articles (read with `load_corpus`), or its table.
        tables: which tables to extract; only the pipes they need are run.
        n_process: processes for `nlp.pipe` (-1: one per core); with ``engine="dask"``
            and no `scheduler`, the number of local workers (1: one per core).
        batch_size: texts per `nlp.pipe` batch.
        cache_dir: folder for the cache of parses and extracted tables (see
            `analysis.cache`); None parses and extracts everything.
        engine: "local" (this machine) or "dask" (a `dask.distributed` cluster).
        scheduler: with "dask", a `Client` or a scheduler address ("tcp://host:8786");
            None starts a `LocalCluster`.
        progress: draw a progress bar (also off when ``ANALYSIS_PROGRESS=0``).

    Raises:
        FileNotFoundError, NoArticlesError: from `load_corpus`.
        UnknownTableError: a name in `tables` is not an extractable table.
    """
    tables = check_tables(tables)
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    frame = _as_corpus_frame(source)
    n_process = (os.cpu_count() or 1) if n_process == -1 else max(1, n_process)
    ok = frame["status"].eq("ok").to_numpy()
    items = [
        _Item(pos, str(doc_id), text)
        for pos, (doc_id, text) in enumerate(zip(frame["doc_id"], frame["text"], strict=True))
        if ok[pos]
    ]
    with tqdm(
        total=len(items), unit="doc", desc="extract", delay=1.0, disable=not show_progress(progress)
    ) as bar:
        if engine == "dask":
            collected, starts = _run_dask(
                items, tables=tables, batch_size=batch_size, cache_dir=cache_dir,
                scheduler=scheduler, n_workers=n_process if n_process > 1 else None, bar=bar,
            )  # fmt: skip
        else:
            collected, starts = _process_items(
                items, tables=tables, n_process=n_process, batch_size=batch_size,
                cache_dir=cache_dir, bar=bar,
            ), ()  # fmt: skip
    documents = _documents_table(frame, collected, tables)
    doc_ids = documents["doc_id"].astype(str).to_numpy()
    extracted = {name: collected.table(name, doc_ids) for name in tables}
    empty = pd.DataFrame({"doc_id": pd.Series([], dtype="str")})
    stats = CorpusStats(
        documents=len(documents),
        ok=int(documents["status"].eq("ok").sum()),
        errors=int(documents["status"].eq("error").sum()),
        parsed=collected.parsed,
        extracted=collected.extracted,
        from_cache=collected.cache.hits + collected.cache.table_hits,
        tables_from_cache=collected.cache.table_hits,
        cache_rebuilt=collected.cache.rebuilt,
    )
    return CorpusResult(
        documents=documents,
        **{name: extracted.get(name, empty) for name in TABLES},
        tables=tables,
        stats=stats,
        partition_starts=starts,
    )
