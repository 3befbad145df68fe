"""Problems out: warnings to the MkDocs log (they fail --strict), errors abort."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from site_builder.problems import ContentError, Problems

log = get_plugin_logger("portal")


def raise_or_warn(problems: Problems) -> None:
    for warning in problems.warnings:
        log.warning(str(warning))
    if problems.errors:
        raise PluginError(str(ContentError(problems.errors)))
