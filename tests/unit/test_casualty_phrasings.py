"""Issue 13, second round: phrasings of real event reports, one class per category.

Every sentence is written for these tests, set in conflicts other than the held-out
reports' (Guatemala, Ethiopia, South Sudan, Chad, Colombia, Philippines, Niger, Kenya).
Each test names the count and outcome it expects and can fail.
"""

import pandas as pd
from extraction_helpers import counted, table
from spacy.language import Language


class TestPartsTakeTheirTotalsOutcome:
    """6. "N of them" and "among them N" are parts of the toll before them, with its outcome."""

    def test_of_them_without_a_verb(self, nlp: Language) -> None:
        text = "Eleven people were killed, four of them women, and about 30 were injured in Gode."
        df = table(nlp, text)
        assert list(zip(df["count"], df["outcome"], strict=True)) == [
            (11, "killed"), (4, "killed"), (30, "wounded"),
        ]  # fmt: skip
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]
        assert pd.isna(df["part_of"].iloc[2])

    def test_of_them_with_a_participle(self, nlp: Language) -> None:
        text = (
            "Guards killed 40 inmates in Juba, 15 of them shot during the breakout and the "
            "others crushed in a stampede."
        )
        df = table(nlp, text)
        assert list(zip(df["count"], df["outcome"], strict=True)) == [
            (40, "killed"),
            (15, "killed"),
        ]

    def test_among_them_then_another_outcome(self, nlp: Language) -> None:
        text = (
            "Nine miners were killed, among them four teenagers, and about 300 villagers fled "
            "to Bol."
        )
        assert counted(nlp, text) == [(9, "killed"), (4, "killed"), (300, "displaced")]

    def test_a_part_with_its_own_verb_keeps_its_outcome(self, nlp: Language) -> None:
        text = (
            "Kidnappers seized six traders near Huehuetenango; two of them were later found dead."
        )
        df = table(nlp, text)
        assert counted(nlp, text) == [(6, "kidnapped"), (2, "killed")]
        assert df["part_of"].isna().all()


class TestCountAndOutcomeApart:
    """4. The people are counted in one sentence, what happened to them in the next."""

    def test_seized_then_found_dead(self, nlp: Language) -> None:
        text = (
            "Gunmen stopped a minibus outside Lodwar and seized four passengers. "
            "All four were later found dead in a dry riverbed."
        )
        assert counted(nlp, text) == [(4, "kidnapped"), (4, "killed")]

    def test_seized_goods_are_no_casualty(self, nlp: Language) -> None:
        assert counted(nlp, "Soldiers seized 12 rifles and two trucks near Diffa.") == []


class TestNotPeople:
    """3. Nouns a person rule would take for people, and animals."""

    def test_the_number_killed(self, nlp: Language) -> None:
        text = "Officials put the number killed in the Tigray strike at 64."
        df = table(nlp, text)
        assert counted(nlp, text) == [(64, "killed")]
        assert not df["implicit"].any()

    def test_cattle(self, nlp: Language) -> None:
        text = "Raiders from Jonglei killed 40 cattle and three herders near Bor."
        assert counted(nlp, text) == [(3, "killed")]

    def test_object_of_a_killing_is_people(self, nlp: Language) -> None:
        text = "Residents of Cali lynched two alleged pickpockets on Saturday."
        assert counted(nlp, text) == [(2, "killed")]


class TestRelativeClauses:
    """A relative clause names the outcome of its noun, not of some of them."""

    def test_who_are_still_missing(self, nlp: Language) -> None:
        text = "Relatives of 14 miners who are still missing gathered at the pit in Zamboanga."
        assert counted(nlp, text) == [(14, "missing")]

    def test_one_of_whom(self, nlp: Language) -> None:
        text = "Troops freed three hostages in Tillaberi, one of whom had been shot in the arm."
        assert (3, "wounded") not in counted(nlp, text)


class TestVictimsWithoutANumeral:
    """1. Victims counted without a numeral: lists, kin, ordinals, parts, nouns of killing."""

    def test_a_list_opened_by_an_appositive(self, nlp: Language) -> None:
        text = "A captain, a sergeant and a police inspector were killed in the ambush near Tumaco."
        df = table(nlp, text)
        assert list(zip(df["count"], df["outcome"], df["implicit"], strict=True)) == [
            (3, "killed", True)
        ]

    def test_a_shared_possessive(self, nlp: Language) -> None:
        text = "Bandits killed a trader and abducted his son and nephew near Maradi."
        assert counted(nlp, text) == [(1, "killed"), (2, "kidnapped")]

    def test_an_ordinal_is_one_more_victim(self, nlp: Language) -> None:
        text = "Two guards were shot dead at the depot in Malakal. A third guard was wounded."
        assert counted(nlp, text) == [(2, "killed"), (1, "wounded")]

    def test_a_victim_after_among_them(self, nlp: Language) -> None:
        text = "Militants beheaded four farmers, among them a village elder, near Dembi Dolo."
        df = table(nlp, text)
        assert counted(nlp, text) == [(4, "killed"), (1, "killed")]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_was_among_them(self, nlp: Language) -> None:
        text = "Thirty people died in the blast in Mogadishu; a newborn was among them."
        df = table(nlp, text)
        assert counted(nlp, text) == [(30, "killed"), (1, "killed")]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_the_murder_of(self, nlp: Language) -> None:
        text = "Police said the murder of a local councillor had angered residents in Cotabato."
        assert counted(nlp, text) == [(1, "killed")]

    def test_victims_of_one_sentence_are_one_figure(self, nlp: Language) -> None:
        text = "A ranger was killed on the spot and the driver died later in hospital in Garoua."
        df = table(nlp, text)
        assert counted(nlp, text) == [(2, "killed")]
        assert df["group"].iloc[0] == "ranger and driver"

    def test_the_object_of_the_main_verb_is_no_victim(self, nlp: Language) -> None:
        text = "Chadian troops repelled a Boko Haram raid on Ngouboua, killing six insurgents."
        assert counted(nlp, text) == [(6, "killed")]

    def test_no_list_across_a_verb(self, nlp: Language) -> None:
        text = (
            "A roadside bomb killed a policeman and wounded two of his colleagues at a "
            "checkpoint near Garissa, a regional police officer said."
        )
        assert counted(nlp, text) == [(1, "killed"), (2, "wounded")]


class TestNumbersThatAreNotTolls:
    """7. Ages and family sizes."""

    def test_an_age_range(self, nlp: Language) -> None:
        text = "Five people between the ages of 17 and 45 were wounded in the shooting in Flint."
        assert counted(nlp, text) == [(5, "wounded")]

    def test_aged_from_to(self, nlp: Language) -> None:
        text = "Police in Durban said three men aged 20 to 34 were shot dead at a tavern."
        assert counted(nlp, text) == [(3, "killed")]

    def test_age_after_a_singular_noun(self, nlp: Language) -> None:
        text = "A constable was injured in Kandhamal. The constable, 31, was flown to Cuttack."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_father_of_three(self, nlp: Language) -> None:
        text = "The driver, a father of three, was killed when the convoy was ambushed near Yei."
        assert counted(nlp, text) == [(1, "killed")]


class TestBreakdownAfterAComma:
    """6. "The four wounded, three men and a woman, ...": a breakdown of a generic total."""

    def test_breakdown_of_the_wounded(self, nlp: Language) -> None:
        text = (
            "Police said six people were wounded. The six wounded, four men and two women, "
            "were taken to hospitals in Baltimore."
        )
        df = table(nlp, text)
        assert counted(nlp, text) == [(6, "wounded"), (4, "wounded"), (2, "wounded")]
        totals = set(df[df["count"] == 6]["figure_id"])  # the restated six or its first mention
        parts = df[df["count"] < 6]["part_of"].tolist()
        assert len(parts) == 2 and parts[0] == parts[1] and parts[0] in totals

    def test_a_list_after_a_specific_noun_is_no_breakdown(self, nlp: Language) -> None:
        text = "Five soldiers, two civilians and a child were killed near Kadugli."
        df = table(nlp, text)
        assert df["part_of"].isna().all()
        assert counted(nlp, text) == [(5, "killed"), (2, "killed"), (1, "killed")]


class TestTwoOutcomes:
    """2/8. One group with two outcomes is counted under both; "shot and killed" is killed."""

    def test_kidnapped_and_killed(self, nlp: Language) -> None:
        text = "Two health workers were kidnapped and killed by gunmen near Kidal on Friday."
        assert sorted(counted(nlp, text)) == [(2, "kidnapped"), (2, "killed")]

    def test_seized_then_shot_them(self, nlp: Language) -> None:
        text = (
            "Gang members seized four drivers, beat them and shot them dead in Croix-des-Bouquets."
        )
        assert sorted(counted(nlp, text)) == [(4, "kidnapped"), (4, "killed")]

    def test_two_groups_are_not_twins(self, nlp: Language) -> None:
        text = "Dozens of civilians were reported killed and about 30 men were detained in Ouallam."
        assert counted(nlp, text) == [(None, "killed"), (30, "detained")]

    def test_shot_and_killed_is_killed_only(self, nlp: Language) -> None:
        assert counted(nlp, "Nine miners were shot and killed near Marsabit.") == [(9, "killed")]


class TestOutcomeNextToTheNumber:
    """2. Headline tolls and "the bodies of": the word next to the people decides."""

    def test_dead_and_hurt_in_a_headline(self, nlp: Language) -> None:
        text = (
            "Tanker blast on Lagos highway: 4 dead, 13 hurt\n"
            "Four motorists died and thirteen other people were injured when a fuel tanker "
            "exploded on the Otedola bridge on Tuesday, emergency officials said."
        )
        assert counted(nlp, text) == [(4, "killed"), (13, "wounded")]

    def test_bodies_of_people_who_went_missing(self, nlp: Language) -> None:
        text = "The bodies of four miners, who went missing on Friday, were found near Geita."
        assert counted(nlp, text) == [(4, "killed")]

    def test_a_part_with_a_copula_takes_the_total(self, nlp: Language) -> None:
        text = "Eleven people were killed in Gode; three of them were children."
        assert counted(nlp, text) == [(11, "killed"), (3, "killed")]

    def test_one_of_them_with_another_verb_is_no_casualty(self, nlp: Language) -> None:
        text = (
            "A crowd beat three suspected thieves to death in Kano after one of them was "
            "caught with a stolen phone."
        )
        assert counted(nlp, text) == [(3, "killed")]


class TestVagueAndMissing:
    """9. Vague counts ("several", "an unknown number of") and people still missing."""

    def test_several_families_forced_to_flee(self, nlp: Language) -> None:
        text = "Shelling went on overnight, and several families were forced to flee Tarhuna."
        assert counted(nlp, text) == [(None, "displaced")]

    def test_an_unknown_number(self, nlp: Language) -> None:
        df = table(nlp, "Gunmen abducted an unknown number of passengers near Gusau.")
        assert counted(nlp, "Gunmen abducted an unknown number of passengers near Gusau.") == [
            (None, "kidnapped")
        ]
        assert not df["implicit"].any()

    def test_along_with_several(self, nlp: Language) -> None:
        text = "Police said 30 protesters were killed in Khartoum, along with several officers."
        assert counted(nlp, text) == [(30, "killed"), (None, "killed")]

    def test_trapped_under_the_rubble(self, nlp: Language) -> None:
        text = "Rescuers said three people could still be trapped under the rubble in Dnipro."
        assert counted(nlp, text) == [(3, "missing")]

    def test_trapped_in_a_city_is_no_casualty(self, nlp: Language) -> None:
        assert counted(nlp, "Thousands of civilians are trapped in the besieged city.") == []


class TestPartsAndMisparses:
    """6. More parts of a toll; 1. victims a misparse would add."""

    def test_parallel_members(self, nlp: Language) -> None:
        text = (
            "Fourteen people died in the clash near Malakal. "
            "Witnesses said 9 of the dead were soldiers and five were civilians."
        )
        df = table(nlp, text)
        assert counted(nlp, text) == [(14, "killed"), (9, "killed"), (5, "killed")]
        assert df["part_of"].tolist()[1:] == [0, 0]

    def test_a_second_object_is_a_misparse(self, nlp: Language) -> None:
        text = (
            "A roadside bomb killed a policeman and wounded two of his colleagues at a "
            "checkpoint outside Jowhar on Saturday morning, a regional police officer, "
            "Capt. Ali Hassan, told local radio."
        )
        assert counted(nlp, text) == [(1, "killed"), (2, "wounded")]

    def test_a_victim_with_its_own_clause(self, nlp: Language) -> None:
        text = (
            "Five people were killed in the raid on Lokichogio. A herder who was shot in the "
            "arm is being treated at the district hospital."
        )
        assert counted(nlp, text) == [(5, "killed"), (1, "wounded")]

    def test_dead_and_hurt_joined_by_the_parse(self, nlp: Language) -> None:
        text = (
            "3 dead, 12 hurt in Mombasa bar attack\n"
            "MOMBASA: Three people were killed and twelve others were injured when a grenade "
            "was thrown into a bar on Saturday night."
        )
        assert counted(nlp, text) == [(3, "killed"), (12, "wounded")]


class TestObjectsOfKilling:
    """3. The object of a killing is a victim; "lost" counts people, not tanks."""

    def test_lynched_a_thief(self, nlp: Language) -> None:
        assert counted(nlp, "Residents lynched a suspected thief in Mzuzu.") == [(1, "killed")]

    def test_the_village_head_and_his_wife(self, nlp: Language) -> None:
        text = "Gunmen killed the village head and his wife in Bukkuyum."
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_unit_lost_men(self, nlp: Language) -> None:
        text = "The 4th Brigade lost 12 men in the fighting near Bakhmut."
        assert counted(nlp, text) == [(12, "killed")]

    def test_lost_vehicles_are_no_casualty(self, nlp: Language) -> None:
        assert counted(nlp, "The battalion lost 3 helicopters and 9 trucks near Kupiansk.") == []

    def test_a_part_that_is_the_object_of_its_own_verb(self, nlp: Language) -> None:
        text = "Militants abducted 20 women in Borno and later killed five of them."
        assert counted(nlp, text) == [(20, "kidnapped"), (5, "killed")]


class TestArticleWording:
    """5/7. Wording of full articles: datelines, quotes that restate, months before counts."""

    def test_a_dateline_is_no_part_of_the_victim(self, nlp: Language) -> None:
        text = "LEEDS - A 16-year-old boy was stabbed to death in Harehills on Sunday, police said."
        df = table(nlp, text)
        assert df["figure"].tolist() == ["A 16-year-old boy"]

    def test_a_family_lost_a_son_is_no_new_victim(self, nlp: Language) -> None:
        text = (
            "A 16-year-old boy was stabbed to death in Harehills on Sunday. "
            '"A family has lost a son tonight," the inspector said.'
        )
        assert counted(nlp, text) == [(1, "killed")]

    def test_a_count_after_a_month(self, nlp: Language) -> None:
        text = "In June two brothers were wounded in a drive-by shooting in Kingston."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_a_day_after_a_month(self, nlp: Language) -> None:
        assert counted(nlp, "On June 14 people gathered in the square in Kingston.") == []


class TestDoersAndObjects:
    """8. Who did it is no victim; a shared object takes the first verb's outcome."""

    def test_the_doer_in_a_relative_clause(self, nlp: Language) -> None:
        text = "The man who killed two guards in Maiduguri was arrested on Friday."
        assert sorted(counted(nlp, text)) == [(1, "detained"), (2, "killed")]

    def test_arrested_and_charged(self, nlp: Language) -> None:
        assert counted(nlp, "Police in Eldoret arrested and charged three men.") == [
            (3, "detained")
        ]

    def test_a_deal_is_not_killed(self, nlp: Language) -> None:
        assert counted(nlp, "The vote killed the ceasefire deal, analysts in Juba said.") == []


class TestLocalNewsShootings:
    """2. How local news says wounded and killed: suffered a wound, grazed, fatally shot."""

    def test_suffered_a_gunshot_wound(self, nlp: Language) -> None:
        text = "A 25-year-old man suffered a gunshot wound to the leg on Vine Street in Cincinnati."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_a_man_with_gunshot_wounds(self, nlp: Language) -> None:
        text = "Officers found a man with multiple gunshot wounds in a car in Dayton."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_grazed_and_struck(self, nlp: Language) -> None:
        text = (
            "A woman was grazed by a bullet and three people were struck by gunfire "
            "outside a bar in Tulsa."
        )
        assert sorted(counted(nlp, text)) == [(1, "wounded"), (3, "wounded")]

    def test_hit_by_a_stray_bullet(self, nlp: Language) -> None:
        text = "A teenage girl was hit by a stray bullet while sleeping in Kingston."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_fatally_shot_and_shot_to_death(self, nlp: Language) -> None:
        text = (
            "A 19-year-old was fatally shot in Gary on Saturday, and a man was found shot "
            "to death in his car in Hammond on Sunday."
        )
        assert counted(nlp, text) == [(1, "killed"), (1, "killed")]

    def test_hospitalized(self, nlp: Language) -> None:
        text = "One person died and three were hospitalized after the shooting in Mobile."
        assert counted(nlp, text) == [(1, "killed"), (3, "wounded")]

    def test_the_toll_put_by_an_investigation_is_no_victim(self, nlp: Language) -> None:
        text = "A UN investigation later put the toll at 85 people in Kalemie."
        assert counted(nlp, text) == [(85, "killed")]

    def test_a_visitor_of_the_wounded_is_no_victim(self, nlp: Language) -> None:
        text = "Governor Ada Obi visited the wounded in Enugu on Sunday."
        assert counted(nlp, text) == []

    def test_victims_of_two_settings_are_two_figures(self, nlp: Language) -> None:
        text = "A guard was killed in Gao on Monday and a nurse was killed in Kidal on Friday."
        assert counted(nlp, text) == [(1, "killed"), (1, "killed")]


class TestBracketedTotal:
    """5. "(ten in all)" is the total of the figures before it."""

    def test_in_all(self, nlp: Language) -> None:
        df = table(nlp, "Six soldiers and four civilians (ten in all) were killed near Gao.")
        assert list(zip(df["count"], df["part_of"].fillna(-1), strict=True)) == [
            (6, 2), (4, 2), (10, -1),
        ]  # fmt: skip
        assert pd.isna(df["group"].iloc[2])

    def test_a_different_sum_is_another_figure(self, nlp: Language) -> None:
        df = table(nlp, "Twelve people were killed (18 in all, residents said) in Mopti.")
        assert df["part_of"].isna().all()
