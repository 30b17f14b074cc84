"""Direct quotes and who said them.

A quote is text between paired quotation marks (“…”, "…", «…») inside one paragraph,
of at least `min_words` words (shorter ones are scare quotes: “under control”). Its cue
is the nearest reporting verb (`reporting_verbs.csv`) outside the quote in the sentences
it touches, and its speaker is that verb's subject, resolved to an actor (a mention, a
pronoun's antecedent, or a role such as "the minister"). A quote without a cue continues
the previous quote's speaker.
"""

import pandas as pd
from spacy.tokens import Doc, Token

from analysis.extract.doc import quote_offsets, sentence_ids, token_range, with_surface
from analysis.extract.reference import ActorReference
from analysis.extract.registry import Table, register
from analysis.parse import as_doc
from analysis.rules import RuleSet, reporting_verbs
from analysis.tables import column_dtypes, columns_frame, rows_to_columns

# Cues are lemmas (lemmatizer, which needs the tagger and attribute ruler); speakers are
# subjects (parser); actors need the entity recogniser.
REQUIRED_PIPES: tuple[str, ...] = (
    "tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner",
)  # fmt: skip
COLUMNS: tuple[str, ...] = ("speaker", "quote", "cue", "start", "end", "sentence")
INT_COLUMNS: tuple[str, ...] = ("start", "end", "sentence")
DTYPES: dict[str, str] = column_dtypes(COLUMNS, INT_COLUMNS)
def extract_quotes(
    text_or_doc: str | Doc, *, min_words: int = 4, rules: RuleSet | None = None
) -> pd.DataFrame:
    """Return one row per direct quote, in text order.

    Columns: `speaker` (canonical actor, or NA), `quote`, `cue` (reporting verb lemma, or
    NA), `start`/`end` (character offsets of the quote: ``text[start:end] == quote``) and
    `sentence` (index of the sentence where the quote starts).

    >>> extract_quotes('“We will defend every village,” Zelensky told reporters.')[
    ...     ["speaker", "quote", "cue"]].to_records(index=False).tolist()
    [('Volodymyr Zelensky', 'We will defend every village', 'tell')]
    """
    doc = as_doc(text_or_doc, rules=rules)
    table = columns_frame(quote_rows(doc, rules, min_words=min_words), DTYPES)
    return with_surface(table, text_or_doc, "quote")


def quote_rows(
    doc: Doc, rules: RuleSet | None = None, *, min_words: int = 4
) -> dict[str, list]:
    """Return the `extract_quotes` table of a parsed Doc as {column: values} (`DTYPES`).

    Cues are the reporting verbs of `rules` (the packaged ones when None).
    """
    rules = rules or RuleSet()
    text = doc.text  # built from the tokens on every access
    offsets = quote_offsets(text, min_words=min_words)
    if not offsets or not doc.has_annotation("DEP"):
        return rows_to_columns([], COLUMNS)
    reference = ActorReference(doc, rules)
    sentences = sentence_ids(doc)
    verbs = reporting_verbs(rules)
    quoted = {i for start, end in offsets for i in token_range(doc, start, end)}
    rows: list[dict] = []
    for start, end in offsets:
        tokens = token_range(doc, start, end)
        cue = _cue(doc, tokens, quoted, sentences, verbs)
        speaker = _speaker(cue, reference) if cue is not None else None
        if cue is None and rows and rows[-1]["end"] < start:
            speaker = rows[-1]["speaker"]  # a quote running on from the previous one
        rows.append({
            "speaker": speaker,
            "quote": text[start:end],
            "cue": _cue_lemma(cue) if cue is not None else None,
            "start": start,
            "end": end,
            "sentence": sentences[tokens.start],
        })  # fmt: skip
    return rows_to_columns(rows, COLUMNS)


def _cue(
    doc: Doc, tokens: range, quoted: set[int], sentences: list[int], verbs: dict[str, bool]
) -> Token | None:
    """The reporting verb nearest the quote, outside quotes, in the sentences it touches."""
    first, last = sentences[tokens.start], sentences[tokens.stop - 1]
    candidates = [
        token
        for token in doc
        if first <= sentences[token.i] <= last
        and token.i not in quoted
        and token.lemma_.lower() in verbs
        and token.pos_ in ("VERB", "AUX")
    ]
    if not candidates:
        return None

    def distance(token: Token) -> int:
        return tokens.start - token.i if token.i < tokens.start else token.i - tokens.stop

    return min(candidates, key=lambda token: (distance(token), token.i))


def _cue_lemma(cue: Token) -> str:
    """The cue's lemma; "according to" is written out."""
    return "according to" if cue.lemma_.lower() == "accord" else cue.lemma_.lower()


def _speaker(cue: Token, reference: ActorReference) -> str | None:
    """The actor behind the cue: its subject, the object of "according to", or inherited."""
    if cue.lemma_.lower() == "accord":
        objects = [g for c in cue.children if c.lower_ == "to" for g in c.children
                   if g.dep_ == "pobj"]  # fmt: skip
        return reference.resolve(objects[0]) if objects else None
    verb: Token | None = cue
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return reference.resolve(subjects[0])
        verb = verb.head if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb else None
    return None


TABLE = register(Table("quotes", pipes=REQUIRED_PIPES, dtypes=DTYPES, rows=quote_rows))
