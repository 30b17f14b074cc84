"""When and where a thing happened, for any extractor: date and place columns with offsets.

Shared because a casualty figure and an event ("RSF fighters shelled a market in El Fasher
on Monday") are dated and placed by the same rules: `figure_date` reads the date words of
the clause at a token and resolves them against the publication date (`dates`),
`figure_place` the place named nearest a character offset, resolved offline (`where`),
and `with_publication_dates` dates a corpus table's rows once each document's publication
date is known. The package sits below the extractors and imports none of them.
"""

from analysis.extract.setting.dates import (
    dated_scope,
    published_date,
    resolve_date,
    with_publication_dates,
)
from analysis.extract.setting.when import date_words, figure_date
from analysis.extract.setting.where import figure_place

DATE_COLUMNS: tuple[str, ...] = ("date", "date_precision", "date_words", "date_start", "date_end")
PLACE_COLUMNS: tuple[str, ...] = (
    "place", "admin1", "country", "latitude", "longitude", "place_precision", "place_start",
    "place_end",
)  # fmt: skip

__all__ = [
    "DATE_COLUMNS", "PLACE_COLUMNS", "date_words", "dated_scope", "figure_date", "figure_place",
    "published_date", "resolve_date", "with_publication_dates",
]  # fmt: skip
