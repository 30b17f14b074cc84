"""Issue 13, set 14's sentence-level categories: missing, displaced, uncommon predicates, nouns.

The fourteenth held-out set's misses were read as categories only; every sentence here is
written for these tests, with its gold rows (count, outcome, implicit) written before the
package was run on it, and set in other places than set 14's passages (Uganda, Sudan,
Armenia, Myanmar, Yemen, Cameroon, Nigeria, Ukraine, Mali, DR Congo, Chad, Burkina Faso,
Central African Republic, Israel, South Sudan, Ethiopia, Mozambique, Niger, Mexico,
Pakistan, Bangladesh, Iraq, Palestine, Philippines, Iran, Zimbabwe, Belarus, Jamaica,
Sri Lanka, Afghanistan, Kenya, Zambia, Kyrgyzstan, Guinea, Tunisia, Algeria, Libya,
South Africa, Lesotho, Fiji, Syria, Somalia, Colombia, Nepal). Each category is one
parametrised test of its phrasings and one of its guards (sentences that must give no row).
"""

import pandas as pd
import pytest
from extraction_helpers import table
from spacy.language import Language


def rows(nlp: Language, text: str) -> list[tuple]:
    """(count, outcome, implicit) of each figure that is not a repeat, in document order."""
    df = table(nlp, text)
    df = df[df["repeat_of"].isna()]
    return [
        (None if pd.isna(c) else int(c), o, bool(i))
        for c, o, i in zip(df["count"], df["outcome"], df["implicit"], strict=True)
    ]


# 1. People missing told without "missing": not heard from, unaccounted for, whereabouts
# unknown, did not return, could not be traced, swept away and not found, vanished.
MISSING = [
    (
        "Three fishermen from Kalangala have not been heard from since their boat was caught "
        "in crossfire on Lake Victoria.",
        [(3, "missing", False)],
    ),
    (
        "After the militia raid on Tawila, 14 villagers remain unaccounted for, the camp "
        "coordinator said.",
        [(14, "missing", False)],
    ),
    (
        "A shepherd whose whereabouts are unknown was last seen near the border post at Kapan.",
        [(1, "missing", True)],
    ),
    (
        "Two teachers did not return home after soldiers stopped their bus outside Hpakant.",
        [(2, "missing", False)],
    ),
    (
        "Five children were swept away by the river during the shelling near Marib and have "
        "not been found.",
        [(5, "missing", False)],
    ),
    (
        "A journalist vanished after covering the protest in Bamenda, his editor said.",
        [(1, "missing", True)],
    ),
    (
        "Relatives said four miners could not be traced after gunmen attacked the pit in Anka.",
        [(4, "missing", False)],
    ),
    (
        "Seven crew members remain unaccounted for after the drone strike on the tug off Odesa.",
        [(7, "missing", False)],
    ),
    (
        "The whereabouts of two herders from Menaka are still unknown after the attack on "
        "their camp.",
        [(2, "missing", False)],
    ),
    (
        "Dozens of people are unaccounted for after the blast at the market in Goma.",
        [(None, "missing", False)],
    ),
    ("Four fishermen unaccounted for after Lake Chad attack", [(4, "missing", False)]),
    (
        "Rescuers were still searching the rubble for three people in Aleppo on Monday.",
        [(3, "missing", False)],
    ),
]
MISSING_GUARDS = [
    "A drone went missing over Donetsk on Tuesday, the army said.",
    "The helicopter vanished from radar near Jalalabad.",
    "Officials said 40 rifles remain unaccounted for after the armoury in Juba was looted.",
    "The minister did not return to the capital until Friday.",
    "Funds for the camps remain unaccounted for, the auditor in Maiduguri said.",
]

# 2. Displacement told without "displaced": fled their homes, sought shelter, abandoned the
# village, camped at, were evacuated, took refuge, were uprooted; families/households counted.
DISPLACED = [
    (
        "About 250 families fled their homes in Djibo after the jihadists' ultimatum.",
        [(250, "displaced", False)],
    ),
    (
        "Some 400 households abandoned the village of Ndele after the clashes.",
        [(400, "displaced", False)],
    ),
    (
        "Hundreds of residents took refuge in a church in Dungu after the ADF attack.",
        [(None, "displaced", False)],
    ),
    (
        "Sixty families sought shelter in a school in Kajo-Keji after gunmen burned their huts.",
        [(60, "displaced", False)],
    ),
    (
        "About 3,000 people are camped at the stadium in Kalemie after fleeing the fighting.",
        [(3000, "displaced", False)],
    ),
    (
        "A family of six left their farm near Kumbo after separatists threatened them.",
        [(6, "displaced", False)],
    ),
    ("Hundreds flee homes as clashes spread in Tigray town", [(None, "displaced", False)]),
    (
        "In Palma, 700 residents fled into the bush when insurgents entered the town.",
        [(700, "displaced", False)],
    ),
    (
        "Thirty households were forced out of Naga village by the fighting, the township "
        "official said.",
        [(30, "displaced", False)],
    ),
    (
        "Around 80 families have been uprooted by the violence in Ouham.",
        [(80, "displaced", False)],
    ),
]
# 2b. Residents who flee after the attackers' deeds, told in one sentence: the deeds are the
# attackers' (their conjunct verbs share the attackers' subject), so the residents are displaced.
FLEEING_AFTER_DEEDS = [
    (
        "Bandits shot a herder and stole his cattle, and about 300 villagers fled to Maru.",
        [(1, "wounded", True), (300, "displaced", False)],
    ),
    (
        "Militiamen burned 40 huts and killed two farmers near Djugu; some 900 residents "
        "fled to Bunia.",
        [(2, "killed", False), (900, "displaced", False)],
    ),
    (
        "Soldiers shelled the market and wounded five traders, and 200 families fled to Kaya.",
        [(5, "wounded", False), (200, "displaced", False)],
    ),
    ("Two gunmen shot a guard and fled on foot in Kano.", [(1, "wounded", True)]),
]

DISPLACED_GUARDS = [
    "The rebels fled into the forest after the army attack near Beni.",
    "The gunmen fled the scene on motorbikes, police in Kaduna said.",
    "Residents sheltered in their homes as the shooting went on in Port-au-Prince.",
    "The minister was evacuated from the rally in Lahore by his guards.",
    # evacuated is no outcome (sets 5, 6, 8 and 9): written as displaced 1,200 before the
    # package ran, moved here when the sets' READMEs were read
    "More than 1,200 people were evacuated from border villages near Metula after the rockets.",
]

# 3a. Killed told by an uncommon predicate: bodies found, recovered, exhumed, pulled out;
# lost their lives, perished, succumbed, died of wounds, beaten or burned to death.
KILLED = [
    (
        "The bodies of three herders were found in a ravine near Dogo, police said.",
        [(3, "killed", False)],
    ),
    (
        "Police recovered the body of a taxi driver outside Ciudad Juarez.",
        [(1, "killed", True)],
    ),
    ("Forensic teams exhumed 12 bodies from a mass grave in Izium.", [(12, "killed", False)]),
    (
        "Four soldiers lost their lives when their patrol hit a mine near Tessalit.",
        [(4, "killed", False)],
    ),
    ("Two pilgrims perished when the bus was set ablaze in Jos.", [(2, "killed", False)]),
    (
        "A policeman succumbed to his injuries at a hospital in Peshawar.",
        [(1, "killed", True)],
    ),
    ("A vendor was beaten to death by a mob in Dhaka's Badda area.", [(1, "killed", True)]),
    (
        "Nine passengers were burned to death when attackers set fire to the bus near Kananga.",
        [(9, "killed", False)],
    ),
    ("The body of a schoolteacher turned up in a canal in Basra.", [(1, "killed", True)]),
    ("Three more bodies were pulled from the rubble in Khan Younis.", [(3, "killed", False)]),
    ("Two protesters died of their wounds in Tehran, a rights group said.", [(2, "killed", False)]),
]
KILLED_GUARDS = [
    "The body of the truck was found burned out near Culiacan.",
    "The inspectors found no bodies at the site in Sirte.",
    "The mayor succumbed to pressure and resigned in Iguala.",
    "Hopes of a truce perished after the shelling of Aleppo.",
]

# 3b. Detained told by an uncommon predicate: rounded up, picked up, taken into custody, held
# for questioning, apprehended, in police custody, appeared in court, remanded, seized.
DETAINED = [
    ("Police rounded up 45 youths after the riot in Bulawayo.", [(45, "detained", False)]),
    (
        "Three students were picked up by plainclothes officers in Minsk.",
        [(3, "detained", False)],
    ),
    ("A suspect was taken into custody in Kingston on Friday.", [(1, "detained", True)]),
    (
        "Two fishermen were held for questioning by the navy in Batticaloa.",
        [(2, "detained", False)],
    ),
    ("Troops apprehended six smugglers near the border at Torkham.", [(6, "detained", False)]),
    ("The alleged ringleader is in police custody in Mombasa.", [(1, "detained", True)]),
    (
        "Eleven men appeared in court in Kampala charged with arson.",
        [(11, "detained", False)],
    ),
    (
        "A man was remanded in custody by a court in Lusaka over the attack.",
        [(1, "detained", True)],
    ),
    ("Twenty held after clashes in Osh", [(20, "detained", False)]),
    (
        "Six men appeared in court on Monday over the attack on the house in Suva.",
        [(6, "detained", False)],
    ),
    ("Two suspects were arraigned before a court in Abuja.", [(2, "detained", False)]),
]
DETAINED_GUARDS = [
    "Police picked up the weapons from the scene in Nakuru.",
    "The army seized 30 rifles in a raid near Marawi.",
    "The talks were held in Addis Ababa on Monday.",
    "Herders rounded up 200 head of cattle before dawn near Bor.",
]

# 3c. The victim told by a noun of the outcome, without a verb: the death of, the arrest of,
# the killing of, the abduction of, the detention of, the disappearance of, the murder of.
NOUNS = [
    (
        "The death of a teacher in the shelling of Donetsk drew protests.",
        [(1, "killed", True)],
    ),
    ("The arrest of three men in Tunis followed the riot.", [(3, "detained", False)]),
    (
        "Residents demanded justice after the killing of two farmers near Makurdi.",
        [(2, "killed", False)],
    ),
    (
        "The abduction of a priest in Enugu was condemned by the bishops.",
        [(1, "kidnapped", True)],
    ),
    ("Protests followed the detention of four activists in Algiers.", [(4, "detained", False)]),
    (
        "The disappearance of a student leader in Harare alarmed rights groups.",
        [(1, "missing", True)],
    ),
    (
        "The deaths of 11 migrants in the attack on the boat off Tripoli were confirmed.",
        [(11, "killed", False)],
    ),
    ("Relatives mourned the murder of a shopkeeper in Soweto.", [(1, "killed", True)]),
]
NOUN_GUARDS = [
    "The death penalty was abolished in Sierra Leone last year.",
    "An arrest warrant for the general was issued in The Hague.",
]

# 4. Set 14's other event and short-item categories: a survivor told by a state (survived with
# wounds, in critical condition, fighting for his life); a person taken from a place by armed
# men (kidnapped); hit then died keeps the worst outcome.
OTHERS = [
    (
        "A second guard survived with stab wounds, police in Maseru said.",
        [(1, "wounded", True)],
    ),
    (
        "One pilgrim died and the other is in serious condition in a hospital in Quetta.",
        # "the other" has no number word: implicit (first written False)
        [(1, "killed", False), (1, "wounded", True)],
    ),
    (
        "Two of the men died at the scene and a third is fighting for his life in Karachi.",
        [(2, "killed", False), (1, "wounded", True)],
    ),
    (
        "A trader was shot in Kismayo on Friday and is in critical condition, police said.",
        [(1, "wounded", True)],
    ),
    ("Gunmen took a village chief from his home near Kidal.", [(1, "kidnapped", True)]),
    (
        "Armed men dragged two nurses from the clinic in Bunia and drove off with them.",
        [(2, "kidnapped", False)],
    ),
    (
        "Dissidents took a community leader from his farm in Tibu on Sunday night.",
        [(1, "kidnapped", True)],
    ),
    ("A guard was shot and later died in hospital in Kirkuk.", [(1, "killed", True)]),
    (
        "A constable was stabbed during the riot in Birgunj and died the next day.",
        [(1, "killed", True)],
    ),
]
# 4b. A person named by a tie to another (companion, comrade, co-worker, teammate).
TIES = [
    (
        "Two of his companions are still missing after the raid near Mocimboa.",
        [(2, "missing", False)],
    ),
    (
        "A ranger was killed and two comrades were wounded in the ambush near Garamba.",
        [(1, "killed", True), (2, "wounded", False)],
    ),
    ("Three classmates of the student were abducted near Zinder.", [(3, "kidnapped", False)]),
]

OTHER_GUARDS = [
    "Thieves took two cars from the compound in Nairobi.",
    "The ceasefire is in critical condition after the shelling near Sloviansk.",
]

_UNSOLVED = {  # stress items the rules of this round still miss (kept as strict xfails)
    "whose whereabouts": "the person owns the relative clause's subject",
    "whereabouts of two": "the people sit more than six words from 'unknown'",
    "Hundreds flee homes": "the parse takes 'flee' as a noun",
    "Twenty held": "a headline participle 'held' (not the passive 'be hold')",
    "from the clinic": "taken from a place other than a home or vehicle",
    "from his farm": "taken from a place other than a home or vehicle",
}


def _cases(items: list) -> list:
    """The items as params, those `_UNSOLVED` names marked as strict xfails."""
    cases = []
    for text, gold in items:
        why = next((reason for key, reason in _UNSOLVED.items() if key in text), None)
        marks = [] if why is None else [pytest.mark.xfail(strict=True, reason=why)]
        cases.append(pytest.param(text, gold, marks=marks))
    return cases


@pytest.mark.parametrize(("text", "expected"), _cases(MISSING))
def test_people_told_unaccounted_for_are_missing(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text", MISSING_GUARDS)
def test_things_gone_missing_and_returns_count_nobody(nlp: Language, text: str) -> None:
    assert rows(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), _cases(DISPLACED))
def test_people_who_leave_or_shelter_are_displaced(
    nlp: Language, text: str, expected: list
) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text", DISPLACED_GUARDS)
def test_attackers_who_flee_and_evacuations_count_nobody(nlp: Language, text: str) -> None:
    assert rows(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), _cases(KILLED))
def test_uncommon_death_predicates_are_killed(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text", KILLED_GUARDS)
def test_bodies_of_things_and_figurative_deaths_count_nobody(nlp: Language, text: str) -> None:
    assert rows(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), _cases(DETAINED))
def test_uncommon_custody_predicates_are_detained(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text", DETAINED_GUARDS)
def test_things_picked_up_or_held_count_nobody(nlp: Language, text: str) -> None:
    assert rows(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), _cases(NOUNS))
def test_an_outcome_noun_of_people_counts_them(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text", NOUN_GUARDS)
def test_an_outcome_noun_without_victims_counts_nobody(nlp: Language, text: str) -> None:
    assert rows(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), _cases(OTHERS))
def test_survivors_abductions_and_later_deaths(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize("text", OTHER_GUARDS)
def test_things_taken_and_states_of_things_count_nobody(nlp: Language, text: str) -> None:
    assert rows(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), FLEEING_AFTER_DEEDS)
def test_residents_who_flee_after_the_attackers_deeds(
    nlp: Language, text: str, expected: list
) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), TIES)
def test_a_person_named_by_a_tie_is_a_person(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected
