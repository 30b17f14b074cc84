"""A user's own corpus: Makefile paths, headline/dateline/byline layouts, HTML pages."""

import subprocess
from pathlib import Path

import pytest

from analysis.cleaning.article import clean_article, paragraph_table

ROOT = Path(__file__).resolve().parents[2]


def make_dry_run(*args: str, cwd: Path = ROOT) -> str:
    """The commands `make -n` would run from `cwd` with these arguments."""
    command = ["make", "-n", "-C", str(ROOT), *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(
    ("corpus", "expected"),
    [
        ("/srv/articles", "/srv/articles"),
        ("~/articles", f"{Path.home()}/articles"),
        ("corpora/constructed", f"{ROOT}/corpora/constructed"),
        ("/srv/my articles", "/srv/my articles"),
        ("~/Reporters' notes/2026", f"{Path.home()}/Reporters' notes/2026"),
    ],
)
def test_figures_passes_absolute_corpus_paths(corpus: str, expected: str) -> None:
    commands = make_dry_run("figures", f"CORPUS={corpus}")
    assert f'-p corpus_dir "{expected}"' in commands
    assert "../" not in commands


def test_figures_for_another_corpus_never_write_into_versioned_figures() -> None:
    commands = make_dry_run("figures", "CORPUS=corpora/constructed")
    assert f'-p figures_dir "{ROOT}/build/figures/constructed"' in commands
    seed = make_dry_run("figures")
    assert f'-p figures_dir "{ROOT}/figures"' in seed


def test_a_corpus_folder_with_spaces_keeps_its_whole_name_for_its_figures() -> None:
    commands = make_dry_run("figures", "CORPUS=/srv/field notes")
    assert f'-p figures_dir "{ROOT}/build/figures/field notes"' in commands


def test_figures_folder_may_start_with_home() -> None:
    commands = make_dry_run("figures", "CORPUS=seeds", "FIGURES=~/figs")
    assert f'-p figures_dir "{Path.home()}/figs"' in commands


def test_make_help_lists_targets() -> None:
    listing = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "help"], capture_output=True, text=True, check=True
    ).stdout
    for target in ["figures", "report", "screenshots", "lab", "test", "rebaseline"]:
        assert any(line.split()[0] == target for line in listing.splitlines() if line.strip())


def test_lab_registers_the_kernel_for_the_user_and_takes_options() -> None:
    commands = make_dry_run("lab", "LAB_ARGS=--no-browser --port=9999")
    assert "ipykernel install --user --name conflict-news" in commands
    assert "--no-browser --port=9999" in commands


BODY = (
    "Government forces shelled the market in the north of the city on Monday, killing at "
    "least 12 people, residents said.\n\nAid groups said more than 300 families had fled."
)


def test_headline_directly_followed_by_body() -> None:
    article = clean_article("Shelling hits market in El Fasher\n" + BODY)
    assert article.title == "Shelling hits market in El Fasher"
    assert article.paragraphs[0].startswith("Government forces shelled")


def test_headline_then_blank_line() -> None:
    article = clean_article("Shelling hits market in El Fasher\n\n" + BODY)
    assert article.title == "Shelling hits market in El Fasher"
    assert len(article.paragraphs) == 2


def test_no_headline() -> None:
    article = clean_article(BODY)
    assert article.title is None
    assert article.paragraphs[0].startswith("Government forces shelled")


def test_hard_wrapped_first_sentence_is_no_headline() -> None:
    raw = (
        "Government forces shelled the market in the north of the city on Monday\n"
        "morning, residents said.\n\nAid groups said more than 300 families had fled."
    )
    article = clean_article(raw)
    assert article.title is None
    assert article.paragraphs[0].endswith("on Monday morning, residents said.")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_all_caps_dateline_and_byline(gap: str) -> None:
    raw = (
        f"Shelling hits market in El Fasher{gap}By Jane Doe and Omar Said{gap}"
        f"EL FASHER, Sudan (Reuters) - {BODY}"
    )
    article = clean_article(raw)
    assert article.title == "Shelling hits market in El Fasher"
    assert article.byline == "By Jane Doe and Omar Said"
    assert article.dateline == "EL FASHER, Sudan (Reuters)"
    assert article.paragraphs[0].startswith("Government forces shelled")
    assert clean_article(article.to_raw()) == article
    statuses = paragraph_table(raw)["status"].tolist()
    assert statuses[:3] == ["headline", "byline", "kept"]


def test_dateline_on_a_line_of_its_own() -> None:
    article = clean_article(f"Shelling hits market\nEL FASHER, Sudan (Reuters) -\n{BODY}")
    assert article.title == "Shelling hits market"
    assert article.dateline == "EL FASHER, Sudan (Reuters)"
    assert article.paragraphs[0].startswith("Government forces shelled")
