"""Parts no cue word announces: a breakdown after a comma, a total "in all", "among".

"the four wounded, three men and a woman, were ...", "six soldiers and four civilians (ten
in all)", "Two children were among five people killed": the parse and the punctuation
tie a part to its total (cue words such as "including" are linked in `parts`).
"""

import itertools

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.parts import attach

_GENERIC_PEOPLE = frozenset({"people", "person", "victim", "other"})


def link_breakdown(figures: list[Figure], triggers: dict) -> None:
    """Link "the four wounded, three men and a woman, were ...": a breakdown after a comma.

    A figure right after a comma that ends another figure of generic people ("six
    people", "the four wounded", "the dead") is a part of it when it is smaller; after
    a specific noun it is a list ("five soldiers, two civilians and a child").
    """
    for index, (total, part) in enumerate(itertools.pairwise(figures)):
        count, whole = part.parsed.count, total.parsed.count
        if total.sent_no != part.sent_no or count is None or whole is None or count >= whole:
            continue
        between = total.span.doc[total.span.end : part.span.start]
        if not between or between[-1].text != "," or len(between) > 2:
            continue
        generic = all(t.i in triggers or t.lemma_.lower() in _GENERIC_PEOPLE for t in between[:-1])
        if not generic or part.part_of is not None or total.part_of is not None:
            continue
        if not total.outcome or _own_other_outcome(part, total, triggers):
            continue
        nouns = set()
        for later in figures[index + 1 :]:  # the part and its conjuncts: "four men and two women"
            noun = later.noun
            if later is not part and (
                noun is None or noun.dep_ != "conj" or noun.head not in nouns
            ):
                break
            attach(later, total)
            later.outcome = total.outcome
            if noun is not None:
                nouns.add(noun)


def _own_other_outcome(part: Figure, total: Figure, triggers: dict) -> bool:
    """A figure whose own word gives another outcome: "Four dead, two injured" is no part.

    The word right after the number or its noun ("two injured", "two people hurt") is a
    trigger of another outcome than the total's: a headline's list of tolls.
    """
    doc = part.span.doc
    after = (part.noun.i if part.noun is not None else part.span.end - 1) + 1
    found = triggers.get(after) if after < len(doc) else None
    return found is not None and found[0] != total.outcome


def link_bracketed_total(figures: list[Figure]) -> None:
    """Link "six soldiers and four civilians (ten in all) were killed": ten is the total.

    A figure followed by "in all" or "in total" is the total of the figures before it in
    its sentence when their counts add up to it.
    """
    for index, total in enumerate(figures):
        doc, end = total.span.doc, total.span.end
        words = [t.lower_ for t in doc[end : end + 2]]
        if words not in (["in", "all"], ["in", "total"]) or total.parsed.count is None:
            continue
        before = [
            f for f in figures[:index] if f.sent_no == total.sent_no and f.part_of is None
            and f.parsed.count is not None and not f.parts
        ]  # fmt: skip
        if len(before) > 1 and sum(f.parsed.count for f in before) == total.parsed.count:
            for part in before:
                attach(part, total)
                part.outcome = part.outcome or total.outcome
            total.group = total.group_chars = None  # all of them, not the noun before it


def link_among(figures: list[Figure]) -> None:
    """Link "Two children were among five people killed": the subject is part of the object."""
    by_noun = {f.noun.i: f for f in figures if f.noun is not None}
    for f in figures:  # a number with "the" and no noun: "was among the three wounded"
        if f.noun is None and any(c.dep_ == "det" for c in f.span.root.children):
            by_noun.setdefault(f.span.root.i, f)
    among: dict[int, list[Token]] = {}  # per head: many figures can share one (a long list)
    for figure in figures:
        verb = (figure.anchor or figure.span.root).head
        if verb.i not in among:
            among[verb.i] = [
                prep for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "among"
            ]
        for prep in among[verb.i]:
            if any(c.dep_ == "pobj" and c.lower_ == "them" for c in prep.children):
                continue  # "arrested 61, among them the party's spokesman": a part cue
            for pobj in prep.children:
                total = by_noun.get(pobj.i)
                if total is not None and total is not figure and figure.part_of is None:
                    attach(figure, total)
