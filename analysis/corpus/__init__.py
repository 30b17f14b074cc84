"""Corpus: documents streamed through the parser and the extractor registry into tables.

- `documents`: read (`analysis.load`) and clean each file or record; `load_corpus`.
- `inputs`: each row as a parse item with its dateline and date; `parse_article`.
- `run`: `process_corpus`, the local engine; `dask`: the dask engine.
- `collect`: per-document rows gathered into one frame per table.
- `cache`: parses and extracted rows on disk, keyed by everything that decides them.
- `result`: `CorpusResult` and writing the tables.
"""

from analysis.corpus.documents import iter_documents, load_corpus
from analysis.corpus.inputs import parse_article
from analysis.corpus.result import CorpusResult, CorpusStats
from analysis.corpus.run import DEFAULT_BATCH_SIZE, pipeline_for, process_corpus

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "CorpusResult",
    "CorpusStats",
    "iter_documents",
    "load_corpus",
    "parse_article",
    "pipeline_for",
    "process_corpus",
]
