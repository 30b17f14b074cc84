"""A breakdown that only restates its total: "Six were killed ... Five ..., and a sixth ...".

An article often tells its toll, then walks through the same people: "Six soldiers died
in the ambush. Five were killed instantly and a sixth died on the way to hospital." The
five and the sixth are the six again, not eleven or seven people: a figure of N-1 whose
sentence names "a" or "the" N-th person, after a figure of N with the same outcome in an
earlier sentence, restates that figure, and so does a figure standing at the ordinal.
Read as wounded ("Three were shot at the gate, and a fourth was stabbed") it may restate
a killed figure: it tells how they died.
Without an earlier N nothing changes: the breakdown is then the only count given.

A breakdown by where or when restates its total too (`complements`): "Sixteen people were
killed ... Twelve died inside the market and four in hospital" is sixteen people, not 32.
Pieces that name who the people were ("eight soldiers and three civilians", "Eight were
soldiers") are parts of the total, rows of their own; a headline's total is linked to
such groups in the body that add up to it (`headline_groups`). The dead of a total in the
body told again one group at a time in the sentences after it ("Six people were shot dead
... Five men and a woman died at the scene") restate it (`told_one_by_one`).
"""

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.later_deaths import more_of, outcome_word
from analysis.extract.casualties.repeats import generic_noun, headline, ordinal_value, root_of
from analysis.extract.casualties.terms import Rules

_DETERMINERS = frozenset({"a", "the"})
_LOOK_BACK = 40  # figures a breakdown looks back over for its total
_PIECE_SENTENCES = 3  # sentences after a total its complementary pieces may stand in


def _nth_person(token: Token, n: int) -> bool:
    """A person counted by the ordinal after `n - 1`: "a sixth", "the sixth (victim)"."""
    if ordinal_value(token.text) != n:
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    determined = before in _DETERMINERS or any(
        c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.head.children
    )
    return determined and token.pos_ in {"ADJ", "NOUN", "PRON", "NUM"}


def _clashing(token: Token, outcome: str, rules: Rules) -> bool:
    """Whether the ordinal's own verb gives another outcome ("Five were shot and a sixth died")."""
    head = token
    while head.dep_ not in {"nsubj", "nsubjpass", "dobj", "ROOT"} and head.head.i != head.i:
        head = head.head
    word = outcome_word(head.head, rules)
    return bool(word) and word != outcome


def breakdowns(
    figures: list[Figure], first: list[int | None], distinct: set[int], rules: Rules
) -> None:
    """Mark in `first` a breakdown "N-1 ... and a N-th" that restates an earlier figure of N.

    `figures` are in document order; `distinct` holds figures known to count other people
    (later deaths), which stay as they are.
    """
    in_sentence: dict[int, list[Token]] = {}
    for index, figure in enumerate(figures):
        count = figure.parsed.count
        if count is None or first[index] is not None or index in distinct:
            continue
        if figure.sent_no not in in_sentence:  # each sentence read once (a list may hold 1000s)
            in_sentence[figure.sent_no] = [t for t in figure.sent if ordinal_value(t.text)]
        ordinals = [
            t for t in in_sentence[figure.sent_no]
            if t.i >= figure.span.end and _nth_person(t, count + 1)
        ]  # fmt: skip
        if not ordinals or any(_clashing(t, str(figure.outcome), rules) for t in ordinals):
            continue
        outcomes = ("killed", "wounded") if figure.outcome == "wounded" else (figure.outcome,)
        total = next(
            (i for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1)
             if figures[i].outcome in outcomes and figures[i].parsed.count == count + 1
             and figures[i].sent_no < figure.sent_no),
            None,
        )  # fmt: skip
        if total is None:
            continue
        target = root_of(first, total)
        first[index] = target
        at = {t.i for t in ordinals}
        for later in range(index + 1, len(figures)):
            other = figures[later]
            if other.sent_no != figure.sent_no:
                break
            if any(t.i in at for t in other.span) and first[later] is None:
                first[later] = target


def _names_who(piece: Figure, total: Figure, outcome_words: frozenset[str]) -> bool:
    """Whether a piece says who its people were, so it is a part and not a restatement.

    Its own noun other than the total's ("eight soldiers" of "11 people"), or a copula
    naming them ("Eight were soldiers"). A generic noun ("people", "others", "of the
    victims"), none ("four in hospital") or the total's noun ("seven villagers" of "11
    villagers") says only where or when.
    """
    noun = generic_noun(piece, outcome_words)
    if noun is not None and noun != generic_noun(total, outcome_words):
        return True
    head = piece.span.root
    while head.dep_ not in {"nsubj", "nsubjpass", "dobj", "ROOT"} and head.head.i != head.i:
        head = head.head
    verb = head.head
    return verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children)


def _pieces(
    figures: list[Figure], index: int, first: list[int | None], distinct: set[int]
) -> Iterator[int]:
    """Indices of the figures after a total that may be its pieces: its outcome, a count."""
    total = figures[index]
    for later in range(index + 1, min(index + _LOOK_BACK, len(figures))):
        piece = figures[later]
        if piece.sent_no - total.sent_no > _PIECE_SENTENCES:
            return
        if (
            piece.outcome == total.outcome and piece.parsed.count is not None
            and first[later] is None and later not in distinct
        ):  # fmt: skip
            yield later


def complements(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    outcome_words: frozenset[str],
) -> None:
    """Mark in `first` pieces that split an earlier total by where or when and add up to it.

    Two or more figures of the total's outcome after it, one after another (in its own
    sentence after it or in the next three), none saying who its people were, whose counts
    add up to the total's: "Sixteen people were killed ... Twelve died inside the market
    and four in hospital", "Six of the victims were declared dead at the scene. The other
    two died on the way to hospital". Not more people ("two more bodies were found"): such
    increments may add up to an earlier toll by chance. `distinct`: later deaths, which
    stay as they are.
    """
    for index, total in enumerate(figures):
        whole = total.parsed.count
        if whole is None or total.outcome is None or index in distinct:
            continue
        run: list[int] = []
        for later in _pieces(figures, index, first, distinct):
            piece = figures[later]
            if more_of(piece) or _names_who(piece, total, outcome_words):
                break  # an increment ("one more body was found") adds to the toll
            run.append(later)
            added = sum(figures[i].parsed.count or 0 for i in run)
            if added >= whole:
                break
        if len(run) < 2 or sum(figures[i].parsed.count or 0 for i in run) != whole:
            continue
        if figures[run[-1]].sent_no - figures[run[0]].sent_no > 1:
            continue  # pieces told together, in one sentence or two in a row
        target = root_of(first, index)
        for later in run:
            first[later] = target


def headline_groups(figures: list[Figure], first: list[int | None]) -> None:
    """Make the body's groups that add up to a headline total its parts.

    "11 killed in ambush" over "killing eight soldiers and three civilians" is one toll of
    eleven with two parts, not 11 + 8 + 3 people: the body's first figures of the
    headline's outcome, two or more in one sentence, none a part or a restatement yet,
    whose counts add up to the headline's. Only `part_of` changes: each stays a row.
    """
    for index, total in enumerate(figures):
        whole = total.parsed.count
        if whole is None or total.parts or first[index] is not None or not headline(total):
            continue
        body = [
            i for i in range(index + 1, min(index + _LOOK_BACK, len(figures)))
            if figures[i].outcome == total.outcome and not headline(figures[i])
        ]  # fmt: skip
        if not body:
            continue
        groups = [i for i in body if figures[i].sent_no == figures[body[0]].sent_no]
        if len(groups) < 2 or any(
            figures[i].part_of is not None
            or first[i] is not None
            or figures[i].parsed.count is None
            for i in groups
        ):
            continue
        if sum(figures[i].parsed.count or 0 for i in groups) == whole:
            for i in groups:
                figures[i].part_of = total
                total.parts.append(figures[i])


def cared_for(
    figures: list[Figure], first: list[int | None], distinct: set[int], care: frozenset[str]
) -> None:
    """Mark in `first` the wounded counted again by their care: "Four of them were treated".

    A wounded figure smaller than a counted wounded figure before it (in its sentence or
    the three before), whose own verb only tells their care ("were treated and
    discharged", "were released from hospital"; `care`: the care and release verbs),
    names some of the same wounded people: a coder gives it no row. `distinct`: later
    deaths, which stay as they are. A count of the same verb is another group beside it,
    not its total: "four officers and two demonstrators were treated for minor injuries".
    """
    for index, figure in enumerate(figures):
        count = figure.parsed.count
        if figure.outcome != "wounded" or count is None or first[index] is not None:
            continue
        verb = _verb_of(figure)
        if index in distinct or verb.lemma_.lower() not in care:
            continue
        total = next(
            (i for i in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1)
             if figures[i].outcome == "wounded" and (figures[i].parsed.count or 0) > count
             and figure.sent_no - figures[i].sent_no <= _PIECE_SENTENCES
             and _verb_of(figures[i]) != verb),
            None,
        )  # fmt: skip
        if total is not None:
            first[index] = root_of(first, total)


def _verb_of(figure: Figure) -> Token:
    """The verb the figure's people are the subject or object of ("Four of them [were treated]")."""
    head = figure.span.root
    while head.dep_ not in {"nsubj", "nsubjpass", "dobj", "ROOT"} and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ != "ROOT" else head


_RESTATED_PEOPLE = frozenset({"victim", "dead", "injured", "wounded", "casualty", "people"})
_DEFINITE = frozenset({"the", "these", "those"})


def _one(token: Token) -> int | None:
    """One person for a singular item of a list ("a woman"), else unknown."""
    return 1 if token.tag_ == "NN" else None


def appositive_lists(figures: list[Figure], first: list[int | None]) -> None:
    """Mark in `first` a list that names the people of an earlier total in apposition.

    "Three people were wounded ... The victims, two men and a woman, were taken to
    hospital": the list after a definite noun for the people ("the victims", "the dead")
    adds up, one for each singular item, to an earlier figure of its outcome told in the
    three sentences before; each of its figures restates that figure. A definite noun
    with its own count ("the three suspects, two men and a woman,", "The four teachers,
    three women and a man,") is the figure the list restates when the list adds up to it.
    """
    by_noun = {f.noun.i: i for i, f in enumerate(figures) if f.noun is not None}
    for index, figure in enumerate(figures):
        noun = figure.noun
        if first[index] is not None or noun is None or noun.dep_ not in {"appos", "conj"}:
            continue
        head = noun.head  # the parse may join the list to the noun as a conjunct
        if noun.left_edge.i != head.i + 2 or head.nbor().text != ",":
            continue  # the list's first item, right after the comma (one per list)
        definite = any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in head.children
        )
        items = [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
        counts = [
            figures[by_noun[t.i]].parsed.count
            if t.i in by_noun
            else (1 if t.tag_ == "NN" else None)
            for t in items
        ]
        if None in counts or not definite:
            continue
        people = sum(c or 0 for c in counts)
        own = by_noun.get(head.i)  # "the three suspects, two men and a woman,"
        if own is not None and own != index and figures[own].parsed.count == people:
            _restate(items, by_noun, first, root_of(first, own))
            continue
        if head.lemma_.lower() not in _RESTATED_PEOPLE:
            continue
        total = next(
            (j for j in range(index - 1, max(index - _LOOK_BACK, 0) - 1, -1)
             if figures[j].outcome == figure.outcome and figures[j].parsed.count == people
             and figure.sent_no - figures[j].sent_no <= _PIECE_SENTENCES
             and figures[j].sent_no < figure.sent_no),
            None,
        )  # fmt: skip
        if total is None:
            continue
        _restate(items, by_noun, first, root_of(first, total))


def _restate(
    items: list[Token], by_noun: dict[int, int], first: list[int | None], target: int
) -> None:
    """Mark in `first` the figures of a list's items as restating `target`."""
    for t in items:
        if t.i in by_noun and first[by_noun[t.i]] is None:
            first[by_noun[t.i]] = target


def _accounted(figures: list[Figure], j: int, first: list[int | None], total: Figure) -> bool:
    """A figure already counted in the total: its part, or a restatement of its part."""
    piece = figures[j]
    restated = figures[first[j]] if first[j] is not None else None  # type: ignore[index]
    return piece.part_of is total or (restated is not None and restated.part_of is total)


def told_one_by_one(
    figures: list[Figure],
    first: list[int | None],
    distinct: set[int],
    *,
    additive: frozenset[str],
    apart: Callable[[Figure, Figure], bool],
) -> None:
    """Mark in `first` the dead a body total is told again by, one group at a time.

    "Six people were shot dead ... Five men and a woman died at the scene", "Two teenagers
    were killed ... Officers found a 17-year-old boy dead ... A 16-year-old girl died in
    hospital": figures of the total's outcome in the three sentences after it (not its
    own sentence, where they are its parts), none more people ("also", "another", "two
    more"), none of another incident (`apart`) and none a part of another total, adding
    up exactly, with the parts already linked to the total, to its count, one of them a
    victim told without a numeral ("a woman"): groups all counted by numerals and named by
    who they were ("Six police officers ... and three farmers") stay parts. The wounded are
    left alone: their totals change as some of them die (`later_deaths`). A total in the
    headline is left to `headline_groups`: its groups in the body are its parts.
    """
    for index, total in enumerate(figures):
        whole = total.parsed.count
        if whole is None or whole < 2 or headline(total) or index in distinct:
            continue
        if total.outcome != "killed" or total.parsed.qualifier != "exact":
            continue
        if total.part_of is not None:
            continue
        run, added, pieces = _one_by_one(figures, index, first, distinct, additive, apart)
        if added == whole and run and len(pieces) >= 2 and any(p.implicit for p in pieces):
            target = root_of(first, index)
            for j in run:
                first[j] = target


def _one_by_one(
    figures: list[Figure],
    index: int,
    first: list[int | None],
    distinct: set[int],
    additive: frozenset[str],
    apart: Callable[[Figure, Figure], bool],
) -> tuple[list[int], int, list[Figure]]:
    """The new pieces after a total, the people they and its linked parts add, and all of them."""
    total = figures[index]
    whole = total.parsed.count or 0
    run: list[int] = []
    added, pieces = 0, []
    for j in range(index + 1, min(index + _LOOK_BACK, len(figures))):
        piece = figures[j]
        gap = piece.sent_no - total.sent_no
        if gap > _PIECE_SENTENCES or apart(total, piece):
            break
        if gap == 0 or piece.outcome != total.outcome or piece.parsed.count is None:
            continue
        if _accounted(figures, j, first, total):
            added, pieces = added + piece.parsed.count, [*pieces, piece]
        elif first[j] is not None or piece.part_of is not None:
            continue  # a restatement, or a part counted in its own total
        elif j in distinct or more_of(piece) or _adds(piece, additive):
            break
        else:
            run.append(j)
            added, pieces = added + piece.parsed.count, [*pieces, piece]
        if added >= whole:
            break
    return run, added, pieces


def _adds(piece: Figure, additive: frozenset[str]) -> bool:
    """Whether the piece's sentence says it adds people: "also", "too" (`additive_cue`)."""
    return any(t.lower_ in additive for t in piece.sent)
