"""Time `link_incidents` on 100,000 synthetic casualty figures (issue 10: under 10 s).

Usage: ``python benchmarks/bench_link.py [--figures 100000] [--seed 10]``

The figures are made up by a seeded generator, not extracted: 40 countries with 60 towns
each, incidents spread over two years, each reported by one to six documents over the
following days (so the same incident has real duplicates across sources, some with the
date off by a day, some dated only by the week or the report, some placed only by
country), with wounded figures, parts and a share of running and cumulative tolls.
Prints the seconds (wall clock and this process's CPU time), figures per second, and
the pairwise precision / recall of the links against the generator's incidents (a sanity
check, not the corpus evaluation).
"""

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import link_incidents  # noqa: E402
from analysis.extract.casualties import COLUMNS  # noqa: E402

START = dt.date(2023, 1, 1)
DAYS = 730


def synthetic(n_figures: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """(casualties, documents, figure -> true incident) with about `n_figures` rows."""
    rng = random.Random(seed)
    countries = [f"Country {i:02d}" for i in range(40)]
    towns = {
        c: [(f"{c} town {j}", rng.uniform(-30, 30), rng.uniform(-20, 60)) for j in range(60)]
        for c in countries
    }
    rows, docs, truth = [], [], {}
    incident = 0
    while len(rows) < n_figures:
        country = rng.choice(countries)
        town, lat, lon = rng.choice(towns[country])
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        killed = rng.randint(1, 80)
        for _report in range(rng.randint(1, 6)):
            doc = f"d{len(docs):06d}"
            published = day + dt.timedelta(days=rng.randint(0, 4))
            docs.append((doc, published.isoformat()))
            figs = _document(rng, doc, day, published, killed, (town, lat, lon), country)
            for fig in figs:
                if fig["scope"] == "incident":
                    truth[(doc, fig["figure_id"])] = incident
            rows += figs
        incident += 1
    frame = pd.DataFrame(rows, columns=["doc_id", *COLUMNS])
    return frame, pd.DataFrame(docs, columns=["doc_id", "published"]), truth


def _document(rng: random.Random, doc: str, day: dt.date, published: dt.date, killed: int,
              town: tuple[str, float, float], country: str) -> list[dict]:  # fmt: skip
    name, lat, lon = town
    shown = day + dt.timedelta(days=rng.choice([0, 0, 0, 0, 1]))
    precision = rng.choice(["day"] * 8 + ["week", "report"])
    if precision == "week":
        shown -= dt.timedelta(days=shown.weekday())
    placed = rng.random() < 0.85
    base = dict.fromkeys(COLUMNS)
    base.update(doc_id=doc, qualifier="exact", scope="incident", date=shown.isoformat(),
                date_precision=precision, country=country,
                place=name if placed else country, place_precision="city" if placed else "country",
                latitude=lat if placed else None, longitude=lon if placed else None)  # fmt: skip
    count = max(1, killed + rng.choice([0, 0, 0, -2, 3]))
    wounded = rng.randint(0, 120)
    figs = [{**base, "figure_id": 0, "outcome": "killed", "count": count, "start": 10},
            {**base, "figure_id": 1, "outcome": "wounded", "count": wounded, "start": 80},
            {**base, "figure_id": 2, "outcome": "killed", "count": max(1, count // 3),
             "part_of": 0, "start": 90}]  # fmt: skip
    if rng.random() < 0.1:
        month = published.replace(day=1).isoformat()
        figs.append({**base, "figure_id": 3, "outcome": "killed", "start": 200,
                     "count": rng.randint(1000, 90000), "scope": "cumulative", "place": country,
                     "place_precision": "country", "date": month,
                     "date_precision": "month"})  # fmt: skip
    for fig in figs:
        fig["end"] = fig["start"] + 5
    return figs


def pairwise(links: pd.DataFrame, truth: dict) -> tuple[float, float]:
    """Pairwise precision and recall of predicted incidents against the true ones."""
    keys = zip(links["doc_id"], links["figure_id"], links["incident_id"], strict=True)
    pairs = pd.DataFrame(
        [(truth[(d, f)], i) for d, f, i in keys if (d, f) in truth and isinstance(i, str)],
        columns=["true", "pred"],
    )  # fmt: skip

    def same(counts: pd.Series) -> int:
        return int((counts * (counts - 1) // 2).sum())

    both = same(pairs.groupby(["true", "pred"]).size())
    return both / max(1, same(pairs.groupby("pred").size())), both / max(
        1, same(pairs.groupby("true").size())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    casualties, documents, truth = synthetic(args.figures, args.seed)
    started, cpu = time.perf_counter(), time.process_time()
    incidents, links = link_incidents(casualties, documents)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    precision, recall = pairwise(links, truth)
    print(f"figures {len(casualties):,} in {documents.shape[0]:,} documents -> incidents "
          f"{len(incidents):,} (true {len(set(truth.values())):,})")  # fmt: skip
    print(
        f"link_incidents: {seconds:.2f} s wall ({cpu:.2f} s CPU: on a busy machine the wall "
        f"time counts other processes' turns), {len(casualties) / seconds:,.0f} figures/s"
    )
    print(
        f"pairwise precision {precision:.3f} recall {recall:.3f} against the generator's incidents"
    )


if __name__ == "__main__":
    main()
