"""Issue 13, set 12's sentence-level categories: care states, gapped clauses, sizes, arrests.

The twelfth held-out set's failures were read as general categories; every sentence here
is written for these tests and set in other places (Kenya, Mali, DR Congo, Bangladesh,
Peru, Pakistan, Afghanistan, Nigeria, Guinea, Zimbabwe, Yemen, Ukraine, Ghana, Zambia,
Serbia, Chile, Tanzania, Croatia, Bulgaria). The tests named "stays" guard against a rule
reaching too far; blows and arrests of numbered people are the blows of set 12's category 3
and the arrests of its category 5.
"""

from extraction_helpers import counted
from spacy.language import Language


class TestCareStates:
    """1. People in a patient's place or state are wounded: "a fifth victim was in hospital"."""

    def test_an_ordinal_victim_in_hospital(self, nlp: Language) -> None:
        text = "Gunmen shot dead two traders in Mopti. A third trader was in hospital."
        assert counted(nlp, text) == [(2, "killed"), (1, "wounded")]

    def test_others_remained_in_hospital(self, nlp: Language) -> None:
        text = "Two soldiers were killed and three others remained in hospital in Gao."
        assert counted(nlp, text) == [(2, "killed"), (3, "wounded")]

    def test_people_kept_in_hospital(self, nlp: Language) -> None:
        text = "Seven people were kept in hospital overnight after the blast in Quetta."
        assert counted(nlp, text) == [(7, "wounded")]

    def test_a_blast_left_people_in_hospital(self, nlp: Language) -> None:
        text = "The explosion left five people in hospital, officials in Herat said."
        assert counted(nlp, text) == [(5, "wounded")]

    def test_a_farmer_in_a_critical_condition(self, nlp: Language) -> None:
        text = "A 40-year-old farmer was in a critical condition after an attack in Bunia."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_a_visit_to_the_hospital_stays_nobody(self, nlp: Language) -> None:
        text = "The governor visited the hospital in Kano on Monday."
        assert counted(nlp, text) == []

    def test_nurses_working_in_a_hospital_stay_nobody(self, nlp: Language) -> None:
        text = "Twelve nurses were working in the hospital in Aden when the shells fell."
        assert counted(nlp, text) == []

    def test_a_stay_for_another_reason_stays_nobody(self, nlp: Language) -> None:
        text = "The minister was in hospital for a routine operation, his office in Lima said."
        assert counted(nlp, text) == []

    def test_a_good_condition_stays_nobody(self, nlp: Language) -> None:
        text = "The hostages were in good condition, the army in Kabul said."
        assert counted(nlp, text) == []

    def test_a_negated_stay_stays_nobody(self, nlp: Language) -> None:
        text = "The man was not in hospital, his lawyer in Harare said."
        assert counted(nlp, text) == []

    def test_a_wounded_victim_in_hospital_again_stays_one(self, nlp: Language) -> None:
        text = (
            "A student was stabbed outside a bar in Nairobi on Saturday. "
            "The 19-year-old was in a serious condition in hospital on Sunday."
        )
        assert counted(nlp, text) == [(1, "wounded")]


class TestGappedClause:
    """2. A second count whose auxiliary is left out: "two were killed and five gendarmes injured"."""

    def test_gendarmes_injured(self, nlp: Language) -> None:
        text = "Two protesters were killed and three gendarmes wounded in Conakry."
        assert counted(nlp, text) == [(2, "killed"), (3, "wounded")]

    def test_askaris_injured(self, nlp: Language) -> None:
        text = "Two herders were killed and four askaris injured in a clash near Garissa."
        assert counted(nlp, text) == [(2, "killed"), (4, "wounded")]

    def test_carabineros_hurt(self, nlp: Language) -> None:
        text = "One man was killed and six carabineros hurt during the riot in Temuco."
        assert counted(nlp, text) == [(1, "killed"), (6, "wounded")]

    def test_a_single_constable_wounded(self, nlp: Language) -> None:
        text = "A suspected smuggler was shot dead and a customs officer wounded in Tanga."
        assert counted(nlp, text) == [(1, "killed"), (1, "wounded")]

    def test_an_active_clause_stays_the_doers(self, nlp: Language) -> None:
        text = "Three gendarmes have injured two protesters in Conakry."
        assert counted(nlp, text) == [(2, "wounded")]


class TestGroupSizes:
    """3. "A couple" is two, "a family of five" five."""

    def test_a_couple_killed(self, nlp: Language) -> None:
        text = "Gunmen killed a couple at their farm near Marondera."
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_couple_found_dead(self, nlp: Language) -> None:
        text = "A couple in their seventies were found dead at their home in Kisii on Monday."
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_family_of_five(self, nlp: Language) -> None:
        text = "A family of five was killed when a shell hit their house in Marib."
        assert counted(nlp, text) == [(5, "killed")]

    def test_a_couple_of_hours_stays_nobody(self, nlp: Language) -> None:
        text = "A couple of hours later, police arrived in Kisii."
        assert counted(nlp, text) == []


class TestBlows:
    """3. A blow that names a missile or a body part wounds: "a gendarme was hit by a stone"."""

    def test_hit_by_a_stone(self, nlp: Language) -> None:
        text = "A policeman was hit by a stone during the protest in Accra."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_struck_by_a_rock(self, nlp: Language) -> None:
        text = "A soldier was struck by a rock in Goma."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_cut_on_the_arm(self, nlp: Language) -> None:
        text = "During the robbery in Lusaka a shop assistant was slashed on the hand."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_hit_by_bottles(self, nlp: Language) -> None:
        text = "Two officers were hit by bottles thrown by fans in Belgrade."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_a_convoy_hit_stays_nobody(self, nlp: Language) -> None:
        text = "The convoy was hit by a stone near Gao."
        assert counted(nlp, text) == []

    def test_a_bus_hitting_a_lorry_stays_nobody(self, nlp: Language) -> None:
        text = "A bus hit a lorry near Kumasi."
        assert counted(nlp, text) == []

    def test_a_region_hit_by_floods_stays_nobody(self, nlp: Language) -> None:
        text = "The region was hit by floods in May."
        assert counted(nlp, text) == []


class TestArrestedPeople:
    """5. Only people are arrested: "police detained 15 fans" counts the fans."""

    def test_fans_detained(self, nlp: Language) -> None:
        text = "Police detained 15 fans after the derby in Split."
        assert counted(nlp, text) == [(15, "detained")]

    def test_fans_detained_in_a_second_clause(self, nlp: Language) -> None:
        text = "Police said 20 people were injured and that 15 fans were detained in Split."
        assert counted(nlp, text) == [(20, "wounded"), (15, "detained")]

    def test_ultras_arrested(self, nlp: Language) -> None:
        text = "Officers arrested nine ultras after the match in Sofia."
        assert counted(nlp, text) == [(9, "detained")]

    def test_trucks_captured_stay_nobody(self, nlp: Language) -> None:
        text = "Troops captured two trucks near Gao."
        assert counted(nlp, text) == []

    def test_a_cargo_detained_stays_nobody(self, nlp: Language) -> None:
        text = "Police detained the cargo of two ships in Mombasa."
        assert counted(nlp, text) == []
