"""Find and remove exact and near-duplicate paragraphs (scraping repeats).

Two paragraphs are exact duplicates when they are equal after case-folding and
dropping punctuation and spaces; near duplicates when the Jaccard similarity of their
word 3-gram shingles reaches `threshold` (one edited word in a long paragraph).
The first occurrence is kept, in order.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

_NON_WORD = re.compile(r"[\W_]+")
_MIN_WORDS_FOR_NEAR = 8
_SHINGLE = 3


@dataclass(frozen=True)
class Duplicate:
    """A paragraph found to repeat an earlier one."""

    index: int
    duplicate_of: int
    reason: str  # "exact duplicate" or "near duplicate (Jaccard 0.93)"


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
    sizes: dict[int, int] = {}
    found: list[Duplicate] = []
    for index, paragraph in enumerate(paragraphs):
        words = _words(paragraph)
        key = " ".join(words)
        if key in exact:
            found.append(Duplicate(index, exact[key], "exact duplicate"))
            continue
        shingles = _shingles(words) if len(words) >= _MIN_WORDS_FOR_NEAR else set()
        near = _most_similar(shingles, postings, sizes)
        if near is not None and near[1] >= threshold:
            found.append(Duplicate(index, near[0], f"near duplicate (Jaccard {near[1]:.2f})"))
            continue
        exact[key] = index
        sizes[index] = len(shingles)
        for shingle in shingles:
            postings[shingle].append(index)
    return found


def _most_similar(
    shingles: set[tuple[str, ...]],
    postings: dict[tuple[str, ...], list[int]],
    sizes: dict[int, int],
) -> tuple[int, float] | None:
    """Return the kept paragraph sharing most shingles and its Jaccard similarity."""
    shared = Counter(i for shingle in shingles for i in postings.get(shingle, ()))
    if not shared:
        return None
    scores = [(n / (len(shingles) + sizes[i] - n), -i) for i, n in shared.items()]
    score, negative_index = max(scores)
    return -negative_index, score


def remove_duplicates(paragraphs: list[str], *, threshold: float = 0.9) -> list[str]:
    """Drop exact and near-duplicate paragraphs, keeping first occurrences in order.

    >>> remove_duplicates(["One.", "Two.", "One."])
    ['One.', 'Two.']
    """
    dropped = {d.index for d in find_duplicates(paragraphs, threshold=threshold)}
    return [p for i, p in enumerate(paragraphs) if i not in dropped]
