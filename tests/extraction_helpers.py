"""Small views of the extractors' tables that several test modules read the same way."""

import csv
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import analysis
from analysis.extract.casualties import extract_casualties


def article(lede: str, *paragraphs: str) -> str:
    """A headline, a lede and body paragraphs, one a line, as local news prints them."""
    return "\n".join(["Headline of the story", lede, *paragraphs])


def table(nlp: Language, text: str) -> pd.DataFrame:
    """The casualty table of `text`, parsed with the shared test pipeline."""
    return extract_casualties(nlp(text))


def checked_table(nlp: Language, text: str) -> pd.DataFrame:
    """`table`, asserting that every row's offsets give back its figure."""
    df = table(nlp, text)
    assert all(text[s:e] == f for s, e, f in zip(df["start"], df["end"], df["figure"], strict=True))
    return df


def incident_rows(df: pd.DataFrame, *, incidents_only: bool = False) -> Counter:
    """(count, outcome) of each row without `repeat_of` (and, if asked, not cumulative)."""
    keep = df["repeat_of"].isna()
    if incidents_only:
        keep &= df["scope"] != "cumulative"
    df = df[keep]
    return Counter(
        (None if pd.isna(c) else int(c), o) for c, o in zip(df["count"], df["outcome"], strict=True)
    )


def open_gaps(rows: list[tuple], ids: list[str], still_open: dict[str, str]) -> list:
    """Rows as pytest params under their ids, strict xfails where `still_open` names a gap."""

    def marks(i: str) -> list:
        return [pytest.mark.xfail(reason=still_open[i], strict=True)] if i in still_open else []

    return [pytest.param(*row, id=i, marks=marks(i)) for row, i in zip(rows, ids, strict=True)]


class DocumentGold:
    """A folder of whole articles (`<name>.txt`) with gold rows (`gold.csv`) and traps.

    `gold`: article name -> its (count, outcome) rows; `statistics`: the rows of
    `traps.csv` whose category is "statistic" (counts that must give no incident row).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.gold: dict[str, Counter] = {}
        for row in self._rows("gold.csv"):
            self.gold.setdefault(row["name"], Counter())[(int(row["count"]), row["outcome"])] += 1
        self.statistics = [r for r in self._rows("traps.csv") if r["category"] == "statistic"]
        self._tables: dict[str, pd.DataFrame] = {}

    def _rows(self, name: str) -> list[dict[str, str]]:
        with (self.folder / name).open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    def table(self, nlp: Language, name: str) -> pd.DataFrame:
        """The checked casualty table of one article, computed once."""
        if name not in self._tables:
            text = (self.folder / f"{name}.txt").read_text(encoding="utf-8")
            self._tables[name] = checked_table(nlp, text)
        return self._tables[name]

    def articles(self, still_open: dict[str, str]) -> list:
        """The article names as pytest params, strict xfails where a gap is still open."""
        names = sorted(self.gold)
        return open_gaps([(n,) for n in names], names, still_open)

    def traps(self) -> list[dict[str, str]]:
        """Every row of `traps.csv`: phrases (`words`) of an article that must start no row."""
        return self._rows("traps.csv")

    def trap_params(self, still_open: dict[str, str], width: int = 12) -> list:
        """The traps as pytest params (id: name-category-count-first words), open ones xfail."""
        traps = self.traps()
        ids = [f"{t['name']}-{t['category']}-{t['count']}-{t['words'][:width]}" for t in traps]
        return open_gaps([(t,) for t in traps], ids, still_open)

    def rows_in_trap(self, nlp: Language, trap: dict[str, str]) -> pd.DataFrame:
        """The current rows (no `repeat_of`) of the trap's article that start inside its words."""
        text = (self.folder / f"{trap['name']}.txt").read_text(encoding="utf-8")
        start = text.index(trap["words"])
        current = self.table(nlp, trap["name"])
        current = current[current["repeat_of"].isna()]
        return current[
            (current["start"] >= start) & (current["start"] < start + len(trap["words"]))
        ]

    def traps_not_once(self) -> list[dict[str, str]]:
        """Traps whose words do not occur exactly once in their article (should be none)."""
        return [
            t
            for t in self.traps()
            if (self.folder / f"{t['name']}.txt").read_text(encoding="utf-8").count(t["words"]) != 1
        ]

    def word_counts(self) -> dict[str, int]:
        """Article name -> its number of whitespace-separated words."""
        return {
            name: len((self.folder / f"{name}.txt").read_text(encoding="utf-8").split())
            for name in self.gold
        }

    def rows_and_gold(self, nlp: Language, name: str) -> tuple[Counter, Counter]:
        """The article's (count, outcome) rows of any scope, and its gold rows."""
        return incident_rows(self.table(nlp, name)), self.gold[name]

    def statistic_traps(self) -> list:
        """The statistic traps as pytest params with readable ids."""
        return [
            pytest.param(t, id=f"{t['name']}-{t['count']}-{t['outcome']}") for t in self.statistics
        ]


def figure_rows(nlp: Language, text: str) -> list[tuple]:
    """(count, outcome, qualifier, implicit) of each figure that is not a repeat."""
    df = table(nlp, text)
    df = df[df["repeat_of"].isna()]
    return [
        (None if pd.isna(c) else int(c), o, q, bool(i))
        for c, o, q, i in zip(
            df["count"], df["outcome"], df["qualifier"], df["implicit"], strict=True
        )
    ]


class SentenceGold:
    """A stress set of sentences (`sentences.csv`: id, category, [country,] text, rows).

    `rows` holds the gold figures as "count outcome qualifier implicit" separated by ";"
    ("-" for a vague count); a category ending in "_guard" marks a sentence that must give
    only the rows listed.
    """

    def __init__(self, path: Path) -> None:
        with path.open(encoding="utf-8") as handle:
            self.items = list(csv.DictReader(handle))

    @staticmethod
    def gold(rows: str) -> list[tuple]:
        """The gold rows of one sentence as (count, outcome, qualifier, implicit)."""
        found = []
        for row in filter(None, (part.strip() for part in rows.split(";"))):
            count, outcome, qualifier, implicit = row.split()
            found.append(
                (None if count == "-" else int(count), outcome, qualifier, implicit == "1")
            )
        return found

    def params(self, still_open: dict[str, str]) -> list:
        """(text, gold rows) as pytest params, strict xfails where a gap is still open."""
        return open_gaps(
            [(item["text"], self.gold(item["rows"])) for item in self.items],
            [item["id"] for item in self.items],
            still_open,
        )

    def guards(self) -> list[dict[str, str]]:
        return [item for item in self.items if item["category"].endswith("_guard")]

    def score(self, verbose: bool = False) -> None:
        """Print, for each category, the sentences given exactly and the rows found and extra."""
        nlp = analysis.load_nlp()
        by_category: dict[str, list[dict[str, str]]] = {}
        for item in self.items:
            by_category.setdefault(item["category"], []).append(item)
        width = max(map(len, by_category)) + 2
        right_all = 0
        for name, items in by_category.items():
            right = gold_rows = found = extra = 0
            for item in items:
                gold, got = self.gold(item["rows"]), figure_rows(nlp, item["text"])
                same = sorted(got, key=repr) == sorted(gold, key=repr)
                right += same
                gold_rows += len(gold)
                found += sum(min(gold.count(r), got.count(r)) for r in set(gold))
                extra += sum(max(0, got.count(r) - gold.count(r)) for r in set(got))
                if not same and verbose:
                    print(f"    {item['id']} {item['text']}\n      gold {gold}\n      got  {got}")
            right_all += right
            print(
                f"{name:{width}} {right:3}/{len(items):3} sentences  rows {found}/{gold_rows}  extra {extra}"
            )
        print(f"{'all':{width}} {right_all:3}/{len(self.items):3} sentences")


def _not_repeats(df: pd.DataFrame) -> list[tuple]:
    df = df[df["repeat_of"].isna()]
    return [
        (None if pd.isna(c) else int(c), o) for c, o in zip(df["count"], df["outcome"], strict=True)
    ]


def counted(nlp: Language, text: str) -> list[tuple]:
    """(count, outcome) of each figure that is not a repeat, in document order."""
    return _not_repeats(table(nlp, text))


def current(nlp: Language, text: str) -> Counter:
    """(count, outcome) of each figure that is not a repeat, as a multiset (offsets checked)."""
    return Counter(_not_repeats(checked_table(nlp, text)))


def actors_of(text: str) -> dict[str, set[tuple[str, str]]]:
    """Mention surface -> the (canonical actor, actor type) pairs it was given."""
    found: dict[str, set[tuple[str, str]]] = {}
    for row in analysis.extract_actors(text).itertuples():
        assert text[row.start : row.end] == row.mention
        found.setdefault(row.mention, set()).add((row.actor, row.actor_type))
    return found


def actor_names(text: str) -> set[str]:
    """The canonical actor names `text` gives, whatever their mention or type."""
    return {actor for pairs in actors_of(text).values() for actor, _ in pairs}


def types_of(text: str) -> dict[str, set[str]]:
    """Mention surface -> the actor types it was given."""
    return {m: {t for _, t in pairs} for m, pairs in actors_of(text).items()}


def actors_holding(text: str, word: str) -> set[tuple[str, str]]:
    """(actor, type) pairs of every mention holding `word`."""
    found = actors_of(text)
    return set().union(*(pairs for mention, pairs in found.items() if word in mention))


def types_holding(text: str, word: str) -> set[str]:
    """The actor types of every mention holding `word`."""
    return {kind for _, kind in actors_holding(text, word)}


def typed_at(text: str, mention: str, actor_type: str) -> bool:
    """Whether a mention overlapping the first occurrence of `mention` has `actor_type`
    (how benchmarks/eval_reports.py finds a gold actor)."""
    start = text.find(mention)
    end = start + len(mention)
    found = analysis.extract_actors(text)
    return any(
        s < end and e > start and kind == actor_type
        for s, e, kind in zip(found["start"], found["end"], found["actor_type"], strict=True)
    )


def typed_row_id(number: int, row: tuple[str, str, str, str]) -> str:
    """An actor-type stress row's id: its number, category and gold words ("01-state_unit-RCMP")."""
    return f"{number:02d}-{row[0]}-{row[2]}"


def typed_row_params(rows: list[tuple[str, str, str, str]], still_open: dict[str, str]) -> list:
    """(category, text, mention, gold type) rows as pytest params, open ones strict xfails."""
    return open_gaps(rows, [typed_row_id(n, row) for n, row in enumerate(rows, 1)], still_open)


def typed_row_counts(rows: list[tuple[str, str, str, str]]) -> tuple[dict, dict]:
    """Rows found and rows per category, printing each miss with what the package gave."""
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    for number, (category, text, mention, gold) in enumerate(rows, 1):
        total[category] = total.get(category, 0) + 1
        if typed_at(text, mention, gold):
            found[category] = found.get(category, 0) + 1
            continue
        typed = analysis.extract_actors(text)
        got = list(zip(typed["mention"], typed["actor_type"], strict=True))
        print(f"  miss {typed_row_id(number, (category, text, mention, gold))} ({gold}) got {got}")
    return found, total


def print_typed_rows(rows: list[tuple[str, str, str, str]]) -> None:
    """A stress set's score: its misses, then rows found per category and in all."""
    found, total = typed_row_counts(rows)
    for category in total:
        print(f"{category}: {found.get(category, 0)}/{total[category]}")
    print(f"all: {sum(found.values())}/{sum(total.values())}")
