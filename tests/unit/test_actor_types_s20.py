"""Actor types of open sets 15-19 (issue 13, session 20, HA26).

A stress set of constructed sentences, written gold first, in our own words (names of groups,
forces, rights bodies and places are public facts), from countries and wordings other than the
open sets' passages, before the rules it tests. It covers the categories of a census of the 112
actor misses of open sets 15-19 on the finals of 78a1d51 (rows / sets in brackets):

- named armed groups by acronym or short name, missed or typed other (9 / 3): "EIGS", "Abu
  Sayyaf", "RKK", "KKB", "JSS", "UPDF" in Bangladesh (Uganda's army elsewhere);
- named units of armed groups (3 / 1): a guerrilla "column" or "front" named for a person,
  lower case after the name ("the Dagoberto Ramos column"), a "Battalion" in apposition;
- state force units and security bodies by name, acronym or noun (20 / 5): "PSNI", "Levies",
  a force's directorate;
- NGOs, rights centres, outlets and civil state bodies by name (26 / 4): a name before a
  lower-case "human rights centre" or after "the rights group", a Leaders' or Elders' "Forum",
  "Humanity & Inclusion", "Viasna";
- generic actors typed by what they do (30 / 5): gunmen or fighters from a clan, tribe or
  village, families who open fire on each other (militia); masked men who smash and throw (not
  a firearm: rioters); a crowd that stormed or torched (rioters); rival (drug) networks (an
  unidentified armed group); fighters or gunmen linked to a named group (that group: an armed
  group); a people's fighters (communal militia);
- convention clashes between sets (24 / 4: Popular Mobilization Forces, Taliban forces,
  Somaliland troops, the Libyan National Army and its brigades, Fatah, CODECO, Chhatra
  Dal/Shibir, PSHT, Multi-Stakeholder Forum, protesters or demonstrators who fight, villagers
  armed with cold weapons, rival groups with a gun): not tested here, no rule satisfies both.

Controls (the same shapes where the type must stay) are in every category. Each row is scored
as the open sets score a gold actor: some mention overlapping the first occurrence of the gold
words has the gold type. Rows the rules still miss are strict xfails with the reason. Run as a
script for the score per category and the misses.
"""

import pytest

from tests.extraction_helpers import print_typed_rows, typed_at, typed_row_params

# fmt: off
ROWS = [
    # 1. named armed groups by acronym or short name (gazetteer rows, constructed sentences)
    ("named_group", "The army blamed the EIGS for an ambush that killed seven soldiers near "
     "Menaka, Mali.", "EIGS", "armed_group"),
    ("named_group", "Abu Sayyaf gunmen seized two fishermen off Lahad Datu, Sabah, the "
     "Malaysian coast guard said.", "Abu Sayyaf", "armed_group"),
    ("named_group", "Rangers said RKK insurgents planted the roadside bomb that wounded three "
     "villagers in Rueso district of Narathiwat.", "RKK", "armed_group"),
    ("named_group", "Police said the KKB shot dead a motorcycle taxi driver in Intan Jaya "
     "regency, Central Papua.", "KKB", "armed_group"),
    ("named_group", "Two members of the JSS were hacked to death in Langadu, Rangamati, "
     "Bangladesh, police said.", "JSS", "armed_group"),
    ("named_group", "The UPDF said gunmen abducted three of its organisers in Dighinala, "
     "Khagrachhari, Bangladesh.", "UPDF", "armed_group"),
    ("named_group", "UPDF soldiers killed four cattle rustlers in Kotido, Uganda, the army "
     "said.", "UPDF", "state_forces"),
    ("named_group", "Abu Sayyaf Group remnants surrendered to marines in Basilan, Philippines.",
     "Abu Sayyaf Group", "armed_group"),
    ("named_group", "PSNI officers arrested two men after a man was shot in the legs in west "
     "Belfast.", "PSNI", "state_forces"),
    ("named_group", "The PSNI said a pipe bomb was found outside a house in Derry.", "PSNI",
     "state_forces"),

    # 2. named units of armed groups: a column or front named for a person
    ("unit", "Fighters of the Carlos Patino front killed two soldiers in Argelia, Colombia.",
     "Carlos Patino front", "armed_group"),
    ("unit", "The army said the Daniel Aldana column laid the mines that maimed a farmer near "
     "Tumaco, Colombia.", "Daniel Aldana column", "armed_group"),
    ("unit", "Soldiers clashed with the Domingo Lain front in Saravena, Arauca, leaving three "
     "rebels dead.", "Domingo Lain front", "armed_group"),
    ("unit", "Dissidents of the Ivan Rios column burned a bus on the road to Puerto Asis, "
     "Putumayo.", "Ivan Rios column", "armed_group"),
    ("unit", "A Rafael Aguilera column patrol shot a shopkeeper in San Jose del Guaviare, "
     "Colombia.", "Rafael Aguilera column", "armed_group"),
    ("unit", "The Oliver Sinisterra front was blamed for the killing of a teacher in Barbacoas, "
     "Narino.", "Oliver Sinisterra front", "armed_group"),
    # control: a state force's column
    ("unit", "An army column was ambushed near Djibo, Burkina Faso, leaving twelve soldiers "
     "dead.", "army", "state_forces"),

    # 3. NGOs, rights centres and civil state bodies by name
    ("body", "The Memorial human rights centre said 14 people were detained in Kazan, Russia.",
     "Memorial human rights centre", "ngo"),
    ("body", "The Odhikar rights group said 12 people were killed in custody in Bangladesh last "
     "month.", "Odhikar", "ngo"),
    ("body", "According to the rights group Odhikar, three men died in custody in Khulna.",
     "Odhikar", "ngo"),
    ("body", "The Spring human rights centre said two journalists were jailed in Grodno, "
     "Belarus.", "Spring human rights centre", "ngo"),
    ("body", "Viasna said 17 people were detained in raids in Brest, Belarus, on Monday.",
     "Viasna", "ngo"),
    ("body", "Humanity & Inclusion said two of its deminers were wounded near Izium, Ukraine.",
     "Humanity & Inclusion", "ngo"),
    ("body", "The Bodo Elders' Forum called a shutdown in Kokrajhar, Assam, after the killings.",
     "Bodo Elders' Forum", "ngo"),
    ("body", "The Garo Students' Union called a strike in Tura, Meghalaya, after two students "
     "were beaten.", "Garo Students' Union", "ngo"),
    ("body", "According to the group Front Line Defenders, two activists were shot in "
     "Tegucigalpa, Honduras.", "Front Line Defenders", "ngo"),
    # control: a rights centre whose keyword is in its name
    ("body", "The Bahrain Centre for Human Rights said 30 prisoners began a hunger strike.",
     "Bahrain Centre for Human Rights", "ngo"),

    # 4. generic actors: clans, tribes, villages and families who fight are a communal militia
    ("generic", "Gunmen from a rival clan shot dead four herders near Dhusamareb, Somalia.",
     "Gunmen", "militia"),
    ("generic", "Gunmen from the Zarghun Khel tribe ambushed a car near Darra Adam Khel, "
     "Pakistan, killing three men.", "Gunmen", "militia"),
    ("generic", "Gunmen from two neighbouring villages exchanged fire for an hour in Kalehe, "
     "DR Congo, leaving two dead.", "Gunmen", "militia"),
    ("generic", "Fighters from a rival clan attacked a water point near Beledweyne, Somalia, "
     "killing two herders.", "Fighters", "militia"),
    ("generic", "Members of two families opened fire on each other in a dispute over a well "
     "near Kohat, Pakistan, leaving three dead.", "families", "militia"),
    ("generic", "Two families fought with rifles over a plot of land in Siirt, Turkey, leaving "
     "four dead.", "families", "militia"),
    ("generic", "Murle fighters raided cattle camps in Pibor, South Sudan, killing nine "
     "herders.", "Murle fighters", "militia"),
    ("generic", "Lou Nuer fighters attacked villages near Akobo, South Sudan.",
     "Lou Nuer fighters", "militia"),
    ("generic", "Clashes between Alawite fighters and Sunni gunmen in Jableh killed six people.",
     "Alawite fighters", "militia"),
    # controls: a family that is harmed, gunmen with no clan
    ("generic", "Gunmen killed two families in their homes in Bokkos, Nigeria.", "families",
     "civilians"),
    ("generic", "Gunmen shot dead a trader in Mubi, Nigeria, police said.", "Gunmen",
     "unidentified_armed_group"),

    # 5. men and crowds typed by their deed
    ("generic", "Masked men smashed shop windows and threw stones at police in Rotterdam, "
     "Netherlands.", "Masked men", "rioters"),
    ("generic", "Hooded men threw petrol bombs at police vans in Lurgan, County Armagh, "
     "police said.", "Hooded men", "rioters"),
    ("generic", "Police fired tear gas at a crowd that had torched a council office in "
     "Kasese, Uganda.", "crowd", "rioters"),
    ("generic", "Troops opened fire on a crowd that stormed a police station in Jos, Nigeria, "
     "killing two.", "crowd", "rioters"),
    # controls: masked men with guns; a crowd that only gathered
    ("generic", "Masked men shot dead a shopkeeper in Comayaguela, Honduras.", "Masked men",
     "unidentified_armed_group"),
    ("generic", "A crowd gathered outside the courthouse in Blantyre, Malawi, to demand the "
     "release of the chief.", "crowd", "protesters"),

    # 6. rival networks and men linked to a named group
    ("generic", "Police believe a rival network was behind the shooting of a teenager in "
     "Uppsala, Sweden.", "rival network", "unidentified_armed_group"),
    ("generic", "Prosecutors said the killing was part of a feud between rival networks in "
     "Anderlecht, Belgium.", "rival networks", "unidentified_armed_group"),
    ("generic", "Militants linked to al-Shabaab attacked a police post in Mandera, Kenya.",
     "Militants", "armed_group"),
    ("generic", "Gunmen affiliated with ISWAP killed eleven farmers near Monguno, Nigeria.",
     "Gunmen", "armed_group"),
    ("generic", "Fighters loyal to the JNIM burned a market in Djibo, Burkina Faso.", "Fighters",
     "armed_group"),
    ("generic", "Guards fired on migrants trying to break out of a detention centre in "
     "Zawiya, Libya, killing two.", "migrants", "civilians"),
    ("generic", "Refugees who escaped from a holding camp near Gedaref, Sudan, were rounded up "
     "by soldiers.", "Refugees", "civilians"),
    # control: militants not linked to any group
    ("generic", "Militants attacked a police post in Lamu, Kenya, police said.", "Militants",
     "unidentified_armed_group"),
]
# fmt: on

# Rows the rules still miss, with the reason (strict xfails).
OPEN: dict[str, str] = {
    "14-unit-Ivan Rios column": "the model tags no person in the name and 'burned a bus' is no "
    "verb of violence, so the column stays untyped",
    "15-unit-Rafael Aguilera column": "'column' modifies 'patrol' ('a X column patrol'): no "
    "group word heads the name",
    "21-body-Spring human rights centre": "'Spring' is a place in the place index, so the name "
    "before 'human rights centre' is not read",
    "25-body-Garo Students' Union": "a students' union is typed political, as set 13 codes the "
    "Nepal Students' Union (a party's wing); a non-partisan one is civil society, and no word "
    "tells them apart (a convention gap)",
}


@pytest.mark.parametrize(
    ("category", "text", "mention", "gold"),
    typed_row_params(ROWS, OPEN),
)
def test_actor_type(category, text, mention, gold):
    assert typed_at(text, mention, gold), category


if __name__ == "__main__":
    print_typed_rows(ROWS)
