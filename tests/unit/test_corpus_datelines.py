"""A user's folder of articles: the dateline cleaning splits off still places the figures.

Cleaning takes "JOS, Nigeria —" off the body (`Article.dateline`), so the parser sees only
the body; the corpus pipeline hands the dateline and the printed date to the parse in
`Doc.user_data` (`analysis.parse.article_context`). A story whose body never names its
town ("Gunmen killed three traders at a market") takes the dateline's town, with no span
(the rows' offsets point into the body only); a body that names its own town keeps it.
The articles are invented, in our own words, from several countries and dateline styles.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import spacy

from analysis.cleaning.segment import split_dateline
from analysis.corpus import process_corpus
from analysis.corpus.collect import Item
from analysis.corpus.dask import _process_partition
from analysis.corpus.run import process_items
from analysis.extract.registry import get_table
from analysis.parse.article_context import (
    DATELINE,
    article_dateline_origin,
    dateline_parts,
    dateline_town,
)
from analysis.rules import RuleSet

ARTICLES = {
    # "TOWN —": the town alone names the country
    "maiduguri": "Three traders shot dead at market\n\n"
    "MAIDUGURI — Gunmen killed three traders at a market on Sunday, police said.\n\n"
    "The attackers fled on motorcycles before soldiers arrived, a police spokesman said.",
    # "TOWN, Country -", with a printed date line
    "beni": "Five farmers killed in machete attack\n\nPublished 14 March 2026\n\n"
    "BENI, Congo - Five farmers were hacked to death in their fields on Friday, local "
    "officials said.\n\nTwo other farmers were wounded and taken to hospital, the officials "
    "added.",
    # "TOWN (Agency) —"
    "khost": "Roadside bomb kills two policemen\n\n"
    "KHOST (Reuters) — A roadside bomb killed two policemen and wounded four civilians on "
    "Tuesday, a provincial spokesman said.\n\nNo group claimed responsibility for the blast.",
    # "TOWN, Region, Country:"
    "dikhan": "Attack on checkpost\n\n"
    "DERA ISMAIL KHAN, Khyber Pakhtunkhwa, Pakistan: Militants stormed a police checkpost "
    "overnight, killing four officers, officials said on Wednesday.\n\n"
    "Security forces launched a search operation after the attack.",
    # "TOWN, Country —": the country decides between towns of one name
    "tripoli": "Two killed in gun battle\n\n"
    "TRIPOLI, Lebanon — Two men were killed and six wounded in a gun battle between rival "
    "families on Saturday, a security source said.\n\n"
    "The army deployed troops to the neighbourhood to restore calm.",
    # the body names its own town: it wins over the dateline's
    "gao": "Seven villagers killed\n\n"
    "GAO, Mali — Armed men killed seven villagers in Ansongo on Monday, a local official "
    "said.\n\nThe attackers also burned several houses, the official said.",
}
EXPECTED = {  # doc_id: (place, country) of every casualty row
    "maiduguri": ("Maiduguri", "Nigeria"),
    "beni": ("Beni", "Democratic Republic of the Congo"),
    "khost": ("Khōst", "Afghanistan"),
    "dikhan": ("Dera Ismail Khan", "Pakistan"),
    "tripoli": ("Tripoli", "Lebanon"),
    "gao": ("Ansongo", "Mali"),
}


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory):
    folder = _write(tmp_path_factory.mktemp("datelines") / "articles", ARTICLES)
    return process_corpus(folder, tables=["actors", "casualties"], progress=False)


def test_the_dateline_gives_the_place_the_body_never_names(result) -> None:
    casualties = result.casualties
    assert set(casualties["doc_id"]) == set(EXPECTED)
    for row in casualties.itertuples():
        assert (row.place, row.country) == EXPECTED[row.doc_id], row


def test_a_dateline_place_has_no_span_and_a_body_place_points_into_the_text(result) -> None:
    casualties = result.casualties
    from_dateline = casualties[casualties["doc_id"] != "gao"]
    assert from_dateline["place_start"].isna().all() and from_dateline["place_end"].isna().all()
    gao = casualties[casualties["doc_id"] == "gao"].iloc[0]
    body = ARTICLES["gao"].split("— ", 1)[1]
    assert body[int(gao["place_start"]) : int(gao["place_end"])] == "Ansongo"


def test_the_dateline_country_reaches_the_actors(result) -> None:
    victims = result.casualties.set_index(["doc_id", "outcome"])["victim_actor"]
    assert victims[("maiduguri", "killed")] == "Civilians (Nigeria)"
    assert victims[("khost", "killed")] == "Police Forces of Afghanistan"


def test_the_documents_table_shows_the_dateline_and_the_printed_date(result) -> None:
    documents = result.documents.set_index("doc_id")
    assert documents.loc["dikhan", "dateline"] == "DERA ISMAIL KHAN, Khyber Pakhtunkhwa, Pakistan"
    assert documents.loc["khost", "dateline"] == "KHOST (Reuters)"
    assert documents.loc["beni", "published"] == "2026-03-14"
    assert pd.isna(documents.loc["gao", "published"])
    beni = result.casualties[result.casualties["doc_id"] == "beni"]
    assert set(beni["date"]) == {"2026-03-13"}  # "on Friday" before Saturday 14 March
    incident = result.incidents[result.incidents["doc_ids"].str.contains("beni")].iloc[0]
    assert (incident["event_date"], incident["location"]) == ("2026-03-13", "Beni")


BODY = "Two men were killed in a gun battle on Saturday, a security source said."


@pytest.mark.parametrize(("dateline", "country"), [("TRIPOLI, Lebanon", "Lebanon"),
                                                   ("TRIPOLI, Libya", "Libya")])  # fmt: skip
def test_the_cache_serves_no_stale_dateline(tmp_path: Path, dateline: str, country: str) -> None:
    cache = tmp_path / "cache"
    for first in ("TRIPOLI, Lebanon", "TRIPOLI, Libya"):  # the same body, filed from each
        _write(tmp_path / first, {"battle": f"{first} — {BODY}"})
        process_corpus(tmp_path / first, tables=["casualties"], cache_dir=cache, progress=False)
    again = process_corpus(tmp_path / dateline, tables=["casualties"], cache_dir=cache,
                           progress=False)  # fmt: skip
    assert again.stats.tables_from_cache == 1
    assert again.casualties["country"].tolist() == [country]
    undated = _write(tmp_path / "undated", {"battle": BODY})
    plain = process_corpus(undated, tables=["casualties"], cache_dir=cache, progress=False)
    assert plain.stats.from_cache == 0 and plain.casualties["place"].isna().all()


def test_the_dask_partition_task_passes_the_dateline() -> None:
    """What a dask worker runs (`_process_partition`), without starting a cluster."""
    items = [Item(0, "a", BODY, "TRIPOLI, Lebanon"), Item(1, "b", BODY, "TRIPOLI, Libya")]
    collected = _process_partition(items, process_items=process_items, tables=("casualties",),
                                   batch_size=8, cache_dir=None, rules=RuleSet())  # fmt: skip
    table = collected.take_table(
        "casualties", np.array(["a", "b"]), get_table("casualties").empty()
    )
    assert table.sort_values("doc_id")["country"].tolist() == ["Lebanon", "Libya"]


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("QUETTA, Balochistan, Pakistan: Gunmen shot dead two guards.", "QUETTA, Balochistan, Pakistan"),
        ("NEW DELHI, March 4: Police detained 12 protesters.", "NEW DELHI, March 4"),
        ("SAN PEDRO SULA, Honduras — Two bus drivers were shot.", "SAN PEDRO SULA, Honduras"),
        ("BREAKING: Two more bodies were found.", None),
        ("UN, EU and AU envoys met in Addis Ababa on Monday.", None),
    ],
)  # fmt: skip
def test_cleaning_splits_datelines_ending_in_a_colon_after_a_region(
    paragraph: str, dateline: str | None
) -> None:
    assert split_dateline(paragraph)[0] == dateline


def _blank(text: str, dateline: str | None = None):
    doc = spacy.blank("en")(text)
    if dateline:
        doc.user_data[DATELINE] = dateline
    return doc


def test_the_text_own_dateline_wins_over_the_context() -> None:
    doc = _blank("PERTH, Scotland - Two people died in a fire.", "PERTH, Australia")
    assert article_dateline_origin(doc) == ("Scotland", "United Kingdom")
    assert dateline_town(doc, ("United Kingdom",)) is None


@pytest.mark.parametrize(
    ("dateline", "town", "country"),
    [
        ("KANDAHAR (AFP)", "KANDAHAR", None),
        ("BUKAVU, South Kivu, Congo", "BUKAVU", "Democratic Republic of the Congo"),
        ("SAN FERNANDO, Trinidad", "SAN FERNANDO", "Trinidad and Tobago"),
        ("MOPTI, Mali (Reuters)", "MOPTI", "Mali"),
    ],
)
def test_a_split_off_dateline_gives_town_and_country(
    dateline: str, town: str, country: str | None
) -> None:
    assert dateline_parts(dateline)[0] == town
    assert article_dateline_origin(_blank("Three people were killed.", dateline))[1] == country


def test_worker_processes_get_the_dateline(tmp_path: Path) -> None:
    """`nlp.pipe` over two processes: the Docs sent to the workers carry their context."""
    folder = _write(tmp_path / "two", {"a": f"TRIPOLI, Lebanon — {BODY}",
                                       "b": f"TRIPOLI, Libya — {BODY}"})  # fmt: skip
    result = process_corpus(folder, tables=["casualties"], n_process=2, batch_size=1,
                            progress=False)  # fmt: skip
    assert result.stats.parsed == 2
    assert result.casualties["country"].tolist() == ["Lebanon", "Libya"]


def test_parse_article_walks_one_article_as_the_corpus_run_read_it(
    result, tmp_path: Path
) -> None:
    """`parse_article` (the notebooks' walkthrough) gives each figure the corpus run's place
    and date; `nlp(article["text"])` loses the dateline's town and the printed date."""
    from analysis import extract_casualties, load_corpus, load_nlp, parse_article

    corpus = load_corpus(_write(tmp_path / "articles", ARTICLES))
    nlp = load_nlp()
    columns = ["start", "end", "place", "country", "date"]
    lost = 0
    for article in corpus[corpus["status"] == "ok"].itertuples(index=False):
        article = article._asdict()
        walked = extract_casualties(parse_article(nlp, article))[columns]
        ran = result.casualties[result.casualties["doc_id"] == article["doc_id"]][columns]
        assert walked.reset_index(drop=True).equals(ran.reset_index(drop=True)), article["doc_id"]
        bare = extract_casualties(nlp(article["text"]))[columns]
        lost += not bare.reset_index(drop=True).equals(ran.reset_index(drop=True))
    assert lost >= len(EXPECTED) - 1  # every article but the one naming its town in the body
