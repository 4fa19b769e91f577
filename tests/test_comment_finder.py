"""The structural comment finder and the readers' fallback chain, on small hand-made pages.

Each page in ``tests/fixtures/comments`` was written for one case; the expected authors,
texts and labels below are read off the page, not taken from the program's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.api import assemble
from argmap.ingest import read_file
from argmap.ingest.comment_finder import stated_comment_count, trafilatura_comments
from argmap.ingest.comment_text import is_furniture, split_header
from argmap.ingest.comment_walker import _signed_name, without_furniture
from argmap.ingest.dates import shown_date
from argmap.model import Message, Thread

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "comments"


def _read(name: str) -> tuple[str, Thread, list[Message]]:
    adapter, raws = read_file(FIXTURES / name)
    threads, messages = assemble((name, raw) for raw in raws)
    return adapter, threads[0], [m for m in messages if m.kind != "post"]


def test_definition_list_comments_are_found_when_the_reader_finds_none() -> None:
    adapter, thread, comments = _read("definition_list.html")
    assert adapter == "wordpress" and thread.platform == "wordpress+structural"
    assert [c.author for c in comments] == ["Marta Lindqvist", "Jonas Pereira", "Ruth Okafor"]
    assert comments[0].text == (
        "The old texts describe the pull in poetic words, not as a theory of gravity."
    )
    # a two-digit year is ambiguous: the date is kept as shown, never guessed
    assert comments[2].time is None and comments[2].time_text == "07.16.12 at 08:05"
    assert all("Recent posts" not in c.text and "Home" not in c.text for c in comments)


def test_comments_signed_in_their_text_are_found_and_chrome_is_not() -> None:
    adapter, thread, comments = _read("signed_in_text.html")
    assert adapter == "generic" and thread.platform == "generic"
    assert [c.author for c in comments] == ["Harbourwatcher", "Ines", "Tom B"]
    assert comments[1].text.startswith("Who pays for it?")
    # the signature line is the comment's metadata: its name and date, not its text
    assert "Posted by" not in comments[1].text
    assert comments[1].time == "2012-11-10T17:55:00"
    everything = " ".join(c.text for c in comments)
    for chrome in ("Tweet", "455 comments", "Bus timetable changes", "Weather"):
        assert chrome not in everything


def test_signed_dated_teasers_outside_a_comment_area_are_not_comments() -> None:
    adapter, thread, comments = _read("teasers_only.html")
    assert adapter == "generic" and thread.platform == "generic"
    assert comments == []


def test_structural_finder_replaces_a_reader_short_of_the_stated_count() -> None:
    adapter, thread, comments = _read("reader_short.html")
    assert adapter == "wordpress" and thread.platform == "wordpress+structural"
    assert [c.author for c in comments] == ["Omar", "Pia", "Lars"]
    assert comments[0].text == "How tight should the spokes be at the end?"


@pytest.mark.parametrize(
    ("html", "count"),
    [
        ("<h3>14 Responses to “Tides”</h3>", 14),
        ("<div id='comments'><p>3 comments so far</p></div>", 3),
        ("<p>14 comments</p>", 0),  # not a heading nor a comment area
        ("<h2>Comments</h2>", 0),
    ],
)
def test_stated_comment_count(html: str, count: int) -> None:
    from bs4 import BeautifulSoup

    assert stated_comment_count(BeautifulSoup(html, "lxml")) == count


def test_thin_trafilatura_comment_text_is_not_taken_for_comments() -> None:
    page = (
        "<html><body><article><p>"
        + "A post about gardens and the soil they need to grow vegetables well. " * 8
        + "</p></article><div id='comments'><p>Leave a comment</p></div></body></html>"
    )
    assert trafilatura_comments(page) == []


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("Posted October 29, 2012 at 9:26 am | Permalink", "2012-10-29T09:26:00"),
        ("#1 - Tue Jul 24, 2012 10:14 AM", "2012-07-24T10:14:00"),
        ("wrote on November 13th, 2012 at 5:49 am Link To", "2012-11-13T05:49:00"),
    ],
)
def test_wrapped_shown_dates_are_parsed(shown: str, iso: str) -> None:
    assert shown_date(shown, None) == (iso, None)


def test_relative_dates_stay_text() -> None:
    assert shown_date("3 hours ago", None) == (None, "3 hours ago")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Posted by: Sharon in Chicago | May 20, 2012 at 12:55 AM", "Sharon in Chicago"),
        ("by Mitch Monsen on April 16, 2012 at 4:59 am. Reply", "Mitch Monsen"),
        ("by the way, I think on this one you are right", None),  # no date: not a signature
    ],
)
def test_a_signature_line_names_an_author_without_an_element(line: str, name: str) -> None:
    from bs4 import BeautifulSoup

    item = BeautifulSoup(f"<div><p>Nice post.</p><p>{line}</p></div>", "lxml").div
    assert _signed_name(item) == name


def test_furniture_lines_leave_comment_text() -> None:
    text = (
        "Good point.\nReply\nLog in to Reply\nI agree with the second part.\n3 likes\n"
        "Reply to This Parent Share\nThis.\nShow this to your parents"
    )
    assert without_furniture(text) == (
        "Good point.\nI agree with the second part.\nThis.\nShow this to your parents"
    )


@pytest.mark.parametrize(
    ("text", "body", "author", "date"),
    [
        (
            "Ann\nPosted on August 9, 2012 at 11:40am\nI agree with this.",
            "I agree with this.",
            "Ann",
            "August 9, 2012 at 11:40am",
        ),
        (
            "Re: the plan\nby Ann Lee (5327) writes:\nThe plan is fine.",
            "The plan is fine.",
            "Ann Lee",
            None,
        ),
        (
            "Nice summary of the plan.\nby Ann Lee on May 23, 2011 at 12:47 am | Reply",
            "Nice summary of the plan.",
            "Ann Lee",
            "May 23, 2011 at 12:47 am",
        ),
        ("A subject (Score:5, Insightful)\nThe plan is fine.", "The plan is fine.", None, None),
        # a date inside the writer's sentence is theirs
        ("I bought mine on May 5, 2011 and it still works.", None, None, None),
    ],
)
def test_header_lines_become_author_and_date(text: str, body: str | None, author, date) -> None:
    header = split_header(text)
    assert (header.text, header.author, header.date_text) == (body or text, author, date)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Rate this: 0 0", True),
        ("Like or Dislike: 2 1", True),
        ("3 Comments | Add your comment", True),
        ("1 comment, read it below or add one", True),
        ("Like it or not, this is the plan.", False),
        ("3 comments above mine say the same thing and they are all wrong about it", False),
    ],
)
def test_counters_and_rating_bars_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_the_disqus_plugin_list_keeps_authors_and_replies() -> None:
    from argmap.ingest.base import Source
    from argmap.ingest.disqus import ADAPTER

    page = (
        '<html><body><article><p>The post.</p></article><div id="disqus_thread"><ul>'
        '<li id="dsq-comment-1"><div class="dsq-comment-header"><cite>Ann</cite></div>'
        '<div class="dsq-comment-message"><p>First thought on it.</p></div></li>'
        '<ul class="children"><li id="dsq-comment-2"><div class="dsq-comment-header">'
        '<cite>Bo</cite></div><div class="dsq-comment-message"><p>A reply.</p></div></li>'
        "</ul></ul></div></body></html>"
    )
    source = Source(Path("page.html"), page.encode(), page)
    assert ADAPTER.detect(source) > 0.5
    comments = ADAPTER.parse(source)[0].comments
    assert [(c.author, c.text, c.parent_key) for c in comments] == [
        ("Ann", "First thought on it.", None),
        ("Bo", "A reply.", "1"),
    ]


def test_an_addressee_and_the_date_of_the_answered_comment_stay_text() -> None:
    # "@ Ann" and the date of Ann's comment open a reply: the cue that links it, not a header
    text = "@ Ann Lee\n8. April 2019 @ 11:38\nI see it differently."
    assert split_header(text).text == text
