"""People displaced now: a country's or a region's count of its displaced is no incident's toll.

Full articles set the people an incident drove out against the crisis around it: "More than
380,000 people are displaced in central Mali, according to the UN refugee agency", "about 4.5
million people remain displaced across Yemen", "adding to more than one million Haitians
already forced from their homes". Coders give such counts no row (every open set: city,
country or year statistics are no rows): they count the people displaced as things stand
over an area, not the people one incident displaced. `displaced_now` tells them, in an
article's background (`tallies.background`: in a headline, a lede or a short report such a
count is the story's own, "more than 3 million people are now displaced, according to the
UN", and stays a row), by:

- the present tense over an area: the counted people are the subject of "are displaced"
  or "remain displaced" (not "have been displaced", not "were": an incident's), "in",
  "inside", "across" or "throughout" a country (the `demonyms` table's countries) or a
  `scope_noun` ("in the province", "in the Atacora department"). A town is where an
  incident's displaced went ("are now displaced in Sévaré") and stays a row, and so does
  a clause that dates the displacement or ties it to an event ("after Monday's attack",
  "since Friday");
- or "already" on the participle the counted people are the subject of, with no
  auxiliary ("Haitians already forced from their homes"): a stock that the incident's
  displaced add to ("families had already fled to the town" is an incident's).
"""

from functools import cache

from spacy.tokens import Token

from analysis.extract.casualties.figures import Figure
from analysis.extract.casualties.tallies import background
from analysis.extract.casualties.terms import Rules
from analysis.rules import packaged_rows

_AREA_PREPS = frozenset({"in", "inside", "across", "throughout"})
_STAYING = frozenset({"be", "remain"})
_PRESENT = frozenset({"VBP", "VBZ"})
_EVENT_WORDS = frozenset({"after", "since", "following", "during", "when", "as"})


@cache
def _countries() -> frozenset[str]:
    """Country names in lower case, from the `demonyms` table."""
    return frozenset(row["country"].lower() for row in packaged_rows("demonyms"))


def _already(verb: Token) -> bool:
    """A participle with "already" and no auxiliary: "(Haitians) already forced from ..."."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "advmod" and c.lower_ == "already" for c in children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in children)
    )


def _present_heads(verb: Token) -> list[Token]:
    """The verb and its displacement complement when it says "are / remain displaced" now.

    "are displaced": a participle with a present-tense "be" and no "have"; "remain
    displaced": a present-tense "remain" or "be" with the participle as its complement.
    """
    children = list(verb.children)
    if verb.tag_ == "VBN":
        auxes = [c for c in children if c.dep_ in {"aux", "auxpass"}]
        present = [c for c in auxes if c.lemma_.lower() in _STAYING and c.tag_ in _PRESENT]
        return [verb] if present and len(present) == len(auxes) else []
    if verb.lemma_.lower() in _STAYING and verb.tag_ in _PRESENT:
        complements = [c for c in children if c.dep_ in {"acomp", "oprd", "xcomp"}]
        return [verb, *complements] if complements else []
    return []


def _over_an_area(heads: list[Token], rules: Rules) -> bool:
    """An "in / across / inside" phrase on one of `heads` naming a country or a scope noun."""
    return any(
        obj.dep_ == "pobj"
        and (obj.lemma_.lower() in rules.scope_nouns or obj.text.lower() in _countries())
        for head in heads for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _AREA_PREPS
        for obj in prep.children
    )  # fmt: skip


def _of_an_event(heads: list[Token]) -> bool:
    """A clause or phrase on `heads` that dates or causes it: "after the attack", "on Monday"."""
    for head in heads:
        for child in head.children:
            if child.lower_ in _EVENT_WORDS or (child.ent_type_ in {"DATE", "TIME"}):
                return True
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _EVENT_WORDS for m in child.children
            ):
                return True
    return False


def displaced_now(figure: Figure, rules: Rules) -> bool:
    """Whether a displaced figure counts an area's displaced people now (see the module)."""
    if figure.outcome != "displaced" or figure.implicit or not background(figure.sent):
        return False
    people = figure.noun if figure.noun is not None else figure.span.root
    verb = people.head
    if people.dep_ not in {"nsubj", "nsubjpass"} or verb.i == people.i:
        return False
    if _already(verb):
        return True
    heads = _present_heads(verb)
    return bool(heads) and _over_an_area(heads, rules) and not _of_an_event(heads)
