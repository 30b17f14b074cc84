"""How many people one victim noun names: "a couple" is two, "a family of four" four.

`implicit` counts a singular victim as one ("a farmer was killed"); a noun for a pair
(`data/group_sizes.csv`, a number: "couple") counts two, and a group noun with its size
after "of" (size ``of``: "a family of four", "a household of six") counts that size. Not
"a couple of hours" (no victim), "a family of farmers" (no number: one), nor a person
"of" a number ("a father of five", "a woman of 45": his children, her age).

>>> import analysis
>>> nlp = analysis.load_nlp()
>>> doc = nlp("Gunmen killed a couple and a family of five in Ituri.")
>>> group_size(doc[3]), group_size(doc[6]), group_size(doc[0])
(2, 5, 1)
"""

from types import MappingProxyType

from spacy.tokens import Token

from analysis.extract.casualties.numbers import parse_number
from analysis.rules import packaged_rows

_ROWS = packaged_rows("group_sizes")
FIXED = MappingProxyType({r["noun"]: int(r["size"]) for r in _ROWS if r["size"].isdigit()})
SIZED = frozenset(r["noun"] for r in _ROWS if r["size"] == "of")
_MAX_SIZE = 30  # a family or household, not a community


def group_size(token: Token) -> int:
    """The number of people a victim noun names (1 unless a pair or a sized group)."""
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if token.tag_ != "NN":
        return 1
    sizes = [
        parse_number(g.text) for c in of for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NUM"  # "of five": no noun, the number is pobj
    ]  # fmt: skip
    size = next((s for s in sizes if s is not None), None)
    noun = token.lemma_.lower()
    if size is not None and 1 < size <= _MAX_SIZE and noun in SIZED:
        return size
    return 1 if of else FIXED.get(noun, 1)


def sized_by_number(token: Token) -> bool:
    """Whether a group noun's size is a number word: "a family of four" is stated, not implicit."""
    return token.lemma_.lower() in SIZED and group_size(token) > 1
