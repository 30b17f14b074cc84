"""Issue 12, item 15: casualty extraction time grows with the text, not with its square.

A sentence with a "respectively" list of n numbers and n names took 11.5 s at n = 2,000
and 355 s at n = 10,000; `benchmarks/bench_adversarial.py` measures 1 KB to 1 MB. Each
size is timed on its first extraction from a fresh Doc, as in a real run (what is worked
out once per Doc counts too).
"""

import sys
import time
from pathlib import Path

import pytest

from analysis.extract.casualties import casualty_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_adversarial import adversarial_text


def first_extraction(nlp, n_bytes: int, repeats: int = 3) -> tuple[float, int]:
    """The best of `repeats` first extractions, each from a fresh Doc.

    The best, not one, timing: a single one is at the mercy of whatever else the machine
    is running (a busy two-core machine once made a linear 1.2 s take 5 s).
    """
    times, figures = [], 0
    for _ in range(repeats):
        doc = nlp(adversarial_text(n_bytes))
        started = time.perf_counter()
        rows = casualty_rows(doc)
        times.append(time.perf_counter() - started)
        figures = len(rows["figure_id"])
    return min(times), figures


@pytest.mark.parametrize(
    "small_kb",
    [pytest.param(8, id="8-32KB"), pytest.param(32, id="32-128KB", marks=pytest.mark.slow)],
)
def test_a_long_respectively_list_is_linear(nlp, small_kb: int) -> None:
    first_extraction(nlp, 2_000, repeats=1)  # load what every run loads once (rules, gazetteers)
    t_small, _ = first_extraction(nlp, small_kb * 1000)
    t_large, figures = first_extraction(nlp, 4 * small_kb * 1000)
    assert figures > 1_800 * small_kb / 8
    # Four times the figures: about 4x the time if linear, 16x if quadratic.
    assert t_large / t_small < 8, (t_small, t_large)
