"""Figures whose people are no new victims: a relative among the counted, a death taken back.

Two shapes recur across local news from many places (HC32's census of open sets 1-17):

- a speaker's relative told among a group already counted: "said Ruth Namara, whose son
  was among the dead", "a herder whose brother was among those killed", "whose husband is
  among the missing". The son is one of the dead the story counted; coders give him no
  row of his own (nine open sets);
- a death told and then taken back: "a man reported dead on Sunday was found alive", "one
  of them had died ..., but the company later said he was alive". Nobody died (three
  open sets).

`new_victims` drops such figures (their parts stand alone) before the tolls are settled.
"""

import bisect

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.figures import Figure

_SAID_OF_ONE = frozenset({"he", "she", "they"})


def _among_the_counted(token: Token) -> bool:
    """Whether the word is the subject of "was among ..." or "is among ...": one of a group."""
    verb = token.head
    return (
        token.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ == "among" for c in verb.children)
    )  # fmt: skip


def _kin_among(figure: Figure) -> bool:
    """A relative, "whose son", told among a group already counted (or the speaker it hangs on).

    The figure's words hold "whose" and the noun it qualifies is the subject of "was among":
    "whose son was among the dead", "whose 26-year-old son was among those killed". Only the
    words next to the noun are read: a list's noun may hold thousands of children.
    """
    doc = figure.span.doc
    noun = figure.noun or figure.span.root  # the speaker: "Maria Santos, whose son ... was"
    near = doc[max(figure.span.start - _NEAR, 0) : min(noun.i + _NEAR, len(doc))]
    for token in near:
        if token.lower_ != "whose" or token.dep_ != "poss":
            continue
        kin = token.head
        if not _among_the_counted(kin):
            continue
        if kin.i == noun.i or figure.span.start <= token.i < figure.span.end:
            return True  # "whose son was among ..." counted, or "two sons" its number's noun
        if kin.head.dep_ == "relcl" and kin.head.head.i == noun.i:
            return True  # the speaker the relative clause hangs on
    return False


_NEAR = 12


def _found_alive(token: Token) -> bool:
    """Whether the verb says its subject is alive: "was found alive", "turned up alive"."""
    return any(c.lower_ == "alive" and c.dep_ in {"oprd", "acomp", "advmod", "xcomp"}
               for c in token.children)  # fmt: skip


class _Alive:
    """Token indices of "alive" in the last Doc asked about (read once per Doc)."""

    doc: Doc | None = None
    at: tuple[int, ...] = ()


_LAST = _Alive()


def _alive_in(sent: Span) -> bool:
    """Whether the sentence has the word "alive" (looked up, not read, per figure)."""
    doc = sent.doc
    if _LAST.doc is not doc:
        _LAST.doc, _LAST.at = doc, tuple(t.i for t in doc if t.lower_ == "alive")
    found = bisect.bisect_left(_LAST.at, sent.start)
    return found < len(_LAST.at) and _LAST.at[found] < sent.end


def _subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _taken_back(figure: Figure) -> bool:
    """A death reported and then taken back: "reported killed ... was later found alive".

    The counted noun's own verb finds it alive ("a herder who had been reported killed
    was later found alive"), or a later clause of the sentence says "he was alive" of a
    single victim ("one of them had died, but the company later said he was alive").
    """
    if figure.outcome != "killed" or not _alive_in(figure.sent):
        return False
    noun = figure.noun or figure.span.root
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verb = noun.head  # its verb, or one joined to it that has no subject of its own
        joined = [c for c in verb.children if c.dep_ == "conj" and not _subject(c)]
        if any(_found_alive(v) for v in (verb, *joined)):
            return True
    if figure.parsed.count != 1:
        return False
    after = figure.sent[figure.span.end - figure.sent.start :]
    return any(_found_alive(t) and _of_one(t) for t in after)


def _of_one(verb: Token) -> bool:
    """Whether a verb is said of one person told before: "he was alive", "was found alive".

    Its subject is a pronoun, or it has none the parse could attach ("after a man reported
    dead on Sunday was found alive", where the parse hangs "found" elsewhere).
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return any(c.dep_ == "auxpass" for c in verb.children)
    return all(s.lower_ in _SAID_OF_ONE for s in subjects)


def new_victims(figures: list[Figure]) -> list[Figure]:
    """The figures without those of no new victim (see the module docstring)."""
    gone = [f for f in figures if _kin_among(f) or _taken_back(f)]
    for figure in gone:
        if figure.part_of is not None:
            figure.part_of.parts = [p for p in figure.part_of.parts if p is not figure]
        for part in figure.parts:
            part.part_of = None
    dropped = {id(f) for f in gone}
    return [f for f in figures if id(f) not in dropped]
