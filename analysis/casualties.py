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

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pandas as pd
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from analysis.annotations import actor_spans, columns_frame, rows_to_columns
from analysis.numbers import QUALIFIERS, SCALES, VAGUE, Count, parse_count

TERMS_PATH = Path(str(files("analysis") / "data" / "casualty_terms.csv"))
REQUIRED_PIPES: tuple[str, ...] = (
    "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
)  # fmt: skip
OUTCOMES: tuple[str, ...] = ("killed", "wounded", "missing", "detained", "displaced")
QUALIFIER_VALUES: tuple[str, ...] = ("exact", "at_least", "more_than", "about", "at_most")
COLUMNS: tuple[str, ...] = (
    "figure_id", "count", "qualifier", "vague", "low", "high", "outcome", "group", "actor",
    "is_total", "part_of", "source", "period", "location", "figure", "sentence", "start", "end",
)  # fmt: skip

# Entity labels whose numbers are never counts of people.
_NON_COUNT_ENTS = frozenset({"PERCENT", "MONEY", "ORDINAL", "QUANTITY", "TIME"})
_REPORT_NOUNS = frozenset({"figure", "data", "statistic", "tally", "count", "estimate", "report"})
_FIGURE_DEPS = frozenset({"nummod", "quantmod", "npadvmod", "nmod", "appos"})
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd", "xcomp", "ccomp", "advcl", "npadvmod"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "prep"})


@dataclass
class _Figure:
    """One number expression and what the rules learn about it."""

    span: Span
    parsed: Count
    sent: Span
    sent_no: int
    noun: Token | None = None
    anchor: Token | None = None
    outcome: str | None = None
    is_toll: bool = False
    group: str | None = None
    group_chars: tuple[int, int] | None = None
    location: str | None = None
    part_of: "_Figure | None" = None
    parts: list["_Figure"] = field(default_factory=list)


@dataclass(frozen=True)
class _DocForms:
    """The lemmas and lower-case forms that occur in a Doc, and whether it has lemmas and POS."""

    lemmas: frozenset[str]
    lowers: frozenset[str]
    annotated: bool

    pairs: list[tuple[int, int]]  # (lemma, lower-case form) string hashes of each token

    @classmethod
    def of(cls, doc: Doc) -> "_DocForms":
        """Collect the forms of `doc` from its attribute arrays (no Token objects)."""
        strings = doc.vocab.strings
        pairs = [(lemma, lower) for lemma, lower in doc.to_array([LEMMA, LOWER]).tolist()]
        return cls(
            lemmas=frozenset(strings[lemma] for lemma in {lemma for lemma, _ in pairs}),
            lowers=frozenset(strings[lower] for lower in {lower for _, lower in pairs}),
            annotated=doc.has_annotation("LEMMA") and doc.has_annotation("POS"),
            pairs=pairs,
        )


class _TermMatcher:
    """A `Matcher` of phrase terms that runs, on each Doc, only the terms it can contain.

    A Matcher steps every pattern through every token, so hundreds of term patterns
    cost more than the rest of the extractor. A term can only match where each of its
    words occurs (as a lemma or lower-case form of `_word_forms`), so a Doc is matched
    with the patterns of those terms alone, added in the same order: the matches, and
    their order, are those of one Matcher holding every term. The Matcher for each set
    of terms is built once.
    """

    MAX_MATCHERS = 512  # sets of terms whose Matcher is kept

    def __init__(self, vocab: Vocab) -> None:
        """Start with no terms."""
        self.vocab = vocab
        self.entries: list[tuple[str, list[list[dict]], list[tuple[frozenset, frozenset]]]] = []
        self.matchers: dict[tuple[int, ...], Matcher] = {}

    def add(self, key: str, term: str) -> None:
        """Add the patterns of `term` (see `_term_patterns`) under `key`."""
        forms = [_word_forms(word) for word in term.split() if word != "*"]
        self.entries.append((key, _term_patterns(term), forms))

    def __call__(self, doc: Doc, forms: _DocForms) -> list[tuple[int, int, int]]:
        """Return (match_id, start, end) for every match in `doc`, as `Matcher` does."""
        chosen = tuple(
            number for number, (_, _, needs) in enumerate(self.entries)
            if all(lemmas & forms.lemmas or lowers & forms.lowers for lemmas, lowers in needs)
        )  # fmt: skip
        if not chosen and forms.annotated:
            return []
        # Without lemmas or POS, every term runs, so the Matcher raises its own error.
        return self._matcher(chosen or tuple(range(len(self.entries))))(doc)

    def _matcher(self, chosen: tuple[int, ...]) -> Matcher:
        matcher = self.matchers.get(chosen)
        if matcher is None:
            matcher = Matcher(self.vocab)
            for number in chosen:
                key, patterns, _ = self.entries[number]
                matcher.add(key, patterns)
            if len(self.matchers) >= self.MAX_MATCHERS:
                self.matchers.clear()
            self.matchers[chosen] = matcher
        return matcher


@dataclass(frozen=True)
class _Rules:
    """Matchers and word sets built from the terms table for one vocabulary."""

    numbers: "_NumberMatcher"
    qualifiers: dict[str, list[tuple[str, tuple[str, ...]]]]  # first word -> (phrase, words)
    triggers: _TermMatcher
    single_words: dict[str, tuple[str, bool]]
    cues: _TermMatcher
    persons: frozenset[str]
    person_suffixes: tuple[str, ...]
    report_verbs: frozenset[str]
    location_preps: frozenset[str]
    outcome_of: dict[str, str]


def load_terms(path: str | Path = TERMS_PATH) -> pd.DataFrame:
    """Read a casualty terms table (`kind`, `term`, `outcome`, `note`); see the packaged CSV.

    >>> load_terms().query("term == 'flee'")[["kind", "outcome"]].to_numpy().tolist()
    [['trigger', 'displaced']]
    """
    terms = pd.read_csv(path, dtype=str, keep_default_na=False)
    terms["term"] = terms["term"].str.strip().str.lower()
    return terms


def _word_forms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas and the lower-case forms a token matching `word` may have."""
    return frozenset([word, word.capitalize(), word.upper()]), frozenset([word, word + "s"])


def _word_pattern(word: str) -> list[dict]:
    """Token patterns matching `word` by lemma or by its lower-case form."""
    variants = [word, word.capitalize(), word.upper()]
    return [{"LEMMA": {"IN": variants}}, {"LOWER": {"IN": [word, word + "s"]}}]


def _term_patterns(term: str) -> list[list[dict]]:
    """Patterns for a term; a determiner or pronoun may sit between its words.

    A `*` in a term stands for up to six words of any kind, so "force * from home"
    matches "forced more than two million people from their homes".
    """
    words = term.split()
    patterns: list[list[dict]] = [[]]
    for i, word in enumerate(words):
        if word == "*":
            patterns = [[*p, {"OP": "{0,6}"}] for p in patterns]
            continue
        if i and words[i - 1] != "*":
            patterns = [[*p, {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"}] for p in patterns]
        patterns = [[*p, alt] for p in patterns for alt in _word_pattern(word)]
    return patterns


RANGE_TOKEN = re.compile(r"^\d[\d,]*[–—-]\d[\d,]*$")  # one token: "12-15", "1,200–1,500"


class _NumberMatcher:
    """The number-expression `Matcher`, run on each Doc with only the patterns it can match.

    Each pattern comes with the lower-case words it needs (one of each set) and, for the
    hyphenated range token ("12-15"), a lower-case form that is one (digits, commas and
    dashes have no case); a Doc lacking them cannot match the pattern. Matches are found
    as spans and merged by `filter_spans`, so the result does not depend on which patterns
    ran together. The Matcher for each set of patterns is built once.
    """

    def __init__(self, vocab: Vocab) -> None:
        """Compile the patterns of number expressions for `vocab`."""
        number = {"LIKE_NUM": True}
        scales = sorted(SCALES)
        vague_words = sorted(w for w in VAGUE if " " not in w)
        scale, vague = {"LOWER": {"IN": scales}}, {"LOWER": {"IN": vague_words}}
        hundreds = ["dozen", "hundred", "thousand"]
        needs_scale = frozenset(scales)
        # (pattern, the words it needs: one from each set, a text search it needs)
        self.entries: list[tuple[list[dict], tuple[frozenset[str], ...], re.Pattern | None]] = [
            ([number], (), None),
            ([number, {"ORTH": {"IN": ["-", "–"]}}, number], (frozenset({"-", "–"}),), None),
            ([number, {"LOWER": {"IN": ["-", "–", "to"]}}, number],
             (frozenset({"-", "–", "to"}),), None),
            ([{"LOWER": "between"}, number, {"LOWER": "and"}, number],
             (frozenset({"between"}), frozenset({"and"})), None),
            ([number, {"OP": "+", **scale}], (needs_scale,), None),
            ([number, scale, {"LOWER": "and"}, number], (needs_scale, frozenset({"and"})), None),
            ([number, scale, {"LOWER": "and"}, number, {"ORTH": "-"}, number],
             (needs_scale, frozenset({"and"}), frozenset({"-"})), None),
            ([{"LOWER": {"IN": ["a", "one"]}}, {"LOWER": {"IN": hundreds}}],
             (frozenset({"a", "one"}), frozenset(hundreds)), None),
            ([{"LOWER": "dozen"}], (frozenset({"dozen"}),), None),
            ([{"TEXT": {"REGEX": RANGE_TOKEN.pattern}}], (), RANGE_TOKEN),
            ([vague, {"LOWER": "of"}, vague], (frozenset(vague_words), frozenset({"of"})), None),
            ([vague, {"LOWER": "of"}], (frozenset(vague_words), frozenset({"of"})), None),
            ([{"LOWER": {"IN": ["dozens", "hundreds", "thousands", "millions"]}}],
             (frozenset({"dozens", "hundreds", "thousands", "millions"}),), None),
            ([{"LOWER": {"IN": ["several", "a"]}}, {"LOWER": "few", "OP": "?"},
              {"LOWER": {"IN": hundreds}}], (frozenset({"several", "a"}), frozenset(hundreds)),
             None),
        ]  # fmt: skip
        self.vocab = vocab
        self.matchers: dict[tuple[int, ...], Matcher] = {}

    def __call__(self, doc: Doc, lowers: frozenset[str]) -> list[tuple[int, int, int]]:
        """Return (match_id, start, end) of number expressions in `doc` (`lowers`: its forms)."""
        chosen = tuple(
            number for number, (_, needs, search) in enumerate(self.entries)
            if all(words & lowers for words in needs)
            and (search is None or any(search.match(word) for word in lowers))
        )  # fmt: skip
        matcher = self.matchers.get(chosen)
        if matcher is None:
            matcher = Matcher(self.vocab)
            matcher.add("NUMBER", [self.entries[number][0] for number in chosen])
            self.matchers[chosen] = matcher
        return matcher(doc)


def _build_rules(vocab: Vocab, terms: pd.DataFrame) -> _Rules:
    """Compile the terms table into matchers for `vocab`."""
    triggers, cues = _TermMatcher(vocab), _TermMatcher(vocab)
    qualifiers: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase in QUALIFIERS:
        words = tuple(phrase.split())
        qualifiers.setdefault(words[0], []).append((phrase, words))
    outcome_of, single_words = {}, {}
    for row in terms.itertuples(index=False):
        if row.kind in {"trigger", "toll"} and " " not in row.term:
            single_words[row.term] = (row.outcome, row.kind == "toll")
        elif row.kind in {"trigger", "toll"}:
            key = f"{row.kind}:{row.term}"
            triggers.add(key, row.term)
            outcome_of[key] = row.outcome
        elif row.kind in {"part_cue", "lead_cue", "member_cue", "source_prep"}:
            key = f"{row.kind}:{row.term}"
            cues.add(key, row.term)
            outcome_of[key] = row.outcome

    def words(kind: str) -> frozenset[str]:
        return frozenset(terms.loc[terms["kind"] == kind, "term"])

    return _Rules(
        numbers=_NumberMatcher(vocab),
        qualifiers=qualifiers,
        triggers=triggers,
        single_words=single_words,
        cues=cues,
        persons=words("person"),
        person_suffixes=tuple(sorted(words("person_suffix"))),
        report_verbs=words("report_verb"),
        location_preps=words("location_prep"),
        outcome_of=outcome_of,
    )


@functools.lru_cache(maxsize=8)
def _rules(vocab: Vocab, path: Path) -> _Rules:
    return _build_rules(vocab, load_terms(path))


def _as_doc(text_or_doc: str | Doc) -> Doc:
    if isinstance(text_or_doc, Doc):
        return text_or_doc
    from analysis.nlp import load_nlp  # the pipeline is loaded only for raw text

    return load_nlp()(text_or_doc or "")


# ---------------------------------------------------------------- number expressions


def _qualifiers(doc: Doc, rules: _Rules) -> dict[int, str]:
    """Token index where a qualifier ends -> the longest qualifier phrase ending there.

    A qualifier is its words in any case, as a Matcher of ``LOWER`` words would find them;
    a dict lookup per token costs a tenth of that Matcher.
    """
    lowers = [token.lower_ for token in doc]
    found: dict[int, tuple[int, str]] = {}
    for start, word in enumerate(lowers):
        for phrase, words in rules.qualifiers.get(word, ()):
            end = start + len(words)
            if tuple(lowers[start:end]) == words and (end not in found or start < found[end][0]):
                found[end] = (start, phrase)
    return {end: phrase for end, (_, phrase) in found.items()}


def _is_hyphen_adjective(span: Span) -> bool:
    """Whether the number starts a compound adjective: "a 40-member delegation", "five-day"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.text in {"-", "–"}
        and span.end + 1 < len(doc)
        and not doc[span.end + 1].like_num
    )


def _unit_after(span: Span) -> bool:
    """A unit right after the number: "20 %", "20 percent", "five days"."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.text == "%" or after.lower_ in {"percent", "per"}


def _number_spans(doc: Doc, rules: _Rules, forms: _DocForms) -> list[Span]:
    spans = [doc[start:end] for _, start, end in rules.numbers(doc, forms.lowers)]
    spans = [s[:-1] if s[-1].lower_ == "of" else s for s in spans]
    valid = [s for s in spans if parse_count(s.text) is not None]
    return sorted(filter_spans(valid), key=lambda s: s.start)


def _sentence_index(doc: Doc) -> tuple[list[Span], list[int]]:
    """The sentences of `doc` and, for each token, the number of its sentence."""
    sents = list(doc.sents)
    sentence_of = [0] * len(doc)
    for number, sent in enumerate(sents):
        sentence_of[sent.start : sent.end] = [number] * len(sent)
    return sents, sentence_of


def _plain_figures(
    doc: Doc, rules: _Rules, sents: list[Span], sentence_of: list[int], forms: _DocForms
) -> Iterator[_Figure]:
    """Number expressions that can be counts of people, with their qualifier."""
    qualifiers = _qualifiers(doc, rules)
    for span in _number_spans(doc, rules, forms):
        if any(t.ent_type_ in _NON_COUNT_ENTS for t in span):
            continue
        if _is_hyphen_adjective(span) or _unit_after(span):
            continue
        phrase = qualifiers.get(span.start, "")
        parsed = parse_count(f"{phrase} {span.text}".strip()) or parse_count(span.text)
        if parsed is not None:
            sent_no = sentence_of[span.start]
            yield _Figure(span=span, parsed=parsed, sent=sents[sent_no], sent_no=sent_no)


# ---------------------------------------------------------------- nouns and outcomes


def _trigger_map(doc: Doc, rules: _Rules, forms: _DocForms) -> dict[int, tuple[str, bool]]:
    """Token index -> (outcome, is_toll) for every trigger word and phrase root.

    Single words are looked up by lemma or lower-case form; phrases ("forced from their
    homes", "death toll") are matched by the Matcher and win over the words inside them.
    """
    found: dict[int, tuple[str, bool]] = {}
    strings = doc.vocab.strings
    by_pair: dict[tuple[int, int], tuple[str, bool] | None] = {}
    for i, pair in enumerate(forms.pairs):
        if pair not in by_pair:  # tokens of one lemma and form share the lookup
            lemma, lower = strings[pair[0]], strings[pair[1]]
            words = (
                rules.single_words.get(form) for form in (lemma.lower(), lower, lower.rstrip("s"))
            )
            by_pair[pair] = next((word for word in words if word is not None), None)
        if by_pair[pair] is not None:
            found[i] = by_pair[pair]
    spans = []
    for match_id, start, end in rules.triggers(doc, forms):
        key = doc.vocab.strings[match_id]
        span = Span(doc, start, end, label=key)
        spans.append(span)
    for span in filter_spans(spans):
        key = span.label_
        found[span.root.i] = (rules.outcome_of[key], key.startswith("toll:"))
    return found


def _is_person(token: Token, rules: _Rules) -> bool:
    """Whether a noun counts people: a person word, a nationality ("Syrians") or a plural name."""
    return (
        token.lemma_.lower() in rules.persons
        or token.lower_ in rules.persons
        or token.ent_type_ == "NORP"
        or token.tag_ == "NNPS"
    )


def _counts_people(noun: Token | None, rules: _Rules, triggers: dict) -> bool:
    """Whether a figure's noun counts people (a bare number may; "three provinces" does not).

    A plural noun outside the person list with a person-like ending ("collaborators",
    "monitors") counts people when a casualty verb governs it directly.
    """
    if noun is None or _is_person(noun, rules) or noun.i in triggers:
        return True
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NNS"
        and noun.dep_ in {"dobj", "nsubjpass", "nsubj"}
        and noun.head.i in triggers
        and any(lemma.endswith(suffix) for suffix in rules.person_suffixes)
    )


def _counted_noun(figure: _Figure) -> tuple[Token | None, Token]:
    """Return (the noun the figure counts or None, the token to walk up from)."""
    root = figure.span.root
    of_objects = [
        grand for child in root.children if child.dep_ == "prep" and child.lower_ == "of"
        for grand in child.children if grand.dep_ == "pobj"
    ]  # fmt: skip
    if root.dep_ in _FIGURE_DEPS and root.head.pos_ in {"NOUN", "PROPN"} and root.head != root:
        return root.head, root.head
    if of_objects and of_objects[0].pos_ in {"NOUN", "PROPN"}:
        return of_objects[0], root
    attrs = [c for c in root.head.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and attrs:
        return attrs[0], root  # "30 were civilians"
    return None, root


def _conj_number_head(figure: _Figure, by_token: dict[int, _Figure]) -> _Figure | None:
    """For "200 and 44 militants": the figure whose conjunct this figure is."""
    root = figure.span.root
    head = root.head
    while root.dep_ == "conj" and head.i in by_token:
        if by_token[head.i].noun is not None:
            return by_token[head.i]
        root, head = head, head.head
    return None


def _children_outcome(token: Token, triggers: dict[int, tuple[str, bool]]) -> tuple | None:
    """Outcome named by a verb's arguments: "placed the death toll at", "were among the dead"."""
    for child in token.children:
        if child.dep_ in _PREDICATE_DEPS | _ARGUMENT_DEPS and child.i in triggers:
            return triggers[child.i]
        if child.dep_ in {"prep", "agent"}:
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.i in triggers:
                    return triggers[grand.i]
                if grand.dep_ == "pobj" and _modifier_outcome(grand, triggers):
                    return _modifier_outcome(grand, triggers)  # "among five people killed"
    return None


def _modifier_outcome(token: Token, triggers: dict[int, tuple[str, bool]]) -> tuple | None:
    """Outcome in the noun's own modifiers: "wounded civilians", "people killed", "who died"."""
    for child in token.children:
        if child.dep_ in {"amod", "acl", "relcl", "compound", "appos"} and child.i in triggers:
            return triggers[child.i]
    return None


def _find_outcome(anchor: Token, triggers: dict[int, tuple[str, bool]]) -> tuple | None:
    """Walk up from the counted noun to the first verb; return (outcome, is_toll) or None."""
    if anchor.i in triggers:
        return triggers[anchor.i]
    found = _modifier_outcome(anchor, triggers)
    token = anchor
    for _ in range(8):
        if found is not None or token.head == token:
            break
        token = token.head
        if token.i in triggers:
            return triggers[token.i]
        if token.pos_ in {"VERB", "AUX"} and token.dep_ != "prep":
            found = _children_outcome(token, triggers)
            break
    return found


# ---------------------------------------------------------------- group text


def _phrase(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text.strip(" ,;:")


def _group_bounds(noun: Token, figure: _Figure, triggers: dict) -> tuple[int, int]:
    """Token bounds of the people counted: the noun, its modifiers, "of/from NAME"."""
    skip = set(range(figure.span.start, figure.span.end))
    lefts = [
        t for t in noun.lefts
        if t.dep_ in {"amod", "compound", "nmod", "poss"} and t.i not in skip
        and t.i not in triggers and t.i > figure.span.end - 1 and t.pos_ != "PRON"
    ]  # fmt: skip
    start = min((t.left_edge.i for t in lefts), default=noun.i)
    end = noun.i + 1
    for child in noun.rights:
        # "100 women and children": a conjunct without a number of its own is counted too.
        numbered = any(t.like_num for t in child.subtree)
        if child.dep_ == "conj" and child.pos_ == "NOUN" and not numbered:
            end = max(end, child.i + 1)
        objects = [g for g in child.children if g.dep_ == "pobj"]
        named = objects and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ == "ORG")
        if child.dep_ == "prep" and child.lower_ in {"of", "from"} and named:
            end = max(end, objects[0].right_edge.i + 1)
    return start, end


def _set_group(figure: _Figure, triggers: dict) -> None:
    noun = figure.noun
    if noun is None:
        return
    doc = noun.doc
    start, end = _group_bounds(noun, figure, triggers)
    figure.group = _phrase(doc, start, end) or None
    figure.group_chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


# ---------------------------------------------------------------- respectively


def _coordination(token: Token) -> list[Token]:
    """A token and its conjuncts, in order: "HTS and SNA" -> [HTS, SNA]."""
    items = [token]
    for child in token.children:
        if child.dep_ == "conj":
            items.extend(_coordination(child))
    return items


def _name_lists(sent: Span, exclude: set[int]) -> list[list[Token]]:
    """Coordinated non-number lists in a sentence (each list's first token starts it)."""
    lists = []
    for token in sent:
        if token.dep_ == "conj" or token.i in exclude or token.like_num:
            continue
        items = _coordination(token)
        if len(items) > 1 and not any(t.i in exclude or t.like_num for t in items):
            lists.append(items)
    return lists


def _item_text(token: Token) -> tuple[str, tuple[int, int]]:
    """Text and char bounds of one list item, without its conjuncts."""
    inner = [t for t in token.subtree if t.i <= token.i or not _under_conj(t, token)]
    start = min(t.i for t in inner if t.dep_ not in {"det", "cc", "punct"} or t == token)
    end = token.i + 1
    doc = token.doc
    return doc[start:end].text, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def _under_conj(token: Token, item: Token) -> bool:
    while token != item and token.head != token:
        if token.dep_ in {"conj", "cc"} and token.head == item:
            return True
        token = token.head
    return False


def _pair_respectively(sent: Span, figures: list[_Figure], rules: _Rules) -> None:
    """Pair numbers and names in order: "200 and 44 militants from HTS and SNA respectively"."""
    resp = [t for t in sent if t.lower_ == "respectively"]
    if not resp:
        return
    by_token = {f.span.root.i: f for f in figures}
    chains = [
        [by_token[t.i] for t in _coordination(f.span.root) if t.i in by_token]
        for f in figures if f.span.root.dep_ != "conj"
    ]  # fmt: skip
    chains = [c for c in chains if len(c) > 1]
    numbers = {t.i for f in figures for t in f.span}
    lists = _name_lists(sent, numbers)
    for chain in chains:
        same = [items for items in lists if len(items) == len(chain)]
        if same:
            names = min(same, key=lambda items: abs(items[-1].i - resp[0].i))
            _apply_pairs(chain, names, rules)


def _apply_pairs(chain: list[_Figure], names: list[Token], rules: _Rules) -> None:
    head = names[0].head
    is_place = head.dep_ == "prep" and head.lower_ in rules.location_preps - {"at"}
    for figure, name in zip(chain, names, strict=True):
        text, chars = _item_text(name)
        if is_place:
            figure.location = text
        elif _is_person(name, rules):
            figure.group, figure.group_chars = text, chars
        else:
            noun = chain[0].noun
            figure.group = f"{text} {noun.text}" if noun is not None else text
            figure.group_chars = chars


# ---------------------------------------------------------------- totals and parts


@dataclass(frozen=True)
class _Cue:
    kind: str
    outcome: str | None
    start: int
    end: int
    sent_no: int


def _find_cues(doc: Doc, rules: _Rules, sentence_of: list[int], forms: _DocForms) -> list[_Cue]:
    spans = [
        Span(doc, start, end, label=doc.vocab.strings[match_id])
        for match_id, start, end in rules.cues(doc, forms)
    ]
    return [
        _Cue(
            s.label_.split(":")[0],
            rules.outcome_of[s.label_] or None,
            s.start,
            s.end,
            sentence_of[s.start],
        )
        for s in sorted(filter_spans(spans), key=lambda s: s.start)
    ]


def _earlier_total(
    figures: list[_Figure], before: int, sent_no: int, outcome: str | None
) -> _Figure | None:
    """The nearest figure before token `before` (within three sentences) that can be a total."""
    for figure in reversed(figures):
        if figure.span.start >= before or figure.part_of is not None or figure.outcome is None:
            continue
        if sent_no - figure.sent_no > 3:
            return None
        if outcome is None or figure.outcome == outcome:
            return figure
    return None


def _attach(part: _Figure, total: _Figure) -> None:
    part.part_of = total
    part.is_toll = False
    part.outcome = part.outcome or total.outcome
    total.parts.append(part)


def _link_after_cue(cue: _Cue, sent_figures: list[_Figure], figures: list[_Figure]) -> None:
    """Link figures after "including" to the figure before it: "446, including 200 ..."."""
    before = [f for f in sent_figures if f.span.end <= cue.start and f.outcome]
    before = [f for f in before if f.part_of is None]
    total = before[-1] if before else _earlier_total(figures, cue.start, cue.sent_no, None)
    if total is None:
        return
    for figure in sent_figures:
        if figure.span.start < cue.end or figure.part_of is not None or figure is total:
            continue
        if figure.outcome not in {None, total.outcome} or figure.parts:
            break
        _attach(figure, total)


def _link_members(cue: _Cue, sent_figures: list[_Figure], figures: list[_Figure]) -> None:
    """Link "12 children were among the dead" to an earlier total of the same outcome."""
    sent_start = sent_figures[0].sent.start
    for figure in sent_figures:
        if figure.part_of is not None or figure.outcome not in {None, cue.outcome} | (
            {figure.outcome} if cue.outcome is None else set()
        ):
            continue
        figure.outcome = figure.outcome or cue.outcome
        total = _earlier_total(figures, sent_start, cue.sent_no, figure.outcome)
        if total is not None:
            _attach(figure, total)


def _link_after_lead(cue: _Cue, sent_figures: list[_Figure]) -> None:
    """Link "Of the 45 people killed, 30 were civilians": the first figure is the total."""
    after = [f for f in sent_figures if f.span.start >= cue.end and f.part_of is None]
    if len(after) < 2 or after[0].span.start - cue.end > 2 or after[0].outcome is None:
        return
    for figure in after[1:]:
        if figure.outcome not in {None, after[0].outcome}:
            break
        _attach(figure, after[0])


def _link_among(figures: list[_Figure]) -> None:
    """Link "Two children were among five people killed": the subject is part of the object."""
    by_noun = {f.noun.i: f for f in figures if f.noun is not None}
    for figure in figures:
        verb = (figure.anchor or figure.span.root).head
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "among":
                continue
            for pobj in prep.children:
                total = by_noun.get(pobj.i)
                if total is not None and total is not figure and figure.part_of is None:
                    _attach(figure, total)


def _link_parts(figures: list[_Figure], cues: list[_Cue]) -> None:
    for cue in cues:
        in_sent = [f for f in figures if f.sent_no == cue.sent_no]
        if not in_sent:
            continue
        if cue.kind == "lead_cue" and cue.start == in_sent[0].sent.start:
            _link_after_lead(cue, in_sent)
        elif cue.kind == "part_cue":
            _link_after_cue(cue, in_sent, figures)
        elif cue.kind == "member_cue":
            _link_members(cue, in_sent, figures)


# ---------------------------------------------------------------- source, period, place


def _entity_at(token: Token) -> Span | None:
    """The named entity a token is part of, found from the IOB tags (no `doc.ents` scan)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _entities(sent: Span, label: str) -> list[Span]:
    """The entities with `label` that begin in `sent`."""
    return [
        entity for token in sent if token.ent_iob_ == "B" and token.ent_type_ == label
        for entity in [_entity_at(token)] if entity is not None
    ]  # fmt: skip


def _trim(tokens: list[Token]) -> str | None:
    """Text of a token run without leading determiners and edge punctuation."""
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {")", "]"}:
        tokens = tokens[:-1]
    if not tokens or (tokens[0].pos_ == "PRON" and len(tokens) == 1):
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _report_object(token: Token) -> Token:
    """Return the reporter behind a report noun: "figures from the ministry" -> "ministry"."""
    if token.lemma_.lower() in _REPORT_NOUNS:
        for child in token.children:
            objects = [g for g in child.children if g.dep_ in {"pobj", "agent"}]
            if child.dep_ in {"prep", "agent", "acl"} and objects:
                return objects[0]
    return token


def _prep_source(cue: _Cue, doc: Doc) -> str | None:
    """The words after "according to" / "citing", up to the end of the cue's phrase."""
    cue_root = doc[cue.start : cue.end].root
    right = max(t.i for t in cue_root.subtree)
    tokens = list(doc[cue.end : right + 1])
    objects = [t for t in tokens if t.head.i < cue.end and t.dep_ in {"pobj", "dobj"}]
    if objects and objects[0].lemma_.lower() in _REPORT_NOUNS:
        inner = _report_object(objects[0])
        tokens = [t for t in inner.subtree]
    return _trim(tokens)


def _subject_text(subject: Token) -> str | None:
    """A subject without its appositions and relative clauses: "The Syrian Observatory ..."."""
    cut = [c.left_edge.i for c in subject.rights if c.dep_ in {"appos", "relcl", "acl", "punct"}]
    end = min(cut, default=subject.right_edge.i + 1)
    doc = subject.doc
    entity = _entity_at(subject)
    if entity is not None:  # keep a name whole: "the Committee to Protect Journalists"
        end = max(end, entity.end)
    return _trim(list(doc[subject.left_edge.i : end]))


def _verb_source(verb: Token, rules: _Rules, figure: _Figure) -> str | None:
    if verb.lemma_.lower() not in rules.report_verbs:
        return None
    for child in verb.children:
        inside = child.left_edge.i <= figure.span.start <= child.right_edge.i
        if child.dep_ == "nsubj" and not inside:
            return _subject_text(_report_object(child))
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            return _subject_text(objects[0]) if objects else None
    return None


def _source(figure: _Figure, cues: list[_Cue], rules: _Rules) -> str | None:
    sent = figure.sent
    doc = sent.doc
    for cue in cues:
        if cue.kind == "source_prep" and sent.start <= cue.start < sent.end:
            found = _prep_source(cue, doc)
            if found:
                return found
    start = figure.anchor or figure.span.root
    verbs = [*start.ancestors, sent.root, *(t for t in sent if t.pos_ == "VERB")]
    for verb in verbs:
        found = _verb_source(verb, rules, figure)
        if found:
            return found
    return None


def _period(figure: _Figure) -> str | None:
    """The nearest date phrase in the sentence, with its "of ..." ("five days of fighting")."""
    sent = figure.sent
    dates = [e for e in _entities(sent, "DATE") if not e.start <= figure.span.start < e.end]
    if not dates:
        return None
    date = min(dates, key=lambda e: abs(e.start - figure.span.start))
    end = date.end
    for child in date.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= date.end:
            end = child.right_edge.i + 1
    doc = sent.doc
    start = date.start - 1 if date.start and doc[date.start - 1].lower_ == "since" else date.start
    return _trim(list(doc[start:end]))


def _place_token(pobj: Token) -> Token | None:
    """A place name governed by a locative preposition ("within Aleppo", "in the city of Goma")."""
    if pobj.pos_ == "NOUN":
        names = [g for c in pobj.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        named = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names and named and pobj.ent_type_ not in {"DATE", "ORG"}:
            return pobj  # "in Ituri province", "in Borno state"
        pobj = names[0] if names else pobj
    # The small model often tags towns as PERSON or NORP ("in Goma", "within Aleppo").
    is_place = pobj.ent_type_ in {"GPE", "LOC", "FAC"} or (
        pobj.ent_type_ in {"", "NORP", "PERSON"} and pobj.tag_ == "NNP"
    )
    return pobj if pobj.pos_ == "PROPN" and is_place else None


def _place_text(token: Token) -> str:
    doc = token.doc
    if token.pos_ == "NOUN":
        start = min(c.left_edge.i for c in token.lefts if c.dep_ == "compound")
        return doc[start : token.i + 1].text
    entity = _entity_at(token)
    if entity is not None:
        return _trim(list(entity)) or entity.text
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return doc[start : token.i + 1].text


def _location(figure: _Figure, rules: _Rules) -> str | None:
    sent = figure.sent
    places = [
        place for prep in sent
        if prep.dep_ == "prep" and prep.lower_ in rules.location_preps
        for pobj in prep.children if pobj.dep_ == "pobj"
        for place in [_place_token(pobj)] if place is not None
    ]  # fmt: skip
    if not places:
        return None
    nearest = min(places, key=lambda t: abs(t.i - figure.span.start))
    return _place_text(nearest)


# ---------------------------------------------------------------- actors and the table


def _actor_mentions(doc: Doc, actors: pd.DataFrame | None) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each actor mention, as in the `extract_actors` table.

    Read from ``doc.spans["actors"]`` (what `extract_actors` reads) unless the table is given.
    """
    if actors is None:
        return [(span.start_char, span.end_char, span.kb_id_) for span in actor_spans(doc)]
    columns = zip(actors["start"], actors["end"], actors["actor"], strict=True)
    return [(int(s), int(e), str(a)) for s, e, a in columns if pd.notna(a)]


def _actor_for(chars: tuple[int, int] | None, mentions: list[tuple[int, int, str]]) -> str | None:
    """The canonical actor whose mention overlaps the group's characters most."""
    if chars is None:
        return None
    start, end = chars
    overlaps = [(min(end, m_end) - max(start, m_start), -m_start, actor)
                for m_start, m_end, actor in mentions]  # fmt: skip
    best = max((o for o in overlaps if o[0] > 0), default=None)
    return None if best is None else best[2]


def _resolve(doc: Doc, rules: _Rules) -> tuple[list[_Figure], list[_Cue]]:
    """Find figures, their counted people and outcomes, and link totals and parts."""
    forms = _DocForms.of(doc)
    triggers = _trigger_map(doc, rules, forms)
    sents, sentence_of = _sentence_index(doc)
    figures = list(_plain_figures(doc, rules, sents, sentence_of, forms))
    for figure in figures:
        figure.noun, figure.anchor = _counted_noun(figure)
    by_token = {f.span.root.i: f for f in figures}
    for figure in figures:
        head = _conj_number_head(figure, by_token) if figure.noun is None else None
        if head is not None:
            figure.noun, figure.anchor = head.noun, head.noun
    figures = [f for f in figures if _counts_people(f.noun, rules, triggers)]
    for figure in figures:
        found = _find_outcome(figure.anchor, triggers)
        if found is not None:
            figure.outcome, figure.is_toll = found
        _set_group(figure, triggers)
    by_sentence: dict[int, list[_Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sent_no, []).append(figure)
    for in_sent in by_sentence.values():
        _pair_respectively(in_sent[0].sent, in_sent, rules)
    cues = _find_cues(doc, rules, sentence_of, forms)
    _link_among(figures)
    _link_parts(figures, cues)
    return [f for f in figures if f.outcome in OUTCOMES], cues


def _dtype(column: str) -> str:
    if column in {"figure_id", "start", "end"}:
        return "int64"
    return "bool" if column in {"vague", "is_total"} else "object"


# Text and count columns hold Python values (str, int or None), hence "object".
DTYPES: dict[str, str] = {column: _dtype(column) for column in COLUMNS}


def extract_casualties(
    text_or_doc: str | Doc,
    *,
    actors: pd.DataFrame | None = None,
    terms_path: str | Path = TERMS_PATH,
) -> pd.DataFrame:
    """Return one row per casualty figure in a text or parsed Doc (columns in `COLUMNS`).

    A str is parsed with `analysis.load_nlp()`; a Doc (e.g. from a `DocBin`) is used as
    it is and needs the pipes in `REQUIRED_PIPES`. `actors` is the Doc's `extract_actors`
    table (when None, the same mentions are read from the Doc's actor spans); `terms_path`
    is a terms CSV like `data/casualty_terms.csv`. `count`, `low`, `high`, `part_of` and
    the text columns hold Python ints / str, or None when missing. `part_of` is the
    `figure_id` of the total a figure breaks down; `start`/`end` are character offsets of
    the number itself.

    `count` is None for a vague figure (`vague` is True) and for a range, whose bounds
    are `low` and `high`; otherwise `low`/`high` are the bounds the qualifier states
    ("at least 12": low 12, high None). A part without its own source, period or place
    takes its total's.

    >>> df = extract_casualties("At least 12 people were killed in Goma, officials said.")
    >>> df[["count", "qualifier", "outcome", "group", "location", "source"]].to_dict("records")
    [{'count': 12, 'qualifier': 'at_least', 'outcome': 'killed', 'group': 'people', \
'location': 'Goma', 'source': 'officials'}]
    """
    rows = casualty_rows(_as_doc(text_or_doc), actors=actors, terms_path=terms_path)
    return columns_frame(rows, DTYPES)


def casualty_rows(
    doc: Doc, *, actors: pd.DataFrame | None = None, terms_path: str | Path = TERMS_PATH
) -> dict[str, list]:
    """Return the `extract_casualties` table of a parsed Doc as {column: values} (`DTYPES`)."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return rows_to_columns([], COLUMNS)
    rules = _rules(doc.vocab, Path(terms_path))
    figures, cues = _resolve(doc, rules)
    if not figures:
        return rows_to_columns([], COLUMNS)
    mentions = _actor_mentions(doc, actors)
    ids = {id(f): i for i, f in enumerate(figures)}
    rows = [_row(f, ids, cues, rules, mentions) for f in figures]
    for row in rows:
        if row["part_of"] is not None:
            total = rows[row["part_of"]]
            for column in ("source", "period", "location"):
                row[column] = row[column] or total[column]
    return rows_to_columns(rows, COLUMNS)


def _row(
    figure: _Figure,
    ids: dict[int, int],
    cues: list[_Cue],
    rules: _Rules,
    actors: list[tuple[int, int, str]],
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
        "source": _source(figure, cues, rules),
        "period": _period(figure),
        "location": figure.location or _location(figure, rules),
        "figure": span.text,
        "sentence": figure.sent.text,
        "start": span.start_char,
        "end": span.end_char,
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
