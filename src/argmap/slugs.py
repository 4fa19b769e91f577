"""Safe, readable file names from thread titles.

A title comes from a page, so it may hold ``../``, slashes, device names or thousands of
characters; a slug holds only ``a-z``, ``0-9`` and ``-``, is never empty, never a Windows
device name, capped in length, and unique within a run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from slugify import slugify as python_slugify

from argmap.errors import OutputError, Problem

__all__ = ["output_slugs", "slugify", "unique_slugs"]

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
#: What is written per slug, and the files written once per run.
SLUG_SUFFIXES = (".json", ".html")
RUN_FILES = ("index.html", "all-threads.json", "all-threads.html")


def slugify(title: str) -> str:
    """A file-name-safe slug, transliterated from any script by python-slugify.

    >>> slugify("Why I'm not a \\"Remote Work Evangelist\\"…")
    'why-i-m-not-a-remote-work-evangelist'
    >>> slugify("../../etc/passwd"), slugify("CON"), slugify("")
    ('etc-passwd', 'con-thread', 'thread')
    >>> slugify("Карта и кошелёк"), slugify("露營 楓葉")
    ('karta-i-koshelek', 'lu-ying-feng-xie')
    """
    slug = python_slugify(title, max_length=MAX_SLUG_LENGTH, word_boundary=False) or "thread"
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


def output_slugs(
    titles: Iterable[str], out_dir: str | Path, inputs: Iterable[str | Path]
) -> list[str]:
    """Unique slugs whose files in ``out_dir`` would not overwrite any of ``inputs``.

    A slug whose ``.json`` or ``.html`` is one of the inputs (``argmap map x.json -o .``)
    is numbered on like a duplicate. Files are compared by identity (device and inode), so
    symbolic links, hard links and case-insensitive file systems cannot hide a clash.
    Raises :class:`OutputError` when a file every run writes (``index.html``) is an input.

    >>> output_slugs(["A", "a"], "/nonexistent", [])
    ['a', 'a-2']
    """
    out_dir = Path(out_dir)
    protected = {_identity(Path(item)) for item in inputs} - {None}
    for name in RUN_FILES:
        if _identity(out_dir / name) in protected:
            raise OutputError(out_dir / name, Problem.WOULD_OVERWRITE_INPUT)

    def clashes(slug: str) -> bool:
        return any(_identity(out_dir / f"{slug}{suffix}") in protected for suffix in SLUG_SUFFIXES)

    seen: set[str] = set()
    slugs: list[str] = []
    for slug in unique_slugs(titles):
        base, number = slug, 1
        while slug in seen or clashes(slug):
            number += 1
            slug = f"{base}-{number}"
        seen.add(slug)
        slugs.append(slug)
    return slugs


def _identity(path: Path) -> tuple[int, int] | None:
    """``(device, inode)`` of an existing file, else ``None``."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino
