"""The quick inline step hands plain text back at once and renders everything else as
Python-Markdown's own step does; it is used only over Python-Markdown's own patterns."""

from __future__ import annotations

import random
from pathlib import Path

import markdown
import pytest
from markdown.inlinepatterns import InlineProcessor as PatternProcessor
from markdown.treeprocessors import InlineProcessor

from site_builder.output.quick_inline import MAY_MATCH, QuickInlineProcessor, quicken
from site_builder.vietnamese.text import toc_slug

ROOT = Path(__file__).resolve().parents[2]
EXTENSIONS = ["tables", "attr_list", "admonition", "toc"]
CONFIGS = {"toc": {"permalink": False, "slugify": toc_slug}}

# Pieces of inline text: plain words and every construct a default pattern matches.
WORDS = ["Đăng", "ký", "khai", "sinh", "tại", "UBND", "xã", "1.001193", "271/QĐ-UBND", "20.000", "đ", "(phí)",
         "ngày", "29/01/2024", "!", "?", ":", ";", "#", "-", "+", "=", "%", "~", "^", "|", "{", "}", "\"", "'",
         "]", ")", ">", "a@b.vn", "http://x.vn", " ", "\n", " \n"]
MARKED = ["**đậm**", "*nghiêng*", "__đậm__", "_nghiêng_", "`mã`", "\\*", "[liên kết](a.md)", "![ảnh](b.jpg)",
          "[tham chiếu][r]", "<b>thẻ</b>", "<https://cchc.vn>", "<a@b.vn>", "&amp;", "&#272;", "dòng  \nmới",
          "snake_case", "2*3", "[x]", "<!-- chú -->"]


def _line(rng: random.Random, marked: float) -> str:
    return " ".join(rng.choice(MARKED) if rng.random() < marked else rng.choice(WORDS)
                    for _ in range(rng.randint(3, 25)))


def _document(rng: random.Random) -> str:
    blocks = []
    for _ in range(rng.randint(2, 12)):
        kind = rng.randrange(8)
        text = _line(rng, rng.choice((0.0, 0.0, 0.1, 0.4)))
        blocks.append([
            text,
            f"## {text.splitlines()[0] or 'Tiêu đề'}",
            "\n".join(f"- {_line(rng, 0.1)}".replace("\n", " ") for _ in range(3)),
            "| Cột | Giá |\n|---|---|\n" + "\n".join(f"| {_line(rng, 0.1)} | 20.000 đ |".replace("\n", " ")
                                                    for _ in range(2)),
            f'!!! note "Lưu ý"\n    {text.replace(chr(10), " ")}',
            f"{text.replace(chr(10), ' ')}\n{{: .ghi-chu }}",
            f"<div markdown=\"1\">{text}</div>",
            f"> {text.replace(chr(10), ' ')}",
        ][kind])
    blocks.append("[r]: https://cchc.vn/r")
    return "\n\n".join(blocks) + "\n"


def _pair() -> tuple[markdown.Markdown, markdown.Markdown]:
    plain = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    quick = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    assert quicken(quick)
    return plain, quick


def random_documents_render_alike(plain: markdown.Markdown, quick: markdown.Markdown, seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        document = _document(rng)
        assert quick.reset().convert(document) == plain.reset().convert(document), document


def sample_bodies_render_alike(plain: markdown.Markdown, quick: markdown.Markdown) -> None:
    documents = sorted((ROOT / "content").rglob("*.md"))
    assert len(documents) > 20
    for path in documents:
        text = path.read_text(encoding="utf-8")
        assert quick.reset().convert(text) == plain.reset().convert(text), path


def test_random_documents_render_the_same_with_the_quick_step():
    random_documents_render_alike(*_pair(), seed=7)


def test_the_sample_portal_bodies_render_the_same_with_the_quick_step():
    sample_bodies_render_alike(*_pair())


def test_no_default_pattern_matches_text_without_the_characters_it_needs():
    """Text built from plain words and marked pieces, kept when the quick check passes it
    by: no pattern may match it (a piece whose marker the check forgot would)."""
    patterns = [item for item in markdown.Markdown().inlinePatterns]
    assert len(patterns) >= 10
    rng = random.Random(11)
    passed_by = 0
    for _ in range(20_000):
        text = "".join(rng.choice(MARKED + WORDS * 3) for _ in range(rng.randint(1, 8)))
        if MAY_MATCH.search(text):
            continue
        passed_by += 1
        for pattern in patterns:
            assert pattern.compiled_re.search(text) is None, (type(pattern).__name__, text)
    assert passed_by > 1000


@pytest.mark.parametrize("piece", MARKED)
def test_every_marked_piece_is_seen_by_the_quick_check(piece):
    assert MAY_MATCH.search(piece)


def test_plain_text_is_handed_back_without_trying_a_pattern():
    _, quick = _pair()
    tried = []
    for pattern in quick.inlinePatterns:
        pattern.getCompiledRegExp = lambda pattern=pattern: tried.append(pattern) or pattern.compiled_re
    assert quick.convert("Đăng ký khai sinh tại UBND xã.\n\n## Hồ sơ\n\n- Tờ khai\n") .count("<") > 0
    assert tried == []
    quick.reset().convert("Mang **bản chính**.")
    assert tried


class _Caret(PatternProcessor):
    def handleMatch(self, m, data):
        return None, None, None


def test_an_extension_that_adds_an_inline_pattern_keeps_the_usual_step():
    md = markdown.Markdown(extensions=["footnotes"])  # adds the "footnote" pattern
    assert not quicken(md)
    assert type(md.treeprocessors["inline"]) is InlineProcessor
    own = markdown.Markdown()
    own.inlinePatterns.register(_Caret(r"\^(.+?)\^", own), "caret", 65)
    assert not quicken(own)
    default = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    assert quicken(default) and type(default.treeprocessors["inline"]) is QuickInlineProcessor
