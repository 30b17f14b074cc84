"""Figures regenerate byte for byte: run every notebook headless and compare with figures/."""

import hashlib
from pathlib import Path

import matplotlib.pyplot as plt
import papermill
import pytest

from analysis.plots import save_figure

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_figure_is_byte_stable(tmp_path: Path) -> None:
    def draw() -> plt.Figure:
        fig, ax = plt.subplots()
        ax.bar(["killed", "wounded"], [446, 120])
        ax.set_title("Stable")
        return fig

    first = save_figure(draw(), "f", tmp_path / "a")
    second = save_figure(draw(), "f", tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg", ".pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert b"CreationDate" not in first[2].read_bytes()
    assert b"<dc:date>" not in first[1].read_bytes()
    plt.close("all")


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_regenerates_committed_figures(notebook: Path, tmp_path: Path) -> None:
    figures = tmp_path / "figures"
    papermill.execute_notebook(
        str(notebook),
        str(tmp_path / notebook.name),
        parameters={"corpus_dir": str(ROOT / "seeds"), "figures_dir": str(figures)},
        cwd=str(notebook.parent),
        progress_bar=False,
        kernel_name="python3",
    )
    produced = sorted(figures.iterdir())
    assert produced, f"{notebook.name} saved no figure"
    for path in produced:
        committed = ROOT / "figures" / path.name
        assert committed.exists(), f"{path.name} is not committed in figures/"
        assert digest(path) == digest(committed), f"{path.name} differs from the committed file"
