"""vBulletin 4 forum threads (``li.postbit``), including late pages of long threads.

vBulletin prints dates only as text in the forum's format ("03.03.2011, 14:27",
"Heute, 09:12"), so dates are read from that text. Threads are flat: a post that quotes
another (``div.bbcode_container`` holding ``div.bbcode_quote``) replies to it; the quote's
"view post" link names the quoted post. Page N of a thread does not hold the opening
post: every post on it is then a comment and the thread has no post.
"""

from __future__ import annotations

import re
from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    clean_text,
    dotted_date,
    markup_detector,
    select_first,
    settle_language,
    strip_signature,
    take_quotes,
)
from argmap.ingest.page_meta import canonical_url, page_title
from argmap.ingest.reply_cues import link_replies

__all__ = ["ADAPTER", "parse_vbulletin"]

POST = "li.postbit[id^='post_'], li.postbitlegacy[id^='post_'], li.postcontainer[id^='post_']"
POST_BODY = "div[id^='post_message_'] blockquote.postcontent, div[id^='post_message_']"
POST_AUTHOR = "a.username strong, a.username, span.username"
#: The date: ``span.date`` in the stock theme, a ``dd`` of the user box in others.
POST_DATE = ("div.posthead span.date", "span.postdate span.date", "dl.userstats dd")
POST_COUNTER = "a.postcounter"
#: A quote; ``bbcode_container`` also wraps code blocks, which stay in the text.
QUOTE = "div.bbcode_container:has(div.bbcode_quote)"
QUOTE_AUTHOR = "div.bbcode_postedby strong"
QUOTE_LINK = "div.bbcode_postedby a[href*='post']"
QUOTE_TEXT = "div.message"
#: Signatures and app footers are not part of the argument.
BODY_JUNK = ("div.signature", "blockquote.signature", "div.tapatalkSignatur", "div.after_content")
THREAD_TITLE = ("span.threadtitle a", "span.threadtitle", "h1 a", "h1")
QUOTED_POST = re.compile(r"(?:#post|p=|post)(\d+)")
PAGE_SUFFIX = re.compile(r"\s*-\s*(Seite|Page|Pagina|Página|Sida|Strona|Side)\s+\d+\s*$")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ('id="vbulletin_html"', "postbit", 'content="vbulletin')
FEATURES = {
    'id="vbulletin_html"': 0.5,
    "vbulletin_css": 0.3,
    'content="vbulletin': 0.5,
    "postbit": 0.2,
    "bbcode_container": 0.1,
}


def parse_vbulletin(source: Source) -> list[RawThread]:
    """Read one page of a vBulletin 4 thread."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    nodes = soup.select(POST)
    messages = [_post(node) for node in nodes]
    opens_thread = bool(nodes) and _counter(nodes[0]) in (None, "1")
    post = messages[0] if opens_thread else None
    comments = messages[1:] if opens_thread else messages
    if post is not None:
        post.kind = "post"
    link_replies(comments, post)
    title = select_first(soup, THREAD_TITLE)
    heading = title.get_text(" ", strip=True) if title is not None else ""
    return [
        RawThread(
            title=heading or PAGE_SUFFIX.sub("", page_title(soup)),
            platform="vbulletin",
            post=post,
            comments=comments,
            url=canonical_url(soup),
            language=soup.html.get("lang") if soup.html is not None else None,
        )
    ]


def _post(node: Any) -> RawMessage:
    body = node.select_one(POST_BODY)
    quotes = take_quotes(body, QUOTE, _quote_source, _quote_text) if body is not None else []
    author = node.select_one(POST_AUTHOR)
    time, time_text = _date(node)
    return RawMessage(
        key=node.get("id", "").removeprefix("post_"),
        text=strip_signature(clean_text(body, BODY_JUNK)) if body is not None else "",
        author=author.get_text(" ", strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        quotes=quotes,
    )


def _date(node: Any) -> tuple[str | None, str | None]:
    """The first date-like text among the known places, in the forum's own format."""
    for selector in POST_DATE:
        for cell in node.select(selector):
            text = cell.get_text(" ", strip=True)
            if not re.search(r"\d{1,2}:\d\d", text):
                continue
            iso = dotted_date(text)
            return (iso, None) if iso else parse_date(text)
    return None, None


def _counter(node: Any) -> str | None:
    counter = node.select_one(POST_COUNTER)
    digits = re.sub(r"\D", "", counter.get_text()) if counter is not None else ""
    return digits or None


def _quote_source(block: Any) -> tuple[str | None, str | None]:
    author = block.select_one(QUOTE_AUTHOR)
    link = block.select_one(QUOTE_LINK)
    match = QUOTED_POST.search(link.get("href", "")) if link is not None else None
    return (match.group(1) if match else None), (
        author.get_text(strip=True) if author is not None else None
    )


def _quote_text(block: Any) -> str:
    message = block.select_one(QUOTE_TEXT)
    return clean_text(message if message is not None else block)


ADAPTER = Adapter(
    name="vbulletin",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_vbulletin,
    description="vBulletin 4 threads: postbits, text dates, quotes as reply links",
)
