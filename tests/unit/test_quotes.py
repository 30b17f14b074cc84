"""Quote extraction: the seed's acceptance criteria and general attribution rules."""

import pandas as pd
import pytest
from spacy.tokens import Doc

import analysis
from analysis.extract.quotes import COLUMNS, quote_offsets
from analysis.extract.reference import ActorReference


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
    assert list(table["speaker"]) == ["Military Forces of Sudan"]
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


def test_speaker_whose_own_clause_holds_a_possessive_does_not_recurse():
    # "his" sits inside the subject "a farmer who left with his two sons": resolving the
    # owner of "his" leads back to the same subject, which once recursed without end.
    text = '"The river is rising faster than last year," said a farmer who left with his two sons.'
    table = analysis.extract_quotes(text)
    check_offsets(text, table)
    assert list(table["quote"]) == ["The river is rising faster than last year"]
    # A farmer is one of the civilians in the analysts' scheme (a singular civilian noun is
    # the generic category since issue 13), with no country in a text that names none.
    assert list(table["speaker"]) == ["Civilians (unknown country)"]


def test_possessive_in_a_relative_clause_does_not_name_the_speaker():
    # "her" belongs to the clause about the volunteer; the volunteer is not the senator.
    text = (
        "Senator Maria Lopez visited the shelter.\n\n"
        "“Nobody here has eaten since the storm,” said a volunteer who came with her own "
        "supplies."
    )
    table = analysis.extract_quotes(text)
    check_offsets(text, table)
    assert list(table["quote"]) == ["Nobody here has eaten since the storm"]
    assert table["speaker"].isna().all()


def test_a_long_chain_of_owners_is_walked_a_bounded_number_of_hops(nlp):
    # Eight sentences "His aide left ." : each "his" looks back at the subjects of the three
    # sentences before, each owned by another "his". An unbounded walk visits 3^n of them.
    words, heads, deps, pos = [], [], [], []
    for sentence in range(8):
        base = 4 * sentence
        words += ["His", "aide", "left", "."]
        heads += [base + 1, base + 2, base + 2, base + 2]
        deps += ["poss", "nsubj", "ROOT", "punct"]
        pos += ["PRON", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    calls = []

    class Counting(ActorReference):
        def _subject_candidates(self, pronoun):
            calls.append(pronoun.i)
            return super()._subject_candidates(pronoun)

    assert Counting(doc).resolve(doc[-3]) is None
    assert 0 < len(calls) <= 1 + 3 + 9


def test_owner_chain_through_an_earlier_sentence_still_resolves():
    text = (
        "Governor Aung Kyaw toured the port on Monday.\n\nHis spokesman met the traders.\n\n"
        "“The port will open again next week,” he said."
    )
    assert list(analysis.extract_quotes(text)["speaker"]) == ["Aung Kyaw"]
