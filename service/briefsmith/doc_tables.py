"""Tables in docs/ written from the code (registered in briefsmith.generated_docs): the
warning codes (briefsmith.core.schema.WARNING_MEANINGS) and the error codes (each
domain error's `when` and HTTP status, and the HTTP layer's own problems)."""

from __future__ import annotations

from briefsmith.core import errors
from briefsmith.core.schema import WARNING_MEANINGS, WarningCode


def _domain_errors() -> list[type[errors.BriefsmithError]]:
    return [
        kind
        for kind in vars(errors).values()
        if isinstance(kind, type)
        and issubclass(kind, errors.BriefsmithError)
        and kind is not errors.BriefsmithError
    ]


def warning_codes_table() -> str:
    rows = ["| `code` | meaning |", "| --- | --- |"]
    rows += [f"| `{code.value}` | {WARNING_MEANINGS[code]} |" for code in WarningCode]
    return "\n".join(rows)


def error_codes_table() -> str:
    from briefsmith.surfaces.http.problem_docs import HTTP_PROBLEMS
    from briefsmith.surfaces.http.problems import status_for

    entries = list(HTTP_PROBLEMS)
    seen = {code for _status, code, _when in entries}
    for kind in _domain_errors():
        if kind.code in seen:
            continue
        seen.add(kind.code)
        entries.append((status_for(kind.__new__(kind)), kind.code, kind.when))
    # By status; the generic 500 last.
    entries.sort(key=lambda entry: (entry[0] == 500, entry[0]))
    rows = ["| status | `code` | when |", "| --- | --- | --- |"]
    rows += [f"| {status} | `{code}` | {when} |" for status, code, when in entries]
    return "\n".join(rows)
