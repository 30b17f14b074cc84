r"""One file's records: a .txt file is one record, a .jsonl line or a .csv row is one each.

Each bad record is its own error row, naming the file, the line or row and the problem;
the records around it are read as usual. JSONL is split at ``\n`` only, so a U+2028 or
U+0085 inside a JSON string stays inside its record, and CSV is split by the csv module's
own quoting, so a line break inside a quoted field stays in that field.
"""

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from analysis.load.encoding import UnreadableInputError, decode_text
from analysis.load.files import (
    MAX_SIDECAR_BYTES,
    METADATA_SUFFIX,
    FileReadError,
    display_path,
    read_file,
)

METADATA_FIELDS = ("source", "url", "published")
# What `read_records` yields for every record.
RECORD_FIELDS = (
    "doc_id", "path", "record", "title", "raw_text", "encoding", "status", "error",
    *METADATA_FIELDS,
)  # fmt: skip
MAX_INT_DIGITS = 4000  # Python refuses int() of more than 4,300 digits
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CSV_FIELD_LIMIT = 2**31 - 1


def rows_from_file(file: Path, *, max_bytes: int) -> Iterator[dict[str, Any]]:
    """Yield the rows of one input file; a file that cannot be read yields one error row."""
    name = display_path(file)
    suffix = file.suffix.lower()
    structured = suffix in (".jsonl", ".csv")
    try:
        data = read_file(file, max_bytes)
        text, encoding = decode_text(data, allow_nul=structured)
    except FileReadError as error:
        yield error_row(file, file.stem, str(error))
        return
    except UnreadableInputError as error:
        yield error_row(file, file.stem, f"{name}: {error}")
        return
    if suffix == ".jsonl":
        yield from _rows_from_jsonl(file, text, encoding)
    elif suffix == ".csv":
        yield from _rows_from_csv(file, text, encoding)
    else:
        yield article_row(file, file.stem, None, text, encoding, _read_sidecar(file, max_bytes))


def loads_json(text: str) -> Any:
    """`json.loads` that raises only ValueError: huge numbers stay text, deep nesting fails.

    A number of more than `MAX_INT_DIGITS` digits is kept as its digits (Python refuses to
    convert it); nesting deeper than Python's recursion limit is a ValueError.

    >>> loads_json('{"id": ' + "7" * 5000 + "}")["id"][:3]
    '777'
    """
    try:
        return json.loads(text, parse_int=_parse_int, strict=False)
    except RecursionError:
        raise ValueError("nested too deeply") from None


class LongNumber(str):
    """The digits of a JSON number too long for `int`: kept as text, never taken for text."""


def _parse_int(digits: str) -> int | str:
    return int(digits) if len(digits) <= MAX_INT_DIGITS else LongNumber(digits)


def _clean_string(value: Any) -> Any:
    r"""A JSON string with a lone surrogate (an escaped ``\ud800``) gets U+FFFD in its place.

    >>> _clean_string("a\ud800b") == "a\ufffdb"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _read_sidecar(file: Path, max_bytes: int) -> dict[str, Any] | str:
    """Return the sidecar's metadata, {} when there is none, or an error message."""
    sidecar = file.with_name(file.stem + METADATA_SUFFIX)
    if not sidecar.exists() and not sidecar.is_symlink():
        return {}
    name = display_path(sidecar)
    try:
        data = read_file(sidecar, min(max_bytes, MAX_SIDECAR_BYTES))
        meta = loads_json(data.decode("utf-8-sig"))
    except FileReadError as error:
        return f"metadata sidecar: {error}"
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return f"metadata sidecar {name} is not readable JSON: {error}"
    if not isinstance(meta, dict):
        return f"metadata sidecar {name} must hold a JSON object, not {type(meta).__name__}"
    return {key: _metadata_value(meta.get(key)) for key in METADATA_FIELDS}


def _metadata_value(value: Any) -> str | None:
    """A metadata field as text (a number as its digits); None for null, lists and objects."""
    if value is None or isinstance(value, dict | list):
        return None
    return _clean_string(value if isinstance(value, str) else json.dumps(value))


def _rows_from_jsonl(file: Path, text: str, encoding: str) -> Iterator[dict[str, Any]]:
    name = display_path(file)
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        doc_id = f"{file.stem}:{line_no}"
        where = f"{name}, line {line_no}"
        if "\x00" in line:
            yield error_row(file, doc_id, f"{where}: a NUL byte in the record", line_no)
            continue
        try:
            record = loads_json(line.removesuffix("\r"))
        except json.JSONDecodeError as error:
            yield error_row(file, doc_id, f"{where}: invalid JSON ({error.msg})", line_no)
            continue
        except ValueError as error:
            yield error_row(file, doc_id, f"{where}: invalid JSON ({error})", line_no)
            continue
        text_field = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text_field, str) or isinstance(text_field, LongNumber):
            problem = "no string 'text' field" if isinstance(record, dict) else "not a JSON object"
            yield error_row(file, doc_id, f"{where}: {problem}", line_no)
            continue
        yield _record_row(file, doc_id, line_no, record, encoding)


def _rows_from_csv(file: Path, text: str, encoding: str) -> Iterator[dict[str, Any]]:
    # No field can be longer than the file, and the file is under the size cap.
    csv.field_size_limit(max(csv.field_size_limit(), min(len(text) + 1, _CSV_FIELD_LIMIT)))
    name = display_path(file)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        columns = reader.fieldnames or []
    except csv.Error as error:
        yield error_row(file, file.stem, f"{name}: unreadable CSV header ({error})")
        return
    if "text" not in columns:
        found = ", ".join(repr(c) for c in columns) or "none"
        yield error_row(file, file.stem, f"{name}: no 'text' column (columns found: {found})")
        return
    row_no = 0
    while True:
        try:
            record = next(reader, None)
        except csv.Error as error:  # the csv module cannot go on past it
            yield error_row(
                file, f"{file.stem}:{row_no + 1}",
                f"{name}, row {row_no + 1} (line {reader.line_num}): unreadable CSV ({error}); "
                "the rest of the file was not read", row_no + 1,
            )  # fmt: skip
            return
        if record is None:
            return
        row_no += 1
        doc_id = f"{file.stem}:{row_no}"
        values = [value for value in record.values() if isinstance(value, str)]
        if any("\x00" in value for value in values):
            where = f"{name}, row {row_no} (line {reader.line_num})"
            yield error_row(file, doc_id, f"{where}: a NUL byte in the record", row_no)
            continue
        yield _record_row(file, doc_id, row_no, record, encoding)


def _record_row(
    file: Path, doc_id: str, record_no: int, record: dict[str, Any], encoding: str
) -> dict[str, Any]:
    """A row for one JSONL/CSV record; its own `id`, `title` and metadata fields win."""
    given = next((record[key] for key in ("id", "doc_id") if _usable_id(record.get(key))), None)
    if given is not None:
        doc_id = _clean_string(given if isinstance(given, str) else json.dumps(given))
    meta = {key: _metadata_value(record.get(key)) for key in METADATA_FIELDS}
    raw_text = _clean_string(record.get("text") or "")
    row = article_row(file, doc_id, record_no, raw_text, encoding, meta)
    title = record.get("title")
    if isinstance(title, str) and title:
        row["title"] = _clean_string(title)
    return row


def _usable_id(value: Any) -> bool:
    """An id is a non-empty string or a number (not a bool, list or object)."""
    if isinstance(value, str):
        return bool(value)
    return isinstance(value, int | float) and not isinstance(value, bool)


def article_row(
    file: Path,
    doc_id: str,
    record_no: int | None,
    raw_text: str,
    encoding: str,
    meta: dict[str, Any] | str,
) -> dict[str, Any]:
    """A record's row; `meta` is its metadata, or the message of an unreadable sidecar."""
    status, error = "ok", None
    if isinstance(meta, str):
        status, error, meta = "error", meta, {}
    return {
        "doc_id": display_path(doc_id),
        "path": display_path(file),
        "record": record_no,
        "title": None,
        "raw_text": raw_text,
        "encoding": encoding,
        "status": status,
        "error": error,
        **{key: meta.get(key) for key in METADATA_FIELDS},
    }


def error_row(
    file: Path, doc_id: str, message: str, record_no: int | None = None
) -> dict[str, Any]:
    """The row of a file or record that could not be read, with why."""
    return {
        "doc_id": display_path(doc_id), "path": display_path(file), "record": record_no,
        "title": None, "raw_text": "", "encoding": None, "status": "error", "error": message,
        **dict.fromkeys(METADATA_FIELDS),
    }  # fmt: skip
