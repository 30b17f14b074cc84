"""Decode file bytes: the project's own rules first, then charset-normalizer for code pages.

The order is what makes each step safe: byte-order marks and file signatures are certain;
BOM-less UTF-16/32 show themselves by where their NUL bytes fall; strict UTF-8 almost
never decodes text that is not UTF-8; only what is left, a legacy single- or multi-byte
code page, needs a statistical guess, and that guess is kept only when it has evidence
(a language it fits, or a multi-byte text that is mostly multi-byte). Everything else
falls back to Windows-1252, the most common code page of Western news sites.
"""

import codecs

from charset_normalizer import from_bytes

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The code pages a guess may name: those news text is written in. DOS and Mac code pages,
# which charset-normalizer also knows, fit short Latin text as well as Windows-1252 does.
LEGACY_CODE_PAGES = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp1258", "latin_1", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
    "iso8859_15", "koi8_r", "koi8_u", "shift_jis", "cp932", "euc_jp", "euc_kr", "gb18030",
    "big5",
)  # fmt: skip
_MULTI_BYTE = frozenset({"shift_jis", "cp932", "euc_jp", "euc_kr", "gb18030", "big5"})
FALLBACK = "cp1252"
_GUESS_SAMPLE = 1 << 20  # bytes given to charset-normalizer: enough to judge, bounded time
_UTF16_SCRIPT_BLOCKS = 8  # distinct high bytes: ASCII, one or two scripts, punctuation


class UnreadableInputError(ValueError):
    """Input bytes that are not text: binary data, or a failed decode."""


def detect_encoding(data: bytes, *, allow_nul: bool = False) -> str:
    """Return the codec that decodes `data`.

    In order: a byte-order mark; a binary file signature (an error); BOM-less UTF-32 and
    UTF-16 by the places of their NUL bytes; strict UTF-8; charset-normalizer's guess among
    `LEGACY_CODE_PAGES` when it has evidence; else cp1252, else latin-1.

    Args:
        data: the file's bytes.
        allow_nul: let NUL bytes through (a JSONL or CSV file, where one record with a NUL
            is that record's error, not the whole file's).

    Raises:
        UnreadableInputError: the bytes look binary (a known file signature, or NUL bytes
            without `allow_nul` in text that is not UTF-16/32).

    >>> detect_encoding("café".encode("cp1252"))
    'cp1252'
    >>> detect_encoding(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"))
    'utf-16'
    >>> detect_encoding("Убиты 11 человек".encode("utf-16-le"))
    'utf-16-le'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableInputError(f"binary file: looks like {kind}, not text")
    if b"\x00" in data:
        wide = _utf32_without_bom(data) or _utf16_without_bom(data)
        if wide:
            return wide
        if not allow_nul:
            raise UnreadableInputError(f"binary file: {data.count(0)} NUL bytes, not text")
    if _decodes(data, "utf-8"):
        return "utf-8"
    return _legacy_code_page(data)


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 without a BOM: every 4-byte unit is a code point below U+110000."""
    if len(data) % 4:
        return None
    sample = data[: 1 << 16]
    units = len(sample) // 4
    for codec, zero, plane in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
        if (
            units
            and sample[zero::4].count(0) == units
            and max(sample[plane::4]) <= 0x10
            and _decodes(data, codec)
        ):
            return codec
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs only in the high bytes, and few distinct high bytes.

    A script's code units share their high byte (0x04 for Cyrillic, 0x06 for Arabic, 0x00
    for ASCII spaces, digits and punctuation), so the high bytes take a handful of values,
    one of them NUL, while the low bytes vary and are never NUL. Text in an 8-bit encoding
    with a stray NUL has as many distinct bytes at odd places as at even ones.
    """
    if len(data) % 2:
        return None
    sample = data[: 1 << 16]
    for codec, high, low in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        highs, lows = sample[high::2], sample[low::2]
        if (
            highs.count(0)
            and lows.count(0) <= len(lows) // 100
            and len(set(highs)) <= _UTF16_SCRIPT_BLOCKS
            and _decodes(data, codec)
        ):
            return codec
    return None


def _legacy_code_page(data: bytes) -> str:
    """charset-normalizer's code page when it has evidence; else cp1252 (or latin-1)."""
    fallback = FALLBACK if _decodes(data, FALLBACK) else "latin-1"
    matches = from_bytes(data[:_GUESS_SAMPLE], cp_isolation=list(LEGACY_CODE_PAGES))
    best = matches.best()
    if best is None:
        return fallback
    usual = next((match for match in matches if match.encoding == FALLBACK), None)
    if (
        usual is not None
        and usual.chaos <= best.chaos + 0.01
        and usual.coherence >= best.coherence - 0.1
    ):
        return FALLBACK  # as plausible as the best guess: keep the usual code page
    guess = codecs.lookup(best.encoding).name
    if not _decodes(data, guess):  # the sample decoded, the whole file does not
        return fallback
    if fallback == FALLBACK and data.decode(guess) == data.decode(FALLBACK):
        return FALLBACK  # the same text: keep the usual name
    if best.encoding in _MULTI_BYTE:
        high = sum(1 for byte in data[:_GUESS_SAMPLE] if byte >= 0x80)
        return guess if high >= 0.3 * min(len(data), _GUESS_SAMPLE) else fallback
    return guess if best.coherence > 0 else fallback


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, *, allow_nul: bool = False) -> tuple[str, str]:
    r"""Decode bytes to text with `detect_encoding`; return (text, encoding).

    Raises:
        UnreadableInputError: the bytes are binary, or the text is more than 5% control
            characters.

    >>> decode_text(b"caf\xe9")
    ('café', 'cp1252')
    """
    encoding = detect_encoding(data, allow_nul=allow_nul)
    text = data.decode(encoding)
    head = text[:10_000]
    control = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    if control > 0.05 * max(1, len(head)):
        raise UnreadableInputError(f"binary file: {control} control characters, not text")
    return text, encoding
