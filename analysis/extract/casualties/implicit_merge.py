"""Victims without a numeral in one sentence and of one outcome are one figure.

"An inspector was killed on the spot and the driver died later" is 2 killed, as a coder
counts them (`merged`), unless the clauses have places or dates of their own.
"""

from spacy.tokens import Doc, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count


def role_of(token: Token) -> Token:
    """The token whose dependency gives the phrase's role (first of a coordination)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


_SETTING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE"})


def _setting(figure: Figure) -> dict[str, str]:
    """Place and date entities of the figure's own clause: label -> text."""
    verb = role_of(figure.anchor or figure.span.root).head
    clause = [t for t in verb.subtree if t.dep_ != "conj" or t.head != verb]
    skip = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return {t.ent_type_: t.text for t in clause if t.ent_type_ in _SETTING_ENTS and t.i not in skip}


def _apart(first: Figure, later: Figure) -> bool:
    """Two clauses with their own places or dates: "in Gary on Saturday ... in Hammond"."""
    a, b = _setting(first), _setting(later)
    return any(label in b and a[label] != b[label] for label in a)


def merged(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """Victims of one outcome in one sentence are one figure, as a coder counts them.

    "An inspector was killed on the spot and the driver died later" is 2 killed. Victims
    after a part cue or of "was among them" (no outcome yet) stay apart, and so do victims
    of clauses with places or dates of their own ("in Gary on Saturday ... in Hammond").
    """
    by_key: dict[tuple[int, str], list[Figure]] = {}
    for figure in sorted(figures, key=lambda f: f.span.start):
        key = (figure.sent_no, figure.outcome or f"#{figure.span.start}")
        group = by_key.setdefault(key, [])
        if group and _apart(group[-1], figure):
            key = (figure.sent_no, f"#{figure.span.start}")  # its own incident
            group = by_key.setdefault(key, [])
        group.append(figure)
    merged = []
    for group in by_key.values():
        first, last = group[0], group[-1]
        if len(group) > 1:
            first.parsed = Count(sum(f.parsed.count or 0 for f in group))
            first.span = doc[first.span.start : last.span.end]
            first.group = " and ".join(f.group for f in group if f.group) or None
            if first.group_chars is not None and last.group_chars is not None:
                first.group_chars = (first.group_chars[0], last.group_chars[1])
        merged.append(first)
    return merged
