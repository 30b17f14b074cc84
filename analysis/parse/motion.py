"""Where people and things move: the start and the end of a motion are places, not parties.

"Thousands fled to Chad", "refugees crossed from South Sudan", "jihadist groups expanded
from Mali into Benin", "flights to Ethiopia": where a motion ends or starts is a place when
what moves is people, a group or violence; aid or weapons that "came from Iran", or
troops a state sends, are a state's deed. The verbs and nouns are in
`data/place_words.csv` (motion, convey, mover, travel). Split from
`analysis.parse.context` (one module per concern, each under 400 lines).
"""

from spacy.tokens import Doc, Token

from analysis.parse.place_clues import (
    CONFLICTS,
    CONVEY_VERBS,
    EVENT_WORDS,
    GENERIC_NOUNS,
    MOTION_VERBS,
    MOVERS,
    PERSON_NOUNS,
    TRAVEL,
    is_violence,
    over_modifiers,
)  # fmt: skip


def motion_to(preposition: Token) -> bool:
    """Whether a preposition ends or crosses a motion: "fled to", "moved weapons through"."""
    head = preposition.head
    if head.dep_ in ("advmod", "prt", "acomp") and head.head.i != head.i:
        head = head.head
    if head.i == preposition.i:
        return False
    if head.pos_ == "NOUN" and head.lemma_.lower() in TRAVEL:
        return True  # "flights to Ethiopia", "the route to Libya"
    if head.lemma_.lower() in CONVEY_VERBS:  # "sent troops to X", not "sent a letter to X"
        return people_move(head, deps=("dobj", "nsubjpass"))
    return head.lemma_.lower() in MOTION_VERBS


# Prepositions that end or cross a motion ("fled to", "moved the weapons through",
# "fled towards X": the direction is a place, which `extract.setting.where` keeps as where
# people went unless those who went are the attackers).
MOTION_PREPOSITIONS = frozenset({"to", "through", "via", "toward", "towards"})


def names_origin(doc: Doc, start: int) -> bool:
    """Whether "from" ties the name to a noun before it: "a peacekeeper from Rwanda".

    Where someone comes from is a place; "fled from", "a statement from" aside, a state
    that acts is the subject or agent of its verb. People said to be from a land ("the
    fighters were mostly from Niger", "several of the dead were from Guinea") are from there,
    and so is fire ("shells fired from the DRC": where the guns stood, not who fired them).
    """
    token = doc[start]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head  # "South" of "South Sudan": the name's own head
    if token.dep_ == "conj" and token.head.i < token.i:  # "from South Sudan and Congo"
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        start = token.left_edge.i
    place = doc[start].ent_type_ in ("GPE", "LOC")  # "from the Philippines": over "the"
    start = over_modifiers(doc, start, articles=place)  # "crossed from neighbouring Turkana"
    if start == 0 or doc[start - 1].lower_ != "from":
        return False
    head = doc[start - 1].head
    if head.pos_ == "VERB" and head.lemma_.lower() in EVENT_WORDS:
        return True  # "shells fired from Congo", "rockets launched from Lebanon": where from
    if head.pos_ == "VERB" and head.lemma_.lower() in MOTION_VERBS:
        return people_move(head)  # "refugees crossed from South Sudan": where they were
    if head.pos_ == "VERB" and head.lemma_.lower() in CONVEY_VERBS:  # "to bring his wife from
        # X"; "young men recruited from X", whom the parser may make the verb's subject
        return people_move(head, deps=("dobj", "nsubjpass", "nsubj"))
    if head.lemma_.lower() == "be":
        return people_move(head, deps=("nsubj",))
    return head.pos_ in ("NOUN", "PROPN") and head.i < start - 1 and head.ent_type_ != "ORG"


def people_move(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass", "dobj")) -> bool:
    """Whether a verb of motion moves people ("refugees fled", "gunmen came", "were evacuated").

    Aid or weapons that "came from Iran" are a state's deed: only people moving make the
    name after "from" the place they left, and so do groups ("jihadist groups expanded
    from Mali", "the ADF moved from Uganda") and violence ("the fighting spread from X").
    `deps`: where the people stand ("sent troops").
    """
    if verb.dep_ in ("acl", "relcl") and not any(c.dep_ in deps for c in verb.children):
        return _moves(verb.head)  # "gunmen coming from Mali": the noun the clause qualifies
    if verb.dep_ == "xcomp" and not any(c.dep_ in deps for c in verb.children):
        return people_move(verb.head, deps)  # "the attackers, believed to have crossed from"
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i
        and not any(c.dep_ in deps for c in verb.children)
    ):  # "fired at migrants crossing from Yemen": the noun the participle follows
        return verb.doc[verb.i - 1].pos_ == "NOUN" and _moves(verb.doc[verb.i - 1])
    return any(c.dep_ in deps and _moves(c) for c in verb.children)


def _moves(noun: Token) -> bool:
    """People, a group or violence, or a part of them ("many of the displaced")."""
    if {noun.lower_, noun.lemma_.lower()} & (PERSON_NOUNS | GENERIC_NOUNS | MOVERS | CONFLICTS):
        return True
    if (noun.pos_ == "PRON" and noun.lower_ != "it") or is_violence(noun):
        return True
    if noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "NORP"):
        return True  # "the ADF moved from Uganda"
    parts = (g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return any({g.lower_, g.lemma_.lower()} & (PERSON_NOUNS | GENERIC_NOUNS) for g in parts)
