"""Victims without a numeral in one sentence and of one outcome are one figure.

"An inspector was killed on the spot and the driver died later" is 2 killed, as a coder
counts them (`merged`), unless the clauses have places or dates of their own.
"""

from spacy.tokens import Doc, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count

_DASHES = frozenset({"-", "–", "—", "--"})
_SETTING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE"})


def role_of(token: Token) -> Token:
    """The token whose dependency gives the phrase's role (first of a coordination).

    A lede's first words after a dateline ("NASSAU, Bahamas - A man was killed") may be
    parsed as an apposition of the dateline's place: the place then holds their role.
    """
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if _after_dateline(token):
        return token.head
    return token


def _after_dateline(token: Token) -> bool:
    """An apposition of a sentence-opening place name, set off from it by a dash."""
    head = token.head
    if token.dep_ != "appos" or head.i >= token.i or head.pos_ != "PROPN":
        return False
    doc, opening = token.doc, head.left_edge.i
    place = head.text.isupper() or head.ent_type_ in _SETTING_ENTS  # "NASSAU", "Kingston"
    if not (doc[opening].is_sent_start and place):
        return False
    return any(t.text in _DASHES for t in doc[head.i + 1 : token.i])


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
