"""Issue 13, session 21: victims told again and later deaths in full articles (HC38).

`data/documents_s21/` holds eight constructed full news articles (Georgia, Armenia, Nicaragua,
Cambodia, Jordan, Algeria, Italy, Malaysia) of 385-415 words, in countries no open set's full
article uses, written with their gold rows (`gold.csv`) and the phrases that must get no new
row (`traps.csv`) before the package was run on them. They carry the largest category of a
census of set 20's full-article errors (and of HC37's census of sets 16-19): a victim already
counted in the lede told again, through a relative's quote ("My father was killed for
nothing"), a named member ("One of the dead, Nodar Beridze", "Among the dead was ...") or a
role noun ("the second victim", "the two murdered men"); and the second: a later death that
raises the toll ("A fourth man ... died ..., raising the death toll to four"), which is one row
of the raised toll, not a killed 1 beside it. Rows are scored as `benchmarks/eval_reports.py`
scores them: every row without `repeat_of`, of any scope.
"""

from pathlib import Path

import pandas as pd
import pytest
from extraction_helpers import DocumentGold
from spacy.language import Language

FOLDER = Path(__file__).parent / "data" / "documents_s21"
DOCUMENTS = DocumentGold(FOLDER)

# Articles whose gaps are still open (each names its category).
_LOWERED = (
    "the wounded figure as written lowered by a later death or a wounded victim told again ({})"
)
OPEN: dict[str, str] = {
    "am_gyumri_barracks": "the headline's and the lede's 'four' kept as two killed 4 rows; 'Among "
    "the dead was Sergeant ...' killed 1; 'One of them, a 20-year-old private' wounded 1",
    "dz_tebessa_patrol": _LOWERED.format("wounded 2 -> 1") + "; 'One of the wounded soldiers died' "
    "killed 1; 'seized two Kalashnikov rifles' read as kidnapped 2",
    "ge_rustavi_market": _LOWERED.format("wounded 9 -> 8") + "; 'The second victim' killed 1",
    "it_scampia_ambush": "'They killed my brother like a dog' (a relative's quote) killed 1",
    "jo_mafraq_wedding": "'A woman among them, who had been hit' wounded 1; a year's arrest tally "
    "('arrested more than 300 people ... last year') kept",
    "kh_poipet_casino": _LOWERED.format("wounded 23 -> 22") + "; 'One of the injured ... died' and "
    "'the sixth victim' killed 1 each",
    "my_tawau_raid": "'They shot my friend' wounded 1; 'two of them women' wounded 2 and 'one man was "
    "in a critical condition' wounded 1 (the four told again)",
    "ni_masaya_fiesta": _LOWERED.format("wounded 11 -> 10") + "; 'A fourth man' killed 1; 'My "
    "husband and my brother were both killed' killed 2; 'people fled through the streets' (a "
    "crowd running from a brawl) read as displaced",
}


@pytest.mark.parametrize("name", DOCUMENTS.articles(OPEN))
def test_each_article_gives_its_gold_rows(nlp: Language, name: str) -> None:
    """The article's rows (any scope) are its gold rows, no more, no less."""
    counts, gold = DOCUMENTS.rows_and_gold(nlp, name)
    assert counts == gold, (sorted(counts.items(), key=str), sorted(gold.items()))


# Traps whose words still get a row (trap id -> the gap).
_AGAIN = "a victim already counted told again ({}) kept as a new row"
_LATER = "the death that raised the toll ({}) kept as killed 1 beside the raised toll"
OPEN_TRAPS: dict[str, str] = {
    "ge_rustavi_market-told_again-1-The second vic": _AGAIN.format("a role noun"),
    "am_gyumri_barracks-told_again-1-Among the dead": _AGAIN.format("a named member"),
    "am_gyumri_barracks-told_again-1-One of them, a": _AGAIN.format("one of the wounded"),
    "ni_masaya_fiesta-later_death-1-A fourth man, ": _LATER.format("an ordinal"),
    "ni_masaya_fiesta-told_again-2-My husband and": _AGAIN.format("a relative's quote"),
    "kh_poipet_casino-later_death-1-One of the inj": _LATER.format("'one of the injured'"),
    "kh_poipet_casino-told_again-1-The body of th": _AGAIN.format("an ordinal role noun"),
    "jo_mafraq_wedding-told_again-1-A woman among ": _AGAIN.format("one of the wounded"),
    "jo_mafraq_wedding-statistic-300-arrested more ": "a year's arrest tally kept as detained 300",
    "dz_tebessa_patrol-later_death-1-One of the wou": _LATER.format("'one of the wounded'"),
    "it_scampia_ambush-told_again-1-They killed my": _AGAIN.format("a relative's quote"),
    "my_tawau_raid-told_again-1-They shot my f": _AGAIN.format("a witness's quote"),
    "my_tawau_raid-told_again-2-The four injur": _AGAIN.format("a part of the four"),
    "my_tawau_raid-told_again-1-one man was in": _AGAIN.format("one of the wounded"),
}


@pytest.mark.parametrize("trap", DOCUMENTS.trap_params(OPEN_TRAPS, width=14))
def test_a_trap_gets_no_row(nlp: Language, trap: dict[str, str]) -> None:
    """No current row starts inside the trap's words (a victim told again, a later death)."""
    inside = DOCUMENTS.rows_in_trap(nlp, trap)
    assert inside.empty, inside[["figure", "count", "outcome", "scope"]].to_dict("records")


def test_every_trap_names_words_of_its_article() -> None:
    """Each trap's words occur once in its article, so the test above reads the right place."""
    assert DOCUMENTS.traps_not_once() == []


def test_the_articles_are_full_articles() -> None:
    """Each article is a full one (350-550 words) and its gold rows name known categories."""
    for name, words in DOCUMENTS.word_counts().items():
        assert 350 <= words <= 550, (name, words)
    categories = {"guard", "toll", "context"}
    assert pd.read_csv(FOLDER / "gold.csv")["category"].isin(categories).all()
