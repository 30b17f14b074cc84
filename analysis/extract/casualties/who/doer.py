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
    deniers,
    has_clash,
    lede_actors,
    lede_clash,
    lede_deniers,
    sentence_actors,
    sequel_start,
)
from analysis.extract.casualties.who.era import in_its_era
from analysis.extract.casualties.who.sides import (
    mention_owners,
    other_side,
    side_of,
    victim_side,
)
from analysis.extract.casualties.who.toll_scope import scope_cues
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
        self.agents: list[tuple[int, int, int, str, str | None]] = []  # sorted; with side
        self.agent_starts: list[int] = []
        self.actors: list[Span] = []  # sorted by start
        self.actor_starts: list[int] = []
        self.deniers: set[str] = set()
        self.owners: dict[int, list[Span]] = {}
        self.sequel: int | None = None


_FACTS = _SentenceFacts()


def _sentence_facts(doc: Doc, sent: Span) -> _SentenceFacts:
    key = sentence_key(sent)
    if _FACTS.key != key:
        _FACTS.clash, _FACTS.beyond = has_clash(sent), scope_cues(sent)[2]
        _FACTS.actors = sorted(sentence_actors(doc).get(sent.start, []), key=lambda s: s.start)
        labels = {span.start_char: span.label_ for span in _FACTS.actors}
        _FACTS.agents = sorted(
            (score, start, end, actor, side_of(actor, labels.get(start, "state")))
            for score, start, end, actor in agents_in(doc, sent)
        )  # a demonym's doer ("Russian missile") is a state
        _FACTS.agents.sort(key=lambda a: a[1])
        _FACTS.agent_starts = [a[1] for a in _FACTS.agents]
        _FACTS.actor_starts = [span.start_char for span in _FACTS.actors]
        _FACTS.deniers = deniers(_FACTS.actors)
        _FACTS.owners = mention_owners(sent, _FACTS.actors)
        _FACTS.sequel = sequel_start(sent)
        _FACTS.key = key
    return _FACTS


def _near(items: list, starts: list[int], low: int, high: int) -> list:
    """The items (sorted by start) that start between `low` and `high`."""
    return items[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]


def perpetrator(
    doc: Doc, sent: Span, at_char: int, avoid: tuple[tuple[int, int], ...]
) -> tuple[str | None, int | None, int | None]:
    """(actor, start, end) of who did it (`_doer`), named as at the text's date (`era`)."""
    actor, start, end = _doer(doc, sent, at_char, avoid)
    return in_its_era(doc, actor, start, end), start, end


def _doer(
    doc: Doc, sent: Span, at_char: int, avoid: tuple[tuple[int, int], ...]
) -> tuple[str | None, int | None, int | None]:
    """(actor, start, end) of who did it; avoid the victims' and the source's characters.

    1. The figure's sentence: the best-placed doer that is not on the victims' side ("45 of
       its militants died": al-Shabaab's own losses are not al-Shabaab's doing).
    2. Victims of one side: the one other side the sentence names ("nine of its fighters
       died in clashes with M23 rebels" -> M23; "the AA says 20 soldiers were killed" ->
       the Arakan Army), else the one other side of the article's lede when it tells of
       fighting.
    3. No doer and a clash, a war's or a period's toll, or a denial in the sentence ("the
       RSF denied shelling ..., a day after the attack killed 12"): None (both sides, many
       events, or a contested doer the sentence does not settle).
    4. Else the article's doer (the actor named as one most often, first first), unless
       it is the victims' side, or None when the article's lede has it deny the attack
       ("the RSF denied shelling ..."): a story about a denial settles no doer for the
       figures that do not name one; or None for a figure of another attack ("the raid
       came two days after 14 people were killed"). It has no span in the figure's
       sentence: start and end are None.
    """
    facts = _sentence_facts(doc, sent)
    clash, agents = facts.clash, facts.agents
    if len(agents) > AGENT_LIMIT:
        agents = _near(agents, facts.agent_starts, at_char - AGENT_WINDOW, at_char + AGENT_WINDOW)
    actors = facts.actors
    if len(actors) > AGENT_LIMIT:
        actors = _near(actors, facts.actor_starts, at_char - AGENT_WINDOW, at_char + AGENT_WINDOW)
    victims = victim_side(doc, actors, avoid, facts.owners)
    side = victims[0] if victims else None
    found = [
        (score, -abs(c_start - at_char), c_start, actor, c_end)
        for score, c_start, c_end, actor, actor_side in agents
        if not any(s < c_end and c_start < e for s, e in avoid)
        and (score >= 2 or not clash)
        and (side is None or actor_side != side)
    ]
    if found:
        best = max(found)
        return best[3], best[2], best[4]
    if side is not None:
        other = _other_side(doc, actors, side, avoid, at_char, facts.deniers)
        if other is not None:
            return other
    if clash or facts.beyond or facts.deniers or lede_clash(doc):
        return None, None, None
    if facts.sequel is not None and at_char >= facts.sequel:
        return None, None, None  # "came two days after 14 were killed": another attack
    named = {
        span.kb_id_
        for s, e in avoid
        for span in _near(facts.actors, facts.actor_starts, s, e)
        if span.end_char <= e
    }
    skip = named | ({victims[1]} if victims else set())
    contested = lede_deniers(doc)
    for _total, _first, actor in article_agents(doc):
        if actor not in skip:
            return (None if actor in contested else actor), None, None
    return None, None, None


def _other_side(
    doc: Doc,
    actors: list[Span],
    side: str,
    avoid: tuple[tuple[int, int], ...],
    at_char: int,
    deny: set[str],
) -> tuple[str, int | None, int | None] | None:
    """The other side: a force in the sentence, else in the lede of a clash; then a state."""
    clash = lede_clash(doc)
    for armed in (True, False):
        other = other_side(actors, side, avoid, at_char, armed=armed, skip=deny)
        if other is not None:
            return other
        lede = _lede_other(doc, side, armed, frozenset(deny)) if clash else None
        if lede is not None:
            return lede, None, None  # named in the lede, not in the figure's sentence
    return None


class _LedeOthers:
    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.found: dict[tuple[str, bool, frozenset[str]], str | None] = {}


_LEDE = _LedeOthers()


def _lede_other(doc: Doc, side: str, armed: bool, deny: frozenset[str]) -> str | None:
    """The lede's one side other than `side`, once per Doc and question (no span)."""
    if _LEDE.doc is not doc:
        _LEDE.doc, _LEDE.found = doc, {}
    key = (side, armed, deny)
    if key not in _LEDE.found:
        other = other_side(lede_actors(doc), side, (), 0, armed=armed, skip=set(deny))
        _LEDE.found[key] = other[0] if other else None
    return _LEDE.found[key]
