"""Atomic writes: an interrupted write leaves the old file or the new one, never a torn one,
and no temporary file behind it; nothing is written outside the output folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from argmap import files
from argmap.errors import OutputError
from argmap.files import atomic_write_bytes, atomic_write_text

OLD = b"old complete file\n" * 1000
NEW = b"new complete file\n" * 100_000
SRC = Path(__file__).resolve().parents[1] / "src"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "map.html"
    target.write_bytes(OLD)

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match=r"map.html: cannot write \(No space left on device\)"):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_ctrl_c_midway_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "map.json"
    target.write_bytes(OLD)

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from argmap.files import atomic_write_bytes

    real_fsync = os.fsync
    def slow_fsync(descriptor):
        real_fsync(descriptor)
        print("written", flush=True)  # the data is in the temporary file, not yet renamed
        time.sleep(60)
    os.fsync = slow_fsync
    atomic_write_bytes(Path(sys.argv[1]), b"new complete file\\n" * 100_000)
    """
)


def _writer_stopped_midway(target: Path, stop: signal.Signals) -> tuple[int, str]:
    """Start a writer, stop it with ``stop`` once its data is written but not renamed;
    return its exit status and what it printed on stderr."""
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "written\n"
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=30)
    return process.returncode, stderr


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_a_kill_midway_leaves_the_old_file_and_the_next_write_sweeps_the_temporary(tmp_path):
    target = tmp_path / "map.html"
    target.write_bytes(OLD)
    returncode, _ = _writer_stopped_midway(target, signal.SIGKILL)
    assert returncode == -signal.SIGKILL
    assert target.read_bytes() == OLD
    assert len(_leftovers(tmp_path)) == 1  # a killed process cannot clean up after itself
    files._swept_folders.discard(tmp_path.resolve())  # as in a new run
    atomic_write_bytes(tmp_path / "index.html", b"<html></html>")
    assert _leftovers(tmp_path) == []
    assert target.read_bytes() == OLD


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_an_interrupt_midway_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "map.html"
    target.write_bytes(OLD)
    returncode, stderr = _writer_stopped_midway(target, signal.SIGINT)
    assert returncode != 0 and "KeyboardInterrupt" in stderr
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_a_completed_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "map.html"
    target.write_bytes(OLD)
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert _leftovers(tmp_path) == []


def test_a_file_that_already_holds_the_bytes_is_not_rewritten(tmp_path):
    target = tmp_path / "map.html"
    target.write_bytes(NEW)
    before = target.stat()
    atomic_write_bytes(target, NEW)
    after = target.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    atomic_write_bytes(target, OLD)
    assert target.read_bytes() == OLD and target.stat().st_ino != before.st_ino


def test_a_temporary_of_a_live_process_is_left_alone(tmp_path):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / f".map.html.{other.pid}.0123456789ab.tmp"
        live.write_bytes(b"being written")
        files._swept_folders.discard(tmp_path.resolve())
        atomic_write_bytes(tmp_path / "map.html", NEW)
        assert live.exists()
    finally:
        other.kill()
        other.wait()


@pytest.mark.parametrize("linked", [OLD, NEW], ids=["other bytes", "the same bytes"])
def test_a_link_in_the_output_folder_is_replaced_not_written_through(tmp_path, linked):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(linked)
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").symlink_to(outside)
    atomic_write_bytes(out / "map.html", NEW)
    assert outside.read_bytes() == linked
    assert not (out / "map.html").is_symlink() and (out / "map.html").read_bytes() == NEW


def test_new_files_get_the_usual_permissions(tmp_path):
    previous = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "map.json", "{}")
    finally:
        os.umask(previous)
    assert (tmp_path / "map.json").stat().st_mode & 0o777 == 0o644


def test_text_with_a_lone_surrogate_is_still_written(tmp_path):
    atomic_write_text(tmp_path / "map.json", '{"text": "a\ud800b"}')
    assert (tmp_path / "map.json").read_text(encoding="utf-8") == '{"text": "a\ufffdb"}'


def test_a_folder_in_the_way_is_one_error_line(tmp_path):
    (tmp_path / "map.html").mkdir()
    with pytest.raises(OutputError, match=r"map\.html: cannot write"):
        atomic_write_bytes(tmp_path / "map.html", NEW)
    assert _leftovers(tmp_path) == []
