"""Issue 13, set 14's document-level categories, on whole articles written for these tests.

`data/set14_documents/` holds ten local-news articles (Kenya, Colombia, the Philippines,
Bangladesh, Nigeria, Honduras, Jamaica, Mali, South Africa, India), each with a headline,
an upper-case dateline and quotes, written with their gold rows (`gold.csv`) before the
package was run on them, and the figures that must get no row (`traps.csv`, by category:
a period's or a region's statistic, the members of a counted total told again, a
superseded first figure). Conventions are the fourteenth set's: an older incident with
its own toll is a row, a city's, region's or year's statistic is none, an updated toll
counts its latest figure only, and victims told one by one after their total add nobody.
Two of the articles (Nigeria, India) are guards in which every figure is a toll.

The categories are then tested one by one on short passages of other places: the
members of a total picked out by a partitive in a later sentence ("Six of the injured
were admitted"), the wounded of a total told one by one, a record verb's count for a
month, and a war's running total in an article's background. The cases named "stays"
guard against a rule reaching too far: there the figure keeps its row.
"""

import csv
from collections import Counter
from pathlib import Path

import pytest
from extraction_helpers import article, current
from spacy.language import Language

DATA = Path(__file__).parent / "data" / "set14_documents"


def _gold() -> dict[str, Counter]:
    gold: dict[str, Counter] = {}
    with (DATA / "gold.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            gold.setdefault(row["name"], Counter())[(int(row["count"]), row["outcome"])] += 1
    return gold


GOLD = _gold()
# Articles whose gaps are still open (each names its category).
OPEN = {
    "hn_bus_driver": "statistic: 'recorded 57 homicides in the city in October' (see _CUMULATIVE)",
    "ke_mandera_bus": (
        "'wounding three passengers' names its group: the trader, schoolgirl and conductor "
        "told after it keep rows (set 7's convention: victims after a named group stay)"
    ),
    "co_suarez_market": (
        "superseded first injured figure (23, then 'revised to 19') kept as 21, the revised "
        "19 not found; 'Among the dead were a fruit seller, her daughter and ...' counted "
        "again; 'two of the wounded died' counted beside the raised toll"
    ),
    "jm_spanish_town_dance": "'A fourth man, first reported dead' is not read as wounded",
    "ml_boni_ambush": "'A lieutenant ... and a sergeant ... were among the dead' counted again",
    "ph_datu_piang_family": "'clan feuds had claimed 63 lives ... in the past two years' kept",
}
# Statistics left open on purpose: the incident benchmark (corpora/constructed/gold) keeps a
# month's recorded count ("Police recorded 62 kidnappings across the country in March") and
# a war's running total ("The war has killed more than 150,000 people") as rows of scope
# "cumulative"; rules that dropped them here (a record verb's month, a war's present
# perfect in the background) lost 4 of its matched figures (perpetrator 133 -> 129 of 140),
# so they were not kept. A reader of the reports sets drops rows whose `scope` is cumulative.
_CUMULATIVE = "a cumulative figure the incident benchmark counts (see the note above)"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=OPEN[n], strict=True)) if n in OPEN else n
        for n in sorted(GOLD)
    ],
)
def test_each_article_gives_its_gold_rows(nlp: Language, name: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    counts = current(nlp, text)
    assert counts == GOLD[name], (sorted(counts.items()), sorted(GOLD[name].items()))


def test_no_article_keeps_a_statistic(nlp: Language) -> None:
    """Every statistic trap of the articles that are not open gaps gets no row."""
    with (DATA / "traps.csv").open(encoding="utf-8") as handle:
        traps = [r for r in csv.DictReader(handle) if r["category"] == "statistic"]
    kept = []
    for trap in traps:
        if trap["name"] in OPEN:
            continue
        key = (int(trap["count"]), trap["outcome"])
        text = (DATA / f"{trap['name']}.txt").read_text(encoding="utf-8")
        if current(nlp, text)[key] > GOLD[trap["name"]][key]:
            kept.append((trap["name"], key))
    assert not kept


_BACKGROUND = ("Residents said the area had been tense for weeks.", "The mayor called for calm.")

# 1. Members of a counted total, picked out by a partitive in a later sentence: no row.
PARTITIVES = {
    "lilongwe_flown": (
        "LILONGWE — Eleven people were wounded when a minibus was attacked near Dedza on Friday.",
        "Two of the wounded were flown to Blantyre for surgery, a hospital official said.",
        {(11, "wounded"): 1, (2, "wounded"): 0},
    ),
    "quetta_admitted": (
        "QUETTA — A blast at a bus stop injured 14 people on Monday, police said.",
        "Of the injured, five were admitted to the Civil Hospital, where two remain in a "
        "critical condition.",
        {(14, "wounded"): 1, (5, "wounded"): 0},
    ),
    "tegucigalpa_named": (
        "TEGUCIGALPA — Gunmen killed six men at a football pitch in Comayagüela on Sunday.",
        "Relatives identified four of the dead as brothers from the same family.",
        {(6, "killed"): 1, (4, "killed"): 0},
    ),
    "kisumu_intensive_care": (
        "KISUMU — Nine protesters were hurt when police fired tear gas and live rounds.",
        "Doctors said one of them, a boda boda rider, remained in intensive care on Tuesday.",
        {(9, "wounded"): 1, (1, "wounded"): 0},
    ),
    "stays_in_the_totals_sentence": (
        "HERAT — Twenty people were wounded, six of them seriously, in a blast on Friday.",
        "Police sealed off the market.",
        {(20, "wounded"): 1, (6, "wounded"): 1},
    ),
    "stays_who_they_were": (
        "MAIDUGURI — Insurgents killed 15 farmers near Jere on Sunday, officials said.",
        "Four of the dead were teenagers, a community leader said.",
        {(15, "killed"): 1, (4, "killed"): 1},
    ),
    "stays_other_people": (
        "SOKOTO — Bandits killed nine villagers in a raid on Sabon Birni on Monday.",
        "Two of the bandits were killed by vigilantes as they fled, residents said.",
        {(9, "killed"): 1, (2, "killed"): 1},
    ),
}


@pytest.mark.parametrize("name", sorted(PARTITIVES))
def test_a_partitive_of_a_counted_total_adds_nobody(nlp: Language, name: str) -> None:
    lede, later, expected = PARTITIVES[name]
    counts = current(nlp, article(lede, *_BACKGROUND, later))
    for key, n in expected.items():
        assert counts[key] == n, (key, counts)


# 2. The wounded of a counted total told one by one in the sentences after it: no rows.
ONE_BY_ONE = {
    "dodoma_market": (
        "DODOMA — Attackers armed with machetes wounded three people at a market on Monday.",
        "A woman selling tomatoes was cut on the arm, and a porter and his son were struck "
        "on the head.",
        {(3, "wounded"): 1, (1, "wounded"): 0, (2, "wounded"): 0},
    ),
    "herat_clinic": (
        "HERAT — Two others were hurt when a grenade hit a clinic in the old city on Sunday.",
        "A nurse was hit by shrapnel; a guard suffered burns to his hands.",
        {(2, "wounded"): 1, (1, "wounded"): 0},
    ),
    "cucuta_bus": (
        "CÚCUTA — Two people were injured when a grenade was thrown at a bus terminal.",
        "A ticket seller suffered shrapnel wounds to the legs; a taxi driver was hit in the "
        "shoulder.",
        {(2, "wounded"): 1, (1, "wounded"): 0},
    ),
    "jos_church": (
        "JOS — Gunmen opened fire on worshippers leaving a church, wounding four, police said.",
        "A pastor was shot in the hand, his wife was hit in the leg and a boy suffered cuts.",
        {(4, "wounded"): 1, (1, "wounded"): 0, (2, "wounded"): 0},
    ),
    "stays_also": (
        "GARISSA — Three soldiers were wounded when their truck hit a mine on Sunday.",
        "A herder and his son were also hurt by the blast, a local chief said.",
        {(3, "wounded"): 1, (2, "wounded"): 1},
    ),
}


@pytest.mark.parametrize("name", sorted(ONE_BY_ONE))
def test_the_wounded_told_one_by_one_add_nobody(nlp: Language, name: str) -> None:
    lede, later, expected = ONE_BY_ONE[name]
    counts = current(nlp, article(lede, later, *_BACKGROUND))
    for key, n in expected.items():
        assert counts[key] == n, (key, counts)


# 3. A record verb's count for a month, and a month's count set against another: no row.
MONTH_TALLIES = {
    "guatemala_city": (
        "GUATEMALA CITY — A shopkeeper was shot dead in Zone 18 on Monday, police said.",
        "The National Civil Police recorded 48 homicides in the capital in September.",
        {(1, "killed"): 1, (48, "killed"): 0},
    ),
    "kingston_down_from": (
        "KINGSTON — Two men were shot dead in Denham Town on Friday, police said.",
        "The division registered 19 murders in August, down from 27 in July.",
        {(2, "killed"): 1, (19, "killed"): 0, (27, "killed"): 0},
    ),
    "port_harcourt_kidnappings": (
        "PORT HARCOURT — Gunmen abducted a doctor from his clinic in Rumuokoro on Tuesday.",
        "Police logged 23 kidnappings in Rivers State in May, a spokesman said.",
        {(1, "kidnapped"): 1, (23, "kidnapped"): 0},
    ),
    "stays_a_month_dates_an_incident": (
        "KADUNA — Bandits killed a farmer near Birnin Gwari on Monday, residents said.",
        "In March, gunmen killed five farmers in the same village.",
        {(1, "killed"): 1, (5, "killed"): 1},
    ),
}


@pytest.mark.parametrize(
    "name",
    [
        n
        if n.startswith("stays")
        else pytest.param(n, marks=pytest.mark.xfail(reason=_CUMULATIVE, strict=True))
        for n in sorted(MONTH_TALLIES)
    ],
)
def test_a_months_recorded_count_gets_no_row(nlp: Language, name: str) -> None:
    lede, stat, expected = MONTH_TALLIES[name]
    counts = current(nlp, article(lede, *_BACKGROUND, stat))
    for key, n in expected.items():
        assert counts[key] == n, (key, counts)


# 4. A war's running total in the present perfect, in an article's background: no row.
WAR_TOTALS = {
    "sudan_displaced": (
        "EL OBEID — Shelling killed four civilians in a market on Thursday, medics said.",
        "More than 600,000 people have been displaced in North Kordofan by the war.",
        {(4, "killed"): 1, (600000, "displaced"): 0},
    ),
    "mozambique_insurgency": (
        "PEMBA — Insurgents beheaded two fishermen near Mocímboa da Praia on Friday.",
        "The insurgency has killed more than 6,000 people, according to a monitoring group.",
        {(2, "killed"): 1, (6000, "killed"): 0},
    ),
    "myanmar_conflict": (
        "SITTWE — An air strike killed nine villagers in Rakhine State on Sunday, residents said.",
        "Some 170,000 people have fled their homes in the state because of the conflict.",
        {(9, "killed"): 1, (170000, "displaced"): 0},
    ),
    "stays_in_the_lede": (
        "GOMA — More than 300,000 people have been displaced by the fighting around Goma.",
        "Aid groups said camps were full.",
        {(300000, "displaced"): 1},
    ),
    "stays_since_a_day": (
        "BENI — Rebels attacked the town of Oicha on Friday, killing eight people.",
        "Some 2,000 people have been displaced by the fighting since Friday, officials said.",
        {(8, "killed"): 1, (2000, "displaced"): 1},
    ),
}


WAR_GAPS = {n: _CUMULATIVE for n in WAR_TOTALS if not n.startswith("stays")}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=WAR_GAPS[n], strict=True))
        if n in WAR_GAPS
        else n
        for n in sorted(WAR_TOTALS)
    ],
)
def test_a_wars_running_total_in_the_background_gets_no_row(nlp: Language, name: str) -> None:
    lede, stat, expected = WAR_TOTALS[name]
    if name == "stays_in_the_lede":
        counts = current(nlp, article(lede, stat))
    else:
        counts = current(nlp, article(lede, *_BACKGROUND, stat))
    for key, n in expected.items():
        assert counts[key] == n, (key, counts)
