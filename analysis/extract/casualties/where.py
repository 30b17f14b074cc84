"""Where a figure happened: `place`, `admin1`, `country`, coordinates, precision and span.

A figure's place is the place named nearest it in its sentence (a locative phrase first:
"in Kharkiv", "in Walikale territory"); a figure whose sentence names none takes the
nearest place named before it in the article (the lead dates and places the figures that
follow), and a running or cumulative toll takes the article's main country. Names are
resolved offline by `analysis.parse.places`, preferring places in the countries the
article names (so a bare "TRIPOLI -" dateline in a story about "the Libyan capital" is
in Libya).
"""

from collections import Counter

from spacy.tokens import Doc, Span

from analysis.extract.casualties.figures import sentence_index
from analysis.parse.places import AREA_WORDS, Place, country_of, is_never_place, resolve_place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG", ""})


class _Mention:
    """A place named in the article, resolved."""

    __slots__ = ("end", "place", "start")

    def __init__(self, start: int, end: int, place: Place) -> None:
        self.start, self.end, self.place = start, end, place


class _DocPlaces:
    doc: Doc | None = None
    mentions: list[_Mention] = []
    by_sentence: dict[int, list[_Mention]] = {}
    earlier_fine: dict[int, _Mention | None] = {}
    countries: tuple[str, ...] = ()
    main_country: str | None = None


_PLACES = _DocPlaces()


def _candidates(doc: Doc) -> list[Span]:
    """Proper-noun runs that may be places (entities or capitalised names), plus area words."""
    spans, i = [], 0
    while i < len(doc):
        token = doc[i]
        if token.ent_iob_ == "B" and token.ent_type_ in {"GPE", "LOC", "FAC"}:
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        elif token.pos_ == "PROPN" and token.ent_type_ in {"", "PERSON", "NORP", "ORG"}:
            end = i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == token.ent_type_:
                end += 1
        else:
            i += 1
            continue
        if end < len(doc) and doc[end].lower_ in AREA_WORDS:
            end += 1
        start = i + 1 if doc[i].lower_ == "the" else i
        spans.append(doc[start:end])
        i = end
    return spans


def _doc_places(doc: Doc) -> _DocPlaces:
    if _PLACES.doc is doc:
        return _PLACES
    named: Counter[str] = Counter()
    for token in doc:
        if token.ent_type_ in {"GPE", "NORP"} or token.pos_ == "PROPN":
            country = country_of(token.text)
            if country:
                named[country] += 1
    for span in doc.ents:
        country = country_of(span.text) if len(span) > 1 else None
        if country:
            named[country] += 1
    countries = tuple(c for c, _ in named.most_common())
    mentions = []
    for span in _candidates(doc):
        if is_never_place(span.text):
            continue
        place = resolve_place(span.text, countries)
        if place is not None and (place.country in countries or place.precision != "city" or span.label_):
            mentions.append(_Mention(span.start_char, span.end_char, place))
    _PLACES.doc, _PLACES.mentions, _PLACES.countries = doc, mentions, countries
    _PLACES.by_sentence, _PLACES.earlier_fine = {}, {}
    sents, sentence_of = sentence_index(doc)  # Span.sent walks the sentence: once here
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            sentence = sents[sentence_of[span.start]]
            _PLACES.by_sentence.setdefault(sentence.start_char, []).append(mention)
    _PLACES.main_country = countries[0] if countries else None
    return _PLACES


def figure_place(doc: Doc, sent: Span, at_char: int, scope: str) -> dict[str, object]:
    """The place columns of one figure (see the module docstring)."""
    places = _doc_places(doc)
    inside = places.by_sentence.get(sent.start_char, [])
    chosen: _Mention | None = None
    if inside:
        chosen = min(inside, key=lambda m: (m.place.precision == "country", abs(m.start - at_char)))
    elif scope == "incident":
        if sent.start_char not in places.earlier_fine:
            earlier = [m for m in places.mentions if m.end <= sent.start_char and m.place.precision != "country"]
            places.earlier_fine[sent.start_char] = earlier[-1] if earlier else None
        chosen = places.earlier_fine[sent.start_char]
    if chosen is None and places.main_country:
        place = Place(places.main_country, None, places.main_country, None, None, "country")
        return _columns(place, None, None)
    if chosen is None:
        return _columns(None, None, None)
    return _columns(chosen.place, chosen.start, chosen.end)


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
