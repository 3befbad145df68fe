"""The radio programme "Cải cách hành chính hôm nay - PAR TODAY" and its episodes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar, Literal

from pydantic import Field, HttpUrl, field_validator
from pydantic_core import PydanticCustomError

from site_builder.models.base import ContentModel, EntryModel, FullDate, Guid, Slug
from site_builder.models.document import Reference

Weekday = Literal["thu-hai", "thu-ba", "thu-tu", "thu-nam", "thu-sau", "thu-bay", "chu-nhat"]
WEEKDAYS: tuple[str, ...] = ("thu-hai", "thu-ba", "thu-tu", "thu-nam", "thu-sau", "thu-bay", "chu-nhat")
WEEKDAY_LABELS = {"thu-hai": "thứ Hai", "thu-ba": "thứ Ba", "thu-tu": "thứ Tư", "thu-nam": "thứ Năm",
                  "thu-sau": "thứ Sáu", "thu-bay": "thứ Bảy", "chu-nhat": "Chủ nhật"}
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_FREQUENCY = re.compile(r"^\d{2,3}(\.\d)? (FM|AM)$")


class Slot(ContentModel):
    """A weekly broadcast slot: weekday and local start time."""

    weekday: Weekday = Field(description="thu-hai ... chu-nhat")
    time: str = Field(description="Giờ bắt đầu, dạng 18:00")

    @field_validator("time", mode="before")
    @classmethod
    def _time(cls, value: Any) -> str:
        if not isinstance(value, str) or not _TIME.match(value):
            raise PydanticCustomError(
                "vn_time", "giờ phải có dạng 18:00 hoặc 06:30 (24 giờ) (time must look like 18:00); "
                "nhận được: {value}", {"value": repr(value)})
        return value

    @property
    def weekday_index(self) -> int:
        return WEEKDAYS.index(self.weekday)

    @property
    def clock_time(self) -> dt.time:
        hours, minutes = self.time.split(":")
        return dt.time(int(hours), int(minutes))

    @property
    def label(self) -> str:
        return f"{self.time} {WEEKDAY_LABELS[self.weekday]}"


class SkippedDate(ContentModel):
    date: FullDate = Field(description="Ngày phát sóng lần đầu bị nghỉ, ví dụ 2025-01-29")
    reason: str = Field(description="Lý do, ví dụ 'Tết Ất Tỵ'")


class Programme(ContentModel):
    name: str = Field(description="Tên chương trình")
    short_name: str = Field(description="Tên ngắn, ví dụ 'PAR TODAY'")
    description: str = Field(description="Giới thiệu chương trình")
    station: Slug = Field(description="Đài phát (mã cơ quan)")
    frequency: str = Field(description="Tần số, ví dụ '106.5 FM'")
    timezone: Literal["Asia/Ho_Chi_Minh"] = Field("Asia/Ho_Chi_Minh", description="Múi giờ")
    start_date: FullDate = Field(description="Ngày phát số đầu tiên")
    duration_minutes: int = Field(description="Thời lượng mỗi số (phút)")
    cadence: Literal["hang-tuan"] = Field("hang-tuan", description="Chu kỳ phát sóng")
    editions_per_year: int | None = Field(None, ge=1, description="Số kỳ mỗi năm theo kế hoạch")
    premiere: Slot = Field(description="Giờ phát sóng lần đầu")
    rerun: Slot | None = Field(None, description="Giờ phát lại")
    skipped_dates: list[SkippedDate] = Field(default_factory=list, description="Các ngày nghỉ phát sóng")
    artwork: str | None = Field(None, description="Ảnh vuông 1400-3000 px (tệp trong content/)")
    owner_email: str | None = Field(None, description="Thư điện tử liên hệ cho podcast")

    @field_validator("frequency")
    @classmethod
    def _frequency(cls, value: str) -> str:
        if not _FREQUENCY.match(value):
            raise PydanticCustomError("vn_frequency", "tần số phải có dạng '106.5 FM' (frequency like 106.5 FM)")
        return value

    @field_validator("duration_minutes", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 24 * 60:
            raise PydanticCustomError(
                "vn_duration", "thời lượng phải là số phút từ 1 đến 1440, ví dụ 15 (duration in minutes); "
                "nhận được: {value}", {"value": repr(value)})
        return value

    @property
    def frequency_mhz(self) -> str:
        """"106.5 FM" -> "FM 106.5 MHz", as listeners say it."""
        number, band = self.frequency.split(" ")
        return f"{band} {number} MHz"


class Guest(ContentModel):
    name: str | None = Field(None, description="Họ tên khách mời")
    title: str = Field(description="Chức vụ, ví dụ 'Phó Giám đốc'")
    agency: Slug | None = Field(None, description="Cơ quan (mã trong danh mục)")


class Audio(ContentModel):
    """A local file (its length, size and type are read from it) or a URL with them given."""

    file: str | None = Field(None, description="Tệp âm thanh trong content/, ví dụ files/phat-thanh/so-01.mp3")
    url: HttpUrl | None = Field(None, description="Hoặc địa chỉ tệp trên mạng")
    duration_seconds: int | None = Field(None, ge=1, description="Chỉ khi dùng url: thời lượng (giây)")
    size_bytes: int | None = Field(None, ge=1, description="Chỉ khi dùng url: dung lượng (byte)")
    mime_type: str | None = Field(None, description="Chỉ khi dùng url: ví dụ audio/mpeg")


class Episode(EntryModel):
    kind: ClassVar[str] = "episode"
    kind_label: ClassVar[str] = "Chương trình phát thanh"

    guid: Guid = Field(description="Mã cố định của mục, dùng cho RSS; không đổi khi sửa tiêu đề hay đổi tên tệp")
    number: int = Field(ge=1, description="Số thứ tự trong năm của số phát sóng")
    air_date: FullDate = Field(description="Ngày phát sóng lần đầu, ví dụ 2024-01-03")
    topic: str = Field(description="Chủ đề")
    summary: str = Field(description="Tóm tắt nội dung")
    guests: list[Guest] = Field(default_factory=list, description="Khách mời")
    related_procedures: list[str] = Field(default_factory=list, description="Mã thủ tục liên quan")
    related_documents: list[Reference] = Field(default_factory=list, description="Văn bản liên quan")
    topics: list[Slug] = Field(default_factory=list, description="Lĩnh vực")
    audio: Audio | None = Field(None, description="Tệp âm thanh để nghe lại")

    @property
    def page_title(self) -> str:
        return f"Số {self.number:02d}/{self.air_date.year}: {self.topic}"
