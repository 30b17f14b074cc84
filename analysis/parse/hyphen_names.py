"""A place's name the model cut at its hyphen: "Saut" of "Saut-d'Eau", "Shahrah-e-Faisal".

Town and road names join their words with hyphens and a lower-case link ("Port-au-Prince",
"Stratford-upon-Avon", "Shahrah-e-Faisal", "Saut-d'Eau"). The model may tag only the first
piece, often as a person. When a model entity stops at a hyphen written without spaces,
and the word glued after it opens in lower case and the run ends in a capitalised piece,
the whole run is one name, a place's. A hyphen followed by a lower-case word that ends
the run ("Iran-backed", "Hamas-run") is no such name and is left alone. The resolver asks
this before it reads the entities.
"""

from spacy.tokens import Doc, Span

from analysis.parse.spans import put_entities
from analysis.rules import marks

HYPHENS = marks("hyphen")
# Labels of the model's entities that may be the first piece of a hyphenated place.
CUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def join_hyphenated_places(doc: Doc, known: frozenset[str] = frozenset()) -> None:
    """Rewrite `doc.ents`: an entity cut at "<Name>-<link>-<Name>" becomes the whole place (GPE).

    So does a person or an organisation whose whole name is one such word ("Trou-du-Nord"
    tagged as a person). Names the gazetteer knows (`known`: "Lashkar-e-Taiba") stay.

    >>> from spacy.lang.en import English
    >>> doc = English()("Residents fled towards Saut-d'Eau on Monday.")
    >>> doc.ents = [Span(doc, 3, 4, label="PERSON")]
    >>> join_hyphenated_places(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [("Saut-d'Eau", 'GPE')]
    >>> doc = English()("Iran-backed militias fired rockets.")
    >>> doc.ents = [Span(doc, 0, 1, label="GPE")]
    >>> join_hyphenated_places(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Iran', 'GPE')]
    """
    joined = []
    for ent in doc.ents:
        if ent.label_ not in CUT_LABELS or ent.ent_id_:
            continue
        whole = ent.end if _one_hyphenated_word(ent) else None
        end = _run_end(doc, ent.end) or whole
        if end is not None and doc[ent.start : end].text not in known:
            joined.append(Span(doc, ent.start, end, label="GPE"))
    put_entities(doc, joined)


def _run_end(doc: Doc, end: int) -> int | None:
    """The end of the hyphenated run glued to a name ending at `end`, or None.

    The run is the tokens written without spaces after the name; it must open with a
    hyphen, hold a lower-case link right after it, and end in a capitalised piece.
    """
    if end >= len(doc) or doc[end].text not in HYPHENS or doc[end - 1].whitespace_:
        return None
    last = end
    while last < len(doc) and not doc[last].whitespace_ and last + 1 < len(doc):
        piece = doc[last + 1].text
        if not (doc[last + 1].is_alpha or piece in HYPHENS or "'" in piece):
            break
        last += 1
    link, final = doc[end + 1] if end + 1 < len(doc) else None, doc[last]
    if link is None or last == end or not link.text[:1].islower():
        return None
    if final.text in HYPHENS or not any(c.isupper() for c in final.text):
        return None
    return last + 1


def _one_hyphenated_word(ent: Span) -> bool:
    """Whether a person's or a body's whole name is one such word: "Trou-du-Nord"."""
    return ent.label_ in ("PERSON", "ORG") and _run_end(ent.doc, ent.start + 1) == ent.end
