"""Properties of every extractor on arbitrary text (hardening).

- offsets: for every row, `text[start:end]` is exactly the recorded mention or figure;
- totality: no extractor raises on arbitrary Unicode, and counts are non-negative ints or None;
- determinism: the same input gives the same tables, row for row.
"""

from collections.abc import Callable

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import analysis

# Surface column that `text[start:end]` must reproduce, per extractor.
EXTRACTORS: dict[str, tuple[Callable[..., pd.DataFrame], str]] = {
    "actors": (analysis.extract_actors, "mention"),
    "quotes": (analysis.extract_quotes, "quote"),
    "events": (analysis.extract_events, "trigger"),
    "casualties": (analysis.extract_casualties, "figure"),
}
PIECES = st.sampled_from([
    "At least 12 people were killed", " and 30 wounded", ", including 200 and 44 militants from ",
    "HTS and SNA respectively", " Over 20,000 Syrians have been displaced", " dozens of civilians",
    "Twenty-one soldiers died", " 1e9 ", " 2,000,000,000,000 ", " 1,2,3 ", " 10-15 ", " 40% ",
    " $5 million ", " in 2024", " five days of fighting", " the Rapid Support Forces (RSF) ",
    " RSF fighters abducted 7 aid workers", "“", "”", '"', " he said.", " Zelensky said ",
    " in Kharkiv", " according to OCHA.", "\n\n", "مقتل ١٢ شخصا", "🔥", "\x00", "\u200b", "’s ",
    ". ", ",", " (", ")", " -", "among the dead were 9 children",
])  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=120),
    st.lists(PIECES, max_size=20).map("".join),
)
COMMON = {
    "deadline": None,
    "derandomize": True,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}


@settings(max_examples=120, **COMMON)
@given(text=TEXTS)
def test_offsets_hold_and_nothing_raises(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for name, (extract, column) in EXTRACTORS.items():
        table = extract(doc)
        for row in table.itertuples():
            assert 0 <= row.start <= row.end <= len(text), name
            assert text[row.start : row.end] == getattr(row, column), name


@settings(max_examples=80, **COMMON)
@given(text=TEXTS)
def test_counts_are_non_negative_integers_or_missing(nlp: Language, text: str) -> None:
    table = analysis.extract_casualties(nlp(text))
    assert str(table["count"].dtype) == "Int64"
    for count in table["count"]:
        assert count is pd.NA or count >= 0
    assert not (table["count"].isna() & ~table["vague"] & table["low"].isna()).any()


@settings(max_examples=40, **COMMON)
@given(text=st.lists(PIECES, min_size=3, max_size=20).map("".join))
def test_same_input_same_tables(nlp: Language, text: str) -> None:
    first = {name: extract(nlp(text)) for name, (extract, _) in EXTRACTORS.items()}
    second = {name: extract(nlp(text)) for name, (extract, _) in EXTRACTORS.items()}
    for name in EXTRACTORS:
        pd.testing.assert_frame_equal(first[name], second[name], check_exact=True)


def test_string_and_doc_inputs_agree(nlp: Language, seed_text: str) -> None:
    for extract, _ in EXTRACTORS.values():
        pd.testing.assert_frame_equal(extract(seed_text), extract(nlp(seed_text)))
