"""Offices of state as the state's actor: "Interior minister X said", "the Taoiseach".

Coders name the holder of a state office by the office's state ("Government of France"
for "Interior minister Gérald Darmanin said"), and the person, when named, stays a
person. An office is a word of kind `office` in `data/party_words.csv` ("minister",
"governor", "commissioner", "secretary", "Taoiseach") with the words that qualify it
("Interior", "Chief", "resident district", "security"); it is the state's when it
stands before a person's name ("Governor Yahaya Bello", "Masaka's Resident City
Commissioner, Rose Nabukeera"), is written alone and definite ("the security
secretary told", "The Taoiseach said"), or was read as a person by itself. A party's,
a group's or a club's officer is no state's: an office owned by a party or an armed
group ("the party's general secretary"), qualified by a party word, or "general"
("general secretary", "Secretary-General"), or indefinite ("a school secretary was
wounded") is left alone.
"""

from spacy.tokens import Doc, Span, Token

from analysis.parse.mentions import DETERMINERS, PARTY_NOUNS, POSSESSIVES
from analysis.parse.spans import ACTOR_SPANS_KEY
from analysis.rules import of_kind

_OFFICE_ROWS = of_kind("party_words", "word", "office")
OFFICES = frozenset(w.lower() for w in _OFFICE_ROWS)
# Offices the table writes capitalised are the state's alone only when written so ("the
# President"; "the club president" is no state's); before a name, any office is.
TITLED_ONLY = frozenset(w.lower() for w in _OFFICE_ROWS if not w.islower())
# How many words may qualify an office ("resident district commissioner": two).
QUALIFIER_WINDOW = 3
# Types of a mention an office's qualifiers may hold and lose to it ("National Security
# Minister": the "National Security" an organisation no word typed; "Resident" read as
# a resident).
ABSORBED = frozenset({"other", "civilians"})
# Types of an owner that make an office the state's ("Kenya's Cabinet Secretary").
STATE_OWNERS = frozenset({"state", "state_forces"})
# Entity labels a qualifier of an office never has: a place ("Belgorod governor") or a
# people is where the office is, not its name.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
GENERAL = "general"


def _qualifiers(doc: Doc, head: Token, taken: dict[int, Span]) -> int:
    """Where the office's words begin: the head's qualifying words just before it."""
    start = head.i
    while (
        start > 0
        and head.i - start < QUALIFIER_WINDOW
        and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")
        and doc[start - 1].is_alpha
        and doc[start - 1].lower_ not in DETERMINERS
        and doc[start - 1].ent_type_ not in PLACE_LABELS
        and (start - 1 not in taken or taken[start - 1].label_ in ABSORBED)
    ):
        start -= 1
    return start


def _owned_by_a_party(doc: Doc, start: int, taken: dict[int, Span]) -> bool:
    """Whether a possessive before the office names a party, not a state ("the party's")."""
    if start < 2 or doc[start - 1].lower_ not in POSSESSIVES:
        return False
    owner = doc[start - 2]
    span = taken.get(owner.i)
    return owner.lower_ in PARTY_NOUNS or (span is not None and span.label_ not in STATE_OWNERS)


def _a_persons_name_after(doc: Doc, end: int, taken: dict[int, Span]) -> bool:
    """Whether a person's name follows the office, maybe after a comma ("Governor X")."""
    i = end + (1 if end < len(doc) and doc[end].text == "," else 0)
    span = taken.get(i)
    return span is not None and span.start == i and span.label_ == "person"


def _sentence_state(doc: Doc, start: int, states: list[Span]) -> str | None:
    """The state its sentence names, nearest before the office, else first after it.

    "Iraq sent troops to the border with Syria, Defense Minister X said": Iraq's minister,
    though the article names Syria more.
    """
    sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    inside = [s for s in states if sentence.start <= s.start < sentence.end]
    before = [s for s in inside if s.start < start]
    nearest = before[-1] if before else next((s for s in inside if s.start > start), None)
    return nearest.kb_id_ if nearest is not None else None


def office_holders(doc: Doc, country: str) -> None:
    """Add the state's mention for each office of state (see the module docstring).

    An office is of the state its sentence names (`_sentence_state`), else of `country`,
    the article's.
    """
    actors = list(doc.spans[ACTOR_SPANS_KEY])
    taken = {i: s for s in actors for i in range(s.start, s.end)}
    found = []
    for span in actors:  # "The Taoiseach" read as a person: the office alone
        if span.label_ in ("person", "other") and all(t.lower_ in OFFICES for t in span):
            found.append((span.start, span.end))
    for head in doc:
        if head.lower_ not in OFFICES or head.i in taken or not head.is_alpha:
            continue
        after = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
        start = _qualifiers(doc, head, taken)
        words = {t.lower_ for t in doc[start : head.i + 1]}
        if GENERAL in words | {after} or words & PARTY_NOUNS or after == "-":
            continue  # "general secretary", "Secretary-General", "party president"
        if _owned_by_a_party(doc, start, taken):
            continue
        before = doc[start - 1].lower_ if start > 0 else ""
        named = _a_persons_name_after(doc, head.i + 1, taken)
        definite = before in DETERMINERS - {"a", "an"} or before in POSSESSIVES
        alone = head.is_title or (start < head.i and head.lower_ not in TITLED_ONLY)
        if named or (definite and alone):
            found.append((start, head.i + 1))
    if not found:
        return
    states = [a for a in actors if a.label_ == "state"]
    owners = [_sentence_state(doc, start, states) or country for start, _ in found]
    spans = [Span(doc, s, e, label="state", kb_id=owner, span_id=owner)
             for (s, e), owner in zip(found, owners, strict=True)]  # fmt: skip
    kept = [a for a in actors if not any(a.start < e and s < a.end for s, e in found)]
    doc.spans[ACTOR_SPANS_KEY] = sorted([*kept, *spans], key=lambda s: (s.start, s.end))
