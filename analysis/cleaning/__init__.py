"""Cleaning steps: small pure functions, one module per verb, composed by `make_pipeline`.

- `normalize`: character-level `str -> str` steps (Unicode, line endings, whitespace, quotes).
- `segment`: split text into paragraphs, headline and dateline.
- `deduplicate`: find and remove exact and near-duplicate paragraphs.
- `html`: the visible text of an HTML page.
- `article`: `clean_article` runs them all and returns an `Article`.
"""

from analysis.cleaning.article import Article, RemovedParagraph, clean_article, paragraph_table
from analysis.cleaning.deduplicate import find_duplicates, remove_duplicates
from analysis.cleaning.html import html_to_text, looks_like_html
from analysis.cleaning.normalize import (
    control_characters,
    invisible_marks,
    line_endings,
    normalize_quotes,
    unicode_nfc,
    whitespace,
)
from analysis.cleaning.pipeline import make_pipeline, normalize_text
from analysis.cleaning.segment import split_dateline, split_headline, split_paragraphs

__all__ = [
    "Article",
    "RemovedParagraph",
    "clean_article",
    "control_characters",
    "find_duplicates",
    "html_to_text",
    "invisible_marks",
    "line_endings",
    "looks_like_html",
    "make_pipeline",
    "normalize_quotes",
    "normalize_text",
    "paragraph_table",
    "remove_duplicates",
    "split_dateline",
    "split_headline",
    "split_paragraphs",
    "unicode_nfc",
    "whitespace",
]
