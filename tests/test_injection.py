"""Script and HTML injected in titles, summaries and bodies never reach a page as markup."""

import shutil

from tests.helpers import FIXTURES, build, make_site


def test_injected_markup_is_escaped_or_removed(tmp_path):
    project = make_site(tmp_path)
    shutil.copy(FIXTURES / "injection/2024-300-qd-ubnd.md", project / "content/plans/2024-300-qd-ubnd.md")
    result = build(project)
    assert result.returncode == 0, result.stderr
    pages = {p: p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html")}
    for path, html in pages.items():
        for marker in ("<script>alert", "<img src=x onerror", "alert('noi-dung')", 'href="javascript:',
                       'onclick="', "<iframe"):
            assert marker not in html, (path, marker)
    page = pages[project / "site/ke-hoach/2024-300-qd-ubnd/index.html"]
    assert "Tiêu đề có &lt;script&gt;alert(&#39;tieu-de&#39;)&lt;/script&gt; và &#34;ngoặc kép&#34; &amp; dấu và" in page
    assert ('<meta name="description" content="Tóm tắt &lt;img src=x onerror=alert(&#39;tom-tat&#39;)&gt; hết">'
            in page)  # escaped inside the attribute
    assert "Tóm tắt &lt;img src=x onerror=alert(&#39;tom-tat&#39;)&gt; hết" in page
    assert "<a>liên kết</a>" in page
