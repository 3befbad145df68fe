"""Official documents: plans (kế hoạch), reports (báo cáo) and other documents.

The fields follow Decree 30/2020/NĐ-CP on clerical work: number-symbol, issuer,
place and date, abstract (trích yếu), signer, recipients, and the documents a
text rests on (căn cứ) or answers (thực hiện).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import (
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    HttpUrl,
    field_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from site_builder.models.base import (
    VIETNAM_OFFSET,
    ContentModel,
    EntryModel,
    Guid,
    PartialDate,
    Quantity,
    Slug,
)
from site_builder.models.number_symbol import (
    NumberSymbol,
    NumberSymbolError,
    parse_number_symbol,
)


class _NumberSymbolType:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler):
        def validate(value: Any) -> NumberSymbol:
            if isinstance(value, NumberSymbol):
                return value
            if not isinstance(value, str):
                raise PydanticCustomError(
                    "vn_number_symbol_type",
                    "số ký hiệu phải là chuỗi, ví dụ \"271/QĐ-UBND\" (must be text)",
                )
            try:
                return parse_number_symbol(value)
            except NumberSymbolError as exc:
                raise PydanticCustomError("vn_number_symbol", str(exc)) from None

        return core_schema.no_info_plain_validator_function(validate)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: GetJsonSchemaHandler):
        return {"type": "string", "examples": ["271/QĐ-UBND", "3069/SNV-CCHC"]}


NumberSymbolField = _NumberSymbolType

SignerPrefix = Literal["TM.", "KT.", "Q.", "TL.", "TUQ."]


class Signer(ContentModel):
    """Signature block: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Tấn Tuấn"."""

    prefix: SignerPrefix | None = Field(None, description="TM., KT., Q., TL. hoặc TUQ.")
    on_behalf_of: str | None = Field(None, description="Sau tiền tố, ví dụ 'ỦY BAN NHÂN DÂN', 'GIÁM ĐỐC'")
    title: str | None = Field(None, description="Chức vụ người ký, ví dụ 'CHỦ TỊCH'")
    name: str | None = Field(None, description="Họ và tên người ký")
    note: str | None = Field(None, description="Ghi chú, ví dụ phần bản gốc không đọc được")


class Reference(ContentModel):
    """A cited document: "Quyết định số 4831/QĐ-UBND ngày 24/12/2021 của UBND tỉnh ..."."""

    number: NumberSymbolField | None = Field(None, description="Số ký hiệu, ví dụ '4831/QĐ-UBND'")
    kind: str | None = Field(None, description="Loại văn bản khi số ký hiệu không nói rõ, ví dụ 'Luật'")
    date: PartialDate | None = Field(None, description="Ngày ban hành, ví dụ 2021-12-24")
    issuer: Slug | None = Field(None, description="Cơ quan ban hành (mã trong danh mục cơ quan)")
    issuer_name: str | None = Field(None, description="Tên cơ quan ban hành như in trong văn bản")
    title: str | None = Field(None, description="Trích yếu hoặc tên văn bản")


class Attachment(ContentModel):
    title: str = Field(description="Tên tệp đính kèm, ví dụ 'Bản gốc (PDF)'")
    file: str | None = Field(None, description="Đường dẫn tệp trong thư mục content/")
    url: HttpUrl | None = Field(None, description="Hoặc địa chỉ tệp trên mạng")


TaskStatus = Literal["chua-bat-dau", "dang-thuc-hien", "hoan-thanh", "cham-tien-do", "chua-cap-nhat"]
TASK_STATUS_LABELS = {
    "chua-bat-dau": "Chưa bắt đầu", "dang-thuc-hien": "Đang thực hiện", "hoan-thanh": "Hoàn thành",
    "cham-tien-do": "Chậm tiến độ", "chua-cap-nhat": "Chưa cập nhật",
}


class Task(ContentModel):
    """One row of a plan's appendix (phụ lục nhiệm vụ)."""

    number: int = Field(description="Số thứ tự (STT)", ge=1)
    task: str = Field(description="Nhiệm vụ")
    products: list[str] = Field(default_factory=list, description="Kết quả/sản phẩm")
    timeline: str = Field(description="Tiến độ, ví dụ 'Tháng 02/2024'")
    lead: list[Slug] = Field(default_factory=list, description="Cơ quan chủ trì (mã)")
    partners: list[Slug] = Field(default_factory=list, description="Cơ quan phối hợp (mã)")
    assignment: str = Field(description="Phân công và cách thức thực hiện, như trong văn bản")
    funding: list[str] = Field(default_factory=list, description="Nguồn kinh phí")
    status: TaskStatus = Field("chua-cap-nhat", description="Tình trạng thực hiện")
    note: str | None = Field(None, description="Ghi chú của biên tập viên")

    @property
    def status_label(self) -> str:
        return TASK_STATUS_LABELS[self.status]


class Figure(ContentModel):
    """A count a report gives: 30 tin bài, 15 băng rôn."""

    label: str = Field(description="Nội dung, ví dụ 'Tin, bài đăng trên trang thông tin điện tử'")
    value: Quantity = Field(description="Số lượng")
    unit: str = Field(description="Đơn vị, ví dụ 'tin, bài'")
    note: str | None = Field(None, description="Ghi chú, ví dụ 'khoảng'")

    @property
    def value_text(self) -> str:
        from site_builder.vietnamese.numbers import format_number

        return format_number(self.value)


class Period(ContentModel):
    start: PartialDate = Field(description="Từ ngày, ví dụ 2023-01-01")
    end: PartialDate = Field(description="Đến ngày, ví dụ 2023-12-31")


AcceptedWarning = Literal["symbol-type"]


class DocumentBase(EntryModel):
    kind: ClassVar[str]
    kind_label: ClassVar[str]

    guid: Guid = Field(description="Mã cố định của mục, dùng cho RSS; không đổi khi sửa tiêu đề hay đổi tên tệp")
    number: NumberSymbolField = Field(description="Số ký hiệu, ví dụ '271/QĐ-UBND'; dự thảo: '/BC-STTTT'")
    draft_document: bool = Field(False, description="Văn bản dự thảo, chưa có số hoặc ngày")
    abstract: str = Field(description="Trích yếu nội dung")
    title: str | None = Field(None, description="Tiêu đề trang, nếu khác trích yếu")
    subject: str | None = Field(None, description="V/v ... (công văn)")
    issuer: Slug = Field(description="Cơ quan ban hành (mã trong danh mục cơ quan)")
    issuer_printed: str | None = Field(None, description="Tên cơ quan ban hành như in trên văn bản")
    place: str = Field(description="Địa danh, ví dụ 'Khánh Hòa'")
    date: PartialDate = Field(description="Ngày ban hành, ví dụ 2024-01-29")
    signer: Signer | None = Field(None, description="Người ký")
    addressed_to: list[str] = Field(default_factory=list, description="Kính gửi")
    recipients: list[str] = Field(default_factory=list, description="Nơi nhận")
    legal_bases: list[Reference] = Field(default_factory=list, description="Căn cứ")
    implements: list[Reference] = Field(default_factory=list, description="Thực hiện (văn bản được trả lời)")
    references: list[Reference] = Field(default_factory=list, description="Văn bản khác được nhắc tới")
    attachments: list[Attachment] = Field(default_factory=list, description="Tệp đính kèm")
    topics: list[Slug] = Field(default_factory=list, description="Lĩnh vực (mã)")
    summary: str | None = Field(None, description="Tóm tắt ngắn cho danh sách và mạng xã hội")
    source_note: str | None = Field(None, description="Ghi chú nguồn, những chỗ phải đoán")
    accepted_warnings: list[AcceptedWarning] = Field(
        default_factory=list, description="Cảnh báo đã biết và chấp nhận, ví dụ 'symbol-type'"
    )

    @field_validator("abstract", "place")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value:
            raise PydanticCustomError("vn_blank", "không được để trống (must not be empty)")
        return value

    @property
    def type_label(self) -> str:
        """The type the symbol says; where the editor accepted a mismatch (seed 001: a
        report numbered KH), the type the document really is."""
        if "symbol-type" in self.accepted_warnings and type(self).expected_types:
            return self.kind_label
        return self.number.type_label

    def scheduled_for(self) -> dt.datetime:
        """A document appears from its date of issue (00:00, Vietnam time) unless publish_at says otherwise."""
        return self.publish_at or dt.datetime.combine(self.date.as_date, dt.time(0, 0), tzinfo=VIETNAM_OFFSET)

    @property
    def page_title(self) -> str:
        if self.title:
            return self.title
        number = self.number.text if self.number.number else f"{self.number.text} (dự thảo)"
        return f"{self.type_label} {number}: {self.abstract}"


class Plan(DocumentBase):
    kind: ClassVar[str] = "plan"
    kind_label: ClassVar[str] = "Kế hoạch"
    expected_types: ClassVar[tuple[str, ...]] = ("KH", "QĐ", "CTr")

    plan_title: str | None = Field(None, description="Tên kế hoạch khi ban hành kèm quyết định")
    appendix_title: str | None = Field(None, description="Tên phụ lục nhiệm vụ")
    tasks: list[Task] = Field(default_factory=list, description="Phụ lục nhiệm vụ")


class Report(DocumentBase):
    kind: ClassVar[str] = "report"
    kind_label: ClassVar[str] = "Báo cáo"
    expected_types: ClassVar[tuple[str, ...]] = ("BC",)

    period: Period | None = Field(None, description="Kỳ báo cáo")
    figures: list[Figure] = Field(default_factory=list, description="Số liệu")


class Document(DocumentBase):
    kind: ClassVar[str] = "document"
    kind_label: ClassVar[str] = "Văn bản"
    expected_types: ClassVar[tuple[str, ...]] = ()


DOCUMENT_MODELS: dict[str, type[DocumentBase]] = {"plans": Plan, "reports": Report, "documents": Document}
