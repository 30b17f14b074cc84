"""A victim named again by age alone: "A 34-year-old man died ... The 34-year-old ...".

Local news names a victim by age in the lede and comes back to them by the age alone
("The 31-year-old was found with critical injuries and died in hospital", "one of them,
the 19-year-old, later died"). The second mention is the same person, not one more
death: a figure of one whose words hold "the N-year-old" restates the nearest earlier
figure of one with the same outcome whose words hold the same age, unless the two are
told apart (another incident, another date: `apart`). An indefinite age ("a 40-year-old
was treated") may be someone new and is left alone.
"""

import re
from collections.abc import Callable

from analysis.extract.casualties.figures import Figure

# spaCy splits "34-year-old" at its hyphens: the age is read from the phrase's text
_AGE = re.compile(r"\b(the |a |an )?(\d{1,3})-year-old\b", re.IGNORECASE)


def _ages(figure: Figure, definite: bool = False) -> set[str]:
    """The ages in a figure's noun phrase or its number's ("the 19-year-old" if `definite`)."""
    heads = [t for t in (figure.noun, figure.span.root) if t is not None]
    found: set[str] = set()
    for head in heads:
        phrase = head.doc[head.left_edge.i : head.right_edge.i + 1].text
        found |= {
            m.group(2) for m in _AGE.finditer(phrase)
            if not definite or (m.group(1) or "").lower() == "the "
        }  # fmt: skip
    return found


def same_age(
    figures: list[Figure], first: list[int | None], apart: Callable[[Figure, Figure], bool]
) -> None:
    """Mark in `first` a figure of one that names an earlier victim of one by a definite age.

    >>> [m.groups() for m in _AGE.finditer("The 34-year-old and a 9-year-old")]
    [('The ', '34'), ('a ', '9')]
    """
    for index, later in enumerate(figures):
        if first[index] is not None or later.parsed.count != 1 or later.outcome is None:
            continue
        ages = _ages(later, definite=True)
        if not ages:
            continue
        for earlier in range(index - 1, -1, -1):
            figure = figures[earlier]
            if (
                figure.parsed.count == 1
                and figure.outcome == later.outcome
                and figure.sent_no != later.sent_no
                and ages & _ages(figure)
                and not apart(figure, later)
            ):
                root = first[earlier]
                first[index] = earlier if root is None else root
                break
