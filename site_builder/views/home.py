"""The home page: the latest documents and the ways in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from site_builder.content.store import ContentStore
from site_builder.radio.schedule import upcoming
from site_builder.views.links import EntryLink, entry_link
from site_builder.views.procedures import ProcedureLink, procedure_link
from site_builder.views.radio import BroadcastView, broadcast_view


@dataclass(frozen=True)
class SectionLink:
    label: str
    url: str
    count: int
    description: str


@dataclass(frozen=True)
class HomeView:
    latest: tuple[EntryLink, ...]
    sections: tuple[SectionLink, ...]
    procedures: tuple[ProcedureLink, ...]  # the most-used procedures, marked featured by editors
    next_broadcast: BroadcastView | None = None
    programme_name: str | None = None


def home_view(store: ContentStore, now: dt.datetime, latest_count: int = 10) -> HomeView:
    docs = store.documents
    plans = [e for e in docs if e.model.kind == "plan"]
    reports = [e for e in docs if e.model.kind == "report"]
    next_broadcast = None
    if store.programme is not None:
        planned = {e.model.air_date: e for e in store.episodes}
        coming = upcoming(store.programme, now, count=1)
        next_broadcast = broadcast_view(coming[0], planned) if coming else None
    return HomeView(
        next_broadcast=next_broadcast,
        programme_name=store.programme.name if store.programme else None,
        latest=tuple(entry_link(e, store) for e in docs[:latest_count]),
        procedures=tuple(procedure_link(e, store) for e in store.procedures
                         if e.model.featured and e.model.lifecycle.is_current),
        sections=(
            SectionLink("Thủ tục hành chính", "thu-tuc/", len(store.procedures),
                        "Hồ sơ, thời hạn, phí và nơi nộp; nộp trực tuyến"),
            SectionLink("Kế hoạch", "ke-hoach/", len(plans), "Kế hoạch cải cách hành chính và tuyên truyền"),
            SectionLink("Báo cáo", "bao-cao/", len(reports), "Báo cáo kết quả của các cơ quan, đơn vị"),
            SectionLink("Tất cả văn bản", "van-ban/", len(docs), "Tra cứu theo loại, năm, cơ quan"),
            SectionLink("Cơ quan", "co-quan/", len(store.agencies), "Danh mục cơ quan, đơn vị"),
        ),
    )
