"""Event extraction: the seed's acceptance criteria and general rules on other conflicts."""

import pandas as pd
import pytest

import analysis
from analysis.extract.events import COLUMNS


@pytest.fixture(scope="module")
def seed_events(nlp, seed_text) -> pd.DataFrame:
    return analysis.extract_events(nlp(seed_text))


def check_offsets(text: str, table: pd.DataFrame) -> None:
    assert tuple(table.columns) == COLUMNS
    for row in table.itertuples():
        assert text[row.start : row.end] == row.trigger


def has_event(table: pd.DataFrame, source: str, verb: str, target: str | None = None) -> bool:
    rows = table[(table["source"] == source) & (table["verb"] == verb)]
    if target is not None:
        rows = rows[rows["target"].str.contains(target, regex=False, na=False)]
    return not rows.empty


def test_seed_offsets(seed_text, seed_events):
    check_offsets(seed_text, seed_events)
    assert seed_events["sentence"].is_monotonic_increasing


@pytest.mark.parametrize(
    ("source", "verb", "target"),
    [
        ("Iraq", "send", "reinforcement"),
        ("Military Forces of Syria", "carry out", "strikes"),
        ("Hay’at Tahrir al-Sham", "take", "control of the northern city of Aleppo"),
        ("Masoud Pezeshkian", "reaffirm", "support"),
        ("Israel", "weaken", "network of proxies"),
    ],
)
def test_seed_events(seed_events, source, verb, target):
    assert has_event(seed_events, source, verb, target)


def test_seed_strikes_with_russia(seed_events):
    strikes = seed_events[seed_events["verb"] == "carry out"]
    assert list(strikes["partner"]) == ["Russia"]


def test_seed_passive_weakened_by_israel(seed_events):
    weakened = seed_events[seed_events["verb"] == "weaken"].iloc[0]
    assert weakened["source"] == "Israel"
    assert weakened["target_actor"] == "Iran"
    assert weakened["trigger"] == "weakened"


def test_seed_speech_is_not_an_event(seed_events):
    assert not seed_events["verb"].isin(["say", "tell"]).any()


def test_sudan_events_and_pronoun_subject():
    text = (
        "The Rapid Support Forces (RSF) shelled El Fasher on Sunday. The Sudanese army said "
        "it repelled the attack and began pushing the RSF back."
    )
    table = analysis.extract_events(text)
    check_offsets(text, table)
    assert has_event(table, "Rapid Support Forces", "shell", "El Fasher")
    assert has_event(table, "Military Forces of Sudan", "repel", "attack")
    push = table[table["verb"] == "push back"]
    assert list(push["source"]) == ["Military Forces of Sudan"]
    assert list(push["target"]) == ["Rapid Support Forces"]


def test_passive_with_agent_and_target_actor():
    text = "Al-Shabaab fighters were repelled by Somali troops near Baidoa."
    table = analysis.extract_events(text)
    assert table[["source", "verb", "target_actor"]].to_numpy().tolist() == [
        ["Military Forces of Somalia", "repel", "al-Shabaab"]
    ]


def test_passive_without_agent_has_no_source():
    assert analysis.extract_events("Over 20,000 Syrians have been displaced.").empty


def test_ukraine_and_negation():
    text = "Russian forces launched 120 drones at Kharkiv. Ukraine did not confirm the losses."
    table = analysis.extract_events(text)
    assert has_event(table, "Military Forces of Russia", "launch", "drones")
    confirm = table[table["verb"] == "confirm"].iloc[0]
    assert confirm["source"] == "Ukraine"
    assert bool(confirm["negated"])


def test_drc_target_is_the_canonical_actor():
    text = "Congolese President Felix Tshisekedi accused Kigali of an invasion."
    table = analysis.extract_events(text)
    assert table[["source", "verb", "target"]].to_numpy().tolist() == [
        ["Felix Tshisekedi", "accuse", "Rwanda"]
    ]


def test_verbs_inside_quotes_are_not_events():
    text = "“We will crush the RSF in Khartoum very soon,” Burhan said."
    assert analysis.extract_events(text).empty


@pytest.mark.parametrize("text", ["", "🙂🙂", "مرحبا بكم", "“", "\n\n\n", "They went."])
def test_odd_text_does_not_raise(text):
    check_offsets(text, analysis.extract_events(text))
