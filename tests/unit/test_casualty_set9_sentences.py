"""Issue 13, set 9's sentence-level categories: lists, headlines, captives, rubble, ages.

The ninth held-out set's failures were read as general categories; every sentence here is
written for these tests and set in other places (Cameroon, Mozambique, Sudan, Somalia,
Burkina Faso, Colombia, Pakistan, Haiti, Syria, Kenya, Nigeria, Yemen). Each test that gives
its rule's case failed on the code before the rule; the others (most of them named "stays")
guard against a rule reaching too far.
"""

from extraction_helpers import counted, table
from spacy.language import Language


class TestOthersBesidesTheDead:
    """1. "besides him, N were injured": the dead man is not one of the N."""

    def test_besides_him_keeps_the_wounded_count(self, nlp: Language) -> None:
        text = (
            "A 45-year-old trader who was injured in the riots in Jos died in hospital on "
            "Friday. Besides him, 17 people were injured in the violence, police said."
        )
        assert counted(nlp, text) == [(1, "killed"), (17, "wounded")]

    def test_a_wounded_soldier_who_died_stays_one_of_the_six(self, nlp: Language) -> None:
        text = (
            "Six people were injured in the blast in Mogadishu. A wounded soldier died in "
            "hospital on Monday."
        )
        assert counted(nlp, text) == [(5, "wounded"), (1, "killed")]

    def test_two_of_the_injured_stay_out_of_five_others(self, nlp: Language) -> None:
        text = (
            "A man died and five other people were injured in the attack on Bossaso. Two of "
            "the injured died later in hospital."
        )
        assert counted(nlp, text) == [(1, "killed"), (3, "wounded"), (2, "killed")]


class TestUnlikeVictimsListedAfterANumber:
    """2. Singular victims after a numbered group they cannot rename are one implicit pair."""

    def test_a_priest_and_a_guard_after_twelve_officers(self, nlp: Language) -> None:
        text = (
            "Militants stormed a checkpoint near Mocimboa da Praia, killing 12 soldiers, "
            "a village elder and a nurse."
        )
        assert counted(nlp, text) == [(12, "killed"), (2, "killed")]

    def test_a_teacher_and_his_son_after_eight_farmers(self, nlp: Language) -> None:
        text = "Raiders killed eight farmers, a teacher and his son in Kajuru."
        assert counted(nlp, text) == [(8, "killed"), (2, "killed")]

    def test_a_list_as_long_as_the_number_stays_a_renaming(self, nlp: Language) -> None:
        text = "The shelling killed two people, a baker and his wife, in Omdurman."
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_list_of_all_the_dead_stays_a_renaming(self, nlp: Language) -> None:
        text = (
            "Gunmen shot dead four members of a family, a man of 70, his sister-in-law, "
            "his nephew and a 12-year-old girl, in Jamundi."
        )
        assert (1, "killed") not in counted(nlp, text)

    def test_a_list_with_its_own_number_stays_a_breakdown(self, nlp: Language) -> None:
        text = "The blast wounded nine people, a policeman and eight pupils, in Garissa."
        assert (1, "wounded") not in counted(nlp, text)

    def test_a_part_after_among_them_adds_no_pair(self, nlp: Language) -> None:
        text = "The army said it killed 40 militants, a local commander among them."
        assert counted(nlp, text)[0] == (40, "killed")
        assert (2, "killed") not in counted(nlp, text)


class TestHeadlinePairs:
    """Headline pairs: each number takes the state word after it, not its neighbour's."""

    def test_one_dead_four_hurt(self, nlp: Language) -> None:
        text = "One dead, four hurt as soldiers fire on traders in Bamenda"
        assert counted(nlp, text) == [(1, "killed"), (4, "wounded")]

    def test_two_dead_one_hurt_stays(self, nlp: Language) -> None:
        text = "Two dead, one hurt in Kisumu shooting"
        assert counted(nlp, text) == [(2, "killed"), (1, "wounded")]

    def test_someone_dies_and_two_guards_hurt(self, nlp: Language) -> None:
        text = "Prisoner dies, three warders hurt in Kamiti jail riot"
        assert counted(nlp, text) == [(3, "wounded")]

    def test_aged_victim_killed_and_three_hurt(self, nlp: Language) -> None:
        text = "Girl, 9, killed and three hurt in Kaya market blast"
        assert counted(nlp, text) == [(1, "killed"), (3, "wounded")]

    def test_shot_and_killed_stays_killed(self, nlp: Language) -> None:
        text = "Four traders were shot and killed in the market in Kaya."
        assert counted(nlp, text) == [(4, "killed")]

    def test_wounded_soldiers_who_died_stay_killed(self, nlp: Language) -> None:
        text = "Three wounded soldiers died in hospital in Djibo."
        assert counted(nlp, text) == [(3, "killed")]


class TestDetentionWordings:
    """6. "taken captive" is held like the captured: a detained row."""

    def test_a_general_taken_captive(self, nlp: Language) -> None:
        text = (
            "Officials said 14 soldiers were killed and a general was taken captive; the "
            "rebels freed him days later."
        )
        assert counted(nlp, text) == [(14, "killed"), (1, "detained")]

    def test_a_colonel_taken_captive(self, nlp: Language) -> None:
        text = "A colonel was taken captive when the garrison at Kutum fell."
        assert counted(nlp, text) == [(1, "detained")]

    def test_general_as_an_adjective_stays_no_person(self, nlp: Language) -> None:
        text = "The general public was not affected, police in Mombasa said."
        assert counted(nlp, text) == []


class TestWoundedOnlyWhenSaid:
    """7. "hacked with a machete" is wounded when the victim lives; "hacked to death" kills."""

    def test_hacked_with_a_machete(self, nlp: Language) -> None:
        text = "A guard was hacked with a machete during the raid on a farm near Beni."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_hacked_to_death_stays_killed(self, nlp: Language) -> None:
        text = "Two herders were hacked to death near Bokkos."
        assert counted(nlp, text) == [(2, "killed")]

    def test_one_hacked_to_death_another_hacked_and_alive(self, nlp: Language) -> None:
        text = "A farmer was hacked to death and a cook was hacked with a cleaver in Kajuru."
        assert counted(nlp, text) == [(1, "killed"), (1, "wounded")]


class TestMissingUnderRubble:
    """5. People who "remained under the rubble" are missing until they are found."""

    def test_remained_under_the_rubble(self, nlp: Language) -> None:
        text = "Civil defence workers said four residents remained under the rubble in Idlib."
        assert counted(nlp, text) == [(4, "missing")]

    def test_still_unaccounted_for_stays_missing(self, nlp: Language) -> None:
        text = "Three fishermen were still unaccounted for after the attack off Kismayo."
        assert counted(nlp, text) == [(3, "missing")]


class TestNumbersThatAreNotTolls:
    """8. Ages written in words after "aged", and the people of a "by" phrase (the doers)."""

    def test_ages_in_words_after_aged(self, nlp: Language) -> None:
        text = "Two children aged seven and eleven were wounded by shrapnel in Taiz."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_ages_in_figures_after_aged(self, nlp: Language) -> None:
        text = "Three men aged 21, 25 and 30 were arrested in Port-au-Prince."
        assert counted(nlp, text) == [(3, "detained")]

    def test_the_attackers_of_a_by_phrase(self, nlp: Language) -> None:
        text = "A shopkeeper was shot dead and his son was wounded by three gunmen in Quetta."
        assert counted(nlp, text) == [(1, "killed"), (1, "wounded")]

    def test_numbered_doers_of_a_killing(self, nlp: Language) -> None:
        text = "Four villagers were killed by 20 armed men, the mayor of Tibu said."
        assert counted(nlp, text) == [(4, "killed")]

    def test_a_toll_beside_a_by_phrase_stays(self, nlp: Language) -> None:
        text = "Two soldiers were killed and three wounded by a roadside bomb near Dori."
        assert counted(nlp, text) == [(2, "killed"), (3, "wounded")]

    def test_offsets_of_the_pair_give_back_its_words(self, nlp: Language) -> None:
        text = "Raiders killed eight farmers, a teacher and his son in Kajuru."
        df = table(nlp, text)
        pair = df[df["implicit"].fillna(False).astype(bool)].iloc[0]
        assert text[int(pair["start"]) : int(pair["end"])] == "a teacher and his son"


class TestTheGapBetweenTwoFigures:
    """A number that says how far one toll is from another is no toll of its own."""

    def test_more_than_another_count(self, nlp: Language) -> None:
        text = (
            "Residents of Kalehe said 23 villagers were killed in the raid, "
            "four more than the toll given by the provincial governor."
        )
        assert counted(nlp, text) == [(23, "killed")]

    def test_fewer_than_first_reported(self, nlp: Language) -> None:
        text = "Officials counted nine dead, two fewer than first reported by local radio."
        assert counted(nlp, text) == [(9, "killed")]

    def test_more_victims_are_a_toll(self, nlp: Language) -> None:
        text = "The rebels killed 17 soldiers on Sunday. Six more were killed on Monday."
        assert counted(nlp, text) == [(17, "killed"), (6, "killed")]
