from site_builder.problems import Problem, localize


def test_vietnamese_by_default_english_gist_first_on_request(monkeypatch):
    message = "thiếu trường bắt buộc (required field missing)"
    assert localize(message) == message
    assert localize(message, "en") == "required field missing: thiếu trường bắt buộc"
    suggestion = "không có lĩnh vực 'x' (unknown topic); ý bạn là 'y'? (did you mean)"
    assert localize(suggestion, "en") == "unknown topic: không có lĩnh vực 'x'; ý bạn là 'y'? (did you mean)"
    monkeypatch.setenv("PORTAL_LANG", "en")
    assert str(Problem("content/a.md", 3, "number", message)) == \
        "content/a.md:3: number: required field missing: thiếu trường bắt buộc"
