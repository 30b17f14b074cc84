"""Actors in the analysts' scheme, by the categories the tenth held-out set showed (issue 13).

Named criminal groups the gazetteer does not hold (a name before "gang", "cartel",
"faction"; the other side of an armed group's dispute or feud). Every sentence was
written for these tests, in other places and words than any held-out passage; the group
names are made up or real, the incidents are not.

Conventions followed (the tenth set's README, ACLED style): named gangs, cartels and
factions are armed groups under their own name.
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
