"""Parse cache: spaCy DocBin files keyed by the cleaned text and the pipeline that parsed it.

Layout: ``CACHE_DIR/<pipeline>/<k[:2]>/<k>.spacy``. ``<pipeline>`` is a hash of
`pipeline_fingerprint`: the model's name, version and config, the spaCy and pandas
versions, the enabled and disabled pipes, one hash over the whole package source tree
(every file under `analysis/`, code and data, so no edit can leave a stale entry), and the
hashes of the user's rule files. ``<pipeline>/pipeline.json`` records what it stands for.
``<k>`` is the SHA-256 of the text, or of the text and its article's context (`entry_key`:
the dateline and publication date that cleaning took off the body reach the parse in
``Doc.user_data``, so the same body under another dateline is another entry).

Extracted tables are cached too, as JSON, one file per document holding every table
extracted from it: ``<pipeline>/tables/<k[:2]>/<k>.json``. A table is cached only if its
JSON reads back exactly (the same column values,
of the same types, under the same columns and dtypes), so a cached run returns what a
fresh run would. The file starts with a line holding the CRC-32 of the JSON that follows;
the JSON names the text's key and holds, per table, its columns, dtypes and column values
(`TableRows`): what the extractors' row functions give, and what the corpus runner gathers
across documents and turns into one DataFrame per table.

Each file holds the bytes of a one-document `DocBin(store_user_data=True)` and nothing
else: no pickle, so loading a cache file never runs code. A file is checked on load: the
zlib stream's Adler-32 checksum, a successful DocBin decode, exactly one document, and a
text identical to the text being looked up. A table file is checked too: its CRC-32, a
JSON decode, the key of the text being looked up, and well-formed tables. A file failing
any check is deleted, counted as rebuilt, and the document is parsed (or extracted) again.
"""

import functools
import hashlib
import json
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from analysis.atomic import TEMP_SUFFIX, write_bytes_atomic
from analysis.corpus.table_files import decode_tables, encode_tables, frame_to_rows, json_exact
from analysis.corpus.table_files import frame_from_json as frame_from_json  # re-exported
from analysis.corpus.table_files import frame_to_json as frame_to_json  # re-exported
from analysis.rules import RuleSet
from analysis.tables import TableRows

PACKAGE_DIR = Path(__file__).resolve().parent.parent
CACHE_SUFFIX = ".spacy"
TABLES_SUFFIX = ".json"
STALE_TEMP_SECONDS = 3600.0
SKIPPED_PARTS = frozenset({"__pycache__"})


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_key(text: str) -> str:
    """Return the cache key of a cleaned text: its SHA-256 in hex.

    >>> text_key("Shelling in Kharkiv.")[:12]
    'a10d15b5b21a'
    """
    return _sha256(text.encode("utf-8", "surrogatepass"))


def entry_key(text: str, context: str = "") -> str:
    """Return the key of a text's table file: `text_key`, or with its article's context.

    >>> entry_key("Shelling.") == text_key("Shelling.") != entry_key("Shelling.", "KYIV")
    True
    """
    if not context:
        return text_key(text)
    return _sha256(b"%s\x00%s" % tuple(p.encode("utf-8", "surrogatepass") for p in (text, context)))


def package_tree_hash(root: Path = PACKAGE_DIR) -> str:
    """One SHA-256 over every file under `root` (paths and bytes), like a git tree.

    Byte-code caches are left out: they follow from the sources. Editing any module or
    data file of the package gives a new hash, hence a fresh cache.
    """
    digest = hashlib.sha256()
    files = sorted(
        p for p in root.rglob("*")
        if p.is_file() and not SKIPPED_PARTS.intersection(p.relative_to(root).parts)
    )  # fmt: skip
    for path in files:
        relative = path.relative_to(root).as_posix().encode()
        content = path.read_bytes()
        digest.update(b"%d:%s%d:" % (len(relative), relative, len(content)))
        digest.update(content)
    return digest.hexdigest()


def pipeline_fingerprint(
    nlp: Language, *, model: str, rules: RuleSet | None = None
) -> dict[str, Any]:
    """Return a JSON-able description of everything that decides what a run produces.

    The parse and the extracted tables depend on the model (name, version, config), the
    pipes run, the package (its whole source tree), pandas (the table dtypes) and the
    user's rule files (by content).
    """
    return {
        "model": model,
        "model_version": nlp.meta.get("version"),
        "spacy": spacy.__version__,
        "pandas": pd.__version__,
        "pipes": list(nlp.pipe_names),
        "disabled": sorted(nlp.disabled),
        "config": _sha256(nlp.config.to_str().encode()),
        "package": package_tree_hash(),
        "rules": (rules or RuleSet()).fingerprint(),
    }


@dataclass
class CacheStats:
    """What a cache did during one run: parses and table sets found, missing, written, rebuilt."""

    hits: int = 0
    misses: int = 0
    stored: int = 0
    rebuilt: int = 0
    table_hits: int = 0


class CacheDisabledWarning(UserWarning):
    """The parse cache could not be read or written; the run goes on without it."""


def _without_cache_on_os_error(method: Callable[..., Any]) -> Callable[..., Any]:
    """Run a cache method; on an OSError, disable the cache (one warning) and return None."""

    @functools.wraps(method)
    def guarded(self: "ParseCache", *args: Any, **kwargs: Any) -> Any:
        if self.broken is not None:
            return None
        try:
            return method(self, *args, **kwargs)
        except OSError as error:
            self._give_up(error)
            return None

    return guarded


class ParseCache:
    """Parsed Docs on disk, one DocBin file per text, for one pipeline fingerprint."""

    def __init__(self, root: str | Path, fingerprint: dict[str, Any]) -> None:
        """Open (creating if needed) the cache folder for `fingerprint` under `root`.

        The cache only saves time: when its folder cannot be made or written (a file in
        the way, a full disk, no permission), a warning says so once and the run goes on
        without it.
        """
        description = json.dumps(fingerprint, sort_keys=True, indent=1)
        self.folder = Path(root) / _sha256(description.encode())[:16]
        self.tables_folder = self.folder / "tables"
        self.stats = CacheStats()
        self.broken: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            manifest = self.folder / "pipeline.json"
            if not manifest.is_file():
                write_bytes_atomic(manifest, description.encode())
            self._remove_stale_temp_files()
        except OSError as error:
            self._give_up(error)

    def _give_up(self, error: OSError) -> None:
        """Stop using the cache for the rest of the run, with one warning."""
        if self.broken is None:
            self.broken = f"{error.strerror or error}" + (
                f": {error.filename}" if error.filename else ""
            )
            warnings.warn(
                f"parse cache in {self.folder.parent} disabled for this run ({self.broken}); "
                "carrying on without it",
                CacheDisabledWarning,
                stacklevel=3,
            )

    def path(self, text: str, context: str = "") -> Path:
        """Return the file that holds (or would hold) the parse of `text` (in `context`)."""
        key = entry_key(text, context)
        return self.folder / key[:2] / f"{key}{CACHE_SUFFIX}"

    @_without_cache_on_os_error
    def load(self, text: str, vocab: Vocab, context: str = "") -> Doc | None:
        """Return the cached Doc of `text`, or None when absent or corrupt (then deleted)."""
        path = self.path(text, context)
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

    @_without_cache_on_os_error
    def store(self, text: str, doc: Doc, context: str = "") -> None:
        """Write the parse of `text` atomically (no fsync: a torn file is caught on load)."""
        path = self.path(text, context)
        path.parent.mkdir(exist_ok=True)
        write_bytes_atomic(path, DocBin(store_user_data=True, docs=[doc]).to_bytes())
        self.stats.stored += 1

    def table_path(self, text: str, context: str = "") -> Path:
        """Return the JSON file that holds (or would hold) the tables extracted from `text`."""
        key = entry_key(text, context)
        return self.tables_folder / key[:2] / f"{key}{TABLES_SUFFIX}"

    @_without_cache_on_os_error
    def load_tables(
        self, text: str, tables: Iterable[str], context: str = ""
    ) -> dict[str, TableRows] | None:
        """Return {table: rows} for `text` (in `context`) if all `tables` are cached, else None.

        A damaged file (see `decode_tables`) is deleted and counted as rebuilt.
        """
        cached = self._read_tables(text, context)
        if cached is None or not all(table in cached for table in tables):
            return None
        self.stats.table_hits += 1
        return {table: cached[table] for table in tables}

    @_without_cache_on_os_error
    def store_tables(self, text: str, frames: dict[str, pd.DataFrame], context: str = "") -> None:
        """Write the tables of `text` (with those cached before) if JSON holds each exactly.

        See `frame_to_rows`; when one table does not fit in JSON, nothing is written.
        """
        encoded = {table: frame_to_rows(frame) for table, frame in frames.items()}
        if all(rows is not None for rows in encoded.values()):
            self.store_rows(text, encoded, context)

    @_without_cache_on_os_error
    def store_rows(self, text: str, tables: dict[str, TableRows], context: str = "") -> None:
        """Write tables given as column values (with those cached before) like `store_tables`.

        Nothing is written unless JSON gives back every value as it is (`json_exact`).
        """
        if not all(map(json_exact, tables.values())):
            return
        path = self.table_path(text, context)
        tables = (self._read_tables(text, context) or {}) | tables
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, encode_tables(entry_key(text, context), tables))

    def _read_tables(self, text: str, context: str = "") -> dict[str, TableRows] | None:
        """Return every table cached for `text`; None when absent or damaged (then deleted)."""
        path = self.table_path(text, context)
        if not path.is_file():
            return None
        tables = decode_tables(path.read_bytes(), entry_key(text, context))
        if tables is None:
            path.unlink(missing_ok=True)
            self.stats.rebuilt += 1
        return tables

    def _remove_stale_temp_files(self) -> None:
        """Delete temporary files left by killed runs (old enough not to be in use)."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        leftovers = [
            *self.folder.glob(f"*/.*{TEMP_SUFFIX}"),
            *self.folder.glob(f"tables/*/.*{TEMP_SUFFIX}"),
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
