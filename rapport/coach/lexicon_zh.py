"""Chinese rules: curated word lists compiled into regular expressions, with jieba consulted
only to confirm one-character hits and to recognise person names (see ``segment.py``).

Each ``find_*`` function returns ``(start, end)`` spans into the text it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from rapport.coach import segment
from rapport.coach.lexicon_en import TRAIT_WORDS
from rapport.coach.prefilter import compile_rule
from rapport.coach.text import first_chars_compile

Span = tuple[int, int]


def _alt(words: str) -> str:
    """A non-capturing group matching any of ``words``, the longest first at each position.

    Built as a trie (懒(?:惰|散)?): ``re`` tries the branches of an alternation one by one, so
    sharing first characters makes a long word list about twice as fast to scan.
    """
    return "(?:" + _trie(sorted(set(words.split()))) + ")"


def _trie(words: list[str]) -> str:
    children: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = sorted(
        ((max(map(len, rest)), re.escape(ch) + _trie(rest)) for ch, rest in children.items()),
        key=lambda b: -b[0],
    )
    body = "|".join(b for _, b in branches)
    if not body:
        return ""
    if ends:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


_CLAUSE_END = '，。！？；,.!?;\n：:、（）()“”"…'
_CLAUSE_END_SET = frozenset(_CLAUSE_END)

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
    # round twelve
    "俞葛虞柯童殷庞樊倪祝季焦窦岳霍柴卓詹聂晏阎裴"
    # round fourteen (not 单 车 包 麦 费 项 房 苗 施 牛: 小单, 小车, 小麦, 施工 are no people)
    "鲁鲍滕池甘蔚邬邢屈温骆乔宁凌欧翁蓝华申杭洪齐冉桂栾甄巫阮祁缪舒裘谷"
)
_TITLES = "经理|主任|老师|师傅|总监|主管|组长|科长|处长|医生|护士|大夫|会计|律师|工程师"
# Round fourteen: an engineer or a boss by surname (宋工, 王总; not 由于总是, 小王总是), and a
# nickname with 阿 (阿杰, 阿强; not 阿里, 阿拉伯, 阿姨 is a person anyway).
_SURNAME_TITLE = (
    rf"[{_SURNAMES.replace('于', '')}](?:总(?![是要在爱算共结之体部计额数量价值和站台线店厂院])|"
    "工(?![作人资具厂地程期艺时序单种位号装服卡牌伤龄会商业友分钱费]))"
)
_NICKNAME = "阿(?![里拉司胶波尔根富联弥谀斗])[\u4e00-\u9fff]"
_PRONOUN = (
    # (round sixteen: 这孩子, 这小伙子, 这姑娘, 这哥们, 那小子 too, in one branch per first character)
    rf"(?:你们|他们|她们|你|您|他|她|这(?:人|家伙|小子|丫头|孩子|小伙子?|姑娘|哥们儿?)|此人|那(?:小子|家伙)|"
    rf"[小老][{_SURNAMES}]|"
    rf"[{_SURNAMES}](?:{_TITLES}|[姐哥姨叔])|{_SURNAME_TITLE}|{_NICKNAME})"
)
_ATTR = _alt(
    "性格 人品 态度 心态 脾气 工作态度 品行 为人 素质 责任心 能力 工作能力 执行力 情商 智商 性子 个性"
    " 服务意识 安全意识 质量意识 责任意识 团队意识 时间观念 纪律性 职业素养 敬业精神 脑子 脑袋 头脑"
    # round thirteen: conduct as a formal review names it (工作作风浮躁, 组织纪律观念淡薄)
    " 作风 工作作风 纪律观念 组织纪律观念 组织纪律性 纪律意识 规矩意识 大局意识 集体观念"
    # round fourteen: qualities named in compounds (他的心理素质太差, 情商偏低, 底子薄)
    " 心理素质 抗压能力 业务能力 专业能力 沟通能力 业务水平 专业水平 专业素养 心理承受能力 底子 悟性"
    " 学习能力 理解能力 表达能力 协调能力 服务态度 组织观念 服务观念 安全观念 质量观念 规则意识"
    # round seventeen: drive as a formal review names it (积极性偏低, 主动性较差)
    " 积极性 工作积极性 主动性 主观能动性"
)
_FILLER = (
    _alt(
        """真 就是 太 很 非常 特别 实在 有点 有点儿 有些 比较 确实 也太 简直 是个 是一个 是 一向 一直
    总是 根本 真的 做事 工作 干活 办事 为人 就 也 都 又 还 挺 相当 十分 过于 极其 未免 好 这么
    那么 怎么这么 太过 显得 看起来 似乎 好像 可真 真是 就是个 个 一个 完全 压根 本来就 天生 天生就
    实在是 越来越 老是 一点都 一点也 做人 做事情 平时 向来 真心 确实是 明显 明显是 典型的 典型
    个个 都是 就是一个 整个人 整个 态度上 本身 本身就 本来 真够 可 也是 还是 那 这 有够 够
    在 正在 而且 并且 同时 又是 而且还 更是 总 老 从来 一贯 压根儿 根本就 简直就是 是不是
    每次 每回 每次都 每回都 次次 回回 次次都 经常 常常 时常 咋 咋这么 怎么那么 这样 那样 多么 人
    还这么 总这么 老这么 又这么 一贯都 向来都 真的是 确实太 实在太 一个比一个 这种 那种 这么个
    本质上 骨子里 根子上 本性上 说白了 说到底 说穿了 觉得自己 以为自己 自认为 总觉得自己 总以为自己
    怎么 怎么还 怎么又 咋还 还是这么 还是那么 略显 略微 稍显 稍微有点 感觉 感觉有点 感觉是
    可能 可能是 也许 却 职场 职场上 永远 永远都 永远是 始终"""
    )[:-1]
    + r"|比[\u4e00-\u9fff]{1,5}?(?:还要|还|更))"
)
_ROLES = (
    "(?:护士|同事|员工|实习生|新人|新员工|销售|司机|客服|店员|服务员|厨师|老师|医生|工程师|程序员|"
    "小伙子|姑娘|技术员|操作工|工人|保安|文员|助理|管培生|应届生|"
    # round twelve: more trades (这位教练就是自私, 那个编辑太想当然)
    "教练|编辑|主播|设计师|出纳|收银员|快递员|骑手|导购|前台|领班|店长|柜员|护工|演员|老师傅|师傅|"
    "业务员|销售员|班长|组长|主管|经理|主任|大夫|会计|律师|研究员|专员|客户经理|"
    # round thirteen: 这位新同事, 该同志 (a formal review), 这名学员
    "新同事|老同事|同志|学员|学生|职工|徒弟|"
    "[\u4e00-\u9fff]{1,2}员(?<!会员)(?<!成员)(?<!人员))"
)
# A group is a subject too: 他们组的人, 销售部的人, 这帮新人.
_GROUP_NOUN = "(?:组|部门|团队|班组|小组|科室|车间|部|班|科|队)"
_GROUP_MEMBERS = "(?:人|员工|同事|新人|实习生|家伙)"
_HEAD = (
    rf"(?:{_PRONOUN}(?:(?:这|那|这个|那个)?[\u4e00-\u9fff]{{0,3}}?{_GROUP_NOUN}(?:的|里的)?"
    rf"{_GROUP_MEMBERS}?)?"
    rf"(?:(?:这|那)?(?:几个|俩|两个|三个|几位)(?:人)?)?|"
    rf"(?:这帮|那帮|这些|那些|这群|那群|这伙|那伙|这批|那批|这几个|那几个){_GROUP_MEMBERS}|"
    rf"(?:这|那|这个|那个|整个|全){_GROUP_NOUN}(?:的|里的)?{_GROUP_MEMBERS}|"
    rf"(?:整个|全){_GROUP_NOUN}|"
    rf"[\u4e00-\u9fff]{{1,3}}?{_GROUP_NOUN}(?:的|里的){_GROUP_MEMBERS}|"
    # newcomers and counted colleagues: 新来的两个护士, 这几个实习生, 刚来的那批新人
    rf"(?:(?:新来|新招|刚来|新进|新入职)的(?:这|那)?|(?:这|那|该))(?:两个|几个|三个|俩|一批|批|些|位|个|名|两位|几位)?"
    rf"{_ROLES}|"
    # round fourteen: 这种人能力也就这样了
    "(?:这种|这号|这类|那种)人)"
)
# Whom the conduct is towards: 你对病人太冷淡, 他跟同事很刻薄 (not 对自己, a self-standard).
_TOWARDS = r"(?:对|对待|跟|和|同|待)(?!自己)(?:(?![说讲问告提])[\u4e00-\u9fff]){1,6}?"
# 你最近工作态度…, 你在代码评审里太…, 你这种性格…
_WHEN_WHERE = (
    r"(?:最近|近来|这段时间|这阵子|这几天|这些天|现在|平时|这(?:两|几|一)个月|这半年|这几周|这两周|"
    # round fourteen: 该同志长期以来工作作风漂浮
    r"长期以来|一直以来|长久以来|多年来|历来|长期|"
    r"在(?:[\u4e00-\u9fff]|\s?[A-Za-z]+\s?){1,8}?(?:里|上|中|时))?"
)
# 你给人的感觉是…, 他给我的印象就是…, 你的问题在于…, 你最大的毛病就是…
_PERCEIVED = (
    "(?:给(?:人|我|大家|同事|别人|客户)的(?:感觉|印象)(?:一直|就|总)?(?:是|就是)?|"
    "(?:的)?(?:最大的|主要的)?(?:问题|毛病|缺点)(?:就)?(?:在于|出在|是|就是))?"
)
_PERSON_HEAD = re.compile(
    # (round sixteen: a life stage between the person and the label, 老鲍岁数大了，脑子转得慢)
    rf"{_HEAD}(?:这个人|这种人|这人|本人|这家伙)?(?:年纪大了|岁数大了|上了年纪|年纪轻轻(?:的)?)?"
    rf"{_WHEN_WHERE}{_PERCEIVED}"
    rf"(?:(?:的|这种|这个|那种)?{_ATTR}(?:上|方面)?|的)?(?:{_TOWARDS})?"
    rf"(?:{_FILLER}){{0,4}}$"
)
# An English subject before a Chinese label in code-switched text: "She is so 懒".
_EN_HEAD = compile_rule(
    r"\b(?:you|he|she|they)(?:['’]re|['’]s|\s+(?:are|is|was|were|seems?|looks?))"
    r"(?:\s+(?:so|very|really|too|such|just|quite|pretty|extremely|a\s+bit|kind\s+of|always|a|an))*$",
    re.IGNORECASE,
)
_OVERALL = re.compile("整体上|整体来说|整体|总体上|总体来说|总的来说|基本上|普遍")
# A group by origin: 你们农村出来的, 他们名校出身的人.
_ORIGIN_HEAD = re.compile(
    rf"{_PRONOUN}(?:这些|那些)?[\u4e00-\u9fff]{{1,4}}?(?:出来|出身)的(?:人)?(?:{_FILLER}){{0,4}}$"
)
_LATIN_NAME_HEAD = re.compile(rf"\s*[A-Z][a-z]{{1,14}}\s?(?:{_FILLER}){{1,4}}$")
_FILLER_TAIL = re.compile(
    rf"(?:这个人|这种人|这人)?{_WHEN_WHERE}(?:(?:的|这种|这个|那种)?{_ATTR}(?:上|方面)?|的)?(?:{_TOWARDS})?"
    rf"(?:{_FILLER}){{0,4}}$"
)


# The last clause mark before a position, and the first one after it (a regex scan is several
# times faster than a character loop in Python).
_LAST_CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_END)}][^{re.escape(_CLAUSE_END)}]*$")
_CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_END)}]")


def _clause_start(text: str, pos: int, limit: int = 16) -> int:
    """Start of the clause holding ``pos``, looking back at most ``limit`` characters."""
    lo = pos - limit if pos > limit else 0
    m = _LAST_CLAUSE_MARK.search(text, lo, pos)
    return m.start() + 1 if m else lo


def _clause_end(text: str, pos: int, limit: int = 20) -> int:
    """End of the clause holding ``pos``, looking ahead at most ``limit`` characters."""
    m = _CLAUSE_MARK.search(text, pos, pos + limit)
    return m.start() if m else min(pos + limit, len(text))


_DROPPED_SUBJECT = re.compile(rf"^(?:{_FILLER}){{0,3}}$")
# Round eleven: a clause that starts with the brain is about a person (not 我脑子…).
_BRAIN_HEAD = re.compile(
    rf"^(?:可惜|但是?|就是|只是|不过|可是?|而且|偏偏)?(?P<b>脑子|脑袋|头脑)(?:{_FILLER}){{0,3}}$"
)
# (round fourteen: a formal subject too, 该同志…，工作态度更是有问题)
_CLAUSE_HEAD = re.compile(rf"{_PRONOUN}(?!们)|(?:该|这位|那位|这名|那名){_ROLES}")
_TOPIC = re.compile(rf"{_PRONOUN}(?!们)(?:这个人|这人|这家伙|这小子)?(?:吧|啊|呀|呢|嘛)$")


# Round fifteen: a contrast opening a clause (但, 可, 不过, 就是, 只是) goes on about the person whom
# its sentence opens with, or, when it opens a sentence, the sentence before.
_CONTRAST_OPEN = re.compile("(?:但是|但|可是|可|不过|就是|只是|只不过|然而)(?![以能是惜])")
_CONTRAST_FIRST = frozenset("但可不就只然")
_SENTENCE_END_SET = frozenset("。！？!?；;\n")
# Round sixteen: a frank-talk opener before the person (说实话，他…; 老实讲，你…).
_FRANK_OPENER = re.compile(
    "(?:说句?(?:实在|老实|心里|不好听的|难听的|实)话|说实在的|(?:老实|坦白|实话)(?:说|讲)|实话实说|"
    "说真的|讲真|不瞒你说|说白了|平心而论|怎么说呢)[，,]\\s*"
)
_FRANK_FIRST = frozenset("说老坦实讲不平怎")


def _contrast_person(text: str, cstart: int) -> int:
    """Start of the person the sentence holding ``cstart`` (or the one before, when the contrast
    opens it) opens with, at most 40 characters back, else -1."""
    left = max(text.rfind(ch, 0, cstart) for ch in "。！？!?；;\n") + 1
    if left == cstart and left > 0:
        left = max(text.rfind(ch, 0, left - 1) for ch in "。！？!?；;\n") + 1
    if cstart - left > 40:
        return -1
    if text[left : left + 1] in _FRANK_FIRST:
        frank = _FRANK_OPENER.match(text, left)  # round sixteen: 老实说，你报价是快，但…
        if frank:
            left = frank.end()
    return left if _CLAUSE_HEAD.match(text, left) else -1


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "。！？!?\n") + 1


def _person_before(text: str, pos: int) -> int:
    """Start of the person (pronoun or name) the words before ``pos`` are about, else -1.

    Chinese drops a subject already given earlier in the sentence ("你这个人太懒了，总是迟到"):
    when nothing but fillers precede the hit in its clause and the previous clause begins with a
    person, the hit is about that person and the finding starts at its own clause.
    """
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1  # code-switched text puts spaces around words of the other script
    cstart = _clause_start(text, pos)
    prefix = text[cstart:pos]
    m = _PERSON_HEAD.search(prefix)
    if m:
        return cstart + m.start()
    if (
        "整体" in prefix
        or "总体" in prefix
        or "总的" in prefix
        or "基本上" in prefix
        or "普遍" in prefix
    ):
        # 他们组整体上不够敬业: an "overall" between the group and the label (kept out of _FILLER,
        # which every person scan carries)
        cut = _OVERALL.search(prefix)
        if cut:
            m = _PERSON_HEAD.search(prefix[: cut.start()] + prefix[cut.end() :])
            if m and m.start() <= cut.start():
                return cstart + m.start()
    if "出来的" in prefix or "出身的" in prefix:
        m = _ORIGIN_HEAD.search(prefix)  # 你们农村出来的就是…
        if m:
            return cstart + m.start()
    m = _EN_HEAD.search(prefix) if prefix[-1:].isascii() else None
    if m:
        return cstart + m.start()
    if "A" <= prefix[:1] <= "Z" or prefix[:1] == " ":
        m = _LATIN_NAME_HEAD.match(prefix)  # Kevin 真的很 lazy, Lisa 太粗心了
        if m:
            return cstart + m.start()
    if "脑" in prefix:
        m = _BRAIN_HEAD.match(prefix)  # …，可惜脑子不太够用: a brain is always a person's
        if m:
            return cstart + m.start("b")
    tail = _FILLER_TAIL.search(prefix)
    stem = prefix[: tail.start()] if tail else prefix
    if len(stem) >= 2 and "\u4e00" <= stem[-1] <= "\u9fff":
        name_at = segment.ends_with_person_name(stem)
        if name_at >= 0:
            return cstart + name_at
    if cstart > 0 and prefix[:1] in _CONTRAST_FIRST:
        # round fifteen: a contrast carries the person of its sentence, or of the sentence before
        # when it opens one (刘医生业务强，这点不否认。但架子太大; 小钱能力是有的，就是心太浮)
        c = _CONTRAST_OPEN.match(prefix)
        if c and _FILLER_TAIL.match(prefix[c.end() :]) and _contrast_person(text, cstart) >= 0:
            return cstart
    if cstart > 0 and text[cstart - 1] in "，," and _DROPPED_SUBJECT.match(prefix):
        prev = _clause_start(text, cstart - 1, 30)
        if _CLAUSE_HEAD.match(text, prev):
            return cstart
        # round fifteen: a clause after a contrast that was about the person (小吴底子还行，但太有
        # 个性了，不服管)
        if prev > 0 and _CONTRAST_OPEN.match(text, prev) and _contrast_person(text, prev) >= 0:
            return cstart
        # round thirteen: a topic set two clauses back (老周这人吧，干活是肯干，就是脑筋死)
        if (
            prev > 0
            and text[prev - 1] in "，,"
            and cstart - prev <= 8
            and _TOPIC.match(text, _clause_start(text, prev - 1, 12), prev - 1)
        ):
            return cstart
    return -1


def _single_char_ok(text: str, start: int, end: int) -> bool:
    """One-character hits must end a jieba word ("你真笨" yes, "笨重" no)."""
    if end - start > 1:
        return True
    cs, ce = _clause_start(text, start, 12), _clause_end(text, end, 6)
    return segment.ends_a_word(text[cs:ce], start - cs, end - cs)


# ---------------------------------------------------------------------------------------------
# judges_person
# ---------------------------------------------------------------------------------------------

_TRAIT = re.compile(
    _alt(
        """懒 懒惰 懒散 散漫 懒人 懒鬼 懒虫 粗心 粗心大意 马虎 马马虎虎 大大咧咧 不负责任 没有责任心
        没责任心 缺乏责任心 责任心不强 不靠谱 靠不住 不可靠 自私 自私自利 傲慢 自大 狂妄 目中无人
        不上进 不求上进 没上进心 没有上进心 不积极 消极 不专业 不认真 不用心 不踏实 浮躁 固执 死板
        难相处 难沟通 不合群 玻璃心 情商低 情商太低 眼高手低 不成熟 幼稚 能力不行 能力差 能力太差
        没能力 没本事 拖拉 拖沓 磨磨蹭蹭 磨蹭 拖延症 不诚实 爱撒谎 不老实 小心眼 斤斤计较 脾气差
        脾气太差 脾气暴躁 太情绪化 情绪化 太敏感 混日子 不思进取 得过且过 吊儿郎当 笨 蠢 傻 废物
        猪脑子 没用 无能 白痴 笨蛋 蠢货 不行 不是这块料 不是干这行的料 不适合做 不适合干 冷漠
        自以为是 不讲理 不听话 刺头 难搞 难管 油腻 滑头 太油 不老实 没出息 没脑子 缺心眼 一根筋
        不靠谱的人 不懂事 没规矩 不守规矩 没有团队精神 没团队精神 不合作 太被动 被动 太懒
        不上心 没心没肺 心太大 粗枝大叶 丢三落四 毛手毛脚 懒懒散散 无所谓 不在乎 不在意 不关心
        不重视工作 没有担当 没担当 不值得信任 不可信 太差劲 差劲 没救了 不开窍
        软弱 懦弱 胆小 胆小怕事 怕事 没主见 优柔寡断 犹豫不决 圆滑 世故 虚伪 两面派 势利 势利眼
        自负 狂妄自大 高傲 清高 孤僻 暴躁 急躁 易怒 小气 多疑 偏执 固执己见 刚愎自用 独断专行
        专横 霸道 强势 散漫 懈怠 敷衍 敷衍了事 爱推卸责任 爱找借口 爱抱怨 爱发牢骚 虚荣 浮夸
        好高骛远 死脑筋 不知变通 钻牛角尖 自作聪明 没礼貌 不懂礼貌 没教养 素质低 素质差 没素质 粗鲁
        无礼 心智不成熟 娇气 矫情 脆弱 悲观 负能量 冷血 无情 狭隘 心胸狭窄 不诚信 阴险 狡猾 奸诈
        斤斤计较 爱计较 没耐心 缺乏耐心 急功近利 不踏实 眼里没活 没眼力见 缺根筋 情商不高
        饭桶 草包 废柴 窝囊废 蠢猪 傻子 傻瓜 弱智 脑残 智障 懒骨头 马大哈 老油条 刺儿头
        猪 猪头 傻逼 神经病 有病 脑子有病 脑子进水 脑子有问题 脑子坏了 脑子被驴踢了 脑子不好使
        脑子不灵光 没长脑子 心不在焉
        冷淡 冷冰冰 刻薄 尖酸刻薄 太凶 很凶 真凶 挺凶 好凶 特别凶 这么凶 那么凶 凶巴巴 不耐烦 粗暴 蛮横 不友好 不友善 爱答不理 爱理不理
        不近人情 没人情味 苛刻 挑剔 不尊重人 性子急 急性子 慢性子 蠢材 蠢才 呆子 木头人 榆木脑袋
        二百五 二货 傻帽 傻冒 傻缺 低能 低能儿 混蛋 王八蛋 人渣 败类 酒囊饭袋 蠢驴 笨猪 白眼狼
        瘸子 聋子 瞎子 哑巴 残废 心浮气躁 不务正业 不三不四 不着调 不靠谱儿 没正形 不长记性 屡教不改
        不适合带 不适合当 不适合干 不上道 笨手笨脚 笨嘴拙舌 油滑 油嘴滑舌 难伺候 心眼小 心眼太小 心眼儿小 小肚鸡肠 脑子是不是有问题
        脑子是不是进水了 脑子是不是坏了 脑子是不是有病 有没有点脑子
        难合作 难共事 难打交道 不好合作 不好相处 不好打交道 吃不了苦 吃不得苦 怕吃苦 不能吃苦
        没条理 没有条理 毫无条理 没章法 没计划性 不知好歹 不识好歹
        脑子转不过来 脑子转不过弯 脑子不转弯 脑子不够用 脑子短路 脑子生锈 脑子锈了 脑子慢 转不过弯
        反应迟钝 反应太慢 慢半拍 木讷 呆板 迟钝
        老糊涂 老顽固 老古董 高人一等 自视甚高 自命不凡 了不起似的 看不起人 瞧不起人 废了 彻底废了 垮了
        脑子是摆设 脑袋是摆设 脑子是装饰品 脑子是干什么用的 脑子是用来干什么的 脑子呢 带脑子了吗 长脑子了吗
        傲 太傲 傲气 心高气傲 飘 飘了 太飘 飘飘然 不太灵光 不大灵光
        毛躁 毛毛躁躁 佛系 倔 太倔 倔脾气 犟 太犟 没见过世面 没见识 心不细
        心不够细 心太粗 拎不清 不知天高地厚 不长心 没心眼 偷奸耍滑
        不守时 不守信 不讲信用 没时间观念
        脑子转得慢 脑子转得太慢 脑筋死 脑筋太死 架子大 架子太大 爱摆架子 摆架子
        怕麻烦 嫌麻烦 图省事 摆烂 躺平 武断 抠门 磨叽 磨磨唧唧 草率 冒失 鲁莽 莽撞 刁钻 嘴碎 牢骚多 阳奉阴违
        叛逆 耍小聪明 拈轻怕重 墨守成规 夸夸其谈 纸上谈兵 太自我 爱面子 爱表现 爱出风头 爱显摆 爱占便宜
        爱挑刺 爱八卦 爱邀功 爱甩锅 爱顶嘴 爱算计 爱偷懒 爱攀比 爱吹牛 不服管 不服管教 不敢担当 不懂变通
        不会来事 不会看脸色 不懂人情世故 没激情 没冲劲 没大没小 没眼色 小家子气 心机重 心眼多 难缠 多嘴
        两面三刀 固步自封 挑肥拣瘦 怕担责 怕担责任 死要面子
        老好人 好好先生 和事佬 墙头草 不会做人 不懂做人 不太适合当 不太适合做 不太适合干 不太适合带 不大适合当 不大适合做"""
    )
)
# Round twelve: labels whose first characters are common (想, 好, 只, 见, 眼) would slow the scan of
# _TRAIT for every comment; they are scanned only when one of them is in the text.
# (round fourteen: more such labels, 好面子 冲动 轻浮 教条 守旧 以自我为中心 …)
_EXTRA_WORDS = (
    "想当然 好吃懒做 只顾自己 眼里只有自己 见识短 好面子 好大喜功 轻浮 轻率 冲动 事儿多 教条 守旧"
    " 认死理 争强好胜 光说不练 以自我为中心 功利"
)
_TRAIT_EXTRA = re.compile(_alt(_EXTRA_WORDS))
_R12_EXTRA_KEYS = frozenset(_EXTRA_WORDS.split())
_R12_MIND_KEYS = frozenset(("用歪", "用偏", "用错", "正道", "正事", "正地方", "歪门"))
_R12_QUOTE_KEYS = frozenset(("“", '"', "「"))
# Round fourteen: the key words of _R14_JUDGE, found by the same scan.
_R14_STYLE_KEYS = frozenset(("作风", "主义", "思想", "气", "架子"))
_R14_KEYS = frozenset((*_R14_STYLE_KEYS, "抬举", "的人"))
_R12_GATE = re.compile(
    "|".join(
        sorted(
            (*_R12_EXTRA_KEYS, *_R12_MIND_KEYS, *_R12_QUOTE_KEYS, *_R14_KEYS, "脑子"),
            key=len,
            reverse=True,
        )
    )
)
# A good quality denied with a degree word: 你就是不够上进, 他一点都不主动, 她太不懂事了.
_GOOD_WORDS = """上进 认真 细心 用心 主动 积极 专业 成熟 稳重 踏实 努力 勤快 勤奋 负责 负责任 靠谱 可靠 诚实
        老实 耐心 自觉 机灵 灵活 懂事 敬业 上心 严谨 谨慎 自律 大气 大度 合群 团结 友善 礼貌 尊重人
        守时 守规矩 讲理 听话 虚心 谦虚 细致 专心 投入 厚道 聪明 灵光 开窍 争气 长进 成器 像话 得体
        尽责 尽心 称职 合格 稳当 勤恳 要强 担当 地道 利索 麻利 懂规矩 识大体 顾全大局 够用 好使"""
_DENIED_QUALITY = re.compile(
    "不(?P<deg>够|太|怎么|大|是很)?"
    + _alt(_GOOD_WORDS)
    # a trait ends there (不够上进了, 不主动。); 不太积极参加团建 describes an act
    + "(?!的(?:地方|方面|时候|情况))(?=[了的啊吧呀啦呢嘛]|[^\u4e00-\u9fff]|$)"
)
# A bare 不 needs a degree word before it (很不, 一点都不, 越来越不); 你不主动联系客户 is an act.
_DENIAL_DEGREE = re.compile(
    "(?:很|太|真|极|非常|特别|根本|完全|实在|有点|有些|越来越|从来|压根|一点都|一点也|一点儿都|"
    "一点儿也|总是|老是|就是|都)$"
)


def _denied_qualities(text: str) -> Iterator[Span]:
    for m in _DENIED_QUALITY.finditer(text):
        if m.group("deg") or _DENIAL_DEGREE.search(text, max(0, m.start() - 4), m.start()):
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()


# 难道你就不能成熟一点吗, 你怎么就不能懂点事 (a quality demanded rhetorically).
_CANT_YOU = re.compile(
    "(?:就|怎么就|怎么|难道就)不能(?:稍微|稍稍)?(?:成熟|懂事|懂点事|靠谱|上进|稳重|大度|讲理|争气|省心|"
    "有担当|有点担当|有点责任心|有责任心|有点脑子|长点脑子|专业|用心|上心)(?:一点|一些|点|些)?"
    "(?=[吗嘛呢啊吧？?！!]|$)"
)
# Round eleven: a duty presumed a formality (你是不是觉得盘点就是走个过场, 他把交接当儿戏);
# not a genuine question about the process (你觉得这个流程是不是在走过场？).
_FORMALITY = re.compile(
    "(?:你|您|他|她)(?:们)?(?:是不是|大概|好像|似乎|就|总|一直|压根|根本)?(?:觉得|以为|认为|当)"
    "(?:(?!是不是|是否|会不会|有没有)[^，。！？?,]){0,10}?(?:就是|只是|不过是|是)?"
    "(?:走个?过场|走走过场|走形式|可有可无|闹着玩|儿戏|做做样子|应付差事)|"
    "把[\u4e00-\u9fff]{1,8}?当(?:成|作)?(?:儿戏|过场|摆设|耳旁风|耳边风)"
)
# 我看你是根本没把这份工作当回事, 他从不把客户放在眼里 (not 别把这事放在心上)
_NOT_SERIOUS = re.compile(
    "(?:不|没有?|从不|从没|从来不|从来没有?)把[\u4e00-\u9fffA-Za-z]{1,8}?"
    "(?:当(?:成|作)?(?:一)?回事|放在心上|放在眼里|当(?:成)?(?:自己的)?事)"
)
_ATTR_BAD = (
    "(?:有问题|有很大问题|有大问题|不端正|不够端正|淡薄|淡漠|薄弱|松散|涣散|不好|很差|太差|差劲|差|恶劣|不行|堪忧|不够|不强|有缺陷|低下|"
    # round fourteen: 情商偏低, 工作作风漂浮, 底子确实薄
    "偏低|偏差|偏弱|较差|较弱|欠缺|欠佳|漂浮|飘浮|浮夸|不扎实|不实|薄(?![弱])|太薄|很薄|急(?![着需于用件事诊救])|"
    "不到位|成问题|太低|低|一般般|太急|太冲|太爆|暴躁|不怎么样|"
    # round sixteen: a capacity rated with mock concern (悟性令人担忧, 理解能力欠费, 执行力让人捉急)
    "感人|捉急|(?:令|让)人(?:捉急|着急|担忧|堪忧)|欠费|不在线|掉线|为零|是负数|"
    "(?:就|也就|也)(?:这样|那样|这个样子?|这水平|这个水平)(?=[，。！？,.!?…]|了|吧|$)|"
    # round seventeen: rated plain (悟性一般, 能力平平; not 一般来说) or low (积极性不高)
    "一般(?![来说而情般性])|平平|平庸|不高|不足)"
)
_ATTR_EVAL = re.compile(rf"{_ATTR}(?:上)?(?:{_FILLER}){{0,2}}{_ATTR_BAD}")
# Round sixteen: an outlook judged old-fashioned (思想比较保守, 观念太陈旧), scanned behind its gate.
_OUTLOOK_OLD = re.compile(
    rf"(?:思想|观念|思维)(?:上)?(?:{_FILLER}){{0,2}}(?:保守|僵化|陈旧|守旧|落后|老化)"
)
# Code-switched: 你的 attitude 真的有问题 (an English quality judged in Chinese) and 你真是个 idiot.
_EN_WORD = compile_rule(
    r"(?<![A-Za-z])(?:(?P<insult>idiot|moron|loser|clown|fool|dumbass|imbecile|jerk|dummy|retard|airhead|dimwit|"
    r"nitwit|halfwit|numbskull|bozo)s?|attitude|mindset|personality|character|temper|work ethic|eq)(?![A-Za-z-])"
)
_ATTR_BAD_AFTER = re.compile(rf"\s*(?:{_FILLER}){{0,2}}{_ATTR_BAD}")


@lru_cache(maxsize=64)
def _en_words_about_person(text: str) -> tuple[tuple[bool, int, int], ...]:
    """(is an insult, start, end) of each English insult or judged quality (attitude 有问题)
    after a Chinese subject; English sentences are left to the English rules."""
    hits: list[tuple[bool, int, int]] = []
    low = text.lower()  # a case-sensitive scan is several times faster than IGNORECASE
    for m in _EN_WORD.finditer(low if len(low) == len(text) else text):
        insult = m.group("insult") is not None
        end = m.end()
        if not insult:
            bad = _ATTR_BAD_AFTER.match(text, end)
            if not bad:
                continue
            end = bad.end()
        if text[: m.start()].rstrip()[-1:].isascii():
            continue
        person = _person_before(text, m.start())
        if person >= 0:
            hits.append((insult, person, end))
    return tuple(hits)


# Person-type insult nouns (two characters or more: 猪 alone is also livestock); all are in
# _DEMEAN_WORDS, whose hits are shared with find_demeaning.
_INSULT_WORDS = frozenset(
    [
        "蠢货",
        "笨蛋",
        "白痴",
        "废物",
        "饭桶",
        "蠢猪",
        "傻子",
        "傻瓜",
        "傻逼",
        "弱智",
        "脑残",
        "智障",
        "草包",
        "废柴",
        "窝囊废",
        "猪头",
        "猪脑子",
        "蠢材",
        "蠢才",
        "呆子",
        "二百五",
        "二货",
        "傻帽",
        "傻冒",
        "混蛋",
        "王八蛋",
        "人渣",
        "败类",
        "蠢驴",
        "笨猪",
        "白眼狼",
        "神经病",
        "猪队友",
        "土包子",
        "乡巴佬",
        "丑八怪",
        "死胖子",
        "肥猪",
        "废物点心",
        "没用的东西",
        "低能儿",
    ]
)
_NAMING_BEFORE = re.compile(
    "(?:你这个|你这|你个|你们这些|你们这帮|这个|那个|这帮|那帮|这群|那群|一群|一帮|"
    # 你这种摆谱的废物, 他这样只会抱怨的草包
    "(?:你|您|他|她)(?:们)?(?:这种|这样|这号|这类|那种)(?:的)?[\u4e00-\u9fff]{0,6}?的)$"
)
_ADDRESS_AFTER = re.compile(r"们?(?:啊|呀)?\s*(?P<p>[，,。！!？?…\n]|$)")


def _insult_addresses(text: str) -> Iterator[Span]:
    for s, e in _demean_word_spans(text):
        if text[s:e] not in _INSULT_WORDS:
            continue
        naming = _NAMING_BEFORE.search(text, max(0, s - 12), s)
        if naming:
            yield naming.start(), e
            continue
        before = text[:s].rstrip()
        after = _ADDRESS_AFTER.match(text, e)
        if not after:
            continue
        tail = before[-12:]
        exclaimed = _EXCLAIMED.search(tail) if tail[-1:] in "是个一的" else None
        if exclaimed:
            at = len(before) - len(tail) + exclaimed.start()
            if before[:at].rstrip()[-1:] in _SENTENCE_OPEN:
                yield at, e  # 真是个废物，… (no subject: the person addressed)
                continue
        if before[-1:] in ("", "。", "！", "？", "；", ".", "!", "?", ";", "\n"):
            if after.group("p") in ("，", ","):  # 蠢货，…  (not the exclamation 废物！)
                yield s, e
        elif before[-1:] in ("，", ",") and after.group("p") not in ("，", ","):
            yield s, e  # …，笨蛋！


# Qualities of character and conduct; lacking one is a label, lacking a thing (权限, 经验) is not.
_QUALITY = _alt(
    """责任心 责任感 上进心 进取心 事业心 团队精神 团队意识 合作精神 集体意识 集体荣誉感 担当 耐心
    主见 主动性 积极性 自觉性 执行力 职业素养 职业道德 职业精神 敬业精神 时间观念 大局观 全局观
    服务意识 规则意识 风险意识 质量意识 诚信 礼貌 教养 常识 判断力 自制力 同理心 情商 素质 脑子
    纪律性 原则 底线 良心 觉悟 魄力 韧性 热情 干劲 动力 上心 眼力见 自知之明 分寸 界限感 边界感
    尊重 敬畏 敬畏心 敬畏之心 进取精神 奉献精神 协作精神 主人翁意识 规矩意识 职业操守 操守 耐性 恒心"""
)
_LACKS = compile_rule(
    rf"(?:缺乏|缺少|欠缺|毫无|没有|没|不具备)(?:任何|基本的?|起码的?|最基本的?|一点|一丁点|半点|丝毫|"
    rf"什么)?(?:的)?{_QUALITY}|"
    rf"(?:一点|一丁点|半点|丝毫|一点儿|任何)(?:的)?{_QUALITY}(?:都|也)(?:没有|没|不具备|不讲|看不到)|"
    # round thirteen: a quality hardly had (她不太有责任心, 他不怎么有耐心)
    rf"不(?:太|怎么|大|是很|够)有(?:什么)?{_QUALITY}"
)
_NEG_BEFORE = frozenset("不没")
# Round fourteen: a manner or an outlook weighed as heavy (官僚作风比较重, 江湖气太重, 个人主义严重);
# a person denied to be the kind who has a quality (老周不太像是个有上进心的人, 她不是个靠谱的人;
# not 他不像是个会偷懒的人); rated below a beginner (说你是实习生水平都抬举你了).
_R14_JUDGE = first_chars_compile(
    "(?P<style>(?:官僚|江湖|书生|孩子|学生|少爷|大小姐|公子哥|痞|匪|娇|傲|官|戾|怨|市侩|小市民)"
    "(?:气|作风|习气|脾气)|(?:官僚|形式|本位|个人|享乐|自由)主义|小农思想|等靠要思想|官架子)"
    rf"(?:{_FILLER}){{0,2}}(?:重(?![要视新复点量])|严重|浓厚?|明显|突出|十足|太大|很大)|"
    "(?P<kind>不(?:太|怎么|大)?像(?:是)?(?:个|一个)?|不是(?:个|一个|那种)?)"
    rf"(?:有{_QUALITY}|靠谱|上进|负责|踏实|肯干|认真|成熟|稳重|可靠|有担当|能干事|能吃苦|肯吃苦|能扛事|靠得住)的人|"
    "(?P<raise>(?:都|也|还|算|就)(?:是)?(?:太|有点|有些)?抬举(?:你|您|他|她)(?!们))"
)
# Round fourteen: a scare-quoted label named as a mindset (该员工是典型的“混日子”心态).
_MINDSET = re.compile("(?:的)?(?:心态|思想|作风|心理|状态|派|型)")
# Round fourteen: a label hedged with 了点 (情绪化了点, 急躁了些) opens its clause, the person named
# elsewhere in the comment.
_HEDGE_AFTER = ("了点", "了些", "了一点", "了一些")
_PARTY_LEADS = re.compile(
    "(?:这个?|那个?|这位|那位|有的|有些)?(?:客户|顾客|客人|用户|对方|家长|病人|患者|家属|甲方|业主|领导|老板|"
    "上级|供应商|厂家|房东|租户)"
)
# An English label after a Chinese subject (你这个人太 lazy 了).
_EN_TRAIT = compile_rule(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(TRAIT_WORDS, key=len, reverse=True)) + r")(?![A-Za-z-])",
    re.IGNORECASE,
)
_LATIN = re.compile("[A-Za-z]")
# Focus on work denied as a state of mind (心思就不在工作上了): about the person, whoever it is.
_MIND_ELSEWHERE = re.compile(
    "(?:心思|心|精力|注意力)(?:就|都|根本|完全|早就|已经|全|压根|明显|显然|好像|似乎|基本上?)*不在"
    "(?:(?:工作|公司|岗位|业务|正事|班|单位|项目)上|这儿|这里|这上面|科里|店里|组里|队里)"
)
# Round thirteen: the mind placed elsewhere (心思都在家里, 精力全放在副业上), behind a substring gate.
_MIND_AWAY = re.compile(
    "(?:心思|精力|注意力|心)(?:就|都|根本|完全|早就|已经|全|全都|压根|整天|明显|显然|好像|似乎|基本上?)*"
    "(?:在|放在|扑在|用在|花在)"
    "(?:家里|家庭上|孩子身上|娃身上|对象身上|男朋友身上|女朋友身上|副业上|炒股上|股票上|游戏上|"
    "手机上|别处|别的地方|外面|外头|兼职上|私事上)"
)
# Round thirteen: the person thinks the world owes them (你是不是觉得客户都欠你的).
_OWED = re.compile(
    "(?:你|您|他|她)(?:们)?(?:是不是|好像|就|总|老)?(?:觉得|以为|认为)(?:全世界|所有人|别人|大家|谁|"
    "客户|公司|全公司|同事|我们|领导)都欠(?:你|您|他|她)"
)
# Round twelve: a mind bent the wrong way (心思全用歪了, 心思没用在正道上), scanned behind its own gate.
_MIND_BENT = re.compile(
    "(?:心思|心眼|聪明劲儿?|小聪明)(?:就|都|全|全都|根本|完全)*(?:用歪了|用偏了|用错了地方|用错地方|"
    "没用在正道上|没用到正道上|没用在正地方|没放在正事上|用在歪门邪道上|花在歪门邪道上)"
)
# Round twelve: a scare-quoted quality said of a person is sarcasm (小王真是“勤快”啊, 他可真够“敬业”的).
_SCARE_QUOTED = re.compile(
    '[“"「](?P<w>勤快|靠谱|敬业|认真|负责|能干|积极|用心|专业|'
    '高效|努力|细心|准时|聪明|佛系|有个性|有主见|体贴|勤奋|踏实|守时|尽职|尽责|称职|优秀|给力|热心)[”"」]'
)
_SENTENCE_OPEN = frozenset(("", "。", "！", "？", "；", ".", "!", "?", ";", "\n"))
_SARCASM_BEFORE = re.compile("(?:真是|可真|真够|可真够|真|够)(?:够)?$")
# Round twelve: an insult exclaimed with no subject opens the sentence (真是个废物，…; 简直就是个饭桶！).
_EXCLAIMED = re.compile(
    "(?:真是|真的是|简直(?:就)?是|纯粹是|完全是|就是)(?:个|一个|一)?(?:十足的|彻头彻尾的)?$"
)
# Round twelve: the brain said to be missing (脑子是个好东西，希望你也有一个; 出门记得带上脑子).
_NO_BRAIN = re.compile(
    "脑子是(?:个)?好东西|(?:希望|建议|麻烦|请|记得)(?:你|您|他|她)?(?:下次|以后|出门|上班|做事|干活)?"
    "(?:也|能)?(?:带|带上|带点|长|长点|有)(?:点|一个|个|上)?脑子"
)
# Round twelve: conduct-only labels (not said of machines), which may follow a contrast and a short
# activity after a clause that names the person (王老师课讲得不错，但作业批改太不负责任了).
_CONDUCT_TRAITS = frozenset(
    [
        "不负责任",
        "马虎",
        "粗心",
        "粗心大意",
        "懒散",
        "散漫",
        "敷衍",
        "毛躁",
        "吊儿郎当",
        "不上心",
        "不用心",
        "不认真",
        "拖拉",
        "拖沓",
        "懒",
        "马马虎虎",
        "丢三落四",
        "粗枝大叶",
        "敷衍了事",
        "得过且过",
        "想当然",
        "没耐心",
        "不耐烦",
    ]
)
_CONTRAST_ACT = re.compile(
    rf"^(?:但是?|可是?|不过|只是|就是|可惜)[\u4e00-\u9fff]{{1,4}}?(?:上|方面)?(?:{_FILLER}){{0,3}}$"
)


# A good quality said to have nothing to do with the person: 细心这两个字跟你没什么关系, 靠谱和他不沾边.
_QUALITY_ABSENT = re.compile(
    "(?:细心|认真|靠谱|专业|负责|用心|上进|敬业|勤快|守时|准时|效率|严谨|耐心|礼貌|责任心|团队精神|"
    "职业素养|主动)(?:这两个字|这个词|二字|两个字|这回事|这种东西)?(?:跟|和|与|同)(?:你|您|他|她)"
    "(?:们)?(?:真的|完全|根本|好像|似乎|压根|从来|一直|就)*(?:没(?:有)?(?:什么|半点|一点|任何)?关系|"
    "不沾边|沾不上边|搭不上边|无缘|绝缘|八竿子打不着)"
)


# 如果你不是这么固执 / 要是他没那么懒: a counterfactual presumes the trait.
_IF_NOT = re.compile(
    rf"(?:如果|要是|假如|若是|倘若|但凡)(?P<p>{_PRONOUN})(?:不是|没有?|不)(?:这么|那么|这样|那样)$"
)
# 猪都比你学得快, 我家狗都比他懂事: anything at all does better than the person.
_BEASTS_BETTER = re.compile(
    "(?<![不没])(?:猪|狗|猴子|驴|猫|我家狗|我家猫|木头)(?:都|也)比(?:你|您|他|她)(?:们)?"
)


# Round twelve: a person and a short act of work before a conduct label (小蒋做账特别毛躁, 他开车太马虎).
_PERSON_ACT = re.compile(
    rf"(?:^|(?<=[{re.escape(_CLAUSE_END)}]))\s*{_PRONOUN}(?!们)"
    rf"[做写干开算记填管带看对录排修查核审改讲接发报交装拣配送][\u4e00-\u9fff]{{1,2}}?(?:的时候|时)?"
    rf"(?:{_FILLER}){{0,3}}$"
)


def _after_contrast(text: str, pos: int) -> int:
    """Start of "但 + a short activity" before a conduct label when the clause before names the
    person (…，但作业批改太不负责任了), else -1."""
    cstart = _clause_start(text, pos)
    if cstart == 0 or text[cstart - 1] not in "，," or text[cstart] not in "但可不只就":
        return -1
    if not _CONTRAST_ACT.match(text[cstart:pos]):
        return -1
    prev = _clause_start(text, cstart - 1, 30)
    return cstart if _CLAUSE_HEAD.match(text, prev) else -1


# Round fifteen: frames with an open slot, each behind a substring gate (_r15_judges).
# A nickname in quotes after a framing word (老范就是个“甩锅侠”, 有点“愣头青”, 这位是我们组的
# “慢郎中”), or opening a sentence as its subject (咱们组的“慢郎中”，…); not a praise nickname (“定海
# 神针”, “活字典”, “拼命三郎”: _PRAISE_NICK), nor a quote followed by a noun (“零投诉”主管).
_R15_QUOTED = re.compile(
    "(?P<frame>典型的|十足的|活脱脱(?:的|一个)?|出了名的|有名的|有点儿?|有些|就是|是|成了|属于|简直是|"
    '(?:(?![是的])[\u4e00-\u9fff]){1,4}?的)(?:个|一个|一位|位)?[“"「](?P<w>[^”"」，。！？,!?]{2,6})[”"」]'
    "(?=[，。！？、,.!?；;…]|$|又|了|啊|呀|嘛)"
)
_PRAISE_NICK = re.compile(
    "^活|星|王|神|能手|高手|好手|多面手|一把手|快手|巧手|通|宝|果|雨|阳|牛|兵|骨|将|铁|金牌|拼命|冠军|状元|大拿|专家|大师|达人|标兵|模范|劳模|榜样|标杆|字典|靠山|"
    "担当|先锋|能人|暖|忙人|大人物|红人|案例|经验|做法|模式|工程|项目|成果|典型"
)
_OUR_GROUP = re.compile("(?:我们|咱们|咱|我们的|咱们的)[\u4e00-\u9fff]{0,4}?的$")
_THIS_ONE = re.compile("(?:这位|那位|这个人|此人|这人)(?:就|可|倒)?是$")
# 不是…的料 (not cut out for it: 他不是带团队的料); not cloth or stock (这块布不是做西装的料).
_R15_NOT_CUT = re.compile(
    "不是(?:做|干|当|搞|学|带|吃)?[\u4e00-\u9fff]{0,5}?(?:的|这块|那块)料(?![子理想])"
)
# 属于…的类型 / 那种人 (他属于说一句动一下的类型); not a neutral or a good type (技术型, 内向的, 踏实肯干的).
_R15_TYPE = re.compile(
    "属于(?P<w>[^，。！？,!?]{2,12}?)(?:的)?(?:类型|那种人|那类人|那号人|那一类人?|一类人|那种|那类)"
    "(?![的型])"
)
_NOT_A_LABEL = re.compile(
    "型|内向|外向|安静|文静|随和|慢热|开朗|活泼|低调|理性|感性|大器晚成|厚积薄发|实干|肯干|能干|务实|稳健|"
    "谨慎|踏实|心细|细心|认真|勤快|靠谱|有想法|有主见|聪明|机灵|老实|热心"
)
# 心太浮, 心有点野, 心比较散 (a heart "too" something); not 心很细, 心太累, 心太软 (sympathy).
_R15_HEART = re.compile(
    "(?<![小耐用细信决爱恒良开关担恶放热操伤静])心(?:也|就是|真|还是)?(?:太|有点儿?|有些|比较|过于|实在太|太过)"
    "(?P<c>[\u4e00-\u9fff])(?=了|[，。！？、,!?；]|$)"
)
_HEART_OK = frozenset("细齐善好诚正宽静稳定暖热累疼痛酸软慌乱烦苦寒甜实诚")
# 格局太小, 眼界窄了点, 心胸不够宽 (a scope of mind judged small); not 眼光很高, 这套房子格局太小 (no
# person).
_R15_SCOPE = re.compile(
    rf"(?:格局|眼界|心胸|气量|肚量|胸襟|见识|境界)(?:{_FILLER}){{0,3}}"
    "(?:小|窄|浅|短浅|狭隘|有限|不够|不大|不宽|太低|低)"
)
# 她不是一个细致的人, 他不像个踏实的人: a good quality denied as a kind of person (any of the good
# words of _DENIED_QUALITY); not 他不是个会偷懒的人.
_R15_NOT_KIND = re.compile(
    "不(?:太|怎么|大)?(?:像)?是?(?:个|一个|那种)(?:很|特别|太|多么|那么|多|能)?"
    + _alt(_GOOD_WORDS)
    + "的人"
)


# Round sixteen (_r16_judges, each behind a substring gate): work taken for play (你是不是觉得来公司就是来
# 混日子的？, 他把车间当网吧; not 孩子们觉得来科技馆就是来玩的, no person); "can't, or won't?" asked
# (你是记不住流程还是根本懒得记？; not 你是想周三交还是周五交？); excuses outnumbering results (理由
# 比业绩还多, 说的比做的多; not 这台机器毛病比零件还多).
# (each pattern opens on one literal, which ``re`` finds by a fast scan: opening on an alternation
# cost several times more, measured; what comes before is checked afterwards)
_R16_PLAY = re.compile("来(?:玩|混|养老|度假|打酱油|混日子|享福|旅游|睡觉)的")
_THINKS = re.compile("(?:觉得|以为|认为)[^，。！？?,]{0,10}$")
_R16_PLACE = re.compile(
    "把(?:公司|单位|这里|这儿|店里|科室|车间|办公室|岗位|工作|上班)当(?:成|作)?(?:养老院|游乐场|度假村|托儿所|"
    "幼儿园|疗养院|旅馆|宾馆|网吧)"
)
_R16_EITHER = re.compile(
    "还是(?:(?:压根儿?|根本|就是|本来就)(?:就)?(?:不想|不愿意?|不肯|懒得|没想|没打算|不打算)|懒得)"
    "[^，。！？]{0,8}[？?]"
)
_EITHER_HEAD = re.compile("[你他她]是[^。！？?]{1,12}$")
_R16_EXCUSES = re.compile(
    "比(?:办法|行动|成绩|干的活|干的|做的|本事|能力|活儿?|业绩|产出|能耐)(?:还|都)?(?:多|大|好听)"
)
_EXCUSE_BEFORE = re.compile("(?:借口|理由|牢骚|怨言|废话|脾气|架子|嘴上功夫|说的)$")


def _r16_judges(text: str) -> Iterator[Span]:
    starts: list[Span] = []
    if "来" in text:
        for m in _R16_PLAY.finditer(text):
            think = _THINKS.search(text, max(0, m.start() - 14), m.start())
            if think:
                starts.append((think.start(), m.end()))
    if "把" in text and "当" in text:
        starts.extend(m.span() for m in _R16_PLACE.finditer(text))
    if "比" in text:
        for m in _R16_EXCUSES.finditer(text):
            before = _EXCUSE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if before:
                starts.append((before.start(), m.end()))
    for s, e in starts:
        person = _person_before(text, s)
        if person < 0:
            left = _sentence_start(text, s)
            person = left if _ADDRESSED.search(text, left, s) else -1
        if person >= 0:
            yield person, e
    if "还" in text:
        for m in _R16_EITHER.finditer(text):
            # the person asked (你是…还是压根不想…？), not a choice about a thing
            head = _EITHER_HEAD.search(text, max(0, m.start() - 14), m.start())
            if head:
                yield head.start(), m.end()


def _r15_judges(text: str) -> Iterator[Span]:
    if "“" in text or '"' in text or "「" in text:
        for m in _R15_QUOTED.finditer(text):
            if _PRAISE_NICK.search(m.group("w")):
                continue
            s = m.start()
            frame = m.group("frame")
            person = _person_before(text, s)
            if (
                person < 0
                and frame.endswith("的")
                and frame not in ("典型的", "十足的", "出了名的")
            ):
                # 我们组的“慢郎中” after 这位是, or opening its sentence
                cs = _clause_start(text, s, 12)
                if _OUR_GROUP.search(text, cs, m.start("w") - 1) or _OUR_GROUP.match(
                    text[cs : m.start("w") - 1]
                ):
                    before = text[cs:s]
                    if _THIS_ONE.search(before) or (
                        not before and (cs == 0 or text[cs - 1] in _SENTENCE_END_SET)
                    ):
                        person = cs
                elif _THIS_ONE.search(text, cs, s):
                    person = cs
            elif person < 0 and _THIS_ONE.search(text, max(0, s - 6), s + len(frame)):
                person = _clause_start(text, s, 12)
            if person >= 0:
                yield person, m.end()
    if "料" in text:
        for m in _R15_NOT_CUT.finditer(text):
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
    if "属于" in text:
        for m in _R15_TYPE.finditer(text):
            w = m.group("w")
            if _NOT_A_LABEL.search(w) or (_POS_ZH.search(w) and not _NEG_ZH.search(w)):
                continue
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
    if "心" in text:
        for m in _R15_HEART.finditer(text):
            if m.group("c") in _HEART_OK:
                continue
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
    if (
        "格局" in text
        or "眼界" in text
        or "心胸" in text
        or "气量" in text
        or "肚量" in text
        or ("胸襟" in text or "见识" in text or "境界" in text)
    ):
        for m in _R15_SCOPE.finditer(text):
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
    if "的人" in text:
        for m in _R15_NOT_KIND.finditer(text):
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()


# Round seventeen (Chinese, frames with an open slot, each behind a one-character gate; _r17_judges
# and _r17_demeaning). A person said to be "born in the year of" something that is no zodiac sign
# (他就是属蜗牛的; not 她属虎的, 你属哪个部门的); pushed to move a step at a time (催一下动一下, 不推
# 不动); "that same … manner" of a person (还是那副慢吞吞的样子; not 那副笑眯眯的样子); a quality of
# mind that is not there at all (一点安全意识都没有; not a glue or a watch); a simile with a measure
# word (跟个木桩子似的; not 跟个老师傅似的); every task failed (学啥啥不会); "here to work, or here to
# play?" (是来值班的还是来度假的？); a junior or a child who knows what the person does not (学徒都
# 晓得…，你还不会？); age as the reason a faculty fails (岁数一大记性就差; not …动作慢很正常).
_R17_ZODIAC = frozenset("鼠牛虎兔龙蛇马羊猴鸡狗猪")
_R17_BORN = re.compile(
    "属(?![于实下地性意])(?P<n>[\u4e00-\u9fff]{1,5}?)的(?=[，,。！？!?吧吗呀啊]|$)"
)
_R17_BORN_NOT = re.compile("哪|什么|部门|科|组|单位|公司|地|部|局|院|所|校")
_R17_NUDGE = re.compile(
    "(?P<v>[推催叫喊说拨踢赶抽戳捅拽拉逼盯])一(?:下|次|回|句|步)(?:才|就)?(?:动|走|干)一(?:下|步|回)|"
    "不(?:推|催|叫|说|逼|盯|踢|赶|拨)不(?:动|干|走)"
)
_R17_MANNER = re.compile(
    "(?:这|那)副(?P<w>[\u4e00-\u9fff]{2,8}?)的?(?:样子|德性|德行|性子|嘴脸|模样|腔调|架势|派头)"
)
_R17_NONE_AT_ALL = re.compile(
    "(?:一点(?:儿)?|半点|丝毫)(?P<q>[\u4e00-\u9fff]{0,4}?(?P<k>意识|能力|观念|精神|眼力见儿?|眼色|主见|担当|"
    "血性|骨气|自觉性?|悟性|觉悟|素养|修养|定力|耐性|韧劲|冲劲|闯劲|上进心|进取心|自制力|执行力))"
    "(?:都|也)?没(?:有)?"
)
# (only people have these; 能力 and 执行力 may be a machine's, so they need a person named)
_R17_MIND_ONLY = frozenset(
    (
        "意识",
        "眼力见",
        "眼力见儿",
        "眼色",
        "主见",
        "担当",
        "血性",
        "骨气",
        "自觉",
        "自觉性",
        "悟性",
        "觉悟",
        "素养",
        "修养",
        "上进心",
        "进取心",
    )
)
_R17_SIMILE = re.compile("(?:跟|像)(?:个|只|头|条|根|块)(?P<n>[\u4e00-\u9fff]{1,5}?)(?:似的|一样)")
_R17_SIMILE_OK = re.compile(
    "专家|师傅|行家|老手|大哥|大姐|哥哥|姐姐|家人|亲人|新的|陀螺|老黄牛|拼命三郎|主人|领头羊|定海神针|"
    "活字典|小太阳|暖宝宝|自家人|机器人"
)
_R17_EVERY_TASK = re.compile(
    "(?P<v>[干做学弄搞办])(?:啥|什么)(?:(?P=v))?(?:啥|什么)(?:都)?不(?:行|会|成|灵|像样)"
)
_R17_HERE_FOR = re.compile(
    "是来[\u4e00-\u9fff]{1,4}的(?:，|,)?还是来(?:玩|混|养老|度假|打酱油|混日子|享福|旅游|睡觉|休假|喝茶|疗养)的"
)
_R17_JUNIOR = re.compile(
    "(?:实习生|新人|新来的|小学生|幼儿园|小孩|孩子|学徒|徒弟)[^，。！？,!?]{0,8}?(?:都|也)"
    "(?:知道|会|懂|明白|晓得|学会了)"
)
_R17_JUNIOR_YOU = re.compile("(?:你|您)[^。！？!?]{0,12}?(?:不知道|不会|不懂|不明白|还不会|[？?])")
_R17_AGE_FAIL = re.compile(
    "(?:年纪|岁数|年龄)(?:大了|一大|上来了)(?:以后)?(?:(?:就是|就|果然)(?:是)?"
    "(?:反应|脑子|记性|手脚|眼神|动作|脑筋)?|(?:反应|脑子|记性|手脚|眼神|动作|脑筋))(?:就是|就|也)?(?:总|老)?"
    "(?:慢|跟不上|不好使|不灵|不行|差|转不动|转不过来|忘事|记不住|不利索)"
)
_R17_AGE_OK = re.compile("正常|难免|可以理解|体谅|照顾|理解")
# 散漫 (自由散漫) said of a person, face valued too much (太要面子), a mind too heavy (心思太重).
_R17_TRAIT = re.compile(
    "(?:自由)?散漫(?:惯了)?|(?:太|死|特别|也太)(?:要|爱)面子|心思(?:太|很|特别|过于|比较|有点)重"
)
# A temper judged (性格比较软, 个性太倔, 脾气太冲; not 这款床垫偏软: a person comes first).
_R17_TEMPER = re.compile(
    "(?:性格|性子|脾气|个性)(?:上)?(?:太|偏|过于|比较|有点|有些|特别|也太|实在|实在太)"
    "(?:软|温吞|急|躁|倔|闷|冲|懦弱|强势|古怪|怪|暴|火爆|面|肉|犟|拧|慢)"
)
# "with a … like yours" dismissed (他这脑袋，也就…; 就你这本事，还想…; not …提高得真快).
_R17_YOUR_LEVEL = re.compile(
    "(?:你|他|她)[这那](?:个|种|点)?(?:智商|水平|脑子|记性|情商|悟性|脑袋|素质|能耐|本事|德性|两下子)"
    "[，,]?(?:也就|也就是|也好意思|还想|还要|还敢|也是没谁|能干(?:什么|啥)|就别|是不是)"
)
# The problem named as the person, not the skill (毛病不在技术，在心态).
_R17_NOT_SKILL = re.compile(
    "(?:问题|毛病|短板)(?:不是|不在于?)(?:能力|技术|水平|业务|经验)[，,]?(?:而)?(?:是|在于?)"
    "(?:态度|人品|性格|心态|品行|为人|做人)"
)
# Presumed conceit (认为自己最重要; not 觉得自己太累).
_R17_CONCEIT = re.compile(
    "(?:是不是|是否)?(?:觉得|以为|认为)自己(?:特别|很|挺|多|最|有多)(?:聪明|了不起|厉害|能干|牛|优秀|高明|重要)"
)
# Standards set too low for oneself (对自己的要求实在太低); only one's own side seen (只顾着自己的方便).
_R17_SELF = re.compile(
    "对自己(?:的)?要求(?:太|也太|过于|实在太|实在)低|只(?:看(?:得)?到|想着|顾着|在乎|顾)自己(?:的)?"
)
# A quality one has too little of (缺了几分韧劲, 少了些担当; not 少了点盐, 少了点时间).
_R17_SHORT_OF = re.compile(
    rf"(?:少了|缺了|差了)(?:点|些|一点|几分|那么点)(?:{_QUALITY}|狼性|血性|闯劲|冲劲|韧劲|锐气|灵气|悟性)"
)
# The mind not put on the work (精力压根没用在正事上).
_R17_MIND_OFF = re.compile(
    "(?:心思|心|精力|注意力)(?:可能|根本|压根|就|都|好像)?没(?:有)?(?:放|用|花)在(?:工作|正事|正道|业务|岗位)上"
)


def _r17_person(text: str, s: int, note_ok: bool = True) -> int:
    """The person a frame at ``s`` is about: before it in its clause (or a dropped subject), named
    in its sentence, or nobody when the frame opens the text (a note about the employee)."""
    person = _person_before(text, s)
    if person >= 0:
        return person
    left = _sentence_start(text, s)
    if _ADDRESSED.search(text, left, _sentence_end(text, s)):
        return _clause_start(text, s)
    if note_ok and not text[:s].strip():
        return 0
    return -1


# Round seventeen (belittling frames, each behind a one-character gate): the zodiac, simile and
# every-task frames of _r17_judges also belittle; sarcasm at someone finally turning up (总算舍得露
# 面了, 还知道回来呀); "are you a three-year-old?"; an accent called heavy about the person addressed;
# the person's body weighed (她那个体型; not 体重秤); "is it the menopause?"; a mock-noble title
# with a sarcastic cue (大少爷, 请您屈尊…); sarcastic thanks or admiration beside a fault or a tiny
# output (厉害了，一下午才贴了三张; not 辛苦你了，一个错都没出); done better with one's eyes shut.
_R17_TURNS_UP = re.compile(
    "(?:终于|总算|还)舍得(?:来|起|回来|露面|出现|开口|动|过来|现身)|"
    "还知道(?:来|回来|上班|露面|过来|回个)[\u4e00-\u9fff]{0,3}?(?:啊|呀|呢|嘛|[？?])"
)
_R17_TODDLER = re.compile(
    "(?:你|您|他|她)是(?:[一二三四五六七八九两0-9]岁)?(?:的)?(?:小孩|孩子|小孩子|小朋友|小学生|巨婴|幼儿园(?:的)?小朋友)"
    "(?:吗|吧|啊|么|[？?])"
)
_R17_ACCENT = re.compile("口音(?:那么|这么|太|很|也太|实在|实在太|咋这么|怎么这么)重")
_R17_BODY = re.compile(
    "(?:你|他|她)(?:这个?|那个?|这副|那副)(?:体重|身材|体型|肚子|长相|肤色|块头)(?![秤计表])"
)
_R17_BODY_CLOCK = re.compile("是不是(?:更年期|生理期|来例假|来大姨妈|大姨妈来了)")
_R17_NOBLE = re.compile("大少爷|大小姐|少爷|老佛爷|小祖宗|活祖宗|太上皇")
_R17_NOBLE_CUE = re.compile("屈尊|舍得|赏脸|大驾|劳您|伺候|泡杯茶|请您|您能|您老")
_R17_CHEER = re.compile(
    "辛苦(?:您|你)了|佩服佩服|厉害了|真有你的|行啊你|真是谢谢你|长本事了|本事见长|好本事"
)
_R17_TINY = re.compile(
    "(?:半天|一天|一上午|一下午|一晚上|一个班|一个夜班|一整天)(?:就|才|只|能|光)"
    "(?:[\u4e00-\u9fff]{1,3}?了?)?[一两二三四五六七八九几半][\u4e00-\u9fff]{0,3}"
)
_R17_SLIP = re.compile("[送装发贴填算找拿写打记搬改]错|[改搞弄]乱|搞砸|弄丢|顶撞|敢顶|甩给|把锅")
_R17_CLEAN = re.compile("没出|没有出|零差错|一个错都没|从没|从来没|没错|没有错")
_R17_EYES_SHUT = re.compile(
    "(?:闭着眼(?:睛)?|用脚|睡着了|喝醉了|倒着|单手)[\u4e00-\u9fff]?(?:的)?(?:都|也)"
    "比(?:这|你)[\u4e00-\u9fff]{0,4}?(?:强|好|快|像样|规整|漂亮)"
)


# (every frame above is gated by the key words it needs, found by one scan shared by the judges and
# belittling scans of a text: a chain of substring tests cost more, measured)
_R17_KEY_WORDS = """属 似的 一样 啥 什么 孩 朋友 学生 婴 你那 他那 她那 更年 生理期 例假 姨妈 实习 新人 新来 学徒 徒弟 幼儿园 年纪 岁数 年龄 动一 走一 干一 不动 不干 不走 副 一点 半点 丝毫 还是来 性格 性子 脾气 个性 你这 他这 她这 不是 不在 问题 毛病 短板 自己 少了 缺了 差了 放在 用在 花在 散漫 面子 心思 舍得 还知道 口音 体重 身材 体型 肚子 长相 肤色 块头 辛苦 佩服 厉害 有你的 行啊 谢谢你 本事 比这 比你 爷 小姐 祖宗 太上"""
_R17_GATE = re.compile(_alt(_R17_KEY_WORDS))


@lru_cache(maxsize=64)
def _r17_keys(text: str) -> frozenset[str]:
    return frozenset(_R17_GATE.findall(text))


def _r17_both(text: str) -> Iterator[Span]:
    """The frames that are both a label and belittling."""
    k = _r17_keys(text)
    if "属" in k:
        for m in _R17_BORN.finditer(text):
            n = m.group("n")
            if n in _R17_ZODIAC or _R17_BORN_NOT.search(n):
                continue
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
    if "似的" in k or "一样" in k:
        for m in _R17_SIMILE.finditer(text):
            if _R17_SIMILE_OK.search(m.group("n")):
                continue
            end = _sentence_end(text, m.end())
            left = _sentence_start(text, m.start())
            if _POS_ZH.search(text, left, end) and not _NEG_ZH.search(text, left, end):
                continue
            person = _r17_person(text, m.start())
            if person < 0 and _CLAUSE_HEAD.match(text, left):
                person = left
            if person < 0 and left == 0:
                # a note that opens on the simile or on a habit (一坐下就打盹，跟个…似的)
                first = text[: _clause_end(text, 0, 30)]
                if m.start() == 0 or (
                    first[:1] not in "这那"
                    and "的" not in first
                    and ("就" in first or _weak_mark_fault(first))
                ):
                    person = 0
            if person >= 0:
                yield person, m.end()
    if "啥" in k or "什么" in k:
        for m in _R17_EVERY_TASK.finditer(text):
            person = _r17_person(text, m.start())
            if person >= 0:
                yield person, m.end()
    if ("孩" in k or "朋友" in k or "学生" in k or "婴" in k) and "是" in text:
        yield from (m.span() for m in _R17_TODDLER.finditer(text))
    if "更年" in k or "生理期" in k or "例假" in k or "姨妈" in k:
        yield from (m.span() for m in _R17_BODY_CLOCK.finditer(text))
    if (
        "实习" in k
        or "新人" in k
        or "新来" in k
        or "学生" in k
        or "孩" in k
        or "学徒" in k
        or "徒弟" in k
        or "幼儿园" in k
    ):
        for m in _R17_JUNIOR.finditer(text):
            end = _sentence_end(text, m.end())
            if _R17_JUNIOR_YOU.search(text, m.end(), end):
                yield m.span()
    if "年纪" in k or "岁数" in k or "年龄" in k:
        for m in _R17_AGE_FAIL.finditer(text):
            if not _R17_AGE_OK.search(text, m.end(), _sentence_end(text, m.end())):
                yield m.span()


# (the judges and belittling scans read the same text one after the other: the frames of both are
# found once)
_R17_LAST: list[tuple[str, tuple[Span, ...]]] = [("", ())]


def _r17_both_cached(text: str) -> tuple[Span, ...]:
    last_text, spans = _R17_LAST[0]
    if last_text is not text and last_text != text:
        spans = tuple(_r17_both(text))
        _R17_LAST[0] = (text, spans)
    return spans


def _r17_judges(text: str) -> Iterator[Span]:
    yield from _r17_both_cached(text)
    k = _r17_keys(text)
    if "动一" in k or "走一" in k or "干一" in k or "不动" in k or "不干" in k or "不走" in k:
        for m in _R17_NUDGE.finditer(text):
            person = _r17_person(text, m.start(), note_ok=False)
            if person >= 0:
                yield person, m.end()
    if "副" in k:
        for m in _R17_MANNER.finditer(text):
            w = m.group("w")
            if _POS_ZH.search(w) and not _NEG_ZH.search(w):
                continue
            person = _person_before(text, m.start())
            if person < 0:
                cstart = _clause_start(text, m.start())
                if _PERSON_LEADS.match(text, cstart) and "的" not in text[cstart : m.start()]:
                    person = cstart  # 他向来就是那副…的样子
            if person >= 0:
                yield person, m.end()
    if ("一点" in k or "半点" in k or "丝毫" in k) and "没" in text:
        for m in _R17_NONE_AT_ALL.finditer(text):
            person = _r17_person(text, m.start(), m.group("k") in _R17_MIND_ONLY)
            if person >= 0:
                yield person, m.end()
    if "还是来" in k:
        for m in _R17_HERE_FOR.finditer(text):
            person = _person_before(text, m.start() + 1)  # 你是来…的还是来…的？
            if person >= 0:
                yield person, m.end()
    rxs = []
    if "性格" in k or "性子" in k or "脾气" in k or "个性" in k:
        rxs.append(_R17_TEMPER)
    if "你这" in k or "他这" in k or "她这" in k or "你那" in k or "他那" in k or "她那" in k:
        rxs.append(_R17_YOUR_LEVEL)  # (round eighteen: 就你那点水平，也就…)
    if ("不是" in k or "不在" in k) and ("问题" in k or "毛病" in k or "短板" in k):
        rxs.append(_R17_NOT_SKILL)
    if "自己" in k:
        rxs.append(_R17_SELF)
        if "觉得" in text or "以为" in text or "认为" in text:
            rxs.append(_R17_CONCEIT)
    if "少了" in k or "缺了" in k or "差了" in k:
        rxs.append(_R17_SHORT_OF)
    if ("放在" in k or "用在" in k or "花在" in k) and "没" in text:
        rxs.append(_R17_MIND_OFF)
    for rx in rxs:
        for m in rx.finditer(text):
            person = _person_before(text, m.start())
            if person < 0 and rx is not _R17_TEMPER:
                cstart = _clause_start(text, m.start())
                person = cstart if _PERSON_LEADS.match(text, cstart) else -1
            if person < 0 and text[m.start()] in "你他她":
                person = m.start()
            if person >= 0:
                yield person, m.end()
    if "散漫" in k or "面子" in k or "心思" in k:
        for m in _R17_TRAIT.finditer(text):
            person = _person_before(text, m.start())
            if person < 0:
                cstart = _clause_start(text, m.start())
                person = cstart if _PERSON_LEADS.match(text, cstart) else -1
            if person >= 0:
                yield person, m.end()


def _r17_demeaning(text: str) -> Iterator[Span]:
    yield from _r17_both_cached(text)
    k = _r17_keys(text)
    if "舍得" in k or "还知道" in k:
        yield from (m.span() for m in _R17_TURNS_UP.finditer(text))
    if "口音" in k:
        for m in _R17_ACCENT.finditer(text):
            head = text[_clause_start(text, m.start()) : m.start()]
            if (not head or _PERSON_HEAD.search(head)) and _r17_person(text, m.start()) >= 0:
                yield m.span()
    if (
        "体重" in k
        or "身材" in k
        or "体型" in k
        or "肚子" in k
        or "长相" in k
        or "肤色" in k
        or "块头" in k
    ):
        yield from (m.span() for m in _R17_BODY.finditer(text))
    if (
        "辛苦" in k
        or "佩服" in k
        or "厉害" in k
        or "有你的" in k
        or "行啊" in k
        or "谢谢你" in k
        or "本事" in k
    ):
        for m in _R17_CHEER.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if _R17_CLEAN.search(text, left, end):
                continue
            after = text[m.end() : end]
            if (
                _R17_TINY.search(after)
                or _R17_SLIP.search(text, left, m.start())
                or ("谢" not in m.group(0) and _R17_SLIP.search(after))
            ):
                yield m.span()
    if "比这" in k or "比你" in k:
        yield from (m.span() for m in _R17_EYES_SHUT.finditer(text))
    if "爷" in k or "小姐" in k or "祖宗" in k or "太上" in k:
        for m in _R17_NOBLE.finditer(text):
            left = _sentence_start(text, m.start())
            if _R17_NOBLE_CUE.search(text, left, _sentence_end(text, m.end())):
                yield m.span()


def _find_judges_r19(text: str) -> Iterator[Span]:
    for m in _BEASTS_BETTER.finditer(text) if "比" in text else ():
        yield m.span()
    # one scan for every round-twelve gate (a chain of substring tests cost more, measured)
    r12 = {m.group(0) for m in _R12_GATE.finditer(text)}
    extra = bool(r12 & _R12_EXTRA_KEYS)
    for m in (
        chain(_TRAIT.finditer(text), _TRAIT_EXTRA.finditer(text))
        if extra
        else _TRAIT.finditer(text)
    ):
        s, e = m.span()
        word = m.group(0)
        if s > 3 and text[s - 2 : s] in ("这么", "那么", "这样", "那样"):
            cf = _IF_NOT.search(text, max(0, s - 12), s)
            if cf:
                yield cf.start("p"), e
                continue
        if word[0] not in _NEG_BEFORE and s > 0 and text[s - 1] in _NEG_BEFORE:
            continue  # 你不懒, 并不粗心
        if (
            s > 1
            and text[s - 2 : s] in ("不是", "并非", "不算", "不太")
            and word[0] not in "不没"
            and text[s - 3 : s] != "是不是"  # 你是不是傻: a rhetorical question, not a denial
        ):
            continue
        if word in ("怕麻烦", "嫌麻烦") and text[e : e + 1] in "别你您大同人客他她":
            continue
        if word == "不行" and text.startswith(("就", "的话"), e):
            continue  # round eighteen: 不行就早说 ("if you can't"), not a label  # 他总怕麻烦别人: a courtesy, not a label
        if s > 0 and text[s - 1] in '“"「':
            # 这位同事真是够“佛系”的 (sarcasm), not reported words (家长说王老师“太凶了”)
            if not _SARCASM_BEFORE.search(text, max(0, s - 4), s - 1) and not (
                text[e : e + 1] in '”"」' and _MINDSET.match(text, e + 1)
            ):
                continue
            person = _person_before(text, s - 1)
        else:
            person = _person_before(text, s)
        if person < 0 and word in _CONDUCT_TRAITS:
            person = _after_contrast(text, s)
            if person < 0:
                act = _PERSON_ACT.search(text, max(0, s - 14), s)  # 小蒋做账特别毛躁
                person = act.start() if act else -1
        if (
            person < 0
            and s > 0
            and text.startswith(_HEDGE_AFTER, e)
            and _clause_start(text, s) == s
            and (_ADDRESSED.search(text) or _PERSON_LEADS.match(text))
            and not _PARTY_LEADS.match(text, _clause_start(text, s - 1, 30))
        ):
            person = s  # …，情绪化了点 (not 客户要求多，挑剔了点)
        if person < 0 or not _single_char_ok(text, s, e):
            continue
        yield person, e
    yield from _denied_qualities(text)
    yield from _r15_judges(text)
    yield from _r16_judges(text)
    yield from _r17_judges(text)
    yield from _r18_judges(text)
    yield from _r19_judges(text)
    for m in _R14_JUDGE.finditer(text) if r12 & _R14_KEYS else ():
        if m.group("raise"):
            yield _clause_start(text, m.start(), 20), m.end()  # 说你是实习生水平都抬举你了
            continue
        person = _person_before(text, m.start())
        if person >= 0:
            yield person, m.end()
    for m in _SCARE_QUOTED.finditer(text) if r12 & _R12_QUOTE_KEYS else ():
        marker = _SARCASM_BEFORE.search(text, max(0, m.start() - 4), m.start())
        person = _person_before(text, marker.start()) if marker else -1
        if person >= 0:
            yield person, m.end()
    if "脑子" in r12:
        for m in _NO_BRAIN.finditer(text):
            yield m.span()
    for m in (
        _FORMALITY.finditer(text)
        if "过场" in text
        or "儿戏" in text
        or "形式" in text
        or (
            "可有可无" in text
            or "闹着玩" in text
            or "样子" in text
            or "耳" in text
            or "应付" in text
        )
        else ()
    ):
        person = m.start() if m.group(0)[0] != "把" else _person_before(text, m.start())
        if person >= 0:
            yield person, m.end()
    for rx in (_ATTR_EVAL, _LACKS, _CANT_YOU, _NOT_SERIOUS, _OUTLOOK_OLD):
        if (
            (rx is _NOT_SERIOUS and "把" not in text)
            or (rx is _CANT_YOU and "不能" not in text)
            or (rx is _OUTLOOK_OLD and "思" not in text and "观" not in text)
        ):
            continue
        for m in rx.finditer(text):
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
    minds = _MIND_ELSEWHERE.finditer(text) if "不在" in text else iter(())
    if "心思" in text or "精力" in text or "注意力" in text or "心全" in text or "心都" in text:
        minds = chain(minds, _MIND_AWAY.finditer(text))
    if "欠" in text:
        yield from (m.span() for m in _OWED.finditer(text))
    if r12 & _R12_MIND_KEYS:
        minds = chain(minds, _MIND_BENT.finditer(text))
    for m in minds:
        # about the colleague addressed (你/他/她 in the sentence), not a group stereotype
        # (结了婚的女人心思都不在工作上 is demeaning, not a label of this person)
        left = max(text.rfind(ch, 0, m.start()) for ch in "。！？\n")
        if _ADDRESSED.search(text, left + 1, m.start()) or _PERSON_LEADS.search(
            text, left + 1, m.start()
        ):
            yield m.span()
    yield from _insult_addresses(text)
    if "关系" in text or "沾" in text or "上边" in text or "缘" in text or "八竿子" in text:
        yield from (m.span() for m in _QUALITY_ABSENT.finditer(text))
    if _LATIN.search(text):
        for m in _EN_TRAIT.finditer(text):
            if text[: m.start()].rstrip()[-1:].isascii():
                continue  # an English sentence: the English rules judge it
            person = _person_before(text, m.start())
            if person >= 0:
                yield person, m.end()
        for _, start, end in _en_words_about_person(text):
            yield start, end


# ---------------------------------------------------------------------------------------------
# demeaning
# ---------------------------------------------------------------------------------------------

_PLACES = (
    "外地|乡下|农村|南方|北方|东北|河南|安徽|四川|湖南|湖北|广东|上海|北京|山东|山西|江西|广西|"
    "福建|新疆|西藏|内蒙|甘肃|贵州|云南|江苏|浙江|本地|外国|外省|少数民族|城里|山里|小地方|温州|"
    "潮汕|陕西|河北|天津|重庆|宁夏|青海|海南|台湾|香港|外企|老外"
)
_DEMEAN_WORDS = re.compile(
    _alt(
        """废物 猪脑子 猪脑袋 猪头 蠢货 蠢猪 笨蛋 白痴 傻子 傻瓜 傻逼 傻X 弱智 脑残 脑子进水
        脑子有病 没脑子 有没有脑子 长没长脑子 带脑子 动动脑子 用用脑子 智障 饭桶 窝囊废 没用的东西
        什么东西 不是东西 丢人现眼 丢人 丢脸 有病吧 神经病 蠢 笨 傻 滚 废柴 草包 窝囊 丢死人
        你配吗 你也配 什么玩意 什么玩意儿 要你有什么用 要你何用 养你有什么用 长点心 能不能长点心 你眼瞎 瞎了吗 你聋了 乡巴佬 土包子 土鳖
        娘娘腔 娘们唧唧 妇道人家 女人家 倚老卖老 老糊涂 老不死 丑八怪 死胖子 肥猪 胖子 矮子
        秃子 你们这些人 你们这帮人 你这种人 你们这种人 脑子不好使 脑子不灵光 蠢到家 笨死了
        一无是处 朽木不可雕 烂泥扶不上墙 狗屁不通 狗屁 猪都 闭嘴 给我闭嘴 住口 少废话 废话少说 滚蛋
        滚出去 没长脑子 脑子坏了 脑子有问题 脑子被驴踢了 猪队友 拖后腿的 吃白饭 混饭吃
        小姑娘家家 黄毛丫头 丫头片子 毛头小子 小屁孩 女人家家 男人家家 家家的 懂个屁 知道个屁
        蠢材 蠢才 呆子 榆木脑袋 二百五 二货 傻帽 傻冒 傻缺 低能 混蛋 王八蛋 人渣 败类 酒囊饭袋 蠢驴
        笨猪 白眼狼 瘸子 聋子 瞎子 哑巴 残废 四眼 剩女 嫁不出去 没家教 家教不好 缺家教 有没有家教
        没文化 书白读了 书都白读了 大学白上了 白读了 读书读傻了 文凭是买的 来养老的 混吃等死
        老古董 老顽固 老糊涂了 老眼昏花 老胳膊老腿 乳臭未干 毛都没长齐 嘴上没毛 死胖子 废物点心
        没用的东西 低能儿 脑子是不是有问题 脑子是不是进水了 脑子是不是坏了 有没有点脑子 你以为你是谁
        脑子是摆设 脑袋是摆设 脑子是装饰品 脑子不太灵光 脑子不大灵光 脑子不太够用 脑子不够用 脑子不大够用
        脑子不太好使 脑子不大好使 脑袋不灵光 脑袋不太灵光
        轮得到你 轮得着你 哪轮得到你 有你说话的份 你算老几 你算哪根葱 你算什么东西 偷着乐吧 烧高香吧
        脑子是个好东西"""
    )
    + "(?!相机|式|利用|处理|回收|分类)"
)
_GARBAGE = re.compile(
    r"垃圾(?!邮件|桶|分类|回收|站|短信|清理|文件|车|袋|场|箱|电话|信息|数据|清运|转运|投放|收集|堆|房|池|处理)"
)
_BELITTLE = compile_rule(
    r"连(?:实习生|小学生|三岁小孩|三岁孩子|小孩子?|新人|刚毕业的|刚来的|应届生|清洁工|保安|猴子|"
    r"傻子|门卫|我妈|我奶奶|狗|保洁(?:阿姨|大姐|员)?|扫地的|打杂的|门卫大爷|[初高中]中生|中学生|"
    r"小朋友|幼儿园(?:的)?(?:小孩|孩子|小朋友)?|学徒|临时工|外卖小哥|阿姨)(?:都|也)|"
    r"(?:小学生|三岁小孩|三岁孩子|小孩子?|猴子|实习生|[初高]中生|中学生)都(?:会|能|知道|懂|做得|比你)|"
    # anyone at all would do better: 随便找个高中生都比你强, 随便拉个人来也比他干得好
    r"随便(?:找|拉|换|叫)(?:个|一个|来个)[^，。！？]{0,6}?(?:都|也)(?:比(?:你|他|她)|能|会|行)|"
    r"(?:找|拉|换|叫|招)(?:个|一个|来个)[^，。！？]{0,6}?(?:都|也)比(?:你|您|他|她)(?:[\u4e00-\u9fff]{0,3}?得)?"
    r"(?:强|好|快|行|靠谱|利索)|"
    r"(?:还|还得|还要|还用)(?:要)?我(?:来)?(?:手把手)?教(?:你|他|她)(?![们一])|"
    # 这都不会？ / 这点东西也记不住 (not 这也不会影响进度)
    r"这(?:个|些|点|种)?(?:事|东西|活|问题)?(?:你)?(?:都|也)(?:不会|不懂|做不好|搞不定|学不会|弄不明白|"
    r"记不住)(?=[吗啊呀吧？?！!。，,]|$)|"
    r"这么简单的?(?:事|事情|东西|问题|活|活儿|工作|任务)?(?:你)?(?:都|也)(?:做不好|不会|搞不定|搞错|"
    r"做错|弄不好|办不好|做不完|做不来|搞砸|写不好)|这点小事(?:你)?(?:都|也)|"
    r"(?:不知道|真不知道)(?:公司)?(?:招|请|养)你(?:来|进来)?(?:干嘛|干什么|有什么用|做什么)|"
    r"你是怎么(?:进来|混进来|招进来|考进来)的|你(?:到底)?行不行啊|你这(?:智商|脑子|水平)|"
    r"(?:你|他|她)(?:也|都|已经|真|是)?老了|"
    r"(?:你|他|她)(?:还|到底|又|究竟)(?:能|会)(?:干|做)(?:点|些)?(?:什么|啥)|"
    r"(?:要|养|留|请)(?:你|他|她)(?:有什么|有啥|何)用|"
    r"连(?:我|你)?(?:家)?(?:的)?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公|妈|爸|儿子|女儿|孩子|侄子|小孩|狗|猫)"
    r"(?:都|也)|"
    r"比(?:猪|狗|驴|猴子|木头|石头|蜗牛|乌龟|小学生|三岁小孩|小孩子?|实习生|机器人|我奶奶|我妈)"
    r"(?:还|都|更)(?:笨|蠢|傻|慢|懒|差|不如)|"
    r"(?:还|都)不如(?:一个)?(?:实习生|小学生|三岁小孩|小孩子?|猴子|狗|机器人|新人|我奶奶|我妈)|"
    r"(?:小学生|三岁小孩|小孩子?|实习生|猴子|我奶奶|我妈|狗)(?:都|也)比你|"
    # …with the task between: 小学生重置密码都比你快, 我奶奶打字也比他利索
    r"(?:小学生|三岁小孩|幼儿园小朋友|小朋友|猴子|我奶奶|我妈|我姥姥|我外婆|狗|猪)[\u4e00-\u9fffA-Za-z]{1,8}?"
    r"(?:都|也)比(?:你|您|他|她)(?!们)|"
    # rhetorical animal and intellect questions: 你是猪吗, 你是不是傻子啊
    r"(?:你|他|她)(?:是|是不是)(?:猪|狗|驴|猴子|傻子|白痴|笨蛋|猪脑子|木头|蠢猪|猪头|傻)"
    r"(?:吗|啊|么|呀|吧|[？?])|"
    # belittling "what would you know": 你懂什么, …的，懂什么供应链
    r"(?:你|他|她|[，,]|小年轻|年轻人|新来的|小姑娘|小丫头|毛孩子|外行|(?:80|90|00|八零|九零|零零)后)"
    r"(?:又|能|还|哪|们)?懂(?:什么|啥|个啥)(?!是|叫|时候|意思)"
)
# Round thirteen (branches of _PERSONAL, so no second scan): family connections as the reason one is kept (要不是看在你舅舅
# 的面子上, 靠他爸进来的, 关系户); looks as fitness for a front-desk role (长得挺好看，放前台正合适);
# a region's people given a temper with no 就是/都 (东北人嗓门大; not 上海人来开会, 四川人爱吃辣); a cohort
# asked whether it is all like this (00后心态是不是都这么脆); 都四十好几的人了; 一届不如一届; a
# lower-status group coming in (你们这种外包过来的) or from "over there" (你们那边来的工人就是…).
_DEMEAN_R13 = (
    r"(?:要不是|若不是|如果不是)(?:看在?|冲着|因为|碍着)?(?:你|您|他|她)(?:爸|妈|老爸|老妈|父亲|母亲|舅舅?|叔叔?|"
    r"姨|姑|家里|家人|老子|亲戚|姐夫|表哥|表姐|老公|老婆)|"
    r"靠(?:你|他|她)?(?:爸|妈|老爸|舅舅?|家里|亲戚|关系|后台)(?:才)?(?:进来|进的|塞进|安排进)|关系户|"
    r"长得(?:挺|很|还|还挺|这么|那么|蛮|又|倒是)?(?:漂亮|好看|帅|俊|标致|水灵|甜美|精神)(?:的)?[，,]?"
    r"[^。！？!?\n]{0,8}?(?:前台|门面|花瓶|迎宾|撑门面|陪客户|端茶倒水|当摆设)|"
    rf"(?:{_PLACES})人(?:嗓门|说话|脾气|性格|性子|天性|骨子里|素质|嘛|好面子|懒|"
    r"小气|抠|精明|能喝|粗|直|冲|彪|横|滑头|排外)|"
    r"(?:80|85|90|95|00|05|八零|九零|零零)后[一-鿿]{0,4}?(?:是不是都|都这么|都那么|都这样|就是这样|"
    r"是不是都这样)|"
    r"(?:都|已经|也都)(?:快|要)?(?:[二三四五六]十|[2-6]\d)(?:多|几|好几|来)?(?:岁)?的人了|"
    r"一(?:届|代|批|茬|拨)不如一(?:届|代|批|茬|拨)|"
    r"(?:你|她)这(?:个)?(?:小姑娘|小丫头|丫头片子|小屁孩)|"
    r"(?:你们|你|他们|她们|他|她)这(?:种|号|类|些)(?:外包|临时工|派遣工?|合同工|劳务工|外聘)(?:过来|来|进来)?的|"
    r"(?:你|他|她)们(?:那边|那里|那儿|老家|那地方|那个地方)(?:来的|出来的)(?:工人|员工|师傅|小伙子|姑娘|孩子)"
    r"(?:就是|都|果然|全)"
)

# Round fourteen (a scan of its own, _PERSONAL_R14): looks as the reason others go easy (长得好看，客户都
# 舍不得骂她); a mock title (哟，大艺术家终于肯来了); age as a reproach after a name (王姐都五十多了);
# origin as the reason one falls short of the locals (外地来的…肯定比不上本地员工); a group or a
# background expected to manage little (残疾人能坚持上班就不错了); a sex said not to fit a job (一个
# 女同志，爬塔筒我们不放心; 那边更适合女孩子); a parent's post as the reason nobody dares (他爸是行长，
# 谁敢…); a school looked down on (野鸡学校出来的); rated below a beginner (…都抬举你了); a head full
# of paste (你脑子里装的是浆糊吗).
_DEMEAN_R14 = (
    r"长得(?:挺|很|还|还挺|这么|那么|蛮|又|倒是)?(?:漂亮|好看|帅|俊|标致|水灵|甜美)(?:的)?[，,]?"
    r"[^。！？!?\n]{0,12}?(?:舍不得|不忍心|让着|都原谅|好说话|不计较|吃香|沾光|讨巧|吃得开|就是不一样|"
    r"买(?:他|她|你)的账|给(?:他|她|你)面子)|"
    r"(?:哟|呦|哎哟|哎呦|啧啧?)[，,！!]?\s*(?:咱们的|我们的)?大(?:专家|忙人|艺术家|"
    r"作家|明星|领导|老板|少爷|小姐|功臣|红人|能人|人物|才子|诗人|画家|教授|英雄|导演|设计师|工程师|律师|聪明)|"
    r"大(?:忙人|艺术家|少爷|小姐|明星|专家|功臣|红人|能人|人物|才子|诗人|教授|作家|画家|聪明)(?:终于|总算|可算|舍得|"
    r"居然|竟然|又)|"
    # (the age after a name: the name is checked before the match, _AGE_AFTER_NAME)
    r"(?P<age>(?:都|已经|也都)(?:快|要|马上)?(?:[二三四五六]十[一二三四五六七八九]?|[2-6]\d)(?:多|几|好几|来)?岁?"
    r"(?:的人)?了)|"
    rf"(?:外地|乡下|农村|山里|小地方|外省|{_PLACES})(?:来的|出来的|人)[^。！？!?\n]{{0,24}}?(?:比不上|比不了|不如|"
    r"拼不过|干不过|竞争不过)(?:本地|当地|城里|人家)|"
    rf"(?:外地|乡下|农村|山里|小地方|外省|{_PLACES})(?:来的|出来的|人)[^。！？!?\n]{{0,16}}?(?:跟|和)(?:本地|当地|城里)"
    r"人?(?:没法比|比不了|不能比)|"
    r"(?:残疾人|残障人士|残疾员工|聋哑人|盲人|病秧子|老弱病残)(?:员工|同事)?(?:能|可以|肯|愿意|也能)"
    r"[^。！？!?\n]{0,14}?(?:就不错了|就谢天谢地|就烧高香|别要求太高|要求别太高|别指望太多|别抱太大希望)|"
    r"一个女(?:同志|同事|孩子|人|的|生|娃)[，,][^。！？!?\n]{0,16}?(?:不放心|不合适|不适合|不方便|吃不消|扛不住|"
    r"干不了|太危险|不安全)|(?:更|最|比较|还是)适合(?:女|男)(?:孩子|生|同志|人|的|同事|娃)(?=[。！？，,!?]|$)|"
    r"(?:你|他|她)(?:爸|妈|老爸|老妈|父亲|母亲|舅舅?|舅妈|叔叔?|姨|姨父|姨妈|姑|姑父|姑妈|姐夫|表哥|表姐|堂哥|岳父|"
    r"公公|爷爷|外公|老公|老婆|家里|亲戚)(?:是|在)[^，。！？]{0,8}?"
    r"(?:行长|局长|领导|老板|董事长?|院长|校长|处长|厅长|市长|县长|书记|副总|总经理|股东|高管)[^。！？]{0,3}?[，,]"
    r"[^。！？]{0,12}?(?:谁敢|谁还敢|哪敢|没人敢|惹不起|得罪不起|谁管得了|管不了|动不了|动不得|碰不得|开后门|关照)|"
    r"(?:野鸡|三流|不入流|杂牌)(?:大学|学校|学院|院校|文凭|学历)|"
    r"(?:都|也|还|算|就)(?:是)?(?:太|有点|有些)?抬举(?:你|您|他|她)(?!们)|"
    r"脑(?<!我脑)(?:子|袋)(?:里)?(?:装的)?(?:都|全)?是(?:浆糊|糨糊|稻草|草|水|豆腐渣|棉花)"
)
_AGE_AFTER_NAME = re.compile(rf"(?:{_PRONOUN})$")


_PERSONAL = compile_rule(
    # (not an office or a market there: 你们农村合作社, 你们上海分公司)
    rf"你们(?:{_PLACES})(?!合作社|分公司|子公司|分部|办事处|分店|门店|项目|市场|客户|仓库|工厂|片区|区域|业务|订单)"
    rf"(?:人|来的|的人)?|(?:{_PLACES})人(?:就是|都|素质|哪|懂什么|没见过|就这样|"
    rf"就这素质|果然|天生|干活|做事)|(?:小地方|山沟里?|乡下|农村)(?:来的|出来的)|"
    rf"(?:你|他|她)(?:一)?个(?:{_PLACES}|外面)(?:来的|人|的)|"
    # where the person comes from as the reason: 你们那边的人说话就是冲, 你那口乡下普通话
    rf"(?:你|他|她)们(?:那边|那里|那儿|老家|那地方|那个地方)(?:的|来的|出来的)人(?!手)|"
    rf"(?:你|您|他|她)(?:那|这)(?:一)?口(?:[\u4e00-\u9fff]{{0,4}}?)(?:普通话|口音|话|腔|方言)|"
    rf"(?:{_PLACES})(?:口音|腔|普通话|土话)(?:太重|这么重|那么重|听不懂|改改)|"
    # age as a reproach: 你都四十多了
    r"(?:你|他|她)(?:都|已经|也都)(?:快|要|马上)?(?:[二三四五六]十|[2-6]\d)(?:多|几|好几)?岁?(?:的人)?了|"
    # youth as a reason: 你这么年轻，客户不会信你 (not 你这么年轻就做到了主管)
    r"(?:你|他|她)(?:这么|那么|还这么|还那么|太)年轻(?:了)?[，,][^。！？]{0,12}?"
    r"(?:不会|不信|没人|压不住|镇不住|当回事|听你|服你|懂什么)|"
    # marriage as the reason: 三十多了还不结婚, 刚结婚心思不在工作上
    r"还不(?:结婚|成家|找对象)|(?:刚|才)结(?:了)?婚[^。！？]{0,8}?(?:心思|心不在|顾不上|没心思|不在工作)|"
    r"[三四五六]十(?:多|几)岁的人了|"
    r"(?:女人|女的|女孩子|女孩|女生|女同志|女同事|娘们|男人|男的)(?:就是|"
    r"都(?!(?:很|非常|特别|挺|十分)?(?:能干|优秀|棒|努力|专业|认真|出色|厉害|细心|靠谱)|到|来|在|已经|去)|天生|本来就|哪(?:懂|会|能|行)|"
    r"懂什么|能干(?:什么|啥)|干不了|不适合|情绪化|太情绪化|做不了|就该|就应该|就爱|家家|嘛|能有什么)|"
    r"像个(?:女人|娘们|小姑娘|老太太|老头)|(?:作为|身为)(?:一个)?女(?:人|的|生|孩子)|"
    r"一个女(?:人|的|孩子|生)(?:能|还|也|家)|"
    r"(?:女人|女的|女孩子|女孩|女生|女同志|女同事|男人|男的|老年人|年纪大的|年轻人|小年轻|外地人|农村人)"
    r"(?:[^，。！？；]{0,8}?(?:就是|天生|本来就|根本|肯定|哪|都))?(?:太|比较|就是|都)?"
    r"(?:不行|干不了|做不了|不适合|不如|感性|情绪化|敏感|软弱|柔弱|胆小|爱哭|小心眼|不理性|"
    r"不冷静|头发长见识短|靠不住|吃不了苦|没用|学不会|不会|不懂|跟不上)|"
    r"你这个年纪(?!正是|正好|正当|正适合|最适合|刚好|多学|多闯|多试)|这个年纪(?:了|的人|还)|这把年纪|这么大(?:年纪|岁数)|这个岁数|这岁数|年纪大了|"
    r"年纪这么大|岁数大了|年纪轻轻(?:的)?(?:就|懂什么|能)|老同志就是|老员工就是|年轻人就是|"
    r"你们年轻人|你们(?:80|85|90|95|00)后|(?:80|85|90|95|00)后(?:就是|都|果然|的人)|"
    r"你们(?:八零|八五|九零|九五|零零)后|(?:八零|八五|九零|九五|零零)后(?:就是|都|果然)|"
    r"小年轻(?:就是|都这样|都一样|靠不住)|现在的(?:小年轻|年轻人)(?:就是|都|哪)|"
    r"35岁(?:以上|了)|人老了|"
    r"怀孕|怀了孕|孕妇|生了孩子|生完孩子|生孩子|生二胎|生了(?:二胎|三胎|娃|宝宝|老二)|"
    r"生完(?:二胎|娃|老二)|(?:二胎|三胎)(?:以后|之后)|有了(?:二胎|老二)|生娃|有了孩子|当了妈|当妈(?:以后|之后|了)|"
    r"结了婚|结婚(?:以后|之后)|要孩子|带孩子|顾家|你老公|你老婆|家庭妇女|家里那点事|"
    r"(?:你|他|她)长得|长得(?:丑|难看|胖|矮|寒碜|不好看|像)|长相|身材|(?<![箱机柜车桶瓶体字图框线])太胖|个子矮|丑|颜值|秃头|"
    r"信教的|信佛的|信主的|你们(?:穆斯林|基督徒|回民|信教的)|你的信仰|宗教信仰|(?:穆斯林|回民)就是|"
    # sex: 女孩子就别去工地, 女孩子家就别…, 你一个女孩子, 小姑娘就别熬夜了, 一个大男人还哭
    r"(?:女人|女的|女孩子|女孩|女生|女同志|女同事|小姑娘|姑娘|女娃|丫头|男人|男的|男孩子|男生)家?"
    r"(?:嘛|么)?[，,]?(?:就|还是|最好|可)?(?:别|不要|不用|不必|用不着|没必要|何必|干嘛|不该|"
    r"不应该|不适合|就别)(?!客气|担心|紧张|着急|怕)|"
    # round eleven: a lower-status group as a reason to expect nothing (你们这些临时工，…别指望了)
    r"你们这些(?:临时工|外包的?|合同工|实习生|小年轻|打工的|干杂活的|派遣工)|"
    r"(?:你|她|他|人家)(?:一个|一)(?:女孩子|女孩|女人|女的|女生|小姑娘|姑娘家|大男人|男人|大?老爷们儿?|"
    r"大?爷们儿?|男子汉|大小伙子|"
    # round twelve: an age cohort as the reason (你一个九零后小姑娘, 他一个六十岁的老头)
    r"(?:[0-9]{2}|[八九零七六]零)后(?:的)?(?:小姑娘|小丫头|小年轻|小伙子|女孩子?)?|"
    r"小丫头|小年轻|老头子|老太太)|"
    # round twelve: a trade or schooling as a class to look down on (你们这种干保安的，素质也就这样了;
    # 你们这种中专出来的); not 你们做销售的 (no 这种), not a plain fact
    r"(?:你们|你|他们|她们|他|她)这(?:种|号|类)(?:干|做|当|跑|开|送)[\u4e00-\u9fff]{1,4}?的(?=[，,。！]|人|也|就|能|还|哪)|"
    # round twelve: a sex told its trade is not for it (女孩子画什么施工图, 小姑娘学什么编程)
    r"(?:女人|女的|女孩子|女孩|女生|小姑娘|姑娘家|女同志)家?(?:家)?(?:画|学|搞|干|做|当|写|跑|修|开|读|管|争|抢|"
    r"掺和|凑)什么(?!时候|问题|意见|想法|困难|样)|"
    # round twelve: origin as the explanation (外地来的就是不一样，…; 乡下出来的果然…)
    r"(?:外地|乡下|农村|山里|小地方|外省)(?:来的|出来的|人)(?:就是|果然|都)(?:这样|不行|差劲|没素质|素质差|"
    r"不一样[，,][^。！？!?\n]{0,10}?(?:听不懂|不懂|不会|不行|差))|"
    # round twelve: schooling or standing as luck (你这个学历能坐在窗口就偷着乐吧)
    r"(?:你|他|她)(?:这个|这种|这|那点|那个|那种)(?:学历|文凭|水平|资历|出身)[^。！？!?\n]{0,12}?"
    r"(?:偷着乐|知足吧|烧高香|该知足|就不错了|算你走运)|"
    # round eleven: looks as the reason for success (长得好看就是占便宜, 靠脸拿的单)
    r"长得(?:好看|漂亮|帅|标致|俊)[^。！？，,]{0,4}?(?:占便宜|吃香|沾光|好办事|有优势|讨巧|吃得开)|"
    r"靠(?:脸|长相|颜值|美色|脸蛋)(?:吃饭|拿单|签单|上位|混|拉客户|拿的|签的|才)?|"
    # sarcastic standing: 面子可真大, 架子真够大的, 好大的面子
    r"(?:面子|架子|排场)(?:可|也|还)?(?:真|好|够|真够)大|好大的(?:面子|架子)|"
    r"(?:一个)?大男人(?:还|也|怎么|哭|家)|姑娘家|女孩子家|"
    # body: 你该减减肥了, 又胖了, 你这身材
    r"减减肥|减一减肥|该减肥|得减肥|要减肥了|需要减肥|减点肥|少吃点|少吃一点|管住嘴|瘦一点|瘦点儿?|"
    r"发福|长胖|(?:你|她|他|又|最近|吃)胖了|胖成|胖得|这么胖|那么胖|越来越胖|又矮又|又胖又|啤酒肚|大肚腩|"
    r"(?:你|她|他)(?:这|的)(?:身材|体型|肚子|长相|个头|身高|体重|脸)|个子(?:这么|那么|太)矮|"
    r"(?:你|您|她|他)(?:这个?|那个?|的)口音|(?:化个|化点|化化|画个|画点)妆|土里土气|穿得(?:太|这么|那么)?(?:土|寒酸|随便)|"
    # family: 你家里有孩子, 孩子还小, 当妈的, 拖家带口
    r"当妈的|当爸的|宝妈|拖家带口|有家有口|老婆孩子|你媳妇|你对象|"
    r"还没(?:结婚|成家|对象)|没对象|找个对象|"
    # age: 你都快退休的人了, 一把年纪, 太嫩了
    r"(?:都|也)(?:快|要|马上)?(?:要)?退休(?:的人)?了|(?:快|要)退休的人|一把年纪|上了年纪|老家伙|"
    r"(?:你|她|他)(?:还是|还|也)?太(?:年轻|嫩)了?|"
    # upbringing: 你爸妈没教过你…吗, 你父母怎么教的
    # pet names as address: 小丫头，…  / …，小姑娘。
    # health or disability as a reproach: 你有抑郁症就早说, 老周腿脚不利索就别让他上, 拿“腰疼”当借口
    r"(?:有|得了?|患了?|查出)(?:抑郁症|焦虑症|躁郁症|精神病|心理疾病|心理问题|多动症|心脏病|癫痫)"
    r"[^。！？]{0,4}?(?:就早说|就别|就不要|就回家|还来|别把|就该|早说)|"
    r"(?:腿脚|身体|身子|手脚|腰|眼睛|耳朵)(?:也|都|又)?(?:不利索|不方便|不灵便|不好使|不行|不中用|有毛病)"
    r"[^。！？]{0,14}?(?:别让|就别|不用|省得|免得|拖累|拖后腿|添乱|碍事|耽误大家)|"
    r"拿[“\"「‘][^”\"」’]{1,8}[”\"」’](?:当|做|作)(?:借口|幌子|挡箭牌)|装病|"
    # being treated as a small child: 就当教幼儿园小朋友了, 跟你讲话像哄三岁小孩
    r"(?:就当|当成|像|跟)(?:是)?(?:在)?(?:教|哄|带|对|伺候)(?:幼儿园(?:的)?|一个|个)?"
    r"(?:小朋友|小学生|小孩子?|三岁小孩|三岁孩子|小屁孩|婴儿)|"
    # clothing mocked with a rhetorical "going out": 你穿成这样来上班，是准备去夜店吗
    r"(?:穿|打扮|化)(?:成|得)?(?:这样|这个样子|这副样子|这么[\u4e00-\u9fff]{1,2})[^。！？]{0,12}?"
    r"(?:夜店|蹦迪|酒吧|相亲|约会|走秀|选美|唱K|逛街|度假|拍戏|演戏|夜总会)|"
    # a mock award for a fault: 又算错账了，要不要给你颁个奖
    r"(?:要不要|是不是得|是不是要|干脆|还得|得)给(?:你|您|他|她)(?:颁个?奖|发个?奖(?:状|杯|牌)?|发朵小红花|"
    r"鼓个?掌|鼓鼓掌|送面锦旗|送个锦旗|立个?碑)|"
    # family plans as a reason: 听说你打算要二胎
    r"要(?:二胎|三胎|老二|二宝|个孩子|宝宝)|备孕|"
    # 就你这嗓门 / 就他这身材 (the person's body or voice held up before a rhetorical question)
    r"就(?:你|他|她)这(?:身材|长相|嗓门|嗓子|口音|个头|个子|体型|肚子|啤酒肚|年纪|岁数|模样|样子)|"
    r"(?:你|您|她|他)(?:这个?|那个?|的)\s?(?:accent|Accent)|"
    r"(?:(?:^|(?<=[。！？!?\n]))\s*(?:小丫头|傻丫头|丫头|小姑娘|小妹妹|小朋友|小妹|宝贝|小可爱|小宝贝|小美女|"
    r"小娃娃|小屁孩)(?=[，,])|(?<=[，,])(?:小丫头|丫头|小姑娘|小妹妹|小朋友|宝贝|小可爱|小美女)(?=[。！!？?]|$))|"
    # origin as the reason for how someone works: 你们老家那边是怎么干活的, 他们村里都这么做事
    r"(?:你|您|他|她)们?(?:老家|家乡|村里|乡下|山里|农村)(?:那边|那里|那儿|的人)?(?:是不是|是|就是)?(?:都是|都|也)?"
    r"(?:怎么|这么|那么|这样|那样)(?:干活|做事|办事|上班|工作|教|干|做|来的)|"
    # parents as a group that does not fit: 家里有小孩的人…不太适合, 当妈的人顾不上
    r"(?:家里有|有了?)(?:小孩|孩子|娃|宝宝|老人)的(?:人|员工|同事|女同事|妈妈)[^。！？]{0,14}?"
    r"(?:不(?:太|大|怎么)?适合|干不了|做不了|顾不上|没精力|靠不住|不行|跟不上|难以|很难)|"
    # religious dress or practice as a reproach: 上班还戴着头巾, 工作时间还祷告
    r"(?:还|又|老|总|整天|天天|非要|非得|别)(?:戴着?|披着?|裹着?|挂着?)(?:个|那个|这个)?(?:头巾|面纱|盖头|十字架|佛珠)|"
    r"(?:上班|工作|值班)(?:时间|时候|时)?(?:还|也|又|老)(?:在)?(?:祷告|做礼拜|礼拜|念经|拜佛|烧香)|"
    # mock titles and mock praise: 咱们的大专家, 又有高见了, 哟…真厉害
    r"(?:咱们的|我们的|你这个?|你这位)大(?:专家|忙人|小姐|少爷|明星|能人|聪明|才子|教授|人物|英雄|红人|功臣|"
    r"领导|老板|师|作家|天才)|(?:又|还)有(?:什么|何)?高见|"
    # (a fault or "again" between the 哟 and the praise: 哟，这么快就做完了，真厉害 is praise)
    # (恭喜你 needs a plain fault: 恭喜你，第一次参赛就拿了奖 / 零差错 is praise)
    r"(?:^|(?<=[。！？!?\n]))\s*(?:恭喜(?:你|您)?|祝贺(?:你|您)?)[，,！!][^。！？!?\n]{0,30}?"
    r"(?:(?<![零没无不]差)(?<![零没无不])错(?!误率)|砸|弄丢|搞丢|忘了|被投诉|迟到)[^。！？!?\n]{0,30}?"
    r"(?:真厉害|真行|真有你的|真了不起|了不起|佩服|真棒|真能耐|出息了|好本事|本事)|"
    r"(?:^|(?<=[。！？!?\n]))\s*(?:哟|呦|哎哟|哎呦|啧啧?)[，,！!][^。！？!?\n]{0,30}?"
    r"(?:又|还|第|投诉|迟到|错|晚|没|漏|忘|砸)[^。！？!?\n]{0,30}?(?:真厉害|真行|真能干|真有你的|"
    r"真了不起|好厉害|太厉害了|了不起|佩服|真棒|真能耐|出息了)|"
    r"(?:爸妈|爸爸妈妈|父母|爹妈|家里人|你爸|你妈|家长)[^，。！？]{0,4}?(?:没|没有|难道没|就没|从来没|从没)"
    r"(?:教过?|教育过?)|(?:爸妈|父母|爹妈|家里人|你爸|你妈|家长)(?:是)?怎么(?:教|教育|管)(?:你|出来)?"
    + "|"
    + _DEMEAN_R13
)
# (a plain scan of its own behind a gate of key words: appended to _PERSONAL it made RE2's
# automaton meet new states in nearly every comment, measured)
_PERSONAL_R14 = first_chars_compile(_DEMEAN_R14)
_DEMEAN_R14_GATE = first_chars_compile(
    "长得|大(?:忙人|艺术家|少爷|小姐|明星|专家|功臣|红人|能人|人物|才子|诗人|教授|作家|画家|聪明)|"
    "(?:都|已经)(?:快|要|马上)?(?:[二三四五六]十|[2-6][0-9])|本地|当地|城里|残|聋哑|盲人|病秧子|一个女|"
    "适合[女男]|谁敢|谁还敢|哪敢|没人敢|惹不起|得罪不起|谁管得了|管不了|动不了|动不得|碰不得|开后门|关照|野鸡|"
    "三流|不入流|杂牌|抬举|"
    "脑子|脑袋"
)


# Family brought up about the person (你家里有孩子，加班就别指望你了); not when the sentence goes on
# to arrange support for it (所以我们给她安排了弹性工作时间).
_FAMILY = re.compile(
    "(?:家里|家)(?:还)?(?:有(?:个|一个|两个|三个|俩|[二两三]个)?|(?:一个|两个|三个|俩|[二两三]个))"
    "(?:孩子|小孩|娃|宝宝|老二|"
    "老人要(?:照顾|管|伺候))"
)
_SUPPORT = re.compile(
    "安排了|弹性|调休|照顾(?:你|您|她|他)|可以(?:提前|先|跟我)|随时|需要(?:帮|支持)"
)


@lru_cache(maxsize=64)
def _demean_word_spans(text: str) -> tuple[Span, ...]:
    return tuple(m.span() for m in _DEMEAN_WORDS.finditer(text))


_WE_LEAD = re.compile("(?:咱们|我们)(?!说)")
# A thing before a one-character insult makes it about the thing: 这个模板太蠢了, 这套流程真笨.
_THING_BEFORE = re.compile(
    "(?:模板|系统|设计|流程|规定|制度|工具|软件|界面|表格|办法|方法|做法|规则|功能|机器|设备|程序|安排|"
    "方案|接口|页面|格式|逻辑|设置|报表|步骤|操作|机制|算法|代码|app|App|APP)"
    "(?:也|都|真|太|很|有点|有些|实在|简直|真的|好|挺|特别|非常|最|设计得|做得|弄得|就是|是){0,3}$"
)


# Mock surprise at a repeated fault: 又忘了，真是稀奇啊 / 又迟到了，太阳打西边出来了.
_MOCK_SURPRISE = re.compile(
    r"又(?P<fault>[^。！？!?\n]{1,20}?)[，,]\s*(?:这)?(?:可|还)?(?:真是|真|真的是)(?:稀奇|新鲜|少见|罕见|意外)"
    r"(?:了|啊|呀|呢|哦)?|太阳(?:打|从)西边出来了?"
)
_SLIP = re.compile("丢|坏|砸|摔|洒|搞混|弄混")
# A background that "explains" the work: 你这种学历，能做到这样已经不错了.
_BACKGROUND_PASS = re.compile(
    r"(?:你|您|他|她)(?:这种|这样的|那种|这个|这)(?:学历|文凭|出身|年纪|岁数|条件|底子|背景|长相|身材|家庭|水平)"
    r"[^。！？!?\n]{0,14}?(?:已经|也算|算是?)(?:很|挺|够|相当)?(?:不错|可以|难得|了不起)"
)
# Personal life blamed: 自从离婚以后你整个人就废了.
_LIFE_BLAMED = re.compile(
    r"(?:离婚|离了婚|失恋|分手|生完孩子|生了孩子|有了孩子|怀孕)(?:以后|之后|后|以来)[，,]?(?:你|您|他|她)"
    r"[^。！？!?\n]{0,8}?(?:废|垮|不在状态|心不在焉|魂不守舍|一蹶不振|不行|没心思|拖后腿|变了个人)"
)


# Mock praise of the person after a fault (你可真是个人才，这么简单的表都能填错; 又忘了发，不愧是你;
# 又睡过头了？你可真行啊): the same words with no fault near them are praise (你真是个人才，这个方案
# 帮我们省了一大笔钱; 不愧是老员工，一次就做对了).
_MOCK_PRAISE = re.compile(
    "(?:你|您|他|她)(?!们)(?:可|倒|也|还)?真(?:是|的是)?(?:个|一个)(?:人才|天才|奇才|能人|活宝|大聪明)|"
    "(?:你|您|他|她)(?!们)(?:可|倒)真(?:行|能干|厉害|有本事|有能耐|了不起)|"
    "(?:你|您|他|她)(?!们)真行(?=[啊呀哈！!。，,]|$)|"
    "(?:真)?不愧是(?:你|您|他|她)(?![们的])|真有(?:你|您|他|她)的"
)
# mock praise that needs no fault near it: 你可真会挑时候
_MOCK_ALWAYS = re.compile("(?:你|您|他|她)(?!们)(?:可|倒|还)?真会(?:挑|找|选)(?:时候|时间|日子)")
_MOCK_FAULT = re.compile(
    "(?<!没出)(?<!不出)(?<![没不零无])错|(?<![没不])(?:忘|漏|迟到|睡过头|弄丢|搞丢|搞砸|砸了|犯了)|"
    "白说|都没用|也没用|都能|(?<![第一])三回|又(?:把|忘|迟|没|错|睡|漏|犯|丢|搞|弄|拖|晚|被|是)|"
    "都晚了|又晚了|都迟了|没交|没来"
)


def _mock_praise(text: str) -> Iterator[Span]:
    yield from (m.span() for m in _MOCK_ALWAYS.finditer(text))
    for m in _MOCK_PRAISE.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in "。！!\n") + 1
        if _MOCK_FAULT.search(text, max(left, m.start() - 40), _sentence_end(text, m.end())):
            yield m.span()


# Round fifteen (demeaning frames, each behind a substring gate): a mock award offered to the person
# addressed (要不要给你发面锦旗？; not 我们打算给你报优秀员工奖); shame asked for (还好意思…？, 就这
# 水平，还…); wonder at how a credential was obtained (真不知道你当初驾照是怎么考下来的); a sex said
# to fall short "after all" (女同志毕竟魄力不够; not 女孩子嘛，出差注意安全); places kept for the
# locals (名额先给本地人); a praise title in quotes said with a sigh (“金牌销售”又来了) or after 不愧是
# with a fault in the sentence.
_R15_DEMEAN = re.compile(
    "(?:要不要|是不是(?:该|得|要)|干脆|要不|我看得|得)给(?:你|您)(?:颁|发|评|送)(?:个|一个|一面|一块|一座|张|面|块)?"
    "[^，。！？,!?]{0,10}?(?:奖|奖状|锦旗|奖杯|勋章|奖牌|红花)|"
    "(?<![我咱])(?:还|也|倒|居然|竟然)好意思(?=[^。！？!?\n]{0,24}[？?])|"
    "就(?:这|这点|这么点)(?:水平|能力|本事|技术|两下子|样子)(?![的])[，,]?(?:还|也敢)|"
    "(?:我都|我真|真|我是真|实在|也)不知道(?:你|您|他|她)(?!们)[\u4e00-\u9fff]{0,10}?怎么"
    "(?:过|考|通过|毕业|进来|混|招|当上|升上|拿到)[\u4e00-\u9fff]{0,6}?的|"
    "(?:女同志|女孩子|女孩|女生|女人|女的|女同事|女娃)(?:嘛|毕竟|终究|天生|本来就|到底)"
    "[^。！？!?\n]{0,12}?(?:不足|不够|不行|不如|比不上|吃不消|扛不住|干不了|弱|慌|有限|撑不起|镇不住)|"
    "(?:先|优先|还是|只|都)(?:给|留给|让给|照顾)本地(?:人|员工|同事|的)"
)
_R15_DEMEAN_KEYS = ("给你", "给您", "好意思", "就这", "不知道", "女", "本地")
_R15_TITLE = re.compile(
    '(?P<praised>不愧是[^，。！？]{0,8}?)?[“"「](?P<w>[^”"」，。！？,!?]{2,8})[”"」]'
    "(?P<sigh>又来了|终于|总算|可算|居然|竟然)?"
)


# Round sixteen (behind substring gates, _r16_demeaning): congratulations on a record of faults
# (返工单又破纪录了，恭喜恭喜; 又贡献了五起投诉，佩服佩服; not 投诉单减少了一半，可喜可贺); a
# leisure perk offered to the person (要不要给你搬张床来？; not 要不要我给你配个帮手？); the post
# held by someone who should leave it (别占着位子, 咱们组不养闲人 with a person in the comment); a
# child's work better than this (小学生的手抄报都比这份海报好看); a group "all like that" (九零后嘛，
# 都这德性).
_R16_CHEER = re.compile("可喜可贺|可圈可点|恭喜恭喜|佩服佩服|厉害厉害|稳定发挥|值得庆祝|功不可没")
# (each frame behind the substrings it needs: one pattern of them all cost 8 µs a comment, measured)
_R16_GIFT = re.compile(
    "贡献了(?:[一两二三四五六七八九十几0-9]+(?:个|条|次|起|单|张))?(?:差评|投诉|bug|Bug|BUG|事故|返工|错误|差错)"
)
_R16_PERK = re.compile(
    "(?:要不要|是不是该|是不是得|是不是要|干脆|要不)(?:我|我们|公司)?(?:单独|专门|特意)?给(?:你|您)"
    "(?:单独|专门|特意)?(?:配|建|搬|摆|铺|安排|准备)(?:个|一个|一间|间|张|一张|台)?[^，。！？,!?]{0,4}?"
    "(?:休息室|床|沙发|躺椅|枕头|被子|保姆|轿子|红毯|摇椅|按摩椅)"
)
_R16_SEAT = re.compile(
    "(?:别|不要|还|就别|老)占着(?:茅坑|位置|位子|岗位?|坑|这个岗|这个位置|这个位子|名额)|占着茅坑不拉屎"
)
_R16_CHILD_BETTER = re.compile(
    "(?:小学生|三岁小孩|三岁孩子|幼儿园|小朋友|小孩子?|我家(?:孩子|闺女|儿子|娃)|我闺女|我儿子|我女儿|实习生)"
    "[\u4e00-\u9fff的]{0,10}?(?:都|也)比(?:你这|你的|这个|这份|这篇|这张|这)[\u4e00-\u9fff]{0,4}?"
    "(?:像样|好|强|专业|明白|清楚|整齐|好看|认真|规范|靠谱|漂亮|用心|有条理|通顺|工整|清晰|细致|有水平|规整|"
    "整洁|像话)"
)
_R16_ALL_ALIKE = re.compile(
    "(?:刚结婚的|刚生完[\u4e00-\u9fff]{0,2}的|刚毕业的|结了婚的|有了孩子的)?"
    "(?:小伙子|姑娘|小姑娘|女人|男人|女孩子?|女生|女同志|宝妈|年轻人|小年轻|老人|老同志|"
    "(?:[0-9]{2}|[八九零]零|九五)后|外地人|农村人|乡下人)嘛[，,]?(?:都|全都|个个|一个个|基本都|大多)"
    "(?:是)?(?:这样|这个样子?|一个样|这德性|这德行|那样|一样|这毛病)"
)
_CHARITY = re.compile(
    "不是(?:慈善机构|慈善堂|养老院|福利院|收容所|托儿所|救济站|福利机构)|不养闲人"
)
_FAULT_RECORD = re.compile(
    "差错|出错|投诉|差评|错误|返工|事故|扣分|迟到|缺勤|bug|Bug|BUG|漏|垫底|倒数|不良|次品|废品|报废|超标|罚款"
)
_IMPROVED = re.compile(
    "降|减|少了|最低|清零|零|没有|无|修|解决|杜绝|避免|消灭|但|不过|可是|及时|处理率|满意|好评|表扬"
)
_PREGNANCY = ("怀孕", "怀了孕", "孕妇")
_R16_THANKED = re.compile("感谢|谢谢|辛苦了|坚持|敬佩|佩服|不容易|难得")
_ACHIEVED = re.compile(
    "拿了|拿到|获得|获了|当上|成为|考上|考到|评上|一等奖|冠军|第一|不容易|了不起|难得|佩服|独当一面|挑大梁"
)
_DISMISSED = re.compile("别|不要|不适合|不该|不应该|歇着|指望|不行")


def _r16_demeaning(text: str) -> Iterator[Span]:
    # (gates of single characters, as in _r16_judges)
    if (
        "贺" in text
        or "圈" in text
        or "恭" in text
        or "佩" in text
        or "厉" in text
        or "挥" in text
        or "庆" in text
        or ("功" in text and "功不可没" in text)
    ):
        for m in _R16_CHEER.finditer(text):
            left, end = _sentence_start(text, m.start()), _sentence_end(text, m.end())
            fault = _FAULT_RECORD.search(text, left, end)
            if fault and not _IMPROVED.search(text, left, end):
                yield min(fault.start(), m.start()), max(fault.end(), m.end())
    found: Iterator[re.Match[str]] = iter(())
    if "献" in text:
        found = _R16_GIFT.finditer(text)
    if (
        ("要" in text or "脆" in text)
        and "给" in text
        and (
            "床" in text
            or "沙" in text
            or "枕" in text
            or "姆" in text
            or "轿" in text
            or "毯" in text
            or "椅" in text
            or "休息室" in text
            or "被子" in text
        )
    ):
        found = chain(found, _R16_PERK.finditer(text))
    if "占" in text:
        found = chain(found, _R16_SEAT.finditer(text))
    if "比" in text and ("比这" in text or "比你" in text):
        found = chain(found, _R16_CHILD_BETTER.finditer(text))
    if "嘛" in text:
        found = chain(found, _R16_ALL_ALIKE.finditer(text))
    yield from (m.span() for m in found)
    if (
        "慈" in text
        or "闲" in text
        or "济" in text
        or ("院" in text and ("养老院" in text or "福利院" in text))
        or ("所" in text and ("托儿所" in text or "收容所" in text))
    ):
        for m in _CHARITY.finditer(text):
            if _ADDRESSED.search(text) or _PERSON_LEADS.search(text):
                yield m.span()  # (not 公司不是慈善机构… with no person)


def _r15_demeaning(text: str) -> Iterator[Span]:
    if any(k in text for k in _R15_DEMEAN_KEYS):
        for m in _R15_DEMEAN.finditer(text):
            if (
                m.group(0).endswith(("本地人", "本地员工", "本地同事", "本地的"))
                and "外地" not in text
            ):
                continue
            yield m.span()
    if "“" in text or '"' in text or "「" in text:
        for m in _R15_TITLE.finditer(text):
            if not _PRAISE_NICK.search(m.group("w")):
                continue
            if m.group("sigh") or (
                m.group("praised") and _NEG_ZH.search(text, m.end(), _sentence_end(text, m.end()))
            ):
                yield m.span()


def _find_demeaning_r19(text: str) -> Iterator[Span]:
    yield from _r15_demeaning(text)
    yield from _r16_demeaning(text)
    yield from _r17_demeaning(text)
    yield from _r18_demeaning(text)
    yield from _r19_demeaning(text)
    if "真" in text or "不愧" in text:
        yield from _mock_praise(text)
    if "比" in text:
        yield from (m.span() for m in _BEASTS_BETTER.finditer(text))  # 狗都比他听话
    for m in _MOCK_SURPRISE.finditer(text) if "又" in text or "西边" in text else ():
        fault = m.group("fault")
        if fault is None or _NEG_ZH.search(fault) or _SLIP.search(fault):
            yield m.span()
    if "不错" in text or "可以" in text or "难得" in text or "了不起" in text:
        yield from (m.span() for m in _BACKGROUND_PASS.finditer(text))
    if "离" in text or "恋" in text or "分手" in text or "孩子" in text or "怀孕" in text:
        yield from (m.span() for m in _LIFE_BLAMED.finditer(text))
    if _LATIN.search(text):
        yield from ((s, e) for insult, s, e in _en_words_about_person(text) if insult)
    for s, e in _demean_word_spans(text):
        if e - s == 1 and _THING_BEFORE.search(text, max(0, s - 10), s):
            continue
        if text[s] == "脑" and "我" in text[max(0, s - 2) : s]:
            continue  # 我脑子不太够用: about oneself
        if (
            text.startswith("丢", s)
            and "们" in text[_clause_start(text, s) : s]
            and _WE_LEAD.match(text, _clause_start(text, s))
        ):
            continue  # round seventeen: 我们科这回真丢人 (the team's own shame, said by one of us)
        if text[e - 3 : e] == "这种人" and _TRAIT.search(text, e, _clause_end(text, e, 12)):
            continue  # 你这种人就是没责任心: the label that follows is the finding
        if _single_char_ok(text, s, e):
            yield s, e
    for m in _FAMILY.finditer(text):
        if (
            m.start() > 0
            and text[m.start() - 1] in "你您他她"
            and not _SUPPORT.search(text, m.end(), _sentence_end(text, m.end()))
        ):
            yield m.span()
    personal = (_BELITTLE, _PERSONAL, _PERSONAL_R14, _GARBAGE)
    for rx in personal if _DEMEAN_R14_GATE.search(text) else personal[:2] + personal[3:]:
        for m in rx.finditer(text):
            s, e = m.span()
            if rx is _PERSONAL_R14 and m.group("age"):
                name = _AGE_AFTER_NAME.search(text, max(0, s - 8), s)
                if name:
                    s = name.start()  # 王姐都五十多了
                elif not (
                    (s == 0 or text[s - 1] in _SENTENCE_END_SET)
                    and text.startswith(("还", "，还", ",还"), e)
                ):
                    continue  # 库房温度都三十多了 (round sixteen: not 都四十多了还跟小年轻抢着出风头？)
            if text[s] in "，,":
                s += 1  # "…的，懂什么": the finding starts at the words
            if rx is _GARBAGE and _THING_BEFORE.search(text, max(0, s - 10), s):
                continue  # 那套旧系统简直是垃圾: about the thing
            if (
                rx is not _GARBAGE
                and text[e - 1] == "了"
                and _AGE_ONLY.fullmatch(text, s, e)
                and _AGE_ADMIRED.search(text, e, _sentence_end(text, e))
            ):
                continue  # round fourteen: 他都快六十了，还坚持带徒弟，大家都很敬佩
            if (
                rx is _PERSONAL
                and text.startswith(_PREGNANCY, s)
                and _R16_THANKED.search(text, _sentence_start(text, s), _sentence_end(text, e))
                and not _DISMISSED.search(text, e, _sentence_end(text, e))
            ):
                continue  # round sixteen: 怀孕期间还坚持上完了整个学期的课，…，谢谢你
            if (
                rx is _PERSONAL
                and text.startswith("年纪轻轻", s)
                and _ACHIEVED.search(text, e, _sentence_end(text, e))
            ):
                continue  # round sixteen: 年纪轻轻就拿了技能大赛一等奖 (praise)
            if _single_char_ok(text, s, e):
                yield s, e


# Round fourteen: an age said with admiration after it is no reproach.
_AGE_ONLY = re.compile(
    rf"(?:{_PRONOUN})?(?:都|已经|也都)(?:快|要|马上)?(?:[二三四五六]十[一二三四五六七八九]?|[2-6]\d)"
    r"(?:多|几|好几|来)?岁?(?:的人)?了"
)
_AGE_ADMIRED = re.compile(
    "敬佩|佩服|不容易|难得|了不起|值得(?:学习|尊敬)|辛苦|谢谢|感谢|还坚持|还这么拼"
)


# ---------------------------------------------------------------------------------------------
# absolute
# ---------------------------------------------------------------------------------------------

_MARK = re.compile(
    _alt(
        """总是 老是 总爱 老爱 总要 从来不 从来没有 从来没 从来都不 从来都没 从来都没有 从不 从没有 从没
        永远 永远都 向来 一向 每次都 每回都 次次都 回回都 天天 整天 一天到晚 成天 动不动就 动辄
        一次都没有 一次都没 一次也没有 一次也没 没有一次 就没有一次 没一次 总在 老在 始终 一直都 一直
        每天都 天天都 每次都在 每天都在 三天两头 隔三差五 隔三岔五 时时刻刻 时时刻刻都 无时无刻
        无时无刻不 没完没了 一直在 回回如此 次次如此 一贯如此 向来如此 屡次 屡屡 一而再再而三 一次又一次
        一贯 一年到头 一年四季 长年累月 成年累月 常年 回回 次次 哪次都 哪回都
        从来都是 从来就是 向来都是 一向都是 一贯是 一贯都是 没有一回 就没有一回 没一回 一回都没
        从来听不 从来记不 从来学不 从来改不 从来就没有 从来就没 从来就不
        回回这样 次次这样"""
    )
)
_NEVER_MARKS = (
    "从",
    "一次",
    "没有一次",
    "就没有一次",
    "没一次",
    "没有一回",
    "就没有一回",
    "没一回",
    "一回",
)
# "每天都/每次都" also start instructions (你每天都要提交日报): they count only before a fault.
_NEEDS_FAULT = frozenset(
    {
        "每天都",
        "天天都",
        "每天都在",
        "每次都在",
        "每次都",
        "每回都",
        "次次都",
        "回回都",
        "时时刻刻",
        "时时刻刻都",
        "无时无刻",
        "无时无刻不",
        "一直在",
        "屡次",
        "屡屡",
        "一而再再而三",
        "一次又一次",
        # round fourteen: 老宋一年到头都在请假 (not 一年到头都在加班，辛苦了)
        "一年到头",
        "一年四季",
        "长年累月",
        "成年累月",
        "常年",
        # round fifteen: 他回回打折扣, 哪次都得等他 (not 回回都是第一)
        "回回",
        "次次",
        "哪次都",
        "哪回都",
    }
)
# A sweep that trails its clause (…，你就说是仓库的错，回回如此): the clause before is the habit.
_TRAILING = frozenset({"回回如此", "次次如此", "一贯如此", "向来如此", "回回这样", "次次这样"})
# 一直在 over one occasion (晚高峰你一直在后厨聊天, 昨天下午他一直在…) is not a sweep.
_ONE_OCCASION = re.compile(
    "昨天|前天|今天|刚才|那天|当天|那次|这次|上次|晚高峰|早高峰|上午|下午|晚上|周[一二三四五六日末]|"
    "星期|礼拜|[0-9０-９一二三四五六七八九十]+[号日月点]|会上|期间"
)
# Round sixteen: the person's side or patch as the subject (你这边, 他那片).
_PATCH = "(?:这边|那边|那片|这片|那块|这块|那儿|这儿)"
# "每次你主持会议，大家都很紧张": the 都 may sit in the next clause, whose predicate decides
# whether the sweep is a complaint or praise (每次你做汇报，气氛都特别好).
_EVERY_TIME = re.compile(
    r"(?:每次|每回|每一次|每个|每周|每天|每场|每逢|每当|每一?[张份件单篇项条笔台批])"
    r"[^，。！？；,.!?;\n]{0,10}?"
    r"(?:(?P<subj>你们|他们|她们|你|您|他|她)[^，。！？；,.!?;\n]{0,8}?(?:[，,][^，。！？；,.!?;\n]{0,10}?)?都|"
    # the subject opens the main clause: 每次客户投诉，你都推给别人 / 每次一忙，他就忘
    rf"[，,]\s*(?P<subj2>{_PRONOUN}(?:[\u4e00-\u9fff]{{0,2}}?{_GROUP_NOUN}|几个|俩|几位|{_PATCH})?)"
    # round thirteen: 每回客户投诉，你第一反应都是甩锅
    r"(?:的)?(?P<first>第一反应|第一件事|第一句话)?(?:也|总|还)?(?:都|就|总是|老是)"
    r"(?!可以|能|会|来|找|跟我|告诉|问))"
)
# 每次都是你拖后腿: the sweep names the person after it.
_IS_YOU = re.compile("都?是(?:你|您|他|她)(?!们)")
# 你哪次不是拖到最后: a rhetorical "which time didn't you".
_WHICH_TIME = re.compile(
    "哪(?:一)?(?:次|回)[\u4e00-\u9fff]{0,4}?(?:不是|没有?|不按时|不准时|按时过|准时过|能按时|能准时)"
    # 你贴过哪一次标签？ (a rhetorical "which time did you ever")
    "|(?<=[\u4e00-\u9fff]过)哪(?:一)?(?:次|回)[\u4e00-\u9fff]{0,6}?(?=[？?])"
    # round thirteen: 你哪回写的方案是完整的？ (which one was ever right)
    "|哪(?:一)?(?:次|回|份|张|个|件|篇)[\u4e00-\u9fff]{0,6}?是(?:没错|没问题|对|准|完整|合格|齐全|按时|准时)"
    "的?(?=[？?])"
)
# Round thirteen: "when did you ever" asked (你什么时候主动汇报过一次？, 他哪天按时交过日报？) and
# "never once seen you" (就没见你早到过一回); a fault in the act (什么时候迟到过) is praise.
_EVER_ASKED = re.compile(
    "(?:什么时候|啥时候|哪天|几时|哪一天)(?P<act>[\u4e00-\u9fff]{1,10}?)过(?P<once>一次|一回)?"
    "[\u4e00-\u9fff]{0,8}[？?]"
)
# (round seventeen: a rule followed, 他什么时候按要求锁过柜子？)
_EVER_GOOD = re.compile(
    "主动|按时|准时|认真|及时|提前|好好|完整|准点|早|按规定|按要求|按流程|按标准"
)
_EVER_WORK = re.compile(
    "交|写|汇报|报|检查|查|核对|复核|打扫|整理|更新|填|回复|回|跟进|提|做|完成|确认"
)
_NEVER_SEEN = re.compile(
    "没(?:有)?见(?:过)?(?:你|您|他|她)(?P<act>[\u4e00-\u9fff]{1,8}?)过(?:一次|一回)"
)
# Round twelve: "which one isn't" over a person's work or visits (哪份报告不是拖到最后交的？,
# 哪次客户来你不是硬塞一堆项目？): every one of them, asked rhetorically.
_WHICH_ONE = re.compile(
    "哪(?:一)?(?:次|回|份|张|个|件|单|篇|天|场|趟|批)(?P<mid>[\u4e00-\u9fff]{0,10}?)不是"
    "(?P<rest>[^，。！？；,.!?;\n]{1,16})[？?]"
)
_PERSON_LEADS = re.compile(rf"{_PRONOUN}(?!们)")
_INSTRUCTION = re.compile("要|需要|得|必须|应该|应当|务必|记得|可以|请")
# Thanks in the sentence make a sweep praise: 今年每一次培训你都参加了，谢谢你.
_THANKS = re.compile(
    "谢谢|感谢|多谢|辛苦了|感激|难得|值得表扬|很棒|真棒|太棒了|好样的|了不起|值得肯定|值得学习|"
    "(?<![不没])(?<!不是)(?:非常|很|特别|真)(?:好|赞)(?![好的])"
)
# The person after the "whenever" clause (一到周五，他就…), or before it (她一到周五下午就不见人影:
# group "bare", which needs a fault after it).
_WHENEVER = re.compile(
    r"(?:一到|一遇到|一碰到|一有|每当|每逢|只要|无论|不管|不论|但凡)[^，。！？；,.!?;\n]{1,12}?"
    rf"(?:(?:的时候|时)?[，,]?(?P<subj>{_PRONOUN}(?:[\u4e00-\u9fff]{{0,2}}?{_GROUP_NOUN})?|"
    r"(?P<name>小(?![组区时学孩朋])[\u4e00-\u9fff]))(?:的)?(?:第一反应|第一件事)?"
    r"(?:就|都|总)(?!可以|能|会|来|找(?:我|你|他|她|人|领导|同事)|跟我|告诉)|"
    r"(?P<bare>就|都|总))"
)
# Any 一 + verb (客户一投诉，你就…; 他一忙就…), which needs a fault after it: a separate, cheaper scan.
_ONE_THEN = re.compile(
    r"一(?<=[\u4e00-\u9fff]一)(?![起样下些点直定般共切同边天次个份周月年会口套项条张旦向贯遍半两二三"
    r"四五六七八九十百千万线级流号批位名家场阵把块段整生辈律概致道齐再并连时方面种类到遇碰有])"
    r"[\u4e00-\u9fff]{1,5}?"
    rf"(?:(?:的时候|时)?[，,]?(?P<subj>{_PRONOUN})就|(?P<bare>就))"
)
# 你回回都这样: "like this" is the fault.
_SAME_AGAIN = re.compile("这样(?:[。！？!?，,]|$)|这德性|这个样子|这副样子|这么干")
# A sweep with the subject dropped inside a comment about a person: 你太粗心了。每次做报表都有错。
_EVERY_NO_SUBJ = re.compile(
    r"(?:(?<=[，。！？；,.!?;\n])|^)\s*(?:而且|几乎|基本上)?(?:每次|每回|每一次|次次|回回)"
    r"(?P<act>[^，。！？；,.!?;\n你他她们]{1,8}?)都(?!有人|有同事|很|非常|特别|挺)"
    r"(?P<rest>[^，。！？；,.!?;\n]{1,12})"
)
_ADDRESSED = re.compile("你|您|他|她")
# Round eleven: every time, the blame lands on the person (都是冲着你来的, 都是因为他)
_BLAME_YOU = re.compile(
    "(?:是)?(?:冲着|因为|由于|卡在|出在|栽在|坏在|怪|赖)(?:你|您|他|她)(?!们)(?!(?:帮|主动|提醒|救))"
)
_FAULT = re.compile("问题|毛病|差错|错误|漏洞|bug|Bug|BUG")
_SUBJ_EVERY = re.compile(
    # (a leading literal 每 keeps the scan fast: a group up front defeats re's prefix search)
    r"每(?:次|回|一次|(?P<item>一?[张份件单篇项条笔台批])|(?P<daily>天|晚|周|个?月|个?星期|一天|个班))[^，。！？；,.!?;\n]{0,12}?(?:[，,][^，。！？；,.!?;\n]{0,10}?)?都"
)
# The person right before 每次 (你/您/小王/张经理每次…都): the start of the finding, else -1.
_SUBJ_BEFORE = re.compile(
    rf"(?:{_PRONOUN})(?:\s?(?:[\u4e00-\u9fff]{{0,4}}?|[A-Za-z]+)\s?{_GROUP_NOUN}|几个|俩|两个|几位|"
    r"(?:做|写|交|报|出|填|开|发|录|画|排|贴)的)?\s?$"
)


def _subject_before(text: str, pos: int) -> int:
    m = _SUBJ_BEFORE.search(text, max(0, pos - 14), pos)
    return m.start() if m else -1


_POSSESSED = re.compile(
    rf"{_PRONOUN}的(?:[\u4e00-\u9fffA-Za-z]{{1,5}}|\s?[A-Za-z][A-Za-z ]{{0,15}}?)\s?$"
)


def _words_re(words: str) -> re.Pattern[str]:
    """A "|"-separated word list compiled as a trie (these lists are only searched for a hit)."""
    return re.compile(_alt(words.replace("|", " ")))


_POS_ZH = _words_re(
    "积极|主动|认真|准时|按时|提前|帮|支持|热心|出色|耐心|细致|仔细|第一个|很好|靠谱|负责|乐于|愿意|"
    "用心|努力|勤奋|高质量|给力|及时|配合|热情|专业|周到|清晰|冷静|可靠|优秀|超额|完成|分享|照顾|"
    "考虑|笑|稳|准|快|好|第一排|前排|细心|谨慎|稳重|踏实|守时|尽责|乐观|大方|礼貌|虚心|耐心|满意|热烈|精彩|"
    "投入|收获|受益|佩服|喜欢|开心|放心|信服|点赞|印象深刻|眼前一亮|安静下来|认真听|核对|复核|"
    # round fourteen: first place (每回考核他都是第一)
    "是第一|第一名|拿第一|排第一|"
    # round sixteen: 她永远是最早到的那个
    "最早|头一个|"
    # round seventeen: a careful habit (每次都填得清清楚楚, 顺手摆整齐, 检查一遍)
    "清清楚楚|整整齐齐|整齐|详细|单独|顺手|检查一遍|查一遍|过一遍"
)
_NEG_ZH = _words_re(
    "迟到|拖延|拖|抱怨|出错|出过错|失误|推诿|推卸|放弃|缺席|误|漏|失望|掉链子|早退|请假|发脾气|偷懒|"
    "马虎|敷衍|犯错|出问题|食言|失约|爽约|不|没|迟|晚|忘|错|打断|甩锅|找借口|借口|插嘴|走神|玩手机|"
    "紧张|尴尬|冷场|头疼|皱眉|生气|烦|沉默|吵|乱|失望|说不出|难堪|担心|害怕|摸鱼|划水|偷懒|玩手机|"
    "聊天|最后一个|差错|推给|推掉|推脱|推到|甩给|丢给|扔给|退回|打回|驳回|拖到|压到|压着|卡着|挑刺|"
    "挑毛病|顶撞|抢话|吼|骂|怪别人|怪罪|拒绝|返工|重做|乱扔|乱放|扔在|随手|对不上|躲|看手机|刷手机|"
    "回微信|板着|拉着脸|黑着脸|甩脸|摆脸色|缺勤|旷工|违规|发火|闹情绪|磨蹭|拖拉|打游戏|睡觉|唉声叹气|"
    "发牢骚|催|最后一分钟|最后一刻|最后一天|踩点|踩着点|卡点|卡着点|让人等|让大家等|让我们等|让客户等|"
    "让同事等|操心|久等|能推就推|能拖就拖|能躲就躲|能省就省|请过假|缺过勤|"
    # round thirteen: talking back (顶两句, 唱反调) and accidents (从来没出过事故 is praise)
    "顶嘴|顶两句|顶几句|顶一句|唱反调|抬杠|狡辩|嘴硬|事故|纰漏|岔子|差池|投诉|红脸|脱岗|离岗|串岗|"
    # round fourteen: left to the last (总是把核对留到最后), gone when needed, a label as the habit
    "留到最后才|放到最后才|压到最后才|等到最后才|最后才做|最后才交|最后才写|最后才弄|最后才处理|最后才改|"
    "最后才看|最后才干|最后才报|最后才填|最后才发|最后才回|不见人影|找不到人|见不到人|一根筋|粗心|毛躁|急躁|冲动|"
    "情绪化|死板|固执|偷工减料|找理由|刷视频|刷短视频|刷抖音|玩游戏|聊微信|"
    # round fifteen
    "打折扣|重写|最后一个|"
    # round sixteen: trouble stirred up, idioms of indifference or shirking, gone when needed,
    # a potential complement denied (讲不清楚, 记不住)
    "幺蛾子|乱子|篓子|娄子|事不关己|高高挂起|袖手旁观|置身事外|推三阻四|挑三拣四|拖泥带水|丢三落四|"
    "虎头蛇尾|应付了事|草草了事|往家跑|往外跑|开溜|溜号|玩失踪|失联|没影|隔天|请病假|说事|说不清|"
    "讲不清|听不进|听不懂|看不懂|记不住|学不会|乱七八糟|一塌糊涂|稀里糊涂|马马虎虎|缺这少那|缺东少西|"
    "漏这漏那|身上推|头上推|摔门|摔东西|拍桌子|摔摔打打|计较|记仇|摆架子|"
    # round seventeen: a class missed, a road hogged, a shelf left empty (例会从来没缺过 is
    # praise), a want of a quality, a formality, a limit run over, a count short
    "缺过|缺课|抢道|闯红灯|空着|带情绪|把情绪|带到工作|带进工作|散漫|懒散|缺乏|错别字|错字|走过场|走个过场|没个正形|"
    "超字数|超时|超期|超支|差几|少几|缺几|抱着手机|捧着手机|抽烟|打瞌睡|犯困|往后躲|往后缩|哭穷|磨叽|哭丧着脸|"
    # round eighteen: flustered, a phone held all day, work left to others
    "手忙脚乱|慌手慌脚|抱着个手机|捧着个手机|磨洋工|擦屁股"
)


# "not once": 交接记录你压根就没认真看过一次 (a good act never done; 从没迟到过一次 is praise)
_NOT_ONCE = re.compile(
    r"(?:压根儿?|根本|从来)(?:就)?没(?:有)?(?P<act>[\u4e00-\u9fff]{1,8}?)过(?:一次|一回)"
)


# 你报的单子 / 他写的报告 before "没有一次": the person's own work
_DID_THING = re.compile(rf"{_PRONOUN}(?!们)[\u4e00-\u9fff]{{1,3}}的[\u4e00-\u9fff]{{1,5}}$")
_SUBJECTLESS = frozenset(
    {
        "整天",
        "天天",
        "成天",
        "一天到晚",
        "老是",
        "总是",
        "动不动就",
        "三天两头",
        "隔三差五",
        "隔三岔五",
    }
)
_ASKS_HELP = re.compile("请(?!假)|帮|麻烦|去看看|处理一下")
# Round eleven: the person's (or their group's) own work as the subject (你们组交上来的单据一直都是
# 错的, 他写的周报总是有错) — a sweep only with a fault after it; 你负责的服务器 is a machine.
_WORK_OF = re.compile(
    rf"{_PRONOUN}(?:[\u4e00-\u9fff]{{0,3}}?{_GROUP_NOUN})?(?:做|写|交|报|出|填|发|录|画|排|贴|提|送|开)"
    r"(?:上来|出来|过来|上去|出去)?的[\u4e00-\u9fff]{1,5}$"
)
_NEVER_WORDS = ("从来不", "从不", "从来没", "从没", "从来都不", "从来都没")
# Round twelve: a person or group and the thing they keep, before "not once" (你们班组交接记录没一次
# 写全过, 他的日报就没有一次…).
_GROUP_THING = re.compile(
    rf"{_PRONOUN}(?:[\u4e00-\u9fff]{{0,3}}?{_GROUP_NOUN})?(?:的)?[\u4e00-\u9fff]{{1,6}}(?:就|也|都)?$"
)
# Round twelve: "not one of them was" (你们班组的工单没有一张是按时关闭的; 他写的方案没有一个能用的).
_NOT_ONE = re.compile(
    "没有?一(?:张|份|个|单|件|篇|条|项|笔|批|回|台|块|页)(?P<v>是|能|按|准|合格|达标|过关|靠谱|对)"
    "(?P<rest>[^，。！？；,.!?;\n]{0,12})"
)
_GOOD_STATE = re.compile(
    "按时|准时|按期|准的|对的|合格|完整|齐全|写全|填全|能用|可用|干净|清楚|达标|过关|靠谱|规范"
)
_BAD_STATE = re.compile("破|坏|错|烂|次品|废|不合格|有问题|漏|晚|迟|返工|投诉|退")
# Round twelve: every time, someone has to help, cover for or chase the person (每次开会你都让我帮你
# 顶着, 每次录入都要护士帮忙) — a fault even though 帮 reads as praise.
_LEANS_ON = re.compile(
    "(?:要|得|让|靠|等)(?!找|请)[\u4e00-\u9fff]{0,4}?(?:帮(?:忙|你|他|她|您|着)|顶着|顶班|兜底|擦屁股|收尾|"
    "提醒|催|追着|替(?:你|他|她|您))"
)
_BLAMED = re.compile("投诉|被(?:点名|批|罚|骂|退|打回|通报)|出(?:错|事|岔子|问题)")
# 每次…的都是你 (每次跟客户吵起来的都是你): the sweep names the person last.
_EVERY_ONE_IS = re.compile(
    "每(?:次|回|一次|一回)(?P<act>[^，。！？；,.!?;\n]{1,12}?)的(?:人)?(?:都|总|永远|总是|全)是"
    "(?:你|您|他|她)(?!们)"
)


# 一向/向来/一直/始终 describe a habit of any kind (她一向很准时, 他一直负责夜班, 他向来话不多): a
# sweep only before a fault, and a bare 不/没 is a fault only before an act left undone (不回邮件,
# 不听劝, 没按时交), not before a size or a manner (话不多, 不怕吃苦).
_WEAK_MARKS = frozenset(
    {"一向", "向来", "一直", "一直都", "始终", "一贯"}
    # round sixteen: 从来都是 / 一贯是 describe a habit of any kind (她从来都是第一个到)
    | {"从来都是", "从来就是", "向来都是", "一向都是", "一贯是", "一贯都是"}
)
_UNDONE = re.compile(
    "[不没](?:有)?(?:回|听|改|交|接|理|管|配合|主动|守|遵|看|做|干|写|来|参加|到|按|准时|及时|认真|关|提|带|"
    "锁|签|记|检|核|查|报|当回事|把|跟|给|打|通知|说|讲|请|承认|负责|在乎|在意|重视|尊重|吭|上心|用心|"
    "长记性|收拾|整理|更新|填|录|汇报|沟通|反馈|确认|遵守|肯|进|住|兑现|履行|了(?!解)|"
    # round fourteen: kit not worn, rules not followed (下井从来不戴自救器, 从不深入一线)
    "戴|佩戴|穿|系|深入|执行|落实|洗|消毒|登记|签到|打卡|请示|报备|"
    # round sixteen: blame never taken, others never considered (出了差错从来不认错, 从不体谅同事)
    "担|承担|考虑|顾及|体谅|认错|道歉|反思|检讨|"
    # round seventeen: a procedure not gone through, work never whole (一向不走流程, 报表始终不齐全)
    "走|完整|齐全|规范|达标|合格|学)"
)


# Round seventeen: a quality wanting after a habit mark (她向来没什么责任感; not 一向没什么架子) and
# "that same manner" (向来就是那副…的样子).
_R17_NO_QUALITY = re.compile(
    rf"(?:就|都|也)?(?:没(?:有)?|缺乏|缺少)(?:什么|啥|一点|半点|多少)?(?:{_QUALITY})"
)
_R17_SAME_MANNER = re.compile("(?:就|都|也)?(?:是)?(?:这|那)副")
# Round eleven: work that is wrong as a state (一直都是错的, 总是有问题)
_WRONG = re.compile(
    "(?:都|也)?(?:是|有)?(?:错的|错误的|乱的|乱七八糟|不对的?|有问题|问题|毛病|差错)"
)


def _weak_mark_fault(rest: str) -> bool:
    if _WRONG.match(rest) or _R17_NO_QUALITY.match(rest) or _R17_SAME_MANNER.match(rest):
        return True
    for m in _NEG_ZH.finditer(rest):
        if len(m.group(0)) > 1 or _UNDONE.match(rest, m.start()):
            return True
    return _SAME_AGAIN.match(rest) is not None


_NEVER_DONE = ("按时", "准时", "认错", "承认", "检讨", "反思")
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")
_LEFT_LATE = re.compile("(?:等|拖|留|压|放)到[\u4e00-\u9fff]{1,8}才")
# 从来不用人教 / 从来不用我催: never needs minding (not 从来不用心)
_NO_MINDING = re.compile("用(?:人|别人|我|领导|同事|大家)?(?:教|催|提醒|操心|管|盯|督促|费心|担心)")


def _is_praise_zh(mark: str, rest: str) -> bool:
    # 快递员 is no praise, 不同意见 no fault, 晚自习 (an evening class) no lateness
    rest = _R20_NOT_A_WORD.sub("・", rest)
    if mark in _NOT_ONCE_MARKS and rest.startswith("不"):
        # round seventeen: 开会没有一回不迟到的 is "every time" (没有一回不是最早到的 is praise)
        done = rest[1:]
        return _POS_ZH.search(done) is not None and _NEG_ZH.search(done) is None
    if mark.startswith(_NEVER_MARKS) and mark not in _WEAK_MARKS:
        rest = _A_NOT_A.sub("", rest)  # round seventeen: 从来没问过组员能不能跟上 (not a fault)
        if _LEFT_LATE.search(rest):
            return True  # round seventeen: 从来不会拖到月底才对账
        # (从来不认错: a duty never done, though 错 reads as a fault)
        return (
            _NEG_ZH.search(rest) is not None and not rest.startswith(_NEVER_DONE)
        ) or _NO_MINDING.match(rest) is not None
    return _POS_ZH.search(rest) is not None and _NEG_ZH.search(rest) is None


_DOING = re.compile(rf"^{_PRONOUN}(?!们)[\u4e00-\u9fff]{{1,5}}?(?:的时候)?$")


def _person_doing(text: str, pos: int) -> int:
    """Start of a clause "你/他 + a short verb phrase" ending at ``pos`` (你开会总是迟到), else -1.

    A "的" marks a possession (你负责的服务器总是宕机 is about the server), so it does not count.
    """
    cstart = _clause_start(text, pos, 11 if text.endswith("的时候", 0, pos) else 8)
    prefix = text[cstart:pos]
    if "的" not in prefix.removesuffix("的时候") and _DOING.match(prefix):
        return cstart
    return -1


_SHORT_ACT = re.compile(r"^[\u4e00-\u9fff]{1,8}$")


def _dropped_subject_act(text: str, pos: int, rest: str, need_fault: bool = True) -> int:
    """Start of "act + sweep" whose subject the previous clause names (老赵就是懒，保障的时候动不动
    就找不到人; 你太粗心了，交材料老是踩着点), when a fault follows; else -1."""
    cstart = _clause_start(text, pos, 10)
    if (
        cstart == 0
        or text[cstart - 1] not in "，,"
        or (need_fault and not _NEG_ZH.search(rest))
        or _POS_ZH.search(rest)
    ):
        return -1
    act = text[cstart:pos]
    if not _SHORT_ACT.match(act):
        return -1
    if need_fault and "的" in act.removesuffix("的时候"):
        return -1
    if not need_fault and _PERSON_LEADS.match(act):
        return -1  # 你负责的服务器从来不…: about the thing
    prev = _clause_start(text, cstart - 1, 30)
    if _CLAUSE_HEAD.match(text, prev) and "的" not in text[prev : cstart - 1]:
        return cstart
    return -1


# Round fourteen: a clause that starts with a contrast (…，可一到盘点就请假).
_CONTRAST_LEAD = re.compile("(?:可|但|但是|可是|不过|就是|却|偏偏|而且)?")
# Round fourteen: a short act before a sweep at a sentence start (接警时总是不耐烦).
_TIME_ACT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:时|的时候)")


def _previous_sentence_person(text: str, left: int) -> bool:
    """True when the sentence before the one starting at ``left`` opens with a person."""
    if left < 2:
        return False
    prev = _sentence_start(text, left - 1)
    return _CLAUSE_HEAD.match(text, prev) is not None


# Round fourteen: every inspection or complaint, it is the person (每回检查都是你); not 每次评优都是你.
_EVERY_CAUGHT = re.compile(
    "每(?:次|回|一次|一回)(?P<act>[\u4e00-\u9fff]{1,6}?)(?:都|总|全)是(?:你|您|他|她)(?!们)"
    "(?=[。！？!?，,；;…]|$|垫底|倒数|拖后腿|最后一个|出错|出问题|挨批|被批|被点名|扣分)"
)
_CAUGHT = re.compile(
    "检查|抽查|巡查|督查|查岗|考核|通报|扣分|出事|出错|出问题|返工|投诉|挨批|被罚|点名|批评|挨骂|垫底|倒数"
)


def _once_dropped(text: str, start: int, end: int) -> str:
    """The act and its object with 过一次/过一回 taken out (发过一次火 → 发火)."""
    return text[start : _clause_end(text, end, 8)].replace("过一次", "").replace("过一回", "")


_NOT_ONCE_MARKS = frozenset(
    ("没有一次", "就没有一次", "没一次", "没有一回", "就没有一回", "没一回")
)
_ONCE_GOOD = re.compile(
    "是(?:真的?|能|按|准|顺|对的|完整|齐|合格|达标|一次|好好|全|清楚|规范|及时|提前|主动|认真|靠谱|利索)"
)
# Round sixteen: which time was it ever done right (你哪次交的报表是填全了的？); every time it
# is the person's patch that is wrong (每回抽检都是他那块出问题).
_R16_EVER_RIGHT = re.compile(
    "哪(?:一)?(?:次|回)(?P<mid>[\u4e00-\u9fff]{0,6}?)是(?P<v>[\u4e00-\u9fff]{0,3}?)"
    "(?:好|对|齐|全|完|按时|准时|按规定|按要求|按流程|合格|规范|清楚|干净|顺利|到位)[\u4e00-\u9fff]{0,3}?了?的[？?]"
)
_R16_PATCH_WRONG = re.compile(
    f"每(?:次|回|一次|一回)[\u4e00-\u9fff]{{1,6}}?(?:都|总|全)是(?:你|您|他|她)(?!们)(?:{_PATCH}|负责的|管的|的)"
    "(?P<rest>[^，。！？；,.!?;\n]{1,10})"
)
_NOT_AN_EVAL = re.compile("最|更|比较|觉得|记得|认为")


def _r16_absolute(text: str) -> Iterator[Span]:
    for m in (
        _R16_EVER_RIGHT.finditer(text) if "哪" in text and ("？" in text or "?" in text) else ()
    ):
        if _NOT_AN_EVAL.search(m.group("mid") + m.group("v")):
            continue
        cstart = _clause_start(text, m.start())
        if _PERSON_LEADS.match(text, cstart) and not _NOT_AN_EVAL.search(text, cstart, m.start()):
            yield cstart, m.end()
    if "每" in text and "是" in text:
        for m in _R16_PATCH_WRONG.finditer(text):
            rest = m.group("rest")
            if _NEG_ZH.search(rest) and not _POS_ZH.search(rest):
                yield m.span()


_EXASPERATED = re.compile(
    "第几(?:回|次|遍)|多少(?:回|次|遍)了|谁受得了|谁受得住|谁吃得消|谁顶得住|有完没完|像话吗|成何体统"
)
# Round sixteen: an act or a task, or advice and rules as the topic, before a sweep in a later clause
# of a sentence that opens with the person (老甘是新来的，跟供应商谈价总是讲不清楚; 该员工…，
# 遇到分歧一向不跟人沟通; 小舒脾气倔，师傅的提醒从来记不住).
_ACT_LEAD = re.compile(
    "(?:但是?|可是?|不过|而且|却)?(?:跟|和|对|给|替|遇到|碰到|遇上|出了|一出|安排|交代|交办|交给|布置|派|让|找|接到|面对)"
    "[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{0,4}(?:意见|建议|批评|提醒|规矩|制度|要求|规定)"
)


def _carried_person(text: str, s: int, word: str, rest: str) -> int:
    cstart = _clause_start(text, s, 8)
    if cstart == 0 or text[cstart - 1] not in "，," or not _ACT_LEAD.fullmatch(text, cstart, s):
        return -1
    tail = word[2:] + rest if word.startswith("从来") else rest
    if not _weak_mark_fault(tail) or _POS_ZH.search(tail):
        return -1
    left = _sentence_start(text, cstart)
    if cstart - left > 40:
        return -1
    lead = _CONTRAST_LEAD.match(text, left)
    return cstart if _CLAUSE_HEAD.match(text, lead.end() if lead else left) else -1


# Round fifteen: nine times in ten (十回有九回要返工) and "not one who doesn't complain" (没有一个不
# 抱怨他…) about a person named in the sentence; not 十次有九次都能一次过 (praise), 没有一个不夸她.
_R15_SWEEP = re.compile(
    "十(?P<u>[回次个件单张份篇])(?:里|当中)?(?:得|倒|就)?有(?:八|九|七)(?P=u)(?P<rest>[^，。！？,!?]{0,10})|"
    "没(?:有)?一个(?:人|客户|同事|供应商|家长|病人|患者|用户)?不(?:抱怨|投诉|吐槽|嫌|骂|头疼|怕|烦|有意见|发愁)"
)


def _r15_absolute(text: str) -> Iterator[Span]:
    for m in _R15_SWEEP.finditer(text):
        rest = m.group("rest")
        if rest is not None and (not _NEG_ZH.search(rest) or _POS_ZH.search(rest)):
            continue
        left = _sentence_start(text, m.start())
        if _ADDRESSED.search(text, left, _sentence_end(text, m.end())):
            yield m.span()


# Round seventeen: a sentence that opens on "as soon as …" (一赶工你就…; 一坐到电脑前就犯困, as a
# note or to someone it addresses; not 一到雨季就漏水); "never once … right" with 就没 (早班就没有按时打
# 过卡; not 他就没去过北京, 就没迟到过一回); "which day weren't you …" (没哪天不是拖到最后的, 这周
# 有哪天没出错？; not 没哪天不是最早到的); "which time wasn't it like this" after a clause about the
# person (找你…，哪回不是这样？).
_R17_ONE_THEN = re.compile(
    r"一(?![起样下些点直定般共切同边天次个份周月年会口套项条张旦向贯遍半两二三"
    r"四五六七八九十百千万线级流号批位名家场阵把块段整生辈律概致道齐再并连时方面种类])"
    rf"[\u4e00-\u9fff]{{1,5}}?(?:(?:的时候|时)?[，,]?(?P<subj>{_PRONOUN})[\u4e00-\u9fff]{{0,3}}?就|就)"
)
_R17_NEVER_ONCE = re.compile(
    r"就没(?:有)?(?P<act>[\u4e00-\u9fff]{1,8}?)过(?P<once>一次|一回|一天)?"
)
_R17_NO_DAY = re.compile(
    r"(?P<no>没(?:有)?|有)哪(?:一)?(?:天|次|回|周|个月|个班)(?P<neg>不是|不|没(?:有)?|没被)"
    r"(?P<rest>[^，。！？；,.!?;\n]{1,12})"
)
_R17_WHICH_SAME = re.compile("哪(?:一)?(?:次|回)不是(?:这样|这个样子|这副样子)")


def _r17_absolute(text: str) -> Iterator[Span]:
    if "就" in text and (
        text.startswith("一")
        or "。一" in text
        or "！一" in text
        or "？一" in text
        or "\n一" in text
        or "!一" in text
        or "?一" in text
    ):
        for m in _R17_ONE_THEN.finditer(text):
            if m.start() > 0 and text[m.start() - 1] not in "。！？!?\n":
                continue  # (the sentence opens on it)
            rest = text[m.end() : _clause_end(text, m.end(), 15)]
            if _POS_ZH.search(rest) or not _NEG_ZH.search(rest):
                continue
            end = _sentence_end(text, m.end())
            if (
                m.group("subj")
                or (
                    _ADDRESSED.search(text, m.end(), end)
                    and not _ASKS_HELP.search(text, m.end(), end)
                )
                or (m.start() == 0 and _weak_mark_fault(rest))
            ):
                yield m.span()
    if "就没" in text and "过" in text:
        for m in _R17_NEVER_ONCE.finditer(text):
            if m.start() > 0 and text[m.start() - 1] in "根本来":
                continue  # 压根就没 / 根本就没 / 从来就没: the older scans
            act = m.group("act")
            if _NEG_ZH.search(act) or not (m.group("once") or _EVER_GOOD.search(act)):
                continue
            person = _person_before(text, m.start())
            if person < 0:
                cstart = _clause_start(text, m.start())
                person = cstart if _ADDRESSED.search(text, cstart, m.start()) else -1
            if person >= 0:
                yield person, m.end()
    if "有哪" in text or "没哪" in text:
        for m in _R17_NO_DAY.finditer(text):
            rest = m.group("rest")
            good = _POS_ZH.search(rest) and not _NEG_ZH.search(rest)
            if (m.group("no") == "有") != m.group("neg").startswith("没"):
                continue
            if good or not (_NEG_ZH.search(rest) or m.group("neg") == "没被"):
                continue
            cstart = _clause_start(text, m.start())
            if _ADDRESSED.search(text, cstart, m.start()):
                yield cstart, m.end()
    if "不是这" in text and "哪" in text:
        for m in _R17_WHICH_SAME.finditer(text):
            cstart = _clause_start(text, m.start())
            if cstart == 0 or text[cstart - 1] not in "，,":
                continue
            left = _sentence_start(text, cstart)
            before = text[left : cstart - 1]
            if _ADDRESSED.search(before) and not (
                _POS_ZH.search(before) and not _NEG_ZH.search(before)
            ):
                yield left, m.end()


# Round eighteen (labels and belittling, behind the key scan shared with _r18_absolute): the
# attitude named and left hanging (你这个态度，…; not 你这个态度很好); a nickname others call the
# person (背后都叫他“…”; not a praise nickname or a name: 大家叫她“开心果”, 叫我“小周”就行), also
# belittling; character or breeding dismissed (你们这些…素质就这样); the one person who is most of a
# fault (就你最磨蹭; not 就你最细心); a group's fault pinned on the person (年轻人都…，你也一样);
# tenure or a degree as the yardstick of a fault (干了八年还是这个水平, 教了十几年书，怎么连…都…？,
# 还是大学生呢; not 干了八年，还是这么拼), also belittling; a mistake not even a junior would make
# (实习生都不会犯). Belittling: family matters dismissed (家里那点破事, 家里的事就那么多吗？; not 家里
# 有事先请假), a faith as the reason (她信那个教，…; not 尊重他的信仰), the body of the person weighed
# against the roster (你那个腰三天两头…; not 你腰还疼吗), women's minds said to be on the children.
_R18_ATTITUDE = re.compile(
    "(?:你|您|他|她)(?:这|那)(?:个|种|副)?(?:态度|工作态度|德性|德行|做派)(?=[，,]|(?:还想|还要|也想|怎么|能干|就别))"
)
_R18_CALLED = re.compile(
    '(?:叫|喊|称|称呼|管)(?:你|您|他|她)(?!们)(?:叫|为|作)?[“"「](?P<w>[^”"」，。！？,!?]{2,6})[”"」]'
)
_R18_NAME_NICK = re.compile(
    f"^(?:[小老阿][\u4e00-\u9fff]|[{_SURNAMES}](?:{_TITLES}|工|总|姐|哥))$|姐|哥|姨|叔|老师|妈|爸|宝|天使"
)
_R18_BREEDING = re.compile(
    "(?:素质|德行|德性|人品|教养)(?:也|都)?(?:就这样|就这水平|就这|太低|太差|真差|不行|堪忧|也就这样)"
)
_R18_GROUP_LEAD = re.compile(
    "(?:你们|他们|她们)(?:这些|这帮|这群|这种|那些|那帮|那群|几个)?[\u4e00-\u9fff]{0,4}$"
)
_R18_MOST = re.compile("最(?<=[你您他她]最)(?:能|爱|会)?")
_R18_MOST_LEAD = re.compile("(?:就|只有|就属|就数)[你您他她]$")
_R18_ALIKE = re.compile(
    "(?:年轻人|小年轻|九零后|九〇后|零零后|[0-9]{2}后|小姑娘|女人|女同志|男人|外地人|新人|老员工|老同志|"
    "实习生|临时工)(?:都|全都|个个|一个个)(?P<mid>[^，。！？,!?]{1,12})[，,](?:你|他|她)(?!们)"
    "(?:也一样|也是一样|也是这样|也不例外|也这样|也差不多|就是典型)"
)
_R18_TENURE = re.compile(
    "(?:干|做|教|学|待|来|上|当|跑|开)了(?:[一二两三四五六七八九十几0-9]+|十几|二十几|好几|这么多)(?:多)?(?:年|个月)"
    "(?:的)?(?:书|班|护士|销售|老师|会计|[\u4e00-\u9fff]{0,2}?)(?:了)?[，,]?(?:你|他|她)?"
    "(?:还是这个水平|还是这水平|还是这样|还这水平|怎么(?:还)?连|连个|还(?:不会|不懂|搞不定|做不好|分不清|学不会))"
)
_R18_DEGREE = re.compile(
    "(?:还是|还是个|亏你还是|亏他还是|亏她还是|还当)(?:大学生|研究生|硕士|博士|名校毕业|科班出身|老员工|老师傅|老同志|党员|组长)"
    "(?:呢|的人|出身)"
)
_R18_JUNIOR = re.compile(
    "(?:实习生|新人|新来的|学徒|小学生|幼儿园|小孩|孩子)(?:都|也)(?:不会|不至于|不可能)(?:犯|出|错|搞错|弄错|写错|算错)"
)
_R18_JUNIOR_NOUNS = frozenset(("实习生", "新人", "新来", "学徒", "学生", "幼儿园", "小孩", "孩子"))
_R18_DEGREE_KEYS = frozenset(
    (
        "研究生",
        "大学生",
        "硕士",
        "博士",
        "科班",
        "名校",
        "党员",
        "老员工",
        "老师傅",
        "老同志",
        "组长",
    )
)
_R18_BODY_KEYS = frozenset(("腰", "腿", "膝盖", "身子", "身板", "胃", "颈椎", "毛病"))
_R18_GROUP_KEYS = frozenset(
    (
        "年轻",
        "九零",
        "零零",
        "0后",
        "5后",
        "姑娘",
        "女人",
        "女同志",
        "男人",
        "外地人",
        "临时工",
        "新人",
        "老员工",
        "老同志",
        "实习生",
    )
)
_R18_HOME = re.compile(
    "家里(?:那点|那些|的)?(?:破事|烂事|屁事|鸡毛蒜皮)|家里(?:的)?事(?:儿)?(?:就|怎么)?(?:那么|这么)多"
)
# "only fit for" about a person (也就配站柜台; not 只配合了一个部门, a computer fit for typing);
# cleaning up after the person, said crudely (给你擦屁股).
_R18_FIT_FOR = re.compile(
    "配(?<=只配)(?![合置送备件套方音色额比料菜图对偶])(?=[\u4e00-\u9fff])|"
    "配(?<=也就配)(?![合置送备件套方音色额比料菜图对偶])(?=[\u4e00-\u9fff])"
)
_R18_THING_OWNED = re.compile("[这那](?:台|部|辆|件|套|张|把|块|批|款)|电脑|手机|设备|机器|车")
_R18_WIPE = re.compile("(?:给|替|帮|跟在)(?:你|您|他|她)(?:们)?(?:后面|屁股后面)?擦屁股")
# A way of thinking judged loose (思维比较散; not 这份方案思路有点乱: a person comes first).
_R18_LOOSE = re.compile("[散乱跳浅窄]")
_R18_THINKING = re.compile(
    "(?:思维|思路|脑子|脑袋)(?:比较|太|有点|有些|很|特别|也太|过于)(?:散|乱|跳|浅|窄)(?![\u4e00-\u9fff])"
)
_R18_FAITH = re.compile("信(?:那个|这个|什么|那什么|那种)(?:教|佛|主|神|宗教)")
_R18_FAITH_OK = re.compile("尊重|自由|不关|没关系|无关|理解|照顾|安排")
_R18_BODY = re.compile(
    "(?:你|他|她)(?:这个?|那个?|这副|那副)(?:腰|腿|膝盖|身子骨?|身板|胃|颈椎|老毛病)"
)
_R18_BODY_BAD = re.compile(
    "三天两头|动不动|隔三差五|老是|总是|又|不行就|耽误|拖累|指望不上|不是疗养院"
)
_R18_BODY_OK = re.compile("保重|休息|注意身体|好点|好些|怎么样|还疼|好了吗|看医生|体检|照顾")
_R18_WOMEN = re.compile(
    "(?:女同事|女同志|女员工|女的|女人|当妈的|宝妈|妈妈们|女孩子)[^。！？!?\n]{0,8}?心思(?:都|全|早)?(?:在|放在|扑在|挂在)"
    "(?:孩子|家里|家庭|老公|娃)"
)
# (no key opens on a character frequent in any Chinese text — 一 不 有 还 也 这 那 你 他 她 就 只 老: each
# such key cost the scan most of its time, measured; those frames run literal-led patterns instead)
_R18_KEY_WORDS = """擦屁股 思维 思路 脑子 脑袋 催了 叫了 喊了 提醒了 今天 三天打鱼 朝令夕改 总算 终于 难得 容易 态度
德性 德行 做派 素质 人品 教养 年轻 九零 零零 0后 5后 姑娘 女人 女同志 男人 外地人 临时工 水平 连个 研究生 大学生 硕士 博士
科班 名校 党员 老员工 老师傅 老同志 组长 实习生 新人 新来 学徒 学生 幼儿园 小孩 孩子 腰 腿 膝盖 身子 身板 胃 颈椎 心思"""
_R18_GATE = re.compile(_alt(" ".join(dict.fromkeys(_R18_KEY_WORDS.split()))))


@lru_cache(maxsize=64)
def _r18_keys(text: str) -> frozenset[str]:
    return frozenset(_R18_GATE.findall(text))


def _r18_both(text: str) -> Iterator[Span]:
    """The frames that are both a label and belittling."""
    k = _r18_keys(text)
    if "“" in text or '"' in text or "「" in text:
        for m in _R18_CALLED.finditer(text):
            w = m.group("w")
            if (_PRAISE_NICK.search(w) and not _NEG_ZH.search(w)) or _R18_NAME_NICK.search(w):
                continue  # (拖延大王 is no praise)
            if _POS_ZH.search(w) and not _NEG_ZH.search(w):
                continue
            yield m.span()
    if ("水平" in k or "连个" in k or "怎么" in text) and ("年" in text or "个月" in text):
        for m in _R18_TENURE.finditer(text):
            yield m.span()
    if k & _R18_DEGREE_KEYS and ("还是" in text or "还当" in text):
        for m in _R18_DEGREE.finditer(text):
            left = _sentence_start(text, m.start())
            if (
                text[m.start()] == "亏"
                or _NEG_ZH.search(text, left, m.start())
                or _R18_FAULT.search(text, left, m.start())
            ):
                yield left, m.end()
    if k & _R18_JUNIOR_NOUNS and ("不会" in text or "不至于" in text or "不可能" in text):
        for m in _R18_JUNIOR.finditer(text):
            left = _sentence_start(text, m.start())
            if "错" in text[left : m.start()] or _ADDRESSED.search(text, left, m.start()):
                yield left, m.end()


def _r18_judges(text: str) -> Iterator[Span]:
    k = _r18_keys(text)
    yield from _r18_both(text)
    if "态度" in k or "德性" in k or "德行" in k or "做派" in k:
        for m in _R18_ATTITUDE.finditer(text):
            end = _sentence_end(text, m.end())
            if _PRAISE_MAIN.search(text, m.end(), end) or (
                _POS_ZH.search(text, m.end(), end) and not _NEG_ZH.search(text, m.end(), end)
            ):
                continue
            yield m.span()
    if "素质" in k or "人品" in k or "德行" in k or "德性" in k or "教养" in k:
        for m in _R18_BREEDING.finditer(text):
            person = _person_before(text, m.start())
            if person < 0:
                cstart = _clause_start(text, m.start())
                lead = _R18_GROUP_LEAD.search(text, cstart, m.start())
                person = lead.start() if lead else -1
            if person >= 0:
                yield person, m.end()
    if ("思维" in k or "思路" in k or "脑子" in k or "脑袋" in k) and _R18_LOOSE.search(text):
        for m in _R18_THINKING.finditer(text):
            person = _person_before(text, m.start())
            if person == m.start() and text.startswith("思路", m.start()):
                continue  # 他写的这篇稿子，思路有点乱 (the draft's)
            if person < 0 and text[m.start() : m.start() + 2] != "思路":
                person = _r17_person(text, m.start(), note_ok=False)  # (思路 may be a document's)
            if person >= 0:
                yield person, m.end()
    if "最" in text:
        for m in _R18_MOST.finditer(text):
            lead = _R18_MOST_LEAD.search(text, max(0, m.start() - 3), m.start())
            t = _TRAIT.match(text, m.end()) if lead else None
            if lead and t:
                yield lead.start(), t.end()
    if k & _R18_GROUP_KEYS:
        for m in _R18_ALIKE.finditer(text):
            mid = m.group("mid")
            if (_NEG_ZH.search(mid) or _TRAIT.search(mid)) and not _INSTRUCTION.match(mid):
                yield m.span()  # (not 新人都要参加培训，你也一样)


def _r18_demeaning(text: str) -> Iterator[Span]:
    k = _r18_keys(text)
    yield from _r18_both(text)
    if "家里" in text:
        for m in _R18_HOME.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if (
                text[end : end + 1] in "？?" or _ADDRESSED.search(text, left, end)
            ) and not _SUPPORT.search(text, m.end(), end):
                yield m.span()
    if "信" in text:
        for m in _R18_FAITH.finditer(text):
            if not _R18_FAITH_OK.search(
                text, _sentence_start(text, m.start()), _sentence_end(text, m.end())
            ):
                person = _person_before(text, m.start())
                if person >= 0:
                    yield person, m.end()
    if k & _R18_BODY_KEYS:
        for m in _R18_BODY.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if _R18_BODY_BAD.search(text, m.end(), end) and not _R18_BODY_OK.search(
                text, left, end
            ):
                yield m.span()
    if "心思" in k:
        yield from (m.span() for m in _R18_WOMEN.finditer(text))
    if "配" in text:
        for m in _R18_FIT_FOR.finditer(text):
            if _R18_THING_OWNED.search(text, _clause_start(text, m.start()), m.start()):
                continue  # 他那台旧电脑也就配打打字
            person = _person_before(text, m.start())
            if person < 0 and _ADDRESSED.search(text, _sentence_start(text, m.start()), m.start()):
                person = _clause_start(text, m.start())
            if person >= 0:
                yield person, m.end()
    if "擦屁股" in k:
        yield from (m.span() for m in _R18_WIPE.finditer(text))
    if ("总算" in k or "终于" in k or "难得" in k or "容易" in k) and "有" in text:
        yield from _r18_one_good_day(text)


# Round eighteen (Chinese, on heldout17; frames with an open slot, each behind the one key scan
# _r18_keys shares with the label and belittling frames). `absolute`: a free-choice "any" with 都
# before a fault (凡事只图省事, 干什么都马马虎虎, 跟谁都合不来, 什么活到他手上都得返工; not 什么活都
# 抢着干, 这台机器什么料都能切); a recurrence counted after a fault (…又填错了，这是第几遍了？, …，
# 这都不是头一回了; not 这已经不是第一次获奖了); 又是你 + a fault (又是你那组漏检; not 又是你值
# 班); a bare 老 before a slip (单子老填错; not 老家, 老记录); one plan today and another tomorrow
# (今天一个说法，明天一个说法); no word of criticism borne (半句都批评不得, 说一句回三句); sarcasm at a single good day (总算有一天没迟到);
# a habit mark before a degree and a one-character fault (一向比较拖; not 一向比较稳).
_R18_FAULT = re.compile(
    "只求过得去|只图省事|差不多就行|得过且过|凑合|将就|敷衍|应付|处不来|处不好|处不到一块|合不来|搞不好关系|慢一拍|慢半拍|"
    "比别人慢|办砸|搞砸|弄砸|办不成|办不好|干不好|做不好|返工|推掉|推脱|有理由|找理由|找借口|算得清清楚楚|"
    "斤斤计较|计较|跟人算|垫底|倒数|掉眼泪|哭鼻子|甩脸|撂挑子|闹情绪|翻脸|急眼|摔|顶嘴|气走|气跑|气哭|"
    "得罪|出岔子|掉链子|手忙脚乱|丢三落四|出错|出问题|记错|填错|写错|算错|拿错|送错|搞错|弄错|漏|"
    "爱搭不理|爱答不理|爱理不理|往后推|往外推|往下推|往别人身上推"
)
_R18_ANY_MATTER = re.compile("凡事(?:都|也|总是?)?(?P<rest>[^，。！？；,.!?;\n]{1,14})")
_R18_ONE_DAY_LEAD = re.compile("(?:这周|本周|今天|这个月|本月|这礼拜|这星期|最近|这几天|上周)?$")
# (three patterns, each led by its literal: a leading group of verbs or prepositions cost more)
_R18_ANY_WHAT = re.compile(
    "(?:什么|啥)(?:事情?|活儿?|东西|工作|任务|时候)?"
    "(?:(?:交|到|落|分)(?:到|在)?(?:你|您|他|她)(?:手里|手上|那儿|那里)?)?"
    "(?:都|也|总|总是|一律)(?P<rest>[^，。！？；,.!?;\n]{1,14})"
)
_R18_ANY_WHO = re.compile(
    "谁(?<=[跟和对同]谁)(?:都|也|总|总是|一律)(?P<rest>[^，。！？；,.!?;\n]{1,14})"
)
_R18_ANY_ALL = re.compile(
    "凡是[^，。！？；,!?;]{1,10}?(?:[，,](?:你|您|他|她))?"
    "(?:都|也|总|总是|一律)(?P<rest>[^，。！？；,.!?;\n]{1,14})"
)
_R18_ANY_LEAD = frozenset("干做学办弄搞管跟和对同")
_R18_COUNT = re.compile(
    "第几(?:回|次|遍)了(?<=(?:这|都|经|是)第几.了)|不是(?:第一|头一)(?:回|次|遍)了"
)
_R18_AGAIN = re.compile("又是(?:你|您|他|她)(?!们)(?P<rest>[^，。！？；,.!?;\n]{1,16})")
_R18_OLD = re.compile(
    "老(?<![小古养元姥]老)(?:记错|忘|迟到|出错|犯错|拖(?!拉机)|走神|偷懒|玩手机|刷手机|请假|漏|搞错|弄错|写错|"
    "填错|算错|看错|拿错|送错|带到|带进|找借口|顶嘴|抱怨|发脾气|掉链子|早退|打瞌睡|犯困|开小差|磨蹭|"
    "不在岗|找不到人|不接电话|不回)"
)
_R18_FLIP = re.compile(
    "今天(?:一个|一套|一种)(?P<n>主意|想法|说法|标准|口径|主张|要求|借口|理由|说辞|花样|规矩)[，,]"
    "明天(?:又)?(?:换|是)?(?:一个|一套|一种|个|套)(?P=n)|"
    "今天(?:说|要|这样|往)东[，,]?明天(?:又)?(?:说|要|往)?西|今天这样[，,]?明天(?:又)?那样|"
    "三天打鱼[，,]?两天晒网|朝令夕改"
)
_R18_TOUCHY = re.compile(
    "不得(?<=(?:一句|半句|一点)(?:都|也)[说讲碰骂管]不得)|不得(?<=(?:一句|半句|一点)(?:都|也)批评不得)"
)
_R18_TALKS_BACK = re.compile("一句(?:就|能|要|敢)?(?:顶|回|呛|怼)(?:[两三四五几十]|好几)句")
_R18_ONE_GOOD_DAY = re.compile(
    "(?:总算|终于|难得|好不容易)有(?:一|那么一)(?:天|次|回)(?:没(?:有)?|不)(?P<rest>[^，。！？；,.!?;\n]{1,12})"
)
# Done only after being chased N times, as a rule (基本都是催了三四回才交; not 检了三遍才入库).
_R18_CHASED = re.compile(
    "都(?:是|得|要)?(?:我)?(?:催|叫|喊|提醒)了?(?:[一两二三四五六七八九十几]+|好几)(?:遍|次|回)(?:以后|之后)?才"
)
# (led by the fault, the rarest part; the habit and the degree are checked before it)
_R18_DEGREE_FAULT = re.compile("[拖慢乱懒散急冲](?=了|[，。！？；,.!?;]|$)")
_R18_DEGREE_HABIT = re.compile(
    "(?:一向|向来|一贯|一直|总是|始终)(?:都|也)?(?:是)?(?:比较|很|太|有点|有些|偏|特别|相当)$"
)
# A habit of the person's place or things, then "你这人就是…" in the same sentence (工位上永远乱七八
# 糟，你这人就是…; not 这台机器总是卡，你去看看).
_R18_THIS_PERSON = re.compile("这(?:个?人|家伙|小子)(?:就是|真是|实在|太|可真)")


def _r18_fault(rest: str) -> bool:
    if _R18_FAULT.search(rest):
        return True
    return _weak_mark_fault(rest) and not (_POS_ZH.search(rest) and not _NEG_ZH.search(rest))


def _r18_about_person(text: str, s: int) -> int:
    """The person a sweep at ``s`` is about (its clause or sentence, or the sentence before opening
    on a person, or a note that opens on it), else -1."""
    person = _r17_person(text, s)
    if person < 0:
        person = _person_doing(text, s)  # 小邓接电话老走神
    if person >= 0:
        return person
    cstart = _clause_start(text, s)
    if _PERSON_HEAD.search(text[cstart:s]):
        return cstart
    left = _sentence_start(text, s)
    if _previous_sentence_person(text, left):
        return cstart
    return -1


def _r18_one_good_day(text: str) -> Iterator[Span]:
    """总算有一天没迟到: sarcasm at a single good day (a sweep, and belittling)."""
    for m in _R18_ONE_GOOD_DAY.finditer(text):
        if _r18_fault(m.group("rest")) and (
            _r18_about_person(text, m.start()) >= 0
            or _R18_ONE_DAY_LEAD.match(text, _clause_start(text, m.start()), m.start())
        ):
            yield m.span()


def _r18_absolute(text: str) -> Iterator[Span]:
    k = _r18_keys(text)
    anys = [_R18_ANY_WHAT]
    if "谁" in text:
        anys.append(_R18_ANY_WHO)
    if "凡" in text:
        anys.append(_R18_ANY_ALL)
        anys.append(_R18_ANY_MATTER)
    for rx in anys:
        for m in rx.finditer(text):
            rest = m.group("rest")
            if not _r18_fault(rest) or _THANKS.search(text, m.end(), _sentence_end(text, m.end())):
                continue
            start = m.start()
            if start > 0 and text[start - 1] in _R18_ANY_LEAD:
                start -= 1  # 干什么都…, 跟谁都…
            person = _r18_about_person(text, start)
            if person >= 0:
                yield person, m.end()
    if "又是" in text:
        for m in _R18_AGAIN.finditer(text):
            rest = m.group("rest")
            if rest.startswith("的") or _PRAISE_R13.search(rest) or _PRAISE_MAIN.search(rest):
                continue  # 又是你的客户投诉 (the customer's), 又是你拿了第一 (praise)
            if not (_r18_fault(rest) or _NEG_ZH.search(rest)) or (
                _POS_ZH.search(rest) and not _R18_FAULT.search(rest)
            ):
                continue
            yield m.span()
    if "第几" in text or "不是第" in text or "不是头" in text:
        for m in _R18_COUNT.finditer(text):
            left = _sentence_start(text, m.start())
            before = text[left : m.start()]
            if not (_NEG_ZH.search(before) or _R18_FAULT.search(before)) or (
                _POS_ZH.search(before) and not _NEG_ZH.search(before)
            ):
                continue
            if (
                _ADDRESSED.search(before)
                or _ADDRESSED.search(text, 0, left)
                or (_PERSON_LEADS.match(text))
            ):
                yield left, m.end()
    if "老" in text:
        for m in _R18_OLD.finditer(text):
            if m.start() == 0 or text[m.start() - 1] in _CLAUSE_END_SET:
                continue  # 老 opening a clause names someone or something old (老拖拉机, 老王)
            end = _sentence_end(text, m.end())
            if _THANKS.search(text, m.end(), end):
                continue
            person = _r18_about_person(text, m.start())
            if person < 0 and m.start() > 0 and text[m.start() - 1] == "别":
                person = _clause_start(text, m.start())  # 你…能不能别老…？
                if not _ADDRESSED.search(text, _sentence_start(text, m.start()), end):
                    person = -1
            if person >= 0:
                yield person, m.end()
    if ("今天" in k and "明天" in text) or "三天打鱼" in k or "朝令夕改" in k:
        for m in _R18_FLIP.finditer(text):
            person = _r18_about_person(text, m.start())
            if person >= 0:
                yield person, m.end()
    touchy = []
    if "不得" in text:
        touchy.append(_R18_TOUCHY)
    if "一句" in text:
        touchy.append(_R18_TALKS_BACK)
    for m in chain.from_iterable(rx.finditer(text) for rx in touchy):
        if True:
            person = _r18_about_person(text, m.start())
            if person >= 0:
                yield person, m.end()
    if ("总算" in k or "终于" in k or "难得" in k or "容易" in k) and "有" in text:
        yield from _r18_one_good_day(text)
    for m in _R18_THIS_PERSON.finditer(text):
        if m.start() < 3 or text[m.start() - 1] not in "你他她" or text[m.start() - 2] not in "，,":
            continue
        left = _sentence_start(text, m.start())
        for mark in _MARK.finditer(text, left, m.start() - 2):
            rest = text[mark.end() : _clause_end(text, mark.end(), 15)]
            if (_r18_fault(rest) or _NEG_ZH.search(rest)) and not _POS_ZH.search(rest):
                yield mark.start(), mark.end()
                break
    if "催了" in k or "叫了" in k or "喊了" in k or "提醒了" in k:
        for m in _R18_CHASED.finditer(text):
            person = _r18_about_person(text, m.start())
            if person < 0 and _ADDRESSED.search(text):
                person = _clause_start(text, m.start())
            if person >= 0:
                yield person, m.end()
    for m in _R18_DEGREE_FAULT.finditer(text):
        habit = _R18_DEGREE_HABIT.search(text, max(0, m.start() - 8), m.start())
        if not habit:
            continue
        s = habit.start()
        person = _person_before(text, s)
        if person < 0:
            person = _person_doing(text, s)
        if person < 0:
            cstart = _clause_start(text, s)
            poss = _PERSON_HEAD.search(text[cstart:s]) or _PERSON_LEADS.search(text, cstart, s)
            person = cstart if poss else -1
        if person >= 0:
            yield person, m.end()


# Round nineteen (Chinese, on written19; frames with an open slot, each behind the one key scan
# _r19_keys). `absolute`: "told you N times" (说了多少遍了, 讲过无数次; not told to a customer, nor
# thanks said many times); 照例 / 照旧 / 照样 before a fault (周报照例又是最后一个交的; not 例会照例
# 在周一开, 照旧执行); "every time the season comes round" (每到月底你就请假, 每逢旺季他准保请假; not
# 每到月底你都要交报表, 每逢节日商场都很热闹). `judges_person`: the character named and rated with an
# open adjective (性子太独, 为人太傲, 心气太高, 整个人太佛系, 耳根子软; not 性格很开朗, 整个人太累了,
# a car's character); a quality-noun (…精神 / …意识, 主动性, 进取心) lacked or rated low (缺乏钻研精神,
# 进取心不足; not 系统稳定性不足, 缺乏资金). `demeaning`: a lesser one does it better (连刚来的临时工都
# 会填，你…, 我上小学的侄子都比你写得好; not 简单到孩子都会用, 比你想象的懂事); the accent mocked
# (口音太重, 普通话听着费劲; not 普通话很标准); "how did you ever graduate" (你是怎么考上编制的？; not
# asked for the secret); ill health as a reason to keep out (身体不好就别来销售部; not 身体不好就先回家
# 休息); an origin as the reason (外地来的就是…, 二本出来的确实跟不上; not 从总部过来的同事很专业).
_R19_TOLD = re.compile(
    "(?:(?:跟|给|对|和|同)(?P<obj>[\u4e00-\u9fff]{1,3}?))?"
    "(?:说|讲|提醒|强调|交代|叮嘱|嘱咐|告诉)(?:过)?(?:你|您|他|她)?了?(?:都)?"
    "(?:多少|无数|八百|一百|几百|好几百|几十|N)(?:遍|次|回)"
)
_R19_TOLD_OBJ = frozenset(("你", "您", "他", "她", "你们", "他们", "她们"))
_R19_AS_USUAL = re.compile(
    "(?:照例|照旧|照样)(?:又|还|还是|都)?(?:是)?(?P<rest>[^，。！？；,.!?;\n]{1,14})"
)
# (a note with no person: only a fault that is a person's, 最后一个交; not 空调照旧漏水)
_R19_HABIT_FAULT = re.compile(
    "最后一个|最后一名|垫底|倒数|迟到|迟交|晚交|没交|忘|拖过|拖到|拖了|拖延|缺席|请假|早退"
)
_R19_SEASON = re.compile(
    "每(?:逢|到)(?P<when>[^，。！？；,.!?;\n]{1,10}?)(?:的时候|时)?[，,]?"
    "(?P<subj>(?:你|您|他|她)(?:们)?(?:的[\u4e00-\u9fff]{1,4})?)?"
    "(?:就|都|准保|准|肯定|总|总是|必定|铁定)(?P<rest>[^，。！？；,.!?;\n]{1,14})"
)
_R19_CHARACTER = re.compile(
    "(?:性子|性格|个性|为人|心气|整个人)(?:也|就|又|倒|还|实在|真)?(?:是)?"
    "(?:太|有点儿?|有些|比较|过于|特别|偏|挺|忒|真是?太)(?P<adj>[\u4e00-\u9fff]{1,2})|"
    "(?:耳根子|脸皮|心眼儿?|气量|心胸)(?:也|就|又|倒|还)?(?:太|有点儿?|有些|比较|过于|特别|偏|挺|很)?"
    "(?P<adj2>软|薄|厚|小|窄|浅)(?![\u4e00-\u9fff]{0,1}(?:了点|些))?"
)
_R19_CHAR_OK = re.compile(
    "(?:好|善|实|正|直爽|爽快|开朗|随和|温和|阳光|活泼|豁达|稳|细|热情|谦虚|低调|坚强|认真|靠谱|大方|"
    "不错|不赖|有|累|忙|困|辛苦|瘦|憔悴|疲惫|难受|舒服|开心|高兴|像|适合|合适|招人喜欢|讨人喜欢|可爱|"
    "善良|真诚|厚道|实在|能干|聪明|灵活|机灵|细心|耐心|踏实|勤快|优秀|棒|强)"
)
_R19_NOT_PERSON = re.compile(
    "品牌|产品|设计|风格|车|手机|电脑|软件|系统|机器|设备|房子|装修|城市|家具|店"
)
_R19_LACK = re.compile(
    "(?:缺乏|缺少|欠缺|缺|没有|没什么|毫无)(?:那股|那种|点|一点儿?|什么|半点)?"
    "(?P<q>[\u4e00-\u9fff]{1,4}?(?:精神|意识(?!到)|闯劲|冲劲|干劲|拼劲|韧劲|钻劲|进取心|上进心|事业心|主动性|积极性|自觉性))"
)
# (led by the quality word, the rare part; up to four characters before it are read as its own)
_R19_LOW = re.compile(
    "(?:精神|意识|进取心|上进心|事业心|责任心|主动性|积极性|自觉性|纪律性|原则性|条理性|计划性)"
    "(?:明显|严重|较为|比较|较|还|也|有所|相对)?(?:不足|欠缺|不够|不强|淡薄|较差|差|缺失|薄弱)"
)
_R19_FORMAL = re.compile("该同志|该员工|该职工|该教师|该生|该医生|该护士|考评|评语|评价|考核意见")
_R19_LESSER = (
    "(?:孩子|小孩|闺女|女儿|儿子|侄子|侄女|外甥|小学生|初中生|幼儿园|奶奶|姥姥|外婆|爷爷|老母亲|老娘|老妈|我妈|"
    "大爷|大妈|阿姨|临时工|暑假工|实习生|学徒|保洁|洗碗的|模板)"
)
_R19_LESSER_BETTER = re.compile(
    _R19_LESSER + "[^，。！？；,.!?;\n]{0,8}?都[^，。！？；,.!?;\n]{0,8}?"
    "(?:比(?:你|您|他|她|这)(?![们想]|个想)|甩(?:你|您|他|她)|强过(?:你|他|她)|胜过(?:你|他|她))"
)
_R19_EVEN_LESSER = re.compile(
    "连[^，。！？；,.!?;\n]{0,12}?" + _R19_LESSER + "[^，。！？；,.!?;\n]{0,3}?都"
    "(?:会|知道|懂|能|明白|记得|分得清|做得|不会错|不会弄错)"
)
_R19_ACCENT_BAD = re.compile(
    "想笑|费劲|才怪|丢人|丢脸|少在|少开口|别开口|少说话|土得|太土|难听|笑话|听不懂|听不清|听不明白|"
    "(?:那么|这么|很|太|挺|特别)重|重的|讲不好|说不好|不标准|不利索"
)
_R19_THIRD = re.compile("客户|顾客|群众|家长|病人|患者|对方|来电|老人|乘客|游客|学生|外宾|居民")
_R19_ACCENT_OK = re.compile("标准|流利|进步|亲切|地道|优势|会说|会讲|能说|能讲|学习|培训|练习")
_R19_HOW_GOT_IN = re.compile(
    "(?:怎么|咋)(?P<v>毕业|考上|考进|考过|考到|考出|通过面试|面试过|招进|混进|混上|当上|评上|拿到)"
    "[^，。！？；,.!?;\n]{0,8}?(?:的)?(?:[？?]|吧)|是(?:体育老师|体育课老师|数学老师)教的"
)
_R19_GENUINE = re.compile("分享|经验|请教|厉害|佩服|羡慕|学习一下|秘诀|方法|取经|传授")
_R19_ILL = re.compile(
    "(?:身体|身子骨?|眼睛|耳朵|心脏|腰|腿|抑郁症|焦虑症|病)[^，。！？；,.!?;\n]{0,3}?"
    "(?:不好|有病|不行|这么弱|那么弱|太弱|弱|有问题|差|不灵|的人)|"
    "有(?:抑郁症|焦虑症|心脏病|病)|这身子骨|这副身子|这身体"
)
_R19_KEEP_OUT = re.compile(
    "别来|别干|别带|别上|别做|别当|别逞能|转岗|换个|换岗|不是养老院|不是疗养院|回家歇|回家待|歇着吧|清闲|耽误|"
    "配副眼镜|吃不消|干不了|不适合|省得|拖后腿"
)
_R19_CARE = re.compile(
    "休息|保重|养好|养着|看医生|注意身体|别硬撑|照顾|我来|帮你|替你|请假|就医|体检|早日康复|多喝水|工资照发|带薪"
)
# (led by the literal; the origin is read in the ten characters before it)
_R19_CAME = re.compile("(?:出|过)?来的|出身的")
_R19_CAME_AFTER = re.compile(
    "(?:人|孩子|小伙子?|姑娘|员工|同事|学生|小年轻)?(?P<h>)(?:嘛|啊|呢)?[，,]?(?P<rest>[^。！？!?\n]{1,20})"
)
_R19_CAME_NOT = frozenset("回下上进起醒送带拿买借找请叫喊新刚原后本调派")
_R19_PLACE = re.compile(
    "外地|农村|乡下|山里|山沟|小地方|小城|县城|省|市|县|村|镇|[东南西北]方|那边|那个地方|二本|三本|专科|大专|"
    "技校|中专|院校|野鸡|单亲|家庭|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|"
    "山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙|西藏|宁夏|新疆|东北|西北|西南|苏北"
)
_R19_FROM_BAD = re.compile(
    "就是不一样|怪不得|难怪|本来就|多少有点|一身|夸张|坏习惯|毛病|跟不上|听不懂|差|不行|有问题|没见过|素质|土|"
    "冲|傲|懒|闷|没规矩|不讲究|不懂规矩|不太"
)
# (second part) the impression a person gives, with an open adjective (给人感觉很傲, 给人一种很浮夸的
# 感觉; not 给人感觉很踏实, a shop that feels warm); "put nicely it's X, put plainly it's Y" (说得好听点
# 是稳重，说难听点就是没冲劲; not about a plan); a life stage as the reason to hold work back (刚结婚的人
# 心都在家里, 孩子才一岁，精力顾不过来; not 孩子小，给她排了弹性班); a fault excused as normal for a sex
# or an age (一个小姑娘，压不住也正常, 五十多岁了，反应慢是正常的; not 新人出错很正常); a remark on the
# body (长得五大三粗, 瘦得跟猴似的, 身上那么多肉; not 庄稼长得好).
_R19_IMPRESSION = re.compile(
    "给(?:人|我|客户|大家|同事)(?:的)?(?:(?:一种|一个)?(?:感觉|印象)(?:是|就是|总是|一直是)?"
    "(?:很|太|有点儿?|有些|比较|特别|挺|过于)?(?P<adj>[\u4e00-\u9fff]{1,4}?)(?:的感觉|的印象|[，。！？；,.!?;\n]|$)|"
    "(?:一种|一个)(?:很|太|有点儿?|有些|比较|特别|挺|过于)?(?P<adj2>[\u4e00-\u9fff]{1,4}?)的(?:感觉|印象))"
)
_R19_IMPRESSION_OK = re.compile(
    "(?:安静|年轻|成熟|干练|亲切|舒服|温暖|温馨|可靠|专业|稳重|踏实|靠谱|热情|阳光|开朗|认真|细心|耐心|大方|"
    "真诚|实在|厚道|聪明|能干|干净|利落|清爽|随和|和善|友善|谦虚|好|不错|很好|放心|信任|可信|有活力|精神|"
    "靠得住|值得信赖)"
)
_R19_PLAIN = re.compile(
    "说(?:得)?好听(?:点|一点|些)?(?:[，,])?(?:是|叫|算)(?P<nice>[^，。！？；,.!?;\n]{1,8})[，,]"
    "说(?:得)?难听(?:点|一点|些)?(?:[，,])?(?:就是|就叫|叫|是|就)(?P<plain>[^，。！？；,.!?;\n]{1,12})"
)
_R19_PLAN = re.compile("方案|计划|设计|报告|文章|稿子|这份|这个方案|政策|制度|风格|装修|价格|报价")
_R19_LIFE = re.compile(
    "(?:刚结婚|新婚|刚生完|生了孩子|当了妈|当妈的|当了爹|怀孕|怀着孕|孩子(?:才|还)?(?:[一两三四五六七八九十]|那么小|这么小|小)|"
    "(?:两|三|俩)个孩子|孩子要接送|家里孩子)[^。！？!?\n]{0,16}?"
    "(?P<why>别指望|指望不上|顾不过来|顾不上|心都在|心思都在|先不给|不给你|缓缓|再缓|精力(?:恐怕|肯定|哪)?(?:不够|顾不)|"
    "就别(?:排|安排|派|让)|不考虑)"
)
_R19_NORMAL = re.compile(
    "(?P<who>小姑娘|女孩子|女同志|女人|女的|年轻人|小年轻|老同志|老人家|年纪大|岁数大|上了年纪|"
    "[0-9一二三四五六七八九十]+(?:多)?岁的人)[^。！？!?\n]{1,20}?"
    "(?:也正常|很正常|是正常的|正常嘛|也难怪|难免的?)"
)
_R19_WEAK = re.compile("慢|差|弱|笨|跟不上|压不住|吃不了|学不会|记不住|不行")
_R19_NORMAL_OK = re.compile(
    "慢慢来|别有压力|没关系|我(?:年轻|刚来|当年)|谁都|别担心|不要紧|帮你|一起"
)
_R19_BODY = re.compile(
    "长得(?:也|又|倒|就|挺|太|这么|那么)?(?:五大三粗|胖|矮|丑|黑|难看|不讨喜|寒碜|着急|凶|老相|一般|磕碜|歪)|"
    "长得(?:漂亮|好看|帅)(?:就是好|占便宜|有用)|靠脸|"
    "[瘦胖](?:得|成)(?:跟|像)[\u4e00-\u9fff]{1,4}(?:似的|一样)|身上(?:那么|这么)多(?:肉|膘)|"
    "(?:你|他|她)?(?:这个|这|那个|那)(?:身高|个头|个子|身材|体型|体重)"
)
# (third part) a body part or a post called a prop (你眼睛是摆设吗？, 手是残的吗, 组长当得跟摆设一样,
# also a label; not 这个灭火器是摆设吗, 规矩成了摆设); an age as the measure of a slow learner (四十好几的
# 人了，…还要人手把手教？; not 五十多岁的人了，还这么拼); a task so easy it is done with eyes closed,
# and yet the person fails (闭着眼都能干，你还能错？; not 我闭着眼都能找到开关).
_R19_PROP_PART = re.compile(
    "(?:眼睛|眼珠子|手|耳朵|嘴|脑子|脑袋)(?:是|长着是|长着)(?:摆设|残的|瞎的|聋的|装饰|干什么用的|干嘛用的|出气用的)"
)
_R19_PROP_POST = re.compile(
    "(?:当|做|干)得(?:跟|像|和)(?:个)?(?:摆设|木头|空气|透明人|稻草人|傀儡|吉祥物)(?:一样|似的|差不多)"
)
_R19_AGE_SLOW = re.compile(
    "[二三四五六]十(?:好几|多|出头|来)?(?:岁)?(?:的人)?了[，,](?P<rest>[^。！？!?\n]{2,24})(?P<q>[？?]|$|。)"
)
_R19_AGE_SLOW_BAD = re.compile(
    "还(?:要|得|让|这么|那么|学不会|不会|搞不懂|弄不明白|记不住)|手把手|教(?:好几|三|几|N)?(?:遍|次)|学不会|跟不上"
)
_R19_EYES_SHUT = re.compile(
    "(?:闭着眼(?:睛)?|睡着了|用脚|拿脚)(?:都|也)(?:能|会|可以)(?:干|做|弄|填|录|写|搞)"
)
# (fourth part) a label this round reads, then "as soon as X, (the person) Y" in the same sentence:
# the habit that illustrates it is a sweep (耳根子软，客户一哭穷他就让价; 给人感觉爱出风头，什么会都要抢着
# 发言; not 一有空就去健身房, praise).
_R19_ONE_THEN = re.compile(
    "一(?![起样下些点直定般共切同边天次个份周月年会口套项条张旦向贯遍半两二三四五六七八九十百千万])"
    "[\u4e00-\u9fff]{1,8}?(?:的时候|时)?[，,]?(?:你|您|他|她)?就(?!是|算|行|好|可以|能|会|去|来|先|多)"
    "(?P<rest>[^，。！？；,.!?;\n]{1,10})|"
    "(?:什么|啥)[\u4e00-\u9fff]{0,4}?都(?:要|想|爱|得|抢)(?P<rest2>[^，。！？；,.!?;\n]{1,10})"
)
# (fifth part) a post judged too hard for a sex or an age (对女同志来说压力太大了; not 对新手来说压力大,
# 对女同志来说福利很好).
_R19_FOR_SEX = re.compile(
    "(?:对|对于)(?:女同志|女孩子|女生|女人|女的|小姑娘|姑娘家|老同志|年纪大的人?|岁数大的人?|上了年纪的人?)来说"
    "[，,]?[^。！？!?\n]{0,8}?(?:压力(?:太|也太|有点|比较)?大|太难|太累|太辛苦|不合适|吃不消|不适合|够呛|扛不住|干不了)"
)
# (sixth part) a label noun put after, as a verdict (墙头草一个，…; 老油条一个; not 苹果一个, 好人一个), or
# what the person has turned into (待久了，成了个老油条; not 成了个好帮手).
_R19_ONE_OF = re.compile("一个(?=[，。！？；,.!?;\n]|$)")
_R19_BECAME = re.compile("成了(?:个|一个)?")
# (seventh part) only good enough to fool a child (这套说辞骗骗小学生还行; not 这个魔术哄哄小孩挺好);
# the brain left at home (把脑子落家里了？; not 把钥匙落家里了); a label "handed" to the person (不求上进
# 四个字送给你最合适); punctual only at a fault (每周一准时迟到, 比闹钟还准; not 准时到岗); an age
# "a big handful" before a fault (年纪一大把了还这么不长进; not 年纪一大把了还坚持晨练).
_R19_FOOL_CHILD = re.compile(
    "(?:骗骗|哄哄|糊弄|唬唬|忽悠|蒙蒙)(?:小学生|小孩子?|三岁小孩|外行|幼儿园)(?:还行|可以|还可以|还差不多|差不多|都不行|都不够)"
)
_R19_BRAIN_HOME = re.compile(
    "(?:脑子|脑袋|脑袋瓜)(?:是不是|是)?(?:落|忘|丢|放|留)(?:在)?(?:家里|家|家里头|被窝里|床上)"
)
_R19_WORDS_FOR_YOU = re.compile(
    "(?P<w>[\u4e00-\u9fff]{2,8}?)(?:这)?(?:两|三|四|五|六)个字[，,]?(?:送给|用在|安在|放在)(?:你|他|她)(?:身上)?(?:最|正|再)?(?:合适|贴切|恰当)"
)
_R19_PUNCTUAL_FAULT = re.compile(
    "(?:准时|按时|雷打不动地?|准点)(?:迟到|早退|请假|掉链子|出错|犯错|失联|消失|拖延|缺席)|比闹钟还准"
)
_R19_BIG_AGE = re.compile(
    "(?:年纪一大把|一大把年纪|一把年纪|岁数一大把|这么大岁数|这么大年纪)(?:的人)?了?[，,]?(?P<rest>[^。！？!?\n]{1,20})"
)
_R19_KEY_WORDS = """多少遍 多少次 多少回 无数遍 无数次 无数回 八百遍 八百次 一百遍 一百次 几百遍 几百次 几十遍 几十次 照例 照旧 照样 每逢 每到 性子 性格
个性 为人 心气 整个人 耳根子 脸皮 心眼 气量 心胸 精神 意识 闯劲 冲劲 干劲 拼劲 韧劲 钻劲 进取心 上进心
事业心 责任心 主动性 积极性 自觉性 纪律性 原则性 条理性 计划性 孩子 小孩 闺女 女儿 儿子 侄子 侄女 外甥 小学生 初中生
幼儿园 奶奶 姥姥 外婆 爷爷 老母亲 老娘 老妈 我妈 大爷 大妈 阿姨 临时工 暑假工 实习生 学徒 保洁 洗碗 模板 口音 普通话
乡音 方言 土话 家乡话 毕业 考上 考进 考过 考到 考出 面试 招进 混进 混上 当上 评上 拿到 老师教 身体 身子 眼睛 耳朵
心脏 腰 腿 抑郁症 焦虑症 病 来的 感觉 印象 好听 结婚 新婚 生完 孩子 当了妈 当妈 怀孕 正常 难怪 难免 长得 得跟 得像
成跟 多肉 身高 个头 个子 身材 体型 体重 靠脸 摆设 残的 瞎的 聋的 干什么用 干嘛用 出气用 十好几 十多 的人了 闭着眼 睡着了 用脚 拿脚 来说 骗骗 哄哄 糊弄 唬唬 忽悠 蒙蒙 落家 忘家 丢家 落在家 忘在家 丢在家 个字 准时 按时 雷打不动 准点 闹钟 一大把 一把年纪 大岁数 大年纪"""
_R19_GATE = re.compile(_alt(" ".join(dict.fromkeys(_R19_KEY_WORDS.split()))))
_R19_LESSER_KEYS = frozenset(
    [
        "孩子",
        "小孩",
        "闺女",
        "女儿",
        "儿子",
        "侄子",
        "侄女",
        "外甥",
        "小学生",
        "初中生",
        "幼儿园",
        "奶奶",
        "姥姥",
        "外婆",
        "爷爷",
        "老母亲",
        "老娘",
        "老妈",
        "我妈",
        "大爷",
        "大妈",
        "阿姨",
        "临时工",
        "暑假工",
        "实习生",
        "学徒",
        "保洁",
        "洗碗",
        "模板",
    ]
)
_R19_TOLD_KEYS = frozenset(
    [
        "多少遍",
        "多少次",
        "多少回",
        "无数遍",
        "无数次",
        "无数回",
        "八百遍",
        "八百次",
        "一百遍",
        "一百次",
        "几百遍",
        "几百次",
        "几十遍",
        "几十次",
    ]
)
_R19_CHAR_KEYS = frozenset(
    [
        "性子",
        "性格",
        "个性",
        "为人",
        "心气",
        "整个人",
        "耳根子",
        "脸皮",
        "心眼",
        "气量",
        "心胸",
    ]
)
_R19_QUALITY_KEYS = frozenset(
    [
        "精神",
        "意识",
        "闯劲",
        "冲劲",
        "干劲",
        "拼劲",
        "韧劲",
        "钻劲",
        "进取心",
        "上进心",
        "事业心",
        "责任心",
        "主动性",
        "积极性",
        "自觉性",
        "纪律性",
        "原则性",
        "条理性",
        "计划性",
    ]
)
_R19_ACCENT_KEYS = frozenset(["口音", "普通话", "乡音", "方言", "土话", "家乡话"])
_R19_SCHOOL_KEYS = frozenset(
    [
        "毕业",
        "考上",
        "考进",
        "考过",
        "考到",
        "考出",
        "面试",
        "招进",
        "混进",
        "混上",
        "当上",
        "评上",
        "拿到",
        "老师教",
    ]
)
_R19_ILL_KEYS = frozenset(
    ["身体", "身子", "眼睛", "耳朵", "心脏", "腰", "腿", "抑郁症", "焦虑症", "病"]
)


@lru_cache(maxsize=64)
def _r19_keys(text: str) -> frozenset[str]:
    return frozenset(_R19_GATE.findall(text))


def _r19_note_person(text: str, s: int) -> int:
    """The person a label at ``s`` is about, or the clause of a formal review note about one."""
    person = _r17_person(text, s)
    if person >= 0:
        return person
    cstart = _clause_start(text, s)
    if _R19_FORMAL.search(text) or text[:cstart].rstrip().endswith(("：", ":")):
        return cstart
    return -1


def _r19_judges(text: str) -> Iterator[Span]:
    k = _r19_keys(text)
    if "个字" in k:
        for m in _R19_WORDS_FOR_YOU.finditer(text):
            w = m.group("w")
            if _TRAIT.search(w) or (_NEG_ZH.search(w) and not _POS_ZH.search(w)):
                yield m.span()  # (认真负责四个字送给你最合适 is praise)
    if "一个" in text:
        for m in _R19_ONE_OF.finditer(text):
            cstart = _clause_start(text, m.start())
            if 2 <= m.start() - cstart <= 4 and _TRAIT.fullmatch(text, cstart, m.start()):
                yield cstart, m.end()
    if "成了" in text:
        for m in _R19_BECAME.finditer(text):
            t = _TRAIT.match(text, m.end())
            if t and t.end() - t.start() >= 2 and _r17_person(text, m.start()) >= 0:
                end = _clause_end(text, t.end())
                if t.end() == end or text[t.end()] in _CLAUSE_END_SET:
                    yield _r17_person(text, m.start()), t.end()
    yield from _r19_judges_more(text, k)
    yield from (span for label, span in _r19_props(text, k) if label)
    if k & _R19_QUALITY_KEYS:
        for m in chain(_R19_LACK.finditer(text), _R19_LOW.finditer(text)):
            if m.re is _R19_LOW:
                start = max(_clause_start(text, m.start()), m.start() - 4)
                q = text[start : m.end()]
            else:
                start, q = m.start(), m.group("q")
            if "人" in q or "到" in q:
                continue
            if start > 0 and text[start - 1] in "不没并" and text[start] != "没":
                continue  # 并不缺乏上进心
            cstart = _clause_start(text, start)
            if _R18_THING_OWNED.search(text, cstart, start) or _R19_NOT_PERSON.search(
                text, cstart, start
            ):
                continue
            person = _r19_note_person(text, start)
            if person >= 0:
                yield person, m.end()


_R19_EXCESS = re.compile("太|过于|忒")


def _r19_fault_after(text: str, pos: int) -> bool:
    """An adjective no list knows (冷, 会来事, 内向) is a label only with a fault told after it in its
    sentence, with no contrast or praise there."""
    tail = text[pos : _sentence_end(text, pos)].lstrip("，,的了")
    return bool(
        (_NEG_ZH.search(tail) or _R18_FAULT.search(tail))
        and not _CONTRAST_OPEN.match(tail)
        and not (_POS_ZH.search(tail) and not _NEG_ZH.search(tail))
    )


def _r19_judges_more(text: str, k: frozenset[str]) -> Iterator[Span]:
    """The character, impression and plain-talk frames (shared with _r19_absolute)."""
    if k & _R19_CHAR_KEYS:
        for m in _R19_CHARACTER.finditer(text):
            adj = m.group("adj")
            if adj is not None and (
                _R19_CHAR_OK.match(text, m.start("adj"))
                or (_POS_ZH.match(adj) and not _NEG_ZH.search(adj))
            ):
                continue
            if (
                adj is not None
                and not (_TRAIT.search(adj) or _NEG_ZH.search(adj))
                and not _R19_EXCESS.search(text, m.start(), m.start("adj"))
                and not _r19_fault_after(text, m.end())
            ):
                continue  # 性格特别温柔，孩子们都喜欢她 (性格太轴, 性格偏内向，不太会表达 count)
            cstart = _clause_start(text, m.start())
            before = text[cstart : m.start()]
            if "我" in before or _R19_NOT_PERSON.search(before) or _R18_THING_OWNED.search(before):
                continue  # 我这人性子急 (oneself), 这款车性格太野 (a thing)
            if _NEG_ZH.search(text, max(0, m.start() - 2), m.start()):
                continue  # 不是性子急
            person = _r17_person(text, m.start())
            if person < 0 and m.group(0).startswith("整个人"):
                person = m.start()
            if person >= 0:
                yield person, m.end()
    if "感觉" in k or "印象" in k:
        for m in _R19_IMPRESSION.finditer(text):
            g = "adj" if m.group("adj") is not None else "adj2"
            adj = text[m.start(g) : m.end(g) + 2]
            if _R19_IMPRESSION_OK.match(adj) or _R19_CHAR_OK.match(adj):
                continue
            if (_POS_ZH.search(adj) and not _NEG_ZH.search(adj)) or _R19_NOT_PERSON.search(
                text, _clause_start(text, m.start()), m.start()
            ):
                continue  # 这家店给人感觉很温馨
            if _NEG_ZH.search(text, max(0, m.start() - 2), m.start()):
                continue
            word = text[m.start(g) : m.end(g)]
            if not (_TRAIT.search(word) or _NEG_ZH.search(word) or _r19_fault_after(text, m.end())):
                continue  # 给人感觉有点冷，新人都不敢问她 (not 很温柔，病人都喜欢她)
            person = _r17_person(text, m.start())
            if person < 0 and text[_clause_start(text, m.start()) : m.start()] in ("", "整个人"):
                person = m.start()  # (给人一种…的感觉 opening a note about the employee)
            if person >= 0:
                yield person, m.end(g)
    if "好听" in k and "难听" in text:
        for m in _R19_PLAIN.finditer(text):
            left = _sentence_start(text, m.start())
            if _R19_PLAN.search(text, left, m.start()) or _R18_THING_OWNED.search(
                text, left, m.start()
            ):
                continue  # 这个方案说好听点叫稳妥 (a plan's)
            yield m.span()


def _r19_props(text: str, k: frozenset[str]) -> Iterator[tuple[bool, Span]]:
    """(also a label?, span) for a body part or a post called a prop."""
    if k & {"摆设", "残的", "瞎的", "聋的", "干什么用", "干嘛用", "出气用"}:
        for m in _R19_PROP_PART.finditer(text):
            cstart = _clause_start(text, m.start())
            if _ADDRESSED.search(text, cstart, m.start()) or (
                cstart == m.start() and _ADDRESSED.search(text)
            ):
                yield False, m.span()
    if "当得" in text or "做得" in text or "干得" in text:
        for m in _R19_PROP_POST.finditer(text):
            person = _r17_person(text, m.start(), note_ok=False)
            if person >= 0:
                yield True, (person, m.end())


def _r19_big_age(text: str, k: frozenset[str]) -> Iterator[tuple[bool, Span]]:
    """(a label in it?, span) for an age "a big handful" before a fault (belittling only: a label
    read here would keep the sentence from the absolute model, 年纪一大把了还…，整天混日子)."""
    if k & {"一大把", "一把年纪", "大岁数", "大年纪"}:
        for m in _R19_BIG_AGE.finditer(text):
            rest = m.group("rest")
            trait = _TRAIT.search(rest) is not None
            praise = _POS_ZH.search(rest) and not _NEG_ZH.search(rest)
            if (
                (rest.startswith(("还", "也")) or "还" in rest[:4])
                and (_NEG_ZH.search(rest) or _R18_FAULT.search(rest) or trait)
                and not praise
            ):
                yield trait, m.span()


def _r19_demeaning(text: str) -> Iterator[Span]:
    k = _r19_keys(text)
    if k & {"骗骗", "哄哄", "糊弄", "唬唬", "忽悠", "蒙蒙"}:
        for m in _R19_FOOL_CHILD.finditer(text):
            if _ADDRESSED.search(text, _sentence_start(text, m.start()), m.start()):
                yield m.span()  # 你这套说辞，骗骗小学生还行
    if k & {"落家", "忘家", "丢家", "落在家", "忘在家", "丢在家"}:
        yield from (m.span() for m in _R19_BRAIN_HOME.finditer(text))
    yield from (span for _, span in _r19_big_age(text, k))
    if "来说" in k:
        yield from (m.span() for m in _R19_FOR_SEX.finditer(text))
    yield from (span for _, span in _r19_props(text, k))
    if k & {"十好几", "十多", "的人了"} or "十岁" in text:
        for m in _R19_AGE_SLOW.finditer(text):
            rest = m.group("rest").replace("好几", "")  # (教了好几遍: no praise)
            if _R19_AGE_SLOW_BAD.search(m.group("rest")) and not (
                _POS_ZH.search(rest) and not _NEG_ZH.search(rest)
            ):
                yield m.start(), m.end("rest")
    if k & {"闭着眼", "睡着了", "用脚", "拿脚"}:
        for m in _R19_EYES_SHUT.finditer(text):
            end = _sentence_end(text, m.end())
            after = text[m.end() : end]
            if re.search("你|您|他|她", after) and (
                _NEG_ZH.search(after) or text[end : end + 1] in "？?"
            ):
                yield m.span()
    if k & {"结婚", "新婚", "生完", "孩子", "当了妈", "当妈", "怀孕"}:
        for m in _R19_LIFE.finditer(text):
            if not _SUPPORT.search(text, m.start(), _sentence_end(text, m.end())):
                yield m.span()
    if k & {"正常", "难怪", "难免"}:
        for m in _R19_NORMAL.finditer(text):
            left = _sentence_start(text, m.start())
            body = text[m.end("who") : m.end()]
            if not (
                _NEG_ZH.search(body) or _R18_FAULT.search(body) or _R19_WEAK.search(body)
            ) or _R19_NORMAL_OK.search(text, left, _sentence_end(text, m.end())):
                continue
            yield m.span()
    if k & {
        "长得",
        "得跟",
        "得像",
        "成跟",
        "多肉",
        "身高",
        "个头",
        "个子",
        "身材",
        "体型",
        "体重",
        "靠脸",
    }:
        for m in _R19_BODY.finditer(text):
            cstart = _clause_start(text, m.start())
            if _R19_NOT_PERSON.search(text, cstart, m.start()) or _R18_THING_OWNED.search(
                text, cstart, m.start()
            ):
                continue
            if m.group(0)[-2:] in ("身高", "个头", "个子", "身材", "体型", "体重"):
                end = _sentence_end(text, m.end())
                if not (
                    text[m.start()] in "你他她" or _ADDRESSED.search(text, m.end(), end)
                ) or not (
                    _NEG_ZH.search(text, m.end(), end) or _R19_KEEP_OUT.search(text, m.end(), end)
                ):
                    continue  # 就你这个身高，群众都看不见你 (not 身高一米八的请站后排)
            yield m.span()
    if k & _R19_LESSER_KEYS:
        for m in _R19_LESSER_BETTER.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if _THANKS.search(text, left, end):
                continue
            if text[m.end() - 1] == "这" and not _ADDRESSED.search(text, left, end):
                continue  # 比这好看 needs the person addressed
            yield m.span()
        if "连" in text:
            for m in _R19_EVEN_LESSER.finditer(text):
                end = _sentence_end(text, m.end())
                if _THANKS.search(text, m.start(), end) or _SUPPORT.search(text, m.start(), end):
                    continue
                if _ADDRESSED.search(text, m.end(), end):
                    yield m.span()  # 连临时工都会填，你还要问我？
    if k & _R19_ACCENT_KEYS:
        for m in re.finditer("口音|普通话|乡音|方言|土话|家乡话", text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if _R19_ACCENT_OK.search(text, left, end) or not _R19_ACCENT_BAD.search(
                text, left, end
            ):
                continue
            if _R19_THIRD.search(text, _clause_start(text, m.start()), m.start()):
                continue  # 客户口音很重 (someone else's)
            if _ADDRESSED.search(text) or re.search("讲|说话|开口|接电话", text[left:end]):
                yield m.span()
                break
    if k & _R19_SCHOOL_KEYS:
        for m in _R19_HOW_GOT_IN.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            nxt = _sentence_end(text, min(len(text), end + 1))
            if _R19_GENUINE.search(text, left, nxt):
                continue
            prev = _sentence_start(text, max(0, left - 1))
            if _NEG_ZH.search(text, prev, m.start()) or _R18_FAULT.search(text, prev, m.start()):
                yield m.span()
    if k & _R19_ILL_KEYS:
        for m in _R19_ILL.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if _R19_KEEP_OUT.search(text, m.end(), end) and not _R19_CARE.search(text, left, end):
                yield m.start(), _clause_end(text, m.end())
                break
    if "来的" in k or "出来" in text or "过来" in text or "出身" in text:
        for m in _R19_CAME.finditer(text):
            s = m.start()
            if s == 0 or (text[s - 1] in _R19_CAME_NOT and text[s - 1 : s + 1] != "本出"):
                continue  # 新来的, 刚从…回来的, 送来的
            src = max(_clause_start(text, s), s - 10)
            came = _R19_CAME_AFTER.match(text, m.end())
            if src == s or not came or not _R19_PLACE.search(text, src, s):
                continue
            rest = came.group("rest")
            if _POS_ZH.search(rest) and not _NEG_ZH.search(rest):
                continue
            if _R19_FROM_BAD.search(rest) or _TRAIT.search(rest):
                yield src, came.end("h")


def _r19_absolute(text: str) -> Iterator[Span]:
    k = _r19_keys(text)
    if k & {"准时", "按时", "雷打不动", "准点", "闹钟"}:
        for m in _R19_PUNCTUAL_FAULT.finditer(text):
            if _r18_about_person(text, m.start()) >= 0 or _sentence_start(text, m.start()) == 0:
                yield m.span()
    if (("一" in text and "就" in text) or "都" in text) and (
        k & _R19_CHAR_KEYS or "感觉" in k or "印象" in k
    ):
        for _, end in _r19_judges_more(text, k):
            stop = _sentence_end(text, end)
            for m in _R19_ONE_THEN.finditer(text, end, stop):
                g = "rest" if m.group("rest") is not None else "rest2"
                rest = text[m.start(g) : stop]  # (…，大家都很佩服: praise)
                if not (_POS_ZH.search(rest) and not _NEG_ZH.search(rest)) and not _THANKS.search(
                    rest
                ):
                    yield m.span()
                    break
    if k & _R19_TOLD_KEYS:
        for m in _R19_TOLD.finditer(text):
            obj = m.group("obj")
            if obj is not None and obj not in _R19_TOLD_OBJ:
                continue  # 跟客户说了多少遍 (not the person)
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if _THANKS.search(text, left, end) or _ASKS_HELP.search(text, m.end(), end):
                continue
            yield m.span()
    if k & {"照例", "照旧", "照样"}:
        for m in _R19_AS_USUAL.finditer(text):
            rest = m.group("rest")
            if _INSTRUCTION.match(rest) or not (_r18_fault(rest) or _R19_HABIT_FAULT.search(rest)):
                continue
            if _POS_ZH.search(rest) and not _NEG_ZH.search(rest):
                continue
            person = _r18_about_person(text, m.start())
            if (
                person < 0
                and _R19_HABIT_FAULT.search(rest)
                and _sentence_start(text, m.start()) == 0
            ):
                person = 0  # 盘点报表照例又是最后一个交的 (a note about the employee)
            if person < 0:
                cstart = _clause_start(text, m.start())
                if _ADDRESSED.search(text, cstart, m.end()):
                    person = cstart  # 照例又是你们班组垫底
            if person >= 0:
                yield person, m.end()
    if "每逢" in k or "每到" in k:
        for m in _R19_SEASON.finditer(text):
            rest = m.group("rest")
            if (_INSTRUCTION.match(rest) and not rest.startswith("请假")) or _THANKS.search(
                text, m.end(), _sentence_end(text, m.end())
            ):
                continue
            if not (_weak_mark_fault(rest) or _r18_fault(rest)) or (
                _POS_ZH.search(rest) and not _NEG_ZH.search(rest)
            ):
                continue
            if m.group("subj") or _r18_about_person(text, m.start()) >= 0:
                yield m.span()


def _find_absolute_r19(text: str) -> Iterator[Span]:
    yield from _r17_absolute(text)
    yield from _r18_absolute(text)
    yield from _r19_absolute(text)
    if "十" in text or "一个不" in text:
        yield from _r15_absolute(text)
    yield from _r16_absolute(text)
    for m in _MARK.finditer(text):
        s, e = m.span()
        word = m.group(0)
        if word in _TRAILING and _clause_start(text, s) == s:
            # 你就说是仓库的错，回回如此: the clause before is the habit, about whoever it names
            if s == 0:
                continue
            habit = text[_clause_start(text, s - 1, 30) : s - 1]
            if _POS_ZH.search(habit) and not _NEG_ZH.search(habit):
                continue
            if _ADDRESSED.search(habit):
                yield s, e
                continue
            rest = ""
        else:
            rest = text[e : _clause_end(text, e, 15)]
        if _is_praise_zh(word, rest):
            continue
        if word == "一直在":
            if _THANKS.search(text, e, _sentence_end(text, e)):
                continue  # 她一直在加班到很晚，辛苦了
            left = _sentence_start(text, s)
            if _ONE_OCCASION.search(text, left, _clause_end(text, e, 15)):
                continue
        if word in _NEEDS_FAULT and not (_NEG_ZH.search(rest) or _SAME_AGAIN.match(rest)):
            continue
        if word in _WEAK_MARKS:
            if not _weak_mark_fault(rest) or _THANKS.search(text, e, _sentence_end(text, e)):
                continue
            if word.startswith("一直"):
                # 一直没交 is one thing not yet done; 昨天下午一直不接电话 is one occasion
                if rest.startswith(("没", "都没")):
                    continue
                left = _sentence_start(text, s)
                if _ONE_OCCASION.search(text, left, _clause_end(text, e, 15)):
                    continue
        is_you = _IS_YOU.match(text, e) if word not in _NOT_ONCE_MARKS else None
        if is_you:  # 每次都是你最后一个到 (没有一次是他的问题 clears the person)
            yield s, is_you.end()
            continue
        person = _person_before(text, s)
        if person < 0:
            person = _person_doing(text, s)
        if person < 0 and word in _SUBJECTLESS:
            person = _dropped_subject_act(text, s, rest)
        if person < 0 and word.startswith(_NEVER_WORDS) and _UNDONE.match("不" + rest):
            # 他太不负责任了，客户电话从来不回: the object leads, the subject is dropped
            person = _dropped_subject_act(text, s, rest, need_fault=False)
        if person < 0:
            cstart = _clause_start(text, s)
            poss = _POSSESSED.search(text[cstart:s])
            if not poss and word.startswith(_NEVER_MARKS):
                poss = _DID_THING.search(text[cstart:s])  # 你报的单子没有一次是对的
            if not poss and word in ("没一次", "没有一次", "就没有一次", "一次都没", "一次也没"):
                poss = _GROUP_THING.match(text[cstart:s])  # 你们班组交接记录没一次写全过
            if not poss and "的" in text[cstart:s] and (_NEG_ZH.search(rest) or _WRONG.match(rest)):
                poss = _WORK_OF.search(text[cstart:s])  # 你们组交上来的单据一直都是错的
            if poss:
                person = cstart + poss.start()
            elif (
                word in _SUBJECTLESS
                and (cstart == s or _TIME_ACT.fullmatch(text, cstart, s))
                and _NEG_ZH.search(rest)
                and not _POS_ZH.search(rest)
            ):
                # 整天板着脸，谁愿意跟你…: a sentence-initial sweep about the person it addresses
                left = _sentence_start(text, s)
                end = _sentence_end(text, e)
                if cstart == s and _EXASPERATED.search(text, e, end) and _weak_mark_fault(rest):
                    # round sixteen: a habit said with exasperation to whoever is addressed
                    # (隔三差五迟到，这都第几次了？; 动不动就甩脸色，谁受得了)
                    person = s
                elif s == 0 and _weak_mark_fault(rest):
                    # round seventeen: a note that opens on the habit (动不动就早退，交接没人做)
                    person = 0
                elif left != cstart:
                    continue
                elif (
                    cstart == s
                    and _ADDRESSED.search(text, e, end)
                    and not _ASKS_HELP.search(text, e, end)
                ):
                    person = s
                elif (
                    not rest.startswith("有")
                    and (_weak_mark_fault(rest) or _TRAIT.match(rest))
                    and _previous_sentence_person(text, left)
                ):
                    # round fourteen: the person opens the sentence before (老宋，你…？天天在板房里
                    # 刷手机; 该同志…。接警时总是不耐烦)
                    person = cstart
        if person < 0 and word in _NOT_ONCE_MARKS and _ONCE_GOOD.match(rest):
            # round sixteen: 让你出个排班表，就没有一次是准时的 (the person anywhere before)
            left = _sentence_start(text, s)
            if _ADDRESSED.search(text, left, s):
                person = _clause_start(text, s)
        if person < 0 and s > 0 and text[s - 1] not in _CLAUSE_END_SET:
            person = _carried_person(text, s, word, rest)
        if person < 0:
            continue
        yield person, e
    # Cheap substring gates: each scan below needs its first characters somewhere in the text.
    every = "每" in text
    if (every or "次次" in text or "回回" in text) and (
        _ADDRESSED.search(text) or _PERSON_LEADS.match(text)  # 王老师…。每次收上去的作业都要拖
    ):
        for m in _EVERY_NO_SUBJ.finditer(text):
            rest = m.group("rest").replace("好几", "几")  # 好几天 is no praise
            if _BLAME_YOU.match(rest):  # 每次客户投诉都是冲着你来的
                yield m.start("act") - 2, m.end("rest")
                continue
            if (_NEG_ZH.search(rest) or _FAULT.search(rest)) and not _POS_ZH.search(rest):
                yield m.start("act") - 2, m.end("rest")
            elif _LEANS_ON.search(rest) and not _THANKS.search(
                text, m.end(), _sentence_end(text, m.end())
            ):
                yield m.start("act") - 2, m.end("rest")  # 每次录入都要护士帮忙
    whenever = every or any(w in text for w in _WHENEVER_KEYS)
    for rx in _EVERY_RULES if every else (_WHENEVER,) if whenever else ():
        if rx is _WHENEVER and not whenever:
            continue
        for m in rx.finditer(text):
            start = m.start()
            if rx is _WHENEVER and m.group("bare"):
                start = _subject_before(text, start)
                rest = text[m.end() : _clause_end(text, m.end(), 15)]
                if start < 0 and _CONTRAST_LEAD.fullmatch(
                    text, _clause_start(text, m.start()), m.start()
                ):
                    # round fourteen: the person opens the sentence (宋工不愧是老资格，…，一到落实
                    # 就不见人影了), with a fault that is more than a bare 不
                    left = _sentence_start(text, m.start())
                    if (
                        m.start() - left <= 40
                        and _CLAUSE_HEAD.match(text, left)
                        and _weak_mark_fault(rest)
                    ):
                        start = m.start()
                if start >= 0 and _NEG_ZH.search(rest) and not _POS_ZH.search(rest):
                    yield start, m.end()
                continue
            if rx is _SUBJ_EVERY:
                start = _subject_before(text, start)
                if start < 0:
                    continue
                if (m.group("daily") or m.group("item")) and not _NEG_ZH.search(
                    text, m.end(), _clause_end(text, m.end(), 15)
                ):
                    continue  # 你每天都来得很早: a daily habit is a sweep only before a fault
                habit_start = m.start()
            else:
                habit_start = m.end("subj") if m.group("subj") else m.end()
            rest = text[m.end() : _clause_end(text, m.end(), 15)]
            if rx is _WHENEVER and m.group("name") and not _NEG_ZH.search(rest):
                continue  # a name (小敏) after the clause: a sweep only before a fault
            if rx is _SUBJ_EVERY and "的" in text[start : m.start()] and not _NEG_ZH.search(rest):
                continue  # 你做的每一份…: the person's own work, a sweep only before a fault
            if rx is _EVERY_TIME and m.group("first") and not _NEG_ZH.search(rest):
                continue  # 每次客户来访，你第一件事就是泡茶: a first reaction is a sweep before a fault
            leans = _LEANS_ON.search(rest) is not None
            if (
                _POS_ZH.search(rest)
                and not _NEG_ZH.search(text[habit_start : m.end()] + rest)
                and not leans
            ):
                continue
            if (
                _INSTRUCTION.match(rest)
                and not (_NEG_ZH.search(rest) or _FAULT.search(rest))
                and not (leans and not rest.startswith("请"))
            ):
                continue  # 每周一你都要提交周报: a rule, not a reproach
            if _THANKS.search(text, m.end(), _sentence_end(text, m.end())):
                continue
            left = _sentence_start(text, start)
            if _THANKS.search(text, left, start) and not CONTRAST.search(text, left, start):
                continue  # 家属写了感谢信，说您每次翻身前都先…: thanks before it, no "but"
            yield start, m.end()
    for m in _ONE_THEN.finditer(text) if "就" in text and "一" in text else ():
        rest = text[m.end() : _clause_end(text, m.end(), 15)]
        if not _NEG_ZH.search(rest) or _POS_ZH.search(rest):
            continue
        start = m.start() if m.group("subj") else _subject_before(text, m.start())
        if start >= 0:
            yield start, m.end()
    for m in _NOT_ONCE.finditer(text) if "过一" in text else ():
        if _NEG_ZH.search(_once_dropped(text, m.start("act"), m.end())):
            continue  # 从来没出过一次事故: a fault never had is praise
        person = _person_before(text, m.start())
        if person < 0:
            cstart = _clause_start(text, m.start())
            person = cstart if _ADDRESSED.search(text, cstart, m.start()) else -1
        if person >= 0:
            yield person, m.end()
    for m in _WHICH_TIME.finditer(text) if "哪" in text else ():
        # 你哪次不是拖到最后: the person leads the clause
        rest = text[m.end() : _clause_end(text, m.end(), 12)]
        if _POS_ZH.search(rest) and not _NEG_ZH.search(rest):
            continue  # round sixteen: 她哪回不是第一个到的？ (praise)
        cstart = _clause_start(text, m.start())
        if _PERSON_LEADS.match(text, cstart):
            yield cstart, m.end()
    for m in (
        _EVER_ASKED.finditer(text)
        if "过" in text and ("时候" in text or "哪天" in text or "几时" in text)
        else ()
    ):
        act = m.group("act")
        if _NEG_ZH.search(m.group(0)) or not (
            _EVER_GOOD.search(act) or (m.group("once") and _EVER_WORK.match(act))
        ):
            continue
        cstart = _clause_start(text, m.start())
        if _PERSON_LEADS.match(text, cstart) and _PERSON_HEAD.match(text[cstart : m.start()]):
            yield cstart, m.end()
    for m in _NEVER_SEEN.finditer(text) if "没见" in text or "没有见" in text else ():
        if not _NEG_ZH.search(_once_dropped(text, m.start("act"), m.end())):
            yield m.span()  # 就没见你早过一回 (就没见你迟到过一回 is praise)
    for m in _NOT_ONE.finditer(text) if "没有一" in text or "没一" in text else ():
        rest = m.group("rest")
        if _BAD_STATE.search(rest) or (m.group("v") == "是" and not _GOOD_STATE.match(rest)):
            continue  # 没有一张是破的: praise
        cstart = _clause_start(text, m.start())
        head = text[cstart : m.start()]
        poss = _GROUP_THING.match(head) or _WORK_OF.search(head) or _POSSESSED.search(head)
        if poss and (_PERSON_LEADS.match(head) or head.startswith(("你们", "他们", "她们"))):
            yield cstart, m.end()
    for m in _EVERY_CAUGHT.finditer(text) if every and "是" in text else ():
        if _CAUGHT.search(m.group("act")):
            yield m.span()
    for m in _EVERY_ONE_IS.finditer(text) if every and "的" in text else ():
        act = m.group("act")
        if (_NEG_ZH.search(act) or _BLAMED.search(act)) and not _POS_ZH.search(act):
            yield m.span()
    for m in _WHICH_ONE.finditer(text) if "哪" in text and "不是" in text else ():
        rest = m.group("rest")
        if (_POS_ZH.search(rest) and not _NEG_ZH.search(rest)) or _THANKS.search(
            text, m.end(), m.end() + 12
        ):
            continue  # 哪次不是你第一个到？, 哪次团建不是她张罗的？谢谢她: praise
        cstart = _clause_start(text, m.start())
        if _PERSON_LEADS.match(text, cstart) or _ADDRESSED.search(m.group("mid") + rest):
            yield cstart, m.end()
        elif cstart > 0 and text[cstart - 1] in "，,":
            prev = _clause_start(text, cstart - 1, 30)
            if _CLAUSE_HEAD.match(text, prev):  # 他就是拖延，哪份报告不是最后一分钟交的？
                yield cstart, m.end()


_WHENEVER_KEYS = ("一到", "一遇到", "一碰到", "一有", "只要", "无论", "不管", "不论", "但凡")
_EVERY_RULES = (_EVERY_TIME, _SUBJ_EVERY, _WHENEVER)


_SENTENCE_MARK = re.compile("[。！？!?\n]")


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_MARK.search(text, pos)
    return m.start() if m else len(text)


# ---------------------------------------------------------------------------------------------
# Elements of the whole comment
# ---------------------------------------------------------------------------------------------

_CN_NUM = "[一两二三四五六七八九十百千万半几0-9０-９]"
# Round twelve: a date or a count inside an instruction is no past event — a deadline or a start
# (下周三前, 周日晚上前, 从下周一开始, 5号之前), a count that is a rule (至少两人, 每栋楼, 提前一天报)
# or a vague one (好几个). A told date stays (上周三, 周二那场, 周日你提前一小时关店). Earlier rounds'
# labels keep an upcoming dated event (下周二的安全检查) and a weekly deadline (每周五下午五点前) as
# behavior, so those still count.
_DEADLINE_AHEAD = (
    r"(?:(?<=每周.)|(?<=每星期.)|(?<=每礼拜.)|(?!(?:晚上|下午|上午|中午|早上|凌晨|晚|早|下班|收工|午饭|开会|出发|开工)?"
    r"(?:[0-9一二三四五六七八九十两]{1,2}点(?:半|整)?)?(?:前(?![天面台])|之前|以前|为止|起(?!来)|开始)))"
)
_RULE_COUNT = (
    r"(?<!至少)(?<!最多)(?<!每)(?<!不超过)(?<!提前)(?<!安排)(?<!需要)(?<!要求)(?<!至少要)(?<!快)(?<!将近)"
    r"(?!好几|几个|几年)"
)
BEHAVIOR = compile_rule(
    rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:份|初|中|底|中旬|下旬|上旬)?"
    rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})?[日号]?{_DEADLINE_AHEAD}|"
    r"上(?:个)?(?:周|星期|礼拜|月|季度|次|半年|半月)[一二三四五六日天末]?|这周|本周|本月|本季度|"
    r"昨天|昨晚|昨儿|前晚|今早|今天(?:上午|下午|早上)?|"
    rf"(?:周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六天]){_DEADLINE_AHEAD}|"
    r"第[一二三四1-4]季度|[Qq][1-4]|\d{4}年|(?<![0-9.])\d+(?:\.\d+)?分(?![钟之])|"
    rf"{_RULE_COUNT}(?:\d+(?:\.\d+)?|{_CN_NUM}+)(?:%|％|个百分点|个小时|小时|分钟|个客户|个工作日|"
    r"个|天|周|单|份|万|元|页|项|条|家|人|倍|轮|版|张|单|笔|场|遍|"
    # round thirteen: households, cases, batches, years (走访居民1260户, 化解纠纷17起, 两批, 十八年)
    r"户|例|批|人次|年(?<!一年)(?<!半年)(?!级|轻|纪|底|初|终|度|会|假|前|后|内)|处(?![理分置罚长事])|起(?<!一起)(?<!几起)|"
    # round fourteen: tenths (亩产比去年多了三成; not 八成是, 一成不变)
    r"成(?![是了就会要不功本员果为立交绩长熟型品把]))|"
    # a count of times is an event (迟到了三次, 迟到了一次, 第一次), not a sweep (一次也没有, 每一次)
    # nor a vague "several times" (提醒几次)
    rf"(?:\d+|{_CN_NUM}*[两二三四五六七八九十百半]|(?<=[了第])一)次|"
    rf"(?<![0-9A-Za-z])\d{{1,2}}[号日](?![楼线]){_DEADLINE_AHEAD}|"
    r"在[^，。！？；]{0,12}?(?:会|评审|例会|周会|晨会|会议|汇报|演示|上线|发布|复盘|面谈|培训|展会|"
    r"沟通会|述职|答辩)上|《[^》]{1,30}》|"
    r"(?:(?:这份|那份|这次|那次|上次|本次|这个|那个)[^，。！？；]{0,6}?|(?:你|他|她)(?:做|写|交|提交|"
    r"发|准备|负责|主持|带)的[^，。！？；]{0,6}?)(?:海报|课件|教案|报表|排班表|清单|报告|方案|汇报|演示|会议|项目|需求|PPT|ppt|文档|"
    r"版本|发布|上线|合同|提案|预算|评审|报价|客户拜访|周报|月报|谈判|拜访|活动|培训|面试|招聘|故障|"
    r"事故|交付|演讲|路演|复盘|手册|流程|方案|团建|年会|发布会|峰会|展会|大促|招标|投标|演练|值班|"
    r"重构|迁移|改版|模块|接口|系统)|"
    # a named module or interface: 登录模块, 支付接口, CRM系统 (not 各个模块, 相关接口)
    r"(?<![\u4e00-\u9fff])(?!各个|每个|所有|相关|其他|其它|一些|这些|那些|哪些|多个|几个|整个|这种|那种|这类|那类|哪种)"
    r"(?:[A-Za-z0-9]{2,12}|[\u4e00-\u9fff]{2})(?:模块|接口|子系统|组件|数据库|脚本|看板|报表|"
    r"检查清单|小程序|插件)|"
    r"(?:季度|年度|月度|半年|年终)(?:报告|总结|汇报|计划|目标|评审|复盘|述职|预算)|"
    r"(?:报告|周报|月报|日报|说明|文档|方案|合同|纪要|PPT|代码|邮件|发票|报价单?)"
    r"(?:又|都|也|还)?(?:晚|迟|错|漏|没交|没发)|"
    # the words someone said, quoted (你说了“我们下周就能上线”), an English-named occasion
    # (这次 demo, 上次 sprint) or a part of an event (Q&A 环节, 提问环节)
    r"(?:说了|说|讲了|回复|回答|答应|承诺|写了)(?:一句|句)?[：:]?“|"
    r"(?:这次|那次|上次|本次|这个|那个)\s?[A-Za-z][A-Za-z&-]{1,15}|[A-Za-z&]{2,10}\s?环节|"
    r"(?:提问|问答|答疑|讨论|演示|汇报|互动|开场|签到)环节"
)
# Round thirteen: a count or a date inside an instruction (三张配图都要注明来源, 把上周的台账整理好发我)
# is part of the order, not a behaviour, unless the sentence also tells what someone did (你…了).
_ORDER_KEYS = (
    "必须",
    "务必",
    "一律",
    "不得",
    "按新规",
    "执行",
    "发我",
    "交给我",
    "都要",
    "要注明",
    "再核",
    "核对",
    # round fourteen: an order with a deadline first (请于本周五前把…录入, 下周一前把…补全), a rule
    # for everyone (统一走双人审校), a plan or a prospect (我们要把配送点从3个扩到5个, 时效有望从5天
    # 压到2天, 客户希望交付前多一轮检查)
    "请于",
    "请将",
    # (not a weekly deadline, 每周五下午五点前把周报发到群里, which earlier labels count)
    "(?:下|本|这)个?(?:周|星期|礼拜)[一二三四五六日天末]?(?:[上下]午|晚上|下班)?前把",
    "(?:明天|今天|今晚|月底)(?:[上下]午|晚上|下班)?前把",
    "统一",
    "要把",
    "有望",
    "希望",
    "到时候",
)
_ORDER = re.compile("|".join(_ORDER_KEYS).replace("不得", "不得(?!不)"))
_TOLD = re.compile(
    "了(?!解)|(?:你|您|他|她|你们|他们)[^，。！？]{0,10}?(?:过|没有?|未)|昨天|前天|刚才|上次"
)


_SENTENCE_BEFORE = re.compile("[。！？!?\n][^。！？!?\n]*$")


def _has_behavior_r19(text: str) -> bool:
    for m in BEHAVIOR.finditer(text):
        lo = max(0, m.start() - 120)
        mark = _SENTENCE_BEFORE.search(text, lo, m.start())
        left = mark.start() + 1 if mark else lo
        end = _sentence_end(text, m.end())
        if _ORDER.search(text, left, end) and not _TOLD.search(text, left, end):
            continue
        return True
    return False


CONSEQUENCE = compile_rule(
    "(?:^|(?<=[，。；,;\\s]))结果|从[^，。；]{1,10}?(?:缩短|降|减少|提高|提升|增加|增长|压缩|下降|掉|跌|滑|涨|升)到|"
    "签了|续约|丢单|退单|要求升级|升级到|(?:对方|客户|用户|他们)(?:要求|投诉|抱怨|反映|提出|取消)|"
    "让[\u4e00-\u9fff]{0,4}?(?:同事|客户|团队|大家|我们|领导|用户|对方|其他人|他们|她们|新人)"
    "(?:觉得|感到|无法|没法|不得不|只能|很|都|失去|错过|等)|导致|因此|因而|所以|造成|使得|致使|以至于|以致|影响了|影响到|耽误了|耽误|害得|拖累|延误|白白|"
    "不得不|只好|只能|让(?:客户|团队|大家|我们|同事|项目|领导|其他人|整个|她|他|对方|用户|新人)|"
    # round fourteen: "because of it" (就因为这个，…)
    "因为这(?:个|事|件事|一点)(?![？?吗])|由于这(?:个|事|件事)|"
    "给(?:客户|团队|大家|项目|公司)"
    "(?:带来|造成|添)|带来了|后果|连累|损失|投诉|返工|推迟|延期|错过了|丢了|流失|这意味着|意味着|受益|"
    "从而|进而|随后|于是|以至|使得|(?:这|此|也)使|令(?:大家|客户|团队|我们|同事|对方|他|她|人)|"
    "让[\u4e00-\u9fff]{0,10}?(?:减少|增加|提升|提高|降低|缩短|能够|可以|没能|无法|不再|失去|错过)|"
    "[，,；;][^，。！？；]{0,12}?(?:满意度|效率|转化率|销量|销售额|收入|营收|成本|质量|士气|口碑|体验|"
    "速度|错误率|故障率|投诉|咨询|工单|留存|参与度|积极性|评分|分数|NPS|好评)(?:也|都|因此|随之|明显|"
    "大幅|直接|跟着)?(?:提升|提高|上升|增加|增长|下降|降低|减少|缩短|改善|好转)|"
    "帮(?:助)?(?:了)?(?:团队|客户|大家|我们|公司|同事)|"
    # narrated outcomes: 值班同事终于能睡个好觉, 此后再没有客户投诉, 后来一直没回邮件, 客户很不满意
    "终于(?:能|可以|能够|不用|有了|把|赶上|按时|认识|搞清|明白)|总算(?:能|可以|有)|再也不用|不用再|"
    "不必再|无需再|省去了|省下了|避免了|挽回了|赢得了|拿下了|从那以后|自那以后|从此以后|此后|"
    "(?:^|(?<=[，。；,;\\s]))(?:之后|后来|会后|事后|从此)|"
    "(?:客户|用户|对方|大家|团队|领导|老板|同事|嘉宾|新人|听众|媒体|家属|顾客|客人|病人|患者|家长|业主|"
    "乘客)们?(?:都|也|很|非常|特别|十分|"
    "明显|当场|纷纷|一致|那边)*(?:不满|满意(?!度|率)|失望|生气|感动|称赞|夸|点赞|说(?!话)|反馈|沉默|紧张|受益|收获)|"
    "(?:找到|找上|找了|告到|投诉到|反映到|捅到)了?[\u4e00-\u9fff]{0,4}?(?:总监|领导|老板|经理|上级|高层|"
    "护士长|主任|院长|校长|店长)|"
    # a reported result with no linking word: 多用了半天人工, 800件全部报废, 给了门店一星,
    # 比上月下降了30%, 到现在都不知道, 客户已经两次来催了
    "多(?:用|花|付|跑|等|耗|赔|退|发|支出)了|花了[^，。；]{1,8}?(?:重新|返工|才|去|来)|(?:高估|低估|多算|少算|多报|少报|多付|少付)了|白(?:跑|等|干)了|浪费了|额外(?:花|用|支付|增加|提出)|"
    "报废|作废|被退回|退回|退货|召回|返修|罚款|扣分|被罚|通报批评|警告|按(?:错的|错误的|旧的)|"
    "给了[^，。]{0,8}?(?:[0-9一二三四五]|满)(?:分|星)|打了[0-9一二三四五]分|"
    "(?:预测|数据|报表|账目?)[^，。]{0,4}(?:不准|失真|对不上)|"
    "比(?:上月|上周|去年|上季度|之前|以前|平时|上个月|同期|上个?版本|上一版|上一期|上次)[^，。]{0,6}?"
    "(?:下降|减少|降低|提升|提高|增加|上升|缩短|多|少|高|低|快|慢)了|"
    "(?:到现在|至今)(?:都|还)?(?:不知道|没有|没)|"
    "(?:客户|对方|用户|领导|老板)[^，。]{0,6}?(?:来催|催了|催促|追问)|"
    # sanctions and complaints that followed: 被监理记了一次违规, 收到了140张工单, 发起拒付, 差评
    "被[\u4e00-\u9fff]{0,6}?(?:记了|记过|罚|扣|批评|通报|点名|约谈|处分|投诉|退回|打回|驳回|降了|降级|下调)|"
    "(?:记了|吃了|收到了?|接到了?)[^，。]{0,8}?(?:违规|处分|警告|罚单|工单|投诉|差评|退单|拒付|报错|告警)|"
    "拒付|差评|没赶上|赶不上|白跑|出现了[^，。]{0,6}?(?:反应|事故|故障|问题|错误|差错|纠纷|延误|损失)|"
    # others acted on it (客户照着操作后提交了错误的订单, 产品组现在按月底在做计划), it came too late
    # (没能用上, 盘点拖到了晚上九点)
    "(?:客户|用户|同事|顾客|病人|对方|他们|大家)[^，。]{0,8}?(?:提交了|下了|做了|填了|用了|拿到了|收到了)错|"
    "(?:现在|已经|正在)(?:都|还)?(?:按|照着|按照)[^，。]{1,8}?(?:做|准备|安排|排|执行)|"
    "没能(?:用上|赶上|参加|按时|及时|完成|拿到|见到|上线)|没(?:用上|来得及)|拖到了|拖了[^，。]{0,4}?(?:天|周|小时)|"
    # a good result that followed (财务当天就完成了对账)
    "(?:当天|当场|马上|很快|第二天|提前)就(?:完成了|拿到了|收到了|签了|上线了|解决了|通过了|结清了)"
)
# A narrated outcome with no linking word: someone or something other than the employee (客户, 家长,
# 检查员, 12号桌, 队列, 用户) followed in its clause by an outcome verb (走了, 投诉, 干等, 叫停, 无法),
# or an outcome that names itself (差点砸到, 申请调离, 盘点少了两件). Not in a clause that plans,
# instructs or asks (以后客户等太久就请…, 如果客户投诉…？).
_OTHERS = (
    "客户|顾客|客人|用户|家长|学生|病人|患者|家属|检查员|监理|督导|审计|业主|群众|乘客|住户|居民|"
    "市民|对方|同事|同学|班组|下游|前台|后厨|客服|财务|护士|医生|老师|领导|老板|总部|供应商|"
    "[0-9０-９一二三四五六七八九十]+号(?:桌|房|床|台|窗口|柜台)|队列|排队|等待时间|等候时间|订单|"
    "申请人|投诉人|几位|几个人|好几个人|其他人|别人|大家|下面的人|上面的人|司机|快递|物流|仓库|厂家|"
    "合作者|合作方|合作伙伴|对接人|校长|园长|院长|教研组|考官|评委|夫妻|一家人|家庭|机长|乘务长|女儿|儿子|"
    "的货|包裹|航班|合规|法务|风控|人事|市场部|财务部|销售部|孩子们|孩子|学员|现场"
)
_OTHERS_R10 = (
    # round ten: more parties (甲方, 经销商, 物业, 编辑部, 考勤那边), whole groups (整个组, 全组),
    # counted guests (三位客人, 有一桌), and processes that stop or slip (整条线, 支付服务, 会议, 这批货)
    "甲方|乙方|经销商|代理商|商家|门店|物业|施工队|工程队|工人|新员工|员工|买家|租户|房东|上游|"
    "那边|那头|部门|(?<![全内外局大细干])部(?![分署件位长])|组里|全组|整个组|整组|全部门|整个部门|全队|"
    "整个团队|团队|全店|车间|产线|生产线|流水线|(?:这|那|整)条线|系统|服务|网站|平台|服务器|会议|活动|"
    "手术|发货|出库|进度|工期|排产|直播|(?:这|那|整)批|早会|晨会|例会|周会|投放|审批|"
    "[0-9一两二三四五六七八九十几]+多?(?:桌|位|名|家)|嘉宾|候选人|观众|读者|粉丝|买家|"
    # round fourteen
    "运营|研发|运维|开发|测试|警车|救护车"
)
_OUTCOME_VERB = (
    "走了|走人|离开|离场|退场|投诉|抱怨|不满|有意见|等了|干等|等不到|等不及|白等|叫停|停了|停工|"
    "超过了|超出了|超了|取消了|退了|退订|退款|退货|损失|没能|只好|不得不|无法|没法|打电话|跑来|"
    "找上门|找到|去找|发邮件|写信|差评|流失|转去|转投|改签|重新|受伤|摔|滑倒|晕倒|回去了|"
    "不高兴|生气|重复扣|多扣|晚到了|发现的|带回了|当场问|质问|追问|介绍了|表扬了|提到了|写了感谢信|送了锦旗|"
    # others kept waiting, locked out, asking, sent after us (老顾客都在门口排队, 一直登不进系统,
    # 直接问我们, 合规部要求我们书面说明, 拖到周一才收到货, 两个学生跑到了停车场)
    "排队|排起了?长?队|登不进|进不去|用不了|打不开|直接问|来问|问我们|要求我们|要求(?:书面|整改|说明)|"
    "才(?:收到|拿到|到货|看到|办完|处理)|跑到了|跑出了|跑出去"
)
_OUTCOME_VERB_R10 = (
    # round ten: sanctions, refusals, escalation, things that stalled, others made to wait or help
    # (检查员当场扣了分, 下游整批拒收, 对方开始找别家, 会议开不下去, 整个组陪着加班, 甲方干坐)
    "扣了|扣掉|罚了|打回|退了回来|拒收|拒签|拒绝|拉黑|折腾|要换|换了|换掉|另找|找别家|找别人|"
    "问起|答不上|定不下来|推不下去|推进不了|开不下去|进行不下去|中断|挂了|崩了|宕了|卡住|卡了|乱了|乱成|"
    "晚开|延后|推后|被迫|陪着|跟着加班|替你|白干|骂|收不到|拿不到|联系不上|扑了个?空|"
    "干坐|得等|要等|等着|不太?敢|还在处理|还在善后|泡汤|黄了|没了|打水漂|背锅|挨批|挨骂|"
    # round fourteen: others in tears or kept up all night (群众都急哭了, 运营连夜回档)
    "哭了|急哭|气哭|吓哭|哭着|连夜|通宵|熬夜|"
    "被批|被骂|被点名|受影响|受牵连|来回|不认账|不买账|吐槽|议论|有怨言|意见很大|找到我|闹到|没付|"
    "才(?:发出|交上|上线|完成|搞定|弄完|处理完|结束|下班|收工|发现|恢复)|就发现了|"
    "重(?:录|做|来|排|填|印|发|检|跑|装|写|算|签)|皱了?眉|摇头|脸色|"
    "(?:顶|撑)到|发错|送错|装错|拿错|用错了"
)
_OTHER_OUTCOME = compile_rule(
    rf"(?:{_OTHERS})们?[^，。！？；,;!?\n]{{0,10}}?(?:{_OUTCOME_VERB})|"
    "差点|险些|差一点就|好险|幸好|幸亏|人手不够|人手不足|缺人手|(?:都|一直|严重)缺人|申请调离|申请调岗|提出(?:了)?(?:离职|辞职|调岗)|递了辞职|要说法|讨说法|"
    "讨个说法|没人(?:管|理|接待|对接|应|接)|没路可走|跑不出来|逃不出来|(?:宕机|瘫痪|停摆|断网|停机)了|"
    "(?:盘点|清点|对账)[^，。！？；]{0,4}?(?:少了|多了|差了|对不上)|"
    "(?:少了|丢了|缺了)[0-9一两二三四五六七八九十几]+(?:件|个|箱|台|份|张|笔|元|块|包|盒|瓶)|"
    # a sale or a deal lost, told plainly: 这一单就这么没了, 谈到一半就走了
    "(?:这|那)一?(?:单|笔|单生意|笔生意|个客户|个订单)(?:就|也)?(?:这么|这样)?(?:没了|黄了|飞了|丢了|跑了)|"
    "(?:谈|聊|看|听)到一半就(?:走|离开)|"
    # round eleven: paid out, short-handed, gone elsewhere, pushed back, left exposed (酒店赔了一晚房费,
    # 后厨少一个人, 去隔壁药店买了, 后面的议程都往后推了, 说不清是哪个班的, 我们很被动)
    "赔了|赔偿了|补偿了|倒贴了|免了单|"
    "(?:少|缺)了?(?:一|两|几)个人|忙不过来|忙成狗|忙得团团转|一个人顶了|"
    "去(?:了)?(?:隔壁|别家|别的店|对面|竞争对手)|往后(?:推|延|挪)了|顺延了|(?<!从来)(?<!总是)(?<!老是)(?<!一直)说不清|查不清|"
    "(?:很|非常|十分|特别|陷入)被动|跟着(?:你|您)学|向(?:你|您)学习|来参观|来取经"
)
# Round ten: more parties and reactions (the party is not the employee: a 你 between them makes it
# the employee's own act, 这批样品你重新检查一遍), and losses told plainly.
_R10_OUTCOME = compile_rule(
    rf"(?:{_OTHERS}|{_OTHERS_R10})们?(?P<gap>[^，。！？；,;!?\n]{{0,10}}?)(?:{_OUTCOME_VERB}|{_OUTCOME_VERB_R10})|"
    # round ten: a loss told plainly (奖金就泡汤了, 名额没了, 失去了资格, 亏了将近两万, 扣了五分),
    # something stopped or others waited for a stated time (停了半小时, 等了一上午), and we were
    # left unable (我们一时答不上来, 我没法安排)
    "(?:奖金|提成|绩效奖?|年终奖|全勤奖?|名额|资格|评优|单子|合同|分数|积分|额度|补贴|津贴)"
    "[^。！？；]{0,14}?(?:泡汤|泡了汤|黄了|没了|飞了|打水漂|取消了|被取消|被扣|扣光|扣掉|扣了|丢了|作废|落空|没戏|"
    "取消(?=[。，,；;！!]|$))|"
    "(?:失去|丢掉|错失|失掉)了?[^，。！？；]{0,4}?(?:资格|机会|名额|订单|客户|单子|合同|奖金|提成|评优|全勤|信任)|"
    "被迫|扑了个?空|下不来台|措手不及|白忙|前功尽弃|功亏一篑|申请调(?:到|去|走)|"
    "(?<=[，,；;])(?:他|她|他们|她们|对方|客户)后来|"
    "(?:我|我们)(?:都|也|根本|完全|一时|就)?(?:没法|无法|没办法|答不上|来不及)(?![^，。！？]{0,8}[你您])|"
    "(?:扣|罚|赔|亏|倒贴|搭进去)了?(?:整整|足足|将近|差不多|近|大概|约)?"
    "[0-9一两二三四五六七八九十百千万几]+(?:分|元|块|万|千)|"
    "(?:停|中断|卡|堵|瘫|挂|宕|等|干等|白等|空|闲置|晚开|延后|推后|延迟|推迟)了(?:整整|足足|将近|差不多|快|近|大概|约|好)?"
    "(?:[0-9一两二三四五六七八九十几半]+(?:个)?多?(?:小时|分钟|刻钟|天|周|个月|礼拜|星期)|"
    "一(?:个|整)?(?:上午|下午|晚上|整天|天|宿|夜))"
)
# Round twelve: effects told plainly with no party first — an amount that grew, fell or ran over
# (后台多了两百多单, 在线人数掉了四千多, 人工成本超了预算, 短款300元), a metric moved to a figure
# (从68分提到了79分), sanctions (开了整改单, 扣了我们2000分, 点了名, 退件), work that fell apart
# (灯光全乱了, 空了五六秒, 观众笑场, 接不上), others who posted, complained or asked for their money
# back (拍了视频发到网上, 会员反映, 要求退卡), things pushed back (跟着往后挪, 多排两周), and nobody
# able to find out (查了两个小时也没查清). Not in a plan or an instruction (_OUTCOME_BLOCK).
_NUM12 = "[0-9０-９一两二三四五六七八九十百千万几半]"
_R12_OUTCOME = compile_rule(
    rf"(?:多|少|掉|跌|降|涨|亏|短|超|多加|多出|多拿|多领|多收|少收)了(?:整整|足足|将近|差不多|近|大概|约|快)?"
    rf"(?:{_NUM12}+|三分之一|一半|一倍|预算|标)|"
    rf"(?:短款|长款|漏收|错收|多收|少收)了?{_NUM12}+|"
    rf"从[^，。；]{{1,10}}?(?:提|升|涨|降|掉|跌|增|减)到了{_NUM12}|"
    rf"开了[^，。；]{{0,3}}?(?:整改单|整改通知|罚单|处罚单|违章单)|点了[^，。；]{{0,6}}?的?名|"
    rf"(?:扣|罚)了(?:我们|咱们|你们|你|他|她|整个[\u4e00-\u9fff]{{1,2}})[^，。；]{{0,2}}?{_NUM12}|"
    "冷场了|冷了场|(?:底下|台下|现场|观众)[^，。；]{0,6}?(?:在笑|笑场|起哄|哄笑)|退件|退稿|退了件|要求退(?:卡|款|费|货|课)|(?:全|都|全部|一下子)乱(?:了|套了?)|乱成一团|"
    rf"(?:空|停|卡|断|黑)了(?:整整|足足|将近|快)?{_NUM12}+(?:秒|秒钟)|笑场|接不上|接不住|"
    "(?:拍了|录了)(?:视频|照片|下来)|(?:发|传)到了?网上|发了?(?:朋友圈|微博|抖音|小红书)|"
    "(?:会员|学员|车主|游客|访客|租客|网友|住客|旅客|观众|演员|听众)们?[^，。！？；]{0,10}?"
    "(?:反映|反应|投诉|抱怨|等着|刷不了|进不了|用不了|找不到|不满|退|走了)|"
    "(?:专门|特意)(?:来|过来|打电话来?)(?:感谢|道谢|表扬|投诉|问)|"
    rf"(?:跟着|也要|也得|只能)往后(?:推|延|挪|拖)|多排了?{_NUM12}+(?:天|周|个月|小时)|"
    rf"忙到(?:了)?(?:凌晨|半夜|深夜|后半夜|{_NUM12}+点)|(?:也|都|还)没(?:查清|查明白|查出来|找到原因)"
)
# Round thirteen: a metric moved by a figure (信访量同比下降三成, 退货率降低了2个百分点), goods sold
# out (天天卖断货), others kept up at night or made to step in (我们还得连夜写说明, 护士长出面才…), what
# came after fell apart (后面两把全崩), time won (为抢救争取了宝贵时间), an extra trip or a hotline
# call (第二天又跑了一趟, 打了12345), nothing going wrong (没有出现一次冲突), time left to others
# (QA只剩半天), a fault out in the wild (上线后出了三个bug), players cursing, a party that quarrelled.
_R13_OUTCOME = compile_rule(
    rf"(?:量|率|数|额|成本|时长|人次|单量|销量|次数)(?:同比|环比)?(?:下降|上升|增长|减少|提升|提高|降低|增加)了?"
    rf"(?:约|近|超过|将近|足足)?{_NUM12}+(?:成|%|％|个百分点|倍)|(?:同比|环比)(?:下降|上升|增长|减少|提升|提高)|"
    "卖断货|卖断了货|脱销|售罄|供不应求|一抢而空|抢购一空|"
    "(?:我们|咱们|大家|同事们?|全组|整个组|组里)(?:这边|那边)?(?:还|又|只能|只好)?得?(?:连夜|通宵|熬夜|加班加点)|"
    "(?:护士长|经理|领导|主任|店长|老板|主管|总监|值班长|保安|队长)(?:亲自)?出面|"
    "(?:全|都|也跟着)(?:崩|垮|砸|输)了?|崩盘|"
    "争取了[^，。]{0,4}?时间|为[^，。]{1,10}?(?:争取|赢得|节省|挽回)了|"
    "(?:又|多|少|白|再)跑了?(?:一|两|几)?趟|打了?(?:12345|热线|投诉电话|市长热线|客服电话|服务热线)|"
    "没有?(?:出现|发生)(?:过)?(?:一[次场起例个单件]|任何)|"
    rf"只剩(?:下)?了?{_NUM12}+(?:个)?(?:天|小时|分钟|周)|(?:上线|发布|交付|投产|上架)后(?:又|就)?出了|"
    "(?:玩家|网友|用户)们?[^，。！？；]{0,8}?骂|"
    rf"(?:{_OTHERS})们?[^，。！？；]{{0,8}}?(?:吵了|闹了|吵起来|闹起来|吵了起来|闹了起来)"
)
# Round fourteen: a grade knocked down (从A降成了B), calls that came in (接了二十多个家长电话), a
# day's takings lost (流水全搭进去了), a surcharge, others kept waiting for a stated time (等了你一个半
# 小时), a rate moved by points (回款率拉高了6个点), work that landed on others (来电全排到了别人那里).
# (A plain scan: gated by RE2 it cost four times as much on new text, measured.)
_R14_OUTCOME = first_chars_compile(
    r"从[^，。；]{1,10}?(?:降|提|升|掉|跌|涨)成了|"
    rf"(?:事后|之后|后来|随后|只好|不得不|又|还|光是)[^，。；]{{0,4}}?(?:接了|接到了?)(?:整整|足足|将近|近|快)?"
    rf"{_NUM12}+多?(?:个|通)|(?:接了|接到了?){_NUM12}+多?(?:个|通)[^，。；]{{0,8}}?电话[^，。；]{{0,4}}?"
    "(?:解释|道歉|安抚|说明|投诉|询问|追问|质问)|"
    # others' time spent looking (博士生找一份样本翻了半个小时; not 你找了两个小时)
    rf"(?P<spent>(?:翻|找|折腾)了(?:整整|足足|将近|差不多|快|近|大概|约|好)?(?:{_NUM12}+(?:个)?多?(?:小时|分钟)|"
    "一(?:个|整)?(?:上午|下午|晚上|整天)))|"
    r"(?:全|都|全都)(?:搭|赔|砸)进去了?|"
    rf"(?:加收|额外收)了?{_NUM12}+|"
    rf"等了(?:你|您|他|她)(?:们)?(?:整整|足足|将近|快|近)?{_NUM12}+(?:个)?半?(?:小时|分钟|天|个钟头)|"
    rf"(?:拉高|拉低|拉升|压低|提高|提升|降低)了{_NUM12}+(?:个)?(?:百分)?点|"
    r"(?:排|转|落|推|压|分)到了?(?:别人|同事|其他人|别的同事|其他同事)(?:那里|那儿|那边|身上|头上|手上)|"
    # a party saying the problem is still there (客户回访时说问题没解决)
    r"(?:客户|用户|顾客|客人|对方|家属|病人|患者|业主|居民)[^，。！？；]{0,8}?(?:说|反映|表示)[^，。！？；]{0,8}?"
    r"(?:没解决|没修好|没处理|还是不行|没人管|更严重)|"
    # thanks or a complaint sent on purpose (家属专门打来电话感谢)
    r"(?:专门|特意)(?:打来|发来|送来|写来)|"
    # sanctions (被安监部门现场查处, 考核被一票否决)
    r"一票否决|被[^，。；]{0,8}?(?:查处|否决)"
)
_OUTCOME_BLOCK = re.compile(
    "(?<!申)请|以后|今后|下次|如果|假如|要是|是否|吗|[？?]|怎样|怎么|如何|哪些|计划(?!一直|迟迟|到现在|还|都|也)|"
    "打算|准备|应该|需要|记得|可以|能不能|会不会|别(?![人家处的])|不要|下周|明天|待会|稍后"
)


_NO_EFFECT = re.compile(
    "(?:未|没有?|并未|并没有|无|不会)(?:造成|带来|产生|导致|引起)[^，。！？]{0,4}$"
)


# Round thirteen: "let him…" after a decision or an order in its sentence is a plan.
_LET_PLAN = re.compile("别|不要|我看|还是|继续|干脆|先")
# (round sixteen: the party as the object of a preposition, 跟供应商打电话, is the employee's own act)
_OTHER_BEFORE = re.compile("(?:把|说是|以为|觉得|怪|跟|和|给|对|向|与|替|陪)$")
_R13_BLOCK = re.compile("目标|力争|争取(?!了)|要把|要求|就要|预计|预期|指标|考核")


# Round fourteen: an outcome promised under a condition (这块要是做顺了，老人就不用再排队) is a
# positive outcome, not a consequence; an alert received is where the act starts (从接到告警到登机).
_PROMISED = ("终于", "总算", "再也不用", "不用再", "不必再", "无需再", "省去了", "省下了", "避免了")
_CONDITION = re.compile("要是|如果|假如|只要|一旦|的话|以后|下次|今后|将来")


# Round fourteen: asked which part had the effect (你觉得是哪一段耽误了时间？): not told.
_WHICH_PART = re.compile("哪(?:一)?(?:段|步|个环节|一环|里|块|部分)")


def _has_consequence_r19(text: str) -> bool:
    for m in CONSEQUENCE.finditer(text):
        if _NO_EFFECT.search(text, max(0, m.start() - 8), m.end()):
            continue  # 虽未造成不良后果: an effect denied
        word = m.group(0)
        if word.startswith(_PROMISED):
            left = _sentence_start(text, m.start())
            if _CONDITION.search(text, left, m.start()):
                continue
        elif word.startswith(("接到", "收到")) and text[m.start() - 1 : m.start()] == "从":
            continue
        elif (
            word.startswith("因为这")
            and _NOT_BECAUSE.search(text, max(0, m.start() - 3), m.start())
        ) or (word == "返工" and text.startswith("的", m.end())):
            continue  # round sixteen: 月结不能因为这个拖 (an order), 返工的协调会上 (an occasion)
        if text[m.start()] == "让":
            left = _sentence_start(text, m.start())
            if _LET_PLAN.search(text, left, m.start()):
                continue  # 别让他碰了，让他继续管…: a plan for the person, not an effect
        # an effect inside a rhetorical jab (你好意思让同事替你收拾烂摊子吗？) is not stated
        if "？" not in text and "?" not in text:
            return True
        end = _sentence_end(text, m.end())
        if text[end : end + 1] not in ("？", "?"):
            return True
        left = _sentence_start(text, m.start())
        if not RHETORICAL.search(text, left, end) and not _WHICH_PART.search(text, left, m.start()):
            return True
    for m in _OTHER_OUTCOME.finditer(text):
        if not _outcome_blocked(text, m.start(), m.end()) and not _OTHER_BEFORE.search(
            text, max(0, m.start() - 3), m.start()
        ):
            return True
    for m in _R13_OUTCOME.finditer(text):
        cstart = _clause_start(text, m.start(), 24)
        if not _outcome_blocked(text, m.start(), m.end()) and not _R13_BLOCK.search(
            text, cstart, _clause_end(text, m.end(), 20) + 1
        ):
            return True
    for m in _R14_OUTCOME.finditer(text):
        if m.group("spent") and _ADDRESSED.search(
            text, _clause_start(text, m.start(), 24), m.start()
        ):
            continue  # 你找了两个小时: the employee's own time
        if not _outcome_blocked(text, m.start(), m.end()):
            return True
    for m in _R12_OUTCOME.finditer(text):
        cstart = _clause_start(text, m.start(), 24)
        if m.group(0)[0] in "多少超" and "比" in text[cstart : m.start()]:
            continue  # 比要求多了三分钟: the figure of the act itself
        if not _outcome_blocked(text, m.start(), m.end()):
            return True
    for m in _R10_OUTCOME.finditer(text):
        gap = m.group("gap")
        if gap is not None and (
            "你" in gap or "您" in gap or "你" in text[max(0, m.start() - 3) : m.start()]
        ):
            continue  # 这批样品你重新检查一遍, 你把系统重新梳理了: the employee's own act
        if _OTHER_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue  # 把客户电话挂了 (the party as an object), 说是客户先骂人 (a claim)
        if m.group(0).endswith("换了") and text.startswith("新", m.end()):
            continue  # 车间换了新的排班制度: news about a process, not an effect
        if not _outcome_blocked(text, m.start(), m.end()):
            return True
    return False


_CONDITION_LEADS = re.compile("要是|如果|假如|只要|一旦|倘若")
_NOT_BECAUSE = re.compile("(?:不能|不要|不该|不会|不可|别)$")


def _outcome_blocked(text: str, start: int, end: int) -> bool:
    """True when the clause of a narrated outcome plans, instructs or asks (_OUTCOME_BLOCK), or
    (round fourteen) the clause before it sets a condition: 这块要是理顺了，家长就不用再排队了."""
    cstart = _clause_start(text, start, 24)
    if _OUTCOME_BLOCK.search(text, cstart, _clause_end(text, end, 20) + 1):
        return True
    if cstart > 0 and text[cstart - 1] in "，,":
        prev = _clause_start(text, cstart - 1, 24)
        return _CONDITION_LEADS.search(text, prev, cstart - 1) is not None
    return False


SOLICIT = compile_rule(
    "(?:能|可以|想请你|请你)?(?:说说|谈谈|讲讲|聊聊)|你怎么看|您怎么看|你觉得(?:呢|怎么样|如何|是什么|哪里|问题|原因|我们|可以)|你的(?:看法|想法|意见|观点|感受|"
    "建议)|说说你|谈谈你|聊聊|听听你|"
    # an offer of help (有什么困难随时找我) is support, not a question
    "你有什么(?:想法|困难|建议|看法|顾虑)(?!随时|就|可以|尽管|找我|跟我|告诉我)|"
    "有什么困难(?!随时|就|可以|尽管|找我|跟我|告诉我)|"
    "需要我(?:做|提供|帮|协调)|需要什么(?:支持|帮助|资源)|我想(?:了解|听听|知道)|你认为|是什么原因|"
    "你看呢|你同意吗|听听[^，。！？]{0,6}?(?:怎么看|的看法|的想法|的意见|的说法|的解释)|"
    "(?:她|他)(?:自己)?怎么(?:看|想|说)|从你的角度|你那边(?:的情况|怎么)|有没有(?:什么)?(?:困难|想法|顾虑|建议)|"
    # round eleven: views invited (有什么想法随时找我聊, 你看有什么办法能…)
    "有(?:什么)?(?:想法|看法|意见|建议)(?:随时|可以|尽管|就)?(?:找我|跟我|和我)(?:聊|说|谈|讲)|"
    "你看有(?:什么|没有)(?:办法|好办法|思路|法子)|"
    # round twelve: which of two (是模板没更新，还是手工改的时候漏了？)
    "，还是[^。？?！!]{1,16}[？?]|,还是[^。？?！!]{1,16}[？?]|"
    # round fourteen: ideas welcome (有什么新想法，也欢迎随时找我聊), the account asked for (你把情况说一下)
    "(?:想法|点子|思路|建议|意见)[，,]?也?(?:欢迎|随时|尽管)+(?:找我|跟我|和我|提|说|来)|"
    "说一下(?:情况|经过|原因|想法)|(?:情况|经过|原因|想法)(?:跟我|和我|给我)?说一下"
)
_RHETORICAL_R19 = re.compile(
    "你怎么又|你是不是傻|有没有脑子|你到底|你还想不想|你能不能|为什么你(?:总是|老是|从来)|凭什么|"
    "你有病|你是不是(?:猪|傻|笨|蠢|瞎|聋|脑子|故意|不想干)|(?:老家|家乡|村里|乡下)(?:那边|那里)?(?:的人)?是不是|你懂不懂|懂什么|懂啥|还要我教|还用我教|还得我教|有什么用|你会不会|你还要不要|你想干嘛|你在干什么|你搞什么|难道你|你是猪|你眼瞎|"
    # insults asked as questions: 你脑子里装的都是浆糊吗, 就你这身材谁会来报你的课
    "脑子里(?:装的)?(?:都|全)?是|就(?:你|他|她)这|谁(?:还)?(?:会|愿意|敢|想)[\u4e00-\u9fff]{0,4}?(?:你|他|她)(?!们)|"
    # round ten: jabs that assume the answer (你觉得这样像话吗？ 你好意思…吗？ 有你这样…的吗？
    # 你不觉得…吗？ 这种错误还要我提醒几次？ 你自己说说，…能…吗？)
    "像话|丢人|丢脸|好意思|对得起|害不害臊|成何体统|难道|有(?:你|他|她)这样|哪有(?:你|像你)这样|"
    "不觉得[^？?]{0,20}吗|你自己说说[，,][^？?]*吗|还(?:要|得|用)我(?:提醒|说|讲|强调|催)|"
    "说了多少(?:遍|次)|(?:说|讲|提醒)(?:了)?几(?:遍|次)|你以为[^？?]{0,20}吗|"
    # round eleven: 有用吗, 怎么还这么…, 你是不是觉得…, 哭什么哭, 跑工地干什么, 还要我来教你
    "有用吗|怎么(?:还(?:这么|那么|要|是这样|在|不)|这么(?:费劲|慢|笨|难|磨蹭|费事|不开窍))|"
    "是不是(?:觉得|以为|认为|都这样)|还要我来|"
    # round twelve: 哪次…不是…？ (every time, asked rhetorically)
    "哪(?:一)?(?:次|回|份|张|件|单|篇|天|场|趟)[\u4e00-\u9fff]{0,10}?不是|"
    "轮得到|轮得着|算老几|"
    "什么(?:(?<=(?P<a>[\u4e00-\u9fff]{2})什么)(?P=a)|(?<=(?P<b>[\u4e00-\u9fff])什么)(?P=b))|跑[^，。？?]{1,8}干(?:什么|嘛)|"
    # round fourteen: sarcasm asked (你这个安全员当得挺轻松啊？)
    "(?:轻松|滋润|清闲|悠闲|自在|舒服)(?:(?<=[挺真够]..)|(?<=(?:可真|倒是)..))(?:的)?(?:啊|嘛|呀|哈)"
)
# Round twenty: jabs asked as questions (让人怎么放心？, 你心思到底在不在…？, 你们是不是都这么…？, 传出去
# 别人怎么看我们？, 打扮成这样给谁看？, 不然这活儿谁来干？, 你觉得这样合适吗？; not 你觉得这个安排怎么样？);
# and a request or a suggestion put as a question asks for an action, not a view (你能再核一下这部分吗？,
# 要不你先休息几天？; not 你能说一下原因吗？).
_R20_RHETORICAL = re.compile(
    "(?:让|叫)(?:人|我|大家|领导|客户)(?:怎么|如何|咋)(?:放心|信任|相信|交代|服气)|"
    "到底(?:在不在|是不是|有没有|想不想|要不要|能不能|会不会)|是不是都(?:这么|那么|这样)|"
    "(?:传出去|说出去)[^？?]{0,8}?怎么看|(?:让|叫)(?:别人|人家|外人)怎么看|给谁看|"
    "(?:要不然|不然|那)[^？?]{0,12}?谁来(?:干|做)|这样(?:的[\u4e00-\u9fff]{1,4})?(?:合适|对|应该|妥当|说得过去|像样)吗"
)
_R20_RHETORICAL_KEYS = ("怎么", "如何", "咋", "到底", "是不是都", "给谁看", "谁来", "吗")


class _Rhetorical:
    """The rhetorical questions of the older rounds, then round twenty's behind its key words."""

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        found = _RHETORICAL_R19.search(text, pos, end)
        if found is None and any(k in text for k in _R20_RHETORICAL_KEYS):
            found = _R20_RHETORICAL.search(text, pos, end)
        return found


RHETORICAL = _Rhetorical()
REQUEST = re.compile(
    "(?:你|您)(?:能|可以|能不能|可不可以)(?!说|讲|谈|聊|解释|说明|介绍|分享)[\u4e00-\u9fff]{0,8}?一下"
    "(?!原因|情况|经过|想法|看法)[^？?]{0,12}吗|要不(?:你|您)"
)
QUESTION = re.compile(r"[？?]\s*$")
WH_QUESTION = re.compile(
    "哪|什么|怎么|为什么|为何|如何|多少|"
    # 是不是新的布草车摆放让这一步容易漏掉？ asks what got in the way
    "(?:是不是|会不会|是否)[^，。！？]{0,20}?(?:让|导致|造成|影响|因为|容易|漏|忘|卡|出错|没)|"
    # 你是不是家里有什么事？ 是不是最近身体不舒服？ (asking after the person)
    "(?:是不是|是否)[^，。！？]{0,12}?(?:家里|身体|生病|不舒服|有事|有什么事|遇到|难处|压力|累|睡|太多|太忙|忙不过来|"
    "来不及|太集中|太急|太赶|催得|赶得|紧)"
)
YOU = re.compile("你|您|我们|咱们")
POSITIVE_OUTCOME = compile_rule(
    "(?<!再)这样[\u4e00-\u9fff]{0,4}?(?:可以|能够|(?<!只)能|就|会|便)|这样一来|"
    "应该(?:会|能|可以)|有望|将会|(?<![交接开例周晨大年班早晚])会(?:更|顺利|好很多|好起来)|能降下来|"
    "会降下来|带(?:[一两二三几]个|好)?新人|带团队|独当一面|挑大梁|避免再(?:次)?(?:发生|出现|犯)|不会再(?:发生|出现)|就不会(?:再)?(?:出现|发生|有|出错)|"
    "有助于|就能|就可以|会更(?:好|顺利|加|有)|期待(?:你|看到)|希望(?:你|您|大家|团队|我们|看到|以后|今后|下次|接下来|"
    "下周|下个?月|明天|明年|本周|这周|下一次|下回)|晋升|成长|提升你|更上一层楼|发挥(?:你的)?|"
    # round eleven: a prospect stated as near-certain (只是时间问题, 完全有希望, 稳稳的, 可胜任)
    "只是时间问题|早晚的事|(?:完全|很|大)有(?:希望|机会)|稳稳的|十拿九稳|指日可待|"
    "(?<![不难])(?:可|能|可以|完全能|完全可以)胜任|更容易被|"
    # round twelve: a result that follows of itself (投诉自然就少了), a little more of a quality and
    # it is better still (细节再扎实一些就更完美了)
    "自然(?:就|也就|而然)?(?:会)?(?:少了|少很多|减少|降下来|多了|快了|顺了|好了|高了|提上来)|"
    "再[\u4e00-\u9fff]{1,4}?(?:一些|一点儿?|些|点)(?:的话)?[，,]?(?:就|会|就会)更(?:完美|好|棒|出色|稳|专业|顺|"
    "理想|优秀|全面|扎实|放心|有说服力)|"
    # round fourteen: two gains from one step (这样既保住拦截效果，也能…), a greater contribution to come
    "这样(?:既|不仅|一方面)|(?:作|做)出更大(?:的)?贡献|取得更大(?:的)?(?:进步|成绩|突破)|再创佳绩"
)
# A change stated to bring a result (分阶段上线能让复盘的数据更干净): in a statement, not in a
# question about how to get there (怎样能让交接会更容易参加？).
# (A leading class of possible first characters: about twice as fast for this pattern, and for
# PRAISE four times, measured; the word lists whose first characters ``re`` already skips stay as
# they are.)
_RESULT_CLAIM = first_chars_compile(
    "(?:能|可以|会|将)(?:让|使|使得|帮|帮助)[\u4e00-\u9fff]{0,12}?(?:更|不再|少|减少|提高|提升|"
    "避免|省下|省去|节省|顺利)|(?:能|可以)(?:避免|省下|节省|减少|降低|少走弯路)|"
    "(?:能|会)顺利(?:通过|完成|交付|上线|进行|结束)|能很快(?<=[也就]能很快)"
)
_HOW = re.compile("怎样|怎么|如何|什么|哪些|哪里|[？?]")
_QUOTED_ZH = re.compile('“[^”]{0,60}”|「[^」]{0,60}」|"[^"]{0,60}"')
_PRAISE_MAIN = first_chars_compile(
    "做得(?:很|非常|特别|真|相当|挺)?(?:好|棒|出色|不错|漂亮|到位)|很棒|真棒|不错|出色|优秀|感谢|谢谢|"
    "辛苦了|辛苦|值得(?:肯定|表扬|学习)|认可|(?:给予|充分|非常|很)肯定|表扬|赞|亮点(?<![放擦]亮点)|进步|加油|支持你|我会(?:支持|帮|协助|"
    "和你一起|全力)|(?:有|遇到)(?:什么|任何)(?:需要|困难|问题)(?:随时)?(?:找我|跟我说|告诉我)|随时找我|随时(?:告诉我|跟我说|和我说)|我(?:都|会|一定|全力)(?:支持|配合)|"
    "相信你|期待|很高兴|随时(?:问我|联系我|来找我|叫我)|欣赏|很好|很有价值|很专业|很用心|认真负责|贡献|功劳|给力|靠谱|很清晰|很扎实|"
    "干得漂亮|有目共睹|放心|有你在|有潜力|很有潜力|信任你|好样的|很满意|印象深刻|表现(?:很|非常|特别)?(?:好|突出|出色|亮眼)|很突出|"
    "一起(?:努力|想办法|解决|定|制定|讨论|看看|梳理|规划)|我们一起|继续保持|希望(?:下次)?你(?:能|可以|会)|"
    "对你[^，。]{0,6}有(?:帮助|好处)|帮你|提供(?:支持|帮助|资源)|谢了|"
    "得(?:很|非常|特别|真|相当|挺|十分|超|极其|格外|尤其)?(?:好|棒|出色|不错|漂亮|到位|充分|扎实|细致|"
    "清楚|清晰|专业|认真|周到|全面|井井有条|有条理|顺利|精彩|及时|高效|成功|用心|仔细|完美|透彻)|"
    "(?:很|非常|特别|十分|相当|真|挺|超|极其|格外|太|实在|确实)(?:充分|到位|扎实|细致|清楚|清晰|专业|认真|"
    "周到|全面|有条理|顺利|精彩|及时|高效|用心|仔细|完美|透彻|有创意|有说服力|有深度|有见地|有耐心|负责|"
    "投入|出彩|有感染力|犀利|到位|能干|耐心|准确|细心|主动|积极|热心|可靠|敬业|稳重|踏实|勤奋|努力|有担当|骄傲|"
    "自豪|欣慰|不容易)|收获(?:很大|颇丰|满满|不小)|"
    "(?:质量|水平|效率|准确率|完成率)(?:一直|也|都)?(?:很|非常|特别|相当|挺)高|很准(?![时备])|"
    "井井有条|条理清[楚晰]|有条不紊|一丝不苟|尽职尽责|任劳任怨|可圈可点|令人满意|恰到好处|无可挑剔|"
    "游刃有余|得心应手|耐心地|细心地|继续(?:这样|加油|努力|发扬)|相信(?:会|能|一定|这样|下次|你们|大家|"
    "我们)|(?:超过|超出|超额完成|高于|好于)了?(?:目标|预期|计划)|比(?:目标|预期|计划)(?:多|高|好)|"
    # gratitude, pride and standing: 我真的很感激, 我为你感到骄傲, 你是车间的骨干, 很不容易
    "感激|感恩|为你(?:感到)?(?:骄傲|自豪|高兴)|骨干|顶梁柱|主心骨|得力助手|好帮手|中坚力量|榜样|标杆|"
    "惊喜|看好你|有分寸|稳妥|可靠|棒(?<=(?:非常|特别|超级|相当)棒)|太棒|看重你|很看重|宝贵|不可或缺|离不开你|"
    "越来越好(?<=[会能]越来越好)|最(?:好|棒|强|稳|出色|优秀|专业|细心|细致|靠谱|扎实|可靠)的(?:人|一个|之一)?"
    "(?=[，。！；,;!]|$)|"
    "排(?<!投诉排)(?<!差评排)(?<!错误排)(?:在|名)?(?:全店|全组|全公司|全区|全部门|团队|组里|店里|部门|全院|全校)?第一|"
    "难能可贵|了不起|不简单|上手(?:很|非常|特别|这么|那么|挺)?快|值得(?:信赖|信任|称赞|骄傲)|信得过|乐于助人|"
    # round ten: 做事很麻利, 进度一直很稳, 客户常夸你, 你真是个人才 (mock praise is a finding and so
    # blocks it), 有事可以提前跟我说, 比去年提前两天完成
    "(?:很|非常|特别|十分|相当|挺|一直很|又快又)(?:麻利|利索|稳当|稳(?![定住]))|夸(?:你|他|她|过)|"
    "是个人才|真是人才|有事(?:可以|随时|尽管|就)?(?:提前)?(?:跟我说|找我|告诉我|和我说|说一声)|"
    "提前[一两二三四五六七八九十几半0-9]*(?:天|周|个月|小时)?完成|"
    # round thirteen: praise announced (我必须夸一下), a grounding (业务基础扎实, 底子好), 肯干, a good
    # word about the person (反馈一直挺好, 口碑不错), a product that sold out (the branches whose first
    # characters are common sit in _PRAISE_R13, behind its own gate)
    "夸(?:一下|一夸|夸)|(?:基础|功底|底子|基本功)(?:很|非常|特别|比较|相当|挺)?(?:扎实|过硬|牢固|好|不错)|"
    "肯干|肯吃苦|(?:反馈|评价|口碑|风评)(?:一直|也|都|向来)?(?:都)?(?:很|挺|非常|特别|相当)?(?:好|高|不错)|"
    "卖断货|供不应求|(?:复购率|好评率|满意度|回头率)(?:也|都)?(?:很|挺|非常|特别)?高"
)
# Round thirteen: praise with common first characters (一, 从, 先, 对, 很, 排), scanned only when one
# of its key words is in the part: praise announced (先说好的), nothing missed or gone wrong (一条没漏,
# 一点岔子没出, 从没出过一次事故, 零差错), work that ran smoothly (排得特别顺), confidence and prospects
# (我对你有信心, 很有希望), a habit of care (一向很细), 能吃苦, 一抢而空.
_PRAISE_R13 = first_chars_compile(
    "先说(?:好的|优点|成绩|亮点|做得好的)|能吃苦|一抢而空|"
    "一(?:条|次|个|项|单|件|处|笔|点|盒|份)(?:岔子|差错|问题|纰漏)?(?:都|也)?没(?:有)?(?:漏|错|出|落下|断)|"
    "从(?:来)?没(?:有)?出过(?:一次|一起|任何)?[^，。！？]{0,4}?(?:事故|差错|纰漏|岔子|问题|错)|"
    "零(?:事故|差错|失误|投诉|缺陷)|"
    "(?:安排|处理|组织|衔接|推进|排|运转)得(?:很|非常|特别|挺|十分)?(?:顺畅|流畅|顺(?![手便着]))|"
    "对(?:你|您|你们)(?:组|团队|班组|小组)?(?:很|非常|特别|充满|挺)?有信心|(?:很|大|非常|挺|还是很)有希望|"
    "(?:一向|一直|向来)(?:都)?(?:很|非常|特别|挺)(?:细|稳|认真|踏实|仔细|可靠)"
)
_PRAISE_R13_KEYS = (
    "没",
    "先说",
    "零",
    "顺",
    "流畅",
    "信心",
    "希望",
    "一向",
    "一直",
    "向来",
    "吃苦",
    "抢",
)


# Round fourteen: praise with no plain praise word, behind its own key words — beyond question
# (技术是没得说, 这个没话说), confidence in the person (以你的笔头, 我看你行, 这点我很看好, 有你坐镇,
# 完全有能力), gratitude of the people served (大伙儿都念你的好), the best at a care (组里最细的), a
# good manner of work (挺勤快, 干活挺拼, 很漂亮, 越来越规范).
# (Degree words and people are checked behind the word, so the scan starts at rarer characters:
# 很, 你, 有 and 是 start too many positions.)
_PRAISE_R14 = first_chars_compile(
    "没(?<![我你他她事就都也还再可]没)(?:得|的|话)说(?=[，,。！!；;了的]|$)|"
    "以你的(?:能力|水平|实力|笔头|经验|功底|本事|底子|悟性)(?![^。！？]{0,12}?(?:不该|不应|怎么会|怎么能|居然|竟然))|"
    "看你行(?<=我看你行)(?![不吗])|看你能行(?<=我看你能行)(?![不吗])|看你没问题(?<=我看你没问题)|"
    "定能?行(?:(?<=你肯定行)|(?<=你一定行)|(?<=你肯定能行)|(?<=你一定能行))(?![不吗])|"
    "念(?:着)?你的好|记着你的好|看好(?:(?<=[很都挺]看好)|(?<=(?:非常|特别|一直)看好))|"
    "(?:坐镇|把关)(?<=有你..)|完全有(?:能力|实力)|"
    "最细(?:心|致)?的(?:人|一个|之一)?(?=[，。！；,;!]|$)|敬佩|钦佩|"
    "(?:勤快|漂亮|规范)(?:(?<=[很挺真]..)|(?<=(?:特别|非常|相当|十分)..))|"
    "拼(?<=[很挺真]拼)(?![音接图写车凑装])|拼(?<=(?:特别|非常|相当|十分)拼)(?![音接图写车凑装])|"
    "越来越(?:规范|好|专业|熟练|稳|扎实|细|顺|出色|老练)"
)
_PRAISE_R14_KEYS = (
    "没得说",
    "没的说",
    "没话说",
    "以你的",
    "你行",
    "你肯定",
    "你一定",
    "你没问题",
    "你的好",
    "看好",
    "有你坐镇",
    "有你把关",
    "有能力",
    "有实力",
    "最细",
    "敬佩",
    "钦佩",
    "勤快",
    "拼",
    "漂亮",
    "规范",
    "越来越",
)
# Round sixteen: the words of a formal review (出勤良好, 业务过硬, 严格遵守操作规程) and a skill
# granted before a "but" (你装货是快，但…), behind key words of their own.
_PRAISE_R16 = re.compile(
    "(?:出勤|业务|技术|纪律|立场|表现|专业|基本功)(?:一直|也|都|方面)?(?:很|非常|特别|比较|相当|十分)?"
    "(?:良好|熟练|过硬|坚定|精湛|娴熟)|严格遵守|"
    "(?:确实|倒是|是)(?:很|挺|真)?(?:快|麻利|利索|能干|肯干)(?=[，,]|。但|。不过|。可)"
)
_PRAISE_R16_KEYS = (
    "良好",
    "熟练",
    "过硬",
    "坚定",
    "精湛",
    "娴熟",
    "遵守",
    "快",
    "麻利",
    "利索",
    "能干",
    "肯干",
)


class _PraiseScan:
    """The praise word lists as one ``finditer`` (all ``praise.has_praise`` asks of PRAISE)."""

    def __init__(
        self, main: re.Pattern[str], *gated: tuple[re.Pattern[str], tuple[str, ...]]
    ) -> None:
        self.main = main
        self.gated = gated

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        yield from self.main.finditer(string)
        for extra, keys in self.gated:
            if any(key in string for key in keys):
                yield from extra.finditer(string)


# Round twenty: thanks for a big help (这回真帮了我们大忙), good wishes and a welcome back (祝你一切顺利,
# 大家等你回来), a tool others find useful (大家都说很实用), gladness (我挺高兴的), "good at everything"
# before a "but" (你样样都好，就是…); not 帮了倒忙, 不太实用.
_PRAISE_R20 = re.compile(
    "帮了(?:我|我们|大家)?(?:大|很大的|不少|很多)忙|祝(?:你|您)?(?:一切|工作|生活|假期)?(?:顺利|好运|平安|愉快|早日康复)|"
    "(?:我们|大家)(?:都)?等你回来|(?:很|非常|特别|挺|都很|真)实用|(?:挺|很|真|特别|非常)高兴|"
    "(?:什么|样样|哪儿|哪里|哪)都好"
)
_PRAISE_R20_KEYS = ("帮了", "祝", "等你回来", "实用", "高兴", "都好")
PRAISE = _PraiseScan(
    _PRAISE_MAIN,
    (_PRAISE_R13, _PRAISE_R13_KEYS),
    (_PRAISE_R14, _PRAISE_R14_KEYS),
    (_PRAISE_R16, _PRAISE_R16_KEYS),
    (_PRAISE_R20, _PRAISE_R20_KEYS),
)
# A time to come is an outcome only with a result in its sentence (以后发布会更稳定), not with a
# rule (以后调整参数必须记录) or a plan alone (下次装车前我们一起过一下).
_FUTURE_TIME = re.compile(
    "明年|来年|下半年|接下来|下次|(?<!那)(?<!此)以后(?!再也)|今后|将来|未来|下个?季度|下个?月|"
    "下一(?:个|次|阶段|季度|轮|步)"
)
# 会 as "will", not the meeting (在会上, 会后, 会议)
_FUTURE_RESULT = re.compile("(?<![交接开例周晨大年班早晚在])会(?![上议后])|能|可以|就|将|有望")
_PAST = re.compile("昨天|前天|上周|上个?月|去年|当时|那天|那次|周[一二三四五六日]那|[0-9]+[号日]那")
_SCHEDULE = re.compile(
    "会(?:有所|有)?(?:调整|变化|变动|改变|更新|上线|开始|召开|举行|检查|通知|安排|下发|公布)"
)
# Round twelve: a threat after a time to come (下个月再这样我只能调你…) and advice (可以先…).
_THREAT = re.compile(
    "再这样|再犯|再出现|再有下次|再不改|只能调|只能请你|就别|我只能|只能(?:往上|上报|按规定|按制度)|"
    # round sixteen: one's place put in doubt (下个季度再垫底就自己看着办吧, …就走人)
    "自己考虑|看着办|后果自负|走人|卷铺盖|另谋高就|不用来了"
)
_ADVICE = re.compile("可以(?:先|提前|试着|试试|考虑|多|再|把)")
_OBLIGATION = re.compile("必须|务必|一定要|需要|要求|请|不得|不准|禁止|应当|得先")


# A result promised under a condition (如果记录能做到实时，交接班会快很多; 哪怕去掉一个，申请人也能…),
# not a threat (如果再迟到，就要扣绩效) nor an offer (如果有问题，就来找我).
_IF_THEN = compile_rule(
    "(?:如果|要是|假如|只要|哪怕|一旦)[^。！？!?]{1,25}?[，,][^。！？!?]{0,20}?"
    "(?:会|就|能|也能|都能|便|(?<![我])可以(?!理解|找我|问我)|没问题|稳了|不在话下)"
)
# Round eleven: a condition told as a done step, then a result (手册做出来，新人上手能快不少; 巡查
# 固定下来，孩子们少生病; 规范意识提升后，可…), in a sentence of its own; not a told event (报告交上
# 了，客户就签了: no 能/会/更 in it) nor a threat (…，就扣绩效).
_STEP_THEN = compile_rule(
    "(?:^|(?<=[。！？!?\n]))\\s*(?:把|等|只有|一旦)?[^，。！？!?,\n]{2,14}?(?:了|上|好|下来|起来|出来|到位|扎实|规范|"
    "清楚|养成习惯|(?:以|之)?后|这一?点|这几点|这两点)[，,][^。！？!?\n]{0,16}?"
    "(?:(?<![只才])能|(?<![不体理领误机约聚社协开])会|(?<![只才不我也])可以(?!理解|找我|问我)|更(?:容易|快|顺|好|放心|信任|稳)|少(?:生病|出错|返工|走弯路|跑一趟|挨骂)|"
    "多(?:接|拿|签|赚)|(?:还是|就是|肯定是)(?:我们|咱们|你)[\u4e00-\u9fff]{0,2}?的)"
)
_NOT_A_STEP = re.compile("辛苦|谢|感谢|该|[，,](?:我|我们)会")
_IF_THEN_BLOCK = re.compile(
    "扣|罚|处分|开除|辞退|警告|走人|滚|后果|看着办|调岗|降级|找我|告诉我|联系我|跟我说|[？?]"
)
# Encouragement (相信你下次会处理得更好, 相信你很快就能上手) is praise, not an expected result.
# Only a sentence that is the belief alone: 下次我们一起过一遍材料，相信你会讲得很好 pairs it with a plan.
_BELIEVE_YOU = re.compile(
    "(?:^|(?<=[。！？!?\n]))\\s*(?:我)?(?:也|很|一直|真的)?相信(?:你|您|他|她)(?!们)[^，。！？!?,]*"
)


def _has_positive_outcome_r19(text: str) -> bool:
    if "“" in text or "「" in text or '"' in text:
        # someone's quoted words (你说了“我们下周就能上线”) are not the outcome the writer expects
        text = _QUOTED_ZH.sub(lambda m: "“" + "…" * (len(m.group(0)) - 2) + "”", text)
    if "相信" in text:
        text = _BELIEVE_YOU.sub(lambda m: "…" * len(m.group(0)), text)
    for m in POSITIVE_OUTCOME.finditer(text):
        if text.startswith("的人", m.end()) and "不" in text[max(0, m.start() - 6) : m.start()]:
            continue  # round sixteen: 不是个能独当一面的人 (a quality denied, not an outcome)
        # a question (你觉得这样安排可以吗？) asks, it does not promise
        end = _sentence_end(text, m.end())
        if text[end : end + 1] not in ("？", "?"):
            return True
    for m in _IF_THEN.finditer(text):
        if not _IF_THEN_BLOCK.search(text, m.start(), _sentence_end(text, m.end()) + 1):
            return True
    for m in _STEP_THEN.finditer(text):
        if _NOT_A_STEP.search(m.group(0)):
            continue  # 辛苦她了，我们会…; 你也该…了，…能… (thanks or advice, not a step done)
        end = _sentence_end(text, m.end())
        if not _IF_THEN_BLOCK.search(text, m.start(), end + 1) and not _PAST.search(
            text, m.start(), end
        ):
            return True
    for m in _RESULT_CLAIM.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in "。！？!?\n")
        if not _HOW.search(text, left + 1, _sentence_end(text, m.end()) + 1):
            return True
    for m in _FUTURE_TIME.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in "。！？!?\n")
        end = _sentence_end(text, m.end())
        if text[end : end + 1] in ("？", "?"):
            continue  # 你觉得以后…怎么做能避免？ asks, it does not promise
        sentence = text[left + 1 : end]
        if m.group(0) == "以后" and _PAST.search(sentence):
            continue  # 周一那封邮件发出去以后，客户…就再也没回复: "after", in a told event
        if "会" in sentence:
            sentence = _SCHEDULE.sub("", sentence)  # 下个月检测标准会有调整: a plan, not a result
        if "再" in sentence or "可以" in sentence or "只能" in sentence:
            if _THREAT.search(sentence):
                continue  # 以后再这样，就别上台了: a threat, not a result
            sentence = _ADVICE.sub("", sentence)  # 下次出发前可以先…: advice
        if _FUTURE_RESULT.search(sentence) and not _OBLIGATION.search(sentence):
            return True
    return False


# 犀利 praises an analysis but is harsh about a tone of voice (说话的语气很犀利).
_HARSH_BEFORE = re.compile(
    "(?:语气|口气|措辞|说话|言辞|讲话|回复|态度|言语|批评|骂)[^，。！？；]{0,6}$"
)


def praise_is_harsh(part: str, start: int, end: int) -> bool:
    """True when the praise match ``part[start:end]`` is 犀利 about how someone spoke."""
    return "犀利" in part[start:end] and bool(
        _HARSH_BEFORE.search(part[max(0, start - 12) : start])
    )


# (praise asked about is not praise: 你觉得自己哪里做得好？)
# (round twenty: praise asked rhetorically, 你让大家怎么放心？)
PRAISE_NEGATION = re.compile(
    "(?:不|没|并不|不太|不够|并没有|没有|不是|并不是|不算|哪里|哪儿|哪些地方|什么地方|哪方面|哪些方面|"
    "(?:让|叫)(?:人|我|大家|领导|客户|我们)(?:怎么|如何|咋))$"
)
CONTRAST = re.compile("但是|但|不过|可是|然而|只是")


def not_a_sweep(sentence: str) -> bool:
    """A habit word the rules read as praise (他从来不迟到) or as a rule for each time
    (你每天都要提交日报): the absolute model's guard."""
    for m in _MARK.finditer(sentence):
        rest = sentence[m.end() : _clause_end(sentence, m.end(), 15)]
        if _is_praise_zh(m.group(0), rest) or _INSTRUCTION.match(rest):
            return True
    return False


# Round twenty (Chinese, on written20; frames with an open slot, each behind the one key scan
# _r20_keys). `absolute`: a daily habit with no subject right before it (还天天请假, 一个女孩子，天天跟人
# 吵; not 这个月天天下雨, 每天都要交日报, 天天卖断货); a clash with anyone (跟谁都能顶起来, 跟哪个部门
# 合作都出问题; not 跟谁都聊得来, 跟谁都要客气, nor after a label the older rules read, 脾气太差，跟谁都吵,
# which stays a label only as before); "every time it takes me to remind" (每次都要我来催; not
# 每次都要我来签字); "never" after a clause that opens on the person (他很内向，开会从来不出声; not 他很
# 细心，账目从来没出过错). And fixes: a habit the next words praise (从来不在群里闲聊，这一点很好; not 这一点
# 很不好), the speaker's own reaction (每次排班我都头疼).
_R20_DAILY = re.compile(
    "(?:天天|成天|整天|每天)(?:都|就|净|光|只|老|总|还)?(?P<rest>[^，。！？；,.!?;\n]{1,14})"
)
_R20_DAILY_FAULT = re.compile(
    "不收拾|不打扮|不梳|吵|闹|请假|迟到|早退|刷手机|玩手机|睡觉|打瞌睡|摸鱼|偷懒|混日子|抱怨|发牢骚|找借口|"
    "素面朝天|蓬头垢面|邋里邋遢|邋遢|磨蹭|磨洋工|溜号|开小差|不见人影|串岗|聊天"
)
_R20_ANYONE = re.compile(
    "(?:跟|和|同|对|与)(?:谁|哪个[\u4e00-\u9fff]{0,4}?|哪位[\u4e00-\u9fff]{0,3}?|任何人)"
    "[\u4e00-\u9fff]{0,4}?都(?P<rest>[^，。！？；,.!?;\n]{1,12})"
)
_R20_CLASH = re.compile(
    "杠|吵|顶|冲|较劲|过不去|处不好|合不来|处不来|出问题|出岔子|闹|翻脸|红脸|摆脸|摆架子|不对付|有矛盾|"
    "起冲突|看不顺眼|不服|拧|别扭|搞僵|弄僵|闹僵|合作不好|配合不好"
)
_R20_ME_AGAIN = re.compile(
    "(?:每次|每回|次次|回回|总是|老是|总得|总要)(?:都)?(?:要|得|需要|让|靠)我(?:来|去|亲自)?"
    "(?:提醒|催|盯|喊|叫|教|善后|收拾|擦屁股|兜底|返工|补|检查)"
)
_R20_NEVER_AFTER = re.compile(
    "[，,](?P<act>[\u4e00-\u9fff]{0,4}?)(?P<mark>从来不|从不|从来没|从没|从来都不)"
    "(?P<rest>[^，。！？；,.!?;\n]{1,10})"
)
_R20_BROKEN = re.compile("违反|违背|违规|犯过|出过|闯过|超过|耽误过|误过")
_R20_DEVOTED = re.compile("拼|勤快|勤奋|敬业|吃苦|踏实|负责|能干|顾全大局|任劳任怨")
_R20_THIS_POINT = re.compile("(?:这一点|这点)(?P<w>[^，。！？；,.!?;\n]{0,10})")
_R20_POINT_GOOD = re.compile("好|欣赏|规范|赞|不错|肯定|表扬|学习|佩服|认可|满意|难得|到位")
_R20_POINT_BAD = re.compile("不好|不行|不对|要改|必须改|不能|不可以|问题|毛病|差")
_R20_MY_OWN = re.compile("(?:每次|每回|每一次|每当)[^你您他她，。！？；,.!?;\n]{0,8}?我(?:们)?都")
# (second part) `judges_person`: the person's attitude as what disappoints (你的态度让我很失望; not a
# customer's, nor 你的态度让我很感动); all talk (嘴上说得好听，干活一点不上心; not a customer's promise);
# a place's good name turned against the person (都说X人能吃苦，你怎么一点都不像; also belittling; not 都说
# X人能吃辣，你也能吃吗); a disability as the question (你是聋了吗？, 他眼睛瞎了吧; also belittling; not
# 打印机是坏了吗). Fix: a label denied (我不是说你不行).
_R20_ATTITUDE = re.compile(
    "(?:你|您|他|她)(?:的|这种|这个|这)?(?:工作|服务|做事|学习)?态度(?:真|实在|太|确实|真是)?(?:让|令|叫)"
    "(?:我|人|大家|领导|我们)(?:很|太|非常|挺|有点|特别|十分|相当|真|实在)?"
    "(?:失望|寒心|心寒|无语|生气|恼火|头疼|头痛|不舒服|看不下去|看不惯|反感|不满|窝火)"
)
_R20_LIP = re.compile(
    "嘴上(?:说|讲|答应|应|喊|表态)(?:得|的)?(?:比谁都|倒是|挺|很|那么|这么|特别)?"
    "(?:好听|漂亮|好|痛快|响亮|积极|利索|天花乱坠|头头是道)(?:的)?[^。！？!?\n]{0,3}?[，,]"
    "(?P<rest>[^。！？!?\n]{1,16})"
)
_R20_LIP_BAD = re.compile("不|没|稀|差|拖|懒|慢|马虎|糊弄|应付|敷衍|一点|掉链子")
_R20_GOOD_NAME = re.compile(
    "(?:都说|人家都说|人都说|不是说|听说|大家都说|常说|都讲)(?P<who>[\u4e00-\u9fff]{1,6}?)人"
    "(?:都|就|最|特别|很|挺)?[^，。！？；,.!?;\n]{1,6}[，,](?:你|您|他|她)(?:怎么|咋|倒是|却|偏偏)?"
    "(?:一点|一点儿|半点)?(?:都|也)?(?:不像|没有|不是这样|不沾边)"
)
_R20_DISABLED_Q = re.compile(
    "(?:你|您|他|她)(?:是不是|是)?(?:的)?(?:耳朵|眼睛|嘴)?(?:是不是|是)?(?:聋|瞎|哑巴?|瘸)了"
    "(?:吗|吧|么|啊|呀)?(?=[？?]|吗|吧)"
)
_R20_DENIED = ("不是说", "没说", "并不是说", "不是嫌")
# (third part) `demeaning`: thinking oneself clever or pretty, as a taunt (你是不是觉得自己特别能耐？,
# also a label; not 你觉得自己哪里做得好？, 是不是觉得自己太累了？); a background as the reason to expect
# little (家里有个生病的老人，能来上班就不错了; not 下这么大雨，能按时到就不错了, thanks); "just coast till
# you retire" (混到退休算了; not 他明年退休); an age compared with a child (三十好几的人了，还跟个小孩
# 似的毛毛躁躁; not 还像小伙子一样有干劲); "you lot of X" before a fault (你们这些学历高的，眼高手低; not
# 你们这些新来的同事，周一培训); a post given out of pity (学校照顾你才给你这个岗位，要知道感恩); no brains
# (就是没什么脑子; not 忙得没脑子想别的, a machine). Fix: pregnancy as a fact the roster is changed for.
_R20_SELF_RATED = re.compile(
    "(?:你|您|他|她)(?:是不是|是)?(?:觉得|以为|当)自己(?:很|特别|挺|多|真|太|有多|比别人)?"
    "(?:聪明|了不起|厉害|能耐|漂亮|好看|长得好看|长得漂亮|长得帅|帅|高人一等|是老大|是领导|是老板|是皇帝|"
    "是公主|是大爷|是天才|是专家|是明星|天下第一|很牛|牛|高明|是个人物|是根葱)(?![好完成的])"
)
_R20_LOW_BAR = re.compile(
    "能(?P<act>[^，。！？；,.!?;\n]{1,12}?)就(?:算|已经|已经算)?(?:不错了|谢天谢地了?|烧高香了?|阿弥陀佛)"
)
_R20_BACKGROUND = re.compile(
    "残疾|残障|病|瘫|聋|哑|盲|孩子|怀孕|怀着|岁数|年纪|年龄|学历|文凭|外地|乡下|农村|女人|女的|女孩|小姑娘|"
    "老人|单亲|家里|当妈|宝妈|专科|大专|中专|技校"
)
_R20_RETIRE = re.compile(
    "(?:混|熬|待|干|等|撑|耗)(?:到|着)退休(?:算了|就行|就好|得了|拉倒|吧|就完事|完事)|"
    "(?:就|只能|也就|只好)(?:等着|混到|熬到)退休"
)
_R20_AGE_CHILD = re.compile(
    "(?:[二三四五六]十(?:好几|多|出头|来)?岁?|(?:这么|那么)大(?:岁数|年纪))(?:的人)?了?[，,]?"
    "[^。！？!?\n]{0,10}?(?:还|也|却)(?:跟|像|和)(?:个|一个)?[\u4e00-\u9fff]{0,5}?"
    "(?:小孩|孩子|学生|小年轻|实习生|新人|毛头小子|小姑娘)(?:子)?(?:一样|似的|差不多)"
    "(?P<rest>[^。！？!?\n]{0,12})"
)
_R20_YOU_LOT = re.compile(
    "(?:你|他|她)们这(?:些|帮|群|伙)(?P<who>[\u4e00-\u9fff]{1,8}?)的[，,]?(?P<rest>[^。！？!?\n]{1,20})"
)
_R20_PITY = re.compile(
    "(?:照顾|可怜|同情|看在)(?:你|您|他|她)[^。！？!?\n]{0,10}?才(?:给|让|把|留|招|收|要|安排|录用)"
)
_R20_GRATEFUL = re.compile("感恩|知足|感激")
_R20_NO_BRAIN = re.compile("(?<!有)(?:没|没有|不长|没长|没带)(?:什么|啥|点)?脑子(?![想记去])")
_R20_DEMEANOUR = re.compile(
    "(?:你|他|她)(?:这|那)(?:副|个)?(?:德性|德行|熊样|鬼样子?|死样子?|怂样|衰样)"
)
_R20_ARRANGED = re.compile(
    "重新安排|调整|调到|调成|接手|替班|代班|顶班|减少|不再排|免去|暂停|换成|改成"
)
_R20_TOPIC = re.compile(
    "(?:一个|这个|那个|你个|你一个|她一个|他一个)[\u4e00-\u9fff]{0,6}?"
    "(?:孩子|姑娘|小伙子?|男人|女人|人|同志|员工|家伙)(?:嘛|啊)?[，,]"
)
_R20_NOT_A_WORD = re.compile("快递|快件|快餐|不同|不少|不仅|不断|晚自习|晚会|晚宴")
_R20_KEY_WORDS = """天天 成天 整天 每天 谁 哪个 哪位 任何人 要我 得我 让我 靠我 这一点 这点 我都
我们都 态度 嘴上 不像 没有 不是这样 不沾边 聋 瞎 哑 瘸 不是说 没说 不是嫌 自己 不错了 谢天谢地 烧高香 阿弥陀佛
退休 一样 似的 差不多 们这 德性 德行 熊样 鬼样 死样 怂样 衰样 照顾 可怜 同情 看在 脑子 怀孕 怀了孕 孕妇"""
_R20_GATE = re.compile(_alt(" ".join(dict.fromkeys(_R20_KEY_WORDS.split()))))


@lru_cache(maxsize=64)
def _r20_keys(text: str) -> frozenset[str]:
    return frozenset(_R20_GATE.findall(text))


def _r20_someone(text: str, s: int) -> bool:
    """A person the words at ``s`` are about: in their sentence, before it, or a note about one."""
    if _r18_about_person(text, s) >= 0:
        return True
    left = _sentence_start(text, s)
    return bool(
        _ADDRESSED.search(text, left, _sentence_end(text, s))
        or _R20_TOPIC.search(text, left, s)  # 一个女孩子，天天跟人吵
    )


_R20_OTHERS = re.compile("大家|别人|我们|同事|咱们|人家|我(?!们)")
_R20_GROUP = re.compile(
    "(?:你|他|她)们(?:这|那)(?:些|帮|群|伙)|(?:[0-9零〇一二三四五六七八九]{2}|[八九零]零)后"
)


def _r20_group(text: str, s: int) -> bool:
    """A group's stereotype (你们这帮零零后，天天喊累): belittling, not one person's sweep."""
    return bool(_R20_GROUP.search(text, _sentence_start(text, s), s))


def _r20_praised(text: str, start: int, end: int) -> bool:
    part = text[start:end]
    return bool(_THANKS.search(part) or (_POS_ZH.search(part) and not _NEG_ZH.search(part)))


def _r20_absolute(text: str) -> Iterator[Span]:
    k = _r20_keys(text)
    if k & {"天天", "成天", "整天", "每天"}:
        for m in _R20_DAILY.finditer(text):
            rest = m.group("rest")
            if (_INSTRUCTION.match(rest) and not rest.startswith("请假")) or rest.startswith(
                ("都要", "都得", "都需要")
            ):
                continue  # 每天都要交日报 (a duty)
            if not (_R20_DAILY_FAULT.search(rest) or _r18_fault(rest)):
                continue
            if _r20_praised(text, m.start(), _sentence_end(text, m.end())):
                continue
            cstart = _clause_start(text, m.start())
            if (
                _R19_NOT_PERSON.search(text, cstart, m.start())
                or _R18_THING_OWNED.search(text, cstart, m.start())
                or _R20_OTHERS.search(text, cstart, m.start())
            ):
                continue  # 省得大家天天替你返工 (others' days)
            if _r20_someone(text, m.start()) and not _r20_group(text, m.start()):
                yield m.span()
    if "谁" in k or "哪个" in k or "哪位" in k or "任何人" in k:
        for m in _R20_ANYONE.finditer(text):
            rest = m.group("rest")
            if _INSTRUCTION.match(rest) or not (_R20_CLASH.search(rest) or _r18_fault(rest)):
                continue
            if _r20_praised(text, m.start("rest"), m.end()):
                continue
            cstart = _clause_start(text, m.start())
            if _R19_NOT_PERSON.search(text, cstart, m.start()):
                continue  # 这个软件跟哪个系统都兼容
            left = _sentence_start(text, m.start())
            if any(left <= s < m.start() for s, _ in _find_judges_r19(text[: m.start()])):
                continue  # 脾气太差，跟谁都吵: the habit shows a label the rules read (as before)
            if _r20_someone(text, m.start()) and not _r20_group(text, m.start()):
                yield m.span()
    if "从" in text:
        for m in _R20_NEVER_AFTER.finditer(text):
            left = _sentence_start(text, m.start())
            if _clause_start(text, m.start() - 1, 30) != left or not (
                _PERSON_LEADS.match(text, left) or _r17_person(text, m.start()) == left
            ):
                continue  # the clause before opens on the person (他很内向，开会从来不出声)
            act, mark, rest = m.group("act"), m.group("mark"), m.group("rest")
            if (
                _R19_NOT_PERSON.search(act)
                or _R18_THING_OWNED.search(act)
                or _ADDRESSED.search(act)
            ):
                continue  # (a thing's, or a person of its own: left to the older rules)
            if _is_praise_zh(mark, rest) or _INSTRUCTION.match(rest) or _R20_BROKEN.match(rest):
                continue  # 他很细心，账目从来没出过错; 操作规程从来没违反过
            if (
                act.endswith("也")
                or _r20_praised(text, left, _sentence_end(text, m.end()))
                or _R20_DEVOTED.search(text, left, m.start())
            ):
                continue  # 他工作很拼，周末也从来不休息 (devotion, not a sweep)
            yield m.start() + 1, m.end()
    if k & {"要我", "得我", "让我", "靠我"}:
        for m in _R20_ME_AGAIN.finditer(text):
            if _ADDRESSED.search(text) and not _THANKS.search(
                text, _sentence_start(text, m.start()), _sentence_end(text, m.end())
            ):
                yield m.span()


def _r20_keep_absolute(text: str, span: Span) -> bool:
    """False for a habit the next words praise (…，这一点很好) or the speaker's own reaction."""
    s, e = span
    k = _r20_keys(text)
    if "这一点" in k or "这点" in k:
        end = _sentence_end(text, e)
        for m in _R20_THIS_POINT.finditer(text, e, end):
            w = m.group("w")
            if _R20_POINT_GOOD.search(w) and not _R20_POINT_BAD.search(w) and not _NEG_ZH.search(w):
                return False
    return not (("我都" in k or "我们都" in k) and _R20_MY_OWN.match(text, s, e + 2))


def _r20_judges(text: str) -> Iterator[Span]:
    k = _r20_keys(text)
    if "态度" in k:
        yield from (m.span() for m in _R20_ATTITUDE.finditer(text))
    if "嘴上" in k:
        for m in _R20_LIP.finditer(text):
            cstart = _clause_start(text, m.start())
            if _R19_THIRD.search(text, cstart, m.start()):
                continue  # 客户嘴上答应得痛快 (someone else's)
            if _R20_LIP_BAD.search(m.group("rest")) and _r20_someone(text, m.start()):
                yield (
                    _r17_person(text, m.start()) if _r17_person(text, m.start()) >= 0 else cstart,
                    m.end(),
                )
    yield from _r20_both(text, k)


def _r20_both(text: str, k: frozenset[str]) -> Iterator[Span]:
    """Frames that are a label and belittling at once."""
    if k & {"不像", "没有", "不是这样", "不沾边"}:
        yield from (m.span() for m in _R20_GOOD_NAME.finditer(text))
    if k & {"聋", "瞎", "哑", "瘸"}:
        yield from (m.span() for m in _R20_DISABLED_Q.finditer(text))
    if "脑子" in k:
        for m in _R20_NO_BRAIN.finditer(text):
            cstart = _clause_start(text, m.start())
            if _R19_NOT_PERSON.search(text, cstart, m.start()):
                continue  # 扫地机器人没什么脑子
            if _r20_someone(text, m.start()):
                yield m.span()
    if "自己" in k:
        for m in _R20_SELF_RATED.finditer(text):
            end = _sentence_end(text, m.end())
            after = text[m.end() : end + 1]
            if "？" in after or "?" in after or re.match("[，,](?:就|别人|所以)", after):
                yield m.span()


def _r20_keep_judges(text: str, span: Span) -> bool:
    """False for a label denied (我不是说你不行)."""
    k = _r20_keys(text)
    return not any(w in k and text.endswith(w, 0, span[0]) for w in _R20_DENIED)


def _r20_demeaning(text: str) -> Iterator[Span]:
    k = _r20_keys(text)
    yield from _r20_both(text, k)
    if k & {"不错了", "谢天谢地", "烧高香", "阿弥陀佛"}:
        for m in _R20_LOW_BAR.finditer(text):
            left, end = _sentence_start(text, m.start()), _sentence_end(text, m.end())
            bg = _R20_BACKGROUND.search(text, left, m.start())
            if not bg or _THANKS.search(text, left, end) or _SUPPORT.search(text, left, end):
                continue
            if _ADDRESSED.search(text, left, end) or bg.start() == left:
                yield bg.start(), m.end()
    if "退休" in k and _ADDRESSED.search(text):
        yield from (m.span() for m in _R20_RETIRE.finditer(text))
    if k & {"一样", "似的", "差不多"}:
        for m in _R20_AGE_CHILD.finditer(text):
            rest = text[m.start() : m.end()]
            if _r20_praised(text, m.start(), _sentence_end(text, m.end())):
                continue
            if _TRAIT.search(rest) or _NEG_ZH.search(m.group("rest")) or _R18_FAULT.search(rest):
                yield m.span()
    if "们这" in k:
        for m in _R20_YOU_LOT.finditer(text):
            rest = m.group("rest")
            if _r20_praised(text, m.start("rest"), m.end()) or _INSTRUCTION.match(rest):
                continue
            if _TRAIT.search(rest) or _NEG_ZH.search(rest) or _R18_FAULT.search(rest):
                yield m.start(), m.end("who") + 1
    if k & {"照顾", "可怜", "同情", "看在"}:
        for m in _R20_PITY.finditer(text):
            if _R20_GRATEFUL.search(text) or _R20_BACKGROUND.search(
                text, _sentence_start(text, m.start()), m.start()
            ):
                yield m.span()
    if k & {"德性", "德行", "熊样", "鬼样", "死样", "怂样", "衰样"}:
        yield from (m.span() for m in _R20_DEMEANOUR.finditer(text))


def _r20_keep_demeaning(text: str, span: Span) -> bool:
    """False for pregnancy named as the fact a roster is changed for (no dismissal beside it)."""
    s, e = span
    if text.startswith(_PREGNANCY, s):
        left, end = _sentence_start(text, s), _sentence_end(text, e)
        if _R20_ARRANGED.search(text, e, end) and not _DISMISSED.search(text, left, end):
            return False
    return True


def find_judges(text: str) -> Iterator[Span]:
    yield from (span for span in _find_judges_r19(text) if _r20_keep_judges(text, span))
    yield from _r20_judges(text)


def find_demeaning(text: str) -> Iterator[Span]:
    yield from (span for span in _find_demeaning_r19(text) if _r20_keep_demeaning(text, span))
    yield from _r20_demeaning(text)


def find_absolute(text: str) -> Iterator[Span]:
    for span in chain(_find_absolute_r19(text), _r20_absolute(text)):
        if _r20_keep_absolute(text, span):
            yield span


# Round twenty (elements): a sentence about the time to come, or an "if", that hands the work to
# someone else (下次这种场合还是让小马去吧, 下个月你就去看仓库吧), threatens (下回再让我看到，就按违规
# 处理), foresees trouble (下周的检查恐怕会被扣分), states a rule (以后只能走内网) or a belief in the
# person (我相信下次不会再出错: encouragement, as 相信你… already is), or tells the person to leave
# (要是不想干了就直说) promises no good result; not 下次提前一天发给我，这样大家就能先看一遍.
_R20_NOT_OUTCOME = re.compile(
    "还是让|还是交给|交给别人|换个人|你就去|就别(?:讲|去|来|做|参加|上)|别再给|"
    "再让我(?:看到|发现|碰到|听到)|按违规|直接处理|"
    "(?:可能|恐怕|怕是|估计|肯定)会被|会被(?:揪|查|扣|罚|投诉|通报|退)|"
    "(?:我)?相信(?:下次|以后|今后)|只能|不想干|直说"
)
_R20_WHEN_IF = re.compile(_FUTURE_TIME.pattern + "|如果|要是|假如")


_R20_NOT_OUTCOME_KEYS = (
    "还是",
    "交给",
    "换个人",
    "你就去",
    "就别",
    "别再",
    "再让我",
    "违规",
    "直接处理",
    "会被",
    "相信",
    "只能",
    "不想干",
    "直说",
)


def has_positive_outcome(text: str) -> bool:
    if any(k in text for k in _R20_NOT_OUTCOME_KEYS) and _R20_NOT_OUTCOME.search(text):
        parts = []
        for sentence in re.split("(?<=[。！？!?\n])", text):
            if (
                _R20_NOT_OUTCOME.search(sentence)
                and _R20_WHEN_IF.search(sentence)
                and not POSITIVE_OUTCOME.search(sentence)
            ):
                sentence = "・" * len(sentence)
            parts.append(sentence)
        text = "".join(parts)
    return _has_positive_outcome_r19(text)


# Round twenty (elements): words that only look like an effect are blanked before the older rules
# read the comment: 明明白白 (not 白白 "in vain"), 说明 (not someone "said"), praise passed on
# (大家都说你肯学), an effect denied (很少需要返工), relief only hoped for (希望到时候不用再手工补录), a
# forecast after "if this goes on" (再这样下去，你也就只能…), a plan named after a fault (差评回访计划);
# not 大家都说你太急, 客户因此给了差评, 终于不用再手工补录.
_R20_PASSED_ON = re.compile(
    "(?:大家|同事|同事们|老师们?|家长|客户|业主|领导|他们|新人|学员|用户|顾客)(?:都|也|私下)?(?P<w>说|夸)(?P<rest>[^，。！？；,.!?;\n]{1,12})"
)
_R20_PASSED_GOOD = re.compile(
    "肯学|上手快|学得快|认真|细心|负责|耐心|靠谱|能干|专业|热情|学到|进步|好|棒|不错|仔细|踏实|勤快|实用|有用"
)
_R20_DENIED_EFFECT = re.compile(
    "(?:很少|没有|不用|无需|不需要|不必|极少|几乎不)(?:需要)?(?P<w>返工|投诉|出错)"
)
_R20_HOPED = re.compile(
    "(?:希望|到时候|争取|打算|计划|期待)[^。！？!?\n]{0,24}?(?P<w>不用再|不必再|无需再|再也不用|终于|总算)"
)
_R20_GOES_ON = re.compile("(?:再|这样|这么)(?:这么|这样)?下去[^。！？!?\n]{0,12}?(?P<w>只能)")
_R20_PLAN_OF = re.compile(
    "(?P<w>差评|投诉|返工|退货|事故)[\u4e00-\u9fff]{0,3}?(?:计划|方案|流程|制度|专项)"
)
_R20_CONSEQ_BLANKS = (
    ("白白", re.compile("(?<=明)(?P<w>白白)")),
    ("说明", re.compile("(?P<w>说明)")),
    ("说", _R20_PASSED_ON),
    ("夸", _R20_PASSED_ON),
    ("返工", _R20_DENIED_EFFECT),
    ("投诉", _R20_DENIED_EFFECT),
    ("出错", _R20_DENIED_EFFECT),
    ("再", _R20_HOPED),
    ("终于", _R20_HOPED),
    ("总算", _R20_HOPED),
    ("下去", _R20_GOES_ON),
    ("计划", _R20_PLAN_OF),
    ("方案", _R20_PLAN_OF),
    ("流程", _R20_PLAN_OF),
    ("制度", _R20_PLAN_OF),
    ("专项", _R20_PLAN_OF),
)


def has_consequence(text: str) -> bool:
    blanks: list[Span] = []
    for key, rx in _R20_CONSEQ_BLANKS:
        if key not in text:
            continue
        for m in rx.finditer(text):
            if rx is _R20_PASSED_ON and not (
                _R20_PASSED_GOOD.search(m.group("rest")) and not _NEG_ZH.search(m.group("rest"))
            ):
                continue  # 大家都说你太急 (a reaction: an effect)
            blanks.append(m.span("w"))
    for start, end in blanks:
        text = text[:start] + "・" * (end - start) + text[end:]
    return _has_consequence_r19(text)


# Round twenty (elements): `behavior` also from a numbered building, unit or bed (8栋的屋顶, 3号楼,
# 12床) and the employee's own words quoted (你在记录里标了“待观察”), in a sentence that gives no
# order; an order word in a told time clause (周一核对时才发现) gives none; years in the job (在这儿干了
# 十几年) are no event; not 请把8栋的报修单处理一下.
_R20_BEHAVIOR = re.compile(
    "[0-9０-９一二三四五六七八九十]+(?:栋|号楼|幢|单元|号房|号床|床(?![单位])|号桌|号线|号柜|号库|号仓)|"
    "(?:标了|写了|回了|说了(?:句|一句)?|填了|备注了?|批了|留言)“[^”]{1,12}”"
)
_R20_BEHAVIOR_KEYS = ("栋", "楼", "幢", "单元", "号", "床", "“")
_R20_TOLD_TIME = re.compile("时(?!间)|的时候|以后|之后|后才")
_R20_TENURE = re.compile(
    "(?:干|做|待|工作|来)了(?:快|近|将近|有)?(?:十几|几十|[一二三四五六七八九十两几]+)年"
)


def has_behavior(text: str) -> bool:
    if "年" in text:
        text = _R20_TENURE.sub(lambda m: "・" * len(m.group(0)), text)
    if _has_behavior_r19(text):
        return True
    if "时" in text or "后" in text:
        orders = [m.span() for m in _ORDER.finditer(text) if _R20_TOLD_TIME.match(text, m.end())]
        if orders:
            for start, end in orders:
                text = text[:start] + "・" * (end - start) + text[end:]
            if _has_behavior_r19(text):
                return True
    if any(k in text for k in _R20_BEHAVIOR_KEYS):
        for m in _R20_BEHAVIOR.finditer(text):
            left = _sentence_start(text, m.start())
            end = _sentence_end(text, m.end())
            if (
                _ORDER.search(text, left, end) or _OBLIGATION.search(text, left, end)
            ) and not _TOLD.search(text, left, end):
                continue  # 请把8栋的报修单处理一下 (an order)
            return True
    return False
