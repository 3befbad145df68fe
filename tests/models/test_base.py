import datetime as dt

import pytest
from pydantic_core import PydanticCustomError

from site_builder.models.base import PartialDate


def test_full_partial_and_year_only_dates():
    assert PartialDate.parse("2024-01-29") == PartialDate(2024, 1, 29)
    assert PartialDate.parse("2023-11") == PartialDate(2023, 11)
    assert PartialDate.parse(2023) == PartialDate(2023)


def test_partial_date_renders_like_the_paper():
    assert PartialDate(2023, 11).long == "ngày … tháng 11 năm 2023"
    assert PartialDate(2024, 1, 29).short == "29/01/2024"
    assert PartialDate(2023, 11).short == "11/2023"
    assert PartialDate(2023, 11).as_date == dt.date(2023, 11, 1)


@pytest.mark.parametrize("value, kind", [("2024-02-30", "vn_date_impossible"), ("29/01/2024", "vn_date_format"),
                                         ("2024-1-29", "vn_date_format"), (True, "vn_date_format")])
def test_bad_dates_are_refused_with_a_reason(value, kind):
    with pytest.raises(PydanticCustomError) as caught:
        PartialDate.parse(value)
    assert caught.value.type == kind


def test_a_models_repr_names_every_field_so_fingerprints_tell_models_apart():
    """The page cache fingerprints pages by repr(): every field of a model, nested ones too."""
    from site_builder.models.news import Cover
    from site_builder.models.procedure import Fee

    fee = Fee.model_validate({"name": "Lệ phí", "amount": 20000, "note": "Nộp tại Bộ phận Một cửa"})
    assert repr(fee).startswith("Fee({") and "20000" in repr(fee) and "Nộp tại Bộ phận Một cửa" in repr(fee)
    other = fee.model_copy(update={"note": "Nộp trực tuyến"})
    assert repr(other) != repr(fee) and " at 0x" not in repr(fee)
    cover = Cover.model_validate({"file": "files/anh/a.jpg", "alt": "Hội nghị", "caption": "Ảnh: Sở Nội vụ"})
    assert all(str(value) in repr(cover) for value in cover.__dict__.values())
