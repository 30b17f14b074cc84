"""Report headers: the place a report opens with is where it happened, never who acted.

Event reports open with their place before a colon or a dash: "Cabinda (Angola): FLEC-FAC
said ...", "Sistan and Baluchestan (Iran): Jaish al-Adl said ...", "Kachin State (Myanmar):",
"Dili, Timor-Leste: ...". The model tags such names a person, an organisation or a state
as often as a place, and many (Cabinda, Darién, Tibesti) are not in the place index, so
the shape decides:

- a country alone in brackets after a name ("Cabinda (Angola)", "the Logone valley
  (Chad)") is the country the name lies in;
- the run of capitalised words that opens a line before a bracketed country or before
  ", Country" and a colon or a dash is the place the report is filed under.

A name followed by its acronym or a gloss in brackets ("Jaish al-Adl (JAA)") is no header:
only a country's name closes one.
"""

from spacy.tokens import Doc

from analysis.parse.places import is_country

# What closes a report's header: "Cabinda (Angola):", "Dili, Timor-Leste —".
HEADER_MARKS = frozenset({":", "—", "–"})
# Lower-case words inside a header's place: "Sistan and Baluchestan", "Maguindanao del Sur".
HEADER_JOINERS = frozenset({"and", "de", "del", "da", "do", "dos", "das", "la", "el", "-", "'"})
MAX_HEADER_WORDS = 6
MAX_COUNTRY_WORDS = 5


def _capitalised(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.is_title or token.is_upper or token.lower_ in HEADER_JOINERS


def _closes_a_header(doc: Doc, i: int) -> bool:
    """Whether a header's mark is at `i`, or closes the bracket there ("):" is one token)."""
    text = doc[i].text if i < len(doc) else ""
    return text in HEADER_MARKS or (text[:1] == ")" and text[1:] in HEADER_MARKS and len(text) > 1)


def bracketed_country(doc: Doc, start: int, end: int) -> bool:
    """Whether a country stands alone in brackets after a name: "Cabinda (Angola)"."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text[:1] != ")":
        return False
    return (doc[start - 2].is_title or doc[start - 2].is_upper) and is_country(
        doc[start:end].text
    )


def _country_then_mark(doc: Doc, first: int, closer: str | None) -> bool:
    """Whether a country's name runs from `first` to `closer` (or a mark) and a mark follows."""
    for last in range(first + 1, min(first + MAX_COUNTRY_WORDS, len(doc) - 1) + 1):
        if closer is None:
            marked = doc[last].text in HEADER_MARKS  # "Dili, Timor-Leste:"
        elif doc[last].text == closer:
            marked = _closes_a_header(doc, last + 1)  # "Tibesti (Chad) —"
        else:
            marked = doc[last].text[:1] == closer and _closes_a_header(doc, last)  # "(Chad):"
        if marked:
            return is_country(doc[first:last].text)
    return False


def in_report_header(doc: Doc, start: int, end: int) -> bool:
    """Whether the name lies in the place run that opens a report's header line.

    "Sistan and Baluchestan (Iran): ...", "Tibesti (Chad): ...": every word from the line's
    start to the bracketed country (or ", Country" and a mark) is capitalised or joins names.
    """
    line = start
    while line > 0 and start - line <= MAX_HEADER_WORDS and "\n" not in doc[line - 1].text_with_ws:
        line -= 1
    if line > 0 and "\n" not in doc[line - 1].text_with_ws:
        return False  # the name does not open its line
    run = line
    while run < len(doc) and run - line < MAX_HEADER_WORDS and _capitalised(doc, run):
        run += 1
    if end > run or run == line or run + 1 >= len(doc):
        return False
    if doc[run].text == "(":
        return _country_then_mark(doc, run + 1, ")")
    return doc[run].text == "," and _country_then_mark(doc, run + 1, None)


def header_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a report header's place or a country that locates a name."""
    return bracketed_country(doc, start, end) or in_report_header(doc, start, end)
