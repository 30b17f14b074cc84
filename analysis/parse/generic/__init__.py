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

from spacy.tokens import Doc

from analysis.parse.eras import in_power
from analysis.parse.generic.appositions import described_after
from analysis.parse.generic.callers import protest_callers
from analysis.parse.generic.country import UNKNOWN_COUNTRY, article_country
from analysis.parse.generic.forces import (
    GROUP_TYPES,
    MILITARY,
    STATE_TYPES,
    UNIDENTIFIED,
    add_units,
    forces_of_their_country,
    soldiers_of_their_units,
    state_before_its_force,
    without_owning_states,
)  # fmt: skip
from analysis.parse.generic.named import (
    affiliates,
    criminal_groups,
    fighting_communities,
    forces_loyal_to_states,
    person_named_groups,
    rival_groups,
    victim_communities,
)
from analysis.parse.generic.nouns import generic_mentions, generic_word, owns_a_force
from analysis.parse.generic.peoples import fighting_peoples, party_youths
from analysis.parse.generic.stand_ins import stand_ins
from analysis.parse.spans import ACTOR_SPANS_KEY

__all__ = ["GROUP_TYPES", "MILITARY", "STATE_TYPES", "UNIDENTIFIED", "UNKNOWN_COUNTRY",
           "add_generic_actors", "article_country"]  # fmt: skip


def add_generic_actors(
    doc: Doc,
    nouns: dict[str, tuple[str, str]],
    demonyms: dict[str, str],
    countries: Counter,
    place_country: Callable[[str], str | None],
    *,
    known: frozenset[str] = frozenset(),
    state_countries: dict[str, str] | None = None,
) -> None:
    """Append generic actor spans to ``doc.spans["actors"]`` where no other mention is.

    `known` holds the gazetteer's names and aliases: a numbered unit the gazetteer names
    ("444th Brigade") keeps its entry; any other is its state's forces (`add_units`).
    `state_countries` maps a state actor's name to its country ("Government of National
    Unity": Libya), for the forces loyal to it.
    """
    country = article_country(doc, countries, demonyms, place_country)
    add_units(doc, nouns, demonyms, country, known)
    # An entity that is only a generic noun ("Gunmen" tagged as a place, "Clan" of "Clan
    # militias" tagged as a person) is no name.
    # An unknown organisation named by a generic noun ("Paramilitary Rangers") is that
    # category, read with its modifiers below, whatever type a keyword gave its name
    # ("Armed Forces" is no armed group for its "Forces").
    # A name the gazetteer lacks just before a state-force noun ("Gauteng police") is the
    # area whose force it is: a place, and the noun is the party.
    unnamed = [
        s for s in doc.spans[ACTOR_SPANS_KEY]
        if (s.label_ in ("person", "other")
            and (generic_word(doc, s, nouns) or (s.label_ == "other" and s[-1].lower_ in nouns)
                 or owns_a_force(doc, s, nouns)))
        or (s.kb_id_ == s.text and s.text.lower() in nouns)  # "the Armed Forces said"
    ]  # fmt: skip
    doc.spans[ACTOR_SPANS_KEY] = [s for s in doc.spans[ACTOR_SPANS_KEY] if s not in unnamed]
    dropped = {(s.start, s.end) for s in unnamed}
    ents = [e for e in doc.ents if not (generic_word(doc, e, nouns) and not e.kb_id_)
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
    # A group in power is its state: "Taliban police" of 2025 are Afghanistan's police.
    states.update({
        i: (era[0], span.start)
        for span in doc.spans[ACTOR_SPANS_KEY]
        if span.label_ in GROUP_TYPES
        and (era := in_power(span.kb_id_, True, doc.text)) is not None
        for i in range(span.start, span.end)
    })  # fmt: skip
    replaced: set[int] = set()
    extra = generic_mentions(doc, nouns, taken, demonyms, country, named, groups, states, replaced)
    kept = [  # a state or a community whose noun took its name ("US soldiers", "Hazara villagers")
        s for s in doc.spans[ACTOR_SPANS_KEY]
        if not (s.label_ in ("state", *GROUP_TYPES) and s.start in replaced)
    ]  # fmt: skip
    owned = state_before_its_force(sorted([*kept, *extra], key=lambda s: s.start), nouns)
    owned = forces_of_their_country(owned, nouns, demonyms, country)
    owned = soldiers_of_their_units(doc, owned, nouns, country)  # "soldiers of the 3rd Division"
    owned = forces_loyal_to_states(owned, nouns, state_countries or {}, country)
    owned = person_named_groups(doc, owned, demonyms)
    owned = criminal_groups(doc, owned, known, nouns)  # "the Tren del Sur gang"
    owned = rival_groups(doc, owned, nouns)  # "a dispute between Los Halcones and the CJNG"
    owned = fighting_communities(doc, owned, country)  # "the Dhulbahante clan clashed"
    owned = fighting_peoples(doc, owned, demonyms, known)  # "clashes between Nuer and Dinka youths"
    owned = party_youths(doc, owned)  # "ZANU-PF youths armed with sticks attacked"
    owned = affiliates(doc, owned, known)  # "the Islamic State's Sinai affiliate"
    owned = stand_ins(doc, owned, demonyms)  # "Kyiv said", "the Russians shelled"
    owned = victim_communities(owned, country)  # "gunmen killed nine Fulani"
    owned = described_after(owned, known)  # "the X Unit, a rights group, said"
    owned = protest_callers(owned, known, nouns)  # "a blockade called by CONAIE"
    doc.spans[ACTOR_SPANS_KEY] = without_owning_states(owned)
