"""A blow that names what struck or where: "a gendarme was hit by a stone" is a wound.

A blow verb (`data/blows.csv`, kind ``verb``: "hit", "strike", "cut", "chop") whose
people are struck by a missile or blade (kind ``missile``: "by a stone", "with a
cutlass") or in a body part (kind ``body_part``: "on the arm", "in the leg") wounds them:
"a cashier was cut on the arm", "two officers were pelted with stones". The people are
the verb's passive subject, a person noun (`people.person_like`); an active verb's object
is often the people of a shooting told before ("fired, hitting both men in the chest"),
and is left out. A thing struck ("the convoy was hit by a roadside bomb", "the
power was cut") or a blow with neither mark ("a bus hit a lorry") wounds no one, and a
killing said of the same people stays theirs ("was struck by a bullet and killed").

>>> import analysis
>>> from analysis.extract.casualties.terms import compiled_rules
>>> from analysis.rules import RuleSet
>>> nlp = analysis.load_nlp()
>>> rules = compiled_rules(nlp.vocab, RuleSet())
>>> blows(nlp("A policeman was hit by a stone in Accra."), rules)
{3: ('wounded', False)}
>>> blows(nlp("The convoy was hit by a stone in Accra."), rules)
{}
"""

from spacy.tokens import Doc, Token

from analysis.extract.casualties.people import person_like
from analysis.extract.casualties.terms import Rules
from analysis.rules import packaged_rows

_ROWS = packaged_rows("blows")
VERBS = frozenset(r["word"] for r in _ROWS if r["kind"] == "verb")
MISSILES = frozenset(r["word"] for r in _ROWS if r["kind"] == "missile")
BODY_PARTS = frozenset(r["word"] for r in _ROWS if r["kind"] == "body_part")
_MARKS = {"by": MISSILES, "with": MISSILES, "in": BODY_PARTS, "on": BODY_PARTS}


def _marked(verb: Token) -> bool:
    """A missile after "by"/"with" or a body part after "in"/"on"."""
    for child in verb.children:
        words = _MARKS.get(child.lower_) if child.dep_ in {"prep", "agent"} else None
        if words and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in child.children):
            return True
    return False


def _struck(verb: Token, rules: Rules) -> bool:
    """Whether the verb's passive subject is people.

    Not an active verb's object: "the robbers fired, hitting both men in the chest" tells
    again how the people of the sentence before were shot.
    """
    roles = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(person_like(r, rules, {}) for r in roles)


def blows(doc: Doc, rules: Rules) -> dict[int, tuple[str, bool]]:
    """Token index of each blow verb with a mark and people struck -> ("wounded", False)."""
    return {
        verb.i: ("wounded", False)
        for verb in doc
        if verb.pos_ == "VERB" and verb.lemma_.lower() in VERBS
        and not any(c.dep_ == "neg" for c in verb.children)
        and _marked(verb) and _struck(verb, rules)
    }  # fmt: skip
