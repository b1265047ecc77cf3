"""The start-up warm-up: its texts are current, never the speed bench's, and change no result."""

from __future__ import annotations

from rapport.coach import analyze, warm
from rapport.coach.evaluate import DATA_DIR, WARM_FILES, load
from rapport.coach.tests.helpers import bench_script
from rapport.coach.text import sentence_spans


def _writer():
    return bench_script("write_warm_texts")


def _sentences(text: str) -> set[str]:
    return {text[start:end] for start, end in sentence_spans(text)}


def test_the_shipped_warm_up_texts_are_what_the_warm_files_give():
    shipped = warm.WARM_TEXTS.read_text(encoding="utf-8")
    assert shipped == _writer().render(), "run python bench/write_warm_texts.py"


def test_warm_up_texts_cover_both_languages_and_never_share_a_sentence_with_a_timed_file():
    texts = warm.warm_texts()
    assert set(texts) == {"en", "zh"}
    assert all(len(texts[lang]) > 1000 for lang in texts)
    timed = {
        sentence
        for path in DATA_DIR.glob("*.jsonl")
        if path.name not in WARM_FILES
        for row in load(path)
        for sentence in _sentences(row["text"])
    }
    assert timed, "the speed bench needs files the warm-up does not read"
    warmed = {sentence for lang in texts for text in texts[lang] for sentence in _sentences(text)}
    assert not warmed & timed


def test_warming_up_changes_no_result():
    rows = [row for path in sorted(DATA_DIR.glob("heldout1[3-8].jsonl")) for row in load(path)]
    sample = [row["text"] for row in rows[::25]]
    before = [analyze(text).to_dict() for text in sample]
    warm.warm_up()
    assert [analyze(text).to_dict() for text in sample] == before
