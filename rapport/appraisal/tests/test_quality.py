import pytest
from django.utils import translation

from rapport.appraisal.quality import check_indicator


def codes(**kwargs):
    base = {
        "title": "",
        "description": "",
        "kind": "quantitative",
        "unit": "%",
        "target": 95,
        "anchors": [],
    }
    return [w.code for w in check_indicator(**{**base, **kwargs})]


def test_a_measurable_indicator_has_no_warning():
    assert codes(title="Orders shipped on time", unit="%", target=95) == []
    assert codes(title="准时发货率", unit="%", target=95) == []


def test_quantitative_without_target_or_unit_is_flagged():
    assert codes(title="Orders shipped on time", target=None, unit="") == ["no_target", "no_unit"]


def test_qualitative_needs_behavioural_anchors():
    assert codes(kind="qualitative", title="Collaboration", anchors=[]) == [
        "qualitative_without_anchors"
    ]
    assert codes(kind="qualitative", title="Collaboration", anchors=["a", "b", "c", "d", "e"]) == []


@pytest.mark.parametrize(
    "title",
    [
        "Improve customer service",
        "Better communication with the team",
        "加强团队沟通",
        "提高客户满意度",
        "进一步优化流程",
    ],
)
def test_vague_wording_without_number_or_date_is_flagged_in_both_languages(title):
    assert "unmeasurable_wording" in codes(kind="qualitative", title=title, anchors=["a", "b"])


@pytest.mark.parametrize(
    "title",
    [
        "Improve NPS from 30 to 45",
        "Reduce returns by end of Q3",
        "提高客户满意度到90%",
        "在6月底前优化发货流程",
        "将投诉减少三成",
    ],
)
def test_vague_verbs_with_a_number_or_date_are_fine(title):
    assert "unmeasurable_wording" not in codes(kind="qualitative", title=title, anchors=["a", "b"])


def test_messages_are_translated():
    with translation.override("zh-hans"):
        warnings = check_indicator(
            title="x", description="", kind="quantitative", unit="", target=None, anchors=[]
        )
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in w.message) for w in warnings)
