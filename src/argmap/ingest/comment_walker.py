"""One walk over a page's comments, driven by a :class:`CommentMarkup` of selectors.

Every blog reader and the structural finder describe their markup and call
:func:`read_comments`; the walk finds the items, their keys, authors, dates, texts,
quotes and parents (nesting, parent classes, wrappers after the parent, depth classes),
then links flat replies by their cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from argmap.ingest.base import RawMessage
from argmap.ingest.comment_text import (
    DATE_MARK,
    FURNITURE_LINE,
    date_span,
    is_furniture,
    is_header_line,
    signed_name,
    split_header,
    without_furniture,
)
from argmap.ingest.dates import DATE_ATTRIBUTES, TIMESTAMP_IN_LINK, parse_date, shown_date
from argmap.ingest.html_tools import element_text
from argmap.ingest.page_meta import page_language
from argmap.ingest.reply_cues import (
    VERB_AFTER_NAME,
    link_replies,
    parents_from_depths,
    read_quote,
)
from argmap.ingest.selection import descendant_ids, element_matches, select_all, split_selectors

__all__ = [
    "COMMENT_JUNK",
    "FURNITURE_LINE",
    "SIDEBAR",
    "CommentMarkup",
    "is_furniture",
    "read_comments",
    "without_furniture",
]

#: Containers whose comments belong to other pages: "recent comments" widgets and sidebars.
SIDEBAR = (
    ".widget, .widget-area, .sidebar, #sidebar, #secondary, .recentcomments,"
    " .widget_recent_comments, .wp-block-latest-comments"
)
#: Controls and counters inside a comment that no one wrote: reply/like/share/report links,
#: vote counts, edit links, "Liked by 21 people", a plugin's "Ann recently posted..." line
#: (``.cluv``), and what the page hides (a share box's copy of the comment and its address).
COMMENT_JUNK = (
    ".reply, .comment-reply, .comment-reply-link, .comment-likes, .comment-like-feedback,"
    " .comment-actions, .comment-edit, .comment-edit-link, .sharedaddy, .sd-sharing,"
    " .share, .sharing, .voting, .vote, .votes, .likes, .report, .pmcc-comments-report-link,"
    " .comment-awaiting-moderation, .reply-link, .comment-footer, .post-menu, .see-more,"
    " .wprm-comment-rating, .links.inline, .permalink, .edit-link, .score, .cluv,"
    " .hidden, [hidden]"
)
#: "by Ann on" once the date is taken out of a "by Ann on <date>" line: the words around the
#: name are the theme's.
BYLINE_WORDS = re.compile(r"^(posted by|by|von|par)\s+|\s+(on|at|am|le)$", re.IGNORECASE)
#: A signature line is short: a longer line with a name and a date is a sentence.
MAX_SIGNATURE_CHARS = 120
_KEY_DIGITS = re.compile(r"(\d+)\D*$")


@dataclass(frozen=True)
class CommentMarkup:
    """Where one platform's markup keeps each part of a comment: CSS selectors and patterns.

    ``item`` selects one element per comment. The other selectors are searched inside an
    item but never inside a reply nested in it. Reply structure comes from, in this order:
    a ``parent_class`` pattern on the item or a wrapper ("child-of-215114"); the nearest
    enclosing item (``ol.children`` nesting); an ``indented`` wrapper that follows its
    parent (Drupal); or a ``depth`` pattern ("level-3") read as a running stack. An item's
    key is its first ``key_attributes`` value (its digits), or with ``key_from_anchor`` the
    id of an ``<a id>`` placed right before it.
    """

    item: str
    author: str = ""
    date: str = ""
    body: str = ""
    junk: str = COMMENT_JUNK
    quote: str = "blockquote"
    author_attributes: tuple[str, ...] = ()
    key_attributes: tuple[str, ...] = ("id",)
    key_from_anchor: bool = False
    parent_class: re.Pattern[str] | None = None
    indented: str = ""
    depth: re.Pattern[str] | None = None
    trackback_classes: frozenset[str] = frozenset({"pingback", "trackback"})
    sidebar: str = SIDEBAR


def read_comments(root: Any, markup: CommentMarkup) -> list[RawMessage]:
    """Every comment under ``root`` as a raw message, in page order, parents by page keys."""
    items = _comment_items(root, markup)
    if not items:
        return []
    section = _Section(items)
    keys: dict[int, str] = {}
    for number, item in enumerate(items, start=1):
        keys[id(item)] = _item_key(item, markup) or f"c{number}"
    parents = _parent_keys(root, section, keys, markup)
    page = _top(root)
    language = page_language(page) if page.find("html") else None
    languages = (language,) if language else None
    comments = [
        _read_item(item, keys[id(item)], parents[id(item)], section, markup, languages)
        for item in items
    ]
    link_replies(comments)
    return comments


def _top(element: Any) -> Any:
    """The document an element belongs to (itself when it is the document)."""
    parents = list(element.parents)
    return parents[-1] if parents else element


class _Section:
    """The comment items of a page and, once, which item each element inside them belongs
    to (its nearest enclosing item), so that selectors never reach into nested replies and
    each selector runs once per page rather than once per comment."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.item_ids = {id(item) for item in items}
        self._owner: dict[int, Any] = {}
        for item in reversed(items):  # replies come after their parent: deepest first
            for element in item.find_all(True):
                self._owner.setdefault(id(element), item)
        self._own = {
            id(item): [e for e in item.find_all(True) if self._owner[id(e)] is item]
            for item in items
        }
        tops = [item for item in items if id(item) not in self._owner]
        # the lists holding the outermost comments: usually one, so each selector list
        # walks the section once however many comments it has
        self._containers = list({id(t.parent): t.parent for t in tops if t.parent}.values())
        self._matches: dict[str, set[int]] = {}

    def owner(self, element: Any) -> Any:
        """The nearest enclosing comment item of ``element`` (not itself), or ``None``."""
        return self._owner.get(id(element))

    def own(self, item: Any, selectors: str, within: Any = None) -> list[Any]:
        """Elements of ``item`` (not of a nested reply) matching ``selectors``, those of
        earlier selectors in the comma list first: the list is an order of preference.
        With ``within``, only those inside that element."""
        if not selectors:
            return []
        inside = None if within is None or within is item else descendant_ids(within)
        matches = self._matching(selectors)
        found = [
            element
            for element in self._own[id(item)]
            if id(element) in matches and (inside is None or id(element) in inside)
        ]
        if len(found) < 2:
            return found
        parts = split_selectors(selectors)

        def preference(element: Any) -> int:
            return next((n for n, part in enumerate(parts) if element_matches(element, part)), 0)

        return sorted(found, key=preference)

    def _matching(self, selectors: str) -> set[int]:
        """Ids of the elements in the comment section that match ``selectors`` (one pass)."""
        if selectors not in self._matches:
            self._matches[selectors] = {
                id(element) for box in self._containers for element in select_all(box, selectors)
            }
        return self._matches[selectors]


def _comment_items(root: Any, markup: CommentMarkup) -> list[Any]:
    """The comment elements, without sidebar widgets and without the inner element of a
    comment already found (WordPress wraps ``article#div-comment-5`` in ``li#comment-5``)."""
    sidebars = {id(e): e for e in select_all(root, markup.sidebar)} if markup.sidebar else {}
    in_sidebar: dict[int, Any] = {}
    found = [
        item
        for item in select_all(root, markup.item)
        if _nearest_marked(item.parent, sidebars, in_sidebar) is None
    ]
    chosen: dict[int, Any] = {}
    owners: dict[int, Any] = {}
    for item in found:
        owner = _nearest_marked(item.parent, chosen, owners)
        if owner is not None and _item_key(owner, markup) == _item_key(item, markup):
            continue
        chosen[id(item)] = item
    return list(chosen.values())


def _nearest_marked(node: Any, marked: dict[int, Any], memo: dict[int, Any]) -> Any:
    """``node`` or its nearest ancestor that is ``marked``, or ``None``; ``memo`` keeps the
    answer for every node walked, so a page is walked once however deep it nests (the
    answer of a node never changes: elements are marked in document order, and a later
    element is never an ancestor of an earlier one)."""
    path = []
    answer = None
    while node is not None:
        if id(node) in memo:
            answer = memo[id(node)]
            break
        if id(node) in marked:
            answer = node
            break
        path.append(node)
        node = node.parent
    for walked in path:
        memo[id(walked)] = answer
    return answer


def _item_key(item: Any, markup: CommentMarkup) -> str | None:
    if markup.key_from_anchor:  # Drupal: ``<a id="comment-5"></a>`` right before the comment
        anchor = item.find_previous_sibling()
        if anchor is not None and anchor.name == "a" and anchor.get("id"):
            digits = _KEY_DIGITS.search(str(anchor["id"]))
            return digits.group(1) if digits else str(anchor["id"])
    for attribute in markup.key_attributes:
        value = item.get(attribute)
        if value:
            digits = _KEY_DIGITS.search(str(value))
            return digits.group(1) if digits else str(value)
    return None


def _parent_keys(
    root: Any, section: _Section, keys: dict[int, str], markup: CommentMarkup
) -> dict[int, str | None]:
    parents: dict[int, str | None] = {}
    by_depth = (
        parents_from_depths((keys[id(item)], _depth(item, markup.depth)) for item in section.items)
        if markup.depth is not None
        else {}
    )
    wrappers = (
        {id(element) for element in root.select(markup.indented)} if markup.indented else set()
    )
    for item in section.items:
        parent = _parent_from_class(item, section, markup)
        enclosing = section.owner(item)
        if parent is None and enclosing is not None:
            parent = keys[id(enclosing)]
        if parent is None and wrappers:
            parent = _parent_before_wrapper(item, section, keys, wrappers)
        parents[id(item)] = parent if parent is not None else by_depth.get(keys[id(item)])
    return parents


def _parent_from_class(item: Any, section: _Section, markup: CommentMarkup) -> str | None:
    if markup.parent_class is None:
        return None
    for element in (item, *item.parents):
        if element is not item and id(element) in section.item_ids:
            return None
        match = markup.parent_class.search(" ".join(element.get("class") or ()))
        if match:
            return match.group(1)
    return None


def _parent_before_wrapper(
    item: Any, section: _Section, keys: dict[int, str], wrappers: set[int]
) -> str | None:
    """Drupal (and WordPress.com) put replies in a wrapper right after the comment they
    answer: the parent is the last comment before the nearest such wrapper."""
    for wrapper in item.parents:
        if id(wrapper) in wrappers:
            for sibling in wrapper.find_previous_siblings():
                if id(sibling) in section.item_ids:
                    return keys[id(sibling)]
            return None
    return None


def _depth(item: Any, pattern: re.Pattern[str]) -> int:
    for element in (item, *item.parents):
        match = pattern.search(" ".join(element.get("class") or ()))
        if match:
            return int(match.group(1))
    return 0


def _read_item(
    item: Any,
    key: str,
    parent: str | None,
    section: _Section,
    markup: CommentMarkup,
    languages: tuple[str, ...] | None,
) -> RawMessage:
    author_element = next(iter(section.own(item, markup.author)), None)
    date_elements = section.own(item, markup.date)
    body = next(iter(section.own(item, markup.body)), item)
    nested = [found for found in body.find_all(True) if id(found) in section.item_ids]
    junk = section.own(item, markup.junk, within=body)
    quotes = section.own(item, markup.quote, within=body)
    skipped = [*nested, *junk, *quotes]
    if body is item:
        skipped += [e for e in (author_element, *date_elements) if e is not None]
    time, time_text = element_date(date_elements, languages)
    author = _item_author(item, author_element, date_elements, markup)
    header = split_header(without_furniture(element_text(body, skipped)))
    author = author or header.author
    if time is None and time_text is None and header.date_text:
        time, time_text = shown_date(header.date_text, languages)
    url = None
    classes = set(item.get("class") or ())
    kind = "trackback" if classes & markup.trackback_classes else "comment"
    if kind == "trackback":  # the linking page is its author and its address
        link = _first_link(author_element) or _first_link(item)
        url = str(link["href"]) if link else None
        author = author or (" ".join(link.get_text().split()) if link else None)
    return RawMessage(
        key=key,
        text=header.text,
        author=author,
        time=time,
        time_text=time_text,
        parent_key=parent,
        kind=kind,
        url=url,
        quotes=[quote for quote in map(read_quote, quotes) if quote.text],
    )


def _item_author(
    item: Any, element: Any, date_elements: list[Any], markup: CommentMarkup
) -> str | None:
    """The name as displayed, without a date or "says:" the theme put in the same element."""
    for attribute in markup.author_attributes:
        if item.get(attribute):
            return str(item[attribute]).strip()
    if element is None:
        return _signed_name(item)
    name = " ".join(element_text(element, date_elements).split())
    name = VERB_AFTER_NAME.sub("", name).strip(" ·•|-–—:")
    name = BYLINE_WORDS.sub("", name).strip(" ·•|-–—:")
    return name or None


def _signed_name(item: Any) -> str | None:
    """The name in a dated signature line of the comment ("Posted by: Ann | May 20, 2012",
    "by Ann on April 16, 2012"), for themes that give the author no element of its own."""
    lines = element_text(item).splitlines()
    short = (line for line in lines if len(line) <= MAX_SIGNATURE_CHARS)
    return signed_name([line for line in short if DATE_MARK.search(line)])


def _first_link(element: Any) -> Any:
    if element is None:
        return None
    return element if element.name == "a" and element.get("href") else element.find("a", href=True)


def element_date(
    elements: list[Any], languages: tuple[str, ...] | None = None
) -> tuple[str | None, str | None]:
    """The first absolute date among the elements' date attributes, links and texts; else
    the first text shown (a relative date or one without a year) as ``time_text``."""
    shown: str | None = None
    for element in elements:
        for attribute in DATE_ATTRIBUTES:
            iso, _ = parse_date(element.get(attribute), languages)
            if iso:
                return iso, None
        for link in (element, *element.find_all("a", href=True)):
            stamp = TIMESTAMP_IN_LINK.search(str(link.get("href", "")))
            if stamp:
                return parse_date(stamp.group(1))
        iso, text = shown_date(element_text(element), languages)
        if not iso and text and is_header_line(text):  # "by Ann on May 23, 2011. Reply #"
            iso, text = shown_date(date_span(text), languages)
        if iso:
            return iso, None
        shown = shown or text
    return None, shown
