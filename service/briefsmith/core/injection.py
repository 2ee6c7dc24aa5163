"""Text in an article that is addressed to a language model, not to its readers. Pure.

News prose reports; it does not tell an AI what to output. An article that does (an
appended "Ignore previous instructions and ...", a "System:" line, a note to "AI
assistants" hidden in a byline) is marked: the brief gets a warning, the service counts
it, and the grounding check does not accept a quote from such a passage as the
article's reporting, whoever the article says spoke it.

The patterns are general English shapes of such instructions, not any one article's
words. A news story *about* prompt injection may match too: it then carries the warning
and loses the quotes inside the matched passage, which is the safe side to err on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.core.schema import BriefWarning, WarningCode

# Words for a model that ordinary news prose does not use for people ("the assistant
# coach", "role models" are not among them), optionally with the noun after ("AI tools").
_MODEL = (
    r"(?:AI|A\.I\.|LLMs?|(?:large\s+)?language\s+models?|chat\s?bots?|GPT[\w.-]*)"
    r"(?:\s+(?:assistants?|models?|systems?|tools?|agents?|summari[sz]ers?|readers?))?"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "override",
        re.compile(
            r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:\w+\s+){0,3}?"
            r"(?:previous|prior|preceding|above|earlier|all|any|your|the|these|those)\s+"
            r"(?:\w+\s+){0,2}?(?:instructions?|prompts?|rules|directions|directives|guidelines"
            r"|system message)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "role-line",
        re.compile(
            r"^[ \t]*(?:\[|<)?(?:system|assistant|developer|user)(?:\s+(?:prompt|message|note))?"
            r"(?:\]|>)?[ \t]*:",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    (
        "chat-template",
        re.compile(r"<\|(?:im_start|im_end|system|user|assistant)\|>|\[/?INST\]|<</?SYS>>"),
    ),
    (
        "addressed-to-model",
        re.compile(
            rf"\b(?:note|message|instructions?|directive|memo|attention)\s+(?:to|for)\s+"
            rf"(?:the\s+|any\s+|all\s+)?{_MODEL}\b"
            rf"|\b{_MODEL}\s+(?:instructions?|directive|prompt)\s*:"
            rf"|\b(?:if\s+you\s+are|you\s+are\s+now|as)\s+an?\s+{_MODEL}\b"
            rf"[^.\n]{{0,80}}?\b(?:must|should|shall|need\s+to|have\s+to|are\s+to)\b"
            rf"|\b{_MODEL}\s+(?:\w+ing\s+(?:\w+\s+){{0,2}}?)?(?:must|should|shall"
            rf"|are\s+required\s+to)\s+(?:always\s+)?(?:include|output|say|quote|report"
            rf"|attribute|state|write|add|summari[sz]e)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "output-command",
        re.compile(
            r"(?:^|(?<=[.!?:]\s))[ \t]*(?:please\s+)?(?:output|print|respond\s+with|reply\s+with"
            r"|return|include|insert|add|attribute|write)\s+(?:\w+\s+){0,3}?"
            r"(?:quote|quotation|statement|brief|summary|answer|response|json)\b",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
)
# A hostile article may repeat an instruction endlessly; past this many, one more match
# changes nothing about the verdict, and each costs a look back for its sentence start.
MAX_INSTRUCTIONS = 20
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s+")


@dataclass(frozen=True)
class Instruction:
    """A passage addressed to a model: from the start of the sentence holding the match
    to the end of its paragraph (where the requested quote usually follows)."""

    start: int
    end: int
    kind: str


def find_instructions(text: str) -> list[Instruction]:
    """Passages of `text` that read as instructions to a language model, in order,
    merged where they overlap; at most MAX_INSTRUCTIONS matches are considered."""
    matches = sorted(
        (match.start(), kind)
        for kind, pattern in _PATTERNS
        for _, match in zip(range(MAX_INSTRUCTIONS), pattern.finditer(text), strict=False)
    )[:MAX_INSTRUCTIONS]
    found: list[Instruction] = []
    for position, kind in matches:
        paragraph_start = text.rfind("\n", 0, position) + 1
        sentence_start = paragraph_start
        for stop in _SENTENCE_END.finditer(text, paragraph_start, position):
            sentence_start = stop.end()
        paragraph_end = text.find("\n", position)
        end = len(text) if paragraph_end < 0 else paragraph_end
        if found and sentence_start <= found[-1].end:
            last = found[-1]
            found[-1] = Instruction(last.start, max(last.end, end), last.kind)
        else:
            found.append(Instruction(sentence_start, end, kind))
    return found


INSTRUCTION_WARNING = "instruction-like text"


def instruction_warning(found: list[Instruction], text: str) -> str:
    """The one wording of the warning a brief carries when its article holds text
    addressed to a model (see has_instruction_warning)."""
    first = found[0]
    excerpt = " ".join(text[first.start : first.end].split())
    excerpt = excerpt if len(excerpt) <= 80 else excerpt[:79] + "…"
    return (
        f"{INSTRUCTION_WARNING}: the article holds {len(found)} passage(s) addressed to a "
        f'language model, not to readers (possible prompt injection), e.g. "{excerpt}"; '
        "quotes inside them were not accepted"
    )


def has_instruction_warning(warnings: Sequence[BriefWarning]) -> bool:
    return any(warning.code == WarningCode.INSTRUCTION_LIKE_TEXT for warning in warnings)
