"""Figures of casualty tables (`analysis.extract.casualties`, `analysis.checks`)."""


import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import PALETTE, STYLE_PATH

_OUTCOME_TITLES = {
    "killed": "Deaths", "wounded": "Wounded", "missing": "Missing", "detained": "Detained",
    "displaced": "Displaced",
}  # fmt: skip
_THOUSANDS = mpl.ticker.StrMethodFormatter("{x:,.0f}")
_QUALIFIER_WORDS = {
    "exact": "", "at_least": "at least ", "more_than": "over ", "about": "about ",
    "at_most": "up to ",
}  # fmt: skip


def _figure_text(row: pd.Series) -> str:
    """A figure as the article states it: "over 20,000", "at least 12", "dozens"."""
    if pd.isna(row["count"]):
        return str(row.get("figure", "?"))
    return f"{_QUALIFIER_WORDS.get(str(row['qualifier']), '')}{int(row['count']):,}"


def _party_label(row: pd.Series) -> str:
    """The people counted, with their canonical actor when the words do not name it."""
    group = row["group"] if pd.notna(row["group"]) else None
    actor = row["actor"] if pd.notna(row["actor"]) else None
    if group and actor and actor.lower() not in group.lower():
        return f"{group}\n({actor})"
    return group or actor or "not specified"


def _breakdown(casualties: pd.DataFrame, outcome: str) -> tuple[pd.Series | None, pd.DataFrame]:
    """The total of `outcome` with the most parts, and its parts; else the stand-alone figures."""
    rows = casualties[casualties["outcome"] == outcome]
    part_of = rows["part_of"].dropna().map(int)
    if part_of.empty:
        return None, rows[rows["part_of"].isna()]
    total_id = part_of.value_counts().sort_index().idxmax()
    total = casualties[casualties["figure_id"] == total_id].iloc[0]
    return total, rows[rows["part_of"].notna() & (rows["part_of"].map(_as_int) == total_id)]


def _as_int(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def _check_note(total: pd.Series, parts: pd.DataFrame) -> tuple[str, str]:
    """Text and colour for the consistency check of a total against its parts."""
    counts = [_as_int(c) for c in parts["count"]]
    known = sum(c for c in counts if c is not None)
    equation = " + ".join(f"{c:,}" if c is not None else "?" for c in counts)
    reported = _as_int(total["count"])
    if reported is None:
        note = f"Parts: {equation} = {known:,}\nTotal: {_figure_text(total)} (not comparable)"
        return note, PALETTE[7]
    if known == reported:
        return f"Parts: {equation} = {known:,}\nReported total: {reported:,}  ✓ equal", PALETTE[2]
    word = "below" if known < reported else "ABOVE"
    colour = PALETTE[7] if known < reported else PALETTE[3]
    return (f"Parts: {equation} = {known:,}\nReported total: {_figure_text(total)}  "
            f"parts {word} total by {abs(reported - known):,}", colour)  # fmt: skip


def _caption(rows: pd.DataFrame) -> str:
    """Return "Source: ... · Period: ..." from the figures' own columns."""

    def values(column: str) -> str:
        found = sorted({str(v) for v in rows[column] if pd.notna(v)}) if column in rows else []
        return "; ".join(found) or "not stated"

    return f"Source: {values('source')}   ·   Period: {values('period')}"


def _add_caption(ax: plt.Axes, caption: str) -> None:
    """Write a caption under the axes' x label, left-aligned with the axes."""
    ax.annotate(caption, xy=(0, 0), xycoords=("axes fraction", ax.xaxis.label),
                xytext=(0, -8), textcoords="offset points", ha="left", va="top",
                fontsize=8.5, color="#444444")  # fmt: skip


def plot_casualties_by_party(casualties: pd.DataFrame, *, outcome: str = "killed") -> Figure:
    """Sorted horizontal bars of a toll broken down by party, with its check and caption.

    `casualties` is an `extract_casualties` table. The total of `outcome` with the most
    parts is drawn part by part, largest first, with the reported total and the sum of
    the parts annotated; without a breakdown, the stand-alone figures are drawn. The
    caption names the source and the period the article gives.
    """
    total, bars = _breakdown(casualties, outcome)
    bars = bars.assign(_value=[_as_int(c) or 0 for c in bars["count"]])
    bars = bars.sort_values("_value", ascending=True, kind="stable")
    title = _OUTCOME_TITLES.get(outcome, outcome.title())
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(7, 1.2 + 0.55 * max(len(bars), 1)))
        labels = [_party_label(row) for _, row in bars.iterrows()]
        # A named armed party in blue; people no actor claims (civilians) in vermillion.
        colours = [PALETTE[0] if pd.notna(a) else PALETTE[3] for a in bars["actor"]]
        ax.barh(range(len(bars)), bars["_value"], color=colours)
        ax.set_yticks(range(len(bars)), labels)
        ax.xaxis.set_major_formatter(_THOUSANDS)
        for y, (_, row) in enumerate(bars.iterrows()):
            ax.text(row["_value"], y, f" {_figure_text(row)}", va="center")
        ax.set_xlim(0, max([1, *bars["_value"]]) * 1.25)
        ax.set_xlabel(f"people {outcome}")
        if total is not None:
            ax.set_title(f"{title} by party: {_figure_text(total)} {outcome} in total")
            note, colour = _check_note(total, bars.sort_values("start", kind="stable"))
            box = {"boxstyle": "round", "facecolor": "white", "edgecolor": colour}
            ax.text(0.98, 0.04, note, transform=ax.transAxes, ha="right", va="bottom",
                    fontsize=9, color=colour, bbox=box)  # fmt: skip
            caption_rows = pd.concat([total.to_frame().T, bars])
        else:
            ax.set_title(f"{title} by party")
            caption_rows = bars
        _add_caption(ax, _caption(caption_rows))
    return fig


def plot_casualty_outcomes(casualties: pd.DataFrame) -> Figure:
    """Killed, wounded, missing, detained and displaced side by side, one panel per outcome.

    Each panel shows the totals and stand-alone figures (not their parts), with its own
    scale: displacement figures are often a hundred times the death toll.
    """
    top = casualties[casualties["part_of"].isna()]
    outcomes = [o for o in _OUTCOME_TITLES if (top["outcome"] == o).any()] or ["killed"]
    with plt.style.context(STYLE_PATH):
        fig, axes = plt.subplots(1, len(outcomes), figsize=(3.4 * len(outcomes), 2.8),
                                 squeeze=False)  # fmt: skip
        for i, (ax, outcome) in enumerate(zip(axes[0], outcomes, strict=True)):
            rows = top[top["outcome"] == outcome]
            values = [_as_int(c) or 0 for c in rows["count"]]
            labels = [_party_label(row) if pd.notna(row["group"]) else
                      (row["location"] if pd.notna(row["location"]) else "total")
                      for _, row in rows.iterrows()]  # fmt: skip
            ax.barh(range(len(rows)), values, color=PALETTE[i % len(PALETTE)], height=0.6)
            ax.xaxis.set_major_formatter(_THOUSANDS)
            ax.set_yticks(range(len(rows)), labels)
            for y, (_, row) in enumerate(rows.iterrows()):
                ax.text(values[y], y, f" {_figure_text(row)}", va="center", fontsize=9)
            ax.set_xlim(0, max([1, *values]) * 1.45)
            ax.set_title(_OUTCOME_TITLES[outcome])
            ax.invert_yaxis()
        _add_caption(axes[0][0], _caption(top))
    return fig


def plot_casualty_ranges(ranges: pd.DataFrame, figures: pd.DataFrame | None = None) -> Figure:
    """Low-best-high range per outcome, place and period, with each reported figure.

    `ranges` is a `casualty_ranges` table. `figures` (optional) is the casualty table the
    ranges came from; its top-level figures are drawn as dots on their range, one colour
    per document. The x axis is logarithmic when the figures span more than a factor of 10.
    """
    keys = [c for c in ("outcome", "location", "period") if c in ranges.columns]
    labels = [" · ".join(str(row[k]) for k in keys) for _, row in ranges.iterrows()]
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(7, 1.4 + 0.5 * max(len(ranges), 1)))
        for y, (_, row) in enumerate(ranges.iterrows()):
            ax.plot([row["low"], row["high"]], [y, y], color=PALETTE[0], linewidth=3,
                    solid_capstyle="butt")  # fmt: skip
            ax.plot([row["best"]], [y], marker="D", color=PALETTE[1], markersize=7, zorder=3)
            ax.text(row["high"], y, f"  best {int(row['best']):,}  ({int(row['n_sources'])} "
                    f"source{'s' if row['n_sources'] != 1 else ''}, {int(row['n_documents'])} "
                    f"doc.)", va="center", fontsize=8.5)  # fmt: skip
        if figures is not None and not figures.empty:
            _scatter_reported(ax, ranges, figures, keys)
        ax.set_yticks(range(len(ranges)), labels)
        ax.invert_yaxis()
        values = [v for v in [*ranges.get("low", []), *ranges.get("high", [])] if v > 0]
        if values and max(values) / min(values) > 10:
            ax.set_xscale("log")
        ax.set_xlim(right=max([1, *values]) * (8 if ax.get_xscale() == "log" else 1.6))
        ax.set_xlabel("people")
        ax.xaxis.set_major_formatter(_THOUSANDS)
        ax.set_title("Reported figures: low, best and high across sources")
    return fig


def _scatter_reported(ax: plt.Axes, ranges: pd.DataFrame, figures: pd.DataFrame,
                      keys: list[str]) -> None:  # fmt: skip
    """Dots for each top-level figure on its range row, coloured by document."""
    top = figures[figures["part_of"].isna() & figures["count"].notna()]
    docs = sorted({str(d) for d in top.get("doc_id", pd.Series([""] * len(top)))})
    rows = {tuple(str(r[k]) for k in keys): y for y, (_, r) in enumerate(ranges.iterrows())}
    for _, fig_row in top.iterrows():
        key = tuple(str(fig_row[k]) if pd.notna(fig_row[k]) else "unknown" for k in keys)
        if key in rows:
            doc = str(fig_row.get("doc_id", ""))
            colour = PALETTE[(2 + docs.index(doc)) % len(PALETTE)] if doc in docs else PALETTE[2]
            ax.plot([int(fig_row["count"])], [rows[key] + 0.18], marker="o", linestyle="none",
                    color=colour, markersize=5)  # fmt: skip
