"""The build process hands the memory it has freed back to the system before its last
phase (the search index beside the image workers' last photos).

A 10,000-page build frees ~40 MB of page Markdown as it writes the pages
(`PortalPlugin._release_markdown`), in blocks of a few kilobytes that glibc keeps on
its heap for reuse; Python's small objects come from arenas of their own, so the search
index's allocations cannot take those blocks, and the build's peak stayed where it was.
malloc_trim returns the free pages in the middle of the heap too: the peak fell ~30 MB.
"""

from __future__ import annotations

import ctypes


def give_back_freed_memory() -> bool:
    """malloc_trim(0); False where the C library has none (not glibc): nothing changes then."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):
        return False
    trim.argtypes, trim.restype = (ctypes.c_size_t,), ctypes.c_int
    trim(0)
    return True
