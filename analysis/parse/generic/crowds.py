"""The same crowd named again: "families" in a headline's brawl and in the body's dispute.

A passage often names a crowd twice: in a headline whose few words carry its deed ("brawl
between families", "riders protest") and in a body sentence that says only who they are.
Coders type the crowd once, by its deed.
"""

from spacy.tokens import Span

from analysis.parse.generic.deeds import CIVILIANS, PROTESTERS, RIOTERS


def same_crowd(spans: list[Span], nouns: dict[str, tuple[str, str]]) -> list[Span]:
    """The people a passage names again keep the type their deed gave them.

    "Brawl between families" in a headline and "a dispute between two extended families
    escalated" in the body are one crowd: a mention the table typed by its noun alone
    (civilians) takes the type a deed gave another mention of the same noun (protesters
    or rioters), when the passage's deeds give that noun one such type only.
    """

    def default(span: Span) -> str:
        words = span.text.lower().split()
        return nouns.get(" ".join(words[-2:]), nouns.get(words[-1], ("",)))[0]

    deeds: dict[str, set[str]] = {}
    for span in spans:
        if span.label_ in (PROTESTERS, RIOTERS) and span.label_ != default(span):
            deeds.setdefault(span[-1].lower_, set()).add(span.label_)
    out = []
    for span in spans:
        found = deeds.get(span[-1].lower_, set())
        if span.label_ == CIVILIANS == default(span) and len(found) == 1:
            kind = next(iter(found))
            name = next(v[1] for v in nouns.values() if v[0] == kind)
            name = name.format(country=span.kb_id_[span.kb_id_.find("(") + 1 : -1])
            span = Span(span.doc, span.start, span.end, label=kind, kb_id=name, span_id=name)
        out.append(span)
    return out
