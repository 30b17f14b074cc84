"""Figures of actor tables: mention counts and the co-occurrence network."""

import math

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import PALETTE, STYLE_PATH
from analysis.rules import actor_type_palette, actor_types

ACTOR_TYPE_ORDER: tuple[str, ...] = actor_types()
# Palette index per actor type (Okabe-Ito), from `data/actor_types.csv`; others are grey.
_ACTOR_TYPE_PALETTE = actor_type_palette()


def _actor_type_color(actor_type: str) -> str:
    """One colour per actor type, the same in every figure."""
    index = _ACTOR_TYPE_PALETTE.get(actor_type)
    return "#999999" if index is None else PALETTE[index]


def plot_actor_mentions(counts: pd.DataFrame, *, top: int = 15) -> Figure:
    """Horizontal bars of the `top` most mentioned actors, coloured by actor type.

    `counts` has columns `actor`, `actor_type` and `mentions` (`actor_mention_counts`).
    """
    shown = counts.sort_values(["mentions", "actor"], ascending=[False, True]).head(top)
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(7, 0.3 * len(shown) + 1.2))
        colors = [_actor_type_color(t) for t in shown["actor_type"]]
        ax.barh(shown["actor"], shown["mentions"], color=colors)
        ax.invert_yaxis()
        for y, value in enumerate(shown["mentions"]):
            ax.text(value, y, f" {value}", va="center")
        present = [t for t in ACTOR_TYPE_ORDER if t in set(shown["actor_type"])]
        handles = [mpl.patches.Patch(color=_actor_type_color(t), label=t) for t in present]
        ax.legend(handles=handles, loc="lower right", title="actor type")
        ax.set_xlabel("mentions")
        ax.set_title("Who is in the news: mentions per actor")
    return fig


def plot_actor_network(
    edges: pd.DataFrame, counts: pd.DataFrame, *, top: int = 20, min_weight: int = 1
) -> Figure:
    """Co-occurrence network on a circle: node size = mentions, line width = shared sentences.

    `edges` has `actor_a`, `actor_b`, `weight` (`actor_cooccurrence`); `counts` has
    `actor`, `actor_type`, `mentions`. Shows the `top` most mentioned actors that share a
    sentence with another, and edges of at least `min_weight`.
    """
    strong = edges[edges["weight"] >= min_weight]
    linked = set(strong["actor_a"]) | set(strong["actor_b"])
    nodes = counts[counts["actor"].isin(linked)].sort_values(
        ["actor_type", "mentions", "actor"], ascending=[True, False, True]
    )
    nodes = nodes[nodes["actor"].isin(set(nodes.nlargest(top, "mentions")["actor"]))]
    angles = [math.pi / 2 + 2 * math.pi * i / max(len(nodes), 1) for i in range(len(nodes))]
    position = {actor: (math.cos(a), math.sin(a)) for actor, a in zip(nodes["actor"], angles,
                                                                       strict=True)}  # fmt: skip
    shown = strong[strong["actor_a"].isin(position) & strong["actor_b"].isin(position)]
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(7.5, 7.5))
        widest = max(shown["weight"].max(), 1) if len(shown) else 1
        for edge in shown.itertuples():
            (x1, y1), (x2, y2) = position[edge.actor_a], position[edge.actor_b]
            ax.plot([x1, x2], [y1, y2], color="#888888", alpha=0.6, zorder=1,
                    linewidth=0.6 + 3.4 * edge.weight / widest)  # fmt: skip
        biggest = max(nodes["mentions"].max(), 1) if len(nodes) else 1
        for node in nodes.itertuples():
            x, y = position[node.actor]
            ax.scatter([x], [y], s=80 + 700 * node.mentions / biggest, zorder=2,
                       color=_actor_type_color(node.actor_type), edgecolor="white")  # fmt: skip
            ax.text(1.14 * x, 1.14 * y, node.actor, fontsize=8, zorder=3,
                    ha="left" if x > 0.01 else "right" if x < -0.01 else "center",
                    va="center")  # fmt: skip
        present = [t for t in ACTOR_TYPE_ORDER if t in set(nodes["actor_type"])]
        handles = [mpl.lines.Line2D([], [], marker="o", linestyle="", label=t,
                                    color=_actor_type_color(t)) for t in present]  # fmt: skip
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), title="actor type")
        ax.set_xlim(-1.9, 1.9)
        ax.set_ylim(-1.4, 1.4)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.set_title("Actors mentioned in the same sentence")
    return fig
