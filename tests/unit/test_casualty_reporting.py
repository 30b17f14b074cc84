"""Issue 13: casualty phrasings that event coders count, one class per category.

Every sentence here is written for these tests, about conflicts other than those of the
issue and of the held-out report set (Sahel, Colombia, Myanmar, DRC, Mozambique,
Pakistan, Mexico). Each test can fail: it names the count, outcome and flags it expects.
"""

import pytest
from extraction_helpers import counted, table
from spacy.language import Language

from analysis.extract.casualties import COLUMNS, OUTCOMES


class TestImplicitCounts:
    """1. A victim without a numeral is counted, exact, with `implicit` True."""

    def test_one_named_victim(self, nlp: Language) -> None:
        df = table(nlp, "A schoolteacher was killed when soldiers raided the village near Sagaing.")
        assert df[["count", "qualifier", "outcome", "implicit"]].to_dict("records") == [
            {"count": 1, "qualifier": "exact", "outcome": "killed", "implicit": True}
        ]

    def test_coordinated_victims(self, nlp: Language) -> None:
        text = "A shopkeeper and his nephew were wounded by a grenade in Tumaco on Sunday."
        df = table(nlp, text)
        assert list(zip(df["count"], df["outcome"], df["implicit"], strict=True)) == [
            (2, "wounded", True)
        ]

    def test_both(self, nlp: Language) -> None:
        text = (
            "Two nurses were travelling to the clinic in Ituri. Both were abducted by ADF rebels."
        )
        assert (2, "kidnapped") in counted(nlp, text)

    def test_the_object_of_a_killing(self, nlp: Language) -> None:
        text = "Insurgents raided Mocimboa da Praia, killing the village chief."
        assert counted(nlp, text) == [(1, "killed")]

    def test_one_of_the_group(self, nlp: Language) -> None:
        text = "One of the guards was injured in the attack on the mine in Kayes."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_written_numbers_are_not_implicit(self, nlp: Language) -> None:
        df = table(nlp, "Three soldiers were killed near Menaka.")
        assert list(df["implicit"]) == [False]

    def test_plural_without_a_number_stays_vague(self, nlp: Language) -> None:
        # no count is made up for a bare plural: one vague figure (issue 13, category 1)
        text = "Villagers were killed in the raid on the settlement in Borno."
        assert counted(nlp, text) == [(None, "killed")]
        assert not table(nlp, text)["implicit"].iloc[0]

    def test_the_agent_is_not_counted(self, nlp: Language) -> None:
        assert counted(nlp, "A drone killed a fisherman off the coast of Cabo Delgado.") == [
            (1, "killed")
        ]

    def test_implicit_is_a_column(self) -> None:
        assert "implicit" in COLUMNS and "repeat_of" in COLUMNS


class TestShotIsWounded:
    """2. Shot is wounded unless a killing is said."""

    def test_people_shot(self, nlp: Language) -> None:
        assert counted(nlp, "Six people were shot at a bar in Culiacán late on Friday.") == [
            (6, "wounded")
        ]

    def test_shot_and_killed(self, nlp: Language) -> None:
        text = "Four miners were shot and killed near the Segovia gold mine in Antioquia."
        assert counted(nlp, text) == [(4, "killed")]

    def test_shot_dead(self, nlp: Language) -> None:
        assert counted(nlp, "Gunmen shot dead two traders in Quetta.") == [(2, "killed")]

    def test_beaten_to_death(self, nlp: Language) -> None:
        text = "A mob beat two men to death in the market of Kasese."
        assert counted(nlp, text) == [(2, "killed")]

    def test_burned_alive(self, nlp: Language) -> None:
        text = "The gang burned three suspected informants alive in a Port-au-Prince suburb."
        assert counted(nlp, text) == [(3, "killed")]

    def test_the_killing_of(self, nlp: Language) -> None:
        text = "Rights groups condemned the killing of nine herders in Mopti."
        assert counted(nlp, text) == [(9, "killed")]

    def test_headline_dead_and_hurt(self, nlp: Language) -> None:
        assert counted(nlp, "3 dead, 12 hurt in Peshawar blast") == [(3, "killed"), (12, "wounded")]


class TestHumanness:
    """3. People the person list does not name: entities, agentive nouns, the parse."""

    def test_named_group_dead(self, nlp: Language) -> None:
        text = "Troops said six Al-Shabaab dead were found after the clash."
        assert counted(nlp, text) == [(6, "killed")]

    def test_agentive_noun(self, nlp: Language) -> None:
        text = "The army said it had arrested 12 smugglers near the border with Niger."
        assert counted(nlp, text) == [(12, "detained")]

    def test_member_of_a_named_force(self, nlp: Language) -> None:
        text = "A FARDC sentry was wounded when the base near Beni came under fire."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_a_unit_name_is_not_a_count(self, nlp: Language) -> None:
        text = "A soldier of 12 Punjab Regiment died in the exchange of fire."
        assert counted(nlp, text) == [(1, "killed")]


class TestAcrossSentences:
    """4. The count in one sentence and the outcome in the next."""

    def test_all_three(self, nlp: Language) -> None:
        text = (
            "Gunmen stopped a truck near Tillabéri and took away three drivers. "
            "All three were later found dead."
        )
        assert (3, "killed") in counted(nlp, text)


class TestRepeats:
    """5. One figure reported twice counts once; a crowd is not a casualty figure."""

    def test_headline_and_body(self, nlp: Language) -> None:
        text = (
            "Seven killed in Tumaco attack\n"
            "Seven people were killed when gunmen opened fire in Tumaco on Saturday."
        )
        df = table(nlp, text)
        assert list(df["count"]) == [7, 7]
        assert list(df["repeat_of"].isna()) == [True, False]
        assert df["repeat_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_different_groups_are_not_repeats(self, nlp: Language) -> None:
        text = "Two soldiers were killed near Gao. Two civilians were killed in a separate attack."
        assert table(nlp, text)["repeat_of"].isna().all()

    def test_a_crowd_is_not_a_casualty(self, nlp: Language) -> None:
        text = "A mob of some 300 residents beat two suspected thieves to death in Lahore."
        assert counted(nlp, text) == [(2, "killed")]


class TestTotalsAndParts:
    """6. The total stays the total; the part is linked to it."""

    def test_including(self, nlp: Language) -> None:
        text = "The attack on the camp killed at least 22 people, including 9 children."
        df = table(nlp, text)
        assert list(df["count"]) == [22, 9]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_among_them(self, nlp: Language) -> None:
        text = "Jihadists killed 14 villagers near Djibo, among them five women."
        df = table(nlp, text)
        assert list(df["count"]) == [14, 5]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_implicit_part(self, nlp: Language) -> None:
        text = "Eleven people died in the shelling of the market, including a priest."
        df = table(nlp, text)
        assert list(zip(df["count"], df["implicit"], strict=True)) == [(11, False), (1, True)]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_of_the_dead_in_a_later_sentence(self, nlp: Language) -> None:
        text = (
            "Artillery fire on the market in Kalehe killed 18 people on Sunday. "
            "Seven of the dead were women, a local official said."
        )
        df = table(nlp, text)
        assert list(zip(df["count"], df["outcome"], strict=True)) == [(18, "killed"), (7, "killed")]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]
        assert df["group"].iloc[1] == "women"

    def test_of_the_wounded_in_the_same_sentence(self, nlp: Language) -> None:
        text = (
            "A bomb at the bus stand in Quetta wounded 23 people; four of the wounded were police."
        )
        df = table(nlp, text)
        assert list(zip(df["count"], df["outcome"], strict=True)) == [
            (23, "wounded"),
            (4, "wounded"),
        ]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_a_figure_outside_the_cue_clause_is_not_a_part(self, nlp: Language) -> None:
        text = (
            "Shelling hit the market in Kadugli on Monday, killing 30 people. A medical group "
            "put the number of dead at 44 and said two nurses were among the victims."
        )
        df = table(nlp, text)
        assert df.loc[df["count"] == 44, "part_of"].isna().all()

    def test_members_after_the_cue_are_not_parts(self, nlp: Language) -> None:
        text = "Nine children were among the dead after the raid on Tillaberi killed 31 people."
        df = table(nlp, text)
        assert df.loc[df["count"] == 31, "part_of"].isna().all()


class TestNotTolls:
    """7. Dates, ages, unit names and times are not tolls."""

    @pytest.mark.parametrize(
        "text",
        [
            "Around 21 August, militants attacked a convoy near Djibo.",
            "Between 3 and 5 May, the army shelled rebel positions near Lashio.",
            "The 8 Sikh Light Infantry took over the post.",
            "The convoy left at 5 pm and fired 300 rounds.",
        ],
    )
    def test_no_figure(self, nlp: Language, text: str) -> None:
        assert counted(nlp, text) == []

    def test_age_after_the_victim(self, nlp: Language) -> None:
        assert counted(nlp, "The trader, 41, died of his wounds in Bunia.") == [(1, "killed")]


class TestOutcomes:
    """8. The outcome of the verb, not of the people's status; a child after a group."""

    def test_inmates_killed(self, nlp: Language) -> None:
        assert counted(
            nlp, "At least 31 inmates were killed in the riot at the Tuxpan prison."
        ) == [(31, "killed")]

    def test_detainees_killed(self, nlp: Language) -> None:
        text = "Twelve detainees were killed when the jail in Sittwe was shelled."
        assert counted(nlp, text) == [(12, "killed")]

    def test_group_and_a_child(self, nlp: Language) -> None:
        text = "Three members of the Gulf Clan and a child were killed in the firefight."
        assert counted(nlp, text) == [(3, "killed"), (1, "killed")]


class TestKnownGaps:
    """9. Neutralised, freed hostages, dozens of wounded, the missing, abductions."""

    def test_neutralised(self, nlp: Language) -> None:
        text = "The army said it neutralised dozens of terrorists near Ménaka."
        assert counted(nlp, text) == [(None, "killed")]

    def test_freed_hostages_are_no_casualty(self, nlp: Language) -> None:
        assert counted(nlp, "Police said 6 of the 10 hostages had been freed in Zacatecas.") == []

    def test_dozens_of_wounded(self, nlp: Language) -> None:
        text = "The blast in Quetta killed four people and left dozens of wounded."
        assert counted(nlp, text) == [(4, "killed"), (None, "wounded")]

    def test_remain_missing(self, nlp: Language) -> None:
        text = "Eight fishermen who remain missing were last seen off Pemba."
        assert counted(nlp, text) == [(8, "missing")]

    def test_abducted(self, nlp: Language) -> None:
        assert counted(nlp, "Bandits abducted 45 worshippers from a church in Zamfara.") == [
            (45, "kidnapped")
        ]

    def test_kidnapped_is_an_outcome(self) -> None:
        assert "kidnapped" in OUTCOMES
