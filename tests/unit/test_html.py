"""Saved news pages: only the article's body, headline and date from the page's metadata."""

import json
from pathlib import Path

import pytest

from analysis import load_corpus, process_corpus
from analysis.cleaning.html import html_to_text, looks_like_html, read_page

# A page as a browser saves it: everything around the article holds numbers and headlines.
HEADLINE = "Militia raid on Djugu villages leaves 27 dead, local officials say"
BODY = (
    "Armed men attacked three villages in Djugu territory on Monday night, killing 27 "
    "civilians and burning dozens of homes, according to local officials in Ituri province.",
    "A local administrator said the attackers arrived on foot shortly after dark and went "
    "from house to house. Eleven of the dead were children, he said, and at least 15 people "
    "were taken to the general hospital in Bunia with machete and gunshot wounds.",
    "The army blamed the CODECO militia, which has been accused of repeated massacres at "
    "displacement sites in the territory. A spokesman for the group could not be reached.",
    "Aid workers said several thousand residents had fled towards Bunia by Tuesday morning, "
    "carrying what they could on bicycles and motorbikes along the main road.",
)
NOISE = (
    "Accept all cookies",
    "We and our 212 partners store data on your device",
    "Most read",
    "Bus accident near Kisangani kills 9 passengers",
    "Cholera cases pass 3,000 in Kasai, ministry says",
    "Join our weekly newsletter",
    "Posted by riverwatcher",
    "My cousin counted 40 houses burned in the next village too",
    "Copyright 2024 The Lakeside Ledger",
)


def news_page(*, og_title: str = HEADLINE, published: str = "2024-09-17T06:40:00+02:00") -> str:
    """A complete saved page: nav, cookie banner, article, sidebar, comments, footer."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Home | The Lakeside Ledger</title>
<meta property="og:title" content="{og_title}">
<meta property="og:site_name" content="The Lakeside Ledger">
<meta property="article:published_time" content="{published}">
<script>window.dataLayer = [{{"page": "article", "count": 14}}];</script>
</head><body>
<div id="cookie-consent" class="cookie-banner"><p>{NOISE[1]}.</p>
<button>{NOISE[0]}</button><button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="/">The Lakeside Ledger</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article class="story">
<h1 class="story-title">{HEADLINE}</h1>
<p class="byline">By Agnes Mbuyi, Bunia</p>
<div class="story-body">
{paragraphs}
</div></article>
<section class="comments" id="comments"><h3>4 comments</h3>
<div class="comment"><p class="comment-author">{NOISE[6]}</p><p>{NOISE[7]}.</p></div>
<div class="comment"><p class="comment-author">Posted by kivu_reader</p><p>Where is the army?</p></div>
</section></main>
<aside class="sidebar"><h2>{NOISE[2]}</h2><ol>
<li><a href="/a1">{NOISE[3]}</a></li><li><a href="/a2">{NOISE[4]}</a></li>
<li><a href="/a3">Parliament approves 2025 budget after all-night session</a></li></ol>
<div class="newsletter"><h3>{NOISE[5]}</h3><form><input type="email"><button>Sign up</button></form></div>
</aside>
<footer><p>{NOISE[8]}</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def one_row(path: Path) -> dict:
    frame = load_corpus(path)
    assert len(frame) == 1
    return frame.iloc[0].to_dict()


def test_a_saved_page_gives_only_the_article_body() -> None:
    page = read_page(news_page())
    assert page.extractor == "trafilatura"
    assert page.text.split("\n\n")[-len(BODY) :] == list(BODY)
    for noise in NOISE:
        assert noise not in page.text, noise


def test_the_old_stripper_keeps_the_noise_the_new_path_drops() -> None:
    """The baseline: `html_to_text` keeps every visible string, sidebar headlines too."""
    everything = html_to_text(news_page())
    assert all(noise in everything for noise in NOISE[2:])


def test_title_from_the_page_metadata_not_home() -> None:
    page = read_page(news_page())
    assert page.title == HEADLINE
    assert page.published == "2024-09-17"


def test_og_title_when_the_only_h1_is_not_the_headline() -> None:
    """A page whose <h1> is the site's logo keeps the og:title."""
    text = news_page().replace(
        f'<h1 class="story-title">{HEADLINE}</h1>', f'<h2 class="story-title">{HEADLINE}</h2>'
    )
    text = text.replace('<a class="logo" href="/">The Lakeside Ledger</a>', "<h1>Home</h1>")
    assert read_page(text).title == HEADLINE


def test_a_long_h1_wins_over_its_short_og_title() -> None:
    short = "Djugu raid leaves 27 dead"
    assert read_page(news_page(og_title=short)).title == HEADLINE


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.HTML", "page.txt"])
def test_a_page_is_loaded_from_html_htm_and_txt_files(tmp_path: Path, name: str) -> None:
    row = one_row(write(tmp_path, name, news_page()))
    assert row["status"] == "ok", row["error"]
    assert row["format"] == "html"
    assert row["title"] == HEADLINE
    assert row["published"] == "2024-09-17"
    assert row["text"].startswith(BODY[0])
    assert row["n_paragraphs"] == len(BODY)
    assert not any(noise in row["text"] for noise in NOISE)


def test_a_folder_reads_html_files_alongside_text(tmp_path: Path) -> None:
    write(tmp_path, "a.htm", news_page())
    write(tmp_path, "b.txt", "Clashes in Goma\n\nGOMA - Two people were hurt on Friday.\n")
    frame = load_corpus(tmp_path)
    assert list(frame["doc_id"]) == ["a", "b"]
    assert list(frame["format"]) == ["html", "text"]


def test_a_sidecar_date_wins_over_the_page_date(tmp_path: Path) -> None:
    write(tmp_path, "page.html", news_page())
    write(tmp_path, "page.meta.json", json.dumps({"published": "2024-09-18"}))
    assert one_row(tmp_path / "page.html")["published"] == "2024-09-18"


def test_a_fragment_falls_back_to_the_stripper() -> None:
    fragment = "<div><p>Shelling hit the market.</p><p>Four people were hurt.</p></div>"
    page = read_page(fragment)
    assert looks_like_html(fragment)
    assert page.text == "Shelling hit the market.\n\nFour people were hurt."
    assert (page.title, page.published) == (None, None)


def test_an_empty_page_is_an_empty_row_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.html", "<html><head><title>x</title></head><body></body></html>")
    row = one_row(path)
    assert row["status"] == "empty"
    assert str(path) in row["error"]


def test_broken_markup_still_gives_its_text(tmp_path: Path) -> None:
    """A malformed ``<![`` section used to stop the stripper with an AssertionError."""
    row = one_row(write(tmp_path, "bad.html", "<div><p>Two were hurt.</p><![x <p>One fled.</p>"))
    assert row["status"] == "ok", row["error"]
    assert "One fled." in row["text"]


def test_the_page_date_reaches_the_casualty_date(tmp_path: Path) -> None:
    """The figures of a page are dated by its article:published_time, as by a sidecar.

    "by Tuesday morning" in a page published on Tuesday 17 September 2024 is that day; a
    figure with no date words of its own takes the article's dated event, the same day.
    """
    write(tmp_path, "raid.html", news_page())
    rows = process_corpus(tmp_path, tables=["casualties"], progress=False).casualties
    dates = set(zip(rows["outcome"], rows["date"].astype(str), rows["date_precision"], strict=True))
    assert ("killed", "2024-09-17", "day") in dates
    assert ("displaced", "2024-09-17", "day") in dates
    write(tmp_path, "raid.html", news_page(published=""))
    undated = process_corpus(tmp_path, tables=["casualties"], progress=False).casualties
    assert set(undated.loc[undated["outcome"] == "killed", "date_precision"]) == {"unknown"}
