"""XenForo 2 forum threads, and the XenForo "comments from the forums" widget that news
sites (Tom's Hardware and others) put under articles.

Forum threads are flat: a post replies to the post it quotes. XenForo marks a quote with
``blockquote.bbCodeBlock--quote`` and, when the quote was made with the quote button,
``data-source="post: N"`` and ``data-quote="Name"``; older or hand-typed quotes have only
the "Name said:" title. The quote leaves the body and becomes a :class:`RawQuote`.
"""

from __future__ import annotations

import re
from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    clean_text,
    markup_detector,
    settle_language,
    strip_signature,
    take_quotes,
)
from argmap.ingest.page_meta import canonical_url, page_title
from argmap.ingest.reply_cues import VERB_AFTER_NAME, link_replies

__all__ = ["ADAPTER", "parse_xenforo"]

# Forum thread (XenForo 2).
MESSAGE = "article.message[data-content^='post-'], article.message--post"
MESSAGE_BODY = "article.message-body div.bbWrapper, div.message-body div.bbWrapper, div.bbWrapper"
MESSAGE_TIME = "header.message-attribution time.u-dt, time.u-dt"
MESSAGE_AUTHOR = "h4.message-name .username, .message-name a, a.username"
#: The "#12" permalink that numbers posts in the thread.
MESSAGE_COUNTER = "header.message-attribution .message-attribution-opposite a"
QUOTE = "blockquote.bbCodeBlock--quote"
QUOTE_TITLE = ".bbCodeBlock-title"
#: The quoted words: ``expandContent`` when the quote folds, else the whole ``content``.
QUOTE_BODY = (".bbCodeBlock-expandContent", ".bbCodeBlock-content")
#: Inside a body, but not the writer's words.
BODY_JUNK = (".bbCodeBlock-expandLink", ".js-selectToQuoteEnd", "div.message-lastEdit")
THREAD_TITLE = "h1.p-title-value"
# Article comment widget.
WIDGET_COMMENT = "li.xenforo-comment[id^='xenforo-comment-']"
#: "32 Comments": the thread's size; the widget shows only the first few.
WIDGET_TOTAL = ".xenforo-comments-header .comments-total"
WIDGET_AUTHOR = ".author-name"
WIDGET_DATE = ".post-date"
WIDGET_BODY = ".js-read-more, .xenforo-comment-content > div"
WIDGET_QUOTE = "blockquote"
WIDGET_QUOTE_AUTHOR = "div.author"
WIDGET_JUNK = (".xf-comment-reply",)
ARTICLE_BODY = "#article-body, [itemprop='articleBody']"
POST_NUMBER = re.compile(r"(\d+)")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ('id="xf"', "xenforo-comment", "bbwrapper")
FEATURES = {
    'id="xf"': 0.4,
    "data-xf-init": 0.3,
    "xenforo": 0.2,
    "bbwrapper": 0.2,
    "xenforo-comment": 0.5,
    "message--post": 0.2,
}


def parse_xenforo(source: Source) -> list[RawThread]:
    """Read a XenForo thread page, or the forum-comment widget under an article."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    if soup.select_one(MESSAGE) is None and soup.select_one(WIDGET_COMMENT) is not None:
        return [_parse_widget(soup)]
    return [_parse_thread(soup)]


def _parse_thread(soup: Any) -> RawThread:
    messages = [_message(node) for node in soup.select(MESSAGE)]
    opens_thread = bool(messages) and _counter(soup.select(MESSAGE)[0]) in (None, "1")
    post = messages[0] if opens_thread else None
    comments = messages[1:] if opens_thread else messages
    if post is not None:
        post.kind = "post"
    link_replies(comments, post)
    title = soup.select_one(THREAD_TITLE)
    return RawThread(
        title=title.get_text(" ", strip=True) if title else page_title(soup),
        platform="xenforo",
        post=post,
        comments=comments,
        url=canonical_url(soup),
        language=_language(soup),
    )


def _message(node: Any) -> RawMessage:
    body = node.select_one(MESSAGE_BODY)
    quotes = take_quotes(body, QUOTE, _quote_source, _quote_text) if body is not None else []
    stamp = node.select_one(MESSAGE_TIME)
    time, time_text = _time(stamp)
    author = node.get("data-author")
    if not author:
        name = node.select_one(MESSAGE_AUTHOR)
        author = name.get_text(strip=True) if name is not None else None
    content = str(node.get("data-content", ""))
    return RawMessage(
        key=content.removeprefix("post-") or node.get("id", ""),
        text=strip_signature(clean_text(body, BODY_JUNK)) if body is not None else "",
        author=author,
        time=time,
        time_text=time_text,
        quotes=quotes,
    )


def _time(stamp: Any) -> tuple[str | None, str | None]:
    if stamp is None:
        return None, None
    for value in (stamp.get("datetime"), stamp.get("data-time"), stamp.get("title"), stamp.text):
        if value:
            iso, _ = parse_date(str(value))
            if iso:
                return iso, None
    return None, stamp.get_text(" ", strip=True) or None


def _counter(node: Any) -> str | None:
    """The post's number in the thread ("#1"), or ``None`` when the page does not say."""
    for link in node.select(MESSAGE_COUNTER):
        text = link.get_text(strip=True)
        if text.startswith("#"):
            match = POST_NUMBER.search(text)
            return match.group(1) if match else None
    return None


def _quote_source(block: Any) -> tuple[str | None, str | None]:
    source = POST_NUMBER.search(str(block.get("data-source", "")))
    author = block.get("data-quote")
    if not author:
        title = block.select_one(QUOTE_TITLE)
        author = (
            VERB_AFTER_NAME.sub("", title.get_text(" ", strip=True)) if title is not None else None
        )
    return (source.group(1) if source else None), (author or None)


def _quote_text(block: Any) -> str:
    for selector in QUOTE_BODY:
        content = block.select_one(selector)
        if content is not None:
            return clean_text(content)
    return clean_text(block)


def _parse_widget(soup: Any) -> RawThread:
    """An article with its forum-backed comments: the article is the post."""
    comments = [_widget_comment(node) for node in soup.select(WIDGET_COMMENT)]
    link_replies(comments)
    article = soup.select_one(ARTICLE_BODY)
    author = soup.find("meta", attrs={"name": "author"})
    total = soup.select_one(WIDGET_TOTAL)
    stated = POST_NUMBER.search(total.get_text()) if total is not None else None
    return RawThread(
        title=page_title(soup),
        platform="xenforo",
        post=RawMessage(
            key="article",
            text=clean_text(article) if article is not None else "",
            author=author.get("content") if author is not None else None,
            kind="post",
        ),
        comments=comments,
        url=canonical_url(soup),
        language=_language(soup),
        missing=max(0, int(stated.group(1)) - len(comments)) if stated else 0,
    )


def _widget_comment(node: Any) -> RawMessage:
    body = node.select_one(WIDGET_BODY)
    quotes = (
        take_quotes(body, WIDGET_QUOTE, _widget_quote_source, _widget_quote_text)
        if body is not None
        else []
    )
    author = node.select_one(WIDGET_AUTHOR)
    date = node.select_one(WIDGET_DATE)
    time, time_text = parse_date(date.get_text(" ", strip=True)) if date else (None, None)
    return RawMessage(
        key=node.get("id", "").removeprefix("xenforo-comment-"),
        text=clean_text(body, WIDGET_JUNK) if body is not None else "",
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        quotes=quotes,
    )


def _widget_quote_source(block: Any) -> tuple[str | None, str | None]:
    header = block.select_one(WIDGET_QUOTE_AUTHOR)
    name = VERB_AFTER_NAME.sub("", header.get_text(" ", strip=True)) if header is not None else ""
    return None, name or None


def _widget_quote_text(block: Any) -> str:
    header = block.select_one(WIDGET_QUOTE_AUTHOR)
    if header is not None:
        header.decompose()
    return clean_text(block)


def _language(soup: Any) -> str | None:
    return soup.html.get("lang") if soup.html is not None and soup.html.get("lang") else None


ADAPTER = Adapter(
    name="xenforo",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_xenforo,
    description="XenForo 2 threads (quotes become reply links) and its article-comment widget",
)
