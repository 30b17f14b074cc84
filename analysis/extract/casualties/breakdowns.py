"""A breakdown that only restates its total: "Six were killed ... Five ..., and a sixth ...".

An article often tells its toll, then walks through the same people: "Six soldiers died
in the ambush. Five were killed instantly and a sixth died on the way to hospital." The
five and the sixth are the six again, not eleven or seven people: a figure of N-1 whose
sentence names "a" or "the" N-th person, after a figure of N with the same outcome in an
earlier sentence, restates that figure, and so does a figure standing at the ordinal.
Read as wounded ("Three were shot at the gate, and a fourth was stabbed") it may restate
a killed figure: it tells how they died.
Without an earlier N nothing changes: the breakdown is then the only count given.
"""

import re

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import outcome_word
from analysis.extract.casualties.numbers import TENS, UNITS
from analysis.extract.casualties.terms import Rules

_IRREGULAR = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fifth": 5,
    "eighth": 8,
    "ninth": 9,
    "twelfth": 12,
}
_DETERMINERS = frozenset({"a", "the"})
_LOOK_BACK = 40  # figures a breakdown looks back over for its total


def ordinal_value(word: str) -> int | None:
    """The number an English ordinal stands for ("sixth": 6, "twenty-first": 21, "7th": 7)."""
    word = word.lower()
    if match := re.fullmatch(r"(\d+)(st|nd|rd|th)", word):
        return int(match.group(1))
    tens, _, last = word.rpartition("-")
    base = TENS.get(tens, 0) if tens else 0
    if tens and not base:
        return None
    if last in _IRREGULAR:
        return base + _IRREGULAR[last]
    if last.endswith("ieth"):
        value = TENS.get(last[: -len("ieth")] + "y")
        return None if value is None or base else value
    stem = last.removesuffix("th")
    value = UNITS.get(stem) if stem != last else None
    return None if value is None else base + value


def _nth_person(token: Token, n: int) -> bool:
    """A person counted by the ordinal after `n - 1`: "a sixth", "the sixth (victim)"."""
    if ordinal_value(token.text) != n:
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    determined = before in _DETERMINERS or any(
        c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.head.children
    )
    return determined and token.pos_ in {"ADJ", "NOUN", "PRON", "NUM"}


def _clashing(token: Token, outcome: str, rules: Rules) -> bool:
    """Whether the ordinal's own verb gives another outcome ("Five were shot and a sixth died")."""
    head = token
    while head.dep_ not in {"nsubj", "nsubjpass", "dobj", "ROOT"} and head.head.i != head.i:
        head = head.head
    word = outcome_word(head.head, rules)
    return bool(word) and word != outcome


def breakdowns(
    figures: list[Figure], first: list[int | None], distinct: set[int], rules: Rules
) -> None:
    """Mark in `first` a breakdown "N-1 ... and a N-th" that restates an earlier figure of N.

    `figures` are in document order; `distinct` holds figures known to count other people
    (later deaths), which stay as they are.
    """
    in_sentence: dict[int, list[Token]] = {}
    for index, figure in enumerate(figures):
        count = figure.parsed.count
        if count is None or first[index] is not None or index in distinct:
            continue
        if figure.sent_no not in in_sentence:  # each sentence read once (a list may hold 1000s)
            in_sentence[figure.sent_no] = [t for t in figure.sent if ordinal_value(t.text)]
        ordinals = [
            t for t in in_sentence[figure.sent_no]
            if t.i >= figure.span.end and _nth_person(t, count + 1)
        ]  # fmt: skip
        if not ordinals or any(_clashing(t, str(figure.outcome), rules) for t in ordinals):
            continue
        outcomes = ("killed", "wounded") if figure.outcome == "wounded" else (figure.outcome,)
        total = next(
            (i for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1)
             if figures[i].outcome in outcomes and figures[i].parsed.count == count + 1
             and figures[i].sent_no < figure.sent_no),
            None,
        )  # fmt: skip
        if total is None:
            continue
        target = first[total] if first[total] is not None else total
        first[index] = target
        at = {t.i for t in ordinals}
        for later in range(index + 1, len(figures)):
            other = figures[later]
            if other.sent_no != figure.sent_no:
                break
            if any(t.i in at for t in other.span) and first[later] is None:
                first[later] = target
