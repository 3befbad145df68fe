"""The content folders: each folder says the type of what it holds."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from site_builder.models.document import Document, Plan, Report
from site_builder.models.page import Page


@dataclass(frozen=True)
class Section:
    folder: str  # under content/
    model: type[BaseModel]
    url_prefix: str  # "" puts pages at the site root
    label: str  # Vietnamese, plural, for listings
    is_document: bool


SECTIONS: tuple[Section, ...] = (
    Section("plans", Plan, "ke-hoach", "Kế hoạch", True),
    Section("reports", Report, "bao-cao", "Báo cáo", True),
    Section("documents", Document, "van-ban", "Văn bản khác", True),
    Section("pages", Page, "", "Trang", False),
)
REGISTRY_FOLDER = "registries"
AGENCIES_FILE = "agencies.yml"
TOPICS_FILE = "topics.yml"
