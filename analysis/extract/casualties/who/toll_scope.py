"""How wide a toll is (`scope`: incident, running, cumulative) and whom it counts.

The sentence's words and the date's precision give the scope; the people counted give
`victim_category` (civilians, children, aid workers, journalists, protesters, force).
"""

import re

from spacy.tokens import Doc, Span

from analysis.extract.casualties.who.words import cue_pattern, sentence_key, terms

SCOPES = ("incident", "running", "cumulative")
VICTIM_CATEGORIES = ("civilians", "children", "aid workers", "journalists", "protesters", "force")


def victim_category(group: str | None) -> str | None:
    """The kind of people a group is ("12 soldiers" -> force), or None when it does not say."""
    if not group:
        return None
    found_words = group.lower().replace("-", " ").split()
    victims = terms("victim")
    for size in (2, 1):
        for i in range(len(found_words) - size, -1, -1):
            found = victims.get(" ".join(found_words[i : i + size]))
            if found:
                return found
    return None


class _SentenceCues:
    key: tuple[Doc, int, int] | None = None
    cues: tuple[bool, bool, bool] = (False, False, False)
    text: str = ""


_CUES = _SentenceCues()


def without_descriptions(sent: Span) -> str:
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


def scope_cues(sent: Span | str) -> tuple[bool, bool, bool]:
    """(running cue, cumulative cue, beyond one incident) of a sentence, once per sentence.

    Read without the clauses that describe a source, so "a group that tracks the conflict"
    makes neither the scope nor the perpetrator rule treat the toll as a war's.
    """
    if isinstance(sent, str):
        return _cues_in(sent)
    key = sentence_key(sent)
    if _CUES.key != key:
        _CUES.key, _CUES.cues = key, _cues_in(without_descriptions(sent))
    return _CUES.cues


def _cues_in(text: str) -> tuple[bool, bool, bool]:
    running = bool(cue_pattern("scope", "running").search(text))
    cumulative = bool(cue_pattern("scope", "cumulative").search(text))
    return running, cumulative, running or (cumulative and _beyond_incident(text))


def scope(sent: Span | str, date_precision: str, date_words: str | None) -> str:
    """incident, running (a period's toll) or cumulative (a war's, a year's).

    "since" dates a cumulative count ("since 2022", "since the war began") unless the attack
    or a day follows it ("fled since the attack", "since Thursday's raid"): then the count
    belongs to that incident.
    """
    running, cumulative, beyond = scope_cues(sent)
    if running:
        return "running"
    if cumulative and date_precision not in {"month", "year"} and not beyond:
        return "incident"  # "have fled since the attack": that attack's count, not a period's
    if date_precision in {"month", "year"} or cumulative:
        since = bool(date_words) and str(date_words).lower().startswith("since")
        since_day = since and date_precision == "day"
        return "running" if since_day else "cumulative"
    return "incident"


def _beyond_incident(text: str) -> bool:
    """Whether a sentence's toll is a war's or a period's, not one incident's.

    "since" dates a running count of one incident when a day or the event follows it
    ("fled since the attack", "since Thursday's shelling"); otherwise ("since 2022",
    "since the war began") it is a cumulative cue like the others. After a perfect's
    auxiliary ("had since died", "has since been freed") it is an adverb: no cue.
    """
    if cue_pattern("scope", "running").search(text):
        return True
    for cue in cue_pattern("scope", "cumulative").finditer(text):
        if cue.group(0).lower() != "since":
            return True
        before = re.findall(r"[\w’']+", text[max(cue.start() - 12, 0) : cue.start()].lower())
        if before[-1:] and before[-1] in _PERFECT:
            continue  # "one of them had since died": an adverb, no period's start
        following = re.findall(r"[\w’']+", text[cue.end() : cue.end() + 40].lower())[:3]
        found = {w.removesuffix("'s").removesuffix("’s") for w in following}
        if not found & (set(_EVENT_AFTER_SINCE) | set(terms("agent")) | set(terms("event_word"))):
            return True
    return False


_PERFECT = frozenset({"has", "have", "had", "having"})  # "had since died"
_EVENT_AFTER_SINCE = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "raid",
    "yesterday",
)  # fmt: skip
