"""People: whether a figure's noun counts people, from the person list, entities and parse.

A noun counts people when it is a person word, a nationality or a plural name
(`is_person`), a named group's members with an outcome on them, a noun a named group
modifies, or a noun with an agentive ending (`person_like`); the parse says so too when
the noun is the one a killing or wounding verb happens to (`hurt_role`) or the subject of
dying (`undergoes`). Split from `outcome`, which decides what happened to them.
"""

from spacy.tokens import Token

from analysis.extract.casualties.numbers import VAGUE
from analysis.extract.casualties.terms import Rules
from analysis.extract.casualties.who.words import words
from analysis.rules import packaged_rows

# Killing verbs whose object is as often a thing: "lost 12 men" but "lost 12 tanks".
TAKES_THINGS = frozenset({"lose"})
# Verbs whose object is people only (`data/arrest_verbs.csv`): "arrested 15 fans".
ARRESTS = frozenset(row["verb"] for row in packaged_rows("arrest_verbs"))


def is_person(token: Token, rules: Rules) -> bool:
    """Whether a noun counts people: a person word, a nationality ("Syrians") or a plural name."""
    return (
        token.lemma_.lower() in rules.persons
        or token.lower_ in rules.persons
        or token.ent_type_ == "NORP"
        or token.tag_ == "NNPS"
    )


def _agentive(token: Token, rules: Rules) -> bool:
    """A noun with a person-like ending ("vaccinators", "rangers"), read as people in context.

    Not a `not_person` noun ("number", "border", "quarter").
    """
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN" and lemma not in rules.non_persons
        and any(lemma.endswith(s) for s in rules.person_suffixes)
    )  # fmt: skip


def hurt_role(token: Token, triggers: dict, *, objects: bool = True) -> bool:
    """Whether a noun is the one a killing or wounding verb happens to.

    The passive subject ("a ranger was killed") or, with `objects`, the object ("beat two
    thieves to death") of a killing or wounding trigger: what is killed or hurt is a person
    (animals are `not_person` rows), the parse's signal of humanness for nouns outside the
    person list. Not for displaced, nor for detained by a verb that takes things too: "the
    truck was captured", "the village was evacuated"; an arrest verb (`ARRESTS`: "police
    detained 15 fans") takes only people, counted by a number (not "detained the cargo of
    two ships"). A conjunct takes the role of the first item of its coordination. A clause
    whose auxiliary is left out is passive too: "two were killed and five gendarmes
    injured", parsed with the participle as the noun's own clause or its verb (`gapped`).
    """
    if gapped(token, triggers):
        return True
    role = token
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    deps = {"nsubjpass", "dobj"} if objects else {"nsubjpass"}
    head = role.head
    if head.lemma_.lower() in TAKES_THINGS:
        return False
    if objects and dead_object(role):  # "shot dead/prep a guard/pobj"
        return head.i in triggers and triggers[head.i][0] == "killed"
    if role.dep_ in deps and head.lemma_.lower() in ARRESTS and head.i in triggers:
        return any(c.dep_ == "nummod" for c in token.children)  # "detained 15 fans", counted
    return role.dep_ in deps and head.i in triggers and triggers[head.i][0] in {"killed", "wounded"}


def gapped(token: Token, triggers: dict) -> bool:
    """A noun with a killing or wounding participle and no auxiliary: "five gendarmes injured".

    The participle is the noun's clause after it (acl) or its verb (nsubj). It has no
    object and no auxiliary: "gendarmes have injured two" does.
    """
    verbs = [c for c in token.children if c.dep_ == "acl" and c.i == token.i + 1]
    if token.dep_ == "nsubj" and token.head.i > token.i:
        verbs.append(token.head)
    return any(
        v.tag_ == "VBN" and v.i in triggers and triggers[v.i][0] in {"killed", "wounded"}
        and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in v.children)
        for v in verbs
    )  # fmt: skip


_UNDERGONE = frozenset({"killed", "wounded"})
# How the parse can hang the victim of "shot dead a guard" on "dead" instead of the verb.
_DEAD_AS_HEAD = frozenset({"prep", "ROOT", "acomp", "advmod", "oprd"})


def dead_object(token: Token) -> bool:
    """The victim of "shot dead X" that the parse hangs on "dead", the verb's object in truth.

    "A gunman shot dead/prep a guard/pobj", "men on a motorcycle shot/NN dead/ROOT a
    shopkeeper/dobj": the guard and the shopkeeper are killed, and the men who shot do
    the deed (`dead_objects`).
    """
    head = token.head
    return (
        token.dep_ in {"pobj", "dobj"} and head.lower_ == "dead" and head.i < token.i
        and head.dep_ in _DEAD_AS_HEAD
    )  # fmt: skip


def dead_objects(verb: Token) -> list[Token]:
    """The objects of "shot dead" hung on "dead": on a child of the verb or the verb itself."""
    heads = [verb, *(c for c in verb.children if c.lower_ == "dead")]
    return [g for head in heads for g in head.children if dead_object(g)]


def state_after_object(verb: Token, triggers: dict) -> tuple | None:
    """The state a verb leaves its objects in, hung by the parse on the last of them.

    "Fighting left a trader and a teacher dead" can parse "dead" as a modifier after
    "teacher" rather than the verb's complement: it is the state of both.
    """
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (obj, *obj.conjuncts):
            for mod in noun.rights:
                if mod.dep_ == "amod" and mod.i in triggers and mod.tag_ in {"JJ", "VBN"}:
                    return triggers[mod.i]
    return None


def vague_people(anchor: Token) -> Token | None:
    """The people a vague quantity counts, named after "of" with no determiner.

    "reported dozens of civilians killed": the outcome hangs on "civilians", not on
    "dozens" (not "dozens of the wounded": a part of others).
    """
    if anchor.lower_ not in VAGUE or anchor.pos_ != "NOUN":
        return None
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in prep.children:
            if noun.dep_ == "pobj" and not any(c.dep_ in {"det", "poss"} for c in noun.lefts):
                return noun
    return None


def undergoes(token: Token, triggers: dict) -> bool:
    """The subject of an outcome it undergoes, with no object: "Eight Houthis died".

    Dying or being "among the dead" happens to people (animals are `not_person` rows),
    so the parse says a name counted this way is a group's members, whatever the entity
    label. A conjunct takes the role of the first item ("two soldiers and three PDF died").
    """
    role = token
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    head = role.head
    if role.dep_ != "nsubj" or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in head.children):
        return False
    if head.pos_ == "VERB" and head.i in triggers:
        return triggers[head.i][0] in _UNDERGONE
    among = [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "among"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return head.lemma_ == "be" and any(
        g.i in triggers and triggers[g.i][0] in _UNDERGONE for g in among
    )


def named_members(token: Token, triggers: dict) -> bool:
    """Members of a named group with an outcome on them: "four Boko Haram dead"."""
    return token.ent_type_ in {"ORG", "NORP"} and any(
        child.dep_ in {"amod", "acl"} and child.i in triggers for child in token.children
    )


def person_like(token: Token, rules: Rules, triggers: dict) -> bool:
    """Humanness from the parse and the entities, not only the person list.

    A noun is people when it is a person word, a nationality or plural name (`is_person`),
    a named group's members with an outcome ("four Boko Haram dead"), a noun modified by a
    named organisation or nationality ("a CRPF jawan", "a MINUSCA peacekeeper") or a noun
    with an agentive ending ("-er", "-ist", "-man": `person_suffix` rows).
    """
    if is_person(token, rules) or named_members(token, triggers) or _agentive(token, rules):
        return True
    return token.pos_ == "NOUN" and any(
        child.dep_ in {"compound", "amod", "nmod"} and child.ent_type_ in {"ORG", "NORP"}
        for child in token.lefts
    )


def listed_among_things(noun: Token, rules: Rules, triggers: dict) -> bool:
    """An outcome noun after "including" a noun that is neither people nor an outcome.

    "Involved in more than 15 cases, including three murders": the murders are cases.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "including" or prep.head.pos_ != "NOUN":
        return False
    things = prep.head
    if things.i in triggers or things.lemma_.lower() in words("event_word") | words("agent"):
        return False  # "several attacks, including two killings": the attacks killed
    return not person_like(things, rules, triggers)


def captured_fighters(anchor: Token, rules: Rules) -> bool:
    """Members of an armed side taken by force: "seized two of the attackers" are detained.

    Captured attackers are held, not abducted (the first set's convention 8): the counted
    noun, or the noun after "of", is a `generic_actors` noun of an armed group ("gunmen",
    "bandits", "attackers"); "gunmen seized two soldiers" stays an abduction.
    """
    nouns = [anchor] + [
        g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return any(
        n.lower_ in rules.fighters or f"{n.lemma_.lower()}s" in rules.fighters for n in nouns
    )
