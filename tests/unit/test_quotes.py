"""Quote extraction: the seed's acceptance criteria and general attribution rules."""

import pandas as pd
import pytest

import analysis
from analysis.extract.quotes import COLUMNS, quote_offsets


@pytest.fixture(scope="module")
def seed_quotes(nlp, seed_text) -> pd.DataFrame:
    return analysis.extract_quotes(nlp(seed_text))


def check_offsets(text: str, table: pd.DataFrame) -> None:
    assert tuple(table.columns) == COLUMNS
    for row in table.itertuples():
        assert text[row.start : row.end] == row.quote


def test_seed_defense_minister_quotes(seed_text, seed_quotes):
    check_offsets(seed_text, seed_quotes)
    abbasi = seed_quotes[seed_quotes["speaker"] == "Thabet al-Abbasi"]
    starts = [quote.split()[0:3] for quote in abbasi["quote"]]
    assert ["The", "situation", "is"] in starts
    assert ["Our", "brother,", "the"] in starts  # the quote that ends ", he said"
    he_said = abbasi[abbasi["quote"].str.startswith("Our brother")].iloc[0]
    assert he_said["cue"] == "say"
    assert seed_text[he_said["end"] :].startswith(",” he said")
    told = abbasi[abbasi["quote"].str.startswith("The situation")].iloc[0]
    assert told["cue"] == "tell"


def test_seed_assad_quote(seed_quotes):
    assad = seed_quotes[seed_quotes["quote"].str.startswith("will only increase")]
    assert list(assad["speaker"]) == ["Bashar al-Assad"]
    assert list(assad["cue"]) == ["vow"]


def test_seed_scare_quote_is_not_a_quote(seed_quotes):
    assert not seed_quotes["quote"].str.startswith("under control").any()


def test_straight_quotes_speaker_after_with_apposition():
    text = '"We will not surrender to the army," said Mohamed Ali, an RSF commander.'
    table = analysis.extract_quotes(text)
    check_offsets(text, table)
    assert table[["speaker", "quote", "cue"]].to_numpy().tolist() == [
        ["Mohamed Ali", "We will not surrender to the army", "say"]
    ]


def test_speaker_before_the_quote_and_he_added_in_the_next_paragraph():
    text = (
        'President Volodymyr Zelensky said: "Russia must be stopped, and we need more air '
        'defence now."\n\n"Every night they terrorise our cities," he added.'
    )
    table = analysis.extract_quotes(text)
    check_offsets(text, table)
    assert list(table["speaker"]) == ["Volodymyr Zelensky", "Volodymyr Zelensky"]
    assert list(table["cue"]) == ["say", "add"]


def test_he_said_refers_to_a_role_named_before():
    text = (
        "Somali Defence Minister Abdulkadir Mohamed Nur visited troops in Baidoa.\n\n"
        "The minister praised the soldiers.\n\n"
        "“Al-Shabaab is losing ground in every region of the country,” he said."
    )
    table = analysis.extract_quotes(text)
    assert list(table["speaker"]) == ["Abdulkadir Mohamed Nur"]


def test_according_to_an_organisation():
    text = 'According to the Sudanese army, "the militia was defeated in the north of the city."'
    table = analysis.extract_quotes(text)
    check_offsets(text, table)
    assert list(table["speaker"]) == ["Sudanese Armed Forces"]
    assert list(table["cue"]) == ["according to"]


def test_quote_without_cue_continues_previous_speaker():
    text = (
        "“We have no water and no food left in the camp,” said Amina Yusuf, a displaced "
        "mother in Zamzam.\n\n“The children are dying every single day here.”"
    )
    table = analysis.extract_quotes(text)
    assert list(table["speaker"]) == ["Amina Yusuf", "Amina Yusuf"]
    assert table["cue"].isna().tolist() == [False, True]


def test_quote_offsets_marks_and_paragraphs():
    text = 'A “first quote of words,” B "second straight one here" C “never\n\nclosed here at all'
    assert [text[s:e] for s, e in quote_offsets(text)] == [
        "first quote of words",
        "second straight one here",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "🙂 “🙂 🙂 🙂 🙂”",
        "“",
        '"""',
        "مرحبا “بكم في هذا العالم” قال",
        "“a” “b” “c",
        "\n\n",
    ],
)
def test_odd_text_does_not_raise(text):
    check_offsets(text, analysis.extract_quotes(text))
