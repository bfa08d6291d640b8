"""--timeout in a thread other than the main one (a Dask worker's task): limits.time_limit."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from generator.errors import BuildError
from generator.pipeline.limits import run_within, time_limit


def _in_a_thread(work) -> BaseException | None:
    """Run *work* in a new thread; the exception it ended with, if any."""
    outcome: list[BaseException | None] = [None]

    def run():
        try:
            work()
        except BaseException as exc:  # reported to the test
            outcome[0] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the limit did not stop the work"
    return outcome[0]


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_python_work_in_a_thread_is_stopped_with_the_document_named():
    def work():
        with time_limit(0.3, "Rendering 'fact-sheet' as PDF"):
            _busy(60)

    error = _in_a_thread(work)
    assert isinstance(error, BuildError)
    assert "Rendering 'fact-sheet' as PDF took longer than 0.3 s" in str(error)


def test_a_stop_swallowed_by_a_library_still_ends_the_block_with_the_error():
    def work():
        # The library swallows the stop, as WeasyPrint does around SVG drawing.
        with time_limit(0.2, "Templating 'timeline'"), contextlib.suppress(BaseException):
            _busy(60)

    assert isinstance(_in_a_thread(work), BuildError)


@pytest.mark.parametrize("margin", [0.0, 0.01, 0.05])
def test_a_block_that_ends_in_time_leaves_nothing_behind_for_the_thread(margin):
    """A thread of a Dask worker runs the next task after this one: a stop requested as
    the block ended must not be delivered to it."""

    phase = ["blocks"]

    def work():
        for _ in range(20):
            run_within(0.05, "Templating", lambda: _busy(0.05 - margin))
        phase[0] = "next task"
        _busy(0.3)

    error = _in_a_thread(work)
    assert error is None or isinstance(error, BuildError), error
    if isinstance(error, BuildError):
        assert "took longer than 0.05 s" in str(error)
        assert phase[0] == "blocks"  # raised by the block, never later


@pytest.mark.parametrize("where", ["main thread", "other thread"])
def test_a_stopped_block_s_error_crosses_back_from_a_worker_with_tblib_loaded(where):
    """A worker pickles its error to the build; with tblib loaded (Dask loads it) an error's
    context is pickled too, and a block's own stop class cannot be: the pool broke and the
    build said the worker ran out of memory."""
    import pickle

    pytest.importorskip("tblib.pickling_support").install()

    def stopped() -> BaseException | None:
        try:
            run_within(0.2, "Rendering 'fact-sheet' as PDF", lambda: _busy(30))
        except BuildError as error:
            return error
        return None

    error = stopped() if where == "main thread" else _in_a_thread(lambda: _raise(stopped()))
    assert isinstance(error, BuildError)
    assert error.__context__ is None
    assert "took longer than 0.2 s" in str(pickle.loads(pickle.dumps(error)))


def _raise(error: BaseException | None) -> None:
    if error is not None:
        raise error
