"""The build's clock, injected: the schedule and scheduled items read it here only.

PORTAL_NOW (ISO 8601, e.g. 2026-11-22T09:00:00+07:00) fixes it, so a build and
its tests are reproducible; otherwise it is the machine's time in Vietnam.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass(frozen=True)
class Clock:
    now: dt.datetime  # aware, in Asia/Ho_Chi_Minh

    @classmethod
    def from_environment(cls, environ=os.environ) -> "Clock":
        fixed = environ.get("PORTAL_NOW")
        if fixed:
            value = dt.datetime.fromisoformat(fixed)
            if value.tzinfo is None:
                value = value.replace(tzinfo=VIETNAM)
            return cls(value.astimezone(VIETNAM))
        return cls(dt.datetime.now(VIETNAM))
