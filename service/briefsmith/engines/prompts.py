"""The brief prompt: template files in the `prompts` package, rendered in a jinja2 sandbox.

The article reaches the template only as a variable, so article text containing `{{`
or `{%` is printed as-is and never parsed as template code.

`prompt_version` is a short hash over the template files' bytes and the JSON Schema
of the answer the model fills in (the draft, or the `select` strategy's picks; each
strategy has its own templates, so its own version). Anything that changes what the
model is asked changes the version; every LLM brief records it, and so does every
cassette.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment

from briefsmith.config.package_data import package_dir
from briefsmith.core.candidates import Candidates
from briefsmith.core.errors import EngineNotConfigured
from briefsmith.core.schema import UNATTRIBUTED, CleanArticle
from briefsmith.engines.llm_draft import BriefDraft
from briefsmith.engines.llm_select import SelectAnswer

PROMPTS_DIR = package_dir("prompts")
SYSTEM_TEMPLATE = "brief.system.j2"
USER_TEMPLATE = "brief.user.j2"
SELECT_SYSTEM_TEMPLATE = "select.system.j2"
SELECT_USER_TEMPLATE = "select.user.j2"
VERSION_LENGTH = 12


@dataclass(frozen=True)
class BriefPrompt:
    """The `draft` strategy's prompt: the article, and the draft schema to fill."""

    system_source: str
    user_source: str
    version: str
    strategy = "draft"

    @cached_property
    def _templates(self) -> tuple[Template, Template]:
        env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
        return env.from_string(self.system_source), env.from_string(self.user_source)

    def messages(
        self, article: CleanArticle, candidates: Candidates | None = None
    ) -> list[dict[str, str]]:
        system_template, user_template = self._templates
        system = system_template.render(unattributed=UNATTRIBUTED)
        user = user_template.render(
            article=article.text, title=article.title, source=article.source
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]


@dataclass(frozen=True)
class SelectPrompt(BriefPrompt):
    """The `select` strategy's prompt: the article with candidate markers, the candidate
    lists, and the small answer schema of ids."""

    strategy = "select"

    def messages(
        self, article: CleanArticle, candidates: Candidates | None = None
    ) -> list[dict[str, str]]:
        if candidates is None:
            raise ValueError("the select prompt needs the article's candidates")
        system_template, user_template = self._templates
        system = system_template.render(unattributed=UNATTRIBUTED)
        user = user_template.render(
            article=candidates.marked_text(),
            title=article.title,
            actors=candidates.actors,
            quotes=candidates.quotes,
            figures=candidates.figures,
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def prompt_version(template_bytes: list[bytes], response_schema: dict) -> str:
    digest = hashlib.sha256()
    for chunk in template_bytes:
        digest.update(len(chunk).to_bytes(8, "big"))
        digest.update(chunk)
    digest.update(json.dumps(response_schema, sort_keys=True).encode())
    return digest.hexdigest()[:VERSION_LENGTH]


def read_templates(
    names: tuple[str, str],
    response_schema: dict,
    prompts_dir: Path | None = None,
    what: str = "prompt",
) -> tuple[str, str, str]:
    """A (system, user) template pair and their version, hashed from both templates and
    the response schema (default directory: the installed `prompts` package)."""
    directory = prompts_dir or PROMPTS_DIR
    try:
        system_bytes, user_bytes = ((directory / name).read_bytes() for name in names)
    except OSError as error:
        raise EngineNotConfigured(
            f"cannot read the {what} templates in {directory} ({error.strerror})"
        ) from error
    version = prompt_version([system_bytes, user_bytes], response_schema)
    return system_bytes.decode("utf-8"), user_bytes.decode("utf-8"), version


def load_brief_prompt(prompts_dir: Path | None = None) -> BriefPrompt:
    return BriefPrompt(
        *read_templates(
            (SYSTEM_TEMPLATE, USER_TEMPLATE), BriefDraft.model_json_schema(), prompts_dir
        )
    )


def load_select_prompt(prompts_dir: Path | None = None) -> SelectPrompt:
    return SelectPrompt(
        *read_templates(
            (SELECT_SYSTEM_TEMPLATE, SELECT_USER_TEMPLATE),
            SelectAnswer.model_json_schema(),
            prompts_dir,
        )
    )


def load_prompt(strategy: str, prompts_dir: Path | None = None) -> BriefPrompt:
    """The prompt of an LLM strategy (`draft` or `select`)."""
    if strategy == "select":
        return load_select_prompt(prompts_dir)
    return load_brief_prompt(prompts_dir)
