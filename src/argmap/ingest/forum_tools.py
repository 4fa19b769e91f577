"""Helpers the forum and aggregator adapters share: detection by page features, clean text
with page furniture removed, quotes, forum date formats, the thread's language, and the
merge of several saved pages of one thread. Parents from indentation depth and from reply
cues come from :mod:`argmap.ingest.reply_cues`, which the blog readers use too.

Forums differ in markup but repeat the same few problems: a message's body holds reply
links and quoted posts that are not the writer's words, nesting is given as a depth rather
than as containment, flat forums express replies only by quoting or "@name", dates are
printed in the board's own format, and a long thread is saved as several pages. Each is
solved once, here or in ``reply_cues``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from argmap.ingest.base import RawMessage, RawQuote, RawThread, Source
from argmap.ingest.html_tools import element_text
from argmap.ingest.reply_cues import parents_from_depths

__all__ = [
    "PagedThread",
    "clean_text",
    "content_language",
    "dotted_date",
    "feature_score",
    "markup_detector",
    "merge_pages",
    "select_first",
    "settle_language",
    "strip_signature",
    "take_quotes",
]

#: How much of a page detection reads: platform markers sit in the head or the first
#: messages, and reading a 50 MB page whole for each adapter would be slow.
DETECT_SAMPLE_CHARS = 300_000


def markup_detector(
    features: Mapping[str, float], needs: Iterable[str], cap: float = 0.95
) -> Callable[[Source], float]:
    """A ``detect`` function for an HTML platform: :func:`feature_score` of the page, and 0
    for JSON or XML, which no HTML reader can read."""
    needs = tuple(needs)

    def detect(source: Source) -> float:
        if source.looks_like_json or source.looks_like_xml:
            return 0.0
        return feature_score(source, features, needs, cap=cap)

    return detect


def feature_score(
    source: Source,
    features: Mapping[str, float],
    needs: Iterable[str] = (),
    cap: float = 1.0,
) -> float:
    """Sum the weights of the marker strings (lower-case) found in the page's first part.

    When ``needs`` is given, at least one of those structural markers must be present:
    a site's name alone (a blog's "share on reddit" button) proves nothing.

    >>> from pathlib import Path
    >>> page = '<html><span class="comhead">x</span>'
    >>> feature_score(Source(Path("p.html"), b"", page), {'class="comhead"': 0.5, "nope": 0.4})
    0.5
    >>> feature_score(Source(Path("p.html"), b"", page), {"html": 0.5}, needs=["athing"])
    0.0
    """
    sample = source.text[:DETECT_SAMPLE_CHARS].lower()
    needs = list(needs)
    if needs and not any(marker in sample for marker in needs):
        return 0.0
    return min(cap, sum(weight for marker, weight in features.items() if marker in sample))


def content_language(texts: Iterable[str], declared: str | None = None) -> str | None:
    """The language people wrote in, as a lower-case primary tag ("de", "zh"): a page's UI
    language (``<html lang>``, the fallback) often differs from what its people write.
    See :func:`argmap.language.thread_language`.

    >>> content_language(["Das ist nicht schlecht, und ich bin auch dabei."], "en-US")
    'de'
    >>> content_language(["OK"], "en-US")
    'en'
    """
    from argmap.language import thread_language

    return thread_language(texts, declared)


#: "03.03.2011, 14:27" / "22.04.18 в 23:19": day first, as every forum that writes dots
#: does; a two-digit year is of this century.
DOTTED_DATE = re.compile(
    r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d\d)\b(?:\D{0,12}?(\d{1,2}):(\d\d)(?::(\d\d))?)?"
)


def dotted_date(text: str) -> str | None:
    """ISO date-time (no zone: the page gives none) from a day-first dotted date.

    >>> dotted_date("03.03.2011,\xa014:27")
    '2011-03-03T14:27:00'
    >>> dotted_date("22.04.18 в 23:19")
    '2018-04-22T23:19:00'
    >>> dotted_date("Heute, 14:27") is None
    True
    """
    match = DOTTED_DATE.search(text)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        from datetime import datetime

        century = 2000 if len(year) == 2 else 0
        moment = datetime(
            century + int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
        )
    except ValueError:
        return None
    return moment.isoformat() if hour else moment.date().isoformat()


def settle_language(threads: list[RawThread]) -> list[RawThread]:
    """Set each thread's language from its messages, the page's ``lang`` as the fallback."""
    for thread in threads:
        messages = [thread.post, *thread.comments] if thread.post else thread.comments
        thread.language = content_language((m.text for m in messages), thread.language)
    return threads


#: Footers that mobile apps append to a post as plain text (no markup to select them by).
APP_SIGNATURE = re.compile(
    r"^(sent from my .{1,80}|gesendet von meine[mn]? .{1,80}|envoyé de mon .{1,80}"
    r"|enviado desde mi .{1,80}|inviato dal mio .{1,80}|verzonden vanaf mijn .{1,80}"
    r"|mit der kostenlosen .{1,60} app .{0,80}|.{0,40}\b(using|mit|via) tapatalk.{0,40})$",
    re.IGNORECASE,
)


def strip_signature(text: str) -> str:
    r"""Drop trailing "Sent from my iPhone using Tapatalk" lines.

    >>> strip_signature("Agreed.\nSent from my HD7 using Tapatalk")
    'Agreed.'
    """
    lines = text.split("\n")
    while len(lines) > 1 and APP_SIGNATURE.match(lines[-1].strip()):
        lines.pop()
    return "\n".join(lines)


def select_first(node: Any, selectors: Iterable[str]) -> Any:
    """The first element matching the first selector that matches anything: selectors in
    order of preference, where one CSS list would pick whichever comes first on the page."""
    for selector in selectors:
        found = node.select_one(selector)
        if found is not None:
            return found
    return None


#: Where line breaks in the page's source are the writer's own.
PREFORMATTED = ("pre", "code", "textarea", "plaintext", "xmp")


def clean_text(element: Any, junk: Iterable[str] = ()) -> str:
    """The element's text after removing (in place) everything matching the CSS selectors
    in ``junk``: reply links, vote counts, signatures. The page is parsed once per read,
    so removing is cheaper than copying and nothing else reads these parts again.

    Line breaks inside text nodes are only how the page's source was wrapped (browsers
    show them as spaces; "Save page as" re-wraps long lines), so they become spaces,
    except in preformatted blocks.
    """
    for selector in junk:
        for node in element.select(selector):
            node.decompose()
    from bs4.element import PreformattedString

    for string in element.find_all(string=lambda text: "\n" in text):
        if isinstance(string, PreformattedString) or string.find_parent(PREFORMATTED):
            continue  # comments and doctypes are dropped later; <pre> keeps its lines
        string.replace_with(string.replace("\r\n", " ").replace("\n", " "))
    return element_text(element)


def take_quotes(
    body: Any,
    selector: str,
    source_of: Any,
    text_of: Any = element_text,
) -> list[RawQuote]:
    """Cut the quoted blocks out of a message body and return them as quotes.

    ``source_of(block)`` gives ``(key, author)`` of the quoted message (either may be
    ``None``); ``text_of(block)`` gives the quoted words without the quote's own header.
    """
    quotes: list[RawQuote] = []
    for block in body.select(selector):
        if block.decomposed:  # inside a quote already taken: a quote of a quote
            continue
        key, author = source_of(block)
        text = text_of(block)
        quotes.append(RawQuote(text=text, source_key=key, source_author=author))
        block.decompose()
    return quotes


@dataclass
class PagedThread(RawThread):
    """One saved page of a thread that may span several pages.

    ``thread_key`` names the whole thread when the page says which it is (a story or topic
    id); ``page_key`` and ``next_page_key`` chain pages that do not (Hacker News "More"
    pages are reached by an opaque link). ``depths`` holds each comment's indentation so
    replies at the top of a later page can find their parents on the page before it.
    ``first_number`` orders pages that carry numbered posts (Discourse).
    """

    thread_key: str | None = None
    page_key: str | None = None
    next_page_key: str | None = None
    depths: dict[str, int] = field(default_factory=dict)
    first_number: int | None = None


def merge_pages(threads: list[tuple[str, str, RawThread]]) -> list[tuple[str, str, RawThread]]:
    """Join pages of the same thread, given as ``(source, adapter, raw thread)`` in input
    order, into one thread each; other threads pass through unchanged.

    Pages join when they share a ``thread_key``, or when one page's ``next_page_key`` is
    another's ``page_key``. The joined thread keeps the first page's source, title and
    post, lists each comment once (by key) in page order, and recomputes depth-based
    parents across page boundaries.
    """
    paged = [t for _, _, t in threads if isinstance(t, PagedThread)]
    _inherit_thread_keys(paged)
    groups: dict[tuple[str, str], list[tuple[str, str, PagedThread]]] = {}
    for source, adapter, raw in threads:
        if isinstance(raw, PagedThread) and raw.thread_key:
            groups.setdefault((raw.platform, raw.thread_key), []).append((source, adapter, raw))
    merged: list[tuple[str, str, RawThread]] = []
    done: set[tuple[str, str]] = set()
    for source, adapter, raw in threads:
        group_key = (raw.platform, raw.thread_key) if isinstance(raw, PagedThread) else None
        if group_key is None or group_key not in groups or len(groups[group_key]) == 1:
            merged.append((source, adapter, raw))
        elif group_key not in done:
            done.add(group_key)
            pages = _page_order([page for _, _, page in groups[group_key]])
            first_source = next(s for s, _, p in groups[group_key] if p is pages[0])
            merged.append((first_source, adapter, _join(pages)))
    return merged


def _inherit_thread_keys(pages: list[PagedThread]) -> None:
    """A page reached from another page's "next" link belongs to that page's thread."""
    by_page_key = {p.page_key: p for p in pages if p.page_key}
    changed = True
    while changed:
        changed = False
        for page in pages:
            follower = by_page_key.get(page.next_page_key) if page.next_page_key else None
            if follower is not None and page.thread_key and not follower.thread_key:
                follower.thread_key = page.thread_key
                changed = True


def _page_order(pages: list[PagedThread]) -> list[PagedThread]:
    """Pages in reading order: by the "next" chain, else by first post number, else as given."""
    by_page_key = {p.page_key: p for p in pages if p.page_key}
    followers = {id(by_page_key[p.next_page_key]) for p in pages if p.next_page_key in by_page_key}
    heads = [p for p in pages if id(p) not in followers]
    if len(heads) == 1 and by_page_key:
        ordered = [heads[0]]
        while ordered[-1].next_page_key in by_page_key and len(ordered) < len(pages):
            ordered.append(by_page_key[ordered[-1].next_page_key])
        if len(ordered) == len(pages):
            return ordered
    numbered = all(p.first_number is not None for p in pages)
    return sorted(pages, key=lambda p: p.first_number or 0) if numbered else pages


def _join(pages: list[PagedThread]) -> PagedThread:
    """One thread from its pages in reading order."""
    head = next((p for p in pages if p.post is not None), pages[0])
    comments: dict[str, RawMessage] = {}
    depths: dict[str, int] = {}
    stack: list[tuple[int, str]] = []
    for page in pages:
        fresh = [c for c in page.comments if c.key not in comments and c.key != _key(head.post)]
        if page.depths:
            order = [(c.key, page.depths.get(c.key, 0)) for c in fresh]
            parents = parents_from_depths(order, stack)
            for comment in fresh:
                if comment.parent_key is None:
                    comment.parent_key = parents.get(comment.key)
            depths.update(page.depths)
        comments.update((c.key, c) for c in fresh)
    values = {f.name: getattr(head, f.name) for f in fields(head)}
    values.update(
        comments=list(comments.values()),
        missing=sum(p.missing for p in pages),
        depths=depths,
        next_page_key=pages[-1].next_page_key,
        url=next((p.url for p in pages if p.url), None),
    )
    return PagedThread(**values)


def _key(message: RawMessage | None) -> str | None:
    return message.key if message else None
