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

A beating verb (kind ``beating``: "beat", "whip", "flog") wounds its people with no
mark, its passive subject or its object alike ("men beat a farmer and his son", "a
guard was beaten"): not with a particle ("soldiers beat back the attack"), nor a win in a
contest (kind ``contest``: "beat the incumbent by 2,000 votes", "in the final"), nor
a lynching's beating (a conjunct of kind ``burning``: "were beaten and set alight by a
mob"), whose deaths and wounds are told on their own.

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
BEATINGS = frozenset(r["word"] for r in _ROWS if r["kind"] == "beating")
CONTESTS = frozenset(r["word"] for r in _ROWS if r["kind"] == "contest")
BURNINGS = frozenset(r["word"] for r in _ROWS if r["kind"] == "burning")
_MARKS = {"by": MISSILES, "with": MISSILES, "in": BODY_PARTS, "on": BODY_PARTS}


def _marked(verb: Token) -> bool:
    """A missile after "by"/"with", a body part after "in"/"on", or a missile as subject."""
    if _missile_subject(verb):
        return True
    for child in verb.children:
        words = _MARKS.get(child.lower_) if child.dep_ in {"prep", "agent"} else None
        if words and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in child.children):
            return True
    return False


def _struck(verb: Token, rules: Rules) -> bool:
    """Whether the verb's passive subject is people.

    Not an active verb's object: "the robbers fired, hitting both men in the chest" tells
    again how the people of the sentence before were shot; unless the missile is the
    subject ("a stray bullet hit a girl"), which tells the blow itself.
    """
    roles = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if _missile_subject(verb):  # "a stray bullet hit a girl": the blow told the first time
        roles += [c for c in verb.children if c.dep_ == "dobj"]
    return any(person_like(r, rules, {}) for r in roles)


def _missile_subject(verb: Token) -> bool:
    """An active blow whose subject is the missile: "a stray bullet hit a girl"."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in MISSILES for c in verb.children)


def _contest(verb: Token) -> bool:
    """A win, not a beating: a contest word after "by" or "in" ("by 2,000 votes")."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in CONTESTS
        for c in verb.children if c.dep_ == "prep" and c.lower_ in {"by", "in"}
        for g in c.children
    )  # fmt: skip


_THEM = frozenset({"them", "him", "her"})


_FLAMES = frozenset({"alight", "ablaze", "fire"})  # "set alight", parsed as an object


def _burns_them(verb: Token) -> bool:
    """A burning verb whose people are the beaten: "set alight", "set them on fire".

    Not a burning of things: "set fire to two patrol cars and beat two men".
    """
    if verb.lemma_.lower() not in BURNINGS:
        return False
    burnt = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in _FLAMES]
    burnt += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]  # fmt: skip  ("set fire to two cars")
    return all(b.lower_ in _THEM for b in burnt)


def _beaten(verb: Token, rules: Rules) -> bool:
    """Whether a beating verb, with no particle, has people as passive subject or object."""
    if any(c.dep_ == "prt" for c in verb.children) or _contest(verb):
        return False  # "beat back the attack", "beat off the raiders"
    if any(t.lower_ == "death" and t.head.lower_ == "to" for t in verb.subtree):
        return False  # "beat two men suspected of theft to death": a killing
    if any(_burns_them(c) for c in verb.conjuncts):
        return False  # "beaten and set alight by a mob": a lynching, its toll told apart
    roles = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    return any(person_like(r, rules, {}) or r.like_num for r in roles)


def _wounds(verb: Token, rules: Rules) -> bool:
    """A blow verb with a mark and people struck, or a beating of people."""
    lemma = verb.lemma_.lower()
    if lemma in BEATINGS and _beaten(verb, rules):
        return True
    return lemma in VERBS and _marked(verb) and _struck(verb, rules)


def blows(doc: Doc, rules: Rules) -> dict[int, tuple[str, bool]]:
    """Token index of each blow verb that wounds people -> ("wounded", False)."""
    return {
        verb.i: ("wounded", False)
        for verb in doc
        if verb.pos_ == "VERB" and not any(c.dep_ == "neg" for c in verb.children)
        and _wounds(verb, rules)
    }  # fmt: skip
