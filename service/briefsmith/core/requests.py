"""The one article request shape: `{"id"?, "text" | "url", "title"?, "source"?}`, as the
body of POST /v1/briefs, an article of POST /v1/stories and of a story from the CLI,
Slack or the evals, an item of POST /v1/batches and a corpus line of `brief batch`.
Pure: parsing and validation only, with one set of limits:

- exactly one of `text` and `url`; `url` a string of 1 to MAX_URL_LENGTH characters
  (what may be fetched is ingestion's to decide: url-refused);
- `title` and `source` strings of at most MAX_LABEL_LENGTH characters;
- `id` a string or integer of 1 to MAX_ID_LENGTH characters.

`ArticleFields` is the pydantic model (the HTTP models extend it); `parse_record` reads
one loose JSON object with it into a `CorpusItem`, or a `BadLine` with a one-line reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from briefsmith.core.cleaning import require_unicode_text
from briefsmith.core.errors import NotText

MAX_ID_LENGTH = 200
MAX_URL_LENGTH = 2048
MAX_LABEL_LENGTH = 500
TEXT_OR_URL = 'give exactly one of "text" or "url"'

UrlText = Annotated[
    str,
    Field(min_length=1, max_length=MAX_URL_LENGTH, json_schema_extra={"format": "uri"}),
]
Label = Annotated[str, Field(max_length=MAX_LABEL_LENGTH)]


# "Exactly one of text or url" in JSON Schema terms, so that a body the schema accepts
# is one the validators accept (`{}` and `{"text": "…", "url": "…"}` match neither).
TEXT_OR_URL_SCHEMA: dict[str, Any] = {
    "oneOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}}},
        {"required": ["url"], "properties": {"url": {"type": "string"}}},
    ]
}


class ArticleFields(BaseModel):
    """An article to brief: its text, or a URL to fetch it from, and its labels."""

    model_config = ConfigDict(json_schema_extra=TEXT_OR_URL_SCHEMA)

    text: str | None = Field(None, description="The article text (UTF-8).")
    # Documented for clients and schema-driven tests; a URL the service will not fetch
    # (scheme, address) is still refused by ingestion with url-refused.
    url: UrlText | None = Field(
        None, description="An http(s) URL to fetch the article from (public addresses only)."
    )
    title: Label | None = None
    source: Label | None = Field(None, description="Publication name.")

    @model_validator(mode="after")
    def _text_or_url(self) -> ArticleFields:
        if (self.text is None) == (self.url is None):
            raise ValueError(TEXT_OR_URL)
        return self


@dataclass(frozen=True)
class CorpusItem:
    """One article of a batch or a story, validated: `id` names it in reports and
    citations."""

    id: str
    text: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None

    @property
    def article_id(self) -> str:
        return self.id


@dataclass(frozen=True)
class BadLine:
    id: str
    reason: str


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


def describe_error(error: ValidationError) -> str:
    """The first problem of an ArticleFields validation, in one line."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    kind = first["type"]
    if kind == "value_error":
        return str(first["ctx"]["error"]) if "ctx" in first else first["msg"]
    if kind == "string_type":
        return f'"{where}" must be a string'
    if kind == "string_too_long":
        return f'"{where}" is at most {first["ctx"]["max_length"]:,} characters'
    if kind == "string_too_short":
        return f'"{where}" must not be empty'
    return f'"{where}": {first["msg"]}'


def parse_record(fallback_id: str, record: dict[str, Any]) -> CorpusItem | BadLine:
    """One article object `{"id"?, "text"|"url", "title"?, "source"?}` (a corpus line,
    an item of POST /v1/batches); `fallback_id` names it when it has no id. Other keys
    are ignored."""
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
    if len(item_id) > MAX_ID_LENGTH:
        return BadLine(f"{item_id[:40]}…", f"an id is at most {MAX_ID_LENGTH} characters")
    for name in ("id", "text", "url", "title", "source"):
        value = record.get(name)
        if not isinstance(value, str):
            continue
        try:
            require_unicode_text(value)
        except NotText as error:
            # Named by position when the id itself is not text (it could not be shown).
            detail = error.message.removeprefix("input ")
            return BadLine(item_id or fallback_id, f'"{name}" {detail}')
    item_id = item_id or fallback_id
    try:
        fields = ArticleFields.model_validate(
            {name: record.get(name) for name in ("text", "url", "title", "source")}
        )
    except ValidationError as error:
        return BadLine(item_id, describe_error(error))
    return CorpusItem(
        item_id, text=fields.text, url=fields.url, title=fields.title, source=fields.source
    )


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
