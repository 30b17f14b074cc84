"""Places never actors on text nobody tuned for: a second stress set of our own (issue 13, round 14).

120 sentences of event reports and local news from 50 countries (most of them not in the
first stress set, `test_places_set12_categories.py`), each with a place in a role where the
model mislabels it, in twelve categories: (a) a country or a capital named only as a
location, as the owner of an office or a part of itself ("Moldova's police chief", "Dhaka's
Mirpur area"), as the subject of a verb that does not act ("Kyrgyzstan has seen", "Maputo was
quiet"), in a list, a dateline or a headline; (b) estates and numbered parts of towns ("X
Stage 4", "Extension 12", "Site C"), barrios named after a person, coasts and regions
("Grande Côte", "Copperbelt"), multi-word Albanian, Slavic, Malay and Filipino villages and
towns that are also given names or surnames; (c) places beside actors that hold a place.
The gold (which strings are places, which countries act) was written before the package
ran on them. The tests ask that no place comes back as an actor mention of its own (a
"whole" leak); outside the possessor and headline categories no actor mention may overlap
the place either. Sentences the package still gets wrong are xfail with the reason.

Measured with the same sentences as a script (whole / overlapping leaks of 162 places):
9 / 15 before this round's rules, 2 / 8 after. The rules, each with its controls below:
1. a country or a town that has seen clashes, fighting or battles ("Libya has seen heavy
   clashes"): the clash words of `data/incident_terms.csv` are violence a place saw; "saw
   the clashes as a provocation" is a view, and stays the state's;
2. a country or a town in a state a place is in ("Bolivia remains tense", "Maputo was
   quiet"): `data/place_words.csv`, kind `place_state`; "quiet about the raid" stays;
3. a numbered part of a town ("Morata Stage 4", "Erima Phase 2"): a name, a word of kind
   `subdivision` and a number or a letter; a body's name before the word is not one;
4. a barrio named after a person ("the José Martí barrio"): "barrio" is a feature word;
5. a land or a town that owns an officer of a force ("Malawi's army commander said", "the
   Dushanbe police spokesman"): the force is the actor, the land is where it serves;
6. a name that qualifies a route ("the Flor del Campo route"): "route" is a feature word;
   and a name after "to" hung on a feature word ("the entrance to Kalinzi"): a place (most
   such phrasings were already right; "gate" and "entrance" are feature words).
"""

import pytest

from analysis.parse.places import is_place
from tests.extraction_helpers import actors_holding, actors_of, types_holding

# (text, the places in it that must not come back as actors), one list per category
LOCATION = [
    ('Two opposition activists were beaten by unknown men in Tbilisi on Saturday night.', ['Tbilisi']),
    ('Riot police detained 40 protesters outside parliament in Yerevan.', ['Yerevan']),
    ('Hundreds of families fled across the border into Malawi after the attack.', ['Malawi']),
    ('Three traders from Zambia were robbed and shot near the border post.', ['Zambia']),
    ('Migrants travelling from Guinea were found dead in the desert near Agadez.', ['Guinea', 'Agadez']),
    ('A journalist was arrested at the airport in Dushanbe as she returned from Moscow.', ['Dushanbe', 'Moscow']),
    ('Two students were stabbed to death in Bishkek after a brawl outside a cafe.', ['Bishkek']),
    ('Gunmen shot dead a money changer in Antananarivo on Friday, police said.', ['Antananarivo']),
    ('The wounded were flown to Lilongwe for treatment, the district health officer said.', ['Lilongwe']),
    ('Soldiers killed two suspected smugglers on the border with Bolivia.', ['Bolivia']),
    ('Two Nepali workers were killed in a rocket attack while working in Israel.', ['Israel']),
    ('Protesters were shot dead in Nouakchott after the election results were announced.', ['Nouakchott']),
    ('Two men were hacked to death in Port Vila after a quarrel at a kava bar.', ['Port Vila']),
    ('Three men were shot dead at a bar in Belize City on Sunday.', ['Belize City']),
    ('Jordanian police said a man was stabbed in Zarqa on Friday.', ['Zarqa']),
]  # fmt: skip

POSSESSOR = [
    ("Georgia's interior ministry said 15 officers were hurt in the clashes.", ['Georgia']),
    ("Armenia's health ministry said two soldiers died of their wounds overnight.", ['Armenia']),
    ("A grenade exploded in Dhaka's Mirpur area, wounding six people.", ['Dhaka', 'Mirpur']),
    ("Police raided a house in Harare's Mbare suburb and arrested five men.", ['Harare', 'Mbare']),
    ("Two vendors were shot in Lusaka's Kanyama compound on Monday.", ['Lusaka', 'Kanyama']),
    ("Rwanda's foreign ministry rejected the accusation in a statement.", ['Rwanda']),
    pytest.param("Burundi's ruling party youth wing was accused of beating two teachers.", ['Burundi'], marks=pytest.mark.xfail(reason="a country owning a party's wing: no part of the phrase is found as an actor of its own, so the country stays the only actor (the wing is HA16's/HA17's to find)")),
    ("A blast in Tashkent's Chilanzar district killed a security guard.", ['Tashkent', 'Chilanzar']),
    ("Moldova's police chief said the two suspects had fled abroad.", ['Moldova']),
    ("Gunfire was heard in Conakry's Ratoma suburb as protesters blocked roads.", ['Conakry', 'Ratoma']),
    ("Police fired tear gas in Kathmandu's Baneshwor area, injuring 18 protesters.", ['Kathmandu', 'Baneshwor']),
    ("Morocco's royal gendarmerie arrested six men over the killing of a tourist.", ['Morocco']),
    ("Guyana's police commissioner said three miners were shot near the Venezuelan border.", ['Guyana']),
    ("Gunmen killed two people in Port of Spain's Laventille area overnight.", ['Port of Spain', 'Laventille']),
]  # fmt: skip

NON_ACTING = [
    pytest.param('Kyrgyzstan has seen three deadly border clashes with Tajikistan since 2021.', ['Kyrgyzstan', 'Tajikistan'], marks=pytest.mark.xfail(reason="the other side of border clashes ('clashes with Tajikistan') reads as a party; the gold calls it only where the clashes were")),
    ('Freetown was calm on Sunday after two days of rioting, residents said.', ['Freetown']),
    ('Bolivia remains tense after the arrest of the opposition governor.', ['Bolivia']),
    ('Maputo was quiet on Thursday, a day after police shot dead four protesters.', ['Maputo']),
    ('Togo has experienced a wave of jihadist attacks in its far north since 2022.', ['Togo']),
    ('Eswatini has been gripped by unrest since pro-democracy protests began.', ['Eswatini']),
    ('Nicaragua has witnessed mass arrests of priests and students this year.', ['Nicaragua']),
    ('Bamako lies 300 km from the nearest front line, yet fear has grown there.', ['Bamako']),
    ('Colombo was tense after two people were shot dead at a rally.', ['Colombo']),
    ('Maseru has been rocked by a wave of famo gang killings this year.', ['Maseru']),
    ('Ulaanbaatar was hit by protests over coal exports for a second week.', ['Ulaanbaatar']),
]  # fmt: skip

LIST = [
    ('Protests spread to Lusaka, Ndola and Kitwe, where police fired tear gas.', ['Lusaka', 'Ndola', 'Kitwe']),
    ('Curfews were imposed in Gisenyi, Ruhengeri and Cyangugu after the attacks.', ['Gisenyi', 'Ruhengeri', 'Cyangugu']),
    ('Flights to Tbilisi, Yerevan and Baku were suspended during the fighting.', ['Tbilisi', 'Yerevan', 'Baku']),
    ('Refugees have reached Senegal, Gambia and Guinea-Bissau since the clashes began.', ['Senegal', 'Gambia', 'Guinea-Bissau']),
    ('Arrests were made in Osh, Jalal-Abad and Batken regions overnight.', ['Osh', 'Jalal-Abad', 'Batken']),
    ('Police reinforcements were sent to Mzuzu, Karonga and Chitipa.', ['Mzuzu', 'Karonga', 'Chitipa']),
    ('Bus services between Freetown, Bo and Kenema were halted on Monday.', ['Freetown', 'Bo', 'Kenema']),
    ('Soldiers were deployed to Abidjan, Bouaké and Korhogo ahead of the vote.', ['Abidjan', 'Bouaké', 'Korhogo']),
]  # fmt: skip

DATELINE = [
    ('LUSAKA — Police shot dead a man suspected of robbing a bank in the city centre on Tuesday.', ['LUSAKA']),
    ('HARARE, Zimbabwe — Soldiers beat up vendors at a market, witnesses said.', ['HARARE', 'Zimbabwe']),
    ('YEREVAN (Reuters) — Two Armenian soldiers were killed by Azerbaijani fire overnight.', ['YEREVAN']),
    ('FREETOWN — Six people died when police broke up a protest over fuel prices.', ['FREETOWN']),
    ('BUJUMBURA, Aug 4 — Gunmen killed three people in a bar in the capital.', ['BUJUMBURA']),
    ('ASUNCIÓN — A police officer was killed in a shootout with smugglers on Sunday.', ['ASUNCIÓN']),
    ('SANTO DOMINGO — Two men were shot dead in a dispute at a cockfight.', ['SANTO DOMINGO']),
    ('LOMÉ — Security forces arrested 12 people after a protest in the capital.', ['LOMÉ']),
    ('DILI, Timor-Leste — Martial arts gangs clashed in the suburb of Becora, leaving one dead.', ['DILI', 'Timor-Leste', 'Becora']),
]  # fmt: skip

HEADLINE = [
    ('Kanyama demolition protest turns deadly\nA man died after police fired on residents resisting the demolition of their homes.', ['Kanyama']),
    ('Mbare market fire: two dead\nTwo traders died when a fire swept through the market on Sunday night.', ['Mbare']),
    ('Bishkek bar shooting leaves one dead\nA man was shot dead in a bar on Saturday, police said.', ['Bishkek']),
    ("Two killed in Chitungwiza land clash\nTwo men died when rival land barons' supporters clashed on Monday.", ['Chitungwiza']),
    ('Soyapango curfew after gang killing\nAuthorities imposed a curfew after a bus driver was killed.', ['Soyapango']),
    ('Tembisa taxi rank shooting: four dead\nFour men were shot dead at a taxi rank on Friday.', ['Tembisa']),
    ('Osh market brawl\nOne man was killed and three were hurt in a brawl between traders.', ['Osh']),
    ('Becora gang clash: youth killed\nA 19-year-old died after rival martial arts groups fought on Saturday.', ['Becora']),
]  # fmt: skip

ESTATE = [
    ('Two men were stabbed to death in Tembisa Extension 4 on Saturday night.', ['Tembisa Extension 4']),
    ('A woman was shot dead in Diepsloot Extension 12 during a protest over electricity.', ['Diepsloot Extension 12']),
    ('Residents of Khayelitsha Site C said gunmen killed three people in a shebeen.', ['Khayelitsha Site C']),
    ('Police found two bodies at Waigani Block C on Monday morning.', ['Waigani Block C']),
    ('A security guard was killed in a robbery at Mabvuku Phase 3, police said.', ['Mabvuku Phase 3']),
    ('Fighting between settlers at Morata Stage 4 left one man dead.', ['Morata Stage 4']),
    ('Gangsters torched a house in Mitchells Plain Section 2 after a shooting.', ['Mitchells Plain Section 2']),
    ('Three people were hurt when police cleared kiosks in Kawangware 46.', ['Kawangware 46']),
    ('Unknown men shot a councillor in Glen View 8 on Wednesday.', ['Glen View 8']),
    ("Two security guards were shot at Honiara's White River Phase 2 settlement.", ['Honiara', 'White River Phase 2']),
]  # fmt: skip

BARRIO = [
    ('A bus driver was shot dead in Colonia Emiliano Zapata on Tuesday morning.', ['Colonia Emiliano Zapata']),
    ('Gang members killed a shopkeeper in the Ricardo Brugada neighbourhood of Asunción.', ['Ricardo Brugada', 'Asunción']),
    ('Police raided the José Martí barrio and detained 11 suspected gang members.', ['José Martí']),
    ('Two youths were shot in Ciudad Sandino, west of Managua, on Friday.', ['Ciudad Sandino', 'Managua']),
    ('A taxi driver was murdered in the Ernesto Che Guevara sector of Santo Domingo Este.', ['Ernesto Che Guevara', 'Santo Domingo Este']),
    ('Soldiers patrolled the Simón Bolívar neighbourhood after three men were killed.', ['Simón Bolívar']),
    ('A teacher was stabbed in the Juan Pablo II settlement in El Alto.', ['Juan Pablo II', 'El Alto']),
    ('Gunmen opened fire at a party in Barrio Francisco Morazán, wounding four.', ['Barrio Francisco Morazán']),
]  # fmt: skip

COAST = [
    ('Fishermen on the Grande Côte said two pirogues were seized by coastguards.', ['Grande Côte']),
    ('Smugglers use the Wild Coast to move stolen cattle, police said.', ['Wild Coast']),
    ('Three miners were killed in a rockfall on the Copperbelt on Tuesday.', ['Copperbelt']),
    ('Bandits have attacked tourists along the Costa Chica in recent months.', ['Costa Chica']),
    ('Heavy fighting was reported in the Chaco, near the Bolivian border.', ['Chaco']),
    ('Army units were sent to the Ferghana Valley after the border shooting.', ['Ferghana Valley']),
    ('Two fishermen were shot on the Côte des Pirates near the port.', ['Côte des Pirates']),
]  # fmt: skip

VILLAGE = [
    ('A 60-year-old man was shot dead in Fushë-Krujë in a blood feud, police said.', ['Fushë-Krujë']),
    ('Two cousins were wounded in a shooting in the village of Qafë Mali on Sunday.', ['Qafë Mali']),
    ('A policeman was killed in an ambush near Bajram Curri on Friday.', ['Bajram Curri']),
    ('Clashes broke out in Staro Nagoričane after a football match.', ['Staro Nagoričane']),
    ('Police arrested three men after a shooting in Velika Kladuša.', ['Velika Kladuša']),
    ('A farmer was killed by a landmine near Donji Vakuf.', ['Donji Vakuf']),
    ('Two men were stabbed in a fight in Novi Pazar, the police said.', ['Novi Pazar']),
    ('A man ran amok with a machete in Kampung Baru, wounding three people.', ['Kampung Baru']),
    ('Police shot dead a robbery suspect in Bukit Mertajam on Thursday.', ['Bukit Mertajam']),
    ('Two soldiers were killed in a bomb attack in Sungai Kolok, Narathiwat.', ['Sungai Kolok', 'Narathiwat']),
    ('A barangay captain was shot dead in Barangay Bagong Silang, Caloocan.', ['Barangay Bagong Silang', 'Caloocan']),
    ('Two drug suspects were killed in a police operation in Tondo, Manila.', ['Tondo', 'Manila']),
    ('Troops killed two rebels near Ban Houayxay in a dawn raid.', ['Ban Houayxay']),
]  # fmt: skip

NAMESAKE = [
    ('A police officer was shot dead in Pedro Juan Caballero near the Brazilian border.', ['Pedro Juan Caballero']),
    ('Two men were killed in a gun attack in Mariano Roque Alonso on Saturday.', ['Mariano Roque Alonso']),
    ('Rioters burned a police post in Mansa after a suspect died in custody.', ['Mansa']),
    ('A farmer was hacked to death in Victoria, on the island of Mahé.', ['Victoria', 'Mahé']),
    ('Three people were shot dead in a bar in Mercedes, Soriano.', ['Mercedes', 'Soriano']),
    ('Gang members killed a bus conductor in Darwin on Friday night.', ['Darwin']),
    ('Two teenagers were stabbed near a school in Hamilton, police said.', ['Hamilton']),
    ('A guard was killed during a robbery at a mine in Kabwe.', ['Kabwe']),
    ('Police fired tear gas at protesters in Chipata on Monday.', ['Chipata']),
    ('A shopkeeper was stabbed in a robbery in Dolores, Petén.', ['Dolores', 'Petén']),
    ('A diamond dealer was murdered in Lucapa, Lunda Norte, police said.', ['Lucapa', 'Lunda Norte']),
]  # fmt: skip

INSIDE_ACTOR = [
    ('The Copperbelt Province Police said two miners were shot dead in Chingola.', ['Chingola']),
    ('The Gauteng Department of Health said four patients died in Soweto.', ['Soweto']),
    ('The Kampala Capital City Authority said its officers were attacked in Kisenyi.', ['Kisenyi']),
    ('Western Cape police said a man was shot dead in Nyanga, Cape Town.', ['Nyanga', 'Cape Town']),
    ('The Malawi Human Rights Commission said two men died in police custody in Blantyre.', ['Blantyre']),
    ('The Harare City Council said its police clashed with vendors in Mbare.', ['Mbare']),
]  # fmt: skip

# (text, a land that acts or a body that holds a place, the types it may have)
ACTING = [
    ('Zambia closed its border with Congo after the shooting.', 'Zambia', ['state']),
    ('Rwanda accused Burundi of sheltering rebels.', 'Rwanda', ['state']),
    ('Armenia recalled its ambassador after the killing of two soldiers.', 'Armenia', ['state']),
    ('Togo deployed troops to its northern border after the attack.', 'Togo', ['state']),
    ('Malawi has sent 200 soldiers to help Mozambique fight the insurgents.', 'Malawi', ['state']),
    ("Georgia's interior ministry said 15 officers were hurt in the clashes.", "Georgia's interior ministry", ['state', 'state_forces']),
    ('The Copperbelt Province Police said two miners were shot dead in Chingola.', 'Copperbelt Province Police', ['state_forces']),
    ('The Malawi Human Rights Commission said two men died in police custody in Blantyre.', 'Human Rights Commission', ['ngo', 'state']),  # the body, with or without its country
    ('Kyrgyzstan accused Tajikistan of shelling its villages.', 'Kyrgyzstan', ['state']),
    ('Eswatini banned petitions to parliament after the protests.', 'Eswatini', ['state']),
    ('Mauritania arrested three opposition leaders after the election.', 'Mauritania', ['state']),
    ("Morocco's royal gendarmerie arrested six men over the killing of a tourist.", "Morocco's royal gendarmerie", ['state_forces']),
    pytest.param('Kathmandu Metropolitan City police cleared street vendors from the square.', 'Kathmandu Metropolitan City police', ['state_forces'], marks=pytest.mark.xfail(reason="HA16's: a city's police named with its full title is cut to the generic 'police' (the city is not returned as an actor either)")),
]  # fmt: skip


def _whole_leaks(text: str, place: str) -> list[str]:
    """Actor mentions that are the place or a part of it."""
    return [m for m in actors_of(text) if m in place]


def _assert_no_leak(text: str, places: list[str], *, overlap: bool = True) -> None:
    for place in places:
        assert not _whole_leaks(text, place), (place, actors_of(text))
        if overlap:
            assert not actors_holding(text, place), (place, actors_of(text))


@pytest.mark.parametrize(("text", "places"), LOCATION)
def test_a_country_or_capital_named_as_a_location_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), POSSESSOR)
def test_a_country_or_capital_owning_an_office_or_a_part_is_no_actor_of_its_own(
    text: str, places: list[str]
) -> None:
    # "Georgia's interior ministry" is one mention: the ministry holds its country
    _assert_no_leak(text, places, overlap=False)


@pytest.mark.parametrize(("text", "places"), NON_ACTING)
def test_a_land_that_does_not_act_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), LIST)
def test_a_list_of_places_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), DATELINE)
def test_a_dateline_place_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), HEADLINE)
def test_a_headline_place_is_no_actor(text: str, places: list[str]) -> None:
    # "Becora gang" may be a gang named after its suburb; "Tembisa taxi" is the model's
    _assert_no_leak(text, places, overlap=False)


@pytest.mark.parametrize(("text", "places"), ESTATE)
def test_an_estate_or_a_numbered_part_of_a_town_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), BARRIO)
def test_a_barrio_named_after_a_person_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), COAST)
def test_a_coast_or_a_region_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), VILLAGE)
def test_a_multiword_village_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), NAMESAKE)
def test_a_town_named_like_a_person_is_no_actor(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), INSIDE_ACTOR)
def test_a_place_beside_an_actor_that_holds_a_place_is_no_actor(
    text: str, places: list[str]
) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "actor", "types"), ACTING)
def test_a_land_that_acts_or_a_body_holding_a_place_stays_an_actor(
    text: str, actor: str, types: list[str]
) -> None:
    assert types_holding(text, actor) & set(types), actors_of(text)


# --- 1. a land that has seen clashes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Libya has seen heavy clashes between rival militias in the capital this year.", "Libya"),
        ("Armenia has seen deadly battles along its border with Azerbaijan.", "Armenia"),
        ("Kyrgyzstan has seen three deadly border clashes since 2021.", "Kyrgyzstan"),
    ],
)  # fmt: skip
def test_a_land_that_has_seen_clashes_is_a_place(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


def test_a_land_that_saw_clashes_as_a_provocation_stays_the_state() -> None:
    text = "Armenia saw the clashes as a provocation, its foreign ministry said."
    assert "state" in types_holding(text, "Armenia"), actors_of(text)


# --- 2. a land in a state a place is in --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bolivia remains tense after the arrest of the opposition governor.", "Bolivia"),
        ("Maputo was quiet on Thursday, a day after police shot dead four protesters.", "Maputo"),
        ("Bujumbura was calm on Sunday after a night of gunfire.", "Bujumbura"),
        ("Guinea remained volatile after the coup.", "Guinea"),
    ],
)  # fmt: skip
def test_a_land_in_a_state_a_place_is_in_is_a_place(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Rwanda was quiet about the raid, and its army said nothing.", "Rwanda"),
    ],
)  # fmt: skip
def test_a_land_quiet_about_a_deed_stays_the_state(text: str, party: str) -> None:
    assert "state" in types_holding(text, party), actors_of(text)


def test_a_capital_quiet_about_a_deed_is_the_city() -> None:
    # A state until session 22 (HP20): blind set 21 lists capitals used as governments as cities.
    text = "Moscow kept quiet on the deal."
    assert not actors_holding(text, "Moscow"), actors_of(text)


# --- 3. a numbered part of a town -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Morata Stage 4", "Erima Phase 2", "Khayelitsha Site C", "Tembisa Extension 4",
             "Waigani Block C", "Mitchells Plain Section 2", "Kabulonga Stage 1"],
)  # fmt: skip
def test_a_name_with_a_numbered_part_is_a_place(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Police Sector 3", "Stage 4", "Phase Two", "Kenya Police Unit 7"])
def test_a_body_or_a_bare_part_is_not_a_numbered_place(name: str) -> None:
    assert not is_place(name)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting between settlers at Morata Stage 4 left one man dead.", "Morata Stage 4"),
        ("Settlers clashed with police at Erima Phase 2, leaving one dead.", "Erima Phase 2"),
        ("Youths stoned a police car at Kabulonga Stage 1.", "Kabulonga Stage 1"),
    ],
)  # fmt: skip
def test_a_numbered_part_of_a_town_is_no_actor(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


def test_a_gang_named_with_a_barrio_and_a_number_stays() -> None:
    text = "Barrio 18 gang members killed a bus driver in Soyapango."
    assert "armed_group" in types_holding(text, "Barrio 18"), actors_of(text)


# --- 4. a barrio named after a person --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police raided the José Martí barrio and detained 11 suspected gang members.", "José Martí"),
        ("Police raided the Guillermo Ungo barrio and detained six men.", "Guillermo Ungo"),
        ("Gunmen killed a baker in the Sandino barrio on Monday.", "Sandino"),
    ],
)  # fmt: skip
def test_a_barrio_named_after_a_person_is_a_place(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


# --- 5. a land that owns an officer of a force ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "force"),
    [
        ("Malawi's army commander said two soldiers were wounded.", "Malawi", "army"),
        ("Zambia's police spokesperson said the suspects were armed.", "Zambia", "police"),
        ("Moldova's police chief said the two suspects had fled abroad.", "Moldova", "police"),
        ("Guyana's police commissioner said three miners were shot.", "Guyana", "police"),
        ("The Dushanbe police spokesman said three men were held.", "Dushanbe", "police"),
    ],
)  # fmt: skip
def test_a_land_owning_an_officer_of_a_force_is_where_the_force_serves(
    text: str, place: str, force: str
) -> None:
    assert not actors_holding(text, place), actors_of(text)
    assert "state_forces" in types_holding(text, force), actors_of(text)


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        ("Sudan's armed forces said they had retaken the bridge.", "Sudan", "state_forces"),
        ("Moscow police detained 40 protesters.", "police", "state_forces"),  # the city's police
        ("Togo deployed troops to its northern border after the attack.", "Togo", "state"),
    ],
)  # fmt: skip
def test_a_land_with_its_own_forces_stays(text: str, actor: str, kind: str) -> None:
    assert kind in types_holding(text, actor), actors_of(text)


# --- 6. a name that qualifies a route or follows "the entrance to" ----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gangs demand payment from every driver on the Flor del Campo route.", "Flor del Campo"),
        ("A conductor on the Ricardo Brugada route was stabbed by robbers.", "Ricardo Brugada"),
        ("Soldiers manned a checkpoint at the entrance to Kalinzi on Friday.", "Kalinzi"),
        ("Two guards were shot at the entrance to Mirembe on Tuesday.", "Mirembe"),
    ],
)  # fmt: skip
def test_a_name_on_a_route_or_after_an_entrance_is_a_place(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        ("Wagner fighters used the Libya route to move fuel.", "Wagner", "armed_group"),
        ("Protesters marched to the health ministry.", "health ministry", "state"),
        ("The army handed the gate to the UN peacekeepers.", "UN", "international_org"),
    ],
)  # fmt: skip
def test_a_party_after_a_route_or_a_gate_stays(text: str, actor: str, kind: str) -> None:
    assert kind in types_holding(text, actor), actors_of(text)
