"""Issue 13, set 7's document-level categories: updates, later deaths, parts, full articles.

The seventh held-out set's writer described its full-article misses in general words;
every text here is written for these tests, set in other places (the Bahamas, Jamaica,
Nigeria, Afghanistan, Benin, Mali, Kenya, Colombia, Pakistan). A reader who drops the rows
with `repeat_of` set must see each toll once. The tests that say what "stays" guard
against a rule reaching too far.
"""

from collections import Counter

from extraction_helpers import checked_table as rows
from extraction_helpers import current
from spacy.language import Language


class TestLedeAfterADateline:
    """4. A lede's victim right after "CITY, Country -" is parsed as the place's apposition."""

    def test_victim_and_wounded_after_city_and_country(self, nlp: Language) -> None:
        text = (
            "Shooting at a corner shop\n\nNASSAU, Bahamas - A 27-year-old man was killed and "
            "two other people were wounded when gunmen opened fire outside a shop late on "
            "Friday, police said."
        )
        assert current(nlp, text) == Counter({(1, "killed"): 1, (2, "wounded"): 1})

    def test_officer_after_city_and_country(self, nlp: Language) -> None:
        text = (
            "Shooting in Lagos\n\nLAGOS, Nigeria - A police officer was killed and three "
            "others were wounded when gunmen attacked a checkpoint in Lagos on Friday."
        )
        df = rows(nlp, text)
        officer = df[df["implicit"]]
        assert list(officer["figure"]) == ["A police officer"]
        assert list(officer["outcome"]) == ["killed"]

    def test_a_place_in_the_sentence_is_no_dateline(self, nlp: Language) -> None:
        text = "Police in Lagos, the commercial capital, said no one was hurt in the blast."
        assert current(nlp, text) == Counter()


class TestUpdatedTolls:
    """1. The latest total replaces the first; the later death is its part."""

    def test_raising_the_number_of_people_killed(self, nlp: Language) -> None:
        text = (
            "Gunmen killed six soldiers in an ambush near Karimama on Sunday. Four others "
            "were wounded. One of the wounded soldiers died on Monday at the military hospital "
            "in Parakou, raising the number of soldiers killed in the ambush to seven, a "
            "military source said."
        )
        assert current(nlp, text) == Counter(
            {(7, "killed"): 1, (1, "killed"): 1, (3, "wounded"): 1}
        )

    def test_the_later_death_is_a_part_of_the_update(self, nlp: Language) -> None:
        text = (
            "A bomb killed four traders at a cattle market in Gao on Friday and wounded nine. "
            "A wounded trader died on Saturday, bringing the number of people killed to five."
        )
        df = rows(nlp, text)
        latest = df[(df["count"] == 5) & (df["outcome"] == "killed")]["figure_id"].iloc[0]
        death = df[(df["count"] == 1) & (df["outcome"] == "killed")].iloc[0]
        assert death["part_of"] == latest
        assert current(nlp, text) == Counter(
            {(5, "killed"): 1, (1, "killed"): 1, (8, "wounded"): 1}
        )

    def test_a_number_of_people_killed_without_an_update_verb_stays(self, nlp: Language) -> None:
        text = (
            "Six people were killed in Gao on Friday. The number of people killed in the "
            "region this year rose to 140."
        )
        assert current(nlp, text)[(6, "killed")] == 1


class TestOrdinalNewcomer:
    """3. "A third soldier" after two wounded is one more person, not one of the two."""

    def test_a_third_soldier_died(self, nlp: Language) -> None:
        text = (
            "Two soldiers were wounded when their patrol hit a roadside bomb near Ghazni on "
            "Tuesday. A third soldier later died of his injuries, the ministry said."
        )
        assert current(nlp, text) == Counter({(2, "wounded"): 1, (1, "killed"): 1})

    def test_a_fourth_officer_was_killed(self, nlp: Language) -> None:
        text = (
            "Three police officers were wounded in the ambush near Mandera on Monday. A fourth "
            "officer was killed, the county commander said."
        )
        assert current(nlp, text) == Counter({(3, "wounded"): 1, (1, "killed"): 1})

    def test_a_second_dead_after_one_killed_comes_from_the_wounded(self, nlp: Language) -> None:
        text = (
            "One soldier was killed and two were wounded when the patrol was ambushed near "
            "Tame. A second soldier has died of his wounds, the army said."
        )
        assert current(nlp, text) == Counter({(1, "killed"): 2, (1, "wounded"): 1})

    def test_a_wounded_soldier_still_comes_from_the_wounded(self, nlp: Language) -> None:
        text = (
            "Two soldiers were wounded when their patrol hit a mine near Ghazni. A wounded "
            "soldier died in hospital on Wednesday."
        )
        assert current(nlp, text) == Counter({(1, "wounded"): 1, (1, "killed"): 1})


class TestVictimsToldOneByOne:
    """1. Victims told one by one are no repeat of one another."""

    def test_victims_after_a_named_group_stay(self, nlp: Language) -> None:
        text = (
            "Gunmen opened fire on a patrol in Nassau, wounding two soldiers. A woman, 34, was "
            "shot in the leg and a 19-year-old man was hit in the arm."
        )
        assert current(nlp, text) == Counter({(2, "wounded"): 1, (1, "wounded"): 2})

    def test_a_woman_is_not_a_man(self, nlp: Language) -> None:
        text = (
            "A man was shot dead in Spanish Town on Friday. A woman was shot dead in "
            "Old Harbour on Saturday."
        )
        assert current(nlp, text) == Counter({(1, "killed"): 2})


class TestImplicitPartsInAList:
    """2. A victim listed after a numbered part of a total is a part too."""

    def test_a_policeman_after_three_children(self, nlp: Language) -> None:
        text = (
            "Gunmen killed 11 people in Kunduz on Tuesday. Among the dead were three children "
            "and a traffic policeman who had been directing minibuses at the gate."
        )
        df = rows(nlp, text)
        total = df[df["count"] == 11]["figure_id"].iloc[0]
        policeman = df[df["implicit"]]
        assert list(policeman["group"]) == ["traffic policeman"]
        assert list(policeman["part_of"]) == [total]
        assert current(nlp, text) == Counter(
            {(11, "killed"): 1, (3, "killed"): 1, (1, "killed"): 1}
        )

    def test_a_nurse_after_two_pupils_including(self, nlp: Language) -> None:
        text = (
            "A bomb wounded 14 people at a bus stop in Maiduguri, including two pupils and "
            "a nurse on her way to work."
        )
        assert current(nlp, text) == Counter(
            {(14, "wounded"): 1, (2, "wounded"): 1, (1, "wounded"): 1}
        )

    def test_a_thing_in_the_list_is_no_victim(self, nlp: Language) -> None:
        text = (
            "Gunmen killed 11 people in Kunduz on Tuesday, including three children, and "
            "burned a school."
        )
        assert current(nlp, text) == Counter({(11, "killed"): 1, (3, "killed"): 1})

    def test_those_killed_included(self, nlp: Language) -> None:
        text = (
            "Nine people were killed when a truck bomb exploded at a checkpoint in Mogadishu. "
            "Those killed included a journalist and two soldiers, a police officer said."
        )
        df = rows(nlp, text)
        total = df[df["count"] == 9]["figure_id"].iloc[0]
        assert list(df[df["part_of"] == total]["count"]) == [1, 2]
        assert current(nlp, text) == Counter({(9, "killed"): 1, (1, "killed"): 1, (2, "killed"): 1})

    def test_those_hurt_included(self, nlp: Language) -> None:
        text = (
            "Eleven people were wounded when a bomb went off near a mosque in Peshawar. Those "
            "hurt included two children and a traffic policeman."
        )
        assert current(nlp, text) == Counter(
            {(11, "wounded"): 1, (2, "wounded"): 1, (1, "wounded"): 1}
        )

    def test_those_taken_included(self, nlp: Language) -> None:
        text = (
            "Gunmen abducted 20 students from a school in Kaduna. Those taken included three "
            "teachers, the state government said."
        )
        assert current(nlp, text) == Counter({(20, "kidnapped"): 1, (3, "kidnapped"): 1})


class TestWoundedAsTheyStand:
    """1. A wounded figure told after a death, as it stands now, is the wounded left."""

    def test_others_being_treated_after_the_death(self, nlp: Language) -> None:
        text = (
            "Police said six people had been killed in the attack on the bus station in "
            "Jalalabad. The toll was later revised to eight after two of the injured died. "
            "Fourteen others were being treated in hospital."
        )
        assert current(nlp, text) == Counter(
            {(8, "killed"): 1, (2, "killed"): 1, (14, "wounded"): 1}
        )

    def test_still_being_treated_after_the_death(self, nlp: Language) -> None:
        text = (
            "One of the wounded died overnight, the hospital said. Gunmen killed three "
            "traders at the market in Maiduguri on Monday. Five others are still being treated "
            "for gunshot wounds."
        )
        assert current(nlp, text)[(5, "wounded")] == 1

    def test_wounded_told_as_they_were_hit_still_lose_the_death(self, nlp: Language) -> None:
        text = (
            "A wounded miner died in hospital on Friday, police said. Four miners were shot "
            "dead on Wednesday and seven others were wounded in the attack near Tarkwa."
        )
        assert current(nlp, text) == Counter(
            {(1, "killed"): 1, (4, "killed"): 1, (6, "wounded"): 1}
        )


class TestQuotesRestateTheToll:
    """1. A quote tells the toll again in its own words: no new people."""

    def test_two_sons_in_a_quote(self, nlp: Language) -> None:
        text = (
            "Two men were shot dead outside a tavern in Soweto on Saturday, police said. "
            '"We have lost two sons in one night," said a neighbour who knew both families.'
        )
        df = rows(nlp, text)
        assert current(nlp, text) == Counter({(2, "killed"): 1})
        assert df["repeat_of"].notna().sum() == 1

    def test_curly_quotes(self, nlp: Language) -> None:
        text = (
            "Three traders were killed when gunmen attacked the market in Gao on Monday. "
            "\u201cThey murdered three fathers in front of their children,\u201d a trader said."
        )
        assert current(nlp, text) == Counter({(3, "killed"): 1})

    def test_a_toll_outside_a_quote_stays(self, nlp: Language) -> None:
        text = (
            "Two men were shot dead outside a tavern in Soweto on Saturday. Two sons of a "
            "local councillor were killed in Orlando on Sunday."
        )
        assert current(nlp, text)[(2, "killed")] == 2


class TestListsNamingTheVictims:
    """1. "The victims, two men and a woman," names the people of an earlier total."""

    def test_two_men_and_a_woman_are_the_three(self, nlp: Language) -> None:
        text = (
            "Three people were wounded in a shooting in Kingston on Friday. The victims, two "
            "men and a woman, were taken to hospital."
        )
        assert current(nlp, text) == Counter({(3, "wounded"): 1})

    def test_a_list_that_does_not_add_up_stays(self, nlp: Language) -> None:
        text = (
            "Five people were wounded in a shooting in Kingston on Friday. The victims, two "
            "men and a woman, were taken to hospital."
        )
        assert current(nlp, text)[(2, "wounded")] == 1

    def test_a_list_after_another_noun_stays(self, nlp: Language) -> None:
        text = (
            "Three people were wounded in a shooting in Kingston on Friday. Their relatives, "
            "two men and a woman, were arrested at the hospital."
        )
        assert current(nlp, text)[(3, "wounded")] == 1
        assert current(nlp, text)[(2, "detained")] == 1


class TestAWoundedVictimWhoDied:
    """1. "A rider who was among the wounded died": the death leaves the wounded figure."""

    def test_who_was_among_the_wounded(self, nlp: Language) -> None:
        text = (
            "Two people were killed and five wounded when a bomb exploded at a bus stop in "
            "Jos. A boda boda rider who was among the wounded died overnight."
        )
        assert current(nlp, text) == Counter(
            {(2, "killed"): 1, (1, "killed"): 1, (4, "wounded"): 1}
        )

    def test_who_was_among_the_dead_is_no_later_death(self, nlp: Language) -> None:
        text = (
            "Two people were killed and five wounded when a bomb exploded at a bus stop in "
            "Jos. A trader who was among the dead had closed his stall minutes earlier."
        )
        assert current(nlp, text)[(5, "wounded")] == 1


class TestShotKillingSome:
    """1. "shot four people, killing two" is four shot, two fatally."""

    def test_shot_four_killing_two(self, nlp: Language) -> None:
        text = (
            "Gunmen shot four people in a bar in Cuernavaca on Saturday, killing two. The two "
            "survivors are being treated at a local hospital."
        )
        assert current(nlp, text) == Counter({(2, "killed"): 1, (2, "wounded"): 1})

    def test_killing_others_than_those_shot_stays(self, nlp: Language) -> None:
        text = (
            "Gunmen shot four people in a bar in Cuernavaca on Saturday. Hours later a bomb "
            "exploded in the market, killing two."
        )
        assert current(nlp, text) == Counter({(4, "wounded"): 1, (2, "killed"): 1})
