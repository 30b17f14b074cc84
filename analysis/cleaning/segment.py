"""Split normalised text into paragraphs, and a body into headline and dateline."""

import re

_BLANK_LINE = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…:;,\"”’'»)\]]$")
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 30
# "ERBIL, Kurdistan Region - ", "KYIV, Ukraine (AP) — ", "GAZA CITY (Reuters) - ":
# an upper-case place, optionally a comma and a few words, an optional agency in
# parentheses, then a dash between spaces. The tail is lazy so the first dash ends it.
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"
    r"(?:, [^\n]{1,60}?)?(?: \([^()\n]{1,40}\))?)"
    r" (?:-|–|—|--) (?=\S)"
)


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
        blocks = _BLANK_LINE.split(text)
        paragraphs = [" ".join(line.strip() for line in block.split("\n")) for block in blocks]
    else:
        paragraphs = text.split("\n")
    return [p.strip() for p in paragraphs if p.strip()]


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
    if len(paragraphs) > 1 and is_headline(paragraphs[0]):
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
    """
    match = _DATELINE.match(paragraph)
    if match is None:
        return None, paragraph
    return match["dateline"], paragraph[match.end() :]
