"""Figures of casualty tables (`analysis.extract.casualties`, `analysis.checks`).

Every figure is written as the article states it ("over 20,000", "at least 12"), every key
and title comes from `data/display_names.csv`, and a chart never suggests more than the
data hold: outcomes share one scale, and one report is never drawn as a range.
"""

import textwrap

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.style import PALETTE, SMALL, STYLE_PATH, WIDTH, display_name, ordered_outcomes

_THOUSANDS = mpl.ticker.StrMethodFormatter("{x:,.0f}")
_NAMED, _UNNAMED = PALETTE[0], PALETTE[3]  # a party the gazetteer knows; people no actor claims
_LABEL_WIDTH = 24  # characters per line of a bar label, so labels stay narrow at half a page
_PARTY_CATEGORY = "force"  # the `victim_category` of soldiers, fighters, police (incident_terms)


def _figure_text(row: pd.Series) -> str:
    """A figure as the article states it: "over 20,000", "at least 12", "dozens"."""
    if pd.isna(row["count"]):
        return str(row.get("figure", "?"))
    qualifier = (
        display_name("qualifier", str(row["qualifier"])) if pd.notna(row["qualifier"]) else ""
    )
    return f"{qualifier} {int(row['count']):,}".strip()


def _wrap(label: str) -> str:
    return "\n".join(textwrap.fill(line, _LABEL_WIDTH) for line in label.split("\n"))


def _is_party(row: pd.Series) -> bool:
    """Whether the people counted belong to a named party to the fighting.

    With a `victim_category` (the extractor's reading of the words), only armed or security
    forces are a party: "Civilians (Syria)" has an actor but is nobody's side. Without one,
    a canonical actor makes a party.
    """
    category = row.get("victim_category")
    if category is not None and pd.notna(category):
        return category == _PARTY_CATEGORY and pd.notna(row["actor"])
    return pd.notna(row["actor"])


def _party_label(row: pd.Series) -> str:
    """The people counted, with their party's canonical name when the words do not name it."""
    group = row["group"] if pd.notna(row["group"]) else None
    actor = row["actor"] if pd.notna(row["actor"]) else None
    if group and actor and _is_party(row) and actor.lower() not in group.lower():
        return _wrap(f"{group}\n({actor})")
    return _wrap(group or actor or "not specified")


def _as_int(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def _breakdown(casualties: pd.DataFrame, outcome: str) -> tuple[pd.Series | None, pd.DataFrame]:
    """The total of `outcome` with the most parts, and its parts; else the stand-alone figures."""
    rows = casualties[casualties["outcome"] == outcome]
    part_of = rows["part_of"].dropna().map(int)
    if part_of.empty:
        return None, rows[rows["part_of"].isna()]
    total_id = part_of.value_counts().sort_index().idxmax()
    total = casualties[casualties["figure_id"] == total_id].iloc[0]
    return total, rows[rows["part_of"].notna() & (rows["part_of"].map(_as_int) == total_id)]


def _check_note(total: pd.Series, parts: pd.DataFrame) -> tuple[str, str]:
    """Text and colour for the consistency check of a total against its parts."""
    counts = [_as_int(c) for c in parts["count"]]
    known = sum(c for c in counts if c is not None)
    equation = " + ".join(f"{c:,}" if c is not None else "?" for c in counts)
    reported = _as_int(total["count"])
    stated = _figure_text(total)
    if reported is None:
        return f"Parts: {equation} = {known:,}\nTotal: {stated} (not comparable)", PALETTE[7]
    if known == reported:
        return f"Parts: {equation} = {known:,}\nReported total: {stated}  ✓ equal", PALETTE[2]
    word = "below" if known < reported else "ABOVE"
    colour = PALETTE[7] if known < reported else PALETTE[3]
    return (f"Parts: {equation} = {known:,}\nReported total: {stated}  "
            f"parts {word} total by {abs(reported - known):,}", colour)  # fmt: skip


def _caption(rows: pd.DataFrame) -> str:
    """Return a "Source: ..." line and a "Period: ..." line from the figures' own columns."""

    def values(column: str) -> str:
        found = sorted({str(v) for v in rows[column] if pd.notna(v)}) if column in rows else []
        return "; ".join(found) or "not stated"

    width = round(WIDTH * 14)  # characters of 8-point text per line of the figure's width
    return "\n".join(textwrap.fill(f"{name}: {values(column)}", width)
                     for name, column in (("Source", "source"), ("Period", "period")))  # fmt: skip


def _below(ax: plt.Axes, anchor: object, text: str, **kwargs: object) -> mpl.text.Annotation:
    """Write `text` under the artist `anchor` (or the x label), left-aligned with the axes."""
    return ax.annotate(text, xy=(0, 0), xycoords=("axes fraction", anchor), xytext=(0, -8),
                       textcoords="offset points", ha="left", va="top", fontsize=SMALL,
                       annotation_clip=False, **kwargs)  # fmt: skip


def _party_key(ax: plt.Axes, colours: list[str]) -> None:
    """A key for the bar colours present, between the title and the bars."""
    entries = [(c, display_name("party", kind)) for c, kind in ((_NAMED, "named"),
               (_UNNAMED, "unnamed")) if c in colours]  # fmt: skip
    handles = [mpl.patches.Patch(color=c, label=label) for c, label in entries]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(handles),
              fontsize=SMALL, handlelength=1.2, borderaxespad=0.2, borderpad=0)  # fmt: skip


def plot_casualties_by_party(casualties: pd.DataFrame, *, outcome: str = "killed") -> Figure:
    """Sorted horizontal bars of a toll broken down by party, with a key, its check and caption.

    `casualties` is an `extract_casualties` table. The total of `outcome` with the most
    parts is drawn part by part, largest first; the check of the parts against the reported
    total and the caption (source, period) sit under the bars, never on them. Without a
    breakdown, the stand-alone figures are drawn. Bar colours say whether the people
    counted belong to a named party, and the key above the bars says so.
    """
    total, bars = _breakdown(casualties, outcome)
    bars = bars.assign(_value=[_as_int(c) or 0 for c in bars["count"]])
    bars = bars.sort_values("_value", ascending=True, kind="stable")
    title = display_name("outcome", outcome)
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH, 0.9 + 0.5 * max(len(bars), 1)))
        colours = [_NAMED if _is_party(row) else _UNNAMED for _, row in bars.iterrows()]
        ax.barh(range(len(bars)), bars["_value"], color=colours)
        ax.set_yticks(range(len(bars)), [_party_label(row) for _, row in bars.iterrows()])
        ax.tick_params(axis="y", labelsize=SMALL + 1)
        ax.xaxis.set_major_formatter(_THOUSANDS)
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(5, integer=True, steps=[1, 2, 5, 10]))
        for y, (_, row) in enumerate(bars.iterrows()):
            ax.text(row["_value"], y, f" {_figure_text(row)}", va="center", fontsize=SMALL + 1)
        ax.set_xlim(0, max([1, *bars["_value"]]) * 1.3)
        ax.set_xlabel(f"people {outcome}")
        _party_key(ax, colours)
        anchor: object = ax.xaxis.label
        if total is not None:
            ax.set_title(f"{title} by party: {_figure_text(total)} in total", pad=18)
            note, colour = _check_note(total, bars.sort_values("start", kind="stable"))
            box = {"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": colour}
            anchor = _below(ax, anchor, note, color=colour, bbox=box)
            caption_rows = pd.concat([total.to_frame().T, bars])
        else:
            ax.set_title(f"{title} by party", pad=18)
            caption_rows = bars
        _below(ax, anchor, _caption(caption_rows), color="#444444")
    return fig


def plot_casualty_outcomes(casualties: pd.DataFrame) -> Figure:
    """Each outcome the table reports in its own panel, all panels on one scale.

    Totals and stand-alone figures are drawn (not their parts). The panels are stacked and
    share the x axis, so 446 killed and over 20,000 displaced get bars of honest lengths;
    each bar is labelled with the figure as stated, so a short bar is still readable. The
    outcomes are those in the table (a new outcome needs no code), in display-table order.
    """
    top = casualties[casualties["part_of"].isna()]
    outcomes = ordered_outcomes(top["outcome"].dropna().tolist()) or ["killed"]
    sizes = [max(int((top["outcome"] == o).sum()), 1) for o in outcomes]
    # Inches: per bar, between panels (room for a panel's title), above and below the panels.
    bar, gap, above, below = 0.42, 0.42, 0.3, 0.55
    height = bar * sum(sizes) + gap * (len(outcomes) - 1) + above + below
    with plt.style.context(STYLE_PATH):
        fig, axes = plt.subplots(
            len(outcomes), 1, sharex=True, squeeze=False, figsize=(WIDTH, height),
            gridspec_kw={"height_ratios": sizes, "hspace": gap * len(outcomes) / (bar * sum(sizes)),
                         "top": 1 - above / height, "bottom": below / height},
        )  # fmt: skip
        axes = axes[:, 0]
        highest = max([1, *(_as_int(c) or 0 for c in top["count"])])
        for ax, outcome in zip(axes, outcomes, strict=True):
            rows = top[top["outcome"] == outcome]
            values = [_as_int(c) or 0 for c in rows["count"]]
            labels = [_party_label(row) if pd.notna(row["group"]) else
                      (row["location"] if pd.notna(row["location"]) else "total")
                      for _, row in rows.iterrows()]  # fmt: skip
            ax.barh(range(len(rows)), values, color=PALETTE[0], height=0.6)
            ax.set_yticks(range(len(rows)), labels)
            ax.tick_params(axis="y", labelsize=SMALL + 1)
            for y, (_, row) in enumerate(rows.iterrows()):
                ax.text(values[y], y, f" {_figure_text(row)}", va="center", fontsize=SMALL + 1)
            ax.set_ylim(len(rows) - 0.5, -0.5) if len(rows) else ax.set_ylim(0.5, -0.5)
            ax.set_title(display_name("outcome", outcome), fontsize=SMALL + 2)
        axes[-1].set_xlim(0, highest * 1.35)
        axes[-1].xaxis.set_major_formatter(_THOUSANDS)
        axes[-1].xaxis.set_major_locator(
            mpl.ticker.MaxNLocator(4, integer=True, steps=[1, 2, 5, 10])
        )
        axes[-1].set_xlabel("people (one scale for all panels)")
        _below(axes[-1], axes[-1].xaxis.label, _caption(top), color="#444444")
    return fig


def plot_casualty_ranges(ranges: pd.DataFrame, figures: pd.DataFrame | None = None) -> Figure:
    """Low-best-high range per outcome, place and period; a single report is only a point.

    `ranges` is a `casualty_ranges` table. A row whose sources give different figures is a
    bar from low to high with the best figure marked; a row with one report, or sources that
    agree, is a hollow point labelled as such, never a bar. `figures` (optional) is the
    casualty table the ranges came from; on range rows its top-level figures are drawn as
    dots, one colour per document. The x axis is logarithmic when the figures span more
    than a factor of 10.
    """
    keys = [c for c in ("outcome", "location", "period") if c in ranges.columns]
    labels = [" · ".join(str(row[k]) for k in keys) for _, row in ranges.iterrows()]
    is_range = [row["low"] < row["high"] for _, row in ranges.iterrows()]
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH * 1.5, 1.4 + 0.3 * max(len(ranges), 1)))
        for y, (_, row) in enumerate(ranges.iterrows()):
            sources = int(row["n_sources"])
            if is_range[y]:
                ax.plot([row["low"], row["high"]], [y, y], color=PALETTE[0], linewidth=3,
                        solid_capstyle="butt")  # fmt: skip
                ax.plot([row["best"]], [y], marker="D", color=PALETTE[1], markersize=6, zorder=3)
                documents = int(row["n_documents"])
                note = f"best {int(row['best']):,}  ({sources} sources, {documents} doc.)"
            else:
                ax.plot([row["best"]], [y], marker="o", markerfacecolor="white", markersize=6,
                        color=PALETTE[7], zorder=3)  # fmt: skip
                note = (f"{int(row['best']):,}  (single report)" if sources == 1
                        else f"{int(row['best']):,}  ({sources} sources agree)")  # fmt: skip
            ax.text(row["high"], y, f"   {note}", va="center", fontsize=SMALL)
        if figures is not None and not figures.empty:
            _scatter_reported(
                ax, ranges[is_range], figures, keys, rows=[y for y, r in enumerate(is_range) if r]
            )
        ax.set_yticks(range(len(ranges)), labels, fontsize=SMALL)
        ax.set_ylim(len(ranges) - 0.5, -0.5)
        values = [v for v in [*ranges.get("low", []), *ranges.get("high", [])] if v > 0]
        if values and max(values) / min(values) > 10:
            ax.set_xscale("log")
        ax.set_xlim(right=max([1, *values]) * (8 if ax.get_xscale() == "log" else 1.6))
        ax.set_xlabel("people")
        ax.xaxis.set_major_formatter(_THOUSANDS)
        ax.set_title("Reported figures: low, best and high across sources", pad=18)
        _range_key(ax, any(is_range), not all(is_range))
    return fig


def _range_key(ax: plt.Axes, ranges: bool, points: bool) -> None:
    """A key for the marks drawn: range bar and best figure, and/or a single-report point."""
    line = mpl.lines.Line2D
    handles = [line([], [], color=PALETTE[0], linewidth=3, label=display_name("range", "range")),
               line([], [], color=PALETTE[1], marker="D", linestyle="",
                    label=display_name("range", "best"))] if ranges else []  # fmt: skip
    if points:
        handles.append(line([], [], color=PALETTE[7], marker="o", markerfacecolor="white",
                            linestyle="", label=display_name("range", "single")))  # fmt: skip
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(handles),
              fontsize=SMALL, borderaxespad=0.2, borderpad=0)  # fmt: skip


def _scatter_reported(ax: plt.Axes, ranges: pd.DataFrame, figures: pd.DataFrame,
                      keys: list[str], *, rows: list[int]) -> None:  # fmt: skip
    """Dots for each top-level figure on its range row (`rows`: the y of each), by document."""
    top = figures[figures["part_of"].isna() & figures["count"].notna()]
    docs = sorted({str(d) for d in top.get("doc_id", pd.Series([""] * len(top)))})
    row_of = {tuple(str(r[k]) for k in keys): y
              for y, (_, r) in zip(rows, ranges.iterrows(), strict=True)}  # fmt: skip
    for _, fig_row in top.iterrows():
        key = tuple(str(fig_row[k]) if pd.notna(fig_row[k]) else "unknown" for k in keys)
        if key in row_of:
            doc = str(fig_row.get("doc_id", ""))
            colour = PALETTE[(2 + docs.index(doc)) % len(PALETTE)] if doc in docs else PALETTE[2]
            ax.plot([int(fig_row["count"])], [row_of[key] + 0.18], marker="o", linestyle="none",
                    color=colour, markersize=4)  # fmt: skip
