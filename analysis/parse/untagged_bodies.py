"""A body's name the model did not tag: "the Special Task Force arrested two men".

The statistical model misses some names of police and army units and of state offices
that have no place or person in them ("Special Task Force", "Counter Terrorism
Department", "National Anti-Extortion Force"). Such a name is a run of proper nouns
(with "of" or "for" between two of them) that no entity covers, ends in a state body's
keyword of `data/organization_keywords.csv` ("Force", "Department", "Directorate") and
holds at least two words; the resolver then reads it as any organisation the model
found. Civil society's and international bodies' names are read the same way ("Deep
South Watch" tagged as a work of art, "the Zimbabwe Peace Project" untagged but for the
country). A headline written in capitals ("Gunmen Kill Two Police") is verbs and numbers
as well as names, and is left out: every word must be a proper noun.
"""

from spacy.tokens import Doc, Span

from analysis.parse.mentions import DETERMINERS, organization_type
from analysis.parse.places import fold
from analysis.parse.spans import MODEL_SPANS_KEY

# Types of the bodies read here: a state's own offices and forces, civil society
# ("Deep South Watch", "the Zimbabwe Peace Project") and international bodies.
BODY_TYPES = frozenset({"state", "state_forces", "ngo", "international_org"})
# Entity labels the model gives a body's name by mistake ("Unit" as a law, a place).
MISLABELLED = frozenset({"GPE", "LOC", "FAC", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART"})
# Lower-case words inside a body's name ("Directorate of Criminal Investigations").
JOINERS = frozenset({"of", "for"})


def _named(token) -> bool:
    """A word of a name: a capitalised proper noun that is no article."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in DETERMINERS


def _ends_in_body(words: Span, keywords: list[tuple[tuple[str, ...], str]]) -> bool:
    """Whether a name of two words or more ends in a state body's keyword, and is one.

    "Special Task Force", "Counter Terrorism Department"; not "Police Commissioner" (a
    person's title holds the keyword, but does not end in it).
    """
    tail = tuple(fold(t.text) for t in words if t.lower_ not in DETERMINERS)
    return (
        len(tail) > 1
        and any(kind in BODY_TYPES and tail[-len(k) :] == k for k, kind in keywords)
        and organization_type(words.text, keywords) in BODY_TYPES
    )


def untagged_bodies(doc: Doc, keywords: list[tuple[tuple[str, ...], str]]) -> list[Span]:
    """Untagged runs of proper nouns that name a state body by their last word(s), as ORG.

    A model entity of a label no actor has ("the National Anti-Kidnapping Unit" as a law,
    "Counter Terrorism Department" as a place) whose words are capitalised and that ends
    in such a keyword is returned too, as ORG with the entity's bounds: the resolver reads
    it in the entity's place.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="The Special Task Force arrested them".split(),
    ...           pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PRON"])
    >>> [s.text for s in untagged_bodies(doc, [(("force",), "state_forces")])]
    ['Special Task Force']
    """
    model = doc.spans.get(MODEL_SPANS_KEY, [])
    covered = {i for ent in [*doc.ents, *model] for i in range(ent.start, ent.end)}
    found, i = [], 0
    while i < len(doc):
        if not _named(doc[i]) or i in covered:
            i += 1
            continue
        end = i
        while end < len(doc) and end not in covered and (
            _named(doc[end])
            or (doc[end].lower_ in JOINERS and end + 1 < len(doc) and _named(doc[end + 1]))
        ):  # fmt: skip
            end += 1
        if _ends_in_body(doc[i:end], keywords):
            found.append(Span(doc, i, end, label="ORG"))
        i = end
    for ent in doc.ents:
        names = [t for t in ent if t.lower_ not in DETERMINERS]
        if (
            ent.label_ in MISLABELLED
            and all(t.is_title or t.is_upper or t.is_punct for t in names)
            and _ends_in_body(ent, keywords)
        ):
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    return found
