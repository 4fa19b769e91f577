"""The command line on hostile inputs: one line per bad input, never a traceback, exit 1,
and the good inputs still mapped; and it never overwrites an input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap import api
from argmap.cli import cli
from argmap.errors import InputError
from argmap.ingest import INPUT_SUFFIXES, read_file
from argmap.render import render_html
from tests.conftest import CORPORA, REPO

NASTY = Path(__file__).parent / "fixtures" / "nasty"
GOOD = CORPORA / "social-business-strategist.txt"
_MAIN = "from argmap.cli import main; main()"


def _rejected(folder: Path) -> list[str]:
    """The fixtures a folder walk picks up that :func:`read_file` refuses."""
    refused = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in INPUT_SUFFIXES:
            continue
        try:
            read_file(path)
        except InputError:
            refused.append(str(path))
    return refused


def _check_stderr(stderr: str, rejected: list[str]) -> None:
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("argmap: error: ")]
    assert sorted(line.split(": ")[2] for line in errors) == sorted(rejected)
    others = [line for line in stderr.splitlines() if line not in errors]
    allowed = ("argmap: wrote ", "argmap: open ")
    assert all(line.startswith(allowed) for line in others), others


def test_the_nasty_folder_maps_what_it_can_and_names_the_rest(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["map", str(NASTY), str(GOOD), "-o", str(out)])
    assert result.exit_code == 1, result.output
    _check_stderr(result.stderr, _rejected(NASTY))
    assert (out / "social-business-strategist.json").exists()
    assert (out / "index.html").exists()
    for written in out.glob("*.json"):
        assert json.loads(written.read_text(encoding="utf-8"))["schema"] == "argmap/2"


def test_the_nasty_folder_as_a_subprocess(tmp_path):
    out = tmp_path / "out"
    completed = subprocess.run(
        [sys.executable, "-c", _MAIN, "map", str(NASTY), str(GOOD), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        timeout=300,
    )
    assert completed.returncode == 1, completed.stderr
    _check_stderr(completed.stderr, _rejected(NASTY))
    assert (out / "social-business-strategist.html").exists()


def test_an_input_over_the_size_budget_is_one_line(tmp_path):
    result = CliRunner().invoke(
        cli, ["map", str(GOOD), "--max-bytes", "100", "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("over the 100-byte budget (--max-bytes)")


def test_mapping_into_the_inputs_own_folder_never_overwrites_it(tmp_path):
    """The text thread's title slugs to the input's own name: ``argmap map x.json -o .``."""
    saved = tmp_path / "is-remote-work-here-to-stay.json"
    original = (NASTY / "emoji-rtl.txt").read_bytes()
    saved.write_bytes(original)
    result = CliRunner().invoke(cli, ["map", str(saved), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert saved.read_bytes() == original
    assert (tmp_path / "is-remote-work-here-to-stay-2.json").exists()


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, ["map", str(GOOD), "-o", str(blocker / "out")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"argmap: error: {blocker / 'out'}")
    assert "output folder is not writable" in line


def test_a_title_naming_other_folders_writes_only_inside_the_output_folder(tmp_path):
    saved = tmp_path / "inputs" / "thread.txt"
    saved.parent.mkdir()
    saved.write_text("../../../../tmp/escaped\nCats are better than dogs.\nI disagree.\nAnn\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["map", str(saved), "-o", str(out)])
    assert result.exit_code == 0, result.output
    everything = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert everything == [
        "inputs",
        "inputs/thread.txt",
        "out",
        "out/index.html",
        "out/tmp-escaped.html",
        "out/tmp-escaped.json",
    ]


def test_a_run_that_fails_midway_leaves_an_index_whose_maps_all_exist(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["map", str(GOOD), "-o", str(out)])
    assert first.exit_code == 0
    index_before = (out / "index.html").read_text()

    calls = []

    def render_then_interrupt(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:  # Ctrl-C after the first map of the second run is written
            raise KeyboardInterrupt
        return render_html(*args, **kwargs)

    monkeypatch.setattr("argmap.render.render_html", render_then_interrupt)
    amap = api.map_files([CORPORA])
    with pytest.raises(KeyboardInterrupt):
        api.write_maps(amap, out)
    assert (out / "index.html").read_text() == index_before
    for link in re.findall(r'href="([^"]+)"', index_before):
        assert (out / link).stat().st_size > 0
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
