"""Issue 13, session 19: casualty rows the open sets miss, in sentences written for these tests.

The categories come from a census of the rows open sets 14-18 miss, read as categories only:
people who take shelter or leave a place for a refuge ("took shelter in a church", "left for
temporary sites", "had left the rural area"), people handed to the police or held for
questioning, the second count of two numbered groups treated for injuries ("five officers
and two demonstrators were treated for minor injuries"), a victim first reported dead and
found alive (wounded), a person word the tagger takes for a name ("a jawan"), and a count
before a force's name ("Five Guardia Civil officers"). The sentences and their gold rows are
in `data/casualty_recall_s19/sentences.csv` (constructed; see its README); guards must give
only the rows listed.

Run as a script to print the score of each category on the current rules (`-v` lists misses).
"""

import sys
from pathlib import Path

import pytest
from extraction_helpers import SentenceGold, figure_rows
from spacy.language import Language

_SET = SentenceGold(Path(__file__).parent / "data" / "casualty_recall_s19" / "sentences.csv")


_DWELLING = (
    "'left their compounds for a camp': a departure with an object the tables do not know as a "
    "home ('leave home', 'leave * village', 'leave * farm', 'leave * area') is no flight, "
    "wherever it goes"
)
_PRONOUN_HANDED = (
    "'beat three alleged thieves before handing them to police': the pronoun object of the "
    "handing is not taken back to the three"
)
_DEFINITE_HANDED = (
    "'caught two men ..., and the men were handed over to the police': the definite noun "
    "restates people whose first verb ('caught') names no outcome"
)
_SINGULAR_CONJUNCT = (
    "'Three fans and a steward were treated for cuts': a singular conjunct of a count gets no "
    "wounded row from the care verb (it wants a number), and the row of three stays"
)
_FOUND_ALIVE = (
    "a victim first reported dead and found alive (in hospital, with a wound, recovering) "
    "gives no wounded row: 'found alive in' is no stay in care, and the death word in the "
    "report clause is not set aside"
)
_UNSOLVED: dict[str, str] = {  # sentence id -> why the rules still miss it (strict xfails)
    "s06": _DWELLING,
    "h02": _PRONOUN_HANDED,
    "h03": _DEFINITE_HANDED,
    "k04": _SINGULAR_CONJUNCT,
    **dict.fromkeys([f"f{i:02d}" for i in range(1, 6)], _FOUND_ALIVE),
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
