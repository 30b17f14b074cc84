"""A body's long name the model cut in two: "the Kenya Initiative" + "for Civic Rights".

The model often ends an organisation's name at a lower-case word inside it, and tags the
rest apart or not at all: "the Venezuelan Program of" and "Education-Action" (and "in
Human Rights" untagged), "the Kenya Initiative" and "Civic Rights". A model organisation
is carried on over such a word ("of", "for", "in", "on", "and": `JOINERS`) and the
capitalised words after it, so long as the whole holds an organisation keyword of
`data/organization_keywords.csv` and what is added is no place, person or gazetteer
actor ("the Red Cross in Kidal", "Police in Kano" stay two). Over "in", "on" and "and"
(which join a body to a place or to another body as often) the words added must hold a
keyword themselves ("in Human Rights"), and "and" may not follow a name that is already
whole by its last word ("the Kenya Police and Kenya Defence Forces" are two).
"""

from spacy.tokens import Doc, Span

from analysis.parse.mentions import DETERMINERS, organization_type
from analysis.parse.places import is_country, is_place
from analysis.parse.spans import MODEL_SPANS_KEY

# Lower-case words inside a body's English name.
JOINERS = frozenset({"of", "for", "in", "on", "and"})
# Joiners after which the added words must name the body's field by a keyword of their own.
WEAK_JOINERS = frozenset({"in", "on", "and"})
# Entity labels an added run may carry: the model's organisation, or nothing.
ADDABLE = frozenset({"ORG", ""})


def _capital(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in DETERMINERS


def _run(doc: Doc, i: int) -> int:
    """The end of the capitalised words from `i`, over hyphens between them ("Education-Action")."""
    end = i
    while end < len(doc) and (
        _capital(doc[end])
        or (doc[end].text == "-" and end + 1 < len(doc) and _capital(doc[end + 1]) and end > i)
    ):
        end += 1
    return end


def _addable(doc: Doc, start: int, end: int) -> bool:
    """Whether words may join a name: no place, person, people or gazetteer actor."""
    return (
        end > start
        and all(t.ent_type_ in ADDABLE and not t.ent_id_ for t in doc[start:end])
        and not is_place(doc[start:end].text)
        and not any("\n" in t.whitespace_ for t in doc[start : end - 1])
    )


def split_bodies(doc: Doc, keywords: list[tuple[tuple[str, ...], str]]) -> list[Span]:
    """Model organisations carried on over a joiner and the words after it (module doc).

    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> doc = nlp("The Kenya Initiative for Civic Rights said so.")
    >>> doc.spans[MODEL_SPANS_KEY] = [Span(doc, 0, 3, label="ORG"), Span(doc, 4, 6, label="ORG")]
    >>> [s.text for s in split_bodies(doc, [(("rights",), "ngo"), (("initiative",), "ngo")])]
    ['Kenya Initiative for Civic Rights']
    """
    found = []
    for model in doc.spans.get(MODEL_SPANS_KEY, []):
        if model.label_ != "ORG" or any(
            e.ent_id_ and not is_country(e.text)  # "the Kenya Initiative": a country is in it
            for e in doc.ents
            if e.start < model.end and model.start < e.end
        ):
            continue
        start = model.start + (doc[model.start].lower_ in DETERMINERS)
        end = model.end
        whole = organization_type(doc[start:end].text, keywords) != "other"
        while True:
            joined = end - 1 if doc[end - 1].lower_ in JOINERS else end  # "Program of"
            if joined == end and (end >= len(doc) or doc[end].lower_ not in JOINERS):
                break
            joiner = doc[joined].lower_
            after = joined + 1 + (joined + 1 < len(doc) and doc[joined + 1].lower_ == "the")
            stop = _run(doc, after)
            words = doc[after:stop].text
            if (
                not _addable(doc, after, stop)
                or (joiner in WEAK_JOINERS and organization_type(words, keywords) == "other")
                or (joiner == "and" and whole)
            ):
                break
            end = stop
        name = doc[start:end]
        if end > model.end and organization_type(name.text, keywords) != "other":
            found.append(Span(doc, start, end, label="ORG"))
    return found


def join_split_bodies(doc: Doc, keywords: list[tuple[tuple[str, ...], str]]) -> None:
    """Write the joined names of `split_bodies` into `doc.ents` over the pieces."""
    joined: list[Span] = []
    for span in sorted(split_bodies(doc, keywords), key=lambda s: (s.start, -s.end)):
        if not any(span.start < j.end and j.start < span.end for j in joined):
            joined.append(span)  # of overlapping names the first, longest one
    if not joined:
        return
    ents = [e for e in doc.ents if not any(e.start < j.end and j.start < e.end for j in joined)]
    ids = [token.ent_id for token in doc]  # setting the entities must keep the others' ids
    inside = {i for j in joined for i in range(j.start, j.end)}
    doc.ents = sorted([*ents, *joined], key=lambda span: span.start)
    for token, ent_id in zip(doc, ids, strict=True):
        token.ent_id = 0 if token.i in inside else ent_id
