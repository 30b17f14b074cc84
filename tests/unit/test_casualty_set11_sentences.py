"""Issue 13, set 11's sentence-level categories: held, relative clauses, shared subjects.

The eleventh held-out set's failures were read as general categories; every sentence here
is written for these tests and set in other places (Kenya, Zimbabwe, Bangladesh, Burkina
Faso, Afghanistan, Ghana, Mali, Ukraine, Honduras, Nigeria, Uganda, Philippines, DR Congo,
Mexico, Somalia). The tests named "stays" guard against a rule reaching too far; a few
others already came out right before their rule and stay as tests of the category.
"""

from extraction_helpers import counted
from spacy.language import Language


class TestBeingHeld:
    """1. People "held" / "being held" are detained; "held" holds its own subject only."""

    def test_rioters_being_held(self, nlp: Language) -> None:
        text = "Police said 14 rioters were being held after the clashes in Nakuru."
        assert counted(nlp, text) == [(14, "detained")]

    def test_protesters_held_overnight(self, nlp: Language) -> None:
        text = "Nine protesters were held overnight in Bulawayo, their lawyer said."
        assert counted(nlp, text) == [(9, "detained")]

    def test_people_held_over_the_violence(self, nlp: Language) -> None:
        text = "Authorities in Sylhet said 30 people were being held over the violence."
        assert counted(nlp, text) == [(30, "detained")]

    def test_held_hostage_stays_kidnapped(self, nlp: Language) -> None:
        text = "Three guards were held hostage for several hours in the prison in Kandahar."
        assert counted(nlp, text) == [(3, "kidnapped")]

    def test_a_vigil_held_for_victims_stays_nobody(self, nlp: Language) -> None:
        text = "A vigil was held outside the mosque in Kano on Sunday for the two victims."
        assert counted(nlp, text) == []

    def test_people_held_before_the_strike_stay_nobody(self, nlp: Language) -> None:
        text = "A drone hit the detention centre in Misrata, where hundreds of migrants were being held."
        assert counted(nlp, text) == []

    def test_hostages_still_held_stay_kidnapped_once(self, nlp: Language) -> None:
        text = (
            "Five miners were abducted near Tarkwa; three of them were freed by police and "
            "the other two are still being held."
        )
        assert counted(nlp, text) == [(5, "kidnapped")]


class TestOutcomeInOwnRelativeClause:
    """2. "the driver, who was later arrested, told police ...": the clause is his outcome."""

    def test_a_driver_later_arrested(self, nlp: Language) -> None:
        text = (
            "A bus ploughed into a market stall in Kumasi, killing two traders; the driver, "
            "who was later arrested, told police his brakes had failed."
        )
        assert counted(nlp, text) == [(2, "killed"), (1, "detained")]

    def test_a_nurse_who_was_wounded(self, nlp: Language) -> None:
        text = (
            "A nurse who was wounded in the shelling of Kherson told reporters the shells "
            "fell for an hour."
        )
        assert counted(nlp, text) == [(1, "wounded")]

    def test_a_shopkeeper_who_was_shot(self, nlp: Language) -> None:
        text = (
            "A shopkeeper, who was shot in the leg during the robbery in San Pedro Sula, "
            "described the gunmen to police."
        )
        assert counted(nlp, text) == [(1, "wounded")]

    def test_one_of_them_a_girl_who_was_struck(self, nlp: Language) -> None:
        text = (
            "Four other people were wounded in Kampala, one of them a 17-year-old girl who "
            "was struck in the shoulder."
        )
        assert counted(nlp, text) == [(4, "wounded"), (1, "wounded")]

    def test_a_speaker_described_stays_nobody(self, nlp: Language) -> None:
        assert (
            counted(nlp, '"We ran," said Grace Achieng, 23, a trader who was hit in the arm.') == []
        )

    def test_the_woman_who_was_wounded_said_stays_nobody(self, nlp: Language) -> None:
        text = "The woman who was wounded, a nurse from Kaduna, said she had been standing there."
        assert counted(nlp, text) == []

    def test_a_mother_whose_son_was_killed_stays_out(self, nlp: Language) -> None:
        text = "A woman whose son was killed in the raid on Beni told reporters she wanted justice."
        assert (1, "killed") in counted(nlp, text)
        assert len(counted(nlp, text)) == 1

    def test_denied_by_the_main_clause_stays_nobody(self, nlp: Language) -> None:
        text = (
            "A fourth passenger who was taken to hospital had suffered a panic attack and was "
            "not injured, police in Leeds said."
        )
        assert counted(nlp, text) == []


class TestALaterVerbSharesTheSubject:
    """3. "fled but was arrested", "was rescued and is being treated", "and is missing"."""

    def test_the_second_attacker_escaped_but_was_arrested(self, nlp: Language) -> None:
        text = (
            "The first attacker was killed at the gate; the second attacker escaped but was "
            "arrested in Mombasa on Sunday."
        )
        assert counted(nlp, text) == [(1, "killed"), (1, "detained")]

    def test_rescued_and_treated_for_head_injuries(self, nlp: Language) -> None:
        text = (
            "A third suspect was rescued by officers and is being treated for head injuries "
            "at a hospital in Kano."
        )
        assert counted(nlp, text) == [(1, "wounded")]

    def test_freed_and_recovering_from_gunshot_wounds(self, nlp: Language) -> None:
        text = (
            "A fourth miner was freed by soldiers and is recovering from gunshot wounds in Tarkwa."
        )
        assert counted(nlp, text) == [(1, "wounded")]

    def test_ambushed_and_wounded(self, nlp: Language) -> None:
        text = "Two soldiers were ambushed near Gao and wounded."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_went_out_to_sea_and_is_missing(self, nlp: Language) -> None:
        text = "A fisherman went out to sea off Mombasa on Monday and is missing."
        assert counted(nlp, text) == [(1, "missing")]

    def test_left_the_camp_and_remain_missing(self, nlp: Language) -> None:
        text = "Two hikers left the camp near Bamyan on Friday and remain missing."
        assert counted(nlp, text) == [(2, "missing")]

    def test_inside_and_not_hurt_stays_nobody(self, nlp: Language) -> None:
        text = "Three children were inside the house in Soweto at the time and were not hurt."
        assert counted(nlp, text) == []

    def test_doers_who_fled_stay_nobody(self, nlp: Language) -> None:
        text = "Two gunmen entered the bank in Kisumu, took the cash and fled."
        assert counted(nlp, text) == []


class TestTheGroupTheyComeFrom:
    """4. "three members of one family": "one" counts the family, not another victim."""

    def test_members_of_one_family(self, nlp: Language) -> None:
        text = "Attackers killed three members of one family near Dori."
        assert counted(nlp, text) == [(3, "killed")]

    def test_relatives_of_one_village_chief(self, nlp: Language) -> None:
        text = "Soldiers killed six relatives of one village chief near Kidal."
        assert counted(nlp, text) == [(6, "killed")]

    def test_fighters_of_one_armed_group(self, nlp: Language) -> None:
        text = "Troops killed 12 fighters of one armed group near Beni."
        assert counted(nlp, text) == [(12, "killed")]

    def test_one_of_the_two_robbers_stays_one(self, nlp: Language) -> None:
        text = "One of the two robbers was beaten to death by a crowd in Karachi."
        assert counted(nlp, text) == [(1, "killed")]


class TestAnUnknownNumberAlone:
    """5. "abducting an unknown number" with no people after it is a vague figure."""

    def test_abducting_an_unknown_number(self, nlp: Language) -> None:
        text = (
            "Fighters raided a camp near Bunia, killing 12 people and abducting an unknown number."
        )
        assert counted(nlp, text) == [(12, "killed"), (None, "kidnapped")]

    def test_kidnapped_an_undetermined_number(self, nlp: Language) -> None:
        text = "Bandits stormed a school in Kebbi and kidnapped an undetermined number, the governor said."
        assert counted(nlp, text) == [(None, "kidnapped")]

    def test_captured_an_unknown_number(self, nlp: Language) -> None:
        text = "Troops killed 20 insurgents near Marawi and captured an unknown number."
        assert counted(nlp, text) == [(20, "killed"), (None, "detained")]

    def test_a_large_number_of_calls_stays_nobody(self, nlp: Language) -> None:
        text = "Police received a large number of calls after the blast in Quetta."
        assert counted(nlp, text) == []


class TestSomeOfThemFreed:
    """6. "rescued 17 of them": people freed from a toll are no part of it (no row)."""

    def test_the_navy_rescued_some_of_them(self, nlp: Language) -> None:
        text = "Pirates abducted 20 fishermen off Eyl; the navy rescued 17 of them on Tuesday."
        assert counted(nlp, text) == [(20, "kidnapped")]

    def test_soldiers_rescued_some_of_the_pupils(self, nlp: Language) -> None:
        text = "Bandits abducted 30 pupils in Kebbi; soldiers rescued 12 of them two days later."
        assert counted(nlp, text) == [(30, "kidnapped")]

    def test_killed_some_of_them_stays_killed(self, nlp: Language) -> None:
        text = "Gunmen abducted 20 women near Maiduguri and later killed five of them."
        assert counted(nlp, text) == [(20, "kidnapped"), (5, "killed")]

    def test_three_of_them_children_stays_a_part(self, nlp: Language) -> None:
        text = "Twelve people were killed in the attack near Djibo, three of them children."
        assert counted(nlp, text) == [(12, "killed"), (3, "killed")]
