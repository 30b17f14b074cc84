"""Moved: the place names the actor resolver asks about live in `analysis.parse.places`.

This module only re-exports them, so older imports keep working; new code imports
`analysis.parse.places`.
"""

from analysis.parse.places import (
    ADMIN_WORDS,
    HYPHENS,
    LOCATIVE_PREPOSITIONS,
    PLACE_DESCRIPTOR_SUFFIXES,
    STRONG_LOCATIVES,
    is_country,
    is_locative,
    is_place,
    is_place_descriptor,
    place_country,
)  # fmt: skip

__all__ = [
    "ADMIN_WORDS", "HYPHENS", "LOCATIVE_PREPOSITIONS", "PLACE_DESCRIPTOR_SUFFIXES",
    "STRONG_LOCATIVES", "is_country", "is_locative", "is_place", "is_place_descriptor",
    "place_country",
]  # fmt: skip
