from decimal import Decimal

import pytest
from django.urls import reverse

from rapport.appraisal.models import Indicator
from rapport.appraisal.services.actuals_import import actuals_import


def csv(*rows, header="employee_number,indicator,actual"):
    return ("\n".join([header, *rows]) + "\n").encode()


def test_it_imports_actuals_by_employee_number_and_indicator_title(org, goals):
    number = org["employee"].employee_number
    result = actuals_import(
        actor=org["hr"].user,
        cycle=goals.cycle,
        content=csv(f'{number},revenue booked,"1,250.5"'),
        filename="a.csv",
    )
    assert result.ok and result.updated == 1
    assert Indicator.objects.get(title="Revenue booked").actual == Decimal("1250.5")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("NOPE,Revenue booked,5", "has no scorecard in this cycle"),
        ("{n},Happiness,5", "has no indicator called “Happiness”"),
        ("{n},Collaboration,5", "is qualitative"),
        ("{n},Revenue booked,lots", "“lots” is not a number"),
    ],
)
def test_bad_rows_are_reported_and_nothing_is_written(org, goals, row, message):
    number = org["employee"].employee_number
    content = csv(row.format(n=number))
    result = actuals_import(
        actor=org["hr"].user, cycle=goals.cycle, content=content, filename="a.csv"
    )
    assert not result.ok and message in result.errors[0].message and result.errors[0].row == 2
    assert Indicator.objects.get(title="Revenue booked").actual is None


def test_one_bad_row_means_the_good_ones_are_not_written_either(org, goals):
    number = org["employee"].employee_number
    content = csv(f"{number},Revenue booked,80", "NOPE,Revenue booked,5")
    result = actuals_import(
        actor=org["hr"].user, cycle=goals.cycle, content=content, filename="a.csv"
    )
    assert [e.row for e in result.errors] == [3]
    assert Indicator.objects.get(title="Revenue booked").actual is None


def test_the_same_indicator_twice_is_an_error(org, goals):
    number = org["employee"].employee_number
    result = actuals_import(
        actor=org["hr"].user,
        cycle=goals.cycle,
        content=csv(f"{number},Revenue booked,1", f"{number},Revenue booked,2"),
        filename="a.csv",
    )
    assert [e.row for e in result.errors] == [3]


def test_chinese_headers_in_gbk_work(org, goals):
    number = org["employee"].employee_number
    content = f"工号,指标,实际值\n{number},Revenue booked,90%\n".encode("gbk")
    assert actuals_import(
        actor=org["hr"].user, cycle=goals.cycle, content=content, filename="a.csv"
    ).ok


def test_the_import_page_shows_problems(org, goals, as_hr):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("a.csv", csv("X,Y,Z"))
    response = as_hr.post(
        reverse("appraisal:cycle_actuals", args=[goals.cycle.uuid]), {"file": upload}
    )
    assert (
        response.status_code == 400
        and "has no scorecard in this cycle" in response.content.decode()
    )
