"""Issue 12, item 12: zero-width joiners and direction marks inside words change nothing.

The seed article with a mark in the middle of every word gives the same actors and
casualty figures as the clean article, every offset points into the cleaned text, and no
bidirectional control reaches a CSV.
"""

import re
from pathlib import Path

import pandas.testing as pdt
import pytest

from analysis import load_corpus, process_corpus
from analysis.cleaning import clean_article, invisible_marks

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_70786d1908f0780f.txt"
MARKS = ["\u200d", "\u200c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069", "\u061c"]


def sprinkle(text: str, mark: str) -> str:
    """Put `mark` in the middle of every word of three letters or more."""
    return re.sub(r"\b(\w)(\w+)", lambda m: m.group(1) + mark + m.group(2), text)


@pytest.fixture(scope="module")
def clean_result():
    return process_corpus(SEED, tables=["actors", "casualties"], progress=False)


@pytest.mark.parametrize("mark", MARKS, ids=[f"U+{ord(m):04X}" for m in MARKS])
def test_a_mark_inside_every_word_is_removed_by_cleaning(mark: str) -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert clean_article(sprinkle(raw, mark)).text == clean_article(raw).text


@pytest.mark.parametrize("mark", ["\u200d", "\u200e", "\u202e"], ids=["ZWJ", "LRM", "RLO"])
def test_actors_and_casualties_survive_marks_inside_words(tmp_path: Path, clean_result, mark: str) -> None:
    path = tmp_path / "marked.txt"
    path.write_text(sprinkle(SEED.read_text(encoding="utf-8"), mark), encoding="utf-8")
    # the same publication date, so relative dates resolve alike
    (tmp_path / "marked.meta.json").write_text(SEED.with_suffix(".meta.json").read_text(encoding="utf-8"), encoding="utf-8")
    marked = process_corpus(path, tables=["actors", "casualties"], progress=False)
    assert len(clean_result.actors) > 30 and len(clean_result.casualties) > 3
    for name in ("actors", "casualties"):
        pdt.assert_frame_equal(
            marked.frames()[name].drop(columns="doc_id"), clean_result.frames()[name].drop(columns="doc_id")
        )
    text = load_corpus(path)["text"][0]
    assert all(text[row.start : row.end] == row.mention for row in marked.actors.itertuples())
    marked.write(tmp_path / "out")
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.csv"))
    assert mark not in written


def test_emoji_sequences_keep_their_joiner() -> None:
    assert invisible_marks("Residents posted 👩\u200d🚒 and 🏳\ufe0f\u200d🌈") == "Residents posted 👩\u200d🚒 and 🏳\ufe0f\u200d🌈"
