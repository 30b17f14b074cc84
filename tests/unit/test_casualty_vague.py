"""Issue 13: bare plurals, vague restatements, ages in apposition and yearly statistics.

Sentences written for these tests (Myanmar, Mozambique, Haiti, Burkina Faso, Iraq,
Pakistan, Nigeria, Congo, local news in the US and the UK). Each names what it expects
and can fail.
"""

import pandas as pd
from spacy.language import Language

from analysis.extract.casualties import QUALIFIER_VALUES, extract_casualties


def rows(nlp: Language, text: str) -> list[tuple]:
    """(count or None, qualifier, vague, outcome, implicit, repeat_of or None) per figure."""
    df = extract_casualties(nlp(text))
    return [
        (
            None if pd.isna(r.count) else int(r.count),
            r.qualifier,
            bool(r.vague),
            r.outcome,
            bool(r.implicit),
            None if pd.isna(r.repeat_of) else int(r.repeat_of),
        )
        for r in df.itertuples(index=False)
    ]


def counted(nlp: Language, text: str) -> list[tuple]:
    """(count, outcome) of each figure that repeats nothing."""
    return [(c, o) for c, _, _, o, _, rep in rows(nlp, text) if rep is None]


VAGUE_KILLED = (None, "vague", True, "killed", False, None)


class TestBarePlurals:
    """1. A plural person noun with an outcome and no number is one vague figure."""

    def test_passive_killed(self, nlp: Language) -> None:
        text = "Villagers were killed when mortar rounds struck the market in Sittwe."
        df = extract_casualties(nlp(text))
        assert rows(nlp, text) == [VAGUE_KILLED]
        assert (df["start"].iloc[0], df["end"].iloc[0]) == (0, len("Villagers"))
        assert df["group"].iloc[0] == "Villagers"

    def test_a_sentence_initial_plural_tagged_as_a_name(self, nlp: Language) -> None:
        text = "Policemen were wounded in the ambush near Pemba."
        assert rows(nlp, text) == [(None, "vague", True, "wounded", False, None)]

    def test_object_of_an_abduction_not_the_doers(self, nlp: Language) -> None:
        text = "Armed men abducted farmers outside Kaya on Tuesday."
        df = extract_casualties(nlp(text))
        assert rows(nlp, text) == [(None, "vague", True, "kidnapped", False, None)]
        assert text[df["start"].iloc[0] : df["end"].iloc[0]] == "farmers"

    def test_residents_fled(self, nlp: Language) -> None:
        text = "Residents fled after militiamen torched houses in Djibo."
        assert [r[3] for r in rows(nlp, text)] == ["displaced"]

    def test_a_headline_without_a_verb_tense(self, nlp: Language) -> None:
        assert rows(nlp, "Civilians killed as shells hit Kherson bus stop") == [VAGUE_KILLED]

    def test_a_headline_in_the_present(self, nlp: Language) -> None:
        text = "Bandits kill worshippers in Zamfara mosque raid"
        assert rows(nlp, text) == [VAGUE_KILLED]

    def test_generic_relative_clause(self, nlp: Language) -> None:
        assert rows(nlp, "The group is known for raids that kill civilians across Borno.") == []

    def test_protect_civilians(self, nlp: Language) -> None:
        assert rows(nlp, "Peacekeepers were sent to protect civilians in Ituri.") == []

    def test_habitual_present(self, nlp: Language) -> None:
        assert rows(nlp, "Fishermen are often detained by the coast guard.") == []

    def test_modal(self, nlp: Language) -> None:
        assert rows(nlp, "The gangs could kill hostages if the ransom is not paid.") == []

    def test_negated(self, nlp: Language) -> None:
        assert rows(nlp, "Passengers were not hurt when the convoy was hit near Mosul.") == []

    def test_a_call_to_stop_killing(self, nlp: Language) -> None:
        text = "The envoy urged both armies to stop killing villagers in Darfur."
        assert rows(nlp, text) == []

    def test_forced_to_flee_is_an_event(self, nlp: Language) -> None:
        text = "Herders were forced to flee after the raid on Tibiri."
        assert [r[3] for r in rows(nlp, text)] == ["displaced"]

    def test_a_list_of_plurals_is_one_figure(self, nlp: Language) -> None:
        text = "Men, women and children were killed when the shell hit the shelter in Khan Younis."
        df = extract_casualties(nlp(text))
        assert rows(nlp, text) == [VAGUE_KILLED]
        assert df["group"].iloc[0] == "Men, women and children"

    def test_accused_of_killing(self, nlp: Language) -> None:
        assert rows(nlp, "The militia was accused of killing civilians in Djugu.") == []

    def test_restating_a_counted_figure(self, nlp: Language) -> None:
        text = (
            "Four traders were shot dead in Cité Soleil on Friday. Traders were killed as "
            "they left the market, a witness said."
        )
        found = rows(nlp, text)
        assert found == [
            (4, "exact", False, "killed", False, None),
            (None, "vague", True, "killed", False, 0),
        ]

    def test_a_count_of_the_outcome_under_other_words(self, nlp: Language) -> None:
        text = (
            "Eleven farmers were killed near Beni, local officials said. The army said its "
            "soldiers had killed rebels in the area."
        )
        assert counted(nlp, text) == [(11, "killed")]

    def test_another_outcome_is_no_restatement(self, nlp: Language) -> None:
        text = "Five soldiers were killed in Palma on Sunday. Residents fled to Mueda."
        assert counted(nlp, text) == [(5, "killed"), (None, "displaced")]

    def test_several_is_vague(self, nlp: Language) -> None:
        text = "Several fishermen were killed when the boat was shelled off Mocimboa."
        assert rows(nlp, text) == [VAGUE_KILLED]
        assert "vague" in QUALIFIER_VALUES


class TestVagueAndNamedRepeats:
    """2. A vague headline restates the body's number; a shared name is the same people."""

    def test_dozens_in_a_headline(self, nlp: Language) -> None:
        text = (
            "Dozens killed in Kasai market attack\n"
            "At least 31 people were killed and 50 wounded when militiamen attacked the "
            "market, officials said."
        )
        assert [r[5] for r in rows(nlp, text)] == [1, None, None]

    def test_thousands_flee_in_a_headline(self, nlp: Language) -> None:
        text = (
            "Thousands flee clashes in North Kivu\n"
            "About 12,000 people fled their homes near Rutshuru after the fighting."
        )
        assert counted(nlp, text) == [(12000, "displaced")]

    def test_a_vague_figure_in_the_body_stays(self, nlp: Language) -> None:
        text = "Eight soldiers were killed in Tillaberi. Dozens of villagers were killed in Tera."
        assert counted(nlp, text) == [(8, "killed"), (None, "killed")]

    def test_a_shared_name(self, nlp: Language) -> None:
        text = (
            "Two Peshmerga fighters were killed near Makhmour on Monday. Officials said two "
            "Kurdish Peshmerga soldiers were killed when a roadside bomb hit their vehicle."
        )
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_named_group_counted_without_a_noun(self, nlp: Language) -> None:
        assert counted(nlp, "Three Peshmerga were killed near Sinjar.") == [(3, "killed")]

    def test_the_driver_is_a_part(self, nlp: Language) -> None:
        text = (
            "Bandits stopped a bus near Birnin Gwari, killing six passengers, including the driver."
        )
        df = extract_casualties(nlp(text))
        assert list(df["count"]) == [6, 1]
        assert df["part_of"].iloc[1] == 0 and pd.isna(df["repeat_of"].iloc[1])

    def test_the_attacker_is_one_more(self, nlp: Language) -> None:
        text = "Nine policemen and the bomber were killed in the blast in Bannu."
        df = extract_casualties(nlp(text))
        assert counted(nlp, text) == [(9, "killed"), (1, "killed")]
        assert df["group"].iloc[0] == "policemen"
        assert df["part_of"].isna().all()


class TestAgesInApposition:
    """3. Ages between commas after the people are not tolls."""

    def test_two_ages(self, nlp: Language) -> None:
        text = "Police said two men, 19 and 27, were shot outside a bar on Main Street."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_both_aged(self, nlp: Language) -> None:
        text = "Two boys were shot in Croydon. The wounded, both 16, were taken to hospital."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_three_ages(self, nlp: Language) -> None:
        text = "Three brothers, 14, 17 and 20, were killed when gunmen opened fire in Jos."
        assert counted(nlp, text) == [(3, "killed")]

    def test_one_age(self, nlp: Language) -> None:
        assert counted(nlp, "A woman, 52, was shot dead in Toxteth.") == [(1, "killed")]

    def test_stabbed_is_wounded(self, nlp: Language) -> None:
        assert counted(nlp, "A man, 31, was stabbed outside a pub in Salford.") == [(1, "wounded")]
        text = "A man was stabbed to death outside a pub in Salford."
        assert counted(nlp, text) == [(1, "killed")]

    def test_a_count_after_a_comma_stays(self, nlp: Language) -> None:
        text = "In the attack on the camp, 12 and possibly more people were killed."
        assert counted(nlp, text) == [(12, "killed")]


class TestYearlyStatistics:
    """4. City-wide or yearly statistics are no incident's toll: no row (held-out convention 12).

    A war's cumulative toll stays a row, scope "cumulative" (`test_when_where_who`).
    """

    def test_number_of_homicides_this_year(self, nlp: Language) -> None:
        text = "The shooting brings the number of homicides in Memphis this year to 211."
        assert extract_casualties(nlp(text)).empty

    def test_murdered_so_far_this_year(self, nlp: Language) -> None:
        text = "So far this year 64 people have been murdered in Baltimore, police said."
        assert extract_casualties(nlp(text)).empty
