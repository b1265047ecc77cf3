"""Round thirteen (Chinese, evaluator findings on heldout11): formal and role subjects with a
hedge (这名学员感觉有点懒, 该员工组织纪律观念淡薄, 工作作风略显浮躁), a quality hardly had (不太有
责任心), the mind placed elsewhere (心思全在炒股上), the world owing the person, a topic two clauses
back (老罗这人啊，…，就是脑子转得慢); "when did you ever" and "which one was ever right" asked, "never
once seen you", a first reaction every time (第一反应都是推给…), talking back every time, 动不动就请假
with the addressee later in the sentence, and praise kept out (从没出过一次事故, thanks before 每次);
family connections, looks fit for the front desk, a region's temper, a cohort asked "are you all like
this", 都五十好几的人了, 一届不如一届, 你们这种外包过来的, 你这小丫头; consequences told plainly (同比
下降了四成, 卖断货, 我们还得连夜…, 经理出面, 全崩了, 争取了时间, 又跑了一趟, 打了12345, 没有出现一次…,
只剩半天, 上线后出了…); openings and closings with no plain praise word (先说好的, 夸一下, 基础扎实,
反馈一直挺好, 一条没漏, 排得特别顺, 我对你有信心, 很有希望, 一向很细); counts and dates inside an
order (必须, 都要, 按新规执行) are no behaviour. Our own wording (no heldout11 sentence)."""

from __future__ import annotations

import pytest

from rapport.coach import analyze
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这名实习生有点懒，交代的事要催三遍。", {"judges_person"}),
        ("该同志工作作风不够扎实，材料经常返工。", {"judges_person"}),
        ("那位新同事脾气太差，跟谁都吵。", {"judges_person"}),
        ("她不太有团队精神，分工的时候只挑轻松的。", {"judges_person"}),
        ("他心思都在对象身上，上班时间老看手机。", {"judges_person"}),
        ("你是不是以为大家都欠你的？", {"judges_person"}),
        ("他什么时候认真写过一次交接？", {"absolute"}),
        ("每次出了问题，你第一反应就是甩锅。", {"absolute"}),
        ("每次质检提意见，他都要狡辩半天。", {"absolute"}),
        ("要不是冲着你爸的关系，这个岗位轮不到你。", {"demeaning"}),
        ("河南人脾气冲，你让着点。", {"demeaning"}),
        ("90后是不是都这么不抗压？", {"demeaning"}),
        ("都三十好几的人了，还要人教怎么接电话。", {"demeaning"}),
        ("这批新人一茬不如一茬。", {"demeaning"}),
        ("你哪份报表是按时交的？", set()),
        ("这台叉车从来没出过一次故障。", set()),
        ("你这个月的巡检一次没落下，辛苦了。", set()),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "element", "expected"),
    [
        ("你负责的线路投诉量同比下降了三成。", "consequence", True),
        ("你整理的库位图让拣货员每天少跑两趟。", "consequence", True),
        ("上周六你在收银台跟顾客吵了起来，店长出面才平息。", "consequence", True),
        ("系统升级后又出了三个报错，客服那边被骂了一下午。", "consequence", True),
        ("先说做得好的：你这周的单子一单没错。", "opens_positive", True),
        ("你的基本功很扎实，只是节奏还要练。", "opens_positive", True),
        ("家长们的评价一直很高，但是作业批改慢了。", "opens_positive", True),
        ("年底晋升很有希望。", "closes_positive", True),
        ("我对你们组有信心。", "closes_positive", True),
        ("下周一起所有报修单都要拍照上传，每单核对两遍。", "behavior", False),
        ("你上周三漏录了两单，这周五前必须补上。", "behavior", True),
    ],
)
def test_elements(text: str, element: str, expected: bool) -> None:
    assert getattr(analyze(text, "zh").elements, element) is expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round13_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round13_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
