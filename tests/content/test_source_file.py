import pytest

from site_builder.content.source_file import SourceError, read_text, split_front_matter


def test_bom_crlf_and_nfd_are_cleaned(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("\ufeff---\r\ntitle: Kha\u0301nh Ho\u0300a\r\n---\r\nBody\r\n".encode("utf-8"))
    source = split_front_matter(read_text(path))
    assert source.front_matter.data == {"title": "Khánh Hòa"}
    assert source.body == "Body\n"
    assert source.body_line == 4


def test_non_utf8_names_the_line(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes("---\ntitle: ok\n".encode() + "Khánh".encode("cp1258"))
    with pytest.raises(SourceError) as caught:
        read_text(path)
    assert (caught.value.line, caught.value.message) == (
        3, "tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8 (file is not UTF-8)")


def test_front_matter_is_required_and_must_close():
    with pytest.raises(SourceError) as missing:
        split_front_matter("# Tiêu đề\n")
    assert missing.value.field == "(front matter)"
    with pytest.raises(SourceError) as unclosed:
        split_front_matter("---\ntitle: x\n")
    assert unclosed.value.message == "thiếu dòng '---' đóng phần khai báo YAML (front matter is not closed)"
