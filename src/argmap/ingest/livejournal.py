"""LiveJournal journals (the 2018+ "mdspost" comment markup).

Each comment is ``article.mdspost-comment#t<id>`` carrying ``data-username`` and
``data-displayname``; its date is ``.mdspost-comment-time--ctime`` ("April 12 2018,
04:34:23 UTC"), its text ``.mdspost-comment__body``. Comments are flat in the page; the
reply tree is only in the ``mdspost-thread--level-N`` class of each comment's wrapper, read
as a running stack (a level-3 comment answers the last level-2 one before it). Collapsed
comments show only author and time; "N more comments" stubs count as ``missing``.
"""

from __future__ import annotations

import re

from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.comment_finder import blog_thread
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments

__all__ = ["ADAPTER", "COMMENT_MARKUP"]

#: Collapsed comments (author and time, no text) are comments too; the "28 more comments"
#: stubs have no id and are counted as missing instead.
COMMENT_ITEM = "article.mdspost-comment[id]"
MORE_STUB = "article.mdspost-comment--seemore[data-count]"
COMMENT_AUTHOR = ".mdspost-comment-username, .i-ljuser-username"
COMMENT_DATE = ".mdspost-comment-time--ctime, time.mdspost-comment-time, .mdspost-comment-time"
COMMENT_BODY = ".mdspost-comment__body"
THREAD_LEVEL = re.compile(r"\bmdspost-thread--level-(\d+)\b")
LJ_JUNK = ".mdspost-comment-actions, .mdspost-comment__footer"
LJ_MARKER = re.compile(r"livejournal\.(com|net)|lj:user")

COMMENT_MARKUP = CommentMarkup(
    item=COMMENT_ITEM,
    author=COMMENT_AUTHOR,
    date=COMMENT_DATE,
    body=COMMENT_BODY,
    junk=f"{COMMENT_JUNK}, {LJ_JUNK}",
    author_attributes=("data-displayname", "data-username"),
    depth=THREAD_LEVEL,
)


def _detect(source: Source) -> float:
    if not source.looks_like_html or not LJ_MARKER.search(source.text[:200_000]):
        return 0.0
    return 0.9 if "mdspost-comment" in source.text else 0.4


def _parse(source: Source) -> list[RawThread]:
    comments = read_comments(source.soup, COMMENT_MARKUP)
    missing = sum(
        int(stub["data-count"])
        for stub in source.soup.select(MORE_STUB)
        if str(stub["data-count"]).isdigit()
    )
    thread = blog_thread(source.text, source.soup, "livejournal", comments, missing=missing)
    thread.missing = missing
    return [thread]


ADAPTER = Adapter(
    name="livejournal",
    detect=_detect,
    parse=_parse,
    description="LiveJournal journals: comments with their reply levels",
)
