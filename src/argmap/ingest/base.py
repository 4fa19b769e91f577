"""What every platform adapter shares: the source it reads, the raw thread it returns, and
the step that turns a raw thread into the model's :class:`Thread` and :class:`Message` s.

An adapter only has to find messages and say which one each replies to, by its own local
keys. Giving ids, resolving parents (missing ones, loops, duplicates) and quotes is done
once, here, in :func:`build_thread`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from argmap.model import Message, Quote, Thread

__all__ = [
    "Adapter",
    "RawMessage",
    "RawQuote",
    "RawThread",
    "Source",
    "build_thread",
    "raw_thread_from_dict",
]


@dataclass
class RawQuote:
    """Quoted text, with the local key (or author name) of the message it came from."""

    text: str
    source_key: str | None = None
    source_author: str | None = None


@dataclass
class RawMessage:
    """A message as an adapter found it; ``key`` and ``parent_key`` are the page's own ids."""

    key: str
    text: str
    author: str | None = None
    time: str | None = None
    time_text: str | None = None
    parent_key: str | None = None
    kind: str = "comment"
    url: str | None = None
    quotes: list[RawQuote] = field(default_factory=list)


@dataclass
class RawThread:
    """A thread as an adapter found it: the post (if the page has one) and its comments."""

    title: str
    platform: str
    post: RawMessage | None
    comments: list[RawMessage] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    missing: int = 0


def raw_thread_from_dict(data: dict[str, Any]) -> RawThread:
    """The inverse of ``dataclasses.asdict`` on a :class:`RawThread`."""

    def message(fields: dict[str, Any]) -> RawMessage:
        quotes = [RawQuote(**quote) for quote in fields.get("quotes", ())]
        return RawMessage(**{**fields, "quotes": quotes})

    post = data.get("post")
    return RawThread(
        **{
            **data,
            "post": message(post) if post is not None else None,
            "comments": [message(c) for c in data.get("comments", ())],
        }
    )


@dataclass
class Source:
    """One input file: its bytes, its decoded text, and lazily its parsed forms."""

    path: Path
    data: bytes
    text: str

    @cached_property
    def head(self) -> str:
        """The first few kilobytes, lower-cased: enough for cheap platform detection."""
        return self.text[:4096].lstrip("\ufeff \t\r\n").lower()

    @cached_property
    def looks_like_json(self) -> bool:
        return self.head.startswith(("{", "["))

    @cached_property
    def looks_like_xml(self) -> bool:
        return self.head.startswith("<?xml") and "<html" not in self.head

    @cached_property
    def looks_like_html(self) -> bool:
        return "<html" in self.head or "<!doctype html" in self.head or "<body" in self.head

    @cached_property
    def json(self) -> Any:
        """The parsed JSON (``ValueError`` if the text is not JSON, or nests deeper than
        Python's recursion limit, so adapters need to catch only ``ValueError``)."""
        try:
            return json.loads(self.text)
        except RecursionError:
            raise ValueError("JSON nested too deeply to read") from None

    @cached_property
    def soup(self) -> Any:
        """The page parsed by BeautifulSoup with lxml (fast, and tolerant of broken markup).

        bs4's advice (an XML document parsed as HTML, text that looks like a file name) is
        silenced: it would reach the user as several lines of Python warning, and any file
        may be handed to an HTML reader when ``--platform`` forces one.
        """
        import warnings

        from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(self.text, "lxml")


@dataclass(frozen=True)
class Adapter:
    """A platform reader: ``detect`` scores how sure it is (0 to 1) that it can read a source,
    ``parse`` returns the threads in it."""

    name: str
    detect: Callable[[Source], float]
    parse: Callable[[Source], list[RawThread]]
    description: str = ""


#: Longest title and author name kept; a page can put megabytes in ``og:title``, but no
#: headline or name is longer than this.
MAX_TITLE_CHARS = 500
MAX_AUTHOR_CHARS = 200
#: Characters no text field may carry: C0 controls other than tab and newlines, and the
#: non-characters U+FFFE/U+FFFF (they break XML, terminals and some browsers).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Lone surrogates, which only ``\ud800``-style escapes in broken JSON can produce; they
#: cannot be written as UTF-8.
_SURROGATES = re.compile("[\ud800-\udfff]")


def build_thread(raw: RawThread, thread_id: str, source: str) -> tuple[Thread, list[Message]]:
    """Give a raw thread its ids and resolve every parent and quote to a message id.

    A parent that is missing, the message itself, or one of its own descendants (a loop in a
    broken export) is replaced by the post, so the reply structure is always a tree. Where
    two messages share a key, replies to that key go to the first. Text is cleaned of
    control characters, titles and names are capped, and a ``time`` that is not ISO 8601 is
    kept only as ``time_text``.
    """
    thread = Thread(
        id=thread_id,
        source=source,
        platform=raw.platform,
        title=_capped(_clean(raw.title).strip(), MAX_TITLE_CHARS) or Path(source).stem,
        url=_clean_or_none(raw.url),
        language=raw.language,
        missing=raw.missing,
    )
    post = raw.post or RawMessage(key="__post__", text="", kind="post")
    ordered = [post, *raw.comments]
    index_of: dict[str, int] = {}
    for number, message in enumerate(ordered):
        index_of.setdefault(message.key, number)
    ids = {key: f"{thread_id}/m{number}" for key, number in index_of.items()}
    parents = _tree_parents(ordered, index_of)
    by_author = {m.author: ids[m.key] for m in ordered if m.author}
    messages = []
    for number, message in enumerate(ordered):
        time, time_text = _checked_time(message.time, message.time_text)
        messages.append(
            Message(
                id=f"{thread_id}/m{number}",
                thread=thread_id,
                kind="post" if number == 0 else _comment_kind(message.kind),
                author=_capped(_clean_or_none(message.author), MAX_AUTHOR_CHARS),
                time=time,
                parent=None if parents[number] is None else f"{thread_id}/m{parents[number]}",
                text=_clean(message.text).strip(),
                time_text=_clean_or_none(time_text),
                url=_clean_or_none(message.url),
                quotes=tuple(_resolve_quote(q, ids, by_author) for q in message.quotes),
            )
        )
    return thread, messages


def _comment_kind(kind: str) -> str:
    return "trackback" if kind == "trackback" else "comment"


_UNSEEN, _ON_PATH, _SETTLED = 0, 1, 2


def _tree_parents(ordered: list[RawMessage], index_of: dict[str, int]) -> list[int | None]:
    """Each message's parent (by position), so that the replies form a tree under the post.

    A missing or self parent becomes the post. A loop (a message that is its own ancestor)
    is cut at its earliest message, which is re-attached to the post. Each message is walked
    over once, so a 10,000-deep chain costs no more than 10,000 flat comments.
    """
    parent: list[int | None] = [None]
    for number, message in enumerate(ordered[1:], start=1):
        found = index_of.get(message.parent_key) if message.parent_key is not None else None
        parent.append(found if found is not None and found != number else 0)
    state = [_UNSEEN] * len(ordered)
    state[0] = _SETTLED
    for start in range(1, len(ordered)):
        path: list[int] = []
        node: int | None = start
        while node is not None and state[node] == _UNSEEN:
            state[node] = _ON_PATH
            path.append(node)
            node = parent[node]
        if node is not None and state[node] == _ON_PATH:
            loop = path[path.index(node) :]
            parent[min(loop)] = 0
        for visited in path:
            state[visited] = _SETTLED
    return parent


def _clean(text: str) -> str:
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", text))


def _clean_or_none(text: str | None) -> str | None:
    return None if text is None else _clean(text)


def _capped(text: str | None, limit: int) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _checked_time(time: str | None, time_text: str | None) -> tuple[str | None, str | None]:
    """``time`` if it is ISO 8601 (a future date included: the page said so); otherwise
    the value is kept as ``time_text`` for a reader to see, and ``time`` is ``None``."""
    if time is None:
        return None, time_text
    try:
        datetime.fromisoformat(time.replace("Z", "+00:00"))
    except ValueError:
        return None, time_text or time
    return time, time_text


def _resolve_quote(quote: RawQuote, ids: dict[str, str], by_author: dict[str, str]) -> Quote:
    source = ids.get(quote.source_key) if quote.source_key else None
    if source is None and quote.source_author:
        source = by_author.get(quote.source_author)
    return Quote(text=_clean(quote.text).strip(), source=source)
