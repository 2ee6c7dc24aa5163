"""Block Kit rendering: content, escaping, and Slack's limits on a synthetic huge brief."""

from __future__ import annotations

import json
import re

import pytest
from briefsmith.core.schema import Actor, Brief, BriefMeta, BriefResult, CleanArticle, Figure, Quote
from briefsmith.surfaces.slack.blocks import (
    BLOCKS_PER_MESSAGE,
    CONTEXT_ELEMENT_TEXT_LIMIT,
    CONTEXT_ELEMENTS_LIMIT,
    HEADER_TEXT_LIMIT,
    MESSAGE_TEXT_BUDGET,
    SECTION_TEXT_LIMIT,
    brief_blocks,
    render_brief_messages,
    slack_length,
    truncate,
)


def small_result() -> BriefResult:
    brief = Brief(
        situation="The council approved the bridge & the road.",
        actors=[Actor(name="Ada Lovelace", kind="person", role="council chair")],
        quotes=[Quote(text="We build for <!channel> everyone", speaker="Ada Lovelace")],
        figures=[Figure(text="70,000", value=70000, measures="people who cross daily")],
        outlook="Work starts in May.",
        meta=BriefMeta(
            engine="openai",
            model="gpt-4o-mini",
            prompt_version="v3",
            warnings=["dropped quote 2: not in the article"],
        ),
    )
    article = CleanArticle(
        text="...", title="Bridge approved", source="Gazette", url="https://example.org/bridge"
    )
    return BriefResult(brief=brief, article=article)


def synthetic_huge_result() -> BriefResult:
    """Synthetic brief far beyond every Block Kit limit (titles, lists, quotes, warnings)."""
    words = " ".join(f"w&<{i}>" for i in range(2000))
    brief = Brief(
        situation="A " + words + ".",
        actors=[
            Actor(name=f"Actor {i} " + "x" * 50, kind="person", role=words[:400])
            for i in range(120)
        ],
        quotes=[Quote(text=f"quote {i} " + words, speaker=f"Speaker {i}") for i in range(60)],
        figures=[Figure(text=str(i), value=i, measures=words[:200]) for i in range(150)],
        outlook="Next " + words + ".",
        meta=BriefMeta(engine="extractive", warnings=[f"warning {i} " + words for i in range(35)]),
    )
    article = CleanArticle(text="...", title="T" + " title" * 100, source="S" * 5000)
    return BriefResult(brief=brief, article=article)


def all_texts(blocks):
    for block in blocks:
        if isinstance(block.get("text"), dict):
            yield block["type"], block["text"]["text"]
        for element in block.get("elements", ()):
            yield "context", element["text"]


def test_small_brief_renders_every_part_in_one_message():
    messages = render_brief_messages(small_result())
    assert len(messages) == 1
    blocks = messages[0].blocks
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Bridge approved", "emoji": True},
    }
    text = "\n".join(t for _, t in all_texts(blocks))
    assert "*Situation*\nThe council approved the bridge &amp; the road." in text
    assert "• *Ada Lovelace* _(person)_ — council chair" in text
    assert "— _Ada Lovelace_" in text
    assert "*70,000* — people who cross daily" in text
    assert "*Outlook*\nWork starts in May." in text
    assert "engine: `openai`" in text and "model: `gpt-4o-mini`" in text
    assert "prompt: `v3`" in text
    assert ":warning: dropped quote 2: not in the article" in text
    assert "Gazette · https://example.org/bridge" in text
    assert messages[0].text.startswith("Bridge approved: The council approved")


def test_article_markup_is_escaped_so_it_cannot_ping_a_channel():
    text = json.dumps(brief_blocks(small_result()))
    assert "<!channel>" not in text
    assert "&lt;!channel&gt;" in text


def test_synthetic_huge_brief_respects_every_limit_and_splits_into_parts():
    messages = render_brief_messages(synthetic_huge_result())
    assert len(messages) > 1
    for number, message in enumerate(messages, start=1):
        assert 1 <= len(message.blocks) <= BLOCKS_PER_MESSAGE
        assert sum(slack_length(t) for _, t in all_texts(message.blocks)) <= MESSAGE_TEXT_BUDGET
        for kind, text in all_texts(message.blocks):
            limit = {
                "header": HEADER_TEXT_LIMIT,
                "section": SECTION_TEXT_LIMIT,
                "context": CONTEXT_ELEMENT_TEXT_LIMIT,
            }[kind]
            assert 0 < slack_length(text) <= limit
            assert not re.search(r"&(?!amp;|lt;|gt;)", text), "a cut split an entity"
            assert "<" not in text
        for block in message.blocks:
            if block["type"] == "context":
                assert len(block["elements"]) <= CONTEXT_ELEMENTS_LIMIT
        if number > 1:
            assert message.blocks[0]["elements"][0]["text"] == (
                f"_Brief continued — part {number} of {len(messages)}_"
            )
    # Nothing is dropped when splitting: every quote, figure and warning appears somewhere.
    everything = "\n".join(t for m in messages for _, t in all_texts(m.blocks))
    assert all(f"— _Speaker {i}_" in everything for i in range(60))
    assert all(f"• *{i}* —" in everything for i in range(150))
    assert all(f":warning: warning {i} " in everything for i in range(35))
    header = messages[0].blocks[0]["text"]["text"]
    assert header.endswith("…") and not header.endswith(" …")


def test_message_cap_says_what_was_left_out():
    full = render_brief_messages(synthetic_huge_result())
    capped = render_brief_messages(synthetic_huge_result(), max_messages=2)
    assert len(full) > 2 and len(capped) == 2
    notice = capped[-1].blocks[-1]["elements"][0]["text"]
    assert notice.startswith(":scissors: ") and "left out" in notice
    assert len(capped[-1].blocks) <= BLOCKS_PER_MESSAGE


@pytest.mark.parametrize("limit", [1, 5, 12, 30])
def test_truncate_cuts_at_a_word_boundary_with_an_ellipsis(limit):
    text = "alpha beta gamma delta epsilon zeta"
    cut = truncate(text, limit)
    assert slack_length(cut) <= limit
    assert cut.endswith("…")
    kept = cut.removesuffix("…")
    assert text.startswith(kept)
    # The kept part ends on a whole word (or is empty when not even one word fits).
    assert kept == "" or text[len(kept)] == " " or len(kept.split()) == 1


def test_truncate_leaves_short_text_alone_and_never_splits_an_entity():
    assert truncate("short", 10) == "short"
    cut = truncate("a & b & c & d & e", 12, escape=True)
    assert slack_length(cut) <= 12 and cut.endswith("…")
    assert "&amp;" in cut and cut.count("&") == cut.count("&amp;")


def test_truncate_counts_astral_characters_as_slack_does():
    emoji_text = "😀" * 100
    cut = truncate(emoji_text, 21)
    assert slack_length(cut) <= 21 and cut.endswith("…")
