"""A wound told of a victim the article has already told dead: the death is the row.

News tells a death first and how it came after: "A 19-year-old student died on Tuesday
after police opened fire ... John Mwangi was hit in the chest as he walked home"; "A taxi
driver died after gunmen fired at his car. The driver was hit twice in the neck." The
wound is the dead person's, told again: the latest outcome wins (the first set's
convention), so the wounded figure restates the death (`repeat_of`) and adds no one.

A wounded figure of one person restates a death of one person told in the three
sentences before it, of the same incident, when it names that person again: by a
definite noun that agrees with the dead one's ("the driver" after "a taxi driver"; "the
student" after "a secondary school student") or by a person's name alone (the dead
named when the story turns to them). "A woman passenger was hit in the leg" is someone
new (an indefinite noun), and so is "another" or "a second" person; a wound told with
care or recovery ("was treated and sent home", "is recovering": `care_verb`, `release`
and the stay verbs of `care_states`) is a survivor's.
"""

from collections.abc import Callable

from analysis.extract.casualties.care_states import PLACES
from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.repeats import generic_noun, root_of

_BACK = 3  # sentences a wound looks back for the death it tells of
_DEFINITE = frozenset({"the", "his", "her", "their", "this", "that"})
_AMONG = frozenset({"among", "including"})  # one of a group: "among them the man"


def _again(figure: Figure) -> str | None:
    """How a one-person wounded figure names someone told before: "named", "definite"."""
    noun = figure.noun
    if noun is None:
        return None
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        if any(c.dep_ == "appos" for c in noun.children):
            return None  # "Ama Mensah, a passenger, was hit": a new person described
        return "named"
    if any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in noun.children):
        return "definite"
    return None


def _survivor(wounded: Figure, survived: frozenset[str]) -> bool:
    """A wound told with care, recovery or as one of a group: a survivor's, not the dead's.

    "was treated and sent home", "is recovering" (`survived` lemmas), "in intensive care"
    (a care place of `care_states`), "among them the man in intensive care".
    """
    sent = wounded.sent
    if any(t.lemma_.lower() in survived for t in sent):
        return True
    lowers = [t.lower_ for t in sent]
    if any(
        tuple(lowers[i : i + len(place)]) == place for place in PLACES for i in range(len(lowers))
    ):
        return True
    start = wounded.noun.i if wounded.noun is not None else wounded.span.start
    return any(t.lower_ in _AMONG for t in sent.doc[max(start - 3, sent.start) : start])


def _agree(dead: Figure, wounded: Figure) -> bool:
    """The dead one's noun and the definite noun agree ("taxi driver" / "driver")."""
    a, b = generic_noun(dead), generic_noun(wounded)
    if a is None or b is None:
        return False
    return a.endswith(b) or b.endswith(a)


def wounds_of_the_dead(
    figures: list[Figure],
    first: list[int | None],
    moved: set[int],
    apart: Callable[[Figure, Figure], bool],
    survived: frozenset[str],
) -> None:
    """Point each wound told of a victim already dead to that death (in `first`).

    `survived`: lemmas of care and recovery verbs; a wound told with one is a survivor's.
    """
    for j, wounded in enumerate(figures):
        if wounded.outcome != "wounded" or wounded.parsed.count != 1:
            continue
        if first[j] is not None or j in moved or wounded.part_of is not None:
            continue
        how = _again(wounded)
        if how is None or _survivor(wounded, survived):
            continue
        for i in range(j - 1, -1, -1):
            dead = figures[i]
            if wounded.sent_no - dead.sent_no > _BACK or apart(dead, wounded):
                break
            if i in moved:
                break  # a death already taken from a wounded figure (`later_deaths`)
            if (
                dead.outcome != "killed"
                or dead.parsed.count != 1
                or dead.sent_no == wounded.sent_no
            ):
                continue
            named_dead = dead.noun is not None and dead.noun.ent_type_ == "PERSON"
            if named_dead and dead.noun.text != wounded.noun.text:
                break  # two people named: "Santos Mejía was killed ... Ana Ruiz was hit"
            if how == "named" or _agree(dead, wounded):
                first[j] = root_of(first, i)
            break
