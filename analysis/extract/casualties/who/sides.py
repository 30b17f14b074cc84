"""The sides of a fight: whose people a figure counts, and who is the other side.

A side is a warring party: a state and its forces are one side (the country: "Military
Forces of Somalia" and "Somalia"), a named armed group or militia is its own
(`side_type` rows of `data/incident_terms.csv`). Unnamed parties ("Unidentified Armed
Group (Haiti)", "Militia (Sudan)") are no side: they name no one.

When a figure counts one side's people ("six M23 fighters", "nine of its fighters",
"the AA says 20 soldiers were killed"), the doer is the other side, if the sentence, or
else the lede of an article about fighting, names exactly one other.
"""

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.who.words import terms, words
from analysis.parse.generic import UNKNOWN_COUNTRY  # no side anyone can be the other of
from analysis.rules import packaged_rows


@cache
def _countries() -> dict[str, str]:
    """Actor -> country of the packaged actors (for a state's forces, the state)."""
    return {row["actor"]: row["country"] for row in packaged_rows("actors") if row["country"]}


@cache
def _templates() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, type) of each generic actor name ("Military Forces of {country}")."""
    found = {(row["canonical"], row["actor_type"]) for row in packaged_rows("generic_actors")}
    patterns = []
    for name, kind in sorted(found):
        if "{country}" in name and name != "{country}":  # a bare country is the state
            pattern = re.escape(name).replace(re.escape("{country}"), "(?P<country>.+)")
            patterns.append((re.compile(f"^{pattern}$"), kind))
    return tuple(patterns)


def side_of(actor: str, label: str) -> str | None:
    """The side an actor fights on: a state's country, a named group's name, else None."""
    kinds = terms("side_type")
    kind = kinds.get(label)
    if kind is None or not actor:
        return None
    generic = next(
        (found for pattern, of_type in _templates()
         if kinds.get(of_type) == kind and (found := pattern.match(actor))),
        None,
    )  # fmt: skip
    if kind == "country":
        country = generic.group("country") if generic else _countries().get(actor, actor)
        return None if country == UNKNOWN_COUNTRY else country
    return None if generic is not None else actor


def _span_side(span: Span) -> str | None:
    return side_of(span.kb_id_, span.label_)


OWNER_DEPTH = 8  # clauses up from the counted noun to look for the possessive's owner


def mention_owners(sent: Span, actors: list[Span]) -> dict[int, list[Span]]:
    """Side mentions by the token index of each clause head whose subject they name.

    Worked out once per sentence: "The Wazalendo coalition said ..." files "Wazalendo"
    under "said" (the subject "coalition" is the noun its name qualifies).
    """
    at: dict[int, Span] = {}
    for span in actors:
        if _span_side(span) is None:
            continue
        for token in span:
            at.setdefault(token.i, span)
        if span.root.dep_ == "compound":
            at.setdefault(span.root.head.i, span)
    owners: dict[int, list[Span]] = {}
    for token in sent:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.i in at:
            owners.setdefault(token.head.i, []).append(at[token.i])
    return owners


def victim_side(
    doc: Doc,
    actors: list[Span],
    avoid: tuple[tuple[int, int], ...],
    owners: dict[int, list[Span]],
) -> tuple[str, str] | None:
    """(side, actor) of the people a figure counts, or None when they are no side's.

    A side named in the counted words ("six M23 fighters", "Somali soldiers"), else the
    party a possessive points back to ("nine of its fighters": the subject of a clause
    above them, "the Wazalendo coalition said ..."; `owners` from `mention_owners`).
    """
    pronouns = words("claim_pronoun")
    for start, end in avoid:
        named = [s for s in actors if start <= s.start_char and s.end_char <= end]
        for span in reversed(named):
            side = _span_side(span)
            if side is not None:
                return side, span.kb_id_
        words_span = doc.char_span(start, end, alignment_mode="expand")
        if words_span is None:
            continue
        noun = words_span.root
        before = doc[max(words_span.start - 1, 0) : words_span.end]  # "its" + "fighters"
        if any(t.dep_ == "poss" and t.head == noun and t.lower_ in pronouns for t in before):
            return _owner(noun, owners)
    return None


def _owner(noun: Token, owners: dict[int, list[Span]]) -> tuple[str, str] | None:
    """The side of the nearest clause subject above `noun` that names a side."""
    head = noun
    for _ in range(OWNER_DEPTH):
        if head.head is head:
            return None
        head = head.head
        for span in owners.get(head.i, []):
            if span.start < noun.i:
                return _span_side(span) or "", span.kb_id_
    return None


def other_side(
    actors: list[Span],
    victim: str,
    avoid: tuple[tuple[int, int], ...],
    at_char: int,
    *,
    armed: bool,
    skip: set[str],
) -> tuple[str, int, int] | None:
    """(actor, start, end) of the one side other than `victim` the mentions name, if one.

    `armed`: only forces and groups ("Ugandan troops"), else only states ("Russia said
    40 Ukrainian soldiers were killed"): a state named as a speaker ("local officials
    said") yields to a force the article names. `skip`: actors that deny the act.
    """
    others: dict[str, list[Span]] = {}
    for span in actors:
        if (span.label_ != "state") != armed or span.kb_id_ in skip:
            continue
        if any(s < span.end_char and span.start_char < e for s, e in avoid):
            continue
        side = _span_side(span)
        if side is not None and side != victim:
            others.setdefault(side, []).append(span)
    if len(others) != 1:
        return None
    span = min(next(iter(others.values())), key=lambda s: abs(s.start_char - at_char))
    return span.kb_id_, span.start_char, span.end_char
