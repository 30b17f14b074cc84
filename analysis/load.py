"""Read articles from disk: a folder of .txt files, or .jsonl / .csv files with a `text` column.

`read_records` yields one raw record per file or JSONL/CSV record, as decoded, with its
metadata and a `status` ("ok" or "error"); cleaning (HTML to text, headline, dateline,
duplicate paragraphs) is the next stage (`analysis.cleaning`), and `analysis.load_corpus`
runs both. Nothing is silently dropped: a file that cannot be read is an error record
with a reason.
"""

import codecs
import csv
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".csv")
METADATA_SUFFIX = ".meta.json"
METADATA_FIELDS = ("source", "url", "published")
# What `read_records` yields for every record.
RECORD_FIELDS = (
    "doc_id", "path", "record", "title", "raw_text", "encoding", "status", "error",
    *METADATA_FIELDS,
)  # fmt: skip

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


class NoArticlesError(ValueError):
    """A folder holds no file that could be an article."""


class UnreadableInputError(ValueError):
    """Input bytes that are not text: binary data, or a failed decode."""


def detect_encoding(data: bytes) -> str:
    """Return the codec that decodes `data`: a BOM's, else UTF-8, else cp1252, else latin-1.

    Raises:
        UnreadableInputError: the bytes look binary (a known file signature or NUL bytes
            in text without a UTF-16/32 byte-order mark).

    >>> detect_encoding("café".encode("cp1252"))
    'cp1252'
    >>> detect_encoding(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"))
    'utf-16'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableInputError(f"binary file: looks like {kind}, not text")
    if b"\x00" in data:
        return _utf16_without_bom(data)
    for codec in ("utf-8", "cp1252"):
        if _decodes(data, codec):
            return codec
    return "latin-1"


def _utf16_without_bom(data: bytes) -> str:
    """Recognise BOM-less UTF-16 by its NUL bytes at every other position; else binary."""
    sample = data[:4096]
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if half and odd_nuls > 0.4 * half and even_nuls == 0 and _decodes(data, "utf-16-le"):
        return "utf-16-le"
    if half and even_nuls > 0.4 * half and odd_nuls == 0 and _decodes(data, "utf-16-be"):
        return "utf-16-be"
    raise UnreadableInputError(f"binary file: {data.count(0)} NUL bytes, not text")


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes) -> tuple[str, str]:
    r"""Decode bytes to text with `detect_encoding`; return (text, encoding).

    >>> decode_text(b"caf\xe9")
    ('café', 'cp1252')
    """
    encoding = detect_encoding(data)
    text = data.decode(encoding)
    control = sum(1 for ch in text[:10_000] if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    if control > 0.05 * max(1, min(len(text), 10_000)):
        raise UnreadableInputError(f"binary file: {control} control characters, not text")
    return text, encoding


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield every raw record under `path`, one file (or JSONL/CSV record) at a time.

    `path` is a folder (its .txt, .jsonl and .csv files, sorted by name) or one such
    file. A sidecar `NAME.meta.json` adds `source`, `url` and `published` to the record of
    `NAME.txt`. Records have the fields in `RECORD_FIELDS`; only one file's records are in
    memory at a time.

    Raises:
        FileNotFoundError: `path` does not exist.
        NoArticlesError: `path` is a folder with no .txt, .jsonl or .csv file.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    files = [path] if path.is_file() else _article_files(path)
    for file in files:
        yield from _rows_from_file(file)


def _article_files(folder: Path) -> list[Path]:
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    articles = [p for p in entries if p.suffix.lower() in ARTICLE_SUFFIXES]
    ignored = [
        p.name for p in entries if p not in articles and not p.name.endswith(METADATA_SUFFIX)
    ]
    if not articles:
        found = ", ".join(p.name for p in entries[:10]) or "nothing"
        raise NoArticlesError(
            f"no articles in {folder}: expected .txt, .jsonl or .csv files, found {found}"
        )
    if ignored:
        warnings.warn(
            f"{folder}: ignored {len(ignored)} non-article entries: {', '.join(ignored[:10])}",
            stacklevel=3,
        )
    return articles


def _rows_from_file(file: Path) -> Iterator[dict[str, Any]]:
    """Yield the rows of one input file; a file that cannot be read yields one error row."""
    try:
        data = file.read_bytes()
    except OSError as error:  # permission denied, a folder named x.txt, I/O error
        yield _error_row(file, file.stem, f"cannot read {file}: {error.strerror or error}")
        return
    try:
        text, encoding = decode_text(data)
    except UnreadableInputError as error:
        yield _error_row(file, file.stem, f"{file}: {error}")
        return
    suffix = file.suffix.lower()
    if suffix == ".jsonl":
        yield from _rows_from_jsonl(file, text, encoding)
    elif suffix == ".csv":
        yield from _rows_from_csv(file, text, encoding)
    else:
        yield _article_row(file, file.stem, None, text, encoding, _read_sidecar(file))


def _read_sidecar(file: Path) -> dict[str, Any] | str:
    """Return the sidecar's metadata, {} when there is none, or an error message."""
    sidecar = file.with_name(file.stem + METADATA_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return f"metadata sidecar {sidecar} is not readable JSON: {error}"
    if not isinstance(meta, dict):
        return f"metadata sidecar {sidecar} must hold a JSON object, not {type(meta).__name__}"
    return {key: meta.get(key) for key in METADATA_FIELDS}


def _rows_from_jsonl(file: Path, text: str, encoding: str) -> Iterator[dict[str, Any]]:
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        doc_id = f"{file.stem}:{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield _error_row(
                file, doc_id, f"{file}, line {line_no}: invalid JSON ({error.msg})", line_no
            )
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problem = "no string 'text' field" if isinstance(record, dict) else "not a JSON object"
            yield _error_row(file, doc_id, f"{file}, line {line_no}: {problem}", line_no)
            continue
        yield _record_row(file, doc_id, line_no, record, encoding)


def _rows_from_csv(file: Path, text: str, encoding: str) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(text.splitlines(keepends=True))
    columns = reader.fieldnames or []
    if "text" not in columns:
        found = ", ".join(repr(c) for c in columns) or "none"
        yield _error_row(file, file.stem, f"{file}: no 'text' column (columns found: {found})")
        return
    for row_no, record in enumerate(reader, start=1):
        yield _record_row(file, f"{file.stem}:{row_no}", row_no, record, encoding)


def _record_row(
    file: Path, doc_id: str, record_no: int, record: dict[str, Any], encoding: str
) -> dict[str, Any]:
    """A row for one JSONL/CSV record; its own `id`, `title` and metadata fields win."""
    doc_id = str(record.get("id") or record.get("doc_id") or doc_id)
    meta = {key: record.get(key) for key in METADATA_FIELDS}
    row = _article_row(file, doc_id, record_no, record.get("text") or "", encoding, meta)
    if record.get("title"):
        row["title"] = str(record["title"])
    return row


def _article_row(
    file: Path,
    doc_id: str,
    record_no: int | None,
    raw_text: str,
    encoding: str,
    meta: dict[str, Any] | str,
) -> dict[str, Any]:
    status, error = "ok", None
    if isinstance(meta, str):
        status, error, meta = "error", meta, {}
    return {
        "doc_id": doc_id,
        "path": str(file),
        "record": record_no,
        "title": None,
        "raw_text": raw_text,
        "encoding": encoding,
        "status": status,
        "error": error,
        **{key: meta.get(key) for key in METADATA_FIELDS},
    }


def _error_row(
    file: Path, doc_id: str, message: str, record_no: int | None = None
) -> dict[str, Any]:
    return {
        "doc_id": doc_id, "path": str(file), "record": record_no, "title": None, "raw_text": "",
        "encoding": None, "status": "error", "error": message, **dict.fromkeys(METADATA_FIELDS),
    }  # fmt: skip
