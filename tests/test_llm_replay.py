"""Replay the committed cassettes: real answers from a real (tiny) model, no network.

The cassettes were recorded with `brief record` against llama-cpp-python's server,
running SmolLM2-135M-Instruct (cassettes/) and Gemma 3 270M (cassettes/gemma3/); each
manifest.json says how. Sockets are blocked in these tests, so a replay that tried to
reach any server would fail.
"""

from __future__ import annotations

import json
import shutil

import pytest
import yaml
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.cleaning import clean_article
from briefsmith.core.grounding import Grounder, check_grounding
from briefsmith.core.schema import ArticleInput, Brief
from briefsmith.engines import prompts
from briefsmith.engines.cassettes import (
    CASSETTES_DIR,
    StaleCassette,
    UnknownSeed,
    read_manifest,
    replaying,
    resolve_seed,
    seed_article,
    seed_stems,
)
from briefsmith.engines.linguistic import analysis_of
from briefsmith.engines.llm_draft import BriefDraft, QuoteDraft, UnusableDraft, salvage_draft

CASSETTE_SETS = {"smollm2": CASSETTES_DIR, "gemma3": CASSETTES_DIR / "gemma3"}
RECORDINGS = [
    (directory, stem)
    for directory in CASSETTE_SETS.values()
    for stem in sorted(read_manifest(directory)["cassettes"])
]
RECORDING_IDS = [
    f"{name}-{stem[:3]}"
    for name, directory in CASSETTE_SETS.items()
    for stem in sorted(read_manifest(directory)["cassettes"])
]
MANIFEST = read_manifest()
RECORDED = sorted(MANIFEST["cassettes"])


async def replay(stem: str, article: ArticleInput | None = None, directory=CASSETTES_DIR):
    with replaying(stem, cassettes_dir=directory) as engine:
        return await make_brief(article or seed_article(stem), engine)


def recorded_exchanges(stem: str, directory=CASSETTES_DIR) -> list[dict]:
    cassette = yaml.safe_load((directory / f"{stem}.yaml").read_text(encoding="utf-8"))
    return cassette["interactions"]


def recorded_answers(stem: str, directory=CASSETTES_DIR) -> list[dict]:
    """The model's answers in a cassette, in order: finish reason, raw arguments, usage."""
    answers = []
    for interaction in recorded_exchanges(stem, directory):
        completion = json.loads(interaction["response"]["body"]["string"])
        choice = completion["choices"][0]
        arguments = choice["message"]["tool_calls"][0]["function"]["arguments"]
        answers.append(
            {
                "finish_reason": choice["finish_reason"],
                "raw": arguments,
                **{k: completion["usage"][k] for k in ("prompt_tokens", "completion_tokens")},
            }
        )
    return answers


def readable_draft(answer: dict) -> dict | None:
    """The answer as the engine's salvage reads it, or None if it cannot."""
    try:
        salvage_draft(answer["raw"])
    except UnusableDraft:
        return None
    return json.loads(answer["raw"], strict=False)


@pytest.mark.parametrize("directory", CASSETTE_SETS.values(), ids=CASSETTE_SETS.keys())
def test_every_seed_has_a_cassette(directory):
    assert sorted(read_manifest(directory)["cassettes"]) == seed_stems()
    for stem in seed_stems():
        assert (directory / f"{stem}.yaml").exists()


@pytest.mark.parametrize("directory, stem", RECORDINGS, ids=RECORDING_IDS)
async def test_replayed_cassette_yields_a_validated_grounded_brief(directory, stem, no_network):
    result = await replay(stem, directory=directory)

    brief = Brief.model_validate(result.brief.model_dump())
    recorded = read_manifest(directory)["cassettes"][stem]
    assert brief.meta.engine == "openai"
    assert brief.meta.model == recorded["settings"]["model"]
    assert brief.meta.prompt_version == recorded["prompt_version"]
    # Usage is summed over every recorded exchange, re-asks included.
    answers = recorded_answers(stem, directory)
    assert brief.meta.usage.attempts == len(answers)
    assert brief.meta.usage.prompt_tokens == sum(a["prompt_tokens"] for a in answers)
    assert brief.meta.usage.completion_tokens == sum(a["completion_tokens"] for a in answers)
    assert brief.situation
    # Whatever the tiny model made up, nothing ungrounded survives.
    assert check_grounding(brief, result.article.text, analysis_of(result.article.text)).ok
    for item in [*brief.actors, *brief.quotes, *brief.figures]:
        assert item.span is not None


async def test_real_fabricated_quotes_are_dropped_and_warned_about(no_network):
    """Takes the tiny models' real answers (the one the engine kept), finds the quotes they
    made up, and shows each one dropped from the replayed brief and named in its warnings."""
    checked = 0
    for directory, stem in RECORDINGS:
        used = next(
            draft
            for draft in map(
                readable_draft,
                reversed(
                    [a for a in recorded_answers(stem, directory) if a["finish_reason"] != "length"]
                ),
            )
            if draft is not None
        )
        quotes = used.get("quotes", [])
        seed_text = clean_article(seed_article(stem)).text
        grounder = Grounder(seed_text, analysis_of(seed_text))
        fabricated = {
            index: quote["text"]
            for index, quote in enumerate(quotes)
            if not grounder.quote(index, QuoteDraft(**quote)).grounded
        }
        if not fabricated:
            continue
        result = await replay(stem, directory=directory)
        kept = [quote.text for quote in result.brief.quotes]
        for index, text in fabricated.items():
            assert text not in kept
            assert any(
                (w.code, w.field, w.item) == ("ungrounded-dropped", "quotes", index + 1)
                for w in result.brief.meta.warnings
            ), (stem, index, text)
            checked += 1
    assert checked > 0, "no recorded answer contains a made-up quote any more"


async def test_a_real_malformed_answer_is_reasked_and_the_corrected_answer_kept(no_network):
    """Gemma 3 put raw newlines inside a JSON string; the re-ask quoted the parse error
    and its second answer validated, so the brief carries no validation warning."""
    checked = 0
    for directory, stem in RECORDINGS:
        answers = recorded_answers(stem, directory)
        try:
            BriefDraft.model_validate_json(answers[0]["raw"])
        except ValueError as error:
            if "Invalid JSON" not in str(error) or len(answers) != 2:
                continue
        else:
            continue
        reask = json.loads(recorded_exchanges(stem, directory)[1]["request"]["body"])
        assert "Invalid JSON" in reask["messages"][-1]["content"]

        result = await replay(stem, directory=directory)

        assert result.brief.meta.usage.attempts == 2
        assert not any(w.code == "reasks-spent" for w in result.brief.meta.warnings)
        checked += 1
    assert checked > 0, "no recording shows a malformed answer fixed by a re-ask any more"


async def test_a_changed_prompt_template_makes_replay_fail_with_the_rerecord_message(
    tmp_path,
    monkeypatch,
    no_network,
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

    with pytest.raises(StaleCassette, match=r"not in the recording.*brief record"):
        await replay(stem, changed)


def test_a_seed_without_a_cassette_is_reported(tmp_path):
    with (
        pytest.raises(StaleCassette, match=r"no cassette for seed .*brief record"),
        replaying(RECORDED[0], cassettes_dir=tmp_path),
    ):
        pass


@pytest.mark.parametrize("name", ["999", "0"])
def test_an_unknown_or_ambiguous_seed_is_named(name):
    with pytest.raises(UnknownSeed, match=f"no single seed matches '{name}'"):
        resolve_seed(name)


def test_seeds_resolve_from_stem_prefix_or_path():
    stem = RECORDED[1]
    assert resolve_seed(stem) == resolve_seed(stem[:3]) == stem
    assert resolve_seed(f"seeds/{stem}.txt") == stem
