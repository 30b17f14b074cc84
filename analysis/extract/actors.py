"""Actor mentions as a tidy table, and corpus-level counts and co-occurrence.

An actor is a state, armed force, armed group, political body, international
organisation, NGO, media outlet or person, under one canonical name per article (see
`analysis.components` for how names are resolved). Places are not actors.
"""

from itertools import combinations

import pandas as pd
from spacy.tokens import Doc

from analysis.extract.doc import actor_spans, sentence_ids, with_surface
from analysis.extract.registry import Table, register
from analysis.parse import as_doc
from analysis.parse.eras import ERAS, forces_follow, in_power
from analysis.parse.spans import MODEL_SPANS_KEY
from analysis.rules import RuleSet
from analysis.tables import column_dtypes, columns_frame, frame, rows_to_columns

# The model's pipes the actor table needs: the entity recogniser, and the parser (with its
# tok2vec) for sentence boundaries. The project's own components always run.
REQUIRED_PIPES: tuple[str, ...] = ("tok2vec", "parser", "ner")
COLUMNS: tuple[str, ...] = ("actor", "actor_type", "mention", "label", "start", "end", "sentence")
INT_COLUMNS: tuple[str, ...] = ("start", "end", "sentence")
DTYPES: dict[str, str] = column_dtypes(COLUMNS, INT_COLUMNS)


def extract_actors(text_or_doc: str | Doc, *, rules: RuleSet | None = None) -> pd.DataFrame:
    """Return one row per actor mention, in text order.

    Columns: `actor` (canonical name), `actor_type`, `mention` (surface text), `label`
    (entity label), `start`/`end` (character offsets: ``text[start:end] == mention``) and
    `sentence` (index). A str is parsed with `load_nlp(rules=rules)`; a Doc is read as it
    is (its pipeline already applied its rules).

    >>> extract_actors("Hay’at Tahrir al-Sham (HTS) fighters entered Hama. HTS said so.")[
    ...     ["actor", "mention"]].drop_duplicates().to_records(index=False).tolist()
    [('Hay’at Tahrir al-Sham', 'Hay’at Tahrir al-Sham'), ('Hay’at Tahrir al-Sham', 'HTS')]
    """
    table = columns_frame(actor_rows(as_doc(text_or_doc, rules=rules)), DTYPES)
    return with_surface(table, text_or_doc, "mention")


def actor_rows(doc: Doc, rules: RuleSet | None = None) -> dict[str, list]:
    """Return the `extract_actors` table of a parsed Doc as {column: values} (`DTYPES`).

    `rules` is unused: the gazetteer's rules are applied by the pipeline that parsed `doc`.
    """
    sentences = sentence_ids(doc)
    labels = {(ent.start, ent.end): ent.label_ for ent in doc.ents}
    rows = [
        {
            "actor": span.kb_id_,
            "actor_type": span.label_,
            "mention": span.text,
            "label": labels.get((span.start, span.end), span[0].ent_type_),
            "start": span.start_char,
            "end": span.end_char,
            "sentence": sentences[span.start],
        }
        for span in actor_spans(doc)
    ]
    # "Taliban forces": the group's name on a force's noun names its forces, not its state
    forces = [forces_follow(doc, span.end) for span in actor_spans(doc)]
    text = doc.text  # built anew on every access
    for row, armed in zip(rows, forces, strict=True):  # "the Taliban" of a text dated after
        named = row["actor"] in row["mention"] and not armed  # August 2021 is Afghanistan's
        era = in_power(row["actor"], named, text)
        if row["actor"] in ERAS and era is not None:
            row["actor"], row["actor_type"] = era
    return rows_to_columns(rows, COLUMNS)


def entity_corrections(text_or_doc: str | Doc) -> pd.DataFrame:
    """Compare the model's own entities with the corrected ones, one row per pair.

    Columns: `model_text`, `model_label`, `text`, `label`, `actor` and `change`:
    "same", "named" (same entity, now with its actor's canonical name), "corrected"
    (other bounds or label), "dropped" (no corrected entity there) or "added" (no model
    entity there). Offsets are left out: the
    texts are surface strings of the Doc.
    """
    doc = as_doc(text_or_doc)
    model = (
        sorted(doc.spans[MODEL_SPANS_KEY], key=lambda s: s.start)
        if MODEL_SPANS_KEY in doc.spans
        else []
    )
    rows, matched = [], set()
    for m in model:
        overlapping = [e for e in doc.ents if e.start < m.end and m.start < e.end]
        matched.update((e.start, e.end) for e in overlapping)
        if not overlapping:
            rows.append({"model_text": m.text, "model_label": m.label_, "change": "dropped"})
        for e in overlapping:
            same = (e.start, e.end, e.label_) == (m.start, m.end, m.label_)
            change = "corrected" if not same else "named" if e.kb_id_ else "same"
            rows.append({"model_text": m.text, "model_label": m.label_, "text": e.text,
                         "label": e.label_, "actor": e.kb_id_ or None,
                         "change": change})  # fmt: skip
    for e in doc.ents:
        if (e.start, e.end) not in matched:
            rows.append({"text": e.text, "label": e.label_, "actor": e.kb_id_ or None,
                         "change": "added"})  # fmt: skip
    columns = ("model_text", "model_label", "text", "label", "actor", "change")
    return frame(rows, columns)


def _units(actors: pd.DataFrame) -> list[str]:
    """The columns that identify one document (if present) and one sentence."""
    return [c for c in ("doc_id", "sentence") if c in actors.columns]


def actor_mention_counts(actors: pd.DataFrame) -> pd.DataFrame:
    """Count mentions per actor: columns `actor`, `actor_type`, `mentions`, `documents`.

    `actors` is `extract_actors` output, optionally for many articles with a `doc_id`
    column. Sorted by mentions (most first), then name.
    """
    counts = actors.groupby(["actor", "actor_type"], as_index=False).agg(
        mentions=("mention", "size"),
        documents=("doc_id", "nunique") if "doc_id" in actors.columns else ("mention", "size"),
    )
    if "doc_id" not in actors.columns:
        counts["documents"] = (counts["mentions"] > 0).astype("int64")
    counts = counts.astype({"mentions": "int64", "documents": "int64"})
    return counts.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


def actor_type_counts(actors: pd.DataFrame) -> pd.DataFrame:
    """Mentions and distinct actors per actor type: `actor_type`, `mentions`, `actors`."""
    counts = actors.groupby("actor_type", as_index=False).agg(
        mentions=("mention", "size"), actors=("actor", "nunique")
    )
    counts = counts.astype({"mentions": "int64", "actors": "int64"})
    return counts.sort_values(
        ["mentions", "actor_type"], ascending=[False, True], ignore_index=True
    )


def actor_cooccurrence(actors: pd.DataFrame) -> pd.DataFrame:
    """Sentence-level co-occurrence as a tidy edge list: `actor_a`, `actor_b`, `weight`.

    `weight` counts the sentences (of all documents, if `doc_id` is given) in which both
    actors are mentioned; `actor_a` < `actor_b`. Sorted by weight (highest first), names.
    """
    edges: dict[tuple[str, str], int] = {}
    units = _units(actors) or ["sentence"]
    for _, group in actors.groupby(units, sort=True):
        for pair in combinations(sorted(set(group["actor"])), 2):
            edges[pair] = edges.get(pair, 0) + 1
    rows = [{"actor_a": a, "actor_b": b, "weight": w} for (a, b), w in edges.items()]
    df = pd.DataFrame(rows, columns=["actor_a", "actor_b", "weight"])
    df = df.astype({"actor_a": "str", "actor_b": "str", "weight": "int64"})
    return df.sort_values(
        ["weight", "actor_a", "actor_b"], ascending=[False, True, True], ignore_index=True
    )


TABLE = register(Table("actors", pipes=REQUIRED_PIPES, dtypes=DTYPES, rows=actor_rows))
