"""Read what the pipeline wrote onto a Doc; shared by the extractors.

Everything read here survives a ``DocBin(store_user_data=True)`` round trip: entities
with their ``kb_id_``, the ``doc.spans["actors"]`` group, sentence starts, lemmas and
dependencies. Extractors never re-run the pipeline on a Doc they are given.
"""

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray
from spacy.tokens import Doc, Span

from analysis.components import ACTOR_SPANS_KEY
from analysis.nlp import load_nlp

# Lone surrogates cannot be encoded, so spaCy cannot read them; U+FFFD keeps offsets.
SURROGATES = re.compile("[\ud800-\udfff]")
STR_DTYPE = pd.api.types.pandas_dtype("str")


def as_doc(text_or_doc: str | Doc) -> Doc:
    """Return `text_or_doc` if it is a Doc, else parse it with `load_nlp()`.

    Lone surrogates (which no encoding accepts) are parsed as U+FFFD, one character for
    one, so offsets into the original string still hold.
    """
    if isinstance(text_or_doc, Doc):
        return text_or_doc
    return load_nlp()(SURROGATES.sub("\ufffd", str(text_or_doc)))


def with_surface(table: pd.DataFrame, text_or_doc: str | Doc, column: str) -> pd.DataFrame:
    """Take `column` from the original string where `as_doc` had to replace characters.

    The column is then of object dtype: pandas' Arrow strings cannot hold surrogates.
    """
    if isinstance(text_or_doc, Doc) or not SURROGATES.search(text_or_doc) or table.empty:
        return table
    surface = [text_or_doc[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    return table.assign(**{column: pd.Series(surface, index=table.index, dtype=object)})


def actor_spans(doc: Doc) -> list[Span]:
    """The Doc's actor mentions in text order (empty if the resolver did not run)."""
    if ACTOR_SPANS_KEY not in doc.spans:
        return []
    return sorted(doc.spans[ACTOR_SPANS_KEY], key=lambda span: span.start)


def sentence_ids(doc: Doc) -> list[int]:
    """Sentence index of every token; all 0 when the Doc has no sentence boundaries."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    ids = []
    for number, sentence in enumerate(doc.sents):
        ids.extend([number] * len(sentence))
    return ids


def column_dtypes(
    columns: Sequence[str], ints: Sequence[str] = (), bools: Sequence[str] = ()
) -> dict[str, str]:
    """{column: dtype name}: `ints` "int64", `bools` "bool", the rest "str".

    >>> column_dtypes(("actor", "start"), ints=("start",))
    {'actor': 'str', 'start': 'int64'}
    """
    return {c: "int64" if c in ints else "bool" if c in bools else "str" for c in columns}


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
