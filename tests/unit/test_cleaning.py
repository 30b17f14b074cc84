"""Cleaning steps and `clean_article`: the seed's structure, general rules, idempotence."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Article, clean_article
from analysis.cleaning import (
    find_duplicates,
    line_endings,
    make_pipeline,
    normalize_quotes,
    normalize_text,
    remove_duplicates,
    split_dateline,
    split_headline,
    split_paragraphs,
    unicode_nfc,
    whitespace,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_70786d1908f0780f.txt"


def test_seed_headline_dateline_and_body() -> None:
    article = clean_article(SEED.read_text(encoding="utf-8"))
    assert article.title == "Iraq sends additional forces to Syrian borders: Minister"
    assert article.dateline == "ERBIL, Kurdistan Region"
    assert len(article.paragraphs) == 13
    assert article.paragraphs[0].startswith("Iraq sent additional reinforcement")
    assert len(article.removed) == 12
    assert {r.reason for r in article.removed} == {"exact duplicate"}
    assert article.text == "\n\n".join(article.paragraphs)


def test_removed_paragraphs_point_at_their_kept_copy() -> None:
    article = clean_article("Headline here\nFirst fact.\nSecond fact.\nFirst fact.")
    assert article.paragraphs == ["First fact.", "Second fact."]
    (removed,) = article.removed
    assert removed.duplicate_of == 0
    assert article.paragraphs[removed.duplicate_of] == removed.text


def test_near_duplicate_with_one_word_changed_is_removed() -> None:
    first = "Rapid Support Forces fighters shelled a displacement camp near El Fasher on Friday, killing residents."
    edited = first.replace("Friday", "Saturday")
    assert remove_duplicates([first, "Another paragraph entirely.", edited]) == [
        first,
        "Another paragraph entirely.",
    ]
    (duplicate,) = find_duplicates([first, edited])
    assert duplicate.reason.startswith("near duplicate")


def test_distinct_paragraphs_sharing_phrases_are_kept() -> None:
    a = "The Syrian army said it carried out strikes on rebel positions in Idlib on Monday."
    b = "The Syrian army said rebels had entered the outskirts of Hama city late on Tuesday."
    assert remove_duplicates([a, b]) == [a, b]


def test_datelines_of_common_wire_styles() -> None:
    assert split_dateline("KHARTOUM, Sudan (Reuters) - The army said.") == (
        "KHARTOUM, Sudan (Reuters)",
        "The army said.",
    )
    assert split_dateline("GAZA CITY — Israeli strikes hit the city.") == (
        "GAZA CITY",
        "Israeli strikes hit the city.",
    )
    assert split_dateline("UN officials said - again - that aid is blocked.")[0] is None


def test_no_headline_when_the_first_paragraph_is_a_sentence() -> None:
    title, body = split_headline(["Fighting resumed in Goma on Monday.", "More text."])
    assert title is None
    assert len(body) == 2


def test_single_paragraph_is_never_a_headline() -> None:
    assert clean_article("Short text").title is None


def test_paragraph_split_on_blank_lines_joins_wrapped_lines() -> None:
    text = "The army said\nit had retaken the town.\n\nAid groups warned."
    assert split_paragraphs(text) == ["The army said it had retaken the town.", "Aid groups warned."]


def test_character_steps() -> None:
    assert line_endings("a\r\nb\rc") == "a\nb\nc"
    assert unicode_nfc("Qu\u0065\u0301bec") == "Qu\u00e9bec"
    assert whitespace("a\u00a0\u00a0b \n\n\n\nc") == "a b\n\nc"
    assert normalize_quotes("Hay’at “HTS”") == "Hay'at \"HTS\""
    assert make_pipeline(str.upper, str.strip)(" x ") == "X"


def test_curly_quotes_are_kept_by_default() -> None:
    assert "Hay’at" in clean_article("Headline\nThe jihadist Hay’at Tahrir al-Sham advanced.").text


def test_control_characters_and_emoji() -> None:
    article = clean_article("Title line\nالحرب 🔥 in\x00 Gaza\x07 today.")
    assert article.paragraphs == ["الحرب 🔥 in Gaza today."]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaning_is_idempotent_and_total(raw: str) -> None:
    article = clean_article(raw)
    again = clean_article(article.to_raw())
    assert (again.title, again.dateline, again.paragraphs) == (
        article.title,
        article.dateline,
        article.paragraphs,
    )
    assert again.removed == []
    assert normalize_text(article.text) == article.text


paragraph_text = st.lists(
    st.sampled_from([*"abcdefghij KLMNOP.,-’“”\n—", "ERBIL, Iraq - ", "GAZA (AP) — ", "Fighting"]),
    max_size=20,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(paragraph_text, max_size=8))
def test_idempotent_on_article_like_text(paragraphs: list[str]) -> None:
    article = clean_article("\n".join(paragraphs))
    again = clean_article(article.to_raw())
    assert (again.title, again.dateline, again.paragraphs) == (
        article.title,
        article.dateline,
        article.paragraphs,
    )


def test_article_is_a_plain_dataclass() -> None:
    article = Article(title=None, dateline=None, paragraphs=["a", "b"])
    assert article.text == "a\n\nb"
    assert article.to_raw() == "a\n\nb"
