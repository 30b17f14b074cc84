"""People a medic treats are wounded: "medics treated about 30 people" (`care_verb` rows).

Split from `outcome`, which asks here when no trigger word names a figure's outcome.
"""

from spacy.tokens import Token

from analysis.extract.casualties.clauses import negated
from analysis.extract.casualties.numbers import VAGUE
from analysis.extract.casualties.terms import Rules


def _counted(anchor: Token) -> bool:
    """A figure's counted words: a number, "dozens of", or a noun with a number of its own."""
    return (
        anchor.pos_ == "NUM" or anchor.lower_ in VAGUE
        or any(c.dep_ in {"nummod", "quantmod"} for c in anchor.children)
    )  # fmt: skip


def cared_for(anchor: Token, triggers: dict, rules: Rules | None) -> tuple | None:
    """People a medic treats are wounded: "medics treated about 30 people" (`care_verb`).

    The object of the care verb, its passive subject ("six were treated at the scene"),
    or the subject of a verb whose object is a care noun ("15 people received
    treatment"), counted by a number: a victim restated without one ("the wounded deputy was
    treated") adds no one. A reason after "for" must be a wound word ("treated for
    injuries"); "treated for shock" is none.
    """
    role = anchor
    while role.dep_ in {"conj", "prep", "pobj"} and role.head != role and role.head.pos_ != "VERB":
        role = role.head  # "dozens of people": the number stands for the people
    verb = role.head
    if rules is None or not _counted(anchor) or negated(verb):
        return None
    care = verb if role.dep_ in {"dobj", "nsubjpass"} else None
    if role.dep_ == "nsubj":  # "15 people received treatment for injuries": a care noun
        care = next((c for c in verb.children if c.dep_ == "dobj"), None)
        given = [c for h in (verb, care) if h is not None for c in h.children]
        if any(c.dep_ in {"dative", "prep"} and c.lower_ == "to" for c in given):
            return None  # "three medics gave treatment to the wounded": they give it
    if care is None or care.lemma_.lower() not in rules.care_verbs:
        return None
    reasons = [
        g for h in {care, verb} for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    if any(g.i not in triggers for g in reasons):
        return None
    return "wounded", False
