"""sitemap.xml made in Python is what MkDocs' own template makes (`output/sitemap.py`)."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.theme import Theme

from site_builder.output.sitemap import sitemap_xml


def page(abs_url, canonical_url=None, update_date=None, is_link=False):
    return SimpleNamespace(page=SimpleNamespace(abs_url=abs_url, canonical_url=canonical_url,
                                                update_date=update_date, is_link=is_link))


def test_the_sitemap_has_the_bytes_of_mkdocs_own_template():
    files = [
        page("https://cchc.example.vn/a/", "https://cchc.example.vn/a/?x=1&y=<2>", "2024-01-29"),
        page("https://cchc.example.vn/khong-ngay/"),  # no date: an empty line, as the template leaves
        page("https://cchc.example.vn/lien-ket/", is_link=True),
        page(None, update_date="2024-02-01"),  # no address at all
        page(None, "https://cchc.example.vn/chi-canonical/"),
        page("https://cchc.example.vn/tin-tuc/ảnh-đẹp/", update_date="2026-11-22"),
    ]
    template = Theme(name="mkdocs").get_env().get_template("sitemap.xml")
    assert sitemap_xml(files) == template.render(pages=files)
    assert sitemap_xml([]) == template.render(pages=[])
