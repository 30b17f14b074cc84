"""Organisations read from the words around them, after each name has its own reading.

Before the resolver (`analysis.parse.resolver`) reads the entities, a body the model
found whole ("the Tanzania Students Union") and the gazetteer cut at its country's name
is made whole again (`restore_country_bodies`). Two steps on the mentions it has typed:

- a country's name written just before a body's name is part of that name ("the Uganda
  National Students Association", "the Nigeria Security Forum"): one actor, not the state
  and a body;
- "the party" after an organisation no word has typed ("police broke up a CHADEMA rally
  ... the opposition party said") is that organisation: a party.
"""

from collections.abc import Container
from dataclasses import replace

from spacy.tokens import Doc, Span

from analysis.parse.mentions import DETERMINERS, PARTY_NOUNS, Mention, organization_type
from analysis.parse.places import is_country
from analysis.parse.spans import MODEL_SPANS_KEY

# Types of a body a country's name may open ("the Kenya Medical Association"); a state's
# own forces and organs are read later as that state's (`generic.forces`).
OPENED_TYPES = frozenset({"political", "ngo", "media", "other"})
# Possessive pronouns and articles that make "party" refer back ("the party", "its party").
REFERRING = DETERMINERS - {"a", "an"} | {"its", "their"}


def join_country_to_body(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A country's name just before an unknown body's name is part of it: one mention.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="the Kenya Medical Association said".split())
    >>> joined = join_country_to_body(doc, [Mention(1, 2, "GPE", "Kenya", "state"),
    ...     Mention(2, 4, "ORG", "Medical Association", "ngo")])
    >>> [(m.start, m.end, m.actor, m.actor_type) for m in joined]
    [(1, 4, 'Kenya Medical Association', 'ngo')]
    """
    starting = {m.start: m for m in mentions}
    dropped, joined = set(), []
    for first in mentions:
        body = starting.get(first.end)
        if (
            first.actor_type != "state"
            or body is None
            or body.label != "ORG"
            or body.actor_type not in OPENED_TYPES
            or body.actor != doc[body.start : body.end].text  # a gazetteer body keeps its name
            or not is_country(doc[first.start : first.end].text)
        ):
            continue
        name = doc[first.start : body.end].text
        joined.append(Mention(first.start, body.end, "ORG", name, body.actor_type))
        dropped.update({first, body})
    return [m for m in mentions if m not in dropped] + joined


def parties_referred_to(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An untyped organisation that "the party" refers back to is a party.

    The nearest organisation before "the party" / "its party" / "the party's" (its own
    sentence or the one before) whose words said nothing of its type ("other"), or only
    the weak "armed group" of a word such as "Movement" or "Front", is it.
    """
    sentence = {t.i: n for n, s in enumerate(doc.sents) for t in s} if doc.has_annotation(
        "SENT_START") else {t.i: 0 for t in doc}  # fmt: skip
    result = list(mentions)
    for token in doc:
        if token.lower_ not in PARTY_NOUNS or not token.is_lower:
            continue
        before = doc[token.i - 1].lower_ if token.i else ""
        if before not in REFERRING and not (
            before == "opposition" and token.i > 1 and doc[token.i - 2].lower_ in REFERRING
        ):  # "the party", "its party", "the opposition party"
            continue
        candidates = [
            (n, m) for n, m in enumerate(result)
            if m.end <= token.i and m.label == "ORG" and _untyped(doc, m)
            and sentence[token.i] - sentence[m.start] <= 1
        ]  # fmt: skip
        if not candidates:
            continue
        mention = max((m for _, m in candidates), key=lambda m: m.start)
        named = {
            (m.actor, m.actor_type)
            for m in result
            if m.end + 1 == mention.start and doc[m.end].text == "("
        }  # "the X Movement (XM)": the name and its acronym
        named.add((mention.actor, mention.actor_type))
        result = [replace(m, actor_type="political") if (m.actor, m.actor_type) in named
                  else m for m in result]  # fmt: skip
    return result


def restore_country_bodies(
    doc: Doc, keywords: list[tuple[tuple[str, ...], str]], ambiguous: Container[str]
) -> None:
    """Make a body the model found whole one entity again where a country's name cut it.

    The model's organisation "the Nepal Students' Union" holds a country's name; the
    gazetteer's match on "Nepal" leaves "Students" and "Union" as pieces (a country and a
    crowd). When the model's name holds an organisation keyword and no gazetteer actor but
    countries is inside (an `ambiguous` short name, such as "Union", may be), the whole
    name is one party, NGO or outlet (a state's forces and organs are read as the state's
    by `generic.forces`); a bracket the model opened in it is closed ("the All Nepal
    National Free Students' Union (Revolutionary)").
    """
    ents = list(doc.ents)
    restored: list[tuple[int, int]] = []
    for model in doc.spans.get(MODEL_SPANS_KEY, []):
        start = model.start + (doc[model.start].lower_ in DETERMINERS)
        end = model.end
        words = [t.text for t in doc[start:end]]
        if "(" in words and ")" not in words:
            end = end + 1 if end < len(doc) and doc[end].text == ")" else words.index("(") + start
        if model.label_ != "ORG" or end - start < 2:
            continue
        inside = [e for e in ents if e.start < end and start < e.end]
        countries = [e for e in inside if is_country(e.text)]
        if (
            not countries
            or any(e.start < start or e.end > end for e in inside)
            or any(e.ent_id_ not in ambiguous for e in inside if e.ent_id_ and e not in countries)
            or organization_type(doc[start:end].text, keywords) not in OPENED_TYPES - {"other"}
        ):
            continue
        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="ORG")]
        restored.append((start, end))
    if not restored:
        return
    ids = [token.ent_id for token in doc]  # setting the entities must keep the others' ids
    doc.ents = sorted(ents, key=lambda span: span.start)
    inside = {i for start, end in restored for i in range(start, end)}
    for token, ent_id in zip(doc, ids, strict=True):
        token.ent_id = 0 if token.i in inside else ent_id  # the whole name is no gazetteer
        # actor ("Union" of it was one)


def _untyped(doc: Doc, mention: Mention) -> bool:
    """Whether a mention's type came from no word, or from a group's word of its own name.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="the Popular Movement".split())
    >>> _untyped(doc, Mention(1, 3, "ORG", "Popular Movement", "armed_group"))
    True
    """
    if mention.actor_type == "other":
        return True
    own = mention.actor == doc[mention.start : mention.end].text  # no gazetteer actor
    return own and mention.actor_type == "armed_group"
