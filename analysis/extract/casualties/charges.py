"""An active charge, or a hold for questioning, holds its people: "Police charged two men".

The passive is a trigger of its own (`casualty_terms.csv`: "two men were charged over the
attack"); the active verb is not, since police also charge at a crowd ("riot police
charged the protesters"). A charge verb (`data/charges.csv`, kind ``verb``: "charge",
"indict") holds its direct object when the object is people (`people.person_like`, or a
number whose noun is) and the verb names what they are charged with or over (kind
``prep``: "charged a 23-year-old man with murder", "charged two men over a brawl"), unless
that "with" names the means of a police charge (kind ``means``: "charged the crowd with
horses", or a missile of `data/blows.csv`: "with batons"). A holding verb (kind
``questioning_verb``: "hold", "keep") holds its object when it is "for questioning" (kind
``questioning``): "Police held three men for questioning" (set 20).

>>> import analysis
>>> from analysis.extract.casualties.terms import compiled_rules
>>> from analysis.rules import RuleSet
>>> nlp = analysis.load_nlp()
>>> rules = compiled_rules(nlp.vocab, RuleSet())
>>> charges(nlp("Police charged two men over the fight."), rules)
{1: ('detained', False)}
>>> charges(nlp("Riot police charged the protesters with batons."), rules)
{}
"""

from spacy.tokens import Doc, Token

from analysis.extract.casualties.blows import MISSILES
from analysis.extract.casualties.people import person_like
from analysis.extract.casualties.terms import Rules
from analysis.rules import packaged_rows

_ROWS = packaged_rows("charges")
VERBS = frozenset(r["word"] for r in _ROWS if r["kind"] == "verb")
PREPS = frozenset(r["word"] for r in _ROWS if r["kind"] == "prep")
HOLDING = frozenset(r["word"] for r in _ROWS if r["kind"] == "questioning_verb")
QUESTIONING = frozenset(r["word"] for r in _ROWS if r["kind"] == "questioning")
MEANS = frozenset(r["word"] for r in _ROWS if r["kind"] == "means") | MISSILES
_HELD = ("detained", False)


def _people(verb: Token, rules: Rules) -> bool:
    """Whether the verb's direct object is people counted: "a 23-year-old man", "two men".

    A bare plural or a definite noun is left out: "police charged protesters", "charged
    the crowd" are a charge at people more often than a charge brought.
    """
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.like_num and obj.pos_ == "NUM":  # "charged two over the attack"
            return True
        counted = any(
            c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"})
            for c in obj.children
        )  # fmt: skip
        if counted and person_like(obj, rules, {}):
            return True
    return False


def _objects(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _charged(verb: Token) -> bool:
    """The verb names a charge: a prep of kind ``prep`` whose object is no police means.

    The prep hangs on the verb or on its object ("charged a 35-year-old trader with
    robbery", where the parse makes "with robbery" the trader's).
    """
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PREPS]
    for prep in preps:
        objects = _objects(prep)
        if prep.lower_ == "in" and not any(o.lower_ == "connection" for o in objects):
            continue  # "in connection with the fire", not "charged two men in the square"
        if prep.lower_ == "with" and any(o.lemma_.lower() in MEANS for o in objects):
            return False
        if objects:
            return True
    return False


def for_questioning(verb: Token) -> bool:
    """The verb's "for questioning": "held three men for questioning"."""
    return any(
        o.lower_ in QUESTIONING
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
        for o in _objects(c)
    )  # fmt: skip


def charges(doc: Doc, rules: Rules) -> dict[int, tuple[str, bool]]:
    """Token index of each active charge or questioning verb holding people -> detained."""
    found: dict[int, tuple[str, bool]] = {}
    for token in doc:
        if token.pos_ != "VERB" or (token.tag_ == "VBN" and _passive(token)):
            continue
        lemma = token.lemma_.lower()
        charged = lemma in VERBS and _charged(token)
        if (charged or (lemma in HOLDING and for_questioning(token))) and _people(token, rules):
            found[token.i] = _HELD
    return found


def _passive(verb: Token) -> bool:
    """A passive verb (its own trigger row holds its subject)."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
