"""The house style (one .mplstyle, the Okabe-Ito palette), display names, byte-stable saving.

Figures are drawn at `WIDTH` inches with the style's 10-point text, so a figure shrunk to
half a page (about 3.5 inches) keeps its smallest text (`SMALL`, 8 points) above 6 points
and its body text near 8.
Every word a reader sees for a code ("more_than", "state_forces") comes from one table:
`data/display_names.csv`, and `data/actor_types.csv` for actor types.
"""

import functools
from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from analysis.atomic import atomic_path
from analysis.rules import actor_type_display, packaged_rows

STYLE_PATH = Path(__file__).parent.parent / "data" / "house.mplstyle"
FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
_STYLE = mpl.rc_params_from_file(str(STYLE_PATH), use_default_template=False)
PALETTE: tuple[str, ...] = tuple(_STYLE["axes.prop_cycle"].by_key()["color"])
WIDTH: float = float(_STYLE["figure.figsize"][0])
SMALL: float = 8.0
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


@functools.cache
def display_names(kind: str) -> dict[str, str]:
    """Code -> the words a reader sees, for one `kind` of `data/display_names.csv`.

    >>> display_names("qualifier")["more_than"]
    'over'
    """
    return {row["name"]: row["display"] for row in packaged_rows("display_names")
            if row["kind"] == kind}  # fmt: skip


def display_name(kind: str, name: str) -> str:
    """The display name of `name`, or `name` made readable when the table lacks it.

    Actor types come from `actor_types.csv`; an outcome or type added to the data without
    a display row still gets a label ("kidnapped" -> "Kidnapped", "sea_raid" -> "Sea raid").
    """
    table = actor_type_display() if kind == "actor_type" else display_names(kind)
    return table[name] if name in table else name.replace("_", " ").capitalize()


def ordered_outcomes(outcomes: Sequence[str]) -> list[str]:
    """The distinct `outcomes` in the display table's order, any others after them sorted."""
    known = list(display_names("outcome"))
    present = set(outcomes)
    return [o for o in known if o in present] + sorted(present - set(known))
