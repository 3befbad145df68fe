"""Administrative procedures (thủ tục hành chính, TTHC).

Fields follow Decree 63/2010/NĐ-CP art. 8 (as amended by 92/2017) and the
national portal (dichvucong.gov.vn): processing time and fees are given per
submission method, the dossier per case, the legal basis as a table.
Mandatory parts (art. 8): name, steps, methods, dossier, time, who it applies
to, implementing agency, result.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

from pydantic import Field, HttpUrl, field_validator
from pydantic_core import PydanticCustomError

from site_builder.models.base import ContentModel, EntryModel, FullDate, Guid, Slug
from site_builder.models.document import Reference
from site_builder.vietnamese.numbers import format_money

_CODE = re.compile(r"^[1-3]\.\d{6}$")

Level = Literal["tinh", "xa", "huyen"]
LEVEL_LABELS = {"tinh": "Cấp tỉnh", "xa": "Cấp xã", "huyen": "Cấp huyện (trước 01/7/2025)"}
Method = Literal["truc-tiep", "buu-chinh", "truc-tuyen"]
METHOD_LABELS = {"truc-tiep": "Trực tiếp", "buu-chinh": "Qua bưu chính", "truc-tuyen": "Trực tuyến"}
TimeUnit = Literal["ngay-lam-viec", "ngay", "gio"]
TIME_UNIT_LABELS = {"ngay-lam-viec": "ngày làm việc", "ngay": "ngày", "gio": "giờ"}
OnlineLevel = Literal["toan-trinh", "mot-phan", "khong"]
ONLINE_LABELS = {
    "toan-trinh": "Dịch vụ công trực tuyến toàn trình",
    "mot-phan": "Dịch vụ công trực tuyến một phần",
    "khong": "Chưa cung cấp trực tuyến",
}
Status = Literal["moi", "sua-doi", "thay-the", "bai-bo"]
STATUS_LABELS = {"moi": "Ban hành mới", "sua-doi": "Sửa đổi, bổ sung", "thay-the": "Được thay thế",
                 "bai-bo": "Bị bãi bỏ"}


def _non_empty(value: list) -> list:
    if not value:
        raise PydanticCustomError("vn_empty_list", "cần ít nhất một mục (at least one item required)")
    return value


class Duration(ContentModel):
    """Thời hạn giải quyết: "05 ngày làm việc"."""

    value: int = Field(ge=0, description="Số, ví dụ 5")
    unit: TimeUnit = Field(description="ngay-lam-viec, ngay hoặc gio")
    note: str | None = Field(None, description="Ghi chú, ví dụ 'ngay trong ngày nếu nộp trước 15 giờ'")

    @property
    def text(self) -> str:
        amount = f"{self.value:02d}" if self.unit != "gio" else str(self.value)
        return f"{amount} {TIME_UNIT_LABELS[self.unit]}"


class Fee(ContentModel):
    name: str = Field(description="Tên phí, lệ phí, ví dụ 'Lệ phí'")
    amount: int = Field(ge=0, description="Số tiền (đồng), chỉ gồm chữ số, ví dụ 20000")
    note: str | None = Field(None, description="Ghi chú, ví dụ 'mỗi trang'")

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise PydanticCustomError(
                "vn_amount",
                "số tiền phải là số nguyên (đồng), viết liền không dấu chấm, ví dụ 20000 "
                "(amount must be a whole number of dong); nhận được: {value}",
                {"value": repr(value)},
            )
        return value

    @property
    def text(self) -> str:
        return "Miễn phí" if self.amount == 0 else format_money(self.amount)


class SubmissionMethod(ContentModel):
    """One way to submit, with its own processing time and fees."""

    method: Method = Field(description="truc-tiep, buu-chinh hoặc truc-tuyen")
    time: Duration = Field(description="Thời hạn giải quyết")
    fees: list[Fee] = Field(default_factory=list, description="Phí, lệ phí; để trống nếu không thu")
    description: str | None = Field(None, description="Mô tả cách thức")

    @property
    def label(self) -> str:
        return METHOD_LABELS[self.method]

    @property
    def fee_text(self) -> str:
        """Every fee with its name and note, for the methods table."""
        if self.is_free:
            return "Không thu phí, lệ phí"
        return "; ".join(f"{f.name}: {f.text}" + (f" ({f.note})" if f.note else "") for f in self.fees)

    @property
    def fee_total_text(self) -> str:
        """What a citizen pays in all, for the summary box: "20.000 đồng"."""
        if self.is_free:
            return "Miễn phí"
        return format_money(sum(f.amount for f in self.fees))

    @property
    def is_free(self) -> bool:
        return all(f.amount == 0 for f in self.fees)


class FormFile(ContentModel):
    title: str = Field(description="Tên mẫu đơn, tờ khai")
    file: str | None = Field(None, description="Đường dẫn tệp trong content/")
    url: HttpUrl | None = Field(None, description="Hoặc địa chỉ trên mạng")


class DossierItem(ContentModel):
    name: str = Field(description="Tên giấy tờ")
    originals: int = Field(0, ge=0, description="Số bản chính")
    copies: int = Field(0, ge=0, description="Số bản sao")
    form: FormFile | None = Field(None, description="Mẫu đơn, tờ khai, nếu có")
    note: str | None = Field(None, description="Ghi chú")


class DossierCase(ContentModel):
    name: str = Field(description="Trường hợp, ví dụ 'Trường hợp chung'")
    items: list[DossierItem] = Field(description="Thành phần hồ sơ")

    _items = field_validator("items")(lambda cls, v: _non_empty(v))


class Dossier(ContentModel):
    sets: int = Field(1, ge=1, description="Số lượng bộ hồ sơ")
    cases: list[DossierCase] = Field(description="Hồ sơ theo từng trường hợp")

    _cases = field_validator("cases")(lambda cls, v: _non_empty(v))


class SubmissionPlace(ContentModel):
    name: str = Field(description="Nơi tiếp nhận, ví dụ 'Bộ phận Một cửa UBND xã'")
    address: str | None = Field(None, description="Địa chỉ")
    hours: str | None = Field(None, description="Thời gian tiếp nhận")


class Agencies(ContentModel):
    implementing: list[Slug] = Field(description="Cơ quan thực hiện (mã)")
    competent: list[Slug] = Field(default_factory=list, description="Cơ quan có thẩm quyền")
    authorised: list[Slug] = Field(default_factory=list, description="Cơ quan được ủy quyền")
    coordinating: list[Slug] = Field(default_factory=list, description="Cơ quan phối hợp")

    _implementing = field_validator("implementing")(lambda cls, v: _non_empty(v))


class Online(ContentModel):
    level: OnlineLevel = Field(description="toan-trinh, mot-phan hoặc khong")
    url: HttpUrl | None = Field(None, description="Địa chỉ nộp hồ sơ trực tuyến")

    @property
    def label(self) -> str:
        return ONLINE_LABELS[self.level]


class Lifecycle(ContentModel):
    status: Status = Field("moi", description="moi, sua-doi, thay-the hoặc bai-bo")
    decision: Reference = Field(description="Quyết định công bố")
    effective: FullDate | None = Field(None, description="Ngày có hiệu lực")
    changes: list[str] = Field(default_factory=list, description="Bộ phận được sửa đổi, bổ sung")
    replaced_by: str | None = Field(None, description="Mã thủ tục thay thế, ví dụ '1.012345'")
    note: str | None = Field(None, description="Ghi chú")

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def is_current(self) -> bool:
        return self.status in ("moi", "sua-doi")


class Procedure(EntryModel):
    kind: ClassVar[str] = "procedure"
    kind_label: ClassVar[str] = "Thủ tục hành chính"
    missing_note: ClassVar[str] = "; đây là bộ phận bắt buộc của thủ tục hành chính theo Điều 8 Nghị định số " \
        "63/2010/NĐ-CP"

    guid: Guid = Field(description="Mã cố định của mục, dùng cho RSS; không đổi khi sửa tiêu đề hay đổi tên tệp")
    code: str = Field(description="Mã thủ tục, ví dụ '1.001193'")
    name: str = Field(description="Tên thủ tục")
    lifecycle: Lifecycle = Field(description="Quyết định công bố và tình trạng")
    level: Level = Field(description="Cấp thực hiện: tinh, xa (huyen: trước 01/7/2025)")
    procedure_type: str | None = Field(None, description="Loại thủ tục")
    fields: list[Slug] = Field(description="Lĩnh vực (mã trong topics.yml)")
    applies_to: list[str] = Field(description="Đối tượng thực hiện")
    agencies: Agencies = Field(description="Cơ quan thực hiện, có thẩm quyền, được ủy quyền, phối hợp")
    where: list[SubmissionPlace] = Field(description="Địa chỉ tiếp nhận hồ sơ")
    steps: list[str] = Field(description="Trình tự thực hiện, mỗi bước một mục")
    methods: list[SubmissionMethod] = Field(description="Cách thức thực hiện, thời hạn và phí theo từng cách")
    dossier: Dossier = Field(description="Thành phần, số lượng hồ sơ")
    results: list[str] = Field(description="Kết quả thực hiện")
    requirements: list[str] = Field(default_factory=list, description="Yêu cầu, điều kiện")
    legal_basis: list[Reference] = Field(default_factory=list, description="Căn cứ pháp lý")
    online: Online = Field(description="Mức độ dịch vụ công trực tuyến")
    related: list[str] = Field(default_factory=list, description="Mã các thủ tục liên quan")
    keywords: list[str] = Field(default_factory=list, description="Từ khóa")
    featured: bool = Field(False, description="Hiện trong mục 'Thủ tục thường dùng' ở trang chủ")
    summary: str | None = Field(None, description="Mô tả ngắn")
    source_note: str | None = Field(None, description="Ghi chú nguồn dữ liệu")

    _required_lists = field_validator(
        "fields", "applies_to", "where", "steps", "methods", "results"
    )(lambda cls, v: _non_empty(v))

    @field_validator("code", mode="before")
    @classmethod
    def _code(cls, value: Any) -> str:
        if isinstance(value, float):
            raise PydanticCustomError(
                "vn_procedure_code_quotes",
                "mã thủ tục phải đặt trong ngoặc kép, ví dụ code: \"1.001193\" "
                "(quote the code, or YAML reads it as a number)",
            )
        if not isinstance(value, str) or not _CODE.match(value):
            raise PydanticCustomError(
                "vn_procedure_code",
                "mã thủ tục phải có dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số) "
                "(procedure code must look like 1.001193); nhận được: {value}",
                {"value": repr(value)},
            )
        return value

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value:
            raise PydanticCustomError("vn_blank", "không được để trống (must not be empty)")
        return value

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    @property
    def page_title(self) -> str:
        return self.name
