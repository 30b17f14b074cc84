"""Issue 13, set 4's sentence-level categories: statistics, sizes, negation, arrests, clauses.

The lead described the fourth held-out set's misses as categories in his own words; every
sentence here is written for these tests, set in other places and conflicts (Jamaica,
South Africa, DR Congo, Niger, Pakistan, India, Colombia, Haiti, Mexico, the UK,
Myanmar). Each test failed on the code before its rule; the tests that say what "stays"
guard against a rule reaching too far.
"""

from extraction_helpers import counted, table
from spacy.language import Language


class TestStatistics:
    """1. A period and a place-wide scope with no single attack: a statistic, no row."""

    def test_a_country_toll_for_the_year(self, nlp: Language) -> None:
        text = "The country's toll for the year passed 3,000 in November, the observatory said."
        assert counted(nlp, text) == []

    def test_murders_recorded_over_months(self, nlp: Language) -> None:
        text = (
            "Crime statistics recorded more than 6,200 murders in KwaZulu-Natal over three months."
        )
        assert counted(nlp, text) == []

    def test_a_province_since_a_month_with_missing(self, nlp: Language) -> None:
        text = "Officials said 214 people had been killed in Ituri since January and 37 reported missing."
        assert counted(nlp, text) == []

    def test_a_district_since_a_date(self, nlp: Language) -> None:
        text = (
            "Local officials said 45 people had been killed in the district since 12 March "
            "and 9 remained missing."
        )
        assert counted(nlp, text) == []

    def test_murders_between_two_months(self, nlp: Language) -> None:
        text = (
            "Police data show 1,340 people were murdered in the Western Cape between April "
            "and June."
        )
        assert counted(nlp, text) == []

    def test_a_country_closes_the_year(self, nlp: Language) -> None:
        text = "Honduras closed the year with 3,100 homicides, the observatory said."
        assert counted(nlp, text) == []

    def test_the_incident_before_the_statistic_stays(self, nlp: Language) -> None:
        text = (
            "Gunmen shot dead two farmers near Tillaberi on Monday. Officials said 180 people "
            "had been killed in the region since March and 22 were missing."
        )
        assert counted(nlp, text) == [(2, "killed")]

    def test_a_toll_that_passes_a_mark_in_a_war_stays(self, nlp: Language) -> None:
        text = "The toll of the war for the year passed 3,000 in November, the observatory said."
        assert counted(nlp, text) == [(3000, "killed")]


class TestSizesThatAreNoTolls:
    """2. A raid's officers are no casualties of the killing that set it off."""

    def test_officers_who_raid_after_a_killing(self, nlp: Language) -> None:
        text = "Some 2,500 police officers raided the settlement after the killing of a constable."
        assert counted(nlp, text) == [(1, "killed")]

    def test_protesters_over_a_killing(self, nlp: Language) -> None:
        text = "About 400 students marched through Lahore over the killing of a lecturer."
        assert counted(nlp, text) == [(1, "killed")]

    def test_drones_shot_down(self, nlp: Language) -> None:
        text = "Troops shot down 14 drones over Kharkiv overnight; nobody was hurt."
        assert counted(nlp, text) == []

    def test_a_numbered_unit(self, nlp: Language) -> None:
        text = "Two soldiers of 21 Sikh regiment were wounded in Kupwara."
        assert counted(nlp, text) == [(2, "wounded")]

    def test_murders_among_a_suspects_cases(self, nlp: Language) -> None:
        text = "The suspect had been involved in more than 15 cases, including three murders."
        assert counted(nlp, text) == []

    def test_killings_among_attacks_stay(self, nlp: Language) -> None:
        text = "The gang carried out several attacks, including two killings in Mathare."
        assert counted(nlp, text) == [(2, "killed")]

    def test_money_and_rounds_stay_out(self, nlp: Language) -> None:
        text = (
            "Police offered a bounty of 25 lakh rupees for the commander of the ambush that "
            "killed nine jawans; the attackers fired 300 rounds."
        )
        assert counted(nlp, text) == [(9, "killed")]


class TestNegation:
    """3. "No one" is nobody, and a negated outcome happened to no one: no row."""

    def test_a_negated_numbered_outcome(self, nlp: Language) -> None:
        text = "Two guards were not physically hurt in the attack on the bank in Kisumu."
        assert counted(nlp, text) == []

    def test_detained_no_one(self, nlp: Language) -> None:
        text = "Police said they had detained no one over the shooting in Soweto."
        assert counted(nlp, text) == []

    def test_no_one_was_hurt(self, nlp: Language) -> None:
        assert counted(nlp, "No one was hurt when the grenade went off outside the mosque.") == []

    def test_a_victim_not_hurt(self, nlp: Language) -> None:
        assert counted(nlp, "The driver was not injured in the blast near Peshawar.") == []


class TestArrests:
    """4. Custody and bookings are arrests; a charge's crime is no killing."""

    def test_booked_with_murder(self, nlp: Language) -> None:
        text = "A 23-year-old man was booked with murder over the stabbing in Ludhiana."
        assert counted(nlp, text) == [(1, "detained")]

    def test_booked_alone(self, nlp: Language) -> None:
        text = "A man was booked on Tuesday after a stabbing in Pune."
        assert counted(nlp, text) == [(1, "detained")]

    def test_booked_with_second_degree_murder(self, nlp: Language) -> None:
        assert counted(nlp, "The woman was booked with second-degree murder.") == [(1, "detained")]

    def test_in_custody_headline(self, nlp: Language) -> None:
        assert (1, "detained") in counted(nlp, "Man, 31, in custody after shooting in Croydon")

    def test_taken_into_custody(self, nlp: Language) -> None:
        assert counted(nlp, "Two suspects were taken into custody on Sunday.") == [(2, "detained")]

    def test_died_in_custody_stays_killed(self, nlp: Language) -> None:
        assert counted(nlp, "Three detainees died in police custody in Lagos.") == [(3, "killed")]


class TestBorrowedOutcomes:
    """5. The outcome belongs to its own clause."""

    def test_freed_hostages_are_no_casualties(self, nlp: Language) -> None:
        text = (
            "Troops freed two of the four hostages held in the forest, killing three separatists."
        )
        assert counted(nlp, text) == [(3, "killed")]

    def test_taken_to_hospital_is_wounded(self, nlp: Language) -> None:
        text = "Five people were killed and seven were taken to hospital after the blast in Quetta."
        assert counted(nlp, text) == [(5, "killed"), (7, "wounded")]

    def test_rushed_to_a_hospital(self, nlp: Language) -> None:
        text = "Four pilgrims were rushed to a nearby hospital after the stampede."
        assert counted(nlp, text) == [(4, "wounded")]

    def test_the_main_verb_decides_a_death(self, nlp: Language) -> None:
        text = "A 17-year-old boy shot near the market in Bogota has died."
        assert counted(nlp, text) == [(1, "killed")]

    def test_two_men_wounded_who_died(self, nlp: Language) -> None:
        text = "Two men wounded in the ambush near Kalemie later died."
        assert counted(nlp, text) == [(2, "killed")]

    def test_wounded_in_a_clause_stays_wounded(self, nlp: Language) -> None:
        text = "Two men wounded in the ambush near Kalemie were flown to Lubumbashi."
        assert counted(nlp, text) == [(2, "wounded")]


class TestImplicitVictims:
    """6. Victims without a numeral the person list did not know."""

    def test_a_missing_abbot(self, nlp: Language) -> None:
        text = "The abbot of the monastery has been missing since the raid on Sagaing."
        assert counted(nlp, text) == [(1, "missing")]

    def test_taken_from_a_camp(self, nlp: Language) -> None:
        text = "Six members of a family were taken from a camp near Beni on Tuesday."
        assert counted(nlp, text) == [(6, "kidnapped")]

    def test_taken_from_the_scene_to_hospital(self, nlp: Language) -> None:
        text = "Three victims were taken from the scene to a nearby hospital."
        assert counted(nlp, text) == [(3, "wounded")]

    def test_a_cued_noun_is_a_person(self, nlp: Language) -> None:
        text = "Ten people were killed in Tame, among them a former peace signatory and a child."
        df = table(nlp, text)
        rows = list(zip(df["count"], df["outcome"], df["implicit"], strict=True))
        assert rows == [(10, "killed", False), (2, "killed", True)]
        assert df["part_of"].iloc[1] == df["figure_id"].iloc[0]

    def test_one_among_the_three_wounded(self, nlp: Language) -> None:
        df = table(nlp, "A 15-year-old girl was among the three wounded in Cucuta.")
        rows = list(zip(df["count"], df["outcome"], df["implicit"], strict=True))
        assert rows == [(1, "wounded", True), (3, "wounded", False)]
        assert df["part_of"].iloc[0] == df["figure_id"].iloc[1]


class TestGenericVictims:
    """7. Quoted or hypothetical people are no victims."""

    def test_a_hypothetical_baby(self, nlp: Language) -> None:
        assert counted(nlp, '"How can anyone shoot a baby?" the mayor of Gonaives asked.') == []

    def test_children_killing_children_in_a_quote(self, nlp: Language) -> None:
        assert (
            counted(nlp, '"We have children killing children," the pastor in Chicago said.') == []
        )

    def test_a_quoted_number_stays(self, nlp: Language) -> None:
        text = '"They shot my two sons," the mother in Tumaco said.'
        assert counted(nlp, text) == [(2, "wounded")]


class TestHeadlineClauses:
    """8. Each ';'-separated headline clause has its own outcome."""

    def test_stabbed_then_arrested(self, nlp: Language) -> None:
        text = "Boy, 14, shot dead in Toxteth; two teenagers arrested"
        assert counted(nlp, text) == [(1, "killed"), (2, "detained")]

    def test_wounded_then_arrested(self, nlp: Language) -> None:
        text = "Two officers injured in Lagos; three arrested"
        assert counted(nlp, text) == [(2, "wounded"), (3, "detained")]

    def test_the_victim_keeps_its_words(self, nlp: Language) -> None:
        text = "Girl, 15, shot dead in Kingston; three men arrested"
        df = table(nlp, text)
        first = df.iloc[0]
        assert (first["outcome"], text[first["start"] : first["end"]]) == ("killed", "Girl")
