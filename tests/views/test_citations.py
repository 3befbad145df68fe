from site_builder.content.loader import load_content
from site_builder.models.document import Reference
from site_builder.views.citations import cite
from tests.helpers import make_site


def store_of(tmp_path):
    project = make_site(tmp_path)
    store, _ = load_content(project / "content", project)
    return store


def test_a_numbered_reference_reads_like_a_citation_and_links(tmp_path):
    store = store_of(tmp_path)
    ref = Reference.model_validate({"number": "4831/QĐ-UBND", "date": "2021-12-24",
                                    "issuer": "ubnd-tinh-khanh-hoa", "title": "ban hành Chương trình"})
    citation = cite(ref, store)
    assert citation.text == "Quyết định số 4831/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Khánh Hòa ban hành Chương trình"
    assert citation.url == "van-ban/2021-4831-qd-ubnd/"


def test_a_law_without_number_and_an_unknown_document_stay_text(tmp_path):
    store = store_of(tmp_path)
    law = Reference.model_validate({"kind": "Luật", "title": "Tổ chức chính quyền địa phương", "date": "2015-06-19"})
    assert cite(law, store).text == "Luật Tổ chức chính quyền địa phương ngày 19/06/2015"
    assert cite(law, store).url is None
    other = Reference.model_validate({"number": "14/KH-UBND", "date": "2023-02-14"})
    assert cite(other, store).url is None


def test_resolution_needs_the_year_and_respects_the_issuer(tmp_path):
    store = store_of(tmp_path)
    no_year = Reference.model_validate({"number": "4831/QĐ-UBND"})
    wrong_year = Reference.model_validate({"number": "4831/QĐ-UBND", "date": "2022-01-05"})
    other_issuer = Reference.model_validate({"number": "4831/QĐ-UBND", "date": "2021-12-24",
                                             "issuer": "so-noi-vu-khanh-hoa"})
    assert [store.find(r) for r in (no_year, wrong_year, other_issuer)] == [None, None, None]
