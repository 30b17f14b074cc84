"""Forces and people in a headline's few words: "Police fire on protesters", "Youths torch post".

Headlines drop articles and put verbs in the present: "police storm campus", "troops shell
villages", "soldiers raid market". The parser often reads the force and its verb as one
noun compound ("police storm" as a kind of storm) and the force is lost as the party. A
force noun of `data/generic_actors.csv` (a state force) that a clause begins with,
followed at once by a verb a force does (`data/crowd_verbs.csv`, kind `force_deed`, or a
crowd's deed), is the doer; one that follows such a verb after a people noun ("Youths
torch police post") is whose post was attacked.
"""

from spacy.tokens import Token

from analysis.parse.generic.deed_words import (
    CROWD_DEEDS,
    FIGHT_VERBS,
    STATE_FORCES,
    UNIDENTIFIED,
    of_protest,
)
from analysis.rules import of_kind

# What a force does in a headline ("storm", "raid", "fire", "shell"), and what a crowd does
# to a force's post ("torch", "burn", "attack"): the first word of a crowd's deed.
FORCE_DEEDS = of_kind("crowd_verbs", "verb", "force_deed")
HEADLINE_VERBS = FORCE_DEEDS | frozenset(deed[0] for deed in CROWD_DEEDS)
# A weapon's discharge ("fire", "shell"): "Artillery fire killed nine" names no owner.
DISCHARGES = of_kind("crowd_verbs", "verb", "discharge")
# What a force's own deed is called ("raid", "shooting", "crackdown"): "a police raid" was
# the police's; and weapons, whose strikes name no owner ("an artillery strike").
FORCE_EVENTS = of_kind("crowd_verbs", "verb", "force_event")
WEAPONS = of_kind("crowd_verbs", "verb", "weapon")
# Words after which a headline's clause begins: "Student dies as police storm campus".
CLAUSE_OPENERS = frozenset({"as", "after", "when", "while", "before", "until"})


def _verb_form(token: Token) -> bool:
    """Whether the word is a headline verb in its base form ("storm", "fire"; not "raids")."""
    return token.lower_ in HEADLINE_VERBS and token.pos_ in ("NOUN", "VERB", "PROPN")


def _opens_a_clause(token: Token) -> bool:
    """Whether the noun, with its own modifiers, begins its clause or the text's line.

    "Police fire on ...", "Riot police storm ...", "... as police storm ...", "after
    police raid ...": nothing but its modifiers before it, back to a line's start or
    a word that opens a clause. "a police raid" or "the police storm" are nouns.
    """
    i = token.i - 1  # "Riot police": the parser may hang "Riot" on a later noun
    while i >= 0 and token.doc[i].dep_ in ("compound", "amod") and token.doc[i].head.i > i:
        i -= 1
    if i < 0 or token.doc[i + 1].is_sent_start:
        return True
    before = token.doc[i]
    return before.is_space or "\n" in before.whitespace_ or before.lower_ in CLAUSE_OPENERS


def force_event(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a force noun names whose deed the noun it qualifies is: "a police raid".

    "Two died in a police raid", "killed in an army strike", "a gendarmerie crackdown":
    the force did the deed and is the party. A weapon's strike ("an artillery strike")
    names no owner, nor does a discharge ("artillery fire", kind `discharge`).

    >>> from analysis.parse import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Two teenagers died in a police raid on a settlement.")
    >>> force_event(doc[5], {"police": ("state_forces", "")})
    True
    >>> doc = nlp("He was taken to a police station.")
    >>> force_event(doc[5], {"police": ("state_forces", "")})
    False
    """
    head = token.head
    return (
        token.dep_ in ("compound", "amod")  # "a military raid": the parser's adjective
        and head.i > token.i
        and nouns.get(token.lower_, ("",))[0] == STATE_FORCES
        and token.lower_ not in WEAPONS
        and head.lower_ in FORCE_EVENTS
    )


# Nouns of armed parties that open a headline's clause as the doer ("as police storm campus",
# "as colectivos fire on protest").
ARMED_KINDS = frozenset({STATE_FORCES, UNIDENTIFIED, "militia", "armed_group"})


def headline_force(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a force noun in a headline's compound is the party: the doer or the attacked.

    A force is a noun of state forces in `nouns` (as the doer, of any armed party). The
    force begins its clause and a headline verb follows it with words after ("Police fire on
    protesters", "as police storm campus", "as colectivos fire on protest", "Police raid
    leaves six dead"; a weapon's discharge that is the subject of a verb names no owner:
    "Artillery fire killed nine"); or a people noun and a headline verb begin the clause
    just before it ("Youths torch police post", "Protesters stone police station").

    >>> from analysis.parse import load_nlp
    >>> nlp = load_nlp()
    >>> doc = nlp("Student dies as police storm campus in Kumasi")
    >>> headline_force(doc[3], {"police": ("state_forces", "")})
    True
    >>> doc = nlp("Villagers fled after a police raid in Kumasi")
    >>> headline_force(doc[5], {"police": ("state_forces", "")})
    False
    >>> doc = nlp("Student killed as colectivos fire on Barquisimeto protest")
    >>> headline_force(doc[3], {"colectivos": ("militia", "")})
    True
    """
    kind = nouns.get(token.lower_, ("",))[0]
    if kind not in ARMED_KINDS or token.i + 2 >= len(token.doc):
        return False
    doc = token.doc
    after = doc[token.i + 1]
    then = doc[token.i + 2]  # "Artillery fire killed nine": a discharge, the verb's subject
    subject = then.pos_ in ("VERB", "AUX") and after.lower_ in DISCHARGES
    if _verb_form(after) and _opens_a_clause(token) and not then.is_punct and not subject:
        return True  # "as colectivos fire on protest": an armed crowd's noun the same way
    if kind != STATE_FORCES or token.i < 2 or token.dep_ != "compound":
        return False
    verb, doers = doc[token.i - 1], doc[token.i - 2]
    return (
        _verb_form(verb)
        and verb.dep_ == "compound"
        and doers.pos_ == "NOUN"
        and doers.tag_ in ("NNS", "NN")
        and _opens_a_clause(doers)
    )


def headline_deed(token: Token, nouns: dict[str, tuple[str, str]]) -> Token | None:
    """The headline verb people named by a plural noun do: "torch" of "Youths torch police post".

    Headlines put the people first and their verb in the present, and the parser often
    reads both as one compound noun ("Relatives storm hospital", "Miners march on
    parliament"). A plural noun that begins its clause, alone or in a list ("Farmers,
    herders clash in ..."), followed at once by a verb's base form that is a crowd's deed,
    a fight or a protest, with words after it, is the doer of that verb.

    >>> from analysis.parse import load_nlp
    >>> nlp = load_nlp()
    >>> nouns = {"youths": ("civilians", ""), "marchers": ("protesters", "")}
    >>> headline_deed(nlp("Youths torch police post in Kisumu")[0], nouns).text
    'torch'
    >>> headline_deed(nlp("Youths torched a police post in Kisumu")[0], nouns) is None
    True
    """
    doc = token.doc
    if token.tag_ != "NNS" or not _opens_a_clause(token):
        return None
    i = token.i + 1
    while i + 1 < len(doc) and doc[i].lower_ in (",", "and"):  # "Farmers, cattle herders"
        listed = i + 1
        while listed < len(doc) and doc[listed].tag_ in ("NN", "JJ") and listed < i + 3:
            listed += 1
        if listed >= len(doc) or doc[listed].tag_ != "NNS":
            return None
        i = listed + 1
    if i + 1 >= len(doc) or doc[i + 1].is_punct:
        return None
    verb = doc[i]
    base = verb.lower_ == verb.lemma_.lower() and verb.tag_ in ("VBP", "VB", "NN")
    deed = verb.lower_ in FIGHT_VERBS or any(d[0] == verb.lower_ for d in CROWD_DEEDS)
    return verb if base and (deed or of_protest(verb, nouns)) else None
