import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from rapport.conftest import hold, sign_plan
from rapport.plans import documents


def pdf_text(content: bytes) -> str:
    """The PDF's text with all whitespace removed: table cells wrap wherever the width says."""
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return "".join(text.split())


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Performance improvement plan"), ("zh-hans", "绩效改进计划")]
)
def test_the_signed_plan_pdf_is_in_the_readers_language_with_chinese_text(
    org, plan, language, heading
):
    from rapport.plans.services import plans as p

    p.gap_add(actor=org["manager"].user, plan=plan, description="三份月度报告迟交。")
    signed = sign_plan(org, plan)
    text = pdf_text(documents.plan_pdf(signed, language))
    assert "".join(heading.split()) in text
    assert "三份月度报告迟交" in text and "Reportingtooltraining" in text
    assert signed.signatures.first().record_hash in text


def test_the_interview_record_pdf(org, interview):
    held = hold(org, interview, notes={3: "第三季度收入达到目标的 80%。"})
    text = pdf_text(documents.interview_pdf(held, "zh-hans"))
    assert "面谈记录" in text and "第三季度收入达到目标的" in text


def test_pdf_downloads_respect_access(org, plan, clients):
    url = reverse("plans:pdf", args=[plan.uuid])
    assert clients["manager"].get(url)["Content-Type"] == "application/pdf"
    assert clients["peer"].get(url).status_code == 404


def test_the_excel_export_lists_active_actions(org, plan, as_hr):
    sign_plan(org, plan)
    response = as_hr.get(reverse("plans:export"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert (
        rows[0][2] == "Measure"
        and rows[1][2] == "Reporting tool training"
        and rows[1][7] == org["lead"].name
    )
