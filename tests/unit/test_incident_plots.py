"""Incident figures: the data behind them, ranges vs single reports, empty input, stable bytes."""

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis.incidents import INCIDENT_COLUMNS, LINK_COLUMNS
from analysis.plots import (
    busiest_incident,
    card_rows,
    place_grid,
    plot_incident_card,
    plot_incident_places,
    plot_incident_timeline,
    save_figure,
    side_colours,
    timeline_points,
)
from analysis.plots.incidents import NOT_STATED

# A market shelling seen by three reporters (50, 56, and an early "at least 30"); a village
# raid one reporter put at 9 (with a spread from the same reporter: still not a range); two
# tolls in two different Tripolis in one week; a displacement with no death toll; an
# incident with no date at all.
_INCIDENTS = [
    ("I0000", "2025-03-03", "Sudan", "El Fasher", "Rapid Support Forces", 30, 50, 56, None, 3, 3),
    ("I0001", "2025-03-04", "Sudan", "El Fasher", "Rapid Support Forces", 30, 30, 30, None, 1, 1),
    ("I0002", "2025-03-10", "Burkina Faso", "Djibo", None, 9, 9, 45, None, 1, 1),
    ("I0003", "2025-04-15", "Libya", "Tripoli", "Militia A", 8, 8, 8, None, 2, 2),
    ("I0004", "2025-04-17", "Lebanon", "Tripoli", "Israel", 3, 3, 3, None, 1, 1),
    ("I0005", "2025-03-05", "Sudan", "Tawila", None, None, None, None, 6270, 1, 1),
    ("I0006", None, None, None, None, 4, 4, 4, None, 1, 1),
]


def _incidents() -> pd.DataFrame:
    rows = []
    for iid, day, country, place, actor, low, best, high, displaced, n_src, n_docs in _INCIDENTS:
        row = dict.fromkeys(INCIDENT_COLUMNS)
        row.update(incident_id=iid, event_date=day, country=country, location=place,
                   actor1=actor, fatalities_low=low, fatalities_best=best, fatalities_high=high,
                   displaced=displaced, n_sources=n_src, n_documents=n_docs,
                   figure_ids="; ".join(f"d{iid}#{i}" for i in range(n_docs)))  # fmt: skip
        rows.append(row)
    table = pd.DataFrame(rows, columns=INCIDENT_COLUMNS)
    for column in ("fatalities_low", "fatalities_best", "fatalities_high", "displaced",
                   "n_sources", "n_documents"):  # fmt: skip
        table[column] = table[column].astype("Int64")
    return table


_TEXTS = {
    "horn_0304": "Shells hit the market on Monday, killing at least 30 people, residents said.",
    "nile_0306": "The ministry now says 50 people died in the market shelling.",
    "kivu_0308": "Doctors counted 56 dead after the shelling of the market.",
}


def _documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": list(_TEXTS),
        "published": ["2025-03-04", "2025-03-06", "2025-03-08"],
        "source": ["Horn Daily", "Nile Wire", None],
        "text": list(_TEXTS.values()),
    })  # fmt: skip


def _casualties() -> pd.DataFrame:
    rows = []
    for doc_id, number, qualifier, source in (("horn_0304", "30", "at_least", "residents"),
                                              ("nile_0306", "50", "exact", "the ministry"),
                                              ("kivu_0308", "56", "exact", None)):  # fmt: skip
        start = _TEXTS[doc_id].index(number)
        rows.append({"doc_id": doc_id, "figure_id": 0, "count": int(number),
                     "qualifier": qualifier, "outcome": "killed", "part_of": None,
                     "source": source, "date": "2025-03-03", "figure": number,
                     "start": start, "end": start + len(number)})  # fmt: skip
    table = pd.DataFrame(rows)
    table["count"] = table["count"].astype("Int64")
    table["part_of"] = table["part_of"].astype("Int64")
    return table


def _links() -> pd.DataFrame:
    rows = [{"doc_id": d, "figure_id": 0, "incident_id": "I0000", "reason": "same place and date",
             "standing": True} for d in _TEXTS]  # fmt: skip
    return pd.DataFrame(rows).reindex(columns=list(LINK_COLUMNS))


def _empty() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return (pd.DataFrame(columns=INCIDENT_COLUMNS), pd.DataFrame(columns=LINK_COLUMNS),
            _casualties().iloc[:0])  # fmt: skip


def _texts(fig: Figure) -> str:
    return " | ".join(t.get_text() for ax in fig.axes for t in [*ax.texts, ax.title])


def test_only_disagreeing_sources_make_a_range() -> None:
    points = timeline_points(_incidents()).set_index("incident_id")
    assert points.loc["I0000", "is_range"]  # three sources, 30-56
    assert not points.loc["I0002", "is_range"]  # one source: 9 to 45 is not a range
    assert not points.loc["I0003", "is_range"]  # two sources that agree
    assert "I0006" not in points.index  # no date: not on a time axis
    assert pd.isna(points.loc["I0005", "best"]) and points.loc["I0005", "other"] == "6,270 displ."


def test_timeline_draws_one_bar_per_range_and_hollow_single_reports() -> None:
    fig = plot_incident_timeline(_incidents())
    ax = fig.axes[0]
    bars = [line for line in ax.lines if line.get_linewidth() == 6]
    assert [tuple(bar.get_ydata()) for bar in bars] == [(30, 56)]
    hollow = [line for line in ax.lines if line.get_markerfacecolor() == "white"]
    assert sorted(int(line.get_ydata()[0]) for line in hollow) == [3, 9, 30]
    texts = _texts(fig)
    assert "El Fasher 50" in texts and "6,270 displ." in texts
    assert "1 without a date not shown" in texts
    plt.close(fig)


def test_same_day_incidents_are_spread_apart() -> None:
    table = _incidents()
    table.loc[1, "event_date"] = "2025-03-03"
    points = timeline_points(table)
    same = points[points["day"] == points["day"].min()]
    assert same["x"].nunique() == 2


def test_side_colours_are_ranked_and_stable() -> None:
    colours = side_colours(_incidents(), top=1)
    assert next(iter(colours)) == "Rapid Support Forces"  # two incidents
    assert colours["Israel"] == colours["Militia A"] != colours["Rapid Support Forces"]
    assert NOT_STATED in colours
    assert colours == side_colours(_incidents().iloc[::-1], top=1)


def test_place_grid_keeps_two_tripolis_apart_and_sums_a_place_week() -> None:
    grid = place_grid(_incidents())
    assert grid.attrs["period"] == "week"
    tripolis = grid[grid["place"].str.endswith("Tripoli")]
    assert sorted(tripolis["place"]) == ["Lebanon · Tripoli", "Libya · Tripoli"]
    fasher = grid[grid["place"] == "Sudan · El Fasher"].iloc[0]
    assert (fasher["killed"], fasher["incidents"]) == (80, 2)
    tawila = grid[grid["place"] == "Sudan · Tawila"].iloc[0]
    assert pd.isna(tawila["killed"]) and tawila["other"] == "6,270 displ."
    assert place_grid(_incidents(), period="month")["period"].map(lambda d: d.day).eq(1).all()


def test_place_view_annotates_the_cells() -> None:
    fig = plot_incident_places(_incidents())
    texts = _texts(fig)
    assert "80 (2)" in texts and "6,270 displ." in texts
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Libya · Tripoli" in labels and "Lebanon · Tripoli" in labels
    plt.close(fig)


def test_card_rows_carry_report_date_reporter_and_words() -> None:
    rows = card_rows("I0000", _links(), _casualties(), _documents())
    assert [str(d) for d in rows["report_date"]] == ["2025-03-04", "2025-03-06", "2025-03-08"]
    # the figure's source, else the outlet, else the document
    assert list(rows["reporter"]) == ["residents", "the ministry", "kivu_0308"]
    assert "killing at least ‹30› people" in rows["words"].iloc[0]
    assert busiest_incident(_incidents()) == "I0000"


def test_card_draws_a_line_per_reporter_with_the_band() -> None:
    fig = plot_incident_card("I0000", _incidents(), _links(), _casualties(), _documents())
    ax = fig.axes[0]
    assert len([line for line in ax.lines if line.get_drawstyle() == "steps-post"]) == 3
    drawn = [line for line in ax.lines if len(line.get_ydata()) and line.get_marker() != "None"]
    assert [line.get_marker() for line in drawn if line.get_ydata()[0] == 30] == ["^"]
    assert len(ax.patches) == 1  # the low-high band: three reporters disagree
    assert "best 50" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert "I0000: El Fasher, Sudan, 2025-03-03" in ax.get_title(loc="left")
    plt.close(fig)


def test_card_of_a_single_report_has_no_band() -> None:
    incidents = _incidents()
    incidents.loc[0, ["fatalities_low", "fatalities_high", "n_sources"]] = [50, 50, 1]
    links = _links().iloc[[1]]
    fig = plot_incident_card("I0000", incidents, links, _casualties(), _documents())
    assert not fig.axes[0].patches
    plt.close(fig)


@pytest.mark.parametrize("draw", [
    lambda i, ln, c: plot_incident_timeline(i),
    lambda i, ln, c: plot_incident_places(i),
    lambda i, ln, c: plot_incident_card(None, i, ln, c),
])  # fmt: skip
def test_empty_input_draws_a_no_incidents_figure(draw) -> None:
    fig = draw(*_empty())
    assert isinstance(fig, Figure)
    assert "No " in _texts(fig)
    plt.close(fig)


@pytest.mark.parametrize("name", ["incident_timeline", "incident_places", "incident_card"])
def test_saved_twice_byte_identical(name: str, tmp_path: Path) -> None:
    def draw() -> Figure:
        if name == "incident_timeline":
            return plot_incident_timeline(_incidents())
        if name == "incident_places":
            return plot_incident_places(_incidents())
        return plot_incident_card("I0000", _incidents(), _links(), _casualties(), _documents())

    first = save_figure(draw(), name, tmp_path / "a")
    second = save_figure(draw(), name, tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg", ".pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    plt.close("all")


def test_busiest_incident_prefers_a_dated_one() -> None:
    incidents = _incidents()
    busiest = busiest_incident(incidents)
    undated = incidents.assign(event_date=lambda t: t["event_date"].where(
        t["incident_id"] != busiest))  # fmt: skip
    assert busiest_incident(undated) not in (None, busiest)
    assert busiest_incident(incidents.assign(event_date=None)) == busiest
