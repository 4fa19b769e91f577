"""The Markdown debate report, and the `report` / `export` commands.

Expected lines on ``uniforms_map`` were written from reading the map (see test_graph.py).
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

import argmap
from argmap.cli import cli
from argmap.graph.combine import combine_maps, is_map_file
from argmap.graph.export import FORMATS
from argmap.graph.report import render_report
from tests.test_graph import uniforms_map


@pytest.fixture(scope="module")
def report_lines() -> list[str]:
    return render_report(uniforms_map()).splitlines()


def section(lines: list[str], heading: str, after: str) -> list[str]:
    """The lines under ``heading`` (first one after the line ``after``), up to the next."""
    start = lines.index(heading, lines.index(after)) + 2
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("#")), len(lines))
    return [line for line in lines[start:end] if line]


def test_report_opens_with_the_overview(report_lines):
    assert report_lines[0] == "# Debate report: all threads"
    assert report_lines[2] == (
        "2 threads, 9 messages from 5 named participants, 8 claims; links found: "
        "3 agreements, 1 rebuttal, 2 supports, 3 attacks, 1 restatement."
    )
    assert report_lines[4] == '## School "uniforms"'
    assert report_lines[6] == (
        "Ann's post (uniforms.txt) drew 5 comments from Bob, Cy, Dee and 1 unsigned commenter."
    )


def test_main_claims_are_the_most_engaged_then_by_type(report_lines):
    # c0: 1 backer + 2 attackers (c1 is a premise, not listed); Bob's and Dee's claims 1 each
    # (Bob's is aimed at, so more central); then m4's evaluation and m2's assertion tie:
    # evaluation first.
    assert section(report_lines, "### Main claims", '## School "uniforms"') == [
        "1. “uniforms should be required” — Ann (t1/m0)",
        "   - backed by Cy (t1/m2); rebutted by Bob (t1/m1) and anonymous (t1/m4)",
        "2. “uniforms cost families money” — Bob (t1/m1)",
        "   - rebutted by Dee (t1/m3)",
        "3. “second-hand uniforms are cheap” — Dee (t1/m3)",
        "   - backed by Bob (t1/m5)",
        "4. “uniforms kill #freedom [sic] <x>” — anonymous (t1/m4)",
        "   - nobody backs or rebuts it",
        "5. “bullying falls with uniforms” — Cy (t1/m2)",
        "   - nobody backs or rebuts it",
    ]


def test_contested_alignment_and_unanswered_sections(report_lines):
    after = '## School "uniforms"'
    assert section(report_lines, "### Most contested points", after) == [
        "- “uniforms should be required” (Ann (t1/m0)): 1 for, 2 against — backed by Cy"
        " (t1/m2); rebutted by Bob (t1/m1) and anonymous (t1/m4)",
    ]
    # Strongest first (Cy +2 and m4 -2 with Ann), then by name.
    assert section(report_lines, "### Alignment", after) == [
        "- Cy agrees with Ann (2×).",
        "- anonymous (t1/m4) disagrees with Ann (2×).",
        "- Bob disagrees with Ann.",
        "- Bob agrees with Dee.",
        "- Dee disagrees with Bob.",
    ]
    assert section(report_lines, "### Unanswered", after) == [
        "- Cy (t1/m2): “Bullying falls with them.”",
        "- anonymous (t1/m4): “No. #freedom [sic]”",
        "- Bob (t1/m5): “Fair point.”",
    ]
    assert section(report_lines, "### Most contested points", "## Four-day week") == [
        "No claim here is both backed and attacked."
    ]


def test_among_unengaged_post_claims_those_on_the_title_topic_come_first():
    from argmap.model import ArgumentMap, Claim, Message, Thread

    post = Message("t1/m0", "t1", "post", "Ann", None, None, "...")
    claims = (
        Claim("t1/m0/c0", "t1/m0", "I was tired", "", (0, 1), "evaluation"),
        Claim("t1/m0/c1", "t1/m0", "strategy beats tactics", "", (0, 1), "assertion"),
        Claim("t1/m0/c2", "t1/m0", "media strategists\n are social", "", (0, 1), "assertion"),
    )
    thread = Thread("t1", "x", "text", "Why I'm not a Social Media Strategist")
    lines = render_report(ArgumentMap((thread,), (post,), claims)).splitlines()
    # Title stems: social, media, strate(gist). c2 shares 3, c1 shares 1 ("strate"gy), c0
    # none; at most two claims per message; a line break in a claim is flattened.
    assert section(lines, "### Main claims", lines[0])[::2] == [
        "1. “media strategists are social” — Ann (t1/m0)",
        "2. “strategy beats tactics” — Ann (t1/m0)",
    ]


def test_long_lists_are_cut_and_counted():
    from argmap.model import ArgumentMap, Message, Thread

    comments = tuple(
        Message(f"t1/m{n}", "t1", "comment", f"P{n}", None, "t1/m0", "Hm.") for n in range(1, 13)
    )
    post = Message("t1/m0", "t1", "post", "Ann", None, None, "Hello.")
    # Nobody replies to the 12 comments (no reply relations at all here): 13 unanswered.
    lines = render_report(ArgumentMap((Thread("t1", "x", "text", "T"),), (post, *comments)))
    unanswered = section(lines.splitlines(), "### Unanswered", "# Debate report: T")
    assert len(unanswered) == 11 and unanswered[-1] == "- … and 3 more messages."


def test_a_big_thread_counts_its_commenters_and_names_the_most_active():
    from argmap.model import ArgumentMap, Message, Thread

    authors = [f"P{n}" for n in range(1, 21)] + ["P7", "P7", "P3", None]
    comments = tuple(
        Message(f"t1/m{n}", "t1", "comment", a, None, "t1/m0", "Hm.")
        for n, a in enumerate(authors, start=1)
    )
    post = Message("t1/m0", "t1", "post", "Ann", None, None, "Hello.")
    lines = render_report(ArgumentMap((Thread("t1", "x", "text", "T"),), (post, *comments)))
    # 20 named people, more than the 12 named in full: P7 wrote 3, P3 2, then by first word.
    assert lines.splitlines()[4] == (
        "Ann's post (x) drew 24 comments from 20 named commenters and 1 unsigned commenter; "
        "most active: P7, P3, P1, P2, P4, P5, P6, P8, P9, P10, P11, P12."
    )


# -- joining maps and the commands -------------------------------------------------------
def test_combine_renumbers_threads_and_every_id_that_hangs_off_them():
    joined = combine_maps([uniforms_map(), uniforms_map()])
    assert [t.id for t in joined.threads] == ["t1", "t2", "t3", "t4"]
    assert joined.message("t3/m3").parent == "t3/m1"
    assert joined.claim("t4/m1/c0").message == "t4/m1"
    assert ("t3/m4", "t3/m0", "rebut") in {(r.source, r.target, r.kind) for r in joined.relations}
    assert combine_maps([uniforms_map()]) == uniforms_map()


def test_is_map_file_tells_a_saved_map_from_other_json(tmp_path):
    saved = uniforms_map().dump(tmp_path / "map.json")
    other = tmp_path / "export.json"
    other.write_text(json.dumps({"kind": "Listing", "data": {}}))
    assert is_map_file(saved) and not is_map_file(other)


@pytest.fixture(scope="module")
def seed_json(seed_map, tmp_path_factory):
    return seed_map.dump(tmp_path_factory.mktemp("seed") / "seed.json")


def test_report_command_on_a_saved_map_is_the_report_of_that_map(seed_json, tmp_path):
    out = tmp_path / "report.md"
    result = CliRunner().invoke(cli, ["report", str(seed_json), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text == render_report(argmap.load(seed_json))
    amap = argmap.load(seed_json)
    for thread in amap.threads:
        assert f"## {thread.title}" in text
    assert text.count("### Main claims") == len(amap.threads)


def test_report_command_maps_raw_inputs_too(tmp_path):
    page = tmp_path / "remote.txt"
    page.write_text(
        "Alice: Remote work makes teams more productive.\n"
        "Bob: I disagree, people need offices to collaborate.\n"
    )
    result = CliRunner().invoke(cli, ["report", str(page), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Debate report: Remote")
    assert "Alice's post (" in result.stdout and "from Bob" in result.stdout


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_command_writes_each_format(seed_json, tmp_path, fmt):
    out = tmp_path / f"map.{fmt}"
    result = CliRunner().invoke(cli, ["export", str(seed_json), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == argmap.export(argmap.load(seed_json), fmt)


def test_export_command_output_opens_in_graph_readers(seed_json, tmp_path):
    out = tmp_path / "map.graphml"
    CliRunner().invoke(cli, ["export", str(seed_json), "--format", "graphml", "-o", str(out)])
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.number_of_edges() == argmap.to_graph(argmap.load(seed_json)).number_of_edges()


def test_export_command_refuses_an_unknown_format(seed_json):
    result = CliRunner().invoke(cli, ["export", str(seed_json), "--format", "pdf"])
    assert result.exit_code == 2


def points_map() -> argmap.ArgumentMap:
    """``uniforms_map`` with two key points, grouped by hand: p1 "uniforms reduce bullying"
    (Ann's c1 and Cy's c0, 2 people; Cy backs it) and p2 "uniforms should be required"
    (Ann's c0 alone; rebutted by Bob's claim, which attacks it, and by the unsigned m4).
    The strongest words for a point are its most backed member's sentence (Ann's c1 is
    backed by Cy); against, an attacking claim's sentence wins over a rebuttal's opening."""
    from dataclasses import replace

    from argmap.model import KeyPoint

    base = uniforms_map()
    sentences = {
        "t1/m0/c0": "Uniforms should be required.",
        "t1/m0/c1": "They reduce bullying.",
        "t1/m2/c0": "Bullying falls with them.",
        "t1/m1/c0": "They cost money.",
    }
    claims = tuple(replace(c, sentence=sentences.get(c.id, c.sentence)) for c in base.claims)
    points = (
        KeyPoint("p1", "uniforms reduce bullying", ("t1/m0/c1", "t1/m2/c0"), 2, ("t1/m2",), ()),
        KeyPoint(
            "p2", "uniforms should be required", ("t1/m0/c0",), 1, ("t1/m2",), ("t1/m1", "t1/m4")
        ),
    )
    return replace(base, claims=claims, points=points)


def test_report_leads_with_the_key_points_contested_first():
    lines = render_report(points_map()).splitlines()
    assert lines[4] == "## Key points"
    assert section(lines, "## Key points", lines[0]) == [
        "1. **uniforms should be required** — held by 1 person",
        "   - backed by Cy (t1/m2); rebutted by Bob (t1/m1) and anonymous (t1/m4)",
        "   - for: “Uniforms should be required.” — Ann (t1/m0)",
        "   - against: “They cost money.” — Bob (t1/m1)",
        "2. **uniforms reduce bullying** — held by 2 people",
        "   - backed by Cy (t1/m2)",
        "   - for: “They reduce bullying.” — Ann (t1/m0)",
    ]


def test_the_words_for_an_unbacked_point_are_those_it_is_named_after():
    """No member of p3 is backed: its words for are the sentence of Cy's claim, whose text
    names the point, not those of Ann's claim, listed first."""
    from dataclasses import replace

    from argmap.model import KeyPoint

    base = points_map()
    named = base.claim("t1/m2/c0").text
    point = KeyPoint("p3", named, ("t1/m0/c0", "t1/m2/c0"), 2, (), ())
    amap = replace(base, points=(point,), relations=())
    lines = render_report(amap).splitlines()
    assert "   - for: “Bullying falls with them.” — Cy (t1/m2)" in section(
        lines, "## Key points", lines[0]
    )


def test_a_map_without_key_points_has_no_key_point_section(report_lines):
    assert "## Key points" not in report_lines
