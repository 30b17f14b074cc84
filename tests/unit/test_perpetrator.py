"""Issue 10: who did it. The doer of a figure, its victims' side, and when the article's
doer may stand in for a sentence that names none.

Every text here is written for this file, about conflicts other than those of the
constructed corpus where it can be.
"""

import datetime as dt

import pandas as pd
from spacy.language import Language

from analysis.extract.casualties import extract_casualties

SATURDAY = dt.date(2025, 6, 7)


def table(nlp: Language, text: str) -> pd.DataFrame:
    doc = nlp(text)
    doc.user_data["published"] = SATURDAY.isoformat()
    return extract_casualties(doc)


def doer(nlp: Language, text: str, count: int) -> str | None:
    df = table(nlp, text)
    found = df[df["count"] == count]
    assert len(found) == 1, df[["count", "outcome"]]
    value = found.iloc[0]["perpetrator"]
    return None if pd.isna(value) else str(value)


def test_a_source_described_as_tracking_the_war_keeps_the_article_doer(nlp: Language) -> None:
    """ "a monitor that tracks the conflict" describes the source, not the toll's scope."""
    text = (
        "Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing 15 people.\n\n"
        "Airwars, a monitor that tracks the conflict, said 19 people had died."
    )
    assert doer(nlp, text, 19) == doer(nlp, text, 15) == "al-Shabaab"
