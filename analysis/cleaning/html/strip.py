"""The project's own HTML stripper: all visible text of a page, kept as the fallback.

It keeps navigation, banners and sidebars too; `page.read_page` uses it only when the
main-text extractor finds nothing (a fragment of a few lines, say).
"""

import html
import re
from html.parser import HTMLParser

# A page, or a fragment of one: a scraper often saves only the article's <div> or <p>s.
_HTML_START = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<\?xml|<!--"
    r"|<(div|p|article|section|main|span|table|ul|ol|h[1-6]|header|blockquote)[\s>/])",
    re.IGNORECASE,
)


class _TextFromHTML(HTMLParser):
    """Collect the visible text of an HTML page, one block element per paragraph."""

    _BLOCKS = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "blockquote",
            "article",
            "section",
            "header",
            "footer",
            "title",
        }
    )
    _HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        if tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n\n")

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A ``<![`` section; a malformed one is skipped instead of stopping the page.

        The standard library raises AssertionError on ``<![x`` or ``<![&``; a browser
        shows the rest of the page, and so does this.
        """
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return i + len("<![")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data.replace("\n", " "))


def looks_like_html(text: str) -> bool:
    """Whether a text file is an HTML page saved as text.

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Plain text.")
    (True, False)
    >>> looks_like_html("<div><p>A fragment</p></div>"), looks_like_html("<Reuters> Kyiv")
    (True, False)
    """
    return bool(_HTML_START.match(text[:1024]))


def html_to_text(page: str) -> str:
    r"""Return the visible body text of an HTML page: head, scripts and styles dropped.

    >>> html_to_text("<html><h1>T</h1><p>One &amp; two</p><script>x()</script><p>Three</p>")
    'T\n\nOne & two\n\nThree'
    """
    parser = _TextFromHTML()
    parser.feed(page)
    parser.close()
    text = html.unescape("".join(parser.parts))
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()
