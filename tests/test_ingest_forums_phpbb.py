"""phpBB 3 (prosilver): posts, quotes as reply links, 3.0 text dates, later pages."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "phpbb"


def _read(name: str):
    adapter, threads = read_file(FIXTURES / name)
    assert adapter == "phpbb"
    return build_thread(threads[0], "t1", name)


def test_topic_post_authors_dates_and_quote_parent():
    thread, messages = _read("topic-33.html")
    post, habits, which = messages
    assert thread.title == "Is homework useful?"
    assert thread.url == "https://board.example.net/viewtopic.php?t=77"
    assert (post.author, post.time) == ("Martha", "2021-09-06T18:30:00+00:00")
    assert (habits.author, habits.parent) == ("Dev_Teacher", post.id)
    assert habits.text == "It shows little benefit for test scores; habits are another matter."
    assert [(q.text, q.source) for q in habits.quotes] == [
        ("the research shows little benefit before age eleven", post.id)
    ]
    assert which.parent == habits.id  # "@Dev_Teacher"


def test_no_signature_edit_notice_or_buttons():
    _, messages = _read("topic-33.html")
    for message in messages:
        for junk in ("teacher of none", "Last edited", "Quote", "Tapatalk", "wrote:", "Top"):
            assert junk not in message.text


def test_phpbb30_later_page_text_dates_and_german_quote_header():
    thread, messages = _read("topic-30-page2.html")
    empty, winter, summer = messages
    assert thread.title == "Kunstrasen oder Naturrasen?"
    assert thread.language == "de"
    assert empty.text == ""  # page 2 does not hold the opening post
    assert (winter.author, winter.time) == ("Trainer Kurt", "2012-05-14T20:11:00")
    assert summer.parent == winter.id
    assert summer.quotes[0].source == winter.id
    assert summer.text == "Kunstrasen im Sommer auch nicht, bei 60 Grad."
