"""Actor figures: drawn from the tables, readable without the notebook, saved in every format."""

import matplotlib

matplotlib.use("Agg")

import itertools

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import pytest

import analysis
from analysis.plots import FORMATS, plot_actor_mentions, plot_actor_network, save_figure
from analysis.plots.actors import actor_graph
from analysis.rules import actor_type_display


@pytest.fixture(scope="module")
def tables(nlp, seed_text):
    actors = analysis.extract_actors(nlp(seed_text))
    return analysis.actor_mention_counts(actors), analysis.actor_cooccurrence(actors)


def _counts(n: int) -> pd.DataFrame:
    """`n` invented actors of three types, mentions n, n-1, ..., 1."""
    types = ["state_forces", "armed_group", "ngo"]
    return pd.DataFrame({
        "actor": [f"Actor {i:02d}" for i in range(n)],
        "actor_type": [types[i % 3] for i in range(n)],
        "mentions": list(range(n, 0, -1)),
    })  # fmt: skip


def test_mention_bars_show_the_top_actors(tables):
    counts, _ = tables
    fig = plot_actor_mentions(counts, top=5)
    bars = fig.axes[0].patches
    assert [round(bar.get_width()) for bar in bars] == counts["mentions"].head(5).tolist()
    plt.close(fig)


def test_mention_key_uses_display_names_and_title_says_what_was_cut():
    counts = _counts(40)
    fig = plot_actor_mentions(counts, top=15)
    ax = fig.axes[0]
    key = [t.get_text() for t in ax.get_legend().get_texts()]
    display = actor_type_display()
    assert key == [display["state_forces"], display["armed_group"], display["ngo"]]
    assert not any("_" in label for label in key)
    assert "top 15 of 40" in ax.get_title(loc="left")
    plt.close(fig)
    fig = plot_actor_mentions(counts.head(6), top=15)
    assert "top" not in fig.axes[0].get_title(loc="left")
    assert "all 6" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


def test_network_draws_the_linked_actors(tables, tmp_path):
    counts, edges = tables
    graph = actor_graph(edges, counts, top=10)
    assert isinstance(graph, nx.Graph) and 0 < graph.number_of_nodes() <= 10
    assert all(degree > 0 for _, degree in graph.degree)
    fig = plot_actor_network(edges, counts, top=10)
    texts = {t.get_text().replace("\n", " ") for t in fig.axes[0].texts}
    labels = texts & set(graph.nodes)
    others = texts - labels
    # Besides names, at most one note says how many actors had no room for a name.
    assert others in (
        set(),
        {f"{len(labels)} of {len(graph)} actors named; no free space for the others"},
    )
    strongest = max(graph.nodes, key=lambda n: (graph.degree(n, weight="weight"), n))
    assert strongest in labels  # the most connected actor is always named
    paths = save_figure(fig, "actor_network", tmp_path)
    assert [p.suffix[1:] for p in paths] == list(FORMATS)
    assert all(p.stat().st_size > 0 for p in paths)
    plt.close(fig)


def _crowded_network() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Twenty actors with long names, densely linked, plus a separate pair."""
    counts = _counts(22).assign(actor=lambda d: [f"Long-named Brigade of District {i}"
                                                 for i in range(len(d))])  # fmt: skip
    names = counts["actor"].tolist()
    pairs = [(a, b) for a, b in itertools.combinations(names[:20], 2)
             if (names.index(a) + names.index(b)) % 3 == 0] + [(names[20], names[21])]  # fmt: skip
    edges = pd.DataFrame({"actor_a": [a for a, _ in pairs], "actor_b": [b for _, b in pairs],
                          "weight": [1 + (i % 4) for i in range(len(pairs))]})  # fmt: skip
    return counts, edges


def test_network_labels_never_overlap():
    counts, edges = _crowded_network()
    fig = plot_actor_network(edges, counts, top=22)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text()]
    assert len(boxes) >= 5
    assert not [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]
    plt.close(fig)


def test_network_has_keys_and_fills_its_panel():
    counts, edges = _crowded_network()
    fig = plot_actor_network(edges, counts, top=22)
    ax = fig.axes[0]
    legends = [a for a in ax.get_children() if isinstance(a, matplotlib.legend.Legend)]
    titles = {legend.get_title().get_text() for legend in legends}
    assert {"Mentions (node size)", "Sentences shared (line width)"} <= titles
    widths = {round(line.get_linewidth(), 2) for line in legends[-1].get_lines()}
    assert len(widths) == 2  # thinnest and widest line, as drawn
    # Nodes span most of the panel in both directions: no large empty band.
    points = [p for c in ax.collections for p in c.get_offsets()]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert (max(xs) - min(xs)) / (x1 - x0) > 0.7
    assert (max(ys) - min(ys)) / (y1 - y0) > 0.7
    plt.close(fig)


def test_network_is_byte_stable(tmp_path):
    counts, edges = _crowded_network()
    first = save_figure(plot_actor_network(edges, counts), "n", tmp_path / "a")
    second = save_figure(plot_actor_network(edges, counts), "n", tmp_path / "b")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    plt.close("all")


def test_plots_of_empty_tables(tables):
    counts, edges = tables
    for fig in (plot_actor_mentions(counts.head(0)), plot_actor_network(edges.head(0), counts)):
        assert fig.axes
        plt.close(fig)


def test_every_named_actor_type_has_its_own_colour():
    """Civilians and unidentified armed groups were both the fallback grey, so a network of
    a massacre could not tell victims from perpetrators."""
    from analysis.plots.actors import _actor_type_color
    from analysis.rules import actor_types

    named = [t for t in actor_types() if t != "other"]
    colours = {t: _actor_type_color(t).lower() for t in named}
    assert len(set(colours.values())) == len(named), colours
    assert _actor_type_color("other") not in set(colours.values())
