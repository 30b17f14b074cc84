"""Where a figure or event happened: `place`, `admin1`, `country`, coordinates, precision and span.

A figure's place is the place named nearest it in its sentence (a locative phrase first:
"in Kharkiv", "in Walikale territory"); a figure whose sentence names none takes the
nearest place named before it in the article (the lead dates and places the figures that
follow), and a running or cumulative toll takes the article's main country. A place the
wounded were carried to ("evacuated to Fada N'Gourma"), or people fled to from a place
named ("fled the area towards Butembo"), or attackers or residents fled to ("the gunmen
fled towards X", "residents fled to X": they left the scene), is not where it happened.
Names are resolved offline by `analysis.parse.places`, preferring places in the countries
the article names (so a bare "TRIPOLI -" dateline in a story about "the Libyan capital"
is in Libya).
"""

from collections import Counter
from functools import cache, lru_cache

import numpy as np
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from analysis.extract.doc import IOB_BEGIN, IOB_INSIDE, TokenCodes, actor_spans, sentence_index
from analysis.parse.article_context import article_dateline_origin, dateline_town
from analysis.parse.datelines import region_country
from analysis.parse.generic.deeds import UNIDENTIFIED
from analysis.parse.generic.forces import GROUP_TYPES, STATE_TYPES
from analysis.parse.places import (
    AREA_WORDS,
    Place,
    country_of,
    demonym_countries,
    fold,
    is_never_place,
    resolve_place,
)  # fmt: skip
from analysis.rules import flagged, mapping, marks, packaged_rows

POSSESSIVES = marks("possessive")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG", ""})


@lru_cache(maxsize=16384)
def _country_named(name: str) -> str | None:
    """`country_of`, remembered across articles.

    Every article asks it of each proper noun, and news repeats the same few hundred names
    ("Sudan", "Russian", "Kyiv") from one article to the next. Bounded, so a long corpus
    of rare names cannot grow it without end.
    """
    return country_of(name)


@lru_cache(maxsize=16384)
def _folded(name: str) -> str:
    """`fold`, remembered across articles (as `_country_named`)."""
    return fold(name)


class _Mention:
    """A place named in the article, resolved."""

    __slots__ = ("away", "end", "place", "start")

    def __init__(self, start: int, end: int, place: Place, away: bool = False) -> None:
        self.start, self.end, self.place, self.away = start, end, place, away


class _DocPlaces:
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.mentions: list[_Mention] = []
        self.by_sentence: dict[int, list[_Mention]] = {}
        self.earlier_fine: dict[int, _Mention | None] = {}
        self.countries: tuple[str, ...] = ()
        self.main_country: str | None = None
        self.main_fine: Place | None = None
        self.sents: list[Span] = []
        self.sentence_of: list[int] = []


_PLACES = _DocPlaces()


def _candidates(doc: Doc, codes: TokenCodes) -> list[tuple[Span, str, bool]]:
    """Name runs that may be places: (span, entity label, after a locative word).

    GPE/LOC/FAC entities and capitalised names, plus a following area word ("Walikale
    territory"). Never a place: a name that is the subject of a verb ("Moscow denies"), a
    demonym ("a Russian missile" says whose), an organisation ("Islamic State province":
    an actor other than a state, or a state's government named other than by its country).
    """
    spans, i = [], 0
    locatives = flagged("locative_prepositions", "preposition", "place_of_figure")
    organisations = {  # a state counts as a place by its country's name only, not as
        i  # "the Government of National Unity" or "the state government": their tokens
        for s in actor_spans(doc)
        if s.label_ != "state" or _country_named(s.text) is None
        for i in range(s.start, s.end)
    }
    place_start = (codes.iob == IOB_BEGIN) & codes.labelled(("GPE", "LOC", "FAC"))
    name_start = (codes.pos == PROPN) & codes.labelled(("", "PERSON", "ORG"))
    # Only a place entity's first token or a proper noun starts a run: jump between them.
    for first in np.flatnonzero(place_start | name_start).tolist():
        if first < i:
            continue  # inside the run before
        i, end = first, first + 1
        if place_start[i]:
            while end < len(doc) and codes.iob[end] == IOB_INSIDE:
                end += 1
        else:
            while end < len(doc) and codes.pos[end] == PROPN and codes.ent[end] == codes.ent[i]:
                end += 1
        if end < len(doc) and doc[end].lower_ in AREA_WORDS:
            end += 1
        start = i + 1 if doc[i].lower_ == "the" else i
        span = doc[start:end]
        before = doc[start - 1].lower_ if start else ""
        demonym = _folded(span.text) in demonym_countries()
        acts = span.root.dep_ in {"nsubj", "nsubjpass"} and before not in locatives
        organisation = not organisations.isdisjoint(range(span.start, span.end))
        building = (end < len(doc) and doc[end].lower_ in _facility_words()) or doc[
            end - 1
        ].lower_ in _facility_words()  # "Al-Nau hospital", "Hospital staff said"
        if not (demonym or acts or organisation or building):
            spans.append((span, doc[i].ent_type_, before in locatives))
        i = end
    return spans


# Who attacks: an armed group, a militia, a state's forces or unidentified gunmen.
ARMED_TYPES = GROUP_TYPES | STATE_TYPES | {UNIDENTIFIED}


@cache
def _facility_words() -> frozenset[str]:
    rows = packaged_rows("incident_terms")
    return frozenset(r["term"] for r in rows if r["kind"] == "facility_word")


@cache
def _movement_words(kind: str) -> frozenset[str]:
    rows = packaged_rows("incident_terms")
    return frozenset(r["term"] for r in rows if r["kind"] == kind)


def _carried_to(doc: Doc, start: int, end: int) -> bool:
    """Whether the place named at `start` is where people were taken or went, not left.

    "evacuated by helicopter to Fada N'Gourma": where the wounded were taken, not where
    they were hurt; "fled the area towards Butembo": the place left is "the area". People
    who fled to a place without naming the one they left keep it ("fled towards Djibo").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root
    while noun.dep_ == "conj" and noun.head is not noun:  # "towards Butembo and Musienene"
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _movement_words("destination_word"):
        return False
    head = prep.head
    if head.lemma_ in _movement_words("transfer_verb"):
        return True
    fled = head.head if head.dep_ == "dobj" else head
    left = any(c.dep_ == "dobj" for c in fled.children) if fled is head else True
    if fled.lemma_ in _movement_words("flee_verb") and _left_a_known_place(doc, fled):
        return True  # "the gunmen fled towards X", "residents fled towards X": not where
    return fled.lemma_ in _movement_words("flee_verb") and left


def _left_a_known_place(doc: Doc, verb: Token) -> bool:
    """Whether those who fled came from the scene: attackers, or residents of the place.

    "The gunman and a rider fled towards X": where the attackers went is not where they
    struck; "hundreds of residents fled towards X": residents left the place they live in,
    which the article named. "Thousands of people fled towards Djibo" keeps Djibo.
    """
    armed = {i for s in actor_spans(doc) if s.label_ in ARMED_TYPES for i in range(s.start, s.end)}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    people = [t for s in subjects for t in (s, *s.conjuncts)]
    people += [g for t in people for c in t.children if c.lower_ == "of" for g in c.children]
    return any(t.i in armed or t.lower_ in _residents() for t in people)


@cache
def _residents() -> frozenset[str]:
    """People named by where they live ("residents", "villagers"): `data/resident_nouns.csv`."""
    return frozenset(row["noun"] for row in packaged_rows("resident_nouns"))


@cache
def _capital_of() -> dict[str, str]:
    """Country -> its capital (`data/capitals.csv`), read once rather than per article."""
    return {_canonical(c): name for name, c in mapping("capitals", "capital", "country").items()}


def _capitals(
    doc: Doc, codes: TokenCodes, countries: tuple[str, ...]
) -> list[tuple[int, int, Place]]:
    """The capital a phrase names: "the Libyan capital", "Sudan's capital"."""
    capital_of = _capital_of()
    found = []
    for token in (doc[i] for i in codes.where_lower("capital") if i):
        owner = doc[token.i - 1]
        if owner.text in POSSESSIVES:
            owner = doc[token.i - 2]
        country = _country_named(owner.text)
        name = capital_of.get(country) if country else None
        place = resolve_place(name, (country, *countries)) if name else None
        if place is not None:
            found.append((owner.idx, token.idx + len(token), place))
    return found


def _canonical(country: str) -> str:
    return _country_named(country) or country


def _named_countries(doc: Doc, codes: TokenCodes) -> tuple[str, ...]:
    """The countries the article names (by name or demonym), most named first."""
    named: Counter[str] = Counter()
    for i in np.flatnonzero(codes.labelled(("GPE", "NORP")) | (codes.pos == PROPN)).tolist():
        country = _country_named(doc[i].text)
        if country:
            named[country] += 1
    for start, end in codes.entities():
        country = _country_named(doc[start:end].text) if end - start > 1 else None
        if country:
            named[country] += 1
    return tuple(c for c, _ in named.most_common())


def _dateline_place(name: str, region: str | None, origin: str | None) -> Place | None:
    """The dateline's second part as the country it names: "Trinidad" is not Bolivia's."""
    if name != region or not origin or region_country(name) is None:
        return None
    return Place(origin, None, origin, None, None, "country")


def _doc_places(doc: Doc) -> _DocPlaces:
    if _PLACES.doc is doc:
        return _PLACES
    codes = TokenCodes(doc)
    countries = _named_countries(doc, codes)
    region, origin = article_dateline_origin(doc)  # the text's, else the one cleaning split off
    if origin:  # "SAN FERNANDO, Trinidad —": the town is the one in the dateline's country
        countries = (origin, *(c for c in countries if c != origin))
    resolved: list[tuple[int, int, Place | None, bool]] = []
    for span, label, after_locative in _candidates(doc, codes):
        if is_never_place(span.text):
            continue
        place = _dateline_place(span.text, region, origin) or resolve_place(span.text, countries)
        named_place = bool(label) or after_locative
        # Another spelling ("Odesa" for Odessa) only for a name spaCy calls a GPE: a sea or
        # river ("the Nile", "the Black Sea") shares spellings with towns.
        spelled = place is not None and (
            _folded(place.place) == _folded(span.text) or label == "GPE"
        )
        keep = place is not None and (
            place.precision != "city"
            or (spelled and (place.country in countries[:1] or named_place))
        )  # fmt: skip
        town = label == "GPE" or (not label and after_locative)  # not a sea, river, building
        resolved.append((span.start_char, span.end_char, place if keep else None, town))
    # The main country: the one named most, counting the countries its places are in
    # ("the Saudi Hospital" in a story about El Fasher does not make it Saudi Arabia's).
    datelined = dateline_town(doc, countries)  # a dateline cleaning split off: no span
    votes = Counter(countries) + Counter(p.country for _, _, p, _ in resolved if p and p.country)
    votes += Counter([datelined.country] if datelined and datelined.country else [])
    if votes:
        countries = tuple(c for c, _ in votes.most_common())
    main_country = countries[0] if countries else None
    mentions = []
    text = doc.text  # built from the tokens at every call: read once
    for start, end, place, named_place in resolved:
        if place is None and named_place and main_country:  # "near Pinga": a place not listed
            name = text[start:end]
            words = name.split()
            area = AREA_WORDS.get(words[-1].lower()) if len(words) > 1 else None
            place = Place(name, None, main_country, None, None, area or "city")
        if place is not None:  # "across the Nile from Khartoum": a place away from it
            away = text[max(0, start - 5) : start].strip().lower().endswith("from")
            if not _carried_to(doc, start, end):
                mentions.append(_Mention(start, end, place, away))
    mentions += [_Mention(s, e, p) for s, e, p in _capitals(doc, codes, countries)]
    mentions.sort(key=lambda m: m.start)
    _PLACES.doc, _PLACES.mentions, _PLACES.countries = doc, mentions, countries
    _PLACES.by_sentence, _PLACES.earlier_fine = {}, {}
    sents, sentence_of = sentence_index(doc)  # Span.sent walks the sentence: once here
    _PLACES.sents, _PLACES.sentence_of = sents, sentence_of
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            sentence = sents[sentence_of[span.start]]
            _PLACES.by_sentence.setdefault(sentence.start_char, []).append(mention)
    _PLACES.main_country = main_country
    _PLACES.main_fine = _main_fine(mentions, datelined)
    return _PLACES


def _main_fine(mentions: list[_Mention], datelined: Place | None) -> Place | None:
    """The article's main town: the town or district named most (first among equals).

    A body that names none takes the town of the dateline cleaning split off (where the
    report was filed); a body's own town wins over it, as filing towns are often a capital.
    """
    fine = Counter(m.place.place for m in mentions if m.place.precision in {"city", "district"})
    main = next(
        (m.place for m in mentions if fine and m.place.place == fine.most_common(1)[0][0]), None
    )
    return main or (datelined if datelined is not None and _rank(datelined) == 0 else None)


def _rank(place: Place) -> int:
    return {"city": 0, "district": 0, "province": 1}.get(place.precision, 2)


def figure_place(doc: Doc, sent: Span, at_char: int, scope: str) -> dict[str, object]:
    """The place columns of one figure.

    The finest place its sentence names (nearest the figure among equals); a province or
    country there, for an incident, narrows to the article's main town when that town is
    in it ("a village in Rakhine State" in a story about Kyauktaw). A sentence without a
    place: the nearest town or district named before it, else the article's main town,
    else its main country. A running or cumulative toll keeps its own words' place.
    """
    places = _doc_places(doc)
    inside = places.by_sentence.get(sent.start_char, [])
    chosen: _Mention | None = None
    if inside:
        chosen = min(inside, key=lambda m: (m.away, _rank(m.place), abs(m.start - at_char)))
        main = places.main_fine
        if (
            scope == "incident"
            and _rank(chosen.place)
            and main is not None
            and _within(main, chosen.place)
        ):
            return _columns(main, None, None)
    elif scope == "incident":
        chosen = _previous_fine(doc, sent, places)
        if chosen is None and places.main_fine is not None:
            return _columns(places.main_fine, None, None)
    if chosen is None and places.main_country:
        place = Place(places.main_country, None, places.main_country, None, None, "country")
        return _columns(place, None, None)
    if chosen is None:
        return _columns(None, None, None)
    return _columns(chosen.place, chosen.start, chosen.end)


def _previous_fine(doc: Doc, sent: Span, places: _DocPlaces) -> _Mention | None:
    """The town or district of the previous sentence of the same paragraph.

    The article's main town if it is among them, else the first ("Eleven died" after
    "gunmen attacked Djibo").
    """
    if sent.start_char not in places.earlier_fine:
        sents, number = places.sents, places.sentence_of[sent.start]
        chosen = None
        if number:
            previous = sents[number - 1]
            gap = doc[previous.start : sent.start].text_with_ws  # not doc.text: built per call
            fine = [
                m for m in places.by_sentence.get(previous.start_char, []) if _rank(m.place) == 0
            ]
            if fine and not gap.rstrip(" ").endswith("\n"):
                main = [
                    m for m in fine if places.main_fine and m.place.place == places.main_fine.place
                ]
                chosen = (main or fine)[0]
        places.earlier_fine[sent.start_char] = chosen
    return places.earlier_fine[sent.start_char]


def _within(fine: Place, coarse: Place) -> bool:
    """Whether a town lies in a province or country (by admin1 when both have one)."""
    if fine.country != coarse.country:
        return False
    if coarse.precision == "province" and fine.admin1 and coarse.admin1:
        return fold(fine.admin1) == fold(coarse.admin1)
    return True


def _columns(place: Place | None, start: int | None, end: int | None) -> dict[str, object]:
    return {
        "place": place.place if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "place_precision": place.precision if place else "unknown",
        "place_start": start,
        "place_end": end,
    }
