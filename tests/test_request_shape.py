"""One article request shape (briefsmith.core.requests) behind every carrier: POST
/v1/briefs, a story article, a batch item and a corpus line agree on the text-xor-url
rule and on the limits. Synthetic records."""

from __future__ import annotations

import ast
import pathlib

import pytest
from briefsmith.core import requests
from briefsmith.core.requests import BadLine, CorpusItem, parse_record
from briefsmith.surfaces.http.models import BriefRequest
from briefsmith.surfaces.http.stories import StoryArticleRequest
from pydantic import ValidationError

ROOT = pathlib.Path(__file__).resolve().parents[1]
HTTP = ROOT / "service" / "briefsmith" / "surfaces" / "http"

LONG_URL = "https://example.org/" + "a" * requests.MAX_URL_LENGTH
LONG_LABEL = "x" * (requests.MAX_LABEL_LENGTH + 1)
BAD = [
    ({}, "exactly one"),
    ({"text": "A synthetic article.", "url": "https://example.org/a"}, "exactly one"),
    ({"text": 3}, "string"),
    ({"url": 7}, "string"),
    ({"url": ""}, ""),
    ({"url": LONG_URL}, "2,048"),
    ({"text": "A synthetic article.", "title": LONG_LABEL}, "500"),
    ({"text": "A synthetic article.", "source": ["Daily"]}, "string"),
]
GOOD = [
    {"text": "A synthetic article."},
    {"url": "https://example.org/news/1", "title": "A title", "source": "The Daily Synthetic"},
]


def _http_models():
    return [BriefRequest, StoryArticleRequest]


@pytest.mark.parametrize(("record", "says"), BAD)
def test_every_carrier_refuses_the_same_records(record, says):
    parsed = parse_record("item-1", record)
    assert isinstance(parsed, BadLine) and says in parsed.reason
    for model in _http_models():
        with pytest.raises(ValidationError):
            model.model_validate(record)


@pytest.mark.parametrize("record", GOOD)
def test_every_carrier_accepts_the_same_records(record):
    assert isinstance(parse_record("item-1", record), CorpusItem)
    for model in _http_models():
        model.model_validate(record)


def test_one_id_limit_for_batches_corpora_and_stories():
    longest = "a" * requests.MAX_ID_LENGTH
    assert isinstance(parse_record("x", {"id": longest, "text": "t"}), CorpusItem)
    too_long = parse_record("x", {"id": longest + "a", "text": "t"})
    assert isinstance(too_long, BadLine) and str(requests.MAX_ID_LENGTH) in too_long.reason
    StoryArticleRequest.model_validate({"id": longest, "text": "t"})
    with pytest.raises(ValidationError):
        StoryArticleRequest.model_validate({"id": longest + "a", "text": "t"})


def test_the_text_xor_url_rule_is_written_once():
    sources = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in (ROOT / "service" / "briefsmith").rglob("*.py")
    }
    # The rule's wording lives in one module; BriefService's guard for direct callers
    # raises the same TEXT_OR_URL.
    holders = [path for path, text in sources.items() if 'exactly one of "text"' in text]
    assert holders == ["service/briefsmith/core/requests.py"]


def test_no_http_module_imports_private_names_from_another():
    offenders = []
    for path in HTTP.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefsmith."):
                offenders += [
                    f"{path.name}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_")
                ]
    assert not offenders, offenders
