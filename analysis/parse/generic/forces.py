"""State forces the generic nouns do not name alone: numbered units and owned forces.

"9 Gorkha Rifles" is a state's military unit; "the Jamaica Defense Force" and "Iran's
Revolutionary Guards" are one party, the state's forces, not the state and a force.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.country import UNKNOWN_COUNTRY
from analysis.parse.generic.deeds import UNIDENTIFIED as UNIDENTIFIED
from analysis.parse.spans import ACTOR_SPANS_KEY
from analysis.parse.units import unit_ranges
from analysis.rules import mapping

GROUP_TYPES = frozenset({"armed_group", "militia"})
STATE_TYPES = frozenset({"state_forces"})
MILITARY = "Military Forces of {country}"
# A state's bodies by their one-word keyword ("ministry"): `data/organization_keywords.csv`.
STATE_BODY_WORDS = frozenset(
    keyword.lower()
    for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind == "state" and " " not in keyword
)

# Words that end a unit's name ("Rifles", "Brigade"): the forces' organisation keywords.
UNIT_WORDS = frozenset(
    keyword
    for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind in GROUP_TYPES | STATE_TYPES and " " not in keyword
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
        owner = _owning_group(doc, end, actors)
        if owner is not None:  # "the 33rd Front of the FARC dissidents": the group's unit
            actors = [s for s in actors if s not in inside]
            actors.append(Span(doc, start, end, label=owner.label_, kb_id=owner.kb_id_,
                               span_id=owner.kb_id_))  # fmt: skip
            continue
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


def _owning_group(doc: Doc, end: int, actors: list[Span]) -> Span | None:
    """The named armed group a numbered unit is "of": "the 33rd Front of the FARC dissidents".

    Rebels number their fronts and battalions too; a unit of a named group is that group.
    """
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    first = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    return next((s for s in actors if s.start == first and s.label_ in GROUP_TYPES), None)


def state_before_its_force(spans: list[Span], nouns: dict[str, tuple[str, str]]) -> list[Span]:
    """A state's name just before a force the gazetteer lacks is that state's force.

    "the Jamaica Defense Force", "Ghana Armed Forces Unit": one party, the state's
    military (or its police, when a police noun is in the name), not the state and a
    nameless force; a body that is no force ("the Kenya Wildlife Service") is the state.
    """
    result: list[Span] = []
    for span in spans:
        last = result[-1] if result else None
        if (
            last is not None
            and last.label_ == "state"
            and last.end == span.start
            and span.label_ in ("state_forces", "state")
            and span.kb_id_ == span.text  # an unknown body, named by its own words
        ):
            # "the Kenya Wildlife Service": a state's body is the state
            name = _template(span, nouns).format(country=last.kb_id_)
            name = name if span.label_ == "state_forces" else last.kb_id_
            result[-1] = Span(span.doc, last.start, span.end, label=span.label_,
                              kb_id=name, span_id=name)  # fmt: skip
            continue
        result.append(span)
    return result


def without_owning_states(spans: list[Span]) -> list[Span]:
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
            or (organ.kb_id_ == span.kb_id_ and (organ[0].is_title or _a_portfolio(organ)))
        ):  # not "Chad's government"; "Ukraine's defence ministry" names its portfolio
            whole = Span(span.doc, span.start, organ.end, label=organ.label_,
                         kb_id=organ.kb_id_, span_id=organ.kb_id_)  # fmt: skip
            joined[(span.start, span.end)] = whole
            joined[(organ.start, organ.end)] = whole
    kept = [joined.get((s.start, s.end), s) for s in spans]
    return sorted(set(kept), key=lambda s: (s.start, s.end))


def _a_portfolio(organ: Span) -> bool:
    """A body named by its portfolio and a state's keyword: "defence ministry" (not a minister)."""
    return any(t.lower_ in STATE_BODY_WORDS for t in organ[1:])


def _template(span: Span, nouns: dict[str, tuple[str, str]]) -> str:
    """The force a body's words name: its police when a police noun is there, else military."""
    return next((nouns[t.lower_][1] for t in span if t.lower_ in nouns
                 and nouns[t.lower_][0] in STATE_TYPES), MILITARY)  # fmt: skip


def forces_of_their_country(
    spans: list[Span], nouns: dict[str, tuple[str, str]], demonyms: dict[str, str], country: str
) -> list[Span]:
    """A state force the gazetteer lacks, named by its own words, is its country's forces.

    "The National Guard" in an article about Niger, "the Highway Police" in one about
    Pakistan: coders name the party "Military Forces of Niger", "Police Forces of
    Pakistan". A state body named by common nouns ("the health ministry") is its state.
    The country is a demonym in the name, else the article's; with no country known the
    body keeps its own name.
    """
    result = []
    for span in spans:
        own = next((demonyms[t.text] for t in span if t.text in demonyms), country)
        unnamed = span.kb_id_ == span.text and own != UNKNOWN_COUNTRY
        if unnamed and span.label_ in STATE_TYPES:
            name = _template(span, nouns).format(country=own)
        elif unnamed and span.label_ == "state" and span.text.islower():  # "the health ministry"
            name = own
        else:
            name = ""
        if name:
            span = Span(span.doc, span.start, span.end, label=span.label_, kb_id=name,
                        span_id=name)  # fmt: skip
        result.append(span)
    return result


def soldiers_of_their_units(
    doc: Doc, spans: list[Span], nouns: dict[str, tuple[str, str]], country: str
) -> list[Span]:
    """A force noun "of" a state's unit or operation is that unit's state forces.

    "Soldiers of the 3rd Infantry Division", "troops of the Uganda People's Defence
    Forces": the soldiers are the unit's forces, named where the noun stands (the noun
    comes first). "Soldiers of Operation Safe Haven": an operation is the state's, so
    the soldiers are the article's country's military, whatever the operation's name
    was read as. A force "of" anyone else ("fighters of HTS") is left as it is.
    """
    covered = {i for span in spans for i in range(span.start, span.end)}
    units = {span.start: span for span in spans if span.label_ in STATE_TYPES}
    added = []
    for token in doc:
        kind, template = nouns.get(token.lower_, ("", ""))
        if token.i in covered or kind not in STATE_TYPES or token.pos_ != "NOUN":
            continue
        at = token.i + 2
        if at >= len(doc) or doc[token.i + 1].lower_ != "of":
            continue
        at += doc[at].lower_ == "the" and at + 1 < len(doc)
        unit = units.get(at)
        if unit is not None:
            name = unit.kb_id_
        elif doc[at].text == "Operation" and country != UNKNOWN_COUNTRY:
            name = template.format(country=country)
        else:
            continue
        added.append(Span(doc, token.i, token.i + 1, label=kind, kb_id=name, span_id=name))
    return sorted([*spans, *added], key=lambda span: (span.start, span.end))


def joins_a_force(
    word: Token, noun: Token, key: str, nouns: dict[str, tuple[str, str]], actors: frozenset[int]
) -> bool:
    """Whether "and" joins a name to a state's force: "Sonko and security forces" (no owner).

    Not when another party stands after "and": "Hemedti and RSF troops" are the RSF's.
    """
    return (
        word.dep_ == "cc"
        and nouns.get(key, ("",))[0] in STATE_TYPES
        and not any(t.i in actors for t in noun.doc[word.i + 1 : noun.i])
    )
