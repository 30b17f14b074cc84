"""Who did what to whom: one row per verb whose doer is an actor.

The doer (`source`) is the verb's subject, or in the passive the object of "by"
("weakened by Israel", "a coalition led by HTS"); a verb without a subject of its own
(``xcomp``, ``conj``) takes its governing verb's. Verbs inside direct quotes are skipped:
they are the speaker's claims (see `analysis.quotes`). Pronouns and roles are resolved
as in `analysis.reference`. The `target` is the direct object (or the passive subject):
an actor's canonical name when the object is an actor mention (or its state when the object
is a capital alone), else the noun phrase as written. Speech-only verbs ("say", "tell") are
quotes, not events.

Each event is dated and placed as a casualty figure is (`analysis.extract.setting`): the
date its clause gives ("On Monday, RSF fighters shelled ..."), else the previous sentence's
in the paragraph, else the article's first dated event, resolved against the publication
date (the report date when the article has no date words); the place its sentence names,
else the one before it, as for one incident. Each keeps the offsets of its words.
"""

import numpy as np
import pandas as pd
from spacy.attrs import POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from analysis.extract.doc import quote_offsets, sentence_index, token_range, with_surface
from analysis.extract.reference import ActorReference
from analysis.extract.registry import Table, register
from analysis.extract.setting import DATE_COLUMNS, PLACE_COLUMNS, figure_date, figure_place
from analysis.parse import as_doc
from analysis.rules import RuleSet, mapping, marks, reporting_verbs
from analysis.tables import column_dtypes, columns_frame, rows_to_columns

# Verb lemmas (lemmatizer <- attribute_ruler <- tagger), the parse, and the actors (ner).
REQUIRED_PIPES: tuple[str, ...] = (
    "tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner",
)  # fmt: skip
COLUMNS: tuple[str, ...] = (
    "source", "verb", "target", "target_actor", "partner", "negated", "sentence", "trigger",
    "start", "end", *DATE_COLUMNS, *PLACE_COLUMNS,
)  # fmt: skip
INT_COLUMNS: tuple[str, ...] = ("sentence", "start", "end")
OFFSET_COLUMNS: tuple[str, ...] = ("date_start", "date_end", "place_start", "place_end")
DTYPES: dict[str, str] = column_dtypes(COLUMNS, INT_COLUMNS, ("negated",), OFFSET_COLUMNS) | {
    "latitude": "Float64",
    "longitude": "Float64",
}
INHERITS_SUBJECT = frozenset({"xcomp", "conj", "advcl"})
OBJECTS = frozenset({"dobj", "obj"})
NOT_EVENTS = frozenset({"be", "have", "do", "become", "seem", "appear"})
POSSESSIVE_MARKS = marks("possessive")


def extract_events(text_or_doc: str | Doc, *, rules: RuleSet | None = None) -> pd.DataFrame:
    """Return one row per event (a verb whose doer resolves to an actor), in text order.

    Columns: `source` (actor), `verb` (lemma, with its particle: "carry out"), `target`
    (actor or noun phrase, or NA), `target_actor` (an actor inside the target phrase),
    `partner` (an actor acting "with" the source), `negated`, `sentence`, and `trigger`
    with `start`/`end` (the verb as written: ``text[start:end] == trigger``); when and where
    as in `extract_casualties`: `date`, `date_precision`, `date_words` with
    `date_start`/`date_end`, and `place`, `admin1`, `country`, `latitude`, `longitude`,
    `place_precision` with `place_start`/`place_end` (`<NA>` when inferred, not written).

    >>> extract_events("Iran’s network of proxies has been weakened by Israel.")[
    ...     ["source", "verb", "target", "target_actor"]].to_records(index=False).tolist()
    [('Israel', 'weaken', 'Iran’s network of proxies', 'Iran')]
    """
    table = columns_frame(event_rows(as_doc(text_or_doc, rules=rules), rules), DTYPES)
    return with_surface(table, text_or_doc, "trigger")


def event_rows(doc: Doc, rules: RuleSet | None = None) -> dict[str, list]:
    """Return the `extract_events` table of a parsed Doc as {column: values} (`DTYPES`).

    Speech-only verbs come from the reporting verbs of `rules` (packaged when None).
    """
    rules = rules or RuleSet()
    if not doc.has_annotation("DEP"):
        return rows_to_columns([], COLUMNS)
    reference = ActorReference(doc, rules)
    sents, sentences = sentence_index(doc)
    speech_only = {verb for verb, only in reporting_verbs(rules).items() if only}
    quoted = {i for start, end in quote_offsets(doc.text) for i in token_range(doc, start, end)}
    rows = []
    # Only verbs can be events: find them in the POS array rather than token by token.
    verbs = np.flatnonzero(doc.to_array(POS) == VERB).tolist()
    for token in (doc[i] for i in verbs):
        if token.i in quoted:
            continue  # what a speaker claims is in the quotes table, not an event
        lemma = token.lemma_.lower()
        if lemma in speech_only or lemma in NOT_EVENTS or _is_light(token):
            continue
        source_token, target_token = _arguments(token)
        source = reference.resolve(source_token) if source_token is not None else None
        if source is None:
            continue
        target, target_actor = _target(doc, target_token, reference)
        rows.append({
            "source": source,
            "verb": _lemma(token),
            "target": target,
            "target_actor": target_actor if target_actor != source else None,
            "partner": _partner(token, target_token, reference, source),
            "negated": any(child.dep_ == "neg" for child in token.children),
            "sentence": sentences[token.i],
            "trigger": token.text,
            "start": token.idx,
            "end": token.idx + len(token.text),
            **figure_date(doc, sents[sentences[token.i]], token.i),
            **figure_place(doc, sents[sentences[token.i]], token.idx, "incident"),
        })  # fmt: skip
    return rows_to_columns(rows, COLUMNS)


def _is_light(verb: Token) -> bool:
    """A verb whose event is its complement: "began carrying out", "wants to attack"."""
    children = {child.dep_ for child in verb.children}
    return "xcomp" in children and not children & OBJECTS


def _lemma(verb: Token) -> str:
    particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """The doer and the done-to of a verb, following the passive and inherited subjects."""
    children = list(verb.children)
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agent = agents[0] if agents else None
    target = next((c for c in children if c.dep_ in OBJECTS), None)
    if verb.dep_ == "acl":  # "a coalition led by HTS", "airstrikes killed 30 fighters"
        return (agent, verb.head) if agent is not None else (verb.head if target else None, target)
    passive_subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None or any(c.dep_ == "auxpass" for c in children):
        return agent, passive_subject
    current: Token = verb
    while True:
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None or current.dep_ not in INHERITS_SUBJECT or current.head == current:
            return subject, target
        current = current.head


def _phrase(doc: Doc, head: Token) -> Span:
    """The noun phrase of `head` without a relative clause or trailing punctuation."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "punct", "appos", "cc", "conj"):
            tokens.extend(child.subtree)
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    if start >= 2 and doc[start - 1].lower_ in POSSESSIVE_MARKS:
        start -= 2  # "Iran’s network", even when the parser hung "Iran" elsewhere
    return doc[start:end]


def _target(
    doc: Doc, head: Token | None, reference: ActorReference
) -> tuple[str | None, str | None]:
    if head is None:
        return None, None
    phrase = _phrase(doc, head)
    # A capital alone as the object stands for its state ("accused Kigali of an invasion"): the
    # actor table keeps the city a place, the event names the state it stands for.
    direct = reference.actor(head) or mapping("capitals", "capital", "country").get(phrase.text)
    inside = [reference.actor(token) for token in phrase if reference.actor(token)]
    return (direct or phrase.text), (inside[0] if inside else None)


def _partner(
    verb: Token, target: Token | None, reference: ActorReference, source: str
) -> str | None:
    """An actor acting with the source: "strikes with top ally Russia"."""
    heads = [verb] if target is None else [verb, target]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                for obj in child.children:
                    partner = reference.resolve(obj) if obj.dep_ == "pobj" else None
                    if partner is not None and partner != source:
                        return partner
    return None


TABLE = register(Table("events", pipes=REQUIRED_PIPES, dtypes=DTYPES, rows=event_rows))
