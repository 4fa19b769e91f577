"""WordPress blogs: core comment markup and the common variants.

Core themes render ``ol.comment-list > li.comment#comment-N`` with the body in
``article.comment-body`` and replies in a nested ``ol.children``; WordPress.com
("Highlander") and older themes use ``cite.comment-author`` / ``div.commententry`` /
``div.contenttext``; some themes use ``article.comment#comment-N`` with ``depth-N`` classes;
the Epoch plugin renders flat ``article.epoch-single-comment#div-comment-N`` inside
``div.epoch-child.child-of-<parent id>`` wrappers. Pingbacks and trackbacks are
``li.pingback`` / ``li.trackback``.
"""

from __future__ import annotations

import re

from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.comment_finder import blog_thread
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments

__all__ = ["ADAPTER", "COMMENT_MARKUP"]

#: One element per comment, trackback or pingback (``li`` in core, ``article``/``div`` in
#: themes and the Epoch plugin).
COMMENT_ITEM = (
    "li.comment[id], li.pingback[id], li.trackback[id], article.comment[id],"
    " div.comment[id^=comment-], article.epoch-single-comment[id], div.comment-body[id]"
)
#: In order of preference; the last ones are the names 2012 themes gave the author
#: (``.commentauthor``, ``.c-author``, a bare ``.name``): on the dragnet dev pages read
#: by this reader, 58 of 130 had no author for any comment without them.
COMMENT_AUTHOR = (
    ".comment-author .fn, cite.fn, .comment-author cite, cite.comment-author,"
    " .epoch-author-link, .epoch-comment-author, .comment-author, .comment_author,"
    " [itemprop=author], .commentauthor, .comment-author-name, .c-author, .vcard .fn,"
    " .byline-author, .author, .name"
)
COMMENT_DATE = (
    ".comment-metadata time, .comment-meta time, time[itemprop=datePublished],"
    " .epoch-comment-link time, .comment-metadata, .commentmetadata, .comment-time,"
    " .comment-date, .comment-meta, time"
)
COMMENT_BODY = (
    ".comment-text, .commententry, .contenttext, .epoch-comment-content, .comment-content,"
    " [itemprop=text], .comment-body"
)
#: Inside a bare ``div.comment-body`` (classic themes) the author and date sit beside the
#: paragraphs: they are not part of the text.
COMMENT_META = ".comment-author, .comment-meta, .commentmetadata, .comment-metadata, .says"
#: Reply lists; WordPress.com closes the ``li`` before its ``ul.children``, so a list can
#: also follow the comment it answers instead of sitting inside it.
REPLY_LIST = "ul.children, ol.children"
#: ``depth-N`` classes: the last resort when the markup nests nothing.
DEPTH_CLASS = re.compile(r"\bdepth-(\d+)\b")
#: Epoch wraps each reply in ``div.epoch-child.child-of-<parent id>``.
EPOCH_PARENT = re.compile(r"\bchild-of-(\d+)\b")
#: Signs of a WordPress page in its first bytes.
WORDPRESS_MARKERS = re.compile(r"wp-content|wp-includes|content=\"wordpress|wordpress\.com")
#: A comment element of core or a theme, found by a cheap scan of the text.
COMMENT_MARKER = re.compile(
    r"<(li|article|div)\b[^>]*\bclass=\"[^\"]*\b(comment|pingback|trackback|epoch-single-comment)"
    r"\b[^\"]*\"[^>]*\bid=\"(div-)?comment-\d+|id=\"(div-|li-)?comment-\d+\"[^>]*class=\"[^\"]*"
    r"\b(comment|pingback|trackback)\b",
)

COMMENT_MARKUP = CommentMarkup(
    item=COMMENT_ITEM,
    author=COMMENT_AUTHOR,
    date=COMMENT_DATE,
    body=COMMENT_BODY,
    junk=f"{COMMENT_JUNK}, {COMMENT_META}",
    parent_class=EPOCH_PARENT,
    indented=REPLY_LIST,
    depth=DEPTH_CLASS,
)


def _detect(source: Source) -> float:
    if not source.looks_like_html:
        return 0.0
    has_comments = bool(COMMENT_MARKER.search(source.text))
    is_wordpress = bool(WORDPRESS_MARKERS.search(source.text[:200_000].lower()))
    if has_comments:  # forum software also writes class="comment" id="comment-N"
        return 0.8 if is_wordpress else 0.25
    return 0.2 if is_wordpress else 0.0


def _parse(source: Source) -> list[RawThread]:
    comments = read_comments(source.soup, COMMENT_MARKUP)
    return [blog_thread(source.text, source.soup, "wordpress", comments)]


ADAPTER = Adapter(
    name="wordpress",
    detect=_detect,
    parse=_parse,
    description="WordPress blogs: core comment lists, themes, WordPress.com, Epoch plugin",
)
