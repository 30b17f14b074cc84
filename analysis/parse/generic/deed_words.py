"""The words of deeds: the tables that say what people do, and the word that stands for them.

Verbs of violence and of clashes (`data/incident_terms.csv`), a crowd's deeds, protests,
brawls, weapons and the nouns that are a party only by their deed (`data/crowd_verbs.csv`),
people named by where they live (`data/resident_nouns.csv`), and the word of a clause that
stands for a people counted or grouped ("hundreds" of "hundreds of teachers").
"""

from spacy.tokens import Token

from analysis.rules import of_kind, packaged_rows

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
# Communities whose men who fight are coded as a communal militia ("herders", "farmers",
# "settlers"); other people who attack or fight are a crowd (`fights.communal`).
COMMUNITIES = of_kind("crowd_verbs", "verb", "community")
# Verbs of harm a crowd's table lacks ("stab", "spear") and what is exchanged in a fight
# ("exchanged fire", "traded blows"): with clashes and brawls, the verbs of a fight.
FIGHT_VERBS = VIOLENT_VERBS | BRAWLS | of_kind("crowd_verbs", "verb", "harm")
EXCHANGED = of_kind("crowd_verbs", "verb", "exchange")
# Nouns of a stoppage that are verbs of violence too: "a strike by taxi drivers" is none.
STOPPAGES = of_kind("crowd_verbs", "verb", "stoppage")
EXCHANGE_VERBS = of_kind("crowd_verbs", "verb", "exchange_verb")
# A dispute that turns into a fight ("a quarrel between two families turned into a gun
# battle"): the dispute, the verb of change and what a fight is called (kinds `dispute`,
# `turn`, `battle`).
DISPUTES, TURNS, BATTLES = (
    of_kind("crowd_verbs", "verb", kind) for kind in ("dispute", "turn", "battle")
)
# People named as working outside the law ("illegal miners") and the members of a counted
# community ("members of two tribes"): kinds `outlawed`, `members`.
OUTLAWED, MEMBERS = (of_kind("crowd_verbs", "verb", kind) for kind in ("outlawed", "members"))
# Communities by their word, counted ("two clans", "two tribes"): `party_words.csv`, kind
# `community`, in the plural.
COMMUNITY_PLURALS = frozenset(
    f"{word[:-1]}ies" if word.endswith("y") else f"{word}s"
    for word in of_kind("party_words", "word", "community")
)
# Crimes for gain ("rob", "steal"): people named by what they are who commit one are
# criminals, an unidentified armed group ("passengers who robbed the driver").
CRIMES = of_kind("crowd_verbs", "verb", "crime")
# What a road-blocking protest burns or puts up ("burned tyres", "erected barricades").
BARRICADES = of_kind("crowd_verbs", "verb", "barricade")
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
    """Whether a verb is a crowd's deed of `data/crowd_verbs.csv` ("burn", "set fire").

    A deed of two words has its second among the verb's words, or is the thing the verb
    describes: "stones thrown by youths", "a rock hurled by pupils" throw stones.
    """
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children}
    if verb.dep_ == "acl":  # "stones thrown by youths": the stones are what is thrown
        words |= {verb.head.lower_, f"{verb.head.lemma_.lower()}s"}
    return any(deed[0] == lemma and (len(deed) == 1 or deed[1] in words) for deed in CROWD_DEEDS)


def of_protest(word: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a word's stem begins a protesters noun ("protest", "march", "block")."""
    words = [n for n, (kind, _) in nouns.items() if kind == PROTESTERS and " " not in n]
    lemma = word.lemma_.lower()
    if lemma in PROTEST_VERBS:
        return True
    stem = lemma[:-1] if lemma.endswith(("e", "y")) else lemma
    return len(stem) >= MIN_STEM and any(w.startswith(stem) and w != lemma for w in words)
