"""Victims named without a numeral: which words stand for one person, and their list.

Split from `implicit`, which decides the role and outcome and makes the figures: here a
singular person noun with a determiner or possessive ("a farmer", "his wife"), a person's
name, an aged noun ("a 19-year-old", "Boy, 16,"), an ordinal standing for a person ("a
third was wounded") and the items of a list that share one determiner ("his wife and
daughter" is 2).
"""

from spacy.tokens import Token

from analysis.extract.casualties.clauses import headline_outcome, negated
from analysis.extract.casualties.implicit_merge import role_of
from analysis.extract.casualties.outcome import modifier_outcome, own_outcome
from analysis.extract.casualties.people import hurt_role, is_person, person_like
from analysis.extract.casualties.repeats import ordinal_value
from analysis.extract.casualties.terms import Rules

_SINGLE_DETS = frozenset({"a", "an", "the", "another", "this", "that"})
_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_MAX_AGE = 110


def _numbered(token: Token) -> bool:
    """A number of its own ("two farmers"), not an age ("the trader, 41,") or an ordinal.

    Nor a group of others listed after it: "the commander and two of his men" is one
    person and a figure of two.
    """
    return any(
        child.dep_ == "nummod"
        or (child.like_num and child.dep_ not in {"appos", "amod"} and not _some_of(child))
        for child in token.children
    )  # fmt: skip  ("a third soldier": one more victim)


def _some_of(number: Token) -> bool:
    """A conjunct number taken out of a group: "two of his men"."""
    return number.dep_ == "conj" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in number.children
    )


def _named_victim(token: Token) -> bool:
    """A person's name (the last word of a PERSON entity): "Chief Ade Bello was shot dead"."""
    return (
        token.ent_type_ == "PERSON" and token.tag_ == "NNP"
        and not (token.dep_ == "compound" and token.head.ent_type_ == "PERSON")
    )  # fmt: skip


def singular_victim(
    token: Token, rules: Rules, triggers: dict, *, shared: bool = False, cued: bool = False
) -> bool:
    """A singular person noun with a determiner or possessive and no number of its own.

    `shared`: a conjunct that shares the first item's determiner ("his wife and daughter");
    `cued`: right after a part cue, the noun is one of the people ("among them a former
    peace signatory"), whatever the person list knows.
    """
    if _named_victim(token):
        return True
    aged = aged_noun(token)
    described = age_after(token) and token.lower_ in rules.persons  # "Boy, 16, shot"
    # a lower-case person word the tagger took for a name is a common noun: "a jawan"
    common = token.tag_ == "NN" or (
        token.tag_ == "NNP" and token.is_lower and token.lower_ in rules.persons
    )
    if not (aged or described) and (not common or token.ent_type_ in _NOT_PEOPLE_ENTS):
        return False
    if token.i in triggers and not _a_body(token, rules):
        return False
    if _numbered(token) and not described:  # "Boy, 16,": the age can hang on the noun
        return False
    marked = (
        shared
        or described
        or any(
            child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in _SINGLE_DETS)
            for child in token.lefts
        )
    )
    person = (
        aged or cued or person_like(token, rules, triggers) or hurt_role(token, triggers)
        or among_them(role_of(token))
    )  # fmt: skip
    if person and _named_after_outcome(token, rules, triggers):
        return False  # "to serve an arrest warrant on the man": a thing, by its ending only
    return marked and person and token.lemma_.lower() not in rules.non_persons


def _named_after_outcome(token: Token, rules: Rules, triggers: dict) -> bool:
    """A noun named after an outcome, people only by its ending: "an arrest warrant"."""
    return not is_person(token, rules) and any(
        c.dep_ == "compound" and c.i in triggers for c in token.lefts
    )


def _a_body(token: Token, rules: Rules) -> bool:
    """One more dead person named by the outcome word itself: "a sixth body was recovered".

    A person word that is also a trigger ("body", "corpse"), indefinite ("a", "another":
    "the body" restates a victim) and not of a named person ("the body of a teacher"
    counts the teacher).
    """
    return (
        token.lemma_.lower() in rules.persons
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.lefts)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights)
    )  # fmt: skip


_AGE_MARKS = frozenset({(",", ","), (",", ")"), ("(", ")")})


def age_after(token: Token) -> bool:
    """One person described by an age between commas or brackets: "Boy, 16, shot", "Man (38)".

    A headline drops the article, so the age marks the one person as "a" or "the" would;
    the parse of such a headline can tag the person word a name or an interjection.
    """
    doc = token.doc
    i = token.i
    if i + 3 >= len(doc) or (doc[i + 1].text, doc[i + 3].text) not in _AGE_MARKS:
        return False
    age = doc[i + 2].text
    return age.isdigit() and int(age) <= _MAX_AGE


def headline_role(token: Token, triggers: dict) -> bool:
    """An aged person whose outcome hangs on it or on the verb it is attached to.

    "Jamaican man, 34, killed in Spanish Town" (the participle a clause of the noun) or
    "Boy, 16, shot in Kingston" (the noun parsed as an interjection of the verb). Not the
    subject of an active verb: "Man, 52, kills neighbour" is the doer (see `_patient`).
    """
    if not age_after(token) or token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}:
        return False
    own = own_outcome(token, triggers)
    verb_above = token.head.i in triggers and token.head.pos_ == "VERB"
    return own or verb_above or headline_outcome(token, triggers) is not None


def aged_noun(token: Token) -> bool:
    """An age used as a noun names a person: "A 19-year-old was shot" (the parse says "old")."""
    doc = token.doc
    return (
        token.lower_ == "old" and token.i >= 2 and doc[token.i - 2].lower_ in {"year", "years"}
        and (
            token.dep_ in {"nsubj", "nsubjpass", "dobj", "conj", "pobj"}
            # "among them a nine-year-old": "a" makes a noun of it, whatever the parse says
            or (token.dep_ != "amod" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                              for c in token.children))
        )
    )  # fmt: skip


def _adjacent(first: Token, later: Token) -> bool:
    """No verb between two items of a list (a parse can join nouns of two clauses)."""
    low, high = sorted((first.i, later.i))
    return not any(t.pos_ in {"VERB", "AUX"} for t in first.doc[low + 1 : high])


def victims_of(token: Token, rules: Rules, triggers: dict) -> list[Token]:
    """The token and its singular person conjuncts: "a farmer and his son" -> 2 tokens.

    A conjunct without a determiner shares the first's ("his wife and daughter"); an
    appositive that opens a list is one of its items ("a captain, a sergeant and a nurse").
    """
    found = [token]
    for child in token.children:
        listed = child.dep_ == "conj" or (
            child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children)
        )
        if not listed or not _adjacent(token, child):
            continue
        if renames(child):  # "his aide, Rogelio Tan, 44, and his driver": the aide's name
            found.extend(victims_of(child, rules, triggers)[1:])
        elif singular_victim(
            child, rules, triggers, shared=child.dep_ == "conj", cued=_kin_of_first(child)
        ):
            found.extend(victims_of(child, rules, triggers))
    for companion in [*_companions(token), *_kin_on_verb(token)]:
        if singular_victim(companion, rules, triggers, cued=companion.dep_ == "conj"):
            found.extend(victims_of(companion, rules, triggers))
    return found


def _kin_on_verb(token: Token) -> list[Token]:
    """Kin of the verb's object that the parse joined to the verb: "killed a couple and their son".

    The noun right after "and" with "his", "her" or "their" (`_kin_of_first`), hung on the
    verb as its conjunct, is the object's kin, a further victim.
    """
    verb, doc = token.head, token.doc
    if token.dep_ != "dobj" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "and":
        return []
    return [
        c for c in verb.children
        if c.dep_ == "conj" and c.tag_ == "NN" and c.left_edge.i == token.i + 2 and _kin_of_first(c)
    ]  # fmt: skip


_POSSESSIVES = frozenset({"his", "her", "their"})


def _kin_of_first(conjunct: Token) -> bool:
    """A list item the first victim owns: "a tourist and his guide", "a trader and her helper".

    The possessive points back at a person already named, so the noun is that person's
    companion, kin or helper, a person whatever the person list knows (a `not_person`
    noun, "a herder and his goats", still is not).
    """
    return conjunct.dep_ == "conj" and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in conjunct.lefts
    )


def _companions(token: Token) -> list[Token]:
    """The people "along with" or "together with" a verb's victim, victims too.

    "was shot dead along with her husband": the parse hangs the phrase on the verb. Only
    for the verb's passive subject or object: its doer is no victim.
    """
    if token.dep_ not in {"nsubjpass", "dobj"}:
        return []
    return [
        g for a in token.head.children if a.dep_ in {"prep", "advmod"}
        and a.lower_ in {"along", "together"} for w in a.children
        if w.dep_ == "prep" and w.lower_ == "with" for g in w.children if g.dep_ == "pobj"
    ]  # fmt: skip


def renames(token: Token) -> bool:
    """A name set off after a person noun, the same person: "his aide, Rogelio Tan,".

    An apposition that is a proper name without a determiner, after a common noun:
    it names the person before it, and is no further item of a list.
    """
    head = token.head
    return (
        token.dep_ == "appos" and token.tag_ == "NNP" and head.i < token.i
        and head.pos_ == "NOUN" and head.tag_ == "NN"
        and not any(c.dep_ == "det" for c in token.children)
    )  # fmt: skip


def listed_after_figure(role: Token) -> bool:
    """A singular victim the parse hangs as an apposition on a numbered plural before it.

    "killing 15 police officers, an Orthodox priest and a church guard": "a priest" cannot
    rename fifteen officers, so it is a further item of the list and shares their role.
    Not a list with a number of its own ("nine people, a policeman and eight pupils": a
    break-down) nor a part ("40 militants, a commander among them"); a list as long as the
    number renames it ("two people, a nurse and her husband": `implicit` checks).
    """
    head = role.head
    items = [role, *role.conjuncts]
    return (
        role.dep_ == "appos" and role.tag_ == "NN" and head.i < role.i and head.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in role.lefts)
        and any(c.dep_ == "nummod" for c in head.children)
        and not any(
            c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ in {"among", "including"})
            for t in items for c in t.children
        )
        and not any(t.like_num for t in items)
    )  # fmt: skip


def among_them(role: Token) -> bool:
    """The subject of "was among them": a part of an earlier total (`parts` links it)."""
    head = role.head
    return (
        role.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "prep" and c.lower_ == "among" for c in head.children)
    )


# Verbs of staying that the parse can take for a plural noun after an ordinal: "a fourth
# remains missing" parses "remains" as the noun "fourth" modifies, subject of "missing".
_STAYING = frozenset({"remains", "stays"})


def misparsed_stay(token: Token) -> Token | None:
    """The "remains" an ordinal modifies in "a fourth remains missing", else None."""
    head = token.head
    if token.dep_ == "amod" and head.lower_ in _STAYING and head.dep_ in {"nsubj", "nsubjpass"}:
        return head
    return None


def ordinal_newcomer(token: Token) -> bool:
    """An ordinal standing for a person: "a third was wounded", "a fourth with stab wounds".

    One more victim, like "another"; "a" marks a newcomer ("the third" may restate one).
    Also an ordinal before a verb of staying taken for a noun ("a fourth remains missing").
    """
    stay = misparsed_stay(token)
    marked = token if stay is None else stay
    ordinal = token.ent_type_ == "ORDINAL" or (ordinal_value(token.text) or 0) >= 2
    return (  # the word, not the entity: "abducted a third" can be tagged CARDINAL
        ordinal and token.pos_ in {"ADJ", "NOUN"}
        and (token.dep_ in {"nsubj", "nsubjpass", "dobj", "conj"} or stay is not None)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in marked.children)
    )  # fmt: skip


def told_in_relative(role: Token, triggers: dict) -> bool:
    """A person whose own relative clause tells the outcome, whatever the main verb does.

    "The driver, who was later arrested, told police his brakes had failed": the driver is
    held though "told" names nothing; not a clause about someone else ("a woman whose son
    was killed") nor one where the person does the deed ("the man who killed two guards"),
    nor when the main clause denies it ("a fourth passenger who was taken to hospital ...
    was not injured"). Only a subject, an object or a part described ("one of them a
    17-year-old girl who was struck in the shoulder"): not a speaker's description ("said
    Evans Ouma, a rider who was hit in the leg") nor a predicate ("is the ninth teenager
    to be killed"), and not "the" person picked out by the clause ("the woman who was wounded
    said"): those are people of a toll told already.
    """
    verbs = (role.head, *role.head.conjuncts)
    return (
        (role.dep_ in {"nsubj", "nsubjpass", "dobj"} or _described_part(role))
        and any(
            c.dep_ == "relcl"
            and (c.i in triggers or any(g.i in triggers for g in c.children))
            and not _picked_out(role, c)
            for c in role.children
        )
        and modifier_outcome(role, triggers) is not None
        and not any(negated(v) for v in verbs if v.pos_ in {"VERB", "AUX"})
    )


def _picked_out(role: Token, clause: Token) -> bool:
    """A definite noun with a clause and no comma between: "the woman who was wounded"."""
    words = role.doc[role.i + 1 : clause.left_edge.i]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in role.children)
    return definite and not any(t.text == "," for t in words)


def _described_part(role: Token) -> bool:
    """A description set after a number: "one of them, a 24-year-old woman who was shot"."""
    return role.dep_ == "appos" and role.head.like_num
