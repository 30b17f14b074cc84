"""What people do decides their category: protesters, rioters, a communal militia.

Coders type people by their deeds in the event, not by the noun that names them:
teachers who march are protesters, villagers who lynch a suspect are rioters, herders
who kill or clash are a communal militia, and the same people shot at are civilians.
"""

from spacy.tokens import Token

from analysis.parse.generic.deed_words import (
    ATTEMPTS,
    BARRICADES,
    BRAWLS,
    CIVILIANS,
    CLASH_VERBS,
    COMMUNAL,
    COMMUNITY_PLURALS,
    CRIMES,
    CROWD_DEEDS,
    CROWD_NOUNS,
    DOER_NOUNS,
    EXCHANGED,
    FIGHT_VERBS,
    FIGHTING_PEOPLE,
    FIREARMS,
    MEMBERS,
    OUTLAWED,
    OWNER_PREPOSITIONS,
    PROTEST_VERBS,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    UNIDENTIFIED,
    VIOLENT_VERBS,
    crowd_deed,
    deed_noun,
    finite_verb,
    of_protest,
    side,
)  # fmt: skip
from analysis.parse.generic.fights import (
    against_the_state, armed_community,
    brawling,
    communal,
    crowd_fighting,
    fighting,
    from_a_people,
    kin_shooting,
    resident,
    residents_fighting,
)  # fmt: skip
from analysis.parse.generic.headlines import headline_deed
from analysis.parse.generic.undergone import undergone
from analysis.parse.mentions import POSSESSIVES
from analysis.rules import of_kind

# A gathering's relative clause is its deed ("a crowd that had stormed"), not protesters'.
RELATIVES = frozenset({"WDT", "WP"})
GATHERINGS, MOB_DEEDS = (of_kind("crowd_verbs", "verb", kind) for kind in ("gathering", "mob_deed"))

# The words and fights other modules read from here (`deed_words`, `fights`).
__all__ = [
    "BRAWLS", "CIVILIANS", "CLASH_VERBS", "CROWD_DEEDS", "CROWD_NOUNS", "DOER_NOUNS",
    "FIGHTING_PEOPLE", "OWNER_PREPOSITIONS", "PROTESTERS", "RIOTERS", "STATE_FORCES",
    "UNIDENTIFIED", "VIOLENT_VERBS", "brawling", "by_deed", "crowd_deed", "deed_noun",
    "fighting", "finite_verb", "named_by_deed", "of_protest", "rioting", "side",
]  # fmt: skip


def _acts(token: Token) -> list[Token]:
    """What the people do: the verbs they are subject of, the agent of, or described by.

    With their purpose ("blocked the road to protest") and a bare "in protest".
    """
    doer = side(token)  # "hundreds of teachers marched": the hundreds are the subject
    verbs = [doer.head] if doer.dep_ == "nsubj" and doer.head.pos_ == "VERB" else []
    if doer.dep_ == "pobj" and doer.head.dep_ == "agent" and doer.head.head.pos_ == "VERB":
        verbs.append(doer.head.head)  # "hacked to death by opposition supporters"
    verbs += [c for t in {token, doer} for c in t.children  # "thousands of workers demanding"
              if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]  # fmt: skip
    # "villagers from Kampong Speu who were protesting": the parser hangs the people's "who"
    # clause on the place they come from
    verbs += [c for p in token.children if p.lower_ in ("from", "in") for g in p.children
              if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC"))
              for c in g.children
              if c.dep_ == "relcl" and c.pos_ == "VERB"
              and any(w.lower_ == "who" for w in c.children)]  # fmt: skip
    for _ in range(2):  # "drove in a convoy, sounding their horns to demand protection"
        verbs += [c for v in verbs for c in v.children if c.dep_ in ("xcomp", "advcl", "conj")
                  and c.pos_ == "VERB" and c not in verbs]  # fmt: skip
    # "in protest", "on strike": a bare noun; "died at the rally" says where, not what they did
    verbs += [p for v in verbs for c in v.children if c.lower_ in ("in", "on") for p in c.children
              if p.dep_ == "pobj" and p.pos_ == "NOUN"  # not "on 28 March"
              and not any(d.dep_ in ("det", "poss") for d in p.children)]  # fmt: skip
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.pos_ == "NOUN":
        verbs.append(token.head.head)  # "a march by teachers", "a strike by nurses"
    # "supporters of the jailed cleric blocking the road": the parser hangs the crowd's verb
    # on the one person they follow
    verbs += [c for p in token.children if p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj" and (g.tag_ in ("NN", "NNP") or g.ent_type_ == "PERSON")
              for c in g.children
              if c.dep_ == "acl" and c.tag_ == "VBG"]  # fmt: skip
    return verbs


def _protesting(
    token: Token, nouns: dict[str, tuple[str, str]], *, only: bool = False, peaceful: bool = False
) -> bool:
    """Whether the people protest: "teachers protested", "students protesting a fee rise".

    Coders type people by what they do in the event: teachers who march are protesters,
    teachers who are shot are civilians. A verb of protest is one whose stem begins a
    protesters noun of `data/generic_actors.csv` ("protest" of "protesters", "march" of
    "marchers", "demonstrate" of "demonstrators", "block" of "blockaders"), with the
    people as its subject or described by it ("students protesting", "workers who
    marched"). With `only`, every verb they do must be one: angry youths who protest are
    protesters, and rioters as soon as they also burn or loot. With `peaceful`, people who
    kill are not protesting, and a verb of violence ("strike") is no protest.
    """
    doer = side(token)  # "villagers returned home when the gunmen struck": the gunmen's deed
    acts = [
        a
        for a in _acts(token)
        if not any(
            c.dep_ == "nsubj" and c.i not in (token.i, doer.i) and c.tag_ != "WP"
            for c in a.children
        )  # "students who were blocking": theirs
    ]
    if peaceful:  # "herders struck the village": "strike" of "strikers" is no protest then
        acts = [a for a in acts if not _passive(a)]  # "marching ... were attacked": done to them
        harm = [a for a in acts if a.lemma_.lower() in VIOLENT_VERBS - CLASH_VERBS]
        acts = [] if harm else [a for a in acts if a.lemma_.lower() not in VIOLENT_VERBS]
    protest = [a for a in acts if of_protest(a, nouns) or barricading(a)]
    # "residents staged a march", "held a sit-in": the protest is the verb's object
    staged = [o for a in acts for o in a.children if o.dep_ == "dobj"
              and (of_protest(o, nouns) or _compound_word(o) in PROTEST_VERBS)]  # fmt: skip
    if only:
        return bool(protest) and all(a in protest for a in acts if a.pos_ == "VERB")
    return bool(protest or staged)


def _their_protest(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether the people own the protest named after them or strike: "the nurses' protest".

    Read on the words, not the parse, which a headline's line break upsets (and which
    reads "by striking workers" as a verb and its object); people on strike protest too.
    """
    doc = token.doc
    mark, protest = token.i + 1, token.i + 2
    if _on_strike(token, nouns):
        return True
    return (
        protest < len(doc)
        and doc[mark].lower_ in POSSESSIVES
        and doc[protest].pos_ == "NOUN"
        and of_protest(doc[protest], nouns)
    )


def _on_strike(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether "striking" before the people says they strike: "striking banana workers".

    Not a verb with its own subject ("gunmen were striking villagers"), and not before the
    category's own noun ("denied striking civilians": no one strikes as a civilian).
    """
    category = nouns.get(token.lower_, ("", ""))[1].split(" (")[0].lower()
    words = token.doc[max(token.left_edge.i - 1, 0) : token.i]
    return token.lower_ != category and any(
        t.lower_ == "striking" and not any(c.dep_ in ("nsubj", "aux") for c in t.children)
        for t in words
    )


def _passive(verb: Token) -> bool:
    """Whether a verb is passive: "were attacked", also with its subject on another verb.

    In "Students marching to the university were attacked" the parser makes the students
    the subject of "marching" and hangs "were attacked" on it: done to them all the same.
    """
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _compound_word(word: Token) -> str:
    """The hyphenated word a noun ends: "sit-in" of "a sit-in", which the parser splits."""
    return word.doc[word.left_edge.i : word.i + 1].text.lower().split()[-1]


def barricading(verb: Token) -> bool:
    """Whether a verb burns or puts up what blocks a road: "burned tyres", "erected barricades".

    A crowd that blocks roads with burning tyres or barricades (`data/crowd_verbs.csv`,
    kind `barricade`) protests, as coders type it; burning a car or a station is a mob's
    deed. "set up barricades of burning tyres": the verb's object or what it is made of.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Youths burned tyres; others burned a car.")
    >>> barricading(doc[1]), barricading(doc[6])
    (True, False)
    """
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]
    return any(o.lower_ in BARRICADES for o in objects)


def rioting(token: Token) -> bool:
    """Whether the people act as a mob: they lynch, loot, burn, stone or attack.

    Coders type a crowd by its deeds: demonstrators, residents or traders who burn a
    station, loot shops or lynch a suspect are rioters, whatever the noun that names them.
    Burning tyres on a road is a protest (`barricading`), unless the crowd also fights.
    """
    doers = (token.i, side(token).i)  # "hundreds of youths burned": the hundreds are theirs
    acts = _acts(token)
    # "burning tyres clashed with police": tyres burned in a fight are a mob's, too
    fought = any(a.lemma_.lower() in CLASH_VERBS | BRAWLS for a in acts)
    for verb in acts:
        relative = token.lower_ in GATHERINGS  # "a crowd that had stormed": its own deed
        if any(c.dep_ == "nsubj" and c.i not in doers and not (relative and c.tag_ in RELATIVES)
               for c in verb.children):  # fmt: skip
            continue  # "residents fled as gunmen attacked": the gunmen's deed
        by = [g.i for c in verb.children if c.dep_ == "agent" for g in c.children]
        if _passive(verb) and not set(by) & set(doers):
            continue  # "villagers were returning when they were attacked": done to them
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPTS:
            continue  # "tried to set the gate alight": only attempted
        if crowd_deed(verb) and not undergone(verb) and (fought or not barricading(verb)):
            return True  # not "burned to death", nor "burned tyres" on a road
    return False


def _men_rioting(token: Token) -> bool:
    """Whether men named by what they wear do only a crowd's deeds: "masked men smashed windows".

    Men who only smash, throw stones or petrol bombs or loot (`crowd_verbs.csv` kind
    `mob_deed`), with no verb of harm and no firearm, are coded as rioters, as a crowd that
    does it; "masked men shot a trader" or "set fire to a lorry" stay an unidentified armed
    group.
    """
    if token.lower_ not in DOER_NOUNS or not rioting(token):
        return False
    acts = _acts(token)
    if not all(v.lemma_.lower() in MOB_DEEDS for v in acts if crowd_deed(v)):
        return False  # "hooded men set fire to a lorry", "beat a man to death"
    harm = VIOLENT_VERBS - CLASH_VERBS  # "attacked", "stormed", "shot"
    return not any(
        v.lemma_.lower() in harm
        or any(t.lemma_.lower() in FIREARMS for t in v.subtree)  # "with a pistol"
        or (v.lemma_.lower() == "open" and any(c.lower_ == "fire" for c in v.children))
        for v in acts
    )


def named_by_deed(token: Token) -> bool:
    """Whether a crowd's deed names the people: "stone-throwing youths", "stone-pelting mob".

    A present participle of `data/crowd_verbs.csv` in a modifier of the noun, with the
    word it takes when the deed has one ("stone" of "stone-throwing"), says the crowd
    is a mob whatever its noun; "burning tyres" names no people.
    """
    for modifier in token.lefts:
        if modifier.dep_ not in ("amod", "compound", "nmod"):
            continue
        words = list(modifier.subtree)
        doing = {t.lemma_.lower() for t in words if t.tag_ == "VBG"}
        plain = {w.lower_ for w in words} | {f"{w.lower_}s" for w in words}
        if any(deed[0] in doing and (len(deed) == 1 or deed[1] in plain) for deed in CROWD_DEEDS):
            return True
    return False


def robbing(token: Token) -> bool:
    """Whether people named by what they are commit a crime for gain: "passengers who robbed".

    A verb of `data/crowd_verbs.csv` (kind `crime`) among their deeds ("two passengers
    attacked the driver and stole his car") makes them criminals, an unidentified armed
    group, as coders name robbers; people robbed undergo it ("traders were robbed").
    """
    doers = (token.i, side(token).i)
    return any(
        verb.lemma_.lower() in CRIMES
        and any(c.dep_ == "dobj" for c in verb.children)  # not "passengers robbed and shot"
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        and not any(
            c.dep_ == "nsubj" and c.i not in doers and c.tag_ != "WP" for c in verb.children
        )
        for verb in _acts(token)
    )


def outlawed(token: Token) -> bool:
    """Whether people are named as working outside the law: "illegal miners", "unlicensed loggers".

    Such people who shoot or attack are criminals, an unidentified armed group (coders name
    "garimpeiros who fire on a patrol" so); attacked, they stay civilians.
    """
    return any(c.dep_ in ("amod", "compound") and c.lower_ in OUTLAWED for c in token.children)


def members_brawling(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether members of counted clans or tribes brawl, unarmed: rioters, not clan militias.

    "members of two tribes fought at a wedding hall", "members of two clans attacked each
    other with sticks": the people of two communities in a brawl are a crowd; "two clans
    fought with rifles" or "members of two clans exchanged fire" are their militias.
    """
    doer = side(token)
    return (
        doer is not token
        and token.lower_ in COMMUNITY_PLURALS  # not "members of two martial arts groups"
        and doer.lemma_.lower() in MEMBERS
        and any(c.dep_ == "nummod" for c in token.children)
        and fighting(token, brawls=True)
        and not residents_fighting(token, nouns, opponents=False)
        and not any(c.lower_ in EXCHANGED for v in (doer.head,) for c in v.subtree)
    )


def _told_apart(
    token: Token, nouns: dict[str, tuple[str, str]], kind: tuple[str, str]
) -> tuple[str, str] | None:
    """People typed before their other deeds: by a headline's verb, as criminals, as a crowd."""
    if kind[0] == CIVILIANS and outlawed(token) and fighting(token, brawls=True):
        return next(v for v in nouns.values() if v[0] == UNIDENTIFIED)  # "illegal miners shot"
    if kind[0] == COMMUNAL[0] and members_brawling(token, nouns):
        return next(v for v in nouns.values() if v[0] == RIOTERS)  # "members of two tribes fought"
    if kind[0] in (CIVILIANS, PROTESTERS) and (told := headline_deed(token, nouns)) is not None:
        return _by_headline_verb(token, told, nouns, kind)  # "Youths torch police post"
    if kind[0] == CIVILIANS and robbing(token):  # "passengers who robbed the driver"
        return next(v for v in nouns.values() if v[0] == UNIDENTIFIED)
    if kind[0] == CIVILIANS and kin_shooting(token, nouns):
        return COMMUNAL  # "members of two families opened fire on each other"
    if kind[0] == UNIDENTIFIED and _men_rioting(token):  # "masked men smashed windows"
        return next(v for v in nouns.values() if v[0] == RIOTERS)
    return None


def by_deed(
    token: Token, nouns: dict[str, tuple[str, str]], kind: tuple[str, str]
) -> tuple[str, str]:
    """The category people fall in by what they do: (type, name template).

    Teachers, or angry youths, who protest (and do nothing else) are protesters; herders
    who kill or clash are a communal militia; residents, demonstrators or a leader's
    supporters who lynch, loot or burn are rioters.
    """
    actor_type = kind[0]
    rioters = next(v for v in nouns.values() if v[0] == RIOTERS)
    protesters = next(v for v in nouns.values() if v[0] == PROTESTERS)
    if (actor_type == UNIDENTIFIED and from_a_people(token)) or armed_community(token):
        return COMMUNAL  # "armed youths from Murle areas", "armed Fulani herders"
    if (told := _told_apart(token, nouns, kind)) is not None:
        return told  # "Youths torch police post", "illegal miners shot", "passengers who robbed"
    if actor_type in (CIVILIANS, PROTESTERS) and named_by_deed(token):
        return rioters  # "stone-throwing youths attacked a police post"
    if (actor_type in (CIVILIANS, PROTESTERS) and _protesting(token, nouns, peaceful=True)
            and not rioting(token)):  # fmt: skip
        return protesters  # "youths protesting a land sale clashed with police"
    if actor_type in (CIVILIANS, PROTESTERS) and brawling(token, nouns):
        return rioters  # "rival fans clashed", "a brawl between villagers"
    if (actor_type == CIVILIANS and fighting(token, brawls=True) and communal(token, nouns)
            and not against_the_state(token, nouns)):  # fmt: skip
        return COMMUNAL  # "herders killed seven villagers"
    if actor_type in (CIVILIANS, PROTESTERS) and rioting(token):  # "villagers lynched"
        return rioters
    if (actor_type == CIVILIANS and resident(token) and fighting(token)
            and not against_the_state(token, nouns)
            and not residents_fighting(token, nouns, opponents=True)):  # fmt: skip
        return rioters  # "residents of two villages clashed over land", unarmed
    if actor_type == CIVILIANS and not resident(token) and crowd_fighting(token, nouns):
        return rioters  # "mourners attacked the staff", "traders and porters fought"
    clashed_with = token.dep_ == "pobj" and token.head.lower_ == "with"  # "police clashed with
    if actor_type == PROTESTERS and fighting(token) and not clashed_with:  # protesters": theirs
        return rioters  # "demonstrators clashed with police"
    protest = _protesting(token, nouns) or _their_protest(token, nouns)  # "drivers' protest"
    if (actor_type == CIVILIANS and protest) or (
        actor_type == RIOTERS and _protesting(token, nouns, only=True)
    ):
        return protesters
    return kind


def _by_headline_verb(
    token: Token, verb: Token, nouns: dict[str, tuple[str, str]], kind: tuple[str, str]
) -> tuple[str, str]:
    """People in a headline typed by its verb: "Miners march", "Traders burn", "Herders attack".

    A verb of protest makes them protesters, a crowd's deed rioters (burning tyres is a
    protest), a verb of a fight or of violence a communal militia when they are a
    community (`fights.communal`), else rioters.
    """
    word = verb.lower_
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    if of_protest(verb, nouns) or (crowd_deed(verb) and after.lower_ in BARRICADES):
        return next(v for v in nouns.values() if v[0] == PROTESTERS)
    if word in FIGHT_VERBS and communal(token, nouns):
        return COMMUNAL
    if word in FIGHT_VERBS or any(deed[0] == word for deed in CROWD_DEEDS):
        return next(v for v in nouns.values() if v[0] == RIOTERS)
    return kind
