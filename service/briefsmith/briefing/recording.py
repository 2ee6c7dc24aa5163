"""`brief record`: brief each seed article against a live OpenAI-compatible endpoint and
write the conversations as cassettes (with the manifest) that tests and evals replay."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefsmith.briefing.pipeline import make_brief
from briefsmith.config.settings import Settings
from briefsmith.core.candidates import CANDIDATES_VERSION
from briefsmith.core.errors import BriefsmithError
from briefsmith.engines.cassettes import (
    CASSETTES_DIR,
    RECORDED_SETTINGS,
    cassette_recorder,
    read_manifest,
    resolve_seed,
    seed_article,
    seed_stems,
    write_manifest,
)
from briefsmith.engines.llm import OpenAIEngine
from briefsmith.engines.prompts import BriefPrompt, load_prompt


async def record_seeds(
    settings: Settings,
    seeds: list[str] | None = None,
    *,
    cassettes_dir: Path | None = None,
    prompt: BriefPrompt | None = None,
) -> list[dict[str, Any]]:
    """Record each seed against the configured endpoint; returns one summary per seed.

    A seed whose brief fails is still recorded (a replay reproduces the failure) and its
    error is noted in the manifest.
    """
    directory = cassettes_dir or CASSETTES_DIR
    directory.mkdir(parents=True, exist_ok=True)
    prompt = prompt or load_prompt(settings.llm_strategy)
    engine = OpenAIEngine(settings, prompt)
    recorded = {name: getattr(engine.settings, name) for name in RECORDED_SETTINGS}
    recorded["base_url"] = engine.base_url
    recorded["llm_strategy"] = engine.strategy
    manifest = read_manifest(directory)
    summaries = []
    for stem in [resolve_seed(seed) for seed in seeds] if seeds else seed_stems():
        cassette = directory / f"{stem}.yaml"
        cassette.unlink(missing_ok=True)
        summary: dict[str, Any] = {"seed": stem}
        with cassette_recorder(directory, "once").use_cassette(cassette.name):
            try:
                result = await make_brief(seed_article(stem), engine)
            except BriefsmithError as error:
                summary["error"] = error.message
            else:
                meta = result.brief.meta
                summary.update(
                    usage=meta.usage.model_dump() if meta.usage else None,
                    # Wall time of the recording (the replay is instant): for benches.
                    llm_ms=meta.timings_ms.get("llm_ms"),
                    warnings=len(meta.warnings),
                    kept={
                        "actors": len(result.brief.actors),
                        "quotes": len(result.brief.quotes),
                        "figures": len(result.brief.figures),
                    },
                )
        manifest["cassettes"][stem] = {
            "prompt_version": prompt.version,
            "candidates_version": CANDIDATES_VERSION,
            "settings": recorded,
            "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "outcome": {k: v for k, v in summary.items() if k != "seed"},
        }
        write_manifest(manifest, directory)
        summaries.append(summary)
    return summaries
