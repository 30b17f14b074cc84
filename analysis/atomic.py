"""Atomic file writes: write a temporary file next to the target, then rename it into place.

A reader (or a rerun after a crash) sees either the old file or the complete new one,
never a half-written file. Temporary names start with a dot and end in ``.tmp``, so
`load_corpus` and the parse cache never read them.
"""

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temp_path_for(path: Path) -> Path:
    """Return a unique hidden temporary path in the same folder as `path`.

    >>> temp_path_for(Path("out/actors.csv")).name.startswith(".actors.csv.")
    True
    """
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


@contextmanager
def atomic_path(path: str | Path, *, fsync: bool = True) -> Iterator[Path]:
    r"""Yield a temporary path to write to; on success it replaces `path` in one rename.

    With `fsync`, the data reaches the disk before the rename, so the new file survives a
    power cut as well as a killed process. On an exception the temporary file is removed
    and `path` is left untouched.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "table.csv"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("a,b\n")
    >>> target.read_text()
    'a,b\n'
    """
    path = Path(path)
    tmp = temp_path_for(path)
    try:
        yield tmp
        if fsync:
            with tmp.open("rb+") as handle:
                os.fsync(handle.fileno())
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes_atomic(path: str | Path, data: bytes, *, fsync: bool = False) -> None:
    """Write `data` to `path` atomically (see `atomic_path`)."""
    with atomic_path(path, fsync=fsync) as tmp:
        tmp.write_bytes(data)
