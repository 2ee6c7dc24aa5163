"""Actors from prose without a model: people (with titles and roles), organizations,
countries and much-mentioned places. Pure.

A capitalized run of words becomes a person only with evidence from the text around it:
a title or role noun before it ("Col.", "volunteer"), speech after it ("... said"), an
appositive (", the spokesman for ..."), an age (", 40,"), or its surname appearing
elsewhere with such evidence ("Okafor said"). Runs without evidence (bylines, place
names) are left out rather than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from briefsmith.core.lexicon import (
    ADDRESS_HEADS,
    ADDRESS_HONORIFICS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    CLUB_WORDS_NO_SURNAME_TAKES,
    COMMON_CAPITALIZED,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    COURTESY_TITLES,
    DEPARTMENT_NAME_OPENERS,
    DESCRIPTION_NOUNS,
    DESCRIPTIVE_BODY_NOUNS,
    FAMILY_FIRST_SURNAMES,
    FIRM_TRADES,
    FRONTED_PHRASE_OPENERS,
    GIVEN_NAMES,
    GLUED_DESCRIPTORS,
    HOLDING_NOUNS,
    HONORIFIC_STYLES,
    HONORIFICS,
    HYPHENED_NAME_PARTICLES,
    IRREGULAR_PAST_VERBS,
    ISSUED_NOUNS,
    KIN_NOUNS,
    KNIGHTHOOD_TITLES,
    KNOWN_ORGANIZATIONS,
    LOCATIVE_PREPOSITIONS,
    MONTHS,
    NAME_OPENING_ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_ROLE_MODIFIERS,
    OBJECT_ROLE_OPENERS,
    OCCASION_TIME_NOUNS,
    OCCUPATION_ENDINGS,
    OFFICE_BRIEF_TITLES,
    OFFICE_TAILS,
    ORG_CONNECTORS,
    ORG_HEADS,
    PARTY_LABELS,
    PARTY_MEMBER_NOUNS,
    PASTIME_ADJECTIVES,
    PASTIME_NOUNS,
    PEERAGE_TITLES,
    PERSON_NOUNS,
    PERSONNEL_NOUNS,
    PLACE_HEADS,
    POST_NOMINALS,
    QUOTE_OPENERS,
    RANK_PARTS,
    RANKS,
    RANKS_BEFORE_FULL_NAMES,
    REGION_NAME_OPENERS,
    ROLE_ADJECTIVES,
    ROLE_BREAK_WORDS,
    ROLE_NOUNS,
    ROLE_PHRASE_PREPOSITIONS,
    SENTENCE_OPENING_VERBS,
    SITE_NAME_WORDS,
    SPEECH_VERBS,
    SPOKESPERSON_NOUNS,
    STAFF_AT_NOUNS,
    STREET_HEADS,
    TITLE_WORDS,
    TITLES,
    VENUE_HEADS,
    WEEKDAYS,
    WRAP_SENTENCE_OPENERS,
    country_names,
    fold,
    is_demonym,
)
from briefsmith.core.names import (
    first_particle_surname,
    given_name_gender,
    marital_state,
    person_grades,
    person_in_body_name,
    rank_grade,
    rank_part_before_title,
    same_person,
    same_surname,
    surname_key,
    surname_start,
    title_kind,
    written_title,
)
from briefsmith.core.schema import ActorKind
from briefsmith.core.segments import SentenceIndex
from briefsmith.core.units import CURRENCY_ABBREVIATIONS, CURRENCY_PREFIXES

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'-]*[^\W_])?")
_POSSESSIVE = re.compile(r"[’']s$")
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_ROLES = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
# "his No 2, Ann Lee", "world No. 1 Ann Lee": an assistant or a ranking written as a
# number, which stands before a name as a role noun does.
_NUMBERED = r"No\.?\s?\d{1,3}"
_SPEECH_AFTER = re.compile(
    rf"^(?:,[^,.;“”«»\"]{{1,90}},|\s+(?:of|at|from)(?:\s+[A-Z][\w’'&-]*){{1,5}})?"
    rf"\s+(?:{_SPEECH})\b"
)
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according to)\s+$", re.IGNORECASE)
# Longer than any speech verb and a space: an end-anchored search reads only this much.
_SPEECH_BEFORE_CHARS = 24
_AGE_AFTER = re.compile(r"^,\s+\d{1,3},")
_ROLE_BEFORE = re.compile(
    rf"(?<![\w’'])(?:{_ROLES}|(?-i:{_NUMBERED}))(?:(?:\s+(?:and\s+)?[a-z-]+){{0,2}}\s+|\b[^.;,“”«»\"]{{0,50}},\s+)$",
    re.IGNORECASE,
)
# "defenders Luca Brandt and Owen Pike", "nurses Ann Lee, Tom Bell and": a plural role
# before a list of names, the names before this one written in capitals.
_NAME_RUN = r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}"
_PLURAL_ROLE_BEFORE = re.compile(
    rf"(?<![\w’'])(?:{_ROLES})e?s\s+(?:{_NAME_RUN}(?:\s*,|\s+(?:and|&))\s+){{0,4}}$",
    re.IGNORECASE,
)
_SPEECH_NEXT_TO = re.compile(rf"^\s+(?:{_SPEECH})\b")
_NOT_A_MODIFIER = "|".join(sorted(NOT_ROLE_MODIFIERS))
# (never across a colon or an opening single mark: "Fiona Darby, the barrister for the
# family: ‘Did anyone look into Mr. Bell’s room?’" is the barrister; round 38)
_APPOSITIVE = re.compile(
    rf"^,\s+((?:a|an|the)\s[^,;:‘“”«»\"]{{2,110}}?|[A-Z][\w’'-]*[’']s\s[^,;:‘“”«»\"]{{2,90}}?"
    rf"|(?:{_ROLES})\b[^,;:‘“”«»\"]{{0,90}}?"
    # "Tom Kiely, parish priest of Ballymore,": one word in lower case before the role noun
    rf"|(?!(?:{_NOT_A_MODIFIER})\s)[a-z][a-z-]+\s(?:{_ROLES})\b[^,;:‘“”«»\"]{{0,90}}?"
    # "Naomi Fairlie, Dean of Harrowford,": an office of a place or body, capitalized.
    rf"|[A-Z][a-z]+\s(?:of|for)\s(?:the\s)?[A-Z][^,;:‘“”«»\"]{{0,60}}?)(?=,|\.(?:\s|$)|;|:|$)"
)
_NICKNAME = re.compile(
    r"(?:\b((?:[Aa]n?|[Tt]he)\s[^,.;“”«»\"]{2,60}?)\s+(?:who\s+goes\s+by\s+the\s+|is\s+)?)?"
    r"\b(?:nicknamed|nickname|known as)\s+([A-Z][\w’'-]+)"
)
# "Reynaldo "Boy Tigre" Macaraeg", "Lewis 'Tank' Garside": a nickname in quotation marks
# between a given name and a surname, each capitalized; the person, named in full by
# the words around the nickname (round 34d). The quotation marks' own words are no name
# of their own, and the recognizer often takes the whole for a body or a quote.
_QUOTED_NICKNAME_BETWEEN = re.compile(
    r"(?<![\w’'])((?:[A-Z][a-z][\w’'.-]*|[A-Z]\.)(?: (?:[A-Z][a-z][\w’'.-]*|[A-Z]\.)){0,2})"
    r" [\"“‘']([A-Z][^\"“”‘’'\n]{0,24}?)[\"”’'] "
    r"((?:Mac |Mc|O’|O')?[A-Z][\w’'-]*[a-z][\w’'-]*)(?![\w’'-]| [A-Z])"
)
# "the Duke of Ashcombe", "the Duke and Duchess of Ashcombe": a peer named by a title
# and a territory of one word that no capitalized word follows ("the Duke of Edinburgh
# Award", "the Prince of Wales Hospital" are bodies).
_PEER_TITLE = "|".join(sorted(PEERAGE_TITLES))
_PEERAGE_NAME = re.compile(
    rf"\b({_PEER_TITLE})(?:\s+and\s+({_PEER_TITLE}))?\s+of\s+"
    r"([A-Z][\w’'-]*[a-z])(?:['’]s)?(?![\w’'-]|\s+[A-Z])"
)
# An appositive that runs on into a relative clause or past the window of _APPOSITIVE:
# "Dr. Ann Lee, a family doctor who lives in ...". _trim_role cuts the clause.
_LONG_APPOSITIVE = re.compile(r"^,\s+((?:a|an|the)\s[^,;“”«»\"]{2,60}?)\s(?=who|which|whose)")
# "The commander of the eastern group, Ann Lee," : a description set before the name.
# "Minister for Health ", "Cabinet Secretary for Health ", "Secretary of State for Foreign
# Affairs ": an office named by its brief, written right before the name.
_OFFICE_BRIEF_BEFORE = re.compile(
    r"(?:^|(?<=\s))((?:[A-Z][\w.-]* ){0,2}?((?:[A-Z][a-z]+-)?[A-Z][a-z]+) "
    r"(?:of State )?(?:for|of) (?:the )?"
    # ("Agriculture, Food and the Marine ": an item after "and the")
    r"(?:[A-Z][\w'’-]*,? (?:and (?:the )?)?){0,5}[A-Z][\w'’-]* )$"
)


# "Chief executive of Norland Bank ", "Registrar and secretary of Carrowmere University
# ": a post of a body, opening the sentence, written right before its holder's name.
_POST_OF_BODY_OPENING = re.compile(
    # (a party or a word of the post before it: "Labour MP for Wexmoor Ann Lee")
    r"^((?:[A-Z][\w'’-]* ){0,2}?(?:[A-Z][\w-]*)(?: of State)?(?: [a-z][\w-]*){0,2}"
    r"(?: and [a-z][\w-]*(?: [a-z][\w-]*)?)?) "
    # (a body whose name joins its words by "of" or "and": "Minister of State at the
    # Department of Transport Ann Lee", "Head of the Office of Public Works Tom Bell")
    r"(?:of|for|at) (?:the )?(?:[A-Z][\w'’.-]* (?:(?:of|and|for) (?:the )?)?){0,4}[A-Z][\w'’.-]* $"
)


# A post that opens a sentence before its holder's name is a few words ("Minister of
# State at the Department of Agriculture, Food and the Marine "); a longer opening holds
# none and is not read, for a sentence may run a hostile megabyte.
_MAX_POST_OPENING_CHARS = 200


def _post_opening_between(text: str, begin: int, end: int) -> str | None:
    """`post_of_body_opening` of text[begin:end], read only when it is short enough to be
    one (no slice of a long sentence per name)."""
    if end - begin > _MAX_POST_OPENING_CHARS:
        return None
    return post_of_body_opening(text[begin:end])


def post_of_body_opening(opening: str) -> str | None:
    """The post of a body that opens the sentence right before a name ("Chief executive
    of Norland Bank Kirsty Vale", "Registrar of Hallam University Peter Osei"): a word
    or two of a post (one of them a role noun or a title), "of" and the body's name."""
    match = _POST_OF_BODY_OPENING.match(opening)
    if match is None:
        return None
    words = [w.split("-")[-1].casefold() for w in match.group(1).split()]
    if not any(w in ROLE_NOUNS or w in DESCRIPTION_NOUNS or w in TITLE_WORDS for w in words):
        return None
    return opening.rstrip()


# What stands before a list's last item: "and", "and the" or a comma.
_LIST_ITEM_BEFORE = re.compile(r"(?:\band(?: the)?|,) $")
# An office's initials in brackets, written right before the name: " (DSP) ".
_INITIALS_IN_BRACKETS_AT_END = re.compile(r"\s\([A-Z]{2,6}\)\s$")
_CLASSED_RANK_BEFORE = re.compile(r"\b(Warrant Officer Class [12]) $")


def _office_brief_before(before: str) -> str | None:
    """The office named by its brief that ends right before a name ("Minister for
    Health Ann Lee", "Federal Minister for Planning Tom Bell"), or None. The office's
    initials in brackets between it and the name are read past ("Deputy Superintendent
    of Police (DSP) Rakesh Kumar", round 29)."""
    before = _INITIALS_IN_BRACKETS_AT_END.sub(" ", before)
    match = _OFFICE_BRIEF_BEFORE.search(before)
    if match is None or not (match.group(2) in TITLES or compound_title(match.group(2))):
        return None
    words = match.group(1).split()
    while len(words) > 3 and (
        words[-1] in _STYLE_WORDS or words[-1] in HONORIFICS or words[-1] in COURTESY_TITLES
    ):
        words.pop()  # "Inspector-General of Police Tan Sri Razak Hamid": a style, no office
        # ("Minister of State for Health Shri Anil Kapoor": a form of address, round 29)
    while len(words) > 3 and words[-1] != "Staff" and (words[-1] in RANKS | RANK_PARTS):
        words.pop()  # "Chief of the Army Staff General Ann Lee": her rank, not the office
    return " ".join(words)


_DESCRIBED_BEFORE = re.compile(
    rf"(?:^|[.;]\s+)((?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,2}}(?:{_ROLES})\b[^,;.“”«»\"]{{0,80}}),\s+$"
)
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|which|whose|that)\s")
_ROLE_LEAD_WORDS = frozenset({"by", "of", "for", "to", "from", "with", "as", "and", "said", "says"})
# More distinct names than this sharing their first three letters is not news prose; the
# rest are left out so that grouping names stays linear in the article's length.
_MAX_NAMES_PER_SURNAME_KEY = 50
_CONTEXT_READS_PER_NAME = 8
# How far into a role set before a name its sentence's verb is looked for.
_MAX_CLAUSE_ROLE_WORDS = 8
_NOT_NAME_WORDS = (
    ORG_HEADS | PLACE_HEADS | MONTHS | WEEKDAYS | COMMON_CAPITALIZED | TITLES | SITE_NAME_WORDS
)
# Words that may stand before a name without being part of it.
_PREFIX_WORDS = TITLES | COMMON_CAPITALIZED | MONTHS | WEEKDAYS
# Days and months, which close a run of capitals before "the" ("On Tuesday the ...")
_DAY_OR_MONTH = WEEKDAYS | MONTHS
# Post and title words; the last words of bodies' and places' names (built once)
_ROLE_OR_TITLE_WORDS = ROLE_NOUNS | TITLE_WORDS
_BODY_OR_PLACE_HEADS = ORG_HEADS | PLACE_HEADS | VENUE_HEADS | STREET_HEADS
# A place is written, at least once, after a preposition of place: "fighting in Leeds".
# "Sen. Ann Lee, D-Ohio,", "Rep. Tom Bell, R-Fenwick": a US lawmaker's party and the
# state or town they represent; the place in the tag names no actor.
_PARTY_TAG_BEFORE = re.compile(r"(?<![\w-])[DRI]-$")
# "FENWICK, Ohio — ...": the state or country of a dateline's town is a place.
_DATELINE_TOWN_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z.' -]+,\s*$")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|around|outside|inside|into|toward|towards|across|through|at|from|to|"
    r"within|beyond)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LOCATIVE_CHARS = 16
# "cabin crew at Aerlinn", "Nobody from Aerlinn", "a spokesman from Veltro": people of a
# body before "at" or "from" (an affiliation, not where anything happens).
_STAFF_BEFORE_PREPOSITION = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {f"{n}s?" for n in PERSONNEL_NOUNS | STAFF_AT_NOUNS | SPOKESPERSON_NOUNS}
            | {"nobody", "no one", "someone", "anyone", "staff", "people"},
            key=len,
            reverse=True,
        )
    )
    + r")\s+(?:at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STAFF_BEFORE_CHARS = 40
# What is left of a department's list of briefs after a comma: capitalized briefs, each
# but the last closed by a comma, the last after "and" ("Media and Sport", "Food and
# Rural Affairs", "Communities and Local Government").
_LIST_CLOSES_AHEAD = re.compile(
    r"(?:[A-Z][\w-]*(?: [A-Z][\w-]*)*, )*[A-Z][\w-]*(?: [A-Z][\w-]*)* and [A-Z]"
)
# "Shares in Lumley", "a stake in Corvel": what is held in a company, no place.
_HELD_IN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(ISSUED_NOUNS | HOLDING_NOUNS)) + r")s?\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MODEL_NUMBER_AFTER = re.compile(r"[ -]\d")
# "the Queen Mary 2 docked", "Artemis 3 will land": a small number written after a name
# numbers a vessel, a mission or a product; not a score ("Lane 6-4") or a figure.
_NUMBERED_AFTER = re.compile(r"[ -]\d{1,3}(?![\d.,:\u2013-])")
# A one-word name that speaks or has staff: "GigBox said", "Harriers manager Ann Lee".
# Offices of a place ("Leeds mayor", "Texas governor") are not staff of an organization.
_PLACE_OFFICES = frozenset(
    {
        *("governor", "mayor", "resident", "leader", "president", "minister", "senator"),
        *("lawmaker", "ambassador", "envoy", "deputy", "councillor", "councilor"),
        *("sheriff", "official"),
    }
)
# "Leeds city centre", "Donetsk province": a place's own kind after its name.
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:province|region|city|county|district|state|area|town|village|oblast|"
    r"suburb|suburbs|outskirts|airport|port|valley)\b"
)
_STAFF = "|".join(sorted(ROLE_NOUNS - _PLACE_OFFICES, key=len, reverse=True))
_ACTS_AFTER = re.compile(
    rf"\s+(?:(?:{_SPEECH})\b|(?:(?:chief|senior|head|vice)\s+)?(?:{_STAFF})\b)",
    re.IGNORECASE,
)
_ACTS_AFTER_CHARS = 40
# A capitalized compound whose later parts are lower case describes, never names:
# "Scrum-half", "Mother-of-three" (a double-barrelled name capitalizes each part).
_DESCRIPTIVE_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
# Marks that may open a sentence before its first word.
_OPENERS = QUOTE_OPENERS | {"(", "["}


# A sum written glued to a currency's abbreviation ("Sh450", "KSh217", "Rs450") is no
# word of a name (round 23).
_SUM_WITH_CURRENCY = re.compile(
    "(?:"
    + "|".join(re.escape(a) for a in sorted(CURRENCY_ABBREVIATIONS, key=len, reverse=True))
    + r")\d"
)


@dataclass
class Token:
    start: int
    end: int
    word: str  # without a possessive "’s"
    # A capitalized common noun: first in its sentence, and written in lower case
    # elsewhere in the article ("Police said ..." beside "the police").
    common: bool = False

    @property
    def capitalized(self) -> bool:
        # (not a sum glued to its currency: "fined Simba Portland Cement Sh450 million")
        return self.word[:1].isupper() and not _SUM_WITH_CURRENCY.match(self.word)


@dataclass
class ActorRecord:
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    first: int = 0
    mentions: int = 1

    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class _PersonCandidate:
    tokens: list[str]
    start: int
    end: int
    evidence: bool
    role: str | None
    titled: bool = False  # a title or nickname: enough to stand alone as one word
    # The titles written right before a name ("Lady" of "Lady Felton", "Dr" of "Dr
    # Singh"): namesakes known only by title and surname are told apart by them.
    title: str | None = None

    def written_form(self) -> str:
        """The name as written, with its title kept ("Lady Felton", "Dr Singh")."""
        name = " ".join(self.tokens)
        return f"{self.title} {name}" if self.title else name


def _tokens(text: str) -> list[Token]:
    found = []
    for match in _TOKEN.finditer(text):
        word, end = match.group(), match.end()
        # Keep the period of an abbreviated title or an initial: "Col.", "V."; and of a
        # company's legal form, part of its name ("Quibbly Inc.", round 32d).
        if (
            end < len(text)
            and text[end] == "."
            and (
                f"{word}." in TITLES
                or (len(word) == 1 and word.isupper())
                or (f"{word}." in COMPANY_SUFFIXES and not _sentence_goes_on(text, end + 1))
            )
        ):
            word, end = word + ".", end + 1
        if text[end : end + 1] == "$" and f"{word}$" in CURRENCY_PREFIXES:
            continue  # "C$40 million", "HK$3bn": a currency's prefix, no word (round 23)
        found.append(Token(match.start(), end, _POSSESSIVE.sub("", word)))
    return found


def _sentence_goes_on(text: str, at: int) -> bool:
    """Does a capitalized word follow the period before `at` (within a few spaces), so
    that the period may end the sentence ("fined Kestrel Shipping Ltd. Kestrel said")?"""
    after = text[at : at + 4].lstrip()
    return not after or after[:1].isupper() or after[:1] in QUOTE_OPENERS


def _mark_sentence_initial_common_nouns(
    text: str, tokens: list[Token], sentences: SentenceIndex
) -> None:
    """Flag a sentence's capitalized first word when the article also writes it in lower
    case: "Prosecutors said ..." beside "the prosecutors". One pass over the tokens."""
    lower_words = {t.word for t in tokens if t.word[:1].islower()}
    starts = {segment.start for segment in sentences}
    for token in tokens:
        if not token.capitalized or token.word.lower() not in lower_words:
            continue
        opening = token.start
        while opening > 0 and text[opening - 1] in _OPENERS:
            opening -= 1
        if opening in starts:
            token.common = True


def _runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalized tokens joined by single spaces (or org connectors)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        joined = (
            bool(current)
            and (
                text[current[-1].end : token.start] == " "
                or _plural_possessive_in_name(text, tokens, index, current[-1])
                or _department_list_goes_on(text, current, token)
            )
            and (
                not _POSSESSIVE.search(text[current[-1].start : current[-1].end])
                # "Information Commissioner’s Office", "People’s Party": a possessive
                # inside an organization's name, not an owner ("Japan’s Ministry").
                or (token.word in ORG_HEADS and current[-1].word not in country_names())
                # "St Anne's Hospice", "St Mary's": a saint's name is a place's or a
                # body's, never a person's possessive.
                or (len(current) >= 2 and current[-2].word in NAME_OPENING_ABBREVIATIONS)
            )
        )
        if token.capitalized:
            if not joined and current:
                runs.append(current)
                current = []
            current.append(token)
        elif (
            joined
            and token.word in ORG_CONNECTORS
            # "On Tuesday the Kenya Medical Association said": a day or a month closes
            # a run before "the"; no body's name reads "Tuesday the ..."
            and not (token.word.casefold() == "the" and current[-1].word in _DAY_OR_MONTH)
            and _leads_to_capital(text, tokens, index)
        ):
            current.append(token)
        elif joined and token.word in NAME_PARTICLES and _particles_to_surname(text, tokens, index):
            current.append(token)  # "Luuk van der Berg", "Siobhan de Barra": one name
        elif joined and _hyphened_surname(token.word):
            current.append(token)  # "Samir Haddad al-Rashid", "Nabil el-Khoury": one name
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    # Names the article writes on their own: "Green Renewal" after "the Labour Alliance
    # and Green Renewal" is a second body, "Art Gallery" of "Aldmoor Museum and Art
    # Gallery" is no name of its own.
    alone = {" ".join(t.word for t in run) for run in runs if len(run) >= 2}
    # (One word written on its own joins a pair only: "Celtic and Rangers ... Celtic said".)
    single = {run[0].word for run in runs if len(run) == 1}
    # (built once, not per run: an article of many runs stays linear)
    any_alone = alone | single
    written = {name.removeprefix("The ") for name in any_alone}
    firms = _firms_of_two_names(runs, text)
    pieces: list[list[Token]] = []
    for run in runs:
        joint = _halves_written_alone(run, written)
        if joint is not None:
            pieces += _split_unless_organization(run[:joint], alone)
            pieces += _split_unless_organization(run[joint + 1 :], alone)
        elif _firm_of_two_names(run, text, single, firms, verb=False) is not None:
            pieces.append(run)
        elif (
            len(run) == 4
            and (_describes_one_body(run[0].word) or run[0].word.casefold() in FIRM_TRADES)
            and _firm_of_two_names(run[1:], text, single, firms, verb=False) is not None
        ):
            # "Rival Hatton and Bryce reported": the capitalized word opening the
            # sentence describes the firm and is no part of its name (round 27); so
            # does a trade whose firms go by partners' names ("Brokers Fenner and Shaw
            # said", round 29).
            pieces.append(run[1:])
        elif _pair_joint(run, any_alone) is None:
            pieces += _split_unless_organization(run, alone)
        else:
            pieces += _split_unless_organization(run, any_alone)
    return pieces


_RANK_WORD_SET = frozenset(w.casefold().rstrip(".") for w in RANKS | RANK_PARTS)
_COURTESY_WORD_SET = frozenset(t.casefold().rstrip(".") for t in COURTESY_TITLES | HONORIFICS)
_COURTESY_NAME_TITLES = frozenset(t.rstrip(".") for t in COURTESY_TITLES | HONORIFICS)


def office_before_name_at(words: Sequence[str]) -> int:
    """ "Brightline CFO Ann Wu", "Public Defender Carla Mendes": where a capitalized
    office noun stands after a body's or an office's capitalized words and before a given
    name and a surname (the reading actors.py gives such a run); 0 when none does. A rank
    ("Lieutenant General Ann Lee") is a title, read as one elsewhere."""
    return next(
        (
            i
            for i in range(len(words) - 3, 0, -1)
            if (words[i].casefold() in ROLE_NOUNS or words[i].casefold().rstrip(".") in TITLE_WORDS)
            and words[i][:1].isupper()
            # (a rank only after words of no rank or title: "School Superintendent Gail
            # Ortiz", never "Lieutenant General Ann Lee")
            and (
                words[i] not in RANKS
                or not any(
                    w.casefold().rstrip(".") in TITLE_WORDS | _RANK_WORD_SET for w in words[:i]
                )
            )
            and words[i].casefold().rstrip(".") not in _COURTESY_WORD_SET
            and all(w[:1].isupper() for w in words[:i])
            # (a name after it, not a street's, a park's or a body's: "Martin Luther King
            # Jr Boulevard", "Queen Elizabeth Olympic Park")
            and not any(
                w in POST_NOMINALS or w in ADDRESS_HEADS | PLACE_HEADS | ORG_HEADS
                for w in words[i + 1 :]
            )
        ),
        0,
    )


def _side_by_its_nickname(run: list[Token]) -> tuple[int, int] | None:
    """ "The Gantry Bay Eagles said", "the Corrigan Park Cobras": a name closing on a
    side's plural nickname that no surname takes, opened by no given name, is the
    team's, with the article or capitalized word that opens the sentence left out."""
    first = 0
    while first < len(run) - 1 and run[first].word in COMMON_CAPITALIZED:
        first += 1
    words = [t.word for t in run[first:]]
    if (
        len(words) < 2
        or words[-1] not in CLUB_WORDS_NO_SURNAME_TAKES
        # (a plural nickname, not a club's closing word: "the dance piece Steel Town")
        or not words[-1].endswith("s")
        or fold(words[0]) in GIVEN_NAMES
        or any(w in ORG_CONNECTORS for w in words)
    ):
        return None
    return run[first].start, run[-1].end


def _firm_of_two_names(
    run: list[Token],
    text: str,
    single: Collection[str],
    firms: Collection[str] = (),
    verb: bool = True,
) -> tuple[int, int] | None:
    """ "Marks and Spencer said sales of its food ranges rose", "Hollis and Brandt said it
    would close three of its stores": two one-word names joined by "and", neither a given
    name, a country or written on its own, that the rest of the sentence calls "its"
    (and nothing else: never "they" or "he") are one firm's name, never two people.
    `firms`: the pairs the article shows one firm elsewhere (`_firms_of_two_names`);
    `verb`: whether a verb in the singular after the pair is evidence here."""
    words = [t.word for t in run]
    if len(words) != 3 or words[1] != "and":
        return None
    left, right = words[0], words[2]
    countries = country_names()
    if any(
        w in single or w in countries or fold(w) in GIVEN_NAMES or w in COMMON_CAPITALIZED
        for w in (left, right)
    ):
        return None
    if " ".join(words) in firms or _one_firm_by_grammar(run, text, verb):
        return run[0].start, run[-1].end
    after = text[run[-1].end : run[-1].end + _FIRM_PRONOUN_REACH]
    end = _SENTENCE_END.search(after)
    found = list(_THIRD_PERSON.finditer(after, 0, end.start() if end else len(after)))
    pronouns = {m.group().casefold() for m in found}
    if "its" not in pronouns or not pronouns <= {"it", "its"}:
        return None
    between = after[: found[0].start()]
    if _ANOTHER_NOUN_PHRASE.search(between):
        return None  # "... as the club moved off its lowest point": "its" is the club's
    return run[0].start, run[-1].end


def _department_list_goes_on(text: str, current: list[Token], token: Token) -> bool:
    """Does a department's name go on past a comma to the next brief of its list ("the
    Department for Culture, Media and Sport"): the run opens with the department's word
    and its "for"/"of", and the list closes with "and" and a capitalized word?"""
    words = [t.word for t in current if t.word not in ("The", "the")]
    return (
        text[current[-1].end : token.start] == ", "
        and len(words) >= 3
        and (
            (words[0] in DEPARTMENT_NAME_OPENERS and words[1] in ("for", "of"))
            # "Minister for Culture, Media and Sport Ann Lee": an office's brief is
            # listed as its department's is.
            or _opens_office_brief(words)
        )
        and bool(_LIST_CLOSES_AHEAD.match(text, token.start))
    )


def _opens_office_brief(words: Sequence[str]) -> bool:
    """Do the words open with an office's title and its "for"/"of" ("Minister for",
    "Cabinet Secretary for", "Secretary of State for"), a capitalized word or two
    before the title allowed?"""
    title = next((i for i, w in enumerate(words[:3]) if w in TITLES or compound_title(w)), None)
    return title is not None and title + 1 < len(words) and words[title + 1] in ("for", "of")


def opens_portfolio(words: Sequence[str]) -> bool:
    """Do the words open with a minister's, secretary's or commissioner's "for" (or "of
    State for"; a minister's "of"), whose brief is a portfolio and names no body?"""
    title = next((i for i, w in enumerate(words[:3]) if w in OFFICE_BRIEF_TITLES), None)
    if title is None:
        return False
    after = words[title + 1 : title + 4]
    return (
        after[:1] == ["for"]
        or after == ["of", "State", "for"]
        or (words[title] == "Minister" and after[:1] == ["of"])
    )


def _plural_possessive_in_name(text: str, tokens: list[Token], index: int, previous: Token) -> bool:
    """A plural possessive inside a body's name: "Farmers’ Union", "the Harbury Rovers
    Supporters' Trust", "Painters' Rights Network" (the name goes on, with single spaces,
    to a body's head word within three words); not "Rovers' Tom Bell", a club's player."""
    if text[previous.end : tokens[index].start] not in ("' ", "’ ") or not previous.word.endswith(
        "s"
    ):
        return False
    for ahead in range(index, min(index + 3, len(tokens))):
        if ahead > index and text[tokens[ahead - 1].end : tokens[ahead].start] != " ":
            return False
        if not tokens[ahead].capitalized:
            return False
        if tokens[ahead].word in ORG_HEADS:
            return True
    return False


def _leads_to_capital(text: str, tokens: list[Token], index: int) -> bool:
    """Connectors ("for the") followed, with single spaces, by a capitalized word (not a
    day or a month: "Fenwick Albion on Saturday")."""
    while index + 1 < len(tokens) and text[tokens[index].end : tokens[index + 1].start] == " ":
        index += 1
        if tokens[index].capitalized:
            return tokens[index].word not in WEEKDAYS and tokens[index].word not in MONTHS
        if tokens[index].word not in ORG_CONNECTORS:
            return False
    return False


def _hyphened_surname(word: str) -> bool:
    """A surname whose particle is joined with a hyphen: "al-Rashid", "el-Khoury"."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in HYPHENED_NAME_PARTICLES and rest[:1].isupper()


def _particles_to_surname(text: str, tokens: list[Token], index: int) -> bool:
    """Lower-case name particles at `index` ("van der", "de") that lead, with single
    spaces, to a capitalized surname that is no body's or place's head word."""
    while index + 1 < len(tokens) and text[tokens[index].end : tokens[index + 1].start] == " ":
        index += 1
        if tokens[index].capitalized:
            return tokens[index].word not in _NOT_NAME_WORDS
        if tokens[index].word not in NAME_PARTICLES:
            return False
    return False


def _one_name_word(run: list[Token]) -> bool:
    """ "the FBI", "Toyota": one capitalized word (after "the"), a body's whole name
    on one side of "and the" (the other side a body too)."""
    words = [t.word for t in run if t.word not in ("the", "The")]
    return len(words) == 1 and words[0][:1].isupper() and words[0].replace(".", "").isalpha()


def _pair_joint(run: list[Token], alone: Collection[str]) -> int | None:
    """Where "Celtic and Rangers", "Leeds United and Burnley" join two bodies: a name of
    one or two words and one word after "and", one of them written on its own elsewhere
    in the article ("Celtic said", "Burnley manager Scott Parker"). Not "Brighton and
    Hove Albion" (two words after "and"), nor "Department of Health and Social Care"."""
    words = [t.word for t in run]
    if words.count("and") != 1 or any(w in ORG_CONNECTORS for w in words if w != "and"):
        return None
    joint = words.index("and")
    left, right = " ".join(words[:joint]), " ".join(words[joint + 1 :])
    if not (1 <= joint <= 2 and len(words) - joint - 1 == 1) or left == right:
        return None
    if " ".join(words) in country_names():
        return None  # "Trinidad and Tobago"
    return joint if left in alone or right in alone else None


def _halves_written_alone(run: list[Token], written: Collection[str]) -> int | None:
    """Where "Loganair and Eastern Airways", "Unite and Carrow Logistics" join two bodies
    that the article also writes each on its own ("Loganair said ...", "Eastern Airways
    said ..."), whatever their head words. Not "Brighton and Hove Albion" ("Brighton
    said", but never "Hove Albion" alone), "Bath and North East Somerset Council" or a
    country ("Trinidad and Tobago"); a name with another connector is left to the rules
    for bodies' names ("Department for Culture, Media and Sport"). `written`: the names
    the article writes on their own, without a leading "The"."""
    words = [t.word for t in run]
    if words.count("and") != 1 or any(w in ORG_CONNECTORS for w in words if w != "and"):
        return None
    joint = words.index("and")
    left = " ".join(w for w in words[:joint] if w != "The")
    right = " ".join(words[joint + 1 :])
    if not left or not right or left == right or " ".join(words) in country_names():
        return None
    return joint if left in written and right in written else None


def _stands_alone_after_and(words: list[Token]) -> bool:
    """Is what follows "and" after a body's head word a name of its own: one capitalized
    word ("Ofwat") or a name ending in a country's ("Natural England")?"""
    if any(t.word in ORG_CONNECTORS or not t.word[:1].isupper() for t in words):
        return False
    return len(words) == 1 or (len(words) == 2 and words[-1].word in country_names())


def _titled_pair_joint(run: list[Token]) -> int | None:
    """Where "Senate Majority Leader Ann Lee and House Speaker Tom Bell" joins two people,
    each named after an office of a body: the words before "and" end in a person a title
    follows the body's head word with, and after it a title stands before the last two
    words, or a plain name of two or three words follows ("... and Tom Bell")."""
    words = [t.word for t in run]
    for joint, word in enumerate(words):
        if word != "and":
            continue
        left = person_in_body_name(words[:joint])
        if left is None or left[1] != joint:
            continue
        right = words[joint + 1 :]
        if any(w in TITLES or w.lower() in ROLE_NOUNS for w in right[:-2]) or (
            # "... Leader Ann Lee and Tom Bell": a plain name after "and".
            2 <= len(right) <= 3
            and not any(w in _NOT_NAME_WORDS or w in ORG_CONNECTORS for w in right)
        ):
            return joint
    return None


def _post_noun(word: str) -> bool:
    """ "Coach", "Editor", "Captain": a capitalized noun of a post opening a run of
    capitalized words ("Coach of the Bluebirds Kevin Marr", "Editor of the Westbay
    Gazette Laura Penn"), which a body with no head word follows before the holder."""
    folded = word.casefold()
    return folded not in KIN_NOUNS and (
        folded in ROLE_NOUNS
        or folded in DESCRIPTION_NOUNS
        or (folded.endswith(AGENT_SUFFIXES) and folded not in AGENT_LOOKALIKES)
    )


def _office_of_a_brief(run: list[Token], alone: Collection[str] = ()) -> int | None:
    """Where the name starts after an office named by its brief ("Minister for Finance
    Ann Lee", "Secretary of State for Health Tom Bell", "Minister of State for Foreign
    Affairs Kay Moss"): the office's title, "for" or "of" (with "State for"), a brief of
    one or two words, then a name that opens with a known given name (or, after a brief
    of one word, is the last two words). A name written family name first ("Minister
    for Manpower Tan Wei Ling ... Ms Tan", "Senior Minister of State for Health Koh Boon
    Hwee ... Mr Koh") opens with the word the article writes alone after a form of
    address."""
    words = [t.word for t in run]
    # ("Cabinet Secretary for Health Ann Lee", "Federal Minister for Planning Tom Bell":
    # a capitalized word or two may qualify the office before its title.)
    # ("State Minister for Higher Education Tom Bell": the title before "for" or "of",
    # when a title qualifies it.)
    title = next(
        (
            i
            for i, w in enumerate(words[:3])
            if (w in TITLES or compound_title(w) or (i == 0 and _post_noun(w)))
            and words[i + 1 : i + 2] in (["for"], ["of"])
        ),
        None,
    )
    if title is None or len(words) < title + 5:
        return None
    brief = title + 2
    if words[brief : brief + 2] in (["State", "for"], ["State", "of"]):
        brief += 2
    if words[brief : brief + 1] == ["the"]:
        brief += 1  # "Speaker of the House Ann Lee", "President of the Senate Tom Bell"
    rest = words[brief:]
    listed = max((i for i, w in enumerate(rest) if w == "and"), default=None)
    if listed is not None and listed >= 1 and not any(w in ORG_CONNECTORS for w in rest[:listed]):
        # "Minister for Culture, Media and Sport Ann Lee", "Minister for Education and
        # Youth Affairs Tom Bell": a brief listed with "and" ends with its last item,
        # of one or two words, before the name.
        brief += listed + 1
        start = name_start_after_brief_item(rest[listed + 1 :], alone)
        return None if start is None else brief + start
    if any(w in ORG_CONNECTORS for w in rest):
        return None
    styled = next((i for i in (1, 2) if honorific_style_length(rest, i)), None)
    if styled is not None:
        return brief + styled  # "Inspector-General of Police Tan Sri Razak Hamid"
    ranked = next(
        (
            i
            for i in range(1, len(rest) - 1)
            if rest[i] in RANKS or (rest[i] in RANK_PARTS and rest[i + 1] in RANKS | RANK_PARTS)
        ),
        None,
    )
    if ranked is not None:
        # "Chief of the Naval Staff Vice Admiral Issah Yakubu", "Chief of the Air Staff
        # Air Marshal Ann Lee": the rank the name is written under closes the office.
        opening = ranked
        while opening < len(rest) and (rest[opening] in RANKS or rest[opening] in RANK_PARTS):
            opening += 1
        return brief + opening if 2 <= len(rest) - opening <= 3 else None
    start = name_start_after_brief_item(rest, alone)
    return None if start is None else brief + start


def given_name_start(words: Sequence[str]) -> int | None:
    """Where a name opening with a known given name starts in the words of an office's
    brief item and its holder's name ("Sport Ann Lee": 1): the first given name, after
    one or two words of the item, with two or three words from it."""
    given = next((i for i, w in enumerate(words) if fold(w) in GIVEN_NAMES), None)
    return given if given in (1, 2) and 2 <= len(words) - given <= 3 else None


def _syllable(word: str) -> bool:
    """ "Kian", "Mei", "Ng": one short capitalized word, as a romanized given name is."""
    return 2 <= len(word) <= 5 and word[:1].isupper() and word[1:].islower()


def family_first_start(words: Sequence[str]) -> int | None:
    """Where a name written family name first starts in the words of an office brief's
    item and the name after it ("Parliament Seah Kian Peng": 1, "Local Government Ong
    Siew Fong": 2): a known family name (FAMILY_FIRST_SURNAMES) after one or two words
    of the item, then two short words and no more."""
    return next(
        (
            i
            for i in (1, 2)
            if len(words) - i == 3
            and fold(words[i]) in FAMILY_FIRST_SURNAMES
            # (a known family name of any length: "Nguyen", "Cheong")
            and words[i][:1].isupper()
            and words[i][1:].islower()
            and all(_syllable(w) and fold(w) not in ROLE_NOUNS for w in words[i + 1 :])
        ),
        None,
    )


def name_start_after_brief_item(words: Sequence[str], alone: Collection[str] = ()) -> int | None:
    """Where the holder's name starts in the words of an office brief's (last) item and
    the name after it, the one reading of that boundary for the actors and for the
    analysis's entity repair: at a known given name (given_name_start); with none known,
    at a word the article writes alone after a form of address ("Minister for Manpower
    Tan Wei Ling ... Ms Tan"), else the last two words of four ("and Local Government
    Rhona Callister", "for Road Transport Arvind Rao": an item of two words; a name is two
    words far more often than an item is three) or of three (an item of one)."""
    family = family_first_start(words)
    if family is not None:
        return family
    given = given_name_start(words)
    if given is not None:
        return given
    if not any(fold(w) in GIVEN_NAMES for w in words):
        addressed = next(
            (
                i
                for i, w in enumerate(words)
                if 1 <= i <= 2
                and 2 <= len(words) - i <= 3
                and any(f"{h} {w}" in alone for h in ADDRESS_HONORIFICS)
            ),
            None,
        )
        if addressed is not None:
            return addressed
        if len(words) == 4:
            return 2
    return 1 if len(words) == 3 else None


def _holder_after_head(run: list[Token], heads: list[int], post: bool = False) -> int | None:
    """Where a person's name starts right after a body's head word, as the last two or
    three words of the run ("Norland Bank Kirsty Vale", "Hallam University Peter Osei"):
    a known given name after the last head (any capitalized word after a `post` the
    run's own words name, "Director of Kestrel Energy Maria Lund"), no head or connector
    after it. A name written with its body before it this way follows a post "of" the
    body."""
    if not heads or heads[-1] < 1:
        return None
    given = heads[-1] + 1
    tail = run[given:]
    if not 2 <= len(tail) <= 3 or not (post or fold(tail[0].word) in GIVEN_NAMES):
        return None
    if any(t.word in ORG_HEADS or t.word in ORG_CONNECTORS or t.word.isupper() for t in tail):
        return None
    return given


def _split_unless_organization(run: list[Token], alone: Collection[str] = ()) -> list[list[Token]]:
    """Connectors bind words only inside an organization's name: "Institute for the
    Study of War" is one name, "Maria Lopez of Spain" is two."""
    heads = [i for i, t in enumerate(run) if t.word in ORG_HEADS]
    if run[-1].word in ADDRESS_HEADS:
        # "Hepple's Bakery on Newgate Street": a body, then the street it stands on.
        on = next((i for i in range(len(run) - 2, 0, -1) if run[i].word == "on"), None)
        if on is not None and any(h < on for h in heads):
            return [*_split_unless_organization(run[:on], alone), run[on + 1 :]]
    joint = next(
        (
            i
            for i in range(1, len(run) - 2)
            if run[i].word == "and"
            and run[i + 1].word == "the"
            # each side a body by its head word, one word, or a name the article also
            # writes on its own ("Lumen Air cut 40 flights ... Talks between Lumen Air and
            # the Cabin Crew Union")
            and (
                any(h < i for h in heads)
                or _one_name_word(run[:i])
                or " ".join(t.word for t in run[:i] if t.word not in _ARTICLES) in alone
            )
            and (
                any(h > i for h in heads)
                or _one_name_word(run[i + 1 :])
                or " ".join(t.word for t in run[i + 2 :]) in alone
            )
        ),
        None,
    )
    if joint is None:
        # "Tesvale Water and Tesvale Energy": a name complete with its head word, then
        # another ending in one, are two bodies ("Fire and Rescue Service" is one); so
        # is one followed by a name the article also writes on its own ("the Labour
        # Alliance and Green Renewal ... Green Renewal said"), or by a one-word name or
        # one ending in a country's ("Thames Water and Ofwat", "the Environment Agency
        # and Natural England"; not "Police and Crime Commissioner").
        joint = next(
            (
                i
                for i in range(1, len(run) - 1)
                if run[i].word == "and"
                and run[i - 1].word in ORG_HEADS
                # a word of the name before its head word, not just "the" ("The Health
                # and Safety Executive and Acme Foods" is no body "The Health")
                and any(t.word not in _ARTICLES for t in run[: i - 1])
                and (
                    any(h > i for h in heads)
                    or " ".join(t.word for t in run[i + 1 :]) in alone
                    or (
                        _stands_alone_after_and(run[i + 1 :])
                        # (not the last brief of "the Department for Culture, Media and Sport")
                        and not any(t.word in DEPARTMENT_NAME_OPENERS for t in run[:2])
                    )
                )
            ),
            None,
        )
        if joint is None:
            joint = _pair_joint(run, alone)
        if joint is not None:
            return [
                *_split_unless_organization(run[:joint], alone),
                *_split_unless_organization(run[joint + 1 :], alone),
            ]
    if joint is not None:
        # "the Environment Agency and the Department for Transport": two bodies, each
        # with its own article and head word, are two names.
        return [
            *_split_unless_organization(run[:joint], alone),
            *_split_unless_organization(run[joint + 2 :], alone),
        ]
    titled = _titled_pair_joint(run)
    if titled is not None:
        return [
            *_split_unless_organization(run[:titled], alone),
            *_split_unless_organization(run[titled + 1 :], alone),
        ]
    office = _office_of_a_brief(run, alone)
    if heads and office is not None and all(h < office for h in heads):
        # "President of the Senate Godswill Akpan", "Speaker of Parliament Seah Kian Peng
        # ... Mr Seah": a body's name is the whole brief of the office before a name.
        return [run[office:]]
    holder = _holder_after_head(run, heads)
    if holder is not None:
        # "Chief executive of Norland Bank Kirsty Vale", "Registrar of Hallam University
        # Peter Osei": a body's name closed by its head word, then the person who holds
        # the post before it.
        return [*_split_unless_organization(run[:holder], alone), run[holder:]]
    if heads:
        # A name before the organization it belongs to stands apart: "Analyst Ann Lee of
        # Lydgate Research" is a person and an organization, "Bank of England" is one.
        cut = max((i for i in range(heads[0]) if run[i].word == "of"), default=None)
        if cut is None or cut == 0:
            return [run]
        before = [t for t in run[:cut] if t.word not in ORG_CONNECTORS]
        body = run[cut + 1 :]
        holder = _holder_after_head(
            body,
            [i for i, t in enumerate(body) if t.word in ORG_HEADS],
            post=len(before) == 1
            and before[0].word.split("-")[-1].casefold() in _ROLE_OR_TITLE_WORDS,
        )
        if holder is not None:
            # "Director of Kestrel Energy Maria Lund": the post, the body, its holder.
            return [piece for piece in (before, body[:holder], body[holder:]) if piece]
        return [piece for piece in (before, body) if piece]
    if office is not None:
        return [run[office:]]
    words = [t.word for t in run if t.word not in _ARTICLES]
    if _opens_office_brief(words) and (
        any(b.start - a.end > 1 for a, b in pairwise(run)) or opens_portfolio(words)
    ):
        # "The Minister for Agriculture, Fisheries and Forestry, Ann Lee,": an office's
        # brief listed past a comma with no name after it names nobody; nor does a
        # minister's or secretary's portfolio ("The Minister for Foreign Affairs and
        # Trade, Ann Lee,": no person "Affairs" titled "Foreign").
        return []
    pieces: list[list[Token]] = [[]]
    for token in run:
        if token.word in ORG_CONNECTORS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [piece for piece in pieces if piece]


# How far after "A and B" a sentence is read for the pronoun that takes them up.
_FIRM_PRONOUN_REACH = 200
# "Pembury and Lisle has", "Hatton and Bryce is": a verb in the singular after the pair,
# which opens its sentence (not "Route 7 between Inverness and Nairn was closed").
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:has|is|was|says|does)\b")
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)$")
# "Pembury and Lisle, the department store chain,": the pair set beside a phrase with
# its article, up to the next comma or stop, that holds a business noun in the singular.
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an)\s+([^,.;:]*)")
_APPOSITION_REACH = 60
# "Shares in Dobbs and Farrow fell": what a single company issues.
_SHARES_IN_BEFORE = re.compile(r"\b[Ss]hares (?:in|of) $")
# ", the company said", ", the retailer added": who gives the sentence's report.
_REPORTED_BY_ONE_BODY = re.compile(
    r",\s+the\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:said|says|added|confirmed|announced)\b"
)
# "Pembury and Lisle said it would close nine stores": the pair's own report of "it".
# (not "it was"/"it is", which may be nobody's: "X and Y said it was a matter for ...")
_SAID_IT_AFTER = re.compile(
    r"\s+(?:said|says|added|confirmed|announced)\s+(?:that\s+)?it\b(?!\s+(?:is|was|'s|’s)\b)"
)
_REPORT_REACH = 200
# "Rival Hatton and Bryce reported", "the retailer Crane and Harper": the word before.
_WORD_BEFORE = re.compile(r"([A-Za-z-]+) $")
_WORD_BEFORE_CHARS = 25


def _one_firm_by_grammar(run: list[Token], text: str, verb: bool = True) -> bool:
    """Does the grammar right around "A and B" make it one thing: a verb in the singular
    after it ("Hatton and Bryce has"), a business noun in the singular set beside it
    ("Pembury and Lisle, the department store chain,"), shares issued in it ("Shares
    in Dobbs and Farrow") or a business noun or "rival" right before it ("Rival Hatton
    and Bryce", "the retailer Crane and Harper")? A bounded read either side (round 27)."""
    end = run[-1].end
    start = run[0].start
    if (
        verb
        and _SINGULAR_VERB_AFTER.match(text, end)
        and _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 4), start)
    ):
        return True
    apposition = _APPOSITION_AFTER.match(text, end, end + _APPOSITION_REACH)
    if apposition and any(w.casefold() in COMPANY_NOUNS for w in apposition.group(1).split()):
        return True
    if _SHARES_IN_BEFORE.search(text, max(0, start - 12), start):
        return True
    # "Barnes and Noble will close 20 stores, the company said": the pair opens the
    # sentence whose report a business in the singular gives (round 27, lead)
    # (like the verb, only for a pair the article never writes as where things are)
    opens = verb and _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 4), start)
    if opens and _SAID_IT_AFTER.match(text, end):
        return True
    reported = _REPORTED_BY_ONE_BODY.search(text, end, end + _REPORT_REACH)
    if (
        reported
        and _describes_one_body(reported.group(1))
        and not _SENTENCE_END.search(text, end, reported.start())
        and opens
    ):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_CHARS), start)
    return before is not None and _describes_one_body(before.group(1))


def _describes_one_body(word: str) -> bool:
    """ "Rival", "retailer", "the chain": a word set before a name that says it is one
    business."""
    word = word.casefold()
    return word in COMPANY_NOUNS or word in DESCRIPTIVE_BODY_NOUNS or word in GLUED_DESCRIPTORS


def _firms_of_two_names(runs: list[list[Token]], text: str) -> set[str]:
    """The "A and B" pairs the article shows one firm at any of their mentions: each
    mention of such a pair names the firm ("Pembury and Lisle, the chain, ... Pembury
    and Lisle said"). One pass over the runs (round 27)."""
    single = {run[0].word for run in runs if len(run) == 1}
    pairs = [run for run in runs if len(run) == 3 and run[1].word == "and"]
    # A pair the article also writes as where something is ("stores in Dundee and
    # Kilmarnock") is two places: "Dundee and Kilmarnock is where ..." no firm.
    located = {
        " ".join(t.word for t in run) for run in pairs if _located_before(text, run[0].start)
    }
    return {
        name
        for run in pairs
        for name in [" ".join(t.word for t in run)]
        if _firm_of_two_names(run, text, single, verb=name not in located)
    }


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_ANOTHER_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|this|these|those|[A-Z]\w*)\b")
_THIRD_PERSON = re.compile(r"\b(?:its|it|they|their|them|he|she|his|her)\b", re.IGNORECASE)
_ARTICLES = frozenset({"The", "the"})
_THE_BEFORE = re.compile(r"\b[Tt]he $")


def _opens_name_after_article(run: list[Token], index: int, text: str) -> bool:
    """A capitalized word that opens sentences ("All", "Local", "Western", "Defence")
    right after "the" is the first word of the body's name: "the All England Club", "The
    Local Government Association", "the Defence Select Committee" (an article is never
    followed by a sentence's opening word; not a connector or a second article)."""
    word = run[index].word
    if word in ORG_CONNECTORS or word in _ARTICLES or word not in COMMON_CAPITALIZED:
        return False
    if index > 0:
        return run[index - 1].word in _ARTICLES
    return bool(_THE_BEFORE.search(text, max(0, run[index].start - 6), run[index].start))


def _organization_name(
    run: list[Token], text: str, firms: Collection[str] = ()
) -> tuple[int, int] | None:
    # (not a trade opening the run before an office: "Mining Minister Ana Cruz",
    # "Energy Secretary Tom Bell"; "Avon and Somerset Police Chief Constable" keeps it)
    heads = [
        i
        for i, t in enumerate(run)
        if t.word in ORG_HEADS and not (i == 0 and len(run) > 1 and run[1].word in TITLES)
    ]
    if not heads:
        return _side_by_its_nickname(run) or _firm_of_two_names(run, text, (), firms, verb=False)
    first = 0
    if (
        len(run) > 3
        and run[0].word.endswith("s")
        and run[1].word in LOCATIVE_PREPOSITIONS
        and run[2].word == "the"
        and _SENTENCE_OPENS_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)
    ):
        # "Services on the Tyne and Wear Metro were suspended": a plural noun opening the
        # sentence and where it happened; the body's name starts after "the" (round 27)
        first = 3
        heads = [h for h in heads if h >= first]
        if not heads:
            return None
    countries = country_names()
    while (
        first < heads[0]
        and (run[first].word in COMMON_CAPITALIZED or run[first].word in ORG_CONNECTORS)
        # "Northern Ireland Fire and Rescue Service": the word opens a country's name.
        and not (first + 1 < len(run) and f"{run[first].word} {run[first + 1].word}" in countries)
        and not _opens_name_after_article(run, first, text)
        # (a region's adjective and another word before the head: "Western Power
        # Distribution said"; or before a head that ends the run, which would name
        # nothing without it: "Eastern Airways said", "Southern Water apologised")
        and not (
            run[first].word in REGION_NAME_OPENERS
            and (heads[0] - first >= 2 or heads[0] == first + 1 == len(run) - 1)
        )
    ):
        first += 1
    # "Mumbai-based Tata Motors", "Gold Coast-based Kinara Resorts": a description
    # written before the name (a compound whose later parts are lower case) is no part
    # of it, nor are the words it opens with.
    described = [i for i in range(first, heads[0]) if _DESCRIPTIVE_COMPOUND.fullmatch(run[i].word)]
    if described:
        first = described[-1] + 1
    if (
        first < heads[0]
        and run[first].word in TITLES
        and run[first + 1].word in ("for", "of")
        and all(t.word.casefold() != "the" for t in run[first:])
    ):
        # "The Minister for Health, Ann Lee,", "Minister of State for Mining": an office
        # named by its brief, whose last word only looks like a body's closing word; a
        # body after "the" stays ("Governor of the Bank of England").
        return None
    if (
        heads[0] == first
        and first + 1 < len(run)
        and given_name_gender(run[first + 1].word) is not None
    ):
        # "Minister for Mining and Petroleum Ann Lee": the closing word ends an office's
        # brief before a person's name; a body's name never runs on into a given name.
        return None
    last = len(run) - 1
    while last > heads[0] and run[last].word in ORG_CONNECTORS:
        last -= 1
    if first > last or (first == last and run[first].word in ORG_HEADS):
        return None
    if person_in_body_name([t.word for t in run[first : last + 1]]):
        return None  # "Union Shipping Minister Ann Lee": a person, the body her office's
    start = run[first].start
    # Keep a country-possessive owner: "Japan’s Ministry of Finance".
    before = text[max(0, start - 40) : start]
    owner = re.search(r"([A-Z][\w-]+[’']s) $", before)
    if (
        owner
        and owner.group(1)[:-2] in country_names()
        # "The Church of England's General Synod": the country closes another body's
        # name, whose possessive is no part of this one's (round 18)
        and not re.search(r"\b(?:of|for|and|&) $", before[: owner.start()])
    ):
        start -= len(owner.group(1)) + 1
    opener = re.search(r"(\S+) $", before)
    if opener and opener.group(1) in NAME_OPENING_ABBREVIATIONS:
        start -= len(opener.group())  # "St. Brendan Hospital", not "Brendan Hospital"
    ordinal = re.search(r"\d+(?:st|nd|rd|th) $", before)
    if ordinal:
        start -= len(ordinal.group())
    return start, run[last].end


# "(Con, Hatfield North)", "(Lab, Marlow Vale and Hadleigh)", "(PN–Kuala Nerus)": a party
# label, or a party's acronym, and a comma or a dash before a capitalized run in brackets;
# the run is the member's seat, nobody's name.
_SEAT_AFTER_PARTY = re.compile(
    r"\(\s*(?:(?i:"
    + "|".join(sorted((re.escape(k) for k in PARTY_LABELS), key=len, reverse=True))
    + r")|[A-Z]{2,5})\s*(?:,|[-–—])\s*$"
)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def plural_person_word(word: str) -> bool:
    """ "Neighbours", "Parents": the plural of a noun for a person, or of a role noun."""
    folded = word.casefold()
    return _plural_role_word(word) or (folded.endswith("s") and folded[:-1] in PERSON_NOUNS)


def _plural_role_word(word: str) -> bool:
    """ "Nurses", "Coaches", "Lifeguards": the plural of a role or occupation noun,
    which no given name is."""
    folded = word.casefold()
    nouns = ROLE_NOUNS | DESCRIPTION_NOUNS
    return folded.endswith("s") and (
        folded[:-1] in nouns or (folded.endswith("es") and folded[:-2] in nouns)
    )


def occupation_before_name(words: Sequence[str]) -> bool:
    """Does `words` open with an occupation known by its ending ("Licensee", "Retiree",
    "Stonemason") before a known given name and a surname? Never a given name itself.
    (The one test, for the person candidates here and the parse's names.)"""
    if len(words) < 3:
        return False
    word = fold(words[0])
    return (
        any(word.endswith(end) and len(word) >= len(end) + 4 for end in OCCUPATION_ENDINGS)
        and word not in GIVEN_NAMES
        and fold(words[1]) in GIVEN_NAMES
    )


def _person_candidate(
    run: list[Token],
    text: str,
    sentences: SentenceIndex,
    *,
    read_context: bool = True,
) -> _PersonCandidate | None:
    """A person candidate from a run of capitalized words, or None.

    `read_context=False` skips the evidence and role read from the words around the
    run (the costly part) for a name already shown to be a person many times over."""
    prefix_end = 0
    role_prefix = False
    # "Wisconsin Gov. Ann Lee", "Ohio Sen. Tom Bell": a state's (or a body's) name before
    # a title qualifies the office; the name starts after the title.
    titled_at = next(
        (i for i in range(1, len(run) - 1) if run[i].word in TITLES and run[i].word.endswith(".")),
        None,
    )
    if titled_at is not None and all(t.word[:1].isupper() for t in run[:titled_at]):
        prefix_end = titled_at
    # "Mining Minister Marcelo de la Fuente", "Economy Minister Ana María Cruz": the
    # capitalized words before an office noun say which office, however few the
    # name's words after it.
    # (not a rank after a title: "Lieutenant General Ann Lee, Chief of Army," holds the
    # post)
    office_at = office_before_name_at([t.word for t in run]) or None
    if office_at is not None and titled_at is None:
        prefix_end = office_at
    while (
        prefix_end < len(run)
        and (
            run[prefix_end].word in _PREFIX_WORDS
            or is_demonym(run[prefix_end].word)
            or run[prefix_end].common
            or run[prefix_end].word.lower() in ROLE_NOUNS
            or _DESCRIPTIVE_COMPOUND.fullmatch(run[prefix_end].word)
            # "Neighbour Tom Hadley", "Campaigner Ann Lee": a person noun before a given
            # name and a surname
            or (
                run[prefix_end].word.lower() in PERSON_NOUNS | DESCRIPTION_NOUNS
                and len(run) - prefix_end > 2
                and fold(run[prefix_end].word) not in GIVEN_NAMES
            )
            # "Licensee Tom Hadley", "Stonemason Ann Lee": an occupation no list knows, by
            # its ending
            or occupation_before_name([t.word for t in run[prefix_end : prefix_end + 3]])
            # "Nurses Amina Diallo and ...": a plural role opening a list of names
            or (plural_person_word(run[prefix_end].word) and len(run) - prefix_end > 2)
            # "Neighbours Karen and Steve Wilde": a plural person noun before a given name
            # that "and" joins to the next name
            or (
                plural_person_word(run[prefix_end].word)
                and len(run) - prefix_end == 2
                and text.startswith(" and ", run[-1].end)
            )
            # "Mayor Pro Tem Ann Lee": the office's Latin tail
            or (
                prefix_end > 0
                and run[prefix_end].word in OFFICE_TAILS
                and len(run) - prefix_end > 1
            )
            or _rank_or_party_before_name(run, prefix_end)
            # "Tan Sri Lim Kok Wah", "Datuk Seri Azman Ibrahim": a conferred style
            or _in_honorific_style(run, prefix_end)
            # "Secretary-General Ann Lee": a title of two titles
            or compound_title(run[prefix_end].word)
        )
    ):
        # A capitalized role noun before a name works as a title: "Coach Ann Lee", and
        # so does a descriptive compound: "Scrum-half Ann Lee", "Mother-of-two Ann Lee".
        role_prefix = (
            role_prefix
            or (
                run[prefix_end].word.lower() in ROLE_NOUNS
                or compound_title(run[prefix_end].word)
                or run[prefix_end].word in RANKS_BEFORE_FULL_NAMES
                or bool(_DESCRIPTIVE_COMPOUND.fullmatch(run[prefix_end].word))
                # "Singer Tia Mbeki", "Actor Dev Raman": what the person is, before a given
                # name and a surname
                or (run[prefix_end].word.lower() in DESCRIPTION_NOUNS and len(run) - prefix_end > 2)
                or occupation_before_name([t.word for t in run[prefix_end : prefix_end + 3]])
            )
        )
        prefix_end += 1
    names = run[prefix_end:]
    # "Labour MP for Wexmoor Ann Lee", "Independent TD for Carrowmore-West Ann Lee": the
    # seat the post opening the sentence is for, glued before a given name, is no word of
    # the name; the whole opening is the office. Round 25.
    sentence_begin = sentences.bounds(run[0].start)[0]
    # (the opening's last words only: a sentence may run a hostile megabyte)
    opening_words = text[max(sentence_begin, run[0].start - 80) : run[0].start].split()
    # (the seat of a post: "MP for", "TD for"; not "Mayor Rodel Agbayani of San Isidro
    # del Monte", a name before "of")
    seat_of_post = (
        len(opening_words) >= 2
        and opening_words[-1] in ("for", "of")
        and opening_words[-2].casefold().rstrip(".") in ROLE_NOUNS | DESCRIPTION_NOUNS | TITLE_WORDS
    )
    seat_at = next(
        (
            k
            for k in range(1, min(4, len(names) - 1))
            if prefix_end == 0
            and seat_of_post
            and names[k].word[:1].isupper()
            and names[k].word not in NAME_PARTICLES
            # (not a name written family name first after a whole office: "Minister
            # for Manpower Tan Wei Ling")
            and _post_opening_between(text, sentence_begin, run[0].start) is None
            # (a known given name, or the last two words: "Surrey North Harjit Gill")
            and (given_name_gender(names[k].word) is not None or k == len(names) - 2)
            and _post_opening_between(text, sentence_begin, names[k].start) is not None
        ),
        0,
    )
    seat_glued = seat_at > 0
    if seat_glued:
        prefix_end = seat_at
        names = run[seat_at:]
    while len(names) > 2 and names[-1].word in POST_NOMINALS:
        names = names[:-1]  # "Ann Lee KC", "Sir Tom Bell CBE": the letters are no name
    countries = country_names()
    if not names or len([t for t in names if t.word not in NAME_PARTICLES]) > 4:
        return None
    weekday_at = _weekday_name_word(run, prefix_end, names, text)
    if any(
        (t.word in _NOT_NAME_WORDS and i != weekday_at)
        or is_demonym(t.word)
        or t.word in countries
        or t.word in KNOWN_ORGANIZATIONS
        or t.word in ORG_CONNECTORS
        or (
            t.word.isupper()
            and not _is_initial(t.word)
            # (a lone capital between name words: a middle initial written without its
            # stop, "Michael J Fox", or the Irish "Ó" of "Ciarán Ó Dálaigh")
            and not (len(t.word) == 1 and 0 < i < len(names) - 1)
        )
        for i, t in enumerate(names)
    ):
        return None
    if len(names) == 1 and names[0].word.endswith("."):
        return None
    if names[0].word in NAME_OPENING_ABBREVIATIONS:
        return None  # "St John Ambulance", "St Anne's": a saint names a place or a body
    sentence_start, _ = sentences.bounds(names[0].start)
    # "Reportedly ...", "Embattled ..." open a sentence without being a name; a given
    # name ending in -ed ("Mohamed", "Ahmed") is not written in lower case elsewhere.
    if names[0].start == sentence_start and re.search(r"(?:ing|ly)$", names[0].word):
        names = names[1:]
        if not names:
            return None
    prefix = run[:prefix_end]
    start, end = names[0].start, names[-1].end
    if numbered_after(text, end):
        return None  # "the Queen Mary 2": a numbered vessel, mission or product
    if _SEAT_AFTER_PARTY.search(text[max(0, run[0].start - 16) : run[0].start]):
        return None  # "(Con, Marlow Vale)": a seat
    # "Warrant Officer Class 2 Ann Lee": a rank whose class number breaks the run.
    classed_rank = None if prefix else _CLASSED_RANK_BEFORE.search(text, max(0, start - 40), start)
    has_title = role_prefix or classed_rank is not None or any(t.word in TITLES for t in prefix)
    if not read_context:
        role = _prefix_role(text, prefix)
        if not (has_title or any(_says_who(t.word) for t in prefix)):
            role = None
        return _PersonCandidate(
            [t.word for t in names], start, end, has_title, role, has_title, _title_before(prefix)
        )
    # (After the letters that close the run: "Simon Bale KC said"; not after "The
    # Hatfield North MP", a seat's member, no name.)
    closing = end if _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) else run[-1].end
    before, after = text[max(0, start - 80) : start], text[closing : closing + 140]
    same_sentence_before = text[max(sentence_start, start - 80) : run[0].start]
    if len(names) == 1:
        # One word is too weak for context clues: "in Leeds, the city ..." looks like
        # an appositive. Only a title or speech right beside it will do.
        # An age beside it is a person's ("Baptiste, 21, who joined on loan"): no place
        # or body is written with one.
        evidence = has_title or bool(
            _SPEECH_NEXT_TO.search(after)
            or _SPEECH_BEFORE.search(before[-_SPEECH_BEFORE_CHARS:])
            or _AGE_AFTER.search(after)
        )
    else:
        evidence = (
            has_title
            # ('"…," said Minister for Culture, Media and Sport Tom Bell.': an office
            # named by its brief, as a title, says a person's name follows)
            or _office_brief_before(same_sentence_before) is not None
            or bool(
                _SPEECH_AFTER.search(after) or _SPEECH_BEFORE.search(before[-_SPEECH_BEFORE_CHARS:])
            )
            or bool(_AGE_AFTER.search(after) or _APPOSITIVE.search(after))
            or bool(_ROLE_BEFORE.search(same_sentence_before))
            # "Nurses Amina Diallo and", "without defenders Luca Brandt and Owen Pike"
            or bool(_PLURAL_ROLE_BEFORE.search(text[max(sentence_start, start - 80) : start]))
        )
    role = None
    appositive = _APPOSITIVE.search(after) or _LONG_APPOSITIVE.search(after)
    described = _DESCRIBED_BEFORE.search(same_sentence_before)
    office_brief = (
        _post_opening_between(text, sentence_start, start)
        if seat_glued
        else None
        if prefix
        else _office_brief_before(same_sentence_before)
        # (the whole opening, when the sentence opens with the post: "Chief executive of
        # Norland Bank Kirsty Vale")
        or _post_opening_between(text, sentence_start, run[0].start)
    )
    if (
        prefix
        and not office_brief
        and _LIST_ITEM_BEFORE.search(text, max(0, run[0].start - 8), run[0].start)
        and not any(t.word in TITLES for t in prefix)
    ):
        # "Minister for Agriculture, Food and the Marine Ann Lee": the word the run opens
        # with ("Marine", a role noun) is the last item of the office's listed brief.
        office_brief = _office_brief_before(text[max(sentence_start, start - 80) : start])
    if classed_rank is not None:
        role = classed_rank.group(1)  # "Warrant Officer Class 2"
    elif office_brief:
        role = office_brief  # "Minister for Health Ann Lee": the office named by its brief
    elif office_at is not None and titled_at is None:
        # The office the name is written under ("Assembly Speaker Dale Ruhnke, a
        # Republican from Oshkosh") says more than who and where.
        opening = next(i for i, t in enumerate(prefix) if t.word not in ("The", "A", "An"))
        role = _prefix_role(text, prefix[opening:])
    elif appositive and _clause_after_fronted_phrase(
        text, appositive.end(1) + closing, sentence_start, start
    ):
        pass  # "According to Ann Lee, the road will close in May.": the sentence's clause
    elif appositive and not (has_title and pastime(appositive.group(1))):
        # (not "Councillor Joe Dunne, a keen angler,": the office over the pastime)
        role = _trim_role(appositive.group(1))
    elif described:  # "The commander of the eastern group, Ann Lee, ..."
        role = _trim_role(_object_after_clause(described.group(1)))
    elif has_title or any(_says_who(t.word) for t in prefix):
        role = _prefix_role(text, prefix)
    elif _ROLE_BEFORE.search(same_sentence_before):
        role = _role_before(
            same_sentence_before,
            cut=start - 80 > sentence_start,
            headline=_in_headline_line(text, start, end),
        )
    return _PersonCandidate(
        [t.word for t in names], start, end, evidence, role, has_title, _title_before(prefix)
    )


def _weekday_name_word(
    run: list[Token], prefix_end: int, names: list[Token], text: str
) -> int | None:
    """Where a day's name is a word of a person's name, or None: a surname after a given
    name ("Mr Blessing Monday said", "Blessing Sunday, 29, was arrested") or a given name
    before a surname ("Pastor Friday Okon"), both only where a courtesy title stands
    right before the name or (the surname) an age right after it; never the day of a
    paper or a feast ("The Sunday Times", "Ash Wednesday", "on Friday Okon said")."""
    if len(names) != 2 or (names[0].word in WEEKDAYS) == (names[1].word in WEEKDAYS):
        return None
    titled = prefix_end > 0 and run[prefix_end - 1].word.rstrip(".") in _COURTESY_NAME_TITLES
    if names[1].word in WEEKDAYS:
        after = text[names[1].end : names[1].end + 16]
        aged = bool(_AGE_AFTER.search(after))
        # ("Mr Tonye Monday night said": the day of the speaking, a time word after it)
        next_word = after.split(maxsplit=1)[0].strip(",.;:") if after.strip() else ""
        if (
            names[0].word in _NOT_NAME_WORDS
            or not (titled or aged)
            or next_word.casefold() in OCCASION_TIME_NOUNS
        ):
            return None
        return 1
    return 0 if titled and names[1].word not in _NOT_NAME_WORDS else None


def honorific_style_length(words: Sequence[str], at: int) -> int:
    """How many words of a conferred style ("Tan Sri", "Datuk Seri", "Tun") open
    `words` at `at`, when a name follows it (of two words or more after a style of one
    word); else 0 ("Tan Wei Ling" is a name)."""
    for style in HONORIFIC_STYLES:
        # (a style of two words is never a name's start: "Tan Sri Muhyiddin")
        needed = 1 if len(style) > 1 else 2
        if tuple(words[at : at + len(style)]) == style and len(words) - at - len(style) >= needed:
            return len(style)
    return 0


def _in_honorific_style(run: list[Token], at: int) -> bool:
    """Does the word at `at` open a style before a name, or close one of two words?"""
    words = [t.word for t in run]
    return bool(honorific_style_length(words, at)) or (
        at > 0 and honorific_style_length(words, at - 1) == 2
    )


_STYLE_WORDS = frozenset(w for style in HONORIFIC_STYLES for w in style)


def compound_title(word: str) -> bool:
    """ "Secretary-General", "Inspector-General", "Vice-President", "Surgeon-General": a
    title written as one hyphened word of capitalized titles or role nouns, which stands
    before a name as a title does (a double-barrelled name, "Harvey-Smith", is none)."""
    parts = word.split("-")
    return len(parts) >= 2 and all(
        p[:1].isupper() and (p in TITLES or p.casefold() in ROLE_NOUNS) for p in parts
    )


def pastime(description: str) -> bool:
    """ "a keen cyclist", "an avid reader", "a lifelong Rovers fan": what a person does
    for pleasure or follows, which an office or a calling outranks."""
    words = [w.strip(",.") for w in description.casefold().split()]
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    head = next(
        (i for i, w in enumerate(words) if w in ("who", "whose", "of", "from", "and")), len(words)
    )
    return bool(words) and (
        words[0] in PASTIME_ADJECTIVES or any(w in PASTIME_NOUNS for w in words[:head][-1:])
    )


def _title_before(prefix: list[Token]) -> str | None:
    """The titles right before a name ("Lady", "Mr Justice", "Dr"), if any."""
    first = len(prefix)
    while first > 0 and prefix[first - 1].word in TITLES:
        first -= 1
    return " ".join(t.word for t in prefix[first:]) or None


_PRINTED_IN_CAPITALS = re.compile(r"[A-Z][A-Za-z’'-]*[A-Z]")
_LOWER_PAIR = re.compile(r"[a-z]{2}")


def _capitalized_opener(
    run: list[Token], sentences: SentenceIndex, written_as: dict[str, str]
) -> _PersonCandidate | None:
    """A name printed in capitals to open a story or a paragraph ("CHLOE HARGREAVE was
    19 when ...", the tabloid style), whose surname the article writes in ordinary case
    elsewhere ("Hargreave, now 45, said"): a person, named as the article spells her."""
    if not 2 <= len(run) <= 3 or not all(
        _PRINTED_IN_CAPITALS.fullmatch(t.word) and not _LOWER_PAIR.search(t.word) for t in run
    ):
        return None  # (a "Mc" keeps its small c: "STEVE McQUADE")
    if sentences.bounds(run[0].start)[0] != run[0].start:
        return None
    surname = written_as.get(run[-1].word.casefold())
    if surname is None:
        return None
    given = [written_as.get(t.word.casefold(), t.word.capitalize()) for t in run[:-1]]
    if any(w in _NOT_NAME_WORDS or w in country_names() for w in (*given, surname)):
        return None
    return _PersonCandidate([*given, surname], run[0].start, run[-1].end, True, None)


_ROLE_NOUN_AT = re.compile(rf"(?<![\w’'-])(?:{_ROLES}|{_NUMBERED})\b")
# The rest of a hyphened word after a role noun ("-in-law" of "son-in-law").
_HYPHENED_TAIL = re.compile(r"(?:-[A-Za-z]+)*")


_SENTENCE_CLOSE = re.compile(r"[.!?…:;\"”’')\]]\s*$")


def _in_headline_line(text: str, start: int, end: int) -> bool:
    """Is the name on a line that closes with no sentence's punctuation, a headline or a
    standfirst ("Qualifier's nine-darter stuns champion Dirk Ostend in final")?"""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
    return bool(line.strip()) and not _SENTENCE_CLOSE.search(line)


# (Public for the parse's refinement of the actors.)
in_headline_line = _in_headline_line


def _role_before(before: str, *, cut: bool, headline: bool = False) -> str | None:
    """The role noun nearest the name in the words before it, with up to two words
    before the noun ("winger Ann Lee and prop Tom Bell": "prop" for Bell, not "winger").
    A window cut in mid-word ("…is father-in-law") loses its first, partial word. In a
    `headline` the words before the noun are the headline's own ("nine-darter stuns
    champion Dirk Ostend"): the noun alone is the role."""
    if cut:
        before = before.split(" ", 1)[1] if " " in before else ""
    last = None
    for found in _ROLE_NOUN_AT.finditer(before):
        last = found
    if last is None:
        return None
    # "son-in-law", "player-manager": the noun is the whole hyphened word it opens.
    end = last.end() + len(_HYPHENED_TAIL.match(before, last.end())[0])  # type: ignore[index]
    if any(
        w.casefold() in ROLE_BREAK_WORDS and w.casefold() not in ("and", "or")
        for w in before[end:].split()
    ):
        # "chief executive of Brightwell Homes": the name is whose, not who; "as head
        # coach after Ann Lee was sacked": the one replaced, not the post.
        return None
    if re.search(r"\b[A-Z][a-z]|[()]", before[end:]):
        # "Former chief executive Ann Lee and ex-chairman Tom Bell", "Ann Lee (chief
        # executive), Tom Bell": the role of the name written between, not of this one.
        return None
    lead = before[: last.start()].rsplit(None, 2)[-2:] if before[: last.start()].strip() else []
    if before[: last.start()][-1:] not in ("", " "):
        return None  # "father-in-law": a word glued to the noun
    if headline:
        lead = []
    # "tries from winger", "back through striker": the role starts after the last word
    # that belongs to the sentence (a preposition or a verb), never with it.
    if (
        len(lead) == 2
        and lead[-1].lower() in ("and", "or", "&")
        and (lead[0][:1].islower() or lead[0].lower() in ROLE_NOUNS)
    ):
        return None  # "husband and wife Ann Lee and Tom Bell": two people at once
    breaks = [i for i, w in enumerate(lead) if w.lower() in ROLE_BREAK_WORDS]
    if breaks:
        lead = lead[breaks[-1] + 1 :]
    for index in range(len(lead) - 1, -1, -1):
        # ("LAGOS - Police chief Ann Lee": a dash standing alone, a dateline's or a
        # clause's, is no word of a role; round 38)
        if not re.fullmatch(r"[\w’'-]+", lead[index]) or not lead[index].strip("-"):
            lead = lead[index + 1 :]  # "After the hearing, his daughter": from "his"
            break
    return _trim_role(" ".join([*lead, before[last.start() : end]]))


def _rank_or_party_before_name(run: list[Token], at: int) -> bool:
    """ "Lance Corporal Ann Lee", "Private Jack Orme" (a rank), "fellow Tory Ian Bligh" (a
    party member's noun): words before a given name and a surname that open no name."""
    words = [t.word for t in run[at : at + 3]]
    return rank_part_before_title(words) or (len(words) > 2 and words[0] in PARTY_MEMBER_NOUNS)


def _says_who(word: str) -> bool:
    """A word before a name that says who the person is: a demonym ("Kenyan Ann Lee")
    or a party member's noun ("Tory Ann Lee")."""
    return is_demonym(word) or word in PARTY_MEMBER_NOUNS


def _prefix_role(text: str, prefix: list[Token]) -> str | None:
    """The words written before a name as its role, without a courtesy title that ends
    them ("Prime Minister Sir Keir Starmer": "Prime Minister"); a courtesy title alone
    stays as written (no role, _no_role). A word that opens the sentence or its clause
    is no part of it ("As Mr Sunak criticised ...", "When Mr Tom Reid, 54, opened the
    shop": "Mr", no role)."""
    while prefix and (
        prefix[0].word in WRAP_SENTENCE_OPENERS
        or (len(prefix) > 1 and prefix[0].word.casefold() in ROLE_BREAK_WORDS)
    ):
        prefix = prefix[1:]
    last = len(prefix)
    while last > 1 and (
        prefix[last - 1].word in COURTESY_TITLES | HONORIFICS
        # "Transport Minister Datuk Seri Wee Ka Hock": "Transport Minister"
        or prefix[last - 1].word in _STYLE_WORDS
    ):
        last -= 1
    return text[prefix[0].start : prefix[last - 1].end] if prefix else None


def _object_after_clause(role: str) -> str:
    """ "The mayor met the fire chief" -> "the fire chief", "The minister spoke through
    his Special Adviser on Media" -> "his Special Adviser on Media", "The chairman has
    written to the council's planning officer" -> "the council's planning officer": a
    role set before a name with a comma that took in the sentence's subject and verb; the
    role is the verb's object. A participle describing the role's noun stays ("The man
    jailed for the attack", "The boy hit by the car", "The man found guilty of ...")."""
    words = role.split()
    for i in range(1, min(len(words) - 1, _MAX_CLAUSE_ROLE_WORDS)):
        word, before = words[i], words[i - 1].casefold()
        if (
            not word.islower()
            or before in OBJECT_ROLE_OPENERS
            or before in ROLE_PHRASE_PREPOSITIONS
            or word in ROLE_NOUNS
        ):
            continue  # a noun of the role, or a word of the role's phrase
        auxiliary = word in SENTENCE_OPENING_VERBS
        if not (auxiliary or word in IRREGULAR_PAST_VERBS or word.endswith("ed")):
            continue
        after = i + 1
        while (
            after < len(words)
            and after - i <= 3
            and words[after].islower()
            and words[after] not in OBJECT_ROLE_OPENERS
            and (
                auxiliary
                # "spoke through his ...", not "led by the ..." (a participle's agent) nor
                # "jailed for the ..." (a participle of a regular verb)
                or (
                    words[after] in ROLE_PHRASE_PREPOSITIONS
                    and words[after] != "by"
                    and not word.endswith("ed")
                )
            )
        ):
            after += 1
        if after < len(words) - 1 and words[after] in OBJECT_ROLE_OPENERS:
            return " ".join(words[after:])
        return role  # the first verb decides
    return role


def _clause_after_fronted_phrase(text: str, end: int, sentence_start: int, run_start: int) -> bool:
    """Is what follows a name's comma the sentence's own clause, the name inside a phrase
    fronted before it ("According to Ann Lee, the road will close in May.", "For Ann Lee,
    the decision came too late.")? The words after the comma run to the sentence's end
    (an apposition there would leave the sentence without its clause), and the sentence
    opens, right before the name, with a preposition. A bounded read (round 29)."""
    if text[end : end + 1] not in (".", "") or run_start - sentence_start > _FRONTED_REACH:
        return False
    opening = text[sentence_start:run_start].split()
    return bool(opening) and (opening[0].casefold() in ROLE_BREAK_WORDS | FRONTED_PHRASE_OPENERS)


# How far into its sentence a name inside a fronted phrase may stand ("According to ").
_FRONTED_REACH = 40


def _trim_role(role: str) -> str | None:
    """A role as the article words it, without the clause after it ("a family doctor
    who lives ..." -> "a family doctor") or the words before it that belong to the
    sentence ("led by Putin ally" -> "Putin ally"). Two people described at once
    ("Husband and wife") or a bare "The commander" are no role."""
    role = _RELATIVE_CLAUSE.split(role.strip(), maxsplit=1)[0].strip(" ,")
    words = role.split()
    while words and (
        words[0].lower() in _ROLE_LEAD_WORDS
        # (not "Acting", "Outgoing", "Retired": part of the post)
        or (re.search(r"(?:ed|ing)$", words[0]) and words[0].lower() not in ROLE_ADJECTIVES)
    ):
        words = words[1:]
    opening = next((i for i, w in enumerate(words) if 0 < i <= 2 and w in ("the", "a", "an")), None)
    if opening is not None and all(
        w.islower() and w not in ROLE_NOUNS and w not in ORG_CONNECTORS for w in words[:opening]
    ):
        words = words[opening:]  # "met the mayor": the sentence's verb before the role
    if not words or any(w.lower() in ("and", "&") for w in words):
        return None
    if words[0].lower() == "whose":
        return None  # "Amara Obi, whose grandmother, Ada Obi": a tie to the name before
    if len(words) == 2 and words[0].lower() in ("the", "a", "an"):
        return None  # "The commander": says nothing the name does not
    return " ".join(words)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _merge_people(candidates: list[_PersonCandidate], text: str = "") -> list[ActorRecord]:
    """Group candidates by surname (tolerating transliteration) and build one actor each."""
    groups: list[list[_PersonCandidate]] = []
    # Surnames that match share their first three letters (`same_surname`), so each
    # candidate is compared only with the groups in its bucket, never with all of them.
    by_surname: dict[str, list[list[_PersonCandidate]]] = {}
    full = [c for c in candidates if len(c.tokens) >= 2]
    singles = [c for c in candidates if len(c.tokens) == 1]
    for candidate in full:
        bucket = by_surname.setdefault(surname_key(candidate.tokens[-1]), [])
        for group in bucket:
            head = group[0].tokens
            if same_person(" ".join(head), " ".join(candidate.tokens)):
                group.append(candidate)
                break
        else:
            if len(bucket) < _MAX_NAMES_PER_SURNAME_KEY:
                groups.append([candidate])
                bucket.append(groups[-1])
    # The marital honorifics each full name was written with ("Mrs Grace Obi").
    group_states = {id(g): {marital_state(_titles(c)) for c in g} - {None} for g in groups}
    # The grades of rank each was written with ("Inspector" of "Inspector Carla Reyes").
    # ("Private Dean Cole": a rank read as his role, not kept as a title)
    group_grades = {
        id(g): {grade for c in g for grade in person_grades([c.written_form()], c.role)}
        for g in groups
    }
    # The titles each was written with in full ("Dr" of "Dr Ravi Singh"), compared as
    # one title ("Cllr", "Councillor").
    group_titles = {id(g): {written_title(c.title) for c in g if c.title} for g in groups}
    # Singles that join a name only as the first of several it fits: their titled form
    # ("Cllr Oduya" beside Councillors Mark and Grace Oduya) names none of them.
    told_by_title: set[int] = set()
    orphans: list[_PersonCandidate] = []
    # "Professor Alan Whitby ... His daughter, Dr Whitby, now runs it": one brought in
    # as a relative by title and surname is not the namesake named in full before, and
    # that written form names the relative wherever it comes again.
    kin_forms: set[str] = set()
    for single in singles:
        kin = _kin_before(text, single) if single.title else None
        if kin is not None and any(
            group[0].start < single.start
            and same_person(" ".join(group[0].tokens), single.written_form())
            for group in by_surname.get(surname_key(single.tokens[0]), [])
        ):
            kin_forms.add(single.written_form())
            single.role = kin  # what they are to the namesake: "daughter"
    for single in singles:
        if single.written_form() in kin_forms:
            orphans.append(single)
            continue
        # (With its gendered title: "Lady Brisk" is not Sir Alan Brisk.)
        state = marital_state(_titles(single))
        grade = rank_grade(_titles(single))
        fitting = [
            group
            for group in by_surname.get(surname_key(single.tokens[0]), [])
            if same_person(" ".join(group[0].tokens), single.written_form())
            # "Mrs Grace Obi ... her daughter, Miss Obi": the titles tell two women
            and not (state is not None and group_states[id(group)] - {state})
            # "Inspector Carla Reyes ... her brother, Sergeant Reyes": two ranks
            and not (grade is not None and group_grades[id(group)] - {grade})
        ]
        if len(fitting) > 1:
            # "Dr Ravi Singh ... his wife, Anita Singh ... Dr Singh said": the one the
            # article wrote in full with this very title, when only one was
            title = written_title(single.title) if single.title else None
            titled_so = [g for g in fitting if title in group_titles[id(g)]]
            if len(titled_so) == 1:
                fitting = titled_so
            else:
                told_by_title.add(id(single))  # the title tells no one of them
        if fitting:
            fitting[0].append(single)
        else:
            orphans.append(single)
    # A lone word that joins no full name stands for a person only with a title or a
    # nickname ("Mr Okafor", "nicknamed Ace"); "Paris said" is not a person. "Lord
    # Felton" and "Lady Felton" are two people: the title tells them apart.
    by_word: dict[str, list[_PersonCandidate]] = {}
    for single in (s for s in orphans if s.titled):
        by_word.setdefault(single.tokens[0], []).append(single)
    for singles_of_word in by_word.values():
        groups.extend(_told_apart(singles_of_word))
    # A surname two people share ("Lord Felton", "Lady Felton"; "Sir Alan Brisk" and
    # "Lady Brisk") names neither alone: the bare surname is no alias of theirs.
    surname_count = Counter(g[0].tokens[-1] for g in groups if any(c.evidence for c in g))

    people: list[ActorRecord] = []
    for group in groups:
        if not any(c.evidence for c in group):
            continue
        forms = Counter(" ".join(c.tokens) for c in group)
        full_forms = [f for f in forms if " " in f]
        name = (
            max(full_forms, key=lambda f: (forms[f], len(f))) if full_forms else group[0].tokens[0]
        )
        surnames = {" ".join(c.tokens[surname_start(c.tokens) :]) for c in group}
        surnames |= {s for c in group if (s := first_particle_surname(c.tokens))}
        if not full_forms:
            # "Mrs Hollins", "Dr Bhatti": one known only by a title that tells who they
            # are is named with it (as the article names them, and as another article
            # of the story may: the title keeps them from a namesake there); the bare
            # surname stays an alias unless someone else here shares it.
            shared = surname_count[name] > 1
            titled = Counter(
                c.written_form()
                for c in group
                if c.title
                # (not "Sir Roderick": a given name after a knight's title is how a
                # full name already listed is shortened)
                and (shared or (_title_kind(c) and c.title.split()[-1] not in KNIGHTHOOD_TITLES))
            )
            if titled:
                forms = titled
                surnames = set() if shared else surnames
                name = titled.most_common(1)[0][0]
        # "Dr Singh", "Mrs Obi" as written after "Dr Ravi Singh", "Mrs Grace Obi": the
        # title tells this person from a namesake ("Mrs Singh", "Miss Obi") by the
        # same-person test, where the bare surname would stand for both.
        titled_forms = (
            {
                c.written_form()
                for c in group
                if len(c.tokens) == 1
                and id(c) not in told_by_title
                and (
                    _title_kind(c)
                    # "Inspector Reyes" beside her brother "Sergeant Reyes": the rank
                    # tells them apart where the surname is shared
                    or (surname_count[c.tokens[0]] > 1 and rank_grade(_titles(c)))
                )
            }
            if full_forms
            else set()
        )
        aliases = sorted({f for f in forms if f != name} | (surnames - {name}) | titled_forms)
        role = next((c.role for c in sorted(group, key=lambda c: c.start) if c.role), None)
        people.append(
            ActorRecord(name, "person", role, aliases, min(c.start for c in group), len(group))
        )
    return people


# A relative brought in by whose kin they are, just before their title and surname:
# "His daughter, Dr Whitby", "her husband Mr Ash", "Kerr's brother, Sergeant Kerr".
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their)|\w['’]s)\s+(?:(?:late|younger|elder|older|eldest|youngest|"
    r"twin|estranged)\s+)?(?P<kin>\w+)\s*,?\s*$",
    re.IGNORECASE,
)


def _kin_before(text: str, single: _PersonCandidate) -> str | None:
    """The kin noun ("daughter") written right before a title-and-surname mention ("His
    daughter, Dr Whitby"), or None."""
    before = text[max(0, single.start - 80) : single.start].rstrip()
    for _ in (single.title or "").split():
        before = before[: before.rfind(" ") + 1].rstrip() if " " in before else ""
    match = _KIN_BEFORE.search(before)
    kin = match.group("kin").casefold() if match is not None else None
    return kin if kin in KIN_NOUNS else None


def _told_apart(singles: list[_PersonCandidate]) -> list[list[_PersonCandidate]]:
    """The people a surname written alone with titles names: one, unless the titles
    tell several apart ("Lord Felton" and "Lady Felton"; "Dr Singh" and "Mrs Singh",
    a title of courtesy that tells no gender beside one that does). A name whose title
    tells neither (an office: "President Okafor"; a nickname) then stands alone: it is
    not known which of them it is."""
    kinds = [_title_kind(c) for c in singles]
    # "Mrs Obi" and "Miss Obi", one title kind: the marital honorific tells them apart.
    states = [marital_state(_titles(c)) for c in singles]
    if len(set(states) - {None}) > 1:
        kinds = [
            f"{kind}:{state}" if kind is not None and state is not None else kind
            for kind, state in zip(kinds, states, strict=True)
        ]
    told = sorted({k for k in kinds if k is not None})
    if len(told) <= 1:
        return [singles]
    apart: dict[str | None, list[_PersonCandidate]] = {}
    for candidate, kind in zip(singles, kinds, strict=True):
        apart.setdefault(kind if kind is not None else candidate.written_form(), []).append(
            candidate
        )
    return list(apart.values())


def _title_kind(candidate: _PersonCandidate) -> str | None:
    return title_kind(candidate.title.split()) if candidate.title else None


def _titles(candidate: _PersonCandidate) -> list[str]:
    return candidate.title.split() if candidate.title else []


def _scan_literals(text: str, names: dict[str, str]) -> dict[str, list[tuple[int, str]]]:
    """canonical -> [(position, surface)] for whole-word, case-sensitive occurrences."""
    hits: dict[str, list[tuple[int, str]]] = {}
    pattern = re.compile(
        r"(?<![\w.])("
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w])"
    )
    for match in pattern.finditer(text):
        hits.setdefault(names[match.group(1)], []).append((match.start(), match.group(1)))
    return hits


def extract_actors(text: str, sentences: SentenceIndex | None = None) -> list[ActorRecord]:
    sentences = sentences or SentenceIndex(text)
    tokens = _tokens(text)
    _mark_sentence_initial_common_nouns(text, tokens, sentences)
    runs = _runs(text, tokens)
    firms = _firms_of_two_names(runs, text)
    people_candidates: list[_PersonCandidate] = []
    # A name repeated thousands of times has its surroundings read only until it has
    # shown itself a person a few times (or failed to, many times); later mentions
    # count without the costly read.
    context_reads: Counter[tuple[str, ...]] = Counter()
    evidenced: set[tuple[str, ...]] = set()
    organizations: dict[str, ActorRecord] = {}
    claimed: list[tuple[int, int]] = []
    # How the article writes each capitalized word in ordinary case ("Hargreave"), for
    # a name a tabloid prints in capitals at a story's start.
    written_as = {
        t.word.casefold(): t.word for t in tokens if t.capitalized and not t.word.isupper()
    }

    for run in runs:
        org_span = _organization_name(run, text, firms)
        if org_span:
            name = text[org_span[0] : org_span[1]]
            record = organizations.get(name)
            if record:
                record.mentions += 1
            else:
                organizations[name] = ActorRecord(name, "organization", first=org_span[0])
            claimed.append(org_span)
            continue
        words = tuple(t.word for t in run)
        settled = context_reads[words] >= _CONTEXT_READS_PER_NAME * (
            1 + 7 * (words not in evidenced)
        )
        candidate = _capitalized_opener(run, sentences, written_as) or _person_candidate(
            run, text, sentences, read_context=not settled
        )
        if candidate:
            people_candidates.append(candidate)
            context_reads[words] += 1
            if candidate.evidence:
                evidenced.add(words)

    for match in _NICKNAME.finditer(text):
        # "a Ukrainian commander who goes by the nickname Ace": the whole description.
        role = text[match.start(1) : match.end(2)] if match.group(1) else None
        people_candidates.append(
            _PersonCandidate(
                [match.group(2)], match.start(2), match.end(2), True, role, titled=True
            )
        )

    for match in _QUOTED_NICKNAME_BETWEEN.finditer(text):
        if _in_headline_line(text, match.start(), match.end()):
            continue  # 'Mayor Says "No Way" Plan Dead': a headline's capitals
        given = match.group(1).split()
        written = len(given)
        # (a title or a description before the given name is no part of the name:
        # "Senator Ma. Cristina", "Champ Dan", "Mexican Luis")
        known_at = next((i for i, w in enumerate(given) if fold(w) in GIVEN_NAMES), None)
        if known_at is not None:
            given = given[known_at:]
        while given and (
            given[0] in TITLES
            or given[0] in COMMON_CAPITALIZED
            or is_demonym(given[0])
            or given[0].casefold() in ROLE_NOUNS
        ):
            given = given[1:]
        start = match.end(1) - len(" ".join(given))
        # The role the words around tell: the title cut from the name ("Senator"), a
        # description before it in lower case ("Drug lord"), or an apposition after.
        cut = " ".join(match.group(1).split()[: written - len(given)])
        sentence_start, _ = sentences.bounds(start)
        before = text[max(sentence_start, start - 80) : start]
        apposed = _APPOSITIVE.search(text[match.end(3) : match.end(3) + 140])
        nickname_role = (
            _trim_role(apposed.group(1))
            if apposed
            else cut.casefold()
            if cut and cut.casefold().rstrip(".") in _ROLE_OR_TITLE_WORDS
            else _role_before(before, cut=start - 80 > sentence_start)
            if _ROLE_BEFORE.search(before)
            else None
        )
        if (
            not given
            or any(
                w in ORG_HEADS or w in KNOWN_ORGANIZATIONS or w in COMMON_CAPITALIZED for w in given
            )
            or match.group(3) in _BODY_OR_PLACE_HEADS
        ):
            continue  # "Tesco 'Finest' Range", "Harbour 'Blue' Bridge": no one's name
        people_candidates.append(
            _PersonCandidate(
                [*given, match.group(3)],
                start,
                match.end(3),
                True,
                nickname_role,
                titled=True,
            )
        )
    _fold_legal_forms(organizations)
    _count_short_forms(text, runs, organizations)
    people = _merge_people(people_candidates, text)
    people.extend(_peers(text))
    person_words = {w for p in people for n in p.all_names() for w in n.split()}

    for canonical, hits in _scan_literals(text, KNOWN_ORGANIZATIONS).items():
        existing = next(
            (o for o in organizations.values() if o.name == canonical or canonical in o.name), None
        )
        surfaces = {surface for _, surface in hits}
        if existing:
            existing.aliases = sorted(set(existing.aliases) | (surfaces - {existing.name}))
            existing.mentions += len(hits)
        else:
            name = canonical if canonical in surfaces else hits[0][1]
            organizations[name] = ActorRecord(
                name, "organization", None, sorted(surfaces - {name}), hits[0][0], len(hits)
            )

    countries: list[ActorRecord] = []
    for canonical, hits in _scan_literals(text, country_names()).items():
        surfaces = {surface for _, surface in hits}
        name = canonical if canonical in surfaces else hits[0][1]
        countries.append(
            ActorRecord(name, "country", None, sorted(surfaces - {name}), hits[0][0], len(hits))
        )

    places = _salient_places(text, runs, person_words, organizations, claimed)
    actors = [*people, *organizations.values(), *countries, *places]
    return actors


def _peers(text: str) -> list[ActorRecord]:
    """People named by a title of the peerage and a territory ("the Countess of
    Wessex"), one record per title and territory; "the Duke and Duchess of X" names
    both."""
    peers: dict[str, ActorRecord] = {}
    for match in _PEERAGE_NAME.finditer(text):
        territory = match.group(3)
        for title in (match.group(1), match.group(2)):
            if title is None:
                continue
            name = f"{title} of {territory}"
            record = peers.get(name)
            if record is None:
                peers[name] = ActorRecord(name, "person", first=match.start())
            else:
                record.mentions += 1
    # "The Duchess said": the title alone names the one peer who holds it here.
    by_title = Counter(name.split()[0] for name in peers)
    for name, record in peers.items():
        if by_title[name.split()[0]] == 1:
            record.aliases.append(name.split()[0])
    return list(peers.values())


def numbered_after(text: str, end: int) -> bool:
    """Is the name ending at `end` followed by the small number that makes it a
    vessel's, a mission's or a product's ("Artemis 3", "the Queen Mary 2")?"""
    return bool(_NUMBERED_AFTER.match(text, end))


def _before(text: str, position: int) -> str:
    return text[max(0, position - _LOCATIVE_CHARS) : position]


def _located_before(text: str, position: int) -> bool:
    """Is the word at `position` written after a preposition of place ("in Leeds"), not
    after what is held in a company ("shares in Lumley")?"""
    before = _before(text, position)
    return (
        bool(_LOCATIVE_BEFORE.search(before))
        and not _HELD_IN_BEFORE.search(before)
        and not _STAFF_BEFORE_PREPOSITION.search(
            text, max(0, position - _STAFF_BEFORE_CHARS), position
        )
    )


def _owner_after_preposition(text: str, token: Token) -> bool:
    """ "a premium to Lumley's closing price": the name owns the noun the preposition
    governs, and is not itself where anything happens."""
    return bool(_POSSESSIVE.search(text[token.start : token.end]))


def _fold_legal_forms(organizations: dict[str, ActorRecord]) -> None:
    """ "Kestrel Shipping Ltd" and "Kestrel Shipping", "Harlow Foods plc" and "Harlow
    Foods": one company, with and without its legal form. The fuller name stays, first
    named wins the mention's place; one lookup per organization."""
    for name in list(organizations):
        words = name.split()
        if len(words) < 3 or words[-1] not in COMPANY_SUFFIXES:
            continue
        short = " ".join(words[:-1]).rstrip(",")
        other = organizations.get(short)
        record = organizations.get(name)
        if other is None or record is None or other is record:
            continue
        record.aliases = sorted({*record.aliases, *other.aliases, short} - {name})
        record.mentions += other.mentions
        record.first = min(record.first, other.first)
        record.role = record.role or other.role
        del organizations[short]


def _count_short_forms(
    text: str, runs: list[list[Token]], organizations: dict[str, ActorRecord]
) -> None:
    """An organization named in full ("Apex Holdings", "Wagner Group") is often named
    again by its first word alone ("Apex said"): count those mentions as its own."""
    countries = country_names()
    short_forms: dict[str, ActorRecord] = {}
    for record in organizations.values():
        first, _, rest = record.name.partition(" ")
        if (
            rest
            and first[:1].isupper()
            and not _POSSESSIVE.search(first)
            and first not in _NOT_NAME_WORDS
            and first not in countries
            and not is_demonym(first)
        ):
            short_forms.setdefault(first, record)
            last = record.name.split()[-1]
            if last in CLUB_WORDS_NO_SURNAME_TAKES and last not in ORG_HEADS:
                # "the Corrigan Park Cobras ... the Cobras said": a side goes by its
                # nickname alone as often as by its town's name (round 22).
                short_forms.setdefault(last, record)
            if first.isupper() and len(first) > 3:
                # "PENWARDLE RFC" opening a local report, "Penwardle" after it.
                short_forms.setdefault(first.title(), record)
    singles = [
        run[0]
        for run in runs
        if len(run) == 1
        and run[0].word in short_forms
        and not _PARTY_TAG_BEFORE.search(_before(text, run[0].start))
        and not _DATELINE_TOWN_BEFORE.search(_before(text, run[0].start))
    ]
    # Written after a preposition of place ("in Fairhaven"), the word names the place the
    # organization is named after, not the organization.
    places = {t.word for t in singles if _located_before(text, t.start)}
    for token in singles:
        if token.word not in places:
            record = short_forms[token.word]
            record.mentions += 1
            if token.word not in record.aliases:
                record.aliases.append(token.word)


def _salient_places(
    text: str,
    runs: list[list[Token]],
    person_words: set[str],
    organizations: dict[str, ActorRecord],
    claimed: list[tuple[int, int]],
) -> list[ActorRecord]:
    """Single capitalized words the article keeps returning to: a place ("in Leeds"), or
    an organization named by one word ("GigBox said", "Harriers manager")."""
    countries = country_names()
    # One-word names only: "Leeds" stays a place beside "Leeds City Council".
    org_words = {n for o in organizations.values() for n in o.all_names() if " " not in n}
    spans = sorted(claimed)
    starts = [start for start, _ in spans]
    # The furthest end among spans starting at or before each one: inside any claimed
    # span is one binary search.
    reach = list(accumulate((end for _, end in spans), max))

    def inside_claimed(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < reach[index]

    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    located: Counter[str] = Counter()  # after "in", "near": "in Leeds"
    acting: Counter[str] = Counter()  # speaks or employs: "GigBox said", "Harriers manager"
    model_names: set[str] = set()
    for run in runs:
        if len(run) != 1:
            continue
        token = run[0]
        word = token.word
        if (
            word in _NOT_NAME_WORDS
            or word in countries
            or word in person_words
            or word in org_words
            or word in KNOWN_ORGANIZATIONS
            or word.isupper()
            or len(word) < 4
            or token.common
            or is_demonym(word)
            or inside_claimed(token.start)
        ):
            continue
        if _MODEL_NUMBER_AFTER.match(text, token.end):
            # "Falcon 9", "Route 66": a product or a numbered thing, never a place.
            model_names.add(word)
            continue
        counts[word] += 1
        first.setdefault(word, token.start)
        if (
            _located_before(text, token.start) and not _owner_after_preposition(text, token)
        ) or _PLACE_NOUN_AFTER.match(text, token.end, token.end + _ACTS_AFTER_CHARS):
            located[word] += 1
        elif _ACTS_AFTER.match(text, token.end, token.end + _ACTS_AFTER_CHARS):
            acting[word] += 1
    places: list[ActorRecord] = []
    by_key: dict[str, list[ActorRecord]] = {}
    for word, count in counts.most_common():
        bucket = by_key.setdefault(surname_key(word), [])
        variant_of = next((p for p in bucket if same_surname(p.name, word)), None)
        if variant_of:
            variant_of.aliases.append(word)
            variant_of.mentions += count
        elif (
            count >= 3
            and (word in located or word in acting)
            and word not in model_names
            and len(bucket) < _MAX_NAMES_PER_SURNAME_KEY
        ):
            # Mostly written after "in"/"near" it is a place; mostly speaking or having
            # staff ("GigBox said", "Harriers manager") an organization.
            kind: ActorKind = "organization" if acting[word] > located[word] else "place"
            places.append(ActorRecord(word, kind, None, [], first[word], count))
            bucket.append(places[-1])
    return places
