"""Places are never actors; provinces and villages of every country are places (issue 13).

The sentences are written for these tests (names of real places, wording our own).
"""

import re

import pytest

import analysis
from analysis.parse.places import (
    ADMIN_WORDS,
    area_country,
    country_of,
    is_generic,
    is_place,
    place_country,
    resolve_place,
)
from tests.extraction_helpers import actors_of, typed_at, types_of


@pytest.mark.parametrize(
    ("province", "country"),
    [
        ("KwaZulu-Natal", "South Africa"),
        ("Khyber Pakhtunkhwa", "Pakistan"),
        ("Sindh", "Pakistan"),
        ("Oromia", "Ethiopia"),
        ("Cabo Delgado", "Mozambique"),
        ("Tillabéri", "Niger"),
        ("Tillaberi", "Niger"),
        ("Turkana", "Kenya"),
        ("Clarendon", "Jamaica"),
        ("Mindanao", "Philippines"),
        ("Basilan", "Philippines"),
    ],
)
def test_every_countrys_provinces_are_in_the_index(province: str, country: str) -> None:
    assert is_place(province)
    assert place_country(province) == country


def test_a_province_resolves_with_its_admin1_and_precision() -> None:
    parish = resolve_place("St Catherine")
    assert (parish.country, parish.admin1, parish.precision) == (
        "Jamaica", "Saint Catherine", "province",
    )  # fmt: skip
    county = resolve_place("Nakuru County")
    assert (county.country, county.precision) == ("Kenya", "district")
    # A second-level province keeps its region as admin1.
    sur = resolve_place("Maguindanao del Sur")
    assert (sur.admin1, sur.precision) == ("Autonomous Region in Muslim Mindanao", "district")


def test_a_town_keeps_its_place_before_its_province_of_one_name() -> None:
    # Kano the city and Kano the state are both in Nigeria: the city is the finer place.
    assert resolve_place("Kano").precision == "city"


def test_generic_and_people_names_are_no_province() -> None:
    assert is_generic("Centre-Sud") and is_generic("Nord") and not is_generic("Nord-Kivu")
    assert country_of("Somali") == "Somalia"  # the people, not Ethiopia's Somali region
    assert place_country("Somali") != "Ethiopia"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Police in Sindh said a trader was shot dead outside his shop.", "Police", "Pakistan"),
        (
            "Security forces in KwaZulu-Natal detained three men after a tavern shooting.",
            "Security forces",
            "South Africa",
        ),
        (
            "Three herders died in Kapedo, Turkana County, when raiders struck.",
            "herders",
            "Kenya",
        ),
        ("Police in Clarendon said a taxi operator was chopped to death.", "Police", "Jamaica"),
        ("Soldiers killed two rebels in Mindanao on Monday.", "Soldiers", "Philippines"),
    ],
)
def test_forces_in_a_province_take_its_country(text: str, mention: str, country: str) -> None:
    (actor,) = {name for name, _ in actors_of(text)[mention]}
    assert actor.endswith(f"of {country}") or actor.endswith(f"({country})")


def test_no_province_of_a_report_is_an_actor() -> None:
    text = (
        "Gunmen attacked a market in Cabo Delgado and Nampula on Sunday, police said, "
        "a day after fighting in Tillabéri and Oromia."
    )
    found = types_of(text)
    for place in ("Cabo Delgado", "Nampula", "Tillabéri", "Oromia"):
        assert place not in found


def test_an_area_word_picks_the_province_over_a_city_of_its_name() -> None:
    assert resolve_place("Manchester").country == "United Kingdom"
    parish = resolve_place("Manchester Parish")
    assert (parish.country, parish.precision) == ("Jamaica", "province")


@pytest.mark.parametrize(
    ("name", "country"),
    [("Plateau State", "Nigeria"), ("Plateau Department", "Benin"),
     ("Punjab Province", "Pakistan"), ("Punjab State", "India"),
     ("Misiones Department", "Paraguay"), ("Misiones Province", "Argentina")],
)  # fmt: skip
def test_the_area_word_picks_among_provinces_of_one_name_by_their_type(name, country) -> None:
    # Two countries have a province of the name; ISO 3166-2 types say which one the word means
    assert resolve_place(name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "The Parish said it would look into the shooting at the market.",
        "Gunmen struck a farm near Ogbomoso, Parish Headquarters said.",
        "The State said nothing about the two traders found dead.",
        "District said the road to the camp stayed closed.",
    ],
)
def test_an_area_word_alone_or_heading_a_name_is_no_actor(text: str) -> None:
    words = {"district", "state", "province", "region", "parish", "county"}
    for mention, types in types_of(text).items():
        assert mention.split()[0].lower() not in words or types <= {
            "state", "state_forces",
        }, (mention, types)  # fmt: skip
        assert not (types & {"person", "other"} and mention.split()[0].lower() in words)


def test_an_area_word_before_an_office_is_no_part_of_a_persons_name() -> None:
    text = "County Commissioner Rhoda Onyancha said the raiders took 200 goats."
    found = actors_of(text)
    assert ("Rhoda Onyancha", "person") in found.get("Rhoda Onyancha", set()), found
    # the office before its holder is the state (the gold of sets 6 and 8), never a person
    for mention, readings in found.items():
        if mention.split()[0] == "County":
            assert {t for _, t in readings} == {"state"}, found


def test_a_police_body_named_by_its_area_stays_a_force() -> None:
    text = "District Police Commissioner Ahmed Bello said two officers were wounded."
    assert "state_forces" in types_of(text).get("District Police", set())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed a teacher in the village and fled towards Gidan Bakuso, Sokoto, "
            "residents said.",
            "Gidan Bakuso",
        ),
        ("The victims were from Ungwan Magaji, a farming settlement.", "Ungwan Magaji"),
        ("A fisherman from Bulisa was shot by soldiers on the lake.", "Bulisa"),
        ("Herders from Bokkos were ambushed by gunmen on Tuesday.", "Bokkos"),
        ("The violence spread to Tchoma Bangou after the raid.", "Tchoma Bangou"),
        ("Villagers fled from Tsauni Kura after the attack.", "Tsauni Kura"),
        ("Three students were abducted from Ung-Waje by bandits.", "Ung-Waje"),
    ],
)
def test_a_village_the_gazetteer_lacks_is_placed_by_its_sentence(text: str, place: str) -> None:
    found = actors_of(text)
    assert not any(place in mention or mention in place for mention in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Musa Abdullahi, Kaduna State governor, condemned the attack.", "Musa Abdullahi"),
        ("A statement from Ibrahim Gambari urged calm.", "Ibrahim Gambari"),
        ("Soldiers shot at Ahmed Yusuf, his lawyer said.", "Ahmed Yusuf"),
    ],
)
def test_a_person_near_a_place_stays_a_person(text: str, person: str) -> None:
    assert "person" in types_of(text).get(person, set())


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Gunmen attacked Kwall, Nkiedonwhro and Ancha communities, killing 12.",
            ("Kwall", "Nkiedonwhro", "Ancha"),
        ),
        ("The militia burned Tchomia and Kasenyi villages near the lake.", ("Tchomia",)),
    ],
)
def test_a_place_word_after_a_list_places_every_name_in_it(text: str, places: tuple) -> None:
    found = actors_of(text)
    assert not any(place in mention for place in places for mention in found), found


def test_a_country_after_a_datelines_town_is_where_the_report_comes_from() -> None:
    found = actors_of("Kwall, Nigeria — Gunmen killed nine people overnight.")
    assert "Nigeria" not in found and "Kwall" not in found
    # A country that acts after a comma stays the state.
    assert "Nigeria" in actors_of("In a statement on Monday, Nigeria said it would respond.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Towns of 5,000 to 15,000 people, in the country the text names.
        ("Nigerian police said bandits attacked Kankara overnight, killing four.", "Kankara"),
        ("Kenyan police said raiders attacked Kainuk on Sunday.", "Kainuk"),
        # A raid's object is a place, known or not.
        ("Gunmen stormed Maru Gari before dawn, police in Nigeria said.", "Maru Gari"),
    ],
)
def test_what_an_attack_or_a_raid_took_is_a_place(text: str, place: str) -> None:
    assert place not in actors_of(text)


def test_a_person_attacked_stays_a_person() -> None:
    text = "Soldiers attacked Ali Baba at his home, Nigerian police said."
    assert "person" in types_of(text).get("Ali Baba", set())


def test_a_country_filing_a_headline_is_no_actor_but_a_speaker_is() -> None:
    assert "Kenya" not in actors_of("Kenya: bandits kill three police reservists in Baringo")
    assert "Somalia" not in actors_of("Somalia: Al-Shabaab fighters storm military base")
    assert "state" in types_of("Iran: we will respond to any attack, minister says")["Iran"]


def test_a_small_town_of_one_country_gives_an_unplaced_article_its_country() -> None:
    found = actors_of("Bandits have killed more than 50 people in Tsafe this month.")
    assert found["Bandits"] == {("Unidentified Armed Group (Nigeria)", "unidentified_armed_group")}
    # A name that towns of several countries share tells no country.
    assert area_country("Tsafe") == "Nigeria" and area_country("Kelso") is None


# --- the stress set of session 16 (HP16): places of every region, never an actor -------
# Written gold first: each row is (country, sentence, the places in it, an actor the veto
# must not eat or None). The places are towns, districts and provinces whose names are also
# a person's, a saint's, a word or an organisation's, multi-word names, names in a dateline
# and names after "in", "near", "at", "outside" or before an area word.
STRESS = [
    ("Mexico", "Gunmen opened fire on a family in Santa Catalina, a hamlet of Guerrero, on Sunday.",
     ("Santa Catalina", "Guerrero"), ("Gunmen", "unidentified_armed_group")),
    ("Mexico", "Two police officers were killed outside Aguililla, Michoacán, when a drone "
     "dropped explosives.", ("Aguililla", "Michoacán"), None),
    ("Mexico", "The bodies of five men were found near Lázaro Cárdenas on Tuesday.",
     ("Lázaro Cárdenas",), None),
    ("Mexico", "A shootout in Emiliano Zapata left three dead, prosecutors in Morelos said.",
     ("Emiliano Zapata", "Morelos"), None),
    ("Guatemala", "Police said a bus driver was shot dead in San Pedro Carchá, Alta Verapaz.",
     ("San Pedro Carchá", "Alta Verapaz"), ("Police", "state_forces")),
    ("Guatemala", "Four people were killed in Villa Nueva over the weekend, the national police "
     "said.", ("Villa Nueva",), None),
    ("Honduras", "Gang members killed two bus drivers in Choloma and another in San Pedro Sula "
     "on Friday.", ("Choloma", "San Pedro Sula"), None),
    ("Honduras", "Soldiers were deployed to Francisco Morazán department after a prison riot.",
     ("Francisco Morazán",), ("Soldiers", "state_forces")),
    ("El Salvador", "Troops sealed off Soyapango and searched houses for gang members.",
     ("Soyapango",), ("Troops", "state_forces")),
    ("Colombia", "Dissidents attacked a police station in Suárez, Cauca, wounding two officers.",
     ("Suárez", "Cauca"), None),
    ("Colombia", "An explosive device went off near Jamundí as an army convoy passed.",
     ("Jamundí",), None),
    ("Colombia", "The ELN denied any role in the attack in Tibú, Norte de Santander.",
     ("Tibú", "Norte de Santander"), ("ELN", "armed_group")),
    ("Colombia", "In Argelia, a town in Cauca, armed men burned a community hall.",
     ("Argelia", "Cauca"), ("armed men", "unidentified_armed_group")),
    ("Peru", "Soldiers clashed with a Shining Path column near Vizcatán del Ene.",
     ("Vizcatán del Ene",), ("Soldiers", "state_forces")),
    ("Peru", "Two officers died when their patrol was ambushed outside Pichari, in La "
     "Convención province.", ("Pichari", "La Convención"), None),
    ("Bolivia", "Coca growers blocked roads in Chapare and Yapacaní for a third day.",
     ("Chapare", "Yapacaní"), None),
    ("Ecuador", "Gunmen killed four men at a billiards hall in Durán on Saturday night.",
     ("Durán",), ("Gunmen", "unidentified_armed_group")),
    ("Ecuador", "ESMERALDAS, Ecuador — A car bomb exploded outside a prison in the port city "
     "overnight.", ("ESMERALDAS",), None),
    ("Venezuela", "Miners were killed in a dispute between armed groups near El Callao, in "
     "Bolívar state.", ("El Callao", "Bolívar"), None),
    ("Venezuela", "Relatives said six men had disappeared in Tumeremo since March.",
     ("Tumeremo",), None),
    ("Brazil", "Police killed six suspects during a raid in Salvador, the capital of Bahia.",
     ("Salvador", "Bahia"), ("Police", "state_forces")),
    ("Brazil", "A land activist was shot dead near Anapu, in Pará state.", ("Anapu", "Pará"),
     None),
    ("Brazil", "Gunmen attacked an indigenous village outside São Félix do Xingu.",
     ("São Félix do Xingu",), ("Gunmen", "unidentified_armed_group")),
    ("Argentina", "Shops in Rosario were shot at by gangs demanding protection money.",
     ("Rosario",), None),
    ("Argentina", "A teenager was killed in José C. Paz during a robbery, police in Buenos "
     "Aires province said.", ("José C. Paz", "Buenos Aires"), ("police", "state_forces")),
    ("Paraguay", "A journalist was shot dead in Pedro Juan Caballero, near the border with "
     "Brazil.", ("Pedro Juan Caballero",), None),
    ("Paraguay", "Gunmen on a motorcycle killed a councillor in Mariano Roque Alonso.",
     ("Mariano Roque Alonso",), ("Gunmen", "unidentified_armed_group")),
    ("Chile", "Trucks were set on fire near Ercilla and Tirúa in the south.",
     ("Ercilla", "Tirúa"), None),
    ("Haiti", "Gangs seized Mirebalais after a night of gunfire, residents said.",
     ("Mirebalais",), None),
    ("Haiti", "Armed men raided Cabaret and Arcahaie, forcing families to flee.",
     ("Cabaret", "Arcahaie"), ("Armed men", "unidentified_armed_group")),
    ("Haiti", "Police retook a station in Pétion-Ville after a two-hour gunfight.",
     ("Pétion-Ville",), ("Police", "state_forces")),
    ("Jamaica", "Two men were shot dead in Spanish Town, St Catherine, on Monday.",
     ("Spanish Town", "St Catherine"), None),
    ("Jamaica", "A taxi operator was killed in Montego Bay, St James, police reported.",
     ("Montego Bay", "St James"), ("police", "state_forces")),
    ("Trinidad and Tobago", "Three men were gunned down in Laventille and Morvant overnight.",
     ("Laventille", "Morvant"), None),
    ("United States", "Police in Jackson said a man was shot dead outside a gas station.",
     ("Jackson",), ("Police", "state_forces")),
    ("United States", "A gunman killed ten people at a supermarket in Buffalo.", ("Buffalo",),
     None),
    ("Philippines", "Soldiers killed two militants in Datu Saudi Ampatuan, Maguindanao del Sur.",
     ("Datu Saudi Ampatuan", "Maguindanao del Sur"), ("Soldiers", "state_forces")),
    ("Philippines", "A grenade exploded at a market in President Roxas, Capiz, wounding six.",
     ("President Roxas", "Capiz"), None),
    ("Philippines", "Abu Sayyaf gunmen were sighted near Patikul in Sulu.", ("Patikul", "Sulu"),
     ("Abu Sayyaf", "armed_group")),
    ("Philippines", "Three farmers were shot in Sultan Kudarat province on Thursday.",
     ("Sultan Kudarat",), None),
    ("Philippines", "A village chief was killed in General Santos, the city police said.",
     ("General Santos",), None),
    ("Philippines", "Troops evacuated families from Barangay Tumaga after a firefight.",
     ("Tumaga",), ("Troops", "state_forces")),
    ("Indonesia", "Separatist fighters shot a motorcycle taxi driver in Intan Jaya regency.",
     ("Intan Jaya",), None),
    ("Indonesia", "Police said the attack in Yahukimo left two workers dead.", ("Yahukimo",),
     ("Police", "state_forces")),
    ("Indonesia", "A pastor was killed in Puncak, Central Papua, last week.",
     ("Puncak", "Central Papua"), None),
    ("Papua New Guinea", "Clan fighting in Enga Province has killed dozens near Wabag.",
     ("Enga", "Wabag"), None),
    ("Papua New Guinea", "MOUNT HAGEN, Papua New Guinea — Police said tribal fighters burned "
     "houses overnight.", ("MOUNT HAGEN",), ("Police", "state_forces")),
    ("Solomon Islands", "Rioters burned shops in Chinatown in Honiara.", ("Honiara",),
     ("Rioters", "rioters")),
    ("Vanuatu", "A curfew was imposed on Luganville after clashes between youths.",
     ("Luganville",), None),
    ("France", "Gendarmes came under fire at Saint-Louis, south of Nouméa.",
     ("Saint-Louis", "Nouméa"), ("Gendarmes", "state_forces")),
    ("Pakistan", "LAKKI MARWAT, Pakistan — Militants attacked a police post before dawn.",
     ("LAKKI MARWAT",), None),
    ("Pakistan", "Two soldiers were killed in Mir Ali, North Waziristan, the military said.",
     ("Mir Ali", "North Waziristan"), None),
    ("Pakistan", "A bomb went off in Dera Ismail Khan near a police checkpoint.",
     ("Dera Ismail Khan",), None),
    ("Pakistan", "Gunmen killed seven labourers in Turbat, Kech district.", ("Turbat", "Kech"),
     ("Gunmen", "unidentified_armed_group")),
    ("Pakistan", "Tribal elders in Parachinar said the road to Peshawar stayed closed.",
     ("Parachinar", "Peshawar"), None),
    ("India", "Security forces killed three Maoists in Bijapur district of Chhattisgarh.",
     ("Bijapur", "Chhattisgarh"), ("Security forces", "state_forces")),
    ("India", "Houses were torched in Churachandpur and Imphal East.",
     ("Churachandpur", "Imphal East"), None),
    ("Afghanistan", "A mine exploded in Spin Boldak, killing a boy, officials said.",
     ("Spin Boldak",), None),
    ("Afghanistan", "Fighting was reported in Imam Sahib district of Kunduz.",
     ("Imam Sahib", "Kunduz"), None),
    ("Afghanistan", "A checkpoint near Shah Wali Kot came under fire overnight.",
     ("Shah Wali Kot",), None),
    ("Bangladesh", "Two soldiers were killed in an ambush in Rowangchhari upazila of "
     "Bandarban.", ("Rowangchhari", "Bandarban"), None),
    ("Bangladesh", "Police said a Rohingya leader was stabbed in Ukhiya, Cox's Bazar.",
     ("Ukhiya", "Cox's Bazar"), ("Police", "state_forces")),
    ("Nepal", "Villagers in Rolpa reported that the bridge had been blown up.", ("Rolpa",), None),
    ("Sri Lanka", "A grenade was found near a school in Batticaloa.", ("Batticaloa",), None),
    ("Myanmar", "Resistance fighters captured a base in Kani township, Sagaing Region.",
     ("Kani", "Sagaing"), None),
    ("Myanmar", "Airstrikes hit a village outside Hpakant, residents said.", ("Hpakant",), None),
    ("Thailand", "Insurgents detonated a bomb in Bannang Sata district of Yala.",
     ("Bannang Sata", "Yala"), None),
    ("Thailand", "A ranger was shot dead in Rueso, Narathiwat, on Friday.",
     ("Rueso", "Narathiwat"), None),
    ("Vietnam", "Armed men attacked two commune offices in Dak Lak province.", ("Dak Lak",),
     ("Armed men", "unidentified_armed_group")),
    ("Malaysia", "Gunmen from the sea landed near Lahad Datu in Sabah.",
     ("Lahad Datu", "Sabah"), None),
    ("Tajikistan", "Protesters gathered in Khorog after a local man was killed.", ("Khorog",),
     ("Protesters", "protesters")),
    ("Tajikistan", "Security forces launched an operation in Rushan district of "
     "Gorno-Badakhshan.", ("Rushan", "Gorno-Badakhshan"), ("Security forces", "state_forces")),
    ("Kyrgyzstan", "Shelling hit houses in Batken region near the border.", ("Batken",), None),
    ("Kazakhstan", "Oil workers in Zhanaozen went on strike over wages.", ("Zhanaozen",), None),
    ("Uzbekistan", "Police detained protesters in Nukus, Karakalpakstan.",
     ("Nukus", "Karakalpakstan"), ("Police", "state_forces")),
    ("Nigeria", "Gunmen killed 12 villagers in Bokkos, Plateau State.", ("Bokkos", "Plateau"),
     ("Gunmen", "unidentified_armed_group")),
    ("Nigeria", "Bandits abducted traders on the road between Birnin Gwari and Kaduna.",
     ("Birnin Gwari", "Kaduna"), ("Bandits", "unidentified_armed_group")),
    ("Nigeria", "A farmer was killed at Zurmi, Zamfara, police said.", ("Zurmi", "Zamfara"),
     None),
    ("Nigeria", "IKOT EKPENE, Nigeria — Two police officers were shot at a checkpoint.",
     ("IKOT EKPENE",), None),
    ("Niger", "Soldiers were killed in an ambush near Banibangou, in Tillabéri region.",
     ("Banibangou", "Tillabéri"), ("Soldiers", "state_forces")),
    ("Burkina Faso", "JNIM fighters besieged Djibo for months, aid groups said.", ("Djibo",),
     ("JNIM", "armed_group")),
    ("Burkina Faso", "Civilians digging trenches outside Barsalogho were killed by militants.",
     ("Barsalogho",), None),
    ("Mali", "Islamic State fighters attacked herders near Ménaka.", ("Ménaka",), None),
    ("Mali", "A bus hit a mine between Bandiagara and Boni.", ("Bandiagara", "Boni"), None),
    ("Cameroon", "Separatists kidnapped a priest in Mamfe, South-West region.", ("Mamfe",),
     None),
    ("Cameroon", "A suicide bomber struck a market in Mora, Far North region.", ("Mora",), None),
    ("Chad", "Boko Haram fighters raided an army post at Baga Sola.", ("Baga Sola",),
     ("Boko Haram", "armed_group")),
    ("Central African Republic", "Rebels seized Bria and looted the hospital.", ("Bria",), None),
    ("DR Congo", "ADF rebels killed 20 people in Beni territory overnight.", ("Beni",),
     ("ADF", "armed_group")),
    ("DR Congo", "Displaced families fled Djugu for camps around Bunia.", ("Djugu", "Bunia"),
     None),
    ("DR Congo", "M23 fighters entered Rutshuru and Kiwanja without a fight.",
     ("Rutshuru", "Kiwanja"), ("M23", "armed_group")),
    ("Uganda", "Soldiers killed suspected rebels in Kasese district.", ("Kasese",), None),
    ("Kenya", "Al-Shabaab militants attacked a police camp in Lamu County.", ("Lamu",),
     ("Al-Shabaab", "armed_group")),
    ("Kenya", "Bandits stole cattle in Kapedo, on the border of Baringo and Turkana.",
     ("Kapedo", "Baringo", "Turkana"), None),
    ("Somalia", "A car bomb exploded near a checkpoint in Beledweyne.", ("Beledweyne",), None),
    ("Somalia", "GALKAYO, Somalia — Clan militias clashed over a well.", ("GALKAYO",), None),
    ("Ethiopia", "Fano fighters briefly took Gondar and Bahir Dar in August.",
     ("Gondar", "Bahir Dar"), None),
    ("Ethiopia", "Gunmen killed travellers in Metekel zone of Benishangul-Gumuz.",
     ("Metekel", "Benishangul-Gumuz"), ("Gunmen", "unidentified_armed_group")),
    ("Sudan", "The RSF shelled El Fasher and a camp outside Geneina.", ("El Fasher", "Geneina"),
     None),
    ("Sudan", "Refugees from Um Rawaba arrived in Kosti on foot.", ("Um Rawaba", "Kosti"), None),
    ("South Sudan", "Fighting erupted in Malakal between two militias.", ("Malakal",), None),
    ("South Sudan", "Youths in Pibor mobilised after a raid.", ("Pibor",), None),
    ("Mozambique", "Insurgents attacked Mocímboa da Praia and Macomia in the same week.",
     ("Mocímboa da Praia", "Macomia"), None),
    ("Mozambique", "Rwandan troops patrolled the road from Palma to Ancuabe.",
     ("Palma", "Ancuabe"), ("Rwandan troops", "state_forces")),
    ("South Africa", "Five people were shot dead in a tavern in Umlazi, south of Durban.",
     ("Umlazi", "Durban"), None),
    ("South Africa", "Police in Khayelitsha said a taxi dispute led to the killings.",
     ("Khayelitsha",), ("Police", "state_forces")),
    ("Zimbabwe", "Riot police dispersed vendors in Chitungwiza.", ("Chitungwiza",),
     ("Riot police", "state_forces")),
    ("Libya", "Mass graves were found in Tarhuna after the fighters withdrew.", ("Tarhuna",),
     None),
    ("Libya", "Clashes broke out between armed groups in Zawiya on Sunday.", ("Zawiya",), None),
    ("Syria", "Airstrikes hit Maarat al-Numan and villages around Idlib.",
     ("Maarat al-Numan", "Idlib"), None),
    ("Syria", "Shelling hit Sheikh Maqsoud, a district of Aleppo.", ("Sheikh Maqsoud", "Aleppo"),
     None),
    ("Iraq", "A bomb killed three people in Tuz Khurmatu, Salahuddin province.",
     ("Tuz Khurmatu", "Salahuddin"), None),
    ("Iraq", "Gunmen killed a farmer in Abu Ghraib, west of Baghdad.", ("Abu Ghraib", "Baghdad"),
     ("Gunmen", "unidentified_armed_group")),
    ("Yemen", "The Houthis fired missiles at Marib and shelled Taiz.", ("Marib", "Taiz"),
     ("Houthis", "armed_group")),
    ("Lebanon", "An Israeli strike hit a house in Bint Jbeil.", ("Bint Jbeil",), None),
    ("Palestine", "Troops raided Jenin and Tulkarm overnight.", ("Jenin", "Tulkarm"),
     ("Troops", "state_forces")),
    ("Palestine", "Families sheltering in Deir al-Balah said the strike hit a tent.",
     ("Deir al-Balah",), None),
    ("Ukraine", "A missile struck a hotel in Kramatorsk, killing two.", ("Kramatorsk",), None),
    ("Ukraine", "Russian forces advanced toward Pokrovsk and Kupiansk.",
     ("Pokrovsk", "Kupiansk"), ("Russian forces", "state_forces")),
    ("Russia", "Drones hit an oil depot in Belgorod region.", ("Belgorod",), None),
    ("Turkey", "Soldiers were killed in Hakkari province in a clash with PKK fighters.",
     ("Hakkari",), ("PKK", "armed_group")),
    ("Iran", "Security forces opened fire on worshippers in Zahedan.", ("Zahedan",),
     ("Security forces", "state_forces")),
    ("Egypt", "Militants attacked a checkpoint near Sheikh Zuweid in North Sinai.",
     ("Sheikh Zuweid", "North Sinai"), None),
    ("Algeria", "Smugglers were intercepted near Tamanrasset.", ("Tamanrasset",), None),
    ("Tunisia", "Soldiers hunting militants in the hills around Kasserine found a camp.",
     ("Kasserine",), None),
    ("Senegal", "Rebels ambushed a convoy near Bignona in Ziguinchor region.",
     ("Bignona", "Ziguinchor"), None),
    ("Guinea", "Clashes in Nzérékoré left several people dead.", ("Nzérékoré",), None),
    ("Sierra Leone", "Youths rioted in Makeni over a power cut.", ("Makeni",), None),
    ("Liberia", "Protesters blocked the highway at Ganta.", ("Ganta",),
     ("Protesters", "protesters")),
    ("Ghana", "A curfew was reimposed on Bawku after gunfire.", ("Bawku",), None),
    ("Togo", "Jihadists attacked a post near Dapaong in Savanes Region.",
     ("Dapaong", "Savanes"), None),
    ("Benin", "Two park rangers were killed near Karimama.", ("Karimama",), None),
    ("Burundi", "Rebels crossed into Cibitoke province from Congo.", ("Cibitoke",), None),
    ("Tanzania", "Police shot dead three suspects in Kibiti, Pwani region.",
     ("Kibiti", "Pwani"), ("Police", "state_forces")),
    ("Madagascar", "Cattle rustlers attacked villages in Ankazobe district.", ("Ankazobe",),
     None),
    ("Angola", "Separatists attacked a patrol in Cabinda.", ("Cabinda",), None),
    # written "protesters"; a crowd that burns shops is rioters (ACLED, the sets' gold)
    ("Eswatini", "Protesters burned shops in Manzini.", ("Manzini",),
     ("Protesters", "rioters")),
    ("Lesotho", "Gang violence in Mafeteng has displaced families.", ("Mafeteng",), None),
    ("Mauritania", "Refugees crossed into Bassikounou from Mali.", ("Bassikounou",), None),
    ("China", "Police in Hotan detained dozens of people.", ("Hotan",),
     ("Police", "state_forces")),
    ("Kosovo", "Gunmen barricaded themselves in a monastery at Banjska near Zvečan.",
     ("Banjska", "Zvečan"), None),
    ("United Kingdom", "A car bomb was left outside a police station in Derry.", ("Derry",),
     None),
    ("Armenia", "Shelling hit Jermuk, a spa town.", ("Jermuk",), None),
    ("Azerbaijan", "Shells fell on Tartar overnight.", ("Tartar",), None),
    ("Nicaragua", "Police surrounded a church in Masaya.", ("Masaya",),
     ("Police", "state_forces")),
    ("Timor-Leste", "Martial arts gangs fought in Baucau.", ("Baucau",), None),
    ("Djibouti", "Clashes were reported in Ali Sabieh.", ("Ali Sabieh",), None),
]  # fmt: skip
# The constructions that leaked on the open sets 13-15, in other words and other places
# (written before these rows were run): a name after "nearby" or "neighbouring", a region
# with its article after "from", a country left or crossed, a district's city at the end of
# a clause, names joined by a lower-case word, a building named after its town, a town in
# a protest's name, a town "on" its island.
STRESS += [
    ("Kenya", "Bandits fled with the cattle to nearby Chemolingot, police said.",
     ("Chemolingot",), ("Bandits", "unidentified_armed_group")),
    ("Kenya", "Raiders then struck neighbouring Tot, burning a dispensary.", ("Tot",), None),
    ("United Kingdom", "Officers were sent to Longsight and neighbouring Ardwick after the "
     "shooting.", ("Longsight", "Ardwick"), None),
    ("Nigeria", "Herders were blamed for a night raid on nearby Yelwata.", ("Yelwata",), None),
    ("Mexico", "Cartel gunmen retreated to nearby Tepalcatepec.", ("Tepalcatepec",), None),
    ("Brazil", "The operation moved on to neighbouring Jacarezinho the next day.",
     ("Jacarezinho",), None),
    ("Senegal", "A soldier from the Casamance was killed by a landmine.", ("Casamance",), None),
    ("Nepal", "A trader from the Terai was beaten by a mob.", ("Terai",), None),
    ("Guatemala", "Migrants from the Petén said smugglers had beaten them.", ("Petén",), None),
    ("Sudan", "Refugees crossing from Sudan told aid workers of killings in Darfur.",
     ("Sudan", "Darfur"), None),
    ("Eritrea", "Soldiers fired at young men fleeing across the border from Eritrea.",
     ("Eritrea",), ("Soldiers", "state_forces")),
    ("Afghanistan", "Fighters who slipped in from Afghanistan attacked a post in Chitral.",
     ("Afghanistan", "Chitral"), None),
    ("Chad", "Thousands of families fled into Chad after the raid on their village.",
     ("Chad",), None),
    ("Haiti", "Police searched homes in the Tabarre district of Port-au-Prince.",
     ("Tabarre", "Port-au-Prince"), ("Police", "state_forces")),
    ("Kenya", "Officers raided a house in the Mathare settlement of Nairobi.",
     ("Mathare", "Nairobi"), None),
    ("Venezuela", "Soldiers stormed a hideout in the Cota 905 area of El Paraíso, Caracas.",
     ("El Paraíso", "Caracas"), ("Soldiers", "state_forces")),
    ("Albania", "A man was shot in the village of Mali i Robit near Durrës.",
     ("Mali i Robit", "Durrës"), None),
    ("Albania", "Police in Bajram Curri arrested a suspect in the feud killing.",
     ("Bajram Curri",), ("Police", "state_forces")),
    ("Haiti", "Gangs attacked Croix-des-Bouquets and Saint-Louis-du-Nord in one week.",
     ("Croix-des-Bouquets", "Saint-Louis-du-Nord"), None),
    ("Palestine", "An airstrike hit a school in Beit Hanoun, medics said.", ("Beit Hanoun",),
     None),
    ("Syria", "Turkish-backed fighters shelled Tell Abyad and Ras al-Ayn.",
     ("Tell Abyad", "Ras al-Ayn"), None),
    ("Uganda", "The wounded were taken to Mbarara Regional Referral Hospital.", ("Mbarara",),
     None),
    ("DR Congo", "Doctors at the General Hospital of Kikwit said six had died.", ("Kikwit",),
     None),
    ("Kenya", "Two men died at Lodwar County Referral Hospital on Sunday.", ("Lodwar",), None),
    ("Fiji", "The injured were treated at Labasa Hospital, police said.", ("Labasa",),
     ("police", "state_forces")),
    ("Serbia", "Riot police broke up the Novi Pazar protest with batons.", ("Novi Pazar",),
     ("Riot police", "state_forces")),
    ("Nigeria", "Soldiers fired on the Port Harcourt protest, witnesses said.",
     ("Port Harcourt",), ("Soldiers", "state_forces")),
    ("Kyrgyzstan", "Police dispersed a Kara-Balta rally over water cuts.", ("Kara-Balta",),
     ("Police", "state_forces")),
    ("Vanuatu", "Youths stoned the police station at Lenakel on Tanna.", ("Lenakel", "Tanna"),
     None),
    ("Solomon Islands", "A curfew was declared at Auki on Malaita after the riot.",
     ("Auki", "Malaita"), None),
    ("Paraguay", "Gunmen attacked the police post at Pedro Juan Caballero.",
     ("Pedro Juan Caballero",), ("Gunmen", "unidentified_armed_group")),
]  # fmt: skip


def _leaks(text: str, places: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(place, mention, type) of every actor mention overlapping a whole-word place."""
    found = analysis.extract_actors(text)
    rows = list(zip(found["start"], found["end"], found["mention"], found["actor_type"],
                    strict=True))  # fmt: skip
    return [
        (place, mention, kind)
        for place in places
        for match in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", text)
        for start, end, mention, kind in rows
        if start < match.end() and end > match.start()
    ]


# Rows the rules do not yet get right: (country, first place or actor mention) -> why.
OPEN: dict[tuple[str, str], str] = {}


def _open(country: str, key: str) -> list:
    """A strict xfail for a row the rules do not yet get right."""
    reason = OPEN.get((country, key))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def test_the_stress_set_spans_the_world() -> None:
    assert len(STRESS) >= 100
    assert len({country for country, *_ in STRESS}) >= 50
    assert sum(actor is not None for *_, actor in STRESS) >= 20


@pytest.mark.parametrize(
    ("text", "places"),
    [pytest.param(text, places, marks=_open(country, places[0]), id=f"{country}-{places[0]}")
     for country, text, places, _ in STRESS],
)  # fmt: skip
def test_no_place_of_the_stress_set_is_an_actor(text: str, places: tuple[str, ...]) -> None:
    assert _leaks(text, places) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [pytest.param(text, actor, marks=_open(country, actor[0]), id=f"{country}-{actor[0]}")
     for country, text, _, actor in STRESS if actor],
)  # fmt: skip
def test_the_veto_keeps_the_actors_of_the_stress_set(text: str, actor: tuple[str, str]) -> None:
    assert typed_at(text, *actor)


@pytest.mark.parametrize(
    "text",
    [
        "Lakki Marwat District remained under curfew.",
        "Bannu District remained under curfew on Monday, police said.",
        "Francisco Morazán Department recorded 40 killings.",
        "Jose Abad Santos Municipality was cut off by the fighting.",
        "Reports from Mirpur Khas Division said two people died.",
        "Officials in Sultan Kudarat Province said five people died.",
    ],
)
def test_a_name_ending_in_an_area_word_is_never_a_person_nor_a_party(text: str) -> None:
    # "District", "Province", "Department": the area, however person-like the name before
    # it; none of these areas speaks, so none is its government either
    for mention, types in types_of(text).items():
        assert mention.split()[-1].lower() not in ADMIN_WORDS, (mention, types)
        assert "person" not in types, (mention, types)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bandits took 15 people from Kuriga.", "Kuriga"),
        ("Gunmen seized three farmers from Tudun Wada.", "Tudun Wada"),
        ("Bandits snatched two girls from Gidan Bakuso.", "Gidan Bakuso"),
    ],
)
def test_where_people_were_carried_from_is_a_place(text: str, place: str) -> None:
    assert not any(place in mention for mention in actors_of(text))


def test_what_is_taken_from_a_person_leaves_the_person() -> None:
    # only people carried off make "from X" a place: evidence is taken from a witness
    assert "person" in types_of("The court took evidence from Amina Bello.")["Amina Bello"]
