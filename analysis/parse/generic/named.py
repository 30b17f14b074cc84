"""Parties named by their words around a state or a person: "forces loyal to X", "the X front".

"Forces loyal to the Government of National Unity" are that government's military, the
party coders name "Military Forces of Libya", not the government itself. A guerrilla
structure named after a person ("the Carlos Patiño front") is an armed group of its own
name, though the model tags no entity there.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.collectives import quoted_name_before
from analysis.parse.generic.communities import fighting_communities as fighting_communities
from analysis.parse.generic.communities import victim_communities as victim_communities
from analysis.parse.generic.country import UNKNOWN_COUNTRY, sentence_of
from analysis.parse.generic.deeds import VIOLENT_VERBS, fighting
from analysis.parse.generic.forces import GROUP_TYPES, MILITARY, STATE_TYPES, UNIDENTIFIED
from analysis.parse.mentions import DETERMINERS, POSSESSIVES
from analysis.parse.places import is_place
from analysis.rules import flagged, mapping, packaged_rows

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
# Titles of a sitting head of state or government, as lower-case words ("prime minister").
HEAD_TITLES = tuple(tuple(r["word"].lower().split()) for r in _PARTY_WORDS if r["kind"] == "head")
# A criminal group's own word after its name ("the X gang", "the X cartel"): `party_words.csv`.
CRIMINAL_WORDS = frozenset(r["word"] for r in _PARTY_WORDS if r["kind"] == "criminal")
# Prepositions that make the name after them a place ("robberies in Likoni"):
# `locative_prepositions.csv`, strong ones.
PLACE_PREPOSITIONS = flagged("locative_prepositions", "preposition", "strong")
# A state unit's lower-case word after its name ("the X task force"): `party_words.csv`; so
# are a bloc's ("the Sadrist bloc"), a brotherhood's ("the X martial arts group": militia)
# and a rights centre's ("the X human rights centre": NGO). Words -> the name's type.
SUFFIX_TYPES = {"unit": "state_forces", "area_unit": "state_forces", "bloc": "political",
                "brotherhood": "militia", "rights_body": "ngo"}  # fmt: skip
SUFFIXES = {
    tuple(r["word"].split()): SUFFIX_TYPES[r["kind"]]
    for r in _PARTY_WORDS
    if r["kind"] in SUFFIX_TYPES
}
# A unit's word whose name is the area it polices ("the Ixelles police zone"): `party_words.csv`.
AREA_UNIT_WORDS = frozenset(r["word"] for r in _PARTY_WORDS if r["kind"] == "area_unit")
# Lower-case words inside a name ("Tren de Aragua", "Família do Norte"): `party_words.csv`.
NAME_JOINERS = frozenset(r["word"] for r in _PARTY_WORDS if r["kind"] == "joiner")
# Words of a rivalry ("a dispute between X and Y", "a feud with Y"): `party_words.csv`.
RIVALRY_WORDS = frozenset(r["word"] for r in _PARTY_WORDS if r["kind"] == "rivalry")
# A criminal word that names a political faction as often ("the party's reformist faction"):
# a group only in a story of violence.
FACTION = "faction"


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

    A "column" too (`organization_keywords.csv`); a person's tag on the name gives way, and
    a unit named for a person needs no deed ("police blamed the X column"). The name's words
    are proper nouns compounded on the word, not covered by another mention, not a demonym
    and not a place ("the Zaporizhzhia front" is a front line); the group kills, attacks or
    clashes (`fighting`), or its sentence tells of violence ("soldiers killed by the X
    front"): "the Gen Z movement marched" is no armed group. The type is the word's keyword
    type (a "militia" is a militia).
    """
    people = {i: s for s in spans if s.label_ == "person" for i in range(s.start, s.end)}
    taken = {i for span in spans for i in range(span.start, span.end)} - people.keys()
    found = []
    for token in doc:
        if token.lower_ not in GROUP_WORDS or not token.is_lower or token.i in taken:
            continue
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        named_for = any(t.ent_type_ == "PERSON" for c in names for t in c.subtree)
        if not (names and (named_for or fighting(token) or any(map(_violent, sentence_of(token))))):
            continue  # a unit named for a person needs no deed: "blamed the X column"
        start = min(c.left_edge.i for c in names)
        words = doc[start : token.i]
        if (
            any(t.i in taken or not t.is_title or t.text in demonyms for t in words)
            or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words)
            or is_place(words.text)
        ):
            continue
        if any(people[t.i].start < start or people[t.i].end > token.i for t in words
               if t.i in people):  # fmt: skip
            continue  # a person whose name runs on past the words
        name = doc[start : token.i + 1].text
        kind = GROUP_WORDS[token.lower_]
        found.append(Span(doc, start, token.i + 1, label=kind, kb_id=name, span_id=name))
        taken.update(range(start, token.i + 1))
    spans = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted([*spans, *found], key=lambda s: (s.start, s.end))


def _name_before(doc: Doc, end: int) -> int:
    """Where the capitalised name ending just before `end` begins ("Tren de Guayana").

    Capitalised or upper-case words (a sentence's first only if a proper noun), with
    lower-case joiners between two of them; an article ("The") is no part of it.
    """
    start = end
    while start > 0:
        word = doc[start - 1]
        named = (word.is_title or word.is_upper) and word.lower_ not in DETERMINERS
        if named and word.is_sent_start and word.pos_ != "PROPN":
            break  # "Rival gang members"
        joined = (
            word.lower_ in NAME_JOINERS
            and start < end
            and start > 1
            and (doc[start - 2].is_title or doc[start - 2].is_upper)
        )
        if not (named or joined):
            break
        start -= 1
    return start


def criminal_groups(
    doc: Doc, spans: list[Span], known: frozenset[str], nouns: dict[str, tuple[str, str]]
) -> list[Span]:
    """A name before a criminal group's word: "the Tren del Sur gang", "the X cartel".

    A gang, cartel or mafia named by its own words is an armed group of that name,
    whatever the model tagged its words (a person, an organisation, nothing); the bare
    word stays the unidentified group of `data/generic_actors.csv`. A "faction" is one
    in a sentence of violence or of armed men ("gunmen ... left the X faction"). A place
    before the word names the gang after "the" ("the George Street gang"), not after "a"
    ("a Kingston gang": some gang of the town) nor where the text has something happen in
    that place ("shot in Spanish Town by the Spanish Town gang"); a gazetteer actor keeps
    its reading. A quoted name of any case names the gangs too ("the 'kuluna' street gangs").
    """
    armed = {n for n, (kind, _) in nouns.items() if kind in GROUP_TYPES | {UNIDENTIFIED}}
    found = []
    for token in doc:
        named = token.text in CRIMINAL_WORDS and not token.is_lower  # "the Mongrel Mob"
        quoted = quoted_name_before(doc, token.i) if token.lemma_ in CRIMINAL_WORDS else None
        if (
            quoted is not None
            and token.lemma_ != FACTION
            and not any(
                s.kb_id_ in known and s.start < token.i and quoted.start < s.end for s in spans
            )
        ):  # "the 'kuluna' street gangs": the quoted name is the gang's, whatever its case
            found.append(Span(doc, quoted.start, token.i + 1, label="armed_group",
                              kb_id=quoted.text, span_id=quoted.text))  # fmt: skip
            continue
        unit, suffix_type = _suffix(token)  # "the Nemangkawi task force": a state's unit
        if not (named or unit) and (token.lower_ not in CRIMINAL_WORDS or not token.is_lower):
            continue
        first = token.i - max(unit - 1, 0)  # the suffix's first word
        last = _modifiers_before(doc, first)  # "the X famo gang"
        start = _name_before(doc, last)
        words = doc[start:last]
        area = doc[first : token.i + 1].text in AREA_UNIT_WORDS  # a town's police
        if last < first and _a_place_elsewhere(doc, words) and not area:
            continue  # "Likoni machete gang attacks ... robberies in Likoni": the place's gang
        # "a Kingston gang" is some gang of the town, "the Brooklyn gang" the one named so,
        # unless the text puts something "in Brooklyn": the place's gang
        named_for = (
            start > 0
            and doc[start - 1].lower_ == "the"
            and (named or not unit)
            and not _a_place_elsewhere(doc, words)
        )
        if (
            not words
            or words[-1].lower_ in NAME_JOINERS
            or (is_place(words.text) and not area and not named_for)
        ):
            continue
        if any(t.is_punct for t in words):  # the model's "place" tag is no test: "the X
            continue  # cartel" is often one, and a known place ends the rule above
        if any(s.kb_id_ in known and s.start < token.i and start < s.end for s in spans):
            continue
        if token.lower_ == FACTION and not any(
            _violent(t) or t.lower_ in armed for t in sentence_of(token)
        ):
            continue
        name = doc[start : token.i + 1].text if named or unit else words.text
        label = suffix_type if unit else "armed_group"
        found.append(Span(doc, start, token.i + 1, label=label, kb_id=name, span_id=name))
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def _suffix(token: Token) -> tuple[int, str]:
    """The length of a unit's, bloc's or brotherhood's word ending at `token`, and its type.

    "task force" (2, state_forces), "martial arts group" (3, militia), "bloc" (1, political):
    the type the name before the word gets.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> _suffix(Doc(Vocab(), words="the X task force".split())[3])
    (2, 'state_forces')
    """
    doc, i = token.doc, token.i
    for n in (3, 2, 1):
        words = tuple(t.text for t in doc[max(i - n + 1, 0) : i + 1])
        if len(words) == n and words in SUFFIXES:
            return n, SUFFIXES[words]
    return 0, ""


def _a_place_elsewhere(doc: Doc, words: Span) -> bool:
    """Whether a name stands after a place's preposition elsewhere ("in Likoni")."""
    n = len(words)
    return bool(words) and any(
        doc[i : i + n].text == words.text and doc[i - 1].lower_ in PLACE_PREPOSITIONS
        for i in range(1, len(doc) - n + 1)
        if i != words.start
    )


def _modifiers_before(doc: Doc, end: int) -> int:
    """Where up to two lower-case words before a group's word begin ("X famo gang").

    Only words between a capitalised name and the group's word: "the Zemene famo gang",
    not "a rival gang".
    """
    start = end
    while (
        end - start < 2 and start > 1 and doc[start - 1].is_lower and doc[start - 1].is_alpha
        and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN")
    ):  # fmt: skip
        start -= 1
    named = start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper)
    return start if named and doc[start - 1].lower_ not in DETERMINERS else end


def _name_after(doc: Doc, start: int) -> int:
    """Where the capitalised name beginning at `start` (after an article) ends."""
    end = start
    while end < len(doc) and (
        ((doc[end].is_title or doc[end].is_upper) and doc[end].lower_ not in DETERMINERS)
        or (doc[end].lower_ in NAME_JOINERS and end > start and end + 1 < len(doc)
            and (doc[end + 1].is_title or doc[end + 1].is_upper))
    ):  # fmt: skip
        end += 1
    return end


def _names_from(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The names at `i` and after an "and": "the X and the Y" (articles left out)."""
    names = []
    while i < len(doc):
        i += doc[i].lower_ in DETERMINERS
        end = _name_after(doc, i)
        if end == i:
            break
        names.append((i, end))
        if end >= len(doc) or doc[end].lower_ != "and":
            break
        i = end + 1
    return names


def _sides(word: Token) -> list[tuple[int, int]]:
    """The named parties of a rivalry noun, as (start, end) of their words.

    "a dispute between X and Y", "a feud with Y", and the doer of the verb the rivalry
    explains: "ordered by X in a dispute with Y".
    """
    doc = word.doc
    after = doc[word.i + 1].lower_ if word.i + 1 < len(doc) else ""
    sides = _names_from(doc, word.i + 2) if after in ("between", "with") else []
    verb = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "in" else None
    doers = [g for c in (verb.children if verb is not None else ()) if c.dep_ == "agent"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return sides + [name for d in doers for name in _names_from(doc, d.left_edge.i)[:1]]


def rival_groups(doc: Doc, spans: list[Span], nouns: dict[str, tuple[str, str]]) -> list[Span]:
    """An unknown name on the other side of an armed group's rivalry is an armed group.

    "a dispute between Los Halcones and the Sinaloa Cartel", "ordered by Los Lobos in a
    feud with the Sur Killers": a party that has a dispute, feud or war with a named
    armed group is one, whatever the model tagged its name (a person, nothing), in a
    sentence of violence or of armed men. The name is capitalised words (with joiners
    such as "de"), not a place and not another actor than a person or an untyped
    organisation. In an article that speaks of gangs or cartels, both sides of the feud
    may be unknown names ("tension between the Mongrel Mob and Black Power").
    """
    armed = {n for n, (kind, _) in nouns.items() if kind in GROUP_TYPES | {UNIDENTIFIED}}
    groups = {i for s in spans if s.label_ == "armed_group" for i in range(s.start, s.end)}
    gangs = any(
        (t.is_lower and t.lemma_.lower() in CRIMINAL_WORDS - {FACTION})
        or (t.text in CRIMINAL_WORDS and not t.is_lower)
        for t in doc
    )
    other = {i for s in spans if s.label_ not in ("person", "other") for i in range(s.start, s.end)}
    found = []
    for word in doc:
        if word.lemma_.lower() not in RIVALRY_WORDS or word.pos_ != "NOUN":
            continue
        sides = _sides(word)
        if not gangs and not any(i in groups for start, end in sides for i in range(start, end)):
            continue  # in a story of gangs, the sides of a feud are gangs though none is known
        if not any(_violent(t) or _violent_deed(t) or t.lower_ in armed for t in sentence_of(word)):
            continue  # "a land dispute between a farmer and the X"
        for start, end in sides:
            words = doc[start:end]
            if any(t.i in other for t in words) or is_place(words.text):
                continue
            name = words.text
            found.append(Span(doc, start, end, label="armed_group", kb_id=name, span_id=name))
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def _violent_deed(token: Token) -> bool:
    """Whether a noun names a deed of violence by its verb: "the killings", "a shooting"."""
    return token.pos_ == "NOUN" and token.lemma_.lower().removesuffix("ing") in VIOLENT_VERBS


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
