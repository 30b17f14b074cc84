"""Source credits: the outlets a report names as its source ("Source: Daily Mirror.").

A short report often ends with its credit: "Source: X." ("Sources: X; Y."), or the
outlet's name alone in brackets as the text's last words ("... the foothills. (Daily
Monitor)"). The small model leaves such a name untagged, or tags a two-word title
("Prensa Libre") as a person. A capitalised name in a credit that no gazetteer entry
covers is the report's source: a body typed by its own words
(`data/organization_keywords.csv`: "the Rights Observatory"), else an outlet. Countries
and places are no source ("Source: Kenya Red Cross" is a body; "(Kenya)" a place).
"""

from spacy.tokens import Doc

from analysis.parse.mentions import Mention, organization_type
from analysis.parse.outlets import capitalised_run_end
from analysis.parse.places import is_country, is_place

# The word that opens a credit, before a colon.
CREDIT_WORDS = frozenset({"source", "sources"})
# What separates the names of one credit: "Source: IRNA; Haalvsh", "Sources: X, Y and Z".
SEPARATORS = frozenset({";", ",", "/", "and", "&"})
# Types a name's own words may give it that a gazetteer reading does not outrank.
WEAK_TYPES = frozenset({"person", "other"})


def credit_names(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token spans of the names a report credits as its sources."""
    spans = []
    for token in doc:
        if not (
            token.lower_ in CREDIT_WORDS
            and token.i + 1 < len(doc)
            and doc[token.i + 1].text == ":"
            and (token.i == 0 or doc[token.i - 1].is_punct or "\n" in doc[token.i - 1].text
                 or "\n" in doc[token.i - 1].whitespace_)
        ):  # fmt: skip
            continue  # "Source: X" opens a line or follows a sentence's end
        i = token.i + 2
        while i < len(doc):
            end = capitalised_run_end(doc, i)
            if end == i:
                break
            spans.append((i, end))
            if end >= len(doc) or doc[end].lower_ not in SEPARATORS:
                break
            i = end + 1
    last = len(doc)
    while last > 0 and (doc[last - 1].is_space or doc[last - 1].text == "."):
        last -= 1
    if last > 2 and doc[last - 1].text == ")":  # "... foothills. (Daily Monitor)"
        opening = next((i for i in range(last - 2, -1, -1) if doc[i].text in "()"), None)
        if (
            opening is not None
            and doc[opening].text == "("
            and opening > 0
            and doc[opening - 1].text in (".", "!", "?", '"', "”")
            and capitalised_run_end(doc, opening + 1) == last - 1
        ):
            spans.append((opening + 1, last - 1))
    return [(s, e) for s, e in spans if not _a_place(doc[s:e].text)]


def _a_place(text: str) -> bool:
    """Whether a credited name is a country or a place, not a source."""
    return is_country(text) or is_place(text)


def credited_sources(
    doc: Doc, mentions: list[Mention], keywords: list[tuple[tuple[str, ...], str]]
) -> list[Mention]:
    """Mentions with every credited source an outlet or a body typed by its own words.

    A gazetteer actor or a typed body there keeps its reading ("Source: IRNA"); a name
    read as a person or untyped ("other"), or none at all, becomes the credited source.
    """
    result = list(mentions)
    for start, end in credit_names(doc):
        inside = [m for m in result if m.start < end and start < m.end]
        if any(m.actor and m.actor_type not in WEAK_TYPES for m in inside):
            continue
        if any(m.start < start or m.end > end for m in inside):
            continue  # part of a longer name
        text = doc[start:end].text
        kind = organization_type(text, keywords)
        kind = "media" if kind == "other" else kind
        result = [m for m in result if m not in inside]
        result.append(Mention(start, end, "ORG", text, kind))
    return result
