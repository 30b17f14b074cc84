"""Lists of names after a locative preposition: a name beside a known town is a town too.

"fled towards Hinche and Lascahobas", "families moved to Kalemie and Nyunzu", "near Gao
and Tessit": a list that a locative preposition opens ("towards", "to", "near", "from";
`data/locative_prepositions.csv`, place of an actor) lists places when another of its
names is a town or an area the place index knows, whatever tag the model gave that name
(it tags many towns an organisation). `place_roles.listed_with_a_place` reads lists with
no preposition and trusts the model's tags; this reads the preposition's list with the
index. A country in the list is no clue (a country may be a party: "talks with Sudan and
X"), and neither is a name the model tags as a person named in full.
"""

from spacy.tokens import Doc, Token

from analysis.parse.place_clues import span_root
from analysis.parse.places import LOCATIVE_PREPOSITIONS, is_country, is_place
from analysis.parse.spans import MODEL_SPANS_KEY


def _name(doc: Doc, member: Token) -> str:
    """The words of a list member: the model's entity over it, else its left compounds."""
    for ent in doc.spans.get(MODEL_SPANS_KEY, []):
        if ent.start <= member.i < ent.end:
            return "" if ent.label_ == "PERSON" and len(ent) > 1 else ent.text
    first = member.i
    while (
        first > 0
        and doc[first - 1].dep_ in ("compound", "flat")
        and doc[first - 1].head.i == member.i
    ):
        first -= 1
    return doc[first : member.i + 1].text


def listed_after_a_locative(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is in a list a locative preposition opens, beside an indexed town."""
    first = span_root(doc, start, end)
    if first.dep_ != "pobj" or first.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    members = [first, *first.conjuncts]
    if len(members) < 2 or any(m.pos_ != "PROPN" for m in members):
        return False
    names = [_name(doc, m) for m in members if not start <= m.i < end]
    return any(name and not is_country(name) and is_place(name) for name in names)
