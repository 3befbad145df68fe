"""Synthetic Vietnamese prose for the benchmark corpus: sentences assembled from
phrases of real reform-portal writing, chosen by a seeded random generator so the
same seed always gives the same words."""

from __future__ import annotations

import random

SUBJECTS = (
    "Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công",
    "Sở Tư pháp", "Sở Thông tin và Truyền thông", "UBND các xã, phường, đặc khu", "Bộ phận Một cửa",
    "Công an tỉnh", "Sở Tài chính", "Đài Phát thanh và Truyền hình", "các cơ quan, đơn vị",
    "cán bộ, công chức, viên chức", "người dân và doanh nghiệp", "Tổ công tác cải cách hành chính",
)
VERBS = (
    "triển khai", "tổ chức thực hiện", "đẩy mạnh", "rà soát, đánh giá", "tuyên truyền, phổ biến",
    "hướng dẫn", "kiểm tra việc thực hiện", "tham mưu", "phối hợp thực hiện", "nâng cao chất lượng",
    "đơn giản hóa", "số hóa", "công khai", "tiếp nhận và giải quyết", "theo dõi, đôn đốc",
)
OBJECTS = (
    "công tác cải cách hành chính", "thủ tục hành chính", "dịch vụ công trực tuyến toàn trình",
    "hồ sơ đăng ký khai sinh, kết hôn", "cơ chế một cửa, một cửa liên thông", "chuyển đổi số",
    "Chỉ số cải cách hành chính (PAR INDEX)", "Chỉ số SIPAS", "kết quả giải quyết hồ sơ",
    "kỷ luật, kỷ cương hành chính", "văn hóa công vụ", "cơ sở dữ liệu hộ tịch điện tử",
    "thanh toán trực tuyến phí, lệ phí", "tài khoản định danh điện tử mức 2", "đề án 06",
    "chính quyền điện tử, chính quyền số", "quy trình nội bộ giải quyết thủ tục hành chính",
)
TAILS = (
    "trên địa bàn tỉnh", "theo đúng quy định", "năm {year}", "trong quý {quarter}/{year}",
    "đến cấp xã", "bảo đảm tiết kiệm, hiệu quả", "lấy người dân, doanh nghiệp làm trung tâm",
    "góp phần nâng cao sự hài lòng của người dân", "theo Kế hoạch của UBND tỉnh",
    "đúng tiến độ đề ra", "với tỷ lệ đạt {percent}%", "tại {count} đơn vị",
)
OPENERS = (
    "Thực hiện chỉ đạo của UBND tỉnh,", "Trong thời gian qua,", "Theo báo cáo,", "Bên cạnh đó,",
    "Đồng thời,", "Qua đó,", "Năm {year},", "Tại hội nghị,", "Để khắc phục hạn chế,", "",
)
PLACES = ("Nha Trang", "Cam Ranh", "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Khánh Vĩnh", "Khánh Sơn",
          "Cam Lâm", "Trường Sa", "Ninh Thuận", "Phan Rang", "Đồng Xuân")
HEADLINE_ACTIONS = ("Đẩy mạnh", "Nâng cao hiệu quả", "Triển khai", "Tổng kết", "Sơ kết", "Tập huấn",
                    "Kiểm tra", "Hướng dẫn", "Ra mắt", "Đối thoại về", "Tuyên truyền", "Số hóa")
PROCEDURE_VERBS = ("Cấp", "Đăng ký", "Cấp lại", "Điều chỉnh", "Gia hạn", "Chứng thực", "Xác nhận",
                   "Thay đổi", "Cấp đổi", "Công nhận", "Thẩm định", "Giải quyết")
PROCEDURE_OBJECTS = (
    "giấy phép xây dựng", "giấy chứng nhận đăng ký hộ kinh doanh", "giấy khai sinh", "giấy chứng nhận kết hôn",
    "giấy phép lái xe", "phiếu lý lịch tư pháp", "giấy phép kinh doanh dịch vụ lữ hành", "trợ cấp xã hội",
    "chứng chỉ hành nghề", "giấy chứng nhận quyền sử dụng đất", "thẻ bảo hiểm y tế", "bản sao từ sổ gốc",
    "giấy phép khai thác thủy sản", "giấy chứng nhận an toàn thực phẩm", "thông tin cư trú",
    "giấy phép hoạt động giáo dục nghề nghiệp", "giấy xác nhận tình trạng hôn nhân",
)
PROCEDURE_QUALIFIERS = ("cho cá nhân", "cho tổ chức", "cho hộ gia đình", "có yếu tố nước ngoài",
                        "lần đầu", "do hết hạn", "do bị mất, hư hỏng", "tại cấp xã", "tại cấp tỉnh",
                        "đối với doanh nghiệp nhỏ và vừa", "trong trường hợp đặc biệt", "")


class Writer:
    """Deterministic Vietnamese sentences, paragraphs and titles from one seed."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)

    def pick(self, options):
        return self.random.choice(options)

    def fill(self, text: str, year: int) -> str:
        return text.format(year=year, quarter=self.pick(("I", "II", "III", "IV")),
                           percent=self.random.randint(80, 100), count=self.random.randint(3, 65))

    def sentence(self, year: int) -> str:
        opener = self.fill(self.pick(OPENERS), year)
        body = f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {self.pick(OBJECTS)} {self.fill(self.pick(TAILS), year)}"
        text = f"{opener} {body}" if opener else body
        text = text.strip()
        return text[0].upper() + text[1:] + "."

    def paragraph(self, year: int, sentences: tuple[int, int] = (3, 6)) -> str:
        return " ".join(self.sentence(year) for _ in range(self.random.randint(*sentences)))

    def headline(self, year: int) -> str:
        place = self.pick(PLACES)
        return f"{self.pick(HEADLINE_ACTIONS)} {self.pick(OBJECTS)} tại {place} {self.fill(self.pick(TAILS), year)}"

    def procedure_name(self) -> str:
        qualifier = self.pick(PROCEDURE_QUALIFIERS)
        return f"{self.pick(PROCEDURE_VERBS)} {self.pick(PROCEDURE_OBJECTS)} {qualifier}".strip()

    def short(self, year: int) -> str:
        return f"{self.pick(VERBS).capitalize()} {self.pick(OBJECTS)} {self.fill(self.pick(TAILS), year)}"
