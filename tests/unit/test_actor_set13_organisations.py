"""Named organisations as actors: a stress set written gold first (issue 13, session 14).

Categories the thirteenth set showed one example of each, stressed here in many shapes,
languages and countries (49): national human-rights institutions (a statutory commission,
ombudsman, "Defensoría del Pueblo", "Komnas HAM" is a state body; a private association or
league, or the independent HRCP, is an NGO); state bodies named head first in Spanish,
Portuguese, French and Indonesian ("Fiscalía General del Estado de Guerrero", "Policía
Nacional", "Parquet de Dakar"); named gangs, cults and clans ("Los Menores", "the Zemene
famo gang", "the Ipili and Paiela clans"); units and task forces ("the Fourth Army Region",
"the Nemangkawi task force"); party wings, unions and churches; weapons named with their
maker's people ("Russian Shahed drones"); international bodies. Every sentence was
written for these tests, with its gold mention and type, before the package was run on
it; names are real public facts, the incidents are invented.

Conventions decided: statutory human-rights commissions are `state` (sets 4, 9-13; sets
2, 3, 5-7 typed the Kenyan one ngo); cult groups stay `militia` (sets 7 and 8 and the
gazetteer; set 13 typed two `armed_group`, and so did this set's gold, written before the
decision: those rows stay misses here); "Emirati-made drones" name no one (the maker is
not the firer, `parse.armed_demonyms`), though this set's gold said otherwise.
"""

from collections import Counter

import pytest
from extraction_helpers import actor_names, typed_at, types_of
from extraction_helpers import types_holding as _types

# (category, country, sentence, ((gold mention, gold type), ...)): the gold as written first.
STRESS = (
    # 1. national human-rights institutions (statutory: state) and private rights bodies (ngo)
    (
        "nhri",
        "Uganda",
        "The Uganda Human Rights Commission said it had received complaints that soldiers beat traders in Kasese.",
        (("Uganda Human Rights Commission", "state"),),
    ),
    (
        "nhri",
        "Malaysia",
        "Suhakam, the national human rights commission, opened an inquiry into the death of a detainee in Penang.",
        (("Suhakam", "state"),),
    ),
    (
        "nhri",
        "Philippines",
        "The Commission on Human Rights sent investigators to Negros after two farmers were shot dead.",
        (("Commission on Human Rights", "state"),),
    ),
    (
        "nhri",
        "India",
        "The Manipur Human Rights Commission asked the police for a report on the firing at Moreh.",
        (("Manipur Human Rights Commission", "state"),),
    ),
    (
        "nhri",
        "Peru",
        "La Defensoría del Pueblo reported that three protesters died in clashes near Juliaca.",
        (("Defensoría del Pueblo", "state"),),
    ),
    (
        "nhri",
        "Guatemala",
        "The Procuraduría de los Derechos Humanos condemned the eviction of 40 families in Izabal.",
        (("Procuraduría de los Derechos Humanos", "state"),),
    ),
    (
        "nhri",
        "Indonesia",
        "Komnas HAM said it would summon the officers involved in the shooting in Paniai.",
        (("Komnas HAM", "state"),),
    ),
    (
        "nhri",
        "Ghana",
        "The Commission on Human Rights and Administrative Justice called for calm after the clashes in Bawku.",
        (("Commission on Human Rights and Administrative Justice", "state"),),
    ),
    (
        "nhri",
        "Sri Lanka",
        "The Human Rights Commission of Sri Lanka visited the detainees held in Vavuniya.",
        (("Human Rights Commission of Sri Lanka", "state"),),
    ),
    (
        "nhri",
        "Colombia",
        "The Defensoría del Pueblo warned of forced recruitment by armed groups in Cauca.",
        (("Defensoría del Pueblo", "state"),),
    ),
    (
        "nhri",
        "Georgia",
        "The Public Defender of Georgia said police used excessive force against demonstrators.",
        (("Public Defender of Georgia", "state"),),
    ),
    (
        "nhri",
        "Pakistan",
        "The Human Rights Commission of Pakistan, an independent group, said 12 people had disappeared in Balochistan.",
        (("Human Rights Commission of Pakistan", "ngo"),),
    ),
    (
        "nhri",
        "Mexico",
        "The Centro de Derechos Humanos Miguel Agustín Pro Juárez said the detainees were tortured.",
        (("Centro de Derechos Humanos Miguel Agustín Pro Juárez", "ngo"),),
    ),
    (
        "nhri",
        "Honduras",
        "The Comité de Familiares de Detenidos Desaparecidos en Honduras denounced the killing of a lawyer.",
        (("Comité de Familiares de Detenidos Desaparecidos en Honduras", "ngo"),),
    ),
    (
        "nhri",
        "DR Congo",
        "The Association Africaine de Défense des Droits de l'Homme said nine civilians died in Beni.",
        (("Association Africaine de Défense des Droits de l'Homme", "ngo"),),
    ),
    (
        "nhri",
        "Nigeria",
        "The National Human Rights Commission received 30 petitions over police abuses in Lagos.",
        (("National Human Rights Commission", "state"),),
    ),
    # 2. state bodies named in other languages
    (
        "foreign_state",
        "Mexico",
        "La Fiscalía General del Estado de Guerrero identified the five bodies found in Chilpancingo.",
        (("Fiscalía General del Estado de Guerrero", "state"),),
    ),
    (
        "foreign_state",
        "Ecuador",
        "The Fiscalía General del Estado charged three prison guards over the riot in Guayaquil.",
        (("Fiscalía General del Estado", "state"),),
    ),
    (
        "foreign_state",
        "Colombia",
        "Officers of the Policía Nacional seized weapons from a dissident camp in Tolima.",
        (("Policía Nacional", "state_forces"),),
    ),
    (
        "foreign_state",
        "Brazil",
        "The Ministério Público do Rio de Janeiro opened a case against the officers after the raid.",
        (("Ministério Público do Rio de Janeiro", "state"),),
    ),
    (
        "foreign_state",
        "Brazil",
        "Agents of the Polícia Militar shot dead four suspects in a favela of Salvador.",
        (("Polícia Militar", "state_forces"),),
    ),
    (
        "foreign_state",
        "Brazil",
        "The Polícia Federal arrested two miners accused of killing a Yanomami man.",
        (("Polícia Federal", "state_forces"),),
    ),
    (
        "foreign_state",
        "Mali",
        "The Gendarmerie nationale detained eight suspects after the ambush near Ségou.",
        (("Gendarmerie nationale", "state_forces"),),
    ),
    (
        "foreign_state",
        "Senegal",
        "The Parquet de Dakar charged the opposition activist with calling for insurrection.",
        (("Parquet de Dakar", "state"),),
    ),
    (
        "foreign_state",
        "Indonesia",
        "Polri said its officers arrested 14 members of a militant cell in Central Sulawesi.",
        (("Polri", "state_forces"),),
    ),
    (
        "foreign_state",
        "El Salvador",
        "The Procuraduría General de la República filed charges against 20 gang members.",
        (("Procuraduría General de la República", "state"),),
    ),
    (
        "foreign_state",
        "Honduras",
        "The Dirección Policial de Investigaciones arrested a suspect in the killing of a journalist in Tegucigalpa.",
        (("Dirección Policial de Investigaciones", "state_forces"),),
    ),
    (
        "foreign_state",
        "Venezuela",
        "The Guardia Nacional Bolivariana dispersed the march with tear gas in Caracas.",
        (("Guardia Nacional Bolivariana", "state_forces"),),
    ),
    (
        "foreign_state",
        "Chile",
        "The Ministerio Público said the young man died of a gunshot wound in Temuco.",
        (("Ministerio Público", "state"),),
    ),
    (
        "foreign_state",
        "Burkina Faso",
        "La Police nationale arrested three men suspected of supplying the jihadists in Fada N'Gourma.",
        (("Police nationale", "state_forces"),),
    ),
    (
        "foreign_state",
        "Argentina",
        "The Gendarmería Nacional seized a cocaine shipment and detained two men in Salta.",
        (("Gendarmería Nacional", "state_forces"),),
    ),
    (
        "foreign_state",
        "Paraguay",
        "The Ministerio del Interior said soldiers killed two rebels in Concepción.",
        (("Ministerio del Interior", "state"),),
    ),
    (
        "foreign_state",
        "Peru",
        "The Dirección Contra el Terrorismo captured a Shining Path courier in the VRAEM.",
        (("Dirección Contra el Terrorismo", "state_forces"),),
    ),
    (
        "foreign_state",
        "Ivory Coast",
        "The Procureur de la République announced the arrest of 11 people after the clashes in Abidjan.",
        (("Procureur de la République", "state"),),
    ),
    # 3. gangs, cults, clans, martial-arts brotherhoods
    (
        "gangs",
        "Argentina",
        "Members of Los Menores shot a shopkeeper in Rosario, prosecutors said.",
        (("Los Menores", "armed_group"),),
    ),
    (
        "gangs",
        "Ecuador",
        "Los Choneros and Los Lobos fought inside the prison in Guayaquil.",
        (("Los Choneros", "armed_group"), ("Los Lobos", "armed_group")),
    ),
    (
        "gangs",
        "Mexico",
        "Los Viagras set fire to two lorries on the highway in Michoacán.",
        (("Los Viagras", "armed_group"),),
    ),
    (
        "gangs",
        "Jamaica",
        "The Clansman gang was blamed for the killing of three men in Spanish Town.",
        (("Clansman gang", "armed_group"),),
    ),
    (
        "gangs",
        "Haiti",
        "The 400 Mawozo gang kidnapped five nuns on the road to Croix-des-Bouquets.",
        (("400 Mawozo gang", "armed_group"),),
    ),
    (
        "gangs",
        "Nigeria",
        "Police said members of the Eiye and Aiye cults clashed in Ikorodu, leaving four dead.",
        (("Eiye", "armed_group"), ("Aiye", "armed_group")),
    ),
    (
        "gangs",
        "Nigeria",
        "The Black Axe cult was blamed for the murder of a student in Benin City.",
        (("Black Axe", "armed_group"),),
    ),
    (
        "gangs",
        "Ethiopia",
        "A Zemene famo gang robbed miners near the border town.",
        (("Zemene famo gang", "armed_group"),),
    ),
    (
        "gangs",
        "South Africa",
        "The Mongrels gang shot dead two teenagers in Hanover Park.",
        (("Mongrels gang", "armed_group"),),
    ),
    (
        "gangs",
        "Papua New Guinea",
        "Fighters of the Ipili and Paiela clans burned houses near Porgera.",
        (("Ipili", "militia"), ("Paiela", "militia")),
    ),
    (
        "gangs",
        "Somalia",
        "Clashes between the Habar Gidir and Abgaal clans killed six people in Mudug.",
        (("Habar Gidir", "militia"), ("Abgaal", "militia")),
    ),
    (
        "gangs",
        "Kenya",
        "The Mungiki sect attacked matatu drivers in Nakuru.",
        (("Mungiki", "armed_group"),),
    ),
    (
        "gangs",
        "Honduras",
        "Barrio 18 members killed a bus driver who refused to pay extortion.",
        (("Barrio 18", "armed_group"),),
    ),
    (
        "gangs",
        "Colombia",
        "The Clan del Golfo imposed a curfew in villages of Bolívar.",
        (("Clan del Golfo", "armed_group"),),
    ),
    (
        "gangs",
        "Indonesia",
        "Members of the Pagar Nusa martial arts group attacked a rival school in Jember.",
        (("Pagar Nusa", "militia"),),
    ),
    (
        "gangs",
        "Ghana",
        "Youths of the Konkomba and Chokosi groups clashed at Chereponi.",
        (("Konkomba", "militia"), ("Chokosi", "militia")),
    ),
    # 4. units and task forces
    (
        "units",
        "Pakistan",
        "The Counter Terrorism Department said it killed four militants in a raid near Dera Ismail Khan.",
        (("Counter Terrorism Department", "state_forces"),),
    ),
    (
        "units",
        "Bangladesh",
        "The Rapid Action Battalion detained six men in Cox's Bazar.",
        (("Rapid Action Battalion", "state_forces"),),
    ),
    (
        "units",
        "Indonesia",
        "The Fourth Military Regional Command sent troops to the district after the attack.",
        (("Fourth Military Regional Command", "state_forces"),),
    ),
    (
        "units",
        "Indonesia",
        "The Nemangkawi task force said two rebels died in the firefight in Intan Jaya.",
        (("Nemangkawi task force", "state_forces"),),
    ),
    (
        "units",
        "Nigeria",
        "Troops of Operation Hadin Kai killed 12 insurgents near Bama.",
        (("Operation Hadin Kai", "state_forces"),),
    ),
    (
        "units",
        "Sri Lanka",
        "The Special Task Force raided a house in Batticaloa.",
        (("Special Task Force", "state_forces"),),
    ),
    (
        "units",
        "Philippines",
        "The 3rd Infantry Division said its soldiers clashed with rebels in Negros Oriental.",
        (("3rd Infantry Division", "state_forces"),),
    ),
    (
        "units",
        "Thailand",
        "The Fourth Army Region said a ranger was wounded by a bomb in Narathiwat.",
        (("Fourth Army Region", "state_forces"),),
    ),
    (
        "units",
        "India",
        "The Special Operations Group killed two militants in an encounter in Kupwara.",
        (("Special Operations Group", "state_forces"),),
    ),
    (
        "units",
        "Kenya",
        "The General Service Unit repulsed an attack on its camp in Lamu.",
        (("General Service Unit", "state_forces"),),
    ),
    (
        "units",
        "Mozambique",
        "The Rwandan Defence Force said it recaptured the town of Mocímboa.",
        (("Rwandan Defence Force", "state_forces"),),
    ),
    (
        "units",
        "Iraq",
        "The Falcons Intelligence Cell arrested an Islamic State financier in Anbar.",
        (("Falcons Intelligence Cell", "state_forces"),),
    ),
    (
        "units",
        "Burkina Faso",
        "The Rapid Intervention Brigade freed 20 hostages near Djibo.",
        (("Rapid Intervention Brigade", "state_forces"),),
    ),
    (
        "units",
        "Cameroon",
        "Soldiers of the Rapid Intervention Battalion burned homes in Mamfe, residents said.",
        (("Rapid Intervention Battalion", "state_forces"),),
    ),
    (
        "units",
        "Mexico",
        "The Agencia de Investigación Criminal arrested the leader of a kidnapping ring.",
        (("Agencia de Investigación Criminal", "state_forces"),),
    ),
    # 5. party wings, unions, churches, movements
    (
        "wings",
        "Bangladesh",
        "Chhatra Dal activists clashed with police at Dhaka University.",
        (("Chhatra Dal", "political"),),
    ),
    (
        "wings",
        "Bangladesh",
        "Leaders of the Jubo League attacked a rally of the opposition in Feni.",
        (("Jubo League", "political"),),
    ),
    (
        "wings",
        "South Africa",
        "The ANC Youth League said its members would march to the police station.",
        (("ANC Youth League", "political"),),
    ),
    (
        "wings",
        "Zimbabwe",
        "ZANU-PF youth militia beat opposition supporters in Mashonaland.",
        (("ZANU-PF", "political"),),
    ),
    (
        "wings",
        "Nigeria",
        "The Nigeria Labour Congress called a strike after the fuel price rise.",
        (("Nigeria Labour Congress", "ngo"),),
    ),
    (
        "wings",
        "Eswatini",
        "The Trade Union Congress of Eswatini said two of its members were detained.",
        (("Trade Union Congress of Eswatini", "ngo"),),
    ),
    (
        "wings",
        "Colombia",
        "The Central Unitaria de Trabajadores said a union leader was killed in Antioquia.",
        (("Central Unitaria de Trabajadores", "ngo"),),
    ),
    (
        "wings",
        "Nicaragua",
        "The Catholic diocese of Matagalpa said a priest had been arrested.",
        (("Catholic diocese of Matagalpa", "ngo"),),
    ),
    (
        "wings",
        "Nigeria",
        "The Catholic Diocese of Makurdi said gunmen killed 14 worshippers.",
        (("Catholic Diocese of Makurdi", "ngo"),),
    ),
    (
        "wings",
        "Cameroon",
        "The Presbyterian Church in Cameroon said one of its pastors was kidnapped in Bamenda.",
        (("Presbyterian Church in Cameroon", "ngo"),),
    ),
    (
        "wings",
        "Burkina Faso",
        "The Episcopal Conference of Burkina Faso condemned the attack on a parish in Essakane.",
        (("Episcopal Conference of Burkina Faso", "ngo"),),
    ),
    (
        "wings",
        "Pakistan",
        "Tehreek-e-Labbaik Pakistan supporters blocked roads in Lahore.",
        (("Tehreek-e-Labbaik Pakistan", "political"),),
    ),
    (
        "wings",
        "Senegal",
        "The Pastef movement said 23 of its supporters were arrested.",
        (("Pastef", "political"),),
    ),
    (
        "wings",
        "Kenya",
        "The Kenya Union of Journalists condemned the beating of a reporter in Nairobi.",
        (("Kenya Union of Journalists", "ngo"),),
    ),
    # 6. weapons by a foreign maker
    (
        "weapons",
        "Ukraine",
        "Russian Shahed drones struck an energy plant in Odesa overnight.",
        (("Russian Shahed drones", "state_forces"),),
    ),
    (
        "weapons",
        "Syria",
        "A Turkish drone hit a car near Qamishli, killing two fighters.",
        (("Turkish drone", "state_forces"),),
    ),
    (
        "weapons",
        "Lebanon",
        "An Israeli drone strike killed a man on a motorbike in Bint Jbeil.",
        (("Israeli drone strike", "state_forces"),),
    ),
    (
        "weapons",
        "Sudan",
        "Emirati-made drones hit the airport in Port Sudan.",
        (("Emirati-made drones", "state_forces"),),
    ),
    (
        "weapons",
        "Yemen",
        "American warplanes bombed the port of Ras Isa.",
        (("American warplanes", "state_forces"),),
    ),
    (
        "weapons",
        "Russia",
        "Ukrainian drones attacked an oil depot in Bryansk.",
        (("Ukrainian drones", "state_forces"),),
    ),
    # 7. international bodies
    (
        "intl",
        "Mali",
        "MINUSMA said one of its patrols struck a mine near Kidal.",
        (("MINUSMA", "international_org"),),
    ),
    (
        "intl",
        "Somalia",
        "The African Union Transition Mission in Somalia said its troops repelled an attack.",
        (("African Union Transition Mission in Somalia", "international_org"),),
    ),
    (
        "intl",
        "Sudan",
        "The World Food Programme said a convoy was looted in Darfur.",
        (("World Food Programme", "international_org"),),
    ),
    (
        "intl",
        "Gaza",
        "UNRWA said a school sheltering families was hit in Gaza City.",
        (("UNRWA", "international_org"),),
    ),
    (
        "intl",
        "Mozambique",
        "The SADC Mission in Mozambique said its soldiers killed five insurgents.",
        (("SADC Mission in Mozambique", "international_org"),),
    ),
    (
        "intl",
        "Haiti",
        "The Multinational Security Support Mission said Kenyan police came under fire.",
        (("Multinational Security Support Mission", "international_org"),),
    ),
)


# Found with the right type (a mention overlapping the gold one), per category, measured
# on this commit; before the rules of this round: nhri 4/16, foreign_state 5/18, gangs
# 10/21, units 7/15, wings 6/14, weapons 4/6, intl 6/6 (42/96).
FLOORS = {
    "nhri": 15,
    "foreign_state": 18,
    "gangs": 14,
    "units": 14,
    "wings": 13,
    "weapons": 5,
    "intl": 6,
}


@pytest.fixture(scope="module")
def stress_scores() -> tuple[Counter, Counter]:
    found, total = Counter(), Counter()
    for category, _, text, gold in STRESS:
        for mention, kind in gold:
            total[category] += 1
            found[category] += typed_at(text, mention, kind)
    return found, total


def test_the_stress_set_has_its_gold_in_its_sentences_and_forty_countries():
    assert all(m in text for _, _, text, gold in STRESS for m, _ in gold)
    assert len({country for _, country, _, _ in STRESS}) >= 40
    assert len(STRESS) >= 80


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_each_category_of_the_stress_set_keeps_its_score(stress_scores, category):
    found, total = stress_scores
    assert found[category] >= FLOORS[category], f"{category}: {found[category]}/{total[category]}"


# --- 1. human-rights institutions: statutory ones are the state, private ones NGOs ---------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The Zambia Human Rights Commission said two inmates died after a beating in Kabwe.",
         "Human Rights Commission", "state"),
        ("The Commission on Human Rights of the Philippines sent a team to Samar.",
         "Commission on Human Rights", "state"),
        ("Komnas Perempuan said the women had been abused in detention in Jayapura.",
         "Komnas Perempuan", "state"),
        ("The Human Rights Commission of Pakistan said eight labourers were abducted.",
         "Human Rights Commission of Pakistan", "ngo"),
        ("The Kenya Human Rights Commission, a private group, said police shot two hawkers.",
         "Kenya Human Rights Commission", "ngo"),
    ],
)  # fmt: skip
def test_statutory_rights_commissions_are_state_and_private_ones_ngos(text, word, kind):
    assert _types(text, word) == {kind}


# --- 2. state bodies named head first, in other languages ----------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The Fiscalía General del Estado de Sonora found three bodies near Cajeme.",
         "Fiscalía General del Estado de Sonora", "state"),
        ("The Policía Nacional del Perú arrested four men after the attack in Pataz.",
         "Policía Nacional", "state_forces"),
        ("The Defensoría del Pueblo counted 11 social conflicts in Puno.",
         "Defensoría del Pueblo", "state"),
        ("The Procureur de la République de Bangui charged two soldiers.",
         "Procureur de la République", "state"),
        ("The Ministério Público de São Paulo charged six officers over the deaths.",
         "Ministério Público", "state"),
    ],
)  # fmt: skip
def test_a_head_first_state_body_is_read_whole(text, word, kind):
    assert _types(text, word) == {kind}


def test_a_title_before_a_persons_name_ends_no_head_first_body():
    found = types_of("Police Commissioner Amina Yusuf said two officers were hurt in Kano.")
    assert found.get("Amina Yusuf") == {"person"}


# --- 3. named gangs and clans -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Los Tiguerones attacked the prison in Esmeraldas.", "Los Tiguerones", "armed_group"),
        ("Members of Los Menores shot a driver in Rosario.", "Los Menores", "armed_group"),
        ("A Wollo famo gang looted a clinic near Dessie.", "Wollo famo gang", "armed_group"),
        ("Warriors from the Kaiap and Yanaitu clans burned a school in Enga.", "Kaiap",
         "militia"),
        ("Warriors from the Kaiap and Yanaitu clans burned a school in Enga.", "Yanaitu",
         "militia"),
        ("Gunmen of the Yambali clan raided a hamlet near Wabag.", "Yambali", "militia"),
    ],
)  # fmt: skip
def test_named_gangs_and_fighting_clans(text, word, kind):
    assert _types(text, word) == {kind}


def test_a_known_place_after_a_spanish_article_stays_a_place():
    assert "Los Angeles" not in types_of("Three men were shot dead in Los Angeles on Sunday.")


# --- 4. units and task forces -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Tinombala task force said it killed two militants in Poso.", "Tinombala"),
        ("The Third Army Region said a soldier was shot in Yala.", "Third Army Region"),
        ("The Counter Terrorism Department arrested five men in Quetta.",
         "Counter Terrorism Department"),
    ],
)  # fmt: skip
def test_named_units_and_task_forces_are_state_forces(text, word):
    assert _types(text, word) == {"state_forces"}


def test_an_area_named_department_stays_a_place():
    found = types_of("Troops of the Antioquia Department police command arrested him.")
    assert "Antioquia Department" not in found


# --- 5. wings, unions, churches -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Swechchhasebak Dal activists attacked a bus in Sylhet.", "Swechchhasebak Dal",
         "political"),
        ("The Ghana Trades Union Congress called a strike over the killing.",
         "Trades Union Congress", "ngo"),
        ("The Anglican Diocese of Jos said two of its pastors were abducted.", "Diocese of Jos",
         "ngo"),
    ],
)  # fmt: skip
def test_wings_unions_and_dioceses(text, word, kind):
    assert _types(text, word) == {kind}


# --- 6. a weapon named with its maker's people and its model -------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Turkish Bayraktar drones bombed a car near Qamishli.", "Turkish"),
        ("Iranian Mohajer drones hit a base near Erbil.", "Iranian"),
    ],
)  # fmt: skip
def test_a_demonym_and_a_model_name_on_a_weapon_are_the_forces(text, word):
    assert _types(text, word) == {"state_forces"}


@pytest.mark.parametrize(
    "text",
    [
        "The Human Rights Commission said it would visit the detainees.",
        "Police in Lusaka said the Human Rights Commission had asked for the post-mortem report.",
    ],
)
def test_a_keyword_word_that_is_also_a_town_names_no_country(text: str) -> None:
    """ "Human" is a town in Ukraine; "Human Rights Commission" is no Ukrainian body."""
    assert "Ukraine" not in actor_names(text)
