"""The situation: the article's opening sentences that tell the news, and the
sentence readers the outlook shares. Pure.

Both are whole sentences of the article, found with the one sentence splitter
(briefsmith.core.segments), so they read as the article wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefsmith.core.datelines import LEAD_DATELINE
from briefsmith.core.lexicon import (
    QUOTE_OPENERS,
)
from briefsmith.core.schema import MAX_SITUATION_SENTENCES, fit_situation
from briefsmith.core.segments import Segment, sentences

if TYPE_CHECKING:
    pass


_QUOTE_OPENERS = QUOTE_OPENERS
# (not the cleaning's test of a paragraph's end: a part here may end in the " …" of a
# cut, or in a closing guillemet, and has a stop already)
_ENDS_AS_A_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The situation stops before a sentence that would take it past this many characters
# (always keeping the first): three sentences of an ordinary lead fit; a run-on does not.
_SITUATION_MAX_CHARS = 700
# A sentence longer than this (text with no punctuation at all) is cut at a word.
_SENTENCE_MAX_CHARS = 500


def _is_story_sentence(text: str) -> bool:
    """A sentence of prose, not a fragment, a list of numbers or a Title Case subhead."""
    words = _WORD.findall(text)
    return len(words) >= 4 and sum(1 for w in words if w[0].islower()) >= 2


def _cut(text: str, limit: int) -> str:
    """A run-on cut at a word boundary, marked as cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:") + " …"


def _stopped(part: str) -> str:
    return part if _ENDS_AS_A_SENTENCE.search(part) else f"{part}."


def situation(text: str, split: Sequence[Segment] | None = None) -> tuple[str, list[Segment]]:
    """The lead: the first one to three sentences of the story proper (fragments and
    subheads skipped, the dateline dropped, no closing direct quote), within the
    schema's sentence rule. `split` is the text's sentences when the caller has them
    already."""
    found = list(sentences(text) if split is None else split)
    story = [s for s in found if _is_story_sentence(s.text)] or found[:1]
    # Lines above the story that end with no stop (a tabloid's bullet points, a sport
    # page's standfirst) read as one run-on when joined; the story's own sentences,
    # which end as sentences do, tell the news (round 39).
    # The first may be such a line: it sums the story up, and gets a stop when the story's
    # sentences follow it.
    ended = [s for s in story[1:] if _ENDS_AS_A_SENTENCE.search(s.text.rstrip())]
    if ended:
        story = story[:1] + ended
    lead: list[Segment] = []
    parts: list[str] = []
    for sentence in story:
        part = sentence.text.strip()
        if not lead:
            # The dateline says where, not what, so the situation starts after it.
            part = LEAD_DATELINE.sub("", part, count=1)
        part = _cut(part, _SENTENCE_MAX_CHARS)
        if lead and sum(len(p) + 1 for p in parts) + len(part) > _SITUATION_MAX_CHARS:
            break
        # Two sentences of facts are a situation; a direct quote after them is colour.
        if len(lead) >= 2 and part[:1] in _QUOTE_OPENERS:
            break
        lead.append(sentence)
        parts.append(part)
        if len(lead) == MAX_SITUATION_SENTENCES:
            break
    # A sentence the splitter keeps whole may still count as two for the schema
    # ("Mr. Lee arrived."): fewer sentences, then a hard cut, until it fits.
    # A line with no stop of its own gets one when a sentence follows it.
    parts = [_stopped(part) for part in parts[:-1]] + parts[-1:]
    while len(parts) > 1 and fit_situation(" ".join(parts)) != " ".join(parts):
        parts.pop()
        lead.pop()
    return fit_situation(" ".join(parts)), lead
