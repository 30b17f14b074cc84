"""Departures that displace no one: an errand, cover under fire, advice not yet taken.

A flight word ("fled", "left for", "took shelter") gives no displaced row when:

- the departure is an errand: "for" a place that is neither a named place nor a refuge
  (`clauses.an_errand`: "the three men left for the market"); a refuge is told by a
  ``refuge_word`` of `data/casualty_terms.csv` ("left for temporary sites", "for
  evacuation centres", "for shelters run by the municipality");
- the shelter is cover, taken behind or under something (``cover_prep``): "two soldiers
  took shelter behind an armoured vehicle";
- it is advice: the flight is the infinitive of a verb of asking (``advice_verb``), so no
  one has gone yet: "asked shoppers to take shelter", "urged residents to flee" (an order
  to leave, "told 40 families to leave", is a term of its own); so is a hand-over to the
  police: "urged community leaders to hand suspects to the police" holds no one.

>>> import analysis
>>> nlp = analysis.load_nlp()
>>> doc = nlp("Two farmers took shelter behind a wall.")
>>> no_departure(doc[2], "displaced")
True
>>> no_departure(nlp("Some 3,000 villagers left for temporary sites.")[4], "displaced")
False
"""

from spacy.tokens import Token

from analysis.extract.casualties.clauses import an_errand
from analysis.rules import packaged_rows

_ROWS = packaged_rows("casualty_terms")
REFUGES = frozenset(r["term"] for r in _ROWS if r["kind"] == "refuge_word")
COVERS = frozenset(r["term"] for r in _ROWS if r["kind"] == "cover_prep")
ADVICE = frozenset(r["term"] for r in _ROWS if r["kind"] == "advice_verb")


def _to_refuge(verb: Token) -> bool:
    """A departure "for" a refuge: a refuge word in the words after "for"."""
    if verb.pos_ in {"NOUN", "PROPN"}:  # "the families [who] left for": the noun's clause
        verb = next((c for c in verb.children if c.dep_ in {"acl", "relcl"}), verb)
    return any(
        t.lemma_.lower() in REFUGES
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
        for t in c.subtree
    )  # fmt: skip


def _cover(verb: Token) -> bool:
    """Shelter taken behind or under something: on the verb or on its noun "shelter"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ in COVERS for h in heads for c in h.children)


def _advised(verb: Token) -> bool:
    """The flight is what someone is asked to do: "asked shoppers to take shelter".

    `verb` is the flight's infinitive or the asking verb the walk from its people reached.
    """
    if verb.lemma_.lower() in ADVICE:
        asked = [c for c in verb.children if c.dep_ == "xcomp"]
    else:
        asked = [verb] if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ADVICE else []
    return any(c.dep_ == "aux" and c.lower_ == "to" for v in asked for c in v.children)


def no_departure(token: Token, outcome: str) -> bool:
    """Whether the flight or hand-over word `token` moves no one (an errand, cover, advice).

    A hand-over (a detention) is checked for advice only.
    """
    if outcome != "displaced":
        return outcome == "detained" and _advised(token)
    return (an_errand(token) and not _to_refuge(token)) or _cover(token) or _advised(token)
