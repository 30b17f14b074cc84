"""The ``actor_gazetteer`` component: spaCy's `EntityRuler` filled with the gazetteer.

Every name and alias of `actors.csv` (and the "{demonym} {noun}" patterns, ambiguous
acronyms and places) becomes a pattern whose ``id`` is the canonical name; its matches
overwrite the model's entities. The word patterns are matched through one `PhraseMatcher`
(`WordPatternMatcher`), with the same matches as the token Matcher and a fraction of its
cost. The component's ``rules`` config extends the packaged tables (`analysis.rules`).
"""

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analysis.parse import gazetteer
from analysis.parse.spans import GAZETTEER_PIPE
from analysis.rules import RuleSet, mapping


@Language.factory(GAZETTEER_PIPE, default_config={"rules": {}})
def make_actor_gazetteer(nlp: Language, name: str, rules: dict[str, str]) -> EntityRuler:
    """Return an EntityRuler holding every gazetteer name and alias (``id`` = canonical name).

    `rules` maps rule tables to user files that extend them (`RuleSet.as_config`), e.g.
    ``{"actors": "my_actors.csv"}``.
    """
    rule_set = RuleSet.from_config(rules)
    ruler = ActorGazetteer(nlp, name, overwrite_ents=True)
    actors = gazetteer.read_actors(rule_set)
    patterns = gazetteer.actor_patterns(
        actors,
        tokenize=lambda text: [token.text for token in nlp.tokenizer(text)],
        demonyms=mapping("demonyms", "demonym", "country", rule_set),
        state_nouns=mapping("state_nouns", "noun", "actor_type", rule_set),
        ambiguous=gazetteer.read_ambiguous_names(rule_set),
        places=mapping("places", "place", "country", rule_set),
        force_names=gazetteer.force_templates(rule_set),
    )
    ruler.add_patterns(patterns + upper_case_patterns(patterns, actors))
    return ruler


def upper_case_patterns(
    patterns: list[dict[str, Any]], actors: dict[str, gazetteer.Actor]
) -> list[dict[str, Any]]:
    """The names of groups and bodies spelled in capitals: "CHADEMA", "AL-SHABAAB", "RED CROSS".

    Headlines and some outlets write a name all in capitals, and parties often write their
    own that way ("CHADEMA" for the gazetteer's "Chadema"). A pattern whose exact words
    are written in capitals matches them too. States are left out: a country's or a
    town's name in capitals is a dateline ("KABUL, Afghanistan"), a place.

    >>> actors = {"Chadema": gazetteer.Actor("Chadema", "political", (), "Tanzania")}
    >>> upper_case_patterns([{"label": "ORG", "pattern": [{"ORTH": "Chadema"}], "id": "Chadema"}],
    ...                     actors)
    [{'label': 'ORG', 'pattern': [{'ORTH': 'CHADEMA'}], 'id': 'Chadema'}]
    """
    upper = []
    for pattern in patterns:
        actor = actors.get(pattern.get("id", ""))
        words = pattern["pattern"]
        if actor is None or actor.actor_type == "state" or isinstance(words, str):
            continue
        capitals = [{k: v.upper() if k == "ORTH" else v for k, v in w.items()} for w in words]
        if capitals != words:
            upper.append({**pattern, "pattern": capitals})
    return upper


class WordPatternMatcher:
    """A `Matcher` for token patterns made of words, run as one `PhraseMatcher`.

    A pattern whose tokens are each ``{"ORTH": word}`` (exact) or ``{"LOWER": word}`` (any
    case) is indexed by its lower-case words in a ``LOWER`` PhraseMatcher; a phrase match
    is kept for each such pattern whose ``ORTH`` words are written exactly that way. The
    Matcher steps each of the gazetteer's thousands of patterns through every token,
    which cost more than the statistical model; this finds the same (key, start, end)
    matches (in another order). Other patterns go to an ordinary Matcher. Only what
    `EntityRuler` calls is provided.
    """

    def __init__(self, vocab: Vocab) -> None:
        """Start with no patterns."""
        self.vocab = vocab
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.other = Matcher(vocab)
        self.other_keys: set[str | int] = set()
        # phrase id -> (match key, the exact words as (offset, ORTH)) of each pattern
        self.checks: dict[int, list[tuple[int, tuple[tuple[int, str], ...]]]] = {}
        self.phrase_ids: dict[int, list[int]] = {}  # match key -> its phrase ids

    def __len__(self) -> int:
        """Number of match keys."""
        return len(self.phrase_ids.keys() | {self._normalize_key(k) for k in self.other_keys})

    def __contains__(self, key: str | int) -> bool:
        """Whether there are patterns for `key`."""
        return self._normalize_key(key) in self.phrase_ids or key in self.other

    def _normalize_key(self, key: str | int) -> int:
        return self.vocab.strings.add(key) if isinstance(key, str) else key

    def add(self, key: str | int, patterns: list[list[dict[str, Any]]]) -> None:
        """Add token `patterns` under `key`."""
        match_key = self._normalize_key(key)
        for pattern in patterns:
            words = _pattern_words(pattern)
            if words is None:
                self.other.add(key, [pattern])
                self.other_keys.add(key)
                continue
            phrase = "\x1f".join(word.lower() for _, word in words)
            phrase_id = self.vocab.strings.add(phrase)
            if phrase_id not in self.checks:
                self.checks[phrase_id] = []
                self.phrases.add(phrase, [Doc(self.vocab, words=[word for _, word in words])])
            exact = tuple((i, word) for i, (attr, word) in enumerate(words) if attr == "ORTH")
            self.checks[phrase_id].append((match_key, exact))
            self.phrase_ids.setdefault(match_key, []).append(phrase_id)

    def remove(self, key: str | int) -> None:
        """Remove the patterns of `key`."""
        match_key = self._normalize_key(key)
        for phrase_id in self.phrase_ids.pop(match_key, []):
            self.checks[phrase_id] = [c for c in self.checks[phrase_id] if c[0] != match_key]
        if key in self.other:
            self.other.remove(key)
            self.other_keys.discard(key)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Return (match key, start, end) of every pattern match in `doc`."""
        matches = []
        for phrase_id, start, end in self.phrases(doc):
            for match_key, exact in self.checks[phrase_id]:
                if all(doc[start + i].orth_ == word for i, word in exact):
                    matches.append((match_key, start, end))
        return matches + (self.other(doc) if len(self.other) else [])


def _pattern_words(pattern: list[dict[str, Any]]) -> list[tuple[str, str]] | None:
    """A pattern's (attribute, word) pairs if it is words only, matched exactly or in any case.

    ``{"LOWER": word}`` counts only when `word` is lower case (else it never matches).
    """
    words = []
    for token in pattern:
        if len(token) != 1:
            return None
        ((attr, value),) = token.items()
        attr = attr.upper()
        if not isinstance(value, str) or not value or attr not in {"ORTH", "TEXT", "LOWER"}:
            return None
        if attr == "LOWER" and value != value.lower():
            return None
        words.append(("LOWER" if attr == "LOWER" else "ORTH", value))
    return words or None


class ActorGazetteer(EntityRuler):
    """spaCy's `EntityRuler`, with its token patterns matched by a `WordPatternMatcher`."""

    def __init__(self, nlp: Language, name: str, **kwargs: Any) -> None:
        """As `EntityRuler`."""
        super().__init__(nlp, name, **kwargs)
        self.matcher = WordPatternMatcher(nlp.vocab)

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self.matcher = WordPatternMatcher(self.nlp.vocab)
