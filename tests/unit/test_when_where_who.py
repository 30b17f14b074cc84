"""Issue 10, per figure: when (date), where (place), who (perpetrator, victims) and scope.

Every text here is written for this file. Dates are resolved against a fixed publication
date, so each expected date is checked by hand against a calendar.
"""

import datetime as dt

import pandas as pd
import pytest
from spacy.language import Language

from analysis.extract.actors import extract_actors
from analysis.extract.casualties import extract_casualties, when_where_who_spans
from analysis.extract.setting import resolve_date, with_publication_dates
from analysis.parse.places import is_place, place_country, resolve_place

SATURDAY = dt.date(2025, 6, 7)  # a Saturday


def table(nlp: Language, text: str, published: dt.date = SATURDAY) -> pd.DataFrame:
    doc = nlp(text)
    doc.user_data["published"] = published.isoformat()
    return extract_casualties(doc)


def row(nlp: Language, text: str, count: int, published: dt.date = SATURDAY) -> pd.Series:
    df = table(nlp, text, published)
    found = df[df["count"] == count]
    assert len(found) == 1, df[["count", "outcome"]]
    return found.iloc[0]


# ---------------------------------------------------------------- dates, words alone


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("on Thursday", ("2025-06-05", "day")),  # the Thursday before a Saturday paper
        ("Saturday", ("2025-06-07", "day")),  # the paper's own weekday is that day
        ("on Sunday", ("2025-06-01", "day")),  # never a future Sunday
        ("yesterday", ("2025-06-06", "day")),
        ("last week", ("2025-05-26", "week")),  # the Monday of the week before
        ("on 3 March", ("2025-03-03", "day")),
        ("in April", ("2025-04-01", "month")),
        ("in September", ("2024-09-01", "month")),  # a month after publication: last year's
        ("since October 2023", ("2023-10-01", "month")),
        ("two days before on Thursday", ("2025-06-03", "day")),  # "two days after" turned
        (None, ("2025-06-07", "report")),
        ("five days", ("2025-06-07", "report")),  # a length is no date: the report's
    ],
)
def test_date_words_resolve_against_publication(words: str | None, expected: tuple) -> None:
    assert resolve_date(words, SATURDAY) == expected


def test_no_publication_date_leaves_relative_words_unresolved() -> None:
    assert resolve_date(None, None) == (None, "unknown")
    assert resolve_date("on 3 March 2024", None) == ("2024-03-03", "day")


# ---------------------------------------------------------------- dates in articles


def test_event_date_beats_the_date_something_was_said(nlp: Language) -> None:
    text = (
        "The toll from Thursday's mortar attack on the market in Gao has risen to 14, "
        "regional officials said on Friday."
    )
    figure = row(nlp, text, 14)
    assert (figure["date"], figure["date_words"]) == ("2025-06-05", "Thursday")
    assert text[figure["date_start"] : figure["date_end"]] == "Thursday"


def test_previous_sentence_of_the_paragraph_dates_the_figure(nlp: Language) -> None:
    text = "On Tuesday, gunmen attacked a convoy near Kidal. Eleven people died, a doctor said."
    assert row(nlp, text, 11)["date"] == "2025-06-03"


def test_undated_figure_in_a_later_paragraph_takes_the_lede(nlp: Language) -> None:
    text = (
        "A car bomb killed 9 people at a checkpoint in Gao on Wednesday, police said. The "
        "governor visited the wounded on Friday.\n\n"
        "Hospital staff said 23 people were being treated for wounds."
    )
    assert row(nlp, text, 23)["date"] == "2025-06-04"


def test_a_distance_counts_back_from_the_other_date(nlp: Language) -> None:
    text = (
        "The army on Friday denied shelling the camp, a day after the attack killed 8 "
        "people in Gao."
    )
    figure = row(nlp, text, 8)
    assert (figure["date"], figure["date_precision"]) == ("2025-06-05", "day")


def test_figure_without_date_words_gets_the_report_date(nlp: Language) -> None:
    figure = row(nlp, "Aid groups say 300 families have fled the fighting in Gao.", 300)
    assert (figure["date"], figure["date_precision"]) == ("2025-06-07", "report")


# ---------------------------------------------------------------- places


def test_tripoli_follows_the_article_country(nlp: Language) -> None:
    libya = row(nlp, "Clashes in Tripoli killed 7 people, Libyan health officials said.", 7)
    lebanon = row(nlp, "A drone strike in Tripoli killed 4 people, Lebanese officials said.", 4)
    assert (libya["place"], libya["country"]) == ("Tripoli", "Libya")
    assert (lebanon["place"], lebanon["country"]) == ("Tripoli", "Lebanon")
    assert libya["latitude"] != lebanon["latitude"]


def test_words_that_are_never_places() -> None:
    for words in ("10-year-old", "Friday evening", "Monday", "March", "12"):
        assert resolve_place(words) is None, words


def test_age_and_time_words_do_not_place_a_figure(nlp: Language) -> None:
    text = "A 10-year-old boy was among 5 people killed in Gao on Friday evening."
    figure = row(nlp, text, 5)
    assert (figure["place"], figure["country"], figure["place_precision"]) == (
        "Gao",
        "Mali",
        "city",
    )
    assert text[figure["place_start"] : figure["place_end"]] == "Gao"


def test_the_capital_of_a_demonym_is_its_capital(nlp: Language) -> None:
    text = "Fighting between two militias in the Libyan capital killed 6 people on Tuesday."
    assert row(nlp, text, 6)["place"] == "Tripoli"


def test_area_word_sets_the_precision() -> None:
    place = resolve_place("Walikale territory", ("Democratic Republic of the Congo",))
    assert place is not None
    assert (place.place, place.precision) == ("Walikale", "district")
    assert resolve_place("Chad").precision == "country"


def test_the_resolver_and_the_figures_share_one_place_index() -> None:
    assert is_place("Gao") and is_place("Bokkos LGA") and not is_place("Rapid Support Forces")
    assert place_country("Kharkiv") == "Ukraine"


def test_an_actor_that_speaks_is_no_place(nlp: Language) -> None:
    text = "A missile hit a school in Kharkiv, killing 4 people. Moscow denies targeting civilians."
    assert row(nlp, text, 4)["place"] == "Kharkiv"


def test_a_government_named_other_than_by_its_country_is_no_place(nlp: Language) -> None:
    """ "the Government of National Unity" is the state as an actor, not a place."""
    text = (
        "Shops reopened in Misrata on Sunday after clashes between rival militias that the "
        "health ministry of the Government of National Unity said left 6 people dead."
    )
    misrata = resolve_place("Misrata", ("Libya",))
    assert misrata is not None
    assert row(nlp, text, 6)["place"] == misrata.place


def test_a_facility_word_opening_a_sentence_is_no_place(nlp: Language) -> None:
    text = (
        "Militia fighters shelled a market in Kadugli on Monday, killing 9 people.\n\n"
        "Hospital staff said 31 people were wounded, several of them critically."
    )
    assert row(nlp, text, 31)["place"] == row(nlp, text, 9)["place"] == "Kadugli"


def test_where_the_wounded_were_carried_is_not_where_they_were_hurt(nlp: Language) -> None:
    text = (
        "Gunmen attacked a bus near Kaya on Friday, killing 6 people. Eleven others were "
        "wounded and evacuated by helicopter to Ouagadougou."
    )
    assert row(nlp, text, 11)["place"] == "Kaya"


def test_people_who_fled_a_named_area_are_counted_where_they_left(nlp: Language) -> None:
    lede = "ADF rebels raided villages near Oicha on Monday, killing 14 people. "
    left = table(nlp, lede + "More than 3,000 people have fled the area towards Beni.")
    places = left["place"].tolist()
    assert places[0] == places[1] != "Beni"  # the raid's place
    went = table(nlp, lede + "More than 3,000 people have fled towards Beni.")
    assert went.loc[went["count"] == 3000, "place"].iloc[0] == "Beni"  # no place left named


# ---------------------------------------------------------------- perpetrators


def _actor(nlp: Language, text: str, mention: str) -> str:
    actors = extract_actors(nlp(text))
    return actors.loc[actors["mention"] == mention, "actor"].iloc[0]


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("Israeli strikes killed 32 people in Khan Younis.", 32, "Military Forces of Israel"),
        ("A Russian missile strike killed 5 people in Kharkiv.", 5, "Military Forces of Russia"),
        ("Gunmen killed 12 villagers in Zamfara state.", 12, None),  # unnamed: unknown
        ("At least 9 people died in a fire at a market in Gao.", 9, None),
    ],
)
def test_perpetrator_from_demonyms_and_unknowns(
    nlp: Language, text: str, count: int, expected
) -> None:
    found = row(nlp, text, count)["perpetrator"]
    assert (None if pd.isna(found) else found) == expected


def test_agent_of_a_passive_killing(nlp: Language) -> None:
    text = "Nine villagers were killed by RSF shelling in El Fasher."
    figure = row(nlp, text, 9)
    assert figure["perpetrator"] == _actor(nlp, text, "RSF")
    assert text[figure["perpetrator_start"] : figure["perpetrator_end"]] == "RSF"


def test_a_claim_makes_the_claimant_the_perpetrator(nlp: Language) -> None:
    text = "JNIM said it killed 20 soldiers near Djibo on Thursday."
    figure = row(nlp, text, 20)
    assert figure["perpetrator"] == _actor(nlp, text, "JNIM")
    assert figure["victim_category"] == "force"


def test_a_denial_names_no_perpetrator(nlp: Language) -> None:
    text = "The RSF denied shelling the camp in El Fasher, where 8 people were killed."
    assert pd.isna(row(nlp, text, 8)["perpetrator"])


def test_undated_figure_takes_the_article_doer(nlp: Language) -> None:
    text = (
        "Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing 15 people.\n\n"
        "Doctors said 40 people were wounded."
    )
    df = table(nlp, text)
    doers = df.set_index("count")["perpetrator"]
    assert doers[40] == doers[15] == _actor(nlp, text, "Al-Shabaab")


def test_a_clash_has_no_single_perpetrator(nlp: Language) -> None:
    text = "Clashes between two rival armed groups in Tripoli killed 8 people on Tuesday."
    assert pd.isna(row(nlp, text, 8)["perpetrator"])


# ---------------------------------------------------------------- scope


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("A bomb killed 7 people in Gao on Friday.", 7, "incident"),
        ("In five days of fighting around Gao, 60 people were killed.", 60, "running"),
        ("The war has killed more than 150,000 people, the UN says.", 150000, "cumulative"),
        ("More than 4,000 people have fled Kalehe since the attack.", 4000, "incident"),
        ("Since 2021, the insurgency has displaced 900,000 people.", 900000, "cumulative"),
        (  # a clause that describes the source says nothing of the toll
            "Airwars, a monitor that tracks the war, said the strike on Rafah killed 19 people.",
            19,
            "incident",
        ),
        ("The 9,000 people who have died since the war began were remembered.", 9000, "cumulative"),
        # A month or a year dates one incident recalled, unless the sentence counts a period.
        ("In 2019, a bomb at a bus depot in Kaduna killed 11 passengers.", 11, "incident"),
        ("Residents recall March 2021, when gunmen shot dead 6 traders at Kadiri.", 6, "incident"),
        ("The raid was the worst since May 2022, when 14 people were killed in Goro.", 14,
         "incident"),
        ("In June 2023, 35 people were killed across the country in protests over fuel.", 35,
         "cumulative"),
        ("In 2024, 210 people died in bandit attacks in the state, police said.", 210,
         "cumulative"),
        ("Drone strikes have killed 48 people in the province in April, the governor said.", 48,
         "cumulative"),
        ("At least 700 people have been killed in Jenin since June 2024, when the siege began.",
         700, "cumulative"),
        ("Raids have killed 300 people in the north since the offensive began in 2021.", 300,
         "cumulative"),
    ],
)
def test_scope(nlp: Language, text: str, count: int, expected: str) -> None:
    assert row(nlp, text, count)["scope"] == expected


# ---------------------------------------------------------------- the seed


def test_seed_running_toll_is_placed_in_syria_and_dated_by_the_report(
    nlp: Language, seed_text: str
) -> None:
    doc = nlp(seed_text)
    doc.user_data["published"] = "2024-12-02"
    df = extract_casualties(doc)
    assert len(df) == 6
    toll = df[df["count"] == 446].iloc[0]
    assert (toll["scope"], toll["place"], toll["country"]) == ("running", "Syria", "Syria")
    assert (toll["date"], toll["date_precision"]) == ("2024-12-02", "report")


def test_without_a_publication_date_relative_words_stay_undated() -> None:
    """A weekday or a day without a year needs the report's date: never today's."""
    df = extract_casualties(
        "Militants killed seven herders near Ndiki on Sunday. In a raid on 9 May 2023, four died."
    )
    assert df["date"].isna().tolist() == [True, False]
    assert df["date_precision"].tolist() == ["unknown", "day"]
    assert df["date"].iloc[1] == "2023-05-09"


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of Kherson has killed 23 people in May, the regional governor said.",
        "Drone strikes on Sumy killed 6 people on Thursday, officials said.",
        "More than 900 people have fled Kalehe since Thursday, aid groups said.",
    ],
)
def test_dating_a_corpus_row_later_gives_the_scope_a_dated_doc_gets(
    nlp: Language, text: str
) -> None:
    """A corpus run reads figures before it knows the report's date, then dates the rows."""
    later = with_publication_dates(
        extract_casualties(nlp(text)).assign(doc_id="d"), {"d": SATURDAY.isoformat()}
    )
    at_once = table(nlp, text)
    assert later["date_precision"].tolist() == at_once["date_precision"].tolist()
    assert later["scope"].tolist() == at_once["scope"].tolist()


def test_when_where_who_spans_mark_each_figures_words(nlp: Language) -> None:
    doc = nlp("Militants killed 14 people in Djibo on Sunday. Nine more died on Monday.")
    doc.user_data["published"] = "2025-03-18"
    df = extract_casualties(doc)
    labels = [s.label_ for s in when_where_who_spans(doc, df)]
    assert any(label.startswith("#0 killed") for label in labels)
    assert any(label.startswith("#0 ") and "PLACE Djibo" in label for label in labels)
    assert any("DATE 2025-03-16 (day)" in label for label in labels)
