"""Named organisations and offices as actors, by the categories the twelfth set showed (issue 13).

Three categories, each decided from the parse and the rule tables: a foreign state's
forces told only by its people's adjective on the weapon that struck ("a Russian cruise
missile", "two Turkish combat drones"); a state body's name the model left untagged or
tagged as a law or a place ("the Special Task Force arrested ..."); and an office of
state, before its holder's name or written alone and definite ("Interior minister X said",
"the resident district commissioner", "the Taoiseach"), which is the state, the holder
staying a person. Every sentence was written for these tests, in other places and words
than any held-out passage; the incidents are invented.

Conventions followed (the sets' gold, sets 2, 4, 6, 7, 8 and 12 for weapons; 6, 8, 10 and
12 for offices): the firing state's forces are `state_forces`; an office of state is
`state`; a party's, a club's or an armed group's officer is no state's.
"""

import pytest
from extraction_helpers import actors_holding as _typed
from extraction_helpers import types_holding as _types

# --- 1. a people's adjective on the weapon that struck: that state's forces -------------------


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("On 3 May 2025, a Russian Kh-101 cruise missile struck a hospital in Dnipro, killing "
         "four patients.", "Russian", "Military Forces of Russia"),
        ("Two Turkish combat drones hit a convoy near Qamishli, killing five fighters.",
         "Turkish", "Military Forces of Turkey"),
        ("An Ethiopian military drone struck a minibus in Amhara, killing 11 passengers.",
         "Ethiopian", "Military Forces of Ethiopia"),
        ("Three Azerbaijani guided bombs fell on Stepanakert overnight, wounding six people.",
         "Azerbaijani", "Military Forces of Azerbaijan"),
    ],
)  # fmt: skip
def test_a_demonym_on_a_weapon_is_its_states_forces(text, word, actor):
    assert (actor, "state_forces") in _typed(text, word)


def test_a_state_and_a_demonym_joined_on_one_weapon_are_both_forces():
    text = "US and British warplanes struck radar sites near Hodeidah on Tuesday."
    assert _types(text, "US") == {"state_forces"}
    assert _types(text, "British") == {"state_forces"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iranian-made drones launched by the rebels struck a tanker off the coast.", "Iranian"),
        ("Russian citizens were among the dead, the embassy said.", "Russian"),
        ("Kurdish militia attacks killed three soldiers near Afrin.", "Kurdish"),
    ],
)  # fmt: skip
def test_a_demonym_that_fired_nothing_is_no_force(text, word):
    assert "state_forces" not in _types(text, word)


# --- 2. a state body's name the model did not tag ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Special Task Force arrested two suspects in Kalutara on Saturday.", "Task Force"),
        ("The Rapid Intervention Battalion raided a camp near Buea, killing two separatists.",
         "Rapid Intervention"),
        ("Officers of the National Anti-Kidnapping Unit freed three hostages in Port-au-Prince.",
         "Kidnapping"),
    ],
)  # fmt: skip
def test_an_untagged_state_force_name_is_state_forces(text, word):
    assert _types(text, word) == {"state_forces"}


def test_a_headline_of_verbs_and_a_force_word_is_no_name():
    assert not any(
        " Kill " in mention for mention, _ in _typed("Gunmen Kill Two Police Officers In Zamfara",
                                                     "Police")
    )  # fmt: skip


# --- 3. offices of state: the state, the holder a person -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Interior minister Bruno Retailleau said two police officers were hurt in Lyon.",
         "minister"),
        ('"We will find them," Chief Minister Siddaramaiah told reporters in Bengaluru.',
         "Chief Minister"),
        ("Kharkiv governor Oleh Syniehubov said two people were killed.", "governor"),
        ("Gulu's Resident District Commissioner, Milton Odongo, said the suspects were held.",
         "Commissioner"),
        ("The regional security secretary said eight suspects were killed in the raid in "
         "Salvador.", "secretary"),
        ("The resident district commissioner said 12 suspects were arrested in Gulu.",
         "commissioner"),
        ("The Taoiseach said the violence in Dublin was shameful.", "Taoiseach"),
    ],
)  # fmt: skip
def test_an_office_of_state_is_the_state(text, word):
    assert _types(text, word) == {"state"}


def test_the_holder_of_an_office_stays_a_person():
    text = "Interior minister Bruno Retailleau said two police officers were hurt in Lyon."
    assert _types(text, "Retailleau") == {"person"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The party's general secretary said two members were beaten by police.", "secretary"),
        ("The club president said fans had attacked the referee in Bucharest.", "president"),
        ("A school secretary was wounded when gunmen opened fire in Kaduna.", "secretary"),
    ],
)  # fmt: skip
def test_a_partys_a_clubs_or_an_unnamed_officer_is_no_state(text, word):
    assert "state" not in _types(text, word)
