"""What the corpus pipeline knows of an article beyond its body: its dateline and its date.

Cleaning (`analysis.cleaning`) takes a report's dateline ("JOS, Nigeria —", "KHOST
(Reuters) —") off the body and reads the date the page prints ("Published 14 March
2026"), so the parser sees only the body. The corpus pipeline hands both to the
extractors in ``Doc.user_data`` (`set_context`); `article_dateline_origin` and
`dateline_town` read a dateline from the text when it opens with one, else from there.
A place taken from the context has no span in the text: its rows carry no offsets.
"""

import re

from spacy.tokens import Doc

from analysis.parse.datelines import dateline_origin, region_country
from analysis.parse.places import Place, resolve_place

DATELINE = "dateline"  # Doc.user_data key: the dateline cleaning split off ("JOS, Nigeria")
PUBLISHED = "published"  # Doc.user_data key: the publication date (ISO), read by `when`
_AGENCY = re.compile(r"\s*\([^()]*\)\s*$")  # "KHOST (Reuters)": the wire, not a place


def set_context(doc: Doc, *, dateline: str | None, published: str | None) -> None:
    """Give `doc` its article's dateline and publication date (a date already there stays).

    >>> import spacy
    >>> doc = spacy.blank("en")("Gunmen killed three traders.")
    >>> set_context(doc, dateline="JOS, Nigeria", published="2026-03-14")
    >>> doc.user_data[DATELINE], doc.user_data[PUBLISHED]
    ('JOS, Nigeria', '2026-03-14')
    """
    if dateline:
        doc.user_data[DATELINE] = dateline
    else:
        doc.user_data.pop(DATELINE, None)
    if published and not doc.user_data.get(PUBLISHED):
        doc.user_data[PUBLISHED] = published


def dateline_parts(dateline: str) -> tuple[str, tuple[str, ...]]:
    """A split-off dateline's town and the parts after it (region, country), agency dropped.

    >>> dateline_parts("DERA ISMAIL KHAN, Khyber Pakhtunkhwa, Pakistan")
    ('DERA ISMAIL KHAN', ('Khyber Pakhtunkhwa', 'Pakistan'))
    >>> dateline_parts("KHOST (Reuters)"), dateline_parts("KYIV, Ukraine (AP)")
    (('KHOST', ()), ('KYIV', ('Ukraine',)))
    """
    town, *rest = (part.strip() for part in _AGENCY.sub("", dateline).split(","))
    return town, tuple(part for part in rest if part)


def _context_dateline(doc: Doc) -> str | None:
    """The split-off dateline, when the text does not open with one of its own."""
    dateline = doc.user_data.get(DATELINE)
    return dateline if isinstance(dateline, str) and dateline.strip() else None


def article_dateline_origin(doc: Doc) -> tuple[str | None, str | None]:
    """`dateline_origin` of the text, else of the dateline the context gives.

    Of several parts after the town ("Khyber Pakhtunkhwa, Pakistan") the last that names a
    country or a region of one decides.

    >>> import spacy
    >>> doc = spacy.blank("en")("Two men were killed on Saturday.")
    >>> doc.user_data[DATELINE] = "TRIPOLI, Lebanon"
    >>> article_dateline_origin(doc)
    ('Lebanon', 'Lebanon')
    """
    region, origin = dateline_origin(doc.text)
    dateline = _context_dateline(doc)
    if region is not None or dateline is None:
        return region, origin
    for part in reversed(dateline_parts(dateline)[1]):
        region, origin = dateline_origin(f"X, {part} - x")
        if origin is None:
            origin = region_country(part)
        if origin is not None:
            return part, origin
    return None, None


def dateline_town(doc: Doc, countries: tuple[str, ...]) -> Place | None:
    """The town of the context's dateline, resolved in `countries`; None if the text has one.

    A town the gazetteer lacks is a town of the dateline's country (as a town in capitals
    heading the text is); without a country, no place.

    >>> import spacy
    >>> doc = spacy.blank("en")("Gunmen killed three traders at a market on Sunday.")
    >>> doc.user_data[DATELINE] = "MAIDUGURI"
    >>> dateline_town(doc, ()).country
    'Nigeria'
    """
    dateline = _context_dateline(doc)
    if dateline is None or dateline_origin(doc.text)[0] is not None:
        return None
    town = dateline_parts(dateline)[0]
    name = " ".join(word.capitalize() for word in town.split())
    place = resolve_place(name, countries)
    if place is None and countries:
        return Place(name, None, countries[0], None, None, "city")
    return place
