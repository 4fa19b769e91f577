"""Bytes to text: byte-order marks, UTF-16 without one, declared and lying charsets."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from argmap.errors import InputError
from argmap.ingest.decode import decode_bytes

PATH = Path("page.html")
#: Each encoding with a sentence in a language it is used for.
LEGACY = [
    ("cp1252", "Le café “noir” est meilleur — naïve façade"),
    ("iso-8859-2", "Zażółć gęślą jaźń"),
    ("cp1251", "Я не согласен с автором."),
    ("koi8-r", "Я не согласен с автором."),
    ("shift_jis", "日本語のコメントです。"),
    ("euc-jp", "日本語のコメントです。"),
    ("gbk", "我不同意作者的观点。"),
    ("big5", "我不同意作者的觀點。"),
    ("euc-kr", "저는 동의하지 않습니다."),
    ("cp1256", "أنا لا أتفق مع الكاتب"),
    ("iso-8859-8", "אני לא מסכים"),
]


def _page(text: str, charset: str) -> str:
    return f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'


@pytest.mark.parametrize(("encoding", "text"), LEGACY)
def test_markup_in_a_legacy_encoding_is_read_by_its_declared_charset(encoding, text):
    page = _page(text, encoding)
    assert decode_bytes(PATH, page.encode(encoding)) == page


@pytest.mark.parametrize(("encoding", "text"), LEGACY)
def test_an_xml_declaration_names_the_encoding_too(encoding, text):
    document = f'<?xml version="1.0" encoding="{encoding}"?><rss><title>{text}</title></rss>'
    assert decode_bytes(PATH, document.encode(encoding)) == document


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_byte_order_mark_wins_over_any_declaration(bom, encoding):
    page = _page("Grüße 👋 مرحبا", "iso-8859-1")
    assert decode_bytes(PATH, bom + page.encode(encoding)) == page


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(encoding):
    page = _page("An English page with one emoji 👋 and Grüße.", "utf-16")
    assert decode_bytes(PATH, page.encode(encoding)) == page


def test_utf8_under_a_lying_latin1_declaration_stays_utf8():
    page = _page("Grüße aus Köln", "iso-8859-1")
    assert decode_bytes(PATH, page.encode("utf-8")) == page


def test_windows_1252_under_a_lying_utf8_declaration_is_read_as_windows_1252():
    page = _page("Le café “noir”", "utf-8")
    assert decode_bytes(PATH, page.encode("cp1252")) == page


@pytest.mark.parametrize("charset", ["base64", "rot13", "idna", "utf-7", "unicode_escape", "x-y"])
def test_a_charset_naming_no_web_encoding_is_ignored(charset):
    """``\\u00e9`` would become é under ``unicode_escape``; ``+AGE-`` a under UTF-7."""
    page = _page("Caf\xe9 \\u00e9 +AGE-", charset)
    assert decode_bytes(PATH, page.encode("cp1252")) == page


def test_latin1_labels_are_read_as_windows_1252_like_browsers_do():
    page = _page("“quoted”", "iso-8859-1")
    assert decode_bytes(PATH, page.encode("cp1252")) == page


def test_a_truncated_utf16_file_is_refused_in_one_line():
    data = codecs.BOM_UTF16_LE + "Hi there".encode("utf-16-le")[:-1]
    with pytest.raises(InputError, match="not valid utf-16-le"):
        decode_bytes(PATH, data)


def test_plain_text_that_is_not_utf8_is_refused_with_the_fix():
    with pytest.raises(InputError, match=r"not UTF-8 text .* re-save it as UTF-8"):
        decode_bytes(Path("notes.txt"), "Café".encode("cp1252"))


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02\x03binary", bytes(range(256))])
def test_empty_and_binary_data_are_refused(data):
    with pytest.raises(InputError, match=r"empty|binary"):
        decode_bytes(PATH, data)
