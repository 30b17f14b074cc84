"""The ``actor_resolver`` component: one canonical name and type for every actor mention.

Document-level rules after the gazetteer: the rest of a model entity cut by a gazetteer match
stays an entity ("Rudaw’s Halkawt Aziz" becomes the outlet Rudaw and the person Halkawt Aziz);
acronyms defined in parentheses; a person's surname after their full name; capitals read as
places (never actors); "{demonym} {noun}" standing for a government; ambiguous acronyms
resolved by the article's countries; mis-tagged places relabelled as places. It writes
``doc.ents`` and ``doc.spans["actors"]`` (see `analysis.parse.spans`).
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.parse import gazetteer
from analysis.parse.acronyms import apply_acronym_definitions
from analysis.parse.armed_demonyms import armed_demonyms
from analysis.parse.comma_names import split_town_and_person
from analysis.parse.context import (
    in_dateline,
    in_place_context,
    inside_hyphenated_word,
    names_origin,
    places_elsewhere,
)  # fmt: skip
from analysis.parse.credits import credited_sources
from analysis.parse.datelines import split_dateline_dash
from analysis.parse.gazetteer import Actor
from analysis.parse.generic import (
    GROUP_TYPES,
    STATE_TYPES,
    UNIDENTIFIED,
    add_generic_actors,
    article_country,
)  # fmt: skip
from analysis.parse.generic.deed_words import CLASH_VERBS
from analysis.parse.head_first import article_names, head_first_bodies
from analysis.parse.hyphen_names import join_hyphenated_places
from analysis.parse.mediators import mediates_an_accord
from analysis.parse.mentions import (
    DETERMINERS,
    POSSESSIVES,
    Mention,
    cut_remainders,
    organization_type,
    resolve_surnames,
    write_mentions,
)  # fmt: skip
from analysis.parse.named_bodies import (
    join_country_to_body,
    parties_referred_to,
    restore_country_bodies,
)  # fmt: skip
from analysis.parse.of_names import join_of_places
from analysis.parse.offices import office_holders
from analysis.parse.outlets import described_bodies
from analysis.parse.place_roles import comes_from_a_land
from analysis.parse.places import (
    area_country,
    is_country,
    is_place,
    is_place_descriptor,
    only_another_name,
    place_country,
)
from analysis.parse.readings import (
    a_side_in_a_fight,
    armed_context,
    choose_reading,
    prefer_longer_model_entities,
)
from analysis.parse.settlements import (
    area_title,
    dateline_country,
    headline_country,
    names_an_area_word,
)  # fmt: skip
from analysis.parse.spans import RESOLVER_PIPE
from analysis.parse.split_names import join_split_bodies
from analysis.parse.unknown_names import DESCRIBED_TYPES, NameTyping
from analysis.parse.untagged_bodies import untagged_bodies
from analysis.rules import RuleSet, column, mapping

# Entity labels that can name an actor; the rest (dates, numbers, places...) never do.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Types of a reading that fits an armed noun next to the name ("RSF fighters").
ARMED_TYPES = GROUP_TYPES | STATE_TYPES


@Language.factory(RESOLVER_PIPE, default_config={"rules": {}})
def make_actor_resolver(nlp: Language, name: str, rules: dict[str, str]) -> "ActorResolver":
    """Return the document-level alias resolver (see the module docstring).

    `rules` maps rule tables to user files that extend them, as for ``actor_gazetteer``.
    """
    rule_set = RuleSet.from_config(rules)
    return ActorResolver(
        actors=gazetteer.read_actors(rule_set),
        demonyms=mapping("demonyms", "demonym", "country", rule_set),
        capitals=mapping("capitals", "capital", "country", rule_set),
        places=mapping("places", "place", "country", rule_set),
        ambiguous=gazetteer.read_ambiguous_names(rule_set),
        keywords=mapping("organization_keywords", "keyword", "actor_type", rule_set),
        titles=column("titles", "title", rule_set),
        generic={
            row["noun"]: (row["actor_type"], row["canonical"])
            for row in rule_set.rows("generic_actors")
        },
        force_names=gazetteer.force_templates(rule_set),
        weapons=frozenset(
            noun
            for noun, kind in mapping("state_nouns", "noun", "actor_type", rule_set).items()
            if kind == "state_forces"
        ),
    )


class ActorResolver(NameTyping):
    """Give every actor mention in a Doc its canonical name and type (see module docstring).

    Names the gazetteer lacks are read by `NameTyping` (`analysis.parse.unknown_names`).
    """

    def __init__(
        self,
        *,
        actors: dict[str, Actor],
        demonyms: dict[str, str],
        capitals: dict[str, str],
        places: dict[str, str],
        ambiguous: dict[str, list[gazetteer.Ambiguity]],
        keywords: dict[str, str],
        titles: Iterable[str],
        generic: dict[str, tuple[str, str]],
        force_names: dict[str, str] | None = None,
        weapons: frozenset[str] = frozenset(),
    ) -> None:
        """Keep the lookups; each state's forces ("Police Forces of Chad") are actors."""
        self.actors = dict(actors)
        for country in {a.country for a in actors.values() if a.actor_type == "state"}:
            for noun in ("", *(force_names or {})):
                forces = gazetteer.forces_name(country, noun, force_names)
                self.actors.setdefault(forces, Actor(forces, "state_forces", (), country))
        self.types = {name: actor.actor_type for name, actor in self.actors.items()}
        self.state_countries = {n: a.country for n, a in actors.items() if a.actor_type == "state"}
        self.force_names = force_names or {}
        self.weapons = weapons  # state-force nouns a demonym may qualify ("missile")
        self.demonyms = demonyms
        self.generic = generic
        self.capitals = {name.lower(): country for name, country in capitals.items()}
        self.places = {name.lower(): country for name, country in places.items()}
        self.ambiguous = ambiguous
        self.keywords = [(tuple(k.lower().split()), t) for k, t in keywords.items()]
        self.kinds = dict(self.keywords)  # an organisation keyword's words -> its type
        self.media_words = [k for k, t in self.keywords if t == "media" and " ".join(k).islower()]
        self.descriptors = [(k, t) for k, t in self.keywords
                            if t in DESCRIBED_TYPES and " ".join(k).islower()]  # fmt: skip
        self.title_words = {word.lower() for title in titles for word in title.split()}
        self.by_name = {
            alias: actor for actor in actors.values() for alias in (actor.name, *actor.aliases)
        }
        self.known = frozenset(self.by_name)
        # a group's name written in one case ("taliban", "CHADEMA"), where the model found it
        by_case: dict[str, set[Actor]] = {}
        for alias, actor in self.by_name.items():
            if actor.actor_type != "state":
                by_case.setdefault(alias.lower(), set()).add(actor)
        self.by_case = {key: next(iter(a)) for key, a in by_case.items() if len(a) == 1}
        self.armed_nouns = frozenset(
            noun for noun, (kind, _) in generic.items() if kind in ARMED_TYPES | {UNIDENTIFIED}
        ) | {"forces"}
        self.parties = frozenset(generic)  # generic nouns that name a party ("militia")

    def __call__(self, doc: Doc) -> Doc:
        """Resolve the Doc's entities; write `doc.ents` and `doc.spans["actors"]`."""
        prefer_longer_model_entities(doc, self.ambiguous)
        # "the Nepal Students' Union" whole, not "Nepal" and two words
        restore_country_bodies(doc, self.keywords, self.ambiguous)
        join_split_bodies(doc, self.keywords)  # "the Kenya Initiative" + "for Civic Rights"
        split_dateline_dash(doc)  # "MADRID - Police said": the dateline's town, then "Police"
        split_town_and_person(doc)  # "the mayor of Cherán, José Ramírez": a town, a person
        join_hyphenated_places(doc, self.known)  # "Saut" of "Saut-d'Eau": the whole place
        join_of_places(doc)  # "Spain" of "Port of Spain": the whole place
        mentions, others = self._initial_mentions(doc)
        mentions = apply_acronym_definitions(doc, mentions, self.by_name, self.keywords)
        mentions = self.parties_that_fight(doc, mentions)  # "fighters of the X Party (XP)"
        mentions = self._resolve_pending(doc, mentions, [e for e in others if e.label_ == "GPE"])
        mentions += described_bodies(doc, self.descriptors, [m for m in mentions if m.actor])
        mentions = credited_sources(doc, mentions, self.keywords)  # "Source: Prensa Libre."
        mentions = resolve_surnames(doc, mentions)
        mentions = join_country_to_body(doc, mentions)  # "the Kenya Medical Association"
        mentions = parties_referred_to(doc, mentions)  # "a CHADEMA rally ... the party said"
        # "a Russian cruise missile struck": the forces of the state that fired it
        mentions = armed_demonyms(doc, mentions, self.demonyms, self.weapons, self.parties,
                                  self.force_names, self.state_countries)  # fmt: skip
        write_mentions(doc, mentions, others)
        countries = Counter(  # an outlet's home is not where its story is ("(Reuters)")
            self.actors[m.actor].country
            for m in mentions
            if m.actor in self.actors and self.actors[m.actor].actor_type != "media"
        )
        add_generic_actors(doc, self.generic, self.demonyms, countries, area_country,
                           known=self.known, state_countries=self.state_countries)  # fmt: skip
        office_holders(doc, article_country(doc, countries, self.demonyms, area_country))
        return doc

    # --- step 1: what the ruler and the model found ----------------------------------

    def _initial_mentions(self, doc: Doc) -> tuple[list[Mention], list[Span]]:
        """Actor (or undecided) mentions, and the other entities to keep as they are."""
        mentions, others = [], []
        places_here = places_elsewhere(doc)
        bodies = {(s.start, s.end): s for s in untagged_bodies(doc, self.keywords)}
        ents = [bodies.pop((e.start, e.end), e) for e in doc.ents]  # "the X Unit" as a law
        firsts = head_first_bodies(doc, self.keywords, frozenset(self.title_words))
        for body in [*firsts, *article_names(doc)]:
            before = body.start - (body.start > 0 and doc[body.start - 1].lower_ in DETERMINERS)
            inside = [e for e in ents if before <= e.start and e.end <= body.end]  # "The X"
            if not any(e.start < body.end and body.start < e.end for e in ents if e not in inside):
                ents = [e for e in ents if e not in inside] + [body]  # "Policía Nacional"
        for ent in [*ents, *cut_remainders(doc), *bodies.values()]:  # untagged "X Task Force"
            mention = self._mention(doc, ent, places_here) if ent.label_ in ACTOR_LABELS else None
            if ent.label_ not in ACTOR_LABELS:
                others.append(ent)
            elif mention is not None and (mention.actor or mention.pending):
                mentions.append(mention)
            elif mention is not None:
                others.append(Span(doc, mention.start, mention.end, label=mention.label))
        return mentions, others

    def _mention(self, doc: Doc, ent: Span, places_here: frozenset[str]) -> Mention | None:
        """Classify one entity; None for a bare title, which is dropped."""
        start, end = self._trim(doc, ent.start, ent.end, person=ent.label_ == "PERSON")
        if start >= end or self._is_bare_title(ent) or inside_hyphenated_word(doc, start):
            return None
        if names_an_area_word(doc, start, end, self.keywords, self.title_words):
            return None  # "the State", "Parish Headquarters": an area's word names no party
        text, label = doc[start:end].text, ent.label_
        key = text.lower()
        actor = self.actors.get(ent.ent_id_) or self.by_name.get(text)
        if actor is None and (text.islower() or text.isupper()) and len(text) > 3:
            actor = self.by_case.get(key)  # "the taliban detained": the Taliban
        ambiguous = ent.ent_id_ in self.ambiguous or text in self.ambiguous  # "The X": X
        if ambiguous and (
            not (in_place_context(doc, start, end) or comes_from_a_land(doc, start, end))
            or (not is_place(text) and armed_context(doc, start, end, self.armed_nouns))
            or (text.isupper() and a_side_in_a_fight(doc, start, end, CLASH_VERBS))
        ):  # "Maoist insurgents": no place's "insurgents", whose creed names their group;
            # "clashes between the KIA and junta troops": a side of the fight
            return Mention(start, end, label, pending="ambiguous")
        if ambiguous:
            return Mention(start, end, "GPE")  # "in Bari", "Bari region": the place
        if is_place_descriptor(doc, end):
            return Mention(start, end, "GPE")  # "a UK-based monitor": where, not who
        place_like = actor is not None and (
            (actor.actor_type == "state" and not self._state_body(text))
            or (is_place(text) and not only_another_name(text))
        )  # "Hamas" is also one of Hamm's names: no place for the group
        if place_like and actor.actor_type in GROUP_TYPES:  # "Islamic State Sinai Province
            place_like = not armed_context(doc, start, end, self.armed_nouns)  # militants"
        if actor is not None and not (  # "Al-Khobar" the group, or "in Al-Khobar" the town
            place_like
            and (
                in_place_context(doc, start, end)
                or names_origin(doc, start)
                or mediates_an_accord(doc, start, end)  # "talks facilitated by Malaysia"
                or in_dateline(doc, start)
                or dateline_country(doc, start, end)
                or headline_country(doc, start, end)
            )
        ):
            ruling = actor.actor_type == "armed_group" and doc[start - 1].lower_ == "ruling"
            kind = "political" if ruling and start else actor.actor_type  # "the ruling CNDD-FDD"
            return Mention(start, end, label, actor.name, kind)
        if actor is not None:
            return Mention(start, end, "GPE")  # "fled to Chad": a place
        if key in self.capitals and not text.isupper():  # upper case: a dateline, a place
            return Mention(start, end, "GPE", pending="capital")
        return self.unknown_name(doc, start, end, label, places_here)

    def _state_body(self, text: str) -> bool:
        """Whether a state's name is one of its bodies: "the X National Commission on Human
        Rights" (a keyword of a state's organ, and no place's name) is never a place."""
        return organization_type(text, self.keywords) in ("state", "state_forces") and not (
            is_place(text) or is_country(text)
        )

    def _is_bare_title(self, ent: Span) -> bool:
        """An ORG made of title words only, such as "Defense" in "Defense Minister X"."""
        return ent.label_ == "ORG" and all(t.lower_ in self.title_words for t in ent)

    def _trim(self, doc: Doc, start: int, end: int, *, person: bool) -> tuple[int, int]:
        """Drop a leading article (and titles, for people) and a trailing possessive."""
        while start < end and (
            doc[start].lower_ in DETERMINERS
            or (person and (doc[start].lower_ in self.title_words or area_title(doc, start, end)))
        ):
            start += 1
        while end > start and (doc[end - 1].lower_ in POSSESSIVES or doc[end - 1].is_space):
            end -= 1
        breaks = [t.i for t in doc[start:end] if "\n" in t.text or "\n" in t.whitespace_]
        if breaks:  # a headline's last word and the next line's first are two things
            end = breaks[0] + (0 if "\n" in doc[breaks[0]].text else 1)
        return start, end

    # --- step 3: ambiguous acronyms and capitals, by the article's countries ----------

    def _resolve_pending(
        self, doc: Doc, mentions: list[Mention], places: list[Span]
    ) -> list[Mention]:
        """Capitals act for their state unless used as a place; acronyms follow the countries."""
        countries = Counter(  # an outlet's home is not where its story is ("(Reuters)")
            self.actors[m.actor].country
            for m in mentions
            if m.actor in self.actors and self.actors[m.actor].actor_type != "media"
        )
        names = [doc[m.start : m.end].text.lower() for m in mentions if m.pending == "capital"]
        names += [ent.text.lower() for ent in places]
        countries.update(self.places.get(name) or self.capitals.get(name, "") for name in names)
        countries.update(place_country(ent.text) or "" for ent in places)
        countries.update(self.demonyms.get(token.text, "") for token in doc)
        countries.pop("", None)
        resolved = []
        for mention in mentions:
            text = doc[mention.start : mention.end].text
            undecided = Mention(mention.start, mention.end, mention.label)
            if mention.pending == "capital":
                # "in Baghdad", and "Baku said", "Islamabad accused Kabul": a capital alone is
                # the city. The held-out sets' coders list a capital standing for its
                # government as a place, never as an actor (set 21's README); its country
                # still counts towards the article's countries above.
                mention = undecided
            elif mention.pending == "ambiguous":
                armed = armed_context(doc, mention.start, mention.end, self.armed_nouns) or (
                    text.isupper()
                    and a_side_in_a_fight(doc, mention.start, mention.end, CLASH_VERBS)
                )
                actor = self._reading(text, countries, armed=armed)
                fallback = replace(undecided, actor=mention.actor, actor_type=mention.actor_type)
                mention = (  # no reading fits: a name its acronym defined keeps its own
                    (fallback if mention.actor else undecided)
                    if actor is None
                    else replace(
                        undecided, label=actor.label, actor=actor.name, actor_type=actor.actor_type
                    )
                )
            resolved.append(mention)
        return resolved

    def _reading(self, name: str, countries: Counter[str], *, armed: bool) -> Actor | None:
        """The reading of an ambiguous name that fits the article (see `choose_reading`)."""
        readings = self.ambiguous.get(name, [])
        armed_types = ARMED_TYPES if armed else frozenset()
        actor = choose_reading(readings, name, countries, self.types, armed=armed_types)
        return None if actor is None else self.actors.get(actor)
