"""Issue 13, session 17: outcome phrasings and victims in short items and event reports.

Every sentence here was written for these tests, with its gold rows (count, outcome,
qualifier, implicit) written before the package was run on it. The categories come from the
misses of the open sets 12-16 read as categories only (wounded told without "wounded",
abductions told without "kidnapped", displacement without "displaced", custody without
"arrested", victims without a numeral, "shot" alone, person nouns no word list holds,
numbers that are no tolls); the sentences are set elsewhere (Kenya, Burundi, Mali, Pakistan,
Somalia, Nigeria, Ukraine, Haiti, Mexico, Colombia, DR Congo, South Sudan, Myanmar, Belarus,
Georgia, Bangladesh, Sri Lanka, Zimbabwe, Cameroon, Niger, Chad, Iraq, Syria, Honduras,
Argentina, Paraguay, Peru, South Africa, Jamaica, Ghana, Malawi, Tunisia, Guinea, Mozambique,
India, Afghanistan, Yemen, Israel, Thailand, Uganda, Central African Republic, Ethiopia).
Counting conventions are those of benchmarks/heldout_reports/README.md: released, rescued,
freed, escaped and evacuated are no outcomes; an abduction reported as happening is kidnapped
even when the hostages were later freed; implicit is true only when no number word was written.

Run as a script to print the score of each category on the current rules.
"""

import sys

import pandas as pd
import pytest
from extraction_helpers import table
from spacy.language import Language


def rows(nlp: Language, text: str) -> list[tuple]:
    """(count, outcome, qualifier, implicit) of each figure that is not a repeat, in order."""
    df = table(nlp, text)
    df = df[df["repeat_of"].isna()]
    return [
        (None if pd.isna(c) else int(c), o, q, bool(i))
        for c, o, q, i in zip(
            df["count"], df["outcome"], df["qualifier"], df["implicit"], strict=True
        )
    ]


# 1. Wounded told without "wounded": sustained injuries, nursing wounds, treated for injuries,
# hospitalised, admitted, injuring N, hurt, gunshot or shrapnel wounds, receiving treatment.
WOUNDED = [
    (
        "Gunmen opened fire on a minibus near Kisumu, killing the driver, and four others "
        "sustained injuries.",
        [(1, "killed", "exact", True), (4, "wounded", "exact", False)],
    ),
    (
        "The grenade blast at the bar in Bujumbura left nine people nursing wounds.",
        [(9, "wounded", "exact", False)],
    ),
    (
        "Eleven people were treated for injuries after police fired live rounds in Mombasa.",
        [(11, "wounded", "exact", False)],
    ),
    (
        "Seven were hospitalised after a mortar round fell on the market in Gao.",
        [(7, "wounded", "exact", False)],
    ),
    (
        "A roadside bomb struck a police patrol in Khost, injuring five officers.",
        [(5, "wounded", "exact", False)],
    ),
    (
        "The explosion in Quetta injured at least 14 people, a hospital official said.",
        [(14, "wounded", "at_least", False)],
    ),
    (
        "Some 20 protesters suffered gunshot wounds when troops fired on the march in Bamako.",
        [(20, "wounded", "about", False)],
    ),
    (
        "Doctors in Beledweyne said they had admitted 12 people with shrapnel wounds.",
        [(12, "wounded", "exact", False)],
    ),
    (
        "Two soldiers were left with serious injuries after their vehicle hit a mine near Kidal.",
        [(2, "wounded", "exact", False)],
    ),
    (
        "Militiamen attacked the village of Ngouboua, leaving 15 wounded.",
        [(15, "wounded", "exact", False)],
    ),
    (
        "More than 30 people were hurt when the police dispersed the rally in Conakry.",
        [(30, "wounded", "more_than", False)],
    ),
    (
        "At least eight civilians were receiving treatment for burns after the drone strike on "
        "Sumy.",
        [(8, "wounded", "at_least", False)],
    ),
    (
        "Four people nursed gunshot wounds at Mulago hospital after the shooting in Kampala.",
        [(4, "wounded", "exact", False)],
    ),
    (
        "An Afghan border guard was injured in the exchange of fire at Torkham.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "The attack in Dera Ismail Khan claimed three lives and injured 11.",
        [(3, "killed", "exact", False), (11, "wounded", "exact", False)],
    ),
    (
        "Police in Durban said two men were shot and wounded in a tavern in Umlazi.",
        [(2, "wounded", "exact", False)],
    ),
    (
        "Hospital sources in Maiduguri said 23 victims of the suicide bombing were admitted.",
        [(23, "wounded", "exact", False)],
    ),
    (
        "A stray bullet hit a 12-year-old girl in Cité Soleil.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "The car bomb outside the ministry in Mogadishu wounded dozens.",
        [(None, "wounded", "vague", False)],
    ),
    (
        "Six more people sustained minor injuries in the stampede that followed the gunfire in "
        "Lagos.",
        [(6, "wounded", "exact", False)],
    ),
    (
        "Three villagers were being treated for machete wounds in Bunia.",
        [(3, "wounded", "exact", False)],
    ),
]

# 2. Abductions told without "kidnapped": abducted, seized, taken hostage, carried off, held
# for ransom, snatched, whisked away, taken from; hostages later freed still count.
KIDNAPPED = [
    (
        "Gunmen abducted 23 passengers from a bus on the Abuja-Kaduna road.",
        [(23, "kidnapped", "exact", False)],
    ),
    (
        "Armed men seized two aid workers at a checkpoint near Gao.",
        [(2, "kidnapped", "exact", False)],
    ),
    (
        "Al-Shabaab fighters took five teachers hostage in Mandera.",
        [(5, "kidnapped", "exact", False)],
    ),
    (
        "Bandits carried off 40 villagers from Kurmin Wali on Sunday night.",
        [(40, "kidnapped", "exact", False)],
    ),
    (
        "A businessman was held for ransom for three weeks in Port-au-Prince.",
        [(1, "kidnapped", "exact", True)],
    ),
    (
        "Eight herders went missing after being taken by armed men near Menaka.",
        [(8, "kidnapped", "exact", False)],
    ),
    (
        "The ELN kidnapped a soldier and a police officer in Arauca.",
        [(2, "kidnapped", "exact", True)],
    ),
    (
        "Gunmen snatched a Catholic priest from his parish house in Enugu.",
        [(1, "kidnapped", "exact", True)],
    ),
    (
        "At least 12 students were abducted from a school in Kebbi.",
        [(12, "kidnapped", "at_least", False)],
    ),
    (
        "Unknown gunmen whisked away three engineers working on the road in Zamfara.",
        [(3, "kidnapped", "exact", False)],
    ),
    (
        "Armed men kidnapped a tourist and his guide near Acapulco.",
        [(2, "kidnapped", "exact", True)],
    ),
    (
        "The abductors are demanding 50 million naira for four farmers taken from Kuchi.",
        [(4, "kidnapped", "exact", False)],
    ),
    (
        "Dozens of women were abducted by ISWAP fighters near Gwoza.",
        [(None, "kidnapped", "vague", False)],
    ),
    (
        "Kidnappers seized a district officer in Barikot and are holding him in the hills.",
        [(1, "kidnapped", "exact", True)],
    ),
    (
        "The gang held six miners hostage for two days in Zacatecas before releasing them.",
        [(6, "kidnapped", "exact", False)],
    ),
    (
        "Gunmen took 14 worshippers captive during the Sunday service in Kajuru.",
        [(14, "kidnapped", "exact", False)],
    ),
]

# 3. Displacement told without "displaced": fled, forced from homes, took refuge, sought
# refuge, uprooted, left homeless, without shelter, fled across the border.
DISPLACED = [
    (
        "About 2,000 people fled Kalehe after M23 rebels shelled the town.",
        [(2000, "displaced", "about", False)],
    ),
    (
        "Some 150 families were forced from their homes in Bambari by the fighting.",
        [(150, "displaced", "about", False)],
    ),
    (
        "Attackers torched 60 houses in Kpabu, leaving 400 people homeless.",
        [(400, "displaced", "exact", False)],
    ),
    (
        "Around 900 households have been displaced in Lower Juba since the clashes began.",
        [(900, "displaced", "about", False)],
    ),
    (
        "More than 5,000 residents took refuge in the UN base in Malakal.",
        [(5000, "displaced", "more_than", False)],
    ),
    (
        "Hundreds of families fled to Maru after bandits raided their villages.",
        [(None, "displaced", "vague", False)],
    ),
    (
        "Thirty families abandoned their homes in Mbau after the ADF raid.",
        [(30, "displaced", "exact", False)],
    ),
    (
        "The clashes in Abyei forced 3,200 people to flee, OCHA said.",
        [(3200, "displaced", "exact", False)],
    ),
    (
        "An estimated 12,000 people have been uprooted by fighting in Cabo Delgado this month.",
        [(12000, "displaced", "about", False)],
    ),
    (
        "Forty households sought refuge at the parish in Djugu.",
        [(40, "displaced", "exact", False)],
    ),
    (
        "Flames destroyed 80 huts in Dikwa, leaving 300 residents without shelter.",
        [(300, "displaced", "exact", False)],
    ),
    (
        "Nearly 700 people fled across the border into Chad after the attack on Masteri.",
        [(700, "displaced", "at_most", False)],
    ),
    (
        "Fighting between the two clans drove 1,500 people from their homes near Galkayo.",
        [(1500, "displaced", "exact", False)],
    ),
]

# 4. Custody told without "arrested": picked up, rounded up, taken into custody, remanded,
# handed themselves in, captured, apprehended, held overnight, nabbed, bundled into vans.
DETAINED = [
    (
        "Police picked up 14 suspects after the riot in Nakuru.",
        [(14, "detained", "exact", False)],
    ),
    (
        "Security forces rounded up 60 young men in Kousseri.",
        [(60, "detained", "exact", False)],
    ),
    (
        "Nine suspects were taken into custody over the lynching in Kasese.",
        [(9, "detained", "exact", False)],
    ),
    (
        "The magistrate remanded 11 protesters in custody in Harare.",
        [(11, "detained", "exact", False)],
    ),
    (
        "Two of the gunmen later handed themselves in at the police station in Eldoret.",
        [(2, "detained", "exact", False)],
    ),
    (
        "Troops captured four militants during the raid near Tal Afar.",
        [(4, "detained", "exact", False)],
    ),
    (
        "Police said 27 people had been arrested in connection with the violence in Dhaka.",
        [(27, "detained", "exact", False)],
    ),
    (
        "A man was detained in Colombo over the petrol bomb attack.",
        [(1, "detained", "exact", True)],
    ),
    (
        "Soldiers apprehended a suspected arms dealer in Gao.",
        [(1, "detained", "exact", True)],
    ),
    (
        "More than 200 demonstrators were held overnight in Minsk.",
        [(200, "detained", "more_than", False)],
    ),
    (
        "Police arrested dozens of opposition supporters in Karachi.",
        [(None, "detained", "vague", False)],
    ),
    (
        "Officers nabbed three suspects in connection with the shooting in Kingston.",
        [(3, "detained", "exact", False)],
    ),
    (
        "Eight protesters were bundled into police vans in Kampala.",
        [(8, "detained", "exact", False)],
    ),
    (
        "Authorities in Tunis placed 16 people under arrest after the clashes.",
        [(16, "detained", "exact", False)],
    ),
    (
        "Three suspects turned themselves in to police in Kumasi.",
        [(3, "detained", "exact", False)],
    ),
]

# 5. Victims without a numeral: "a farmer", "a man and his son", "both", "another".
IMPLICIT = [
    (
        "A farmer was killed by herders in Benue.",
        [(1, "killed", "exact", True)],
    ),
    (
        "A man and his son were shot dead at their shop in Kandahar.",
        [(2, "killed", "exact", True)],
    ),
    (
        "A teacher and her husband were killed in an ambush near Mopti.",
        [(2, "killed", "exact", True)],
    ),
    (
        "A nurse was wounded when a shell hit the clinic in Kherson.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "The village chief was beheaded by militants in Cabo Delgado.",
        [(1, "killed", "exact", True)],
    ),
    (
        "A police officer and his driver were injured in the blast in Bannu.",
        [(2, "wounded", "exact", True)],
    ),
    (
        "Gunmen killed a shopkeeper and wounded his wife in Culiacán.",
        [(1, "killed", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Both brothers were abducted on their way to the market in Tsafe.",
        [(2, "kidnapped", "exact", True)],
    ),
    (
        "A journalist was arrested in Addis Ababa on Friday.",
        [(1, "detained", "exact", True)],
    ),
    (
        "A motorcycle taxi driver was lynched by a mob in Bangui.",
        [(1, "killed", "exact", True)],
    ),
    (
        "The attackers killed a herder and his nephew near Bawku.",
        [(2, "killed", "exact", True)],
    ),
    (
        "Separatists ambushed two gendarmes near Kumbo; both were wounded.",
        [(2, "wounded", "exact", False)],
    ),
    (
        "A soldier died in the ambush near Djibo and another was hurt by shrapnel.",
        [(1, "killed", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Gunmen attacked the mine in Walikale and one of the guards died on the spot.",
        [(1, "killed", "exact", False)],
    ),
]

# 6. "Shot" alone is wounded; shot dead and shot and killed are killed.
SHOT = [
    (
        "A trader was shot in Kumba by separatist fighters.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "Police shot three protesters in Kibera on Tuesday.",
        [(3, "wounded", "exact", False)],
    ),
    (
        "Two teenagers were shot outside a nightclub in Cape Town.",
        [(2, "wounded", "exact", False)],
    ),
    (
        "An off-duty officer was shot and killed in Tegucigalpa.",
        [(1, "killed", "exact", True)],
    ),
    (
        "Four men were shot dead in a bar in Celaya.",
        [(4, "killed", "exact", False)],
    ),
    (
        "A soldier was shot in the shoulder during the patrol in Mutare.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "Bandits shot a vigilante in the leg near Zurmi.",
        [(1, "wounded", "exact", True)],
    ),
]

# 7. Person nouns no word list holds: the parse and the outcome decide they are people.
NOUNS = [
    (
        "Militants killed three linemen repairing the power grid near Kharkiv.",
        [(3, "killed", "exact", False)],
    ),
    (
        "Two okada riders were killed by robbers in Ibadan.",
        [(2, "killed", "exact", False)],
    ),
    (
        "Jihadists killed 11 woodcutters near Djibo.",
        [(11, "killed", "exact", False)],
    ),
    (
        "Three porters were wounded by a landmine near the Thai border.",
        [(3, "wounded", "exact", False)],
    ),
    (
        "Five beekeepers were abducted in the forest near Gusau.",
        [(5, "kidnapped", "exact", False)],
    ),
    (
        "The explosion killed four stevedores at the port of Berbera.",
        [(4, "killed", "exact", False)],
    ),
    (
        "Seven catechists were detained by the junta in Sagaing.",
        [(7, "detained", "exact", False)],
    ),
    (
        "Gunmen killed two boda boda cyclists in Arua.",
        [(2, "killed", "exact", False)],
    ),
    (
        "Soldiers shot dead six smugglers near the Iranian border.",
        [(6, "killed", "exact", False)],
    ),
    (
        "Four ferrymen drowned after militiamen fired on their boat on the Ubangi.",
        [(4, "killed", "exact", False)],
    ),
    (
        "Three cadres of the Maoist party were killed in Bijapur.",
        [(3, "killed", "exact", False)],
    ),
    (
        "The blast wounded 14 pilgrims in Karbala.",
        [(14, "wounded", "exact", False)],
    ),
    (
        "Militants abducted three lorry drivers near Garissa.",
        [(3, "kidnapped", "exact", False)],
    ),
    (
        "Twelve tea pickers were hurt when a grenade landed on the estate near Kericho.",
        [(12, "wounded", "exact", False)],
    ),
]
NOUN_GUARDS = [
    "Militants destroyed three pylons near Kharkiv.",
    "The militia killed 40 cattle in the raid on Pibor.",
    "Bandits burned seven lorries on the highway near Garissa.",
    "Soldiers seized 12 motorcycles in Diffa.",
    "Rebels captured two towns in North Kivu.",
]

# 8. Numbers that are no tolls beside one that is: crowds, money, rounds, ages, units,
# years, house numbers, unit sizes, vehicles.
NOT_TOLLS = [
    (
        "A crowd of 5,000 gathered in Freedom Square in Tbilisi; police detained 12.",
        [(12, "detained", "exact", False)],
    ),
    (
        "The gunmen demanded 2 million shillings and shot a guard.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "Amina, 34, was killed when the shell hit her house in Mariupol.",
        [(1, "killed", "exact", True)],
    ),
    (
        "The 45-year-old shopkeeper was stabbed to death in Soweto.",
        [(1, "killed", "exact", True)],
    ),
    (
        "The attackers, about 50 on motorbikes, killed 17 villagers in Bankass.",
        [(17, "killed", "exact", False)],
    ),
    (
        "A 7.62mm bullet killed a boy in Gonaïves.",
        [(1, "killed", "exact", True)],
    ),
    (
        "The bomb contained 20 kilograms of explosives and killed two men in Afrin.",
        [(2, "killed", "exact", False)],
    ),
    (
        "In 2024, three journalists were killed in Sonora.",
        [(3, "killed", "exact", False)],
    ),
    (
        "The convoy of 12 vehicles was ambushed near Tessit; two soldiers died.",
        [(2, "killed", "exact", False)],
    ),
    (
        "The gang fired more than 100 bullets at the house in Rosario, wounding a woman.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "A grenade hit house number 14 in Kamenge, injuring a child.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "Police arrested a 19-year-old over the killing of two men in Gqeberha.",
        [(1, "detained", "exact", True), (2, "killed", "exact", False)],
    ),
    (
        "The militants fired 12 rockets at Kiryat Shmona, wounding three.",
        [(3, "wounded", "exact", False)],
    ),
    (
        "A unit of 40 soldiers was ambushed near Nampala and six of them were killed.",
        [(6, "killed", "exact", False)],
    ),
    (
        "Gunmen on 15 motorcycles stormed Tillia and killed nine herders.",
        [(9, "killed", "exact", False)],
    ),
]
NOT_TOLL_GUARDS = [
    "Police fired 30 rounds into the air in Lilongwe; nobody was hurt.",
    "Some 3,000 protesters marched in Lima on 14 March.",
    "Police said 400 officers were deployed to the centre of Harare.",
    "The protest, attended by 10,000 people, ended peacefully in Dhaka.",
    "Officials paid 500,000 pesos to each family in Guerrero.",
    "Route 7 was blocked by 200 farmers near Caaguazú.",
    "Voters at 34 polling stations were turned away in Kinshasa.",
    "A platoon of 30 soldiers repelled the attack in Menaka.",
]

# 9. Releases, rescues, escapes, returns and precautionary evacuations count nobody.
GUARDS = [
    "The army rescued 17 hostages from a camp in the Sambisa forest.",
    "Police freed nine kidnapped children in Kaduna on Monday.",
    "All 42 detainees were released on bail in Nairobi.",
    "About 600 residents were evacuated as a precaution before the flood reached Beira.",
    "Fourteen abductees escaped from their captors in Kogi.",
    "The court acquitted five of the accused in Lahore.",
    "Two of the hostages were released after a ransom was paid in Port-au-Prince.",
    "The displaced families returned home to Rutshuru in June.",
    "Twenty prisoners were transferred to the jail in Bamenda.",
    "Three people were rescued from the rubble in Kharkiv.",
]

# 10. Written with this session's rules, after the baseline above (not part of its score):
# beatings are wounds, but not a win, a repulse or a lynching told apart; an arrest that
# caused the event, or was only demanded, is no row; a missile as subject wounds its
# object; people who come out "with wounds" are wounded.
RULE_CASES = [
    (
        "Ruling party youths beat two opposition agents outside a polling station in Mutoko.",
        [(2, "wounded", "exact", False)],
    ),
    (
        "A watchman was flogged by the vigilantes in Kano.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "Police announced the arrest of a 19-year-old man in Kumasi.",
        [(1, "detained", "exact", True)],
    ),
    (
        "Shrapnel struck two children near the school in Kharkiv.",
        [(2, "wounded", "exact", False)],
    ),
    (
        "A third officer escaped with a gunshot wound, the police in Cobán said.",
        [(1, "wounded", "exact", True)],
    ),
    (
        "Three suspects were arrested with injuries after the chase in Kisumu.",
        [(3, "detained", "exact", False), (3, "wounded", "exact", False)],
    ),
]
RULE_GUARDS = [
    "Soldiers beat back the attack on Djibo.",
    "The ruling party's candidate beat the incumbent by 2,000 votes.",
    "Kenya beat Uganda in the final in Kampala.",
    "Two men suspected of theft were beaten and set alight by a mob in Umlazi.",
    "Fishermen protesting the arrest of a colleague clashed with gendarmes in Kayar.",
    "Tribesmen clashed with the Security Belt over the arrest of a sheikh's son.",
    "Police picked up the weapons in Nakuru.",
    "A stone hit the windscreen of the bus.",
]

# 11. Second wave (set 17 read as categories): one victim with two outcomes, a wounded
# person captured or arrested, is a wounded row and a detained row.
CAPTURED_WOUNDED = [
    (
        "A wounded gunman was captured after the siege of the hotel in Mogadishu.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Police in Lagos arrested an injured robber after the shootout.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Two attackers were killed and a third was arrested wounded, the army in Niamey said.",
        [
            (2, "killed", "exact", False),
            (1, "detained", "exact", True),
            (1, "wounded", "exact", True),
        ],
    ),
    (
        "Soldiers captured three wounded rebels near Beni.",
        [(3, "detained", "exact", False), (3, "wounded", "exact", False)],
    ),
    (
        "The second assailant was taken into custody with gunshot wounds in Kandahar.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "An injured suspect was detained at the scene in Medellín.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Five wounded insurgents were taken prisoner near Marawi.",
        [(5, "detained", "exact", False), (5, "wounded", "exact", False)],
    ),
    (
        "The wounded hijacker was arrested at the airport in Entebbe.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Gendarmes captured a wounded jihadist after the clash near Ménaka.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "Border guards detained a wounded smuggler near Chaman.",
        [(1, "detained", "exact", True), (1, "wounded", "exact", True)],
    ),
    (
        "One raider was shot dead and another was captured injured in Zamfara.",
        [
            (1, "killed", "exact", False),
            (1, "detained", "exact", True),
            (1, "wounded", "exact", True),
        ],
    ),
    (
        "Troops arrested two injured militiamen after the fighting in Bangassou.",
        [(2, "detained", "exact", False), (2, "wounded", "exact", False)],
    ),
    (
        "A militant who was shot in the leg was apprehended in Pulwama.",
        [(1, "wounded", "exact", True), (1, "detained", "exact", True)],
    ),
]

# 12. A singular person joined to a numbered noun ("two farmers and a herder") is a victim
# of its own: an implicit row of one beside the written figure.
CONJUNCTS = [
    (
        "Gunmen killed two farmers and a herder near Jos.",
        [(2, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "The airstrike killed three fighters and a civilian in Marib.",
        [(3, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "Bandits abducted four students and a teacher in Kaduna.",
        [(4, "kidnapped", "exact", False), (1, "kidnapped", "exact", True)],
    ),
    (
        "The blast wounded five soldiers and an interpreter in Helmand.",
        [(5, "wounded", "exact", False), (1, "wounded", "exact", True)],
    ),
    (
        "Police arrested two journalists and a lawyer in Minsk.",
        [(2, "detained", "exact", False), (1, "detained", "exact", True)],
    ),
    (
        "A car bomb killed six police officers and a child in Baidoa.",
        [(6, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "Militiamen shot dead three miners and a driver near Bunia.",
        [(3, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "Troops detained seven protesters and a photographer in Mandalay.",
        [(7, "detained", "exact", False), (1, "detained", "exact", True)],
    ),
    (
        "The ambush killed four rangers and a tracker in Garamba.",
        [(4, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "Gunmen kidnapped two engineers and their driver in Bayelsa.",
        [(2, "kidnapped", "exact", False), (1, "kidnapped", "exact", True)],
    ),
    (
        "An airstrike killed 11 civilians and a rescue worker near Idlib.",
        [(11, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "Two policemen and a security guard were killed in the raid on the bank in Ouagadougou.",
        [(2, "killed", "exact", False), (1, "killed", "exact", True)],
    ),
    (
        "The gunmen wounded three customers and a waiter at the bar in Soweto.",
        [(3, "wounded", "exact", False), (1, "wounded", "exact", True)],
    ),
]
CONJUNCT_GUARDS = [  # things joined to a numbered noun are no victims: only the figure
    (
        "Attackers killed three soldiers and burned a truck in Diffa.",
        [(3, "killed", "exact", False)],
    ),
    (
        "Police arrested two men and seized a pistol in Tegucigalpa.",
        [(2, "detained", "exact", False)],
    ),
    ("The raiders killed four villagers and a cow in Ituri.", [(4, "killed", "exact", False)]),
    ("Rebels abducted five traders and a lorry near Kabo.", [(5, "kidnapped", "exact", False)]),
]

# 13. Doers who then fall: the subject of an attack verb joined to a passive outcome verb
# ("fired at guards and was shot dead", "stormed the checkpoint and were killed") is a row of
# its own outcome; fleeing is none.
DOERS_FALLEN = [
    (
        "A gunman fired at guards outside the embassy in Tashkent and was shot dead.",
        [(1, "killed", "exact", True)],
    ),
    (
        "Two attackers stormed the checkpoint near Arish and were killed by soldiers.",
        [(2, "killed", "exact", False)],
    ),
    (
        "Three robbers held up a bank in Recife and were killed in a shootout with police.",
        [(3, "killed", "exact", False)],
    ),
    (
        "A man stabbed two worshippers in Sousse and was arrested.",
        [(2, "wounded", "exact", False), (1, "detained", "exact", True)],
    ),
    (
        "Four militants attacked the post in Tillia and were killed.",
        [(4, "killed", "exact", False)],
    ),
    (
        "The gunman fired on a crowd in Kingston and was later arrested.",
        [(1, "detained", "exact", True)],
    ),
    (
        "Five assailants entered the village of Djibasso and were captured by volunteers.",
        [(5, "detained", "exact", False)],
    ),
    (
        "A sniper opened fire on the convoy near Kramatorsk and was killed by return fire.",
        [(1, "killed", "exact", True)],
    ),
    (
        "A militant threw a grenade at the patrol in Sopore and was shot dead.",
        [(1, "killed", "exact", True)],
    ),
    (
        "One of the hijackers opened fire on passengers and was killed by commandos.",
        [(1, "killed", "exact", False)],
    ),
    (
        "A man armed with a knife attacked a guard at the station in Marseille and was shot "
        "dead by police.",
        [(1, "killed", "exact", True)],
    ),
    (
        "Two gunmen attacked a police post in Ouallam and were killed by soldiers.",
        [(2, "killed", "exact", False)],
    ),
    ("The attackers fired on the convoy and fled into the forest near Beni.", []),
    ("Gunmen opened fire on the bus in Kasai and escaped.", []),
]

CATEGORIES = {
    "wounded": WOUNDED,
    "kidnapped": KIDNAPPED,
    "displaced": DISPLACED,
    "detained": DETAINED,
    "implicit": IMPLICIT,
    "shot": SHOT,
    "nouns": NOUNS,
    "not_tolls": NOT_TOLLS,
}
WAVE2_CATEGORIES = {  # rows compared as sets: the order of two outcomes of one victim is free
    "captured_wounded": CAPTURED_WOUNDED,
    "conjuncts": CONJUNCTS,
    "conjunct_guards": CONJUNCT_GUARDS,
    "doers_fallen": DOERS_FALLEN,
}
GUARD_CATEGORIES = {
    "noun_guards": NOUN_GUARDS,
    "not_toll_guards": NOT_TOLL_GUARDS,
    "guards": GUARDS,
}

_DOER_FALLEN = (
    "no row for a doer whose passive outcome verb is joined to his deed: attackers.py takes "
    "a singular subject with a determiner only (not 'Two gunmen', 'One of'); 'opened fire "
    "... and was killed by', 'armed with a knife attacked' give none either (not yet traced)"
)
_UNSOLVED: dict[str, str] = {  # stress items the rules still miss (kept as strict xfails)
    "stormed the checkpoint near Arish": _DOER_FALLEN,
    "held up a bank in Recife": _DOER_FALLEN,
    "attacked the post in Tillia": _DOER_FALLEN,
    "convoy near Kramatorsk": _DOER_FALLEN,
    "One of the hijackers": _DOER_FALLEN,
    "station in Marseille": _DOER_FALLEN,
    "police post in Ouallam": _DOER_FALLEN,
    "went missing after being taken": "'went missing after being taken' read as missing",
    "are holding him in the hills": "the captors' 'holding him' read as detained again",
    "Nearly 700 people fled": "'nearly' read as about, not at_most",
    "both were wounded": "'both' marked implicit though 'two gendarmes' was written",
    "Amina, 34, was killed": "a named victim with an age gives no row",
    "In 2024, three journalists": "a leading year clause loses the toll",
    "snatched a Catholic priest": "'snatch' is no abduction verb: bags and phones are "
    "snatched by robbers too (set 8), and the robbers would be counted",
    "picked up 14 suspects": "active 'picked up' is no custody verb: 'going to pick up his "
    "child from school' (set 7)",
    "23 victims of the suicide bombing were admitted": "'were admitted' alone is no wound "
    "trigger: 'Two were admitted with fractures' is a part of the wounded told before (set 9)",
}


def _cases(items: list) -> list:
    """The items as params, those `_UNSOLVED` names marked as strict xfails."""
    cases = []
    for item in items:
        text = item if isinstance(item, str) else item[0]
        why = next((reason for key, reason in _UNSOLVED.items() if key in text), None)
        marks = [] if why is None else [pytest.mark.xfail(strict=True, reason=why)]
        cases.append(pytest.param(*([item] if isinstance(item, str) else item), marks=marks))
    return cases


_ALL = [item for items in CATEGORIES.values() for item in items] + RULE_CASES
_NONE = [text for texts in GUARD_CATEGORIES.values() for text in texts] + RULE_GUARDS


@pytest.mark.parametrize(("text", "expected"), _cases(_ALL))
def test_outcome_count_qualifier_and_implicit(nlp: Language, text: str, expected: list) -> None:
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases([item for items in WAVE2_CATEGORIES.values() for item in items]),
)
def test_captured_wounded_joined_victims_and_fallen_doers(
    nlp: Language, text: str, expected: list
) -> None:
    assert sorted(rows(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text", _cases(_NONE))
def test_things_releases_and_numbers_that_are_no_tolls_count_nobody(
    nlp: Language, text: str
) -> None:
    assert rows(nlp, text) == []


def _score() -> None:
    """Print, for each category, the sentences given exactly and the rows found and extra."""
    import analysis

    nlp = analysis.load_nlp()
    total = [0, 0]
    for name, items in {**CATEGORIES, **GUARD_CATEGORIES, **WAVE2_CATEGORIES}.items():
        right = gold_rows = found = extra = 0
        for item in items:
            text, gold = (item, []) if isinstance(item, str) else item
            got = rows(nlp, text)
            right += sorted(got) == sorted(gold)
            gold_rows += len(gold)
            found += sum(min(gold.count(r), got.count(r)) for r in set(gold))
            extra += sum(max(0, got.count(r) - gold.count(r)) for r in set(got))
            if got != gold and "-v" in sys.argv:
                print(f"    {text}\n      gold {gold}\n      got  {got}")
        total[0] += right
        total[1] += len(items)
        print(
            f"{name:16} {right:3}/{len(items):3} sentences  rows {found}/{gold_rows}  extra {extra}"
        )
    print(f"{'all':16} {total[0]:3}/{total[1]:3} sentences")


if __name__ == "__main__":
    _score()
