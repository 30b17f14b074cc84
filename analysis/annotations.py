"""Read what the pipeline wrote onto a Doc; shared by the extractors.

Everything read here survives a ``DocBin(store_user_data=True)`` round trip: entities
with their ``kb_id_``, the ``doc.spans["actors"]`` group, sentence starts, lemmas and
dependencies. Extractors never re-run the pipeline on a Doc they are given.
"""

from collections.abc import Iterable, Sequence

import pandas as pd
from spacy.tokens import Doc, Span

from analysis.components import ACTOR_SPANS_KEY
from analysis.nlp import load_nlp


def as_doc(text_or_doc: str | Doc) -> Doc:
    """Return `text_or_doc` if it is a Doc, else parse it with `load_nlp()`."""
    if isinstance(text_or_doc, Doc):
        return text_or_doc
    return load_nlp()(str(text_or_doc))


def actor_spans(doc: Doc) -> list[Span]:
    """The Doc's actor mentions in text order (empty if the resolver did not run)."""
    if ACTOR_SPANS_KEY not in doc.spans:
        return []
    return sorted(doc.spans[ACTOR_SPANS_KEY], key=lambda span: span.start)


def sentence_ids(doc: Doc) -> list[int]:
    """Sentence index of every token; all 0 when the Doc has no sentence boundaries."""
    if not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    ids = []
    for number, sentence in enumerate(doc.sents):
        ids.extend([number] * len(sentence))
    return ids


def frame(
    rows: Iterable[dict],
    columns: Sequence[str],
    ints: Sequence[str] = (),
    bools: Sequence[str] = (),
) -> pd.DataFrame:
    """A DataFrame with exactly `columns`: `ints` int64, `bools` bool, the rest str (or NA)."""
    df = pd.DataFrame(list(rows), columns=list(columns))
    types = {c: ("int64" if c in ints else "bool" if c in bools else "str") for c in columns}
    return df.astype(types)
