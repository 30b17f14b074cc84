"""A figure's `period` is a stretch of time, never a victim's age the model tagged as a date.

The small model tags "a 41-year-old", "aged 17 and 20" and the bare age after a name
("Tomas Reyes, 63,") as DATE entities; the period column (and the caption of the casualty
figure, "Period: ...") must skip them and keep the real date phrase of the sentence.
"""

import pytest

from tests.extraction_helpers import table

AGES = [
    ("A 41-year-old farmer was shot dead near Kasese on Friday.", "Friday", "farmer"),
    ("Two of the guards, aged 17 and 20, were wounded in the raid on Tuesday.", "Tuesday", "Two"),
    ("Tomas Reyes, 63, died in the ambush outside Jolo last week.", "last week", "Tomas"),
    ("A 9-month-old baby was among those hurt in the shelling.", None, "baby"),
]


@pytest.mark.parametrize(("text", "period", "word"), AGES)
def test_an_age_is_no_period(nlp, text, period, word):
    df = table(nlp, text)
    row = df[df["figure"].str.contains(word)].iloc[0]
    assert (row["period"] if isinstance(row["period"], str) else None) == period


def test_a_bare_year_is_still_a_period(nlp):
    df = table(nlp, "In 2023, 14 people were killed in raids on the district's villages.")
    assert df["period"].tolist() == ["2023"]
