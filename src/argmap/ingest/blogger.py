"""Blogger / Blogspot blogs, threaded-comments template.

Each comment is ``li.comment#c<id>`` with the author in ``cite.user``, the date in
``span.datetime > a`` whose link carries the exact time (``?showComment=<ms>``), the text in
``p.comment-content``, and replies in ``div.comment-replies`` inside the comment.
"""

from __future__ import annotations

import re

from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.comment_finder import blog_thread
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments

__all__ = ["ADAPTER", "COMMENT_MARKUP"]

COMMENT_ITEM = "li.comment[id^=c]"
COMMENT_AUTHOR = "cite.user, .comment-author, .user"
COMMENT_DATE = "span.datetime, .comment-timestamp, .datetime"
COMMENT_BODY = "p.comment-content, .comment-content, .comment-body"
#: Blogger's own controls: "Reply", "Delete", the "Replies" toggle, "Add comment".
BLOGGER_JUNK = (
    ".comment-actions, .item-control, .thread-toggle, .continue, .comment-replybox-thread"
)
#: Blogger wraps the post and its comments in ``div.widget.Blog`` too: only the other
#: widgets (popular posts, recent comments) are sidebars.
BLOGGER_SIDEBAR = "aside, .sidebar, #sidebar, .sidebar-container, .widget:not(.Blog)"
#: ``<meta name="generator" content="blogger">`` and Blogger's script and asset hosts.
BLOGGER_MARKERS = re.compile(r"content=['\"]blogger['\"]|blogger\.com/static|blogblog\.com")

COMMENT_MARKUP = CommentMarkup(
    item=COMMENT_ITEM,
    author=COMMENT_AUTHOR,
    date=COMMENT_DATE,
    body=COMMENT_BODY,
    junk=f"{COMMENT_JUNK}, {BLOGGER_JUNK}",
    sidebar=BLOGGER_SIDEBAR,
)


def _detect(source: Source) -> float:
    if not source.looks_like_html or not BLOGGER_MARKERS.search(source.text[:100_000]):
        return 0.0
    return 0.85 if 'class="comment-thread' in source.text else 0.6


def _parse(source: Source) -> list[RawThread]:
    comments = read_comments(source.soup, COMMENT_MARKUP)
    return [blog_thread(source.text, source.soup, "blogger", comments)]


ADAPTER = Adapter(
    name="blogger",
    detect=_detect,
    parse=_parse,
    description="Blogger / Blogspot blogs (threaded comments)",
)
