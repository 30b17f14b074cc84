"""The table files of the parse cache: a document's extracted tables as checked JSON.

A table set is kept only if its JSON reads back exactly (the same column values, of the
same types, under the same columns and dtypes), so a cached run returns what a fresh run
would. A file is the CRC-32 of its JSON body in hex, a newline, then the body, which names
the key of the entry and holds, per table, its columns, dtypes and column values
(`TableRows`). Split from `analysis.corpus.cache`, which reads and writes the files.
"""

import json
import zlib
from typing import Any

import pandas as pd

from analysis.tables import TableRows


def frame_to_rows(frame: pd.DataFrame) -> TableRows | None:
    """Return a table's columns, dtypes and values, or None if JSON would not hold it exactly.

    None means the rows would not read back identical through JSON (an unusual dtype, or
    values JSON cannot hold).
    """
    frame = frame.reset_index(drop=True)
    rows = TableRows(
        columns=list(frame.columns),
        dtypes=[str(dtype) for dtype in frame.dtypes],
        data=[frame.iloc[:, i].tolist() for i in range(frame.shape[1])],
    )
    try:
        restored = frame_from_json(json.dumps(rows, ensure_ascii=False).encode())
    except (TypeError, ValueError):  # values JSON cannot hold, or dtypes it cannot rebuild
        return None
    same_schema = list(restored.columns) == list(frame.columns) and list(restored.dtypes) == list(
        frame.dtypes
    )
    return rows if same_schema and restored.equals(frame) else None


def json_exact(rows: TableRows) -> bool:
    """Whether `rows`' column values read back from UTF-8 JSON equal, with the same types.

    JSON keeps str, int, float, bool and None apart, so equal values are values of the
    same type; NaN (never equal to itself) and lone surrogates (not UTF-8) fail.

    >>> json_exact(TableRows(columns=["n"], dtypes=["object"], data=[[1, None, "a"]]))
    True
    >>> json_exact(TableRows(columns=["n"], dtypes=["object"], data=[[float("nan")]]))
    False
    """
    try:
        encoded = json.dumps(rows["data"], ensure_ascii=False).encode()
    except (TypeError, ValueError):  # values JSON cannot hold, or text UTF-8 cannot
        return False
    return json.loads(encoded) == rows["data"]


def rows_to_frame(rows: TableRows) -> pd.DataFrame:
    """Build the DataFrame that `rows` describe."""
    columns = zip(rows["columns"], rows["dtypes"], rows["data"], strict=True)
    return pd.DataFrame({name: pd.Series(values, dtype=dtype) for name, dtype, values in columns})


def frame_to_json(frame: pd.DataFrame) -> bytes | None:
    """Encode a table as JSON (columns, dtypes, column values); None if not exactly.

    >>> frame = pd.DataFrame({"actor": ["Iraq", None], "count": [3, 4]}).astype({"actor": object})
    >>> frame_from_json(frame_to_json(frame)).equals(frame)
    True
    """
    rows = frame_to_rows(frame)
    return None if rows is None else json.dumps(rows, ensure_ascii=False).encode()


def frame_from_json(data: bytes) -> pd.DataFrame:
    """Decode a table written by `frame_to_json`."""
    return rows_to_frame(json.loads(data))


def _well_formed(rows: Any) -> bool:
    """Whether `rows` (decoded JSON) has the shape of `TableRows`, columns of equal length."""
    if not isinstance(rows, dict) or set(rows) != {"columns", "dtypes", "data"}:
        return False
    columns, dtypes, data = rows["columns"], rows["dtypes"], rows["data"]
    return (
        all(isinstance(part, list) for part in (columns, dtypes, data))
        and len(columns) == len(dtypes) == len(data)
        and all(isinstance(values, list) for values in data)
        and len({len(values) for values in data}) <= 1
    )


def encode_tables(key: str, tables: dict[str, TableRows]) -> bytes:
    """Return a table file: the CRC-32 of the JSON body in hex, a newline, then the body."""
    body = json.dumps({"key": key, "tables": tables}, ensure_ascii=False).encode()
    return f"{zlib.crc32(body):08x}\n".encode() + body


def decode_tables(data: bytes, key: str) -> dict[str, TableRows] | None:
    """Return {table: rows} from a table file; None if its checksum, key or shape is wrong.

    >>> rows = TableRows(columns=["actor"], dtypes=["object"], data=[["Iraq"]])
    >>> decode_tables(encode_tables("k", {"actors": rows}), "k")["actors"]["data"]
    [['Iraq']]
    >>> decode_tables(encode_tables("k", {"actors": rows})[:-2], "k") is None
    True
    """
    checksum, _, body = data.partition(b"\n")
    if checksum != f"{zlib.crc32(body):08x}".encode():
        return None
    try:
        entry = json.loads(body)
    except ValueError:  # the checksum matched, but the body was never valid JSON
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    tables = entry.get("tables")
    if not isinstance(tables, dict) or not all(map(_well_formed, tables.values())):
        return None
    return tables
