"""Issue 13, set 5's sentence-level categories: ages, doers, wounds, abductions, outcomes.

The fifth held-out set's writer described its misses in general words; every sentence
here is written for these tests and set in other places (Ireland, South Africa, Haiti,
DR Congo, Pakistan, Jamaica, Nigeria, Kashmir, Burkina Faso, Colombia). Each test failed
on the code before its rule; the tests that say what "stays" guard against a rule
reaching too far.
"""

from extraction_helpers import counted
from spacy.language import Language


class TestHeadlineAges:
    """5. An age in brackets after a person is no figure; the person is one implicit victim."""

    def test_an_age_in_brackets(self, nlp: Language) -> None:
        assert counted(nlp, "Man (38) shot dead in Limerick") == [(1, "killed")]

    def test_an_age_in_brackets_of_a_woman(self, nlp: Language) -> None:
        assert counted(nlp, "Woman (45) stabbed to death in Durban") == [(1, "killed")]

    def test_a_count_in_brackets_after_a_toll_stays(self, nlp: Language) -> None:
        text = "Gunmen killed villagers (at least 12) in an attack near Beni on Sunday."
        assert (12, "killed") in counted(nlp, text)


class TestAttackers:
    """2. The people who open fire are no victims, even when the parse hangs the deed on them."""

    def test_men_on_a_motorcycle(self, nlp: Language) -> None:
        text = "Two men on a motorcycle opened fire on the shop, killing the owner."
        assert counted(nlp, text) == [(1, "killed")]

    def test_people_killing_in_a_clause_stay_victims(self, nlp: Language) -> None:
        text = "Three people killed in the blast were buried in Quetta on Tuesday."
        assert counted(nlp, text) == [(3, "killed")]


class TestWoundsAsTreatment:
    """3. A wound said as treatment, burns or a body part hit."""

    def test_treated_for_burns(self, nlp: Language) -> None:
        text = "A girl was treated for burns after a petrol bomb was thrown into her house."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_suffered_burns(self, nlp: Language) -> None:
        text = "Two firefighters suffered serious burns when the depot was set alight."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_hit_in_the_thigh(self, nlp: Language) -> None:
        text = "A police officer was hit in the thigh during the clashes in Lahore."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_a_third_man_hit_in_the_leg(self, nlp: Language) -> None:
        text = "Two men were shot dead in Spanish Town and a third man was hit in the leg."
        assert counted(nlp, text) == [(2, "killed"), (1, "wounded")]

    def test_a_building_hit_in_an_attack_is_no_wound(self, nlp: Language) -> None:
        text = "Several shops were hit in the attack on the market, the mayor said."
        assert counted(nlp, text) == []


class TestAbductionsWithoutAKidnapVerb:
    """4. People carried off, taken into the bush or led away at gunpoint are kidnapped."""

    def test_carried_off(self, nlp: Language) -> None:
        text = "Gunmen carried off 23 villagers from Kaura on Sunday night."
        assert counted(nlp, text) == [(23, "kidnapped")]

    def test_taken_into_the_bush(self, nlp: Language) -> None:
        text = "The fighters took nine women into the bush after raiding the camp."
        assert counted(nlp, text) == [(9, "kidnapped")]

    def test_led_away_at_gunpoint(self, nlp: Language) -> None:
        text = "A pastor was led away at gunpoint from his church in Kajuru."
        assert counted(nlp, text) == [(1, "kidnapped")]

    def test_led_away_by_police_is_no_abduction(self, nlp: Language) -> None:
        text = "Police led away a dozen protesters from the square after the rally."
        assert (12, "kidnapped") not in counted(nlp, text)


class TestSeparateVictims:
    """2. A clause with its own subject keeps its own outcome; a deed's doer is no victim."""

    def test_a_driver_wounded_after_a_killing(self, nlp: Language) -> None:
        text = "A trader was shot and killed in Cite Soleil and his driver was wounded."
        assert counted(nlp, text) == [(1, "killed"), (1, "wounded")]

    def test_shot_and_killed_stays_one_killing(self, nlp: Language) -> None:
        text = "A taxi driver was shot and killed at a rank in Umlazi on Friday."
        assert counted(nlp, text) == [(1, "killed")]

    def test_people_who_fled_after_others_killed(self, nlp: Language) -> None:
        text = "More than 200 families fled after gunmen killed a chief in the village."
        assert counted(nlp, text) == [(200, "displaced"), (1, "killed")]


class TestDatedContextIncidents:
    """1. A dated incident told for context is a row; a period's tally is none."""

    def test_last_year_in_a_gun_battle(self, nlp: Language) -> None:
        text = "Last year, three constables were wounded in a gun battle at Tral."
        assert counted(nlp, text) == [(3, "wounded")]

    def test_last_year_in_the_county_stays_a_tally(self, nlp: Language) -> None:
        text = "Police say 212 people were killed in the county last year."
        assert counted(nlp, text) == []


class TestFlightAndEvacuation:
    """6. Attackers who flee are not displaced; evacuated people are not, unless they left home."""

    def test_gunmen_fled_on_foot(self, nlp: Language) -> None:
        text = "Three gunmen fled on foot after the shooting in Kingston."
        assert counted(nlp, text) == []

    def test_men_fled_after_shooting_a_trader(self, nlp: Language) -> None:
        text = "Two men fled on a motorbike after shooting a trader."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_evacuated_residents(self, nlp: Language) -> None:
        text = "About 400 residents were evacuated from the area after the bombing."
        assert counted(nlp, text) == []

    def test_families_who_evacuated_their_homes_stay(self, nlp: Language) -> None:
        text = "Some 3,000 families evacuated their homes as the fighting neared Goma."
        assert counted(nlp, text) == [(3000, "displaced")]

    def test_villagers_who_fled_stay(self, nlp: Language) -> None:
        text = "Five thousand villagers fled after the attack on Djibo."
        assert counted(nlp, text) == [(5000, "displaced")]


class TestPeriodTallies:
    """1. A count over a period or a place is a statistic, not a toll."""

    def test_bodies_exhumed_since_a_year(self, nlp: Language) -> None:
        text = "Forensic teams have exhumed 87 bodies in the region since 2022."
        assert counted(nlp, text) == []

    def test_the_attacks_of_a_day_stay(self, nlp: Language) -> None:
        text = "Four people were killed in the attacks on Sunday, the deadliest this year."
        assert counted(nlp, text) == [(4, "killed")]

    def test_bodies_recovered_after_one_attack_stay(self, nlp: Language) -> None:
        text = "Police recovered 30 bodies after the attack on Monday."
        assert counted(nlp, text) == [(30, "killed")]
