"""Figures in one house style, saved byte-stable as PNG, SVG and PDF.

Plot functions take tidy DataFrames and return a matplotlib `Figure`; `save_figure`
writes it. Nothing here reads articles or runs spaCy.
"""

from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

STYLE_PATH = Path(__file__).parent / "data" / "house.mplstyle"
FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
_STYLE = mpl.rc_params_from_file(str(STYLE_PATH), use_default_template=False)
PALETTE: tuple[str, ...] = tuple(_STYLE["axes.prop_cycle"].by_key()["color"])
# Metadata that would change between runs or machines is dropped, so files are byte-stable.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}


def use_house_style() -> None:
    """Apply the package's `.mplstyle` to every later figure."""
    plt.style.use(STYLE_PATH)


def save_figure(
    fig: Figure, name: str, figures_dir: str | Path, *, formats: Sequence[str] = FORMATS
) -> list[Path]:
    """Save `fig` as `figures_dir/name.{png,svg,pdf}` without dates or versions; return paths."""
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    with plt.style.context(STYLE_PATH):
        for fmt in formats:
            path = figures_dir / f"{name}.{fmt}"
            tmp = path.with_name(f".{path.name}.tmp")
            fig.savefig(tmp, format=fmt, metadata=_METADATA[fmt])
            tmp.replace(path)
            paths.append(path)
    return paths


def plot_paragraph_counts(counts: pd.DataFrame) -> Figure:
    """Bar chart of paragraphs per cleaning stage.

    `counts` has columns `stage` and `paragraphs`, in pipeline order.
    """
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(6, 2.8))
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
        fig, ax = plt.subplots(figsize=(7, 2.6))
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
