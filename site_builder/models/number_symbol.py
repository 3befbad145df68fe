"""Number and symbol of official documents (Decree 30/2020/NĐ-CP, Appendix III).

Four shapes occur:
- administrative: "271/QĐ-UBND" (number / type - issuer[-unit]);
- official letter (công văn, no type abbreviation): "3069/SNV-CCHC";
- legal normative, with the year: "63/2010/NĐ-CP", "55/2022/QH15";
- Party documents: "30-CTr/TU", "09-NQ/TW".
A draft may lack its number: "/BC-STTTT".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_builder.vietnamese.text import nfc

# Appendix III of Decree 30/2020/NĐ-CP.
ADMINISTRATIVE_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
    "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
    "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
}
# Legal normative documents (Law on Promulgation of Legal Documents) carry the year.
LEGAL_TYPES: dict[str, str] = {
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "NQLT": "Nghị quyết liên tịch",
    "L": "Luật", "PL": "Pháp lệnh", "CT": "Chỉ thị",
}
# Party documents use "number-TYPE/ISSUER"; KL (kết luận) is theirs.
PARTY_TYPES: dict[str, str] = {
    **ADMINISTRATIVE_TYPES, "KL": "Kết luận", "QĐi": "Quy định",
}
OFFICIAL_LETTER = "Công văn"
# Legal documents of the National Assembly print no type: "55/2022/QH15".
_ASSEMBLY = re.compile(r"^QH\d+$")

_PART = r"[A-Za-zĐđ0-9&]+"
_ADMIN = re.compile(rf"^(?P<number>\d*)/(?P<parts>{_PART}(?:-{_PART})*)$")
_LEGAL = re.compile(rf"^(?P<number>\d+)/(?P<year>\d{{4}})/(?P<parts>{_PART}(?:-{_PART})*)$")
_PARTY = re.compile(rf"^(?P<number>\d+)-(?P<type>{_PART})/(?P<parts>{_PART}(?:-{_PART})*)$")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})

EXAMPLES = "271/QĐ-UBND, 3069/SNV-CCHC, 63/2010/NĐ-CP, 30-CTr/TU"


class NumberSymbolError(ValueError):
    """The text is not a number-symbol; the message is for editors."""


@dataclass(frozen=True)
class NumberSymbol:
    text: str  # as normalised: "271/QĐ-UBND"
    number: int | None  # None for an unnumbered draft
    style: str  # administrative | official_letter | legal | party
    type_code: str | None  # "QĐ"; None for official letters and QH laws
    issuer_code: str  # "UBND", "SNV-CCHC", "NĐ-CP" issuer part: "CP"
    year: int | None = None  # only legal documents print it

    @property
    def type_label(self) -> str:
        if self.style == "official_letter":
            return OFFICIAL_LETTER
        if self.type_code is None:
            return "Luật" if self.style == "legal" else "Văn bản"
        table = {"legal": LEGAL_TYPES, "party": PARTY_TYPES}.get(self.style, ADMINISTRATIVE_TYPES)
        return table.get(self.type_code, "Văn bản")

    @property
    def symbol(self) -> str:
        """The part after the number: "QĐ-UBND"."""
        return self.text.split("/", 1)[1] if self.style != "party" else self.text.split("-", 1)[1]

    def key(self, year: int) -> tuple[int | None, str, int]:
        """Numbering restarts every 1 January: number + symbol + year is the key."""
        return (self.number, self.symbol, self.year or year)


def normalise(text: str) -> str:
    return nfc(text).strip().translate(_DASHES)


def _number(digits: str) -> int | None:
    if digits == "":
        return None
    value = int(digits)
    if value == 0:
        raise NumberSymbolError("số văn bản phải lớn hơn 0 (number must be positive)")
    if value < 10 and len(digits) != 2:
        raise NumberSymbolError(
            f"số nhỏ hơn 10 phải viết hai chữ số, ví dụ '{value:02d}' (numbers below 10 are zero-padded)"
        )
    if value >= 10 and digits.startswith("0"):
        raise NumberSymbolError("số văn bản không có số 0 ở đầu (no leading zeros)")
    return value


def parse_number_symbol(raw: str) -> NumberSymbol:
    """Parse and validate a number-symbol; raise NumberSymbolError saying what is wrong."""
    text = normalise(raw)
    if not text:
        raise NumberSymbolError(f"số ký hiệu trống (empty); ví dụ: {EXAMPLES}")
    if re.search(r"\s", text):
        raise NumberSymbolError(
            f"số ký hiệu '{text}' không được có khoảng trắng (no spaces); ví dụ: {EXAMPLES}"
        )
    if match := _LEGAL.match(text):
        return _legal(text, match)
    if match := _PARTY.match(text):
        return NumberSymbol(text, _number(match["number"]), "party", match["type"], match["parts"])
    if match := _ADMIN.match(text):
        return _administrative(text, match)
    raise NumberSymbolError(
        f"số ký hiệu '{text}' sai dạng; đúng dạng là số/loại-cơ quan, ví dụ: {EXAMPLES} "
        "(malformed number-symbol)"
    )


def _legal(text: str, match: re.Match) -> NumberSymbol:
    parts = match["parts"].split("-")
    if len(parts) == 1:
        if not _ASSEMBLY.match(parts[0]):
            raise NumberSymbolError(
                f"số ký hiệu '{text}' thiếu loại văn bản, ví dụ 63/2010/NĐ-CP (legal document without type)"
            )
        type_code, issuer = None, parts[0]
    else:
        type_code, issuer = parts[0], "-".join(parts[1:])
        if type_code not in LEGAL_TYPES:
            raise NumberSymbolError(
                f"'{type_code}' không phải loại văn bản quy phạm pháp luật "
                f"({', '.join(sorted(LEGAL_TYPES))}) (unknown legal document type)"
            )
    return NumberSymbol(text, _number(match["number"]), "legal", type_code, issuer, int(match["year"]))


def _administrative(text: str, match: re.Match) -> NumberSymbol:
    parts = match["parts"].split("-")
    number = _number(match["number"])
    if parts[0] in ADMINISTRATIVE_TYPES:
        if len(parts) < 2:
            raise NumberSymbolError(
                f"số ký hiệu '{text}' thiếu cơ quan ban hành sau loại văn bản, ví dụ 271/QĐ-UBND "
                "(missing issuer)"
            )
        return NumberSymbol(text, number, "administrative", parts[0], "-".join(parts[1:]))
    upper_types = {code.upper(): code for code in ADMINISTRATIVE_TYPES}
    if parts[0].upper() in upper_types and len(parts) >= 2:
        right = upper_types[parts[0].upper()]
        raise NumberSymbolError(
            f"viết tắt loại văn bản '{parts[0]}' sai chữ hoa/thường; đúng là '{right}' (wrong case)"
        )
    return NumberSymbol(text, number, "official_letter", None, "-".join(parts))
