"""Direct quotes and who said them. Pure.

Quotes are found in all four styles (“…”, «…», ‘…’, "…"), including a quote that runs
over several paragraphs (each continued paragraph reopens with the same mark). Speakers
come from "X said", "said X", "according to X", "X told …", from a speech verb before
the quote ("Peskov said on Tuesday that …“…”"), from pronouns and surnames ("he said",
"Mr. Puryshev") resolved against the people already found, and from the quote before it
when a quote simply carries on. Anything else is "unattributed", not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extraction.actors import ActorRecord
from service.lexicon import PRONOUNS, ROLE_NOUNS, SPEECH_VERBS
from service.schema import UNATTRIBUTED

_CLOSERS = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“"}
# Typesetting slips seen in real copy: ‘…” and “…’.
_ALTERNATE_CLOSERS = {"‘": "”", "“": "’"}
_MIN_WORDS = 3  # shorter quoted fragments are scare quotes ("mercenaries")
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH}|according to)\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(he|she|they)\b", re.IGNORECASE)
# "The commander of a unit said ..." brings in someone unnamed: a pronoun after it
# refers to them, not to anyone named earlier.
_UNNAMED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(
        sorted(
            ROLE_NOUNS | {"employee", "representative", "escort", "resident"}, key=len, reverse=True
        )
    )
    + r")\b"
)
_SENTENCE_STOP = re.compile(
    r"(?<!\b(?:Mr|Ms|Dr|St|Lt))(?<!\bMrs|\bCol|\bGen|\bSgt)[.!?](?=\s+[A-Z“‘«\"])"
)


@dataclass(frozen=True)
class FoundQuote:
    text: str  # the words, without the marks; paragraph joins collapsed to a space
    start: int  # span of the words in the article
    end: int
    open_at: int
    close_at: int
    speaker: str = UNATTRIBUTED


def _is_opening(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else "\n"
    after = text[index + 1] if index + 1 < len(text) else ""
    return (before.isspace() or before in "([—–-/") and after != "" and not after.isspace()


def _is_closing(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    # An apostrophe inside a word ("they’ve") is not a closing mark.
    return not before.isspace() and not (after.isalnum())


def _find_close(text: str, opener: str, start: int) -> tuple[int, list[int]] | None:
    """Index of the closing mark, and the positions of continuation openers skipped."""
    closers = {_CLOSERS[opener], _ALTERNATE_CLOSERS.get(opener, _CLOSERS[opener])}
    continuations: list[int] = []
    index = start
    while index < len(text):
        char = text[index]
        if char in closers and _is_closing(text, index):
            return index, continuations
        if char == "\n":
            following = index
            while following < len(text) and text[following].isspace():
                following += 1
            if following < len(text) and text[following] == opener:
                continuations.append(following)
                index = following + 1
                continue
            return None
        index += 1
    return None


def find_quotes(text: str) -> list[FoundQuote]:
    quotes: list[FoundQuote] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in _CLOSERS and _is_opening(text, index):
            found = _find_close(text, char, index + 1)
            if found:
                close_at, continuations = found
                words = text[index + 1 : close_at]
                for offset in sorted(continuations, reverse=True):
                    relative = offset - index - 1
                    words = words[:relative] + words[relative + 1 :]
                # A trailing comma belongs to the sentence around the quote, not the quote.
                trimmed = len(words) - len(words.rstrip(" ,;:"))
                words = words[: len(words) - trimmed]
                flat = " ".join(words.split())
                if len(flat.split()) >= _MIN_WORDS:
                    quotes.append(FoundQuote(flat, index + 1, close_at - trimmed, index, close_at))
                index = close_at + 1
                continue
        index += 1
    return quotes


def _names_index(actors: list[ActorRecord], kind: str) -> list[tuple[re.Pattern[str], str]]:
    index = []
    for actor in (a for a in actors if a.kind == kind):
        for form in sorted(set(actor.all_names()), key=len, reverse=True):
            index.append((re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])"), actor.name))
    return index


def _first_person(window: str, names: list[tuple[re.Pattern[str], str]]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for pattern, name in names:
        match = pattern.search(window)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), name)
    return best


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _clause_after(text: str, close_at: int) -> str:
    end_of_paragraph = text.find("\n", close_at)
    end_of_paragraph = len(text) if end_of_paragraph < 0 else end_of_paragraph
    window = text[close_at + 1 : end_of_paragraph]
    next_open = re.search(r"[“«‘\"]", window)
    if next_open:
        window = window[: next_open.start()]
    stop = _SENTENCE_STOP.search(window)
    return window[: stop.start() + 1] if stop else window


def _clause_before(text: str, open_at: int) -> str:
    start = _paragraph_start(text, open_at)
    window = text[start:open_at]
    # Include the opening mark so a sentence that ends right before it is seen to end.
    stops = list(_SENTENCE_STOP.finditer(text[start : open_at + 1]))
    return window[stops[-1].end() :] if stops else window


def _pronoun_referent(
    text: str,
    position: int,
    pronoun: str,
    people: list[tuple[re.Pattern[str], str]],
    earlier_quotes: list[FoundQuote],
) -> str | None:
    """Walk back paragraph by paragraph to the person a "he" or "she" stands for.

    A paragraph that names a person, or holds an attributed quote, settles it; one that
    keeps using the same pronoun continues the chain; anything else ends it, and the
    quote stays unattributed rather than guessed.
    """
    ceiling = position
    floor = _paragraph_start(text, position)
    for _ in range(4):
        mentions = [
            (m.start(), name)
            for pattern, name in people
            for m in pattern.finditer(text, floor, ceiling)
        ]
        mentions += [
            (q.open_at, q.speaker)
            for q in earlier_quotes
            if floor <= q.open_at < ceiling and q.speaker != UNATTRIBUTED
        ]
        if mentions:
            return max(mentions)[1]
        if _UNNAMED_PERSON.search(text, floor, ceiling):
            return None
        if floor != _paragraph_start(text, position) and not re.search(
            rf"\b{pronoun}\b", text[floor:ceiling], re.IGNORECASE
        ):
            return None
        if floor == 0:
            return None
        ceiling = floor
        while ceiling > 0 and text[ceiling - 1].isspace():
            ceiling -= 1
        floor = _paragraph_start(text, ceiling)
    return None


class _Speakers:
    def __init__(self, text: str, actors: list[ActorRecord]):
        self.text = text
        self.people = _names_index(actors, "person")
        self.organizations = _names_index(actors, "organization")

    def named(self, window: str) -> tuple[int, str] | None:
        """First person named in the window; an organization only as the one speaking
        ("the Kremlin said", "according to NATO"), never as the one spoken to."""
        person = _first_person(window, self.people)
        if person:
            return person
        for pattern, name in self.organizations:
            for match in pattern.finditer(window):
                if _SPEECH_RE.match(window, match.end() + 1) or re.search(
                    r"(?:said|according to)\s+(?:the\s+)?$", window[: match.start()]
                ):
                    return match.start(), name
        return None

    def resolve(
        self, window: str, window_start: int, earlier_quotes: list[FoundQuote]
    ) -> str | None:
        """The speaker named in a window holding a speech verb: a name, or a pronoun."""
        if not _SPEECH_RE.search(window):
            return None
        named = self.named(window)
        pronoun = _PRONOUN_RE.search(window)
        if named and (not pronoun or named[0] < pronoun.start()):
            return named[1]
        if pronoun and pronoun.group(1).lower() in PRONOUNS - {"they"}:
            return _pronoun_referent(
                self.text,
                window_start + pronoun.start(),
                pronoun.group(1),
                self.people,
                earlier_quotes,
            )
        return None


def _carries_on(text: str, previous: FoundQuote, quote: FoundQuote, speakers: _Speakers) -> bool:
    """Does this quote continue the previous one? Same paragraph, or the very next
    paragraph opening with the quote; no one else named in between."""
    between = text[previous.close_at + 1 : quote.open_at]
    pieces = between.split("\n")
    if any(piece.strip() for piece in pieces[1:-1]):
        return False  # a whole paragraph of narrative in between
    if len(pieces) > 1 and pieces[-1].strip():
        return False  # new paragraph, but the quote does not open it
    someone = speakers.named(between)
    return someone is None or someone[1] == previous.speaker


def attribute_speakers(
    text: str, quotes: list[FoundQuote], actors: list[ActorRecord]
) -> list[FoundQuote]:
    speakers = _Speakers(text, actors)
    attributed: list[FoundQuote] = []
    for quote in quotes:
        after = _clause_after(text, quote.close_at)
        # A quote that ends its own sentence ("… to help.”) is followed by a new
        # sentence, not by its attribution; after "?" or "!" only a lower-case
        # continuation ("… them?» she said") attributes it.
        ending = text[quote.open_at + 1 : quote.close_at].rstrip()[-1:]
        if ending == "." or (ending in "?!" and not after.lstrip()[:1].islower()):
            after = ""
        before = _clause_before(text, quote.open_at)
        speaker = speakers.resolve(after, quote.close_at + 1, attributed) or speakers.resolve(
            before, quote.open_at - len(before), attributed
        )
        previous = attributed[-1] if attributed else None
        has_own_attribution = bool(_SPEECH_RE.search(after) or _SPEECH_RE.search(before))
        if (
            speaker is None
            and not has_own_attribution
            and previous is not None
            and previous.speaker != UNATTRIBUTED
            and _carries_on(text, previous, quote, speakers)
        ):
            speaker = previous.speaker
        attributed.append(
            FoundQuote(
                quote.text,
                quote.start,
                quote.end,
                quote.open_at,
                quote.close_at,
                speaker or UNATTRIBUTED,
            )
        )
    return attributed


def drop_nested(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """A quote repeated inside a longer one (a section head, say) is listed once."""
    kept: list[FoundQuote] = []
    for quote in quotes:
        if any(
            other is not quote and quote.text in other.text and len(other.text) > len(quote.text)
            for other in quotes
        ):
            continue
        if any(k.text == quote.text for k in kept):
            continue
        kept.append(quote)
    return kept
