"""Issue 10: who did it. The doer of a figure, its victims' side, and when the article's
doer may stand in for a sentence that names none.

Every text here is written for this file, about conflicts other than those of the
constructed corpus where it can be.
"""

import datetime as dt

import pandas as pd
import pytest
from spacy.language import Language

from analysis.extract.actors import extract_actors
from analysis.extract.casualties import extract_casualties

SATURDAY = dt.date(2025, 6, 7)


def table(nlp: Language, text: str) -> pd.DataFrame:
    doc = nlp(text)
    doc.user_data["published"] = SATURDAY.isoformat()
    return extract_casualties(doc)


def doer(nlp: Language, text: str, count: int) -> str | None:
    df = table(nlp, text)
    found = df[df["count"] == count]
    assert len(found) == 1, df[["count", "outcome"]]
    value = found.iloc[0]["perpetrator"]
    return None if pd.isna(value) else str(value)


def test_a_source_described_as_tracking_the_war_keeps_the_article_doer(nlp: Language) -> None:
    """ "a monitor that tracks the conflict" describes the source, not the toll's scope."""
    text = (
        "Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing 15 people.\n\n"
        "Airwars, a monitor that tracks the conflict, said 19 people had died."
    )
    assert doer(nlp, text, 19) == doer(nlp, text, 15) == "al-Shabaab"


def actor_of(nlp: Language, text: str, words: str) -> str:
    """The actor `extract_actors` gives the mention that contains `words`."""
    actors = extract_actors(nlp(text))
    found = actors[actors["mention"].str.contains(words, regex=False)]
    assert len(found), actors[["mention", "actor"]]
    return str(found["actor"].iloc[0])


def test_a_groups_own_losses_are_the_other_sides_doing(nlp: Language) -> None:
    """ "20 of its gunmen died": Hamas claims the kills of its fighters, not its losses."""
    text = (
        "Hamas said its fighters killed three Israeli soldiers in Rafah on Friday, disputing "
        "the Israeli army's account that 20 of its gunmen died in the battle."
    )
    assert doer(nlp, text, 3) == actor_of(nlp, text, "Hamas")
    assert doer(nlp, text, 20) == actor_of(nlp, text, "army")


def test_each_side_of_a_clash_counts_the_others_dead(nlp: Language) -> None:
    text = (
        "Houthi forces said on Friday that 14 of their fighters were killed in clashes with "
        "Yemeni government troops near Marib, while tribal sources said 9 government "
        "soldiers also died."
    )
    houthis, government = actor_of(nlp, text, "Houthi"), actor_of(nlp, text, "Yemeni government")
    assert houthis != government
    assert doer(nlp, text, 14) == government
    assert doer(nlp, text, 9) == houthis


def test_the_other_side_of_a_clash_can_come_from_the_lede(nlp: Language) -> None:
    text = (
        "Fighting broke out between the ADF and Ugandan troops near Beni on Friday.\n\n"
        "Local officials said 14 ADF fighters were killed."
    )
    assert doer(nlp, text, 14) == actor_of(nlp, text, "Ugandan troops")


def test_a_claim_without_a_pronoun_names_the_claimant(nlp: Language) -> None:
    """ "the SDF says 11 Islamic State fighters were killed": the SDF claims the kills."""
    text = (
        "The fighting began on Friday with an assault on an army post near Raqqa, in which "
        "the SDF says 11 Islamic State fighters were killed."
    )
    assert doer(nlp, text, 11) == actor_of(nlp, text, "SDF")


@pytest.mark.parametrize(
    ("text", "count", "claimant"),
    [
        ("Russia said 40 Ukrainian soldiers were killed near Pokrovsk on Friday.", 40, "Russia"),
        ("The UN said 5 Ukrainian soldiers were killed near Pokrovsk on Friday.", 5, None),
        ("Seven soldiers were killed in an ambush by ISWAP fighters near Maiduguri.", 7, "ISWAP"),
    ],
)
def test_who_reports_a_forces_dead(
    nlp: Language, text: str, count: int, claimant: str | None
) -> None:
    """A warring state that reports the enemy's dead claims them; a monitor does not."""
    expected = actor_of(nlp, text, claimant) if claimant else None
    found = table(nlp, text)
    assert len(found) == 1
    value = found["perpetrator"].iloc[0]
    assert (None if pd.isna(value) else value) == expected


def test_a_denial_in_the_figures_sentence_takes_no_article_doer(nlp: Language) -> None:
    """The sentence itself leaves the doer open: no other attack's doer fills it."""
    text = (
        "Taliban fighters stormed a district centre in Badakhshan on Monday, killing 11 "
        "people.\n\nThe Taliban denied attacking a checkpoint in Kunduz, a day after the "
        "assault killed 6 police officers."
    )
    assert doer(nlp, text, 11) == actor_of(nlp, text, "Taliban")
    assert doer(nlp, text, 6) is None


def test_people_a_number_counts_are_no_doers_of_the_other_figures(nlp: Language) -> None:
    """ "6 ISWAP fighters died" counts the dead: it says nothing of who killed the villagers."""
    text = "Local sources said 4 villagers and 6 ISWAP fighters died near Monguno on Friday."
    assert doer(nlp, text, 4) is None
    assert doer(nlp, text, 6) is None


def test_a_counted_subject_of_an_active_verb_is_still_the_doer(nlp: Language) -> None:
    text = "Two RSF fighters shot dead 5 men at a checkpoint in Omdurman on Friday."
    assert doer(nlp, text, 5) == actor_of(nlp, text, "RSF")


def test_a_lede_that_reports_a_denial_gives_no_article_doer(nlp: Language) -> None:
    """The story is the denial: a general accusation further down settles no figure."""
    text = (
        "Hezbollah denied firing the rocket that hit a football pitch in Majdal Shams on "
        "Saturday.\n\nDoctors said 30 people were wounded.\n\nIsrael has accused Hezbollah "
        "of firing rockets at towns in the north for months."
    )
    assert doer(nlp, text, 30) is None


@pytest.mark.parametrize(
    ("second", "doer_of_14"),
    [
        ("The raid came two days after a bombing in Konduga killed 14 people.", None),
        (
            "The raid came two days after 14 people were killed in a bombing in Konduga "
            "that Boko Haram also claimed.",
            "Boko Haram",
        ),
    ],
)
def test_a_figure_of_another_attack_takes_only_its_own_doer(
    nlp: Language, second: str, doer_of_14: str | None
) -> None:
    """ "came two days after ...": the earlier attack's toll is not the raid's doer's."""
    text = f"Boko Haram fighters raided Gwoza on Friday, killing 9 people. {second}"
    expected = actor_of(nlp, text, doer_of_14) if doer_of_14 else None
    assert doer(nlp, text, 9) == actor_of(nlp, text, "Boko Haram")
    assert doer(nlp, text, 14) == expected


def test_a_clash_toll_of_both_sides_has_no_single_doer(nlp: Language) -> None:
    """ "clashes between X and Y left 12 dead": the table records no perpetrator (the
    incident's actor2 keeps the victims); a side's own dead are the other side's doing."""
    text = (
        "Clashes between the SDF and Turkish-backed factions left 12 dead near Manbij on "
        "Friday. Local medics said 5 SDF fighters were among them."
    )
    assert doer(nlp, text, 12) is None


def test_a_light_verb_without_an_attack_names_no_doer(nlp: Language) -> None:
    """An official who "conducted a tour" or forces who "took measures" did nothing deadly;
    the article's doer must not come from them (the seed's displaced figure had taken one)."""
    text = (
        "Jordan sent extra troops to its northern border, Interior Minister Mazen al-Faraya "
        "said on Tuesday. The minister also conducted a helicopter tour of the frontier to "
        "inspect measures taken by the border guards, his office said. More than 4,000 "
        "Syrians have been displaced near Daraa by the renewed violence, the UN said."
    )
    assert doer(nlp, text, 4000) is None


def test_a_light_verb_with_an_attack_keeps_its_doer(nlp: Language) -> None:
    text = "The Arakan Army conducted drone strikes on a base near Sittwe, killing 14 soldiers."
    assert doer(nlp, text, 14) == actor_of(nlp, text, "Arakan Army")
