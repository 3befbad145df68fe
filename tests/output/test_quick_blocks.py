"""The quick block step sends a one-line block that begins with a letter to the
paragraph processor, and renders every document as Python-Markdown's own step does;
it is used only over the block processors it was checked for."""

from __future__ import annotations

import copy
import random
import xml.etree.ElementTree as etree

import markdown

from site_builder.output.quick_blocks import (
    NEVER_A_PLAIN_LINE,
    is_plain_line,
    quicken_blocks,
)
from tests.output.test_quick_inline import (
    CONFIGS,
    EXTENSIONS,
    random_documents_render_alike,
    sample_bodies_render_alike,
)

# What a line may hold after its first letter: every block marker, anywhere.
PIECES = list("aăđêôươyAĐ0129 #>!?[]():|-*+_=`~<.\t") + ["!!! note", "1. ", "- ", "* ", "    ", "---", "===", "[^1]:",
                                                     "[r]: http://x.vn", "| a | b |", "\x02wzxhzdk:0\x03", "<div>"]


def _pair() -> tuple[markdown.Markdown, markdown.Markdown]:
    plain = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    quick = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    assert quicken_blocks(quick)
    return plain, quick


def _parents(md: markdown.Markdown) -> list[etree.Element]:
    """Parents a block may be tested under: empty, after a paragraph, a list, an admonition,
    a code block; a list item."""
    made = md.reset().convert  # a converted document leaves the parser's processors set up
    made("x")
    empty = etree.Element("div")
    after_list = etree.Element("div")
    etree.SubElement(etree.SubElement(after_list, "ul"), "li").text = "mục"
    after_note = etree.Element("div")
    etree.SubElement(after_note, "div", {"class": "admonition note"})
    after_code = etree.Element("div")
    etree.SubElement(etree.SubElement(after_code, "pre"), "code").text = "mã"
    item = etree.Element("li")
    etree.SubElement(item, "p").text = "đoạn"
    return [empty, after_list, after_note, after_code, item]


def test_no_other_processor_takes_a_one_line_block_that_begins_with_a_letter():
    """Asked in every parser state a list or an indented block leaves, under every kind of parent."""
    md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIGS)
    processors = list(md.parser.blockprocessors)
    assert {type(p) for p in processors[:-1]} == set(NEVER_A_PLAIN_LINE)  # every checked one is asked
    rng = random.Random(13)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƯÀẢỆ"
    blocks = [rng.choice(letters) + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
              for _ in range(20_000)]
    blocks = [block.replace("\n", " ") for block in blocks]
    assert all(is_plain_line(block) for block in blocks)
    for state in (None, "list", "looselist", "detabbed"):
        if state:
            md.parser.state.set(state)
        for parent in _parents(md):
            for block in blocks:
                taken = [type(p).__name__ for p in processors[:-1] if _takes(p, parent, block)]
                assert taken == [], (state, parent.tag, block)
        if state:
            md.parser.state.reset()


def _takes(processor, parent: etree.Element, block: str) -> bool:
    """As the parser asks: test, then run, which may still decline (the reference
    processor's test says yes to every block; its run looks)."""
    if not processor.test(parent, block):
        return False
    blocks = [block]
    return processor.run(copy.deepcopy(parent), blocks) is not False or blocks != [block]


def test_a_plain_line_is_what_begins_with_a_letter_and_holds_no_line_break():
    assert is_plain_line("Ủy ban nhân dân tỉnh # 1 > 2")
    assert not is_plain_line("") and not is_plain_line(" Ủy ban") and not is_plain_line("1. Bước")
    assert not is_plain_line("Tiêu đề\n=====") and not is_plain_line("# Tiêu đề")


def test_random_documents_render_the_same_with_the_quick_step():
    random_documents_render_alike(*_pair(), seed=11)


def test_the_sample_portal_bodies_render_the_same_with_the_quick_step():
    sample_bodies_render_alike(*_pair())


def test_the_quick_step_is_left_out_when_another_block_processor_is_registered():
    md = markdown.Markdown(extensions=EXTENSIONS + ["def_list"], extension_configs=CONFIGS)
    assert not quicken_blocks(md)
    assert "parseBlocks" not in vars(md.parser)  # the parser's own step
