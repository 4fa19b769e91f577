"""WordPress eXtended RSS (WXR) exports: several posts, each with its comments.

One thread per ``<item>`` that has comments. The ``wp:`` namespace changes with the
export version (``.../export/1.0/`` to ``1.2``), so elements are found by local name.
Only approved comments are kept (``wp:comment_approved`` is ``1``; pending ones, spam and
trash were never shown); pingbacks and trackbacks are ``kind: "trackback"``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.html_tools import element_text, parse_export_xml, split_quoted_lines

__all__ = ["ADAPTER", "parse_wxr"]

#: Item types that are not articles anyone comments on.
SKIPPED_POST_TYPES = frozenset({"attachment", "nav_menu_item", "revision"})
TRACKBACK_TYPES = frozenset({"pingback", "trackback"})
#: WordPress writes "0000-00-00 00:00:00" when it has no GMT time.
NO_DATE = "0000-00-00 00:00:00"
_BLANK_LINES = re.compile(r"\n\s*\n+")
#: Languages the source-code shortcode of WordPress.com and SyntaxHighlighter Evolved
#: takes as a tag of its own ("[csharp] ... [/csharp]", "[python] ... [/python]").
_CODE_LANGUAGES = (
    "as3", "actionscript3", "bash", "shell", "c", "cpp", "c-sharp", "csharp", "css",
    "clojure", "coldfusion", "delphi", "diff", "erlang", "fsharp", "go", "groovy", "html",
    "java", "javafx", "javascript", "js", "jscript", "latex", "matlab", "objc", "pascal",
    "perl", "php", "plain", "powershell", "python", "py", "r", "ruby", "rails", "scala",
    "sql", "text", "vb", "vbnet", "xml", "xhtml", "xslt",
)  # fmt: skip
#: A code block written as a shortcode ("[sourcecode language="csharp"] ... [/sourcecode]",
#: "[code] ... [/code]", "[csharp] ... [/csharp]"), which an export keeps as written where
#: the page shows a ``<pre>`` block.
_CODE_SHORTCODE = re.compile(
    r"\[(code|sourcecode|" + "|".join(map(re.escape, _CODE_LANGUAGES)) + r")(?:\s[^\]]*)?\]"
    r"(.*?)\[/\1\]",
    re.DOTALL | re.IGNORECASE,
)
#: An RSS document whose namespaces include WordPress's export namespace.
WXR_MARKER = re.compile(r"xmlns:wp=[\"']http://wordpress\.org/export/")


def parse_wxr(root: Any) -> list[RawThread]:
    """A thread per exported post or page that has approved comments."""
    threads = []
    for item in root.iter("item"):
        if _child(item, "post_type") in SKIPPED_POST_TYPES:
            continue
        comments = [
            _read_comment(element)
            for element in item.findall("{*}comment")
            if _child(element, "comment_approved") in ("1", "")
        ]
        if comments:
            threads.append(_read_item(item, comments))
    return threads


def _read_item(item: Any, comments: list[RawMessage]) -> RawThread:
    time, time_text = _gmt_date(item, "post_date")
    if time is None and _child(item, "pubDate"):
        time, time_text = parse_date(_child(item, "pubDate"))
    post = RawMessage(
        key="__post__",
        text=_html_text(_child(item, "encoded")),
        author=_child(item, "creator") or None,
        time=time,
        time_text=time_text,
        kind="post",
    )
    return RawThread(
        title=html.unescape(_child(item, "title") or _child(item, "post_name")),
        platform="wxr",
        post=post,
        comments=comments,
        url=_child(item, "link") or None,
    )


def _read_comment(element: Any) -> RawMessage:
    time, time_text = _gmt_date(element, "comment_date")
    parent = _child(element, "comment_parent")
    kind = "trackback" if _child(element, "comment_type") in TRACKBACK_TYPES else "comment"
    text, quotes = split_quoted_lines(_html_text(_child(element, "comment_content")))
    return RawMessage(
        key=_child(element, "comment_id"),
        text=text,
        quotes=quotes,
        author=html.unescape(_child(element, "comment_author")) or None,
        time=time,
        time_text=time_text,
        parent_key=parent if parent not in ("", "0") else None,
        kind=kind,
        url=(_child(element, "comment_author_url") or None) if kind == "trackback" else None,
    )


def _gmt_date(element: Any, name: str) -> tuple[str | None, str | None]:
    """The GMT time with its zone when the export has it, else the blog's local time."""
    gmt = _child(element, f"{name}_gmt")
    if gmt and gmt != NO_DATE:
        return parse_date(gmt.replace(" ", "T") + "+00:00")
    local = _child(element, name)
    return parse_date(local) if local and local != NO_DATE else (None, None)


def _child(element: Any, local_name: str) -> str:
    """Text of the first child with this local name, whatever its namespace."""
    child = element.find(f"{{*}}{local_name}")
    return (child.text or "").strip() if child is not None else ""


def _html_text(markup: str) -> str:
    """Post and comment bodies are HTML with entities and WordPress's bare line breaks
    (a blank line is a paragraph). A code shortcode is read as the ``<pre>`` block the
    page shows, so its lines are fenced as code, not read as sentences ("IntAndString
    toPocoValue = typedRedis.Get(...)" had been a claim)."""
    markup = _CODE_SHORTCODE.sub(_as_preformatted, markup)
    if "<" not in markup and "&" not in markup:
        return _BLANK_LINES.sub("\n", markup)
    from bs4 import BeautifulSoup

    return element_text(BeautifulSoup(markup.replace("\n\n", "<p>"), "lxml"))


def _as_preformatted(shortcode: re.Match[str]) -> str:
    """The shortcode's code in a ``<pre>`` block; its blank lines stay inside it."""
    return "<pre>" + shortcode.group(2).replace("\n\n", "\n \n") + "</pre>"


def _detect(source: Source) -> float:
    return 0.95 if source.looks_like_xml and WXR_MARKER.search(source.text[:4096]) else 0.0


def _parse(source: Source) -> list[RawThread]:
    return parse_wxr(parse_export_xml(source, "WXR export"))


ADAPTER = Adapter(
    name="wxr",
    detect=_detect,
    parse=_parse,
    description="WordPress WXR export: one thread per post with comments",
)
