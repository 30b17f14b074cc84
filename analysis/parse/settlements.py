"""Villages the gazetteer lacks and area words: what in a sentence is a place, not a party.

Reports name villages, wards and settlements that no offline list holds ("Tungar Kwana",
"Kisumu Ndogo") and that the model often tags as a person. Such a name is a place when

- a place follows it after a comma, closing the clause: "Ngwo, Enugu State,", "Kisumu
  Ndogo, Kilifi, on Saturday" (a person's office after the place, "Kano State governor",
  keeps a person a person);
- "from" ties it to a person noun, the victims of an attack or a verb of motion or being:
  "a pastor from Riyom", "a trader from Matazu was shot", "the victims were from Riyom",
  "abducted from Kankara"; or "to" to a verb of motion:
  "the fighting spread to Tongo Tongo" (verbs in `data/place_words.csv`, kind `motion`);
- it is the object of a verb whose object is a place ("raided", "stormed", kind
  `place_verb`), or of an attack verb when the place index knows the name as a town of a
  country the article names ("attacked Dikwa");
- "at" follows a killing whose victims are already named: "two men were shot dead at Bog
  Walk" ("fired at X" aims at X, and stays);
- it is in a list that a place word closes: "attacked Kwall, Ancha and Rim communities".

A country after a dateline's town ("Kwall, Nigeria —") is where the report comes from, and
a country that opens a headline before a colon ("Kenya: bandits kill three") files it.

An area word ("District", "State", "Parish") alone, or heading only titles and place words
("Parish Headquarters", "County Commissioner"), names no person and no party.
"""

from spacy.tokens import Doc, Token

from analysis.parse.context import EVENT_WORDS, PERSON_NOUNS, PLACE_HEADS, span_root
from analysis.parse.mentions import organization_type
from analysis.parse.places import (
    ADMIN_WORDS,
    country_of,
    is_country,
    is_place,
    is_small_town,
)  # fmt: skip
from analysis.parse.spans import MODEL_SPANS_KEY
from analysis.rules import mapping, of_kind

MOTION_VERBS = of_kind("place_words", "word", "motion")
PLACE_VERBS = of_kind("place_words", "word", "place_verb")
GENERIC_NOUNS = frozenset(mapping("generic_actors", "noun", "actor_type"))
# Words that may close a place after its comma: "Ngwo, Enugu State, on Sunday".
CLOSING_WORDS = frozenset({"on", "in", "at", "last", "this", "early", "late", "overnight",
                           "after", "when", "where", "during", "since", "and"})  # fmt: skip
# How many capitalised words the place after the comma may have ("Central Equatoria State").
MAX_PLACE_WORDS = 4


def _placed_by_apposition(doc: Doc, start: int, end: int) -> bool:
    """Whether ", <place>" follows and closes the clause: "Kisumu Ndogo, Kilifi, on Saturday"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    last = end + 1
    while (
        last < len(doc)
        and last - end - 1 < MAX_PLACE_WORDS
        and (doc[last].is_title or doc[last].is_upper or doc[last].lower_ in ADMIN_WORDS)
    ):
        last += 1
    if last == end + 1:
        return False
    following = doc[last] if last < len(doc) else None
    if following is not None and not (following.is_punct or following.lower_ in CLOSING_WORDS):
        return False  # "Musa Ali, Kano State governor": an office, not a place
    words = doc[end + 1 : last]
    return words[-1].lower_ in ADMIN_WORDS or is_place(words.text) or is_country(words.text)


def _head_locates(head: Token, verbs: frozenset[str], *, people: bool) -> bool:
    lemma = head.lemma_.lower()
    if lemma in verbs or (people and lemma == "be"):
        return True
    return people and (lemma in PERSON_NOUNS or lemma in GENERIC_NOUNS or head.lower_ in
                       GENERIC_NOUNS)  # fmt: skip


def _from_or_to(doc: Doc, start: int) -> bool:
    """Whether "from"/"to" ties the name to a person, a being or a motion: "a trader from X"."""
    if start == 0 or doc[start - 1].lower_ not in ("from", "to"):
        return False
    preposition = doc[start - 1]
    head = preposition.head
    if head.i == preposition.i:
        return False
    people = preposition.lower_ == "from"
    if people and head.dep_ in ("nsubjpass", "dobj") and head.head.lemma_.lower() in EVENT_WORDS:
        return True  # "pastoralists from Lokori were attacked": the victims' home
    return _head_locates(head, MOTION_VERBS, people=people) or (
        head.dep_ in ("acomp", "advmod", "prt") and _head_locates(head.head, MOTION_VERBS,
                                                                  people=people)
    )  # fmt: skip


def named_countries(doc: Doc) -> tuple[str, ...]:
    """The countries the text names outright or by a demonym ("Nigerian troops")."""
    names = [e.text for e in doc.spans.get(MODEL_SPANS_KEY, []) if e.label_ in ("GPE", "NORP")]
    return tuple(sorted({c for c in map(country_of, names) if c}))


def _object_of_a_raid(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is what a raid took ("raided X") or an attack hit, if X is a town."""
    root = span_root(doc, start, end)
    if root.dep_ != "dobj":
        return False
    lemma = root.head.lemma_.lower()
    if lemma in PLACE_VERBS:
        return True
    name = doc[start:end].text
    return lemma in EVENT_WORDS and (
        is_place(name) or is_small_town(name, named_countries(doc) or ("",))
    )


def _at_the_scene(doc: Doc, start: int) -> bool:
    """Whether "at" follows a killing whose victims are named: "were shot dead at X"."""
    if start == 0 or doc[start - 1].lower_ != "at":
        return False
    verb = doc[start - 1].head
    if verb.lemma_.lower() not in EVENT_WORDS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "acomp", "oprd") for c in verb.children)


def _listed_before_a_place_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is in a list that a place word closes: "Kwall, Ancha and X communities".

    The word after the list's last name ("communities", "areas", "villages") makes each
    name in the list a place, as it makes the last one.
    """
    root = span_root(doc, start, end)
    names = [root, *root.conjuncts]
    last = max(names, key=lambda t: t.i)
    if last.i < start or last.i + 1 >= len(doc):
        return False
    following = doc[last.i + 1]
    return {following.lower_, following.lemma_.lower()} & PLACE_HEADS != set()


# Dashes and colons that close a dateline: "Kwall, Nigeria —".
DATELINE_ENDS = frozenset({"—", "–", "-", ":", "("})
MAX_DATELINE_WORDS = 4


def dateline_country(doc: Doc, start: int, end: int) -> bool:
    """Whether a country closes a dateline whose town opens the line: "Kwall, Nigeria —".

    The town may be in title case and unknown to the index; the dash after the country
    makes the line a dateline, so the country is where, not who.
    """
    if end >= len(doc) or doc[end].text not in DATELINE_ENDS or start < 2:
        return False
    if doc[start - 1].text != "," or not is_country(doc[start:end].text):
        return False
    first = start - 2
    while first > 0 and start - 1 - first < MAX_DATELINE_WORDS and doc[first - 1].is_title:
        first -= 1
    opens_line = first == 0 or "\n" in doc[first - 1].text_with_ws
    return opens_line and all(t.is_title or t.is_upper for t in doc[first : start - 1])


# What opens a speaker's words after a headline's colon: "Iran: we will respond".
SPEAKER_OPENINGS = frozenset({"we", "i", "our", "us", "my", '"', "“", "'", "‘"})


def headline_country(doc: Doc, start: int, end: int) -> bool:
    """Whether a country tags a headline's place: "Kenya: bandits kill three in Baringo".

    A line that opens with a country and a colon files the story under that country;
    words in the speaker's voice after the colon ("Iran: we will respond") keep the
    country a speaker.
    """
    opens_line = start == 0 or "\n" in doc[start - 1].text_with_ws
    if not opens_line or end + 1 >= len(doc) or doc[end].text != ":":
        return False
    return is_country(doc[start:end].text) and doc[end + 1].lower_ not in SPEAKER_OPENINGS


def is_settlement(doc: Doc, start: int, end: int) -> bool:
    """Whether an unknown name is a village or town by its sentence (see the module docstring)."""
    return (
        _placed_by_apposition(doc, start, end)
        or _from_or_to(doc, start)
        or _object_of_a_raid(doc, start, end)
        or _at_the_scene(doc, start)
        or _listed_before_a_place_word(doc, start, end)
    )


def area_title(doc: Doc, start: int, end: int) -> bool:
    """Whether an area word opens a person's name before more words: "District Commissioner X".

    A person is never named "District" or "Province": the word is part of an office.
    """
    return start + 1 < end and doc[start].lower_ in ADMIN_WORDS and doc[start].is_title


def names_an_area_word(
    doc: Doc, start: int, end: int, keywords: list[tuple[tuple[str, ...], str]],
    title_words: set[str],
) -> bool:  # fmt: skip
    """Whether a name is an area word alone or heading only titles and place words.

    "District", "the State", "Parish Headquarters", "County Commissioner" name no
    person and no party; an organisation keyword in the name ("District Police",
    "State Security Service") makes a body that stays.
    """
    words = [t.lower_ for t in doc[start:end]]
    if words[0] not in ADMIN_WORDS:
        return False
    rest = words[1:]
    return not rest or (
        organization_type(doc[start:end].text, keywords) == "other"
        and all(w not in ADMIN_WORDS and (w in PLACE_HEADS or w in title_words)
                for w in rest)  # "State Department" is a ministry
    )  # fmt: skip
