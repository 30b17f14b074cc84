"""A country that mediated talks is no party to them: "talks facilitated by Malaysia".

The open sets code a country acting through its government as the state ("Saudi Arabia
executed", "Israel blamed"), and a country named as the agent of a mediation that the
parties' talks, truce or deal passed through as a place (set 18: "Peace talks between the
government and the rebels, facilitated by Malaysia"): it is not a side of the violence.
The verbs (kind `mediation`: facilitate, mediate, broker, host) and the accords (kind
`accord`: talks, truce, deal) are in `data/place_words.csv`. The country who says or does
something of its own ("Qatar said the talks would resume") stays the state.
"""

from spacy.tokens import Doc

from analysis.rules import of_kind

MEDIATION_VERBS = frozenset(of_kind("place_words", "word", "mediation"))
ACCORDS = frozenset(of_kind("place_words", "word", "accord"))


def mediates_an_accord(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the agent of a mediation of talks ("a truce brokered by Turkey").

    >>> import analysis
    >>> doc = analysis.load_nlp()("A ceasefire mediated by Qatar and Egypt collapsed.")
    >>> mediates_an_accord(doc, 4, 5), mediates_an_accord(doc, 6, 7)
    (True, True)
    """
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "by Qatar and Egypt"
        root = root.head
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return False
    verb = by.head
    if verb.lemma_.lower() not in MEDIATION_VERBS:
        return False
    if verb.dep_ in ("acl", "relcl"):  # "talks facilitated by X", "a truce that X brokered"
        accords = [verb.head]
    else:  # "the talks were mediated by X"
        accords = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any({a.lower_, a.lemma_.lower()} & ACCORDS for a in accords)
