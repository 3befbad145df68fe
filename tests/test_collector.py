"""The collector's thresholds are raised for a build and put back after it."""

from __future__ import annotations

import gc

from site_builder.collector import BUILD_THRESHOLDS, BuildCollector, collection_paused


def test_thresholds_are_raised_for_the_build_and_restored_after():
    before = gc.get_threshold()
    collector = BuildCollector()
    collector.start()
    collector.start()  # the dev server starts a build again before the last one stopped
    assert gc.get_threshold() == BUILD_THRESHOLDS
    collector.stop()
    assert gc.get_threshold() == before
    collector.stop()
    assert gc.get_threshold() == before


def test_frozen_objects_leave_the_collectors_sight_until_the_next_build():
    collector = BuildCollector()
    collector.start()
    with collection_paused():
        kept = [[i] for i in range(1000)]
    assert gc.get_freeze_count() >= len(kept)
    collector.start()
    assert gc.get_freeze_count() == 0
    collector.stop()


def test_collection_is_paused_in_the_block_and_left_as_it_was():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # off before: still off
    finally:
        gc.enable()


def test_what_a_paused_block_made_is_frozen_so_no_collection_walks_it_after():
    gc.unfreeze()
    try:
        with collection_paused():
            made = [[i] for i in range(5000)]  # containers: what a collection walks
        assert gc.get_freeze_count() >= len(made)
        assert all(gc.is_tracked(item) for item in made[:3])
    finally:
        gc.unfreeze()
