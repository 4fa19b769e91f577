"""Any other HTML page: find the comment section by its shape, not by its class names.

A comment section is a run of sibling blocks of the same kind (same tag, same classes once
the alternating ``odd``/``even``/``depth-2`` ones are set aside), most of which hold an
author-like element and a date-like element. The largest such run outside sidebars wins;
every block of that kind on the page is then read as a comment, replies nested inside
their parent. A page without such a run is still a thread: its post and no comments.

The reader scores low (it is the fallback, chosen only when no platform reader knows the
page) but above zero for HTML, so an unknown page is never refused.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.html_tools import (
    COMMENT_JUNK,
    SIDEBAR,
    CommentMarkup,
    html_thread,
    read_comments,
    select_all,
)

__all__ = ["ADAPTER", "find_comment_markup"]

#: Score of the fallback: below every platform reader, above the text reader's 0 for HTML.
FALLBACK_SCORE = 0.05
#: Markup that makes a file without ``<html>`` a page fragment rather than text.
HTML_FRAGMENT = re.compile(r"<(div|p|article|section|li|table)\b")
#: Class and ``itemprop`` words that mark who wrote a block.
AUTHOR_HINT = re.compile(r"author|user|name|nick|byline|poster|submitter|\bfn\b", re.I)
#: Class words that mark when a block was written.
DATE_HINT = re.compile(r"date|time|posted|stamp|\bago\b|published", re.I)
#: Class words that mark the words of a block.
BODY_HINT = re.compile(r"content|body|text|message|entry", re.I)
#: Dates shown as text ("12.03.2019", "March 3, 2019", "3 hours ago").
DATE_TEXT = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(19|20)\d\d\b|\bago\b|\b\d{1,2}:\d\d\b", re.I
)
#: Classes that alternate between blocks of one list and so say nothing of their kind.
VARIANT_CLASSES = frozenset(
    {
        *("odd", "even", "alt", "first", "last", "parent", "byuser", "bypostauthor"),
        *("new", "collapsed", "highlighted", "selected", "clearfix"),
        *("thread-odd", "thread-even", "thread-alt"),
    }
)
#: Parts of a page that never hold the comment section.
NOT_COMMENTS = f"{SIDEBAR}, nav, header, footer, [role=navigation], .menu, .nav"
#: Share of a run's blocks that must show an author and a date: tuned on the shared corpus
#: pages (every comment section there shows both on at least 70% of its blocks; lists of
#: links and menus show neither).
MIN_SIGNED_SHARE = 0.6
MIN_RUN = 2
#: "12/03/2023 14:05", "March 3, 2019 at 10:41 pm": a date shown alone is short.
MAX_DATE_CHARS = 40
MIN_BLOCK_WORDS = 3


@dataclass
class _Run:
    """Sibling blocks of one kind, and the selectors found to work inside them."""

    signature: tuple[str, tuple[str, ...]]
    blocks: list[Any]
    author: str = ""
    date: str = ""
    body: str = ""


def find_comment_markup(soup: Any) -> CommentMarkup | None:
    """The markup of the page's comment section, guessed from its shape, or ``None``."""
    best: _Run | None = None
    excluded = {id(element) for element in select_all(soup, NOT_COMMENTS)}
    for parent in soup.find_all(True):
        if id(parent) in excluded:
            continue
        for run in _runs(parent):
            larger = best is None or len(run.blocks) > len(best.blocks)
            if larger and _read_hints(run, excluded):
                best = run
    if best is None:
        return None
    return CommentMarkup(
        item=_selector(best.signature),
        author=best.author,
        date=best.date,
        body=best.body,
        junk=COMMENT_JUNK,
        sidebar=NOT_COMMENTS,
    )


def _runs(parent: Any) -> list[_Run]:
    groups: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
    for child in parent.find_all(True, recursive=False):
        if child.name in ("script", "style", "a", "span", "br", "img", "option"):
            continue
        groups.setdefault(_signature(child), []).append(child)
    runs = [_Run(signature, blocks) for signature, blocks in groups.items()]
    return [run for run in runs if len(run.blocks) >= MIN_RUN]


def _signature(element: Any) -> tuple[str, tuple[str, ...]]:
    classes = element.get("class") or ()
    kept = sorted(c for c in classes if c not in VARIANT_CLASSES and not re.search(r"\d", c))
    return element.name, tuple(kept)


def _selector(signature: tuple[str, tuple[str, ...]]) -> str:
    import soupsieve

    name, classes = signature
    return name + "".join(f".{soupsieve.escape(c)}" for c in classes)


def _read_hints(run: _Run, excluded: set[int]) -> bool:
    """Whether most blocks are signed and dated; if so, fill in the run's selectors."""
    if any(id(parent) in excluded for parent in run.blocks[0].parents):
        return False
    authors: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    signed = 0
    for block in run.blocks:
        if len(block.get_text(" ").split()) < MIN_BLOCK_WORDS:
            continue
        author = _hinted(block, AUTHOR_HINT, ("cite",))
        date = _hinted(block, DATE_HINT, ("time",)) or _date_leaf(block)
        if author and (date or DATE_TEXT.search(block.get_text(" "))):
            signed += 1
            authors[author] += 1
            dates.update([date] if date else [])
        body = _hinted(block, BODY_HINT, (), avoid=(author, date))
        bodies.update([body] if body else [])
    if signed < max(MIN_RUN, MIN_SIGNED_SHARE * len(run.blocks)):
        return False
    run.author = authors.most_common(1)[0][0]
    run.date = dates.most_common(1)[0][0] if dates else ""
    run.body = bodies.most_common(1)[0][0] if bodies else ""
    return True


def _hinted(
    block: Any, hint: re.Pattern[str], tags: tuple[str, ...], avoid: tuple[str, ...] = ()
) -> str:
    """A selector for the first element in ``block`` whose class or ``itemprop`` matches
    ``hint`` (or whose tag is one of ``tags``), or ``""``. An element holding a match of an
    ``avoid`` selector is passed over: a body must not be the wrapper of the byline too."""
    import soupsieve

    avoid = tuple(selector for selector in avoid if selector)
    for element in block.find_all(True):
        if avoid and any(element.select_one(selector) for selector in avoid):
            continue
        if element.name in tags:
            return element.name
        for value in (*(element.get("class") or ()), element.get("itemprop") or ""):
            if value and hint.search(value) and not re.search(r"\d", value):
                if element.get("itemprop") == value:
                    return f"[itemprop='{value}']"
                return f".{soupsieve.escape(value)}"
    return ""


def _date_leaf(block: Any) -> str:
    """A selector for a short classed element that holds nothing but a date."""
    import soupsieve

    for element in block.find_all(True):
        text = element.get_text(" ", strip=True)
        classes = [c for c in element.get("class") or () if not re.search(r"\d", c)]
        short = classes and len(text) <= MAX_DATE_CHARS and not element.find(True)
        if short and DATE_TEXT.search(text):
            return f".{soupsieve.escape(classes[0])}"
    return ""


def _detect(source: Source) -> float:
    """Any HTML, including a saved fragment without ``<html>`` (which the text reader
    refuses), scores the fallback's score."""
    fragment = not source.looks_like_xml and HTML_FRAGMENT.search(source.head)
    return FALLBACK_SCORE if source.looks_like_html or fragment else 0.0


def _parse(source: Source) -> list[RawThread]:
    markup = find_comment_markup(source.soup)
    comments = read_comments(source.soup, markup) if markup else []
    return [html_thread(source.text, source.soup, "generic", comments)]


ADAPTER = Adapter(
    name="generic",
    detect=_detect,
    parse=_parse,
    description="any other HTML page: repeated signed and dated blocks are its comments",
)
