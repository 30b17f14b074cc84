"""Actors in the analysts' scheme, by the categories the fourth held-out set showed (issue 13).

State bodies and state forces named by office words, victims and protesters named by
what they are and do, militias of communities, gangs and guerrilla fronts, media and
parties named by their role. Every sentence was written for these tests, in other
places and other words than any held-out passage; the organisations and places are real,
the incidents are not.
"""

import pytest
from extraction_helpers import actors_holding as _typed
from extraction_helpers import types_holding as _types

# --- 1. state bodies and state forces named by office words ----------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The Harris County medical examiner's office named the victim as a man of 27.",
         "examiner", "state"),
        ("A coroner in Durban said the driver died of a single gunshot wound.",
         "coroner", "state"),
        ("Sinaloa's Public Security Secretariat said four bodies lay by the road in Culiacán.",
         "Secretariat", "state"),
        ("The state security secretariat in Zacatecas said gunmen killed two agents.",
         "secretariat", "state"),
        ("The Minister of Internal Security said police had arrested three men in Mombasa.",
         "Internal Security", "state"),
        ("The prison system said two inmates died after a brawl at a jail in Guayaquil.",
         "prison system", "state"),
        ("A police oversight commission opened an inquiry into the death in Kisumu, Kenya.",
         "oversight commission", "state"),
        ("The Maricopa County Sheriff's Office said deputies shot a man in Mesa, Arizona.",
         "Sheriff", "state_forces"),
        ("A homicide investigation team is looking into the shooting of a taxi driver in "
         "Durban, South Africa.", "investigation team", "state_forces"),
        ("Detectives arrested a suspect in the stabbing in Leeds, England.",
         "Detectives", "state_forces"),
        ("Police officials said the bomb in Quetta, Pakistan wounded six people.",
         "Police officials", "state_forces"),
        ("General Security detained two men at the Masnaa crossing in Lebanon.",
         "General Security", "state_forces"),
    ],
)  # fmt: skip
def test_offices_and_police_bodies_are_the_state_or_its_forces(text, word, kind):
    assert kind in _types(text, word)


def test_forces_loyal_to_a_government_are_its_countrys_military():
    text = "Forces loyal to the Government of National Unity shelled a camp near Zawiya."
    assert ("Military Forces of Libya", "state_forces") in _typed(text, "Forces")


def test_a_state_named_alone_after_to_stays_the_state():
    text = "Chad handed two suspects to the Government of National Unity on Monday."
    assert "state_forces" not in _types(text, "Government of National Unity")


# --- 2. bare force nouns, wherever they stand ------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Police said a man was shot outside a tavern in Soweto, South Africa.",
         "Police", "Police Forces of South Africa"),
        ("Soldiers repelled an attack on a checkpoint near Bannu, Pakistan.",
         "Soldiers", "Military Forces of Pakistan"),
    ],
)  # fmt: skip
def test_bare_force_nouns_are_the_articles_countrys_forces(text, word, actor):
    assert (actor, "state_forces") in _typed(text, word)


# --- 4. militias: communities' fighters, factions, state-affiliated militias ----------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CODECO fighters attacked a camp for displaced people in Djugu, Ituri.", "CODECO"),
        ("The Stability Support Apparatus exchanged fire with a rival unit in Tripoli.",
         "Stability Support Apparatus"),
        ("Tribal lashkars drove militants out of two villages in Bajaur, Pakistan.",
         "lashkars"),
        ("Toposa warriors raided cattle camps near Kapoeta, South Sudan.", "Toposa"),
        ("Armed warriors raided cattle camps near Kapoeta, South Sudan.", "warriors"),
        ("Government-aligned factions fought RSF units north of El Obeid, Sudan.",
         "factions"),
        ("Two groups of villagers clashed with guns over a farm boundary in Bokkos, "
         "Plateau State, Nigeria.", "villagers"),
    ],
)  # fmt: skip
def test_community_and_aligned_fighters_are_militias(text, word):
    assert "militia" in _types(text, word)


# --- 5. gangs, cartel factions, fronts and a state's expeditionary corps --------------


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Barrio 18 members shot a bus driver in Chamelecón, Honduras.", "Barrio 18",
         "Barrio 18"),
        ("MS-13 members killed a shopkeeper in Ilopango, El Salvador.", "MS-13",
         "Mara Salvatrucha"),
        ("The Mayos ambushed Chapitos gunmen near Navolato, Sinaloa.", "Mayos",
         "Sinaloa Cartel - Los Mayos faction"),
        ("Tren de Aragua gunmen killed two men in Santiago, Chile.", "Tren de Aragua",
         "Tren de Aragua"),
    ],
)  # fmt: skip
def test_gang_and_cartel_names_are_armed_groups(text, word, actor):
    assert (actor, "armed_group") in _typed(text, word)


def test_a_front_named_after_a_person_is_an_armed_group():
    text = "The Jaime Martínez front attacked two trucks on the road to Suárez, Cauca."
    assert "armed_group" in _types(text, "front")


def test_a_front_in_a_sentence_of_violence_is_an_armed_group():
    text = "Two soldiers died in an ambush blamed on the Dagoberto Ramos front near Toribío."
    assert "armed_group" in _types(text, "front")


def test_a_movement_that_marches_is_no_armed_group():
    text = "Supporters of the Gen Z movement marched through Nairobi on Tuesday."
    assert "armed_group" not in _types(text, "movement")


def test_a_front_line_named_after_a_place_is_no_group():
    text = "Fighting intensified on the Pokrovsk front overnight, Ukraine's army said."
    assert "armed_group" not in _types(text, "front")


def test_africa_corps_is_russias_military():
    text = "Africa Corps troops and Malian soldiers detained a dozen men near Timbuktu."
    assert ("Military Forces of Russia", "state_forces") in _typed(text, "Africa Corps")


# --- 6. victims named by what they were doing or who they are --------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen opened fire on diners at a taco stand in Irapuato, Guanajuato.", "diners"),
        ("A stray bullet wounded two passers-by near a bank in Cap-Haïtien, Haiti.",
         "passers"),
        ("Coast guards fired on migrants off Zuwara, Libya, killing one.", "migrants"),
        ("Militants shot dead a Kuki family of four near Moreh, Manipur.", "family"),
        ("Unknown gunmen killed three Hazara villagers in Daikundi, Afghanistan.",
         "villagers"),
    ],
)  # fmt: skip
def test_victims_are_civilians(text, word):
    assert _types(text, word) == {"civilians"}


# --- 7. protesters and rioters by what they do -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Residents blocked the Thika highway to protest the killing of a boda boda rider.",
         "Residents", "protesters"),
        ("Residents blocked a road in Kisii after a trader was shot.", "Residents",
         "protesters"),
        ("Traders closed their shops in protest at the shooting of a colleague in Kano.",
         "Traders", "protesters"),
        ("Angry youths protested the killing of a welder in Aba, Abia State.", "youths",
         "protesters"),
        ("Angry youths torched a police post after a welder was killed in Aba.", "youths",
         "rioters"),
        ("Angry youths protested and looted shops in Aba after a welder was shot.",
         "youths", "rioters"),
    ],
)  # fmt: skip
def test_people_are_protesters_or_rioters_by_what_they_do(text, word, kind):
    assert kind in _types(text, word)


# --- 8. media, parties and NGOs by name and role ----------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("According to the daily Jugantor, two men were hacked to death in Cumilla.",
         "Jugantor", "media"),
        ("Kathimerini reported that police detained four men after a stabbing in Piraeus.",
         "Kathimerini", "media"),
        ("A witness told Kompas that two police officers were shot in Jayapura, Papua.",
         "Kompas", "media"),
        ("Ruling-party activists attacked an opposition office in Bogura, Bangladesh.",
         "party activists", "political"),
        ("ZANU-PF youths beat two opposition supporters in Chitungwiza, Zimbabwe.",
         "ZANU-PF", "political"),
        ("BNP activists marched in Rajshahi after the arrest of a local leader.", "BNP",
         "political"),
        ("The Yemen Doctors Network said a clinic in Taiz was shelled.", "Doctors Network",
         "ngo"),
        ("Rights groups said soldiers killed nine villagers in Sagaing, Myanmar.",
         "Rights groups", "ngo"),
    ],
)  # fmt: skip
def test_media_parties_and_ngos(text, word, kind):
    assert kind in _types(text, word)
