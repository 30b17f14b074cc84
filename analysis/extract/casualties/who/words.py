"""The words the who/whom/scope rules read, from `data/incident_terms.csv`, loaded once."""

import re
from functools import cache

from spacy.tokens import Doc, Span

from analysis.rules import packaged_rows


@cache
def terms(kind: str) -> dict[str, str]:
    """{term: value} of one kind of `incident_terms.csv` ("agent", "kill_verb", ...)."""
    rows = packaged_rows("incident_terms")
    return {row["term"]: row["value"] for row in rows if row["kind"] == kind}


def words(kind: str) -> frozenset[str]:
    """The terms of one kind, as a set."""
    return frozenset(terms(kind))


@cache
def cue_pattern(kind: str, value: str) -> re.Pattern:
    """A whole-word, case-blind pattern for the terms of one kind with one value."""
    found = sorted((t for t, v in terms(kind).items() if v == value), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in found) + r")\b", re.IGNORECASE)


def sentence_key(sent: Span) -> tuple[Doc, int, int]:
    """The key of a once-per-sentence cache: the Doc itself, start and end.

    The Doc, not its ``id``: a freed Doc's id can come back for the next one.
    """
    return (sent.doc, sent.start, sent.end)
