"""Names whose shape makes them a place the index lacks: an article, a joining word, a building.

The resolver asks these of names the gazetteer does not know (`analysis.parse.unknown_names`),
after the sentence-level checks of `analysis.parse.context` and `analysis.parse.settlements`.
Each reads the form of the name and the words next to it, not a list of places:

- a name the model calls a person that takes "the" after "from" or a preposition only places
  take is a region ("a soldier from the Casamance", "a trader from the Terai"): people take
  no article ("according to the Asociación" names a source);
- two names joined by a lower-case preposition of place are two places ("the road from Palma
  to Ancuabe", "the police post at Neiafu on Vava'u") when either is a known place;
- a name that runs on from capitalised words over a lower-case joining word ("the village of
  Mali i Jushit", "Ras al Ayn") is placed where the whole run stands;
- a building named after its town ("Ba Mission Hospital", "University Hospital of
  Mirebalais") is a site, whatever body its other words name;
- what shelling or an airstrike hit is a place ("Airstrikes hit Maarat al-Numan");
- a name the model ran on into lower-case words that end in a building's ("Ambalangoda
  funeral house", "Hikkaduwa beach hotel") is the town the building is in;
- a name followed by "in <area word>" or by a "where" clause is a place ("Kuri in Jos South
  local government area", "reached Kidira, where officers stopped it"; asked by
  `analysis.parse.context`).

The words are in `data/place_words.csv` (kinds `building`, `violence`) and
`data/locative_prepositions.csv`.
"""

from itertools import pairwise

from spacy.tokens import Doc

from analysis.parse.place_clues import after_preposition, is_violence, over_modifiers, span_root
from analysis.parse.places import (
    ADMIN_WORDS,
    STREET_WORDS,
    STRONG_LOCATIVES,
    is_place,
    is_small_town,
)
from analysis.rules import of_kind

# Buildings that are where people are treated, held or gather, never who acts: a name ending
# in one is a site ("Ba Mission Hospital"). Churches and mosques are left out: "the Catholic
# Church" speaks; "Police Station" keeps its force (`places.WAY_WORDS`).
SITE_WORDS = frozenset({"hospital", "clinic", "infirmary", "market", "stadium"})
# Lower-case words that end a building's or a gathering's noun after a town's name ("funeral
# house", "beach hotel", "house party"): `data/place_words.csv`, kinds street and gathering.
SITE_NOUNS = STREET_WORDS | of_kind("place_words", "word", "gathering")
# Lower-case words that join the parts of one place's name in the languages news transcribes:
# Albanian "Mali i Jushit", Arabic "Ras al Ayn", Urdu "Mir ul Haq", Romance "San Juan de la".
NAME_JOINERS = frozenset({
    "i", "e", "al", "el", "an", "ad", "ar", "as", "ash", "ul", "ud",
    "de", "del", "da", "do", "dos", "das", "la", "di", "du", "des",
})  # fmt: skip
# Prepositions that join two places inside one entity ("Palma to Ancuabe", "Neiafu on Vava'u").
JOINING_PREPOSITIONS = frozenset({"to", "on", "in", "near"})
# Verbs whose object is what a weapon struck: with violence as their subject, a place.
STRUCK_VERBS = frozenset({"hit", "strike", "shell", "pound", "bomb", "bombard", "target"})


def a_region_with_its_article(doc: Doc, start: int, label: str) -> bool:
    """Whether a "person" takes "the" after a place's preposition: "from the Terai".

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("A trader from the Terai was beaten.")
    >>> a_region_with_its_article(doc, 4, "PERSON")
    True
    """
    if label != "PERSON" or start < 2 or doc[start - 1].lower_ != "the":
        return False
    first = over_modifiers(doc, start, articles=True)
    # "from", or a preposition only places take ("in", "near"): "according to the
    # Asociación" names a source
    return first > 0 and doc[first - 1].lower_ in STRONG_LOCATIVES | {"from"}


def places_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is two names joined by a preposition of place, one of them a place.

    "Palma to Ancuabe", "Neiafu on Vava'u": the model took the route or the island for one
    name; a body's name with "to" or "on" ("Committee to Protect Journalists", "Council on
    Foreign Relations") has no place in its parts.
    """
    joints = [t.i for t in doc[start + 1 : end - 1] if t.lower_ in JOINING_PREPOSITIONS]
    if not joints:
        return False
    cuts = [start, *joints, end]
    parts = [doc[a + (a != start) : b].text for a, b in pairwise(cuts)]
    return all(p[:1].isupper() for p in parts) and any(
        is_place(p) or is_small_town(p) for p in parts
    )


def run_start(doc: Doc, start: int) -> int:
    """Where a name's capitalised run begins over lower-case joining words: "Mali i Jushit".

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("He was shot in the village of Mali i Jushit on Sunday.")
    >>> run_start(doc, 9)
    7
    """
    first = start
    while first > 1 and doc[first - 1].lower_ in NAME_JOINERS and doc[first - 2].is_title:
        first -= 2
        while first > 0 and doc[first - 1].is_title and start - first < 6:
            first -= 1
    return first


def names_a_site(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a building's: it ends in a site word or is "<site> of <name>"."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) > 1 and words[-1] in SITE_WORDS:
        return True  # "Ba Mission Hospital"
    return "of" in words[1:-1] and words[words.index("of") - 1] in SITE_WORDS


def hit_by_a_weapon(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is what shelling, a strike or a missile hit: "Airstrikes hit X".

    A party hit by a party ("Gunmen hit Ahmed") stays: the subject must be violence.
    """
    root = span_root(doc, start, end)
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in STRUCK_VERBS:
        return False
    return any(c.dep_ == "nsubj" and is_violence(c) for c in verb.children)


def runs_into_a_site(doc: Doc, start: int, end: int) -> bool:
    """Whether a name runs on into lower-case words ending in a building's: "Galle funeral house".

    The model took a town and the building after it for one name; the building is where
    things happen, and the town is its place. A body's name is capitalised ("State House").

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Gunmen fired at mourners at the Galle funeral house.")
    >>> runs_into_a_site(doc, 6, 9)
    True
    """
    last = doc[end - 1]
    tail = [t for t in doc[start:end] if t.is_lower]
    return (
        bool(tail)
        and doc[start].is_title
        and last.is_lower
        and all(t.is_lower for t in doc[tail[0].i : end])
        and {last.lower_, last.lemma_.lower()} & SITE_NOUNS != set()
    )


def shaped_as_a_place(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether an unknown name is a place by its shape (see the module docstring)."""
    first = run_start(doc, start)
    return (
        a_region_with_its_article(doc, start, label)
        or places_joined(doc, start, end)
        or (first < start and after_preposition(doc, first, strong=True))
        or names_a_site(doc, start, end)
        or hit_by_a_weapon(doc, start, end)
        or runs_into_a_site(doc, start, end)
    )


def located_after(doc: Doc, end: int) -> bool:
    """Whether "in <administrative area>" follows: "Kuri in Jos South local government area".

    Over a comma for the object of a preposition: "an attack on Mbau, in Mocímboa da Praia
    district" (a subject's comma may open an aside: "Bello, in Bassa LGA, said").
    """
    if end < len(doc) and doc[end].text == "," and doc[end - 1].dep_ == "pobj":
        end += 1
    if end >= len(doc) or doc[end].lower_ not in STRONG_LOCATIVES:
        return False
    for token in doc[end + 1 : end + 8]:
        if token.is_punct or token.is_space:
            return False
        if token.lower_ in ADMIN_WORDS:
            return True
    return False


def where_clause_after(doc: Doc, end: int) -> bool:
    """Whether a clause of "where" follows the name: "reached Kidira, where officers stopped it".

    A relative "where" tells what happens at the name, which makes it a place ("on Crete,
    where celebratory gunfire is common"); a body's premises are told so too, so a name
    typed by its own words stays a body (`unknown_names` asks only of other names).
    """
    if end < len(doc) and doc[end].text == ",":
        end += 1
    return (
        end + 1 < len(doc)
        and doc[end].lower_ == "where"
        and doc[end].dep_ == "advmod"
        and doc[end].head.dep_ == "relcl"
    )
