"""Read articles from disk: a folder of .txt and .html files, or .jsonl / .csv with `text`.

`read_records` yields one raw record per file or JSONL/CSV record, as decoded, with its
metadata and a `status` ("ok" or "error"); cleaning (HTML to text, headline, dateline,
duplicate paragraphs) is the next stage (`analysis.cleaning`), and `analysis.load_corpus`
runs both. Nothing is silently dropped: a file or record that cannot be read is an error
record naming the file (and line or row) and the problem, a skipped file is named in a
warning, and every record gets its own `doc_id`.

- `files`: which entries are articles; reading regular files only, under a size cap.
- `encoding`: bytes to text (BOMs, UTF-16/32, UTF-8, then charset-normalizer's guess).
- `records`: one file's records (txt, JSONL, CSV) and the sidecar metadata.
"""

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from analysis.load.encoding import UnreadableInputError, decode_text, detect_encoding
from analysis.load.files import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    MAX_BYTES_ENV,
    METADATA_SUFFIX,
    NoArticlesError,
    article_files,
    display_path,
    max_bytes_from_env,
)
from analysis.load.records import METADATA_FIELDS, RECORD_FIELDS, rows_from_file

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "MAX_BYTES_ENV",
    "METADATA_FIELDS",
    "METADATA_SUFFIX",
    "RECORD_FIELDS",
    "NoArticlesError",
    "UnreadableInputError",
    "decode_text",
    "detect_encoding",
    "read_records",
]
DUPLICATE_MARK = "~"


def read_records(path: str | Path, *, max_bytes: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield every raw record under `path`, one file (or JSONL/CSV record) at a time.

    `path` is a folder (its .txt, .html, .htm, .jsonl and .csv files, sorted by name) or
    one such file. A sidecar `NAME.meta.json` adds `source`, `url` and `published` to the
    record of `NAME.txt` (or `NAME.html`). Records have the fields in `RECORD_FIELDS`;
    only one file's records are in memory at a time. A `doc_id` already given to an
    earlier record gets a suffix (``b``, ``b~2``, ...), and the renames are
    listed in a warning at the end.

    Args:
        path: a folder or a file.
        max_bytes: files larger than this are error rows (default: ``ANALYSIS_MAX_FILE_MB``
            megabytes, 50 when unset).

    Raises:
        FileNotFoundError: `path` does not exist.
        NoArticlesError: `path` is a folder with no article file (see `ARTICLE_SUFFIXES`).
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise FileNotFoundError(f"no such file or folder: {display_path(path)}")
    max_bytes = max_bytes_from_env() if max_bytes is None else max_bytes
    files = article_files(path) if path.is_dir() else [path]
    unique = _UniqueIds()
    for file in files:
        for row in rows_from_file(file, max_bytes=max_bytes):
            row["doc_id"] = unique.claim(row["doc_id"], row["path"])
            yield row
    unique.report()


class _UniqueIds:
    """Gives each record a doc_id no earlier record has, and remembers the renames."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.renamed: list[str] = []

    def claim(self, doc_id: str, path: str) -> str:
        """Return `doc_id`, or `doc_id~N` (the first N from 2 not taken) when it is taken."""
        unique = doc_id
        while unique in self.seen:
            suffix = self.next_suffix.get(doc_id, 2)
            self.next_suffix[doc_id] = suffix + 1
            unique = f"{doc_id}{DUPLICATE_MARK}{suffix}"
        if unique != doc_id:
            self.renamed.append(f"{doc_id!r} in {path} -> {unique!r}")
        self.seen.add(unique)
        return unique

    def report(self) -> None:
        """Warn once about every renamed doc_id (the first 20 named)."""
        if self.renamed:
            more = f" and {len(self.renamed) - 20} more" if len(self.renamed) > 20 else ""
            warnings.warn(
                f"{len(self.renamed)} doc_id collision(s), renamed: "
                f"{'; '.join(self.renamed[:20])}{more}",
                stacklevel=3,
            )
