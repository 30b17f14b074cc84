"""SIGKILL midway through `python -m analysis extract`: the rerun finishes with the same tables."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest
from corpus_builder import write_articles

from analysis.corpus import process_corpus
from analysis.extract import table_names

TABLES = table_names()


ROOT = Path(__file__).resolve().parents[2]
N_ARTICLES = 30
pytestmark = pytest.mark.slow


def cache_files(cache: Path) -> list[Path]:
    return list(cache.glob("*/*/*.spacy"))


def test_sigkill_midway_then_rerun_gives_the_uninterrupted_tables(tmp_path: Path) -> None:
    corpus, out, cache = tmp_path / "corpus", tmp_path / "out", tmp_path / "cache"
    write_articles(corpus, N_ARTICLES, seed=3, sentences=3)
    command = [
        sys.executable, "-m", "analysis", "extract", str(corpus), "--out", str(out),
        "--cache-dir", str(cache), "--tables", ",".join(TABLES), "--no-progress",
    ]  # fmt: skip

    victim = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(cache_files(cache)) < 5 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.communicate()
    assert victim.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    parsed_before_kill = len(cache_files(cache))
    assert 0 < parsed_before_kill < N_ARTICLES
    assert not (out / "documents.parquet").exists()

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"parses reused from the cache: {parsed_before_kill}" in rerun.stdout

    reference = process_corpus(corpus, tables=TABLES, progress=False)
    reference.write(tmp_path / "reference")
    for name in ("documents", *TABLES):
        pdt.assert_frame_equal(
            pd.read_parquet(out / f"{name}.parquet"),
            pd.read_parquet(tmp_path / "reference" / f"{name}.parquet"),
        )
    assert not list(out.glob(".*")), "temporary output files left behind"

    # The cache is whole: every entry loads, none is rebuilt, nothing is parsed again.
    again = process_corpus(corpus, tables=TABLES, cache_dir=cache, progress=False)
    assert (again.stats.parsed, again.stats.from_cache, again.stats.cache_rebuilt) == (
        0, N_ARTICLES, 0,
    )  # fmt: skip
