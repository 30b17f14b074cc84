"""Shared fixtures: one loaded spaCy pipeline and the seed article for the whole session."""

from pathlib import Path

import pytest
from spacy.language import Language

import analysis


@pytest.fixture(scope="session")
def nlp() -> Language:
    return analysis.load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return str(analysis.load_corpus(Path(__file__).parents[1] / "seeds")["text"][0])
