"""Disqus XML exports (``<disqus>`` with ``<thread>`` and ``<post>`` elements).

One thread per ``<thread>`` that has posts; each ``<post>`` names its thread and, for a
reply, its ``<parent>`` by ``dsq:id``. Spam is left out. A deleted post stays (with no text)
only when a reply points at it, so the reply keeps its place in the tree. Posts whose
thread is not in the file (orphans left by deleted threads) belong to no thread and are
left out.
"""

from __future__ import annotations

from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.html_tools import element_text, parse_export_xml, split_quoted_lines

__all__ = ["ADAPTER", "parse_export"]

DISQUS = "{http://disqus.com}"
DSQ_ID = "{http://disqus.com/disqus-internals}id"


def parse_export(root: Any) -> list[RawThread]:
    """Threads of a parsed ``<disqus>`` export, in the order the file lists them."""
    posts = [_read_post(element) for element in root.iter(f"{DISQUS}post")]
    posts = [post for post in posts if post is not None]
    referenced = {post["parent"] for post in posts if post["parent"]}
    by_thread: dict[str, list[RawMessage]] = {}
    for post in posts:
        if post["deleted"] and post["message"].key not in referenced:
            continue
        by_thread.setdefault(post["thread"], []).append(post["message"])
    threads = []
    for element in root.iter(f"{DISQUS}thread"):
        key = element.get(DSQ_ID)
        if key and key in by_thread and element.getparent() is root:
            threads.append(_read_thread(element, by_thread.pop(key)))
    return threads


def _read_post(element: Any) -> dict[str, Any] | None:
    if _text(element, "isSpam") == "true":
        return None
    thread = element.find(f"{DISQUS}thread")
    parent = element.find(f"{DISQUS}parent")
    time, time_text = parse_date(_text(element, "createdAt"))
    key = element.get(DSQ_ID) or ""
    parent_key = parent.get(DSQ_ID) if parent is not None else None
    text, quotes = split_quoted_lines(_html_text(_text(element, "message")))
    message = RawMessage(
        key=key,
        text=text,
        quotes=quotes,
        author=_text(element.find(f"{DISQUS}author"), "name") or None,
        time=time,
        time_text=time_text,
        parent_key=parent_key,
    )
    return {
        "message": message,
        "thread": thread.get(DSQ_ID) if thread is not None else None,
        "parent": parent_key,
        "deleted": _text(element, "isDeleted") == "true",
    }


def _read_thread(element: Any, comments: list[RawMessage]) -> RawThread:
    time, time_text = parse_date(_text(element, "createdAt"))
    link = _text(element, "link") or None
    post = RawMessage(
        key=f"thread-{element.get(DSQ_ID)}",
        text=_html_text(_text(element, "message")),
        author=_text(element.find(f"{DISQUS}author"), "name") or None,
        time=time,
        time_text=time_text,
        kind="post",
    )
    title = _text(element, "title") or link or f"Disqus thread {element.get(DSQ_ID)}"
    return RawThread(title=title, platform="disqus", post=post, comments=comments, url=link)


def _text(element: Any, tag: str) -> str:
    if element is None:
        return ""
    child = element.find(f"{DISQUS}{tag}")
    return (child.text or "").strip() if child is not None else ""


def _html_text(markup: str) -> str:
    """Messages are HTML inside CDATA."""
    if "<" not in markup:
        return markup
    from bs4 import BeautifulSoup

    return element_text(BeautifulSoup(markup, "lxml"))


def _detect(source: Source) -> float:
    head = source.head
    return 0.95 if head.startswith("<?xml") and "<disqus" in head else 0.0


def _parse(source: Source) -> list[RawThread]:
    return parse_export(parse_export_xml(source, "Disqus export"))


ADAPTER = Adapter(
    name="disqus_export",
    detect=_detect,
    parse=_parse,
    description="Disqus XML export: one thread per <thread> with posts",
)
