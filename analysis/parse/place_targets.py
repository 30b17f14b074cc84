"""Places that an event or a restriction falls on, and lands that own their produce.

An unknown name after "at"/"on" of a killing or an attack is the village where it happened
(`where_an_event_happened`), and a name a curfew or a lockdown is imposed on is the town
it shuts (`under_a_restriction`): a curfew confines a place, never a person or a group.
A land that owns what it grows, mines or trades ("much of Haiti's rice") is where it
grows, not its state (`owns_its_produce`). The words are in `data/place_words.csv`, kinds
`restriction` and `produce`.

Split from `analysis.parse.context` (one module per concern, each under 400 lines).
"""

from spacy.tokens import Doc, Token

from analysis.parse.place_clues import (
    SCENE_VERBS,
    VIOLENCE_WORDS,
    over_modifiers,
    span_root,
)  # fmt: skip
from analysis.rules import of_kind

# "a curfew on X", "a lockdown on X": what they shut is a place (`data/place_words.csv`); a
# siege or a blockade may close in on a party ("a siege on Hamas"), and is not one of them.
RESTRICTIONS = of_kind("place_words", "word", "restriction")
# The prepositions a restriction takes its place with ("the curfew in X" is any place's).
RESTRICTED_BY = frozenset({"on", "of", "over"})

# What a land grows, mines or trades, and its harvest, fields and mines ("Haiti's rice",
# "Ghana's cocoa", "Congo's coltan trade"): `data/place_words.csv`, kind `produce`.
PRODUCE = of_kind("place_words", "word", "produce")
# Event words whose "at"/"on" names a target rather than a place ("fired at", "strike on").
_AIMED = frozenset({"fire", "shoot", "target", "hit", "strike"})


def where_an_event_happened(doc: Doc, start: int) -> bool:
    """Whether an unknown name follows "at"/"on" of a killing or an attack: a place.

    "killed the pastor at Dogon Noma", "the raid on Ngarbuh": the village where it
    happened ("a raid on nearby Kolofata" over its adjective); "fired at" and "a strike
    on" name what was aimed at, and stay. A headline that ends in "at X" after any word but
    one of aim ("Man dies after fight over land at Falealupo") tells where: it names
    people by their deed ("Gunmen shoot at X", "Minister hits back at X" stay).
    """
    start = over_modifiers(doc, start)
    before = doc[start - 1] if start else None
    if before is None or before.lower_ not in ("at", "on"):
        return False
    if before.lower_ == "at" and _ends_the_headline(doc, start) and not _aimed(before.head):
        return True  # "Man dies after machete fight over land at Falealupo"
    head = before.head  # "killed a farmer at X": "at" may hang on the victim noun
    heads = {head, head.head} if head.dep_ in ("dobj", "nsubjpass", "xcomp") else {head}
    events = (VIOLENCE_WORDS | SCENE_VERBS) - _AIMED  # "the shooting on X", "found dumped at X"
    return head.i != before.i and any(h.lemma_.lower() in events for h in heads)


def _ends_the_headline(doc: Doc, start: int) -> bool:
    """Whether the capitalised name at `start` ends the text's first line (its headline)."""
    if "\n" in doc[:start].text:
        return False
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and "\n" not in doc[end].text:
        end += 1
    return end > start and (end == len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text)


def _aimed(head: Token) -> bool:
    """Whether "at" follows a word of aim: "fired at", "hits back at", "angry at"."""
    return (
        head.lemma_.lower() in _AIMED
        or head.pos_ == "ADJ"
        or any(c.dep_ == "prt" for c in head.children)
    )


def under_a_restriction(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is what a curfew or a lockdown shuts: a place.

    "imposed a curfew on Janakpurdham", "a curfew was imposed on Luganville", "lifted the
    lockdown on X" (a list's later names too; "on" may hang on the verb that imposes or
    lifts it); "a curfew on the protesters" names people in lower case, and a proper name
    is asked only.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Authorities imposed a curfew on Kapilvastu after the clash.")
    >>> under_a_restriction(doc, 5, 6)
    True
    """
    root = span_root(doc, start, end)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the blockade of X and Y"
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in RESTRICTED_BY or root.pos_ != "PROPN":
        return False
    head = preposition.head  # "imposed a curfew on X": "on" may hang on the verb
    nouns = [head] + [c for c in head.children
                      if c.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"]  # fmt: skip
    return any(n.i < preposition.i and n.lemma_.lower() in RESTRICTIONS for n in nouns)


def owns_its_produce(root: Token) -> bool:
    """Whether a name owns what its land grows, mines or trades: "much of Haiti's rice".

    "Ghana's cocoa", "Syria's grain reserves", "Congo's coltan trade": the land where it
    grows, not its state. An office or a body named by its produce ("Nigeria's oil minister
    said", "Ghana's Cocoa Board") is the state's: only the head noun is read.

    >>> from analysis.parse import load_nlp
    >>> doc = load_nlp()("Gangs cut the roads that bring Haiti's charcoal to the capital.")
    >>> owns_its_produce(doc[6])
    True
    >>> doc = load_nlp()("Nigeria's oil minister said the pipeline was repaired.")
    >>> owns_its_produce(doc[0])
    False
    """
    head = root.head
    return (
        root.dep_ == "poss"
        and head.i > root.i
        and head.pos_ == "NOUN"
        and bool({head.lower_, head.lemma_.lower()} & PRODUCE)
    )
