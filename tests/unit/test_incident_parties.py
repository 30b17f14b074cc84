"""Incident perpetrators as parties: a state and its armed forces are one side.

Event coders name the perpetrator of "Russian drones" or "Israeli airstrikes" by the
state's military ("Military Forces of Russia", ACLED); one report says the state did it,
another its army. For linking, for the estimates' "a party's own claim" and for the
perpetrator score they are one party. Tables are built by hand with the casualty table's
columns, as in test_incidents.py; the incidents are invented.
"""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis import link_incidents
from analysis.extract.casualties import COLUMNS
from analysis.incidents.figures import party

KHARKIV = {"place": "Kharkiv", "admin1": "Kharkiv Oblast", "country": "Ukraine",
           "latitude": 49.99, "longitude": 36.23, "place_precision": "city"}  # fmt: skip


def figure(doc: str, fid: int, count: int, **given: object) -> dict:
    """A killed toll in Kharkiv on 9 May 2025 unless `given` says otherwise."""
    row = dict.fromkeys(COLUMNS)
    row.update(doc_id=doc, figure_id=fid, count=count, qualifier="exact", outcome="killed",
               scope="incident", date="2025-05-09", date_precision="day", start=100 * fid,
               end=100 * fid + 10, sentence=fid, **KHARKIV)  # fmt: skip
    row.update(given)
    return row


def link(rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    return link_incidents(pd.DataFrame(rows, columns=["doc_id", *COLUMNS]))


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Russia", "Russia"),
        ("Military Forces of Russia", "Russia"),
        ("Russian Armed Forces", "Russia"),  # an alias: the military's canonical name first
        ("Police Forces of Russia", "Russia"),
        ("Military Forces of Chad", "Chad"),  # the per-country scheme, in the gazetteer or not
        ("Myanmar military", "Myanmar"),
        ("Wagner Group", "Wagner Group"),  # Russian, but no state force
        ("Ministry of Peshmerga Affairs", "Ministry of Peshmerga Affairs"),  # not Iraq's own
        ("Tigray Interim Administration", "Tigray Interim Administration"),
        ("Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)"),
        (None, None),
    ],
)
def test_a_state_and_its_forces_are_one_party(name, side):
    assert party(name) == side


def test_reports_naming_a_state_or_its_military_are_one_incident():
    rows = [
        figure("state", 0, 7, perpetrator="Russia"),
        figure("army", 0, 7, perpetrator="Military Forces of Russia"),
        figure("alias", 0, 8, perpetrator="Russian Armed Forces"),
    ]
    incidents, links = link(rows)
    assert len(incidents) == 1 and links["incident_id"].eq("I0000").all()
    # The state beside its own forces is no second actor.
    assert incidents.iloc[0]["actor1"] == "Military Forces of Russia"


def test_two_states_forces_still_conflict():
    rows = [
        figure("a", 0, 7, perpetrator="Military Forces of Russia"),
        figure("b", 0, 7, perpetrator="Military Forces of Ukraine"),
        figure("c", 0, 7, perpetrator="Wagner Group"),
    ]
    incidents, _links = link(rows)
    assert len(incidents) == 3


def test_a_clash_between_a_state_and_a_group_named_by_either_side():
    """One report: the army killed the group's men; the other: the group killed soldiers."""
    rows = [
        figure("a", 0, 12, perpetrator="Russia", victim_actor="Freedom of Russia Legion"),
        figure("b", 0, 5, perpetrator="Freedom of Russia Legion",
               victim_actor="Military Forces of Russia"),
    ]  # fmt: skip
    incidents, _links = link(rows)
    assert len(incidents) == 1


def test_a_claim_by_the_perpetrators_own_state_is_not_a_neutral_count():
    """The state's ministry counts its strike's dead: a party's claim, as its army's is."""
    rows = [
        figure("ngo", 0, 10, source="Amnesty International", perpetrator="Military Forces of Russia"),
        figure("city", 0, 14, source="Kharkiv regional administration"),
        figure("claim", 0, 40, source="Russia"),
    ]  # fmt: skip
    incidents, _links = link(rows)
    row = incidents.iloc[0]
    # Best is the middle of the two neutral counts (the later reported, else the smaller),
    # not of three; the claim still sets the high.
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (10, 10, 40)


def _scorer():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_incidents.py"
    spec = importlib.util.spec_from_file_location("eval_incidents", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_perpetrator_score_compares_parties():
    scorer = _scorer()
    aliases = scorer._aliases()
    assert scorer.same_actor("Russia", "Military Forces of Russia", aliases)
    assert scorer.same_actor("Israel", "Military Forces of Israel", aliases)
    assert scorer.same_actor("Myanmar military", "Military Forces of Myanmar", aliases)
    assert not scorer.same_actor("Russia", "Wagner Group", aliases)
    assert not scorer.same_actor("Russia", "Military Forces of Ukraine", aliases)
    assert not scorer.same_actor("Russia", None, aliases)


def test_one_sides_dead_counted_under_a_state_or_its_military_are_one_side():
    """The high adds the dead by side (UCDP GED): a state and its army are one side."""
    force = {"victim_category": "force", "perpetrator": None}
    rows = [
        figure("kyiv", 0, 20, source="the Ukrainian army", victim_actor="Russia", **force),
        figure("wire", 0, 20, source="a monitor", victim_actor="Military Forces of Russia",
               **force),
        figure("moscow", 0, 8, source="Russia's defence ministry",
               victim_actor="Military Forces of Ukraine", **force),
    ]  # fmt: skip
    incidents, _links = link(rows)
    row = incidents.iloc[0]
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (20, 20, 28)
