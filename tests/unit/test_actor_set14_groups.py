"""Groups named by a common noun, by the categories the fourteenth set showed (issue 13, HA19).

A stress set written gold first, in our own words, from 49 countries, before the package was
run on it (64 of 95 rows right then): farmers, herders, pastoralists and settlers who fight
another community (a communal militia); the same people, and youths or students, who block
roads, march, stage sit-ins or burn tyres (protesters); crowds named by who they are
(relatives, traders, mourners, drivers, two villages, members of two families) who storm,
burn, stone or fight (rioters); attackers told by description ("masked men", "a man on a
motorbike", "passengers who robbed the driver"); officials named by an office of the
administration ("the divisional officer", "a county chief": the state; a police commander:
state forces); and headlines whose people and verb the parser reads as one noun ("Youths
torch police post", "Miners march on parliament", "Farmers, herders clash in Adamawa").
Each row is scored as the held-out sets score a gold actor: some mention overlapping the
first occurrence of the gold words has the gold type. Rows the rules still miss are strict
xfails with the reason. The guards keep the same nouns in their old type where the
sentence makes them victims, bystanders or protesters.

Conventions (README "The gold sets differ on", sets 13 and 14): herders and farmers who
fight each other are a communal militia; other people who attack or fight (mourners,
traders, drivers, guests) are rioters; road blocks, sit-ins and burning tyres are a
protest; people named by what they are who rob are an unidentified armed group.
"""

import pytest

import analysis
from tests.extraction_helpers import typed_at

# fmt: off
STRESS = [
    # 1. people named by their work or herd who fight another community: a communal militia
    ("clash", "Pastoralists and farmers fought with spears and bows over a watering point in "
     "Turkana, Kenya.", "Pastoralists", "militia"),
    ("clash", "Pastoralists and farmers fought with spears and bows over a watering point in "
     "Turkana, Kenya.", "farmers", "militia"),
    ("clash", "Armed herders raided a farming village and killed six people in Ouaddai, Chad.",
     "herders", "militia"),
    ("clash", "Settlers attacked farmers harvesting olives near Nablus, Palestine.", "Settlers",
     "militia"),
    ("clash", "Cattle herders killed four farmers in a dispute over grazing land in Nasarawa, "
     "Nigeria.", "Cattle herders", "militia"),
    ("clash", "Farmers attacked a herders' camp and burned their huts near Mopti, Mali.",
     "Farmers", "militia"),
    ("clash", "Nomadic herders clashed with farmers over a well near Kassala, Sudan.",
     "herders", "militia"),
    ("clash", "Nomadic herders clashed with farmers over a well near Kassala, Sudan.",
     "farmers", "militia"),
    ("clash", "Armed pastoralists raided a cattle camp and shot two herdsmen near Kotido, "
     "Uganda.", "pastoralists", "militia"),
    ("clash", "Herdsmen attacked farmers who had planted on a cattle route in Jos, Nigeria.",
     "Herdsmen", "militia"),
    ("clash", "Farmers killed three herders whose cattle had eaten their crops near Dosso, "
     "Niger.", "Farmers", "militia"),
    ("clash", "Agro-pastoralists clashed with farmers over a river boundary in Hiran, Somalia.",
     "farmers", "militia"),
    ("clash", "Fighting between farmers and herders over a grazing corridor left five dead in "
     "Kaffrine, Senegal.", "herders", "militia"),
    ("clash", "Armed settlers set fire to two cars in Huwara, Palestine.", "settlers", "militia"),
    ("clash", "Camel herders and farmers exchanged fire near a dam in Gedaref, Sudan.",
     "Camel herders", "militia"),
    ("clash", "Herders from a neighbouring district stabbed two farmers over a field in "
     "Kilombero, Tanzania.", "Herders", "militia"),
    ("clash", "Farmers and cattle keepers attacked each other with machetes in Lakes State, "
     "South Sudan.", "Farmers", "militia"),
    # 2. the same people who block, march or burn tyres to press a demand: protesters
    ("protest", "Coffee farmers blocked the highway to demand higher prices in Cauca, Colombia.",
     "Coffee farmers", "protesters"),
    ("protest", "Fishermen blocked the port entrance with their boats in protest against a fuel "
     "price rise in Chittagong, Bangladesh.", "Fishermen", "protesters"),
    ("protest", "Tin miners marched on the governor's office in Oruro, Bolivia.", "Tin miners",
     "protesters"),
    ("protest", "Herders blocked the road to the copper mine for a third day in Khanbogd, "
     "Mongolia.", "Herders", "protesters"),
    ("protest", "Cocoa farmers staged a sit-in outside the regulator's office in Abidjan, Ivory "
     "Coast.", "Cocoa farmers", "protesters"),
    ("protest", "Rice growers burned tyres on the national road to protest low prices in "
     "Artibonite, Haiti.", "Rice growers", "protesters"),
    ("protest", "Youths burned tyres and blocked roads after a student died in custody in "
     "Conakry, Guinea.", "Youths", "protesters"),
    ("protest", "Students blocked a bridge for four hours in Novi Sad, Serbia.", "Students",
     "protesters"),
    ("protest", "Sugarcane growers blocked the railway line for two days in Bagalkot, India.",
     "Sugarcane growers", "protesters"),
    ("protest", "Truck drivers parked across the border crossing to protest new tolls in "
     "Busia, Kenya.", "Truck drivers", "protesters"),
    ("protest", "Motorcycle taxi drivers blocked the main roundabout after a colleague was "
     "killed in Lome, Togo.", "Motorcycle taxi drivers", "protesters"),
    ("protest", "Coca growers blocking the road to La Paz fought with police in Yungas, Bolivia.",
     "Coca growers", "protesters"),
    ("protest", "Quinoa farmers set up barricades of burning tyres on the highway in Puno, Peru.",
     "Quinoa farmers", "protesters"),
    ("protest", "Street vendors marched to city hall after their stalls were seized in "
     "Guatemala City, Guatemala.", "Street vendors", "protesters"),
    # 3. crowds named by who they are, who storm, burn, stone or fight: rioters
    ("crowd", "Relatives of the dead man stormed the police station in Mathare, Kenya.",
     "Relatives", "rioters"),
    ("crowd", "Relatives of a detainee who died in custody stoned the police post in Koudougou, "
     "Burkina Faso.", "Relatives", "rioters"),
    ("crowd", "Traders set fire to the municipal revenue office after their stalls were "
     "demolished in Kumasi, Ghana.", "Traders", "rioters"),
    ("crowd", "Angry traders ransacked the market office in Mbale, Uganda.", "traders",
     "rioters"),
    ("crowd", "Two villages fought with machetes and stones over a boundary in Enga, Papua New "
     "Guinea.", "villages", "rioters"),
    ("crowd", "Members of two clans fought with sticks and stones over a grazing field in Gedo, "
     "Somalia.", "Members of two clans", "rioters"),
    ("crowd", "Members of two families attacked each other with axes over a land dispute in "
     "Larkana, Pakistan.", "Members of two families", "rioters"),
    ("crowd", "Youths torched three cars and looted shops in Tizi Ouzou, Algeria.", "Youths",
     "rioters"),
    ("crowd", "Students set fire to the vice-chancellor's residence in Rajshahi, Bangladesh.",
     "Students", "rioters"),
    ("crowd", "Supporters of the losing candidate burned the electoral commission office in "
     "Kananga, DR Congo.", "Supporters", "rioters"),
    ("crowd", "Villagers from two neighbouring hamlets pelted each other with stones in Gaya, "
     "India.", "Villagers", "rioters"),
    ("crowd", "Mourners attacked the hospital staff after a patient died in Kano, Nigeria.",
     "Mourners", "rioters"),
    ("crowd", "Football fans smashed shop windows after the match in Belgrade, Serbia.",
     "Football fans", "rioters"),
    ("crowd", "Market vendors threw stones at municipal police who tried to clear their stalls "
     "in Lima, Peru.", "Market vendors", "rioters"),
    ("crowd", "Inmates set mattresses alight and broke into the armoury in Tegucigalpa, "
     "Honduras.", "Inmates", "rioters"),
    ("crowd", "Taxi drivers attacked ride-hailing drivers with iron bars in Johannesburg, South "
     "Africa.", "Taxi drivers", "rioters"),
    ("crowd", "Angry relatives set fire to the home of the suspect in Mzuzu, Malawi.",
     "relatives", "rioters"),
    ("crowd", "Mine workers torched the company's vehicles after a colleague died in "
     "Rustenburg, South Africa.", "Mine workers", "rioters"),
    ("crowd", "Traders and porters fought with iron bars at the bus terminal in Kayes, Mali.",
     "Traders", "rioters"),
    ("crowd", "Passengers beat a suspected pickpocket to death on a bus in Kisumu, Kenya.",
     "Passengers", "rioters"),
    ("crowd", "Two villages clashed over a fishing ground and burned 40 houses in Malaita, "
     "Solomon Islands.", "villages", "rioters"),
    # 4. unidentified attackers told by description
    ("attackers", "Two men on a scooter shot a money changer outside his shop in Peshawar, "
     "Pakistan.", "men", "unidentified_armed_group"),
    ("attackers", "A group of armed men in military uniform stopped the bus and killed five "
     "passengers near Menaka, Mali.", "armed men", "unidentified_armed_group"),
    ("attackers", "Masked men set fire to a school in Ngaoundere, Cameroon.", "Masked men",
     "unidentified_armed_group"),
    ("attackers", "Unknown assailants threw a grenade into a bar in Bujumbura, Burundi.",
     "Unknown assailants", "unidentified_armed_group"),
    ("attackers", "A gunman in a car shot a journalist outside his home in Culiacan, Mexico.",
     "gunman", "unidentified_armed_group"),
    ("attackers", "Hooded men beat a trade unionist to death in Cartagena, Colombia.",
     "Hooded men", "unidentified_armed_group"),
    ("attackers", "Three men armed with machetes attacked a family in Kasese, Uganda.", "men",
     "unidentified_armed_group"),
    ("attackers", "Assailants on motorbikes killed a village chief near Fada N'Gourma, Burkina "
     "Faso.", "Assailants", "unidentified_armed_group"),
    ("attackers", "Men wearing balaclavas abducted an activist in Kharkiv, Ukraine.", "Men",
     "unidentified_armed_group"),
    ("attackers", "A group of men armed with rifles stormed a wedding in Zabul, Afghanistan.",
     "men", "unidentified_armed_group"),
    ("attackers", "Passengers who robbed the driver stabbed him with a knife near Lautoka, Fiji.",
     "Passengers", "unidentified_armed_group"),
    ("attackers", "Two passengers attacked the taxi driver with a machete and stole his car in "
     "Blantyre, Malawi.", "passengers", "unidentified_armed_group"),
    ("attackers", "Kidnappers dressed as police officers seized a businessman in Port Harcourt, "
     "Nigeria.", "Kidnappers", "unidentified_armed_group"),
    ("attackers", "Robbers armed with pistols shot a shopkeeper in Durban, South Africa.",
     "Robbers", "unidentified_armed_group"),
    ("attackers", "A man on a motorbike fired at the checkpoint and fled in Pattani, Thailand.",
     "man", "unidentified_armed_group"),
    ("attackers", "Four men in a pickup truck opened fire on worshippers in Maiduguri, Nigeria.",
     "men", "unidentified_armed_group"),
    ("attackers", "Customers who refused to pay stabbed a bar owner in Antananarivo, "
     "Madagascar.", "Customers", "unidentified_armed_group"),
    # 5. officials named by an office, who act or speak: the state (the police's are forces)
    ("office", "The district commissioner ordered a curfew after the clash in Marsabit, Kenya.",
     "district commissioner", "state"),
    ("office", "The divisional officer said three houses were burned in Kumba, Cameroon.",
     "divisional officer", "state"),
    ("office", "A county chief said four people were killed in Isiolo, Kenya.", "county chief",
     "state"),
    ("office", "The mayor said the gunmen had fled towards the hills in Mopti, Mali.", "mayor",
     "state"),
    ("office", "The provincial governor said the bomb killed three people in Kandahar, "
     "Afghanistan.", "provincial governor", "state"),
    ("office", "The deputy commissioner imposed a curfew in Imphal, India.",
     "deputy commissioner", "state"),
    ("office", "The regional administrator blamed rebels for the attack in Gambela, Ethiopia.",
     "regional administrator", "state"),
    ("office", "The district administrator said gunmen killed four miners in Tete, Mozambique.",
     "district administrator", "state"),
    ("office", "The prefect ordered the market closed after the riot in Bambari, Central "
     "African Republic.", "prefect", "state"),
    ("office", "The district police commander said five suspects were arrested in Mbale, "
     "Uganda.", "district police commander", "state_forces"),
    ("office", "The regional police commander said the herders had fled in Dodoma, Tanzania.",
     "regional police commander", "state_forces"),
    ("office", "The provincial police chief said gunmen had killed two guards in Kunar, "
     "Afghanistan.", "provincial police chief", "state_forces"),
    ("office", "The sub-prefect confirmed that six people were abducted in Kaya, Burkina Faso.",
     "sub-prefect", "state"),
    # 6. a headline's few words: the people and the headline's verb
    ("headline", "Farmers, herders clash in Adamawa", "herders", "militia"),
    ("headline", "Youths torch police post in Kakamega", "Youths", "rioters"),
    ("headline", "Traders burn council office in Mwanza", "Traders", "rioters"),
    ("headline", "Students block highway over fees in Kampala", "Students", "protesters"),
    ("headline", "Relatives storm hospital after patient's death in Jos", "Relatives",
     "rioters"),
    ("headline", "Miners march on parliament in Lusaka", "Miners", "protesters"),
    ("headline", "Villagers lynch suspected thief in Ogun", "Villagers", "rioters"),
    ("headline", "Herders attack farming village in Benue, six dead", "Herders", "militia"),
    ("headline", "Pastoralists, farmers fight over water in Turkana", "Pastoralists", "militia"),
    ("headline", "Masked men torch school in Bamenda", "Masked men",
     "unidentified_armed_group"),
    ("headline", "Fishermen block port over fuel prices in Tema", "Fishermen", "protesters"),
    ("headline", "Settlers torch cars near Ramallah", "Settlers", "militia"),
    ("headline", "Two villages clash over land in Morobe, chief killed", "villages", "rioters"),
]
# fmt: on


# Rows the rules still miss, and why (strict: a row that starts passing fails the run).
MISSED = {
    "Customers who refused to pay stabbed a bar owner in Antananarivo, Madagascar.":
        "violence with no crime for gain by people named by what they are is read as a crowd's "
        "(rioters); our gold said criminals",
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
    assert len(STRESS) >= 80 and len(countries) >= 40
    assert all(mention in text for _, text, mention, _ in STRESS + GUARDS)


# --- guards: the same nouns where the sentence makes them victims or another party -----------

# fmt: off
GUARDS = [
    ("guard", "Gunmen killed five farmers in their fields in Zamfara, Nigeria.", "farmers",
     "civilians"),
    ("guard", "Herders were attacked by bandits near Menaka, Mali.", "Herders", "civilians"),
    ("guard", "Soldiers shot dead three fishermen on the lake near Baga, Nigeria.", "fishermen",
     "civilians"),
    ("guard", "Traders fled when gunmen attacked the market in Bunia, DR Congo.", "Traders",
     "civilians"),
    ("guard", "Rebels abducted four students from a school in Kasai, DR Congo.", "students",
     "civilians"),
    ("guard", "Raiders drove off 300 cattle belonging to pastoralists in Moroto, Uganda.",
     "pastoralists", "civilians"),
    ("guard", "A bomb killed six passengers on a bus in Quetta, Pakistan.", "passengers",
     "civilians"),
    ("guard", "Police fired tear gas at students who were blocking the road in Nairobi, Kenya.",
     "students", "protesters"),
    ("guard", "Settlers' olive groves were burned by unknown attackers near Jenin, Palestine.",
     "unknown attackers", "unidentified_armed_group"),
    ("guard", "Gunmen on motorbikes killed three miners at a gold site in Tillaberi, Niger.",
     "miners", "civilians"),
    ("guard", "The herders' relatives said the men had been taken by soldiers in Mopti, Mali.",
     "soldiers", "state_forces"),
    ("guard", "Militants killed two traders and burned their lorries near Mandera, Kenya.",
     "traders", "civilians"),
]
# fmt: on


@pytest.mark.parametrize(("category", "text", "mention", "gold"), GUARDS)
def test_guard_row(category, text, mention, gold):
    assert typed_at(text, mention, gold), category


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Relatives gathered outside the mortuary in Kisumu, Kenya.", "Relatives"),
        ("A man was shot dead on a motorbike in Cali, Colombia.", "man"),
        ("Two villages were flooded after the storm in Sylhet, Bangladesh.", "villages"),
        ("The relatives of the victims said the bodies were burned in Goma, DR Congo.",
         "relatives"),
    ],
)  # fmt: skip
def test_a_noun_that_is_a_party_only_by_its_deed_is_none_without_one(text, word):
    found = analysis.extract_actors(text)
    assert not any(word in m for m in found["mention"])


@pytest.mark.parametrize(
    ("text", "mention", "gold"),
    [
        ("Youths burned a police car after the match in Oran, Algeria.", "Youths", "rioters"),
        ("Herders were robbed of 200 goats near Kidal, Mali.", "Herders", "civilians"),
        ("Miners clashed with police who were clearing the pit in Obuasi, Ghana.", "Miners",
         "civilians"),
        ("Farmers market their maize in Eldoret, Kenya.", "Farmers", "civilians"),
    ],
)  # fmt: skip
def test_the_rules_of_deeds_keep_their_limits(text, mention, gold):
    """Burning a car is a mob's deed; robbed people and people resisting police stay civilians."""
    found = analysis.extract_actors(text)
    typed = typed_at(text, mention, gold)
    assert typed or (gold == "civilians" and mention not in " ".join(found["mention"]))
