import datetime as dt

from site_builder.models.registry import Agency


def test_name_on_a_date_uses_the_name_then_in_force():
    agency = Agency.model_validate({
        "id": "so-noi-vu", "name": "Sở Nội vụ mới", "level": "tinh",
        "former_names": [{"name": "Sở Nội vụ cũ", "until": "2025-03-01"},
                         {"name": "Ban Tổ chức chính quyền", "until": "2008-04-01"}],
    })
    assert agency.name_on(dt.date(2005, 1, 1)) == "Ban Tổ chức chính quyền"
    assert agency.name_on(dt.date(2024, 1, 29)) == "Sở Nội vụ cũ"
    assert agency.name_on(dt.date(2025, 3, 1)) == "Sở Nội vụ mới"


def test_an_ended_agency_is_not_active_after_its_end():
    agency = Agency.model_validate({"id": "ubnd-huyen", "name": "UBND huyện", "level": "huyen",
                                    "ended": "2025-07-01"})
    assert agency.is_active_on(dt.date(2025, 6, 30))
    assert not agency.is_active_on(dt.date(2025, 7, 1))
