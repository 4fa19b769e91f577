"""Any other HTML page: find the comment section by its shape, not by its class names.

A comment section is a run of sibling blocks of the same kind (same tag, same classes once
the alternating ``odd``/``even``/``depth-2`` ones are set aside), most of which hold an
author-like element and a date-like element. The largest such run outside sidebars wins;
every block of that kind on the page is then read as a comment, replies nested inside
their parent. A page without such a run is still a thread: its post and no comments.

The reader scores low (it is the fallback, chosen only when no platform reader knows the
page) but above zero for HTML, so an unknown page is never refused.
"""

from __future__ import annotations

import re

from argmap.ingest.base import Adapter, RawThread, Source
from argmap.ingest.comment_finder import blog_thread, structural_comments

__all__ = ["ADAPTER"]

#: Score of the fallback: below every platform reader, above the text reader's 0 for HTML.
FALLBACK_SCORE = 0.05
#: Markup that makes a file without ``<html>`` a page fragment rather than text.
HTML_FRAGMENT = re.compile(r"<(div|p|article|section|li|table)\b")


def _detect(source: Source) -> float:
    """Any HTML, including a saved fragment without ``<html>`` (which the text reader
    refuses), scores the fallback's score."""
    fragment = not source.looks_like_xml and HTML_FRAGMENT.search(source.head)
    return FALLBACK_SCORE if source.looks_like_html or fragment else 0.0


def _parse(source: Source) -> list[RawThread]:
    comments = structural_comments(source.soup)
    return [blog_thread(source.text, source.soup, "generic", comments)]


ADAPTER = Adapter(
    name="generic",
    detect=_detect,
    parse=_parse,
    description="any other HTML page: repeated signed and dated blocks are its comments",
)
