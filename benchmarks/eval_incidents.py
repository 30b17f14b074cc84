"""Score incidents on corpora/constructed/gold: linking, dates, places and perpetrators.

Usage: ``python benchmarks/eval_incidents.py [--out benchmarks/results_incidents_final.json]``

Each gold figure (`gold/figures.csv`) is matched to the extracted figure of the same
document whose number overlaps the gold `evidence` substring (first unmatched one). Then:

- linking: pairwise precision / recall / F1 over gold figures that belong to an incident
  (a pair is positive when both are in one incident; an unmatched gold figure is in no
  predicted pair, so it costs recall);
- date: exact ISO date, over gold figures dated at day precision;
- place: right at city/district precision: over gold figures whose place is finer than a
  country, the extracted place (less "district"/"township"/"territory") equals one of
  the comma-separated parts of the gold place ("Karari, Omdurman");
- perpetrator: equal canonical names (or one is an alias of the other in data/actors.csv),
  empty = empty, over all gold figures.
Unmatched gold figures count as wrong in every score (denominators are all gold figures
of the kind); `matched` reports how many were found.
"""

import argparse
import itertools
import json
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import load_corpus, process_corpus  # noqa: E402
from analysis.incidents import link_incidents  # noqa: E402
from analysis.parse.places import country_of, fold  # noqa: E402
from analysis.rules import packaged_rows  # noqa: E402

CORPUS = ROOT / "corpora" / "constructed"
AREA = re.compile(r"\s+(district|township|territory|state|region|province)$")


def _aliases() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for row in packaged_rows("actors"):
        keys = {fold(row["actor"])} | {fold(a) for a in row["aliases"].split("|") if a}
        for key in keys:
            names.setdefault(key, set()).update(keys)
    return names


def same_actor(gold: str | None, found: str | None, aliases: dict[str, set[str]]) -> bool:
    if not gold or not found:
        return not gold and not found
    g, f = fold(gold), fold(found)
    return g == f or f in aliases.get(g, set()) or g in aliases.get(f, set())


def _place_key(name: str) -> str:
    return AREA.sub("", fold(name.strip()))


def match(gold: pd.DataFrame, found: pd.DataFrame, texts: dict[str, str]) -> list[int | None]:
    """Index into `found` of each gold figure's match (or None)."""
    used: set[int] = set()
    matched: list[int | None] = []
    by_doc = {d: g for d, g in found.groupby("doc_id")}
    for row in gold.itertuples():
        text = texts.get(row.doc_id, "")
        at = text.find(row.evidence)
        hit = None
        if at >= 0 and row.doc_id in by_doc:
            end = at + len(row.evidence)
            for index, fig in by_doc[row.doc_id].iterrows():
                if index not in used and fig["start"] < end and at < fig["end"]:
                    hit = index
                    break
        if hit is not None:
            used.add(hit)
        matched.append(hit)
    return matched


def evaluate() -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents = load_corpus(CORPUS)
    ok = documents[documents["status"] == "ok"]
    texts = dict(zip(ok["doc_id"].astype(str), ok["text"], strict=True))
    result = process_corpus(ok, tables=["actors", "casualties"], progress=False)
    found = result.casualties.reset_index(drop=True)
    _incidents, links = link_incidents(found, documents)
    incident_of = {(d, int(f)): i for d, f, i in zip(links["doc_id"], links["figure_id"], links["incident_id"], strict=True)}
    gold = pd.read_csv(CORPUS / "gold" / "figures.csv", dtype=str, keep_default_na=False)
    hits = match(gold, found, texts)
    aliases = _aliases()
    predicted: list[object] = []
    for hit in hits:
        row = found.loc[hit] if hit is not None else None
        predicted.append(None if row is None else incident_of.get((row["doc_id"], int(row["figure_id"]))))
    in_gold = [i for i, g in enumerate(gold["incident_id"]) if g]
    tp = fp = fn = 0
    for a, b in itertools.combinations(in_gold, 2):
        same_gold = gold["incident_id"][a] == gold["incident_id"][b]
        same_pred = predicted[a] is not None and predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rate(rows: list[int], right) -> dict:
        good = sum(1 for i in rows if hits[i] is not None and right(gold.iloc[i], found.loc[hits[i]]))
        return {"right": good, "of": len(rows), "score": round(good / len(rows), 3) if rows else None}

    day_rows = [i for i, p in enumerate(gold["date_precision"]) if p == "day"]
    fine_rows = [i for i, (p, c) in enumerate(zip(gold["place"], gold["country"], strict=True))
                 if p and country_of(p) is None and fold(p) != fold(c)]  # fmt: skip

    def place_right(g, f) -> bool:
        return isinstance(f["place"], str) and _place_key(f["place"]) in {_place_key(p) for p in g["place"].split(",")}

    def perp_right(g, f) -> bool:
        return same_actor(g["perpetrator"], f["perpetrator"] if isinstance(f["perpetrator"], str) else None, aliases)

    return {
        "gold_figures": len(gold),
        "matched": sum(h is not None for h in hits),
        "documents_read": len(ok),
        "linking": {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                    "tp": tp, "fp": fp, "fn": fn},
        "date_day": rate(day_rows, lambda g, f: f["date"] == g["date"]),
        "place_city_district": rate(fine_rows, place_right),
        "perpetrator": rate(list(range(len(gold))), perp_right),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    scores = evaluate()
    text = json.dumps(scores, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
