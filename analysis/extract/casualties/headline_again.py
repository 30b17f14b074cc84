"""A headline's toll told again in the body when `settle` left both rows: one toll.

Two shapes recur in local news from many places (HC32's census of open sets 1-17):

- a vague headline toll told vague again: "Dozens arrested after protest in Conakry" over
  "Security forces arrested dozens of demonstrators": the body gives no number for the
  headline to round, so neither `repeats` (counted figures) nor `vague_repeats` (a vague
  figure over a counted one) joins them (four open sets). The body's first figure of the
  headline's outcome, vague with the same quantity word ("dozens", "hundreds"), restates it;
- a headline's split told as a whole in the body: "2 dead, 7 hurt at block party" over
  "Nine people were shot, two of them fatally": the deaths among the shot are other people
  than any figure before them (`settle` keeps them apart), and the headline's two dead are
  those deaths (three open sets). The body's first figure of the headline's outcome (a
  total its remainder replaces stands for the remainder), with its count, restates the
  headline figure when it restates nothing yet.

A later figure of that outcome is another group or another incident ("dozens more in
Chittagong", "in 2019, dozens were killed").
"""

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.repeats import headline


def _word(figure: Figure) -> str | None:
    """The vague quantity word of a figure without a count ("dozens"), else None."""
    parsed = figure.parsed
    if not parsed.vague or parsed.count is not None or parsed.low is not None:
        return None
    return figure.span[0].lower_


def _key(figure: Figure) -> tuple | None:
    """What a headline figure and its body restatement share: outcome and count or word."""
    if figure.outcome is None:
        return None
    if figure.parsed.count is not None:
        return figure.outcome, figure.parsed.count
    word = _word(figure)
    return None if word is None else (figure.outcome, word)


def headline_repeats(figures: list[Figure], current: list[int | None]) -> list[int | None]:
    """`current` (`repeat_of` by index) with each body restatement of a headline toll.

    `figures` are in document order, `current[i]` the index of the figure that reports
    figure i (None when it is current itself). A vague body figure must be no part.
    """
    found = list(current)
    heads: dict[tuple, int] = {}
    for index, figure in enumerate(figures):
        key = _key(figure)
        if headline(figure) and key is not None and found[index] is None and not figure.part_of:
            heads.setdefault(key, index)
    seen: set[str | None] = set()
    for index, figure in enumerate(figures):
        if headline(figure) or figure.outcome in seen:
            continue
        later = found[index]
        if later is not None and later > index:
            continue  # a total its own remainder or update replaces: that one is its figure
        seen.add(figure.outcome)
        if later is not None:
            continue  # the body's first figure restates an earlier one already
        key = _key(figure)
        head = heads.get(key) if key is not None else None
        vague_part = _word(figure) is not None and (figure.part_of is not None or figure.parts)
        if head is not None and not vague_part and figure.part_of is not figures[head]:
            found = [head if j == index else j for j in found]  # its own restatements too
            found[index] = head
    return found
