"""What a Slack user asked for, read from Slack-formatted text. Pure.

Slack sends message text with its own markup: `<@U123>` for mentions, `<https://x|label>`
for links, `&amp;`/`&lt;`/`&gt;` for its control characters. A request is either a
single URL (briefed through the HTTP service's guarded URL ingestion) or pasted article
text (briefed as is, with the markup turned back into what the reader saw).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRIVATE_FLAGS = ("--private", "-p")

USAGE = (
    "Paste an article or a link after the command: `/brief <article text or URL>`; "
    "several links make one story brief. "
    "Add `--private` first to get the brief only for yourself."
)
MENTION_USAGE = (
    "Mention me with an article pasted or a link in the same message, e.g. "
    "`@Briefsmith https://example.org/story`. Add `--private` after the mention to get "
    "the brief only for yourself."
)
SHORTCUT_USAGE = "This message has no text to brief."

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
# <https://x|label>, <https://x>, <mailto:a@b|a@b>, <#C123|general>, <!here>
_ANGLE = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)


@dataclass(frozen=True)
class SlackAsk:
    """What a Slack message asks to brief (the HTTP API's request body is
    briefsmith.surfaces.http.models.BriefRequest). Exactly one of `url`, `text` and `urls` (several
    links: one story brief) is set."""

    url: str | None = None
    text: str | None = None
    private: bool = False
    urls: tuple[str, ...] = ()


class EmptyRequest(ValueError):
    """Nothing to brief; the message says what to send instead."""


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _as_read(match: re.Match[str]) -> str:
    """What Slack displays for one piece of `<...>` markup."""
    target, label = match.group(1), match.group(2)
    if target.startswith("#"):
        return f"#{label}" if label else target
    if target.startswith("!"):  # <!here>, <!subteam^S1|@team>, <!date^…|Feb 18>
        return label or f"@{target[1:].split('^')[0]}"
    if label:
        return label
    return target.removeprefix("mailto:")


def plain_text(slack_text: str) -> str:
    """Slack markup turned into the text a reader sees; user mentions removed."""
    without_mentions = _MENTION.sub("", slack_text)
    return _unescape(_ANGLE.sub(_as_read, without_mentions)).strip()


def _single_url(slack_text: str) -> str | None:
    """The URL if the whole text is one link (`<https://x|label>`, `<https://x>` or bare)."""
    stripped = slack_text.strip()
    match = _ANGLE.fullmatch(stripped)
    candidate = match.group(1) if match else _unescape(stripped)
    if _URL.fullmatch(candidate):
        return _unescape(candidate) if match else candidate
    return None


def parse_request(slack_text: str, *, allow_flags: bool = True, usage: str = USAGE) -> SlackAsk:
    """Raise EmptyRequest (with `usage` as its message) when there is nothing to brief."""
    body = _MENTION.sub("", slack_text or "").strip()
    private = False
    if allow_flags:
        first, _, rest = body.partition(" ")
        while first in PRIVATE_FLAGS:
            private = True
            body = rest.strip()
            first, _, rest = body.partition(" ")
    if not body:
        raise EmptyRequest(usage)
    url = _single_url(body)
    if url:
        return SlackAsk(url=url, private=private)
    links = [_single_url(token) for token in body.split()]
    if len(links) > 1 and all(links):
        return SlackAsk(urls=tuple(dict.fromkeys(links)), private=private)  # type: ignore[arg-type]
    text = plain_text(body)
    if not text:
        raise EmptyRequest(usage)
    return SlackAsk(text=text, private=private)
