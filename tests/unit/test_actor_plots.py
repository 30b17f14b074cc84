"""Actor figures: drawn from the tables, saved in every format."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

import analysis
from analysis.plots import FORMATS, plot_actor_mentions, plot_actor_network, save_figure


@pytest.fixture(scope="module")
def tables(nlp, seed_text):
    actors = analysis.extract_actors(nlp(seed_text))
    return analysis.actor_mention_counts(actors), analysis.actor_cooccurrence(actors)


def test_mention_bars_show_the_top_actors(tables):
    counts, _ = tables
    fig = plot_actor_mentions(counts, top=5)
    bars = fig.axes[0].patches
    assert [round(bar.get_width()) for bar in bars] == counts["mentions"].head(5).tolist()
    plt.close(fig)


def test_network_draws_one_node_per_linked_actor(tables, tmp_path):
    counts, edges = tables
    fig = plot_actor_network(edges, counts, top=10)
    labels = {text.get_text() for text in fig.axes[0].texts}
    assert len(labels) == 10
    assert {"Syria", "Iraq"} <= labels
    paths = save_figure(fig, "actor_network", tmp_path)
    assert [p.suffix[1:] for p in paths] == list(FORMATS)
    assert all(p.stat().st_size > 0 for p in paths)
    plt.close(fig)


def test_plots_of_empty_tables(tables):
    counts, edges = tables
    for fig in (plot_actor_mentions(counts.head(0)), plot_actor_network(edges.head(0), counts)):
        assert fig.axes
        plt.close(fig)
