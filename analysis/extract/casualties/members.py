"""Members of a counted total, picked out by a partitive: "Six of the injured were admitted".

An article tells its toll, then says what became of some of those people: "Eleven people
were wounded ... Two of the wounded were flown to the capital", "Of the injured, four
were admitted to the district hospital", "one of them, a teacher, remained in intensive
care", "Relatives named three of the dead as ...". The partitive ("N of the wounded",
"N of them", "Of the dead, N") takes N people out of a group already counted, and its
verb tells their care, their state or their names: a coder counts them in the total and
gives them no row of their own. So a figure whose people are such a partitive restates
the nearest earlier figure of its outcome with more people, told in one of the eight
sentences before (an article's body tells them paragraphs later); `first` then points
to that figure's current one. In the total's own sentence a partitive is its part ("20
wounded, six of them seriously", "89 killed, 31 of them women").

The wounded of a total told again one by one, without numerals, in the sentences after
it ("wounding three people ... A trader was hit in the shoulder; a schoolgirl suffered
cuts; and the conductor ...") are its people too (`wounded_one_by_one`).

Not a partitive whose verb is a copula or "have": "four of the dead were children",
"three of the dead had arrest records" say who they were, a part of the total with a
row of its own ("part of N"), as a casualty verb tells how they were hurt ("One of them,
a 16-year-old girl, was shot in the leg"; "Eleven of them were injured by stones" after
another group: a count of its own); nor a figure of another outcome than the group's
("Twelve were kidnapped ... two of them were killed" is a death, and "two of the wounded
died" a later death, `distinct`).
"""

from collections.abc import Callable

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import more_of
from analysis.extract.casualties.repeats import generic_noun, headline, root_of
from analysis.extract.casualties.terms import Rules

_LOOK_BACK = 40  # figures looked back over for the total
_SENTENCES = 8  # sentences after the total a partitive may stand in (an article body)
_PIECE_SENTENCES = 2  # sentences after a total its victims may be told one by one in
_DEFINITE = frozenset({"the", "these", "those", "its", "their"})
_PRONOUNS = frozenset({"them", "those", "these"})
_WHO_THEY_WERE = frozenset({"be", "have"})  # "four of the dead were children", "had records"


def _definite_group(prep: Token, group_words: frozenset[str]) -> bool:
    """Whether "of" governs the group told: "of them", "of the injured (prisoners)".

    A definite noun counts when it or its modifier is one of `group_words` (the outcome
    words, "dead", "injured", and the total's own noun, "passengers"); "two of the
    gunmen" after "gunmen killed 12 villagers" are other people.
    """
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lower_ in _PRONOUNS:
            return True
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in obj.children):
            continue
        words = {obj.lower_, obj.lemma_.lower()} | {
            c.lower_ for c in obj.children if c.dep_ in {"amod", "compound"}
        }
        if words & group_words:
            return True
    return False


def _verb_of(token: Token) -> Token:
    """The verb the token's phrase is the subject or object of."""
    while token.dep_ not in {"nsubj", "nsubjpass", "dobj", "ROOT"} and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ != "ROOT" else token


def partitive(figure: Figure, group_words: frozenset[str]) -> Token | None:
    """The verb of a figure whose people are "N of" a definite group, else None.

    The "of" hangs on the number ("Six of the injured", "one of them, a teacher,") or,
    fronted, on the verb ("Of the wounded, four were admitted").
    """
    if figure.implicit or figure.parsed.count is None:
        return None
    root = figure.span.root
    if root.dep_ == "appos":
        return None  # "took five people to hospital, one of them without vital signs"
    verb = _verb_of(root)
    own = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    fronted = [
        c for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i < root.i and verb.i > root.i
    ]  # fmt: skip
    if not any(_definite_group(p, group_words) for p in own + fronted):
        return None
    return verb


def partitive_members(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    rules: Rules,
) -> None:
    """Mark in `first` each partitive figure that restates an earlier, larger total."""
    outcome_words = frozenset(w for w, (_, toll) in rules.single_words.items() if not toll)
    for index, figure in enumerate(figures):
        if first[index] is not None or index in distinct or figure.outcome is None:
            continue
        count = figure.parsed.count or 0
        total = next(
            (i for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1)
             if figures[i].outcome == figure.outcome and (figures[i].parsed.count or 0) > count
             and figure.sent_no - figures[i].sent_no <= _SENTENCES),
            None,
        )  # fmt: skip
        if total is None or figures[total].sent_no == figure.sent_no:
            continue  # "Six people, three of them miners, were killed": a part
        noun = figures[total].noun
        group_words = outcome_words | ({noun.lemma_.lower()} if noun is not None else set())
        verb = partitive(figure, group_words)
        if verb is None or verb.lemma_.lower() in _WHO_THEY_WERE or _trigger(verb, rules):
            continue
        first[index] = root_of(first, total)


def _trigger(verb: Token, rules: Rules) -> bool:
    """A casualty verb: "One of them, a girl, was shot in the leg" tells how, a part."""
    return (
        rules.single_words.get(verb.lemma_.lower()) or rules.single_words.get(verb.lower_)
    ) is not None


def wounded_one_by_one(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    *,
    additive: frozenset[str],
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Mark in `first` the wounded of a counted total told again one by one.

    "Gunmen wounded three people ... A trader was hit in the shoulder; a schoolgirl
    suffered cuts; and the conductor was shot in the thigh": victims told without a
    numeral in the sentences after a counted wounded total (not in its sentence, where
    they are its parts), of its outcome, none told as more people ("also", "another",
    "two more"), none of another incident (`apart`), adding up to the total exactly, are
    its people again, when the total names nobody in particular ("three people",
    "wounding three", "two others"): after "wounding two soldiers", "a woman ... and a
    man ..." are other people. A victim or two told after a larger total may be someone
    else, or the wounded left once one of them has died ("Three people were shot ... A
    man and a woman were treated and released ... The 17-year-old died"). A total in the
    headline is left to `headline_groups`; the dead are `breakdowns.told_one_by_one`'s.
    """
    for index, total in enumerate(figures):
        whole = total.parsed.count
        if total.outcome != "wounded" or whole is None or whole < 2 or index in distinct:
            continue
        if total.part_of is not None or headline(total) or generic_noun(total) is not None:
            continue  # "wounding two soldiers. A woman ... and a man ...": other people
        run = _victims_after(figures, index, first, distinct, additive, apart)
        added = sum(figures[j].parsed.count or 0 for j in run)
        if run and added == whole:
            target = root_of(first, index)
            for j in run:
                first[j] = target


def _victims_after(
    figures: list[Figure],
    index: int,
    first: list[int | None],
    distinct: set[int],
    additive: frozenset[str],
    apart: Callable[[Figure, Figure], bool],
) -> list[int]:
    """The victims told without a numeral in the sentences after a total, up to a new count."""
    total = figures[index]
    run: list[int] = []
    for j in range(index + 1, min(index + _LOOK_BACK, len(figures))):
        piece = figures[j]
        gap = piece.sent_no - total.sent_no
        if gap > _PIECE_SENTENCES or apart(total, piece):
            break
        if gap == 0 or piece.outcome != total.outcome:
            continue
        if not piece.implicit:
            break  # a new count of the outcome: the story has moved on
        if first[j] is not None or piece.part_of is not None:
            continue
        if j in distinct or more_of(piece) or any(t.lower_ in additive for t in piece.sent):
            return []
        run.append(j)
    return run


_OUTCOME_ADJECTIVES = frozenset({"dead", "slain", "murdered", "injured", "wounded", "hurt"})


def the_victim_again(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    *,
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Mark in `first` a victim told again by a definite noun that carries its outcome.

    "A protester was killed and 17 people were injured ... The dead man, Ahmed Salih, 23,
    was hit in the chest"; "killing a soldier and a woman ... The dead soldier was named
    as Private ...": "the dead man", "the slain officer", "the injured woman" point back
    to people the article has counted (the adjective is their outcome, the article their
    being known), so the figure restates the nearest earlier figure of its outcome, told
    in an earlier sentence of the same incident (not `apart`), with as many people or
    more. "A dead man was found" (indefinite) is a count of its own, and so is a later
    death (`distinct`).
    """
    for index, figure in enumerate(figures):
        if first[index] is not None or index in distinct or not figure.implicit:
            continue
        noun = figure.noun
        if noun is None or not _definite_outcome_noun(noun):
            continue
        count = figure.parsed.count or 0
        total = next(
            (i for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1)
             if figures[i].outcome == figure.outcome and (figures[i].parsed.count or 0) >= count
             and figures[i].sent_no < figure.sent_no and not apart(figures[i], figure)),
            None,
        )  # fmt: skip
        if total is not None:
            first[index] = root_of(first, total)


def _definite_outcome_noun(noun: Token) -> bool:
    """Whether a noun has "the" and an outcome adjective: "the dead man", "the slain officer"."""
    children = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    outcome = any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _OUTCOME_ADJECTIVES for c in children
    )
    return definite and outcome


_POSSESSIVES = frozenset({"her", "his", "their"})


def the_person_again(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    rules: Rules,
    *,
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Mark in `first` one victim told again by "the" or a possessive and the same noun.

    "A taxi driver died in hospital ... The driver, Ravinesh Prasad, 47, was found
    bleeding"; "killed a 71-year-old woman and injured her grandson ... The woman died of
    her burns; her grandson, 14, was treated": a victim told without a numeral whose noun
    has "the" or "her / his / their" and the head word of one told so in an earlier
    sentence of the same incident (not `apart`) is that person again. It restates that
    figure when their outcomes agree, or when the first died and the later tells the wound
    that killed them (a coder counts the death), if the first's own verb says the death (a
    parse that gave "her grandmother was wounded" the death before it restates nothing).
    A later death (`distinct`) keeps its row, and so does one of several told by an
    ordinal or "other" ("A second man has died ... The third man was hit in the leg").
    """
    seen: dict[str, int] = {}  # head word -> the last victim told with it
    for index, figure in enumerate(figures):
        noun = figure.noun
        if not figure.implicit or noun is None or figure.parsed.count != 1:
            continue
        word = noun.lemma_.lower()
        before = seen.get(word)
        if (
            before is not None and first[index] is None and index not in distinct
            and _told_as_known(noun) and figures[before].sent_no < figure.sent_no
            and figures[before].parsed.count == 1 and not _counted_on(noun)
            and not (figures[before].noun is not None and _counted_on(figures[before].noun))
            and not apart(figures[before], figure)
            and _same_fate(figures[before], figure, rules)
        ):  # fmt: skip
            first[index] = root_of(first, before)
            continue
        seen[word] = index


def _told_as_known(noun: Token) -> bool:
    """A noun with "the" or a possessive: "The driver", "her grandson"."""
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ in _POSSESSIVES)
        for c in noun.children
    )


def _counted_on(noun: Token) -> bool:
    """A noun told as one of several: "A second man", "the third man", "the other woman"."""
    return any(c.ent_type_ == "ORDINAL" or c.lower_ in {"other", "another"} for c in noun.children)


def _same_fate(before: Figure, later: Figure, rules: Rules) -> bool:
    """The same outcome, or a death told first by its own verb and its wound after."""
    if before.outcome == later.outcome:
        return True
    if (before.outcome, later.outcome) != ("killed", "wounded") or before.noun is None:
        return False
    verb = before.noun.head
    said = rules.single_words.get(verb.lemma_.lower()) or rules.single_words.get(verb.lower_)
    return said is not None and said[0] == "killed"
