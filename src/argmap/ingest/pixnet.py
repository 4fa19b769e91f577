"""PIXNET (痞客邦) blog posts: reader comments, each with the blog owner's answer.

Every comment is a ``ul.single-post``: ``li.post-info`` (floor number, ``span.user-name``,
``span.post-time`` "於 2013/12/28 10:28"), ``li.post-text`` and, when the owner answered,
``li.reply-text`` whose last paragraph signs it ("<owner> 於 2014/01/01 20:31 回覆"). The
owner's answer becomes a reply to the comment. Private comments ("悄悄話",
``ul.single-post.secret``) show no author or words but are comments all the same.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.forum_tools import clean_text, markup_detector, select_first, settle_language
from argmap.ingest.page_meta import canonical_url, page_title

__all__ = ["ADAPTER", "parse_pixnet"]

COMMENT = "ul.single-post"
SECRET = "secret"
COMMENT_ANCHOR = "li.post-info a[name^='comment-']"
COMMENT_AUTHOR = ("li.post-info span.user-name a", "li.post-info span.user-name")
COMMENT_TIME = "li.post-info span.post-time"
COMMENT_TEXT = "li.post-text"
OWNER_REPLY = "li.reply-text"
#: The owner's signature line closing a reply: "<a>owner</a> 於 2014/01/01 20:31 回覆".
OWNER_SIGNATURE = "p"
ARTICLE_TITLE = ("ul.article-head li.title h2 a", "li.title h2", "h2")
ARTICLE_BODY = "div.article-content-inner"
ARTICLE_AUTHOR = "p.author"
ARTICLE_DATE = "ul.article-head li.publish"
#: "2013/12/28 10:28": PIXNET's one date format.
SLASH_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d\d)")
TITLE_SUFFIX = re.compile(r"\s*@.*$")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ("pixnet.net", "pixfs.net")
FEATURES = {"pixnet": 0.5, "pimg.tw": 0.2, "single-post": 0.2, "reply-text": 0.2}


def parse_pixnet(source: Source) -> list[RawThread]:
    """Read a saved PIXNET blog post with its comments and the owner's replies."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    comments: list[RawMessage] = []
    for number, block in enumerate(soup.select(COMMENT)):
        comment = _comment(block, number)
        comments.append(comment)
        reply = block.select_one(OWNER_REPLY)
        if reply is not None:
            comments.append(_owner_reply(reply, comment.key))
    title = select_first(soup, ARTICLE_TITLE)
    return [
        RawThread(
            title=title.get_text(" ", strip=True)
            if title is not None
            else TITLE_SUFFIX.sub("", page_title(soup)),
            platform="pixnet",
            post=_article(soup),
            comments=comments,
            url=canonical_url(soup),
            language=soup.html.get("lang") if soup.html is not None else None,
        )
    ]


def _article(soup: Any) -> RawMessage:
    body = soup.select_one(ARTICLE_BODY)
    byline = soup.select_one(ARTICLE_AUTHOR)
    author = byline.get_text(" ", strip=True).split(" 發表在")[0] if byline is not None else None
    return RawMessage(
        key="article",
        text=clean_text(body) if body is not None else "",
        author=author or None,
        time=_publish_time(soup.select_one(ARTICLE_DATE)),
        kind="post",
    )


def _publish_time(publish: Any) -> str | None:
    """ "Dec 28 Sat 2013 00:28" spread over spans; English month names on every blog."""
    if publish is None:
        return None
    text = " ".join(publish.get_text(" ", strip=True).split())
    try:
        return datetime.strptime(text, "%b %d %a %Y %H:%M").isoformat()
    except ValueError:
        return None


def _comment(block: Any, number: int) -> RawMessage:
    anchor = block.select_one(COMMENT_ANCHOR)
    key = str(anchor["name"]).removeprefix("comment-") if anchor is not None else f"c{number}"
    if SECRET in (block.get("class") or []):
        return RawMessage(key=key, text="")
    author = select_first(block, COMMENT_AUTHOR)
    stamp = block.select_one(COMMENT_TIME)
    written = stamp.get_text(" ", strip=True) if stamp is not None else ""
    time = _slash_date(written)
    text = block.select_one(COMMENT_TEXT)
    return RawMessage(
        key=key,
        text=clean_text(text) if text is not None else "",
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=None if time else (written or None),
    )


def _owner_reply(reply: Any, comment_key: str) -> RawMessage:
    signatures = reply.find_all(OWNER_SIGNATURE, recursive=False)
    signature = signatures[-1] if signatures else None
    owner = signature.find("a") if signature is not None else None
    name = owner.get_text(strip=True) if owner is not None else None
    signed = signature.get_text(" ", strip=True) if signature is not None else ""
    if signature is not None:
        signature.decompose()
    time = _slash_date(signed)
    return RawMessage(
        key=f"{comment_key}-reply",
        text=clean_text(reply),
        author=name or None,
        time=time,
        time_text=None if time else (signed or None),
        parent_key=comment_key,
    )


def _slash_date(text: str) -> str | None:
    match = SLASH_DATE.search(text)
    if match is None:
        return None
    try:
        return datetime(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


ADAPTER = Adapter(
    name="pixnet",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_pixnet,
    description="PIXNET blog posts: comments with the owner's replies nested under them",
)
