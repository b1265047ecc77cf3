import io
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from rapport.audit.models import AuditEvent
from rapport.people.models import Department, Employee, User
from rapport.people.services.people_import import people_import

HEADER = (
    "employee_number,name,email,department,job_title,manager_number,hire_date,active,language\n"
)
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return (header + "\n".join(rows) + "\n").encode(encoding)


def run(actor, content: bytes, filename: str = "people.csv", **kwargs):
    return people_import(
        actor=actor.user if hasattr(actor, "user") else actor,
        content=content,
        filename=filename,
        **kwargs,
    )


def errors_of(result):
    return [(e.row, e.column, e.message) for e in result.errors]


@pytest.fixture
def hr(org):
    return org["hr"]


def test_it_imports_people_departments_and_managers_listed_after_their_reports(hr):
    # given a file where a report comes before their manager
    content = csv_bytes(
        "N2,Bo Report,bo@example.com,Sales / East,Account Executive,N1,2022-03-01,yes,en",
        "N1,Al Boss,al@example.com,Sales,Head of Sales,,2019-01-01,yes,zh",
    )
    # when it is imported
    result = run(hr, content)
    # then both exist, with the reporting line, the department tree and the paths
    assert result.ok, errors_of(result)
    assert (result.created, result.updated) == (2, 0)
    boss = Employee.objects.get(employee_number="N1")
    report = Employee.objects.get(employee_number="N2")
    assert report.manager == boss
    assert report.path == f"{boss.path}{report.pk}/"
    assert report.department.parent.name == "Sales"
    assert boss.user.language == "zh-hans"
    assert not report.user.has_usable_password()
    assert AuditEvent.objects.filter(action="employee.import_create").count() == 2


def test_it_updates_by_employee_number_on_reimport_and_audits_the_changes(hr):
    run(
        hr,
        csv_bytes(
            "N1,Al Boss,al@example.com,Sales,Head,,2019-01-01,yes,en",
            "N2,Bo,bo@example.com,Sales,Rep,N1,,yes,en",
        ),
    )
    result = run(
        hr,
        csv_bytes(
            "N1,Al Boss,al@example.com,Sales,Head,,2019-01-01,yes,en",
            "N2,Bo Renamed,bo@example.com,Sales,Senior Rep,N1,,no,en",
        ),
    )
    assert result.ok
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    bo = Employee.objects.get(employee_number="N2")
    assert (bo.name, bo.job_title, bo.is_active, bo.version) == (
        "Bo Renamed",
        "Senior Rep",
        False,
        2,
    )
    assert not bo.user.is_active
    event = AuditEvent.objects.get(action="employee.import_update")
    assert event.changes["name"] == ["Bo", "Bo Renamed"]
    assert event.actor == hr.user


def test_reimport_moving_a_manager_rewrites_the_whole_line_below(hr, org):
    run(
        hr,
        csv_bytes(
            "N1,A,a@example.com,,,,,,", "N2,B,b@example.com,,,N1,,,", "N3,C,c@example.com,,,N2,,,"
        ),
    )
    run(hr, csv_bytes(f"N2,B,b@example.com,,,{org['other_manager'].employee_number},,,"))
    c = Employee.objects.get(employee_number="N3")
    assert c.path.startswith(org["other_manager"].path)
    assert c.ancestor_ids[-1] == Employee.objects.get(employee_number="N2").pk


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            ["N1,A,a@example.com,,,N1,,,"],
            (2, "manager_number", "An employee cannot be their own manager."),
        ),
        (
            ["N1,A,a@example.com,,,N9,,,"],
            (2, "manager_number", "No employee has the number N9, in this file or in Rapport."),
        ),
        (
            ["N1,A,a@example.com,,,,2023-02-30,,"],
            (2, "hire_date", "“2023-02-30” is not a date; write it as YYYY-MM-DD."),
        ),
        (
            ["N1,A,a@example.com,,,,03/04/2023,,"],
            (2, "hire_date", "“03/04/2023” is not a date; write it as YYYY-MM-DD."),
        ),
        (["N1,A,not-an-email,,,,,,"], (2, "email", "“not-an-email” is not a valid email address.")),
        (["N1,,a@example.com,,,,,,"], (2, "name", "The name is required.")),
        ([",A,a@example.com,,,,,,"], (2, "employee_number", "The employee number is required.")),
        (
            ["N 1,A,a@example.com,,,,,,"],
            (
                2,
                "employee_number",
                "“N 1” is not a valid employee number (letters, digits, . _ - ; at most 32).",
            ),
        ),
        (["N1,A,a@example.com,,,,,maybe,"], (2, "active", "“maybe” is not yes or no.")),
        (
            ["N1,A,a@example.com,,,,,,klingon"],
            (2, "language", "“klingon” is not a language: use en or zh."),
        ),
        (
            ["N1,A,a@example.com,Sales // East,,,,,"],
            (
                2,
                "department",
                "“Sales // East” is not a valid department path (names separated by “/”).",
            ),
        ),
        (
            ["N1,A,a@example.com,,,,,,", "N1,B,b@example.com,,,,,,"],
            (3, "employee_number", "Employee number N1 also appears on row 2."),
        ),
        (
            ["N1,A,a@example.com,,,,,,", "N2,B,A@example.com,,,,,,"],
            (3, "email", "The email A@example.com also appears on row 2."),
        ),
    ],
)
def test_it_reports_bad_rows_by_row_and_column_and_writes_nothing(hr, rows, expected):
    before = Employee.objects.count()
    result = run(hr, csv_bytes(*rows))
    assert not result.ok
    assert expected in errors_of(result)
    assert Employee.objects.count() == before


def test_one_bad_row_among_many_good_ones_means_nothing_is_imported(hr):
    good = [f"G{i},Person {i},p{i}@example.com,Ops,Clerk,,2020-01-01,yes,en" for i in range(50)]
    result = run(hr, csv_bytes(*good, "G50,Broken,broken@example.com,Ops,Clerk,,yesterday,yes,en"))
    assert errors_of(result) == [
        (52, "hire_date", "“yesterday” is not a date; write it as YYYY-MM-DD.")
    ]
    assert not Employee.objects.filter(employee_number__startswith="G").exists()
    assert not Department.objects.filter(name="Ops").exists()


def test_it_reports_a_reporting_loop_in_the_file(hr):
    result = run(
        hr,
        csv_bytes(
            "L1,A,a@example.com,,,L3,,,", "L2,B,b@example.com,,,L1,,,", "L3,C,c@example.com,,,L2,,,"
        ),
    )
    assert [e.row for e in result.errors] == [2, 3, 4]
    assert all("Reporting loop" in e.message for e in result.errors)
    assert not Employee.objects.filter(employee_number__startswith="L").exists()


def test_it_reports_a_loop_made_with_people_already_in_rapport(hr, org):
    # manager is above lead; making manager report to lead would close a loop
    file = csv_bytes(
        f"{org['manager'].employee_number},Mia Manager,{org['manager'].email},,,{org['lead'].employee_number},,,",
    )
    result = run(hr, file)
    assert len(result.errors) == 1
    assert "Reporting loop" in result.errors[0].message
    org["manager"].refresh_from_db()
    assert org["manager"].manager == org["ceo"]


def test_an_email_taken_by_someone_else_is_refused(hr, org):
    result = run(hr, csv_bytes(f"N1,A,{org['peer'].email.upper()},,,,,,"))
    assert errors_of(result) == [
        (
            2,
            "email",
            f"The email {org['peer'].email.upper()} already belongs to employee {org['peer'].employee_number}.",
        )
    ]


def test_missing_required_columns_are_reported_from_the_header(hr):
    result = run(hr, b"name,email\nA,a@example.com\n")
    assert errors_of(result) == [
        (1, "employee_number", "The required column is missing from the header row.")
    ]


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "people.csv", "The file is empty."),
        (b"\n\n", "people.csv", "The file is empty."),
        (HEADER.encode(), "people.csv", "The file has a header row but no people."),
        (
            "工号,姓名\n".encode("utf-16"),
            "people.csv",
            "The file is not readable text. Save it as CSV in UTF-8 (or GBK), or as an Excel .xlsx file.",
        ),
        (
            b"PK\x03\x04garbage",
            "people.xlsx",
            "The Excel file cannot be opened. Is it a valid .xlsx file?",
        ),
        (b"%PDF-1.4", "people.pdf", "Unsupported file type: upload a .csv or .xlsx file."),
    ],
)
def test_unreadable_files_get_a_clear_message(hr, content, filename, message):
    result = run(hr, content, filename)
    assert [e.message for e in result.errors] == [message]


CHINESE = "工号,姓名,邮箱,部门,职位,上级工号,入职日期,在职,语言\nZ1,王伟,wang.wei@example.cn,研发中心 / 平台组,工程师,,2021年3月8日,是,中文\n"


@pytest.mark.parametrize(
    "content",
    [CHINESE.encode("utf-8"), b"\xef\xbb\xbf" + CHINESE.encode("utf-8"), CHINESE.encode("gbk")],
    ids=["utf-8", "utf-8 with BOM", "gbk"],
)
def test_it_reads_chinese_headers_in_every_encoding_excel_produces(hr, content):
    result = run(hr, content)
    assert result.ok, errors_of(result)
    wang = Employee.objects.get(employee_number="Z1")
    assert (wang.name, wang.department.name, wang.department.parent.name) == (
        "王伟",
        "平台组",
        "研发中心",
    )
    assert str(wang.hire_date) == "2021-03-08"


def test_it_imports_xlsx_with_real_dates_and_numbers(hr):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Employee number", "Name", "Email", "Manager number", "Hire date"])
    sheet.append(
        [1001, "Xia", "xia@example.com", None, __import__("datetime").datetime(2020, 5, 17)]
    )
    sheet.append([1002, "Yan", "yan@example.com", 1001, "2021-06-01"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run(hr, buffer.getvalue(), "people.xlsx")
    assert result.ok, errors_of(result)
    yan = Employee.objects.get(employee_number="1002")
    assert yan.manager.employee_number == "1001"
    assert str(Employee.objects.get(employee_number="1001").hire_date) == "2020-05-17"


def test_errors_are_in_the_users_language(hr):
    with translation.override("zh-hans"):
        result = run(hr, csv_bytes("N1,A,a@example.com,,,N9,,,"))
    assert result.errors[0].message == "Rapport 和本文件中都没有工号为 N9 的员工。"


def test_check_only_validates_without_writing(hr):
    result = run(hr, csv_bytes("N1,A,a@example.com,,,,,,"), dry_run=True)
    assert result.ok and result.created == 1
    assert not Employee.objects.filter(employee_number="N1").exists()


def test_only_hr_may_import(org):
    with pytest.raises(PermissionDenied):
        run(org["manager"], csv_bytes("N1,A,a@example.com,,,,,,"))
    assert not Employee.objects.filter(employee_number="N1").exists()


@pytest.mark.parametrize("sample", ["people_en.csv", "people_zh.csv"])
def test_the_documented_samples_import_cleanly(hr, sample):
    result = run(hr, (SAMPLES / sample).read_bytes(), sample)
    assert result.ok, errors_of(result)
    assert result.created >= 6


def test_the_sign_in_name_of_a_new_employee_must_be_free(hr, org):
    User.objects.create(username="n1")
    result = run(hr, csv_bytes("N1,A,a@example.com,,,,,,"))
    assert errors_of(result) == [
        (2, "employee_number", "The sign-in name n1 is already used by another account.")
    ]


# --- the HR page -------------------------------------------------------------------------


def test_hr_uploads_a_file_on_the_import_page(as_hr):
    upload = io.BytesIO(csv_bytes("W1,Web Person,web@example.com,Sales,Rep,,,yes,en"))
    upload.name = "people.csv"
    response = as_hr.post(reverse("people:hr_import"), {"file": upload}, follow=True)
    assert response.status_code == 200
    assert "Imported: 1 new, 0 updated, 0 unchanged." in response.content.decode()
    assert Employee.objects.filter(employee_number="W1").exists()


def test_the_import_page_lists_every_problem_and_keeps_the_data_unchanged(as_hr):
    upload = io.BytesIO(csv_bytes("W1,,web@example.com,,,,,,", "W2,B,bad-email,,,,,,"))
    upload.name = "people.csv"
    response = as_hr.post(reverse("people:hr_import"), {"file": upload})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was imported: 2 problems to fix." in page
    assert "The name is required." in page and "“bad-email” is not a valid email address." in page
    assert not Employee.objects.filter(employee_number__in=["W1", "W2"]).exists()


# --- the command -------------------------------------------------------------------------


def test_the_command_imports_a_file(org, tmp_path):
    file = tmp_path / "people.csv"
    file.write_bytes(csv_bytes("C1,Cmd Person,cmd@example.com,Ops,Clerk,,,yes,en"))
    out = io.StringIO()
    call_command("import_people", str(file), "--as", "hr", stdout=out)
    assert "Imported: 1 new" in out.getvalue()
    assert AuditEvent.objects.get(action="employee.import_create").actor.username == "hr"


def test_the_command_fails_with_the_row_errors_and_writes_nothing(org, tmp_path):
    file = tmp_path / "people.csv"
    file.write_bytes(csv_bytes("C1,Cmd Person,cmd@example.com,,,C404,,yes,en"))
    err = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was imported: 1 problem"):
        call_command("import_people", str(file), stderr=err)
    assert "Row 2, column manager_number: No employee has the number C404" in err.getvalue()
    assert not Employee.objects.filter(employee_number="C1").exists()
