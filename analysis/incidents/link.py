"""Group figures into incidents: first within each document, then across documents.

Within a document, figures are read in text order. A figure placed in a town or district
joins the group of the same or a near place (`near`) with an overlapping date window (or,
when one side has no coordinates to tell them apart, the nearest earlier group); a
figure placed only in a province, a country or nowhere joins the nearest earlier group
(else the nearest later one) whose places lie inside its own and whose dates overlap: an
article names the town once and its later sentences speak of the same attack. A part
("including four children") goes where its total goes.

Across documents, each document's groups are taken in date order (day-dated groups first,
then the ones with ever wider date windows) and merged into the
best compatible incident of the same country (`Incident.accepts`): dates overlapping by
their windows, perpetrators not conflicting, and places compatible at the finer
precision both have. Candidates come from a per-country index of date buckets, so a
group is compared with the incidents of its country and weeks only.
"""

import math
from collections import defaultdict
from collections.abc import Iterable

from analysis.incidents.figures import COUNTRY, FINE, NON_INCIDENT, PROVINCE, Fig, party, place_key

SLACK_DAYS = 1  # reports of one day can differ by a day (time zones, "overnight")
TOLL_SLACK_DAYS = 3  # the same toll in the same place: a date read a few days off
NEAR_KM = 25  # two towns this close are one place (a suburb and its city)
NEAR_AREA_KM = 100  # a district or township and a town inside it
BUCKET_DAYS = 8
DATE_OFF = "same place and toll, dates a few days apart"
ANY_COUNTRY = ("any country",)  # the index key under which every incident is filed too


def km(a: Fig, b: Fig) -> float:
    """Great-circle distance between two placed figures, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def near(a: Fig, b: Fig) -> bool:
    """Two town- or district-level places that are one place."""
    if a.place_key == b.place_key:
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return km(a, b) <= (NEAR_AREA_KM if a.area or b.area else NEAR_KM)


def overlap(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None], slack: int = SLACK_DAYS
) -> bool:
    """Two date windows overlap (with `slack` days); an unknown window overlaps anything."""
    if a[0] is None or b[0] is None:
        return True
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


class Incident:
    """Figures taken as one incident, with the facts that decide who else joins."""

    def __init__(self, fig: Fig) -> None:
        """Start an incident with its first figure."""
        self.figs: list[Fig] = []
        self.country = fig.country
        self.fine: list[Fig] = []
        self.provinces: set[str] = set()
        self.perpetrators: set[str] = set()  # names, as the figures give them
        self.sides: set[str] = set()  # the perpetrators' parties (`party`)
        self.victims: set[str] = set()  # the victims' parties
        self.counts: set[tuple[str, int]] = set()
        self.docs: set[str] = set()
        self.precise: list[tuple[int, int]] = []
        self.loose: list[tuple[int, int]] = []
        self.number = -1
        self._window: tuple[int | None, int | None] | None = None
        self.add(fig)

    def add(self, fig: Fig) -> None:
        """Take `fig` in, with its place, sides, toll and dates."""
        self.figs.append(fig)
        self.docs.add(fig.doc_id)
        self.country = self.country or fig.country
        if fig.rank == FINE and not any(f.place_key == fig.place_key for f in self.fine):
            self.fine.append(fig)
        if fig.rank == FINE and fig.admin1:
            self.provinces.add(place_key(fig.admin1))
        if fig.rank == PROVINCE:
            self.provinces.add(fig.place_key)
        if fig.perpetrator and not fig.generic:
            self.perpetrators.add(fig.perpetrator)
            self.sides.add(party(fig.perpetrator))
        if fig.victim_actor:
            self.victims.add(party(fig.victim_actor))
        if fig.count is not None and fig.part_of is None:
            self.counts.add((fig.outcome, fig.count))
        if fig.lo is not None:
            (self.precise if fig.day_precise else self.loose).append((fig.lo, fig.hi))
            self._window = None

    def absorb(self, other: "Incident", *, dates: bool = True) -> None:
        """Take in every figure of another document's group.

        With `dates` false (a report linked by place and toll whose date is a few days
        off), the incident's own dates stay as they were.
        """
        window = (list(self.precise), list(self.loose))
        for fig in other.figs:
            self.add(fig)
        if not dates:
            self.precise, self.loose = window
            self._window = None

    @property
    def window(self) -> tuple[int | None, int | None]:
        """The incident's dates: the span of its day dates, else its narrowest window."""
        if self._window is None:
            if self.precise:
                self._window = min(lo for lo, _ in self.precise), max(hi for _, hi in self.precise)
            elif self.loose:
                self._window = min(self.loose, key=lambda w: (w[1] - w[0], w))
            else:
                self._window = None, None
        return self._window

    @property
    def rank(self) -> int:
        """The finest place the incident has: FINE, PROVINCE or COUNTRY."""
        return FINE if self.fine else PROVINCE if self.provinces else COUNTRY

    def conflicts(self, other: "Incident") -> bool:
        """Named perpetrators on both sides, no party shared, not the two sides of a clash.

        Parties, not names: "Russia" and "Military Forces of Russia" are one side.
        """
        if not self.sides or not other.sides:
            return False
        if self.sides & other.sides:
            return False
        return not (self.sides & other.victims or other.sides & self.victims)

    def place_within(self, fig: Fig) -> bool:
        """A province-, country- or un-placed figure whose area holds this incident's places."""
        if fig.country and self.country and fig.country != self.country:
            return False
        if fig.rank == PROVINCE and self.provinces:
            return fig.place_key in self.provinces
        return True

    def place_match(self, other: "Incident") -> str:
        """How two incidents' places compare: "near", "province", "far" or "unknown"."""
        if self.fine and other.fine:
            pairs = [(a, b) for a in self.fine for b in other.fine]
            if any(near(a, b) for a, b in pairs):
                return "near"
            located = all(None not in (a.lat, a.lon, b.lat, b.lon) for a, b in pairs)
            return "far" if located else "unknown"
        if self.rank <= PROVINCE and other.rank <= PROVINCE:
            if not self.provinces or not other.provinces:
                return "unknown"
            return "province" if self.provinces & other.provinces else "far"
        return "unknown"

    def accepts(self, other: "Incident") -> tuple[int, str] | None:
        """(strength, reason) when `other` (another document's group) is this incident.

        0: one place (`near`) and overlapping dates; 1: the same province and dates, or
        one place or province and a shared toll with dates up to `TOLL_SLACK_DAYS` apart
        (a date read a few days off); 2: a shared toll where the places cannot be
        compared (a country, no place, a town without coordinates), which links only
        when no other incident could take the report.
        """
        if other.country is not None and self.country != other.country:
            return None
        if self.conflicts(other):
            return None
        shared = bool(self.counts & other.counts)
        dated = overlap(self.window, other.window)
        if not dated and not (shared and overlap(self.window, other.window, TOLL_SLACK_DAYS)):
            return None
        place = self.place_match(other)
        if place == "far":
            return None
        if dated and place == "near":
            return 0, "same place and date as an earlier report"
        if dated and place == "province":
            return 1, "place within the same province, same date"
        if shared and place != "unknown":
            return 1, DATE_OFF
        if shared and dated:
            return 2, "same country, date and toll"
        return None


def group_document(figs: list[Fig]) -> tuple[list[Incident], dict[int, str]]:
    """One document's incident figures in groups, and each figure's reason (by row)."""
    groups: list[Incident] = []
    reasons: dict[int, str] = {}
    last_start: dict[int, int] = {}
    for fig in sorted(figs, key=lambda f: (f.start, f.figure_id)):
        window = (fig.lo, fig.hi)
        dated = [g for g in groups if overlap(g.window, window)]
        if fig.rank == FINE:
            found = [g for g in dated if any(near(fig, f) for f in g.fine)]
            reason = "same place and date in the document"
            if not found:
                found = [g for g in dated if not g.fine and g.place_within(fig)]
                reason = "the document's place, named here"
            if not found:  # a place that cannot be told apart (no coordinates on one side)
                found = [g for g in dated if g.place_within(fig) and _unlocated(fig, g)]
                reason = "the document's incident (a place without coordinates)"
        else:
            found = [g for g in dated if g.place_within(fig)]
            reason = "the document's incident (place not finer here)"
        if found:
            before = [g for g in found if last_start[id(g)] <= fig.start]
            group = max(before, key=lambda g: last_start[id(g)]) if before else found[0]
            group.add(fig)
            reasons[fig.row] = reason
        else:
            group = Incident(fig)
            groups.append(group)
            reasons[fig.row] = "first report"
        last_start[id(group)] = fig.start
    return groups, reasons


def _unlocated(fig: Fig, group: Incident) -> bool:
    """`fig` or every town of `group` lacks coordinates: nothing says they are apart."""
    return fig.lat is None or all(f.lat is None for f in group.fine)


def _buckets(window: tuple[int | None, int | None]) -> Iterable[int]:
    lo, hi = window
    return range((lo - TOLL_SLACK_DAYS) // BUCKET_DAYS, (hi + TOLL_SLACK_DAYS) // BUCKET_DAYS + 1)


class _Index:
    """Incidents by country and date bucket: the only ones a new group is compared with."""

    def __init__(self) -> None:
        self.buckets: dict[object, dict[int, list[Incident]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.placed: dict[int, set[int]] = defaultdict(set)

    def register(self, incident: Incident) -> None:
        """File `incident` under its country (and all countries) and its dates' buckets."""
        if incident.window[0] is None:
            return
        mine = self.placed[incident.number]
        for bucket in _buckets(incident.window):
            if bucket not in mine:
                mine.add(bucket)
                self.buckets[incident.country][bucket].append(incident)
                self.buckets[ANY_COUNTRY][bucket].append(incident)

    def best(self, group: Incident) -> tuple[Incident, str] | None:
        """The incident `group` joins and why: the strongest verdict, then the nearest date."""
        window = group.window
        if window[0] is None:
            return None
        seen: set[int] = set()
        scored = []
        for bucket in _buckets(window):
            # A group that names no country is compared with every country's incidents.
            country = ANY_COUNTRY if group.country is None else group.country
            for incident in self.buckets[country].get(bucket, ()):
                if incident.number in seen or incident.docs & group.docs:
                    continue
                seen.add(incident.number)
                verdict = incident.accepts(group)
                if verdict:
                    distance = abs((incident.window[0] or 0) - window[0])
                    scored.append((verdict[0], distance, incident.number, verdict[1], incident))
        scored.sort(key=lambda s: s[:3])
        # A shared toll alone (strength 2) links only when no other incident could take it.
        if scored and (scored[0][0] < 2 or len(scored) == 1):
            return scored[0][4], scored[0][3]
        return None


def _merge_order(group: Incident) -> tuple:
    """Placed groups before unplaced ones, day-dated before looser ones, then by date.

    An unplaced report links only to the one incident sharing its toll, so every placed
    incident must exist before it is looked at; otherwise the order of documents would
    decide.
    """
    lo, hi = group.window
    first = group.figs[0]
    unplaced = group.rank >= COUNTRY or group.country is None
    width = (hi or 0) - (lo or 0)
    return (lo is None, unplaced, not group.precise, width, lo or 0, first.doc_id, first.figure_id)


def merge_documents(groups: list[Incident], reasons: dict[int, str]) -> list[Incident]:
    """Merge documents' groups into incidents, each group into its best compatible one."""
    incidents: list[Incident] = []
    index = _Index()
    for group in sorted(groups, key=_merge_order):
        found = index.best(group)
        if found is None:
            group.number = len(incidents)
            incidents.append(group)
            target = group
        else:
            target, reasons[group.figs[0].row] = found
            target.absorb(group, dates=found[1] != DATE_OFF)
        index.register(target)
    return incidents


def link(figs: list[Fig]) -> tuple[list[Incident], dict[int, Incident | None], dict[int, str]]:
    """Incidents of `figs`; each figure's incident (None for running and cumulative tolls)."""
    by_doc: dict[str, list[Fig]] = defaultdict(list)
    for fig in figs:
        by_doc[fig.doc_id].append(fig)
    groups: list[Incident] = []
    reasons: dict[int, str] = {}
    parts: list[Fig] = []
    for doc_id in sorted(by_doc):
        mine = [f for f in by_doc[doc_id] if f.scope not in NON_INCIDENT and f.part_of is None]
        parts += [f for f in by_doc[doc_id] if f.part_of is not None]
        doc_groups, doc_reasons = group_document(mine)
        groups += doc_groups
        reasons.update(doc_reasons)
    incidents = merge_documents(groups, reasons)
    owner: dict[int, Incident | None] = {f.row: i for i in incidents for f in i.figs}
    totals = {(f.doc_id, f.figure_id): f for f in figs}
    for part in parts:
        total = totals.get((part.doc_id, part.part_of))
        incident = owner.get(total.row) if total is not None else None
        if incident is None and part.scope not in NON_INCIDENT and total is None:
            incident = Incident(part)
            incident.number = len(incidents)
            incidents.append(incident)
            reasons[part.row] = "first report"
        elif incident is not None:
            incident.figs.append(part)
            incident.docs.add(part.doc_id)
            reasons[part.row] = f"part of figure {part.part_of}"
        else:
            reasons[part.row] = f"part of figure {part.part_of}, which is in no incident"
        owner[part.row] = incident
    for fig in figs:
        if fig.row not in owner:
            owner[fig.row] = None
            reasons[fig.row] = f"{fig.scope} toll: no incident"
    return incidents, owner, reasons
