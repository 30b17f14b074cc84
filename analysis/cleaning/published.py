"""The publication date a plain-text article prints on a line of its own.

Articles copied from a news site as text keep the site's date line near the top: "Published
14 March 2026", "March 14, 2026 at 9:12 a.m. EDT", "Sat 14 Mar 2026 09.12 GMT", "Updated:
2026-03-14". It is no body text, and it is the date that "on Friday" in the lede counts
back from, so cleaning takes it out of the body and keeps it as the article's `published`
(an ISO date) where no metadata gives one. `dateparser` reads the date itself, strictly:
day, month and year must all be there ("March 2026" is no date line). A numeric date that
reads both ways ("03/04/2026") is left in the text, undecided, rather than guessed.
"""

import re
from functools import cache

import dateparser

# Among the first paragraphs only: deeper down a short date paragraph is not the site's.
DATE_LINE_WINDOW = 4
_MAX_CHARS = 80
_PREFIX = re.compile(
    r"^(?:(?:first\s+|originally\s+)?published|(?:last\s+)?updated|posted|dated?)\b(?:\s+on)?"
    r"\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?:,?\s*(?:at\s+)?(?<![\d./-])\d{1,2}[:.h]\d{2}(?![./-]?\d)(?:[:.]\d{2})?"
    r"\s*(?:[ap]\.?\s?m\.?)?)"
    r"(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\(\s*[A-Z]{2,5}\s*\)))?",
)
_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}


@cache
def date_of_line(paragraph: str) -> str | None:
    """The ISO date a paragraph that is only a date line gives, else None.

    >>> date_of_line("Published: Saturday, 14 March 2026, 09:12 GMT")
    '2026-03-14'
    >>> date_of_line("March 14, 2026 at 9:12 a.m. EDT"), date_of_line("2026-03-14")
    ('2026-03-14', '2026-03-14')
    >>> date_of_line("03/04/2026"), date_of_line("25/04/2026"), date_of_line("March 2026")
    (None, '2026-04-25', None)
    >>> date_of_line("Gunmen killed 14 people on 3 March 2026.") is None
    True
    """
    line = paragraph.strip()
    if len(line) > _MAX_CHARS or not _YEAR.search(line) or line.endswith((".", "!", "?")):
        return None
    words = _TIME.sub("", _PREFIX.sub("", line)).strip(" ,|–—-")
    numeric = _NUMERIC.match(words)
    order = "DMY"
    if numeric:
        first, second = int(numeric[1]), int(numeric[2])
        if first <= 12 and second <= 12 and first != second:
            return None  # 03/04/2026: March or April; not guessed
        order = "MDY" if second > 12 else "DMY"
    found = dateparser.parse(words, languages=["en"], settings={**_SETTINGS, "DATE_ORDER": order})
    return found.date().isoformat() if found else None


def split_date_lines(paragraphs: list[str]) -> tuple[str | None, list[str], list[str]]:
    """Return the publication date, the date lines and the other paragraphs, in order.

    Date lines are looked for among the first `DATE_LINE_WINDOW` paragraphs; when there are
    several ("Published ...", "Updated ..."), the published one gives the date, else the earliest.

    >>> split_date_lines(["Clashes in Jos", "Updated 15 March 2026", "Published 14 March 2026",
    ...                   "JOS - Gunmen killed three people."])[0]
    '2026-03-14'
    """
    dates, lines, rest = [], [], []
    for index, paragraph in enumerate(paragraphs):
        found = date_of_line(paragraph) if index < DATE_LINE_WINDOW else None
        if found is None:
            rest.append(paragraph)
            continue
        lines.append(paragraph)
        dates.append((not paragraph.lower().lstrip().startswith("published"), found))
    return (min(dates)[1] if dates else None), lines, rest
