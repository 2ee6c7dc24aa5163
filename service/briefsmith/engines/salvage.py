"""The one salvage step for an LLM answer that failed validation after its re-asks, for
both strategies (`draft`: briefsmith.engines.llm_draft; `select`:
briefsmith.engines.llm_select). Pure; no I/O.

It reads the answer as leniently as is still honest: the JSON must be an object; each
item list is cut to the shared limits and each malformed item is dropped with a
warning (`malformed-dropped`, `over-limit-dropped`), instead of losing the whole brief.
What the items mean (grounding, unknown ids) is the caller's to check.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import TypeAdapter, ValidationError

from briefsmith.core.schema import BriefField, BriefWarning, WarningCode

# The most items of each kind an LLM answer may carry, under either strategy: the JSON
# Schema's maxItems (a grammar-constrained server obeys it), and the salvage's cut.
MAX_ACTORS = 8
MAX_QUOTES = 5
MAX_FIGURES = 6
LIMITS: dict[BriefField, int] = {"actors": MAX_ACTORS, "quotes": MAX_QUOTES, "figures": MAX_FIGURES}

# A look at one raw item before it is validated: (field, index, item, warnings) -> item.
Prepare = Callable[[BriefField, int, Any, list[BriefWarning]], Any]


class UnusableDraft(ValueError):
    """Not even a lenient reading of the model's output yields a brief."""


def load_object(raw_json: str) -> dict[str, Any]:
    """The model's output as a JSON object, or UnusableDraft."""
    try:
        # strict=False: small models put raw newlines and tabs inside JSON strings.
        data = json.loads(raw_json, strict=False)
    except (json.JSONDecodeError, TypeError) as error:
        raise UnusableDraft(f"output is not JSON ({error})") from error
    if not isinstance(data, dict):
        raise UnusableDraft("output is not a JSON object")
    return data


def salvage_items(
    data: Mapping[str, Any],
    adapters: Mapping[BriefField, TypeAdapter[Any]],
    prepare: Prepare | None = None,
) -> tuple[dict[str, list[Any]], list[BriefWarning]]:
    """Each item list of `data`, validated item by item: a list that is not a list is
    dropped, a list over its limit cut, a malformed item dropped, each with a warning."""
    warnings: list[BriefWarning] = []
    kept: dict[str, list[Any]] = {}
    for field, adapter in adapters.items():
        limit = LIMITS[field]
        label = field[:-1]
        items = data.get(field) or []
        if not isinstance(items, list):
            warnings.append(
                BriefWarning(
                    code=WarningCode.MALFORMED_DROPPED,
                    field=field,
                    message=f"dropped {field}: not a list",
                )
            )
            items = []
        if len(items) > limit:
            warnings.append(
                BriefWarning(
                    code=WarningCode.OVER_LIMIT_DROPPED,
                    field=field,
                    message=f"dropped {field} after the first {limit}",
                )
            )
            items = items[:limit]
        kept[field] = []
        for index, item in enumerate(items):
            if prepare is not None:
                item = prepare(field, index, item, warnings)
            try:
                kept[field].append(adapter.validate_python(item, strict=False))
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "item"
                warnings.append(
                    BriefWarning(
                        code=WarningCode.MALFORMED_DROPPED,
                        field=field,
                        item=index + 1,
                        message=f"dropped malformed {label} {index + 1}: {where}: {first['msg']}",
                    )
                )
    return kept, warnings
