"""Who did it to whom, and how wide a toll is: `perpetrator`, `victim_category`, `scope`.

The perpetrator is an actor mention in the figure's sentence in a doer's place
(`agents`); no such mention: the article's doer, or None (the text does not say)
(`doer`). The people counted give `victim_category`, and the sentence's words and the
date's precision give `scope` (`toll_scope`). A group in power at the text's date goes
under its state's name, as in the actors table (`era`). The words live in
`data/incident_terms.csv`.
"""

from analysis.extract.casualties.who.doer import perpetrator
from analysis.extract.casualties.who.era import in_its_era
from analysis.extract.casualties.who.toll_scope import (
    SCOPES,
    VICTIM_CATEGORIES,
    scope,
    victim_category,
)

__all__ = [
    "SCOPES", "VICTIM_CATEGORIES", "in_its_era", "perpetrator", "scope", "victim_category",
]  # fmt: skip
