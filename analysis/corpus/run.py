"""Process a whole corpus: stream files to tables in one `nlp.pipe` pass.

`process_corpus` reads documents one at a time (`iter_documents`: read, then clean), parses
the ok ones in one streamed `nlp.pipe` pass (over several processes with `n_process`, or
on a `dask.distributed` cluster with ``engine="dask"``), runs every requested table of the
extractor registry on each Doc, reuses parses and rows from a `ParseCache`, and returns a
`CorpusResult`. Texts are dropped once parsed, so memory does not grow with the corpus
(beyond the tables themselves).

Every input row comes back in `CorpusResult.documents`: rows that could not be read or
were empty keep their status and error; a document whose text is too long, whose parse
fails or whose extractor raises becomes an "error" row naming the cause, with no rows in
the tables; nothing stops the rest of the corpus.
"""

import contextlib
import ctypes
import gc
import itertools
import multiprocessing
import multiprocessing.queues
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

# Plain tqdm, not tqdm.auto: the notebook flavour needs ipywidgets (not a dependency) and
# warns on import in every kernel without it.
from tqdm import tqdm

from analysis.corpus.cache import ParseCache, pipeline_fingerprint
from analysis.corpus.collect import Collected, Item
from analysis.corpus.dask import run_dask
from analysis.corpus.inputs import Documents
from analysis.corpus.result import CorpusResult, CorpusStats
from analysis.extract.registry import Table, check_tables, get_table, required_pipes, table_names
from analysis.extract.setting.dates import with_publication_dates
from analysis.parse.article_context import set_context
from analysis.parse.model import model_name, pipeline_with
from analysis.rules import RuleSet
from analysis.tables import TableRows

if TYPE_CHECKING:
    from distributed import Client

DEFAULT_BATCH_SIZE = 64
PROGRESS_ENV = "ANALYSIS_PROGRESS"
RowExtractor = Callable[[Doc], TableRows]


def row_extractor(table: Table, rules: RuleSet) -> RowExtractor:
    """Return a function giving `table`'s rows of a parsed Doc as `TableRows`."""
    columns, dtypes = list(table.dtypes), list(table.dtypes.values())

    def extract_rows(doc: Doc) -> TableRows:
        data = table.rows(doc, rules)
        return TableRows(columns=columns, dtypes=dtypes, data=[data[c] for c in columns])

    return extract_rows


def pipeline_for(tables: Iterable[str], *, rules: RuleSet | None = None) -> Language:
    """The project pipeline running only the model pipes that `tables` need."""
    return pipeline_with(required_pipes(tables), rules=rules)


# --- worker processes -------------------------------------------------------------------

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_pool_parent: int | None = None  # set while this process starts nlp.pipe workers


def _die_with_parent() -> None:
    """In a worker just forked by `nlp.pipe`: die with the parent; leave signals to it.

    Linux sends the worker SIGKILL when the parent dies, even by SIGKILL, so no worker
    outlives a killed run holding its pipes open. Ctrl-C reaches the whole process group:
    the worker ignores it and is stopped by the parent; SIGTERM gets its default action
    back (the parent's handler raises, which a worker must not).
    """
    if _pool_parent is None:
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != _pool_parent:  # the parent died before the line above
        os._exit(1)


os.register_at_fork(after_in_child=_die_with_parent)


@contextlib.contextmanager
def _workers_die_with_parent() -> Iterator[None]:
    """Make the processes forked inside the block die with this one (`_die_with_parent`)."""
    global _pool_parent
    _pool_parent = os.getpid()
    try:
        yield
    finally:
        _pool_parent = None


def _forked_children() -> set[int]:
    """This process's child processes as Linux lists them (none listed elsewhere).

    A signal handled just after `Process.start()` forks, and before it records the
    process, leaves a worker that `multiprocessing.active_children()` does not know.
    """
    found: set[int] = set()
    for task in Path("/proc/self/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(pid) for pid in (task / "children").read_text().split()}
    return found


def stop_workers() -> None:
    """Terminate this process's worker processes (nlp.pipe's), for a prompt stop.

    Their queues will never be read again, so this process must not wait at exit for a
    queue's feeder thread to flush into a pipe no worker reads: it would wait for ever (a
    CLI stopped by SIGTERM once hung so, its feeder blocked in a write).
    """
    for child in multiprocessing.active_children():
        child.terminate()
    for pid in _forked_children():  # one forked a moment ago that multiprocessing missed
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    for thing in gc.get_objects():
        if isinstance(thing, multiprocessing.queues.Queue):
            thing.cancel_join_thread()


# --- parsing ----------------------------------------------------------------------------


def _parse_input(nlp: Language, item: Item) -> str | Doc:
    """The text to parse, or, with an article context, its Doc holding it in `user_data`.

    The dateline and date that cleaning took off the body reach every pipe (the resolver
    reads an article's country from its dateline) and the extractors, as the text's own
    dateline would (`analysis.parse.article_context`).
    """
    if not item.context:
        return item.text
    doc = nlp.make_doc(item.text)
    set_context(doc, dateline=item.dateline, published=item.published)
    return doc


def _parse_one_by_one(nlp: Language, items: Iterable[Item]) -> Iterator[tuple[Item, Doc | str]]:
    """Parse each text alone, so that a text the pipeline fails on fails by itself."""
    for item in items:
        try:
            yield item, nlp(_parse_input(nlp, item))
        except Exception as error:  # a component failing on one text
            yield item, f"spaCy failed on this document: {type(error).__name__}: {error}"


def _parse(
    nlp: Language, items: Iterable[Item], *, n_process: int, batch_size: int
) -> Iterator[tuple[Item, Doc | str]]:
    """Yield (item, Doc) from one streamed `nlp.pipe` pass, or (item, error message).

    Only the items taken by the pass and not yet returned are held. If the pass fails (a
    component raising on some document), those and the items not taken yet are parsed one
    at a time, so only the bad one becomes an error.
    """
    source = iter(items)
    in_flight: dict[int, Item] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for item in source:
            in_flight[item.pos] = item
            yield _parse_input(nlp, item), item.pos

    stream = nlp.pipe(texts(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    while True:
        try:
            pair = next(stream, None)
        except Exception:  # the pass is over; see the fallback below
            break
        if pair is None:
            return
        doc, pos = pair
        yield in_flight.pop(pos), doc
    yield from _parse_one_by_one(nlp, itertools.chain(list(in_flight.values()), source))


def process_items(
    items: Iterable[Item],
    *,
    tables: tuple[str, ...],
    n_process: int,
    batch_size: int,
    cache_dir: str | Path | None,
    rules: RuleSet,
    bar: tqdm | None = None,
) -> Collected:
    """Parse (or load from the cache) and extract `items`, streamed; the core of both engines.

    Documents whose tables or parse are cached are done as they arrive; the rest go through
    one `nlp.pipe` pass, which uses `n_process` processes only when there is more than a
    batch to parse.
    """
    nlp = pipeline_for(tables, rules=rules)
    extractors = {name: row_extractor(get_table(name), rules) for name in tables}
    cache = None
    if cache_dir is not None:
        cache = ParseCache(cache_dir, pipeline_fingerprint(nlp, model=model_name(), rules=rules))
    collected = Collected()

    def extract(item: Item, doc: Doc) -> None:
        rows = collected.extract(item.pos, doc, extractors)
        if cache and rows is not None:
            cache.store_rows(item.text, rows, item.context)
        _advance(bar)

    def done_without_parsing(item: Item) -> bool:
        """Too long (an error row), or its tables or parse cached: done as it arrives."""
        if len(item.text) > nlp.max_length:
            collected.fail(item.pos, _too_long(item.text, nlp.max_length))
        elif cache and (cached := cache.load_tables(item.text, tables, item.context)) is not None:
            collected.add(item.pos, cached)
        elif cache and (doc := cache.load(item.text, nlp.vocab, item.context)) is not None:
            extract(item, doc)
            return True
        else:
            return False
        _advance(bar)
        return True

    pending = itertools.filterfalse(done_without_parsing, items)
    first = list(itertools.islice(pending, batch_size + 1))
    processes = n_process if len(first) > batch_size else 1
    stream = itertools.chain(first, pending)
    with _workers_die_with_parent():
        for item, doc in _parse(nlp, stream, n_process=processes, batch_size=batch_size):
            if isinstance(doc, str):
                collected.fail(item.pos, doc)
                _advance(bar)
                continue
            collected.parsed += 1
            if cache:
                cache.store(item.text, doc, item.context)
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


# --- documents in, tables out -------------------------------------------------------------


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
    tables: Sequence[str] | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    cache_dir: str | Path | None = None,
    engine: Literal["local", "dask"] = "local",
    scheduler: "Client | str | None" = None,
    progress: bool = True,
    rules: RuleSet | None = None,
) -> CorpusResult:
    """Parse and extract a corpus; return its tables as a `CorpusResult`.

    Args:
        source: a folder or file of articles (streamed), or a `load_corpus` table.
        tables: which registered tables to extract (default: all); only the pipes they
            need are run.
        n_process: processes for `nlp.pipe` (-1: one per core); with ``engine="dask"``
            and no `scheduler`, the number of local workers (1: one per core).
        batch_size: texts per `nlp.pipe` batch.
        cache_dir: folder for the cache of parses and extracted tables (see
            `analysis.corpus.cache`); None parses and extracts everything.
        engine: "local" (this machine) or "dask" (a `dask.distributed` cluster).
        scheduler: with "dask", a `Client` or a scheduler address ("tcp://host:8786");
            None starts a `LocalCluster`.
        progress: draw a progress bar (also off when ``ANALYSIS_PROGRESS=0``).
        rules: user rule files extending the packaged gazetteer and word lists
            (`analysis.rules.RuleSet`); they are part of the cache key.

    Raises:
        FileNotFoundError, NoArticlesError: from reading `source`.
        UnknownTableError: a name in `tables` is not a registered table.
    """
    tables = check_tables(table_names() if tables is None else tables)
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    rules = rules or RuleSet()
    documents = Documents(source)
    documents.first()
    n_process = (os.cpu_count() or 1) if n_process == -1 else max(1, n_process)
    with tqdm(unit="doc", desc="extract", delay=1.0, disable=not show_progress(progress)) as bar:
        if engine == "dask":
            collected, starts = run_dask(
                list(documents.items()), process_items=process_items, rules=rules,
                tables=tables, batch_size=batch_size, cache_dir=cache_dir, scheduler=scheduler,
                n_workers=n_process if n_process > 1 else None, bar=bar,
            )  # fmt: skip
        else:
            collected, starts = process_items(
                documents.items(), tables=tables, n_process=n_process, batch_size=batch_size,
                cache_dir=cache_dir, rules=rules, bar=bar,
            ), ()  # fmt: skip
    table = documents.table(collected, tables)
    doc_ids = table["doc_id"].astype(str).to_numpy()
    extracted = {
        name: collected.take_table(name, doc_ids, get_table(name).empty()) for name in tables
    }
    for name, found in extracted.items():  # relative dates ("on Monday") need the report's date
        if "date_words" in found:
            published = documents.published(found["doc_id"].unique())
            extracted[name] = with_publication_dates(found, published)
    stats = CorpusStats(
        documents=len(table),
        ok=int(table["status"].eq("ok").sum()),
        errors=int(table["status"].eq("error").sum()),
        parsed=collected.parsed,
        extracted=collected.extracted,
        from_cache=collected.cache.hits + collected.cache.table_hits,
        tables_from_cache=collected.cache.table_hits,
        cache_rebuilt=collected.cache.rebuilt,
    )
    return CorpusResult(documents=table, extracted=extracted, stats=stats, partition_starts=starts)
