"""A second source's figure for a toll told without its outcome word: "the rebels claimed 60".

Coders count each source's figure for the same toll as a row of its own (convention 3 of
the benchmark READMEs). A second source often gives the number alone: "the army said 14
soldiers were killed; the rebels claimed 60", "officials put the toll at nine dead, while
elders said the real number was above 20", "police said 35 were detained, while the rights
group put the number held at 120". Such a bare number (no counted noun, no outcome found
for it) takes the outcome of the last figure before it, in its sentence or the one before,
when it is

- the object of a restating verb ("claimed 60", "claimed more than 30"), or
- what a restating noun is put at or is ("put the losses at 48", "the true figure was 40"),
  a noun with no "of" after it ("put the number of attackers at 200" counts attackers).

The words are the `restating_cue` rows of `data/casualty_terms.csv`.
"""

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure


def _noun_restates(noun: Token, words: frozenset[str]) -> bool:
    """A restating noun that names no other count: "the losses", not "the number of guns"."""
    return noun.lemma_.lower() in words and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def restates(number: Token, words: frozenset[str]) -> bool:
    """Whether a bare number restates a toll by its verb or noun (see the module docstring)."""
    head = number.head
    if number.dep_ == "dobj":  # "claimed 60"; not "the gunmen, numbering more than 50"
        verb = head.lemma_.lower()  # "number" sizes its own subject ("the gunmen numbered 50")
        return verb in words and verb != "number" and head.dep_ not in {"acl", "amod", "advcl"}
    # "put the losses at 48", "was above 20", "the number held at 120"; not "brings the
    # number this year to 254" (a tally), nor "the number of guns"
    if number.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ not in {"to", "of"}:
        head = head.head
    elif number.dep_ != "attr":  # "the true figure was 40"
        return False
    if head.dep_ == "acl" and _noun_restates(head.head, words):
        return True  # "put the number held at 120"
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "dobj"} and _noun_restates(c, words) for c in head.children
    )


def restated_figures(figures: list[Figure], words: frozenset[str]) -> None:
    """Give each bare number that restates a toll the outcome of the figure before it.

    `figures` are in document order; a figure before it with an outcome, in its sentence
    or the one before, lends the outcome (the latest such figure).
    """
    last: Figure | None = None
    for figure in figures:
        restating = (
            figure.outcome is None and figure.noun is None and not figure.implicit
            and restates(figure.span.root, words)
        )  # fmt: skip
        if restating and last is not None and figure.sent_no - last.sent_no <= 1:
            figure.outcome = last.outcome
        if figure.outcome is not None:
            last = figure
