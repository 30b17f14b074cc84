"""Issue 10 for events: each event's date and place, with the offsets of their words.

Every text here is written for this file. Dates are resolved against fixed publication
dates, each expected date checked by hand against a calendar.
"""

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

from analysis import process_corpus
from analysis.extract.doc import TokenCodes
from analysis.extract.events import DTYPES, extract_events

WEDNESDAY = "2025-03-19"  # so "on Monday" is 2025-03-17
SHELLING = "On Monday, RSF fighters shelled a market in El Fasher, residents said."
TWO_PARAGRAPHS = (
    f"{SHELLING} The army then bombed RSF positions.\n\n"
    "On 2 March the Sudanese army attacked Omdurman."
)
UNDATED = "RSF fighters shelled a market in El Fasher."


def events(nlp: Language, text: str, published: str | None = WEDNESDAY) -> pd.DataFrame:
    doc = nlp(text)
    if published is not None:
        doc.user_data["published"] = published
    return extract_events(doc)


def one(table: pd.DataFrame, verb: str) -> pd.Series:
    found = table[table["verb"] == verb]
    assert len(found) == 1, table[["source", "verb", "trigger"]]
    return found.iloc[0]


def test_a_weekday_is_the_last_such_day_before_publication_and_the_place_has_coordinates(
    nlp: Language,
) -> None:
    shelled = one(events(nlp, SHELLING), "shell")
    assert shelled["source"] == "Rapid Support Forces"
    assert (shelled["date"], shelled["date_precision"]) == ("2025-03-17", "day")
    assert shelled["date_words"] == "Monday"
    assert (shelled["place"], shelled["country"], shelled["place_precision"]) == (
        "El Fasher",
        "Sudan",
        "city",
    )
    assert shelled["admin1"] == "North Darfur"
    # El Fasher lies in North Darfur, about 13.6 N 25.3 E
    assert shelled["latitude"] == pytest.approx(13.6, abs=0.2)
    assert shelled["longitude"] == pytest.approx(25.3, abs=0.2)


def test_the_offsets_point_at_the_words(nlp: Language) -> None:
    table = events(nlp, TWO_PARAGRAPHS)
    assert len(table) == 3
    for row in table.itertuples():
        assert TWO_PARAGRAPHS[row.start : row.end] == row.trigger
        assert TWO_PARAGRAPHS[row.date_start : row.date_end] == row.date_words
        assert TWO_PARAGRAPHS[row.place_start : row.place_end] == row.place
    shelled = one(table, "shell")
    assert SHELLING[shelled["date_start"] : shelled["date_end"]] == "Monday"
    assert SHELLING[shelled["place_start"] : shelled["place_end"]] == "El Fasher"


def test_an_event_without_its_own_date_or_place_takes_the_previous_sentences(
    nlp: Language,
) -> None:
    table = events(nlp, TWO_PARAGRAPHS)
    bombed = one(table, "bomb")
    assert bombed["source"] == "Military Forces of Sudan"
    assert (bombed["date"], bombed["date_words"], bombed["place"]) == (
        "2025-03-17",
        "Monday",
        "El Fasher",
    )
    attacked = one(table, "attack")  # a new paragraph with a date and a place of its own
    assert (attacked["date"], attacked["date_precision"]) == ("2025-03-02", "day")
    assert attacked["place"] == "Omdurman"


def test_an_event_with_no_date_words_takes_the_report_date(nlp: Language) -> None:
    shelled = one(events(nlp, UNDATED), "shell")
    assert (shelled["date"], shelled["date_precision"]) == (WEDNESDAY, "report")
    assert pd.isna(shelled["date_words"]) and pd.isna(shelled["date_start"])
    assert shelled["place"] == "El Fasher"
    unpublished = one(events(nlp, UNDATED, published=None), "shell")
    assert pd.isna(unpublished["date"]) and unpublished["date_precision"] == "unknown"


def test_the_columns_have_the_casualty_tables_types(nlp: Language) -> None:
    table = events(nlp, SHELLING)
    assert {c: str(table[c].dtype) for c in ("date_start", "place_end", "latitude")} == {
        "date_start": "Int64",
        "place_end": "Int64",
        "latitude": "Float64",
    }
    assert tuple(table.columns) == tuple(DTYPES)
    empty = extract_events("No one did anything.")
    assert empty.empty and empty.dtypes.equals(table.dtypes)


def test_a_corpus_run_dates_events_against_each_documents_publication_date(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dated.txt").write_text(SHELLING + "\n", encoding="utf-8")
    (corpus / "dated.meta.json").write_text(
        json.dumps({"published": WEDNESDAY, "source": "constructed example"}), encoding="utf-8"
    )
    (corpus / "undated.txt").write_text(SHELLING + "\n", encoding="utf-8")
    found = process_corpus(corpus, tables=["events"], progress=False).events
    shelled = found[found["verb"] == "shell"].set_index("doc_id")
    assert len(shelled) == 2
    is_undated = shelled.index.str.contains("undated")
    dated, undated = shelled.loc[~is_undated], shelled.loc[is_undated]
    assert dated[["date", "date_precision"]].to_records(index=False).tolist() == [
        ("2025-03-17", "day")
    ]
    assert undated["date"].isna().all() and undated["date_precision"].tolist() == ["unknown"]
    assert set(shelled["place"]) == {"El Fasher"}
    assert shelled["date_words"].tolist() == ["Monday", "Monday"]


# --- the shared indexes: worked out once per Doc or per sentence, never carried over -------


def test_token_codes_find_the_entities_names_and_words_the_doc_has(nlp: Language) -> None:
    """The array view the place index reads agrees with spaCy's own token attributes."""
    doc = nlp(
        "Fighters of the Rapid Support Forces shelled the Sudanese capital and Port Sudan "
        "on Monday, the United Nations said; the capital of Chad stayed calm."
    )
    codes = TokenCodes(doc)
    assert codes.entities() == [(ent.start, ent.end) for ent in doc.ents]
    assert any(end - start > 1 for start, end in codes.entities())  # multi-token names
    assert codes.where_lower("capital") == [t.i for t in doc if t.lower_ == "capital"]
    assert len(codes.where_lower("capital")) == 2
    places = codes.labelled(("GPE", "LOC")).tolist()
    assert places == [t.ent_type_ in {"GPE", "LOC"} for t in doc] and any(places)
    assert codes.labelled(("",)).tolist() == [not t.ent_type_ for t in doc]


def test_each_verb_of_an_undated_sentence_takes_its_own_documents_previous_date(
    nlp: Language,
) -> None:
    """The fallback date is kept per sentence of one Doc: two Docs asked in turn keep theirs."""
    layout = "On {day}, RSF fighters shelled a market in El Fasher. The army bombed RSF positions."
    monday, friday = (nlp(layout.format(day=day)) for day in ("Monday", "Friday"))
    for doc in (monday, friday):
        doc.user_data["published"] = WEDNESDAY
    found = [one(extract_events(doc), "bomb") for doc in (monday, friday, monday)]
    assert [row["date_words"] for row in found] == ["Monday", "Friday", "Monday"]
    assert [row["date"] for row in found] == ["2025-03-17", "2025-03-14", "2025-03-17"]
