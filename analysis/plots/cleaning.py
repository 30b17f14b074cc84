"""Figures of notebook 01: paragraphs kept and removed by cleaning."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import PALETTE, SMALL, STYLE_PATH, WIDTH


def plot_paragraph_counts(counts: pd.DataFrame) -> Figure:
    """Bar chart of paragraphs per cleaning stage.

    `counts` has columns `stage` and `paragraphs`, in pipeline order.
    """
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH, 2.6))
        ax.barh(counts["stage"], counts["paragraphs"], color=PALETTE[0])
        ax.invert_yaxis()
        for y, value in enumerate(counts["paragraphs"]):
            ax.text(value, y, f" {value}", va="center")
        ax.set_xlabel("paragraphs")
        ax.set_title("Paragraphs at each cleaning stage")
    return fig


def plot_duplicate_map(paragraph_status: pd.DataFrame) -> Figure:
    """Strip chart of raw paragraphs in order: kept, duplicate (with an arrow to the original).

    `paragraph_status` has columns `position`, `status` (`paragraph_table`'s: "headline",
    "byline", "date line", "kept", "duplicate"; any other status gets a colour of its own)
    and `duplicate_of` (position of the kept copy, or NA).
    """
    colors = {"headline": PALETTE[7], "byline": PALETTE[4], "date line": PALETTE[2],
              "kept": PALETTE[0], "duplicate": PALETTE[3]}  # fmt: skip
    spare = iter(c for c in PALETTE if c not in colors.values())
    for status in paragraph_status["status"].unique():
        colors.setdefault(status, next(spare, "grey"))
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH, 1.9))
        # Squares a little narrower than the gap between paragraphs, so each stays visible.
        spacing = 0.8 * WIDTH * 72 / max(len(paragraph_status), 1)  # points per paragraph
        size = min(90.0, (0.75 * spacing) ** 2)
        for status, group in paragraph_status.groupby("status", sort=False):
            ax.scatter(group["position"], [0] * len(group), s=size, marker="s",
                       color=colors[status], label=status, zorder=3)  # fmt: skip
        for row in paragraph_status.dropna(subset=["duplicate_of"]).itertuples():
            ax.annotate("", xy=(row.duplicate_of, 0.05), xytext=(row.position, 0.05),
                        arrowprops={"arrowstyle": "->", "color": PALETTE[3], "alpha": 0.5,
                                    "connectionstyle": "arc3,rad=-0.3"})  # fmt: skip
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)  # the vertical position means nothing here
        ax.set_ylim(-0.5, 0.6)
        ax.grid(False)
        ax.set_xlabel("paragraph position in the raw file")
        ax.set_title("Duplicates and the paragraph they repeat", pad=18)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, fontsize=SMALL,
                  borderaxespad=0.2, borderpad=0)  # fmt: skip
    return fig
