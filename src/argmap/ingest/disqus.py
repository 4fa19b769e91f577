"""Disqus comment widgets: the rendered embed (a saved ``disqus.com/embed`` iframe, or a
page that saved it inline) and the server-side ``noscript`` fallback.

The embed renders each comment as ``li.post#post-<id>`` with the author in ``span.author``
(and ``data-username``), the full local date in the ``title`` of ``a.time-ago`` (its text is
relative: "10 hours ago"), the text in ``div.post-message``, and replies in a nested
``ul.children``. The fallback is flat ``div.comment`` blocks holding ``div.comment-author``
and ``div.comment-body`` under ``#disqus_thread``, with neither dates nor nesting, and each
body holds the message's HTML escaped ("I prefer &lt;code&gt;if bar is None&lt;/code&gt;"):
read as text it shows its tags, so it is read again as HTML (code blocks fenced). The
WordPress and Drupal plugins write the comments into the page themselves as
``li#dsq-comment-<id>`` (the author in the header's ``cite``, the text in
``.dsq-comment-message``, replies in a following ``ul.children``), without dates.
"""

from __future__ import annotations

from dataclasses import replace

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.comment_finder import blog_thread
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments
from argmap.ingest.html_tools import shown_markup_read

__all__ = ["ADAPTER", "EMBED_MARKUP", "NOSCRIPT_MARKUP", "PLUGIN_MARKUP"]

EMBED_ITEM = "li.post[id^=post-]"
EMBED_AUTHOR = "span.author, .post-byline .author, [data-role=username]"
EMBED_DATE = "a.time-ago, .post-meta time, time"
EMBED_BODY = "div.post-message, [data-role=message]"
#: Vote arrows and counts, the reply/share menu, "see more", the flag menu.
EMBED_JUNK = ".post-menu, .comment__footer, .post-media, .see-more, .indicator, .voting"

#: Only the embed iframe itself has this layout: the saved page is the widget alone.
EMBED_FRAME = "body > #layout #posts, body#disqus, html#disqus"

NOSCRIPT_ITEM = "#disqus_thread div.comment, .d-noscript-comments div.comment"
NOSCRIPT_AUTHOR = "div.comment-author"
NOSCRIPT_BODY = "div.comment-body"

PLUGIN_ITEM = "#disqus_thread li[id^=dsq-comment-]"
PLUGIN_AUTHOR = ".dsq-comment-header cite, cite"
PLUGIN_BODY = ".dsq-comment-message"
#: The plugin list is the page's comment thread wherever the theme puts it, a widget area
#: included; its own markup never appears in a sidebar's recent-comment list.
PLUGIN_MARKUP = CommentMarkup(
    item=PLUGIN_ITEM,
    author=PLUGIN_AUTHOR,
    body=PLUGIN_BODY,
    indented="ul.children",
    sidebar="",
)

EMBED_MARKUP = CommentMarkup(
    item=EMBED_ITEM,
    author=EMBED_AUTHOR,
    date=EMBED_DATE,
    body=EMBED_BODY,
    junk=f"{COMMENT_JUNK}, {EMBED_JUNK}",
    key_attributes=("id",),
)
NOSCRIPT_MARKUP = CommentMarkup(
    item=NOSCRIPT_ITEM,
    author=NOSCRIPT_AUTHOR,
    body=NOSCRIPT_BODY,
    key_attributes=(),
)


def _detect(source: Source) -> float:
    if not source.looks_like_html or "disqus" not in source.text:
        return 0.0
    if 'id="post-' in source.text and 'class="post-message' in source.text:
        return 0.9
    if (
        'id="dsq-comment-' in source.text
        or "d-noscript-comments" in source.text
        or ('id="disqus_thread"' in source.text and 'class="comment-author"' in source.text)
    ):
        return 0.9
    return 0.0


def _parse(source: Source) -> list[RawThread]:
    comments = read_comments(source.soup, EMBED_MARKUP) or read_comments(source.soup, PLUGIN_MARKUP)
    if not comments:
        comments = [_unescaped(c) for c in read_comments(source.soup, NOSCRIPT_MARKUP)]
    # a saved embed frame holds the widget alone: the article it belongs to is elsewhere
    post = RawMessage(key="__post__", text="", kind="post") if _is_embed_frame(source) else None
    return [blog_thread(source.text, source.soup, "disqus", comments, post)]


def _unescaped(message: RawMessage) -> RawMessage:
    """A noscript message whose text shows the tags of its escaped HTML, read as HTML."""
    return replace(message, text=shown_markup_read(message.text))


def _is_embed_frame(source: Source) -> bool:
    title = source.soup.title.get_text() if source.soup.title else ""
    return "disqus" in title.lower() or bool(source.soup.select_one(EMBED_FRAME))


ADAPTER = Adapter(
    name="disqus",
    detect=_detect,
    parse=_parse,
    description=(
        "Disqus widgets: rendered embed (threaded), the blog plugins' list (threaded) and the"
        " noscript fallback (flat)"
    ),
)
