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

from analysis.parse.spans import ACTOR_SPANS_KEY

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})
UNIDENTIFIED = "unidentified_armed_group"
GROUP_TYPES = frozenset({"armed_group", "militia"})
STATE_TYPES = frozenset({"state_forces"})
# Determiners that point back to a party already named: "the fighters", "these militants".
ANAPHORIC = frozenset({"the", "these", "those", "its", "their"})
# "fighters of HTS", "militants from HTS and SNA": the noun belongs to the named party.
OWNER_PREPOSITIONS = frozenset({"of", "from"})


def _modifies_another(doc: Doc, token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether the noun only modifies the next one ("police station", "army base")."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return False
    if f"{token.lower_} {following.lower_}" in nouns:
        return True  # "police officers": the pair is read at its second word
    return token.dep_ == "compound" and token.head.i > token.i


def _generic_word(doc: Doc, span: Span, nouns: dict[str, tuple[str, str]]) -> bool:
    """Whether an entity is a generic noun, or the first word of a generic pair."""
    text = span.text.lower()
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    return text in nouns or f"{text} {following}" in nouns


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
    """The country the article mentions most: actors' countries, demonyms and places."""
    counts = Counter(mentions_country)
    for ent in doc.ents:
        if ent.label_ == "NORP" and ent.text in demonyms:
            counts[demonyms[ent.text]] += 1
        elif ent.label_ in ("GPE", "LOC"):
            counts[place_country(ent.text) or ""] += 1
    for token in doc:
        if token.text in demonyms and not token.ent_type_:
            counts[demonyms[token.text]] += 1
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else "unknown country"


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
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN"):
            continue
        pair = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
        key = pair if pair in nouns else token.lower_
        owners = [c for c in token.lefts if c.i in actors and c.dep_ in MODIFIER_DEPS | {"poss"}]
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
        modifiers = [c for c in token.lefts if c.dep_ in MODIFIER_DEPS and c.i < start
                     and not any(t.is_space for t in doc[c.left_edge.i : start])]  # fmt: skip
        if modifiers and not taken.intersection(range(modifiers[0].i, start)):
            start = min(modifiers[0].left_edge.i, start)
        while start < token.i and doc[start].pos_ in ("DET", "NUM", "PUNCT"):
            start += 1
        own = next((demonyms[t.text] for t in doc[start : token.i] if t.text in demonyms), None)
        name = template.format(country=own or _sentence_country(token, demonyms, nouns) or country)
        spans.append(Span(doc, start, token.i + 1, label=actor_type, kb_id=name, span_id=name))
        taken.update(range(start, token.i + 1))
    return spans


def add_generic_actors(
    doc: Doc,
    nouns: dict[str, tuple[str, str]],
    demonyms: dict[str, str],
    countries: Counter,
    place_country: Callable[[str], str | None],
) -> None:
    """Append generic actor spans to ``doc.spans["actors"]`` where no other mention is."""
    country = article_country(doc, countries, demonyms, place_country)
    # An entity that is only a generic noun ("Gunmen" tagged as a place, "Clan" of "Clan
    # militias" tagged as a person) is no name.
    doc.spans[ACTOR_SPANS_KEY] = [
        s for s in doc.spans[ACTOR_SPANS_KEY]
        if s.label_ not in ("person", "other") or not _generic_word(doc, s, nouns)
    ]  # fmt: skip
    ents = [e for e in doc.ents if not (_generic_word(doc, e, nouns) and not e.kb_id_)]
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
    doc.spans[ACTOR_SPANS_KEY] = sorted([*kept, *extra], key=lambda s: s.start)
