"""The README's example entry must stay valid."""

import re

from site_builder.content.loader import load_content
from tests.helpers import ROOT, make_site


def test_readme_example_passes_check_and_resolves_its_reference(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```markdown\n(.*?)```", readme, re.S).group(1)
    project = make_site(tmp_path)
    (project / "content/reports/2024-15-bc-snv.md").write_text(example, encoding="utf-8")
    store, problems = load_content(project / "content", project)
    assert [str(p) for p in problems.items] == []
    entry = next(e for e in store.entries if e.slug == "2024-15-bc-snv")
    assert entry.url == "bao-cao/2024-15-bc-snv/"
    assert store.find(entry.model.implements[0]).slug == "2024-271-qd-ubnd"
