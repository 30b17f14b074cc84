"""`process_corpus`: every input accounted for, one bad document never stops the corpus."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pandas.testing as pdt
import pytest
import spacy
from corpus_builder import write_mixed_corpus
from spacy.language import Language
from spacy.tokens import Doc

import analysis
from analysis.corpus import (
    CorpusResult,
    pipeline_for,
    process_corpus,
)
from analysis.corpus import run as corpus
from analysis.corpus.collect import Item as _Item
from analysis.corpus.run import _parse
from analysis.extract import Table, UnknownTableError, required_pipes, table_names
from analysis.parse.model import base_pipe_names
from analysis.rules import RuleSet
from analysis.tables import TableRows

TABLES = table_names()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("mixed")
    return folder, write_mixed_corpus(folder)


@pytest.fixture(scope="module")
def result(mixed: tuple[Path, int]) -> CorpusResult:
    return process_corpus(mixed[0], tables=TABLES, progress=False)


def test_every_input_row_is_accounted_for(mixed: tuple[Path, int], result: CorpusResult) -> None:
    folder, expected = mixed
    documents = result.documents
    assert len(documents) == expected == len(analysis.load_corpus(folder))
    assert documents["status"].notna().all()
    assert set(documents["status"]) == {"ok", "empty", "error"}
    assert result.stats.documents == expected
    assert (
        result.stats.ok + result.stats.errors + (documents["status"] == "empty").sum() == expected
    )


def test_load_errors_carry_through(mixed: tuple[Path, int], result: CorpusResult) -> None:
    loaded = analysis.load_corpus(mixed[0])
    not_ok = loaded["status"] != "ok"
    pdt.assert_series_equal(result.documents["doc_id"], loaded["doc_id"], check_dtype=False)
    pdt.assert_series_equal(
        result.documents.loc[not_ok, "status"], loaded.loc[not_ok, "status"], check_dtype=False
    )
    errors = result.documents.set_index("doc_id")["error"]
    assert "binary file" in errors["image"]
    assert "line 2" in errors["records:2"]
    assert "no 'text' column" in errors["no_text"]


def test_tables_are_keyed_by_doc_id_and_counted(result: CorpusResult) -> None:
    documents = result.documents.set_index("doc_id")
    ok = documents["status"] == "ok"
    for name in TABLES:
        table = getattr(result, name)
        assert table.columns[0] == "doc_id"
        assert set(table["doc_id"]) <= set(documents.index[ok])
        counts = table.groupby("doc_id").size()
        expected = documents.loc[ok, f"n_{name}"]
        assert (counts.reindex(expected.index, fill_value=0) == expected).all()
        assert documents.loc[~ok, f"n_{name}"].isna().all()
    assert sum(len(getattr(result, name)) for name in TABLES) > 0


def test_offsets_point_into_the_cleaned_text(mixed: tuple[Path, int], result: CorpusResult) -> None:
    texts = analysis.load_corpus(mixed[0]).set_index("doc_id")["text"]
    for name in TABLES:
        table = getattr(result, name)
        if {"start", "end"} <= set(table.columns):
            for doc_id, start, end in zip(
                table["doc_id"], table["start"], table["end"], strict=True
            ):
                assert 0 <= start < end <= len(texts[doc_id])


def test_a_load_corpus_table_gives_the_same_result(
    mixed: tuple[Path, int], result: CorpusResult
) -> None:
    again = process_corpus(analysis.load_corpus(mixed[0]), tables=TABLES, progress=False)
    for name, frame in result.frames().items():
        pdt.assert_frame_equal(again.frames()[name], frame)


def test_a_table_without_text_is_rejected() -> None:
    with pytest.raises(ValueError, match="lacks the column"):
        process_corpus(pd.DataFrame({"doc_id": ["a"]}), tables=TABLES, progress=False)


def test_unknown_tables_are_rejected_by_name() -> None:
    with pytest.raises(UnknownTableError, match=r"'victims'.*choose from actors"):
        process_corpus("seeds", tables=["victims"])
    with pytest.raises(UnknownTableError, match="no tables"):
        process_corpus("seeds", tables=[])


def one_doc_frame(text: str, doc_id: str = "d1") -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [doc_id], "text": [text], "status": ["ok"]})


def test_text_over_spacy_limit_is_an_error_row() -> None:
    frame = one_doc_frame("a " * 600_000)
    row = process_corpus(frame, tables=TABLES, progress=False).documents.iloc[0]
    assert row["status"] == "error"
    assert "1,200,000 characters" in row["error"]


def test_an_extractor_exception_fails_only_that_document(
    monkeypatch: pytest.MonkeyPatch, mixed: tuple[Path, int], result: CorpusResult
) -> None:

    real = corpus.row_extractor  # what process_corpus runs on each Doc
    bad_text = analysis.load_corpus(mixed[0]).set_index("doc_id").loc["article_001", "text"]

    def fragile(table: Table, rules: RuleSet) -> Callable[[Doc], TableRows]:
        extract = real(table, rules)

        def run(doc: Doc) -> TableRows:
            if doc.text == bad_text:
                raise RuntimeError("boom")
            return extract(doc)

        return run

    monkeypatch.setattr(corpus, "row_extractor", fragile)
    broken = process_corpus(mixed[0], tables=TABLES, progress=False)
    documents = broken.documents.set_index("doc_id")
    assert documents.loc["article_001", "status"] == "error"
    assert "extractor failed: RuntimeError: boom" in documents.loc["article_001", "error"]
    before = result.documents.set_index("doc_id")
    assert documents.drop(index="article_001")["status"].equals(
        before.drop(index="article_001")["status"]
    )
    for name in TABLES:
        expected = getattr(result, name)
        expected = expected[expected["doc_id"] != "article_001"].reset_index(drop=True)
        pdt.assert_frame_equal(getattr(broken, name), expected)


@Language.component("fails_on_boom")
def fails_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("cannot parse BOOM")
    return doc


def test_a_parse_failure_fails_only_that_document() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("fails_on_boom")
    items = [
        _Item(i, f"d{i}", text)
        for i, text in enumerate(["one two", "a BOOM here", "three", "four"])
    ]
    out = {item.doc_id: doc for item, doc in _parse(nlp, items, n_process=1, batch_size=2)}
    assert set(out) == {"d0", "d1", "d2", "d3"}
    assert isinstance(out["d1"], str) and "cannot parse BOOM" in out["d1"]
    assert [out[k].text for k in ("d0", "d2", "d3")] == ["one two", "three", "four"]


def test_only_the_pipes_the_tables_need_are_run() -> None:
    base = set(base_pipe_names())
    for table in TABLES:
        nlp = pipeline_for([table])
        needed = set(required_pipes([table]))
        enabled_base = set(nlp.pipe_names) & base
        assert needed & base <= enabled_base
        assert enabled_base <= needed | {"tok2vec"}
        assert set(nlp.disabled) & needed == set()


def test_progress_bar_follows_the_flag_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    real = corpus.tqdm

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["disable"])
        return real(*args, **kwargs)

    monkeypatch.setattr(corpus, "tqdm", spy)
    frame = one_doc_frame("Twelve people were killed in Aleppo on Monday.")
    monkeypatch.setenv("ANALYSIS_PROGRESS", "0")
    process_corpus(frame, tables=TABLES[:1], progress=True)
    monkeypatch.setenv("ANALYSIS_PROGRESS", "1")
    process_corpus(frame, tables=TABLES[:1], progress=False)
    process_corpus(frame, tables=TABLES[:1], progress=True)
    assert seen == [True, True, False]


def test_write_parquet_and_csv(result: CorpusResult, tmp_path: Path) -> None:
    paths = result.write(tmp_path)
    names = {p.name for p in paths}
    for name in ("documents", *TABLES):
        assert {f"{name}.parquet", f"{name}.csv"} <= names
        pdt.assert_frame_equal(
            pd.read_parquet(tmp_path / f"{name}.parquet"), result.frames()[name], check_dtype=False
        )
        assert len(pd.read_csv(tmp_path / f"{name}.csv")) == len(result.frames()[name])
    result.write(tmp_path)  # replacing is fine
    assert not list(tmp_path.glob(".*")), "temporary files left behind"


def test_incidents_are_linked_from_the_casualties_and_written_with_the_set(
    result: CorpusResult, tmp_path: Path
) -> None:
    incidents, links = analysis.link_incidents(result.casualties, result.documents)
    pdt.assert_frame_equal(result.incidents, incidents)
    pdt.assert_frame_equal(result.incident_links, links)
    assert len(links) == len(result.casualties)  # every figure has its link row
    assert tuple(incidents.columns) == analysis.INCIDENT_COLUMNS
    names = {p.name for p in result.write(tmp_path)}
    assert {
        "incidents.parquet",
        "incidents.csv",
        "incident_links.parquet",
        "incident_links.csv",
    } <= names
    pdt.assert_frame_equal(pd.read_parquet(tmp_path / "incidents.parquet"), incidents)
    assert "incidents.parquet" in (tmp_path / "manifest.json").read_text(encoding="utf-8")
    bare = tmp_path / "bare"
    assert not {"incidents.parquet"} & {p.name for p in result.write(bare, incidents=False)}


def test_no_incidents_without_casualties(mixed: tuple[Path, int], tmp_path: Path) -> None:
    actors_only = process_corpus(mixed[0], tables=["actors"], progress=False)
    assert actors_only.incidents.empty and actors_only.linked_frames() == {}
    assert "incidents.parquet" not in {p.name for p in actors_only.write(tmp_path)}


def test_incidents_know_each_document_s_publication_date(tmp_path: Path) -> None:
    texts = {
        "first": "Shelling killed 12 people in Omdurman on Monday, local officials said.",
        "second": "The toll from Monday's shelling in Omdurman rose to 15, medics said.",
    }
    for name, (text, published) in zip(texts, [(texts["first"], "2025-03-04"),
                                               (texts["second"], "2025-03-05")], strict=True):  # fmt: skip
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(
            f'{{"published": "{published}"}}', encoding="utf-8"
        )
    result = process_corpus(tmp_path, tables=["casualties"], progress=False)
    incidents = result.incidents
    assert len(incidents) == 1, incidents
    row = incidents.iloc[0]
    assert (row["first_report"], row["last_report"]) == ("2025-03-04", "2025-03-05")
    assert row["event_date"] == "2025-03-03" and row["n_documents"] == 2
