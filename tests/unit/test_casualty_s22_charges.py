"""Issue 13, round 19 (HC41): people charged or held for questioning, and held subsets.

From a census of the event reports and short items of open sets 20 and 21: an active charge
("Police charged two men over a brawl", "have charged a 23-year-old man with the murder")
and an active hold for questioning ("Police held three men for questioning") hold their
people (`charges`); a count of people held told again in its own sentence at a later step
("41 fans, 19 of whom were later charged", "of whom 19 were later formally arrested") is no
row of its own (`held_subsets`). Sentences written for these tests (other countries than the
passages), gold written before the run; guards give only the rows listed.
"""

import pytest
from extraction_helpers import figure_rows
from spacy.language import Language

D, K, W = "detained", "killed", "wounded"

CASES = [
    # active charge: the people charged are held
    (
        "Prosecutors in Tallinn charged three border guards with smuggling on Thursday.",
        [(3, D, "exact", False)],
    ),
    (
        "Police in Lusaka charged four men in connection with the fire at the city market.",
        [(4, D, "exact", False)],
    ),
    ("Police in Kumasi have charged a 35-year-old trader with robbery.", [(1, D, "exact", True)]),
    pytest.param(
        "Police in Kumasi have charged a 35-year-old mechanic with robbery.",
        [(1, D, "exact", True)],
        marks=pytest.mark.xfail(
            strict=True, reason="'mechanic' is no person word (`people.person_like`)"
        ),
    ),
    (
        "Detectives in Durban charged two security guards over the theft of a cash van.",
        [(2, D, "exact", False)],
    ),
    # hold for questioning
    (
        "Gendarmes in Thiès held six youths for questioning after the fire at the town hall.",
        [(6, D, "exact", False)],
    ),
    # held subsets in the sentence of the people held
    (
        "Police in Lima detained 52 fans, 14 of whom were later charged with vandalism.",
        [(52, D, "exact", False)],
    ),
    (
        "Officers arrested 23 people in Tbilisi overnight, and six of them were later remanded in "
        "custody.",
        [(23, D, "exact", False)],
    ),
    (
        "Police in Manila said 40 people were detained, of whom nine were later formally charged.",
        [(40, D, "exact", False)],
    ),
]
GUARDS = [
    # a charge at people, not a charge brought
    ("Riot police charged the crowd with horses and water cannon in Santiago.", []),
    ("Riot police charged 200 students with batons outside the university in Dhaka.", []),
    ("Police charged protesters in the main square of Yerevan on Sunday.", []),
    # who the people held were: a part, not a later step
    (
        "Police in Kampala detained 30 protesters, 12 of them women.",
        [(30, D, "exact", False), (12, D, "exact", False)],
    ),
    # a subset wounded is not held again
    (
        "Police in Quito arrested 30 people, and four of them were treated for injuries.",
        [(30, D, "exact", False), (4, W, "exact", False)],
    ),
    # a held event, not held people
    (
        "Police in Nairobi held a news conference after three officers were wounded.",
        [(3, W, "exact", False)],
    ),
]


@pytest.mark.parametrize(("text", "gold"), CASES + GUARDS)
def test_charges_and_held_subsets(nlp: Language, text: str, gold: list[tuple]) -> None:
    assert sorted(figure_rows(nlp, text), key=repr) == sorted(gold, key=repr)
