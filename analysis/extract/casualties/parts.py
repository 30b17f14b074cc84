"""Totals and their parts: "including" / "among them" cues, breakdowns after a comma.

Rules the parse does not give: parts after "including" / "among them" / "of the N", and
members of a total named in a later sentence ("respectively" lists: `respectively`).
Parts no cue word announces (a breakdown after a comma, "(ten in all)", "were among five
people killed") are linked in `part_links`.
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.terms import DocForms, Rules

# ---------------------------------------------------------------- totals and parts


@dataclass(frozen=True)
class Cue:
    """A word that ties figures together ("including", "among them", "respectively"), by kind."""

    kind: str
    outcome: str | None
    start: int
    end: int
    sent_no: int


def find_cues(doc: Doc, rules: Rules, sentence_of: list[int], forms: DocForms) -> list[Cue]:
    """The cue words of a Doc in text order, the longest where two overlap."""
    spans = [
        Span(doc, start, end, label=doc.vocab.strings[match_id])
        for match_id, start, end in rules.cues(doc, forms)
    ]
    return [
        Cue(
            s.label_.split(":")[0],
            rules.outcome_of[s.label_] or None,
            s.start,
            s.end,
            sentence_of[s.start],
        )
        for s in sorted(filter_spans(spans), key=lambda s: s.start)
    ]


def _earlier_total(
    figures: list[Figure], before: int, sent_no: int, outcome: str | None, reach: int = 3
) -> Figure | None:
    """The nearest figure before token `before` (within `reach` sentences) that can be a total."""
    for figure in reversed(figures):
        if figure.span.start >= before or figure.part_of is not None or figure.outcome is None:
            continue
        if sent_no - figure.sent_no > reach:
            return None
        if outcome is None or figure.outcome == outcome:
            return figure
    return None


# A cue opening its sentence ("Among the dead were", "The victims included") names the
# people of a toll told paragraphs before, as a lede's toll and a later paragraph's victims.
_PARAGRAPHS_BACK = 12
_HARMED = ("killed", "wounded", "kidnapped", "missing")  # what befalls a victim, in order


def _fronted_member(cue: Cue, doc: Doc) -> bool:
    """A member cue opening its clause, its people after "be": "Among the dead were a farmer"."""
    start = doc[cue.start]
    opens = start.is_sent_start or (cue.start > 0 and doc[cue.start - 1].is_punct)
    return (
        cue.kind == "member_cue" and opens and cue.end < len(doc)
        and doc[cue.end].lemma_ == "be"
    )  # fmt: skip


def cued_starts(cues: list[Cue], doc: Doc) -> set[int]:
    """Token indices right after a part cue, or after the "be" of a fronted member cue.

    A victim there ("including the driver", "among them a baby", "Among the dead were a
    village leader") is one of a total's people, its outcome the total's.
    """
    starts = {cue.end for cue in cues if cue.kind == "part_cue"}
    starts |= {cue.end + 1 for cue in cues if _fronted_member(cue, doc)}
    return starts | {at for start in starts for at in _listed_with(doc, start)}


_IN_PHRASE = frozenset({"det", "nummod", "amod", "compound", "quantmod", "poss", "nmod"})


def _listed_with(doc: Doc, start: int) -> list[int]:
    """Where the items listed with the people right after a cue start.

    "including three children and a traffic policeman": the policeman is one of the
    total's people too, though a numbered group comes between him and the cue.
    """
    if start >= len(doc):
        return []
    head = doc[start]
    while head.dep_ in _IN_PHRASE and head.head.i > head.i:
        head = head.head
    return [c.left_edge.i for c in head.conjuncts if c.i > head.i]


def attach(part: Figure, total: Figure) -> None:
    """Make `part` a part of `total`; a part without an outcome takes the total's."""
    part.part_of = total
    part.is_toll = False
    part.outcome = part.outcome or total.outcome
    total.parts.append(part)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "—", "–", "(", ")"})


def _own_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The first finite verb from `start` to the next punctuation (before `end`), or None.

    None for "three of them children," and "24 of them shot by guards" (a past form the
    parse hangs on a noun is a participle, unless it has a subject and an object: "where
    two of them underwent surgery"); "were" for "Two of them were found dead".
    """
    for token in doc[start:end]:
        if token.text in _CLAUSE_ENDS or token.tag_ == "CC":
            return None
        deps = {c.dep_ for c in token.children}
        participle = not {"nsubj", "dobj"} <= deps  # not "two of them underwent surgery"
        if token.tag_ == "VBD" and token.dep_ in {"relcl", "acl", "advcl", "amod"} and participle:
            continue
        if token.tag_ in _FINITE_TAGS or token.dep_ in {"aux", "auxpass"}:
            return token
    return None


def _link_before_cue(cue: Cue, sent_figures: list[Figure], figures: list[Figure]) -> bool:
    """Link "12 were killed, three of them children": the figure before "of them" is a part.

    A part of the dead is dead: a part without a verb of its own takes its total's outcome
    ("three of them children, and 40 were injured"; "24 of them shot by guards"). One with
    its own verb and another outcome is no part ("abducted four; two of them were found
    dead"). Returns whether the cue had such a figure right before it.
    """
    part = next((f for f in sent_figures if f.span.end == cue.start), None)
    if part is None or part.span.doc[cue.start].lower_ != "of":  # not "446 including 200"
        return False
    total = _earlier_total(figures, part.span.start, cue.sent_no, None)
    if total is None or part.part_of is not None:
        return True
    root = part.span.root
    if part.outcome != total.outcome and root.dep_ == "dobj" and root.head.i < root.i:
        return True  # "killed five of them", "rescued 17 of them": its own verb, no part
    verb = _own_verb(part.span.doc, cue.end, part.sent.end)
    # "three of them were children": a copula names who they were, not what befell them;
    # "one of them was caught" names something else (no casualty of the total's kind).
    copula = verb is not None and verb.lemma_ == "be" and verb.dep_ not in {"aux", "auxpass"}
    if verb is None or part.outcome == total.outcome or (copula and part.outcome is None):
        attach(part, total)
        part.outcome = total.outcome
    return True


def _link_after_cue(cue: Cue, sent_figures: list[Figure], figures: list[Figure]) -> None:
    """Link figures after "including" to the figure before it: "446, including 200 ...".

    A figure right after the cue without a verb of its own ("killed, among them three
    children, and 1,500 fled") takes the total's outcome; a later figure with another
    outcome ends the parts. A cue opening its sentence ("The victims included a nurse",
    "Among the dead were") looks back further, for a total of its outcome if it names one.
    """
    before = [f for f in sent_figures if f.span.end <= cue.start and f.outcome]
    before = [f for f in before if f.part_of is None]
    if before:
        total: Figure | None = before[-1]
    elif cue.kind == "member_cue" or (
        _opens_sentence(cue, sent_figures) and _names_people(cue, figures[0].span.doc)
    ):
        total = _toll_told_before(cue, sent_figures, figures)
    else:
        total = _earlier_total(figures, cue.start, cue.sent_no, None)
    if total is None:
        return
    doc = total.span.doc
    for figure in sent_figures:
        if figure.span.start < cue.end or figure.part_of is not None or figure is total:
            continue
        if figure.parts:
            break
        if figure.outcome not in {None, total.outcome}:
            next_to_cue = figure.span.start - cue.end <= 2
            own = _own_verb(doc, figure.span.start, figure.sent.end)
            if not (next_to_cue and own is None):
                break
            figure.outcome = total.outcome
        attach(figure, total)


def _toll_told_before(cue: Cue, sent_figures: list[Figure], figures: list[Figure]) -> Figure | None:
    """The toll a sentence-opening cue's people belong to, up to `_PARAGRAPHS_BACK` sentences back.

    Its outcome is the cue's ("Among the dead were"), else that of the first figure after
    the cue ("Among the victims were two brothers shot"); with neither, victims are the
    dead if a death toll was told, else the wounded, the abducted or the missing (not
    people detained or displaced).
    """
    after = (f.outcome for f in sent_figures if f.span.start >= cue.end and f.outcome)
    outcome = cue.outcome or next(after, None)
    for harm in (outcome,) if outcome is not None else _HARMED:
        total = _earlier_total(figures, cue.start, cue.sent_no, harm, _PARAGRAPHS_BACK)
        if total is not None:
            return total
    return None


def _names_people(cue: Cue, doc: Doc) -> bool:
    """A cue naming its people ("the victims included", "among the dead"), not a pronoun's."""
    words = doc[cue.start : cue.end]
    return len(words) > 1 and not any(t.pos_ == "PRON" for t in words)


def _opens_sentence(cue: Cue, sent_figures: list[Figure]) -> bool:
    """Whether nothing but the cue's own words (a determiner, a bracket) comes before it."""
    if not sent_figures:
        return False
    sent = sent_figures[0].sent
    return all(t.is_punct or t.dep_ == "det" for t in sent.doc[sent.start : cue.start])


def _link_members(cue: Cue, sent_figures: list[Figure], figures: list[Figure]) -> None:
    """Link "12 children were among the dead" to an earlier total of the same outcome.

    The total may stand earlier in the same sentence ("killed 40 people; eight of the dead
    were civilians") or up to three sentences before.
    """
    for figure in sent_figures:
        if figure.span.end > cue.start:  # the members are named before the cue
            continue
        clause = figure.span.doc[cue.start].head  # "were" of "were among", "Two" of "Two of"
        if clause != figure.span.root and not clause.is_ancestor(figure.span.root):
            continue  # "put the dead at 56 and said children were among the victims"
        if figure.part_of is not None or figure.outcome not in {None, cue.outcome} | (
            {figure.outcome} if cue.outcome is None else set()
        ):
            continue
        figure.outcome = figure.outcome or cue.outcome
        total = _earlier_total(figures, figure.span.start, cue.sent_no, figure.outcome)
        if total is not None:
            attach(figure, total)
            _link_siblings(figure, sent_figures, total)


def _clause_verb(token: Token) -> Token:
    """The verb or auxiliary a figure's words hang on: "were" of "four were civilians"."""
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return token
        token = token.head
    return token


def _link_siblings(member: Figure, sent_figures: list[Figure], total: Figure) -> None:
    """Link "12 of the dead were vigilantes and seven were bandits": the seven too.

    A later figure of the sentence without another outcome, in the member's clause or in
    one joined to it, is another part of the same total.
    """
    verb = _clause_verb(member.span.root)
    for figure in sent_figures:
        if figure.span.start <= member.span.start or figure.part_of is not None:
            continue
        if figure.outcome not in {None, total.outcome} or figure.parts:
            continue
        other = _clause_verb(figure.span.root)
        # the parse may hang the second copula on the first one's noun ("were vigilantes
        # and seven were bandits")
        parallel = other.lemma_ == verb.lemma_ == "be" and verb.is_ancestor(other)
        if other == verb or other in verb.conjuncts or parallel:
            attach(figure, total)


def _link_after_lead(cue: Cue, sent_figures: list[Figure]) -> None:
    """Link "Of the 45 people killed, 30 were civilians": the first figure is the total."""
    after = [f for f in sent_figures if f.span.start >= cue.end and f.part_of is None]
    if len(after) < 2 or after[0].span.start - cue.end > 2 or after[0].outcome is None:
        return
    for figure in after[1:]:
        if figure.outcome not in {None, after[0].outcome}:
            break
        attach(figure, after[0])


def _be_among(cue: Cue, doc: Doc) -> bool:
    """Whether a part cue is "among them" after "be" and its subject: the subject is the part.

    Not "Among them were 12 children", whose part comes after the cue.
    """
    word = doc[cue.start]
    verb = word.head
    return (
        word.lower_ == "among" and verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.i < word.i for c in verb.children)
    )  # fmt: skip


def link_parts(figures: list[Figure], cues: list[Cue]) -> None:
    """Attach parts to their totals in place, cue by cue (lead, part and member cues)."""
    for cue in cues:
        in_sent = [f for f in figures if f.sent_no == cue.sent_no]
        if not in_sent:
            continue
        if cue.kind == "lead_cue" and cue.start == in_sent[0].sent.start:
            _link_after_lead(cue, in_sent)
        elif cue.kind == "part_cue" and _be_among(cue, in_sent[0].sent.doc):
            _link_members(cue, in_sent, figures)  # "a six-year-old was among them"
        elif cue.kind == "part_cue":
            if not _link_before_cue(cue, in_sent, figures):
                _link_after_cue(cue, in_sent, figures)
        elif cue.kind == "member_cue" and _fronted_member(cue, in_sent[0].sent.doc):
            _link_after_cue(cue, in_sent, figures)  # "Among the dead were a farmer and ..."
        elif cue.kind == "member_cue":
            _link_members(cue, in_sent, figures)
