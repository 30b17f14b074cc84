"""Who did it to whom, and how wide a toll is: `perpetrator`, `victim_category`, `scope`.

The perpetrator is an actor mention in the figure's sentence in an agent's place: after
"by" ("killed by RSF shelling"), before an attack noun ("Israeli strikes", "JNIM
fighters", "a Russian missile"), or the subject of the verb that did the killing. A
demonym before an attack noun names its country ("Russian missile" -> Russia). No such
mention: None (the text does not say). The people counted give `victim_category`
(civilians, children, aid workers, journalists, protesters, force), and the sentence's
words and the date's precision give `scope` (incident, running or cumulative). The words
live in `data/incident_terms.csv`.
"""

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from analysis.extract.casualties.figures import sentence_index
from analysis.extract.doc import actor_spans
from analysis.parse.places import demonym_countries, fold
from analysis.rules import packaged_rows

SCOPES = ("incident", "running", "cumulative")
VICTIM_CATEGORIES = ("civilians", "children", "aid workers", "journalists", "protesters", "force")


@cache
def _terms(kind: str) -> dict[str, str]:
    return {row["term"]: row["value"] for row in packaged_rows("incident_terms") if row["kind"] == kind}


@cache
def _cue_pattern(kind: str, value: str) -> re.Pattern:
    words = sorted((t for t, v in _terms(kind).items() if v == value), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def victim_category(group: str | None) -> str | None:
    """The kind of people a group is ("12 soldiers" -> force), or None when it does not say."""
    if not group:
        return None
    words = group.lower().replace("-", " ").split()
    victims = _terms("victim")
    for size in (2, 1):
        for i in range(len(words) - size, -1, -1):
            found = victims.get(" ".join(words[i : i + size]))
            if found:
                return found
    return None


class _SentenceCues:
    key: tuple[int, int, int] | None = None
    cues: tuple[bool, bool] = (False, False)


_CUES = _SentenceCues()


def _scope_cues(sent: Span) -> tuple[bool, bool]:
    """(running cue, cumulative cue) in a sentence, searched once per sentence."""
    key = (id(sent.doc), sent.start, sent.end)
    if _CUES.key != key:
        text = sent.text
        _CUES.key = key
        _CUES.cues = (
            bool(_cue_pattern("scope", "running").search(text)),
            bool(_cue_pattern("scope", "cumulative").search(text)),
        )
    return _CUES.cues


def scope(sent: Span | str, date_precision: str, date_words: str | None) -> str:
    """incident, running (a period's toll) or cumulative (a war's, a year's)."""
    if isinstance(sent, str):
        running, cumulative = (bool(_cue_pattern("scope", k).search(sent)) for k in ("running", "cumulative"))
    else:
        running, cumulative = _scope_cues(sent)
    if running:
        return "running"
    if date_precision in {"month", "year"} or cumulative:
        since_day = date_words and date_words.lower().startswith("since") and date_precision == "day"
        return "running" if since_day else "cumulative"
    return "incident"


def _agent_score(token: Token) -> int:
    """How plainly a mention's root token is the doer: 2 after "by" or before an attack noun."""
    agents = _terms("agent")
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return 2
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.dep_ in {"compound", "amod", "poss", "nmod"} and token.head.lower_ in agents:
        head = token.head
        return 2 if head.dep_ in {"nsubj", "pobj", "nsubjpass"} or head.head.lower_ == "by" else 1
    if nxt is not None and nxt.lower_ in agents:
        return 1
    if token.lower_ in agents and token.dep_ in {"nsubj"}:
        return 2
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_ in {
        "kill", "attack", "shell", "strike", "bomb", "hit", "target", "storm", "raid",
        "abduct", "kidnap", "capture", "displace", "wound", "ambush", "fire", "seize",
    }:  # fmt: skip
        return 2
    return 0


class _DocActors:
    doc: Doc | None = None
    by_sentence: dict[int, list[Span]] = {}


_ACTORS = _DocActors()


def _sentence_actors(doc: Doc) -> dict[int, list[Span]]:
    """Actor mentions by their sentence's first token, found once per Doc."""
    if _ACTORS.doc is not doc:
        _ACTORS.doc, _ACTORS.by_sentence = doc, {}
        sents, sentence_of = sentence_index(doc)  # Span.sent walks the sentence: once here
        for span in actor_spans(doc):
            _ACTORS.by_sentence.setdefault(sents[sentence_of[span.start]].start, []).append(span)
    return _ACTORS.by_sentence


class _SentenceAgents:
    key: tuple[int, int, int] | None = None
    agents: list[tuple[int, int, int, str]] = []


_AGENTS = _SentenceAgents()


def _agents(doc: Doc, sent: Span) -> list[tuple[int, int, int, str]]:
    """(score, start, end, actor) of the mentions in an agent's place, once per sentence."""
    key = (id(doc), sent.start, sent.end)
    if _AGENTS.key == key:
        return _AGENTS.agents
    agents = []
    for span in _sentence_actors(doc).get(sent.start, []):
        score = max(_agent_score(t) for t in span) if span.kb_id_ else 0
        if score:
            agents.append((score, span.start_char, span.end_char, span.kb_id_))
    demonyms = demonym_countries()
    for token in _norp_tokens(sent):
        country = demonyms.get(fold(token.text))
        score = _agent_score(token) if country else 0
        if score:
            agents.append((score, token.idx, token.idx + len(token), str(country)))
    _AGENTS.key, _AGENTS.agents = key, agents
    return agents


def perpetrator(
    doc: Doc, sent: Span, at_char: int, avoid: tuple[tuple[int, int], ...]
) -> tuple[str | None, int | None, int | None]:
    """(actor, start, end) of who did it, from the figure's sentence; avoid victim/source chars."""
    found = [
        (score, -abs(c_start - at_char), c_start, actor, c_end)
        for score, c_start, c_end, actor in _agents(doc, sent)
        if not any(s < c_end and c_start < e for s, e in avoid)
    ]
    if not found:
        return None, None, None
    best = max(found)
    return best[3], best[2], best[4]


class _SentenceNorps:
    key: tuple[int, int, int] | None = None
    tokens: list[Token] = []


_NORPS = _SentenceNorps()


def _norp_tokens(sent: Span) -> list[Token]:
    """The sentence's NORP tokens, found once per sentence (figures ask per figure)."""
    key = (id(sent.doc), sent.start, sent.end)
    if _NORPS.key != key:
        _NORPS.key, _NORPS.tokens = key, [t for t in sent if t.ent_type_ == "NORP"]
    return _NORPS.tokens
