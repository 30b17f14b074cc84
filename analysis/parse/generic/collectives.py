"""Parties named by a collective noun and what qualifies it: forces, crime groups, local bodies.

A collective noun says how people are grouped ("units", "teams", "network", "office"),
its modifiers whose they are: "gendarmerie units" and "special forces" are the state's
forces, "criminal networks" and "a cartel cell" an unidentified armed group, "the
provincial disaster office" the state. The words are in `data/collective_words.csv` (kinds
`force_collective`, `force_qualifier`, `crime_group`, `crime_qualifier`, `body_office`,
`body_level`); the noun read is one of `data/generic_actors.csv` whose template names the
category, so the country is read as for any generic noun.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.deed_words import CRIMES, STATE_FORCES, UNIDENTIFIED
from analysis.rules import of_kind

FORCE_COLLECTIVES = of_kind("collective_words", "word", "force_collective")
FORCE_QUALIFIERS = of_kind("collective_words", "word", "force_qualifier")
CRIME_GROUPS = of_kind("collective_words", "word", "crime_group")
CRIME_QUALIFIERS = of_kind("collective_words", "word", "crime_qualifier")
RIVAL_BANDS = of_kind("collective_words", "word", "rival_band")
RIVAL_QUALIFIERS = of_kind("collective_words", "word", "rival_qualifier")
BODY_OFFICES = of_kind("collective_words", "word", "body_office")
BODY_LEVELS = of_kind("collective_words", "word", "body_level")
# The generic nouns whose templates name each category (`data/generic_actors.csv`).
SECURITY_KEY, CRIME_KEY, STATE_KEY = "security forces", "gunmen", "administration"
# Where a local body acts or speaks ("the district office said", "according to the bureau"),
# not where something happens to its building ("gunmen attacked the district office").
_SPEAKING = frozenset({"nsubj"})
# A hired force is no state's ("private security teams"), and a unit against a crime is
# a force, not the crime ("anti-crime units").
MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_NOT_THE_STATE, _AGAINST = frozenset({"private", "company"}), ("anti-", "counter-")


def _modifiers(token: Token) -> list[Token]:
    """The words before a noun that qualify it, whatever their tag ("gendarmerie/ADJ units").

    Its modifiers, and the words that qualify them ("Border" of "Border guard units").
    """
    words = token.doc[token.left_edge.i : token.i]
    return [t for t in words if t.dep_ in MODIFIERS or t.head.i < token.i]


def _words(token: Token) -> set[str]:
    """A word and its hyphenated whole: "riot" and "anti-riot" of "anti - riot"."""
    doc, words = token.doc, {token.lower_}
    if token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        words.add(f"{doc[token.i - 2].lower_}-{token.lower_}")
    return words


def _force_key(token: Token, nouns: dict[str, tuple[str, str]]) -> str | None:
    """The state-force noun a modifier is, or names by a qualifier: "gendarmerie", "special"."""
    doc = token.doc
    pair = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
    for word in (pair, token.lower_, f"{token.lower_}s"):
        if nouns.get(word, ("",))[0] == STATE_FORCES:
            return word  # "border guard" of "border guard units": "border guards"
    if _words(token) & FORCE_QUALIFIERS:
        return SECURITY_KEY
    return None


def _crime(token: Token) -> bool:
    """Whether a modifier names a crime: "criminal", "cartel", "kidnapping", "drug-smuggling".

    A word of the table, or a noun in -ing whose stem is a crime of `data/crowd_verbs.csv`
    ("robbing", "extorting") or of the table ("smuggling" of "smuggle").
    """
    words = _words(token)
    if any(w.startswith(_AGAINST) for w in words):
        return False
    if words & CRIME_QUALIFIERS:
        return True
    stems = {w.rsplit("-", 1)[-1][:-3] for w in words if w.endswith("ing")}
    return any(s in CRIMES or f"{s}e" in CRIMES for s in stems)


def collective_key(token: Token, nouns: dict[str, tuple[str, str]], taken: set[int]) -> str | None:
    """The generic noun whose category a collective noun names by its modifiers, or None.

    "gendarmerie units", "Military patrols", "special forces", "anti-riot units": a force
    collective (or "forces") qualified by a state force or a force qualifier is that force
    ("units" of "gendarmerie units" reads as "gendarmerie"); "criminal networks", "a crime
    organisation", "drug-smuggling clans": a group qualified by a crime is an unidentified
    armed group, even where its noun has a category of its own ("clans"), and so is a
    "rival network" (kinds `rival_band`, `rival_qualifier`); "the provincial
    disaster office", "the regional communication bureau": an office of an administrative
    level is the state where it acts or speaks, not where something happens to it. A force
    only said to be in a state ("the military units are on high alert") does nothing.

    >>> from analysis.parse import load_nlp
    >>> nouns = {n: ("state_forces", "") for n in ("gendarmerie", "security forces")}
    >>> nouns |= {"gunmen": ("unidentified_armed_group", ""), "administration": ("state", "")}
    >>> doc = load_nlp()("Gendarmerie units and criminal networks clashed.")
    >>> collective_key(doc[1], nouns, set()), collective_key(doc[4], nouns, set())
    ('gendarmerie', 'gunmen')
    """
    word = token.lower_
    modifiers = _modifiers(token)
    if any(m.i in taken and _force_key(m, nouns) for m in modifiers):
        return None  # "police patrols": the police are already read
    if word in CRIME_GROUPS and any(_crime(m) for m in modifiers):
        return CRIME_KEY
    if word in RIVAL_BANDS and any(m.lower_ in RIVAL_QUALIFIERS for m in modifiers):
        return CRIME_KEY  # "a rival network was behind the shooting": a drug band
    if (
        word in FORCE_COLLECTIVES
        and not any(m.lower_ in _NOT_THE_STATE for m in modifiers)
        and _clause_verb(token).lemma_ != "be"  # "the military units are on high alert"
    ):  # fmt: skip
        keys = [k for m in modifiers if (k := _force_key(m, nouns)) is not None]
        if keys:
            return keys[-1]
    speaks = token.dep_ in _SPEAKING or _according_to(token)
    if word in BODY_OFFICES and speaks and any(m.lower_ in BODY_LEVELS for m in modifiers):
        return STATE_KEY
    return None


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a noun is in: "are" of "the border and the units are on alert"."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _according_to(token: Token) -> bool:
    """Whether a noun is what a figure is "according to" or "said by"."""
    head = token.head
    return token.dep_ == "pobj" and (
        (head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "according")
        or (head.lower_ == "by" and head.dep_ == "agent")
    )


LOYAL_STANCES = of_kind("collective_words", "word", "loyal_stance")
IRREGULAR_FORCES = of_kind("collective_words", "word", "irregular_force")
# The generic noun whose template names a pro-government militia (`data/generic_actors.csv`).
LOYALIST_KEY = "pro-government militia"


def key_by_stance(token: Token, key: str, nouns: dict[str, tuple[str, str]]) -> str:
    """A pro-government militia's key where "pro-" ties armed men to the state, else `key`.

    "Pro-government fighters", "pro-regime gunmen", "pro-government paramilitaries": armed
    men on the state's side, outside its forces (sets 17 and 18 code them as militia);
    "pro-government protesters" stay a crowd, "government troops" the state's forces.
    """
    kind = nouns.get(key, ("",))[0]
    if not (kind in (UNIDENTIFIED, "militia") or token.lower_ in IRREGULAR_FORCES):
        return key
    doc = token.doc
    stances = (
        t for t in _modifiers(token)
        if t.lower_ in LOYAL_STANCES and t.i > 1 and doc[t.i - 1].text == "-"
        and doc[t.i - 2].lower_ == "pro" and not doc[t.i - 2].whitespace_
    )  # fmt: skip
    return LOYALIST_KEY if LOYALIST_KEY in nouns and next(stances, None) else key


# Quotation marks around a group's name ("the 'kuluna' street gangs").
QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
# How many words a quoted name, and the lower-case words after it, may have.
QUOTED_WORDS, LOOSE_WORDS = 4, 2


def quoted_name_before(doc: Doc, end: int) -> Span | None:
    """The quoted name before a group's word and up to two lower-case words, or None.

    "the 'bébés noirs' youth gangs", "members of the 'kuluna' street gangs": a name in
    quotation marks, whatever its case, names the gang the word after it counts.

    >>> from spacy.lang.en import English
    >>> doc = Doc(English().vocab, words="the ' kuluna ' street gangs".split())
    >>> quoted_name_before(doc, 5).text
    'kuluna'
    """
    close = end
    while close > 0 and end - close < LOOSE_WORDS and doc[close - 1].is_lower:
        close -= 1
    if close == 0 or doc[close - 1].text not in QUOTES:
        return None
    start = close - 1
    while start > 0 and close - start <= QUOTED_WORDS and doc[start - 1].text not in QUOTES:
        start -= 1
    if start == 0 or doc[start - 1].text not in QUOTES or start == close - 1:
        return None
    words = doc[start : close - 1]
    return words if all(t.is_alpha and not t.is_stop for t in words) else None
