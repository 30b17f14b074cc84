"""Link casualty figures across documents into incidents: an ACLED-like event table.

`link_incidents(casualties, documents)` groups the figures that report one incident (one
attack or clash) and returns ``(incidents, links)``:

- `incidents`: one row per incident, with ACLED's column names where the meaning is the
  same: `event_date`, `country`, `admin1`, `location`, `latitude`, `longitude`, `actor1`
  (the perpetrator), `actor2` (the victim side: an actor, or a category such as
  "civilians"), and `fatalities_low`, `fatalities_best`, `fatalities_high` (UCDP GED's
  estimates; ACLED has one `fatalities`), `wounded`, `displaced`, `detained`, `sources`
  (the reporters behind the figures), `n_documents`, `doc_ids`, `figure_ids` (``doc_id#id``),
  `first_report`, `last_report`.
- `links`: one row per figure: its incident (missing for running and cumulative tolls,
  which are never merged with an incident) and the reason.

Two figures are the same incident when they are in the same country, their places agree at
the finer precision both have (a figure placed only at country level joins the incident of
its document or of a finer place), their dates fall within a window set by their
precisions (a day either way for day dates; inside the week or month otherwise), and
their perpetrators do not conflict. Candidates are blocked by country, so the work grows
with the figures of one country and month, not the square of the corpus. Order is fixed
(date, document, figure), so the result is deterministic.

Low / best / high (after UCDP GED): figures of one outcome are first reduced to the
standing ones: an early "at least N" (or "more than N") superseded by a larger figure
reported later is dropped, as is an earlier figure from the same reporter that a newer one
updates (a series, newest first). `low` is the smallest standing figure, `high` the
largest (claims included), `best` the standing figure reported most often, ties going to
the most recent report, then the smaller figure.
"""

import datetime as dt
from collections import defaultdict

import pandas as pd

from analysis.extract.casualties.when import published_date

INCIDENT_COLUMNS = (
    "incident_id", "event_date", "date_precision", "country", "admin1", "location",
    "latitude", "longitude", "actor1", "actor2", "fatalities_low", "fatalities_best",
    "fatalities_high", "wounded", "displaced", "detained", "sources", "n_sources",
    "n_documents", "doc_ids", "figure_ids", "first_report", "last_report",
)  # fmt: skip
LINK_COLUMNS = ("doc_id", "figure_id", "incident_id", "reason")
WINDOW_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366, "report": 3, "unknown": 3}
_PRECISION_RANK = {"city": 0, "district": 0, "province": 1, "country": 2, "unknown": 3}


class _Incident:
    """A growing incident: its figures' rows and the facts that decide who joins."""

    def __init__(self, number: int, row: dict) -> None:
        self.number, self.rows = number, [row]
        self.country = row["country"]
        self.places: set[str] = set()
        self.perpetrators: set[str] = set()
        self.docs: set[str] = set()
        self.dates: list[dt.date] = []
        self.add(row)

    def add(self, row: dict) -> None:
        if row is not self.rows[0]:
            self.rows.append(row)
        if _fine(row):
            self.places.add(row["place_key"])
        if row["perpetrator"]:
            self.perpetrators.add(row["perpetrator"])
        self.docs.add(row["doc_id"])
        if row["day"] is not None:
            self.dates.append(row["day"])

    def accepts(self, row: dict) -> str | None:
        """The reason `row` joins this incident, or None."""
        if row["perpetrator"] and self.perpetrators and row["perpetrator"] not in self.perpetrators:
            return None
        window = WINDOW_DAYS.get(row["date_precision"], 3)
        if row["day"] is not None and self.dates:
            if min(abs((row["day"] - d).days) for d in self.dates) > window:
                return None
        if _fine(row):
            if self.places and row["place_key"] not in self.places:
                return None
            return "same place and date" if self.places else "same document and date"
        return "same document" if row["doc_id"] in self.docs else None


def _fine(row: dict) -> bool:
    return _PRECISION_RANK.get(row["place_precision"], 3) == 0


def _day(value: object) -> dt.date | None:
    return published_date(value) if isinstance(value, str) else None


def _prepare(casualties: pd.DataFrame, documents: pd.DataFrame | None) -> list[dict]:
    published: dict[str, object] = {}
    if documents is not None and "published" in documents:
        published = dict(zip(documents["doc_id"].astype(str), documents["published"], strict=True))
    frame = casualties.astype(object).where(casualties.notna(), None)
    rows = []
    for row in frame.to_dict("records"):
        row["doc_id"] = str(row.get("doc_id", ""))
        row["day"] = _day(row.get("date"))
        row["report_day"] = published_date(published.get(row["doc_id"])) or row["day"]
        place = row.get("place") or ""
        row["place_key"] = place.lower().split(" district")[0].split(" township")[0].split(" territory")[0]
        row["perpetrator"] = row.get("perpetrator") or None
        rows.append(row)
    rows.sort(key=lambda r: (r["day"] or dt.date.max, r["doc_id"], int(r["figure_id"])))
    return rows


def link_incidents(
    casualties: pd.DataFrame, documents: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group casualty figures into incidents; return ``(incidents, links)`` (see module)."""
    incidents: list[_Incident] = []
    by_country: dict[object, list[_Incident]] = defaultdict(list)
    links = []
    for row in _prepare(casualties, documents):
        if row.get("scope") in {"running", "cumulative"}:
            links.append((row["doc_id"], row["figure_id"], None, f"{row['scope']} toll: no incident"))
            continue
        found, reason = None, None
        for incident in reversed(by_country[row["country"]][-50:]):
            reason = incident.accepts(row)
            if reason:
                found = incident
                break
        if found is None:
            found = _Incident(len(incidents), row)
            incidents.append(found)
            by_country[row["country"]].append(found)
            reason = "first report"
        else:
            found.add(row)
        links.append((row["doc_id"], row["figure_id"], found.number, reason))
    ids = {i.number: f"I{n:04d}" for n, i in enumerate(sorted(incidents, key=_first_key))}
    table = pd.DataFrame([_incident_row(i, ids[i.number]) for i in incidents], columns=INCIDENT_COLUMNS)
    table = table.sort_values("incident_id", ignore_index=True)
    link_table = pd.DataFrame(
        [(d, f, ids.get(n) if n is not None else None, r) for d, f, n, r in links], columns=LINK_COLUMNS
    )
    link_table = link_table.sort_values(["doc_id", "figure_id"], ignore_index=True)
    return _typed(table), link_table


def _first_key(incident: _Incident) -> tuple:
    first = incident.rows[0]
    return (first["day"] or dt.date.max, first["doc_id"], int(first["figure_id"]))


def standing(rows: list[dict]) -> list[dict]:
    """The figures still standing: superseded early counts and older updates dropped."""
    kept = []
    for row in rows:
        count = row.get("count")
        if count is None:
            continue
        newer = [o for o in rows if o is not row and o.get("count") is not None
                 and (o["report_day"] or dt.date.min) > (row["report_day"] or dt.date.min)]  # fmt: skip
        if row.get("qualifier") in {"at_least", "more_than"} and any(o["count"] > count for o in newer):
            continue
        same_source = [o for o in newer if row.get("source") and o.get("source") == row.get("source")]
        if same_source:
            continue
        kept.append(row)
    return kept


def low_best_high(rows: list[dict]) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of one outcome's figures (UCDP-style; see the module docstring)."""
    totals = [r for r in rows if r.get("part_of") is None]
    kept = standing(totals or rows)
    if not kept:
        return None, None, None
    counts = [int(r["count"]) for r in kept]
    votes: dict[int, tuple[int, dt.date, int]] = {}
    for row in kept:
        count = int(row["count"])
        n, latest, _ = votes.get(count, (0, dt.date.min, 0))
        votes[count] = (n + 1, max(latest, row["report_day"] or dt.date.min), -count)
    best = max(votes, key=lambda c: votes[c])
    return min(counts), best, max(counts)


def _incident_row(incident: _Incident, incident_id: str) -> dict:
    rows = incident.rows
    fine = [r for r in rows if _fine(r)] or rows
    place = min(fine, key=lambda r: (_PRECISION_RANK.get(r["place_precision"], 3), r["doc_id"]))
    days = sorted(r["day"] for r in rows if r["day"] is not None and r["date_precision"] == "day")
    any_days = sorted(r["day"] for r in rows if r["day"] is not None)
    event = (days or any_days or [None])[0]
    reports = sorted(r["report_day"] for r in rows if r["report_day"] is not None)
    by_outcome: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_outcome[str(row.get("outcome"))].append(row)
    low, best, high = low_best_high(by_outcome["killed"])
    victims = sorted({str(r.get("victim_actor") or r.get("victim_category")) for r in rows
                      if r.get("victim_actor") or r.get("victim_category")})  # fmt: skip
    sources = sorted({str(r["source"]) for r in rows if r.get("source")})
    return {
        "incident_id": incident_id,
        "event_date": event.isoformat() if event else None,
        "date_precision": "day" if days else (rows[0]["date_precision"] or "unknown"),
        "country": place.get("country"), "admin1": place.get("admin1"),
        "location": place.get("place"), "latitude": place.get("latitude"),
        "longitude": place.get("longitude"),
        "actor1": "; ".join(sorted(incident.perpetrators)) or None,
        "actor2": "; ".join(victims) or None,
        "fatalities_low": low, "fatalities_best": best, "fatalities_high": high,
        "wounded": low_best_high(by_outcome["wounded"])[1],
        "displaced": low_best_high(by_outcome["displaced"])[1],
        "detained": low_best_high(by_outcome["detained"])[1],
        "sources": "; ".join(sources) or None, "n_sources": len(sources),
        "n_documents": len(incident.docs), "doc_ids": "; ".join(sorted(incident.docs)),
        "figure_ids": "; ".join(sorted(f"{r['doc_id']}#{r['figure_id']}" for r in rows)),
        "first_report": reports[0].isoformat() if reports else None,
        "last_report": reports[-1].isoformat() if reports else None,
    }  # fmt: skip


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    counts = ("fatalities_low", "fatalities_best", "fatalities_high", "wounded", "displaced",
              "detained", "n_sources", "n_documents")  # fmt: skip
    for column in INCIDENT_COLUMNS:
        if column in counts:
            table[column] = table[column].astype("Int64")
        elif column in ("latitude", "longitude"):
            table[column] = table[column].astype("Float64")
        else:
            table[column] = table[column].astype("string")
    return table
