"""Groups of people named by a common noun, by the categories the eleventh set showed (issue 13).

A people noun ("teachers", "drivers", "youths") is typed by what its people do in the
sentence: people who march, block a road, demand their pay or strike are protesters, and
stay so when they clash with the police; people named by a crowd's deed ("stone-throwing
youths") are rioters; a community's own guards and committees are a militia. The same
nouns attacked or killed stay civilians. Every sentence was written for these tests, in
other places and words than any held-out passage.

Conventions followed (the eleventh set's README, ACLED style): protesters by trade or
role (workers demanding wages, drivers on strike, students marching, supporters
blockading a road) are `Protesters (X)`; youths throwing stones are `Rioters (X)`; local
defence groups and vigilance committees, and a company's private security guards, are
militias.
"""

import pytest
from extraction_helpers import types_holding as _types

# --- 1. people counted or grouped act through the count: "hundreds of teachers marched" ------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of teachers marched through Harare on Monday demanding unpaid salaries.",
         "teachers"),
        ("Thousands of miners rallied outside parliament in Lima, Peru, on Thursday.", "miners"),
        ("Dozens of nurses picketed the regional hospital in Mwanza, Tanzania, over pay.",
         "nurses"),
        ("Police in Dhaka clashed with thousands of garment workers demanding their wages.",
         "workers"),
        ("Dozens of bus drivers drove slowly through Lagos, sounding their horns to demand "
         "better security.", "drivers"),
    ],
)  # fmt: skip
def test_people_counted_before_a_protest_deed_are_protesters(text, word):
    assert _types(text, word) == {"protesters"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen shot dead three teachers at a school in Kasai province, DR Congo.", "teachers"),
        ("Soldiers killed four miners near a gold site in Ituri, DR Congo.", "miners"),
        ("Hundreds of farmers fled their villages in Benue state after the raid.", "farmers"),
    ],
)  # fmt: skip
def test_the_same_people_attacked_or_fleeing_stay_civilians(text, word):
    assert _types(text, word) == {"civilians"}


# --- 2. a protest deed outweighs a clash with the police --------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Youths protesting against a land sale clashed with police in Kasama, Zambia.",
         "Youths"),
        ("Supporters of the jailed mayor blocking a bridge in Kandy clashed with police.",
         "Supporters"),
        ("Students demanding lower fees clashed with riot police in Nairobi on Monday.",
         "Students"),
    ],
)  # fmt: skip
def test_people_who_protest_and_clash_with_police_stay_protesters(text, word):
    assert _types(text, word) == {"protesters"}


def test_a_march_by_people_makes_them_protesters():
    text = "Police fired tear gas at a march by university students in Dhaka, Bangladesh."
    assert _types(text, "students") == {"protesters"}


def test_people_who_strike_a_village_do_not_protest():
    text = "Armed herders struck a village near Bokkos, Plateau state, killing nine people."
    assert "protesters" not in _types(text, "herders")


def test_a_date_after_on_is_no_march():
    text = "On 3 March 2025, gunmen killed four traders in a market in Maiduguri, Nigeria."
    assert _types(text, "traders") == {"civilians"}


# --- 3. a crowd's deed in the noun's modifier: "stone-throwing youths" ------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Stone-throwing youths attacked a police post in Bujumbura, Burundi, on Friday.",
         "youths"),
        ("Police fired tear gas at stone-pelting youths in Srinagar on Friday.", "youths"),
        ("Rock-throwing protesters forced an army convoy to turn back outside Tbilisi.",
         "protesters"),
    ],
)  # fmt: skip
def test_people_named_by_a_crowd_deed_are_rioters(text, word):
    assert _types(text, word) == {"rioters"}


def test_burning_tyres_names_no_crowd():
    text = "Youths blocked the road near Kisii, Kenya, with burning tyres in protest."
    assert _types(text, "Youths") == {"protesters"}


# --- 4. local defence groups and private guards -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A member of the local vigilance committee was killed by Boko Haram fighters near "
         "Mora, Cameroon.", "vigilance committee"),
        ("Community guards repelled an attack by gunmen on a village in Katsina state.",
         "Community guards"),
        ("Village volunteers exchanged fire with militants in Bishnupur district, Manipur.",
         "Village volunteers"),
        ("Private security guards at a copper mine fired on villagers near Kolwezi, DR Congo.",
         "Private security guards"),
    ],
)  # fmt: skip
def test_local_defence_groups_and_private_guards_are_militias(text, word):
    assert _types(text, word) == {"militia"}


def test_prison_guards_stay_state_forces():
    text = "Inmates overpowered prison guards at the central prison in Kinshasa, DR Congo."
    assert _types(text, "guards") == {"state_forces"}


# --- 5. groups named by nothing but their fight: "two groups pelted each other" ---------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two groups pelted each other with stones during a wedding in Multan, Pakistan.",
         "groups"),
        ("A fight between rival groups at a nightclub in Suva, Fiji, left one man dead.",
         "groups"),
        ("Two rival groups clashed with machetes at a market in Honiara on Saturday.", "groups"),
    ],
)  # fmt: skip
def test_groups_that_brawl_or_stone_are_rioters(text, word):
    assert _types(text, word) == {"rioters"}


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Rights groups condemned the killings in Goma, DR Congo.", "groups", "ngo"),
        ("Armed groups attacked three villages in Djugu territory, Ituri.", "groups",
         "unidentified_armed_group"),
    ],
)  # fmt: skip
def test_groups_with_a_name_of_their_kind_keep_it(text, word, kind):
    assert _types(text, word) == {kind}


def test_groups_that_only_meet_are_no_party():
    text = "Two groups met at the district office in Kasese, Uganda, to discuss the land."
    assert _types(text, "groups") == set()


# --- 6. unnamed men who do violence: "two men on a motorcycle fired" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bus driver was shot dead when two men on a motorcycle fired into the bus in Mixco.",
        "Three men stormed a bar in Soweto, South Africa, and opened fire on the patrons.",
        "The trader was abducted by four men in a car outside Kano, Nigeria.",
    ],
)
def test_men_who_attack_are_an_unidentified_armed_group(text):
    assert _types(text, "men") == {"unidentified_armed_group"}


@pytest.mark.parametrize(
    "text",
    [
        "Two men were killed and three wounded in the attack on a market in Gao, Mali.",
        "Police arrested three men suspected of the killing in Durban, South Africa.",
        "Four men died when their boat capsized near Lamu, Kenya.",
    ],
)
def test_men_killed_or_arrested_are_no_armed_group(text):
    assert "unidentified_armed_group" not in _types(text, "men")


# --- 7. rural trades as victims ---------------------------------------------------------------


def test_woodcutters_attacked_are_civilians():
    text = "Jihadists killed five woodcutters near Djibo, Burkina Faso, on Sunday."
    assert _types(text, "woodcutters") == {"civilians"}


def test_a_crowd_that_only_tries_a_deed_stays_protesters():
    text = "Thousands of protesters marched on the parliament in Dakar and tried to storm its gate."
    assert _types(text, "protesters") == {"protesters"}


# --- 8. a deed whose subject is another party is not theirs -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The villagers were returning from their farms near Gusau when the gunmen struck.",
        "The villagers were returning from their farms near Gusau when they were attacked.",
    ],
)
def test_a_deed_done_by_others_or_to_them_is_not_theirs(text):
    assert _types(text, "villagers") == {"civilians"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The suspect was beaten to death by residents of Kibera, Nairobi.", "residents"),
        ("Hundreds of youths burned the police station in Kisii after a suspect died.",
         "youths"),
    ],
)  # fmt: skip
def test_a_crowd_that_does_the_deed_is_rioters(text, word):
    assert _types(text, word) == {"rioters"}


# --- 9. the same crowd named again keeps the type its deed gave it ---------------------------


def test_a_crowd_named_again_keeps_its_brawl():
    text = (
        "Brawl between families in Lyon leaves one dead. LYON — One man died when a quarrel "
        "between two families turned violent on Sunday, police said."
    )
    assert _types(text, "families") == {"rioters"}


def test_victims_named_twice_stay_civilians():
    text = (
        "Gunmen kill five villagers in Zamfara. The villagers were returning from their farms "
        "near Gusau when they were attacked."
    )
    assert _types(text, "villagers") == {"civilians"}
