"""The row type and typed DataFrame builders that every table is made with.

An extractor gives its rows as column values ({column: values}); `columns_frame` builds
each column once with its final dtype: Arrow strings ("str"), NumPy "int64" and "bool",
and pandas' nullable "Int64" for counts, so a missing count stays missing and a count
stays an integer through CSV and Parquet. `TableRows` is the same rows as JSON holds them
(the table cache).
"""

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypedDict

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray

STR_DTYPE = pd.api.types.pandas_dtype("str")


class TableRows(TypedDict):
    """One table's rows as JSON holds them: column names, dtype names and column values."""

    columns: list[str]
    dtypes: list[str]
    data: list[list[Any]]


def column_dtypes(
    columns: Sequence[str],
    ints: Sequence[str] = (),
    bools: Sequence[str] = (),
    counts: Sequence[str] = (),
) -> dict[str, str]:
    """{column: dtype name}: `ints` "int64", `bools` "bool", `counts` "Int64", the rest "str".

    >>> column_dtypes(("actor", "start", "count"), ints=("start",), counts=("count",))
    {'actor': 'str', 'start': 'int64', 'count': 'Int64'}
    """
    kinds = {**dict.fromkeys(ints, "int64"), **dict.fromkeys(bools, "bool")}
    return {c: kinds.get(c, "Int64" if c in counts else "str") for c in columns}


def rows_to_columns(rows: Sequence[dict], columns: Sequence[str]) -> dict[str, list]:
    """Turn row dicts into {column: values}, None where a row lacks a column.

    >>> rows_to_columns([{"actor": "Iraq", "start": 0}], ("actor", "start", "end"))
    {'actor': ['Iraq'], 'start': [0], 'end': [None]}
    """
    return {column: [row.get(column) for row in rows] for column in columns}


def columns_frame(data: Mapping[str, list], dtypes: Mapping[str, str]) -> pd.DataFrame:
    """A DataFrame of column values (`data`), each column built once as its dtype in `dtypes`.

    "str" columns are Arrow strings (`str_array`), "int64" and "bool" NumPy arrays, and
    "object" columns keep their Python values (other dtypes go through `pd.Series`).
    Building a table once from columns costs far less than one small DataFrame per
    document concatenated later. A table without rows is a shallow copy of one built once
    per schema (copy-on-write keeps the two apart).
    """
    if not any(data.values()):
        return _empty_columns_frame(tuple(dtypes.items())).copy(deep=False)
    return _build_columns_frame(data, dtypes)


@functools.cache
def _empty_columns_frame(schema: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    return _build_columns_frame({column: [] for column, _ in schema}, dict(schema))


def _build_columns_frame(data: Mapping[str, list], dtypes: Mapping[str, str]) -> pd.DataFrame:
    index = pd.RangeIndex(len(next(iter(data.values()), [])))
    built: dict[str, Any] = {}
    for column, dtype in dtypes.items():
        values = data[column]
        if dtype == "str":
            built[column] = str_array(values)
        elif dtype in ("int64", "bool"):
            built[column] = np.array(values, dtype=dtype)
        else:  # a Series: an object array would be read as strings
            built[column] = pd.Series(values, index=index, dtype=dtype)
    return pd.DataFrame(built, index=index, copy=False)


def frame(
    rows: Iterable[dict],
    columns: Sequence[str],
    ints: Sequence[str] = (),
    bools: Sequence[str] = (),
) -> pd.DataFrame:
    """A DataFrame with exactly `columns`: `ints` int64, `bools` bool, the rest str (or NA).

    Each column is built once with its final type: a DataFrame of dicts cast afterwards
    costs several times more. A table without rows is a shallow copy of one built once
    (copy-on-write keeps the two apart).
    """
    return columns_frame(rows_to_columns(list(rows), columns), column_dtypes(columns, ints, bools))


def str_array(values: list) -> pd.api.extensions.ExtensionArray:
    """``pd.array(values, dtype="str")``, built straight from Arrow when that is the same.

    That is when pandas stores "str" in Arrow and every value is a `str` or None: then
    pandas' own conversion (about 25 µs a column) only checks what Arrow checks again.

    >>> str_array(["Iraq", None]).equals(pd.array(["Iraq", None], dtype="str"))
    True
    """
    if STR_DTYPE.storage != "pyarrow" or not all(v is None or type(v) is str for v in values):
        return pd.array(values, dtype=STR_DTYPE)
    return ArrowStringArray(pa.array(values, type=pa.large_string()), dtype=STR_DTYPE)
