"""Reading HTTP request bodies, shared by every route that takes one (briefs, stories,
batches): the media type, the size-bounded read (413 as soon as it is over), and the
JSON parse with a precise 400."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from fastapi import Request

from briefsmith.surfaces.http.problems import ApiProblem

JSON_MEDIA_TYPE = "application/json"
# Room for the JSON envelope (title, source, url, escapes) around an article at the limit.
JSON_ENVELOPE_BYTES = 64 * 1024
# A Content-Length of more digits than this is over any limit (10**18 bytes).
MAX_LENGTH_DIGITS = 18


def media_type_of(request: Request) -> tuple[str, dict[str, str]]:
    raw = request.headers.get("content-type", "")
    kind, _, rest = raw.partition(";")
    parameters = {}
    for part in rest.split(";"):
        name, _, value = part.partition("=")
        if name.strip():
            parameters[name.strip().lower()] = value.strip().strip('"').lower()
    return kind.strip().lower(), parameters


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to exceed `limit`: from
    Content-Length before reading, and while streaming when the header lies or is absent."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and len(declared) > MAX_LENGTH_DIGITS:  # int() of it: slow or refused
        raise ApiProblem(413, "payload-too-large", f"the body is over the {limit:,}-byte limit")
    if declared.isdigit() and int(declared) > limit:
        raise ApiProblem(
            413,
            "payload-too-large",
            f"the body is {int(declared):,} bytes; the limit is {limit:,} bytes",
        )
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise ApiProblem(413, "payload-too-large", f"the body is over the {limit:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json_body(body: bytes) -> Any:
    """The parsed body, or a 400 that says what is wrong with it. Valid JSON that Python
    will not parse (nesting past the recursion limit, an integer over
    sys.get_int_max_str_digits() digits) is named as such, not called invalid."""
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise ApiProblem(400, "malformed-json", "the request body is not UTF-8 JSON") from None
    except json.JSONDecodeError:
        raise ApiProblem(400, "malformed-json", "the request body is not valid JSON") from None
    except RecursionError:
        raise ApiProblem(
            400, "json-too-deep", "the JSON body nests arrays or objects too deeply"
        ) from None
    except ValueError:  # int("9" * 5001): over the integer digit limit
        raise ApiProblem(
            400,
            "json-number-too-long",
            f"a number in the JSON body has more than {sys.get_int_max_str_digits():,} digits",
        ) from None


async def json_body(body: bytes) -> Any:
    """`parse_json_body` in a worker thread: every JSON route parses its body here, so
    parsing megabytes never holds the event loop."""
    return await asyncio.to_thread(parse_json_body, body)
