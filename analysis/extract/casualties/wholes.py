"""Wholes and what became of them: the rest of a group after a death, a group that died.

Local news counts a group first and tells what became of its people later:

- "Eight people were struck by gunfire in all. A woman was pronounced dead. The seven
  other victims are expected to recover": the seven are the wounded now, the eight a
  whole that is no figure of its own (`rests` finds the rest and its whole; the rest
  takes the whole's outcome before parts are linked, so "Among them are two cousins" is
  a part of the seven, and `settle` points the whole to the rest);
- "Two men were found wounded. They were taken to hospital, where they died": the whole
  group died, so the figure is killed (`group_deaths`);
- "One of two teenagers stabbed ... has died": the two are wounded, not killed; `moves`
  then takes the death from them and leaves the other wounded (`pair_outcomes`).
"""

import bisect

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import groups_of, outcome_word
from analysis.extract.casualties.terms import Rules

_REST_WORDS = frozenset({"other", "others", "remaining"})
_BACK = 3  # sentences a rest or a pronoun looks back for its group
_LOOK_BACK = 40  # figures a rest looks back over (a long list is no whole and its rest)
_PLURAL = frozenset({"they"})
_SINGULAR = frozenset({"he", "she"})


def _rest(figure: Figure) -> bool:
    """A definite rest of a group: "the seven other victims", "the 11 others", "the other 11"."""
    doc, span = figure.span.doc, figure.span
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before[-1:] and before[-1] in _REST_WORDS:  # "the other 11", "the remaining 11"
        return len(before) == 2 and before[0] == "the"
    return bool(before) and before[-1] == "the" and after in _REST_WORDS


def rests(figures: list[Figure]) -> dict[int, int]:
    """Rests of a wounded whole after a death: index of the rest -> index of its whole.

    The whole is the nearest earlier counted wounded figure (up to three sentences back)
    larger than the rest, with a death figure between them: "the seven other victims"
    are the wounded left of "eight people were struck", after "a woman was pronounced
    dead". Without a death between, "the eight others" of "twelve wounded, four of them
    seriously" are a part, not the wounded now. `figures` are in document order.
    """
    found = {}
    for index, rest in enumerate(figures):
        count = rest.parsed.count
        if count is None or rest.part_of is not None or rest.outcome not in {None, "wounded"}:
            continue
        if not _rest(rest):
            continue
        died = False
        for j in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1):
            whole = figures[j]
            if rest.sent_no - whole.sent_no > _BACK:
                break
            if whole.outcome == "killed" and whole.sent_no < rest.sent_no:
                died = True
            elif whole.outcome == "wounded" and (whole.parsed.count or 0) > count:
                if died and whole.part_of is None and whole.sent_no < rest.sent_no:
                    found[index] = j
                break
    return found


def rest_outcomes(figures: list[Figure]) -> None:
    """Give each rest of a wounded whole its whole's outcome (before parts are linked)."""
    for index, whole in rests(figures).items():
        figures[index].outcome = figures[whole].outcome


def _death_of(pronoun: Token, rules: Rules) -> bool:
    """Whether a pronoun is the subject of a death: "they died", "he was pronounced dead"."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "neg" for c in verb.children):
        return False
    if outcome_word(verb, rules) == "killed":
        return True
    return any(
        c.dep_ in {"acomp", "oprd"} and outcome_word(c, rules) == "killed" for c in verb.children
    )


def group_deaths(figures: list[Figure], rules: Rules) -> None:
    """A wounded group whose pronoun dies later is killed: "found wounded ... they died".

    The pronoun ("they" for a group, "he" or "she" for one person) is the subject of a
    death in a later sentence, up to three sentences after the wounded figure, with no
    figure between them nor in the pronoun's sentence: it can only mean that group.
    `figures` are in document order.
    """
    if not figures:
        return
    doc = figures[0].span.doc
    ends = [f.span.end for f in figures]
    for token in doc:
        plural = token.lower_ in _PLURAL
        if not (plural or token.lower_ in _SINGULAR) or not _death_of(token, rules):
            continue
        at = bisect.bisect_right(ends, token.i) - 1  # the last figure ending before it
        if at < 0:
            continue
        group, sent = figures[at], token.sent
        count = group.parsed.count
        if group.outcome != "wounded" or count is None or (count > 1) != plural:
            continue
        after = figures[at + 1] if at + 1 < len(figures) else None
        if group.span.end > sent.start or (after is not None and after.span.start < sent.end):
            continue  # the group's own sentence, or another figure in the pronoun's
        if sum(1 for t in doc[group.sent.end : sent.start + 1] if t.is_sent_start) > _BACK:
            continue
        group.outcome = "killed"


def _wounding(token: Token, rules: Rules) -> bool:
    """A participle of wounding ("stabbed", "shot", "injured"), not "shot dead"."""
    if outcome_word(token, rules) != "wounded":
        return False
    return not any(
        c.dep_ in {"acomp", "oprd", "advmod", "xcomp"} and outcome_word(c, rules) == "killed"
        for c in token.children
    )


def pair_outcomes(figures: list[Figure], rules: Rules) -> None:
    """The group a death is one of is wounded: "One of two brothers shot ... has died".

    The figure counted out of a group ("One of two", `groups_of`) dies; a participle of
    wounding describes the group ("two teenagers stabbed", "five miners injured"), or is
    the verb the dying figure is the subject of, its death joined to it ("One of two
    brothers shot outside a mosque ... has died"). The group then has that outcome, not
    the death of its one member; `moves` leaves the rest of it wounded.
    """
    for index, group in groups_of(figures).items():
        figure, whole = figures[index], figures[group]
        if whole.outcome == "wounded":
            continue
        nouns = [t for t in (whole.noun, whole.span.root, figure.span.root) if t is not None]
        described = [c for t in nouns for c in t.children if c.dep_ in {"acl", "amod"}]
        root = figure.span.root
        joined = [c for c in root.head.children if c.dep_ in {"conj", "dep"}]
        if root.dep_ in {"nsubj", "nsubjpass"} and any(
            outcome_word(c, rules) == "killed" for c in joined
        ):
            described.append(root.head)  # "One of two brothers [shot] ... [and] has died"
            figure.outcome = "killed"  # the parse may give it the participle's wound
        if figure.outcome == "killed" and any(_wounding(t, rules) for t in described):
            whole.outcome = "wounded"
