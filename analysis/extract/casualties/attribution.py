"""Who reported a figure (`source`), for which period, and where (`location`)."""

import bisect
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.parts import Cue
from analysis.extract.casualties.terms import Rules

REPORT_NOUNS = frozenset({"figure", "data", "statistic", "tally", "count", "estimate", "report"})


class _SentenceFacts:
    """What `source`, `period` and `location` read from a whole sentence, found once.

    Each figure asks about its own sentence; scanning the sentence for every figure made
    a sentence of n figures cost n times its length (a 2,000-number "respectively" list
    took seconds). Only the current Doc's facts are kept.
    """

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.facts: dict[tuple[str, int, int, int], object] = {}

    def get(
        self, what: str, sent: Span | Token, rules: object, compute: "Callable[[], object]"
    ) -> Any:
        """`compute()` the first time `what` is asked of this sentence (or token)."""
        if sent.doc is not self.doc:
            self.doc, self.facts = sent.doc, {}
        bounds = (sent.i, sent.i) if isinstance(sent, Token) else (sent.start, sent.end)
        key = (what, *bounds, id(rules))
        if key not in self.facts:
            self.facts[key] = compute()
        return self.facts[key]


_FACTS = _SentenceFacts()


def _by_position(items: list, position: "Callable[[object], int]") -> tuple[list, list, list]:
    """`items` with their order by position and the sorted positions, for `_nearest`."""
    order = sorted(range(len(items)), key=lambda k: position(items[k]))
    return items, order, [position(items[k]) for k in order]


def _nearest(indexed: tuple[list, list, list], target: int, skip: "Callable[[object], bool]"):
    """The first item in list order among those nearest `target`, ignoring skipped ones.

    The same as ``min((x for x in items if not skip(x)), key=distance)``, but it looks
    only at the items around `target` (O(log n) plus ties and skipped items).
    """
    items, order, keys = indexed
    at = bisect.bisect_left(keys, target)
    best: tuple[int, int] | None = None
    left, right = at - 1, at
    while left >= 0 or right < len(order):
        ends = [j for j in (left, right) if 0 <= j < len(order)]
        distance = min(abs(keys[j] - target) for j in ends)
        if best is not None and distance > best[0]:
            break
        for j in ends:
            tied = abs(keys[j] - target) == distance
            if tied and not skip(items[order[j]]) and (best is None or (distance, order[j]) < best):
                best = (distance, order[j])
        if left >= 0 and abs(keys[left] - target) == distance:
            left -= 1
        if right < len(order) and abs(keys[right] - target) == distance:
            right += 1
    return None if best is None else items[best[1]]


# ---------------------------------------------------------------- source, period, place


def _entity_at(token: Token) -> Span | None:
    """The named entity a token is part of, found from the IOB tags (no `doc.ents` scan)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _entities(sent: Span, label: str) -> list[Span]:
    """The entities with `label` that begin in `sent`."""
    return [
        entity for token in sent if token.ent_iob_ == "B" and token.ent_type_ == label
        for entity in [_entity_at(token)] if entity is not None
    ]  # fmt: skip


def _trim(tokens: list[Token]) -> str | None:
    """Text of a token run without leading determiners and edge punctuation."""
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {")", "]"}:
        tokens = tokens[:-1]
    if not tokens or (tokens[0].pos_ == "PRON" and len(tokens) == 1):
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _report_object(token: Token) -> Token:
    """Return the reporter behind a report noun: "figures from the ministry" -> "ministry"."""
    if token.lemma_.lower() in REPORT_NOUNS:
        for child in token.children:
            objects = [g for g in child.children if g.dep_ in {"pobj", "agent"}]
            if child.dep_ in {"prep", "agent", "acl"} and objects:
                return objects[0]
    return token


def _prep_source(cue: Cue, doc: Doc) -> str | None:
    """The words after "according to" / "citing", up to the end of the cue's phrase."""
    cue_root = doc[cue.start : cue.end].root
    right = max(t.i for t in cue_root.subtree)
    tokens = list(doc[cue.end : right + 1])
    objects = [t for t in tokens if t.head.i < cue.end and t.dep_ in {"pobj", "dobj"}]
    if objects and objects[0].lemma_.lower() in REPORT_NOUNS:
        inner = _report_object(objects[0])
        tokens = [t for t in inner.subtree]
    return _trim(tokens)


def _subject_text(subject: Token) -> str | None:
    """A subject without its appositions and relative clauses: "The Syrian Observatory ..."."""
    cut = [c.left_edge.i for c in subject.rights if c.dep_ in {"appos", "relcl", "acl", "punct"}]
    end = min(cut, default=subject.right_edge.i + 1)
    doc = subject.doc
    entity = _entity_at(subject)
    if entity is not None:  # keep a name whole: "the Committee to Protect Journalists"
        end = max(end, entity.end)
    return _trim(list(doc[subject.left_edge.i : end]))


def _verb_source(verb: Token, rules: Rules, figure: Figure) -> str | None:
    if verb.lemma_.lower() not in rules.report_verbs:
        return None
    reporters = _FACTS.get(
        "reporters", verb, None,
        lambda: [c for c in verb.children if c.dep_ in {"nsubj", "agent"}],
    )  # fmt: skip
    for child in reporters:
        inside = child.left_edge.i <= figure.span.start <= child.right_edge.i
        if child.dep_ == "nsubj" and not inside:
            return _subject_text(_report_object(child))
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            return _subject_text(objects[0]) if objects else None
    return None


def source(figure: Figure, cues: list[Cue], rules: Rules) -> str | None:
    """Who reported the figure: an "according to" phrase, else a reporting verb's subject."""
    sent = figure.sent
    doc = sent.doc
    for cue in cues:
        if cue.kind == "source_prep" and sent.start <= cue.start < sent.end:
            found = _prep_source(cue, doc)
            if found:
                return found
    start = figure.anchor or figure.span.root
    reporting = _FACTS.get(
        "report_verbs", sent, rules,
        lambda: [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in rules.report_verbs],
    )  # fmt: skip
    root = _FACTS.get("root", sent, None, lambda: sent.root)  # Span.root scans the span
    verbs = [*start.ancestors, root, *reporting]
    for verb in verbs:
        found = _verb_source(verb, rules, figure)
        if found:
            return found
    return None


def period(figure: Figure) -> str | None:
    """The nearest date phrase in the sentence, with its "of ..." ("five days of fighting")."""
    sent = figure.sent
    dates = _FACTS.get(
        "dates",
        sent,
        None,
        lambda: _by_position(
            [e for e in _entities(sent, "DATE") if not _is_age(e)], lambda e: e.start
        ),
    )
    at = figure.span.start
    date = _nearest(dates, at, lambda e: e.start <= at < e.end)
    if date is None:
        return None
    end = date.end
    for child in date.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= date.end:
            end = child.right_edge.i + 1
    doc = sent.doc
    start = date.start - 1 if date.start and doc[date.start - 1].lower_ == "since" else date.start
    return _trim(list(doc[start:end]))


def _is_age(date: Span) -> bool:
    """A DATE entity that is a person's age, not a period ("a 38-year-old", "aged 19 and 23").

    The small model tags ages as dates; a caption's "Period: 12-year-old" is wrong. An age
    says "-year-old"/"years old", follows "aged"/"age", or is a bare number under 150 set
    off by commas after a name ("Ramon Villaceran, 54,"); a bare year ("in 2024") stays.
    """
    words = date.text.lower()
    if "year-old" in words or "month-old" in words or " old" in f" {words}":
        return True
    before = date.doc[date.start - 1].lower_ if date.start else ""
    if before in {"aged", "age", "ages"} or (
        before in {"between", "from"}
        and date.start > 1
        and date.doc[date.start - 2].lower_ == "aged"
    ):
        return True
    return all(t.like_num or t.is_punct or t.lower_ in {"and", "to"} for t in date) and all(
        not t.is_digit or int(t.text) < 150 for t in date
    )


def _place_token(pobj: Token) -> Token | None:
    """A place name governed by a locative preposition ("within Aleppo", "in the city of Goma")."""
    if pobj.pos_ == "NOUN":
        names = [g for c in pobj.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        named = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names and named and pobj.ent_type_ not in {"DATE", "ORG"}:
            return pobj  # "in Ituri province", "in Borno state"
        pobj = names[0] if names else pobj
    # The small model often tags towns as PERSON or NORP ("in Goma", "within Aleppo").
    is_place = pobj.ent_type_ in {"GPE", "LOC", "FAC"} or (
        pobj.ent_type_ in {"", "NORP", "PERSON"} and pobj.tag_ == "NNP"
    )
    return pobj if pobj.pos_ == "PROPN" and is_place else None


def _place_text(token: Token) -> str:
    doc = token.doc
    if token.pos_ == "NOUN":
        start = min(c.left_edge.i for c in token.lefts if c.dep_ == "compound")
        return doc[start : token.i + 1].text
    entity = _entity_at(token)
    if entity is not None:
        return _trim(list(entity)) or entity.text
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return doc[start : token.i + 1].text


def _places(sent: Span, rules: Rules) -> list[Token]:
    return [
        place for prep in sent
        if prep.dep_ == "prep" and prep.lower_ in rules.location_preps
        for pobj in prep.children if pobj.dep_ == "pobj"
        for place in [_place_token(pobj)] if place is not None
    ]  # fmt: skip


def location(figure: Figure, rules: Rules) -> str | None:
    """The place nearest the figure in its sentence, after a locative preposition."""
    sent = figure.sent
    places = _FACTS.get(
        "places", sent, rules, lambda: _by_position(_places(sent, rules), lambda t: t.i)
    )
    nearest = _nearest(places, figure.span.start, lambda t: False)
    return None if nearest is None else _place_text(nearest)
