"""Issue 13, session 16: casualty rows of whole local-news articles written for these tests.

`data/documents_s16/` holds twelve articles (Ecuador, Thailand, Uganda, Chad, Guatemala,
Brazil, Paraguay, Tanzania, Iraq, Burundi, Nepal, Togo) with a headline, an upper-case
dateline, quotes, a recalled older incident and most with a statistic, written with their
gold rows (`gold.csv`) and the figures that must get no row (`traps.csv`) before the package
was run on them. Conventions are those of the fourteenth and fifteenth sets (see the folder's
README): statistics are no rows, a raised toll counts its latest figure only and the deaths
that raised it add nobody, the written wounded figure stays when some of the wounded die.

A statistic (a city's, a region's or a year's count) is still returned, marked with the
`scope` "cumulative" so that a reader of one incident's toll can leave it out: the last
test checks that mark on every statistic of the articles.
"""

from pathlib import Path

import pytest
from extraction_helpers import DocumentGold, checked_table, incident_rows
from spacy.language import Language

DOCUMENTS = DocumentGold(Path(__file__).parent / "data" / "documents_s16")

# Articles whose gaps are still open (each names its category).
_LATER_DEATHS = (
    "the written wounded figure is reduced by the wounded who died later, and the deaths "
    "that raised the toll are counted beside it"
)
OPEN: dict[str, str] = {
    "bi_bujumbura_grenade": _LATER_DEATHS + "; 'Eleven of the wounded were still in hospital, "
    "four of them in intensive care' counted",
    "br_amazon_boat": "'wounding a crew member' told again as 'The boat's cook was shot'",
    "ec_esmeraldas_party": "an age ('two suspects, one of them 17') and a distance ('two "
    "streets away') read as counts",
    "gt_izabal_ambush": "'A third officer ... escaped into the plantation with a gunshot wound' "
    "not read as wounded (the escape's place stands between the verb and 'with')",
    "np_birgunj_curfew": "'at least 20 protesters' taken as the 34 police again",
    "tg_aneho_sand_pit": "headline 'Digger killed, four hurt' read as four killed; the wounded "
    "told one by one with numerals in them ('lost two fingers', 'both of whom') counted",
    "ug_kasese_eviction": _LATER_DEATHS,
}


@pytest.mark.parametrize("name", DOCUMENTS.articles(OPEN))
def test_each_article_gives_its_gold_rows(nlp: Language, name: str) -> None:
    """The article's rows leaving out cumulative ones are its gold rows, no more, no less."""
    counts = incident_rows(DOCUMENTS.table(nlp, name), incidents_only=True)
    gold = DOCUMENTS.gold[name]
    assert counts == gold, (sorted(counts.items(), key=str), sorted(gold.items()))


@pytest.mark.parametrize("trap", DOCUMENTS.statistic_traps())
def test_a_statistic_is_marked_cumulative(nlp: Language, trap: dict[str, str]) -> None:
    """Every row of a statistic's count beyond the article's gold is of scope cumulative."""
    df = DOCUMENTS.table(nlp, trap["name"])
    key = (int(trap["count"]), trap["outcome"])
    assert incident_rows(df, incidents_only=True)[key] <= DOCUMENTS.gold[trap["name"]][key]


# The rules one by one, on short passages of other places. "stays" cases guard the edge.
VICTIM_AGAIN = {
    "dead_man_named": (
        "ORURO — A miner was killed and nine people were hurt when cooperative members "
        "fought over a shaft on Monday.\nThe dead man, Teófilo Mamani, 38, was hit by a stick "
        "of dynamite, his union said.",
        {(1, "killed"): 1, (9, "wounded"): 1},
    ),
    "slain_guard_named": (
        "KAMPALA — Robbers shot dead a security guard and a shopkeeper at a mobile money "
        "kiosk on Friday.\nThe slain guard was named as Private Okello, 29, of a private firm.",
        {(2, "killed"): 1},
    ),
    "stays_a_dead_man_found": (
        "LAE — Gunmen killed a trader at the main market on Monday.\nOn Tuesday a dead man "
        "was found in a drain two streets away, police said.",
        {(1, "killed"): 2},
    ),
}


@pytest.mark.parametrize("name", sorted(VICTIM_AGAIN))
def test_a_victim_told_again_by_the_dead_noun(nlp: Language, name: str) -> None:
    """'The dead man, X, 38,' restates the dead already counted; 'a dead man' is new."""
    text, expected = VICTIM_AGAIN[name]
    counts = incident_rows(checked_table(nlp, text))
    assert {k: counts[k] for k in expected} == expected, sorted(counts.items(), key=str)


SCOPES: dict[str, tuple[str, int, str | None]] = {
    "rank_of_a_recalled_attack": (
        "In 2014, gunmen killed 12 miners at a camp near Tillabéri, one of the deadliest "
        "single attacks of the conflict.",
        12,
        "incident",
    ),
    "since_a_year_before_attacks": (
        "Since 2021, attacks along the lake have killed more than 300 fishermen, officials say.",
        300,
        "cumulative",
    ),
    "latest_national_figures": (
        "According to the latest national figures, 75 women were murdered by their partners.",
        75,
        "cumulative",
    ),
    "financial_year": (  # a statistic, no row at all since the s19 CALENDAR reads the year
        "Police recorded 640 murders in the province in the 2025-26 financial year.",
        640,
        None,
    ),
    "stays_a_war_total_with_a_rank": (
        "The insurgency, the longest in the region, has killed 9,000 people since 2009.",
        9000,
        "cumulative",
    ),
}


@pytest.mark.parametrize("name", sorted(SCOPES))
def test_the_scope_of_a_statistic_or_a_ranked_attack(nlp: Language, name: str) -> None:
    """A period's count is cumulative; an attack ranked in its war stays an incident."""
    text, count, expected = SCOPES[name]
    df = checked_table(nlp, text)
    rows = [] if expected is None else [expected]
    assert list(df.loc[df["count"] == count, "scope"]) == rows, df[["count", "scope"]]
