"""Story briefs end to end: `brief story` (the real console script, as a user runs it)
and POST/GET /v1/stories, on the five seed articles (the one story the issue names) and
on hand-written stories of other kinds (evals/story_articles/: a court case, a football
match, an earnings report, each covered by two or three outlets)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.engines.extractive import ExtractiveEngine

from tests.api_synthetic import api_client, make_app
from tests.seed_articles import SEED_PATHS

STORIES = Path(__file__).resolve().parent.parent / "evals" / "story_articles"


def run_brief(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", *args],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive", **(env or {})},
    )


def _section(markdown: str, title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## |^---)", markdown, re.DOTALL | re.MULTILINE)
    assert match, f"no {title} section in:\n{markdown}"
    return match.group(1)


def _actor_line(actors_section: str, spelling: str) -> list[str]:
    return [
        line
        for line in actors_section.splitlines()
        if re.search(rf"\b{re.escape(spelling)}\b", line)
    ]


@pytest.fixture(scope="module")
def seed_story_markdown() -> str:
    outcome = run_brief("story", *map(str, SEED_PATHS), "--format", "markdown")
    assert outcome.returncode == 0, outcome.stderr.decode()
    return outcome.stdout.decode()


@pytest.fixture(scope="module")
def seed_story_json() -> dict:
    outcome = run_brief("story", *map(str, SEED_PATHS))
    assert outcome.returncode == 0, outcome.stderr.decode()
    return json.loads(outcome.stdout)


def test_seed_story_markdown_merges_spellings_and_flags_the_population_conflict(
    seed_story_markdown,
):
    markdown = seed_story_markdown
    assert markdown.count("# Story brief (5 articles)") == 1
    actors = _section(markdown, "Actors")
    for one, other in (("Cherevaty", "Cherevatiy"), ("Zelensky", "Zelenskyy")):
        lines = _actor_line(actors, one)
        assert len(lines) == 1, lines
        assert re.search(rf"\b{other}\b", lines[0]), lines[0]
        assert _actor_line(actors, other) == lines
    conflicts = _section(markdown, "⚠ Conflicts between sources")
    [population] = [line for line in conflicts.splitlines() if "population" in line]
    assert "70,000" in population and "80,000" in population
    assert "[000_34f6a8431284eca3]" in population and "[001_4716ace5ad1b5109]" in population
    # Conflicts come before everything else.
    assert markdown.index("Conflicts between sources") < markdown.index("## Situation")


def test_seed_story_json_carries_each_source_with_a_span_into_its_own_article(seed_story_json):
    body = seed_story_json
    texts = {a["article_id"]: a["text"] for a in body["articles"]}
    [population] = [
        f
        for f in body["story"]["figures"]
        if "population" in f["measures"] and f["status"] == "conflict"
    ]
    shown = {}
    for value in population["values"]:
        for source in value["sources"]:
            span = source["span"]
            shown[source["article_id"]] = texts[source["article_id"]][span["start"] : span["end"]]
    assert shown == {
        "000_34f6a8431284eca3": "about 70,000",
        "001_4716ace5ad1b5109": "around 80,000",
    }
    for actor in body["story"]["actors"]:
        for source in actor["sources"]:
            span = source["span"]
            mention = texts[source["article_id"]][span["start"] : span["end"]]
            assert mention.casefold() in {
                s.casefold() for s in [actor["name"], *actor["aliases"]]
            } or any(w.casefold() in mention.casefold() for w in actor["name"].split())


def test_brief_story_refuses_a_single_article_and_a_missing_file(tmp_path):
    one = run_brief("story", str(SEED_PATHS[0]))
    assert one.returncode == 2
    assert one.stderr.decode().startswith("error: a story needs 2 to 20 articles; got 1")
    missing = run_brief("story", str(SEED_PATHS[0]), str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert "no such file" in missing.stderr.decode()
    assert "Traceback" not in missing.stderr.decode() + one.stderr.decode()


# --- hand-written stories of other kinds ------------------------------------------------


async def _story(*names: str):
    items = [
        StoryInput(name, text=(STORIES / f"{name}.txt").read_text(encoding="utf-8"))
        for name in names
    ]
    return (await make_story(items, ExtractiveEngine())).story


def _named(actors, spelling):
    return [a for a in actors if spelling == a.name or spelling in a.aliases]


async def test_court_story_merges_the_defendant_not_his_sister_and_flags_the_losses():
    story = await _story("court_a", "court_b", "court_c")
    [defendant] = _named(story.actors, "Dmitri Sokolov")
    assert "Dmitriy Sokolov" in defendant.aliases
    assert {s.article_id for s in defendant.sources} == {"court_a", "court_b"}
    [sister] = _named(story.actors, "Anna Sokolov")
    assert sister is not defendant and [s.article_id for s in sister.sources] == ["court_c"]
    [betrayed] = [q for q in story.quotes if q.text.startswith("You betrayed")]
    assert [s.article_id for s in betrayed.sources] == ["court_a", "court_b"]
    assert betrayed.speaker == "Maria Okonkwo" and not betrayed.speaker_conflict
    [losses] = story.conflicting_figures
    assert [v.text for v in losses.values] == ["about $4.2 million", "roughly $4.9 million"]
    # The 12-year sentence both outlets report is one fact they agree on, not a conflict.
    [sentence] = [f for f in story.figures if f.unit == "years"]
    assert sentence.status == "agreed"
    assert [s.article_id for s in sentence.sources] == ["court_a", "court_b"]


async def test_football_story_merges_the_scorer_and_his_quote_and_flags_the_crowd():
    story = await _story("match_a", "match_b")
    [scorer] = _named(story.actors, "Mohamed Salah")
    assert "Mohammed Salah" in scorer.aliases
    [fans] = [q for q in story.quotes if q.text.startswith("The fans were incredible")]
    assert len(fans.sources) == 2 and fans.speaker == "Mohamed Salah"
    [crowd] = story.conflicting_figures
    assert [v.value for v in crowd.values] == [52000, 53000]


async def test_earnings_story_flags_the_workforce_but_not_profit_against_revenue():
    story = await _story("earnings_a", "earnings_b")
    # The two conflicts the story reference lists: the workforce and the jobs to be cut
    # (one outlet counts "jobs in its hardware division", the other just "jobs").
    # One outlet says whose workforce it is ("workforce of Northwind"), the other not.
    workforce, jobs = sorted(
        story.conflicting_figures, key=lambda f: not f.measures.startswith("workforce")
    )
    assert workforce.measures.startswith("workforce")
    assert sorted(v.value for v in jobs.values) == [1200, 1500]
    assert [s.article_id for s in workforce.sources] == ["earnings_a", "earnings_b"]
    usd = [f for f in story.figures if f.unit == "USD"]
    assert len(usd) >= 2 and all(f.status != "conflict" for f in usd)
    [quote] = [q for q in story.quotes if "putting our money" in q.text]
    assert len(quote.sources) == 2


# --- HTTP -----------------------------------------------------------------------------


def _seed_payload() -> dict:
    return {
        "articles": [
            {"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in SEED_PATHS
        ]
    }


def _comparable(body: dict) -> dict:
    """The story without what differs between two runs: ids, times, timings."""
    story = dict(body["story"])
    story["meta"] = {
        k: v for k, v in story["meta"].items() if k not in ("created_at", "timings_ms")
    }
    articles = [{k: v for k, v in a.items() if k != "brief_id"} for a in body["articles"]]
    return {"story": story, "articles": articles}


async def test_post_stories_with_the_seeds_returns_what_the_cli_prints(tmp_path, seed_story_json):
    app = make_app(tmp_path, ExtractiveEngine())
    async with api_client(app) as client:
        created = await client.post("/v1/stories", json=_seed_payload())
        assert created.status_code == 201, created.text
        body = created.json()
        assert created.headers["location"] == f"/v1/stories/{body['id']}"
        fetched = await client.get(f"/v1/stories/{body['id']}")
        assert fetched.status_code == 200
        assert fetched.json() == body
        # Each article's brief was stored too, and can be fetched on its own.
        brief = await client.get(f"/v1/briefs/{body['articles'][0]['brief_id']}")
        assert brief.status_code == 200
    assert _comparable(body) == _comparable(seed_story_json)


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        (
            {"articles": [{"text": "One article about a vote in parliament."}]},
            422,
            "validation-error",
        ),
        ({"articles": [{"text": "A vote."}] * 21}, 422, "validation-error"),
        ({"articles": [{"text": "A vote."}, {}]}, 422, "validation-error"),
        (
            {"articles": [{"text": "A vote.", "id": "x"}, {"text": "B.", "id": "x"}]},
            422,
            "validation-error",
        ),
        ({"articles": [{"text": "A vote in parliament."}, {"text": "   "}]}, 422, "empty-article"),
    ],
)
async def test_post_stories_refuses_bad_requests_with_a_problem(tmp_path, payload, status, code):
    async with api_client(make_app(tmp_path, ExtractiveEngine())) as client:
        response = await client.post("/v1/stories", json=payload)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code


async def test_stories_need_the_api_key_like_briefs_and_unknown_ids_are_404(tmp_path):
    app = make_app(tmp_path, ExtractiveEngine(), settings={"api_keys": ["story-test-key"]})
    async with api_client(app) as client:
        refused = await client.post("/v1/stories", json=_seed_payload())
        assert refused.status_code == 401
        missing = await client.get(
            "/v1/stories/nope", headers={"Authorization": "Bearer story-test-key"}
        )
        assert missing.status_code == 404
        assert missing.json()["code"] == "not-found"
