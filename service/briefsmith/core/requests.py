"""The one article request shape: `{"id"?, "text" | "url", "title"?, "source"?}`, as a
corpus line of `brief batch`, an item of POST /v1/batches and a story article. Pure:
parsing and validation only."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefsmith.core.cleaning import require_unicode_text
from briefsmith.core.errors import NotText


@dataclass(frozen=True)
class CorpusItem:
    id: str
    text: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class BadLine:
    id: str
    reason: str


def _optional_str(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be a string')
    return value


# An integer id is a 64-bit one (what a database key or a JSON client can hold).
_ID_MIN, _ID_MAX = -(2**63), 2**63 - 1
ID_INTEGER_SCHEMA: dict[str, Any] = {"type": "integer", "minimum": _ID_MIN, "maximum": _ID_MAX}


def _id_text(raw_id: str | int) -> str:
    """The id as text; empty when it is empty or not text (a lone surrogate)."""
    text = str(raw_id)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return ""
    return text


NOT_JSON = "invalid JSON"
NOT_AN_OBJECT = "a line must be a JSON object"


def is_article_object(entry: CorpusItem | BadLine) -> bool:
    """The line was a JSON object (good or not): what a JSONL corpus is made of."""
    return isinstance(entry, CorpusItem) or not entry.reason.startswith((NOT_JSON, NOT_AN_OBJECT))


def parse_line(number: int, raw: str) -> CorpusItem | BadLine | None:
    """One corpus line; None for a blank line."""
    if not raw.strip():
        return None
    fallback_id = f"line-{number}"
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as error:
        return BadLine(fallback_id, f"{NOT_JSON} ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return BadLine(fallback_id, NOT_AN_OBJECT)
    return parse_record(fallback_id, record)


def parse_record(fallback_id: str, record: dict[str, Any]) -> CorpusItem | BadLine:
    """One article object `{"id"?, "text"|"url", "title"?, "source"?}` (a corpus line,
    an item of POST /v1/batches); `fallback_id` names it when it has no id."""
    raw_id = record.get("id")
    if isinstance(raw_id, float) and raw_id.is_integer():
        raw_id = int(raw_id)  # 7.0 is the JSON number 7
    if raw_id is not None and not (
        isinstance(raw_id, str)
        or (
            isinstance(raw_id, int)
            and not isinstance(raw_id, bool)
            and _ID_MIN <= raw_id <= _ID_MAX
        )
    ):
        return BadLine(fallback_id, '"id" must be a string or a 64-bit integer')
    item_id = _id_text(raw_id) if raw_id is not None else fallback_id
    try:
        text, url = _optional_str(record, "text"), _optional_str(record, "url")
        title, source = _optional_str(record, "title"), _optional_str(record, "source")
    except TypeError as error:
        return BadLine(item_id or fallback_id, str(error))
    fields = {"id": raw_id, "text": text, "url": url, "title": title, "source": source}
    for name, value in fields.items():
        if not isinstance(value, str):
            continue
        try:
            require_unicode_text(value)
        except NotText as error:
            # Named by position when the id itself is not text (it could not be shown).
            detail = error.message.removeprefix("input ")
            return BadLine(item_id or fallback_id, f'"{name}" {detail}')
    item_id = item_id or fallback_id
    if (text is None) == (url is None):
        return BadLine(item_id, 'give exactly one of "text" or "url"')
    return CorpusItem(item_id, text=text, url=url, title=title, source=source)


DUPLICATE_ID = "the id is used twice"


def duplicate_id_problems(ids: Iterable[str]) -> list[str]:
    """`<id>: the id is used twice` for each repeat. A batch is refused whole on every
    surface (`brief batch`, POST /v1/batches) rather than briefing one id twice."""
    seen: set[str] = set()
    problems = []
    for item_id in ids:
        if item_id in seen:
            problems.append(f"{item_id}: {DUPLICATE_ID}")
        seen.add(item_id)
    return problems
