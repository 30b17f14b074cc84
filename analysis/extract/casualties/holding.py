"""Being held: a passive "held" holds its own subject only, and only as a new event.

"26 rioters were being held" counts the rioters as detained (the `casualty_terms` row
"be hold"); the verb names no outcome for people it does not take as subject ("a vigil
was held for the two victims", "funerals for several of the victims were held"), nor for
people held before or still held from an earlier deed ("the centre where hundreds of
migrants were being held", "the other two are still being held": their abduction or
detention is told elsewhere). People questioned as witnesses, told again or set free
are not held by the questioning either (`_questioned_only`).

>>> import analysis
>>> nlp = analysis.load_nlp()
>>> doc = nlp("A vigil was held in Kano for the two victims.")
>>> held_loosely(doc[7], doc[3])
True
>>> doc = nlp("Police said 14 rioters were being held in Nairobi.")
>>> held_loosely(doc[4], doc[7])
False
>>> doc = nlp("Police were questioning five witnesses.")
>>> held_loosely(doc[3], doc[2])
True
"""

from spacy.tokens import Token

from analysis.extract.casualties.charges import for_questioning
from analysis.rules import packaged_rows

_TERMS = packaged_rows("casualty_terms")
# people police question as witnesses, not as suspects (`informant` in `casualty_terms`)
INFORMANTS = frozenset(r["term"] for r in _TERMS if r["kind"] == "informant")
RELEASES = frozenset(r["term"] for r in _TERMS if r["kind"] == "release")  # "and released"

# dependencies that keep a word inside its noun phrase: "14 rioters", "two of the men"
_PHRASE_DEPS = frozenset({"nummod", "compound", "amod", "det", "quantmod", "conj", "appos"})
# "still being held", "already held": a state that began before the event told
_ONGOING = frozenset({"still", "already"})


def _subject_of(token: Token, verb: Token) -> bool:
    """Whether `token` lies in the phrase of the verb's passive subject."""
    for _ in range(6):
        if token.head == verb:
            return token.dep_ in {"nsubjpass", "nsubj"}
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head  # "two of the men": the men's phrase
            continue
        if token.dep_ not in _PHRASE_DEPS or token.head == token:
            return False
        token = token.head
    return False


def held_loosely(anchor: Token, verb: Token, outcome: str = "detained") -> bool:
    """Whether a passive "held" says nothing new of the counted people at `anchor`.

    `verb` is where the `outcome` was found (only a detention is checked); a "held" joined
    to another verb ("three were freed and the other two are still being held") lends that
    verb's people nothing.
    """
    if outcome != "detained":
        return False
    if verb.lemma_.lower() == "question":
        return _questioned_only(anchor, verb)
    if verb.lemma_.lower() == "hold" and verb.tag_ != "VBN":  # "Hamas is holding 101 hostages"
        # the "be hold" row is for the passive; an active hold detains no one, but for
        # questioning (`charges`): "Police held three men for questioning"
        return not for_questioning(verb)
    if verb.lemma_.lower() != "hold":  # "three were freed and the other two still held"
        return any(c.lemma_.lower() == "hold" and _ongoing(c) for c in verb.conjuncts)
    return _ongoing(verb) or not _subject_of(anchor, verb)


def _ongoing(verb: Token) -> bool:
    """Held before the event told: "still being held", "where migrants were being held"."""
    return any(c.dep_ == "advmod" and c.lower_ in _ONGOING | {"where"} for c in verb.children)


def _questioned_only(anchor: Token, verb: Token) -> bool:
    """Questioning that holds no one new: witnesses, the held told again, or set free.

    "were questioning five witnesses" (an `informant` noun); "Both were being questioned"
    (people told before, by a pronoun: their arrest is the row); "was questioned and
    released" (a release verb joined to it).
    """
    noun = anchor.head if anchor.dep_ in {"nummod", "quantmod"} else anchor
    told_before = noun.pos_ in {"PRON", "DET"}
    freed = any(c.lemma_.lower() in RELEASES for c in verb.conjuncts)
    return noun.lemma_.lower() in INFORMANTS or told_before or freed
