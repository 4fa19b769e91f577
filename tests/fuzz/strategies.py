"""Hypothesis strategies for hostile inputs, shared by the CI fuzz tests and ``bench/fuzz.py``.

Each input strategy yields ``(suffix, bytes)``: what a user might save under that name. The
suffix is drawn independently of the content, so wrong extensions come for free.
"""

from __future__ import annotations

import codecs
import json

from hypothesis import strategies as st

from argmap.ingest.base import RawMessage, RawQuote, RawThread

__all__ = [
    "SUFFIXES",
    "any_input",
    "binary_junk",
    "date_strings",
    "encoded_markup",
    "html_documents",
    "json_exports",
    "raw_threads",
    "texts",
]

SUFFIXES = (".html", ".htm", ".xml", ".json", ".txt", "", ".png", ".HTML")
#: Right-to-left, combining, emoji (with joiners and skin tones), CJK and other scripts a
#: debate can be written in; drawn alongside arbitrary code points.
SCRIPTS = (
    "مرحبا بالعالم، هذا رأيي",
    "שלום עולם זו דעתי",
    "\u202eevil\u202c \u200f\u200e",
    "👩🏽‍💻 👍🏿 🏳️‍🌈 🇩🇪",
    "日本語のコメントです。",
    "Ζεύς, Привет мир, नमस्ते",
    "e\u0301\u0308\u20dd Z̷̢͉a̵̛l̶g̸o̴",
    "\ufeff\u200b\u00a0\u2028\u2029",
)
#: Encodings pages are saved in, with sample text each can encode.
ENCODINGS = {
    "utf-8": "Ünïcödé “quotes” — 日本 👍",
    "utf-16": "UTF-16 text — 日本 👍",
    "utf-16-le": "little-endian — Ünïcödé",
    "utf-16-be": "big-endian — Ünïcödé",
    "utf-32": "UTF-32 — 👍",
    "cp1252": "Café “curly” — naïve",
    "iso-8859-1": "Café naïve façade",
    "iso-8859-2": "Zażółć gęślą jaźń",
    "cp1251": "Привет, это мнение",
    "koi8-r": "Привет, это мнение",
    "shift_jis": "日本語のコメント",
    "euc-jp": "日本語のコメント",
    "gbk": "中文评论",
    "big5": "中文評論",
    "euc-kr": "한국어 댓글",
}
DECLARED = (*ENCODINGS, "utf8", "latin1", "ascii", "bogus-charset", "utf-7", "idna", "base64", "")

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(SCRIPTS), max_size=4).map(" ".join),
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=200),
)
_words = st.text(alphabet="abc <>&\"'=/;\n", max_size=30)
_TAGS = "div p span a ul li table tr td article section b i script style svg template form"
_tag_names = st.sampled_from([*_TAGS.split(), "blockquote", "time", "h1", "xmp", "x-y"])
_attribute_names = st.sampled_from(
    ["class", "id", "href", "datetime", "title", "data-id", "data-parent", "content", "charset"]
)
_attributes = st.dictionaries(_attribute_names, st.one_of(texts, _words), max_size=3)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(_tag, _tag_names, _attributes, st.lists(children, max_size=4), st.booleans())


def _tag(name: str, attributes: dict[str, str], inner: list[str], closed: bool) -> str:
    closing = f"</{name}>" if closed else ""
    return f"<{name}{_attribute_text(attributes)}>{''.join(inner)}{closing}"


def _attribute_text(attributes: dict[str, str]) -> str:
    quoted = (value.replace('"', "&quot;") for value in attributes.values())
    return "".join(f' {name}="{value}"' for name, value in zip(attributes, quoted, strict=True))


_fragments = st.recursive(st.one_of(texts, _words), _element, max_leaves=25)


def _document(title: str, charset: str, body: list[str], cut: float, deep: int) -> str:
    head = f'<meta charset="{charset}">' if charset else ""
    nested = "<div>" * deep + "deep" + "</div>" * deep
    page = (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        f"{''.join(body)}{nested}</body></html>"
    )
    return page[: max(1, int(len(page) * cut))]


#: Pages: random trees of tags (some left open), any text, a charset claim, sometimes deep
#: nesting, cut short anywhere (a truncated save).
html_documents = st.builds(
    _document,
    texts,
    st.sampled_from(DECLARED),
    st.lists(_fragments, max_size=6),
    st.one_of(st.just(1.0), st.floats(0.0, 1.0)),
    st.sampled_from([0, 0, 0, 50, 2000]),
)


def _encode(text: str, encoding: str, declared: str, bom: bool) -> bytes:
    page = f'<html><head><meta charset="{declared}"></head><body><p>{text}</p></body></html>'
    data = page.encode(encoding, errors="replace")
    marks = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE}
    return marks.get(encoding, b"") + data if bom else data


#: Markup in every common encoding, declaring its own charset or a lying one, with and
#: without a byte-order mark.
encoded_markup = st.sampled_from(sorted(ENCODINGS)).flatmap(
    lambda encoding: st.builds(
        _encode,
        st.sampled_from([ENCODINGS[encoding], *SCRIPTS]),
        st.just(encoding),
        st.sampled_from(DECLARED),
        st.booleans(),
    )
)

#: Raw bytes: junk, junk with NUL bytes, text with a NUL byte inside, or nothing at all.
binary_junk = st.one_of(
    st.binary(max_size=2048),
    st.binary(max_size=64).map(lambda b: b"\x00" + b + b"\xff\xfe"),
    texts.map(lambda t: (t + "\x00" + t).encode("utf-8", "surrogatepass")),
    st.just(b""),
    st.sampled_from([b" \n\t", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff\x00"]),
)

#: Dates as pages and exports write them: ISO, far past and future, epoch seconds and
#: milliseconds, relative, localised, and junk.
date_strings = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "9999-12-31T23:59:59Z",
            "0001-01-01",
            "2999-02-30",
            "2013-13-45T99:99:99",
            "9999999999999",
            "99999999999999999999",
            "-1",
            "3 hours ago",
            "24 апреля 2018",
            "3. März 2011, 14:05",
            "yesterday at noon",
            "",
            "NaN",
            "1e400",
        ]
    ),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.text(max_size=40),
)

_keys = st.sampled_from(["1", "2", "3", "4", "5", "a", "", "null", "0"])


def _comment(key: str, parent: str | None, text: str, author: str, when: str) -> dict:
    return {"id": key, "parent": parent, "message": text, "author": {"name": author}, "date": when}


_json_comments = st.lists(
    st.builds(_comment, _keys, st.one_of(st.none(), _keys), texts, texts, date_strings),
    max_size=12,
)
_json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def _export(title: str, comments: list[dict], extra: object, deep: int) -> str:
    export = {"title": title, "comments": comments, "posts": comments, "extra": extra}
    export["lone_surrogate"] = "\ud800"
    nested = '{"replies": [' * deep + "{}" + "]}" * deep  # json.dumps itself would recurse
    return json.dumps(export)[:-1] + f', "nest": {nested}}}'


#: Comment exports: ids that repeat, parents that loop or are missing, any dates, any
#: extra structure, sometimes nested deeper than Python's recursion limit, sometimes cut.
json_exports = st.builds(
    lambda text, cut: text[: max(1, int(len(text) * cut))],
    st.builds(_export, texts, _json_comments, _json_values, st.sampled_from([0, 0, 10, 5000])),
    st.one_of(st.just(1.0), st.floats(0.0, 1.0)),
)

_text_dumps = st.lists(st.one_of(texts, st.sampled_from(["John", "Share This", "@x"])), max_size=20)

#: Anything a user might feed argmap, with the name they saved it under.
any_input = st.tuples(
    st.sampled_from(SUFFIXES),
    st.one_of(
        html_documents.map(lambda page: page.encode("utf-8", "surrogatepass")),
        encoded_markup,
        binary_junk,
        json_exports.map(lambda text: text.encode("utf-8", "surrogatepass")),
        _text_dumps.map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
    ),
)


def _raw_message(key: str, parent: str | None, text: str, when: str, kind: str) -> RawMessage:
    return RawMessage(
        key=key,
        text=text,
        author=text[:10] or None,
        time=when,
        parent_key=parent,
        kind=kind,
        quotes=[RawQuote(text=text[:20], source_key=parent, source_author=text[:5])],
    )


_raw_messages = st.builds(
    _raw_message,
    _keys,
    st.one_of(st.none(), _keys),
    texts,
    date_strings,
    st.sampled_from(["comment", "trackback", "post", "junk"]),
)

#: Threads as an adapter might hand them over: duplicate keys, self-parents, loops, parents
#: that do not exist, no post at all.
raw_threads = st.builds(
    RawThread,
    title=texts,
    platform=st.just("fuzz"),
    post=st.one_of(st.none(), _raw_messages),
    comments=st.lists(_raw_messages, max_size=15),
    url=st.one_of(st.none(), texts),
)
