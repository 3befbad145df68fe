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
