"""Documents: raw records read from disk (`analysis.load`), cleaned (`analysis.cleaning`).

`iter_documents` streams them one at a time (what `process_corpus` reads); `load_corpus`
returns them all as one table, for a notebook or a first look at a folder.
"""

from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Any

import pandas as pd

from analysis.cleaning.article import clean_article
from analysis.cleaning.html import looks_like_html, read_page
from analysis.load import HTML_SUFFIXES, METADATA_FIELDS, read_records

COLUMNS = (
    "doc_id", "path", "record", "title", "dateline", "text", "raw_text", "n_paragraphs",
    "n_duplicates_removed", "encoding", "format", "status", "error", *METADATA_FIELDS,
)  # fmt: skip


def clean_record(record: dict[str, Any]) -> dict[str, Any]:
    """Clean one raw record into a document row (the columns in `COLUMNS`).

    An HTML page (a .html or .htm file, or text that starts like HTML) becomes its main
    text, and its own metadata gives the title and `published` date where the record has
    none: a JSONL/CSV `title` or a sidecar's `published` wins; a plain text's own date line
    ("Published 14 March 2026") gives `published` last. Otherwise a title given by
    the record wins over the headline found in the text. A record whose text has no
    paragraph left is "empty".
    """
    row = {column: record.get(column) for column in COLUMNS}
    row.update(dateline=None, text="", n_paragraphs=0, n_duplicates_removed=0, format=None)
    if record["status"] != "ok":
        return row
    raw_text = record["raw_text"]
    suffix = PurePath(str(record.get("path") or "")).suffix.lower()
    is_html = suffix in HTML_SUFFIXES or looks_like_html(raw_text)
    page = read_page(raw_text) if is_html else None
    article = clean_article(page.text if page else raw_text)
    row.update(
        title=record.get("title") or (page and page.title) or article.title,
        published=record.get("published") or (page and page.published) or article.published,
        dateline=article.dateline,
        text=article.text,
        n_paragraphs=len(article.paragraphs),
        n_duplicates_removed=len(article.removed),
        format="html" if is_html else "text",
    )
    if not article.paragraphs:
        row.update(status="empty", error=f"{record['path']}: no text")
    return row


def iter_documents(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the cleaned document row of every file or record under `path`, one at a time.

    Raises:
        FileNotFoundError, NoArticlesError: see `analysis.load.read_records`.
    """
    for record in read_records(path):
        yield clean_record(record)


def load_corpus(path: str | Path) -> pd.DataFrame:
    """Load and clean every article under `path`: one row per file or record.

    `path` is a folder (its .txt, .html, .htm, .jsonl and .csv files, sorted by name)
    or one such file. A sidecar `NAME.meta.json` adds `source`, `url` and `published` to
    the rows of `NAME.txt` (or `NAME.html`). Rows have the columns in `COLUMNS`.

    Raises:
        FileNotFoundError: `path` does not exist.
        NoArticlesError: `path` is a folder with no article file.
    """
    return pd.DataFrame(list(iter_documents(path)), columns=list(COLUMNS))
