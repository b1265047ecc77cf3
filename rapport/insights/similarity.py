"""Near-duplicate detection of interview notes: MinHash signatures and LSH bands.

Pure Python. Text is normalised (case, punctuation and spaces removed, so it works the same for
Chinese and English) and cut into character 4-grams. A MinHash of 64 values estimates the Jaccard
similarity of two notes; cut into 16 bands of 4 values, two notes with Jaccard ≥ 0.8 share a band
with probability > 0.999, two with Jaccard ≤ 0.3 with probability < 0.13. The bands are stored
per interview, so "shares a band with another interview" is one GROUP BY in the database.
"""

import hashlib
import re
import struct

NUM_HASHES = 64
BANDS = 16
ROWS = NUM_HASHES // BANDS
SHINGLE = 4
MIN_CHARS = 40  # shorter notes are not compared: short stock phrases repeat legitimately
_STRIP = re.compile(r"[\W_]+", re.UNICODE)
_MASK = (1 << 32) - 1
_PRIME = (1 << 61) - 1
_SEEDS = [
    struct.unpack("<QQ", hashlib.blake2b(f"rapport-minhash-{i}".encode(), digest_size=16).digest())
    for i in range(NUM_HASHES)
]


def normalise(text: str) -> str:
    return _STRIP.sub("", text.lower())


def shingles(text: str) -> set[int]:
    norm = normalise(text)
    if len(norm) < MIN_CHARS:
        return set()
    return {
        int.from_bytes(
            hashlib.blake2b(norm[i : i + SHINGLE].encode(), digest_size=8).digest(), "little"
        )
        for i in range(len(norm) - SHINGLE + 1)
    }


def minhash(text: str) -> list[int] | None:
    values = shingles(text)
    if not values:
        return None
    return [min(((a * v + b) % _PRIME) & _MASK for v in values) for a, b in _SEEDS]


def bands(signature: list[int]) -> list[str]:
    """One bucket key per band; equal keys mean equal rows in that band."""
    return [
        hashlib.blake2b(
            struct.pack(f"<{ROWS}I", *signature[i * ROWS : (i + 1) * ROWS]), digest_size=8
        ).hexdigest()
        for i in range(BANDS)
    ]


def estimated_similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_HASHES


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0
