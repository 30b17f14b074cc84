"""What a name is, said just after it: "the Medico-Legal Unit, a rights group, said".

Writers introduce a body the reader may not know with an apposition after its name: a
comma, an article and a lower-case descriptor of `data/organization_keywords.csv`
("a rights group", "an aid group", "a local newspaper", "the opposition party") or a
criminal group's word ("the gang that runs the port"). The descriptor says the body's
type over the words of its name ("Unit" reads as a police unit) and over an untyped
organisation; a gazetteer actor keeps its type.
"""

from spacy.tokens import Doc, Span

from analysis.parse.generic.deeds import VIOLENT_VERBS
from analysis.parse.mentions import DETERMINERS
from analysis.rules import mapping, of_kind

# Lower-case descriptors and their types ("rights group": ngo), longest first.
DESCRIPTORS = sorted(
    (
        (tuple(keyword.split()), kind)
        for keyword, kind in mapping("organization_keywords", "keyword", "actor_type").items()
        if keyword.islower() and kind in ("ngo", "media", "political")
    ),
    key=lambda pair: -len(pair[0]),
) + [  # "Los Monos, the gang that runs the port": a criminal group's word (`party_words.csv`)
    ((word,), "armed_group") for word in sorted(of_kind("party_words", "word", "criminal"))
    if word.islower() and word != "faction"
]  # fmt: skip
# How many words (adjectives such as "local", "Kenyan") may stand before the descriptor.
LEAD_WORDS = 3
# The words of a base before the descriptor ("a Dhaka-based rights group").
BASED = frozenset({"-", "based"})
# A body's head nouns ("group", "movement"): an apposition on one that tells of violence
# ("a radical group that has claimed attacks", "an armed movement") makes an armed group.
BODY_NOUNS = frozenset(of_kind("party_words", "word", "body"))
# The generic nouns of armed parties, as words ("armed group", "militants", "insurgent").
ARMED_WORDS = frozenset(
    word
    for noun, kind in mapping("generic_actors", "noun", "actor_type").items()
    if kind in ("armed_group", "unidentified_armed_group", "militia")
    for word in noun.split()
)


def _described_as(doc: Doc, end: int) -> str | None:
    """The type the apposition after a name's `end` gives it, or None."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in DETERMINERS:
        return None
    start = end + 2
    for lead in range(LEAD_WORDS + 1):
        first = start + lead
        for words, kind in DESCRIPTORS:
            described = doc[first : first + len(words)]
            if (
                tuple(t.lower_ for t in described) == words
                and all(t.is_lower for t in described)
                and described[-1].dep_ == "appos"  # "X, the news agency IRNA reported": no
                and described[-1].head.i < end  # apposition, but the subject of a clause
            ):
                return kind
        if first >= len(doc) or not (
            doc[first].pos_ in ("ADJ", "PROPN", "NOUN") or doc[first].text in BASED
        ):  # "Odhikar, a Dhaka-based rights group"
            break
    return None


def _violent_body(doc: Doc, start: int, end: int) -> bool:
    """Whether the apposition after a name is a body that does violence.

    "X, a separatist group that has carried out bombings before", "Y, a network behind
    a string of killings":
    the apposition's head is a body noun of `party_words.csv` (kind `body`) and its words
    hold a verb or noun of violence (`incident_terms.csv`) or an armed party's word ("an
    armed movement"). "X, a volunteer group that patrols the streets" says no violence.
    """
    heads = [t for t in doc[end + 1 : min(end + 12, len(doc))]
             if t.dep_ == "appos" and start <= t.head.i < end]  # fmt: skip
    if not heads or heads[0].lower_ not in BODY_NOUNS:
        return False
    words = [t for t in heads[0].subtree if t.i > end]
    return any(  # "claimed attacks", "a string of killings", "an armed movement"
        t.lemma_.lower().removesuffix("ing") in VIOLENT_VERBS or t.lower_ in ARMED_WORDS
        for t in words
    )


def described_after(spans: list[Span], known: frozenset[str]) -> list[Span]:
    """Give a name the type of the apposition just after it ("X, a rights group")."""
    result = []
    for span in spans:
        kind = _described_as(span.doc, span.end)
        if kind is None and span.label_ in ("person", "other"):
            kind = "armed_group" if _violent_body(span.doc, span.start, span.end) else None
        if kind is not None and span.text not in known and span.label_ != kind:
            name = span.text  # "Military Forces of Kenya" was read off the name's "Unit"
            span = Span(span.doc, span.start, span.end, label=kind, kb_id=name, span_id=name)
        result.append(span)
    return result
