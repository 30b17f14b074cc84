"""A number that counts the group holding the counted people: "three members of one family".

The people counted are the noun with its own number ("three members"); a number on the
noun after "of" counts the groups they come from ("one family", "two households", "the
same three clans"), not more people hurt. "One of the two robbers" stays: there "two" is
the whole the one is taken from (a `parts` matter), and "one" has no noun of its own.

>>> import analysis
>>> doc = analysis.load_nlp()("Gunmen killed three members of one family in Dori.")
>>> holding_group(doc[5:6])
True
>>> holding_group(doc[2:3])
False
"""

from spacy.tokens import Span

_FROM = frozenset({"of", "from"})  # "members of one family", "four people from two households"


def holding_group(span: Span) -> bool:
    """Whether the number is on a noun after "of"/"from" whose head noun has a number of its own."""
    root = span.root
    noun = root.head
    if root.dep_ not in {"nummod", "det"} or noun.dep_ != "pobj" or noun.head.lower_ not in _FROM:
        return False
    counted = noun.head.head
    return counted.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and c.like_num and c.i < counted.i for c in counted.children
    )
