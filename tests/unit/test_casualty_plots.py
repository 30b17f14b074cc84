"""Casualty plots: the data behind them, and byte-identical files when saved twice."""

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from spacy.language import Language

from analysis.checks import casualty_ranges
from analysis.extract.casualties import extract_casualties, figure_spans
from analysis.plots import (
    plot_casualties_by_party,
    plot_casualty_outcomes,
    plot_casualty_ranges,
    save_figure,
)


@pytest.fixture(scope="module")
def seed_table(nlp: Language, seed_text: str) -> pd.DataFrame:
    return extract_casualties(nlp(seed_text))


def test_casualties_by_party_saves_byte_identical_files(
    seed_table: pd.DataFrame, tmp_path: Path
) -> None:
    first = save_figure(plot_casualties_by_party(seed_table), "casualties_by_party", tmp_path / "a")
    second = save_figure(plot_casualties_by_party(seed_table), "casualties_by_party", tmp_path / "b")
    assert [p.name for p in first] == [
        "casualties_by_party.png", "casualties_by_party.svg", "casualties_by_party.pdf",
    ]  # fmt: skip
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    plt.close("all")


def test_casualties_by_party_draws_the_parts_sorted_with_check_and_caption(
    seed_table: pd.DataFrame,
) -> None:
    fig = plot_casualties_by_party(seed_table)
    ax = fig.axes[0]
    widths = [bar.get_width() for bar in ax.patches]
    assert sorted(widths) == widths == [44, 61, 141, 200]  # drawn bottom-up: largest on top
    texts = " ".join(t.get_text() for t in [*ax.texts, *ax.get_yticklabels()])
    assert "200 + 44 + 141 + 61 = 446" in texts and "equal" in texts
    assert "446" in ax.get_title(loc="left")
    caption = " ".join(t.get_text() for t in ax.texts)
    assert "Syrian Observatory for Human Rights" in caption
    assert "five days of fighting" in caption
    plt.close(fig)


def test_by_party_without_a_breakdown_and_with_an_error(nlp: Language) -> None:
    table = extract_casualties(nlp("Clashes killed 9 soldiers and 4 civilians in Tillaberi."))
    fig = plot_casualties_by_party(table)
    assert sorted(bar.get_width() for bar in fig.axes[0].patches) == [4, 9]
    plt.close(fig)
    table = extract_casualties(nlp("The strike killed 10 people, including 8 women and 7 children."))
    fig = plot_casualties_by_party(table)
    assert any("ABOVE" in t.get_text() for t in fig.axes[0].texts)
    plt.close(fig)


def test_outcomes_side_by_side(seed_table: pd.DataFrame) -> None:
    fig = plot_casualty_outcomes(seed_table)
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Deaths", "Displaced"]
    assert [ax.patches[0].get_width() for ax in fig.axes] == [446, 20_000]
    plt.close(fig)


def test_ranges_plot(seed_table: pd.DataFrame) -> None:
    ranges = casualty_ranges(seed_table.assign(doc_id="seed"))
    fig = plot_casualty_ranges(ranges, seed_table.assign(doc_id="seed"))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["displaced · Aleppo · unknown", "killed · unknown · five days of fighting"]
    plt.close(fig)


def test_figure_spans_cover_the_figures(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    table = extract_casualties(doc)
    spans = figure_spans(doc, table)
    assert [s.text for s in spans] == table["figure"].tolist()
    assert spans[1].label_ == "killed · HTS militants"
