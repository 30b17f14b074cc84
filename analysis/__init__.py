"""Conflict news analysis: load, clean, parse and extract actors and casualty figures.

The flow runs one way: `load_corpus` -> `clean_article` -> `load_nlp` -> extractors ->
checks and tables -> `plots`.
"""

from analysis.article import Article, RemovedParagraph, clean_article
from analysis.load import NoArticlesError, load_corpus
from analysis.nlp import ModelNotFoundError, load_base_model, load_nlp, model_name

__all__ = [
    "Article",
    "ModelNotFoundError",
    "NoArticlesError",
    "RemovedParagraph",
    "clean_article",
    "load_base_model",
    "load_corpus",
    "load_nlp",
    "model_name",
]
