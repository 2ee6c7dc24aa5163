"""Hand-built, grounded briefs for testing the story merge rules one by one.

Each brief is made from a short hand-written article and the items it names, then put
through the one grounding check, so every span is real; a fixture whose item the
article does not support fails loudly instead of testing nothing.
"""

from __future__ import annotations

from briefsmith.core.grounding import enforce_grounding
from briefsmith.core.schema import Actor, Brief, BriefMeta, BriefResult, CleanArticle, Figure, Quote
from briefsmith.engines.linguistic import analysis_of


def grounded(
    article_id: str,
    text: str,
    *,
    actors: list[tuple[str, str] | tuple[str, str, list[str]]] = (),
    quotes: list[tuple[str, str]] = (),
    figures: list[tuple[str, float, str | None, str]] = (),
    situation: str | None = None,
    outlook: str = "",
) -> tuple[str, BriefResult]:
    brief = Brief(
        situation=situation or text.split("\n")[0],
        actors=[
            Actor(name=a[0], kind=a[1], aliases=list(a[2]) if len(a) > 2 else []) for a in actors
        ],
        quotes=[Quote(text=q, speaker=s) for q, s in quotes],
        figures=[Figure(text=t, value=v, unit=u, measures=m) for t, v, u, m in figures],
        outlook=outlook,
        meta=BriefMeta(engine="hand-made"),
    )
    checked = enforce_grounding(brief, text, analysis_of(text))
    assert not checked.meta.warnings, checked.meta.warnings
    return article_id, BriefResult(brief=checked, article=CleanArticle(text=text))
