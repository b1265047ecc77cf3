"""The Chinese segmentation helpers agree with jieba, only faster."""

from __future__ import annotations

import pytest

from rapport.coach import segment
from rapport.coach.evaluate import DATA_DIR, load
from rapport.coach.text import sentence_spans


def _prefixes() -> list[str]:
    """Beginnings of the Chinese sentences in the labelled data, where a name may end."""
    prefixes: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for row in load(path):
            text = str(row["text"])
            if row["lang"] != "zh":
                continue
            for start, end in sentence_spans(text):
                sentence = text[start:end]
                prefixes.update(sentence[:k] for k in range(1, min(len(sentence), 12) + 1))
    return sorted(prefixes)[::12]


EDGES = [
    "",
    " ",
    "张伟",
    "小丁这孩子",
    "现在的小年轻",
    "你看行",
    "客户说 Kevin",
    "报价单v2",
    "第3季度",
    "他说：“",
    "张伟\r\n",
    "李娜，",
    "和王芳 ",
    "老周这人吧",
]


PREFIXES = [*EDGES, *_prefixes()]


@pytest.mark.parametrize("chunk", range(4))
def test_last_tagged_word_is_the_last_word_posseg_gives(chunk: int):
    _, posseg = segment._load()
    assert len(PREFIXES) > 2000
    for prefix in PREFIXES[chunk::4]:
        pairs = list(posseg.cut(prefix))
        expected = (pairs[-1].word, pairs[-1].flag) if pairs else None
        assert segment.last_tagged_word(prefix) == expected, prefix


def test_a_name_at_the_end_of_the_words_before_a_hit_is_found():
    assert segment.ends_with_person_name("张伟") == 0
    assert segment.ends_with_person_name("昨天开会的时候李娜") == 7
    assert segment.ends_with_person_name("小丁这孩子") == -1
    assert segment.ends_with_person_name("") == -1
