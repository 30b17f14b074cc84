"""Issue 13, set 10's sentence-level categories: ages, names, ordinals, surrender, not found.

The tenth held-out set's failures were read as general categories; every sentence here is
written for these tests and set in other places (Colombia, Mali, Nigeria, Somalia,
Pakistan, Philippines, Cameroon, Haiti, Mexico, Kenya, Sudan, Honduras, Myanmar). The tests
named "stays" guard against a rule reaching too far; of the others, a few already came out
right before their rule (the parse varies with the words), and stay as tests of the category.
"""

from extraction_helpers import counted
from spacy.language import Language


class TestAgesAreNoTolls:
    """1. An age closing a clause after a name, or said of one person by "is"/"was"."""

    def test_an_age_ending_the_sentence(self, nlp: Language) -> None:
        text = "Police in Cap-Haitien named the dead as Jean Pierre, 51, and his son Marc, 19."
        assert counted(nlp, text) == []

    def test_an_age_ending_the_sentence_after_a_toll(self, nlp: Language) -> None:
        text = (
            "Two men were shot dead in Tumaco on Friday. The dead were named as Jhon Rivas, "
            "42, and his cousin Wilmer, 35."
        )
        assert counted(nlp, text) == [(2, "killed")]

    def test_ages_of_a_list_after_a_colon(self, nlp: Language) -> None:
        text = (
            "Two soldiers died in the ambush near Kidal: Sergeant Moussa Traore, 29, and "
            "Corporal Ali Maiga, 24."
        )
        assert counted(nlp, text) == [(2, "killed")]

    def test_who_is_with_a_number(self, nlp: Language) -> None:
        text = (
            "Five people were wounded in the blast in Quetta, police said, among them the "
            "rickshaw driver, who is 52."
        )
        assert (52, "wounded") not in counted(nlp, text)
        assert (5, "wounded") in counted(nlp, text)

    def test_who_was_with_a_number(self, nlp: Language) -> None:
        text = "Three people were injured in Cucuta, among them a shopkeeper who was 63."
        assert (63, "wounded") not in counted(nlp, text)

    def test_a_toll_after_were_stays(self, nlp: Language) -> None:
        text = "Police in Mopti said the dead were 31, most of them fishermen."
        assert counted(nlp, text) == [(31, "killed")]

    def test_a_count_ending_the_sentence_stays(self, nlp: Language) -> None:
        text = "The attack on the market in Maiduguri killed 12 people and injured 35."
        assert counted(nlp, text) == [(12, "killed"), (35, "wounded")]


class TestANameRenamesThePersonBeforeIt:
    """2. "his aide, Rogelio Tan, 44, and his driver, ...": each name is its role's person."""

    def test_two_roles_each_with_a_name_and_an_age(self, nlp: Language) -> None:
        text = (
            "His bodyguard, Abdi Warsame, 31, and his driver, Hassan Nur, 40, were wounded in "
            "the attack in Baidoa."
        )
        assert counted(nlp, text) == [(2, "wounded")]

    def test_a_secretary_and_a_driver_abducted(self, nlp: Language) -> None:
        text = (
            "The chairman's secretary, Fatima Bello, 33, and her driver, Musa Idris, 45, were "
            "abducted near Kaduna."
        )
        assert counted(nlp, text) == [(2, "kidnapped")]

    def test_an_officer_and_his_guard_killed(self, nlp: Language) -> None:
        text = (
            "A district officer, Rahim Khan, 50, and his guard, Gul Zaman, 27, were killed in "
            "the blast in Bannu."
        )
        assert counted(nlp, text) == [(2, "killed")]

    def test_two_roles_each_with_a_name(self, nlp: Language) -> None:
        text = (
            "A council member, Ahmed Farah, and his driver, Yusuf Omar, were wounded when "
            "gunmen fired on their car in Kismayo."
        )
        assert counted(nlp, text) == [(2, "wounded")]

    def test_a_named_role_and_a_kinsman(self, nlp: Language) -> None:
        text = "A local councillor, Pedro Ramos, and his son were shot dead at their farm in Cauca."
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_list_of_roles_stays_three(self, nlp: Language) -> None:
        text = "A captain, a sergeant and a nurse were killed in the shelling of Kidal."
        assert counted(nlp, text) == [(3, "killed")]


class TestOrdinalNewcomer:
    """3. "killed two ... and abducted a third": the ordinal is one more person."""

    def test_abducted_a_third(self, nlp: Language) -> None:
        text = "Gunmen shot dead two miners and abducted a third near Mubende, police said."
        assert counted(nlp, text) == [(2, "killed"), (1, "kidnapped")]

    def test_kidnapped_a_fifth(self, nlp: Language) -> None:
        text = "Militiamen killed four herders and kidnapped a fifth near the border with Chad."
        assert counted(nlp, text) == [(4, "killed"), (1, "kidnapped")]

    def test_detained_a_third(self, nlp: Language) -> None:
        text = (
            "Soldiers arrested two smugglers at the checkpoint in Sittwe and detained a third "
            "the next day."
        )
        assert counted(nlp, text) == [(2, "detained"), (1, "detained")]

    def test_a_third_hit_on_the_head(self, nlp: Language) -> None:
        text = (
            "Two protesters were injured in Tegucigalpa and a third was hit on the head by a baton."
        )
        assert counted(nlp, text) == [(2, "wounded"), (1, "wounded")]

    def test_waited_a_second_stays_nobody(self, nlp: Language) -> None:
        assert counted(nlp, "He waited a second in Juba and then ran.") == []

    def test_the_third_soldier_stays_out(self, nlp: Language) -> None:
        text = "Two soldiers were killed near Gao; the third soldier survived unhurt."
        assert counted(nlp, text) == [(2, "killed")]


class TestTheKillerTurnsHimselfIn:
    """4. A killer who "turned himself in" after his deed is detained too."""

    def test_shot_dead_his_wife_and_turned_himself_in(self, nlp: Language) -> None:
        text = (
            "A 52-year-old man shot dead his wife at their home in Naivasha on Sunday and "
            "later turned himself in, police said."
        )
        assert counted(nlp, text) == [(1, "killed"), (1, "detained")]

    def test_a_soldier_killed_two_colleagues(self, nlp: Language) -> None:
        text = (
            "A soldier killed two colleagues at the barracks in Bamenda and turned himself "
            "in to military police."
        )
        assert counted(nlp, text) == [(2, "killed"), (1, "detained")]

    def test_a_guard_shot_dead_a_trader(self, nlp: Language) -> None:
        text = (
            "A security guard shot dead a trader outside a bank in Hermosillo and then "
            "turned himself in."
        )
        assert counted(nlp, text) == [(1, "killed"), (1, "detained")]

    def test_a_killer_who_fled_stays_free(self, nlp: Language) -> None:
        text = "A gunman shot dead a trader outside a bank in Hermosillo and fled."
        assert counted(nlp, text) == [(1, "killed")]


class TestRecaptured:
    """5. Escapees "recaptured" are held again: detained."""

    def test_two_inmates_recaptured(self, nlp: Language) -> None:
        text = "Two inmates were recaptured after a failed escape from the prison in Kisumu."
        assert counted(nlp, text) == [(2, "detained")]

    def test_soldiers_recaptured_three_prisoners(self, nlp: Language) -> None:
        text = "Soldiers recaptured three escaped prisoners near Kousseri on Monday."
        assert counted(nlp, text) == [(3, "detained")]

    def test_fourteen_of_the_escapees(self, nlp: Language) -> None:
        text = "Police said 14 escaped convicts had been recaptured in Port-au-Prince."
        assert counted(nlp, text) == [(14, "detained")]

    def test_a_recaptured_town_stays_nobody(self, nlp: Language) -> None:
        text = "The army recaptured the town of Bunagana and two villages on Tuesday."
        assert counted(nlp, text) == []


class TestNotFoundIsMissing:
    """6. A person who "has not been found" is missing; a thing or a verdict is not."""

    def test_his_brother_has_not_been_found(self, nlp: Language) -> None:
        text = (
            "The body of a fisherman was found on a beach in Lamu, and his brother, who "
            "went to sea with him, has not been found."
        )
        assert (1, "missing") in counted(nlp, text)

    def test_two_fishermen_have_not_been_found(self, nlp: Language) -> None:
        text = "Two fishermen have not been found since pirates attacked their boat off Eyl."
        assert counted(nlp, text) == [(2, "missing")]

    def test_a_shepherd_could_not_be_found(self, nlp: Language) -> None:
        text = "A shepherd could not be found after the raid on the village near Geneina."
        assert counted(nlp, text) == [(1, "missing")]

    def test_a_weapon_not_found_stays_nobody(self, nlp: Language) -> None:
        assert counted(nlp, "The weapon used in the attack in Zamboanga has not been found.") == []

    def test_not_found_guilty_stays_nobody(self, nlp: Language) -> None:
        assert counted(nlp, "The suspect was not found guilty of murder in Cebu.") == []


class TestAlongWith:
    """7. "was shot dead along with her husband": the companion is a victim too."""

    def test_shot_dead_along_with_her_husband(self, nlp: Language) -> None:
        text = (
            "A barangay councilor was shot dead along with her husband while tending their "
            "rice field in Iloilo."
        )
        assert counted(nlp, text) == [(2, "killed")]

    def test_abducted_along_with_his_wife(self, nlp: Language) -> None:
        text = "A trader was abducted along with his wife on the road to Kaduna."
        assert counted(nlp, text) == [(2, "kidnapped")]

    def test_a_nurse_along_with_her_brother(self, nlp: Language) -> None:
        text = "A nurse was shot dead along with her brother at a checkpoint near Kidal."
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_numbered_companion_stays_its_own_figure(self, nlp: Language) -> None:
        text = "A village chief was killed along with his two sons in an attack near Beni."
        assert counted(nlp, text) == [(1, "killed"), (2, "killed")]

    def test_the_doers_companions_stay_out(self, nlp: Language) -> None:
        text = "The commander, along with his men, killed a farmer near Gao."
        assert counted(nlp, text) == [(1, "killed")]


class TestASubjectParsedAsAnObject:
    """8. "detained 14 men and two constables were injured": the constables are hurt."""

    def test_constables_injured_after_arrests(self, nlp: Language) -> None:
        text = (
            "Police arrested 14 men and two constables were injured when a crowd attacked the "
            "station in Lahore."
        )
        assert counted(nlp, text) == [(14, "detained"), (2, "wounded")]

    def test_soldiers_injured_after_arrests(self, nlp: Language) -> None:
        text = "Troops arrested 30 youths and four soldiers were injured in the clashes in Bamako."
        assert counted(nlp, text) == [(30, "detained"), (4, "wounded")]

    def test_policemen_wounded_after_detentions(self, nlp: Language) -> None:
        text = (
            "Security forces detained 40 people and five policemen were wounded in the riot in "
            "Karachi."
        )
        assert counted(nlp, text) == [(40, "detained"), (5, "wounded")]

    def test_two_detained_groups_stay_detained(self, nlp: Language) -> None:
        text = "Police detained 37 people and six officers at the scene in Lahore."
        assert counted(nlp, text) == [(37, "detained"), (6, "detained")]
