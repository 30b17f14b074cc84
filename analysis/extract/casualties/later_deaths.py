"""Wounded people who die later: they move from the wounded figure to a death figure.

"32 injured ... three of the injured died" (or "four people were shot, one fatally",
`fatal_cue` terms) takes three people from the 32: `moves` finds, for each death figure, the
earlier wounded figure it takes its people from, and gives a "fatally" figure or one whose
own verb is a death ("one of them succumbed") the outcome killed. `settle` (in `updates`)
then adds a row of the wounded left.
"""

import bisect
from collections.abc import Callable

from spacy.tokens import Token

from analysis.extract.casualties.clauses import others_than_told
from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.repeats import ordinal_value, ordinal_victim
from analysis.extract.casualties.terms import Rules
from analysis.rules import RuleSet

_DEFINITE = frozenset({"the", "this", "that"})
_RESTATING = frozenset({"both", "all", "the"})  # "both", "all three", "the two"
_NONE = ("", False)


def cue_words(rule_set: RuleSet, kind: str) -> frozenset[str]:
    """The terms of one kind of `casualty_terms` ("update_cue", "fatal_cue")."""
    rows = rule_set.rows("casualty_terms")
    return frozenset(row["term"].strip().lower() for row in rows if row["kind"] == kind)


def of_phrase(figure: Figure) -> Token | None:
    """The object of "of" right after the number: "three of the injured", "one of them"."""
    doc, end = figure.span.doc, figure.span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    objects = [c for c in doc[end].children if c.dep_ == "pobj"]
    return objects[0] if objects else doc[end + 1]


def _verb(figure: Figure) -> Token:
    """The word the figure's phrase hangs on: "three of the injured [died]"."""
    token = figure.span.root
    while token.dep_ in {"nummod", "pobj", "prep", "appos", "compound", "amod"}:
        token = token.head
    return token.head if token.dep_ in {"nsubj", "nsubjpass"} else token


def _fatal(figure: Figure, fatal: frozenset[str]) -> bool:
    """A fatal cue before the clause ends: "one fatally", "two of them fatally"."""
    doc = figure.span.doc
    for token in doc[figure.span.end : min(len(doc), figure.span.end + 5)]:
        if token.lower_ in fatal:
            return True
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def outcome_word(token: Token, rules: Rules) -> str:
    """The outcome a single trigger word gives ("died": killed), or "" when none."""
    return rules.single_words.get(token.lemma_.lower(), _NONE)[0]


def earlier(figures: list[Figure], index: int, outcome: str | None = None) -> int | None:
    """The nearest earlier figure with a count (and the outcome, when given)."""
    for i in range(index - 1, -1, -1):
        other = figures[i]
        if other.parsed.count is not None and outcome in {None, other.outcome}:
            return i
    return None


def _same_victim(first: Figure, later: Figure) -> bool:
    """A victim restated with a definite noun: "a security guard" ... "the guard"."""
    if not (first.implicit and later.implicit) or first.noun is None or later.noun is None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in later.noun.children):
        return False
    a, b = first.noun.lemma_.lower(), later.noun.lemma_.lower()
    return a.endswith(b) or b.endswith(a)


def _restating(figure: Figure) -> bool:
    """A count that names people already counted: "both", "the two", "all three".

    Its death in a later sentence is the death of the nearest earlier group of its
    count, when that group was wounded: "Two policemen were shot ... Both later died".
    """
    doc, start = figure.span.doc, figure.span.start
    if figure.span.text.lower() in _RESTATING:
        return True
    return start > 0 and doc[start - 1].lower_ in _RESTATING


def _restated_group(figures: list[Figure], index: int) -> int | None:
    """The nearest earlier counted figure, in an earlier sentence, of a restating count."""
    found = earlier(figures, index)
    if found is None or figures[found].sent_no == figures[index].sent_no:
        return None
    return found if figures[found].parsed.count == figures[index].parsed.count else None


def _described_wounded(noun: Token, rules: Rules, *, clause: bool) -> bool:
    """A victim described as wounded: "a wounded passenger", "a vendor (who was) wounded in".

    A clause ("who was shot in the head") counts only when `clause`: in the sentence of
    the wounded figure it tells how the victim died ("two were wounded and a man who was
    shot in the head died at the scene"), not that he was one of them.
    """
    deps = {"amod", "compound", "acl", "relcl"} if clause else {"amod", "compound"}
    return any(
        child.dep_ in deps
        and (outcome_word(child, rules) == "wounded" or (clause and _among_wounded(child, rules)))
        for child in noun.children
    )


def _among_wounded(clause: Token, rules: Rules) -> bool:
    """A clause placing the victim among the wounded: "who was among the wounded"."""
    return clause.lemma_ == "be" and any(
        prep.lower_ == "among" and any(outcome_word(o, rules) == "wounded" for o in prep.children)
        for prep in clause.children
        if prep.dep_ == "prep"
    )


def more_of(figure: Figure) -> bool:
    """More people of a toll: "two more bodies", "another three people"."""
    doc, span = figure.span.doc, figure.span
    after = span.end < len(doc) and doc[span.end].lower_ == "more"
    return after or (span.start > 0 and doc[span.start - 1].lower_ == "another")


def _wounded_near(figures: list[Figure], index: int, wounded: list[int]) -> int | None:
    """The nearest earlier wounded figure, else the first later one.

    A lede tells the later death before the body gives the wounded figure ("a wounded
    passenger died ... Six others were wounded"): the death still comes from that figure,
    but not from a later part (its whole decides) nor from a later victim counted on by
    an ordinal ("a second teenager was hurt": one more person, not the dead one).
    `wounded` holds the indices of the figures counted wounded, in order (found once).
    """
    at = bisect.bisect_left(wounded, index)
    for j in (*range(at - 1, -1, -1), *range(at, len(wounded))):
        later = wounded[j] > index
        if later and (_rest(figures[wounded[j]]) or _as_it_stands(figures[wounded[j]])):
            continue  # "the other four wounded", "14 others were being treated": after the death
        if later and figures[wounded[j]].part_of is not None:
            continue  # "Six remain in hospital, two of them critical": its whole decides
        if later and ordinal_victim(figures[wounded[j]]):
            continue  # "Kyle died in hospital. A second teenager was hurt": one more person
        if wounded[j] != index and figures[wounded[j]].outcome == "wounded":
            return wounded[j]
    return None


_STATE_VERBS = frozenset({"remain", "stay"})


def _as_it_stands(figure: Figure) -> bool:
    """A figure of people as they are now: "Fourteen others were being treated", "11 remain".

    The verb its people hang on is "remain" or "stay", or is told in the present or as
    going on ("are", "were being treated"): the wounded left, not those who were hit.
    """
    verb = _verb(figure)
    if verb.lemma_.lower() in _STATE_VERBS:
        return True
    words = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(w.tag_ in {"VBP", "VBZ"} or w.lower_ == "being" for w in words)


def _rest(figure: Figure) -> bool:
    """The rest of a group ("the other four", "the remaining 11"): counted after a death."""
    start = figure.span.start
    return start > 0 and figure.span.doc[start - 1].lower_ in {"other", "remaining"}


def _described_source(
    figures: list[Figure], index: int, rules: Rules, wounded_at: list[int], *, dies: bool
) -> int | None:
    """The wounded figure of a victim described as wounded or counted by an ordinal."""
    figure = figures[index]
    noun = figure.noun
    if not figure.implicit or noun is None:
        return None
    described = _described_wounded(noun, rules, clause=False)
    marked = described or (dies and ordinal_victim(figure))
    if not (marked or _described_wounded(noun, rules, clause=True)):
        return None
    found = _wounded_near(figures, index, wounded_at)
    if found is None or (figures[found].sent_no == figure.sent_no and not marked):
        return None
    if others_than_told(figures[found].span):  # "Besides him, 21 were injured": not him
        return None
    return None if not described and _counts_on(figures, index, found) else found


def _counts_on(figures: list[Figure], index: int, wounded: int) -> bool:
    """An ordinal victim who counts on from the wounded: one more person, not one of them.

    "Two soldiers were wounded ... A third soldier later died": the third is the wounded
    figure's count plus one, and no death figure of that count comes before him for him
    to count on from ("One soldier was killed and three wounded ... a second soldier has
    died of his wounds" takes him from the three).
    """
    noun = figures[index].noun
    words = [c for c in noun.children if c.dep_ == "amod"] if noun is not None else []
    n = next((v for c in words if (v := ordinal_value(c.text)) is not None), None)
    if n is not None and _same_noun_before(figures, index, n - 1):
        return True  # "two suspects were arrested ... A third suspect was shot dead"
    if n is None or figures[wounded].parsed.count != n - 1:
        return False
    return not any(f.outcome == "killed" and f.parsed.count == n - 1 for f in figures[:index])


_TAKEN = frozenset({"detained", "kidnapped", "missing"})


def _same_noun_before(figures: list[Figure], index: int, count: int) -> bool:
    """An earlier group of `count` taken, held or missing, named by the ordinal's own noun.

    "Police arrested two suspects ... A third suspect was killed in a shootout": the
    third counts on from the two suspects, not from the wounded of the story. A group
    killed or wounded does not count (the third may be one of its wounded: "one soldier
    was killed ... a second soldier has died of his wounds").
    """
    noun = figures[index].noun
    lemma = noun.lemma_.lower() if noun is not None else ""
    return any(
        f.outcome in _TAKEN and f.parsed.count == count and f.noun is not None
        and f.noun.lemma_.lower() == lemma
        for f in figures[:index]
    )  # fmt: skip


def _wounded_source(
    figures: list[Figure],
    index: int,
    rules: Rules,
    position: dict[int, int],
    wounded_at: list[int],
    *,
    fatal: bool,
    dies: bool,
) -> int | None:
    """The wounded figure a death figure takes its people from, if any.

    "three of the injured died", "one of them succumbed" (after a wounded figure), a group
    restated by its count ("Both later died", "the two died", after that group), a
    victim described as wounded or counted by an ordinal ("a wounded passenger died", "a
    second soldier has died": before or after the wounded figure), a victim restated with
    a definite noun ("a guard was shot ... the guard died"), or more deaths ("two more
    people died in hospital"; not "three more bodies were found").
    """
    figure = figures[index]
    count = figure.parsed.count or 0
    total = figure.part_of
    if fatal and total is None and of_phrase(figure) is None:  # "five shot, one fatally"
        found = earlier(figures, index, "wounded")
        if found is None or figures[found].sent_no != figure.sent_no:
            return None
    elif total is not None:
        found = position.get(id(total)) if total.outcome == "wounded" else None
    elif (described := _described_source(figures, index, rules, wounded_at, dies=dies)) is not None:
        found = described  # "a wounded passenger died", "a second soldier has died of his wounds"
    elif dies and _restating(figure):  # "Two policemen were shot ... Both later died"
        found = _restated_group(figures, index)
    elif figure.implicit and of_phrase(figure) is None:
        found = next((i for i in range(index - 1, -1, -1) if figures[i].outcome == "wounded"
                      and _same_victim(figures[i], figure)), None)  # fmt: skip
    elif of_phrase(figure) is None:  # "two more people died in hospital"
        doc, end = figure.span.doc, figure.span.end
        if not (dies and end < len(doc) and doc[end].lower_ == "more"):
            return None
        found = earlier(figures, index, "wounded")
    else:
        obj = of_phrase(figure)
        if obj is None:
            return None
        wounded = any(  # "of the injured", "of the wounded officers"
            outcome_word(word, rules) == "wounded"
            for word in (obj, *(c for c in obj.children if c.dep_ in {"amod", "compound"}))
        )
        found = _wounded_near(figures, index, wounded_at) if wounded else earlier(figures, index)
        if obj.lower_ != "them" and not wounded:
            return None
    if found is None or figures[found].outcome != "wounded":
        return None
    return found if (figures[found].parsed.count or 0) >= count else None


def _killing_some(figures: list[Figure], index: int, rules: Rules) -> int | None:
    """The wounded figure a "killing N" clause takes its dead from: "shot four, killing two".

    "Gunmen shot four people in a bar, killing two" is "four shot, two fatally": the
    object of a death verb in "-ing" hung on the verb whose object is the figure right
    before it, a larger wounded figure of the same sentence.
    """
    root = figures[index].span.root
    verb = root.head if root.dep_ == "dobj" else None
    if index == 0 or verb is None or verb.tag_ != "VBG" or outcome_word(verb, rules) != "killed":
        return None
    shot = figures[index - 1]
    people = shot.anchor or shot.span.root
    hit = people.head if people.dep_ == "dobj" else None
    return (
        index - 1
        if hit is not None and hit.i == verb.head.i and shot.outcome == "wounded"
        and (shot.parsed.count or 0) > (figures[index].parsed.count or 0)
        else None
    )  # fmt: skip


def groups_of(figures: list[Figure]) -> dict[int, int]:
    """A figure counted out of a larger one: "One of two teenagers", "Two of five miners".

    Index of the figure -> index of the figure right after its "of", when that counts more.
    """
    by_start = {f.span.start: i for i, f in enumerate(figures)}
    found = {}
    for index, figure in enumerate(figures):
        end, count = figure.span.end, figure.parsed.count
        if count is None or end + 1 >= len(figure.span.doc) or figure.span.doc[end].lower_ != "of":
            continue
        group = by_start.get(end + 1)
        if group is not None and (figures[group].parsed.count or 0) > count:
            found[index] = group
    return found


def moves(
    figures: list[Figure],
    rules: Rules,
    fatal: frozenset[str],
    apart: Callable[[Figure, Figure], bool] | None = None,
) -> dict[int, int]:
    """Deaths among earlier wounded: index of the death -> index of the wounded figure.

    Also gives a "fatally" figure, or one whose own verb is a death ("one of them
    succumbed"), the outcome killed: the parse hangs them on the wounding verb. `apart`
    (`Incidents.in_context`) tells figures of two incidents: a death in the story is
    never taken from the wounded of an older incident the article recalls ("In one
    incident last year, 11 people were injured"); a death's own later date is no other
    incident.
    """
    found: dict[int, int] = {}
    position = {id(f): i for i, f in enumerate(figures)}
    groups = {}  # "One of two teenagers stabbed has died" (the two: `wholes.pair_outcomes`)
    for index, group in groups_of(figures).items():
        if figures[index].outcome == "killed" and figures[group].outcome == "wounded":
            groups[index] = group
    wounded_at = [
        i for i, f in enumerate(figures) if f.outcome == "wounded" and f.parsed.count is not None
    ]
    for index, figure in enumerate(figures):
        if figure.parsed.count is None:
            continue
        fatally = _fatal(figure, fatal)
        dies = fatally or outcome_word(_verb(figure), rules) == "killed"
        if not dies and figure.outcome != "killed":
            continue
        source = groups.get(index)
        if source is None:
            source = _killing_some(figures, index, rules)
        if source is None:
            near = wounded_at
            if apart is not None:
                near = [i for i in wounded_at if not apart(figures[i], figure)]
            source = _wounded_source(
                figures, index, rules, position, near, fatal=fatally, dies=dies
            )
        if source is None or (apart is not None and apart(figures[source], figure)):
            continue
        figure.outcome = "killed"
        found[index] = source
        total = figure.part_of
        if total is not None:
            total.parts = [p for p in total.parts if p is not figure]
            figure.part_of = None
    return found
