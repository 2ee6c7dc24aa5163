"""Replay the committed cassettes: real answers from a real (tiny) model, no network.

The cassettes were recorded with `brief record` against llama-cpp-python's server
running SmolLM2-135M-Instruct (see cassettes/manifest.json). Sockets are blocked in
these tests, so a replay that tried to reach any server would fail.
"""

from __future__ import annotations

import json
import shutil
import socket

import pytest
import yaml

from service import prompts
from service.cassettes import (
    CASSETTES_DIR,
    StaleCassette,
    UnknownSeed,
    read_manifest,
    replaying,
    resolve_seed,
    seed_article,
    seed_stems,
)
from service.cleaning import clean_article
from service.engines.llm_draft import QuoteDraft
from service.grounding import Grounder, check_grounding
from service.pipeline import make_brief
from service.schema import ArticleInput, Brief

MANIFEST = read_manifest()
RECORDED = sorted(MANIFEST["cassettes"])


@pytest.fixture
def no_network(monkeypatch):
    def refuse(self, address, *args, **kwargs):
        raise OSError(f"network is blocked in replay tests (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


async def replay(stem: str, article: ArticleInput | None = None):
    with replaying(stem) as engine:
        return await make_brief(article or seed_article(stem), engine)


def recorded_answers(stem: str) -> list[dict]:
    """The model's answers in a cassette, in order: finish reason, raw arguments, usage."""
    cassette = yaml.safe_load((CASSETTES_DIR / f"{stem}.yaml").read_text(encoding="utf-8"))
    answers = []
    for interaction in cassette["interactions"]:
        completion = json.loads(interaction["response"]["body"]["string"])
        choice = completion["choices"][0]
        arguments = choice["message"]["tool_calls"][0]["function"]["arguments"]
        answers.append({"finish_reason": choice["finish_reason"], "raw": arguments,
                        **{k: completion["usage"][k] for k in ("prompt_tokens",
                                                               "completion_tokens")}})
    return answers


def test_every_seed_has_a_cassette():
    assert RECORDED == seed_stems()
    for stem in RECORDED:
        assert (CASSETTES_DIR / f"{stem}.yaml").exists()


@pytest.mark.parametrize("stem", RECORDED)
async def test_replayed_cassette_yields_a_validated_grounded_brief(stem, no_network):
    result = await replay(stem)

    brief = Brief.model_validate(result.brief.model_dump())
    recorded = MANIFEST["cassettes"][stem]
    assert brief.meta.engine == "openai"
    assert brief.meta.model == recorded["settings"]["model"]
    assert brief.meta.prompt_version == recorded["prompt_version"]
    # Usage is summed over every recorded exchange, re-asks included.
    answers = recorded_answers(stem)
    assert brief.meta.usage.attempts == len(answers)
    assert brief.meta.usage.prompt_tokens == sum(a["prompt_tokens"] for a in answers)
    assert brief.meta.usage.completion_tokens == sum(a["completion_tokens"] for a in answers)
    assert brief.situation
    # Whatever the tiny model made up, nothing ungrounded survives.
    assert check_grounding(brief, result.article.text).ok
    for item in [*brief.actors, *brief.quotes, *brief.figures]:
        assert item.span is not None


async def test_real_fabricated_quotes_are_dropped_and_warned_about(no_network):
    """Takes the tiny model's real final answers, finds the quotes it made up, and shows
    each one dropped from the replayed brief and named in its warnings."""
    checked = 0
    for stem in RECORDED:
        final = [a for a in recorded_answers(stem) if a["finish_reason"] != "length"][-1]
        quotes = json.loads(final["raw"], strict=False).get("quotes", [])
        grounder = Grounder(clean_article(seed_article(stem)).text)
        fabricated = {index: quote["text"] for index, quote in enumerate(quotes)
                      if not grounder.quote(index, QuoteDraft(**quote)).grounded}
        if not fabricated:
            continue
        result = await replay(stem)
        kept = [quote.text for quote in result.brief.quotes]
        for index, text in fabricated.items():
            assert text not in kept
            assert any(w.startswith(f"dropped ungrounded quote {index + 1} ")
                       for w in result.brief.meta.warnings), (stem, index, text)
            checked += 1
    assert checked > 0, "no recorded answer contains a made-up quote any more"


async def test_a_changed_prompt_template_makes_replay_fail_with_the_rerecord_message(
    tmp_path, monkeypatch, no_network,
):
    edited = tmp_path / "prompts"
    shutil.copytree(prompts.PROMPTS_DIR, edited)
    system = edited / prompts.SYSTEM_TEMPLATE
    system.write_text(system.read_text(encoding="utf-8") + "- Be concise.\n", encoding="utf-8")
    monkeypatch.setattr(prompts, "PROMPTS_DIR", edited)

    with pytest.raises(StaleCassette) as stale:
        await replay(RECORDED[0])

    assert "re-record the cassettes with `brief record`" in stale.value.message
    assert MANIFEST["cassettes"][RECORDED[0]]["prompt_version"] in stale.value.message


async def test_a_request_missing_from_the_cassette_is_reported_as_stale(no_network):
    stem = RECORDED[0]
    original = seed_article(stem).text
    changed = ArticleInput(text=original.replace("military spokesman", "army spokesman"))
    assert clean_article(changed).text != clean_article(seed_article(stem)).text

    with pytest.raises(StaleCassette, match="not in the recording.*brief record"):
        await replay(stem, changed)


def test_a_seed_without_a_cassette_is_reported(tmp_path):
    with (pytest.raises(StaleCassette, match="no cassette for seed .*brief record"),
          replaying(RECORDED[0], cassettes_dir=tmp_path)):
        pass


@pytest.mark.parametrize("name", ["999", "0"])
def test_an_unknown_or_ambiguous_seed_is_named(name):
    with pytest.raises(UnknownSeed, match=f"no single seed matches '{name}'"):
        resolve_seed(name)


def test_seeds_resolve_from_stem_prefix_or_path():
    stem = RECORDED[1]
    assert resolve_seed(stem) == resolve_seed(stem[:3]) == stem
    assert resolve_seed(f"seeds/{stem}.txt") == stem
