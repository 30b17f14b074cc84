"""Figures of notebook 01: paragraphs kept and removed by cleaning."""

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import PALETTE, STYLE_PATH, WIDTH


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

    `paragraph_status` has columns `position`, `status` ("headline", "kept", "duplicate")
    and `duplicate_of` (position of the kept copy, or NA).
    """
    colors = {"headline": PALETTE[7], "kept": PALETTE[0], "duplicate": PALETTE[3]}
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH, 2.4))
        for status, group in paragraph_status.groupby("status", sort=False):
            ax.scatter(group["position"], [0] * len(group), s=90, marker="s",
                       color=colors[status], label=status, zorder=3)  # fmt: skip
        for row in paragraph_status.dropna(subset=["duplicate_of"]).itertuples():
            ax.annotate("", xy=(row.duplicate_of, 0.05), xytext=(row.position, 0.05),
                        arrowprops={"arrowstyle": "->", "color": PALETTE[3], "alpha": 0.5,
                                    "connectionstyle": "arc3,rad=-0.3"})  # fmt: skip
        ax.set_yticks([])
        ax.set_ylim(-0.3, 1.2)
        ax.grid(False)
        ax.set_xlabel("paragraph position in the raw file")
        ax.set_title("Scraping duplicates and the paragraph they repeat")
        ax.legend(loc="upper right", ncols=3)
    return fig
