"""HTML pages: the article of a saved news page, or all visible text of a fragment.

- `strip`: the project's own stripper (`html_to_text`, all visible text) and `looks_like_html`.
- `page`: `read_page`, the main text (trafilatura), headline and publication date of a page.
"""

from analysis.cleaning.html.page import Page, read_page
from analysis.cleaning.html.strip import html_to_text, looks_like_html

__all__ = ["Page", "html_to_text", "looks_like_html", "read_page"]
