"""Character-level normalisation: each function takes and returns `str`."""

import re
import unicodedata

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
# C0/C1 control characters except tab and newline, plus invisible format characters
# that only scrapers produce (zero-width space, BOM, soft hyphen, word joiner).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")
_DIRECTION_MARKS = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_JOINER_IN_WORD = re.compile(r"(?<=\w)[\u200c\u200d]+|[\u200c\u200d]+(?=\w)")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_BLANK_RUN = re.compile(r"\n{3,}")
_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
    }
)  # fmt: skip


def line_endings(text: str) -> str:
    r"""Turn every line break (CRLF, lone CR, Unicode separators) into ``\n``.

    >>> line_endings("one\r\ntwo\rthree\u2028four")
    'one\ntwo\nthree\nfour'
    """
    return _LINE_BREAKS.sub("\n", text)


def control_characters(text: str) -> str:
    r"""Drop control and zero-width characters; tabs become spaces.

    >>> control_characters("a\x00b\u200bc\td")
    'abc d'
    """
    return _CONTROL.sub("", text).replace("\t", " ")


def invisible_marks(text: str) -> str:
    r"""Drop direction marks and overrides, and zero-width joiners inside words.

    U+200E/F, U+061C, U+202A-E and U+2066-9 only steer how text is drawn; inside a word
    they split it for the tokenizer and the gazetteer ("Ham‎as" is no actor), and an
    override (U+202E) makes a CSV show text reversed. A zero-width joiner or non-joiner
    (U+200D, U+200C) next to a letter or digit goes too; one between emoji stays, since it
    makes one picture of two ("👩‍🚒").

    >>> invisible_marks("Ham‍as and ‮Hezbollah‬")
    'Hamas and Hezbollah'
    >>> invisible_marks("👩‍🚒") == "👩‍🚒"
    True
    """
    return _JOINER_IN_WORD.sub("", _DIRECTION_MARKS.sub("", text))


def unicode_nfc(text: str) -> str:
    """Compose characters to Unicode NFC, so "é" is one code point however it was typed.

    >>> unicode_nfc("e\u0301") == "\u00e9"
    True
    """
    return unicodedata.normalize("NFC", text)


def whitespace(text: str) -> str:
    r"""Collapse runs of spaces, strip each line and keep at most one blank line.

    >>> whitespace("  a \u00a0 b  \n\n\n\n c ")
    'a b\n\nc'
    """
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


def normalize_quotes(text: str) -> str:
    r"""Replace curly quotes, primes and guillemets by straight ASCII quotes.

    Not part of the default pipeline: the cleaned text keeps its typography. spaCy's
    tokenizer splits "Rudaw’s" into "Rudaw" + "’s" either way, but the small model's
    tagger and NER were trained mostly on straight quotes.

    >>> normalize_quotes("“Hay’at”")
    '"Hay\'at"'
    """
    return text.translate(_QUOTES)
