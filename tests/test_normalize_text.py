"""normalize_text without a per-character category lookup: the same text out as the
definition (drop Unicode's controls, category Cc, but the newline; space-likes and tabs
become spaces; invisible characters go), for ASCII and non-ASCII text alike."""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest
from briefsmith.core.cleaning import decode_article_bytes, normalize_text
from briefsmith.core.errors import NotText

SPACE_LIKE = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def by_definition(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = "".join(" " if ch in SPACE_LIKE or ch == "\t" else ch for ch in text)
    text = "".join(ch for ch in text if ch not in INVISIBLE)
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def test_every_control_character_is_dropped_but_the_newline():
    controls = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cc"]
    for control in controls:
        for around in ("Fares rise", "Tarife steigen — “bald”"):
            text = f"{around}{control}today"
            expected = by_definition(text)
            assert normalize_text(text) == expected, repr(control)


def test_random_mixed_text_matches_the_definition():
    rng = random.Random(25)
    alphabet = [chr(c) for c in range(0x250)] + list(SPACE_LIKE + INVISIBLE + "e\u0301\u2028é—")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert normalize_text(text) == by_definition(text), repr(text)


def test_binary_looking_input_is_still_refused_and_text_with_tabs_is_not():
    noisy = ("ab\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e" * 10).encode()
    with pytest.raises(NotText, match="control characters"):
        decode_article_bytes(noisy, 10_000)
    table = "Team\tWins\tLosses\r\nNorth\t12\t3\f" * 20
    assert decode_article_bytes(table.encode(), 10_000) == table
