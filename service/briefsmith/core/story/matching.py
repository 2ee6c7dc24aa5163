"""Is this actor in one article the same as that actor in another? Pure.

Word-level spelling decisions go through the project's ONE name matcher,
`is_spelling_of` (imported here and nowhere else in service/story, so it can be
repointed in one place). On top of it, rules for people and for everything else:

- people: the surnames must be spellings of each other, and the given names too when
  both articles give one ("Serena Williams" is not "Venus Williams"); an initial
  agrees with a given name ("V. Putin" = "Vladimir Putin"), and so does a given name
  with the same consonants ("Dmitri"/"Dmitriy", "Sergei"/"Sergey"). A bare surname ("Putin")
  is a *partial* match: the merge takes it only when it fits exactly one person.
- organizations, countries, places: the same words up to spelling, the initials
  ("EU" = "European Union"), or, as a partial match, every word of the shorter name in
  the longer one ("Wagner" = "Wagner Group"; "British Ministry of Defense" is not
  "Russian Ministry of Defense").

Across outlets a fuzzy match alone is too loose for proper names ("Austria" and
"Australia" are 88% alike), so a word pair must also keep its consonants: transliteration
changes vowels (Zelensky/Zelenskyy, Bakhmut/Bakhmout), not consonants.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from briefsmith.core.lexicon import TITLES
from briefsmith.core.names import is_spelling_of  # the one name matcher

_TITLE_WORDS = frozenset(t.casefold().rstrip(".") for t in TITLES)
_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "von", "on"})
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")
_GEOGRAPHIC = frozenset({"country", "place"})


class Match(IntEnum):
    NONE = 0
    PARTIAL = 1  # a bare surname or a shorter organization name: needs to be unambiguous
    FULL = 2


def fold(word: str) -> str:
    """Case and accents folded: "Zelenskyy" -> "zelenskyy", "Müller" -> "muller"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def consonant_skeleton(word: str) -> str:
    return _REPEATS.sub(r"\1", _VOWELS.sub("", fold(word)))


@lru_cache(maxsize=4096)
def same_word(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    return is_spelling_of(a, b) and consonant_skeleton(a) == consonant_skeleton(b)


@dataclass(frozen=True)
class NameParts:
    """A name split for matching: titles and quote marks dropped, possessives removed."""

    words: tuple[str, ...]
    kind: str

    @classmethod
    def of(cls, name: str, kind: str) -> NameParts:
        raw = re.findall(r"[^\W_]+(?:['’][^\W_]+)*\.?", name)
        words: list[str] = []
        for word in raw:
            word = re.sub(r"['’]s$", "", word)
            bare = word.rstrip(".")
            if not words and fold(bare) in _TITLE_WORDS and len(raw) > 1:
                continue  # "President Zelensky": the title is not part of the name
            words.append(word)
        if len(words) > 1 and all(len(w.rstrip(".")) == 1 for w in words):
            words = ["".join(w.rstrip(".") for w in words)]  # "U.S." is one word, "US"
        return cls(tuple(words), kind)

    @property
    def surname(self) -> str:
        return self.words[-1].rstrip(".") if self.words else ""

    @property
    def given_names(self) -> tuple[str, ...]:
        return self.words[:-1]

    @property
    def significant(self) -> tuple[str, ...]:
        return tuple(w.rstrip(".") for w in self.words if fold(w) not in _CONNECTORS)

    @property
    def initials(self) -> str:
        return "".join(fold(w)[0] for w in self.significant if w)

    def blocking_keys(self) -> set[str]:
        """Keys two names that may match share: a surname or word's first or last three
        letters (spelling variants keep one end), and initials."""
        family = "geo" if self.kind in _GEOGRAPHIC else self.kind
        words = [self.surname] if self.kind == "person" else list(self.significant)
        keys = set()
        for word in words:
            folded = fold(word)
            keys.add(f"{family}:^{folded[:3]}")
            keys.add(f"{family}:{folded[-3:]}$")
        if self.kind != "person" and len(self.significant) >= 2:
            keys.add(f"{family}:#{self.initials}")
        if self.kind != "person" and len(self.significant) == 1:
            # "EU", "U.S.": an abbreviation meets the names whose initials it spells.
            keys.add(f"{family}:#{fold(''.join(self.significant)).replace('.', '')}")
        return keys


# Given names are short, so one transliterated letter moves them below the fuzzy
# threshold (Sergei/Sergey, Dmitri/Dmitriy); the same consonants, at least this many,
# still make them one name. Fewer is too weak: Jan and Jon, Anna and Anne differ.
MIN_GIVEN_NAME_SKELETON = 3


def _given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:  # an initial
        return fold(first_a)[0] == fold(first_b)[0]
    if same_word(first_a, first_b):
        return True
    skeleton = consonant_skeleton(first_a)
    return len(skeleton) >= MIN_GIVEN_NAME_SKELETON and skeleton == consonant_skeleton(first_b)


def _kinds_compatible(a: str, b: str) -> bool:
    return a == b or (a in _GEOGRAPHIC and b in _GEOGRAPHIC)


def _person_match(a: NameParts, b: NameParts) -> Match:
    if not a.words or not b.words or not same_word(a.surname, b.surname):
        return Match.NONE
    if a.given_names and b.given_names:
        return Match.FULL if _given_names_agree(a.given_names, b.given_names) else Match.NONE
    if not a.given_names and not b.given_names:
        return Match.FULL
    return Match.PARTIAL


def _words_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return all(any(same_word(s, w) for w in long) for s in short)


def _other_match(a: NameParts, b: NameParts) -> Match:
    sig_a, sig_b = a.significant, b.significant
    if not sig_a or not sig_b:
        return Match.NONE
    if len(sig_a) == len(sig_b) and all(same_word(x, y) for x, y in zip(sig_a, sig_b, strict=True)):
        return Match.FULL
    # The one matcher decides initials ("EU" for "European Union", "U.S.").
    short, long = (a, b) if len(sig_a) < len(sig_b) else (b, a)
    if (
        len(short.significant) == 1
        and len(long.significant) >= 2
        and is_spelling_of(" ".join(short.words), " ".join(long.words))
        and fold(short.significant[0]) == long.initials
    ):
        return Match.FULL
    if len(short.significant) < len(long.significant) and _words_within(
        short.significant, long.significant
    ):
        return Match.PARTIAL
    return Match.NONE


def match_names(a: NameParts, b: NameParts) -> Match:
    if not _kinds_compatible(a.kind, b.kind):
        return Match.NONE
    if a.kind == "person":
        return _person_match(a, b)
    return _other_match(a, b)
