"""Number expressions: what is a count of people, and what is not."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.extract.casualties.numbers import (
    Count,
    is_vague,
    parse_count,
    parse_number,
    parse_range,
    split_qualifier,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0), ("7", 7), ("446", 446), ("20,000", 20_000), ("1,200,000", 1_200_000),
        ("nine", 9), ("Nine", 9), ("Twenty-one", 21), ("twenty one", 21), ("ninety-nine", 99),
        ("two hundred", 200), ("two hundred and fifty", 250), ("Two hundred fifty-three", 253),
        ("three thousand", 3_000), ("1.5 million", 1_500_000), ("2.7 million", 2_700_000),
        ("7.2 million", 7_200_000), ("4 million", 4_000_000), ("a dozen", 12), ("dozen", 12),
        ("two dozen", 24), ("a hundred", 100), ("one thousand", 1_000), ("1 billion", 10**9),
        ("twelve", 12), ("eleven thousand five hundred", 11_500),
    ],
)  # fmt: skip
def test_parse_number_reads_numerals(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "", "  ", "1,2,3", "1e9", "1E9", "2,000,000,000,000", "third", "3rd", "21st", "first",
        "1.5", "0.25", "20,00", "12,3456", "ten twenty", "twenty thirty", "dozens", "people",
        "-5", "٣", "💀", "five days", "hundred", "million",
    ],
)  # fmt: skip
def test_parse_number_rejects_what_is_not_a_whole_count(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 12", Count(12, "at_least")),
        ("At least 12", Count(12, "at_least")),
        ("more than 1.5 million", Count(1_500_000, "more_than")),
        ("Over 20,000", Count(20_000, "more_than")),
        ("upwards of 300", Count(300, "more_than")),
        ("about 100", Count(100, "about")),
        ("some 48,000", Count(48_000, "about")),
        ("nearly 90,000", Count(90_000, "about")),
        ("around 240", Count(240, "about")),
        ("almost 2,000", Count(2_000, "about")),
        ("an estimated 5,000", Count(5_000, "about")),
        ("up to 300", Count(300, "at_most")),
        ("at most 40", Count(40, "at_most")),
        ("as many as 60", Count(60, "at_most")),
        ("fewer than ten", Count(10, "at_most")),
        ("446", Count(446, "exact")),
        ("dozens", Count(None, "vague", vague=True)),
        ("hundreds", Count(None, "vague", vague=True)),
        ("scores", Count(None, "vague", vague=True)),
        ("tens of thousands", Count(None, "vague", vague=True)),
        ("several hundred", Count(None, "vague", vague=True)),
        ("at least dozens", Count(None, "vague", vague=True)),
        ("10-15", Count(None, "about", low=10, high=15)),
        ("10–15", Count(None, "about", low=10, high=15)),
        ("between 10 and 15", Count(None, "about", low=10, high=15)),
        ("five to seven", Count(None, "about", low=5, high=7)),
    ],
)
def test_parse_count_reads_qualifiers_ranges_and_vague_quantities(
    text: str, expected: Count
) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024", "1999", "in 2023", "20%", "40 percent", "12 per cent", "$5 million", "$2.7 billion",
        "€300", "five days", "three weeks", "24 hours", "10 km", "third", "1,2,3", "1e9",
        "2,000,000,000,000", "15-10", "", "at least", "over", "respectively",
    ],
)  # fmt: skip
def test_parse_count_rejects_non_counts(text: str) -> None:
    assert parse_count(text) is None


def test_vague_quantities_never_get_a_number() -> None:
    for text in ("dozens", "scores", "hundreds", "thousands", "hundreds of thousands"):
        assert is_vague(text)
        parsed = parse_count(text)
        assert parsed is not None and parsed.count is None and parsed.vague


def test_split_qualifier_and_range() -> None:
    assert split_qualifier("More than  200") == ("more_than", "200")
    assert split_qualifier("overall 12") == ("exact", "overall 12")
    assert parse_range("10 to 15") == (10, 15)
    assert parse_range("12") is None


@given(st.text(max_size=40))
def test_parsers_never_raise_and_counts_are_sane(text: str) -> None:
    value = parse_number(text)
    assert value is None or 0 <= value <= 1_000_000_000
    parsed = parse_count(text)
    assert parsed is None or parsed.count is None or parsed.count >= 0


@given(st.integers(min_value=0, max_value=999_999_999))
def test_digits_with_separators_round_trip(value: int) -> None:
    assert parse_number(f"{value:,}") == value
    assert parse_number(str(value)) == value
