"""Victims counted without a numeral: "a farmer was killed", "a man and his son", "both".

Event coders count a named or described victim as one ("the driver died" is 1 killed), a
coordination of such victims as their number ("a colonel, a major and a deputy
superintendent were killed" is 3) and "both" as 2. These rules make the same count from
the parse, with the qualifier "exact" and `implicit` True, so a user can keep or drop them.

A victim is a singular noun phrase (a determiner, a possessive or "another" before it, no
number of its own) whose head is people by `outcome.person_like`, or a person's name (a
PERSON entity), in the role of the one the outcome happens to:

- the subject of a passive outcome verb ("a policeman was shot dead"),
- the object of an outcome verb ("killing the driver", "abducting his wife and daughter"),
- the subject of an intransitive one, with no object ("the man died", "another was hurt"),
- a noun right after a part cue ("including the driver", "among them a baby"), whose
  outcome is its total's (`parts.link_parts` links it),
- the person a killing, death or arrest noun is of ("the murder of a councillor"),
- or the subject of "was among them", a part of the total before it.

A list shares its first item's determiner ("his wife and daughter" is 2) and may open
with an appositive ("a captain, a sergeant and a nurse" is 3); no verb stands between
its items. An ordinal is no number ("a third soldier" is 1). Victims of one outcome in
one sentence are one figure ("an inspector was killed and the driver died" is 2). A
victim's own verb must name the outcome: "troops repelled a raid, killing four" does not
kill the raid.

The agent is never counted ("a bomb killed a policeman": the bomb is the subject of an
active verb with an object). Plural nouns without a number ("civilians were killed") stay
out of this count: their count is unknown, and `plurals` makes them vague figures. A
singular victim joined to a numbered group ("two members of the RSF and a child") is its
own figure.
"""

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.attackers import attacker_figures
from analysis.extract.casualties.clauses import denied, headline_outcome
from analysis.extract.casualties.figures import Figure, twin_outcomes
from analysis.extract.casualties.group_sizes import group_size, sized_by_number
from analysis.extract.casualties.harms import bears_harm
from analysis.extract.casualties.implicit_merge import merged
from analysis.extract.casualties.implicit_merge import role_of as _role_of
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.outcome import find_outcome, own_outcome, shared_subject
from analysis.extract.casualties.people import (
    TAKES_THINGS,
    dead_object,
    dead_objects,
    gapped,
    person_like,
    state_after_object,
)
from analysis.extract.casualties.terms import Rules
from analysis.extract.casualties.victims import (
    age_after,
    aged_noun,
    among_them,
    headline_role,
    listed_after_figure,
    misparsed_stay,
    ordinal_newcomer,
    renames,
    singular_victim,
    told_in_relative,
    victims_of,
)

_PRONOUN_VICTIMS = {"another": 1, "both": 2}
# Verbs whose subject bears the wound named by their object ("suffered a gunshot wound"),
# unlike "put the toll at" or "visited the wounded".
_BEAR_VERBS = frozenset({"suffer", "sustain", "receive"})  # "another was wounded", "both were hurt"


def role_of(token: Token, triggers: dict) -> Token:
    """`implicit_merge.role_of`, but a gapped clause's noun holds its own role.

    "A smuggler was shot dead and a customs officer wounded": the parse joins "officer"
    to "shot" as a conjunct, but its own participle ("wounded", `people.gapped`) tells
    what happened to it.
    """
    if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} and gapped(token, triggers):
        return token
    return _role_of(token)


def _phrase_start(token: Token) -> int:
    """Where a victim's words start: its determiner and modifiers.

    Not "among them" before it, nor a dateline the parse hangs on it ("MANCHESTER - A boy"):
    the words stop at a dash or colon set off by spaces.
    """
    words = [c.left_edge.i for c in token.lefts if c.dep_ not in {"prep", "punct", "cc", "advmod"}]
    start = min([token.i, *words])
    doc = token.doc
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text in {"-", "–", "—", ":"} and (doc[i].whitespace_ or doc[i].text == ":"):
            return i + 1
    return start


def _group_text(doc: Doc, start: int, end: int) -> str:
    """The victims' words without a leading determiner: "farmer", "farmer and his son"."""
    while start < end - 1 and doc[start].dep_ in {"det", "predet"}:
        start += 1
    return doc[start:end].text


def _patient(token: Token, triggers: dict) -> bool:
    """Whether the token is what the outcome happens to, not who caused it.

    Also the person a killing, death or arrest noun is of: "the murder of a councillor",
    "the chief's abduction".
    """
    if token.dep_ in {"nsubjpass", "dobj"} or dead_object(token):  # "shot dead/prep a guard"
        return True
    if token.dep_ == "conj" and gapped(token, triggers):  # "and a constable wounded"
        return True
    if token.dep_ == "nsubj":  # intransitive: "the driver died", "the nun is missing"
        children = list(token.head.children)
        if dead_objects(token.head):
            return False  # "a gunman shot dead/prep a guard/pobj": the gunman is the doer
        if token.head.lemma_.lower() in _BEAR_VERBS and any(
            c.dep_ == "dobj" and c.i in triggers for c in children
        ):
            return True  # "a man suffered a gunshot wound", "sustained injuries"
        if bears_harm(token.head, triggers):
            return True  # "a farmer lost a leg", "three officers needed stitches"
        return not any(
            c.dep_ in {"dobj", "ccomp", "xcomp"}
            and not c.lower_.endswith(("self", "selves"))  # "handed himself in": the subject
            and not _earlier_clause(c, token)  # "...; the bomber also died"
            for c in children
        )
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ != "poss" or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False  # "the gunman's killing of two guards": the gunman is the doer
    if any(c.ent_type_ == "ORDINAL" for c in head.children):
        return False  # "the 33rd killing of a taxi operator": a place's count, no victim
    return head.pos_ == "NOUN" and head.i in triggers and head.i != token.i


def _arrest_as_cause(role: Token, triggers: dict, rules: Rules) -> bool:
    """The person of an arrest noun that is the cause of the event, not part of it.

    The arrest noun after a `cause_word` preposition ("clashed over the arrest of a
    sheikh's son") or governed by a `cause_word` verb ("angered by the arrest of a
    pastor", "demanding the arrest of the men") was made before the event told, or not at
    all. An arrest announced or led to stays: "announced the arrest of a man".
    """
    if role.dep_ != "pobj" or role.head.lower_ != "of":
        return False
    noun = role.head.head
    if noun.pos_ != "NOUN" or triggers.get(noun.i, ("",))[0] != "detained":
        return False
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ not in rules.cause_words:
        governor = governor.head  # "angered by the arrest"
    return governor.lemma_.lower() in rules.cause_words or governor.lower_ in rules.cause_words


def _the_other(token: Token) -> bool:
    """The second of two told apart as a subject: "one died and the other is in hospital"."""
    return (
        token.lower_ == "other" and token.dep_ in {"nsubj", "nsubjpass"}
        and any(c.lower_ == "the" for c in token.children)
    )  # fmt: skip


def _leaves(token: Token, triggers: dict, rules: Rules) -> bool:
    """A victim who leaves a place: "a family of six left their farm", "fled her home".

    The subject of a displacement verb whose objects are places, not people: not "a gunman
    forced a family from its home" (the family is displaced). Attackers who leave are
    dropped later (`clauses.fleeing_doer`).
    """
    verb = token.head
    if token.dep_ != "nsubj" or triggers.get(verb.i, ("",))[0] != "displaced":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(person_like(c, rules, triggers) for c in objects)


def _earlier_clause(clause: Token, subject: Token) -> bool:
    """A clause the parse hangs on a verb, closed by a semicolon before the verb's subject.

    "Nine soldiers were killed; the bomber also died": "killed" is no object of "died".
    """
    words = subject.doc[clause.right_edge.i + 1 : subject.i]
    return clause.dep_ == "ccomp" and clause.i < subject.i and any(t.text == ";" for t in words)


def _second_object(role: Token) -> bool:
    """A second direct object of one verb: a misparse, not a victim.

    "Killed a policeman ..., a police officer said" can make the officer an object too; a
    verb has one object (and its conjuncts).
    """
    return role.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < role.i for c in role.head.children
    )


def _clause_outcome_only(role: Token, triggers: dict) -> bool:
    """Whether the victim's verb names no outcome itself, only a clause hung on it does.

    "Troops repelled a raid, killing four insurgents": the raid is not killed.
    """
    head = role.head
    if role.dep_ not in {"dobj", "nsubj", "nsubjpass"} or head.i in triggers:
        return False
    if role.dep_ != "dobj" and shared_subject(role, head, triggers):
        return False  # "the second robber escaped but was arrested": the arrest is his
    if state_after_object(head, triggers) is not None:
        return False  # "left a trader and a teacher dead", "dead" parsed after "teacher"
    return not any(
        c.i in triggers for c in head.children if c.dep_ not in {"advcl", "ccomp", "conj"}
    ) and not any(
        g.i in triggers for c in head.children if c.dep_ == "prep" for g in c.children
    )  # fmt: skip


def _further_item(role: Token, count: int, figures: list[Figure], triggers: dict) -> bool:
    """Singular victims listed after a numbered group they cannot rename (`victims`).

    The group is a figure's counted noun in the role of a victim, and its number is not
    the list's length ("two people, a nurse and her husband" names the two).
    """
    if not listed_after_figure(role) or not _patient(role.head, triggers):
        return False
    group = next((f for f in figures if f.noun is not None and f.noun.i == role.head.i), None)
    listed = sum(  # every item: "three members, a man, his daughter-in-law and a boy"
        1 + len(c.conjuncts) for c in role.head.children if c.dep_ == "appos"
    )
    return group is not None and group.parsed.count not in {None, count, listed}


def implicit_role_ok(token: Token, triggers: dict) -> bool:
    """Whether a noun stands where an outcome happens to it, as for a victim here.

    Shared with `plurals`: the patient of its verb, no second object, a verb that names
    the outcome itself (not "repelled a raid, killing four") and not "lost" (a thing).
    """
    if not _patient(token, triggers) or _second_object(token):
        return False
    if token.head.lemma_.lower() in TAKES_THINGS and not bears_harm(token.head, triggers):
        return False  # "a family has lost a son" (not "a farmer lost a leg")
    return own_outcome(token, triggers) or not _clause_outcome_only(token, triggers)


def _candidate(
    token: Token, rules: Rules, triggers: dict, taken: set[int], after_cues: set[int]
) -> tuple | None:
    """(victim tokens, count) for a phrase starting at `token`, or None."""
    if token.lower_ in _PRONOUN_VICTIMS and token.pos_ in {"DET", "PRON"}:
        if token.dep_ not in {"det", "predet"}:
            return [token], _PRONOUN_VICTIMS[token.lower_]
        # "both men were wounded": the noun carries the role
        if token.lower_ == "both" and token.head.tag_ == "NNS" and token.head.i not in taken:
            return [token, token.head], 2
        return None
    if _the_other(token):  # "one died and the other is in critical condition"
        return [token], 1
    if ordinal_newcomer(token):
        stay = misparsed_stay(token)  # "a fourth remains missing": the role is "remains"'s
        return ([token] if stay is None else [token, stay]), 1
    if token.dep_ == "poss" and not _patient(token, triggers):
        return None  # "among them the groom's father": the father, not the groom as well
    cued = token.pos_ == "NOUN" and _phrase_start(token) in after_cues
    if singular_victim(token, rules, triggers, cued=cued):
        people = victims_of(token, rules, triggers)
        return people, sum(group_size(p) for p in people)  # "a couple and their son": 3
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
        first = role_of(token, triggers)  # itself for a gapped clause's noun
        if token.dep_ == "conj" and first != token and first.i not in taken:
            continue  # a conjunct of a victim is counted with it; of a figure, on its own
        found = _candidate(token, rules, triggers, taken, after_cues)
        if found is None:
            continue
        people, count = found
        role = role_of(people[0] if people[0].pos_ in {"NOUN", "PROPN"} else people[-1], triggers)
        start = min(_phrase_start(p) for p in people)
        if _second_object(role) and _phrase_start(people[0]) not in after_cues:
            continue  # ("killed 20 villagers, among them a baby": the baby is a part)
        listed = _further_item(role, count, figures, triggers)  # "15 officers, a priest"
        patient = (
            _patient(role, triggers)
            or _leaves(role, triggers, rules)
            or among_them(role)
            or headline_role(role, triggers)
            or listed
            or told_in_relative(role, triggers)  # "the driver, who was later arrested, said"
        )
        if not patient and (start not in after_cues or token.lower_ in _PRONOUN_VICTIMS):
            continue
        if patient and _arrest_as_cause(role, triggers, rules):
            continue  # "youths protesting the arrest of a rider": told before, or not done
        if patient and denied(role.head):
            continue  # "the driver was not injured", "how can anyone shoot a baby?"
        taken.update(p.i for p in people)
        taken.update(c.i for p in people for c in p.children if renames(c))  # their names
        # Victims listed as sibling subjects of one verb ("A colonel, a major and ... were
        # killed", parsed as two subjects) are one figure.
        key = (role.head.i, role.dep_) if patient else (-1 - start, "cue")
        groups.setdefault(key, []).append((people, count))
    found = []
    for (_, dep), members in groups.items():
        figure = _figure(doc, members, dep, rules, triggers, after_cues, sents, sentence_of)
        if figure is not None:
            found.append(figure)
        else:  # no victims after all ("a gunman fired ... and was shot dead": the doer):
            taken.difference_update(p.i for people, _ in members for p in people)  # his fate
    found = merged(doc, found)
    found += twin_outcomes(found, triggers)  # "the suspect was shot and arrested"
    # the attacker's own death or arrest: "shot a guard dead before police shot him dead"
    return found + attacker_figures(doc, rules, triggers, taken, sents, sentence_of)


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
    role = role_of(people[0], triggers)
    outcome = None if dep == "cue" else find_outcome(role, triggers, rules)
    if outcome is None and dep != "cue" and age_after(role):
        outcome = headline_outcome(role, triggers)  # "Boy, 16, stabbed to death; ..."
    own = outcome is None or own_outcome(role, triggers)
    if not own and not among_them(role) and _clause_outcome_only(role, triggers):
        outcome = None
    if role.head.lemma_.lower() in TAKES_THINGS and not bears_harm(role.head, triggers):
        outcome = None
    start = min(_phrase_start(p) for p in people)
    if outcome is None and start not in after_cues and not among_them(role):
        return None
    end = max(p.i for p in people) + 1
    sent_no = sentence_of[people[0].i]
    head = next((p for p in people if p.pos_ in {"NOUN", "PROPN"} or aged_noun(p)), None)
    figure = Figure(
        span=doc[start:end], parsed=Count(count), sent=sents[sent_no], sent_no=sent_no,
        noun=head, anchor=people[0], implicit=not any(sized_by_number(p) for p in people),
    )  # fmt: skip
    if outcome is not None:
        figure.outcome, figure.is_toll = outcome
    figure.group = _group_text(doc, start, end) if head is not None else None
    figure.group_chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    return figure
