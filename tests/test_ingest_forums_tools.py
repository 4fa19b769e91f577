"""Shared forum helpers: detection needs platform markup, reply cues, pages, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.ingest import adapters
from argmap.ingest.base import RawMessage, RawQuote, RawThread, Source
from argmap.ingest.forum_tools import PagedThread, content_language, merge_pages
from argmap.ingest.reply_cues import link_replies, parents_from_depths

FORUM_ADAPTERS = (
    "discourse",
    "habr",
    "hackernews",
    "phpbb",
    "pixnet",
    "reddit",
    "stackexchange",
    "vbulletin",
    "xenforo",
)
BLOG_WITH_SHARE_LINKS = """<!DOCTYPE html><html lang="en"><head><title>My recipe blog</title></head>
<body class="single single-post"><article><p>Butter, sugar, flour.</p></article>
<a href="https://www.reddit.com/submit?url=x">reddit</a>
<a href="https://news.ycombinator.com/submitlink?u=x">Hacker News</a>
<a href="https://stackoverflow.com/questions/1">a question</a> powered by phpBB fans
<ol class="commentlist"><li class="comment"><p>Lovely!</p></li></ol></body></html>"""


@pytest.mark.parametrize("name", FORUM_ADAPTERS)
def test_a_blog_linking_to_forums_is_not_claimed_by_them(name):
    source = Source(Path("blog.html"), BLOG_WITH_SHARE_LINKS.encode(), BLOG_WITH_SHARE_LINKS)
    assert adapters()[name].detect(source) == 0.0


def _message(key: str, author: str, text: str = "", quotes=()) -> RawMessage:
    return RawMessage(key=key, text=text, author=author, quotes=list(quotes))


def test_quote_naming_a_post_off_the_page_does_not_fall_back_to_its_author():
    post = _message("1", "ann")
    reply = _message("2", "bob", quotes=[RawQuote("x", source_key="999", source_author="ann")])
    link_replies([reply], post)
    assert reply.parent_key is None


def test_mentions_match_names_with_spaces_and_prefixes_but_not_ambiguous_ones():
    post = _message("1", "Voll Gaga")
    first = _message("2", "sunsetkilling", "@voll gaga\nwhat do you mean?")
    second = _message("3", "Voll Gaga", "@ sunset right.")
    third = _message("4", "x", "@s who?")
    link_replies([first, second, third], post)
    assert (first.parent_key, second.parent_key, third.parent_key) == ("1", "2", None)


def test_depth_parents_carry_across_pages():
    stack: list[tuple[int, str]] = []
    parents_from_depths([("a", 0), ("b", 1)], stack)
    assert parents_from_depths([("c", 2), ("d", 1)], stack) == {"c": "b", "d": "a"}


def test_unrelated_threads_pass_through_merge_unchanged():
    plain = RawThread(title="t", platform="text", post=None)
    lone = PagedThread(title="p", platform="discourse", post=None, thread_key="9")
    assert merge_pages([("a", "text", plain), ("b", "discourse", lone)]) == [
        ("a", "text", plain),
        ("b", "discourse", lone),
    ]


def test_merge_drops_comments_repeated_on_two_pages():
    first = PagedThread(
        title="T",
        platform="discourse",
        post=_message("1", "ann"),
        comments=[_message("2", "bob")],
        thread_key="9",
        first_number=1,
    )
    second = PagedThread(
        title="T",
        platform="discourse",
        post=None,
        comments=[_message("2", "bob"), _message("3", "cy")],
        thread_key="9",
        first_number=2,
    )
    [(_, _, merged)] = merge_pages([("b", "discourse", second), ("a", "discourse", first)])
    assert [c.key for c in merged.comments] == ["2", "3"]
    assert merged.post.key == "1"


def test_language_comes_from_the_words_not_the_theme():
    german = ["Ich habe das nicht gewusst, und die Katze ist auch nicht krank."] * 3
    assert content_language(german, "en-US") == "de"
    assert content_language(["Это правда, но не всегда."], "en") == "ru"
    assert content_language(["露營兼賞楓，好棒的生活"], None) == "zh"
    assert content_language([""], "en-GB") == "en"


def test_clean_text_unwraps_source_lines_but_keeps_preformatted_ones_and_drops_junk():
    from bs4 import BeautifulSoup

    from argmap.ingest.forum_tools import clean_text

    soup = BeautifulSoup(
        "<div><p>saved pages wrap\nlong lines</p><pre>x = 1\ny = 2</pre>"
        "<a class='reply'>reply</a><!-- a\nnote --></div>",
        "lxml",
    )
    assert (
        clean_text(soup.div, ["a.reply"]) == "saved pages wrap long lines\n```\nx = 1\ny = 2\n```"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<div><p>Try:</p><pre><code>x = 1</code></pre><p>It works.</p></div>",
            "Try:\n```\nx = 1\n```\nIt works.",
        ),
        (
            "<div><p>Use:</p><pre><code>def f():\n    return  1\n\n</code></pre></div>",
            "Use:\n```\ndef f():\n    return  1\n```",
        ),
        ("<div><p>Empty:</p><pre> </pre><p>done</p></div>", "Empty:\ndone"),
        ("<div><pre>outer<pre>inner</pre></pre></div>", "```\nouter\ninner\n```"),
        (
            "<pre>A plain-text message kept in one preformatted block.</pre>",
            "A plain-text message kept in one preformatted block.",
        ),
    ],
)
def test_code_blocks_are_fenced_with_their_indentation_but_a_message_of_one_block_is_prose(
    html, expected
):
    from bs4 import BeautifulSoup

    from argmap.ingest.html_tools import element_text

    soup = BeautifulSoup(html, "lxml")
    assert element_text(soup.body.contents[0]) == expected


def test_a_mention_ends_at_a_dash():
    post = _message("1", "Qix - the admin")
    reply = _message("2", "bob", "@Qix—you'd better read the docs")
    link_replies([reply], post)
    assert reply.parent_key == "1"
