"""A battery of bad inputs and faults against load_corpus, process_corpus and the CLI.

Every kind of odd file or fault named in issue 12 and in the older hardening tests
(tests/unit/test_load.py, tests/slow/test_kill.py) is generated into a temporary folder
and run. A kind is handled cleanly when it finishes in time, without a traceback, with
one row per input record (bad ones as error rows naming the file) and its own check met.

Prints one line per kind, then:
    kinds tried N, handled cleanly N, lost records 0, tracebacks 0, hangs 0

Usage:
    python benchmarks/bad_inputs.py [--only SUBSTRING] [--skip SUBSTRING ...] [--keep DIR]
                                    [--part K/N]
"""

import argparse
import contextlib
import csv
import errno
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_adversarial import adversarial_text  # noqa: E402
from corpus_builder import write_articles  # noqa: E402

from analysis import load_corpus, process_corpus  # noqa: E402
from analysis.corpus.tableset import check_table_set  # noqa: E402
from analysis.extract.registry import get_table, table_names  # noqa: E402
from analysis.load import MAX_BYTES_ENV  # noqa: E402

GOOD = (
    "GOMA, Congo - M23 rebels seized the town of Sake on Friday, killing 12 civilians, "
    "residents said."
)
TIMEOUT = 120  # seconds for one kind


@dataclass
class Outcome:
    """What one kind gave: records expected and found, and whether its own check held."""

    expected: int
    found: int
    ok: bool
    note: str = ""


Kind = Callable[[Path], Outcome]
KINDS: dict[str, Kind] = {}


def kind(name: str) -> Callable[[Kind], Kind]:
    def register(function: Kind) -> Kind:
        KINDS[name] = function
        return function

    return register


# --- helpers ---------------------------------------------------------------------------------


def write(folder: Path, name: str | bytes, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (os.fsdecode(name) if isinstance(name, bytes) else name)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def loaded(
    path: Path, expected: int, check: Callable[[pd.DataFrame], bool] = lambda f: True
) -> Outcome:
    """Load `path`; every error row must name its file."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = load_corpus(path)
    errors = frame[frame["status"] == "error"]
    named = all(Path(p).stem in e for p, e in zip(errors["path"], errors["error"], strict=True))
    return Outcome(
        expected, min(len(frame), expected), len(frame) == expected and named and check(frame)
    )


def statuses(frame: pd.DataFrame) -> dict:
    return frame["status"].value_counts().to_dict()


def cli(
    args: list[str], *, env: dict | None = None, preexec: Callable | None = None, **kw
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args, "--no-progress"], cwd=ROOT, capture_output=True,
        text=True, timeout=TIMEOUT, env={**os.environ, "ANALYSIS_PROGRESS": "0", **(env or {})},
        preexec_fn=preexec, **kw,
    )  # fmt: skip


def cli_here(args: list[str]) -> subprocess.CompletedProcess:
    """The CLI's `main` run in this process (its model already loaded): for set-up runs and
    reruns whose subject is the table set on disk, not the process."""
    from analysis.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([*args, "--no-progress"])
        except Exception:
            traceback.print_exc()
            code = 1
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


class Traceback(Exception):
    """A subprocess printed a traceback."""


def no_traceback(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    if "Traceback" in done.stderr:
        raise Traceback(done.stderr.strip().splitlines()[-1])
    return done


# --- 1-6: records Python's parsers choke on --------------------------------------------------


@kind("jsonl: 5,000-digit number in any field")
def _(tmp: Path) -> Outcome:
    huge = "9" * 5000
    lines = [
        '{"id": ' + huge + ', "text": "' + GOOD + '"}',
        '{"text": "' + GOOD + '", "n": ' + huge + "}",
    ]
    return loaded(write(tmp, "f.jsonl", "\n".join(lines)), 2, lambda f: statuses(f) == {"ok": 2})


@kind("jsonl: 100,000 nested brackets")
def _(tmp: Path) -> Outcome:
    deep = "[" * 100_000 + "]" * 100_000
    path = write(
        tmp, "f.jsonl", "\n".join([json.dumps({"text": GOOD}), deep, json.dumps({"text": GOOD})])
    )
    return loaded(path, 3, lambda f: statuses(f) == {"ok": 2, "error": 1})


@kind("csv: text field over the csv module's limit")
def _(tmp: Path) -> Outcome:
    rows = [
        {"id": "long", "text": GOOD * (csv.field_size_limit() // len(GOOD) + 5)},
        {"id": "b", "text": GOOD},
    ]
    return loaded(write(tmp, "f.csv", csv_text(rows)), 2, lambda f: statuses(f) == {"ok": 2})


@kind("sidecar: deeply nested")
def _(tmp: Path) -> Outcome:
    write(tmp, "a.txt", GOOD)
    write(tmp, "a.meta.json", "[" * 100_000 + "]" * 100_000)
    write(tmp, "b.txt", GOOD)
    return loaded(tmp, 2, lambda f: list(f["status"]) == ["error", "ok"])


@kind("sidecar: huge number")
def _(tmp: Path) -> Outcome:
    write(tmp, "a.txt", GOOD)
    write(tmp, "a.meta.json", '{"source": ' + "1" * 6000 + "}")
    return loaded(tmp, 1, lambda f: list(f["status"]) == ["ok"])


@kind("file name with non-UTF-8 bytes")
def _(tmp: Path) -> Outcome:
    write(tmp / "in", b"caf\xe9-\xff.txt", GOOD)
    result = process_corpus(tmp / "in", tables=["actors"], progress=False)
    result.write(tmp / "out")
    return Outcome(1, len(result.documents), result.documents["status"].tolist() == ["ok"])


@kind("jsonl: escaped lone surrogate")
def _(tmp: Path) -> Outcome:
    write(
        tmp / "in",
        "f.jsonl",
        '{"id": "x\\udcff", "text": "Kyiv \\ud800 was shelled. ' + GOOD + '"}\n',
    )
    result = process_corpus(tmp / "in", tables=["actors"], progress=False)
    result.write(tmp / "out")
    return Outcome(1, len(result.documents), result.documents["status"].tolist() == ["ok"])


# --- 8-11: records lost or invented ----------------------------------------------------------

for _sep in ("\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r"):

    @kind(f"jsonl: U+{ord(_sep):04X} inside a string")
    def _(tmp: Path, sep: str = _sep) -> Outcome:
        records = [{"id": f"r{i}", "text": f"Part {i}.{sep}{GOOD}"} for i in range(3)]
        text = jsonl(records).replace(
            json.dumps(sep)[1:-1], sep
        )  # raw, as a sloppy writer leaves it
        return loaded(
            write(tmp, "f.jsonl", text), 3, lambda f: list(f["doc_id"]) == ["r0", "r1", "r2"]
        )

    @kind(f"csv: U+{ord(_sep):04X} inside a field")
    def _(tmp: Path, sep: str = _sep) -> Outcome:
        rows = [{"id": f"r{i}", "text": f"Part {i}.{sep}{GOOD}"} for i in range(3)]
        return loaded(
            write(tmp, "f.csv", csv_text(rows)),
            3,
            lambda f: list(f["doc_id"]) == ["r0", "r1", "r2"],
        )


@kind("jsonl: one raw NUL in 100 records")
def _(tmp: Path) -> Outcome:
    data = (
        jsonl([{"id": f"r{i}", "text": f"{GOOD} ({i})"} for i in range(100)])
        .encode()
        .replace(b"(41)", b"(4\x001)")
    )
    return loaded(write(tmp, "f.jsonl", data), 100, lambda f: statuses(f) == {"ok": 99, "error": 1})


@kind("csv: one raw NUL in 100 records")
def _(tmp: Path) -> Outcome:
    data = (
        csv_text([{"id": f"r{i}", "text": f"{GOOD} ({i})"} for i in range(100)])
        .encode()
        .replace(b"(41)", b"(4\x001)")
    )
    return loaded(write(tmp, "f.csv", data), 100, lambda f: statuses(f) == {"ok": 99, "error": 1})


@kind("hidden file .draft.txt named in a warning")
def _(tmp: Path) -> Outcome:
    write(tmp, ".draft.txt", GOOD)
    write(tmp, "a.txt", GOOD)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = load_corpus(tmp)
    return Outcome(1, len(frame), any(".draft.txt" in str(w.message) for w in caught))


@kind("b.txt and b.TXT: unique doc_ids, collision reported")
def _(tmp: Path) -> Outcome:
    write(tmp, "b.txt", GOOD)
    write(tmp, "b.TXT", GOOD)
    write(tmp, "c.jsonl", jsonl([{"id": "b", "text": GOOD}]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = load_corpus(tmp)
    reported = any("collision" in str(w.message) for w in caught)
    return Outcome(3, len(frame), frame["doc_id"].is_unique and reported)


_ARABIC = "قتل ما لا يقل عن 15 شخصاً وأصيب 40 آخرون في قصف استهدف سوقاً شعبية في المدينة.\n"
_RUSSIAN = "По меньшей мере 11 человек погибли и ещё 23 получили ранения в результате обстрела.\n"
for _name, _text, _codec in (
    ("UTF-16 LE Arabic, no BOM", _ARABIC, "utf-16-le"),
    ("UTF-16 LE Russian, no BOM", _RUSSIAN, "utf-16-le"),
    ("UTF-16 BE Russian, no BOM", _RUSSIAN, "utf-16-be"),
    ("UTF-32 LE Arabic, no BOM", _ARABIC, "utf-32-le"),
    ("cp1251 Russian", _RUSSIAN * 3, "cp1251"),
    ("cp1256 Arabic", _ARABIC * 3, "cp1256"),
    (
        "Shift-JIS Japanese",
        "政府筋によると、北部の州都近郊で武装集団が警察の検問所を襲撃し、少なくとも１２人が死亡した。\n"
        * 3,
        "shift_jis",
    ),
    ("UTF-8 with BOM", GOOD, "utf-8-sig"),
    ("UTF-16 LE with BOM", GOOD, "utf-16"),
    ("UTF-16 LE English, no BOM", GOOD, "utf-16-le"),
    ("cp1252 quotes and euro", GOOD + " Caf\u00e9 \u201cquoted\u201d \u20ac5", "cp1252"),
    ("latin-1 with a C1 byte", GOOD + " Caf\u00e9 \u0081", "latin-1"),
):

    @kind(f"encoding: {_name}")
    def _(tmp: Path, text: str = _text, codec: str = _codec) -> Outcome:
        return loaded(
            write(tmp, "a.txt", text.encode(codec)), 1, lambda f: f["raw_text"][0] == text
        )


@kind("HTML fragment starting with <div>")
def _(tmp: Path) -> Outcome:
    path = write(
        tmp,
        "a.txt",
        "<div><p>KHARKIV, Ukraine - A drone hit a block.</p><p>Three were hurt.</p></div>",
    )
    return loaded(path, 1, lambda f: "<" not in f["text"][0])


@kind("zero-width joiners and direction marks inside words")
def _(tmp: Path) -> Outcome:
    raw = (ROOT / "seeds" / "000_70786d1908f0780f.txt").read_text(encoding="utf-8")
    import re

    marked = re.sub(r"\b(\w)(\w+)", lambda m: m.group(1) + "\u200d\u202e" + m.group(2), raw)
    write(tmp / "clean", "a.txt", raw)
    write(tmp / "marked", "a.txt", marked)
    clean = process_corpus(tmp / "clean", tables=["actors", "casualties"], progress=False)
    dirty = process_corpus(tmp / "marked", tables=["actors", "casualties"], progress=False)
    dirty.write(tmp / "out")
    no_bidi = all(
        "\u202e" not in p.read_text(encoding="utf-8") for p in (tmp / "out").glob("*.csv")
    )
    same = len(clean.actors) == len(dirty.actors) and len(clean.casualties) == len(dirty.casualties)
    return Outcome(1, len(dirty.documents), same and no_bidi)


@kind("formula injection in id, title and text")
def _(tmp: Path) -> Outcome:
    records = [
        {"id": "=cmd|' /C calc'!A0", "title": "+1+1", "text": "@SUM(1) " + GOOD},
        {"id": "-2", "text": GOOD},
    ]
    write(tmp / "in", "f.jsonl", jsonl(records))
    result = process_corpus(tmp / "in", tables=["actors"], progress=False)
    result.write(tmp / "out")
    with (tmp / "out" / "documents.csv").open(newline="", encoding="utf-8") as handle:
        cells = [value for row in csv.reader(handle) for value in row]
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    kept = pd.read_parquet(tmp / "out" / "documents.parquet")["doc_id"].tolist() == [
        "=cmd|' /C calc'!A0",
        "-2",
    ]
    return Outcome(2, len(result.documents), not dangerous and kept)


# --- 14-16: hangs, memory, time ----------------------------------------------------------------


@kind("FIFO named x.txt")
def _(tmp: Path) -> Outcome:
    os.mkfifo(tmp / "x.txt")
    write(tmp, "a.txt", GOOD)
    return loaded(tmp, 2, lambda f: "FIFO" in f["error"][1])


@kind("symlink to /dev/zero")
def _(tmp: Path) -> Outcome:
    (tmp / "zero.txt").symlink_to("/dev/zero")
    return loaded(tmp, 1, lambda f: f["status"][0] == "error")


@kind("symlink loop and dangling symlink")
def _(tmp: Path) -> Outcome:
    (tmp / "loop.txt").symlink_to(tmp / "loop.txt")
    (tmp / "gone.txt").symlink_to(tmp / "missing.txt")
    return loaded(tmp, 2, lambda f: statuses(f) == {"error": 2})


@kind("file over the size cap")
def _(tmp: Path) -> Outcome:
    write(tmp, "big.txt", GOOD * 100)
    write(tmp, "small.txt", GOOD)
    os.environ[MAX_BYTES_ENV] = "0.002"
    try:
        return loaded(tmp, 2, lambda f: list(f["status"]) == ["error", "ok"])
    finally:
        del os.environ[MAX_BYTES_ENV]


@kind("respectively list of 2,000 figures in one sentence")
def _(tmp: Path) -> Outcome:
    # A hang guard measured as a ratio in one run (these machines are noisy): after a warm-up
    # article (the model loads), a quarter of the list, then the whole; linear work takes about
    # 4 times as long, quadratic work 16 times. Within 30 s, or 6 times the quarter's time.
    write(tmp / "warm", "a.txt", GOOD)
    process_corpus(tmp / "warm", tables=["casualties"], progress=False)
    write(tmp / "quarter", "a.txt", adversarial_text(8_500))
    started = time.perf_counter()
    process_corpus(tmp / "quarter", tables=["casualties"], progress=False)
    quarter = time.perf_counter() - started
    write(tmp / "whole", "a.txt", adversarial_text(34_000))
    started = time.perf_counter()
    result = process_corpus(tmp / "whole", tables=["casualties"], progress=False)
    took = time.perf_counter() - started
    ok = len(result.casualties) >= 1900 and took < max(30, 6 * quarter)
    return Outcome(1, len(result.documents), ok, f"{took:.1f} s, a quarter {quarter:.1f} s")


@kind("text over spaCy's length limit: full schemas")
def _(tmp: Path) -> Outcome:
    write(tmp, "long.txt", "Militia fighters shelled the camp, killing 12 people. " * 20_000)
    result = process_corpus(tmp, progress=False)
    schemas = all(
        list(getattr(result, name).columns) == ["doc_id", *get_table(name).columns]
        for name in table_names()
    )
    return Outcome(1, len(result.documents), schemas and result.documents["status"][0] == "error")


# --- the older hardening tests (tests/unit/test_load.py) --------------------------------------

for _name, _data, _status in (
    ("PNG named .txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "error"),
    ("NUL bytes in a .txt", b"text with \x00\x01\x02 NUL bytes \x00 inside", "error"),
    ("control characters", bytes(range(1, 32)) * 40, "error"),
    ("empty file", b"", "empty"),
    ("whitespace only", b"   \n\t\r\n  ", "empty"),
    ("invalid UTF-8", GOOD.encode() + b"\xff\xfe broken \xc3(", "ok"),
    ("CRLF line ends", GOOD.replace(" - ", "\r\n").encode(), "ok"),
    ("CR line ends", GOOD.replace(" - ", "\r").encode(), "ok"),
    (
        "Arabic, emoji, unbalanced quotes, ANSI escapes",
        "غزة: قصف\nGAZA - “We 😢 he said.\n\x1b[31mAlert\x07".encode(),
        "ok",
    ),
    (
        "a 1,000,000-character paragraph",
        (" ".join(["Militia fighters shelled the camp"] * 30_000)).encode(),
        "ok",
    ),
):

    @kind(f"txt: {_name}")
    def _(tmp: Path, data: bytes = _data, status: str = _status) -> Outcome:
        return loaded(write(tmp, "a.txt", data), 1, lambda f: f["status"][0] == status)


@kind("txt: a 20 MB file")
def _(tmp: Path) -> Outcome:
    data = "\n".join(
        f"Report {i}: shelling hit district {i % 97}, the ministry said." for i in range(300_000)
    )
    return loaded(write(tmp, "big.txt", data), 1, lambda f: f["status"][0] == "ok")


@kind("HTML page saved as .txt")
def _(tmp: Path) -> Outcome:
    page = (
        "<!DOCTYPE html><html><body><h1>Drone strike</h1><script>x()</script><p>"
        + GOOD
        + "</p></body></html>"
    )
    return loaded(write(tmp, "p.txt", page), 1, lambda f: "x()" not in f["text"][0])


@kind("jsonl: malformed line and a record without text")
def _(tmp: Path) -> Outcome:
    text = "\n".join(
        [
            json.dumps({"text": GOOD}),
            "{not json",
            json.dumps({"title": "t"}),
            "",
            json.dumps({"text": GOOD}),
        ]
    )
    return loaded(write(tmp, "f.jsonl", text), 4, lambda f: statuses(f) == {"ok": 2, "error": 2})


@kind("csv without a text column")
def _(tmp: Path) -> Outcome:
    return loaded(
        write(tmp, "f.csv", "headline,body\na,b\n"), 1, lambda f: f["status"][0] == "error"
    )


@kind("malformed sidecar")
def _(tmp: Path) -> Outcome:
    write(tmp, "a.txt", GOOD)
    write(tmp, "a.meta.json", "{oops")
    return loaded(tmp, 1, lambda f: f["status"][0] == "error")


@kind("a folder named x.txt")
def _(tmp: Path) -> Outcome:
    (tmp / "x.txt").mkdir()
    return loaded(tmp, 1, lambda f: f["status"][0] == "error")


@kind("missing path and a folder without articles: one line from the CLI")
def _(tmp: Path) -> Outcome:
    write(tmp / "photos", "p.png", b"\x89PNG")
    runs = [
        no_traceback(cli(["extract", str(tmp / p), "--out", str(tmp / "o")]))
        for p in ("nope", "photos")
    ]
    return Outcome(
        0, 0, all(r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 for r in runs)
    )


@kind("path-traversal ids")
def _(tmp: Path) -> Outcome:
    write(
        tmp / "in",
        "f.jsonl",
        jsonl([{"id": "../../escape", "text": GOOD}, {"id": "/etc/passwd", "text": GOOD}]),
    )
    result = process_corpus(tmp / "in", tables=["actors"], progress=False)
    result.write(tmp / "out")
    escaped = [p for p in tmp.rglob("*") if "escape" in p.name or p.name == "passwd"]
    return Outcome(2, len(result.documents), not escaped)


# --- 7: the cache -----------------------------------------------------------------------------


def _small_corpus(tmp: Path) -> Path:
    write_articles(tmp / "in", 3, seed=4, sentences=2)
    return tmp / "in"


def _same(a, b) -> bool:
    return all(a.frames()[n].equals(b.frames()[n]) for n in a.frames())


@kind("cache: folders where cache files should be")
def _(tmp: Path) -> Outcome:
    corpus = _small_corpus(tmp)
    first = process_corpus(corpus, cache_dir=tmp / "c", progress=False)
    for file in [*(tmp / "c").rglob("*.spacy"), *(tmp / "c").rglob("tables/*/*.json")]:
        file.unlink()
        file.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = process_corpus(corpus, cache_dir=tmp / "c", progress=False)
    return Outcome(3, len(again.documents), _same(first, again))


@kind("cache: --cache-dir is a file")
def _(tmp: Path) -> Outcome:
    corpus = _small_corpus(tmp)
    write(tmp, "c", "a file")
    done = no_traceback(
        cli(["extract", str(corpus), "--out", str(tmp / "o"), "--cache-dir", str(tmp / "c")])
    )
    return Outcome(
        3, 3 if done.returncode == 0 else 0, done.returncode == 0 and "disabled" in done.stderr
    )


def _limit_file_size(limit: int) -> Callable[[], None]:
    def limit_it() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_it


@kind("cache: full disk under --cache-dir (every write fails with ENOSPC)")
def _(tmp: Path) -> Outcome:
    import analysis.corpus.cache as cache_module

    corpus = _small_corpus(tmp)
    reference = process_corpus(corpus, progress=False)
    original = cache_module.write_bytes_atomic

    def full(path: Path, data: bytes, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    cache_module.write_bytes_atomic = full
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = process_corpus(corpus, cache_dir=tmp / "c", progress=False)
    finally:
        cache_module.write_bytes_atomic = original
    once = sum("disabled" in str(w.message) for w in caught) == 1
    return Outcome(3, len(result.documents), once and _same(reference, result))


for _corruption in ("truncated", "random bytes", "another text's entry", "empty"):

    @kind(f"cache: {_corruption} entry")
    def _(tmp: Path, corruption: str = _corruption) -> Outcome:
        corpus = _small_corpus(tmp)
        first = process_corpus(corpus, cache_dir=tmp / "c", progress=False)
        files = sorted((tmp / "c").rglob("*.spacy")) + sorted((tmp / "c").rglob("tables/*/*.json"))
        for a, b in zip(files, files[1:] + files[:1], strict=True):
            data = {"truncated": a.read_bytes()[:-7], "random bytes": os.urandom(300),
                    "another text's entry": b.read_bytes(), "empty": b""}[corruption]  # fmt: skip
            a.write_bytes(data)
        again = process_corpus(corpus, cache_dir=tmp / "c", progress=False)
        return Outcome(3, len(again.documents), _same(first, again))


# --- 17-19 and the kill tests: stopping, torn writes, full disks ----------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start_two_process_run(tmp: Path) -> tuple[subprocess.Popen, set[int]]:
    write_articles(tmp / "in", 200, seed=9, sentences=6)
    command = [
        sys.executable, "-m", "analysis", "extract", str(tmp / "in"), "--out", str(tmp / "o"),
        "--n-process", "2", "--batch-size", "2", "--no-progress",
    ]  # fmt: skip
    run = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline, workers = time.monotonic() + 90, set()
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.1)
        workers = {p for p in _children(run.pid) if _alive(p)}
    return run, workers


@kind("SIGKILL of the CLI with --n-process 2: workers die")
def _(tmp: Path) -> Outcome:
    run, workers = _start_two_process_run(tmp)
    run.kill()
    run.communicate(timeout=30)
    time.sleep(1)
    return Outcome(0, 0, len(workers) == 2 and not any(_alive(p) for p in workers))


for _sig in (signal.SIGTERM, signal.SIGINT):

    @kind(f"{_sig.name} of the CLI with --n-process 2: one line, clean stop")
    def _(tmp: Path, sig: signal.Signals = _sig) -> Outcome:
        run, workers = _start_two_process_run(tmp)
        if sig == signal.SIGINT:
            os.killpg(run.pid, sig)
        else:
            run.send_signal(sig)
        _, err = run.communicate(timeout=60)
        if "Traceback" in err.decode():
            raise Traceback(err.decode().strip().splitlines()[-1])
        one_line = len(err.decode().strip().splitlines()) == 1
        return Outcome(
            0, 0, run.returncode == 128 + sig and one_line and not any(_alive(p) for p in workers)
        )


@kind("SIGKILL midway, rerun with the cache: same tables, no temporary files")
def _(tmp: Path) -> Outcome:
    write_articles(tmp / "in", 30, seed=3, sentences=3)
    args = [
        "extract",
        str(tmp / "in"),
        "--out",
        str(tmp / "o"),
        "--cache-dir",
        str(tmp / "c"),
        "--no-progress",
    ]
    victim = subprocess.Popen([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while (
        len(list((tmp / "c").glob("*/*/*.spacy"))) < 5
        and victim.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    victim.kill()
    victim.wait()
    no_traceback(cli(args))
    reference = process_corpus(tmp / "in", progress=False)
    same = all(
        pd.read_parquet(tmp / "o" / f"{name}.parquet").equals(frame.reset_index(drop=True))
        for name, frame in reference.frames().items()
    )
    leftovers = [p for p in (tmp / "o").iterdir() if p.name.startswith(".")]
    return Outcome(30, len(reference.documents), same and not leftovers)


_KILL_AT_MOVE = """
import os, sys
from pathlib import Path
import analysis.corpus.tableset as tableset
count = 0
original = Path.replace
def replace(self, target):
    global count
    count += 1
    if count == int(sys.argv[2]):
        os._exit(9)
    return original(self, target)
Path.replace = replace
from analysis.cli import main
base = sys.argv[1]
args = ["extract", base + "/in", "--out", base + "/o", "--no-progress", "--tables", "actors"]
sys.exit(main(args))
"""

for _at in (1, 3, 5):

    @kind(f"SIGKILL while moving the tables into place (move {_at})")
    def _(tmp: Path, at: int = _at) -> Outcome:
        write_articles(tmp / "in", 3, seed=1, sentences=2)
        no_traceback(
            cli_here(["extract", str(tmp / "in"), "--out", str(tmp / "o"), "--tables", "actors"])
        )
        write_articles(tmp / "in", 5, seed=2, sentences=2)  # a different corpus: a different set
        killed = subprocess.run([sys.executable, "-c", _KILL_AT_MOVE, str(tmp), str(at)], cwd=ROOT,
                                capture_output=True, text=True, timeout=TIMEOUT)  # fmt: skip
        rerun = no_traceback(
            cli_here(["extract", str(tmp / "in"), "--out", str(tmp / "o"), "--tables", "actors"])
        )
        check_table_set(tmp / "o")
        documents = pd.read_parquet(tmp / "o" / "documents.parquet")
        leftovers = [p for p in (tmp / "o").iterdir() if p.name.startswith(".")]
        return Outcome(
            5, len(documents), killed.returncode == 9 and rerun.returncode == 0 and not leftovers
        )


@kind("stale staging of another process (.documents.<pid>.staging, .tmp)")
def _(tmp: Path) -> Outcome:
    write_articles(tmp / "in", 3, seed=1, sentences=2)
    out = tmp / "o"
    (out / f".documents.{os.getpid() + 1}.staging").mkdir(parents=True)
    (out / ".actors.csv.1.abcd1234.tmp").write_text("half")
    (out / ".tables.1.deadbeef.staging").mkdir()
    done = no_traceback(cli(["extract", str(tmp / "in"), "--out", str(out), "--tables", "actors"]))
    leftovers = [p for p in out.iterdir() if p.name.startswith(".")]
    return Outcome(3, 3 if done.returncode == 0 else 0, done.returncode == 0 and not leftovers)


@kind("full disk under --out: the previous set stays")
def _(tmp: Path) -> Outcome:
    write_articles(tmp / "in", 3, seed=1, sentences=2)
    out = tmp / "o"
    no_traceback(cli_here(["extract", str(tmp / "in"), "--out", str(out)]))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    write_articles(tmp / "in", 40, seed=2, sentences=4)
    biggest = max(len(b) for b in before.values())
    done = no_traceback(
        cli(["extract", str(tmp / "in"), "--out", str(out)], preexec=_limit_file_size(biggest + 1))
    )
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    one_line = len(done.stderr.strip().splitlines()) == 1 and "unchanged" in done.stderr
    return Outcome(
        3,
        len(pd.read_parquet(out / "documents.parquet")),
        done.returncode == 1 and after == before and one_line,
    )


@kind("two concurrent runs into one --out")
def _(tmp: Path) -> Outcome:
    write_articles(tmp / "in", 10, seed=1, sentences=2)
    args = [
        sys.executable,
        "-m",
        "analysis",
        "extract",
        str(tmp / "in"),
        "--out",
        str(tmp / "o"),
        "--no-progress",
    ]
    runs = [
        subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=TIMEOUT)[1].decode() for run in runs]
    for err in errors:
        if "Traceback" in err:
            raise Traceback(err.strip().splitlines()[-1])
    check_table_set(tmp / "o")
    documents = pd.read_parquet(tmp / "o" / "documents.parquet")
    return Outcome(10, len(documents), all(run.returncode == 0 for run in runs))


# --- the runner ----------------------------------------------------------------------------------


class Hang(BaseException):
    """A kind ran past `TIMEOUT`."""


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only kinds whose name contains this")
    parser.add_argument(
        "--skip", action="append", default=[], help="leave out kinds whose name contains this"
    )
    parser.add_argument("--keep", type=Path, help="generate the fixtures here and keep them")
    parser.add_argument(
        "--part", default="0/1", metavar="K/N",
        help="run only the K-th of N interleaved parts of the kinds (0/4 ... 3/4), so that "
        "test workers can share the battery",
    )  # fmt: skip
    args = parser.parse_args(argv)
    part, parts = (int(x) for x in args.part.split("/"))
    if not 0 <= part < parts:
        parser.error(f"--part {args.part}: K must be 0 to N-1")
    selected = {
        name: run
        for index, (name, run) in enumerate(KINDS.items())
        if index % parts == part
        and args.only.lower() in name.lower()
        and not any(skip.lower() in name.lower() for skip in args.skip)
    }
    clean = lost = tracebacks = hangs = 0
    base = args.keep or Path(tempfile.mkdtemp(prefix="bad_inputs_"))
    try:
        for number, (name, run) in enumerate(selected.items(), start=1):
            folder = base / f"{number:03d}"
            folder.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            try:
                with deadline(TIMEOUT):
                    outcome = run(folder)
            except Hang:
                hangs += 1
                print(f"HANG      {name}", flush=True)
                continue
            except subprocess.TimeoutExpired:
                hangs += 1
                print(f"HANG      {name} (a subprocess)", flush=True)
                continue
            except Exception as error:  # a traceback: the run stopped on this input
                tracebacks += 1
                where = traceback.extract_tb(error.__traceback__)[-1]
                message = f"{type(error).__name__}: {error} ({where.filename}:{where.lineno})"
                print(f"TRACEBACK {name}: {message[:300]}", flush=True)
                continue
            lost += outcome.expected - outcome.found
            clean += outcome.ok and outcome.found == outcome.expected
            status = "ok" if outcome.ok and outcome.found == outcome.expected else "NOT CLEAN"
            lost_note = (
                f", {outcome.expected - outcome.found} lost"
                if outcome.found < outcome.expected
                else ""
            )
            note = f" ({outcome.note})" if outcome.note else ""
            print(
                f"{status:<9} {name}{note}{lost_note} [{time.perf_counter() - started:.1f} s]",
                flush=True,
            )
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    print(
        f"kinds tried {len(selected)}, handled cleanly {clean}, lost records {lost}, "
        f"tracebacks {tracebacks}, hangs {hangs}"
    )
    return 0 if (lost, tracebacks, hangs) == (0, 0, 0) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
