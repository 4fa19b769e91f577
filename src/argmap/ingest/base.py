"""What every platform adapter shares: the source it reads, the raw thread it returns, and
the step that turns a raw thread into the model's :class:`Thread` and :class:`Message` s.

An adapter only has to find messages and say which one each replies to, by its own local
keys. Giving ids, resolving parents (missing ones, loops, duplicates) and quotes is done
once, here, in :func:`build_thread`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
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
        """The parsed JSON (``ValueError`` if the text is not JSON)."""
        return json.loads(self.text)

    @cached_property
    def soup(self) -> Any:
        """The page parsed by BeautifulSoup with lxml (fast, and tolerant of broken markup)."""
        from bs4 import BeautifulSoup

        return BeautifulSoup(self.text, "lxml")


@dataclass(frozen=True)
class Adapter:
    """A platform reader: ``detect`` scores how sure it is (0 to 1) that it can read a source,
    ``parse`` returns the threads in it."""

    name: str
    detect: Callable[[Source], float]
    parse: Callable[[Source], list[RawThread]]
    description: str = ""


def build_thread(raw: RawThread, thread_id: str, source: str) -> tuple[Thread, list[Message]]:
    """Give a raw thread its ids and resolve every parent and quote to a message id.

    A parent that is missing, the message itself, or one of its own descendants (a loop in a
    broken export) is replaced by the post, so the reply structure is always a tree.
    """
    thread = Thread(
        id=thread_id,
        source=source,
        platform=raw.platform,
        title=raw.title.strip() or Path(source).stem,
        url=raw.url,
        language=raw.language,
        missing=raw.missing,
    )
    post = raw.post or RawMessage(key="__post__", text="", kind="post")
    ordered = [post, *raw.comments]
    ids: dict[str, str] = {}
    for number, message in enumerate(ordered):
        ids.setdefault(message.key, f"{thread_id}/m{number}")
    post_id = f"{thread_id}/m0"
    parents = _tree_parents(ordered, ids, post_id)
    by_author = {m.author: ids[m.key] for m in ordered if m.author}
    messages = [
        Message(
            id=f"{thread_id}/m{number}",
            thread=thread_id,
            kind="post" if number == 0 else _comment_kind(message.kind),
            author=message.author,
            time=message.time,
            parent=parents[number],
            text=message.text.strip(),
            time_text=message.time_text,
            url=message.url,
            quotes=tuple(_resolve_quote(q, ids, by_author) for q in message.quotes),
        )
        for number, message in enumerate(ordered)
    ]
    return thread, messages


def _comment_kind(kind: str) -> str:
    return "trackback" if kind == "trackback" else "comment"


def _tree_parents(ordered: list[RawMessage], ids: dict[str, str], post_id: str) -> list[str | None]:
    """Each message's parent id, with loops and dangling parents re-attached to the post."""
    own_ids = [f"{post_id.split('/')[0]}/m{n}" for n in range(len(ordered))]
    parent_of: dict[str, str | None] = {post_id: None}
    for number, message in enumerate(ordered[1:], start=1):
        parent = ids.get(message.parent_key) if message.parent_key else None
        parent_of[own_ids[number]] = parent if parent and parent != own_ids[number] else post_id
    for node in own_ids[1:]:
        seen = {node}
        ancestor = parent_of[node]
        while ancestor is not None and ancestor not in seen:
            seen.add(ancestor)
            ancestor = parent_of.get(ancestor)
        if ancestor is not None:  # walked back into ``seen``: a loop
            parent_of[node] = post_id
    return [parent_of[node] for node in own_ids]


def _resolve_quote(quote: RawQuote, ids: dict[str, str], by_author: dict[str, str]) -> Quote:
    source = ids.get(quote.source_key) if quote.source_key else None
    if source is None and quote.source_author:
        source = by_author.get(quote.source_author)
    return Quote(text=quote.text.strip(), source=source)
