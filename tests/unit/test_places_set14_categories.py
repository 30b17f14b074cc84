"""Places never actors on text nobody tuned for: a third stress set of our own (issue 13, round 15).

Sentences of event reports and local news in our own words, from countries and towns the
first two stress sets (`test_places_set12_categories.py`, `test_places_set13_categories.py`)
do not use, each with a place in a role where the model mislabels it, in four categories:
(a) districts, provinces and towns the model tags PERSON (South Asian, Andean, Pacific,
Central Asian, Caucasus and Balkan names; -pur, -dham, -abad, -ganj, -garh, -kot, -stan,
-ovo, -ići; towns that are also surnames) as subject, object, in a list, in "X district";
(b) two- and three-word city names whose parts are common words or names, before a noun
("the Novi Sad rally", "a Kuala Lumpur court"): the whole name is the place and no part of
it becomes an actor (an actor that holds the whole name, "Kota Kinabalu police", may stay);
(c) a capital or a country named as a location or a possessor, with guards where the land
acts (then it is the state); (d) a place inside the name of a hospital, a university, a
market, a stadium, a prison, a camp or a bridge: the institution does not act here, and
the place alone never is an actor. The gold (which strings are places, which lands act)
was written before the package ran on them. Sentences the package still gets wrong are
xfail with the reason.

Measured with the same lists as a script (143 places; whole / crossing / holding leaks):
3 / 1 / 2 before this round's rules, 2 / 1 / 1 after (a capital owning a sector, a town's
hospital); the rules' own phrasings below: 14 of 19 wrong before, none after. The rules:
1. the seat of an officer named with an area word ("the chief district officer of X, Name,
   said"): `place_roles.seat_of_an_office` reads "district officer", "county
   commissioner" as territorial offices, as it read "mayor";
2. a town a curfew or a lockdown is imposed on ("imposed a curfew on X"): `data/
   place_words.csv`, kind `restriction`, `place_targets.under_a_restriction`;
3. a capital that owns a sector ("the La Vega sector of Caracas"): "sector" is a feature;
4. a building named "<word> of <town>" ("Regional Hospital of Huancayo"): kind `building`;
5. a name before an adjective and a feature word ("the Matsapha industrial site"): the
   parse's nmod, as its compound, qualifies the feature.
"""

import pytest

import analysis
from analysis.parse.places import is_place
from tests.extraction_helpers import actors_of, types_holding

# (text, the places in it that must not come back as actors), one list per category
PERSON_TAGGED = [
    ('A curfew was imposed in Birgunj after two groups clashed during a festival procession.', ['Birgunj']),
    ('Three people were abducted in Saptari district last week, police said.', ['Saptari']),
    ('Two men were shot dead in Muzaffarpur on Sunday, police said.', ['Muzaffarpur']),
    ('Clashes between two student groups in Gopalganj left one dead and 20 injured.', ['Gopalganj']),
    ('Gunmen attacked a police post in Dera Ismail Khan, killing two constables.', ['Dera Ismail Khan']),
    ('Sialkot and Gujranwala were placed under lockdown after the riots.', ['Sialkot', 'Gujranwala']),
    ('A bomb exploded at a bus stand in Jacobabad, wounding nine people.', ['Jacobabad']),
    ('Protesters blocked the highway between Janakpur and Birgunj on Monday.', ['Janakpur', 'Birgunj']),
    ('Police fired tear gas in Kishoreganj municipality after a mob attacked a temple.', ['Kishoreganj']),
    ('Mobs torched shops in Sahibganj and Pakur districts overnight.', ['Sahibganj', 'Pakur']),
    ('Two villagers were killed by Maoists in Gadchiroli district on Friday.', ['Gadchiroli']),
    ('Unknown gunmen killed a shopkeeper in Abbottabad on Tuesday night.', ['Abbottabad']),
    ('Rioting spread from Ahmedabad to Vadodara by nightfall.', ['Ahmedabad', 'Vadodara']),
    pytest.param('Sylhet and Habiganj reported clashes between rival party workers.', ['Sylhet', 'Habiganj'], marks=pytest.mark.xfail(reason="the first town of a list that 'reported' clashes reads as an outlet (media); 'Sylhet reported clashes' and 'Kandahar and Helmand reported heavy clashes' are right: a parse accident of the list, not a category")),
    ('Police sealed off Ramgarh after two men were lynched over cattle.', ['Ramgarh']),
    ('A grenade attack on a market in Sialkot wounded eleven people.', ['Sialkot']),
    ('Two miners were killed in a dispute over a gold claim in Pataz province.', ['Pataz']),
    ('Police evicted protesters from a road near Huancavelica, injuring six.', ['Huancavelica']),
    ('Coca growers clashed with police in Chapare, leaving one dead.', ['Chapare']),
    ('A teacher was shot dead in Esmeraldas on Tuesday, police said.', ['Esmeraldas']),
    ('Gunmen killed a community leader in Tumaco, Nariño.', ['Tumaco', 'Nariño']),
    ('Tribal fighting in Wabag left four men dead, police said.', ['Wabag']),
    ('Unrest broke out in Auki after the election results were announced.', ['Auki']),
    ('A man was killed in a land dispute in Labasa, police said.', ['Labasa']),
    ('Ethnic clashes in Lautoka and Nadi injured eight people.', ['Lautoka', 'Nadi']),
    ('Three border guards were killed near Isfara on Tuesday.', ['Isfara']),
    ('Police detained 18 people in Nukus, the capital of Karakalpakstan.', ['Nukus', 'Karakalpakstan']),
    ('Riot police dispersed a rally in Zhanaozen, wounding 14.', ['Zhanaozen']),
    ('Gunfire was reported in Khorog, the main town of Gorno-Badakhshan.', ['Khorog', 'Gorno-Badakhshan']),
    ('Troops sealed off Andijan after the prison break.', ['Andijan']),
    ('Two Azerbaijani soldiers were killed near Tovuz, the defence ministry said.', ['Tovuz']),
    ('Shelling hit Tavush province overnight, wounding a farmer.', ['Tavush']),
    ('A policeman was shot dead in Nazran, Ingushetia.', ['Nazran', 'Ingushetia']),
    ('Khasavyurt was sealed off after an attack on a police checkpoint.', ['Khasavyurt']),
    ('Two Serbs were injured in brawls in Zvečan and Leposavić.', ['Zvečan', 'Leposavić']),
    ('A hand grenade was thrown at a house in Obilić, wounding two.', ['Obilić']),
    ('Two men were hurt in fights in Zavidovići and Kakanj municipalities.', ['Zavidovići', 'Kakanj']),
    ('Rioters smashed shop windows in Kičevo and Gostivar.', ['Kičevo', 'Gostivar']),
    ('Three houses were set on fire in Lipljan municipality, police said.', ['Lipljan']),
    ('A moto-taxi driver was lynched in Dessalines after a quarrel.', ['Dessalines']),
    ('Gunmen kidnapped a priest in Kenscoff on Sunday.', ['Kenscoff']),
    ('Police shot dead a robbery suspect in Morales, Izabal.', ['Morales', 'Izabal']),
    ('A mob burned a suspected thief alive in Chimaltenango.', ['Chimaltenango']),
    ('Gunmen killed two officers in Derbent and fled towards Makhachkala.', ['Derbent', 'Makhachkala']),
]  # fmt: skip

MULTIWORD_CITY = [
    ('Police broke up the Banda Aceh protest with water cannon, injuring five students.', ['Banda Aceh']),
    ('A Port Moresby court jailed three men for the killing of a security guard.', ['Port Moresby']),
    ('Gunmen shot dead two men at a Ciudad del Este money exchange on Friday.', ['Ciudad del Este']),
    ('The San Pedro Sula gang war has claimed 40 lives this year, police said.', ['San Pedro Sula']),
    ('Kota Kinabalu police arrested six men after the brawl.', ['Kota Kinabalu']),
    ('A Mazar-i-Sharif mosque was bombed during Friday prayers, killing 11.', ['Mazar-i-Sharif']),
    ('Santa Cruz del Sur fishermen said the coastguard seized their boats.', ['Santa Cruz del Sur']),
    ('Riot police charged the Novi Sad rally, detaining 14 students.', ['Novi Sad']),
    pytest.param('The Port-au-Prince gang truce collapsed on Sunday.', ['Port-au-Prince'], marks=pytest.mark.xfail(reason="HA18's generic/named.py: a gang's name read back from its word stops at the hyphen ('Prince gang', 'Bouquets gang' of Croix-des-Bouquets, 'Goâve gang' of Petit-Goâve); a name that begins inside a hyphenated word (datelines.inside_hyphenated_word) should not be read")),
    ('Soldiers raided a Puerto Ayacucho mining camp and detained 20 miners.', ['Puerto Ayacucho']),
    ('The Santa Cruz de la Sierra strike turned violent as blockers clashed with police.', ['Santa Cruz de la Sierra']),
    ('Two Nuevo Laredo police officers were killed in an ambush.', ['Nuevo Laredo']),
    ('A Cap-Haïtien market fire killed three vendors.', ['Cap-Haïtien']),
    ('The Phnom Penh garment strike turned violent on Monday.', ['Phnom Penh']),
    ('Gunmen attacked a Dera Ghazi Khan checkpoint, killing four policemen.', ['Dera Ghazi Khan']),
    ('A Kuala Lumpur court charged four men with rioting.', ['Kuala Lumpur']),
    ('Ho Chi Minh City traffic police beat a delivery driver, witnesses said.', ['Ho Chi Minh City']),
    ('The Nizhny Novgorod rally was broken up by riot police.', ['Nizhny Novgorod']),
    ("A Cox's Bazar camp clash between armed groups left five Rohingya dead.", ["Cox's Bazar"]),
    ('Three Addis Ababa university students were detained after the protest.', ['Addis Ababa']),
    ('The Santa Rosa de Copán protest ended when soldiers fired into the air.', ['Santa Rosa de Copán']),
    ('Police use tear gas on Banja Luka protest\nRiot police dispersed students on Saturday.', ['Banja Luka']),
    ('Buenos Aires province police killed two suspects in a shootout.', ['Buenos Aires']),
    ('A Bandar Abbas port worker was shot dead during the strike.', ['Bandar Abbas']),
    ('The Kota Bharu protest drew 2,000 people and ended with 12 arrests.', ['Kota Bharu']),
]  # fmt: skip

CAPITAL_OR_COUNTRY = [
    ('Soldiers raided the Cité Soleil district of Port-au-Prince and killed three men.', ['Cité Soleil', 'Port-au-Prince']),
    ('Police raided the La Vega sector of Caracas, Venezuela, and killed four young men.', ['La Vega', 'Caracas', 'Venezuela']),
    ("Gangs control much of Tegucigalpa's Rivera Hernández neighbourhood.", ['Tegucigalpa', 'Rivera Hernández']),
    ("A bomb exploded near Kabul's airport, killing six people.", ['Kabul']),
    ("Quito's historic centre was shut after protesters clashed with police.", ['Quito']),
    ("Security forces fired on a crowd in Almaty's Republic Square.", ['Almaty']),
    ('The wounded were flown to Port Moresby for treatment.', ['Port Moresby']),
    ('Armed men from Venezuela crossed the river and killed two soldiers.', ['Venezuela']),
    ('Refugees from Myanmar reached the camps overnight.', ['Myanmar']),
    ("Clashes broke out in Nepal's Madhesh province after the vote.", ['Nepal', 'Madhesh']),
    ('A farmer was shot dead by border guards on the frontier with Bangladesh.', ['Bangladesh']),
    ('Three Tajik migrants were stabbed in Yekaterinburg on Saturday.', ['Yekaterinburg']),
    ('A curfew was declared in Honiara, the capital of Solomon Islands.', ['Honiara', 'Solomon Islands']),
    ('In Caracas, police detained 14 students on Saturday.', ['Caracas']),
    ('Havana was the scene of rare street protests on Sunday.', ['Havana']),
    ("Kabul's streets were empty the day after the bombing.", ['Kabul']),
    ('Fighting between Armenian and Azerbaijani troops near Jermuk killed 15 soldiers.', ['Jermuk']),
    ('Two Peruvian soldiers were killed near the border with Ecuador.', ['Ecuador']),
    ('Riot police detained 40 people in Belgrade, Serbia, after the vote.', ['Belgrade', 'Serbia']),
    ('Migrants from Honduras and Guatemala were kidnapped in Reynosa.', ['Honduras', 'Guatemala', 'Reynosa']),
    ('Two Indonesian fishermen were detained in Papua New Guinea waters.', ['Papua New Guinea']),
    ("Dushanbe's central market was closed after the shooting.", ['Dushanbe']),
    # A capital standing for its government: an actor until session 22 (HP20); blind set 21
    # lists such capitals ("Baku said", "Islamabad accusing Kabul") as cities.
    ('Caracas accused Bogotá of harbouring the gunmen.', ['Caracas', 'Bogotá']),
]  # fmt: skip

INSTITUTION = [
    ('The wounded were taken to the Regional Hospital of Huancayo, where two died.', ['Huancayo']),
    ('Two inmates were killed in a riot at Latacunga prison on Monday.', ['Latacunga']),
    ('A grenade was thrown into the Mahane Yehuda market, wounding three shoppers.', ['Mahane Yehuda']),
    ('Rival fans clashed outside the Maturín stadium after the match, leaving one dead.', ['Maturín']),
    ('Protesters blocked the Friendship Bridge between Ciudad del Este and Foz do Iguaçu.', ['Ciudad del Este', 'Foz do Iguaçu']),
    ('Fighting broke out in the Kutupalong camp, killing two Rohingya men.', ['Kutupalong']),
    ('A suicide bomber struck outside Quetta Civil Hospital, killing 70 people.', ['Quetta']),
    ('The bodies were taken to the Kandahar Regional Hospital.', ['Kandahar']),
    ('A riot at the Guayaquil Penitentiary left 12 inmates dead.', ['Guayaquil']),
    ('Patients were evacuated from the Hospital Escuela in Tegucigalpa after the shooting.', ['Tegucigalpa']),
    ('The Jinnah Hospital in Lahore received 30 wounded.', ['Lahore']),
    ('Doctors at the Regional Hospital of Jacmel said 11 wounded were admitted.', ['Jacmel']),
    ('Doctors at the University Hospital of Mulago said 14 wounded were admitted.', ['Mulago']),
    ('Three students of the University of Peshawar were shot dead near the campus.', ['Peshawar']),
    ('Two traders were killed when gunmen opened fire at Karachi Sabzi Mandi.', ['Karachi']),
    ('Soldiers beat students at Mandalay University, witnesses said.', ['Mandalay']),
    pytest.param('A blast at the Peshawar Press Club injured three journalists.', ['Peshawar'], marks=pytest.mark.xfail(reason="HA18's outlets.py: a known town next to a media word ('Press Club') is read as an outlet, as 'Saba news agency' rightly is")),
    ('Two vendors died in a stampede at Kariakoo market in Dar es Salaam.', ['Kariakoo', 'Dar es Salaam']),
    ('Protesters blocked the Simón Bolívar bridge at Cúcuta for a second day.', ['Cúcuta']),
    ('The injured were treated at Kathmandu Medical College in Sinamangal.', ['Kathmandu', 'Sinamangal']),
    ('Nine inmates escaped from Buimo prison in Lae after a riot.', ['Buimo', 'Lae']),
    ('Shots were fired at the gate of Narayanhiti Palace Museum during the protest.', ['Narayanhiti']),
    ('Clashes erupted at the Janakpur Provincial Hospital after a patient died.', ['Janakpur']),
    ('Police fired tear gas at the Almaty Arena where miners had gathered.', ['Almaty']),
]  # fmt: skip

# (text, a land that acts, the types it may have)
ACTING = [
    ('Venezuela expelled three Colombian diplomats after the killing.', 'Venezuela', ['state']),
    ('Nepal deployed the army to Janakpur after the clashes.', 'Nepal', ['state']),
    ('Serbia arrested two Kosovo Albanians at the border crossing.', 'Serbia', ['state']),
    ('Tajikistan accused Kyrgyzstan of shelling a school near Isfara.', 'Tajikistan', ['state']),
    ('Papua New Guinea sent 300 police officers to Enga province after the massacre.', 'Papua New Guinea', ['state']),
    ('Honduras declared a state of emergency over gang extortion.', 'Honduras', ['state']),
    ('Kota Kinabalu police arrested six men after the brawl.', 'police', ['state_forces']),
    ('Buenos Aires province police killed two suspects in a shootout.', 'police', ['state_forces']),
    ('Ho Chi Minh City traffic police beat a delivery driver, witnesses said.', 'police', ['state_forces']),
]  # fmt: skip


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(r.start, r.end, r.mention) for r in analysis.extract_actors(text).itertuples()]


def leaks(text: str, place: str) -> tuple[list[str], list[str]]:
    """(whole, overlapping) leaks of `place`: mentions that are the place or a part of it, and
    mentions that hold a part of it without holding all of it ("Sad protest" of "Novi Sad")."""
    whole: list[str] = []
    overlapping: list[str] = []
    start = text.find(place)
    while start >= 0:
        end = start + len(place)
        for s, e, mention in _spans(text):
            if s >= start and e <= end:
                whole.append(mention)
            elif s < end and e > start and not (s <= start and e >= end):
                overlapping.append(mention)
        start = text.find(place, end)
    return whole, overlapping


def _assert_no_leak(text: str, places: list[str], *, holding: bool = True) -> None:
    for place in places:
        whole, overlapping = leaks(text, place)
        assert not whole and not overlapping, (place, actors_of(text))
        if holding:  # no mention holds the place either: nothing here acts with a place's name
            assert not [m for m in actors_of(text) if place in m], (place, actors_of(text))


@pytest.mark.parametrize(("text", "places"), PERSON_TAGGED)
def test_a_district_or_town_the_model_calls_a_person_is_no_actor(
    text: str, places: list[str]
) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), MULTIWORD_CITY)
def test_no_part_of_a_multiword_city_before_a_noun_is_an_actor(
    text: str, places: list[str]
) -> None:
    # "Kota Kinabalu police" may hold the whole city; no mention may hold half of it
    _assert_no_leak(text, places, holding=False)


@pytest.mark.parametrize(("text", "places"), CAPITAL_OR_COUNTRY)
def test_a_capital_or_country_named_as_a_location_or_owner_is_no_actor(
    text: str, places: list[str]
) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "places"), INSTITUTION)
def test_a_place_inside_an_institution_that_does_not_act_is_no_actor(
    text: str, places: list[str]
) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(("text", "actor", "types"), ACTING)
def test_a_land_that_acts_or_a_force_holding_a_city_stays_an_actor(
    text: str, actor: str, types: list[str]
) -> None:
    assert types_holding(text, actor) & set(types), actors_of(text)


# --- 1. the seat of an officer named with an area word ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The chief district officer of Kapilvastu, Hari Prasad Sharma, said six people were hurt.", "Kapilvastu"),
        ("The district police officer of Kohlu, Ahmed Baloch, said four levies were killed.", "Kohlu"),
        ("Police lifted the curfew, the chief district officer of Rautahat, Ram Shah, said.", "Rautahat"),
    ],
)  # fmt: skip
def test_the_seat_of_a_district_officer_is_a_place(text: str, place: str) -> None:
    assert not [m for m in actors_of(text) if place in m], actors_of(text)


@pytest.mark.parametrize(
    ("text", "party", "kind"),
    [
        ("The local commander of al-Shabaab, Ali Dheere, said the fighters withdrew.", "al-Shabaab", "armed_group"),
        ("The district coordinator of the Red Cross, Amina Yusuf, said 40 families had fled.", "Red Cross", "ngo"),
        ("The regional coordinator of Human Rights Watch, Ida Sawyer, said the army killed 12 men.", "Human Rights Watch", "ngo"),
    ],
)  # fmt: skip
def test_a_body_after_an_officer_with_an_area_word_stays(text: str, party: str, kind: str) -> None:
    assert kind in types_holding(text, party), actors_of(text)


# --- 2. a town a curfew or a lockdown is imposed on ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The army imposed a lockdown on Gaurigunj after the attack.", ["Gaurigunj"]),
        ("Police lifted the curfew on Rautahat and Sarlahi after three days.", ["Rautahat", "Sarlahi"]),
        ("Officials extended the curfew on Kapilvastu for a third day.", ["Kapilvastu"]),
        ("Authorities imposed a curfew on Shahdadkot after two groups clashed.", ["Shahdadkot"]),
    ],
)  # fmt: skip
def test_a_town_under_a_curfew_or_a_lockdown_is_a_place(text: str, places: list[str]) -> None:
    _assert_no_leak(text, places)


@pytest.mark.parametrize(
    ("text", "party", "kind"),
    [
        ("The government imposed a curfew on the protesters.", "protesters", "protesters"),
        ("Israel tightened its siege on Hamas in Gaza.", "Hamas", "armed_group"),
    ],
)  # fmt: skip
def test_people_or_a_party_closed_in_stay_actors(text: str, party: str, kind: str) -> None:
    assert kind in types_holding(text, party), actors_of(text)


# --- 3. a capital that owns a sector ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officers raided the La Vega sector of Caracas, Venezuela, and killed four young men.", "Caracas"),
        ("Police raided the Kennedy sector of Bogotá and detained nine men.", "Bogotá"),
        ("Soldiers raided the Cotahuasi sector of Lima and detained six men.", "Lima"),
    ],
)  # fmt: skip
def test_a_capital_that_owns_a_sector_is_a_place(text: str, place: str) -> None:
    assert not [m for m in actors_of(text) if place in m], actors_of(text)


def test_a_country_owning_an_economic_sector_and_a_numbered_police_sector_are_unchanged() -> None:
    assert not actors_of("Bangladesh's garment sector employs about four million people.")
    assert not is_place("Police Sector 3")


# --- 4. a building named "<word> of <town>" ---------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Regional Hospital of Huancayo", "General Hospital of Tumaco", "Central Prison of Cusco"],
)  # fmt: skip
def test_a_building_of_a_town_is_a_place(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize(
    "name", ["University of Nairobi", "Hospital of Hope", "Ministry of Health", "Court of Appeal"]
)
def test_a_body_named_of_a_town_or_a_cause_is_no_building(name: str) -> None:
    assert not is_place(name)


def test_staff_of_a_town_hospital_leave_the_town_out() -> None:
    text = "Staff at the General Hospital of Tumaco said nine wounded were admitted."
    _assert_no_leak(text, ["Tumaco"])


# --- 5. a name before an adjective and a feature word ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police fired rubber bullets at workers striking at the Matsapha industrial site.", "Matsapha"),
        ("Guards shot two workers at the Ruashi old mining site on Monday.", "Ruashi"),
        ("Soldiers beat traders at the Dzaleka old market site overnight.", "Dzaleka"),
    ],
)  # fmt: skip
def test_a_name_before_an_adjective_and_a_feature_word_is_a_place(text: str, place: str) -> None:
    assert not [m for m in actors_of(text) if place in m], actors_of(text)


def test_a_group_before_a_base_stays() -> None:
    text = "Villagers attacked the Wagner military base near the town."
    assert "armed_group" in types_holding(text, "Wagner"), actors_of(text)
