"""Comments on pages no platform reader fully covers: found by their shape, and a last resort.

A blog reader that recognises a page may still find none of its comments (a theme with its
own markup) or only some. :func:`blog_thread` then degrades instead of failing:

1. the platform reader's comments, when there are as many as the page evidently holds;
2. else the **structural finder** (:func:`structural_comments`): a run of sibling blocks of
   one kind, most of them signed and dated, outside navigation, sidebars and widgets, read
   with their authors, dates and nesting; no platform or site is named;
3. else trafilatura's comment extraction, as text without structure (one message per
   signed paragraph group), when it holds enough words to be comments rather than chrome.

The thread's ``platform`` says what produced its comments: ``"wordpress"`` when the reader
did, ``"wordpress+structural"`` or ``"wordpress+trafilatura"`` when a fallback did; this
is what ``argmap inspect`` shows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from argmap.ingest.base import RawMessage, RawThread
from argmap.ingest.comment_text import date_span, is_furniture, is_header_line, signed_name
from argmap.ingest.comment_walker import COMMENT_JUNK, CommentMarkup, read_comments
from argmap.ingest.page_meta import html_thread
from argmap.ingest.reply_cues import SPEECH_VERBS
from argmap.ingest.selection import select_all

__all__ = [
    "STRUCTURAL",
    "TRAFILATURA",
    "blog_thread",
    "find_comment_markup",
    "stated_comment_count",
    "structural_comments",
    "trafilatura_comments",
]

#: Suffixes of ``RawThread.platform`` naming the fallback that produced the comments.
STRUCTURAL = "structural"
TRAFILATURA = "trafilatura"

#: Class and ``itemprop`` words that mark who wrote a block.
AUTHOR_HINT = re.compile(r"author|user|name|nick|byline|poster|submitter|commenter|\bfn\b", re.I)
#: A signature in a comment's own words, when no element names the author ("Posted by:
#: Ann at ...", "Ann said...", "Ann wrote:").
SIGNED_TEXT = re.compile(rf"\b(posted|written) by\b|\b({SPEECH_VERBS})\s*(\.\.\.|:)", re.I)
#: A "by Ann on <date>" line with a class of its own, when no class names the author.
BY_LINE = re.compile(r"^by$", re.I)
#: Links to a commenter's profile page, when no class names the author.
PROFILE_LINK = re.compile(r"/(users?|profiles?|members?|people)/", re.I)
#: Class words that mark when a block was written.
DATE_HINT = re.compile(r"date|time|posted|stamp|\bago\b|published", re.I)
#: Class words that mark the words of a block.
BODY_HINT = re.compile(r"content|body|text|message|entry", re.I)
#: Dates shown as text ("12.03.2019", "March 3, 2019", "3 hours ago").
DATE_TEXT = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(19|20)\d\d\b|\bago\b|\b\d{1,2}:\d\d\b", re.I
)
#: Words in a class or id of a block or one of its containers that say it holds comments
#: (or reactions, replies, responses, discussion) in the languages of the shared pages. A
#: run outside any such container is a list of posts, products or links: on the dragnet
#: dev pages, every run of signed and dated blocks chosen without this word was chrome
#: (menus, post teasers with bylines, share bars).
COMMENT_CONTEXT = re.compile(
    r"comment|repl(y|ies)|respon|reaction|discuss|feedback|talkback|kommentar|коммент", re.I
)
#: Containers whose direct children are the page's layout, never one comment each.
LAYOUT_PARENTS = frozenset({"body", "html", "[document]"})
#: Classes that alternate between blocks of one list and so say nothing of their kind.
VARIANT_CLASSES = frozenset(
    {
        *("odd", "even", "alt", "first", "last", "parent", "byuser", "bypostauthor"),
        *("new", "collapsed", "highlighted", "selected", "clearfix"),
        *("thread-odd", "thread-even", "thread-alt", "author_comment"),
    }
)
#: Parts of a page that never hold the comment section. ``.widget`` is left to
#: :func:`_chrome`: some blog templates wrap the post and its comments in a widget too.
NOT_COMMENTS = (
    ".widget-area, .sidebar, #sidebar, #secondary, .recentcomments, .widget_recent_comments,"
    " .wp-block-latest-comments, nav, header, footer, [role=navigation], .menu, .nav, #menu, #nav"
)
#: Widgets holding less than this share of the page's text are sidebar furniture.
WIDGET = ".widget"
MAIN_WIDGET_SHARE = 0.3
#: Share of a run's blocks that must show an author and a date: tuned on the shared corpus
#: pages (every comment section there shows both on at least 70% of its blocks; lists of
#: links and menus show neither).
MIN_SIGNED_SHARE = 0.6
MIN_RUN = 2
#: "12/03/2023 14:05", "March 3, 2019 at 10:41 pm": a date shown alone is short.
MAX_DATE_CHARS = 40
MIN_BLOCK_WORDS = 3
#: Tags whose children are never comment blocks of their own.
INLINE_TAGS = ("script", "style", "a", "span", "br", "img", "option")
#: Definition lists of older themes put a comment in several siblings: a ``dt`` with the
#: author and date, then one or more ``dd`` with the text and footer.
TERM_TAG, DEFINITION_TAG = "dt", "dd"
#: The class given to the block that gathers one ``dt`` and its ``dd`` siblings.
GATHERED_CLASS = "argmap-gathered-comment"

#: "14 comments", "3 Responses", "12 thoughts on", "5 Kommentare": the count a page states.
STATED_COUNT = re.compile(
    r"\b(\d{1,5})\s+(comments?|responses?|replies|thoughts?|kommentare?|commentaires?"
    r"|comentarios?|commenti|reacties|комментари[йяев]+)\b",
    re.I,
)
#: Elements whose text may state the count: headings and the comment area's own blocks.
COUNT_PLACES = "h1, h2, h3, h4, h5, #comments, .comments, .comment-count, .comments-title"
#: The reader is short of what the page evidently holds below this share of it.
SHORT_SHARE = 0.5

#: The structural finder replaces a reader's comments only when it finds this many times
#: as many: a reader that shows fewer than the stated count because the page collapses
#: some is still right about the ones it reads.
FALLBACK_GAIN = 1.5

#: trafilatura's comment text is kept only when it holds at least this many words in lines
#: of 4+ words: share bars, counters and "Leave a comment" lines that it takes for
#: comments on pages without any are shorter (dragnet dev pages without comments).
MIN_FALLBACK_WORDS = 10
MIN_LINE_WORDS = 4


@dataclass
class _Run:
    """Sibling blocks of one kind, and the selectors found to work inside them."""

    signature: tuple[str, tuple[str, ...]]
    blocks: list[Any]
    author: str = ""
    date: str = ""
    body: str = ""


def blog_thread(
    source_text: str,
    soup: Any,
    platform: str,
    comments: list[RawMessage],
    post: RawMessage | None = None,
    missing: int = 0,
) -> RawThread:
    """A blog page as one raw thread, its comments from the platform reader or, where that
    falls short of what the page evidently holds, from the fallbacks (see the module).
    ``missing`` comments, which the reader knows the page leaves out (collapsed, on other
    pages), are not held against it."""
    label, chosen = _comments_with_fallbacks(source_text, soup, platform, comments, missing)
    return html_thread(source_text, soup, label, chosen, post)


def _comments_with_fallbacks(
    source_text: str, soup: Any, platform: str, comments: list[RawMessage], missing: int
) -> tuple[str, list[RawMessage]]:
    stated = stated_comment_count(soup) - missing
    if comments and not _short(len(comments), stated):
        return platform, comments
    label = platform
    if platform != "generic":
        structural = structural_comments(soup)
        if len(structural) > len(comments) * FALLBACK_GAIN:
            label, comments = f"{platform}+{STRUCTURAL}", structural
        elif comments and len(structural) >= len(comments):
            # two independent readings agree: the stated count includes comments the page
            # does not show (collapsed threads, later pages), not comments both missed
            return label, comments
    if comments and not _short(len(comments), stated):
        return label, comments
    fallback = trafilatura_comments(source_text)
    if _words(fallback) > FALLBACK_GAIN * _words(comments):
        return f"{platform}+{TRAFILATURA}", fallback
    return label, comments


def _words(comments: list[RawMessage]) -> int:
    return sum(len(comment.text.split()) for comment in comments)


def _short(found: int, stated: int) -> bool:
    return stated > 0 and found < SHORT_SHARE * stated


def stated_comment_count(soup: Any) -> int:
    """The largest comment count the page states in a heading or its comment area ("14
    comments"), or 0."""
    counts = [
        int(match.group(1))
        for element in select_all(soup, COUNT_PLACES)
        for match in STATED_COUNT.finditer(element.get_text(" ")[:2000])
    ]
    return max(counts, default=0)


def structural_comments(soup: Any) -> list[RawMessage]:
    """The comments of the page's largest run of signed, dated sibling blocks, or ``[]``."""
    _gather_definition_lists(soup)
    found = find_comment_markup(soup)
    if found is None:
        return []
    markup, container = found
    return read_comments(container, markup)


def _gather_definition_lists(soup: Any) -> None:
    """Wrap each ``dt`` of a list and the ``dd`` siblings after it in one block, so that a
    comment split over siblings is one block like any other. Changes the tree in place,
    once per page."""
    if soup.find(class_=GATHERED_CLASS) is not None:
        return
    for listing in soup.find_all("dl"):
        children = listing.find_all(True, recursive=False)
        terms = [child for child in children if child.name == TERM_TAG]
        if len(terms) < MIN_RUN:
            continue
        for term in terms:
            members = [term]
            for sibling in term.find_next_siblings(True):
                if sibling.name != DEFINITION_TAG:
                    break
                members.append(sibling)
            wrapper = soup.new_tag("div", attrs={"class": GATHERED_CLASS})
            term.insert_before(wrapper)
            for member in members:
                wrapper.append(member.extract())


def find_comment_markup(soup: Any) -> tuple[CommentMarkup, Any] | None:
    """The markup of the page's comment section, guessed from its shape, and the element
    holding it (comments are read only there, so a bare ``li`` selector never reaches the
    menu), or ``None``."""
    best: _Run | None = None
    excluded = _chrome(soup)
    for parent in soup.find_all(True):
        if id(parent) in excluded or parent.name in LAYOUT_PARENTS:
            continue
        for run in _runs(parent):
            larger = best is None or len(run.blocks) > len(best.blocks)
            if larger and _read_hints(run, excluded):
                best = run
    if best is None:
        return None
    markup = CommentMarkup(
        item=_selector(best.signature, _mostly_with_id(best.blocks)),
        author=best.author,
        date=best.date,
        body=best.body,
        junk=COMMENT_JUNK,
        sidebar=NOT_COMMENTS,
    )
    return markup, best.blocks[0].parent


def _mostly_with_id(blocks: list[Any]) -> bool:
    """Whether most blocks carry an ``id`` (a permalink anchor): then only blocks with one are
    comments, not a list inside a comment's text."""
    return sum(1 for block in blocks if block.get("id")) >= MIN_SIGNED_SHARE * len(blocks)


def _chrome(soup: Any) -> set[int]:
    """Ids of the page's navigation, sidebars and small widgets."""
    chrome = {id(element) for element in select_all(soup, NOT_COMMENTS)}
    widgets = select_all(soup, WIDGET)
    if widgets:
        page_chars = len((soup.body or soup).get_text())
        chrome |= {
            id(widget)
            for widget in widgets
            if len(widget.get_text()) < MAIN_WIDGET_SHARE * page_chars
        }
    return chrome


def _runs(parent: Any) -> list[_Run]:
    groups: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
    for child in parent.find_all(True, recursive=False):
        if child.name in INLINE_TAGS:
            continue
        groups.setdefault(_signature(child), []).append(child)
    runs = [_Run(signature, blocks) for signature, blocks in groups.items()]
    return [run for run in runs if len(run.blocks) >= MIN_RUN]


def _signature(element: Any) -> tuple[str, tuple[str, ...]]:
    """Tag and kind-giving classes. Where some classes say "comment", only those count:
    a list mixes ``comment full`` and ``comment oneline``, ``comment cpic`` and ``comment``."""
    classes = [c for c in element.get("class") or () if not re.search(r"\d", c)]
    commenting = [c for c in classes if COMMENT_CONTEXT.search(c)]
    kept = commenting or [c for c in classes if c not in VARIANT_CLASSES]
    return element.name, tuple(sorted(kept))


def _selector(signature: tuple[str, tuple[str, ...]], with_id: bool) -> str:
    import soupsieve

    name, classes = signature
    return name + "".join(f".{soupsieve.escape(c)}" for c in classes) + ("[id]" if with_id else "")


def _read_hints(run: _Run, excluded: set[int]) -> bool:
    """Whether most blocks are signed and dated; if so, fill in the run's selectors."""
    if any(id(parent) in excluded for parent in run.blocks[0].parents):
        return False
    if not _in_comment_context(run.blocks[0]):
        return False
    authors: Counter[str] = Counter()
    dates: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    signed = 0
    for block in run.blocks:
        if len(block.get_text(" ").split()) < MIN_BLOCK_WORDS:
            continue
        author = (
            _hinted(block, AUTHOR_HINT, ("cite",))
            or _first_link_in(_hinted(block, BY_LINE, ()))
            or _profile_link(block)
        )
        date = _hinted(block, DATE_HINT, ("time",)) or _date_leaf(block)
        text = block.get_text(" ")
        signed_in_text = not author and SIGNED_TEXT.search(text)
        if (author or signed_in_text) and (date or DATE_TEXT.search(text)):
            signed += 1
            authors.update([author] if author else [])
            dates.update([date] if date else [])
        for body, words in _hinted_bodies(block, avoid=(author, date)):
            bodies[body] += words
    if signed < max(MIN_RUN, MIN_SIGNED_SHARE * len(run.blocks)):
        return False
    run.author = authors.most_common(1)[0][0] if authors else ""
    run.date = dates.most_common(1)[0][0] if dates else ""
    run.body = bodies.most_common(1)[0][0] if bodies else ""
    return True


def _in_comment_context(block: Any) -> bool:
    """Whether the block or a container of it says, by class or id, that it holds comments."""
    for element in (block, *block.parents):
        if element.name in LAYOUT_PARENTS:  # WordPress puts "comments-open" on <body>
            break
        names = " ".join([*(element.get("class") or ()), str(element.get("id") or "")])
        if names.strip() and COMMENT_CONTEXT.search(names):
            return True
    return False


def _hinted(
    block: Any, hint: re.Pattern[str], tags: tuple[str, ...], avoid: tuple[str, ...] = ()
) -> str:
    """A selector for the first element in ``block`` whose class or ``itemprop`` matches
    ``hint`` (or whose tag is one of ``tags``), or ``""``. An element holding a match of an
    ``avoid`` selector is passed over: a body must not be the wrapper of the byline too."""
    import soupsieve

    avoid = tuple(selector for selector in avoid if selector)
    for element in block.find_all(True):
        if avoid and any(element.select_one(selector) for selector in avoid):
            continue
        if element.name in tags:
            return element.name
        for value in (*(element.get("class") or ()), element.get("itemprop") or ""):
            if value and hint.search(value) and not re.search(r"\d", value):
                if element.get("itemprop") == value:
                    return f"[itemprop='{value}']"
                return f".{soupsieve.escape(value)}"
    return ""


def _first_link_in(selector: str) -> str:
    """The links inside a by-line ("by <a>Ann</a> on <date> reply actions"): the name."""
    return f"{selector} a" if selector else ""


def _profile_link(block: Any) -> str:
    """A selector for a link to a profile page ("/users/ann") with text, or ``""``."""
    for link in block.find_all("a", href=True):
        found = PROFILE_LINK.search(str(link["href"]))
        if found and link.get_text(strip=True):
            return f"a[href*='{found.group(0)}']"
    return ""


def _hinted_bodies(block: Any, avoid: tuple[str, ...]) -> list[tuple[str, int]]:
    """Selectors of the elements in ``block`` whose class or ``itemprop`` marks words
    ("comment-content", "secondary-text"), each with its number of words: the run's body is
    the one holding the most, not the first found."""
    import soupsieve

    avoid = tuple(selector for selector in avoid if selector)
    found: list[tuple[str, int]] = []
    for element in block.find_all(True):
        for value in (*(element.get("class") or ()), element.get("itemprop") or ""):
            if not value or not BODY_HINT.search(value) or re.search(r"\d", value):
                continue
            if avoid and any(element.select_one(selector) for selector in avoid):
                break
            selector = (
                f"[itemprop='{value}']"
                if element.get("itemprop") == value
                else f".{soupsieve.escape(value)}"
            )
            found.append((selector, len(element.get_text(" ").split())))
            break
    return found


def _date_leaf(block: Any) -> str:
    """A selector for a short classed element that holds nothing but a date."""
    import soupsieve

    for element in block.find_all(True):
        text = element.get_text(" ", strip=True)
        classes = [c for c in element.get("class") or () if not re.search(r"\d", c)]
        short = classes and len(text) <= MAX_DATE_CHARS and not element.find(True)
        if short and DATE_TEXT.search(text):
            return f".{soupsieve.escape(classes[0])}"
    return ""


def trafilatura_comments(source_text: str) -> list[RawMessage]:
    """trafilatura's comment text as messages without parents: a new message starts at
    each header line ("by Ann on <date>", "Re: ... (Score:5)") or short line (a name or
    date) that follows a paragraph. Header lines are metadata, not text: they are dropped,
    and the name they sign with becomes the author. ``[]`` when the text is too thin to be
    comments (see ``MIN_FALLBACK_WORDS``)."""
    lines = [line for line in _trafilatura_comment_lines(source_text) if line]
    headers = {number for number, line in enumerate(lines) if is_header_line(line)}
    long_words = sum(
        len(line.split())
        for number, line in enumerate(lines)
        if len(line.split()) >= MIN_LINE_WORDS and number not in headers
    )
    if long_words < MIN_FALLBACK_WORDS:
        return []
    groups: list[list[int]] = []
    previous_long = True
    for number, line in enumerate(lines):
        is_long = len(line.split()) >= MIN_LINE_WORDS and number not in headers
        if not groups or (previous_long and not is_long):
            groups.append([])
        groups[-1].append(number)
        previous_long = is_long
    messages = [_fallback_message(lines, group, headers) for group in groups]
    kept = [message for message in messages if message.text]
    for number, message in enumerate(kept, start=1):
        message.key = f"t{number}"
    return kept


def _fallback_message(lines: list[str], group: list[int], headers: set[int]) -> RawMessage:
    """One message of trafilatura's text: its lines without the header lines, which give
    its author and its date as shown (not resolved: a header with a year that no locale
    reads would cost a search of all of dateparser's locales)."""
    header = [lines[n] for n in group if n in headers]
    dated = [date_span(line) for line in header if DATE_TEXT.search(line)]
    return RawMessage(
        key="",
        text="\n".join(lines[n] for n in group if n not in headers),
        author=signed_name(header),
        time_text=dated[0] if dated else None,
    )


def _trafilatura_comment_lines(source_text: str) -> list[str]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            source_text, include_comments=True, with_metadata=False
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return []
    text = (getattr(document, "comments", None) or "") if document else ""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if not is_furniture(line)]
