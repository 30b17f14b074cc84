"""People in a patient's place or state are wounded: "a fifth victim was in hospital".

A care place or state (`data/care_states.csv`, kind ``place``: "hospital", "intensive
care", "a critical condition") after "in" on a verb of staying (kind ``stay``: "be",
"remain", "keep", "leave", "recover") makes its people wounded: "three remained in
intensive care", "were kept in hospital overnight", "left five people in hospital", "a
vendor was in a critical condition". The care noun becomes a wounded trigger for the
verb's subject or object, as "taken to hospital" is. Not a visit or a job there ("twelve
nurses were working in the hospital"), a negated stay ("was not in hospital"), nor a stay
for another reason ("was in hospital for a routine operation": a reason after "for" must
be a wound trigger), nor a thing's condition ("in good condition" is no care state).

>>> import analysis
>>> nlp = analysis.load_nlp()
>>> doc = nlp("A fifth victim was in hospital.")
>>> care_states(doc, {})
{5: ('wounded', False)}
>>> care_states(nlp("Twelve nurses were working in the hospital."), {})
{}
"""

from spacy.tokens import Doc, Token

from analysis.extract.casualties.harms import harms, is_care
from analysis.rules import packaged_rows

_ROWS = packaged_rows("care_states")
# A care place or state, as its words: "hospital", ("critical", "condition")
PLACES = tuple(tuple(r["word"].split()) for r in _ROWS if r["kind"] == "place")
STAYS = frozenset(r["word"] for r in _ROWS if r["kind"] == "stay")


def _care_noun(token: Token) -> bool:
    """Whether the noun ends a care place or state's words: "hospital", "critical condition"."""
    doc = token.doc
    for words in PLACES:
        start = token.i - len(words) + 1
        if start < 0 or words[-1] not in {token.lemma_.lower(), token.lower_}:
            continue
        if all(doc[start + k].lower_ == w for k, w in enumerate(words[:-1])):
            return True
    return False


def _other_reason(heads: tuple[Token, ...], triggers: dict) -> bool:
    """A reason after "for" that is no wound: "in hospital for a routine operation"."""
    return any(
        g.dep_ == "pobj" and g.i not in triggers
        for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
    )  # fmt: skip


def _newcomer(verb: Token) -> bool:
    """Whether the verb's people are told as new ones: "a fifth victim", "three others".

    An ordinal or an indefinite "other(s)"/"another"; not "the other four" (the rest of a
    group told before).
    """
    for role in verb.children:
        if role.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        words = [role, *role.children]
        if any(w.dep_ == "det" and w.lower_ == "the" for w in words):
            return False
        if any(w.ent_type_ == "ORDINAL" or w.lower_ in _OTHERS for w in words):
            return True
    return False


_OTHERS = frozenset({"other", "others", "another"})


def care_states(doc: Doc, triggers: dict) -> dict[int, tuple[str, bool]]:
    """Token index of each care noun on a verb of staying -> ("wounded", False).

    The verb's index instead when the care noun hangs on its object ("left five people in
    hospital"), where the walk up from the people meets the verb.

    `triggers` holds the trigger words found so far (a wound reason after "for"). A care
    state after a wound told earlier in the text is that wound's people again ("three
    were stabbed ... The 20-year-old was in a serious condition"), unless they are told
    as new ones ("a fifth victim was in hospital", "three others remained in hospital");
    so is one after an earlier care state.

    With the harms people bear (`harms`: "lost a leg", "suffered broken ribs"); a care
    they get ("underwent surgery", "sought medical help") after a wound told earlier is
    that wound's people again, as a care state is.
    """
    found: dict[int, tuple[str, bool]] = {}
    wounds = [i for i, (outcome, _) in triggers.items() if outcome == "wounded"]
    first = min(wounds, default=len(doc))  # the first wound told, or care state found
    for token in doc:
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        verb, marked = prep.head, token.i
        if verb.dep_ in {"dobj", "nsubjpass"} and verb.pos_ in {"NOUN", "PROPN", "NUM"}:
            verb = verb.head  # "left five people in hospital": the verb names it
            marked = verb.i
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in STAYS:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or not _care_noun(token):
            continue
        if _other_reason((verb, token), triggers):
            continue
        if first < token.i and not _newcomer(verb):
            continue  # "Seven remained in hospital. ... the wounded were in a stable condition"
        found[marked] = ("wounded", False)
        first = min(first, token.i)
    for i, state in harms(doc).items():  # "lost a leg", "sought medical help"
        if is_care(doc[i]) and first < i and not _newcomer(doc[i].head):
            continue  # "three soldiers were wounded ...; two of them underwent surgery"
        found.setdefault(i, state)
    return found
