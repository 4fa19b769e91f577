"""Reddit in its three saved forms: old.reddit HTML, new-reddit (2018-2022) HTML, and the
``.json`` listing (``[post listing, comment listing]``).

- old.reddit nests replies by containment: each ``div.thing.comment`` holds its replies in
  ``div.child``; the author is ``data-author``.
- new reddit renders ``div.Comment.t1_<id>`` flat, with "level N" as text and no author
  names; the page's embedded state (``window.___r``) holds every loaded comment with its
  author, time and parent, including comments not rendered as HTML.
- The API listing nests ``replies`` listings; ``more`` stubs stand for comments not
  loaded, and their ``count`` is reported as the thread's ``missing``.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from argmap.errors import InputError, Problem
from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    clean_text,
    feature_score,
    settle_language,
)
from argmap.ingest.page_meta import canonical_url, page_title
from argmap.ingest.reply_cues import parents_from_depths

__all__ = ["ADAPTER", "parse_reddit"]

# old.reddit
OLD_POST = "div.thing[data-type='link']"
OLD_COMMENT = "div.thing[data-type='comment']"
OLD_MORE = "div.thing[data-type='morechildren']"
OLD_BODY = "form.usertext div.md"
OLD_TIME = "p.tagline time.live-timestamp, p.tagline time:not(.edited-timestamp)"
OLD_TITLE = "p.title a.title"
#: "load more comments (3 replies)"
MORE_COUNT = re.compile(r"\((\d[\d,.]*)\s+\w+\)")
# new reddit
NEW_COMMENT = "div.Comment"
NEW_BODY = "div[data-test-id='comment']"
NEW_TIME = "a[id^='CommentTopMeta--Created--']"
NEW_LEVEL = re.compile(r"^level (\d+)$")
NEW_FULLNAME = re.compile(r"^t1_[0-9a-z]+$")
NEW_POST_BODY = "div[data-test-id='post-content'] div[data-click-id='text']"
#: The embedded store that new reddit hydrates from.
NEW_STATE = re.compile(r"window\.___r\s*=\s*")
#: Rich-text elements that end a line when turned into plain text.
RICHTEXT_BLOCKS = {"par", "h", "code", "li", "blockquote", "table", "hr", "img", "gif"}
TITLE_SUFFIX = re.compile(r"\s*:\s*\w+$|\s*-\s*reddit$", re.IGNORECASE)
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = (
    'data-type="comment"',
    "window.___r",
    "commenttopmeta--created",
    "redditstatic.com",
)
HTML_FEATURES = {
    "reddit.com": 0.3,
    "redditstatic.com": 0.5,
    'data-type="comment"': 0.4,
    "window.___r": 0.4,
    "commenttopmeta--created": 0.3,
}


def parse_reddit(source: Source) -> list[RawThread]:
    """Read whichever of the three forms ``source`` is."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    if source.looks_like_json:
        if not _is_listing(source):
            what = "a Reddit comments listing ([post, comments] JSON)"
            raise InputError(source.path, Problem.NOT_A_PLATFORM_FILE.format(what=what))
        return [_parse_listing(source.json)]
    soup = source.soup
    if soup.select_one(OLD_COMMENT) is not None or soup.select_one(OLD_POST) is not None:
        return [_parse_old(soup)]
    return [_parse_new(source, soup)]


# --- old.reddit -------------------------------------------------------------------------


def _parse_old(soup: Any) -> RawThread:
    link = soup.select_one(OLD_POST)
    comments = [_old_comment(thing) for thing in soup.select(OLD_COMMENT)]
    missing = sum(_more_count(stub) for stub in soup.select(OLD_MORE))
    title = link.select_one(OLD_TITLE) if link is not None else None
    return RawThread(
        title=title.get_text(" ", strip=True) if title else _page_title(soup),
        platform="reddit",
        post=_old_post(link) if link is not None else None,
        comments=comments,
        url=canonical_url(soup) or (_absolute(link.get("data-permalink")) if link else None),
        language=_language(soup),
        missing=missing,
    )


def _old_post(link: Any) -> RawMessage:
    entry = link.find("div", class_="entry")
    body = entry.select_one(OLD_BODY) if entry is not None else None
    time, time_text = _old_time(entry)
    return RawMessage(
        key=link.get("data-fullname", "post"),
        text=clean_text(body) if body is not None else "",
        author=link.get("data-author"),
        time=time,
        time_text=time_text,
        kind="post",
        url=link.get("data-url"),
    )


def _old_comment(thing: Any) -> RawMessage:
    """A comment is its own ``div.entry``; its replies sit beside it in ``div.child``."""
    entry = thing.find("div", class_="entry", recursive=False)
    body = entry.select_one(OLD_BODY) if entry is not None else None
    parent = thing.find_parent("div", attrs={"data-type": "comment"})
    time, time_text = _old_time(entry)
    return RawMessage(
        key=thing.get("data-fullname") or thing.get("id", ""),
        text=clean_text(body) if body is not None else "",
        author=thing.get("data-author") or _old_author(entry),
        time=time,
        time_text=time_text,
        parent_key=parent.get("data-fullname") if parent is not None else None,
        url=_absolute(thing.get("data-permalink")),
    )


def _old_author(entry: Any) -> str | None:
    """Deleted comments carry no ``data-author``; the tagline then says "[deleted]"."""
    tagline = entry.select_one("p.tagline") if entry is not None else None
    author = tagline.select_one("a.author, span.author, em") if tagline is not None else None
    return author.get_text(strip=True) if author is not None else None


def _old_time(entry: Any) -> tuple[str | None, str | None]:
    stamp = entry.select_one(OLD_TIME) if entry is not None else None
    if stamp is None:
        return None, None
    return parse_date(stamp.get("datetime")) if stamp.get("datetime") else parse_date(stamp.text)


def _more_count(stub: Any) -> int:
    match = MORE_COUNT.search(stub.get_text(" ", strip=True))
    return int(re.sub(r"\D", "", match.group(1))) if match else 1


# --- new reddit -------------------------------------------------------------------------


def _parse_new(source: Source, soup: Any) -> RawThread:
    state = _embedded_state(source.text)
    models: dict[str, dict[str, Any]] = state.get("comments", {}).get("models", {}) or {}
    post_model = _first_post_model(state)
    rendered = _rendered_comments(soup, models)
    seen = {c.key for c in rendered}
    extra = [_model_comment(key, model) for key, model in models.items() if key not in seen]
    comments = rendered + [c for c in extra if c.text]
    stated = post_model.get("numComments") if post_model else None
    return RawThread(
        title=(post_model or {}).get("title") or _page_title(soup),
        platform="reddit",
        post=_new_post(soup, post_model),
        comments=comments,
        url=canonical_url(soup) or (post_model or {}).get("permalink"),
        language=_language(soup),
        missing=max(0, int(stated) - len(comments)) if isinstance(stated, int) else 0,
    )


def _embedded_state(text: str) -> dict[str, Any]:
    """The ``window.___r = {...}`` store, or ``{}`` when the page has none or it is cut."""
    match = NEW_STATE.search(text)
    if match is None:
        return {}
    try:
        state, _ = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def _first_post_model(state: dict[str, Any]) -> dict[str, Any] | None:
    posts = state.get("posts", {}).get("models", {}) or {}
    return next((p for p in posts.values() if isinstance(p, dict) and p.get("title")), None)


def _new_post(soup: Any, model: dict[str, Any] | None) -> RawMessage:
    body = soup.select_one(NEW_POST_BODY)
    model = model or {}
    text = clean_text(body) if body is not None else _richtext(model.get("media"))
    created = model.get("created")
    time, time_text = parse_date(str(created)) if created else (None, None)
    return RawMessage(
        key=model.get("id") or "post",
        text=text,
        author=model.get("author"),
        time=time,
        time_text=time_text,
        kind="post",
    )


def _rendered_comments(soup: Any, models: dict[str, dict[str, Any]]) -> list[RawMessage]:
    """Rendered comments in page order; parents from the store, else from "level N"."""
    comments: list[RawMessage] = []
    depths: list[tuple[str, int]] = []
    for node in soup.select(NEW_COMMENT):
        key = next((c for c in node.get("class", []) if NEW_FULLNAME.match(c)), None)
        if key is None:
            continue
        model = models.get(key, {})
        body = node.select_one(NEW_BODY)
        stamp = node.select_one(NEW_TIME)
        time, time_text = _model_time(model)
        if time is None and stamp is not None:
            time, time_text = parse_date(stamp.get_text(" ", strip=True))
        comments.append(
            RawMessage(
                key=key,
                text=clean_text(body) if body is not None else _richtext(model.get("media")),
                author=model.get("author"),
                time=time,
                time_text=time_text,
                parent_key=model.get("parentId"),
                url=_absolute(model.get("permalink")),
            )
        )
        depths.append((key, _level(node) - 1))
    by_depth = parents_from_depths(depths)
    for comment in comments:
        if comment.parent_key is None:
            comment.parent_key = by_depth.get(comment.key)
    return comments


def _level(node: Any) -> int:
    for span in node.find_all("span", limit=12):
        match = NEW_LEVEL.match(span.get_text(strip=True))
        if match:
            return int(match.group(1))
    return 1


def _model_comment(key: str, model: dict[str, Any]) -> RawMessage:
    """A comment the store holds but the page did not render."""
    time, time_text = _model_time(model)
    return RawMessage(
        key=key,
        text=_richtext(model.get("media")),
        author=model.get("author"),
        time=time,
        time_text=time_text,
        parent_key=model.get("parentId"),
        url=_absolute(model.get("permalink")),
    )


def _model_time(model: dict[str, Any]) -> tuple[str | None, str | None]:
    created = model.get("created")
    return parse_date(str(created)) if isinstance(created, int | float) else (None, None)


def _richtext(media: Any) -> str:
    """Plain text of new reddit's rich-text JSON (``{"document": [{"e": "par", ...}]}``)."""
    document = (media or {}).get("richtextContent", {}).get("document", [])
    parts: list[str] = []
    stack: list[Any] = list(reversed(document))
    while stack:
        node = stack.pop()
        if node == "\n" or not isinstance(node, dict):
            parts.append("\n")
            continue
        if node.get("e") in RICHTEXT_BLOCKS:
            stack.append("\n")
        if isinstance(node.get("t"), str):
            parts.append(node["t"])
        stack.extend(reversed(node.get("c") or []))
    return "\n".join(line.strip() for line in "".join(parts).split("\n") if line.strip())


# --- .json listing ----------------------------------------------------------------------


def _parse_listing(data: Any) -> RawThread:
    post_data = data[0]["data"]["children"][0]["data"]
    comments: list[RawMessage] = []
    missing = 0
    stack = list(reversed(data[1]["data"]["children"]))
    while stack:
        child = stack.pop()
        kind, fields = child.get("kind"), child.get("data", {})
        if kind == "more":
            missing += int(fields.get("count") or 0)
            continue
        if kind != "t1":
            continue
        comments.append(_listing_comment(fields))
        replies = fields.get("replies")
        if isinstance(replies, dict):
            stack.extend(reversed(replies.get("data", {}).get("children", [])))
    return RawThread(
        title=html.unescape(post_data.get("title", "")),  # the API escapes titles
        platform="reddit",
        post=_listing_post(post_data),
        comments=comments,
        url=_absolute(post_data.get("permalink")),
        missing=missing,
    )


def _listing_post(fields: dict[str, Any]) -> RawMessage:
    time, time_text = parse_date(str(fields.get("created_utc", "")))
    text = _html_field(fields.get("selftext_html")) or _markdown_field(fields.get("selftext"))
    return RawMessage(
        key=fields.get("name", "post"),
        text=text,
        author=fields.get("author"),
        time=time,
        time_text=time_text,
        kind="post",
        url=fields.get("url"),
    )


def _listing_comment(fields: dict[str, Any]) -> RawMessage:
    time, time_text = parse_date(str(fields.get("created_utc", "")))
    parent = fields.get("parent_id")
    return RawMessage(
        key=fields.get("name") or f"t1_{fields.get('id')}",
        text=_html_field(fields.get("body_html")) or _markdown_field(fields.get("body")),
        author=fields.get("author"),
        time=time,
        time_text=time_text,
        parent_key=parent if isinstance(parent, str) and parent.startswith("t1_") else None,
        url=_absolute(fields.get("permalink")),
    )


def _markdown_field(value: Any) -> str:
    """``body`` or ``selftext``, read when a listing has no HTML of it: Markdown with "<",
    ">" and "&" escaped, as the API escapes every string unless asked for ``raw_json``.
    Read as written, a quoted line began "&gt;" and was the replier's own words."""
    return html.unescape(value) if isinstance(value, str) else ""


def _html_field(value: Any) -> str:
    """``body_html`` is escaped HTML; its text keeps links' words and drops markdown."""
    if not isinstance(value, str) or not value:
        return ""
    from bs4 import BeautifulSoup

    return clean_text(BeautifulSoup(html.unescape(value), "lxml"))


# --- shared -----------------------------------------------------------------------------


def _page_title(soup: Any) -> str:
    return TITLE_SUFFIX.sub("", page_title(soup))


def _language(soup: Any) -> str | None:
    return soup.html.get("lang") if soup.html is not None and soup.html.get("lang") else None


def _absolute(path: Any) -> str | None:
    if not isinstance(path, str) or not path:
        return None
    return path if path.startswith("http") else f"https://www.reddit.com{path}"


def _detect(source: Source) -> float:
    if source.looks_like_json:
        return 0.99 if _is_listing(source) else 0.0
    if source.looks_like_xml:
        return 0.0
    return feature_score(source, HTML_FEATURES, COMMENT_MARKERS, cap=0.95)


def _is_listing(source: Source) -> bool:
    """The ``.json`` of a comments page: two listings, the first holding a ``t3`` post."""
    if '"kind"' not in source.head or "listing" not in source.head:
        return False
    try:
        data = source.json
        return (
            isinstance(data, list)
            and len(data) == 2
            and data[0]["data"]["children"][0]["kind"] == "t3"
        )
    except (ValueError, KeyError, IndexError, TypeError):
        return False


ADAPTER = Adapter(
    name="reddit",
    detect=_detect,
    parse=parse_reddit,
    description="Reddit: old.reddit HTML, new-reddit HTML (with its embedded state), .json",
)
