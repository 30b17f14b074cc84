"""Nouns that are a party only by their deed: "two groups clashed", "two men opened fire".

"Groups", "men" or "stone-throwers" name no category of `data/generic_actors.csv` by the
noun alone; what their people do in the sentence makes them one. A crowd that riots or
brawls is rioters ("two groups pelted each other with stones", "twenty young men fought
with machetes", "stone-throwers"); men who kill, shoot, storm or abduct are an
unidentified armed group ("two men wearing hoods got out of a car and fired").
"""

from spacy.tokens import Token

from analysis.parse.generic.deeds import (
    CLASH_VERBS,
    CROWD_DEEDS,
    CROWD_NOUNS,
    DOER_NOUNS,
    RIOTERS,
    UNIDENTIFIED,
    VIOLENT_VERBS,
    brawling,
    finite_verb,
    of_protest,
    rioting,
    side,
)  # fmt: skip
from analysis.parse.generic.headlines import headline_deed
from analysis.parse.generic.undergone import undergone
from analysis.rules import packaged_rows

# The words a crowd's deed takes ("stones" of "throw stones", "fire" of "set fire"): one
# before a doer's noun says what its people threw or set ("stone-throwers", "rock-pelters").
DEED_OBJECTS = frozenset(deed[1] for deed in CROWD_DEEDS if len(deed) > 1)
# Nouns of a band of people ("cell", "network"): a party of the kind their modifier names.
BANDS = frozenset(row["verb"] for row in packaged_rows("crowd_verbs") if row["kind"] == "cell")
# Irregular pasts of verbs of harm ("shot"), which the parser may tag as nouns after "men on
# a motorbike".
PASTS = frozenset(row["verb"] for row in packaged_rows("crowd_verbs") if row["kind"] == "past")
# Words that may describe men between the noun and their verb ("on a motorbike", "in a car",
# "riding a scooter", "wearing masks").
DESCRIBING = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})
# The endings of a noun of the doers of a verb ("throw" of "throwers", "pelt" of "pelters").
AGENT_ENDINGS = ("ers", "er")


def deed_doers(token: Token) -> bool:
    """Whether the noun names the doers of a crowd's deed by what they throw or set.

    "Stone-throwers", "stone-pelters", "rock throwers": a noun of the doers of a verb of
    `data/crowd_verbs.csv` (kind `deed`), after the word such a deed takes. A doer's noun
    with no such word ("attackers", "hackers") is left to the table.

    >>> from analysis.parse import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Police fired at stone-throwers and attackers.")
    >>> deed_doers(doc[5]), deed_doers(doc[7])
    (True, False)
    """
    word = token.lower_
    stem = next((word[: -len(e)] for e in AGENT_ENDINGS if word.endswith(e)), "")
    thrown = {w for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")
              for w in (t.lower_, f"{t.lower_}s")}  # fmt: skip
    return bool(stem) and any(
        deed[0] in (stem, f"{stem}e") and deed[-1] in thrown | {deed[0]} and thrown & DEED_OBJECTS
        for deed in CROWD_DEEDS
    )


def rioting_group(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a noun that names no category is a crowd that riots or brawls.

    "Groups" named by nothing but their deed ("two groups pelted each other with stones",
    "a fight between rival groups", "stone-pelting between two groups") are rioters, and so
    are "men" who fight among themselves ("about 20 young men fought with machetes") and the
    doers of a crowd's deed ("stone-throwers"); "groups" that do neither name no party.
    """
    if token.lower_ in CROWD_NOUNS:  # "Relatives storm hospital": a headline's deed, too
        told = headline_deed(token, nouns)
        return (
            brawling(token, nouns)
            or rioting(token)
            or (told is not None and not of_protest(told, nouns))
        )
    if token.lower_ in DOER_NOUNS:
        return brawling(token, nouns)
    return deed_doers(token)


def _harms(verb: Token) -> bool:
    """Whether a verb does harm: "shot", "stormed", or a verb whose object does ("opened fire")."""
    harm = VIOLENT_VERBS - CLASH_VERBS
    return verb.lemma_.lower() in harm or any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in harm for c in verb.children
    )


def assailing(token: Token) -> bool:
    """Whether unnamed men are the doers of violence: "two men on a motorcycle fired".

    Men who kill, shoot, storm or abduct (the subject of such a verb, or of a verb joined to
    it that has no subject of its own: "got out of a car and fired"; or its agent "by three
    men") are coded as an unidentified armed group, whatever they wear or ride; men killed,
    wounded or detained, or who clash, are no party by this noun.
    """
    if token.lower_ not in DOER_NOUNS:
        return False
    doer = side(token)
    own = finite_verb(doer)  # "as two men fired": the parser's "as" clause
    if own is not None or (doer.dep_ == "nsubj" and doer.head.pos_ == "VERB"):
        verbs = [own or doer.head]
        verbs += [c for c in verbs[0].children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not any(g.dep_.startswith("nsubj") or g.dep_ == "auxpass"
                              for g in c.children)]  # fmt: skip
        if any(_harms(v) and not undergone(v) for v in verbs):  # not "two men shot dead"
            return True
    # "two men on a motorcycle fired": the parser hangs their verb on what they ride
    rode = [v for p in token.children if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pobj" for v in g.children if v.dep_ == "acl"]  # fmt: skip
    if any(_harms(v) and not any(c.dep_ == "agent" for c in v.children) for v in rode):
        return True
    by = doer.head if doer.dep_ == "pobj" else None
    return (by is not None and by.dep_ == "agent" and _harms(by.head)) or _then_harm(token)


def _harm_word(word: Token) -> bool:
    """Whether a word is a past or present of a verb of harm, however tagged ("shot", "fired")."""
    harm = VIOLENT_VERBS - CLASH_VERBS
    text = word.lower_
    if word.lemma_.lower() in harm or text in PASTS or text in harm:
        return True
    return text.endswith("ed") and any(text.startswith(v) and len(text) <= len(v) + 3
                                       for v in harm)  # fmt: skip


def _then_harm(token: Token) -> bool:
    """Whether the first verb after men told by what they ride or wear is a verb of harm.

    "Two men on a motorbike shot dead a trader", "three men in a car shot and killed",
    "two men riding a scooter fired at a shop", "two men on a motorcycle opened fire on a
    pickup": the parser often loses the men's verb in
    what they ride; read the words instead. The verb must follow the description at once
    and take its object ("two men in a car shot by police", "killed in the attack" were
    its victims), and "were" or "found" stop the reading ("two men on a motorbike were
    shot").
    """
    doc = token.doc
    end = min(token.sent.end, token.i + 9)
    for word in doc[token.i + 1 : end]:
        if word.pos_ in DESCRIBING and not _harm_word(word):
            continue
        if word.tag_ == "VBG" and not _harm_word(word):
            continue  # "riding", "wearing"
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        described = word.i > token.i + 1  # "two men shot" is left to the parse
        past = word.lower_ in PASTS or word.lower_.endswith("ed")  # not "in the attack"
        # what the men did takes its object: "shot dead a trader", "fired at", "shot and
        # killed"; "men killed in the attack" or "shot by police" had it done to them
        done = after is not None and (after.pos_ in ("DET", "NUM", "ADJ", "CCONJ", "PRON")
                                      or after.lower_ in ("at", "into", "fire"))  # fmt: skip
        # "opened fire": a verb whose object is the harm ("fire"), as `_harms` reads it
        opens = after is not None and after.pos_ == "NOUN" and _harm_word(after)
        return described and past and (_harm_word(word) or opens) and done
    return False


def band_key(token: Token, nouns: dict[str, tuple[str, str]]) -> str:
    """The table's key a band's modifier names: "terrorists" of "a terrorist cell", or "".

    "A terrorist cell", "a jihadist network", "a kidnappers' ring": a band of the people
    its modifier names, when that noun (or its plural) is an unidentified armed group's;
    "a prison cell" or "a police network" name no armed band.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("A jihadist cell attacked the post; he died in a prison cell.")
    >>> nouns = {"jihadists": (UNIDENTIFIED, "")}
    >>> band_key(doc[2], nouns), band_key(doc[11], nouns)
    ('jihadists', '')
    """
    if token.lower_ not in BANDS:
        return ""
    words = [w for m in token.lefts if m.dep_ in ("amod", "compound", "nmod", "poss")
             for w in (m.lower_, f"{m.lower_}s")]  # fmt: skip
    return next((w for w in words if nouns.get(w, ("",))[0] == UNIDENTIFIED), "")


def key_by_deed(token: Token, key: str, nouns: dict[str, tuple[str, str]]) -> str:
    """The table's key for a noun that is a party by its deed only, else `key` as it is.

    "Two groups pelted each other" are rioters, "two men opened fire" an unidentified
    armed group: the key of that type's first noun in `nouns`; "a terrorist cell" is
    the band of the noun its modifier names (`band_key`).
    """
    if key in nouns:
        return key
    if band_key(token, nouns):
        return band_key(token, nouns)
    kind = RIOTERS if rioting_group(token, nouns) else UNIDENTIFIED if assailing(token) else ""
    return next((k for k, v in nouns.items() if v[0] == kind), key) if kind else key
