"""Find and remove exact and near-duplicate paragraphs (scraping repeats).

Two paragraphs are exact duplicates when they are equal after case-folding and
dropping punctuation and spaces; near duplicates when their word sequences match for
at least `threshold` of their length (difflib's ratio: one edited word in a paragraph
of twenty words is 0.95). Candidates are found through shared word 3-grams, so long
articles are not compared pair by pair. The first occurrence is kept, in order.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

_NON_WORD = re.compile(r"[\W_]+")
_MIN_WORDS_FOR_NEAR = 8
_SHINGLE = 3
_CANDIDATES = 5
_MIN_SHARED = 0.5
# A 3-gram shared by this many paragraphs ("said on Monday") finds no useful candidate;
# capping the lists keeps a 20 MB file linear instead of quadratic.
_MAX_POSTING = 8


@dataclass(frozen=True)
class Duplicate:
    """A paragraph found to repeat an earlier one."""

    index: int
    duplicate_of: int
    reason: str  # "exact duplicate" or "near duplicate (95% of words match)"


def _words(paragraph: str) -> list[str]:
    return _NON_WORD.sub(" ", paragraph.casefold()).split()


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def find_duplicates(paragraphs: list[str], *, threshold: float = 0.9) -> list[Duplicate]:
    """Return the paragraphs that repeat an earlier kept paragraph, with the reason.

    >>> [d.index for d in find_duplicates(["A b.", "C d.", "a b"])]
    [2]
    """
    exact: dict[str, int] = {}
    postings: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    kept_words: dict[int, list[str]] = {}
    found: list[Duplicate] = []
    for index, paragraph in enumerate(paragraphs):
        words = _words(paragraph)
        key = " ".join(words)
        if key in exact:
            found.append(Duplicate(index, exact[key], "exact duplicate"))
            continue
        shingles = _shingles(words) if len(words) >= _MIN_WORDS_FOR_NEAR else set()
        near = _most_similar(words, shingles, postings, kept_words, threshold=threshold)
        if near is not None:
            reason = f"near duplicate ({near[1]:.0%} of words match)"
            found.append(Duplicate(index, near[0], reason))
            continue
        exact[key] = index
        kept_words[index] = words
        for shingle in shingles:
            posting = postings[shingle]
            if len(posting) < _MAX_POSTING:
                posting.append(index)
    return found


def _most_similar(
    words: list[str],
    shingles: set[tuple[str, ...]],
    postings: dict[tuple[str, ...], list[int]],
    kept_words: dict[int, list[str]],
    *,
    threshold: float,
) -> tuple[int, float] | None:
    """Return the earliest kept paragraph matching `words` for at least `threshold`, if any."""
    shared = Counter(i for shingle in shingles for i in postings.get(shingle, ()))
    # When 90% of the words match, at most a tenth are edits, each breaking at most three
    # 3-grams: about 70% stay shared. Candidates sharing under half are not compared.
    enough = _MIN_SHARED * len(shingles)
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:_CANDIDATES]
    for candidate, _ in (item for item in ranked if item[1] >= enough):
        matcher = SequenceMatcher(None, kept_words[candidate], words, autojunk=False)
        if matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold:
            ratio = matcher.ratio()
            if ratio >= threshold:
                return candidate, ratio
    return None


def remove_duplicates(paragraphs: list[str], *, threshold: float = 0.9) -> list[str]:
    """Drop exact and near-duplicate paragraphs, keeping first occurrences in order.

    >>> remove_duplicates(["One.", "Two.", "One."])
    ['One.', 'Two.']
    """
    dropped = {d.index for d in find_duplicates(paragraphs, threshold=threshold)}
    return [p for i, p in enumerate(paragraphs) if i not in dropped]
