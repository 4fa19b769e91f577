"""Each command and shared option of the command line, documented by a test of what it does
(sqlite-utils' habit). These cases read inputs but analyse none, so they run in seconds."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli import SHARED_OPTIONS, cli
from argmap.ingest import adapters
from argmap.model import ArgumentMap, Message, Thread, load

HN_PAGE = """<html><head><title>Ask HN: tabs or spaces? | Hacker News</title></head><body>
<table><tr class="athing" id="1"><td class="title"><a href="item?id=1">Tabs or spaces?</a></td>
</tr></table></body></html>"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("argmap: error:")]


def test_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in (command.help or ""), f"`argmap {name}` has no Example: block"


def test_shared_options_are_accepted_before_and_after_the_command(runner, tmp_path):
    page = tmp_path / "big.txt"
    page.write_text("Alice: tabs are better than spaces for indentation.\n" * 20)
    for args in (
        ["--max-bytes", "100", "inspect", str(page)],
        ["inspect", str(page), "--max-bytes", "100"],
        ["inspect", "--max-bytes", "100", str(page)],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, args
        (line,) = _errors(result)
        assert "over the 100-byte budget" in line
    for command in cli.commands.values():
        params = {param.name for param in command.params}
        assert {"model", "platform", "max_bytes", "max_seconds", "debug"} <= params
    assert len(SHARED_OPTIONS) == len({p.name for p in cli.params} - {"version"})


def test_debug_after_the_command_shows_the_traceback(runner, tmp_path):
    result = runner.invoke(cli, ["inspect", str(tmp_path / "missing.html"), "--debug"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr
    result = runner.invoke(cli, ["report", str(tmp_path / "missing.json"), "--debug"])
    assert result.exit_code == 1


def test_platforms_lists_every_reader(runner):
    result = runner.invoke(cli, ["platforms"])
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.output.splitlines() if line.strip()}
    assert listed == set(adapters())
    assert {"wordpress", "hackernews", "reddit", "text"} <= listed


def test_an_unknown_platform_is_one_usage_error(runner, tmp_path):
    pages = [tmp_path / f"p{n}.txt" for n in range(3)]
    for page in pages:
        page.write_text("Alice: a claim about tabs.\n")
    result = runner.invoke(cli, ["inspect", *map(str, pages), "--platform", "foo"])
    assert result.exit_code == 2
    assert result.stderr.count("unknown platform 'foo'") == 1


def test_a_forced_platform_that_finds_no_comments_fails_the_input(runner, tmp_path):
    page = tmp_path / "hn.html"
    page.write_text(HN_PAGE)
    result = runner.invoke(cli, ["inspect", str(page), "--platform", "reddit"])
    assert result.exit_code == 1
    (line,) = _errors(result)
    assert "reddit reader found no comments" in line and str(page) in line


def test_a_web_address_gets_a_hint_to_save_the_page(runner):
    url = "https://news.ycombinator.com/item?id=1"
    result = runner.invoke(cli, ["inspect", url])
    assert result.exit_code == 1
    (line,) = _errors(result)
    assert line.startswith(f"argmap: error: {url}: ")  # the // is kept
    assert "save it with your browser (Ctrl+S)" in line


def test_invalid_json_says_where_it_broke(runner, tmp_path):
    cut = tmp_path / "thread.json"
    cut.write_text('[{"kind": "Listing", "data": {"children": [\n{"kind": "t3", "data": {')
    result = runner.invoke(cli, ["inspect", str(cut)])
    assert result.exit_code == 1
    (line,) = _errors(result)
    assert "invalid JSON at line 2" in line


def test_mapping_an_output_folder_loads_its_maps_and_skips_its_pages(runner, tmp_path):
    out = tmp_path / "outputs"
    out.mkdir()
    amap = ArgumentMap(
        (Thread("t1", "a.txt", "text", "Tabs"),),
        (Message("t1/m0", "t1", "post", "Ann", None, None, "Tabs are better."),),
    )
    amap.dump(out / "tabs.json")
    (out / "tabs.html").write_text('<html><head><meta name="generator" content="argmap">')
    result = runner.invoke(cli, ["export", str(out), "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["threads"][0]["title"] == "Tabs"
    assert "tabs.html: skipped, an HTML map written by argmap" in result.stderr
    assert not _errors(result)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_output_folder_fails_before_any_analysis(runner, tmp_path, monkeypatch):
    out = tmp_path / "locked"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setattr("argmap.api.map_inputs", _no_analysis)
    result = runner.invoke(cli, ["map", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert "output folder is not writable" in _errors(result)[0]


def test_an_output_path_that_is_a_file_fails_before_any_analysis(runner, tmp_path, monkeypatch):
    out = tmp_path / "taken"
    out.write_text("a file, not a folder")
    monkeypatch.setattr("argmap.api.map_inputs", _no_analysis)
    result = runner.invoke(cli, ["map", str(tmp_path), "-o", str(out / "maps")])
    assert result.exit_code == 1
    assert "output folder is not writable" in _errors(result)[0]


def _no_analysis(*args, **kwargs):
    raise AssertionError("the inputs were analysed before the output folder was checked")


def test_inspect_names_the_reader_of_each_thread(runner, tmp_path):
    page = tmp_path / "chat.txt"
    page.write_text("Alice: tabs are better.\nBob: I disagree, spaces are safer.\n")
    result = runner.invoke(cli, ["inspect", str(page)])
    assert result.exit_code == 0
    assert f"[text: {page}]" in result.output.splitlines()[0]


def test_a_map_file_as_input_is_accepted_by_every_analysing_command(runner, tmp_path):
    amap = ArgumentMap(
        (Thread("t1", "a.txt", "text", "Tabs"),),
        (Message("t1/m0", "t1", "post", "Ann", None, None, "Tabs are better."),),
    )
    path = Path(amap.dump(tmp_path / "tabs.json"))
    for args in (["report", str(path)], ["claims", "--json", str(path)]):
        result = runner.invoke(cli, [*args, "--no-cache"])
        assert result.exit_code == 0, (args, result.output)
    out = tmp_path / "again"
    result = runner.invoke(cli, ["map", str(path), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert load(out / "tabs.json") == amap
    assert f"argmap: open {(out / 'tabs.html').resolve()}" in result.stderr


def test_a_map_too_big_to_use_is_warned_about_with_a_way_to_split_it():
    from argmap import api

    thread = Thread("t1", "dump.txt", "text", "Huge")
    messages = tuple(
        Message(f"t1/m{n}", "t1", "post" if n == 0 else "comment", "Ann", None, None, "Hi.")
        for n in range(20_001)
    )
    (warning,) = api.size_warnings(ArgumentMap((thread,), messages))
    assert warning.startswith("Huge: This map has 20,002 nodes (more than 20,000)")
    assert "To split it" in warning
    small = ArgumentMap((thread,), messages[:10])
    assert api.size_warnings(small) == []


def test_open_without_a_browser_says_so_and_still_succeeds(runner, tmp_path, monkeypatch):
    amap = ArgumentMap(
        (Thread("t1", "a.txt", "text", "Tabs"),),
        (Message("t1/m0", "t1", "post", "Ann", None, None, "Tabs are better."),),
    )
    path = Path(amap.dump(tmp_path / "tabs.json"))
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or False)
    out = tmp_path / "maps"
    result = runner.invoke(cli, ["map", str(path), "-o", str(out), "--open", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert opened == [(out / "tabs.html").resolve().as_uri()]
    assert "no web browser found" in result.stderr


def test_inspect_says_when_a_thread_is_conversation_only(runner, tmp_path):
    page = tmp_path / "katzen.txt"
    page.write_text(
        "Anna: Ich finde, dass Katzen die besseren Haustiere sind als Hunde.\n"
        "Bernd: Das sehe ich anders, Hunde sind treuer und lassen sich besser erziehen.\n"
    )
    result = runner.invoke(cli, ["inspect", str(page)])
    assert result.exit_code == 0
    (note,) = [line for line in result.output.splitlines() if "note:" in line]
    assert "German thread: conversation only" in note and "--model de=NAME" in note
