"""The HTML map in a real browser: offline, drawn in full, readable, and inert to hostile text."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from argmap.api import write_maps
from argmap.model import ArgumentMap, Claim, KeyPoint, Message, Quote, Relation, Thread
from argmap.render import render_html

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SEED_PAGES = ("social-business-strategist", "why-im-not-a-social-media-strategist", "all-threads")
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'


@pytest.fixture(scope="session")
def seed_outputs(seed_map, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("maps")
    write_maps(seed_map, folder)
    return folder


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def debate() -> ArgumentMap:
    """A post, a comment rebutting it and one agreeing with that comment."""
    post = "Remote work is good for focus. Offices are noisy."
    rebuttal = "I disagree. Remote work isolates junior staff from mentors."
    thread = Thread("t1", "debate.txt", "text", "Remote work")
    messages = (
        Message("t1/m0", "t1", "post", "Ann", "2024-05-01T09:00:00+00:00", None, post),
        Message("t1/m1", "t1", "comment", "Bob", None, "t1/m0", rebuttal),
        Message("t1/m2", "t1", "comment", "Cy", None, "t1/m1", "Bob is right about mentors."),
    )
    claims = (
        Claim(
            "t1/m0/c0", "t1/m0", "remote work is good for focus", post[:30], (0, 30), "evaluation"
        ),
        Claim(
            "t1/m1/c0",
            "t1/m1",
            "remote work isolates juniors",
            rebuttal[12:],
            (12, 59),
            "assertion",
        ),
    )
    relations = (
        Relation("t1/m1", "t1/m0", "rebut", 0.9, "I disagree."),
        Relation("t1/m2", "t1/m1", "agree", 0.7, "Bob is right"),
        Relation("t1/m1/c0", "t1/m0/c0", "attack", 0.6),
    )
    return ArgumentMap((thread,), messages, claims, relations)


def write_page(folder: Path, amap: ArgumentMap, name: str, title: str = "test") -> Path:
    path = folder / f"{name}.html"
    path.write_text(render_html(amap, title=title), encoding="utf-8")
    return path


def argument_view(opened):
    """Switch to the Argument view (maps without key points open on the Conversation view)."""
    opened.page.locator("#view-argument").click()
    return opened


def page_json(page) -> dict:
    return json.loads(page.locator("#argmap-data").text_content())


def drawn_edges(page) -> list[str]:
    """Kinds of the edges vis-network currently draws."""
    return page.evaluate(
        "() => argmap.network.body.edgeIndices"
        ".map(id => argmap.network.body.edges[id])"
        ".filter(e => e.connected).map(e => argmap.edges.get(e.id).kind)"
    )


def click_node(page, node_id: str) -> None:
    """Zoom to a node and click it with the mouse, as a reader would."""
    page.evaluate(
        "(id) => argmap.network.moveTo({position: argmap.network.getPosition(id), scale: 1.2})",
        node_id,
    )
    box = page.locator("#map canvas").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


@pytest.mark.parametrize("name", SEED_PAGES)
def test_seed_maps_load_offline_without_errors_and_draw_every_node(
    name, seed_outputs, seed_map, open_page
):
    path = seed_outputs / f"{name}.html"
    opened = argument_view(open_page(path))
    assert opened.errors == []
    assert opened.foreign_requests(path) == []
    stored = json.loads((seed_outputs / f"{name}.json").read_text())
    # The Argument view draws every thread, message and main claim (the rest on demand).
    main_claims = [c for c in stored["claims"] if c.get("role", "main") == "main"]
    expected = len(stored["threads"]) + len(stored["messages"]) + len(main_claims)
    assert opened.page.evaluate("argmap.network.body.nodeIndices.length") == expected


@pytest.mark.parametrize("name", SEED_PAGES)
def test_a_screenshot_of_each_seed_map_is_written(name, seed_outputs, open_page, screenshots):
    opened = open_page(seed_outputs / f"{name}.html")
    shot = screenshots / f"{name}.png"
    opened.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # a drawn map, not a blank page
    human_copy = REPO / "outputs" / "screenshots"
    human_copy.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, human_copy / shot.name)


def test_the_index_lists_both_seed_maps_and_the_combined_one_offline(seed_outputs, open_page):
    path = seed_outputs / "index.html"
    opened = open_page(path, wait_for_map=False)
    assert opened.errors == [] and opened.foreign_requests(path) == []
    links = opened.page.eval_on_selector_all("a", "links => links.map(a => a.getAttribute('href'))")
    for name in SEED_PAGES:
        assert f"{name}.html" in links and f"{name}.json" in links


def test_clicking_a_claim_shows_its_sentence_highlighted_in_its_message(seed_outputs, open_page):
    stored = json.loads((seed_outputs / "social-business-strategist.json").read_text())
    claim = stored["claims"][0]
    message = next(m for m in stored["messages"] if m["id"] == claim["message"])
    opened = argument_view(open_page(seed_outputs / "social-business-strategist.html"))
    opened.page.locator("#minor-claims").check()  # whatever its role, the claim is drawn
    click_node(opened.page, claim["id"])
    panel = opened.page.locator("#panel-body")
    assert panel.locator("mark.current").text_content() == claim["sentence"]
    if message["author"]:
        assert panel.text_content().count(message["author"]) >= 1
    shown = " ".join(panel.locator(".text").text_content().split())
    assert " ".join(claim["sentence"].split()) in shown


def test_a_code_block_shows_as_code_without_its_fences(tmp_path, open_page):
    text = "Try this:\n```\nfor x in range(3):\n    print(x)\n```\nIt prints three lines."
    thread = Thread("t1", "code.txt", "text", "Code")
    post = Message("t1/m0", "t1", "post", "Ann", None, None, text)
    claim = Claim("t1/m0/c0", "t1/m0", "it prints three lines", text[-22:], (50, 72), "assertion")
    opened = open_page(write_page(tmp_path, ArgumentMap((thread,), (post,), (claim,)), "code"))
    click_node(opened.page, "t1/m0")
    shown = opened.page.locator("#panel-body .text")
    assert shown.locator("pre.code").text_content() == "for x in range(3):\n    print(x)"
    assert "```" not in shown.text_content()
    assert shown.locator("mark").text_content() == "It prints three lines."
    assert opened.errors == []


def test_the_panel_counts_backing_and_rebuttals_and_links_them(tmp_path, open_page):
    opened = open_page(write_page(tmp_path, debate(), "debate"))
    click_node(opened.page, "t1/m0")
    panel = opened.page.locator("#panel-body")
    assert panel.locator(".summary").text_content() == "backed by 0, rebutted by 1"
    panel.locator("button.link[data-node='t1/m1']").first.click()
    assert panel.locator("h3").text_content() == "Bob"
    assert panel.locator(".summary").text_content() == "backed by 1, rebutted by 0"


def test_unticking_rebuts_hides_the_rebut_edge_only(tmp_path, open_page):
    opened = argument_view(open_page(write_page(tmp_path, debate(), "debate")))
    assert "rebut" in drawn_edges(opened.page)
    opened.page.locator("input[data-kind='rebut']").uncheck()
    kinds = drawn_edges(opened.page)
    assert "rebut" not in kinds and "agree" in kinds and "attack" in kinds


def test_minimum_confidence_hides_weaker_links(tmp_path, open_page):
    opened = argument_view(open_page(write_page(tmp_path, debate(), "debate")))
    opened.page.eval_on_selector(
        "#min-confidence", "s => { s.value = '0.8'; s.dispatchEvent(new Event('input')); }"
    )
    kinds = drawn_edges(opened.page)
    assert "rebut" in kinds and "agree" not in kinds and "attack" not in kinds


def test_search_finds_a_claim_by_a_word(tmp_path, open_page):
    opened = open_page(write_page(tmp_path, debate(), "debate"))
    opened.page.locator("#search").fill("mentors")
    opened.page.locator("#search").press("Enter")
    found = opened.page.locator("#search-list button[data-node]")
    ids = found.evaluate_all("buttons => buttons.map(b => b.dataset.node)")
    assert ids[0] == "t1/m1/c0"  # claims first, then the messages that say it
    assert set(ids) == {"t1/m1/c0", "t1/m1", "t1/m2"}


def test_conversation_view_shows_replies_and_message_links_without_claims(tmp_path, open_page):
    opened = open_page(write_page(tmp_path, debate(), "debate"))
    opened.page.locator("#view-conversation").click()
    assert opened.page.evaluate("argmap.network.body.nodeIndices.length") == 4
    # The reply tree with the links between messages; claim links stay in the argument view.
    assert set(drawn_edges(opened.page)) == {"reply", "thread", "rebut", "agree"}
    positions = opened.page.evaluate(
        "argmap.network.getPositions(['t1', 't1/m0', 't1/m1', 't1/m2'])"
    )
    assert (
        positions["t1"]["y"]
        < positions["t1/m0"]["y"]
        < positions["t1/m1"]["y"]
        < positions["t1/m2"]["y"]
    )


def test_focus_and_grouping_change_what_is_drawn(tmp_path, open_page):
    opened = argument_view(open_page(write_page(tmp_path, debate(), "debate")))
    click_node(opened.page, "t1/m2")
    opened.page.get_by_role("button", name="Focus on neighbourhood").click()
    assert sorted(opened.page.evaluate("argmap.network.body.nodeIndices")) == ["t1/m1", "t1/m2"]
    opened.page.locator("#show-all").click()
    opened.page.locator("#grouping").select_option("subthread")
    # Bob's reply, his claim and Cy's answer collapse into one group node.
    assert opened.page.evaluate("argmap.network.body.nodeIndices.length") == 4


def xss_map() -> ArgumentMap:
    bad = f"{XSS_SCRIPT}{XSS_IMG}"
    thread = Thread("t1", bad, bad, bad, url="javascript:alert(1)", language=bad)
    messages = (
        Message(
            "t1/m0", "t1", "post", bad, bad, None, bad, time_text=bad, url="javascript:alert(1)"
        ),
        Message(
            "t1/m1",
            "t1",
            "comment",
            bad,
            None,
            "t1/m0",
            bad,
            bad,
            "javascript:alert(1)",
            (Quote(bad, "t1/m0"),),
        ),
    )
    claims = (Claim("t1/m0/c0", "t1/m0", bad, XSS_SCRIPT, (0, len(XSS_SCRIPT)), bad),)
    relations = (
        Relation("t1/m1", "t1/m0", "rebut", 0.9, bad),
        Relation("t1/m1", "t1/m0/c0", bad, 0.5, bad),
    )
    points = (KeyPoint("p1", bad, ("t1/m0/c0",), 1, ("t1/m1",), ("t1/m0",)),)
    return ArgumentMap((thread,), messages, claims, relations, points)


def test_hostile_text_shows_as_text_and_runs_nothing(tmp_path, open_page):
    opened = open_page(write_page(tmp_path, xss_map(), "xss", title=XSS_SCRIPT + XSS_IMG))
    page = opened.page
    for node_id in ("t1", "t1/m0", "t1/m1", "t1/m0/c0", "p1", "p1/person0"):
        page.evaluate("(id) => argmap.select(id)", node_id)
        assert XSS_SCRIPT in page.locator("#panel-body").text_content()
    page.locator("#search").fill("alert")
    page.locator("#search").press("Enter")
    page.wait_for_timeout(200)
    assert opened.dialogs == []
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0
    assert page.locator("#map-title").text_content() == XSS_SCRIPT + XSS_IMG
    assert [e for e in opened.errors if "alert" in e] == []
    assert opened.foreign_requests(tmp_path / "xss.html") == []


def wide_thread(replies: int) -> ArgumentMap:
    """A post with many one-claim replies: a map above the large-map threshold."""
    thread = Thread("t1", "wide.txt", "text", "Wide")
    post = Message("t1/m0", "t1", "post", "Ann", None, None, "Start here.")
    messages = [post]
    claims = []
    for number in range(1, replies + 1):
        text = f"Point {number} stands."
        messages.append(
            Message(f"t1/m{number}", "t1", "comment", f"user{number % 40}", None, "t1/m0", text)
        )
        claims.append(
            Claim(
                f"t1/m{number}/c0",
                f"t1/m{number}",
                f"point {number}",
                text,
                (0, len(text)),
                "assertion",
            )
        )
    return ArgumentMap((thread,), tuple(messages), tuple(claims))


INK = """() => {
  const canvas = document.querySelector('#map canvas');
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d', {willReadFrequently: true});
  context.drawImage(canvas, 0, 0);
  const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) { if (pixels[i] < 200) { ink++; } }
  return ink;
}"""
NEXT_FRAME = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
EMPTY_SPOT = """() => {
  const box = document.querySelector('#map canvas').getBoundingClientRect();
  for (let fy = 0.1; fy < 0.95; fy += 0.05) {
    for (let fx = 0.1; fx < 0.95; fx += 0.05) {
      const at = {x: box.width * fx, y: box.height * fy};
      const network = argmap.network;
      if (network.getNodeAt(at) === undefined && network.getEdgeAt(at) === undefined) {
        return {x: box.left + at.x, y: box.top + at.y};
      }
    }
  }
  return null;
}"""


def test_a_large_map_draws_every_node_and_keeps_its_picture_while_dragged(tmp_path, open_page):
    amap = wide_thread(250)  # 1 thread + 251 messages + 250 claims
    opened = argument_view(open_page(write_page(tmp_path, amap, "wide")))
    page = opened.page
    page.locator("#fit").click()
    page.evaluate(NEXT_FRAME)  # the fitted map is drawn on the next frame, not at the click
    assert opened.errors == []
    assert page.evaluate("argmap.network.body.nodeIndices.length") == 502
    assert page.evaluate("argmap.data.large") is True
    ink_before = page.evaluate(INK)
    spot = page.evaluate(EMPTY_SPOT)
    page.mouse.move(spot["x"], spot["y"])
    page.mouse.down()
    page.mouse.move(spot["x"] + 40, spot["y"] + 30, steps=4)
    page.evaluate(NEXT_FRAME)
    ink_dragging = page.evaluate(INK)
    page.mouse.up()
    page.evaluate(NEXT_FRAME)
    assert ink_dragging > 0.5 * ink_before  # the map moves; it does not vanish
    assert page.evaluate(INK) > 0.5 * ink_before
    assert opened.errors == []


def test_export_png_is_twice_the_map_with_its_title_and_legend(tmp_path, open_page):
    opened = argument_view(open_page(write_page(tmp_path, debate(), "debate", title="Remote work")))
    size = opened.page.evaluate(
        "(() => { const c = document.querySelector('#map canvas');"
        " return [c.clientWidth, c.clientHeight]; })()"
    )
    with opened.page.expect_download() as download:
        opened.page.locator("#export-png").click()
    saved = tmp_path / "export.png"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "remote-work.png"  # the slug of the title
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(saved) as image:
        picture = image.convert("RGB")
    width, height = picture.size
    title_band, legend_top = 2 * 40, 2 * (40 + size[1])
    assert width == 2 * size[0]
    assert legend_top < height <= legend_top + 2 * 3 * 28 + 16  # one to three legend rows
    # The title band: the page's dark bar with light letters on it.
    title = Counter(picture.crop((0, 0, width // 2, title_band)).getdata())
    assert title[(0x26, 0x32, 0x38)] > 0.5 * (width // 2) * title_band
    assert title[(0xEC, 0xEF, 0xF1)] > 50
    # The legend under the map: the claim box, and the green and red link swatches.
    legend = Counter(picture.crop((0, legend_top, width, height)).getdata())
    for colour in ("#fffde7", "#2e7d32", "#c62828", "#9e9e9e"):
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert legend[rgb] > 40, colour
    assert opened.errors == []
