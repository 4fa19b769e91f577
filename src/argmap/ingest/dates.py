"""Dates as pages show them: ISO 8601 when absolute, the shown text otherwise.

Relative dates and dates without a year or day are kept as text, never completed from
today's clock (output must not depend on when it ran).
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any

__all__ = ["DATE_ATTRIBUTES", "RELATIVE_DATE", "TIMESTAMP_IN_LINK", "parse_date", "shown_date"]

#: "3 hours ago", "vor 2 Tagen", "yesterday": no absolute time; kept as text, never resolved
#: against today's clock (that would make output depend on when it ran).
RELATIVE_DATE = re.compile(
    r"\b(ago|yesterday|today|just now|vor \d+|назад|вчера|сегодня|hace \d+|il y a)\b",
    re.IGNORECASE,
)
#: Attributes that hold a machine-readable date, most trustworthy first.
DATE_ATTRIBUTES = ("datetime", "content", "title", "data-time", "data-timestamp", "data-created")
#: Blogger puts the exact time, in milliseconds, in the comment's permalink.
TIMESTAMP_IN_LINK = re.compile(r"[?&]showComment=(\d{13})")
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


def shown_date(text: str, languages: tuple[str, ...] | None) -> tuple[str | None, str | None]:
    """``parse_date`` of a shown date, retried without up to three words at either end
    when the theme wrapped it ("#1 - Tue Jul 24, 2012 10:14 AM EDT", "wrote on November
    13th, 2012 at 5:49 am Link To"); only for text with a year, so few retries run.

    The retries read only the page's languages and English; the search of every locale
    comes last, for the whole text: on a wrapped date it fails, and failing costs it about
    2.6 CPU s on a first call ("Edited: April 12 2018, 07:58:56 UTC" on a shared page).
    """
    cleaned = _date_words(text)
    if YEAR.search(cleaned) and not RELATIVE_DATE.search(cleaned) and len(cleaned) <= 80:
        tried = tuple(dict.fromkeys((*(languages or ()), "en")))
        # the page's languages alone first: "12/03/2023" is day first on a French page
        iso = _iso(cleaned, languages, every_locale=False) if languages else None
        iso = iso or _trimmed_iso(cleaned.split(), tried)
        if iso:
            return iso, None
    return parse_date(cleaned, languages)


def _trimmed_iso(words: list[str], tried: tuple[str, ...]) -> str | None:
    """The first reading, in ``tried`` languages only, of the words without up to
    ``DATE_TRIM`` at either end (all of them first)."""
    for start in range(min(DATE_TRIM, len(words))):
        for end in range(len(words), max(start, len(words) - DATE_TRIM), -1):
            if end - start < 2 and (start, end) != (0, len(words)):
                continue
            iso = _iso(" ".join(words[start:end]), tried, every_locale=False)
            if iso:
                return iso
    return None


def _date_words(text: str) -> str:
    """A shown date without the theme's words around it: "Posted October 29, 2012 at 9:26 am
    | Permalink" gives "October 29, 2012 at 9:26 am"."""
    return DATE_FURNITURE.sub(" ", text).strip(" ,|·•-–—")
