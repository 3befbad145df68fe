"""Registries: the agencies that issue and lead, and the topics (lĩnh vực)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, HttpUrl

from site_builder.models.base import ContentModel, FullDate, Slug

AgencyLevel = Literal["trung-uong", "tinh", "huyen", "xa", "don-vi"]
LEVEL_LABELS = {
    "trung-uong": "Trung ương", "tinh": "Cấp tỉnh", "huyen": "Cấp huyện (trước 01/7/2025)",
    "xa": "Cấp xã", "don-vi": "Đơn vị",
}


class FormerName(ContentModel):
    name: str = Field(description="Tên cũ (former name)")
    until: FullDate = Field(description="Ngày thôi dùng tên này (last day... exclusive), ví dụ 2025-07-01")


class Agency(ContentModel):
    id: Slug = Field(description="Mã định danh, ví dụ 'so-noi-vu-khanh-hoa'")
    name: str = Field(description="Tên đầy đủ hiện nay")
    short_name: str | None = Field(None, description="Tên ngắn, ví dụ 'UBND tỉnh Khánh Hòa'")
    abbreviation: str | None = Field(None, description="Viết tắt trong số ký hiệu, ví dụ 'UBND', 'SNV'")
    level: AgencyLevel = Field(description="Cấp: trung-uong, tinh, huyen, xa, don-vi")
    province: str | None = Field(None, description="Tỉnh, ví dụ 'Khánh Hòa'")
    parent: Slug | None = Field(None, description="Cơ quan cấp trên (mã định danh)")
    website: HttpUrl | None = Field(None, description="Trang thông tin điện tử")
    former_names: list[FormerName] = Field(default_factory=list, description="Các tên cũ")
    ended: FullDate | None = Field(None, description="Ngày giải thể, sáp nhập hoặc hợp nhất")
    successor: Slug | None = Field(None, description="Cơ quan kế thừa (mã định danh)")
    end_note: str | None = Field(None, description="Ghi chú về việc giải thể, sáp nhập")

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    def name_on(self, day: dt.date) -> str:
        """The name the agency bore on a day: documents keep the issuer as printed."""
        for former in sorted(self.former_names, key=lambda f: f.until):
            if day < former.until:
                return former.name
        return self.name

    def is_active_on(self, day: dt.date) -> bool:
        return self.ended is None or day < self.ended


class Topic(ContentModel):
    id: Slug = Field(description="Mã định danh lĩnh vực, ví dụ 'chuyen-doi-so'")
    name: str = Field(description="Tên lĩnh vực")
    description: str | None = Field(None, description="Mô tả ngắn")
