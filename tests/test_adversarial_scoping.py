"""Every stored object belongs to whoever made it (issue 23, item 9): a story and the
briefs behind it to the API key that asked (another key gets 404 for both, the maker
reads the brief ids its story names), and briefs and stories made from Slack to the
workspace (team id) that asked. Synthetic articles, engine and Slack API."""

from __future__ import annotations

import sqlite3

import pytest
from briefsmith.store.base import owner_id, slack_workspace_owner
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import SYNTHETIC_ARTICLE, api_client, make_settings
from tests.synthetic_slack import ARTICLE, SyntheticEngine
from tests.test_slack_bot import Harness, bot_settings

# A second synthetic article: another beat and place.
SCHOOL_ARTICLE = (
    "Lakemoor schools to add 300 places\n\n"
    "The Lakemoor school board voted on Wednesday to add 300 primary places by 2027, "
    "the board chair, Priya Nandakumar, said.\n\n"
    '"Families should not have to drive across town," Nandakumar said after the vote.\n\n'
    "The expansion will cost about $18 million, according to the district."
)


def _keyed(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
async def keyed_client(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive", api_keys="key-a,key-b"))
    async with api_client(app) as client:
        yield client


async def _story(client, key: str, *, articles=None):
    body = {"articles": articles or [{"text": SYNTHETIC_ARTICLE}, {"text": SCHOOL_ARTICLE}]}
    response = await client.post("/v1/stories", json=body, headers=_keyed(key))
    assert response.status_code == 201, response.text
    return response


async def test_a_story_is_read_only_by_the_key_that_made_it(keyed_client):
    made = await _story(keyed_client, "key-a")
    location = made.headers["Location"]
    by_maker = await keyed_client.get(location, headers=_keyed("key-a"))
    by_other = await keyed_client.get(location, headers=_keyed("key-b"))
    unkeyed = await keyed_client.get(location)
    assert by_maker.status_code == 200
    assert by_maker.json()["articles"][0]["text"]
    assert by_other.status_code == 404 and by_other.json()["code"] == "not-found"
    assert "Lakemoor" not in by_other.text and "Riverton" not in by_other.text
    assert unkeyed.status_code == 401


async def test_the_maker_reads_every_brief_its_story_names_and_nobody_else_does(keyed_client):
    made = await _story(keyed_client, "key-a")
    brief_ids = [article["brief_id"] for article in made.json()["articles"]]
    assert len(brief_ids) == 2 and all(brief_ids)
    for brief_id in brief_ids:
        mine = await keyed_client.get(f"/v1/briefs/{brief_id}", headers=_keyed("key-a"))
        theirs = await keyed_client.get(f"/v1/briefs/{brief_id}", headers=_keyed("key-b"))
        assert mine.status_code == 200, mine.text
        assert theirs.status_code == 404


async def test_the_same_story_from_two_keys_gives_each_its_own_ids(keyed_client):
    first = await _story(keyed_client, "key-a")
    second = await _story(keyed_client, "key-b")  # the same articles: cache hits for B
    assert first.json()["id"] != second.json()["id"]
    a_ids = {article["brief_id"] for article in first.json()["articles"]}
    b_ids = {article["brief_id"] for article in second.json()["articles"]}
    assert not a_ids & b_ids
    for brief_id in b_ids:
        assert (
            await keyed_client.get(f"/v1/briefs/{brief_id}", headers=_keyed("key-b"))
        ).status_code == 200
        assert (
            await keyed_client.get(f"/v1/briefs/{brief_id}", headers=_keyed("key-a"))
        ).status_code == 404


async def test_a_story_briefed_from_briefs_a_already_made_reuses_nothing_of_a(keyed_client):
    """Key A briefs an article alone; key B's story of it must not hand B A's brief id."""
    alone = await keyed_client.post(
        "/v1/briefs", json={"text": SCHOOL_ARTICLE}, headers=_keyed("key-a")
    )
    story = await _story(keyed_client, "key-b")
    assert alone.json()["id"] not in {a["brief_id"] for a in story.json()["articles"]}


async def test_the_store_holds_the_owner_of_every_story_and_brief(tmp_path, keyed_client):
    await _story(keyed_client, "key-a")
    with sqlite3.connect(tmp_path / "briefs.db") as connection:
        story_owners = {row[0] for row in connection.execute("SELECT owner FROM stories")}
        brief_owners = {row[0] for row in connection.execute("SELECT owner FROM briefs")}
    assert story_owners == {owner_id("key-a")}
    assert brief_owners == {owner_id("key-a")}


async def test_without_api_keys_stories_stay_open(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        made = await client.post(
            "/v1/stories",
            json={"articles": [{"text": SYNTHETIC_ARTICLE}, {"text": SCHOOL_ARTICLE}]},
        )
        read = await client.get(made.headers["Location"])
    assert made.status_code == 201 and read.status_code == 200


# --- Slack: the workspace owns what it asked for ----------------------------------------


@pytest.fixture
async def harness(tmp_path, slack_api):
    made = Harness(bot_settings(tmp_path, slack_api, api_keys="key-a"), SyntheticEngine())
    yield made
    await made.aclose()


async def test_a_slack_brief_belongs_to_the_workspace_that_asked(tmp_path, harness, slack_api):
    response = await harness.command(ARTICLE, slack_api.response_url("owned"), team_id="T0SYNTHA")
    assert response.status_code == 200
    await harness.settle()
    with sqlite3.connect(tmp_path / "briefs.db") as connection:
        owners = [row[0] for row in connection.execute("SELECT owner FROM briefs")]
    assert owners == [slack_workspace_owner("T0SYNTHA")]
    (brief_id,) = [
        row[0] for row in sqlite3.connect(tmp_path / "briefs.db").execute("SELECT id FROM briefs")
    ]
    # An API key is not the workspace: it cannot read the Slack brief.
    read = await harness.client.get(f"/v1/briefs/{brief_id}", headers=_keyed("key-a"))
    assert read.status_code == 404
    assert await harness.service.get(brief_id, slack_workspace_owner("T0SYNTHA")) is not None
    assert await harness.service.get(brief_id, slack_workspace_owner("T9OTHER")) is None


async def test_a_slack_mention_brief_belongs_to_the_events_team(tmp_path, harness):
    response = await harness.mention(ARTICLE, event_id="Ev-owned-mention")
    assert response.status_code == 200
    await harness.settle()
    with sqlite3.connect(tmp_path / "briefs.db") as connection:
        owners = {row[0] for row in connection.execute("SELECT owner FROM briefs")}
    assert owners and all(owner.startswith("slack-team:") for owner in owners)
    assert slack_workspace_owner("") not in owners  # the event's team id was found


def _page(title: str, text: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in text.split("\n\n")[1:])
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


async def test_a_slack_story_and_its_briefs_belong_to_the_workspace(tmp_path, slack_api):
    harness = Harness(
        bot_settings(tmp_path, slack_api, url_allowlist=["127.0.0.1"]), SyntheticEngine()
    )
    try:
        slack_api.pages["schools"] = _page("Lakemoor schools", SCHOOL_ARTICLE)
        slack_api.pages["schools2"] = _page("Lakemoor board vote", SCHOOL_ARTICLE)
        links = f"{slack_api.base}/articles/schools {slack_api.base}/articles/schools2"
        response = await harness.command(
            links, slack_api.response_url("story-owned"), team_id="T0STORY"
        )
        assert response.status_code == 200
        await slack_api.wait_for(lambda api: api.responses("story-owned"))
        await harness.settle()
        with sqlite3.connect(tmp_path / "briefs.db") as connection:
            stories = {row[0] for row in connection.execute("SELECT owner FROM stories")}
            briefs = {row[0] for row in connection.execute("SELECT owner FROM briefs")}
        assert stories == {slack_workspace_owner("T0STORY")}
        assert briefs == {slack_workspace_owner("T0STORY")}
    finally:
        await harness.aclose()


async def test_the_viewer_pages_follow_the_same_owners(keyed_client):
    made = await _story(keyed_client, "key-a")
    story_id = made.json()["id"]
    brief_id = made.json()["articles"][0]["brief_id"]
    for path in (f"/stories/{story_id}", f"/briefs/{brief_id}"):
        mine = await keyed_client.get(path, headers=_keyed("key-a"))
        theirs = await keyed_client.get(path, headers=_keyed("key-b"))
        assert mine.status_code == 200, (path, mine.text[:200])
        assert theirs.status_code == 404, path
        assert "Lakemoor" not in theirs.text
