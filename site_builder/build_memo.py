"""Values a build works out and the next build finds again, kept in a file between them.

What one build asked for is what the next finds: a value not asked for in a build is
not kept (the file never grows), and a file of another version, or a damaged one, is
as no file. Used for what each source file is (`source_facts.py`) and the image
cache's keys (`images/cache.py`)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Callable, Hashable, TypeVar

T = TypeVar("T")


class BuildMemo:
    def __init__(self) -> None:
        self.asked: dict[Hashable, object] = {}  # asked for since load(): what save() keeps
        self.last: dict[Hashable, object] = {}  # from the last build, not yet asked for
        self.made = 0  # values made since load(), not found

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value kept under key, else make()'s (an error is not kept)."""
        value = self.asked.get(key)
        if value is None:
            value = self.last.pop(key, None)
            if value is None:
                value = make()
                self.made += 1
            self.asked[key] = value
        return value

    def take_made(self) -> dict[Hashable, object]:
        """The values made since the last take (a worker process's, to hand to the build: `add_made`)."""
        made, self.asked = self.asked, {}
        return made

    def add_made(self, values: dict[Hashable, object]) -> None:
        """Values made in another process, kept as if made here (`take_made`)."""
        for key, value in values.items():
            if key not in self.asked:
                self.last.pop(key, None)
                self.asked[key] = value
                self.made += 1

    def load(self, file: Path, version: str) -> None:
        """At a build's start: what the last build kept, when it kept it at this version."""
        kept = self.asked  # the dev server's next build: this process's last build's values
        self.asked, self.made = {}, 0
        try:
            with open(file, "rb") as opened:
                stored = pickle.load(opened)
            if stored.get("version") == version:
                kept.update(stored["values"])
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
            pass
        self.last = kept

    def save(self, file: Path, version: str) -> None:
        """This build's values for the next: written whole, then moved in place; not at all
        when they are the last build's (every one found there, and every one there asked for)."""
        if not self.made and not self.last:
            return
        temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as opened:
                pickle.dump({"version": version, "values": self.asked}, opened, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, file)
        except OSError:
            temporary.unlink(missing_ok=True)  # a read-only cache: worked out again next time
