"""Reader comments found on saved pages nobody tuned for, against trafilatura, in one run.

Reads the pages of a set laid out like ``../shared/datasets/dragnet-comments-dev``
(``pages.jsonl`` with ``id`` and ``comments_text``, HTML in ``html/ID.html``) with argmap
and with trafilatura 2.x (``bare_extraction(include_comments=True)``), each given the same
decoded text, and compares the comment text each returns with the hand-corrected gold:

- word recall / precision: ``\\w+`` tokens, lower-cased, as bags (a word counts as often as
  both sides have it); argmap's side is each comment's author, shown date, text and quotes
  (the gold, copied from the page as seen, holds names, dates and bodies as lines);
- line recall / precision: lines of 4 or more words; a gold line is recalled when its word
  sequence occurs in the tool's comment text, a tool line is right when its word sequence
  occurs in the gold;
- pages with comments where any comment is found, and false alarms: pages without comments
  where the tool returns some.

Pooled figures sum over pages; the slice (every 8th comment page and every 8th page
without comments, ids sorted as text) is what the CI quality gate pins. Scoring is
importable: :func:`score_pages` takes records as in ``pages.jsonl``.

    PYTHONPATH=src python bench/comments_recall.py [--data DIR] [--limit N] [--slice]
        [--per-page] [--record]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argmap.errors import ArgmapError
from argmap.ingest import read_source
from argmap.ingest.base import RawThread, Source
from argmap.ingest.decode import decode_bytes

__all__ = [
    "DEFAULT_DATA",
    "PageScore",
    "ToolScore",
    "argmap_comment_text",
    "load_records",
    "pooled",
    "score_page",
    "score_pages",
    "slice_records",
    "trafilatura_comment_text",
]

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "datasets" / "dragnet-comments-dev"
WORD = re.compile(r"\w+")
#: Lines shorter than this are names, dates and "Reply" links: line scores leave them out.
MIN_LINE_WORDS = 4
#: The slice the CI quality gate pins: every 8th page of each kind.
SLICE_STEP = 8
TOOLS = ("argmap", "trafilatura")


@dataclass
class ToolScore:
    """What one tool returned on one page, against the gold."""

    found: bool = False
    words: int = 0
    correct_words: int = 0
    lines: int = 0
    correct_lines: int = 0
    recalled_gold_words: int = 0
    recalled_gold_lines: int = 0
    comments: int = 0
    with_author: int = 0
    replies: int = 0
    reader: str = ""
    seconds: float = 0.0
    error: str = ""


@dataclass
class PageScore:
    """One page: its gold size and each tool's score."""

    id: str
    has_comments: bool
    gold_words: int
    gold_lines: int
    tools: dict[str, ToolScore] = field(default_factory=dict)


def load_records(data: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    """The set's records (``pages.jsonl``), each with ``html_path`` added, sorted by id."""
    records = []
    with (data / "pages.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            record["html_path"] = str(data / "html" / f"{record['id']}.html")
            records.append(record)
    return sorted(records, key=lambda r: str(r["id"]))


def slice_records(records: list[dict[str, Any]], step: int = SLICE_STEP) -> list[dict[str, Any]]:
    """Every ``step``-th page with comments and every ``step``-th without, ids sorted as text."""
    ordered = sorted(records, key=lambda r: str(r["id"]))
    with_comments = [r for r in ordered if r.get("comments_text")]
    without = [r for r in ordered if not r.get("comments_text")]
    return with_comments[::step] + without[::step]


def _tokens(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text)]


def _long_lines(text: str) -> list[str]:
    """Each line of 4+ words as its words joined by single spaces."""
    lines = (" ".join(_tokens(line)) for line in text.splitlines())
    return [line for line in lines if line.count(" ") + 1 >= MIN_LINE_WORDS]


def _bag_overlap(ours: Counter[str], theirs: Counter[str]) -> int:
    return sum(min(count, theirs[word]) for word, count in ours.items())


def _lines_within(lines: list[str], text: str) -> int:
    """How many of ``lines`` occur, as whole-word sequences, in ``text``'s words."""
    haystack = " " + " ".join(_tokens(text)) + " "
    return sum(1 for line in lines if f" {line} " in haystack)


def argmap_comment_text(threads: Iterable[RawThread]) -> str:
    """Everything argmap shows of the comments, one line per part: author, shown date,
    text and quotes of each comment, in page order."""
    parts: list[str] = []
    for thread in threads:
        for comment in thread.comments:
            parts += [comment.author or "", comment.time_text or "", comment.text]
            parts += [quote.text for quote in comment.quotes]
    return "\n".join(part for part in parts if part)


def trafilatura_comment_text(html: str) -> str:
    """trafilatura 2.x's comment text for the page (``""`` when it finds none)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, include_comments=True, with_metadata=False)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return ""
    return (getattr(document, "comments", None) or "") if document else ""


def _run_argmap(path: Path, data: bytes, text: str) -> tuple[str, list[RawThread], str, str]:
    """argmap's comment text, threads, reader (platform string) and error."""
    try:
        _, threads = read_source(Source(path=path, data=data, text=text))
    except ArgmapError as exc:
        return "", [], "-", str(exc)
    readers = ",".join(sorted({thread.platform for thread in threads}))
    return argmap_comment_text(threads), threads, readers, ""


def _tool_score(tool_text: str, gold_text: str) -> ToolScore:
    ours, gold = Counter(_tokens(tool_text)), Counter(_tokens(gold_text))
    our_lines, gold_lines = _long_lines(tool_text), _long_lines(gold_text)
    overlap = _bag_overlap(ours, gold)
    return ToolScore(
        found=bool(ours),
        words=sum(ours.values()),
        correct_words=overlap,
        lines=len(our_lines),
        correct_lines=_lines_within(our_lines, gold_text),
        recalled_gold_words=overlap,
        recalled_gold_lines=_lines_within(gold_lines, tool_text),
    )


def score_page(record: dict[str, Any], tools: tuple[str, ...] = TOOLS) -> PageScore:
    """Read one page with each tool and score its comment text against the gold."""
    path = Path(record["html_path"])
    data = path.read_bytes()
    text = decode_bytes(path, data)
    gold = record.get("comments_text") or ""
    page = PageScore(
        id=str(record["id"]),
        has_comments=bool(gold),
        gold_words=len(_tokens(gold)),
        gold_lines=len(_long_lines(gold)),
    )
    for tool in tools:
        start = time.process_time()
        threads: list[RawThread] = []
        if tool == "argmap":
            found, threads, reader, error = _run_argmap(path, data, text)
        else:
            found, reader, error = trafilatura_comment_text(text), "trafilatura", ""
        score = _tool_score(found, gold)
        score.seconds = time.process_time() - start
        score.reader, score.error = reader, error
        comments = [comment for thread in threads for comment in thread.comments]
        score.comments = len(comments)
        score.with_author = sum(1 for comment in comments if comment.author)
        score.replies = sum(1 for comment in comments if comment.parent_key)
        page.tools[tool] = score
    return page


def pooled(pages: list[PageScore], tool: str) -> dict[str, float]:
    """One tool's figures summed over pages: recall and precision of words and lines, pages
    with comments found, false alarms."""
    comment_pages = [p for p in pages if p.has_comments]
    empty_pages = [p for p in pages if not p.has_comments]
    scores = [p.tools[tool] for p in comment_pages]
    words = sum(s.words for s in scores)
    lines = sum(s.lines for s in scores)
    gold_words = sum(p.gold_words for p in comment_pages)
    gold_lines = sum(p.gold_lines for p in comment_pages)
    return {
        "comment_pages": len(comment_pages),
        "found": sum(1 for s in scores if s.found),
        "word_recall": sum(s.recalled_gold_words for s in scores) / gold_words if gold_words else 0,
        "word_precision": sum(s.correct_words for s in scores) / words if words else 0,
        "line_recall": sum(s.recalled_gold_lines for s in scores) / gold_lines if gold_lines else 0,
        "line_precision": sum(s.correct_lines for s in scores) / lines if lines else 0,
        "empty_pages": len(empty_pages),
        "false_alarms": sum(1 for p in empty_pages if p.tools[tool].found),
        "cpu_seconds": sum(p.tools[tool].seconds for p in pages),
        "comments": sum(s.comments for s in scores),
        "with_author": sum(s.with_author for s in scores),
        "replies": sum(s.replies for s in scores),
    }


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def render_structure(pages: list[PageScore]) -> str:
    """Per reader label (``wordpress``, ``wordpress+structural``...): pages, comments, share
    with an author, share replying to another comment (argmap only; the gold has neither)."""
    by_label: dict[str, list[ToolScore]] = {}
    for page in pages:
        if page.has_comments and "argmap" in page.tools:
            score = page.tools["argmap"]
            by_label.setdefault(score.reader, []).append(score)
    lines = [
        "| reader | pages | comments | with author | replies to a comment |",
        "| --- | --- | --- | --- | --- |",
    ]
    for label, scores in sorted(by_label.items(), key=lambda item: -len(item[1])):
        count = sum(s.comments for s in scores)
        authors = sum(s.with_author for s in scores)
        replies = sum(s.replies for s in scores)
        lines.append(
            f"| {label} | {len(scores)} | {count} | {_share(authors, count)}"
            f" | {_share(replies, count)} |"
        )
    return "\n".join(lines)


def score_pages(
    page_records: list[dict[str, Any]], limit: int | None = None, tools: tuple[str, ...] = TOOLS
) -> dict[str, Any]:
    """Score the first ``limit`` records (all by default) with each tool; returns
    ``{"pages": [PageScore...], "pooled": {tool: figures}}``."""
    chosen = page_records[:limit] if limit is not None else page_records
    pages = [score_page(record, tools) for record in chosen]
    return {"pages": pages, "pooled": {tool: pooled(pages, tool) for tool in tools}}


def render(result: dict[str, Any], title: str) -> str:
    """The pooled figures of each tool as a Markdown table."""
    lines = [
        f"**{title}**",
        "",
        "| tool | comment pages found | word recall | word precision | line recall"
        " | line precision | false alarms | CPU s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for tool, f in result["pooled"].items():
        lines.append(
            f"| {tool} | {f['found']}/{f['comment_pages']} | {f['word_recall']:.3f}"
            f" | {f['word_precision']:.3f} | {f['line_recall']:.3f} | {f['line_precision']:.3f}"
            f" | {f['false_alarms']}/{f['empty_pages']} | {f['cpu_seconds']:.1f} |"
        )
    return "\n".join(lines)


def render_pages(pages: list[PageScore]) -> str:
    """One line per page: reader, comments, word recall and precision of each tool."""
    lines = ["page\tgold_words\t" + "\t".join(f"{t}_reader\t{t}_R\t{t}_P" for t in TOOLS)]
    for page in pages:
        cells = [page.id, str(page.gold_words)]
        for tool in TOOLS:
            score = page.tools.get(tool)
            if score is None:
                cells += ["", "", ""]
                continue
            recall = score.recalled_gold_words / page.gold_words if page.gold_words else 0
            precision = score.correct_words / score.words if score.words else 1
            reader = f"{score.reader}({score.comments})" if tool == "argmap" else tool
            cells += [reader, f"{recall:.2f}", f"{precision:.2f}" if score.words else "-"]
        lines.append("\t".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--slice", action="store_true", help="only the CI gate's slice")
    parser.add_argument("--per-page", action="store_true", help="print one line per page")
    parser.add_argument("--json", type=Path, default=None, help="write per-page scores here")
    args = parser.parse_args(argv)
    if not (args.data / "pages.jsonl").is_file():
        print(f"{args.data}/pages.jsonl not found", file=sys.stderr)
        return 2
    every_record = load_records(args.data)
    records = slice_records(every_record) if args.slice else every_record
    result = score_pages(records, args.limit)
    if args.per_page:
        print(render_pages(result["pages"]))
    print(render(result, f"All {len(result['pages'])} pages"))
    gate_ids = {str(r["id"]) for r in slice_records(every_record)}
    gate = [p for p in result["pages"] if p.id in gate_ids]
    gate_result = {"pooled": {tool: pooled(gate, tool) for tool in TOOLS}}
    if "argmap" in TOOLS:
        print()
        print(render_structure(result["pages"]))
    print()
    print(render(gate_result, f"CI gate slice (every {SLICE_STEP}th page of each kind)"))
    if args.json:
        pages = [asdict(page) for page in result["pages"]]
        args.json.write_text(json.dumps(pages, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
