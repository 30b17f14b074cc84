"""Issue 12, items 13, 18, 19: the tables are written as one set, and CSVs are inert.

A killed write is finished (or undone) by the next one; a failed write (a full disk)
leaves the previous set; stale staging from any earlier run never stops a write.
"""

import csv
import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.result import CorpusResult, CorpusStats
from analysis.corpus.tableset import (
    MANIFEST,
    TornTableSetError,
    check_table_set,
    folder_lock,
    recover,
)

ROOT = Path(__file__).resolve().parents[2]


def result(tag: str, title: str = "Clashes") -> CorpusResult:
    documents = pd.DataFrame(
        {"doc_id": ["a", "b"], "title": [title, f"{tag} title"], "status": ["ok", "ok"]}
    ).astype({"doc_id": "str", "title": "str", "status": "str"})
    actors = pd.DataFrame({"doc_id": ["a"], "actor": [f"{tag} actor"], "start": [0], "end": [3]})
    actors = actors.astype({"doc_id": "str", "actor": "str"})
    stats = CorpusStats(2, 2, 0, 2, 2, 0, 0, 0)
    return CorpusResult(documents=documents, extracted={"actors": actors}, stats=stats)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_set_is_written_with_its_manifest_last(tmp_path: Path) -> None:
    paths = result("A").write(tmp_path)
    assert {p.name for p in paths} == {"documents.parquet", "documents.csv", "actors.parquet", "actors.csv"}
    manifest = check_table_set(tmp_path)
    assert sorted(manifest["files"]) == sorted(p.name for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(p.name for p in paths), MANIFEST])


def test_a_full_disk_leaves_the_previous_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result("A").write(tmp_path)
    before = snapshot(tmp_path)
    calls = []

    def full_disk(self: pd.DataFrame, path: Path, **kwargs: object) -> None:
        calls.append(path)
        if len(calls) == 2:  # the second CSV: two files of the new set are already staged
            raise OSError(errno.ENOSPC, "No space left on device")
        Path(path).write_text("partial")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk)
    with pytest.raises(OSError, match=r"No space left on device.*tables already there are unchanged"):
        result("B").write(tmp_path)
    assert snapshot(tmp_path) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    check_table_set(tmp_path)


def test_stale_staging_of_any_earlier_run_is_cleaned(tmp_path: Path) -> None:
    result("A").write(tmp_path)
    (tmp_path / f".documents.{os.getpid()}.staging").mkdir()  # an older version's name
    (tmp_path / ".actors.123.old").mkdir()
    (tmp_path / ".actors.csv.123.0badc0de.tmp").write_text("half")
    uncommitted = tmp_path / ".tables.999.deadbeef.staging"
    uncommitted.mkdir()
    (uncommitted / "documents.parquet").write_text("half-written")
    result("B").write(tmp_path)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert pd.read_parquet(tmp_path / "actors.parquet")["actor"].tolist() == ["B actor"]
    check_table_set(tmp_path)


KILL_DURING_APPLY = """
import os, sys
from pathlib import Path
import analysis.corpus.tableset as tableset
sys.path.insert(0, sys.argv[2])
from test_table_set import result
moves = 0
original = Path.replace
def replace(self, target):
    global moves
    moves += 1
    if moves == 3:
        os._exit(9)  # SIGKILL-like: no cleanup of any kind
    return original(self, target)
Path.replace = replace
result("B").write(sys.argv[1])
"""


def test_a_write_killed_while_moving_files_is_rolled_forward(tmp_path: Path) -> None:
    result("A").write(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", KILL_DURING_APPLY, str(tmp_path), str(Path(__file__).parent)],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 9, done.stderr
    with pytest.raises(TornTableSetError, match="torn"):
        check_table_set(tmp_path)  # two files of B beside the rest of A: a reader can tell
    with folder_lock(tmp_path):
        recover(tmp_path)  # what the next write does first
    check_table_set(tmp_path)
    assert pd.read_parquet(tmp_path / "actors.parquet")["actor"].tolist() == ["B actor"]
    assert pd.read_csv(tmp_path / "documents.csv")["title"].tolist() == ["Clashes", "B title"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_write_killed_while_staging_leaves_the_previous_set(tmp_path: Path) -> None:
    result("A").write(tmp_path)
    before = snapshot(tmp_path)
    script = KILL_DURING_APPLY.replace("Path.replace = replace", "").replace(
        'result("B").write', 'import pandas as pd\npd.DataFrame.to_csv = lambda *a, **k: os._exit(9)\nresult("B").write'
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(Path(__file__).parent)],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 9, done.stderr
    assert snapshot(tmp_path) == before
    check_table_set(tmp_path)
    result("C").write(tmp_path)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_tables_not_in_the_new_set_are_removed(tmp_path: Path) -> None:
    result("A").write(tmp_path)
    result("B").write(tmp_path, csv=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actors.parquet", "documents.parquet", MANIFEST]
    (tmp_path / "notes.txt").write_text("mine")  # not ours: never touched
    result("C").write(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_two_writers_one_folder_give_one_whole_set(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, sys.argv[2])
        from test_table_set import result
        for _ in range(15):
            result(sys.argv[3]).write(sys.argv[1])
    """)
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(Path(__file__).parent), tag], cwd=ROOT)
        for tag in ("A", "B")
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    check_table_set(tmp_path)
    tags = {pd.read_parquet(tmp_path / "actors.parquet")["actor"][0][0], pd.read_csv(tmp_path / "documents.csv")["title"][1][0]}
    assert len(tags) == 1


@pytest.mark.parametrize("dangerous", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_formulas_are_neutralised_in_csv_only(tmp_path: Path, dangerous: str) -> None:
    result("A", title=dangerous).write(tmp_path)
    assert pd.read_parquet(tmp_path / "documents.parquet")["title"][0] == dangerous
    with (tmp_path / "documents.csv").open(newline="", encoding="utf-8") as handle:
        cell = next(iter(csv.DictReader(handle)))["title"]
    assert cell == "'" + dangerous


def test_bidi_overrides_never_reach_a_csv(tmp_path: Path) -> None:
    title = "Kyiv \u202egnillehs\u202c report \u2066x\u2069"
    result("A", title=title).write(tmp_path)
    assert pd.read_parquet(tmp_path / "documents.parquet")["title"][0] == title
    text = (tmp_path / "documents.csv").read_text(encoding="utf-8")
    assert not set(text) & {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
    assert "Kyiv \ufffdgnillehs\ufffd report" in text
