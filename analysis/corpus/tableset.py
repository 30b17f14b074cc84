"""A set of table files written as one unit: staged, committed, then moved into place.

`write_table_set` writes every file of a run into a staging folder inside the output
folder (``.tables.<pid>.<token>.staging``), syncs it, marks it committed, moves each file
into place and writes ``manifest.json`` last. The manifest lists every file of the set
with its size and SHA-256, so a reader can tell a whole set from a torn one
(`check_table_set`, `read_table_set`).

What a crash leaves behind is finished by the next write into the same folder, under an
exclusive lock on the folder: a committed staging folder is moved into place (rolled
forward), an uncommitted one is deleted (rolled back, so the previous set stays), and so
are the temporary files and staging folders of older versions. A failed write (a full
disk) deletes its staging folder and leaves the previous set as it was.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

MANIFEST = "manifest.json"
COMMITTED = "COMMITTED"
STAGING_SUFFIX = ".staging"
FORMAT = 1

Writer = Callable[[Path], None]
"""Writes one table file (or dataset folder) at the path it is given."""


class TornTableSetError(OSError):
    """The files in an output folder do not match its manifest."""


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (released when the process dies, too)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_table_set(out: Path, writers: dict[str, Writer]) -> list[Path]:
    """Write each ``{relative name: writer}`` as one set into `out`; return the paths.

    Raises:
        OSError: a file could not be written (a full disk, no permission); the message
            says the previous set in `out` is unchanged, and it is.
    """
    out.mkdir(parents=True, exist_ok=True)
    with folder_lock(out):
        recover(out)
        staging = out / f".tables.{os.getpid()}.{secrets.token_hex(4)}{STAGING_SUFFIX}"
        staging.mkdir()
        try:
            for name, write in writers.items():
                write(staging / name)
            manifest = _manifest(staging, list(writers))
            _write_synced(staging / MANIFEST, json.dumps(manifest, indent=1).encode())
            _sync_tree(staging)
            _write_synced(staging / COMMITTED, b"")
            _sync_dir(staging)
        except BaseException as error:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(error, OSError):
                raise OSError(
                    error.errno,
                    f"could not write the tables into {out}: {error.strerror or error}; "
                    "the tables already there are unchanged",
                ) from error
            raise
        # SIGTERM or Ctrl-C now would tear the set: they wait until it is in place.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            _apply(out, staging)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    return [out / name for name in writers]


def recover(out: Path) -> None:
    """Finish or undo what killed writes left in `out` (call under `folder_lock`)."""
    for entry in sorted(out.iterdir()):
        name = entry.name
        if not name.startswith("."):
            continue
        if name.startswith(".tables.") and name.endswith(STAGING_SUFFIX) and entry.is_dir():
            if (entry / COMMITTED).exists():
                _apply(out, entry)
            else:
                shutil.rmtree(entry, ignore_errors=True)
        elif name.endswith((STAGING_SUFFIX, ".old")) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)  # an older version's dataset staging
        elif name.endswith(".tmp") and entry.is_file():
            entry.unlink(missing_ok=True)  # an older version's per-file temporary


def _apply(out: Path, staging: Path) -> None:
    """Move a committed staging folder's files into `out`, the manifest last.

    Idempotent: a file already moved is no longer in `staging`, so running it again
    after a crash finishes the job. Files of the previous set that the new set does not
    have (a table not requested this time) are removed, so no old table stays beside it.
    """
    if not (staging / MANIFEST).exists():  # applied; killed while deleting the staging
        shutil.rmtree(staging, ignore_errors=True)
        return
    manifest = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    previous = _read_manifest(out)
    retired = staging / ".retired"
    for name in manifest["entries"]:
        source, target = staging / name, out / name
        if not source.exists() and not source.is_symlink():
            continue  # moved before a crash
        folder_involved = (target.is_dir() and not target.is_symlink()) or source.is_dir()
        if folder_involved and target.exists():
            retired.mkdir(exist_ok=True)  # a folder cannot be renamed onto
            target.replace(retired / name)
        source.replace(target)
    _sync_dir(out)
    (staging / MANIFEST).replace(out / MANIFEST)
    _sync_dir(out)
    kept = set(manifest["entries"])
    for name in (previous or {}).get("entries", []):
        stale = out / name
        if name not in kept and Path(name).name == name and stale.exists():
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def _manifest(staging: Path, entries: list[str]) -> dict:
    files = {}
    for name in entries:
        path = staging / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file():
                data = file.read_bytes()
                relative = file.relative_to(staging).as_posix()
                files[relative] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return {"format": FORMAT, "entries": entries, "files": files}


def _read_manifest(out: Path) -> dict | None:
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == FORMAT else None


def check_table_set(out: str | Path) -> dict:
    """Return the manifest of `out` after checking every file it lists (size and SHA-256).

    Raises:
        TornTableSetError: no manifest, or a file missing, changed or of another set.
    """
    out = Path(out)
    manifest = _read_manifest(out)
    if manifest is None:
        raise TornTableSetError(f"{out} has no readable {MANIFEST}: not a complete table set")
    for relative, expected in manifest["files"].items():
        path = out / relative
        try:
            data = path.read_bytes()
        except OSError:
            raise TornTableSetError(f"{path} is missing: the table set in {out} is torn") from None
        if len(data) != expected["bytes"] or hashlib.sha256(data).hexdigest() != expected["sha256"]:
            raise TornTableSetError(
                f"{path} is not the file {MANIFEST} lists: the table set in {out} is torn "
                "(run the command again to rewrite it)"
            )
    return manifest


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_tree(folder: Path) -> None:
    """Sync every file and folder under `folder`, so the set survives a power cut."""
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        elif path.is_dir():
            _sync_dir(path)
    _sync_dir(folder)


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
