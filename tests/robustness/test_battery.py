"""The bad-input battery (benchmarks/bad_inputs.py): no record lost, no traceback, no hang."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Kinds that a test of their own already runs, with sharper assertions; the battery as a
# benchmark (`python benchmarks/bad_inputs.py`) still runs them all.
OWN_TESTS = {
    "a 20 MB file": "tests/unit/test_load.py::test_twenty_megabyte_file",
    "SIGKILL midway": "tests/slow/test_kill.py",
    "of the CLI with --n-process 2": "tests/robustness/test_runs.py (SIGTERM, Ctrl-C, SIGKILL)",
}


PARTS = 4  # interleaved parts, one test each, so that the test workers share the battery


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
def test_the_battery_loses_nothing_and_never_crashes_or_hangs(part: int) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bad_inputs.py"), f"--part={part}/{PARTS}",
         *(f"--skip={kind}" for kind in OWN_TESTS)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.endswith("lost records 0, tracebacks 0, hangs 0"), done.stdout[-3000:] + done.stderr[-3000:]
    tried, clean = (int(words.split()[-1]) for words in summary.split(", ")[:2])
    assert clean == tried > 0, done.stdout
