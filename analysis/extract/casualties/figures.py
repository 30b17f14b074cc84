"""Figures: number expressions, the people they count, the outcome and the group's words.

A `Matcher` finds number expressions and the qualifier before them; `numbers.parse_count`
parses them and drops years, percentages, money, durations and ordinals. The parse links
the number to the noun it counts; a figure counting things that are not people is
dropped. The outcome comes from the trigger words the number's noun reaches by walking up
the parse.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from analysis.extract.casualties.blows import blows
from analysis.extract.casualties.care_states import care_states
from analysis.extract.casualties.cared import held_wounded
from analysis.extract.casualties.charges import charges
from analysis.extract.casualties.not_tolls import not_a_toll
from analysis.extract.casualties.numbers import Count, parse_count
from analysis.extract.casualties.outcome import (  # noqa: F401  (re-exported for parts)
    counts_people,
    find_outcome,
    is_person,
    modifier_outcome,
    person_like,
)
from analysis.extract.casualties.tallies import of_a_tally, statistic
from analysis.extract.casualties.terms import DocForms, Rules

# Entity labels whose numbers are never counts of people.
_NON_COUNT_ENTS = frozenset({"PERCENT", "MONEY", "ORDINAL", "QUANTITY", "TIME"})
_FIGURE_DEPS = frozenset({"nummod", "quantmod", "npadvmod", "nmod", "appos", "amod"})


@dataclass
class Figure:
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
    part_of: "Figure | None" = None
    parts: list["Figure"] = field(default_factory=list)
    implicit: bool = False  # no numeral written: "a farmer was killed" counts 1


# ---------------------------------------------------------------- number expressions


def _qualifiers(doc: Doc, rules: Rules) -> dict[int, str]:
    """Token index where a qualifier ends -> the longest qualifier phrase ending there.

    A qualifier is its words in any case, as a Matcher of ``LOWER`` words would find them;
    a dict lookup per token costs a tenth of that Matcher. A verb's particle is none:
    "handed over 11 suspects to the police".
    """
    lowers = [token.lower_ for token in doc]
    found: dict[int, tuple[int, str]] = {}
    for start, word in enumerate(lowers):
        if word in rules.qualifiers and doc[start].dep_ == "prt":
            continue
        for phrase, words in rules.qualifiers.get(word, ()):
            end = start + len(words)
            if tuple(lowers[start:end]) == words and (end not in found or start < found[end][0]):
                found[end] = (start, phrase)
    return {end: phrase for end, (_, phrase) in found.items()}


def _people_quantity(span: Span, rules: Rules) -> bool:
    """A number the entity model took for a quantity that counts people: "6 boda boda riders".

    The words between the number and its noun are compounds; the noun is people.
    """
    if any(t.ent_type_ != "QUANTITY" for t in span if t.ent_type_ in _NON_COUNT_ENTS):
        return False
    noun = span.root.head
    if span.root.dep_ != "nummod" or noun == span.root:
        return False
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i - noun.i <= 3:
        noun = noun.head
    return noun.tag_ == "NNS" and person_like(noun, rules, {})


def _number_spans(doc: Doc, rules: Rules, forms: DocForms) -> list[Span]:
    spans = [doc[start:end] for _, start, end in rules.numbers(doc, forms.lowers)]
    spans = [s[:-1] if s[-1].lower_ == "of" else s for s in spans]
    valid = [s for s in spans if parse_count(s.text) is not None]
    return sorted(filter_spans(valid), key=lambda s: s.start)


def plain_figures(
    doc: Doc, rules: Rules, sents: list[Span], sentence_of: list[int], forms: DocForms
) -> Iterator[Figure]:
    """Number expressions that can be counts of people, with their qualifier."""
    qualifiers = _qualifiers(doc, rules)
    dated: dict[int, frozenset[int]] = {}  # sentence start -> the verbs its period words date
    tallies: dict[int, int] = {}  # sentence -> where its last statistic ends
    for span in _number_spans(doc, rules, forms):
        if any(t.ent_type_ in _NON_COUNT_ENTS for t in span) and not _people_quantity(span, rules):
            continue
        if not_a_toll(span, rules) is not None:
            continue
        sent_no = sentence_of[span.start]
        if statistic(span, sents[sent_no], rules, dated) or of_a_tally(span, tallies.get(sent_no)):
            tallies[sent_no] = span.end  # "the county's 97th homicide this year", "14 of them"
            continue
        phrase = qualifiers.get(span.start, "")
        parsed = parse_count(f"{phrase} {span.text}".strip()) or parse_count(span.text)
        if parsed is not None:
            yield Figure(span=span, parsed=parsed, sent=sents[sent_no], sent_no=sent_no)


# ---------------------------------------------------------------- nouns and outcomes


def trigger_map(doc: Doc, rules: Rules, forms: DocForms) -> dict[int, tuple[str, bool]]:
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
    held = charges(doc, rules)  # "Police charged two men over the brawl"
    for i, state in (blows(doc, rules) | care_states(doc, found) | held).items():  # "in hospital"
        found.setdefault(i, state)
    return found


def counted_noun(figure: Figure) -> tuple[Token | None, Token]:
    """Return (the noun the figure counts or None, the token to walk up from)."""
    root = figure.span.root
    size = root.head
    if size.lemma_ == "number" and size.dep_ in {"acl", "relcl"} and size.head.pos_ == "NOUN":
        return size.head, size.head  # "gunmen numbering about ten", "who numbered 30": a size
    of_objects = [
        grand for child in root.children if child.dep_ == "prep" and child.lower_ == "of"
        for grand in child.children if grand.dep_ == "pobj"
    ]  # fmt: skip
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.dep_ == "amod" and after.head == root:
        return None, root  # "One dead, four hurt": the number's own state, not "hurt"'s
    if root.dep_ in _FIGURE_DEPS and root.head.pos_ in {"NOUN", "PROPN"} and root.head != root:
        noun = root.head
        # "six Al-Shabaab dead": the name is a compound of the noun that counts the people;
        # "Five Guardia Civil officers": the parse makes the name's first word an nmod (not a
        # number inside a name, after its word: "a Form Five student")
        named = {"compound", "nmod"} if noun.pos_ == "PROPN" and root.i < noun.i else {"compound"}
        while noun.dep_ in named and noun.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
            noun = noun.head
        return noun, noun
    if of_objects and of_objects[0].pos_ in {"NOUN", "PROPN"}:
        return of_objects[0], root
    if (
        of_objects
        and of_objects[0].tag_ in {"VBN", "JJ"}
        and not any(c.dep_ == "det" for c in of_objects[0].children)
    ):  # "dozens of wounded" (not "seven of the dead": a part of a toll, see `parts`)
        return of_objects[0], of_objects[0]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # only then: the head's children
        attrs = [c for c in root.head.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}]
        if attrs:  # (scanned for every figure, they made a long list quadratic)
            return attrs[0], root  # "30 were civilians"
    return None, root


def conj_number_head(figure: Figure, by_token: dict[int, Figure]) -> Figure | None:
    """For "200 and 44 militants": the figure whose conjunct this figure is."""
    root = figure.span.root
    head = root.head
    while root.dep_ == "conj" and head.i in by_token:
        if by_token[head.i].noun is not None:
            return by_token[head.i]
        root, head = head, head.head
    return None


# ---------------------------------------------------------------- group text


def _phrase(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text.strip(" ,;:")


def _group_bounds(noun: Token, figure: Figure, triggers: dict) -> tuple[int, int]:
    """Token bounds of the people counted: the noun, its modifiers, "of/from NAME"."""
    skip = set(range(figure.span.start, figure.span.end))
    lefts = [
        t for t in noun.lefts
        if t.dep_ in {"amod", "compound", "nmod", "poss"} and t.i not in skip
        and t.i not in triggers and t.i > figure.span.end - 1 and t.pos_ != "PRON"
    ]  # fmt: skip
    start = min((t.left_edge.i for t in lefts), default=noun.i)
    if figure.span.end <= noun.i:  # "six Al-Shabaab dead": the number is no part of the group
        start = max(start, figure.span.end)
    end = noun.i + 1
    for child in noun.rights:
        # "100 women and children": a conjunct without a number of its own is counted too;
        # "two members of the RSF and a child": "a child" is its own (implicit) figure.
        numbered = any(t.like_num for t in child.subtree)
        single = child.tag_ == "NN" and any(  # "21 cadets and the attacker": two figures
            d.dep_ in {"det", "poss"} and d.lower_ not in {"no", "all"} for d in child.lefts
        )
        if child.dep_ == "conj" and child.pos_ == "NOUN" and not numbered and not single:
            end = max(end, child.i + 1)
        objects = [g for g in child.children if g.dep_ == "pobj"]
        named = objects and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ == "ORG")
        if child.dep_ == "prep" and child.lower_ in {"of", "from"} and named:
            end = max(end, objects[0].right_edge.i + 1)
    return start, end


def set_group(figure: Figure, triggers: dict) -> None:
    """Set the figure's group text and character bounds from its counted noun."""
    noun = figure.noun
    if noun is None:
        return
    doc = noun.doc
    start, end = _group_bounds(noun, figure, triggers)
    figure.group = _phrase(doc, start, end) or None
    figure.group_chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


# ---------------------------------------------------------------- two outcomes


_PRONOUNS = frozenset({"them", "him", "her"})


def _outcome_token(figure: Figure, triggers: dict) -> Token | None:
    """The trigger above the figure's people that gave its outcome ("killed" of "were killed")."""
    token = figure.anchor or figure.span.root
    for _ in range(5):
        if token.i in triggers and triggers[token.i][0] == figure.outcome:
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _shares_people(conj: Token, verb: Token) -> bool:
    """Whether a coordinated verb has no people of its own: "were kidnapped and [killed]".

    Nor has any verb between them in the chain of conjuncts: "nine were killed, and two
    men were later arrested and [jailed]" jails the two men, not the nine; "[shot] and
    killed one robber and arrested two" shot the one, whose verb stands between.
    """
    own = {"dobj", "nsubjpass"} | ({"nsubj"} if conj.i > verb.i else set())
    token = verb
    for _ in range(8):  # the conjunct may be above the verb: the chain's first verb
        if token.dep_ != "conj" or token.head == token or token.head == conj:
            break
        token = token.head
        if any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in _PRONOUNS for c in token.children
        ):
            return False
    token = conj
    for _ in range(8):
        if any(c.dep_ in own and c.lower_ not in _PRONOUNS for c in token.children):
            return False
        if token.dep_ != "conj" or token.head in {verb, token}:
            return True
        token = token.head
    return True


def _same_number(pronoun: Token, count: int | None) -> bool:
    """A pronoun that can stand for the figure's people: "them" for many, "him" for one."""
    if pronoun.lower_ not in _PRONOUNS:
        return False
    return (count == 1) == (pronoun.lower_ != "them") or count is None


def _two_outcomes(first: str, other: str) -> bool:
    """Whether people can have both outcomes as two rows.

    A wound pairs with an arrest only: "was shot and arrested" is a wounded and a detained
    row (the fourth and fifth sets' convention), "shot and killed" is killed only.
    """
    if first == other:
        return False
    return "wounded" not in {first, other} or {first, other} == {"wounded", "detained"}


def _clause_and_verb(figure: Figure, triggers: dict) -> str | None:
    """The other outcome of people whose own clause and whose verb name two.

    "Rebels abducted a village chief, who was later found decapitated": the relative
    clause gives the death, the verb the abduction; coders count both (the sixth set's
    convention: kidnapped for all taken, killed for those found dead). "Two men who were
    shot in the legs were arrested": wounded and detained (`_two_outcomes`).
    """
    role = figure.anchor or figure.span.root
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    verb = role.head
    if role.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or verb.i not in triggers:
        return None
    clauses = [c for c in role.children if c.dep_ == "relcl"]
    own = modifier_outcome(role, triggers) if clauses else None
    if own is None:  # only a clause says what happened: "four displaced people were killed"
        return None
    other = triggers[verb.i][0] if own[0] == figure.outcome else own[0]
    return other if _two_outcomes(figure.outcome, other) else None


def twin_outcomes(figures: list[Figure], triggers: dict) -> list[Figure]:
    """A second figure for people with two outcomes: "two teachers were kidnapped and killed".

    Coders count both (kidnapped 2, killed 2). The twin has the same words and offsets and
    the other outcome. Not for a wound, except with an arrest (`_two_outcomes`): "shot and
    killed" is killed only (`find_outcome`), "shot and arrested" is wounded and detained.
    """
    twins = []
    # the trigger verbs coordinated with a verb, worked out once per verb (many figures of
    # a long list share one verb, and its conjuncts can be as many as the figures)
    joined: dict[int, list[Token]] = {}
    for figure in figures:
        if figure.outcome is None:
            continue
        other = _clause_and_verb(figure, triggers)
        if other is None and _two_outcomes(figure.outcome, "wounded"):
            role = figure.anchor or figure.span.root
            other = "wounded" if held_wounded(role, triggers) else None  # "a wounded man held"
        if other is not None:
            twins.append(replace(figure, outcome=other, is_toll=False, parts=[]))
        verb = _outcome_token(figure, triggers)
        if verb is None or verb.pos_ != "VERB":
            continue
        role = figure.anchor or figure.span.root
        for _ in range(8):
            if role.head in {verb, role}:
                break
            role = role.head
        if verb.i not in joined:
            joined[verb.i] = [c for c in verb.conjuncts if c.i in triggers]
        for conj in joined[verb.i]:
            other = triggers.get(conj.i)
            if other is None or not _two_outcomes(figure.outcome, other[0]):
                continue
            # a subject is shared with the verbs after it, an object with those before it
            # ("seized four men ... and shot them dead": "them" names the same people)
            again = any(
                c.dep_ == "dobj" and _same_number(c, figure.parsed.count) for c in conj.children
            )  # not "stabbed two passers-by and [police] arrested him"
            shared = (role.dep_ in {"nsubj", "nsubjpass"} and conj.i > verb.i) or (
                role.dep_ == "dobj" and (conj.i < verb.i or again)
            )
            if shared and _shares_people(conj, verb):
                twins.append(replace(figure, outcome=other[0], is_toll=False, parts=[]))
    return twins
