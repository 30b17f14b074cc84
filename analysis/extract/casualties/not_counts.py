"""Numbers a sentence itself says count nobody: a rejected figure, an age, a region's tally.

Three shapes recur across report styles and places (HC32's census of open sets 1-17):

- ``rejected``: the figure a correction sets aside, after "not" between commas: "two
  dead, not three", "one man, not two, died", "Two people, not three as first reported,
  were killed". The kept figure is the toll; the rejected one is nobody's;
- ``age``: an age said of one of a group ("one of them, 20, died", "the other, 17,") or
  an age range after "range in age" ("the wounded range in age from 16 to 44");
- a region's forces' tally: "police in the state killed more than 1,500 people last
  year", "officers in Rio de Janeiro state killed 699 people in 2024" count the killings
  of every force of an area over a period, a statistic and no incident's toll
  (`regional_doer`, read by `tallies.statistic` once the sentence is dated by a period).
"""

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.terms import Rules
from analysis.extract.doc import actor_spans

_MAX_AGE = 110
_ONE = frozenset({"one", "other", "another"})  # one person of a group: "one of them, 20,"
_AREA_PREPS = frozenset({"in", "across", "throughout"})
_BEFORE_NOT = frozenset({",", "and", "but"})  # "two dead, not three", "two died and not three"
_FORCES = "state_forces"  # the actor type of a state's police, army and security forces


def rejected(span: Span, _: Rules) -> bool:
    """The figure a correction sets aside: ", not three," after the kept figure.

    "not" right before the number (no qualifier between), a comma, "and" or "but" before
    "not", and the number hangs on the kept figure's noun, number or verb ("two dead, not
    three", "saying two men died and not three").
    """
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "not":
        return False
    if doc[span.start - 2].lower_ not in _BEFORE_NOT:
        return False
    root = span.root
    return span[0].like_num and root.dep_ in {"appos", "conj", "npadvmod", "nummod", "dep"}


def age_of_one(span: Span, _: Rules) -> bool:
    """An age between commas said of one person of a group: "one of them, 20, died".

    The number is an apposition to "one", "the other" or "another", which count one
    person each, so the bare number beside them is the person's age.
    """
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text not in {",", ";", "."}:
        return False
    root = span.root
    small = span.text.isdigit() and int(span.text) <= _MAX_AGE
    return small and root.dep_ == "appos" and root.head.lower_ in _ONE


def age_range(span: Span, _: Rules) -> bool:
    """An age range after "range in age" or "ranging in age": "range in age from 16 to 44".

    "age" after "in" a few words before the number, on a word the number hangs from (the
    words before it only: a list's verb may hold thousands of children).
    """
    doc = span.doc
    above = set()
    head = span.root
    for _step in range(4):
        above.add(head.i)
        head = head.head
    window = doc[max(span.start - _AGE_WINDOW, 0) : span.start]
    return any(
        t.lemma_.lower() == "age" and t.head.lower_ == "in" and t.head.head.i in above
        for t in window
    )


_AGE_WINDOW = 6


def _placed(noun: Token, rules: Rules) -> bool:
    """A noun set in an area: "police in the state", "officers in Bahia" (`scope_noun`)."""
    return any(
        grand.dep_ == "pobj"
        and (
            grand.ent_type_ in {"GPE", "LOC"}
            or grand.lemma_.lower() in rules.scope_nouns
            or any(c.ent_type_ in {"GPE", "LOC"} for c in grand.children)
        )
        for child in noun.children if child.dep_ == "prep" and child.lower_ in _AREA_PREPS
        for grand in child.children
    )  # fmt: skip


class _Forces:
    """Token indices inside a state-forces actor mention of the last Doc asked about."""

    doc: Doc | None = None
    tokens: frozenset[int] = frozenset()


_LAST = _Forces()


def _force(token: Token) -> bool:
    """Whether the word is in a mention of a state's forces ("police", "security forces")."""
    doc = token.doc
    if _LAST.doc is not doc:
        spans = [s for s in actor_spans(doc) if s.label_ == _FORCES]
        _LAST.doc, _LAST.tokens = doc, frozenset(i for s in spans for i in range(s.start, s.end))
    return token.i in _LAST.tokens


def regional_doer(verb: Token, rules: Rules) -> bool:
    """Whether the doer of a dated killing is every force of an area: "police in the state".

    The active subject ("police in Bahia killed 1,556 people last year") or the agent of a
    passive ("were killed by police officers in Rio de Janeiro state last year") is a
    state's force (an actor mention of type state_forces) set in an area by "in", "across"
    or "throughout". A force named without its area ("the militia has killed 40 villagers
    this year") is a campaign's doer, and a crowd or a gang in a place ("lynched by a mob in
    Alwar in 2018") one incident's: both stay tolls.
    """
    while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [c for d in doers for c in d.children if c.dep_ == "conj"]  # "police and soldiers"
    return any(_force(d) and _placed(d, rules) for d in doers)
