"""Turn an input file's bytes into text, or say in one line why they are not a thread.

Order of trust: a byte-order mark, then strict UTF-8 (right for almost every saved page, and
right even when a ``<meta charset>`` lies), then, for markup only, the charset the document
declares. Plain text that is not UTF-8 is refused rather than guessed at, because a wrong
guess silently corrupts every claim taken from it.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from argmap.errors import InputError, Problem

__all__ = ["decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""")
#: Share of control characters above which a file is taken for binary. Text and saved pages
#: hold almost none; images, archives and executables hold many.
_BINARY_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 8192
#: Codecs Python knows that no saved page is written in; a declared charset naming one of
#: them is ignored (some decode escape sequences, one is an internal placeholder).
_UNTRUSTED_CODECS = {
    "idna",
    "punycode",
    "utf-7",
    "unicode-escape",
    "raw-unicode-escape",
    "undefined",
    "mbcs",
    "oem",
}


def decode_bytes(path: Path, data: bytes) -> str:
    """The text of ``data``; :class:`InputError` if it is empty, binary or undecodable."""
    if not data.strip():
        raise InputError(path, Problem.EMPTY_FILE)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(path, data[len(bom) :], encoding)
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(path, data, utf16)
    if _looks_binary(data):
        raise InputError(path, Problem.BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not _looks_like_markup(data):
            problem = Problem.NOT_UTF8.format(byte=data[exc.start], offset=exc.start)
            raise InputError(path, problem) from None
    return _declared_or_western(data)


def _strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason, offset = exc.reason, exc.start
        problem = Problem.BAD_ENCODING.format(encoding=encoding, reason=reason, offset=offset)
        raise InputError(path, problem) from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def _looks_like_markup(data: bytes) -> bool:
    return data.lstrip()[:1] == b"<"


def _declared_or_western(data: bytes) -> str:
    """Decode markup by the charset it declares, else as Windows-1252 (never fails).

    A declared charset is only trusted when it names an encoding pages are really written
    in: a page cannot make the reader run ``idna``, ``utf-7``, ``unicode_escape`` or a
    non-text codec such as ``base64`` on its bytes.
    """
    match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    encoding = _web_encoding(match.group(1).decode("ascii")) if match else None
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeError, ValueError):
            pass  # the declaration lies; fall back below
    return data.decode("cp1252", errors="replace")


def _web_encoding(label: str) -> str | None:
    """The codec a declared charset label names, or ``None`` if it is not one to trust.

    As browsers do, ``latin-1`` and ``ascii`` labels are read as Windows-1252 (its superset).
    """
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _UNTRUSTED_CODECS:
        return None
    if info.name.startswith(("utf-16", "utf-32")):
        return None  # a real UTF-16/32 file was recognised above by its BOM or NUL pattern
    return "cp1252" if info.name in ("latin-1", "iso8859-1", "ascii") else info.name
