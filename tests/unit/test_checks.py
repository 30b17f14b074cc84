"""Consistency checks: parts against totals, and ranges across sources."""

import pandas as pd
import pytest
from spacy.language import Language

from analysis.checks import CHECK_COLUMNS, RANGE_COLUMNS, casualty_ranges, check_casualties
from analysis.extract.casualties import extract_casualties

pytestmark = pytest.mark.filterwarnings("ignore:casualty_ranges is deprecated:DeprecationWarning")


def table(rows: list[dict]) -> pd.DataFrame:
    defaults = {"qualifier": "exact", "outcome": "killed", "part_of": None, "source": None,
                "period": None, "location": None, "is_total": False}  # fmt: skip
    filled = [{"figure_id": i, **defaults, **row} for i, row in enumerate(rows)]
    return pd.DataFrame({k: pd.Series([r[k] for r in filled], dtype=object) for k in filled[0]})


def test_seed_parts_add_up(nlp: Language, seed_text: str) -> None:
    checks = check_casualties(extract_casualties(nlp(seed_text)))
    assert len(checks) == 1
    row = checks.iloc[0]
    assert (row["total"], row["parts_sum"], row["n_parts"]) == (446, 446, 4)
    assert row["difference"] == 0
    assert row["status"] == "equal"
    assert not row["is_error"]
    assert row["equation"].startswith("200 + 44 + 141 + 61 = 446")


@pytest.mark.parametrize(
    ("total", "parts", "qualifier", "status", "is_error"),
    [
        (446, [200, 44, 141, 61], "exact", "equal", False),
        (50, [12, 8], "at_least", "parts_below_total", False),
        (10, [8, 7], "exact", "parts_above_total", True),
        (10, [8, 7], "at_least", "parts_above_total", False),
        (10, [8, 7], "about", "parts_above_total", True),
        (None, [8, 7], "exact", "not_comparable", False),
    ],
)
def test_status(
    total: int | None, parts: list, qualifier: str, status: str, is_error: bool
) -> None:
    rows = [{"count": total, "qualifier": qualifier, "is_total": True}]
    rows += [{"count": c, "part_of": 0} for c in parts]
    row = check_casualties(table(rows)).iloc[0]
    assert row["status"] == status
    assert row["is_error"] == is_error
    assert row["parts_sum"] == sum(parts)


def test_vague_parts_are_left_out_of_the_sum() -> None:
    rows = [{"count": 40}, {"count": 10, "part_of": 0}, {"count": None, "part_of": 0}]
    row = check_casualties(table(rows)).iloc[0]
    assert (row["parts_sum"], row["n_vague_parts"], row["difference"]) == (10, 1, 30)
    assert row["equation"] == "10 + ? = 10 vs 40"


def test_no_totals_gives_an_empty_table_with_columns() -> None:
    assert tuple(check_casualties(table([{"count": 3}])).columns) == CHECK_COLUMNS
    assert check_casualties(pd.DataFrame()).empty
    assert tuple(casualty_ranges(pd.DataFrame()).columns) == RANGE_COLUMNS


def test_corpus_totals_are_checked_per_document() -> None:
    a = table([{"count": 10}, {"count": 10, "part_of": 0}]).assign(doc_id="a")
    b = table([{"count": 5}, {"count": 9, "part_of": 0}]).assign(doc_id="b")
    checks = check_casualties(pd.concat([a, b], ignore_index=True))
    assert checks[["doc_id", "status"]].to_numpy().tolist() == [
        ["a", "equal"], ["b", "parts_above_total"],
    ]  # fmt: skip


def test_checks_survive_a_parquet_round_trip(tmp_path, nlp: Language, seed_text: str) -> None:
    df = extract_casualties(nlp(seed_text)).assign(doc_id="seed")
    path = tmp_path / "c.parquet"
    df.to_parquet(path)
    restored = pd.read_parquet(path)
    assert check_casualties(restored)["status"].tolist() == ["equal"]
    assert casualty_ranges(restored)["best"].tolist() == casualty_ranges(df)["best"].tolist()


def test_ranges_pool_sources_for_the_same_place_and_period() -> None:
    rows = [
        {"count": 100, "location": "Gaza", "period": "Monday", "source": "health ministry",
         "doc_id": "d1"},
        {"count": 120, "location": "Gaza", "period": "Monday", "source": "civil defence",
         "doc_id": "d2"},
        {"count": 90, "location": "Gaza", "period": "Monday", "source": "Israeli army",
         "doc_id": "d3"},
        {"count": 110, "location": "Gaza", "period": "Monday", "source": "health ministry",
         "doc_id": "d4"},
        {"count": 7, "location": "Rafah", "period": "Monday", "source": "health ministry",
         "doc_id": "d4"},
        {"count": 3, "location": "Gaza", "period": "Monday", "part_of": 0, "doc_id": "d1"},
        {"count": None, "location": "Gaza", "period": "Monday", "doc_id": "d5"},
    ]  # fmt: skip
    ranges = casualty_ranges(table(rows))
    gaza = ranges[ranges["location"] == "Gaza"].iloc[0]
    # One figure per source (the ministry's largest, 110): 90, 110, 120 -> median 110.
    assert (gaza["low"], gaza["best"], gaza["high"]) == (90, 110, 120)
    assert (gaza["n_figures"], gaza["n_sources"], gaza["n_documents"]) == (4, 3, 4)
    rafah = ranges[ranges["location"] == "Rafah"].iloc[0]
    assert (rafah["low"], rafah["best"], rafah["high"]) == (7, 7, 7)


def test_best_is_a_reported_figure_when_sources_are_even() -> None:
    rows = [{"count": c, "source": s} for c, s in [(10, "a"), (20, "b"), (30, "c"), (40, "d")]]
    row = casualty_ranges(table(rows)).iloc[0]
    assert (row["low"], row["best"], row["high"]) == (10, 20, 40)
    assert row["location"] == "unknown"


def test_reporter_falls_back_to_document_source_then_doc_id() -> None:
    rows = [{"count": 5, "doc_id": "x", "outlet": "Reuters"}, {"count": 8, "doc_id": "y",
             "outlet": None}]  # fmt: skip
    row = casualty_ranges(table(rows), source_column="outlet").iloc[0]
    assert row["sources"] == "Reuters; y"


def test_casualty_ranges_warns_that_link_incidents_replaces_it() -> None:
    with pytest.warns(DeprecationWarning, match="link_incidents"):
        ranges = casualty_ranges(table([{"count": 5, "source": "a"}]))
    assert ranges["best"].tolist() == [5]  # the alias still works
