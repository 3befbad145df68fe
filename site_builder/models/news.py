"""News items (tin tức): title, date-time, summary, cover image, topics, body."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from site_builder.models.base import ContentModel, DateTime, EntryModel, Guid, Slug


class Cover(ContentModel):
    file: str = Field(description="Ảnh bìa trong content/, ví dụ files/anh/hoi-nghi.jpg")
    alt: str = Field(description="Mô tả ảnh cho người không nhìn thấy (bắt buộc)")
    caption: str | None = Field(None, description="Chú thích ảnh")


class News(EntryModel):
    kind: ClassVar[str] = "news"
    kind_label: ClassVar[str] = "Tin tức"

    guid: Guid = Field(description="Mã cố định của bài, không đổi khi sửa tiêu đề hay đổi tên tệp")
    title: str = Field(description="Tiêu đề")
    published: DateTime = Field(description="Ngày giờ đăng, ví dụ 2024-02-01 08:30")
    summary: str = Field(description="Tóm tắt (tối đa 300 ký tự dùng cho mạng xã hội)")
    cover: Cover | None = Field(None, description="Ảnh bìa")
    topics: list[Slug] = Field(default_factory=list, description="Lĩnh vực")
    agency: Slug | None = Field(None, description="Cơ quan đưa tin (mã)")
    author: str | None = Field(None, description="Tác giả")

    def scheduled_for(self):
        return self.publish_at or self.published

    @property
    def page_title(self) -> str:
        return self.title
