"""Tolls as they stood before the story's own figure: "the toll stood at four on Tuesday".

Tolls only rise. An article that gives its toll as it is now ("Six men have been killed
in three days of fighting") may tell how it stood before ("The toll stood at four on
Tuesday morning"; "By Wednesday the death toll had reached seven"): that lower toll, stated
with an update verb, is the toll before, not the update, and "three more" bodies found
since are parts of the current figure. Helpers `make_part` and `incident_toll` serve
`updates` too.
"""

from collections.abc import Callable

from analysis.extract.casualties.dating import another_time
from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import more_of
from analysis.extract.casualties.who import scope
from analysis.extract.setting import figure_date


def make_part(part: Figure, total: Figure) -> None:
    """Make `part` a part of `total`, taking it from the total it had."""
    if part.part_of is not None:
        part.part_of.parts = [p for p in part.part_of.parts if p is not part]
    part.part_of = total
    total.parts.append(part)


def _scope(figure: Figure) -> str:
    when = figure_date(figure.span.doc, figure.sent, figure.span.start)
    return scope(figure.sent, str(when["date_precision"]), when["date_words"])  # type: ignore[arg-type]


def incident_toll(figure: Figure) -> bool:
    """A toll of one incident, not a city's or a war's ("rose to 120 this year")."""
    return _scope(figure) == "incident"


def earlier_states(
    figures: list[Figure],
    points: dict[int, Figure],
    latest: dict[str, Figure],
    deaths: set[int],
    recalled: Callable[[Figure, Figure], bool],
) -> None:
    """A toll as it stood before the article's own ("stood at four on Tuesday") is replaced.

    Tolls only rise: a stated toll lower than a figure of its outcome that the story gives
    as it is ("Six men have been killed ... The toll stood at four on Tuesday morning")
    was the toll before, not the update; it points to the highest such figure, and "three
    more" bodies found since are parts of it. The current figure may be a running one ("in
    three days of clashes"), never a cumulative one (a war's, a year's), and comes first:
    a higher figure after the update is another count (a year's tally the rules missed).
    """
    for outcome, update in list(latest.items()):
        count = update.parsed.count or 0
        higher = [
            f for f in figures
            if f.outcome == outcome and (f.parsed.count or 0) > count and f.part_of is None
            and f.span.start < update.span.start
            and id(f) not in points and id(f) not in deaths and _scope(f) != "cumulative"
            and not another_time(update, f) and not recalled(update, f)
        ]  # fmt: skip
        if not higher:
            continue
        top = max(higher, key=lambda f: f.parsed.count or 0)
        points[id(update)] = top
        del latest[outcome]
        for figure in figures:
            if figure.outcome == outcome and more_of(figure) and figure is not top:
                make_part(figure, top)
