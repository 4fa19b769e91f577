"""Drupal sites (core comment module, Drupal 6 to 8 themes).

A comment is ``div.comment`` or ``article.comment`` (classes ``comment-by-anonymous``,
``comment-by-node-author``...) preceded by its anchor ``<a id="comment-N">``; the author is
``.username``, the date ``.submitted`` (a ``time[datetime]`` or RDFa ``content`` in Drupal
7) or ``.date``, the text ``.field-name-comment-body`` / ``.content``. Replies are not
inside their parent: they follow it in a ``div.indented`` wrapper.
"""

from __future__ import annotations

import re

from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.comment_finder import blog_thread
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments

__all__ = ["ADAPTER", "COMMENT_MARKUP"]

COMMENT_ITEM = "div.comment, article.comment"
COMMENT_AUTHOR = ".username, [property='foaf:name'], .comment-author, .author"
COMMENT_DATE = (
    ".submitted time[datetime], .submitted [content], time[datetime], .submitted, .meta .date,"
    " .date, .comment-date"
)
COMMENT_BODY = (
    ".field-name-comment-body, .field-comment-body, .comment-body, .comment-content .content,"
    " .content"
)
REPLY_WRAPPER = "div.indented"
#: Drupal's own parts of a comment: links ("reply", "delete"), the subject line, the
#: "submitted by" line and the permalink.
DRUPAL_JUNK = ".links, .comment-title, h3.title, .submitted, .permalink, .new, .meta"
DRUPAL_MARKER = re.compile(r"content=\"Drupal|Drupal\.settings|/sites/(default|all)/", re.I)

COMMENT_MARKUP = CommentMarkup(
    item=COMMENT_ITEM,
    author=COMMENT_AUTHOR,
    date=COMMENT_DATE,
    body=COMMENT_BODY,
    junk=f"{COMMENT_JUNK}, {DRUPAL_JUNK}",
    key_attributes=("about", "id"),
    key_from_anchor=True,
    indented=REPLY_WRAPPER,
)


def _detect(source: Source) -> float:
    if not source.looks_like_html or not DRUPAL_MARKER.search(source.text[:300_000]):
        return 0.0
    return 0.8 if re.search(r"class=\"[^\"]*\bcomment-by-", source.text) else 0.4


def _parse(source: Source) -> list[RawThread]:
    comments = read_comments(source.soup, COMMENT_MARKUP)
    return [blog_thread(source.text, source.soup, "drupal", comments)]


ADAPTER = Adapter(
    name="drupal",
    detect=_detect,
    parse=_parse,
    description="Drupal sites: core comments, replies in div.indented",
)
