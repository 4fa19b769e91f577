"""Helpers every HTML adapter needs: readable text from an element, dates, title and URL.

Kept in one place so each adapter module is only its selectors and the walk over them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any

from argmap.ingest.base import RawMessage, RawQuote, RawThread

__all__ = [
    "COMMENT_JUNK",
    "FURNITURE_LINE",
    "RELATIVE_DATE",
    "SIDEBAR",
    "CommentMarkup",
    "canonical_url",
    "element_text",
    "html_thread",
    "link_replies_by_cues",
    "page_language",
    "page_post",
    "page_title",
    "parse_date",
    "parse_export_xml",
    "read_comments",
    "select_all",
    "split_quoted_lines",
    "without_furniture",
]

#: Blocks after which a line break belongs, so paragraphs do not run together.
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "hr",
}
#: Never part of what a person wrote.
SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "button", "form", "iframe"}
#: "3 hours ago", "vor 2 Tagen", "yesterday": no absolute time; kept as text, never resolved
#: against today's clock (that would make output depend on when it ran).
RELATIVE_DATE = re.compile(
    r"\b(ago|yesterday|today|just now|vor \d+|назад|вчера|сегодня|hace \d+|il y a)\b",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def element_text(element: Any, exclude: Collection[Any] = ()) -> str:
    """The visible text of a BeautifulSoup element, paragraphs on their own lines.

    Scripts, styles, buttons and forms are skipped, and so are the elements in ``exclude``
    (nested replies, "Reply" links, quotes) without changing the tree; runs of spaces are
    collapsed.
    """
    parts: list[str] = []
    _collect(element, parts, {id(node) for node in exclude})
    text = _SPACES.sub(" ", "".join(parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", text).strip()


def _collect(element: Any, parts: list[str], skipped: set[int]) -> None:
    """Iterative walk (no recursion, so 10,000-deep markup cannot overflow the stack)."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Doctype, ProcessingInstruction

    stack: list[Any] = [element]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if isinstance(node, Comment | Doctype | ProcessingInstruction):
                continue
            if isinstance(node, NavigableString) or node == "\n":
                parts.append(str(node))
            continue
        if not isinstance(node, Tag) or node.name in SKIPPED_TAGS or id(node) in skipped:
            continue
        if node.name in BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
        stack.extend(reversed(node.contents))


def parse_date(
    value: str | None, languages: tuple[str, ...] | None = None
) -> tuple[str | None, str | None]:
    """``(iso, text)``: ISO 8601 when the value is an absolute date, else ``(None, value)``.

    Relative dates ("3 hours ago") and junk are kept as text only. Dates without a year are
    not completed with this year. ``languages`` (ISO 639-1 codes, e.g. the page's
    ``<html lang>``) are tried first, which spares dateparser a search of 200 locales and
    reads "12/03/2023" day first on a French page.

    >>> parse_date("2013-04-02T10:15:00+00:00")
    ('2013-04-02T10:15:00+00:00', None)
    >>> parse_date("3 hours ago")
    (None, '3 hours ago')
    >>> parse_date("1356998400")
    ('2013-01-01T00:00:00+00:00', None)
    """
    if value is None:
        return None, None
    text = " ".join(str(value).split())
    if not text:
        return None, None
    if RELATIVE_DATE.search(text) or len(text) > 80:
        return None, text
    if re.fullmatch(r"\d{10}(\.\d+)?|\d{13}", text):
        seconds = float(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat(), None
    iso = _iso(text, languages)
    return (iso, None) if iso else (None, text)


@lru_cache(maxsize=4096)
def _iso(
    text: str, languages: tuple[str, ...] | None = None, every_locale: bool = True
) -> str | None:
    """Cached: a page repeats the same few date strings, and dateparser is slow. Without
    ``every_locale``, only ``languages`` are tried: a search of all 200 locales takes
    dateparser about 0.4 s on text that is not a date."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    if not re.search(r"(1[89]|20)\d\d", text) or len(re.findall(r"\d+", text)) < 2:
        return None  # no year, or no day ("Март 2018"): refuse to invent one
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = None
    if languages:
        with suppress(ValueError):  # a language dateparser does not know
            parsed = _dateparser().parse(text, languages=list(languages), settings=settings)
    if parsed is None and every_locale:
        parsed = _dateparser().parse(text, settings=settings)
    return parsed.isoformat() if parsed else None


@cache
def _dateparser() -> Any:
    """dateparser reads dates in 200 locales ("24 апреля 2018", "3. März 2011"); imported
    only when a date is not ISO, because its import takes a moment."""
    import dateparser

    return dateparser


def page_title(soup: Any) -> str:
    """The page's headline: ``og:title``, else ``<title>``, else the first ``<h1>``."""
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and meta.get("content", "").strip():
        return " ".join(meta["content"].split())
    if soup.title and soup.title.get_text(strip=True):
        return " ".join(soup.title.get_text().split())
    heading = soup.find("h1")
    return " ".join(heading.get_text().split()) if heading else ""


def canonical_url(soup: Any) -> str | None:
    """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
    link = soup.find("link", rel="canonical")
    if link and link.get("href", "").startswith("http"):
        return link["href"]
    meta = soup.find("meta", attrs={"property": "og:url"})
    if meta and meta.get("content", "").startswith("http"):
        return meta["content"]
    return None


# -- threaded comment sections ---------------------------------------------------------------

#: Containers whose comments belong to other pages: "recent comments" widgets and sidebars.
SIDEBAR = (
    ".widget, .widget-area, .sidebar, #sidebar, #secondary, .recentcomments,"
    " .widget_recent_comments, .wp-block-latest-comments"
)
#: Controls and counters inside a comment that no one wrote: reply/like/share/report links,
#: vote counts, edit links, "Liked by 21 people".
COMMENT_JUNK = (
    ".reply, .comment-reply, .comment-reply-link, .comment-likes, .comment-like-feedback,"
    " .comment-actions, .comment-edit, .comment-edit-link, .sharedaddy, .sd-sharing,"
    " .share, .sharing, .voting, .vote, .votes, .likes, .report, .pmcc-comments-report-link,"
    " .comment-awaiting-moderation, .reply-link, .comment-footer, .post-menu, .see-more,"
    " .wprm-comment-rating, .links.inline, .permalink, .edit-link"
)
#: "Ann says:", "Андрей пишет:", "Max schreibt:": the verb is the theme's, not the name.
AUTHOR_VERB = re.compile(
    r"\s+(says|said|wrote|writes|пишет|написал[аи]?|сказал[аи]?|sagt|schreibt|meint|a dit|écrit"
    r"|dice|dijo|scrive|zegt|schreef)\s*:?\s*$",
    re.IGNORECASE,
)
#: "by Ann on" once the date is taken out of a "by Ann on <date>" line: the words around the
#: name are the theme's.
BYLINE_WORDS = re.compile(r"^(posted by|by|von|par)\s+|\s+(on|at|am|le)$", re.IGNORECASE)
#: Words a theme puts around a comment's shown date.
DATE_FURNITURE = re.compile(
    r"^\s*(posted|written|submitted)(\s+on)?\b|[|·•]?\s*\b(permalink|reply|log in to reply"
    r"|link)\s*$",
    re.IGNORECASE,
)
#: A year in a shown date: only then is a wrapped date worth retrying.
YEAR = re.compile(r"\b(19|20)\d\d\b")
#: Words trimmed, at most, from either end of a shown date.
DATE_TRIM = 3
#: Lines of page furniture inside a comment's text: controls and counters.
FURNITURE_LINE = re.compile(
    r"^(reply|replies|like|unlike|share|tweet|email|report|permalink|delete|edit|quote"
    r"|\d+\s+(likes?|fans?|comments?|replies|points?|votes?)|reply\s*[↓|]?|log in to reply"
    r"|(log ?in|sign ?in) or register to .{0,40}|please rate this comment\W*[\d\s]*)$",
    re.IGNORECASE,
)
_KEY_DIGITS = re.compile(r"(\d+)\D*$")
#: Attributes that hold a machine-readable date, most trustworthy first.
DATE_ATTRIBUTES = ("datetime", "content", "title", "data-time", "data-timestamp", "data-created")
#: Blogger puts the exact time, in milliseconds, in the comment's permalink.
TIMESTAMP_IN_LINK = re.compile(r"[?&]showComment=(\d{13})")


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
    link_replies_by_cues(comments)
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
        inside = None if within is None or within is item else _descendant_ids(within)
        matches = self._matching(selectors)
        found = [
            element
            for element in self._own[id(item)]
            if id(element) in matches and (inside is None or id(element) in inside)
        ]
        if len(found) < 2:
            return found
        parts = _split_selectors(selectors)

        def preference(element: Any) -> int:
            return next((n for n, part in enumerate(parts) if _element_matches(element, part)), 0)

        return sorted(found, key=preference)

    def _matching(self, selectors: str) -> set[int]:
        """Ids of the elements in the comment section that match ``selectors`` (one pass)."""
        if selectors not in self._matches:
            self._matches[selectors] = {
                id(element) for box in self._containers for element in select_all(box, selectors)
            }
        return self._matches[selectors]


#: ``tag#id.class[attr=value]``: the compound selectors most platform constants are made
#: of; a selector is one or more of them joined by spaces (descendant combinators).
_COMPOUND = re.compile(
    r"([a-z][a-z0-9]*)?(?:#([\w-]+))?((?:\.[\w-]+)*)"
    r"((?:\[[\w:-]+(?:=(?:'[^']*'|\"[^\"]*\"|[\w-]+))?\])*)",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"\[([\w:-]+)(?:=(?:'([^']*)'|\"([^\"]*)\"|([\w-]+)))?\]")
_Compound = tuple[str | None, str | None, frozenset[str], tuple[tuple[str, str | None], ...]]


@cache
def _plain_selector(part: str) -> tuple[_Compound, ...] | None:
    """A selector as compounds (outermost first) when it uses only tags, ids, classes,
    ``[attr]`` / ``[attr=value]`` and descendant combinators, else ``None``.

    soupsieve matches each element against each part of a long list in Python; for such
    plain parts a few set and dict tests per element do the same work many times faster.
    """
    compounds = []
    for token in part.split():
        match = _COMPOUND.fullmatch(token)
        if not match or not token:
            return None
        tag, ident, classes, attributes = match.groups()
        pairs = tuple(_attribute_test(found) for found in _ATTRIBUTE.finditer(attributes or ""))
        compounds.append(
            (tag.lower() if tag else None, ident, frozenset(classes.split(".")[1:]), pairs)
        )
    return tuple(compounds) or None


def _attribute_test(found: re.Match[str]) -> tuple[str, str | None]:
    """``[name]`` as ``(name, None)``; ``[name=value]`` (quoted or not) as ``(name, value)``."""
    if "=" not in found.group(0):
        return found.group(1), None
    value = next(v for v in found.groups()[1:] if v is not None)
    return found.group(1), value


def _matches_compound(element: Any, compound: _Compound) -> bool:
    tag, ident, wanted, attributes = compound
    if tag is not None and element.name != tag:
        return False
    if ident is not None and element.get("id") != ident:
        return False
    if wanted and not wanted.issubset(element.get("class") or ()):
        return False
    for name, value in attributes:
        found = element.get(name)
        if isinstance(found, list):  # bs4 splits class, rel and the like into lists
            found = " ".join(found)
        if found is None or (value is not None and found != value):
            return False
    return True


def _matches_plain(
    element: Any, compounds: tuple[_Compound, ...], memo: dict[tuple[int, int], bool]
) -> bool:
    """The last compound matches the element, the others its ancestors, in order.

    ``memo`` (one per selector and page) remembers, per ancestor, whether a chain of the
    first compounds ends there or above, so a page is walked once per selector however
    deeply its comments nest (10,000 nested replies would otherwise cost 10,000² steps).
    """
    if not _matches_compound(element, compounds[-1]):
        return False
    return len(compounds) == 1 or _chain_above(element.parent, compounds, len(compounds) - 1, memo)


def _chain_above(
    node: Any, compounds: tuple[_Compound, ...], length: int, memo: dict[tuple[int, int], bool]
) -> bool:
    """Whether ``node`` or one of its ancestors matches ``compounds[length - 1]`` with the
    compounds before it matched further up, in order. Iterative over the ancestors."""
    unknown = []
    while node is not None and (id(node), length) not in memo:
        unknown.append(node)
        node = node.parent
    above = memo[(id(node), length)] if node is not None else False
    for current in reversed(unknown):  # from the top down, so each answer reuses the last
        here = bool(current.name) and _matches_compound(current, compounds[length - 1])
        if here and length > 1:
            here = _chain_above(current.parent, compounds, length - 1, memo)
        above = above or here
        memo[(id(current), length)] = above
    return above


def _element_matches(element: Any, part: str) -> bool:
    plain = _plain_selector(part)
    return _matches_plain(element, plain, {}) if plain else bool(element.css.match(part))


@cache
def _plain_index(
    selectors: str,
) -> tuple[dict[str, list[tuple[_Compound, ...]]], list[tuple[_Compound, ...]], str]:
    """The plain parts of a selector list keyed by one class their last compound needs (so
    an element is tested only against parts that can match it), the plain parts without
    such a class, and the other parts joined back into one selector list for soupsieve."""
    by_class: dict[str, list[tuple[_Compound, ...]]] = {}
    classless: list[tuple[_Compound, ...]] = []
    complex_parts = []
    for part in _split_selectors(selectors):
        plain = _plain_selector(part)
        if plain is None:
            complex_parts.append(part)
        elif plain[-1][2]:
            by_class.setdefault(min(plain[-1][2]), []).append(plain)
        else:
            classless.append(plain)
    return by_class, classless, ", ".join(complex_parts)


def select_all(root: Any, selectors: str) -> list[Any]:
    """``root.select(selectors)`` (descendants, document order), with the plain parts of
    the list (tags, ids, classes, ``[attr=value]``, descendant combinators) matched in a
    single walk instead of by soupsieve."""
    by_class, classless, complex_parts = _plain_index(selectors)
    chosen = {id(e) for e in root.select(complex_parts)} if complex_parts else set()
    memos: dict[tuple[_Compound, ...], dict[tuple[int, int], bool]] = {}

    def matches(element: Any, plain: tuple[_Compound, ...]) -> bool:
        return _matches_plain(element, plain, memos.setdefault(plain, {}))

    found = []
    for element in root.find_all(True):
        if id(element) in chosen or any(matches(element, p) for p in classless):
            found.append(element)
            continue
        for name in element.get("class") or ():
            if any(matches(element, p) for p in by_class.get(name, ())):
                found.append(element)
                break
    return found


def _descendant_ids(element: Any) -> set[int]:
    return {id(found) for found in element.find_all(True)}


def _comment_items(root: Any, markup: CommentMarkup) -> list[Any]:
    """The comment elements, without sidebar widgets and without the inner element of a
    comment already found (WordPress wraps ``article#div-comment-5`` in ``li#comment-5``)."""
    sidebars = {id(e) for e in select_all(root, markup.sidebar)} if markup.sidebar else set()
    found = [
        item
        for item in select_all(root, markup.item)
        if not any(id(parent) in sidebars for parent in item.parents)
    ]
    chosen: list[Any] = []
    chosen_ids: set[int] = set()
    for item in found:
        owner = next((p for p in item.parents if id(p) in chosen_ids), None)
        if owner is not None and _item_key(owner, markup) == _item_key(item, markup):
            continue
        chosen.append(item)
        chosen_ids.add(id(item))
    return chosen


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
    depth_stack: list[tuple[int, str]] = []
    wrappers = (
        {id(element) for element in root.select(markup.indented)} if markup.indented else set()
    )
    for item in section.items:
        key = keys[id(item)]
        parent = _parent_from_class(item, section, markup)
        enclosing = section.owner(item)
        if parent is None and enclosing is not None:
            parent = keys[id(enclosing)]
        if parent is None and wrappers:
            parent = _parent_before_wrapper(item, section, keys, wrappers)
        if markup.depth is not None:
            depth = _depth(item, markup.depth)
            while depth_stack and depth_stack[-1][0] >= depth:
                depth_stack.pop()
            if parent is None and depth_stack:
                parent = depth_stack[-1][1]
            depth_stack.append((depth, key))
        parents[id(item)] = parent
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
    time, time_text = _item_date(date_elements, languages)
    author = _item_author(item, author_element, date_elements, markup)
    url = None
    classes = set(item.get("class") or ())
    kind = "trackback" if classes & markup.trackback_classes else "comment"
    if kind == "trackback":  # the linking page is its author and its address
        link = _first_link(author_element) or _first_link(item)
        url = str(link["href"]) if link else None
        author = author or (" ".join(link.get_text().split()) if link else None)
    return RawMessage(
        key=key,
        text=without_furniture(element_text(body, skipped)),
        author=author,
        time=time,
        time_text=time_text,
        parent_key=parent,
        kind=kind,
        url=url,
        quotes=[quote for quote in map(_read_quote, quotes) if quote.text],
    )


#: "Ann wrote:", "Ann said:", "Ann schreibt:" opening a quote names who is quoted.
QUOTE_HEADER = re.compile(
    r"^(?P<name>[^\n:]{1,60}?)\s+(wrote|said|writes|says|schrieb|schreibt|пишет|написал[аи]?)"
    r"\s*:\s*",
    re.IGNORECASE,
)
#: "... the words. [Ann]" closing a quote names who is quoted.
QUOTE_SIGNATURE = re.compile(r"\s*\[(?P<name>[^\]\n]{1,60})\]\s*$")
#: "@Ann" opening a comment addresses an earlier commenter.
ADDRESSEE = re.compile(r"^\s*@\s?(?P<name>[^\s,:;!?]+(?: [^\s,:;!?@]+){0,2})")


def _read_quote(element: Any) -> RawQuote:
    """A quote's text and, when it says so, whose words they are (a ``cite``, a
    "Ann wrote:" header, or a closing "[Ann]")."""
    cite = element.find("cite")
    text = element_text(element, [cite] if cite is not None else [])
    author = " ".join(cite.get_text().split()) if cite is not None else None
    for pattern in (QUOTE_HEADER, QUOTE_SIGNATURE):
        found = pattern.search(text)
        if found and author is None:
            author = found.group("name").strip()
            text = (text[: found.start()] + text[found.end() :]).strip()
    return RawQuote(text=text, source_author=author or None)


def link_replies_by_cues(comments: list[RawMessage]) -> None:
    """Tie a quote naming its author to that author's latest earlier comment, and give a
    comment the markup left without a parent the comment it answers, when it quotes it or
    opens by addressing its author ("@Ann")."""
    latest_by_author: dict[str, str] = {}
    for comment in comments:
        for quote in comment.quotes:
            if quote.source_author and quote.source_key is None:
                quote.source_key = _latest(latest_by_author, quote.source_author)
        if comment.parent_key is None:
            candidates = [q.source_key for q in comment.quotes if q.source_key]
            addressed = ADDRESSEE.match(comment.text)
            if addressed:  # "@Ann Lee thanks": try "ann lee thanks", "ann lee", "ann"
                words = addressed.group("name").split()
                candidates += [
                    _latest(latest_by_author, " ".join(words[:n])) for n in range(len(words), 0, -1)
                ]
            comment.parent_key = next((key for key in candidates if key), None)
        if comment.author:  # re-inserted so the dict's order stays "latest last"
            latest_by_author.pop(comment.author.casefold(), None)
            latest_by_author[comment.author.casefold()] = comment.key


def _latest(latest_by_author: dict[str, str], name: str) -> str | None:
    """The key of the latest comment by ``name``, or by an author whose first name it is."""
    wanted = name.casefold().strip()
    if wanted in latest_by_author:
        return latest_by_author[wanted]
    by_first_name = (k for a, k in reversed(latest_by_author.items()) if a.split()[0] == wanted)
    return next(by_first_name, None)


@cache
def _split_selectors(selectors: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in selectors.split(",") if part.strip())


def _item_author(
    item: Any, element: Any, date_elements: list[Any], markup: CommentMarkup
) -> str | None:
    """The name as displayed, without a date or "says:" the theme put in the same element."""
    for attribute in markup.author_attributes:
        if item.get(attribute):
            return str(item[attribute]).strip()
    if element is None:
        return None
    name = " ".join(element_text(element, date_elements).split())
    name = AUTHOR_VERB.sub("", name).strip(" ·•|-–—:")
    name = BYLINE_WORDS.sub("", name).strip(" ·•|-–—:")
    return name or None


def _item_date(
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
        iso, text = _shown_date(element_text(element), languages)
        if iso:
            return iso, None
        shown = shown or text
    return None, shown


def without_furniture(text: str) -> str:
    """A comment's text without lines that are only a control or counter ("Reply",
    "Log in to Reply", "3 likes")."""
    lines = text.split("\n")
    return "\n".join(line for line in lines if not FURNITURE_LINE.match(line.strip()))


def _shown_date(text: str, languages: tuple[str, ...] | None) -> tuple[str | None, str | None]:
    """``parse_date`` of a shown date, retried without up to three words at either end
    when the theme wrapped it ("#1 - Tue Jul 24, 2012 10:14 AM EDT", "wrote on November
    13th, 2012 at 5:49 am Link To"); only for text with a year, so few retries run."""
    cleaned = _date_words(text)
    iso, shown = parse_date(cleaned, languages)
    if iso or not YEAR.search(cleaned):
        return iso, shown
    words = cleaned.split()
    tried = tuple(dict.fromkeys((*(languages or ()), "en")))
    for start in range(min(DATE_TRIM, len(words))):
        for end in range(len(words), max(start, len(words) - DATE_TRIM), -1):
            if (start, end) == (0, len(words)) or end - start < 2:
                continue
            iso = _iso(" ".join(words[start:end]), tried, every_locale=False)
            if iso:
                return iso, None
    return None, shown


def _date_words(text: str) -> str:
    """A shown date without the theme's words around it: "Posted October 29, 2012 at 9:26 am
    | Permalink" gives "October 29, 2012 at 9:26 am"."""
    return DATE_FURNITURE.sub(" ", text).strip(" ,|·•-–—")


def _first_link(element: Any) -> Any:
    if element is None:
        return None
    return element if element.name == "a" and element.get("href") else element.find("a", href=True)


def page_language(soup: Any) -> str | None:
    """The page's declared language (``<html lang="de-DE">`` gives ``de``), if any."""
    html = soup.find("html")
    lang = (html.get("lang") or html.get("xml:lang") or "") if html else ""
    lang = str(lang).strip().lower()
    return lang.split("-")[0].split("_")[0] or None if lang else None


#: Comment sections, pruned before the post's main text is extracted, so that headers
#: such as "Ann wrote: #1" never leak into the post.
COMMENT_AREAS = [
    "//*[@id='comments' or @id='disqus_thread' or @id='respond']",
    "//*[contains(@itemtype, 'schema.org/Comment') or contains(@itemtype, 'UserComments')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' comment-list ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' commentlist ')]",
]
#: Longer "names" are author boxes with a biography, not names.
MAX_NAME_LENGTH = 60
#: Pages up to this size get trafilatura's metadata (author, date); larger ones (the
#: largest shared page is 1 MB) take them from ``<meta>`` tags alone, which keeps a 50 MB
#: page from costing minutes.
METADATA_MAX_CHARS = 3_000_000
#: Words before a byline's name: "By Ann", "View all posts by Ann", "Von Ann".
BYLINE_PREFIX = re.compile(r"^(view all posts by|posted by|written by|by|von)\s+", re.IGNORECASE)


def page_post(source_text: str, soup: Any, comment_bodies: Collection[str] = ()) -> RawMessage:
    """The post of a blog page: its main text, author and date.

    All three come from trafilatura's article extraction (comment areas pruned first) and
    metadata (meta tags, JSON-LD, bylines), which are well tuned on real blogs; only the
    time of day is taken from the page itself, as trafilatura keeps the date alone.
    """
    document = _main_text(source_text)
    if document is None or not document.text:  # too short for trafilatura: the whole page
        text = _drop_comment_lines(element_text(soup.body or soup), comment_bodies)
        return RawMessage(key="__post__", text=text, kind="post")
    text = _drop_comment_lines(document.text, comment_bodies)
    author = BYLINE_PREFIX.sub("", document.author or _meta_author(soup) or "").strip()
    iso, shown = parse_date(document.date)
    precise = _published_time(soup)
    if precise and (iso is None or precise.startswith(iso[:10])):
        iso, shown = precise, None
    return RawMessage(
        key="__post__",
        text=text,
        author=_short_name(author),
        time=iso,
        time_text=shown,
        kind="post",
    )


def _published_time(soup: Any) -> str | None:
    """The post's full timestamp from ``article:published_time`` or the theme's
    ``time.entry-date`` / ``time.published`` (two cheap lookups, no CSS engine)."""
    meta = soup.find("meta", attrs={"property": "article:published_time"})
    candidates = [meta.get("content")] if meta else []
    stamp = soup.find("time", class_=("entry-date", "published"), datetime=True)
    candidates += [stamp.get("datetime")] if stamp else []
    for value in candidates:
        iso, _ = parse_date(value)
        if iso and "T" in iso:
            return iso
    return None


def _meta_author(soup: Any) -> str | None:
    meta = soup.find("meta", attrs={"name": "author"})
    return str(meta.get("content") or "").strip() or None if meta else None


def _main_text(source_text: str) -> Any:
    """trafilatura's extraction; its metadata only for pages of ordinary size, as its
    licence search grows with the square of the page (23 s of CPU on an 11 MB page)."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            source_text,
            include_comments=False,
            with_metadata=len(source_text) <= METADATA_MAX_CHARS,
            include_tables=True,
            prune_xpath=COMMENT_AREAS,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None


def _drop_comment_lines(text: str, comment_bodies: Collection[str]) -> str:
    """The post's lines, stripped, without those that are really comments (a theme
    trafilatura did not recognise)."""
    comment_lines = {line.strip() for body in comment_bodies for line in body.splitlines()}
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line and line not in comment_lines)


def _short_name(name: str | None) -> str | None:
    """A name, not a biography: author boxes often hold a whole paragraph."""
    return name if name and len(name) <= MAX_NAME_LENGTH else None


def html_thread(
    source_text: str,
    soup: Any,
    platform: str,
    comments: list[RawMessage],
    post: RawMessage | None = None,
) -> RawThread:
    """A blog page as one raw thread: title, address, language, the post (found with
    :func:`page_post` unless given) and its comments."""
    return RawThread(
        title=page_title(soup),
        platform=platform,
        post=post or page_post(source_text, soup, [c.text for c in comments]),
        comments=comments,
        url=canonical_url(soup),
        language=page_language(soup),
    )


def split_quoted_lines(text: str) -> tuple[str, list[RawQuote]]:
    """Mail-style quotes ("> earlier words") taken out of a plain-text body.

    >>> text, quotes = split_quoted_lines("> Redis is fast\\n> in memory\\nSo is Postgres.")
    >>> text, [quote.text for quote in quotes]
    ('So is Postgres.', ['Redis is fast\\nin memory'])
    """
    kept: list[str] = []
    quotes: list[list[str]] = []
    previous_quoted = False
    for line in text.splitlines():
        quoted = line.lstrip().startswith(">")
        if quoted:
            if not previous_quoted:
                quotes.append([])
            quotes[-1].append(line.lstrip()[1:].strip())
        else:
            kept.append(line)
        previous_quoted = quoted
    found = [RawQuote(text="\n".join(q).strip()) for q in quotes if "".join(q).strip()]
    return "\n".join(kept).strip(), found


def parse_export_xml(source: Any, what: str) -> Any:
    """The root element of an XML export, read without entities or network (so a hostile
    file cannot fetch or expand anything); :class:`InputError` naming ``what`` if it is not
    XML."""
    from lxml import etree

    from argmap.errors import InputError

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(source.data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(source.path, f"the {what} is not XML ({exc})") from None
    if root is None:
        raise InputError(source.path, f"the {what} is not XML")
    return root
