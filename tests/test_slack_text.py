"""Reading a brief request out of Slack-formatted text."""

from __future__ import annotations

import pytest
from briefsmith.surfaces.slack.text import EmptyRequest, parse_request, plain_text


@pytest.mark.parametrize(
    "raw, url",
    [
        ("https://example.org/a?b=1&amp;c=2", "https://example.org/a?b=1&c=2"),
        ("<https://example.org/a?b=1&amp;c=2>", "https://example.org/a?b=1&c=2"),
        ("<https://example.org/a|example.org/a>", "https://example.org/a"),
        ("<@U0BOT> <https://example.org/a>", "https://example.org/a"),
    ],
)
def test_a_lone_link_is_a_url_request(raw, url):
    request = parse_request(raw)
    assert request.url == url and request.text is None and not request.private


def test_private_flag_is_read_and_removed():
    request = parse_request("--private Storms hit the coast on Monday.")
    assert request.private and request.text == "Storms hit the coast on Monday."
    assert parse_request("-p https://example.org").url == "https://example.org"


def test_flags_are_ignored_where_not_allowed():
    request = parse_request("--private words", allow_flags=False)
    assert not request.private and request.text == "--private words"


def test_article_text_loses_slack_markup_but_keeps_what_readers_see():
    raw = (
        "<@U0BOT> The mayor said &lt;no&gt; &amp; left. See <https://x.org/r|the report> "
        "in <#C1|news>, <!here>. Mail <mailto:a@b.org|a@b.org>."
    )
    assert parse_request(raw).text == (
        "The mayor said <no> & left. See the report in #news, @here. Mail a@b.org."
    )
    assert plain_text("<https://x.org>") == "https://x.org"
    assert plain_text("<!subteam^S1|@editors> on <!date^1392734382^{date}|Feb 18, 2014>") == (
        "@editors on Feb 18, 2014"
    )


@pytest.mark.parametrize("raw", ["", "   ", "<@U0BOT>", "--private", "<@U0BOT>  -p "])
def test_nothing_to_brief_raises_with_usage(raw):
    with pytest.raises(EmptyRequest, match="/brief"):
        parse_request(raw)


def test_text_with_a_link_inside_is_text_not_a_url():
    request = parse_request("Read https://example.org now")
    assert request.url is None and request.text == "Read https://example.org now"
