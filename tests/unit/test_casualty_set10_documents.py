"""Issue 13, set 10's document-level categories: full articles, their statistics and subsets.

The tenth held-out set's full articles set their incident against a year's figures in a
later paragraph, and walk again through the people already counted: the dead split by who
they were, the arrested split by what a court did with them. Such statistics and
restatements are no rows; the story's own rows, its context incidents and a part that
names who some of the people were stay. Every text here is written for these tests and set
in other places (Malawi, Zambia, Honduras, Bangladesh, Senegal, Guatemala, Nepal, Peru).
The tests named "stays" guard against a rule reaching too far.
"""

from extraction_helpers import article, current
from spacy.language import Language

_BODY = (
    "Witnesses said the attackers fled on foot.",
    "Traders closed their stalls early on the next day.",
)


class TestYearStatistic:
    """1. A year's or a country's figures in a later paragraph are no toll of the story."""

    def test_attacks_named_by_a_noun_over_a_year(self, nlp: Language) -> None:
        text = article(
            "LILONGWE — Three traders were stabbed at a market in Lilongwe on Friday, police said.",
            *_BODY,
            "A rights commission says more than 40 people were killed in vigilante attacks "
            "across the country in 2025.",
        )
        counts = current(nlp, text)
        assert counts[(40, "killed")] == 0
        assert counts[(3, "wounded")] == 1

    def test_figures_from_one_month_to_another(self, nlp: Language) -> None:
        text = article(
            "LUSAKA — A bus conductor was shot and wounded in a robbery in Lusaka on Monday, "
            "police said.",
            *_BODY,
            "Hospital data show 260 gunshot injuries in the province from March to September.",
        )
        counts = current(nlp, text)
        assert counts[(260, "wounded")] == 0
        assert counts[(1, "wounded")] == 1

    def test_deaths_in_a_participle_after_a_recorded_count(self, nlp: Language) -> None:
        text = article(
            "SAN PEDRO SULA — Two taxi drivers were shot dead in San Pedro Sula on Sunday, "
            "police said.",
            *_BODY,
            "According to the security ministry, 35 massacres were registered in Honduras "
            "this year by the end of September, leaving 150 people dead.",
        )
        counts = current(nlp, text)
        assert counts[(150, "killed")] == 0
        assert counts[(2, "killed")] == 1

    def test_stays_an_older_incident_told_with_a_participle(self, nlp: Language) -> None:
        text = article(
            "DHAKA — Two men were hacked to death in a land dispute in Narsingdi on Sunday, "
            "police said.",
            *_BODY,
            "Last year, armed men stormed a village in the same district, killing six people.",
        )
        counts = current(nlp, text)
        assert counts[(6, "killed")] == 1
        assert counts[(2, "killed")] == 1

    def test_stays_a_blast_in_an_earlier_year(self, nlp: Language) -> None:
        text = article(
            "DAKAR — A fisherman was killed in a brawl at the port of Dakar on Sunday, "
            "police said.",
            *_BODY,
            "In 2023, a gas cylinder exploded at the same market, killing nine people.",
        )
        counts = current(nlp, text)
        assert counts[(9, "killed")] == 1


class TestHeldAgain:
    """3. People already counted as held, named again at a court step, are no new row."""

    def test_the_three_at_court_after_two_and_a_third(self, nlp: Language) -> None:
        text = article(
            "KATHMANDU — Two men were stabbed to death outside a bar in Kathmandu on "
            "Saturday, police said.",
            "Police arrested two suspects in Bhaktapur on Sunday, and a third man was "
            "arrested in Lalitpur on Monday.",
            "The three were produced before the district court on Tuesday and remanded "
            "until December 12.",
        )
        counts = current(nlp, text)
        assert counts[(3, "detained")] == 0
        assert counts[(2, "detained")] == 1
        assert counts[(2, "killed")] == 1

    def test_one_of_them_charged(self, nlp: Language) -> None:
        text = article(
            "CUSCO — A taxi driver was shot dead in Cusco on Friday, police said.",
            "Officers detained three men on Saturday.",
            "One of them, a 24-year-old, was charged with murder on Wednesday.",
        )
        counts = current(nlp, text)
        assert counts[(1, "detained")] == 0
        assert counts[(3, "detained")] == 1

    def test_the_named_age_charged(self, nlp: Language) -> None:
        text = article(
            "QUETZALTENANGO — A bus driver was shot dead in Quetzaltenango on Monday, police said.",
            "Police arrested two men, aged 19 and 31, on Tuesday.",
            "The 31-year-old was charged with murder and remanded in custody.",
        )
        counts = current(nlp, text)
        assert counts[(1, "detained")] == 0
        assert counts[(2, "detained")] == 1

    def test_stays_other_and_indefinite_people_held_later(self, nlp: Language) -> None:
        text = article(
            "CUSCO — A taxi driver was shot dead in Cusco on Friday, police said.",
            "Officers detained three men on Saturday.",
            "Two other suspects were arrested on Monday, and on Thursday a sixth man was "
            "arrested in Juliaca.",
        )
        counts = current(nlp, text)
        assert counts[(3, "detained")] == 1
        assert counts[(2, "detained")] == 1

    def test_stays_an_older_incident_convicted(self, nlp: Language) -> None:
        text = article(
            "CUSCO — A taxi driver was shot dead in Cusco on Friday, police said.",
            "Officers detained three men on Saturday.",
            *_BODY,
            "In 2023, a driver was killed on the same road and the two men who attacked "
            "him were later convicted.",
        )
        counts = current(nlp, text)
        assert counts[(2, "detained")] == 1
        assert counts[(3, "detained")] == 1
