"""People a medic treats are wounded: "medics treated about 30 people" (`care_verb` rows).

People who come out of an event "with gunshot wounds" are wounded too (`with_wounds`), and
people held who are told wounded are a wounded row beside the detained one (`held_wounded`).
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
    injuries"); "treated for shock" is none. People "with wounds" (`with_wounds`) are
    wounded whether counted or not.
    """
    if with_wounds(anchor, triggers):
        return "wounded", False  # "a third was captured with gunshot wounds"
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


# Verbs whose people "with wounds" are often the dead: "a body was found with stab wounds".
_DEAD_FOUND = frozenset({"find", "recover", "discover", "dump"})


def with_wounds(role: Token, triggers: dict) -> bool:
    """People of a verb who come out of it with wounds: "a third was captured with gunshot wounds".

    The verb's subject or passive subject (`role`, after the conjuncts' first) has a
    "with" whose object is a wound trigger ("survived with gunshot wounds", "escaped with
    a bullet wound", "arrived with burns"). Not a body found so ("was found with stab
    wounds": often the dead), nor a negated verb.
    """
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    verb = role.head
    if role.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB" or negated(verb):
        return False
    if verb.lemma_.lower() in _DEAD_FOUND:
        return False
    return any(
        g.dep_ == "pobj" and triggers.get(g.i, ("",))[0] == "wounded"
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
    )  # fmt: skip


_STATE_DEPS = frozenset({"oprd", "advcl", "acomp", "xcomp"})


def _wound(token: Token, triggers: dict) -> bool:
    """Whether the token is a wound trigger: "wounded", "injured", "gunshot wounds"."""
    return triggers.get(token.i, ("",))[0] == "wounded"


def _taken_wounded(role: Token, verb: Token, triggers: dict) -> bool:
    """A wound word as the state people were taken in: "a third was arrested wounded".

    Right after the verb or the people ("captured a rebel injured"), with no subject or
    object of its own: not "arrested 14 members of a gang ... in which two people were
    killed and at least nine injured", where a parse hangs "injured" on "arrested".
    """
    return any(
        c.dep_ in _STATE_DEPS and _wound(c, triggers) and c.i in {verb.i + 1, role.i + 1}
        and not any(g.dep_ in {"nsubj", "nsubjpass", "dobj"} for g in c.children)
        for c in verb.children
    )  # fmt: skip


def _custody_with_wounds(verb: Token, triggers: dict) -> bool:
    """A "with" wound on the verb's place of custody: "taken into custody with gunshot wounds"."""
    return any(
        _wound(w, triggers)
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
        for g in c.children if g.dep_ == "pobj"
        for p in g.children if p.dep_ == "prep" and p.lower_ == "with"
        for w in p.children if w.dep_ == "pobj"
    )  # fmt: skip


def held_wounded(role: Token, triggers: dict) -> bool:
    """People held who are told wounded: "a wounded gunman was captured".

    Coders count them wounded and detained (wounded attackers captured are two rows). The
    people (`role`) have a wound word as their adjective ("a wounded gunman", "three injured
    militiamen"), or, for the conjuncts' first, the verb has one as the state they were
    taken in (`_taken_wounded`), or they come out "with wounds" (`with_wounds`,
    `_custody_with_wounds`). Not under a negated verb. A clause ("a rebel wounded in the
    clash") is left out: in lists such as "about 300 injured and 50 arrested" the parse
    hangs the first item's verb on the noun.
    """
    if any(c.dep_ == "amod" and _wound(c, triggers) for c in role.children):
        return True  # its own adjective: not "two wounded soldiers and five civilians"
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    verb = role.head
    if role.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.pos_ != "VERB" or negated(verb):
        return False
    return (
        _taken_wounded(role, verb, triggers)
        or with_wounds(role, triggers)
        or _custody_with_wounds(verb, triggers)
    )
