"""Stack Exchange: question as post, answers as its comments, comments per post, @mentions.

The fixture leaves the question block unclosed, as some saved pages do, so lxml nests the
answers inside it; each comment must still go to its own post.
"""

from __future__ import annotations

from pathlib import Path

from argmap.ingest import read_file
from argmap.ingest.base import build_thread

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "stackexchange" / "question.html"


def _messages():
    adapter, threads = read_file(FIXTURE)
    assert adapter == "stackexchange"
    thread, messages = build_thread(threads[0], "t1", FIXTURE.name)
    return thread, {m.text.split()[0] + " " + m.text.split()[1]: m for m in messages}, messages


def test_question_is_the_post_with_its_owner_not_its_editor():
    thread, _, messages = _messages()
    post = messages[0]
    assert thread.title == "Is eval ever safe?"
    assert thread.url == "https://stackoverflow.com/questions/111/is-eval-ever-safe"
    assert thread.missing == 2
    assert (post.author, post.time) == ("Ana Lima", "2014-12-30T08:15:00+00:00")
    assert post.text == "I read that eval is dangerous. Is it ever safe with trusted input?"


def test_answers_reply_to_the_question_and_comments_to_their_post():
    _, by_start, messages = _messages()
    post = messages[0]
    answer = by_start["No. Use"]
    assert (answer.author, answer.time, answer.parent) == (
        "Carla",
        "2014-12-30T08:40:00+00:00",
        post.id,
    )
    assert answer.text == "No. Use ast.literal_eval instead.\nIt only evaluates literals."
    assert by_start["Yes, if"].parent == post.id
    assert by_start['Define "trusted".'].parent == post.id
    assert by_start["literal_eval can"].parent == answer.id
    assert by_start["literal_eval can"].time == "2014-12-31T10:00:00+00:00"
    assert len(messages) == 1 + 2 + 2 + 3


def test_mentions_link_to_the_named_users_earlier_comment():
    _, by_start, _ = _messages()
    assert by_start["@BoChen my"].parent == by_start['Define "trusted".'].id
    # "@De" is a prefix of "Dev", as Stack Exchange allows
    assert by_start["@De fair"].parent == by_start["literal_eval can"].id
    # the answer's author is named but has no earlier comment: the answer itself
    assert by_start["@Carla agreed,"].parent == by_start["No. Use"].id
    assert by_start["@Carla agreed,"].author == "user12345"


def test_text_has_no_notices_menus_or_scores():
    _, _, messages = _messages()
    for message in messages:
        for junk in ("Locked.", "Share", "Improve this", "Follow", "1,234", "reputation"):
            assert junk not in message.text
