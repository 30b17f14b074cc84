"""The attacker's own fate in the sentence of his deed: "shot a guard dead before police shot him".

Coders count a victim and the attacker killed, hurt or arrested in one sentence as two
rows of two parties: "the gunman shot dead a guard before police shot him dead" is killed
1 (the guard) and killed 1 (the gunman); "a man stabbed his neighbour to death and was
arrested" is killed 1 and detained 1 (the sets' conventions: a shooter who dies is a
killed row, an arrest a detained row). The victim rules count the guard; the attacker is
named once, as the doer, and what happens to him is told by

- a pronoun: the object of an outcome verb with a subject of its own ("before police shot
  him dead", "police later arrested him"), the passive subject of one with its agent
  ("before he was shot dead by a guard") or, without an agent, of an arrest ("he was
  later arrested": a victim is not arrested, but "he was shot dead" may restate the
  guard's death); in the sentence or at the start of the next one;
- a reflexive object of his own outcome verb ("then killed himself"), unless he is a
  suicide bomber (the first set's convention: no row);
- a passive verb joined to his deed with no subject of its own ("killed a teacher and
  was shot dead by police", "before being arrested").

The attacker is a singular person noun or name, the active subject of a verb that is a
`perpetrator` word's ("the gunman opened fire") or an outcome verb with an object. The row
counts one person, marks the pronoun or the attacker's words, and names the attacker's
words as its group, so the actor table gives his party. The outcome verb must be a single
trigger word ("shot", "arrested"), not a phrase of care ("rushed him to hospital": the
victim).
"""

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.outcome import find_outcome
from analysis.extract.casualties.people import dead_objects, person_like
from analysis.extract.casualties.terms import Rules

_OBJECTS = frozenset({"him", "her"})
_SUBJECTS = frozenset({"he", "she"})
_SELVES = frozenset({"himself", "herself"})
_DEEDS = frozenset({"killed", "wounded", "kidnapped"})
_WINDOW = 40  # words after the attacker looked at for a pronoun


def _attacker(token: Token, rules: Rules, triggers: dict) -> bool:
    """A singular person who does the deed: the active subject of an attack or an outcome."""
    verb = token.head
    if token.dep_ != "nsubj" or verb == token or verb.pos_ not in {"VERB", "AUX"}:
        return False
    named = token.ent_type_ == "PERSON" and token.tag_ == "NNP"
    singular = token.tag_ == "NN" and any(c.dep_ in {"det", "poss"} for c in token.lefts)
    if not (named or (singular and person_like(token, rules, triggers))):
        return False
    if any(c.lower_ == "suicide" for c in token.lefts):
        return False  # a suicide bomber's death is no row
    if token.lemma_.lower() in rules.perpetrators:
        return True
    deed = triggers.get(verb.i)
    # an object of its own, or one the parse hangs on "dead": "a man shot dead his wife"
    return (
        deed is not None and deed[0] in _DEEDS
        and (any(c.dep_ == "dobj" for c in verb.children) or bool(dead_objects(verb)))
    )  # fmt: skip


def _single_trigger(verb: Token, rules: Rules, triggers: dict) -> bool:
    """An outcome verb that is a trigger word itself ("shot", "arrested"), not "rushed to"."""
    return (
        verb.i in triggers and verb.pos_ == "VERB"
        and verb.lemma_.lower() in rules.single_words
    )  # fmt: skip


def _his_fate(pronoun: Token, attacker: Token, rules: Rules, triggers: dict) -> bool:
    """Whether a pronoun after the attacker tells what happened to him (module docstring)."""
    verb = pronoun.head
    surrender = pronoun.lower_ in _SELVES and triggers.get(verb.i, ("",))[0] == "detained"
    if not (_single_trigger(verb, rules, triggers) or surrender):
        return False
    children = list(verb.children)
    if pronoun.lower_ in _SELVES:  # a phrase of surrender too: "later turned himself in"
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        own = subject is None or subject == attacker  # "and then shot himself"
        return pronoun.dep_ == "dobj" and own
    if pronoun.lower_ in _OBJECTS and pronoun.dep_ == "dobj":
        subjects = [c for c in children if c.dep_ == "nsubj"]
        return bool(subjects) and all(
            s != attacker and s.lower_ not in _SUBJECTS for s in subjects
        )  # "before police shot him dead"; not "and killed him" (the victim)
    if pronoun.lower_ in _SUBJECTS and pronoun.dep_ == "nsubjpass":
        agent = any(c.dep_ == "agent" for c in children)
        return agent or triggers[verb.i][0] == "detained"
    return False


def _joined_passive(attacker: Token, rules: Rules, triggers: dict) -> Iterator[Token]:
    """Passive outcome verbs joined to the attacker's deed with no subject of their own.

    A conjunct ("and was shot dead by police") or a clause hung on the deed ("before
    being shot dead by soldiers", "before being arrested").
    """
    deed = attacker.head
    clauses = [c for c in deed.children if c.dep_ == "advcl"] + [
        g for c in deed.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    for verb in [*deed.conjuncts, *clauses]:
        if verb.i < attacker.i or not _single_trigger(verb, rules, triggers):
            continue
        children = list(verb.children)
        passive = any(c.dep_ == "auxpass" for c in children)
        if passive and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
            yield verb


def _verb_outcome(verb: Token, triggers: dict, rules: Rules) -> tuple | None:
    """The outcome a verb names, with its own "dead": "being shot dead" is killed."""
    dead = [c for c in verb.children if c.i in triggers and triggers[c.i][0] == "killed"]
    return triggers[dead[0].i] if dead else find_outcome(verb, triggers, rules)


def _pronouns(doc: Doc, attacker: Token, sents: list[Span], sent_no: int) -> Iterator[Token]:
    """Pronouns that can stand for the attacker: after him in his sentence or the next."""
    end = min(sents[sent_no].end, attacker.i + 1 + _WINDOW)  # a clause's reach, not a list's
    yield from (t for t in doc[attacker.i + 1 : end] if t.lower_ in _OBJECTS | _SUBJECTS | _SELVES)
    if sent_no + 1 < len(sents):
        following = sents[sent_no + 1]
        for token in following:  # a pronoun before any other person there
            if token.lower_ in _OBJECTS | _SUBJECTS:
                yield token
                break
            if token.pos_ in {"NOUN", "PROPN"} and token.tag_ in {"NN", "NNP"}:
                break


def _figure(
    anchor: Token, attacker: Token, outcome: tuple, sents: list[Span], sentence_of: list[int]
) -> Figure:
    """One person, the pronoun's or the attacker's words, with the attacker as the group."""
    doc = anchor.doc
    start = attacker.left_edge.i if anchor == attacker else anchor.i
    words = doc[attacker.left_edge.i : attacker.i + 1]
    first = 1 if words[0].dep_ == "det" and len(words) > 1 else 0
    sent_no = sentence_of[anchor.i]
    figure = Figure(
        span=doc[start : anchor.i + 1], parsed=Count(1), sent=sents[sent_no], sent_no=sent_no,
        noun=attacker, anchor=anchor, implicit=True,
    )  # fmt: skip
    figure.outcome, figure.is_toll = outcome[0], False
    figure.group = words[first:].text
    figure.group_chars = (words[first].idx, attacker.idx + len(attacker))
    return figure


def attacker_figures(
    doc: Doc,
    rules: Rules,
    triggers: dict,
    taken: set[int],
    sents: list[Span],
    sentence_of: list[int],
) -> list[Figure]:
    """Figures for what befell an attacker named in the sentence of his deed (docstring).

    `taken`: token indices already in a figure (a pronoun counted as a victim's).
    """
    found: list[Figure] = []
    for attacker in doc:
        if attacker.i in taken or not _attacker(attacker, rules, triggers):
            continue
        outcomes: set[str] = set()
        sent_no = sentence_of[attacker.i]
        fates = [
            (p, find_outcome(p, triggers, rules))
            for p in _pronouns(doc, attacker, sents, sent_no)
            if p.i not in taken and _his_fate(p, attacker, rules, triggers)
        ]
        fates += [
            (attacker, _verb_outcome(v, triggers, rules))
            for v in _joined_passive(attacker, rules, triggers)
        ]
        for anchor, outcome in fates:
            if outcome is None or outcome[0] in outcomes:
                continue
            outcomes.add(outcome[0])
            taken.add(anchor.i)
            found.append(_figure(anchor, attacker, outcome, sents, sentence_of))
    return found
