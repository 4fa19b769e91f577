"""XenForo 2: flat threads where quotes make the reply links, and the article widget."""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "xenforo"


def _read(name: str):
    adapter, threads = read_file(FIXTURES / name)
    assert adapter == "xenforo"
    return build_thread(threads[0], "t1", name)


def test_thread_posts_authors_and_dates():
    thread, messages = _read("thread.html")
    post = messages[0]
    assert thread.title == "Nuclear power: yes or no?"
    assert thread.url == "https://forum.example.org/threads/nuclear-power-yes-or-no.55/"
    assert (post.author, post.time) == ("Greta", "2021-06-01T10:00:00+02:00")
    assert post.text == "Nuclear is the only low-carbon source that runs at night."
    assert [m.author for m in messages] == ["Greta", "Hassan", "Ines"]


def test_quotes_leave_the_body_and_set_the_parent():
    _, messages = _read("thread.html")
    post, wind, january = messages
    assert wind.text == "Wind blows at night too, and storage is getting cheap."
    assert wind.parent == post.id
    assert [(q.text, q.source) for q in wind.quotes] == [
        ("Nuclear is the only low-carbon source that runs at night.", post.id)
    ]
    # a quote without data-source: the author named in its title
    assert january.text == "Not cheap enough for a windless week in January."
    assert january.parent == wind.id
    assert january.quotes[0].source == wind.id


def test_no_signatures_buttons_or_sidebar_threads():
    _, messages = _read("thread.html")
    for message in messages:
        for junk in ("toaster", "Like", "Reply", "Last edited", "Click to expand", "said:"):
            assert junk not in message.text
    assert "Someone Else" not in {m.author for m in messages}


def test_article_comment_widget():
    thread, messages = _read("widget.html")
    article, bots, scalpers = messages
    assert thread.title == "Where to buy a graphics card | Tech News"
    assert thread.missing == 3
    assert article.author == "Jarred Walton"
    assert article.text == "Stock is thin everywhere this week."
    assert (bots.author, bots.time) == ("nostro", "2020-09-17T14:17:00")
    assert scalpers.text == "Scalpers, not bots: the listings are on eBay already."
    assert scalpers.parent == bots.id
    assert "Reply" not in bots.text
