"""Peoples whose young or armed men fight: "clashes between Nuer and Dinka youths".

Coders name each people's armed young men its militia ("Nuer Ethnic Militia"), one
actor per people named before "youths", when they fight: "fighting between armed X and
Y youths", "X and Y youths clashed". The names are capitalised words before the noun,
joined by "and" or commas; a country's demonym ("Ghanaian youths") is no people's name,
and a known place is none either, unless the gazetteer holds the militia of a people
named with it ("Konkomba and Chamba youths": Chamba is a town in India, too). The same
holds for a people's gunmen and clans ("Druze gunmen", "the Yambali and Sakalin clans":
`data/crowd_verbs.csv`, kind `people_arms`), whose noun alone would be an unidentified
armed group or a nameless communal militia. A party's young men who fight ("ZANU-PF
youths armed with sticks attacked") are its militia, as coders type a party's youth
wing (`data/party_words.csv`, kind `party_youth`).
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.country import sentence_of
from analysis.parse.generic.deeds import CLASH_VERBS, FIGHTING_PEOPLE, VIOLENT_VERBS
from analysis.parse.places import is_place
from analysis.rules import of_kind

LINKS = frozenset({"and", ","})
# How coders name a people's militia, and the gazetteer's militias of peoples end.
ETHNIC = "Ethnic Militia"
# What the noun alone made of the young men, which their fight overrules.
CROWDS = frozenset({"civilians", "rioters", "protesters", "unidentified_armed_group"})
# A people's armed men and clans ("Druze gunmen", "Yambali and Sakalin clans").
PEOPLE_ARMS = of_kind("crowd_verbs", "verb", "people_arms")
FIGHTERS = FIGHTING_PEOPLE | PEOPLE_ARMS
# A party's young men ("youths", "thugs") and the nouns that tell a fight ("gunfire").
PARTY_YOUTHS = of_kind("party_words", "word", "party_youth")
FIGHT_NOUNS = frozenset(of_kind("party_words", "word", "fight_noun"))


def _a_name(token: Token) -> bool:
    """Whether a capitalised word can be a people's name: "Druze", "Nuer"; not "Two", "Angry".

    A number, or an adjective the model tags as no people, is none ("Three gunmen opened
    fire", "Angry youths" after a dateline); a text's first word is a name only when the
    model tags it as one ("Druze gunmen attacked").
    """
    if token.like_num or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    if token.pos_ == "ADJ" and token.ent_type_ not in ("NORP", "GPE"):
        return False
    return not token.is_sent_start or token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "GPE")


def _names_before(token: Token, demonyms: dict[str, str], known: frozenset[str]) -> list[Token]:
    """The peoples' names just before a "youths" noun: "Nuer and Dinka youths"."""
    doc, names, i = token.doc, [], token.i - 1
    while i >= 0 and (doc[i].lower_ in LINKS or (doc[i].is_title and _a_name(doc[i]))):
        if doc[i].lower_ not in LINKS:
            names.append(doc[i])
        i -= 1
    people = any(f"{n.text} {ETHNIC}" in known for n in names)  # a people the gazetteer has
    if any(n.text in demonyms or (is_place(n.text) and not people) for n in names):
        return []  # the model's place tag is no test: it gives it to most peoples' names
    return sorted(names, key=lambda t: t.i)


def _in_a_fight(token: Token) -> bool:
    """Whether the sentence tells of fighting or killing ("clashes", "fighting", "killed")."""
    sentence = sentence_of(token)
    return any(
        t.lemma_.lower() in CLASH_VERBS | VIOLENT_VERBS or t.lower_ in CLASH_VERBS | FIGHT_NOUNS
        for t in sentence
    ) or any(sentence[i : i + 3].text.lower() in FIGHT_NOUNS for i in range(len(sentence)))


def fighting_peoples(
    doc: Doc, spans: list[Span], demonyms: dict[str, str], known: frozenset[str]
) -> list[Span]:
    """One militia per people named before "youths" that fight (see the module docstring)."""
    taken = {i for s in spans if s.label_ not in ("person", "other") for i in range(s.start, s.end)}
    found, fighters = [], set()
    for token in doc:
        if token.lower_ not in FIGHTERS or not _in_a_fight(token):
            continue
        names = _names_before(token, demonyms, known)
        fighters.update([token.i] if names else [])
        for name in names:
            if name.i in taken:
                continue
            actor = f"{name.text} {ETHNIC}"
            found.append(Span(doc, name.i, name.i + 1, label="militia", kb_id=actor, span_id=actor))
    kept = [
        _as_militia(s) if s.end - 1 in fighters and s.label_ in CROWDS else s
        for s in spans
        if not any(s.start < f.end and f.start < s.end for f in found)
    ]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def _as_militia(span: Span) -> Span:
    """The peoples' "youths" themselves: their communal militia, of the span's country."""
    country = span.kb_id_[span.kb_id_.find("(") :] if "(" in span.kb_id_ else ""
    name = f"Communal Militia {country}".strip()
    return Span(span.doc, span.start, span.end, label="militia", kb_id=name, span_id=name)


def party_youths(doc: Doc, spans: list[Span]) -> list[Span]:
    """A party's young men who fight are its militia: "ZANU-PF youths armed with sticks attacked".

    The party's name and the noun after it ("youths", "thugs") are one militia, where the
    sentence tells of a fight; "youth" before another noun only qualifies it ("a CHADEMA
    youth organiser").
    """
    found = []
    for span in spans:
        nxt = doc[span.end] if span.label_ == "political" and span.end < len(doc) else None
        if nxt is None or nxt.lower_ not in PARTY_YOUTHS or not _in_a_fight(nxt):
            continue
        if span.end + 1 < len(doc) and doc[span.end + 1].pos_ in ("NOUN", "PROPN"):
            continue
        name = f"{span.kb_id_ or span.text} Youth Militia"
        found.append(Span(doc, span.start, span.end + 1, label="militia", kb_id=name,
                          span_id=name))  # fmt: skip
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))
