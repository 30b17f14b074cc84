"""Which actor a noun phrase refers to: a mention, a pronoun or a role ("the minister").

Used by the quote and event extractors. Reads only what survives a DocBin round trip:
the ``doc.spans["actors"]`` group, sentence boundaries and the dependency parse.
"""

from spacy.tokens import Doc, Span, Token

from analysis.extract.doc import actor_spans
from analysis.rules import RuleSet, title_words

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "i", "me", "my"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "we", "us", "our"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
LOOK_BACK_SENTENCES = 3  # how far a pronoun looks back for its antecedent
# How many pronouns one resolution may pass through ("he" -> "his spokesman" -> "his" ->
# the governor). Each hop looks at several candidate subjects, so an unbounded walk is
# exponential on a long chain of "his aide ... her deputy ..." and, when a possessive
# sits inside its own candidate ("a farmer who left with his sons"), never ends.
MAX_PRONOUN_HOPS = 3


class ActorReference:
    """Resolve tokens of one Doc to canonical actor names."""

    def __init__(self, doc: Doc, rules: RuleSet | None = None) -> None:
        """Index the Doc's actor mentions and the titles written before each person."""
        self.doc = doc
        self.spans = actor_spans(doc)
        self.span_at: dict[int, Span] = {
            i: span for span in self.spans for i in range(span.start, span.end)
        }
        self.titles = title_words(rules or RuleSet())
        self.person_titles = {span.start: self._titles_before(span) for span in self.spans
                              if span.label_ == "person"}  # fmt: skip
        self.has_parse = doc.has_annotation("DEP")

    def actor(self, token: Token) -> str | None:
        """The actor of the mention that `token` is part of."""
        span = self.span_at.get(token.i)
        return span.kb_id_ if span is not None else None

    def actor_type(self, name: str) -> str | None:
        """The type of actor `name` in this Doc."""
        return next((span.label_ for span in self.spans if span.kb_id_ == name), None)

    def resolve(self, token: Token) -> str | None:
        """The actor a phrase headed by `token` stands for, or None.

        A mention; a pronoun's antecedent; a role noun's person ("the minister" after
        "Defense Minister Thabet al-Abbasi"); else the first actor inside the phrase ("a
        coalition ... led by HTS"); else the owner in "his office".
        """
        return self._resolve(token, ())

    def antecedent(self, pronoun: Token) -> str | None:
        """The actor a pronoun refers to, or None.

        A subject of the clauses above it in its sentence, else a subject of the sentences
        before, else the last mention of the right kind (a person for "he"/"she").
        """
        return self._antecedent(pronoun, ())

    def person_with_title(self, noun: Token) -> str | None:
        """The last person before `noun` introduced with that title word."""
        before = [s for s in self.spans if s.label_ == "person" and s.end <= noun.i]
        titled = [s for s in before if noun.lower_ in self.person_titles.get(s.start, set())]
        return titled[-1].kb_id_ if titled else None

    # --- helpers -----------------------------------------------------------------------

    def _resolve(self, token: Token, chain: tuple[int, ...]) -> str | None:
        """`resolve`, inside a walk that has passed through the pronouns in `chain`."""
        direct = self.actor(token)
        if direct is not None:
            return direct
        lower = token.lower_
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._antecedent(token, chain)
        if token.pos_ in ("NOUN", "PROPN") and lower in self.titles:
            role = self.person_with_title(token)
            if role is not None:
                return role
        inside = [self.span_at[t.i] for t in token.subtree if t.i in self.span_at]
        if inside:
            return inside[0].kb_id_
        # "a statement from his office": the owner named by a possessive pronoun
        owners = _owner_pronouns(token)
        return self._antecedent(owners[0], chain) if owners else None

    def _antecedent(self, pronoun: Token, chain: tuple[int, ...]) -> str | None:
        """`antecedent`; None for a pronoun already on the walk or past the hop limit.

        A pronoun met again on its own walk cannot name itself, so that candidate is
        skipped and the walk below goes on to the next one.
        """
        if pronoun.i in chain or len(chain) >= MAX_PRONOUN_HOPS:
            return None
        chain = (*chain, pronoun.i)
        wants_person = pronoun.lower_ in PERSON_PRONOUNS
        for candidate in self._subject_candidates(pronoun):
            name = self._resolve_noun(candidate, chain)
            if name is not None and self._fits(name, person=wants_person):
                return name
        earlier = [s for s in self.spans if s.end <= pronoun.i]
        fitting = [s for s in earlier if (s.label_ == "person") == wants_person]
        return fitting[-1].kb_id_ if fitting else None

    def _resolve_noun(self, token: Token, chain: tuple[int, ...]) -> str | None:
        """Like `_resolve`, but a pronoun is not followed further."""
        if token.lower_ in PERSON_PRONOUNS or token.lower_ in GROUP_PRONOUNS:
            return None
        return self._resolve(token, chain)

    def _fits(self, name: str, *, person: bool) -> bool:
        return (self.actor_type(name) == "person") == person

    def _subject_candidates(self, pronoun: Token) -> list[Token]:
        """Subjects of the clauses governing `pronoun`, then of earlier sentences."""
        if not self.has_parse:
            return []
        candidates = [
            child
            for ancestor in pronoun.ancestors
            for child in ancestor.children
            if child.dep_ in SUBJECTS and child.i != pronoun.i and child.i < pronoun.i
        ]
        sentences = list(self.doc.sents)
        index = next(i for i, s in enumerate(sentences) if s.start <= pronoun.i < s.end)
        for sentence in reversed(sentences[max(0, index - LOOK_BACK_SENTENCES) : index]):
            candidates += [t for t in sentence if t.dep_ in SUBJECTS]
        return candidates

    def _titles_before(self, span: Span) -> set[str]:
        """Title words just before a person ("Defense Minister") or in apposition to them."""
        words = set()
        i = span.start - 1
        while i >= 0 and span.start - i <= 4 and self.doc[i].lower_ in self.titles | {"-"}:
            words.add(self.doc[i].lower_)
            i -= 1
        # "Abbasi, the defense minister," / "Mohamed Ali, an RSF commander"
        for token in span:
            for child in token.children:
                if child.dep_ == "appos" and child.lower_ in self.titles:
                    words.add(child.lower_)
        return words


def _owner_pronouns(head: Token) -> list[Token]:
    """Possessive pronouns of the phrase headed by `head`, in text order.

    Relative clauses are left out: in "a farmer who left with his sons" "his" belongs to
    the clause about the farmer, not to the farmer, and following it would name whoever
    "his" refers to as the farmer.
    """
    found, stack = [], [head]
    while stack:
        token = stack.pop()
        if token.dep_ == "poss" and token.pos_ == "PRON":
            found.append(token)
        stack.extend(child for child in token.children if child.dep_ != "relcl")
    return sorted(found, key=lambda token: token.i)
