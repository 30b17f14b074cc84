"""Which reading of an ambiguous short name an article means ("RSF", "ADF", "Bari").

Readings come from `data/ambiguous_names.csv`: a reading may need the article to name its
country, the name to be written in capitals, or both. An armed noun next to the name
("RSF fighters", "militiamen of the SNA") leaves only the readings that are armed parties:
Reporters Without Borders has no fighters.
"""

from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Doc, Span

from analysis.parse.gazetteer import Ambiguity
from analysis.parse.mentions import DETERMINERS
from analysis.parse.spans import MODEL_SPANS_KEY

# How many words before the name may hold "fighters of (the)".
OWNER_WINDOW = 3


def armed_context(doc: Doc, start: int, end: int, armed_nouns: frozenset[str]) -> bool:
    """Whether an armed noun goes with the name: "RSF fighters", "militiamen of the RSF"."""
    after = doc[end].lower_ if end < len(doc) else ""
    before = [t.lower_ for t in doc[max(start - OWNER_WINDOW, 0) : start]]
    owner = "of" in before and any(word in armed_nouns for word in before)
    return after in armed_nouns or owner


def a_side_in_a_fight(doc: Doc, start: int, end: int, clash_words: frozenset[str]) -> bool:
    """Whether the name is a side of a fight: "clashes between the KIA and junta troops".

    The name hangs on "between", whose head is a word of a clash ("clashes", "fighting")
    or a verb whose subject is one ("fighting broke out between the SDF and ..."): the
    sides of a fight are parties, not places, though "between" also joins two places.
    """
    root = doc[start:end].root
    if root.dep_ == "conj":  # "between the army and the SDF"
        root = root.head
    between = root.head
    if root.dep_ != "pobj" or between.lower_ != "between":
        return False
    clash = between.head
    words = {clash.lower_, clash.lemma_.lower()}
    words |= {c.lower_ for c in clash.children if c.dep_ in ("nsubj", "nsubjpass")}
    return bool(words & clash_words)


def choose_reading(
    readings: list[Ambiguity], name: str, countries: Counter[str], types: dict[str, str],
    *, armed: frozenset[str] = frozenset(),
) -> str | None:  # fmt: skip
    """The actor of the fitting reading whose country the article names most, else the default.

    `types` maps each reading's actor to its actor type. `armed` holds the armed types
    when an armed noun goes with the name: then only readings of those types fit, and
    when they all name one actor, it is chosen even in an article that names no country
    ("RSF fighters stormed the village").

    >>> rsf = [Ambiguity("RSF", "Rapid Support Forces", "Sudan", "country"),
    ...        Ambiguity("RSF", "Reporters Without Borders", "", "uppercase")]
    >>> types = {"Rapid Support Forces": "armed_group", "Reporters Without Borders": "ngo"}
    >>> choose_reading(rsf, "RSF", Counter(), types), choose_reading(rsf, "RSF", Counter(),
    ...     types, armed=frozenset({"armed_group"}))
    ('Reporters Without Borders', 'Rapid Support Forces')
    """
    fitting = [r for r in readings if r.applies(name, countries)]
    if armed:
        armed_readings = [
            r for r in readings
            if types.get(r.actor) in armed and (r.requires == "country" or name.isupper())
        ]  # fmt: skip
        fitting = [r for r in fitting if r in armed_readings]
        if not fitting and len({r.actor for r in armed_readings}) == 1:
            return armed_readings[0].actor
    scored = [(countries[r.context_country], r) for r in fitting if r.context_country]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))[1]
    best = best or next((r for r in fitting if not r.context_country), None)
    return None if best is None else best.actor


def _words(span: Span) -> int:
    """How many words a name has, less its articles ("The Resistance Front": two)."""
    return sum(t.lower_ not in DETERMINERS for t in span)


def prefer_longer_model_entities(doc: Doc, ambiguous: Mapping[str, object]) -> None:
    """An ambiguous name inside a longer model entity is part of that name.

    "Popular Front" is a Burkinabè group only when it stands alone; in "the Popular
    Front for Azawad Unity" the model's longer entity is the name.
    """
    ents = list(doc.ents)
    for i, ent in enumerate(ents):
        if ent.ent_id_ not in ambiguous:
            continue
        longer = [  # "The Resistance Front" is no longer name than "Resistance Front"
            m
            for m in doc.spans.get(MODEL_SPANS_KEY, [])
            if m.start <= ent.start and ent.end <= m.end and _words(m) > _words(ent)
        ]
        others = [e for j, e in enumerate(ents) if j != i]
        if longer and not any(e.start < longer[0].end and longer[0].start < e.end
                              for e in others):  # fmt: skip
            ents[i] = longer[0]
    doc.ents = ents
    for ent in doc.ents:
        if ent.ent_id_ in ambiguous and ent.text != ent.ent_id_:
            for token in ent:
                token.ent_id = 0  # the longer name is no longer the ambiguous one
