"""One bad-input file per failure, each with its exact message.

Each case copies the minimal fixture site, drops one file from
tests/fixtures/bad_input/<folder>/ into content/<folder>/ (registry cases are
appended to agencies.yml) and loads the content for real.
"""

from __future__ import annotations

import shutil

import pytest

from site_builder.content.loader import load_content
from tests.helpers import FIXTURES, make_site

BAD = FIXTURES / "bad_input"
BRIEF = "271/QĐ-UBND, 3069/SNV-CCHC, 63/2010/NĐ-CP, 30-CTr/TU"

ERRORS = {
    "plans/invalid-yaml.md": [
        "content/plans/invalid-yaml.md:3: (YAML): YAML không hợp lệ: danh sách mở bằng '[' chưa đóng bằng ']' "
        "(invalid YAML)"],
    "plans/missing-abstract.md": [
        "content/plans/missing-abstract.md:2: abstract: thiếu trường bắt buộc (required field missing)"],
    "plans/impossible-date.md": [
        "content/plans/impossible-date.md:6: date: ngày 2024-02-30 không có thật trong lịch (impossible date)"],
    "plans/unknown-agency.md": [
        "content/plans/unknown-agency.md:4: issuer: không có cơ quan 'so-noi-vu-khanh-hao' trong "
        "content/registries/agencies.yml (unknown agency); ý bạn là 'so-noi-vu-khanh-hoa'? (did you mean)"],
    "plans/malformed-number.md": [
        "content/plans/malformed-number.md:2: number: số ký hiệu '272-QĐ-UBND' sai dạng; đúng dạng là "
        f"số/loại-cơ quan, ví dụ: {BRIEF} (malformed number-symbol)"],
    "plans/duplicate-number.md": [
        "content/plans/duplicate-number.md:2: number: số ký hiệu 271/QĐ-UBND năm 2024 của cùng cơ quan đã dùng ở "
        "content/plans/2024-271-qd-ubnd.md (duplicate number-symbol in one year)"],
    "plans/missing-number-not-draft.md": [
        "content/plans/missing-number-not-draft.md:2: number: thiếu số văn bản; chỉ văn bản dự thảo "
        "(draft_document: true) được để trống số (number missing; only drafts may omit it)",
        "content/plans/missing-number-not-draft.md:6: date: cần ngày đầy đủ, ví dụ 2024-01-29; chỉ văn bản dự "
        "thảo (draft_document: true) được thiếu ngày (full date required unless draft)"],
    "plans/topics-not-a-list.md": [
        "content/plans/topics-not-a-list.md:7: topics: phải là một danh sách, mỗi mục bắt đầu bằng '- ' "
        "(must be a list)"],
    "plans/unknown-topic.md": [
        "content/plans/unknown-topic.md:7: topics[0]: không có lĩnh vực 'tuyen-truyenn' trong "
        "content/registries/topics.yml (unknown topic); ý bạn là 'tuyen-truyen'? (did you mean)"],
    "plans/attachment-traversal.md": [
        "content/plans/attachment-traversal.md:9: attachments[0].file: đường dẫn tệp phải nằm trong thư mục "
        "content/ (path escapes content/)"],
    "plans/attachment-missing.md": [
        "content/plans/attachment-missing.md:9: attachments[0].file: không tìm thấy tệp content/files/khong-co.pdf "
        "(file not found)"],
    "plans/task-unknown-lead.md": [
        "content/plans/task-unknown-lead.md:11: tasks[0].lead[0]: không có cơ quan 'so-tu-phap' trong "
        "content/registries/agencies.yml (unknown agency)"],
    "plans/task-bad-status.md": [
        "content/plans/task-bad-status.md:12: tasks[0].status: giá trị 'xong' không hợp lệ; chọn một trong: "
        "'chua-bat-dau', 'dang-thuc-hien', 'hoan-thanh', 'cham-tien-do' or 'chua-cap-nhat' (invalid choice)"],
    "plans/signer-bad-prefix.md": [
        "content/plans/signer-bad-prefix.md:8: signer.prefix: giá trị 'TM' không hợp lệ; chọn một trong: "
        "'TM.', 'KT.', 'Q.', 'TL.' or 'TUQ.' (invalid choice)"],
    "plans/issuer-ended.md": [
        "content/plans/issuer-ended.md:4: issuer: cơ quan 'ubnd-huyen-dien-khanh' đã kết thúc hoạt động từ "
        "01/07/2025, trước ngày văn bản (issuer had ended before the document's date)"],
    "plans/no-front-matter.md": [
        "content/plans/no-front-matter.md:1: (front matter): tệp phải bắt đầu bằng dòng '---' rồi đến phần "
        "khai báo YAML (file must start with a '---' front matter block)"],
    "plans/duplicate-key.md": [
        "content/plans/duplicate-key.md:4: (YAML): YAML không hợp lệ: khóa 'abstract' bị lặp (duplicate key) "
        "(invalid YAML)"],
    "reports/figure-not-a-number.md": [
        "content/reports/figure-not-a-number.md:9: figures[0].value: phải là một số, ví dụ 30 hoặc 12.5 "
        "(must be a number); nhận được: 'ba mươi'"],
    "reports/period-reversed.md": [
        "content/reports/period-reversed.md:9: period.end: ngày kết thúc kỳ báo cáo trước ngày bắt đầu "
        "(period ends before it starts)"],
    "reports/reference-malformed-number.md": [
        "content/reports/reference-malformed-number.md:8: legal_bases[0].number: số ký hiệu '4831/QD UBND' "
        f"không được có khoảng trắng (no spaces); ví dụ: {BRIEF}"],
    "documents/legal-year-mismatch.md": [
        "content/documents/legal-year-mismatch.md:2: number: năm trong số ký hiệu (2023) khác năm ban hành (2024) "
        "(year in number-symbol differs from date)"],
    "pages/Tên Tệp Có Dấu.md": [
        "content/pages/Tên Tệp Có Dấu.md:1: (tên tệp): tên tệp phải viết thường, không dấu, nối bằng '-', "
        "ví dụ 'ten-tep-co-dau.md' (file name must be a slug)"],
    "pages/not-utf8.md": [
        "content/pages/not-utf8.md:5: (tệp): tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8 "
        "(file is not UTF-8)"],
    "pages/page-unknown-key.md": [
        "content/pages/page-unknown-key.md:2: title: phải là văn bản (must be text)"],
    "stray/lac-cho.md": [
        "content/stray/lac-cho.md:1: (thư mục): tệp Markdown phải nằm ngay trong một thư mục loại nội dung: "
        "documents, episodes, news, pages, plans, procedures, reports (Markdown outside a content folder)"],
    "procedures/amended-without-changes.md": [
        "content/procedures/amended-without-changes.md:5: lifecycle.changes: thủ tục sửa đổi, bổ sung phải nêu bộ "
        "phận được sửa đổi (changes) (amended procedure must say what changed)"],
    "procedures/code-not-quoted.md": [
        "content/procedures/code-not-quoted.md:2: code: mã thủ tục phải đặt trong ngoặc kép, ví dụ code: "
        "\"1.001193\" (quote the code, or YAML reads it as a number)"],
    "procedures/duplicate-code.md": [
        "content/procedures/duplicate-code.md:2: code: mã thủ tục 1.004194 đã dùng ở "
        "content/procedures/dang-ky-thuong-tru.md (duplicate procedure code)"],
    "procedures/fee-not-amount.md": [
        "content/procedures/fee-not-amount.md:19: methods[0].fees[0].amount: số tiền phải là số nguyên (đồng), viết "
        "liền không dấu chấm, ví dụ 20000 (amount must be a whole number of dong); nhận được: '20.000 đồng'"],
    "procedures/malformed-code.md": [
        "content/procedures/malformed-code.md:2: code: mã thủ tục phải có dạng 1.001193 (một chữ số, dấu chấm, sáu "
        "chữ số) (procedure code must look like 1.001193); nhận được: '1.4194'"],
    "procedures/missing-steps.md": [
        "content/procedures/missing-steps.md:2: steps: thiếu trường bắt buộc (required field missing); đây là bộ "
        "phận bắt buộc của thủ tục hành chính theo Điều 8 Nghị định số 63/2010/NĐ-CP"],
    "procedures/online-without-link.md": [
        "content/procedures/online-without-link.md:30: online.url: mức 'toan-trinh' cần địa chỉ nộp hồ sơ trực "
        "tuyến (url), ví dụ https://dichvucong.gov.vn/... (online service needs its link)"],
    "procedures/replaced-without-replacement.md": [
        "content/procedures/replaced-without-replacement.md:5: lifecycle.replaced_by: thủ tục được thay thế phải "
        "ghi mã thủ tục thay thế (replaced_by) (replaced procedure needs its replacement)"],
    "procedures/unknown-agency.md": [
        "content/procedures/unknown-agency.md:12: agencies.implementing[0]: không có cơ quan 'cong-an-xa' trong "
        "content/registries/agencies.yml (unknown agency); ý bạn là 'cong-an-cap-xa'? (did you mean)"],
    "procedures/unknown-field.md": [
        "content/procedures/unknown-field.md:9: fields[0]: không có lĩnh vực 'cu-truu' trong "
        "content/registries/topics.yml (unknown topic); ý bạn là 'cu-tru'? (did you mean)"],
    "episodes/audio-missing.md": [
        "content/episodes/audio-missing.md:9: audio.file: không tìm thấy tệp content/files/khong-co.mp3 "
        "(file not found)"],
    "episodes/audio-unreadable.md": [
        "content/episodes/audio-unreadable.md:9: audio.file: không đọc được tệp âm thanh; cần MP3, M4A, OGG hoặc "
        "WAV hợp lệ (unreadable audio file)"],
    "episodes/audio-url-incomplete.md": [
        "content/episodes/audio-url-incomplete.md:9: audio: tệp âm thanh qua url cần khai báo duration_seconds, "
        "size_bytes, mime_type (url audio needs them)"],
    "episodes/duplicate-number.md": [
        "content/episodes/duplicate-number.md:2: number: số 01/2024 đã dùng ở content/episodes/2024-so-01.md "
        "(duplicate episode number in one year)"],
    "radio/bad-duration.yml": [
        "content/radio/programme.yml:7: duration_minutes: thời lượng phải là số phút từ 1 đến 1440, ví dụ 15 "
        "(duration in minutes); nhận được: 0"],
    "radio/bad-time.yml": [
        "content/radio/programme.yml:8: premiere.time: giờ phải có dạng 18:00 hoặc 06:30 (24 giờ) "
        "(time must look like 18:00); nhận được: '25:00'"],
    "radio/overlapping-slots.yml": [
        "content/radio/programme.yml:9: rerun: giờ phát lại (18:10 thứ Tư) trùng với giờ phát lần đầu "
        "(18:00 thứ Tư, 15 phút) (slots overlap)"],
    "radio/skipped-not-premiere-day.yml": [
        "content/radio/programme.yml:11: skipped_dates[0].date: ngày 10/02/2024 không phải thứ Tư, ngày phát "
        "sóng lần đầu (skipped date is not a premiere day)"],
    "news/bad-datetime.md": [
        "content/news/bad-datetime.md:4: published: ngày giờ phải có dạng 2024-02-01 08:30 hoặc "
        "2024-02-01T08:30:00+07:00 (date-time like 2024-02-01 08:30); nhận được: '01/02/2024 8h30'"],
    "news/cover-bomb.md": [
        "content/news/cover-bomb.md:6: cover.file: ảnh quá lớn (9000x9000 điểm ảnh, tối đa 40 triệu); hãy thu nhỏ "
        "trước khi đưa lên (image too large)"],
    "news/cover-corrupt.md": [
        "content/news/cover-corrupt.md:6: cover.file: không đọc được ảnh; cần JPEG, PNG hoặc WebP hợp lệ "
        "(unreadable image)"],
    "news/cover-missing.md": [
        "content/news/cover-missing.md:6: cover.file: không tìm thấy tệp content/files/khong-co.jpg (file not found)"],
    "news/cover-traversal.md": [
        "content/news/cover-traversal.md:6: cover.file: đường dẫn tệp phải nằm trong thư mục content/ "
        "(path escapes content/)"],
    "news/cover-without-alt.md": [
        "content/news/cover-without-alt.md:6: cover.alt: thiếu trường bắt buộc (required field missing)"],
    "news/duplicate-guid.md": [
        "content/news/duplicate-guid.md:2: guid: guid đã dùng ở content/news/2024-02-01-tin-dau.md; mỗi mục cần "
        "một guid riêng (duplicate guid)"],
    "registries/agencies-extra.yml": [
        "content/registries/agencies.yml:19: [3].parent: không có cơ quan 'ubnd-tinh-khanh-hao' trong "
        "content/registries/agencies.yml (unknown agency); ý bạn là 'ubnd-tinh-khanh-hoa'? (did you mean)",
        "content/registries/agencies.yml:22: [4].level: giá trị 'cap-tinh' không hợp lệ; chọn một trong: "
        "'trung-uong', 'tinh', 'huyen', 'xa' or 'don-vi' (invalid choice)"],
}

WARNINGS = {
    "plans/unknown-key.md": [
        "content/plans/unknown-key.md:3: abstrct: trường không được hỗ trợ (unknown field); ý bạn là "
        "'abstract'? (did you mean)"],
    "pages/page-unknown-key.md": [
        "content/pages/page-unknown-key.md:3: descripton: trường không được hỗ trợ (unknown field); ý bạn là "
        "'description'? (did you mean)"],
    "episodes/off-slot.md": [
        "content/episodes/off-slot.md:3: air_date: ngày 05/01/2024 không rơi vào giờ phát sóng nào của chương "
        "trình (18:00 thứ Tư) (air date falls on no slot)"],
    "episodes/on-skipped-date.md": [
        "content/episodes/on-skipped-date.md:3: air_date: ngày 14/02/2024 là ngày nghỉ phát sóng (Tết Giáp Thìn) "
        "(air date is a skipped date)"],
    "reports/symbol-type-mismatch.md": [
        "content/reports/symbol-type-mismatch.md:2: number: báo cáo thường có ký hiệu BC nhưng số ký hiệu ghi "
        "'KH'; nếu bản gốc đúng như vậy, thêm 'accepted_warnings: [symbol-type]' "
        "(symbol type does not match the document type)"],
}

ACCEPTED = ["plans/same-number-next-year.md", "plans/bom.md", "plans/crlf.md", "plans/nfd.md"]


FIXTURE_OF = {"procedures": "procedures", "radio": "radio", "episodes": "radio", "news": "news"}


def load_with(tmp_path, case: str):
    project = make_site(tmp_path, FIXTURE_OF.get((BAD / case).parent.name, "minimal"))
    place_case(project, case)
    return load_content(project / "content", project)


def place_case(project, case: str) -> None:
    """Put one bad-input file where its folder says: programme, registry, or a content folder."""
    source = BAD / case
    folder = source.parent.name
    if folder == "radio":
        shutil.copy(source, project / "content/radio/programme.yml")
    elif folder == "registries":
        agencies = project / "content/registries/agencies.yml"
        agencies.write_text(agencies.read_text(encoding="utf-8") + source.read_text(encoding="utf-8"),
                            encoding="utf-8")
    else:
        (project / "content" / folder).mkdir(exist_ok=True)
        shutil.copy(source, project / "content" / folder / source.name)
        if (source.parent / "files").is_dir():  # broken images the case needs
            shutil.copytree(source.parent / "files", project / "content/files", dirs_exist_ok=True)


def test_every_fixture_file_has_an_expectation():
    files = {p.relative_to(BAD).as_posix() for p in BAD.rglob("*") if p.is_file() and p.parent.name != "files"}
    assert files == set(ERRORS) | set(WARNINGS) | set(ACCEPTED)


@pytest.mark.parametrize("case", sorted(set(ERRORS) | set(WARNINGS)))
def test_bad_input_gives_its_exact_messages(tmp_path, case):
    _, problems = load_with(tmp_path, case)
    assert [str(p) for p in problems.errors] == ERRORS.get(case, [])
    assert [str(p) for p in problems.warnings] == WARNINGS.get(case, [])


@pytest.mark.parametrize("case", ACCEPTED)
def test_valid_edge_cases_are_accepted(tmp_path, case):
    store, problems = load_with(tmp_path, case)
    assert problems.items == []
    assert any(e.path.endswith(case) for e in store.entries)


def test_all_problems_of_all_files_come_in_one_run(tmp_path):
    project = make_site(tmp_path)
    for case in ("plans/missing-abstract.md", "plans/unknown-agency.md", "reports/period-reversed.md"):
        shutil.copy(BAD / case, project / "content" / case)
    _, problems = load_content(project / "content", project)
    assert [p.path for p in problems.errors] == [
        "content/plans/missing-abstract.md", "content/plans/unknown-agency.md", "content/reports/period-reversed.md"]
