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

import csv
import sys
from pathlib import Path

import pandas as pd
import pytest
from extraction_helpers import open_gaps, table
from spacy.language import Language

_DATA = Path(__file__).parent / "data" / "casualty_recall_s19" / "sentences.csv"


def _gold(rows: str) -> list[tuple]:
    """The gold rows of one sentence as (count, outcome, qualifier, implicit)."""
    found = []
    for row in filter(None, (part.strip() for part in rows.split(";"))):
        count, outcome, qualifier, implicit = row.split()
        found.append((None if count == "-" else int(count), outcome, qualifier, implicit == "1"))
    return found


def _items() -> list[dict[str, str]]:
    with _DATA.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def rows(nlp: Language, text: str) -> list[tuple]:
    """(count, outcome, qualifier, implicit) of each figure that is not a repeat."""
    df = table(nlp, text)
    df = df[df["repeat_of"].isna()]
    return [
        (None if pd.isna(c) else int(c), o, q, bool(i))
        for c, o, q, i in zip(
            df["count"], df["outcome"], df["qualifier"], df["implicit"], strict=True
        )
    ]


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

_ITEMS = _items()


@pytest.mark.parametrize(
    ("text", "gold"),
    open_gaps(
        [(item["text"], _gold(item["rows"])) for item in _ITEMS],
        [item["id"] for item in _ITEMS],
        _UNSOLVED,
    ),
)
def test_recall_rows(nlp: Language, text: str, gold: list[tuple]) -> None:
    assert sorted(rows(nlp, text), key=repr) == sorted(gold, key=repr)


def test_guards_are_a_third() -> None:
    """At least a third of the sentences are guards, from 25 countries or more."""
    guards = [item for item in _ITEMS if item["category"].endswith("_guard")]
    assert 3 * len(guards) >= len(_ITEMS)
    assert len({item["country"] for item in _ITEMS}) >= 25


def _score() -> None:
    """Print, for each category, the sentences given exactly and the rows found and extra."""
    import analysis

    nlp = analysis.load_nlp()
    by_category: dict[str, list[dict[str, str]]] = {}
    for item in _ITEMS:
        by_category.setdefault(item["category"], []).append(item)
    right_all = 0
    for name, items in by_category.items():
        right = gold_rows = found = extra = 0
        for item in items:
            gold, got = _gold(item["rows"]), rows(nlp, item["text"])
            right += sorted(got, key=repr) == sorted(gold, key=repr)
            gold_rows += len(gold)
            found += sum(min(gold.count(r), got.count(r)) for r in set(gold))
            extra += sum(max(0, got.count(r) - gold.count(r)) for r in set(got))
            if sorted(got, key=repr) != sorted(gold, key=repr) and "-v" in sys.argv:
                print(f"    {item['id']} {item['text']}\n      gold {gold}\n      got  {got}")
        right_all += right
        print(
            f"{name:24} {right:3}/{len(items):3} sentences  rows {found}/{gold_rows}  extra {extra}"
        )
    print(f"{'all':24} {right_all:3}/{len(_ITEMS):3} sentences")


if __name__ == "__main__":
    _score()
