"""Compose cleaning steps left to right."""

from collections.abc import Callable
from functools import reduce

from analysis.cleaning.normalize import (
    control_characters,
    invisible_marks,
    line_endings,
    unicode_nfc,
    whitespace,
)

TextStep = Callable[[str], str]


def make_pipeline(*steps: TextStep) -> TextStep:
    """Return one function applying `steps` left to right.

    >>> make_pipeline(str.strip, str.upper)("  kyiv ")
    'KYIV'
    """
    return lambda text: reduce(lambda acc, step: step(acc), steps, text)


DEFAULT_STEPS: tuple[TextStep, ...] = (
    line_endings,
    control_characters,
    invisible_marks,
    unicode_nfc,
    whitespace,
)

normalize_text: TextStep = make_pipeline(*DEFAULT_STEPS)
"""The default character-level normalisation: line endings, control characters, direction
marks and in-word joiners, NFC, spaces."""
