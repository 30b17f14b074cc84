"""Issue 13, set 8's document-level categories: recalled incidents and ordinal updates.

The eighth held-out set's full articles recall an older incident with its own toll in
every article, and give an update as the newest victim's ordinal ("A third person has
died"), and set their toll against last year's ("compared with 51 at the same point
last year"). Every text here is written for these tests and set in other places (Chile,
Ghana, Belgium, New Zealand, Colombia, Zambia, Portugal, Senegal). A reader who drops
the rows with `repeat_of` set must see each toll once; the tests named "stays" guard
against a rule reaching too far.
"""

from collections import Counter

from extraction_helpers import current
from spacy.language import Language


class TestRecalledIncident:
    """4. An older incident recalled in the body keeps its rows, whatever its counts."""

    def test_recalled_wounded_of_the_same_count(self, nlp: Language) -> None:
        text = (
            "Taxi driver shot dead in Valparaíso\n"
            "VALPARAÍSO — A taxi driver was shot dead and two passengers were hurt at a "
            "rank near the port on Friday night, police said.\n"
            "The rank has a violent past. In May 2021, a 19-year-old vendor was stabbed to death "
            "at the same corner, and two teenagers were injured by the same attackers."
        )
        assert current(nlp, text)[(2, "wounded")] == 2

    def test_last_fatal_shooting_in_a_year(self, nlp: Language) -> None:
        text = (
            "Man killed outside Antwerp café\n"
            "ANTWERP — A man was shot dead outside a café in the Borgerhout district on "
            "Saturday evening, prosecutors said.\n"
            "Shootings are rare in the district: the last fatal one was in 2019, when a "
            "24-year-old bouncer was killed at a nightclub on the same street."
        )
        assert current(nlp, text)[(1, "killed")] == 2

    def test_rest_of_the_paragraph_is_the_same_incident(self, nlp: Language) -> None:
        text = (
            "Two killed in Kitwe bar brawl\n"
            "KITWE — Two men were killed and two others were arrested after a fight at a "
            "bar in Chimwemwe on Sunday, police said.\n"
            "In March, a guard was beaten to death at a tavern nearby. Two brothers were "
            "arrested a week later. Both were charged with murder."
        )
        counts = current(nlp, text)
        assert counts[(2, "detained")] == 2  # the story's two, the recalled incident's two
        assert counts[(1, "killed")] == 1

    def test_recalled_vague_injured_keep_their_row(self, nlp: Language) -> None:
        text = (
            "Protester killed in Kumasi\n"
            "KUMASI — A protester was shot dead and two others were wounded when police "
            "dispersed a march in Kumasi on Tuesday, a hospital official said.\n"
            "The city saw deadly protests before: in 2018, a student was killed and "
            "several residents were injured during a police operation."
        )
        assert current(nlp, text)[(None, "wounded")] == 1

    def test_the_storys_restatement_stays_one_row(self, nlp: Language) -> None:
        text = (
            "Two killed in Auckland shooting\n"
            "AUCKLAND — Two men were killed in a shooting at a house in Otara on Sunday "
            "night, police said.\n"
            "Officers found the two men dead in the driveway. Police said the shooting "
            "was targeted."
        )
        assert current(nlp, text) == Counter({(2, "killed"): 1})


class TestDeadToldOneByOne:
    """3. The dead of a body total told again group by group add no rows."""

    def test_men_and_a_woman_restate_the_six(self, nlp: Language) -> None:
        text = (
            "Six killed in Guayaquil bar attack\n"
            "GUAYAQUIL — Six people were shot dead when gunmen opened fire in a bar in the "
            "Guasmo district on Saturday night, police said.\n"
            "Witnesses said three men arrived on motorcycles. Five men and a woman died at "
            "the scene."
        )
        assert current(nlp, text) == Counter({(6, "killed"): 1})

    def test_two_victims_found_one_by_one(self, nlp: Language) -> None:
        text = (
            "Two students killed in Ghent\n"
            "GHENT — Two students were killed in a shooting near the university on Friday "
            "night, prosecutors said.\n"
            "Officers found a 19-year-old man dead on the pavement. A 20-year-old woman "
            "was found dead in a doorway nearby."
        )
        assert current(nlp, text) == Counter({(2, "killed"): 1})

    def test_a_victim_also_killed_stays_one_more(self, nlp: Language) -> None:
        text = (
            "Two killed in Ndola\n"
            "NDOLA — Two men were killed in a shooting at a market in Ndola on Friday, "
            "police said.\n"
            "A third man was wounded. A guard was also killed when he tried to stop the "
            "gunmen."
        )
        assert current(nlp, text)[(1, "killed")] == 1


class TestComparedTally:
    """2. A count set against last year's tally is no toll; the story's toll stays."""

    def test_compared_with_last_year(self, nlp: Language) -> None:
        text = (
            "Two men were shot dead in Lusaka on Saturday. The killings bring the number of "
            "murders in the city this year to 64, compared with 58 at the same point last year."
        )
        assert current(nlp, text) == Counter({(2, "killed"): 1})

    def test_down_from_at_this_time_last_year(self, nlp: Language) -> None:
        text = (
            "A guard was killed in a robbery in Accra on Monday. Police have recorded 19 "
            "robbery deaths so far this year, down from 27 at this time last year."
        )
        assert (27, "killed") not in current(nlp, text)

    def test_a_comparison_with_another_attack_stays(self, nlp: Language) -> None:
        text = "Two people were killed in Dakar on Sunday, against one in the attack last month."
        assert current(nlp, text)[(2, "killed")] == 1


class TestOrdinalUpdate:
    """1. "A third person has died" gives the toll now: n, replacing the figure of n - 1."""

    def test_third_person_has_died(self, nlp: Language) -> None:
        text = (
            "Third victim dies after Medellín shooting\n"
            "MEDELLÍN — A third person has died after a shooting at a bakery in the Robledo "
            "district on Saturday, police said on Monday.\n"
            "Two men were pronounced dead at the scene. A woman who was hit in the back "
            "died in hospital on Sunday night, a police spokesman said."
        )
        counts = current(nlp, text)
        assert counts[(3, "killed")] == 1
        assert counts[(2, "killed")] == 0

    def test_second_man_dies(self, nlp: Language) -> None:
        text = (
            "Second man dies after Porto nightclub stabbing\n"
            "PORTO — A second man has died after a stabbing outside a nightclub in the "
            "Ribeira area early on Saturday, police said on Sunday.\n"
            "One man, a 23-year-old student, died at the scene, a police spokeswoman said."
        )
        counts = current(nlp, text)
        assert counts[(2, "killed")] == 1

    def test_second_victim_in_the_telling_stays_one_more(self, nlp: Language) -> None:
        text = (
            "On 4 June 2024, a trader was burnt to death when rioters set fire to a market "
            "in Ziguinchor. A second man died of a gunshot wound, a hospital official said."
        )
        assert current(nlp, text) == Counter({(1, "killed"): 2})
