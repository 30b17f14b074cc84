"""Consistency checks on casualty tables: do the parts add up, and how far do sources differ.

`check_casualties` compares each total with the figures that break it down (the seed's
446 = 200 + 44 + 141 + 61). `casualty_ranges` (deprecated: use `analysis.link_incidents`,
which links figures into incidents by date, place and perpetrator) pooled figures of the
same outcome, place string and period string into a low / best / high range; it merged
unrelated tolls that share an unknown place and period.

Both accept the table from `extract_casualties` or a corpus table with a `doc_id` column,
also after a Parquet round trip (missing counts as NaN or NA rather than None).
"""

import statistics
import warnings
from collections.abc import Sequence

import pandas as pd

CHECK_COLUMNS: tuple[str, ...] = (
    "doc_id", "total_id", "outcome", "total", "qualifier", "parts_sum", "n_parts", "n_vague_parts",
    "difference", "status", "is_error", "equation", "source", "period",
)  # fmt: skip
RANGE_COLUMNS: tuple[str, ...] = (
    "outcome", "location", "period", "low", "best", "high", "n_figures", "n_sources",
    "n_documents", "sources", "documents",
)  # fmt: skip
UNKNOWN = "unknown"
LOWER_BOUNDS = frozenset({"at_least", "more_than"})


def _count(value: object) -> int | None:
    """An int count from a table cell, or None for None / NaN / NA."""
    return None if pd.isna(value) else int(value)


def _status(total: int | None, parts_sum: int) -> str:
    """Compare a total with the sum of its parts.

    >>> _status(446, 446), _status(50, 12), _status(10, 12), _status(None, 12)
    ('equal', 'parts_below_total', 'parts_above_total', 'not_comparable')
    """
    if total is None:
        return "not_comparable"
    if parts_sum == total:
        return "equal"
    return "parts_below_total" if parts_sum < total else "parts_above_total"


def _doc_key(df: pd.DataFrame) -> pd.Series:
    if "doc_id" in df.columns:
        return df["doc_id"].astype(str)
    return pd.Series("", index=df.index, dtype=str)


def check_casualties(df: pd.DataFrame) -> pd.DataFrame:
    """Return one row per total that has parts: sum of parts, difference and status.

    `status` is "equal", "parts_below_total" (parts leave some of the total unexplained,
    often the unlisted rest), "parts_above_total" (the parts add up to more than the
    total: `is_error` is True, unless the total is "at least" / "more than" N) or
    "not_comparable" (the total is vague, e.g. "dozens").
    `difference` is total minus the sum of the known parts; vague parts are counted in
    `n_vague_parts` and left out of the sum. Columns are `CHECK_COLUMNS`.
    """
    if df.empty or "part_of" not in df.columns or df["part_of"].isna().all():
        return pd.DataFrame({column: [] for column in CHECK_COLUMNS})
    table = df.assign(_doc=_doc_key(df))
    parts = table[table["part_of"].notna()].assign(_total=lambda d: d["part_of"].map(int))
    rows = []
    for (doc, total_id), group in parts.groupby(["_doc", "_total"], sort=True):
        total_row = table[(table["_doc"] == doc) & (table["figure_id"] == total_id)].iloc[0]
        rows.append(_check_row(doc, int(total_id), total_row, group))
    return pd.DataFrame(rows, columns=list(CHECK_COLUMNS))


def _check_row(doc: str, total_id: int, total_row: pd.Series, parts: pd.DataFrame) -> dict:
    counts = [_count(value) for value in parts["count"]]
    known = [c for c in counts if c is not None]
    total = _count(total_row["count"])
    parts_sum = sum(known)
    status = _status(total, parts_sum)
    # Parts above "at least N" / "more than N" are consistent with it; above N they are not.
    is_error = status == "parts_above_total" and total_row["qualifier"] not in LOWER_BOUNDS
    equation = " + ".join(str(c) if c is not None else "?" for c in counts)
    return {
        "doc_id": doc,
        "total_id": total_id,
        "outcome": total_row["outcome"],
        "total": total,
        "qualifier": total_row["qualifier"],
        "parts_sum": parts_sum,
        "n_parts": len(counts),
        "n_vague_parts": len(counts) - len(known),
        "difference": None if total is None else total - parts_sum,
        "status": status,
        "is_error": is_error,
        "equation": f"{equation} = {parts_sum}" + ("" if total is None else f" vs {total}"),
        "source": total_row["source"] if pd.notna(total_row["source"]) else None,
        "period": total_row["period"] if pd.notna(total_row["period"]) else None,
    }


def _reported_figures(df: pd.DataFrame, source_column: str | None) -> pd.DataFrame:
    """Totals and stand-alone figures with a count, one row each, with their reporter."""
    table = df[df["part_of"].isna() & df["count"].notna()].copy()
    table["count"] = [int(v) for v in table["count"]]
    doc = _doc_key(table)
    reporter = table["source"] if "source" in table.columns else pd.Series(None, index=table.index)
    if source_column is not None and source_column in table.columns:
        reporter = reporter.where(reporter.notna(), table[source_column])
    table["_document"] = doc
    table["_reporter"] = reporter.where(reporter.notna(), doc).astype(str)
    for key in ("location", "period"):
        table[key] = table[key].where(table[key].notna(), UNKNOWN).astype(str)
    return table


def casualty_ranges(
    df: pd.DataFrame,
    *,
    keys: Sequence[str] = ("outcome", "location", "period"),
    source_column: str | None = None,
) -> pd.DataFrame:
    """Pool figures of the same outcome, place and period into a low / best / high range.

    Deprecated: use `analysis.link_incidents`, which tells incidents apart by country,
    place, date and perpetrator and gives each incident its low / best / high (this
    function pools any figures whose place and period strings are equal, e.g. three
    "unknown" tolls from three countries). Warns with a `DeprecationWarning`.

    Only totals and stand-alone figures with a count take part (parts and vague figures
    do not). Each reporter counts once: a source that gives several figures for the same
    key contributes its largest (tolls grow as bodies are found). A figure's reporter is
    its `source`, else the document's `source_column` (e.g. the outlet), else its `doc_id`.

    - `low` / `high`: the smallest and largest reported figure;
    - `best`: the median of the reporters' figures, taking the lower middle value when
      their number is even (`statistics.median_low`), so `best` is always a figure some
      source actually reported, never an average nobody gave.

    A missing location or period is the value "unknown", so such figures are pooled only
    with figures equally unplaced. Columns are `RANGE_COLUMNS`.
    """
    warnings.warn(
        "casualty_ranges is deprecated: use analysis.link_incidents(casualties, documents), "
        "which links figures into incidents by place, date and perpetrator",
        DeprecationWarning,
        stacklevel=2,
    )
    if df.empty:
        return pd.DataFrame({column: [] for column in RANGE_COLUMNS})
    table = _reported_figures(df, source_column)
    rows = []
    for key, group in table.groupby(list(keys), sort=True):
        per_reporter = group.groupby("_reporter")["count"].max()
        values = sorted(per_reporter.tolist())
        rows.append({
            **dict(zip(keys, key, strict=True)),
            "low": values[0],
            "best": statistics.median_low(values),
            "high": values[-1],
            "n_figures": len(group),
            "n_sources": len(values),
            "n_documents": group["_document"].nunique(),
            "sources": "; ".join(sorted(per_reporter.index)),
            "documents": "; ".join(sorted(group["_document"].unique())),
        })  # fmt: skip
    columns = [*keys, *(c for c in RANGE_COLUMNS if c not in keys)]
    return pd.DataFrame(rows, columns=columns)
