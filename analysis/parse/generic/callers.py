"""Movements named by their protest: "a blockade called by CONAIE", "the X Movement marched".

Coders type a body by its deed in the event as they type people: a confederation or a
movement that blocks roads, marches or calls a strike is `protesters`, whatever its
name's words say. Only names without a type of their own are read this way (the model's
organisations that no keyword types, and those a keyword reads as an armed movement or a
crowd's people, "Movement" or "Workers"): a union or a party that calls a strike keeps
its type, and the gazetteer's groups keep theirs.
"""

from spacy.tokens import Span, Token

from analysis.parse.generic.deed_words import MEMBERS, PROTESTERS, of_protest, side

# What a body does to a protest it leads: "a blockade called by CONAIE", "CONAIE called a strike".
CALL_VERBS = frozenset({"call", "organise", "organize", "lead", "stage", "convene"})
# Types a keyword gives an untyped name, which its protest overrules ("Landless Workers'
# Movement", an armed movement's word; "Workers", a crowd's).
OPEN_TYPES = frozenset({"other", "armed_group", "civilians"})


def protest_callers(
    spans: list[Span], known: frozenset[str], nouns: dict[str, tuple[str, str]]
) -> list[Span]:
    """Bodies that block, march or call a protest are protesters (see the module docstring)."""
    out = []
    for span in spans:
        if span.label_ in OPEN_TYPES and span.text not in known and _protests(span.root, nouns):
            name = span.kb_id_ if span.label_ == "other" else span.text
            span = Span(span.doc, span.start, span.end, label=PROTESTERS, kb_id=name, span_id=name)
        out.append(span)
    return out


def _protests(root: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a name's head word does or calls a protest.

    Subject of a verb of protest ("CONAIE blocked the highway", "members of the X
    marched"), or of a calling verb whose object is a protest ("called a strike"), or
    the agent of a calling verb on a protest ("a blockade called by CONAIE").
    """
    doer = side(root)  # "members of the X Movement marched"
    root = doer if doer.lemma_.lower() in MEMBERS else root
    verb = root.head
    if root.dep_ == "nsubj" and verb.pos_ == "VERB":
        if of_protest(verb, nouns):
            return True
        return verb.lemma_.lower() in CALL_VERBS and any(
            c.dep_ == "dobj" and of_protest(c, nouns) for c in verb.children
        )
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        called = verb.head
        return (
            called.lemma_.lower() in CALL_VERBS
            and called.dep_ == "acl"
            and of_protest(called.head, nouns)
        )
    return False
