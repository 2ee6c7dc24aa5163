"""The `select` LLM strategy: numbered candidates, ids instead of retyped text, and the
brief assembled from the article by span.

The property tests generate their own articles (courts, sports, business, science
copy with made-up names), never the seeds' words. The model is a synthetic
OpenAI-compatible server on loopback, answering from a script.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.grounding import check_grounding, enforce_grounding
from briefsmith.core.schema import ArticleInput, BriefMeta
from briefsmith.engines.cassettes import CASSETTES_DIR, read_manifest, replaying, seed_article
from briefsmith.engines.linguistic import analysis_of
from briefsmith.engines.llm import OpenAIEngine, build_llm_engine
from briefsmith.engines.llm_select import SelectAnswer, assemble, salvage_answer
from briefsmith.engines.prompts import load_prompt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.llm_synthetic import synthetic_settings
from tests.synthetic_http import serving_on_loopback

# --------------------------------------------------------------------------------------
# Generated articles: varied beats, made-up people, every quote style


FIRST = ["Maria", "Tomas", "Aiko", "Kwame", "Priya", "Lars", "Ines", "Dmitri", "Grace", "Omar"]
LAST = ["Okafor", "Lindqvist", "Tanaka", "Ruiz", "Haddad", "Novak", "Brennan", "Achebe", "Sato"]
ROLES = ["the judge", "the coach", "the chief executive", "a lead researcher", "the mayor"]
WORDS = (
    "the court ruled appeal verdict season match goal league shares profit quarter "
    "market trial vaccine study results council budget vote storm flood rescue team "
    "players fans record growth prices workers union strike evidence jury bridge"
).split()
MARKS = [("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’")]
FIGURES = ["3,400 fans", "$2.5 million", "12 percent", "about 70,000 residents", "48 jobs"]

words = st.lists(st.sampled_from(WORDS), min_size=4, max_size=12).map(" ".join)
person = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join)


@st.composite
def quoted_paragraph(draw: st.DrawFn) -> str:
    opener, closer = draw(st.sampled_from(MARKS))
    said = draw(words).capitalize()
    who = draw(person)
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{opener}{said},{closer} said {who}, {draw(st.sampled_from(ROLES))}."
    if form == 1:
        return f"{who} told reporters: {opener}{said}.{closer}"
    return f"{opener}{said},{closer} {who} said on Monday."


@st.composite
def narrative_paragraph(draw: st.DrawFn) -> str:
    sentence = draw(words).capitalize()
    if draw(st.booleans()):
        sentence += f" after {draw(st.sampled_from(FIGURES))}"
    return sentence + "."


articles = st.lists(
    st.one_of(quoted_paragraph(), narrative_paragraph()), min_size=2, max_size=10
).filter(lambda paragraphs: any(p[0] in '“«"‘' or ":" in p for p in paragraphs))


def meta() -> BriefMeta:
    return BriefMeta(engine="openai", strategy="select")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=articles, data=st.data())
def test_a_chosen_quote_id_always_yields_the_exact_article_text_and_its_span(paragraphs, data):
    text = clean_article(ArticleInput(text="\n\n".join(paragraphs))).text
    candidates = build_candidates(text, analysis_of(text))
    assert candidates.quotes, text  # the generated quotes are found, so this is not vacuous
    for quote in candidates.quotes:
        assert text[quote.start : quote.end] == quote.text

    chosen = data.draw(
        st.lists(st.sampled_from(candidates.quotes), min_size=1, max_size=5, unique_by=id)
    )
    answer = SelectAnswer(
        situation="Something happened.",
        situation_ids=[],
        actors=[],
        quotes=[{"id": quote.id, "by": "unattributed"} for quote in chosen],
        figures=[],
        outlook="",
        outlook_ids=[],
    )
    brief = assemble(answer, candidates, meta())
    assert [q.text for q in brief.quotes] == [quote.text for quote in chosen]

    # The pipeline's grounding recomputes every span; the copied text is always found.
    grounded = enforce_grounding(brief, text, analysis_of(text))
    assert [q.text for q in grounded.quotes] == [quote.text for quote in chosen]
    for quote in grounded.quotes:
        assert quote.span is not None
        assert text[quote.span.start : quote.span.end] == quote.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=articles)
def test_every_candidate_span_holds_its_own_text(paragraphs):
    text = clean_article(ArticleInput(text="\n\n".join(paragraphs))).text
    candidates = build_candidates(text, analysis_of(text))
    for figure in candidates.figures:
        assert text[figure.start : figure.end] == figure.text
        assert figure.sentence is not None and candidates.sentence(figure.sentence)
    for actor in candidates.actors:
        if actor.start is not None:
            assert text[actor.start : actor.end] in (actor.name, *actor.aliases)
    for quote in candidates.quotes:
        assert all(candidates.actor(speaker) for speaker in quote.speakers)
    # Every marker is in the text shown to the model, once.
    marked = candidates.marked_text()
    for item in [*candidates.sentences, *candidates.quotes, *candidates.figures]:
        assert marked.count(f"[{item.id}]") == 1


# --------------------------------------------------------------------------------------
# A synthetic model on loopback

COURT_ARTICLE = (
    "A federal judge in Harbor City sentenced a former bank manager to six years in prison "
    "on Thursday for stealing $2.5 million from elderly customers.\n\n"
    "“You betrayed the people who trusted you most,” said Judge Ines Haddad.\n\n"
    "Prosecutors said about 40 customers lost their savings. The defense plans to appeal "
    "the sentence next month."
)


def good_answer(candidates) -> dict[str, Any]:
    judge = next(a for a in candidates.actors if a.name == "Ines Haddad")
    stolen = next(f for f in candidates.figures if f.text == "$2.5 million")
    return {
        "situation": "A former bank manager was jailed for stealing from customers.",
        "situation_ids": ["S1"],
        "actors": [{"id": judge.id, "kind": "person", "role": "judge"}],
        "quotes": [{"id": "Q1", "by": judge.id}],
        "figures": [{"id": stolen.id, "measures": "stolen"}],
        "outlook": "The defense will appeal.",
        "outlook_ids": [candidates.sentences[-1].id],
    }


class SyntheticSelectingLlm:
    """A synthetic OpenAI-compatible server: answers each chat completion with the next
    scripted tool call (the last repeats) and keeps every request body it was sent."""

    def __init__(self, script: list[Any]):
        self.script = script
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        llm = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                with llm._lock:
                    answer = llm.script[min(len(llm.requests), len(llm.script) - 1)]
                    llm.requests.append(body)
                tool = body["tools"][0]["function"]["name"]
                completion = {
                    "id": "chatcmpl-synthetic",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "synthetic-model",
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "tool_calls",
                            "message": {
                                "role": "assistant",
                                "content": None,
                                "tool_calls": [
                                    {
                                        "id": "call_synthetic",
                                        "type": "function",
                                        "function": {
                                            "name": tool,
                                            "arguments": answer
                                            if isinstance(answer, str)
                                            else json.dumps(answer),
                                        },
                                    }
                                ],
                            },
                        }
                    ],
                    "usage": {"prompt_tokens": 500, "completion_tokens": 30, "total_tokens": 530},
                }
                raw = json.dumps(completion).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        return Handler


async def brief_from(script: list[Any], **overrides: Any):
    llm = SyntheticSelectingLlm(script)
    with serving_on_loopback(llm.handler()) as base_url:
        engine = build_llm_engine(
            synthetic_settings(base_url=f"{base_url}/v1", llm_strategy="select", **overrides)
        )
        result = await make_brief(ArticleInput(text=COURT_ARTICLE), engine)
    return result, llm


def court_candidates():
    return build_candidates(
        clean_article(ArticleInput(text=COURT_ARTICLE)).text,
        analysis_of(clean_article(ArticleInput(text=COURT_ARTICLE)).text),
    )


async def test_synthetic_model_picks_ids_and_the_brief_copies_the_article():
    candidates = court_candidates()
    result, llm = await brief_from([good_answer(candidates)])

    brief, text = result.brief, result.article.text
    assert len(llm.requests) == 1
    assert llm.requests[0]["tools"][0]["function"]["name"] == "SelectAnswer"
    shown = llm.requests[0]["messages"][-1]["content"]
    assert "[Q1]“You betrayed" in shown and "[S1]" in shown
    assert brief.meta.strategy == "select"
    assert brief.meta.prompt_version == load_prompt("select").version
    (quote,) = brief.quotes
    assert quote.text == "You betrayed the people who trusted you most"
    assert quote.speaker == "Ines Haddad"
    assert text[quote.span.start : quote.span.end] == quote.text
    (figure,) = brief.figures
    assert text[figure.span.start : figure.span.end] == figure.text == "$2.5 million"
    assert figure.measures == "stolen"
    assert [s.id for s in brief.situation_sources] == ["S1"]
    source = brief.situation_sources[0].span
    assert text[source.start : source.end].startswith("A federal judge")
    assert text[brief.outlook_sources[0].span.start :].startswith("The defense plans")
    assert not brief.meta.warnings


async def test_synthetic_unknown_id_is_reasked_naming_it_then_the_corrected_answer_kept():
    candidates = court_candidates()
    wrong = {**good_answer(candidates), "quotes": [{"id": "Q9", "by": "A1"}]}
    result, llm = await brief_from([wrong, good_answer(candidates)])

    assert len(llm.requests) == 2
    reask = llm.requests[1]["messages"][-1]["content"]
    assert "Q9 is not a quote id" in reask
    assert [q.text for q in result.brief.quotes] == [candidates.quotes[0].text]
    assert result.brief.meta.usage.attempts == 2
    assert not any(w.code == "reasks-spent" for w in result.brief.meta.warnings)


async def test_synthetic_speaker_that_is_no_actor_id_is_reasked_then_credited_unattributed():
    candidates = court_candidates()
    answer = good_answer(candidates)
    wrong = {
        **answer,
        "quotes": [{"id": "Q1", "by": "A77"}],
        "figures": [*answer["figures"], {"id": "F42", "measures": "?"}],
    }
    result, llm = await brief_from([wrong], llm_max_reasks=1)

    assert len(llm.requests) == 2  # the answer, and one re-ask naming both ids
    reask = llm.requests[1]["messages"][-1]["content"]
    assert "speaker A77 is not an actor id" in reask and "F42 is not a figure id" in reask
    brief = result.brief
    codes = {(w.code, w.field, w.item) for w in brief.meta.warnings}
    assert ("reasks-spent", None, None) in codes
    assert ("speaker-unattributed", "quotes", 1) in codes
    assert ("ungrounded-dropped", "figures", 2) in codes
    # The good picks stay; the bad id is gone, the unknown speaker is not guessed.
    assert [f.text for f in brief.figures] == ["$2.5 million"]
    (quote,) = brief.quotes
    assert quote.text == candidates.quotes[0].text
    assert check_grounding(brief, result.article.text, analysis_of(result.article.text)).ok


async def test_synthetic_raw_newlines_inside_json_strings_are_read_without_a_reask():
    answer = good_answer(court_candidates())
    answer["situation"] = "A bank manager was jailed. NEWLINE He stole from customers."
    raw = json.dumps(answer).replace(" NEWLINE ", "\n")
    assert "\n" in raw  # a raw control character: not valid strict JSON
    result, llm = await brief_from([raw])

    assert len(llm.requests) == 1
    assert result.brief.situation == "A bank manager was jailed.\nHe stole from customers."


def test_lenient_ids_and_salvage_read_what_small_models_write():
    raw = json.dumps(
        {
            "situation": "A manager was jailed.",
            "situation_ids": ["s1", "page 2"],
            "actors": [{"id": 1, "kind": "person"}, {"id": "A2", "kind": "wizard"}],
            "quotes": [{"id": "[Q1]", "by": None}, {"id": "Q2", "by": "Judge Haddad"}],
            "figures": [{"id": "f1"}, {"id": "the third one"}],
            "outlook": "",
        }
    )
    answer, warnings = salvage_answer(raw)
    assert answer.situation_ids == ["S1"]
    assert [a.id for a in answer.actors] == ["A1"]
    assert [(q.id, q.by) for q in answer.quotes] == [("Q1", "unattributed"), ("Q2", "unattributed")]
    assert [f.id for f in answer.figures] == ["F1"]
    assert [(w.code, w.field, w.item) for w in warnings] == [
        ("malformed-dropped", "actors", 2),
        ("speaker-unattributed", "quotes", 2),
        ("malformed-dropped", "figures", 2),
    ]


def test_the_answer_schema_gives_every_id_its_shape():
    """A grammar-constrained server (llama.cpp) turns these patterns into its grammar."""
    schema = json.dumps(SelectAnswer.model_json_schema())
    for pattern in ("^Q[0-9]{1,3}$", "^F[0-9]{1,3}$", "^A[0-9]{1,3}$", "^S[0-9]{1,3}$"):
        assert json.dumps(pattern)[1:-1] in schema


def test_the_strategies_have_their_own_prompt_versions_so_briefs_never_mix():
    draft = OpenAIEngine(synthetic_settings(llm_strategy="draft"))
    select = OpenAIEngine(synthetic_settings(llm_strategy="select"))
    assert (draft.strategy, select.strategy) == ("draft", "select")
    # The brief cache keys on (article, engine, model, prompt_version).
    assert draft.prompt_version != select.prompt_version
    assert select.prompt_version == load_prompt("select").version


async def test_synthetic_draft_strategy_is_unchanged():
    draft = {
        "situation": "A former bank manager was jailed.",
        "actors": [{"name": "Ines Haddad", "kind": "person", "role": "Judge", "aliases": []}],
        "quotes": [
            {"text": "You betrayed the people who trusted you most", "speaker": "Ines Haddad"}
        ],
        "figures": [{"text": "$2.5 million", "value": 2500000, "measures": "stolen"}],
        "outlook": "",
    }
    llm = SyntheticSelectingLlm([draft])
    with serving_on_loopback(llm.handler()) as base_url:
        engine = build_llm_engine(
            synthetic_settings(base_url=f"{base_url}/v1", llm_strategy="draft")
        )
        result = await make_brief(ArticleInput(text=COURT_ARTICLE), engine)

    assert llm.requests[0]["tools"][0]["function"]["name"] == "BriefDraft"
    assert "[Q1]" not in llm.requests[0]["messages"][-1]["content"]
    brief = result.brief
    assert brief.meta.strategy == "draft"
    assert brief.meta.prompt_version == load_prompt("draft").version
    assert [q.speaker for q in brief.quotes] == ["Ines Haddad"]
    assert brief.situation_sources == [] and brief.outlook_sources == []


# --------------------------------------------------------------------------------------
# The recorded select cassettes (real answers from the bundled small models)

SELECT_SETS = {
    name: CASSETTES_DIR / "select" / name
    for name in ("smollm2", "gemma3")
    if (CASSETTES_DIR / "select" / name / "manifest.json").exists()
}
SELECT_RECORDINGS = [
    pytest.param(directory, stem, id=f"{name}-{stem[:3]}")
    for name, directory in SELECT_SETS.items()
    for stem in sorted(read_manifest(directory)["cassettes"])
]


def test_select_recordings_name_the_candidate_builder_they_were_recorded_with():
    """A select recording replays only with its own candidates: one made by an older
    builder has them frozen beside it, and they still index the seed's own words."""
    from briefsmith.core.candidates import CANDIDATES_VERSION, frozen_candidates
    from briefsmith.engines.cassettes import frozen_candidates_path

    for directory in SELECT_SETS.values():
        for stem, entry in read_manifest(directory)["cassettes"].items():
            version = entry.get("candidates_version", 1)
            if version == CANDIDATES_VERSION:
                continue
            path = frozen_candidates_path(directory, stem, version)
            text = clean_article(seed_article(stem)).text
            frozen = frozen_candidates(text, json.loads(path.read_text(encoding="utf-8")))
            assert frozen.quotes and frozen.actors and frozen.sentences


@pytest.mark.parametrize("directory, stem", SELECT_RECORDINGS)
async def test_replayed_select_cassette_yields_verbatim_quotes_and_figures(
    directory, stem, no_network
):
    recorded = read_manifest(directory)["cassettes"][stem]
    assert recorded["settings"]["llm_strategy"] == "select"
    with replaying(stem, cassettes_dir=directory) as engine:
        result = await make_brief(seed_article(stem), engine)

    brief, text = result.brief, result.article.text
    assert brief.meta.strategy == "select"
    assert brief.meta.prompt_version == recorded["prompt_version"]
    assert brief.meta.usage.completion_tokens == recorded["outcome"]["usage"]["completion_tokens"]
    # The candidates the recording was made with (frozen beside an older recording).
    candidates = engine.inner.candidates_for(text)
    offered = {q.text for q in candidates.quotes}
    for quote in brief.quotes:
        assert quote.text in offered
        assert text[quote.span.start : quote.span.end] == quote.text
    for figure in brief.figures:
        assert text[figure.span.start : figure.span.end] == figure.text
    for source in [*brief.situation_sources, *brief.outlook_sources]:
        assert candidates.sentence(source.id) is not None
    assert check_grounding(brief, text, analysis_of(text)).ok
