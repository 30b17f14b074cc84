"""Casualty plots: the data behind them, and byte-identical files when saved twice."""

from pathlib import Path

import matplotlib as mpl
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
    second = save_figure(
        plot_casualties_by_party(seed_table), "casualties_by_party", tmp_path / "b"
    )
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
    assert isinstance(ax.get_legend(), mpl.legend.Legend)
    caption = " ".join(t.get_text() for t in ax.texts)
    assert "Syrian Observatory for Human Rights" in caption
    assert "five days of fighting" in caption
    plt.close(fig)


def test_by_party_without_a_breakdown_and_with_an_error(nlp: Language) -> None:
    table = extract_casualties(nlp("Clashes killed 9 soldiers and 4 civilians in Tillaberi."))
    fig = plot_casualties_by_party(table)
    assert sorted(bar.get_width() for bar in fig.axes[0].patches) == [4, 9]
    plt.close(fig)
    table = extract_casualties(
        nlp("The strike killed 10 people, including 8 women and 7 children.")
    )
    fig = plot_casualties_by_party(table)
    assert any("ABOVE" in t.get_text() for t in fig.axes[0].texts)
    plt.close(fig)


def _texts(ax: plt.Axes) -> str:
    legend = ax.get_legend()
    return " ".join(t.get_text() for t in [*ax.texts, *ax.get_yticklabels(),
                                            *(legend.get_texts() if legend else [])])  # fmt: skip


def _key(ax: plt.Axes) -> dict[str, tuple[float, ...]]:
    legend = ax.get_legend()
    return {t.get_text(): tuple(h.get_facecolor())
            for t, h in zip(legend.get_texts(), legend.legend_handles, strict=True)}  # fmt: skip


def test_by_party_has_a_key_for_its_colours(seed_table: pd.DataFrame) -> None:
    fig = plot_casualties_by_party(seed_table)
    ax = fig.axes[0]
    key = _key(ax)
    assert set(key) == {"Named party (actor in brackets)", "Civilians, or no party named"}
    assert set(key.values()) == {tuple(bar.get_facecolor()) for bar in ax.patches}
    civilians = [t.get_text() for t in ax.get_yticklabels() if "civilians" in t.get_text()]
    assert civilians == ["civilians"]  # a category is not shown as a party in brackets
    plt.close(fig)
    named = seed_table[seed_table["victim_category"] != "civilians"]
    fig = plot_casualties_by_party(named)  # every colour drawn is explained, and only those
    assert set(_key(fig.axes[0])) == {"Named party (actor in brackets)"}
    plt.close(fig)


def test_by_party_check_box_sits_outside_the_bars(seed_table: pd.DataFrame) -> None:
    fig = plot_casualties_by_party(seed_table)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    (note,) = [t for t in ax.texts if "Reported total" in t.get_text()]
    box = note.get_window_extent(renderer)
    assert box.y1 < ax.get_window_extent(renderer).y0  # under the axes, not on them
    assert not any(box.overlaps(bar.get_window_extent(renderer)) for bar in ax.patches)
    plt.close(fig)


def test_figures_keep_their_qualifier(nlp: Language) -> None:
    table = extract_casualties(nlp(
        "At least 12 civilians and over 30 soldiers were killed in the attack near Kaya."))  # fmt: skip
    assert set(table["qualifier"]) == {"at_least", "more_than"}
    for fig in (plot_casualties_by_party(table), plot_casualty_outcomes(table)):
        texts = " ".join(_texts(ax) for ax in fig.axes)
        assert "at least 12" in texts and "over 30" in texts
        plt.close(fig)
    table = extract_casualties(nlp(
        "At least 20 people were killed near Kaya, including 12 soldiers and 8 civilians."))  # fmt: skip
    fig = plot_casualties_by_party(table)
    assert "Reported total: at least 20" in _texts(fig.axes[0])  # the check states it too
    assert "at least 20" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


def test_outcomes_share_one_scale(seed_table: pd.DataFrame) -> None:
    fig = plot_casualty_outcomes(seed_table)
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Killed", "Displaced"]
    assert [ax.patches[0].get_width() for ax in fig.axes] == [446, 20_000]
    assert len({ax.get_xlim() for ax in fig.axes}) == 1
    renderer = fig.canvas.get_renderer()
    killed, displaced = (ax.patches[0].get_window_extent(renderer).width for ax in fig.axes)
    assert killed / displaced == pytest.approx(446 / 20_000, rel=0.05)
    assert "one scale" in fig.axes[-1].get_xlabel()
    assert "over 20,000" in _texts(fig.axes[1])
    plt.close(fig)


def test_outcomes_come_from_the_data(seed_table: pd.DataFrame) -> None:
    """A new outcome (with or without a display name) gets its panel; no fixed list."""
    table = seed_table.copy()
    top = table.index[table["part_of"].isna()]
    table.loc[top[0], "outcome"] = "kidnapped"
    table.loc[top[-1], "outcome"] = "held_hostage"
    fig = plot_casualty_outcomes(table)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert "Kidnapped" in titles and "Held hostage" in titles
    plt.close(fig)


def test_ranges_plot(seed_table: pd.DataFrame) -> None:
    ranges = casualty_ranges(seed_table.assign(doc_id="seed"))
    fig = plot_casualty_ranges(ranges, seed_table.assign(doc_id="seed"))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["displaced · Aleppo · unknown", "killed · unknown · five days of fighting"]
    plt.close(fig)


def _range_bars(ax: plt.Axes) -> list[int]:
    """Rows (y) on which a line spans two different x values: a drawn range."""
    return sorted({round(line.get_ydata()[0]) for line in ax.get_lines()
                   if len(set(line.get_xdata())) > 1})  # fmt: skip


def test_a_single_report_is_not_drawn_as_a_range(seed_table: pd.DataFrame) -> None:
    one = seed_table.assign(doc_id="a")
    other = one.assign(doc_id="b", source="Another monitor",
                       count=[c + 10 if o == "killed" else c
                              for c, o in zip(one["count"], one["outcome"], strict=True)])  # fmt: skip
    figures = pd.concat([one, other], ignore_index=True)
    ranges = casualty_ranges(figures)
    fig = plot_casualty_ranges(ranges, figures)
    ax = fig.axes[0]
    spread = [y for y, (_, r) in enumerate(ranges.iterrows()) if r["low"] < r["high"]]
    assert spread and _range_bars(ax) == spread  # only rows whose sources differ
    notes = " ".join(t.get_text() for t in ax.texts)
    assert "sources agree" in notes or "single report" in notes
    plt.close(fig)
    single = casualty_ranges(seed_table.assign(doc_id="seed"))
    fig = plot_casualty_ranges(single, seed_table.assign(doc_id="seed"))
    assert _range_bars(fig.axes[0]) == []
    assert sum("single report" in t.get_text() for t in fig.axes[0].texts) == len(single)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["One report or sources agreeing (no range)"]
    plt.close(fig)


def test_figure_spans_cover_the_figures(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    table = extract_casualties(doc)
    spans = figure_spans(doc, table)
    assert [s.text for s in spans] == table["figure"].tolist()
    assert spans[1].label_ == "killed · HTS militants"
