"""Parallel engines give the same tables as one process: dask on a two-worker LocalCluster, n_process=2."""

from collections.abc import Iterator
from pathlib import Path

import distributed
import pandas as pd
import pandas.testing as pdt
import pytest
import spacy
from corpus_builder import write_mixed_corpus
from distributed import Client
from spacy.language import Language
from spacy.tokens import Doc

from analysis.corpus import CorpusResult, process_corpus
from analysis.corpus.collect import Item as _Item
from analysis.corpus.run import _parse
from analysis.extract import table_names

TABLES = table_names()

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_mixed_corpus(folder, n_good=8)
    return folder


@pytest.fixture(scope="module")
def local(corpus_dir: Path) -> CorpusResult:
    return process_corpus(corpus_dir, tables=TABLES, progress=False)


def assert_same_tables(left: CorpusResult, right: CorpusResult) -> None:
    assert left.frames().keys() == right.frames().keys()
    for name, frame in left.frames().items():
        pdt.assert_frame_equal(right.frames()[name], frame)


def test_dask_gives_the_local_tables(client: Client, corpus_dir: Path, local: CorpusResult) -> None:
    result = process_corpus(corpus_dir, tables=TABLES, engine="dask", scheduler=client, progress=False)
    assert len(result.partition_starts) > 1
    assert_same_tables(local, result)


def test_each_worker_loads_the_model_once(client: Client, corpus_dir: Path) -> None:
    process_corpus(corpus_dir, tables=TABLES, engine="dask", scheduler=client, progress=False)

    def loads() -> tuple[int, int]:
        from analysis.parse.model import load_nlp

        info = load_nlp.cache_info()
        return info.misses, info.hits

    per_worker = client.run(loads)  # {worker address: (model loads, cache hits)}
    assert len(per_worker) == 2
    assert all(misses <= 1 for misses, _ in per_worker.values()), per_worker
    assert sum(hits for _, hits in per_worker.values()) > 0, per_worker


def test_dask_by_address_writes_a_partitioned_dataset(
    client: Client, corpus_dir: Path, local: CorpusResult, tmp_path: Path
) -> None:

    address = client.scheduler.address
    result = process_corpus(corpus_dir, tables=TABLES, engine="dask", scheduler=address, progress=False)
    result.write(tmp_path)
    for name, frame in local.frames().items():
        parts = sorted((tmp_path / name).glob("part-*.parquet"))
        assert len(parts) == len(result.partition_starts)
        back = pd.read_parquet(tmp_path / name)
        pdt.assert_frame_equal(back, pd.read_parquet(_single_file(local, name, tmp_path)))
        assert len(back) == len(frame)


def _single_file(result: CorpusResult, name: str, tmp_path: Path) -> Path:
    path = tmp_path / "local" / f"{name}.parquet"
    if not path.exists():
        result.write(tmp_path / "local", csv=False)
    return path


def test_two_processes_give_the_one_process_tables(corpus_dir: Path, local: CorpusResult) -> None:
    result = process_corpus(corpus_dir, tables=TABLES, n_process=2, batch_size=2, progress=False)
    assert_same_tables(local, result)


@spacy.Language.component("fails_on_boom_mp")
def fails_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("cannot parse BOOM")
    return doc


def test_a_parse_failure_in_a_worker_process_fails_only_that_document() -> None:
    nlp: Language = spacy.blank("en")
    nlp.add_pipe("fails_on_boom_mp")
    texts = ["one", "two", "a BOOM", "four", "five", "six"]
    items = [_Item(i, f"d{i}", text) for i, text in enumerate(texts)]
    out = {item.doc_id: doc for item, doc in _parse(nlp, items, n_process=2, batch_size=1)}
    assert set(out) == {f"d{i}" for i in range(6)}
    assert isinstance(out["d2"], str) and "cannot parse BOOM" in out["d2"]
    assert [out[f"d{i}"].text for i in (0, 1, 3, 4, 5)] == ["one", "two", "four", "five", "six"]
