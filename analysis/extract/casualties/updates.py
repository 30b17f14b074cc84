"""One current figure per toll in a full article: restatements, updates and later deaths.

A news article tells its toll more than once and changes it as it goes: the lede gives the
latest figure ("the toll rose to 14"), the body the first one ("Eleven people were
killed and 32 injured"), then the people who died later ("three of the injured died
overnight"), and restates victims in other words ("a guard was shot ... the guard later
died"). `settle` gives every figure either no `repeat_of` (a current figure) or the index
of the figure that reports the same people now, so a reader who drops the rows with
`repeat_of` set sees each toll once, with its latest value:

- a restatement (same count, outcome and people, `repeats`) points to the first mention;
- a figure replaced by an update ("11 killed" before "rose to 14") points to the update,
  the highest figure of that outcome raised by an update verb ("rose to", "bringing the
  toll to": `update_cue` terms); its parts become parts of the update;
- wounded people who die later move between outcomes: "32 injured ... three of the
  injured died" (or "four people were shot, one fatally", `fatal_cue` terms) adds a row of
  the wounded left (29, implicit: no numeral says it) at the offsets of the 32, which
  points to that row; when all of them died ("a guard was shot ... the guard died") the
  wounded figure points to the death. The deaths stay rows, parts of the update if any;
- the rest of a wounded whole after a death ("eight struck in all ... a woman died ...
  the seven other victims", `wholes.rests`) is the wounded figure now: the whole points
  to it;
- a vague subgroup of a counted toll ("several of them had bullet wounds") points to it.
- a toll told as its newest victim's ordinal ("A third person has died") counts n, and
  the figure of n - 1 deaths it updates points to it (`ordinal_tolls`);
- a figure of an older incident the article recalls ("In June 2022, two teenagers were
  wounded") restates none of the story's (`dating.Incidents.told_apart`).

No row is dropped: each keeps its offsets, and `repeat_of` always names a current row.
"""

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from analysis.extract.casualties.ages import same_age
from analysis.extract.casualties.breakdowns import (
    appositive_lists,
    breakdowns,
    cared_for,
    complements,
    headline_groups,
    told_one_by_one,
)
from analysis.extract.casualties.care_states import STAYS
from analysis.extract.casualties.corrections import corrected, revised
from analysis.extract.casualties.dating import Incidents, another_time
from analysis.extract.casualties.dead_wounds import wounds_of_the_dead
from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.held_again import held_again
from analysis.extract.casualties.held_subsets import held_subsets
from analysis.extract.casualties.increments import other_people, raised_by, toll_people
from analysis.extract.casualties.later_deaths import (
    cue_words,
    earlier,
    more_of,
    moves,
    of_phrase,
)
from analysis.extract.casualties.members import (
    partitive_members,
    the_person_again,
    the_victim_again,
    wounded_one_by_one,
)
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.ordinal_tolls import ordinal_tolls
from analysis.extract.casualties.repeats import headline, repeats, restated, root_of, vague_repeats
from analysis.extract.casualties.stood import earlier_states, incident_toll, make_part
from analysis.extract.casualties.terms import Rules
from analysis.extract.casualties.wholes import rests
from analysis.rules import RuleSet


def _toll_nouns(rules: Rules) -> frozenset[str]:
    """Head nouns of the toll terms: "toll" ("death toll"), "number" ("number of dead")."""
    return frozenset(word for word, (_, toll) in rules.single_words.items() if toll) | {"number"}


def _outcome_nouns(rules: Rules) -> frozenset[str]:
    """Single trigger words that are not tolls ("death", "body", "dead"): a figure's noun."""
    return frozenset(word for word, (_, toll) in rules.single_words.items() if not toll)


def _toll_subject(verb: Token, tolls: frozenset[str]) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in tolls for c in verb.children)


def _update(figure: Figure, verbs: frozenset[str], tolls: frozenset[str]) -> bool:
    """A toll raised by an update verb: "rose to 14", "bringing the number ... to 3", "reached 9".

    The verb's subject or object is a toll noun, so "two were taken to hospital" or "took
    seven passengers" is no update. The number may hang on another word than its "to"
    ("climbed to six after one more person died"), and the verb be the head of a particle
    ("has gone up to eight"). A toll stated as it stands ("the death toll is now
    15", "the toll now stands at 11", "stood at eight on Monday") is one too: the highest
    such figure is the latest.
    """
    token = figure.span.root
    if token.dep_ == "nummod":  # "rose to 14 people"
        token = token.head
    head = token.head
    # The parse may hang the number elsewhere than on its "to": "climbed to six after one more".
    before = figure.span.doc[max(figure.span.start - 1, 0)]
    misparsed = before.lower_ in {"to", "at"} and before.dep_ == "prep" and token.dep_ != "pobj"
    if misparsed:
        head = before
    if misparsed or (token.dep_ == "pobj" and head.lower_ in {"to", "at"}):
        verb = head.head
        if verb.dep_ in {"advmod", "prt"} and verb.head.i != verb.i:
            verb = verb.head  # "had gone up to eight"
        verb = _toll_clause_verb(verb, tolls)  # "raising the number of soldiers killed to 7"
        if head.lower_ == "at" and not _toll_subject(verb, tolls):
            return False
    elif token.dep_ in {"dobj", "attr"}:  # "the toll has reached nine", "the toll is now 15"
        verb = head
        if not _toll_subject(verb, tolls):
            return False
    else:
        return False
    if verb.lemma_.lower() not in verbs:
        return False
    return figure.is_toll or any(
        child.dep_ in {"nsubj", "dobj", "nsubjpass"} and child.lemma_.lower() in tolls
        for child in verb.children
    )


def _toll_clause_verb(verb: Token, tolls: frozenset[str]) -> Token:
    """The verb of a toll noun when the parse hangs the update's "to" on the noun's clause.

    "raising the number of soldiers killed (in the ambush) to seven": "to" hangs on
    "killed", a clause of "number" or of "soldiers" after "number of"; the update verb is
    the one the toll noun hangs on.
    """
    if verb.dep_ not in {"acl", "relcl"}:
        return verb
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.head if noun.lemma_.lower() in tolls and noun.head.i != noun.i else verb


def _now(figure: Figure) -> bool:
    """A toll as it stands now, in a later sentence: "police said 14 people had now died".

    The verb the counted people hang on has "now" among its words ("had now died", "were
    now confirmed dead"); a headline or lede figure is no update of what follows it.
    """
    if figure.sent_no == 0 or figure.outcome is None:
        return False
    token = figure.span.root
    while token.dep_ not in {"nsubj", "nsubjpass", "dobj"} and token.head.i != token.i:
        token = token.head
    verb = token.head
    return any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children)


def _other(figure: Figure) -> bool:
    """The rest of a toll ("the other two died"): a part of it, never a replaced figure."""
    start = figure.span.start
    return start > 0 and figure.span.doc[start - 1].lower_ == "other"


def _apply_updates(
    figures: list[Figure],
    points: dict[int, Figure],
    deaths: set[int],
    rules: Rules,
    verbs: frozenset[str],
    recalled: Callable[[Figure, Figure], bool],
    increments: tuple[frozenset[str], frozenset[str]],
) -> None:
    """Point the figure an update replaces to it; later deaths become its parts.

    The update of an outcome is its highest incident toll raised by an update verb (tolls
    only rise). It replaces the other raised figures and the largest smaller figure of
    that outcome that is no part and not dated apart ("Eleven people were killed" before
    "rose to 14"); smaller figures than that are parts or other people ("a guard was
    also killed"), and stay, but the bodies that raised it, told in its sentence, point to it
    (`increments`). The parts of a replaced figure become the update's. A figure of an
    older incident the article recalls (`recalled`), a subgroup the dead include or a
    share of the attackers (`other_people`) is never replaced; a headline's toll is no
    older incident's for the dateline's date ("Two killed as violence flares" before
    "bringing the death toll to three").
    """
    latest: dict[str, Figure] = {}
    raised_ids: set[int] = set()
    tolls = _toll_nouns(rules)
    for raised in figures:
        if raised.parsed.count is None or not (_update(raised, verbs, tolls) or _now(raised)):
            continue
        figure = points.get(id(raised), raised)  # "rose to 14" restating the headline's 14
        count = figure.parsed.count
        if count is None or id(figure) in points or not incident_toll(figure):
            continue
        raised_ids.add(id(figure))
        best = latest.get(str(figure.outcome))
        if best is None or count > (best.parsed.count or 0):
            latest[str(figure.outcome)] = figure
    earlier_states(figures, points, latest, deaths, recalled)
    for outcome, update in latest.items():
        top = update.parsed.count or 0
        smaller = [f for f in figures if f is not update and f.outcome == outcome
                   and f.parsed.count is not None and f.parsed.count < top]  # fmt: skip
        for figure in smaller:
            if id(figure) not in deaths | points.keys() and raised_by(figure, *increments, verbs):
                points[id(figure)] = update  # "rose to 14 after two more bodies were found"
            elif id(figure) in deaths or _other(figure) or more_of(figure):
                make_part(figure, update)
        own = toll_people(update)
        replaced = [
            f for f in smaller
            if f.part_of is None and id(f) not in points and id(f) not in deaths
            and not _other(f) and (headline(f) or not another_time(f, update))
            and not recalled(f, update)
            and not other_people(f, own, rules.perpetrators)
        ]  # fmt: skip
        first = max((f.parsed.count or 0 for f in replaced if id(f) not in raised_ids), default=0)
        for figure in replaced:
            if id(figure) in raised_ids or figure.parsed.count == first:
                points[id(figure)] = update
                for part in list(figure.parts):
                    make_part(part, update)


def _definite(token: Token) -> bool:
    """People already named ("them", "the victims"), not "dozens of people"."""
    return token.lower_ in {"them", "those", "these"} or any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children
    )


def _vague_parts(figures: list[Figure], points: dict[int, Figure]) -> None:
    """A vague subgroup of a counted toll ("several of them") adds nobody: it points to it.

    So does a vague part of a counted total ("Forty people were injured, many of them
    traders"; "including foreign contractors": no row, as coders count them), but not
    people "with" them ("among them 12 children, along with several militants").
    """
    for index, figure in enumerate(figures):
        if figure.parsed.count is not None or id(figure) in points:
            continue
        total = figure.part_of
        people = figure.noun or figure.span.root
        companions = people.dep_ == "pobj" and people.head.lower_ == "with"
        if total is not None and total.parsed.count is not None and not companions:
            points[id(figure)] = total
            continue
        obj = of_phrase(figure)
        if obj is None or not _definite(obj):
            continue
        match = earlier(figures, index, figure.outcome)
        if match is not None:
            points[id(figure)] = figures[match]


def _restated_remainders(
    ordered: list[Figure], points: dict[int, Figure], remainders: list[Figure]
) -> None:
    """A later figure of the wounded left ("the two surviving victims") restates that row."""
    left = {id(r) for r in remainders}
    waiting: dict[tuple, Figure] = {}  # (outcome, count) -> the latest remainder before
    for figure in ordered:
        key = (figure.outcome, figure.parsed.count)
        if id(figure) in left:
            waiting[key] = figure
        elif key in waiting and id(figure) not in points:
            points[id(figure)] = waiting[key]


def _current(figure: Figure, points: dict[int, Figure]) -> Figure | None:
    """The figure that reports `figure` now, following restatements of replaced figures."""
    target = points.get(id(figure))
    seen = {id(figure)}
    while target is not None and id(target) in points and id(target) not in seen:
        seen.add(id(target))
        target = points[id(target)]
    return target


def _lost(
    figures: list[Figure], moved: dict[int, int], first: list[int | None], points: dict
) -> dict[int, list[Figure]]:
    """Per wounded figure (its first mention), the deaths that leave it.

    One death told twice, in the lede and in the body ("two of the wounded died" ...
    "Two of the injured died on Sunday"), is two figures of the same count from the same
    wounded figure: the later points to the first, unless it says "more" or "another".
    A wounded part who dies ("four wounded, among them a woman" ... "the woman died")
    leaves its total too.
    """
    position = {id(f): i for i, f in enumerate(figures)}

    lost: dict[int, list[Figure]] = {}
    told: dict[tuple, Figure] = {}  # (wounded figure, count) -> the first death told
    for death in sorted(moved):
        figure, wounded = figures[death], root_of(first, moved[death])
        key = (wounded, figure.parsed.count)
        if key in told and not more_of(figure):
            points[id(figure)] = told[key]
            continue
        told.setdefault(key, figure)
        lost.setdefault(wounded, []).append(figure)
        total = figures[wounded].part_of
        if total is not None and total.outcome == "wounded" and id(total) in position:
            lost.setdefault(root_of(first, position[id(total)]), []).append(figure)
    return lost


def settle(
    figures: list[Figure], rules: Rules, rule_set: RuleSet
) -> tuple[list[Figure], list[int | None]]:
    """The figures (with a row for each wounded figure that lost people) and `repeat_of`.

    `figures` are in document order. Returns the new list, in document order (a row of
    the wounded left follows the figure it comes from), and per figure the index of the
    current figure that reports it, or None when it is current itself.
    """
    if not figures:
        return [], []
    incidents = Incidents(figures[0].span.doc)  # the older incidents it tells, once per Doc
    told_apart = incidents.told_apart
    moved = moves(figures, rules, cue_words(rule_set, "fatal_cue"), incidents.in_context)
    sides = {row["noun"].lower(): row["actor_type"] for row in rule_set.rows("generic_actors")}
    first = repeats(
        figures,
        distinct=set(moved),
        outcome_words=_outcome_nouns(rules),
        sides=sides,
        apart=told_apart,
        context=incidents.context_sentence,
    )
    additive = cue_words(rule_set, "additive_cue")
    restated(figures, first, set(moved), sides=sides, additive=additive)
    same_age(figures, first, told_apart)  # "A 34-year-old man died ... The 34-year-old ..."
    breakdowns(figures, first, set(moved), rules)  # "Six died ... Five ... and a sixth ..."
    complements(figures, first, set(moved), _outcome_nouns(rules))  # "12 inside, four in hospital"
    told_one_by_one(figures, first, set(moved), additive=additive, apart=told_apart)
    wounded_one_by_one(figures, first, set(moved), additive=additive, apart=told_apart)
    headline_groups(figures, first)  # "11 killed" over "eight soldiers and three civilians"
    appositive_lists(figures, first)  # "The victims, two men and a woman," of three
    care = cue_words(rule_set, "care_verb") | cue_words(rule_set, "release")
    cared_for(figures, first, set(moved), care)  # "Four of them were treated and discharged"
    partitive_members(figures, first, set(moved), rules)  # "Six of the injured"
    the_victim_again(figures, first, set(moved), apart=told_apart)  # "The dead man, 23,"
    the_person_again(figures, first, set(moved), rules, apart=told_apart)  # "The driver"
    held_again(figures, first, set(moved), incidents.in_context)  # "The three were remanded"
    held_subsets(figures, first, set(moved))  # "41 fans, 19 of whom were later charged"
    survived = care | (STAYS - {"be", "leave"})  # "was treated", "is recovering"
    wounds_of_the_dead(figures, first, set(moved), told_apart, survived)  # "died ... was hit"
    points = {id(f): figures[j] for f, j in zip(figures, first, strict=True) if j is not None}
    reports = (cue_words(rule_set, "report_noun"), cue_words(rule_set, "earlier_cue"))
    corrected(figures, points, rules, reports, told_apart)  # "an earlier report that four"
    remainders = revised(figures, points, reports[0], told_apart)  # "lowered the figure to 11"
    vague = vague_repeats(figures, incidents.in_context)  # "Dozens killed" over "12 killed"
    for index, target in vague.items():
        points[id(figures[index])] = figures[target]
    lost = _lost(figures, moved, first, points)
    ordinal_tolls(figures, points, set(moved), told_apart)  # "A third person has died"
    for wounded, dead in lost.items():
        total = figures[wounded]
        left = (total.parsed.count or 0) - sum(d.parsed.count or 0 for d in dead)
        if left > 0:
            parsed = Count(left, total.parsed.qualifier)
            rest = replace(total, parsed=parsed, implicit=True, parts=[], part_of=None)
            remainders[id(total)] = rest
            points[id(total)] = rest
        else:
            points[id(total)] = dead[0]
    for rest, whole in rests(figures).items():  # "eight struck in all ... the seven others"
        points.setdefault(id(figures[whole]), figures[rest])
    deaths = {id(figures[d]) for d in moved if id(figures[d]) not in points}
    updates = cue_words(rule_set, "update_cue")
    increments = (cue_words(rule_set, "raise_mark"), cue_words(rule_set, "increment_noun"))
    _apply_updates(figures, points, deaths, rules, updates, incidents.in_context, increments)
    _vague_parts(figures, points)
    ordered: list[Figure] = []
    for figure in figures:
        ordered.append(figure)
        if id(figure) in remainders:
            ordered.append(remainders[id(figure)])
    _restated_remainders(ordered, points, list(remainders.values()))
    for figure in ordered:  # parts of a replaced or restated total are parts of its figure now
        target = _current(figure, points)
        if target is not None and target.outcome == figure.outcome:
            for part in list(figure.parts):
                make_part(part, target)
    position = {id(f): i for i, f in enumerate(ordered)}
    current = [_current(f, points) for f in ordered]
    return ordered, [None if c is None else position[id(c)] for c in current]
