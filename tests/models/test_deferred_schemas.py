"""The content models' validators are built when first used, not on import: a rebuild
takes every entry from the parse cache, validating only the registries and what changed
(the 30-odd models' schemas cost ~25-50 ms of its start)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
from site_builder.content import loader  # what a build imports
from site_builder.models.base import ContentModel
from site_builder.models.registry import Topic

def models(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from models(sub)

built = sorted(m.__name__ for m in models(ContentModel) if m.__pydantic_complete__)
Topic.model_validate({"id": "cai-cach-hanh-chinh", "name": "Cải cách hành chính"})
print(built, Topic.__pydantic_complete__, len(list(models(ContentModel))))
"""


def test_no_content_model_is_built_until_it_validates():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    built, topic_built, count = result.stdout.rsplit(" ", 2)
    assert built == "[]" and topic_built == "True" and int(count) > 20
