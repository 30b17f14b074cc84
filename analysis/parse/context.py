"""Where a name stands in its sentence: as a place ("in northern Borno") or as an agent.

A country, a capital or an unknown name the model tags as a person is an actor only when
the sentence makes it act. These checks read the words around the name and the parse:
a locative preposition before it (over adjectives and articles: "in northern Mali"), a
place word before "of"/"with" ("suburbs of Kabul", "east of Misrata", "the border with
Chad"), an administrative or feature word after it ("Bari region", "Dogo Nahawa community")
or governing it ("Mali's Mopti region"), or a bracket that locates it ("Kalsaka
(Yatenga province)"). The words are in `data/place_words.csv`.
"""

from spacy.tokens import Doc, Token

from analysis.parse.datelines import dateline_town
from analysis.parse.datelines import headline_locator as headline_locator
from analysis.parse.datelines import in_dateline as in_dateline
from analysis.parse.datelines import inside_hyphenated_word as inside_hyphenated_word
from analysis.parse.places import (
    ADMIN_WORDS,
    LOCATIVE_PREPOSITIONS,
    NAME_OPENING_AREAS,
    STRONG_LOCATIVES,
    is_country,
    is_place,
)  # fmt: skip
from analysis.parse.spans import MODEL_SPANS_KEY
from analysis.rules import mapping, of_kind, packaged_rows

# "east of Misrata", "the border with Chad", "the hills above Goma".
DIRECTIONS = of_kind("place_words", "word", "direction")
FEATURES = of_kind("place_words", "word", "feature", "street")
EXTRA_PREPOSITIONS = of_kind("place_words", "word", "preposition")
# "Mexico recorded 30,000 homicides", "Jamaica's murder rate": where it happened.
PLACE_SUBJECT_VERBS = of_kind("place_words", "word", "place_subject")
STATISTICS = of_kind("place_words", "word", "statistic")
CONFLICTS = of_kind("place_words", "word", "conflict")  # "the Sudan war": where it is fought
# "fled to Chad", "the fighting spread to Tongo Tongo": where a motion ends is a place.
MOTION_VERBS = of_kind("place_words", "word", "motion")
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
# Words of violence and its toll ("attacks", "homicides", "killings"): what a place saw.
VIOLENCE_WORDS = (
    EVENT_WORDS
    | {row["term"] for row in packaged_rows("casualty_terms") if row["kind"] == "trigger"}
    | {"violence"}
)
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
# Nouns for people ("man", "resident", "teenager"), from the casualty rules.
PERSON_NOUNS = frozenset(
    row["term"] for row in packaged_rows("casualty_terms") if row["kind"] == "person"
)
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
    if doc[i].lower_ in prepositions or doc[i].lower_ in EXTRA_PREPOSITIONS:
        return True
    before = doc[i - 1] if i >= 1 else None
    return (
        doc[i].lower_ in ("of", "with")
        and before is not None
        and (before.lower_ in PLACE_HEADS or before.lemma_.lower() in PLACE_HEADS)
    )


def in_place_context(doc: Doc, start: int, end: int, *, strong: bool = True) -> bool:
    """Whether the name at ``doc[start:end]`` is used as a place, not as an actor."""
    root = span_root(doc, start, end)
    if end < len(doc) and doc[end].dep_ == "case":
        root = doc[start:end].root  # "... in Ukraine and Iran's proxies": an owner, not a place
    if dateline_town(doc, start, end):
        return True  # "BUNIA, Congo —"
    if start and _placed_by_the_word_before(doc[start - 1]):
        return True
    if _names_what_follows(doc, start, end):
        return False  # "in an IS attack": the attack is where; IS is whose
    if after_preposition(doc, start, strong=strong) or (
        root.i < start and after_preposition(doc, root.left_edge.i, strong=strong)
    ):
        return True  # "in Gao", "near the borders with Chad and Niger"
    following = doc[end] if end < len(doc) else None
    if (
        following is not None
        and not doc[start:end].text.isupper()  # "SNA checkpoint": the force's
        and {following.lower_, following.lemma_.lower()} & PLACE_HEADS
    ):
        return True  # "Bari region", "Zamfara State", "the Kibera and Mathare areas"
    if (
        _described_in_parentheses(doc, start, end)
        or _located_after(doc, end)
        or _where_it_happened(root)  # "Mexico recorded 30,000 homicides"
        or _country_after_its_place(doc, start, end)  # "shelled Idlib, Syria"
    ):
        return True
    head = root.head
    prepositions = STRONG_LOCATIVES if strong else LOCATIVE_PREPOSITIONS
    if (root.dep_ == "pobj" and head.lower_ in prepositions) or _qualifies_a_place_word(
        doc, start, end, root
    ):
        return True
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ in prepositions:
        return True  # "in Barangay Poblacion, M'lang, Cotabato province": a list of places
    return root.dep_ == "appos" and head.lower_ in ADMIN_WORDS


def _qualifies_a_place_word(doc: Doc, start: int, end: int, root: Token) -> bool:
    """Whether the name owns or qualifies an area or a feature word: the area's place.

    "Mali's Mopti region", "the Sudan border", "the Armenia-Azerbaijan border" (both
    sides); a feature's owner ("the county's office") or an acronym ("an SNA base") acts.
    """
    head = root.head
    while root.dep_ == "compound" and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if root.dep_ in ("poss", "compound", "nmod") and head.lower_ in ADMIN_WORDS:
        return True
    return root.dep_ == "compound" and head.lower_ in FEATURES and not doc[start:end].text.isupper()


def _placed_by_the_word_before(before: Token) -> bool:
    """Whether the word before a name makes it a place.

    A direction ("strikes hit southern Lebanon"), an area word that opens a name
    ("Barangay Tumaga") or "to" after a motion ("thousands fled to Chad").
    """
    if before.lower_ in DIRECTIONS:
        return True
    if before.is_title and before.lower_ in NAME_OPENING_AREAS:
        return True
    return before.lower_ == "to" and _motion_to(before)


def _where_it_happened(root: Token) -> bool:
    """Whether a name is the subject of a verb of experience, or owns a statistic or a group.

    "Mexico recorded 30,000 homicides", "Haiti has seen gang violence spread",
    "Jamaica's murder rate": the country is where the killings happen, not who acts;
    "Sudan's RSF": where the group is from.
    """
    head = root.head
    if head.i == root.i:
        return False
    if root.dep_ == "nsubj" and head.lemma_.lower() in PLACE_SUBJECT_VERBS:
        # what it saw is violence, not a view of it ("Israel saw the attack as a provocation")
        return not any(c.lower_ == "as" for c in head.children) and any(
            t.lemma_.lower() in VIOLENCE_WORDS for t in head.subtree if t.i > root.i
        )
    if root.dep_ not in ("poss", "compound", "nmod"):
        return False
    if head.lemma_.lower() in STATISTICS or (
        root.dep_ != "poss" and head.lemma_.lower() in CONFLICTS
    ):  # "Jamaica's murder rate", "the Sudan war" (but "Russia's war" is waged by it)
        return True
    # "Kenya's Rift Valley": a place's owner; "Sudan's RSF", "Russia's Wagner Group" (a
    # non-state group the gazetteer knows): where it is from; "Iran's Revolutionary Guards"
    # are its forces
    return root.dep_ == "poss" and (
        head.ent_type_ in PLACE_LABELS or NON_STATE_GROUPS.get(head.ent_id_, False)
    )


def _motion_to(preposition: Token) -> bool:
    """Whether "to" ends a motion: "fled to", "moved back to", "were evacuated to"."""
    head = preposition.head
    if head.dep_ in ("advmod", "prt", "acomp") and head.head.i != head.i:
        head = head.head
    return head.i != preposition.i and head.lemma_.lower() in MOTION_VERBS


# Words after "Town, Country" that close the place: "in Jos, Nigeria, on Monday".
_AFTER_PLACE = frozenset({"on", "in", "at", "last", "this", "early", "late", "overnight",
                          "after", "when", "where", "during", "since"})  # fmt: skip
# How many capitalised words the place before the comma may have ("Ciudad del Este").
_MAX_PLACE_WORDS = 4


def _country_after_its_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a country closes a place's name: "Jos, Nigeria", "Kech district, Pakistan".

    The words before the comma are an area word or a known place that is no country
    ("Russia, Iran, Turkey" is a list of states); after the country, the clause goes on
    with punctuation or a time or place word, not a verb ("Kharkiv, Ukraine said").
    """
    if start < 2 or doc[start - 1].text != "," or not is_country(doc[start:end].text):
        return False
    following = doc[end] if end < len(doc) else None
    if following is not None and not (following.is_punct or following.lower_ in _AFTER_PLACE):
        return False
    if doc[start - 2].lower_ in ADMIN_WORDS:
        return True
    first = start - 2
    while first > 0 and start - 1 - first < _MAX_PLACE_WORDS and doc[first - 1].is_title:
        first -= 1
    names = [doc[i : start - 1].text for i in range(first, start - 1) if doc[i].is_title]
    return any(is_place(name) and not is_country(name) for name in names)


# Event words whose "at"/"on" names a target rather than a place ("fired at", "strike on").
_AIMED = frozenset({"fire", "shoot", "target", "hit", "strike"})


def where_an_event_happened(doc: Doc, start: int) -> bool:
    """Whether an unknown name follows "at"/"on" of a killing or an attack: a place.

    "killed the pastor at Dogon Noma", "the raid on Ngarbuh": the village where it
    happened; "fired at" and "a strike on" name what was aimed at, and stay.
    """
    before = doc[start - 1] if start else None
    if before is None or before.lower_ not in ("at", "on"):
        return False
    head = before.head  # "killed a farmer at X": "at" may hang on the victim noun
    heads = {head, head.head} if head.dep_ in ("dobj", "nsubjpass") else {head}
    return head.i != before.i and any(h.lemma_.lower() in EVENT_WORDS - _AIMED for h in heads)


def acts(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the agent of a verb: "Baghdad said", "condemned by Moscow"."""
    root = span_root(doc, start, end)
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return True
    return root.dep_ in AGENT_DEPS


def stands_for_state(doc: Doc, start: int, end: int) -> bool:
    """Whether a capital stands for its government ("Moscow denied", "support for Damascus").

    It does not after any locative preposition ("to Kabul") or as the owner of a named
    place ("Kabul's Shar-e Naw area", "Baghdad’s Karrada district"), unless it acts.
    """
    if acts(doc, start, end):
        return True
    if in_place_context(doc, start, end, strong=False):
        return False
    root = span_root(doc, start, end)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in EVENT_WORDS:
        return False  # "drones struck Kyiv", "rebels attacked Bangui": the target's place
    owner = root.dep_ in ("poss", "compound", "nmod") and root.head.i >= end
    return not (owner and (root.head.pos_ == "PROPN" or root.head.lower_ in ADMIN_WORDS))


def _described_in_parentheses(doc: Doc, start: int, end: int) -> bool:
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


def _located_after(doc: Doc, end: int) -> bool:
    """Whether "in <administrative area>" follows: "Kuri in Jos South local government area"."""
    if end >= len(doc) or doc[end].lower_ not in STRONG_LOCATIVES:
        return False
    for token in doc[end + 1 : end + 8]:
        if token.is_punct or token.is_space:
            return False
        if token.lower_ in ADMIN_WORDS:
            return True
    return False


def holds_admin_office(doc: Doc, start: int, end: int) -> bool:
    """Whether the name owns an office of an administrative area: "Guerrero's state prosecutor".

    "X's state police", "X's district commissioner": X is the state or district. Only
    for names the gazetteer does not know (a country's "state television" is the state's).
    """
    root = doc[start:end].root
    if root.dep_ != "poss" or root.head.i < end:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in ADMIN_WORDS
               for c in root.head.lefts)  # fmt: skip


def places_elsewhere(doc: Doc) -> frozenset[str]:
    """Names the text uses as a place somewhere: "in Guerrero" makes "Guerrero" a place.

    A name the model tags as a person in one sentence and as a place, or after a
    locative preposition, in another is one place: an article does not name a person
    after the province it reports from. Model entities only (before any gazetteer).
    """
    names = set()
    for ent in doc.spans.get(MODEL_SPANS_KEY, []):
        if ent.label_ in ("GPE", "LOC") or (
            ent.label_ in ("PERSON", "ORG", "NORP") and in_place_context(doc, ent.start, ent.end)
        ):
            names.add(ent.text)
    for token in doc:  # "Plateau State", "Kalehe territory": the name before the word
        if token.lower_ in ADMIN_WORDS and token.i and doc[token.i - 1].is_title:
            first = token.i - 1
            while first > 0 and token.i - first < MAX_AREA_WORDS and doc[first - 1].is_title:
                first -= 1
            names.add(doc[first : token.i].text)
    return frozenset(names)


def _names_what_follows(doc: Doc, start: int, end: int) -> bool:
    """Whether an acronym qualifies the noun after it ("IS attack", "RSF shelling").

    A preposition before it governs that noun, not the acronym; a place word after it
    ("SNA checkpoint" aside) is read by the other checks.
    """
    root = doc[start:end].root
    return (
        end - start == 1
        and doc[start].text.isupper()
        and root.dep_ in ("compound", "amod", "nmod")
        and root.head.i >= end
        and root.head.lower_ not in PLACE_HEADS
    )


def names_origin(doc: Doc, start: int) -> bool:
    """Whether "from" ties the name to a noun before it: "a peacekeeper from Rwanda".

    Where someone comes from is a place; "fled from", "a statement from" aside, a state
    that acts is the subject or agent of its verb.
    """
    if start == 0 or doc[start - 1].lower_ != "from":
        return False
    head = doc[start - 1].head
    return head.pos_ in ("NOUN", "PROPN") and head.i < start - 1 and head.ent_type_ != "ORG"


def qualifies_a_person_or_event(doc: Doc, start: int, end: int) -> bool:
    """Whether an unknown name only says where a person or an event is from.

    "an Anacostia man", "a Tarauni woman", "the Kuriga abduction": a name that qualifies
    a person noun (`data/casualty_terms.csv`) or an event is a place, as "Mosul residents"
    is. Named groups are in the gazetteer and are not asked.
    """
    root = doc[start:end].root
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.i < end:
        return False
    head = {root.head.lower_, root.head.lemma_.lower()}
    return bool(head & (PERSON_NOUNS | EVENT_WORDS))
