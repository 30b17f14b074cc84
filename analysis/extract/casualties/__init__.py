"""Extract casualty figures: who was killed, wounded, missing, detained or displaced, by whom.

`extract_casualties` returns one row per figure with its count and qualifier, the outcome,
the people counted (`group`) and their `actor`, the total it breaks down (`part_of`), who
reported it (`source`), when (`period`) and where (`location`), and character offsets so
every row can be traced back to its words.

How a figure is found:

1. A `Matcher` finds number expressions ("446", "Twenty-one", "1.5 million", "dozens of")
   and the qualifier before them ("at least", "Over"); `analysis.numbers` parses them and
   drops years, percentages, money, durations and ordinals.
2. The parse links the number to the noun it counts ("141 Syrian army soldiers"); a figure
   counting things that are not people ("three provinces") is dropped.
3. The outcome comes from the trigger words the number's noun reaches by walking up the
   parse: "people were killed", "killing 12", "placed the death toll at 446", "12 were
   among the dead", "forced from their homes". Triggers, person nouns and source cues live
   in `data/casualty_terms.csv`, which a user can extend.
4. Rules the parse does not give: parts after "including" / "among them", figures paired
   with names by "respectively", the source ("according to X", "X said"), period and place.
"""

import bisect
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from spacy.tokens import Doc, Span

from analysis.extract.casualties.attribution import location, period, source
from analysis.extract.casualties.figures import (
    Figure,
    conj_number_head,
    counted_noun,
    counts_people,
    find_outcome,
    plain_figures,
    set_group,
    trigger_map,
    twin_outcomes,
)
from analysis.extract.casualties.gapped_ordinals import gapped_figures
from analysis.extract.casualties.headline_again import headline_repeats
from analysis.extract.casualties.implicit import implicit_figures
from analysis.extract.casualties.later_deaths import cue_words
from analysis.extract.casualties.no_new_victims import new_victims
from analysis.extract.casualties.numbers import Count
from analysis.extract.casualties.part_links import (
    link_among,
    link_bracketed_total,
    link_breakdown,
)
from analysis.extract.casualties.parts import Cue, cued_starts, find_cues, link_parts
from analysis.extract.casualties.plurals import bare_plural_figures
from analysis.extract.casualties.respectively import pair_respectively
from analysis.extract.casualties.restated import restated_figures
from analysis.extract.casualties.stocks import displaced_now
from analysis.extract.casualties.summed_lists import summed_lists
from analysis.extract.casualties.terms import DocForms, Rules, compiled_rules
from analysis.extract.casualties.updates import settle
from analysis.extract.casualties.who import in_its_era, perpetrator, scope, victim_category
from analysis.extract.casualties.wholes import group_deaths, pair_outcomes, rest_outcomes
from analysis.extract.doc import actor_spans, sentence_index, with_surface
from analysis.extract.registry import Table, register
from analysis.extract.setting import figure_date, figure_place
from analysis.parse import as_doc
from analysis.rules import OUTCOMES, RuleSet  # OUTCOMES: one list, the terms table checks it
from analysis.tables import column_dtypes, columns_frame, rows_to_columns

REQUIRED_PIPES: tuple[str, ...] = (
    "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
)  # fmt: skip
QUALIFIER_VALUES: tuple[str, ...] = (
    "exact", "at_least", "more_than", "about", "at_most", "vague",
)  # fmt: skip
COLUMNS: tuple[str, ...] = (
    "figure_id", "count", "qualifier", "vague", "low", "high", "outcome", "group", "actor",
    "is_total", "part_of", "source", "period", "location", "figure", "sentence", "start", "end",
    "date", "date_precision", "date_words", "date_start", "date_end", "scope",
    "place", "admin1", "country", "latitude", "longitude", "place_precision", "place_start",
    "place_end", "perpetrator", "perpetrator_start", "perpetrator_end", "victim_actor",
    "victim_category", "implicit", "repeat_of",
)  # fmt: skip

# ---------------------------------------------------------------- actors and the table


class _Mentions(NamedTuple):
    """Actor mentions (start, end, canonical name) sorted by start, and the longest's length."""

    spans: list[tuple[int, int, str]]
    longest: int


def _actor_mentions(doc: Doc, actors: pd.DataFrame | None) -> _Mentions:
    """(start, end, canonical name) of each actor mention, as in the `extract_actors` table.

    Read from ``doc.spans["actors"]`` (what `extract_actors` reads) unless the table is given.
    """
    if actors is None:  # a group in power at the text's date as the table names it (eras)
        found = [(s.start_char, s.end_char, in_its_era(doc, s.kb_id_, s.start_char, s.end_char))
                 for s in actor_spans(doc)]  # fmt: skip
    else:
        columns = zip(actors["start"], actors["end"], actors["actor"], strict=True)
        found = [(int(s), int(e), str(a)) for s, e, a in columns if pd.notna(a)]
    return _Mentions(sorted(found), max((e - s for s, e, _ in found), default=0))


def _actor_for(chars: tuple[int, int] | None, mentions: _Mentions) -> str | None:
    """The canonical actor whose mention overlaps the group's characters most.

    `mentions` are sorted by start, so only those that can overlap are looked at (a
    document with thousands of figures and mentions would otherwise cost their product).
    """
    if chars is None:
        return None
    start, end = chars
    spans = mentions.spans
    low = bisect.bisect_right(spans, start - mentions.longest, key=lambda m: m[0])
    high = bisect.bisect_left(spans, end, key=lambda m: m[0])
    overlaps = [(min(end, m_end) - max(start, m_start), -m_start, actor)
                for m_start, m_end, actor in spans[low:high]]  # fmt: skip
    best = max((o for o in overlaps if o[0] > 0), default=None)
    return None if best is None else best[2]


def _resolve(doc: Doc, rules: Rules) -> tuple[list[Figure], list[Cue]]:
    """Find figures, their counted people and outcomes, and link totals and parts."""
    forms = DocForms.of(doc)
    triggers = trigger_map(doc, rules, forms)
    sents, sentence_of = sentence_index(doc)
    figures = list(plain_figures(doc, rules, sents, sentence_of, forms))
    for figure in figures:
        figure.noun, figure.anchor = counted_noun(figure)
    by_token = {f.span.root.i: f for f in figures}
    for figure in figures:
        head = conj_number_head(figure, by_token) if figure.noun is None else None
        if head is not None:
            figure.noun, figure.anchor = head.noun, head.noun
    figures = [f for f in figures if counts_people(f.noun, rules, triggers, f.anchor)]
    for figure in figures:
        found = find_outcome(figure.anchor, triggers, rules)
        if found is not None:
            figure.outcome, figure.is_toll = found
        set_group(figure, triggers)
    figures = [f for f in figures if not displaced_now(f, rules)]  # "are displaced in Mali"
    figures += twin_outcomes(figures, triggers)  # "were kidnapped and killed": both
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sent_no, []).append(figure)
    for in_sent in by_sentence.values():
        pair_respectively(in_sent[0].sent, in_sent, rules)
    cues = find_cues(doc, rules, sentence_of, forms)
    after_cues = cued_starts(cues, doc)
    figures += implicit_figures(doc, rules, triggers, figures, after_cues, sents, sentence_of)
    figures += bare_plural_figures(doc, rules, triggers, figures, sents, sentence_of)
    figures.sort(key=lambda f: f.span.start)
    group_deaths(figures, rules)  # "found wounded ... they died"
    rest_outcomes(figures)  # "the seven other victims" after a death: the wounded now
    pair_outcomes(figures, rules)  # "One of two teenagers stabbed has died": the two wounded
    link_among(figures)
    link_breakdown(figures, triggers)
    link_bracketed_total(figures)
    link_parts(figures, cues)
    figures += gapped_figures(doc, figures, triggers, rules)  # "and a third in hospital"
    figures = summed_lists(figures, rules, triggers)  # "among the dead a nurse and two guards": 3
    restated_figures(figures, rules.restating)  # "the rebels claimed 60": another source's
    return [f for f in figures if f.outcome in OUTCOMES], cues


DTYPES: dict[str, str] = column_dtypes(
    COLUMNS,
    ints=("figure_id", "sentence", "start", "end"),
    bools=("vague", "is_total", "implicit"),
    counts=(
        "count",
        "low",
        "high",
        "part_of",
        "repeat_of",
        "date_start",
        "date_end",
        "place_start",
        "place_end",
        "perpetrator_start",
        "perpetrator_end",
    ),
) | {"latitude": "Float64", "longitude": "Float64"}


def extract_casualties(
    text_or_doc: str | Doc,
    *,
    actors: pd.DataFrame | None = None,
    terms_path: str | Path | None = None,
    rules: RuleSet | None = None,
) -> pd.DataFrame:
    """Return one row per casualty figure in a text or parsed Doc (columns in `COLUMNS`).

    A str is parsed with `analysis.load_nlp(rules=rules)`; a Doc (e.g. from a `DocBin`) is
    used as it is and needs the pipes in `REQUIRED_PIPES`. `actors` is the Doc's
    `extract_actors` table (when None, the same mentions are read from the Doc's actor
    spans). `rules` extends the packaged rule tables; `terms_path`, a CSV like
    `data/casualty_terms.csv`, is a shortcut for ``RuleSet.from_files(terms=...)``.
    `count`, `low`, `high` and `part_of` are nullable integers (``Int64``: missing is
    ``<NA>``); `part_of` is the `figure_id` of the total a figure breaks down; `sentence`
    is the sentence's index in the document; `start`/`end` are character offsets of the
    number itself.

    `count` is missing for a vague figure (`vague` is True) and for a range, whose bounds
    are `low` and `high`; otherwise `low`/`high` are the bounds the qualifier states
    ("at least 12": low 12, high missing). A part without its own source, period or place
    takes its total's.

    >>> df = extract_casualties("At least 12 people were killed in Goma, officials said.")
    >>> df[["count", "qualifier", "outcome", "group", "location", "source"]].to_dict("records")
    [{'count': 12, 'qualifier': 'at_least', 'outcome': 'killed', 'group': 'people', \
'location': 'Goma', 'source': 'officials'}]
    """
    if terms_path is not None:
        rules = (rules or RuleSet()).with_file("casualty_terms", terms_path)
    rows = casualty_rows(as_doc(text_or_doc, rules=rules), rules, actors=actors)
    return with_surface(columns_frame(rows, DTYPES), text_or_doc, "figure")


def casualty_rows(
    doc: Doc, rules: RuleSet | None = None, *, actors: pd.DataFrame | None = None
) -> dict[str, list]:
    """Return the `extract_casualties` table of a parsed Doc as {column: values} (`DTYPES`)."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return rows_to_columns([], COLUMNS)
    compiled = compiled_rules(doc.vocab, rules or RuleSet())
    figures, cues = _resolve(doc, compiled)
    figures = _happened(figures, cue_words(rules or RuleSet(), "counterfactual_cue"))
    figures = new_victims(figures)  # "whose son was among the dead", "was found alive"
    figures, current = settle(figures, compiled, rules or RuleSet())  # one figure per toll
    current = headline_repeats(figures, current)  # "2 dead" over "two of them fatally"
    if not figures:
        return rows_to_columns([], COLUMNS)
    mentions = _actor_mentions(doc, actors)
    ids = {id(f): i for i, f in enumerate(figures)}
    rows = [_row(f, ids, cues, compiled, mentions) for f in figures]
    for row, first in zip(rows, current, strict=True):
        row["repeat_of"] = first
    for row in rows:
        if row["part_of"] is not None:
            total = rows[row["part_of"]]
            for column in ("source", "period", "location"):
                row[column] = row[column] or total[column]
    for figure, row in zip(figures, rows, strict=True):
        row.update(_when_where_who(doc, figure, row))
    return rows_to_columns(rows, COLUMNS)


def _counterfactual(figure: Figure, modals: frozenset[str]) -> bool:
    """Whether the figure's clause says what did not happen: "could have killed dozens".

    The verb the counted noun hangs on has a modal of `counterfactual_cue` and "have"
    among its auxiliaries ("would have been killed"), and no negation: "could not have
    killed five people alone" says five were killed.
    """
    token = figure.anchor or figure.span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    near = token.doc[max(token.i - 5, figure.sent.start) : token.i]  # auxiliaries precede it
    near = [t for t in near if t.head.i == token.i]  # not its children: a list may hold 1000s
    aux = {t.lemma_.lower() for t in near if t.dep_ in {"aux", "auxpass"}}
    negated = any(t.dep_ == "neg" for t in near)  # "could not have killed five"
    return bool(aux & modals) and "have" in aux and not negated


def _happened(figures: list[Figure], modals: frozenset[str]) -> list[Figure]:
    """The figures without those of a toll that did not happen; their parts stand alone."""
    gone = [f for f in figures if _counterfactual(f, modals)]
    for figure in gone:
        if figure.part_of is not None:
            figure.part_of.parts = [p for p in figure.part_of.parts if p is not figure]
        for part in figure.parts:
            part.part_of = None
    dropped = {id(f) for f in gone}
    return [f for f in figures if id(f) not in dropped]


def _when_where_who(doc: Doc, figure: Figure, row: dict) -> dict:
    """The date, place, scope, perpetrator and victim columns of one figure's row."""
    sent, start = figure.sent, figure.span.start_char
    when = figure_date(doc, sent, figure.span.start)
    sentence_scope = scope(sent, str(when["date_precision"]), when["date_words"], figure.span.start)  # type: ignore[arg-type]
    where = figure_place(doc, sent, start, sentence_scope)
    avoid = tuple(c for c in (figure.group_chars,) if c is not None)
    actor, actor_start, actor_end = perpetrator(doc, sent, start, avoid)
    victim = row["actor"] if row["actor"] != actor else None
    return {
        **when,
        **where,
        "scope": sentence_scope,
        "perpetrator": actor,
        "perpetrator_start": actor_start,
        "perpetrator_end": actor_end,
        "victim_actor": victim,
        "victim_category": victim_category(row["group"]),
    }


def _row(
    figure: Figure,
    ids: dict[int, int],
    cues: list[Cue],
    rules: Rules,
    actors: _Mentions,
) -> dict:
    span, parsed = figure.span, figure.parsed
    total = figure.part_of
    return {
        "figure_id": ids[id(figure)],
        "count": parsed.count,
        "qualifier": parsed.qualifier,
        "vague": parsed.vague,
        "low": parsed.low if parsed.low is not None else _low(parsed),
        "high": parsed.high if parsed.high is not None else _high(parsed),
        "outcome": figure.outcome,
        "group": figure.group,
        "actor": _actor_for(figure.group_chars, actors),
        "is_total": bool(figure.parts) or figure.is_toll,
        "part_of": ids.get(id(total)) if total is not None else None,
        "source": source(figure, cues, rules),
        "period": period(figure),
        "location": figure.location or location(figure, rules),
        "figure": span.text,
        "sentence": figure.sent_no,
        "start": span.start_char,
        "end": span.end_char,
        "implicit": figure.implicit,
        "repeat_of": None,
    }


def _low(parsed: Count) -> int | None:
    """Lower bound: the count itself when exact or "at least"/"more than", else unknown."""
    return parsed.count if parsed.qualifier in {"exact", "at_least", "more_than"} else None


def _high(parsed: Count) -> int | None:
    """Upper bound: the count itself when exact or "at most", else unknown."""
    return parsed.count if parsed.qualifier in {"exact", "at_most"} else None


def figure_spans(doc: Doc, casualties: pd.DataFrame) -> list[Span]:
    """Spans of each figure in `doc`, labelled "outcome · group", for displaCy's span style.

    Use as ``doc.spans["casualties"] = figure_spans(doc, table)`` and render with
    ``displacy.render(doc, style="span", options={"spans_key": "casualties"})``.
    """
    spans = []
    for row in casualties.itertuples(index=False):
        span = doc.char_span(int(row.start), int(row.end), alignment_mode="expand")
        if span is not None:
            group = row.group if isinstance(row.group, str) else ""
            label = f"{row.outcome} · {group}".strip(" ·")
            spans.append(Span(doc, span.start, span.end, label=label))
    return spans


def when_where_who_spans(doc: Doc, casualties: pd.DataFrame) -> list[Span]:
    """Spans of each figure and of its date, place and perpetrator words, for displaCy.

    Labels: the figure's "outcome · scope", "DATE 2025-03-03 (day)", "PLACE El Fasher,
    Sudan", "BY Rapid Support Forces", each led by the ids (``#0 #2``) of the figures the
    words belong to: one date can serve several figures, in another sentence than theirs.
    """

    def shown(value: object, missing: str) -> str:
        return missing if pd.isna(value) else str(value)

    marks: dict[tuple[int, int, str], list[int]] = {}
    for row in casualties.itertuples(index=False):
        for start, end, label in (
            (row.start, row.end, f"{row.outcome} · {row.scope}"),
            (row.date_start, row.date_end,
             f"DATE {shown(row.date, 'not resolved')} ({row.date_precision})"),
            (row.place_start, row.place_end, f"PLACE {row.place}, {shown(row.country, '?')}"),
            (row.perpetrator_start, row.perpetrator_end, f"BY {row.perpetrator}"),
        ):  # fmt: skip
            if pd.notna(start) and pd.notna(end):
                marks.setdefault((int(start), int(end), label), []).append(int(row.figure_id))
    spans = []
    for (start, end, label), ids in sorted(marks.items()):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            numbers = " ".join(f"#{i}" for i in ids)
            spans.append(Span(doc, span.start, span.end, label=f"{numbers} {label}"))
    return spans


TABLE = register(Table("casualties", pipes=REQUIRED_PIPES, dtypes=DTYPES, rows=casualty_rows))
