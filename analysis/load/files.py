"""Which files are articles, and reading them safely: regular files only, under a size cap.

A FIFO named ``x.txt`` would block a plain ``open`` forever and a symlink to ``/dev/zero``
would read until memory runs out, so a file is opened without blocking, checked to be a
regular file, and read up to the cap and no further.
"""

import os
import stat
import warnings
from pathlib import Path

# A saved web page (.html, .htm) is an article too; its markup is read in cleaning.
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".jsonl", ".csv", *HTML_SUFFIXES)
METADATA_SUFFIX = ".meta.json"
MAX_BYTES_ENV = "ANALYSIS_MAX_FILE_MB"
DEFAULT_MAX_MB = 50.0
MAX_SIDECAR_BYTES = 1 << 20
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NoArticlesError(ValueError):
    """A folder holds no file that could be an article."""


class FileReadError(OSError):
    """A file that is not read: not a regular file, too large, or an OS error."""


def max_bytes_from_env(environ: "os._Environ[str] | dict[str, str] | None" = None) -> int:
    """The size cap in bytes: ``ANALYSIS_MAX_FILE_MB`` megabytes, default 50.

    >>> max_bytes_from_env({"ANALYSIS_MAX_FILE_MB": "2"})
    2000000
    >>> max_bytes_from_env({})
    50000000
    """
    environ = os.environ if environ is None else environ
    value = environ.get(MAX_BYTES_ENV, "").strip()
    try:
        megabytes = float(value) if value else DEFAULT_MAX_MB
    except ValueError:
        raise ValueError(f"{MAX_BYTES_ENV}={value!r} is not a number of megabytes") from None
    if not megabytes > 0:
        raise ValueError(f"{MAX_BYTES_ENV}={value!r} must be a positive number of megabytes")
    return int(megabytes * 1_000_000)


def display_path(path: Path | str) -> str:
    r"""The path as text that any output can hold: undecodable bytes become ``\xNN``.

    A file name that is not UTF-8 reaches Python with lone surrogates, which no UTF-8
    file, CSV or Parquet can store.

    >>> display_path(Path(b"caf\xe9.txt".decode("utf-8", "surrogateescape")))
    'caf\\xe9.txt'
    """
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name decoded to: \ud800
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def read_file(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of the regular file `path`, at most `max_bytes` of them.

    Raises:
        FileReadError: `path` is not a regular file (a folder, FIFO, device or socket,
            directly or through a symlink), is larger than `max_bytes`, or cannot be read.
    """
    name = display_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:  # missing, permission denied, a symlink loop
        raise FileReadError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((kind for test, kind in _KINDS if test(info.st_mode)), "a special file")
            raise FileReadError(f"cannot read {name}: it is {kind}, not a regular file")
        if info.st_size > max_bytes:
            raise FileReadError(_too_large(name, info.st_size, max_bytes))
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileReadError:
        raise
    except OSError as error:  # an I/O error while reading
        raise FileReadError(f"cannot read {name}: {error.strerror or error}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while being read
        raise FileReadError(_too_large(name, len(data), max_bytes))
    return data


def _too_large(name: str, size: int, max_bytes: int) -> str:
    return (
        f"{name}: {size:,} bytes, more than the limit of {max_bytes:,} "
        f"(set {MAX_BYTES_ENV} to raise it)"
    )


def article_files(folder: Path) -> list[Path]:
    """The article files of `folder`, sorted by name; every other entry is named in a warning.

    Hidden entries (a name starting with a dot) and entries without an article suffix are
    skipped, and each is named. Sidecars (``NAME.meta.json``) are read with their article.

    Raises:
        NoArticlesError: no entry has an article suffix.
    """
    entries = sorted(folder.iterdir())
    hidden = [p for p in entries if p.name.startswith(".")]
    visible = [p for p in entries if not p.name.startswith(".")]
    articles = [p for p in visible if p.suffix.lower() in ARTICLE_SUFFIXES]
    ignored = [p for p in visible if p not in articles and not p.name.endswith(METADATA_SUFFIX)]
    if not articles:
        found = ", ".join(display_path(p.name) for p in entries[:10]) or "nothing"
        raise NoArticlesError(
            f"no articles in {display_path(folder)}: expected .txt, .html, .htm, .jsonl or .csv "
            "files, "
            f"found {found}"
        )
    for skipped, what in ((hidden, "hidden"), (ignored, "non-article")):
        if skipped:
            names = ", ".join(display_path(p.name) for p in skipped[:20])
            more = f" and {len(skipped) - 20} more" if len(skipped) > 20 else ""
            warnings.warn(
                f"{display_path(folder)}: skipped {len(skipped)} {what} entries: {names}{more}",
                stacklevel=4,
            )
    return articles
