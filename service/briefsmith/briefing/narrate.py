"""Situation and outlook of a story: from the LLM when one is configured (one call over
the merged draft), else extractively (the most-covered lead sentence, with its source).

The prompt lives in prompts/story.*.j2, rendered in the same jinja2 sandbox as the brief
prompt and versioned the same way: a hash over the templates and the answer's schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, Field

from briefsmith.core.errors import BriefsmithError, EngineFailed
from briefsmith.core.grounding import invented_numbers
from briefsmith.core.numbers import find_numbers
from briefsmith.core.schema import Usage
from briefsmith.core.story.merge import ArticleBrief, MergedStory
from briefsmith.core.story.schema import StorySentence
from briefsmith.engines.base import Completer, Engine
from briefsmith.engines.prompts import read_templates
from briefsmith.engines.registry import find_engine

SYSTEM_TEMPLATE = "story.system.j2"
USER_TEMPLATE = "story.user.j2"
# The draft shown to the model stays small whatever the number of articles.
MAX_PROMPT_QUOTES = 8
MAX_PROMPT_FIGURES = 12
MAX_PROMPT_ACTORS = 25


class StoryNarrativeDraft(BaseModel):
    situation: str = Field(description="What is happening, in one to three sentences.")
    outlook: str = Field("", description="What may happen next, or empty.")


@dataclass(frozen=True)
class StoryPrompt:
    system_source: str
    user_source: str
    version: str

    @cached_property
    def _templates(self) -> tuple[Template, Template]:
        env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
        return env.from_string(self.system_source), env.from_string(self.user_source)

    def messages(self, merged: MergedStory, briefs: list[ArticleBrief]) -> list[dict[str, str]]:
        system_template, user_template = self._templates
        user = user_template.render(**_draft_variables(merged, briefs))
        return [
            {"role": "system", "content": system_template.render()},
            {"role": "user", "content": user},
        ]


def load_story_prompt(prompts_dir: Path | None = None) -> StoryPrompt:
    return StoryPrompt(
        *read_templates(
            (SYSTEM_TEMPLATE, USER_TEMPLATE),
            StoryNarrativeDraft.model_json_schema(),
            prompts_dir,
            "story prompt",
        )
    )


def _draft_variables(merged: MergedStory, briefs: list[ArticleBrief]) -> dict[str, Any]:
    return {
        "leads": [
            {"article_id": article_id, "text": result.brief.situation}
            for article_id, result in briefs
        ],
        "outlooks": [
            {"article_id": article_id, "text": result.brief.outlook}
            for article_id, result in briefs
            if result.brief.outlook
        ],
        "actors": [a.name for a in merged.actors[:MAX_PROMPT_ACTORS]],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "outlets": len({s.article_id for s in q.sources}),
            }
            for q in merged.quotes[:MAX_PROMPT_QUOTES]
        ],
        "figures": [
            {
                "measures": f.measures or f.unit or "",
                "conflict": f.status == "conflict",
                "reported": " vs ".join(
                    f"{v.text} ({', '.join(s.article_id for s in v.sources)})" for v in f.values
                ),
            }
            for f in merged.figures[:MAX_PROMPT_FIGURES]
        ],
    }


@dataclass
class Narrative:
    situation: StorySentence
    outlook: StorySentence | None
    engine: str = "extractive"
    model: str | None = None
    prompt_version: str | None = None
    usage: Usage | None = None
    warnings: list[str] = field(default_factory=list)


def _narrator(engine: Engine) -> Completer | None:
    """`engine` when its registered spec says it can narrate (an LLM engine, or a
    wrapper around one, which passes `complete` through); None otherwise."""
    spec = find_engine(engine.name)
    if spec is None or not spec.can_narrate or not isinstance(engine, Completer):
        return None
    return engine


async def narrate(
    merged: MergedStory, briefs: list[ArticleBrief], engine: Engine, *, fallback: bool = True
) -> Narrative:
    """LLM narration when `engine` is (or wraps) the LLM engine; extractive otherwise, and
    also when the LLM fails and `fallback` is on (with a warning)."""
    extractive = Narrative(merged.situation, merged.outlook)
    llm = _narrator(engine)
    if llm is None:
        return extractive
    try:
        prompt = load_story_prompt()
        draft, usage = await llm.complete(prompt.messages(merged, briefs), StoryNarrativeDraft)
        situation = draft.situation.strip()
        if not situation:
            raise EngineFailed("the model wrote an empty situation")
    except BriefsmithError as error:
        if not fallback:
            raise
        extractive.warnings.append(
            f"the LLM could not write the story's situation ({error.message}); it is the "
            "most-covered lead sentence instead"
        )
        return extractive
    outlook = draft.outlook.strip()
    told, warnings = _grounded_narrative(
        {"situation": situation, "outlook": outlook}, extractive, briefs
    )
    return Narrative(
        situation=told["situation"] or extractive.situation,
        outlook=told["outlook"],
        engine=engine.name,
        model=engine.model,
        prompt_version=prompt.version,
        usage=usage,
        warnings=warnings,
    )


def _grounded_narrative(
    drafted: dict[str, str], extractive: Narrative, briefs: list[ArticleBrief]
) -> tuple[dict[str, StorySentence | None], list[str]]:
    """The model's situation and outlook, each kept only if every number it states is in
    one of the story's articles (the grounding module's rule); otherwise the merged
    draft's own sentence, with its sources, stands in, with a warning."""
    known = [mention for _, result in briefs for mention in find_numbers(result.article.text)]
    told: dict[str, StorySentence | None] = {}
    warnings: list[str] = []
    for name, text in drafted.items():
        invented = invented_numbers(text, known)
        if not invented:
            told[name] = StorySentence(text=text) if text else None
            continue
        told[name] = getattr(extractive, name)
        stated = ", ".join(repr(n) for n in invented[:5])
        warnings.append(
            f"the LLM's {name} stated {stated}, which no article of the story has; the "
            "merged articles' own sentence stands in"
        )
    return told, warnings
