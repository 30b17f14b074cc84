"""The cleaned article and `clean_article`, which builds it from raw text."""

from dataclasses import dataclass, field

import pandas as pd

from analysis.cleaning.deduplicate import find_duplicates
from analysis.cleaning.pipeline import normalize_text
from analysis.cleaning.published import split_date_lines
from analysis.cleaning.segment import split_byline, split_headline, split_opening, split_paragraphs

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class RemovedParagraph:
    """A paragraph dropped by cleaning, with why."""

    text: str
    reason: str
    duplicate_of: int | None = None  # index into Article.paragraphs of the kept copy


@dataclass
class Article:
    """A cleaned article: headline, dateline, byline, body paragraphs and printed date.

    `published` is the ISO date of a date line the text prints near its top ("Published
    14 March 2026"), kept in `date_lines` and out of the body; None without one.
    """

    title: str | None
    dateline: str | None
    paragraphs: list[str]
    removed: list[RemovedParagraph] = field(default_factory=list)
    byline: str | None = None
    published: str | None = None
    date_lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body: paragraphs joined by a blank line. Extractors' offsets point here."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def to_raw(self) -> str:
        """Write the article back as raw text that `clean_article` reads to the same Article."""
        paragraphs = list(self.paragraphs)
        if self.dateline is not None and paragraphs:
            paragraphs[0] = f"{self.dateline} - {paragraphs[0]}"
        head = [line for line in (self.title, self.byline) if line is not None]
        head += self.date_lines
        return PARAGRAPH_SEPARATOR.join(head + paragraphs)


def clean_article(raw: str, *, threshold: float = 0.9) -> Article:
    r"""Clean raw article text into an `Article`.

    Normalises characters and whitespace, splits paragraphs, takes the headline and the
    dateline, then drops exact and near-duplicate paragraphs (Jaccard >= `threshold`).

    >>> raw = "Clashes in Goma\nKINSHASA - M23 rebels advanced.\nM23 rebels advanced."
    >>> article = clean_article(raw)
    >>> article.title, article.dateline, article.paragraphs
    ('Clashes in Goma', 'KINSHASA', ['M23 rebels advanced.'])
    """
    title, body, byline, dateline, published, date_lines = split_front_matter(raw)
    duplicates = find_duplicates(body, threshold=threshold)
    dropped = {d.index for d in duplicates}
    kept_position = {}
    paragraphs = []
    for index, paragraph in enumerate(body):
        if index not in dropped:
            kept_position[index] = len(paragraphs)
            paragraphs.append(paragraph)
    removed = [
        RemovedParagraph(body[d.index], d.reason, kept_position[d.duplicate_of]) for d in duplicates
    ]
    return Article(
        title=title, dateline=dateline, paragraphs=paragraphs, removed=removed, byline=byline,
        published=published, date_lines=date_lines,
    )  # fmt: skip


def split_front_matter(
    raw: str,
) -> tuple[str | None, list[str], str | None, str | None, str | None, list[str]]:
    """Return the headline, body paragraphs, byline, dateline, printed date and date lines."""
    published, date_lines, paragraphs = split_date_lines(split_paragraphs(normalize_text(raw)))
    title, rest = split_headline(paragraphs)
    byline, rest = split_byline(rest)
    dateline, body = split_opening(rest)
    return title, body, byline, dateline, published, date_lines


def paragraph_table(raw: str, *, threshold: float = 0.9) -> pd.DataFrame:
    """Return one row per raw paragraph: what cleaning did with it and why.

    Columns: `position` (0-based, in the raw file), `status` ("headline", "byline", "date
    line", "kept" or "duplicate"), `duplicate_of` (position of the kept copy), `reason`, `text`.
    """
    title, body, byline, _, _, date_lines = split_front_matter(raw)
    rows = [] if title is None else [(0, "headline", None, "first short line", title)]
    if byline is not None:
        rows.append((len(rows), "byline", None, "author line", byline))
    rows += [(len(rows) + i, "date line", None, "publication date", line)
             for i, line in enumerate(date_lines)]  # fmt: skip
    offset = len(rows)
    duplicates = {d.index: d for d in find_duplicates(body, threshold=threshold)}
    for index, paragraph in enumerate(body):
        duplicate = duplicates.get(index)
        rows.append(
            (index + offset, "kept", None, None, paragraph)
            if duplicate is None
            else (
                index + offset,
                "duplicate",
                duplicate.duplicate_of + offset,
                duplicate.reason,
                paragraph,
            )
        )
    table = pd.DataFrame(rows, columns=["position", "status", "duplicate_of", "reason", "text"])
    return table.astype({"duplicate_of": "Int64"})
