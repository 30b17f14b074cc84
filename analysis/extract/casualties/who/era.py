"""A group in power when the text was written goes under its state's name, as in the actors table.

`analysis.parse.eras` holds the rule (the Taliban are the state of Afghanistan in texts
dated after 15 August 2021); the actors table applies it to each mention, and the
casualty table's perpetrator and victims' actor take it here, so an incident's `actor1`
names the same party as the article's actors. The text's date is worked out once per Doc
and group: a document with thousands of figures stays linear.
"""

from spacy.tokens import Doc

from analysis.parse.eras import ERAS, in_power


class _DocEras:
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.found: dict[tuple[str, bool], str] = {}


_ERAS = _DocEras()


def in_its_era(doc: Doc, actor: str | None, start: int | None, end: int | None) -> str | None:
    """`actor`'s name at the date of `doc`'s text (`analysis.parse.eras.in_power`).

    `start`/`end` are the characters of the mention that named it: the group named ("the
    Taliban") is the state, a category resolved to it ("the militants") the state's
    forces; with no mention (the article's doer) the group counts as named. Any actor
    without an era comes back as it is.
    """
    if actor is None or actor not in ERAS:
        return actor
    if _ERAS.doc is not doc:
        _ERAS.doc, _ERAS.found = doc, {}
    span = doc.char_span(start, end, alignment_mode="expand") if start is not None else None
    named = span is None or actor in span.text
    key = (actor, named)
    if key not in _ERAS.found:
        era = in_power(actor, named, doc.text)
        _ERAS.found[key] = era[0] if era is not None else actor
    return _ERAS.found[key]
