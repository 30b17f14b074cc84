"""Places are never actors; provinces and villages of every country are places (issue 13).

The sentences are written for these tests (names of real places, wording our own).
"""

import pytest

from analysis.parse.places import (
    area_country,
    country_of,
    is_generic,
    is_place,
    place_country,
    resolve_place,
)
from tests.extraction_helpers import actors_of, types_of


@pytest.mark.parametrize(
    ("province", "country"),
    [
        ("KwaZulu-Natal", "South Africa"),
        ("Khyber Pakhtunkhwa", "Pakistan"),
        ("Sindh", "Pakistan"),
        ("Oromia", "Ethiopia"),
        ("Cabo Delgado", "Mozambique"),
        ("Tillabéri", "Niger"),
        ("Tillaberi", "Niger"),
        ("Turkana", "Kenya"),
        ("Clarendon", "Jamaica"),
        ("Mindanao", "Philippines"),
        ("Basilan", "Philippines"),
    ],
)
def test_every_countrys_provinces_are_in_the_index(province: str, country: str) -> None:
    assert is_place(province)
    assert place_country(province) == country


def test_a_province_resolves_with_its_admin1_and_precision() -> None:
    parish = resolve_place("St Catherine")
    assert (parish.country, parish.admin1, parish.precision) == (
        "Jamaica", "Saint Catherine", "province",
    )  # fmt: skip
    county = resolve_place("Nakuru County")
    assert (county.country, county.precision) == ("Kenya", "district")
    # A second-level province keeps its region as admin1.
    sur = resolve_place("Maguindanao del Sur")
    assert (sur.admin1, sur.precision) == ("Autonomous Region in Muslim Mindanao", "district")


def test_a_town_keeps_its_place_before_its_province_of_one_name() -> None:
    # Kano the city and Kano the state are both in Nigeria: the city is the finer place.
    assert resolve_place("Kano").precision == "city"


def test_generic_and_people_names_are_no_province() -> None:
    assert is_generic("Centre-Sud") and is_generic("Nord") and not is_generic("Nord-Kivu")
    assert country_of("Somali") == "Somalia"  # the people, not Ethiopia's Somali region
    assert place_country("Somali") != "Ethiopia"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Police in Sindh said a trader was shot dead outside his shop.", "Police", "Pakistan"),
        (
            "Security forces in KwaZulu-Natal detained three men after a tavern shooting.",
            "Security forces",
            "South Africa",
        ),
        (
            "Three herders died in Kapedo, Turkana County, when raiders struck.",
            "herders",
            "Kenya",
        ),
        ("Police in Clarendon said a taxi operator was chopped to death.", "Police", "Jamaica"),
        ("Soldiers killed two rebels in Mindanao on Monday.", "Soldiers", "Philippines"),
    ],
)
def test_forces_in_a_province_take_its_country(text: str, mention: str, country: str) -> None:
    (actor,) = {name for name, _ in actors_of(text)[mention]}
    assert actor.endswith(f"of {country}") or actor.endswith(f"({country})")


def test_no_province_of_a_report_is_an_actor() -> None:
    text = (
        "Gunmen attacked a market in Cabo Delgado and Nampula on Sunday, police said, "
        "a day after fighting in Tillabéri and Oromia."
    )
    found = types_of(text)
    for place in ("Cabo Delgado", "Nampula", "Tillabéri", "Oromia"):
        assert place not in found


def test_an_area_word_picks_the_province_over_a_city_of_its_name() -> None:
    assert resolve_place("Manchester").country == "United Kingdom"
    parish = resolve_place("Manchester Parish")
    assert (parish.country, parish.precision) == ("Jamaica", "province")


@pytest.mark.parametrize(
    ("name", "country"),
    [("Plateau State", "Nigeria"), ("Plateau Department", "Benin"),
     ("Punjab Province", "Pakistan"), ("Punjab State", "India"),
     ("Misiones Department", "Paraguay"), ("Misiones Province", "Argentina")],
)  # fmt: skip
def test_the_area_word_picks_among_provinces_of_one_name_by_their_type(name, country) -> None:
    # Two countries have a province of the name; ISO 3166-2 types say which one the word means
    assert resolve_place(name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "The Parish said it would look into the shooting at the market.",
        "Gunmen struck a farm near Ogbomoso, Parish Headquarters said.",
        "The State said nothing about the two traders found dead.",
        "District said the road to the camp stayed closed.",
    ],
)
def test_an_area_word_alone_or_heading_a_name_is_no_actor(text: str) -> None:
    words = {"district", "state", "province", "region", "parish", "county"}
    for mention, types in types_of(text).items():
        assert mention.split()[0].lower() not in words or types <= {
            "state", "state_forces",
        }, (mention, types)  # fmt: skip
        assert not (types & {"person", "other"} and mention.split()[0].lower() in words)


def test_an_area_word_before_an_office_is_no_part_of_a_persons_name() -> None:
    text = "County Commissioner Rhoda Onyancha said the raiders took 200 goats."
    found = actors_of(text)
    assert ("Rhoda Onyancha", "person") in found.get("Rhoda Onyancha", set()), found
    # the office before its holder is the state (the gold of sets 6 and 8), never a person
    for mention, readings in found.items():
        if mention.split()[0] == "County":
            assert {t for _, t in readings} == {"state"}, found


def test_a_police_body_named_by_its_area_stays_a_force() -> None:
    text = "District Police Commissioner Ahmed Bello said two officers were wounded."
    assert "state_forces" in types_of(text).get("District Police", set())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed a teacher in the village and fled towards Gidan Bakuso, Sokoto, "
            "residents said.",
            "Gidan Bakuso",
        ),
        ("The victims were from Ungwan Magaji, a farming settlement.", "Ungwan Magaji"),
        ("A fisherman from Bulisa was shot by soldiers on the lake.", "Bulisa"),
        ("Herders from Bokkos were ambushed by gunmen on Tuesday.", "Bokkos"),
        ("The violence spread to Tchoma Bangou after the raid.", "Tchoma Bangou"),
        ("Villagers fled from Tsauni Kura after the attack.", "Tsauni Kura"),
        ("Three students were abducted from Ung-Waje by bandits.", "Ung-Waje"),
    ],
)
def test_a_village_the_gazetteer_lacks_is_placed_by_its_sentence(text: str, place: str) -> None:
    found = actors_of(text)
    assert not any(place in mention or mention in place for mention in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Musa Abdullahi, Kaduna State governor, condemned the attack.", "Musa Abdullahi"),
        ("A statement from Ibrahim Gambari urged calm.", "Ibrahim Gambari"),
        ("Soldiers shot at Ahmed Yusuf, his lawyer said.", "Ahmed Yusuf"),
    ],
)
def test_a_person_near_a_place_stays_a_person(text: str, person: str) -> None:
    assert "person" in types_of(text).get(person, set())


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Gunmen attacked Kwall, Nkiedonwhro and Ancha communities, killing 12.",
            ("Kwall", "Nkiedonwhro", "Ancha"),
        ),
        ("The militia burned Tchomia and Kasenyi villages near the lake.", ("Tchomia",)),
    ],
)
def test_a_place_word_after_a_list_places_every_name_in_it(text: str, places: tuple) -> None:
    found = actors_of(text)
    assert not any(place in mention for place in places for mention in found), found


def test_a_country_after_a_datelines_town_is_where_the_report_comes_from() -> None:
    found = actors_of("Kwall, Nigeria — Gunmen killed nine people overnight.")
    assert "Nigeria" not in found and "Kwall" not in found
    # A country that acts after a comma stays the state.
    assert "Nigeria" in actors_of("In a statement on Monday, Nigeria said it would respond.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Towns of 5,000 to 15,000 people, in the country the text names.
        ("Nigerian police said bandits attacked Kankara overnight, killing four.", "Kankara"),
        ("Kenyan police said raiders attacked Kainuk on Sunday.", "Kainuk"),
        # A raid's object is a place, known or not.
        ("Gunmen stormed Maru Gari before dawn, police in Nigeria said.", "Maru Gari"),
    ],
)
def test_what_an_attack_or_a_raid_took_is_a_place(text: str, place: str) -> None:
    assert place not in actors_of(text)


def test_a_person_attacked_stays_a_person() -> None:
    text = "Soldiers attacked Ali Baba at his home, Nigerian police said."
    assert "person" in types_of(text).get("Ali Baba", set())


def test_a_country_filing_a_headline_is_no_actor_but_a_speaker_is() -> None:
    assert "Kenya" not in actors_of("Kenya: bandits kill three police reservists in Baringo")
    assert "Somalia" not in actors_of("Somalia: Al-Shabaab fighters storm military base")
    assert "state" in types_of("Iran: we will respond to any attack, minister says")["Iran"]


def test_a_small_town_of_one_country_gives_an_unplaced_article_its_country() -> None:
    found = actors_of("Bandits have killed more than 50 people in Tsafe this month.")
    assert found["Bandits"] == {("Unidentified Armed Group (Nigeria)", "unidentified_armed_group")}
    # A name that towns of several countries share tells no country.
    assert area_country("Tsafe") == "Nigeria" and area_country("Kelso") is None
