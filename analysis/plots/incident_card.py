"""The incident card: one incident's figures by reporter and report date, with their words."""

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.incidents import (
    _GREY,
    _LIGHT,
    _THOUSANDS,
    _count,
    _date,
    _date_axis,
    _empty_figure,
)
from analysis.plots.style import PALETTE, STYLE_PATH, display_name


def busiest_incident(incidents: pd.DataFrame) -> str | None:
    """The dated incident with most sources, then documents, then figures: one to explain.

    An incident with an `event_date` comes first: the card draws figures by report date, and
    a corpus of undated texts would otherwise show an empty card beside dated incidents.
    """
    if incidents.empty:
        return None
    if "n_figures" in incidents:
        figures = incidents["n_figures"].fillna(0).astype(int)
    else:
        figures = incidents["figure_ids"].fillna("").map(lambda s: len(s.split("; ")) if s else 0)
    dated = incidents["event_date"].notna() if "event_date" in incidents else True
    ranked = incidents.assign(_f=figures, _dated=dated).sort_values(
        ["_dated", "n_sources", "n_documents", "_f", "incident_id"],
        ascending=[False, False, False, False, True],
    )
    return str(ranked["incident_id"].iloc[0])


def card_rows(
    incident_id: str,
    links: pd.DataFrame,
    casualties: pd.DataFrame,
    documents: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The figures behind one incident with their report date, reporter and words.

    `report_date` is the document's publication date (`documents["published"]`), else the
    figure's own date; `reporter` is the figure's source, else the document's source, else
    its doc_id; `words` is the text around the figure when `documents` has the text. The
    link's `reason` and `standing` (whether the figure counts in the estimates) come along.
    """
    keep = [c for c in ("doc_id", "figure_id", "reason", "standing") if c in links]
    ids = links[links["incident_id"] == incident_id][keep]
    rows = casualties.assign(doc_id=casualties["doc_id"].astype(str)).merge(
        ids, on=["doc_id", "figure_id"]
    )
    docs = documents.set_index(documents["doc_id"].astype(str)) if documents is not None else None
    published, texts, outlets = (
        ({}, {}, {})
        if docs is None
        else (
            docs.get("published", pd.Series(dtype=object)).to_dict(),
            docs.get("text", pd.Series(dtype=object)).to_dict(),
            docs.get("source", pd.Series(dtype=object)).to_dict(),
        )
    )
    rows["report_date"] = [
        _date(published.get(d)) or _date(day)
        for d, day in zip(rows["doc_id"], rows["date"], strict=True)
    ]
    rows["reporter"] = [
        s if pd.notna(s) and s else (outlets.get(d) if pd.notna(outlets.get(d)) else d)
        for s, d in zip(rows["source"], rows["doc_id"], strict=True)
    ]
    rows["words"] = [
        _words(texts.get(d), s, e)
        for d, s, e in zip(rows["doc_id"], rows["start"], rows["end"], strict=True)
    ]
    return rows.sort_values(
        ["report_date", "doc_id", "figure_id"], ignore_index=True, na_position="last"
    )


def _words(text: object, start: int, end: int, *, width: int = 38) -> str:
    """The words around a figure, cut at spaces, with the figure in ‹ ›."""
    if not isinstance(text, str):
        return ""
    left = text[max(0, start - width) : start].split(" ", 1)[-1] if start > width else text[:start]
    right = text[end : end + width].rsplit(" ", 1)[0] if len(text) > end + width else text[end:]
    return " ".join(f"…{left}‹{text[start:end]}›{right}…".split())


def plot_incident_card(
    incident_id: str | None,
    incidents: pd.DataFrame,
    links: pd.DataFrame,
    casualties: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    *,
    outcome: str | None = None,
) -> Figure:
    """One incident's figures by reporter and report date: how the toll moved.

    One step line per reporter (its figures in report order), a triangle for a lower bound
    ("at least", "over"), the incident's low-high band when two or more sources disagree and
    its best as a dashed line; beside it, each figure's report date, reporter and words.
    `outcome` defaults to killed when the incident has a death toll, else its most
    reported outcome. `incident_id` None takes `busiest_incident`.
    """
    incident_id = incident_id or busiest_incident(incidents)
    rows = card_rows(incident_id, links, casualties, documents) if incident_id else pd.DataFrame()
    if rows.empty:
        return _empty_figure("Incident card", "No incidents to show.")
    if outcome is None:
        counts = rows["outcome"].value_counts()
        outcome = "killed" if "killed" in counts else str(counts.sort_index().idxmax())
    rows = rows[rows["outcome"] == outcome]
    top = rows[rows["part_of"].isna()]
    rows = (top if not top.empty else rows)[lambda r: r["count"].notna() & r["report_date"].notna()]
    if rows.empty:
        return _empty_figure("Incident card", f"{incident_id}: no dated {outcome} figure to show.")
    inc = incidents[incidents["incident_id"] == incident_id].iloc[0]
    where = ", ".join(str(v) for v in (inc["location"], inc["country"]) if pd.notna(v))
    title = f"{incident_id}: {where or 'place not stated'}, {inc['event_date'] or 'date unknown'}"
    with plt.style.context(STYLE_PATH):
        fig, (ax, side) = plt.subplots(
            1, 2, figsize=(11, 3.6), gridspec_kw={"width_ratios": [1, 1.25], "wspace": 0.05}
        )
        reporters = sorted(
            set(rows["reporter"]), key=lambda r: (rows["reporter"].eq(r).idxmax(), r)
        )
        for i, reporter in enumerate(reporters):
            mine = rows[rows["reporter"] == reporter]
            xs = [mdates.date2num(d) for d in mine["report_date"]]
            colour = PALETTE[i % 6]
            ax.step(xs, mine["count"].astype(int), where="post", color=colour, linewidth=1.6)
            for x, (_, r) in zip(xs, mine.iterrows(), strict=True):
                lower = r["qualifier"] in ("at_least", "more_than")
                ax.plot(
                    [x],
                    [int(r["count"])],
                    marker="^" if lower else "o",
                    color=colour,
                    markerfacecolor=colour if _stands(r) else "white",
                    markersize=7,
                    linestyle="none",
                )
        low, best, high = (_count(inc[f"fatalities_{k}"]) for k in ("low", "best", "high"))
        if outcome == "killed" and best is not None:
            if (_count(inc["n_sources"]) or 0) >= 2 and low < high:
                ax.axhspan(low, high, color=_LIGHT, alpha=0.6, zorder=0, label="low–high")
            ax.axhline(best, color="#444444", linestyle="--", linewidth=1, label=f"best {best:,}")
        _date_axis(ax, pd.Series([mdates.date2num(d) for d in rows["report_date"]]))
        ax.set_ylim(0, max([1, *rows["count"].astype(int)]) * 1.25)
        ax.yaxis.set_major_formatter(_THOUSANDS)
        ax.set_ylabel(f"people {outcome}, as reported")
        ax.set_xlabel("report date")
        ax.grid(axis="y")
        if (rows["qualifier"].isin(["at_least", "more_than"])).any():
            ax.plot([], [], marker="^", color=_GREY, linestyle="none", label="a lower bound")
        if not all(_stands(r) for _, r in rows.iterrows()):
            ax.plot([], [], marker="o", color=_GREY, markerfacecolor="white", linestyle="none",
                    label="superseded (not counted)")  # fmt: skip
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="lower right", fontsize=7.5)
        ax.set_title(title)
        _card_table(side, rows, reporters)
    return fig


def _card_table(ax: plt.Axes, rows: pd.DataFrame, reporters: list[str]) -> None:
    """Each figure's report date, reporter and words, in the reporter's colour."""
    ax.set_axis_off()
    lines = rows.head(7)
    step = 0.95 / max(len(lines), 5)
    for y, (_, r) in enumerate(lines.iterrows()):
        colour = PALETTE[reporters.index(r["reporter"]) % 6]
        qualifier = (
            display_name("qualifier", str(r["qualifier"])) if pd.notna(r["qualifier"]) else ""
        )
        figure = f"{qualifier} {int(r['count']):,}".strip()
        head = f"{r['report_date'] or '?'}  {figure} · {_short(str(r['reporter']))}"
        head += "" if _stands(r) else "  (superseded)"
        ax.text(
            0.02,
            0.97 - y * step,
            head,
            transform=ax.transAxes,
            fontsize=8,
            color=colour,
            fontweight="bold",
            va="top",
        )
        ax.text(
            0.02,
            0.97 - y * step - 0.07,
            r["words"][:90],
            transform=ax.transAxes,
            fontsize=7.5,
            color="#333333",
            va="top",
        )
    if len(rows) > len(lines):
        ax.text(
            0.02, 0.0, f"… and {len(rows) - len(lines)} more", transform=ax.transAxes, fontsize=8
        )


def _stands(row: pd.Series) -> bool:
    """Whether a figure counts in the incident's estimates (True when links do not say)."""
    value = row.get("standing")
    return True if value is None or pd.isna(value) else bool(value)


def _short(name: str, *, width: int = 40) -> str:
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"
