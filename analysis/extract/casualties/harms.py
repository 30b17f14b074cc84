"""Bodily harm told without a wound word: "suffered broken ribs", "lost a leg".

A person bears a harm when a verb of bearing (`data/blows.csv`, kind ``bear``: "suffer",
"sustain", "need", "seek", "lose") has for object an injury (kind ``injury``: "cut",
"fracture", "burn", "stitches"), a care a patient gets (kind ``care``: "medical help",
"treatment", "surgery"), or, after "lose", a body part (kind ``body_part``: "lost a leg",
"lost an eye"); a body part with a harm word on it is an injury too ("broken ribs", "a
fractured skull"). People treated for an injury are hurt ("treated for cuts to the
head"). The harm noun becomes a wounded trigger, and the verb's subject (or a treat
verb's patient) is the one hurt.

Not a thing's loss or a mere need ("the party lost a seat", "residents need food", "the
army lost a vehicle": no injury, care or body part), nor a treatment for another reason
("treated for shock": no injury noun), nor a negated verb ("did not need stitches").

>>> import analysis
>>> nlp = analysis.load_nlp()
>>> sorted(harms(nlp("A farmer lost a leg in Kandahar.")).values())
[('wounded', False)]
>>> harms(nlp("The ruling party lost a seat in Kandahar."))
{}
"""

from spacy.tokens import Doc, Token

from analysis.rules import packaged_rows

_ROWS = packaged_rows("blows")
BEARS = frozenset(r["word"] for r in _ROWS if r["kind"] == "bear")
INJURIES = frozenset(r["word"] for r in _ROWS if r["kind"] == "injury")
CARES = tuple(tuple(r["word"].split()) for r in _ROWS if r["kind"] == "care")
BODY_PARTS = frozenset(r["word"] for r in _ROWS if r["kind"] == "body_part")
HARMED = frozenset(r["word"] for r in _ROWS if r["kind"] == "harmed")  # "broken", "fractured"
_TREATS = frozenset({"treat"})
_LOSE = "lose"


def is_care(noun: Token) -> bool:
    """Whether the noun ends a care's words: "treatment", "medical help"."""
    doc = noun.doc
    for words in CARES:
        start = noun.i - len(words) + 1
        if start < 0 or words[-1] not in {noun.lemma_.lower(), noun.lower_}:
            continue
        if all(doc[start + k].lower_ == w for k, w in enumerate(words[:-1])):
            return True
    return False


def _injury(noun: Token) -> bool:
    """An injury noun, or a body part a harm word is on: "cuts", "broken ribs"."""
    lemma = noun.lemma_.lower()
    if lemma in INJURIES or noun.lower_ in INJURIES:
        return True
    return lemma in BODY_PARTS and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in HARMED for c in noun.children
    )


def _harm_object(noun: Token) -> bool:
    """Whether a verb of bearing's object is a harm: an injury, a care, a lost body part."""
    verb = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or verb.lemma_.lower() not in BEARS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not need stitches"
    if verb.lemma_.lower() == _LOSE:
        return noun.lemma_.lower() in BODY_PARTS  # "lost a leg", not "lost a seat"
    return _injury(noun) or is_care(noun)


def _treated_for(noun: Token) -> bool:
    """An injury after "for" on a treat verb: "treated in hospital for cuts to the head"."""
    prep = noun.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    return prep.head.lemma_.lower() in _TREATS and _injury(noun)


def harms(doc: Doc) -> dict[int, tuple[str, bool]]:
    """Token index of each harm noun a person bears -> ("wounded", False)."""
    found: dict[int, tuple[str, bool]] = {}
    for token in doc:
        dobj = token.dep_ == "dobj" and _harm_object(token)
        if dobj or (token.dep_ == "pobj" and _treated_for(token)):
            found[token.i] = ("wounded", False)
    return found


def bears_harm(verb: Token, triggers: dict) -> bool:
    """Whether a verb of bearing has a harm object found here: its subject is the one hurt."""
    return verb.lemma_.lower() in BEARS and any(
        c.dep_ == "dobj" and c.i in triggers and triggers[c.i][0] == "wounded"
        for c in verb.children
    )


def harm_outcome(outcome: str, verb: Token, triggers: dict) -> str:
    """A killing verb with a harm object wounds: "lost a leg" (not "lost 12 men")."""
    if outcome == "killed" and verb.pos_ == "VERB" and bears_harm(verb, triggers):
        return "wounded"
    return outcome
