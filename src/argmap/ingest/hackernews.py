"""Hacker News item pages, in the current markup and the table markup used before 2014.

Both markups put each comment in a table row whose first cell indents it: current pages
say ``td.ind[indent=N]``, older ones only give a spacer ``img[src=s.gif]`` ``N * 40``
pixels wide. The reply tree is rebuilt from that depth. A long thread was once split into
"More" pages reached by an opaque ``/x?fnid=`` link; each page records its own and its
next page's ``fnid`` so that :func:`argmap.ingest.forum_tools.merge_pages` can join them.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    PagedThread,
    clean_text,
    markup_detector,
    settle_language,
)
from argmap.ingest.page_meta import page_title
from argmap.ingest.reply_cues import parents_from_depths

__all__ = ["ADAPTER", "parse_hackernews"]

#: The header of every comment (author, age, links), old and new markup alike.
COMMENT_HEAD = "td.default span.comhead"
#: The comment's words: ``div.commtext``/``span.commtext`` now, ``span.comment`` before
#: 2014, a bare ``span.c00`` (colour class) in 2018 saves.
COMMENT_BODY = "div.comment, span.comment"
#: Inside a comment body: the reply link and the "[-]" toggles.
COMMENT_JUNK = ("div.reply", "a[href^='reply?']", "a[href*='/reply?']", "a.togg")
#: An author link, in every era (``a.hnuser`` is current markup only).
USER_LINK = "a[href*='user?id=']"
ITEM_LINK = "a[href*='item?id=']"
STORY_TITLE = "span.titleline > a, td.title > a"
STORY_SUBTEXT = "td.subtext"
STORY_TEXT = "div.toptext"
#: Indentation: pixels per level of the spacer image in old markup.
INDENT_PIXELS = 40
#: Words that sit in the head of a comment beside its age.
HEAD_WORDS = re.compile(r"\||\blink\b|\bparent\b|\bnext\b|\bprev\b|\broot\b|\bcontext\b|\[.\]")
LEADING_BY = re.compile(r"^\s*by\b")
ITEM_ID = re.compile(r"item\?id=(\d+)")
FNID = re.compile(r"fnid=([A-Za-z0-9]+)")
TITLE_SUFFIX = re.compile(r"^\s*Hacker News \|\s*|\s*\|\s*Hacker News\s*$")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ('class="comhead"', "athing comtr")
FEATURES = {
    "news.ycombinator.com": 0.4,
    "ycombinator.com/news.css": 0.3,
    "| hacker news</title>": 0.3,
    "<title>hacker news |": 0.3,
    'class="comhead"': 0.3,
    "s.gif": 0.1,
}


def parse_hackernews(source: Source) -> list[RawThread]:
    """Read one saved Hacker News page: the story (if on this page) and its comments."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    story_id, post = _story(soup)
    comments: list[RawMessage] = []
    depths: dict[str, int] = {}
    for number, head in enumerate(soup.select(COMMENT_HEAD)):
        comment, depth = _comment(head, number)
        if comment.key in depths:
            continue
        comments.append(comment)
        depths[comment.key] = depth
    parents = parents_from_depths(depths.items())
    for comment in comments:
        comment.parent_key = parents[comment.key]
    return [
        PagedThread(
            title=_title(soup, has_story=post is not None),
            platform="hackernews",
            post=post,
            comments=comments,
            url=f"https://news.ycombinator.com/item?id={story_id}" if story_id else None,
            language=_language(soup),
            thread_key=story_id,
            page_key=_own_fnid(soup),
            next_page_key=_next_fnid(soup),
            depths=depths,
        )
    ]


def _story(soup: Any) -> tuple[str | None, RawMessage | None]:
    """The story id and the story as the thread's post; pages after the first have none."""
    subtext = soup.select_one(STORY_SUBTEXT)
    if subtext is None:
        return None, None
    item = subtext.select_one(ITEM_LINK) or subtext.select_one("a[href*='id=']")
    match = ITEM_ID.search(item["href"]) if item else None
    story_id = match.group(1) if match else None
    author = subtext.select_one(USER_LINK)
    time, time_text = _age(subtext)
    title_link = soup.select_one(STORY_TITLE)
    return story_id, RawMessage(
        key=story_id or "story",
        text=_story_text(soup, subtext),
        author=author.get_text(strip=True) if author else None,
        time=time,
        time_text=time_text,
        kind="post",
        url=title_link.get("href") if title_link else None,
    )


def _story_text(soup: Any, subtext: Any) -> str:
    """An Ask HN text: ``div.toptext`` now; before 2014 the row after the subtext row."""
    top = soup.select_one(STORY_TEXT)
    if top is not None:
        return clean_text(top)
    row = subtext.find_parent("tr")
    for sibling in row.find_next_siblings("tr", limit=3) if row else []:
        cells = sibling.find_all("td", recursive=False)
        if len(cells) == 2 and cells[1].find(["form", "textarea"]) is None:
            text = clean_text(cells[1])
            if text:
                return text
    return ""


def _comment(head: Any, number: int) -> tuple[RawMessage, int]:
    """One comment from its header span; returns it with its depth."""
    # A truncated page can cut the table around the header: fall back to what encloses it.
    cell = head.find_parent("td", class_="default") or head.parent
    row = cell.find_parent("tr") or cell
    author = head.select_one(USER_LINK)
    time, time_text = _age(head)
    body = cell.select_one(COMMENT_BODY)
    text = clean_text(body, COMMENT_JUNK) if body is not None else ""
    key = _comment_id(head, row) or f"row{number}"
    return (
        RawMessage(
            key=key,
            text=text,
            author=author.get_text(strip=True) if author else None,
            time=time,
            time_text=time_text,
            url=f"https://news.ycombinator.com/item?id={key}" if key.isdigit() else None,
        ),
        _depth(row),
    )


def _comment_id(head: Any, row: Any) -> str | None:
    athing = head.find_parent("tr", class_="athing")
    if athing is not None and athing.get("id", "").isdigit():
        return athing["id"]
    for link in head.select(ITEM_LINK):
        match = ITEM_ID.search(link["href"])
        if match:
            return match.group(1)
    vote = row.select_one("a[id^='up_']")
    return vote["id"][3:] if vote else None


def _depth(row: Any) -> int:
    """Nesting level: ``td.ind[indent]``, else the spacer image's width over 40 pixels."""
    indent = row.find("td", class_="ind")
    if indent is not None and str(indent.get("indent", "")).isdigit():
        return int(indent["indent"])
    first_cell = row.find("td")
    spacer = first_cell.find("img", src=re.compile(r"s\.gif")) if first_cell else None
    width = str(spacer.get("width", "0")) if spacer else "0"
    return int(width) // INDENT_PIXELS if width.isdigit() else 0


def _age(head: Any) -> tuple[str | None, str | None]:
    """ISO time from ``span.age[title]`` (UTC), else the relative "3 hours ago" as text."""
    age = head.select_one("span.age")
    stamp = str(age.get("title", "")).split() if age is not None else []
    if stamp:
        iso, _ = parse_date(stamp[0] if "+" in stamp[0] or "Z" in stamp[0] else stamp[0] + "Z")
        if iso:
            return iso, None
    if age is not None:
        return parse_date(age.get_text(" ", strip=True))
    words = " ".join(str(node) for node in head.children if isinstance(node, str) and node.strip())
    words = LEADING_BY.sub("", HEAD_WORDS.split(words)[0]).strip()
    return parse_date(words) if words else (None, None)


def _title(soup: Any, has_story: bool) -> str:
    """The story's headline; a "More" page has only its ``<title>`` ("more comments")."""
    link = soup.select_one(STORY_TITLE) if has_story else None
    if link is not None and link.get_text(strip=True):
        return link.get_text(" ", strip=True)
    return TITLE_SUFFIX.sub("", page_title(soup))


def _language(soup: Any) -> str | None:
    return soup.html.get("lang") if soup.html is not None and soup.html.get("lang") else None


def _own_fnid(soup: Any) -> str | None:
    """A "More" page's own ``fnid``: vote links return to it through ``whence=/x?fnid=``."""
    vote = soup.select_one("a[href*='whence=']")
    match = FNID.search(unquote(vote["href"])) if vote else None
    return match.group(1) if match else None


def _next_fnid(soup: Any) -> str | None:
    for link in soup.select("a[href*='fnid=']"):
        if link.get_text(strip=True).lower() == "more":
            match = FNID.search(link["href"])
            return match.group(1) if match else None
    return None


ADAPTER = Adapter(
    name="hackernews",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_hackernews,
    description="Hacker News item pages (current and pre-2014 markup, 'More' pages merged)",
)
