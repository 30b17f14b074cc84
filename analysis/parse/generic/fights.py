"""Who fights whom: a community's militia, a brawling crowd, residents who defend themselves.

Herders or farmers who kill or clash are coded as a communal militia, unarmed people who
fight among themselves as rioters (a brawl), armed residents as a communal militia, and
people who resist the state's forces or armed men stay civilians.
"""

from spacy.tokens import Token

from analysis.parse.generic.deed_words import (
    BATTLES,
    BRAWLS,
    CIVILIANS,
    CLASH_VERBS,
    COMMUNITIES,
    DISPUTES,
    EXCHANGE_VERBS,
    EXCHANGED,
    FIGHT_VERBS,
    FIGHTING_PEOPLE,
    FIREARMS,
    OWNER_PREPOSITIONS,
    PROTESTERS,
    RESIDENTS,
    RIOTERS,
    STATE_FORCES,
    STOPPAGES,
    TURNS,
    VIOLENT_VERBS,
    deed_noun,
    finite_verb,
    side,
)  # fmt: skip
from analysis.parse.generic.undergone import undergone
from analysis.rules import of_kind

# Where armed men come from that makes them a community's militia ("a rival clan").
HOMES = of_kind("party_words", "word", "community", "kin")
KIN = of_kind("party_words", "word", "kin")
FIRE_VERBS, SHOTS = (of_kind("crowd_verbs", "verb", kind) for kind in ("fire_verb", "shot"))


def fighting(token: Token, *, brawls: bool = False) -> bool:
    """Whether the noun's people do violence: "suspected herders killed seven".

    Civilians are those violence is done to; a community's men who kill, raid, stab or
    clash ("cattle herders clashed with farmers", "pastoralists and farmers fought",
    "herders and farmers exchanged fire": both sides; "villagers were killed by herders",
    "an attack by herders on the village": the noun of the deed) are coded as a communal
    militia,
    and a named "front" that attacks is an armed group (`named.person_named_groups`).
    With `brawls`, fights and harms are violence too ("fought", "stabbed", "exchanged
    fire", `fights`), and herders or farmers are both sides of "fighting between" them.
    """
    # protesters "in clashes between" stay protesters; youths or herders are both sides
    both = token.lower_ in FIGHTING_PEOPLE or (brawls and token.lower_ in COMMUNITIES)
    while token.dep_ == "conj" and token.head.i != token.i:  # "herders and farmers clashed"
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS:
        token = token.head.head  # "two groups of villagers clashed": the groups are the side
    if token.dep_ == "pobj" and token.head.lower_ == "with":  # "clashed with farmers"
        return token.head.head.lemma_.lower() in CLASH_VERBS | (BRAWLS if brawls else set())
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent":
        return token.head.head.lemma_.lower() in VIOLENT_VERBS  # "killed by herders"
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "NOUN":
        deed = token.head.head.lemma_.lower()  # "an attack by herders on X"; not "a strike by"
        return deed in VIOLENT_VERBS - STOPPAGES
    if token.dep_ == "pobj" and token.head.lower_ == "between" and both:  # "fighting between
        fight = token.head.head  # X and Y youths": both sides ("Fighting" tagged as a verb)
        if brawls and (fight.lemma_.lower() in BRAWLS or fight.lower_ in CLASH_VERBS):
            return True
        return fight.lemma_.lower() in CLASH_VERBS
    verb = token.head  # "five traders shot dead at the market": done to them (`undergone`)
    violent = fights(verb) if brawls else verb.lemma_.lower() in VIOLENT_VERBS
    return token.dep_ == "nsubj" and violent and not undergone(verb)


def fights(verb: Token) -> bool:
    """Whether a verb is one of a fight: "killed", "stabbed", "fought", "exchanged fire".

    A verb of `FIGHT_VERBS`, or one of an exchange ("exchanged", "traded") that takes what a
    fight exchanges ("fire", "blows"): `data/crowd_verbs.csv`, kinds `exchange_verb`, `exchange`.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Herders exchanged fire with farmers; traders exchanged goods.")
    >>> fights(doc[1]), fights(doc[7])
    (True, False)
    """
    lemma = verb.lemma_.lower()
    if lemma in FIGHT_VERBS:
        return True
    return lemma in EXCHANGE_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in EXCHANGED for c in verb.children
    )


def brawling(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether unarmed people fight among themselves: a brawl, coded as rioters.

    "rival fans clashed", "rival groups of miners fought", "a mass brawl between
    villagers", "a fight between two groups of youths": the crowd's deed is the fight,
    whoever dies in it. People who fight another party ("herders clashed with farmers",
    "fighting between herders and farmers", "residents clashed with gunmen"), who are
    armed, or who attack or kill (`communal`) are not brawling, and villagers or youths
    who "clashed" are a communal militia, as the fourth and seventh sets code them.
    """
    if armed_people(token):
        return False
    kind, word = nouns.get(token.lower_, ("",))[0], token.lower_
    if any(c.dep_ == "conj" for c in token.children) or token.dep_ == "conj":
        first = token
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if kind != CIVILIANS or not _crowds_between(first):
            return False  # "herders and farmers", "protesters and activists": by their deeds
        token = first  # "a brawl between local residents and mine workers": both sides
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS:
        token = token.head.head  # "two groups of youths", "members of rival clubs"
    if token.dep_ == "pobj" and token.head.lower_ == "between":  # "a brawl between"
        words = [w for t in token.head.subtree  # "between protesters ... and security forces"
                 for w in (t.lower_, f"{t.doc[t.i - 1].lower_} {t.lower_}")]  # fmt: skip
        sides = [w for w in words if nouns.get(w, (kind,))[0] != kind]
        fight = token.head.head  # "stone-pelting between two groups": a crowd's deed, too
        while (  # "a quarrel over grazing rights between two families": the quarrel's
            fight.dep_ == "pobj" and fight.head.dep_ == "prep" and fight.head.head.pos_ == "NOUN"
            and fight.lemma_.lower() not in BRAWLS
        ):  # fmt: skip
            fight = fight.head.head
        return (
            (fight.lemma_.lower() in BRAWLS or deed_noun(fight) or turned_violent(fight))
            and fight.pos_ == "NOUN"
            and not sides
        )
    verb = finite_verb(token) or (token.head if token.dep_ == "nsubj" else None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in BRAWLS:
        return False
    if verb.lemma_.lower() in CLASH_VERBS and (word in RESIDENTS or word in FIGHTING_PEOPLE):
        return False  # "two groups of villagers clashed": a communal militia (`communal`)
    if word in COMMUNITIES:
        return False  # "herders clash", "settlers fought": a community's militia (`communal`)
    opponents = [g for c in verb.children if c.lower_ in ("with", "against")
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return not any(g.lower_ in nouns or g.ent_type_ for g in opponents)  # not "with dynamite"


def armed_people(token: Token) -> bool:
    """Whether people are called armed: "armed villagers", "armed members of two families".

    The word may stand on the noun or on the group it counts ("members of", "groups of").
    """
    heads = [token]
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS:
        heads.append(token.head.head)
    return any(c.lower_ == "armed" for h in heads for c in h.children)


def armed_community(token: Token) -> bool:
    """Whether a community's men are called armed, whatever they do: "armed Fulani herders".

    Coders type armed herders, farmers or settlers (`data/crowd_verbs.csv`, kind
    `community`) as a communal militia. "Armed" may hang on a word before the noun (the
    small model reads "Armed Fulani" as a name) or on the noun itself.
    """
    if token.lower_ not in COMMUNITIES:
        return False
    before = [t for c in token.lefts if c.dep_ in ("amod", "compound") for t in c.subtree]
    return armed_people(token) or any(t.lower_ == "armed" for t in before)


def _crowds_between(first: Token) -> bool:
    """Whether joined people are the two sides of "between" and no community's men.

    "a mass brawl between local residents and mine workers", "a clash between cooperative
    miners and comunarios": both are the crowd that brawls; herders and farmers, or youths,
    are read as communities (`communal`).
    """
    people = [first, *first.conjuncts]
    return (
        first.dep_ == "pobj"
        and first.head.lower_ == "between"
        and not any(p.lower_ in COMMUNITIES | FIGHTING_PEOPLE for p in people)
    )


def turned_violent(dispute: Token) -> bool:
    """Whether a dispute is told to have turned into a fight: a brawl, as coders type it.

    "a quarrel between two families turned into a gun battle", "a land dispute between two
    clans turned violent", "the row escalated into clashes": a dispute noun of
    `data/crowd_verbs.csv` (kind `dispute`), subject of a verb of change (kind `turn`) that
    ends in violence (a word of a fight, or "violent").

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("A quarrel between two families turned violent.")
    >>> turned_violent(doc[1])
    True
    """
    if dispute.lemma_.lower() not in DISPUTES or dispute.dep_ != "nsubj":
        return False
    verb = dispute.head
    if verb.lemma_.lower() not in TURNS:
        return False
    ends = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "attr")]
    ends += [g for c in verb.children if c.lower_ in ("into", "to") for g in c.children
             if g.dep_ == "pobj"]  # fmt: skip
    return any(e.lower_ == "violent" or e.lemma_.lower() in FIGHT_VERBS | BRAWLS | BATTLES
               for e in ends)  # fmt: skip


def communal(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether people who fight are a community's militia, not civilians or a mob.

    Herders, farmers or youths who kill or clash are coded as a communal militia (the
    communities of `data/crowd_verbs.csv`, kind `community`, and young men), and so are
    people named by where they live who are armed ("armed villagers", "two groups of
    villagers attacked each other with sticks and firearms"). Such people who fight armed
    men defend themselves and stay civilians, and unarmed ones who fight each other or
    unarmed people are a mob (`residents_fighting`). Other people who attack or fight
    (mourners, drivers, traders, passengers) are a crowd, not a community's militia,
    unless armed.
    """
    if not resident(token):
        return token.lower_ in COMMUNITIES | FIGHTING_PEOPLE or armed_people(token)
    return residents_fighting(token, nouns, opponents=False)


def resident(token: Token) -> bool:
    """Whether the noun names people by where they live (`data/resident_nouns.csv`)."""
    noun = " ".join(t.lower_ for t in token.doc[max(token.i - 1, 0) : token.i + 1])
    return token.lower_ in RESIDENTS or noun in RESIDENTS


def residents_fighting(token: Token, nouns: dict[str, tuple[str, str]], *, opponents: bool) -> bool:
    """Whether fighting residents are armed (`opponents` False) or fight armed men (True).

    Armed: "armed villagers", "villagers armed with machetes", a firearm of
    `data/crowd_verbs.csv` (kind `firearm`) in what the verb takes ("with sticks and
    firearms"). Armed opponents: a noun of an armed party among the verb's objects
    ("villagers killed two of the bandits", "residents clashed with the attackers").
    """
    if not opponents and armed_people(token):
        return True  # "armed villagers", "villagers armed with machetes"
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS:
        token = token.head.head  # "two groups of villagers"
    verb = token.head.head if token.head.lower_ == "with" else token.head
    others = [c for c in verb.children if c.dep_ in ("dobj", "pobj") and c.i != token.i]
    others += [g for c in verb.children if c.dep_ == "prep" for g in c.children
               if g.dep_ == "pobj" and g.i != token.i]  # fmt: skip
    # "killed two of the bandits": the people the numeral stands for
    others += [g for o in others for c in o.children if c.dep_ == "prep"
               for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if not opponents:  # "attacked each other with sticks and firearms": armed themselves
        return any(t.lemma_.lower() in FIREARMS for o in others for t in o.subtree)
    armed = {kind for kind, _ in nouns.values()} - {CIVILIANS, PROTESTERS, RIOTERS, "state"}
    return any(nouns.get(o.lower_, ("",))[0] in armed for o in others)


def against_the_state(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether people clash with the state's forces only: "soldiers clashed with miners".

    Miners, traders or farmers who resist soldiers or police clearing a site are no
    community's militia (that fights another community); coders keep them civilians.
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    token = side(token)  # "police clashed with thousands of workers"
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        sides = [c for c in token.head.head.children if c.dep_ == "nsubj"]
    elif token.dep_ == "nsubj":
        sides = [g for c in token.head.children if c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    else:
        return False
    return bool(sides) and all(nouns.get(s.lower_, ("",))[0] == STATE_FORCES for s in sides)


def from_a_people(token: Token) -> bool:
    """Whether armed young men are said to come from a named people or area.

    "Armed youths from Lou Nuer villages", "armed youth from the Misseriya community",
    "armed youths of the Lou Nuer":
    coders name them that community's militia, and so are "armed youths from both sides"
    of a communal feud; "armed youths attacked a camp", with no people named, stay an
    unidentified armed group. Other armed men ("gunmen", "fighters") are a communal
    militia when they come from a clan, tribe, family or village (`data/party_words.csv`,
    kinds `community`, `kin`): "gunmen from a rival clan", "from two neighbouring villages".
    """
    places = [g for c in token.rights if c.lower_ in OWNER_PREPOSITIONS  # "youths of the X"
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if token.lower_ not in FIGHTING_PEOPLE:  # "gunmen from a rival clan", "from two villages"
        return any(g.lemma_.lower() in HOMES and g.pos_ == "NOUN" for g in places)
    sides = any(g.lemma_.lower() == "side" and any(c.lower_ in ("both", "either", "each")
                for c in g.children) for g in places)  # fmt: skip
    return sides or any(t.pos_ == "PROPN" and t.is_title for g in places for t in g.subtree)


def crowd_fighting(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether people of no community attack others or fight among themselves: a crowd.

    "Mourners attacked the hospital staff", "taxi drivers attacked ride-hailing drivers",
    "traders and porters fought": coded as rioters. People who fire back defend themselves
    ("the miners fired back"), people who resist the state's forces stay civilians
    (`against_the_state`), and a verb of harm with nothing it is done to ("49 civilians and
    15 soldiers killed", a dropped "were") is no deed of theirs.
    """
    if not fighting(token, brawls=True) or against_the_state(token, nouns):
        return False
    doer = token
    while doer.dep_ == "conj" and doer.head.i != doer.i:
        doer = doer.head
    doer = side(doer)
    if doer.dep_ != "nsubj":
        return True  # "clashed with traders", "attacked by mourners"
    verb = doer.head
    if any(c.lower_ == "back" for c in verb.children):
        return False  # "fired back", "fought back"
    lemma = verb.lemma_.lower()
    return lemma in BRAWLS | CLASH_VERBS or any(
        c.dep_ in ("dobj", "prep") and c.lower_ != "in" for c in verb.children
    )


def kin_shooting(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether families fight with firearms: their communal militia, not a brawl.

    "Members of two families opened fire on each other", "two families fought with rifles",
    "armed members of two feuding families": coders type a family (`data/party_words.csv`,
    kind `kin`) that shoots in a feud as a communal militia; a family attacked stays
    civilians, and one that fights unarmed ("with sticks") is a brawl.
    """
    if token.lemma_.lower() not in KIN:
        return False
    if residents_fighting(token, nouns, opponents=False) and fighting(token, brawls=True):
        return True  # "fought with rifles"
    doer = side(token)
    verb = doer.head if doer.dep_ == "nsubj" else None
    return (
        verb is not None
        and verb.lemma_.lower() in FIRE_VERBS
        and any(c.dep_ == "dobj" and c.lower_ in SHOTS for c in verb.children)
        and not undergone(verb)
    )
