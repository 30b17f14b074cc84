"""Bare plurals: people without a number ("Civilians were killed", "gunmen abducted villagers").

Event coders keep such a report as a vague figure: people were killed, nobody said how
many. The issue asks the same ("Plural nouns without a number stay vague"): one figure
with count None, qualifier "vague", `vague` True and `implicit` False (nothing was
counted), its offsets those of the noun phrase.

A bare plural is a plural noun (``NNS``, or a plural name such as "Peshmerga" read as
people) with no determiner, possessive or number of its own, whose head is people by
`outcome.person_like`, in the role of the one the outcome happens to (as for
`implicit`): the passive subject ("Soldiers were wounded"), the object ("abducted
villagers") or the subject of an intransitive outcome verb ("residents fled").

Not a report of an event, so no figure:

- a generic or hypothetical clause: a present-tense verb in a sentence that ends like
  prose ("attacks that kill civilians", "civilians are often killed"; a headline's present
  "Gunmen abduct villagers in Zamfara" has no final full stop and stays), a modal
  ("could kill civilians"), an infinitive ("to protect civilians") or a gerund after a
  preposition ("accused of killing civilians": an allegation about a habit);
- a negated verb ("civilians were not hurt");
- words inside quotation marks: a speaker's "children killing children" is talk.

A bare plural that restates a counted figure of its outcome ("Four traders were shot dead.
Traders were killed ...") is marked by `repeats.vague_repeats`, so a sum counts it once.
"""

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.implicit import implicit_role_ok
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.outcome import find_outcome, person_like
from analysis.extract.casualties.terms import Rules

VAGUE_COUNT = Count(None, "vague", vague=True)
_OWN_WORDS = frozenset({"det", "poss", "nummod", "predet", "quantmod"})
_ROLES = frozenset({"nsubjpass", "dobj", "nsubj"})
_PRESENT = frozenset({"VBP", "VBZ"})
_PROSE_ENDS = frozenset({".", "!", "?", '"', "”", "'"})


def _bare_plural(token: Token, rules: Rules, triggers: dict) -> bool:
    """A plural person noun with no determiner, possessive or number: "Kurdish civilians"."""
    if token.i in triggers or not (token.tag_ in {"NNS", "NNPS"} or _capitalised_plural(token)):
        return False
    if token.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY"}:
        return False
    if any(c.dep_ in _OWN_WORDS or c.like_num for c in token.children):
        return False
    if token.lemma_.lower() in rules.non_persons:
        return False
    return person_like(token, rules, triggers) or (
        _capitalised_plural(token) and _singular(token.lower_) in rules.persons
    )


def _listed(token: Token, taken: set[int]) -> list[Token]:
    """The plural and the bare plurals listed with it: "men, women and children"."""
    found = [token]
    for child in token.children:
        plural = child.dep_ in {"conj", "appos"} and child.tag_ in {"NNS", "NNPS"}
        if plural and child.i not in taken and not _has_own_words(child):
            found.extend(_listed(child, taken))
    return found


def _siblings(first: Token | None, later: Token, first_end: int) -> bool:
    """Two plurals in one role of one verb with only a comma or "and" between them."""
    if first is None or first.head != later.head or first.dep_ != later.dep_:
        return False
    between = later.doc[first_end : later.i]
    return all(t.is_punct or t.dep_ in {"cc", "amod", "compound"} for t in between)


def _has_own_words(token: Token) -> bool:
    return any(c.dep_ in _OWN_WORDS for c in token.children)


def _singular(word: str) -> str:
    """The singular of a regular plural ("policemen" -> "policeman", "guards" -> "guard")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def _capitalised_plural(token: Token) -> bool:
    """A plural the tagger takes for a name because it opens a sentence: "Policemen were"."""
    return (
        token.tag_ == "NNP" and token.is_sent_start and not token.ent_type_
        and token.lower_.endswith(("s", "men"))
    )  # fmt: skip


def _verb_outcome(verb: Token, triggers: dict) -> bool:
    """The role's verb names the outcome ("were killed", "were found dead").

    Not an adjective on the noun alone: "a school sheltering displaced families" tells
    who the families are, not what happened in the report.
    """
    return verb.i in triggers or any(
        c.i in triggers for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp"}
    )


def _doer(token: Token, triggers: dict) -> bool:
    """An active subject that does the act: "Gunmen shot and killed seven", "shot at".

    Plural subjects are more often the attackers than the victims; only an intransitive
    outcome ("residents fled", "soldiers died") makes them the people it happens to.
    """
    verb = token.head
    if token.dep_ != "nsubj":
        return False
    if verb.i in triggers and triggers[verb.i][0] == "wounded":
        return True  # "youths shot at the patrol"
    verbs = [verb, *verb.conjuncts]
    return any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"at", "on"})
        for v in verbs for c in v.children
    )  # fmt: skip


def _prose(sent: Span) -> bool:
    """A sentence that ends with a full stop (a headline usually has none)."""
    last = sent[-1]
    return last.text in _PROSE_ENDS or last.text.endswith(".")


def _not_an_event(verb: Token, sent: Span, triggers: dict) -> bool:
    """A generic, hypothetical or negated clause: no event happened to these people.

    A verb hung on another as its complement takes that one's mood: "called on the
    parties to stop killing civilians" is hypothetical as "to stop" is; under an outcome
    verb it is not ("were forced to flee").
    """
    while verb.dep_ == "xcomp" and verb.head != verb:
        if verb.head.i in triggers:
            verb = verb.head
            break
        if _hypothetical(verb):
            return True
        verb = verb.head
    return _hypothetical(verb) or _generic(verb, sent)


def _hypothetical(verb: Token) -> bool:
    """A negated, modal or infinitive verb, or a gerund after a preposition."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return True
    if any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to") for c in children):
        return True
    if verb.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in children):
        return True  # an infinitive or imperative (a headline's "Gunmen kill" has a subject)
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp"  # "accused of killing civilians"


def _generic(verb: Token, sent: Span) -> bool:
    """A present tense in prose (not the perfect): "civilians are often killed"."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" for a in auxes):
        return False  # the perfect reports what happened: "civilians have been killed"
    present = verb.tag_ in {*_PRESENT, "VB"} or any(a.tag_ in _PRESENT for a in auxes)
    return present and _prose(sent)


_OPENING, _CLOSING = frozenset({"“", "«"}), frozenset({"”", "»"})


def _quoted(doc: Doc) -> set[int]:
    """Token indices inside quotation marks (one pass over the Doc).

    A quoted speaker's plural is talk, not a report: "We have children killing children,"
    the pastor said. Straight marks alternate; curly ones open and close; a paragraph
    break closes any.
    """
    inside, found = False, set()
    for token in doc:
        if token.text == '"':
            inside = not inside
        elif token.text in _OPENING or token.text in _CLOSING:
            inside = token.text in _OPENING
        elif inside:
            found.add(token.i)
        if "\n" in token.text or "\n" in token.whitespace_:
            inside = False  # a quotation left open ends with its paragraph
    return found


def bare_plural_figures(
    doc: Doc,
    rules: Rules,
    triggers: dict,
    figures: list[Figure],
    sents: list[Span],
    sentence_of: list[int],
) -> list[Figure]:
    """Vague figures for bare plural victims (see the module docstring)."""
    taken = {t.i for f in figures for t in f.span}
    taken |= {f.noun.i for f in figures if f.noun is not None}
    taken |= _quoted(doc)
    found = []
    for token in doc:
        if token.i in taken or token.dep_ in {"conj", "appos"}:
            continue
        if not _bare_plural(token, rules, triggers):
            continue
        if token.dep_ not in _ROLES or not implicit_role_ok(token, triggers):
            continue  # not "the number of people displaced" (a toll's own words)
        if not _verb_outcome(token.head, triggers) or _doer(token, triggers):
            continue
        if _not_an_event(token.head, sents[sentence_of[token.i]], triggers):
            continue
        outcome = find_outcome(token, triggers, rules)
        if outcome is None:
            continue
        mods = [c.left_edge.i for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"}]
        start = min([token.i, *mods])  # "Kurdish civilians"
        end = max(t.i for t in _listed(token, taken)) + 1  # "men, women and children"
        before = found[-1] if found else None
        if before is not None and _siblings(before.noun, token, before.span.end):
            before.span = doc[before.span.start : end]  # "Men, women and children" (two subjects)
            before.group = before.span.text
            before.group_chars = (before.span.start_char, before.span.end_char)
            taken.update(range(start, end))
            continue
        sent_no = sentence_of[token.i]
        figure = Figure(
            span=doc[start:end], parsed=VAGUE_COUNT, sent=sents[sent_no], sent_no=sent_no,
            noun=token, anchor=token,
        )  # fmt: skip
        figure.outcome, figure.is_toll = outcome
        figure.group = doc[start:end].text
        figure.group_chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        taken.update(range(start, end))
        found.append(figure)
    return found
