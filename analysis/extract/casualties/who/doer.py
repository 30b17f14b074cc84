"""The perpetrator of one figure: its sentence's doer, else the article's.

Facts every figure of a sentence asks about (clash, a war's toll, the doers and actors by
position) are worked out once per sentence in `_SentenceFacts`: a sentence with thousands
of numbers must stay linear.
"""

import bisect

from spacy.tokens import Doc, Span

from analysis.extract.casualties.who.agents import (
    agents_in,
    article_agents,
    has_clash,
    lede_clash,
    sentence_actors,
)
from analysis.extract.casualties.who.scope import scope_cues
from analysis.extract.casualties.who.words import sentence_key

# A figure weighs the doers within this many characters of it when its sentence names more
# than AGENT_LIMIT of them: a real sentence names a few, and a 10,000-name list stays linear.
AGENT_LIMIT = 40
AGENT_WINDOW = 1_000


class _SentenceFacts:
    """What every figure of one sentence asks about it, worked out once per sentence."""

    def __init__(self) -> None:
        self.key: tuple[Doc, int, int] | None = None
        self.clash = self.beyond = False
        self.agents: list[tuple[int, int, int, str]] = []  # sorted by start
        self.agent_starts: list[int] = []
        self.actors: list[Span] = []  # sorted by start
        self.actor_starts: list[int] = []


_FACTS = _SentenceFacts()


def _sentence_facts(doc: Doc, sent: Span) -> _SentenceFacts:
    key = sentence_key(sent)
    if _FACTS.key != key:
        _FACTS.clash, _FACTS.beyond = has_clash(sent), scope_cues(sent)[2]
        _FACTS.agents = sorted(agents_in(doc, sent), key=lambda a: a[1])
        _FACTS.agent_starts = [a[1] for a in _FACTS.agents]
        _FACTS.actors = sorted(sentence_actors(doc).get(sent.start, []), key=lambda s: s.start)
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
    if clash or facts.beyond or lede_clash(doc):
        return None, None, None
    victims = {
        span.kb_id_
        for s, e in avoid
        for span in _near(facts.actors, facts.actor_starts, s, e)
        if span.end_char <= e
    }
    for _total, _first, actor in article_agents(doc):
        if actor not in victims:
            return actor, None, None
    return None, None, None
