"""Readers of the parse and the text that the actor passes share (tokens, entities,
names, sentences, the lead). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.actors import (
    occupation_before_name,
    office_before_name_at,
    pastime,
    plural_person_word,
)
from briefsmith.core.lexicon import (
    ACADEMIC_BODY_WORDS,
    ACQUISITION_LEMMAS,
    ACQUISITION_NOUNS,
    ACTED_ON_LEMMAS,
    ADDRESS_HEADS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    APPOINTING_LEMMAS,
    APPOINTING_VERBS,
    APPOINTMENT_NOUNS,
    APPROVAL_NOUNS,
    ARRIVAL_LEMMAS,
    AWARD_SPAN_NOUNS,
    AWARDED_NOUNS,
    BACKGROUND_CLAUSE_OPENINGS,
    BACKGROUND_CLAUSE_VERBS,
    BARE_PERSON_NOUNS,
    BEATING_LEMMAS,
    BODY_AWARDED_NOUNS,
    BODY_NOUNS,
    BODY_NOUNS_BEFORE_A_NAME,
    BODY_NOUNS_NEEDING_A_MODIFIER,
    BODY_STAFF_NOUNS,
    BODY_UNIT_NOUNS,
    BRINGING_LEMMAS,
    BROADCASTER_NAME_WORDS,
    CAMPAIGNER_NOUNS,
    CAREER_LEMMAS,
    CAREER_SPANS,
    CHANGE_NOUNS,
    CHOSEN_ACT_LEMMAS,
    CITED_DATA_NOUNS,
    CLUB_DESCRIPTION_NOUNS,
    CLUB_WORDS_NO_SURNAME_TAKES,
    COMMENTATOR_NOUNS,
    COMMON_CAPITALIZED,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    COMPETITION_WORDS,
    CONSTITUENCY_TAILS,
    COURTESY_TITLES,
    CREDIT_LEMMAS,
    CREDIT_NOUNS,
    DEAL_PARTY_NOUNS,
    DESCRIPTION_NOUNS,
    DESCRIPTIVE_BODY_NOUNS,
    DOCK_LEMMAS,
    EVENT_NAME_HEADS,
    EVIDENCE_HEARERS,
    FOUNDING_LEMMAS,
    GIVEN_NAMES,
    GROUP_ACTOR_NOUNS,
    HEADED_UNIT_NOUNS,
    HOLDING_NOUNS,
    HOLIDAY_NAMES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    ISSUED_NOUNS,
    KIN_NOUNS,
    LAW_NAME_HEADS,
    MATCH_RESULT_NOUNS,
    MILITARY_HEADS,
    MONTHS,
    NAME_CONNECTORS,
    NAMED_BODY_NOUNS,
    NAMED_THING_NOUNS,
    NAMING_VERBS,
    NEWS_SERVICE_NAMES,
    NOT_APPOINTED_NOUNS,
    NUMBERED_AREA_NOUNS,
    OCCASION_WORDS,
    OFFICE_OF_TITLE,
    OFFICE_TAKING_LEMMAS,
    OPERATION_WORDS,
    ORG_CONNECTORS,
    ORG_HEADS,
    ORG_KIND_NOUNS,
    OUTLET_CREDIT_LEMMAS,
    OUTLET_LEARNING_LEMMAS,
    OUTLET_NAME_HEADS,
    PARTY_LABELS,
    PARTY_MEMBER_NOUNS,
    PASSAGE_LEMMAS,
    PERSON_ACTED_ON_LEMMAS,
    PERSON_COMPOUND_ENDINGS,
    PERSON_NOUNS,
    PERSONNEL_NOUNS,
    PLACE_BODY_HEADS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLEA_LEMMAS,
    POSSESSIVE_GENDER,
    POST_NOMINALS,
    POSTS_SPEAKING_FOR_A_BODY,
    PRIZE_PASSING_LEMMAS,
    PRONOUN_GENDER,
    RANK_PARTS,
    RANKS,
    READ_BACK_DESCRIPTION_NOUNS,
    REFERRING_ADJECTIVES,
    REPORTING_LEMMAS,
    ROLE_ADJECTIVES,
    ROLE_NOUNS,
    ROLE_VERBS,
    SEASON_NOUNS,
    SENT_NOUNS,
    SPEECH_LEMMAS,
    SPOKESPERSON_NOUNS,
    STAFF_AT_NOUNS,
    STATE_BODY_NOUNS,
    STORY_SIDES,
    STREET_HEADS,
    TITLE_WORDS,
    VENUE_HEADS,
    VISIT_LEMMAS,
    WEATHER_ENDURING_LEMMAS,
    WEATHER_SYSTEM_WORDS,
    WEEKDAYS,
    is_demonym,
    nationality_before_name,
)
from briefsmith.core.names import (
    given_name_gender,
    rank_part_before_title,
)


class ParsedTokens(Protocol):
    """The flat token index of briefsmith.core.analysis.Tokens (read only)."""

    start: list[int]
    end: list[int]
    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    sent: list[int]
    children: list[list[int]]
    ent: list[str]

    def between(self, start: int, end: int) -> range: ...


class ParsedEntity(Protocol):
    """A named entity of briefsmith.core.analysis (read only)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def first_token(self) -> int: ...
    @property
    def last_token(self) -> int: ...


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "dative", "iobj", "oprd"})
_CLIMB = frozenset({"conj", "appos"})
# "talks with X", "a case against X", "fined by X" (spaCy's "agent" covers passives).
_PARTY_PREPOSITIONS = frozenset({"with", "against", "between"})
_STAFF_NOUNS = ROLE_NOUNS | SPOKESPERSON_NOUNS | PERSONNEL_NOUNS
# Posts and trades whose plural opens a list of names ("Lifeguards Owen Price and ...").
_POST_OR_TRADE_NOUNS = _STAFF_NOUNS | DESCRIPTION_NOUNS
_LEAD_SENTENCES = 2
_MAX_NAME_WORDS = 8
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—]|:(?=\s+[A-Z]))")
_POSSESSIVE_EDGE = re.compile(r"[’']s?$")
_TITLE_WORDS = TITLE_WORDS
# Words of a role that say what a person is ("striker", "his daughter", "Cllr").
_PERSON_ROLE_WORDS = _STAFF_NOUNS | _TITLE_WORDS | PERSON_NOUNS
_ARMED_FORCES = frozenset(w.casefold() for w in MILITARY_HEADS) | {"military"}
_DASHES = ("-", "–", "—")
_COURTESY_WORDS = frozenset(t.casefold().rstrip(".") for t in COURTESY_TITLES | HONORIFICS)
# Nouns of an office or a calling a person can be named by, capitalized as a title or
# not ("the Dean of Kestwick", "Ann Lee, Director of Nursing"); not courtesy titles.
_OFFICE_NOUNS = (_STAFF_NOUNS | DESCRIPTION_NOUNS | _TITLE_WORDS) - _COURTESY_WORDS


@dataclass
class _Evidence:
    mentions: int = 0
    acting: int = 0
    # Mentions that only say where ("in Oslo", "at Gatwick", a dateline).
    located: int = 0
    # Of those, the objects of a preposition of place or of a place's kind ("in Oslo",
    # "the town of Sungai Melati"): no credit line, no word before a noun (round 27).
    placed: int = 0
    # Mentions in a sentence with a verb that is no credit line (not a byline).
    story: int = 0
    person_label: int = 0
    org_label: int = 0
    place_label: int = 0
    labelled: int = 0
    in_lead: bool = False
    # Mentions that name what an office holder stands for ("MP for Hatfield North").
    office_of: int = 0
    # Subject mentions the clause goes on to call "it" ("X said it would close ...").
    called_it: int = 0
    # Mentions that name a work, a vessel, an animal or a product ("her album X").
    thing: int = 0
    # Mentions that only modify a built thing's noun or say a listing ("its Art Deco foyer",
    # "is Grade II listed"): a style or a grade, not someone (round 19).
    modifier: int = 0
    # One-word subjects of a share or a sum ("Turnout was 61.2%"): what is measured.
    measured: int = 0
    # Subject mentions of a verb of speech ("The Premier League said ...").
    speaks: int = 0
    # One-word mentions only a company can be in its sentence ("Carrow shares jumped",
    # "Carrow's chairman", "smaller rival Carrow"; round 25).
    firm_cue: int = 0
    # Named as where the subject's people work ("analysts at X said"): a body (round 26).
    staffed_at: int = 0
    # Mentions through a post held there ("managing director of X") while the rules
    # took the name for a person's: they act once the name proves a body's (round 28).
    staff_of: int = 0
    # Mentions set beside a description of two or more people ("Okafor and Bello, both
    # 24,", "Smith and Jones, the two defendants,"): surnames, no body (round 28).
    people_apposed: int = 0
    # Mentions of a person's name on a verb the parser read as a noun, which the
    # recognizer calls a body ("Sophie Hargreaves-Obi commutes from ...").
    misread_person: int = 0
    # Objects of what is only done to a person ("the court jailed X").
    jailed: int = 0
    # Mentions of the one the court deals with ("Ann Lee was fined"), and of the one who
    # pleads ("Lee admitted theft").
    in_dock: int = 0
    pleads: int = 0
    # What a possessive pronoun in a role from the first described mention stands for
    # (_owners).
    owners: dict[str, str] | None = None
    # Mentions of a part someone plays ("who plays barmaid Jodie Sallis") or of a
    # person in a plot ("In the novel, Tom Rudd hunts a killer").
    character: int = 0
    # Mentions of the maker of a work or a building long ago, or of the one a thing is
    # named after (_made_long_ago).
    made_long_ago: int = 0
    # Mentions of a name written "<name> in <county>" ("Santon Downham in Suffolk
    # reached 35.8C"): a village or a town, whatever the recognizer called it.
    in_county: int = 0
    # Strict sub-spans or extensions the recognizer gives the name, by text.
    trimmed: Counter[str] = field(default_factory=Counter)
    extended: Counter[str] = field(default_factory=Counter)
    # The first description written before the name ("Holt caterer Ann Lee"), and where.
    described: tuple[int, str] | None = None
    # A weaker description (what the sentence says it is or did: "Ann Lee is a nurse",
    # "Ann Lee, who called 999,"), taken only when no mention has a description.
    weakly: tuple[int, str] | None = None
    # Whether that weaker description is only an event the person took part in ("who
    # voted against", "who called 999"), which a title of office outranks.
    weakly_an_event: bool = False
    # Whether that description is a post set before the name with a comma ("the
    # returning officer, Ann Lee, the chief executive of ..."): the post the story
    # gives, over the background an apposition after the name adds.
    described_set_before: bool = False
    # The person whose post this one is to take over ("He will be replaced by Ann Lee",
    # "Ann Lee will succeed Tom Bell"): her role when the story gives her none.
    succeeds: str | None = None
    # A post held up to a past moment ("who had led the council since 2015"), taken only
    # when nothing else describes the person.
    held: tuple[int, str] | None = None
    # What the sentence before calls the unnamed person it goes on to name ("A retired
    # miner died ... Ann Lee, 84, was found ..."), taken only when nothing else describes.
    introduced: tuple[int, str] | None = None
    # Whether that unnamed person is the subject of the sentence before ("A driving
    # instructor who pocketed ... will be sentenced ... Ann Lee, 46, was found guilty"):
    # the story's own description of the person, over one act a relative clause tells
    # (round 35).
    introduced_as_subject: bool = False
    # A description that only gives an age or a hometown on a bare noun ("Leeds woman"),
    # the last resort.
    bare: tuple[int, str] | None = None
    # What a person introduced with an age did ("Ann Lee, 52, lost her job at ..."):
    # after the last resort (an age and a hometown alone are no role).
    did: tuple[int, str] | None = None
    # A verb of the sentence written just before a role and the name ("met nurse Ann
    # Lee", "The club sacked manager Ann Lee"), which a role read from the words before
    # the name may have taken in.
    verbs_before: set[str] = field(default_factory=set)
    # The subject of the verb whose object the name is ("The head teacher thanked Ann
    # Lee"), which a role read from the words before the name may be.
    subjects_before: set[str] = field(default_factory=set)
    # Where the role the name scan gave the record is written beside a mention: a
    # description the parse reads at an earlier mention is the one a reader meets first.
    role_at: int | None = None
    # The post the person is appointed or named to ("appointed Ann Lee as interim chief
    # executive"), and where: the story's news, over what she was before.
    appointed: tuple[int, str] | None = None


def _club_named(name: str) -> bool:
    """ "Ashcombe Rovers", "Pellborough City": a name that closes as a club's does."""
    return len(name.split()) >= 2 and name.split()[-1] in _CLUB_WORDS


_PARENT_OF_SOME = re.compile(
    r"(?:an? )?(\S+) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b"
)


def _background(description: str) -> bool:
    """ "a lifelong Rovers fan", "a mother of two", "a former teacher", "lives alone": a
    pastime, a family, a past calling or a home, which a post the sentence links the
    person to outranks."""
    match = _PARENT_OF_SOME.fullmatch(description.casefold())
    words = description.casefold().split()
    return (
        pastime(description)
        or (match is not None and match.group(1) in KIN_NOUNS)
        or (len(words) > 1 and words[1] in ("former", "ex-"))
        # ("Rita Cole, who lives alone, ... Mrs Cole, a retired teacher,": where or how
        # she lives is no calling; nor what she enjoys or does by habit: round 21)
        or (len(words) > 1 and words[0] in BACKGROUND_CLAUSE_VERBS)
        or " ".join(words[:2]) in BACKGROUND_CLAUSE_OPENINGS
    )


def _office_of_title(role: str | None) -> str | None:
    """ "Cllr", "Professor": the office a courtesy title says a person holds."""
    words = (role or "").split()
    if words and words[-1].islower() and words[-1] in KIN_NOUNS:
        return None  # "her father Tom Bell": a relative, not "Father Tom Bell", a priest
    return OFFICE_OF_TITLE.get(words[-1].casefold().rstrip(".")) if words else None


# --- reading one mention --------------------------------------------------------------


def _root(t: ParsedTokens, first: int, last: int) -> int:
    # The first word whose head is outside the name (a sentence's root is its own head:
    # inside the span, and still the root); but not one the parser hangs on a noun before
    # the name ("Painters" on "group" in "the campaign group Painters' Rights Network")
    # when a later word heads the name into its sentence.
    outside = [
        index
        for index in range(first, last)
        if t.head[index] == index or not (first <= t.head[index] < last)
    ]
    if not outside:
        return first
    root = next(
        (i for i in outside if not (t.head[i] < first and t.dep[i] in ("appos", "compound"))),
        outside[0],
    )
    if t.head[root] == last and last < len(t.text) and t.text[last] in COMPANY_SUFFIXES:
        return last  # "Harland Foods plc said": the suffix heads the name into its sentence
    return root


_DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _on_a_verb_read_as_noun(t: ParsedTokens, first: int, last: int, label: str) -> bool:
    """ "Sophie Hargreaves-Obi commutes from Harrogate to Leeds": a double-barrelled
    surname leads the parser to read the verb after a name as a plural noun heading the
    sentence, the name its modifiers, and the recognizer to call the name a body. The
    name is the verb's subject, and a person's: one the recognizer calls a person, or
    two words or more ending in a double-barrelled surname with no body's head word.
    Tokens [first, last)."""
    verb = last
    if verb >= len(t.text) or t.sent[verb] != t.sent[first]:
        return False
    words = t.text[first:last]
    person = label == "PERSON" or (
        len([w for w in words if w != "-"]) >= 2
        and bool(_DOUBLE_BARRELLED.fullmatch("".join(words[-3:]) if "-" in words else words[-1]))
        and not any(w in ORG_HEADS for w in words)
    )
    return (
        person
        and t.dep[verb] == "ROOT"
        and t.tag[verb] == "NNS"
        and t.lower[verb].endswith("s")
        and all(first <= t.head[i] < last or t.head[i] == verb for i in range(first, last))
        and any(t.dep[c] in ("prep", "dobj") and c > verb for c in t.children[verb])
    )


def _names_an_outlet(t: ParsedTokens, first: int, last: int) -> bool:
    """Do tokens [first, last) name a newspaper or a news service ("the Halvern Echo",
    "Bloomberg News", "Reuters")?"""
    name = " ".join(t.text[i] for i in range(first, last) if t.lower[i] != "the")
    return t.text[last - 1] in OUTLET_NAME_HEADS or name in NEWS_SERVICE_NAMES


# How far after the first of two joined bodies the parser's head noun of the second may
# stand ("The Royal Flying Doctor Service and Broome Hospital": the head is the second
# body's last word).
_JOINED_REACH = 8


def _joint_subject(t: ParsedTokens, first: int, last: int) -> bool:
    """Is the name one of two or more subjects joined by "and" ("Unifor and Ridgeway
    Aviation reached a deal", "Landcare volunteers and Melbourne Water have planted",
    "The Mexican foreign ministry and Global Affairs Canada agreed")? Also where the
    parser hangs the first of the joined names on the second's head noun, as its
    determiner or modifier ("The Royal Flying Doctor Service and Broome Hospital
    airlifted ...": "Service" read as a modifier of "Hospital", the subject). Not a name
    in apposition ("The exhibition, Colour and Light, opens"): the list's first member
    is itself the subject."""
    root = node = _root(t, first, last)
    # (joined by "and", not a name the parser set beside a noun with commas only: "The
    # airline's newest aircraft, the St Brigid, sat ..."; the parser hangs the "and" on
    # one member of the list)
    joined = False
    for _ in range(_MAX_LIST_MEMBERS):
        if t.dep[node] != "conj" or t.head[node] == node:
            break
        node = t.head[node]
        joined = joined or any(
            t.dep[c] == "cc" and t.lower[c] in ("and", "&")
            for c in t.children[node][:_READ_CHILDREN]
        )
    if joined and t.dep[node] in _SUBJECTS and t.pos[node] in ("NOUN", "PROPN"):
        return True
    head = t.head[node]
    if not (
        t.dep[node] in ("det", "compound", "nmod", "amod")
        and node < head <= node + _JOINED_REACH
        and t.dep[head] in _SUBJECTS
        and t.pos[head] == "PROPN"
    ):
        return False
    # The first of the two bodies is named whole, in two words or more ending in a
    # body's word: not the opening of one name over "and" ("The Energy and Allied
    # Workers Union", "The Kellerton Valley Grape and Wine Association", "Hadleigh and
    # Wendover Teaching Hospitals NHS Foundation Trust").
    if node == root:
        words = [w for w in t.text[first:last] if w[:1].isupper() and w != "The"]
        whole = len(words) >= 2 and words[-1] in ORG_HEADS
        joints = range(last, min(head, last + 2))
    else:
        whole = t.text[node] in ORG_HEADS and any(
            c < node and t.text[c][:1].isupper() and t.dep[c] in ("compound", "poss", "amod")
            for c in t.children[node][:_READ_CHILDREN]
        )
        joints = range(node + 1, min(first, node + 3))
    return whole and any(t.dep[k] == "cc" and t.lower[k] in ("and", "&") for k in joints)


def _part(t: ParsedTokens, first: int, last: int) -> str:
    """What the name at tokens [first, last) does in its clause: "acts" (subject,
    object, agent, recipient, party, or the organization whose staff act), "staff-of"
    for an organization named through its staff, or "scene"."""
    if _party_to_the_deal(t, first, last):
        return "acts"  # "from its owner, Calloway Partners": a party, not an affiliation
    node = _root(t, first, last)
    for _ in range(4):
        if t.dep[node] in _CLIMB and t.head[node] != node:
            node = t.head[node]
            if (
                t.dep[node] == "pobj"
                and t.lower[t.head[node]] in ("of", "for")
                and t.pos[node] == "PROPN"
                and t.pos[t.head[t.head[node]]] == "PROPN"
            ):
                # "The Monetary Authority of Singapore and Orchard Bank agreed": the
                # conjunct is of the whole name the "of" closes, not of its last word.
                node = t.head[t.head[node]]
        else:
            break
    dep, head = t.dep[node], t.head[node]
    if _named_after_subject_noun(t, node) or _name_a_body_calls_itself(t, node) is not None:
        return "acts"  # (also "A militia known as the Red Hand said ...")
    if dep in ("det", "compound", "nmod", "amod") and _joint_subject(t, first, last):
        return "acts"  # "The Royal Flying Doctor Service and Broome Hospital airlifted"
    if dep in _OBJECTS and t.lemma[head] == "tell":
        return "told"  # "told the Daily Post": the outlet or audience, not a party
    if (
        dep in _SUBJECTS
        and _names_an_outlet(t, first, last)
        and t.lemma[head] in REPORTING_LEMMAS
        and (
            any(t.dep[c] == "ccomp" for c in t.children[head])
            # "Corvel is exploring a sale, Bloomberg News reported on Tuesday"
            or t.dep[head] == "parataxis"
        )
    ):
        # "The Halvern Echo first reported that ...": the paper that broke the news is
        # its source, as one that was told is.
        return "told"
    if (
        dep in _SUBJECTS
        and t.lemma[head] in OUTLET_LEARNING_LEMMAS
        and _names_an_outlet(t, first, last)
    ):
        # "Punch Newspapers gathered that ...", "The Daily Courier has learnt": the
        # paper came by the news; its source, no party (round 23).
        return "told"
    if (
        dep == "pobj"
        and t.lower[head] == "to"
        and t.lower[t.head[head]] == "according"
        and _names_an_outlet(t, first, last)
    ):
        return "told"  # "According to the Financial Times, ...": the story's source
    if (
        dep == "pobj"
        and t.dep[head] == "agent"
        and t.lemma[t.head[head]] in OUTLET_CREDIT_LEMMAS
        and _names_an_outlet(t, first, last)
    ):
        # "The case was first reported by the Toledo Ledger", "as first reported by the
        # Nairobi Courier", "a report first published by the Deccan Courier": the paper
        # that broke the story is its source, no party to it (round 34d; not "told",
        # which a person the rules took the paper for would count as acting).
        return "scene"
    if (
        dep == "ROOT"
        and t.pos[node] == "PROPN"
        and any(t.dep[c] == "relcl" for c in t.children[node])
    ):
        # "The Harbury Supporters' Trust, which owns 5% of the club, called for ...": the
        # parser made the subject the sentence's root; a clause about it says it is one.
        return "acts"
    if _passed_through(t, node):
        return "scene"
    if dep in _SUBJECTS and t.lemma[head] in WEATHER_ENDURING_LEMMAS:
        # "Britain bakes in 34C heat", "Greece sweltered": a land the weather falls on.
        return "scene"
    if dep in _SUBJECTS and last - first == 1 and _is_a_share_or_sum(t, head):
        # "Turnout was 61.2%", "Sales were up 4% on last year": one capitalized word
        # that is a share or a sum is what is measured, no one who acts.
        return "scene"
    if dep in _SUBJECTS or dep in _OBJECTS or dep in ("agent", "dep"):
        # "dep" is the parser's own "attached, but I cannot say how": the benefit of
        # the doubt, since an actor wrongly dropped costs more than scenery kept.
        return "acts"
    if (
        dep == "pobj"
        and t.lower[head] == "of"
        and t.dep[t.head[head]] in _SUBJECTS
        and any(t.dep[c] == "poss" and t.pos[c] == "PROPN" for c in t.children[node])
    ):
        # "The Church of England's General Synod has voted": the parser hangs the owner's
        # name on "of" and the synod under it; the possessed body is the subject (round 18).
        return "acts"
    if dep == "pobj":
        preposition = t.lower[head]
        governor = t.head[head]
        if (
            preposition in ("on", "upon")
            and t.pos[governor] == "VERB"
            and head == governor + 1
            and any(t.dep[c] == "xcomp" and c > node for c in t.children[governor])
        ):
            # "called on the Department for Transport to publish the cost": the one a
            # call is made on, who is to act (round 35)
            return "acts"
        if _cited_source(t, node):
            return "acts"  # a source the article cites ("according to", "figures from")
        if preposition == "as" and t.lemma[governor] in NAMING_VERBS:
            return "acts"  # "The victim, named as Ann Lee, died": whom the story is about
        if t.dep[head] == "agent" and t.lemma[governor] == "ask":
            return "told"  # "Asked by the Daily Post whether ...": the questioner, a source
        if t.dep[head] == "agent" or preposition in _PARTY_PREPOSITIONS:
            return "acts"
        if opponent_in_a_result(t, node):
            return "acts"  # "a 5-4 win over the Sacramento Pioneers": the other side
        if _made_by(t, node):
            return "acts"  # "a report by the regulator", "a novel by Ann Lee": the author
        # "returned the objects to Nigeria": a recipient; "flew to Turkey": a place.
        if (
            preposition == "to"
            and t.pos[governor] in ("VERB", "AUX")
            and t.lemma[governor] not in BRINGING_LEMMAS
            and any(t.dep[c] == "dobj" for c in t.children[governor])
        ):
            return "acts"
        if preposition in ("of", "in") and t.lemma[governor] in ISSUED_NOUNS:
            return "acts"  # "Shares of Apex fell", "shares in Apex"
        if preposition == "in" and t.lemma[governor] in HOLDING_NOUNS:
            return "acts"  # "built a 20% stake in Corvel": the company a holder buys into
        if preposition == "of" and t.lemma[governor] in ACQUISITION_NOUNS:
            return "acts"  # "the takeover of Apex": the company bought
        if preposition in ("from", "by") and t.lemma[governor] in APPROVAL_NOUNS:
            return "acts"  # "clearance from the regulator": the body that decides
        if preposition == "from" and t.lemma[governor] in SENT_NOUNS:
            return "acts"  # "a winding-up petition from the taxman": the party that sent it
        if preposition == "from" and _came_from(t, node):
            return "acts"  # "The warning came from Jill Tate": who gave it (round 24)
        if (
            preposition in ("for", "of", "from", "at", "with")
            and t.lemma[governor] in COMMENTATOR_NOUNS
            and _describes_a_named_person(t, governor)
            # ("an analyst at the broker Tolland Reeve": introduced as a body, it acts)
            and not _named_with_body_noun(t, node)
            # (not a seat of learning: "an economist at the University of Kent")
            and not any(t.text[i] in ACADEMIC_BODY_WORDS for i in range(first, last))
        ):
            # "said Anjali Rao, a strategist at Coromandel Securities", "analyst Tolu Ade
            # of Cowrie Research": the firm a commentator the story names works for is one
            # of its actors (round 32d; not a trade's workplace, "a nurse at", read below).
            return "staff-of"
        if preposition in ("for", "of", "from") and t.lemma[governor] in COMMENTATOR_NOUNS:
            return "scene"  # "an economist from Barclays": an affiliation
        if preposition in ("for", "of", "from") and t.lemma[governor] in _STAFF_NOUNS:
            return "staff-of"  # "a spokesman for the club", "chief executive of Apex"
        if (
            preposition == "of"
            and t.pos[governor] == "PROPN"
            and t.ent[governor] == "PERSON"
            and t.ent[node] != "PERSON"
            # (a name of two words or more, not a post: "Dean of the Harrowgate School")
            and any(t.dep[c] == "compound" and t.ent[c] == "PERSON" for c in t.children[governor])
            and not any(t.lemma[c] in COMMENTATOR_NOUNS for c in t.children[governor])
            # (a body, not a hometown: "Ann Lee, 49, of Coral Gables"; nor a body's unit,
            # "of the force's Liverpool North CID")
            and (any(t.lower[c] == "the" for c in t.children[node]) or t.text[node] in ORG_HEADS)
            and not any(t.dep[c] == "poss" for c in t.children[node])
        ):
            # "said Chidi Okeke of the Nigerian Civil Aviation Authority": the body the
            # person speaks for (round 23; not "Analyst Dave Roth of Brenner Securities",
            # an affiliation).
            return "staff-of"
        if staffed_at(t, node):
            # "Staff at Brackenfield Academy lined pupils up", "analysts at Bracken
            # Securities said"
            return "staff-of"
        if preposition == "at" and _post_held_at(t, governor):
            # "Ines Calloway, the mission's project manager at the UK Space Agency,":
            # the body a described person works for (round 28).
            return "staff-of"
        if _named_with_body_noun(t, _root(t, first, last)):
            # "signed to the Lagos label Ekwe Records", "a contract to the engineering firm
            # Harrowgate Civil": a body the story introduces by what it is deals in the
            # event, not a place it happens in.
            return "acts"
        if _body_a_party_through(t, first, last, node):
            return "acts"
        return "scene"
    if (
        dep == "poss"
        and t.text[node] in ORG_HEADS
        and t.lemma[head] in HEADED_UNIT_NOUNS
        and t.dep[head] == "pobj"
        and t.lower[t.head[head]] == "of"
        and t.ent[t.head[t.head[head]]] == "PERSON"
    ):
        # "Detective Constable Sam Whitcombe, of West Mercia Police's economic crime
        # unit,": the body whose unit the person works in.
        return "staff-of"
    if dep in ("poss", "compound", "nmod") and t.lemma[head] in ISSUED_NOUNS:
        return "acts"  # "Apex shares rose", "Apex's stock"
    if (
        t.ent[node] not in _NOT_AN_EMPLOYER
        # (two words or more, or an acronym: not "Saltcote's Deon Marchbank", the short
        # form of a club the story names in full)
        and (
            sum(t.text[i][:1].isupper() for i in range(first, last)) >= 2
            or re.fullmatch(r"[A-Z]{2,6}", t.text[first])
        )
        and post_after_name(t, last) is not None
    ):
        # "Groupe Lavoie chief executive Sophie Roy said", "Thornbury Wealth's Renata
        # Salas called it": the body the person who acts holds a post in (round 34d).
        return "staff-of"
    if t.lemma[head] in COMMENTATOR_NOUNS and not (
        dep in ("compound", "nmod") and _describes_a_named_person(t, head)
    ):
        return "scene"  # "analysts at Shore Capital say": an affiliation
    if t.lemma[head] in COMMENTATOR_NOUNS:
        return "staff-of"  # "Shore Capital analyst Ann Lee said": her firm (round 32d)
    if dep in ("poss", "compound", "nmod") and t.lemma[head] in _STAFF_NOUNS:
        return "staff-of"  # "the club's manager", "an FMC spokesperson"
    if (
        dep in ("compound", "nmod")
        and t.dep[head] in ("compound", "amod")
        and t.text[head].islower()
        and head < t.head[head] <= head + 2
        and t.lemma[t.head[head]] in _STAFF_NOUNS
        and t.lemma[t.head[head]] not in COMMENTATOR_NOUNS
        and t.text[t.head[head]].islower()
    ):
        # "Coastlink Ferries operations director Gareth Price": the parser hung the name
        # on the word before the post.
        return "staff-of"
    if (
        dep in ("compound", "amod")
        and last - first > 1
        and t.lower[head] in _SQUAD_POSTS
        # (the post before a person's name: "boss Gary Pellet")
        and t.dep[head] == "compound"
        and t.pos[t.head[head]] == "PROPN"
    ) or (dep == "amod" and last - first > 1 and t.lemma[head] in _STAFF_NOUNS):
        # "Harbourne United manager Gary Pellet": the parser read the name's last word
        # as an adjective of the post (round 22).
        return "staff-of"
    if dep == "compound" and t.pos[head] == "PROPN" and _staff_noun_between(t, last, head):
        # "Acme Foods chief executive Jane Doe said": the parser hung the body's name
        # on the person's, with the post between them (round 22).
        return "staff-of"
    if _campaigners_of(t, node):
        return "staff-of"  # "Greenpeace activists" (the parser may call the name an adjective)
    if _body_owns_what_is_told(t, first, last, node):
        return "acts"
    return "scene"


# The prepositions through which a body is a party to what a clause tells: "a contract
# from the Solar Energy Corporation", "talks with Tokai Electric", "a case against
# Harrow Water Company", "between the Tshwane Metro Council and Apex Civils".
_PARTY_THROUGH_PREPOSITIONS = _PARTY_PREPOSITIONS | {"from"}


def _body_a_party_through(t: ParsedTokens, first: int, last: int, node: int) -> bool:
    """A body the recognizer names in two words or more, one of them a body's word, that
    a clause reaches through "from", "with", "against" or "between" is a party to it,
    though named once (round 31d; "joins from rival Cranmore Foods", "funding from the
    Northern Stages Fund"). Not a place or a venue ("from Heathrow Airport"), an outlet or
    a broadcaster."""
    head = t.head[node]
    if (
        t.dep[node] != "pobj"
        or t.lower[head] not in _PARTY_THROUGH_PREPOSITIONS
        or t.ent[node] != "ORG"
        or _names_an_outlet(t, first, last)
    ):
        return False
    words = [t.text[i] for i in range(first, last) if t.lower[i] not in _NOT_NAME_WORDS]
    return (
        len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1] not in PLACE_HEADS | VENUE_HEADS
        and any(w in ORG_HEADS for w in words)
        and not any(w in BROADCASTER_NAME_WORDS for w in words)
    )


# The prepositions through which a clause or a word of an act reaches the body it is done
# with, to or against ("talks with", "complaints to", "an inquiry into"); "to" and
# "into" only after a noun ("flew to Qantas Park" is where someone went).
_PARTY_TO_NOUN_PREPOSITIONS = frozenset({"to", "into"})


def _body_a_verb_reaches(t: ParsedTokens, first: int, last: int, node: int) -> bool:
    """A name of two words or more the recognizer calls a body, that a verb takes as its
    object or that a clause or an act's noun reaches through a party's preposition, is a
    party to what happens, though named once (round 32d): with a body's word anywhere
    ("asked the Employment Appeal Tribunal", "complaints to the Financial Ombudsman
    Service", "an investigation into Wyvern Water Services"); with none, only as what a
    deed is done to ("agreed to buy rival Solway Power", "sued Quibbly Chat") or as the
    other side of "with" or "against" ("held talks with Tokai Electric"). Not what someone
    tells, visits or beats, a thing a body owns, a deed dated to a year, a place, a venue,
    an outlet, a broadcaster or a competition; not "between" two names (where a route
    runs), which _body_a_party_through reads."""
    if t.ent[node] != "ORG":
        return False
    words = [t.text[i] for i in range(first, last) if t.lower[i] not in _NOT_NAME_WORDS]
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    body_word = any(w in ORG_HEADS for w in words)
    head = t.head[node]
    if t.dep[node] in ("dobj", "dative"):
        if (
            t.pos[head] != "VERB"
            or t.lemma[head] in _NOT_PARTY_LEMMAS
            or not (body_word or t.lemma[head] in _DEED_LEMMAS)
            # ("will build its Vireo EV": what a body owns or makes is a thing)
            or any(t.dep[c] == "poss" for c in t.children[node])
            # ("which bought the bankrupt Maritime Freightways in 1991": history)
            or _dated_to_a_year(t, head)
        ):
            return False
    elif t.dep[node] == "pobj" and head != node:
        governor = t.head[head]
        preposition = t.lower[head]
        if not (
            (preposition in _SIDE_PREPOSITIONS and t.pos[governor] in ("VERB", "NOUN"))
            or (
                body_word
                and (
                    (preposition == "from" and t.pos[governor] in ("VERB", "NOUN"))
                    or (preposition in _PARTY_TO_NOUN_PREPOSITIONS and t.pos[governor] == "NOUN")
                )
            )
        ):
            return False
    else:
        return False
    return not (
        words[-1]
        in PLACE_HEADS | VENUE_HEADS | ADDRESS_HEADS | EVENT_NAME_HEADS | COMPETITION_WORDS
        or any(w in BROADCASTER_NAME_WORDS for w in words)
        or _names_an_outlet(t, first, last)
    )


# The prepositions of the other side ("talks with", "a case against").
_SIDE_PREPOSITIONS = frozenset({"with", "against"})
# What is done to a body, a firm bought or founded ("buy rival Solway Power", "sued
# Quibbly Chat", "fined Harrowgate Mutual").
_DEED_LEMMAS = ACTED_ON_LEMMAS | ACQUISITION_LEMMAS | FOUNDING_LEMMAS


# What one tells, visits or reaches is no party to it ("told the Daily Post", "visited
# the Tate"): the lemmas of telling and of going to see.
# ("beat Sister Agnes by three lengths": a horse or a runner beaten is read, if at all,
# by the rules of results.)
_NOT_PARTY_LEMMAS = frozenset({"tell"}) | VISIT_LEMMAS | ARRIVAL_LEMMAS | BEATING_LEMMAS


_READ_CHILDREN = 12


def _dated_to_a_year(t: ParsedTokens, verb: int) -> bool:
    """Does the verb at `verb` carry a year ("bought ... in 1991", "founded it 1998"),
    directly or through one preposition? What it tells is history, not the news."""
    # (a few of the verb's children and theirs: bounded however many names it governs)
    for child in t.children[verb][:_READ_CHILDREN]:
        for node in (
            (child, *t.children[child][:_READ_CHILDREN]) if t.dep[child] == "prep" else (child,)
        ):
            if t.ent[node] == "DATE" and re.fullmatch(r"1\d{3}|20\d{2}", t.text[node]):
                return True
    return False


def _body_owns_what_is_told(t: ParsedTokens, first: int, last: int, node: int) -> bool:
    """ "Kelmore Mining's proposed pit was blocked", "rejected the Alliance Party's
    complaint", "against the Revenue Department's notice": a body the recognizer names
    in two words or more, one of them a body's ("Mining", "Party", "Trust"), the owner of
    a thing that is itself a subject or an object, is a party to what happens to it
    (round 31d). Not an acronym ("EDSA's northbound lane" is a road), an outlet or a
    broadcaster ("BBC Radio Kent's request"), a place, nor the owner of what a
    preposition only frames ("under the European Union's civil protection mechanism")."""
    head = t.head[node]
    if (
        t.dep[node] != "poss"
        or head == node
        # (a body's name the recognizer calls a person: "Kelmore Mining's")
        or not (t.ent[node] == "ORG" or (t.ent[node] == "PERSON" and t.text[node] in ORG_HEADS))
        or t.pos[head] != "NOUN"
        # (what a subject or an object names; not "under the European Union's mechanism")
        or t.dep[head] not in _SUBJECTS | _OBJECTS
        or _names_an_outlet(t, first, last)
        # (one owner only: not "Doncaster's Fenwick estate")
        or any(t.lower[i] in _POSSESSIVE_MARKS and t.head[i] != node for i in range(first, last))
    ):
        return False
    words = [t.text[i] for i in range(first, last) if t.lower[i] not in _NOT_NAME_WORDS]
    return (
        len(words) >= 2
        and words[-1] not in PLACE_HEADS
        and words[-1][:1].isupper()
        # (a word that makes it a body: not "the Coral Line's eastern extension")
        and any(w in ORG_HEADS for w in words)
        # ("BBC Radio Kent's request": a broadcaster)
        and not any(w in BROADCASTER_NAME_WORDS for w in words)
    )


# The article and the possessive ending a recognizer's span may hold.
_NOT_NAME_WORDS = frozenset({"the", "'s", "’s", "'", "’"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


# The last words of a firm's or a side's name (round 23).
_SIDE_OR_FIRM_WORDS = (
    INSTITUTION_NOUNS["company"]
    | INSTITUTION_NOUNS["club"]
    | INSTITUTION_NOUNS["firm"]
    | INSTITUTION_NOUNS["carrier"]
    | CLUB_WORDS_NO_SURNAME_TAKES
)


def _side_or_firm_moved_to(t: ParsedTokens, root: int, name: str) -> bool:
    """Is the firm or side named at `root` the one a player, a contract or a business goes
    to or comes from ("signed for Ashbourne Rovers", "was loaned to Coleraine Town",
    "re-signed with Castlebar Celtic", "joined Brackley Athletic from Dunmore Town"): the
    object of "to", "for" or "with" hung on a verb, or of "from" on a verb that takes an
    object or a "to" too? A party to the move, not the scene; a name closing on a firm's
    or a side's word only ("was taken to St Mary's Hospital" is where). (round 23)"""
    last_word = name.split()[-1]
    if last_word not in _SIDE_OR_FIRM_WORDS and not (
        # A name the recognizer calls a body, closing on no word of a place's ("awarded
        # the contract to Brightwater Engineering", "went to Tanjong Marine"; not "taken
        # to Royal Darwin Hospital", where someone was taken) (round 24).
        t.ent[root] == "ORG"
        # (of two words or more: a one-word name after "to" is as often a place or a
        # measure the recognizer calls a body, "fly to Majorca", "with a BMI of 30")
        and " " in name
        and t.dep[t.head[t.head[root]]] not in ("acl", "amod")  # ("linked to El Niño")
        # (nor a participle the parser made a clause of its own, with no auxiliary:
        # "warmer waters linked to El Niño have pushed ...")
        and not (
            t.tag[t.head[t.head[root]]] == "VBN"
            and not any(t.dep[c] in ("aux", "auxpass") for c in t.children[t.head[t.head[root]]])
        )
        and given_name_gender(name) is None
        # ("The 5,000m gold went to Faith Cheruiyot": a winner, whom the recognizer may
        # call a body; a contract or an order goes to a firm)
        and (
            (prize := _prize_subject(t, root)) is None
            or t.lower[prize] not in AWARDED_NOUNS | ROLE_NOUNS
            or t.lower[prize] in BODY_AWARDED_NOUNS
        )
        and last_word not in PLACE_HEADS
        and last_word not in PLACE_BODY_HEADS
    ):
        return False
    node = root
    while t.dep[node] == "conj" and t.head[node] != node:
        node = t.head[node]
    if t.dep[node] != "pobj":
        return False
    preposition = t.head[node]
    verb = t.head[preposition]
    if (
        t.lower[preposition] == "from"
        and t.dep[preposition] == "prep"
        and t.pos[verb] == "PROPN"
        and t.dep[verb] == "dobj"
        and t.pos[t.head[verb]] == "VERB"
    ):
        # "joined Durban Stallions from Cape Rangers": the parser hung "from" on the
        # side joined; the side left is a party too (round 24).
        return True
    # (the parser calls "to" after an object a dative: "awarded the contract to X")
    if t.pos[verb] != "VERB" or t.dep[preposition] not in ("prep", "dative"):
        return False
    if last_word not in _SIDE_OR_FIRM_WORDS and (
        t.lemma[verb] in SPEECH_LEMMAS | {"speak", "talk"} or t.text[root] in OUTLET_NAME_HEADS
    ):
        return False  # "speaking to the BBC", "wrote to Harbour Energy": whom words reach
    if t.lower[preposition] in ("to", "for", "with"):
        return True
    return t.lower[preposition] == "from" and any(
        t.dep[c] == "dobj" or (t.dep[c] == "prep" and t.lower[c] == "to") for c in t.children[verb]
    )


def _staff_noun_between(t: ParsedTokens, after: int, head: int) -> bool:
    """A post ("manager", "chief executive") between a name and the person's name it
    hangs on, hung on the same person's name."""
    if not after < head <= after + 3:
        return False
    return any(
        t.lemma[i] in _STAFF_NOUNS and t.pos[i] == "NOUN" and t.head[i] == head
        for i in range(after, head)
    )


def _introduces_a_body(t: ParsedTokens, noun: int) -> bool:
    """Is the common noun one a body is introduced by ("the label", "the website",
    "Pollster"), or "service" or "tank" with a lower-case word before it ("the
    conciliation service", "think tank")?"""
    lemma = t.lemma[noun].casefold()
    if lemma in NAMED_BODY_NOUNS or lemma in BODY_NOUNS_BEFORE_A_NAME:
        return True
    return lemma in BODY_NOUNS_NEEDING_A_MODIFIER and any(
        c == noun - 1
        and t.dep[c] in ("compound", "amod")
        and t.text[c].isalpha()
        and t.text[c].islower()
        for c in t.children[noun]
    )


def _named_with_body_noun(t: ParsedTokens, root: int) -> bool:
    """ "the label Ekwe Records", "the London label Boucan" (the noun before the name),
    "the engineering firm Harrowgate Civil" (the name in apposition to the noun): a name
    the article introduces as a body; "Forward Latvia, a liberal party led by ..." (the
    noun, with its article, in apposition to the name)."""
    if t.dep[root] == "appos" and _introduces_a_body(t, t.head[root]):
        return True
    # (Not where something happens, "Outside the Capitol, a small group of protesters":
    # a place, and a group of people, not one body.)
    if not (t.dep[root] == "pobj" and t.lower[t.head[root]] in PLACE_PREPOSITIONS) and any(
        t.dep[c] == "appos"
        and t.pos[c] == "NOUN"
        and t.lemma[c] in NAMED_BODY_NOUNS
        and any(t.dep[d] == "det" and t.lower[d] in ("a", "an", "the") for d in t.children[c])
        and not any(t.lower[d] == "of" for d in t.children[c])
        for c in t.children[root]
    ):
        return True
    # (The parser hangs "the" on the noun or on the name: "the Lagos label Ekwe Records".)
    # Without an article, the noun's trade says it ("hired engineering firm Tolland
    # Rudd"), where a bare noun alone may open a sentence ("Company spokesman Dale Fenner");
    # not after a preposition ("an analyst at research firm Tessaract": an affiliation).
    return any(
        t.dep[c] == "compound"
        and t.pos[c] == "NOUN"
        and t.lemma[c] in NAMED_BODY_NOUNS
        and (
            any(t.dep[d] == "det" for d in (*t.children[root], *t.children[c]))
            or (
                t.dep[root] != "pobj"
                and any(
                    t.dep[d] in ("compound", "amod") and t.text[d].islower() and d < c
                    for d in t.children[c]
                )
            )
        )
        for c in t.children[root]
    )


def _is_a_share_or_sum(t: ParsedTokens, verb: int) -> bool:
    """Is the clause of `verb` a "be" whose complement is a percentage or a sum
    ("was 61.2%", "were up 4%", "was £2.1m")?"""
    if t.lemma[verb] != "be":
        return False
    for complement in t.children[verb]:
        if t.dep[complement] not in ("attr", "acomp", "advmod"):
            continue
        for token in (complement, *t.children[complement]):
            if t.ent[token] in ("PERCENT", "MONEY"):
                return True
    return False


def _party_to_the_deal(t: ParsedTokens, first: int, last: int) -> bool:
    """ "to buy the chain from its owner, Calloway Partners": the name at tokens [first,
    last), closing as a body's does, in apposition to what it is to the business a deal
    is about."""
    root = _root(t, first, last)
    return (
        t.dep[root] == "appos"
        and t.lemma[t.head[root]] in DEAL_PARTY_NOUNS
        and t.text[t.head[root]].islower()
        and t.text[last - 1] in ORG_HEADS
    )


def _cited_source(t: ParsedTokens, root: int) -> bool:
    """ "according to the KNBS", "figures from the ONS showed", "a survey by the RAC":
    the name is the source the story cites, a body or a person, named once or not."""
    preposition = t.head[root]
    if t.dep[root] != "pobj" or preposition == root:
        return False
    governor = t.head[preposition]
    return (t.lower[preposition] == "to" and t.lower[governor] == "according") or (
        t.lower[preposition] in ("from", "by") and t.lemma[governor] in CITED_DATA_NOUNS
    )


def _came_from(t: ParsedTokens, root: int) -> bool:
    """ "The warning came from Jill Tate of the Bureau", "Criticism came from the Law
    Society": the name is who sent what came, a party as the sender of "a letter from"
    is (round 24)."""
    preposition = t.head[root]
    if t.dep[root] != "pobj" or t.lower[preposition] != "from":
        return False
    verb = t.head[preposition]
    return (
        t.lemma[verb] == "come"
        and t.pos[verb] == "VERB"
        and any(
            t.dep[c] == "nsubj" and t.lemma[c] in SENT_NOUNS | APPROVAL_NOUNS
            for c in t.children[verb]
        )
    )


def _passed_through(t: ParsedTokens, node: int) -> bool:
    """ "The bill passed the state Assembly 61-38 and the Senate 19-14": the chamber a
    measure went through (the object of "pass" whose subject is a common noun) is where
    the vote happened, not a party to the story, and its tally is no result of a game."""
    for _ in range(3):
        if t.dep[node] in _CLIMB and t.head[node] != node and t.pos[t.head[node]] != "VERB":
            node = t.head[node]
    head = t.head[node]
    return (
        # (the parser may join a second chamber to the verb itself: "and the Senate 19-14")
        t.dep[node] in ("dobj", "conj")
        and t.lemma[head] in PASSAGE_LEMMAS
        and any(t.dep[c] in _SUBJECTS and t.pos[c] == "NOUN" for c in t.children[head])
    )


_NOT_EVENTS = frozenset({"be", "seem", "appear", "remain", "look", "feel", "take", "mean"})


def _introduced_by_noun(t: ParsedTokens, first: int, last: int) -> bool:
    """Does a common noun of its own, in lower case and no thing's, open the name at
    tokens [first, last) ("producer Ann Lee", "physio Ann Lee")?"""
    before = first - 1
    return (
        before >= 0
        and t.sent[before] == t.sent[first]
        and t.pos[before] == "NOUN"
        and t.text[before].islower()
        and first <= t.head[before] < last
        and not _thing_noun(t, before)
    )


def _thing_noun(t: ParsedTokens, index: int) -> bool:
    """A common noun of a work, a vessel, an animal or a product, written in lower case
    (its lemma, or its own word when the tagger took it for an adjective)."""
    return t.text[index].islower() and (
        t.lemma[index] in NAMED_THING_NOUNS or t.lower[index] in NAMED_THING_NOUNS
    )


def _of_its(t: ParsedTokens, noun: int) -> bool:
    """Does the noun at `noun` go on "of its ..." ("the launch of its new console")?"""
    return any(
        t.lower[p] == "of"
        and any(
            t.dep[o] == "pobj"
            and any(t.lower[c] == "its" and t.dep[c] == "poss" for c in t.children[o])
            for o in t.children[p]
        )
        for p in t.children[noun]
    )


def _goes_on_as_it(t: ParsedTokens, subject: int) -> bool:
    """Is the name at `subject` taken up as "it", "its" or "which" ("Apex said it would
    cut 900 jobs", "Apex reported its first loss", "Apex, which makes chips, said")? Not
    a dummy "it" ("Ann Lee said it was a shame")."""
    if any(
        t.dep[c] == "relcl" and any(t.lower[w] == "which" for w in t.children[c])
        for c in t.children[subject]
    ):
        return True  # "Historic Environment Scotland, which funded the survey, said"
    if t.dep[subject] not in _SUBJECTS:
        return False
    verb = t.head[subject]
    # "Kelmore has agreed to buy its smaller rival": the object of the verb the subject's
    # own verb opens (round 25)
    opened = [
        c
        for c in t.children[verb]
        if t.dep[c] == "xcomp"
        and t.pos[c] == "VERB"
        and t.pos[subject] == "PROPN"
        and t.lemma[verb] in CHOSEN_ACT_LEMMAS
    ]
    for child in [*t.children[verb], *(g for c in opened for g in t.children[c])]:
        if t.dep[child] == "dobj" and any(
            t.lower[c] == "its" and t.dep[c] == "poss" for c in t.children[child]
        ):
            return True
        if t.head[child] != verb:
            continue
        if t.dep[child] == "dobj" and _of_its(t, child):
            return True  # "Pixelforge has delayed the launch of its console"
        if (
            t.dep[child] in ("ccomp", "conj")
            and t.lemma[child] not in _NOT_EVENTS
            and any(
                t.lower[c] == "it" and t.dep[c] == "nsubj" and c < child for c in t.children[child]
            )
        ):
            return True
    return False


def _two_known_bodies(name: str, known_bodies: Collection[str]) -> bool:
    """ "Norvale Council and Dunmere Council", taken whole by the recognizer, where the
    rules found each body by its own name: two bodies, never a third. Not a body whose
    name names its briefs ("National Institute of Water and Atmospheric Research", which
    the rules cut at its head words): the words before "and" hold a connector."""
    head, joint, tail = name.rpartition(" and ")
    head = head.removeprefix("The ")
    return (
        bool(joint)
        and head in known_bodies
        and tail in known_bodies
        and not any(w in ORG_CONNECTORS for w in head.split())
        # (round 24: nor a tail with no name of its own, only a body's head words: "the
        # Top End Hospital and Health Service", cut by the rules at "and")
        and not all(w in ORG_HEADS for w in tail.split())
    )


def _prize_subject(t: ParsedTokens, node: int) -> int | None:
    """The prize (or the part won: "Best actress", "Player of the match") whose winner is
    the object of "to" at `node` ("... went to Priya Raman"), or None: a common noun, or
    a capitalized one that names what is won, not a pronoun or a name ("She went to",
    "Harbour Lights went to Leeds")."""
    preposition = t.head[node]
    if t.dep[node] != "pobj" or t.lower[preposition] != "to":
        return None
    verb = t.head[preposition]
    if t.lemma[verb] not in PRIZE_PASSING_LEMMAS or t.pos[verb] != "VERB":
        return None
    subject = next((c for c in t.children[verb] if t.dep[c] == "nsubj"), None)
    if subject is None:
        return None
    if t.pos[subject] == "NOUN" or t.lower[subject] in AWARDED_NOUNS | ROLE_NOUNS:
        return subject
    return None


def _made_by(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` whom a common noun is "by": the author of a report, a work
    or a deed ("Analysis by the Resolution Foundation found", "a new novel by Siobhan
    Keane", "an investigation by the Halden Echo")? Not a place beside a thing ("a
    cottage by Lake Bassenthwaite": no person or body), nor a credit ("Additional
    reporting by Ann Lee")."""
    preposition = t.head[root]
    if t.dep[root] != "pobj" or t.lower[preposition] != "by" or t.dep[preposition] != "prep":
        return False
    noun = t.head[preposition]
    # (Not a credit: "Additional reporting by Ann Lee", "Editing by", "a piece by".)
    credit = t.lower[noun].endswith("ing") or (
        t.lemma[noun] in CREDIT_NOUNS and t.lemma[noun] not in CREDIT_LEMMAS
    )
    return t.pos[noun] == "NOUN" and not credit


def _name_a_body_calls_itself(t: ParsedTokens, index: int) -> int | None:
    """Where the name ending at `index` starts when a body acting as a subject goes by
    it: "A ransomware group calling itself Nightjar claimed ...", "a militia known as
    the Red Hand said ...". None otherwise."""
    if t.pos[index] != "PROPN" or not t.text[index][:1].isupper():
        return None
    verb = t.head[index]
    if t.dep[index] == "pobj" and t.lower[verb] == "as":
        verb = t.head[verb]
        if t.lower[verb] != "known":
            return None
    elif not (
        t.dep[index] in ("oprd", "attr", "dobj", "xcomp")
        and t.lemma[verb] == "call"
        and any(t.lower[c] in ("itself", "themselves") for c in t.children[verb])
    ):
        return None
    noun = t.head[verb]
    if (
        t.dep[verb] != "acl"
        or t.lemma[noun] not in ORG_KIND_NOUNS | GROUP_ACTOR_NOUNS
        or t.dep[noun] not in _SUBJECTS
    ):
        return None
    first = index
    while first > 0 and t.dep[first - 1] == "compound" and t.pos[first - 1] == "PROPN":
        first -= 1
    return first


def nationality_of_state_body(t: ParsedTokens, index: int) -> int | None:
    """ "the Norwegian foreign ministry", "the French interior ministry": a nationality,
    then a word or two in lower case saying which of its state bodies the lower-case
    noun at `index` is. Where the nationality stands, or None (a nationality right
    before the noun is _name_before_body_noun's own case)."""
    if not t.text[index].islower() or t.lemma[index] not in STATE_BODY_NOUNS:
        return None
    before = index - 1
    while (
        before > 0
        and index - before <= 2
        and t.text[before].isalpha()
        and t.text[before].islower()
        and t.dep[before] in ("amod", "compound")
    ):
        before -= 1
    if (
        before == index - 1
        or index - before > 3
        or not is_demonym(t.text[before])
        or not hangs_within(t.head, before, index, 4)
    ):
        return None
    return before


_BODY_KIND_WORDS = COMPANY_NOUNS | ORG_KIND_NOUNS | BODY_NOUNS | frozenset(INSTITUTION_NOUNS)
_CLUB_WORDS = INSTITUTION_NOUNS["club"]
# Who a club has: players, coaches and officials ("Orbridge City manager").
_SQUAD_NOUNS = frozenset(
    {"manager", "boss", "coach", "captain", "chairman", "striker", "midfielder", "defender"}
    | {"goalkeeper", "keeper", "winger", "forward", "player", "fans", "fan", "supporter"}
    | {"owner", "director", "academy", "prop", "hooker", "fly-half", "scrum-half", "full-back"}
)
# The posts of a side's staff and squad (not its fans): "Harbourne United boss Gary
# Pellet" is the club's man, and the club an actor of the story (round 22).
_SQUAD_POSTS = _SQUAD_NOUNS - {"fans", "fan", "supporter", "academy"}
_TRAILING_SCORE = re.compile(r"(?:\s+\d{1,3}\s?[-–]\s?\d{1,3})+$")


def _jailed(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` the object of what is only done to a person ("jailed",
    "arrested")?"""
    head = t.head[root]
    return (
        t.dep[root] == "dobj" and t.lemma[head] in PERSON_ACTED_ON_LEMMAS and t.pos[head] == "VERB"
    )


def _in_the_dock(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` the one a court deals with ("the jury convicted Ann Lee", "Ann
    Lee was fined")? A name set beside the one the court deals with ("A 34-year-old
    woman, Ann Lee, has been charged") is too (round 43)."""
    if t.dep[root] == "appos" and t.head[root] < root:
        described = t.head[root]
        for _ in range(2):
            # ("A 52-year-old man from Leeds, Ann Lee,": the parser may hang the name on
            # the place that ends the description)
            if t.dep[described] in ("pobj", "prep"):
                described = t.head[described]
        if t.pos[described] == "NOUN":
            root = described
    head = t.head[root]
    if head == root or t.pos[head] != "VERB" or t.dep[root] not in ("dobj", "nsubjpass"):
        return False
    # "Ann Lee was found guilty": the verdict as a verb of finding.
    if t.lemma[head] == "find" and t.dep[root] == "nsubjpass":
        return any(t.lower[c] == "guilty" for c in t.children[head])
    # The lemmatizer reads "fined" as "fin": the past participle less its "d" is the verb.
    return t.lemma[head] in DOCK_LEMMAS or t.lower[head][:-1] in DOCK_LEMMAS


def _pleads(t: ParsedTokens, root: int) -> bool:
    """ "Ann Lee admitted theft", "Lee pleaded guilty", "Lee denies murder"."""
    head = t.head[root]
    return head != root and t.dep[root] == "nsubj" and t.lemma[head] in PLEA_LEMMAS


def _campaigners_of(t: ParsedTokens, root: int) -> bool:
    """ "Greenpeace activists", "Amnesty campaigners": the name modifies a plural noun
    of the people who act for a body's cause, in lower case."""
    head = t.head[root]
    return (
        head != root
        and t.dep[root] in ("compound", "amod", "nmod")
        and t.tag[head] == "NNS"
        and t.text[head].islower()
        and t.lemma[head] in CAMPAIGNER_NOUNS
    )


def _one_word_company(t: ParsedTokens, index: int, lower_words: set[str]) -> bool:
    """A capitalized word standing alone as a name (no name word joined to it) that
    only a company can be in its sentence: taken up as "it" ("Zentrix said it would cut
    jobs"), issuing shares ("shares in Quorvo", "Quorvo's stock"), with staff only a
    body has ("Zentrix boss Ann Lee") or bought ("agreed to buy Lumeno")."""
    word = t.text[index]
    if (
        len(word) < 3
        or not word[:1].isupper()
        or word.isupper()
        or not word.isalpha()
        or word.casefold() in lower_words
        or word in COMMON_CAPITALIZED
        or is_demonym(word)
        # "Company spokesman Dale Fenner": a common noun opening a sentence.
        or word.casefold() in _BODY_KIND_WORDS
        or _plainly_describes(word, lower_words)
        or t.pos[index] not in ("PROPN", "NOUN")
        or any(
            t.dep[c] in ("compound", "flat", "poss")
            and t.text[c][:1].isupper()
            and not _trade_opening_the_sentence(t, c, index)
            for c in t.children[index]
        )
    ):
        return False
    if _trade_opening_the_sentence(t, index - 1, index):
        # "Retailer Pennywise will close 40 stores": the noun a business goes by, opening
        # the sentence capitalized, then the one-word name it describes (round 25)
        return True
    dep, head = t.dep[index], t.head[index]
    if dep in ("compound", "flat") and t.text[head][:1].isupper():
        return False  # one word of a longer name
    if t.pos[index] == "NOUN" and any(t.dep[c] == "prep" for c in t.children[index]):
        # "Profit at Eastmere Water fell 9%, the company said", "Profit before tax rose",
        # "Revenue from its shops rose": a common noun opening a sentence, qualified as
        # the tagger reads a common noun, is what the body measures, not the body
        return False
    if _after_company_noun(t, index):
        # "Shares in the online fashion retailer Velour fell": the noun says what it is,
        # wherever the parser hangs the name.
        return True
    if dep in _SUBJECTS:
        if _measure_that_moved(t, index):
            return False
        if t.pos[index] == "NOUN" and plural_person_word(t.text[index]):
            # "Passengers will receive compensation, the airline said": the people the
            # body speaks of, opening the sentence capitalized, are not the body
            return False
        return (
            _goes_on_as_it(t, index)
            or _said_by_the_body_noun(t, index)
            or _taken_up_by_body_noun(t, index)
        )
    if (
        dep == "appos"
        and index > 0
        and t.text[index - 1] in ("-", "–", "—")
        and t.dep[head] in _SUBJECTS
    ):
        # "LONDON, March 4 (Reuters) - Brindlecombe said it would": the parser hangs the
        # subject on the dateline's place.
        return _goes_on_as_it(t, head)
    if dep in ("compound", "poss"):
        return t.lemma[head] in ISSUED_NOUNS or (
            t.lemma[head] in BODY_STAFF_NOUNS and t.text[head].islower()
        )
    if dep == "dobj":
        return t.lemma[head] in ACQUISITION_LEMMAS
    if dep == "pobj" and t.lower[head] in ("in", "of"):
        governor = t.lemma[t.head[head]]
        return governor in ISSUED_NOUNS or (t.lower[head] == "of" and governor in ACQUISITION_NOUNS)
    return False


# What a verb acts on or is, besides a bare amount: a firm's deed, not a measure's move.
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dative", "attr", "iobj", "oprd"})


def _measure_that_moved(t: ParsedTokens, subject: int) -> bool:
    """ "Demand fell sharply in the second quarter, the company said", "Revenue rose 6%,
    the bank said": a word the tagger reads as a common noun, opening a sentence as the
    subject of a verb of change with no object but an amount, is what the body measures,
    not the body ("Eskom cut 300 jobs, the company said" has an object) (round 25)."""
    verb = t.head[subject]
    return (
        t.pos[subject] == "NOUN"
        and (
            t.lemma[verb] in CHANGE_NOUNS
            # "Profits had halved, the company said", "Earnings were flat, the bank
            # said": a plural the tagger reads as a common noun, opening the sentence
            # with no object, is what the body counts, whatever verb moves it; a
            # plural-looking firm acts on something ("Boots closed 30 stores"), says
            # something or is something ("Boots said", "Boots is a chemist") (round 27)
            or (
                t.tag[subject] == "NNS"
                and t.lemma[verb] not in SPEECH_LEMMAS
                and not any(t.dep[c] in _COMPLEMENTS for c in t.children[verb])
            )
        )
        and not any(
            t.dep[c] == "dobj" and t.ent[c] not in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")
            for c in t.children[verb]
        )
    )


def _trade_opening_the_sentence(t: ParsedTokens, noun: int, index: int) -> bool:
    """Is token `noun`, right before the name at `index`, the first word of its sentence
    and a noun only a business or a body goes by ("Retailer", "Chipmaker", "Watchdog"),
    hung on the name?"""
    return (
        noun >= 0
        and noun == index - 1
        and t.head[noun] == index
        and t.dep[noun] == "compound"
        and (noun == 0 or t.sent[noun - 1] != t.sent[noun])
        and t.lower[noun] in DESCRIPTIVE_BODY_NOUNS
    )


def _said_by_the_body_noun(t: ParsedTokens, subject: int) -> bool:
    """Is the name at `subject` the subject of what "the company said" ("Veltro has
    recalled 40,000 handsets, the company said"): the clause is reported by a body noun
    with its article, which stands for the name it reports on? Not a body noun with a
    name of its own ("Zenvoxa cut relapse rates, the drugmaker Halvern Pharma said": the
    name reported on is its product)."""
    verb = t.head[subject]
    if t.dep[verb] in ("ccomp", "parataxis") and _reported_by_body_noun(t, t.head[verb]):
        return True
    # "Pellow, the fashion chain said, would shut 20 stores": the report set inside the
    # clause it reports, hung on the clause's verb (round 26)
    return any(
        t.dep[c] in ("parataxis", "advcl") and c < verb and _reported_by_body_noun(t, c)
        for c in t.children[verb]
    )


def _reported_by_body_noun(t: ParsedTokens, speech: int) -> bool:
    """Is `speech` a verb of saying whose subject is a body noun with its article and no
    name of its own ("the company said", "the department store said")?"""
    return t.lemma[speech] in SPEECH_LEMMAS and any(
        t.dep[c] == "nsubj"
        and t.lemma[c] in COMPANY_NOUNS
        and any(t.lower[d] == "the" for d in t.children[c])
        and not any(
            t.dep[d] in ("appos", "compound") and t.pos[d] == "PROPN" for d in t.children[c]
        )
        for c in t.children[speech]
    )


def _taken_up_by_body_noun(t: ParsedTokens, subject: int) -> bool:
    """Is the name at `subject` the subject of its sentence's main verb, and does the
    next sentence open with a body noun and its article as its own subject, which takes
    the name up ("Greggs reported a 9% rise in sales. The bakery chain said ...",
    "Ocado will reopen its warehouse. The online grocer lost £40m")? Not a body noun
    with a name of its own ("The retailer Velour said"), nor a common noun opening the
    sentence ("Posts shared widely ... The company said"). (round 21)"""
    if t.pos[subject] != "PROPN" or t.dep[t.head[subject]] != "ROOT":
        return False
    sentence, n = t.sent[subject], len(t.text)
    start = subject + 1
    while start < n and t.sent[start] == sentence:
        start += 1
    if start >= n or t.sent[start] != sentence + 1 or t.lower[start] != "the":
        return False
    end = start
    while end < n and t.sent[end] == sentence + 1:
        end += 1
    if any(
        t.lower[k] in PRONOUN_GENDER or t.lower[k] in POSSESSIVE_GENDER for k in range(subject, end)
    ):
        # "Holloway said she had been bullied. The company denied it": a person.
        return False
    noun = start + 1
    while noun < n and t.text[noun].islower() and t.dep[noun] in ("amod", "compound"):
        noun += 1
    return (
        noun < n
        and t.head[start] == noun
        and t.dep[noun] in ("nsubj", "nsubjpass")
        and t.dep[t.head[noun]] == "ROOT"
        and t.lemma[noun] in COMPANY_NOUNS
        and not any(
            t.dep[d] in ("appos", "compound") and t.pos[d] == "PROPN" for d in t.children[noun]
        )
    )


def _after_company_noun(t: ParsedTokens, index: int) -> bool:
    """Is the word at `index` written right after a lower-case noun a business or a
    body goes by ("the retailer Velour", "watchdog Ofcom"), in a phrase with its article
    ("the online fashion retailer Velour"), the noun no trade a person has too ("the
    producer", "a maker")?"""
    noun = index - 1
    if noun < 1 or not t.text[noun].islower():
        return False
    lemma = t.lemma[noun]
    if lemma not in DESCRIPTIVE_BODY_NOUNS and not (
        lemma in COMPANY_NOUNS and not lemma.endswith(AGENT_SUFFIXES)
    ):
        return False
    first = noun
    while first > 0 and t.text[first - 1].islower() and t.pos[first - 1] in ("ADJ", "NOUN"):
        first -= 1
    return first > 0 and t.lower[first - 1] in ("the", "a", "an")


def _named_after_subject_noun(t: ParsedTokens, index: int) -> bool:
    """ "The charity Hearthly said": the parser, not knowing the name, may take the body
    noun before it for the subject and hang the name on the verb."""
    before = index - 1
    return (
        before >= 0
        and t.dep[index] not in _SUBJECTS
        and t.text[index][:1].isupper()
        and t.dep[before] in _SUBJECTS
        and t.head[before] == t.head[index]
        and t.head[index] > index
        and t.text[before].islower()
        and t.lemma[before] in BODY_NOUNS
    )


_MAX_LIST_MEMBERS = 12


def _given_before_surnames(names: Iterable[str]) -> dict[str, set[str]]:
    """The word before the surname in each full name: "Edith Carrow" -> {"Carrow":
    {"Edith"}}."""
    before: dict[str, set[str]] = {}
    for name in names:
        words = _without_titles(name).split()
        if len(words) >= 2:
            before.setdefault(words[-1], set()).add(words[-2])
    return before


def _headline_epithet(t: ParsedTokens, index: int, given_before: Mapping[str, set[str]]) -> bool:
    """Is the capitalized word at `index`, before a surname, a headline's participle or
    adjective rather than a given name ("Rediscovered Carrow painting sells", "Jailed
    Smith loses appeal", "Tearful Okafor retires")? Only where it opens its sentence
    (its capital says nothing), has the shape of a participle or an adjective, is no
    known given name, and the article names the person in full with another word before
    the surname ("Edith Carrow", "Darren Smith"); so "Alfred Carrow said" stands."""
    if index + 1 >= len(t.text) or not _opens_sentence(t, index):
        return False
    word, surname = t.text[index], t.text[index + 1]
    others = given_before.get(surname, set()) - {word}
    return bool(
        others
        and _HEADLINE_EPITHET.fullmatch(word)
        and given_name_gender(word) is None
        and t.pos[index + 1] == "PROPN"
    )


def _opens_dateline(text: str, start: int, end: int) -> bool:
    """A dateline's place: opening a paragraph, then a comma, a bracket or a dash
    ("OMAHA, Neb. -", "LIMA (Reuters) -")."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    return not text[paragraph_start:start].strip() and bool(_DATELINE_AFTER.match(text, end))


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = _POSSESSIVE_EDGE.sub("", name).strip(" ,-–—")
    # "beat Ann Lee 7-5": the recognizer may take the score into the name.
    name = _TRAILING_SCORE.sub("", name)
    words = name.split()
    if len(words) > 2 and words[-1] in POST_NOMINALS:
        name = " ".join(words[:-1])  # "Ann Lee KC" is Ann Lee
    elif len(words) > 1 and words[-2].endswith(",") and words[-1] in _COURTESY_TOKENS:
        # "The member for Eastvale, Hon. Grace Mutua": the recognizer took the style of
        # the name after the comma into the name before it.
        name = " ".join(words[:-1]).rstrip(",")
    # A full stop ends a sentence, not an abbreviation's name ("U.S.", "Ltd.").
    return (
        name[:-1] if name.endswith(".") and name[-2:-1].islower() and " " not in name[-4:] else name
    )


def _without_titles(name: str) -> str:
    words = name.split()
    words = words[office_before_name_at(words) :]
    # "Dr Ann Lee", and "Neighbour Tom Hadley": a person noun written as a title;
    # "Kenyan Paul Rotich": a nationality written before the name
    while (
        len(words) > 2
        and (
            words[0].casefold().rstrip(".") in _TITLE_WORDS
            or rank_part_before_title(words)
            or words[0].casefold() in PERSON_NOUNS
            # "Licensee Tom Hadley": an occupation known by its ending
            or occupation_before_name(words)
            or nationality_before_name(words[0])
            or words[0] in PARTY_MEMBER_NOUNS
        )
        # "Dean of Kestwick", "Mayor of Selbury": an office, not a title before a name.
        and words[1][:1].isupper()
    ):
        words = words[1:]
    return " ".join(words)


def office_named(name: str) -> bool:
    """ "Dean of Kestwick", "Bishop of Selbury", "Mayor for Harrowden": a person the
    article names by the office held (the recognizer calls it a person)."""
    words = name.split()
    return (
        len(words) >= 3
        and words[1] in ("of", "for")
        and words[0].casefold().rstrip(".") in _OFFICE_NOUNS
        and all(w[:1].isupper() for w in words[2:] if w not in NAME_CONNECTORS)
    )


def apposed_name_after(t: ParsedTokens, root: int, end: int) -> bool:
    """ "The Dean of Kestwick, the Very Rev Alan Moss, said": a proper name set off in
    apposition after the phrase (the person it names)."""
    return any(
        c >= end and t.dep[c] == "appos" and t.pos[c] == "PROPN" and t.text[end] == ","
        for c in t.children[root]
    )


_CREDIT_WINDOW = 30


def _is_credit(t: ParsedTokens, token: int) -> bool:
    """A credit line: "Ann Lee contributed to this report", "This article was produced
    by ...": a credit verb and "this report" within a short window of the name."""
    sentence = t.sent[token]
    first = max(0, token - _CREDIT_WINDOW)
    last = min(len(t.sent), token + _CREDIT_WINDOW)
    verb = noun = False
    for index in range(first, last):
        if t.sent[index] != sentence:
            continue
        # (a verb: the noun "report" is the lemma of both; "had earned every word of
        # this report" quoted is no credit line, round 43)
        verb = verb or (t.lemma[index] in CREDIT_LEMMAS and t.pos[index] in ("VERB", "AUX"))
        noun = noun or (
            t.lemma[index] in CREDIT_NOUNS
            and index > 0
            and (
                t.lower[index - 1] == "this"
                # "Additional reporting by Ann Lee", "Ann Lee contributed reporting.", not
                # "the national reporting centre" (a noun "reporting" qualifies)
                or (
                    t.lower[index] == "reporting"
                    and not (
                        index + 1 < len(t.lower)
                        and t.sent[index + 1] == t.sent[index]
                        and t.pos[index + 1] == "NOUN"
                    )
                )
            )
        )
    return verb and noun


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Kinds the article describes by what they do ("promoter Wildmeadow Events", "Ann Lee,
# a nurse"); a place's description is scenery.
_DESCRIBED_KINDS = frozenset({"person", "organization", "group"})
# A possessive apostrophe ("fans' group", "the club’s captain") is no quote mark.
_POSSESSIVE_MARK = re.compile(r"(?<=\w)[’'](?=s\b)|(?<=s)[’'](?=\s)")
_DETERMINERS = frozenset({"the", "a", "an"})
_NO_WORDS: set[str] = set()
_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_MAX_DESCRIPTION_TOKENS = 12
# (and a hyphen standing alone at its end: "Nigeria -" of "Lagos, Nigeria - Ann Lee",
# a dateline's dash; round 38)
_DESCRIPTION_BREAK = re.compile(r"[,;:()\[\]“”\"‘’«»\n—–]|^'|\s'|'\s|\s-\s|\s-$")
# A thousands separator ("about 1,200 of its staff"), kept inside what a body or a
# person does now.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _role_noun(word: str) -> bool:
    """A noun that says what a person does: an office, a noun of people, or an agent noun
    ("songwriter", "broadcaster"), never a relative."""
    folded = word.casefold()
    return folded not in KIN_NOUNS and (
        folded in _OFFICE_NOUNS
        or folded in PERSON_NOUNS
        or (folded.endswith(AGENT_SUFFIXES) and folded not in AGENT_LOOKALIKES)
    )


_CLAUSE_OPENERS = frozenset({"who", "whose", "which", "that", "whom"})


def seat_in_brackets(t: ParsedTokens, first: int, last: int) -> bool:
    """ "(Serangoon Hills GRC)", "(Hatfield North SMC)": a name in brackets on its own,
    capitalized and ending in a constituency's word (a member's seat written after her
    name); or one after a party's label or acronym and a comma or a dash ("(PN–Kuala
    Nerus)", "(Lab, Bury North)"), which the recognizer may call a person."""
    if not (
        first >= 1
        and last < len(t.text)
        and t.text[last] == ")"
        and all(t.text[i][:1].isupper() or t.text[i] in ("-", "–") for i in range(first, last))
    ):
        return False
    if t.text[first - 1] == "(":
        return t.text[last - 1] in CONSTITUENCY_TAILS
    if t.text[first - 1] not in _SEAT_SEPARATORS:
        return False
    # the party's label, one word or two ("(Lab, Bury North)", "(Lib Dem, Marden Vale)")
    return any(
        first - 2 - width >= 0
        and t.text[first - 2 - width] == "("
        and _party_label(t, first - 1 - width, first - 1)
        for width in (1, 2)
    )


def party_in_brackets(t: ParsedTokens, first: int, last: int) -> bool:
    """ "(Lib Dem, Marden Vale)" after a councillor's name: the party's label that opens
    the brackets before a seat, which the recognizer may call a person or a body; the
    member's label, no actor of the story (round 35)."""
    if not (
        first >= 1
        and last + 1 < len(t.text)
        and t.text[first - 1] == "("
        and t.text[last] in _SEAT_SEPARATORS
        and _party_label(t, first, last)
    ):
        return False
    closing = next(
        (i for i in range(last + 2, min(len(t.text), last + 8)) if t.text[i] == ")"), None
    )
    return closing is not None and seat_in_brackets(t, last + 1, closing)


def _party_label(t: ParsedTokens, first: int, last: int) -> bool:
    """A party's label or acronym in brackets: "Lab", "Lib Dem", "PN"."""
    if last - first == 1:
        party = t.text[first]
        return (party.isupper() and 2 <= len(party) <= 5) or party.casefold() in PARTY_LABELS
    return " ".join(t.text[first:last]).casefold() in PARTY_LABELS


_SEAT_SEPARATORS = frozenset({",", "-", "–", "—"})


_HEADED_NOUNS = (
    NAMED_BODY_NOUNS | COMPANY_NOUNS | CLUB_DESCRIPTION_NOUNS | BODY_UNIT_NOUNS | HEADED_UNIT_NOUNS
)


_RANK_WORDS = frozenset(w.casefold().rstrip(".") for w in RANKS | RANK_PARTS)


def _bare_rank(role: str | None) -> bool:
    """ "Major General", "Vice Admiral": a military rank and nothing more."""
    return bool(role) and all(w.casefold().rstrip(".") in _RANK_WORDS for w in (role or "").split())


def _broken(phrase: str, numbers_inside: bool = False) -> bool:
    """Does a quote mark, a bracket or a clause break cut the phrase? With
    `numbers_inside`, a thousands separator does not."""
    if numbers_inside:
        phrase = _THOUSANDS.sub("", phrase)
    return bool(_DESCRIPTION_BREAK.search(_POSSESSIVE_MARK.sub("", phrase)))


def _after_name(
    text: str, t: ParsedTokens, first: int, cut: bool = False, numbers_inside: bool = False
) -> str | None:
    """Words from token `first` to the next comma (an apposition's or a relative
    clause's own end) or the end of its sentence, at most a dozen words (or the first
    dozen, with `cut`); with `numbers_inside`, a number may hold a thousands separator
    ("which represents about 1,200 drivers")."""
    last = first
    while (
        last + 1 < len(t.sent)
        and t.sent[last + 1] == t.sent[first]
        and last - first < 2 * _MAX_DESCRIPTION_TOKENS
    ):
        last += 1
    start, end = t.start[first], t.end[last]
    # A comma token ends it, and so does a bracket ("head of tennis at the Lawn Tennis
    # Association (LTA)"); a thousands separator ("£3,800") is inside a number token.
    # A dash closes an apposition a dash opened ("Ann Lee — a former soldier — said"); a
    # hyphen inside a word ("mother-of-two") does not.
    comma = next(
        (
            t.start[i]
            for i in range(first, last + 1)
            if t.text[i] in (",", "(", "—", "–")
            or (t.text[i] == "-" and i > first and t.end[i - 1] < t.start[i])
        ),
        -1,
    )
    words = [w.strip(".;:") for w in text[start : comma if comma >= 0 else end].split()]
    words = [w for w in words if w]
    while words and words[-1] in ("and", "or", "but"):
        # "a founding trustee of the trust and, for 20 years, chair of ...": the comma
        # cuts a joined second description off; its "and" goes with it (round 32).
        words = words[:-1]
    if cut:
        words = words[:_MAX_DESCRIPTION_TOKENS]
    elif len(words) > _MAX_DESCRIPTION_TOKENS:
        # "a GP in Leicester and a member of the college's prescribing committee": two
        # descriptions joined; the first is the role.
        joint = next(
            (
                i
                for i in range(2, len(words) - 1)
                if words[i] == "and" and words[i + 1].casefold() in ("a", "an", "the")
            ),
            None,
        )
        if joint is None:
            # "a retired bus driver from Dudley who died four days after ...": the
            # description before a long relative clause.
            joint = next((i for i in range(2, len(words)) if words[i] in _CLAUSE_OPENERS), None)
            if joint is not None and _background(" ".join(words[:joint])):
                calling = _calling_clause(t, first, last, words[joint])
                if calling is not None:
                    # "a mother of two who has taught history at the college for 14
                    # years": what the clause says she does over the family line.
                    words = words[joint + 1 :][:_MAX_DESCRIPTION_TOKENS]
                    joint = None
        if joint is None and len(words) > _MAX_DESCRIPTION_TOKENS:
            # "a glaciologist at the University of Northmoor and lead author of the
            # study": a second post joined with no article; the first is the role
            # (round 43)
            joint = next(
                (
                    i
                    for i in range(2, len(words) - 1)
                    if words[i] == "and" and words[i + 1][:1].islower()
                ),
                None,
            )
        if joint is not None:
            words = words[:joint]
    else:
        opener = next((i for i in range(2, len(words)) if words[i] in _CLAUSE_OPENERS), None)
        if (
            opener is not None
            and _background(" ".join(words[:opener]))
            and _calling_clause(t, first, last, words[opener]) is None
            and _event_clause(t, first, last, words[opener])
        ):
            # "a father of two who has denied the charges": the family line, not the
            # event the clause tells.
            words = words[:opener]
    phrase = " ".join(words)
    if not 2 <= len(words) <= _MAX_DESCRIPTION_TOKENS or _broken(phrase, numbers_inside):
        return None
    return phrase


def _event_clause(t: ParsedTokens, first: int, last: int, opener: str) -> bool:
    """Does the relative clause opened by `opener` tell an event: a past tense or a
    perfect ("who died in May", "who has denied the charges")?"""
    at = next((i for i in range(first, last + 1) if t.lower[i] == opener), None)
    if at is None or t.dep[t.head[at]] != "relcl":
        return False
    verb = t.head[at]
    return t.tag[verb] == "VBD" or (
        t.tag[verb] == "VBN"
        and any(t.dep[c] == "aux" and t.lemma[c] == "have" for c in t.children[verb])
    )


def _holds_a_share(t: ParsedTokens, verb: int) -> bool:
    """Does the clause on `verb` give a share in per cent ("who still owns 17% of the
    company", "who holds a 30 per cent stake")? What a person owns is a stake, where the
    office or calling the story gives them elsewhere is the role. A bounded read of the
    clause's next few tokens."""
    sentence = t.sent[verb]
    for i in range(verb + 1, min(len(t.text), verb + _SHARE_REACH)):
        if t.sent[i] != sentence or t.text[i] in (",", ";", "(", "—", "–"):
            break
        if t.text[i] == "%" or (t.lower[i] == "cent" and t.lower[i - 1] == "per"):
            return True
    return False


# How many tokens after a clause's verb its share is looked for ("owns 17% of").
_SHARE_REACH = 8


def _calling_clause(t: ParsedTokens, first: int, last: int, opener: str) -> int | None:
    """The verb of the relative clause opened by `opener` between tokens `first` and
    `last` when it tells a calling: the present of a verb of a career ("who teaches
    history", "who runs the shop") or its perfect with the span it has lasted ("who has
    taught history for 14 years"); None for an event ("who died in May")."""
    at = next((i for i in range(first, last + 1) if t.lower[i] == opener), None)
    if at is None:
        return None
    verb = t.head[at]
    if t.dep[verb] != "relcl":
        return None
    if _held_for_a_while(t, verb, since=True):
        return verb
    if _holds_a_share(t, verb):
        return None  # "who still owns 17% of the company": a stake (round 29)
    if (
        t.tag[verb] in ("VBZ", "VBP")
        and t.lemma[verb] in ROLE_VERBS | CAREER_LEMMAS
        and not any(t.dep[c] in ("aux", "neg") for c in t.children[verb])
    ):
        return verb
    return None


_COURTESY_TOKENS = frozenset(t.rstrip(".") for t in COURTESY_TITLES | HONORIFICS)
# Possessives a description drops ("Our head of policy, Ann Lee,", "Her deputy, Ann
# Lee,"); "its" and "their" stay for the final role to name (_owner_named).
_POSSESSIVE_DETERMINERS = frozenset({"our", "my", "your", "his", "her"})


# The kinds of actor a possessive pronoun can stand for.
_OWNER_KINDS = {
    "its": ("organization", "group"),
    "their": ("organization", "group"),
}
_OWNER_REACH = 3  # sentences back to the subject a possessive pronoun stands for


def _closes_as_no_surname(name: str) -> bool:
    """ "Lowther Town", "Ashby Rovers", "Dunholm Falcons": a name closing on a club's word
    or a side's nickname that no surname takes, not opened by a common given name, is a
    club's whatever the recognizer said."""
    words = name.split()
    return (
        len(words) >= 2 and words[-1] in CLUB_WORDS_NO_SURNAME_TAKES and words[0] not in GIVEN_NAMES
    )


def _owners(
    name: str,
    sentence: int,
    subject_in: Mapping[int, str],
    kind_of: Mapping[str, str],
    people_in: Mapping[int, set[str]],
    bodies_in: Mapping[int, set[str]] | None = None,
) -> dict[str, str]:
    """What each possessive pronoun in a role of the actor first named in `sentence`
    stands for: the subject of the nearest sentence before that has an actor as its
    subject, when that actor is of a kind the pronoun can stand for ("Tollan Foods lost
    £40m. Its chief executive, Priya Marsh, said": "its" is Tollan Foods). "His" and
    "her" stand for a person only when the sentence just before has that person as its
    subject and names no other ("Ryan Maddox scored twice. His father Steve watched"):
    their gender is not in the parse, and further back the person they stand for is
    often someone else ("Jailing her, Judge Ann Lee said ... Her barrister said"). "Its"
    does not reach past a sentence naming another body ("Norfolk Fire and Rescue said ...
    Hospitals admitted 312 patients, according to the NHS board. Its chief medical
    officer, ..."): the body it stands for is unclear, and the office alone reads better.
    A body that is the sentence's own first subject, the only body the sentence names,
    stands for "its" and "their" there too ("Northvale Energy said on Monday that its
    president, Ann Lee, will retire"; round 33)."""
    own = subject_in.get(sentence)
    if (
        own is not None
        and own != name
        and kind_of.get(own) in _OWNER_KINDS["its"]
        and bodies_in is not None
        and all(
            _one_name_of(body.replace(".", ""), own.replace(".", ""))
            for body in bodies_in.get(sentence, set()) - {name}
        )
    ):
        return {pronoun: own for pronoun in _OWNER_KINDS}
    for back in range(1, _OWNER_REACH + 1):
        owner = subject_in.get(sentence - back)
        if owner is None:
            continue
        if owner == name:
            return {}
        owned = {
            pronoun: owner for pronoun, kinds in _OWNER_KINDS.items() if kind_of.get(owner) in kinds
        }
        if bodies_in is not None and any(
            bodies_in.get(sentence - between, set()) - {owner, name} for between in range(1, back)
        ):
            owned = {p: o for p, o in owned.items() if kind_of.get(o) == "person"}
        if (
            back == 1
            and kind_of.get(owner) == "person"
            and all(_one_name_of(n, owner) for n in people_in.get(sentence - 1, ()))
        ):
            owned.update({"his": owner, "her": owner})
        return owned
    return {}


def _one_name_of(name: str, other: str) -> bool:
    """ "Maureen Stott" and "Pensioner Maureen Stott", before their records merge: one
    person's name within the other's."""
    words, other_words = set(name.split()), set(other.split())
    return words <= other_words or other_words <= words


def hyphen_in_word(t: ParsedTokens, index: int) -> bool:
    """Is the token at `index` a hyphen glued to the words on both sides ("vice-chair")?"""
    return _hyphen_in_word(t, index)


def _hyphen_in_word(t: ParsedTokens, index: int) -> bool:
    """Is the token at `index` a hyphen glued to the words on both sides ("44-year-old")?"""
    return (
        t.text[index] == "-"
        and 0 < index < len(t.text) - 1
        and t.end[index - 1] == t.start[index]
        and t.end[index] == t.start[index + 1]
    )


def _next_to(
    text: str,
    t: ParsedTokens,
    name_first: int,
    lower_words: set[str],
    person: bool,
    not_described: set[int],
) -> str | None:
    """A description written just before a name when the parse does not join them:
    "broadcaster Northlight TV", "Cabinet member for housing Cllr Ann Lee", "tries from
    winger Ann Lee and prop Tom Bell" (the parser may take "prop" for a verb). From the
    tokens: a common noun next to the name (after any title), then back over nouns,
    adjectives, possessives and a "for"/"of" after a staff noun, at most a dozen words."""
    index = name_first - 1
    while index >= 0 and t.text[index].casefold().rstrip(".") in _COURTESY_WORDS:
        index -= 1
    sentence = t.sent[name_first]
    if (
        not person
        and index >= 1
        and t.lower[index] == "the"
        and t.tag[index - 1] == "NN"
        and t.sent[index - 1] == sentence
    ):
        index -= 1  # "farmers' union the NFU", "campaign group the Ramblers"
    if index < 0 or t.sent[index] != sentence or index in not_described:
        return None
    word = t.text[index]
    # "Cabinet member for housing", "Chair of governors": the remit of an office.
    remit = t.dep[index] == "pobj" and t.lemma[t.head[t.head[index]]] in _STAFF_NOUNS
    if (
        t.dep[index] == "pobj"
        and not remit
        and t.head[index] < index
        and _opens_sentence(t, t.head[index])
        and any(t.dep[c] == "det" for c in t.children[index])
    ):
        # "In a statement Ann Lee said", "In a statement Harbour Lane Productions
        # said": the object of a phrase fronted with no comma, no description (29b).
        return None
    # "Kestrel Bay lock Sione Fifita", "and wicketkeeper Simba Marange made 57": a
    # player's position the tagger took for a verb or an adjective (round 28, f).
    position = person and _position_tagged_otherwise(t, index)
    if not word[:1].islower() or (
        t.tag[index] not in ("NN", "NNP")
        and not _in_pair(t, index)
        and not (remit and t.tag[index] == "NNS")
        and not position
    ):
        return None
    if (
        person
        and not position
        and not _describes(word, _NO_WORDS)
        and t.lemma[index] not in ORG_KIND_NOUNS  # a body the rules took for a person
        and not remit
    ):
        # A person is described by a noun of people ("winger", "paramedic", "member for
        # housing"); "the squad Ann Lee coaches" is no description of her.
        return None
    if (
        not person
        and index >= 2
        and t.text[index - 1] == "-"
        and t.start[index] == t.end[index - 1]
        and t.pos[index - 2] == "ADP"
    ):
        # "Under-fire Stockbridge Rovers boss": the end of a hyphened modifier opening
        # with a preposition ("Under-fire", "Over-stretched") is no body's kind.
        return None
    if t.lower[index] in EVIDENCE_HEARERS and not _role_noun(word):
        # "told the inquest Ann Lee had died", "told the court Harkup spent": who heard
        # it, however the parser hangs it; a court is no one's role.
        return None
    verb = t.head[index]
    if t.dep[index] in ("dobj", "dative", "iobj", "attr") and not (
        t.tag[verb] == "VBG" and (verb == 0 or t.sent[verb - 1] != sentence)
    ):
        # "told the jury Ann Lee had lied": the noun is the verb's, not hers ("Angling
        # club Ann Lee", the parser's verb opening the sentence, is a description).
        return None
    node = name_first
    while t.dep[node] in ("compound", "flat") and node < t.head[node] <= node + 4:
        node = t.head[node]
    clause = t.head[node]
    if t.dep[node] in _SUBJECTS and t.dep[clause] == "relcl" and t.head[clause] == index:
        return None  # "the team Ann Lee leads": she is the subject of its clause
    first = index
    while first - 1 >= 0 and t.sent[first - 1] == sentence and index - first < 2 * 6:
        before = first - 1
        if before in not_described:
            break
        if t.pos[before] in ("NOUN", "ADJ", "PROPN") or t.tag[before] == "POS":
            first = before
        elif (
            # "Leader of the opposition Sir Ann Lee": the remit's article
            t.lower[before] == "the"
            and before - 2 >= 0
            and t.lower[before - 1] in ("for", "of")
            and t.lemma[before - 2] in _STAFF_NOUNS
            and t.sent[before - 2] == sentence
        ):
            first = before - 2
        elif (
            t.lower[before] in ("for", "of")
            and before - 1 >= 0
            and t.lemma[before - 1] in _STAFF_NOUNS
            and before - 1 >= 0
            and t.sent[before - 1] == sentence
        ):
            first = before - 1
        else:
            break
    if first >= 2 and t.lower[first - 1] in ("and", "or", "&") and t.pos[first - 2] == "NOUN":
        return None  # "husband and wife Ann Lee and Tom Bell": two people at once
    words = text[t.start[first] : t.end[index]].split()
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    while words and words[-1].casefold() in _DETERMINERS:
        words = words[:-1]
    if not words or len(words) > _MAX_DESCRIPTION_TOKENS:
        return None
    description = " ".join(words)
    return None if _broken(description) else description


# The words a sports report uses for its players ("lock", "prop", "hooker", "skipper").
_SPORT_PLAYERS = STORY_SIDES["sport"][0]
# Words before a verb's bare form that make it a verb ("to lock", "will prop up").
_VERB_OPENERS = frozenset(
    {"to", "will", "would", "could", "can", "should", "must", "might", "may", "did", "not"}
)


def _position_tagged_otherwise(t: ParsedTokens, index: int) -> bool:
    """Is the lower-case word before a name a player's position or a word a report
    uses for a person (READ_BACK_DESCRIPTION_NOUNS, the players of STORY_SIDES: "lock",
    "wicketkeeper", "prop") that the tagger took for a verb or an adjective, with nothing
    before it that makes it a verb ("to lock", "will prop") and no verb it is the
    particle of ("put forward Tom Reid")?"""
    if t.pos[index] == "NOUN" or not (
        t.lower[index] in READ_BACK_DESCRIPTION_NOUNS or t.lower[index] in _SPORT_PLAYERS
    ):
        return False
    if t.dep[index] in ("prt", "advmod"):
        return False
    before = index - 1
    return (
        before < 0
        or t.sent[before] != t.sent[index]
        or (
            t.lower[before] not in _VERB_OPENERS
            and t.tag[before] not in ("PRP", "MD")
            and t.pos[before] not in ("VERB", "AUX")
        )
    )


def _noun_of_a_role(t: ParsedTokens, noun: int) -> bool:
    """A noun of people that says more than "man" or "woman" ("miner", "postman",
    "bride")."""
    if t.lemma[noun] in BARE_PERSON_NOUNS or (
        _shouted(t, noun) and t.lower[noun] in BARE_PERSON_NOUNS
    ):
        return _trade_before_a_bare_noun(t, noun)
    if (
        noun >= 2
        and t.text[noun - 1] == "-"
        and t.end[noun - 2] == t.start[noun - 1]
        and _describes(f"{t.text[noun - 2]}-{t.text[noun]}", _NO_WORDS)
    ):
        # "fly-half", "centre-back", "scrum-half": a post the tokenizer split at its
        # hyphen, whose last half alone says nothing (round 43)
        return True
    # "postman", "chairwoman": a compound of a bare noun of people.
    return _describes(t.text[noun], _NO_WORDS) or t.lemma[noun].endswith(PERSON_COMPOUND_ENDINGS)


def _trade_before_a_bare_noun(t: ParsedTokens, noun: int) -> bool:
    """ "a lollipop lady", "the dinner lady, 67,", "a LOLLIPOP man": a bare noun of people
    made a calling by a common noun right before it, as "postman" is by its first half
    (not a place or a body: "Leeds man"; rounds 35 and 42)."""
    return any(
        t.dep[c] == "compound"
        and c == noun - 1
        and t.ent[c] == ""
        and (t.pos[c] == "NOUN" or _shouted(t, c))
        for c in t.children[noun]
    )


def _shouted(t: ParsedTokens, index: int) -> bool:
    """A common noun a tabloid lead writes in capitals ("A DAD-of-three", "A CONMAN"),
    which the tagger reads as a proper noun (round 35)."""
    return len(t.text[index]) > 1 and t.text[index].isupper() and t.ent[index] == ""


def _pared_role(text: str, t: ParsedTokens, head: int, floor: int, end: int) -> str | None:
    """The role in a noun phrase about a person, from its head noun: the nouns and the
    adjectives of a role before it (after token `floor`), the words glued to it by
    hyphens ("mother-of-two") and the phrase right after it ("with dementia"), before
    token `end`."""
    first = head
    while first - 1 > floor and (
        t.dep[first - 1] == "compound"
        or (t.dep[first - 1] == "amod" and t.lower[first - 1] in ROLE_ADJECTIVES)
        or is_demonym(t.text[first - 1])
        # ("The fly-half": the words glued to it by a hyphen before it too; round 43)
        or (t.end[first - 1] == t.start[first] and "-" in (t.text[first - 1], t.text[first]))
    ):
        first -= 1
    last = head
    while (
        last + 1 < end
        and t.start[last + 1] == t.end[last]
        and "-" in (t.text[last], t.text[last + 1])
    ):
        last += 1
    preposition = next((c for c in t.children[head] if c > last and t.dep[c] == "prep"), None)
    if preposition == last + 1:
        stop = _subtree_end(t, preposition)
        # "The chief executive of Apex, which builds the hulls,": the body's own clause
        # after a comma is no part of the post.
        comma = next((i for i in range(preposition + 2, stop + 1) if t.text[i] == ","), None)
        last = min(max(stop if comma is None else comma - 1, last), end - 1)
    phrase = text[t.start[first] : t.end[last]]
    if len(phrase.split()) > _MAX_DESCRIPTION_TOKENS or _broken(phrase):
        return None
    return phrase


# Prepositions that open no part of a post after "as" ("as chair with immediate effect",
# "as manager until the end of the season"), where "of", "at" and "for" do.
_NOT_OF_A_POST = frozenset({"with", "from", "until", "on", "after", "before", "during", "since"})


def _appointed_as(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Apex appointed Ann Lee as interim chief executive", "named its finance director,
    Ann Lee, as chief executive", "Ann Lee was appointed as chair": the post after "as"
    on a verb of appointing whose object (or passive subject) is the name, or the noun
    the name stands in apposition to."""
    node = _root(t, name_first, name_last)
    if t.dep[node] == "appos" and t.pos[t.head[node]] == "NOUN":
        node = t.head[node]  # "its finance director, Ann Lee,"
    # "Ann Lee, who was named as chief executive in June,": the relative clause's verb.
    relative = next(
        (
            c
            for c in t.children[node]
            if c > node
            and t.dep[c] == "relcl"
            and t.lemma[c] in APPOINTING_LEMMAS
            and any(
                t.dep[g] == "nsubjpass" and t.lower[g] in ("who", "that") for g in t.children[c]
            )
        ),
        None,
    )
    # "announced the appointment of Ann Lee as chief technology officer": the noun of
    # the appointment stands for its verb.
    by_noun = (
        t.dep[node] == "pobj"
        and t.lower[t.head[node]] == "of"
        and t.pos[t.head[t.head[node]]] == "NOUN"
        and t.lemma[t.head[t.head[node]]] in APPOINTMENT_NOUNS
    )
    if t.dep[node] not in ("dobj", "oprd", "nsubjpass") and relative is None and not by_noun:
        return None
    verb = t.head[node] if relative is None else relative
    if by_noun:
        verb = t.head[verb]
    elif (
        t.lemma[verb] not in APPOINTING_LEMMAS
        and not (
            # "was sworn in as health minister": taking up an office by oath.
            t.lemma[verb] in OFFICE_TAKING_LEMMAS
            and t.dep[node] == "nsubjpass"
            and any(t.dep[c] == "prt" for c in t.children[verb])
        )
    ) or t.pos[verb] != "VERB":
        return None
    # "as" right after the name, or after the comma that closes its apposition.
    after = name_last + 1 if name_last < len(t.text) and t.text[name_last] == "," else name_last
    if after < len(t.text) and t.lower[after] != "as":
        # "named Ann Lee, a former chief executive of Apex, as interim chair", "hired Ann
        # Lee, who ran a gallery, as its director": "as" on the verb after the comma that
        # closes what the name's own clause or apposition says.
        closing = _subtree_end(t, _root(t, name_first, name_last))
        if (
            closing + 1 < len(t.text)
            and t.text[closing] == ","
            and t.lower[closing + 1] == "as"
            and t.head[closing + 1] == verb
        ):
            after = closing + 1
    if (
        (relative is not None or (t.dep[node] == "nsubjpass" and node < verb))
        and after < len(t.text)
        and t.lower[after] != "as"
    ):
        # "Ann Lee was named as chief executive", "who has been appointed as head": the
        # "as" the passive verb after the name governs.
        governed = next(
            (c for c in t.children[verb] if c > verb and t.lower[c] == "as" and t.dep[c] == "prep"),
            None,
        )
        if governed is not None:
            # (a post, not "named as a suspect": the noun must say what a person does)
            post = next((c for c in t.children[governed] if t.dep[c] == "pobj"), None)
            if post is None or not _role_noun(t.text[post]) or t.lemma[post] in NOT_APPOINTED_NOUNS:
                return None
            after = governed
    if after >= len(t.text) or t.lower[after] != "as" or t.sent[after] != t.sent[node]:
        return None
    post = next((c for c in t.children[after] if t.dep[c] == "pobj"), None)
    if post is not None:
        last = _subtree_end(t, post)
        # "as head coach on Monday", "as interim chair with immediate effect": when and
        # how the parser hung on the post are no part of it.
        dated = [
            c
            for c in t.children[post]
            if c > post
            and t.dep[c] == "prep"
            and (
                t.lower[c] in _NOT_OF_A_POST
                or any(t.text[g] in WEEKDAYS or t.text[g] in MONTHS for g in t.children[c])
            )
        ]
        if dated:
            last = min(dated) - 1
    else:
        # The parser may take "as" for a conjunction ("as interim head coach after Ann
        # Lee was sacked"): the run of words in lower case after it that ends on a noun.
        last = after
        while (
            last + 1 < len(t.text)
            and t.pos[last + 1] in ("ADJ", "NOUN")
            and t.text[last + 1].islower()
        ):
            last += 1
        post = last
    if (
        post == after
        or t.pos[post] not in ("NOUN", "PROPN")
        # (a post written in capitals, "as Chief Technology Officer", "as Minister for
        # Health", when its head is a noun of a post; never "named as Ann Lee")
        or not (t.text[post].islower() or _role_noun(t.text[post]))
    ):
        return None
    phrase = text[t.start[after + 1] : t.end[last]]
    if len(phrase.split()) > _MAX_DESCRIPTION_TOKENS or _broken(phrase):
        return None
    return phrase


def _subtree_end(t: ParsedTokens, node: int) -> int:
    """The last token of the subtree under `node` (bounded walk)."""
    last, stack, seen = node, [node], 0
    while stack and seen < 4 * _MAX_DESCRIPTION_TOKENS:
        current = stack.pop()
        seen += 1
        last = max(last, current)
        stack.extend(t.children[current])
    return last


def _in_pair(t: ParsedTokens, index: int) -> bool:
    """ "winger Ann Lee and prop Tom Bell": a lower-case word after "and" whose pair,
    before the "and", is a name described by a lower-case noun."""
    if index < 3 or t.lower[index - 1] not in ("and", "or"):
        return False
    before = index - 2
    steps = 0
    while before >= 0 and t.text[before][:1].isupper() and steps < 4:
        before -= 1
        steps += 1
    return (
        steps > 0
        and before >= 0
        and t.sent[before] == t.sent[index]
        and t.text[before][:1].islower()
        and t.pos[before] == "NOUN"
    )


def _what_they_do(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee runs a cafe near the site", "Ann Lee, 52, chairs the parish council": a
    present tense of ROLE_VERBS says what the person does (not "has run", "does not
    run"); the clause from its verb."""
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    if t.dep[root] != "nsubj" or verb == root or verb < root:
        return None
    if _held_for_a_while(t, verb):
        # "Ann Lee has run the pub for 20 years": the perfect of a career, with its span.
        start = next(c for c in t.children[verb] if t.dep[c] == "aux")
    elif (
        t.tag[verb] != "VBZ"
        or t.lemma[verb] not in ROLE_VERBS
        or any(t.dep[c] in ("neg", "aux") for c in t.children[verb])
    ):
        return None
    else:
        start = verb
    objects = [c for c in t.children[verb] if c > verb and t.dep[c] in ("dobj", "prep", "prt")]
    if not objects:
        # "runs a surf hire shop": the parser may read the object as a clause of its own
        # ("a surf" its subject), which then opens with the object's article.
        objects = [
            c
            for c in t.children[verb]
            if c > verb and t.dep[c] in ("ccomp", "advcl") and t.pos[c] == "VERB"
        ]
        if len(objects) != 1 or t.pos[verb + 1] != "DET" or t.head[verb + 1] >= objects[0]:
            return None
    # The verb and what it takes ("runs a cafe near the site"), not what the sentence
    # goes on to ("... and said staff were exhausted").
    last = max(_subtree_end(t, c) for c in objects)
    joint = next(
        (i for i in range(verb + 1, last) if t.dep[i] == "cc" and t.dep[i + 1] == "conj"), None
    )
    if joint is not None and last - start > _MAX_DESCRIPTION_TOKENS:
        last = joint - 1  # "runs a shop on the front and chairs the traders": the first
    phrase = text[t.start[start] : t.end[last]]
    if last - start > _MAX_DESCRIPTION_TOKENS or _broken(phrase):
        return None
    return phrase


def _held_for_a_while(t: ParsedTokens, verb: int, since: bool = False) -> bool:
    """ "has worked at the hospital for 19 years", "has run the Plough for two decades":
    the present perfect of a verb of a career (ROLE_VERBS, CAREER_LEMMAS) with the span it
    has lasted says what a person does, where "has denied the charges" is an event. A
    "since" counts only in a clause about the person (`since`: "Ann Lee, who has run the
    shop since 1990,"): in the main clause "has run the shop since 1990 and said trade
    was down" is read as the story's own event."""
    # "who has been chief executive since 2018", "who has been the club's captain for
    # five years", "who has been principal of the school for 12 years": the office held
    # for a while, its span hung on the verb or on the office (round 29)
    office = (
        next(
            (
                c
                for c in t.children[verb]
                if t.dep[c] in ("attr", "acomp") and t.lemma[c] in _OFFICE_NOUNS
            ),
            None,
        )
        if t.lemma[verb] == "be"
        else None
    )
    if t.tag[verb] != "VBN" or not (t.lemma[verb] in ROLE_VERBS | CAREER_LEMMAS or office):
        return False
    helpers = [c for c in t.children[verb] if t.dep[c] in ("aux", "auxpass", "neg")]
    if (
        len(helpers) != 1
        or t.lemma[helpers[0]] != "have"
        or t.tag[helpers[0]] not in ("VBZ", "VBP")
    ):
        return False
    for child in [*t.children[verb], *(t.children[office] if office is not None else ())]:
        if t.dep[child] != "prep" or child < verb:
            continue
        if t.lower[child] == "for" and any(
            t.dep[c] == "pobj" and t.lemma[c] in CAREER_SPANS for c in t.children[child]
        ):
            return True
        if (
            since
            and t.lower[child] == "since"
            and any(t.dep[c] == "pobj" for c in t.children[child])
        ):
            return True
    return False


def _office_token(t: ParsedTokens, subject: int) -> int | None:
    """The noun of the office a subject is given ("was appointed chair", "became chief
    executive"), None when the verb gives none."""
    verb = t.head[subject]
    if verb == subject or verb < subject or t.lemma[verb] not in APPOINTING_VERBS:
        return None
    passive = t.dep[subject] == "nsubjpass"
    if not passive and not (t.dep[subject] == "nsubj" and t.lemma[verb] == "become"):
        return None
    if any(t.dep[c] == "neg" for c in t.children[verb]):
        return None
    wanted = ("oprd", "attr") if passive else ("attr",)
    office = next((c for c in t.children[verb] if c > verb and t.dep[c] in wanted), None)
    if office is None:
        return None
    # ("was appointed CEO of ...", "was named interim MD": a post written short in
    # capitals, which the tagger takes for a name; round 32)
    written_short = t.text[office].isupper() and t.lower[office] in ROLE_NOUNS
    # ("was appointed Chief Constable", "was elected Mayor of Kestwick": a post in
    # capitals, which the tagger also takes for a name; no office of a name's own
    # ("was named Tom"); round 37)
    capitalized_post = (
        t.pos[office] == "PROPN"
        and t.lower[office] in _OFFICE_NOUNS
        and t.lower[office] not in NOT_APPOINTED_NOUNS
        and t.ent[office] not in ("PERSON", "ORG", "GPE")
        # (no prize: "was named Teacher of the Year")
        and not (
            office + 3 < len(t.text)
            and t.lower[office + 1] == "of"
            and t.lower[office + 2] == "the"
            and t.lower[office + 3] in AWARD_SPAN_NOUNS
        )
    )
    return office if t.pos[office] == "NOUN" or written_short or capitalized_post else None


def _office_given(text: str, t: ParsedTokens, subject: int) -> str | None:
    """ "Ann Lee was appointed chair of the trust in 2019", "was elected mayor", "became
    chief executive": the office's noun phrase (its own words, not the date after)."""
    office = _office_token(t, subject)
    if office is None:
        return None
    verb = t.head[subject]
    first = office
    while first - 1 > verb and t.dep[first - 1] in ("det", "amod", "compound", "poss", "case"):
        first -= 1
    words = text[t.start[first] : t.end[_subtree_end(t, office)]].split()
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    phrase = " ".join(words)
    if not words or len(words) > _MAX_DESCRIPTION_TOKENS or _broken(phrase):
        return None
    return phrase


def _describes(word: str, lower_words: set[str]) -> bool:
    """Is a capitalized word before a name a description ("Gardener", "Mother-of-two",
    "Cllr") rather than a given name ("Esteban")?"""
    folded = word.casefold().rstrip(".")
    return (
        _plainly_describes(word, lower_words)
        or folded in PERSON_NOUNS
        # "Gardener", "Campaigner": an agent noun the recognizer leaves out of the name.
        or (folded.endswith(AGENT_SUFFIXES) and folded not in AGENT_LOOKALIKES)
        or _plural_staff_noun(folded)
    )


def _plural_staff_noun(folded: str) -> bool:
    """ "defenders", "nurses", "coaches": the plural of a post or a trade, which opens a
    list of names ("Defenders Luca Brandt and Owen Pike are out"); a surname that only
    ends like one ("Waters", "Rogers") is no plural of a listed post."""
    return _singular_staff_noun(folded) is not None


def _singular_staff_noun(folded: str) -> str | None:
    """The post or trade a plural names ("coaches" -> "coach", "lifeguards"), or None."""
    if not folded.endswith("s"):
        return None
    if folded[:-1] in _POST_OR_TRADE_NOUNS:
        return folded[:-1]
    if folded.endswith("ves") and folded[:-3] + "fe" in _POST_OR_TRADE_NOUNS:
        return folded[:-3] + "fe"  # "midwives", "wives"
    return folded[:-2] if folded.endswith("es") and folded[:-2] in _POST_OR_TRADE_NOUNS else None


def _opens_sentence(t: ParsedTokens, index: int) -> bool:
    """Is the token the first word of its sentence, or of the story after a dateline's
    dash ("LIMA, June 4 (AFP) - Catcher ..."), capitalized whatever it is?"""
    return index == 0 or t.sent[index - 1] != t.sent[index] or t.text[index - 1] in _DASHES


def _plainly_describes(word: str, lower_words: set[str]) -> bool:
    """A word the article or the lexicon shows is a description ("Paramedic", "Cllr"),
    not one that only ends like an agent noun ("Denver")."""
    folded = word.casefold().rstrip(".")
    return (
        folded in lower_words
        or folded + "s" in lower_words
        or folded in _TITLE_WORDS
        or folded in _STAFF_NOUNS
        or folded in DESCRIPTION_NOUNS
        or word in PARTY_MEMBER_NOUNS
        or bool(re.fullmatch(r"[^\W\d_]+(?:-[a-z]+)+", word))
    )


def _shaped_as_a_person(name: str) -> bool:
    """Is the name written as a person's is, two or three capitalized words of letters
    with no word of a body's name ("Lionel Barrow"; not "Kier Group", "Foster and
    Partners")?"""
    words = name.split()
    return (
        len(words) in (2, 3)
        and words[0] not in COMMON_CAPITALIZED
        and all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
            for w in words
        )
        and not any(w in ORG_HEADS or w in COMPANY_SUFFIXES for w in words)
    )


# "Rediscovered", "Jailed", "Stolen", "Tearful", "Fearless": a headline's participle or
# adjective before a surname.
_HEADLINE_EPITHET = re.compile(r"[A-Z][a-z]{2,}(?:ed|ing|en|ful|less)")


def _names_an_event(words: list[str]) -> bool:
    """ "Storm Edith", "Lunar New Year", "Operation Silver Lantern", "the Kelburn
    Marathon", "the Online Safety Act": a storm, an occasion, an operation, a staged event
    or a law, not an actor. A tabloid's capitals ("STORM Ivo") name a storm too."""
    return len(words) >= 2 and (
        words[0].capitalize() in WEATHER_SYSTEM_WORDS
        or words[0] in OPERATION_WORDS
        or words[-1] in OCCASION_WORDS
        # "the Easter Holidays", "the Summer Holidays"; not the firm "Sunvale Holidays"
        or (
            words[-1] == "Holidays"
            and (words[-2] in HOLIDAY_NAMES or words[-2].casefold() in SEASON_NOUNS)
        )
        or words[-1] in EVENT_NAME_HEADS
        or words[-1] in LAW_NAME_HEADS
    )


def lead_end_of(sentence_ends: Sequence[int]) -> int:
    """Where the article's first sentences (its lead) end."""
    if not sentence_ends:
        return 0
    return sentence_ends[min(_LEAD_SENTENCES, len(sentence_ends)) - 1]


def _describes_a_named_person(t: ParsedTokens, noun: int) -> bool:
    """Is the lower-case noun at `noun` a post or a trade set beside a person's name:
    in apposition to it ("Anjali Rao, a strategist at ..."), before it ("analyst Tolu
    Ade of ...", "Shore Capital analyst Ann Lee"), or what the name is ("She is chief
    economist at ...")? Reads the noun's head and its children only."""
    if not t.text[noun].islower():
        return False
    head = t.head[noun]
    if t.dep[noun] == "appos" and t.pos[head] == "PROPN" and t.ent[head] == "PERSON":
        return True
    if t.dep[noun] == "compound" and t.pos[head] == "PROPN" and t.ent[head] == "PERSON":
        return True
    return any(
        t.dep[c] == "appos" and t.pos[c] == "PROPN" and t.ent[c] == "PERSON"
        for c in t.children[noun]
    )


def _post_held_at(t: ParsedTokens, governor: int) -> bool:
    """Is `governor`, the word an "at" hangs on, a post set beside a person's name by
    which they speak for the body ("Ruth Abernathy, director of policy at ...", "She is
    head of research at ...")? One step up through "of" or "for" ("cabinet member for
    flooding at ..."). Not a trade or a calling ("a nurse at", "a researcher at")."""
    post = governor
    if t.dep[post] == "pobj" and t.lower[t.head[post]] in ("of", "for"):
        post = t.head[t.head[post]]
    return (
        t.lemma[post] in POSTS_SPEAKING_FOR_A_BODY
        and t.text[post].islower()
        and ((t.dep[post] == "appos" and t.pos[t.head[post]] == "PROPN") or t.dep[post] == "attr")
    )


def opponent_in_a_result(t: ParsedTokens, node: int) -> bool:
    """Is the name at `node` the other side of a match's result, a proper noun after
    "against", "over" or "to" on a noun of the result that a score, an adjective or a
    noun qualifies ("a 4-0 home defeat against Millford Town", "a seven-wicket win over
    Chennai Chargers", "a 5-4 win over the
    Sacramento Pioneers", "a narrow loss to Harlow Vikings")? A side the recognizer
    calls a body needs no qualifier ("guided the Levels to victory over Durham Moor",
    "in the win over Waikato Chiefs Development"; round 30). (Not "victory over cancer",
    "the win over Christmas", "victory over Napoleon".)"""
    if t.dep[node] != "pobj" or t.pos[node] != "PROPN":
        return False
    preposition = t.head[node]
    result = t.head[preposition]
    return (
        t.lower[preposition] in ("against", "over", "to")
        and t.lemma[result] in MATCH_RESULT_NOUNS
        and t.pos[result] == "NOUN"
        and t.ent[node] not in ("DATE", "TIME", "EVENT")
        and (
            # (of two words or more: not "victory over Napoleon", called a body)
            (t.ent[node] == "ORG" and t.dep[node - 1] == "compound" and t.head[node - 1] == node)
            or any(
                t.pos[c] in ("NUM", "ADJ") or t.dep[c] in ("nummod", "amod", "poss", "compound")
                for c in t.children[result]
            )
        )
    )


def staffed_at(t: ParsedTokens, node: int) -> bool:
    """Is the name at `node` where the subject's people work ("analysts at Peel Rowe
    said", "Staff at Brackenfield Academy lined pupils up")? Nobody works at a person, so
    it is a body, whatever the recognizer calls it."""
    if t.dep[node] != "pobj":
        return False
    preposition = t.head[node]
    governor = t.head[preposition]
    return (
        t.lower[preposition] == "at"
        and t.lemma[governor] in PERSONNEL_NOUNS | STAFF_AT_NOUNS
        and t.dep[governor] in _SUBJECTS
    )


# How many lower-case words a post before a person's name may run to ("chief executive",
# "franchise owner", "finance spokesperson", "secretary-general"), and how many words
# the body's name before it may run to.
_POST_WINDOW = 4
_OWNER_NAME_WINDOW = 5
# Labels of a name that is where one is, or what one is, never a body one works for.
_NOT_AN_EMPLOYER = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "CARDINAL", "ORDINAL"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# The posts a body's people hold, read before a person's name: its officers, staff and
# squad; not an owner or a shareholder (of a house, of shares), a commentator (an
# affiliation: "Peel Hunt analyst Jo Kemp") or one who only lives or shops somewhere
# ("St Kilda resident Ann Lee").
_POSTS_HELD_IN_A_BODY = (
    (POSTS_SPEAKING_FOR_A_BODY | BODY_STAFF_NOUNS | _SQUAD_POSTS | ROLE_NOUNS)
    - {"owner", "shareholder"}
    - COMMENTATOR_NOUNS
    - PERSON_NOUNS
)
# What the parser may call a capitalized word of a body's name ("Remo Stars" read as a
# verb and a noun).
_NAME_WORD_TAGS = frozenset({"PROPN", "NOUN", "VERB", "ADJ"})
# The last words of a place's, a street's, a venue's or an address's name (built once)
_PLACE_NAME_ENDS = PLACE_HEADS | STREET_HEADS | VENUE_HEADS | ADDRESS_HEADS


def post_after_name(t: ParsedTokens, last: int) -> int | None:
    """Where the named person begins whose post follows the name ending at token
    `last`: a post in lower case ("Groupe Lavoie chief executive Sophie Roy said",
    "Remo Stars striker Sikiru Alimi scored"), or the name's possessive, with or without
    a post ("Thornbury Wealth's Renata Salas called it", "Kakapo Trust's field manager
    Ann Lee said"); the person named in full (a capitalized given name and surname) as
    the subject of a verb, alone or joined to another ("ODM chairman Gladys Ouma and
    UDA secretary-general Hassan Juma traded barbs"). Read off the words in a bounded
    window, since the parser hangs such runs every way (round 34d)."""
    n = len(t.text)
    at = last
    # (the possessive after the name, or the name's own last token: "Corran Capital's")
    possessive = (at < n and t.lower[at] in _POSSESSIVE_TOKENS) or (
        at > 0 and t.lower[at - 1] in _POSSESSIVE_TOKENS
    )
    if at < n and t.lower[at] in _POSSESSIVE_TOKENS:
        at += 1
    post_start, posts = at, False
    while at < min(n, post_start + _POST_WINDOW) and (
        t.text[at] == "-" or (t.text[at].isalpha() and t.text[at].islower())
    ):
        if t.pos[at] not in ("NOUN", "ADJ", "PUNCT", "VERB"):
            return None
        posts = posts or t.lemma[at] in _POSTS_HELD_IN_A_BODY
        if t.lemma[at] in COMMENTATOR_NOUNS or t.lemma[at] in PERSON_NOUNS:
            return None  # "Peel Hunt analyst", "St Kilda resident": no post in a body
        at += 1
    if at == post_start and not possessive:
        return None
    if at > post_start and not posts:
        return None
    if at + 1 >= n or t.sent[at] != t.sent[last - 1]:
        return None
    # The person's name: two capitalized words or more, then its head word.
    words = 0
    head = at
    while head < n and words < _OWNER_NAME_WINDOW:
        if t.pos[head] == "PROPN" and t.text[head][:1].isupper():
            words += 1
        elif not (
            # (a hyphened surname: "Sophie Lavoie-Tremblay")
            t.text[head] in ("-", "–")
            and head + 1 < n
            and t.start[head] == t.end[head - 1]
            and t.start[head + 1] == t.end[head]
        ):
            break
        head += 1
    if words < 2 or t.ent[at] in _NOT_AN_EMPLOYER:
        return None
    node = head - 1
    for _ in range(_OWNER_NAME_WINDOW):
        if at <= t.head[node] < head and t.head[node] != node:
            node = t.head[node]
        else:
            break
    if post_start <= t.head[node] < at:
        node = t.head[node]  # the name set beside its post, the post the subject
    if t.dep[node] == "conj" and t.dep[t.head[node]] in _SUBJECTS:
        node = t.head[node]
    if t.dep[node] not in _SUBJECTS or t.pos[t.head[node]] not in ("VERB", "AUX"):
        return None
    return at


def post_owner_names(t: ParsedTokens) -> list[tuple[int, int]]:
    """The token spans [first, last) of the names of bodies written before the post of a
    named person who acts (see `post_after_name`): two capitalized words or more, or an
    acronym ("ODM chairman Gladys Ouma"); not a place, a nationality or a title of
    office ("Quebec Premier", "Kenyan star", "Deputy Chief"). One pass, bounded windows."""
    found: list[tuple[int, int]] = []
    n = len(t.text)
    for last in range(1, n):
        before = last - 1
        if not t.text[before][:1].isupper() or t.pos[before] not in _NAME_WORD_TAGS:
            continue
        if last < n and t.text[last][:1].isupper() and t.lower[last] not in _POSSESSIVE_TOKENS:
            continue  # not the run's end
        first = before
        while (
            first > 0
            and before - first < _OWNER_NAME_WINDOW - 1
            and t.sent[first - 1] == t.sent[before]
            and t.text[first - 1][:1].isupper()
            and t.pos[first - 1] in _NAME_WORD_TAGS
        ):
            first -= 1
        while first < before and (
            t.lower[first] in REFERRING_ADJECTIVES or t.lower[first] in _STAFF_NOUNS
        ):
            first += 1
        words = [t.text[i] for i in range(first, last)]
        if not (len(words) >= 2 or re.fullmatch(r"[A-Z]{2,6}", words[0])):
            continue
        if any(t.ent[i] in _NOT_AN_EMPLOYER for i in range(first, last)):
            continue
        if (
            any(
                w.casefold() in _STAFF_NOUNS
                or is_demonym(w)
                or w in MONTHS
                or w in WEEKDAYS
                or w.casefold().rstrip(".") in _TITLE_WORDS
                for w in words
            )
            or given_name_gender(words[0]) is not None
        ):
            continue  # ("Ann Lee's lawyer Tom Bell": a person's, no body)
        if words[-1] in _PLACE_NAME_ENDS or words[-1].casefold() in NUMBERED_AREA_NOUNS:
            continue  # "Matapiko Ward councillor", "State House spokesman": a place's
        if post_after_name(t, last) is None:
            continue
        found.append((first, last))
    return found
