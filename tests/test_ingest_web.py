"""Blog and comment-widget readers on small hand-written pages with each platform's markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.api import assemble
from argmap.ingest import read_file
from argmap.ingest.base import Source
from argmap.ingest.dates import parse_date
from argmap.model import Message, Thread

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
#: The readers of blogs and comment widgets tested here.
WEB_ADAPTERS = (
    "wordpress",
    "blogger",
    "disqus",
    "disqus_export",
    "schema_org",
    "livejournal",
    "drupal",
    "wxr",
    "generic",
)


def mapped(relative: str, platform: str | None = None) -> tuple[str, list[Thread], list[Message]]:
    """The adapter used, the threads and the messages of one fixture."""
    adapter, raws = read_file(FIXTURES / relative, platform=platform)
    threads, messages = assemble((relative, raw) for raw in raws)
    return adapter, threads, messages


def by_author(messages: list[Message], author: str) -> Message:
    return next(m for m in messages if m.author == author and m.kind != "post")


# -- WordPress -----------------------------------------------------------------------------


def test_wordpress_core_markup() -> None:
    adapter, threads, messages = mapped("wordpress/core.html")
    assert adapter == "wordpress"
    (thread,) = threads
    assert thread.title == "Tabs or spaces? – A small blog"
    assert thread.url == "https://blog.example.org/2023/05/tabs-or-spaces/"
    assert thread.language == "en"
    assert len(messages) == 4
    post, ann = messages[:2]
    assert post.kind == "post" and post.author == "Kim Lee"
    assert post.time == "2023-05-02T09:00:00+00:00"
    assert "spaces are the better choice" in post.text
    assert ann.author == "Ann Moss" and ann.parent == post.id
    assert ann.time == "2023-05-02T10:15:00+00:00"
    assert ann.text == (
        "I disagree: tabs are an accessibility feature, people with low vision set wide tabs."
    )


def test_wordpress_reply_quote_and_template_junk_date() -> None:
    _, _, messages = mapped("wordpress/core.html")
    ann, kim = by_author(messages, "Ann Moss"), by_author(messages, "Kim Lee")
    assert kim.parent == ann.id
    assert kim.text == "That is a fair point, I had not thought of it."
    assert [q.text for q in kim.quotes] == ["tabs are an accessibility feature"]
    # ``datetime="{{ comment_date }}"`` is template junk and the text has no year
    assert kim.time is None and kim.time_text == "Jun 3 at 8:00 am"


def test_wordpress_pingback_and_sidebar() -> None:
    _, _, messages = mapped("wordpress/core.html")
    pingback = messages[-1]
    assert pingback.kind == "trackback"
    assert pingback.url == "https://other.example.com/indentation-wars/"
    assert len(messages) == 4  # the "Recent Comments" widget is not part of the thread
    assert not any("Another post entirely" in m.text for m in messages)
    assert not any("Reply" in m.text or "says:" in m.text for m in messages)


def test_wordpress_epoch_child_of_classes() -> None:
    adapter, _, messages = mapped("wordpress/epoch.html")
    assert adapter == "wordpress"
    priya, marco = messages[1:]
    assert (priya.author, marco.author) == ("Priya", "Marco")
    assert marco.parent == priya.id
    assert priya.time == "2017-03-10T00:20:00"  # datetime="comment_date" ignored
    assert priya.text == "Opt-in only. Anything else is a breach of trust."


# -- shared helpers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("{{comment_date}}", (None, "{{comment_date}}")),
        ("Jun 20th at 2:41 am", (None, "Jun 20th at 2:41 am")),
        ("10 часов назад", (None, "10 часов назад")),
        ("6. Juni 2015 um 10:23", ("2015-06-06T10:23:00", None)),
    ],
)
def test_dates_are_absolute_or_kept_as_text(shown: str, expected: tuple) -> None:
    assert parse_date(shown) == expected


def test_every_blog_adapter_scores_plain_text_zero() -> None:
    from argmap.ingest import adapters

    source = Source(Path("notes.txt"), b"Cats rule.\nAnn", "Cats rule.\nAnn")
    blog_adapters = [a for name, a in adapters().items() if name in WEB_ADAPTERS]
    assert blog_adapters
    assert all(adapter.detect(source) == 0 for adapter in blog_adapters)


# -- Blogger -------------------------------------------------------------------------------


def test_blogger_threaded_comments() -> None:
    adapter, threads, messages = mapped("blogger/threaded.html")
    assert adapter == "blogger"
    assert threads[0].title == "Der Lesekreis: Juli"
    post, dana, sanne = messages
    assert "Roman über das Meer" in post.text
    assert dana.author == "Dana" and dana.text == "Ich bin dabei!\nLiebe Grüße"
    # the permalink's showComment=<milliseconds> is the exact time, in UTC
    assert dana.time == "2015-06-06T08:23:05.419000+00:00"
    assert sanne.parent == dana.id and sanne.text == "Schön, dass du mitmachst."


# -- Disqus ----------------------------------------------------------------------------------


def test_disqus_embed_frame() -> None:
    adapter, _, messages = mapped("disqus/embed.html")
    assert adapter == "disqus"
    post, zed, ola = messages
    assert post.text == ""  # the saved frame holds the widget, not the article
    assert zed.author == "Zed" and zed.time == "2018-04-24T07:12:00"
    assert zed.text == "Nuclear is the only realistic path to a clean grid."
    assert ola.parent == zed.id
    assert ola.text == "Storage is cheaper every year; renewables win on cost."


def test_disqus_noscript_fallback_inside_an_aside() -> None:
    adapter, _, messages = mapped("disqus/noscript.html")
    assert adapter == "disqus"
    post, lee, mo, nia = messages
    assert "Mutable default arguments" in post.text
    assert (lee.author, lee.text) == ("Lee", "Mistake #1 bit me last week.")
    assert mo.parent == post.id and lee.time is None
    # The fallback prints each message's HTML escaped: its tags are read, not shown, and
    # its code block is fenced; prose that only looks like a tag stays as written.
    prose, code, rest = nia.text.split("```")
    assert prose == "I prefer if bar is None, see the docs:\n"
    assert " ".join(code.split()) == "def f(bar=None): bar = [] if bar is None else bar"
    assert rest == "\nNote that a<b holds."


def test_disqus_export_threads_with_posts_only() -> None:
    adapter, threads, messages = mapped("disqus/export.xml")
    assert adapter == "disqus_export"
    (thread,) = threads  # "Nobody came" has no posts
    assert (thread.title, thread.url) == ("Cats or dogs?", "https://blog.example.org/cats/")
    post, ann, bo = messages  # the spam post is left out
    assert post.author == "Host" and ann.text == "Cats, obviously."
    assert bo.parent == ann.id and bo.time == "2014-01-02T11:00:00+00:00"


# -- schema.org ------------------------------------------------------------------------------


def test_schema_org_user_comments_microdata() -> None:
    adapter, threads, messages = mapped("schema_org/microdata.html")
    assert adapter == "schema_org"
    assert threads[0].url == "https://bugs.example.org/bugs/42"
    post, ann, janitor = messages
    assert "configuration folder is missing" in post.text
    assert "wrote" not in post.text  # comment headers are not part of the post
    assert (ann.author, ann.text) == ("Ann Lee (ann)", "Same here on version 3.2.")
    assert ann.time == "2010-05-24T15:13:03+00:00"
    assert janitor.author == "Janitor (janitor)"


def test_schema_org_json_ld_comments_nest() -> None:
    adapter, threads, messages = mapped("schema_org/json_ld.html")
    assert adapter == "schema_org" and threads[0].language == "de"
    _, jonas, petra, kai = messages
    assert jonas.author == "Jonas" and jonas.time == "2021-03-01T09:00:00+01:00"
    assert petra.parent == jonas.id and petra.text == "Die Zahlen dazu sind aber umstritten."
    assert kai.author == "Kai" and kai.parent == messages[0].id


# -- WXR -------------------------------------------------------------------------------------


def test_wxr_one_thread_per_post_with_comments() -> None:
    adapter, threads, messages = mapped("wxr/export.xml")
    assert adapter == "wxr"
    assert [t.title for t in threads] == ["Static typing pays off", "Second post"]
    first = [m for m in messages if m.thread == threads[0].id]
    post, ann, kim, pingback = first  # the spam comment is left out
    assert post.text == "Types catch bugs before users do.\nThey also document intent."
    assert post.time == "2012-03-01T08:00:00+00:00"
    assert ann.author == "Ann & Bo" and ann.time == "2012-03-01T10:00:00"
    assert ann.text == "Only the boring ones." and ann.quotes[0].text == "Types catch bugs"
    assert kim.parent == ann.id
    assert pingback.kind == "trackback" and pingback.url == "https://other.example.com/types/"


WXR_WITH_CODE = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>A code blog</title>
<item><title>Typed clients</title><wp:post_type>post</wp:post_type>
<content:encoded><![CDATA[A typed client is simpler to use.
[csharp]
var client = redis.GetTypedClient&lt;Person&gt;();

Person stored = client.Get("key");
[/csharp]
It reads well. [sourcecode language="python"]x = load()[/sourcecode] Short too.]]>
</content:encoded>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
<wp:comment_content><![CDATA[Try [code]client.Get("key")[/code] instead.]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved></wp:comment>
</item></channel></rss>
"""


def test_wxr_code_shortcodes_are_fenced_as_code(tmp_path: Path) -> None:
    """WordPress's source-code shortcodes ("[csharp] ... [/csharp]", "[sourcecode
    language=...]", "[code]") stay unrendered in an export: their lines are code, fenced
    as a ``<pre>`` block is, with the blank line and the generic type kept."""
    export = tmp_path / "export.xml"
    export.write_text(WXR_WITH_CODE, encoding="utf-8")
    _, _, (post, ann) = mapped(str(export))  # an absolute path replaces FIXTURES
    assert post.text == (
        "A typed client is simpler to use.\n```\n"
        "var client = redis.GetTypedClient<Person>();\n\n"
        'Person stored = client.Get("key");\n```\nIt reads well.\n```\nx = load()\n```\n'
        "Short too."
    )
    assert ann.text == 'Try\n```\nclient.Get("key")\n```\ninstead.'


# -- LiveJournal -----------------------------------------------------------------------------


def test_livejournal_levels_collapsed_and_more_stubs() -> None:
    adapter, threads, messages = mapped("livejournal/mdspost.html")
    assert adapter == "livejournal" and threads[0].language == "ru"
    assert threads[0].missing == 5  # the "5 more comments" stub
    post, anna, pilot, collapsed, ivan = messages
    assert anna.time == "2018-04-12T04:34:23+00:00" and anna.text == (
        "Роботы не заменят человека в поле."
    )
    assert pilot.parent == anna.id and collapsed.parent == pilot.id
    assert collapsed.text == "" and collapsed.time_text == "1 week ago"
    assert ivan.author == "Иван" and ivan.parent == post.id


# -- Drupal ----------------------------------------------------------------------------------


def test_drupal_indented_replies_and_anchor_keys() -> None:
    adapter, _, messages = mapped("drupal/indented.html")
    assert adapter == "drupal"
    post, gerd, editor, anonymous = messages
    assert "closed their centres to private cars" in post.text
    assert (gerd.author, gerd.time) == ("Gerd", "2023-10-18T13:11:26+02:00")
    assert gerd.text == "Delivery vans still need access, so a full ban will not work."
    assert editor.parent == gerd.id  # the div.indented after Gerd's comment
    assert anonymous.parent == post.id and anonymous.text == "Try it for a summer first."
    assert anonymous.time == "2018-04-05T00:00:00"


# -- generic fallback ------------------------------------------------------------------------


def test_generic_finds_repeated_signed_blocks() -> None:
    adapter, threads, messages = mapped("generic/unknown_board.html")
    assert adapter == "generic" and threads[0].language == "fr"
    post, camille, hugo, ines = messages
    assert "trottinettes en libre-service" in post.text
    assert [m.author for m in (camille, hugo, ines)] == ["Camille", "Hugo", "Inès"]
    assert camille.text == "Interdire, non. Il faut des places de stationnement obligatoires."
    assert hugo.parent == camille.id and ines.parent == post.id
    assert camille.time == "2023-03-12T14:05:00"


def test_generic_page_without_comments_is_a_post() -> None:
    adapter, threads, messages = mapped("generic/no_comments.html")
    assert adapter == "generic"
    assert threads[0].title == "Release notes 2.0"
    (post,) = messages
    assert post.kind == "post" and "drops support for the old configuration" in post.text


def test_specific_readers_outscore_the_generic_one() -> None:
    from argmap.ingest import adapters

    page = (FIXTURES / "wordpress" / "core.html").read_bytes()
    source = Source(Path("core.html"), page, page.decode())
    scores = {name: adapter.detect(source) for name, adapter in adapters().items()}
    assert scores["generic"] == 0.05 and scores["text"] == 0
    assert scores["wordpress"] > scores["generic"]


# -- damaged input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "relative",
    [
        "wordpress/core.html",
        "blogger/threaded.html",
        "disqus/embed.html",
        "drupal/indented.html",
        "livejournal/mdspost.html",
        "schema_org/json_ld.html",
        "disqus/export.xml",
        "wxr/export.xml",
    ],
)
def test_truncated_files_still_give_a_thread(tmp_path: Path, relative: str) -> None:
    """A download cut off halfway keeps the comments it holds; nothing raises."""
    whole = (FIXTURES / relative).read_bytes()
    cut = tmp_path / Path(relative).name
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    _, raws = read_file(cut)
    threads, messages = assemble((str(cut), raw) for raw in raws)
    assert all(m.kind in ("post", "comment", "trackback") for m in messages)
    assert len(threads) <= 2


def test_flat_comments_linked_by_quotes_and_addressing() -> None:
    _, _, messages = mapped("wordpress/flat_cues.html")
    post, dietmar, maya, webbaer, ingo = messages
    assert dietmar.parent == post.id and maya.parent == post.id
    (quote,) = webbaer.quotes  # "[Dietmar]" closing the quote names whose words they are
    assert quote.source == dietmar.id and quote.text.startswith("Ich bin dafür")
    assert (
        webbaer.parent == dietmar.id
        and webbaer.text == "Es gibt im Deutschen die Sexus-Markierung."
    )
    assert ingo.parent == maya.id  # "@Maya"
    assert dietmar.time == "2019-04-08T11:38:00"


def test_generic_reads_a_fragment_without_html_element(tmp_path: Path) -> None:
    page = tmp_path / "fragment.htm"
    page.write_text(
        '<div class="entry"><p>Short post about bikes and buses in town.</p></div>',
        encoding="utf-8",
    )
    adapter, raws = read_file(page)
    assert adapter == "generic" and "bikes and buses" in raws[0].post.text
