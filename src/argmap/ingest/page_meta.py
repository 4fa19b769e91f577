"""What a page says about itself: title, address, language, and the post of a blog page."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from argmap.ingest.base import RawMessage, RawThread
from argmap.ingest.dates import parse_date
from argmap.ingest.html_tools import element_text

__all__ = ["canonical_url", "html_thread", "page_language", "page_post", "page_title"]

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


def page_language(soup: Any) -> str | None:
    """The page's declared language (``<html lang="de-DE">`` gives ``de``), if any."""
    html = soup.find("html")
    lang = (html.get("lang") or html.get("xml:lang") or "") if html else ""
    lang = str(lang).strip().lower()
    return lang.split("-")[0].split("_")[0] or None if lang else None


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
