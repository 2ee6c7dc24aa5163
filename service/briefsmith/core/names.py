"""The one name matcher: when two written names are the same name, and when they name
the same person (or organization, country, place). Pure.

Every part of the project that asks "is this the same person/organization?" comes here:
the extractive engine grouping mentions (core/extraction/actors.py), the grounding check
of an engine's actors and speakers (core/grounding.py), the story merge across articles
(core/story/merge.py) and the eval's actor and speaker scores (evals/metrics.py). The
question itself is `same_person(a, b, kind)`; `match_names` gives the same answer with
its strength (a bare surname is only a partial match) for the story merge.

- people: the surnames must be spellings of each other, and the given names too when
  both give one ("Jane Smith" is not "John Smith"; "Mr Smith" and "Smith" are "John
  Smith"); an initial agrees with a given name ("V. Putin" = "Vladimir Putin"), and so
  does a given name with the same consonants ("Dmitri"/"Dmitriy", "Sergei"/"Sergey").
- organizations, countries, places, groups: the same words up to spelling, the
  initials ("EU" = "European Union"), or, as a partial match, every word of the shorter
  name in the longer one ("Wagner" = "Wagner Group"; "British Ministry of Defense" is
  not "Russian Ministry of Defense").

One threshold, NAME_SIMILARITY, decides how far two spellings of a word may differ
(transliteration: "Zelenskyy"/"Zelensky", "Bakhmout"/"Bakhmut"), and a word pair must
also keep its consonants: transliteration changes vowels, not consonants ("Austria" and
"Australia" are 88% alike and not one name). Titles, connectors and the accent folding
are lexicon.py's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rapidfuzz import fuzz

from briefsmith.core.lexicon import (
    COMMON_CAPITALIZED,
    COURTESY_TITLES,
    FEMININE_GIVEN_NAMES,
    FEMININE_WORDS,
    HONORIFICS,
    MARITAL_HONORIFICS,
    MASCULINE_GIVEN_NAMES,
    MASCULINE_WORDS,
    MEMBER_TITLE_WORDS,
    NAME_CONNECTORS,
    NAME_NOISE,
    NAME_PARTICLES,
    OFFICE_OF_TITLE,
    ORG_CONNECTORS,
    ORG_HEADS,
    PEERAGE_TITLES,
    PLACE_HEADS,
    POST_NOMINALS,
    RANK_GRADES,
    RANK_PARTS,
    RANKS_BEFORE_FULL_NAMES,
    ROLE_NOUNS,
    STORY_SIDES,
    TITLES,
    fold,
)

# rapidfuzz ratio, 0-100: two spellings of one word ("Okafor"/"Okaffor") pass, two
# different words of a similar shape ("Putin"/"Pushilin") do not.
NAME_SIMILARITY = 85.0


def possessive(name: str) -> str:
    """ "Harbour Foods'", "Ann Lee's": a name with its possessive mark (an apostrophe alone
    after a final "s"), curly when the name is written with a curly one ("the
    island’s council’s")."""
    mark = "’" if "’" in name else "'"
    return f"{name}{mark}" if name.endswith("s") else f"{name}{mark}s"


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
    initials = "".join(w[0] for w in name_words if w not in NAME_CONNECTORS)
    return len(initials) >= 2 and "".join(alias_words) == initials


def name_tokens(name: str) -> list[str]:
    """Casefolded, accent-free words of a name, without possessives, titles and ranks."""
    plain = re.sub(r"['’]s\b", "", fold(name))
    return [w for w in re.split(r"[^\w]+", plain) if w and w not in NAME_NOISE]


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
    """Two written forms of one name, by the one threshold (kind-blind: whether they
    name one person is `same_person`)."""
    return name_similarity(a, b) >= NAME_SIMILARITY


# --- the same person, organization or place ----------------------------------------

_TITLE_WORDS = frozenset(fold(t).rstrip(".") for t in TITLES)
_RANK_PART_WORDS = frozenset(fold(t).rstrip(".") for t in RANK_PARTS)


def rank_part_before_title(words: Sequence[str]) -> bool:
    """ "Lance Corporal Ann Lee", "Air Marshal Tom Bell", "Garda Superintendent Ann Lee":
    a word that only builds a rank, right before a title and a name, is part of the
    title, not of the name ("Lance Armstrong" keeps his given name); so is a rank that
    is another word too, before a given name and a surname ("Private Jack Orme", not
    "Private Eye")."""
    if len(words) < 3:
        return False
    first = words[0].rstrip(".")
    if first in RANKS_BEFORE_FULL_NAMES:
        # ("Private Finance Initiative": a title after it says it opens no name.)
        return fold(words[1]).rstrip(".") not in _TITLE_WORDS
    return fold(first) in _RANK_PART_WORDS and (
        fold(words[1]).rstrip(".") in _TITLE_WORDS or words[1] in RANKS_BEFORE_FULL_NAMES
    )


_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")
_GEOGRAPHIC = frozenset({"country", "place"})
# Given names are short, so one transliterated letter moves them below the fuzzy
# threshold (Sergei/Sergey, Dmitri/Dmitriy); the same consonants, at least this many,
# still make them one name. Fewer is too weak: Jan and Jon, Anna and Anne differ.
MIN_GIVEN_NAME_SKELETON = 3


class Match(IntEnum):
    NONE = 0
    PARTIAL = 1  # a bare surname or a shorter organization name: needs to be unambiguous
    FULL = 2


@lru_cache(maxsize=4096)
def consonant_skeleton(word: str) -> str:
    return _REPEATS.sub(r"\1", _VOWELS.sub("", fold(word)))


@lru_cache(maxsize=4096)
def same_spelling(a: str, b: str) -> bool:
    """Two spellings of one word of a name: alike by the one threshold and with the same
    consonants ("Zelenskyy"/"Zelensky"; not "Austria"/"Australia")."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    return same_word(a, b) and consonant_skeleton(a) == consonant_skeleton(b)


def given_name_gender(name: str) -> str | None:
    """The gender a name's first word usually carries, when it is a known given name."""
    words = name.split()
    first = fold(words[0]) if words else ""
    if first in FEMININE_GIVEN_NAMES:
        return "f"
    if first in MASCULINE_GIVEN_NAMES:
        return "m"
    return None


def gender_told(words: Iterable[str]) -> str | None:
    """The gender lower-case words tell ("mrs", "lord", "her grandson"), when they tell
    one and only one."""
    folded = {w.rstrip(".") for w in words} | set(words)
    masculine = bool(folded & MASCULINE_WORDS)
    feminine = bool(folded & FEMININE_WORDS)
    if masculine == feminine:
        return None
    return "m" if masculine else "f"


def named_gender_told(words: Iterable[str], name: str) -> str | None:
    """The gender words beside a person's name tell (`gender_told`), except that a post
    written with "-man" ("chairman", "spokesman") is held by women too: when such posts
    are all that tell "m", only the given name decides ("Its chairman, Dr Adaeze Okafor":
    she; "The chairman, Dr Grace Obi": untold). Round 18."""
    told = gender_told(words)
    if told != "m":
        return told
    folded = {w.rstrip(".") for w in words} | set(words)
    if all(w.endswith("man") and w != "man" for w in folded & MASCULINE_WORDS):
        return given_name_gender(name)
    return told


def title_kind(titles: Sequence[str]) -> str | None:
    """What the titles written before a surname tell of who it is: a gender ("Lady",
    "Mr Justice"), "courtesy" for titles of courtesy that tell none ("Dr", "Prof",
    "Cllr"), or None (an office, "President"; no title). Two lone surnames whose
    titles tell different things ("Dr Singh", "Mrs Singh") are two people."""
    if not titles:
        return None
    gender = gender_told([fold(w) for w in titles])
    if gender is not None:
        return gender
    return "courtesy" if all(w in COURTESY_TITLES | HONORIFICS for w in titles) else None


def titles_tell_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do the titles written before two mentions of one surname name two people, given
    names or not: "Mrs Grace Obi" and "Miss Obi" (a married and an unmarried woman),
    "Miss Ellie Carter" and "Mrs Carter". Genders are compared elsewhere (with given
    names); "Ms" and a title of courtesy tell no marital state."""
    marital_a, marital_b = marital_state(a), marital_state(b)
    if marital_a is not None and marital_b is not None and marital_a != marital_b:
        return True
    # "Inspector Carla Reyes" and her brother "Sergeant Reyes": two grades of rank.
    grade_a, grade_b = rank_grade(a), rank_grade(b)
    return grade_a is not None and grade_b is not None and grade_a != grade_b


def rank_grade(titles: Sequence[str]) -> str | None:
    """The grade of the police or armed-forces rank written before a name: "inspector"
    for "Detective Chief Inspector", "DCI" and "Ch Insp", "colonel" for "Lieutenant-
    Colonel", "sergeant" for "Sergeant Major"; None when the titles hold no rank."""
    words: list[str] = []
    for title in titles:
        words.extend(re.split(r"[\s-]+", written_title(title)))
    grades = [w for w in words if w in RANK_GRADES]
    if not grades:
        return None
    # ("Sergeant Major": the sergeant's grade, not an army major's)
    return "sergeant" if grades[-1] == "major" and "sergeant" in grades else grades[-1]


def person_grades(names: Iterable[str], role: str | None) -> set[str]:
    """The grades of rank one person is written with: in the titles of any of their
    names ("Inspector Reyes") or in a role that is a rank as titled ("Detective
    Inspector"; not "general manager", nor "a former sergeant")."""
    grades = [rank_grade(NameParts.of(name, "person").titles) for name in names]
    if (
        role
        and all(word[:1].isupper() for word in role.split())
        and written_title(role.split()[-1]).split()[-1] in RANK_GRADES
    ):
        grades.append(rank_grade(role.split()))
    return {grade for grade in grades if grade is not None}


def marital_state(titles: Sequence[str]) -> str | None:
    """ "married" for "Mrs", "unmarried" for "Miss", else None (see titles_tell_apart)."""
    told = {MARITAL_HONORIFICS.get(fold(w).rstrip(".")) for w in titles} - {None}
    return told.pop() if len(told) == 1 else None


def on_other_sides(posts_a: Iterable[str], posts_b: Iterable[str]) -> bool:
    """Do two sets of post words (lower case) put their holders on different sides of
    one story ("fullback" and "manager", "defendant" and "judge"; STORY_SIDES)? Then
    they are two people, whatever else they share."""
    folded_a = {fold(w).rstrip(".") for w in posts_a}
    folded_b = {fold(w).rstrip(".") for w in posts_b}
    for sides in STORY_SIDES.values():
        side_a = {i for i, side in enumerate(sides) if folded_a & side}
        side_b = {i for i, side in enumerate(sides) if folded_b & side}
        if side_a and side_b and not side_a & side_b:
            return True
    return False


def written_title(word: str) -> str:
    """A title as it is compared between mentions: "Cllr" and "Councillor", "Prof" and
    "Professor" are one title ("Councillor Ama Boateng ... Cllr Boateng said")."""
    bare = fold(word).rstrip(".")
    return OFFICE_OF_TITLE.get(bare, bare)


def _title_gender(title: str) -> str | None:
    """The gender a title before a name tells ("Mrs", "Lord", "Dame"), or None."""
    return gender_told({fold(title)})


def _title_opening(words: Sequence[str]) -> bool:
    """Is the first word a title written before a name ("President Zelensky"), or a rank
    ("Private Orme" is Private Jack Orme's surname with his rank, "Lance Corporal Lee")?"""
    bare = words[0].rstrip(".")
    return (
        fold(bare) in _TITLE_WORDS
        or bare in RANKS_BEFORE_FULL_NAMES
        or rank_part_before_title(words)
    )


@dataclass(frozen=True)
class NameParts:
    """A name split for matching: titles and quote marks dropped, possessives removed."""

    words: tuple[str, ...]
    kind: str
    # The gender a dropped title tells ("Lord Felton", "Lady Felton"): two people a
    # surname alone would make one.
    title_gender: str | None = None
    # The dropped titles themselves ("Dr" of "Dr Singh"; see title_kind).
    titles: tuple[str, ...] = ()

    @classmethod
    def of(cls, name: str, kind: str) -> NameParts:
        # A person's hyphenated name is one word ("Adeyemi-Clarke" is a surname, not a
        # given name and a surname); a body's parts are its words.
        word = r"[^\W_]+(?:['’-][^\W_]+)*\.?" if kind == "person" else r"[^\W_]+(?:['’][^\W_]+)*\.?"
        raw = re.findall(word, name)
        words: list[str] = []
        told = None
        titles: list[str] = []
        for index, word in enumerate(raw):
            word = re.sub(r"['’]s$", "", word)
            if not words and index < len(raw) - 1 and _title_opening([word, *raw[index + 1 :]]):
                # "President Zelensky": the title is not part of the name
                told = told or _title_gender(word)
                titles.append(word)
                continue
            words.append(word)
        if len(words) > 1 and all(len(w.rstrip(".")) == 1 for w in words):
            words = ["".join(w.rstrip(".") for w in words)]  # "U.S." is one word, "US"
        if kind == "person" and len(words) > 2 and words[-1] in POST_NOMINALS:
            words.pop()  # "Ann Lee KC" is Ann Lee: letters after a name are no part of it
        if kind == "person":
            # "Pieter van der Walt" and "Van der Walt": the particles belong to the
            # surname, which is then one word of the name.
            cut = surname_start(words)
            words = [*words[:cut], " ".join(words[cut:])]
        if kind != "person":
            return cls(tuple(words), kind)
        return cls(tuple(words), kind, told, tuple(titles))

    @property
    def surname(self) -> str:
        return self.words[-1].rstrip(".") if self.words else ""

    @property
    def given_names(self) -> tuple[str, ...]:
        return self.words[:-1]

    @property
    def significant(self) -> tuple[str, ...]:
        return tuple(w.rstrip(".") for w in self.words if fold(w) not in NAME_CONNECTORS)

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


def surname_start(words: Sequence[str]) -> int:
    """Where a person's surname starts among the words of a name: at the lower-case
    particles before the last word ("Luuk van der Berg", "Ms de Barra"), or at a
    capitalized particle that another follows ("Van der Berg said"); else the last word.
    "Van Morrison" is a given name and a surname."""
    cut = len(words) - 1
    while cut > 0 and words[cut - 1] in NAME_PARTICLES:
        cut -= 1
    if (
        cut == 1
        and len(words) >= 3
        and fold(words[0]) in NAME_PARTICLES
        and words[1] in NAME_PARTICLES
    ):
        cut = 0
    return cut


def first_particle_surname(words: Sequence[str]) -> str | None:
    """The first of two surnames when particles open it ("de la Fuente" of "Marcelo de
    la Fuente Quiroga", "de los Santos" of "María José de los Santos Pérez"): how the
    article names the person again. None when the particles open the last word only."""
    for first in range(1, len(words) - 2):
        if words[first] not in NAME_PARTICLES or words[first - 1] in NAME_PARTICLES:
            continue
        last = first
        while last < len(words) and words[last] in NAME_PARTICLES:
            last += 1
        if last < len(words) - 1:
            return " ".join(words[first : last + 1])
        return None
    return None


def _given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:  # an initial
        return fold(first_a)[0] == fold(first_b)[0]
    if same_spelling(first_a, first_b):
        return True
    skeleton = consonant_skeleton(first_a)
    return len(skeleton) >= MIN_GIVEN_NAME_SKELETON and skeleton == consonant_skeleton(first_b)


def geography_agrees(a: str, b: str) -> bool:
    """Whether actors of kinds `a` and `b` could be one: a place or country is never a
    person, organization or group, however alike the names ("Holt Point" the harbour,
    "Holt Point Ferries" the company); other kinds may disagree and still be one actor."""
    return (a in _GEOGRAPHIC) == (b in _GEOGRAPHIC)


def _kinds_compatible(a: str, b: str) -> bool:
    return a == b or (a in _GEOGRAPHIC and b in _GEOGRAPHIC)


def _person_match(a: NameParts, b: NameParts) -> Match:
    if not a.words or not b.words:
        return Match.NONE
    peer_a, peer_b = peerage_named(" ".join(a.words)), peerage_named(" ".join(b.words))
    if peer_a or peer_b:
        # "Brancaster" is the place the Duke of Brancaster takes his title from, and
        # the Duchess of Brancaster is someone else: a peer is named in full, or by the
        # title alone ("the Duke said"), which the story may give one peer only.
        if peer_a and peer_b:
            return Match.FULL if a.words == b.words else Match.NONE
        peer, other = (a, b) if peer_a else (b, a)
        return Match.PARTIAL if other.words == peer.words[:1] else Match.NONE
    if not same_spelling(a.surname, b.surname):
        return Match.NONE
    told_a = a.title_gender or (given_name_gender(a.given_names[0]) if a.given_names else None)
    told_b = b.title_gender or (given_name_gender(b.given_names[0]) if b.given_names else None)
    if told_a and told_b and told_a != told_b:
        # "Mr Quill" is not "Mrs Quill" nor "Margaret Quill"; "Lady Felton" is not
        # "Lord Felton": a title or a given name of the other gender names someone else
        return Match.NONE
    if titles_tell_apart(a.titles, b.titles):
        return Match.NONE  # "Mrs Grace Obi" is not her daughter "Miss Obi"
    if not a.given_names and not b.given_names:
        kind_a, kind_b = title_kind(a.titles), title_kind(b.titles)
        if kind_a and kind_b and kind_a != kind_b:
            # "Dr Singh" beside "Mrs Singh", neither named in full: a title of courtesy
            # that tells no gender and one that does are two people's.
            return Match.NONE
    if a.given_names and b.given_names:
        return Match.FULL if _given_names_agree(a.given_names, b.given_names) else Match.NONE
    if not a.given_names and not b.given_names:
        return Match.FULL
    return Match.PARTIAL


def _words_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return all(any(same_spelling(s, w) for w in long) for s in short)


def _other_match(a: NameParts, b: NameParts) -> Match:
    sig_a, sig_b = a.significant, b.significant
    if not sig_a or not sig_b:
        return Match.NONE
    if len(sig_a) == len(sig_b) and all(
        same_spelling(x, y) for x, y in zip(sig_a, sig_b, strict=True)
    ):
        return Match.FULL
    short, long = (a, b) if len(sig_a) < len(sig_b) else (b, a)
    if (
        len(short.significant) == 1
        and len(long.significant) >= 2
        and fold(short.significant[0]).replace(".", "") == long.initials
    ):
        return Match.FULL  # "EU" for "European Union", "U.S."
    if len(short.significant) < len(long.significant) and _words_within(
        short.significant, long.significant
    ):
        return Match.PARTIAL
    return Match.NONE


def match_names(a: NameParts, b: NameParts) -> Match:
    """How surely two split names are one: FULL, PARTIAL (a bare surname, a shorter
    organization name: the story merge takes it only when it fits one actor) or NONE."""
    if not _kinds_compatible(a.kind, b.kind):
        return Match.NONE
    if a.kind == "person":
        return _person_match(a, b)
    return _other_match(a, b)


def same_person(a: str, b: str, kind: str = "person") -> bool:
    """Do the written names `a` and `b` name the same person (or, for another `kind` of
    actor, the same organization, country, place or group)? The one answer: grounding,
    extraction, the story merge and the evals all ask here."""
    return match_names(NameParts.of(a, kind), NameParts.of(b, kind)) is not Match.NONE


def peerage_named(name: str) -> bool:
    """ "Duchess of Ashcombe", "Earl of Brancaster": a person named by a title of the
    peerage and a territory; the title is the name, never a role or a body's."""
    words = name.split()
    return len(words) == 3 and words[0] in PEERAGE_TITLES and words[1] == "of"


def person_in_body_name(words: Sequence[str]) -> tuple[int, int] | None:
    """The span (first, end) of the person a run of capitalized words that reads as a
    body's name really names, or None: a title of office after the body's head word,
    then the name ("Fisheries Committee Chair Tomasz Wielgosz", "Union Shipping Minister
    Harsh Vardhan Kulkarni"); or a name, then "of" and the body ("Ritesh Agarwal of
    Meridian Capital Securities"). The name is two to four words, none of which heads,
    joins or describes a body or a place."""

    def plain_name(part: Sequence[str]) -> bool:
        return 2 <= len(part) <= 4 and all(
            w[:1].isupper()
            and w not in ORG_HEADS
            and w not in PLACE_HEADS
            and w not in COMMON_CAPITALIZED
            and w.lower() not in ROLE_NOUNS
            and w.lower() not in ORG_CONNECTORS
            for w in part
        )

    heads = [i for i, w in enumerate(words) if w in ORG_HEADS]
    if not heads:
        return None
    for i in range(heads[0] + 1, len(words)):
        if words[i].lower() in ROLE_NOUNS or (
            # "Council Member Darnell Okafor": the body's member is a title of office
            words[i] in MEMBER_TITLE_WORDS and words[i - 1] in ORG_HEADS
        ):
            return (i + 1, len(words)) if plain_name(words[i + 1 :]) else None
    if "of" in words:
        cut = words.index("of")
        if plain_name(words[:cut]) and any(w in ORG_HEADS for w in words[cut + 1 :]):
            return 0, cut
    return None
