"""Figures of an earlier report that a later one corrects: only the corrected figure counts.

An article that corrects its toll gives the figure it replaces as a report of the past:
"correcting an earlier statement that four had been hurt", "police had initially said 18
people were hurt", "in its first statement the agency said two detainees had been
injured", "an earlier count of three dead". Coders keep the corrected figure only (the
eleventh held-out set's convention, "corrections and updates replace"), whether it is
higher or lower than the first one, so this is no update (`updates`: tolls only rise).

A figure is of an earlier report when, walking up the parse from its number, it meets:

- a report noun (`report_noun` rows: "statement", "report", "count", "figure") marked as
  earlier (`earlier_cue` rows: "earlier", "initial", "first", "original") that the figure
  hangs in ("an earlier report that seven had been hurt"), or that is the subject or the
  "in" phrase of a verb above it ("An initial police report said four people were
  killed", "In its first statement the army said three soldiers had been killed");
- a verb that is no casualty trigger with such an adverb ("Police had initially said 12
  people were wounded", "originally put the number of injured at 40"): "gunmen initially
  killed two guards" is the killing itself, no report.

The figure then points (`repeat_of`) to the figure of the same outcome that reports the
toll now: the one in its own sentence ("Three people were stabbed, correcting an earlier
statement that four had been hurt"), else the next one, else the one before (the lede's).
A figure of another incident the article recalls is never the correction; with no other
figure of the outcome the earlier one stays: it is all the article says.
"""

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count, parse_number
from analysis.extract.casualties.terms import Rules

_REPORTERS = frozenset({"nsubj", "nsubjpass", "prep"})  # a verb's report: its subject, "in"


def _marked(noun: Token, nouns: frozenset[str], earlier: frozenset[str]) -> bool:
    """A report noun marked as earlier: "an earlier statement", "the initial count"."""
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return False
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in earlier for c in noun.children)


def _reports_of(verb: Token) -> list[Token]:
    """The nouns that can name a verb's report: "An initial report said", "in its statement".

    Its subject (and what that is in apposition with: a dateline's misparse) and the
    objects of its prepositions.
    """
    found = []
    for child in verb.children:
        if child.dep_ not in _REPORTERS:
            continue
        if child.dep_ == "prep":
            found += [c for c in child.children if c.dep_ == "pobj"]
        else:
            found += [child, *(c for c in child.children if c.dep_ == "appos")]
    return found


def earlier_report(
    figure: Figure, rules: Rules, nouns: frozenset[str], earlier: frozenset[str]
) -> bool:
    """Whether the figure is given as what an earlier report said (see the module)."""
    token = figure.span.root
    sent = figure.sent
    while True:
        noun = token.pos_ in {"NOUN", "PROPN"} and token.i != figure.span.root.i
        if noun and _marked(token, nouns, earlier):
            return True
        if token.pos_ in {"VERB", "AUX"}:
            if any(_marked(n, nouns, earlier) for n in _reports_of(token)):
                return True
            adverbs = {c.lower_ for c in token.children if c.dep_ == "advmod"}
            if adverbs & earlier and token.lemma_.lower() not in rules.single_words:
                return True
        if token.head.i == token.i or not sent.start <= token.head.i < sent.end:
            return False
        token = token.head


def _correction(
    figures: list[Figure], index: int, stale: set[int], apart: Callable[[Figure, Figure], bool]
) -> int | None:
    """The figure that gives the toll an earlier report's figure (at `index`) corrects."""
    figure = figures[index]

    def fits(j: int) -> bool:
        other = figures[j]
        pair = (figure, other) if index < j else (other, figure)
        return (j != index and j not in stale and other.outcome == figure.outcome
                and other.parsed.count is not None and other.part_of is None
                and not apart(*pair))  # fmt: skip

    same = [j for j in range(len(figures)) if figures[j].sent_no == figure.sent_no and fits(j)]
    later = [j for j in range(index + 1, len(figures)) if fits(j)]
    before = [j for j in range(index - 1, -1, -1) if fits(j)]
    return next(iter(same + later + before), None)


def corrected(
    figures: list[Figure],
    points: dict[int, Figure],
    rules: Rules,
    words: tuple[frozenset[str], frozenset[str]],
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Point each figure of an earlier report to the figure that corrects it (`points`).

    `words`: the `report_noun` and `earlier_cue` terms; `apart`: whether two figures
    (in document order) belong to two incidents.
    """
    nouns, earlier = words
    stale = {
        i for i, f in enumerate(figures)
        if f.outcome is not None and f.parsed.count is not None and id(f) not in points
        and earlier_report(f, rules, nouns, earlier)
    }  # fmt: skip
    for index in sorted(stale):
        target = _correction(figures, index, stale, apart)
        if target is not None:
            points[id(figures[index])] = figures[target]


def _revision(figure: Figure, nouns: frozenset[str]) -> Token | None:
    """The number a later clause of the figure's sentence revises it to, if any.

    "Police had said that five people died, but on Monday they corrected the figure to
    three"; "the army first reported 14 wounded, but the mayor's office lowered the
    figure to 11": a verb joined to one above the figure, after it, that takes a report
    noun (`report_noun` rows: "figure", "toll", "count") or "it" as its object and a
    number after "to", whatever the verb ("revised", "cut", "lowered", "corrected").
    """
    token = figure.span.root
    sent = figure.sent
    while token.head.i != token.i and sent.start <= token.head.i < sent.end:
        token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        for verb in token.conjuncts:
            if verb.i <= figure.span.end:
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if not any(o.lemma_.lower() in nouns or o.lower_ == "it" for o in objects):
                continue
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    numbers = [c for c in prep.children if c.dep_ == "pobj" and c.like_num]
                    if numbers and parse_number(numbers[0].text) is not None:
                        return numbers[0]
    return None


def revised(
    figures: list[Figure],
    points: dict[int, Figure],
    nouns: frozenset[str],
    apart: Callable[[Figure, Figure], bool],
) -> dict[int, Figure]:
    """Point each figure a later clause revises to the figure of its new number.

    The new number is a figure already when the article gives it elsewhere ("left three
    people dead" in the lede): the revised figure points to it. Otherwise ("lowered the
    figure to 11") a figure of the revised one's outcome and people is made at the
    number; returned by the id of the figure it replaces, for the caller to place after it.
    """
    made: dict[int, Figure] = {}
    for figure in figures:
        if figure.outcome is None or figure.parsed.count is None or id(figure) in points:
            continue
        number = _revision(figure, nouns)
        if number is None:
            continue
        count = parse_number(number.text)
        at = [o for o in figures if o.span.start <= number.i < o.span.end and o is not figure]
        if at:  # "revised the toll to six": the toll is of the revised figure's people
            noun = at[0].noun
            if noun is None or noun.i == number.i or noun.lemma_.lower() in nouns:
                at[0].outcome = figure.outcome
            if at[0].outcome == figure.outcome:
                points[id(figure)] = at[0]
            continue
        same = [
            other for other in figures
            if other is not figure and other.outcome == figure.outcome
            and other.parsed.count == count and other.part_of is None
            and id(other) not in points
            and not apart(*sorted((figure, other), key=lambda f: f.span.start))
        ]  # fmt: skip
        if same:
            points[id(figure)] = same[0]
            continue
        span = figure.span.doc[number.i : number.i + 1]
        new = replace(figure, span=span, parsed=Count(count), parts=[], part_of=None,
                      implicit=False)  # fmt: skip
        points[id(figure)] = new
        made[id(figure)] = new
    return made
