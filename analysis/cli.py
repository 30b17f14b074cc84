"""Command line: ``python -m analysis extract INPUT --out DIR`` (also ``conflict-news extract``).

Exit codes: 0 when the corpus was processed (documents that could not be read or
extracted are listed in ``documents.csv`` with their error); 1 when nothing could be done
(a missing path, a folder without articles, no spaCy model, no dask scheduler); 2 for a
bad command line (argparse's convention); 130 after Ctrl-C and 143 after SIGTERM.
"""

import argparse
import contextlib
import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path

from analysis.corpus.run import DEFAULT_BATCH_SIZE, process_corpus, stop_workers
from analysis.extract.registry import UnknownTableError, check_tables, table_names
from analysis.load import NoArticlesError
from analysis.parse.model import ModelNotFoundError
from analysis.rules import RuleFileError, RuleSet

PROG = "python -m analysis"


def _prog() -> str:
    """The command's name as the user typed it: ``python -m analysis`` or ``conflict-news``."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return PROG if name in ("", "__main__.py", "-c") else name


EXTRACT_HELP = """\
Read every article under INPUT (a folder of .txt, .jsonl or .csv files, or one such file),
clean it, parse it with spaCy and extract the tables {tables}.
Writes documents.parquet/.csv (one row per input, with its status and any error) and one
.parquet/.csv per table into --out, each row keyed by doc_id with character offsets into
the cleaned text. The incidents table (--tables incidents) links the casualty figures of
all documents into incidents (incidents.parquet/.csv, one row per incident, and
incident_links.parquet/.csv, each figure's incident and why); it needs casualties, which
are extracted and written with it.

examples:
  {PROG} extract seeds --out build/tables
  {PROG} extract articles/ --out out --tables actors,casualties --n-process 2
  {PROG} extract articles/ --out out --tables incidents   # casualties and incidents
  {PROG} extract articles/ --out out --cache-dir .cache/parses   # 2nd run: no re-parsing
  {PROG} extract articles/ --out out --engine dask --scheduler tcp://10.0.0.5:8786
  {PROG} extract articles/ --out out --rules my_rules/   # my_rules/actors.csv, places.csv...
"""


INCIDENTS = "incidents"  # not an extractor: linked from the casualty table after the run


def _tables(value: str) -> tuple[str, ...]:
    """Parse ``--tables actors,casualties``; argparse reports a ValueError as a usage error.

    ``incidents`` brings ``casualties`` with it (incidents are linked from them).
    """
    names = [name.strip() for name in value.split(",") if name.strip()]
    linked = INCIDENTS in names
    names = [name for name in names if name != INCIDENTS] + (["casualties"] if linked else [])
    try:
        return check_tables(names) + ((INCIDENTS,) if linked else ())
    except UnknownTableError as error:
        raise argparse.ArgumentTypeError(f"{error}, {INCIDENTS}") from None


def _version() -> str:
    """The installed package's version (from its metadata), or "unknown" when not installed."""
    try:
        return metadata.version("conflict-news-analysis")
    except metadata.PackageNotFoundError:
        return "unknown"


def _positive(value: str) -> int:
    number = int(value)
    if number < 1 and number != -1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number (or -1), not {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for ``python -m analysis``."""
    parser = argparse.ArgumentParser(
        prog=_prog(),
        description="Conflict news analysis: extract actors, quotes, events and casualty "
        "figures from a folder of news articles into tables.",
    )
    parser.add_argument("--version", action="version", version=f"conflict-news {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="extract tables from a folder or file of articles",
        description=EXTRACT_HELP.format(PROG=PROG, tables=", ".join(table_names())),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("input", metavar="INPUT", type=Path, help="folder or file of articles")
    extract.add_argument(
        "--out", "-o", required=True, type=Path, metavar="DIR",
        help="folder for the output tables (created if missing; files in it are replaced)",
    )  # fmt: skip
    extract.add_argument(
        "--tables", type=_tables, default=None, metavar="LIST",
        help=f"comma-separated tables to extract (default: all of {','.join(table_names())},"
        f"{INCIDENTS}); fewer tables run fewer spaCy components; {INCIDENTS} needs "
        "casualties and adds them",
    )  # fmt: skip
    extract.add_argument(
        "--n-process", type=_positive, default=1, metavar="N",
        help="processes for parsing (default 1; -1 = one per CPU core); with --engine dask "
        "and no --scheduler, the number of local workers",
    )  # fmt: skip
    extract.add_argument(
        "--batch-size", type=_positive, default=DEFAULT_BATCH_SIZE, metavar="N",
        help=f"texts per spaCy batch (default {DEFAULT_BATCH_SIZE})",
    )  # fmt: skip
    extract.add_argument(
        "--cache-dir", type=Path, metavar="DIR",
        help="keep parsed documents and extracted rows here and reuse them on the next run "
        "(default: no cache)",
    )  # fmt: skip
    extract.add_argument(
        "--engine", choices=("local", "dask"), default="local",
        help="local: this machine (default); dask: a dask.distributed cluster",
    )  # fmt: skip
    extract.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="dask scheduler address, e.g. tcp://10.0.0.5:8786 (default with --engine dask: "
        "start a local cluster)",
    )  # fmt: skip
    extract.add_argument(
        "--actors-csv", type=Path, metavar="FILE",
        help="a CSV like analysis/data/actors.csv whose rows extend the actor gazetteer",
    )  # fmt: skip
    extract.add_argument(
        "--terms-csv", type=Path, metavar="FILE",
        help="a CSV like analysis/data/casualty_terms.csv whose rows extend the casualty terms",
    )  # fmt: skip
    extract.add_argument(
        "--rules", type=Path, metavar="DIR",
        help="a folder of rule tables named like those in analysis/data (actors.csv, "
        "casualty_terms.csv, places.csv, ...), each extending the packaged one",
    )  # fmt: skip
    extract.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")
    return parser


def _extract(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        raise ValueError("--scheduler needs --engine dask")
    rules = RuleSet.from_files(actors=args.actors_csv, terms=args.terms_csv, folder=args.rules)
    tables = None if args.tables is None else tuple(t for t in args.tables if t != INCIDENTS)
    result = process_corpus(
        args.input,
        rules=rules,
        tables=tables,
        n_process=args.n_process,
        batch_size=args.batch_size,
        cache_dir=args.cache_dir,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=not args.no_progress,
    )
    linked = args.tables is None or INCIDENTS in args.tables
    result.write(args.out, incidents=linked)
    stats = result.stats
    names = [*result.tables, *(result.linked_frames() if linked else ())]
    rows = ", ".join(f"{name} {len(getattr(result, name))}" for name in names)
    print(
        f"documents {stats.documents} (ok {stats.ok}, empty "
        f"{stats.documents - stats.ok - stats.errors}, error {stats.errors}); rows: {rows}; "
        f"parses reused from the cache: {stats.from_cache}; written to {args.out}"
    )
    if stats.errors:
        print(f"the error column of {args.out / 'documents.csv'} says what went wrong")
    return 0


class _Stopped(KeyboardInterrupt):
    """SIGTERM or Ctrl-C: stop the run where it is."""


_OWNER: list[int] = []  # the pid that installed the handler
_STOPPING: list[int] = []  # the stop signal received, while its exception unwinds the run
_ARMED: list[object] = []  # the SIGALRM handler that the grace alarm replaced
GRACE_SECONDS = 5.0  # how long the stop's exception may take to unwind the run


def _stop(signum: int, frame: object) -> None:
    """Signal handler: stop the workers at once, then unwind the run by raising.

    A worker forked from the run inherits this handler, and a signal pending at the fork
    would run it inside the child's at-fork hooks, where raising leaves the child's locks
    half reset (a worker that then hangs and keeps the pipes open). In a worker the
    signal does what it would by default: end that process.
    """
    if _OWNER and os.getpid() != _OWNER[-1]:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    warnings.simplefilter("ignore")  # spaCy warns that its stopped workers exited non-zero
    stop_workers()
    # Python drops an exception raised where it cannot propagate (the parent's at-fork hooks
    # as the workers start, a __del__): the run would wait for the workers just stopped.
    # `_dropped` raises it again a moment later; the alarm ends the process after a grace
    # period whatever happens.
    if not _ARMED:  # a second Ctrl-C keeps the first grace period
        _ARMED.append(signal.signal(signal.SIGALRM, _end_now))
        signal.setitimer(signal.ITIMER_REAL, GRACE_SECONDS)
    _STOPPING.append(signum)
    raise _Stopped(signum)


def _dropped(unraisable: object) -> None:
    """sys.unraisablehook: a dropped stop is raised again from the next line the run runs."""
    if not isinstance(getattr(unraisable, "exc_value", None), _Stopped) or not _STOPPING:
        sys.__unraisablehook__(unraisable)
        return
    signal.signal(signal.SIGALRM, _raise_again)
    signal.setitimer(signal.ITIMER_REAL, 0.01)


def _raise_again(alarm: int, frame: object) -> None:
    """The alarm `_dropped` set: raise the stop again, with a fresh grace period."""
    signal.signal(signal.SIGALRM, _end_now)
    signal.setitimer(signal.ITIMER_REAL, GRACE_SECONDS)
    raise _Stopped(_STOPPING[-1])


def stopped_line(prog: str, signum: int, out: object) -> str:
    """The one line a stopped run prints on stderr."""
    name = signal.Signals(signum).name
    return f"{prog}: stopped by {name}; no new tables were written (any in {out} are unchanged)"


def _end_now(alarm: int, frame: object) -> None:
    """The stop signal's exception was dropped: print the line and end the process here."""
    signum = _STOPPING[-1]
    print(stopped_line(_prog(), signum, "--out"), file=sys.stderr, flush=True)
    os._exit(128 + signum)


@contextlib.contextmanager
def _stoppable() -> Iterator[None]:
    """Within the block, SIGTERM and Ctrl-C raise `_Stopped` (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _OWNER.append(os.getpid())
    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    hook, sys.unraisablehook = sys.unraisablehook, _dropped
    try:
        yield
    finally:
        _OWNER.pop()
        sys.unraisablehook = hook
        if _ARMED:  # the stop's exception got here: no need for the grace alarm
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, _ARMED.pop())
            _STOPPING.clear()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see the module docstring).

    SIGTERM and Ctrl-C stop the run with one line on stderr and exit code 128 + the
    signal's number; no table is written then, and a set already in --out stays whole.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with _stoppable():
            return _extract(args)
    except KeyboardInterrupt as stop:
        signum = stop.args[0] if isinstance(stop, _Stopped) else signal.SIGINT
        print(stopped_line(parser.prog, signum, getattr(args, "out", "--out")), file=sys.stderr)
        return 128 + signum
    except (
        FileNotFoundError, NoArticlesError, ModelNotFoundError, RuleFileError, ValueError,
        OSError,
    ) as error:  # fmt: skip
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # `python -m analysis.cli` runs the same command as `python -m analysis`
    raise SystemExit(main())
