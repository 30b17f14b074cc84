"""Build small, varied test corpora from the seed article (used by the corpus, cache and CLI tests)."""

import json
import random
import re
from pathlib import Path

import analysis

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed_sentences() -> list[str]:
    """The sentences of the seed articles' cleaned text."""
    texts = analysis.load_corpus(SEEDS)["text"]
    return [s for text in texts for s in re.split(r"(?<=[.!?”])\s+", text) if len(s) > 30]


def write_articles(folder: Path, n: int, *, seed: int = 0, sentences: int = 2) -> list[Path]:
    """Write `n` short articles of recombined seed sentences; return their paths."""
    pool = seed_sentences()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths, bodies = [], set()
    for i in range(n):
        body = "\n\n".join(rng.sample(pool, sentences))
        for _ in range(10):  # "Report i" is a headline, so equal bodies would be one document
            if body not in bodies:
                break
            body = "\n\n".join(rng.sample(pool, sentences))
        bodies.add(body)
        path = folder / f"article_{i:03d}.txt"
        path.write_text(f"Report {i}\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_mixed_corpus(folder: Path, n_good: int = 5) -> int:
    """Write good articles plus bad inputs of every kind; return the number of rows to expect."""
    write_articles(folder, n_good)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners in Aleppo said 12 people were killed.".encode("latin-1"))
    sentences = seed_sentences()
    records = [json.dumps({"id": "rec-a", "text": sentences[0]}), "{not json", json.dumps({"text": sentences[1]})]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (folder / "no_text.csv").write_text("title,body\nA,B\n", encoding="utf-8")
    return n_good + 4 + 3 + 1
