"""The settings reference, generated from the Settings class so the docs cannot drift.

`brief settings` prints the table; `python -m briefsmith.generated_docs` rewrites it inside
docs/configuration.md, and a test fails when the committed table differs from what the
class says.
"""

from __future__ import annotations

import types
from enum import Enum
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from annotated_types import Ge, Gt
from pydantic import SecretStr
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from briefsmith.config.settings import Settings, env_name


def _values(name: str, field: FieldInfo) -> str:
    annotation = field.annotation
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next(arg for arg in get_args(annotation) if arg is not type(None))
    if get_origin(annotation) is Literal:
        return ", ".join(f"`{choice}`" for choice in get_args(annotation))
    if get_origin(annotation) is list:
        return "comma-separated list"
    bounds = "".join(
        f" > {item.gt}" if isinstance(item, Gt) else f" ≥ {item.ge}"
        for item in field.metadata
        if isinstance(item, Gt | Ge)
    )
    names: dict[Any, str] = {
        bool: "`true`, `false`",
        int: "integer",
        float: "number",
        str: "text",
        Path: "file path",
        SecretStr: "secret",
    }
    kind = "seconds" if name.endswith("_s") else names.get(annotation, str(annotation))
    return kind + bounds


def _default(field: FieldInfo) -> str:
    if field.default_factory is not None:
        made = field.default_factory()  # type: ignore[call-arg]
        return "empty" if made in ([], (), {}) else "computed"
    value = field.default
    if value is None or value is PydanticUndefined:
        return "unset"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, float):
        return f"`{value:g}`"
    if isinstance(value, Enum):
        return f"`{value.value}`"
    return f"`{value}`"


def settings_table() -> str:
    """One row per Settings field, in the class's order: variable, default, values, meaning."""
    rows = [
        "| variable | default | values | meaning |",
        "| --- | --- | --- | --- |",
    ]
    for name, field in Settings.model_fields.items():
        variable = " or ".join(f"`{part}`" for part in env_name(name).split(" or "))
        meaning = (field.description or "").replace("|", "\\|")
        rows.append(f"| {variable} | {_default(field)} | {_values(name, field)} | {meaning} |")
    return "\n".join(rows) + "\n"
