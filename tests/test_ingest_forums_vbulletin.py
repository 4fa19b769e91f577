"""vBulletin 4: postbits, dates from text, quotes and @mentions as reply links."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "vbulletin" / "thread.html"


def _messages():
    adapter, threads = read_file(FIXTURE)
    assert adapter == "vbulletin"
    return build_thread(threads[0], "t1", FIXTURE.name)


def test_first_post_authors_and_day_first_dates():
    thread, messages = _messages()
    post, measured, tracker = messages
    assert thread.title == "Four-day week: does it work?"
    assert thread.url == "https://forum.example.com/showthread.php?t=321"
    assert (post.author, post.time) == ("karin", "2019-03-12T09:15:00")
    assert post.text == "Our office tried a four-day week for six months. Output did not drop."
    assert (measured.author, measured.time) == ("Olu", "2019-03-12T10:40:00")
    assert (tracker.time, tracker.time_text) == (None, "Yesterday, 08:05")


def test_quote_becomes_reply_and_code_stays_fenced():
    _, messages = _messages()
    post, measured, tracker = messages
    assert measured.parent == post.id
    assert [(q.text, q.source) for q in measured.quotes] == [("Output did not drop.", post.id)]
    assert measured.text == (
        "Measured how? Self-reported output is not output.\nCode:\n```\nhours = 32\n```"
    )
    assert tracker.parent == measured.id  # "@Olu"


def test_no_signatures_or_buttons():
    _, messages = _messages()
    for message in messages:
        for junk in ("HR since 1999", "Reply With Quote", "Tapatalk", "Originally Posted", "#2"):
            assert junk not in message.text
