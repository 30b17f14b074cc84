"""Cleaning steps: small pure functions, one module per verb, composed by `make_pipeline`.

- `normalize`: character-level `str -> str` steps (Unicode, line endings, whitespace, quotes).
- `segment`: split text into paragraphs, headline and dateline.
- `deduplicate`: find and remove exact and near-duplicate paragraphs.
"""

from analysis.cleaning.deduplicate import find_duplicates, remove_duplicates
from analysis.cleaning.normalize import (
    control_characters,
    line_endings,
    normalize_quotes,
    unicode_nfc,
    whitespace,
)
from analysis.cleaning.pipeline import make_pipeline, normalize_text
from analysis.cleaning.segment import split_dateline, split_headline, split_paragraphs

__all__ = [
    "control_characters",
    "find_duplicates",
    "line_endings",
    "make_pipeline",
    "normalize_quotes",
    "normalize_text",
    "remove_duplicates",
    "split_dateline",
    "split_headline",
    "split_paragraphs",
    "unicode_nfc",
    "whitespace",
]
