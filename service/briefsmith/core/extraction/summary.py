"""Situation and outlook sentences. Pure.

Both are whole sentences of the article, found with the one sentence splitter
(briefsmith.core.segments), so they read as the article wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsmith.core.lexicon import FORWARD_CUES, QUOTE_OPENERS
from briefsmith.core.schema import MAX_SITUATION_SENTENCES, fit_situation
from briefsmith.core.segments import Segment, sentences

# A dateline opens the story's first paragraph: "KYIV, Ukraine — ", "LONDON - ",
# "WASHINGTON, March 3 -- ". It says where, not what, so the situation starts after it.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w .'’-]{0,30}?)?\s+(?:--|[—–-])\s+"
)
_QUOTE_OPENERS = QUOTE_OPENERS
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The situation stops before a sentence that would take it past this many characters
# (always keeping the first): three sentences of an ordinary lead fit; a run-on does not.
_SITUATION_MAX_CHARS = 700
# A sentence longer than this (text with no punctuation at all) is cut at a word.
_SENTENCE_MAX_CHARS = 500
_OUTLOOK_SENTENCES = 2
# How clearly forward a sentence of the situation must be to be the outlook as well.
_LEAD_OUTLOOK_SCORE = 2

# What may happen next. Strong cues name the future outright (the lexicon's forward cues:
# "will", "expected", "plans", "next week", ...; deadlines); modal verbs only open a
# possibility and count half. Modals are matched in lower case only, so "May" the month
# and "Will" the name do not count.
_MODALS = ("could", "may", "might", "would", "should")
_FORWARD_MODAL = re.compile(rf"\b(?:{'|'.join(_MODALS)})\b")
_FORWARD_STRONG = re.compile(
    rf"\b(?:{FORWARD_CUES}|shall|due to|scheduled|deadline|later this (?:week|month|year)|"
    r"by the end of|within the next|as soon as)\b",
    re.IGNORECASE,
)
# Background: what already happened ("had", "last year", "ago", "since").
_BACKGROUND = re.compile(
    r"\b(?:had|ago|since|previously|earlier this|last (?:week|month|year|season)|"
    r"in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# The past seen from the past: what someone would have done, what was due to happen
# ("would have won", "could have been avoided", "was due to fly", "had planned to").
# These cancel a sentence's forward cues.
_PAST_CONDITIONAL = re.compile(
    r"\b(?:would|could|might|should|must|may)(?:\s+not|n[’']t)?\s+have\b"
    r"|\b(?:was|were)\s+(?:due|supposed)\s+to\b"
    r"|\bhad\s+(?:planned|hoped|expected|intended)\b",
    re.IGNORECASE,
)
# The future as reported speech puts it: "the ministry said it would publish", "his
# lawyer said he would appeal".
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|announced|confirmed|promised|pledged|vowed|insisted)\b[^.;]{0,80}?"
    r"\bwould\s+(?!have\b|not\s+have\b)[a-z]+",
)
# The future named by the clock and the calendar: "next month", "on Friday" with "will".
_DEADLINE = re.compile(
    r"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:next\s+\w+|the\s+coming\s+\w+|tomorrow)\b"
    r"|\bnext\s+(?:spring|summer|autumn|fall|winter|season|weekend|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b"
    r"|\b(?:in|within|over)\s+the\s+(?:next|coming)\s+\w+"
    r"|\bwithin\s+\w+\s+(?:hours|days|weeks|months)\b"
    r"|\b(?:start|begin|open|return|resume)s?\s+(?:in|from|by)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|"
    r"september|october|november|december)\b",
    re.IGNORECASE,
)


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


def situation(text: str, split: Sequence[Segment] | None = None) -> tuple[str, list[Segment]]:
    """The lead: the first one to three sentences of the story proper (fragments and
    subheads skipped, the dateline dropped, no closing direct quote), within the
    schema's sentence rule. `split` is the text's sentences when the caller has them
    already."""
    found = list(sentences(text) if split is None else split)
    story = [s for s in found if _is_story_sentence(s.text)] or found[:1]
    lead: list[Segment] = []
    parts: list[str] = []
    for sentence in story:
        part = sentence.text.strip()
        if not lead:
            part = _DATELINE.sub("", part, count=1)
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
    while len(parts) > 1 and fit_situation(" ".join(parts)) != " ".join(parts):
        parts.pop()
        lead.pop()
    return fit_situation(" ".join(parts)), lead


def _inside_a_quote(text: str) -> bool:
    """A sentence that opens or closes a longer quotation ("Speed will save lives.”")."""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def _outlook_score(text: str) -> int:
    if _PAST_CONDITIONAL.search(text):
        return 0
    strong = sum(1 for m in _FORWARD_STRONG.finditer(text) if m.group().casefold() not in _MODALS)
    strong += len(_DEADLINE.findall(text))
    modal = len(_FORWARD_MODAL.findall(text))
    if not (strong or modal):
        return 0
    score = 2 * strong + modal - len(_BACKGROUND.findall(text))
    # A reported future ("said it would publish") looks ahead however much past the
    # sentence also reports; it ranks after the plainly forward sentences.
    return max(score, 1) if _REPORTED_FUTURE.search(text) else score


def _masked(text: str, start: int, quoted: Sequence[tuple[int, int]], first: int) -> str:
    """The sentence text[start:start+len(text)] with every quoted passage blanked out:
    what the article says in its own voice. `first` indexes the first passage that may
    overlap it (the passages are in order)."""
    end = start + len(text)
    chars = list(text)
    index = first
    while index < len(quoted) and quoted[index][0] < end:
        a, b = quoted[index]
        for position in range(max(a, start), min(b, end)):
            chars[position - start] = " "
        index += 1
    return "".join(chars)


def outlook(
    text: str,
    exclude: list[Segment],
    split: Sequence[Segment] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> str:
    """The article's own sentences about what happens next, the most clearly
    forward-looking first (background about the past counts against a sentence; what
    someone would have done does not look ahead), reported in article order; "" when the
    article says nothing about the future. `quoted` are the spans of the article's
    quoted passages, in order (the analysis's): words inside a quote are someone's
    speech, not the story's outlook, and give a sentence no forward cue."""
    # The situation's first two sentences are the news and are never repeated; a third
    # is, when it is plainly about what comes next (a lead often ends on the next step).
    skip = {(s.start, s.end) for s in exclude[:2]}
    in_lead = {(s.start, s.end) for s in exclude[2:]}
    scored = []
    passage = 0
    for position, sentence in enumerate(sentences(text) if split is None else split):
        while passage < len(quoted) and quoted[passage][1] <= sentence.start:
            passage += 1
        if (sentence.start, sentence.end) in skip or sentence.text[:1] in _QUOTE_OPENERS:
            continue
        if _inside_a_quote(sentence.text):
            continue
        if not _is_story_sentence(sentence.text) or len(sentence.text) > _SENTENCE_MAX_CHARS:
            continue
        own = _masked(sentence.text, sentence.start, quoted, passage)
        if quoted and len(own.split()) < len(sentence.text.split()) / 2:
            continue  # mostly a quotation
        score = _outlook_score(own)
        repeated = (sentence.start, sentence.end) in in_lead
        if repeated and score < _LEAD_OUTLOOK_SCORE:
            continue
        if score >= 1:
            # A sentence of the situation comes after every other forward sentence.
            scored.append((not repeated, score, -position, sentence))
    best = sorted(scored, key=lambda item: item[:3], reverse=True)[:_OUTLOOK_SENTENCES]
    return " ".join(item[3].text for item in sorted(best, key=lambda item: -item[2]))
