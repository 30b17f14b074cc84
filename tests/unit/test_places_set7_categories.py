"""Places the seventh blind set found returned as actors, as categories (issue 13).

Each test is a category its blind writer described in general words, written with our own
sentences about other towns, roads and conflicts (real place names, our wording); none is
a sentence of the set. Each category has its controls: the same slot holding an actor.
"""

import pytest

from analysis.parse.places import area_country, is_place, resolve_place
from tests.extraction_helpers import actor_names, actors_of, types_of

# --- 1. actors named after places ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "force", "kind", "country"),
    [
        # The command or police of a state or province is the country's police; its place
        # is inside the one mention, never a mention of its own.
        ("The Lagos State Police Command said two suspects were held.",
         "Lagos State Police Command", "state_forces", "Nigeria"),
        ("Sindh Police said the gunmen escaped on motorbikes.",
         "Sindh Police", "state_forces", "Pakistan"),
        ("The Ethiopian National Defense Force said it had retaken the town.",
         "Ethiopian National Defense Force", "state_forces", "Ethiopia"),
    ],
)  # fmt: skip
def test_a_force_named_after_its_area_is_one_actor_of_its_country(
    text: str, force: str, kind: str, country: str
) -> None:
    found = actors_of(text)
    assert any(k == kind and country in actor for actor, k in found.get(force, ())), found
    place = force.split()[0]
    assert not any(m != force and place in m for m in found), found


@pytest.mark.parametrize(
    ("text", "area", "country"),
    [
        # A state or county named with its word that speaks or acts is its government.
        ("Kaduna State said it had deployed security agents to the area.", "Kaduna State",
         "Nigeria"),
        ("Nakuru County announced a curfew on Monday.", "Nakuru County", "Kenya"),
        # "Plateau State" is Nigeria's, not Benin's department of that name.
        ("Plateau State confirmed that 40 villagers were killed.", "Plateau State", "Nigeria"),
    ],
)  # fmt: skip
def test_an_area_that_speaks_is_its_government(text: str, area: str, country: str) -> None:
    assert (country, "state") in actors_of(text).get(area, set()), actors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kaduna State has seen a wave of kidnappings.",
        "Zamfara State was hit by floods in September.",
        "Borno State recorded 300 attacks last year.",
        "Gunmen killed 12 people in Kaduna State.",
    ],
)
def test_an_area_where_things_happen_stays_a_place(text: str) -> None:
    assert not any("State" in mention for mention in actors_of(text)), actors_of(text)


# --- 2. a country that is only a location ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # One side of a border, of a river: ground, not the state.
        ("Fighting broke out on the Sudan side of the border on Tuesday.", "Sudan"),
        ("Two herders were shot on the Kenya side of the frontier.", "Kenya"),
        ("The wounded were carried to the Chad side.", "Chad"),
        # Groups and violence that move from one land into another: where they were.
        ("Jihadist groups have expanded from Mali into Benin and Togo.", "Mali"),
        ("The ADF moved from Uganda into Congo in the 1990s.", "Uganda"),
        ("The violence spread from Burkina Faso into Ghana's north.", "Burkina Faso"),
        # Where something is moved through or bound for, and where people are taken, every
        # name of the list.
        ("The smugglers moved the weapons through Libya.", "Libya"),
        ("The migrants were heading to Europe via Libya and Tunisia.", "Tunisia"),
        ("The kidnappers took the hostages to Niger.", "Niger"),
        ("Fighters who came from Chad joined the rebels.", "Chad"),
        ("Militants arriving from Somalia were intercepted near Mandera.", "Somalia"),
        ("A convoy bound for Somalia was ambushed near the border.", "Somalia"),
        ("The boat left Libya for Italy on Sunday.", "Italy"),
        # Every country of a list after "from" is where people came from, and so is the
        # country people are said to be from.
        ("The camp hosts refugees from South Sudan and Congo.", "Congo"),
        ("The fighters were mostly from Niger, a local official said.", "Niger"),
        ("Several of the dead were from Guinea.", "Guinea"),
        # A land that lies somewhere, shelters people or is home to them; where flights go.
        ("Lebanon lies north of Israel.", "Lebanon"),
        ("Chad shares a long border with Sudan.", "Chad"),
        ("Kenya has a population of about 55 million.", "Kenya"),
        ("Uganda hosts more than 1.5 million refugees.", "Uganda"),
        ("Somalia is home to several armed groups.", "Somalia"),
        ("The flights to Ethiopia were suspended after the clashes.", "Ethiopia"),
        # A country's soil, airspace or waters: its ground.
        ("The drone fell on Chad's soil, officials in N'Djamena said.", "Chad"),
        ("The jet violated Kenya's airspace twice last week.", "Kenya"),
    ],
)
def test_a_country_that_is_only_a_location_is_no_state(text: str, country: str) -> None:
    assert country not in actors_of(text), actors_of(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A side that speaks is the party; a country that acts stays the state.
        ("The Sudan side said the talks had failed.", "Sudan"),
        ("Ghana accused Togo of harbouring the gunmen.", "Togo"),
        ("Chad deployed troops to the border.", "Chad"),
        ("Weapons came from Iran, the report said.", "Iran"),
        ("The offer was from Qatar, the minister said.", "Qatar"),
        ("Kenya pushed for Somalia to join the force.", "Kenya"),
        ("Ethiopia took the dispute to the African Union.", "Ethiopia"),
        ("Kenya hosted talks between the two sides in May.", "Kenya"),
        ("Kenya closed its border with Somalia after the raid.", "Kenya"),
        ("Ethiopia flew its troops to Somalia.", "Ethiopia"),
        ("The aid sent from Turkey reached the port.", "Turkey"),
    ],
)
def test_a_country_that_acts_stays_the_state(text: str, country: str) -> None:
    assert "state" in types_of(text).get(country, set()), actors_of(text)


# --- 3. streets, squares and gatherings named after bodies ----------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A road or a square keeps its name's body: still a road.
        ("Protesters gathered on Parliament Road before police dispersed them.",
         "Parliament"),
        ("Police teargassed protesters on Parliament Street in Kampala.", "Parliament"),
        ("Two people were killed on Legislative Council Road.", "Legislative Council"),
        ("Crowds massed in Senate Square as the vote began.", "Senate"),
        # A house party, a wedding party: a gathering at a place, no political party.
        ("Gunmen opened fire at a Mathare house party late on Saturday.", "Mathare"),
        ("The Umoja House Party shooting left three dead.", "Umoja"),
        ("Two guests died when the Kisii Wedding Party was attacked.", "Kisii"),
    ],
)  # fmt: skip
def test_a_street_or_a_gathering_named_after_a_body_is_no_actor(text: str, place: str) -> None:
    found = actors_of(text)
    assert not any(place in mention for mention in found), found


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        # The bodies themselves stay bodies, and a party of politics stays a party.
        ("The National Assembly passed the bill on Tuesday.", "National Assembly", "political"),
        ("The Labour Party condemned the killing.", "Labour Party", "political"),
        ("Parliament approved the deployment on Thursday.", "Parliament", "political"),
        ("The Congress Party condemned the killing.", "Congress Party", "political"),
        # A building a force works from, speaking, stays the force.
        ("The Kilimani Police Station said two suspects were held.",
         "Kilimani Police Station", "state_forces"),
    ],
)  # fmt: skip
def test_a_body_and_a_party_stay_actors(text: str, body: str, kind: str) -> None:
    assert kind in types_of(text).get(body, set()), actors_of(text)


# --- 4. round 3's leftovers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Orakzai", "Pakistan", "Khyber Pakhtunkhwa"),
        ("Khyber", "Pakistan", "Khyber Pakhtunkhwa"),
        ("Swat", "Pakistan", "Khyber Pakhtunkhwa"),
        ("Irumu", "Democratic Republic of the Congo", "Ituri"),
        ("Masisi", "Democratic Republic of the Congo", "North Kivu"),
        ("Mambasa", "Democratic Republic of the Congo", "Ituri"),
    ],
)
def test_conflict_districts_have_offline_coordinates(name: str, country: str, admin1: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.latitude is not None and place.longitude is not None
    assert (place.country, place.admin1, place.precision) == (country, admin1, "district")
    assert is_place(name) and area_country(f"{name} district") == country


@pytest.mark.parametrize(
    "text",
    [
        "Robbers stabbed a man at Globe roundabout, police said.",
        "Thugs robbed and stabbed a man on the Globe flyover.",
    ],
)
def test_a_road_named_after_a_word_gives_no_country(text: str) -> None:
    # "Globe" is a small town in Arizona too; a roundabout of that name says nothing of it.
    assert not any("United States" in actor for actor in actor_names(text))


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        # The group is from the land it left; the land it entered is where it went.
        ("Jihadists expanded from Mali into Benin last year.", "Jihadists", "Mali"),
        ("Islamist insurgents have spread from Mozambique into Tanzania.", "insurgents",
         "Mozambique"),
    ],
)  # fmt: skip
def test_a_motions_goal_is_not_the_groups_country(text: str, group: str, country: str) -> None:
    found = actors_of(text)
    assert any(country in actor for actor, _ in found.get(group, ())), found
