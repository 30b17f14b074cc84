"""A wound that is a death: "was shot and killed", "was fatally shot".

`outcome.find_outcome` finds "wounded" for a shooting verb; these say when the same people
were killed by it (a killing verb joined to the wounding one, or a fatal adverb before it).
"""

from spacy.tokens import Token

from analysis.extract.casualties.clauses import bare_clauses
from analysis.extract.casualties.terms import Rules


def killed_conjunct(verb: Token, triggers: dict[int, tuple[str, bool]]) -> bool:
    """A killing verb joined to this one that shares its people: "were shot and killed".

    The conjunct has no subject or object of its own ("killing 40 civilians and wounding
    dozens" names two groups), or only a pronoun for them ("shot them and burned them
    alive"). A verb, not "dead": in "2 dead, 9 hurt" the nine are wounded. A clause hung
    on the verb without a conjunction of its own is such a verb too: "a boy shot near the
    market has died", parsed with "has died" a clause of "shot" (not "after ... killed").
    A verb with a subject of its own shares no people with a killing before it: "a trader
    was shot and killed and his driver was wounded" (the driver is wounded), nor does one
    with a number of its own after it: "Girl, 9, killed and two hurt".
    """
    clauses = bare_clauses(verb)
    own_subject = any(  # a number of its own too: "Boy, 16, killed and three hurt"
        c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "nummod" and c.like_num)
        for c in verb.children
    )
    return any(
        conj.i in triggers and triggers[conj.i][0] == "killed" and conj.pos_ == "VERB"
        and not (own_subject and conj.i < verb.i)
        and not any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lower_ not in {"them", "him", "her"}
            for c in conj.children
        )
        for conj in (*verb.conjuncts, *clauses)
    )  # fmt: skip


def fatally(verb: Token, rules: Rules) -> bool:
    """A fatal adverb before the wounding verb: "was fatally shot".

    Not after it: "four were shot, one fatally" kills one of them (`updates`).
    """
    return any(
        c.dep_ == "advmod" and c.i < verb.i and c.lower_ in rules.fatal for c in verb.children
    )
