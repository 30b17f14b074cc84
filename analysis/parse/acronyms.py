"""Acronyms defined in the text: "Allied Democratic Forces (ADF)" makes every "ADF" that actor.

The name before a bracketed acronym is an entity ending there, else a run of capitalised
words (and connectors such as "of", "al"), whose initials must hold the acronym's letters.
A name the gazetteer reads by the article's country keeps that reading, and the acronym
with it; where no reading fits, a name whose acronym the text defines is still an
organisation, typed by its words. A later "ADF (Renewal)" is a faction of its own.
"""

from dataclasses import replace

from spacy.tokens import Doc

from analysis.parse.gazetteer import Actor
from analysis.parse.mentions import (
    Mention,
    initials_match,
    is_acronym,
    organization_type,
    overlaps,
)  # fmt: skip

# Words allowed inside a multi-word name that is followed by its acronym in parentheses.
NAME_CONNECTORS = frozenset({"of", "for", "the", "and", "al", "el", "-", "’", "'", "de", "du", "&"})
Keywords = list[tuple[tuple[str, ...], str]]


def apply_acronym_definitions(
    doc: Doc, mentions: list[Mention], by_name: dict[str, Actor], keywords: Keywords
) -> list[Mention]:
    """Make "Long Name (ACR)" one actor, and every later "ACR" a mention of it.

    `by_name` maps gazetteer names and aliases to actors; an unknown long name gets its
    type from the organisation `keywords`.
    """
    definitions: dict[str, Mention] = {}
    for i in range(1, len(doc) - 2):
        acronym = doc[i + 1].text
        if doc[i].text != "(" or doc[i + 2].text != ")" or not is_acronym(acronym):
            continue
        long_name = _long_name(doc, i, mentions, acronym, by_name, keywords)
        if long_name is None:
            continue
        mentions = [m for m in mentions if not overlaps(m, long_name)] + [long_name]
        definitions[acronym] = long_name
    if not definitions:
        return mentions
    return _mark_tokens(doc, mentions, definitions)


def _long_name(
    doc: Doc, paren: int, mentions: list[Mention], acronym: str, by_name: dict[str, Actor],
    keywords: Keywords,
) -> Mention | None:  # fmt: skip
    """The name just before "(ACR)": an entity ending there, else a capitalised run."""
    before = [m for m in mentions if m.end == paren]
    if before and initials_match(acronym, doc[before[0].start : paren].text):
        named = before[0]
        if named.pending != "ambiguous":
            return named
        text = doc[named.start : paren].text  # "the X Front (XF)": an organisation, not a
        actor = by_name.get(text)  # place; its reading by the article's countries, else this
        if actor is not None:
            return replace(named, actor=actor.name, actor_type=actor.actor_type)
        return replace(named, actor=text, actor_type=organization_type(text, keywords))
    start = paren
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper
                         or doc[start - 1].lower_ in NAME_CONNECTORS):  # fmt: skip
        if doc[start - 1].is_sent_start and doc[start - 1].pos_ not in ("PROPN", "ADP", "DET"):
            break  # "Militants of the X Party (XP)": a sentence's first word, no name's
        start -= 1
    while start < paren and doc[start].lower_ in NAME_CONNECTORS:
        start += 1
    text = doc[start:paren].text
    if paren - start < 2 or not initials_match(acronym, text):
        return None
    actor = by_name.get(text) or by_name.get(acronym)
    if actor is not None:
        return Mention(start, paren, actor.label, actor.name, actor.actor_type)
    return Mention(start, paren, "ORG", text, organization_type(text, keywords))


def _mark_tokens(doc: Doc, mentions: list[Mention], names: dict[str, Mention]) -> list[Mention]:
    """Every single token equal to a key of `names` becomes a mention of that actor."""
    taken = {i: m for m in mentions for i in range(m.start, m.end)}
    kept = [m for m in mentions if not (m.end - m.start == 1 and doc[m.start].text in names)]
    for token in doc:
        source = names.get(token.text)
        if source is None or source.start <= token.i < source.end:
            continue
        inside = taken.get(token.i)
        if inside is not None and inside.end - inside.start > 1:
            continue  # part of a longer name
        label = "PERSON" if source.actor_type == "person" else source.label
        end, actor = token.i + 1, source.actor
        if _faction(doc, token.i) and source.actor_type != "person":  # "the rival XF
            end, actor = token.i + 4, f"{source.actor} ({doc[token.i + 2].text})"  # (Democratic)"
        kept.append(Mention(token.i, end, label, actor, source.actor_type, source.pending))
    return kept


def _faction(doc: Doc, i: int) -> bool:
    """Whether a defined acronym is followed by a bracketed word: "NDF (Reformed)".

    A party's faction is named by its parent's acronym and a word of its own in brackets;
    it is one actor, the parent's name with that word (an acronym in brackets would be a
    definition, not a faction).
    """
    return (
        i + 3 < len(doc)
        and doc[i + 1].text == "("
        and doc[i + 3].text == ")"
        and doc[i + 2].is_title
        and not is_acronym(doc[i + 2].text)
    )
