"""Incident perpetrators follow the groups-in-power rule the actors table follows.

`data/actor_eras.csv`: the Taliban are the state of Afghanistan in texts dated after 15
August 2021. The actors table applied it; the casualty table's perpetrator (an incident's
`actor1`) and victims' actor did not, so one article named two parties for one group.
The sentences are written for these tests; the places are real, the attacks are not.
"""

import pandas as pd
import pytest

from analysis import extract_actors, extract_casualties, link_incidents


def _rows(nlp, text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    doc = nlp(text)
    return extract_casualties(doc), extract_actors(doc)


def _value(table: pd.DataFrame, count: int, column: str) -> object:
    value = table.loc[table["count"] == count, column].iloc[0]
    return None if pd.isna(value) else value


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("The Taliban shot dead four former soldiers in Khost on 12 March 2024.", 4,
         "Afghanistan"),
        ("Taliban fighters killed six men at a shrine in Herat province in October 2022.", 6,
         "Afghanistan"),
        ("The Taliban killed nine police officers in Ghazni on 3 June 2019.", 9, "Taliban"),
    ],
)  # fmt: skip
def test_the_perpetrator_is_named_as_the_actors_table_names_it(nlp, text, count, expected):
    casualties, actors = _rows(nlp, text)
    assert _value(casualties, count, "perpetrator") == expected
    named = actors.loc[actors["mention"].str.contains("Taliban"), "actor"]
    assert set(named) == {expected}


def test_the_victims_actor_follows_the_era_too(nlp):
    text = "Gunmen killed seven Taliban fighters at a checkpoint in Kunar on 2 August 2023."
    casualties, _actors = _rows(nlp, text)
    assert _value(casualties, 7, "victim_actor") == "Afghanistan"


def test_an_incidents_actor1_is_the_state_after_the_takeover(nlp):
    texts = {
        "a": "The Taliban shot dead four former soldiers in Khost on 12 March 2024.",
        "b": "Four ex-army soldiers were killed by the Taliban in Khost on 12 March 2024, "
        "relatives said.",
    }
    tables = []
    for doc_id, text in texts.items():
        table, _actors = _rows(nlp, text)
        tables.append(table.assign(doc_id=doc_id))
    incidents, _links = link_incidents(pd.concat(tables, ignore_index=True))
    assert incidents["actor1"].tolist() == ["Afghanistan"]
