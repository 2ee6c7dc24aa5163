"""The one name matcher: when two written names are the same name. Pure.

Every part of the project that asks "is this the same person/organization?" comes here:
the extractive engine grouping mentions (service/briefsmith/core/extraction/actors.py), the
grounding
check of an engine's actors and speakers (service/briefsmith/core/grounding.py), the story merge
across
articles (service/briefsmith/core/story/matching.py) and the eval's actor and speaker scores
(service/briefsmith/evals/metrics.py). One threshold, NAME_SIMILARITY, decides how far two
spellings of a
word may differ (transliteration: "Zelenskyy"/"Zelensky", "Bakhmout"/"Bakhmut").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

# rapidfuzz ratio, 0-100: two spellings of one word ("Okafor"/"Okaffor") pass, two
# different words of a similar shape ("Putin"/"Pushilin") do not.
NAME_SIMILARITY = 85.0

_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "von"})
# Titles and ranks that do not tell two people apart.
_NAME_NOISE = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "col",
        "colonel",
        "gen",
        "general",
        "lt",
        "lieutenant",
        "sgt",
        "sergeant",
        "maj",
        "major",
        "capt",
        "captain",
        "president",
        "prof",
        "the",
    ]
)


def word_similarity(a: str, b: str) -> float:
    """0-100, case-insensitive."""
    return fuzz.ratio(a.casefold(), b.casefold())


def same_word(a: str, b: str) -> bool:
    """Two spellings of one word of a name."""
    return a == b or word_similarity(a, b) >= NAME_SIMILARITY


def same_surname(a: str, b: str) -> bool:
    """Two spellings of one surname. They share their first three letters, so callers
    can bucket names by `surname_key` and compare within a bucket only (linear work)."""
    return a == b or (surname_key(a) == surname_key(b) and same_word(a, b))


def surname_key(word: str) -> str:
    return word[:3].casefold()


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W_]+", name.casefold())


def is_spelling_of(alias: str, name: str) -> bool:
    """Is `alias` another way of writing `name`: a shared word up to transliteration
    ("Okaffor" for "Ade Okafor", "Apex" for "Apex Holdings") or its initials ("EU",
    "U.S.")? A different word ("President" for "Okafor") is not."""
    alias_words, name_words = _words(alias), _words(name)
    if any(same_word(a, n) for a in alias_words for n in name_words if len(a) >= 3 and len(n) >= 3):
        return True
    initials = "".join(w[0] for w in name_words if w not in _CONNECTORS)
    return len(initials) >= 2 and "".join(alias_words) == initials


def name_tokens(name: str) -> list[str]:
    """Casefolded, accent-free words of a name, without possessives, titles and ranks."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"['’]s\b", "", plain)
    return [w for w in re.split(r"[^\w]+", plain) if w and w not in _NAME_NOISE]


def name_similarity(a: str, b: str) -> float:
    """0-100. A shorter name matches a longer one when its words match the longer one's
    words and its last word matches the longer one's last word (a surname):
    "Okafor" ~ "Ade Okafor", but "Ade" is not "Ade Okafor"."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    best = fuzz.ratio(" ".join(ta), " ".join(tb))
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < len(long):
        surname = fuzz.ratio(short[-1], long[-1])
        others = [max(fuzz.ratio(word, other) for other in long[:-1]) for word in short[:-1]]
        best = max(best, min([surname, *others]))
    return best


def names_similarity(names_a: Sequence[str], names_b: Sequence[str]) -> float:
    """The best `name_similarity` between any name of one and any name of the other."""
    return max((name_similarity(a, b) for a in names_a for b in names_b), default=0.0)


def same_name(a: str, b: str) -> bool:
    """Two written forms of one name, by the one threshold."""
    return name_similarity(a, b) >= NAME_SIMILARITY
