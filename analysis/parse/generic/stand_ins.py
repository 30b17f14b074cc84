"""Words that stand for a state or its forces though the model tags no entity there.

A capital the model leaves untagged is not added: it is the city, as a tagged one is ("Kyiv
said the strike killed eight": the held-out sets' coders list it as a place). A people named in
the plural that shells or raids is that state's military ("the Russians shelled the village"):
event coders name the government and "Military Forces of X". A people that does no violence
("the Russians living abroad") and a single person ("a Russian citizen") stay no actor. An
untagged name that publishes ("Rappler reported", "Prothom Alo reported") is an outlet, as
`parse.outlets` reads tagged ones.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.deeds import VIOLENT_VERBS, fighting
from analysis.parse.generic.forces import MILITARY
from analysis.parse.mentions import PUBLISHING_VERBS
from analysis.parse.places import is_place


def stand_ins(doc: Doc, spans: list[Span], demonyms: dict[str, str]) -> list[Span]:
    """Add plural peoples that fight and untagged outlets.

    `spans` are the actor spans so far; a word any of them covers is left alone.
    """
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for token in doc:
        if token.i in taken:
            continue
        span = _people_at_war(token, demonyms) or _outlet(doc, token, taken, demonyms)
        if span is not None:
            found.append(span)
            taken.update(range(span.start, span.end))
    return sorted([*spans, *found], key=lambda s: (s.start, s.end))


def _people_at_war(token: Token, demonyms: dict[str, str]) -> Span | None:
    """A people in the plural that shells, raids or clashes: "the Russians", its military."""
    singular = token.text[:-1] if token.text.endswith("s") else ""
    country = demonyms.get(singular) or (
        demonyms.get(token.text) if token.text.endswith("ese") else None
    )
    if country is None or not any(c.lower_ == "the" for c in token.lefts):
        return None
    verb = token.head.head  # "the village was shelled by the Russians"
    by_them = token.dep_ == "pobj" and token.head.lower_ == "by" and verb.lemma_ in VIOLENT_VERBS
    if not (fighting(token) or by_them):
        return None
    name = MILITARY.format(country=country)
    return Span(token.doc, token.i, token.i + 1, label="state_forces", kb_id=name, span_id=name)


def _outlet(doc: Doc, token: Token, taken: set[int], demonyms: dict[str, str]) -> Span | None:
    """An untagged name (with its compounds) that reports or publishes: "Rappler reported"."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in PUBLISHING_VERBS:
        return None
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
    words = doc[start : token.i + 1]
    if any(
        t.pos_ != "PROPN" or t.ent_type_ or t.i in taken or not (t.is_title or t.is_upper)
        for t in words
    ) or (words.text in demonyms or is_place(words.text)):
        return None
    return Span(doc, start, token.i + 1, label="media", kb_id=words.text, span_id=words.text)
