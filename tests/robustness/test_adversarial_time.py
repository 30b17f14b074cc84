"""Issue 12, item 15: casualty extraction time grows with the text, not with its square.

A sentence with a "respectively" list of n numbers and n names took 11.5 s at n = 2,000
and 355 s at n = 10,000; `benchmarks/bench_adversarial.py` measures 1 KB to 1 MB.
"""

import sys
import time
from pathlib import Path

from analysis.extract.casualties import casualty_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_adversarial import adversarial_text


def seconds(doc) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        casualty_rows(doc)
        best = min(best, time.perf_counter() - started)
    return best


def test_a_2000_number_respectively_list_is_linear(nlp) -> None:
    small, large = nlp(adversarial_text(8_000)), nlp(adversarial_text(32_000))
    casualty_rows(small)  # warm the compiled rules
    rows = casualty_rows(large)
    assert len(rows["figure_id"]) > 1_800
    t_small, t_large = seconds(small), seconds(large)
    assert t_large < 5.0  # was 11.5 s
    # Four times the figures: about 4x the time if linear, 16x if quadratic.
    assert t_large / t_small < 8, (t_small, t_large)
