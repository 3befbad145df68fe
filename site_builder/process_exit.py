"""The end of a `mkdocs build` process, without the interpreter's teardown.

At its end a build's process still holds its content, models and views (at 10,000
pages ~400 MB in over 600,000 objects, kept alive by the memos of `last_call`), and
Python's exit frees them one object at a time: ~0.4 s of a 6 s rebuild, spent on a
process that is ending anyway. A successful build run from the command line instead
ends as Instagram's web servers do, with `os._exit`, once all that a normal exit does
that can be seen outside the process is done: the exit handlers have run (logging
flushed and closed, multiprocessing's helper processes told to stop and their
temporary folders removed, weakref finalizers) and the standard streams are flushed.
It is not taken while another thread is running (a normal exit would wait for it),
nor for the dev server, nor when MkDocs runs inside another Python program.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from pathlib import Path

from site_builder.reporting import log

ENDED = "Tiến trình kết thúc, bỏ qua bước dọn bộ nhớ (process ended without teardown)"


def end_after_build(command: str, built: bool) -> None:
    """At the very end (the plugin's last event): a `mkdocs build` from the command line that
    succeeded (built: through on_post_build with no build error after) ends here."""
    if command == "build" and built and sys.exc_info()[0] is None and launched_as_mkdocs():
        log.debug(ENDED)
        end_without_teardown(0)


def launched_as_mkdocs() -> bool:
    """True when this process is the `mkdocs` command (its script, or `python -m mkdocs`)."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name == "mkdocs.__main__":
        return True
    return Path(sys.argv[0]).name == "mkdocs" if sys.argv and sys.argv[0] else False


def only_thread_left() -> bool:
    """True when no other thread would hold up a normal exit (daemon threads do not)."""
    current = threading.current_thread()
    return all(thread is current or thread.daemon for thread in threading.enumerate())


def end_without_teardown(status: int = 0) -> None:
    """Run the exit handlers, flush the standard streams, end the process with status.
    Returns only when it may not be taken (another thread is running)."""
    if not only_thread_left():
        return
    atexit._run_exitfuncs()  # what sys.exit would run next; each handler runs once
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):  # closed, or replaced by an object without flush
            pass
    os._exit(status)
