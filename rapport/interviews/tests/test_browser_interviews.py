"""In a real browser: a whole interview in Chinese, then a disagreement in English resolved by HR."""

from playwright.sync_api import expect

from rapport.conftest import BROWSER_TESTS, PASSWORD, hold, screenshot, type_in

pytestmark = BROWSER_TESTS


def test_a_supervisor_runs_a_whole_interview_in_chinese_and_the_employee_acknowledges(
    open_page, org, interview
):
    from rapport.interviews.models import Interview, StageNote

    manager = open_page("manager", locale="zh-CN")
    manager.goto(f"/interviews/{interview.uuid}/")
    manager.get_by_role("button", name="开始面谈").click()
    expect(manager.locator("h1")).to_contain_text("面谈记录表")
    type_in(manager, "notes-2", "说明了面谈目的和议程，预计一小时。")
    expect(manager.get_by_test_id("status-2")).to_contain_text("已保存")
    type_in(manager, "notes-3", "你太粗心了。")
    expect(manager.locator("#stage-3-coach mark.finding")).to_have_count(1)
    type_in(
        manager,
        "notes-3",
        "第三季度签约收入为 80 千元，达到目标的 80%。9 月 14 日提前两天完成了供应商审核。",
    )
    expect(manager.locator("#stage-3-coach mark.finding")).to_have_count(0)
    expect(manager.get_by_test_id("status-3")).to_contain_text("已保存")
    type_in(manager, "notes-5", "员工希望明年负责一个新区域。")
    expect(manager.get_by_test_id("status-5")).to_contain_text("已保存")
    screenshot(manager, "run-sheet-zh.png")
    manager.get_by_role("link", name="填写面谈结果").click()
    manager.fill("textarea[name=consensus]", "双方认可第三季度收入结果；下期重点是回款周期。")
    manager.select_option("select[name=agreed_rating]", "B")
    manager.fill(
        "textarea[name=tasks]",
        "员工 | 每周同步回款进度 | 2030-01-15\n主管 | 安排定价培训 | 2030-01-31",
    )
    manager.fill("input[name=next_meeting_on]", "2030-02-01")
    manager.get_by_role("button", name="把记录发给员工").click()
    expect(manager.get_by_test_id("state")).to_have_text("等待员工确认")

    employee = open_page("employee", locale="zh-CN")
    employee.goto(f"/interviews/{interview.uuid}/")
    expect(employee.get_by_test_id("record")).to_contain_text("第三季度签约收入为 80 千元")
    employee.fill("#id_password", PASSWORD)
    employee.get_by_role("button", name="确认并签名").click()
    expect(employee.get_by_test_id("state")).to_have_text("已确认")
    expect(employee.get_by_test_id("verify")).to_contain_text("签名后记录未被改动")
    signed = Interview.objects.get(pk=interview.pk)
    assert signed.state == "acknowledged" and len(signed.record_hash) == 64
    assert StageNote.objects.get(interview=signed, stage=3).notes.startswith("第三季度")


def test_an_employee_disagrees_in_english_and_hr_resolves_the_case(open_page, org, interview):
    from rapport.interviews.models import Disagreement

    held = hold(org, interview)
    employee = open_page("employee", locale="en-US")
    employee.goto(f"/interviews/{held.uuid}/")
    employee.select_option("select[name=reason]", "target_too_high")
    employee.fill(
        "textarea[name=explanation]", "The revenue target doubled while my region was split in two."
    )
    employee.get_by_role("button", name="Send my disagreement").click()
    expect(employee.get_by_test_id("state")).to_have_text("Disagreed")

    hr = open_page("hr", locale="en-US")
    hr.goto("/hr/cases/")
    hr.locator("table a").first.click()
    hr.get_by_role("button", name="Take the case").click()
    hr.select_option("select[name=resolution]", "upheld")
    hr.fill("textarea[name=note]", "The target was agreed in July, before the split; it stands.")
    hr.get_by_role("button", name="Resolve the case").click()
    expect(hr.locator(".messages")).to_contain_text("Case resolved")
    case = Disagreement.objects.get()
    assert (case.state, case.resolution, case.reviewer.username) == ("resolved", "upheld", "hr")
    employee.goto("/notifications/")
    expect(employee.locator(".notification-list")).to_contain_text("Result upheld")


def test_a_supervisor_finds_the_employee_by_name_when_scheduling(open_page, org):
    manager = open_page("manager")
    manager.goto("/interviews/new/")
    manager.wait_for_function(
        "() => !!(window.htmx && document.querySelector('[hx-get]')['htmx-internal-data'])"
    )
    box = manager.locator("#id_employee_number")
    box.press_sequentially("Eli", delay=30)
    option = manager.locator("#id_employee_number-choices option")
    expect(option).to_have_count(1)
    expect(option).to_have_attribute("value", org["employee"].employee_number)
    assert "Eli Employee" in option.inner_text()
