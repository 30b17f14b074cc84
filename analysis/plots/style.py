"""The house style (one .mplstyle, the Okabe-Ito palette) and byte-stable saving."""

from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from analysis.atomic import atomic_path

STYLE_PATH = Path(__file__).parent.parent / "data" / "house.mplstyle"
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
            with atomic_path(path, fsync=False) as tmp:
                fig.savefig(tmp, format=fmt, metadata=_METADATA[fmt])
            paths.append(path)
    return paths
