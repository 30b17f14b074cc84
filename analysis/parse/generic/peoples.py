"""Peoples whose young men fight: "clashes between Nuer and Dinka youths".

Coders name each people's armed young men its militia ("Nuer Ethnic Militia"), one
actor per people named before "youths", when they fight: "fighting between armed X and
Y youths", "X and Y youths clashed". The names are capitalised words before the noun,
joined by "and" or commas; a country's demonym ("Ghanaian youths") is no people's name,
and a known place is none either, unless the gazetteer holds the militia of a people
named with it ("Konkomba and Chamba youths": Chamba is a town in India, too).
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.country import sentence_of
from analysis.parse.generic.deeds import CLASH_VERBS, FIGHTING_PEOPLE, VIOLENT_VERBS
from analysis.parse.places import is_place

LINKS = frozenset({"and", ","})
# How coders name a people's militia, and the gazetteer's militias of peoples end.
ETHNIC = "Ethnic Militia"
# What the noun alone made of the young men, which their fight overrules.
CROWDS = frozenset({"civilians", "rioters", "protesters"})


def _names_before(token: Token, demonyms: dict[str, str], known: frozenset[str]) -> list[Token]:
    """The peoples' names just before a "youths" noun: "Nuer and Dinka youths"."""
    doc, names, i = token.doc, [], token.i - 1
    while i >= 0 and (doc[i].lower_ in LINKS or (doc[i].is_title and not doc[i].is_sent_start)):
        if doc[i].lower_ not in LINKS:
            names.append(doc[i])
        i -= 1
    people = any(f"{n.text} {ETHNIC}" in known for n in names)  # a people the gazetteer has
    if any(n.text in demonyms or (is_place(n.text) and not people) for n in names):
        return []  # the model's place tag is no test: it gives it to most peoples' names
    return sorted(names, key=lambda t: t.i)


def _in_a_fight(token: Token) -> bool:
    """Whether the sentence tells of fighting or killing ("clashes", "fighting", "killed")."""
    return any(
        t.lemma_.lower() in CLASH_VERBS | VIOLENT_VERBS or t.lower_ in CLASH_VERBS
        for t in sentence_of(token)
    )


def fighting_peoples(
    doc: Doc, spans: list[Span], demonyms: dict[str, str], known: frozenset[str]
) -> list[Span]:
    """One militia per people named before "youths" that fight (see the module docstring)."""
    taken = {i for s in spans if s.label_ not in ("person", "other") for i in range(s.start, s.end)}
    found, fighters = [], set()
    for token in doc:
        if token.lower_ not in FIGHTING_PEOPLE or not _in_a_fight(token):
            continue
        names = _names_before(token, demonyms, known)
        fighters.update([token.i] if names else [])
        for name in names:
            if name.i in taken:
                continue
            actor = f"{name.text} {ETHNIC}"
            found.append(Span(doc, name.i, name.i + 1, label="militia", kb_id=actor, span_id=actor))
    kept = [
        _as_militia(s) if s.end - 1 in fighters and s.label_ in CROWDS else s
        for s in spans
        if not any(s.start < f.end and f.start < s.end for f in found)
    ]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def _as_militia(span: Span) -> Span:
    """The peoples' "youths" themselves: their communal militia, of the span's country."""
    country = span.kb_id_[span.kb_id_.find("(") :] if "(" in span.kb_id_ else ""
    name = f"Communal Militia {country}".strip()
    return Span(span.doc, span.start, span.end, label="militia", kb_id=name, span_id=name)
