"""A part list joining singular victims to one numbered group: one row of the sum.

"Among the dead are a community leader, a married couple and three former combatants",
"Among the dead were two police officers, a nurse and a pastor": the list says who a share
of a total were, and event coders (sets 18-21's READMEs: "a singular noun joined to a
numbered group in one victim phrase is one implicit row of the sum") count it as one implicit
part row of the sum (6, 4), not a figure per item ("three" beside "a community leader").

Only a list that is a part of a total (the numbered figure has `part_of`, set by
`parts.link_parts` after "among them", "including", "among the dead were") is summed, only
when the sum stays below the total, and only a list of two or more singular victims beside the
numbered group. With one singular victim ("among them three women and a child", "a
schoolteacher and four children") the open sets' gold disagrees: sets 1, 8, 12, 17, 19 and 20
keep two part rows (r093, h047, h029, h096, h070, h038), set 21 sums (h059, h064, h068); that
shape keeps its two rows. A singular victim joined to a numbered group as a verb's own victims
("abducted nine students and a teacher") stays a figure of its own, as set 17 counts it
(`test_casualty_outcomes_s17`, CONJUNCTS). Two numbered groups in one list stay separate rows;
"the two officers and a woman" tells a group again (no sum); singular items that only name the
numbered group ("two of the dead, a driver and a boy") add nothing.

The list's words run from the part cue (a verb, "among", "them", "including") to the first
verb, relative pronoun or clause mark after the numbered group; its singular items are
person nouns with a determiner or possessive, not inside a prepositional phrase ("a nurse
at the health centre" is one item), not a name ("Rogelio Tapia" renames the owner), and
not the subject of a verb after the list (", a police spokesman said").
"""

from spacy.tokens import Doc, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.group_sizes import group_size
from analysis.extract.casualties.people import person_like
from analysis.extract.casualties.terms import Rules

_CUES = frozenset({"among", "them", "including", "include", "includes", "included"})
_STOPS = frozenset({";", ":", ".", "—", "–", '"', "“", "”"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "another"})
# Nouns of a numbered group that any listed person could rename: "two people, a nurse and
# her husband", "two of the dead, a driver and a boy" name the two, they add none.
_GENERIC = frozenset({"people", "person", "dead", "wounded", "injured", "victim", "body"})


def _generic(figure: Figure) -> bool:
    """A numbered group any listed person could rename: "two people", "two of the dead"."""
    if figure.noun is not None:
        return figure.noun.lemma_.lower() in _GENERIC
    after = figure.span.doc[figure.span.end] if figure.span.end < len(figure.span.doc) else None
    return after is not None and after.lower_ == "of"


def _told_again(figure: Figure) -> bool:
    """A group already told, with "the": "including the two officers and a woman hit"."""
    before = figure.span.doc[figure.span.start - 1] if figure.span.start else None
    return before is not None and before.lower_ == "the"


def _boundary(token: Token) -> bool:
    return (
        token.lower_ in _CUES
        or token.text in _STOPS
        or token.tag_ in {"WP", "WDT"}
        or (token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"})
    )


def _bounds(figure: Figure) -> tuple[int, int]:
    """The token range [start, end) of the list holding the figure's number and noun."""
    doc, sent = figure.span.doc, figure.sent
    start = figure.span.start
    while start - 1 >= sent.start and not _boundary(doc[start - 1]):
        start -= 1
    end = max(figure.span.end, figure.noun.i + 1 if figure.noun is not None else 0)
    while end < sent.end and not _boundary(doc[end]):
        end += 1
    return start, end


def _item(token: Token, start: int, end: int, rules: Rules, triggers: dict) -> bool:
    """A singular person noun of the list: "a nurse", "the bar's owner", "a married couple"."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ in {"poss", "compound"}:
        return False
    if token.dep_ == "pobj" and token.head.i >= start:
        return False  # "a nurse at the health centre": not the cue's "including a journalist"
    if token.head.i >= end:
        return False  # ", a police spokesman said": the subject of a verb after the list
    if not any(c.dep_ in {"det", "poss"} and (c.lower_ in _DETERMINERS or c.dep_ == "poss")
               for c in token.children):  # fmt: skip
        return False
    return person_like(token, rules, triggers)


def _cue_before(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether the list opens after a part cue: "among them", "including", "Among the dead were"."""
    if start - 1 < sent_start:
        return False
    before = doc[start - 1]
    if before.lower_ in _CUES:
        return True
    return before.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ == "among" for c in before.children
    )


def summed_lists(figures: list[Figure], rules: Rules, triggers: dict) -> list[Figure]:
    """The figures with each part list of one numbered group and singular victims summed."""
    gone: set[int] = set()
    for figure in figures:
        total = figure.part_of
        parsed = figure.parsed
        if total is None or figure.implicit or parsed.count is None:
            continue
        if parsed.qualifier != "exact" or id(figure) in gone or _told_again(figure):
            continue
        doc = figure.span.doc
        start, end = _bounds(figure)
        if not _cue_before(doc, start, figure.sent.start):
            continue
        numbered = [f for f in figures if not f.implicit and f is not figure
                    and start <= f.span.start < end]  # fmt: skip
        if numbered:
            continue  # "three officers and two protesters": separate rows
        noun = figure.noun or figure.span.root  # "and three former combatants" as a conjunct
        items = [t for t in doc[start:end] if t.i != noun.i
                 and _item(t, start, end, rules, triggers)]  # fmt: skip
        added = sum(group_size(t) for t in items)
        if not added or (added == parsed.count and _generic(figure)):
            continue
        if len(items) < 2:
            continue  # "among them three women and a child": the sets disagree (docstring)
        summed = parsed.count + added
        if total.parsed.count is not None and summed >= total.parsed.count:
            continue  # the list names the whole total, or is no part of it
        inside = [f for f in figures if f.implicit and start <= f.span.start < end]
        gone.update(id(f) for f in inside)
        total.parts = [p for p in total.parts if id(p) not in gone]
        figure.parsed = parsed._replace(count=summed, low=None, high=None)
        figure.implicit = True
        first = min(start, *(t.i for t in items))
        first = next(i for i in range(first, end) if doc[i].text not in {",", "and"})
        last = max(figure.span.end, noun.i + 1, *(t.i + 1 for t in items))
        figure.span = doc[first:last]
        figure.group_chars = (doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
    return [f for f in figures if id(f) not in gone]
