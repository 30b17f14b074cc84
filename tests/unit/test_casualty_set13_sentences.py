"""Issue 13, set 13's sentence-level categories: harms, surrenders, pronoun objects, ages.

The thirteenth held-out set's failures were read as general categories; every sentence
here is written for these tests and set in other places (Afghanistan, Chile, Bangladesh,
Northern Ireland, Guinea, Papua New Guinea, Peru, Mali, Kenya, Nigeria, Uganda, Ukraine,
Mozambique, Zimbabwe, DR Congo, Central African Republic, Malawi, Haiti, South Africa,
Lebanon). Each category is one parametrised test of its phrasings and one of its guards
(sentences the rule must leave alone).
"""

import pytest
from extraction_helpers import counted
from spacy.language import Language

# 1. A person bears a bodily harm told without a wound word: an injury or a care as the
# object of a verb of bearing, an injury treated, a body part lost.
HARMS = [
    ("A farmer lost a leg when a mine exploded near Kandahar.", [(1, "wounded")]),
    ("A teenager lost an eye after police fired rubber bullets in Santiago.", [(1, "wounded")]),
    ("Two soldiers lost legs when their vehicle hit a mine in Gao.", [(2, "wounded")]),
    (
        "Four miners died and a fifth lost a leg in the blast at Kolwezi.",
        [(4, "killed"), (1, "wounded")],
    ),
    ("A protester suffered broken ribs in the clashes in Dhaka.", [(1, "wounded")]),
    ("Five people suffered fractures when the crowd stampeded in Conakry.", [(5, "wounded")]),
    ("Three officers needed stitches after the riot in Belfast.", [(3, "wounded")]),
    ("A nurse received stitches to her face after the attack in Port Moresby.", [(1, "wounded")]),
    ("In Lima, two guards were treated for cuts after the raid.", [(2, "wounded")]),
    (
        "Six men were treated in hospital for cuts to the arms after the brawl in Kisumu.",
        [(6, "wounded")],
    ),
    (
        "The health ministry said 14 people, among them two soldiers, sought medical help in Kyiv.",
        [(14, "wounded"), (2, "wounded")],
    ),
]
HARM_GUARDS = [
    "The ruling party lost a seat in the by-election in Harare.",
    "Residents need food and medical help after the floods in Beira.",
    "The boy did not need stitches after the fight in Nairobi.",
    "Three officers were treated for shock after the crash in Kampala.",
]


@pytest.mark.parametrize(("text", "expected"), HARMS)
def test_a_bodily_harm_is_a_wound(nlp: Language, text: str, expected: list) -> None:
    assert counted(nlp, text) == expected


@pytest.mark.parametrize("text", HARM_GUARDS)
def test_a_loss_or_need_that_is_no_harm_stays_nobody(nlp: Language, text: str) -> None:
    assert counted(nlp, text) == []


def test_a_lost_body_part_then_a_death_is_a_death(nlp: Language) -> None:
    text = "A guard was hit in the head by a bullet and killed in Port-au-Prince."
    assert counted(nlp, text) == [(1, "killed")]


def test_people_lost_in_an_ambush_stay_killed(nlp: Language) -> None:
    text = "The brigade lost 12 men in the ambush near Bakhmut."
    assert counted(nlp, text) == [(12, "killed")]


# 2. People who give themselves up are detained; a thing surrendered counts no one.
SURRENDERS = [
    (
        "The suspected gunman, 26, surrendered hours later, police in Lilongwe said.",
        [(1, "detained")],
    ),
    ("Two suspects later surrendered at the police station in Lae.", [(2, "detained")]),
    (
        "The militia commander surrendered with his rifle at an army post in Beni.",
        [(1, "detained")],
    ),
]
SURRENDER_GUARDS = [
    "More than 8,000 machetes were surrendered in bins at police stations in Bangui.",
    "The rebels surrendered their weapons at a ceremony in Bangui.",
    "The garrison surrendered the town to the rebels after a week of fighting near Tete.",
]


@pytest.mark.parametrize(("text", "expected"), SURRENDERS)
def test_people_who_surrender_are_detained(nlp: Language, text: str, expected: list) -> None:
    assert counted(nlp, text) == expected


@pytest.mark.parametrize("text", SURRENDER_GUARDS)
def test_a_thing_surrendered_stays_nobody(nlp: Language, text: str) -> None:
    assert counted(nlp, text) == []


# 3. A verb that took people and names nothing, then a killing of "them": they are killed.
PRONOUN_OBJECTS = [
    (
        "Residents caught three suspected robbers in Cite Soleil and burned them alive.",
        [(3, "killed")],
    ),
    ("Gunmen stopped two traders on the road to Bambari and shot them dead.", [(2, "killed")]),
    (
        "Villagers found four suspected raiders in the bush near Mopti and killed them.",
        [(4, "killed")],
    ),
]
PRONOUN_GUARDS = [
    ("Police caught three suspects in Durban and questioned them.", []),
    ("Residents caught two thieves in Harare and handed them to the police.", []),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_OBJECTS + PRONOUN_GUARDS)
def test_a_killing_of_them_names_the_people_taken(nlp: Language, text: str, expected: list) -> None:
    assert counted(nlp, text) == expected


# 4. A number in apposition to one person, after more words or an adverb, is an age.
AGES = [
    (
        "A friend who was with him, also 16, suffered a cut to his hand in Croydon.",
        [(1, "wounded")],
    ),
    ("His cousin, also 19, was shot in the leg in Soweto.", [(1, "wounded")]),
    ("A friend of the driver, now 41, was stabbed near Beirut.", [(1, "wounded")]),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_an_appositive_age_is_no_count(nlp: Language, text: str, expected: list) -> None:
    assert counted(nlp, text) == expected
