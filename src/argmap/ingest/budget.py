"""A time budget per input, so no file can hang a run.

On the main thread of a POSIX process the budget is a real-time interval timer
(``signal.setitimer``): when it fires, the running code is interrupted wherever it is (in
Python code at once; inside one long C call such as lxml's parser, as soon as that call
returns). Elsewhere (Windows, worker threads) the work runs in a daemon thread that is
abandoned when the budget is spent; the caller gets its answer on time, though the thread
may run on in the background until the process ends.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from argmap.errors import InputError, Problem

__all__ = ["run_within_budget"]

T = TypeVar("T")


class _OverBudget(BaseException):
    """Raised by the timer; a ``BaseException`` so an adapter's ``except Exception`` cannot
    swallow it."""


def run_within_budget(work: Callable[[], T], seconds: float | None, path: str | Path) -> T:
    """``work()``, or :class:`InputError` naming ``path`` if it runs longer than ``seconds``.

    ``None`` or a non-positive budget means no limit.
    """
    if not seconds or seconds <= 0:
        return work()
    if _timer_usable():
        return _run_with_timer(work, seconds, path)
    return _run_in_thread(work, seconds, path)


def _over_budget(path: str | Path, seconds: float) -> InputError:
    return InputError(path, Problem.TOO_SLOW.format(seconds=seconds))


def _timer_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _run_with_timer(work: Callable[[], T], seconds: float, path: str | Path) -> T:
    armed = True

    def on_alarm(signum: int, frame: object) -> None:
        if armed:
            raise _OverBudget

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return work()
    except _OverBudget:
        raise _over_budget(path, seconds) from None
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0:  # give back a timer someone else had set, less our time
            remaining = max(previous_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, previous_interval)


def _run_in_thread(work: Callable[[], T], seconds: float, path: str | Path) -> T:
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=target, name=f"argmap-read {path}", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise _over_budget(path, seconds)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
