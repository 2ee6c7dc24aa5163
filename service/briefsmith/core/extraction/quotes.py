"""Direct quotes: where the article puts words in quote marks. Pure.

Quotes are found in all five styles (“…”, «…», ‘…’, "…", '…'), including a quote that
runs over several paragraphs (each continued paragraph reopens with the same mark: one
quote, its parts joined by " … "). Who said them is the linguistic layer's work
(briefsmith.core.analysis); `NameMentions` finds the actors' names in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass, replace

from briefsmith.core.extraction.actors import ActorRecord
from briefsmith.core.lexicon import (
    ALTERNATE_CLOSERS,
    ANY_INSTITUTION,
    APOSTROPHES,
    COMPANY_NOUNS,
    INSTITUTION_NOUNS,
    NOT_POSSESSED,
    PUBLIC_BODY_HEADS,
    QUOTE_CLOSERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_CASE_MINOR_WORDS,
)
from briefsmith.core.schema import UNATTRIBUTED
from briefsmith.core.units import (
    CURRENCY_ABBREVIATIONS,
    CURRENCY_PREFIXES,
    CURRENCY_SIGNS,
    GUARDED_CURRENCY_PREFIXES,
)

_CLOSERS = QUOTE_CLOSERS
_NEXT_WORD = re.compile(r"\w+")
_BUSINESS_NOUNS = frozenset({"firm", "business", "group"})
_ANY_OPENER = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
# Typesetting slips seen in real copy: ‘…” and “…’.
_ALTERNATE_CLOSERS = ALTERNATE_CLOSERS
# The curly marks of a quotation nested in a quote: single inside double and back.
_INNER_OPENERS = {"“": "‘", "‘": "“"}
# Single marks also serve as apostrophes; these words begin with one ("'em", "'til").
_APOSTROPHES = APOSTROPHES
_ELIDED_WORD = re.compile(r"(?:em|til|cause|tis|twas|n|n'|s)\b", re.IGNORECASE)
# "spread 'round the farm", "it's 'bout time", "left 'cos": words short of their first
# letters, in lower case after a word of the sentence. Such a mark opens no quote when
# the only mark that would close it is a plural possessive ("spread 'round the Pikes'
# farm"); it may open one a real closer ends ("lorries run 'round the clock' here",
# "'Round and round,' she said"; round 24)
_ELIDED_AFTER_A_WORD = re.compile(r"(?:round|bout|cos|fraid)\b")
_WORD_BEFORE = re.compile(r"[^\W\d_]['’]?\s$")
# Shorter quoted fragments are scare quotes ("mercenaries") unless a speech verb frames
# them (see `is_listed`).
MIN_QUOTE_WORDS = 3
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


# What a quote is, as the article presents it (FoundQuote.kind; briefsmith.core.analysis
# decides it).
SPEECH = "speech"  # someone's words (the speaker may still be unknown)
QUESTION = "question"  # a question, credited to the one who asked it
DENIED = "denied"  # words someone is said not to have said
FALSE_CLAIM = "false-claim"  # words someone is falsely said to have said
WRITTEN = "written"  # a sign, banner, slogan, note: nobody's speech
NESTED = "nested"  # a quotation inside a quotation: the words of whoever is cited
LABEL = "label"  # a name put on the noun after it ("the ‘pay as you throw’ scheme")
# Quotations the article presents as nobody's speech: no speaker is offered or credited.
NOBODYS_SPEECH = frozenset({DENIED, FALSE_CLAIM, WRITTEN, NESTED, LABEL})


@dataclass(frozen=True)
class FoundQuote:
    text: str  # the words, without the marks; paragraph joins collapsed to a space
    start: int  # span of the words in the article
    end: int
    open_at: int
    close_at: int
    speaker: str = UNATTRIBUTED
    # How the article presents the words (briefsmith.core.analysis: speech, question,
    # denied, false-claim, written, nested).
    kind: str = SPEECH
    # A quote in several pieces (split by its attribution, or over paragraphs): the span
    # of each piece; empty for a quote in one piece.
    parts: tuple[tuple[int, int], ...] = ()
    # Names the article's own attribution allows for the speaker (a pronoun's possible
    # antecedents), the chosen one first; empty when it names no one.
    candidates: tuple[str, ...] = ()
    carried: bool = False  # no attribution of its own (it carries on the one before)
    # The words hang from a speech verb as its complement or object ("said the findings
    # were ‘harrowing’"), rather than standing beside one.
    framed: bool = False
    # The words are a whole sentence of their own ("Lagat was guarded: ‘We'll see.’",
    # "‘Not one,’ Greeley said"), however short: see `stands_as_a_sentence`.
    whole: bool = False

    def all_parts(self) -> tuple[tuple[int, int], ...]:
        return self.parts or ((self.start, self.end),)


def is_listed(quote: FoundQuote) -> bool:
    """Whether a brief lists the quote: MIN_QUOTE_WORDS words or more, or a shorter
    fragment a speech verb frames and whose speaker the article names ("Lee said the
    findings were ‘harrowing’"); a short fragment with no such frame is a scare quote, a
    title or a label ("posted ‘chemo’ updates", "rated ‘good’"). Words the analysis reads
    as a name (kind LABEL: a work's title, a nickname, "the ‘pay as you throw’ scheme")
    are never listed, however long."""
    if quote.kind == LABEL:
        return False
    if len(quote.text.split()) >= MIN_QUOTE_WORDS:
        return True
    return (quote.framed or quote.whole) and quote.speaker != UNATTRIBUTED


# What may stand right before a quote that opens a sentence of its own: a colon, a
# sentence's end, a paragraph's start; and what may end its words: a sentence's end, or
# the comma an attribution after it takes.
_SENTENCE_BEFORE = ":.!?\n"
_SENTENCE_END_INSIDE = ".!?,…"
_AROUND = 3  # characters read on each side of a mark


def stands_as_a_sentence(text: str, quote: FoundQuote) -> bool:
    """Are a quote's words a whole sentence of their own, however short ("Doss was
    blunter: ‘It's embarrassing.’", "‘It's footy,’ he said.", "‘Not one,’ Greeley
    said"): capitalized, opened after a colon, a sentence's end or at a paragraph's
    start, and closed on a sentence's end or an attribution's comma? A short phrase
    inside a sentence ("called it ‘Total chaos.’", "was ‘deeply sorry’") is not. Reads a
    few characters at each mark."""
    words = quote.text.strip()
    if not words[:1].isupper() or quote.parts:
        return False
    before = text[max(0, quote.open_at - _AROUND) : quote.open_at].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_BEFORE:
        return False
    ending = text[max(quote.open_at + 1, quote.close_at - _AROUND) : quote.close_at].rstrip()
    return bool(ending) and ending[-1] in _SENTENCE_END_INSIDE


_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


def is_title_cased(text: str) -> bool:
    """Whether quoted words are set as a title: two or more words and every one but the
    small words a title leaves in lower case begins with a capital ("A House of Quiet
    Things", 'No More Cuts', "the Beast of the Moor"). Such words name a work, a
    campaign, a banner or a nickname; speech is set in sentence case."""
    words = _WORD.findall(text)
    major = [w for w in words if w.lower() not in TITLE_CASE_MINOR_WORDS]
    # Words in capitals throughout are shouted or abbreviated ("GET OUT", "NHS"): they
    # tell nothing of title case, and speech may be set in them.
    cased = [w for w in major if not w.isupper()]
    return len(cased) >= 2 and all(w[0].isupper() for w in major)


def _is_opening(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else "\n"
    after = text[index + 1] if index + 1 < len(text) else ""
    if not ((before.isspace() or before in "([—–-/") and after != "" and not after.isspace()):
        return False
    if text[index] in _APOSTROPHES:
        # A word that starts with an elision is not a quotation: "'90s", "'em", "'n'".
        return not (after.isdigit() or _ELIDED_WORD.match(text, index + 1))
    return True


def _is_closing(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    # An apostrophe inside a word ("they’ve") is not a closing mark.
    if before.isspace() or after.isalnum():
        return False
    # A plural possessive ("the Smiths' house", "the players’ union") before a word,
    # never one of the words no possessive takes ("'personal terms' with a club"), nor
    # after a word in capitals ("'hands off our NHS' outside", whose possessive is "NHS's";
    # `_coordinated_or_capitals` leaves the rare "the NHS' staff" to the marks after it).
    return not (
        text[index] in _APOSTROPHES
        and before in "sS"
        and after == " "
        and text[index + 2 : index + 3].isalpha()
        and not _takes_no_possessive(text, index + 2)
        and not _CAPITALS_BEFORE.search(text, max(0, index - 12), index)
    )


# A word in capitals ending just before a mark ("NHS", "GPS"): an abbreviation.
_CAPITALS_BEFORE = re.compile(r"(?<![\w'’])[A-Z]{2,}$")
# "and" or "or" after a mark that may close a quote or end a plural possessive.
_COORDINATOR_AFTER = re.compile(r" (?:and|or) ", re.IGNORECASE)


def _coordinated_or_capitals(text: str, index: int) -> bool:
    """Is the single mark at `index`, after an "s", one the words around leave open
    between a closer and a possessive? A plural possessive coordinated with another
    ("the dogs' and the cats' welfare", "parents' or guardians' consent") reads like a
    quote closed before "and" ("'Save our jobs' and 'No cuts'"), and a word in capitals
    like a possessive ("'hands off our NHS' outside")."""
    if text[index] not in _APOSTROPHES or text[index - 1 : index] not in ("s", "S"):
        return False
    if _COORDINATOR_AFTER.match(text, index + 1):
        return True
    return text[index + 1 : index + 2] == " " and bool(
        _CAPITALS_BEFORE.search(text, max(0, index - 12), index)
    )


def _closer_follows(text: str, position: int, memo: list[int]) -> bool:
    """Does a closing single mark come next in the paragraph after `position`, before any
    opening mark? Then a mark left open by `_coordinated_or_capitals` before it was a
    possessive ("'…the dogs' and the cats' welfare comes first,' she said"); an opening
    mark, the paragraph's end or no mark at all make it the quote's closer ("'Save our
    jobs' and 'No cuts'", "'…sick of the neighbours' and left"). `memo` holds the last
    scan (from, to, answer): every start inside it has the same answer, so each
    character is scanned a bounded number of times."""
    if memo and memo[0] <= position <= memo[1]:
        return memo[2] == 1
    scan = position
    while True:
        mark = _NEXT_SINGLE.search(text, scan)
        if mark is None or mark.group() == "\n" or _is_opening(text, mark.start()):
            answer, end = False, (len(text) if mark is None else mark.start())
            break
        if _is_closing(text, mark.start()) and not _coordinated_or_capitals(text, mark.start()):
            answer, end = True, mark.start()
            break
        scan = mark.start() + 1
    memo[:] = [position, end, int(answer)]
    return answer


# The next single mark or paragraph end after an elided "-in'" (see `_is_elision_end`).
_NEXT_SINGLE = re.compile("[\n" + "".join(sorted(_APOSTROPHES)) + "]")
# A word shortened to its last letters ends an elision, not a quote: "goin'", "nothin'".
_DROPPED_G_WORD = re.compile(r"(?<!\w)[A-Za-z][a-z]+in$")


def _is_elision_end(text: str, index: int) -> bool:
    """Is the single mark at `index`, which looks like a closer, the end of an elided
    word? "rock 'n' roll", "rock n' roll" (the mark after a lone "n") always is; a word
    that drops its g ("goin'", "nothin'", "believin',") is when the next single mark of
    the paragraph closes rather than opens: the quote goes on past it ("'I was goin'
    home,' she said"), while "'…happen again', he said. 'We…'" or a paragraph end after
    it leave it the closer. The look ahead stops at the next mark that opens or closes,
    so the marks of a paragraph are looked at a bounded number of times."""
    if text[index] not in _APOSTROPHES:
        return False
    if text[index - 1 : index] in ("n", "N") and (
        index < 2 or text[index - 2].isspace() or text[index - 2] in _APOSTROPHES
    ):
        return True
    if not _DROPPED_G_WORD.search(text, max(0, index - 24), index):
        return False
    position = index + 1
    while True:
        mark = _NEXT_SINGLE.search(text, position)
        if mark is None or mark.group() == "\n":
            return False
        if _is_opening(text, mark.start()) and not _elided_after_a_word(text, mark.start()):
            return False  # ("singin' 'round the campfire": an elision, not an opener)
        if _is_closing(text, mark.start()):
            return True
        position = mark.start() + 1


def _takes_no_possessive(text: str, start: int) -> bool:
    """Is the word at `start` one no plural possessive is followed by ("with", "were")?"""
    word = _NEXT_WORD.match(text, start)
    return word is not None and word.group(0).casefold() in NOT_POSSESSED


def _find_close(
    text: str,
    opener: str,
    start: int,
    failed_until: dict[str, int],
    fallbacks: dict[str, tuple[int, list[int]]],
) -> tuple[int, list[int]] | None:
    """Index of the closing mark, and the positions of continuation openers skipped.

    A scan that finds no closer fails at the same place from any later start inside
    it, so `failed_until` remembers where each opener's last failed scan ended and
    later openers of that kind before it fail at once: every character is scanned a
    bounded number of times, however many unclosed marks there are.

    A paragraph that ends with the quote still open closes it at the first mark read as
    a plural possessive ("Crowds chanted 'No more cuts' outside the gates": no other
    mark can close it); `fallbacks` remembers such a scan (its end and those marks) so a
    later opener inside it takes the next one without scanning again.
    """
    if start < failed_until.get(opener, -1):
        return None
    remembered = fallbacks.get(opener)
    if remembered is not None and start < remembered[0]:
        marks = remembered[1]
        at = bisect_left(marks, start)
        return (marks[at], []) if at < len(marks) else None
    closers = {_CLOSERS[opener], _ALTERNATE_CLOSERS.get(opener, _CLOSERS[opener])}
    # A quotation inside the quote in the other curly marks (“… ‘Where’s the safe?’
    # …”) closes with its own mark, which is not the slip-closer of the outer one.
    inner = _INNER_OPENERS.get(opener)
    nested = 0
    memo: list[int] = []  # (see `_closer_follows`)
    continuations: list[int] = []
    possessives: list[int] = []  # marks read as plural possessives, in this paragraph
    index = start
    while index < len(text):
        char = text[index]
        if char == inner and _is_opening(text, index):
            nested += 1
        elif nested and inner is not None and char == _CLOSERS[inner] and _is_closing(text, index):
            nested -= 1
        elif (
            char in closers
            and _is_closing(text, index)
            and not _is_elision_end(text, index)
            and not (
                _coordinated_or_capitals(text, index) and _closer_follows(text, index + 1, memo)
            )
        ):
            return index, continuations
        elif char in closers and not nested and _reads_as_possessive(text, index):
            possessives.append(index)
        elif possessives and not nested and char == opener and _is_opening(text, index):
            # "the town 'desperately needs' more homes. But X said residents felt
            # 'completely ignored'": a quote of the same marks opens before any closer,
            # so the mark read as a plural possessive closed this one.
            return possessives[0], continuations
        if char == "\n":
            following = index
            while following < len(text) and text[following].isspace():
                following += 1
            if following < len(text) and text[following] == opener:
                continuations.append(following)
                possessives = []
                index = following + 1
                continue
            break
        index += 1
    if possessives and not continuations:
        fallbacks[opener] = (index, possessives)
        return possessives[0], continuations
    failed_until[opener] = index
    return None


def _reads_as_possessive(text: str, index: int) -> bool:
    """Is the single mark at `index` one `_is_closing` reads as a plural possessive
    ("cuts' outside")?"""
    return (
        text[index] in _APOSTROPHES
        and text[index - 1 : index] in ("s", "S")
        and text[index + 1 : index + 2] == " "
        and text[index + 2 : index + 3].isalpha()
    )


def _elided_after_a_word(text: str, index: int) -> bool:
    """Is the single mark at `index` the start of an elided word after a word of the
    sentence ("spread 'round the farm")? (see `_ELIDED_AFTER_A_WORD`)"""
    return (
        text[index] in _APOSTROPHES
        and _ELIDED_AFTER_A_WORD.match(text, index + 1) is not None
        and _WORD_BEFORE.search(text, max(0, index - 3), index) is not None
    )


def _opens_before(text: str, start: int, end: int) -> bool:
    """Does a mark that opens a quote stand between `start` and `end`? ("wander 'round
    the Joneses' fields, farmer Ed Hale said: 'It has been …'": the elided word's mark
    would close only at the end of the quote that opens after it.) Callers bound the
    span, so a paragraph is looked at a bounded number of times."""
    return any(
        _is_opening(text, mark.start())
        for mark in _NEXT_SINGLE.finditer(text, start, end)
        if mark.group() != "\n"
    )


def find_quotes(text: str, *, min_words: int = MIN_QUOTE_WORDS) -> list[FoundQuote]:
    """Quoted passages of at least `min_words` words (fewer are taken for scare quotes;
    the grounding check asks for every quoted passage with min_words=1)."""
    quotes: list[FoundQuote] = []
    # The marks are read where an amount alone in marks is not quoted ("'I paid '£40'
    # for it,' she said" is one quote); the words are taken from the text as written.
    written, text = text, amounts_unquoted(text)
    failed_until: dict[str, int] = {}
    fallbacks: dict[str, tuple[int, list[int]]] = {}
    index = 0
    while index < len(text):
        # Jump to the next quote mark rather than stepping through every character.
        mark = _ANY_OPENER.search(text, index)
        if mark is None:
            break
        index = mark.start()
        char = text[index]
        if _is_opening(text, index):
            found = _find_close(text, char, index + 1, failed_until, fallbacks)
            if (
                found
                and _elided_after_a_word(text, index)
                and (
                    _reads_as_possessive(text, found[0])
                    or _opens_before(text, index + 1, min(found[0], index + 400))
                )
            ):
                index += 1
                continue
            if found:
                close_at, continuations = found
                # The words between the marks, without the continuation openers: one
                # part per paragraph.
                bounds, piece_start = [], index + 1
                for reopened in continuations:
                    bounds.append((piece_start, reopened))
                    piece_start = reopened + 1
                bounds.append((piece_start, close_at))
                parts = []
                for part_start, part_end in bounds:
                    piece = written[part_start:part_end]
                    # A trailing comma belongs to the sentence around the quote.
                    kept = piece.rstrip(" ,;:\n")
                    lead = len(kept) - len(kept.lstrip())
                    if kept.strip():
                        parts.append((part_start + lead, part_start + len(kept)))
                flat = " … ".join(" ".join(written[a:b].split()) for a, b in parts)
                if parts and len(flat.split()) >= min_words:
                    quotes.append(
                        FoundQuote(
                            flat,
                            parts[0][0],
                            parts[-1][1],
                            index,
                            close_at,
                            parts=tuple(parts) if len(parts) > 1 else (),
                        )
                    )
                index = close_at + 1
                continue
        index += 1
    return quotes


# A curly apostrophe between two letters ("don’t", "O’Neill", "people’s").
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")


def parser_text(text: str) -> str:
    """The text the parser reads: the article with the straight single marks of each
    quote set as straight double ones (same length, so every offset holds): each closing
    mark, and an opening mark that opens a sentence. The tagger reads "…,' said manager
    Gordon Tuffley" as a noun phrase ("said" an adjective), while the same words after a
    double mark parse as the speech they are; apostrophes ("don't", "the Smiths'") stay
    as written. A quote holding a double mark of its own keeps its marks. Linear: the
    quotes do not overlap. A curly apostrophe inside a word is read as a straight one:
    the pipeline tags "Ann’s" and "won’t" otherwise, and the article's typography
    should not change its brief (round 38)."""
    if "’" in text:
        text = _CURLY_APOSTROPHE.sub("'", text)
    if "'" not in text:
        return text  # (no straight single mark: nothing to read, no quote scan)
    text = amounts_unquoted(text)
    marks: list[int] = []
    for quote in find_quotes(text, min_words=1):
        if text[quote.open_at] != "'" or text[quote.close_at] != "'":
            continue
        if '"' in text[quote.open_at : quote.close_at]:
            continue
        marks.append(quote.close_at)
        # and the opening mark of a quote that opens a sentence ("'A,' she said. 'B.'");
        # after a colon or inside a sentence the parse reads the straight mark better
        before = quote.open_at - 1
        while before >= 0 and text[before] == " ":
            before -= 1
        if before < 0 or text[before] in "\n.?!":
            marks.append(quote.open_at)
    if not marks:
        return text
    chars = list(text)
    for index in marks:
        chars[index] = '"'
    return "".join(chars)


# An amount alone in straight single marks, as a tabloid sets it: "'£38million'",
# "'£150,000-a-week'", "'$1.2bn'", "'40%'" (one run with no space, a digit after at most
# a currency sign or a short currency code), the marks not inside a word.
# The currency marks are the unit table's (briefsmith.core.units).
_CURRENCY_MARK = "|".join(
    re.escape(mark)
    for mark in sorted(
        {*CURRENCY_SIGNS, *CURRENCY_PREFIXES, *CURRENCY_ABBREVIATIONS, *GUARDED_CURRENCY_PREFIXES},
        key=len,
        reverse=True,
    )
)
_QUOTED_AMOUNT = re.compile(
    rf"(?<![\w'])'((?:{_CURRENCY_MARK})?\s?\d[\d,.]*[\w%-]{{0,16}})'(?![\w'])"
)


def amounts_unquoted(text: str) -> str:
    """The text with the straight single marks around an amount alone read as spaces
    (same length, so every offset holds): "for a club-record '£38million'", "up to '£38'
    for a return". A tabloid's marks there quote nobody, and the parser and the figure
    readers read the amount where it stands only without them (round 41). Linear."""
    if "'" not in text:
        return text
    return _QUOTED_AMOUNT.sub(lambda m: f" {m.group(1)} ", text)


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    rank: int  # the order the names were listed in; the lower wins at one position


class NameMentions:
    """Every whole-word, case-sensitive mention of the names of the actors of `kinds` in
    the text, found in one pass: each name form is keyed by its first word, so the text
    is read once however many names there are. Queries over a range are binary searches.
    Attribution here and the select strategy's speaker candidates both use it."""

    def __init__(self, text: str, actors: list[ActorRecord], kinds: Collection[str]):
        # first word -> form length -> form -> (name, rank); a form is checked with one
        # dictionary lookup per length, so many names sharing a first word cost nothing.
        forms: dict[str, dict[int, dict[str, tuple[str, int]]]] = {}
        rank = 0
        for actor in (a for a in actors if a.kind in kinds):
            for form in sorted(set(actor.all_names()), key=len, reverse=True):
                first = _WORD_RUN.match(form)
                if first:
                    by_length = forms.setdefault(first.group(), {}).setdefault(len(form), {})
                    by_length.setdefault(form, (actor.name, rank))
                    rank += 1
        self.mentions: list[_Mention] = []
        if forms:
            for word in _WORD_RUN.finditer(text):
                start = word.start()
                for length, named in forms.get(word.group(), {}).items():
                    found = named.get(text[start : start + length])
                    if found and not _WORD_CHAR.match(text, start + length):
                        self.mentions.append(_Mention(start, start + length, *found))
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[_Mention]:
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def before(self, end: int, start: int, limit: int) -> list[_Mention]:
        """Up to `limit` mentions in text[start:end], the nearest first."""
        index = bisect_left(self._starts, end) - 1
        found: list[_Mention] = []
        while index >= 0 and self.mentions[index].start >= start and len(found) < limit:
            found.append(self.mentions[index])
            index -= 1
        return found


def institution_fits(head: str, organization: str) -> bool:
    """Does a common noun ("ministry", "company", "it") fit an organization's name?"""
    if head in ANY_INSTITUTION:
        return True
    # "West Kerrow District Council's cabinet": the name as the recognizer took it, with
    # its possessive
    words = re.sub(r"['’]s?$", "", organization).split()
    if head in INSTITUTION_NOUNS:
        if (
            head in COMPANY_NOUNS
            and words
            and (words[-1] in PUBLIC_BODY_HEADS or words[0] == "Ministry")
        ):
            return False  # "the company" is not the Danish Energy Agency
        return any(word in INSTITUTION_NOUNS[head] for word in words) or (
            # "the firm", "the business": any name a company's would end with
            head in _BUSINESS_NOUNS and any(word in INSTITUTION_NOUNS["company"] for word in words)
        )
    return any(word.casefold() == head for word in words)


def drop_nested(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """A quote repeated inside a longer one (a section head, say) is listed once. A
    quote repeated word for word (a headline's or a standfirst's words the story quotes
    again) is listed once, where it first stands, and credited to the speaker the story
    gives the repeat when the first stands unattributed and every repeat that names a
    speaker names the same one ("Boss says firm 'will not back down' ... Managing
    director Ian Fenn said the company 'will not back down'": round 24)."""
    speakers: dict[str, set[str]] = {}
    for quote in quotes:
        if quote.speaker != UNATTRIBUTED and quote.kind not in NOBODYS_SPEECH:
            speakers.setdefault(quote.text, set()).add(quote.speaker)
    distinct = sorted({q.text for q in quotes}, key=len, reverse=True)
    nested: set[str] = set()
    for position, text in enumerate(distinct):
        # Only longer texts can hold it; equal lengths are equal texts, already merged.
        if any(len(longer) > len(text) and text in longer for longer in distinct[:position]):
            nested.add(text)
    kept: list[FoundQuote] = []
    seen: set[str] = set()
    for quote in quotes:
        if quote.text in nested or quote.text in seen:
            continue
        seen.add(quote.text)
        named = speakers.get(quote.text, set())
        if quote.speaker == UNATTRIBUTED and quote.kind == SPEECH and len(named) == 1:
            (speaker,) = named
            quote = replace(quote, speaker=speaker, candidates=(speaker,))
        kept.append(quote)
    return kept
