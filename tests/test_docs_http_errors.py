"""docs/http-api.md's error table names every problem code the API can answer with."""

from __future__ import annotations

import re
from pathlib import Path

from briefsmith.core import errors
from briefsmith.surfaces.http.problems import _HTTP_CODES, status_for

REPO = Path(__file__).resolve().parent.parent
DOC = (REPO / "docs" / "http-api.md").read_text(encoding="utf-8")
TABLE_ROWS = [line for line in DOC.splitlines() if re.match(r"\| \d{3} \|", line)]


def documented(code: str) -> list[str]:
    return [row for row in TABLE_ROWS if f"`{code}`" in row]


def _domain_errors() -> list[type[errors.BriefsmithError]]:
    return [
        kind
        for kind in vars(errors).values()
        if isinstance(kind, type)
        and issubclass(kind, errors.BriefsmithError)
        and kind is not errors.BriefsmithError
    ]


def test_every_domain_error_code_is_in_the_table_with_its_status():
    for kind in _domain_errors():
        error = kind.__new__(kind)
        rows = documented(kind.code)
        assert rows, f"{kind.code} is missing from docs/http-api.md"
        assert any(row.startswith(f"| {status_for(error)} |") for row in rows), kind.code


def test_every_code_the_api_layer_answers_with_is_in_the_table():
    api_source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (REPO / "service" / "briefsmith" / "surfaces" / "http").glob("*.py")
    )
    literal_codes = set(
        re.findall(r"(?:ApiProblem|problem_response)\(\s*\d{3},\s*\"([a-z-]+)\"", api_source)
    )
    used_http_codes = {_HTTP_CODES[status] for status in (401, 404, 405, 413, 415, 422, 500)}
    missing = sorted(code for code in literal_codes | used_http_codes if not documented(code))
    assert literal_codes and not missing, missing
