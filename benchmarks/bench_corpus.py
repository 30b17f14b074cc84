"""Benchmark `process_corpus` against raw spaCy on a corpus recombined from the seeds.

Run: ``make benchmark`` or ``.venv/bin/python benchmarks/bench_corpus.py``. Prints JSON and a
table, writes ``benchmarks/results.json`` and the results block of ``benchmarks/README.md``.

The corpus: every sentence of the seed articles (read with `load_corpus`), recombined with a
fixed random seed into articles of 3-6 sentences, their numbers redrawn, so no two articles
share a text (a repeated text would flatter spaCy's tokenizer cache). Sizes are chosen to
finish in under five minutes on two cores: 400 articles for the speed measures.
"""

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from analysis import load_corpus
from analysis.corpus import pipeline_for, process_corpus
from analysis.extract import get_table, table_names

TABLES = table_names()

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = 20240601
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
# Big enough that starting worker processes and loading the model in them weigh little
# against the run (a steady state), small enough for the script to stay under five minutes
# on two cores.
SPEED_DOCS = 400


# --- corpus -----------------------------------------------------------------------------


def seed_sentences(seeds: Path = ROOT / "seeds") -> list[str]:
    """Every sentence of the cleaned seed articles."""
    texts = load_corpus(seeds)["text"]
    return [s for text in texts for s in re.split(r"(?<=[.!?”])\s+", text) if len(s.split()) > 3]


def _redraw_numbers(sentence: str, rng: random.Random) -> str:
    return re.sub(r"\b\d[\d,]*\b", lambda m: f"{rng.randint(2, 950):,}", sentence)


def write_corpus(
    folder: Path, n_docs: int, *, sentences: tuple[int, int] = (3, 6), seed: int = SEED
) -> Path:
    """Write `n_docs` articles of recombined seed sentences into `folder`."""
    pool = seed_sentences()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        k = rng.randint(*sentences)
        body = [_redraw_numbers(s, rng) for s in rng.sample(pool, min(k, len(pool)))]
        paragraphs = [" ".join(body[j : j + 2]) for j in range(0, len(body), 2)]
        text = f"Report {i}\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"bench_{i:05d}.txt").write_text(text)
    return folder


# --- timing -----------------------------------------------------------------------------


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = run()
    return time.perf_counter() - start, value


def best_of(repeats: int, runs: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """Time each run `repeats` times, interleaved so background load hits all; keep the best."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeats):
        for name, run in runs.items():
            best[name] = min(best[name], timed(run)[0])
    return best


def speed_section(
    frame: Any, tables: tuple[str, ...], *, batch_size: int, n_process: int, repeats: int,
    bare_loop: bool = True,
) -> dict:  # fmt: skip

    texts = list(frame.loc[frame["status"] == "ok", "text"])
    words = sum(len(t.split()) for t in texts)
    nlp = pipeline_for(tables)
    extractors = [get_table(table).frame for table in tables]
    for extract in extractors:  # load the model and warm up before timing
        extract(nlp(texts[0]))

    def raw(n: int) -> Callable[[], int]:
        return lambda: sum(1 for _ in nlp.pipe(texts, n_process=n, batch_size=batch_size))

    def loop() -> None:  # nlp.pipe plus every extractor: the same work, no orchestration
        for doc in nlp.pipe(texts, batch_size=batch_size):
            for extract in extractors:
                extract(doc)

    def corpus(n: int, cache_dir: Path | None = None) -> Callable[[], Any]:
        return lambda: process_corpus(
            frame, tables=tables, n_process=n, batch_size=batch_size, cache_dir=cache_dir,
            progress=False,
        )  # fmt: skip

    runs = {"raw_1": raw(1), "corpus_1": corpus(1)} | ({"loop_1": loop} if bare_loop else {})
    if n_process > 1:
        runs |= {"raw_2": raw(n_process), "corpus_2": corpus(n_process)}
    best = best_of(repeats, runs)
    out: dict[str, Any] = {
        "tables": list(tables),
        "pipes": nlp.pipe_names,
        "documents": len(texts),
        "words": words,
        "best_of": repeats,
        "raw_pipe_1_wps": words / best["raw_1"],
        "process_corpus_1_wps": words / best["corpus_1"],
        "ratio_vs_raw_pipe_1": best["raw_1"] / best["corpus_1"],
    }
    if bare_loop:
        out["pipe_plus_extractors_1_wps"] = words / best["loop_1"]
        out["ratio_vs_pipe_plus_extractors_1"] = best["loop_1"] / best["corpus_1"]
    if n_process > 1:
        out |= {
            "raw_pipe_2_wps": words / best["raw_2"],
            "process_corpus_2_wps": words / best["corpus_2"],
            "ratio_vs_raw_pipe_2": best["raw_2"] / best["corpus_2"],
            "speedup_2_vs_1": best["corpus_1"] / best["corpus_2"],
        }
        with tempfile.TemporaryDirectory() as cache:
            first, _ = timed(corpus(n_process, Path(cache)))
            second, result = timed(corpus(n_process, Path(cache)))
        out |= {
            "cached_first_s": first,
            "cached_second_s": second,
            "cache_speedup": first / second,
            "cache_second_parsed": result.stats.parsed,
            "cache_second_extracted": result.stats.extracted,
        }
    return out


def profile_section(frame: Any, tables: tuple[str, ...]) -> dict:
    """Milliseconds per article spent in each pipe and each extractor (one process)."""
    texts = list(frame.loc[frame["status"] == "ok", "text"])
    nlp = pipeline_for(tables)
    pipes = dict.fromkeys(nlp.pipe_names, 0.0)
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            seconds, doc = timed(lambda doc=doc, component=component: component(doc))
            pipes[name] += seconds
        docs.append(doc)
    extractors = {}
    for table in tables:
        extract = get_table(table).frame
        extractors[table] = timed(lambda extract=extract: [extract(doc) for doc in docs])[0]
    per_doc = 1000 / len(texts)
    return {
        "pipe_ms_per_doc": {name: s * per_doc for name, s in pipes.items()},
        "extractor_ms_per_doc": {name: s * per_doc for name, s in extractors.items()},
    }


def dask_section(frame: Any, tables: tuple[str, ...], *, batch_size: int) -> dict:
    from distributed import Client, LocalCluster

    words = sum(len(t.split()) for t in frame.loc[frame["status"] == "ok", "text"])
    start = time.perf_counter()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        startup = time.perf_counter() - start

        def run(documents: Any) -> Callable[[], Any]:
            return lambda: process_corpus(
                documents, tables=tables, engine="dask", scheduler=client, batch_size=batch_size,
                progress=False,
            )  # fmt: skip

        warm_up, _ = timed(run(frame.head(16)))  # each worker loads the model once
        seconds, _ = timed(run(frame))
    return {
        "cluster_startup_s": startup,
        "worker_warm_up_s": warm_up,
        "dask_s": seconds,
        "dask_wps": words / seconds,
    }


# --- memory (each size in a fresh process) ------------------------------------------------


def memory_child(n_docs: int, n_process: int, batch_size: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp) / "corpus", n_docs, sentences=(1, 1), seed=SEED + n_docs)
        words = sum(len(path.read_text(encoding="utf-8").split()) for path in folder.iterdir())
        # Streamed from the folder, as a user runs it: no table of texts is built first.
        seconds, result = timed(lambda: process_corpus(
            folder, tables=TABLES, n_process=n_process, batch_size=batch_size, progress=False
        ))  # fmt: skip
        result.write(Path(tmp) / "out")
    return {
        "documents": n_docs,
        "words": words,
        "seconds": seconds,
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "rss_at_end_mb": _current_rss_mb(),
        "rows": {name: len(getattr(result, name)) for name in TABLES},
    }


def _current_rss_mb() -> float:
    status = Path("/proc/self/status")
    text = status.read_text() if status.exists() else ""
    found = re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE)
    return int(found.group(1)) / 1024 if found else float("nan")


def memory_section(sizes: list[int], *, n_process: int, batch_size: int) -> list[dict]:
    runs = []
    for n in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(n), "--n-process", str(n_process),
             "--batch-size", str(batch_size)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


# --- how busy the machine is -------------------------------------------------------------


def _spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - start


def parallel_capacity() -> float:
    """How many processes' worth of CPU the machine gives two busy processes now (≈2 if idle)."""
    import multiprocessing

    alone = min(_spin(0) for _ in range(2))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        together = max(pool.map(_spin, [0, 1]))
    return 2 * alone / together


# --- report -----------------------------------------------------------------------------


def machine() -> dict:
    cpuinfo = Path("/proc/cpuinfo")
    info = cpuinfo.read_text() if cpuinfo.exists() else ""
    models = re.findall(r"^model name\s*:\s*(.+)$", info, re.MULTILINE)
    meta = pipeline_for(TABLES).meta
    return {
        "nproc": os.cpu_count(),
        "cpu": models[0].strip() if models else platform.processor(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{meta['lang']}_{meta['name']} {meta['version']}",
        "platform": platform.platform(),
    }


Row = tuple[str, str, str, str]


def row(measure: str, result: str, target: str = "", met: bool | None = None) -> Row:
    return measure, result, target, "" if met is None else ("yes" if met else "no")


def _wps(value: float) -> str:
    return f"{value:,.0f} words/s"


def table_rows(results: dict) -> list[Row]:
    full, light = results["speed_all_tables"], results["speed_actors_only"]
    ratio, light_ratio = full["ratio_vs_raw_pipe_1"], light["ratio_vs_raw_pipe_1"]
    cache = f"({full['cached_first_s']:.1f} s → {full['cached_second_s']:.2f} s)"
    speedup, cached = full["speedup_2_vs_1"], full["cache_speedup"]
    rows = [
        row("raw `nlp.pipe`, all tables' pipes, 1 process", _wps(full["raw_pipe_1_wps"])),
        row("`process_corpus`, all 4 tables, 1 process", _wps(full["process_corpus_1_wps"])),
        row("  ratio to raw `nlp.pipe` (all 4 tables)", f"{ratio:.2f}", "≥ 0.9", ratio >= 0.9),
        row("  ratio to `nlp.pipe` + extractors, bare loop",
            f"{full['ratio_vs_pipe_plus_extractors_1']:.2f}"),
        row("  ratio to raw `nlp.pipe` (actors only)", f"{light_ratio:.2f}", "≥ 0.9",
            light_ratio >= 0.9),
        row("raw `nlp.pipe`, 2 processes", _wps(full["raw_pipe_2_wps"])),
        row("`process_corpus`, 2 processes", _wps(full["process_corpus_2_wps"])),
        row("  speed-up, 2 processes over 1", f"{speedup:.2f}x", "≥ 1.5x", speedup >= 1.5),
        row("cached second run vs first", f"{cached:.1f}x {cache}", "≥ 5x", cached >= 5),
    ]  # fmt: skip
    for run in results["memory"]:
        rss = (
            f"{run['peak_rss_main_mb']:,.0f} MB main ({run['rss_at_end_mb']:,.0f} MB at the end), "
            f"{run['peak_rss_worker_mb']:,.0f} MB worker"
        )
        size = f"{run['documents']:,} documents ({run['words']:,} words)"
        rows.append(row(f"peak RSS, {size}", rss))
    if len(results["memory"]) >= 2:
        small, large = results["memory"][0], results["memory"][-1]
        growth = large["peak_rss_main_mb"] / small["peak_rss_main_mb"]
        rows.append(row("  growth, largest vs smallest", f"{growth:.2f}x", "≤ 1.2x", growth <= 1.2))
    if "dask" in results:
        d = results["dask"]
        setup = f"cluster start {d['cluster_startup_s']:.1f} s and model load not counted"
        rows.append(row("dask engine, 2 local workers", f"{_wps(d['dask_wps'])} ({setup})"))
        versus = d["dask_wps"] / full["process_corpus_2_wps"]
        rows.append(row("  against `n_process=2`", f"{versus:.2f}"))
    return rows


def markdown(results: dict) -> str:
    m = results["machine"]
    head = (
        f"Machine: {m['nproc']} CPU cores ({m['cpu']}), Python {m['python']}, spaCy {m['spacy']}, "
        f"model {m['model']}. Corpus: {results['speed_all_tables']['documents']} articles, "
        f"{results['speed_all_tables']['words']:,} words, seed {SEED}; total benchmark time "
        f"{results['seconds']:.0f} s. {_busy(results['busy'])}\n\n"
    )
    lines = ["| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in table_rows(results)]
    return head + "\n".join(lines) + "\n" + _profile_table(results.get("profile"))


def _profile_table(profile: dict | None) -> str:
    if not profile:
        return ""
    steps = [(f"pipe `{name}`", ms) for name, ms in profile["pipe_ms_per_doc"].items()]
    steps += [(f"extractor `{name}`", ms) for name, ms in profile["extractor_ms_per_doc"].items()]
    lines = ["", "Where one process spends its time (ms per article):", "",
             "| step | ms/article |", "|---|---|"]  # fmt: skip
    lines += [f"| {step} | {ms:.1f} |" for step, ms in steps]
    return "\n".join(lines) + "\n"


def _busy(busy: dict) -> str:
    capacity = min(busy["capacity_before"], busy["capacity_after"])
    load = max(busy["load_before"][0], busy["load_after"][0])
    note = "" if capacity > 1.8 else " Other jobs were running, so the parallel figures are low."
    return (
        f"Two busy processes got {capacity:.2f} cores' worth of CPU (2.0 on an idle machine); "
        f"load average up to {load:.1f}.{note}"
    )


def update_readme(results: dict, readme: Path = HERE / "README.md") -> None:
    text = readme.read_text() if readme.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    readme.write_text(f"{before}{BEGIN}\n{markdown(results)}{END}{after}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--docs", type=int, default=SPEED_DOCS, help="articles in the speed corpus"
    )
    parser.add_argument("--repeats", type=int, default=2, help="timings per measure (best kept)")
    parser.add_argument(
        "--memory-sizes", default="2000,50000", help="corpus sizes for peak memory"
    )
    parser.add_argument(
        "--memory-only", action="store_true", help="measure only peak memory (and print it)"
    )
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("ANALYSIS_PROGRESS", "0")
    if args.memory_child:
        print(json.dumps(memory_child(args.memory_child, args.n_process, args.batch_size)))
        return 0

    if args.memory_only:
        runs = memory_section(
            [int(n) for n in args.memory_sizes.split(",")], n_process=args.n_process,
            batch_size=args.batch_size,
        )  # fmt: skip
        print(json.dumps(runs, indent=1))
        return 0
    start = time.perf_counter()
    results: dict[str, Any] = {"machine": machine(), "seed": SEED}
    results["busy"] = {"load_before": os.getloadavg(), "capacity_before": parallel_capacity()}
    with tempfile.TemporaryDirectory() as tmp:
        frame = load_corpus(write_corpus(Path(tmp) / "corpus", args.docs))
    results["speed_all_tables"] = speed_section(
        frame, TABLES, batch_size=args.batch_size, n_process=args.n_process, repeats=args.repeats
    )
    results["speed_actors_only"] = speed_section(
        frame, ("actors",), batch_size=args.batch_size, n_process=1, repeats=args.repeats,
        bare_loop=False,
    )  # fmt: skip
    results["profile"] = profile_section(frame, TABLES)
    results["memory"] = memory_section(
        [int(n) for n in args.memory_sizes.split(",")], n_process=args.n_process,
        batch_size=args.batch_size,
    )  # fmt: skip
    if not args.no_dask:
        results["dask"] = dask_section(frame, TABLES, batch_size=args.batch_size)
    results["busy"] |= {"load_after": os.getloadavg(), "capacity_after": parallel_capacity()}
    results["seconds"] = time.perf_counter() - start

    print(json.dumps(results, indent=1))
    print(markdown(results))
    if not args.no_write:
        (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n")
        update_readme(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
