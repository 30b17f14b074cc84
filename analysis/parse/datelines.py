"""Where a line puts a name: a dateline's town ("BUNIA, Congo —"), a headline's locator.

Reports open with a dateline (a town in capitals, its country or state) and headlines
file a story under a place ("Tsafe: bandits kill three"); a name in those slots is where
the report is from, not who acts. Split from `analysis.parse.context`, which asks them.
"""

from spacy.tokens import Doc

from analysis.rules import marks

HYPHENS = marks("hyphen")  # "PORT-AU-PRINCE"


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
