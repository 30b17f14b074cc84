"""A plain-text article's own date line: out of the body, into `published`, and used.

Articles saved from news sites as text keep the site's date line ("Published 14 March
2026"); a new user's folder of such files had no publication dates, so "on Friday" stayed
undated and the incident timeline was empty. Sentences here are our own.
"""

import pytest

from analysis.cleaning.article import clean_article, paragraph_table
from analysis.corpus import process_corpus

LEDE = "MOPTI — Gunmen killed four herders near the town on Friday, local officials said."


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 14 March 2026", "2026-03-14"),
        ("Published: Saturday, 14 March 2026, 09:12 GMT", "2026-03-14"),
        ("March 14, 2026 at 9:12 a.m. EDT", "2026-03-14"),
        ("Sat 14 Mar 2026 09.12 GMT", "2026-03-14"),
        ("Updated on 2026-03-14", "2026-03-14"),
        ("14.03.2026", "2026-03-14"),
        ("Posted: 03/25/2026", "2026-03-25"),
    ],
)
def test_a_date_line_leaves_the_body_and_dates_the_article(line: str, iso: str) -> None:
    article = clean_article(f"Herders killed near Mopti\n{line}\n{LEDE}")
    assert article.published == iso
    assert article.title == "Herders killed near Mopti"
    assert line not in article.text and article.text.startswith("Gunmen")
    assert clean_article(article.to_raw()) == article


@pytest.mark.parametrize(
    "line",
    ["03/04/2026", "March 2026", "Four herders were killed on 14 March 2026.", "14 March"],
)
def test_no_date_line_is_guessed(line: str) -> None:
    article = clean_article(f"Herders killed near Mopti\n{line}\n{LEDE}")
    assert article.published is None
    assert line in article.text or line == article.title


def test_a_date_paragraph_deep_in_the_body_stays() -> None:
    raw = "\n".join(["Herders killed near Mopti", LEDE, "A.", "B.", "C.", "14 March 2026", "D."])
    assert clean_article(raw).published is None


def test_published_line_wins_over_updated_and_the_table_says_why() -> None:
    raw = f"Herders killed near Mopti\nUpdated 16 March 2026\nPublished 14 March 2026\n{LEDE}"
    assert clean_article(raw).published == "2026-03-14"
    table = paragraph_table(raw)
    assert table["status"].tolist() == ["headline", "date line", "date line", "kept"]


def test_the_corpus_dates_the_incident_from_the_printed_date(tmp_path) -> None:
    (tmp_path / "mopti.txt").write_text(
        f"Herders killed near Mopti\nPublished 14 March 2026\n{LEDE}\n", encoding="utf-8"
    )
    result = process_corpus(tmp_path, tables=["casualties"], progress=False)
    killed = result.casualties[result.casualties["outcome"] == "killed"]
    assert killed["date"].tolist() == ["2026-03-13"]  # the Friday before a Saturday paper
