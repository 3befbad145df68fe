"""The content folders: each folder says the type of what it holds."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from site_builder.models.document import Document, Plan, Report
from site_builder.models.news import News
from site_builder.models.page import Page
from site_builder.models.procedure import Procedure
from site_builder.models.radio import Episode


@dataclass(frozen=True)
class Section:
    folder: str  # under content/
    model: type[BaseModel]
    url_prefix: str  # "" puts pages at the site root
    label: str  # Vietnamese, plural, for listings
    kind: str  # document | procedure | page

    @property
    def is_document(self) -> bool:
        return self.kind == "document"


SECTIONS: tuple[Section, ...] = (
    Section("plans", Plan, "ke-hoach", "Kế hoạch", "document"),
    Section("reports", Report, "bao-cao", "Báo cáo", "document"),
    Section("documents", Document, "van-ban", "Văn bản khác", "document"),
    Section("procedures", Procedure, "thu-tuc", "Thủ tục hành chính", "procedure"),
    Section("episodes", Episode, "phat-thanh", "Phát thanh", "episode"),
    Section("news", News, "tin-tuc", "Tin tức", "news"),
    Section("pages", Page, "", "Trang", "page"),
)
REGISTRY_FOLDER = "registries"
AGENCIES_FILE = "agencies.yml"
TOPICS_FILE = "topics.yml"
RADIO_FOLDER = "radio"
PROGRAMME_FILE = "programme.yml"
