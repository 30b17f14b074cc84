"""Places the ninth blind set found returned as actors, as categories (issue 13).

Each test is a category its blind writer described in general words, written with our own
sentences about other villages, hospitals, roads and borders (real place names, our
wording); none is a sentence of the set. Each category has its controls: the same slot
holding an actor.
"""

import pytest
from spacy.lang.en import English
from spacy.tokens import Span

from analysis.parse.hyphen_names import join_hyphenated_places
from analysis.parse.places import is_place
from tests.extraction_helpers import actors_holding, actors_of

# --- 1. a village named after "at" is a place ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("The families went back to their fields at Mbiriwiri on Tuesday, the chief said.",
         "Mbiriwiri"),
        ("Dozens of herders arrived at Lokichoggio with their cattle, officials said.",
         "Lokichoggio"),
    ],
)  # fmt: skip
def test_a_one_word_name_after_at_is_a_village(text: str, village: str) -> None:
    assert not actors_holding(text, village), actors_of(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A soldier shot at Mwangi outside the bar before fleeing.", "Mwangi"),
        ("Bandits opened fire at Musa when he refused to stop.", "Musa"),
    ],
)  # fmt: skip
def test_fire_aimed_at_a_name_keeps_it_a_target(text: str, person: str) -> None:
    # "shot at", "opened fire at" aim: the rule leaves fire and attacks to the scene's reading.
    assert actors_of(text).get(person) == {(person, "person")}, actors_of(text)


# --- 2. fire from a country names where the guns were ----------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two farmers were wounded when mortar rounds fired from South Sudan landed in "
         "Moyo district, Ugandan officials said.", "South Sudan"),
        ("Rockets launched from Lebanon hit a barn near Metula overnight, the army said.",
         "Lebanon"),
        ("Three shepherds were killed by shells fired from the Central African Republic, "
         "Chadian officials said.", "Central African Republic"),
    ],
)  # fmt: skip
def test_a_country_fire_came_from_is_no_state(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eritrea fired shells at the town, Ethiopian officials said.", "Eritrea"),
        ("Kenya closed its border with Somalia after the raid.", "Kenya"),
    ],
)  # fmt: skip
def test_a_state_that_fires_or_acts_stays_the_state(text: str, country: str) -> None:
    assert any(t == "state" for _, t in actors_of(text).get(country, set())), actors_of(text)


# --- 3. a hyphenated place's first piece is no person ------------------------------------------


def test_a_name_cut_at_its_hyphen_is_the_whole_place() -> None:
    doc = English()("Families fled towards Trou-du-Nord after the attack.")
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    join_hyphenated_places(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Trou-du-Nord", "GPE")]


def test_a_hyphen_before_a_lower_case_word_is_no_place() -> None:
    doc = English()("Hamas-run media said the Kuki-Zo council met.")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    join_hyphenated_places(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Hamas", "ORG")]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("A lorry driver was shot dead by robbers on Shahrah-e-Faisal late on Friday.",
         "Shahrah"),
        ("Some 2,000 villagers fled towards Trou-du-Nord after the gang attack, the UN said.",
         "Trou"),
    ],
)  # fmt: skip
def test_a_hyphenated_place_is_no_actor(text: str, piece: str) -> None:
    assert not actors_holding(text, piece), actors_of(text)


def test_a_hyphenated_group_the_gazetteer_knows_stays_an_actor() -> None:
    text = "Police in Lahore said Lashkar-e-Taiba had trained the gunmen."
    assert any("Lashkar" in m for m in actors_of(text)), actors_of(text)


# --- 4. a hospital named after its town, a shrine, a health facility ---------------------------


@pytest.mark.parametrize(
    "name",
    ["General Hospital in Mubi", "Mbale District Health Facility", "Hazratbal shrine",
     "Kalighat Temple"],
)  # fmt: skip
def test_a_building_named_after_its_town_is_a_place(name: str) -> None:
    assert is_place(name)


def test_a_body_in_a_town_is_no_building() -> None:
    assert not is_place("Islamic State in West Africa")  # a group, named with its land


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("One of the wounded later died at the General Hospital in Mubi, police said.", "Mubi"),
        ("He was treated at the Mbale District Health Facility and sent home.", "Mbale"),
    ],
)  # fmt: skip
def test_a_hospital_named_after_its_town_is_no_actor(text: str, town: str) -> None:
    assert not actors_holding(text, town), actors_of(text)


# --- 5. the words between a preposition and its place ------------------------------------------


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Bandits killed three farmers in a second raid on nearby Kwanar Dutse, residents said.",
         "Kwanar Dutse"),
        ("Hundreds of youths rampaged through Ikotun on Friday, burning shops, police said.",
         "Ikotun"),
    ],
)  # fmt: skip
def test_a_village_behind_an_adjective_or_a_rampage_is_a_place(text: str, village: str) -> None:
    assert not actors_holding(text, village), actors_of(text)


def test_a_country_behind_an_adjective_after_from_is_a_place() -> None:
    text = "Fighters came from neighbouring Mali and attacked the post, the army said."
    assert not actors_holding(text, "Mali"), actors_of(text)


# --- 6. "off" a coast or a town is where a boat was ------------------------------------------


def test_a_town_a_boat_was_off_is_a_place() -> None:
    text = "Pirates seized a dhow off Garacad on Tuesday, officials said."
    assert not actors_holding(text, "Garacad"), actors_of(text)


def test_a_verb_particle_off_places_nobody() -> None:
    text = "Soldiers fought off Musa Ali's men near the border, the army said."
    assert actors_of(text).get("Musa Ali") == {("Musa Ali", "person")}, actors_of(text)
