"""Reported speech: words inside quotation marks that someone else said.

'The customer said, "You people are useless."' and 客户原话是：“你们的人从来不回电话。” report a third
party's words; they are not the writer's judgement, so findings inside them are dropped. A quote
counts as reported speech when a reporting verb introduces it (said, told us, shouted, 说：, 原话是,
问) or follows it ('"…," the client said') and the speaker is not the writer (I/we, 我/我们): "I told
him, 'you are lazy'" is still the writer's own label. Unattributed quotes (scare quotes) are kept.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_QUOTE_CHARS = frozenset('"“”「」『』')
_QUOTED = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|「[^」\n]{1,300}」|『[^』\n]{1,300}』')
# Single quotes double as apostrophes ("don't", "the nurses' station"): an opening mark follows
# a space, a bracket or a colon and comes before a letter; a closing mark follows a letter or
# punctuation and is not followed by a letter ("'Mr Tan never marks homework.'").
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=[\s(\[:,;—–-])|^)['‘](?=[^\W_])(?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,300}?"
    r"(?<=[^\s'‘’])['’](?!\w)"
)

# Cheap test first: most apostrophes sit inside words ("don't") and open no quotation.
# (the literal quote first lets ``re`` jump from one "'" to the next)
_SINGLE_OPENER = re.compile(r"'(?<=[\s(\[:,;—–-]')")

_EN_VERB = (
    r"(?:said|says|say|told\s+(?:us|me|him|her|them|the\s+\w+|everyone|\w+)|tells\s+\w+|"
    r"shouted|shouts|yelled|yells|screamed|wrote|writes|asked|asks|complained|complains|"
    r"replied|replies|answered|commented|comments|emailed|posted|tweeted|remarked|added|"
    r"noted|put\s+it|called\s+(?:us|me|you|it|him|her|them|(?:our|the|your|my|his|her|their|a)"
    r"\s+[\w'’-]+(?:\s+[\w'’-]+)?)|"
    # Round eleven: "the client's email calls our support 'incompetent'", "her message describes
    # the rota as 'stupid'"
    r"(?:calls|call|describes|described|labels|labelled|labeled|brands|branded)\s+(?:us|me|you|"
    r"it|him|her|them|(?:our|the|your|my|his|her|their|a|this|that)\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"(?:\s+as)?|snapped|muttered|exclaimed|reads|read|stated|states|claimed|"
    r"claims|alleged|alleges|insisted|insists|shouted\s+at\s+\w+|texted|messaged|"
    r"(?:left|gave|sent|wrote)\s+(?:a|an)\s+(?:\w+\s+)?(?:review|comment|note|message|email)"
    r"(?:\s+(?:saying|that\s+said|reading))?|saying|reading|the\s+words)"
)
# "The customer said, " / "the client told us: " right before the opening quote.
_EN_INTRO = re.compile(
    rf"(?P<who>\b[\w'’-]+(?:\s+[\w'’-]+){{0,4}}?)\s+(?:\w+ly\s+)?{_EN_VERB}(?:\s+(?:in|back|up|out|round|over))?\s*"
    r"(?:something\s+like\s*)?"
    # Round eight: a particle after the verb ('wrote in that you were "…"', 'rang up to say')
    # Round seven: a reported clause before the quote ('told me you were "a total idiot"',
    # 'wrote that the night nurse was "rude and useless"')
    r"(?:(?:that\s+)?(?:you|he|she|they|it|we|i|(?:the|our|his|her|their|a|an|my)(?:\s+[\w'’-]+){1,2}|"
    r"[\w'’-]+)\s+(?:was|were|is|are|had\s+been|has\s+been|seemed|looked|sounded|came\s+across\s+as|"
    r"acted\s+like|called\s+\w+)\s+)?"
    r"(?:[,:]?|(?:\s+(?:on|in|last|this|yesterday|today|earlier|again|to\s+(?:us|me|him|her|them)|"
    r"about\s+you|online)(?:\s+[\w'’-]+){0,2}\s*[,:]))\s*$",
    re.IGNORECASE,
)
# '"…," the client said.' right after the closing quote.
_EN_AFTER = re.compile(
    rf"\s*,?\s*(?P<who>(?:the|a|an|one|our|their|his|her|my)\s+\w+(?:\s+\w+)?|he|she|they|"
    rf"(?-i:[A-Z][a-z]+))\s+(?:\w+ly\s+)?{_EN_VERB}\b",
    re.IGNORECASE,
)
_ZH_INTRO = re.compile(
    r"(?:说|问|讲|喊|骂|嚷|吼|写道|写着|原话是|原话|的话是|表示|称|抱怨|反馈|投诉|留言|评论|回复|"
    r"提到|问道|说道|抱怨道|说了句|来了句|一句)(?:道|着)?(?:的是)?\s*[：:，,]?\s*$"
)
_WRITER_EN = frozenset({"i", "we"})
_WRITER_ZH = ("我", "咱")
_ZH_CLAUSE_END = "，。！？；,.!?;\n"


def reported_spans(text: str) -> list[Span]:
    """``(start, end)`` of each quotation (marks included) attributed to someone else."""
    spans: list[Span] = []
    if not _QUOTE_CHARS.isdisjoint(text):
        for m in _QUOTED.finditer(text):
            if _attributed(text, m.start(), m.end()):
                spans.append((m.start(), m.end()))
    if "‘" in text or text.startswith("'") or _SINGLE_OPENER.search(text):
        for m in _SINGLE_QUOTED.finditer(text):
            if _attributed(text, m.start(), m.end()):
                spans.append((m.start(), m.end()))
    return spans


def _attributed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    # Only the sentence the quote sits in.
    cut = max(before.rfind(ch) for ch in ".!?。！？\n")
    before = before[cut + 1 :]
    m = _EN_INTRO.search(before)
    if m:
        return _WRITER_EN.isdisjoint(m.group("who").lower().split())
    m = _ZH_INTRO.search(before)
    if m:
        clause = before[: m.start()]
        cut = max(clause.rfind(ch) for ch in _ZH_CLAUSE_END)
        clause = clause[cut + 1 :].lstrip()
        return not clause.startswith(_WRITER_ZH)
    after = _EN_AFTER.match(text, end, min(len(text), end + 60))
    return after is not None and _WRITER_EN.isdisjoint(after.group("who").lower().split())


def outside_reported(spans: list[Span], reported: list[Span]) -> list[Span]:
    """The spans that do not lie inside a reported quotation."""
    if not reported:
        return spans
    return [s for s in spans if not any(rs <= s[0] and s[1] <= re_ for rs, re_ in reported)]
