"""Score main-text extraction of saved news pages: the old stripper against trafilatura.

The five pages and their gold are in `html_pages/` (see its README). Each page is read two
ways and scored against `gold.json`:

- "stripper": the project's own `html_to_text` (all visible text) then `clean_article`,
  the path every HTML page took before trafilatura; the title is the headline
  `clean_article` finds, and there is no publication date (it read no metadata).
- "trafilatura": `analysis.load_corpus` on the file, the path a page takes now: the main
  text by trafilatura (the stripper only when it finds nothing), title and date from
  the page's metadata.

Measures, per page and averaged over the pages:

- `paragraph_recall`: share of gold body paragraphs found whole in the text (whitespace
  collapsed); `paragraph_recall_fuzzy`: found as a paragraph at least 90% similar
  (difflib ratio), which forgives a changed quote or a dropped inline link.
- `boilerplate_leaked`: share of the gold boilerplate strings (navigation, cookie banner,
  sidebar headlines, comments, ads, newsletter, footer) found in the text;
  `numbered_boilerplate_leaked`: the same for those holding a digit, the ones a casualty
  extractor would take for figures.
- `title_right`, `date_right`: the document title and `published` date equal the gold.

Usage:
    python benchmarks/eval_html.py   # prints a table, writes benchmarks/results_html.json
"""

import difflib
import json
import sys
import warnings
from pathlib import Path
from typing import Any

from analysis.cleaning.article import clean_article
from analysis.cleaning.html import html_to_text
from analysis.corpus.documents import load_corpus

HERE = Path(__file__).resolve().parent
PAGES = HERE / "html_pages"
RESULTS = HERE / "results_html.json"
FUZZY = 0.9
MEASURES = (
    "paragraph_recall", "paragraph_recall_fuzzy", "boilerplate_leaked",
    "numbered_boilerplate_leaked", "title_right", "date_right",
)  # fmt: skip


def _collapse(text: str) -> str:
    return " ".join(text.split())


def read_with_stripper(path: Path) -> dict[str, Any]:
    """The old path: all visible text, the headline from the text, no date."""
    article = clean_article(html_to_text(path.read_text(encoding="utf-8")))
    return {"text": article.text, "title": article.title, "published": None}


def read_with_pipeline(path: Path) -> dict[str, Any]:
    """The package's path: `load_corpus` on the file (trafilatura, page metadata)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        row = load_corpus(path).iloc[0]
    return {"text": row["text"], "title": row["title"], "published": row["published"]}


def _share(hits: list[bool]) -> float | None:
    return round(sum(hits) / len(hits), 3) if hits else None


def score(found: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """The measures for one page read one way (see the module docstring)."""
    text = _collapse(found["text"] or "")
    paragraphs = [_collapse(p) for p in (found["text"] or "").split("\n\n") if p.strip()]
    exact, fuzzy = [], []
    for paragraph in (_collapse(p) for p in gold["paragraphs"]):
        exact.append(paragraph in text)
        best = max(
            (difflib.SequenceMatcher(None, paragraph, p).ratio() for p in paragraphs), default=0
        )
        fuzzy.append(paragraph in text or best >= FUZZY)
    leaked = [b for b in gold["boilerplate"] if _collapse(b) in text]
    numbered = [b for b in gold["boilerplate"] if any(c.isdigit() for c in b)]
    return {
        "paragraph_recall": _share(exact),
        "paragraph_recall_fuzzy": _share(fuzzy),
        "boilerplate_leaked": _share([b in leaked for b in gold["boilerplate"]]),
        "numbered_boilerplate_leaked": _share([b in leaked for b in numbered]),
        "title_right": _collapse(found["title"] or "") == _collapse(gold["title"]),
        "date_right": found["published"] == gold["published"],
        "title": found["title"],
        "published": found["published"],
        "leaked": leaked,
    }


def evaluate(pages: Path = PAGES) -> dict[str, Any]:
    """Score both readers on every page of `pages`; per page and the mean of each measure."""
    gold_pages = json.loads((pages / "gold.json").read_text(encoding="utf-8"))
    results: dict[str, Any] = {}
    for name, reader in (("stripper", read_with_stripper), ("trafilatura", read_with_pipeline)):
        per_page = {g["file"]: score(reader(pages / g["file"]), g) for g in gold_pages}
        mean = {
            measure: round(sum(float(p[measure]) for p in per_page.values()) / len(per_page), 3)
            for measure in MEASURES
        }
        results[name] = {"mean": mean, "pages": per_page}
    return results


def main() -> int:
    """Print the means of both readers and write `results_html.json`."""
    results = evaluate()
    print(f"{'measure':30} {'stripper':>9} {'trafilatura':>12}")
    for measure in MEASURES:
        old, new = (results[name]["mean"][measure] for name in ("stripper", "trafilatura"))
        print(f"{measure:30} {old:9.3f} {new:12.3f}")
    for page, found in results["trafilatura"]["pages"].items():
        if found["leaked"]:
            print(f"trafilatura leaks on {page}: {found['leaked']}")
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
