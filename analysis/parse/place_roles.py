"""Roles in a sentence that make a name a place: an office's seat, a place's part, a target.

`analysis.parse.context` asks these beside its own checks when it decides whether a name
is a place or an agent:

- the seat of a territorial office: "the mayor of Batibo", "the emir of Katsina", "the MP
  for Kibra" (the offices are in `data/place_words.csv`, kind `office`; "the Minister of
  Defence" holds a portfolio, not a place);
- a named part owned by a place word: "the city's Northeast Side", "the town's Majengo"
  (a body keeps its name: "the city's Metropolitan Police");
- the second name of "<town>, <area>" after a place preposition: "at Panti, Yaba, for
  questioning", "to Kibera, Nairobi, on Monday";
- a land people came from, for a people's name that is also its land: "crossed from
  neighbouring Turkana" (a name that qualifies a noun, "militias from the Abgaal
  sub-clans", and members, "militants from HTS and SNA", are the people or the group);
- a land that owns a state of violence: "Sweden's wave of gang violence", "Haiti's
  insecurity" ("Israel's shooting of a journalist" is a deed, and stays);
- a land that weapons are fired at: "fired rockets at Israel", "launched drones at
  Russia" (a known place only; "lashed out at Israel" and "hit back at Russia" answer a
  party).

Split from `analysis.parse.context` (one module per concern, each under 400 lines).
"""

from spacy.tokens import Doc, Token

from analysis.parse.mentions import POSSESSIVES
from analysis.parse.motion import names_origin
from analysis.parse.place_clues import (
    AFTER_PLACE,
    BODY_WORDS,
    EVENT_WORDS,
    STATISTICS,
    span_root,
)  # fmt: skip
from analysis.parse.places import ADMIN_WORDS, LOCATIVE_PREPOSITIONS, is_place
from analysis.rules import of_kind

OFFICES = of_kind("place_words", "word", "office")
# How many words may stand between "from" and a land's name ("from the neighbouring X").
MAX_ORIGIN_GAP = 4
# A state of violence or crime, not a deed: "insecurity", "banditry", "gang violence".
CONDITIONS = of_kind("place_words", "word", "violence") | {"violence"} | STATISTICS


def seat_of_an_office(doc: Doc, start: int, end: int) -> bool:
    """Whether the name follows "of"/"for" after a territorial office: "the mayor of Batibo".

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Gunmen abducted the mayor of Kankara on Sunday.")
    >>> seat_of_an_office(doc, 5, 6)
    True
    """
    root = doc[start:end].root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("of", "for"):
        return False
    office = preposition.head
    return office.i < preposition.i and office.lemma_.lower() in OFFICES and not _a_body(
        doc, start, end
    )  # fmt: skip


def owned_by_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a place word owns the name: "the city's Northeast Side", "the town's Majengo".

    A city, a town or a district owns its parts; a body the place owns keeps its name
    ("the city's Metropolitan Police"), and a person is not asked.
    """
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES or _a_body(doc, start, end):
        return False
    owner = doc[start - 2]
    return owner.lower_ in ADMIN_WORDS and owner.is_lower and doc[start].ent_type_ != "PERSON"


def listed_after_a_placed_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the area after "<town>," that a place preposition opens.

    "transferred to the station at Panti, Yaba, for questioning", "taken to Kibera,
    Nairobi, on Monday": the second name closes with a comma or a time or place word. A
    person named after a person ("to Amina, his wife") or after a noun is not asked.
    """
    root = span_root(doc, start, end)
    head = root.head
    if root.dep_ != "appos" or head.dep_ != "pobj" or doc[start - 1].text != ",":
        return False
    if head.head.lower_ not in LOCATIVE_PREPOSITIONS or head.pos_ != "PROPN":
        return False
    if head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    following = doc[end] if end < len(doc) else None
    return following is None or following.is_punct or following.lower_ in AFTER_PLACE


def aimed_at_a_land(doc: Doc, start: int, end: int) -> bool:
    """Whether a known place is where weapons were fired: "firing missiles at Israel".

    "at" after a verb of fire that has an object ("fired rockets at", "launched drones
    at") names the land hit; a verb with a particle ("hit back at Russia", "lashed out
    at") answers a party, and an unknown name ("fired at Mwangi") is not asked.
    """
    root = span_root(doc, start, end)
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "at" or not is_place(doc[start:end].text):
        return False
    verb = preposition.head
    return _fires(verb) and not any(c.dep_ == "prt" for c in verb.children)


def comes_from_a_land(doc: Doc, start: int, end: int) -> bool:
    """Whether "from" makes the name where people came from (`motion.names_origin`).

    Only where people moved or were ("crossed from", "came from"): "militants from HTS
    and SNA" are members of groups. A name that qualifies the noun after it ("militias
    from the Abgaal and Habar Gidir sub-clans") names the people, not the land.
    """
    following = doc[end] if end < len(doc) else None
    qualifies = (
        following is not None
        and following.is_lower
        and following.pos_ in ("NOUN", "ADJ", "PROPN")
        and following.dep_ != "npadvmod"  # "from Turkana yesterday"
    )
    words = doc[max(0, start - MAX_ORIGIN_GAP) : start]
    preposition = next((t for t in reversed(words) if t.lower_ == "from"), None)
    moved = preposition is not None and preposition.head.pos_ in ("VERB", "AUX")
    return moved and not qualifies and names_origin(doc, start)


def owns_a_condition(root: Token) -> bool:
    """Whether a name owns a state of violence: "Sweden's wave of gang violence".

    "Haiti's insecurity", "Ecuador's surge in killings": the land where it happens. A deed
    with its object ("Israel's shooting of a journalist") or an attack ("Russia's strikes")
    is the party's.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Sweden's wave of gang violence claimed more lives.")
    >>> owns_a_condition(doc[0])
    True
    """
    head = root.head
    if root.dep_ != "poss" or head.i == root.i or head.lemma_.lower() in EVENT_WORDS - CONDITIONS:
        return False
    objects = [g for c in head.children if c.lower_ in ("of", "in") for g in c.children
               if g.dep_ == "pobj"]  # fmt: skip
    if objects:
        return any({g.lower_, g.lemma_.lower()} & CONDITIONS for g in objects)
    return bool({head.lower_, head.lemma_.lower()} & CONDITIONS)


def _fires(verb: Token) -> bool:
    """A verb of attack with an object: what it fires ("fired missiles", "launched drones")."""
    return verb.lemma_.lower() in EVENT_WORDS and any(c.dep_ == "dobj" for c in verb.children)


def _a_body(doc: Doc, start: int, end: int) -> bool:
    """Whether a name holds an organisation keyword ("Metropolitan Police", "City Council")."""
    return any(t.lower_ in BODY_WORDS for t in doc[start:end])
