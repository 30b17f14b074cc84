"""Link casualty figures across documents into incidents: an ACLED-like event table.

`link_incidents(casualties, documents)` groups the figures that report one incident (one
attack or clash) and returns ``(incidents, links)``:

- `incidents` (`INCIDENT_COLUMNS`): one row per incident, with ACLED's column names where
  the meaning is the same: `event_date`, `country`, `admin1`, `location`, `latitude`,
  `longitude`, `actor1` (the perpetrators; a state named beside its own forces is left
  out), `actor2` (the victim side: an actor, or a
  category such as "civilians"). Where they differ: `fatalities_low`, `fatalities_best`,
  `fatalities_high` are UCDP GED's three estimates (ACLED has one `fatalities`);
  `wounded`, `missing`, `displaced`, `detained` are best estimates of those outcomes;
  `date_precision` and `place_precision` are words (ACLED codes them 1-3); `sources` (the
  reporters named behind the figures), `n_sources`, `n_documents`, `n_figures`,
  `doc_ids`, `figure_ids` (``doc_id#figure_id``, newest report first), `first_report`,
  `last_report`.
- `links` (`LINK_COLUMNS`): one row per figure: its incident (missing for running and
  cumulative tolls, never merged with an incident), the reason, and whether it
  `standing`, i.e. counts in the estimates.

Figures are the same incident when (`analysis.incidents.link`): they are in the same
country; their dates overlap by windows set by their precisions (a day, with a day's
slack; the week from its Monday; the month; the year; a figure without date words, the
few days before its report); no named perpetrator conflicts (aliases are one name; a
state and its forces are one party, `analysis.incidents.figures.party`: "Russia" and
"Military Forces of Russia"; a party the actor gazetteer does not name, "Unidentified
Armed Group (X)" or "gang", conflicts with none; the two sides of a clash, each the
other's victim, do not conflict); and their places agree at the finer
precision both have: two towns or districts are one place when they share a name or lie
within 25 km (100 km for a district and a town); a province holds the towns of that
admin1; a figure placed only by country (or not at all) joins its own document's
incident, and another document's only when the two share a toll in that country and on
those dates and no other incident could take it. Cumulative and running tolls never join
an incident.

Low / best / high: see `analysis.incidents.estimate` (after UCDP GED: figures that add up
to another are its breakdown; each document gives one figure per reporter and side
counted, its largest; a source's newer figure replaces its older one; an early count the
toll outgrew yields; low the smallest standing figure, high the largest, claims included,
best the middle of the standing figures that are not a party's own claim; when the
figures count the dead of two or more forces, one side each, the high adds them by side).

Deterministic: figures are read in (document, figure) order, groups merged in date
order, and the output does not depend on the input's row order. Blocking by country and
week buckets keeps the work near linear: 100,000 figures link in seconds
(``benchmarks/bench_link.py``).
"""

import pandas as pd

from analysis.incidents.estimate import incident_row, standing_rows
from analysis.incidents.figures import prepare
from analysis.incidents.link import link

INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident_id", "event_date", "date_precision", "country", "admin1", "location",
    "latitude", "longitude", "place_precision", "actor1", "actor2", "fatalities_low",
    "fatalities_best", "fatalities_high", "wounded", "missing", "displaced", "detained",
    "sources", "n_sources", "n_documents", "n_figures", "doc_ids", "figure_ids",
    "first_report", "last_report",
)  # fmt: skip
LINK_COLUMNS: tuple[str, ...] = ("doc_id", "figure_id", "incident_id", "reason", "standing")
_COUNTS = frozenset({
    "fatalities_low", "fatalities_best", "fatalities_high", "wounded", "missing", "displaced",
    "detained", "n_sources", "n_documents", "n_figures",
})  # fmt: skip


def link_incidents(
    casualties: pd.DataFrame, documents: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group casualty figures into incidents; return ``(incidents, links)``.

    `casualties` is a corpus casualty table (with `doc_id`; the columns of
    `extract_casualties`); `documents`, when given, supplies each document's `published`
    date, which dates figures without date words. See the module docstring for the rules.
    """
    figs = prepare(casualties, documents)
    incidents, owner, reasons = link(figs)
    order = sorted(
        incidents,
        key=lambda i: (
            i.window[0] is None,
            i.window[0] or 0,
            min((f.doc_id, f.figure_id) for f in i.figs),
        ),
    )
    ids = {id(incident): f"I{n:04d}" for n, incident in enumerate(order)}
    table = pd.DataFrame(
        [incident_row(i, ids[id(i)]) for i in order], columns=list(INCIDENT_COLUMNS)
    )
    counted = {row for incident in incidents for row in standing_rows(incident)}
    links = pd.DataFrame(
        [
            (f.doc_id, f.figure_id, ids[id(owner[f.row])] if owner[f.row] is not None else None,
             reasons[f.row], f.row in counted)
            for f in sorted(figs, key=lambda f: (f.doc_id, f.figure_id, f.row))
        ],
        columns=list(LINK_COLUMNS),
    )  # fmt: skip
    return _typed(table), _typed_links(links)


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    for column in INCIDENT_COLUMNS:
        if column in _COUNTS:
            table[column] = table[column].astype("Int64")
        elif column in ("latitude", "longitude"):
            table[column] = table[column].astype("Float64")
        else:
            table[column] = table[column].astype("string")
    return table


def _typed_links(links: pd.DataFrame) -> pd.DataFrame:
    return links.astype({
        "doc_id": "string", "figure_id": "int64", "incident_id": "string", "reason": "string",
        "standing": "bool",
    })  # fmt: skip


__all__ = ["INCIDENT_COLUMNS", "LINK_COLUMNS", "link_incidents"]
