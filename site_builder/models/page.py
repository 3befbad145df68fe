"""Authored pages (giới thiệu, liên hệ...): a title and Markdown."""

from __future__ import annotations

from pydantic import Field

from site_builder.models.base import EntryModel


class Page(EntryModel):
    title: str = Field(description="Tiêu đề trang")
    description: str | None = Field(None, description="Mô tả ngắn cho công cụ tìm kiếm")
