"""People already held, named again: "The three were remanded", "One of them was charged".

An article counts its arrests once ("Police arrested four suspects on Sunday") and then
follows the same people through the courts: "The three were produced before a magistrate
and remanded", "the 23-year-old was charged with murder", "One of them was placed under
investigation". A definite phrase (a count or a person after "the", "these", "those", or
a count "of them") names people the reader already knows: when the article has counted
people held in the same incident before it, the phrase restates them and is no new row.
"Another", "more" or "other" people ("two other suspects were detained later"), an
indefinite phrase ("a third man was arrested") and an older incident the article recalls
(`dating.Incidents`) are people of their own. A number standing alone as the subject
("Three were remanded in custody and a 15-year-old was granted bail") names people held
before too, when it counts no more than they were.
"""

from collections.abc import Callable

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import more_of
from analysis.extract.casualties.repeats import root_of

_HELD = frozenset({"detained"})
_DEFINITE = frozenset({"the", "these", "those"})
_KNOWN = frozenset({"them", "those", "these"})  # "one of them"
_NEW = frozenset({"other", "others", "another", "further", "additional", "more"})


def _phrase(figure: Figure) -> list[Token]:
    """The tokens of the figure's people: its span and its noun's left words."""
    tokens = list(figure.span)
    noun = figure.noun
    if noun is not None:
        tokens += [t for t in noun.subtree if t.i <= noun.i]
    return tokens


def definite(figure: Figure) -> bool:
    """Whether the figure names people already known: "the three", "one of them".

    A determiner "the", "these" or "those" on its words or right before them, or a
    partitive "of them" / "of the suspects" on its number or noun; never with a word of
    other people ("the two other suspects", "another").
    """
    tokens = _phrase(figure)
    if any(t.lower_ in _NEW for t in tokens) or more_of(figure):
        return False
    doc, start = figure.span.doc, min(t.i for t in tokens)
    if any(doc[i].lower_ in _DEFINITE for i in range(max(start - 1, 0), start + 1)):
        return True
    heads = {figure.span.root, *([figure.noun] if figure.noun is not None else [])}
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.lower_ in _KNOWN or any(
                    d.dep_ == "det" and d.lower_ in _DEFINITE for d in pobj.children
                ):
                    return True
    return False


def _bare(figure: Figure) -> bool:
    """A number standing alone for its people, as the subject: "Three were remanded".

    Its noun is left out because the reader knows it: the people held before ("Police
    arrested four teenagers ... Three were remanded in custody and a 15-year-old was
    granted bail"), when it counts no more than they were. Not "two more", "another two".
    """
    span = figure.span
    if figure.noun is not None and figure.noun.i not in range(span.start, span.end):
        return False
    if more_of(figure) or any(t.lower_ in _NEW for t in span):
        return False
    return len(span) == 1 and span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.like_num


def held_again(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Mark in `first` a definite figure of people held who were counted held before.

    `figures` are in document order; `apart(first, later)`: two incidents by the older
    incidents the article recalls (`dating.Incidents.in_context`; a court step's own later
    date, "remanded until December 4", is no other incident). The figure restates the
    nearest earlier figure of people held in the same incident (or the current figure that
    one restates).
    `distinct`: later deaths, which stay as they are.
    """
    for index, figure in enumerate(figures):
        if figure.outcome not in _HELD or first[index] is not None or index in distinct:
            continue
        bare = not definite(figure) and _bare(figure)  # "Three were remanded", not "The three"
        if not (bare or definite(figure)):
            continue
        earlier = next(
            (j for j in range(index - 1, -1, -1)
             if figures[j].outcome == figure.outcome
             and figures[j].sent_no < figure.sent_no
             and not apart(figures[j], figure)),
            None,
        )  # fmt: skip
        if (
            bare
            and earlier is not None
            and (figures[earlier].parsed.count or 0) < (figure.parsed.count or 0)
        ):
            continue  # more than were held: people of their own
        if earlier is not None:
            first[index] = root_of(first, earlier)
