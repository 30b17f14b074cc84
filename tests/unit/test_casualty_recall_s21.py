"""Issue 13, session 21: casualty rows the open sets miss, in sentences written for these tests.

The categories come from a census of the rows open set 20 misses in its event reports and short
items (h001-h055, h076-h100), read as categories only: people held for questioning, charged with
a crime, or held by bystanders until the police take them (detained); a body found (killed);
families or households evicted or driven out (displaced); one person who "suffered" or
"sustained" injuries (wounded, implicit); a vague number of injured people ("dozens of people
were injured"). Guards hold numbers that are no count (a gang's name, an age at arrest, a subset
"11 of whom"), things that suffer, are charged or have a body, and "held" an event or a place.
The sentences and their gold rows are in `data/casualty_recall_s21/sentences.csv` (constructed;
see its README); guards must give only the rows listed.

Run as a script to print the score of each category on the current rules (`-v` lists misses).
"""

import sys
from pathlib import Path

import pytest
from extraction_helpers import SentenceGold, figure_rows
from spacy.language import Language

_SET = SentenceGold(Path(__file__).parent / "data" / "casualty_recall_s21" / "sentences.csv")

_QUESTIONING = (
    "'held five fishermen for questioning overnight and released them': an active hold for "
    "questioning holds its people (`charges`, round 19), but a release of 'them' joined to it "
    "frees them again"
)
_CHARGED = (
    "an active charge holds its people (`charges`, round 19: 'charged a trader with murder'), "
    "but a wish ('called for the chief to be charged') and a subset ('58 people were charged "
    "..., 23 of them women') give rows they should not"
)
_HELD_UNTIL = (
    "'held a pickpocket until police arrested him', 'handed him over to police', 'took him into "
    "custody': a pronoun object of the arrest or hand-over is not resolved to the person held"
)
_BODY_OF_ONE = (
    "'the body of one of them was found': a body found is a death only when the body's owner is "
    "a person noun, not a partitive 'one of them'"
)
_EVICTED = (
    "'evicted about 200 families': 'evict' is no displacement verb; a bare 'evict' trigger row "
    "passes e01-e04 but gives a displaced row for one person evicted before an attack ('the "
    "gunman, a former tenant who was evicted last month': open sets 2 b074 and 7 g098 fall)"
)
_SUBSET = (
    "'held 30 fans, 11 of whom were later charged': an active 'held' (no 'for questioning') is "
    "no detention, so the 30 are not counted and the subset's charge is (a subset of people "
    "counted held is no row, `held_subsets`)"
)
_UNSOLVED: dict[str, str] = {  # sentence id -> why the rules still miss it (strict xfails)
    "q02": _QUESTIONING,
    **dict.fromkeys(["g10", "g16"], _CHARGED),
    **dict.fromkeys(["h01", "h02", "h03"], _HELD_UNTIL),
    "b01": _BODY_OF_ONE,
    **dict.fromkeys(["e01", "e02", "e04"], _EVICTED),
    "g03": _SUBSET,
}


@pytest.mark.parametrize(
    ("text", "gold"),
    _SET.params(_UNSOLVED),
)
def test_recall_rows(nlp: Language, text: str, gold: list[tuple]) -> None:
    assert sorted(figure_rows(nlp, text), key=repr) == sorted(gold, key=repr)


def test_guards_are_a_third() -> None:
    """At least a third of the sentences are guards, from 25 countries or more."""
    assert 3 * len(_SET.guards()) >= len(_SET.items)
    assert len({item["country"] for item in _SET.items}) >= 25


if __name__ == "__main__":
    _SET.score(verbose="-v" in sys.argv)
