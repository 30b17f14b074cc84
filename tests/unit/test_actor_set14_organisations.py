"""Named organisations as actors: a stress set written gold first (issue 13, session 15).

Categories the fourteenth set showed one example of each, stressed here in new shapes,
languages and countries (58): civil-society bodies named by an association word ("Council
of Churches", "Teachers' Federation", "Journalists Syndicate", "Initiative for ... Rights",
"Ain o Salish Kendra"); state bodies named as councils, centres, directorates, agencies and
police zones ("National Security Council", "Emergency Operations Centre", "Drug Enforcement
Agency", "the Charleroi police zone", "Direction Générale de la Sécurité d'État"); forces a
state commands ("Rapid Intervention Brigade", "Internal Security Forces", "Bolivarian Armed
Forces"); gangs, martial-arts brotherhoods, parliamentary blocs, party wings and parties
that fight ("El Tren del Llano", "the Pagar Nusa martial arts group", "the Sadrist bloc");
long names the model cuts ("the Kenya Initiative" + "for Civic Rights", "Fundación para
el Debido Proceso"); multinational forces ("Peacekeeping Forces", "Stabilisation Force").
Every sentence was written for these tests, with its gold mention and type, before the
package was run on it; names are real public facts, the incidents are invented. The
targeted tests below use other sentences, from other countries, than the stress set.

Left out (named in the misses below the floors): a name the model cuts into person-like
pieces ("Hard Livings"), a gang it does not tag ("Rasta City gunmen"), "Coalition for" (a
party's word as often as a rights group's), a service centre typed by "Service".

Conventions kept: a named clan that fights in a communal feud is `militia` (this set's gold
typed an Albanian crime clan `armed_group`: that row stays a miss); a "Security Committee"
stays `state_forces` (set 13), though this set's gold said `state` for one.
"""

from collections import Counter

import pytest
from extraction_helpers import actor_names, typed_at, types_holding, types_of

import analysis

# (category, country, sentence, ((gold mention, gold type), ...)): the gold as written first.
STRESS = (
    # 1. civil society named by an association word (centre, council of churches, federation,
    # syndicate, initiative, network, league, society, project), in English and Bengali
    (
        "ngo_names",
        "Nigeria",
        "The Civil Society Legislative Advocacy Centre said soldiers detained three journalists in Maiduguri.",
        (("Civil Society Legislative Advocacy Centre", "ngo"),),
    ),
    (
        "ngo_names",
        "Myanmar",
        "The Burma Human Rights Network said soldiers killed five villagers in Magway.",
        (("Burma Human Rights Network", "ngo"),),
    ),
    (
        "ngo_names",
        "Sri Lanka",
        "The Centre for Policy Alternatives reported that police arrested 12 Tamil students in Jaffna.",
        (("Centre for Policy Alternatives", "ngo"),),
    ),
    (
        "ngo_names",
        "Philippines",
        "The National Council of Churches in the Philippines condemned the killing of a pastor in Bukidnon.",
        (("National Council of Churches in the Philippines", "ngo"),),
    ),
    (
        "ngo_names",
        "South Sudan",
        "The South Sudan Council of Churches said gunmen killed a priest in Rumbek.",
        (("South Sudan Council of Churches", "ngo"),),
    ),
    (
        "ngo_names",
        "Kenya",
        "The National Council of Churches of Kenya called for calm after two people were shot in Kisumu.",
        (("National Council of Churches of Kenya", "ngo"),),
    ),
    (
        "ngo_names",
        "Ukraine",
        "The Ukrainian Helsinki Human Rights Union said two civilians were tortured in Kherson.",
        (("Ukrainian Helsinki Human Rights Union", "ngo"),),
    ),
    (
        "ngo_names",
        "Russia",
        "The Memorial Human Rights Centre said police detained 30 protesters in Moscow.",
        (("Memorial Human Rights Centre", "ngo"),),
    ),
    (
        "ngo_names",
        "Zimbabwe",
        "The Zimbabwe Peace Project recorded 40 cases of political violence in Manicaland.",
        (("Zimbabwe Peace Project", "ngo"),),
    ),
    (
        "ngo_names",
        "Pakistan",
        "The Sindh Teachers Association said a teacher was shot dead in Larkana.",
        (("Sindh Teachers Association", "ngo"),),
    ),
    (
        "ngo_names",
        "Bangladesh",
        "Ain o Salish Kendra said 12 people were killed in mob beatings across the country.",
        (("Ain o Salish Kendra", "ngo"),),
    ),
    (
        "ngo_names",
        "India",
        "The People's Union for Civil Liberties said police shot two tribal villagers in Bastar.",
        (("People's Union for Civil Liberties", "ngo"),),
    ),
    (
        "ngo_names",
        "Honduras",
        "The Honduran Teachers' Federation said police fired tear gas at a march in Tegucigalpa.",
        (("Honduran Teachers' Federation", "ngo"),),
    ),
    (
        "ngo_names",
        "Nicaragua",
        "The Nicaraguan Center for Human Rights said police detained 20 students in Managua.",
        (("Nicaraguan Center for Human Rights", "ngo"),),
    ),
    (
        "ngo_names",
        "Iraq",
        "The Iraqi Journalists Syndicate said a reporter was shot in Basra.",
        (("Iraqi Journalists Syndicate", "ngo"),),
    ),
    (
        "ngo_names",
        "Tunisia",
        "The Tunisian League for the Defence of Human Rights said police beat a young man to death in Sfax.",
        (("Tunisian League for the Defence of Human Rights", "ngo"),),
    ),
    (
        "ngo_names",
        "Cameroon",
        "The Network of Human Rights Defenders in Central Africa said soldiers detained a lawyer in Buea.",
        (("Network of Human Rights Defenders in Central Africa", "ngo"),),
    ),
    (
        "ngo_names",
        "Ethiopia",
        "The Ethiopian Human Rights Council said militiamen killed 11 farmers in West Wollega.",
        (("Ethiopian Human Rights Council", "ngo"),),
    ),
    (
        "ngo_names",
        "Uganda",
        "The Foundation for Human Rights Initiative said soldiers beat a boda boda rider in Gulu.",
        (("Foundation for Human Rights Initiative", "ngo"),),
    ),
    (
        "ngo_names",
        "Nepal",
        "The Informal Sector Service Centre said police shot dead a protester in Saptari.",
        (("Informal Sector Service Centre", "ngo"),),
    ),
    (
        "ngo_names",
        "Thailand",
        "The Cross Cultural Foundation said soldiers tortured a detainee in Pattani.",
        (("Cross Cultural Foundation", "ngo"),),
    ),
    (
        "ngo_names",
        "Indonesia",
        "The Jakarta Legal Aid Institute said police beat five students after the protest.",
        (("Jakarta Legal Aid Institute", "ngo"),),
    ),
    (
        "ngo_names",
        "Georgia",
        "The Georgian Young Lawyers' Association said riot police beat 12 protesters in Tbilisi.",
        (("Georgian Young Lawyers' Association", "ngo"),),
    ),
    (
        "ngo_names",
        "Haiti",
        "The National Human Rights Defense Network said gang members killed 15 people in Cité Soleil.",
        (("National Human Rights Defense Network", "ngo"),),
    ),
    (
        "ngo_names",
        "Nigeria",
        "The Centre for Democracy and Development said gunmen killed 40 villagers in Plateau.",
        (("Centre for Democracy and Development", "ngo"),),
    ),
    (
        "ngo_names",
        "Uganda",
        "The Inter-Religious Council of Uganda condemned the killing of an imam in Kampala.",
        (("Inter-Religious Council of Uganda", "ngo"),),
    ),
    (
        "ngo_names",
        "Zambia",
        "The Zambia Congress of Trade Unions said police assaulted two miners in Kitwe.",
        (("Zambia Congress of Trade Unions", "ngo"),),
    ),
    (
        "ngo_names",
        "Malawi",
        "The Malawi Law Society condemned the shooting of a student by police in Zomba.",
        (("Malawi Law Society", "ngo"),),
    ),
    # 2. state bodies named as councils, centres, directorates, agencies, commands, police
    # zones, prosecutions; French and Spanish names
    (
        "state_bodies",
        "Somalia",
        "The National Intelligence and Security Agency said its forces killed 20 al-Shabaab fighters in Lower Shabelle.",
        (("National Intelligence and Security Agency", "state_forces"),),
    ),
    (
        "state_bodies",
        "Mozambique",
        "The Provincial Police Command said insurgents beheaded two men in Cabo Delgado.",
        (("Provincial Police Command", "state_forces"),),
    ),
    (
        "state_bodies",
        "Niger",
        "The National Security Council met in Niamey after 12 soldiers were killed near Tillabéri.",
        (("National Security Council", "state"),),
    ),
    (
        "state_bodies",
        "Lebanon",
        "The General Directorate of General Security arrested three Syrians in Beirut.",
        (("General Directorate of General Security", "state_forces"),),
    ),
    (
        "state_bodies",
        "Egypt",
        "The Supreme State Security Prosecution ordered the detention of 15 activists.",
        (("Supreme State Security Prosecution", "state"),),
    ),
    (
        "state_bodies",
        "Burkina Faso",
        "The National Crisis Management Centre said 30 civilians were killed in Djibo.",
        (("National Crisis Management Centre", "state"),),
    ),
    (
        "state_bodies",
        "Belgium",
        "The Midi police zone said two men were stabbed in Anderlecht.",
        (("Midi police zone", "state_forces"),),
    ),
    (
        "state_bodies",
        "Belgium",
        "The Charleroi police zone arrested four men after a shooting on Saturday.",
        (("Charleroi police zone", "state_forces"),),
    ),
    (
        "state_bodies",
        "Philippines",
        "The Philippine Drug Enforcement Agency said its agents killed two suspects in Cebu.",
        (("Philippine Drug Enforcement Agency", "state_forces"),),
    ),
    (
        "state_bodies",
        "Colombia",
        "The Unidad Nacional de Protección said a social leader it protected was shot in Tumaco.",
        (("Unidad Nacional de Protección", "state"),),
    ),
    (
        "state_bodies",
        "Mali",
        "The Direction Générale de la Sécurité d'État detained two journalists in Bamako.",
        (("Direction Générale de la Sécurité d'État", "state_forces"),),
    ),
    (
        "state_bodies",
        "Iraq",
        "The Joint Operations Command said an airstrike killed six Islamic State fighters in Kirkuk.",
        (("Joint Operations Command", "state_forces"),),
    ),
    (
        "state_bodies",
        "Syria",
        "The General Security Directorate said gunmen killed three of its officers in Latakia.",
        (("General Security Directorate", "state_forces"),),
    ),
    (
        "state_bodies",
        "Nigeria",
        "The National Emergency Management Agency said 23 bodies were recovered after the attack in Borno.",
        (("National Emergency Management Agency", "state"),),
    ),
    (
        "state_bodies",
        "Ghana",
        "The Bawku Municipal Security Council imposed a curfew after three people were shot.",
        (("Bawku Municipal Security Council", "state"),),
    ),
    (
        "state_bodies",
        "Pakistan",
        "The Federal Investigation Agency arrested two men in Karachi over the bombing.",
        (("Federal Investigation Agency", "state_forces"),),
    ),
    (
        "state_bodies",
        "Uzbekistan",
        "The State Security Service detained a blogger in Tashkent.",
        (("State Security Service", "state_forces"),),
    ),
    (
        "state_bodies",
        "Morocco",
        "The Directorate General of National Security said police arrested 11 suspects in Casablanca.",
        (("Directorate General of National Security", "state_forces"),),
    ),
    (
        "state_bodies",
        "Saudi Arabia",
        "The Presidency of State Security said it arrested four men in Qatif.",
        (("Presidency of State Security", "state_forces"),),
    ),
    (
        "state_bodies",
        "Chad",
        "The Regional Security Committee of Ouaddaï banned motorbikes after the attack.",
        (("Regional Security Committee", "state"),),
    ),
    # 3. forces a state commands: numbered and functional brigades, security and armed forces
    (
        "state_units",
        "Libya",
        "The 166th Brigade said it repelled an attack on its base in Tripoli.",
        (("166th Brigade", "state_forces"),),
    ),
    (
        "state_units",
        "Ukraine",
        "The 47th Mechanized Brigade said it shot down a drone near Avdiivka.",
        (("47th Mechanized Brigade", "state_forces"),),
    ),
    (
        "state_units",
        "Venezuela",
        "The Bolivarian National Guard fired tear gas at protesters in Táchira.",
        (("Bolivarian National Guard", "state_forces"),),
    ),
    (
        "state_units",
        "Venezuela",
        "The Bolivarian National Police detained three students in Caracas.",
        (("Bolivarian National Police", "state_forces"),),
    ),
    (
        "state_units",
        "Lebanon",
        "The Internal Security Forces arrested 20 suspects in Tripoli.",
        (("Internal Security Forces", "state_forces"),),
    ),
    (
        "state_units",
        "Somalia",
        "The Puntland Security Force said it killed eight fighters in the Cal Miskaad mountains.",
        (("Puntland Security Force", "state_forces"),),
    ),
    (
        "state_units",
        "Colombia",
        "The 29th Brigade arrested three ELN members in Cauca.",
        (("29th Brigade", "state_forces"),),
    ),
    (
        "state_units",
        "Ethiopia",
        "The Amhara Special Forces clashed with Fano fighters near Gondar.",
        (("Amhara Special Forces", "state_forces"),),
    ),
    (
        "state_units",
        "Pakistan",
        "The Sindh Rangers arrested four suspects in Karachi.",
        (("Sindh Rangers", "state_forces"),),
    ),
    (
        "state_units",
        "Cameroon",
        "The Rapid Intervention Battalion said it killed four separatists near Bamenda.",
        (("Rapid Intervention Battalion", "state_forces"),),
    ),
    (
        "state_units",
        "Nigeria",
        "The 7th Division said its troops killed 12 insurgents near Gwoza.",
        (("7th Division", "state_forces"),),
    ),
    (
        "state_units",
        "Iraq",
        "The Federal Police said a bomb killed two of its officers in Tarmiyah.",
        (("Federal Police", "state_forces"),),
    ),
    (
        "state_units",
        "Mexico",
        "The Guardia Nacional said its agents were ambushed near Culiacán.",
        (("Guardia Nacional", "state_forces"),),
    ),
    (
        "state_units",
        "Burkina Faso",
        "The Rapid Intervention Brigade said it repelled an attack near Kaya.",
        (("Rapid Intervention Brigade", "state_forces"),),
    ),
    # 4. gangs, brotherhoods, blocs, party wings and parties that fight
    (
        "gangs_wings",
        "Colombia",
        "El Tren del Llano extorted traders in Villavicencio.",
        (("El Tren del Llano", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Mexico",
        "La Línea gunmen killed four people in Ciudad Juárez.",
        (("La Línea", "armed_group"),),
    ),
    (
        "gangs_wings",
        "South Africa",
        "Hard Livings gunmen shot two men in Manenberg.",
        (("Hard Livings", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Jamaica",
        "Members of the Klansman gang killed three people in Spanish Town.",
        (("Klansman", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Trinidad and Tobago",
        "Rasta City gunmen shot a man in Laventille.",
        (("Rasta City", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Haiti",
        "The 400 Mawozo gang kidnapped five missionaries in Croix-des-Bouquets.",
        (("400 Mawozo", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Nigeria",
        "Members of the Aiye confraternity killed two students in Benin City.",
        (("Aiye", "militia"),),
    ),
    (
        "gangs_wings",
        "Indonesia",
        "Members of the Pagar Nusa martial arts group attacked a food stall in Jombang.",
        (("Pagar Nusa", "militia"),),
    ),
    (
        "gangs_wings",
        "Iraq",
        "The Sadrist bloc said its supporters were shot at in Baghdad.",
        (("Sadrist bloc", "political"),),
    ),
    (
        "gangs_wings",
        "Lebanon",
        "The Loyalty to the Resistance bloc condemned the strike on Nabatieh.",
        (("Loyalty to the Resistance bloc", "political"),),
    ),
    (
        "gangs_wings",
        "Bangladesh",
        "Chhatra League activists attacked students at Dhaka University.",
        (("Chhatra League", "political"),),
    ),
    (
        "gangs_wings",
        "Zimbabwe",
        "ZANU-PF Youth League members beat two villagers in Mudzi.",
        (("ZANU-PF Youth League", "political"),),
    ),
    (
        "gangs_wings",
        "India",
        "The Communist Party of India (Maoist) killed two police informers in Bijapur.",
        (("Communist Party of India (Maoist)", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Bangladesh",
        "The Purba Banglar Communist Party killed a trader in Kushtia.",
        (("Purba Banglar Communist Party", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Philippines",
        "The Communist Party of the Philippines said its fighters ambushed soldiers in Samar.",
        (("Communist Party of the Philippines", "armed_group"),),
    ),
    (
        "gangs_wings",
        "Somalia",
        "Fighters of the Habar Gidir clan clashed with Abgaal clan militiamen near Adale.",
        (
            ("Habar Gidir", "militia"),
            ("Abgaal", "militia"),
        ),
    ),
    (
        "gangs_wings",
        "Albania",
        "Members of the Habilaj clan shot a rival in Vlora over a drug shipment.",
        (("Habilaj", "armed_group"),),
    ),
    # 5. long names kept whole across "of", "for", "and", "para", hyphens
    (
        "long_names",
        "Bolivia",
        "The Permanent Assembly for Human Rights of Bolivia said police killed two coca growers in the Yungas.",
        (("Permanent Assembly for Human Rights of Bolivia", "ngo"),),
    ),
    (
        "long_names",
        "Afghanistan",
        "The Coalition for Women's Rights in Conflict Situations said the Taliban detained four women in Herat.",
        (("Coalition for Women's Rights in Conflict Situations", "ngo"),),
    ),
    (
        "long_names",
        "Zimbabwe",
        "The Research and Advocacy Unit said 12 activists were abducted in Harare.",
        (("Research and Advocacy Unit", "ngo"),),
    ),
    (
        "long_names",
        "Sudan",
        "The Central Committee of Sudanese Doctors said RSF fighters killed 15 civilians in El Fasher.",
        (("Central Committee of Sudanese Doctors", "ngo"),),
    ),
    (
        "long_names",
        "Bolivia",
        "The Fundación para el Debido Proceso said police beat three detainees in Cochabamba.",
        (("Fundación para el Debido Proceso", "ngo"),),
    ),
    (
        "long_names",
        "Mexico",
        "The Centro de Derechos Humanos Fray Bartolomé de las Casas said soldiers displaced 200 families in Chiapas.",
        (("Centro de Derechos Humanos Fray Bartolomé de las Casas", "ngo"),),
    ),
    (
        "long_names",
        "Colombia",
        "The Instituto de Estudios para el Desarrollo y la Paz counted four massacres in Cauca.",
        (("Instituto de Estudios para el Desarrollo y la Paz", "ngo"),),
    ),
    (
        "long_names",
        "Brazil",
        "The Comissão Pastoral da Terra said gunmen killed two landless workers in Pará.",
        (("Comissão Pastoral da Terra", "ngo"),),
    ),
    (
        "long_names",
        "DR Congo",
        "The Association Africaine de Défense des Droits de l'Homme said police detained 14 activists in Lubumbashi.",
        (("Association Africaine de Défense des Droits de l'Homme", "ngo"),),
    ),
    (
        "long_names",
        "Cambodia",
        "The Cambodian League for the Promotion and Defense of Human Rights said police beat two land activists in Kampong Speu.",
        (("Cambodian League for the Promotion and Defense of Human Rights", "ngo"),),
    ),
    (
        "long_names",
        "Colombia",
        "The Committee for Solidarity with Political Prisoners said soldiers detained a peasant leader in Arauca.",
        (("Committee for Solidarity with Political Prisoners", "ngo"),),
    ),
    (
        "long_names",
        "Guatemala",
        "The Mutual Support Group said two trade unionists were shot in Izabal.",
        (("Mutual Support Group", "ngo"),),
    ),
    # 6. international missions and multinational forces
    (
        "intl",
        "Nigeria",
        "The Multinational Joint Task Force said its troops killed 30 Boko Haram fighters near Lake Chad.",
        (("Multinational Joint Task Force", "international_org"),),
    ),
    (
        "intl",
        "Somalia",
        "The African Union Transition Mission in Somalia said a convoy was ambushed near Baidoa.",
        (("African Union Transition Mission in Somalia", "international_org"),),
    ),
    (
        "intl",
        "Kosovo",
        "The Kosovo Force said 30 of its soldiers were injured in Zvečan.",
        (("Kosovo Force", "international_org"),),
    ),
    (
        "intl",
        "DR Congo",
        "The East African Community Regional Force said its troops came under fire near Kibumba.",
        (("East African Community Regional Force", "international_org"),),
    ),
    (
        "intl",
        "Mali",
        "The Joint Force of the G5 Sahel said it killed 20 militants near Ménaka.",
        (("Joint Force of the G5 Sahel", "international_org"),),
    ),
    (
        "intl",
        "Timor-Leste",
        "The International Stabilisation Force said its troops detained six men in Dili.",
        (("International Stabilisation Force", "international_org"),),
    ),
    (
        "intl",
        "Moldova",
        "The Joint Peacekeeping Forces said a man was shot at a checkpoint near Vadul lui Vodă.",
        (("Joint Peacekeeping Forces", "international_org"),),
    ),
)


# Found with the right type (a mention overlapping the gold one), per category, measured
# on this commit; before the rules of this round: ngo_names 16/28, state_bodies 9/20,
# state_units 12/14, gangs_wings 11/18, long_names 6/12, intl 4/7 (58/99).
FLOORS = {
    "ngo_names": 27,
    "state_bodies": 18,
    "state_units": 14,
    "gangs_wings": 15,
    "long_names": 10,
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


# --- 1. civil society by its association word --------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Liberia Council of Churches said two pastors were beaten in Gbarnga.",
         "Council of Churches"),
        ("The Inter-Religious Council of Kenya condemned the attack in Lamu.",
         "Inter-Religious Council"),
        ("The Somali Journalists Syndicate said a reporter was shot in Mogadishu.",
         "Journalists Syndicate"),
        ("The Colombian Federation of Educators said two teachers were shot in Cauca.",
         "Federation of Educators"),
        ("The Kenya Initiative for Civic Rights said police shot a hawker in Mombasa.",
         "Initiative"),
    ],
)  # fmt: skip
def test_an_association_word_makes_a_name_civil_society(text, word):
    assert types_holding(text, word) == {"ngo"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A church body in Mutare, the Manicaland Council of Churches, said two pastors were "
         "beaten.", "Council of Churches"),
        ("The Kivu Peace Forum, a Goma-based monitoring group, said rebels killed nine people.",
         "Kivu Peace Forum"),
    ],
)  # fmt: skip
def test_a_society_named_by_its_head_word_is_no_place_in_an_apposition(text, word):
    assert types_holding(text, word) == {"ngo"}


def test_a_society_the_model_left_untagged_is_read_by_its_last_words():
    text = "The Liberia Peace Project recorded 12 attacks on voters in Nimba."
    assert types_holding(text, "Peace Project") == {"ngo"}


def test_a_title_case_headline_is_no_society():
    found = types_of("Rights Groups Condemn Killing Of Activist In Lagos")
    assert not any("Lagos" in mention for mention in found)


# --- 2. state bodies: councils, centres, directorates, agencies, police zones --------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The Malian National Security Council ordered a curfew in Gao.",
         "National Security Council", "state"),
        ("The National Emergency Operations Centre said 14 people died in the attack in Pibor.",
         "Emergency Operations Centre", "state"),
        ("The National Drug Law Enforcement Agency said its officers killed a suspect in Kano.",
         "Enforcement Agency", "state_forces"),
        ("The General Directorate of National Security said police arrested 20 rioters in Oran.",
         "General Directorate of National Security", "state_forces"),
        ("The Schaerbeek police zone arrested three men after the stabbing.",
         "Schaerbeek police zone", "state_forces"),
        ("The Antwerp police zone said four men were arrested after the shooting in Deurne.",
         "Antwerp police zone", "state_forces"),
    ],
)  # fmt: skip
def test_a_state_body_is_typed_by_what_its_words_say_it_does(text, word, kind):
    assert types_holding(text, word) == {kind}


def test_a_town_after_police_is_still_a_place():
    assert "Charleroi" not in actor_names("Police in Charleroi arrested two men.")


# --- 3. forces a state commands -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Airborne Brigade said it repelled an attack near Bakhmut.", "Airborne Brigade"),
        ("The Jubaland Security Forces said they killed six al-Shabaab fighters near Kismayo.",
         "Jubaland Security Forces"),
        ("The Malagasy Armed Forces said two soldiers died near Ihosy.", "Malagasy Armed Forces"),
    ],
)  # fmt: skip
def test_a_brigade_or_forces_named_by_their_function_are_a_states(text, word):
    assert types_holding(text, word) == {"state_forces"}


def test_a_rebel_army_named_armed_forces_in_the_gazetteer_keeps_its_type():
    text = "The Revolutionary Armed Forces of Colombia killed two soldiers."
    assert types_holding(text, "Revolutionary Armed Forces") == {"armed_group"}


# --- 4. gangs, brotherhoods, blocs --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Members of El Tren del Sur attacked a shop in Barinas.", "Tren del Sur", "armed_group"),
        ("The Jubilee bloc walked out of parliament after the shooting.", "Jubilee bloc",
         "political"),
        ("Members of the Tapak Suci martial arts group attacked a student in Solo.",
         "Tapak Suci", "militia"),
        ("The Golden Lotus syndicate smuggled guns into Mae Sai.", "Golden Lotus",
         "armed_group"),
    ],
)  # fmt: skip
def test_gangs_brotherhoods_and_blocs_by_their_words(text, word, kind):
    assert types_holding(text, word) == {kind}


# --- 5. long names kept whole -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Venezuelan Program of Education-Action in Human Rights said police killed two "
         "men in Zulia.", "Venezuelan Program of Education-Action in Human Rights"),
        ("The Kenya Initiative for Civic Rights said police shot a hawker in Mombasa.",
         "Kenya Initiative for Civic Rights"),
        ("The Fundación para la Libertad de Prensa said two reporters were threatened in Cauca.",
         "Fundación para la Libertad de Prensa"),
        ("The Permanent Assembly for Human Rights said police killed a protester in Buenos "
         "Aires.", "Permanent Assembly for Human Rights"),
    ],
)  # fmt: skip
def test_a_long_name_is_one_civil_society_actor(text, name):
    rows = analysis.extract_actors(text)
    assert set(zip(rows["mention"], rows["actor_type"], strict=True)) >= {(name, "ngo")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Kenya Police and Kenya Defence Forces said five were killed.",
         {"Kenya Police", "Kenya Defence Forces"}),
        ("The Red Cross in Kidal said 12 bodies were found.", {"Red Cross"}),
    ],
)  # fmt: skip
def test_two_bodies_or_a_body_and_its_place_stay_apart(text, names):
    rows = analysis.extract_actors(text)
    assert names <= set(rows["mention"])
    assert not any(" and " in m or " in " in m for m in rows["mention"])


# --- 6. multinational forces --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CIS Peacekeeping Forces said a soldier was shot in Abkhazia.", "Peacekeeping Forces"),
        ("The Stabilisation Force said its troops found a weapons cache near Tuzla.",
         "Stabilisation Force"),
    ],
)  # fmt: skip
def test_a_peacekeeping_or_stabilisation_force_is_international(text, word):
    assert types_holding(text, word) == {"international_org"}
