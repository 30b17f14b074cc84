"""Groups that became a state's government: which one a text means depends on its date.

Coders name the Taliban an armed group until they took Kabul on 15 August 2021 and the
state of Afghanistan (its fighters the Military Forces of Afghanistan) since. A text's
date is the latest day it writes out (a report cannot tell of days after it was
written): "on 5 May 2023" dates it after the change, "in 2019" before, and a text
with no year keeps the group as it is. `data/actor_eras.csv` holds one row per group:
`actor,since,state,forces`.
"""

import datetime as dt
import re

from spacy.tokens import Doc

from analysis.rules import packaged_rows

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
_MONTH = "|".join(m[:3] + r"[a-z]*\.?" for m in MONTHS)
# "5 May 2023", "May 5, 2023", "August 2021", "2019": day and month when written.
DATE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+)?(?:({_MONTH})\s+)?(?:(\d{{1,2}}),?\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A state's force nouns: "Taliban forces", "Taliban police" of a text dated after the group
# took power are the state's forces ("Taliban attacks" stay the state's deed; "Taliban
# fighters" the state, as `tests/unit/test_incident_eras.py` has it).
FORCE_NOUNS = frozenset({"forces", "troops", "soldiers", "army", "military", "police",
                         "policemen"})
ERAS = {
    row["actor"]: (dt.date.fromisoformat(row["since"]), row["state"], row["forces"])
    for row in packaged_rows("actor_eras")
}


def latest_date(text: str) -> dt.date | None:
    """The latest day written in `text` (the first of its month or year when vaguer)."""
    days = []
    for match in DATE.finditer(text):
        day_before, month, day_after, year = match.groups()
        number = next((i for i, m in enumerate(MONTHS, 1) if month and
                       month.lower().startswith(m[:3])), None)  # fmt: skip
        day = int(day_before or day_after or 1) if number else 1
        try:
            days.append(dt.date(int(year), number or 1, day))
        except ValueError:  # "31 February": the year and month still date it
            days.append(dt.date(int(year), number or 1, 1))
    return max(days, default=None)


def in_power(actor: str, named: bool, text: str) -> tuple[str, str] | None:
    """(name, type) a group's mention takes if the text dates from its time in power.

    The group named (`named`: the mention holds its name) becomes the state; a category
    resolved to the group ("its fighters") becomes the state's forces. None: it stays.
    """
    if actor not in ERAS:
        return None
    since, state, forces = ERAS[actor]
    date = latest_date(text)
    if date is None or date < since:
        return None
    return (state, "state") if named else (forces, "state_forces")


def forces_follow(doc: Doc, end: int) -> bool:
    """Whether a force's noun follows a name ending at token `end`: "Taliban forces fired"."""
    return end < len(doc) and doc[end].lower_ in FORCE_NOUNS
