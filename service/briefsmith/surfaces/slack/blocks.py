"""Block Kit rendering of a BriefResult. Pure: no Slack client, no I/O.

Slack rejects a whole message when one block breaks a limit, so every piece of text is
fitted here: long texts are cut at a word boundary with an ellipsis, long lists are
packed into several sections, and a brief too big for one message is split across
several. Article text is escaped, so an article containing `<!channel>` cannot ping
anyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from briefsmith.core.schema import BriefResult

# https://docs.slack.dev/reference/block-kit — limits as documented.
HEADER_TEXT_LIMIT = 150
SECTION_TEXT_LIMIT = 3000
CONTEXT_ELEMENT_TEXT_LIMIT = 3000
CONTEXT_ELEMENTS_LIMIT = 10
BLOCKS_PER_MESSAGE = 50
# Slack documents no total size, but rejects very long block payloads
# (`msg_blocks_too_long`); this conservative budget keeps each message well under it.
MESSAGE_TEXT_BUDGET = 12_000
# The top-level `text` is only the notification / fallback, so keep it short.
FALLBACK_TEXT_LIMIT = 300
# A warning is a one-line note; ten of them must fit one context block within the budget.
WARNING_TEXT_LIMIT = 500
# Names, speakers and figure texts are short; cap them so the words they label keep room.
NAME_LIMIT = 200
# Room for one list item inside a section, after the section's `*Title*` line.
ITEM_LIMIT = SECTION_TEXT_LIMIT - 32
# An ephemeral error is one short line.
EPHEMERAL_TEXT_LIMIT = 500

ELLIPSIS = "…"

Block = dict[str, Any]


@dataclass(frozen=True)
class SlackMessage:
    """One message to post: the notification text and its blocks."""

    text: str
    blocks: list[Block]

    def as_kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": self.blocks}


def slack_length(text: str) -> int:
    """Length as Slack may count it (UTF-16 code units); never less than len(text)."""
    return len(text.encode("utf-16-le")) // 2


def escape_mrkdwn(text: str) -> str:
    """Slack's three control characters; everything else is shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(text: str, limit: int, *, escape: bool = False) -> str:
    """`text` (escaped if asked) fitted into `limit` Slack characters.

    The cut falls on the last word boundary that fits, followed by an ellipsis; a single
    word longer than the limit is cut mid-word. Cutting happens before escaping, so an
    entity like `&amp;` is never split.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    rendered = escape_mrkdwn(text) if escape else text

    def measure(raw: str) -> int:
        return slack_length(escape_mrkdwn(raw) if escape else raw)

    if measure(text) <= limit:
        return rendered
    # Longest prefix that fits with the ellipsis: binary search over the raw text.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= limit:
            low = middle
        else:
            high = middle - 1
    prefix = text[:low]
    boundary = max(prefix.rfind(" "), prefix.rfind("\n"))
    if low < len(text) and not text[low].isspace() and boundary > 0:
        prefix = prefix[:boundary]
    prefix = prefix.rstrip()
    result = prefix + ELLIPSIS
    return escape_mrkdwn(result) if escape else result


def _text_length(block: Block) -> int:
    """Characters of text a block carries, for the per-message budget."""
    total = 0
    text = block.get("text")
    if isinstance(text, dict):
        total += slack_length(text.get("text", ""))
    for element in block.get("elements", ()):
        total += slack_length(element.get("text", ""))
    return total


def header_block(title: str) -> Block:
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": truncate(title, HEADER_TEXT_LIMIT), "emoji": True},
    }


def section_block(mrkdwn: str) -> Block:
    if slack_length(mrkdwn) > SECTION_TEXT_LIMIT:
        raise ValueError("section text over the Block Kit limit; fit it first")
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def context_block(mrkdwn_elements: Sequence[str]) -> Block:
    if not 1 <= len(mrkdwn_elements) <= CONTEXT_ELEMENTS_LIMIT:
        raise ValueError("a context block holds 1 to 10 elements")
    if any(slack_length(e) > CONTEXT_ELEMENT_TEXT_LIMIT for e in mrkdwn_elements):
        raise ValueError("context element over the Block Kit limit; fit it first")
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": text} for text in mrkdwn_elements],
    }


def titled_sections(title: str, lines: Iterable[str]) -> list[Block]:
    """Sections headed `*title*`, packing fitted, escaped lines greedily under the limit.

    The title appears once. Each line must already fit in ITEM_LIMIT.
    """
    heading = f"*{title}*"
    blocks: list[Block] = []
    current = heading
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if slack_length(candidate) <= SECTION_TEXT_LIMIT:
            current = candidate
            continue
        blocks.append(section_block(current))
        current = line
    if current and current != heading:
        blocks.append(section_block(current))
    return blocks


def packed_context_blocks(texts: Iterable[str]) -> list[Block]:
    """Context blocks of at most ten fitted, escaped elements each."""
    fitted = list(texts)
    return [
        context_block(fitted[i : i + CONTEXT_ELEMENTS_LIMIT])
        for i in range(0, len(fitted), CONTEXT_ELEMENTS_LIMIT)
    ]


def _fit(text: str, limit: int) -> str:
    return truncate(text, limit, escape=True) if text else ""


def brief_blocks(result: BriefResult) -> list[Block]:
    """Every block of the brief, in reading order, each within its own limits."""
    brief, article, meta = result.brief, result.article, result.brief.meta
    blocks: list[Block] = [header_block(article.title or "Brief")]

    origin = [part for part in (article.source, article.url) if part]
    if origin:
        blocks.append(context_block([_fit(" · ".join(origin), CONTEXT_ELEMENT_TEXT_LIMIT)]))

    blocks += titled_sections("Situation", [_fit(brief.situation, ITEM_LIMIT)])

    actor_lines = []
    for actor in brief.actors:
        name = truncate(actor.name, NAME_LIMIT, escape=True)
        lead = f"• *{name}* _({actor.kind})_"
        role = _fit(actor.role or "", ITEM_LIMIT - slack_length(lead) - 3)
        actor_lines.append(f"{lead} — {role}" if role else lead)
    blocks += titled_sections("Actors", actor_lines)

    quote_lines = []
    for quote in brief.quotes:
        attribution = f"”\n— _{truncate(quote.speaker, NAME_LIMIT, escape=True)}_"
        words = _fit(quote.text, ITEM_LIMIT - slack_length(attribution) - 3)
        quote_lines.append(f"> “{words}{attribution}")
    blocks += titled_sections("Quotes", quote_lines)

    figure_lines = []
    for figure in brief.figures:
        lead = f"• *{truncate(figure.text, NAME_LIMIT, escape=True)}*"
        measures = _fit(figure.measures, ITEM_LIMIT - slack_length(lead) - 3)
        figure_lines.append(f"{lead} — {measures}" if measures else lead)
    blocks += titled_sections("Figures", figure_lines)

    if brief.outlook:
        blocks += titled_sections("Outlook", [_fit(brief.outlook, ITEM_LIMIT)])

    blocks.append({"type": "divider"})
    footer = [
        f"{label}: `{_fit(value, NAME_LIMIT)}`"
        for label, value in (
            ("engine", meta.engine),
            ("model", meta.model),
            ("prompt", meta.prompt_version),
            ("fell back from", meta.fallback_from),
        )
        if value
    ]
    blocks += packed_context_blocks(footer)
    blocks += packed_context_blocks(
        f":warning: {_fit(w.message, WARNING_TEXT_LIMIT)}" for w in meta.warnings
    )
    return blocks


def _fallback_text(result: BriefResult) -> str:
    title = result.article.title or "Brief"
    return truncate(f"{title}: {result.brief.situation}", FALLBACK_TEXT_LIMIT, escape=True)


def split_blocks(
    blocks: Sequence[Block], *, max_blocks: int, text_budget: int
) -> list[list[Block]]:
    """Consecutive runs of blocks, each within the block count and text budget."""
    chunks: list[list[Block]] = []
    current: list[Block] = []
    used = 0
    for block in blocks:
        size = _text_length(block)
        if current and (len(current) >= max_blocks or used + size > text_budget):
            chunks.append(current)
            current, used = [], 0
        current.append(block)
        used += size
    if current:
        chunks.append(current)
    return chunks


def render_brief_messages(
    result: BriefResult, *, max_messages: int | None = None
) -> list[SlackMessage]:
    """The brief as one or more messages, each within Slack's limits.

    Parts after the first start with a "part k of n" context line. With `max_messages`
    (a response_url takes at most five posts) the last allowed message says how much
    was left out instead of silently dropping it.
    """
    # One block per message is kept free for the "part k of n" / "left out" notice.
    chunks = split_blocks(
        brief_blocks(result), max_blocks=BLOCKS_PER_MESSAGE - 1, text_budget=MESSAGE_TEXT_BUDGET
    )
    left_out = 0
    if max_messages is not None and len(chunks) > max_messages:
        left_out = sum(len(chunk) for chunk in chunks[max_messages:])
        chunks = chunks[:max_messages]
    total = len(chunks)
    fallback = _fallback_text(result)
    messages = []
    for number, chunk in enumerate(chunks, start=1):
        blocks = list(chunk)
        text = fallback
        if number > 1:
            blocks.insert(0, context_block([f"_Brief continued — part {number} of {total}_"]))
            text = f"Brief continued — part {number} of {total}"
        if left_out and number == total:
            # The notice replaces the last block if the chunk is already full.
            if len(blocks) >= BLOCKS_PER_MESSAGE:
                blocks.pop()
                left_out += 1
            blocks.append(
                context_block(
                    [
                        f":scissors: {left_out} more block(s) of this brief were left out "
                        + "(too long for Slack)."
                    ]
                )
            )
        messages.append(SlackMessage(text=text, blocks=blocks))
    return messages


def error_text(message: str) -> str:
    """The short text of an ephemeral error reply; `message` is escaped."""
    return ":warning: Sorry, I couldn't make that brief: " + truncate(
        message, EPHEMERAL_TEXT_LIMIT, escape=True
    )


def usage_text(usage: str) -> str:
    """How to ask for a brief; `usage` is our own mrkdwn (backticks), shown as written."""
    return f":information_source: {usage}"
