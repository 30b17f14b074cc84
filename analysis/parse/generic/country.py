"""Whose category: the country of a generic actor, from its sentence or its article.

The country is the demonym among the noun's modifiers ("Nigerian troops"), else the one
country the sentence's demonyms name ("Iraqi officials visited the army"), else the
country the article mentions most (its states, demonyms and places).
"""

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from analysis.parse.article_context import article_dateline_origin, dateline_town
from analysis.parse.places import country_of, is_country, names_a_road, resolve_place

# The country named when an article gives none ("Military Forces of unknown country").
UNKNOWN_COUNTRY = "unknown country"
# Determiners that point back to a party already named: "the fighters", "these militants".
ANAPHORIC = frozenset({"the", "these", "those", "its", "their"})


def state_before(token: Token, states: dict[int, tuple[str, int]]) -> str | None:
    """The state last named before an official that points back ("The minister noted ...").

    "The minister" is the one of the government the text has just named, not of the
    country the article mentions most.
    """
    if not any(c.lower_ in ANAPHORIC for c in token.lefts):
        return None
    before = [i for i in states if i < token.i]
    return states[max(before)][0] if before else None


def sentence_of(token: Token) -> Span:
    """The token's sentence; the whole Doc when nothing set sentence boundaries (no parser)."""
    return token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]


def sentence_country(
    token: Token, demonyms: dict[str, str], nouns: dict[str, tuple[str, str]]
) -> str | None:
    """The one country the sentence's demonyms name ("Iraqi officials visited the army").

    A demonym on an armed party of the same kind is that party's ("Troops fired on
    Chinese soldiers" says nothing of whose troops fired).
    """
    kind = nouns.get(token.lower_, ("",))[0]
    countries = {
        demonyms[t.text]
        for t in sentence_of(token)
        if t.text in demonyms and (kind == "state" or nouns.get(t.head.lower_, ("",))[0] != kind)
    }
    return countries.pop() if len(countries) == 1 else None


def article_country(doc: Doc, mentions_country: Counter, demonyms: dict[str, str],
                    place_country: Callable[[str], str | None]) -> str:  # fmt: skip
    """The country the article mentions most: actors' countries, demonyms and places.

    A town's country is looked up among the countries the text names outright first:
    "Gao, Mali" is the Malian Gao, whatever other Gao is larger.
    """
    counts = Counter(mentions_country)
    areas = [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    named = {country_of(e.text) for e in areas if is_country(e.text)}
    origin = article_dateline_origin(doc)[1]  # "SAN FERNANDO, Trinidad —": Trinidad and Tobago
    named |= {origin} if origin else set()
    counts[origin or ""] += 1
    town = dateline_town(doc, tuple(filter(None, named)))  # a dateline cleaning split off
    counts[(town.country if town else None) or ""] += 1
    for ent in doc.ents:
        if ent.label_ == "NORP" and ent.text in demonyms:
            counts[demonyms[ent.text]] += 1
        elif ent.label_ in ("GPE", "LOC") and not names_a_road(doc, ent.end):
            place = resolve_place(ent.text, tuple(filter(None, named))) if named else None
            counts[(place.country if place else None) or place_country(ent.text) or ""] += 1
    for token in doc:
        if token.text in demonyms and not token.ent_type_:
            counts[demonyms[token.text]] += 1
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else UNKNOWN_COUNTRY
