"""One figure reported twice: a headline and its body, a toll restated later in the text.

News repeats its toll ("2 dead, 9 hurt" as a headline, then "Two people were killed and
nine others were injured"); a per-document total or an incident linker must count it
once. A figure repeats an earlier one when both have the same count and outcome and
their counted people agree: the same noun ("civilians" / "civilians"), one noun ending
the other ("schoolteacher" / "teacher"), or one of them generic or unnamed ("people",
"others", a bare number, a noun that is an outcome word: "confirmed one death", a side's
own people: "two of its men", a named victim). Two mentions dated apart ("In February, an
officer was wounded") are two incidents. A figure is never a repeat of its own total or
part. The `repeat_of` column holds the `figure_id` of the first mention; the rows stay, so
a user sees every mention and its offsets.
"""

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import TENS, UNITS
from analysis.extract.doc import quote_offsets

_GENERIC = frozenset({"people", "person", "other", "others", "individual", "victim"})


_OWN = frozenset({"its", "their", "our"})  # "two of its men": a side counting its own people


def root_of(first: list[int | None], index: int) -> int:
    """The figure `index` repeats (`first[index]`), or `index` itself when it is a first.

    >>> root_of([None, 0, None], 1), root_of([None, 0, None], 2)
    (0, 2)
    """
    found = first[index]
    return index if found is None else found


def generic_noun(figure: Figure, outcome_words: frozenset[str] = frozenset()) -> str | None:
    """The counted noun's lemma, or None when unnamed or generic.

    Generic too: a noun that is an outcome word ("confirmed one death", "two bodies": the
    toll, not who), a noun a side uses for its own people ("one of its fighters", "two of
    their men": a claim restating a toll), and a named victim ("Kieran Walsh ... died":
    the victim the article counted, now named).
    """
    noun = figure.noun
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    generic = lemma in _GENERIC or lemma in outcome_words
    return None if generic or _own(figure) or _named(figure) else lemma


def _named(figure: Figure) -> bool:
    """A victim counted by a person's name: "Kieran Walsh, 17, ... died"."""
    return figure.implicit and figure.noun is not None and figure.noun.ent_type_ == "PERSON"


def _own(figure: Figure) -> bool:
    """A noun a side uses for its own people: "one of its fighters", "two of their men"."""
    noun = figure.noun
    return noun is not None and any(c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children)


def _names(figure: Figure) -> frozenset[str]:
    """Capitalised names inside the group's words ("Kurdish Peshmerga fighters")."""
    if figure.group_chars is None:
        return frozenset()
    span = figure.span.doc.char_span(*figure.group_chars, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(
        t.text for t in span
        if t.is_title and not t.is_sent_start and (t.pos_ == "PROPN" or t.ent_type_ == "ORG")
    )  # fmt: skip


def _same_people(
    first: Figure,
    later: Figure,
    outcome_words: frozenset[str] = frozenset(),
    sides: dict[str, str] | None = None,
) -> bool:
    """Same noun, one generic or unnamed, or a shared name, and not nouns of two sides.

    "Two Peshmerga fighters" and "two Kurdish Peshmerga soldiers" are the same people;
    "two attackers" and "two of their officers" are not (`sides`: noun -> actor type, read
    for a side's own people only).
    """
    if sides and (_own(first) or _own(later)) and _two_sides(first, later, sides):
        return False
    if _named(first) and _named(later) and first.group != later.group:
        return False  # two named victims are two people
    a, b = generic_noun(first, outcome_words), generic_noun(later, outcome_words)
    if a is None or b is None:
        return True
    a, b = a.rstrip("s"), b.rstrip("s")  # a capitalised plural keeps its "s" as its lemma
    if _woman(a) != _woman(b):
        return False  # "a woman" ends with "man" but is not "a man"
    return a.endswith(b) or b.endswith(a) or bool(_names(first) & _names(later))


def _woman(lemma: str) -> bool:
    return lemma.endswith(("woman", "women"))


def _two_sides(first: Figure, later: Figure, sides: dict[str, str]) -> bool:
    """Whether the two counted nouns have known actor types that differ."""
    kinds = [
        sides.get(f.noun.lower_, sides.get(f.noun.lemma_.lower())) if f.noun is not None else None
        for f in (first, later)
    ]
    return None not in kinds and kinds[0] != kinds[1]


_HEADLINE_WORDS = 25  # a first line longer than this is a paragraph, not a headline


def headline(figure: Figure) -> bool:
    """Whether a figure stands in the document's headline: a short first line, no full stop.

    A headline names its people in few words ("a child", "man"); the body then tells who
    they were ("an eight-year-old girl", "a shopkeeper").
    """
    return figure.span.end_char <= _headline_end(figure.span.doc)


class _FirstLine:
    """The end of a Doc's headline (-1 when it has none), found once per Doc."""

    doc: Doc | None = None
    end: int = -1


_FIRST_LINE = _FirstLine()


def _headline_end(doc: Doc) -> int:
    """Where the first line ends, when it is a headline: short and without a full stop."""
    if _FIRST_LINE.doc is not doc:
        line_end = doc.text.find("\n")
        line = doc.text[:line_end].rstrip() if line_end > 0 else ""
        short = bool(line) and len(line.split()) <= _HEADLINE_WORDS
        _FIRST_LINE.doc, _FIRST_LINE.end = doc, line_end if short and line[-1] != "." else -1
    return _FIRST_LINE.end


def ordinal_victim(figure: Figure) -> bool:
    """A victim counted by an ordinal: "a second soldier has died", "a third man"."""
    noun = figure.noun
    return noun is not None and any(
        c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in noun.children
    )


_IRREGULAR = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fifth": 5,
    "eighth": 8,
    "ninth": 9,
    "twelfth": 12,
}


def ordinal_value(word: str) -> int | None:
    """The number an English ordinal stands for ("sixth": 6, "twenty-first": 21, "7th": 7)."""
    word = word.lower()
    if match := re.fullmatch(r"(\d+)(st|nd|rd|th)", word):
        return int(match.group(1))
    tens, _, last = word.rpartition("-")
    base = TENS.get(tens, 0) if tens else 0
    if tens and not base:
        return None
    if last in _IRREGULAR:
        return base + _IRREGULAR[last]
    if last.endswith("ieth"):
        value = TENS.get(last[: -len("ieth")] + "y")
        return None if value is None or base else value
    stem = last.removesuffix("th")
    value = UNITS.get(stem) if stem != last else None
    return None if value is None else base + value


def _ordinals_agree(first: Figure, later: Figure) -> bool:
    """Whether an ordinal leaves two mentions one victim.

    "A second soldier has died" is another man than "one soldier was killed", whichever
    comes first; "the wounded trooper" after "a second trooper was shot" is that trooper.
    """
    if ordinal_victim(first) == ordinal_victim(later):
        return True
    noun = later.noun
    definite = noun is not None and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    )
    return ordinal_victim(first) and definite


def _related(first: Figure, later: Figure) -> bool:
    """A total and its part (either way) are two figures, not one reported twice."""
    return later.part_of is first or first.part_of is later


def _quoted(figures: list[Figure]) -> set[int]:
    """`id` of each figure inside a direct quote (the quotes found once per document)."""
    if not figures:
        return set()
    spans = sorted(quote_offsets(figures[0].span.doc.text, min_words=2))
    starts = [s for s, _ in spans]
    found = set()
    for figure in figures:
        at = bisect.bisect_right(starts, figure.span.start_char) - 1
        if at >= 0 and figure.span.end_char <= spans[at][1]:
            found.add(id(figure))
    return found


def _quoting(first: Figure, later: Figure, quoted: set[int], sides: dict[str, str] | None) -> bool:
    """A quote restating a toll in its own words: "We have lost two sons" after "Two men".

    `quoted` holds the figures in a direct quote (by identity, see `repeats`).
    """
    return id(later) in quoted and not _two_sides(first, later, sides or {})


def repeats(
    figures: list[Figure],
    *,
    distinct: set[int] | None = None,
    outcome_words: frozenset[str] = frozenset(),
    sides: dict[str, str] | None = None,
    apart: Callable[[Figure, Figure], bool] | None = None,
    context: Callable[[Figure], bool] | None = None,
) -> list[int | None]:
    """For each figure (in document order), the index of the first mention it repeats.

    `distinct`: indices of figures known to count other people than any earlier figure
    ("one of the injured died": not the man killed at the scene); they repeat nothing,
    and a later figure may repeat them. A victim counted by an ordinal ("a second soldier
    has died") is another person than a figure without one ("one soldier was killed").
    `outcome_words` and `sides`: see `generic_noun` and `_same_people`. `apart(first, later)`:
    whether two figures are dated apart ("In February, an officer was wounded" after "an
    officer was shot on Friday": a context incident's victim, not the same one). The
    body's first figure of a headline's outcome and count is the headline's people in
    other words ("Shelling kills a child" / "An eight-year-old girl was killed"), unless
    their nouns are of two sides or `context(figure)` (an older incident's, in the body).
    """
    first_of: dict[tuple[str, int], list[int]] = {}
    told: set[tuple[str, int]] = set()  # (outcome, count) the body has given already
    found: list[int | None] = []
    quoted = _quoted(figures)
    for index, figure in enumerate(figures):
        count = figure.parsed.count
        if count is None or figure.outcome is None:
            found.append(None)
            continue
        earlier = first_of.setdefault((figure.outcome, count), [])
        match = next(
            (i for i in earlier if (_same_people(figures[i], figure, outcome_words, sides)
                                    or _quoting(figures[i], figure, quoted, sides))
             and not _related(figures[i], figure)
             and _ordinals_agree(figures[i], figure)
             and not (apart is not None and apart(figures[i], figure))),
            None,
        )  # fmt: skip
        key = (figure.outcome, count)
        if match is None and key not in told and not headline(figure):
            match = next(
                (i for i in earlier if headline(figures[i])
                 and not _two_sides(figures[i], figure, sides or {})
                 and not (context is not None and context(figure))
                 and not _related(figures[i], figure)
                 and _ordinals_agree(figures[i], figure)),
                None,
            )  # fmt: skip
        if not headline(figure):
            told.add(key)
        if distinct is not None and index in distinct:
            match = None
        if match is not None and found[match] is not None:  # a restatement standing in
            match = found[match]
        found.append(match)
        if match is None or ordinal_victim(figures[match]) != ordinal_victim(figure):
            earlier.append(index)  # "the wounded trooper" now stands for "a second trooper"
    return found


_RESTATING = frozenset({"the", "all", "both"})  # "the three victims", "all three"


def _definite_number(figure: Figure) -> bool:
    """A count after "the", "all" or "both": "the three victims", "all three"."""
    start = figure.span.start
    return start > 0 and figure.span.doc[start - 1].lower_ in _RESTATING


def _other_people(first: Figure, later: Figure, sides: dict[str, str], additive: frozenset) -> bool:
    """Whether a definite count names other people than an earlier figure of its count.

    "Also" or "too" on its verb ("the two attackers were also killed"), or nouns of two
    sides ("policemen" / "attackers": their `generic_actors` types differ).
    """
    verb = later.span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    doc = verb.doc  # the words around the verb, not its children: a list may hold 1000s
    near = doc[max(verb.i - 3, later.sent.start) : min(verb.i + 4, later.sent.end)]
    if any(t.head.i == verb.i and t.dep_ == "advmod" and t.lower_ in additive for t in near):
        return True
    return _two_sides(first, later, sides)


def restated(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    *,
    sides: dict[str, str],
    additive: frozenset[str],
) -> None:
    """Mark in `first` the restatements `repeats` does not see: other words, other outcome.

    A definite count ("the two teenagers", "all five", "both") names people the article
    has already counted: it is the nearest earlier figure with its count and outcome,
    whatever its noun ("Two secondary school students were shot dead ... The two
    teenagers died before they reached hospital"). Read as wounded ("the three victims
    were shot at close range") it may also restate an earlier killed figure: it tells how
    they died, not three more wounded. `sides`: noun -> actor type (`generic_actors`);
    `additive`: the `additive_cue` words (see `_other_people`).
    """
    seen: dict[tuple, list[int]] = {}  # (outcome, count) -> indices so far, in order
    for index, figure in enumerate(figures):
        count = figure.parsed.count
        definite = count is not None and _definite_number(figure)
        if definite and first[index] is None and index not in distinct:
            outcomes = ("killed", "wounded") if figure.outcome == "wounded" else (figure.outcome,)
            match = max(
                (i for o in outcomes for i in seen.get((o, count), [])[-3:]
                 if not _related(figures[i], figure)
                 and not _other_people(figures[i], figure, sides, additive)),
                default=None,
            )  # fmt: skip
            if match is not None:
                first[index] = root_of(first, match)
        seen.setdefault((figure.outcome, count), []).append(index)


def _counted(figure: Figure) -> bool:
    return figure.parsed.count is not None or figure.parsed.low is not None


def _bare(figure: Figure) -> bool:
    """A bare plural figure of `plurals` ("Civilians were killed"): vague, no number written."""
    return figure.parsed.vague and figure.noun is not None and figure.span.root == figure.noun


def _restates(
    counted: Figure, vague: Figure, bare: bool, apart: Callable[[Figure, Figure], bool] | None
) -> bool:
    """Whether a vague figure restates a counted one (see `vague_repeats`)."""
    if _related(counted, vague) or (apart is not None and apart(counted, vague)):
        return False
    return bare or (counted.sent_no != vague.sent_no and _same_people(counted, vague))


def vague_repeats(
    figures: list[Figure], apart: Callable[[Figure, Figure], bool] | None = None
) -> dict[int, int]:
    """Vague figures that restate a counted one: figure index -> the counted figure's index.

    A bare plural ("Traders were killed as they left", `plurals`) restates the first
    counted figure of its outcome anywhere in the document, whatever its noun: a coder
    keeps a vague row only when no number is given ("its troops killed armed bandits" is
    the other side's word for the twelve miners). A vague quantity ("Dozens killed in
    Jenin raid" as a headline, "several people had been stabbed") restates the first
    counted figure of its outcome and people in another sentence: the text gives the
    number it rounds. In one sentence they are two groups ("dozens of villagers and 12
    soldiers were killed"). `apart(counted, vague)`: two incidents ("In 2017, several
    residents were injured" in an article on this week's two wounded), see `repeats`.
    """
    firsts: dict[str, list[int]] = {}
    for index, figure in enumerate(figures):
        if _counted(figure) and figure.outcome is not None and figure.part_of is None:
            firsts.setdefault(figure.outcome, []).append(index)
    found = {}
    for index, figure in enumerate(figures):
        if not figure.parsed.vague or _counted(figure) or figure.part_of is not None:
            continue
        candidates = firsts.get(figure.outcome or "", [])
        bare = _bare(figure)
        match = next((i for i in candidates if _restates(figures[i], figure, bare, apart)), None)
        if match is not None:
            found[index] = match
    return found
