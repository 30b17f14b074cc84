"""Villages the gazetteer lacks and area words: what in a sentence is a place, not a party.

Reports name villages, wards and settlements that no offline list holds ("Tungar Kwana",
"Kisumu Ndogo") and that the model often tags as a person. Such a name is a place when

- a place follows it after a comma, closing the clause: "Ngwo, Enugu State,", "Kisumu
  Ndogo, Kilifi, on Saturday" (a person's office after the place, "Kano State governor",
  keeps a person a person);
- "from" ties it to a person noun, the victims of an attack or a verb of motion or being:
  "a pastor from Riyom", "a trader from Matazu was shot", "the victims were from Riyom",
  "abducted from Kankara"; "at" to a person noun ("a trader at Githurai"); or "to" to a
  verb of motion:
  "the fighting spread to Tongo Tongo" (verbs in `data/place_words.csv`, kind `motion`);
- it is the object of a verb whose object is a place ("raided", "stormed", kind
  `place_verb`), or of an attack verb when the place index knows the name as a town of a
  country the article names ("attacked Dikwa") or the name is one word that names no
  person in the text ("attacked Djibasso", "Tongo Tongo was attacked");
- "at" follows a killing whose victims are already named: "two men were shot dead at Bog
  Walk" ("fired at X" aims at X, and stays);
- it is in a list that a place word closes: "attacked Kwall, Ancha and Rim communities".

A country after a dateline's town ("Kwall, Nigeria —") is where the report comes from, and
a country that opens a headline before a colon ("Kenya: bandits kill three") files it.

An area word ("District", "State", "Parish") alone, or heading only titles and place words
("Parish Headquarters", "County Commissioner"), names no person and no party.
"""

from spacy.tokens import Doc, Token

from analysis.parse.mentions import organization_type
from analysis.parse.motion import people_move
from analysis.parse.place_clues import (
    AFTER_PLACE,
    CONVEY_VERBS,
    EVENT_WORDS,
    GENERIC_NOUNS,
    MAX_PLACE_WORDS,
    MOTION_VERBS,
    PERSON_NOUNS,
    PLACE_HEADS,
    SCENE_VERBS,
    VICTIM_HEADS,
    VICTIM_VERBS,
    after_preposition,
    over_modifiers,
    span_root,
)  # fmt: skip
from analysis.parse.place_lists import listed_after_a_locative
from analysis.parse.place_roles import listed_with_a_place
from analysis.parse.places import (
    ADMIN_WORDS,
    STREET_WORDS,
    country_of,
    is_country,
    is_never_place,
    is_place,
    is_small_town,
)  # fmt: skip
from analysis.parse.spans import MODEL_SPANS_KEY
from analysis.rules import of_kind

PLACE_VERBS = of_kind("place_words", "word", "place_verb")
# Verbs whose object people leave: "150 families left Chicomuselo", "residents fled Kidal".
DEPARTURES = of_kind("place_words", "word", "departure")
# Words that may close a place after its comma: "Ngwo, Enugu State, on Sunday", "Ngwo,
# Enugu State and ...". The place after the comma has at most `MAX_PLACE_WORDS` words.
CLOSING_WORDS = AFTER_PLACE | {"and"}


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
    """Whether "from"/"to" ties the name to a person, a being or a motion: "a trader from X".

    "at" ties it to a person noun only: "a trader at Githurai" works or lives there.
    "From" reads over an article too ("a fisherman from the Petite Côte"), and after a verb
    that carries people ("took 15 people from Kuriga"; "took power from X" stays).
    """
    first = over_modifiers(doc, start, articles=True)
    start = first if first and doc[first - 1].lower_ == "from" else over_modifiers(doc, start)
    if start == 0 or doc[start - 1].lower_ not in ("from", "to", "at"):
        return False
    preposition = doc[start - 1]
    head = preposition.head
    if head.i == preposition.i:
        return False
    if preposition.lower_ == "at":
        lemma = head.lemma_.lower()
        return head.pos_ == "NOUN" and (lemma in PERSON_NOUNS or lemma in GENERIC_NOUNS)
    people = preposition.lower_ == "from"
    if people and head.dep_ in ("nsubjpass", "dobj") and head.head.lemma_.lower() in EVENT_WORDS:
        return True  # "pastoralists from Lokori were attacked": the victims' home
    if people and head.lemma_.lower() in CONVEY_VERBS:
        return people_move(head, deps=("dobj", "nsubjpass"))  # "took 15 people from Kuriga"
    return _head_locates(head, MOTION_VERBS, people=people) or (
        head.dep_ in ("acomp", "advmod", "prt") and _head_locates(head.head, MOTION_VERBS,
                                                                  people=people)
    )  # fmt: skip


def named_countries(doc: Doc) -> tuple[str, ...]:
    """The countries the text names outright or by a demonym ("Nigerian troops")."""
    names = [e.text for e in doc.spans.get(MODEL_SPANS_KEY, []) if e.label_ in ("GPE", "NORP")]
    return tuple(sorted({c for c in map(country_of, names) if c}))


def _lone_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is one word ("Djibasso"), one word twice ("Tongo Tongo") or numbered.

    News names a person in full before a lone surname; a one-word name that is no
    surname of a person named in the text is not a person's name.
    """
    words = doc[start:end].text.split()  # "Kasindi-Lubiriha" is one word
    if len(words) > 1 and any(c.isdigit() for c in words[-1]):
        words = words[:-1]  # "Mathare 4A", "Githurai 45": a numbered ward or stop of a place
    if len({w.lower() for w in words}) != 1 or not doc[start].is_title:
        return False
    word = doc[start].text
    return not any(
        ent.label_ == "PERSON" and len(ent) > 1 and word in ent.text.split()
        for ent in doc.spans.get(MODEL_SPANS_KEY, [])
        if (ent.start, ent.end) != (start, end)
    )


def _object_of_a_raid(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is what a raid took ("raided X"), people left or an attack hit (a town).

    A town of the index or of a country the article names, or a lone name ("attacked
    Djibasso", "Tongo Tongo was attacked") after a verb of attack that counts no victims:
    a killing or an abduction takes people ("killed Musa"), an attack takes a place.
    """
    root = span_root(doc, start, end)
    if root.dep_ not in ("dobj", "nsubjpass"):
        return False
    lemma = root.head.lemma_.lower()
    if lemma in PLACE_VERBS and (root.dep_ == "dobj" or lemma not in VICTIM_HEADS):
        return True  # "raided X", "X was torched" (but "X was burned alive" is a victim)
    if lemma in DEPARTURES and root.dep_ == "dobj":  # "families left X": where they were
        return people_move(root.head, deps=("nsubj",))
    name = doc[start:end].text
    if lemma not in EVENT_WORDS:
        return False
    if root.dep_ == "dobj" and (
        is_place(name) or is_small_town(name, named_countries(doc) or ("",))
    ):
        return True
    return lemma not in VICTIM_VERBS and _lone_name(doc, start, end)


def _at_the_scene(doc: Doc, start: int) -> bool:
    """Whether "at" follows a killing whose victims are named: "were shot dead at X".

    Also a scene ("were found dumped at X", "buried at X") and fire whose target is named
    ("opened fire on protesters at X"); "fired at X" with no other target aims at X.
    """
    if start == 0 or doc[start - 1].lower_ != "at":
        return False
    at = doc[start - 1]
    verbs = [at.head, at.head.head] if at.head.dep_ in ("xcomp", "advcl") else [at.head]
    for verb in verbs:
        if verb.i == at.i:
            continue
        if verb.lemma_.lower() in SCENE_VERBS:
            return True
        children = [c for c in verb.children if c.i != at.i]
        fire = [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_WORDS]
        if verb.lemma_.lower() not in EVENT_WORDS and not fire:
            continue
        targets = [
            c
            for c in children
            if c.dep_ in ("dobj", "nsubjpass", "acomp", "oprd") and c not in fire
        ] + [c for c in children if c.lower_ in ("on", "upon")]
        if targets:  # fmt: skip
            return True
    return False


def _listed_after_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is in a list whose first name follows a place preposition.

    "in Kurram, Orakzai and Khyber": the parse may make "Orakzai" a subject, but a list
    that "in" opens is a list of places. The list must close with "and" or "or", and the
    name must be no part of a person named in full in the text ("in Kabul, Ahmed and
    Musa Khan said" keeps its people).
    """
    if not _lone_name(doc, start, end) and not is_place(doc[start:end].text):
        return False
    first, joined = start, False
    while first >= 2 and doc[first - 1].lower_ in (",", "and", "or"):
        joined = joined or doc[first - 1].lower_ in ("and", "or")
        gap = first - 1
        if doc[gap].text != "," and doc[gap - 1].text == ",":
            gap -= 1  # ", and"
        run = gap
        while run > 0 and gap - run < MAX_PLACE_WORDS and doc[run - 1].is_title:
            run -= 1
        if run == gap:
            break
        first = run
    if first == start or is_never_place(doc[first].text):  # "In March, Ahmed and Musa"
        return False
    following = doc[end].lower_ if end < len(doc) else ""
    return (joined or following in ("and", "or")) and after_preposition(doc, first, strong=True)


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


# What files a headline under a country: "Kenya: ...", "Pakistan - seven soldiers killed".
HEADLINE_MARKS = frozenset({":", "—", "–", "-"})
# What opens a speaker's words after a headline's colon: "Iran: we will respond".
SPEAKER_OPENINGS = frozenset({"we", "i", "our", "us", "my", '"', "“", "'", "‘"})


def headline_country(doc: Doc, start: int, end: int) -> bool:
    """Whether a country tags a headline's place: "Kenya: bandits kill three in Baringo".

    A line that opens with a country and a colon (or a dash) files the story under that country;
    words in the speaker's voice after the colon ("Iran: we will respond") keep the
    country a speaker.
    """
    opens_line = start == 0 or "\n" in doc[start - 1].text_with_ws
    if not opens_line or end + 1 >= len(doc) or doc[end].text not in HEADLINE_MARKS:
        return False
    return is_country(doc[start:end].text) and doc[end + 1].lower_ not in SPEAKER_OPENINGS


# Lower-case words inside a place's name: "Ciudad del Este", "Moi Teaching and Referral
# Hospital", "Rua da Paz".
NAME_JOINERS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "el", "and", "of", "-"})
MAX_EXTRA_WORDS = 4


def _name_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The capitalised run around a name, over joining words ("Ciudad" in "Ciudad Juárez")."""
    first, last = start, end
    while first > 0 and start - first < MAX_EXTRA_WORDS and doc[first - 1].is_title:
        first -= 1
    while (
        last < len(doc)
        and last - end < MAX_EXTRA_WORDS
        and (
            doc[last].is_title
            or (doc[last].lower_ in NAME_JOINERS and last + 1 < len(doc) and doc[last + 1].is_title)
        )
    ):
        last += 1
    return first, last


def part_of_a_longer_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the model cut a place's name, so the name is a piece of a place.

    "Ciudad" of "Ciudad Juárez", "Moi Teaching and" of "Moi Teaching and Referral
    Hospital", "Ahmed Bello" of "Ahmed Bello Way": a longer capitalised run through the
    name that the index knows, or that ends in an area, street or building word, is the
    place.
    """
    first, last = _name_run(doc, start, end)
    while last > end and doc[last - 1].lower_ in NAME_JOINERS:
        last -= 1
    return any(
        is_place(doc[a:b].text) and not is_country(doc[a:b].text)
        for a in range(first, start + 1)
        for b in range(end, last + 1)
        if (a, b) != (start, end) and doc[b - 1].lower_ not in NAME_JOINERS
    )


def _at_a_lone_name(doc: Doc, start: int, end: int) -> bool:
    """Whether "at" names a one-word name no person holds, away from any attack: a place.

    "went to their farms at Zongoyire", "arrived at Kakuma": what news names after "at"
    with no word of a body is where; after a verb of attack or fire "at" aims ("fired at
    X", "opened fire at X") and `_at_the_scene` reads it. Acronyms ("at UNHCR") are bodies.
    """
    if start == 0 or doc[start - 1].lower_ != "at" or doc[start:end].text.isupper():
        return False
    head = doc[start - 1].head
    words = [head, head.head, *(c for c in head.children if c.dep_ == "dobj")]  # "opened fire"
    lemmas = {w.lemma_.lower() for w in words}
    return not lemmas & (EVENT_WORDS | VICTIM_VERBS) and _lone_name(doc, start, end)


def is_settlement(doc: Doc, start: int, end: int) -> bool:
    """Whether an unknown name is a village or town by its sentence (see the module docstring)."""
    return (
        part_of_a_longer_place(doc, start, end)
        or _placed_by_apposition(doc, start, end)
        or _from_or_to(doc, start)
        or _object_of_a_raid(doc, start, end)
        or _at_the_scene(doc, start)
        or _at_a_lone_name(doc, start, end)
        or _listed_before_a_place_word(doc, start, end)
        or _listed_after_a_place(doc, start, end)
        or listed_with_a_place(doc, start, end)
        or listed_after_a_locative(doc, start, end)  # "towards Hinche and X"
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

    "District", "the State", "Parish Headquarters", "County Commissioner", a building's
    word alone ("Hospital" before "Director X") name no person and no party; an
    organisation keyword in the name ("District Police", "State Security Service") makes
    a body that stays.
    """
    words = [t.lower_ for t in doc[start:end]]
    if len(words) == 1 and words[0] in STREET_WORDS:
        # "Hospital" in "Hospital Director X": a building's word alone before an office;
        # "Park said" (a surname that is also a street word) names a person
        return end < len(doc) and doc[end].is_title
    if words[0] not in ADMIN_WORDS:
        return False
    rest = words[1:]
    return not rest or (
        organization_type(doc[start:end].text, keywords) == "other"
        and all(w not in ADMIN_WORDS and (w in PLACE_HEADS or w in title_words)
                for w in rest)  # "State Department" is a ministry
    )  # fmt: skip
