"""What a name is, said just after it: "the Medico-Legal Unit, a rights group, said".

Writers introduce a body the reader may not know with an apposition after its name: a
comma, an article and a lower-case descriptor of `data/organization_keywords.csv`
("a rights group", "an aid group", "a local newspaper", "the opposition party") or a
criminal group's word ("the gang that runs the port"). The descriptor says the body's
type over the words of its name ("Unit" reads as a police unit) and over an untyped
organisation; a gazetteer actor keeps its type.
"""

from spacy.tokens import Doc, Span

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
        if first >= len(doc) or doc[first].pos_ not in ("ADJ", "PROPN", "NOUN"):
            break
    return None


def described_after(spans: list[Span], known: frozenset[str]) -> list[Span]:
    """Give a name the type of the apposition just after it ("X, a rights group")."""
    result = []
    for span in spans:
        kind = _described_as(span.doc, span.end)
        if kind is not None and span.text not in known and span.label_ != kind:
            name = span.text  # "Military Forces of Kenya" was read off the name's "Unit"
            span = Span(span.doc, span.start, span.end, label=kind, kb_id=name, span_id=name)
        result.append(span)
    return result
