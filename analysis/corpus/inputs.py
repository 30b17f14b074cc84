"""The documents of a run: each one's table row kept, its text and context sent to parse.

`Documents` reads the cleaned rows (streamed from files, or the rows of a `load_corpus`
table), keeps each row without its text for the documents table, and yields the ok ones
as parse items (`Item`) carrying what cleaning took off the body that the extractors
still need: the dateline ("JOS, Nigeria") and the publication date. Split from
`analysis.corpus.run`.
"""

import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from analysis.corpus.collect import Collected, DocumentColumns, Item
from analysis.corpus.documents import iter_documents
from analysis.extract.setting.dates import published_date
from analysis.parse.article_context import set_context

DOCUMENT_COLUMNS = ("doc_id", "path", "record", "title", "status", "error")


def document_rows(source: "str | Path | pd.DataFrame") -> Iterator[dict[str, Any]]:
    """Cleaned document rows: streamed from files, or the rows of a `load_corpus` table."""
    if not isinstance(source, pd.DataFrame):
        yield from iter_documents(source)
        return
    missing = [column for column in ("doc_id", "text", "status") if column not in source]
    if missing:
        raise ValueError(
            f"the DataFrame lacks the column(s) {', '.join(missing)}: pass a folder, a file, "
            "or the table that analysis.load_corpus returns"
        )
    yield from source.reset_index(drop=True).to_dict("records")


def iso_date(value: object) -> str | None:
    """The ISO date a publication date, or a file name holding one, gives; else None.

    >>> iso_date("2026-03-14T09:12:00Z"), iso_date("reports/2026-03-14_jos.txt"), iso_date(None)
    ('2026-03-14', '2026-03-14', None)
    """
    found = published_date(value)
    return found.isoformat() if found else None


def _text_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def item_of(pos: int, row: Mapping[str, Any]) -> Item:
    """A document row as a parse item: its text, dateline and the date it counts back from.

    The date is the publication date, else an ISO date in the file name or id (as
    `with_publication_dates` reads them).
    """
    text = row.get("text")
    return Item(
        pos,
        str(row.get("doc_id")),
        text if isinstance(text, str) else "",
        _text_or_none(row.get("dateline")),
        iso_date(_reference(row)),
    )


def _reference(row: Mapping[str, Any]) -> Any:
    """What a document's relative dates count back from: its date, else its file name or id."""
    return row.get("published") or row.get("path") or row.get("doc_id")


def parse_article(nlp: Language, article: Mapping[str, Any]) -> Doc:
    """Parse one row of `load_corpus`'s table as `process_corpus` parses it: in its context.

    Cleaning takes the dateline ("JOS, Nigeria —") off the body and reads the printed
    date; the corpus run hands both to the pipes and extractors in ``Doc.user_data``
    (`analysis.parse.article_context`). `nlp(article["text"])` would not: a story whose
    body names no town or country would lose its place, and "on Sunday" its date. Use this
    to walk through one article as the corpus tables saw it.
    """
    item = item_of(0, article)
    doc = nlp.make_doc(item.text)
    set_context(doc, dateline=item.dateline, published=item.published)
    return nlp(doc)


class Documents:
    """Collects each document's table row while its text streams on to the parser.

    The rows are kept as columns (`DocumentColumns`), not a dict per document. The
    documents table shows each one's `dateline` and `published` date (metadata, the
    page's, or the date line the text prints; None without one).
    """

    def __init__(self, source: "str | Path | pd.DataFrame") -> None:
        """Read `source` lazily (see `document_rows`)."""
        self.rows = document_rows(source)
        columns = [*DOCUMENT_COLUMNS, "dateline", "published", "n_chars", "reference"]
        self.kept = DocumentColumns(columns)

    def first(self) -> None:
        """Read up to the first document, so a missing path fails before any work."""
        self._peeked = next(self.rows, None)

    def items(self) -> Iterator[Item]:
        """Yield the ok documents as parse items; keep every row without its text.

        An item's date is the one relative dates count back from: the publication date,
        else an ISO date in the file name or id (as `with_publication_dates` reads them).
        """
        rows = self.rows if self._peeked is None else itertools.chain([self._peeked], self.rows)
        for pos, row in enumerate(rows):
            item = item_of(pos, row)
            published = iso_date(row.get("published"))
            self.kept.append(
                [*(row.get(c) for c in DOCUMENT_COLUMNS), item.dateline, published,
                 len(item.text), _reference(row)]
            )  # fmt: skip
            if row.get("status") == "ok":
                yield item

    def table(self, collected: Collected, tables: tuple[str, ...]) -> pd.DataFrame:
        """The documents table: one row per input, with errors and row counts."""
        documents = self.kept.frame().drop(columns="reference")
        documents["record"] = documents["record"].astype("Int64")
        documents["n_chars"] = documents["n_chars"].astype("int64")
        for pos, error in collected.errors.items():
            documents.loc[pos, ["status", "error"]] = ["error", error]
        for table in tables:
            documents[f"n_{table}"] = collected.counts(table, len(documents))
        return documents

    def published(self, doc_ids: Iterable[str]) -> dict[str, Any]:
        """{doc_id: publication date (or what stands for it)} of the documents `doc_ids`."""
        wanted = set(doc_ids)
        pairs = zip(self.kept.column("doc_id"), self.kept.column("reference"), strict=True)
        return {str(doc_id): value for doc_id, value in pairs if str(doc_id) in wanted}
