# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The linguistic layer of #21 (speakers, actors with roles, figures, outlook) reaches the
surfaces that tests/test_actors_across_surfaces.py does not cover: the Slack bot, batches
briefed by a `brief worker` process on a real Redis, stories merged across outlets, and
both LLM strategies (`select` offers the layer's speakers, `draft` is held to them by
grounding).

Every article here is synthetic: written for this test, with invented people, bodies and
places, on four beats (courts, politics, sport, business) and in wire and tabloid styles.
The models are synthetic OpenAI-compatible servers on loopback answering from a script,
registered through the engine registry (tests/conftest.py `register_engine`)."""

from __future__ import annotations

import contextlib
import os
from typing import Any

import pytest
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput, Brief
from briefsmith.engines.extractive import ExtractiveEngine, build_brief
from briefsmith.engines.linguistic import analysis_of
from briefsmith.engines.llm import build_llm_engine
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_app, make_settings
from tests.llm_synthetic import synthetic_settings
from tests.synthetic_http import serving_on_loopback
from tests.test_batch_queue import HANG_GUARD_S, wait_finished, worker_env, workers
from tests.test_llm_select import SyntheticSelectingLlm
from tests.test_slack_bot import Harness, block_texts, bot_settings

# --- synthetic articles -----------------------------------------------------------------

# Courts, local paper: a straight-single-quote quote whose speaker is "she" (a detective
# named with her rank in the sentence before), a judge named by title and name, and two
# places that only set the scene (a town after "from ... in", an area after "in").
COURTS = """Carer jailed for stealing from elderly clients

A home carer who stole £23,400 from three elderly clients has been jailed for two years and eight months.

Dorian Welk, 44, took bank cards from the pensioners' homes in Lenfield while working for an agency in Marsh Vale, Ashbury Crown Court heard.

Detective Inspector Rhona Tait said Welk had shown no remorse. 'He targeted people who trusted him completely,' she said.

Judge Malcolm Orrey told Welk: "You betrayed the very people you were paid to protect."

Welk will be sentenced for a further offence in March."""

# Politics: a department introduced with its acronym, "the ministry said" and "the
# department said", a spokesperson of the acronym, an MP's pronoun quote in straight
# single quotes, villages that set the scene.
POLITICS = """Ministry defends cuts to rural bus grants

The Department for Rural Transport (DRT) has defended a decision to cut grants for rural bus routes by £42 million next year.

Opposition MP Hana Sorell, who chairs the transport committee, said villages in Calderby and Wexmoor would be cut off. 'Pensioners will be left stranded in their own homes,' she said.

The ministry said the money would be spent on new rail links instead. "Every pound will still reach rural communities," the department said in a statement.

A DRT spokesperson said: "No village will lose its bus without notice." The changes take effect in April. Transport minister Colin Ardley will face questions in the Commons next week."""

# Sport, tabloid-ish: a pronoun quote in straight single quotes that names someone else
# inside it ("Declan"), the captain's quote after it, a fee written `£2.5million`.
SPORT = """Rovers sack manager after cup exit

Kelbrook Rovers have sacked manager Declan Fitch after a 3-0 FA Cup defeat at Marlow Town.

Fitch, 47, had been in charge for 18 months. Club chairman Owen Trask said the board had lost patience. 'Declan gave everything but the results were not good enough,' he said.

Captain Luis Ortega said the players had let the manager down. "We owe the fans a lot more than that," Ortega said.

Rovers, who paid £2.5million for striker Abel Nkosi in the summer, are 19th in the table. The club will name a caretaker manager on Monday."""

# Business, one event told by a wire and a tabloid: full name then surname (wire), full
# name, "he said" and "Mr X" (tabloid); straight single quotes and `£17.5million` in
# the tabloid, `£17.5 million` on the wire.
BUSINESS_WIRE = """LONDON, March 9 (Wire) - Harrowgate Foods agreed on Tuesday to pay £17.5 million to settle claims that it overcharged supermarkets, the company said.

Chief executive Aled Fenwick said the settlement drew a line under the matter. "We accept that mistakes were made and we have changed how we price," Fenwick said.

Shares in Harrowgate Foods rose 4% in London. The company employs 3,200 people.

Ruth Danvers, who leads the Independent Grocers Alliance, said the deal was fair. "This money goes back to the shops that lost it," Danvers said."""

BUSINESS_TABLOID = """FOOD giant Harrowgate Foods has coughed up a whopping £17.5million to settle a row over inflated prices.

Harrowgate boss Aled Fenwick admitted the firm had got it wrong. 'We accept that mistakes were made and we have changed how we price,' he said.

Grocers' champion Ruth Danvers was delighted. 'This money goes back to the shops that lost it,' she told us.

Mr Fenwick, 52, took over the 3,200-strong firm in 2021. 'Nobody at the firm will lose their job over this,' Mr Fenwick added. Ms Danvers said she would now take on other suppliers."""


def cleaned(text: str) -> str:
    return clean_article(ArticleInput(text=text)).text


def direct_brief(text: str) -> Brief:
    """The brief the extractive engine makes in process, with no surface in between."""
    return build_brief(cleaned(text))


# --- 1. Slack ---------------------------------------------------------------------------


@pytest.fixture
async def extractive_slack(tmp_path, slack_api):
    """The bot behind the service's ASGI app, briefing with the real extractive engine."""
    harness = Harness(bot_settings(tmp_path, slack_api), ExtractiveEngine())
    yield harness
    await harness.aclose()


async def test_slack_blocks_credit_the_pronoun_and_titled_speakers_and_list_no_scenery(
    extractive_slack, slack_api
):
    response = await extractive_slack.command(COURTS, slack_api.response_url("courts"))
    assert response.status_code == 200
    # A hang guard only: the first brief of a test worker loads the spaCy pipeline.
    [posted] = await slack_api.wait_for(lambda api: api.responses("courts"), timeout=HANG_GUARD_S)
    await extractive_slack.settle()
    assert posted.payload["response_type"] == "in_channel"
    text = block_texts(posted.payload["blocks"])
    # 'He targeted ...,' she said: the straight single quotes are a quote, "she" is the
    # detective named in the sentence before, not the defendant the quote is about.
    assert "> “He targeted people who trusted him completely”\n— _Rhona Tait_" in text
    assert "> “You betrayed the very people you were paid to protect.”\n— _Malcolm Orrey_" in text
    actor_lines = [line for line in text.splitlines() if line.startswith("• *")]
    assert "• *Rhona Tait* _(person)_ — Detective Inspector" in actor_lines
    assert "• *Malcolm Orrey* _(person)_ — Judge" in actor_lines
    assert any(line.startswith("• *Dorian Welk* _(person)_") for line in actor_lines)
    # The towns only set the scene.
    assert not [line for line in actor_lines if "Lenfield" in line or "Marsh Vale" in line]
    assert "• *£23,400* — money stolen by home carer from elderly clients" in text
    assert "*Outlook*\nWelk will be sentenced for a further offence in March." in text


# --- 2. Batches: a `brief worker` process on a real Redis -------------------------------


def _facts(brief: dict[str, Any]) -> dict[str, list]:
    """What the linguistic layer decides, from a brief as JSON (no spans, no meta)."""
    return {
        "actors": [(a["name"], a["kind"], a["role"], a["aliases"]) for a in brief["actors"]],
        "quotes": [(q["text"], q["speaker"]) for q in brief["quotes"]],
        "figures": [
            (f["text"], f["value"], f["value_max"], f["unit"], f["measures"])
            for f in brief["figures"]
        ],
        "outlook": [brief["outlook"]],
    }


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process_finds_what_build_brief_finds(
    tmp_path, redis_url, monkeypatch
):
    for key in [key for key in os.environ if key.startswith("BRIEF_")]:
        monkeypatch.delenv(key)
    articles = {
        "courts": COURTS,
        "politics": POLITICS,
        "sport": SPORT,
        "tabloid": BUSINESS_TABLOID,
    }
    settings = make_settings(tmp_path, redis_url=redis_url, engine="extractive")
    app = create_app(settings)
    await app.state.batches.start()
    try:
        with workers(worker_env(tmp_path, redis_url, BRIEF_ENGINE="extractive"), count=1):
            async with api_client(app) as client:
                accepted = await client.post(
                    "/v1/batches",
                    json={"articles": [{"id": k, "text": v} for k, v in articles.items()]},
                )
                assert accepted.status_code == 202, accepted.text
                body = await wait_finished(client, accepted.headers["location"])
                assert body["counts"]["done"] == len(articles), body
                briefed = {}
                for item in body["items"]:
                    fetched = await client.get(f"/v1/briefs/{item['brief_id']}")
                    assert fetched.status_code == 200
                    briefed[item["id"]] = fetched.json()["brief"]
    finally:
        await app.state.batches.aclose()

    for name, text in articles.items():
        direct = direct_brief(text).model_dump(mode="json")
        assert _facts(briefed[name]) == _facts(direct), name
    # Not vacuous: the layer's decisions are in what the worker stored.
    politics = _facts(briefed["politics"])
    assert ("Pensioners will be left stranded in their own homes", "Hana Sorell") in politics[
        "quotes"
    ]
    assert (
        "Every pound will still reach rural communities",
        "Department for Rural Transport",
    ) in politics["quotes"]
    assert ("No village will lose its bus without notice.", "Department for Rural Transport") in (
        politics["quotes"]
    )
    assert ("Department for Rural Transport", "organization", None, ["DRT"]) in politics["actors"]
    assert not {"Calderby", "Wexmoor"} & {a[0] for a in politics["actors"]}
    [fee] = [f for f in _facts(briefed["sport"])["figures"] if f[0] == "£2.5million"]
    assert fee[1:4] == (2_500_000, None, "GBP")
    [paid] = [f for f in _facts(briefed["tabloid"])["figures"] if f[0] == "£17.5million"]
    assert paid[1:4] == (17_500_000, None, "GBP")


# --- 3. A story across two outlets ------------------------------------------------------


def _mention(articles: dict[str, str], source: dict[str, Any]) -> str:
    span = source["span"]
    return articles[source["article_id"]][span["start"] : span["end"]]


async def test_a_story_from_a_wire_and_a_tabloid_credits_each_quote_and_merges_each_person(
    tmp_path,
):
    payload = {
        "articles": [
            {"id": "wire", "text": BUSINESS_WIRE},
            {"id": "tabloid", "text": BUSINESS_TABLOID},
        ]
    }
    async with api_client(make_app(tmp_path, ExtractiveEngine())) as client:
        created = await client.post("/v1/stories", json=payload)
    assert created.status_code == 201, created.text
    body = created.json()
    story = body["story"]
    texts = {a["article_id"]: a["text"] for a in body["articles"]}

    # One actor per person: "Aled Fenwick" / "Fenwick" (wire) and "Aled Fenwick" / "he" /
    # "Mr Fenwick" (tabloid) are the chief executive, named once with both outlets.
    fenwicks = [a for a in story["actors"] if "Fenwick" in a["name"] or "Fenwick" in a["aliases"]]
    [fenwick] = fenwicks
    assert fenwick["name"] == "Aled Fenwick" and fenwick["kind"] == "person"
    assert fenwick["role"] == "Chief executive"
    assert sorted({s["article_id"] for s in fenwick["sources"]}) == ["tabloid", "wire"]
    for source in fenwick["sources"]:
        assert _mention(texts, source) in {fenwick["name"], *fenwick["aliases"]}
    danvers = [a for a in story["actors"] if "Danvers" in a["name"] or "Danvers" in a["aliases"]]
    assert [d["name"] for d in danvers] == ["Ruth Danvers"]
    assert sorted({s["article_id"] for s in danvers[0]["sources"]}) == ["tabloid", "wire"]
    assert "Mr Fenwick" not in {a["name"] for a in story["actors"]}

    # Each quote is one quote from both outlets, credited to its own speaker by both
    # (the tabloid's 'he said' / 'she told us' resolved to the named person).
    [accept] = [q for q in story["quotes"] if q["text"].startswith("We accept that mistakes")]
    [money] = [q for q in story["quotes"] if q["text"].startswith("This money goes back")]
    assert accept["speaker"] == "Aled Fenwick" and not accept["speaker_conflict"]
    assert money["speaker"] == "Ruth Danvers" and not money["speaker_conflict"]
    for quote, speaker in ((accept, "Aled Fenwick"), (money, "Ruth Danvers")):
        assert sorted(s["article_id"] for s in quote["sources"]) == ["tabloid", "wire"]
        assert {s["speaker"] for s in quote["sources"]} == {speaker}
    # Credited as "Mr Fenwick" in the tabloid only: still the merged chief executive.
    [jobs] = [q for q in story["quotes"] if q["text"].startswith("Nobody at the firm")]
    assert jobs["speaker"] == "Aled Fenwick"
    assert [(s["article_id"], s["speaker"]) for s in jobs["sources"]] == [
        ("tabloid", "Aled Fenwick")
    ]
    assert len(story["quotes"]) == 3

    # £17.5 million (wire) and £17.5million (tabloid): one figure, agreed, one value each.
    [settlement] = [f for f in story["figures"] if f["unit"] == "GBP"]
    assert settlement["status"] == "agreed"
    assert [v["value"] for v in settlement["values"]] == [17_500_000]
    shown = {_mention(texts, s) for v in settlement["values"] for s in v["sources"]}
    assert shown == {"£17.5 million", "£17.5million"}


# --- 4. The LLM strategies: select's candidates and draft's grounding --------------------


def _actor_id(candidates, name: str) -> str:
    return next(a.id for a in candidates.actors if a.name == name)


def _quote(candidates, opening: str):
    return next(q for q in candidates.quotes if q.text.startswith(opening))


@pytest.fixture
def llm_app(tmp_path, register_engine):
    """An HTTP app whose `openai` engine (registered, not patched) talks to a synthetic
    model on loopback that answers from `script`, with the given strategy."""
    with contextlib.ExitStack() as servers:

        def make(strategy: str, script: list[Any]):
            llm = SyntheticSelectingLlm(script)
            base_url = servers.enter_context(serving_on_loopback(llm.handler()))
            engine_settings = synthetic_settings(base_url=f"{base_url}/v1", llm_strategy=strategy)
            register_engine("openai", build_llm_engine(engine_settings), is_llm=True)
            settings = make_settings(
                tmp_path,
                engine="openai",
                base_url=f"{base_url}/v1",
                api_key="synthetic-key-not-a-secret",
                model="synthetic-model",
                llm_strategy=strategy,
                fallback_to_extractive=False,
            )
            return create_app(settings), llm

        yield make


def test_select_candidates_offer_the_layers_speaker_for_each_quote():
    text = cleaned(SPORT)
    candidates = build_candidates(text, analysis_of(text))
    names = {a.id: a.name for a in candidates.actors}
    # 'Declan gave everything ...,' he said: the layer credits the chairman named before
    # it, not the manager the quote names; the attribution comes first, then the other
    # names "he" may grammatically be (which grounding overrules, below).
    pronoun = _quote(candidates, "Declan gave everything")
    assert [names[s] for s in pronoun.speakers][:1] == ["Owen Trask"]
    captain = _quote(candidates, "We owe the fans")
    assert [names[s] for s in captain.speakers] == ["Luis Ortega"]
    # The department's "the ministry said" / acronym spokesperson are the department's.
    text = cleaned(POLITICS)
    candidates = build_candidates(text, analysis_of(text))
    names = {a.id: a.name for a in candidates.actors}
    for opening in ("Every pound", "No village"):
        speakers = _quote(candidates, opening).speakers
        assert [names[s] for s in speakers] == ["Department for Rural Transport"], opening
    assert "DRT" in next(a for a in candidates.actors if a.name.startswith("Department")).aliases


async def test_select_shows_the_model_the_layers_speakers_and_holds_its_picks_to_them(llm_app):
    text = cleaned(SPORT)
    candidates = build_candidates(text, analysis_of(text))
    trask, fitch = _actor_id(candidates, "Owen Trask"), _actor_id(candidates, "Declan Fitch")
    ortega = _actor_id(candidates, "Luis Ortega")
    pronoun, captain = _quote(candidates, "Declan gave"), _quote(candidates, "We owe the fans")
    fee = next(f for f in candidates.figures if f.text == "£2.5million")
    answer = {
        "situation": "Kelbrook Rovers sacked their manager after a cup defeat.",
        "situation_ids": [candidates.sentences[1].id],
        "actors": [{"id": trask, "kind": "person", "role": "Club chairman"}],
        # The model takes the chairman's quote as the manager's (he is named in it),
        # and gives the captain's its own candidate speaker.
        "quotes": [{"id": pronoun.id, "by": fitch}, {"id": captain.id, "by": ortega}],
        "figures": [{"id": fee.id, "measures": "fee paid for Abel Nkosi"}],
        "outlook": "A caretaker manager will be named on Monday.",
        "outlook_ids": [candidates.sentences[-1].id],
    }
    app, llm = llm_app("select", [answer])
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": SPORT})
    assert response.status_code == 201, response.text
    # The model was shown the layer's speaker for each quote, by id.
    shown = llm.requests[0]["messages"][-1]["content"]
    assert f"\n[{pronoun.id}] {trask}" in shown and f"\n[{captain.id}] {ortega}\n" in shown
    brief = response.json()["brief"]
    assert brief["meta"]["strategy"] == "select"
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    # Grounding holds the pick to the article: the chairman's words stay his.
    assert speakers == {pronoun.text: "Owen Trask", captain.text: "Luis Ortega"}
    codes = [(w["code"], w["field"], w["item"]) for w in brief["meta"]["warnings"]]
    assert ("speaker-reattributed", "quotes", 1) in codes
    [figure] = brief["figures"]
    assert (figure["text"], figure["value"], figure["unit"]) == ("£2.5million", 2_500_000, "GBP")


async def test_draft_speakers_the_article_does_not_give_and_invented_figures_are_not_shown_as_true(
    llm_app,
):
    draft = {
        "situation": "Kelbrook Rovers sacked manager Declan Fitch after a cup defeat.",
        "actors": [
            {"name": "Declan Fitch", "kind": "person", "role": "manager", "aliases": []},
            {"name": "Owen Trask", "kind": "person", "role": "Club chairman", "aliases": []},
        ],
        "quotes": [
            # Credited to the man the quote names, not the chairman who said it.
            {
                "text": "Declan gave everything but the results were not good enough",
                "speaker": "Declan Fitch",
            },
            # Credited to the previous speaker, not the captain who said it.
            {"text": "We owe the fans a lot more than that", "speaker": "Owen Trask"},
            # Credited to someone the article never names.
            {"text": "We owe the fans a lot more than that", "speaker": "Gary Pellew"},
        ],
        "figures": [
            {"text": "£2.5million", "value": 2_500_000, "unit": "GBP", "measures": "fee"},
            # Not in the article: a compensation figure the model made up.
            {"text": "£4million", "value": 4_000_000, "unit": "GBP", "measures": "payoff"},
        ],
        "outlook": "The club will name a caretaker manager on Monday.",
    }
    app, llm = llm_app("draft", [draft])
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": SPORT})
    assert response.status_code == 201, response.text
    brief = response.json()["brief"]
    assert brief["meta"]["strategy"] == "draft"
    # The invented figure is named in a re-ask (grounding's reason), and once the re-asks
    # are spent it is dropped with a warning (docs/llm-and-cassettes.md, step 3).
    assert len(llm.requests) == 2
    assert "does not appear in the article" in llm.requests[1]["messages"][-1]["content"]
    assert [f["text"] for f in brief["figures"]] == ["£2.5million"]
    assert all(f["value"] != 4_000_000 for f in brief["figures"])
    warnings = brief["meta"]["warnings"]
    codes = [(w["code"], w["field"], w["item"]) for w in warnings]
    assert ("ungrounded-dropped", "figures", 2) in codes
    # A speaker the article mentions but does not credit is replaced by the one it
    # credits, with `speaker-reattributed` (grounding.py; docs/security.md, step 4).
    quotes = [(q["text"][:15], q["speaker"]) for q in brief["quotes"]]
    assert quotes[:2] == [("Declan gave eve", "Owen Trask"), ("We owe the fans", "Luis Ortega")]
    assert ("speaker-reattributed", "quotes", 1) in codes
    assert ("speaker-reattributed", "quotes", 2) in codes
    # A speaker the article never names is never shown: the quote goes to the speaker
    # the article credits, and the warning (`speaker-unattributed`) says both.
    assert "Gary Pellew" not in {q["speaker"] for q in brief["quotes"]}
    assert brief["quotes"][2]["speaker"] == "Luis Ortega"
    assert ("speaker-unattributed", "quotes", 3) in codes
    (unknown,) = [w for w in warnings if w["code"] == "speaker-unattributed"]
    assert "Gary Pellew" in unknown["message"]
    assert 'the article credits "Luis Ortega"' in unknown["message"]
    for quote in brief["quotes"]:
        span = quote["span"]
        assert response.json()["article"]["text"][span["start"] : span["end"]] == quote["text"]


# Courts, local paper (synthetic): the numbers a model's prose may restate.
COURTS_PROSE = """Builder jailed for pension fraud

A builder who stole £86,000 from the pension savings of three elderly customers was jailed for four years at Harwell Crown Court on Friday.

Dominic Varley, 52, admitted 11 counts of fraud. Judge Ann Pryce said he had "preyed on trust".

He will be sentenced for a separate theft on 2 June."""


@pytest.mark.parametrize(
    ("situation", "outlook", "replaced"),
    [
        # Restating the article's numbers in other forms stands: £86k is not a new sum.
        (
            "Builder Dominic Varley was jailed for four years for an £86,000 pension fraud.",
            "He faces sentencing for another theft on 2 June.",
            set(),
        ),
        # An invented sum in the situation, an invented date in the outlook.
        (
            "Builder Dominic Varley was jailed for stealing £120,000 from customers.",
            "He will be sentenced again on 9 June.",
            {"situation", "outlook"},
        ),
        # A year the article never names.
        (
            "A builder who defrauded customers since 2015 was jailed for four years.",
            "He will be sentenced for a separate theft on 2 June.",
            {"situation"},
        ),
    ],
)
def test_a_summary_stating_a_number_the_article_lacks_gives_way_to_the_articles_own_sentences(
    situation, outlook, replaced
):
    from briefsmith.core.grounding import enforce_grounding
    from briefsmith.core.schema import BriefMeta

    text = cleaned(COURTS_PROSE)
    analysis = analysis_of(text)
    extractive = build_brief(text, analysis=analysis)
    brief = Brief(situation=situation, outlook=outlook, meta=BriefMeta(engine="openai"))
    grounded = enforce_grounding(brief, text, analysis)
    warned = {w.field for w in grounded.meta.warnings if w.code == "prose-replaced"}
    assert warned == replaced
    assert grounded.situation == (extractive.situation if "situation" in replaced else situation)
    assert grounded.outlook == (extractive.outlook if "outlook" in replaced else outlook)
    # What stands in is the article's own: every number in it is the article's.
    assert "£86,000" in grounded.situation or "£86,000" in situation
    if "outlook" in replaced:
        assert grounded.outlook == "He will be sentenced for a separate theft on 2 June."


@pytest.mark.parametrize("strategy", ["draft", "select"])
async def test_both_strategies_never_show_a_summary_with_an_invented_number(llm_app, strategy):
    text = cleaned(SPORT)
    if strategy == "draft":
        answer: dict[str, Any] = {
            "situation": "Kelbrook Rovers sacked Declan Fitch and will pay him £4million.",
            "actors": [],
            "quotes": [],
            "figures": [],
            "outlook": "The club will name a caretaker manager on Monday.",
        }
    else:
        candidates = build_candidates(text, analysis_of(text))
        answer = {
            "situation": "Kelbrook Rovers sacked Declan Fitch and will pay him £4million.",
            "situation_ids": [candidates.sentences[1].id],
            "actors": [],
            "quotes": [],
            "figures": [],
            "outlook": "The club will name a caretaker manager on Monday.",
            "outlook_ids": [candidates.sentences[-1].id],
        }
    app, _ = llm_app(strategy, [answer] * 3)
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": SPORT})
    assert response.status_code == 201, response.text
    brief = response.json()["brief"]
    assert brief["meta"]["strategy"] == strategy
    assert "4million" not in brief["situation"]
    assert brief["situation"] == build_brief(text).situation
    assert brief["situation_sources"] == []
    # The outlook states no number and stands in the model's words.
    assert brief["outlook"] == "The club will name a caretaker manager on Monday."
    (warning,) = [w for w in brief["meta"]["warnings"] if w["code"] == "prose-replaced"]
    assert warning["field"] == "situation" and "£4million" in warning["message"]
