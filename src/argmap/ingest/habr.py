"""Habr (habr.com, formerly habrahabr.ru) articles with their comment trees.

The 2016-2020 markup gives every comment its parent outright
(``span.parent_id[data-parent_id]``, 0 for the article) and dates such as
"22.04.18 в 23:19"; the 2021+ application (``tm-`` classes) nests replies in
``div.tm-comment-thread__children`` and carries ``time[datetime]``.
"""

from __future__ import annotations

from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    clean_text,
    dotted_date,
    markup_detector,
    select_first,
    settle_language,
)
from argmap.ingest.page_meta import canonical_url, page_title

__all__ = ["ADAPTER", "parse_habr"]

# 2016-2020 markup
COMMENT = "li.content-list__item_comment"
COMMENT_PARENT = "span.parent_id[data-parent_id]"
COMMENT_AUTHOR = ("div.comment__head .user-info__nickname", "div.comment__head a.user-info")
COMMENT_TIME = "div.comment__head time"
COMMENT_BODY = "div.comment__message"
# 2021+ markup
APP_COMMENT = "article.tm-comment-thread__comment"
APP_AUTHOR = (".tm-user-info__username", ".tm-comment__user a")
APP_TIME = "time[datetime]"
APP_BODY = ".tm-comment__body-content"
# The article
ARTICLE_TITLE = ("h1.post__title span.post__title-text", "h1.tm-title span", "h1")
ARTICLE_AUTHOR = (
    "header.post__meta .user-info__nickname",
    ".tm-article-snippet__author .tm-user-info__username",
    ".tm-user-info__username",
)
ARTICLE_TIME = ("header.post__meta .post__time", ".tm-article-datetime-published time")
ARTICLE_BODY = ("div.post__text", "div.post__body_full", "div.article-formatted-body")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ("content-list__item_comment", "tm-comment-thread", "post__title-text")
FEATURES = {
    "habrahabr.ru": 0.5,
    "habr.com": 0.5,
    "content-list__item_comment": 0.3,
    "tm-comment-thread": 0.3,
    "habrastorage": 0.2,
}


def parse_habr(source: Source) -> list[RawThread]:
    """Read a saved Habr article page: the article and its comments."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    if soup.select_one(COMMENT) is not None:
        comments = [_comment(node) for node in soup.select(COMMENT)]
    else:
        comments = [_app_comment(node) for node in soup.select(APP_COMMENT)]
    title = select_first(soup, ARTICLE_TITLE)
    return [
        RawThread(
            title=title.get_text(" ", strip=True) if title is not None else page_title(soup),
            platform="habr",
            post=_article(soup),
            comments=comments,
            url=canonical_url(soup),
            language=soup.html.get("lang") if soup.html is not None else None,
        )
    ]


def _article(soup: Any) -> RawMessage:
    body = select_first(soup, ARTICLE_BODY)
    author = select_first(soup, ARTICLE_AUTHOR)
    stamp = select_first(soup, ARTICLE_TIME)
    time, time_text = _date(stamp)
    return RawMessage(
        key="article",
        text=clean_text(body) if body is not None else "",
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        kind="post",
    )


def _comment(node: Any) -> RawMessage:
    div = node.find("div", class_="comment")
    parent = node.select_one(COMMENT_PARENT)  # its own comes before its replies' ones
    parent_id = str(parent.get("data-parent_id", "0")) if parent is not None else "0"
    author = select_first(div, COMMENT_AUTHOR) if div is not None else None
    stamp = div.select_one(COMMENT_TIME) if div is not None else None
    body = div.select_one(COMMENT_BODY) if div is not None else None
    time, time_text = _date(stamp)
    return RawMessage(
        key=str(node.get("rel") or (div.get("id", "") if div is not None else "")),
        text=clean_text(body) if body is not None else "",
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        parent_key=None if parent_id in ("", "0") else parent_id,
    )


def _app_comment(node: Any) -> RawMessage:
    thread = node.find_parent(class_="tm-comment-thread")
    outer = thread.find_parent(class_="tm-comment-thread") if thread is not None else None
    parent = outer.find(class_="tm-comment-thread__comment") if outer is not None else None
    author = select_first(node, APP_AUTHOR)
    stamp = node.select_one(APP_TIME)
    body = node.select_one(APP_BODY)
    time, time_text = parse_date(stamp.get("datetime")) if stamp is not None else (None, None)
    return RawMessage(
        key=_app_key(node),
        text=clean_text(body) if body is not None else "",
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        parent_key=_app_key(parent) if parent is not None else None,
    )


def _app_key(node: Any) -> str:
    anchor = node.find(attrs={"name": True}) or node
    return str(anchor.get("name") or anchor.get("id") or id(node))


def _date(stamp: Any) -> tuple[str | None, str | None]:
    """ "22.04.18 в 23:19" is day first with a two-digit year; "вчера в 21:22" is kept
    as text."""
    if stamp is None:
        return None, None
    text = stamp.get_text(" ", strip=True)
    if stamp.get("datetime"):
        return parse_date(stamp["datetime"])
    iso = dotted_date(text)
    return (iso, None) if iso else parse_date(text)


ADAPTER = Adapter(
    name="habr",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_habr,
    description="Habr articles and their comment trees (2016-2020 and 2021+ markup)",
)
