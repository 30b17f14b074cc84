"""A victim told by an ordinal in a clause with no verb of its own: "and a third in hospital".

Reporters tell one more victim of the same fate by leaving the verb out: "two guards died at
the gate and a third later in hospital", "a nurse was abducted from the clinic and a second
from her home", "five protesters were detained and a sixth the next morning", "one passenger
died at the scene and another on the way to hospital". Coders count that victim once, as
they count "a third soldier was wounded" (1, implicit). The clause starts at "and" with "a"
and an ordinal, or "another", and runs to the next comma, conjunction or the sentence end:

- a verb in it that names no outcome gives the clause its own fate ("and a third escaped
  unhurt"; "a fifth handed himself in" is other rules' work), and a noun after the ordinal
  that is no person makes it no victim ("and a second round of raids");
- an outcome word in it names the outcome ("four were shot dead and a fifth wounded");
  otherwise the victim shares the outcome of the last figure before "and" in its sentence,
  and an ordinal that goes on counting that figure's people makes the whole toll ("two died
  at the gate and a third in hospital" is 3 killed, the two a part: the open sets' gold).
"""

from spacy.tokens import Doc

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.parts import attach
from analysis.extract.casualties.repeats import ordinal_value
from analysis.extract.casualties.terms import Rules

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})
# A word the parse makes a clause of its own, whatever its tag ("surrendered" read as an adjective)
_CLAUSE_HEADS = frozenset({"conj", "ROOT", "ccomp"})


def _newcomer(doc: Doc, conjunction: int) -> int | None:
    """The index of "another" or of the ordinal in "a third" right after "and", or None."""
    first = conjunction + 1
    if first < len(doc) and doc[first].lower_ == "another":
        return first
    if first + 1 < len(doc) and doc[first].lower_ in {"a", "an"}:
        return first + 1 if (ordinal_value(doc[first + 1].text) or 0) >= 2 else None
    return None


def _clause_outcome(doc: Doc, start: int, end: int, triggers: dict, rules: Rules) -> str | None:
    """The outcome the clause's own words name, "" when none, None when it is no victim's."""
    first = doc[start] if start < end else None
    if (
        first is not None
        and first.pos_ in {"NOUN", "NUM"}
        and first.lemma_.lower() not in rules.persons
    ):
        return None  # "and a second round of raids", "and another 20"
    for token in doc[start:end]:
        if token.i in triggers:
            return triggers[token.i][0]
        if token.tag_ in _FINITE_TAGS or token.pos_ == "VERB" or token.dep_ in _CLAUSE_HEADS:
            return None  # "and a third escaped unhurt", "a fifth surrendered": its own clause
    return ""


def gapped_figures(doc: Doc, figures: list[Figure], triggers: dict, rules: Rules) -> list[Figure]:
    """Figures of 1 for ordinal victims in verbless clauses (see the module docstring)."""
    found: list[Figure] = []
    taken = {i for f in figures for i in range(f.span.start, f.span.end)}
    told = sorted(
        (f for f in figures if f.outcome is not None and f.part_of is None),
        key=lambda f: f.span.start,
    )
    for number, figure in enumerate(told):  # its clause runs to the next figure at most
        after = told[number + 1] if number + 1 < len(told) else None
        stop = after.span.start if after is not None and after.sent_no == figure.sent_no else None
        stop = figure.sent.end if stop is None else min(stop, figure.sent.end)
        for conjunction in range(figure.span.end, stop):
            if doc[conjunction].lower_ != "and":
                continue
            at = _newcomer(doc, conjunction)
            if at is None or at in taken:
                continue
            end = next((t.i for t in doc[at + 1 : figure.sent.end] if t.text in _CLAUSE_ENDS
                        or (t.dep_ == "cc" and t.i > at + 1)), figure.sent.end)  # fmt: skip
            outcome = _clause_outcome(doc, at + 1, end, triggers, rules)
            if outcome is None:
                continue
            taken.add(at)
            found.append(_victim(doc, at, figure, outcome))
    return found


def _victim(doc: Doc, at: int, figure: Figure, outcome: str) -> Figure:
    """The ordinal's figure: 1, or the whole toll when it goes on counting the figure's people.

    "Two of the men died at the scene and a third at the hospital": the third makes the
    dead three, the toll coders count (the two its part); "and a fifth wounded" is one.
    """
    span = doc[at - 1 : at + 1] if doc[at].lower_ != "another" else doc[at : at + 1]
    rank = ordinal_value(doc[at].text) or 0
    whole = not outcome and figure.parsed.count is not None and rank == figure.parsed.count + 1
    victim = Figure(
        span=span, parsed=Count(rank if whole else 1), sent=figure.sent, sent_no=figure.sent_no,
        anchor=doc[at], outcome=outcome or figure.outcome, group=doc[at].text,
        group_chars=(span.start_char, span.end_char), implicit=True,
    )  # fmt: skip
    if whole:
        victim.group, victim.group_chars = figure.group, figure.group_chars
        attach(figure, victim)
    return victim
