"""Issue 13, session 18 (HC32): rows the package returns that coders do not count.

CONSTRUCTED TEXT: every sentence here was written for these tests, in our own words, with
its gold rows (count, outcome) written before the package was run on it. Names of places,
groups and institutions are public; people's names and the incidents are invented.

The categories come from a census of the spurious rows of open sets 1-17 on commit 65430f1
(HC32's census table), read as categories only; the sentences are set elsewhere (other
countries, other wordings). Each category holds sentences that must lose a row and
controls that must keep theirs, so that no rule can win by dropping rows:

- kin_among: a speaker's relative "whose son was among the dead" is one of a group already
  counted, no new victim (9 open sets);
- region_statistic: a region's police or army killings over a calendar period ("police in
  the state killed 1,500 people last year, according to ...") are a statistic, not an
  incident's toll (5 open sets);
- rejected: the figure a correction rejects ("two dead, not three") is nobody's toll
  (3 open sets);
- retracted: a death reported and then taken back ("a man reported dead was found alive")
  is no death (3 open sets);
- ages: ages and age ranges are no counts ("aged between 19 and 41", "one of them, 20,
  died") (3 open sets);
- vague_repeat: a vague headline toll told again vague in the body is one row (4 open sets);
- headline_split: "2 dead, 7 hurt" over "Nine people were shot, two of them fatally" is one
  toll of each outcome (3 open sets; written after a first draft of the rule, measured
  before it).

Conventions are those of benchmarks/heldout_reports/README.md. Run as a script to print
the score of each category on the current rules.
"""

import sys
from collections import Counter

import pandas as pd
import pytest
from extraction_helpers import open_gaps, table
from spacy.language import Language

K, W, M, D, X, P = "killed", "wounded", "missing", "detained", "kidnapped", "displaced"

# (id, text, gold rows as (count, outcome)); an id ending in "c" is a control that keeps rows.
CATEGORIES: dict[str, list[tuple[str, str, list[tuple[int | None, str]]]]] = {
    "kin_among": [
        (
            "k01",
            'Gunmen killed nine traders at a market in Kasese on Saturday. "They took '
            'everything from us," said Ruth Namara, whose son was among the dead.',
            [(9, K)],
        ),
        (
            "k02",
            "A bomb on a minibus in Quetta wounded 14 people on Monday. Jamal Khan, whose "
            "brother was among the injured, said the bus was full of students.",
            [(14, W)],
        ),
        (
            "k03",
            'Twelve fishermen are missing after pirates attacked their boats off Eyl. "We '
            'have no news," said Hawa Ali, whose husband is among the missing.',
            [(12, M)],
        ),
        (
            "k04",
            "Militiamen shot dead six farmers near Djugu on Tuesday. A teacher whose "
            "nephew was among those killed said the farmers had been warned.",
            [(6, K)],
        ),
        (
            "k05",
            'Seven people died when a grenade exploded at a bar in Bujumbura. "He only '
            'went for a drink," said a woman whose cousin was among the victims.',
            [(7, K)],
        ),
        (
            "k06",
            "Soldiers killed 11 villagers in Mopti region on Sunday, residents said. An "
            "elder, Amadou Diallo, 70, whose grandson was among the dead, buried them.",
            [(11, K)],
        ),
        (
            "k07",
            'Police arrested 23 protesters in Harare on Friday. "My daughter did nothing," '
            "said Grace Moyo, whose daughter was among those arrested.",
            [(23, D)],
        ),
        (
            "k08",
            "Bandits abducted 30 pupils from a school in Kebbi State on Thursday. A father "
            "whose two sons were among the abducted pupils begged for help.",
            [(30, X)],
        ),
        (
            "k09",
            "The blast in Mazar-i-Sharif killed 17 worshippers. Ahmad Rahimi, a shopkeeper "
            "whose 19-year-old son Farid was among the dead, said he heard it from home.",
            [(17, K)],
        ),
        (
            "k10",
            "Four police officers were wounded in the ambush near Marawi. The wife of one "
            "of them, whose husband is among the wounded, said he was stable.",
            [(4, W)],
        ),
        (
            "k11",
            'At least 40 people were killed in the clashes in Wau. "We are tired," said '
            "a nurse whose neighbour was among the dead.",
            [(40, K)],
        ),
        (
            "k12",
            "Floodwaters did not reach the camp, but an attack on it in Ituri left 15 "
            "people dead. A man whose mother was among those killed said the guards ran.",
            [(15, K)],
        ),
        (
            "k16",
            "Five Red Cross volunteers were abducted near Bria on Monday. Their director, "
            "whose own deputy is among the missing volunteers, appealed for their release.",
            [(5, X)],
        ),
        (
            "k13c",
            "Gunmen killed eight miners in Zamfara on Sunday, among them a 15-year-old boy.",
            [(8, K), (1, K)],
        ),
        (
            "k14c",
            "Three soldiers were killed in Kidal. A fourth soldier, whose unit had been "
            "sent from Gao, was wounded.",
            [(3, K), (1, W)],
        ),
        (
            "k15c",
            "Two traders were shot dead in Onitsha on Monday. Chidi Eze, whose shop was "
            "burned, said the gunmen also wounded his brother.",
            [(2, K), (1, W)],
        ),
    ],
    "region_statistic": [
        (
            "s01",
            "Police in Minas Gerais state killed more than 400 people last year, "
            "according to a public-security research group.",
            [],
        ),
        (
            "s02",
            "Officers in the state of Jalisco killed 312 people in 2025, a rights group said.",
            [],
        ),
        (
            "s03",
            "In 2024, police in Bahia killed 1,700 people, according to the state's "
            "public defender.",
            [],
        ),
        (
            "s04",
            "Security forces in Balochistan killed 230 people in the first half of the "
            "year, the provincial rights commission said.",
            [],
        ),
        (
            "s05",
            "According to an independent monitor, 815 people were killed by police "
            "officers in Rio Grande do Sul state last year.",
            [],
        ),
        (
            "s06",
            "Soldiers shot dead two men at a checkpoint in Culiacán on Sunday. Police "
            "and soldiers in Sinaloa state killed 190 people last year, a rights group said.",
            [(2, K)],
        ),
        (
            "s07",
            "Troops in Borno State killed 150 insurgents in the first quarter of the "
            "year, the army said.",
            [],
        ),
        (
            "s08c",
            "Police in Mombasa shot dead three men on Tuesday night, a rights group said.",
            [(3, K)],
        ),
        (
            "s09c",
            "Troops in Borno State killed 15 insurgents in an ambush near Bama on "
            "Saturday, the army said.",
            [(15, K)],
        ),
        (
            "s10c",
            "The militia has killed 40 villagers in Djugu this year, a local chief said.",
            [(40, K)],
        ),
        ("s11c", "Police in the capital arrested 12 people on Friday after the march.", [(12, D)]),
        ("s12c", "In 2019, three herders were lynched by a mob in Plateau State.", [(3, K)]),
    ],
    "rejected": [
        ("r01", "Police now say four people, not six, died in the Kasarani fire", [(4, K)]),
        ("r02", "Three dead, not five, in Gulu ambush, army says", [(3, K)]),
        (
            "r03",
            "Two people, not four as first reported, were killed in the shooting in "
            "Soweto on Saturday, police said.",
            [(2, K)],
        ),
        (
            "r04",
            "The governor said 11 villagers, not 14, were killed in the raid on Kauru.",
            [(11, K)],
        ),
        (
            "r05",
            "Police corrected the figure on Tuesday: one officer, not two, was wounded "
            "in the blast in Peshawar.",
            [(1, W)],
        ),
        (
            "r06",
            "Seven people, not nine, were abducted from the bus near Kaduna, the police said.",
            [(7, X)],
        ),
        (
            "r07c",
            "Police said nine people, most of them not yet identified, were killed in Tumaco.",
            [(9, K)],
        ),
        ("r08c", "Nine people were killed, not far from the border post at Kidira.", [(9, K)]),
        ("r09c", "Police said six people were wounded, but not seriously.", [(6, W)]),
    ],
    "retracted": [
        (
            "t01",
            "A herder who had been reported killed in the clash near Maiduguri was later "
            "found alive, the commissioner said.",
            [],
        ),
        (
            "t02",
            "Eight people died in the attack on Kaya; a ninth man, earlier reported dead, "
            "was found alive in a neighbouring village.",
            [(8, K)],
        ),
        (
            "t03",
            "The army said one of the captured soldiers had died, but the ministry later "
            "said he was alive.",
            [],
        ),
        (
            "t04",
            "Six people died in the fire in Beira, after a woman reported killed on "
            "Sunday was found alive at her sister's house.",
            [(6, K)],
        ),
        ("t05", "Police said a student reported dead on Friday was alive and at home.", []),
        (
            "t06c",
            "A man reported missing on Sunday was found dead in a ravine near Huancayo on Tuesday.",
            [(1, K)],
        ),
        (
            "t07c",
            "A girl pulled alive from the rubble in Aleppo died in hospital on Monday.",
            [(1, K)],
        ),
        (
            "t08c",
            "Rescuers found two men alive and pulled three bodies from the rubble of the "
            "shelled building in Kharkiv.",
            [(3, K)],
        ),
        (
            "t09c",
            "A trader reported dead on Friday died of his wounds in hospital on Sunday, "
            "police said.",
            [(1, K)],
        ),
    ],
    "ages": [
        (
            "a01",
            "Police arrested five men, aged between 19 and 44, after the riot in "
            "Lilongwe on Saturday.",
            [(5, D)],
        ),
        (
            "a02",
            "Six people were wounded in the stabbing in Malmö; the wounded range in age "
            "from 16 to 52.",
            [(6, W)],
        ),
        (
            "a03",
            "Two boys were shot in Kingston; one of them, 15, died in hospital, and the "
            "other was discharged.",
            [(1, K), (1, W)],
        ),
        ("a04", "Nine men, all between 20 and 35, were charged with murder in Gweru.", [(9, D)]),
        (
            "a05",
            "The three dead, aged between 17 and 22, were buried in Tumaco on Friday.",
            [(3, K)],
        ),
        (
            "a06",
            "Gunmen shot dead four men in Tijuana; the victims were between 23 and 41 years old.",
            [(4, K)],
        ),
        (
            "a07c",
            "Between 19 and 41 people were killed in the raid on Kalehe, officials said.",
            [(None, K)],
        ),
        (
            "a08c",
            "Police said 21 people were arrested in Nairobi and 30 in Mombasa.",
            [(21, D), (30, D)],
        ),
    ],
    "vague_repeat": [
        (
            "v01",
            "Hundreds flee clashes in Ituri\nHundreds of families fled their homes in "
            "Djugu territory after militia attacks, officials said.",
            [(None, P)],
        ),
        (
            "v02",
            "Dozens arrested after protest in Conakry\nSecurity forces arrested dozens "
            "of demonstrators in Conakry on Thursday.",
            [(None, D)],
        ),
        (
            "v03",
            "Scores hurt as police break up march in Kinshasa\nScores of people were "
            "injured when police fired tear gas at marchers in Kinshasa on Saturday.",
            [(None, W)],
        ),
        (
            "v04",
            "'Dozens of bandits neutralised' in Zamfara, says air force\nThe air force "
            "said it had neutralised dozens of bandits in strikes in Zamfara State.",
            [(None, K)],
        ),
        (
            "v05",
            "Thousands displaced by fighting in Rakhine\nThousands of villagers have fled "
            "fighting between the army and the Arakan Army in Rakhine State.",
            [(None, P)],
        ),
        (
            "v06c",
            "Dozens hurt in Lahore clash\nAt least 40 people were injured when rival "
            "groups fought in Lahore on Friday.",
            [(40, W)],
        ),
        (
            "v07",
            "Dozens killed, hundreds displaced in Darfur\nDozens of people were killed "
            "and hundreds displaced in attacks on villages near Geneina.",
            [(None, K), (None, P)],
        ),
        (
            "v08",
            "Dozens arrested in Dhaka\nPolice arrested dozens of opposition activists in "
            "Dhaka and dozens more in Chittagong.",
            [(None, D), (None, D)],
        ),
        (
            "v09c",
            "Hundreds displaced in Ituri\nGunmen killed dozens of villagers in Djugu, and "
            "hundreds of families fled to Bunia.",
            [(None, K), (None, P)],
        ),
        (
            "v10c",
            "Dozens hurt in Nairobi protests\nPolice said 35 people were treated for "
            "injuries and that dozens of protesters were arrested.",
            [(35, W), (None, D)],
        ),
    ],
    "headline_split": [
        (
            "h01",
            "3 dead, 5 hurt in shooting at Durban tavern\nEight people were shot, three of them "
            "fatally, at a tavern in Umlazi late on Friday, police said.",
            [(3, K), (5, W)],
        ),
        (
            "h02",
            "One dead, two hurt in Cali drive-by\nThree people were shot, one of them fatally, "
            "outside a shop in the Siloé district on Sunday night.",
            [(1, K), (2, W)],
        ),
        (
            "h03",
            "Two killed, four wounded at Port Moresby market\nSix people were stabbed, two of "
            "them fatally, in a fight at Gordons market on Saturday.",
            [(2, K), (4, W)],
        ),
        (
            "h04",
            "4 dead, 6 injured as gunmen fire on wake in Kingston\nTen people were shot, four "
            "of them fatally, when gunmen opened fire on mourners in Spanish Town.",
            [(4, K), (6, W)],
        ),
        (
            "h05",
            "2 dead, 3 hurt in Nairobi stabbing\nFive people were stabbed, two of them fatally, "
            "outside a bar in Kayole on Saturday, police said.",
            [(2, K), (3, W)],
        ),
        (
            "h06c",
            "Two dead, three hurt in Accra shooting\nTwo men were shot dead and three people "
            "were wounded outside a bar in Nima on Sunday.",
            [(2, K), (3, W)],
        ),
        (
            "h07c",
            "Two dead in Lagos clash\nTwo traders were killed in a clash in Mile 12 market on "
            "Monday. In March, two other traders were killed in the same market.",
            [(2, K), (2, K)],
        ),
        (
            "h08c",
            "One dead in Kampala shooting\nA boda boda rider was shot dead in Kawempe on "
            "Sunday, and one of his passengers was shot and wounded.",
            [(1, K), (1, W)],
        ),
    ],
}

# Rows that fail on the rules of the commit that adds a rule for them stay strict xfails,
# with the reason traced.
STILL_OPEN: dict[str, str] = {
    "t09c": "a death told after 'reported dead' gives no row (not traced; a recall gap)",
}


def counted(nlp: Language, text: str) -> Counter:
    """(count, outcome) of each figure that is not a repeat."""
    df = table(nlp, text)
    df = df[df["repeat_of"].isna()]
    return Counter(
        (None if pd.isna(c) else int(c), o) for c, o in zip(df["count"], df["outcome"], strict=True)
    )


_ROWS = [(text, gold) for items in CATEGORIES.values() for _, text, gold in items]
_IDS = [i for items in CATEGORIES.values() for i, _, _ in items]


@pytest.mark.parametrize(("text", "gold"), open_gaps(_ROWS, _IDS, STILL_OPEN))
def test_rows_coders_count(nlp: Language, text: str, gold: list) -> None:
    assert counted(nlp, text) == Counter(gold)


def _score() -> None:
    """Print, for each category, the sentences given exactly (cases and controls)."""
    import analysis

    nlp = analysis.load_nlp()
    total = [0, 0]
    for name, items in CATEGORIES.items():
        right = [0, 0, 0, 0]
        for i, text, gold in items:
            ok = counted(nlp, text) == Counter(gold)
            right[2 * i.endswith("c")] += ok
            right[2 * i.endswith("c") + 1] += 1
            if not ok and "-v" in sys.argv:
                print(
                    f"    {i} {text!r}\n      gold {sorted(gold, key=str)}"
                    f"\n      got  {sorted(counted(nlp, text).elements(), key=str)}"
                )
        total[0] += right[0] + right[2]
        total[1] += right[1] + right[3]
        print(f"{name:16} cases {right[0]}/{right[1]}  controls {right[2]}/{right[3]}")
    print(f"{'all':16} {total[0]}/{total[1]} sentences")


if __name__ == "__main__":
    _score()
