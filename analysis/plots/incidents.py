"""Figures of the incident tables (`analysis.incidents.link_incidents`): the timeline.

Three views of one event table: a timeline here (when, how many killed, by whom, and how
far the sources disagree), a place-by-time grid (`analysis.plots.incident_places`: where
and when) and an incident card (`analysis.plots.incident_card`: how one incident's toll
moved from report to report). They share the helpers below.

Every function draws a one-line "no incidents" figure for empty input instead of raising.
"""

import datetime as dt

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from analysis.plots.style import PALETTE, STYLE_PATH

NOT_STATED = "perpetrator not stated"
OTHER_SIDES = "other perpetrators"
_GREY, _NOT_STATED, _LIGHT = "#666666", "#b0b0b0", "#dddddd"
_SIDE_COLOURS = PALETTE[:6]  # yellow and black stay free: hard to read as thin bars
_SHORT = {"wounded": "wounded", "missing": "missing", "displaced": "displ.", "detained": "detained"}
_THOUSANDS = mpl.ticker.StrMethodFormatter("{x:,.0f}")


def _count(value: object) -> int | None:
    return None if pd.isna(value) else int(value)


def _date(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return dt.date.fromisoformat(str(value)[:10])


def _empty_figure(title: str, message: str) -> Figure:
    """A small figure with its title and one line saying there is nothing to draw."""
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(7, 1.2))
        ax.set_axis_off()
        ax.set_title(title)
        ax.text(0, 0.4, message, transform=ax.transAxes, fontsize=10, color="#444444")
    return fig


def _caption(ax: plt.Axes, text: str) -> None:
    """A caption under the axes' x label (which must be set), left-aligned with the axes."""
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords=("axes fraction", ax.xaxis.label),
        xytext=(0, -8),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=8.5,
        color="#444444",
    )


def side_colours(incidents: pd.DataFrame, *, top: int = len(_SIDE_COLOURS)) -> dict[str, str]:
    """Colour per perpetrator (`actor1`): the `top` sides with most incidents, then the rest.

    Sides are ranked by incidents, then by people killed (best), then by name, so the same
    table always gives the same colours. Other sides share one grey; a missing `actor1`
    gets a light grey named `NOT_STATED`.
    """
    sides = incidents["actor1"].dropna().astype(str) if "actor1" in incidents else pd.Series()
    killed = incidents.get("fatalities_best", pd.Series(dtype="Int64")).fillna(0).astype(int)
    rank = pd.DataFrame({"side": sides, "killed": killed.loc[sides.index]})
    rank = rank.groupby("side").agg(n=("side", "size"), killed=("killed", "sum")).reset_index()
    rank = rank.sort_values(["n", "killed", "side"], ascending=[False, False, True])
    colours = dict(zip(rank["side"].head(top), _SIDE_COLOURS, strict=False))
    colours.update({s: _GREY for s in rank["side"].iloc[top:]})
    colours[NOT_STATED] = _NOT_STATED
    return colours


def timeline_points(incidents: pd.DataFrame) -> pd.DataFrame:
    """The data behind `plot_incident_timeline`: one row per dated incident.

    Columns: incident_id, day (the event date), x (the day, spread by a fraction of a day
    when several incidents share it), side, best, low, high, is_range (drawn as a range:
    two or more sources and low below high; a single source is never a range) and other
    (the non-fatal outcomes, for incidents without a death toll).
    """
    rows = []
    for _, inc in incidents.iterrows():
        day = _date(inc.get("event_date"))
        if day is None:
            continue
        low, best, high = (
            _count(inc.get(c)) for c in ("fatalities_low", "fatalities_best", "fatalities_high")
        )
        n_sources = _count(inc.get("n_sources")) or 0
        other = ", ".join(
            f"{_count(inc[c]):,} {_SHORT[c]}" for c in _SHORT if c in inc and _count(inc[c])
        )
        side = str(inc["actor1"]) if pd.notna(inc.get("actor1")) else NOT_STATED
        is_range = best is not None and n_sources >= 2 and low is not None and low < high
        rows.append(
            {
                "incident_id": str(inc["incident_id"]),
                "day": day,
                "side": side,
                "best": best,
                "low": low,
                "high": high,
                "is_range": bool(is_range),
                "n_sources": n_sources,
                "other": other,
                "location": inc.get("location") if pd.notna(inc.get("location")) else "",
            }
        )
    points = pd.DataFrame(
        rows,
        columns=[
            "incident_id",
            "day",
            "side",
            "best",
            "low",
            "high",
            "is_range",
            "n_sources",
            "other",
            "location",
        ],
    )
    points = points.sort_values(["day", "incident_id"], ignore_index=True)
    same_day = (
        points.groupby("day").cumcount() - (points.groupby("day")["day"].transform("size") - 1) / 2
    )
    points["x"] = [
        mdates.date2num(d) + 0.22 * s for d, s in zip(points["day"], same_day, strict=True)
    ]
    return points


def plot_incident_timeline(incidents: pd.DataFrame, *, label_top: int = 12) -> Figure:
    """Incidents over time: killed (best) by perpetrator, with the low-high range across sources.

    `incidents` is a `link_incidents` event table. Each incident with a death toll is a dot
    at its event date, coloured by `actor1`; a vertical bar from low to high is drawn only
    when two or more sources disagree, so a single report never looks like a range (its dot
    is hollow). Incidents with no death toll (only wounded, displaced or detained) sit in a
    strip below, labelled with what was reported. The `label_top` largest tolls are named.
    """
    title = "Incidents over time: people killed, by perpetrator"
    points = timeline_points(incidents)
    if points.empty:
        return _empty_figure(title, "No dated incidents to show.")
    colours = side_colours(incidents)
    killed, others = points[points["best"].notna()], points[points["best"].isna()]
    with plt.style.context(STYLE_PATH):
        fig, (ax, strip) = plt.subplots(
            2,
            1,
            figsize=(7.5, 5.6),
            sharex=True,
            gridspec_kw={"height_ratios": [5, 1], "hspace": 0.08},
        )
        for _, p in killed.iterrows():
            colour = colours.get(p["side"], _GREY)
            if p["is_range"]:
                ax.plot(
                    [p["x"], p["x"]],
                    [p["low"], p["high"]],
                    color=colour,
                    alpha=0.45,
                    linewidth=6,
                    solid_capstyle="butt",
                    zorder=2,
                )
            face = colour if p["n_sources"] >= 2 else "white"
            ax.plot(
                [p["x"]],
                [p["best"]],
                marker="o",
                markersize=7,
                color=colour,
                markerfacecolor=face,
                markeredgewidth=1.5,
                linestyle="none",
                zorder=3,
            )
        top = max([1, *killed["high"].dropna(), *killed["best"].dropna()])
        named = killed.sort_values(["best", "incident_id"], ascending=[False, True])
        # a label runs about an eighth of the axis to the right of its dot
        dx = max(2.0, 0.12 * float(points["x"].max() - points["x"].min()))
        for _, p in _apart(named, top / 12, dx=dx).head(label_top).iterrows():
            ax.annotate(
                f"{p['location'] or p['incident_id']} {int(p['best']):,}",
                (p["x"], p["best"]),
                xytext=(6, 2),
                textcoords="offset points",
                fontsize=7.5,
                color="#333333",
            )
        if killed.empty:
            ax.text(0.01, 0.5, "No incident with a death toll.", transform=ax.transAxes)
            ax.set_yticks([])
        ax.yaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.set_ylim(0, top * 1.15)
        ax.yaxis.set_major_formatter(_THOUSANDS)
        ax.set_ylabel("people killed (best)")
        ax.grid(axis="y")
        ax.set_title(title)
        for _, p in others.iterrows():
            strip.plot([p["x"]], [0], marker="D", color=_GREY, markersize=5)
        for _, p in _apart(others.assign(best=0), 1, dx=dx / 2).iterrows():
            strip.annotate(
                p["other"] or p["location"] or p["incident_id"],
                (p["x"], 0),
                xytext=(0, 6),
                textcoords="offset points",
                rotation=30,
                fontsize=7,
                color="#555555",
            )
        strip.set_yticks([0], ["no death\ntoll"])
        strip.set_ylim(-1, 2)
        strip.grid(False)
        _date_axis(strip, points["x"])
        strip.set_xlabel("event date")
        used = [s for s in colours if s in set(killed["side"]) and colours[s] != _GREY]
        if any(colours.get(s, _GREY) == _GREY for s in killed["side"]):
            used.insert(len(used) - (NOT_STATED in used), OTHER_SIDES)
        handles = [
            Line2D([], [], marker="o", linestyle="none", color=colours.get(s, _GREY), label=s)
            for s in used
        ]
        handles += [
            Line2D([], [], color=_GREY, alpha=0.45, linewidth=6, label="low–high across sources"),
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                color=_GREY,
                markerfacecolor="white",
                label="one source (no range)",
            ),
        ]
        if not killed.empty:
            # the key above the plot, under the title, as in the actor figures: the plot keeps
            # the figure's full width for the dates
            ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01), ncol=2,
                      fontsize=8, handlelength=1.4, borderaxespad=0.2)  # fmt: skip
            ax.set_title(title, pad=8 + 13 * -(-len(handles) // 2))
        undated = len(incidents) - len(points)
        _caption(
            strip,
            f"{_n(len(points), 'dated incident')} ({len(killed)} with a death toll)"
            + (f"; {undated} without a date not shown" if undated else "")
            + ". Running and cumulative tolls are not incidents.",
        )
    return fig


def _apart(points: pd.DataFrame, dy: float, *, dx: float) -> pd.DataFrame:
    """The points, in order, that are not within `dx` days and `dy` of an earlier one."""
    kept: list[tuple[float, float]] = []
    keep = []
    for x, y in zip(points["x"], points["best"], strict=True):
        free = all(abs(x - kx) > dx or abs(y - ky) > dy for kx, ky in kept)
        keep.append(free)
        if free:
            kept.append((x, y))
    return points[keep]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _date_axis(ax: plt.Axes, xs: pd.Series) -> None:
    low, high = float(xs.min()), float(xs.max())
    pad = max(2.0, (high - low) * 0.05)
    ax.set_xlim(low - pad, high + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
