"""Pages that mark their comments with schema.org: microdata or JSON-LD.

Microdata: an element with ``itemscope`` and ``itemtype`` ``Comment``, ``UserComments`` or
``DiscussionForumPosting`` per message, ``itemprop`` ``author``/``creator`` (with a
``name``), ``datePublished``/``dateCreated``/``commentTime`` and ``text``/``commentText``.
Replies sit inside their parent item, or in a ``.children`` list right after it
(WordPress themes that add microdata). JSON-LD: a ``<script type="application/ld+json">``
object whose ``comment`` list holds ``Comment`` objects, replies in their own ``comment``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from argmap.ingest.base import Adapter, RawMessage, RawThread, Source
from argmap.ingest.comment_finder import blog_thread
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments
from argmap.ingest.dates import parse_date

__all__ = ["ADAPTER", "COMMENT_MARKUP", "comments_from_json_ld"]

COMMENT_TYPES = ("Comment", "UserComments", "DiscussionForumPosting")
COMMENT_ITEM = ", ".join(f"[itemscope][itemtype$='schema.org/{kind}']" for kind in COMMENT_TYPES)
COMMENT_AUTHOR = (
    "[itemprop=author] [itemprop=name], [itemprop=creator] [itemprop=name],"
    " [itemprop=author], [itemprop=creator], a.person, a.person-inactive"
)
COMMENT_DATE = "[itemprop=datePublished], [itemprop=dateCreated], [itemprop=commentTime], time"
COMMENT_BODY = "[itemprop=text], [itemprop=commentText], [itemprop=articleBody]"
REPLY_LIST = "ol.children, ul.children"
#: Microdata items of a comment type, found by a cheap scan of the text.
MICRODATA_MARKER = re.compile(r"itemtype=[\"']https?://schema\.org/(Comment|UserComments)\b")
JSON_LD_MARKER = re.compile(r"application/ld\+json")

COMMENT_MARKUP = CommentMarkup(
    item=COMMENT_ITEM,
    author=COMMENT_AUTHOR,
    date=COMMENT_DATE,
    body=COMMENT_BODY,
    junk=COMMENT_JUNK,
    key_attributes=("id", "itemid"),
    indented=REPLY_LIST,
)


def comments_from_json_ld(data: Any) -> list[RawMessage]:
    """Every ``Comment`` reachable through ``comment`` lists, replies after their parent.

    Only objects inside a ``comment`` list are comments: the page's own
    ``DiscussionForumPosting`` or ``BlogPosting`` is the post.
    """
    found: list[RawMessage] = []
    stack: list[tuple[Any, str | None, bool]] = [(data, None, False)]
    while stack:
        node, parent, in_comments = stack.pop()
        if isinstance(node, list):
            stack.extend((item, parent, in_comments) for item in reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        key = parent
        if in_comments and _types(node) & set(COMMENT_TYPES):
            key = str(node.get("@id") or node.get("url") or f"ld{len(found) + 1}")
            found.append(_json_ld_comment(node, key, parent))
        if node.get("comment"):
            stack.append((node["comment"], key, True))
        if node.get("@graph"):
            stack.append((node["@graph"], key, False))
    return found


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", ())
    return {str(t).rsplit("/", 1)[-1] for t in (kind if isinstance(kind, list) else [kind])}


def _json_ld_comment(node: dict[str, Any], key: str, parent: str | None) -> RawMessage:
    author = node.get("author") or node.get("creator")
    if isinstance(author, list):
        author = author[0] if author else None
    name = author.get("name") if isinstance(author, dict) else author
    time, time_text = parse_date(node.get("dateCreated") or node.get("datePublished"))
    return RawMessage(
        key=key,
        text=str(node.get("text") or node.get("articleBody") or "").strip(),
        author=str(name).strip() if name else None,
        time=time,
        time_text=time_text,
        parent_key=parent,
        url=node.get("url") if isinstance(node.get("url"), str) else None,
    )


def _json_ld_comments(soup: Any) -> list[RawMessage]:
    comments: list[RawMessage] = []
    for script in soup.select("script[type='application/ld+json']"):
        try:
            comments += comments_from_json_ld(json.loads(script.string or ""))
        except ValueError:
            continue  # a broken block of structured data is not worth failing the page for
    return comments


def _detect(source: Source) -> float:
    if not source.looks_like_html:
        return 0.0
    if MICRODATA_MARKER.search(source.text):
        return 0.6
    if JSON_LD_MARKER.search(source.text) and '"Comment"' in source.text:
        return 0.6
    return 0.0


def _parse(source: Source) -> list[RawThread]:
    comments = read_comments(source.soup, COMMENT_MARKUP) or _json_ld_comments(source.soup)
    return [blog_thread(source.text, source.soup, "schema_org", comments)]


ADAPTER = Adapter(
    name="schema_org",
    detect=_detect,
    parse=_parse,
    description="schema.org Comment / UserComments microdata and JSON-LD comments",
)
