"""A place's name the model cut after "of": "Spain" of "Port of Spain", "Man" of "Isle of Man".

Some towns and islands are named "<Word> of <Name>" ("Port of Spain", "Isle of Man", "Bay of
Plenty"), and the model often tags only the last word, which may also be a country: a
dateline "PORT OF SPAIN" then reads as Spain, and every unnamed force in the article
becomes Spain's. When the capitalised word and "of" before an entity make, with it, the
name of a place in the place index (the whole name, not a town that only contains it),
the entity becomes that whole place. "Government of Spain" or "King of Spain" name no
place and are left alone. The resolver asks this before it reads the entities.
"""

from spacy.tokens import Doc, Span

from analysis.parse.place_index import fold
from analysis.parse.places import resolve_place
from analysis.parse.spans import put_entities
from analysis.rules import of_kind

# Labels of the model's entities that may be the last piece of such a name.
CUT_LABELS = frozenset({"GPE", "LOC", "PERSON", "ORG"})
# Words of the sea and the land ("Gulf", "Sea", "Strait", "Cape"): "<Word> of <Name>" is a
# sea or a coast even when the name is a country's ("Gulf of Mexico", "Sea of Japan").
LANDFORMS = of_kind("place_words", "word", "landform")


def join_of_places(doc: Doc) -> None:
    """Rewrite `doc.ents`: "<Word> of <entity>" that names a known place becomes one GPE.

    >>> from spacy.lang.en import English
    >>> doc = English()("PORT OF SPAIN, Trinidad - Police said two men were shot.")
    >>> doc.ents = [Span(doc, 2, 3, label="GPE")]
    >>> join_of_places(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('PORT OF SPAIN', 'GPE')]
    >>> doc = English()("The Government of Spain condemned the attack.")
    >>> doc.ents = [Span(doc, 3, 4, label="GPE")]
    >>> join_of_places(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Spain', 'GPE')]
    >>> doc = English()("Pirates struck in the Gulf of Guinea.")
    >>> doc.ents = [Span(doc, 6, 7, label="GPE")]
    >>> join_of_places(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Gulf of Guinea', 'LOC')]
    """
    joined = []
    for ent in doc.ents:
        start = ent.start - 2
        if ent.label_ not in CUT_LABELS or start < 0:
            continue
        word, of = doc[start], doc[start + 1]
        if of.lower_ != "of" or not word.is_alpha or not (word.is_title or word.is_upper):
            continue
        if word.lower_ in LANDFORMS:  # "Gulf of Guinea": the sea, not the state
            joined.append(Span(doc, start, ent.end, label="LOC"))
            continue
        if ent.ent_id_:
            continue
        text = doc[start : ent.end].text
        place = resolve_place(text)
        if place is not None and place.precision != "country" and fold(place.place) == fold(text):
            joined.append(Span(doc, start, ent.end, label="GPE"))
    put_entities(doc, joined)
