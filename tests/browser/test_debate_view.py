"""The Debate view and the first view of every map, in headless Chromium.

Legibility is measured as vis-network draws it: a label's size on screen is its font size
times the zoom, and only labels of nodes inside the window count.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from argmap.api import write_maps
from argmap.model import ArgumentMap, Claim, Message, Relation, Thread
from argmap.render import limits as render_limits
from argmap.render import render_html
from tests.browser.maps import commute_debate, synthetic_debate
from tests.browser.test_map_page import click_node, drawn_edges

pytestmark = pytest.mark.browser

LEGIBLE_PX = 12

# Every drawn node whose box lies in the window, with the size its label is drawn at
# (labels vis-network skips at this zoom are left out, as a reader never sees them).
_LABELS_IN_VIEW = """() => {
  const network = argmap.network;
  const scale = network.getScale();
  const canvas = document.querySelector('#map canvas');
  const corner = network.DOMtoCanvas({x: 0, y: 0});
  const far = network.DOMtoCanvas({x: canvas.clientWidth, y: canvas.clientHeight});
  const out = [];
  network.body.nodeIndices.forEach((id) => {
    const node = network.body.nodes[id];
    const box = network.getBoundingBox(id);
    const inside = box.right > corner.x && box.left < far.x
      && box.bottom > corner.y && box.top < far.y;
    if (!inside || !node.options.label) { return; }
    const px = node.labelModule.fontOptions.size * scale;
    if (node.labelModule.visible()) { out.push({id: id, px: px}); }
  });
  return out;
}"""


def write(folder: Path, amap: ArgumentMap, name: str, title: str = "test") -> Path:
    path = folder / f"{name}.html"
    path.write_text(render_html(amap, title=title), encoding="utf-8")
    return path


def labels_in_view(page) -> list[dict]:
    return page.evaluate(_LABELS_IN_VIEW)


def drawn_ids(page) -> list[str]:
    return page.evaluate("argmap.network.body.nodeIndices.slice()")


def reply_thread(comments: int) -> ArgumentMap:
    """A post and ``comments`` replies in a bushy tree, one claim each, no key points."""
    thread = Thread("t1", "replies.html", "forum", "Two hundred comments")
    messages = [Message("t1/m0", "t1", "post", "Op", None, None, "Opening words here.")]
    for number in range(1, comments + 1):
        parent = f"t1/m{(number - 1) // 3}"
        text = f"Reply number {number} says something."
        messages.append(
            Message(f"t1/m{number}", "t1", "comment", f"user{number % 60}", None, parent, text)
        )
    claims = tuple(
        Claim(f"{m.id}/c0", m.id, f"claim {m.id}", m.text, (0, len(m.text)), "assertion")
        for m in messages
    )
    return ArgumentMap((thread,), tuple(messages), claims)


def assert_legible_first_view(opened, least: int = 1) -> list[dict]:
    labels = labels_in_view(opened.page)
    assert len(labels) >= least
    assert min(label["px"] for label in labels) >= LEGIBLE_PX, labels
    return labels


@pytest.fixture(scope="module")
def seed_pages(seed_map, tmp_path_factory) -> Path:
    """The pages ``argmap map corpora/`` writes: the demo a newcomer opens first."""
    folder = tmp_path_factory.mktemp("demo")
    write_maps(seed_map, folder)
    return folder


@pytest.mark.parametrize(
    "name", ["social-business-strategist", "why-im-not-a-social-media-strategist", "all-threads"]
)
def test_the_demo_maps_open_with_every_label_in_view_legible(name, seed_pages, open_page):
    path = seed_pages / f"{name}.html"
    opened = open_page(path)
    assert_legible_first_view(opened, least=1)
    assert opened.errors == [] and opened.foreign_requests(path) == []


def test_the_debate_view_opens_first_with_every_point_legible(tmp_path, open_page):
    path = write(tmp_path, commute_debate(), "commute")
    opened = open_page(path)
    assert opened.page.evaluate("argmap.state.view") == "debate"
    labels = assert_legible_first_view(opened, least=3)
    assert {label["id"] for label in labels} >= {"p1", "p2", "p3"}
    # Four people hold the three points; their dots sit under them from the start.
    assert sum(1 for i in drawn_ids(opened.page) if "/person" in i) == 4
    assert set(drawn_edges(opened.page)) == {"attack", "support"}
    assert opened.errors == [] and opened.foreign_requests(path) == []


@pytest.mark.parametrize("count", [8, 40])  # the largest ring, and the most points at first
def test_all_points_of_fifteen_words_fit_the_first_view_legibly(count, tmp_path, open_page):
    path = write(tmp_path, synthetic_debate(600, count), "points")
    opened = open_page(path)
    labels = assert_legible_first_view(opened, least=count)
    points = {label["id"] for label in labels if not label["id"].count("/")}
    assert points == {f"p{n}" for n in range(1, count + 1)}
    assert opened.errors == [] and opened.foreign_requests(path) == []


def test_a_two_thousand_message_thread_draws_at_most_sixty_nodes_first(tmp_path, open_page):
    path = write(tmp_path, synthetic_debate(2000, 150), "big")
    opened = open_page(path)
    page = opened.page
    first = drawn_ids(page)
    assert 1 <= len(first) <= 60
    # The 40 most widely held points, every one in the window and legible.
    labels = assert_legible_first_view(opened, least=40)
    top = page.evaluate("argmap.nodes.get({filter: n => n.rank < 40 && n.kind === 'point'})")
    assert {label["id"] for label in labels} == {node["id"] for node in top}
    # More points, 20 at a time, from the control; the first view's points stay.
    more = page.locator("#more-points")
    assert more.is_visible() and "110 left" in more.text_content()
    more.click()
    after = drawn_ids(page)
    assert len([i for i in after if "/" not in i]) == 60 and set(first) <= set(after)
    # A point's people appear when it is hovered.
    box = page.evaluate(
        "(() => { const p = argmap.network.canvasToDOM(argmap.network.getPosition('p1'));"
        " const r = document.querySelector('#map canvas').getBoundingClientRect();"
        " return {x: r.left + p.x, y: r.top + p.y}; })()"
    )
    page.mouse.move(box["x"], box["y"])
    page.wait_for_function("argmap.network.body.nodeIndices.some(i => i.startsWith('p1/person'))")
    assert opened.errors == [] and opened.foreign_requests(path) == []


def test_clicking_a_point_leads_to_its_claims_and_messages_as_written(tmp_path, open_page):
    opened = open_page(write(tmp_path, commute_debate(), "commute"))
    page = opened.page
    click_node(page, "p1")
    panel = page.locator("#panel-body")
    assert panel.locator("h3").text_content() == "Working from home saves the daily commute"
    assert "2 people hold it" in panel.text_content()
    # Two main claims listed; Ann's premise "I sleep better" waits behind a button.
    claims = panel.locator("ul.links").first.locator("button[data-node$='/c0']")
    assert claims.count() == 2
    assert "I sleep better" not in panel.text_content()
    panel.locator("button[data-action='minor']").click()
    assert "I sleep better" in panel.text_content()
    # A claim opens its message with the sentence marked where it stands.
    panel.locator("button[data-node='t1/m2/c0']").click()
    assert panel.locator("mark.current").text_content() == (
        "Not having to commute is the whole point for me."
    )
    assert "Cy" in panel.locator("p.meta").first.text_content()
    # Back on the point, its rebutter opens Bob's message.
    click_node(page, "p1")
    rebutted = panel.locator("p.summary", has_text="Rebutted by (1)")
    assert rebutted.count() == 1
    panel.locator("ul.links button[data-node='t1/m1']").first.click()
    assert panel.locator("h3").text_content() == "Bob"
    assert "Juniors lose their mentors" in panel.locator(".text").text_content()
    assert opened.errors == []


def test_a_map_without_points_opens_on_the_conversation_view_and_says_why(tmp_path, open_page):
    path = write(tmp_path, reply_thread(200), "replies")
    opened = open_page(path)
    page = opened.page
    assert page.evaluate("argmap.state.view") == "conversation"
    notice = page.locator("#notice")
    assert notice.is_visible() and "No Debate view" in notice.text_content()
    assert not page.locator("#view-debate").is_visible()
    # 200 comments do not fit legibly: the view opens on the top of the reply tree.
    labels = assert_legible_first_view(opened, least=5)
    assert "t1" in {label["id"] for label in labels} and "t1/m0" in {x["id"] for x in labels}
    assert len(labels) < 201
    assert opened.errors == [] and opened.foreign_requests(path) == []


def test_the_argument_view_of_200_comments_opens_legible_too(tmp_path, open_page):
    opened = open_page(write(tmp_path, reply_thread(200), "replies"))
    opened.page.locator("#view-argument").click()
    labels = assert_legible_first_view(opened, least=5)
    assert any(label["id"].endswith("/c0") for label in labels)  # claim boxes are read


def test_too_big_maps_carry_their_warning_on_the_page(tmp_path, open_page, monkeypatch):
    monkeypatch.setattr(render_limits, "MAX_MAP_NODES", 10)
    path = write(tmp_path, commute_debate(), "big")
    monkeypatch.undo()
    opened = open_page(path)
    warning = opened.page.locator("#too-big")
    assert warning.is_visible()
    assert "15 nodes (more than 10)" in warning.text_content()
    assert "split" in warning.text_content()
    small = open_page(write(tmp_path, commute_debate(), "small"))
    assert not small.page.locator("#too-big").is_visible()


def test_the_message_panel_names_its_author_once(tmp_path, open_page):
    opened = open_page(write(tmp_path, commute_debate(), "commute"))
    opened.page.evaluate("argmap.select('t1/m1')")
    panel = opened.page.locator("#panel-body")
    assert panel.locator("h3").text_content() == "Bob"
    header = panel.evaluate(
        "body => Array.from(body.children).slice(0, body.querySelector('.text') ?"
        " Array.from(body.children).indexOf(body.querySelector('.text')) : 0)"
        ".map(e => e.textContent).join('\\n')"
    )
    assert header.count("Bob") == 1


def test_unsigned_messages_are_grouped_as_unsigned_in_the_authors_filter(tmp_path, open_page):
    opened = open_page(write(tmp_path, commute_debate(), "commute"))
    page = opened.page
    page.locator("#view-conversation").click()
    row = page.locator("#author-filters li", has_text="(unsigned)")
    assert row.locator(".count").text_content() == "1"
    assert "t1/m5" in drawn_ids(page)
    row.locator("input").uncheck()
    drawn = drawn_ids(page)
    assert "t1/m5" not in drawn and "t1/m4" in drawn


def test_premises_and_asides_join_the_argument_view_on_demand(tmp_path, open_page):
    opened = open_page(write(tmp_path, commute_debate(), "commute"))
    page = opened.page
    page.locator("#view-argument").click()
    assert "t1/m0/c0" in drawn_ids(page) and "t1/m0/c1" not in drawn_ids(page)
    page.locator("#minor-claims").check()
    assert "t1/m0/c1" in drawn_ids(page)


def test_no_link_is_drawn_across_a_label(tmp_path, open_page):
    """Cy agrees with Ann two levels up: the green link runs straight through Bob's dot and
    the author label under it, which must stay readable."""
    thread = Thread("t1", "chain.txt", "text", "A chain")
    messages = (
        Message("t1/m0", "t1", "post", "Ann", None, None, "Start."),
        Message("t1/m1", "t1", "comment", "Bob", None, "t1/m0", "Middle."),
        Message("t1/m2", "t1", "comment", "Cy", None, "t1/m1", "End."),
    )
    amap = ArgumentMap((thread,), messages, (), (Relation("t1/m2", "t1/m0", "agree", 1.0),))
    opened = open_page(write(tmp_path, amap, "chain"))
    page = opened.page
    assert "agree" in drawn_edges(page)
    box = page.evaluate(
        """() => {
      const network = argmap.network;
      const size = network.body.nodes['t1/m1'].labelModule.size;
      const a = network.canvasToDOM({x: size.left, y: size.top});
      const b = network.canvasToDOM({x: size.left + size.width, y: size.top + size.height});
      const r = document.querySelector('#map canvas').getBoundingClientRect();
      return {x: r.left + a.x, y: r.top + a.y, width: b.x - a.x, height: b.y - a.y};
    }"""
    )
    assert box["width"] > 10 and box["height"] >= LEGIBLE_PX
    shot = tmp_path / "label.png"
    inside = dict(box, y=box["y"] + 1, height=box["height"] - 2)  # whole pixels of the label
    page.screenshot(path=str(shot), clip=inside)
    with Image.open(shot) as image:
        pixels = list(image.convert("RGB").getdata())
    green = [p for p in pixels if p[1] - p[0] > 40 and p[1] - p[2] > 40]
    assert green == []
    # The line is there outside the label: between Bob's label and Cy's dot.
    below = dict(box, y=box["y"] + box["height"] + 4, height=6)
    page.screenshot(path=str(shot), clip=below)
    with Image.open(shot) as image:
        assert any(p[1] - p[0] > 40 and p[1] - p[2] > 40 for p in image.convert("RGB").getdata())
