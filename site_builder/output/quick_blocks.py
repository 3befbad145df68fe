"""Python-Markdown's block step, sending a plain paragraph straight to the paragraph processor.

The block parser asks every block processor in turn whether a block is its kind, and a
paragraph is the last one asked: twelve tests (regular expressions over the block, the
admonition's look at the parent) for every paragraph of every page, ~2 s of a full
build at 10,000 pages. A block of one line that begins with a letter is none of the
others' kind: each of them needs the block to begin with what marks it ("#", ">", "!",
"[", a digit, a list or rule marker, indentation) or to hold a line break (a table, a
setext heading, an empty block). Such a block goes to the paragraph processor at once;
every other block is asked about as before.

Only over the processors this was checked for, as the pinned Python-Markdown and our
extensions (tables, admonition) register them (`quicken_blocks`): any other one, and the
parser is left as it is. tests/output/test_quick_blocks.py asks every processor about
random such blocks and renders documents both ways."""

from __future__ import annotations

import functools

import markdown
from markdown import blockprocessors
from markdown.extensions.admonition import AdmonitionProcessor
from markdown.extensions.tables import TableProcessor

# Each answers "no" to a one-line block that begins with a letter (tested).
NEVER_A_PLAIN_LINE = (AdmonitionProcessor, blockprocessors.EmptyBlockProcessor, blockprocessors.ListIndentProcessor,
                      blockprocessors.CodeBlockProcessor, TableProcessor, blockprocessors.HashHeaderProcessor,
                      blockprocessors.SetextHeaderProcessor, blockprocessors.HRProcessor,
                      blockprocessors.OListProcessor, blockprocessors.UListProcessor,
                      blockprocessors.BlockQuoteProcessor, blockprocessors.ReferenceProcessor)


def is_plain_line(block: str) -> bool:
    return block[:1].isalpha() and "\n" not in block


def quicken_blocks(md: markdown.Markdown) -> bool:
    """The instance's block parser made to send plain lines to its paragraph processor,
    when its processors are the checked ones with the paragraph processor last; True when it was."""
    processors = list(md.parser.blockprocessors)
    if not processors or type(processors[-1]) is not blockprocessors.ParagraphProcessor \
            or not all(type(processor) in NEVER_A_PLAIN_LINE for processor in processors[:-1]):
        return False
    md.parser.parseBlocks = functools.partial(_parse_blocks, md.parser, processors[-1])
    return True


def _parse_blocks(parser, paragraph, parent, blocks: list[str]) -> None:
    """BlockParser.parseBlocks, but a plain line goes to the paragraph processor at once."""
    while blocks:
        if is_plain_line(blocks[0]):
            paragraph.run(parent, blocks)
            continue
        for processor in parser.blockprocessors:
            if processor.test(parent, blocks[0]):
                if processor.run(parent, blocks) is not False:
                    break
