"""Victims counted without a numeral: "a farmer was killed", "a man and his son", "both".

Event coders count a named or described victim as one ("the driver died" is 1 killed), a
coordination of such victims as their number ("a colonel, a major and a deputy
superintendent were killed" is 3) and "both" as 2. These rules make the same count from
the parse, with the qualifier "exact" and `implicit` True, so a user can keep or drop them.

A victim is a singular noun phrase (a determiner, a possessive or "another" before it, no
number of its own) whose head is people by `figures.person_like`, in the role of the one
the outcome happens to:

- the subject of a passive outcome verb ("a policeman was shot dead"),
- the object of an outcome verb ("killing the driver", "abducting his wife and daughter"),
- the subject of an intransitive one, with no object ("the man died", "another was hurt"),
- or a noun right after a part cue ("including the driver", "among them a baby"), whose
  outcome is its total's (`parts.link_parts` links it).

The agent is never counted ("a bomb killed a policeman": the bomb is the subject of an
active verb with an object). Plural nouns without a number ("civilians were killed") stay
out: their count is unknown, and a coder's row for them is vague. A singular victim joined
to a numbered group ("two members of the RSF and a child") is its own figure.
"""

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.outcome import find_outcome, person_like
from analysis.extract.casualties.terms import Rules

_SINGLE_DETS = frozenset({"a", "an", "the", "another", "this", "that"})
_PRONOUN_VICTIMS = {"another": 1, "both": 2}  # "another was wounded", "both were hurt"
_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _hurt_subject(token: Token, triggers: dict) -> bool:
    """The passive subject of a killing or wounding verb: "a colonel was killed".

    What is killed or wounded is a person (or an animal); this is the parse's signal of
    humanness for nouns outside the person list. Not for detained or displaced: "the
    truck was captured", "the village was evacuated".
    """
    head = _role(token).head
    return (
        _role(token).dep_ == "nsubjpass" and head.i in triggers
        and triggers[head.i][0] in {"killed", "wounded"}
    )  # fmt: skip


def _singular_victim(token: Token, rules: Rules, triggers: dict) -> bool:
    """A singular person noun with a determiner or possessive and no number of its own."""
    if token.tag_ != "NN" or token.ent_type_ in _NOT_PEOPLE_ENTS or token.i in triggers:
        return False
    if any(
        child.dep_ == "nummod" or (child.like_num and child.dep_ != "appos")
        for child in token.children
    ):  # fmt: skip  ("the trader, 41,": an age)
        return False
    marked = any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in _SINGLE_DETS)
        for child in token.lefts
    )
    return marked and (person_like(token, rules, triggers) or _hurt_subject(token, triggers))


def _victims(token: Token, rules: Rules, triggers: dict) -> list[Token]:
    """The token and its singular person conjuncts: "a farmer and his son" -> 2 tokens."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and _singular_victim(child, rules, triggers):
            found.extend(_victims(child, rules, triggers))
    return found


def _group_text(doc: Doc, start: int, end: int) -> str:
    """The victims' words without a leading determiner: "farmer", "farmer and his son"."""
    while start < end - 1 and doc[start].dep_ in {"det", "predet"}:
        start += 1
    return doc[start:end].text


def _patient(token: Token) -> bool:
    """Whether the token is what the outcome happens to, not who caused it."""
    if token.dep_ in {"nsubjpass", "dobj"}:
        return True
    if token.dep_ == "nsubj":  # intransitive: "the driver died", "the nun is missing"
        return not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.head.children)
    return False


def _role(token: Token) -> Token:
    """The token whose dependency gives the phrase's role (first of a coordination)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _candidate(token: Token, rules: Rules, triggers: dict, taken: set[int]) -> tuple | None:
    """(victim tokens, count) for a phrase starting at `token`, or None."""
    if token.lower_ in _PRONOUN_VICTIMS and token.pos_ in {"DET", "PRON"}:
        if token.dep_ not in {"det", "predet"}:
            return [token], _PRONOUN_VICTIMS[token.lower_]
        # "both men were wounded": the noun carries the role
        if token.lower_ == "both" and token.head.tag_ == "NNS" and token.head.i not in taken:
            return [token, token.head], 2
        return None
    if _singular_victim(token, rules, triggers):
        people = _victims(token, rules, triggers)
        return people, len(people)
    return None


def implicit_figures(
    doc: Doc,
    rules: Rules,
    triggers: dict,
    figures: list[Figure],
    after_cues: set[int],
    sents: list[Span],
    sentence_of: list[int],
) -> list[Figure]:
    """Figures for victims without a numeral (see the module docstring).

    `after_cues` holds the token index right after each part cue ("including", "among
    them"); a victim there gets no outcome of its own and takes its total's.
    """
    taken = {t.i for f in figures for t in f.span}
    taken |= {f.noun.i for f in figures if f.noun is not None}
    groups: dict[tuple[int, str], list[tuple[list[Token], int]]] = {}
    for token in doc:
        if token.i in taken:
            continue
        if token.dep_ == "conj" and _role(token).i not in taken:
            continue  # a conjunct of a victim is counted with it; of a figure, on its own
        found = _candidate(token, rules, triggers, taken)
        if found is None:
            continue
        people, count = found
        role = _role(people[-1])
        start = min(p.left_edge.i for p in people)
        if not _patient(role) and (start not in after_cues or token.lower_ in _PRONOUN_VICTIMS):
            continue
        taken.update(p.i for p in people)
        # Victims listed as sibling subjects of one verb ("A colonel, a major and ... were
        # killed", parsed as two subjects) are one figure.
        key = (role.head.i, role.dep_) if _patient(role) else (-1 - start, "cue")
        groups.setdefault(key, []).append((people, count))
    return [
        figure
        for (_, dep), members in groups.items()
        if (figure := _figure(doc, members, dep, rules, triggers, after_cues, sents, sentence_of))
    ]


def _figure(
    doc: Doc,
    members: list[tuple[list[Token], int]],
    dep: str,
    rules: Rules,
    triggers: dict,
    after_cues: set[int],
    sents: list[Span],
    sentence_of: list[int],
) -> Figure | None:
    """One implicit figure for the victims of one role, with its outcome (None: dropped)."""
    people = [p for group, _ in members for p in group]
    count = sum(n for _, n in members)
    outcome = None if dep == "cue" else find_outcome(_role(people[0]), triggers, rules)
    start = min(p.left_edge.i for p in people)
    if outcome is None and start not in after_cues:
        return None
    end = max(p.i for p in people) + 1
    sent_no = sentence_of[people[0].i]
    head = next((p for p in people if p.pos_ in {"NOUN", "PROPN"}), None)
    figure = Figure(
        span=doc[start:end], parsed=Count(count), sent=sents[sent_no], sent_no=sent_no,
        noun=head, anchor=people[0], implicit=True,
    )  # fmt: skip
    if outcome is not None:
        figure.outcome, figure.is_toll = outcome
    figure.group = _group_text(doc, start, end) if head is not None else None
    figure.group_chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    return figure
