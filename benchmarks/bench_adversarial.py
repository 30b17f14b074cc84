"""Time per KB of adversarial text, 1 KB to 1 MB: each extractor must stay flat (linear).

The text is one sentence holding a "respectively" list: N numbers, then N names, the
shape that made the casualty extractor quadratic in the figures of a sentence (2,000
numbers took 11.5 s; 10,000 took 355 s). Each size is parsed once (spaCy is linear and
not what is measured), then every registered table's row function runs on the Doc.
The ratio printed is the time per KB at the largest size over that at the smallest: 1
is flat; a quadratic extractor gives about 1,000 over this range.

Usage:
    python benchmarks/bench_adversarial.py [--max-kb 1000]
"""

import argparse
import sys
import time

from analysis import load_nlp
from analysis.extract.registry import get_table, table_names
from analysis.rules import RuleSet

SIZES_KB = (1, 4, 16, 64, 256, 1000)


def adversarial_text(n_bytes: int) -> str:
    """One sentence of about `n_bytes`: "killed 12, 13, ... fighters from A, B ... respectively"."""
    n = max(2, n_bytes // 17)  # about 17 bytes per (number, name) pair
    numbers = ", ".join(str(10 + i % 90) for i in range(n - 1)) + " and 7"
    names = ", ".join(f"Brigade{i}" for i in range(n - 1)) + " and the Guards"
    return f"The strikes killed {numbers} fighters from {names} respectively, officials said.\n"


def time_tables(doc, rules: RuleSet, repeats: int) -> dict[str, float]:
    """Best-of-`repeats` seconds of each table's row function on `doc`."""
    times = {}
    for name in table_names():
        table = get_table(name)
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            table.rows(doc, rules)
            best = min(best, time.perf_counter() - started)
        times[name] = best
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1000)
    args = parser.parse_args(argv)
    sizes = [kb for kb in SIZES_KB if kb <= args.max_kb]
    nlp, rules = load_nlp(), RuleSet()
    time_tables(nlp(adversarial_text(1000)), rules, 1)  # warm caches (compiled rules)
    per_kb: dict[str, list[float]] = {name: [] for name in [*table_names(), "all"]}
    header = " ".join(f"{name + ' ms/KB':>16}" for name in per_kb)
    print(f"{'KB':>6} {'tokens':>8} {'parse s':>8} {header}")
    for kb in sizes:
        text = adversarial_text(kb * 1000)
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        started = time.perf_counter()
        doc = nlp(text)
        parse = time.perf_counter() - started
        times = time_tables(doc, rules, repeats=3 if kb < 100 else 1)
        times["all"] = sum(times.values())
        size_kb = len(text.encode()) / 1000
        for name, seconds in times.items():
            per_kb[name].append(1000 * seconds / size_kb)
        cells = " ".join(f"{per_kb[name][-1]:16.3f}" for name in per_kb)
        print(f"{size_kb:6.0f} {len(doc):8d} {parse:8.1f} {cells}", flush=True)
    ratios = {name: values[-1] / values[0] for name, values in per_kb.items()}
    print(
        f"time per KB, {sizes[-1]} KB over {sizes[0]} KB: "
        + ", ".join(f"{name} {ratio:.2f}" for name, ratio in ratios.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
