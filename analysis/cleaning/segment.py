"""Split normalised text into paragraphs, and a body into headline and dateline."""

import re

_BLANK_LINE = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…:;,\"”’'»)\]]$")
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 30
# "ERBIL, Kurdistan Region - ", "KYIV, Ukraine (AP) — ", "GAZA CITY (Reuters) - ":
# an upper-case place, optionally a comma and a few words, an optional agency in
# parentheses, then a dash between spaces. The tail is lazy so the first dash ends it.
# With the comma's words a colon ends it too ("QUETTA, Balochistan, Pakistan: ",
# "NEW DELHI, March 4: "); an upper-case word and a colon alone is no dateline ("UPDATE:").
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"
    r"(?P<region>, [^\n]{1,60}?)?(?: \([^()\n]{1,40}\))?)"
    r"(?: (?:-|–|—|--)|(?(region):|(?!))) (?=\S)"
)
# "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Reuters": a short line of its own.
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][^\n.!?]{1,80}$")
_BYLINE_MAX_WORDS = 12
# A first line this much shorter than the line after it is not a hard-wrapped sentence start.
_HEADLINE_LENGTH_RATIO = 0.75


def split_paragraphs(text: str) -> list[str]:
    r"""Split text into paragraphs.

    Blank lines separate paragraphs when the text has any (hard-wrapped lines inside a
    paragraph are joined); otherwise every line is a paragraph, as scrapers often write.

    >>> split_paragraphs("a\nb")
    ['a', 'b']
    >>> split_paragraphs("a\nb\n\nc")
    ['a b', 'c']
    """
    if _BLANK_LINE.search(text):
        blocks = _BLANK_LINE.split(text.strip())
        head, *rest = split_first_line(blocks[0])
        blocks = [head, *rest, *blocks[1:]]
        paragraphs = [" ".join(line.strip() for line in block.split("\n")) for block in blocks]
    else:
        paragraphs = text.split("\n")
    return [p.strip() for p in paragraphs if p.strip()]


def split_first_line(block: str) -> list[str]:
    r"""Split a headline (or byline) line off the block it opens when no blank line follows it.

    The first line goes on its own when it reads as a headline and the next line is a byline,
    opens with a dateline, or starts a sentence of its own and is clearly longer (a hard-wrapped
    sentence goes on in lower case). A byline line is split off the same way.

    >>> split_first_line("Shelling in Kharkiv\nKYIV (AP) - Russian shells hit the city.")
    ['Shelling in Kharkiv', 'KYIV (AP) - Russian shells hit the city.']
    >>> split_first_line("Iraq sent forces to the border on Tuesday, officials\nsaid.")
    ['Iraq sent forces to the border on Tuesday, officials\nsaid.']
    """
    lines = block.strip().split("\n")
    if len(lines) < 2:  # a first line and at least one more
        return [block]
    first, second = lines[0].strip(), lines[1].strip()
    splits = is_byline(first) or (
        is_headline(first)
        and (
            is_byline(second)
            or split_dateline(second)[0] is not None
            or (not second[:1].islower() and len(first) < _HEADLINE_LENGTH_RATIO * len(second))
        )
    )
    if not splits:
        return [block]
    return [first, *split_first_line("\n".join(lines[1:]))]


def is_byline(paragraph: str) -> bool:
    """Whether a paragraph is an author line such as "By Jane Doe".

    >>> is_byline("By Jane Doe and John Roe, Reuters")
    True
    >>> is_byline("By Tuesday the army had withdrawn from the town.")
    False
    """
    return bool(_BYLINE.match(paragraph)) and len(paragraph.split()) <= _BYLINE_MAX_WORDS


def split_byline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """Return the byline among the first two paragraphs (or None) and the others.

    >>> split_byline(["By Jane Doe", "Rebels entered the city."])
    ('By Jane Doe', ['Rebels entered the city.'])
    """
    for index, paragraph in enumerate(paragraphs[:2]):
        if is_byline(paragraph) and len(paragraphs) > 1:
            return paragraph, paragraphs[:index] + paragraphs[index + 1 :]
    return None, list(paragraphs)


def is_headline(paragraph: str) -> bool:
    """Whether a first paragraph reads as a headline: short, without closing punctuation.

    >>> is_headline("Iraq sends additional forces to Syrian borders: Minister")
    True
    >>> is_headline("Iraq sent additional forces to the border.")
    False
    """
    return (
        len(paragraph) <= _HEADLINE_MAX_CHARS
        and len(paragraph.split()) <= _HEADLINE_MAX_WORDS
        and not _SENTENCE_END.search(paragraph)
    )


def split_headline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """Return the headline (or None) and the remaining paragraphs.

    The first paragraph is the headline when it reads as one and more text follows.

    >>> split_headline(["Fighting in Aleppo", "Rebels entered the city."])
    ('Fighting in Aleppo', ['Rebels entered the city.'])
    """
    if (
        len(paragraphs) > 1
        and is_headline(paragraphs[0])
        and not is_byline(paragraphs[0])
        and split_dateline(paragraphs[0])[0] is None
        and not is_dateline_line(paragraphs[0])
    ):
        return paragraphs[0], paragraphs[1:]
    return None, list(paragraphs)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Return the dateline that opens a paragraph (or None) and the rest of it.

    >>> split_dateline("ERBIL, Kurdistan Region - Iraq sent reinforcements.")
    ('ERBIL, Kurdistan Region', 'Iraq sent reinforcements.')
    >>> split_dateline("KYIV, Ukraine (AP) — Russian drones struck the city.")
    ('KYIV, Ukraine (AP)', 'Russian drones struck the city.')
    >>> split_dateline("Iraq sent reinforcements - officials said.")
    (None, 'Iraq sent reinforcements - officials said.')
    >>> split_dateline("QUETTA, Balochistan, Pakistan: Gunmen killed two guards.")[0]
    'QUETTA, Balochistan, Pakistan'
    >>> split_dateline("UPDATE: Two more bodies were found.")[0] is None
    True
    """
    match = _DATELINE.match(paragraph)
    if match is None:
        return None, paragraph
    return match["dateline"], paragraph[match.end() :]


def is_dateline_line(paragraph: str) -> bool:
    """Whether a paragraph is only a dateline, as when it stands on a line of its own.

    >>> is_dateline_line("EL FASHER, Sudan (Reuters) -")
    True
    """
    return split_dateline(f"{paragraph} x")[1] == "x"


def split_opening(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """Return the dateline opening the first paragraph (or standing alone) and the paragraphs.

    >>> split_opening(["GOMA, Congo (Reuters) -", "M23 rebels advanced."])
    ('GOMA, Congo (Reuters)', ['M23 rebels advanced.'])
    """
    if not paragraphs:
        return None, []
    if len(paragraphs) > 1 and is_dateline_line(paragraphs[0]):
        dateline, _ = split_dateline(f"{paragraphs[0]} x")
        return dateline, paragraphs[1:]
    dateline, first = split_dateline(paragraphs[0])
    return dateline, [first, *paragraphs[1:]]
