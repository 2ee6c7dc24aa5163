"""Situation and outlook sentences. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.lexicon import FORWARD_CUES
from service.segments import Segment, sentences

_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w .'’-]+)?\s+[—–-]+\s+")
_FORWARD = re.compile(rf"\b(?:{FORWARD_CUES})\b", re.IGNORECASE)
_QUOTE_OPENERS = '“«‘"'
_SITUATION_MIN_CHARS = 160
_OUTLOOK_SENTENCES = 2


def situation(text: str, split: Sequence[Segment] | None = None) -> tuple[str, list[Segment]]:
    """The lead: the first sentences of the article, one to three, long enough to say
    what is happening. The dateline ("KYIV, Ukraine —") is dropped. `split` is the text's
    sentences when the caller has them already."""
    lead: list[Segment] = []
    for sentence in sentences(text) if split is None else split:
        lead.append(sentence)
        if len(lead) == 3 or sum(len(s.text) for s in lead) >= _SITUATION_MIN_CHARS:
            break
    joined = " ".join(s.text for s in lead)
    return _DATELINE.sub("", joined), lead


def outlook(text: str, exclude: list[Segment], split: Sequence[Segment] | None = None) -> str:
    """The article's own forward-looking sentences (will, expected, could, plans ...),
    the most strongly forward-looking first, reported in article order."""
    skip = {(s.start, s.end) for s in exclude}
    scored = []
    for position, sentence in enumerate(sentences(text) if split is None else split):
        if (sentence.start, sentence.end) in skip or sentence.text[:1] in _QUOTE_OPENERS:
            continue
        cues = len(_FORWARD.findall(sentence.text))
        if cues:
            scored.append((cues, -position, sentence))
    best = sorted(scored, key=lambda item: (item[0], item[1]), reverse=True)[:_OUTLOOK_SENTENCES]
    return " ".join(s.text for _, _, s in sorted(best, key=lambda item: -item[1]))
