"""Score casualties, actors and place leaks on the blind held-out report passages.

`benchmarks/heldout_reports/` holds 132 short event reports and local news items written
before any rule change (see its README; never tune rules to it). Casualty figures match
per passage as an (outcome, count) multiset (a vague figure has no count); a figure with
`repeat_of` set is not scored: a toll restated (a headline's toll in the body) counts once,
and a figure an update replaced ("11 killed" before "rose to 14") gives way to the latest.
"all" scores every figure against every gold row; "stated_numbers" the
figures with a written numeral against the gold rows whose number is written;
"no_implicit" the figures with a written numeral (or vague) against the gold rows that are
not implicit counts, i.e. the package without the implicit-count rule. A gold actor is
found when an extracted actor mention overlaps its first mention with the same
`actor_type` (`share`); `share_any_mention` also counts a gold actor found at a later
whole-word occurrence of its mention (a name-level figure, reported beside, never instead).
A place leak is an extracted actor mention overlapping a gold place string.
`--data DIR` scores another set in the same format (e.g. `benchmarks/heldout_reports2/`,
the second blind set with full news articles); for any set other than the default, or with
`--by-style`, a `by_style` block adds the "all" casualty F1 and the actor share per `style`
and for "full_articles" (passages over 250 words), since full articles behave differently
from 1-3 sentence notes. Without those options the output is unchanged.
Prints JSON; run with `.venv/bin/python benchmarks/eval_reports.py [--data DIR] [--out FILE]`.
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.extract.actors import extract_actors
from analysis.extract.casualties import OUTCOMES, extract_casualties
from analysis.parse import load_nlp

DEFAULT_DATA = Path(__file__).resolve().parent / "heldout_reports"
HERE = DEFAULT_DATA  # the set being scored; main() points it at --data
FULL_ARTICLE_WORDS = 250


def _key(outcome: str, count: object) -> tuple[str, int | None]:
    """An (outcome, count) key; kidnapped maps to the package's nearest outcome if it has none."""
    if outcome == "kidnapped" and "kidnapped" not in OUTCOMES:
        outcome = "kidnapped (no such outcome in the package)"
    return outcome, None if pd.isna(count) else int(count)


def _prf(correct: int, predicted: int, gold: int) -> dict:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": gold, "predicted": predicted, "correct": correct,
            "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(f1, 3)}  # fmt: skip


def _match(gold_keys: list, predicted_keys: list) -> tuple[list[bool], list]:
    """Which gold keys are found (multiset), and the predicted keys left over."""
    left = list(predicted_keys)
    hits = []
    for key in gold_keys:
        hits.append(key in left)
        if hits[-1]:
            left.remove(key)
    return hits, left


def score_casualties(passages: list[dict], docs: dict) -> dict:
    gold = pd.read_csv(HERE / "gold_casualties.csv", dtype={"count": "Int64"})
    gold["implicit"] = gold["implicit"].astype(str).str.lower() == "true"
    gold["stated"] = gold["stated"].astype(str).str.lower() == "true"
    tallies = {name: [0, 0, 0] for name in ("all", "stated_numbers", "no_implicit")}
    by_outcome: Counter = Counter()
    by_outcome_gold: Counter = Counter()
    misses, spurious = [], []
    per_passage = {}  # id -> [correct, predicted, gold] for "all"
    for passage in passages:
        pid = passage["id"]
        table = extract_casualties(docs[pid])
        table = table[table["repeat_of"].isna()]  # a toll reported twice counts once
        implicit = table["implicit"].fillna(False).astype(bool)
        predicted = [_key(o, c) for o, c in zip(table["outcome"], table["count"], strict=True)]
        written = [  # the figures with a numeral in the text
            _key(o, c) for o, c in zip(table.loc[~implicit, "outcome"],
                                       table.loc[~implicit, "count"], strict=True)
        ]  # fmt: skip
        rows = gold[gold["id"] == pid]
        keys = [_key(o, c) for o, c in zip(rows["outcome"], rows["count"], strict=True)]
        hits, left = _match(keys, predicted)
        tallies["all"][0] += len(predicted) - len(left)
        tallies["all"][1] += len(predicted)
        tallies["all"][2] += len(keys)
        per_passage[pid] = [len(predicted) - len(left), len(predicted), len(keys)]
        # Stated numbers only: gold rows with a written count; predictions with a count,
        # matched against those rows.
        numbered = rows[rows["stated"] & rows["count"].notna()]
        nkeys = [_key(o, c) for o, c in zip(numbered["outcome"], numbered["count"], strict=True)]
        npred = [k for k in written if k[1] is not None]
        _hits, nleft = _match(nkeys, npred)
        tallies["stated_numbers"][0] += len(npred) - len(nleft)
        tallies["stated_numbers"][1] += len(npred)
        tallies["stated_numbers"][2] += len(nkeys)
        explicit = rows[~rows["implicit"]]
        ekeys = [_key(o, c) for o, c in zip(explicit["outcome"], explicit["count"], strict=True)]
        _hits, eleft = _match(ekeys, written)
        tallies["no_implicit"][0] += len(written) - len(eleft)
        tallies["no_implicit"][1] += len(written)
        tallies["no_implicit"][2] += len(ekeys)
        for key, hit in zip(keys, hits, strict=True):
            by_outcome_gold[key[0]] += 1
            by_outcome[key[0]] += hit
            if not hit:
                misses.append([pid, *key])
        spurious.extend([pid, *key] for key in left)
    result = {name: _prf(*t) for name, t in tallies.items()}
    result["found_by_outcome"] = {o: f"{by_outcome[o]}/{n}" for o, n in by_outcome_gold.items()}
    result["kidnapped_outcome_in_package"] = "kidnapped" in OUTCOMES
    result["missed"] = misses
    result["spurious"] = spurious
    result["_per_passage"] = per_passage
    return result


def score_actors(passages: list[dict], docs: dict) -> dict:
    gold = pd.read_csv(HERE / "gold_actors.csv")
    places = pd.read_csv(HERE / "gold_places.csv")
    found: Counter = Counter()
    total: Counter = Counter()
    missed, leaks, place_only = [], [], []
    any_found = 0
    per_passage = {}  # id -> [found, total]
    for passage in passages:
        pid, text = passage["id"], passage["text"]
        per_passage[pid] = [0, 0]
        actors = extract_actors(docs[pid])
        spans = list(zip(actors["start"], actors["end"], actors["actor_type"],
                         actors["mention"], strict=True))  # fmt: skip
        for mention, actor_type in gold.loc[
            gold["id"] == pid, ["mention", "actor_type"]
        ].itertuples(index=False):
            start = text.find(mention)
            end = start + len(mention)
            total[actor_type] += 1
            ok = start >= 0 and any(
                s < end and e > start and t == actor_type for s, e, t, _ in spans
            )
            found[actor_type] += ok
            # Secondary, name-level figure: any whole-word occurrence of the mention (the
            # first one can be another thing: "police" in a headline's "police station").
            any_found += ok or any(
                s < m.end() and e > m.start() and t == actor_type
                for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)
                for s, e, t, _ in spans
            )
            per_passage[pid][0] += ok
            per_passage[pid][1] += 1
            if not ok:
                got = [f"{m}:{t}" for s, e, t, m in spans if s < end and e > start]
                missed.append([pid, mention, actor_type, got])
        for place in places.loc[places["id"] == pid, "place"]:
            # whole words only: a town "Ana" is not in "Anahita" (set 11's writer saw that leak)
            for match in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)", text):
                for s, e, t, m in spans:
                    if s < match.end() and e > match.start():
                        leaks.append([pid, place, m, t])
                        # The mention is the place itself (not "Israeli officials" for
                        # "Israel", nor an actor named after its town).
                        whole = re.search(rf"\b{re.escape(place)}\b", text[s:e]) is not None
                        if whole and s >= match.start() and e <= match.end():
                            place_only.append((pid, place, m, t))
    n_found, n_total = sum(found.values()), sum(total.values())
    leaked = {tuple(x) for x in leaks}
    return {
        "found": n_found, "total": n_total, "share": round(n_found / n_total, 3),
        "share_any_mention": round(any_found / n_total, 3),
        "by_type": {t: f"{found[t]}/{n}" for t, n in total.most_common()},
        "places_returned_as_actors": len(leaked),
        "place_leaks": sorted(list(x) for x in leaked),
        "places_as_whole_mentions": len(set(place_only)),
        "missed": missed,
        "_per_passage": per_passage,
    }  # fmt: skip


def by_style(passages: list[dict], casualties: dict, actors: dict) -> dict:
    """Casualty "all" F1 and actor share per style, and for full articles (> 250 words)."""
    groups: dict[str, list[str]] = {}
    for passage in passages:
        groups.setdefault(passage["style"], []).append(passage["id"])
        if len(passage["text"].split()) > FULL_ARTICLE_WORDS:
            groups.setdefault("full_articles", []).append(passage["id"])
    out = {}
    for name, ids in groups.items():
        tally = [sum(casualties["_per_passage"][i][k] for i in ids) for k in range(3)]
        found = sum(actors["_per_passage"][i][0] for i in ids)
        total = sum(actors["_per_passage"][i][1] for i in ids)
        out[name] = {
            "passages": len(ids),
            "casualties_all": _prf(*tally),
            "actors_share": round(found / total, 3) if total else None,
            "actors_found": f"{found}/{total}",
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="directory with passages.jsonl and the gold CSVs")  # fmt: skip
    parser.add_argument("--by-style", action="store_true",
                        help="add by_style (on for any --data but the default)")  # fmt: skip
    parser.add_argument("--skip", default="", metavar="IDS",
                        help="comma-separated passage ids to leave out")  # fmt: skip
    args = parser.parse_args()
    global HERE
    HERE = args.data.resolve()
    lines = (HERE / "passages.jsonl").read_text(encoding="utf-8").splitlines()
    skip = {pid.strip() for pid in args.skip.split(",") if pid.strip()}
    passages = [json.loads(line) for line in lines if line.strip()]
    unknown = skip - {p["id"] for p in passages}
    if unknown:
        parser.error(f"--skip names passages {HERE.name} does not have: {sorted(unknown)}")
    passages = [p for p in passages if p["id"] not in skip]
    nlp = load_nlp()
    docs = {p["id"]: nlp(p["text"]) for p in passages}
    casualties = score_casualties(passages, docs)
    actors = score_actors(passages, docs)
    result = {"passages": len(passages), "casualties": casualties, "actors": actors}
    if skip:
        result["skipped"] = sorted(skip)
    if args.by_style or DEFAULT_DATA.resolve() != HERE:
        result["by_style"] = by_style(passages, casualties, actors)
    del casualties["_per_passage"], actors["_per_passage"]
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
