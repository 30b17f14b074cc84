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
from analysis.parse.motion import MOTION_PREPOSITIONS, motion_to
from analysis.parse.motion import names_origin as names_origin
from analysis.parse.motion import people_move as people_move
from analysis.parse.place_headers import header_place
from analysis.parse.place_clues import (
    AGENT_DEPS,
    CONFLICTS,
    DESTINATIONS,
    FEATURES,
    GEOGRAPHY,
    LANDFORMS,
    MAX_AREA_WORDS,
    NON_STATE_GROUPS,
    NON_STATE_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    PLACE_SUBJECT_VERBS,
    PROXIMITY,
    RESIDENTS,
    SHELTERS,
    STATE_NOUNS,
    STATISTICS,
    VIOLENCE_WORDS,
    a_land_reached_or_in_part,
    after_preposition,
    country_after_its_place,
    described_in_parentheses,
    is_a_place_noun,
    named_after_a_body,
    on_a_side,
    said_to_be_a_place,
    span_root,
    struck_by_violence,
)  # fmt: skip
from analysis.parse.place_clues import DIRECTIONS as DIRECTIONS
from analysis.parse.place_clues import EVENT_WORDS as EVENT_WORDS
from analysis.parse.place_clues import PLACE_HEADS as PLACE_HEADS
from analysis.parse.place_roles import (
    a_country_qualifies,
    aimed_at_a_land,
    hung_on_a_place_word,
    in_a_place_state,
    listed_after_a_placed_name,
    owned_by_a_place,
    owns_a_condition,
    owns_an_officer_of_a_force,
    seat_of_an_office,
)  # fmt: skip
from analysis.parse.place_shapes import located_after, where_clause_after
from analysis.parse.place_targets import owns_its_produce, under_a_restriction
from analysis.parse.place_targets import where_an_event_happened as where_an_event_happened
from analysis.parse.places import (
    ADMIN_WORDS,
    AREA_WORDS,
    LOCATIVE_PREPOSITIONS,
    NAME_OPENING_AREAS,
    STREET_WORDS,
    STRONG_LOCATIVES,
    is_country,
    is_place,
)  # fmt: skip
from analysis.parse.spans import MODEL_SPANS_KEY


def in_place_context(doc: Doc, start: int, end: int, *, strong: bool = True) -> bool:
    """Whether the name at ``doc[start:end]`` is used as a place, not as an actor."""
    root = span_root(doc, start, end)
    if end < len(doc) and doc[end].dep_ == "case":
        root = doc[start:end].root  # "... in Ukraine and Iran's proxies": an owner, not a place
    if dateline_town(doc, start, end) or named_after_a_body(doc, start, end):
        return True  # "BUNIA, Congo —", "Parliament Road", "a Mathare house party"
    if header_place(doc, start, end):
        return True  # "Cabinda (Angola): FLEC-FAC said", "Sistan and Baluchestan (Iran):"
    if _placed_before(doc, start, end, root):
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
        described_in_parentheses(doc, start, end)
        or located_after(doc, end)
        or where_clause_after(doc, end)  # "reached Kidira, where officers stopped it"
        or _where_it_happened(root)  # "Mexico recorded 30,000 homicides"
        or country_after_its_place(doc, start, end)  # "shelled Idlib, Syria"
        or on_a_side(root)  # "on the Sudan side of the border"
        or seat_of_an_office(doc, start, end)  # "the mayor of Batibo"
        or owned_by_a_place(doc, start, end)  # "the city's Northeast Side"
        or listed_after_a_placed_name(doc, start, end)  # "at Panti, Yaba, for"
        or aimed_at_a_land(doc, start, end)  # "firing missiles at Israel"
        or hung_on_a_place_word(doc, start, end)  # "a bridge over the Tumen"
        or a_country_qualifies(doc, start, end)  # "a New Zealand pilot", "the Kenya Red Cross"
        or owns_an_officer_of_a_force(root)  # "Malawi's army commander said": the army's
        or under_a_restriction(doc, start, end)  # "imposed a curfew on Janakpurdham"
    ):
        return True
    head = root.head
    prepositions = STRONG_LOCATIVES if strong else LOCATIVE_PREPOSITIONS
    if (root.dep_ == "pobj" and head.lower_ in prepositions) or _qualifies_a_place_word(
        doc, start, end, root
    ):
        return True
    if root.dep_ == "pobj" and _after_a_place_word(head, doc[start:end].text):
        return True  # "border with Mali and Burkina Faso", "including Mali", "extradited to"
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ in prepositions:
        return True  # "in Barangay Poblacion, M'lang, Cotabato province": a list of places
    if root.dep_ == "appos" and head.lower_ in ADMIN_WORDS:
        return True
    return a_land_reached_or_in_part(doc, start, end, root)


def _qualifies_a_place_word(doc: Doc, start: int, end: int, root: Token) -> bool:
    """Whether the name owns or qualifies an area or a feature word: the area's place.

    "Mali's Mopti region", "the Sudan border", "the Armenia-Azerbaijan border" (both
    sides); a feature's owner ("the county's office") or an acronym ("an SNA base") acts.
    """
    head = root.head
    while root.dep_ == "compound" and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    area = {head.lower_, head.lemma_.lower()} & ADMIN_WORDS  # "Nigeria's northern states"
    if root.dep_ in ("poss", "compound", "nmod") and area:
        return True
    feature = root.dep_ in ("compound", "nmod") and head.lower_ in FEATURES  # "X industrial site"
    return feature and not doc[start:end].text.isupper()


def _after_a_place_word(preposition: Token, name: str) -> bool:
    """Whether a preposition ties its object to a place: "border with", "the Sahel, including".

    The parse may hang a list's last name on the preposition itself ("along the border with
    Mali and Burkina Faso"); "including" after a place names its parts ("the Sahel,
    including Mali"), after a noun ("donors, including Norway") the parties it counts.
    """
    head = preposition.head
    if head.i == preposition.i:
        return False
    if preposition.lower_ == "to":  # "extradited to the United States", "the entrance to X"
        return (is_place(name) and motion_to(preposition)) or head.lower_ in FEATURES
    if preposition.lower_ in ("of", "with"):
        return head.lower_ in PLACE_HEADS or head.lemma_.lower() in PLACE_HEADS
    return preposition.lower_ == "including" and (
        head.ent_type_ in ("GPE", "LOC") or (head.pos_ == "PROPN" and is_place(head.text))
    )


def _placed_before(doc: Doc, start: int, end: int, root: Token) -> bool:
    """Whether the word before the name, or before the first name of its list, places it.

    "southern Lebanon", "fled to Chad", "via Libya and Tunisia" (the list's first name);
    a word of nearness before a town ("neighbouring Hulme"; a country so named is a state
    that may act: "accused neighbouring Rwanda").
    """
    if start and _placed_by_the_word_before(doc[start - 1]):
        return True
    if start and doc[start - 1].lower_ in PROXIMITY and not is_country(doc[start:end].text):
        return True  # "neighbouring Hulme", "on nearby Chepkesin" ("neighbouring Rwanda" acts)
    first = root.left_edge.i
    return (
        root.i != doc[start:end].root.i and first > 0 and _placed_by_the_word_before(doc[first - 1])
    )


def _placed_by_the_word_before(before: Token) -> bool:
    """Whether the word before a name makes it a place.

    A direction ("strikes hit southern Lebanon"), an area word that opens a name
    ("Barangay Tumaga"), a weak locative after a motion ("thousands fled to Chad", "moved
    the weapons through Libya") or "for" after a departure ("left Libya for Italy", "a
    convoy bound for Somalia"). "From" is `names_origin`'s: aid that came from Iran is sent.
    """
    if before.lower_ in DIRECTIONS:
        return True
    if before.is_title and before.lower_ in NAME_OPENING_AREAS:
        return True
    if before.lower_ == "for":  # "left for the district centre and for Urgun": the first's
        head = before.head.head if before.head.lower_ == "for" else before.head
        return head.i != before.i and bool({head.lower_, head.lemma_.lower()} & DESTINATIONS)
    return before.lower_ in MOTION_PREPOSITIONS and motion_to(before)


def _where_it_happened(root: Token) -> bool:
    """Whether a name is the subject of a verb of experience, or owns a statistic or a group.

    "Mexico recorded 30,000 homicides", "Haiti has seen gang violence spread",
    "Jamaica's murder rate": the country is where the killings happen, not who acts;
    "Sudan's RSF": where the group is from.
    """
    head = root.head
    if root.dep_ not in AGENT_DEPS and any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS
                                            for c in root.children):  # fmt: skip
        return True  # "made Burkina Faso the epicentre" ("praised Chad, one of the countries")
    if head.i == root.i:
        return False
    if root.dep_ == "nsubj" and head.lemma_.lower() in PLACE_SUBJECT_VERBS:
        # what it saw is violence, not a view of it ("Israel saw the attack as a provocation");
        # in "the worst violence Mexico has seen" it is the noun the clause describes
        seen = [t for t in head.subtree if t.i > root.i]
        if head.dep_ == "relcl":
            seen += [t for t in head.head.subtree if t.i < root.i]
        viewed = [c for c in head.children if c.lower_ == "as"] + [  # "saw the clashes as a"
            t for t in seen if t.lower_ == "as" and t.dep_ == "prep"]  # fmt: skip
        return not viewed and any(t.lemma_.lower() in VIOLENCE_WORDS for t in seen)
    if root.dep_ == "nsubj" and head.lemma_.lower() in SHELTERS:  # "Uganda hosts refugees"
        return any(c.dep_ == "dobj" and {c.lower_, c.lemma_.lower()} & (PERSON_NOUNS | RESIDENTS)
                   for c in head.children)  # fmt: skip
    if root.dep_ == "nsubj" and head.pos_ in ("NOUN", "NUM"):  # "making Pakistan the deadliest
        return is_a_place_noun(head)  # country", "made Mexico one of the deadliest countries"
    if root.dep_ == "nsubj":  # "Lebanon lies north of Israel", "Somalia is home to", "was calm"
        return (head.lemma_.lower() in GEOGRAPHY or said_to_be_a_place(head) or _has_land(head)
                or in_a_place_state(head))  # fmt: skip
    if root.dep_ not in ("poss", "compound", "nmod"):
        return False
    if head.lemma_.lower() in STATISTICS or (
        root.dep_ != "poss" and head.lemma_.lower() in CONFLICTS
    ):  # "Jamaica's murder rate", "the Sudan war" (but "Russia's war" is waged by it)
        return True
    # "Kenya's Rift Valley": a place's owner; "Sudan's RSF", "Russia's Wagner Group" (a
    # non-state group the gazetteer knows): where it is from; "Iran's Revolutionary Guards"
    # are its forces
    if root.dep_ == "poss" and (
        head.ent_type_ in PLACE_LABELS or NON_STATE_GROUPS.get(head.ent_id_, False)
    ):
        return True
    # "Kenya's coast", "Mali's north": its ground; "Haiti's gangs", "Nigeria's bandits": groups
    # no state leads, placed by the country (its police or army are its forces, and stay)
    # ("Fano militiamen", "Islamic State fighters": a group's name, not its owner)
    # "Tehran's streets", "Gaza's hospitals": its streets and buildings are where
    words = {head.lower_, head.lemma_.lower()}
    owned_places = LANDFORMS | DIRECTIONS | NON_STATE_NOUNS | STREET_WORDS
    return (
        (root.dep_ == "poss" and bool(words & owned_places))
        or owns_a_condition(root)
        or owns_its_produce(root)
    )


def acts(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the agent of a verb: "Baghdad said", "condemned by Moscow"."""
    root = span_root(doc, start, end)
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return True
    return root.dep_ in AGENT_DEPS


def _has_land(verb: Token) -> bool:
    """Whether a subject has land or people: "Chad shares a long border with Sudan".

    A border, a coast or a population with an indefinite article is one the land has
    ("Kenya has a population of 55 million"); "Kenya closed its border" and "reopened the
    border" are deeds of the state.
    """
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in LANDFORMS | STATISTICS
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in verb.children
    )


def stands_for_state(doc: Doc, start: int, end: int) -> bool:
    """Whether a capital stands for its government ("Moscow denied", "support for Damascus").

    It does not after any locative preposition ("to Kabul") or as the owner of a named
    place ("Kabul's Shar-e Naw area", "Baghdad’s Karrada district"), unless it acts.
    """
    root = span_root(doc, start, end)
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and (
        _where_it_happened(root) or struck_by_violence(head, root)
    ):  # "Mogadishu has seen car bombs", "Khartoum has been devastated by the fighting"
        return False
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in EVENT_WORDS:
        return False  # "drones struck Kyiv", "Damascus was shelled": the target's place
    if acts(doc, start, end):
        return True
    if in_place_context(doc, start, end, strong=False):
        return False
    owner = root.dep_ in ("poss", "compound", "nmod") and head.i >= end
    if owner and root.dep_ == "compound" and head.pos_ == "NOUN":
        # "Mogadishu hotels", "the Baghdad bombing": where; "Moscow officials": the state
        return {head.lower_, head.lemma_.lower()} & STATE_NOUNS != set()
    return not (owner and (head.pos_ == "PROPN" or head.lower_ in ADMIN_WORDS))


def speaks_for_its_area(doc: Doc, start: int, end: int) -> bool:
    """Whether a state, province or county named with its word speaks or acts: its government.

    "Kaduna State said it had deployed troops", "Nakuru County announced a curfew": the
    area's government, as "Moscow said" is Russia's; "Kaduna State has seen a wave of
    kidnappings", "Zamfara State was hit by floods" and "in Kaduna State" are the place.
    """
    words = doc[start:end].text.split()
    if len(words) < 2 or words[-1].lower() not in AREA_WORDS or header_place(doc, start, end):
        return False  # "Benue State, Nigeria: herders attacked": the header's place
    if not is_place(" ".join(words[:-1])):
        return False  # "the Memphis Police Department said": a body, not an area
    return span_root(doc, start, end).dep_ == "nsubj" and stands_for_state(doc, start, end)


def holds_admin_office(doc: Doc, start: int, end: int) -> bool:
    """Whether the name owns an office of an administrative area: "Guerrero's state prosecutor".

    "X's state police", "X's district commissioner": X is the state or district; "the
    mayor of X" (`place_roles.seat_of_an_office`): X is the town. Only
    for names the gazetteer does not know (a country's "state television" is the state's).
    """
    root = doc[start:end].root
    if seat_of_an_office(doc, start, end):
        return True  # "the mayor of Batibo": the office's seat
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


def qualifies_a_person_or_event(doc: Doc, start: int, end: int) -> bool:
    """Whether an unknown name only says where a person or an event is from.

    "an Anacostia man", "a Tarauni woman", "the Kuriga abduction", "over Moss Side
    stabbing": a name that qualifies a person noun (`data/casualty_terms.csv`) or an event
    or act of violence is a place, as "Mosul residents" is. Named groups are in the
    gazetteer and are not asked.
    """
    root = doc[start:end].root
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.i < end:
        return False
    head = {root.head.lower_, root.head.lemma_.lower()}
    return bool(head & (PERSON_NOUNS | VIOLENCE_WORDS))
