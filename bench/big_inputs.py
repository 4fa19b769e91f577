"""Time and peak memory of ``read_file`` on very large or very deep inputs.

Usage (from the repository root)::

    nice -n 10 python bench/big_inputs.py

Each input is generated in a temporary folder (never committed) and read in a fresh process
through :func:`argmap.ingest.read_file` with detection, as ``argmap map`` reads it; the
process reports the seconds spent reading, its peak resident memory and the outcome (the
adapter and message count, or the error line). The table is printed and appended to
``BENCHMARKS.md``. Run it again when adapters are added: the figures depend on them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):  # else measure the tree PYTHONPATH names
    sys.path.insert(0, str(REPO / "src"))

import argmap  # noqa: E402
from argmap.files import atomic_write_text  # noqa: E402

#: The source tree the readers run from: the one this script imported.
SOURCE = Path(argmap.__file__).resolve().parents[1]

MEGABYTE = 1024 * 1024
_READER = """
import json, resource, sys, time
from argmap.errors import InputError
from argmap.ingest import read_file
started = time.perf_counter()
try:
    adapter, threads = read_file(sys.argv[1], max_bytes=10**9, max_seconds=float(sys.argv[2]))
    outcome = f"{adapter}: {sum(1 + len(t.comments) for t in threads)} messages"
except InputError as error:
    outcome = "error: " + error.problem
seconds = time.perf_counter() - started
try:  # VmHWM belongs to this process image; ru_maxrss on Linux carries the parent's over
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome[:70]}))
"""


def _comment_page(path: Path, size: int) -> None:
    comment = (
        '<li class="comment" id="comment-{n}"><div class="comment-author vcard">'
        '<cite class="fn">Reader {n}</cite></div><div class="comment-meta">'
        '<time datetime="2013-04-02T10:15:00+00:00">April 2, 2013</time></div>'
        '<div class="comment-content"><p>I disagree with the post, and here is why: '
        "the argument about focus ignores meetings entirely.</p></div></li>\n"
    )
    with path.open("w") as stream:
        stream.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Big</title>')
        stream.write('</head><body><article class="post"><h1 class="entry-title">Big</h1>')
        stream.write('<div class="entry-content"><p>Remote work is better.</p></div></article>')
        stream.write('<ol class="commentlist">\n')
        number = 0
        while stream.tell() < size:
            stream.write(comment.format(n=number))
            number += 1
        stream.write("</ol></body></html>\n")


def _huge_attribute(path: Path, size: int) -> None:
    with path.open("w") as stream:
        stream.write('<html><head><meta property="og:title" content="')
        for _ in range(size // MEGABYTE):
            stream.write("x" * MEGABYTE)
        stream.write('"><title>Huge</title></head><body><p>Small body.</p></body></html>')


def _deep_html(path: Path, depth: int) -> None:
    comment = '<div class="comment"><span class="author">Ann</span><p>Deep reply.</p>'
    path.write_text(f"<html><body>{comment * depth}{'</div>' * depth}</body></html>")


def _deep_json(path: Path, depth: int) -> None:
    path.write_text('{"comments": [' + '{"replies": [' * depth + "]}" * depth + "]}")


def _text_dump(path: Path, size: int) -> None:
    block = "I disagree with the post, and here is why: meetings matter.\nReader\n"
    with path.open("w") as stream:
        stream.write("A very long thread\nRemote work is better for focus.\n")
        while stream.tell() < size:
            stream.write(block)


CASES: dict[str, tuple[str, Callable[[Path, int], None], int]] = {
    "50 MB page of comments": ("page.html", _comment_page, 50 * MEGABYTE),
    "100 MB attribute": ("attribute.html", _huge_attribute, 100 * MEGABYTE),
    "10,000-deep HTML nesting": ("deep.html", _deep_html, 10_000),
    "10,000-deep JSON nesting": ("deep.json", _deep_json, 10_000),
    "50 MB plain-text dump": ("dump.txt", _text_dump, 50 * MEGABYTE),
}


def measure(name: str, folder: Path, budget: float) -> dict:
    file_name, build, size = CASES[name]
    path = folder / file_name
    build(path, size)
    completed = subprocess.run(
        [sys.executable, "-c", _READER, str(path), str(budget)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(SOURCE)},
    )
    path.unlink()
    if completed.returncode != 0:
        tail = (completed.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": float("nan"), "peak_mb": float("nan"), "outcome": "CRASH " + tail}
    return json.loads(completed.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-seconds", type=float, default=600.0, help="budget per input")
    parser.add_argument("--no-record", action="store_true", help="do not append BENCHMARKS.md")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="argmap-big-") as folder:
        for name in CASES:
            result = measure(name, Path(folder), options.max_seconds)
            rows.append(
                f"| {name} | {result['seconds']:.1f} | {result['peak_mb']:.0f} "
                f"| {result['outcome']} |"
            )
            print(rows[-1], flush=True)
    command = " ".join(["python bench/big_inputs.py", *sys.argv[1:]])
    section = "\n".join(
        [
            "## Big inputs through read_file (bench/big_inputs.py)",
            "",
            f"- command: `{command}`",
            f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"- machine: {platform.machine()}, {os.cpu_count()} CPUs (shared), Python "
            f"{platform.python_version()}, {platform.system()}",
            "",
            "| input | seconds | peak MB | outcome |",
            "| --- | ---: | ---: | --- |",
            *rows,
            "",
        ]
    )
    print(section)
    if not options.no_record:
        benchmarks = REPO / "BENCHMARKS.md"
        existing = "# Benchmarks\n"
        if benchmarks.exists():
            existing = benchmarks.read_text(encoding="utf-8")
        atomic_write_text(benchmarks, existing.rstrip("\n") + "\n\n" + section)


if __name__ == "__main__":
    main()
