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

import bisect
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
    rows = packaged_rows("incident_terms")
    return {row["term"]: row["value"] for row in rows if row["kind"] == kind}


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
    cues: tuple[bool, bool, bool] = (False, False, False)


_CUES = _SentenceCues()


def _without_descriptions(sent: Span) -> str:
    """The sentence's text with relative clauses that count no one blanked out.

    "a medical group that tracks the conflict" describes a source: its "the conflict" says
    nothing of the toll's scope. A clause with a number, or on a counted noun, stays ("the
    150,000 people who have died since the war began").
    """
    numbers = [0]
    for token in sent:
        numbers.append(numbers[-1] + token.like_num)
    chars = list(sent.text)
    for token in sent:
        if token.dep_ != "relcl" or any(c.like_num for c in token.head.children):
            continue  # "the 150,000 people who have died since ...": the counted people's
        first, last = token.left_edge.i - sent.start, token.right_edge.i - sent.start
        if numbers[last + 1] == numbers[first]:
            begin = token.left_edge.idx - sent.start_char
            end = token.right_edge.idx + len(token.right_edge) - sent.start_char
            chars[begin:end] = " " * (end - begin)
    return "".join(chars)


def _scope_cues(sent: Span | str) -> tuple[bool, bool, bool]:
    """(running cue, cumulative cue, beyond one incident) of a sentence, once per sentence."""
    if isinstance(sent, str):
        return _cues_in(sent)
    key = (id(sent.doc), sent.start, sent.end)
    if _CUES.key != key:
        _CUES.key, _CUES.cues = key, _cues_in(_without_descriptions(sent))
    return _CUES.cues


def _cues_in(text: str) -> tuple[bool, bool, bool]:
    running = bool(_cue_pattern("scope", "running").search(text))
    cumulative = bool(_cue_pattern("scope", "cumulative").search(text))
    return running, cumulative, cumulative and _beyond_incident(text)


def scope(sent: Span | str, date_precision: str, date_words: str | None) -> str:
    """incident, running (a period's toll) or cumulative (a war's, a year's).

    "since" dates a cumulative count ("since 2022", "since the war began") unless the attack
    or a day follows it ("fled since the attack", "since Thursday's raid"): then the count
    belongs to that incident.
    """
    running, cumulative, beyond = _scope_cues(sent)
    if running:
        return "running"
    if cumulative and date_precision not in {"month", "year"} and not beyond:
        return "incident"  # "have fled since the attack": that attack's count, not a period's
    if date_precision in {"month", "year"} or cumulative:
        since = bool(date_words) and str(date_words).lower().startswith("since")
        since_day = since and date_precision == "day"
        return "running" if since_day else "cumulative"
    return "incident"


def _words(kind: str) -> frozenset[str]:
    return frozenset(_terms(kind))


def _through_members(token: Token) -> Token:
    """The members' noun for a group named after it: "members of Viv Ansanm"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"of", "from"}:
        return head.head if head.head.lower_ in _terms("agent") else token
    return token


def _claimed(token: Token) -> bool:
    """Whether the speaker claims the act: "JNIM said it killed", "claimed the attack"."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in _words("claim_verb"):
        return False
    if any(c.dep_ == "dobj" and c.lemma_ in _words("claim_object") for c in verb.children):
        return True  # "al-Shabaab claimed the attack"
    pronouns = _words("claim_pronoun")
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp"} or clause.lemma_ not in _words("kill_verb"):
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubj" and (
                subject.lower_ in pronouns
                or any(c.dep_ == "poss" and c.lower_ in pronouns for c in subject.children)
            ):
                return True
    return False


def _agent_score(token: Token) -> int:
    """The better score of a name's token and of the noun its compound names.

    "the Viv Ansanm coalition stormed": the coalition's place in the sentence is the name's.
    """
    score = _token_score(token)
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
        score = max(score, _token_score(token))
    return score


def _token_score(token: Token) -> int:
    """How plainly a mention's root token is the doer.

    2: the agent after "by", an attack noun's owner ("Israeli strikes", "JNIM fighters"),
    the subject of a killing verb, the one blamed ("blamed on the RSF", "blame the RSF"), the
    one said to be responsible ("X was responsible") or the claimant ("X said it killed");
    1: a name just before an attack noun; 0: the rest, and always the subject of a denial
    ("the RSF denied shelling").
    """
    agents, kill = _terms("agent"), _words("kill_verb")
    if token.dep_ == "nsubj" and token.head.lemma_ in _words("deny_verb"):
        return 0
    if _claimed(token):
        return 2
    token = _through_members(token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in kill | set(agents):
        return 2  # "killed by", "carried out by", "a strike by"; not "published by"
    if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in _words("blame_verb"):
        return 2
    if token.dep_ == "dobj" and head.lemma_ in _words("blame_verb"):
        return 2
    if (
        token.dep_ == "nsubj"
        and head.lemma_ == "be"  # a copula has few children; a killing verb may have thousands
        and any(c.dep_ == "acomp" and c.lemma_ in _words("responsible_word") for c in head.rights)
    ):
        return 2  # "gang members from the Viv Ansanm coalition were responsible"
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.dep_ in {"compound", "amod", "poss", "nmod"} and head.lower_ in agents:
        return 2 if head.dep_ in {"nsubj", "pobj", "nsubjpass"} or head.head.lower_ == "by" else 1
    if nxt is not None and nxt.lower_ in agents:
        return 1
    if token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ in kill:
        return 2
    return 0


class _DocActors:
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.by_sentence: dict[int, list[Span]] = {}
        self.article: list[tuple[int, int, str]] = []
        self.lede_clash = False


_ACTORS = _DocActors()


def _sentence_actors(doc: Doc) -> dict[int, list[Span]]:
    """Actor mentions by their sentence's first token, found once per Doc."""
    if _ACTORS.doc is not doc:
        _ACTORS.doc, _ACTORS.by_sentence, _ACTORS.article = doc, {}, []
        sents, sentence_of = sentence_index(doc)  # Span.sent walks the sentence: once here
        for span in actor_spans(doc):
            _ACTORS.by_sentence.setdefault(sents[sentence_of[span.start]].start, []).append(span)
        _ACTORS.article = _article_agents(doc, sents)
        _ACTORS.lede_clash = any(_has_clash(sent) for sent in sents[:2])
    return _ACTORS.by_sentence


def _beyond_incident(text: str) -> bool:
    """Whether a sentence's toll is a war's or a period's, not one incident's.

    "since" dates a running count of one incident when a day or the event follows it
    ("fled since the attack", "since Thursday's shelling"); otherwise ("since 2022",
    "since the war began") it is a cumulative cue like the others.
    """
    if _cue_pattern("scope", "running").search(text):
        return True
    for cue in _cue_pattern("scope", "cumulative").finditer(text):
        if cue.group(0).lower() != "since":
            return True
        following = re.findall(r"[\w’']+", text[cue.end() : cue.end() + 40].lower())[:3]
        words = {w.removesuffix("'s").removesuffix("’s") for w in following}
        if not words & (set(_EVENT_AFTER_SINCE) | set(_terms("agent")) | set(_terms("event_word"))):
            return True
    return False


_EVENT_AFTER_SINCE = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "raid",
    "yesterday",
)  # fmt: skip


def _has_clash(sent: Span) -> bool:
    """Whether a sentence tells of fighting between sides ("clashes", "fighting between").

    A two-sided toll has no one perpetrator unless a doer is plainly named.
    """
    return any(t.lower_ in _words("clash_word") for t in sent)


def _article_agents(doc: Doc, sents: list[Span]) -> list[tuple[int, int, str]]:
    """(total score, -first position, actor) of every actor the article names as a doer."""
    totals: dict[str, list[int]] = {}
    for sent in sents:
        for score, start, _end, actor in _agents(doc, sent):
            if score >= 2:
                entry = totals.setdefault(actor, [0, start])
                entry[0] += score
    return sorted(((t, -first, actor) for actor, (t, first) in totals.items()), reverse=True)


class _SentenceAgents:
    def __init__(self) -> None:
        self.key: tuple[int, int, int] | None = None
        self.agents: list[tuple[int, int, int, str]] = []


_AGENTS = _SentenceAgents()


def _agents(doc: Doc, sent: Span) -> list[tuple[int, int, int, str]]:
    """(score, start, end, actor) of the mentions in an agent's place, once per sentence."""
    key = (id(doc), sent.start, sent.end)
    if _AGENTS.key == key:
        return _AGENTS.agents
    agents = []
    unnamed = _words("not_perpetrator")
    for span in _sentence_actors(doc).get(sent.start, []):
        if not span.kb_id_ or span.label_ in unnamed:
            continue
        score = max(_agent_score(t) for t in span)
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


# A figure weighs the doers within this many characters of it when its sentence names more
# than AGENT_LIMIT of them: a real sentence names a few, and a 10,000-name list stays linear.
AGENT_LIMIT = 40
AGENT_WINDOW = 1_000


class _SentenceFacts:
    """What every figure of one sentence asks about it, worked out once per sentence."""

    def __init__(self) -> None:
        self.key: tuple[int, int, int] | None = None
        self.clash = self.beyond = False
        self.agents: list[tuple[int, int, int, str]] = []  # sorted by start
        self.agent_starts: list[int] = []
        self.actors: list[Span] = []  # sorted by start
        self.actor_starts: list[int] = []


_FACTS = _SentenceFacts()


def _sentence_facts(doc: Doc, sent: Span) -> _SentenceFacts:
    key = (id(doc), sent.start, sent.end)
    if _FACTS.key != key:
        _FACTS.clash, _FACTS.beyond = _has_clash(sent), _beyond_incident(sent.text)
        _FACTS.agents = sorted(_agents(doc, sent), key=lambda a: a[1])
        _FACTS.agent_starts = [a[1] for a in _FACTS.agents]
        _FACTS.actors = sorted(_sentence_actors(doc).get(sent.start, []), key=lambda s: s.start)
        _FACTS.actor_starts = [span.start_char for span in _FACTS.actors]
        _FACTS.key = key
    return _FACTS


def _near(items: list, starts: list[int], low: int, high: int) -> list:
    """The items (sorted by start) that start between `low` and `high`."""
    return items[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]


def perpetrator(
    doc: Doc, sent: Span, at_char: int, avoid: tuple[tuple[int, int], ...]
) -> tuple[str | None, int | None, int | None]:
    """(actor, start, end) of who did it; avoid the victims' and the source's characters.

    The figure's sentence first; a figure whose sentence names no doer ("52 people were
    wounded") takes the article's doer (the actor named as one most often, first first),
    unless the sentence is a war's or a period's toll or the victims are that actor. The
    article's doer has no span in the figure's sentence: start and end are None.
    """
    facts = _sentence_facts(doc, sent)
    clash, agents = facts.clash, facts.agents
    if len(agents) > AGENT_LIMIT:
        agents = _near(agents, facts.agent_starts, at_char - AGENT_WINDOW, at_char + AGENT_WINDOW)
    found = [
        (score, -abs(c_start - at_char), c_start, actor, c_end)
        for score, c_start, c_end, actor in agents
        if not any(s < c_end and c_start < e for s, e in avoid) and (score >= 2 or not clash)
    ]
    if found:
        best = max(found)
        return best[3], best[2], best[4]
    if clash or facts.beyond or _ACTORS.lede_clash:
        return None, None, None
    victims = {
        span.kb_id_
        for s, e in avoid
        for span in _near(facts.actors, facts.actor_starts, s, e)
        if span.end_char <= e
    }
    for _total, _first, actor in _ACTORS.article:
        if actor not in victims:
            return actor, None, None
    return None, None, None


class _SentenceNorps:
    def __init__(self) -> None:
        self.key: tuple[int, int, int] | None = None
        self.tokens: list[Token] = []


_NORPS = _SentenceNorps()


def _norp_tokens(sent: Span) -> list[Token]:
    """The sentence's NORP tokens, found once per sentence (figures ask per figure)."""
    key = (id(sent.doc), sent.start, sent.end)
    if _NORPS.key != key:
        _NORPS.key, _NORPS.tokens = key, [t for t in sent if t.ent_type_ == "NORP"]
    return _NORPS.tokens
