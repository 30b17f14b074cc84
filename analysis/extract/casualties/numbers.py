"""Read number expressions as counts of people: "20,000", "Twenty-one", "1.5 million", "dozens".

`parse_number` reads a bare numeral; `parse_count` reads a whole expression with its
qualifier ("at least 12", "Over 20,000"), a range ("10-15", "between 10 and 15") or a
vague quantity ("dozens", "tens of thousands"). Both return None for what is not a
count of people: years, percentages, money, durations, ordinals, "1,2,3", "1e9" and
absurd values. They never invent a number: a vague quantity has `count=None`.

Ranges are kept, not skipped: `count` is None, `low` and `high` hold the bounds and the
qualifier is "about", so a range never adds a made-up midpoint to a sum.
"""

import re
from typing import NamedTuple

# Larger than any reported casualty or displacement figure (UNHCR's global count of
# displaced people is ~120 million); anything bigger is a parsing accident or a typo.
MAX_COUNT = 1_000_000_000

# fmt: off
UNITS: dict[str, int] = {
    word: value
    for value, word in enumerate((
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen",
    ))
}
# fmt: on
TENS: dict[str, int] = {
    word: 10 * (i + 2)
    for i, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    )
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip
# Vague quantities: kept as figures with count None, never turned into a number.
VAGUE: frozenset[str] = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "millions", "tens", "several", "a few", "few"}
)
# "an unknown number of residents": a count nobody gave, vague like "dozens"
NUMBER_OF: frozenset[str] = frozenset(
    {"a number", "an unknown number", "a large number", "an undetermined number",
     "an unspecified number", "an undisclosed number", "a significant number"}
)  # fmt: skip
QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "more than": "more_than", "over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "well over": "more_than",
    "above": "more_than",
    "about": "about", "some": "about", "nearly": "about", "around": "about",
    "almost": "about", "approximately": "about", "roughly": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "circa": "about", "approx.": "about",
    "up to": "at_most", "at most": "at_most", "as many as": "at_most",
    "no more than": "at_most", "fewer than": "at_most", "less than": "at_most",
    "under": "at_most",
}  # fmt: skip
# Words after a number that make it a duration, a share or an amount, not a count of people.
NON_COUNT_UNITS: frozenset[str] = frozenset({
    "%", "percent", "per", "cent", "percentage", "seconds", "second", "minutes", "minute",
    "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
    "decades", "decade", "centuries", "century", "dollars", "dollar", "usd", "euros", "euro",
    "pounds", "pound", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
    "kg", "tonnes", "tons",
})  # fmt: skip
_CURRENCY = ("$", "€", "£", "¥", "US$", "USD", "EUR")
_DIGITS = re.compile(r"^[0-9]{1,3}(,[0-9]{3})+$|^[0-9]+$")
_DECIMAL = re.compile(r"^[0-9]+\.[0-9]+$")
_RANGE = re.compile(r"^(?:between\s+)?(.+?)\s*(?:-|–|—|\bto\b|\band\b)\s*(.+)$", re.IGNORECASE)
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


class Count(NamedTuple):
    """A parsed count: `count` is None for vague quantities and ranges."""

    count: int | None
    qualifier: str = "exact"
    vague: bool = False
    low: int | None = None
    high: int | None = None


def _words(text: str) -> list[str]:
    """Lower-case words of a number expression; hyphens and "and" separate words.

    A leading "a"/"an" before a scale word is "one" ("a dozen", "a hundred").
    """
    words = text.lower().replace("-", " ").replace("–", " ").split()
    if len(words) > 1 and words[0] in {"a", "an"} and words[1] in {*SCALES, "dozen"}:
        words[0] = "one"
    return [w for w in words if w != "and"]


def _parse_numeral(word: str) -> float | None:
    """One token: "20,000" -> 20000, "1.5" -> 1.5, "nine" -> 9; else None."""
    if _DIGITS.match(word):
        return int(word.replace(",", ""))
    if _DECIMAL.match(word):
        return float(word)
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    return None


def _parse_words(words: list[str]) -> float | None:
    """Combine numerals and scale words: "two hundred fifty" -> 250, "1.5 million" -> 1.5e6.

    Two numerals in a row are one number only as "twenty one"; "20 30" is not a number.
    """
    total, current, previous = 0.0, 0.0, None
    for word in words:
        value = _parse_numeral(word)
        if value is not None:
            if previous is not None and not (word in UNITS and previous in TENS and value):
                return None
            current += value
            previous = word
        elif word in SCALES and (current or previous is not None):
            if SCALES[word] == 100:
                current *= 100
            else:
                total += current * SCALES[word]
                current = 0.0
            previous = None
        else:
            return None
    return total + current if current or total or words == ["zero"] or words == ["0"] else None


def parse_number(text: str) -> int | None:
    """Return the integer a numeral writes, or None if it is not a whole count.

    >>> parse_number("20,000"), parse_number("Twenty-one"), parse_number("two hundred")
    (20000, 21, 200)
    >>> parse_number("1.5 million"), parse_number("a dozen"), parse_number("nine")
    (1500000, 12, 9)
    >>> [parse_number(s) for s in ["1,2,3", "1e9", "third", "3rd", "2,000,000,000,000", "1.5"]]
    [None, None, None, None, None, None]
    """
    if text.strip().startswith(("-", "–")):
        return None
    words = _words(text.strip())
    if words == ["dozen"]:
        return 12
    if not words:
        return None
    if words[-1] == "dozen":
        head = _parse_words(words[:-1])
        value = None if head is None else head * 12
    else:
        value = _parse_words(words)
    if value is None or value != int(value) or not 0 <= value <= MAX_COUNT:
        return None
    return int(value)


def split_qualifier(text: str) -> tuple[str, str]:
    """Split a leading qualifier off an expression: ("Over 20,000") -> ("more_than", "20,000").

    >>> split_qualifier("at least 12")
    ('at_least', '12')
    >>> split_qualifier("446")
    ('exact', '446')
    """
    stripped = " ".join(text.split())
    lower = stripped.lower()
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        if lower.startswith(phrase + " "):
            return QUALIFIERS[phrase], stripped[len(phrase) + 1 :]
    return "exact", stripped


def parse_range(text: str) -> tuple[int, int] | None:
    """Return (low, high) for "10-15", "10 to 15" or "between 10 and 15"; else None.

    >>> parse_range("10-15"), parse_range("between 10 and 15"), parse_range("15-10")
    ((10, 15), (10, 15), None)
    """
    match = _RANGE.match(text.strip())
    if not match:
        return None
    low, high = parse_number(match.group(1)), parse_number(match.group(2))
    if low is None or high is None or low >= high:
        return None
    return low, high


def is_vague(text: str) -> bool:
    """Whether an expression is a vague quantity: "dozens", "tens of thousands", "several hundred".

    >>> is_vague("dozens"), is_vague("tens of thousands"), is_vague("several hundred")
    (True, True, True)
    >>> is_vague("12"), is_vague("an unknown number")
    (False, True)
    """
    words = [w for w in text.lower().split() if w != "of"]
    if not words:
        return False
    if " ".join(words) in VAGUE | NUMBER_OF:
        return True
    first = words[0] in VAGUE or " ".join(words[:2]) in VAGUE
    return first and all(w in VAGUE or w in SCALES or w in {"few", "a", "dozen"} for w in words)


def _is_non_count(text: str) -> bool:
    """Years, money and amounts with a unit ("five days", "20%") are not counts of people."""
    stripped = text.strip()
    if stripped.startswith(_CURRENCY) or _YEAR.match(stripped):
        return True
    last = stripped.lower().replace("%", " %").split()[-1]
    return last in NON_COUNT_UNITS


def parse_count(text: str) -> Count | None:
    """Parse a whole figure: qualifier, then a number, a range or a vague quantity.

    Returns None for anything that is not a count of people (see the module docstring).
    A bare four-digit number between 1500 and 2099 is read as a year.

    >>> parse_count("Over 20,000")
    Count(count=20000, qualifier='more_than', vague=False, low=None, high=None)
    >>> parse_count("dozens")
    Count(count=None, qualifier='vague', vague=True, low=None, high=None)
    >>> parse_count("between 10 and 15").low, parse_count("up to 40").qualifier
    (10, 'at_most')
    >>> [parse_count(s) for s in ["2024", "20%", "$5 million", "five days", "1e9", "first"]]
    [None, None, None, None, None, None]
    """
    if not text or not text.strip() or _is_non_count(text):
        return None
    qualifier, rest = split_qualifier(text)
    if not rest or _is_non_count(rest):
        return None
    number = parse_number(rest)
    if number is not None:
        return Count(number, qualifier)
    if is_vague(rest):  # "at least dozens" is as vague as "dozens": the qualifier says so
        return Count(None, "vague", vague=True)
    bounds = parse_range(rest)
    if bounds is not None:
        return Count(None, "about", low=bounds[0], high=bounds[1])
    return None
