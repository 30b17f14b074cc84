"""Roles in a sentence that make a name a place: an office's seat, a place's part, a target.

`analysis.parse.context` asks these beside its own checks when it decides whether a name
is a place or an agent:

- the seat of a territorial office: "the mayor of Batibo", "the emir of Katsina", "the MP
  for Kibra", "the Balapitiya magistrate" (the offices are in `data/place_words.csv`, kind
  `office`; "the Minister of Defence" holds a portfolio, not a place);
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
    EXTRA_PREPOSITIONS,
    FEATURES,
    GENERIC_NOUNS,
    PERSON_NOUNS,
    STATE_NOUNS,
    STATISTICS,
    VICTIM_HEADS,
    VIOLENCE_WORDS,
    span_root,
)  # fmt: skip
from analysis.parse.places import (
    ADMIN_WORDS,
    AREA_WORDS,
    LOCATIVE_PREPOSITIONS,
    is_country,
    is_place,
)  # fmt: skip
from analysis.parse.spans import MODEL_SPANS_KEY
from analysis.rules import column, mapping, of_kind

OFFICES = of_kind("place_words", "word", "office")
# Area words that make an officer territorial ("district officer"); a state's or a
# department's officer may serve a body ("the state coordinator of a party").
OFFICE_AREAS = frozenset(AREA_WORDS) - {"state", "department"}
# How many words may stand between "from" and a land's name ("from the neighbouring X").
MAX_ORIGIN_GAP = 4
# A state of violence or crime, not a deed: "insecurity", "banditry", "gang violence".
CONDITIONS = of_kind("place_words", "word", "violence") | {"violence"} | STATISTICS
# What a land or a town is when it is only where things happen: "Maputo was quiet", "Bolivia
# remains tense" (`data/place_words.csv`, kind `place_state`).
PLACE_STATES = of_kind("place_words", "word", "place_state")
# "under curfew", "under lockdown": a state only a place is in (`place_words.csv`, restriction).
RESTRICTIONS = of_kind("place_words", "word", "restriction")
# The nouns of a state's forces ("police", "army", "troops"), `data/generic_actors.csv`: an
# officer named with one ("the police chief") is the force's, wherever the force serves.
FORCE_NOUNS = frozenset(
    noun for noun, kind in mapping("generic_actors", "noun", "actor_type").items()
    if kind == "state_forces"
)  # fmt: skip
# Every preposition of place ("over", "between", "on" as well as "in"): after a place word
# ("a bridge over X", "the road between X and Y") it places its object.
SPATIAL_PREPOSITIONS = (
    frozenset(p.lower() for p in column("locative_prepositions", "preposition"))
    | EXTRA_PREPOSITIONS
)


def seat_of_an_office(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the seat of a territorial office: "the mayor of Batibo".

    After "of"/"for", or before the office's lower-case word: "the Balapitiya magistrate".

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Gunmen abducted the mayor of Kankara on Sunday.")
    >>> seat_of_an_office(doc, 5, 6)
    True
    >>> doc = load_nlp()("The chief district officer of Rautahat, Ram Shah, said so.")
    >>> seat_of_an_office(doc, 5, 6)
    True
    """
    root = doc[start:end].root
    preposition = root.head
    if root.dep_ == "compound" and preposition.i >= end and preposition.is_lower:
        return _a_territorial_office(preposition) and not _a_body(doc, start, end)  # "the X mayor"
    if root.dep_ != "pobj" or preposition.lower_ not in ("of", "for"):
        return False
    office = preposition.head
    return office.i < preposition.i and _a_territorial_office(office) and not _a_body(
        doc, start, end
    )  # fmt: skip


def _a_territorial_office(office: Token) -> bool:
    """Whether a noun is an office over a territory: "mayor", "the chief district officer".

    An office word of `data/place_words.csv` (kind `office`), or any officer named with an
    area word in lower case: "district officer", "county commissioner", "district
    magistrate" ("the commanding officer of X" is a unit's, and is not asked).
    """
    return office.lemma_.lower() in OFFICES or any(
        c.dep_ in ("compound", "amod") and c.is_lower and c.lower_ in OFFICE_AREAS
        for c in office.lefts
    )


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


# The words of a state's own bodies ("police", "defence forces"): a country that opens a
# body's name with one of them names its state ("the Kenya Police Service").
STATE_BODY_KEYWORDS = tuple(
    tuple(k.lower().split())
    for k, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind in ("state", "state_forces")
)


def a_country_qualifies(doc: Doc, start: int, end: int) -> bool:
    """Whether a country's name only qualifies a person or opens a body's name: not the state.

    "a kidnapped Canadian-born New Zealand pilot", "a South Africa engineer": where a
    person is from; "the Uganda Red Cross Society" (one name to the model): the country is
    part of the society's name. A state's own people ("a Kenya police officer") and bodies
    ("the Kenya Police Service") are the state's, and a country that acts is not asked.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Gunmen freed a kidnapped South Africa engineer in Zamfara.")
    >>> a_country_qualifies(doc, 4, 6)
    True
    """
    if not is_country(doc[start:end].text):
        return False
    root = doc[start:end].root
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.i >= end and head.pos_ == "NOUN":
        words = {head.lower_, head.lemma_.lower()}
        if words & (STATE_NOUNS | VIOLENCE_WORDS) or head.dep_ == "compound":
            return False  # "a Kenya police officer", "a US drone strike": the state's
        return bool(words & (PERSON_NOUNS | GENERIC_NOUNS)) or _a_victim(head)
    return any(
        ent.label_ == "ORG"
        and ent.start <= start < end < ent.end
        and all(not t.is_alpha or t.lower_ == "the" for t in doc[ent.start : start])
        and not _keyword_in([t.lower_ for t in doc[end : ent.end]], STATE_BODY_KEYWORDS)
        for ent in doc.spans.get(MODEL_SPANS_KEY, [])
    )


def _a_victim(noun: Token) -> bool:
    """Whether violence befell a noun: "a kidnapped pilot", "gunmen seized an engineer".

    What is kidnapped, killed or wounded is a victim; its country is where it is from.
    """
    verb = noun.head
    if any(c.dep_ == "amod" and c.lemma_.lower() in VIOLENCE_WORDS for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in VIOLENCE_WORDS


def _keyword_in(words: list[str], keywords: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the keywords (word tuples) is a run of `words`."""
    return any(
        tuple(words[i : i + len(k)]) == k for k in keywords for i in range(len(words) - len(k) + 1)
    )


def hung_on_a_place_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the object of a preposition of place that a place word governs.

    "a bridge over the Tumen", "the road between Tanga and Korogwe" (every name of the
    list), "land on Bougainville", "a roadblock on the Avenida Bolívar": a road,
    a bridge, land or a province is somewhere, and the name says where. "Of", "with",
    "for" and "by" tie owners and bodies ("the office of X", "a camp run by Y") and are not
    places' prepositions; a name with a body's keyword ("a checkpoint near the Interior
    Ministry") is not asked.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("They met on the bridge over the Tumen after the raid.")
    >>> hung_on_a_place_word(doc, 7, 8)
    True
    """
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in SPATIAL_PREPOSITIONS:
        return False
    noun = preposition.head
    return (
        noun.i < preposition.i
        and noun.pos_ == "NOUN"
        and bool({noun.lower_, noun.lemma_.lower()} & (ADMIN_WORDS | FEATURES))
        and not _a_body(doc, start, end)
    )


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


def in_a_place_state(verb: Token) -> bool:
    """Whether a subject's verb says it is in a state a place is in: "Maputo was quiet".

    "Bolivia remains tense", "the capital was calm on Sunday", "X District remained under
    curfew": the land is described, it does not act. An adjective with its own object
    ("quiet about the deal", "calm in its reply") says how a party behaved, and stays.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Bolivia remains tense after the arrest.")
    >>> in_a_place_state(doc[1])
    True
    """
    if any(
        c.lower_ == "under" and any(g.lemma_.lower() in RESTRICTIONS for g in c.children)
        for c in verb.children
        if c.dep_ == "prep"
    ):
        return True  # "Lakki Marwat District remained under curfew": what a curfew shuts
    return any(
        c.dep_ == "acomp"
        and c.lemma_.lower() in PLACE_STATES
        and not any(g.dep_ in ("prep", "xcomp", "ccomp") for g in c.children)
        for c in verb.children
    )


def owns_an_officer_of_a_force(root: Token) -> bool:
    """Whether a name owns an officer of a force named beside him: the force acts, not the land.

    "Malawi's army commander said", "Nairobi's police commander", "the Dushanbe police
    spokesman": the force ("army", "police") is an actor of its own and the officer speaks
    for it; the country or the town is where it serves. A land's own forces ("Sudan's
    armed forces") and offices without a force ("Kenya's interior minister") are not asked.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Malawi's army commander said two soldiers were wounded.")
    >>> owns_an_officer_of_a_force(doc[0])
    True
    """
    head = root.head
    if root.dep_ not in ("poss", "compound") or head.i <= root.i or head.pos_ != "NOUN":
        return False
    if {head.lower_, head.lemma_.lower()} & FORCE_NOUNS:
        return False  # "Sudan's armed forces", "the Kabul police": the force itself
    return any(
        c.dep_ in ("compound", "amod") and root.i < c.i < head.i and c.lower_ in FORCE_NOUNS
        for c in head.children
    )


def _fires(verb: Token) -> bool:
    """A verb of attack with an object: what it fires ("fired missiles", "launched drones")."""
    return verb.lemma_.lower() in EVENT_WORDS and any(c.dep_ == "dobj" for c in verb.children)


def _a_body(doc: Doc, start: int, end: int) -> bool:
    """Whether a name holds an organisation keyword ("Metropolitan Police", "City Council")."""
    return any(t.lower_ in BODY_WORDS for t in doc[start:end])


# How many list mates on each side of a name `listed_with_a_place` reads.
LIST_MATES = 3


def listed_with_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is in a list of proper names another of which is a place.

    "raids on Gwoza, Pulka and X", "rebels now control X, Kitchanga and Pinga": news lists
    towns with towns (a town or an area, not a country, which may be a party). Only for
    names no gazetteer knows; a list that acts ("Kenya and X agreed"), a list of victims
    ("abducted X, Y and Z", where the model may tag a given name as a place) and a list
    holding a person named in full ("Bamako and Amadou Koné") are not asked.
    """
    root = span_root(doc, start, end)
    members = [root, *root.conjuncts]
    if len(members) < 2 or any(m.pos_ != "PROPN" or m.dep_ == "nsubj" for m in members):
        return False
    if min(members, key=lambda m: m.i).head.lemma_.lower() in VICTIM_HEADS:
        return False  # "abducted Amina, Hauwa and Zainab": whom a killing or an arrest takes
    members.sort(key=lambda m: m.i)  # the nearest mates only: a list may run to thousands
    at = next((k for k, m in enumerate(members) if start <= m.i < end), 0)
    others = [m for m in members[max(0, at - LIST_MATES) : at + LIST_MATES + 1]
              if not start <= m.i < end]  # fmt: skip
    wanted = {m.i for m in others}
    entity_at = {i: e for e in doc.spans.get(MODEL_SPANS_KEY, [])
                 for i in range(e.start, e.end) if i in wanted}  # fmt: skip
    found = [(m, entity_at.get(m.i)) for m in others]
    if any(e is not None and e.label_ == "PERSON" and len(e) > 1 for _, e in found):
        return False
    names = [(doc[m.left_edge.i : m.i + 1].text if e is None else e.text, e) for m, e in found]
    return any(  # a country in a list may be a party ("sanctions on Russia, Belarus and X")
        not is_country(name) and (is_place(name) if e is None else e.label_ in ("GPE", "LOC"))
        for name, e in names
    )
