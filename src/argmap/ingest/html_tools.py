"""Helpers every HTML adapter needs: readable text from an element, dates, title and URL.

Kept in one place so each adapter module is only its selectors and the walk over them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

__all__ = [
    "RELATIVE_DATE",
    "canonical_url",
    "element_text",
    "page_title",
    "parse_date",
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
#: "3 hours ago", "vor 2 Tagen", "yesterday": no absolute time; kept as text, never resolved
#: against today's clock (that would make output depend on when it ran).
RELATIVE_DATE = re.compile(
    r"\b(ago|yesterday|today|just now|vor \d+|назад|вчера|сегодня|hace \d+|il y a)\b",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def element_text(element: Any) -> str:
    """The visible text of a BeautifulSoup element, paragraphs on their own lines.

    Scripts, styles, buttons and forms are skipped; runs of spaces are collapsed.
    """
    parts: list[str] = []
    _collect(element, parts)
    text = _SPACES.sub(" ", "".join(parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", text).strip()


def _collect(element: Any, parts: list[str]) -> None:
    """Iterative walk (no recursion, so 10,000-deep markup cannot overflow the stack)."""
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
        if not isinstance(node, Tag) or node.name in SKIPPED_TAGS:
            continue
        if node.name in BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
        stack.extend(reversed(node.contents))


def parse_date(value: str | None) -> tuple[str | None, str | None]:
    """``(iso, text)``: ISO 8601 when the value is an absolute date, else ``(None, value)``.

    Relative dates ("3 hours ago") and junk are kept as text only. Dates without a year are
    not completed with this year.

    >>> parse_date("2013-04-02T10:15:00+00:00")
    ('2013-04-02T10:15:00+00:00', None)
    >>> parse_date("3 hours ago")
    (None, '3 hours ago')
    >>> parse_date("1356998400")
    ('2013-01-01T00:00:00+00:00', None)
    """
    if value is None:
        return None, None
    text = " ".join(str(value).split())
    if not text:
        return None, None
    if RELATIVE_DATE.search(text) or len(text) > 80:
        return None, text
    if re.fullmatch(r"\d{10}(\.\d+)?|\d{13}", text):
        seconds = float(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat(), None
    iso = _iso(text)
    return (iso, None) if iso else (None, text)


def _iso(text: str) -> str | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    if not re.search(r"\d", text) or not re.search(r"(1[89]|20)\d\d", text):
        return None  # no year: refuse to invent one
    parsed = _dateparser().parse(
        text, settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.isoformat() if parsed else None


@cache
def _dateparser() -> Any:
    """dateparser reads dates in 200 locales ("24 апреля 2018", "3. März 2011"); imported
    only when a date is not ISO, because its import takes a moment."""
    import dateparser

    return dateparser


def page_title(soup: Any) -> str:
    """The page's headline: ``og:title``, else ``<title>``, else the first ``<h1>``."""
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and meta.get("content", "").strip():
        return " ".join(meta["content"].split())
    if soup.title and soup.title.get_text(strip=True):
        return " ".join(soup.title.get_text().split())
    heading = soup.find("h1")
    return " ".join(heading.get_text().split()) if heading else ""


def canonical_url(soup: Any) -> str | None:
    """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
    link = soup.find("link", rel="canonical")
    if link and link.get("href", "").startswith("http"):
        return link["href"]
    meta = soup.find("meta", attrs={"property": "og:url"})
    if meta and meta.get("content", "").startswith("http"):
        return meta["content"]
    return None
