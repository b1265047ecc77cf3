"""Round nineteen (Chinese, on written19): frames with an open slot, each family written in our own
wording with hard negatives in the same frame (no written19 sentence or idiom).

Absolute: "told you N times" (说了多少遍了, 提醒过你无数次; not told to a customer, nor thanks said many
times, nor a question asked many times); 照例 / 照旧 / 照样 before a fault (月报照例又是最后一个交; not
例会照例在周一开, 照旧执行, an air conditioner that still leaks); "every time the season comes round"
(每到月底对账，你就请假; not a duty, 每到月底你都要交对账单, a busy shop, overtime with thanks).
Labels: the character named and rated with an open adjective (性子太犟, 为人有点傲, 心气太高, 耳根子软;
not 性格很开朗, 为人挺厚道, 整个人太累了, a car's character, oneself); a quality-noun lacked or rated low
(缺乏奉献精神, 积极性不足, 缺少那股拼劲; not a system's stability, funds, 并不缺乏上进心); the impression a
person gives with an open adjective (给人的感觉有点冷, 给人一种很油滑的感觉; not 很踏实, a shop, 安静);
"put nicely X, put plainly Y" (not about a plan).
Belittling: a lesser one does it better (我上小学的侄子都比你填得清楚, 连保洁阿姨都知道…，你…; not 比你想象的,
a tool a child can use, praise passed on); the accent mocked (口音太重, 普通话讲起来大家都想笑; not 很标准,
a customer's accent); "how did you ever get in" after a fault (是怎么考上研究生的？, 体育老师教的吧; not
asking for the secret); ill health as a reason to keep out (身体不好就别来, 省得耽误; not 先回家休息, a
safety rule); an origin as the reason (外地来的就是…, 技校出来的本来就…; not 从总部过来的同事很专业, a
business trip); a life stage as the reason to hold work back (心都在孩子身上, 就别指望她了; not a
flexible roster); a fault excused as normal for a sex or an age (一个小姑娘，搬不动也正常; not 新人出错
很正常，慢慢来); a remark on the body (长得五大三粗, 胖得跟球似的, 他那个个子; not crops, a height rule).
Belittling also: a body part or a post called a prop (你眼睛是摆设吗？, 班长当得跟空气一样, also a label; not a fire
extinguisher, a rule that became a formality); an age as the measure of a slow learner (三十好几的人了，…还要我教
三遍？; not when the learning is praised); a task done with eyes closed, and yet the person fails (not 我闭着眼都
能走回家). Absolute also: a label this round reads, then "as soon as X, the person Y" in the same sentence
(耳根子软，客户一哭穷他就让价; not 一有空就去跑步): a sentence the rules read as a label is no longer read by
the absolute model, so the rules read the sweep beside it. Belittling also: a post judged too hard for a sex or an age
(对女同志来说压力太大了; not 对新手来说); only good enough to fool a child (骗骗小学生还行); the brain left at
home; an age "a big handful" before a fault (年纪一大把了还…; belittling only, so the absolute model still reads
the sentence). Labels also: a label noun put after (墙头草一个; not 鸡蛋一个), what the person has turned into
(成了个老油条; not 好帮手), a label "handed" to the person (得过且过四个字送给你; not 认真负责). Absolute also:
punctual only at a fault (准时迟到, 比闹钟还准; not 准时到岗)."""

from __future__ import annotations

import pytest

from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.tests.helpers import assert_as_labelled, codes

pytestmark = pytest.mark.usefixtures("rules_only")


# A second batch, written after the fixes, in wordings the data file does not use.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工具用完要归位，我都讲了一百遍了。", {"absolute"}),
        ("告诉过你多少回了，下班前关电源。", {"absolute"}),
        ("这个流程我对供应商讲了多少遍，他们还是漏盖章。", set()),
        ("那部电影我看了多少遍都不腻。", set()),
        ("交班日志照例又是他最后一个写完。", {"absolute"}),
        ("安全例会照旧在周三下午开。", set()),
        ("每逢盘点，他就找借口请假。", {"absolute"}),
        ("每到周一，你都要先把周报发给我。", set()),
        ("每逢过年，车站里都人山人海。", set()),
        ("小贺性子太倔，谁的建议都不听。", {"judges_person"}),
        ("老潘为人太圆滑，不敢交心。", {"judges_person"}),
        ("小邹性格很随和，跟谁都合得来。", set()),
        ("这辆车的性格有点野。", set()),
        ("他缺乏创新精神，方案年年一个样。", {"judges_person"}),
        ("年终评价：组织纪律性较差。", {"judges_person"}),
        ("这批产品的一致性不够，要返工。", set()),
        ("小汪给人的印象是有点浮躁。", {"judges_person"}),
        ("这个展厅给人的感觉很高级。", set()),
        ("她给人的感觉很温柔，病人都喜欢她。", set()),
        ("他给客户的印象很深，下次还点名要他。", set()),
        ("小林性格特别温柔，孩子们都喜欢她。", set()),
        ("老赵为人特别仗义。", set()),
        ("小蓝性格偏内向，不太会跟客户沟通。", {"judges_person"}),
        ("小龚说好听点是有主见，说难听点就是听不进意见。", {"judges_person"}),
        ("这个价格说好听点叫实惠，说难听点就是便宜货。", set()),
        ("这种账，我外甥都比你算得快。", {"demeaning"}),
        ("连洗碗的大妈都知道先洗手，你还要我提醒？", {"demeaning"}),
        ("这款相机操作简单，老人都能学会。", set()),
        ("你那口家乡话，客户听不懂才怪。", {"demeaning"}),
        ("来电的老人家乡话很重，你慢点说。", set()),
        ("她的普通话进步很大。", set()),
        ("连个发票都开错，你是怎么考上会计证的？", {"demeaning"}),
        ("你是怎么考上名校的？说说你的方法。", set()),
        ("耳朵不好就别接热线了，省得客户投诉。", {"demeaning"}),
        ("身体不舒服就请假，别硬撑。", set()),
        ("山里出来的孩子就是没见过世面。", {"demeaning"}),
        ("从上海过来的专家讲得很清楚。", set()),
        ("她刚生完孩子，精力肯定顾不过来，培训就别安排她了。", {"demeaning"}),
        ("她孩子还小，我们给她安排了弹性班。", set()),
        ("四十多岁的人了，学不会新系统也难怪。", {"demeaning"}),
        ("第一次上手出错很正常，别有压力。", set()),
        ("瘦得跟竹竿似的，别去搬货了。", {"demeaning"}),
        ("这片麦子长得很高。", set()),
        ("小景耳根子软，家长一闹他就退费。", {"absolute", "judges_person"}),
        ("小彭为人太直，一看到不对就当场指出来，大家都很佩服。", {"judges_person"}),
        ("他给人的感觉有点冷，一开会就板着脸。", {"absolute", "judges_person"}),
        ("小彭给人感觉有点爱显摆，什么场合都要插一句。", {"absolute", "judges_person"}),
        ("小彭为人太直，什么话都要当面讲，大家都很佩服他。", {"judges_person"}),
        ("你这眼睛是摆设吗，这么大的裂缝都没看见？", {"demeaning"}),
        ("五十好几的人了，复印个文件还得我教好几遍？", {"demeaning"}),
        ("拆个快递闭着眼都能干，你还把货划坏了？", {"demeaning"}),
        ("跑外勤对姑娘家来说太累了，你就留在店里吧。", {"demeaning"}),
        ("对新人来说，这套系统上手有点难。", set()),
        ("滑头一个，什么活都往外推。", {"judges_person"}),
        ("零件一个，螺丝两颗，放在托盘里。", set()),
        ("你这套话术，忽悠外行还可以。", {"demeaning"}),
        ("脑子是不是丢在家里了，单子写成这样？", {"demeaning"}),
        ("小范每到交表那天准时请假，跟约好了似的。", {"absolute"}),
        ("一把年纪了，还这么毛躁。", {"demeaning"}),
    ],
)
def test_codes(text: str, expected: set[str]) -> None:
    assert codes(text, "zh") == expected


@pytest.mark.parametrize("row", load(DATA_DIR / "round19_zh.jsonl"), ids=lambda r: str(r["id"]))
def test_round19_file(row: dict[str, object]) -> None:
    assert_as_labelled(row, "zh")
