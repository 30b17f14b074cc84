"""The casualty rules compiled for one vocabulary: numbers, triggers, person nouns, cues.

The words live in `data/casualty_terms.csv` (kinds: trigger, toll, person, person_suffix,
not_person, part_cue, lead_cue, member_cue, source_prep, release, period_cue,
conflict_anchor, tally_verb, event_prep, charge_prep, cause_word, scope_noun, period_noun,
perpetrator, care_verb, restating_cue); the verbs that name a
figure's source in `data/reporting_verbs.csv` (``toll_source``) and the prepositions before
its place in `data/locative_prepositions.csv` (``place_of_figure``). A user extends any of
them through an `analysis.rules.RuleSet`.
"""

import functools
import re
from dataclasses import dataclass

import pandas as pd
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analysis.extract.casualties.numbers import NUMBER_OF, QUALIFIERS, SCALES, VAGUE
from analysis.rules import RuleSet, flagged, mapping


@dataclass(frozen=True)
class DocForms:
    """The lemmas and lower-case forms that occur in a Doc, and whether it has lemmas and POS."""

    lemmas: frozenset[str]
    lowers: frozenset[str]
    annotated: bool

    pairs: list[tuple[int, int]]  # (lemma, lower-case form) string hashes of each token

    @classmethod
    def of(cls, doc: Doc) -> "DocForms":
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

    def __call__(self, doc: Doc, forms: DocForms) -> list[tuple[int, int, int]]:
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
class Rules:
    """Matchers and word sets built from the terms table for one vocabulary."""

    numbers: "_NumberMatcher"
    qualifiers: dict[str, list[tuple[str, tuple[str, ...]]]]  # first word -> (phrase, words)
    triggers: _TermMatcher
    single_words: dict[str, tuple[str, bool]]
    cues: _TermMatcher
    persons: frozenset[str]
    person_suffixes: tuple[str, ...]
    non_persons: frozenset[str]  # nouns a person rule would take for people: "number", "cattle"
    fatal: frozenset[str]  # adverbs that make a wound a death: "fatally shot"
    period_cues: re.Pattern  # "this year": a tally's period (`tallies`)
    conflict_anchors: re.Pattern  # "the war": a conflict's cumulative toll, no statistic
    tally_verbs: frozenset[str]  # "recorded": its subject keeps count
    scope_nouns: frozenset[str]  # "in the district": a tally's place-wide scope
    period_nouns: frozenset[str]  # "in a year": a stretch of time, no incident (`tallies`)
    perpetrators: frozenset[str]  # "the gunmen fled": doers, whose flight is no displacement
    releases: frozenset[str]  # verbs that end a status ("hostages were freed"): no casualty
    event_preps: frozenset[str]  # "after the killing": another event, not the people's outcome
    charge_preps: frozenset[str]  # "booked with murder": a charge, not a killing
    cause_words: frozenset[str]  # "protesting the arrest of a rider": an earlier arrest, a cause
    care_verbs: frozenset[str]  # "medics treated 30 people": the people treated are wounded
    report_verbs: frozenset[str]
    location_preps: frozenset[str]
    fighters: frozenset[str]  # "attackers", "bandits": an armed side's members (captured: held)
    restating: frozenset[str]  # "the rebels claimed 60": a second figure of a toll (`restated`)
    outcome_of: dict[str, str]


def load_terms(rules: RuleSet | None = None) -> pd.DataFrame:
    """The casualty terms table (`kind`, `term`, `outcome`, `note`) of a rule set.

    >>> load_terms().query("term == 'flee'")[["kind", "outcome"]].to_numpy().tolist()
    [['trigger', 'displaced']]
    """
    terms = pd.DataFrame(list((rules or RuleSet()).rows("casualty_terms")), dtype="str")
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
        number_adjectives = sorted({p.split()[1] for p in NUMBER_OF if len(p.split()) == 3})
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
            ([{"LOWER": "several"}], (frozenset({"several"}),), None),
            ([{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": number_adjectives}, "OP": "?"},
              {"LOWER": "number"}, {"LOWER": "of"}], (frozenset({"number"}), frozenset({"of"})),
             None),
            # "abducting an unknown number": the same count with its people left unsaid
            ([{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": number_adjectives}},
              {"LOWER": "number"}], (frozenset({"number"}),), None),
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


def _phrases(terms: frozenset[str]) -> re.Pattern:
    """A whole-word, case-blind pattern for any of `terms` (none: a pattern that never matches)."""
    if not terms:
        return re.compile(r"(?!)")
    found = sorted(terms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in found) + r")\b", re.IGNORECASE)


# `generic_actors` types of armed sides that are no state: their members taken are captured
_ARMED_SIDES = frozenset({"unidentified_armed_group", "armed_group"})


def _build_rules(vocab: Vocab, terms: pd.DataFrame, rule_set: RuleSet | None = None) -> Rules:
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

    return Rules(
        numbers=_NumberMatcher(vocab),
        qualifiers=qualifiers,
        triggers=triggers,
        single_words=single_words,
        cues=cues,
        persons=words("person"),
        person_suffixes=tuple(sorted(words("person_suffix"))),
        non_persons=words("not_person"),
        fatal=words("fatal_cue"),
        period_cues=_phrases(words("period_cue")),
        conflict_anchors=_phrases(words("conflict_anchor")),
        tally_verbs=words("tally_verb"),
        scope_nouns=words("scope_noun"),
        period_nouns=words("period_noun"),
        perpetrators=words("perpetrator"),
        releases=words("release"),
        event_preps=words("event_prep"),
        charge_preps=words("charge_prep"),
        cause_words=words("cause_word"),
        care_verbs=words("care_verb"),
        report_verbs=flagged("reporting_verbs", "verb", "toll_source", rule_set),
        location_preps=flagged("locative_prepositions", "preposition", "place_of_figure", rule_set),
        fighters=frozenset(
            noun
            for noun, kind in mapping("generic_actors", "noun", "actor_type", rule_set).items()
            if kind in _ARMED_SIDES
        ),
        restating=words("restating_cue"),
        outcome_of=outcome_of,
    )


@functools.lru_cache(maxsize=8)
def compiled_rules(vocab: Vocab, rule_set: RuleSet) -> Rules:
    """The rules of `rule_set` compiled for `vocab` (cached: compiling takes milliseconds)."""
    return _build_rules(vocab, load_terms(rule_set), rule_set)
