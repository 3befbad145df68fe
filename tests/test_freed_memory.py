import os

from site_builder.freed_memory import give_back_freed_memory

PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def test_memory_freed_in_the_middle_of_the_heap_goes_back_to_the_system():
    """As a build's page Markdown: blocks of a few KB (from the C heap, not Python's small
    object arenas) freed between blocks still held, so none is at the heap's top."""
    blocks, held = [], []
    for n in range(6000):
        blocks.append(bytes(12_000) + str(n).encode())  # ~72 MB
        held.append(bytes(600) + str(n).encode())  # over Python's small-object size: from the heap too
    before = resident_bytes()
    del blocks
    freed_only = resident_bytes()
    assert give_back_freed_memory()
    given_back = resident_bytes()
    assert before - freed_only < 8 * 2**20  # glibc keeps what is freed below the top
    assert freed_only - given_back > 32 * 2**20  # the whole pages inside each freed block
    assert len(held) == 6000
