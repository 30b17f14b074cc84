"""Figures regenerate byte for byte: run every notebook headless and compare with figures/."""

import hashlib
import os
import subprocess
import sys
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


# Every figure function on small invented tables; run in a fresh interpreter per hash seed,
# because an order taken from a set of strings (e.g. a networkx subgraph view) changes only
# between processes, never within one.
DRAW_EVERY_FIGURE = """
import sys
import matplotlib
matplotlib.use("Agg")
import pandas as pd
from analysis import plots

na = pd.NA
casualties = pd.DataFrame({
    "figure_id": [0, 1, 2, 3, 4], "figure": ["at least 50", "30", "20", "over 9,000", "7"],
    "count": pd.array([50, 30, 20, 9000, 7], dtype="Int64"),
    "qualifier": ["at_least", "exact", "exact", "more_than", "exact"],
    "outcome": ["killed", "killed", "killed", "displaced", "kidnapped"],
    "group": [na, "soldiers", "villagers", "residents", "traders"],
    "actor": [na, "Army of Northland", "Civilians (Northland)", na, na],
    "victim_category": [na, "force", "civilians", "civilians", "civilians"],
    "part_of": pd.array([na, 0, 0, na, na], dtype="Int64"),
    "start": [0, 40, 60, 120, 200], "source": ["a monitor", na, na, "an agency", na],
    "period": ["last week", na, na, na, na], "location": [na, na, na, "Southvale", "Eastford"],
})
ranges = pd.DataFrame({
    "outcome": ["killed", "killed", "displaced"], "location": ["Eastford", "unknown", "Southvale"],
    "period": ["unknown"] * 3, "low": [7, 40, 9000], "best": [7, 45, 9000],
    "high": [7, 60, 9000], "n_sources": [1, 3, 2], "n_documents": [1, 3, 2],
})
names = [f"Group {chr(65 + i)} of the {w} Front"
         for i, w in enumerate("North South East West Hill Lake River Sea Plain".split())]
counts = pd.DataFrame({"actor": names, "actor_type": ["armed_group", "state_forces", "ngo"] * 3,
                       "mentions": [9, 8, 7, 6, 5, 4, 3, 2, 2]})
# Three separate groups: each is a small part of the graph, laid out on its own.
pairs = [(names[i], names[j]) for i in range(9) for j in range(i + 1, 9) if i // 3 == j // 3]
edges = pd.DataFrame({"actor_a": [a for a, _ in pairs], "actor_b": [b for _, b in pairs],
                      "weight": [1 + k % 3 for k in range(len(pairs))]})
stages = pd.DataFrame({"stage": ["raw", "kept"], "paragraphs": [12, 9]})
status = pd.DataFrame({"position": [0, 1, 2, 3], "status": ["headline", "kept", "kept", "duplicate"],
                       "duplicate_of": [na, na, na, 1]})
figures = {
    "by_party": plots.plot_casualties_by_party(casualties),
    "outcomes": plots.plot_casualty_outcomes(casualties),
    "ranges": plots.plot_casualty_ranges(ranges),
    "mentions": plots.plot_actor_mentions(counts, top=5),
    "network": plots.plot_actor_network(edges, counts),
    "paragraphs": plots.plot_paragraph_counts(stages),
    "duplicates": plots.plot_duplicate_map(status),
}
for name, fig in figures.items():
    plots.save_figure(fig, name, sys.argv[1])
"""


def test_every_figure_is_byte_stable_across_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "MPLBACKEND": "Agg"}
        subprocess.run([sys.executable, "-c", DRAW_EVERY_FIGURE, str(out)], check=True, env=env,
                       cwd=ROOT)  # fmt: skip
        outputs.append(out)
    files = sorted(p.name for p in outputs[0].iterdir())
    assert len(files) == 7 * 3
    for name in files:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name


def test_the_duplicate_map_draws_every_status_of_an_article_with_a_byline_and_a_date_line() -> None:
    """A user's article with an author line and a printed date once stopped notebook 01."""
    from analysis.cleaning.article import paragraph_table
    from analysis.plots import plot_duplicate_map

    raw = (
        "Market guard shot in Kasese\n\n"
        "By Ruth Namara\n\n"
        "Published 3 February 2026\n\n"
        "A guard at the central market in Kasese was shot and wounded on Sunday night, police said.\n\n"
        "A guard at the central market in Kasese was shot and wounded on Sunday night, police said.\n\n"
        "Traders said the market had been robbed twice since December."
    )  # constructed text: an invented incident in the project's own words
    table = paragraph_table(raw)
    assert {"headline", "byline", "date line", "kept", "duplicate"} <= set(table["status"])
    fig = plot_duplicate_map(table)
    labels = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert sorted(labels) == sorted(table["status"].unique())
    plt.close(fig)
