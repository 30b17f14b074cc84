"""Names the gazetteer does not know: a place, an outlet, a body typed by its words, or a person.

The resolver (`analysis.parse.resolver`) hands every entity no gazetteer entry covers to
`NameTyping.unknown_name`: a name used as a place is a place, whatever the model tagged;
an organisation gets its type from its own words (`data/organization_keywords.csv`,
"Ministry", "Police") or from a descriptor before it ("the rights group X"); a name where
an outlet stands is media; a state's body named by a place is that state (or its forces).
"""

from dataclasses import replace

from spacy.tokens import Doc

from analysis.parse import gazetteer
from analysis.parse.context import (
    headline_locator,
    holds_admin_office,
    in_place_context,
    qualifies_a_person_or_event,
    speaks_for_its_area,
    where_an_event_happened,
)  # fmt: skip
from analysis.parse.generic.deeds import VIOLENT_VERBS
from analysis.parse.head_first import NAME_ARTICLES
from analysis.parse.mentions import (
    FOLLOWER_NOUNS,
    Mention,
    descriptor_type,
    organization_type,
    party_follows,
    party_precedes,
)  # fmt: skip
from analysis.parse.outlets import in_outlet_role, next_to_a_media_word
from analysis.parse.place_shapes import shaped_as_a_place
from analysis.parse.places import (
    ADMIN_WORDS,
    area_country,
    fold,
    is_country,
    is_place,
    named_area_country,
    place_country,
)  # fmt: skip
from analysis.parse.readings import armed_context
from analysis.parse.settlements import is_settlement
from analysis.rules import of_kind

# An army's own word ("Army", "Ejército") and the words a state's army adds to it
# ("National", "Royal"): `data/party_words.csv`.
ARMY_WORDS = frozenset(w.lower() for w in of_kind("party_words", "word", "army"))
STATE_QUALIFIERS = frozenset(w.lower() for w in of_kind("party_words", "word", "state_qualifier"))

# Keyword types that make a "person" the model found an organisation ("Rádio Moçambique").
NAMED_BODY_TYPES = frozenset({"media", "ngo", "international_org"})
# Keyword types of a state's own body: "Ministry of Health" is no place, wherever it stands.
STATE_BODIES = frozenset({"state", "state_forces"})
# A party's people whose deeds say nothing of arms ("members of the X Party beat ..."):
# `party_words.csv`, kind `member`.
MEMBER_NOUNS = frozenset(of_kind("party_words", "word", "member"))
# Types of the generic nouns of a party's armed people ("fighters of the X Party").
ARMED_KINDS = frozenset({"armed_group", "militia", "unidentified_armed_group"})
# Keyword types of a civil-society or international body's name, read whole wherever it
# stands ("in Kadoma, the Zimbabwe Council of Churches").
SOCIETY_TYPES = frozenset({"ngo", "international_org"})
# Types a descriptor gives a name over its own words: "the opposition Movement for Change".
DESCRIBED_TYPES = NAMED_BODY_TYPES | {"political"}


def _own_type(doc: Doc, start: int, text: str, keywords: list[tuple[tuple[str, ...], str]]) -> str:
    """A name's type by its own words; "Los Monos" is a crime group (`head_first.article_names`)."""
    kind = organization_type(text, keywords)
    return "armed_group" if kind == "other" and doc[start].text in NAME_ARTICLES else kind


def _numbered(doc: Doc, end: int) -> bool:
    """Whether a number follows a unit's name: "Light Infantry Battalion 345", "... No. 4".

    A numbered unit is a state's, as one numbered before its word is ("3rd Brigade",
    `mentions.organization_type`).
    """
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("no", "no.", "nº") and end + 1 < len(doc):
        nxt = doc[end + 1] if doc[end + 1].text != "." else doc[min(end + 2, len(doc) - 1)]
    return nxt is not None and nxt.text.isdigit()


class NameTyping:
    """The resolver's reading of unknown names; it holds the lookups these methods use.

    `keywords` (organisation keywords as (words, type)), `generic` (generic nouns),
    `places`, `capitals`, `demonyms`, `media_words`, `actors`, `types`, `kinds`,
    `force_names` and `armed_nouns` are set by the resolver
    (`analysis.parse.resolver.ActorResolver`).
    """

    keywords: list[tuple[tuple[str, ...], str]]
    kinds: dict[tuple[str, ...], str]
    generic: dict[str, tuple[str, str]]
    places: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    media_words: list[tuple[str, ...]]
    actors: dict[str, gazetteer.Actor]
    types: dict[str, str]
    force_names: dict[str, str]
    armed_nouns: frozenset[str]

    def unknown_name(
        self, doc: Doc, start: int, end: int, label: str, places_here: frozenset[str]
    ) -> Mention | None:
        """A name the gazetteer does not know: a place (`places_here`: used as one), or not."""
        text = doc[start:end].text
        key = text.lower()
        kind = _own_type(doc, start, text, self.keywords)
        if kind == "other" and start > 1 and doc[start - 1].lower_ in ("of", "for"):
            kind = self.generic.get(doc[start - 2].lower_, ("other",))[0]  # "Minister for X"
            kind = kind if kind == "state" else "other"
        described = descriptor_type(doc, start, self.keywords)
        if kind == "other" or described in DESCRIBED_TYPES:  # "the rights group Odhikar"
            kind = described if described != "other" else kind  # "the opposition X Movement"
        if kind in ("other", "media") and self._outlet(doc, start, end, label):
            return Mention(start, end, "ORG", text, "media")  # "told Kompas", "Punch newspaper"
        party = party_follows(doc, end, self.generic) or party_precedes(doc, start)
        kind = "political" if kind == "other" and party else kind
        kind = "state_forces" if kind == "armed_group" and self.states_army(text) else kind
        kind = "state_forces" if kind == "armed_group" and _numbered(doc, end) else kind
        body = organization_type(" ".join(text.split()[:-1]), self.keywords) != "other"
        # "a National Army post", "a Belize Defence Force soldier": a body's own name; so is
        # one whose words before an area's word say a force ("the Counter Terrorism
        # Department", "the Fourth Army Region"), not a "Local Government Area"
        forces = organization_type(" ".join(text.split()[:-1]), self.keywords)
        forces = forces in ARMED_KINDS | {"state_forces"}
        named_body = organization_type(text, self.keywords) != "other" and (
            forces or not is_place(text)
        )
        # "Los Pulpos": no place table knows it (`head_first.article_names`), so the model's
        # place tag for it elsewhere in the text ("Members of Los Pulpos shot") is no clue
        named_body = named_body or (kind == "armed_group" and doc[start].text in NAME_ARTICLES)
        if speaks_for_its_area(doc, start, end):  # "Kaduna State said": its government
            return Mention(start, end, "ORG", area_country(text) or text, "state")
        if (
            key in self.places
            or key in self.capitals
            or (is_place(text) and not body)  # "Memphis Police Department" is the police
            or (
                label in ("NORP", "PERSON", "ORG")
                and (
                    (
                        in_place_context(doc, start, end, strong=label != "NORP")
                        and kind not in STATE_BODIES
                        and not (label == "ORG" and self._society_named(text))
                    )  # "the Ministry of Health's department"; "in Kadoma, the X Council
                    # of Churches": an apposition to a place that names a body by its head
                    or holds_admin_office(doc, start, end)
                    or (qualifies_a_person_or_event(doc, start, end) and not named_body)
                    or headline_locator(doc, start, end)
                    or (kind == "other" and where_an_event_happened(doc, start))
                    or (is_settlement(doc, start, end) and not named_body)
                    or (text in places_here and not named_body)
                )
            )
            or (end < len(doc) and doc[end].lower_ in ADMIN_WORDS)
            or shaped_as_a_place(doc, start, end, label)  # "from the Terai", "X Hospital"
            or (
                label == "PERSON"
                and end < len(doc)
                and doc[end].lower_ in self.generic
                and not named_body  # "Jaish al-Izza fighters": a group's own word
            )
        ):  # "Cité Soleil gang": a person's name does not qualify a category; a place does
            return Mention(start, end, "GPE")  # a place, whatever the model said
        tail = {doc[end - 1].lower_, doc[max(end - 2, start) : end].text.lower()}
        if label in ("PERSON", "ORG") and (
            all(t.pos_ == "NOUN" for t in doc[start:end])
            or (text.islower() and tail & self.generic.keys())
        ):  # "Missiles", "the health ministry", "the regional health bureau": common nouns
            return None
        if text in self.demonyms:
            return Mention(start, end, "NORP")
        if (
            (label == "PERSON" and kind in NAMED_BODY_TYPES | ARMED_KINDS)
            or (label == "GPE" and body)
            or (label == "PERSON" and kind == "political" and end - start == 1)
            or (label == "PERSON" and self.kinds.get((doc[end - 1].lower_,)) == "political")
        ):  # "Rádio Moçambique", "Saraya al-Quds" (an armed movement's word); "Jubilee and
            # ODM supporters": one word is a party's name; so is a "person" ending in a
            # party's word ("Jubo Dal", "Youth League")
            return Mention(start, end, "ORG", text, kind)
        if kind in STATE_BODIES and (  # "Kaduna State Police Command"; "Lakki Marwat Police"
            label == "ORG" or organization_type(text, self.keywords) in STATE_BODIES
        ):  # tagged as a person is a body by its own words, not by "police surgeon" before it
            label = "ORG"
            owner = [c.text for c in doc[start:end].root.lefts if c.dep_ == "poss"]
            name = self._state_of(" ".join([*owner, text]), kind)  # "Russia's defence ministry"
            return Mention(start, end, label, name or text, kind)
        if label == "PERSON":
            return Mention(start, end, label, text, "person")
        if label == "ORG":
            return Mention(start, end, label, text, kind)
        return Mention(start, end, label)

    def _society_named(self, text: str) -> bool:
        """Whether a name ends in a civil-society or international body's keyword.

        Two words or more, and no place's name: "Zimbabwe Council of Churches", "Legal and
        Human Rights Centre".
        """
        words = tuple(fold(text).split())
        return (
            len(words) > 1
            and any(kind in SOCIETY_TYPES and words[-len(k) :] == k for k, kind in self.keywords)
            and not is_place(text)
        )

    def parties_that_fight(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A body its own words call a party is an armed group where it fights.

        "Fighters of the Marxist Workers' Party (MWP) ambushed a patrol": a party by its
        name, an armed group by its deed, in every mention (its acronym's too). The
        gazetteer's parties keep their type: a former rebel movement in politics is one.
        """
        fighters = {
            m.actor
            for m in mentions
            if m.actor_type == "political"
            and m.actor not in self.actors
            and self._by_deed(doc, m.start, m.end, "political") == "armed_group"
        }
        return [replace(m, actor_type="armed_group") if m.actor in fighters else m
                for m in mentions]  # fmt: skip

    def _by_deed(self, doc: Doc, start: int, end: int, kind: str) -> str:
        """A party's type, or an armed group's where the name fights.

        Its name is the subject of a violent verb ("the X
        Party ambushed a patrol") or the doer of a passive one ("killed by the X Party"),
        or an armed noun goes with it (`armed_context`: "fighters of the X Party"). Its
        supporters' clash is theirs.
        """
        if kind != "political" or organization_type(doc[start:end].text, self.keywords) != kind:
            return kind
        root = doc[start:end].root
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if (
            owner is not None
            and owner.lower_ not in FOLLOWER_NOUNS | MEMBER_NOUNS
            and self.generic.get(owner.lower_, ("armed_group",))[0] in ARMED_KINDS
        ):  # "remnants of the X Party ambushed"; its supporters' or members' deeds are theirs
            root = owner
        verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else root.head
        doer = root.dep_ == "nsubj" or (root.dep_ == "pobj" and root.head.dep_ == "agent")
        fights = (doer and verb.lemma_.lower() in VIOLENT_VERBS) or armed_context(
            doc, start, end, self.armed_nouns
        )
        return "armed_group" if fights else kind

    def _outlet(self, doc: Doc, start: int, end: int, label: str) -> bool:
        """Whether a name no keyword types stands where an outlet does (`parse.outlets`).

        People are told things too: of the names tagged as people, only one-word ones
        ("told Tolonews", "according to Dawn") and those next to a media word are outlets.
        """
        if next_to_a_media_word(doc, start, end, self.media_words):
            return True  # "Punch newspaper", though a village is called Punch
        if label == "PERSON" and end - start > 1:
            return False
        text = doc[start:end].text
        return not self._not_an_outlet(text) and in_outlet_role(doc, start, end, self.media_words)

    def _not_an_outlet(self, text: str) -> bool:
        """Whether a name is a country, a known place or a people ("according to Kenya")."""
        key = text.lower()
        return (
            key in self.places
            or key in self.capitals
            or text in self.demonyms
            or (is_country(text))
        )

    def _state_of(self, name: str, kind: str) -> str | None:
        """The state (or its forces) a local body's name stands for, by the place it names."""
        words = [w for w in name.split() if w[0].isupper() and (w.lower(),) not in self.kinds]
        states = (self.types.get(w) == "state" and self.actors[w].country for w in words)
        # a keyword's own word is no town: "Human" (a town in Ukraine) in "Human Rights Commission"
        own = {w for key, _ in self.keywords for w in key}
        country = next(filter(None, states), None) or named_area_country(name) or next(
            filter(None, (self.demonyms.get(w) or (w.lower() not in own and place_country(w))
                          for w in words)), None
        )  # fmt: skip
        # "Plateau State Police Command": Nigeria's state, not Benin's department
        lower = name.lower().split()  # "Security Service": the security forces' template
        noun = next((n for n in self.force_names if n.split()[0] in lower), "")
        if country is None or kind == "state":
            return country
        return gazetteer.forces_name(country, noun, self.force_names)

    def states_army(self, name: str) -> bool:
        """Whether an army's name says only whose state it is: "the National Army".

        "Royal Thai Army", "Ejército Nacional", "Ugandan Army": besides the army's word, only
        a demonym, a country or a state's qualifier ("National", "Royal"). "Arakan Army" and
        "Free Syrian Army" name a group by other words; the gazetteer's armies keep theirs.

        >>> typing = NameTyping()
        >>> typing.demonyms = {"Thai": "Thailand"}
        >>> [typing.states_army(n) for n in ("National Army", "Royal Thai Army", "Arakan Army")]
        [True, True, False]
        """
        words = name.replace("'s", "").split()
        if not words or not any(w.lower() in ARMY_WORDS for w in words):
            return False
        return all(
            w.lower() in ARMY_WORDS | STATE_QUALIFIERS or w in self.demonyms or is_country(w)
            for w in words
        )
