"""Writing files so that a reader never sees a half-written one, and never outside the
output folder.

Every file argmap writes goes through :func:`atomic_write_bytes`: the bytes go to a hidden
temporary file beside the target, are flushed to disk, and the temporary file is renamed
over the target. A rename within one folder is atomic on POSIX and Windows, so an
interrupted run (an exception, Ctrl-C, a kill) leaves the old file or the new one, never a
torn one. The rename replaces a symbolic link at the target rather than writing through it,
so a link planted in the output folder cannot redirect a write elsewhere.

A temporary file carries the id of the process writing it. A run that is killed outright
(``SIGKILL``, power loss) cannot remove its own temporary file; the next run that writes
into the same folder removes those whose process is gone.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from pathlib import Path

from argmap.errors import OutputError, Problem

__all__ = ["atomic_write_bytes", "atomic_write_text", "temporary_name"]

#: ``.<target name>.<pid>.<random>.tmp``: hidden, and tied to the process writing it.
_TEMPORARY = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.[0-9a-f]{12}\.tmp$")
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_swept_folders: set[Path] = set()


def temporary_name(target: Path) -> Path:
    """The hidden temporary file a write of ``target`` goes through first."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place.

    The new file gets the usual permissions (``0o666`` less the umask), not the private
    ``0o600`` of :func:`tempfile.mkstemp`, so maps stay readable by whoever serves them.
    Raises :class:`OutputError` (one line) if the file cannot be written; the old file, if
    any, is then left as it was. A file that already holds exactly ``data`` is left alone:
    re-mapping unchanged inputs then costs reads, not a synced write of every map.
    """
    path = Path(path)
    try:
        if _holds(path, data):
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep_abandoned_temporaries(path.parent)
        _write_and_rename(path, data)
    except OSError as exc:
        raise OutputError(path, Problem.CANNOT_WRITE.format(reason=exc.strerror or exc)) from None
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically (see :func:`atomic_write_bytes`).

    Lone surrogates (which only a broken JSON export can smuggle in) are written as U+FFFD
    rather than failing the whole write.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = _LONE_SURROGATES.sub("\ufffd", text).encode("utf-8")
    return atomic_write_bytes(path, data)


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a regular file (not a link) whose bytes are ``data``."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _write_and_rename(path: Path, data: bytes) -> None:
    temporary = temporary_name(path)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (POSIX only; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sweep_abandoned_temporaries(folder: Path) -> None:
    """Remove temporary files left in ``folder`` by writers that were killed (once a run)."""
    folder = folder.resolve()
    if folder in _swept_folders:
        return
    _swept_folders.add(folder)
    with os.scandir(folder) as entries:
        for entry in entries:
            match = _TEMPORARY.match(entry.name)
            abandoned = match and not _process_alive(int(match["pid"]))
            if abandoned and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot tell cheaply; leaving a stray file beats deleting a live one
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # alive but someone else's, or a name we did not write: leave it
    return True
