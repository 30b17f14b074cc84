"""Low / best / high per incident and outcome, after UCDP GED, and the incident's row.

`standing` keeps the figures that still stand: figures that add up to another figure
of the incident are its breakdown, not tolls (two or three from one document); each
document gives one figure per
reporter (its largest: a repeated toll counts once, issue 13's "one best figure per
incident"; "the toll rose to 50 from 30" gives 50; an unmarked breakdown gives its
total), a figure without a named source being the document's own; a named source's
older figure is replaced by its newer one in a later report (a series); an early count
the toll outgrew is dropped: a larger figure came in a later report, and it was a lower
bound ("at least 30") or no later report repeats it.
`low_best_high` then follows UCDP GED's three estimates: `low` the smallest standing
figure, `high` the largest (a party's claim included), `best` the middle of the
standing figures that are not a party's own claim (a source that is the incident's
perpetrator or victim side); between two middle figures, the one first reported later
(a newer count), then the smaller. Figures that each count one force's dead, of two or
more forces, are added by side for the high, as GED adds deaths by side (`low_best_high`).
"""

import datetime as dt
import itertools
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from analysis.incidents.figures import FINE, NON_INCIDENT, Fig, forces_country, party

if TYPE_CHECKING:  # a type only: the estimates do not need the linker
    from analysis.incidents.link import Incident

COUNT_OUTCOMES = ("wounded", "missing", "displaced", "detained")
MAX_SUMMED = 12


def _report(fig: Fig) -> int:
    return fig.report if fig.report is not None else (fig.hi or 0)


def standing(figs: list[Fig]) -> list[Fig]:
    """The figures of one outcome that still stand (see the module docstring)."""
    totals = [f for f in figs if f.count is not None and f.part_of is None] or [
        f for f in figs if f.count is not None
    ]
    parts = _breakdowns(totals)
    totals = [f for f in totals if f.row not in parts] or totals
    # One figure per document and reporter: the largest (a repeated toll once; a series
    # "rose to 50 from 30" its newest; a breakdown left unmarked, "15 fighters and 8
    # civilians", its total).
    largest: dict[tuple[str, str | None, str | None], Fig] = {}
    for fig in sorted(totals, key=lambda f: (f.doc_id, f.start, f.figure_id)):
        key = (fig.doc_id, fig.source, _side(fig))  # one side's dead, the other's: no repeat
        if key not in largest or fig.count > largest[key].count:
            largest[key] = fig
    unique = sorted(largest.values(), key=lambda f: (f.doc_id, f.start, f.figure_id))
    newest: dict[tuple[str, str | None], Fig] = {}
    kept = []
    for fig in unique:
        if not fig.source:
            kept.append(fig)
            continue
        other = newest.get((fig.source, _side(fig)))
        if other is None or (_report(fig), fig.count) > (_report(other), other.count):
            newest[(fig.source, _side(fig))] = fig
    kept += newest.values()
    return [f for f in kept if not _superseded(f, kept, totals)]


def _superseded(fig: Fig, kept: list[Fig], totals: list[Fig]) -> bool:
    """An early count the toll outgrew.

    A larger figure came in a later report, and `fig` is a lower bound ("at least 30")
    or no later report repeats it (9 dead on the day, 11 the next; an army's 35 that a
    later report still quotes stands).
    """
    later = [o for o in kept if _report(o) > _report(fig)]
    if not any(o.count > fig.count for o in later):
        return False
    if fig.qualifier in ("at_least", "more_than"):
        return True
    return not any(o.count == fig.count and _report(o) > _report(fig) for o in totals)


def _breakdowns(figs: list[Fig]) -> set[int]:
    """Rows of figures that, two or three from one document, add up to another figure.

    "9 Wazalendo and 6 M23 fighters" beside "15 fighters", or "22 civilians and 9
    soldiers" beside another report's 31: the extractor did not mark them as parts, the
    sum does. Only documents with at most `MAX_SUMMED` figures of the outcome are tried.
    """
    targets = {f.count for f in figs}
    by_doc: dict[str, list[Fig]] = defaultdict(list)
    for fig in figs:
        by_doc[fig.doc_id].append(fig)
    parts: set[int] = set()
    for mine in by_doc.values():
        if len(mine) > MAX_SUMMED:
            continue
        for size in (2, 3):
            for combo in itertools.combinations(mine, size):
                total = sum(f.count for f in combo)
                if total in targets and all(0 < f.count < total for f in combo):
                    parts.update(f.row for f in combo)
    return parts


def _side(fig: Fig) -> str | None:
    """The side whose dead a figure counts ("45 al-Shabaab militants"), else None.

    A party (`party`): "Russian soldiers" and "Military Forces of Russia" count one side.
    """
    return party(fig.victim_actor) if fig.victim_category == "force" and fig.victim_actor else None


def low_best_high(
    figs: list[Fig], parties: set[str] = frozenset()
) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of one outcome's figures in one incident (module docstring).

    When every standing figure counts one force's dead and they count two or more forces
    (an army's "45 militants killed", the group's "9 soldiers killed"), they are not rival
    counts of one toll: UCDP GED adds deaths by side. The side most reports count gives
    low and best; the high adds the largest count of each other side.
    """
    kept = standing(figs)
    if not kept:
        return None, None, None
    by_side: dict[str, list[Fig]] = defaultdict(list)
    for fig in kept:
        by_side[_side(fig) or ""].append(fig)
    if len(by_side) > 1 and "" not in by_side:
        main = max(by_side, key=lambda s: (len(by_side[s]), max(f.count for f in by_side[s]), s))
        low, best, _ = _estimates(by_side[main], figs, parties)
        high = sum(max(f.count for f in group) for group in by_side.values())
        return low, best, high
    return _estimates(kept, figs, parties)


def _estimates(
    kept: list[Fig], figs: list[Fig], parties: set[str]
) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of standing figures of one toll (module docstring).

    `parties` are the incident's sides (`party`): a source that is one of them ("Russia's
    defence ministry" when Russia's forces struck) makes a claim, not a neutral count.
    """
    neutral = [f for f in kept if not (f.source and party(f.source) in parties)] or kept
    first_seen: dict[int, int] = {}  # when each count was first reported, by anyone
    for fig in (f for f in figs if f.count is not None):
        first_seen[fig.count] = min(first_seen.get(fig.count, _report(fig)), _report(fig))
    values = sorted(f.count for f in neutral)
    middle = len(values) // 2
    if len(values) % 2:
        best = values[middle]
    else:
        a, b = values[middle - 1], values[middle]
        best = b if first_seen[b] > first_seen[a] else a
    counts = [f.count for f in neutral]
    return min(counts), best, max(f.count for f in kept)


def _day(ordinal: int | None) -> str | None:
    return dt.date.fromordinal(ordinal).isoformat() if ordinal else None


def _mode(values: list) -> object:
    """The most frequent value, ties to the smallest; None for none."""
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def incident_row(incident: "Incident", incident_id: str) -> dict:
    """One row of the incident table (`INCIDENT_COLUMNS`)."""
    figs = incident.figs
    days = [f.lo for f in figs if f.day_precise]
    event = _mode(days) if days else incident.window[0]
    fine = [f for f in figs if f.rank == FINE]
    key = _mode([f.place_key for f in fine]) if fine else None
    placed = [f for f in fine if f.place_key == key] or sorted(
        figs, key=lambda f: (f.rank, f.doc_id, f.start)
    )
    place = min(placed, key=lambda f: (f.lat is None, f.admin1 is None, f.doc_id, f.start))
    # A state named beside its own forces is not a second actor: "Military Forces of
    # Russia", not "Military Forces of Russia; Russia" (`party`).
    forces_of = {forces_country(n) for n in incident.perpetrators} - {None}
    named = sorted(n for n in incident.perpetrators if n not in forces_of)
    generic = sorted({f.perpetrator for f in figs if f.generic and f.perpetrator})
    parties = incident.sides | incident.victims
    by_outcome: dict[str, list[Fig]] = defaultdict(list)
    for fig in figs:
        if fig.scope not in NON_INCIDENT:
            by_outcome[fig.outcome].append(fig)
    low, best, high = low_best_high(by_outcome["killed"], parties)
    victims = sorted(
        {f.victim_actor or f.victim_category for f in figs if f.victim_actor or f.victim_category}
    )
    sources = sorted({f.source for f in figs if f.source})
    reports = sorted(f.report for f in figs if f.report is not None)
    newest_first = sorted(figs, key=lambda f: (-_report(f), f.doc_id, f.figure_id))
    admin1 = place.admin1 or next((f.place for f in figs if f.rank == 1), None)
    precision = "day" if days else str(figs[0].values.get("date_precision") or "unknown")
    return {
        "incident_id": incident_id, "event_date": _day(event), "date_precision": precision,
        "country": incident.country, "admin1": admin1,
        "location": place.place if place.rank < 3 else None,
        "latitude": place.lat, "longitude": place.lon,
        "place_precision": str(place.values.get("place_precision") or "unknown")
        if place.place
        else "unknown",
        "actor1": "; ".join(named or generic) or None, "actor2": "; ".join(victims) or None,
        "fatalities_low": low, "fatalities_best": best, "fatalities_high": high,
        **{o: low_best_high(by_outcome[o], parties)[1] for o in COUNT_OUTCOMES},
        "sources": "; ".join(sources) or None, "n_sources": len(sources),
        "n_documents": len(incident.docs), "n_figures": len(figs),
        "doc_ids": "; ".join(sorted(incident.docs)),
        "figure_ids": "; ".join(f"{f.doc_id}#{f.figure_id}" for f in newest_first),
        "first_report": _day(reports[0]) if reports else None,
        "last_report": _day(reports[-1]) if reports else None,
    }  # fmt: skip


def standing_rows(incident: "Incident") -> set[int]:
    """Rows of the figures that count in the incident's estimates."""
    by_outcome: dict[str, list[Fig]] = defaultdict(list)
    for fig in incident.figs:
        by_outcome[fig.outcome].append(fig)
    return {f.row for figs in by_outcome.values() for f in standing(figs)}
