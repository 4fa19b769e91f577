"""Ingest speed and recall over ../shared/pages, side by side with trafilatura's comments.

For every page listed in ``MANIFEST.tsv``: the CPU time (``time.process_time``, steadier
than wall time on a shared machine) argmap takes to read it into threads
(``read_file`` + ``assemble``), and, for HTML pages, the time trafilatura takes to extract
the same page with ``include_comments=True`` and the share of the words of trafilatura's
comment text that argmap also recovers in its comments (their text, quotes, authors and
shown dates). Pages with an expectations file (``tests/pages``) also say whether the
comment count is within 2% (or one) of the count written there by reading the page.

Prints a table and appends it to BENCHMARKS.md::

    PYTHONPATH=src python bench/ingest.py [--shared ../shared] [--platforms wordpress ...]
        [--no-record]

With ``--selectors`` it times instead the hand-written selector matcher
(``argmap.ingest.selection.select_all``) against soupsieve on the same pages.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argmap.api import assemble
from argmap.errors import ArgmapError
from argmap.files import atomic_write_text
from argmap.ingest import read_file
from argmap.model import Message

REPO = Path(__file__).resolve().parents[1]
EXPECTATIONS = REPO / "tests" / "pages"
WORD = re.compile(r"\w+")
ALPHABETIC = re.compile(r"[^\W\d_]")
#: A line of trafilatura's comment text with fewer words than this is page furniture that
#: argmap drops on purpose ("ReplyDelete", "Permanenter Link", "Like Liked by 17 people",
#: a byline or a date): the second recall figure leaves such lines out.
MIN_CONTENT_WORDS = 5
#: A comment count is right when within 2% of the count read by hand, or within one.
COUNT_TOLERANCE = 0.02


@dataclass
class PageResult:
    """One page: what argmap found and how it compares."""

    file: str
    size: int
    adapter: str
    comments: int
    argmap_seconds: float
    expected: int | None = None
    trafilatura_seconds: float | None = None
    trafilatura_words: int = 0
    recovered_words: int = 0
    content_words: int = 0
    recovered_content_words: int = 0
    error: str = ""

    @property
    def count_ok(self) -> bool | None:
        if self.expected is None:
            return None
        return abs(self.comments - self.expected) <= max(1, COUNT_TOLERANCE * self.expected)

    @property
    def coverage(self) -> float | None:
        return self.recovered_words / self.trafilatura_words if self.trafilatura_words else None

    @property
    def content_coverage(self) -> float | None:
        if not self.content_words:
            return None
        return self.recovered_content_words / self.content_words


def _expected_counts() -> dict[str, int]:
    counts = {}
    for path in EXPECTATIONS.glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "comments" in data:
            counts[data["file"]] = int(data["comments"])
    return counts


def _words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in WORD.findall(text))


def _content_lines(text: str) -> str:
    """The lines that hold at least ``MIN_CONTENT_WORDS`` words with letters."""
    return "\n".join(
        line
        for line in text.splitlines()
        if sum(1 for w in WORD.findall(line) if ALPHABETIC.search(w)) >= MIN_CONTENT_WORDS
    )


def _recovered(theirs: Counter[str], ours: Counter[str]) -> int:
    return sum(min(count, ours[word]) for word, count in theirs.items())


def _argmap_words(messages: list[Message]) -> Counter[str]:
    """Everything argmap recovered of the comments: text, quotes, author, shown date."""
    bag: Counter[str] = Counter()
    for message in messages:
        if message.kind == "post":
            continue
        parts = [message.text, message.author or "", message.time_text or ""]
        parts += [quote.text for quote in message.quotes]
        bag.update(_words(" ".join(parts)))
    return bag


def _trafilatura_comments(html: str) -> tuple[str, float]:
    import trafilatura

    start = time.process_time()
    document = trafilatura.bare_extraction(html, include_comments=True, with_metadata=False)
    seconds = time.process_time() - start
    return (getattr(document, "comments", None) or "") if document else "", seconds


def measure(page: Path, name: str, expected: int | None) -> PageResult:
    """Read one page with argmap (and trafilatura, for HTML) and compare."""
    size = page.stat().st_size
    start = time.process_time()
    try:
        adapter, raws = read_file(page)
        _, messages = assemble((name, raw) for raw in raws)
    except ArgmapError as exc:
        return PageResult(name, size, "-", 0, time.process_time() - start, expected, error=str(exc))
    result = PageResult(
        name,
        size,
        adapter,
        sum(1 for m in messages if m.kind != "post"),
        time.process_time() - start,
        expected,
    )
    if page.suffix.lower() in (".html", ".htm"):
        comments, seconds = _trafilatura_comments(
            page.read_text(encoding="utf-8", errors="replace")
        )
        theirs, ours = _words(comments), _argmap_words(messages)
        content = _words(_content_lines(comments))
        result.trafilatura_seconds = seconds
        result.trafilatura_words = sum(theirs.values())
        result.recovered_words = _recovered(theirs, ours)
        result.content_words = sum(content.values())
        result.recovered_content_words = _recovered(content, ours)
    return result


def _warm_up(pages: Path, names: list[str]) -> None:
    """Import and load everything once (trafilatura, dateparser's locales, lxml) so that
    neither side's one-time start-up is charged to the first page."""
    html = next((name for name in names if name.endswith(".html")), None)
    if html:
        measure(pages / html, html, None)


def _manifest(shared: Path) -> list[str]:
    with (shared / "pages" / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return [row["file"] for row in csv.DictReader(handle, delimiter="\t")]


def _percent(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def render(results: list[PageResult]) -> str:
    """The per-page table and the summary lines, as Markdown."""
    lines = [
        "| page | reader | comments (expected) | count ok | trafilatura words"
        " | argmap recovers (all / content lines) | argmap CPU ms | trafilatura CPU ms |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        expected = "" if r.expected is None else f" ({r.expected})"
        ok = {None: "", True: "yes", False: "**no**"}[r.count_ok]
        coverage = "" if r.coverage is None else f"{100 * r.coverage:.1f}%"
        if r.content_coverage is not None:
            coverage += f" / {100 * r.content_coverage:.1f}%"
        traf_ms = "" if r.trafilatura_seconds is None else f"{1000 * r.trafilatura_seconds:.0f}"
        found = "error: " + r.error if r.error else f"{r.comments}{expected}"
        lines.append(
            f"| {r.file} | {r.adapter} | {found} | {ok} | {r.trafilatura_words or ''}"
            f" | {coverage} | {1000 * r.argmap_seconds:.0f} | {traf_ms} |"
        )
    total_seconds = sum(r.argmap_seconds for r in results)
    total_bytes = sum(r.size for r in results)
    html = [r for r in results if r.trafilatura_seconds is not None]
    checked = [r for r in results if r.count_ok is not None]
    traf_words = sum(r.trafilatura_words for r in html)
    recovered = sum(r.recovered_words for r in html)
    content_words = sum(r.content_words for r in html)
    recovered_content = sum(r.recovered_content_words for r in html)
    html_argmap = sum(r.argmap_seconds for r in html)
    html_traf = sum(r.trafilatura_seconds or 0 for r in html)
    lines += [
        "",
        f"- pages: {len(results)}, errors: {sum(1 for r in results if r.error)}; "
        f"{total_bytes / 1e6:.1f} MB in {total_seconds:.1f} CPU s: "
        f"**{len(results) / total_seconds:.2f} pages/s, "
        f"{total_bytes / 1e6 / total_seconds:.2f} MB/s**",
        f"- comment count within 2% (or 1) of the hand count: "
        f"**{sum(1 for r in checked if r.count_ok)}/{len(checked)} pages "
        f"({_percent(sum(1 for r in checked if r.count_ok), len(checked))})**",
        f"- words of trafilatura's comment text that argmap also recovers, over {len(html)} "
        f"HTML pages: **{_percent(recovered, traf_words)}** ({recovered}/{traf_words}); "
        f"in its content lines (≥ {MIN_CONTENT_WORDS} words with letters, i.e. without "
        f"furniture lines): **{_percent(recovered_content, content_words)}** "
        f"({recovered_content}/{content_words})",
        f"- speed on those HTML pages: argmap {html_argmap:.1f} s, trafilatura "
        f"{html_traf:.1f} s: argmap takes **{html_argmap / html_traf:.2f}x** trafilatura's time"
        if html_traf
        else "- no HTML pages",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--no-record", action="store_true", help="do not append to BENCHMARKS.md")
    parser.add_argument(
        "--platforms",
        nargs="*",
        default=None,
        help="only pages in these folders of ../shared/pages (e.g. wordpress drupal)",
    )
    parser.add_argument(
        "--selectors",
        action="store_true",
        help="instead: the hand-written selector matcher against soupsieve on the HTML pages",
    )
    args = parser.parse_args(argv)
    if not (args.shared / "pages" / "MANIFEST.tsv").is_file():
        print(f"{args.shared}/pages/MANIFEST.tsv not found", file=sys.stderr)
        return 2
    if args.selectors:
        print(selector_speed(args.shared / "pages", _manifest(args.shared)))
        return 0
    expected = _expected_counts()
    names = [
        name
        for name in _manifest(args.shared)
        if args.platforms is None or name.split("/")[0] in args.platforms
    ]
    _warm_up(args.shared / "pages", names)
    results = [measure(args.shared / "pages" / name, name, expected.get(name)) for name in names]
    table = render(results)
    print(table)
    if not args.no_record:
        command = "PYTHONPATH=src python bench/ingest.py" + (
            " --platforms " + " ".join(args.platforms) if args.platforms else ""
        )
        record(table, command)
    return 0


def _blog_selector_lists() -> list[str]:
    """Every selector list the blog readers hand to the comment walker."""
    from argmap.ingest import blogger, drupal, livejournal, schema_org, wordpress
    from argmap.ingest.comment_walker import SIDEBAR

    lists = [SIDEBAR]
    for module in (wordpress, blogger, drupal, livejournal, schema_org):
        markup = module.COMMENT_MARKUP
        lists += [markup.item, markup.author, markup.date, markup.body, markup.junk]
    return [selectors for selectors in lists if selectors]


def selector_speed(pages: Path, names: list[str]) -> str:
    """CPU time of ``selection.select_all`` and of soupsieve (``soup.select``) running the
    blog readers' selector lists over every HTML page, and whether they ever differ."""
    from bs4 import BeautifulSoup

    from argmap.ingest.selection import select_all

    lists = _blog_selector_lists()
    ours = theirs = 0.0
    differences = 0
    html = [name for name in names if name.endswith((".html", ".htm"))]
    for name in html:
        soup = BeautifulSoup((pages / name).read_text(encoding="utf-8", errors="replace"), "lxml")
        for selectors in lists:
            start = time.process_time()
            mine = select_all(soup, selectors)
            middle = time.process_time()
            reference = soup.select(selectors)
            theirs += time.process_time() - middle
            ours += middle - start
            differences += [id(e) for e in mine] != [id(e) for e in reference]
    return (
        f"- selector matcher: {len(lists)} selector lists of the blog readers over "
        f"{len(html)} HTML pages: select_all {ours:.2f} CPU s, soupsieve {theirs:.2f} CPU s "
        f"(**{theirs / ours:.1f}x** faster); lists selecting differently: {differences}"
    )


def record(table: str, command: str) -> None:
    """Append the table to BENCHMARKS.md with the command, date and machine."""
    path = REPO / "BENCHMARKS.md"
    previous = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    machine = f"{platform.machine()}, Python {platform.python_version()}"
    section = (
        f"\n## Ingest: speed and comment recall over ../shared/pages\n\n"
        f"Command: `{command}`  \n"
        f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC  \n"
        f"Machine: {machine}, {_cpu_count()} CPUs (shared with other jobs)\n\n{table}\n"
    )
    atomic_write_text(path, previous.rstrip("\n") + "\n" + section)


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main())
