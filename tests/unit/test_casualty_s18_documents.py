"""Issue 13, session 18: casualty rows of twelve longer local-news articles written for tests.

`data/documents_s18/` holds twelve constructed articles (Burkina Faso, Ethiopia, South Sudan,
Somalia, Madagascar, Guinea, Bolivia, Puerto Rico, Solomon Islands, Kyrgyzstan, Libya, Central
African Republic) of 440-520 words, in countries no open set's full article uses, written with
their gold rows (`gold.csv`) and the figures that must get no row (`traps.csv`) before the
package was run on them. They carry what full articles bring and short reports do not: a
headline and lede restating the toll, a toll raised by bodies found or corrected, the dead named
one by one, relatives' quotes about their own dead, status counts of the wounded, hostages
freed, arrests, an older incident recalled and a statistic. Conventions are the sixteenth
set's (see the folder's README).
"""

from pathlib import Path

import pytest
from extraction_helpers import DocumentGold, incident_rows
from spacy.language import Language

DOCUMENTS = DocumentGold(Path(__file__).parent / "data" / "documents_s18")

# Articles whose gaps are still open (each names its category).
_STATUS = (
    "a status count of some of the wounded ('{}') is a part row, as the eighth to thirteenth "
    "sets count it; the fourteenth to seventeenth sets' convention gives it no row"
)
_RAISED_BY = (
    "the bodies that raised the toll ('{}') are a part row, as the third set counts them; the "
    "fourteenth to seventeenth sets give them no row"
)
_EVACUATED = (
    "'{}' is no displacement, as the fifth to ninth sets count evacuations; the seventeenth "
    "set (and this gold) counts evacuated families as displaced"
)
OPEN: dict[str, str] = {
    "bf_markoye_villages": _RAISED_BY.format("found four more bodies")
    + "; "
    + _STATUS.format("five of them seriously")
    + "; a widow's 'my two brothers' in a quote read as wounded 2; the army's 'had killed 12 "
    "of the attackers' taken for the first toll that the update of 23 replaced",
    "bo_parotani_blockade": "the dead man told again ('The dead man was identified as ...') "
    "adds a killed 1; '14 protesters treated for gunshot and pellet wounds' after 'registered' "
    "missed",
    "cf_bouar_road": "'Among those taken was a Cameroonian truck driver' not an implicit part; "
    "the two wounded told one by one ('One was hit in the leg and the other ...') add a wounded "
    "1; the country's 500,000 displaced not marked cumulative",
    "gn_conakry_protest": _STATUS.format("Six of the wounded were in a serious condition")
    + "; 'They shot a child' in a relative's quote read as wounded 1",
    "kg_batken_canal": _EVACUATED.format("evacuated 1,200 residents")
    + "; 'a second guard, who had gone missing' a missing row though he is the dead guard",
    "ly_tripoli_clashes": "the first toll ('had reported five deaths') kept beside the latest "
    "('Eight people were killed', told without an update verb); "
    + _EVACUATED.format("evacuated about 230 families"),
    "mg_ihorombe_dahalo": "'The wounded, among them the village chief' read as the wounded told "
    "again, not an implicit part; 'beat to death a man they accused of having guided the "
    "attackers' missed",
    "so_lido_hotel": _RAISED_BY.format("the bodies of two guests were found")
    + "; "
    + _STATUS.format("30 of them were still in hospital")
    + "; 'whose cousin was among those killed' (a relative's victim, one of the 19) a row",
    "ss_jonglei_camps": _STATUS.format("two of them after surgery"),
}


@pytest.mark.parametrize("name", DOCUMENTS.articles(OPEN))
def test_each_article_gives_its_gold_rows(nlp: Language, name: str) -> None:
    """The article's rows leaving out cumulative ones are its gold rows, no more, no less."""
    counts = incident_rows(DOCUMENTS.table(nlp, name), incidents_only=True)
    gold = DOCUMENTS.gold[name]
    assert counts == gold, (sorted(counts.items(), key=str), sorted(gold.items()))


# Statistics not yet marked cumulative (trap id -> the gap).
OPEN_STATISTICS = {
    "cf_bouar_road-500000-displaced": "'More than 500,000 people are displaced inside the "
    "Central African Republic, according to the UN refugee agency': a country's count in the "
    "present tense with no period word is not marked cumulative",
}


def _statistic_traps() -> list:
    """The statistic traps, strict xfails where `OPEN_STATISTICS` names a gap."""
    return [
        pytest.param(
            *trap.values,
            id=trap.id,
            marks=[pytest.mark.xfail(reason=OPEN_STATISTICS[trap.id], strict=True)]
            if trap.id in OPEN_STATISTICS
            else [],
        )
        for trap in DOCUMENTS.statistic_traps()
    ]


@pytest.mark.parametrize("trap", _statistic_traps())
def test_a_statistic_is_marked_cumulative(nlp: Language, trap: dict[str, str]) -> None:
    """Every row of a statistic's count beyond the article's gold is of scope cumulative."""
    df = DOCUMENTS.table(nlp, trap["name"])
    key = (int(trap["count"]), trap["outcome"])
    assert incident_rows(df, incidents_only=True)[key] <= DOCUMENTS.gold[trap["name"]][key]
