"""The packaged rule tables pass the checks a user's copy of them must pass.

A user extends a table by copying it into a `RULES` folder (README, "Your own rules"); the copy
is checked by `rules.read_user_table`. A kind the package reads but the checks do not know
(`cause_word` was one) made an unedited copy of `casualty_terms.csv` an error.
"""

import pytest

from analysis import rules


@pytest.mark.parametrize("table", sorted(rules.TABLES))
def test_an_unedited_copy_of_a_packaged_table_is_a_valid_user_table(table: str) -> None:
    rows = rules.read_user_table(table, rules.DATA_DIR / f"{table}.csv")
    assert len(rows) == len(rules.packaged_rows(table))
