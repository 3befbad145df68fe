"""Images asked for before the content is read: the procedures' QR codes.

Until the site model asked for the first share cards, a full build's image workers had
nothing to do, and for ~2 s at 10,000 pages the second core idled while the build
process alone listed and hashed the content files, took back the parse workers'
entries and ran the checks across files. A procedure's QR code needs only its page's
address, which the file's name gives: asked for first, the workers draw the codes
(~2,000, ~5 core-seconds) in those gaps, and the site model finds each one asked for.
A file that turns out not to be a page (a draft, or one with errors) costs one code
drawn for nothing."""

from __future__ import annotations

import os
from pathlib import Path

from site_builder.content.entry import entry_url
from site_builder.content.sections import SECTIONS
from site_builder.images.pipeline import ImagePipeline
from site_builder.views.procedures import procedure_address
from site_builder.views.qr import qr_svg


def ask_for_qr_codes(images: ImagePipeline, content_dir: Path, site_url: str) -> int:
    """Ask for the QR code of every procedure file's page; how many were asked for."""
    asked = 0
    for section in SECTIONS:
        if section.kind != "procedure":
            continue
        try:
            names = sorted(name for name in os.listdir(content_dir / section.folder) if name.endswith(".md"))
        except OSError:  # no such folder: the loader says what is missing
            continue
        for name in names:
            images.qr(procedure_address(site_url, entry_url(section, name.removesuffix(".md"))), qr_svg)
            asked += 1
    return asked
