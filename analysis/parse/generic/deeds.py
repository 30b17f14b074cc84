"""What people do decides their category: protesters, rioters, a communal militia.

Coders type people by their deeds in the event, not by the noun that names them:
teachers who march are protesters, villagers who lynch a suspect are rioters, herders
who kill or clash are a communal militia, and the same people shot at are civilians.
"""

from spacy.tokens import Token

from analysis.parse.generic.undergone import undergone
from analysis.rules import packaged_rows

CIVILIANS, PROTESTERS, RIOTERS = "civilians", "protesters", "rioters"
UNIDENTIFIED, STATE_FORCES = "unidentified_armed_group", "state_forces"
COMMUNAL = ("militia", "Communal Militia ({country})")
_TERMS = [(row["kind"], row["term"]) for row in packaged_rows("incident_terms")]
# Verbs of violence a group does to others ("herders killed", "farmers clashed with"): the
# killing verbs of `data/incident_terms.csv` but the light ones ("carry out"), and clashes.
CLASH_VERBS = frozenset(t for k, t in _TERMS if k == "clash_word")
VIOLENT_VERBS = frozenset(t for k, t in _TERMS if k in ("kill_verb", "clash_word")) - frozenset(
    t for k, t in _TERMS if k == "light_verb"
)
# What a crowd does that makes it a mob ("villagers lynched", "set fire to"): a verb lemma,
# or a verb and the word it takes ("set" + "fire").
CROWD_DEEDS = tuple(
    tuple(row["verb"].split()) for row in packaged_rows("crowd_verbs") if row["kind"] == "deed"
)
# Verbs of protest no protesters noun begins ("workers demanding their wages", "drivers
# went on strike"): `data/crowd_verbs.csv`, kind `protest`.
PROTEST_VERBS = frozenset(
    row["verb"] for row in packaged_rows("crowd_verbs") if row["kind"] == "protest"
)
# Nouns that are a party only when they fight or riot ("two groups pelted each other"), and
# nouns that are an armed party only as the doers of violence ("three men stormed a bar").
# Verbs of a deed only attempted ("tried to set the gate alight"), which is no crowd's deed.
CROWD_NOUNS, DOER_NOUNS, ATTEMPTS = (
    frozenset(row["verb"] for row in packaged_rows("crowd_verbs") if row["kind"] == kind)
    for kind in ("crowd", "doer", "attempt")
)
# A fight among people of one kind ("rival fans fought", "a brawl between villagers").
BRAWLS = frozenset(row["verb"] for row in packaged_rows("crowd_verbs") if row["kind"] == "brawl")
# Weapons that make fighting residents an armed community ("with sticks and firearms").
FIREARMS = frozenset(
    row["verb"] for row in packaged_rows("crowd_verbs") if row["kind"] == "firearm"
)
# People named by where they live ("residents", "villagers"): `data/resident_nouns.csv`.
RESIDENTS = frozenset(row["noun"] for row in packaged_rows("resident_nouns"))
# A people's young men ("youths") are its militia, as coders name them (`party_words.csv`).
FIGHTING_PEOPLE = frozenset(
    row["word"] for row in packaged_rows("party_words") if row["kind"] == "fighting_people"
)
# The shortest verb stem read as a verb of protest ("march"): shorter ones begin other words.
MIN_STEM = 4
# "fighters of HTS", "militants from HTS and SNA": the noun belongs to the named party.
OWNER_PREPOSITIONS = frozenset({"of", "from"})


def finite_verb(token: Token) -> Token | None:
    """A past-tense verb the parser hung on the noun as a modifier: the noun's own clause.

    In "commuters hid as about 20 young men fought" the parser reads "as" as a preposition
    and "fought" as describing the men; a finite past form (not "men armed with knives"),
    or a verb of a fight no one undergoes ("after supporters of two clubs clashed", tagged
    as a participle), is still the verb whose subject they are.
    """
    return next((c for c in token.children if c.dep_ == "acl"
                 and (c.tag_ == "VBD" or c.lemma_.lower() in BRAWLS)), None)  # fmt: skip


def fighting(token: Token) -> bool:
    """Whether the noun's people do violence: "suspected herders killed seven".

    Civilians are those violence is done to; a community's men who kill, raid or clash
    ("cattle herders clashed with farmers": both sides; "villagers were killed by herders")
    are coded as a communal militia,
    and a named "front" that attacks is an armed group (`named.person_named_groups`).
    """
    young = token.lower_ in FIGHTING_PEOPLE  # protesters "in clashes between" stay protesters
    while token.dep_ == "conj" and token.head.i != token.i:  # "herders and farmers clashed"
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS:
        token = token.head.head  # "two groups of villagers clashed": the groups are the side
    if token.dep_ == "pobj" and token.head.lower_ == "with":  # "clashed with farmers"
        return token.head.head.lemma_.lower() in CLASH_VERBS
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent":
        return token.head.head.lemma_.lower() in VIOLENT_VERBS  # "killed by herders"
    if token.dep_ == "pobj" and token.head.lower_ == "between" and young:  # "fighting between
        return token.head.head.lemma_.lower() in CLASH_VERBS  # X and Y youths": both sides
    verb = token.head  # "five traders shot dead at the market": done to them (`undergone`)
    return token.dep_ == "nsubj" and verb.lemma_.lower() in VIOLENT_VERBS and not undergone(verb)


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


def side(token: Token) -> Token:
    """The word that stands for the people in their clause: "hundreds" of "hundreds of teachers".

    People counted or grouped ("thousands of workers", "two groups of youths", "members
    of rival clubs") act through the head of "of"; others stand for themselves.
    """
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS and token.head.i > 0:
        head = token.head.head
        if head.pos_ in ("NOUN", "NUM") and head.i < token.i:
            return head
    return token


def _of_protest(word: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a word's stem begins a protesters noun ("protest", "march", "block")."""
    words = [n for n, (kind, _) in nouns.items() if kind == PROTESTERS and " " not in n]
    lemma = word.lemma_.lower()
    if lemma in PROTEST_VERBS:
        return True
    stem = lemma[:-1] if lemma.endswith(("e", "y")) else lemma
    return len(stem) >= MIN_STEM and any(w.startswith(stem) and w != lemma for w in words)


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
        harm = [a for a in acts if a.lemma_.lower() in VIOLENT_VERBS - CLASH_VERBS]
        acts = [] if harm else [a for a in acts if a.lemma_.lower() not in VIOLENT_VERBS]
    protest = [a for a in acts if _of_protest(a, nouns)]
    # "residents staged a march", "held a sit-in": the protest is the verb's object
    staged = [o for a in acts for o in a.children if o.dep_ == "dobj" and _of_protest(o, nouns)]
    if only:
        return bool(protest) and all(a in protest for a in acts if a.pos_ == "VERB")
    return bool(protest or staged)


def rioting(token: Token) -> bool:
    """Whether the people act as a mob: they lynch, loot, burn, stone or attack.

    Coders type a crowd by its deeds: demonstrators, residents or traders who burn a
    station, loot shops or lynch a suspect are rioters, whatever the noun that names them.
    """
    doers = (token.i, side(token).i)  # "hundreds of youths burned": the hundreds are theirs
    for verb in _acts(token):
        if any(c.dep_ == "nsubj" and c.i not in doers for c in verb.children):
            continue  # "residents fled as gunmen attacked": the gunmen's deed
        by = [g.i for c in verb.children if c.dep_ == "agent" for g in c.children]
        if any(c.dep_ == "nsubjpass" for c in verb.children) and not set(by) & set(doers):
            continue  # "villagers were returning when they were attacked": done to them
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPTS:
            continue  # "tried to set the gate alight": only attempted
        if crowd_deed(verb) and not undergone(verb):  # not "burned to death"
            return True
    return False


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


def deed_noun(word: Token) -> bool:
    """Whether a noun in -ing names a crowd's deed: "stone-pelting", "stone-throwing", "looting".

    Its stem is a verb of `data/crowd_verbs.csv` (kind `deed`); a deed that takes a word
    ("throw stones") needs that word before it ("stone" of "stone-throwing").
    """
    if not word.lower_.endswith("ing"):
        return False
    stem, taken = word.lower_[:-3], {w for t in word.lefts for w in (t.lower_, f"{t.lower_}s")}
    return any(deed[0] in (stem, f"{stem}e") and (len(deed) == 1 or deed[1] in taken)
               for deed in CROWD_DEEDS)  # fmt: skip


def crowd_deed(verb: Token) -> bool:
    """Whether a verb is a crowd's deed of `data/crowd_verbs.csv` ("burn", "set fire")."""
    lemma = verb.lemma_.lower()
    return any(
        deed[0] == lemma and (len(deed) == 1 or any(c.lower_ == deed[1] for c in verb.children))
        for deed in CROWD_DEEDS
    )


def brawling(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether unarmed people fight among themselves: a brawl, coded as rioters.

    "rival fans clashed", "rival groups of miners fought", "a mass brawl between
    villagers", "a fight between two groups of youths": the crowd's deed is the fight,
    whoever dies in it. People who fight another party ("herders clashed with farmers",
    "fighting between herders and farmers", "residents clashed with gunmen"), who are
    armed, or who attack or kill (`_communal`) are not brawling, and villagers or youths
    who "clashed" are a communal militia, as the fourth and seventh sets code them.
    """
    if any(c.lower_ == "armed" for c in token.children):
        return False
    if any(c.dep_ == "conj" for c in token.children) or token.dep_ == "conj":
        return False  # "herders and farmers": two parties, read by their deeds
    kind, word = nouns.get(token.lower_, ("",))[0], token.lower_
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPOSITIONS:
        token = token.head.head  # "two groups of youths", "members of rival clubs"
    if token.dep_ == "pobj" and token.head.lower_ == "between":  # "a brawl between"
        words = [w for t in token.head.subtree  # "between protesters ... and security forces"
                 for w in (t.lower_, f"{t.doc[t.i - 1].lower_} {t.lower_}")]  # fmt: skip
        sides = [w for w in words if nouns.get(w, (kind,))[0] != kind]
        fight = token.head.head  # "stone-pelting between two groups": a crowd's deed, too
        return (
            (fight.lemma_.lower() in BRAWLS or deed_noun(fight))
            and fight.pos_ == "NOUN"
            and not sides
        )
    verb = finite_verb(token) or (token.head if token.dep_ == "nsubj" else None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in BRAWLS:
        return False
    if verb.lemma_.lower() in CLASH_VERBS and (word in RESIDENTS or word in FIGHTING_PEOPLE):
        return False  # "two groups of villagers clashed": a communal militia (`_communal`)
    opponents = [g for c in verb.children if c.lower_ in ("with", "against")
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return not any(g.lower_ in nouns or g.ent_type_ for g in opponents)  # not "with dynamite"


def _communal(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether people who fight are a community's militia, not civilians or a mob.

    Herders, farmers or youths who kill or clash are coded as a communal militia, and so are
    people named by where they live who are armed ("armed villagers", "two groups of
    villagers attacked each other with sticks and firearms"). Such people who fight armed
    men defend themselves and stay civilians, and unarmed ones who fight each other or
    unarmed people are a mob (`_residents_fighting`).
    """
    if not _resident(token):
        return True
    return _residents_fighting(token, nouns, opponents=False)


def _resident(token: Token) -> bool:
    """Whether the noun names people by where they live (`data/resident_nouns.csv`)."""
    noun = " ".join(t.lower_ for t in token.doc[max(token.i - 1, 0) : token.i + 1])
    return token.lower_ in RESIDENTS or noun in RESIDENTS


def _residents_fighting(
    token: Token, nouns: dict[str, tuple[str, str]], *, opponents: bool
) -> bool:
    """Whether fighting residents are armed (`opponents` False) or fight armed men (True).

    Armed: "armed villagers", "villagers armed with machetes", a firearm of
    `data/crowd_verbs.csv` (kind `firearm`) in what the verb takes ("with sticks and
    firearms"). Armed opponents: a noun of an armed party among the verb's objects
    ("villagers killed two of the bandits", "residents clashed with the attackers").
    """
    if not opponents and any(c.lower_ == "armed" for c in token.children):
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


def _against_the_state(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
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


def _from_a_people(token: Token) -> bool:
    """Whether armed young men are said to come from a named people or area.

    "Armed youths from Lou Nuer villages", "armed youth from the Misseriya community":
    coders name them that community's militia, and so are "armed youths from both sides"
    of a communal feud; "armed youths attacked a camp", with no people named, stay an
    unidentified armed group.
    """
    if token.lower_ not in FIGHTING_PEOPLE:
        return False
    places = [g for c in token.rights if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    sides = any(g.lemma_.lower() == "side" and any(c.lower_ in ("both", "either", "each")
                for c in g.children) for g in places)  # fmt: skip
    return sides or any(t.pos_ == "PROPN" and t.is_title for g in places for t in g.subtree)


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
    if actor_type == UNIDENTIFIED and _from_a_people(token):
        return COMMUNAL  # "armed youths from Murle areas"
    if actor_type in (CIVILIANS, PROTESTERS) and named_by_deed(token):
        return rioters  # "stone-throwing youths attacked a police post"
    if (actor_type in (CIVILIANS, PROTESTERS) and _protesting(token, nouns, peaceful=True)
            and not rioting(token)):  # fmt: skip
        return protesters  # "youths protesting a land sale clashed with police"
    if actor_type in (CIVILIANS, PROTESTERS) and brawling(token, nouns):
        return rioters  # "rival fans clashed", "a brawl between villagers"
    if (actor_type == CIVILIANS and fighting(token) and _communal(token, nouns)
            and not _against_the_state(token, nouns)):  # fmt: skip
        return COMMUNAL  # "herders killed seven villagers"
    if actor_type in (CIVILIANS, PROTESTERS) and rioting(token):  # "villagers lynched"
        return rioters
    if (actor_type == CIVILIANS and _resident(token) and fighting(token)
            and not _against_the_state(token, nouns)
            and not _residents_fighting(token, nouns, opponents=True)):  # fmt: skip
        return rioters  # "residents of two villages clashed over land", unarmed
    clashed_with = token.dep_ == "pobj" and token.head.lower_ == "with"  # "police clashed with
    if actor_type == PROTESTERS and fighting(token) and not clashed_with:  # protesters": theirs
        return rioters  # "demonstrators clashed with police"
    if (actor_type == CIVILIANS and _protesting(token, nouns)) or (
        actor_type == RIOTERS and _protesting(token, nouns, only=True)
    ):
        return protesters
    return kind
