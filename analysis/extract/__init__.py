"""Extract: one module per table, each registering itself on one contract (`registry`).

Importing this package registers the tables below, in this order; to add a table, add a
module that calls `register` and one import line here.
"""

from analysis.extract import actors, quotes, events, casualties  # noqa: F401, I001
from analysis.extract.registry import (
    Table,
    UnknownTableError,
    check_tables,
    get_table,
    register,
    required_pipes,
    table_names,
)

__all__ = [
    "Table",
    "UnknownTableError",
    "check_tables",
    "get_table",
    "register",
    "required_pipes",
    "table_names",
]
