"""Who did it to whom, and how wide a toll is: `perpetrator`, `victim_category`, `scope`.

The perpetrator is an actor mention in the figure's sentence in a doer's place
(`agents`); no such mention: the article's doer, or None (the text does not say)
(`doer`). The people counted give `victim_category`, and the sentence's words and the
date's precision give `scope` (`toll_scope`). The words live in `data/incident_terms.csv`.
"""

from analysis.extract.casualties.who.doer import perpetrator
from analysis.extract.casualties.who.toll_scope import (
    SCOPES,
    VICTIM_CATEGORIES,
    scope,
    victim_category,
)

__all__ = ["SCOPES", "VICTIM_CATEGORIES", "perpetrator", "scope", "victim_category"]
