"""Discourse topics: the ``posts.json`` / ``/t/<id>.json`` API answer and saved HTML (the
crawler view every topic serves without JavaScript, and the rendered app).

A post's parent is ``reply_to_post_number`` when the API gives it, else the first post it
quotes (``aside.quote[data-post]``), else the topic's first post. Quoted blocks leave the
body and become quotes. Pages of one topic (``?page=2``, ``?post_number=41``, which the
API returns in reverse order) carry the topic id so
:func:`argmap.ingest.forum_tools.merge_pages` can join them in post-number order.
"""

from __future__ import annotations

import re
from typing import Any

from argmap.errors import InputError, Problem
from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    PagedThread,
    clean_text,
    feature_score,
    settle_language,
    take_quotes,
)
from argmap.ingest.page_meta import canonical_url, page_title

__all__ = ["ADAPTER", "parse_discourse"]

#: ``post_type`` of posts people wrote (regular, whisper); 2 and 3 are moderator actions
#: and "closed the topic" notices.
WRITTEN_POSTS = (1, 4)
#: A quote of another post inside ``cooked`` HTML.
QUOTE = "aside.quote"
QUOTE_HEADER = "div.title"
#: Not the writer's words: image captions, link previews, code-block copy buttons.
COOKED_JUNK = ("div.lightbox-wrapper div.meta", "aside.onebox", "div.quote-controls")
#: A topic that carries the comments of a blog entry ("embedding") ends its first post with
#: Discourse's notice ``<hr><small>This is a companion discussion topic for the original
#: entry at <a href=URL>URL</a></small>`` (``TopicEmbed.imported_from_html``, worded in
#: the forum's language): the platform's words, not the poster's.
EMBED_NOTICE = "small"
# Crawler view (no JavaScript): one block per post, schema.org microdata.
CRAWLER_POST = "div.crawler-post"
#: Before 2020 each post was its own ``DiscussionForumPosting`` block.
OLD_CRAWLER_POST = "div[itemtype$='DiscussionForumPosting']"
CRAWLER_AUTHOR = "[itemprop='author'] [itemprop='name'], b[itemprop='author'], .creator a"
CRAWLER_TIME = "time[itemprop='datePublished'], time.post-time"
CRAWLER_NUMBER = "[itemprop='position']"
CRAWLER_BODY = "div.post[itemprop], div.post"
# Rendered app saved by a browser.
APP_POST = "article[data-post-id], div.topic-post article"
APP_AUTHOR = "div.names span.first a, div.names a[data-user-card], .username a"
APP_TIME = "div.post-info.post-date span[data-time], .post-date [data-time]"
APP_BODY = "div.cooked"
TOPIC_TITLE = "#topic-title h1 a.fancy-title, #topic-title h1, h1 a[href*='/t/'], h1"
TITLE_SUFFIX = re.compile(r"\s+-\s+[^-]+$")
POST_ID = re.compile(r"post_(\d+)")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ("crawler-post", 'content="discourse', "topic-post", "data-discourse-setup")
HTML_FEATURES = {
    '<meta name="generator" content="discourse': 0.6,
    "crawler-post": 0.3,
    "data-discourse-setup": 0.3,
    "discourse-cdn": 0.2,
    "/t/": 0.05,
}


def parse_discourse(source: Source) -> list[RawThread]:
    """Read a Discourse topic from its API JSON or a saved HTML page."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    if source.looks_like_json:
        return [_parse_json(_topic_json(source))]
    return [_parse_html(source.soup)]


def _topic_json(source: Source) -> dict[str, Any]:
    """The topic's JSON, refused in one line when it is not JSON or not a Discourse topic."""
    try:
        data = source.json
    except ValueError as exc:
        raise InputError(source.path, Problem.BAD_PLATFORM_JSON.format(reason=exc)) from None
    posts = data.get("post_stream", {}).get("posts") if isinstance(data, dict) else None
    if not isinstance(posts, list) or not all(isinstance(post, dict) for post in posts):
        what = "a Discourse topic (no post_stream.posts list)"
        raise InputError(source.path, Problem.NOT_A_PLATFORM_FILE.format(what=what))
    return data


# --- JSON -------------------------------------------------------------------------------


def _parse_json(data: dict[str, Any]) -> PagedThread:
    posts = sorted(data["post_stream"]["posts"], key=lambda p: p.get("post_number") or 0)
    topic_id = str(data.get("id") or (posts[0].get("topic_id") if posts else "") or "")
    messages = [_json_post(post) for post in posts if post.get("post_type", 1) in WRITTEN_POSTS]
    first = messages[0] if messages and messages[0].key == "1" else None
    comments = messages[1:] if first else messages
    _parents_from_quotes(comments)
    slug = data.get("slug") or (posts[0].get("topic_slug") if posts else None)
    return PagedThread(
        title=data.get("title") or data.get("fancy_title") or _from_slug(slug),
        platform="discourse",
        post=_as_post(first),
        comments=comments,
        url=_topic_url(posts[0]) if posts else None,
        thread_key=topic_id or None,
        first_number=int(posts[0]["post_number"]) if posts else None,
    )


def _json_post(post: dict[str, Any]) -> RawMessage:
    from bs4 import BeautifulSoup

    cooked = BeautifulSoup(post.get("cooked") or "", "lxml")
    if post.get("post_number") == 1:
        _drop_embed_notice(cooked)
    topic = str(post.get("topic_id") or "")
    quotes = take_quotes(cooked, QUOTE, lambda block: _quote_source(block, topic), _quote_text)
    time, time_text = parse_date(post.get("created_at"))
    reply_to = post.get("reply_to_post_number")
    return RawMessage(
        key=str(post.get("post_number")),
        text=clean_text(cooked, COOKED_JUNK),
        author=post.get("username") or post.get("name"),
        time=time,
        time_text=time_text,
        parent_key=str(reply_to) if reply_to else None,
        url=post.get("post_url"),
        quotes=quotes,
    )


def _drop_embed_notice(body: Any) -> None:
    """Take the notice Discourse ends an embedded blog entry's first post with (see
    :data:`EMBED_NOTICE`) out of ``body``: a ``<small>`` holding one link, right after an
    ``<hr>``, with no text after it."""
    notices = body.find_all(EMBED_NOTICE)
    if not notices:
        return
    notice = notices[-1]
    rule = notice.find_previous_sibling(True)
    if rule is None or rule.name != "hr" or len(notice.find_all("a", href=True)) != 1:
        return
    if not body.get_text().rstrip().endswith(notice.get_text().strip()):
        return
    rule.decompose()
    notice.decompose()


def _topic_url(post: dict[str, Any]) -> str | None:
    url = post.get("post_url")
    return url.rsplit("/", 1)[0] if isinstance(url, str) and url.count("/") >= 3 else None


def _from_slug(slug: Any) -> str:
    """An API page without the topic's title: its slug, made readable."""
    words = str(slug or "").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


# --- HTML -------------------------------------------------------------------------------


def _parse_html(soup: Any) -> PagedThread:
    blocks = soup.select(APP_POST) or soup.select(CRAWLER_POST) or soup.select(OLD_CRAWLER_POST)
    app = bool(soup.select_one(APP_POST))
    messages = [
        _app_post(block, n) if app else _crawler_post(block, n) for n, block in enumerate(blocks)
    ]
    messages = [m for m in messages if m is not None]
    first = messages[0] if messages and messages[0].key == "1" else None
    comments = messages[1:] if first else messages
    _parents_from_quotes(comments)
    url = canonical_url(soup)
    topic = re.search(r"/t/(?:[^/]+/)?(\d+)", url or "")
    return PagedThread(
        title=_html_title(soup),
        platform="discourse",
        post=_as_post(first),
        comments=comments,
        url=url,
        language=soup.html.get("lang") if soup.html is not None else None,
        thread_key=topic.group(1) if topic else None,
        first_number=int(messages[0].key) if messages and messages[0].key.isdigit() else None,
    )


def _crawler_post(block: Any, index: int) -> RawMessage | None:
    body = block.select_one(CRAWLER_BODY)
    if body is None:
        return None
    author = block.select_one(CRAWLER_AUTHOR)
    stamp = block.select_one(CRAWLER_TIME)
    number = block.select_one(CRAWLER_NUMBER)
    digits = re.sub(r"\D", "", number.get_text()) if number is not None else ""
    time, time_text = parse_date(stamp.get("datetime") or stamp.text) if stamp else (None, None)
    quotes = take_quotes(body, QUOTE, _quote_source, _quote_text)
    key = digits or str(index + 1)
    if key == "1":
        _drop_embed_notice(body)
    return RawMessage(
        key=key,
        text=clean_text(body, COOKED_JUNK),
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        quotes=quotes,
    )


def _app_post(block: Any, index: int) -> RawMessage | None:
    body = block.select_one(APP_BODY)
    if body is None:
        return None
    author = block.select_one(APP_AUTHOR)
    stamp = block.select_one(APP_TIME)
    time, time_text = parse_date(stamp.get("data-time")) if stamp else (None, None)
    number = block.get("data-post-number") or ""
    match = POST_ID.search(block.get("id", ""))
    quotes = take_quotes(body, QUOTE, _quote_source, _quote_text)
    key = number or (match.group(1) if match else str(index + 1))
    if key == "1":
        _drop_embed_notice(body)
    return RawMessage(
        key=key,
        text=clean_text(body, COOKED_JUNK),
        author=author.get_text(strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        quotes=quotes,
    )


def _html_title(soup: Any) -> str:
    heading = soup.select_one(TOPIC_TITLE)
    if heading is not None and heading.get_text(strip=True):
        return heading.get_text(" ", strip=True)
    return TITLE_SUFFIX.sub("", page_title(soup))


# --- shared -----------------------------------------------------------------------------


def _quote_source(block: Any, topic: str = "") -> tuple[str | None, str | None]:
    """``data-post`` names the quoted post; a quote of another topic keeps only the author."""
    other_topic = topic and block.get("data-topic") and block.get("data-topic") != topic
    return (None if other_topic else block.get("data-post")), block.get("data-username")


def _quote_text(block: Any) -> str:
    quoted = block.find("blockquote")
    return clean_text(quoted if quoted is not None else block)


def _parents_from_quotes(comments: list[RawMessage]) -> None:
    """Without ``reply_to_post_number``, a post replies to the first earlier post it quotes."""
    seen: set[str] = {"1"}
    for comment in comments:
        if comment.parent_key is None:
            comment.parent_key = next(
                (q.source_key for q in comment.quotes if q.source_key in seen), None
            )
        seen.add(comment.key)


def _as_post(message: RawMessage | None) -> RawMessage | None:
    if message is not None:
        message.kind = "post"
        message.parent_key = None
    return message


def _detect(source: Source) -> float:
    if source.looks_like_json:
        is_topic = source.head.startswith("{") and '"post_stream"' in source.text[:200_000]
        return 0.99 if is_topic else 0.0
    if source.looks_like_xml:
        return 0.0
    return feature_score(source, HTML_FEATURES, COMMENT_MARKERS, cap=0.95)


ADAPTER = Adapter(
    name="discourse",
    detect=_detect,
    parse=parse_discourse,
    description="Discourse topics: posts.json and saved HTML; quotes become reply links",
)
