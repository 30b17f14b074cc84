"""Generic nouns as actors: "gunmen", "villagers", "the army" as a category per country.

A noun from `data/generic_actors.csv` that no other actor mention covers becomes such an
actor; the span takes its adjective and compound modifiers ("unidentified gunmen", "Arab
militias"). An unnamed "fighters" or "militants" that belongs to a named group (by a
modifier, "of"/"from", the only group of its sentence, or "the militants" just after one)
is that group.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.context import DIRECTIONS, EVENT_WORDS, PLACE_HEADS
from analysis.parse.generic.collectives import CRIME_GROUPS, collective_key, key_by_stance
from analysis.parse.generic.country import ANAPHORIC, sentence_country, sentence_of, state_before
from analysis.parse.generic.crowds import same_crowd
from analysis.parse.generic.deeds import (
    CIVILIANS,
    FIGHTING_PEOPLE,
    OWNER_PREPOSITIONS,
    PROTESTERS,
    RIOTERS,
    VIOLENT_VERBS,
    by_deed,
    crowd_deed,
)  # fmt: skip
from analysis.parse.generic.doers import deed_doers, key_by_deed
from analysis.parse.generic.forces import STATE_TYPES, UNIDENTIFIED, joins_a_force
from analysis.parse.generic.headlines import force_event, headline_deed, headline_force
from analysis.parse.generic.links import linked_group
from analysis.parse.places import ADMIN_WORDS, HYPHENS, place_country
from analysis.rules import title_words

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
# A crowd that follows a party or a leader ("supporters of X") is typed by its deeds, not
# owned by whom it follows.
CROWD_TYPES = frozenset({PROTESTERS, RIOTERS})
# Officials' titles (`data/titles.csv`): "the police spokesman" speaks for the police.
TITLES = title_words()


def _kind(token: Token, nouns: dict[str, tuple[str, str]]) -> str:
    """The generic type of a word, also of a plural noun's singular ("rebel" of "rebels")."""
    return nouns.get(token.lower_, nouns.get(f"{token.lower_}s", ("",)))[0]


def _speaks_for(token: Token, nouns: dict[str, tuple[str, str]]) -> Token | None:
    """The party an official's title speaks for, when it is another's ("police spokesman").

    A title of the state ("spokesman", "commissioner") qualified by the noun of another
    party ("the police spokesman", "an army spokesman", "a spokesman for the rebels") is
    that party's voice: coders name the party, not a government. None for the state's own
    officials ("a provincial spokesman", "the government spokesman", "the mayor").
    """
    if token.lower_ not in TITLES or nouns.get(token.lower_, ("",))[0] != "state":
        return None
    owners = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    owners += [g for c in token.rights if c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return next((o for o in owners if _kind(o, nouns) not in ("", "state")
                 or (o.dep_ == "pobj" and o.ent_type_ in ("ORG", "NORP"))), None)  # fmt: skip


def violent_asset(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a force noun names whose post or weapon does or suffers the violence.

    "JNIM overran an army post", "gunmen fired on the police station", "a military jet
    struck the market": the army, the police, the military are a party to the attack.
    The post or weapon is the object of an active verb of violence (or of "on", "at",
    "against" after one) or its subject; "taken to a police station", "near an army
    base" and a passive "a police station was hit" name a place only, and "artillery fire
    killed 12" names the weapon's fire, not whose it was (both sides of a war shell).
    """
    head = token.head
    if (
        token.dep_ not in ("compound", "amod")
        or head.i <= token.i
        or head.pos_ not in ("NOUN", "PROPN")
        or head.lemma_.lower() in EVENT_WORDS  # "artillery fire killed": no owner named
        or nouns.get(token.lower_, ("",))[0] not in STATE_TYPES
    ):
        return False
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head  # "attacked two churches, a synagogue and a police post"
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "at", "against", "to"):
        head = head.head  # "set fire to a police station"
    verb = head.head
    return (
        head.dep_ in ("dobj", "nsubj", "prep")
        and verb.pos_ == "VERB"
        and (verb.lemma_.lower() in VIOLENT_VERBS or crowd_deed(verb))  # "a mob burned"
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    )


def _modifies_another(doc: Doc, token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether the noun only names a place or another party ("police station", "army base").

    A force that qualifies what it does or has ("a police patrol", "army positions",
    "gendarmerie recruits") is still that force: coders name it as the party.
    """
    before = doc[token.i - 1] if token.i else None
    if (
        token.lower_ in ADMIN_WORDS
        and before is not None
        and before.pos_ == "PROPN"
        and not before.is_lower
    ):
        return True  # "the Bouches-du-Rhône department" is an area, not a state body
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return False
    if f"{token.lower_} {following.lower_}" in nouns:
        return True  # "police officers": the pair is read at its second word
    if token.dep_ != "compound" or token.head.i <= token.i:
        return False
    head = token.head
    if head.ent_type_ == "PERSON":
        return True  # a title: "Defense Minister Thabet al-Abbasi" is the person
    if _speaks_for(head, nouns) == token:
        return False  # "police spokesman": the police are the party
    if violent_asset(token, nouns) or headline_force(token, nouns) or force_event(token, nouns):
        return False  # "overran an army post", "police storm campus", "a police raid": a party
    if headline_deed(token, nouns) is not None:
        return False  # "Youths torch police post": the youths are a party
    words = {head.lower_, head.lemma_.lower()}
    # "army base", "government troops", "artillery fire": a place, another party, an event
    return bool(words & (PLACE_HEADS | EVENT_WORDS | nouns.keys()))


def _not_of_the_name(token: Token, demonyms: dict[str, str]) -> bool:
    """Whether a leading word stays out of a category's span: articles, numbers, places.

    "the North-West regional delegate" is the delegate, and "North-West" is where, as the
    whole "Novi Sad" of "Novi Sad protest" is; a demonym ("Nigerian troops") or an
    adjective ("unidentified gunmen") stays.
    """
    if token.pos_ in ("DET", "NUM", "PUNCT") or token.lower_ in DIRECTIONS:
        return True
    if (
        token.i
        and token.doc[token.i - 1].text in HYPHENS
        and not token.doc[token.i - 1].whitespace_
    ):
        return True  # "based" of "the Bamako-based junta"
    named = token.pos_ == "PROPN" and (token.is_title or token.is_upper)
    before = token.doc[token.i - 1] if token.i else None
    # "Novi Sad protest": a title-case word after a proper name ends that name ("Sad"), a
    # place's or a person's, whatever its tag
    named = named or (
        token.is_title and before is not None and before.pos_ == "PROPN" and before.is_title
    )
    return named and token.text not in demonyms and token.ent_type_ != "NORP"


def generic_word(doc: Doc, span: Span, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether an entity is a generic noun, or the first word of a generic pair."""
    text = span.text.lower()
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    return text in nouns or f"{text} {following}" in nouns


def owns_a_force(doc: Doc, span: Span, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether an unknown name qualifies a state-force noun just after it ("Gauteng police")."""
    following = doc[span.end] if span.end < len(doc) else None
    return (
        following is not None
        and not span.text.isupper()  # "SNA soldiers": a named force's acronym
        and following.is_lower
        and nouns.get(following.lower_, ("",))[0] in STATE_TYPES
    )


def _as_a_noun(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether a word of the table the tagger read as another part of speech stands as a noun.

    "Two mataqali quarrelled": a borrowed word tagged as an adjective, the verb's subject.
    """
    return token.lower_ in nouns and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _by_collective(
    token: Token, key: str, nouns: dict[str, tuple[str, str]], taken: set[int]
) -> str:
    """The key a collective noun's modifiers give it: where the table has none, or a crime.

    "gendarmerie units", "the provincial disaster office", "drug-smuggling clans" (not the
    communal militia "clans" names alone): `collectives.collective_key`.
    """
    if key in nouns and token.lower_ not in CRIME_GROUPS:
        return key
    return collective_key(token, nouns, taken) or key


def _in_hyphenated(token: Token) -> bool:
    """Whether the word is the second half of a hyphenated word ("Anti-Gang")."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text in HYPHENS and not before.whitespace_


def _hyphenated_noun(token: Token, nouns: dict[str, tuple[str, str]]) -> str:
    """A hyphenated noun of the table the word ends ("sub-prefect", "vice-governor"), or ""."""
    if not _in_hyphenated(token) or token.i < 2:
        return ""
    word = f"{token.doc[token.i - 2].lower_}-{token.lower_}"
    return word if word in nouns and not token.doc[token.i - 2].whitespace_ else ""


def _after_a_conjunct(token: Token, prep: Token) -> bool:
    """Whether an "of" the parser hung on a noun follows another noun joined to it.

    In "police and supporters of the Awami League" the party owns the supporters only:
    no party owns a state's force. "Fighters and commanders of the RSF" are both the RSF's.
    """
    return any(c.dep_ == "conj" and c.i < prep.i for c in token.children)


def _apart(token: Token, actors: frozenset[int]) -> bool:
    """Punctuation that parts an owner from its noun; not a name's own or a bracketed acronym's."""
    return token.is_punct and token.i not in actors and not token.is_bracket


def _owner_follows(doc: Doc, token: Token, actors: frozenset[int]) -> bool:
    """Whether a named party follows "of"/"from" ("fighters from HTS"), however parsed."""
    nxt = token.i + 1
    return nxt + 1 < len(doc) and doc[nxt].lower_ in OWNER_PREPOSITIONS and nxt + 1 in actors


def _office_place(token: Token, actor_type: str) -> str | None:
    """The country of the place a state's office is of or in: "the governor of Kharkiv".

    It outweighs the sentence's demonyms: in "the governor of Kharkiv said Russian shelling
    killed four", the governor is Ukraine's. None for any other type.
    """
    if actor_type != "state":
        return None
    for prep in token.rights:
        if prep.lower_ not in ("of", "in"):
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC"):
                words = [t for t in token.doc[place.left_edge.i : place.i + 1] if t.ent_type_]
                return place_country(" ".join(t.text for t in words)) if words else None
    return None


def _community(owners: list[Token], groups: tuple[Span, ...], kind: str) -> Span | None:
    """A community's name the gazetteer reads as its militia, qualifying civilian people.

    "Kuki" alone is the Kuki militia's alias; in "a Kuki family" or "Hazara villagers" it
    says who the people are, and coders name them civilians. A name that says "militia"
    ("Kuki militia families") stays the militia, and so do its young men ("Murle youths").
    """
    if kind != CIVILIANS or len(owners) != 1:
        return None
    return next((g for g in groups if g.start <= owners[0].i < g.end and g.label_ == "militia"
                 and "milit" not in g.text.lower()), None)  # fmt: skip


def _named_group(doc: Doc, token: Token, groups: tuple[Span, ...]) -> tuple[str, str] | None:
    """The named group an unnamed noun refers to, as (canonical name, type), or None.

    A noun that points back ("the militants", "their fighters") is the group its own
    sentence names, if it names exactly one, else the one the previous sentence named
    last. A bare "gunmen" stays unidentified even next to a named group.
    """
    sentence = sentence_of(token)
    here = {(g.kb_id_, g.label_) for g in groups if sentence.start <= g.start < sentence.end}
    pointing = any(c.lower_ in ANAPHORIC for c in token.lefts)
    if len(here) == 1 and pointing:
        return next(iter(here))
    previous = sentence_of(doc[sentence.start - 1]).start if sentence.start else sentence.start
    before = [g for g in groups if previous <= g.start and g.end <= token.i]
    if pointing and not here and before:
        last = before[-1]
        return last.kb_id_, last.label_
    return None


def _owning_state(
    owners: list[Token], states: dict[int, tuple[str, int]], groups: tuple[Span, ...], kind: str
) -> tuple[str, int] | None:
    """The state (country, mention start) whose noun this is: "US soldiers", "Chad's army".

    A group in power stands for its state only before a state-force noun: "Taliban
    police" of 2025 are Afghanistan's police, and "Taliban fighters" are the group's own.
    """
    state = states.get(owners[0].i) if len(owners) == 1 else None
    if (
        state is not None
        and kind not in STATE_TYPES
        and any(g.start <= owners[0].i < g.end for g in groups)
    ):
        return None
    return state


def generic_mentions(
    doc: Doc,
    nouns: dict[str, tuple[str, str]],
    taken: set[int],
    demonyms: dict[str, str],
    country: str,
    actors: frozenset[int] = frozenset(),
    groups: tuple[Span, ...] = (),
    states: dict[int, tuple[str, int]] | None = None,
    replaced: set[int] | None = None,
) -> list[Span]:
    """Actor spans (label = actor type, kb_id = canonical name) for generic nouns.

    `groups` are the named armed groups' mentions: "the fighters" after one of them is
    that group (see `_named_group`). `states` maps the tokens of state mentions to (country,
    span start): "US soldiers" becomes the forces of the United States, and the start of
    the state's own mention goes into `replaced`.
    """
    states = states or {}
    replaced = replaced if replaced is not None else set()
    spans = []
    for token in doc:
        joined = _hyphenated_noun(token, nouns)  # "sub-prefect"
        if (
            token.i in taken
            or (
                token.pos_ not in ("NOUN", "PROPN")
                and not violent_asset(token, nouns)
                and not force_event(token, nouns)  # "a military raid"
                and not _as_a_noun(token, nouns)
            )
            or (_in_hyphenated(token) and not joined and not deed_doers(token))
        ):
            continue  # "Gang" of the "Anti-Gang Unit" names no gang; "stone-throwers" do
        pair = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
        triple = f"{doc[token.i - 2].lower_} {pair}" if token.i > 1 else ""  # "martial arts group"
        key = joined or next((k for k in (triple, pair) if k in nouns), token.lower_)
        key = _by_collective(token, key, nouns, taken)  # "gendarmerie units"
        key = key_by_deed(token, key, nouns)  # "two groups clashed", "two men opened fire"
        key = key_by_stance(token, key, nouns)  # "pro-government fighters": a militia
        owners = [c for c in token.lefts if c.i in actors and c.dep_ in MODIFIER_DEPS | {"poss"}
                  and not any(_apart(t, actors) or joins_a_force(t, token, key, nouns, actors)
                              for t in doc[c.i + 1 : token.i])]  # fmt: skip
        young_men = token.lower_ in FIGHTING_PEOPLE  # "Murle youths": the people's militia
        community = None if young_men else _community(owners, groups, nouns.get(key, ("",))[0])
        if community is not None:  # "a Kuki family", "Hazara villagers": people, not a militia
            owners = []
            replaced.add(community.start)
            taken.difference_update(range(community.start, community.end))
        state = _owning_state(owners, states, groups, nouns.get(key, ("",))[0])
        owned = nouns.get(key, ("",))[0] not in CROWD_TYPES and (  # "supporters of X": a crowd
            (owners and state is None)
            or any(
                c.lower_ in OWNER_PREPOSITIONS
                and any(g.i in actors for g in c.children)
                and not (nouns.get(key, ("",))[0] in STATE_TYPES and _after_a_conjunct(token, c))
                for c in token.rights
            )
            or _owner_follows(doc, token, actors)
        )
        if owned or key not in nouns or _modifies_another(doc, token, nouns):
            continue  # "HTS fighters" belong to HTS; "police station" is a place
        if _speaks_for(token, nouns) is not None:
            continue  # "the police spokesman" is the police's voice
        actor_type, template = by_deed(token, nouns, nouns[key])
        start = token.i - (2 if joined or key == triple else 1 if key == pair else 0)
        if state is not None and actor_type in STATE_TYPES:  # "US soldiers", "Russia's army"
            first = min(owners[0].left_edge.i, start)
            name = template.format(country=state[0])
            spans.append(Span(doc, first, token.i + 1, label=actor_type, kb_id=name, span_id=name))
            replaced.add(state[1])
            taken.update(range(first, token.i + 1))
            continue
        group = _named_group(doc, token, groups) if actor_type == UNIDENTIFIED else None
        group = group or (linked_group(token, groups) if actor_type == UNIDENTIFIED else None)
        if group is not None:  # "the militants" of a group, "militants linked to" one
            spans.append(Span(doc, start, token.i + 1, label=group[1], kb_id=group[0],
                              span_id=group[0]))  # fmt: skip
            taken.update(range(start, token.i + 1))
            continue
        # A modifier whose words another mention holds stays out ("the youth wing beat ...").
        core = start  # the noun, or the first word of a pair ("clan militias")
        modifiers = [c for c in token.lefts if c.dep_ in MODIFIER_DEPS and c.i < start
                     and not any(t.is_space for t in doc[c.left_edge.i : start])]  # fmt: skip
        if modifiers and not taken.intersection(range(modifiers[0].left_edge.i, start)):
            start = min(modifiers[0].left_edge.i, start)
        left = min(modifiers[0].left_edge.i, start) if modifiers else start
        own = next((demonyms[t.text] for t in doc[left : token.i] if t.text in demonyms), None)
        while start < core and _not_of_the_name(doc[start], demonyms):
            start += 1
        if state is not None:  # "Chad's government": Chad's, and Chad stays its own mention
            own = own or state[0]
        own = own or _office_place(token, actor_type) or sentence_country(token, demonyms, nouns)
        if own is None and actor_type == "state":
            own = state_before(token, states)
        name = template.format(country=own or country)
        spans.append(Span(doc, start, token.i + 1, label=actor_type, kb_id=name, span_id=name))
        taken.update(range(start, token.i + 1))
    return same_crowd(spans, nouns)  # the crowd named again
