"""What a corpus run holds between documents: compact columns that give the same tables."""

import random

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

from analysis.corpus import collect
from analysis.corpus.collect import Collected, DocumentColumns
from analysis.tables import TableRows, columns_frame

DTYPES = {"actor": "str", "sentence": "int64", "count": "Int64", "named": "bool"}
EMPTY = columns_frame({column: [] for column in DTYPES}, DTYPES)


def rows_of(pos: int, n_rows: int) -> TableRows:
    """`n_rows` rows for document `pos`, with a missing actor and a missing count."""
    data = {
        "actor": [None if i == 1 else f"Group {pos}-{i}" for i in range(n_rows)],
        "sentence": [i for i in range(n_rows)],
        "count": [None if i == 2 else pos * 10 + i for i in range(n_rows)],
        "named": [i % 2 == 0 for i in range(n_rows)],
    }
    return TableRows(columns=list(DTYPES), dtypes=list(DTYPES.values()), data=list(data.values()))


def expected_table(order: list[int], n_rows: dict[int, int]) -> pd.DataFrame:
    """The table the rows of documents `order` give, built in one piece in input order."""
    parts = [rows_of(pos, n_rows[pos]) for pos in sorted(order)]
    data = {c: [v for part in parts for v in part["data"][i]] for i, c in enumerate(DTYPES)}
    table = columns_frame(data, DTYPES)
    doc_ids = [f"doc{pos}" for pos in sorted(order) for _ in range(n_rows[pos])]
    table.insert(0, "doc_id", pd.array(doc_ids, dtype="str"))
    return table


@pytest.mark.parametrize("shuffled", [False, True])
def test_rows_come_back_whole_typed_and_in_input_order(monkeypatch, shuffled):
    # Small chunks so that many chunks are merged, at more than one level.
    monkeypatch.setattr(collect, "CONSOLIDATE_EVERY", 3)
    monkeypatch.setattr(collect, "MERGE_FAN", 2)
    n_docs = 40
    n_rows = {pos: pos % 4 for pos in range(n_docs)}  # some documents without rows
    order = list(range(n_docs))
    if shuffled:  # documents finish out of input order (cached ones first, dask partitions)
        random.Random(7).shuffle(order)
    collected = Collected()
    for pos in order:
        collected.add(pos, {"things": rows_of(pos, n_rows[pos])})
    assert len(collected.chunks["things"]) < n_docs // 3  # merged, not one chunk per batch
    doc_ids = np.array([f"doc{pos}" for pos in range(n_docs)], dtype=object)
    table = collected.take_table("things", doc_ids, EMPTY)
    pdt.assert_frame_equal(table, expected_table(order, n_rows))
    assert dict(table.dtypes.astype(str)) == {"doc_id": "str", **DTYPES}
    counts = collected.counts("things", n_docs + 1)
    assert str(counts.dtype) == "Int64"
    assert counts.iloc[:n_docs].tolist() == [n_rows[pos] for pos in range(n_docs)]
    assert counts.isna().tolist() == [False] * n_docs + [True]  # never extracted: NA


def test_merged_workers_give_the_same_table(monkeypatch):
    monkeypatch.setattr(collect, "CONSOLIDATE_EVERY", 2)
    monkeypatch.setattr(collect, "MERGE_FAN", 3)
    n_rows = {pos: 1 + pos % 3 for pos in range(30)}
    parts = [Collected() for _ in range(3)]
    for pos in range(30):
        parts[pos // 10].add(pos, {"things": rows_of(pos, n_rows[pos])})
    whole = Collected()
    for part in reversed(parts):
        whole.merge(part)
    doc_ids = np.array([f"doc{pos}" for pos in range(30)], dtype=object)
    table = whole.take_table("things", doc_ids, EMPTY)
    pdt.assert_frame_equal(table, expected_table(list(range(30)), n_rows))
    assert whole.counts("things", 30).tolist() == [n_rows[pos] for pos in range(30)]


def test_a_table_without_rows_keeps_its_schema():
    collected = Collected()
    collected.add(0, {"things": rows_of(0, 0)})
    table = collected.take_table("things", np.array(["doc0"], dtype=object), EMPTY)
    assert table.empty
    assert dict(table.dtypes.astype(str)) == {"doc_id": "str", **DTYPES}


@pytest.mark.parametrize(
    "column",
    [
        ["a", None, "b", "c", None],  # strings with gaps: "str"
        [None, None, None, None, None],  # no value at all: object, as pandas infers it
        [1, None, 3, 4, 5],  # numbers with a gap
        ["a", 2.5, None, "d", float("nan")],  # mixed values (a DataFrame given as input)
        ["only in the last chunk" if i == 4 else None for i in range(5)],
    ],
)
def test_document_columns_give_what_pandas_gives_for_the_rows(monkeypatch, column):
    monkeypatch.setattr(collect, "CONSOLIDATE_EVERY", 2)
    rows = [{"name": value, "n": i} for i, value in enumerate(column)]
    kept = DocumentColumns(["name", "n"])
    for row in rows:
        kept.append([row["name"], row["n"]])
    pdt.assert_frame_equal(kept.frame(), pd.DataFrame(rows, columns=["name", "n"]))
    assert kept.column("n") == list(range(5))
