"""Recorded LLM conversations (vcrpy cassettes) for the five seed articles.

`brief record` runs each seed through the openai engine against whatever endpoint is
configured and saves the HTTP exchanges in cassettes/<seed>.yaml, secrets scrubbed.
cassettes/manifest.json says, per seed, which prompt version and which request-shaping
settings (endpoint, model, mode, max tokens, temperature, re-asks) made the recording.

`replaying(seed)` gives back an engine that answers from the cassette and never touches
the network. Requests are matched on method, URI and body, so a replay only matches when
the prompt, the article and the settings are those recorded; a different prompt version
is refused up front with a message to re-record, and any other mismatch becomes the same
kind of message instead of vcrpy's CannotOverwriteExistingCassetteException.

    with replaying("001_4716ace5ad1b5109") as engine:      # or "001", or a seed path
        result = await make_brief(seed_article("001"), engine)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import vcr
import vcr.request
from pydantic import SecretStr
from vcr.errors import CannotOverwriteExistingCassetteException

from briefsmith.config.package_data import package_dir, source_checkout
from briefsmith.config.settings import Settings
from briefsmith.core.candidates import CANDIDATES_VERSION, Candidates, frozen_candidates
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import ArticleInput, Brief, CleanArticle
from briefsmith.engines.base import EngineWrapper
from briefsmith.engines.llm import OpenAIEngine, scrub
from briefsmith.engines.prompts import BriefPrompt, load_prompt

REPO_DIR = source_checkout() or Path.cwd()
CASSETTES_DIR = REPO_DIR / "cassettes"
SEEDS_DIR = package_dir("seeds")
MANIFEST_NAME = "manifest.json"
RERECORD_HINT = "re-record the cassettes with `brief record` (see docs/llm-and-cassettes.md)"

# Request headers never written to a cassette (vcrpy matches names case-insensitively).
FILTERED_REQUEST_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "openai-organization",
    "openai-project",
)
FILTERED_RESPONSE_HEADERS = frozenset(
    {"set-cookie", "cookie", "authorization", "api-key", "openai-organization", "openai-project"}
)
# Settings that shape the requests: a replay must use the recorded values to match.
RECORDED_SETTINGS = (
    "base_url",
    "model",
    "instructor_mode",
    "llm_max_tokens",
    "llm_temperature",
    "llm_max_reasks",
    "llm_max_attempts",
    "llm_strategy",
)
# Recordings made before there was a choice of strategy are all `draft`.
STRATEGY_BEFORE_CHOICE = "draft"
REPLAY_API_KEY = "replay-no-key"


class StaleCassette(BriefsmithError):
    """The cassette no longer matches what the engine would send."""

    code = "stale-cassette"


class UnknownSeed(BriefsmithError):
    code = "unknown-seed"


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        name: values
        for name, values in response["headers"].items()
        if name.lower() not in FILTERED_RESPONSE_HEADERS
    }
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        response["body"]["string"] = scrub(body.decode("utf-8", "replace")).encode()
    elif isinstance(body, str):
        response["body"]["string"] = scrub(body)
    return response


# A re-ask quotes pydantic's error text, which links to docs for the installed pydantic
# version ("https://errors.pydantic.dev/2.13/v/value_error"). That version is not part of
# the conversation: bodies are compared with it masked, so a replay still matches under
# another pydantic release.
_PYDANTIC_DOCS_VERSION = re.compile(rb"(https://errors\.pydantic\.dev/)[0-9][0-9.]*/")


def _comparable_body(body: bytes | str | None) -> bytes:
    raw = body.encode() if isinstance(body, str) else (body or b"")
    return _PYDANTIC_DOCS_VERSION.sub(rb"\1VERSION/", raw)


def _same_body(recorded: vcr.request.Request, live: vcr.request.Request) -> None:
    if _comparable_body(recorded.body) != _comparable_body(live.body):
        raise AssertionError("request bodies differ")


def cassette_recorder(cassettes_dir: Path, record_mode: str) -> vcr.VCR:
    recorder = vcr.VCR(
        cassette_library_dir=str(cassettes_dir),
        record_mode=record_mode,
        match_on=("method", "uri", "body_modulo_versions"),
        filter_headers=FILTERED_REQUEST_HEADERS,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )
    recorder.register_matcher("body_modulo_versions", _same_body)
    return recorder


# --------------------------------------------------------------------------------------
# Seeds and the manifest


def seed_stems(seeds_dir: Path | None = None) -> list[str]:
    return sorted(path.stem for path in (seeds_dir or SEEDS_DIR).glob("*.txt"))


def resolve_seed(seed: str | Path, seeds_dir: Path | None = None) -> str:
    """A seed's stem from its stem, a unique prefix ("001") or a path to the seed file."""
    wanted = Path(seed).stem
    stems = seed_stems(seeds_dir)
    if wanted in stems:
        return wanted
    matches = [stem for stem in stems if stem.startswith(wanted)]
    if len(matches) != 1:
        raise UnknownSeed(f"no single seed matches {str(seed)!r}; seeds: {', '.join(stems)}")
    return matches[0]


def seed_article(seed: str | Path, seeds_dir: Path | None = None) -> ArticleInput:
    stem = resolve_seed(seed, seeds_dir)
    text = ((seeds_dir or SEEDS_DIR) / f"{stem}.txt").read_text(encoding="utf-8")
    return ArticleInput(text=text)


def read_manifest(cassettes_dir: Path | None = None) -> dict[str, Any]:
    path = (cassettes_dir or CASSETTES_DIR) / MANIFEST_NAME
    if not path.exists():
        return {"cassettes": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def write_manifest(manifest: dict[str, Any], cassettes_dir: Path | None = None) -> None:
    path = (cassettes_dir or CASSETTES_DIR) / MANIFEST_NAME
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------
# Replay


class ReplayEngine(EngineWrapper):
    """The openai engine answering from a cassette; a miss is reported as stale."""

    def __init__(self, engine: OpenAIEngine, stem: str):
        super().__init__(engine)
        self.stem = stem

    async def summarize(self, article: CleanArticle) -> Brief:
        try:
            return await self.inner.summarize(article)
        except BriefsmithError as error:
            if _caused_by_cassette_miss(error):
                raise StaleCassette(
                    f"cassette {self.stem}: the engine sent a request that is not in the "
                    "recording (the article, its cleaning or the request settings changed "
                    f"since it was recorded); {RERECORD_HINT}"
                ) from None
            raise

    async def ready(self) -> tuple[bool, str]:
        return True, f"replaying cassette {self.stem}"


def _caused_by_cassette_miss(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, CannotOverwriteExistingCassetteException):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def replay_settings(recorded: dict[str, Any]) -> Settings:
    """Settings as recorded (so a recorded 5xx is retried as it was), no backoff, no
    fallback: a miss must show, not be papered over by the extractive engine."""
    return Settings(
        _env_file=None,
        engine="openai",
        fallback_to_extractive=False,
        api_key=SecretStr(REPLAY_API_KEY),
        llm_backoff_s=0,
        llm_backoff_max_s=0,
        **{
            "llm_strategy": STRATEGY_BEFORE_CHOICE,
            **{name: recorded[name] for name in RECORDED_SETTINGS if name in recorded},
        },
    )


def frozen_candidates_path(directory: Path, stem: str, version: int) -> Path:
    return directory / f"{stem}.candidates-v{version}.json"


def _recorded_candidates(
    directory: Path, stem: str, entry: dict[str, Any], strategy: str
) -> Callable[[str], Candidates] | None:
    """For a select recording made with an older candidate builder, the candidates it
    was recorded with (frozen beside it), so the replayed request is the recorded one;
    None when the recording is of the current builder (or not of select)."""
    if strategy != "select":
        return None
    version = int(entry.get("candidates_version", 1))
    if version == CANDIDATES_VERSION:
        return None
    path = frozen_candidates_path(directory, stem, version)
    if not path.exists():
        raise StaleCassette(
            f"cassette {stem} was recorded with select candidates of builder version "
            f"{version}, but the builder is now version {CANDIDATES_VERSION} and no frozen "
            f"candidates ({path.name}) are beside it; {RERECORD_HINT}"
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    return lambda text: frozen_candidates(text, data)


@contextmanager
def replaying(
    seed: str | Path, *, cassettes_dir: Path | None = None, prompt: BriefPrompt | None = None
) -> Iterator[ReplayEngine]:
    """An engine that replays the seed's cassette (record mode "none": no network).

    Raises StaleCassette, telling you to run `brief record`, when there is no cassette
    or it was recorded under another prompt version.
    """
    directory = cassettes_dir or CASSETTES_DIR
    stem = resolve_seed(seed)
    entry = read_manifest(directory)["cassettes"].get(stem)
    cassette = directory / f"{stem}.yaml"
    if entry is None or not cassette.exists():
        raise StaleCassette(f"there is no cassette for seed {stem}; {RERECORD_HINT}")
    settings = replay_settings(entry["settings"])
    prompt = prompt or load_prompt(settings.llm_strategy)
    if entry["prompt_version"] != prompt.version:
        raise StaleCassette(
            f"cassette {stem} was recorded with prompt version {entry['prompt_version']}, but "
            f"the {prompt.strategy} prompt is now version {prompt.version} (prompts/ or the "
            f"answer schema changed); {RERECORD_HINT}"
        )
    engine = OpenAIEngine(
        settings, prompt, _recorded_candidates(directory, stem, entry, settings.llm_strategy)
    )
    with cassette_recorder(directory, "none").use_cassette(cassette.name):
        yield ReplayEngine(engine, stem)


# --------------------------------------------------------------------------------------
# Record
