"""Conflict news analysis: load, clean, parse and extract actors and casualty figures.

The flow runs one way: `load_corpus` -> `clean_article` -> `load_nlp` -> extractors ->
checks and tables -> `plots`.
"""

from analysis.actors import (
    actor_cooccurrence,
    actor_mention_counts,
    actor_type_counts,
    extract_actors,
)
from analysis.article import Article, RemovedParagraph, clean_article
from analysis.casualties import extract_casualties, figure_spans
from analysis.checks import casualty_ranges, check_casualties
from analysis.corpus import CorpusResult, process_corpus
from analysis.events import extract_events
from analysis.load import NoArticlesError, load_corpus
from analysis.nlp import ModelNotFoundError, load_base_model, load_nlp, model_name
from analysis.numbers import parse_count, parse_number
from analysis.quotes import extract_quotes

__all__ = [
    "Article",
    "CorpusResult",
    "ModelNotFoundError",
    "NoArticlesError",
    "RemovedParagraph",
    "actor_cooccurrence",
    "actor_mention_counts",
    "actor_type_counts",
    "casualty_ranges",
    "check_casualties",
    "clean_article",
    "extract_actors",
    "extract_casualties",
    "extract_events",
    "extract_quotes",
    "figure_spans",
    "load_base_model",
    "load_corpus",
    "load_nlp",
    "model_name",
    "parse_count",
    "parse_number",
    "process_corpus",
]
