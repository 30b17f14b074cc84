"""`python -m analysis extract`: help a new user can follow, one-line errors, exit codes."""

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pandas as pd
import pytest
from corpus_builder import write_mixed_corpus

from analysis.cli import main
from analysis.extract import table_names

TABLES = table_names()


ROOT = Path(__file__).resolve().parents[2]


def run_module(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_help_explains_the_command() -> None:
    done = run_module("extract", "--help")
    assert done.returncode == 0
    for words in ("INPUT", "--out", "--tables", "--n-process", "--engine", "--scheduler",
                  "--cache-dir", "--no-progress", "examples:", "documents.parquet"):  # fmt: skip
        assert words in done.stdout
    top = run_module("--help")
    assert top.returncode == 0 and "extract" in top.stdout
    assert "incidents" in done.stdout and "needs casualties" in " ".join(done.stdout.split())


def test_version_names_the_command_and_the_package_version() -> None:
    done = run_module("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"conflict-news {metadata.version('conflict-news-analysis')}"


def test_a_missing_path_is_one_line_without_traceback(tmp_path: Path) -> None:
    done = run_module("extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"python -m analysis: error: no such file or folder: {tmp_path / 'nowhere'}"
    ]


def test_a_folder_without_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "no articles in" in err and "photo.jpg" in err
    assert len(err.strip().splitlines()) == 1


def test_bad_table_names_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(tmp_path), "--out", str(tmp_path), "--tables", "actors,victims"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert (
        "unknown table 'victims': choose from actors, quotes, events, casualties, incidents" in err
    )


def test_scheduler_needs_the_dask_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["extract", "seeds", "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]
    assert main(args) == 1
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_extract_writes_every_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = write_mixed_corpus(tmp_path / "in", n_good=2)
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "in"), "--out", str(out), "--tables", ",".join(TABLES)]
    assert main([*args, "--no-progress"]) == 0
    stdout = capsys.readouterr().out
    assert f"documents {expected} " in stdout and "documents.csv" in stdout
    assert len(pd.read_parquet(out / "documents.parquet")) == expected
    for name in TABLES:
        assert (out / f"{name}.parquet").is_file() and (out / f"{name}.csv").is_file()


def extract(folder: Path, out: Path, tables: str) -> int:
    """`extract FOLDER --out OUT --tables TABLES` without a progress bar; the exit code."""
    return main(["extract", str(folder), "--out", str(out), "--tables", tables, "--no-progress"])


def test_tables_incidents_brings_the_casualties(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_mixed_corpus(tmp_path / "in", n_good=2)
    out = tmp_path / "out"
    assert extract(tmp_path / "in", out, "incidents") == 0
    stdout = capsys.readouterr().out
    assert "casualties " in stdout and "incidents " in stdout and "incident_links " in stdout
    for name in ("casualties", "incidents", "incident_links"):
        assert (out / f"{name}.parquet").is_file() and (out / f"{name}.csv").is_file()
    assert not (out / "actors.parquet").exists()
    links = pd.read_parquet(out / "incident_links.parquet")
    assert len(links) == len(pd.read_parquet(out / "casualties.parquet"))


def test_tables_without_incidents_write_no_incidents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_mixed_corpus(tmp_path / "in", n_good=1)
    out = tmp_path / "out"
    assert extract(tmp_path / "in", out, "casualties") == 0
    assert (out / "casualties.parquet").is_file() and not (out / "incidents.parquet").exists()


_FULL_QUEUE_THEN_STOP = """
import multiprocessing
from analysis.corpus.run import stop_workers

queue = multiprocessing.Queue()
queue.put(b"x" * 1_000_000)  # more than a pipe holds: its feeder thread blocks, nobody reads
stop_workers()
"""


def test_a_stopped_run_does_not_wait_at_exit_for_queues_no_worker_reads() -> None:
    # A run stopped by SIGTERM leaves its workers' queues unread; waiting at exit for their
    # feeder threads to flush would wait for ever (a hang seen once in bad_inputs.py).
    done = subprocess.run(
        [sys.executable, "-c", _FULL_QUEUE_THEN_STOP], capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()


_UNRECORDED_CHILD_THEN_STOP = """
import os, time
from analysis.corpus.run import stop_workers

pid = os.fork()  # a worker multiprocessing has not recorded (forked, not yet registered)
if pid == 0:
    time.sleep(120)
    os._exit(0)
time.sleep(0.2)
stop_workers()
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="children listed by /proc")
def test_a_stop_also_ends_a_worker_multiprocessing_has_not_recorded() -> None:
    # SIGTERM handled between a worker's fork and its registration left that worker
    # running and the run waiting for it (a hang seen once in bad_inputs.py).
    done = subprocess.run(
        [sys.executable, "-c", _UNRECORDED_CHILD_THEN_STOP], capture_output=True, timeout=60
    )
    assert done.stdout.decode().split() == ["True"], done.stderr.decode()
