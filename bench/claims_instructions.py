"""Count the machine instructions claim extraction takes, a figure no other load moves.

    PYTHONPATH=src python bench/claims_instructions.py

``claims_speed.py`` times extraction against the parse, but on a shared machine the two
timings drift by as much as the share itself. This counts instructions instead, with
valgrind's callgrind (``apt install valgrind``): the claim-speed messages are parsed once
and saved, then two child processes run under callgrind, one loading the parsed messages
and one loading them and extracting the claims; the difference is extraction's count,
detector loading included. It takes a few minutes and prints one line; nothing is recorded.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_speed import _messages

from argmap.nlp import load_pipeline, parse_texts

#: The child: load the parsed messages, then extract their claims if asked to.
CHILD = """
import sys
sys.path.insert(0, {bench!r})
from spacy.tokens import DocBin
from claims_speed import _messages
from argmap.claims import extract_claims
from argmap.nlp import load_pipeline
messages = _messages()
docs = list(DocBin().from_disk({docs!r}).get_docs(load_pipeline().vocab))
if sys.argv[1] == "extract":
    extract_claims(messages, docs)
"""


def main() -> None:
    if shutil.which("valgrind") is None:
        sys.exit("claims_instructions: valgrind is not installed (apt install valgrind)")
    from spacy.tokens import DocBin

    messages = _messages()
    with tempfile.TemporaryDirectory() as folder:
        docs = DocBin(docs=parse_texts([m.text for m in messages], load_pipeline()))
        docs.to_disk(Path(folder) / "docs.spacy")
        script = Path(folder) / "child.py"
        bench = str(Path(__file__).resolve().parent)
        script.write_text(CHILD.format(bench=bench, docs=str(Path(folder) / "docs.spacy")))
        runs = {mode: _callgrind(script, mode, Path(folder)) for mode in ("load", "extract")}
        for run in runs.values():
            run.wait()
        counts = {mode: _total(Path(folder) / f"{mode}.out") for mode in runs}
    extraction = counts["extract"] - counts["load"]
    print(
        f"{len(messages)} messages: extraction {extraction / 1e9:.2f} billion instructions "
        f"(the rest of the run {counts['load'] / 1e9:.2f} billion)"
    )


def _callgrind(script: Path, mode: str, folder: Path) -> subprocess.Popen:
    """Start the child in ``mode`` under callgrind, writing its counts to the folder."""
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder / mode}.out"]
    return subprocess.Popen(
        [*command, sys.executable, str(script), mode],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ,
    )


def _total(path: Path) -> int:
    """The instruction total callgrind wrote."""
    found = re.search(r"^totals: (\d+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    if found is None:
        sys.exit(f"claims_instructions: no total in {path}")
    return int(found.group(1))


if __name__ == "__main__":
    main()
