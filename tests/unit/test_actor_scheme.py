"""Actors in the analysts' scheme (issue 13): state forces, state bodies, militias, categories.

An event coder names an unnamed party by its kind and country: "Military Forces of
Russia" for Russian drones, "Police Forces of X" for riot police or prison warders, the
state itself for a ministry, an electoral commission or a court, "Communal Militia (X)" for
clan or ethnic militiamen, "Protesters (X)" for teachers who march. Every sentence here was
written for these tests; the places and organisations are real, the incidents are not.
"""

import pytest
from extraction_helpers import actors_of, types_of


def _holding(found: dict, noun: str) -> set:
    """What the mentions holding `noun` were given ("civil defence" of "civil defence agency")."""
    return set().union(*(pairs for mention, pairs in found.items() if noun in mention))


# --- state forces: weapons and services with a nationality are the military ---------------


# ACLED codes an air, drone or missile strike to the state's military. The constructed
# incident corpus's gold names the state ("Russia"): the incident code and its scorer take
# a state and its forces as one party (analysis.incidents.figures.party).
@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Russian drones struck a grain terminal in Izmail overnight.",
         "Russian drones", "Military Forces of Russia"),
        ("Turkish warplanes bombed a village near Amadiya in Iraq.",
         "Turkish warplanes", "Military Forces of Turkey"),
        ("Israeli airstrikes flattened two houses in Khan Younis.",
         "Israeli airstrikes", "Military Forces of Israel"),
        ("Saudi missiles hit a market in Saada, Yemen.",
         "Saudi missiles", "Military Forces of Saudi Arabia"),
    ],
)  # fmt: skip
def test_weapons_with_a_nationality_are_that_states_military(text, mention, actor):
    assert (actor, "state_forces") in actors_of(text)[mention]


def test_riot_police_are_the_police_and_keep_their_qualifier():
    found = actors_of("Riot police beat striking nurses outside the hospital in Nairobi, Kenya.")
    assert ("Police Forces of Kenya", "state_forces") in found["Riot police"]


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Prison warders shot an inmate during a riot at Mutimbuzi, Burundi.",
         "Prison warders", "Police Forces of Burundi"),
        ("Prison guards fired on detainees trying to escape in Goma, Congo.",
         "Prison guards", "Police Forces of Democratic Republic of the Congo"),
    ],
)  # fmt: skip
def test_prison_guards_are_police_forces(text, mention, actor):
    assert (actor, "state_forces") in actors_of(text)[mention]


# --- state bodies are the state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("The electoral commission in Lusaka, Zambia, suspended the count.",
         "electoral commission", "Zambia"),
        ("The prison service in Freetown, Sierra Leone, said four inmates escaped.",
         "prison service", "Sierra Leone"),
        ("A military court in Bamako, Mali, jailed the officers.",
         "military court", "Mali"),
        ("The civil defence agency in Tripoli, Libya, said divers recovered three bodies.",
         "civil defence", "Libya"),
        ("The fire service in Kampala, Uganda, said the blaze gutted the market.",
         "fire service", "Uganda"),
    ],
)  # fmt: skip
def test_services_courts_and_commissions_are_their_state(text, mention, actor):
    assert (actor, "state") in _holding(actors_of(text), mention)


# --- militias ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Clan militiamen shot two traders near Beledweyne, Somalia.",
         "Clan militiamen", "Communal Militia (Somalia)"),
        ("Ethnic militiamen torched a village near Djugu in Ituri, Congo.",
         "Ethnic militiamen", "Communal Militia (Democratic Republic of the Congo)"),
        ("A self-defence group chased the raiders from Maru in Zamfara, Nigeria.",
         "defence group", "Militia (Nigeria)"),
        ("Neighbourhood watch members beat a suspected thief in Eldoret, Kenya.",
         "Neighbourhood watch", "Militia (Kenya)"),
    ],
)  # fmt: skip
def test_communal_and_self_defence_nouns_are_militias(text, mention, actor):
    assert (actor, "militia") in _holding(actors_of(text), mention)


# --- generic categories ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Teachers protested unpaid wages outside the ministry in Yaounde, Cameroon.",
         "Teachers"),
        ("Students protesting a fee rise blocked the main gate in Accra, Ghana.", "Students"),
        ("Nurses marched to the governor's office in Kisumu, Kenya.", "Nurses"),
    ],
)  # fmt: skip
def test_people_who_protest_are_protesters(text, mention):
    assert types_of(text)[mention] == {"protesters"}


def test_people_attacked_stay_civilians_whatever_their_trade():
    found = types_of("Gunmen killed four teachers at a school near Tillaberi, Niger.")
    assert found["teachers"] == {"civilians"}


# --- descriptors type a name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("The opposition National Renewal Movement said three of its members were detained "
         "in Conakry.", "National Renewal Movement", "political"),
        ("The humanitarian organisation Acted said two staff were abducted in Niger.",
         "Acted", "ngo"),
    ],
)  # fmt: skip
def test_a_descriptor_types_the_name_it_introduces(text, mention, kind):
    assert kind in types_of(text)[mention]


def test_a_party_the_text_calls_the_ruling_party_is_political():
    found = types_of("The ruling party Frelimo said its office in Pemba was burned.")
    assert found["Frelimo"] == {"political"}


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("The National Guard shot two smugglers near Arlit, Niger.",
         "National Guard", "Military Forces of Niger"),
        ("The Republican Police Corps fired on a crowd in Nouakchott, Mauritania.",
         "Republican Police Corps", "Police Forces of Mauritania"),
    ],
)  # fmt: skip
def test_a_force_the_gazetteer_lacks_is_its_countrys_forces(text, mention, actor):
    assert (actor, "state_forces") in _holding(actors_of(text), mention)


def test_a_modifier_another_mention_holds_stays_out_of_the_span():
    found = actors_of("The ruling party's youth wing beat opposition supporters in Lusaka, Zambia.")
    assert ("Militia (Zambia)", "militia") in _holding(found, "youth wing")
    assert not any("youth" in mention and "supporters" in mention for mention in found)


def test_a_communal_armed_group_in_the_gazetteer_is_a_militia():
    found = types_of("The CRAC-PF detained three men in Ayutla, Guerrero, Mexico.")
    assert found["CRAC-PF"] == {"militia"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Suspected herders shot dead five villagers near Bokkos, Nigeria.", "herders"),
        ("Pastoralists and farmers clashed over a water point near Tahoua, Niger.", "farmers"),
        ("Cattle keepers clashed with farmers near Kapoeta, South Sudan.", "farmers"),
    ],
)  # fmt: skip
def test_a_community_that_kills_or_clashes_is_a_communal_militia(text, mention):
    found = actors_of(text)
    assert {kind for _, kind in _holding(found, mention)} == {"militia"}
    assert all(name.startswith("Communal Militia (") for name, _ in _holding(found, mention))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A civilian was shot dead at a checkpoint near Gao, Mali.", "civilian"),
        ("Women and children fled the shelling of Kadugli, Sudan.", "children"),
        ("A farmer was hacked to death near Gashua, Nigeria.", "farmer"),
    ],
)  # fmt: skip
def test_one_civilian_and_women_and_children_are_civilians(text, mention):
    assert types_of(text)[mention] == {"civilians"}


def test_a_state_body_named_by_common_nouns_is_its_state():
    found = actors_of("Striking nurses marched to the health ministry in Freetown.")
    assert found["health ministry"] == {("Sierra Leone", "state")}


def test_a_states_service_is_the_state():
    found = actors_of("The Zambia Wildlife Service said two rangers were wounded near Mfuwe.")
    assert found["Zambia Wildlife Service"] == {("Zambia", "state")}


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Police shot a protester outside the stadium in Conakry, Guinea.", "protester",
         "protesters"),
        ("Armed herdsmen raided Agatu in Benue, Nigeria.", "herdsmen", "militia"),
        ("Hired thugs beat reporters outside the court in Harare.", "thugs",
         "unidentified_armed_group"),
    ],
)  # fmt: skip
def test_one_protester_herdsmen_and_thugs(text, mention, kind):
    assert {t for _, t in _holding(actors_of(text), mention)} == {kind}


# --- whose forces: the article's country, not its outlet's or a word inside a town's name --


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [  # a news agency's home is where it publishes, not where its story is
        ("HARARE (AP) - Police said four men were arrested after the riot in Mbare.",
         "Police", "Police Forces of Zimbabwe"),
        ("JUBA (Reuters) - Soldiers fired on a crowd in the market, killing two traders.",
         "Soldiers", "Military Forces of South Sudan"),
    ],
)  # fmt: skip
def test_an_outlet_does_not_give_the_article_its_country(text, mention, actor):
    assert (actor, "state_forces") in actors_of(text)[mention]


def test_a_country_inside_a_towns_name_is_no_country():
    text = "PORT OF SPAIN — Police said two men were shot dead in a bar in Belmont on Friday."
    found = actors_of(text)
    assert found["Police"] == {("Police Forces of Trinidad and Tobago", "state_forces")}
    assert "SPAIN" not in found


def test_a_state_of_a_country_stays_that_state():
    found = actors_of("The Government of Spain condemned the shooting, police in Madrid said.")
    assert ("Spain", "state") in found["Government of Spain"]
