"""Casualty figures: the seed article's acceptance criteria and phrasings from other conflicts."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import DocBin

from analysis.extract.actors import extract_actors
from analysis.extract.casualties import (
    COLUMNS,
    OUTCOMES,
    QUALIFIER_VALUES,
    REQUIRED_PIPES,
)
from analysis.extract.casualties import extract_casualties as extract_typed

COUNT_COLUMNS = ("count", "low", "high", "part_of")


def extract_casualties(*args, **kwargs) -> pd.DataFrame:
    """The table with its nullable integer columns as Python ints and None, to compare."""
    df = extract_typed(*args, **kwargs)
    assert all(str(df[c].dtype) == "Int64" for c in COUNT_COLUMNS)
    return (
        df.astype({c: object for c in COUNT_COLUMNS})
        .replace({pd.NA: None})
        .astype({c: object for c in COUNT_COLUMNS})
    )


def figures(nlp: Language, text: str) -> list[tuple[int | None, str]]:
    df = extract_casualties(nlp(text))
    return list(zip(df["count"], df["outcome"], strict=True))


def only(nlp: Language, text: str) -> pd.Series:
    df = extract_casualties(nlp(text))
    assert len(df) == 1, df
    return df.iloc[0]


# ---------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_table(nlp: Language, seed_text: str) -> pd.DataFrame:
    return extract_casualties(nlp(seed_text))


def test_seed_total(seed_table: pd.DataFrame) -> None:
    total = seed_table[seed_table["count"] == 446].iloc[0]
    assert total["outcome"] == "killed"
    assert total["is_total"]
    assert total["part_of"] is None
    assert total["source"] == "Syrian Observatory for Human Rights"
    assert total["period"] == "five days of fighting"


def test_seed_parts(seed_table: pd.DataFrame) -> None:
    total_id = seed_table.loc[seed_table["count"] == 446, "figure_id"].item()
    parts = seed_table[seed_table["part_of"] == total_id]
    assert parts["count"].tolist() == [200, 44, 141, 61]
    assert parts["group"].tolist() == [
        "HTS militants", "SNA militants", "Syrian army soldiers", "civilians",
    ]  # fmt: skip
    assert set(parts["outcome"]) == {"killed"}
    assert not parts["is_total"].any()
    assert sum(parts["count"]) == 446


def test_seed_displaced(seed_table: pd.DataFrame) -> None:
    row = seed_table[seed_table["outcome"] == "displaced"].iloc[0]
    assert row["count"] == 20_000
    assert row["qualifier"] == "more_than"
    assert row["group"] == "Syrians"
    assert row["location"] == "Aleppo"
    assert "OCHA" in row["source"]
    assert "Office for the Coordination of Humanitarian Affairs" in row["source"]
    assert row["part_of"] is None


def test_seed_nothing_else(seed_table: pd.DataFrame, seed_text: str) -> None:
    assert seed_table["count"].tolist() == [446, 200, 44, 141, 61, 20_000]
    for start, end, figure in seed_table[["start", "end", "figure"]].itertuples(index=False):
        assert seed_text[start:end] == figure
    surfaces = {seed_text[s:e] for s, e in seed_table[["start", "end"]].itertuples(index=False)}
    assert "three" not in surfaces and "five" not in surfaces


def test_seed_from_docbin_without_rerunning(nlp: Language, seed_text: str) -> None:
    doc_bin = DocBin(store_user_data=True)
    doc_bin.add(nlp(seed_text))
    restored = next(iter(DocBin().from_bytes(doc_bin.to_bytes()).get_docs(nlp.vocab)))
    from_text = extract_casualties(seed_text)
    from_bin = extract_casualties(restored)
    pd.testing.assert_frame_equal(from_text, from_bin)


def test_str_and_doc_give_the_same_table(nlp: Language) -> None:
    text = "At least 12 people were killed in Goma, officials said."
    pd.testing.assert_frame_equal(extract_casualties(text), extract_casualties(nlp(text)))


def test_required_pipes_are_base_model_pipes(nlp: Language) -> None:
    assert set(REQUIRED_PIPES) <= set(nlp.pipe_names)
    assert {"parser", "ner", "lemmatizer"} <= set(REQUIRED_PIPES)


# ---------------------------------------------------------------- phrasings

PHRASINGS = [
    # killing X and wounding Y; killed / wounded pairs
    ("An air strike on a market in El Fasher killed 12 people and wounded 30 others, local "
     "activists said.", [(12, "killed"), (30, "wounded")]),
    ("RSF fighters attacked the village, killing at least 40 civilians and wounding dozens.",
     [(40, "killed"), (None, "wounded")]),
    ("The attack left 14 soldiers dead and 20 wounded.", [(14, "killed"), (20, "wounded")]),
    ("Twelve people were killed and 30 wounded in the blast in Mogadishu.",
     [(12, "killed"), (30, "wounded")]),
    ("At least seven people died and 19 others were hurt.", [(7, "killed"), (19, "wounded")]),
    ("M23 rebels seized Goma, where more than 700 people were killed and 2,800 injured, the UN "
     "said.", [(700, "killed"), (2800, "wounded")]),
    # tolls
    ("The death toll from the shelling of Kharkiv rose to 18 on Tuesday, regional governor Oleh "
     "Syniehubov said.", [(18, "killed")]),
    ("The toll has risen to 1,200, the health ministry said.", [(1200, "killed")]),
    ("Local officials put the number of dead at 85.", [(85, "killed")]),
    # bodies, among the dead
    ("Rescue workers recovered 27 bodies from the rubble in Khan Younis.", [(27, "killed")]),
    ("The bodies of 11 fishermen were found on the shore.", [(11, "killed")]),
    ("Nine children were among the dead, the UN said.", [(9, "killed")]),
    # passive, word numbers, millions, vague
    ("Twenty-one people were killed in the attack near Mopti.", [(21, "killed")]),
    ("Four people died when a drone hit their car in Kherson.", [(4, "killed")]),
    ("Three policemen were shot dead in Tillaberi.", [(3, "killed")]),
    ("Jihadists killed about 100 villagers in Barsalogho, Burkina Faso, on August 24.",
     [(100, "killed")]),
    ("The Health Ministry in Gaza said at least 34,000 Palestinians have been killed since "
     "October 7.", [(34000, "killed")]),
    ("Hundreds of people were killed in the clashes.", [(None, "killed")]),
    ("Over 200 people were injured in the protests.", [(200, "wounded")]),
    # an active "forced ... from their homes" with the object between verb and preposition
    ("The violence has forced more than two million people from their homes across the Sahel.",
     [(2000000, "displaced")]),
    ("Fighting forced 5,000 families from their homes in Masisi.", [(5000, "displaced")]),
    ("Troops killed 10-15 militants in the raid.", [(None, "killed")]),
    # displaced
    ("More than 1.5 million people have fled their homes since April, according to the "
     "International Organization for Migration.", [(1500000, "displaced")]),
    ("Nearly 90,000 people were forced from their homes by the fighting in North Kivu.",
     [(90000, "displaced")]),
    ("Some 48,000 refugees crossed into Chad last week.", [(48000, "displaced")]),
    ("Tens of thousands of people have been displaced in Rakhine state.", [(None, "displaced")]),
    ("About 2,000 residents fled to neighbouring villages.", [(2000, "displaced")]),
    ("According to UNHCR, 7.2 million people are internally displaced in the DRC.",
     [(7200000, "displaced")]),
    ("The offensive has displaced some 150,000 people, with 12 percent of them children.",
     [(150000, "displaced")]),
    # detained, abducted, kidnapped, captured, hostages, missing
    ("Soldiers arrested 35 protesters and abducted two journalists in Yangon.",
     [(35, "detained"), (2, "kidnapped")]),
    ("Gunmen kidnapped 287 pupils from a school in Kuriga.", [(287, "kidnapped")]),
    ("Two hundred soldiers were captured by the rebels.", [(200, "detained")]),
    ("Israeli forces detained 25 Palestinians in raids across the West Bank overnight.",
     [(25, "detained")]),
    ("Militants abducted 13 aid workers near Goma on Friday.", [(13, "kidnapped")]),
    ("Police said 60 suspected militants were arrested in the operation.", [(60, "detained")]),
    ("Around 240 people were taken hostage during the attack.", [(240, "kidnapped")]),
    ("The junta's troops torched 200 homes and detained scores of villagers.",
     [(None, "detained")]),
    ("Up to 300 people are missing after the flooding of the camp.", [(300, "missing")]),
    ("Two soldiers were missing after the ambush.", [(2, "missing")]),
    # coordinated lists
    ("The fighting has killed 30 soldiers and 12 civilians so far this week.",
     [(30, "killed"), (12, "killed")]),
    ("The strikes killed 10 and 7 fighters from Hamas and Islamic Jihad respectively.",
     [(10, "killed"), (7, "killed")]),
    ("In 2022, 1,200 people fled across the border.", [(1200, "displaced")]),
    # more conflicts, more verbs
    ("Israeli strikes across the Gaza Strip killed at least 45 Palestinians overnight, including "
     "16 children, health officials said.", [(45, "killed"), (16, "killed")]),
    ("A Russian missile strike on Dnipro killed five people and injured 29, including three "
     "children, the regional governor said.", [(5, "killed"), (29, "wounded"), (3, "wounded")]),
    ("The Rapid Support Forces killed more than 100 people in an attack on the village of "
     "Wad al-Nourah, activists said.", [(100, "killed")]),
    ("Over 8 million people have been displaced by the war in Sudan, according to the IOM.",
     [(8000000, "displaced")]),
    ("Myanmar's military arrested more than 20,000 people since the 2021 coup, according to the "
     "Assistance Association for Political Prisoners.", [(20000, "detained")]),
    ("Five peacekeepers were wounded when their convoy hit a mine near Kidal.", [(5, "wounded")]),
    ("ADF rebels hacked to death at least 40 villagers in Ituri province.", [(40, "killed")]),
    ("Boko Haram militants kidnapped about 100 women and children in Borno state.",
     [(100, "kidnapped")]),
    ("Since the fighting began, more than 2,000 civilians have been killed and 5,000 injured, the "
     "WHO said.", [(2000, "killed"), (5000, "wounded")]),
    ("At least 17 migrants drowned off the coast of Libya.", [(17, "killed")]),
    ("The death toll from Saturday's earthquake climbed to 2,053.", [(2053, "killed")]),
    ("Hamas is holding 101 hostages in Gaza.", [(101, "kidnapped")]),
    ("Some 3,000 families have fled the fighting in Khartoum.", [(3000, "displaced")]),
    ("A suicide bomber killed 32 worshippers at a mosque in Peshawar.", [(32, "killed")]),
    ("Ukraine says 35 of its soldiers were captured near Avdiivka.", [(35, "detained")]),
    ("Four journalists were among those killed, the Committee to Protect Journalists said.",
     [(4, "killed")]),
    ("The blast killed one person and wounded two.", [(1, "killed"), (2, "wounded")]),
    ("Protesters gathered in 12 cities on Friday, and two were shot dead by police.",
     [(2, "killed")]),
    ("More than 1,000 Wagner fighters were killed in the battle for Bakhmut, according to "
     "Ukrainian estimates.", [(1000, "killed")]),
    ("Gunmen shot and killed seven people at a checkpoint in Zamfara.", [(7, "killed")]),
    ("UN figures show 1.7 million Gazans are internally displaced.", [(1700000, "displaced")]),
    ("The shelling wounded 14 people, six of them seriously.", [(14, "wounded"), (6, "wounded")]),
    ("Thirty-two people were reported missing after the boat capsized.", [(32, "missing")]),
    ("The army said it had killed 25 terrorists and arrested 10 others in the operation.",
     [(25, "killed"), (10, "detained")]),
    ("The village's 2,000 residents were ordered to evacuate.", []),
    ("At least 90 people, mostly civilians, died in the attack, while 130 were injured.",
     [(90, "killed"), (130, "wounded")]),
    ("A dozen people were killed when a bomb exploded in a market in Maiduguri.", [(12, "killed")]),
    ("The strike killed 5 people, bringing the death toll from the week's fighting to 120.",
     [(5, "killed"), (120, "killed")]),
    ("Sixty-three bodies have been pulled from the rubble so far, civil defence said.",
     [(63, "killed")]),
    ("In the Sahel, jihadist violence has killed thousands and displaced more than 2 million "
     "people.", [(None, "killed"), (2000000, "displaced")]),
    ("Government troops detained at least 15 suspected rebel collaborators in Bunia.",
     [(15, "detained")]),
    ("Eight Ukrainian soldiers and three civilians died in the shelling, officials in Kyiv said.",
     [(8, "killed"), (3, "killed")]),
    ("The violence has forced 1.2 million people to flee their homes.", [(1200000, "displaced")]),
    ("Some 250 people remain unaccounted for after the massacre.", [(250, "missing")]),
    ("The Kachin Independence Army said it captured 70 junta soldiers.", [(70, "detained")]),
    ("Twenty-seven civilians were killed and dozens injured in a drone attack in Sumy on Sunday.",
     [(27, "killed"), (None, "wounded")]),
    ("The agency said 450 people were wounded in the clashes, among them 60 children.",
     [(450, "wounded"), (60, "wounded")]),
    ("The number of people displaced by the floods reached 100,000.", [(100000, "displaced")]),
    ("Three aid workers were abducted in Darfur last month, the UN said on Wednesday.",
     [(3, "kidnapped")]),
    ("Authorities evacuated 4,500 residents from border villages.", []),
    ("The militia executed 19 men in the town square.", [(19, "killed")]),
    ("About 30 soldiers were killed in the ambush, while 40 were taken prisoner.",
     [(30, "killed"), (40, "detained")]),
    ("Clashes between the army and RSF in El Obeid left at least 25 dead.", [(25, "killed")]),
    ("More than 500 people have been arrested since the protests began, rights groups say.",
     [(500, "detained")]),
    ("Russian forces abducted 16 Ukrainian children from Kherson, Kyiv alleges.",
     [(16, "kidnapped")]),
    ("An estimated 6,000 civilians have been killed in Darfur since April.", [(6000, "killed")]),
    ("The strike on the school, which was sheltering displaced families, killed 22 people.",
     [(22, "killed")]),
    ("The ministry put the number of injured at 1,450.", [(1450, "wounded")]),
    ("Nine soldiers died and 12 were wounded when militants ambushed their patrol in Menaka.",
     [(9, "killed"), (12, "wounded")]),
    ("Around 70,000 people have fled to Rwanda, UNHCR said.", [(70000, "displaced")]),
    ("Two children were among five people killed in the strike.", [(2, "killed"), (5, "killed")]),
    ("At least 11 people died in the attack, including a police officer.",
     [(11, "killed"), (1, "killed")]),  # the officer: an implicit part
    ("Fighters loyal to the junta took 30 villagers hostage.", [(30, "kidnapped")]),
    ("Eighteen people, including 7 women, lost their lives in the flooding of the camp.",
     [(18, "killed"), (7, "killed")]),
    ("Over the weekend, 14 civilians were killed in airstrikes on Idlib.", [(14, "killed")]),
    ("The attack killed 12 soldiers, the army said, while the militants said they killed 40.",
     [(12, "killed"), (40, "killed")]),
    ("In Myanmar, more than 3 million people are now internally displaced, according to the UN.",
     [(3000000, "displaced")]),
    ("Police said three suspects had been detained and two others were on the run.",
     [(3, "detained")]),
    ("At least 45 Palestinians were killed and more than 100 injured in Israeli strikes on Rafah, "
     "medics said.", [(45, "killed"), (100, "wounded")]),
    ("Sudan's war has killed tens of thousands of people and displaced over 12 million.",
     [(None, "killed"), (12000000, "displaced")]),
]  # fmt: skip

NOT_CASUALTIES = [
    "The army deployed 3,000 troops to three provinces in 2023.",
    "The UN appealed for $2.7 billion in aid, and prices rose 40 percent.",
    "Fighting lasted five days and a 40-member delegation arrived in Khartoum.",
    "It was the third attack this month, and 1e9 or 2,000,000,000,000 or 1,2,3 appear.",
    "The rebels captured three towns and 12 villages in 2024.",
    "The meeting was attended by 200 delegates from 15 countries.",
    "Ukraine's air force said Russia launched 120 drones overnight.",
    "A 25-year-old man was killed.",
    "The ceasefire, agreed in 1994, lasted 12 years and covered 40% of the territory.",
    "Troops advanced 15 kilometres and seized two bridges over five days.",
    "Sudan's army has about 100,000 soldiers, analysts say.",
    "The vote on the 2,000-page resolution was delayed by three weeks.",
    "He was killed on 12 March 2024 at 10:30.",
    "The government said 12 million tons of grain were exported in 2023.",
    "The 30-year-old commander was arrested on Monday.",
    "The 15-member Security Council met on Tuesday and 193 countries voted.",
    "Russia fired 40 missiles and 75 drones at Ukrainian cities on the night of 8 July.",
    "The convoy of 120 trucks reached Rafah after two weeks.",
    "Chapter 11 of the report, published on page 4, lists 3 recommendations.",
    "The army lost 12 tanks and 4 helicopters.",
    "The shelling destroyed 40 houses and damaged a hospital.",
    "The group has 5,000 fighters in the region.",
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS, ids=lambda v: str(v)[:40])
def test_phrasings(nlp: Language, text: str, expected: list) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_CASUALTIES, ids=lambda v: v[:40])
def test_numbers_that_are_not_casualties(nlp: Language, text: str) -> None:
    df = extract_casualties(nlp(text))
    # "A 25-year-old man was killed" counts the man (1, implicit), never 25.
    assert list(df.loc[~df["implicit"], "count"]) == []


# ---------------------------------------------------------------- details


def test_including_breaks_down_a_total(nlp: Language) -> None:
    df = extract_casualties(nlp(
        "The ministry said 3,000 people had been killed since the war began, including 1,200 "
        "children and 800 women."
    ))  # fmt: skip
    assert df["count"].tolist() == [3000, 1200, 800]
    assert df["is_total"].tolist() == [True, False, False]
    assert df["part_of"].tolist() == [None, 0, 0]
    assert df["group"].tolist() == ["people", "children", "women"]
    assert set(df["source"]) == {"ministry"}


def test_including_stops_at_another_outcome(nlp: Language) -> None:
    df = extract_casualties(nlp(
        "Shelling killed 20 people, including six children, and wounded 45 others in Bakhmut."
    ))  # fmt: skip
    assert list(zip(df["count"], df["outcome"], df["part_of"], strict=True)) == [
        (20, "killed", None), (6, "killed", 0), (45, "wounded", None),
    ]  # fmt: skip


def test_among_them_in_the_next_sentence(nlp: Language) -> None:
    df = extract_casualties(nlp("At least 50 people were killed on Sunday. Among them were 12 "
                                "children."))  # fmt: skip
    assert df["count"].tolist() == [50, 12]
    assert df["part_of"].tolist() == [None, 0]
    assert df["is_total"].tolist() == [True, False]


def test_parts_take_the_totals_attribution(nlp: Language) -> None:
    df = extract_casualties(nlp("At least 50 people were killed in Kharkiv on Sunday, the governor "
                                "said. Among them were 12 children."))  # fmt: skip
    assert df["source"].tolist() == ["governor", "governor"]
    assert df["location"].tolist() == ["Kharkiv", "Kharkiv"]
    assert df["period"].tolist() == ["Sunday", "Sunday"]


def test_among_the_dead_links_to_the_earlier_total(nlp: Language) -> None:
    df = extract_casualties(nlp(
        "An Israeli strike killed 31 people in Deir al-Balah. Nine children were among the dead."
    ))  # fmt: skip
    assert df["count"].tolist() == [31, 9]
    assert df["part_of"].tolist() == [None, 0]
    assert df["location"].iloc[0] == "Deir al-Balah"


def test_of_the_n_killed_m_were(nlp: Language) -> None:
    df = extract_casualties(nlp("Of the 45 people killed, 30 were civilians."))
    assert df["count"].tolist() == [45, 30]
    assert df["part_of"].tolist() == [None, 0]
    assert df["group"].tolist() == ["people", "civilians"]


def test_claimed_lives_including(nlp: Language) -> None:
    df = extract_casualties(nlp("The bombing claimed the lives of 23 civilians, including five "
                                "children."))  # fmt: skip
    assert list(zip(df["count"], df["part_of"], strict=True)) == [(23, None), (5, 0)]


def test_respectively_pairs_names_with_numbers(nlp: Language) -> None:
    df = extract_casualties(nlp("The strikes killed 10 and 7 fighters from Hamas and Islamic "
                                "Jihad respectively."))  # fmt: skip
    assert df["group"].tolist() == ["Hamas fighters", "Islamic Jihad fighters"]


def test_respectively_with_places(nlp: Language) -> None:
    df = extract_casualties(nlp("Russian missiles killed 12 and 5 people in Odesa and Kharkiv "
                                "respectively."))  # fmt: skip
    assert df["count"].tolist() == [12, 5]
    assert df["location"].tolist() == ["Odesa", "Kharkiv"]


def test_qualifiers(nlp: Language) -> None:
    cases = {
        "At least 12 people were killed.": "at_least",
        "More than 30 people were wounded.": "more_than",
        "Nearly 90,000 people were displaced.": "about",
        "Up to 40 people were missing.": "at_most",
        "Some 48,000 people fled.": "about",
        "Six people were killed.": "exact",
    }
    for text, qualifier in cases.items():
        assert only(nlp, text)["qualifier"] == qualifier, text


def test_vague_figure_has_no_count_and_a_flag(nlp: Language) -> None:
    row = only(nlp, "Dozens of civilians were killed in the raid on Tillaberi.")
    assert row["count"] is None
    assert row["vague"]
    assert row["group"] == "civilians"


def test_range_keeps_bounds(nlp: Language) -> None:
    row = only(nlp, "Between 10 and 15 soldiers were killed.")
    assert (row["count"], row["low"], row["high"]) == (None, 10, 15)


def test_group_and_source_and_location(nlp: Language) -> None:
    row = only(nlp, "Fifteen Sudanese civilians were killed in Omdurman on Saturday, according to "
                    "figures from the Sudan Doctors Network.")  # fmt: skip
    assert row["group"] == "Sudanese civilians"
    assert row["location"] == "Omdurman"
    assert row["source"] == "Sudan Doctors Network"
    assert row["period"] == "Saturday"


def test_source_from_said_after_the_figure(nlp: Language) -> None:
    row = only(nlp, "Nine soldiers were killed in an ambush in Mali, the army said on Tuesday.")
    assert row["source"] == "army"
    assert row["location"] == "Mali"


def test_offsets_point_at_the_figure(nlp: Language) -> None:
    text = "In Myanmar, the junta's air strikes killed at least 2,000 civilians, the UN said."
    df = extract_casualties(nlp(text))
    assert text[df["start"].item() : df["end"].item()] == "2,000"


def test_columns_and_values(nlp: Language) -> None:
    text = " ".join(t for t, _ in PHRASINGS)
    df = extract_casualties(nlp(text))
    assert tuple(df.columns) == COLUMNS
    assert set(df["outcome"]) <= set(OUTCOMES)
    assert set(df["qualifier"]) <= set(QUALIFIER_VALUES)
    assert all(c is None or (isinstance(c, int) and c >= 0) for c in df["count"])
    assert df["figure_id"].tolist() == list(range(len(df)))
    for start, end, figure in df[["start", "end", "figure"]].itertuples(index=False):
        assert text[start:end] == figure


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "💀💀💀", "قتل 12 شخصا في حلب", "“unbalanced quote", "1e9", "2,000,000,000,000",
     "killed killed killed", "12", "respectively", "including", "among the dead were"],
)  # fmt: skip
def test_never_raises_on_odd_input(nlp: Language, text: str) -> None:
    df = extract_casualties(nlp(text))
    assert tuple(df.columns) == COLUMNS
    assert all(c is None or c >= 0 for c in df["count"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_never_raises_on_arbitrary_unicode(nlp: Language, text: str) -> None:
    df = extract_casualties(nlp(text))
    assert tuple(df.columns) == COLUMNS


def test_seed_parts_map_to_canonical_actors(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    actors = extract_actors(doc)
    canonical = dict(zip(actors["mention"], actors["actor"], strict=True))
    df = extract_casualties(doc, actors=actors)
    by_count = dict(zip(df["count"], df["actor"], strict=True))
    assert by_count[200] == canonical["HTS"]
    assert by_count[44] == canonical["SNA"]
    assert by_count[141] == canonical["Syrian army"]
    # civilians are a category actor of the article's country (ACLED's "Civilians (Syria)")
    assert by_count[61] == canonical["civilians"] == "Civilians (Syria)"
    assert df.loc[df["count"] == 61, "victim_category"].tolist() == ["civilians"]
    assert by_count[446] is None
    pd.testing.assert_frame_equal(df, extract_casualties(doc))


def test_actor_comes_from_the_paired_name(nlp: Language) -> None:
    doc = nlp("Clashes killed 9 and 4 fighters from the RSF and the Sudanese army respectively.")
    df = extract_casualties(doc)
    actors = extract_actors(doc)
    assert df["count"].tolist() == [9, 4]
    assert df["actor"].iloc[0] == actors.loc[actors["mention"].str.contains("RSF"), "actor"].iloc[0]
    assert df["actor"].iloc[1] is not None and df["actor"].iloc[1] != df["actor"].iloc[0]


def test_conjoined_people_share_a_number(nlp: Language) -> None:
    row = only(nlp, "Boko Haram militants kidnapped about 100 women and children in Borno state.")
    assert (row["group"], row["location"]) == ("women and children", "Borno state")


def test_source_keeps_a_multiword_name(nlp: Language) -> None:
    row = only(nlp, "Four journalists were among those killed, the Committee to Protect "
                    "Journalists said.")  # fmt: skip
    assert row["source"] == "Committee to Protect Journalists"


def test_acronym_source_is_not_a_pronoun(nlp: Language) -> None:
    df = extract_casualties(nlp("More than 2,000 civilians have been killed, the WHO said."))
    assert df["source"].tolist() == ["WHO"]


def test_person_like_nouns_need_a_casualty_verb(nlp: Language) -> None:
    assert figures(nlp, "Troops detained 15 collaborators.") == [(15, "detained")]
    assert figures(nlp, "Troops inspected 15 containers and 4 tractors.") == []


def test_among_n_people_killed_is_a_part(nlp: Language) -> None:
    df = extract_casualties(nlp("Two children were among five people killed in the strike."))
    assert list(zip(df["count"], df["is_total"], df["part_of"], strict=True)) == [
        (2, False, 1), (5, True, None),
    ]  # fmt: skip
