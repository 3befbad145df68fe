"""The benchmark corpus: a province's portal after ten years, in the project's own
format, plus the same text as plain Markdown for a plain Material build.

Proportions per 10,000 pages: 6,000 news items, 2,000 procedures, 500 radio
episodes, 300 plans, reports and documents. A quarter of the news items carry a
photo (half of those also in the body), a tenth of the episodes carry audio, and
items cite each other (news to procedures and plans, episodes to procedures,
documents to earlier documents). Same seed and size, same bytes.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import shutil
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from site_builder.bench import baseline
from site_builder.bench.text import Writer
from site_builder.vietnamese.text import slugify

GENERATOR_VERSION = "2"
FIRST_DAY = date(2016, 12, 1)
LAST_DAY = date(2026, 11, 20)
FIRST_EPISODE = date(2017, 1, 4)  # a Wednesday, the programme's premiere day
PROCEDURE_FIELDS = ("ho-tich", "chung-thuc", "cu-tru", "ly-lich-tu-phap", "thanh-lap-doanh-nghiep", "xay-dung",
                    "bao-tro-xa-hoi", "can-cuoc")
NEWS_TOPICS = ("cai-cach-hanh-chinh", "tuyen-truyen", "thu-tuc-hanh-chinh", "chuyen-doi-so", "chi-so-cchc",
               "to-chuc-bo-may")
NEWS_AGENCIES = ("so-noi-vu-khanh-hoa", "van-phong-ubnd-tinh-khanh-hoa", "so-tu-phap-khanh-hoa",
                 "trung-tam-phuc-vu-hcc-khanh-hoa", "so-thong-tin-va-truyen-thong-khanh-hoa", "cong-an-tinh-khanh-hoa",
                 "ubnd-tp-nha-trang", "ubnd-huyen-dien-khanh")
GUID_NAMESPACE = uuid.UUID("6f1d1f50-3a43-4c55-9d55-6b8c4ab0c000")


@dataclass(frozen=True)
class CorpusShape:
    news: int
    procedures: int
    episodes: int
    plans: int
    reports: int
    documents: int

    @classmethod
    def for_pages(cls, pages: int) -> "CorpusShape":
        return cls(news=pages * 6 // 10, procedures=pages * 2 // 10, episodes=pages // 20,
                   plans=pages // 100, reports=pages // 100, documents=pages // 100)

    @property
    def entries(self) -> int:
        return sum(asdict(self).values())


@dataclass
class Corpus:
    """Where a generated corpus lives: ours in root, the baseline in root/material."""
    root: Path
    shape: CorpusShape

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def baseline_config(self) -> Path:
        return self.root / "material" / "mkdocs.yml"

    @property
    def content(self) -> Path:
        return self.root / "content"


def generate(root: Path, pages: int, repository: Path, seed: int = 2024) -> Corpus:
    """Write the corpus under root (reused when the same version, size and seed are there)."""
    shape = CorpusShape.for_pages(pages)
    stamp = root / "corpus.json"
    wanted = {"version": GENERATOR_VERSION, "pages": pages, "seed": seed}
    if stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")) == wanted:
        return Corpus(root, shape)
    if root.exists():
        shutil.rmtree(root)
    _Generator(root, shape, repository, seed).write_all()
    stamp.write_text(json.dumps(wanted), encoding="utf-8")
    return Corpus(root, shape)


def guid(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(GUID_NAMESPACE, name)}"


def spread(index: int, count: int, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    """The index-th of count dates spread evenly over the ten years."""
    span = (last - first).days
    return first + timedelta(days=span * index // max(count - 1, 1))


class _Generator:
    def __init__(self, root: Path, shape: CorpusShape, repository: Path, seed: int):
        self.root, self.shape, self.repository = root, shape, repository
        self.writer = Writer(seed)
        self.content = root / "content"
        self.plain = baseline.PlainSite(root / "material")
        self.procedure_codes: list[str] = []
        self.procedure_slugs: list[str] = []
        self.plan_slugs: list[str] = []
        self.document_refs: list[dict] = []

    def write_all(self) -> None:
        self._copy_fixed_files()
        self._procedures()
        self._documents("plans", self.shape.plans, "KH-UBND", "ubnd-tinh-khanh-hoa")
        self._documents("reports", self.shape.reports, "BC-SNV", "so-noi-vu-khanh-hoa")
        self._documents("documents", self.shape.documents, "SNV-CCHC", "so-noi-vu-khanh-hoa")
        self._episodes()
        self._news()
        self.plain.finish(self.repository / "mkdocs.yml")

    # -- files every corpus shares -------------------------------------------------

    def _copy_fixed_files(self) -> None:
        config = (self.repository / "mkdocs.yml").read_text(encoding="utf-8")
        theme = os.path.relpath(self.repository / "theme", self.root)
        self._write(self.root / "mkdocs.yml", config.replace("custom_dir: theme", f"custom_dir: {theme}"))
        for name in ("registries/agencies.yml", "registries/topics.yml", "pages/gioi-thieu.md"):
            self._write(self.content / name, (self.repository / "content" / name).read_text(encoding="utf-8"))
        programme = (self.repository / "content/radio/programme.yml").read_text(encoding="utf-8")
        self._write(self.content / "radio/programme.yml",
                    programme.replace("start_date: 2024-01-03", f"start_date: {FIRST_EPISODE.isoformat()}"))
        self.plain.page("gioi-thieu.md", "Giới thiệu", self.writer.paragraph(2024))

    def _write(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def _entry(self, folder: str, slug: str, front_matter: dict, body: str) -> None:
        self._write(self.content / folder / f"{slug}.md",
                    "---\n" + json_yaml(front_matter) + "---\n\n" + body.rstrip() + "\n")

    # -- content types ---------------------------------------------------------------

    def _procedures(self) -> None:
        count = self.shape.procedures
        self.procedure_codes = [f"2.{i + 1:06d}" for i in range(count)]
        for i, code in enumerate(self.procedure_codes):
            w, year = self.writer, spread(i, count).year
            name = w.procedure_name()
            slug = f"{slugify(name)}-{code.replace('.', '-')}"
            self.procedure_slugs.append(slug)
            fee = w.pick((0, 10000, 20000, 50000, 100000, 150000))
            days = w.pick((1, 3, 5, 7, 10, 15, 20))
            steps = [w.sentence(year) for _ in range(w.random.randint(3, 6))]
            items = [{"name": f"{w.pick(('Tờ khai', 'Đơn đề nghị', 'Bản sao', 'Giấy tờ chứng minh'))} "
                              f"{w.pick(('theo mẫu', 'có chứng thực', 'hợp lệ', 'về nhân thân'))} số {k + 1}",
                      "originals": 1, "copies": w.random.randint(0, 2)} for k in range(w.random.randint(2, 6))]
            online = w.pick(("toan-trinh", "mot-phan", "khong"))
            ways = ("truc-tiep", "buu-chinh") + (("truc-tuyen",) if online != "khong" else ())
            methods = [{"method": m, "time": {"value": days, "unit": "ngay-lam-viec"},
                        "fees": [{"name": "Lệ phí", "amount": fee // 2 if m == "truc-tuyen" else fee}]}
                       for m in ways]
            related = [self.procedure_codes[j] for j in (i - 1, i - 7) if j >= 0]
            level = "xa" if i % 3 else "tinh"
            data = {
                "guid": guid(f"procedures/{slug}"), "code": code, "name": name,
                "summary": f"{name}: {w.short(year).lower()}.",
                "lifecycle": {"status": "moi", "decision": {
                    "number": f"{1000 + i}/QĐ-UBND", "date": spread(i, count).isoformat(),
                    "issuer": "ubnd-tinh-khanh-hoa", "title": "công bố danh mục thủ tục hành chính"}},
                "level": level, "fields": [w.pick(PROCEDURE_FIELDS)],
                "applies_to": ["Cá nhân", "Tổ chức"][: w.random.randint(1, 2)],
                "agencies": {"implementing": ["ubnd-cap-xa" if level == "xa" else "so-tu-phap-khanh-hoa"]},
                "where": [{"name": "Bộ phận Một cửa", "address": f"Trụ sở tại {w.pick(('Nha Trang', 'Cam Ranh'))}",
                           "hours": "Sáng 07h00 - 11h30, chiều 13h30 - 17h00, thứ Hai đến thứ Sáu"}],
                "steps": steps, "methods": methods, "dossier": {"sets": 1, "cases": [
                    {"name": "Trường hợp chung", "items": items}]},
                "results": [f"{name.split(' ', 1)[1].capitalize()} (bản chính)"],
                "requirements": [w.sentence(year)],
                "online": {"level": online},
                "related": related, "keywords": [name.lower()],
            }
            if data["online"]["level"] != "khong":
                data["online"]["url"] = f"https://dichvucong.gov.vn/p/home/dvc-tthc.html?ma_thu_tuc={code}"
            self._entry("procedures", slug, data, "")
            self.plain.procedure(f"procedures/{slug}.md", data, fee, days)

    def _documents(self, folder: str, count: int, symbol: str, issuer: str) -> None:
        for i in range(count):
            w, day = self.writer, spread(i, count)
            number = f"{100 + i}/{symbol}"
            slug = f"{day.year}-{100 + i}-{slugify(symbol)}"
            abstract = w.short(day.year)
            data = {"guid": guid(f"{folder}/{slug}"), "number": number, "abstract": abstract, "issuer": issuer,
                    "place": "Khánh Hòa", "date": day.isoformat(), "summary": w.paragraph(day.year, (1, 2))[:280],
                    "topics": [w.pick(NEWS_TOPICS)],
                    "signer": {"prefix": "KT.", "on_behalf_of": "CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                               "name": w.pick(("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường"))},
                    "recipients": ["Các sở, ban, ngành;", "UBND các xã, phường;", "Lưu: VT."]}
            if self.document_refs:
                data["legal_bases"] = [self.document_refs[(i * 7) % len(self.document_refs)]]
            if folder == "plans":
                data["tasks"] = [{"number": k + 1, "task": w.short(day.year), "timeline": f"Quý {k % 4 + 1}/{day.year}",
                                  "lead": [w.pick(NEWS_AGENCIES)], "assignment": w.sentence(day.year)}
                                 for k in range(w.random.randint(3, 10))]
                self.plan_slugs.append(slug)
            if folder == "reports":
                data["period"] = {"start": f"{day.year}-01-01", "end": f"{day.year}-12-31"}
                data["figures"] = [{"label": w.short(day.year), "value": w.random.randint(1, 900), "unit": "hồ sơ"}]
            body = "\n\n".join(w.paragraph(day.year) for _ in range(w.random.randint(4, 10)))
            self._entry(folder, slug, data, body)
            self.document_refs.append({"number": number, "date": day.isoformat(), "issuer": issuer})
            self.plain.article(f"{folder}/{slug}.md", f"{number}: {abstract}", data["summary"], body)

    def _episodes(self) -> None:
        audio = sorted((self.repository / "content/files/phat-thanh").glob("*.mp3"))
        programme = (self.content / "radio/programme.yml").read_text(encoding="utf-8")
        skipped = {date.fromisoformat(d) for d in re.findall(r"date: (\d{4}-\d\d-\d\d)", programme)}
        air_dates = (FIRST_EPISODE + timedelta(weeks=k) for k in itertools.count())
        air_dates = (day for day in air_dates if day not in skipped)
        numbers: dict[int, int] = {}
        for i in range(self.shape.episodes):
            w, air = self.writer, next(air_dates)
            numbers[air.year] = numbers.get(air.year, 0) + 1
            slug = f"{air.year}-so-{numbers[air.year]:02d}"
            topic = w.short(air.year)
            data = {"guid": guid(f"episodes/{slug}"), "number": numbers[air.year], "air_date": air.isoformat(),
                    "topic": topic, "summary": w.sentence(air.year), "topics": [w.pick(NEWS_TOPICS)],
                    "guests": [{"title": "Phó Giám đốc", "agency": w.pick(NEWS_AGENCIES)}],
                    "related_procedures": [self.procedure_codes[(i * 13) % len(self.procedure_codes)]]}
            if i % 10 == 0 and audio:
                name = f"files/phat-thanh/par-today-{slug}.mp3"
                target = self.content / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(audio[i // 10 % len(audio)], target)
                data["audio"] = {"file": name}
            body = "## Nội dung chương trình\n\n" + "\n\n".join(w.paragraph(air.year) for _ in range(3))
            self._entry("episodes", slug, data, body)
            self.plain.article(f"episodes/{slug}.md", topic, data["summary"], body)

    def _news(self) -> None:
        count = self.shape.news
        for i in range(count):
            w, day = self.writer, spread(i, count)
            moment = datetime.combine(day, datetime.min.time()) + timedelta(hours=7 + i % 10, minutes=(i * 7) % 60)
            title = w.headline(day.year)
            slug = f"{day.isoformat()}-{i:05d}-{slugify(title)[:48].rstrip('-')}"
            procedure = self.procedure_slugs[(i * 31) % len(self.procedure_slugs)]
            paragraphs = [w.paragraph(day.year) for _ in range(w.random.randint(4, 8))]
            paragraphs.insert(1, f"Xem hướng dẫn [thủ tục liên quan](../procedures/{procedure}.md).")
            if self.plan_slugs and i % 5 == 0:
                paragraphs.append(f"Theo [kế hoạch của tỉnh](../plans/{self.plan_slugs[i % len(self.plan_slugs)]}.md).")
            if i % 3 == 0:
                paragraphs.insert(2, f"## {w.short(day.year)}")
            data = {"guid": guid(f"news/{slug}"), "title": title, "published": moment.strftime("%Y-%m-%d %H:%M"),
                    "summary": w.sentence(day.year)[:290], "topics": [w.pick(NEWS_TOPICS)],
                    "agency": w.pick(NEWS_AGENCIES)}
            if i % 4 == 0:
                photo = f"files/anh/tin-{i:05d}.jpg"
                write_photo(self.content / photo, i)
                data["cover"] = {"file": photo, "alt": f"Ảnh minh họa: {title}"}
                if i % 8 == 0:
                    paragraphs.append(f"![Ảnh minh họa {i}](../{photo})")
                self.plain.copy(self.content / photo, photo)
            body = "\n\n".join(paragraphs)
            self._entry("news", slug, data, body)
            self.plain.article(f"news/{slug}.md", title, data["summary"], body)


def json_yaml(data: dict) -> str:
    """YAML front matter written as one JSON value per key: valid YAML, no quoting traps."""
    return "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in data.items())


def write_photo(path: Path, index: int) -> None:
    """A 1280x853 JPEG (a phone photo after the editor's resize), different for every index."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1280, 853), (40 + index * 37 % 180, 90 + index * 13 % 120, 140 + index * 29 % 100))
    draw = ImageDraw.Draw(image)
    for k in range(12):
        x, y = (index * 97 + k * 211) % 1180, (index * 53 + k * 127) % 760
        draw.ellipse([x, y, x + 40 + k * 9, y + 30 + k * 7], fill=((k * 41 + index) % 256, (k * 67) % 256, 200 - k * 9))
    draw.rectangle([0, 700, 1280, 853], fill=(200, 30, 40))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
