"""Where a line puts a name: a dateline's town ("BUNIA, Congo —"), a headline's locator.

Reports open with a dateline (a town in capitals, its country or state) and headlines
file a story under a place ("Tsafe: bandits kill three"); a name in those slots is where
the report is from, not who acts. Split from `analysis.parse.context`, which asks them.
"""

import re

from spacy.tokens import Doc, Span

from analysis.parse.place_index import countries, fold
from analysis.parse.places import resolve_place
from analysis.rules import marks

HYPHENS = marks("hyphen")  # "PORT-AU-PRINCE"
# A line that opens with a dateline: a town in capitals, a comma, its country or region in
# title case, then a dash ("SAN FERNANDO, Trinidad —", "DOUGLAS, Isle of Man -").
_DATELINE = re.compile(
    r"^[ \t]*(?P<town>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*), "
    r"(?P<region>[A-Z][\w.'’-]*(?: (?:of|and|the|[A-Z][\w.'’-]*))*) ?[—–-] ",
    re.MULTILINE,
)
# A dateline's town then a spaced dash and the lead's first word: "MADRID - Police said".
_SPACED_DASHES = frozenset({"-", "—", "–"})


def dateline_region(text: str) -> tuple[str, str] | None:
    r"""The first dateline's town and the country or region after its comma, else None.

    >>> dateline_region("Two shot dead\nSAN FERNANDO, Trinidad — Police said ...")
    ('SAN FERNANDO', 'Trinidad')
    >>> dateline_region("DOUGLAS, Isle of Man - A man was stabbed.")
    ('DOUGLAS', 'Isle of Man')
    """
    match = _DATELINE.search(text)
    return (match["town"], match["region"]) if match else None


def region_country(region: str) -> str | None:
    """The country a dateline's second part names: a country, or the start of its name.

    A dateline shortens a country to its first island or word ("Trinidad" for Trinidad and
    Tobago, "Antigua"); a name that starts one country's name only is that country. A
    region ("Scotland", "Ohio") is for `resolve_place`; None here.

    >>> region_country("Trinidad"), region_country("Isle of Man"), region_country("Ohio")
    ('Trinidad and Tobago', 'Isle of Man', None)
    """
    key = fold(region)
    named = countries()
    if key in named:
        return named[key]
    starting = {country for name, country in named.items() if name.startswith(f"{key} ")}
    return starting.pop() if len(starting) == 1 else None


def dateline_origin(text: str) -> tuple[str | None, str | None]:
    """A dateline's second part and the country it names ("Trinidad", "Scotland"), or Nones.

    The part after the town's comma names its country or region, so it decides between
    towns of one name ("SAN FERNANDO, Trinidad" is not Spain's, "PERTH, Scotland" not
    Australia's), and a country's first word is the country ("Trinidad" is not Bolivia's).

    >>> dateline_origin("PERTH, Scotland - Two people died."), dateline_origin("No dateline.")
    (('Scotland', 'United Kingdom'), (None, None))
    """
    parts = dateline_region(text)
    if parts is None:
        return None, None
    region = parts[1]
    country = region_country(region)
    if country is None:
        place = resolve_place(region)
        country = place.country if place is not None and place.precision != "city" else None
    return region, country


def split_dateline_dash(doc: Doc) -> None:
    """Cut an entity that runs over a dateline's spaced dash: "MADRID - Police" is two.

    The model may read "MADRID - Police said" as one organisation; the town in capitals
    before the dash is the dateline's place, and what follows the dash opens the lead. A
    town in capitals before the dash that no entity holds ("LAGOS - Soldiers killed") is
    the dateline's place too.
    """
    ents, changed = [], False
    for ent in doc.ents:
        dash = next((t.i for t in ent if t.text in _SPACED_DASHES and t.i > ent.start
                     and doc[t.i - 1].whitespace_ and t.whitespace_), None)  # fmt: skip
        opens_line = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws
        if dash is None or not opens_line or not all(t.is_upper for t in doc[ent.start : dash]):
            ents.append(ent)
            continue
        changed = True
        ents.append(Span(doc, ent.start, dash, label="GPE"))
        if dash + 1 < ent.end and ent.label_ not in ("GPE", "LOC"):  # a place ends at the dash
            ents.append(Span(doc, dash + 1, ent.end, label=ent.label_))
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    for token in doc:  # "LAGOS - Soldiers killed": a town no entity holds
        if token.text in _SPACED_DASHES and token.i and doc[token.i - 1].whitespace_:
            first = token.i
            while first > 0 and doc[first - 1].is_upper and doc[first - 1].is_alpha:
                first -= 1
            opens_line = first == 0 or "\n" in doc[first - 1].text_with_ws
            if first < token.i and opens_line and covered.isdisjoint(range(first, token.i)):
                ents.append(Span(doc, first, token.i, label="GPE"))
                changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda span: span.start)


def in_dateline(doc: Doc, start: int) -> bool:
    """Whether the name follows a dateline's upper-case town: "BUNIA, Congo —" is where.

    A dateline opens a line: the town in capitals, a comma, then its country or state.
    """
    if start < 2 or doc[start - 1].text != ",":
        return False
    first = start - 2
    while (
        first > 0
        and (doc[first - 1].is_upper or doc[first - 1].text in HYPHENS)
        and ("\n" not in doc[first - 1].text_with_ws)
    ):
        first -= 1  # "PORT-AU-PRINCE, Haiti"
    opens_line = first == 0 or "\n" in doc[first - 1].text_with_ws
    return doc[start - 2].is_upper and len(doc[start - 2].text) > 1 and opens_line


def inside_hyphenated_word(doc: Doc, start: int) -> bool:
    """Whether the name continues a hyphenated word: "AU" in "PORT-AU-PRINCE" is no name."""
    if start < 2 or doc[start - 1].text not in HYPHENS:
        return False
    return not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def dateline_town(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is a dateline's town in capitals: "RIO DE JANEIRO —", "BUNIA,"."""
    tokens = list(doc[start:end])
    if not tokens or not all(t.is_upper or t.text in HYPHENS for t in tokens):
        return False
    first, last = start, end
    while (
        first > 0
        and (doc[first - 1].is_upper or doc[first - 1].text in HYPHENS)
        and ("\n" not in doc[first - 1].text_with_ws)
    ):
        first -= 1
    while last < len(doc) and doc[last].is_upper and "\n" not in doc[last - 1].text_with_ws:
        last += 1
    opens_line = first == 0 or "\n" in doc[first - 1].text_with_ws
    return opens_line and last < len(doc) and doc[last].text in (",", "—", "–", "-", "(")


def headline_locator(doc: Doc, start: int, end: int) -> bool:
    """Whether the name opens a line and a colon follows: "Tsafe: bandits kill three".

    Only for names the gazetteer does not know ("Hamas: we will respond" is a speaker).
    """
    opens_line = start == 0 or "\n" in doc[start - 1].text_with_ws
    return opens_line and end < len(doc) and doc[end].text == ":"
