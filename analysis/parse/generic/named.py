"""Parties named by their words around a state or a person: "forces loyal to X", "the X front".

"Forces loyal to the Government of National Unity" are that government's military, the
party coders name "Military Forces of Libya", not the government itself. A guerrilla
structure named after a person ("the Carlos Patiño front") is an armed group of its own
name, though the model tags no entity there.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.country import UNKNOWN_COUNTRY, sentence_of
from analysis.parse.generic.deeds import VIOLENT_VERBS, fighting
from analysis.parse.generic.forces import GROUP_TYPES, MILITARY, STATE_TYPES
from analysis.parse.mentions import POSSESSIVES
from analysis.parse.places import is_place
from analysis.rules import mapping, packaged_rows

# Lower-case words that end a group's own name ("front", "brigade"): the armed group's
# single-word organisation keywords.
GROUP_WORDS = {
    keyword.lower(): kind
    for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind in GROUP_TYPES and " " not in keyword
}

_PARTY_WORDS = packaged_rows("party_words")
# Words that name an armed group's part ("affiliate", "province", "wing"): `party_words.csv`.
AFFILIATE_WORDS = frozenset(r["word"] for r in _PARTY_WORDS if r["kind"] == "affiliate")
# Words for a community its name goes before ("the X clan"): `party_words.csv`.
COMMUNITY_WORDS = frozenset(r["word"] for r in _PARTY_WORDS if r["kind"] == "community")
# Titles of a sitting head of state or government, as lower-case words ("prime minister").
HEAD_TITLES = tuple(tuple(r["word"].lower().split()) for r in _PARTY_WORDS if r["kind"] == "head")


def _holds_power(doc: Doc, span: Span) -> bool:
    """Whether a person is named with a head of state's title ("President Salva Kiir")."""
    return any(
        tuple(t.lower_ for t in doc[max(span.start - len(title), 0) : span.start]) == title
        for title in HEAD_TITLES
    )


def forces_loyal_to_states(
    spans: list[Span],
    nouns: dict[str, tuple[str, str]],
    state_countries: dict[str, str],
    country: str = UNKNOWN_COUNTRY,
) -> list[Span]:
    """A state followed by "to" after an adjective on a force noun is the force's owner.

    "Forces loyal to the Government of National Unity", "troops allied to Kyiv": the
    span runs from the force noun to the state's end, as that country's military (its
    police when the noun is a police noun). Forces loyal to a sitting head of state or
    government ("forces loyal to President Kiir") are the military of the article's
    `country`, and the leader stays a person; forces loyal to anyone else (a warlord, a
    rebel leader: "forces loyal to Khalifa Haftar") are an armed group of their own,
    "Forces of X" as UCDP names such factions.
    """
    result = list(spans)
    for span in spans:
        root = span.root
        if span.label_ not in ("state", "person") or root.dep_ != "pobj":
            continue
        if root.head.lower_ != "to":
            continue
        adjective = root.head.head
        force = adjective.head
        kind, template = nouns.get(force.lower_, ("", MILITARY))
        if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or force.i > adjective.i:
            continue
        if force.lower_ != "forces" and kind not in STATE_TYPES:
            continue
        owner = country if span.label_ == "person" else span.kb_id_
        name = template.format(country=state_countries.get(owner, owner))
        end = force.i + 1 if span.label_ == "person" else span.end  # the leader stays a person
        kind = "state_forces"
        if span.label_ == "person" and not _holds_power(span.doc, span):
            name, kind = f"Forces of {span.kb_id_}", "armed_group"
        whole = Span(span.doc, force.i, end, label=kind, kb_id=name, span_id=name)
        result = [s for s in result if not (s.start < whole.end and whole.start < s.end)]
        result.append(whole)
    return sorted(result, key=lambda s: (s.start, s.end))


def person_named_groups(doc: Doc, spans: list[Span], demonyms: dict[str, str]) -> list[Span]:
    """A lower-case group word after a name, doing violence: "the Carlos Patiño front attacked".

    The name's words are proper nouns compounded on the word, not covered by another
    mention, not a demonym and not a place ("the Zaporizhzhia front" is a front line);
    the group kills, attacks or clashes (`fighting`), or its sentence tells of violence
    ("soldiers killed by the X front"): "the Gen Z movement marched" is no armed group.
    The type is the word's keyword type (a "militia" is a militia).
    """
    taken = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for token in doc:
        if token.lower_ not in GROUP_WORDS or not token.is_lower or token.i in taken:
            continue
        if not (fighting(token) or any(_violent(t) for t in sentence_of(token))):
            continue
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            continue
        start = min(c.left_edge.i for c in names)
        words = doc[start : token.i]
        if (
            any(t.i in taken or not t.is_title or t.text in demonyms for t in words)
            or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words)
            or is_place(words.text)
        ):
            continue
        name = doc[start : token.i + 1].text
        kind = GROUP_WORDS[token.lower_]
        found.append(Span(doc, start, token.i + 1, label=kind, kb_id=name, span_id=name))
        taken.update(range(start, token.i + 1))
    return sorted([*spans, *found], key=lambda s: (s.start, s.end))


def _violent(token: Token) -> bool:
    """Whether a word is a verb or noun of violence ("killed", "attack", "clashes")."""
    return token.lemma_.lower() in VIOLENT_VERBS or token.lower_ in VIOLENT_VERBS


def affiliates(doc: Doc, spans: list[Span], known: frozenset[str]) -> list[Span]:
    """An armed group's named part: "the Islamic State's Sinai affiliate", "its Pakistan province".

    The name between the group's possessive and a part word of `party_words.csv` is no
    person and no place of its own: with the word, it is an armed group, the gazetteer's
    "<group> <name> Province" where there is one ("Islamic State Sinai Province").
    """
    groups = {i: s for s in spans if s.label_ == "armed_group" for i in range(s.start, s.end)}
    found = []
    for token in doc:
        if token.lower_ not in AFFILIATE_WORDS or not token.is_lower:
            continue
        owner = next((groups[c.i] for c in token.lefts if c.dep_ == "poss" and c.i in groups), None)
        if owner is None:
            continue
        start = owner.end + (1 if doc[owner.end].lower_ in POSSESSIVES else 0)
        words = doc[start : token.i]
        if not words or not all(t.is_title or t.is_upper for t in words):
            continue
        name = f"{owner.kb_id_} {words.text} Province"
        name = name if name in known else f"{owner.kb_id_} {words.text} {token.text.title()}"
        found.append(Span(doc, start, token.i + 1, label="armed_group", kb_id=name, span_id=name))
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def fighting_communities(doc: Doc, spans: list[Span], country: str) -> list[Span]:
    """A named clan, tribe or community that fights: "members of the Dhulbahante clan clashed".

    Coders name a community's armed men "<Name> Clan Militia" or "<Name> Ethnic Militia";
    the model often tags the name as a person. Only a community that kills, attacks or
    clashes (`fighting`, also through "members of") is a militia; its name is proper nouns
    or a people just before the word, not a place, and no other actor but a person holds it.
    A community tagged as a person that does not fight ("members of the X clan were
    killed") is civilians of the article's `country`.
    """
    found = []
    for token in doc:
        if token.lower_ not in COMMUNITY_WORDS or not token.is_lower:
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].is_title
            and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ == "NORP")
        ):
            start -= 1
        words = doc[start : token.i]
        clash = [s for s in spans if s.start < token.i + 1 and start < s.end]
        if not words or is_place(words.text) or any(s.label_ != "person" for s in clash):
            continue
        if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words):
            continue
        # "the X clan militia clashed": the clan's word on the fighting noun
        if fighting(token) or (token.dep_ == "compound" and fighting(token.head)):
            kind = "Clan" if "clan" in token.lower_ else "Ethnic"
            name, label = f"{words.text} {kind} Militia", "militia"
        elif clash:  # "members of the X clan were killed": the community's people, civilians
            name, label = f"Civilians ({country})", "civilians"
        else:
            continue  # "the Yelwata community" is as often a village as a people
        end = token.head.i + 1 if token.dep_ == "compound" and token.head.i > token.i else token.i
        end = max(end, token.i + 1)
        found.append(Span(doc, start, end, label=label, kb_id=name, span_id=name))
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def victim_communities(spans: list[Span], country: str) -> list[Span]:
    """A people's bare name the gazetteer reads as its militia, as the victims: civilians.

    "Gunmen killed nine Fulani", "the Hema were attacked": the people violence is done to,
    not the community's militia; coders name them "Civilians (X)". A name that says
    "militia" stays the militia, and so does a people that fights.
    """
    result = []
    for span in spans:
        root = span.root
        against = root.dep_ == "pobj" and root.head.lower_ == "against"  # "attacks against X"
        head = root.head.head if against else root.head
        victim = root.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in VIOLENT_VERBS
        if (
            span.label_ == "militia"
            and victim
            and not fighting(root)
            and all(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in span)
            and "milit" not in span.text.lower()
        ):
            name = f"Civilians ({country})"
            span = Span(span.doc, span.start, span.end, label="civilians", kb_id=name, span_id=name)
        result.append(span)
    return result
