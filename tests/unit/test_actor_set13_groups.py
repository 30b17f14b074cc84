"""Groups named by a common noun, by the categories the thirteenth set showed (issue 13, HA17).

A stress set written gold first, in our own words, from 49 countries, before the package was
run on it: forces in a headline's few words ("Police fire on protesters"), civilians named
by their work (panners, porters, tappers, vaccinators), clans and communal groups who fight,
unidentified attackers told by description ("two men on a motorbike", "extortionists", "a
terrorist cell"), private security guards, and crowds typed by their deeds. Each row is
scored as the held-out sets score a gold actor: some mention overlapping the first
occurrence of the gold words has the gold type. Rows the rules still miss are strict xfails
(they fail the run when they start passing), with the reason. The guards below keep the same
nouns in their old type where the sentence says so.

Conventions (the READMEs of sets 11 and 13): private or company security guards are a
militia ("Private Security Forces (X)"); border and prison guards are state forces; people
named by their work who are shot, abducted or caught in a blast are civilians, and the same
people who block a road to protest are protesters, who burn a car rioters; a terrorist or
jihadist cell is an unidentified armed group.
"""

import pytest

import analysis
from tests.extraction_helpers import typed_at

# fmt: off
STRESS = [
    # 1. forces named by a common noun in a headline-like clause
    ("headline", "Student dies as police storm campus in Kumasi", "police", "state_forces"),
    ("headline", "Police fire on protesters in Lagos", "Police", "state_forces"),
    ("headline", "Troops shell villages near Kidal", "Troops", "state_forces"),
    ("headline", "Two killed as police raid slum in Nairobi", "police", "state_forces"),
    ("headline", "Soldiers raid market in Goma, three dead", "Soldiers", "state_forces"),
    ("headline", "Boy shot dead after police raid in Port-au-Prince", "police", "state_forces"),
    ("headline", "Riot police storm opposition headquarters in Tbilisi", "Riot police", "state_forces"),
    ("headline", "Gendarmes fire on motorcyclists in Bamenda", "Gendarmes", "state_forces"),
    ("headline", "Army shells hamlets in Shan State, four killed", "Army", "state_forces"),
    ("headline", "Teenager hurt as soldiers fire on crowd in Conakry", "soldiers", "state_forces"),
    ("headline", "Police teargas students in Kampala", "Police", "state_forces"),
    ("headline", "Woman killed as troops shell border town in Tigray", "troops", "state_forces"),
    ("headline", "Police shoot two suspects in Kingston", "Police", "state_forces"),
    ("headline", "Youths torch police post in Kisumu after arrest", "police", "state_forces"),
    ("headline", "Protesters stone police station in Sylhet", "police", "state_forces"),
    # 2. civilians named by what they do
    ("occupation", "Gunmen shot dead four gold panners at a camp near Kenieba, Mali.",
     "gold panners", "civilians"),
    ("occupation", "Turkish border guards shot two porters who were carrying tea across the "
     "border near Semdinli, Turkey.", "porters", "civilians"),
    ("occupation", "Militants opened fire on tea pickers at an estate in Tinsukia, India.",
     "tea pickers", "civilians"),
    ("occupation", "A bomb exploded among mourners at a burial in Quetta, Pakistan.",
     "mourners", "civilians"),
    ("occupation", "Rebels abducted seven road workers near Beni, DR Congo.", "road workers",
     "civilians"),
    ("occupation", "Suspected jihadists killed six cattle traders on the road to Djibo, "
     "Burkina Faso.", "cattle traders", "civilians"),
    ("occupation", "Two shepherds were killed by a landmine near Kunduz, Afghanistan.",
     "shepherds", "civilians"),
    ("occupation", "Pirates attacked boatmen on the Niger Delta creeks near Bonny, Nigeria.",
     "boatmen", "civilians"),
    ("occupation", "Armed men kidnapped three engineers from a dam site in Zamfara, Nigeria.",
     "engineers", "civilians"),
    ("occupation", "Gunmen killed two polio vaccinators in Bajaur, Pakistan.", "vaccinators",
     "civilians"),
    ("occupation", "Four rubber tappers were hacked to death in Yala, Thailand.",
     "rubber tappers", "civilians"),
    ("occupation", "Al-Shabaab fighters killed five charcoal traders near Jowhar, Somalia.",
     "charcoal traders", "civilians"),
    ("occupation", "Unknown attackers shot dead three parishioners outside a church in Ondo, "
     "Nigeria.", "parishioners", "civilians"),
    ("occupation", "Bandits abducted 12 motorcycle taxi riders near Kaduna, Nigeria.",
     "motorcycle taxi riders", "civilians"),
    ("occupation", "Gang members shot two bus drivers who refused to pay in Tegucigalpa, "
     "Honduras.", "bus drivers", "civilians"),
    ("occupation", "Mortar fire struck a group of cotton harvesters near Ouham, Central African "
     "Republic.", "cotton harvesters", "civilians"),
    ("occupation", "The militia killed two hunters and a beekeeper near Yei, South Sudan.",
     "beekeeper", "civilians"),
    ("occupation", "Gunmen killed five artisanal miners at a pit near Mongbwalu, DR Congo.",
     "artisanal miners", "civilians"),
    ("occupation", "Several fishermen were abducted by pirates off Cabo Delgado, Mozambique.",
     "fishermen", "civilians"),
    ("occupation", "Three election workers were shot dead in Kandahar, Afghanistan.",
     "election workers", "civilians"),
    ("occupation", "Gunmen killed two nuns and a driver near Mbalmayo, Cameroon.", "nuns",
     "civilians"),
    ("occupation", "Militants killed four construction labourers in Waziristan, Pakistan.",
     "construction labourers", "civilians"),
    ("occupation", "Soldiers shot dead three smugglers' porters near Lake Urmia, Iran.",
     "porters", "civilians"),
    ("occupation", "Two paramedics were wounded when an ambulance was shelled in Kherson, "
     "Ukraine.", "paramedics", "civilians"),
    ("occupation", "A drone strike killed six date farmers near Marib, Yemen.", "date farmers",
     "civilians"),
    ("occupation", "Jihadists abducted four schoolteachers in Tillaberi, Niger.",
     "schoolteachers", "civilians"),
    ("occupation", "Gunmen opened fire on street vendors in Guayaquil, Ecuador.",
     "street vendors", "civilians"),
    ("occupation", "Unidentified men killed three goldsmiths in Sikasso, Mali.", "goldsmiths",
     "civilians"),
    # guards for category 2: the same people who riot or protest keep the deed type
    ("occupation", "Hundreds of gold panners blocked the road to the mine to protest the "
     "closure in Bobo-Dioulasso, Burkina Faso.", "gold panners", "protesters"),
    ("occupation", "Mourners set fire to a police car after the funeral in Soweto, South "
     "Africa.", "Mourners", "rioters"),
    # 3. clans and communal groups who fight
    ("clans", "Fighting between the Ipili and Hela clans left eleven men dead near Porgera, "
     "Papua New Guinea.", "Hela clans", "militia"),
    ("clans", "The Garre and Degodia clans clashed over a borehole near Mandera, Kenya.",
     "Degodia clans", "militia"),
    ("clans", "Two rival clans fought with spears and rifles near Kapoeta, South Sudan.",
     "clans", "militia"),
    ("clans", "Gunmen from two feuding clans exchanged fire in Dhamar, Yemen.", "clans",
     "militia"),
    ("clans", "Two groups of villagers fought with sticks and stones over a boundary in "
     "Nkhotakota, Malawi.", "Two groups of villagers", "rioters"),
    ("clans", "Two groups of farmers fought with machetes over a plot near Abengourou, "
     "Ivory Coast.", "Two groups of farmers", "rioters"),
    ("clans", "Hausa and Yoruba traders fought with sticks in the market at Shasha, Nigeria.",
     "traders", "rioters"),
    ("clans", "Tribal fighters from the Shammar tribe attacked a checkpoint near Rabia, Iraq.",
     "Tribal fighters", "militia"),
    ("clans", "Armed tribesmen stormed the district office in Shabwa, Yemen.",
     "Armed tribesmen", "militia"),
    ("clans", "Nuer youths attacked a cattle camp near Akobo, South Sudan.", "Nuer youths",
     "militia"),
    ("clans", "Two groups of settlers fought with bush knives in Lae, Papua New Guinea.",
     "Two groups of settlers", "rioters"),
    ("clans", "Armed Dogon hunters killed twelve people in a village near Bandiagara, Mali.",
     "Armed Dogon hunters", "militia"),
    # 4. unidentified attackers told by description
    ("unidentified", "Two men on a motorcycle shot dead a journalist in Culiacan, Mexico.",
     "Two men on a motorcycle", "unidentified_armed_group"),
    ("unidentified", "Extortionists threw a grenade into a bus depot in Lima, Peru.",
     "Extortionists", "unidentified_armed_group"),
    ("unidentified", "A terrorist cell planned the bombing of a bus in Mombasa, Kenya, police said.",
     "terrorist cell", "unidentified_armed_group"),
    ("unidentified", "Arsonists set fire to a mosque in Ouagadougou, Burkina Faso.",
     "Arsonists", "unidentified_armed_group"),
    ("unidentified", "Kidnappers seized a priest near Enugu, Nigeria.", "Kidnappers",
     "unidentified_armed_group"),
    ("unidentified", "Armed robbers killed a shopkeeper in Abidjan, Ivory Coast.",
     "Armed robbers", "unidentified_armed_group"),
    ("unidentified", "Hitmen shot dead a councillor in Durban, South Africa.", "Hitmen",
     "unidentified_armed_group"),
    ("unidentified", "Three men armed with machetes attacked a family in Bukavu, DR Congo.",
     "men", "unidentified_armed_group"),
    ("unidentified", "Cattle rustlers killed two herders near Ihosy, Madagascar.",
     "Cattle rustlers", "unidentified_armed_group"),
    ("unidentified", "Carjackers shot a driver in Port Moresby, Papua New Guinea.",
     "Carjackers", "unidentified_armed_group"),
    ("unidentified", "A jihadist cell attacked a checkpoint in Ben Guerdane, Tunisia.",
     "jihadist cell", "unidentified_armed_group"),
    ("unidentified", "Hired killers murdered a land activist in Cauca, Colombia.",
     "Hired killers", "unidentified_armed_group"),
    ("unidentified", "Unknown assailants threw a petrol bomb at a school in Mardan, Pakistan.",
     "Unknown assailants", "unidentified_armed_group"),
    ("unidentified", "Highway robbers ambushed a convoy of traders near Garoua, Cameroon.",
     "Highway robbers", "unidentified_armed_group"),
    # 5. guards
    ("guards", "Security guards at a gold mine shot dead two intruders near Geita, Tanzania.",
     "Security guards", "militia"),
    ("guards", "A private security firm hired by the plantation clashed with villagers in "
     "Jambi, Indonesia.", "private security firm", "militia"),
    ("guards", "Company security guards fired on residents near the nickel smelter in Sulawesi, "
     "Indonesia.", "Company security guards", "militia"),
    ("guards", "Mine security guards beat two artisanal miners in Mwanza, Tanzania.",
     "Mine security guards", "militia"),
    ("guards", "Prison guards shot dead an inmate during a riot in Guayaquil, Ecuador.",
     "Prison guards", "state_forces"),
    ("guards", "Kazakh border guards detained three men near the border in Kazakhstan.",
     "Kazakh border guards", "state_forces"),
    ("guards", "A private security company's guards shot a trespasser in Marange, Zimbabwe.",
     "private security company", "militia"),
    # 6. rioters vs protesters vs civilians
    ("crowds", "Angry youths set fire to a police station in Brikama, Gambia.",
     "Angry youths", "rioters"),
    ("crowds", "Angry residents burned a suspected thief's house in Goma, DR Congo.",
     "residents", "rioters"),
    ("crowds", "Miners who clashed with police at the pit injured four officers in Obuasi, "
     "Ghana.", "Miners", "rioters"),
    ("crowds", "Villagers who blocked the highway to protest a land grab were dispersed in "
     "Kampong Chhnang, Cambodia.", "Villagers", "protesters"),
    ("crowds", "Traders marched to the town hall to protest new taxes in Bouake, Ivory Coast.",
     "Traders", "protesters"),
    ("crowds", "Students who were blocking the campus gate were beaten by police in Dhaka, "
     "Bangladesh.", "Students", "protesters"),
    ("crowds", "Protesters who were blocking the road clashed with police in Cochabamba, "
     "Bolivia.", "Protesters", "rioters"),
    ("crowds", "Fishermen demanding compensation blocked the port in Mbour, Senegal.",
     "Fishermen", "protesters"),
    ("crowds", "Farmers stormed the district office and smashed windows in Anantapur, India.",
     "Farmers", "rioters"),
    ("crowds", "Motorcycle taxi drivers went on strike and blocked roads in Kinshasa, DR Congo.",
     "Motorcycle taxi drivers", "protesters"),
    ("crowds", "Residents fled when gunmen attacked the village in Zamfara, Nigeria.",
     "Residents", "civilians"),
    ("crowds", "Nurses marched peacefully to parliament in Harare, Zimbabwe.", "Nurses",
     "protesters"),
    ("crowds", "A crowd of youths looted shops and burned cars in Antananarivo, Madagascar.",
     "crowd of youths", "rioters"),
]
# fmt: on

# Rows the rules still miss, and why (strict: a row that starts passing fails the run).
MISSED = {
    "The militia killed two hunters and a beekeeper near Yei, South Sudan.":
        "a singular occupation noun the table lacks: no rule reads an unknown noun as a person",
    "Two paramedics were wounded when an ambulance was shelled in Kherson, Ukraine.":
        "medics are left out of the table: reports cite them as sources, and the perpetrator "
        "rules then read them as a party (incident benchmark, perpetrator 133 -> 130)",
    "Protesters who were blocking the road clashed with police in Cochabamba, Bolivia.":
        "set 13 keeps road-blocking protesters who clash with police protesters; our gold said rioters",
    "Farmers stormed the district office and smashed windows in Anantapur, India.":
        "farmers who storm a building are read as a communal militia before a crowd's deed",
}  # fmt: skip


@pytest.mark.parametrize(
    ("category", "text", "mention", "gold"),
    [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=MISSED[row[1]]))
        if row[1] in MISSED
        else row
        for row in STRESS
    ],
)
def test_stress_set_row(category, text, mention, gold):
    assert typed_at(text, mention, gold), category


def test_stress_set_is_broad():
    countries = {text.rstrip(".").split(", ")[-1] for _, text, _, _ in STRESS if ", " in text}
    assert len(STRESS) >= 80 and len(countries) >= 30
    assert all(mention in text for _, text, mention, _ in STRESS)


# --- guards: the same nouns where the sentence makes them no party or another type -----------


@pytest.mark.parametrize(
    "text",
    [
        # (not "a police raid": a force's own deed names the force, generic/headlines.force_event)
        "The report describes a police storm of criticism in Accra, Ghana.",
    ],
)
def test_a_force_noun_inside_a_noun_phrase_is_no_headline_doer(text):
    found = analysis.extract_actors(text)
    assert "police" not in set(found["mention"])


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorcycle were shot by police in Cali, Colombia.",
        "Two men in a car shot by police died in Kingston, Jamaica.",
        "Two men killed in the attack on the market were buried in Gao, Mali.",
        "Police arrested two men in a car carrying rifles in Guayaquil, Ecuador.",
    ],
)
def test_men_told_by_their_vehicle_who_are_shot_are_no_party(text):
    found = analysis.extract_actors(text)
    assert "men" not in " ".join(found["mention"])


@pytest.mark.parametrize(
    "text",
    [
        "A 25-year-old man died in a prison cell in Banjul, Gambia.",
        "A police cell in Kisumu, Kenya, was flooded.",
        "The phone network in Herat, Afghanistan, was down for a day.",
    ],
)
def test_a_cell_or_network_of_no_armed_kind_is_no_party(text):
    found = analysis.extract_actors(text)
    assert not any(w in m for m in found["mention"] for w in ("cell", "network"))


@pytest.mark.parametrize(
    ("text", "mention", "gold"),
    [
        ("Prison guards fired on inmates who tried to escape in Lilongwe, Malawi.",
         "Prison guards", "state_forces"),
        ("Uzbek border guards detained a shepherd near Termez, Uzbekistan.",
         "Uzbek border guards", "state_forces"),
        ("Dock workers marched to the port authority to demand unpaid wages in Tema, Ghana.",
         "Dock workers", "protesters"),
        ("Angry porters set fire to a customs post in Malaba, Uganda.", "porters", "rioters"),
    ],
)  # fmt: skip
def test_the_same_nouns_keep_the_type_their_deed_or_employer_gives(text, mention, gold):
    assert typed_at(text, mention, gold)


# --- people who "were" shot dead, with the "were" dropped: victims, not killers ---------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Four cattle traders shot dead near Garissa", "cattle traders"),
        ("Two bus passengers burned to death as gunmen torch coach in Borno", "bus passengers"),
        ("Three farmers hacked to death in Mokwa, Nigeria", "farmers"),
        ("Six mourners shot dead at a wake in Port-de-Paix, Haiti", "mourners"),
    ],
)
def test_people_shot_dead_without_were_are_civilians(text, mention):
    assert typed_at(text, mention, "civilians")


def test_people_who_shoot_others_dead_keep_their_deed():
    text = "Herders shot dead two farmers near Lafia, Nigeria."
    assert typed_at(text, "Herders", "militia")
    assert typed_at(text, "farmers", "civilians")


# --- a people's gunmen and clans who fight: each people named is a militia ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Renewed fighting between Hema and Lendu gunmen left nine dead in Djugu, DR Congo.",
         "Hema"),
        ("Tribal fighting between the Kaiap and Yakani clans left 12 dead in Enga, Papua New "
         "Guinea.", "Kaiap"),
        ("Police said Shinwari tribesmen clashed with Afridi tribesmen in Khyber, Pakistan.",
         "Afridi"),
        ("Bedouin fighters and Druze gunmen traded fire near Suwayda, Syria.", "Druze"),
    ],
)  # fmt: skip
def test_a_peoples_gunmen_or_clans_who_fight_are_its_militia(text, name):
    assert typed_at(text, name, "militia")


@pytest.mark.parametrize(
    "text",
    [
        "Mexican gunmen killed two police officers in Sonora, Mexico.",
        "Unknown gunmen killed a chief in Anambra, Nigeria.",
    ],
)
def test_gunmen_of_a_country_or_of_no_people_stay_unidentified(text):
    assert typed_at(text, "gunmen", "unidentified_armed_group")
