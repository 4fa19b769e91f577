"""Run the fuzz checks of ``tests/fuzz`` for as long as asked, with fresh random seeds and
no example cap, then print a table and append it to ``BENCHMARKS.md``.

Usage (from the repository root)::

    nice -n 10 python bench/fuzz.py --minutes 10

The CI suite runs the same checks with a few dozen examples each; this script is the long
run that looks for the rare input they miss. Each round runs one check for up to
``--round-examples`` examples under a new seed; rounds rotate over the checks until time is
up. A failure is shrunk by hypothesis and recorded with the error it raised.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from argmap.files import atomic_write_text  # noqa: E402
from tests.fuzz import properties, strategies  # noqa: E402

SHARED_PAGES = REPO.parent / "shared" / "pages"


@dataclass
class Tally:
    """What one check did over the whole run."""

    examples: int = 0
    rounds: int = 0
    failures: list[str] = field(default_factory=list)


def _damaged_pages() -> st.SearchStrategy[tuple[str, bytes]] | None:
    """Real saved pages cut short, with a slice removed or repeated (when ../shared exists)."""
    pages = sorted(p for p in SHARED_PAGES.rglob("*") if p.is_file() and p.suffix)
    if not pages:
        return None

    @st.composite
    def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
        page = draw(st.sampled_from(pages))
        data = page.read_bytes()
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, len(data)))
        cut = draw(st.sampled_from([data[:start], data[:start] + data[end:]]))
        return page.suffix, cut

    return damaged()


def checks() -> dict[str, tuple[st.SearchStrategy, Callable[[object], None]]]:
    """Name -> (strategy, check), the same pairs as tests/fuzz/test_fuzz.py."""
    read = properties.check_read_bytes
    table: dict[str, tuple[st.SearchStrategy, Callable]] = {
        "any input via read_file": (strategies.any_input, lambda case: read(*case)),
        "broken pages": (
            strategies.html_documents,
            lambda page: read(".html", page.encode("utf-8", "surrogatepass")),
        ),
        "broken exports": (
            strategies.json_exports,
            lambda text: read(".json", text.encode("utf-8", "surrogatepass")),
        ),
        "encodings": (
            strategies.encoded_markup,
            lambda data: (properties.check_decode(data), read(".html", data)),
        ),
        "junk bytes": (strategies.binary_junk, properties.check_decode),
        "raw threads": (strategies.raw_threads, properties.check_build_thread),
        "dates": (strategies.date_strings, properties.check_parse_date),
        "slugs": (strategies.texts, properties.check_slug),
    }
    pages = _damaged_pages()
    if pages is not None:
        table["damaged real pages"] = (pages, lambda case: read(*case))
    return table


def run_round(
    strategy: st.SearchStrategy, check: Callable, examples: int, tally: Tally, round_seed: int
) -> None:
    """One hypothesis run of ``check`` under ``round_seed``; a failure is recorded."""

    def counted(value: object) -> None:
        tally.examples += 1
        check(value)

    test = seed(round_seed)(
        settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
            print_blob=False,
        )(given(strategy)(counted))
    )
    tally.rounds += 1
    try:
        test()
    except Exception as exc:
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        tally.failures.append(f"seed {round_seed}: {type(exc).__name__}: {first_line[:160]}")


def fuzz(minutes: float, round_examples: int) -> dict[str, Tally]:
    """Rotate over the checks until ``minutes`` have passed."""
    table = checks()
    tallies = {name: Tally() for name in table}
    stop = time.monotonic() + minutes * 60
    rng = random.Random()
    while time.monotonic() < stop:
        for name, (strategy, check) in table.items():
            if time.monotonic() >= stop:
                break
            run_round(strategy, check, round_examples, tallies[name], rng.getrandbits(32))
    return tallies


def report(tallies: dict[str, Tally], command: str, seconds: float) -> str:
    """A Markdown section: heading, command, date, machine, table, failures."""
    lines = [
        "## Fuzz run (bench/fuzz.py)",
        "",
        f"- command: `{command}`",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; ran {seconds / 60:.1f} minutes",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()}",
        "",
        "| check | rounds | examples | failures |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, tally in tallies.items():
        lines.append(f"| {name} | {tally.rounds} | {tally.examples} | {len(tally.failures)} |")
    failures = [f"- {name}: {f}" for name, t in tallies.items() for f in t.failures]
    lines += ["", *(failures or ["No failures."]), ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to run")
    parser.add_argument("--round-examples", type=int, default=100, help="examples per round")
    parser.add_argument("--no-record", action="store_true", help="do not append BENCHMARKS.md")
    options = parser.parse_args()
    started = time.monotonic()
    tallies = fuzz(options.minutes, options.round_examples)
    command = "python bench/fuzz.py " + " ".join(sys.argv[1:])
    section = report(tallies, command.strip(), time.monotonic() - started)
    print(section)
    if not options.no_record:
        benchmarks = REPO / "BENCHMARKS.md"
        existing = "# Benchmarks\n"
        if benchmarks.exists():
            existing = benchmarks.read_text(encoding="utf-8")
        atomic_write_text(benchmarks, existing.rstrip("\n") + "\n\n" + section)
    sys.exit(1 if any(t.failures for t in tallies.values()) else 0)


if __name__ == "__main__":
    main()
