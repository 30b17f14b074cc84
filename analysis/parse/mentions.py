"""Candidate actor mentions and the token-level helpers the resolver's steps share.

A `Mention` is a token range with the entity label, canonical name and type the
resolver has decided so far; the helpers find the parts of model entities a gazetteer
match cut off and test acronyms against the names they abbreviate. The resolver's last
steps live here too: a surname alone after the full name, and writing the Doc's spans.
"""

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from analysis.parse.places import fold
from analysis.parse.spans import ACTOR_SPANS_KEY, MODEL_SPANS_KEY
from analysis.rules import marks, packaged_rows

DETERMINERS = frozenset({"the", "a", "an"})
# How many words a descriptor before a name may have ("the local human rights group").
DESCRIPTOR_WINDOW = 5
POSSESSIVES = marks("possessive")
# Verbs whose subject is an outlet ("Kompas reported") and whose object is one's audience
# ("a witness told Kompas"): the roles that make an unknown name a medium.
PUBLISHING_VERBS = frozenset({"report", "publish", "broadcast"})
TELLING_VERBS = frozenset({"tell"})


@dataclass(frozen=True)
class Mention:
    """A candidate actor mention: token range, entity label, canonical name and type."""

    start: int
    end: int
    label: str
    actor: str | None = None
    actor_type: str | None = None
    pending: str = ""  # "ambiguous", "capital" or "" (decided)

    def __len__(self) -> int:
        """Number of tokens."""
        return self.end - self.start


def cut_remainders(doc: Doc) -> list[Span]:
    """The parts of model entities left over where a gazetteer match overwrote them.

    "Rudaw’s Halkawt Aziz" (PERSON) minus the gazetteer's "Rudaw" leaves "Halkawt Aziz".
    """
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    remainders = []
    for ent in doc.spans.get(MODEL_SPANS_KEY, []):
        free = [i for i in range(ent.start, ent.end) if i not in covered]
        if len(free) == len(ent) or not free:
            continue
        for start, end in runs(free):
            while start < end and not (doc[start].is_alpha or doc[start].is_digit):
                start += 1
            while start < end and (doc[start].lower_ in DETERMINERS | POSSESSIVES):
                start += 1
            while end > start and (
                not (doc[end - 1].is_alpha or doc[end - 1].is_digit)
                or (doc[end - 1].is_lower and doc[end - 1].is_stop)  # "X in" before "Bunia"
            ):
                end -= 1
            if any(t.is_title or t.is_upper for t in doc[start:end]):
                remainders.append(Span(doc, start, end, label=ent.label_))
    return remainders


def runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted token indices as (start, end) pairs."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def is_acronym(text: str) -> bool:
    """Two to eight characters, capitals (and digits), at least two capitals: "HTS", "M23"."""
    return 2 <= len(text) <= 8 and text.isupper() and sum(ch.isupper() for ch in text) >= 2


def initials_match(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are all initials of the name's words.

    >>> initials_match("HTS", "Hay’at Tahrir al-Sham")
    True
    >>> initials_match("AFP", "Syria")
    False
    """
    words = name.replace("-", " ").replace("’", " ").replace("'", " ").split()
    initials = {word[0].lower() for word in words if word}
    letters = {ch.lower() for ch in acronym if ch.isalpha()}
    return bool(letters) and letters <= initials and len(words) >= 2


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether two mentions share a token."""
    return a.start < b.end and b.start < a.end


def organization_type(name: str, keywords: list[tuple[tuple[str, ...], str]]) -> str:
    """The type of an unknown organisation from its words ("health ministry": state).

    `keywords` are (lower-case words, type) pairs, in order. Keywords match in any case
    and spelling of accents ("Rádio"); a numbered unit ("3rd Brigade") is a state's,
    whatever its keyword says. "other" when no keyword is there.

    >>> organization_type("Rádio Ecclesia", [(("radio",), "media")])
    'media'
    """
    words = fold(name).split()
    for keyword, actor_type in keywords:
        n = len(keyword)
        if any(tuple(words[i : i + n]) == keyword for i in range(len(words) - n + 1)):
            numbered = words[0].rstrip("stndrh").isdigit() and len(words) > 1
            return "state_forces" if numbered and actor_type == "armed_group" else actor_type
    return "other"


def descriptor_type(doc: Doc, start: int, keywords: list[tuple[tuple[str, ...], str]]) -> str:
    """The type a descriptor just before a name gives it: "the rights group Odhikar" (ngo).

    The words before the name, back to the sentence's previous comma or verb, over "the"
    and a comma of apposition ("a local rights group, the Civil Society Coalition"), are
    read with the organisation `keywords`; "other" when they say nothing.
    """
    end = start
    while end > 0 and (doc[end - 1].lower_ in DETERMINERS or doc[end - 1].text == ","):
        end -= 1
    begin = end
    while (
        begin > 0
        and end - begin < DESCRIPTOR_WINDOW
        and doc[begin - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET")
        and doc[begin - 1].ent_type_ in ("", "DATE")  # "the daily X": a paper, not a date
    ):
        begin -= 1
    return organization_type(doc[begin:end].text, keywords) if end > begin else "other"


def media_role(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands where an outlet does: "Kompas reported", "told Kompas".

    People and bodies say things; outlets report them, and witnesses tell them. A name
    the gazetteer and the keywords do not know, in one of those two places, is media.
    """
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in PUBLISHING_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to":  # "said to Kompas"
        head = head.head
    return root.dep_ in ("dative", "dobj", "pobj") and head.lemma_.lower() in TELLING_VERBS


# A party's own words after its name ("the MK party", "the CASA coalition"): `party_words.csv`.
PARTY_NOUNS = frozenset(
    row["word"] for row in packaged_rows("party_words") if row["kind"] in ("party", "bloc")
)


# The people of a party written before its name ("supporters of the CCAT"): `party_words.csv`.
FOLLOWER_NOUNS = frozenset(
    row["word"] for row in packaged_rows("party_words") if row["kind"] == "follower"
)


def party_precedes(doc: Doc, start: int) -> bool:
    """Whether a party's people go before a name: "supporters of the X".

    "Supporters of the CCAT", "activists of the MDP": a follower noun of `party_words.csv`,
    "of" and an optional article just before the name.
    """
    i = start - (1 if start > 0 and doc[start - 1].lower_ in DETERMINERS else 0)
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in FOLLOWER_NOUNS


def party_follows(doc: Doc, end: int, generic: dict[str, tuple[str, str]]) -> bool:
    """Whether a party's word follows a name: "CCC supporters", "the MK party", "NPP cadres".

    A coalition of parties is political too ("the Kenya Kwanza coalition").

    The words are "party" and the people of a party in `data/generic_actors.csv` ("party
    supporters", "party cadres": supporters, cadres); "NPP and NDC supporters" share theirs.
    """
    people = {n.split()[1] for n, (kind, _) in generic.items()
              if kind == "political" and n.startswith("party ")}  # fmt: skip
    words = people | PARTY_NOUNS
    if end < len(doc) and doc[end].lower_ in words:
        return True
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ in ("compound", "nmod") and head.head.i >= end and head.head.lower_ in words


# --- the resolver's last steps: a surname alone, then writing the Doc's spans ---------


def resolve_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """After "Thabet al-Abbasi", a lone "Abbasi" (tagged or not) is the same person."""
    starting = {m.start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    surnames: dict[str, str] = {}
    result = []
    for token in doc:
        mention = starting.get(token.i)
        person = surnames.get(token.text)
        if mention is not None and mention.actor_type == "person" and len(mention) > 1:
            surnames.setdefault(doc[mention.end - 1].text, mention.actor or "")
        lone_surname = (
            len(mention) == 1 and mention.actor_type in (None, "person", "other")
            if mention is not None
            else token.i not in covered and token.is_title
        )
        if person and lone_surname:
            mention = Mention(token.i, token.i + 1, "PERSON", person, "person")
        if mention is not None:
            result.append(mention)
    return result


def write_mentions(doc: Doc, mentions: list[Mention], others: list[Span]) -> None:
    """Write `doc.ents` and `doc.spans["actors"]`; of overlapping mentions the first wins."""
    actor_spans, ents = [], []
    covered: set[int] = set()
    for m in sorted(set(mentions), key=lambda m: (m.start, -m.end)):
        if covered.intersection(range(m.start, m.end)):
            continue  # overlapping: the earlier, longer mention wins
        covered.update(range(m.start, m.end))
        ents.append(Span(doc, m.start, m.end, label=m.label, kb_id=m.actor or "",
                         span_id=m.actor or ""))  # fmt: skip
        if m.actor is not None:
            actor_spans.append(Span(doc, m.start, m.end, label=m.actor_type or "other",
                                    kb_id=m.actor, span_id=m.actor))  # fmt: skip
    ents += [e for e in others if not covered.intersection(range(e.start, e.end))]
    doc.ents = sorted(ents, key=lambda span: span.start)
    doc.spans[ACTOR_SPANS_KEY] = actor_spans
