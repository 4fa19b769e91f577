"""Readable text from HTML and export helpers: the visible text of an element, paragraphs on
their own lines, mail-style quotes, and XML exports read safely.

The other concerns of reading HTML live beside this module: ``selection`` (the CSS matcher),
``dates``, ``page_meta`` (title, address, language, the post), ``comment_walker`` (one walk
over a page's comments) and ``reply_cues`` (who answers whom).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from argmap.ingest.base import RawQuote
from argmap.ingest.dates import parse_date  # read by the exporters and the fuzz properties
from argmap.model import CODE_FENCE

__all__ = [
    "element_text",
    "parse_date",
    "parse_export_xml",
    "shown_markup_read",
    "split_quoted_lines",
]

#: Blocks after which a line break belongs, so paragraphs do not run together.
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "hr",
}
#: Never part of what a person wrote.
SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "button", "form", "iframe"}
#: A ``<pre>`` block is fenced as Markdown writes code, so later stages can tell code from
#: prose (``if bar is None: return`` is not a claim) while a reader still sees it.
FENCED_BREAK = f"\n{CODE_FENCE}\n"
#: A tag of the markup comments are written in, as text shows it when a page printed the
#: HTML escaped (:func:`shown_markup_read`).
SHOWN_TAG = re.compile(r"</?(?:a|b|i|u|s|em|strong|code|pre|p|br|blockquote|span)\b[^<>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
#: Where a code block's own text goes back once the prose around it is tidied (private-use
#: characters, which no whitespace rule touches).
_CODE_SLOT = re.compile("\ue000(\\d+)\ue001")


def element_text(element: Any, exclude: Collection[Any] = ()) -> str:
    """The visible text of a BeautifulSoup element, paragraphs on their own lines.

    Scripts, styles, buttons and forms are skipped, and so are the elements in ``exclude``
    (nested replies, "Reply" links, quotes) without changing the tree; runs of spaces are
    collapsed, except inside code blocks, which keep their indentation between fences.
    """
    parts: list[str] = []
    code: list[str] = []
    _collect(element, parts, {id(node) for node in exclude}, code)
    text = _SPACES.sub(" ", "".join(parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n", text).strip()
    return _CODE_SLOT.sub(lambda slot: code[int(slot.group(1))], text) if code else text


def shown_markup_read(text: str) -> str:
    """Text that shows the tags of escaped HTML ("I prefer <code>x</code>"), as a page
    that printed a message's HTML escaped shows it, read as that HTML (code fenced, links
    to their words); other text as it is ("a<b" in prose is no tag)."""
    if not SHOWN_TAG.search(text):
        return text
    from bs4 import BeautifulSoup

    return element_text(BeautifulSoup(text, "html.parser"))


def _collect(element: Any, parts: list[str], skipped: set[int], code: list[str]) -> None:
    """Iterative walk (no recursion, so 10,000-deep markup cannot overflow the stack); a
    code block's text goes to ``code`` and a numbered slot between fences to ``parts``."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Doctype, ProcessingInstruction

    stack: list[Any] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if isinstance(node, Comment | Doctype | ProcessingInstruction):
                continue
            if isinstance(node, NavigableString) or node == "\n":
                parts.append(str(node))
            continue
        if not isinstance(node, Tag) or node.name in SKIPPED_TAGS or id(node) in skipped:
            continue
        if _code_block(node, element):
            parts.append(_code_slot(node, skipped, code))
            continue
        if node.name in BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
        stack.extend(reversed(node.contents))


def _code_slot(block: Any, skipped: set[int], code: list[str]) -> str:
    """The code block's lines as written (indentation kept, trailing spaces and blank
    lines at its ends dropped), kept in ``code``; its slot between fences for the text."""
    inner: list[str] = []
    _collect(block, inner, skipped, [])  # the block is the root there: nothing is fenced
    lines = "".join(inner).replace("\r\n", "\n").replace("\u00a0", " ").split("\n")
    text = "\n".join(line.rstrip() for line in lines).strip("\n")
    if not text.strip():
        return "\n"
    code.append(text)
    return f"{FENCED_BREAK}\ue000{len(code) - 1}\ue001{FENCED_BREAK}"


def _code_block(node: Any, root: Any) -> bool:
    """Whether ``node`` is a ``<pre>`` block inside the text being read: one inside another
    is fenced once, and a message that is itself a ``<pre>`` is preformatted prose."""
    return node.name == "pre" and node is not root and node.find_parent("pre") is None


def split_quoted_lines(text: str) -> tuple[str, list[RawQuote]]:
    """Mail-style quotes ("> earlier words") taken out of a plain-text body.

    >>> text, quotes = split_quoted_lines("> Redis is fast\\n> in memory\\nSo is Postgres.")
    >>> text, [quote.text for quote in quotes]
    ('So is Postgres.', ['Redis is fast\\nin memory'])
    """
    kept: list[str] = []
    quotes: list[list[str]] = []
    previous_quoted = False
    for line in text.splitlines():
        quoted = line.lstrip().startswith(">")
        if quoted:
            if not previous_quoted:
                quotes.append([])
            quotes[-1].append(line.lstrip()[1:].strip())
        else:
            kept.append(line)
        previous_quoted = quoted
    found = [RawQuote(text="\n".join(q).strip()) for q in quotes if "".join(q).strip()]
    return "\n".join(kept).strip(), found


def parse_export_xml(source: Any, what: str) -> Any:
    """The root element of an XML export, read without entities or network (so a hostile
    file cannot fetch or expand anything); :class:`InputError` naming ``what`` if it is not
    XML."""
    from lxml import etree

    from argmap.errors import InputError, Problem

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(source.data, parser)
    except etree.XMLSyntaxError as exc:
        problem = Problem.NOT_XML.format(what=what, detail=f" ({exc})")
        raise InputError(source.path, problem) from None
    if root is None:
        raise InputError(source.path, Problem.NOT_XML.format(what=what, detail=""))
    return root
