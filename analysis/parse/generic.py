"""Generic actors: "gunmen", "villagers", "protesters", "the army" as a category per country.

Event coders name unnamed parties by category and country ("Unidentified Armed Group
(Nigeria)", "Civilians (Mali)", "Police Forces of Pakistan"). A noun from
`data/generic_actors.csv` that no other actor mention covers becomes such an actor; the
span takes its adjective and compound modifiers ("unidentified gunmen", "Arab militias").
The country is the demonym among the modifiers ("Nigerian troops"), else the one
country the sentence's demonyms name ("Iraqi officials visited the army"), else the
country the article mentions most (its states, demonyms and places). An unnamed
"fighters" or "militants" that belongs to a named group (by a modifier, "of"/"from", the
only group of its sentence, or "the militants" just after one) is that group.
"""

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from analysis.parse.context import DIRECTIONS, EVENT_WORDS, PLACE_HEADS
from analysis.parse.places import HYPHENS, country_of, is_country, resolve_place
from analysis.parse.spans import ACTOR_SPANS_KEY
from analysis.parse.units import unit_ranges
from analysis.rules import mapping

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
UNIDENTIFIED = "unidentified_armed_group"
GROUP_TYPES = frozenset({"armed_group", "militia"})
STATE_TYPES = frozenset({"state_forces"})
MILITARY = "Military Forces of {country}"
# The country named when an article gives none ("Military Forces of unknown country").
UNKNOWN_COUNTRY = "unknown country"
# Words that end a unit's name ("Rifles", "Brigade"): the forces' organisation keywords.
UNIT_WORDS = frozenset(
    keyword
    for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind in GROUP_TYPES | STATE_TYPES and " " not in keyword
)
# Determiners that point back to a party already named: "the fighters", "these militants".
ANAPHORIC = frozenset({"the", "these", "those", "its", "their"})
# "fighters of HTS", "militants from HTS and SNA": the noun belongs to the named party.
OWNER_PREPOSITIONS = frozenset({"of", "from"})


def _modifies_another(doc: Doc, token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether the noun only names a place or another party ("police station", "army base").

    A force that qualifies what it does or has ("a police patrol", "army positions",
    "gendarmerie recruits") is still that force: coders name it as the party.
    """
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
    words = {head.lower_, head.lemma_.lower()}
    # "army base", "government troops", "artillery fire": a place, another party, an event
    return bool(words & (PLACE_HEADS | EVENT_WORDS | nouns.keys()))


def _not_of_the_name(token: Token, demonyms: dict[str, str]) -> bool:
    """Whether a leading word stays out of a category's span: articles, numbers, places.

    "the North-West regional delegate" is the delegate, and "North-West" is where; a
    demonym ("Nigerian troops") or an adjective ("unidentified gunmen") stays.
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
    return named and token.text not in demonyms and token.ent_type_ != "NORP"


def _state_before(token: Token, states: dict[int, tuple[str, int]]) -> str | None:
    """The state last named before an official that points back ("The minister noted ...").

    "The minister" is the one of the government the text has just named, not of the
    country the article mentions most.
    """
    if not any(c.lower_ in ANAPHORIC for c in token.lefts):
        return None
    before = [i for i in states if i < token.i]
    return states[max(before)][0] if before else None


def _generic_word(doc: Doc, span: Span, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether an entity is a generic noun, or the first word of a generic pair."""
    text = span.text.lower()
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    return text in nouns or f"{text} {following}" in nouns


def _owns_a_force(doc: Doc, span: Span, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether an unknown name qualifies a state-force noun just after it ("Gauteng police")."""
    following = doc[span.end] if span.end < len(doc) else None
    return (
        following is not None
        and not span.text.isupper()  # "SNA soldiers": a named force's acronym
        and following.is_lower
        and nouns.get(following.lower_, ("",))[0] in STATE_TYPES
    )


def _in_hyphenated(token: Token) -> bool:
    """Whether the word is the second half of a hyphenated word ("Anti-Gang")."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text in HYPHENS and not before.whitespace_


def _apart(token: Token, actors: frozenset[int]) -> bool:
    """Punctuation that parts an owner from its noun; not a name's own or a bracketed acronym's."""
    return token.is_punct and token.i not in actors and not token.is_bracket


def _owner_follows(doc: Doc, token: Token, actors: frozenset[int]) -> bool:
    """Whether a named party follows "of"/"from" ("fighters from HTS"), however parsed."""
    nxt = token.i + 1
    return nxt + 1 < len(doc) and doc[nxt].lower_ in OWNER_PREPOSITIONS and nxt + 1 in actors


def _sentence(token: Token) -> Span:
    """The token's sentence; the whole Doc when nothing set sentence boundaries (no parser)."""
    return token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]


def _sentence_country(
    token: Token, demonyms: dict[str, str], nouns: dict[str, tuple[str, str]]
) -> str | None:
    """The one country the sentence's demonyms name ("Iraqi officials visited the army").

    A demonym on an armed party of the same kind is that party's ("Troops fired on
    Chinese soldiers" says nothing of whose troops fired).
    """
    kind = nouns.get(token.lower_, ("",))[0]
    countries = {
        demonyms[t.text]
        for t in _sentence(token)
        if t.text in demonyms and (kind == "state" or nouns.get(t.head.lower_, ("",))[0] != kind)
    }
    return countries.pop() if len(countries) == 1 else None


def _named_group(doc: Doc, token: Token, groups: tuple[Span, ...]) -> tuple[str, str] | None:
    """The named group an unnamed noun refers to, as (canonical name, type), or None.

    A noun that points back ("the militants", "their fighters") is the group its own
    sentence names, if it names exactly one, else the one the previous sentence named
    last. A bare "gunmen" stays unidentified even next to a named group.
    """
    sentence = _sentence(token)
    here = {(g.kb_id_, g.label_) for g in groups if sentence.start <= g.start < sentence.end}
    pointing = any(c.lower_ in ANAPHORIC for c in token.lefts)
    if len(here) == 1 and pointing:
        return next(iter(here))
    previous = _sentence(doc[sentence.start - 1]).start if sentence.start else sentence.start
    before = [g for g in groups if previous <= g.start and g.end <= token.i]
    if pointing and not here and before:
        last = before[-1]
        return last.kb_id_, last.label_
    return None


def article_country(doc: Doc, mentions_country: Counter, demonyms: dict[str, str],
                    place_country: Callable[[str], str | None]) -> str:  # fmt: skip
    """The country the article mentions most: actors' countries, demonyms and places.

    A town's country is looked up among the countries the text names outright first:
    "Gao, Mali" is the Malian Gao, whatever other Gao is larger.
    """
    counts = Counter(mentions_country)
    areas = [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    named = {country_of(e.text) for e in areas if is_country(e.text)}
    for ent in doc.ents:
        if ent.label_ == "NORP" and ent.text in demonyms:
            counts[demonyms[ent.text]] += 1
        elif ent.label_ in ("GPE", "LOC"):
            place = resolve_place(ent.text, tuple(filter(None, named))) if named else None
            counts[(place.country if place else None) or place_country(ent.text) or ""] += 1
    for token in doc:
        if token.text in demonyms and not token.ent_type_:
            counts[demonyms[token.text]] += 1
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else UNKNOWN_COUNTRY


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
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN") or _in_hyphenated(token):
            continue  # "Gang" of the "Anti-Gang Unit" names no gang
        pair = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
        key = pair if pair in nouns else token.lower_
        owners = [c for c in token.lefts if c.i in actors and c.dep_ in MODIFIER_DEPS | {"poss"}
                  and not any(_apart(t, actors) for t in doc[c.i + 1 : token.i])]  # fmt: skip
        state = states.get(owners[0].i) if len(owners) == 1 else None
        owned = (
            (owners and state is None)
            or any(
                c.lower_ in OWNER_PREPOSITIONS and any(g.i in actors for g in c.children)
                for c in token.rights
            )
            or _owner_follows(doc, token, actors)
        )
        if owned or key not in nouns or _modifies_another(doc, token, nouns):
            continue  # "HTS fighters" belong to HTS; "police station" is a place
        actor_type, template = nouns[key]
        start = token.i - (1 if key == pair else 0)
        if state is not None and actor_type in STATE_TYPES:  # "US soldiers", "Russia's army"
            first = min(owners[0].left_edge.i, start)
            name = template.format(country=state[0])
            spans.append(Span(doc, first, token.i + 1, label=actor_type, kb_id=name, span_id=name))
            replaced.add(state[1])
            taken.update(range(first, token.i + 1))
            continue
        group = _named_group(doc, token, groups) if actor_type == UNIDENTIFIED else None
        if group is not None:  # "the militants" of a group the text has named
            spans.append(Span(doc, start, token.i + 1, label=group[1], kb_id=group[0],
                              span_id=group[0]))  # fmt: skip
            taken.update(range(start, token.i + 1))
            continue
        core = start  # the noun, or the first word of a pair ("clan militias")
        modifiers = [c for c in token.lefts if c.dep_ in MODIFIER_DEPS and c.i < start
                     and not any(t.is_space for t in doc[c.left_edge.i : start])]  # fmt: skip
        if modifiers and not taken.intersection(range(modifiers[0].i, start)):
            start = min(modifiers[0].left_edge.i, start)
        left = min(modifiers[0].left_edge.i, start) if modifiers else start
        own = next((demonyms[t.text] for t in doc[left : token.i] if t.text in demonyms), None)
        while start < core and _not_of_the_name(doc[start], demonyms):
            start += 1
        if state is not None:  # "Chad's government": Chad's, and Chad stays its own mention
            own = own or state[0]
        own = own or _sentence_country(token, demonyms, nouns)
        if own is None and actor_type == "state":
            own = _state_before(token, states)
        name = template.format(country=own or country)
        spans.append(Span(doc, start, token.i + 1, label=actor_type, kb_id=name, span_id=name))
        taken.update(range(start, token.i + 1))
    return spans


def add_generic_actors(
    doc: Doc,
    nouns: dict[str, tuple[str, str]],
    demonyms: dict[str, str],
    countries: Counter,
    place_country: Callable[[str], str | None],
    *,
    known: frozenset[str] = frozenset(),
) -> None:
    """Append generic actor spans to ``doc.spans["actors"]`` where no other mention is.

    `known` holds the gazetteer's names and aliases: a numbered unit the gazetteer names
    ("444th Brigade") keeps its entry; any other is its state's forces (`add_units`).
    """
    country = article_country(doc, countries, demonyms, place_country)
    add_units(doc, nouns, demonyms, country, known)
    # An entity that is only a generic noun ("Gunmen" tagged as a place, "Clan" of "Clan
    # militias" tagged as a person) is no name.
    # An unknown organisation named by a generic noun ("Paramilitary Rangers") is that
    # category, read with its modifiers below.
    # A name the gazetteer lacks just before a state-force noun ("Gauteng police") is the
    # area whose force it is: a place, and the noun is the party.
    unnamed = [
        s for s in doc.spans[ACTOR_SPANS_KEY]
        if s.label_ in ("person", "other")
        and (_generic_word(doc, s, nouns) or (s.label_ == "other" and s[-1].lower_ in nouns)
             or _owns_a_force(doc, s, nouns))
    ]  # fmt: skip
    doc.spans[ACTOR_SPANS_KEY] = [s for s in doc.spans[ACTOR_SPANS_KEY] if s not in unnamed]
    dropped = {(s.start, s.end) for s in unnamed}
    ents = [e for e in doc.ents if not (_generic_word(doc, e, nouns) and not e.kb_id_)
            and (e.start, e.end) not in dropped]  # fmt: skip
    spans = [*ents, *doc.spans[ACTOR_SPANS_KEY]]
    taken = {i for span in spans for i in range(span.start, span.end)}
    named = frozenset(i for span in doc.spans[ACTOR_SPANS_KEY] for i in range(span.start, span.end))
    groups = tuple(s for s in doc.spans[ACTOR_SPANS_KEY] if s.label_ in GROUP_TYPES)
    states = {
        i: (span.kb_id_, span.start)
        for span in doc.spans[ACTOR_SPANS_KEY]
        if span.label_ == "state"
        for i in range(span.start, span.end)
    }
    replaced: set[int] = set()
    extra = generic_mentions(doc, nouns, taken, demonyms, country, named, groups, states, replaced)
    kept = [
        s for s in doc.spans[ACTOR_SPANS_KEY] if not (s.label_ == "state" and s.start in replaced)
    ]
    doc.spans[ACTOR_SPANS_KEY] = _without_owning_states(
        _state_before_its_force(sorted([*kept, *extra], key=lambda s: s.start), nouns)
    )


def add_units(
    doc: Doc, nouns: dict[str, tuple[str, str]], demonyms: dict[str, str], country: str,
    known: frozenset[str],
) -> None:  # fmt: skip
    """Numbered units ("9 Gorkha Rifles") become their state's forces, in actors and ents.

    The force is the military unless the name holds a force noun ("5th Police Battalion");
    the country is a demonym in the name, else the article's.
    """
    actors = list(doc.spans[ACTOR_SPANS_KEY])
    ents = list(doc.ents)
    for start, end in unit_ranges(doc, UNIT_WORDS):
        inside = [s for s in actors if s.start < end and start < s.end]
        if any(s.text in known for s in inside):
            continue  # a unit the gazetteer names
        words = doc[start:end]
        template = next((nouns[t.lower_][1] for t in words if t.lower_ in nouns
                         and nouns[t.lower_][0] in STATE_TYPES), MILITARY)  # fmt: skip
        own = next((demonyms[t.text] for t in words if t.text in demonyms), country)
        name = template.format(country=own)
        actors = [s for s in actors if s not in inside]
        actors.append(Span(doc, start, end, label="state_forces", kb_id=name, span_id=name))
        ents = [e for e in ents if not (e.start < end and start < e.end)]
        ents.append(Span(doc, start, end, label="ORG", kb_id=name, span_id=name))
    doc.ents = sorted(ents, key=lambda span: span.start)
    doc.spans[ACTOR_SPANS_KEY] = sorted(actors, key=lambda span: span.start)


def _state_before_its_force(spans: list[Span], nouns: dict[str, tuple[str, str]]) -> list[Span]:
    """A state's name just before a force the gazetteer lacks is that state's force.

    "the Jamaica Defense Force", "Ghana Armed Forces Unit": one party, the state's
    military (or its police, when a police noun is in the name), not the state and a
    nameless force.
    """
    result: list[Span] = []
    for span in spans:
        last = result[-1] if result else None
        if (
            last is not None
            and last.label_ == "state"
            and last.end == span.start
            and span.label_ == "state_forces"
            and span.kb_id_ == span.text  # an unknown body, named by its own words
        ):
            template = next((nouns[t.lower_][1] for t in span if t.lower_ in nouns
                             and nouns[t.lower_][0] in STATE_TYPES), MILITARY)  # fmt: skip
            name = template.format(country=last.kb_id_)
            result[-1] = Span(span.doc, last.start, span.end, label="state_forces",
                              kb_id=name, span_id=name)  # fmt: skip
            continue
        result.append(span)
    return result


def _without_owning_states(spans: list[Span]) -> list[Span]:
    """Join a state named as the owner of its own forces or organs to them: one actor.

    "Iran's Revolutionary Guards", "Russia's defence ministry": the forces or the organ
    are the party, and the state's name says whose they are, as "Russia's army" does; the
    mention runs from the state's name to the organ's end.
    """
    organs = {(s.start, s.end): s for s in spans if s.label_ in ("state_forces", "state")}
    joined: dict[tuple[int, int], Span] = {}
    for span in spans:
        if span.label_ != "state" or span.root.dep_ != "poss":
            continue
        head = span.root.head
        organ = next((o for (a, b), o in organs.items() if a <= head.i < b), None)
        if organ is not None and (
            organ.kb_id_.endswith(f" of {span.kb_id_}")
            or (organ.kb_id_ == span.kb_id_ and organ[0].is_title)  # not "Chad's government"
        ):
            whole = Span(span.doc, span.start, organ.end, label=organ.label_,
                         kb_id=organ.kb_id_, span_id=organ.kb_id_)  # fmt: skip
            joined[(span.start, span.end)] = whole
            joined[(organ.start, organ.end)] = whole
    kept = [joined.get((s.start, s.end), s) for s in spans]
    return sorted(set(kept), key=lambda s: (s.start, s.end))
