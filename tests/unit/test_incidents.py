"""Linking casualty figures across documents into incidents (issue 10).

Every table here is built by hand with the casualty table's columns: a row is one figure
as the extractor would give it (outcome, count, date and precision, place, country,
perpetrator, scope, source), so each test pins one linking rule.
"""

import random

import pandas as pd
import pytest

from analysis import INCIDENT_COLUMNS, LINK_COLUMNS, link_incidents
from analysis.extract.casualties import COLUMNS

PLACES = {  # name: (admin1, country, latitude, longitude, precision)
    "El Fasher": ("North Darfur", "Sudan", 13.63, 25.35, "city"),
    "Karari": ("Khartoum", "Sudan", 15.71, 32.46, "district"),
    "Omdurman": ("Khartoum", "Sudan", 15.64, 32.48, "city"),
    "Tripoli (Libya)": (None, "Libya", 32.89, 13.19, "city"),
    "Tripoli (Lebanon)": ("North", "Lebanon", 34.44, 35.85, "city"),
    "Gwa": ("Rakhine", "Myanmar", 17.6, 94.58, "district"),
    "Rakhine State": ("Rakhine", "Myanmar", 19.5, 94.0, "province"),
    "Pinga": ("North Kivu", "DR Congo", -0.99, 28.69, "city"),
}


def figure(doc: str, fid: int, count: int | None, **given: object) -> dict:
    """One casualty row: killed, exact, an incident on 3 March 2025 unless `given` says."""
    row = dict.fromkeys(COLUMNS)
    row.update(doc_id=doc, figure_id=fid, count=count, qualifier="exact", outcome="killed",
               scope="incident", date="2025-03-03", date_precision="day", start=100 * fid,
               end=100 * fid + 10, sentence=fid)  # fmt: skip
    place = given.pop("place", None)
    if place in PLACES:
        admin1, country, lat, lon, precision = PLACES[place]
        row.update(place=place.split(" (")[0], admin1=admin1, country=country, latitude=lat,
                   longitude=lon, place_precision=precision)  # fmt: skip
    elif place is not None:  # a country
        row.update(place=place, country=place, place_precision="country")
    row.update(given)
    return row


def frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["doc_id", *COLUMNS])


def documents(published: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": list(published), "published": list(published.values())})


def incident_of(links: pd.DataFrame, doc: str, fid: int) -> object:
    row = links[(links["doc_id"] == doc) & (links["figure_id"] == fid)]
    return row["incident_id"].iloc[0]


def test_unplaced_tolls_from_three_countries_are_three_incidents() -> None:
    # The repro: Haiti 115, Burkina Faso 20 and Somalia 4 killed, no place finer
    # than the country, no date words; casualty_ranges pooled them into one range.
    rows = [
        figure("haiti", 0, 115, place="Haiti", date="2025-03-10", date_precision="report"),
        figure("burkina", 0, 20, place="Burkina Faso", date="2025-03-10", date_precision="report"),
        figure("somalia", 0, 4, place="Somalia", date="2025-03-10", date_precision="report"),
    ]  # fmt: skip
    incidents, links = link_incidents(
        frame(rows), documents(dict.fromkeys(["haiti", "burkina", "somalia"], "2025-03-10"))
    )
    assert len(incidents) == 3
    assert links["incident_id"].nunique() == 3
    assert sorted(incidents["fatalities_best"].tolist()) == [4, 20, 115]
    # Without any country either, different tolls still stay apart.
    bare = [
        figure(d, 0, n, date=None, date_precision="unknown")
        for d, n in [("a", 115), ("b", 20), ("c", 4)]
    ]
    assert len(link_incidents(frame(bare))[0]) == 3


def test_displacement_in_two_countries_is_not_merged() -> None:
    rows = [
        figure("hti", 0, 6270, outcome="displaced", place="Haiti"),
        figure("bfa", 0, 2_000_000, outcome="displaced", place="Burkina Faso"),
    ]
    incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "hti", 0) != incident_of(links, "bfa", 0)
    assert sorted(incidents["displaced"].tolist()) == [6270, 2_000_000]


def test_a_city_toll_and_a_national_cumulative_toll_stay_apart() -> None:
    rows = [
        figure("a", 0, 450_000, outcome="displaced", place="El Fasher"),
        figure("a", 1, 12_000_000, outcome="displaced", place="Sudan", scope="cumulative",
               date="2023-04-01", date_precision="month"),
        figure("b", 0, 12_000_000, outcome="displaced", place="Sudan", scope="cumulative",
               date="2023-04-01", date_precision="month"),
    ]  # fmt: skip
    incidents, links = link_incidents(frame(rows))
    assert incidents["displaced"].tolist() == [450_000]
    assert pd.isna(incident_of(links, "a", 1)) and pd.isna(incident_of(links, "b", 0))
    assert (
        links.set_index(["doc_id", "figure_id"]).loc[("a", 1), "reason"]
        == "cumulative toll: no incident"
    )


def test_a_cumulative_or_running_toll_never_joins_an_incident() -> None:
    rows = [
        figure("a", 0, 12, place="Omdurman"),
        figure("a", 1, 12, place="Omdurman", scope="cumulative"),
        figure("b", 0, 60, place="Omdurman", scope="running"),
    ]
    incidents, links = link_incidents(frame(rows))
    assert len(incidents) == 1
    assert links["incident_id"].notna().tolist() == [True, False, False]


def test_three_sources_over_three_days_are_one_incident_with_low_best_high() -> None:
    rows = [
        figure("d1", 0, 30, qualifier="at_least", source="a hospital", place="El Fasher"),
        figure("d1", 1, 40, outcome="wounded", source="a hospital", place="El Fasher"),
        figure("d2", 0, 50, source="the health ministry", place="El Fasher"),
        figure("d2", 1, 56, source="Sudan Doctors Network", date=None, date_precision="report"),
        figure("d3", 0, 50, source="the health ministry", place="El Fasher",
               perpetrator="Rapid Support Forces"),
    ]  # fmt: skip
    published = documents({"d1": "2025-03-04", "d2": "2025-03-05", "d3": "2025-03-06"})
    incidents, links = link_incidents(frame(rows), published)
    assert len(incidents) == 1
    row = incidents.iloc[0]
    # The early "at least 30" yields to the later 50; 50 and 56 stand: best is the first.
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (50, 50, 56)
    assert (row["n_sources"], row["n_documents"], row["wounded"]) == (3, 3, 40)
    assert (row["event_date"], row["location"], row["country"]) == (
        "2025-03-03",
        "El Fasher",
        "Sudan",
    )
    assert (row["first_report"], row["last_report"]) == ("2025-03-04", "2025-03-06")
    assert row["actor1"] == "Rapid Support Forces"
    assert row["figure_ids"].startswith("d3#0")  # newest report first
    assert links["incident_id"].eq("I0000").all()


def test_each_sides_claimed_dead_add_up_for_the_high() -> None:
    """The army counts the group's dead, the group the army's: GED adds deaths by side."""
    force = {"victim_category": "force", "place": "Gwa", "perpetrator": None}
    rows = [
        figure("army", 0, 25, source="the military", victim_actor="Arakan Army", **force),
        figure("group", 0, 8, source="the Arakan Army",
               victim_actor="Military Forces of Myanmar", **force),
        figure("group", 1, 25, source="the Arakan Army", victim_actor="Arakan Army", **force),
    ]  # fmt: skip
    published = documents({"army": "2025-03-04", "group": "2025-03-05"})
    incidents, _ = link_incidents(frame(rows), published)
    assert len(incidents) == 1
    row = incidents.iloc[0]
    # low and best from the side both reports count; the high adds the other side's 8
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (25, 25, 33)


def test_counts_that_name_no_side_are_rival_counts_not_parts() -> None:
    rows = [
        figure("a", 0, 25, source="the military", place="Gwa", victim_category="force",
               victim_actor="Arakan Army"),
        figure("b", 0, 8, source="a rescue group", place="Gwa"),  # "8 people": any side
    ]  # fmt: skip
    incidents, _ = link_incidents(frame(rows), documents({"a": "2025-03-04", "b": "2025-03-04"}))
    row = incidents.iloc[0]
    assert (row["fatalities_low"], row["fatalities_high"]) == (8, 25)


def test_an_update_series_from_one_source_is_one_incident_best_the_newest() -> None:
    rows = [
        figure("d1", 0, 30, source="the health ministry", place="Omdurman"),
        figure("d2", 0, 50, source="the health ministry", place="Omdurman"),  # "rose to 50"
        figure("d2", 1, 30, source="the health ministry", place="Omdurman"),  # "from 30"
    ]
    published = documents({"d1": "2025-03-03", "d2": "2025-03-04"})
    incidents, links = link_incidents(frame(rows), published)
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (50, 50, 50)
    assert links["standing"].tolist() == [False, True, False]


def test_an_early_count_the_toll_outgrew_is_not_the_low() -> None:
    rows = [
        figure("d1", 0, 9, place="Omdurman", source="rescuers"),
        figure("d1", 1, 35, place="Omdurman", source="the army"),
        figure("d2", 0, 11, place="Omdurman", source="the governor"),
        figure("d3", 0, 41, place="Omdurman", source="civil society"),
        figure("d3", 1, 35, place="Omdurman", source="the army"),  # still quoted: stands
    ]
    published = documents({"d1": "2025-03-03", "d2": "2025-03-04", "d3": "2025-03-05"})
    incidents, _links = link_incidents(frame(rows), published)
    row = incidents.iloc[0]
    # 9 and 11 were counts the toll outgrew (nobody repeats them); 35 and 41 stand.
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (35, 41, 41)


def test_a_toll_repeated_in_one_document_counts_once() -> None:
    rows = [figure("a", i, 12, place="Pinga") for i in range(3)]
    rows += [figure("b", 0, 20, place="Pinga"), figure("c", 0, 20, place="Pinga")]
    incidents, links = link_incidents(frame(rows))
    assert len(incidents) == 1
    # 12 (once for document a), 20, 20: the middle is 20; counted thrice, 12 would be.
    assert incidents.iloc[0]["fatalities_best"] == 20
    assert links["standing"].tolist() == [True, False, False, True, True]


def test_tripoli_in_libya_and_tripoli_in_lebanon_are_two_incidents() -> None:
    rows = [
        figure("ly", 0, 8, place="Tripoli (Libya)", date="2025-04-15"),
        figure("lb", 0, 3, place="Tripoli (Lebanon)", date="2025-04-16"),
    ]
    incidents, links = link_incidents(frame(rows))
    assert sorted(incidents["country"].tolist()) == ["Lebanon", "Libya"]
    assert incident_of(links, "ly", 0) != incident_of(links, "lb", 0)


def test_same_place_days_apart_are_two_incidents_and_a_week_date_joins_its_day() -> None:
    rows = [
        figure("a", 0, 50, place="El Fasher", date="2025-03-03"),
        figure("b", 0, 50, place="El Fasher", date="2025-03-10"),
        figure("c", 0, 20, place="Gwa", date="2025-04-09"),
        figure("d", 0, 20, place="Gwa", date="2025-04-07", date_precision="week"),
    ]
    _incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "a", 0) != incident_of(links, "b", 0)
    assert incident_of(links, "c", 0) == incident_of(links, "d", 0)


def test_places_compatible_at_the_finer_common_precision() -> None:
    rows = [
        figure("a", 0, 12, place="Karari"),
        figure("a", 1, 25, outcome="wounded", place="Sudan"),  # the document's incident
        figure("b", 0, 12, place="Omdurman"),  # Karari is a district of Omdurman
        figure("c", 0, 50, place="El Fasher"),  # 800 km away: another incident
        figure("d", 0, 20, place="Gwa", date="2025-04-09"),
        figure("e", 0, 20, place="Rakhine State", date="2025-04-09"),  # Gwa's province
    ]
    incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "a", 0) == incident_of(links, "a", 1) == incident_of(links, "b", 0)
    assert incident_of(links, "c", 0) != incident_of(links, "a", 0)
    assert incident_of(links, "d", 0) == incident_of(links, "e", 0)
    assert len(incidents) == 3


def test_a_date_read_a_few_days_off_joins_when_place_and_toll_agree() -> None:
    rows = [
        figure("a", 0, 31, place="Pinga", date="2025-03-22"),
        figure("b", 0, 31, place="Pinga", date="2025-03-24"),  # same toll, two days off
        figure("c", 0, 7, place="Pinga", date="2025-03-24"),  # another toll: another day
        figure("d", 0, 31, place="Pinga", date="2025-03-29"),  # a week later: another attack
    ]
    _incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "a", 0) == incident_of(links, "b", 0)
    assert incident_of(links, "c", 0) != incident_of(links, "a", 0)
    assert incident_of(links, "d", 0) != incident_of(links, "a", 0)


def test_an_unplaced_report_joins_the_only_incident_sharing_its_toll() -> None:
    rows = [
        figure("a", 0, 22, place="Gwa", date="2025-04-09"),
        figure("b", 0, 22, date="2025-04-09"),  # no place, no country: the same toll
        figure("c", 0, 5, date="2025-04-09"),  # no toll in common: stays alone
    ]
    _incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "a", 0) == incident_of(links, "b", 0)
    assert incident_of(links, "c", 0) != incident_of(links, "a", 0)
    # Two incidents could take it (22 killed in Gwa and in Pinga): it stays alone.
    rows.append(figure("e", 0, 22, place="Pinga", date="2025-04-09"))
    _incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "b", 0) not in {
        incident_of(links, "a", 0),
        incident_of(links, "e", 0),
    }


def test_in_one_document_a_place_without_coordinates_stays_with_the_incident() -> None:
    rows = [
        figure("a", 0, 12, place="Karari"),
        figure("a", 1, 25, outcome="wounded", place="Al-Nau", place_precision="city",
               country="Sudan"),  # a hospital's neighbourhood the gazetteer cannot locate
        figure("a", 2, 50, place="El Fasher"),  # located, 800 km away: another incident
    ]  # fmt: skip
    _incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "a", 0) == incident_of(links, "a", 1)
    assert incident_of(links, "a", 2) != incident_of(links, "a", 0)


def test_conflicting_perpetrators_are_not_merged_and_aliases_are_one_actor() -> None:
    rows = [
        figure("a", 0, 9, place="Pinga", perpetrator="Rapid Support Forces"),
        figure("b", 0, 9, place="Pinga", perpetrator="Military Forces of Sudan"),
        figure("c", 0, 23, place="Pinga", date="2025-04-14", perpetrator="M23"),
        figure("d", 0, 23, place="Pinga", date="2025-04-14", perpetrator="March 23 Movement"),
        figure("e", 0, 23, place="Pinga", date="2025-04-14", perpetrator="Unidentified Armed Group (DR Congo)"),
    ]  # fmt: skip
    incidents, links = link_incidents(frame(rows))
    assert incident_of(links, "a", 0) != incident_of(links, "b", 0)
    assert incident_of(links, "c", 0) == incident_of(links, "d", 0) == incident_of(links, "e", 0)
    assert "March 23 Movement" in incidents["actor1"].tolist()


def test_a_perpetrator_the_gazetteer_does_not_know_conflicts_with_none() -> None:
    rows = [
        figure("a", 0, 17, place="Pinga", perpetrator="March 23 Movement"),
        figure("b", 0, 17, place="Pinga", perpetrator="gang"),
    ]
    incidents, _links = link_incidents(frame(rows))
    assert len(incidents) == 1 and incidents.iloc[0]["actor1"] == "March 23 Movement"


def test_the_two_sides_of_a_clash_do_not_conflict() -> None:
    rows = [
        figure("a", 0, 9, place="Pinga", perpetrator="March 23 Movement", victim_actor="Wazalendo"),
        figure("b", 0, 6, place="Pinga", perpetrator="Wazalendo", victim_actor="March 23 Movement"),
    ]
    incidents, _links = link_incidents(frame(rows))
    assert len(incidents) == 1


def test_output_does_not_depend_on_row_order() -> None:
    rows = [
        figure("d1", 0, 30, qualifier="at_least", source="x", place="El Fasher"),
        figure("d2", 0, 50, source="y", place="El Fasher"),
        figure("d2", 1, 4, part_of=0, place="El Fasher"),
        figure("d3", 0, 12, place="Karari", date="2025-03-06"),
        figure("d4", 0, 12, place="Omdurman", date="2025-03-06", source="z"),
        figure("d5", 0, 8, place="Tripoli (Libya)", date="2025-04-15"),
        figure("d6", 0, 3, place="Tripoli (Lebanon)", date="2025-04-17"),
        figure("d6", 1, 4000, place="Lebanon", scope="cumulative"),
    ]
    published = documents({f"d{i}": f"2025-03-0{i}" for i in range(1, 7)})
    expected = link_incidents(frame(rows), published)
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        got = link_incidents(frame(shuffled), published)
        pd.testing.assert_frame_equal(got[0], expected[0])
        pd.testing.assert_frame_equal(got[1], expected[1])


def test_figures_that_add_up_to_another_are_its_breakdown_not_tolls() -> None:
    rows = [
        figure("a", 0, 23, place="Pinga", source="local administrators"),
        figure("b", 0, 15, place="Pinga"),  # 15 fighters and 8 civilians: 23
        figure("b", 1, 8, place="Pinga", source="a nurse"),
        figure("b", 2, 9, place="Pinga", source="a militia spokesman"),  # 9 + 6 = 15
        figure("b", 3, 6, place="Pinga", source="residents"),
    ]
    incidents, links = link_incidents(frame(rows))
    row = incidents.iloc[0]
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (23, 23, 23)
    assert links["standing"].tolist() == [True, False, False, False, False]


def test_a_part_goes_with_its_total() -> None:
    rows = [
        figure("a", 0, 12, place="Karari"),
        figure("a", 1, 4, part_of=0, victim_category="children"),
    ]
    incidents, links = link_incidents(frame(rows))
    assert links["incident_id"].tolist() == ["I0000", "I0000"]
    assert incidents.iloc[0]["fatalities_best"] == 12  # the part is not another toll


@pytest.mark.parametrize("table", [frame([]), pd.DataFrame()])
def test_empty_input_gives_empty_typed_tables(table: pd.DataFrame) -> None:
    incidents, links = link_incidents(table)
    assert tuple(incidents.columns) == INCIDENT_COLUMNS and incidents.empty
    assert tuple(links.columns) == LINK_COLUMNS and links.empty
    assert str(incidents["fatalities_best"].dtype) == "Int64"
    assert str(incidents["location"].dtype) == "string"
    assert str(links["figure_id"].dtype) == "int64"
