"""Figures paired with names in order: "200 and 44 militants from HTS and SNA respectively".

The parse does not pair a list of numbers with a list of names; `pair_respectively` gives
each figure of a coordinated chain the name (its people or its place) at its position.
"""

from spacy.tokens import Span, Token

from analysis.extract.casualties.figures import Figure, is_person
from analysis.extract.casualties.terms import Rules


def _coordination(token: Token) -> list[Token]:
    """A token and its conjuncts, in order: "HTS and SNA" -> [HTS, SNA]."""
    items = [token]
    for child in token.children:
        if child.dep_ == "conj":
            items.extend(_coordination(child))
    return items


def _name_lists(sent: Span, exclude: set[int]) -> list[list[Token]]:
    """Coordinated non-number lists in a sentence (each list's first token starts it)."""
    lists = []
    for token in sent:
        if token.dep_ == "conj" or token.i in exclude or token.like_num:
            continue
        items = _coordination(token)
        if len(items) > 1 and not any(t.i in exclude or t.like_num for t in items):
            lists.append(items)
    return lists


def _item_text(token: Token) -> tuple[str, tuple[int, int]]:
    """Text and char bounds of one list item, without its conjuncts."""
    # The item ends at its own token, so only its subtree's tokens before it matter: they
    # lie between its left edge and itself. (Walking the whole subtree, which in a nested
    # list holds every later item, made a long "respectively" list quadratic.)
    doc = token.doc
    left = doc[token.left_edge.i : token.i]
    start = min(
        [token.i]
        + [t.i for t in left if t.dep_ not in {"det", "cc", "punct"} and token.is_ancestor(t)]
    )
    end = token.i + 1
    return doc[start:end].text, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def pair_respectively(sent: Span, figures: list[Figure], rules: Rules) -> None:
    """Pair numbers and names in order: "200 and 44 militants from HTS and SNA respectively"."""
    resp = [t for t in sent if t.lower_ == "respectively"]
    if not resp:
        return
    by_token = {f.span.root.i: f for f in figures}
    chains = [
        [by_token[t.i] for t in _coordination(f.span.root) if t.i in by_token]
        for f in figures if f.span.root.dep_ != "conj"
    ]  # fmt: skip
    chains = [c for c in chains if len(c) > 1]
    numbers = {t.i for f in figures for t in f.span}
    lists = _name_lists(sent, numbers)
    for chain in chains:
        same = [items for items in lists if len(items) == len(chain)]
        if same:
            names = min(same, key=lambda items: abs(items[-1].i - resp[0].i))
            _apply_pairs(chain, names, rules)


def _apply_pairs(chain: list[Figure], names: list[Token], rules: Rules) -> None:
    head = names[0].head
    is_place = head.dep_ == "prep" and head.lower_ in rules.location_preps - {"at"}
    for figure, name in zip(chain, names, strict=True):
        text, chars = _item_text(name)
        if is_place:
            figure.location = text
        elif is_person(name, rules):
            figure.group, figure.group_chars = text, chars
        else:
            noun = chain[0].noun
            figure.group = f"{text} {noun.text}" if noun is not None else text
            figure.group_chars = chars
