"""Actor, quote, event and casualty extractors never raise, and their offsets always hold."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis

PIECES = st.sampled_from([
    "Hay’at Tahrir al-Sham (HTS)", " HTS ", "“", "”", '"', "«", "»", " said ", " he said. ",
    "Assad", " Bashar al-Assad ", "SNA", "(", ")", "\n\n", " in Damascus ", "Tehran", "🙂",
    "مرحبا", "’s ", "The minister", " was weakened by Israel. ", "Somali troops", ". ", ",",
    " 12 people were killed", " at least 30 wounded",
])  # fmt: skip
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=25).map("".join))


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=TEXTS)
def test_extractors_never_raise_and_offsets_hold(nlp, text):
    doc = nlp(text)
    for table, column in (
        (analysis.extract_actors(doc), "mention"),
        (analysis.extract_quotes(doc), "quote"),
        (analysis.extract_events(doc), "trigger"),
        (analysis.extract_casualties(doc), "figure"),
    ):
        for row in table.itertuples():
            assert text[row.start : row.end] == getattr(row, column)


def test_without_the_parser_actors_still_work_and_the_rest_is_empty():
    nlp = analysis.load_nlp(disable=("parser",))
    doc = nlp("“We will win this war soon,” Zelensky said. Russian forces attacked Kharkiv.")
    actors = analysis.extract_actors(doc)
    assert {"Volodymyr Zelensky", "Military Forces of Russia"} <= set(actors["actor"])
    assert set(actors["sentence"]) == {0}
    assert analysis.extract_quotes(doc).empty
    assert analysis.extract_events(doc).empty


@pytest.mark.parametrize("extract", [analysis.extract_quotes, analysis.extract_events])
def test_a_blank_doc_gives_empty_tables(extract):
    import spacy

    assert extract(spacy.blank("en")("Some text “with a long quote in it here”.")).empty


def test_lone_surrogates_in_a_string_keep_offsets():
    text = (
        "Assad \udc5b said: “one two three four \ud800 five,” he said. Israel hit \udc00 Iran. "
        "12 people were killed \ud800 in Goma."
    )
    for extract, column in (
        (analysis.extract_actors, "mention"),
        (analysis.extract_quotes, "quote"),
        (analysis.extract_events, "trigger"),
        (analysis.extract_casualties, "figure"),
    ):
        table = extract(text)
        assert not table.empty
        assert all(text[r.start : r.end] == getattr(r, column) for r in table.itertuples())
