"""Round fifteen (Chinese, evaluator findings on heldout13): frames with an open slot rather than
more words. A nickname in quotes after a framing word or opening a sentence (典型的“…”, 有点“…”, 这位
是我们部门的“…”; not a praise nickname: “定海神针”, “活地图”, “开心果”); 不是…的料; 属于…的类型 / 那种
人 (not a neutral or a good type: 技术型, 外向的, 踏实肯干的); 心太… (not 心很细, 心太累, 心太软);
格局 / 眼界 / 气量 / 见识 judged small; a good quality denied as a kind of person (不是一个细致的人,
any good word of the denied-quality list); a contrast that carries the person of its sentence or of
the sentence before (…，这点不否认。但架子太大; …，但太有个性了，不服管); a mind placed elsewhere with
明显 / 基本. Belittling: a mock award (要不要给你发面锦旗？), shame asked for (还好意思…？, 就这点本事，
还…), wonder at how a credential was obtained, a sex said to fall short "after all", places kept for
the locals, a praise title in quotes said with a sigh (“…”又来了 / 总算) or after 不愧是 with a fault.
Absolute: 回回 / 次次 / 哪次都 before a fault, nine times in ten (十回有九回…), "not one who doesn't
complain" about a person named. Our own wording (no heldout13 sentence)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老乔是典型的“好好先生”，谁的方案都说行。", {"judges_person"}),
        ("阿强有点“独行侠”，协作的活总想自己扛。", {"judges_person"}),
        ("她是我们科的“小太阳”，病人都喜欢她。", set()),
        ("这是典型的“以点带面”做法。", set()),
        ("小冉真不是干财务的料。", {"judges_person"}),
        ("老谷属于不见兔子不撒鹰的那种人。", {"judges_person"}),
        ("她属于内向的类型，开会话不多。", set()),
        ("小舒心太散，一件事做不到头。", {"judges_person"}),
        ("他心太累了，让他歇两天。", set()),
        ("小凌格局不大，只盯着自己那点提成。", {"judges_person"}),
        ("她不像是个守规矩的人。", {"judges_person"}),
        ("小祁方案写得漂亮。不过脾气太冲，一句话就跟人顶起来。", {"judges_person"}),
        ("要不要给你送面“准时到岗”的锦旗？", {"demeaning"}),
        ("连个快递单都填错，还好意思要涨工资？", {"demeaning"}),
        ("我都不知道他是怎么通过试用期的。", {"demeaning"}),
        ("女孩子毕竟力气不够，装卸这活干不了。", {"demeaning"}),
        ("培训名额优先给本地员工，外地的留不住。", {"demeaning"}),
        ("我们的“销售冠军”总算来上班了？", {"demeaning"}),
        ("他填的单子十张有九张要返工。", {"absolute"}),
        ("跟他搭过班的护士，没有一个不抱怨他的。", {"absolute"}),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round15_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round15_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
