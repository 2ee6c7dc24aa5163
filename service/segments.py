"""Paragraphs and sentences with their character offsets. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens that end in a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    """
mr mrs ms dr col gen lt sgt maj capt adm cpl pvt gov sen rep st jr sr prof no vs etc
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m inc ltd co
""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    return [
        Segment(m.start(), m.end(), m.group())
        for m in re.finditer(r"[^\n]+", text)
        if m.group().strip()
    ]


def _ends_with_abbreviation(text: str, period_at: int) -> bool:
    word = re.search(r"([\w.]+)$", text[:period_at])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    # A single capital initial ("Vladimir V. Putin") does not end a sentence.
    return token in _ABBREVIATIONS or (len(token) == 1 and text[period_at - 1].isupper())


def sentences(text: str) -> list[Segment]:
    """Sentences, never crossing a paragraph break."""
    found: list[Segment] = []
    for paragraph in paragraphs(text):
        start = paragraph.start
        for boundary in _BOUNDARY.finditer(paragraph.text):
            absolute_end = paragraph.start + boundary.end()
            if text[paragraph.start + boundary.start()] == "." and _ends_with_abbreviation(
                text, paragraph.start + boundary.start()
            ):
                continue
            found.append(Segment(start, absolute_end, text[start:absolute_end]))
            start = absolute_end
            while start < paragraph.end and text[start].isspace():
                start += 1
        if start < paragraph.end:
            found.append(Segment(start, paragraph.end, text[start : paragraph.end]))
    return found
