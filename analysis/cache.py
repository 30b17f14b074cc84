"""Parse cache: spaCy DocBin files keyed by the cleaned text and the pipeline that parsed it.

Layout: ``CACHE_DIR/<pipeline>/<k[:2]>/<k>.spacy``. ``<pipeline>`` is a hash of
`pipeline_fingerprint` (model name and version, spaCy version, enabled and disabled pipes,
the pipeline config, and the hashes of the project's data files and component code), and
``<pipeline>/pipeline.json`` records what it stands for. ``<k>`` is the SHA-256 of the text.

Extracted tables are cached too, as JSON:
``<pipeline>/tables-<code>/<k[:2]>/<k>.<table>.json``. ``<code>`` hashes the package's
extraction code (every source file but the corpus runner, cache, CLI and plots) and the
pandas version, so editing an extractor starts a fresh table cache while the parses stay
valid. A table is cached only if its JSON reads back to an identical DataFrame (values,
columns and dtypes), so a cached run returns exactly what a fresh run would.

One file per document, because it is content-addressed: adding, removing or reordering
articles leaves every other entry valid (per-batch files would all miss after one
insertion); parallel writers (`nlp.pipe` runs, dask workers) need no locks, since two
writers of a key write the same bytes and each write is a single atomic rename; and a
damaged file costs one document. The cost is one small file per document (about 10 kB,
~2 ms to write and ~1.5 ms to read for a 400-word article, against ~100 ms to parse it).

Each file holds the bytes of a one-document `DocBin(store_user_data=True)` and nothing
else: no pickle, so loading a cache file never runs code. A file is checked on load: the
zlib stream's Adler-32 checksum, a successful DocBin decode, exactly one document, and a
text identical to the text being looked up. A file failing any check is deleted, counted
as rebuilt, and the document is parsed again.
"""

import hashlib
import inspect
import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from analysis.atomic import TEMP_SUFFIX, write_bytes_atomic

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DATA_SUFFIXES = (".csv", ".json", ".jsonl", ".tsv", ".txt", ".yml", ".yaml")
CACHE_SUFFIX = ".spacy"
STALE_TEMP_SECONDS = 3600.0
NOT_EXTRACTION_CODE = frozenset(
    {"__main__.py", "atomic.py", "cache.py", "cli.py", "corpus.py", "plots.py"}
)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_key(text: str) -> str:
    """Return the cache key of a cleaned text: its SHA-256 in hex.

    >>> text_key("Shelling in Kharkiv.")[:12]
    'a10d15b5b21a'
    """
    return _sha256(text.encode("utf-8", "surrogatepass"))


def data_file_hashes(folder: Path = DATA_DIR) -> dict[str, str]:
    """Return {file name: SHA-256} of the gazetteers and pattern files under `folder`."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in DATA_SUFFIXES)
    return {p.relative_to(folder).as_posix(): _sha256(p.read_bytes()) for p in files}


def component_code_hashes(nlp: Language) -> dict[str, str]:
    """Return {source file: SHA-256} for the project's own pipeline components.

    A component whose code lives in this package changes what the cache holds when that
    code changes; components from spaCy are covered by the spaCy and model versions.
    """
    hashes = {}
    for _, component in nlp.components:
        target = component if inspect.isfunction(component) else type(component)
        source = inspect.getsourcefile(target)
        if source and Path(source).resolve().is_relative_to(PACKAGE_DIR):
            path = Path(source).resolve()
            hashes[path.relative_to(PACKAGE_DIR).as_posix()] = _sha256(path.read_bytes())
    return dict(sorted(hashes.items()))


def package_code_hash() -> str:
    """Return one SHA-256 over the package's Python sources and the pandas version.

    The modules that run, store or show a corpus rather than extract from a document
    (`NOT_EXTRACTION_CODE`) are left out, so editing them keeps the cached tables.
    """
    digest = hashlib.sha256(pd.__version__.encode())
    sources = (p for p in PACKAGE_DIR.rglob("*.py") if p.name not in NOT_EXTRACTION_CODE)
    for path in sorted(sources):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def frame_to_json(frame: pd.DataFrame) -> bytes | None:
    """Encode a table as JSON (columns, dtypes, column values).

    Returns None if the JSON would not read back identical (an unusual dtype, or values
    JSON cannot hold).

    >>> frame = pd.DataFrame({"actor": ["Iraq", None], "count": [3, 4]}).astype({"actor": object})
    >>> frame_from_json(frame_to_json(frame)).equals(frame)
    True
    """
    frame = frame.reset_index(drop=True)
    payload = {
        "columns": list(frame.columns),
        "dtypes": [str(dtype) for dtype in frame.dtypes],
        "data": [frame.iloc[:, i].tolist() for i in range(frame.shape[1])],
    }
    try:
        data = json.dumps(payload, ensure_ascii=False).encode()
        restored = frame_from_json(data)
    except (TypeError, ValueError):  # values JSON cannot hold, or dtypes it cannot rebuild
        return None
    same_schema = list(restored.columns) == list(frame.columns) and list(restored.dtypes) == list(
        frame.dtypes
    )
    return data if same_schema and restored.equals(frame) else None


def frame_from_json(data: bytes) -> pd.DataFrame:
    """Decode a table written by `frame_to_json`."""
    payload = json.loads(data)
    columns = zip(payload["columns"], payload["dtypes"], payload["data"], strict=True)
    return pd.DataFrame({name: pd.Series(values, dtype=dtype) for name, dtype, values in columns})


def pipeline_fingerprint(nlp: Language, *, model: str) -> dict[str, Any]:
    """Return a JSON-able description of everything that decides what `nlp` produces."""
    return {
        "model": model,
        "model_version": nlp.meta.get("version"),
        "spacy": spacy.__version__,
        "pipes": list(nlp.pipe_names),
        "disabled": sorted(nlp.disabled),
        "config": _sha256(nlp.config.to_str().encode()),
        "data": data_file_hashes(),
        "code": component_code_hashes(nlp),
    }


@dataclass
class CacheStats:
    """What a cache did during one run: parses and table sets found, missing, written, rebuilt."""

    hits: int = 0
    misses: int = 0
    stored: int = 0
    rebuilt: int = 0
    table_hits: int = 0


class ParseCache:
    """Parsed Docs on disk, one DocBin file per text, for one pipeline fingerprint."""

    def __init__(self, root: str | Path, fingerprint: dict[str, Any]) -> None:
        """Open (creating if needed) the cache folder for `fingerprint` under `root`."""
        description = json.dumps(fingerprint, sort_keys=True, indent=1)
        self.folder = Path(root) / _sha256(description.encode())[:16]
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tables_folder = self.folder / f"tables-{package_code_hash()[:16]}"
        self.stats = CacheStats()
        manifest = self.folder / "pipeline.json"
        if not manifest.is_file():
            write_bytes_atomic(manifest, description.encode())
        self._remove_stale_temp_files()

    def path(self, text: str) -> Path:
        """Return the file that holds (or would hold) the parse of `text`."""
        key = text_key(text)
        return self.folder / key[:2] / f"{key}{CACHE_SUFFIX}"

    def load(self, text: str, vocab: Vocab) -> Doc | None:
        """Return the cached Doc of `text`, or None when absent or corrupt (then deleted)."""
        path = self.path(text)
        if not path.is_file():
            self.stats.misses += 1
            return None
        doc = _read_doc(path, vocab)
        if doc is None or doc.text != text:
            path.unlink(missing_ok=True)
            self.stats.rebuilt += 1
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return doc

    def store(self, text: str, doc: Doc) -> None:
        """Write the parse of `text` atomically (no fsync: a torn file is caught on load)."""
        path = self.path(text)
        path.parent.mkdir(exist_ok=True)
        write_bytes_atomic(path, DocBin(store_user_data=True, docs=[doc]).to_bytes())
        self.stats.stored += 1

    def table_path(self, text: str, table: str) -> Path:
        """Return the JSON file that holds (or would hold) `table` extracted from `text`."""
        key = text_key(text)
        return self.tables_folder / key[:2] / f"{key}.{table}.json"

    def load_tables(self, text: str, tables: Iterable[str]) -> dict[str, pd.DataFrame] | None:
        """Return {table: rows} for `text` if every one of `tables` is cached, else None.

        An unreadable file is deleted and counted as rebuilt.
        """
        frames = {}
        for table in tables:
            path = self.table_path(text, table)
            if not path.is_file():
                return None
            try:
                frames[table] = frame_from_json(path.read_bytes())
            except (OSError, ValueError, KeyError, TypeError):  # a damaged file
                path.unlink(missing_ok=True)
                self.stats.rebuilt += 1
                return None
        self.stats.table_hits += 1
        return frames

    def store_tables(self, text: str, frames: dict[str, pd.DataFrame]) -> None:
        """Write each table that JSON holds exactly (see `frame_to_json`)."""
        for table, frame in frames.items():
            data = frame_to_json(frame)
            if data is not None:
                path = self.table_path(text, table)
                path.parent.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(path, data)

    def _remove_stale_temp_files(self) -> None:
        """Delete temporary files left by killed runs (old enough not to be in use)."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        leftovers = [
            *self.folder.glob(f"*/.*{TEMP_SUFFIX}"),
            *self.folder.glob(f"tables-*/*/.*{TEMP_SUFFIX}"),
        ]
        for tmp in leftovers:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink(missing_ok=True)

    def __repr__(self) -> str:
        """Show the folder and this run's counts."""
        return f"ParseCache({str(self.folder)!r}, {asdict(self.stats)})"


def _read_doc(path: Path, vocab: Vocab) -> Doc | None:
    """Decode a one-document DocBin file; None when it cannot be read or decoded."""
    try:
        docs = list(DocBin(store_user_data=True).from_bytes(path.read_bytes()).get_docs(vocab))
    except Exception:  # corrupt bytes can fail anywhere in DocBin's decoder
        return None
    return docs[0] if len(docs) == 1 else None
