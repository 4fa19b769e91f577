"""Hostile and broken inputs: a valid thread or one clear error line, in bounded time.

Every check runs through :func:`argmap.ingest.read_file` with detection and with each
registered adapter forced, so adapters added later are covered by the same tests.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import pytest

from argmap import ingest
from argmap.errors import InputError
from argmap.ingest import adapters, expand_inputs, read_file, read_source
from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from tests.fuzz.properties import check_error_line, check_read_bytes, check_threads

NASTY = Path(__file__).parent / "fixtures" / "nasty"
NASTY_FILES = sorted(p for p in NASTY.iterdir() if p.name != "README.md")
#: The thread every text fixture holds, as written in tests/fixtures/nasty/emoji-rtl.txt.
EMOJI_RTL_LINES = (
    "Remote work is better for focus. Offices are for meetings.",
    "I disagree. Teams lose touch without an office 👩🏽‍💻.",
    "أنا أتفق مع الكاتب، العمل عن بعد أفضل.",
)


@pytest.mark.parametrize("platform", [None, *adapters()])
@pytest.mark.parametrize("path", NASTY_FILES, ids=lambda p: p.name)
def test_a_nasty_file_gives_threads_or_one_error_line(path, platform):
    try:
        _, threads = read_file(path, platform=platform, max_seconds=30)
    except InputError as error:
        check_error_line(error, platform)
    else:
        check_threads(threads, str(path))


@pytest.mark.parametrize(
    "name",
    [
        "emoji-rtl.txt",
        "utf8-bom.txt",
        "utf16-le-bom.txt",
        "utf16-be-bom.txt",
        "utf16-le-no-bom.txt",
        "thread-saved-as.png",
        "thread-saved-as.json",
    ],
)
def test_the_same_thread_in_any_encoding_or_extension_reads_the_same(name):
    _, [thread] = read_file(NASTY / name)
    assert thread.title == "Is remote work here to stay?"
    words = "\n".join(m.text for m in [thread.post, *thread.comments])
    for line in EMOJI_RTL_LINES:
        assert line in words
    assert thread.comments[-1].author == "Omar"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("zero-byte.txt", "file is empty"),
        ("whitespace-only.txt", "file is empty"),
        ("nul-bytes.txt", "binary file"),
        ("binary-junk.html", "binary file"),
    ],
)
def test_empty_and_binary_files_are_refused_in_one_line(name, problem):
    with pytest.raises(InputError, match=problem):
        read_file(NASTY / name)


def test_external_entities_are_never_read_into_a_map():
    """Whatever reads xxe.xml, the contents of /etc/passwd must not come out."""
    for platform in [None, *adapters()]:
        try:
            _, threads = read_file(NASTY / "xxe.xml", platform=platform)
        except InputError as error:
            assert "root:" not in str(error)
            continue
        for thread in threads:
            texts = [thread.title, *(m.text for m in [thread.post, *thread.comments] if m)]
            assert not any("root:" in text for text in texts)


def _deep_html(depth: int) -> str:
    comment = '<div class="comment"><span class="author">Ann</span><p>Deep reply.</p>'
    return f"<html><body>{comment * depth}{'</div>' * depth}</body></html>"


@pytest.mark.parametrize("platform", [None, *adapters()])
def test_ten_thousand_deep_nesting_raises_no_recursion_error(tmp_path, platform):
    html = tmp_path / "deep.html"
    html.write_text(_deep_html(10_000))
    export = tmp_path / "deep.json"
    export.write_text('{"comments": [' + '{"replies": [' * 10_000 + "]}" * 10_000 + "]}")
    for path in (html, export):
        try:
            _, threads = read_file(path, platform=platform, max_seconds=60)
        except InputError as error:
            check_error_line(error, platform)
        else:
            check_threads(threads, str(path))


def test_deep_json_is_a_value_error_not_a_recursion_error():
    source = Source(Path("deep.json"), b"", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ValueError, match="nested too deeply"):
        _ = source.json


def test_a_hundred_megabyte_attribute_is_read_in_bounded_time(tmp_path):
    """Built at test time (never committed). One Source is shared by the forced adapters,
    as detection shares it, so the page is parsed once."""
    page = tmp_path / "huge-attribute.html"
    with page.open("w") as stream:
        stream.write('<html><head><meta property="og:title" content="')
        stream.write("x" * (100 * 1024 * 1024))
        stream.write('"><title>Huge</title></head><body><p>Small body.</p></body></html>')
    try:
        _, threads = read_file(page, max_seconds=120)
        check_threads(threads, str(page))
    except InputError as error:
        check_error_line(error)
    data = page.read_bytes()
    source = Source(page, data, data.decode())
    for platform in adapters():
        try:
            _, threads = read_source(source, platform)
            check_threads(threads, str(page))
        except InputError as error:
            check_error_line(error, platform)


def test_an_input_over_the_size_budget_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"words " * 1000)
    with pytest.raises(InputError, match=r"6,000 bytes, over the 100-byte budget \(--max-bytes\)"):
        read_file(big, max_bytes=100)


@pytest.mark.parametrize("name", ["device", "fifo"])
def test_devices_and_pipes_are_refused_not_read_forever(tmp_path, name):
    if name == "device":
        path = Path("/dev/zero")
    else:
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        read_file(path)
    files, errors = expand_inputs([str(path)])
    assert not files and "not a regular file" in str(errors[0])


def test_a_folder_walk_survives_link_loops_and_skips_hidden_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "b" / "thread.txt").write_text("Hello there.\nAnn\n")
    (tmp_path / "a" / ".hidden.txt").write_text("secret")
    files, errors = expand_inputs([str(tmp_path)])
    assert files == [tmp_path / "a" / "b" / "thread.txt"] and not errors


def test_a_recursive_pattern_survives_link_loops(tmp_path, monkeypatch):
    """``glob.glob`` would follow both links for ever (exponentially many paths)."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    (tmp_path / "a" / "up").symlink_to(tmp_path)
    (tmp_path / "a" / "b" / "thread.txt").write_text("Hello there.\nAnn\n")
    (tmp_path / "a" / ".cache").mkdir()
    (tmp_path / "a" / ".cache" / "old.txt").write_text("hidden")
    monkeypatch.chdir(tmp_path)
    files, errors = expand_inputs(["**/*.txt", str(tmp_path / "**" / "*.txt")])
    assert files == [Path("a/b/thread.txt"), tmp_path / "a" / "b" / "thread.txt"] and not errors


@pytest.fixture
def fake_adapter(monkeypatch):
    """Install one adapter whose parse (and detect) the test chooses."""

    def install(parse, detect=lambda source: 1.0) -> None:
        adapter = Adapter(name="fake", detect=detect, parse=parse)
        monkeypatch.setattr(ingest, "adapters", lambda: {"fake": adapter})

    return install


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "input.txt"
    path.write_text("Some text.\n")
    return path


class _LxmlStyleError(Exception):
    """Stands for a library's own exception class (not a ValueError or the like)."""


@pytest.mark.parametrize(
    "crash",
    [
        KeyError("id"),
        RecursionError("maximum recursion depth exceeded"),
        MemoryError(),
        UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
        _LxmlStyleError("Document is empty, line 1\nand more"),
    ],
    ids=lambda exc: type(exc).__name__,
)
def test_an_adapter_crash_becomes_one_error_line_naming_the_adapter(tmp_path, fake_adapter, crash):
    def parse(source):
        raise crash

    fake_adapter(parse)
    with pytest.raises(InputError) as caught:
        read_file(_input(tmp_path))
    message = str(caught.value)
    assert "fake reader failed: " + type(crash).__name__ in message and "\n" not in message


@pytest.mark.parametrize(
    ("result", "problem"),
    [
        (None, "NoneType instead of a list"),
        (["thread"], "str instead of a RawThread"),
        ([RawThread("t", "fake", RawMessage("k", None))], "key or text is not text"),  # type: ignore[arg-type]
        ([RawThread("t", "fake", None, [RawMessage("k", "x", author=3)])], "neither text nor"),  # type: ignore[arg-type]
    ],
)
def test_an_adapter_breaking_the_contract_is_named(tmp_path, fake_adapter, result, problem):
    fake_adapter(lambda source: result)
    with pytest.raises(InputError, match=f"fake reader returned .*{problem}"):
        read_file(_input(tmp_path))


def test_a_crashing_detector_scores_zero_and_is_logged(tmp_path, fake_adapter, caplog):
    def detect(source):
        raise AttributeError("'NoneType' object has no attribute 'get'")

    fake_adapter(lambda source: [], detect=detect)
    with caplog.at_level(logging.WARNING), pytest.raises(InputError, match="no reader"):
        read_file(_input(tmp_path))
    assert "fake detector failed: AttributeError" in caplog.text


@pytest.fixture
def stuck_adapter(fake_adapter):
    """An adapter that never finishes until released (so no thread spins on after a test)."""
    release = threading.Event()

    def parse(source):
        while not release.is_set():
            release.wait(0.01)
        return []

    fake_adapter(parse)
    yield
    release.set()


def test_the_time_budget_stops_a_stuck_reader_on_the_main_thread(tmp_path, stuck_adapter):
    with pytest.raises(InputError, match=r"over 0.2 s, the per-input time budget"):
        read_file(_input(tmp_path), max_seconds=0.2)


def test_the_time_budget_also_works_off_the_main_thread(tmp_path, stuck_adapter):
    caught: list[BaseException] = []

    def read() -> None:
        try:
            read_file(_input(tmp_path), max_seconds=0.2)
        except InputError as error:
            caught.append(error)

    worker = threading.Thread(target=read)
    worker.start()
    worker.join(30)
    assert caught and "time budget" in str(caught[0])


def test_the_time_budget_gives_back_a_timer_set_before_it(tmp_path):
    import signal

    signal.setitimer(signal.ITIMER_REAL, 1000)
    try:
        read_file(_input(tmp_path), max_seconds=5)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    assert 900 < remaining <= 1000


def test_a_file_name_with_a_newline_still_gives_one_error_line(tmp_path):
    weird = tmp_path / "two\nlines.txt"
    weird.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        read_file(weird)
    assert "\n" not in str(caught.value) and "file is empty" in str(caught.value)


def test_fuzz_harness_reports_a_crash_it_is_shown(tmp_path, fake_adapter):
    """The fuzz property must fail when an adapter crashes, or it could never find one."""

    def parse(source):
        if "crash" in source.text:
            raise KeyError("crash")
        return [RawThread("t", "fake", None, [RawMessage("k", "x")])]

    fake_adapter(parse)
    check_read_bytes(".txt", b"calm text")
    with pytest.raises(AssertionError, match="adapter bug"):
        check_read_bytes(".txt", b"crash me")


def test_parsing_any_file_as_html_prints_no_python_warning(recwarn):
    for text in ('<?xml version="1.0"?><rss><channel/></rss>', "page.html", "https://x.y/z"):
        _ = Source(Path("input.xml"), text.encode(), text).soup
    assert not [str(w.message) for w in recwarn]
