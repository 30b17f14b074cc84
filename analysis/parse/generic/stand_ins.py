"""Words that stand for a state or its forces though the model tags no entity there.

A capital the model leaves untagged still speaks for its government ("Kyiv said the strike
killed eight"), and a people named in the plural that shells or raids is that state's
military ("the Russians shelled the village"): event coders name the government and
"Military Forces of X". A people that does no violence ("the Russians living abroad") and a
single person ("a Russian citizen") stay no actor. An untagged name that publishes
("Rappler reported", "Prothom Alo reported") is an outlet, as `parse.outlets` reads tagged
ones.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.context import stands_for_state
from analysis.parse.generic.deeds import VIOLENT_VERBS, fighting
from analysis.parse.generic.forces import MILITARY
from analysis.parse.mentions import PUBLISHING_VERBS
from analysis.parse.places import is_place
from analysis.rules import mapping

# Capitals (`data/capitals.csv`) by their lower-case words: "addis ababa" -> Ethiopia.
CAPITALS = {
    tuple(name.lower().split()): country
    for name, country in mapping("capitals", "capital", "country").items()
}
LONGEST = max((len(words) for words in CAPITALS), default=1)


def stand_ins(doc: Doc, spans: list[Span], demonyms: dict[str, str]) -> list[Span]:
    """Add untagged capitals that act for their state and plural peoples that fight.

    `spans` are the actor spans so far; a word any of them covers is left alone.
    """
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for token in doc:
        if token.i in taken:
            continue
        span = (
            _capital(doc, token, taken)
            or _people_at_war(token, demonyms)
            or _outlet(doc, token, taken, demonyms)
        )
        if span is not None:
            found.append(span)
            taken.update(range(span.start, span.end))
    return sorted([*spans, *found], key=lambda s: (s.start, s.end))


def _capital(doc: Doc, token: Token, taken: set[int]) -> Span | None:
    """An untagged capital that is the subject of what its government does ("Kyiv said")."""
    if not token.is_title or token.ent_type_:
        return None
    for size in range(LONGEST, 0, -1):
        words = doc[token.i : token.i + size]
        country = CAPITALS.get(tuple(t.lower_ for t in words))
        if (
            country is None
            or len(words) < size
            or any(t.ent_type_ or t.i in taken or not t.is_title for t in words)
        ):
            continue
        if words.root.dep_ == "nsubj" and stands_for_state(doc, words.start, words.end):
            return Span(doc, words.start, words.end, label="state", kb_id=country,
                        span_id=country)  # fmt: skip
    return None


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
