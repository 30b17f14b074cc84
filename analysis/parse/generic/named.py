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
from analysis.parse.places import is_place
from analysis.rules import mapping

# Lower-case words that end a group's own name ("front", "brigade"): the armed group's
# single-word organisation keywords.
GROUP_WORDS = {
    keyword.lower(): kind
    for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
    if kind in GROUP_TYPES and " " not in keyword
}


def forces_loyal_to_states(
    spans: list[Span],
    nouns: dict[str, tuple[str, str]],
    state_countries: dict[str, str],
    country: str = UNKNOWN_COUNTRY,
) -> list[Span]:
    """A state followed by "to" after an adjective on a force noun is the force's owner.

    "Forces loyal to the Government of National Unity", "troops allied to Kyiv": the
    span runs from the force noun to the state's end, as that country's military (its
    police when the noun is a police noun). Forces loyal to a person ("forces loyal to
    President Kiir") are the military of the article's `country`, and the leader stays a
    person: a leader's own armed group is named by its name, not by its leader.
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
        whole = Span(span.doc, force.i, end, label="state_forces", kb_id=name, span_id=name)
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
