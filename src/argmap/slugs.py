"""Safe, readable file names from thread titles.

A title comes from a page, so it may hold ``../``, slashes, device names or thousands of
characters; a slug holds only ``a-z``, ``0-9`` and ``-``, is never empty, never a Windows
device name, capped in length, and unique within a run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["slugify", "unique_slugs"]

MAX_SLUG_LENGTH = 60
_WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in range(10)),
    *(f"lpt{n}" for n in range(10)),
}
#: Names this package writes itself; a thread slug must not overwrite them.
RESERVED = {"index", "all-threads"}


def slugify(title: str) -> str:
    """A file-name-safe slug.

    >>> slugify("Why I'm not a \\"Social Media Strategist\\"…")
    'why-i-m-not-a-social-media-strategist'
    >>> slugify("../../etc/passwd"), slugify("CON"), slugify("")
    ('etc-passwd', 'con-thread', 'thread')
    """
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-") or "thread"
    if slug in _WINDOWS_DEVICES or slug in RESERVED:
        slug = f"{slug}-thread"
    return slug


def unique_slugs(titles: Iterable[str]) -> list[str]:
    """Slugs for several titles, numbered ``-2``, ``-3``... where they would collide.

    >>> unique_slugs(["A", "a", "A!"])
    ['a', 'a-2', 'a-3']
    """
    seen: set[str] = set()
    slugs: list[str] = []
    for title in titles:
        base = slug = slugify(title)
        number = 1
        while slug in seen:
            number += 1
            slug = f"{base}-{number}"
        seen.add(slug)
        slugs.append(slug)
    return slugs
