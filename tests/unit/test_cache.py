"""The parse cache: DocBin files keyed by text and pipeline, atomic, corrupt files rebuilt."""

import json
import os
import shutil
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest
from corpus_builder import write_articles
from spacy.language import Language
from spacy.tokens import DocBin

from analysis.atomic import atomic_path, write_bytes_atomic
from analysis.corpus import CorpusResult, pipeline_for, process_corpus
from analysis.corpus.cache import ParseCache, frame_from_json, frame_to_json, pipeline_fingerprint
from analysis.extract import table_names
from analysis.parse.model import model_name

TABLES = table_names()

TEXT = "Syrian rebels took control of Aleppo on Friday, and 12 civilians were killed."


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return pipeline_for(TABLES)


@pytest.fixture
def cache(pipeline: Language, tmp_path: Path) -> ParseCache:
    return ParseCache(tmp_path / "cache", pipeline_fingerprint(pipeline, model=model_name()))


def test_a_stored_doc_loads_back_identical(cache: ParseCache, pipeline: Language) -> None:
    assert cache.load(TEXT, pipeline.vocab) is None
    doc = pipeline(TEXT)
    cache.store(TEXT, doc)
    loaded = cache.load(TEXT, pipeline.vocab)
    assert loaded is not None
    assert loaded.to_json() == doc.to_json()
    assert [(e.text, e.label_, e.start_char) for e in loaded.ents] == [
        (e.text, e.label_, e.start_char) for e in doc.ents
    ]
    assert (cache.stats.misses, cache.stats.stored, cache.stats.hits) == (1, 1, 1)


def test_a_cache_file_is_docbin_bytes_only(cache: ParseCache, pipeline: Language) -> None:
    cache.store(TEXT, pipeline(TEXT))
    data = cache.path(TEXT).read_bytes()
    assert zlib.decompress(data)  # a zlib stream (DocBin's format), not a pickle
    assert len(DocBin().from_bytes(data)) == 1
    assert (cache.folder / "pipeline.json").read_text().startswith("{")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:100] + bytes([data[100] ^ 0xFF]) + data[101:],
        lambda data: b"\x80\x04not a docbin",
    ],
    ids=["empty", "truncated", "bit flip", "garbage"],
)
def test_a_corrupt_file_is_detected_and_rebuilt(
    cache: ParseCache, pipeline: Language, damage: Callable[[bytes], bytes]
) -> None:
    cache.store(TEXT, pipeline(TEXT))
    path = cache.path(TEXT)
    path.write_bytes(damage(path.read_bytes()))
    assert cache.load(TEXT, pipeline.vocab) is None
    assert not path.exists()
    assert cache.stats.rebuilt == 1


def test_a_file_holding_another_text_is_not_trusted(cache: ParseCache, pipeline: Language) -> None:
    other = "A different article about Hama."
    cache.store(other, pipeline(other))
    cache.path(TEXT).parent.mkdir(exist_ok=True)
    shutil.copy(cache.path(other), cache.path(TEXT))
    assert cache.load(TEXT, pipeline.vocab) is None
    assert cache.stats.rebuilt == 1


def test_the_pipeline_configuration_keys_the_cache(tmp_path: Path, pipeline: Language) -> None:
    fingerprint = pipeline_fingerprint(pipeline, model=model_name())
    keys = {"model", "model_version", "spacy", "pandas", "pipes", "disabled", "config", "package",
            "rules"}
    assert keys <= set(fingerprint)
    assert len(fingerprint["package"]) == 64, "the whole package tree is hashed"
    first = ParseCache(tmp_path, fingerprint)
    changed = ParseCache(tmp_path, fingerprint | {"disabled": [*fingerprint["disabled"], "ner"]})
    edited = ParseCache(tmp_path, fingerprint | {"package": "0" * 64})
    assert len({first.folder, changed.folder, edited.folder}) == 3
    assert ParseCache(tmp_path, dict(fingerprint)).folder == first.folder


def test_stale_temporary_files_are_removed(cache: ParseCache, pipeline: Language) -> None:
    shard = cache.folder / "ab"
    shard.mkdir()
    old, fresh = shard / ".x.spacy.1.dead.tmp", shard / ".y.spacy.2.beef.tmp"
    old.write_bytes(b"partial")
    fresh.write_bytes(b"in use by another writer")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    ParseCache(cache.folder.parent, pipeline_fingerprint(pipeline, model=model_name()))
    assert not old.exists()
    assert fresh.exists()


def test_atomic_write_leaves_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    write_bytes_atomic(target, b"old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    write_articles(folder, 6, seed=1)
    return folder


def assert_same_tables(left: CorpusResult, right: CorpusResult) -> None:
    for name, frame in left.frames().items():
        pdt.assert_frame_equal(right.frames()[name], frame)


def test_a_second_run_parses_and_extracts_nothing(corpus_dir: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    assert (first.stats.parsed, first.stats.extracted, first.stats.from_cache) == (6, 6, 0)
    second = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    assert (second.stats.parsed, second.stats.extracted) == (0, 0)
    assert (second.stats.from_cache, second.stats.tables_from_cache) == (6, 6)
    assert_same_tables(first, second)
    assert_same_tables(first, process_corpus(corpus_dir, tables=TABLES, progress=False))


def test_damaged_entries_are_redone(corpus_dir: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    parses = sorted(cache_dir.glob("*/*/*.spacy"))
    # A damaged table file: the document is extracted again from its cached parse.
    table_file = next(cache_dir.glob(f"*/tables/*/{parses[0].stem}.json"))
    table_file.write_bytes(table_file.read_bytes()[:-20])
    again = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    assert (again.stats.parsed, again.stats.extracted, again.stats.cache_rebuilt) == (0, 1, 1)
    assert_same_tables(first, again)
    # A damaged parse with no cached tables: the document is parsed again.
    for path in cache_dir.glob(f"*/tables/*/{parses[1].stem}.json"):
        path.unlink()
    parses[1].write_bytes(parses[1].read_bytes()[:-50])
    third = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    assert (third.stats.parsed, third.stats.extracted, third.stats.cache_rebuilt) == (1, 1, 1)
    assert_same_tables(first, third)


def test_tables_are_cached_only_when_json_holds_them_exactly() -> None:
    plain = pd.DataFrame({"actor": ["Iraq", "Syria"], "start": [0, 10], "negated": [True, False]})
    assert frame_from_json(frame_to_json(plain)).equals(plain)
    odd = pd.DataFrame({"span": [(1, 2)], "kind": pd.Categorical(["a"])})
    assert frame_to_json(odd) is None


def test_a_table_file_changed_in_place_is_caught_by_its_checksum(
    corpus_dir: Path, tmp_path: Path
) -> None:

    cache_dir = tmp_path / "cache"
    first = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    table_file = next(cache_dir.glob("*/tables/*/*.json"))
    data = table_file.read_bytes()
    digit = next(i for i in range(data.index(b"\n") + 1, len(data)) if data[i : i + 1].isdigit())
    swapped = b"1" if data[digit : digit + 1] != b"1" else b"2"
    table_file.write_bytes(data[:digit] + swapped + data[digit + 1 :])  # still valid JSON
    again = process_corpus(corpus_dir, tables=TABLES, cache_dir=cache_dir, progress=False)
    assert (again.stats.parsed, again.stats.extracted, again.stats.cache_rebuilt) == (0, 1, 1)
    assert_same_tables(first, again)


def test_tables_stored_apart_share_one_file_per_document(cache: ParseCache) -> None:
    actors = pd.DataFrame({"actor": ["Iraq"], "start": [0]})
    quotes = pd.DataFrame({"quote": ["We will stay."], "negated": [False]})
    cache.store_tables(TEXT, {"actors": actors})
    assert cache.load_tables(TEXT, ["actors", "quotes"]) is None
    cache.store_tables(TEXT, {"quotes": quotes})
    assert len(list(cache.tables_folder.glob("*/*.json"))) == 1
    cached = cache.load_tables(TEXT, ["actors", "quotes"])
    assert cached is not None
    assert frame_from_json(json.dumps(cached["actors"]).encode()).equals(actors)
    assert frame_from_json(json.dumps(cached["quotes"]).encode()).equals(quotes)
    assert (cache.stats.table_hits, cache.stats.rebuilt) == (1, 0)
