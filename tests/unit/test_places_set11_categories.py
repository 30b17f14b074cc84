"""Places the sets returned as whole actors, as categories (issue 13, round 12).

Each test is a category of why the parse made a place an actor: a street, a road or a
land feature named with its word (after the name, with the street's part after it, or
before it in the country's language); a name tied by a preposition of place to a place
word ("a bridge over X", "the road between X and Y", "land on X"); a country's name that
only says where a person is from or opens a society's name; a country that owns its
economy. The sentences are our own, about other countries; none is a sentence of a set.
Each category has its controls: the same slot holding an actor.
"""

import pytest

from analysis.extract.casualties import extract_casualties
from analysis.parse import load_nlp
from analysis.parse.place_roles import a_country_qualifies, hung_on_a_place_word
from analysis.parse.places import is_place
from tests.extraction_helpers import actors_holding, actors_of


def _span(doc, words: str) -> tuple[int, int]:
    first = words.split()[0]
    start = next(t.i for t in doc if t.text == first)
    return start, start + len(words.split())


# --- 1. a street, a road or a land feature named with its word ----------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Dundas Street West", "Portage Avenue North", "Main Road South",  # the street's part
        "Don Valley Parkway", "Kennedy Parkway", "M4 Motorway", "Nevsky Prospekt",
        "Avenue Kasa-Vubu", "Boulevard Triomphal", "Jalan Thamrin", "Ulica Piotrkowska",
        "Piazza Garibaldi",  # a street's word before the name, in the country's language
        "Lake Kivu", "Mount Elgon", "Swat Valley", "Nuba Mountains", "Jebel Marra",
        "Kafr Qasim", "Kampung Baru",  # lakes, mountains, valleys, villages by their word
    ],
)  # fmt: skip
def test_a_street_or_a_feature_named_with_its_word_is_a_place(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize(
    "name",
    ["Lake Chad Basin Commission", "Village Development Council", "Gulf Clan", "East",
     "Roger Waters", "Mount Carmel Hospital Trust Council"],
)  # fmt: skip
def test_a_body_or_a_person_named_with_such_a_word_is_not_a_place(name: str) -> None:
    # a body's keyword closes the name; a direction alone is no street
    assert not is_place(name)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A teenager was stabbed near Bloor Street and the suspect ran toward the Don "
         "Valley Parkway.", "Don Valley Parkway"),
        ("Protesters burned tyres at a barricade on the Boulevard Triomphal, and police "
         "fired tear gas.", "Boulevard Triomphal"),
    ],
)  # fmt: skip
def test_a_named_street_in_a_sentence_is_no_actor(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


def test_a_police_force_named_after_its_city_stays_the_police() -> None:
    text = "The Winnipeg Police Service said two men were arrested on Portage Avenue."
    assert "Winnipeg Police Service" in actors_of(text), actors_of(text)


# --- 2. a name tied to a place word by a preposition of place -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants ambushed a convoy near a bridge over the Tumen on Sunday.", "Tumen"),
        ("Two fishermen were shot on the road between Musoma and Kinesi Mbili.",
         "Kinesi Mbili"),
        ("Two farmers were shot on their land on Taveuni, police said.",
         "Taveuni"),
        ("Drivers set up a roadblock on the Avenida Bolívar after the killing.",
         "Avenida Bolívar"),
    ],
)  # fmt: skip
def test_a_name_hung_on_a_place_word_is_a_place(text: str, name: str) -> None:
    doc = load_nlp()(text)
    assert hung_on_a_place_word(doc, *_span(doc, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The office of Amina Yusuf said two guards were hurt.", "Amina Yusuf"),
        ("A checkpoint manned by Wagner fighters was attacked.", "Wagner"),
        ("Villagers said the camp run by UNHCR was shelled.", "UNHCR"),
        ("The road was reopened by Hassan Ali on Monday.", "Hassan Ali"),
    ],
)  # fmt: skip
def test_an_owner_or_a_doer_next_to_a_place_word_is_not_asked(text: str, name: str) -> None:
    doc = load_nlp()(text)
    assert not hung_on_a_place_word(doc, *_span(doc, name))


# --- 3. a country that only qualifies a person or opens a society's name ------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen freed a kidnapped South Africa engineer in Zamfara.", "South Africa"),
        ("Troops were searching for an abducted Germany aid worker near Menaka.", "Germany"),
        ("The Uganda Red Cross Society said it had evacuated the wounded to Kasese.",
         "Uganda"),
        ("The Nigeria Red Cross said 12 people were killed in Bokkos.", "Nigeria"),
    ],
)  # fmt: skip
def test_a_country_that_only_qualifies_is_not_the_state(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)
    doc = load_nlp()(text)
    assert a_country_qualifies(doc, *_span(doc, country))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Kenya closed its border with Somalia after the attack.", "Kenya"),
        ("A Kenya soldier was wounded in the blast in Mandera.", "Kenya soldier"),
        ("The Kenya Police Service said five people were arrested.", "Kenya Police Service"),
        ("A US drone strike killed three militants in Jilib.", "US drone"),
    ],
)  # fmt: skip
def test_a_country_that_acts_or_owns_its_forces_stays_the_state(text: str, mention: str) -> None:
    found = actors_of(text)
    assert mention in found and {t for _, t in found[mention]} <= {"state", "state_forces"}, found


# --- 4. what a land has: its economy -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ghana's cocoa sector employs about a million farmers.", "Ghana"),
        ("Attacks on shipping have hurt Egypt's economy, officials said.", "Egypt"),
        ("Peru's mining industry has seen a wave of extortion killings.", "Peru"),
    ],
)  # fmt: skip
def test_a_country_that_owns_its_economy_is_a_place(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


def test_a_person_named_like_a_town_in_an_actor_role_stays_a_person() -> None:
    text = "Police arrested Kisumu Otieno, a trader, on Monday in Nairobi."
    assert ("Kisumu Otieno", "person") in actors_of(text).get("Kisumu Otieno", set())


# --- 5. where the attackers fled: a place, and not where the figure happened --------------


def test_where_attackers_fled_is_a_place_but_not_the_scene() -> None:
    text = (
        "Two gunmen on a motorcycle shot dead a shopkeeper in Ratnapura on Friday. "
        "Police said the gunmen fled towards Pelmadulla. A passer-by was also killed."
    )
    assert not actors_holding(text, "Pelmadulla"), actors_of(text)
    places = set(extract_casualties(text)["place"])
    assert places == {"Ratnapura"}, places


def test_where_people_fled_stays_where_they_went() -> None:
    # people who fled without naming the place they left keep the place they went to
    text = "About 300 families fled towards Djibo after the attack, officials said."
    assert set(extract_casualties(text)["place"]) == {"Djibo"}


def test_a_person_run_towards_stays_a_person() -> None:
    text = "The wounded boy ran towards Amina Yusuf, a nurse, who carried him to safety."
    assert ("Amina Yusuf", "person") in actors_of(text).get("Amina Yusuf", set())


def test_where_residents_fled_is_not_where_it_happened() -> None:
    # residents left the place they live in, which the article named before
    text = (
        "Gangs attacked the Bel-Air district on Monday, killing six people. "
        "Hundreds of residents fled towards Delmas, officials said."
    )
    assert "Delmas" not in set(extract_casualties(text)["place"])


# --- 6. a land that violence ranks: "putting X on course for a record" ---------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The killing was the 300th this year, putting Ecuador on course for a record.",
         "Ecuador"),
        ("The bombing killed 12 officers, making Pakistan the deadliest country for police "
         "this year.", "Pakistan"),
        ("Gang violence killed 40 people in March, leaving Haiti with its worst month since "
         "2022.", "Haiti"),
    ],
)  # fmt: skip
def test_a_land_violence_ranks_is_a_place(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fighting continued in the north, forcing Chad to close its border.", "Chad"),
        ("The attacks killed 30 people, prompting Kenya to deploy troops to the border.",
         "Kenya"),
        ("The drought made Kenya a key ally of the donors.", "Kenya"),
    ],
)  # fmt: skip
def test_a_land_made_to_act_stays_the_state(text: str, country: str) -> None:
    assert (country, "state") in actors_of(text).get(country, set()), actors_of(text)


# --- 7. a country that owns its ministry is inside the ministry's mention ------------------


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("Kenya's interior ministry said the curfew would be extended.",
         "Kenya's interior ministry"),
        ("Ukraine's defence ministry said 12 drones were shot down.",
         "Ukraine's defence ministry"),
        ("Nigeria's foreign ministry condemned the killing of two diplomats.",
         "Nigeria's foreign ministry"),
    ],
)  # fmt: skip
def test_a_country_owning_its_ministry_is_one_state_mention(text: str, organ: str) -> None:
    found = actors_of(text)
    assert organ in found and organ.split("'")[0] not in found, found


def test_a_country_owning_its_government_keeps_its_mentions() -> None:
    found = actors_of("Chad's government condemned the attack.")
    assert ("Chad", "state") in found.get("Chad", set()), found
