"""Actor coverage, third round (issue 13): named groups, force acronyms, generic parties, streets.

Every sentence was written for these tests; group, unit and place names are real, the
incidents are not.
"""

import pytest
from extraction_helpers import actors_of, types_of

import analysis
from analysis.parse import gazetteer
from analysis.parse.places import is_place

# --- named groups the gazetteer lacked, with their accented spellings ----------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("RED-Tabara said its fighters had shelled a post near Bujumbura, Burundi.",
         "RED-Tabara", "Burundi National Front"),
        ("KNF cadres fought a rival Kuki faction in Churachandpur, Manipur, India.",
         "KNF", "Kuki National Front"),
        ("YBS units refused to leave their positions around Sinjar, Iraq.",
         "YBS", "Sinjar Resistance Units"),
        ("The YBŞ accused Baghdad of breaking the Sinjar accord.",
         "YBŞ", "Sinjar Resistance Units"),
        ("La Línea hitmen set two cars on fire in Chihuahua, Mexico.",
         "La Línea", "La Linea"),
        ("Los Mexicles inmates rioted in a Ciudad Juárez jail, Mexico.",
         "Los Mexicles", "Los Mexicles"),
        ("Los Chapitos loyalists clashed with Los Mayos near Culiacán, Mexico.",
         "Los Chapitos", "Sinaloa Cartel - Chapitos faction"),
        ("The Klansman gang was blamed for the double murder in Spanish Town.",
         "Klansman gang", "Klansman Gang"),
    ],
)  # fmt: skip
def test_named_groups_are_armed_groups(text, mention, actor):
    assert (actor, "armed_group") in actors_of(text)[mention]


def test_the_knf_in_bangladesh_is_the_kuki_chin_front():
    found = actors_of("The KNF ambushed an army patrol in Bandarban, Bangladesh.")
    assert found["KNF"] == {("Kuki-Chin National Front", "armed_group")}


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Hashd al-Shaabi brigades secured the road to Baiji, Iraq.",
         "Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("PMF units were shelled near Jurf al-Sakhar, Iraq.", "PMF",
         "Popular Mobilization Forces"),
        ("Radaa gunmen detained a journalist near Mitiga airport in Tripoli, Libya.",
         "Radaa", "Special Deterrence Force"),
    ],
)  # fmt: skip
def test_militia_umbrellas_are_militias(text, mention, actor):
    assert (actor, "militia") in actors_of(text)[mention]


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Indepaz counted a third massacre this month in Nariño, Colombia.",
         "Indepaz", "Institute for Development and Peace Studies"),
        ("In Nigeria, the CDD urged an inquiry into the killings in Benue.",
         "CDD", "Centre for Democracy and Development"),
    ],
)  # fmt: skip
def test_monitoring_ngos(text, mention, actor):
    assert (actor, "ngo") in actors_of(text)[mention]


# --- force acronyms: special units by their country -----------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("The STF seized a cache of detonators in Malkangiri, Odisha, India.",
         "STF", "Police Forces of India"),
        ("Iraqi CTS troops cleared a tunnel west of Kirkuk.", "Iraqi CTS",
         "Security Forces of Iraq"),
        ("A DRG was spotted near the border in Sumy region, Ukraine's army said.",
         "DRG", "Military Forces of Russia"),
    ],
)  # fmt: skip
def test_special_unit_acronyms_are_their_states_forces(text, mention, actor):
    assert (actor, "state_forces") in actors_of(text)[mention]


def test_an_acronym_of_a_special_unit_stays_nothing_without_its_country():
    assert "STF" not in actors_of("The STF report was published on Monday.")


# --- generic perpetrators, civilians and prosecutors ----------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor_type"),
    [
        ("Two shooters opened fire outside a nightclub in Cali, Colombia.", "shooters",
         "unidentified_armed_group"),
        ("Armed youths torched three shops in Kasese, Uganda.", "Armed youths",
         "unidentified_armed_group"),
        ("A grenade wounded four pilgrims on the road to Kedarnath, India.", "pilgrims",
         "civilians"),
        ("Gunmen fired on patrons of a bar in Celaya, Mexico.", "patrons", "civilians"),
        ("The blast injured customers queuing at a bank in Quetta, Pakistan.", "customers",
         "civilians"),
        ("Attackers stopped a bus carrying tourists near Luxor, Egypt.", "tourists",
         "civilians"),
        ("The Cook County District Attorney charged the officer with murder.",
         "District Attorney", "state"),
    ],
)  # fmt: skip
def test_generic_parties_by_category(text, mention, actor_type):
    assert actor_type in types_of(text).get(mention, set())


# --- streets, estates and saint-named parishes are places -----------------------------------


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Waltham Park Road", True),
        ("Grants Pen Avenue", True),
        ("Mavivi Estate", True),
        ("St Thomas", True),
        ("Saint Ann", True),
        ("Libyan Red Crescent", False),
        ("Road", False),
    ],
)
def test_street_and_parish_names_are_places(name, place):
    assert is_place(name) is place


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot dead on Waltham Park Road in Kingston.",
        "A taxi driver was killed in Mavivi Estate near Beni on Sunday.",
    ],
)
def test_a_street_or_an_estate_is_no_actor(text):
    found = actors_of(text)
    assert not [m for m in found if m.endswith(("Road", "Estate"))]


def test_new_gazetteer_rows_keep_type_country_and_description():
    actors = gazetteer.read_actors()
    rows = {r["actor"]: r for r in analysis.rules.packaged_rows("actors")}
    for name in ("Sinjar Resistance Units", "Los Mexicles", "Klansman Gang",
                 "Supreme Eiye Confraternity", "Popular Mobilization Forces",
                 "Institute for Development and Peace Studies"):  # fmt: skip
        assert actors[name].actor_type and actors[name].country
        assert rows[name]["description"] and rows[name]["source"]


# --- a state's name before a force it does not name, and areas' police --------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Members of the Belize Defense Force were sent to the border.",
         "Belize Defense Force", "Military Forces of Belize"),
        ("Officers of the Guyana Police Force arrested two men in Linden.",
         "Guyana Police Force", "Police Forces of Guyana"),
    ],
)  # fmt: skip
def test_a_state_before_an_unknown_force_is_that_states_force(text, mention, actor):
    found = actors_of(text)
    assert found[mention] == {(actor, "state_forces")}


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Gauteng police said the suspects fled in a white sedan.", "Gauteng"),
        ("Limpopo police were called to the tavern after midnight.", "Limpopo"),
    ],
)
def test_an_area_before_its_police_is_no_actor(text, area):
    found = types_of(text)
    assert area not in found
    assert found["police"] == {"state_forces"}


@pytest.mark.parametrize(
    ("text", "mention", "actor_type"),
    [
        ("Lawmen recovered a pistol after the chase in Montego Bay.", "Lawmen", "state_forces"),
        ("Security agents foiled a raid on a bank in Ilorin, Nigeria.", "Security agents",
         "state_forces"),
        ("Paramilitary forces were ambushed near Turbat, Pakistan.", "Paramilitary forces",
         "state_forces"),
        ("Officers of the Anti-Gang Unit held four men in Port of Spain, Trinidad.",
         "Anti-Gang Unit", "state_forces"),
    ],
)  # fmt: skip
def test_more_state_force_words(text, mention, actor_type):
    assert actor_type in types_of(text)[mention]


def test_a_word_inside_a_hyphenated_name_is_no_category():
    found = types_of("The Anti-Gang Unit detained four men in Port of Spain.")
    assert "Gang" not in found


# --- a country that closes a place's name is part of the place -----------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Drones struck Sloviansk, Ukraine, before dawn.", "Ukraine"),
        ("Five traders were killed in Kidal region, Mali, on Friday.", "Mali"),
    ],
)
def test_a_country_after_its_town_is_no_actor(text, country):
    assert country not in actors_of(text)


def test_a_country_that_speaks_after_a_town_stays_an_actor():
    found = actors_of("Missiles fell on Sumy, Ukraine said on Monday.")
    assert found["Ukraine"] == {("Ukraine", "state")}


def test_a_list_of_states_stays_states():
    found = types_of("Russia, Iran, Turkey signed the accord.")
    assert found["Iran"] == {"state"} and found["Turkey"] == {"state"}


def test_a_town_takes_the_country_named_next_to_it():
    found = actors_of("Soldiers killed five herders in Gao, Mali, on Monday.")
    assert found["Soldiers"] == {("Military Forces of Mali", "state_forces")}


# --- a village after "at"/"on" of a killing or an attack is a place ------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bandits killed a farmer at Angwan Madaki near Kauru.", "Angwan Madaki"),
        ("The raid on Dutsen Kura left nine people dead.", "Dutsen Kura"),
    ],
)
def test_where_a_killing_happened_is_no_actor(text, place):
    assert place not in actors_of(text)


def test_a_person_fired_at_stays_a_person():
    found = types_of("Gunmen fired at Musa Ibrahim outside his shop in Kano, Nigeria.")
    assert found.get("Musa Ibrahim") == {"person"}


@pytest.mark.parametrize(
    ("text", "mention", "actor_type"),
    [
        ("Jamaicans for Justice asked for the officers to be suspended.",
         "Jamaicans for Justice", "ngo"),
        ("INDECOM took over the probe into the shooting in Spanish Town.", "INDECOM", "state"),
        ("The HRCP said the curfew in Parachinar must end.", "HRCP", "ngo"),
        ("Fogo Cruzado logged six shootouts in Niterói, Brazil.", "Fogo Cruzado", "ngo"),
        ("Navy gunboats sank two boats near Bakassi, Nigeria.", "Navy", "state_forces"),
        ("An off-duty cop was stabbed in Old Harbour, Jamaica.", "off-duty cop", "state_forces"),
    ],
)  # fmt: skip
def test_monitors_oversight_bodies_and_services(text, mention, actor_type):
    assert actor_type in types_of(text).get(mention, set())


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A statement from the Bakassi Self-Defense Force was read on radio.",
         "Bakassi Self-Defense Force"),
    ],
)  # fmt: skip
def test_a_body_named_as_self_defence_or_vigilantes_is_a_militia(text, mention):
    assert types_of(text)[mention] == {"militia"}
