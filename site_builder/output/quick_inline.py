"""Python-Markdown's inline step, skipping text no inline pattern can match.

The inline step tries each of its patterns in turn on every run of text (a paragraph,
a list item, a heading, a cell): ~13 regular expression searches each, ~40 % of a
page's conversion, though most runs of an editor's text are plain sentences. Each of
Python-Markdown's own patterns needs one of a few characters to match (a backtick, a
backslash, a bracket, "<", "&", "*", "_", or two spaces before a line break), so a
run holding none of them comes out of the step as it went in: it is handed back
at once, and everything else goes through the step as before.

Only for Python-Markdown's own patterns, exactly as its pinned version registers them:
if an extension adds or changes one, the step is left as it is (`quicken`).
tests/output/test_quick_inline.py renders documents both ways and checks each of the
patterns against text without those characters."""

from __future__ import annotations

import functools
import re

import markdown
from markdown import util
from markdown.treeprocessors import InlineProcessor

# What every one of the default patterns' matches holds at least one of.
MAY_MATCH = re.compile(r"[`\\\[<&*_]|  \n")


class QuickInlineProcessor(InlineProcessor):
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        # The name the base class's calls to its private __handleInline are mangled to.
        if isinstance(data, util.AtomicString) or MAY_MATCH.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)


def quicken(md: markdown.Markdown) -> bool:
    """The instance's inline step made the quick one when its patterns are the default
    ones; True when it was."""
    if _patterns(md) != _default_patterns():
        return False
    inline = md.treeprocessors["inline"]
    if type(inline) is not InlineProcessor:
        return False
    md.treeprocessors.register(QuickInlineProcessor(md), "inline", _priority(md, "inline"))
    return True


def _patterns(md: markdown.Markdown) -> list[tuple[str, float, type, str]]:
    registry = md.inlinePatterns
    return [(item.name, item.priority, type(registry[item.name]), registry[item.name].compiled_re.pattern)
            for item in registry._priority]


@functools.cache
def _default_patterns() -> list[tuple[str, float, type, str]]:
    return _patterns(markdown.Markdown())


def _priority(md: markdown.Markdown, name: str) -> float:
    return next(item.priority for item in md.treeprocessors._priority if item.name == name)
