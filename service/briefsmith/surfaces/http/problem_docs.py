"""The problem codes the HTTP layer answers with on its own (not a domain error of
briefsmith.core.errors, whose `when` says when): status, code and when, for the error
table in docs/http-api.md (generated, briefsmith.doc_tables)."""

from __future__ import annotations

HTTP_PROBLEMS: tuple[tuple[int, str, str], ...] = (
    (400, "malformed-json", "the JSON body does not parse (or is not UTF-8)"),
    (400, "json-too-deep", "the JSON body nests arrays/objects deeper than the parser allows"),
    (
        400,
        "json-number-too-long",
        "the JSON body holds an integer with more digits than Python converts",
    ),
    (
        401,
        "unauthorized",
        "keys are configured and the bearer key is missing or wrong (`WWW-Authenticate: Bearer`)",
    ),
    (404, "not-found", "unknown brief id or route"),
    (405, "method-not-allowed", "wrong method (`Allow` says which)"),
    (
        408,
        "request-timeout",
        "the client took longer than `BRIEF_BODY_READ_TIMEOUT_S` to send its body "
        "(slowloris guard)",
    ),
    (
        413,
        "payload-too-large",
        "the body is over the limit, by `Content-Length` or while streaming "
        "(`BRIEF_MAX_INPUT_BYTES`, +64 KiB for a JSON envelope)",
    ),
    (415, "unsupported-media-type", "neither `application/json` nor UTF-8 `text/plain`"),
    (
        422,
        "validation-error",
        "bad or missing fields, both or neither of `text`/`url` (the one request shape)",
    ),
    (503, "not-ready", "`/readyz` only: the engine is not reachable or storage is down"),
    (500, "internal-error", "a bug; generic body, details in the log"),
)
