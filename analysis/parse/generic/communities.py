"""Named communities that fight or are fought: "the X clan clashed", "nine Fulani were killed".

A clan, tribe or community named by its proper nouns before its word ("the Dhulbahante
clan", "the Ipili and Paiela clans") is a militia where it fights, coded "<Name> Clan
Militia"; a people the gazetteer reads as its militia is civilians where violence is done
to it. Split from `generic.named` (parties named by the words around them).
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.generic.deeds import CLASH_VERBS, OWNER_PREPOSITIONS, VIOLENT_VERBS, fighting
from analysis.parse.places import is_place
from analysis.rules import packaged_rows

# Words for a community its name goes before ("the X clan"): `party_words.csv`.
COMMUNITY_WORDS = frozenset(
    r["word"] for r in packaged_rows("party_words") if r["kind"] == "community"
)
# Readings a community's name may have had before this rule: a person, an untyped body.
UNTYPED = frozenset({"person", "other"})
# Types of the armed men a community's name may own ("fighters of the X clan").
ARMED = frozenset({"armed_group", "militia", "unidentified_armed_group"})


def _sides_of(token: Token) -> bool:
    """Whether a community's word names two sides: "clashes between the X and Y clans"."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "between"
        and token.head.head.lemma_.lower() in CLASH_VERBS | VIOLENT_VERBS
    )


def _conjoined(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The names joined by "and" or commas before the name at `start`: "the X, Y and Z clans".

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words="the Ipili and Paiela clans".split(),
    ...           pos=["DET", "PROPN", "CCONJ", "PROPN", "NOUN"])
    >>> _conjoined(doc, 3)
    [(1, 2)]
    """
    names = []
    while start > 1 and doc[start - 1].lower_ in ("and", ","):
        end = first = start - 1
        while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first == end or is_place(doc[first:end].text):
            break
        names.append((first, end))
        start = first
    return names


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
        plural = token.lower_.endswith("s") and token.lower_[:-1] in COMMUNITY_WORDS
        if (token.lower_ not in COMMUNITY_WORDS and not plural) or not token.is_lower:
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].is_title
            and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ == "NORP")
        ):
            start -= 1
        words = doc[start : token.i]
        clash = [s for s in spans if s.start < token.i and start < s.end]  # the name's, not
        if not words or is_place(words.text) or any(s.label_ not in UNTYPED for s in clash):
            continue  # the bare word's own reading ("clans": a communal militia)
        if any(t.ent_type_ in ("LOC", "FAC") for t in words):  # an unknown name the model
            continue  # calls a GPE is no known place (`is_place` above): "the Kaiap clan"
        # "the X clan militia clashed": the clan's word on the fighting noun
        armed = {i for s in spans if s.label_ in ARMED for i in range(s.start, s.end)}
        if _syndicate_clan(doc, start, spans):  # "the Camorra's Licciardi clan"
            name, label = f"{words.text} {token.text}", "armed_group"
        elif (
            fighting(token, brawls=True)  # "men from two Bedouin clans fought with rifles"
            or (token.dep_ == "compound" and fighting(token.head))
            or _sides_of(token)  # "clashes between the X and Y clans"
            or (
                token.dep_ == "pobj"
                and token.head.lower_ in OWNER_PREPOSITIONS
                and token.head.head.i in armed
            )
        ):  # "fighters of the X clan": the clan's armed men
            kind = "Clan" if "clan" in token.lower_ else "Ethnic"
            name, label = f"{words.text} {kind} Militia", "militia"
        elif clash:  # "members of the X clan were killed": the community's people, civilians
            name, label = f"Civilians ({country})", "civilians"
        else:
            continue  # "the Yelwata community" is as often a village as a people
        end = token.head.i + 1 if token.dep_ == "compound" and token.head.i > token.i else token.i
        end = max(end, token.i + 1)
        found.append(Span(doc, start, end, label=label, kb_id=name, span_id=name))
        if plural and label == "militia":  # "the X and Y clans": X's too
            for first, last in _conjoined(doc, start):
                other = f"{doc[first:last].text} {kind} Militia"
                found.append(Span(doc, first, last, label=label, kb_id=other, span_id=other))
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted([*kept, *found], key=lambda s: (s.start, s.end))


def _syndicate_clan(doc: Doc, start: int, spans: list[Span]) -> bool:
    """Whether the name's clan is an armed group's own: "the Camorra's Licciardi clan".

    A crime syndicate's clans are armed groups (coders name them so), not a community.
    """
    return (
        start >= 2
        and doc[start - 1].tag_ == "POS"
        and any(s.end == start - 1 and s.label_ == "armed_group" for s in spans)
    )


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
