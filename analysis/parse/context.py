"""Where a name stands in its sentence: as a place ("in northern Borno") or as an agent.

A country, a capital or an unknown name the model tags as a person is an actor only when
the sentence makes it act. These checks read the words around the name and the parse:
a locative preposition before it (over adjectives and articles: "in northern Mali", "near
the Bari"), an administrative word after it ("Bari region") or governing it ("Niger's
Tillabéri region", "the town of Bambo"), or a place that it is coordinated with.
"""

from spacy.tokens import Doc, Token

from analysis.parse.placenames import ADMIN_WORDS, LOCATIVE_PREPOSITIONS, STRONG_LOCATIVES

# Dependency labels of a name that does something: "Baghdad said", "by Moscow".
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
# Words that may stand between a locative preposition and its place.
PLACE_MODIFIER_POS = frozenset({"DET", "ADJ", "PUNCT"})


def _root(doc: Doc, start: int, end: int) -> Token:
    """The span's syntactic head, climbing out of coordination ("in Gao and Menaka")."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def after_preposition(doc: Doc, start: int, *, strong: bool) -> bool:
    """Whether a locative preposition comes just before, over articles and adjectives.

    `strong` leaves out prepositions that also introduce people ("to", "from", "via").
    """
    prepositions = STRONG_LOCATIVES if strong else LOCATIVE_PREPOSITIONS
    i = start - 1
    while i >= 0 and doc[i].pos_ in PLACE_MODIFIER_POS and doc[i].text not in (",", ";"):
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in prepositions:
        return True
    return doc[i].lower_ == "of" and i >= 1 and doc[i - 1].lower_ in ADMIN_WORDS


def in_place_context(doc: Doc, start: int, end: int, *, strong: bool = True) -> bool:
    """Whether the name at ``doc[start:end]`` is used as a place, not as an actor."""
    if after_preposition(doc, start, strong=strong):
        return True
    if end < len(doc) and doc[end].lower_ in ADMIN_WORDS:
        return True  # "Bari region", "Kaduna State"
    root = _root(doc, start, end)
    head = root.head
    prepositions = STRONG_LOCATIVES if strong else LOCATIVE_PREPOSITIONS
    if root.dep_ == "pobj" and head.lower_ in prepositions:
        return True
    if root.dep_ in ("poss", "compound", "nmod") and head.lower_ in ADMIN_WORDS:
        return True  # "Niger's Tillabéri region", "the Borno state capital"
    return root.dep_ == "appos" and head.lower_ in ADMIN_WORDS


def acts(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the agent of a verb: "Baghdad said", "condemned by Moscow"."""
    root = _root(doc, start, end)
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return True
    return root.dep_ in AGENT_DEPS


def stands_for_state(doc: Doc, start: int, end: int) -> bool:
    """Whether a capital stands for its government ("Moscow denied", "support for Damascus").

    It does not after any locative preposition ("to Kabul") or as the owner of a named
    place ("Dhaka's Jatrabari area", "Baghdad’s Karrada district"), unless it acts.
    """
    if acts(doc, start, end):
        return True
    if in_place_context(doc, start, end, strong=False):
        return False
    root = _root(doc, start, end)
    owner = root.dep_ in ("poss", "compound", "nmod") and root.head.i >= end
    return not (owner and (root.head.pos_ == "PROPN" or root.head.lower_ in ADMIN_WORDS))
