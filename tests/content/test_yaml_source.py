import pytest

from site_builder.content.yaml_source import YamlSyntaxError, parse_yaml


def test_dates_stay_text_so_impossible_dates_reach_validation():
    assert parse_yaml("date: 2024-02-30\n").data == {"date": "2024-02-30"}


def test_line_of_nested_values_with_offset():
    document = parse_yaml("a: 1\ntasks:\n  - lead: x\n    task: y\n", line_offset=1)
    assert document.line_of(("tasks", 0, "task")) == 5
    assert document.line_of(("tasks", 0, "missing")) == 4  # falls back to the nearest parent
    assert document.line_of(("a",)) == 2


def test_duplicate_keys_are_errors_with_their_line():
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("title: a\nnumber: 1\ntitle: b\n")
    assert caught.value.line == 3
    assert caught.value.message == "YAML không hợp lệ: khóa 'title' bị lặp (duplicate key) (invalid YAML)"


def test_syntax_errors_name_the_line_where_the_unclosed_bracket_opens():
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("x: 0\na: [1, 2\nb: 3\n", line_offset=1)
    assert caught.value.line == 3
    assert caught.value.message == "YAML không hợp lệ: danh sách mở bằng '[' chưa đóng bằng ']' (invalid YAML)"


def test_a_colon_inside_a_value_is_explained():
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("a: 1\nsource_note: Trang tóm tắt: thông tin\n")
    assert caught.value.line == 2
    assert "hãy đặt cả giá trị trong dấu ngoặc kép" in caught.value.message
