"""No orphans: a process started for briefkit (a worker, the fork server, a drawing child) ends with
its parent.

Kept apart from the worker pool (workers.py), whose imports (multiprocessing,
concurrent.futures, click) a drawing child started by exec does not need.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time


def die_with_parent(parent: int, forked_by_main_thread: bool = True, watch: bool = False) -> None:
    """Have this process end when its parent process dies (Linux).

    A build killed with SIGKILL cannot stop its workers; without this they
    would live on under init, 100 MB each, rendering for nobody.

    The kernel's ``PR_SET_PDEATHSIG`` fires when the *thread* that forked this
    process ends, not the process: a pool started from a thread that then
    ended (a preview's or a caller's build thread) lost its workers, and the
    build failed with a broken pool. So it is asked for only when the
    parent's main thread forked this process. Otherwise, with *watch*, a
    daemon thread looks at the parent's pid twice a second (a process whose
    parent dies is adopted by another); without it (the fork server, which
    must stay one thread to fork safely) the caller watches for itself.
    """
    if not sys.platform.startswith("linux"):  # pragma: no cover - elsewhere they end at their next task
        return
    if os.getppid() != parent:  # the parent died already
        os._exit(1)
    if not forked_by_main_thread:
        if watch:
            threading.Thread(
                target=_watch_parent, args=(parent,), name="briefkit-parent", daemon=True
            ).start()
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1
    if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) != 0:  # pragma: no cover
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _watch_parent(parent: int) -> None:  # pragma: no cover - runs in a worker
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
