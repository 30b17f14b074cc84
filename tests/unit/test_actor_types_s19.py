"""Actor types and whole-place leaks of open sets 14-18 (issue 13, session 19, HA25).

A stress set of constructed sentences, written gold first, in our own words (names of places,
forces, groups and outlets are public facts), from countries and wordings other than the open
sets' passages, before the rules it tests. It covers the categories of a census of the 116 actor
misses and 3 whole-place leaks of open sets 14-18 on HEAD a0fed98 (rows / sets in brackets):

- state force units and local forces named by an acronym, a local name or a unit noun, missed or
  typed other/state/militia (22 / 5): "the RCMP", "Levies", "the PSP", "a joint security task
  force", "the Special Operation Group", "Força Local", "counter-terrorism directorate";
- named armed groups, gangs and crime groups missed or typed person/political/other (15 / 5):
  Mapuche groups by their Spanish names, "Los X" groups, a party name that is an armed group,
  quoted gang names before "gangs";
- NGOs, monitors, outlets and state bodies by name, missed or mistyped (24 / 4): institutes of
  conflict or security studies, Portuguese- and Spanish-named observatories and forums,
  collectives of searching mothers named by an apposition;
- generic actors typed by what they do (35 / 5): islanders who flee, pro-government fighters
  and paramilitaries, armed members of clans or families, villagers who fight with weapons,
  workers whose protest is named or who strike, an armed group that storms, rival youth crews
  in a fight, protesters who clash with police;
- convention clashes between sets (20 / 5: Popular Mobilization Forces, CODECO, Security Belt,
  Imbonerakure, Chhatra Shibir/Dal, PSHT, Multi-Stakeholder Forum, Libyan National Army, Fatah,
  Taliban): not tested here, no rule can satisfy both codings;
- places returned whole (3 / 1, set 18): a neighbourhood before the name of an attack in a
  headline ("Boys in court over X stabbing"), a country people were recruited from, a country
  that facilitated talks; countries acting through their government stay the state (controls).

Each row is scored as the open sets score a gold actor: some mention overlapping the first
occurrence of the gold words has the gold type. `PLACES` must not come back whole as an actor:
no actor mention may lie inside any whole-word occurrence. Rows the rules still miss are strict
xfails with the reason.

Conventions: the READMEs of sets 13-18 ("Actor conventions"); a country named as the agent of
a state act is `state` (set 13 "Saudi Arabia executed", set 7 "Israel blamed"), a country that
people came from or that facilitated talks is a place (set 18). Run as a script for the score
per category and the misses.
"""

import pytest

import analysis
from tests.extraction_helpers import open_gaps, typed_at, typed_row_id, typed_row_params
from tests.unit.test_actor_types_s18 import whole_place_mentions

# fmt: off
ROWS = [
    # 1. state force units and local forces by acronym, local name or unit noun
    ("state_unit", "Royal Canadian Mounted Police officers arrested two men after a shooting in "
     "Thompson, Manitoba.", "Royal Canadian Mounted Police", "state_forces"),
    ("state_unit", "The RCMP said a woman was found dead in a house in Nanaimo on Sunday.",
     "RCMP", "state_forces"),
    ("state_unit", "Two Levies personnel were killed when militants attacked their checkpoint in "
     "Zhob, Pakistan.", "Levies", "state_forces"),
    ("state_unit", "The Special Operation Group of the Rajasthan police arrested three arms "
     "smugglers near Jaipur, India.", "Special Operation Group", "state_forces"),
    ("state_unit", "The PSP said three men were stabbed outside a bar in Porto, Portugal.",
     "PSP", "state_forces"),
    ("state_unit", "GNR officers detained two suspects after a shooting in Loule, Portugal.",
     "GNR", "state_forces"),
    ("state_unit", "A joint task force of soldiers and police killed four suspected kidnappers "
     "near Wa, Ghana.", "joint task force", "state_forces"),
    ("state_unit", "A member of the joint security task force was wounded in a gunfight near "
     "Bawku, Ghana, officials said.", "joint security task force", "state_forces"),
    ("state_unit", "Mossos d'Esquadra officers arrested four men after a knife fight in "
     "Badalona, Spain.", "Mossos d'Esquadra", "state_forces"),
    ("state_unit", "The Ertzaintza said a man was stabbed to death in Bilbao, Spain.",
     "Ertzaintza", "state_forces"),
    ("state_unit", "Frontier Constabulary personnel repelled an attack on a post in Tank, "
     "Pakistan.", "Frontier Constabulary", "state_forces"),
    ("state_unit", "Officers of the Surete du Quebec found two bodies in a house in Laval, "
     "Quebec.", "Surete du Quebec", "state_forces"),
    ("state_unit", "Gardai said a man was shot dead outside a pub in Drogheda, Ireland.",
     "Gardai", "state_forces"),

    # 2. named armed groups, gangs and crime clans
    ("armed_group", "Coordinadora Arauco-Malleco militants burned three trucks near Tirua, "
     "Chile.", "Coordinadora Arauco-Malleco", "armed_group"),
    ("armed_group", "Weichan Auka Mapu claimed an arson attack on a sawmill in Contulmo, Chile.",
     "Weichan Auka Mapu", "armed_group"),
    ("armed_group", "Resistencia Mapuche Malleco said it set fire to forestry machines in "
     "Collipulli, Chile.", "Resistencia Mapuche Malleco", "armed_group"),
    ("armed_group", "Police blamed the Militarized Communist Party of Peru for an attack on a "
     "patrol in Vizcatan del Ene.", "Militarized Communist Party of Peru", "armed_group"),
    ("armed_group", "Los Tiguerones gunmen killed five people in Esmeraldas, Ecuador.",
     "Los Tiguerones", "armed_group"),
    ("armed_group", "Members of Los Pulpos shot a bus driver in Trujillo, Peru.", "Los Pulpos",
     "armed_group"),
    ("armed_group", "Police said Los Rastrojos fighters killed three farmers near Cucuta, "
     "Colombia.", "Los Rastrojos", "armed_group"),
    ("armed_group", "A truce between Los Shottas and Los Espartanos broke down in Buenaventura, "
     "Colombia, leaving four dead.", "Los Shottas", "armed_group"),
    ("armed_group", "A truce between Los Shottas and Los Espartanos broke down in Buenaventura, "
     "Colombia, leaving four dead.", "Los Espartanos", "armed_group"),
    ("armed_group", "Police in Kinshasa arrested 60 members of the 'kuluna' street gangs after a "
     "machete attack.", "'kuluna' street gangs", "armed_group"),
    ("armed_group", "The Gran Grif gang killed 70 people in Pont-Sonde, Haiti.", "Gran Grif",
     "armed_group"),

    # 3. NGOs and monitors named by their own words or an apposition
    ("ngo", "The Institute for Security Studies in Pretoria said 28 farm attacks were recorded "
     "in May.", "Institute for Security Studies", "ngo"),
    ("ngo", "The Centre for Research and Security Studies recorded 90 militant attacks in "
     "Khyber Pakhtunkhwa in March.", "Centre for Research and Security Studies", "ngo"),
    ("ngo", "The Institute for Conflict Management counted twelve Maoist attacks in "
     "Chhattisgarh.", "Institute for Conflict Management", "ngo"),
    ("ngo", "The Observatorio Venezolano de Violencia counted 25 killings in Caracas in April.",
     "Observatorio Venezolano de Violencia", "ngo"),
    ("ngo", "Instituto Fogo Cruzado recorded 14 shootings in Recife, Brazil, in one weekend.",
     "Instituto Fogo Cruzado", "ngo"),
    ("ngo", "The Forum Brasileiro de Seguranca Publica said police killed 6,000 people last "
     "year.", "Forum Brasileiro de Seguranca Publica", "ngo"),
    ("ngo", "Madres Buscadoras de Sonora, a collective of mothers searching for their missing "
     "children, found six bodies near Hermosillo.", "Madres Buscadoras de Sonora", "ngo"),
    ("ngo", "Members of Colectivo Solecito found human remains at a ranch near Veracruz, Mexico.",
     "Colectivo Solecito", "ngo"),
    ("ngo", "Insecurity Insight documented 40 attacks on health workers in Darfur.",
     "Insecurity Insight", "ngo"),
    ("ngo", "The Global Initiative Against Transnational Organized Crime said gangs control "
     "most of Port-au-Prince.", "Global Initiative Against Transnational Organized Crime",
     "ngo"),
    ("ngo", "Nuestras Voces, a network of relatives of the disappeared, marched in Tijuana, "
     "Mexico.", "Nuestras Voces", "ngo"),

    # 4. generic actors typed by what they do
    ("generic", "Hundreds of islanders fled by canoe after gunmen raided Idjwi, DR Congo.",
     "islanders", "civilians"),
    ("generic", "Pro-government fighters killed six men in a raid on a village near Sittwe, "
     "Myanmar.", "Pro-government fighters", "militia"),
    ("generic", "Witnesses said pro-government militiamen burned homes in Tawila, Sudan.",
     "pro-government militiamen", "militia"),
    ("generic", "Pro-government paramilitaries fired on students in Masaya, Nicaragua.",
     "Pro-government paramilitaries", "militia"),
    ("generic", "Armed members of two feuding families exchanged fire in Lamu, Kenya, leaving "
     "three dead.", "members of two feuding families", "militia"),
    ("generic", "Members of two rival clans fought with rifles for three hours in Galkayo, "
     "Somalia, leaving five dead.", "Members of two rival clans", "militia"),
    ("generic", "Villagers from Wunlang and Makoi fought with spears and rifles in Lakes State, "
     "South Sudan, leaving four dead.", "Villagers", "militia"),
    ("generic", "Police fired tear gas at a minibus drivers' protest in Lusaka, Zambia.",
     "minibus drivers", "protesters"),
    ("generic", "Two people died when police broke up a nurses' protest in Conakry, Guinea.",
     "nurses", "protesters"),
    ("generic", "An armed group opened fire at a cockfighting ring in Villa Altagracia, "
     "Dominican Republic, killing six.", "An armed group", "unidentified_armed_group"),
    ("generic", "Troops killed 12 members of a Venezuelan irregular armed group near Arauca, "
     "Colombia.", "Venezuelan irregular armed group", "unidentified_armed_group"),
    ("generic", "Police arrested 30 members of rival youth crews after a street fight in "
     "Kibera, Kenya.", "rival youth crews", "rioters"),
    ("generic", "Hundreds of protesters clashed with police in Tbilisi, Georgia, on Sunday.",
     "protesters", "protesters"),

    # 5. a country acting through its government is the state (controls)
    ("state", "Sweden said it would expel two diplomats over the attack.", "Sweden", "state"),
    ("state", "Malaysia deported 40 Myanmar nationals after the riot at a detention centre.",
     "Malaysia", "state"),
    ("state", "Rwanda denied backing the rebels who seized Uvira.", "Rwanda", "state"),
    ("state", "Kenya condemned the killing of three of its citizens in Juba.", "Kenya",
     "state"),
    ("state", "Algeria expelled 500 migrants into the desert last week.", "Algeria", "state"),
    ("state", "Qatar said the talks between the two sides would resume next week.", "Qatar",
     "state"),
]

# Places that must not come back whole as an actor.
PLACES = [
    # a neighbourhood before the name of an attack in a headline
    ("headline_deed", "Boys charged over Toxteth stabbing of teenager\nLIVERPOOL - Two boys "
     "appeared in court.", "Toxteth"),
    ("headline_deed", "Man held after Peckham shooting\nLONDON - A man was arrested on Sunday.",
     "Peckham"),
    ("headline_deed", "Two dead in Mitchells Plain tavern shooting\nCAPE TOWN - Gunmen opened "
     "fire on Saturday.", "Mitchells Plain"),
    ("headline_deed", "Teen arrested over Husby shooting\nSTOCKHOLM - Police arrested a "
     "16-year-old.", "Husby"),
    ("headline_deed", "Woman dies after Kirkby stabbing\nLIVERPOOL - A woman died in hospital.",
     "Kirkby"),
    ("headline_deed", "Police name victim of Sydenham stabbing\nLONDON - The man was 19.",
     "Sydenham"),
    ("headline_deed", "Three held over Khayelitsha shooting\nCAPE TOWN - Three men were "
     "arrested.", "Khayelitsha"),
    ("headline_deed", "Arrests after Moravia shooting\nMEDELLIN - Police arrested two men.",
     "Moravia"),
    # a country people, goods or recruits came from, or were sent to
    ("origin", "Police said the gunmen had been recruited from Norway through a messaging app.",
     "Norway"),
    ("origin", "The rifles were smuggled from Bosnia in a lorry, prosecutors said.", "Bosnia"),
    ("origin", "Investigators said the hitmen were hired from Colombia for the killing.",
     "Colombia"),
    ("origin", "The two suspects had arrived from Albania a week before the shooting.",
     "Albania"),
    ("origin", "Teenagers brought in from Denmark carried out the attack, police believe.",
     "Denmark"),
    ("origin", "The fighters returned from Syria last year, officials said.", "Syria"),
    ("origin", "Many of the migrants had been deported to Afghanistan in March.", "Afghanistan"),
    ("origin", "The weapons came from Ukraine, the police chief said.", "Ukraine"),
    # a country that mediated, facilitated or hosted talks
    ("mediator", "Talks between the government and the rebels, facilitated by Norway, broke "
     "down in March.", "Norway"),
    ("mediator", "A ceasefire mediated by Qatar collapsed within a week.", "Qatar"),
    ("mediator", "Peace talks hosted by Kenya resumed on Monday.", "Kenya"),
    ("mediator", "The truce, brokered by Turkey, held through the weekend.", "Turkey"),
    ("mediator", "Negotiations mediated by Angola stalled over the withdrawal of the rebels.",
     "Angola"),
    ("mediator", "The deal, facilitated by Switzerland, was signed in Geneva.", "Switzerland"),
    # other places named near an actor
    ("place", "Gunmen shot dead two men in Kalobeyei, Turkana, police said.", "Kalobeyei"),
    ("place", "Clashes in Tawila, North Darfur, left nine dead, medics said.", "Tawila"),
    ("place", "The RCMP said a man was shot in Thompson on Friday.", "Thompson"),
    ("place", "Levies said militants attacked a checkpoint near Zhob.", "Zhob"),
    ("place", "Police in Lamu said two fishermen were missing.", "Lamu"),
    ("place", "Troops repelled an attack on Galkayo, the army said.", "Galkayo"),
    ("place", "Rioters burned a police post in Idjwi, officials said.", "Idjwi"),
    ("place", "The PSP said two men were stabbed in Amadora on Sunday.", "Amadora"),
    ("place", "Gunmen attacked a bus near Contulmo, Biobio, police said.", "Contulmo"),
    ("place", "Arsonists set fire to trucks in Tirua, Biobio, officials said.", "Tirua"),
]
# fmt: on

# Rows the rules still miss, with the reason (strict xfails).
OPEN: dict[str, str] = {
    "21-armed_group-Los Shottas": "'Los <Name>' names are groups now, but 'a truce between X and "
    "Y' reads both as places (between joins two places; 'truce' is no clash word)",
    "22-armed_group-Los Espartanos": "as row 21: the second side of 'a truce between' is read as "
    "a place",
    "35-ngo-Nuestras Voces": "the apposition 'a network of relatives' does not type the name "
    "before it; marching makes it protesters",
    "42-generic-Villagers": "villagers who fight with spears and rifles are a brawl (rioters): "
    "set 15 h066 codes residents who fought with machetes and home-made guns as rioters, set "
    "18 h054 the same shape as a militia; no rule can satisfy both",
    "47-generic-rival youth crews": "'youth crews' in a street fight are not tagged ('crews' is "
    "no generic noun)",
    "48-generic-protesters": "protesters who clash with police are rioters by the convention of "
    "earlier sets ('demonstrators clashed with police'); set 18 h081 codes them protesters",
}


_id = typed_row_id  # a row's id: its number, category and gold words


@pytest.mark.parametrize(
    ("category", "text", "mention", "gold"),
    typed_row_params(ROWS, OPEN),
)
def test_actor_type(category, text, mention, gold):
    assert typed_at(text, mention, gold), category


# Places still returned whole, with the reason (strict xfails).
OPEN_PLACES: dict[str, str] = {
    "06-Sydenham": "a neighbourhood after 'victim of' in a headline the parser reads as a verb "
    "('stabbing') is an organisation",
    "16-Ukraine": "weapons that 'came from' a country are that state's deed in the rules "
    "(motion.py: aid or weapons that came from Iran), unlike people who came from it; this gold, "
    "written first, says place",
}


@pytest.mark.parametrize(
    ("category", "text", "place"),
    open_gaps(PLACES, [f"{n:02d}-{p[2]}" for n, p in enumerate(PLACES, 1)], OPEN_PLACES),
)
def test_place_not_an_actor(category, text, place):
    assert not whole_place_mentions(text, place), category


if __name__ == "__main__":
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    for number, (category, text, mention, gold) in enumerate(ROWS, 1):
        total[category] = total.get(category, 0) + 1
        if typed_at(text, mention, gold):
            found[category] = found.get(category, 0) + 1
            continue
        typed = analysis.extract_actors(text)
        got = list(zip(typed["mention"], typed["actor_type"], strict=True))
        print(f"  miss {_id(number, (category, text, mention, gold))} ({gold}) got {got}")
    leaks = [
        (f"{n:02d}-{place}", hits)
        for n, (_, text, place) in enumerate(PLACES, 1)
        if (hits := whole_place_mentions(text, place))
    ]
    for place, hits in leaks:
        print(f"  place returned whole: {place} as {hits}")
    for category in total:
        print(f"{category}: {found.get(category, 0)}/{total[category]}")
    print(
        f"all: {sum(found.values())}/{sum(total.values())}; places kept out: "
        f"{len(PLACES) - len(leaks)}/{len(PLACES)}"
    )
