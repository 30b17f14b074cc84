"""Doc helpers shared by the extractors: actor spans, sentence numbers, token codes, quotes.

Everything read here survives a ``DocBin(store_user_data=True)`` round trip: entities
with their ``kb_id_``, the ``doc.spans["actors"]`` group, sentence starts, lemmas and
dependencies. Extractors never re-run the pipeline on a Doc they are given; text becomes a
Doc only through `analysis.parse.as_doc`.
"""

import re
from collections.abc import Iterator

import numpy as np
import pandas as pd
from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER, POS
from spacy.tokens import Doc, Span

from analysis.parse.model import SURROGATES
from analysis.parse.spans import ACTOR_SPANS_KEY


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


def sentence_index(doc: Doc) -> tuple[list[Span], list[int]]:
    """The sentences of `doc` and, for each token, the number of its sentence."""
    sents = list(doc.sents)
    sentence_of = [0] * len(doc)
    for number, sent in enumerate(sents):
        sentence_of[sent.start : sent.end] = [number] * len(sent)
    return sents, sentence_of


IOB_INSIDE, IOB_BEGIN = 1, 3  # spaCy's codes for "I" and "B" in `Token.ent_iob`


class TokenCodes:
    """Each token's entity IOB code, entity label, part of speech and lower form, as arrays.

    For finding the few proper nouns, entities or given words of an article by array tests
    rather than by asking every `Token` for its strings (a `Token` is made at each access):
    what runs on every Doc of a corpus (the place index) looks at a handful of tokens.
    """

    def __init__(self, doc: Doc) -> None:
        """Read the four codes of every token of `doc` in one `Doc.to_array` call."""
        self.doc = doc
        codes = doc.to_array([ENT_IOB, ENT_TYPE, POS, LOWER]).reshape(len(doc), 4)
        self.iob, self.ent, self.pos, self.lower = codes.T

    def _key(self, string: str) -> np.unsignedinteger:
        return self.ent.dtype.type(self.doc.vocab.strings[string] if string else 0)

    def labelled(self, labels: tuple[str, ...]) -> np.ndarray:
        """Whether each token's entity label is one of `labels` ("" for none)."""
        found = np.zeros(len(self.ent), dtype=bool)
        for label in labels:  # a few labels: faster than `np.isin` on an article's tokens
            found |= self.ent == self._key(label)
        return found

    def where_lower(self, word: str) -> list[int]:
        """The tokens whose lower-case form is `word`."""
        return np.flatnonzero(self.lower == self._key(word)).tolist()

    def entities(self) -> list[tuple[int, int]]:
        """(start, end) of each entity, in text order: `doc.ents` without making its Spans."""
        runs, iob = [], self.iob.tolist()
        for start in np.flatnonzero(self.iob == IOB_BEGIN).tolist():
            end = start + 1
            while end < len(iob) and iob[end] == IOB_INSIDE:
                end += 1
            runs.append((start, end))
        return runs


def token_range(doc: Doc, start: int, end: int) -> range:
    """Indices of the tokens that characters ``start:end`` touch."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def with_surface(table: pd.DataFrame, text_or_doc: str | Doc, column: str) -> pd.DataFrame:
    """Take `column` from the original string where `as_doc` had to replace characters.

    The column is then of object dtype: pandas' Arrow strings cannot hold surrogates.
    """
    if isinstance(text_or_doc, Doc) or not SURROGATES.search(text_or_doc) or table.empty:
        return table
    surface = [text_or_doc[s:e] for s, e in zip(table["start"], table["end"], strict=True)]
    return table.assign(**{column: pd.Series(surface, index=table.index, dtype=object)})


# --- direct quotes: read by the quotes table, and skipped by the events table -----------

PAIRS = {"“": "”", "«": "»", "„": "“"}
STRAIGHT = '"'
OPENING_MARK = re.compile("[" + re.escape("".join(PAIRS) + STRAIGHT) + "]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
TRIM = " \t\n,;:"


def quote_offsets(text: str, *, min_words: int = 4) -> list[tuple[int, int]]:
    """Return (start, end) of every quote's text, without its marks and trailing commas.

    >>> text = 'He said “we will win, ” and “no.” Then: "Talks failed again today."'
    >>> [text[s:e] for s, e in quote_offsets(text, min_words=2)]
    ['we will win', 'Talks failed again today.']
    """
    found = []
    for paragraph_start, paragraph in _paragraphs(text):
        for start, end in _marked(paragraph):
            inner = paragraph[start:end]
            left = len(inner) - len(inner.lstrip(TRIM))
            right = len(inner.rstrip(TRIM))
            if right > left and len(inner[left:right].split()) >= min_words:
                found.append((paragraph_start + start + left, paragraph_start + start + right))
    return found


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


def _marked(paragraph: str) -> Iterator[tuple[int, int]]:
    """Spans between paired marks; an unclosed mark is ignored.

    Jumps from mark to mark with `re.search` and `str.find` rather than looking at every
    character: while a quote is open, only its closing mark counts.
    """
    position = 0
    while (opening := OPENING_MARK.search(paragraph, position)) is not None:
        closing = paragraph.find(PAIRS.get(opening.group(), STRAIGHT), opening.end())
        if closing < 0:
            return
        yield opening.end(), closing
        position = closing + 1
