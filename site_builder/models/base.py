"""Shared pieces of the content models: strict base, partial dates, slugs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
)
from pydantic_core import PydanticCustomError, core_schema

from site_builder.vietnamese.dates import long_date, short_date


class ContentModel(BaseModel):
    """Unknown keys are reported (as warnings) rather than silently kept."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)

    def __repr__(self) -> str:
        # Every field's value by name, which is what the page cache's fingerprint needs of
        # a model (`output/page_cache.py`); pydantic's own repr walks the fields in Python
        # and took ~40 % more of a rebuild's look-ups at 10,000 pages.
        return f"{type(self).__name__}({self.__dict__!r})"


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date that a draft may leave partly blank: 2023-11 for "ngày … tháng 11 năm 2023"."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def is_complete(self) -> bool:
        return self.day is not None

    @property
    def as_date(self) -> dt.date:
        """The date, or the first day of the period a partial date names (for sorting)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def long(self) -> str:
        return long_date(self.year, self.month, self.day)

    @property
    def short(self) -> str:
        if self.is_complete:
            return short_date(self.as_date)
        return f"{self.month:02d}/{self.year}" if self.month else str(self.year)

    @property
    def iso(self) -> str:
        return self.as_date.isoformat() if self.is_complete else str(self)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)

    @classmethod
    def parse(cls, value: Any) -> "PartialDate":
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        match = _PARTIAL.match(value.strip()) if isinstance(value, str) else None
        if not match:
            raise PydanticCustomError(
                "vn_date_format",
                "ngày phải có dạng 2024-01-29 (hoặc 2023-11 khi chưa có ngày) "
                "(date must look like 2024-01-29); nhận được: {value}",
                {"value": repr(value)},
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            raise PydanticCustomError(
                "vn_date_impossible",
                "ngày {value} không có thật trong lịch (impossible date)",
                {"value": value.strip()},
            ) from None
        return cls(year, month, day)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        return core_schema.no_info_plain_validator_function(cls.parse)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler):
        return {"type": "string", "pattern": _PARTIAL.pattern, "examples": ["2024-01-29"]}


def _full_date(value: Any) -> dt.date:
    parsed = PartialDate.parse(value)
    if not parsed.is_complete:
        raise PydanticCustomError(
            "vn_date_incomplete", "cần ngày đầy đủ, ví dụ 2024-01-29 (full date required)"
        )
    return parsed.as_date


FullDate = Annotated[dt.date, BeforeValidator(_full_date)]


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _slug(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise PydanticCustomError(
            "vn_slug",
            "mã định danh chỉ gồm chữ thường không dấu, số và dấu '-', ví dụ 'so-noi-vu' "
            "(id must be a lowercase slug); nhận được: {value}",
            {"value": repr(value)},
        )
    return value


class _SlugType(str):
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        return core_schema.no_info_plain_validator_function(_slug)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler):
        return {"type": "string", "pattern": _SLUG.pattern}


Slug = _SlugType


def _quantity(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PydanticCustomError(
            "vn_number", "phải là một số, ví dụ 30 hoặc 12.5 (must be a number); nhận được: {value}",
            {"value": repr(value)},
        )
    if value < 0:
        raise PydanticCustomError("vn_negative", "không được là số âm (must not be negative)")
    return value


class _QuantityType:
    """A count or measure: a whole or decimal number, never negative."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        return core_schema.no_info_plain_validator_function(_quantity)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler):
        return {"type": "number", "minimum": 0}


Quantity = _QuantityType


VIETNAM_OFFSET = dt.timezone(dt.timedelta(hours=7))


def _datetime(value: Any) -> dt.datetime:
    """"2024-02-01T08:30:00+07:00" or "2024-02-01 08:30" (read as Vietnam time, UTC+7)."""
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=VIETNAM_OFFSET)
    raise PydanticCustomError(
        "vn_datetime",
        "ngày giờ phải có dạng 2024-02-01 08:30 hoặc 2024-02-01T08:30:00+07:00 "
        "(date-time like 2024-02-01 08:30); nhận được: {value}",
        {"value": repr(value)},
    )


DateTime = Annotated[dt.datetime, BeforeValidator(_datetime)]


_GUID = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]{1,200}$")


def _guid(value: Any) -> str:
    if not isinstance(value, str) or not _GUID.match(value):
        raise PydanticCustomError(
            "vn_guid",
            "guid phải là một mã cố định không có khoảng trắng, ví dụ urn:uuid:6f1c3b0e-1a52-4c3e-9a53-7d7cc0b3c5a1 "
            "(guid must be a URI without spaces); nhận được: {value}",
            {"value": repr(value)},
        )
    return value


Guid = Annotated[str, BeforeValidator(_guid)]



class EntryModel(ContentModel):
    """What every published entry has: draft, scheduled publication and expiry."""

    draft: bool = Field(False, description="Bản nháp: chỉ hiện khi xem trước (mkdocs serve), không đăng")
    publish_at: DateTime | None = Field(
        None, description="Hẹn giờ đăng, ví dụ 2024-05-01 08:00; mặc định là ngày của mục (nếu có)")
    expires: DateTime | None = Field(None, description="Gỡ xuống từ lúc này, ví dụ 2024-12-31 17:00")

    def scheduled_for(self) -> dt.datetime | None:
        """When the entry may appear: publish_at, else its own date for types that have one."""
        return self.publish_at
