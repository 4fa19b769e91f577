"""What must hold for every input, whatever it holds: checks shared by the CI fuzz tests
(bounded examples) and ``bench/fuzz.py`` (as many examples as time allows).

Each check raises ``AssertionError`` describing the broken promise.
"""

from __future__ import annotations

import re
import tempfile
from datetime import datetime
from pathlib import Path

from argmap import ingest
from argmap.errors import InputError
from argmap.ingest.base import RawThread, Source, build_thread
from argmap.ingest.decode import decode_bytes
from argmap.ingest.html_tools import parse_date
from argmap.model import ArgumentMap
from argmap.slugs import MAX_SLUG_LENGTH, slugify

__all__ = [
    "BUG_MARKERS",
    "FUZZ_SECONDS",
    "check_build_thread",
    "check_decode",
    "check_parse_date",
    "check_read_bytes",
    "check_slug",
    "check_threads",
]

#: Time budget per input in the fuzz runs: far above what any fuzz input needs (they are a
#: few kilobytes), so hitting it means a hang, not a slow machine.
FUZZ_SECONDS = 30.0
#: Words of an :class:`InputError` that mean an adapter crashed or broke the RawThread
#: contract: the safety net caught it, but it is a bug to report, not a clear answer.
BUG_MARKERS = ("reader failed:", "reader returned ")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$")


def check_read_bytes(suffix: str, data: bytes) -> None:
    """Through :func:`read_file`, detection and every adapter forced: threads that build, or
    one clear error line."""
    with tempfile.TemporaryDirectory(prefix="argmap-fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for platform in [None, *ingest.adapters()]:
            _check_one_read(path, platform)
        _check_detectors(path, data)


def _check_one_read(path: Path, platform: str | None) -> None:
    try:
        _, threads = ingest.read_file(path, platform=platform, max_seconds=FUZZ_SECONDS)
    except InputError as error:
        check_error_line(error, platform)
        return
    check_threads(threads, str(path))


def check_error_line(error: InputError, platform: str | None = None) -> None:
    """One line, not a crash caught by the safety net, not the time budget."""
    message = str(error)
    assert "\n" not in message and "\r" not in message, f"multi-line error: {message!r}"
    assert message.strip(), "empty error message"
    forced = f" (platform={platform})" if platform else ""
    assert not any(marker in message for marker in BUG_MARKERS), f"adapter bug{forced}: {message}"
    assert "time budget" not in message, f"hang{forced}: {message}"


def _check_detectors(path: Path, data: bytes) -> None:
    """Every detector returns a score for any decodable input; none raises."""
    try:
        text = decode_bytes(path, data)
    except InputError:
        return
    source = Source(path=path, data=data, text=text)
    for name, adapter in ingest.adapters().items():
        try:
            adapter.detect(source)
        except Exception as exc:
            raise AssertionError(f"{name} detector crashed: {type(exc).__name__}: {exc}") from exc


def check_threads(threads: list[RawThread], source: str) -> None:
    """Raw threads build into a tree of messages that serialises as argmap/1 JSON."""
    built_threads, built_messages = [], []
    for number, raw in enumerate(threads, start=1):
        thread, messages = build_thread(raw, f"t{number}", source)
        _check_tree(messages)
        built_threads.append(thread)
        built_messages.extend(messages)
    ArgumentMap(tuple(built_threads), tuple(built_messages)).dumps().encode("utf-8")


def check_build_thread(raw: RawThread) -> None:
    """Any raw thread, however broken, builds into a tree with every message kept."""
    thread, messages = build_thread(raw, "t1", "fuzz.txt")
    assert len(messages) == 1 + len(raw.comments)
    _check_tree(messages)
    assert not _CONTROL.search(thread.title) and thread.title.strip()
    for message in messages:
        assert not _CONTROL.search(message.text), f"control character in {message.text!r}"
        if message.time is not None:
            datetime.fromisoformat(message.time.replace("Z", "+00:00"))
        for quote in message.quotes:
            assert quote.source is None or quote.source.startswith("t1/m")
    ArgumentMap((thread,), tuple(messages)).dumps().encode("utf-8")


def _check_tree(messages: list) -> None:
    ids = [m.id for m in messages]
    assert len(set(ids)) == len(ids), "duplicate message ids"
    assert messages[0].parent is None and messages[0].kind == "post"
    parent_of = {m.id: m.parent for m in messages}
    for message in messages[1:]:
        assert message.parent in parent_of, f"{message.id} replies to unknown {message.parent}"
    depth_of: dict[str, int] = {messages[0].id: 0}
    for message in messages[1:]:  # walk up iteratively; a loop would never reach the post
        chain, node = [], message.id
        while node not in depth_of:
            chain.append(node)
            node = parent_of[node]
            assert len(chain) <= len(messages), f"reply loop through {message.id}"
        for step in reversed(chain):
            depth_of[step] = depth_of[node] + 1
            node = step


def check_parse_date(value: str) -> None:
    """A date is read as ISO 8601, or kept as text; nothing raises."""
    iso, text = parse_date(value)
    assert iso is None or text is None
    if iso is not None:
        datetime.fromisoformat(iso)


def check_decode(data: bytes) -> None:
    """Bytes decode to text with no lone surrogates, or one clear error line."""
    try:
        text = decode_bytes(Path("input"), data)
    except InputError as error:
        check_error_line(error)
        return
    assert isinstance(text, str)
    text.encode("utf-8")  # raises on a lone surrogate


def check_slug(title: str) -> None:
    """A slug is a safe, short, portable file name whatever the title."""
    slug = slugify(title)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    assert len(slug) <= MAX_SLUG_LENGTH + len("-thread")
    assert not _WINDOWS_DEVICES.match(slug) and slug not in {"index", "all-threads"}
