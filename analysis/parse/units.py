"""Numbered military units: "9 Gorkha Rifles", "the 3rd Brigade", "7th Infantry Division".

A unit with a number before its name belongs to a state's forces (a non-state group is
rarely numbered, and those that are, such as Tripoli's "444th Brigade", are in the
gazetteer, which wins). The model tags such names as numbers, places ("Division" is an
administrative word) or unknown organisations; these rules find them from the tokens.
The unit words are the caller's: the state-force and armed-group keywords of
`data/organization_keywords.csv` ("Regiment", "Rifles", "Brigade", "Division").
"""

import re

from spacy.tokens import Doc

NUMBERED = re.compile(r"^\d+(st|nd|rd|th)?$", re.IGNORECASE)
# Capitalised words a unit's name may hold between its number and its unit word.
MAX_NAME_WORDS = 4


def unit_ranges(doc: Doc, unit_words: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges (start, end) of numbered units: a number, capitalised words, a unit word.

    >>> import spacy
    >>> doc = spacy.blank("en")("Men of 9 Gorkha Rifles and the 7th Infantry Division died.")
    >>> [doc[s:e].text for s, e in unit_ranges(doc, frozenset({"Rifles", "Division"}))]
    ['9 Gorkha Rifles', '7th Infantry Division']
    """
    ranges = []
    for token in doc:
        if token.text not in unit_words:
            continue
        i = token.i - 1
        while (
            i >= 0
            and token.i - i <= MAX_NAME_WORDS
            and doc[i].is_alpha
            and (doc[i].is_title or doc[i].is_upper)
        ):
            i -= 1
        if i < 0 or not NUMBERED.match(doc[i].text):
            continue
        if ranges and ranges[-1][0] == i:  # "7th Infantry Division": the longer name
            ranges[-1] = (i, token.i + 1)
        elif not ranges or ranges[-1][1] <= i:
            ranges.append((i, token.i + 1))
    return ranges
