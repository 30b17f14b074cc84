"""Actors in the analysts' scheme, by the categories the tenth held-out set showed (issue 13).

Named criminal groups the gazetteer does not hold (a name before "gang", "cartel",
"faction"; the other side of an armed group's dispute or feud), and state bodies, victims
and doers named by common nouns (a department, a consulate, the prosecution, spectators,
a lone assailant, smugglers, an opposition coalition). Every sentence was written for
these tests, in other places and words than any held-out passage; the group names are
made up or real, the incidents are not.

Conventions followed (the tenth set's README, ACLED style): named gangs, cartels and
factions are armed groups under their own name; ministries, departments, consulates and
prosecutors are the state (`Government of X`); a regional interior department or police
directorate is the police; spectators at an attack are civilians; a lone assailant and
suspected smugglers are an unidentified armed group.
"""

import pytest
from extraction_helpers import actors_holding as _typed
from extraction_helpers import types_holding as _types

# --- 1. a name before a criminal group's word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Soldiers killed four members of the Tren del Sur gang near Maturín, Venezuela.",
         "Tren del Sur", "Tren del Sur"),
        ("Investigators linked the shooting in Culiacán, Mexico, to the Los Zorros cartel.",
         "Los Zorros", "Los Zorros"),
        ("Members of the Primeiro Grupo faction shot dead two men in Belém, Brazil.",
         "Primeiro Grupo", "Primeiro Grupo"),
        ("Police in Kingston, Jamaica, said the Tivoli Boys gang carried out the killings.",
         "Tivoli Boys", "Tivoli Boys"),
    ],
)  # fmt: skip
def test_a_name_before_a_criminal_word_is_an_armed_group(text, word, name):
    assert _typed(text, word) == {(name, "armed_group")}


def test_a_faction_in_a_story_without_violence_is_no_armed_group():
    text = "The Yellow Ribbon faction of the ruling party held a rally in Accra, Ghana."
    assert "armed_group" not in _types(text, "Yellow Ribbon")


def test_a_place_before_gang_stays_a_place():
    text = "Two men were shot dead in Spanish Town, Jamaica, by the Spanish Town gang."
    assert "armed_group" not in _types(text, "Spanish Town")


def test_a_known_group_before_gang_keeps_its_gazetteer_name():
    text = "Members of the Los Choneros gang opened fire on a bus in Guayaquil, Ecuador."
    assert _typed(text, "Choneros") == {("Los Choneros", "armed_group")}


# --- 2. the other side of an armed group's dispute -------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police believe the attack in Guayaquil was ordered by Los Lobos in a dispute with "
         "Los Halcones over drug sales.", "Los Halcones"),
        ("Prosecutors linked the killings in Sinaloa to a feud between the Sinaloa Cartel and "
         "Los Rusos.", "Los Rusos"),
        ("Investigators said the attack in Fortaleza stemmed from a dispute between the Bonde "
         "dos Quarenta and the Comando Vermelho.", "Bonde dos Quarenta"),
    ],
)  # fmt: skip
def test_the_rival_of_an_armed_group_is_an_armed_group(text, word):
    assert _types(text, word) == {"armed_group"}


def test_a_dispute_without_violence_names_no_armed_group():
    text = "The land dispute between Juan Perez and the Gulf Clan ended in court in Colombia."
    assert "armed_group" not in _types(text, "Juan Perez")


def test_two_states_in_a_dispute_stay_states():
    text = "Two soldiers were killed in the dispute between Colombia and Venezuela."
    assert "armed_group" not in _types(text, "Colombia") | _types(text, "Venezuela")


# --- 3. state bodies, victims and doers named by common nouns -------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The provincial transport department suspended the bus company's licence after the "
         "crash in Luang Prabang, Laos.", "transport department", "state"),
        ("The public prosecution charged four men over the killing in Muscat, Oman.",
         "prosecution", "state"),
        ("The Nigerien consulate said two of its nationals were among the dead in Libreville.",
         "consulate", "state"),
        ("The regional interior department said three suspects were detained in Andijan, "
         "Uzbekistan.", "interior department", "state_forces"),
        ("The regional police directorate said two men were arrested after the fight in "
         "Tetovo, North Macedonia.", "police directorate", "state_forces"),
        ("The Armed Forces said four suspects were captured near Guayaquil, Ecuador.",
         "Armed Forces", "state_forces"),
        ("Gunmen opened fire on spectators at a football match in Kumasi, Ghana.", "spectators",
         "civilians"),
        ("Police said a lone assailant stabbed two worshippers outside a mosque in Lyon, "
         "France.", "assailant", "unidentified_armed_group"),
        ("Border guards shot dead three suspected smugglers near Termez, Uzbekistan.",
         "smugglers", "unidentified_armed_group"),
        ("An opposition coalition said security forces killed five protesters in Bamako, Mali.",
         "opposition coalition", "political"),
    ],
)  # fmt: skip
def test_a_common_noun_names_its_category(text, word, kind):
    assert _types(text, word) == {kind}


def test_a_named_force_keeps_its_name_over_the_noun():
    text = "The Bolivarian National Guard said it killed four gang members in Bolívar, Venezuela."
    assert _types(text, "Bolivarian National Guard") == {"state_forces"}


# --- 4. what a name is, said in an apposition after it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The Legal Resources Unit, a rights group, said police killed 14 people in Nairobi, "
         "Kenya, last year.", "Legal Resources Unit", "ngo"),
        ("The Daily Sentinel, a local newspaper, reported that three people were killed in "
         "Jos, Nigeria.", "Daily Sentinel", "media"),
        ("The Andean Justice Centre, a human rights group, said soldiers killed two farmers "
         "in Cusco, Peru.", "Andean Justice Centre", "ngo"),
    ],
)  # fmt: skip
def test_an_apposition_after_a_name_gives_its_type(text, word, kind):
    assert _types(text, word) == {kind}


def test_a_gazetteer_actor_keeps_its_type_over_an_apposition():
    text = "The Sinaloa Cartel, a criminal group, killed five people in Culiacán, Mexico."
    assert _types(text, "Sinaloa Cartel") == {"armed_group"}


def test_a_clause_subject_after_a_comma_is_no_apposition():
    text = (
        "Gunmen attacked a police post in Zahedan, Iran, killing five police officers, the state "
        "news agency IRNA reported."
    )
    assert _types(text, "police officers") == {"state_forces"}


def test_the_monitoring_project_before_a_name_makes_it_an_ngo():
    text = (
        "According to the monitoring project Sahel Watch Data, 40 civilians were killed in Mopti."
    )
    assert _types(text, "Sahel Watch Data") == {"ngo"}


# --- 5. peoples whose young men fight each other ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("On 2 May 2026, fighting between armed Kusasi and Mamprusi youths in Bawku, Ghana, "
         "left three dead.", "Kusasi"),
        ("On 5 June 2026, clashes between Nuer and Dinka youths in Jonglei, South Sudan, "
         "killed eight people.", "Dinka"),
        ("Tiv and Jukun youths clashed near Wukari, Nigeria, leaving six dead.", "Jukun"),
    ],
)  # fmt: skip
def test_each_people_whose_youths_fight_is_its_militia(text, people):
    assert _typed(text, people) == {(f"{people} Ethnic Militia", "militia")}


def test_a_countrys_demonym_before_youths_names_no_ethnic_militia():
    text = "Ghanaian youths clashed with police in Accra, Ghana."
    assert not any("Ethnic Militia" in actor for actor, _ in _typed(text, "Ghanaian"))


def test_youths_of_a_people_who_do_not_fight_name_no_militia():
    text = "In Bawku, Ghana, Bimoba and Anufo youths attended a peace conference."
    assert "militia" not in _types(text, "Bimoba") | _types(text, "youths")
