"""Issue 13: local news as it is published, a headline line above a body that repeats its toll.

The headline is its own sentence (`analysis.parse.model.line_sentence_starts`), so its toll
is read as a figure and the body's restatement of it is marked as a repeat. Every text here
is written for these tests (Burkina Faso, Honduras, Sri Lanka, Somalia, Cameroon, Haiti).
"""

import pickle

from extraction_helpers import counted, table
from spacy.language import Language

from analysis.parse.model import line_sentence_starts


class TestLineBreaks:
    """A headline line or a paragraph ends a sentence; a hard-wrapped line does not."""

    def test_headline_is_a_sentence(self, nlp: Language) -> None:
        text = (
            "Grenade attack on bus station in San Pedro Sula\n"
            "A grenade thrown at a crowded bus station wounded eleven passengers on Friday."
        )
        doc = nlp(text)
        assert [s.text.strip() for s in doc.sents] == text.split("\n")

    def test_closed_line_and_blank_line(self) -> None:
        text = "Rebels shelled the port.\nSix people died.\n\nthe army said nothing"
        assert line_sentence_starts(text) == [text.index("Six"), text.index("the army")]

    def test_hard_wrapped_sentence_stays_one(self, nlp: Language) -> None:
        text = (
            "Soldiers searched the villages around Djibo after gunmen killed\n"
            "nine traders on the road to Ouagadougou, officials said."
        )
        assert line_sentence_starts(text) == []
        assert len(list(nlp(text).sents)) == 1

    def test_a_line_as_long_as_the_next_is_no_headline(self) -> None:
        text = (
            "Officials in the eastern province of Trincomalee confirmed on Monday that\n"
            "Fishermen from two villages had been questioned by the navy."
        )
        assert line_sentence_starts(text) == []

    def test_pipeline_pickles(self, nlp: Language) -> None:
        """Parsing with several processes pickles the pipeline, its tokenizer included."""
        text = "Two dead in Mogadishu blast\nTwo people were killed by a car bomb in Mogadishu."
        copy = pickle.loads(pickle.dumps(nlp.tokenizer))
        starts = [t.text for t in copy(text) if t.is_sent_start]
        assert starts == ["Two", "Two"]


class TestHeadlineTolls:
    """A toll in the headline is a figure; the body's restatement is its repeat."""

    def test_headline_dead_and_hurt(self, nlp: Language) -> None:
        text = (
            "Bamenda market shooting: 3 dead, 8 hurt\n"
            "Three traders were killed and eight other people were injured when separatist "
            "fighters opened fire at the main market in Bamenda on Wednesday, police said."
        )
        df = table(nlp, text)
        assert counted(nlp, text) == [(3, "killed"), (8, "wounded")]
        assert df["repeat_of"].notna().sum() == 2
