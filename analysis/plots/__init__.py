"""Figures in one house style, saved byte-stable as PNG, SVG and PDF.

Plot functions take tidy DataFrames and return a matplotlib `Figure`; `save_figure`
writes it. Nothing here reads articles or runs spaCy.
"""

from analysis.plots.actors import plot_actor_mentions, plot_actor_network
from analysis.plots.casualties import (
    plot_casualties_by_party,
    plot_casualty_outcomes,
    plot_casualty_ranges,
)
from analysis.plots.cleaning import plot_duplicate_map, plot_paragraph_counts
from analysis.plots.incident_card import busiest_incident, card_rows, plot_incident_card
from analysis.plots.incident_places import place_grid, plot_incident_places
from analysis.plots.incidents import plot_incident_timeline, side_colours, timeline_points
from analysis.plots.style import FORMATS, PALETTE, save_figure, use_house_style

__all__ = [
    "FORMATS",
    "PALETTE",
    "busiest_incident",
    "card_rows",
    "place_grid",
    "plot_actor_mentions",
    "plot_actor_network",
    "plot_casualties_by_party",
    "plot_casualty_outcomes",
    "plot_casualty_ranges",
    "plot_duplicate_map",
    "plot_incident_card",
    "plot_incident_places",
    "plot_incident_timeline",
    "plot_paragraph_counts",
    "save_figure",
    "side_colours",
    "timeline_points",
    "use_house_style",
]
