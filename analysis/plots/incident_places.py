"""The place view of the incident table: a place-by-time grid (see `analysis.plots.incidents`).

A grid, not a map: no maintained package in the lock ships an offline country outline
(cartopy and geodatasets download Natural Earth on first use; geopandas no longer ships it),
and rows of country · place against weeks let the counts be read directly.
"""

import datetime as dt

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.plots.incidents import _LIGHT, _caption, _empty_figure, timeline_points
from analysis.plots.style import STYLE_PATH


def place_grid(incidents: pd.DataFrame, *, period: str | None = None) -> pd.DataFrame:
    """The data behind `plot_incident_places`: one row per (place, period) with incidents.

    Columns: place ("country · location"), period (its first day), killed (sum of the best
    estimates, missing when no incident there has a death toll), incidents, other (the
    non-fatal outcomes). `period` is "week" or "month"; None picks weeks for up to 20 weeks
    of dates, months beyond.
    """
    points = timeline_points(incidents)
    if points.empty:
        return pd.DataFrame(columns=["place", "period", "killed", "incidents", "other"])
    span = (points["day"].max() - points["day"].min()).days
    period = period or ("week" if span <= 140 else "month")
    country = incidents.set_index(incidents["incident_id"].astype(str))["country"]
    points["place"] = [
        f"{country.get(i) if pd.notna(country.get(i)) else 'country unknown'} · "
        f"{loc or 'place not stated'}"
        for i, loc in zip(points["incident_id"], points["location"], strict=True)
    ]
    points["period"] = [
        d - dt.timedelta(days=d.weekday()) if period == "week" else d.replace(day=1)
        for d in points["day"]
    ]
    grid = points.groupby(["place", "period"], as_index=False).agg(
        killed=("best", lambda s: s.dropna().sum() if s.notna().any() else None),
        incidents=("incident_id", "size"),
        other=("other", lambda s: "; ".join(o for o in s if o)),
    )
    grid.attrs["period"] = period
    return grid


def plot_incident_places(incidents: pd.DataFrame, *, period: str | None = None) -> Figure:
    """A place-by-time grid: rows country · place, columns weeks (or months), cell = killed.

    Each cell is the sum of the best death tolls of the incidents at that place in that
    period, annotated, with the number of incidents in brackets when more than one; a darker
    cell is a larger toll (log scale). A cell whose incidents report no death toll is grey
    and names what was reported. See `place_grid` for the data.
    """
    title = "Where and when: people killed per place and week"
    grid = place_grid(incidents, period=period)
    if grid.empty:
        return _empty_figure(title, "No dated incidents to show.")
    period = grid.attrs["period"]
    title = title.replace("week", period)
    places = grid.sort_values(["place", "period"]).drop_duplicates("place")["place"].tolist()
    first, last = grid["period"].min(), grid["period"].max()
    columns = _periods(first, last, period)
    values = np.full((len(places), len(columns)), np.nan)
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(3.4 + 0.85 * len(columns), 1.3 + 0.36 * len(places)))
        killed = grid["killed"].dropna()
        norm = mpl.colors.LogNorm(
            vmin=1, vmax=max(2.0, float(killed.max()) if len(killed) else 2.0)
        )
        for _, cell in grid.iterrows():
            r, c = places.index(cell["place"]), columns.index(cell["period"])
            if pd.notna(cell["killed"]):
                values[r, c] = max(1.0, float(cell["killed"]))
                text = f"{int(cell['killed']):,}"
                dark = norm(values[r, c]) > 0.6
            else:
                ax.add_patch(mpl.patches.Rectangle((c - 0.5, r - 0.5), 1, 1, color=_LIGHT))
                text, dark = cell["other"].split("; ")[0] or "•", False
            if cell["incidents"] > 1:
                text += f" ({cell['incidents']})"
            ax.text(
                c,
                r,
                text,
                ha="center",
                va="center",
                fontsize=7.5,
                color="white" if dark else "#222222",
            )
        ax.imshow(np.ma.masked_invalid(values), cmap="Oranges", norm=norm, aspect="auto")
        ax.set_xticks(
            range(len(columns)),
            [_period_label(p, period) for p in columns],
            rotation=45 if len(columns) > 3 else 0,
            ha="right" if len(columns) > 3 else "center",
        )
        ax.set_yticks(range(len(places)), places)
        ax.set_xticks(np.arange(len(columns) + 1) - 0.5, minor=True)
        ax.set_yticks(np.arange(len(places) + 1) - 0.5, minor=True)
        ax.grid(False)
        ax.grid(which="minor", color="white", linewidth=1.5)
        ax.tick_params(which="minor", length=0)
        ax.set_title(title)
        ax.set_xlabel(f"{period} (starting Monday)" if period == "week" else period)
        _caption(
            ax,
            "Cell: killed (best), summed over the incidents there; (n): incidents. "
            "Grey: no death toll reported.",
        )
    return fig


def _periods(first: dt.date, last: dt.date, period: str) -> list[dt.date]:
    days = pd.date_range(first, last, freq="W-MON" if period == "week" else "MS")
    return [d.date() for d in days]


def _period_label(day: dt.date, period: str) -> str:
    return f"wk {day.day} {day:%b %Y}" if period == "week" else f"{day:%b %Y}"
