"""Actors in the analysts' scheme, by the categories the ninth held-out set showed (issue 13).

Crowds that fight among themselves, armed young men of a communal feud, a rebel group's
numbered front, the police of a group in power, a counter-terrorism department, state
offices written in lower case, a force named before another party's supporters, a post or
station in an attack, category nouns (poachers, an attacker, opposition groups, martial
arts groups, anti-poaching units), a journalists' union, people who resist soldiers, and
gazetteer rows. Every sentence was written for these tests, in other places and words than
any held-out passage; the groups, offices and places are real, the incidents are not.

Conventions followed (the ninth set's README, ACLED style): villagers in a mass brawl,
football fans who fight, rival groups of workers who fight and groups of youths in a street
fight are rioters; armed young men of a communal feud, and martial arts groups, are
militias; a numbered front of a rebel group is that group; the police of a group in power
are its state's police; Pakistan's CTD is a state force; poachers and a lone attacker are an
unidentified armed group; opposition groups are political; a journalists' union is an NGO;
miners who resist soldiers stay civilians. IPOB and PJAK are armed groups (sets 8 and 9;
the first set typed IPOB political), the Forces Vives de Guinée coalition is political.
"""

import pytest
from extraction_helpers import actors_of, types_of
from extraction_helpers import types_holding as _types

# --- 1. a crowd that fights among itself is rioters -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rival fans fought with bottles outside the stadium in Split, Croatia.", "fans"),
        ("One man died in a mass brawl between villagers of two hamlets in Osh, Kyrgyzstan.",
         "villagers"),
        ("A boy died after a fight between two groups of students in Lae, Papua New Guinea.",
         "students"),
        ("Rival groups of traders fought with sticks over market stalls in Kumasi, Ghana.",
         "traders"),
    ],
)  # fmt: skip
def test_people_who_brawl_among_themselves_are_rioters(text, word):
    assert "rioters" in _types(text, word)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Fans cheered as the team arrived in Accra, Ghana.", "Fans", "civilians"),
        ("Clashes between supporters of the opposition and security forces in Maputo, "
         "Mozambique, left three dead.", "supporters", "protesters"),
        ("Herders clashed with farmers near Jos, Plateau State, killing four.", "Herders",
         "militia"),
    ],
)  # fmt: skip
def test_a_crowd_that_cheers_or_fights_another_party_is_no_brawl(text, word, kind):
    assert _types(text, word) == {kind}


def test_armed_youths_from_both_sides_of_a_feud_are_a_communal_militia():
    text = "Armed youths from both sides burned farms near Bunkpurugu, northern Ghana."
    assert _types(text, "Armed youths") == {"militia"}
    assert _types("Armed youths attacked a camp near Bor, South Sudan.", "Armed youths") == {
        "unidentified_armed_group"
    }


# --- 2. units and forces the scheme names by their owner --------------------------------------


def test_a_numbered_front_of_a_rebel_group_is_that_group():
    text = "Fighters of the 18th Front of the FARC dissidents ambushed a patrol in Antioquia."
    assert _types(text, "18th Front") == {"armed_group"}
    army = "Soldiers of the 5th Brigade of the Zimbabwe army patrolled Gokwe, Zimbabwe."
    assert _types(army, "5th Brigade") == {"state_forces"}


def test_the_police_of_a_group_in_power_are_its_states_police():
    now = "On 4 May 2024, Taliban police arrested three men in Herat, Afghanistan."
    assert ("Police Forces of Afghanistan", "state_forces") in actors_of(now)["Taliban police"]
    before = "On 4 May 2019, Taliban fighters attacked a checkpoint in Herat, Afghanistan."
    assert _types(before, "Taliban") == {"armed_group"}


def test_a_counter_terrorism_department_is_a_state_force():
    text = "The Counter Terrorism Department (CTD) said it killed two militants in Quetta."
    assert _types(text, "Counter Terrorism Department") == {"state_forces"}
    assert _types(text, "CTD") == {"state_forces"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The provincial safety department said patrols would be doubled in Durban.",
         "safety department"),
        ("The state security department said the suspects were held in Recife, Brazil.",
         "security department"),
    ],
)  # fmt: skip
def test_lower_case_state_departments_are_the_state(text, word):
    assert _types(text, word) == {"state"}


def test_a_force_named_before_another_partys_supporters_is_still_the_force():
    text = ("Clashes in Bogura between students of the Jatiya Party, police and activists "
            "of the Bangladesh Nationalist Party left two dead.")  # fmt: skip
    assert _types(text, "police") == {"state_forces"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Militants attacked a mosque, a market and a police post in Bannu, Pakistan.",
         "police"),
        ("A crowd set fire to a police station in Kisii, Kenya, after a boy died.", "police"),
    ],
)  # fmt: skip
def test_a_post_or_station_in_an_attack_is_the_force(text, word):
    assert _types(text, word) == {"state_forces"}


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was taken to a police station in Monrovia, Liberia.",
        "He was shot near a police post in Kismayo, Somalia.",
    ],
)  # fmt: skip
def test_a_station_where_something_happened_is_no_party(text):
    assert not any("state_forces" in t for t in types_of(text).values())


# --- 3. category nouns --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Three poachers were arrested in Kruger National Park, South Africa.", "poachers",
         "unidentified_armed_group"),
        ("Rangers of an anti-poaching unit shot a man in Hwange, Zimbabwe.", "poaching unit",
         "state_forces"),
        ("The attacker, a 30-year-old man, stabbed two people in Graz, Austria.", "attacker",
         "unidentified_armed_group"),
        ("Opposition groups said 12 people were detained in Minsk, Belarus.",
         "Opposition groups", "political"),
        ("Members of two martial arts groups fought with knives in Baucau, Timor-Leste.",
         "martial arts groups", "militia"),
        ("The National Union of Journalists of Sri Lanka condemned the assault in Jaffna.",
         "Union of Journalists", "ngo"),
    ],
)  # fmt: skip
def test_category_nouns_of_the_ninth_set(text, word, kind):
    assert _types(text, word) == {kind}


def test_miners_who_clash_with_soldiers_stay_civilians():
    text = "Three died as soldiers clashed with gold miners near Kenieba, Mali."
    assert _types(text, "miners") == {"civilians"}


# --- 4. gazetteer rows --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Guards shot two members of the Party of Free Life of Kurdistan near Marivan, Iran.",
         "Party of Free Life of Kurdistan", "armed_group"),
        ("The Forces Vives de Guinée called a strike in Conakry, Guinea.",
         "Forces Vives de Guinée", "political"),
        ("Police in Owerri, Nigeria, blamed the Indigenous People of Biafra for the attack.",
         "Indigenous People of Biafra", "armed_group"),
        ("Members of Los Costeños shot a shopkeeper in Soledad, Colombia.", "Los Costeños",
         "armed_group"),
        ("The Strategic Framework for the Defence of the People of Azawad claimed the attack "
         "near Anefis, Mali.", "Strategic Framework", "armed_group"),
    ],
)  # fmt: skip
def test_gazetteer_rows_of_the_ninth_set(text, word, kind):
    assert _types(text, word) == {kind}
