"""Deeds people undergo though they are the verb's subject: "Five traders shot dead in Kano".

Headlines and short items drop the passive's "were": "Two passengers burned to death",
"Three farmers hacked to death", "Five mourners shot dead at funeral". The parser makes the
people the subject of an active verb of harm, and rules that type people by their deeds
would read them as the killers (a communal militia, a mob). A verb of harm that takes no
object and ends in death ("dead", "to death") was done to its subject.
"""

from spacy.tokens import Token


def undergone(verb: Token) -> bool:
    """Whether a verb with no object ends in its subject's death: "shot dead", "burned to death".

    "Herders shot dead two farmers" has an object: the herders did it; a passive ("was
    burnt to death by a crowd") is read by the rules of passives.

    >>> from analysis.parse import load_nlp
    >>> nlp = load_nlp()
    >>> undergone(nlp("Five mourners shot dead at a funeral")[2])
    True
    >>> undergone(nlp("Herders shot dead two farmers in Benue.")[1])
    False
    """
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "agent") for c in children):
        return False  # a passive says who did it: "burnt to death by a crowd"
    dead = any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "dep", "advmod") for c in children
    )
    death = any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in children)
    return dead or death
