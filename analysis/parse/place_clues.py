"""The words and small clues the place checks share: is a name placed by the words around it.

`analysis.parse.context` asks these when it decides whether a name stands as a place or as
an agent; `analysis.parse.settlements` reads the same word sets for villages the index
lacks. The last clues read a known place's role in its clause: where people go, what
violence struck, what it is said to be. The word lists are in `data/place_words.csv`,
`data/incident_terms.csv` and `data/casualty_terms.csv`. Split from
`analysis.parse.context` (one module per concern, each under 400 lines).
"""

from spacy.tokens import Doc, Token

from analysis.parse.places import (
    ADMIN_WORDS,
    BODY_KEYWORDS,
    LOCATIVE_PREPOSITIONS,
    STRONG_LOCATIVES,
    WAY_WORDS,
    is_country,
    is_place,
)  # fmt: skip
from analysis.rules import flagged, mapping, of_kind, packaged_rows

# "east of Misrata", "the border with Chad", "the hills above Goma".
DIRECTIONS = of_kind("place_words", "word", "direction")
FEATURES = of_kind("place_words", "word", "feature", "street", "way", "landform")
# Land a country or a province has ("Kenya's coast", "the Sahel's borders"): a place's own
# ground, where installations ("the county's office") are an owner's.
LANDFORMS = of_kind("place_words", "word", "landform")
EXTRA_PREPOSITIONS = of_kind("place_words", "word", "preposition")
# "Mexico recorded 30,000 homicides", "Jamaica's murder rate": where it happened.
PLACE_SUBJECT_VERBS = of_kind("place_words", "word", "place_subject")
STATISTICS = of_kind("place_words", "word", "statistic")
CONFLICTS = of_kind("place_words", "word", "conflict")  # "the Sudan war": where it is fought
# "fled to Chad", "the fighting spread to Tongo Tongo": where a motion ends is a place.
MOTION_VERBS = of_kind("place_words", "word", "motion")
# Verbs that carry what they move ("sent troops to", "flew the wounded to"): a motion
# when what they carry is people.
CONVEY_VERBS = of_kind("place_words", "word", "convey")
# Verbs whose object is where one goes or what one leaves ("fled Sudan", "visited Chad",
# "left Mali"): the motion verbs and the destinations' own.
# Of those, the verbs whose "for" names where one goes: "left Libya for Italy", "bound for".
DESTINATIONS = of_kind("place_words", "word", "destination")
DESTINATION_VERBS = MOTION_VERBS | DESTINATIONS
# What a subject is said to be when it is a place: "Mali is the epicentre of the violence",
# "Somalia remains one of the most dangerous countries for reporters".
PLACE_NOUNS = of_kind("place_words", "word", "place_noun")
# Words of a part of a land: "parts of Ethiopia", "much of rural Somalia".
PARTITIVES = of_kind("place_words", "word", "partitive")
# What a place word before "of"/"with" may be: "suburbs of Kabul", "east of", "border with".
# "residents of Gao": people named by where they live.
RESIDENTS = frozenset(
    noun for noun, kind in mapping("generic_actors", "noun", "actor_type").items()
    if kind == "civilians"
)  # fmt: skip
PLACE_HEADS = ADMIN_WORDS | DIRECTIONS | FEATURES | RESIDENTS

# Attack verbs and event nouns (`data/incident_terms.csv`): "shelling hit Kyiv" makes Kyiv
# the target's place; "artillery fire" is a weapon's event, not a party.
EVENT_WORDS = frozenset(
    row["term"] for row in packaged_rows("incident_terms")
    if row["kind"] in ("kill_verb", "event_word")
)  # fmt: skip
# Words of violence and its toll ("attacks", "homicides", "killings", "kidnappings") and of
# fighting ("clashes", "battles"): what a place saw.
VIOLENCE_WORDS = (
    EVENT_WORDS
    | {row["term"] for row in packaged_rows("casualty_terms") if row["kind"] == "trigger"}
    | {row["term"] for row in packaged_rows("incident_terms") if row["kind"] == "clash_word"}
    | of_kind("place_words", "word", "violence")
    | {"violence"}
)
# Verbs of a scene ("found dumped at X", "buried at X"): where a body or a weapon was.
SCENE_VERBS = of_kind("place_words", "word", "scene")
# The gazetteer's groups that are no state, no state's forces and no person ("Wagner"), and its
# ambiguous names whose every reading is such a group ("RSF": the Sudanese force or RWB).
NON_STATE_GROUPS = {
    row["actor"]: row["actor_type"] not in ("state", "state_forces", "person")
    for row in packaged_rows("actors")
}
NON_STATE_GROUPS.update({
    name: all(NON_STATE_GROUPS.get(r["actor"], False)
              for r in packaged_rows("ambiguous_names") if r["name"] == name)
    for name in {row["name"] for row in packaged_rows("ambiguous_names")}
})  # fmt: skip
# The generic actor nouns ("gunmen", "police", "residents"), `data/generic_actors.csv`.
GENERIC_NOUNS = frozenset(mapping("generic_actors", "noun", "actor_type"))
# The state's own nouns ("officials", "government", "police"): "Moscow officials" are the state.
STATE_NOUNS = frozenset(
    noun for noun, kind in mapping("generic_actors", "noun", "actor_type").items()
    if kind in ("state", "state_forces")
)  # fmt: skip
# Groups no state leads ("gangs", "bandits", "herders", "protesters"): "Haiti's gangs" are
# the country's in the sense of where they are, not the state's.
NON_STATE_NOUNS = frozenset(
    noun for noun, kind in mapping("generic_actors", "noun", "actor_type").items()
    if kind in ("unidentified_armed_group", "armed_group", "militia", "civilians",
                "protesters", "rioters")
)  # fmt: skip
# Words of nearness before a name ("on nearby Chepkesin", "in Moss Side and neighbouring
# Hulme"): what lies near or borders another place is a place.
PROXIMITY = of_kind("place_words", "word", "proximity")
# Groups and columns that move as one ("groups have expanded from Mali into Benin"): beside
# people, what leaves a land that is only where it was.
MOVERS = of_kind("place_words", "word", "mover")
# Words before a party's keyword that make it a gathering: "a house party", "the wedding party".
GATHERINGS = of_kind("place_words", "word", "gathering")
POLITICAL_KEYWORDS = frozenset(
    keyword.lower()
    for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind == "political"
)  # fmt: skip
# Organisation keywords of one word ("police", "council", "ministry"): a name with one is a body.
BODY_WORDS = BODY_KEYWORDS
# One side of a border or a river: "the Sudan side of the border", "the Congo bank".
SIDES = of_kind("place_words", "word", "side")
# Prepositions that place what follows them (figures' and actors' lists together).
PLACING_PREPOSITIONS = LOCATIVE_PREPOSITIONS | flagged(
    "locative_prepositions", "preposition", "place_of_figure"
)
# Verbs whose subject is a land ("Lebanon lies north of Israel", "Kenya neighbours Somalia"),
# verbs whose subject shelters people ("Uganda hosts 1.5 million refugees") and nouns of
# travel whose "to" names where it ends ("flights to Ethiopia").
GEOGRAPHY = of_kind("place_words", "word", "geography")
SHELTERS = of_kind("place_words", "word", "shelter")
TRAVEL = of_kind("place_words", "word", "travel")
# Nouns for people ("man", "resident", "teenager"), from the casualty rules.
PERSON_NOUNS = frozenset(
    row["term"] for row in packaged_rows("casualty_terms") if row["kind"] == "person"
)
# Verbs whose object is a victim ("killed", "abducted", "shot"): the casualty triggers.
VICTIM_VERBS = frozenset(
    row["term"] for row in packaged_rows("casualty_terms") if row["kind"] == "trigger"
)
# The first words of those terms: "burn" of "burn alive" may take a person as its subject.
VICTIM_HEADS = frozenset(term.split()[0] for term in VICTIM_VERBS)
# How many capitalised words an area's name may have before its word ("Jos South LGA").
MAX_AREA_WORDS = 3
# Dependency labels of a name that does something: "Baghdad said", "by Moscow".
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that may stand between a locative preposition and its place.
PLACE_MODIFIER_POS = frozenset({"DET", "ADJ", "PUNCT"})


def span_root(doc: Doc, start: int, end: int) -> Token:
    """The span's syntactic head, climbing out of coordination ("in Gao and Menaka")."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def over_modifiers(doc: Doc, start: int, *, articles: bool = False) -> int:
    """Where a name's modifiers begin: "nearby" of "on nearby Kolofata".

    Adjectives (and participles used as ones: "from neighbouring Mali") that hang on the
    name stand between it and its preposition; the name's place is read from the word
    before them. `articles`: an article too ("from the Philippines"), for names already
    known as places ("marched to the Interior Ministry" keeps the article's body).
    """
    pos = ("ADJ", "VERB", "DET") if articles else ("ADJ", "VERB")
    deps = ("amod", "compound", "det") if articles else ("amod", "compound")
    first = start
    while (
        first > 0
        and doc[first - 1].pos_ in pos
        and doc[first - 1].dep_ in deps
        and doc[first - 1].head.i >= start
    ):  # the parse may make the participle a compound
        first -= 1
    return first


def after_preposition(doc: Doc, start: int, *, strong: bool) -> bool:
    """Whether a locative preposition comes just before, over articles and adjectives.

    `strong` leaves out prepositions that also introduce people ("to", "from", "via"); those
    of two words ("across from", "in from", "out of") are places' own.
    """
    prepositions = STRONG_LOCATIVES if strong else LOCATIVE_PREPOSITIONS
    i = start - 1
    while i >= 0 and doc[i].pos_ in PLACE_MODIFIER_POS and doc[i].text not in (",", ";"):
        i -= 1
    if i < 0:
        return False
    if doc[i].dep_ == "prt":
        return False  # "fought off X", "sealed off X": a verb's particle places nothing
    if i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" in prepositions:
        return True  # "across from Syria", "out of Chad": a preposition of two words
    if doc[i].lower_ in prepositions or doc[i].lower_ in EXTRA_PREPOSITIONS:
        return True
    before = doc[i - 1] if i >= 1 else None
    return (
        doc[i].lower_ in ("of", "with")
        and before is not None
        and (before.lower_ in PLACE_HEADS or before.lemma_.lower() in PLACE_HEADS)
    )


# Words after "Town, Country" that close the place: "in Jos, Nigeria, on Monday".
AFTER_PLACE = frozenset({"on", "in", "at", "last", "this", "early", "late", "overnight",
                         "after", "when", "where", "during", "since"})  # fmt: skip
# How many capitalised words a place beside a comma may have: before it ("Ciudad del Este,
# Paraguay") and after it ("Ngwo, Central Equatoria State"). One number for both readers.
MAX_PLACE_WORDS = 4


def country_after_its_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a country or a city closes a place's name: "Jos, Nigeria", "Petare, Caracas".

    The words before the comma are an area word or a known place that is no country
    ("Russia, Iran, Turkey" is a list of states; a city's, a place the model tags too:
    "the Cota 905 area of El Paraíso, Caracas"); after the country or city, the clause goes
    on with punctuation or a time or place word, not a verb ("Kharkiv, Ukraine said").
    """
    name = doc[start:end].text
    if start < 2 or doc[start - 1].text != "," or not is_place(name):
        return False
    following = doc[end] if end < len(doc) else None
    if following is not None and not (following.is_punct or following.lower_ in AFTER_PLACE):
        return False
    if doc[start - 2].lower_ in ADMIN_WORDS:
        return True
    placed = [e for e in doc.ents if e.end == start - 1 and e.label_ in ("GPE", "LOC")]
    if not is_country(name) and placed and not is_country(placed[0].text):
        return True  # "Petare, Caracas": a city after a place the model found
    first = start - 2
    while first > 0 and start - 1 - first < MAX_PLACE_WORDS and doc[first - 1].is_title:
        first -= 1
    names = [doc[i : start - 1].text for i in range(first, start - 1) if doc[i].is_title]
    return any(is_place(name) and not is_country(name) for name in names)


def described_in_parentheses(doc: Doc, start: int, end: int) -> bool:
    """A place and where it lies: "Kalsaka (Yatenga province)", "Bunia (Ituri)".

    A name followed by a bracket that holds an administrative word or a place entity is
    a place; so is a name inside a bracket that holds an administrative word or follows
    a place ("(Dori department, Sahel)", "the Logone valley (Chad)").
    """
    if end < len(doc) and doc[end].text == "(":
        inside = []
        for token in doc[end + 1 : end + 12]:
            if token.text == ")":
                break
            inside.append(token)
        if any(t.lower_ in ADMIN_WORDS or t.ent_type_ in ("GPE", "LOC") for t in inside):
            return True
    opening = next((i for i in range(start - 1, max(start - 12, -1), -1)
                    if doc[i].text in "()"), None)  # fmt: skip
    if opening is None or doc[opening].text != "(":
        return False
    closing = next((i for i in range(end, min(end + 12, len(doc))) if doc[i].text == ")"), None)
    inside = doc[opening + 1 : closing] if closing is not None else doc[opening + 1 : end]
    before = doc[opening - 1] if opening else None
    return any(t.lower_ in ADMIN_WORDS for t in inside) or (
        before is not None and (before.ent_type_ in ("GPE", "LOC") or before.lower_ in PLACE_HEADS)
    )


def a_land_reached_or_in_part(doc: Doc, start: int, end: int, root: Token) -> bool:
    """Whether a known place is where people go, or a land a part of which is meant.

    "thousands fled Sudan", "the envoy visited Chad", "French troops left Mali": the object
    of a verb of motion is a place ("the crisis drove Chad to close its border" makes Chad
    do something, and stays, but "the killing ..., putting Ecuador on course for a record"
    ranks the land violence struck); "parts of Ethiopia", "much of rural Somalia": a part of a land
    (a name the index lacks too, "that part of Bourbon", unless a body's: "most of X Police").
    """
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PARTITIVES:
        # "parts of Ethiopia"; "that part of Bourbon": a name the index lacks, unless a body
        return is_place(doc[start:end].text) or not any(
            t.lower_ in BODY_WORDS for t in doc[start:end]
        )
    if head.i == root.i or not is_place(doc[start:end].text):
        return False
    if root.dep_ == "pobj":
        return False
    made = [
        c
        for c in head.children
        if c.dep_ in ("xcomp", "ccomp", "oprd")
        or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
    ]  # "drove Chad to close", "left Mali isolated": what the country is made to do or be
    ranked = any(t.lemma_.lower() in STATISTICS | PLACE_NOUNS for c in made for t in c.subtree)
    if (made and not ranked) or root.dep_ not in ("dobj", "nsubjpass"):
        return False  # "putting X on course to match the record": a rank, which violence gives
    if struck_by_violence(head, root):
        return True  # "fighting has battered Somalia", "Pakistan was rocked by bombings"
    return root.dep_ == "dobj" and head.lemma_.lower() in DESTINATION_VERBS


def struck_by_violence(verb: Token, place: Token) -> bool:
    """Whether what struck a place is violence, not a party.

    "Burkina Faso has been ravaged by jihadist violence", "floods and fighting have battered
    Somalia": the country is where it happened. "Iran was attacked by Israel", "Israel
    attacked Iran": a party struck a party, and both stay.
    """
    deps = ("agent",) if place.dep_ == "nsubjpass" else ("nsubj",)
    doers = [c for c in verb.children if c.dep_ in deps]
    if not doers and place.dep_ == "dobj" and verb.dep_ == "advcl":  # "The killing ...,
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # putting X on course"
    doers = (
        [g for c in doers for g in c.children if g.dep_ == "pobj"]
        if place.dep_ == "nsubjpass"
        else doers
    )
    return any(is_violence(d) for d in doers)


def is_violence(noun: Token) -> bool:
    """A noun of violence, a list or a wave of it: "floods and fighting", "a wave of bombings"."""
    nouns = [noun, *noun.conjuncts]
    nouns += [g for n in nouns for p in n.children if p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]  # fmt: skip
    return any(n.lemma_.lower() in VIOLENCE_WORDS or n.lower_ in VIOLENCE_WORDS for n in nouns)


def said_to_be_a_place(verb: Token) -> bool:
    """Whether a subject is said to be a place: "Mali is the epicentre", "one of the countries".

    The attribute of "is", "remains", "has become" ("Kenya is a key ally" stays an actor),
    or what it ranks among ("Honduras remains among the deadliest countries").
    """
    attrs = [c for c in verb.children if c.dep_ == "attr"] + [
        g for c in verb.children if c.lower_ == "among" for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    return any(is_a_place_noun(a) for a in attrs)


def is_a_place_noun(noun: Token) -> bool:
    """Whether a noun, or what it is one of, is a place noun: "one of the countries"."""
    parts = [g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in PLACE_NOUNS or t.lower_ in PLACE_NOUNS for t in [noun, *parts])


def named_after_a_body(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a road, a square or a gathering, whatever body it is named after.

    "Parliament Road", "Senate Square": a road keeps the name of the body it leads to, and
    is still a road (a building, "Kilimani Police Station", speaks for its body); "a
    Mathare house party", "the Kisii Wedding Party": a party at a house or a wedding is a
    gathering at a place, no political party.
    """
    if end - start < 2:
        return False
    last = doc[end - 1].lower_
    return last in WAY_WORDS or (
        last in POLITICAL_KEYWORDS and doc[end - 2].lower_ in GATHERINGS
    )  # fmt: skip


def on_a_side(root: Token) -> bool:
    """Whether a name owns one side of a border or a river: ground, not a party.

    "clashes on the Sudan side of the border", "carried to the Chad side": the side of a
    place word, or a side a preposition places. "The Sudan side said" is the party.
    """
    head = root.head
    if (
        root.dep_ not in ("compound", "poss", "nmod", "amod")
        or head.i == root.i
        or head.lemma_.lower() not in SIDES
    ):
        return False
    of_a_place = any(
        c.lower_ == "of" and any(g.lower_ in PLACE_HEADS or g.lemma_.lower() in PLACE_HEADS
                                 for g in c.children)
        for c in head.children
    )  # fmt: skip
    return of_a_place or (head.dep_ == "pobj" and head.head.lower_ in PLACING_PREPOSITIONS)
