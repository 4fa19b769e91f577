"""phpBB 3 topics in the prosilver style (3.0 to 3.3), the default on most boards.

Each post is a ``div.post`` with ``id="p<N>"``; the author and date sit in
``p.author`` (3.1+ adds ``time[datetime]``; 3.0 has only the text after "»"). Topics are
flat: a post replies to the post it quotes. A quote is a ``blockquote`` whose ``cite``
names the author ("alice wrote:") and, since 3.2, links the quoted post
(``data-post-id`` or ``#p<N>``). Signatures (``div.signature``) are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.dates import parse_date
from argmap.ingest.forum_tools import (
    clean_text,
    dotted_date,
    markup_detector,
    select_first,
    settle_language,
    strip_signature,
    take_quotes,
)
from argmap.ingest.page_meta import canonical_url, page_title
from argmap.ingest.reply_cues import AFTER_QUOTED_NAME, link_replies

__all__ = ["ADAPTER", "parse_phpbb"]

POST = "div.post[id^='p']"
POST_BODY = "div.content"
POST_AUTHOR = ("p.author a.username", "p.author strong a", "dl.postprofile a.username", "dt a")
POST_BYLINE = "p.author"
POST_TIME = "p.author time[datetime]"
#: Not the writer's words: signature, edit notice, attachments box, buttons.
BODY_JUNK = ("div.signature", "div.notice", "ul.post-buttons", "dl.attachbox")
QUOTE = "blockquote"
QUOTE_CITE = "cite"
QUOTE_POST = re.compile(r"[?&#]p=?(\d+)|#p(\d+)")
#: A "previous page" link: this page does not hold the topic's first post.
PREVIOUS_PAGE = "a[rel='prev'], li.arrow.previous a, li.previous a"
#: "Page <strong>2</strong> of <strong>5</strong>": the first number is this page's.
CURRENT_PAGE = "div.pagination strong"
TOPIC_TITLE = ("h2.topic-title a", "h2.topic-title", "div#page-body h2 a", "h2 a", "h2")
#: Markup only this platform prints; without one of them the page is not ours.
COMMENT_MARKERS = ("postprofile", 'id="phpbb"')
FEATURES = {
    "phpbb": 0.3,
    "prosilver": 0.2,
    'class="postprofile"': 0.3,
    "viewtopic.php": 0.2,
    "memberlist.php?mode=viewprofile": 0.2,
}


def parse_phpbb(source: Source) -> list[RawThread]:
    """Read one page of a phpBB topic."""
    return settle_language(_read(source))


def _read(source: Source) -> list[RawThread]:
    soup = source.soup
    messages = [_post(node) for node in soup.select(POST)]
    messages = [m for m in messages if m is not None]
    current = soup.select_one(CURRENT_PAGE)
    later_page = current is not None and current.get_text(strip=True) not in ("", "1")
    opens_topic = soup.select_one(PREVIOUS_PAGE) is None and not later_page
    post = messages[0] if messages and opens_topic else None
    comments = messages[1:] if post is not None else messages
    if post is not None:
        post.kind = "post"
    link_replies(comments, post)
    title = select_first(soup, TOPIC_TITLE)
    return [
        RawThread(
            title=title.get_text(" ", strip=True) if title is not None else page_title(soup),
            platform="phpbb",
            post=post,
            comments=comments,
            url=canonical_url(soup),
            language=soup.html.get("lang") if soup.html is not None else None,
        )
    ]


def _post(node: Any) -> RawMessage | None:
    body = node.select_one(POST_BODY)
    if body is None:
        return None
    quotes = take_quotes(body, QUOTE, _quote_source, _quote_text)
    author = select_first(node, POST_AUTHOR)
    time, time_text = _time(node)
    return RawMessage(
        key=node.get("id", "").removeprefix("p"),
        text=strip_signature(clean_text(body, BODY_JUNK)),
        author=author.get_text(" ", strip=True) if author is not None else None,
        time=time,
        time_text=time_text,
        quotes=quotes,
    )


def _time(node: Any) -> tuple[str | None, str | None]:
    """``time[datetime]`` (3.1+), else the byline's text after "»" (3.0)."""
    stamp = node.select_one(POST_TIME)
    if stamp is not None:
        return parse_date(stamp.get("datetime") or stamp.get_text(" ", strip=True))
    byline = node.select_one(POST_BYLINE)
    if byline is None:
        return None, None
    text = byline.get_text(" ", strip=True)
    if "»" not in text:
        return None, None
    written = text.split("»")[-1]
    iso = dotted_date(written)
    return (iso, None) if iso else parse_date(written)


def _quote_source(block: Any) -> tuple[str | None, str | None]:
    """The quoted post from ``data-post-id``, a ``#p<N>`` link or ``cite=``; the author
    from the ``cite`` text."""
    cite = block.find(QUOTE_CITE)
    key = None
    link = cite.find("a", attrs={"data-post-id": True}) if cite is not None else None
    if link is not None:
        key = str(link["data-post-id"])
    else:
        targets = [block.get("cite", "")] + (
            [a.get("href", "") for a in cite.find_all("a")] if cite is not None else []
        )
        for target in targets:
            match = QUOTE_POST.search(target or "")
            if match:
                key = match.group(1) or match.group(2)
                break
    author = None
    if cite is not None:
        name = cite.find("a", href=re.compile("memberlist"))
        shown = cite.get_text(" ")
        author = name.get_text(strip=True) if name else AFTER_QUOTED_NAME.sub("", shown)
    return key, (author.strip() or None) if author else None


def _quote_text(block: Any) -> str:
    cite = block.find(QUOTE_CITE)
    if cite is not None:
        cite.decompose()
    return clean_text(block)


ADAPTER = Adapter(
    name="phpbb",
    detect=markup_detector(FEATURES, COMMENT_MARKERS),
    parse=parse_phpbb,
    description="phpBB 3 (prosilver) topics: quotes become reply links, signatures dropped",
)
