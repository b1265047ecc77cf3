from rapport.insights.similarity import bands, estimated_similarity, jaccard, minhash

NOTES_EN = (
    "Revenue reached 80% of target in Q3. The September report was sent three days late, so the client "
    "escalated to their director. We agreed a weekly pipeline review and a pricing training in January."
)
NOTES_ZH = "第三季度收入达到目标的百分之八十。九月的报告晚了三天发出，客户因此升级投诉到总监。双方商定每周回顾销售漏斗，一月参加定价培训。"


def shares_a_band(a: str, b: str) -> bool:
    sa, sb = minhash(a), minhash(b)
    return (
        sa is not None
        and sb is not None
        and bool(set(enumerate(bands(sa))) & set(enumerate(bands(sb))))
    )


def test_copied_notes_with_a_name_changed_are_near_duplicates_in_both_languages():
    assert shares_a_band(NOTES_EN, NOTES_EN.replace("September", "October"))
    assert jaccard(NOTES_EN, NOTES_EN.replace("September", "October")) > 0.8
    assert shares_a_band(NOTES_ZH, NOTES_ZH.replace("九月", "十月"))


def test_a_paraphrase_or_different_notes_are_not():
    paraphrase = (
        "In the third quarter sales came to four fifths of the goal. A client complained to a director after "
        "the monthly report arrived late; from now on we look at the pipeline every week and you will attend training."
    )
    assert not shares_a_band(NOTES_EN, paraphrase)
    other_zh = "本期生产一次合格率为百分之九十七，停机时间减少了一半。下期重点是安全培训和设备点检，每月复盘一次。"
    assert not shares_a_band(NOTES_ZH, other_zh)


def test_the_estimate_follows_the_true_similarity_and_short_notes_are_ignored():
    edited = NOTES_EN.replace("weekly", "monthly")
    assert (
        abs(estimated_similarity(minhash(NOTES_EN), minhash(edited)) - jaccard(NOTES_EN, edited))
        < 0.2
    )
    assert minhash("OK, agreed.") is None
