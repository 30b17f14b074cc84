"""Issue 13, set 6's sentence-level categories: outcomes across clauses, care, ordinals, tallies.

The sixth held-out set's writer described its misses in general words; every sentence
here is written for these tests and set in other places (Mali, Nigeria, Myanmar, Sudan,
Germany, Mozambique, Mexico, Jamaica, the United States, Kenya). Each test failed on the
code before its rule; the tests that say what "stays" guard against a rule reaching too
far.
"""

from extraction_helpers import counted
from spacy.language import Language


class TestOutcomesAcrossClauses:
    """1. Each clause keeps its own outcome; an arrest beside a shooting stays an arrest."""

    def test_the_whole_keeps_its_own_arrest(self, nlp: Language) -> None:
        text = "One of the three arrested men had been shot in the leg, police in Kano said."
        assert sorted(counted(nlp, text), key=str) == [(1, "wounded"), (3, "detained")]

    def test_the_whole_keeps_its_own_wound(self, nlp: Language) -> None:
        text = "One of the four injured miners died in hospital in Kayes on Friday."
        assert (4, "killed") not in counted(nlp, text)
        assert (1, "killed") in counted(nlp, text)

    def test_shot_and_arrested_is_both(self, nlp: Language) -> None:
        text = "Two suspects were shot and arrested by soldiers in Maiduguri on Sunday."
        assert sorted(counted(nlp, text), key=str) == [(2, "detained"), (2, "wounded")]

    def test_a_suspect_shot_and_later_arrested(self, nlp: Language) -> None:
        text = "The suspect was shot by officers in Solingen and later arrested."
        assert sorted(counted(nlp, text), key=str) == [(1, "detained"), (1, "wounded")]

    def test_arrested_after_being_shot_at_first(self, nlp: Language) -> None:
        text = "Troops shot and detained three suspected cattle rustlers near Wajir."
        assert sorted(counted(nlp, text), key=str) == [(3, "detained"), (3, "wounded")]

    def test_a_killing_before_the_arrest_keeps_its_own_people(self, nlp: Language) -> None:
        text = "Soldiers shot and killed one robber and arrested two in Mandalay."
        assert counted(nlp, text) == [(1, "killed"), (2, "detained")]

    def test_a_gunman_arrested_who_had_been_shot(self, nlp: Language) -> None:
        text = "Officers in Bremen arrested the gunman, who had been shot in the arm."
        assert sorted(counted(nlp, text), key=str) == [(1, "detained"), (1, "wounded")]

    def test_men_who_were_shot_were_arrested(self, nlp: Language) -> None:
        text = "Two men who were shot in the legs were arrested at the hospital in Lagos."
        assert sorted(counted(nlp, text), key=str) == [(2, "detained"), (2, "wounded")]

    def test_a_man_who_shot_others_is_only_arrested(self, nlp: Language) -> None:
        text = "Police arrested a man who shot two people in Malmo."
        assert counted(nlp, text) == [(1, "detained"), (2, "wounded")]

    def test_the_arrest_of_him_is_not_of_the_two_he_stabbed(self, nlp: Language) -> None:
        text = "Police shot a man who had stabbed two passers-by in Mannheim and arrested him."
        assert (2, "detained") not in counted(nlp, text)
        assert (2, "wounded") in counted(nlp, text)

    def test_them_stands_for_the_four_seized(self, nlp: Language) -> None:
        text = "Gunmen seized four men at a checkpoint near Gao and shot them dead."
        assert sorted(counted(nlp, text), key=str) == [(4, "kidnapped"), (4, "killed")]

    def test_shot_and_killed_stays_killed_only(self, nlp: Language) -> None:
        assert counted(nlp, "Four people were shot and killed in Tulsa.") == [(4, "killed")]

    def test_the_second_clause_keeps_its_injuries(self, nlp: Language) -> None:
        text = "Two people died on the spot in Gao, and three others, including a child, sustained injuries."
        assert counted(nlp, text) == [(2, "killed"), (3, "wounded"), (1, "wounded")]


class TestWoundsAsCare:
    """2. People a medic treats are wounded; a reason that is no wound is no outcome."""

    def test_medics_treated_about_thirty(self, nlp: Language) -> None:
        text = "Medics treated about 30 people after police fired on marchers in Omdurman."
        assert counted(nlp, text) == [(30, "wounded")]

    def test_doctors_treated_dozens(self, nlp: Language) -> None:
        text = "Doctors at the main hospital in Beira treated dozens of people after the blast."
        assert counted(nlp, text) == [(None, "wounded")]

    def test_people_who_received_treatment(self, nlp: Language) -> None:
        text = "At least 15 people received treatment for injuries after the blast in Quetta."
        assert counted(nlp, text) == [(15, "wounded")]

    def test_medics_who_gave_treatment_are_no_wounded(self, nlp: Language) -> None:
        text = "Three medics gave treatment to the injured at the scene in Quetta."
        assert (3, "wounded") not in counted(nlp, text)

    def test_treated_for_shock_is_no_wound(self, nlp: Language) -> None:
        text = "Six people were treated for shock after the grenade went off in Garissa."
        assert counted(nlp, text) == []

    def test_wounds_on_one_man_are_no_people(self, nlp: Language) -> None:
        text = "Officers found a man with several gunshot wounds on a street in Culiacan."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_wounds_on_a_body_part(self, nlp: Language) -> None:
        text = "A trader was found in Kisumu with three stab wounds to the chest."
        assert counted(nlp, text) == [(1, "wounded")]

    def test_wounds_a_body_bore(self, nlp: Language) -> None:
        text = "The body bore 14 stab wounds, police in Soweto said."
        assert (14, "wounded") not in counted(nlp, text)

    def test_injuries_a_blast_caused_stay_people(self, nlp: Language) -> None:
        text = "The blast in Peshawar caused 30 injuries, officials said."
        assert counted(nlp, text) == [(30, "wounded")]

    def test_a_restated_victim_treated_adds_no_one(self, nlp: Language) -> None:
        text = "The injured guard was treated at a clinic in Mopti and released."
        assert counted(nlp, text) == [(1, "wounded")]


class TestOrdinalNewcomers:
    """3. "A third was wounded": an ordinal standing for a person is one more victim."""

    def test_a_third_was_wounded(self, nlp: Language) -> None:
        text = "Two herders were shot dead near Djibo and a third was wounded."
        assert counted(nlp, text) == [(2, "killed"), (1, "wounded")]

    def test_a_fifth_was_arrested(self, nlp: Language) -> None:
        text = "Four men were detained on Monday in Montego Bay. A fifth was arrested on Friday."
        assert counted(nlp, text) == [(4, "detained"), (1, "detained")]

    def test_the_second_restates_no_newcomer(self, nlp: Language) -> None:
        text = "A deputy was shot dead near Ocala, and the second was not hurt."
        assert counted(nlp, text) == [(1, "killed")]


class TestAbductedThenKilled:
    """4. The abducted are kidnapped; those found dead or beheaded are killed too."""

    def test_a_chief_found_decapitated(self, nlp: Language) -> None:
        text = "Insurgents abducted a village chief near Mocimboa, who was later found decapitated."
        assert sorted(counted(nlp, text), key=str) == [(1, "kidnapped"), (1, "killed")]

    def test_farmers_who_were_found_dead(self, nlp: Language) -> None:
        text = "Bandits abducted five farmers in Zurmi who were later found dead."
        assert sorted(counted(nlp, text), key=str) == [(5, "kidnapped"), (5, "killed")]

    def test_some_of_the_abducted_found_hacked_to_death(self, nlp: Language) -> None:
        text = "Three of the seven abducted herders were later found hacked to death near Kidal."
        assert sorted(counted(nlp, text), key=str) == [(3, "killed"), (7, "kidnapped")]

    def test_an_arrest_stays_alone_without_a_death(self, nlp: Language) -> None:
        text = "Police arrested a man who had been wanted since 2019 in Nakuru."
        assert counted(nlp, text) == [(1, "detained")]


class TestConvictions:
    """5. A conviction or a prison sentence is a detention row; the charge kills no one."""

    def test_convicted_of_murder_is_no_killing(self, nlp: Language) -> None:
        text = "Two men were convicted of murder and jailed for life over the 2020 bombing."
        assert counted(nlp, text) == [(2, "detained")]

    def test_convicted_of_killing_two(self, nlp: Language) -> None:
        text = "In 2019, a man was convicted of killing two officers in the same district."
        assert sorted(counted(nlp, text), key=str) == [(1, "detained"), (2, "killed")]

    def test_sentenced_to_years_in_prison(self, nlp: Language) -> None:
        text = "The driver in that case was later sentenced to 30 years in prison."
        assert counted(nlp, text) == [(1, "detained")]

    def test_found_guilty_in_a_year_is_no_tally(self, nlp: Language) -> None:
        text = "Two brothers were found guilty of the murder in Mombasa in 2022."
        assert counted(nlp, text) == [(2, "detained")]

    def test_charged_and_remanded(self, nlp: Language) -> None:
        text = "A 19-year-old man has been charged with murder and remanded in custody in Leeds."
        assert counted(nlp, text) == [(1, "detained")]

    def test_jailed_for_a_kidnapping(self, nlp: Language) -> None:
        text = "In 2020, a court in Kaduna jailed five men for the kidnapping of 20 students."
        assert counted(nlp, text) == [(5, "detained"), (20, "kidnapped")]

    def test_men_who_entered_and_fled_are_no_one(self, nlp: Language) -> None:
        assert counted(nlp, "Two men entered the bank in Cali and fled with cash.") == []

    def test_the_killing_a_man_was_convicted_of_is_no_tally(self, nlp: Language) -> None:
        text = "A man convicted of killing two women in Tema in 2010 was freed last month."
        assert (2, "killed") in counted(nlp, text)

    def test_a_life_sentence_alone_is_no_row(self, nlp: Language) -> None:
        text = "Lawyers said a life sentence would be appealed in Nairobi."
        assert counted(nlp, text) == []


class TestPeriodRecords:
    """6. A year told as a record, or a place's killings in a period, is no incident's toll."""

    def test_the_deadliest_year_with_killings(self, nlp: Language) -> None:
        text = "Officials said 2023 was the deadliest year since records began, with 312 killings."
        assert counted(nlp, text) == []

    def test_last_year_was_the_deadliest(self, nlp: Language) -> None:
        text = "Last year was the deadliest on record, with 1,250 people killed across Zacatecas."
        assert counted(nlp, text) == []

    def test_a_state_had_murders_last_year(self, nlp: Language) -> None:
        text = "Guanajuato had more than 3,000 murders last year, according to official data."
        assert counted(nlp, text) == []

    def test_the_first_six_months(self, nlp: Language) -> None:
        text = "Figures show 27 people were shot dead in the parish in the first six months of the year."
        assert counted(nlp, text) == []

    def test_a_city_ended_the_year(self, nlp: Language) -> None:
        assert counted(nlp, "Kingston ended 2023 with 640 murders.") == []

    def test_the_number_killed_this_month(self, nlp: Language) -> None:
        text = "The deaths bring to 27 the number of people killed in the district this month."
        assert counted(nlp, text) == []

    def test_since_the_start_of_a_month(self, nlp: Language) -> None:
        text = "Police have recorded 14 murders in Mitchells Plain since the start of August."
        assert counted(nlp, text) == []

    def test_a_context_incident_with_its_doer_stays(self, nlp: Language) -> None:
        text = "Last year, two farmers were killed by gunmen in Zamfara."
        assert counted(nlp, text) == [(2, "killed")]

    def test_an_older_incident_at_a_site_stays(self, nlp: Language) -> None:
        text = "In 2021, three people were shot dead at the same tavern in Umlazi."
        assert counted(nlp, text) == [(3, "killed")]

    def test_a_time_after_at_is_no_site(self, nlp: Language) -> None:
        text = "Last year, 31 people were murdered at night in the township."
        assert counted(nlp, text) == []

    def test_the_deadliest_day_of_protests_stays(self, nlp: Language) -> None:
        text = "Sunday was the deadliest day of the protests in Yangon, with 40 people killed."
        assert counted(nlp, text) == [(40, "killed")]

    def test_the_deadliest_month_of_a_war_stays(self, nlp: Language) -> None:
        text = "March was the deadliest month of the war, with 400 soldiers killed."
        assert counted(nlp, text) == [(400, "killed")]

    def test_an_older_incident_after_since_stays(self, nlp: Language) -> None:
        text = "It was the deadliest attack since 2015, when 40 soldiers were killed in Kidal."
        assert counted(nlp, text) == [(40, "killed")]
