"""Places the eighth blind set found returned as actors, as categories (issue 13).

Each test is a category its blind writer described in general words, written with our own
sentences about other towns, hospitals, parks and provinces (real place names, our wording);
none is a sentence of the set. Each category has its controls: the same slot holding an
actor.
"""

import pytest
from spacy.lang.en import English
from spacy.tokens import Span

from analysis.parse.comma_names import split_town_and_person
from analysis.parse.places import is_place, named_area_country, resolve_place
from tests.extraction_helpers import actors_of

# --- 1. a province or a regency is never a person ------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A list of places down to the province: the regency's word places the names after it.
        ("Five traders were shot dead in Mbua, Nduga regency, Highland Papua, the army said.",
         "Highland Papua"),
        ("Rebels burned a school in Sinak, Puncak regency, Central Papua, police said.",
         "Central Papua"),
        ("Two soldiers were killed near Yei, Central Equatoria, officials said.",
         "Central Equatoria"),
    ],
)  # fmt: skip
def test_a_province_in_a_list_of_places_is_no_actor(text: str, place: str) -> None:
    assert not any(place in mention for mention in actors_of(text)), actors_of(text)


def test_a_regency_is_a_district_and_the_new_papuan_provinces_are_known() -> None:
    assert is_place("Puncak Jaya regency") and is_place("Highland Papua")
    regency = resolve_place("Mimika regency")
    assert regency is not None and regency.precision == "district"
    province = resolve_place("South Papua")
    assert province is not None and (province.country, province.precision) == (
        "Indonesia", "province",
    )  # fmt: skip


# --- 2. a country people cross from, flee to or return from is a place ---------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("About 2,000 refugees crossed from Myanmar into Bangladesh last week.", "Myanmar"),
        ("Hundreds of families fled to Uganda after the attack.", "Uganda"),
        ("Thousands of migrants returned from Libya in March.", "Libya"),
        # People brought or flown from a land: where they were, as with "fled from".
        ("He was saving to bring his children from Guatemala.", "Guatemala"),
        ("The nurses were flown from Kenya to Qatar.", "Kenya"),
    ],
)  # fmt: skip
def test_a_country_people_move_from_or_to_is_no_state(text: str, country: str) -> None:
    assert country not in actors_of(text), actors_of(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenya closed its border with Somalia after the raid.", "Kenya"),
        ("Ethiopia sent troops to Somalia in 2006.", "Ethiopia"),
        # Weapons brought from a land are a state's deed: the state stays.
        ("Russia brought the weapons from Belarus.", "Belarus"),
    ],
)  # fmt: skip
def test_a_country_that_acts_on_its_border_stays_the_state(text: str, country: str) -> None:
    assert (country, "state") in actors_of(text).get(country, set()), actors_of(text)


# --- 3. a hospital, a park or a bog is a place, not an actor -------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Police were called to Hampstead Heath after reports of a stabbing.", "Hampstead Heath"),
        ("The victim was rushed to Royal Victoria Infirmary, where he died.",
         "Royal Victoria Infirmary"),
        ("She was airlifted to the Vicente Sotto Memorial Medical Center in Cebu.",
         "Medical Center"),
        ("He was flown to University Hospital Galway for surgery.", "University Hospital Galway"),
        ("The wounded were taken to Kakuma Reception Centre.", "Kakuma Reception Centre"),
    ],
)  # fmt: skip
def test_a_hospital_or_a_park_is_no_actor(text: str, site: str) -> None:
    assert not any(site in mention for mention in actors_of(text)), actors_of(text)


@pytest.mark.parametrize(
    "name",
    ["Hampstead Heath", "Bristol General Infirmary", "Mercy Medical Center",
     "University Hospital Galway", "Kakuma Reception Centre"],
)  # fmt: skip
def test_a_site_is_a_place(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A centre named after a person or a cause, and a university, are bodies.
        ("The Carter Center said the vote had been peaceful.", "Carter Center"),
        ("The Simon Wiesenthal Center condemned the attack.", "Simon Wiesenthal Center"),
    ],
)  # fmt: skip
def test_a_body_named_centre_stays_an_actor(text: str, body: str) -> None:
    assert body in actors_of(text), actors_of(text)
    assert not is_place(body)


def test_a_university_of_a_town_is_no_site() -> None:
    assert not is_place("University of Nairobi")


# --- 4. "<town>, <First Last>": a town, then a person ---------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "person"),
    [
        ('"We will not rest," the mayor of Apatzingán, Fanny Arreola, told reporters.',
         "Apatzingán", "Fanny Arreola"),
    ],
)  # fmt: skip
def test_a_town_before_a_comma_and_a_name_is_a_place_then_a_person(
    text: str, town: str, person: str
) -> None:
    found = actors_of(text)
    assert not any(town in mention for mention in found), found
    assert not any("," in mention for mention in found), found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # The model's one organisation over a town and a person is cut at the comma.
        ("The mayor of Uruapan, Carlos Manzo, spoke.", (3, 7),
         [("Uruapan", "GPE"), ("Carlos Manzo", "PERSON")]),
        ("The municipal president of Celaya, Juan Miguel Ramírez Sánchez, spoke.", (4, 10),
         [("Celaya", "GPE"), ("Juan Miguel Ramírez Sánchez", "PERSON")]),
        # A town and its province, or a town and its country, stay as they were.
        ("The mayor of Jos, Plateau State, spoke.", (3, 7), [("Jos, Plateau State", "ORG")]),
        ("The office in Kisumu, Kenya, opened.", (3, 6), [("Kisumu, Kenya", "ORG")]),
        # Words before the comma that are no place: a body and its head.
        ("The Peace Forum, John Mwangi, spoke.", (1, 6), [("Peace Forum, John Mwangi", "ORG")]),
    ],
)  # fmt: skip
def test_the_split_at_the_comma(
    text: str, span: tuple[int, int], expected: list[tuple[str, str]]
) -> None:
    doc = English()(text)
    doc.ents = [Span(doc, *span, label="ORG")]
    split_town_and_person(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_a_town_and_its_province_stay_one_place() -> None:
    found = actors_of("The mayor of Jos, Plateau State, said the curfew would hold.")
    assert not any("Jos" in mention or "Plateau" in mention for mention in found), found


# --- 5. a force named after its state is that state's country's ------------------------------


@pytest.mark.parametrize(
    ("text", "force", "country"),
    [
        # "Plateau" alone is also Benin's department; with "State" it is Nigeria's.
        ("The Plateau State Police Command said three suspects had been arrested.",
         "Plateau State Police Command", "Nigeria"),
        ("The Rivers State Police Command confirmed the attack.", "Rivers State Police Command",
         "Nigeria"),
    ],
)  # fmt: skip
def test_a_force_named_after_its_state_is_that_country_s(
    text: str, force: str, country: str
) -> None:
    found = actors_of(text)
    assert any(country in actor for actor, _ in found.get(force, ())), found


def test_the_area_a_body_s_name_holds() -> None:
    assert named_area_country("Plateau State Police Command") == "Nigeria"
    assert named_area_country("Police Command") is None
    # A city's department is no area ("Police" is also a town in Poland).
    assert named_area_country("Memphis Police Department") is None


# --- names that are a part of an area, a favela complex or a housing estate -----------------


@pytest.mark.parametrize(
    "name",
    ["Samburu North", "Baringo South", "Complexo da Penha", "Morro da Providência",
     "Darling Downs", "Cabrini Homes"],
)  # fmt: skip
def test_parts_of_areas_and_estates_are_places(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Boko Haram", "Carter Center", "Chicago West"])
def test_a_group_or_a_city_with_a_direction_is_no_area_part(name: str) -> None:
    assert not is_place(name)


def test_a_favela_complex_is_no_actor() -> None:
    text = "Police killed eight people in a raid on the Complexo da Penha on Tuesday."
    assert not any("Penha" in mention for mention in actors_of(text)), actors_of(text)
