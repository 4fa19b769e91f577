"""The README is the first thing a user reads: its commands and examples must be real."""

import re

from argmap.cli import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"argmap {name} " in README, f"`argmap {name}` is missing from README.md"


def test_the_python_example_runs(tmp_path, monkeypatch):
    (block,) = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    monkeypatch.chdir(REPO)
    block = block.replace('"debate.json"', repr(str(tmp_path / "debate.json")))
    exec(compile(block, "README.md", "exec"), {})


def test_the_setup_block_holds_the_two_commands_ci_runs():
    (setup,) = re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)[:1]
    commands = setup.strip().splitlines()
    assert len(commands) == 2
    assert "argmap map corpora/" in commands[0]
    assert "pytest" in commands[1] and ".[test]" in commands[1]
