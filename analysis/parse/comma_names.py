"""A town and a person's name the model read as one name: "the mayor of Apatzingán, Fanny Arreola".

An office of a town is often written "the mayor of <town>, <first name> <surname>"; the
model may tag the whole run as one organisation. When the words before the comma are a
known place (or a small town) and the words after it a name of two or more capitalised
words that is no place ("Jos, Plateau State" is one place in its province), the entity is
two: the town, then the person. The resolver asks this before it reads the entities.
"""

from spacy.tokens import Doc, Span

from analysis.parse.places import is_place, is_small_town

# Labels of the model's entities that may hold a town and a person.
JOINED_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
# How many words a person's name after the comma may have ("José Guadalupe Ramírez Soto").
MAX_NAME_WORDS = 4


def split_town_and_person(doc: Doc) -> None:
    """Rewrite `doc.ents`: "<town>, <First Last>" becomes the town (GPE) and the person.

    >>> from spacy.lang.en import English
    >>> doc = English()("The mayor of Cherán, José Ramírez, spoke.")
    >>> doc.ents = [Span(doc, 3, 7, label="ORG")]
    >>> split_town_and_person(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Cherán', 'GPE'), ('José Ramírez', 'PERSON')]
    """
    ents, changed = [], False
    for ent in doc.ents:
        parts = _town_and_person(doc, ent) if ent.label_ in JOINED_LABELS else None
        if parts is None:
            ents.append(ent)
            continue
        (town_start, town_end), (name_start, name_end) = parts
        ents += [Span(doc, town_start, town_end, label="GPE"),
                 Span(doc, name_start, name_end, label="PERSON")]  # fmt: skip
        changed = True
    if changed:
        doc.ents = ents


def _town_and_person(doc: Doc, ent: Span) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The token bounds of the town and of the person in "<town>, <name>", else None."""
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1:
        return None
    comma = commas[0]
    town, name = doc[ent.start : comma], doc[comma + 1 : ent.end]
    words = [t for t in name if not t.is_punct]
    if (
        not len(town)
        or not 2 <= len(words) <= MAX_NAME_WORDS
        or len(words) != len(name)
        or not all(t.is_title and t.is_alpha for t in words)
        or not all(t.is_title or t.is_upper for t in town)
        or is_place(name.text)
        or not (is_place(town.text) or is_small_town(town.text))
    ):
        return None
    return (ent.start, comma), (comma + 1, ent.end)
