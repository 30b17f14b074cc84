"""Conflict news analysis: load, clean, parse and extract actors and casualty figures.

The flow runs one way, one folder per stage: `load` (files -> records) -> `cleaning`
(`clean_article`) -> `parse` (`load_nlp`) -> `extract` (one table per module, on one
contract) -> `corpus` (`process_corpus`: all of it, streamed) -> `checks` -> `incidents`
(`link_incidents`: figures across documents into incidents) -> `plots`.
"""

from analysis.checks import casualty_ranges, check_casualties
from analysis.cleaning import Article, RemovedParagraph, clean_article
from analysis.corpus import CorpusResult, load_corpus, parse_article, process_corpus
from analysis.extract.actors import (
    actor_cooccurrence,
    actor_mention_counts,
    actor_type_counts,
    extract_actors,
)
from analysis.extract.casualties import extract_casualties, figure_spans
from analysis.extract.casualties.numbers import parse_count, parse_number
from analysis.extract.events import extract_events
from analysis.extract.quotes import extract_quotes
from analysis.incidents import INCIDENT_COLUMNS, LINK_COLUMNS, link_incidents
from analysis.load import NoArticlesError
from analysis.parse import ModelNotFoundError, load_base_model, load_nlp, model_name
from analysis.rules import RuleFileError, RuleSet

__all__ = [
    "INCIDENT_COLUMNS",
    "LINK_COLUMNS",
    "Article",
    "CorpusResult",
    "ModelNotFoundError",
    "NoArticlesError",
    "RemovedParagraph",
    "RuleFileError",
    "RuleSet",
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
    "link_incidents",
    "load_base_model",
    "load_corpus",
    "load_nlp",
    "model_name",
    "parse_article",
    "parse_count",
    "parse_number",
    "process_corpus",
]
