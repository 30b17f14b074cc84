"""Some of the people just held, told in the same sentence: "41 fans, 19 of whom were charged".

A count of people held is often followed, in its own sentence, by what became of some
of them: "Officers detained 41 fans, 19 of whom were later charged with rioting", "arrested
nine young men, and four of them were later remanded in custody", "62 people were
detained, of whom 19 were formally arrested". The smaller number is the same people at a
later step, a status count of a subset, and no row of its own (the convention of sets
10 and 14-21: "status counts of a subset give no row", "detainee subsets"). `held_again`
does this for a definite phrase told in a later sentence; this is the same sentence.

The figure restates the nearest earlier figure of people held in the sentence when its
number is "N of them" / "N of whom" / "of whom N" and is the subject of a verb of its own
(the people at a later step), and it counts fewer people. Who they were is a part and
stays one: "detained 30 protesters, 12 of them women" (no verb of its own).
"""

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.repeats import root_of

_HELD = frozenset({"detained"})
_KNOWN = frozenset({"them", "whom"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _partitive(token: Token, known: frozenset[str] = _KNOWN) -> bool:
    """Whether `token` has "of them" / "of whom" (a word of `known`) among its children."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in known for g in prep.children)
        for prep in token.children
    )  # fmt: skip


def _later_step(figure: Figure) -> bool:
    """The figure is "N of them/whom", the subject of a verb of its own."""
    root = figure.span.root
    verb = root.head
    if root.dep_ not in _SUBJECTS or verb.pos_ != "VERB" or verb == root:
        return False
    # "of whom 19 were formally arrested": the prep hangs on the verb
    return _partitive(root) or _partitive(verb, frozenset({"whom"}))


def held_subsets(figures: list[Figure], first: list[int | None], distinct: set[int]) -> None:
    """Mark in `first` a held subset told in the sentence of the people held.

    `figures` are in document order; `distinct`: later deaths, which stay as they are.
    """
    for index, figure in enumerate(figures):
        if figure.outcome not in _HELD or first[index] is not None or index in distinct:
            continue
        if figure.implicit or figure.parsed.count is None or not _later_step(figure):
            continue
        earlier = next(
            (j for j in range(index - 1, -1, -1)
             if figures[j].outcome in _HELD and figures[j].sent_no == figure.sent_no),
            None,
        )  # fmt: skip
        if earlier is None or (figures[earlier].parsed.count or 0) <= figure.parsed.count:
            continue
        if figures[earlier].span.root.head == figure.span.root.head:
            continue  # one verb's two groups: "arrested 40 men and 12 of them women"
        first[index] = root_of(first, earlier)
