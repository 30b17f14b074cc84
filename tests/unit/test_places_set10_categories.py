"""Places the sets returned as whole actors, as categories (issue 13, round 11).

Each test is a category of why the parse made a place an actor (the seat of a local office,
a part of a place, a place's own part, the area after "<town>,", a
land weapons are fired at, a land that owns a state of violence, a people's name that is
its territory, a dateline's country), written with our own sentences about other
countries; none is a sentence of a set. Each category has its controls: the same slot
holding an actor.
"""

import pytest

from analysis.extract.casualties import extract_casualties
from analysis.parse.datelines import dateline_origin, region_country
from tests.extraction_helpers import actors_holding, actors_of

# --- 1. the seat of a territorial office ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen abducted the mayor of Tlalixcoyan and his driver on Tuesday.", "Tlalixcoyan"),
        ("The emir of Zurmi said bandits had burned two villages overnight.", "Zurmi"),
        ("The MP for Kapseret said three herders were shot near the dam.", "Kapseret"),
    ],
)  # fmt: skip
def test_the_seat_of_a_local_office_is_a_place(text: str, town: str) -> None:
    assert not actors_holding(text, town), actors_of(text)


def test_a_portfolio_is_no_place() -> None:
    # "the Minister of Defence" holds a portfolio: the office is the state's, as before.
    text = "The Minister of Defence Ahmed Hassan said two soldiers were killed."
    assert "Ahmed Hassan" in actors_of(text), actors_of(text)


# --- 3. a part of a place the index lacks -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('"There were hundreds of people on that part of Eastleigh," the officer said.',
         "Eastleigh"),
        ("Shots were heard across parts of Wynwood after midnight.", "Wynwood"),
        ("Police sealed off the rest of Kawangware on Sunday.", "Kawangware"),
    ],
)  # fmt: skip
def test_a_part_of_a_named_place_is_a_place(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


def test_a_part_of_a_body_stays_a_body() -> None:
    text = "Most of the Haitian National Police said they had not been paid."
    assert actors_holding(text, "Police"), actors_of(text)


# --- 4. a place's own part ("the city's Northeast Side") ---------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two men were shot on the city's South End late Friday, police said.", "South End"),
        ("The blast hit a market in the town's Majengo on Monday.", "Majengo"),
    ],
)  # fmt: skip
def test_a_named_part_a_place_owns_is_a_place(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


def test_a_body_a_place_owns_stays() -> None:
    text = "The city's Metropolitan Police said two suspects were arrested."
    assert actors_holding(text, "Police"), actors_of(text)


# --- 5. the area after "<town>," that a place preposition opens -------------------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("The suspects were moved to a cell at Kilimani, Nairobi, for questioning.", "Nairobi"),
        ("Two suspects were held at Gikomba, Kamukunji, for questioning.", "Kamukunji"),
    ],
)  # fmt: skip
def test_the_area_after_a_town_is_a_place(text: str, area: str) -> None:
    assert not actors_holding(text, area), actors_of(text)


def test_a_person_named_after_a_person_stays() -> None:
    text = "The letter was handed to Amina Yusuf, his wife, on Monday."
    assert "Amina Yusuf" in actors_of(text), actors_of(text)


# --- 6. a land that weapons are fired at --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired dozens of rockets at Israel overnight, the army said.",
        "The rebels launched drones at Ethiopia from across the border.",
    ],
)
def test_a_land_fired_at_is_a_place(text: str) -> None:
    country = "Israel" if "Israel" in text else "Ethiopia"
    assert not actors_holding(text, country), actors_of(text)


def test_a_state_answered_stays() -> None:
    text = "Iran's foreign minister lashed out at Israel on Sunday."
    assert actors_holding(text, "Israel"), actors_of(text)


# --- 7. a land that owns a state of violence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two more people died as Ecuador's wave of gang violence spread to the coast.",
         "Ecuador"),
        ("Haiti's insecurity has driven thousands from Port-au-Prince, officials said.",
         "Haiti"),
    ],
)  # fmt: skip
def test_a_land_that_owns_violence_is_a_place(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


def test_a_state_that_owns_its_deeds_stays() -> None:
    text = "Russia's strikes on Kharkiv killed four people, officials said."
    assert actors_holding(text, "Russia"), actors_of(text)


# --- 8. a people's name that is its territory --------------------------------------------


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Kenyan police said the raiders, believed to have crossed from neighbouring "
         "Turkana, stole 300 goats.", "Turkana"),
        ("Ethiopian officials said the gunmen, who had crossed from neighbouring Amhara, "
         "killed six farmers.", "Amhara"),
    ],
)  # fmt: skip
def test_a_people_named_as_the_land_people_crossed_from_is_a_place(text: str, land: str) -> None:
    assert not actors_holding(text, land), actors_of(text)


def test_a_chieftaincy_named_after_its_area_is_a_place() -> None:
    text = "Police were deployed after the latest flare-up of the Dagbon chieftaincy dispute."
    assert not actors_holding(text, "Dagbon"), actors_of(text)


def test_a_people_that_fights_stays_its_militia() -> None:
    text = "Pokot militiamen attacked a village in Baringo on Sunday, killing three."
    assert actors_holding(text, "Pokot"), actors_of(text)


# --- 9. a dateline's country --------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "country"),
    [("Trinidad", "Trinidad and Tobago"), ("Isle of Man", "Isle of Man"),
     ("Antigua", "Antigua and Barbuda"), ("Ohio", None)],
)  # fmt: skip
def test_a_dateline_names_a_country_by_its_first_word(region: str, country: str | None) -> None:
    assert region_country(region) == country


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("SAN FERNANDO, Trinidad — Two men were shot dead outside a bar, police said.",
         "SAN FERNANDO", "Trinidad and Tobago"),
        ("DOUGLAS, Isle of Man — A man was stabbed to death on Friday, police said.",
         "DOUGLAS", "Isle of Man"),
        ("PERTH, Scotland - Two people were killed in a stabbing, police said.",
         "PERTH", "United Kingdom"),
        ("SAINT JOHN'S, Antigua — A man was shot dead on Sunday, police said.",
         "SAINT JOHN'S", "Antigua and Barbuda"),
    ],
)  # fmt: skip
def test_the_dateline_region_decides_the_town_country(text: str, town: str, country: str) -> None:
    assert dateline_origin(text)[1] == country
    table = extract_casualties(text)
    assert set(table["country"]) == {country}, table[["place", "country"]]
    assert ("Police Forces of " + country, "state_forces") in actors_of(text)["police"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("MADRID - Police said three people were killed when a car hit a crowd.", "MADRID"),
        ("LAGOS - Soldiers killed four gunmen in a raid on Sunday, the army said.", "LAGOS"),
        ("BOGOTA – Police arrested two men after a bomb killed a guard.", "BOGOTA"),
    ],
)  # fmt: skip
def test_a_spaced_dash_ends_the_dateline(text: str, town: str) -> None:
    found = actors_of(text)
    assert not [m for m in found if town in m], found
    assert [m for m in found if m in ("Police", "Soldiers")], found


# --- 10. a body written after its descriptor keeps its name, not its branch's place --------


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Police detained 30 supporters of the opposition Alliance for National Renewal in "
         "Bunia, a party official said.", "Alliance for National Renewal", "Bunia"),
        ("Soldiers arrested 15 members of the opposition Party for Unity and Progress in "
         "Kindia on Saturday.", "Party for Unity and Progress", "Kindia"),
    ],
)  # fmt: skip
def test_a_body_in_a_place_is_the_body_without_the_place(text: str, body: str, place: str) -> None:
    found = actors_of(text)
    assert not [m for m in found if place in m], found
    assert found.get(body) == {(body, "political")}, found


@pytest.mark.parametrize(
    "name", ["Children in Crisis", "Women in Law and Development", "Doctors in Action"]
)
def test_a_body_whose_name_holds_no_place_after_in_keeps_it(name: str) -> None:
    text = f"The aid group {name} said two of its staff were abducted."
    assert name in actors_of(text), actors_of(text)
