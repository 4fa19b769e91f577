"""The HTML map and index, read as text: offline, escaped, and drawing what the map holds."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace

import pytest

from argmap.model import ArgumentMap, Claim, KeyPoint, Message, Relation, Thread
from argmap.render import render_html, render_index
from argmap.render.debate import contest_colour
from argmap.render.html import json_for_script
from argmap.render.layout import DOT_SLOT, compute_layouts
from argmap.render.limits import estimated_page_megabytes, too_big
from argmap.render.page_data import LABEL_BACKGROUND, LARGE_MAP_NODES, build_page_data
from tests.browser.maps import commute_debate, synthetic_debate

XSS = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def debate() -> ArgumentMap:
    """A post, a comment that rebuts it and one that agrees with the comment."""
    post_text = "Social media is a tactic. Strategy is about business goals."
    reply_text = "No. Social media is a strategy in itself."
    thread = Thread("t1", "debate.txt", "text", "Is social media a strategy?")
    messages = (
        Message("t1/m0", "t1", "post", "Ann", "2013-04-02T10:00:00+00:00", None, post_text),
        Message("t1/m1", "t1", "comment", "Bob", None, "t1/m0", reply_text),
        Message("t1/m2", "t1", "comment", "Cy", None, "t1/m1", "I agree with Bob."),
    )
    claims = (
        Claim(
            "t1/m0/c0", "t1/m0", "social media is a tactic", post_text[:25], (0, 25), "assertion"
        ),
        Claim(
            "t1/m1/c0", "t1/m1", "social media is a strategy", reply_text[4:], (4, 41), "assertion"
        ),
    )
    relations = (
        Relation("t1/m1", "t1/m0", "reply", 1.0),
        Relation("t1/m1", "t1/m0", "rebut", 0.8, "No."),
        Relation("t1/m2", "t1/m1", "agree", 0.3, "I agree with Bob"),
        Relation("t1/m1/c0", "t1/m0/c0", "attack", 0.6),
        Relation("t1/m1/c0", "t1/nowhere", "support", 0.9),
    )
    return ArgumentMap((thread,), messages, claims, relations)


def page_json(page: str) -> dict:
    block = re.search(
        r'<script type="application/json" id="argmap-data">(.*?)</script>', page, re.S
    )
    return json.loads(block.group(1))


def test_json_for_script_cannot_close_the_script_element():
    text = json_for_script({"a": "</script><!-- x \u2028\u2029 & >"})
    assert "<" not in text and ">" not in text and "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!-- x \u2028\u2029 & >"}


def test_the_page_fetches_nothing_and_only_its_own_scripts_may_run():
    page = render_html(debate(), title="Debate")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<link" not in page and "@import" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    inline = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(inline) == 2  # vis-network and the page's own script
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_every_thread_message_and_claim_is_a_node_with_its_shape():
    data = page_json(render_html(debate()))
    shapes = {n["id"]: n["shape"] for n in data["nodes"]}
    assert shapes == {
        "t1": "diamond",
        "t1/m0": "dot",
        "t1/m1": "dot",
        "t1/m2": "dot",
        "t1/m0/c0": "box",
        "t1/m1/c0": "box",
    }
    authors = {n["id"]: n["color"]["background"] for n in data["nodes"] if n["kind"] == "message"}
    assert len(set(authors.values())) == 3  # three authors, three colours


def test_edges_carry_kind_colour_and_confidence_width():
    edges = page_json(render_html(debate()))["edges"]
    by_kind = {e["kind"]: e for e in edges if e["kind"] not in ("states", "reply", "thread")}
    assert set(by_kind) == {"rebut", "agree", "attack"}  # the support to a missing node is dropped
    assert by_kind["rebut"]["color"]["color"] == by_kind["attack"]["color"]["color"] == "#c62828"
    assert by_kind["agree"]["color"]["color"] == "#2e7d32"
    assert by_kind["rebut"]["width"] > by_kind["attack"]["width"] > by_kind["agree"]["width"]
    # The reply given as a relation and the one implied by m2's parent appear once each.
    replies = sorted((e["from"], e["to"]) for e in edges if e["kind"] == "reply")
    assert replies == [("t1/m1", "t1/m0"), ("t1/m2", "t1/m1")]
    states = sorted((e["from"], e["to"]) for e in edges if e["kind"] == "states")
    assert states == [("t1/m0", "t1/m0/c0"), ("t1/m1", "t1/m1/c0")]


def test_rebutted_and_attacked_nodes_are_marked_contested():
    nodes = {n["id"]: n for n in page_json(render_html(debate()))["nodes"]}
    assert nodes["t1/m0"].get("contested") and nodes["t1/m0/c0"].get("contested")
    assert not nodes["t1/m1"].get("contested") and not nodes["t1/m1/c0"].get("contested")
    assert nodes["t1/m0/c0"]["borderWidth"] > nodes["t1/m1/c0"]["borderWidth"]


def test_page_text_from_the_source_never_reaches_the_markup():
    thread = Thread("t1", XSS, "text", XSS, url="javascript:alert(1)")
    message = Message("t1/m0", "t1", "post", XSS, None, None, XSS, url="javascript:alert(1)")
    amap = ArgumentMap((thread,), (message,), (Claim("t1/m0/c0", "t1/m0", XSS, XSS, (0, 5), XSS),))
    page = render_html(amap, title=XSS)
    assert "<img" not in page and "alert(1)</script>" not in page
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img" in page
    assert page_json(page)["records"]["t1/m0"]["author"] == XSS


def test_layout_places_replies_below_their_parent_and_claims_below_their_message():
    layout = compute_layouts(debate())
    for view in (layout.argument, layout.conversation):
        assert view["t1"][1] < view["t1/m0"][1] < view["t1/m1"][1] < view["t1/m2"][1]
    assert "t1/m0/c0" not in layout.conversation
    argument = layout.argument
    assert argument["t1/m0"][1] < argument["t1/m0/c0"][1] < argument["t1/m1"][1]


def test_an_empty_map_still_makes_a_page_and_an_index():
    assert page_json(render_html(ArgumentMap()))["nodes"] == []
    assert "<table>" in render_index([("empty", ArgumentMap())])


def test_layout_of_a_very_deep_thread_needs_no_recursion():
    chain = tuple(
        Message(f"t1/m{i}", "t1", "comment", "A", None, f"t1/m{i - 1}" if i else None, "x")
        for i in range(5000)
    )
    layout = compute_layouts(ArgumentMap((Thread("t1", "s", "text", "T"),), chain))
    assert len(layout.conversation) == 5001


def test_a_post_with_many_replies_is_packed_in_rows_not_one_strip():
    replies = tuple(
        Message(f"t1/m{i}", "t1", "comment", "A", None, "t1/m0", "x") for i in range(1, 901)
    )
    post = Message("t1/m0", "t1", "post", "A", None, None, "x")
    layout = compute_layouts(ArgumentMap((Thread("t1", "s", "text", "T"),), (post, *replies)))
    xs = [x for x, _ in layout.conversation.values()]
    ys = {y for _, y in layout.conversation.values()}
    assert max(xs) - min(xs) < 900 * DOT_SLOT / 4
    assert len(ys) > 3
    assert len(set(layout.conversation.values())) == 902  # no two nodes on one spot


def test_large_maps_hide_edges_while_panning_and_keep_labels_for_zooming_in():
    replies = tuple(
        Message(f"t1/m{i}", "t1", "comment", f"user{i}", None, "t1/m0", "x")
        for i in range(1, LARGE_MAP_NODES + 1)
    )
    post = Message("t1/m0", "t1", "post", "A", None, None, "x")
    data = build_page_data(ArgumentMap((Thread("t1", "s", "text", "T"),), (post, *replies)), "T")
    assert data["large"] and data["options"]["interaction"]["hideEdgesOnDrag"]
    labels = {n["id"]: n["label"] for n in data["nodes"] if n["kind"] == "message"}
    assert labels["t1/m7"] == "user7"
    assert not data["options"]["physics"]["enabled"]


def test_labels_outside_their_shape_have_a_backdrop_so_no_line_crosses_their_words():
    data = page_json(render_html(commute_debate()))
    outside = [n for n in data["nodes"] if n["shape"] in ("dot", "diamond") and n["label"]]
    assert {n["kind"] for n in outside} == {"thread", "message"}
    assert all(n["font"]["background"] == LABEL_BACKGROUND for n in outside)


def test_each_key_point_is_a_box_sized_by_prevalence_and_coloured_by_contest():
    data = page_json(render_html(commute_debate()))
    points = {n["id"]: n for n in data["nodes"] if n["kind"] == "point"}
    assert set(points) == {"p1", "p2", "p3"}
    # p1 is held by Ann and Cy (2), p2 and p3 by one person each.
    width = {pid: n["widthConstraint"]["minimum"] for pid, n in points.items()}
    assert width["p1"] > width["p2"] == width["p3"]
    assert points["p1"]["label"].startswith("Working from home saves the daily commute\n")
    assert points["p1"]["label"].endswith("1 back · 1 rebut")
    # p1: one backer, one rebutter (amber); p2: only backed (green); p3: nobody reacted (grey).
    assert points["p1"]["color"]["border"] == "#ef6c00"
    assert points["p2"]["color"]["border"] == "#2e7d32"
    assert points["p3"]["color"]["border"] == "#78909c"
    assert data["startView"] == "debate" and data["notice"] is None


def test_contest_colour_runs_from_green_through_amber_to_red():
    assert contest_colour(3, 0)[1] == "#2e7d32"
    assert contest_colour(2, 2)[1] == "#ef6c00"
    assert contest_colour(0, 5)[1] == "#c62828"
    assert contest_colour(0, 0) == ("#eceff1", "#78909c")
    between = contest_colour(3, 1)[1]  # a quarter rebut: between green and amber
    assert between not in ("#2e7d32", "#ef6c00")


def test_people_sit_under_the_points_they_hold_and_links_between_points_are_debate_only():
    data = page_json(render_html(commute_debate()))
    nodes = {n["id"]: n for n in data["nodes"]}
    people = [n for n in data["nodes"] if n["kind"] == "person"]
    assert sorted((n["point"], n["author"]) for n in people) == [
        ("p1", "Ann"),
        ("p1", "Cy"),
        ("p2", "Bob"),
        ("p3", "Eve"),
    ]
    for person in people:
        assert person["y"] > nodes[person["point"]]["y"]  # under its point
        assert person["atFirst"]  # 3 points and 4 people: all drawn from the start
    debate_edges = {(e["from"], e["to"], e["kind"]) for e in data["edges"] if e.get("debate")}
    assert debate_edges == {("p2", "p1", "attack"), ("p3", "p1", "support")}
    assert data["records"]["p1"]["holders"] == ["Ann", "Cy"]


def test_points_are_ranked_by_prevalence_then_by_reactions():
    ranks = {
        n["id"]: n["rank"]
        for n in page_json(render_html(commute_debate()))["nodes"]
        if n["kind"] == "point"
    }
    # p2 and p3 are both held by one person; p2 was backed once, p3 never.
    assert ranks == {"p1": 0, "p2": 1, "p3": 2}


def test_a_big_debate_draws_people_only_on_demand():
    data = build_page_data(synthetic_debate(400, 50), "T")
    people = [n for n in data["nodes"] if n["kind"] == "person"]
    assert people and not any(n["atFirst"] for n in people)


def test_a_map_without_points_opens_on_the_conversation_view_and_says_why():
    data = page_json(render_html(debate()))
    assert data["startView"] == "conversation"
    assert "No Debate view" in data["notice"] and "grouped into a key point" in data["notice"]
    french = ArgumentMap(
        debate().threads,
        tuple(replace(m, language="fr") for m in debate().messages),
        debate().claims,
    )
    # Its messages are French and have claims: a French pipeline read them (the note says
    # what ran), and key points are grouped from English claims only.
    assert "No Debate view: French thread" in build_page_data(french, "T")["notice"]


def test_claim_roles_reach_the_page_so_premises_and_asides_start_hidden():
    data = page_json(render_html(commute_debate()))
    roles = {n["id"]: n["role"] for n in data["nodes"] if n["kind"] == "claim"}
    assert roles["t1/m0/c1"] == "premise" and roles["t1/m0/c0"] == "main"
    assert data["records"]["t1/m0/c1"]["role"] == "premise"


def test_unsigned_messages_are_one_author_entry_named_unsigned():
    authors = page_json(render_html(commute_debate()))["authors"]
    assert [a["name"] for a in authors][-1] == "(unsigned)"
    assert authors[-1]["key"] == ""
    assert "(unsigned)" not in [a["name"] for a in page_json(render_html(debate()))["authors"]]


def test_the_exported_picture_is_named_after_the_slug():
    assert (
        page_json(render_html(debate(), title="Is it? A strategy!"))["slug"] == "is-it-a-strategy"
    )
    assert page_json(render_html(debate(), title="x", slug="my-thread"))["slug"] == "my-thread"


def test_too_big_warns_above_the_node_limit_and_says_how_to_split():
    post = Message("t1/m0", "t1", "post", "A", None, None, "x")
    replies = tuple(
        Message(f"t1/m{i}", "t1", "comment", "B", None, "t1/m0", "y") for i in range(1, 20_000)
    )
    thread = Thread("t1", "s", "text", "T")
    assert too_big(ArgumentMap((thread,), (post, *replies[:-1]))) is None  # 20,000 nodes
    warning = too_big(ArgumentMap((thread,), (post, *replies)))  # 20,001 nodes
    assert warning is not None
    assert "20,001 nodes (more than 20,000)" in warning and "split" in warning
    assert too_big(commute_debate(), max_nodes=5) is not None
    assert too_big(commute_debate()) is None


def test_too_big_warns_on_a_page_of_many_megabytes_of_text():
    long_text = "word " * 200_000  # 1 MB per message
    messages = tuple(
        Message(f"t1/m{i}", "t1", "comment" if i else "post", "A", None, None, long_text)
        for i in range(25)
    )
    warning = too_big(ArgumentMap((Thread("t1", "s", "text", "T"),), messages))
    assert warning is not None and "MB (more than 20 MB)" in warning


def test_the_page_size_estimate_is_within_a_quarter_of_the_real_page():
    for amap in (commute_debate(), synthetic_debate(1500, 60)):
        real = len(render_html(amap).encode("utf-8")) / 1e6
        assert abs(estimated_page_megabytes(amap) - real) < 0.25 * real


@pytest.fixture
def two_threads() -> ArgumentMap:
    first = debate()
    other = Thread("t2", "other.html", "blog", "A <b>second</b> thread")
    post = Message("t2/m0", "t2", "post", "Dee", None, None, "Hello.")
    return ArgumentMap(
        (*first.threads, other), (*first.messages, post), first.claims, first.relations
    )


def test_index_lists_each_map_with_its_counts_and_the_combined_one(two_threads):
    entries = [
        ("is-social-media-a-strategy", two_threads.for_thread("t1")),
        ("a-second-thread", two_threads.for_thread("t2")),
        ("all-threads", two_threads),
    ]
    page = render_index(entries)
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", page, re.S)[1:]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    # debate(): 2 comments, 2 claims, 1 agree, 1 rebut + 1 attack; its support points outside
    # the thread, so the thread's own map drops it.
    assert cells[0][1:6] == ["debate.txt", "2", "2", "1", "2"]
    assert (
        '<a href="is-social-media-a-strategy.html">Is social media a strategy?</a>' in cells[0][0]
    )
    assert cells[1][0] == '<a href="a-second-thread.html">A &lt;b&gt;second&lt;/b&gt; thread</a>'
    assert cells[1][2:7] == ["0", "0", "0", "0", "0"]
    assert [row[6] for row in cells] == ["0", "0", "0"]  # debate() has no key points
    with_points = render_index([("commute", commute_debate())])
    assert re.findall(r'<td class="n">(\d+)</td>', with_points) == ["5", "5", "3", "2", "3"]
    assert "all-threads.html" in cells[2][0] and "combined" in cells[2][0]
    assert "<script" not in page


def _point_boxes(amap: ArgumentMap) -> dict[str, tuple[float, float, float, float]]:
    """Left, top, right, bottom of each point box as laid out (label size plus margins)."""
    boxes = {}
    for node in build_page_data(amap, "T")["nodes"]:
        if node["kind"] == "point":
            half_w = node["widthConstraint"]["minimum"] / 2 + node["margin"]
            half_h = node["heightConstraint"]["minimum"] / 2 + node["margin"]
            x, y = node["x"], node["y"]
            boxes[node["id"]] = (x - half_w, y - half_h, x + half_w, y + half_h)
    return boxes


def _crosses(a: tuple[float, float], b: tuple[float, float], box: tuple) -> bool:
    """Whether the segment a-b passes through the rectangle (sampled finely)."""
    left, top, right, bottom = box
    for step in range(1, 200):
        t = step / 200
        x, y = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        if left < x < right and top < y < bottom:
            return True
    return False


@pytest.mark.parametrize("count", [3, 5, 8])
def test_few_points_sit_on_a_ring_where_no_link_runs_behind_a_third_box(count):
    boxes = _point_boxes(synthetic_debate(60, count, words=8))
    centres = {pid: ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for pid, b in boxes.items()}
    for first in boxes:
        for second in boxes:
            others = [b for pid, b in boxes.items() if pid not in (first, second)]
            if first < second:
                assert not any(_crosses(centres[first], centres[second], b) for b in others)


def test_no_two_point_boxes_overlap_in_rows_of_forty():
    boxes = list(_point_boxes(synthetic_debate(600, 40)).values())
    for index, a in enumerate(boxes):
        for b in boxes[index + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (a, b)


def test_a_point_naming_claims_and_messages_that_are_not_in_the_map_still_draws():
    base = commute_debate()
    stray = KeyPoint("p9", "A point about nothing here", ("t9/m0/c0",), 1, ("t9/m1",), ("t9/m2",))
    data = build_page_data(replace(base, points=(*base.points, stray)), "T")
    node = next(n for n in data["nodes"] if n["id"] == "p9")
    assert node["label"].startswith("A point about nothing here")
    assert data["records"]["p9"]["holders"] == []  # nobody known holds it
    assert not any(n.get("point") == "p9" for n in data["nodes"])


def test_a_thread_no_pipeline_reads_opens_saying_so():
    from argmap.render.page_data import build_page_data

    thread = Thread("t1", "katzen.html", "xenforo", "Katzen", language="de")
    messages = (
        Message(
            "t1/m0",
            "t1",
            "post",
            "Anna",
            None,
            None,
            "Katzen sind die besseren Haustiere.",
            language="de",
        ),
        Message(
            "t1/m1", "t1", "comment", "Bernd", None, "t1/m0", "Das sehe ich anders.", language="de"
        ),
    )
    data = build_page_data(ArgumentMap((thread,), messages), "Katzen")
    assert data["notice"].startswith("No Debate view: German thread: conversation only")
    assert "--model de=NAME" in data["notice"]
    assert data["records"]["t1"]["languageNote"].startswith("German thread: conversation only")
