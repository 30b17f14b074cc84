"""The reader of the place stress sets (`tests/unit/test_places_not_actors_s*.py`).

Each set is a CSV of constructed sentences (`id`, `text`, `target`, `want`, `kind`, `country`;
lines opening with `#` are comments): a row whose `want` is "place" names a place that must not
come back as an actor, any other `want` is a control, an actor of that type that must stay. A row
is judged as `benchmarks/eval_reports.py` judges a gold place or actor: "whole" when an actor
mention lies inside the place, "leak" when a mention overlaps it and runs on, "missed" when a
control's type is not among the overlapping mentions.
"""

import csv
import re
import sys
from pathlib import Path

import pytest

import analysis

PLACE = "place"


class PlaceStress:
    """One stress CSV and the rows the rules still get wrong (`misses`: id -> reason)."""

    def __init__(self, path: Path, misses: dict[str, str]) -> None:
        self.path = path
        self.misses = misses

    def rows(self) -> list[dict[str, str]]:
        with self.path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(line for line in handle if not line.startswith("#")))

    @staticmethod
    def spans(text: str) -> list[tuple[int, int, str, str]]:
        """The actor mentions of `text`: (start, end, actor_type, mention)."""
        found = analysis.extract_actors(text)
        return list(
            zip(found["start"], found["end"], found["actor_type"], found["mention"], strict=True)
        )

    def judge(self, row: dict[str, str]) -> str:
        """'ok', or what went wrong: 'whole' (a mention inside the place), 'leak', 'missed'."""
        match = re.search(rf"(?<!\w){re.escape(row['target'])}(?!\w)", row["text"])
        assert match is not None, row["target"]
        start, end = match.span()
        over = [(s, e, t) for s, e, t, _ in self.spans(row["text"]) if s < end and e > start]
        if row["want"] != PLACE:
            return "ok" if any(t == row["want"] for _, _, t in over) else "missed"
        if any(s >= start and e <= end for s, e, _ in over):
            return "whole"
        return "leak" if over else "ok"

    def explain(self, row: dict[str, str]) -> tuple:
        return row["text"], row["target"], self.spans(row["text"])

    def params(self) -> list:
        """The rows as pytest params, each miss a strict xfail naming its reason."""
        return [
            pytest.param(
                row,
                id=row["id"],
                marks=[pytest.mark.xfail(strict=True, reason=self.misses[row["id"]])]
                if row["id"] in self.misses
                else [],
            )
            for row in self.rows()
        ]

    def report(self) -> None:
        """Print every row judged wrong (stderr) and the score: whole, leaks, controls found."""
        verdicts = {row["id"]: (row, self.judge(row)) for row in self.rows()}
        places = [v for row, v in verdicts.values() if row["want"] == PLACE]
        controls = [v for row, v in verdicts.values() if row["want"] != PLACE]
        for rid, (row, verdict) in verdicts.items():
            if verdict != "ok":
                print(rid, verdict, row["target"], "|", self.spans(row["text"]), file=sys.stderr)
        print(f"places {len(places)}: whole {places.count('whole')}, leaks "
              f"{places.count('whole') + places.count('leak')}; controls found "
              f"{controls.count('ok')}/{len(controls)}")  # fmt: skip
