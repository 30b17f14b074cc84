"""A toll told by its newest victim: "A third person has died after Saturday's shooting".

A news update often gives its toll only as an ordinal: "A third person has died", "A
second man dies after nightclub shooting" (present perfect or present tense: the news
of the day). The victim is the toll's n-th, so the toll stands at n now: the figure
counts n people, and an earlier or later figure of n - 1 deaths of the same story ("Two
men were pronounced dead at the scene") is the toll it replaces. The victims named one
by one stay rows ("A 19-year-old woman died on Sunday night" is one of the n).

A past-tense ordinal in the telling ("a cameraman was burnt to death and a second man
died") is one more victim, and so is an ordinal of another side ("killing three
officers ... a third gunman died": no figure of n - 1 deaths). When a figure of n
deaths is given ("raising the toll to three") the update rules settle it instead.
"""

from collections.abc import Callable

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.repeats import ordinal_value, ordinal_victim

_NEWS_TENSES = frozenset({"VBZ", "VBP"})  # "dies"; "has died" has "has" (VBZ) as its aux


def _verb(figure: Figure) -> Token:
    token = figure.noun or figure.span.root
    while token.dep_ not in {"nsubj", "nsubjpass"} and token.head.i != token.i:
        token = token.head
    return token.head


def _news_of_the_day(figure: Figure) -> bool:
    """The death told as today's news: "has died", "dies" (not "died", "was killed")."""
    verb = _verb(figure)
    if verb.tag_ in _NEWS_TENSES:
        return True
    return any(c.dep_ == "aux" and c.tag_ in _NEWS_TENSES for c in verb.children)


def _nth(figure: Figure) -> int | None:
    """The ordinal's value ("third": 3) of a victim counted by one, when 2 or more."""
    if figure.noun is None or not ordinal_victim(figure):
        return None
    values = (ordinal_value(c.text) for c in figure.noun.children if c.dep_ == "amod")
    return next((v for v in values if v is not None and v >= 2), None)


def ordinal_tolls(
    figures: list[Figure],
    points: dict[int, Figure],
    moved: set[int],
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Make each news-of-the-day ordinal death the toll of n; point its n - 1 figure to it.

    `points` (figure id -> the figure reporting it now) gets the replaced figure (the
    first stated figure of n - 1, else the first of one death for a second victim);
    `moved`: indices of later deaths taken from a wounded figure (they stay ones, their
    wounded figure counts them); `apart(first, later)`: two incidents (`dating.told_apart`).
    """
    for index, figure in enumerate(figures):
        if figure.outcome != "killed" or not figure.implicit or index in moved:
            continue
        if id(figure) in points or figure.part_of is not None:
            continue
        n = _nth(figure)
        if n is None or not _news_of_the_day(figure):
            continue
        same_story = [
            f for f in figures
            if f is not figure and f.outcome == "killed" and not _apart(f, figure, apart)
        ]  # fmt: skip
        if any(f.parsed.count == n and id(f) not in points for f in same_story):
            continue  # "raising the death toll to three": the update rules have it
        candidates = [
            f for f in same_story
            if f.parsed.count == n - 1 and f.part_of is None and id(f) not in points
        ]  # fmt: skip
        if not candidates:
            continue
        stated = [f for f in candidates if not f.implicit]  # "Two men were pronounced dead"
        replaced = (stated or candidates)[0]
        figure.parsed = Count(n, "exact")
        figure.implicit = False
        points[id(replaced)] = figure


def _apart(one: Figure, other: Figure, apart: Callable[[Figure, Figure], bool]) -> bool:
    first, later = sorted((one, other), key=lambda f: f.span.start)
    return apart(first, later)
