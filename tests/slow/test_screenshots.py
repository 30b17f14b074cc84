"""The report pages and the notebooks open in a real browser without an error on the page.

tools/screenshots.py drives headless Chromium (the distribution's package); this test runs it
on the versioned notebooks (as report pages written by nbconvert, and in JupyterLab) and on
a notebook whose stored output is a traceback, which it must flag. Skipped only where no
Chromium is installed (the CI machine installs Debian's `chromium` when it can).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "screenshots.py"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")),
        reason="no Chromium on this machine",
    ),
]


def to_report(notebooks: list[Path], folder: Path) -> None:
    """The report pages as `make report` writes them: HTML without code, images embedded."""
    command = [
        str(Path(sys.executable).with_name("jupyter")), "nbconvert", "--to", "html",
        "--no-input", "--embed-images", "--output-dir", str(folder), *map(str, notebooks),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)


def screenshots(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def broken_notebook(path: Path) -> None:
    """A notebook whose stored output is a Python error, as a failed run would leave it."""
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1 / 0")
    cell.outputs = [
        nbformat.v4.new_output(
            "error",
            ename="ZeroDivisionError",
            evalue="division by zero",
            traceback=["Traceback (most recent call last)", "ZeroDivisionError: division by zero"],
        )
    ]
    notebook.cells = [nbformat.v4.new_markdown_cell("# 99 · broken"), cell]
    nbformat.write(notebook, path)


def test_versioned_notebooks_render_without_errors(tmp_path: Path) -> None:
    report, lab, out = tmp_path / "report", tmp_path / "lab", tmp_path / "shots"
    lab.mkdir()
    to_report(NOTEBOOKS, report)
    for notebook in NOTEBOOKS:
        shutil.copy(notebook, lab / notebook.name)
    done = screenshots("--report", str(report), "--lab", str(lab), "--out", str(out))
    assert done.returncode == 0, done.stderr
    for notebook in NOTEBOOKS:
        for kind in ("report", "lab"):
            shot = out / f"{kind}-{notebook.stem}.png"
            assert shot.stat().st_size > 10_000, shot  # a rendered page, not a blank one
    for notebook in NOTEBOOKS:  # JupyterLab rendered the notebook's text, not an error page
        title = nbformat.read(notebook, as_version=4).cells[0].source.splitlines()[0].lstrip("# ")
        title = title.replace("&", "&amp;")
        assert title in (out / f"lab-{notebook.stem}.dom.html").read_text(encoding="utf-8")


def test_a_traceback_on_the_page_fails(tmp_path: Path) -> None:
    report, out = tmp_path / "report", tmp_path / "shots"
    broken = tmp_path / "99-broken.ipynb"
    broken_notebook(broken)
    to_report([broken], report)
    done = screenshots("--report", str(report), "--out", str(out))
    assert done.returncode == 1
    assert "report-99-broken" in done.stderr
