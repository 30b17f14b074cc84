"""Places never actors on text nobody tuned for: a stress set in our own words (issue 13, round 13).

213 sentences of event reports and local news from 69 countries, each with a place in a
role where the model often mislabels it: multi-word towns ("San X del Y", "Kfar X",
"Tell X"), towns that are also personal names, towns after "between X and Y", areas named
with their level word, rivers, islands, lakes, mountains, camps, markets, places of
worship, roads and junctions; then harder roles: "from neighbouring X", "the road to X",
a place as the subject, the owner or the qualifier of a noun, "residents of X", lists,
headlines and a country that is only where. The gold (which strings are places) was
written before the package ran on them. Guards keep the actors that hold or look like
places (a police force named after its city, a person named like a town, a country that
acts). Sentences the package still gets wrong are xfail with the reason.

The categories the round's rules add, each with its controls:
1. a word of the country's language that opens a place's name ("Tell", "Deir", "Bir",
   "Ras", "Jisr", "Santa", "Villa", "Puerto", "Ciudad"): `data/place_words.csv`, kind
   `opening`; a body's keyword closing the name keeps the body;
2. a country that is the subject of a relative clause of experience ("the worst violence
   X has seen"): the land where it happened;
3. an unknown name listed with a town or an area ("raids on Gwoza, Pulka and X"): a town;
   a list of victims, a list that acts and a list with countries are not asked;
4. a country that owns areas named by a plural area word ("Nigeria's northern states");
5. a sea or a coast named "<landform> of <country>" ("the Gulf of Guinea", "the Gulf of
   Oman"): the sea, not the state (`data/place_words.csv`, kind `landform`);
6. a country ranked among places ("made Mexico one of the deadliest countries", "remains
   among the deadliest countries", "made Burkina Faso the epicentre"): the land.
"""

import re

import pytest

import analysis
from analysis.parse.places import is_place
from tests.extraction_helpers import actors_holding, actors_of, types_holding

# (text, the places in it that must not come back as actors)
STRESS = [
    ("Two community leaders were shot dead in San Vicente del Caguán on Tuesday, the Ombudsman's Office said.", ["San Vicente del Caguán"]),  # multiword, Colombia
    ("Gunmen killed four men at a cockfight in San Juan de los Lagos, Jalisco, late on Saturday.", ["San Juan de los Lagos", "Jalisco"]),  # multiword, Mexico
    ("A farmer was hacked to death in Santa Cruz del Quiché after a land dispute, police said.", ["Santa Cruz del Quiché"]),  # multiword, Guatemala
    ("A ranger was wounded when a bomb went off beside a road in Ban Bang Khla, Pattani province.", ["Ban Bang Khla", "Pattani"]),  # multiword, Thailand
    ("Villagers in Kampong Chhnang said soldiers detained three men accused of illegal logging.", ["Kampong Chhnang"]),  # multiword, Cambodia
    ("Police found the bodies of two brothers near Nueva Armenia on Monday.", ["Nueva Armenia"]),  # multiword, Honduras
    ("Armed men torched homes in Saint-Michel-de-l'Attalaye, forcing hundreds to flee.", ["Saint-Michel-de-l'Attalaye"]),  # multiword, Haiti
    ("An Israeli drone strike on a car in Kfar Kila killed two men, Lebanese media reported.", ["Kfar Kila"]),  # multiword, Lebanon
    ("Turkish shelling hit Tell Tamer overnight, wounding five civilians.", ["Tell Tamer"]),  # multiword, Syria
    ("Two shepherds were kidnapped near Al-Qaim by suspected Islamic State fighters.", ["Al-Qaim"]),  # multiword, Iraq
    ("A police officer was killed in an ambush near San Miguel del Ene on Sunday.", ["San Miguel del Ene"]),  # multiword, Peru
    ("Two Indigenous leaders were murdered in São Gabriel da Cachoeira, Amazonas.", ["São Gabriel da Cachoeira", "Amazonas"]),  # multiword, Brazil
    ("Smugglers clashed with soldiers near Bordj Badji Mokhtar, leaving three dead.", ["Bordj Badji Mokhtar"]),  # multiword, Algeria
    ("Two prison guards were shot in Santo Domingo de los Tsáchilas on Friday night.", ["Santo Domingo de los Tsáchilas"]),  # multiword, Ecuador
    ("Insurgents raided Mocímboa da Praia and killed three fishermen, a local official said.", ["Mocímboa da Praia"]),  # multiword, Mozambique
    ("Soldiers clashed with communist rebels near San Jose de Buenavista, leaving one soldier dead.", ["San Jose de Buenavista"]),  # multiword, Philippines
    ("Jihadists attacked a market in Tin Akoff, killing at least eight traders.", ["Tin Akoff"]),  # multiword, Burkina Faso
    ("Six civilians died when their bus hit a mine outside Boni near Douentza.", ["Boni", "Douentza"]),  # multiword, Mali
    ("Taliban fighters overran a police post in Musa Qala, killing four officers.", ["Musa Qala"]),  # names, Afghanistan
    ("A roadside bomb killed two soldiers in Mir Ali, North Waziristan, on Wednesday.", ["Mir Ali", "North Waziristan"]),  # names, Pakistan
    pytest.param("Shelling hit Sheikh Maqsoud, killing a child and wounding her mother.", ["Sheikh Maqsoud"], marks=pytest.mark.xfail(reason="a place named after a holy man: the title 'Sheikh' is cut as a person's and the rest reads as a name")),  # names, Syria
    ("An airstrike on a house in Khan Younis killed seven people, medics said.", ["Khan Younis"]),  # names, Palestine
    ("Two farmers were shot dead in Datu Piang, Maguindanao del Sur, on Thursday.", ["Datu Piang", "Maguindanao del Sur"]),  # names, Philippines
    ("Soldiers found a cache of explosives in Datu Saudi Ampatuan after a firefight.", ["Datu Saudi Ampatuan"]),  # names, Philippines
    ("Two people were wounded in a shooting in Jackson on Friday night, police said.", ["Jackson"]),  # names, USA
    ("Two men were shot dead in Teófilo Otoni, Minas Gerais, on Sunday.", ["Teófilo Otoni", "Minas Gerais"]),  # names, Brazil
    ("A teenager was killed by a stray bullet in Duque de Caxias during a police raid.", ["Duque de Caxias"]),  # names, Brazil
    ("Marines seized a drug laboratory near Lázaro Cárdenas and arrested five men.", ["Lázaro Cárdenas"]),  # names, Mexico
    ("A bomb exploded at a bus terminal in General Santos, wounding eight passengers.", ["General Santos"]),  # names, Philippines
    ("A shopkeeper was stabbed to death during a robbery in Marcos Paz, police said.", ["Marcos Paz"]),  # names, Argentina
    ("A man was stabbed in Stockton on Sunday evening and later died in hospital.", ["Stockton"]),  # names, UK
    ("Tribal fighting on Bougainville killed four men last week, officials said.", ["Bougainville"]),  # names, Papua New Guinea
    ("Gang members killed two soldiers in a clash in Sucre, the defence ministry said.", ["Sucre"]),  # names, Venezuela
    ("Raiders stole 200 goats in Kapedo and killed a herder near Chesogon.", ["Kapedo", "Chesogon"]),  # names, Kenya
    ("Gunmen ambushed travellers on the road between Lokoja and Okene, abducting nine.", ["Lokoja", "Okene"]),  # between, Nigeria
    ("A convoy struck an explosive device between Gao and Ansongo on Monday.", ["Gao", "Ansongo"]),  # between, Mali
    ("Al-Shabaab fighters attacked a base outside Baidoa, killing three soldiers.", ["Baidoa"]),  # between, Somalia
    ("RSF fighters looted villages between El Fasher and Kutum, residents said.", ["El Fasher", "Kutum"]),  # between, Sudan
    ("Cattle raiders killed 12 people near Pibor and Gumuruk at the weekend.", ["Pibor", "Gumuruk"]),  # between, South Sudan
    ("Fano militiamen clashed with federal troops outside Gondar, leaving several dead.", ["Gondar"]),  # between, Ethiopia
    ("Separatists burned a school between Bamenda and Bali Nyonga on Tuesday.", ["Bamenda", "Bali Nyonga"]),  # between, Cameroon
    ("Junta airstrikes hit villages near Hpakant and Tamu, killing 11 people.", ["Hpakant", "Tamu"]),  # between, Myanmar
    ("Militants fired on a bus carrying pilgrims near Reasi, killing nine.", ["Reasi"]),  # between, India
    ("Two Rohingya men were stabbed on the road between Ukhiya and Teknaf.", ["Ukhiya", "Teknaf"]),  # between, Bangladesh
    ("Dissidents attacked a police station outside Jamundí with explosives.", ["Jamundí"]),  # between, Colombia
    ("Troops repelled an attack near Tera and Gotheye, the army said.", ["Tera", "Gotheye"]),  # between, Niger
    ("Two polio workers were shot dead in Bajaur District on Monday.", ["Bajaur District"]),  # area, Pakistan
    ("A landmine killed three children in Ghazni Province on Saturday.", ["Ghazni Province"]),  # area, Afghanistan
    ("Four people were killed in Marsabit County in clashes over pasture.", ["Marsabit County"]),  # area, Kenya
    ("Bandits abducted 30 pupils in Kuriga, Kaduna State, on Thursday morning.", ["Kuriga", "Kaduna State"]),  # area, Nigeria
    ("Rioters burned a police depot in Nimba County after a motorcyclist died.", ["Nimba County"]),  # area, Liberia
    ("Rebels shot a motorcycle taxi driver dead in Puncak Regency, Central Papua.", ["Puncak Regency", "Central Papua"]),  # area, Indonesia
    ("Resistance fighters said 20 soldiers were captured in Sagaing Region.", ["Sagaing Region"]),  # area, Myanmar
    ("A missile strike on a village in Kharkiv Oblast killed a woman.", ["Kharkiv Oblast"]),  # area, Ukraine
    ("M23 rebels seized two villages in Rutshuru Territory, displacing thousands.", ["Rutshuru Territory"]),  # area, DR Congo
    ("Two men were arrested after a pipe bomb was found in County Antrim.", ["County Antrim"]),  # area, Northern Ireland
    ("Police in Mtwara Region said two suspects died in a shootout.", ["Mtwara Region"]),  # area, Tanzania
    ("An IED killed two soldiers in Diyala Governorate on Tuesday.", ["Diyala Governorate"]),  # area, Iraq
    ("Gunmen killed two traders in Kasese District, the army spokesman said.", ["Kasese District"]),  # area, Uganda
    ("The bodies of three fishermen were pulled from the Niger River near Mopti.", ["Niger River", "Mopti"]),  # river, Mali
    ("Two migrants drowned crossing the Rio Grande near Eagle Pass on Tuesday.", ["Rio Grande", "Eagle Pass"]),  # river, USA
    ("Militiamen crossed the Ubangi and attacked a border post, killing a customs officer.", ["Ubangi"]),  # river, Central African Republic
    ("A boat capsized on the Congo River near Mbandaka, leaving 40 people missing.", ["Congo River", "Mbandaka"]),  # river, DR Congo
    ("Clashes along the Tana River left five people dead, police said.", ["Tana River"]),  # river, Kenya
    ("Farmers along the Benue said herders killed seven people overnight.", ["Benue"]),  # river, Nigeria
    ("Refugees waded across the Moei River into Thailand to escape the fighting.", ["Moei River", "Thailand"]),  # river, Myanmar
    ("Fishermen on the Shatt al-Arab said four boats were seized by the coast guard.", ["Shatt al-Arab"]),  # river, Iraq
    ("Police recovered a body from the Drina near Zvornik on Wednesday.", ["Drina", "Zvornik"]),  # river, Bosnia
    ("Police on Lesbos detained 30 migrants after their boat landed.", ["Lesbos"]),  # island, Greece
    ("Clashes on Anjouan left two protesters dead, a hospital source said.", ["Anjouan"]),  # island, Comoros
    ("Pirates attacked a tanker near Bioko Island and kidnapped four crew members.", ["Bioko Island"]),  # island, Equatorial Guinea
    pytest.param("Two tourists were robbed and beaten on Koh Phangan, police said.", ["Koh Phangan"], marks=pytest.mark.xfail(reason="'Koh' opens Thai and Khmer island names but is also a common Chinese surname, so it is no opening word")),  # island, Thailand
    ("Abu Sayyaf gunmen kidnapped two fishermen off Basilan Island.", ["Basilan Island"]),  # island, Philippines
    ("Gunmen attacked a ferry near Idjwi Island on Lake Kivu, killing a boatman.", ["Idjwi Island", "Lake Kivu"]),  # island, DR Congo
    ("Gangs clashed on Mayotte overnight, leaving one teenager dead.", ["Mayotte"]),  # island, France
    ("Troops pursued ADF rebels into the Rwenzori Mountains after an attack on Kasindi.", ["Rwenzori Mountains", "Kasindi"]),  # mountain, Uganda
    ("Kurdish militants attacked soldiers on Mount Gabar, killing two.", ["Mount Gabar"]),  # mountain, Turkey
    ("Boko Haram fighters hiding in the Mandara Mountains raided a village near Mokolo.", ["Mandara Mountains", "Mokolo"]),  # mountain, Cameroon
    ("A soldier was killed by a mine on Mount Chambi near Kasserine.", ["Mount Chambi", "Kasserine"]),  # mountain, Tunisia
    ("Turkish jets bombed hideouts in the Qandil Mountains, Kurdish officials said.", ["Qandil Mountains"]),  # mountain, Iraq
    ("Bandits hiding in the Cherangany Hills stole 300 cattle and shot a herder.", ["Cherangany Hills"]),  # mountain, Kenya
    ("Two hikers went missing on Jebel Shams after a storm.", ["Jebel Shams"]),  # mountain, Oman
    ("A fire in Kutupalong camp destroyed 500 shelters on Sunday.", ["Kutupalong"]),  # camp, Bangladesh
    ("Fighting broke out in Ain al-Hilweh, a Palestinian camp near Sidon.", ["Ain al-Hilweh", "Sidon"]),  # camp, Lebanon
    ("Gunmen attacked Zamzam camp, killing ten displaced people.", ["Zamzam"]),  # camp, Sudan
    ("Floods swept through Dadaab's Ifo camp, leaving two children dead.", ["Dadaab", "Ifo"]),  # camp, Kenya
    ("Residents of the Bentiu IDP camp said soldiers beat two men.", ["Bentiu"]),  # camp, South Sudan
    ("A woman was killed in al-Hol camp, the Kurdish-led administration said.", ["al-Hol"]),  # camp, Syria
    ("Shells fell on the Mugunga camp outside Goma, killing five displaced people.", ["Mugunga", "Goma"]),  # camp, DR Congo
    ("Police arrested two men in Minawao camp after a fight over food rations.", ["Minawao"]),  # camp, Cameroon
    ("An airstrike on Jabalia refugee camp killed a family of six.", ["Jabalia"]),  # camp, Palestine
    ("A car bomb exploded at Bakara Market in Mogadishu, killing five people.", ["Bakara Market", "Mogadishu"]),  # market, Somalia
    ("Fire gutted Kantamanto Market in Accra and traders blamed arsonists.", ["Kantamanto Market", "Accra"]),  # market, Ghana
    ("Gunmen shot two traders at Gikomba market before dawn.", ["Gikomba"]),  # market, Kenya
    ("Police fired tear gas at traders in Onitsha Main Market on Monday.", ["Onitsha Main Market"]),  # market, Nigeria
    ("A blast at Anarkali Bazaar in Lahore killed three shoppers.", ["Anarkali Bazaar", "Lahore"]),  # market, Pakistan
    ("Gangs set fire to stalls at the Croix-des-Bossales market, a vendor said.", ["Croix-des-Bossales"]),  # market, Haiti
    ("Worshippers fled when attackers opened fire on St Francis Catholic Church in Owo.", ["St Francis Catholic Church", "Owo"]),  # worship, Nigeria
    ("A mob torched churches in Jaranwala after blasphemy claims, police said.", ["Jaranwala"]),  # worship, Pakistan
    ("A bomb exploded near the Sayyida Zeinab shrine south of Damascus, killing six.", ["Sayyida Zeinab", "Damascus"]),  # worship, Syria
    ("Gunmen killed the imam of the Garissa mosque on his way home.", ["Garissa"]),  # worship, Kenya
    ("Two clerics were stabbed at the Imam Reza shrine in Mashhad.", ["Imam Reza", "Mashhad"]),  # worship, Iran
    ("Gunmen attacked a Catholic church in Essakane during Sunday mass, killing 15.", ["Essakane"]),  # worship, Burkina Faso
    ("A suicide bomber struck the Al-Rawda mosque in Bir al-Abed, police said.", ["Bir al-Abed"]),  # worship, Egypt
    ("A bus was ambushed on the Maiduguri-Damboa road, and six passengers were killed.", ["Maiduguri-Damboa"]),  # road, Nigeria
    ("Protesters blocked the Kisumu-Busia highway after a boy was shot.", ["Kisumu-Busia"]),  # road, Kenya
    ("Two motorcyclists were killed at Kwame Nkrumah Circle when a bus lost its brakes.", ["Kwame Nkrumah Circle"]),  # road, Ghana
    ("Protesters burned tyres at Ojuelegba roundabout and police fired shots.", ["Ojuelegba"]),  # road, Nigeria
    ("Gunmen struck a checkpoint on the Kabul-Kandahar highway, killing two guards.", ["Kabul-Kandahar"]),  # road, Afghanistan
    ("A truck was set ablaze on the Pan-American Highway near Popayán.", ["Pan-American Highway", "Popayán"]),  # road, Colombia
    ("Gangs control National Road 1 north of Port-au-Prince, drivers said.", ["National Road 1", "Port-au-Prince"]),  # road, Haiti
    ("A police officer was shot at Mlolongo junction on Saturday night.", ["Mlolongo"]),  # road, Kenya
    ("The Lagos State Police Command said two suspects were arrested in Ikorodu.", ["Ikorodu"]),  # guard, Nigeria
    ("Niger recalled its ambassador from Paris after the attack on the embassy.", ["Paris"]),  # guard, Niger
    ("Mali expelled the French envoy, the transitional government said.", []),  # guard, Mali
    ("Lincoln Morris, a taxi driver, was shot dead in Spanish Town.", ["Spanish Town"]),  # guard, Jamaica
    ("Juba Abdi, a local elder, said gunmen killed two herders near Torit.", ["Torit"]),  # guard, South Sudan
    ("Fighters of the Zintan brigades clashed with rivals near Gharyan.", ["Gharyan"]),  # guard, Libya
    ("The Karachi Police arrested three men over the killing of a shopkeeper in Lyari.", ["Lyari"]),  # guard, Pakistan
    ("The Medellín Metropolitan Police said a gang leader was captured in Bello.", ["Bello"]),  # guard, Colombia
    ("Chad closed its border with Sudan after fighting reached Geneina.", ["Geneina"]),  # guard, Sudan
    ("Jackson Mwangi, a student, was robbed at gunpoint in Nairobi.", ["Nairobi"]),  # guard, USA
    ("Armed men from San Andrés Sajcabajá opened fire on farmers from neighbouring Canillá, killing two.", ["San Andrés Sajcabajá", "Canillá"]),  # from, Guatemala
    ("Herders from nearby Gidan Waya were accused of the attack, which left four dead.", ["Gidan Waya"]),  # from, Nigeria
    ("Displaced families from Titao arrived in Ouahigouya on foot over the weekend.", ["Titao", "Ouahigouya"]),  # from, Burkina Faso
    ("Relatives of the victims, three fishermen from Santa Rosa de Aguán, demanded an inquiry.", ["Santa Rosa de Aguán"]),  # from, Honduras
    ("Youths from Mangalmé clashed with herders, leaving six people dead.", ["Mangalmé"]),  # from, Chad
    ("Two teachers from Kiwirok were killed when gunmen set fire to their school.", ["Kiwirok"]),  # from, Indonesia
    ("Police stopped two men at a checkpoint on the road to Cañete after the arson attack.", ["Cañete"]),  # to, Chile
    ("The bus to Kumbo was stopped by separatists who burned it and seized the driver.", ["Kumbo"]),  # to, Cameroon
    ("Survivors walked for three days to reach Montepuez after the raid.", ["Montepuez"]),  # to, Mozambique
    ("Soldiers escorted the freed hostages through Tierralta before handing them to the Red Cross.", ["Tierralta"]),  # to, Colombia
    ("Fighting spread across Wollo and into Dessie on Thursday, residents said.", ["Wollo", "Dessie"]),  # to, Ethiopia
    ("Smugglers moving migrants via Séguédine were ambushed, and two drivers were killed.", ["Séguédine"]),  # to, Niger
    ("Police patrolled along the Naf after Rohingya boatmen were shot.", ["Naf"]),  # to, Bangladesh
    ("Six policemen were hurt near a bridge over the Barak when mobs threw stones.", ["Barak"]),  # to, India
    ("Tell Abyad was shelled again on Sunday, and three civilians were wounded.", ["Tell Abyad"]),  # subject, Syria
    ("Villa de Cos has seen a wave of killings since cartels began fighting over the highway.", ["Villa de Cos"]),  # subject, Mexico
    ("Sultan Kudarat remained tense after two soldiers were killed in an ambush.", ["Sultan Kudarat"]),  # subject, Philippines
    ("Mirebalais fell to gang fighters on Monday night after a prison break freed 500 inmates.", ["Mirebalais"]),  # subject, Haiti
    ("Kukawa has been attacked three times this month, a local leader said.", ["Kukawa"]),  # subject, Nigeria
    ("Lamu West has been under curfew since the killings.", ["Lamu West"]),  # subject, Kenya
    ("Gunmen stormed Kadugli's main hospital and killed a guard.", ["Kadugli"]),  # possessive, Sudan
    ("Durán's mayor survived a shooting that killed his bodyguard.", ["Durán"]),  # possessive, Ecuador
    ("Beledweyne's residents said two militants were killed by the army.", ["Beledweyne"]),  # possessive, Somalia
    ("Diafarabé residents said soldiers detained about 20 men at the cattle market.", ["Diafarabé"]),  # modifier, Mali
    ("Pataz miners said gunmen killed 13 workers in a tunnel.", ["Pataz"]),  # modifier, Peru
    ("Paraisópolis residents protested after a teenager was shot by police.", ["Paraisópolis"]),  # modifier, Brazil
    ("Zike villagers buried 12 people killed in the overnight raid.", ["Zike"]),  # modifier, Nigeria
    ("The Chenalhó displacement has left 4,000 people in makeshift shelters.", ["Chenalhó"]),  # modifier, Mexico
    ("The mayor of El Tarra said three soldiers were wounded by a drone.", ["El Tarra"]),  # of, Colombia
    ("Residents of Barsalogho dug trenches on army orders before the attack.", ["Barsalogho"]),  # of, Burkina Faso
    ("The outskirts of Pokrovsk came under heavy shelling, killing two civilians.", ["Pokrovsk"]),  # of, Ukraine
    ("The people of Lubero said rebels kidnapped 15 farmers.", ["Lubero"]),  # of, Democratic Republic of Congo
    ("Bawku, a trading town near the border, has seen clashes between two clans.", ["Bawku"]),  # apposition, Ghana
    ("Gunmen attacked El Salto, a suburb of Guadalajara, killing a policeman.", ["El Salto", "Guadalajara"]),  # apposition, Mexico
    ("Attacks on Bokkos, Mangu and Barkin Ladi killed more than 100 people.", ["Bokkos", "Mangu", "Barkin Ladi"]),  # list, Nigeria
    ("Separatists burned houses in Bafut, Bambui and Njinikom over the weekend.", ["Bafut", "Bambui", "Njinikom"]),  # list, Cameroon
    pytest.param("Troops cleared Piagapo, Masiu and Lumba-Bayabao of militants.", ["Piagapo", "Masiu", "Lumba-Bayabao"], marks=pytest.mark.xfail(reason="a list of three unknown villages with no known place among them")),  # list, Philippines
    ("Both Argelia and El Plateado have been emptied by fighting between dissidents.", ["Argelia", "El Plateado"]),  # list, Colombia
    ("Baringo South: two herders shot dead in cattle raid\nTwo herders were shot dead on Monday.", ["Baringo South"]),  # headline, Kenya
    ("Banikoara farmers flee after jihadist raid\nHundreds of farmers left their fields after gunmen killed two.", ["Banikoara"]),  # headline, Benin
    ("CHOLOMA — Two bus drivers were shot dead on Tuesday, police said.", ["CHOLOMA"]),  # headline, Honduras
    ("Migrants bound for Spain drowned when their boat sank off Dakhla.", ["Spain", "Dakhla"]),  # country, Spain
    ("Traffickers smuggled 40 girls across Bangladesh before police intercepted them.", ["Bangladesh"]),  # country, Bangladesh
    ("The suspect, who was born in Norway, was arrested at the airport.", ["Norway"]),  # country, Norway
    ("The massacre was the worst prison violence Ecuador has seen since 2021.", ["Ecuador"]),  # country, Ecuador
    ("Gang shootings in Sweden killed 40 people last year, police said.", ["Sweden"]),  # country, Sweden
    ("Refugees who returned from Lebanon said their homes had been looted.", ["Lebanon"]),  # country, Lebanon
    ("Tribal violence in Papua New Guinea's Enga Province killed 26 men.", ["Papua New Guinea", "Enga Province"]),  # country, Papua New Guinea
    ("Bodies were found on the banks of the Meghna after the boat clash.", ["Meghna"]),  # river, Bangladesh
    ("Bandits crossed the Sokoto River and abducted 20 farmers.", ["Sokoto River"]),  # river, Nigeria
    ("Miners along the Uraricoera fired on an Indigenous village.", ["Uraricoera"]),  # river, Brazil
    ("Fighting on the Sobat displaced thousands of people.", ["Sobat"]),  # river, South Sudan
    pytest.param("A man was beaten to death in a land dispute on Taveuni, police said.", ["Taveuni"], marks=pytest.mark.xfail(reason="'on X' after an event noun that is no violence word ('a land dispute on X')")),  # island, Fiji
    ("Riots on Halmahera left two people dead and dozens of houses burned.", ["Halmahera"]),  # island, Indonesia
    ("Police on Pemba arrested 12 opposition supporters after the vote.", ["Pemba"]),  # island, Tanzania
    ("Gunmen killed a fisherman on Guanaja on Sunday.", ["Guanaja"]),  # island, Honduras
    ("Boko Haram fighters attacked fishermen on Lake Chad, killing nine.", ["Lake Chad"]),  # lake, Chad
    ("Soldiers shot two fishermen on Lake Albert, accusing them of smuggling.", ["Lake Albert"]),  # lake, Uganda
    ("Melkadida camp's residents said the attackers killed two men.", ["Melkadida"]),  # camp, Ethiopia
    ("Refugees at Farchana said food had run out.", ["Farchana"]),  # camp, Chad
    pytest.param("Abu Shouk came under RSF shelling on Friday, killing eight displaced people.", ["Abu Shouk"], marks=pytest.mark.xfail(reason="'X came under shelling': people and units come under fire too, and 'Abu' opens persons' names")),  # camp, Sudan
    ("The Bakassi IDP camp in Maiduguri was flooded overnight.", ["Maiduguri"]),  # camp, Nigeria
    ("The Cauca governor said dissidents killed two soldiers.", ["Cauca"]),  # guard, Colombia
    ("Greater Manchester Police said a man was stabbed in Oldham.", ["Oldham"]),  # guard, UK
    ("Sokoto State said 20 people were killed by bandits in Sabon Birni.", ["Sabon Birni"]),  # guard, Nigeria
    ("Kenya deployed police officers to Haiti in June.", ["Haiti"]),  # guard, Kenya
    ("Victoria Santos, a nurse, was shot dead in Salvador.", ["Salvador"]),  # guard, Brazil
    # a second batch: lands that own their parts, seas, travel, trade and ranks
    ("Nigeria's northern states have suffered years of banditry and kidnapping.", ["Nigeria"]),  # owner_plural, Nigeria
    ("Mexico's border cities recorded 4,000 murders last year, officials said.", ["Mexico"]),  # owner_plural, Mexico
    ("Kenya's coastal counties were placed under a dusk-to-dawn curfew.", ["Kenya"]),  # owner_plural, Kenya
    ("Pakistan's tribal districts saw 30 attacks on police in March.", ["Pakistan"]),  # owner_plural, Pakistan
    ("Congo's eastern provinces have seen renewed fighting since January.", ["Congo"]),  # owner_plural, Democratic Republic of Congo
    ("Burkina Faso's northern regions are largely cut off by jihadist blockades.", ["Burkina Faso"]),  # owner_plural, Burkina Faso
    ("Colombia's Pacific departments account for half of the massacres this year.", ["Colombia"]),  # owner_plural, Colombia
    pytest.param("The boat capsized off Lampedusa on Sunday, and 40 migrants drowned.", ["Lampedusa"], marks=pytest.mark.xfail(reason="'capsized off X': the parse makes 'off' the verb's particle, which places nothing ('fought off X')")),  # sea, Italy
    ("A trawler sank off Zanzibar, leaving 12 fishermen missing.", ["Zanzibar"]),  # sea, Tanzania
    ("Houthi forces attacked a cargo ship in the Red Sea off Hodeidah.", ["Red Sea", "Hodeidah"]),  # sea, Yemen
    ("Pirates boarded a tanker in the Gulf of Guinea and kidnapped ten sailors.", ["Gulf of Guinea"]),  # sea, Nigeria
    ("Rohingya refugees drowned when their boat sank in the Andaman Sea.", ["Andaman Sea"]),  # sea, Myanmar
    pytest.param("Tourism to Kenya has fallen sharply since the attacks on the coast.", ["Kenya"], marks=pytest.mark.xfail(reason="a noun of travel that is no table's ('tourism to X')")),  # travel, Kenya
    ("Flights to Ethiopia were suspended after the fighting reached the airport.", ["Ethiopia"]),  # travel, Ethiopia
    pytest.param("The suspects were extradited from Sweden to Denmark on Friday.", ["Sweden", "Denmark"], marks=pytest.mark.xfail(reason="'extradited from X to Y': the second land of a motion from one land to another")),  # travel, Sweden
    pytest.param("The boat left Libya on Sunday and capsized off Lampedusa.", ["Libya", "Lampedusa"], marks=pytest.mark.xfail(reason="'capsized off X': the parse makes 'off' the verb's particle, which places nothing ('fought off X')")),  # travel, Libya
    ("Most of the victims were migrants heading to Italy.", ["Italy"]),  # travel, Italy
    ("He spent ten years in Uganda before returning home to Juba.", ["Uganda", "Juba"]),  # travel, Uganda
    ("Cocaine seizures in Ecuador rose sharply last year.", ["Ecuador"]),  # trade, Ecuador
    ("Coca cultivation in Colombia reached a record, the UN said.", ["Colombia"]),  # trade, Colombia
    ("The wave of killings has made Ecuador one of the most violent countries in the region.", ["Ecuador"]),  # rank, Ecuador
    ("Kidnappings have turned Haiti into one of the most dangerous places for aid workers.", ["Haiti"]),  # rank, Haiti
    ("Honduras remains among the deadliest countries for environmental defenders.", ["Honduras"]),  # rank, Honduras
    ("Chad's government said its troops killed 40 militants near Lake Chad.", ["Lake Chad"]),  # guard_country, Chad
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), STRESS)
def test_no_place_of_the_stress_set_is_an_actor(text: str, places: list[str]) -> None:
    # a leak is an actor mention inside a place's words ("Chad" of "Lake Chad"), as the
    # benchmark counts whole-place leaks; "Chad's government" elsewhere is no leak
    spans = [(m.start(), m.end()) for place in places
             for m in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", text)]  # fmt: skip
    leaks = [
        (row.mention, row.actor_type)
        for row in analysis.extract_actors(text).itertuples()
        if any(start <= row.start and row.end <= end for start, end in spans)
    ]
    assert not leaks, actors_of(text)


# (text, an actor that holds or looks like a place, the types it may have)
GUARDS = [
    ("Two shepherds were kidnapped near Al-Qaim by suspected Islamic State fighters.", "Islamic State", ["armed_group"]),  # Iraq
    ("Taliban fighters overran a police post in Musa Qala, killing four officers.", "Taliban", ["armed_group", "state"]),  # Afghanistan
    ("Al-Shabaab fighters attacked a base outside Baidoa, killing three soldiers.", "Al-Shabaab", ["armed_group"]),  # Somalia
    ("RSF fighters looted villages between El Fasher and Kutum, residents said.", "RSF", ["armed_group"]),  # Sudan
    ("M23 rebels seized two villages in Rutshuru Territory, displacing thousands.", "M23", ["armed_group"]),  # DR Congo
    ("Abu Sayyaf gunmen kidnapped two fishermen off Basilan Island.", "Abu Sayyaf", ["armed_group"]),  # Philippines
    pytest.param("Troops pursued ADF rebels into the Rwenzori Mountains after an attack on Kasindi.", "ADF", ["armed_group"], marks=pytest.mark.xfail(reason="HA14's: 'ADF rebels' becomes the generic rebels, the group is lost")),  # Uganda
    ("Boko Haram fighters hiding in the Mandara Mountains raided a village near Mokolo.", "Boko Haram", ["armed_group"]),  # Cameroon
    ("The Lagos State Police Command said two suspects were arrested in Ikorodu.", "Lagos State Police Command", ["state_forces"]),  # Nigeria
    ("Niger recalled its ambassador from Paris after the attack on the embassy.", "Niger", ["state"]),  # Niger
    ("Mali expelled the French envoy, the transitional government said.", "Mali", ["state"]),  # Mali
    pytest.param("Lincoln Morris, a taxi driver, was shot dead in Spanish Town.", "Lincoln Morris", ["person"], marks=pytest.mark.xfail(reason="HA14's: a person whose first name is a town is typed other")),  # Jamaica
    ("Juba Abdi, a local elder, said gunmen killed two herders near Torit.", "Juba Abdi", ["person"]),  # South Sudan
    ("The Karachi Police arrested three men over the killing of a shopkeeper in Lyari.", "Karachi Police", ["state_forces"]),  # Pakistan
    ("The Medellín Metropolitan Police said a gang leader was captured in Bello.", "Medellín Metropolitan Police", ["state_forces"]),  # Colombia
    ("Chad closed its border with Sudan after fighting reached Geneina.", "Chad", ["state"]),  # Sudan
    ("Jackson Mwangi, a student, was robbed at gunpoint in Nairobi.", "Jackson Mwangi", ["person"]),  # USA
    ("Soldiers escorted the freed hostages through Tierralta before handing them to the Red Cross.", "Red Cross", ["international_org", "ngo"]),  # Colombia
    ("Boko Haram fighters attacked fishermen on Lake Chad, killing nine.", "Boko Haram", ["armed_group"]),  # Chad
    pytest.param("Abu Shouk came under RSF shelling on Friday, killing eight displaced people.", "RSF", ["armed_group"], marks=pytest.mark.xfail(reason="HA14's: 'RSF shelling' reads RSF as the press-freedom NGO")),  # Sudan
    ("Greater Manchester Police said a man was stabbed in Oldham.", "Greater Manchester Police", ["state_forces"]),  # UK
    ("Kenya deployed police officers to Haiti in June.", "Kenya", ["state"]),  # Kenya
    ("Victoria Santos, a nurse, was shot dead in Salvador.", "Victoria Santos", ["person"]),  # Brazil
    ("Houthi forces attacked a cargo ship in the Red Sea off Hodeidah.", "Houthi", ["armed_group"]),  # Yemen
    ("Coca cultivation in Colombia reached a record, the UN said.", "UN", ["international_org"]),  # Colombia
    ("Congo accused neighbouring Rwanda of backing the M23 rebels.", "Rwanda", ["state"]),  # Rwanda
    ("Chad's government said its troops killed 40 militants near Lake Chad.", "Chad", ["state"]),  # Chad
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor", "types"), GUARDS)
def test_an_actor_that_holds_a_place_stays_an_actor(
    text: str, actor: str, types: list[str]
) -> None:
    assert types_holding(text, actor) & set(types), actors_of(text)


# --- 1. a word of the country's language that opens a place's name -----------------------------


@pytest.mark.parametrize(
    "name",
    ["Tell Tamer", "Tel Rifaat", "Bir al-Abed", "Ras al-Ain", "Jisr al-Shughur", "Nahr al-Bared",
     "Qasr Bin Ghashir", "Oued Zem", "Bordj Badji Mokhtar", "Santa Lucía Cotzumalguapa",
     "Villa de Cos", "Puerto Libertador", "Ciudad Hidalgo", "Nuevo Progreso", "São Félix do Xingu"],
)  # fmt: skip
def test_a_name_opened_by_a_local_place_word_is_a_place(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize(
    "name",
    ["Ras Kamboni Brigades", "Santa Rosa de Lima Cartel", "São Paulo Military Police",
     "Ain o Salish Kendra", "Tal Heinrich"],
)  # fmt: skip
def test_a_body_or_a_person_is_not_opened_as_a_place(name: str) -> None:
    # a body's keyword closes the name; "Ain" (a Bengali word for law) and "Tal" (a first
    # name) open no place
    assert not is_place(name)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Artillery fire hit Tel Rifaat overnight, wounding four children.", "Tel Rifaat"),
        ("Ciudad Hidalgo has seen a wave of kidnappings of migrants this year.", "Ciudad Hidalgo"),
        ("Gunmen killed two farmers outside Jisr al-Shughur on Friday.", "Jisr al-Shughur"),
    ],
)  # fmt: skip
def test_a_town_opened_by_a_local_place_word_is_no_actor(text: str, place: str) -> None:
    assert not actors_holding(text, place), actors_of(text)


# --- 2. a country that is the subject of a relative clause of experience -----------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("It was the deadliest attack Pakistan has witnessed in a decade.", "Pakistan"),
        ("The killings are the worst violence Mexico has seen since 2006.", "Mexico"),
        ("This is the kind of banditry Niger has endured for years.", "Niger"),
        ("The massacre was the worst prison violence Ecuador has seen since 2021.", "Ecuador"),
    ],
)  # fmt: skip
def test_a_country_that_saw_the_violence_in_a_relative_clause_is_a_place(
    text: str, country: str
) -> None:
    assert not actors_holding(text, country), actors_of(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("It was the worst attack Israel has condemned this year.", "Israel"),
        ("The offensive Russia launched in May has stalled.", "Russia"),
        ("Kenya saw the attack as a provocation, its foreign ministry said.", "Kenya"),
    ],
)  # fmt: skip
def test_a_country_that_acts_in_a_relative_clause_stays_the_state(text: str, country: str) -> None:
    assert "state" in {t for _, t in actors_holding(text, country)}, actors_of(text)


# --- 3. an unknown name listed with a town or an area ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raids on Gwoza, Pulka and Ngoshe left 20 dead.", "Ngoshe"),
        ("Rebels now control Mweso, Kitchanga and Pinga, the UN said.", "Mweso"),
        ("Floods and fighting have emptied Kalehe, Minova and Bweremana this year.", "Kalehe"),
    ],
)  # fmt: skip
def test_a_name_listed_with_towns_is_a_town(text: str, name: str) -> None:
    assert not actors_holding(text, name), actors_of(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sanctions were imposed on Russia, Belarus and Lukashenko.", "Lukashenko"),
        ("Gunmen abducted Amina, Hauwa and Zainab from their homes in Kaduna.", "Zainab"),
        ("Envoys from Kenya, Uganda and Ethiopia met Salva Kiir in Juba.", "Salva Kiir"),
    ],
)  # fmt: skip
def test_a_person_listed_with_countries_or_among_victims_stays_a_person(
    text: str, person: str
) -> None:
    assert "person" in {t for _, t in actors_holding(text, person)}, actors_of(text)


# --- 4. a country that owns areas named by a plural area word ------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sudan's western states have been cut off from aid for months.", "Sudan"),
        ("Mali's central regions saw 200 killings in the first half of the year.", "Mali"),
        ("Somalia's southern districts were hit by floods and fighting.", "Somalia"),
    ],
)  # fmt: skip
def test_a_country_owning_its_areas_is_a_place(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


def test_a_country_owning_its_forces_stays_the_state() -> None:
    text = "Sudan's armed forces said they had retaken the bridge."
    assert actors_holding(text, "Sudan"), actors_of(text)


# --- 5. a sea named "<landform> of <country>" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Cartel boats were intercepted in the Gulf of Mexico.", "Mexico"),
        ("A tanker was attacked in the Gulf of Oman on Thursday.", "Oman"),
        ("Pirates robbed a barge in the Gulf of Thailand.", "Thailand"),
    ],
)  # fmt: skip
def test_a_sea_named_after_a_country_is_no_state(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Government of Spain condemned the attack.", "Government of Spain"),
        ("Gulf Clan gunmen killed two soldiers in Antioquia.", "Gulf Clan"),
    ],
)  # fmt: skip
def test_a_body_named_of_a_country_or_a_gulf_stays(text: str, body: str) -> None:
    assert body in actors_of(text), actors_of(text)


# --- 6. a country ranked among places ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The killings have made Mexico one of the deadliest countries for journalists.", "Mexico"),
        ("Gang wars have made Jamaica one of the most violent nations in the Caribbean.", "Jamaica"),
        ("Somalia ranks among the most dangerous places for aid workers.", "Somalia"),
        ("Colombia is among the countries with the most killings of activists.", "Colombia"),
        ("Attacks made Burkina Faso the epicentre of the Sahel crisis.", "Burkina Faso"),
    ],
)  # fmt: skip
def test_a_country_ranked_among_places_is_a_place(text: str, country: str) -> None:
    assert not actors_holding(text, country), actors_of(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chad, one of the few countries with troops in the region, withdrew its soldiers.", "Chad"),
        ("The UN praised Kenya, one of the few countries that sent troops.", "Kenya"),
        ("Kenya is among the donors that pledged aid.", "Kenya"),
    ],
)  # fmt: skip
def test_a_country_that_acts_or_is_ranked_among_parties_stays_the_state(
    text: str, country: str
) -> None:
    assert "state" in {t for _, t in actors_holding(text, country)}, actors_of(text)
