"""Calendar periods a tally is told over, and figures told as a period's record.

A statistic (`tallies.statistic`) is dated by a stretch of the calendar, not by a day or
an event: "since January", "since July 2024", "in 2023", "in the past six months", "in
the six months to September", "between 2016 and 2022", "in the 2025-26 financial year"
(`CALENDAR`). A number "with" which a period is told
("2023 was the deadliest year, with 312 killings": `period_record`) or set against
another period's count ("compared with 51 at the same point last year", "compared with
24 in the whole of 2025": `compared`) is such a tally too.
"""

import calendar
import re

from spacy.tokens import Span, Token

from analysis.extract.casualties.terms import Rules

_MONTHS = "|".join(
    sorted({m.lower() for m in calendar.month_name if m}, key=len, reverse=True)
)  # the stdlib's month names, not a word list of ours
CALENDAR = re.compile(
    rf"\bsince (?:the (?:start|beginning) of )?(?:{_MONTHS}|(?:19|20)\d\d)\b(?! \d)"  # not "June 3"
    rf"|\bsince (?:{_MONTHS}) (?:19|20)\d\d\b"  # a month of a year: "since July 2024"
    rf"|\bin (?:{_MONTHS}) alone\b|\bin (?:19|20)\d\d\b(?! [a-z]+ \d)"
    # a span of months or years: "over three months", "in the past six months"
    r"|\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:months|years|weeks)\b"
    r"|\b(?:over|in|during) the (?:past|last|previous) (?:financial |fiscal )?year\b"
    # a financial year by its two years: "in the 2025-26 financial year"
    r"|\bthe (?:19|20)\d\d[-–/](?:19|20)?\d\d (?:financial|fiscal) year\b"
    r"|\bover (?:\w+ )?(?:months|years)\b"
    rf"|\bbetween (?:{_MONTHS}) and (?:{_MONTHS})\b"  # "between April and June"
    rf"|\bfrom (?:{_MONTHS}) (?:to|through|until) (?:{_MONTHS})\b"  # "from January to October"
    r"|\bin the (?:first|second|third|fourth|last) (?:half|quarter)\b"
    r"|\b(?:in|during|over) the first (?:\w+ )?(?:months|weeks) of\b"  # "the first six months of"
    r"|\b(?:closed|ended|finished) (?:the|last) year\b"  # "closed the year with 3,100"
    # a stretch that ends at a month: "in the six months to September", "the year to March"
    rf"|\bthe (?:\w+ )?(?:months?|years?|weeks?) (?:up to|to|ending|ended) (?:{_MONTHS})\b"
    # a span of years: "between 2016 and 2022", "from 2018 to 2021"
    r"|\b(?:between (?:19|20)\d\d and|from (?:19|20)\d\d (?:to|through|until)) (?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A day: it dates a tally only over a place ("killed in the district since 12 March"),
# not a conflict's own toll ("34,000 Palestinians have been killed since October 7").
SINCE_DAY = re.compile(
    rf"\bsince (?:\d\d? (?:{_MONTHS})|(?:{_MONTHS}) \d\d?)\b(?!:)", re.IGNORECASE
)
# "In August last year": the month dates one incident, the year only tells which August
A_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS}) $", re.IGNORECASE)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CALENDAR_SPAN = re.compile(r"^(?:year|month)$", re.IGNORECASE)  # as in `CALENDAR`, not "day"
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def a_period(token: Token, rules: Rules) -> bool:
    """A year or a calendar period itself: "2023", "last year" (`period_cue`), "the year".

    Said of a phrase that names the period, not an incident in it: a year number, a
    `period_cue` phrase, or "the year"/"the month" (`period_noun`, without "day" or
    "week": "Sunday was the deadliest day" tells of one incident).
    """
    words = token.doc[token.left_edge.i : token.right_edge.i + 1]
    if _YEAR.match(token.text) and token.ent_type_ == "DATE":
        return True
    if token.dep_ != "attr" and rules.period_cues.fullmatch(words.text):
        return True
    return bool(_CALENDAR_SPAN.match(token.lemma_))


def period_record(span: Span, rules: Rules) -> bool:
    """A number "with" which a period is told: "2023 was the deadliest year, with 312 killings".

    The "with" phrase hangs on a clause whose subject, object or complement is the period
    ("Last year was the deadliest on record, with 1,250 people killed", "the city ended
    2023 with 640 murders"): the numbers are the period's tally, no incident's toll.
    """
    token = span.root
    for _ in range(4):
        if token.head == token:
            return False
        child, token = token, token.head
        if token.lower_ == "with" and child.dep_ in {"pobj", "pcomp"}:
            break
    else:
        return False
    head = token.head
    if rules.conflict_anchors.search(span.sent.text):
        return False  # "the deadliest month of the war, with 400 soldiers killed"
    return any(
        c.dep_ in {"nsubj", "npadvmod", "attr", "dobj"} and a_period(c, rules)
        for c in head.children
    )


_COMPARING = frozenset({"compare", "down", "up"})  # "compared with", "down from", "up from"


def compared(span: Span, rules: Rules) -> bool:
    """A count set against another period's: "compared with 51 at the same point last year".

    The number is the object of "with"/"to" after "compared", of "from" after "down" or
    "up", or of "against", and a period (`period_cue`) follows it within a few words: a
    tally of last year, never an incident's toll ("down from 79 at this time last year"),
    or a year ("compared with 24 in the whole of 2025").
    """
    token = span.root
    prep = token.head
    if token.dep_ != "pobj" or prep.i == token.i:
        return False
    if prep.lower_ != "against" and not (
        prep.lower_ in {"with", "to", "from"} and prep.head.lemma_.lower() in _COMPARING
    ):
        return False
    after = span.doc[span.end : min(span.end + 8, span.sent.end)].text
    # or a year: "compared with 24 in the whole of 2025", "against 40 in 2023"
    return rules.period_cues.search(after) is not None or _A_YEAR.search(after) is not None
