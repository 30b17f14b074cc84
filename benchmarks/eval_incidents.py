"""Score incidents on corpora/constructed/gold: linking, dates, places and perpetrators.

Usage: ``python benchmarks/eval_incidents.py [--oracle] [--show] [--out FILE.json]``

Each gold figure (`gold/figures.csv`) is matched to the extracted figure of the same
document whose number overlaps the gold `evidence` substring (first unmatched one). Then:

- linking: pairwise precision / recall / F1 over gold figures that belong to an incident
  (a pair is positive when both are in one incident; an unmatched gold figure is in no
  predicted pair, so it costs recall);
- date: exact ISO date, over gold figures dated at day precision;
- place: right at city/district precision: over gold figures whose place is finer than a
  country, the extracted place (less "district"/"township"/"territory") equals one of
  the parts of the gold place, split at commas and "and" ("Karari, Omdurman", "North Kivu
  and Ituri"), each less a leading compass word ("southern Tripoli" is Tripoli; "central
  Somalia" is the country, so not a city/district row);
- perpetrator: the same party, empty = empty, over all gold figures: equal canonical
  names, one an alias of the other in data/actors.csv, or one party by
  `analysis.incidents.figures.party` (a state and its forces are one side: gold "Russia"
  and an extracted "Military Forces of Russia" agree, as the linker takes them).
Unmatched gold figures count as wrong in every score (denominators are all gold figures
of the kind); `matched` reports how many were found. `estimates` compares each gold
incident's killed low / best / high (`gold/incidents.csv`) with those of the predicted
incident holding most of its figures.

``--oracle`` measures the linker alone: every matched figure gets its gold date, date
precision, place (resolved by the package's gazetteer for admin1 and coordinates),
country, perpetrator and scope before `link_incidents` runs, so the
linking scores show what the linker does with right per-figure columns (matching, and so
the figures the extractor missed, stay as they are; the date, place and perpetrator
scores always score the extractor's own columns). ``--show`` prints one line per gold
figure: gold incident, predicted incident and the columns the linker saw.
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

from analysis import link_incidents, load_corpus, process_corpus  # noqa: E402
from analysis.incidents.figures import party  # noqa: E402
from analysis.parse.places import country_of, fold, resolve_place  # noqa: E402
from analysis.rules import packaged_rows  # noqa: E402

CORPUS = ROOT / "corpora" / "constructed"
ORACLE_MODE = "oracle (gold date, place, country, perpetrator, scope per matched figure)"
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
    if g == f or f in aliases.get(g, set()) or g in aliases.get(f, set()):
        return True
    return party(gold) == party(found)  # a state and its forces: one party


def _place_key(name: str) -> str:
    return AREA.sub("", fold(name.strip()))


COMPASS = re.compile(r"^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+")
# lower case only: "southern Tripoli" is Tripoli, "North Kivu" is a province's name


def _gold_places(place: str) -> list[str]:
    """The places a gold cell names: split at commas and "and", less a leading compass word."""
    parts = re.split(r",|\band\b", place)
    return [COMPASS.sub("", part.strip()) for part in parts if part.strip()]


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


def _gold_precision(place: str, country: str) -> str:
    """The precision of a gold place: country, province (an area word) or city."""
    if not place or fold(place) == fold(country) or country_of(place):
        return "country"
    resolved = resolve_place(place.split(",")[0], (country,))
    return "province" if resolved is not None and resolved.precision == "province" else "city"


def with_gold_columns(
    found: pd.DataFrame, gold: pd.DataFrame, hits: list[int | None]
) -> pd.DataFrame:
    """`found` with each matched figure's date, place, country, perpetrator, scope from gold."""
    oracle = found.copy()
    for row, hit in zip(gold.itertuples(), hits, strict=True):
        if hit is None:
            continue
        place = row.place.split(",")[0].strip() or None
        oracle.loc[hit, "date"] = row.date or None
        oracle.loc[hit, "date_precision"] = row.date_precision or "unknown"
        oracle.loc[hit, "place"] = place
        resolved = resolve_place(place, (row.country,)) if place else None
        precision = _gold_precision(row.place, row.country)
        fine = precision == "city" and resolved is not None and resolved.precision == "district"
        oracle.loc[hit, "place_precision"] = "district" if fine else precision
        oracle.loc[hit, "admin1"] = resolved.admin1 if resolved else None
        oracle.loc[hit, "latitude"] = resolved.latitude if resolved else None
        oracle.loc[hit, "longitude"] = resolved.longitude if resolved else None
        oracle.loc[hit, "country"] = row.country or None
        oracle.loc[hit, "perpetrator"] = row.perpetrator or None
        oracle.loc[hit, "scope"] = row.scope or "incident"
    return oracle


def pairwise(gold_incidents: list[str], predicted: list[object]) -> dict:
    """Pairwise precision, recall and F1 over the gold figures that belong to an incident."""
    in_gold = [i for i, g in enumerate(gold_incidents) if g]
    tp = fp = fn = 0
    for a, b in itertools.combinations(in_gold, 2):
        same_gold = gold_incidents[a] == gold_incidents[b]
        same_pred = predicted[a] is not None and predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn}  # fmt: skip


def evaluate(*, oracle: bool = False, show: bool = False) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        documents = load_corpus(CORPUS)
    ok = documents[documents["status"] == "ok"]
    texts = dict(zip(ok["doc_id"].astype(str), ok["text"], strict=True))
    result = process_corpus(ok, tables=["actors", "casualties"], progress=False)
    found = result.casualties.reset_index(drop=True)
    gold = pd.read_csv(CORPUS / "gold" / "figures.csv", dtype=str, keep_default_na=False)
    hits = match(gold, found, texts)
    linked = with_gold_columns(found, gold, hits) if oracle else found
    incidents, links = link_incidents(linked, documents)
    columns = (links[c] for c in ("doc_id", "figure_id", "incident_id", "reason"))
    incident_of = {(d, int(f)): (i, r) for d, f, i, r in zip(*columns, strict=True)}
    aliases = _aliases()
    predicted: list[object] = []
    for hit in hits:
        row = linked.loc[hit] if hit is not None else None
        key = None if row is None else (row["doc_id"], int(row["figure_id"]))
        predicted.append(incident_of.get(key, (None, None))[0] if key else None)
        predicted[-1] = None if pd.isna(predicted[-1]) else predicted[-1]
    if show:
        _show(gold, linked, hits, predicted, incident_of)

    def rate(rows: list[int], right) -> dict:
        good = sum(
            1 for i in rows if hits[i] is not None and right(gold.iloc[i], found.loc[hits[i]])
        )
        return {
            "right": good,
            "of": len(rows),
            "score": round(good / len(rows), 3) if rows else None,
        }

    day_rows = [i for i, p in enumerate(gold["date_precision"]) if p == "day"]
    fine_rows = [i for i, (p, c) in enumerate(zip(gold["place"], gold["country"], strict=True))
                 if p and any(country_of(q) is None and fold(q) != fold(c)
                              for q in _gold_places(p))]  # fmt: skip

    def place_right(g, f) -> bool:
        return isinstance(f["place"], str) and _place_key(f["place"]) in {
            _place_key(p) for p in _gold_places(g["place"])
        }

    def perp_right(g, f) -> bool:
        return same_actor(
            g["perpetrator"],
            f["perpetrator"] if isinstance(f["perpetrator"], str) else None,
            aliases,
        )

    return {
        "mode": ORACLE_MODE if oracle else "extracted",
        "gold_figures": len(gold),
        "matched": sum(h is not None for h in hits),
        "documents_read": len(ok),
        "linking": pairwise(list(gold["incident_id"]), predicted),
        "estimates": estimates(gold, predicted, incidents),
        "date_day": rate(day_rows, lambda g, f: f["date"] == g["date"]),
        "place_city_district": rate(fine_rows, place_right),
        "perpetrator": rate(list(range(len(gold))), perp_right),
    }  # fmt: skip


def estimates(gold: pd.DataFrame, predicted: list, incidents: pd.DataFrame) -> dict:
    """Killed low / best / high of each gold incident against its predicted incident.

    A gold incident's predicted incident is the one holding most of its matched figures
    (ties: the smaller id); `best` counts the incidents whose killed best is exact, `all`
    those whose low, best and high are all exact.
    """
    table = pd.read_csv(CORPUS / "gold" / "incidents.csv", dtype=str, keep_default_na=False)
    by_id = incidents.set_index("incident_id")
    best = every = 0
    for row in table.itertuples():
        votes = pd.Series([p for g, p in zip(gold["incident_id"], predicted, strict=True)
                           if g == row.incident_id and p is not None])  # fmt: skip
        if votes.empty:
            continue
        counts = votes.value_counts()
        chosen = min(counts[counts == counts.max()].index)
        found = by_id.loc[chosen, ["fatalities_low", "fatalities_best", "fatalities_high"]]
        want = [int(v) if v else None for v in (row.killed_low, row.killed_best, row.killed_high)]
        got = [None if pd.isna(v) else int(v) for v in found]
        best += got[1] == want[1]
        every += got == want
    n = len(table)
    return {
        "killed_best_exact": {"right": best, "of": n, "score": round(best / n, 3)},
        "killed_low_best_high_exact": {"right": every, "of": n, "score": round(every / n, 3)},
    }


def _show(
    gold: pd.DataFrame, linked: pd.DataFrame, hits: list, predicted: list, incident_of: dict
) -> None:
    for i, row in enumerate(gold.itertuples()):
        f = linked.loc[hits[i]] if hits[i] is not None else None
        if f is None:
            print(f"{row.incident_id or '-':7} {'unmatched':7} {row.doc_id} {row.evidence!r}")
            continue
        reason = incident_of.get((f["doc_id"], int(f["figure_id"])), (None, None))[1]
        print(f"{row.incident_id or '-':7} {predicted[i] or '-':7} {row.doc_id}#{f['figure_id']} "
              f"{f['outcome']} {f['count']} {f['scope']} | {f['date']} {f['date_precision']} | "
              f"{f['place']} ({f['place_precision']}, {f['country']}) | {f['perpetrator']} | "
              f"{reason}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="also write the scores here (JSON)")
    parser.add_argument(
        "--oracle", action="store_true", help="gold per-figure columns: score the linker alone"
    )
    parser.add_argument(
        "--show", action="store_true", help="print each gold figure with its predicted incident"
    )
    args = parser.parse_args()
    scores = evaluate(oracle=args.oracle, show=args.show)
    text = json.dumps(scores, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
