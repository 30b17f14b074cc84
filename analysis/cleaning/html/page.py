"""A saved news page: its article text, headline and publication date.

A browser's "Save page as" keeps the navigation, cookie banner, "Most read" list, comments
and footer around the article, and their headlines hold numbers a casualty extractor
would take for figures. trafilatura, the field's standard main-text extractor for news
pages, keeps the article and drops the rest; it runs here offline, on the string, tuned
for precision. A fragment too small for it (a scraper's bare ``<p>``s) falls back to the
project's own stripper, which keeps all visible text.

The headline and date come from the page's own metadata (``og:title``, ``<title>``,
``article:published_time``, ``<meta name="date">``, JSON-LD ``datePublished``), never
guessed from the visible text: a relative "Updated 3 hours ago" or a copyright year is
no publication date.
"""

import re
from configparser import ConfigParser
from dataclasses import dataclass

from trafilatura import bare_extraction
from trafilatura.settings import use_config
from trafilatura.utils import load_html

from analysis.cleaning.html.strip import html_to_text

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"\w+")
# Markup only (no guessing from the text); the date as the publisher wrote it, no time zone
# conversion, and the original date rather than an "updated" one.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# A headline that shares at least this share of the metadata title's words is the same
# headline in its long form (og:title is often a shortened social-media variant).
_SAME_HEADLINE = 0.5


def _config() -> ConfigParser:
    """Settings for trafilatura, without its signal-based timeout (not on the main thread)."""
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


_CONFIG = _config()


@dataclass(frozen=True)
class Page:
    """What a page gives a document row: text (paragraphs split by blank lines) and metadata.

    `extractor` says which step found the text: "trafilatura", or "stripper" for the
    fallback that keeps all visible text.
    """

    text: str
    title: str | None
    published: str | None
    extractor: str


def read_page(page: str) -> Page:
    r"""The article of an HTML page or fragment: main text, headline and publication date.

    >>> p = read_page('<div><p>Three people were hurt.</p><p>Two fled.</p></div>')
    >>> p.text, p.title, p.published
    ('Three people were hurt.\n\nTwo fled.', None, None)
    """
    # Tables off: their cells come out as run-on lines without sentences, and on news pages
    # they are mostly sidebars (scores, market data) rather than the story.
    found = bare_extraction(
        page,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
        config=_CONFIG,
    )
    lines = (found.text or "").splitlines() if found is not None else []
    text = "\n\n".join(line.strip() for line in lines if line.strip())
    extractor = "trafilatura"
    if not text:
        text, extractor = html_to_text(page), "stripper"
    if found is None:
        return Page(text, None, None, extractor)
    title = choose_title(found.title, _headings(page))
    date = found.date if isinstance(found.date, str) and _ISO_DATE.match(found.date) else None
    return Page(text, title, date, extractor)


def _headings(page: str) -> list[str]:
    """The visible text of each ``<h1>`` of the page."""
    tree = load_html(page)
    if tree is None:
        return []
    return [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]


def choose_title(meta_title: str | None, headings: list[str]) -> str | None:
    """The page's headline: its one ``<h1>`` when it agrees with the metadata title.

    The metadata title (``og:title``, else the ``<title>`` without the site name) is the
    publisher's; the ``<h1>`` is what a reader sees, often longer. A page whose only ``<h1>``
    is the site's logo or "Home" keeps the metadata title.

    >>> choose_title("Colombia: ELN offensive leaves 32 dead", ["ELN offensive leaves 32 dead"])
    'ELN offensive leaves 32 dead'
    >>> choose_title("Rebels seize Sake", ["Home"])
    'Rebels seize Sake'
    """
    headings = [heading for heading in headings if heading]
    meta_title = " ".join(meta_title.split()) if meta_title else None
    if len(headings) != 1:
        return meta_title or None
    if not meta_title:
        return headings[0]
    meta_words = set(_WORD.findall(meta_title.casefold()))
    shared = meta_words & set(_WORD.findall(headings[0].casefold()))
    return headings[0] if len(shared) >= _SAME_HEADLINE * len(meta_words) else meta_title
