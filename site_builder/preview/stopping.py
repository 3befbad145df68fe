"""The dev server stopped by a signal tidies up as it does on Ctrl+C.

`mkdocs serve` builds into a temporary folder (a whole copy of the portal: ~1 GB at
10,000 pages) and removes it, and runs the plugins' on_shutdown, only when it ends by
KeyboardInterrupt. SIGTERM (a process manager, `kill`, an editor's task runner) or
SIGHUP (the terminal closed) ended Python at once and left the folder behind in the
temporary directory, one more at every stop, and the background search indexer (in its
own session, so no terminal signal reaches it) running on."""

from __future__ import annotations

import os
import signal
import threading

STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def stop_as_on_ctrl_c() -> None:
    """From the server's main thread (signal handlers can only be set there)."""
    if threading.current_thread() is not threading.main_thread():
        return
    owner = os.getpid()

    def interrupt(number: int, frame) -> None:
        if os.getpid() != owner:  # a forked copy: end as the signal would have ended it
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        raise KeyboardInterrupt

    for number in STOPPING_SIGNALS:
        signal.signal(number, interrupt)
