"""Actors from the parse: who acts in the story, named once, ranked by how central they
are. Pure.

The capitalized-run rules (briefsmith.core.extraction.actors) propose actors and the
attribution adds speakers; this pass reads the dependency parse and the named entities
of the one analysis to settle the list, the way the Gender Gap Tracker and Citron read
a parse rather than a surface:

- **Who acts**: a mention acts when it is the subject or object of a verb, the agent of
  a passive ("fined by the regulator"), the recipient of a transfer ("returned the
  objects to Nigeria"), the party to a deal ("talks with ..."), in apposition or
  coordination with such a mention ("Peru and Ecuador signed"), or the organization whose
  staff act ("an FMC spokesperson said", "the club's manager said"). A place only
  written after "in"/"from"/"at", before another noun ("UK users") or as a nationality
  ("Kenya's Ann Lee") sets the scene and is no actor; nor is an organization only named
  as someone's university, a dateline credit or a report's credit line.
- **Entities the rules missed**: a PERSON (given name and surname) or ORG the
  recognizer finds acting outside quotes joins the list.
- **One actor per name**: a title or description glued to a name ("Gardener Ann Lee",
  "Sir Ann Lee") is cut at the recognizer's entity; a name the recognizer extends
  ("Ann Lee Chebet") takes the fuller form; a possessive edge, a country owner ("Peru's
  Fisheries Agency"), a word cut from the front ("Government Association" beside
  "Local Government Association"), a short form ("Apex" beside "Apex Holdings") and an
  acronym ("FDA", "(GLAMOS)") join their full name.
- **Kinds**: a name the rules took for a person that the recognizer always calls an
  organization ("Hartley Town", "Southmere Water") is an organization.
- **Centrality**: mentions, speech, acting and a place in the first sentences rank the
  actors; the most central come first.

Every step reads bounded windows of the flat token index; the pass is linear in the
article (dictionary lookups, one pass over mentions and entities).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.actors import (
    ActorRecord,
    compound_title,
    honorific_style_length,
    in_headline_line,
    numbered_after,
    office_before_name_at,
    opens_portfolio,
    pastime,
    plural_person_word,
    post_of_body_opening,
)
from briefsmith.core.extraction.quotes import NameMentions
from briefsmith.core.lexicon import (
    ACQUISITION_LEMMAS,
    ACQUISITION_NOUNS,
    ACTED_ON_LEMMAS,
    AGENT_LOOKALIKES,
    AGENT_POSTS,
    AGENT_SUFFIXES,
    ANIMAL_NOUNS,
    ANONYMITY_WORDS,
    APPEARANCE_WORDS,
    APPOINTING_LEMMAS,
    APPOINTING_VERBS,
    APPOINTMENT_NOUNS,
    APPROVAL_NOUNS,
    ARTS_VENUE_HEADS,
    AWARDED_NOUNS,
    BACKGROUND_CLAUSE_OPENINGS,
    BACKGROUND_CLAUSE_VERBS,
    BANK_NAME_ENDS,
    BARE_PERSON_NOUNS,
    BEATING_LEMMAS,
    BODY_AWARDED_NOUNS,
    BODY_FEATURE_NOUNS,
    BODY_NOUNS,
    BODY_ONLY_DESCRIPTIONS,
    BODY_STAFF_NOUNS,
    BODY_UNIT_NOUNS,
    BRACKETED_ASIDE_OPENERS,
    BRINGING_LEMMAS,
    BUILT_BY_LEMMAS,
    BUILT_THING_NOUNS,
    CAMPAIGNER_NOUNS,
    CAPACITY_AS_LEMMAS,
    CAPACITY_NOUNS,
    CAPITAL_CITIES,
    CAREER_LEMMAS,
    CAREER_SPANS,
    CHANGE_NOUNS,
    CHOSEN_ACT_LEMMAS,
    CITED_DATA_NOUNS,
    CLAUSE_OPENERS,
    CLUB_DESCRIPTION_NOUNS,
    CLUB_WORDS_NO_SURNAME_TAKES,
    COLLECTIVE_BODY_NOUNS,
    COMMENTATOR_NOUNS,
    COMMON_CAPITALIZED,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    COMPASS_WORDS,
    COMPETITION_WORDS,
    CONSTITUENCY_TAILS,
    CONTEST_NOUNS,
    COUNSEL_LETTERS,
    COUNSEL_SIDES,
    COURT_SIDES,
    COURTESY_TITLES,
    CRAFT_NAME_HEADS,
    CREDIT_LEMMAS,
    CREDIT_NOUNS,
    DEAL_PARTY_NOUNS,
    DEFENCE_SIDE,
    DEFENDANT_ROLE,
    DEPICTION_NOUNS,
    DESCRIBED_BODY_AGENT_NOUNS,
    DESCRIBED_PLACE_THING_NOUNS,
    DESCRIBED_THING_COMPOUNDS,
    DESCRIBED_THING_NOUNS,
    DESCRIPTION_NOUNS,
    DESCRIPTIVE_BODY_NOUNS,
    DIMENSION_WORDS,
    DOCK_LEMMAS,
    EVENT_NAME_HEADS,
    FIRM_REPORTER_NOUNS,
    FIRM_TRADES,
    FOUNDING_LEMMAS,
    FUTURE_ONLY_SUCCESSION_LEMMAS,
    GIVEN_NAMES,
    GLUED_DESCRIPTORS,
    GOAL_NOUNS,
    GOVERNMENT_ACT_LEMMAS,
    GROUP_ACTOR_NOUNS,
    HAVING_VERBS,
    HEADED_UNIT_NOUNS,
    HEADING_VERB_POSTS,
    HOLDING_NOUNS,
    HOLIDAY_NAMES,
    HONORIFIC_STYLES,
    HONORIFICS,
    HOUSE_TRADES,
    INQUIRY_NOUNS,
    INSTITUTION_NOUNS,
    ISSUED_NOUNS,
    JUDICIAL_TITLES,
    KIN_NOUNS,
    LAW_NAME_HEADS,
    LEAVING_OFFICE_LEMMAS,
    LOCAL_AUTHORITY_NOUNS,
    LOOKING_VERBS,
    MADE_LONG_AGO_LEMMAS,
    MADE_WORK_LEMMAS,
    MARKET_INDEX_NAMES,
    MARKET_INDEX_TAILS,
    MILITARY_HEADS,
    MINISTRY_NOUNS,
    MONTHS,
    NAME_CONNECTORS,
    NAME_OPENING_ABBREVIATIONS,
    NAME_PARTICLES,
    NAMED_BODY_NOUNS,
    NAMED_THING_NOUNS,
    NAMING_VERBS,
    NEW_THING_LEMMAS,
    NEWS_SERVICE_NAMES,
    NICKNAMING_LEMMAS,
    NOT_APPOINTED_NOUNS,
    OCCASION_WORDS,
    OFFICE_OF_TITLE,
    OFFICE_TAILS,
    OFFICE_TAKING_LEMMAS,
    ONE_BANK_NAME_WORDS,
    OPERATED_PLACE_HEADS,
    OPERATED_SERVICE_WORDS,
    OPERATION_WORDS,
    ORG_CONNECTORS,
    ORG_HEADS,
    ORG_KIND_NOUNS,
    OUTLET_LEARNING_LEMMAS,
    OUTLET_NAME_HEADS,
    PARTICIPLES_AFTER_NOUN,
    PARTY_LABELS,
    PARTY_MEMBER_NOUNS,
    PARTY_NAMES,
    PARTY_WORDS,
    PASSAGE_LEMMAS,
    PENALTY_PARTICIPLES,
    PERIOD_ADJECTIVES,
    PERSON_ACTED_ON_LEMMAS,
    PERSON_COMPOUND_ENDINGS,
    PERSON_NOUNS,
    PERSONNEL_NOUNS,
    PICTURE_POINTERS,
    PLACE_BODY_HEADS,
    PLACE_DESCRIBED_FIRM_NOUNS,
    PLACE_HEADS,
    PLACE_KIND_NOUNS,
    PLACE_PREPOSITIONS,
    PLACING_VERBS,
    PLACINGS,
    PLEA_LEMMAS,
    PORTRAYAL_LEMMAS,
    POSSESSIVE_GENDER,
    POST_AS_LEMMAS,
    POST_AS_PHRASAL_VERBS,
    POST_NOMINALS,
    PRESCRIBED_LEMMAS,
    PRESS_NOUNS,
    PRETENCE_VERBS,
    PRIZE_PASSING_LEMMAS,
    PRONOUN_GENDER,
    PUB_KEEPER_NOUNS,
    PUBLIC_SERVICE_NOUNS,
    RANK_PARTS,
    RANKING_LEMMAS,
    RANKS,
    RECENT_MAKING_WORDS,
    REFERRING_ADJECTIVES,
    REPORTING_LEMMAS,
    RIDDEN_LEMMAS,
    ROLE_ADJECTIVES,
    ROLE_BREAK_WORDS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    ROLE_VERBS,
    SEASON_NOUNS,
    SENT_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    SPOKESPERSON_NOUNS,
    STAFF_AT_NOUNS,
    STANCE_LEMMAS,
    STANDING_VERBS,
    STATE_BODY_NOUNS,
    STORY_PARTY_NOUNS,
    STREET_HEADS,
    SUCCEEDING_VERBS,
    SUCCESSION_LEMMAS,
    TAKEN_UP_THING_NOUNS,
    TAKEN_UP_WORK_NOUNS,
    THING_DESCRIPTION_BREAKS,
    TITLE_WORDS,
    TITLES,
    TRAINED_LEMMAS,
    US_ELECTED_TITLES,
    US_PARTY_LETTERS,
    US_PARTY_MEMBERS,
    US_STATE_SHORT,
    VENUE_HEADS,
    VESSEL_PREFIXES,
    VISIT_LEMMAS,
    VOYAGE_LEMMAS,
    VOYAGE_NOUNS,
    WATERCOURSE_WORDS,
    WEATHER_ENDURING_LEMMAS,
    WEATHER_SYSTEM_WORDS,
    WEEKDAYS,
    WORK_MAKER_NOUNS,
    country_names,
    demonym_country,
    fold,
    is_demonym,
    nationality_before_name,
    state_names,
)
from briefsmith.core.names import (
    first_particle_surname,
    given_name_gender,
    is_spelling_of,
    peerage_named,
    person_grades,
    person_in_body_name,
    rank_part_before_title,
    same_person,
    surname_start,
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
# Kinds that act through their staff ("the club's manager", "Fiji's trade minister");
# a place does not ("a Gatwick spokeswoman" speaks for the airport's operator).
_STAFFED_KINDS = frozenset({"organization", "group", "country"})
# A place or country named this often, mostly not as where things happen, is what the
# story is about.
_CENTRAL_PLACE_MENTIONS = 3
_LEAD_SENTENCES = 2
# More parse actors than this from one article is not news prose (a hostile input).
_MAX_PARSE_ACTORS = 200
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# How far after a subject a participle about it is looked for, in tokens.
_CLAUSE_WINDOW = 40
_MAX_NAME_WORDS = 8
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—]|:(?=\s+[A-Z]))")
_BODY_NOUNS = STATE_BODY_NOUNS | frozenset(INSTITUTION_NOUNS) | BODY_NOUNS
_INTRODUCED_SHORT_NAME = re.compile(
    r"\(([A-Z][A-Z.&]{1,9})\)"
    r"|,? (?:also |better |widely )?known (?:as|by (?:its|their|the) (?:[\w-]+ ){0,3}"
    r"(?:initials|acronym|abbreviation|name)) (?:the )?([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
)
_POSSESSIVE_EDGE = re.compile(r"[’']s?$")
# A model code written after a maker's capitalized name ("Tarrant T90", "Airbus A350").
_AFTER_MAKER = re.compile(r"\b[A-Z][a-z]+ ([A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,4})\b")
# A maker's model code closing a name ("Airbus A321XLR", "Halden H70", "Galaxy S24",
# "Boeing 787-9"): letters then digits in one word, or a number and its variant, where a
# body's number or year stands alone ("Channel 5", "Glasgow 2026").
_MODEL_CODE = re.compile(
    r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,4}(?:-\d{1,4}[A-Za-z]{0,4})?|\d{3}-\d{1,4}[A-Za-z]{0,4}"
)
_OWNER_MARK = re.compile(r"\w[’']s\s")
# "Rupert Murdoch's News Corp": a person's full name owning a body's name.
_PERSON_OWNER = re.compile(
    r"([A-Z][\w-]+(?: [A-Z][\w-]+){1,2})[’']s ([A-Z][\w&.-]*(?: [\w&.-]+){0,4})"
)
_TITLE_WORDS = TITLE_WORDS
# Words of a role that say what a person is ("striker", "his daughter", "Cllr").
_PERSON_ROLE_WORDS = _STAFF_NOUNS | _TITLE_WORDS | PERSON_NOUNS
# The heads of a body's own name, not a force's ("Army", "Forces", "Navy").
_CIVIL_ORG_HEADS = ORG_HEADS - MILITARY_HEADS
_ARMED_FORCES = frozenset(w.casefold() for w in MILITARY_HEADS) | {"military"}
_DASHES = ("-", "–", "—")
# How far from a mention a role the name scan read beside it may be written (characters
# beyond the role's own length: an age, a comma, "said").
_ROLE_REACH = 20
_STYLE_WORDS = frozenset(w for style in HONORIFIC_STYLES for w in style)
_COURTESY_WORDS = frozenset(t.casefold().rstrip(".") for t in COURTESY_TITLES | HONORIFICS)
# Nouns of an office or a calling a person can be named by, capitalized as a title or
# not ("the Dean of Kestwick", "Ann Lee, Director of Nursing"); not courtesy titles.
_OFFICE_NOUNS = (_STAFF_NOUNS | DESCRIPTION_NOUNS | _TITLE_WORDS) - _COURTESY_WORDS
# Common nouns of a body or a part of one that a post is "of" ("the chair of the inquiry").
_HEADED_BODY_NOUNS = HEADED_UNIT_NOUNS | BODY_NOUNS | COLLECTIVE_BODY_NOUNS | INQUIRY_NOUNS


@dataclass
class _Evidence:
    mentions: int = 0
    acting: int = 0
    # Mentions that only say where ("in Oslo", "at Gatwick", a dateline).
    located: int = 0
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


@dataclass
class RefinedActors:
    actors: list[ActorRecord]
    # old name -> the name it now goes by (merged or renamed actors).
    renamed: dict[str, str]


def refine_actors(
    text: str,
    tokens: ParsedTokens,
    entities: Sequence[ParsedEntity],
    actors: list[ActorRecord],
    speakers: Counter[str],
    inside_quote: Callable[[int], bool],
    is_parsed: Callable[[int, int], bool],
    lead_end: int,
) -> RefinedActors:
    """The article's actors, settled by the parse (see the module's docstring).

    `speakers` counts the quotes credited to each actor name; `lead_end` is where the
    article's first sentences end."""
    renamed: dict[str, str] = {}
    records = [r for r in actors]
    # The words the article writes in lower case, read once for every step that asks.
    lower_words = _lower_words(text)
    _bodies_whole_over_and(text, entities, records, inside_quote, renamed)
    _two_bodies_over_and(tokens, entities, records, inside_quote, renamed)
    records.extend(
        r
        for r in _acting_entities(text, tokens, entities, records, inside_quote, lower_words)
        # (not a whole name the steps above cut in two: "Acme Foods and Zenith Air")
        if r.name not in renamed
    )
    _one_body_over_and(text, tokens, records, inside_quote, renamed)
    records = _without_surnames_taken_for_bodies(
        records, entities, inside_quote, renamed, _named_after_founders(tokens)
    )
    _lend_surnames(tokens, records)
    _lend_particle_surnames(text, records)
    _lend_given_names(tokens, records)
    evidence = _evidence(
        text, tokens, entities, records, inside_quote, is_parsed, lead_end, lower_words
    )
    found_for = [evidence.get(record.name) for record in records]
    recognized_people = {
        _clean_name(e.text) for e in entities if e.label == "PERSON" and not inside_quote(e.start)
    }
    for record, found in zip(records, found_for, strict=True):
        _settle_name(record, found, renamed, lower_words, recognized_people)
    # Words of people's names as they now stand, each counted once per person.
    person_words = Counter(
        w
        for r in records
        if r.kind == "person"
        for w in {w for n in r.all_names() for w in n.split()}
    )
    for record, found in zip(records, found_for, strict=True):
        if found is not None:
            _settle_kind(record, found, person_words)
        _cut_body_description(record, renamed, text)
    records = _merge(records, renamed, text)
    # Merged names pool their evidence under the name they now go by.
    pooled: dict[str, _Evidence] = {}
    for old, found in evidence.items():
        target = _final(renamed, old)
        into = pooled.setdefault(target, _Evidence())
        into.mentions += found.mentions
        into.acting += found.acting
        into.located += found.located
        into.story += found.story
        into.person_label += found.person_label
        into.org_label += found.org_label
        into.place_label += found.place_label
        into.labelled += found.labelled
        into.in_lead = into.in_lead or found.in_lead
        into.office_of += found.office_of
        into.called_it += found.called_it
        into.thing += found.thing
        into.measured += found.measured
        into.speaks += found.speaks
        into.character += found.character
        into.made_long_ago += found.made_long_ago
        into.modifier += found.modifier
        into.in_county += found.in_county
        into.in_dock += found.in_dock
        into.pleads += found.pleads
        if into.owners is None:
            into.owners = found.owners
        if found.described and (
            into.described is None
            # (a post over a pastime, wherever each stands: "a keen cyclist ... a postman")
            or (_background(found.described[1]), found.described)
            < (_background(into.described[1]), into.described)
        ):
            into.described = found.described
            into.described_set_before = found.described_set_before
        into.succeeds = into.succeeds or found.succeeds
        if found.held and (into.held is None or found.held < into.held):
            into.held = found.held
        if found.weakly and (
            into.weakly is None
            # (what a mention says one is over one act another mention tells)
            or (found.weakly_an_event, found.weakly) < (into.weakly_an_event, into.weakly)
        ):
            into.weakly = found.weakly
            into.weakly_an_event = found.weakly_an_event
        into.verbs_before |= found.verbs_before
        into.subjects_before |= found.subjects_before
        if found.bare and (into.bare is None or found.bare < into.bare):
            into.bare = found.bare
        if found.did and (into.did is None or found.did < into.did):
            into.did = found.did
        if found.introduced and (into.introduced is None or found.introduced < into.introduced):
            into.introduced = found.introduced
        if found.role_at is not None and (into.role_at is None or found.role_at < into.role_at):
            into.role_at = found.role_at
        if found.appointed and (into.appointed is None or found.appointed < into.appointed):
            into.appointed = found.appointed
    spoke = Counter[str]()
    for name, count in speakers.items():
        spoke[_final(renamed, name)] += count
    kept: list[ActorRecord] = []
    rivers = _watercourses(text)
    models = _model_codes(text)
    for record in records:
        found = pooled.get(record.name, _Evidence())
        if (
            _names_a_watercourse(record.name, rivers)
            or record.name in models
            or (" " in record.name and record.name.split()[-1] in VENUE_HEADS | CRAFT_NAME_HEADS)
            or _names_an_index(record.name)
        ) and not (spoke[record.name] or found.speaks):
            # "The River Ouse reached 5.2 metres", "the Thames burst its banks",
            # "Wembley Stadium will host the final", "the Hubble Space Telescope was put
            # into safe mode", "the FTSE 100 closed higher": scenery, whatever acts.
            continue
        if (record.name in HOLIDAY_NAMES or _ROAD_NUMBER.fullmatch(record.name)) and not spoke[
            record.name
        ]:
            # "The M25 will close", "Ramadan begins" (a verb that may also bring in a
            # quote): a road or a time of year, never a speaker.
            continue
        if record.kind in _DESCRIBED_KINDS or record.kind == "place":
            # One the court deals with is better described as the defendant
            # (_court_roles) than by an age or a hometown alone.
            best = (
                found.described
                or found.weakly
                or found.introduced
                or found.held
                or (None if found.in_dock else found.bare)
                # (What one who pleads did is the charge.)
                or (None if found.in_dock or found.pleads else found.did)
            )
            described = best[1] if best else None
            if described and (described.split()[-1] in NAME_CONNECTORS or described in record.name):
                # "Northern Ireland Fire and", "Medicines and Healthcare products" of the
                # agency's whole name: a piece of a name, not a description.
                described = None
            if _no_role(record.role):
                # A title of office is the role only when nothing says more.
                office = _office_of_title(record.role)
                if office and best is found.weakly and found.weakly_an_event:
                    # "Cllr Ann Lee, who voted against,": the office, not what she did.
                    described = None
                if office and described and pastime(described):
                    # "Councillor Joe Dunne, a keen angler,": the office, not the pastime.
                    described = None
                if office and described and described.startswith("whose "):
                    # "Ald. Ann Lee, whose ward includes the park,": the office says more.
                    described = None
                if office and described and described.startswith("of "):
                    # "Prof Ann Lee of Wendle University": a professor at the university
                    described = f"{office} at {described[3:]}"
                record.role = described or office
                if (
                    not record.role
                    and record.kind == "person"
                    and office_named(record.name)
                    and not peerage_named(record.name)
                ):
                    record.role = record.name  # "Bishop of Selbury": the office is the role
            elif (
                described
                and best is not found.bare
                and record.kind == "person"
                and _only_who_and_where(record.role or "")
            ):
                record.role = described  # what she does over "a 45-year-old from Leeds"
            elif (
                described
                and best is found.described
                and record.kind == "person"
                and found.role_at is not None
                and found.described is not None
                and found.described[0] < found.role_at
            ):
                # "Opener Ann Lee, 19, made 112 ... Lee, a student at ...,": the role the
                # story gives where it first describes the person.
                record.role = described
            elif (
                described
                and best is found.described
                and record.kind == "person"
                and (
                    # (not "whose side are 19th": what sets one apart is no post)
                    (_bare_rank(record.role) and not described.startswith("whose "))
                    # ("his deputy, Ann Lee,": the role already says it, with its owner.)
                    or (found.described_set_before and described not in (record.role or ""))
                )
            ):
                # "Major General Ann Lee, the head of the Royal Logistic Corps,", "the
                # returning officer, Ann Lee, the chief executive of ...": the post the
                # story gives over a rank or background; "Major Ann Lee of the Indian
                # Army" is a major of it.
                record.role = (
                    f"{record.role} {described}"
                    if described.startswith("of ") and _bare_rank(record.role)
                    else described
                )
            elif (
                described
                and best is found.described
                and record.kind == "person"
                and record.role
                and _background(record.role)
                and not _background(described)
            ):
                # "Stan Forde, a keen cyclist, ... Forde, a retired postman,": the calling
                # over the pastime, wherever each stands (and "Greta Lund, a mother of
                # two, is the headteacher of ...": over a family or a former calling).
                record.role = described
            elif described and record.role and _bare_post_of(described, record.role):
                # "the director, Ann Lee," after "The city's finance director warned":
                # the post as the article first described it.
                record.role = described
            elif (
                described
                and record.role
                and record.role.casefold()
                in (
                    described.casefold() + "s",
                    described.casefold() + "es",
                )
            ):
                # "Conservative MPs Ann Lee and Tom Bell": each one an MP.
                record.role = described
            elif described and record.role and _holds_title(described, record.role):
                # "Sen. Ann Lee (D-Calif.)": "Democratic senator from California" says
                # more than the title it spells out.
                record.role = described
            elif described and record.role and _widens(described, record.role):
                # "Environment Agency hydrologist" over "hydrologist", "MP for Leeds
                # North" over "MP": the parse's fuller phrase of the same role.
                record.role = described
            if record.kind == "person" and found.appointed:
                record.role = found.appointed[1]
            if record.role and found.verbs_before:
                record.role = _after_verb(record.role, found.verbs_before)
            if record.role and any(
                record.role.casefold().startswith(subject) for subject in found.subjects_before
            ):
                # "The head teacher thanked Ann Lee": the one who acts on her, not her role.
                record.role = None
            if record.role:
                owners = {p: _final(renamed, o) for p, o in (found.owners or {}).items()}
                record.role = _owner_named(record.role, owners)
            if record.role and record.role.startswith(
                tuple(f"{n}'" for n in (record.name, *record.aliases) if " " in n)
            ):
                # "Mark Dale's son" for Mark Dale: a tie to another person read into
                # this one's mentions, never one's own role.
                record.role = None
            elif record.role and record.kind == "person" and _unnamed_wish(record.role):
                # "A friend of Ali Noor, who asked not to be named,": one who asked not
                # to be named is not the person the story names.
                record.role = None
            elif (
                record.role
                and " " in record.name
                # ("Dean of Kestwick": an office the person is named by is the role.)
                and record.role != record.name
                and (
                    own := re.search(
                        rf"(?<![\w’'-]){re.escape(record.name)}(?![\w’'-])", record.role
                    )
                )
            ):
                # "volunteers Tim Ash and Kay Moss at the food bank" for Tim Ash, "the
                # mayor, Ann Lee, for coming": the words before the name, without the
                # name and what follows it.
                record.role = record.role[: own.start()].strip(" ,") or None
            attributed_by = _attribution_noun(record.role or "")
            if attributed_by is not None:
                # "Tanwick Records, the label announced on Friday, will reissue ...": no
                # description but a parenthetical attribution; the noun says what the
                # name is, and whether a body.
                record.role = None
                if record.kind == "person" and attributed_by in _BODY_KIND_WORDS | NAMED_BODY_NOUNS:
                    record.kind = "organization"
                    last = record.name.split()[-1]
                    record.aliases = [a for a in record.aliases if a != last]
            elif (
                record.kind == "person"
                and record.role
                # (whatever the recognizer calls the name: "Save Harwell" reads as one)
                and _collective(record.role)
            ):
                # "Save Calderbrook, a group of members opposed to the sale, said": what
                # is described as a group or a charity is a body, never one person; the
                # "surname" alias its name got is none of its own.
                record.kind = "organization"
                record.aliases = [a for a in record.aliases if a != record.name.split()[-1]]
            if (
                record.kind == "person"
                and record.role
                and (_relative_calling(record.role) or _appearance(record.role))
            ):
                # "Lucy Marchant, whose brother is an MP,": the relative's calling, never
                # her own ("whose mother was the 91-year-old widow" ties her to someone);
                # "Ann Lee, who wore a grey suit,": how she looked in court.
                record.role = None
            if record.kind == "person" and record.role:
                record.role = _spelled_out(_post_taken(record.role))
                # "Ann Lee, defending, said": the side the participle gives the lawyer;
                # "Mrs Justice Ann Lee": the judge's title says the court.
                folded = record.role.casefold()
                record.role = COURT_SIDES.get(folded) or JUDICIAL_TITLES.get(folded) or record.role
        if record.kind == "organization" and _person_by_calling(record, found):
            record.kind = "person"
        if record.kind == "person":
            # "de los" of "María José de los Santos": particles alone name nobody.
            record.aliases = [a for a in record.aliases if a.split()[-1] not in NAME_PARTICLES]
        if (
            " " not in record.name
            and record.kind == "person"
            and not record.role
            and _describes(record.name, lower_words)
        ):
            continue  # "Broadcaster says ...": a headline's common noun, not a name
        if (
            record.kind == "organization"
            and not spoke[record.name]
            and _headline_trade(text, record, found, lower_words)
        ):
            continue  # "Brewer shares slide on profit warning": the trade, not a name
        if (
            record.kind in ("organization", "group")
            and record.name.split()[-1] in COMPETITION_WORDS
            and not (spoke[record.name] or found.speaks or found.called_it)
        ):
            continue  # "Premier League leaders Holbrook United": where clubs play
        if (found.thing or _described_as_a_thing(record)) and not spoke[record.name]:
            continue  # "her album Paper Harbours", "spaniel Bella": a thing, not an actor
        if found.character and 2 * found.character >= found.story and not spoke[record.name]:
            continue  # a character, never out of the plot
        if (
            found.made_long_ago
            and found.made_long_ago >= found.mentions
            and not spoke[record.name]
            and not found.in_dock
        ):
            continue  # "designed by Isambard Kingdom Brunel" in 1864: history, not an actor
        if (
            record.kind == "person"
            and found.modifier >= found.mentions
            and " " in record.name
            and fold(record.name.split()[0]) not in GIVEN_NAMES
            and not (spoke[record.name] or found.speaks)
        ):
            continue  # "Its Art Deco foyer is Grade II listed": a style, a grade (round 19)
        if (
            found.in_county
            # (mostly so: "staged by the Calder Playhouse in Halifax", then "founded the
            # Calder Playhouse" and "The Calder Playhouse's director": a body)
            and found.in_county * 2 > found.mentions
            and not (spoke[record.name] or found.speaks or found.called_it)
            # ("Tesco in Ireland said it would hire ...": a body speaks; a village is
            # the scene of what happens.)
            and not found.person_label > found.in_county
        ):
            continue  # "Kirkby Thore in Cumbria was cut off": a village, the scene
        if not spoke[record.name] and _described_as_a_place(record):
            record.kind = "place"  # "In Pelham Cross, a Derbyshire village of 2,000,"
        if spoke[record.name] or _acts(record, found):
            kept.append(record)
    kept_words = {w.casefold() for r in kept for n in r.all_names() for w in n.split()}
    for start, name, alias, named in _acting_groups(tokens, inside_quote):
        # (Not one a named body's or an actor's own name holds: "Grafton Residents' Group".)
        if named < _GROUP_MENTIONS:
            continue  # named once, in passing ("demonstrators carried a banner"): scenery
        if not kept_words & {w.casefold() for w in name.split()}:
            # Ranked as _centrality ranks the named: mentions, acting, the lead.
            weight = named + 2 + (4 if start < lead_end else 0)
            kept.append(
                ActorRecord(
                    name, "group", aliases=[alias] if alias else [], first=start, mentions=weight
                )
            )
    _court_roles(kept, pooled)
    _successors_roles(kept, pooled, renamed)
    kept = _join_nicknames(text, kept, renamed)
    _described_bodies(text, tokens, entities, kept, renamed, inside_quote)
    kept = _titled_by_own_post(kept, renamed)
    _firm_names_with_apostrophe_s(tokens, kept, renamed)
    kept.sort(key=lambda r: (-_centrality(r, pooled.get(r.name), spoke[r.name]), r.first))
    _unshare_surnames(kept)
    return RefinedActors(kept, {old: _final(renamed, old) for old in renamed})


def _firm_names_with_apostrophe_s(
    t: ParsedTokens, kept: list[ActorRecord], renamed: dict[str, str]
) -> None:
    """A body whose name ends in "'s" ("Sotheby's said", "Pollard's, the Welsh bakery
    chain,", "Shares in Walden's fell") is named with it: the article never writes the
    word without the "'s", and the "'s" owns nothing there (the parse hangs it on a
    word that is no owner of what follows). "Tesco's profits rose", and any body the
    article also writes bare ("Pollard said"), keep the bare name. (round 21)"""
    marked: dict[str, str] = {}
    bare: set[str] = set()
    for i, word in enumerate(t.text):
        if not word[:1].isupper():
            continue
        follows = i + 1 < len(t.text) and t.lower[i + 1] in ("'s", "’s")
        if (
            follows
            and t.dep[i + 1] == "case"
            and t.head[i + 1] == i
            and t.dep[i] != "poss"
            and t.end[i] == t.start[i + 1]
        ):
            marked.setdefault(word, word + t.text[i + 1])
        elif not follows:
            bare.add(word)
    if not marked:
        return
    for record in kept:
        name = marked.get(record.name)
        if record.kind != "organization" or name is None or record.name in bare:
            continue
        renamed[record.name] = name
        record.name = name


# "Hornets chairman Neil Castellan": a capitalized word, the words of a post, a full name.
_TITLED_NAME = re.compile(r"\b([A-Z][a-z]+) ((?:[a-z]+ ){1,3})([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})")
# "the Hornets", "The Magpies": a team's plural nickname after the article.
_PLURAL_AFTER_THE = re.compile(r"\b[Tt]he ([A-Z][a-z]+[^s\W]s)\b")


def _join_nicknames(
    text: str, kept: list[ActorRecord], renamed: dict[str, str]
) -> list[ActorRecord]:
    """A club's plural nickname ("the Hornets") listed as a body of its own joins the club
    when one person holds the same post under both ("Hornets chairman Neil Castellan",
    "Kingsholme chairman Neil Castellan"): the two words name one body."""
    nicknames = {r.name: r for r in kept if r.kind == "organization" and " " not in r.name}
    nicknames = {n: r for n, r in nicknames.items() if n in set(_PLURAL_AFTER_THE.findall(text))}
    if not nicknames:
        return kept
    people = {r.name for r in kept if r.kind == "person" and " " in r.name}
    # Each person's post, and the words written before it: one pass over the text.
    before: dict[tuple[str, str], set[str]] = {}
    for match in _TITLED_NAME.finditer(text):
        who = next((p for p in people if match.group(3).startswith(p)), None)
        if who is not None:
            before.setdefault((who, match.group(2)), set()).add(match.group(1))
    bodies = {
        name: r
        for r in kept
        if r.kind == "organization" and r.name not in nicknames
        for name in r.all_names()
    }
    countries = country_names()
    joined: set[str] = set()
    for words in before.values():
        for nickname in words & nicknames.keys():
            # One club, never a national side ("England captain"), never two.
            clubs = {bodies[w].name: bodies[w] for w in words if w in bodies}
            if len(clubs) != 1 or nickname in joined or any(w in countries for w in words):
                continue
            club = next(iter(clubs.values()))
            joined.add(nickname)
            if nickname not in club.aliases:
                club.aliases.append(nickname)
            renamed[nickname] = club.name
            club.mentions += nicknames[nickname].mentions
    return [r for r in kept if r.name not in joined]


def _person_by_calling(record: ActorRecord, found: _Evidence) -> bool:
    """ "The Nigerian producer Adebayo Ogunleye", "the trumpeter Ebo Quartey": a name
    the recognizer calls a body, described by a calling alone (no "of" what, which a
    firm has: "a producer of crisps"), is a person's, unless it is ever "it"."""
    words = record.name.split()
    role = record.role or ""
    if (
        not role
        or found.called_it
        or not 2 <= len(words) <= 4
        or any(w in ORG_HEADS or w.isupper() or not w[:1].isupper() for w in words)
        or _OF_WHOM.search(f" {role} ")
        # "the homeware brand named after its founder": a body, whatever its last word
        or _described_as_a_body(role)
    ):
        return False
    head = role.split()[-1].casefold()
    return (
        head in _PERSON_ROLE_WORDS
        or head in DESCRIPTION_NOUNS
        or (
            head.endswith(AGENT_SUFFIXES)
            and head not in AGENT_LOOKALIKES | BODY_NOUNS | FIRM_TRADES
            # (a noun only a body goes by: "smelter Ridgeback Alloys", round 26)
            and head not in BODY_ONLY_DESCRIPTIONS
        )
    )


def _described_bodies(
    text: str,
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    kept: list[ActorRecord],
    renamed: dict[str, str],
    inside_quote: Callable[[int], bool],
) -> None:
    """A body named and then described ("Hallstadt Bank ... The Frankfurt-based lender
    said", "Ashcombe Rovers ... the League One club said"): the description is one of
    its names and, where nothing else describes it, its role. It stands for a body of the
    sentence or two before: one already described by the same noun ("the German lender
    Vossberg Bank"), else the subject (or the body whose staff is the subject) when no
    other body is named there; a club noun only for a club's name. A description in the
    first sentence that names bodies, and none of those, stands for the first body a
    following sentence names as its subject ("..., the City watchdog said. The Consumer
    Energy Authority (CEA) said"). One pass over the entities and one over the tokens."""
    bodies = {n: r for r in kept if r.kind in ("organization", "group") for n in r.all_names()}
    if not bodies:
        return
    # Per sentence: the bodies named, the subject one (else the one whose staff is the
    # subject: "Wexley Athletic chairman Doug Farrant has put ..."), and whether a body
    # no actor stands for is named too; where each body is first named.
    named_in: dict[int, list[ActorRecord]] = {}
    subject_of: dict[int, ActorRecord] = {}
    staff_subject_of: dict[int, ActorRecord] = {}
    others_in: set[int] = set()
    first_named: dict[int, int] = {}
    for entity in entities:
        if inside_quote(entity.start):
            continue
        root = _root(t, entity.first_token, entity.last_token)
        sentence = t.sent[root]
        body = bodies.get(_final(renamed, _clean_name(entity.text)))
        if body is None:
            if entity.label == "ORG":
                others_in.add(sentence)
            continue
        first_named.setdefault(id(body), sentence)
        if body not in named_in.setdefault(sentence, []):
            named_in[sentence].append(body)
        if t.dep[root] in _SUBJECTS:
            subject_of.setdefault(sentence, body)
            continue
        node = root
        for _ in range(3):
            if t.dep[node] not in ("compound", "amod", "poss"):
                break
            node = t.head[node]
        if node != root and t.dep[node] in _SUBJECTS:
            staff_subject_of.setdefault(sentence, body)
    for sentence, body in staff_subject_of.items():
        subject_of.setdefault(sentence, body)
    if not subject_of:
        return
    first_naming = min(named_in)
    for head, lemma in enumerate(t.lemma):
        if (
            not t.text[head].islower()
            or lemma not in _BODY_KIND_WORDS | CLUB_DESCRIPTION_NOUNS
            or (t.dep[head] not in _SUBJECTS and t.dep[head] != "poss")
            or inside_quote(t.start[head])
        ):
            continue
        det = next((c for c in t.children[head] if t.dep[c] == "det" and t.lower[c] == "the"), None)
        if det is None or det >= head - 1:
            continue
        # Every word between "the" and the noun describes the noun, and one at least is a
        # name or a number ("League Two", "Frankfurt-based", "City"); not a state's body
        # by its nationality ("the Welsh government"), a body of its own.
        between = range(det + 1, head)
        if (
            not all(hangs_within(t.head, j, head, 4) for j in between)
            or not any(t.text[j][:1].isupper() or t.pos[j] == "NUM" for j in between)
            or (lemma in STATE_BODY_NOUNS and any(is_demonym(t.text[j]) for j in between))
        ):
            continue
        body = _body_described(
            t.sent[head],
            lemma,
            named_in,
            subject_of,
            others_in,
            first_named,
            # (The story's first sentence that names a body.)
            opening=t.sent[head] <= first_naming,
        )
        if body is None:
            continue
        description = text[t.start[det + 1] : t.end[head]]
        if all(w in body.name.split() for w in description.split()[:-1]):
            continue  # "the Wexley club": a short name of the body, not a description
        alias = text[t.start[det] : t.end[head]]
        if alias not in body.aliases:
            body.aliases.append(alias)
        if _no_role(body.role):
            body.role = description


def _body_described(
    sentence: int,
    noun: str,
    named_in: Mapping[int, list[ActorRecord]],
    subject_of: Mapping[int, ActorRecord],
    others_in: Collection[int],
    first_named: Mapping[int, int],
    opening: bool,
) -> ActorRecord | None:
    """The body a description ending in `noun` in `sentence` stands for (see
    _described_bodies), or None when the sentences around do not say."""
    club = noun in CLUB_DESCRIPTION_NOUNS
    # A sentence does not name a body and describe it too ("Calderbrook ... after the
    # City watchdog fined it"): the bodies it names are not the one described.
    here = named_in.get(sentence, ())

    def fits(body: ActorRecord) -> bool:
        return _club_named(body.name) == club and body not in here

    for before in (sentence - 1, sentence - 2):
        named = [b for b in named_in.get(before, ()) if fits(b)]
        same_noun = [
            b
            for b in named
            if not _no_role(b.role) and b.role.split()[-1].casefold() == noun  # type: ignore[union-attr]
        ]
        if same_noun:
            return same_noun[0]
        subject = subject_of.get(before)
        if subject is not None and fits(subject):
            # Only the body named there, and not already described as another kind of
            # body ("drinks maker Corrowby ... the Amsterdam-listed group", its buyer).
            if len(named) == 1 and (club or before not in others_in) and _no_role(subject.role):
                return subject
            return None
        if named:
            return None
    if opening:
        for after in (sentence + 1, sentence + 2):
            following = subject_of.get(after)
            if following is not None:
                if fits(following) and first_named.get(id(following)) == after:
                    return following
                return None
    return None


def _closes_as_no_surname(name: str) -> bool:
    """ "Lowther Town", "Ashby Rovers", "Dunholm Falcons": a name closing on a club's word
    or a side's nickname that no surname takes, not opened by a common given name, is a
    club's whatever the recognizer said."""
    words = name.split()
    return (
        len(words) >= 2 and words[-1] in CLUB_WORDS_NO_SURNAME_TAKES and words[0] not in GIVEN_NAMES
    )


def _club_named(name: str) -> bool:
    """ "Ashcombe Rovers", "Pellborough City": a name that closes as a club's does."""
    return len(name.split()) >= 2 and name.split()[-1] in _CLUB_WORDS


def _two_bodies_over_and(
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    records: list[ActorRecord],
    inside_quote: Callable[[int], bool],
    renamed: dict[str, str],
) -> None:
    """ "Kestrel Airways and Lumen Air have cancelled flights", "Ogun State Government
    and Dangote Cement signed": a body's name the rules ran on over "and", where the
    recognizer names each half a body of its own (and neither half the whole), is two
    bodies (round 22). Not "the Polgarrow Museum and Art Gallery" (the recognizer calls
    the end no body), nor a name with another connector ("Department of Health and
    Social Care").

    Round 23: the "and" may be any of the name's ("The Health and Safety Executive and
    Acme Foods"); a half with a connector ("The Monetary Authority of Singapore and
    Orchard Bank") or of one word ("Talks between Unite and Carrow Foods") is a body of
    its own when the other half closes on a body's head word; and a run the recognizer
    names whole is two bodies where the parse joins the last word of each half as
    conjuncts ("Ontario Power Generation and Lakeshore Nuclear said"; not "the
    National Aeronautics and Space Administration", whose last word heads the whole)."""
    bodies = {
        _clean_name(e.text) for e in entities if e.label == "ORG" and not inside_quote(e.start)
    }
    joined = _bodies_joined_by_the_parse(t, entities, inside_quote)
    joined.update(_bodies_counted_as_two(t, inside_quote))
    called = _bodies_the_story_calls_firms(t, inside_quote)
    joined.update({f"{head} and {tail}": (head, tail) for head, tail, _ in called})
    _name_both_halves(records, called)
    if (
        len(bodies) < 2
        and not joined
        and not any(" and " in r.name and r.kind == "organization" for r in records)
    ):
        return
    for record in list(records):
        if record.kind != "organization" or " and " not in record.name:
            continue
        split = joined.get(record.name)
        if split is None and record.name not in bodies:
            for at in [m.start() for m in re.finditer(" and ", record.name)]:
                head, tail = record.name[:at], record.name[at + 5 :]
                if head in bodies and tail in bodies and _each_a_body(head, tail):
                    split = (head, tail)
                    break
        if split is None:
            split = _lender_and_bank(t, record)
        if split is None:
            continue
        head, tail = split
        record.name = head
        whole = f"{head} and {tail}"
        renamed[whole] = head
        for half in (head, tail):
            if renamed.get(half) == whole:
                del renamed[half]  # (a half an earlier step took for a piece of the whole)
        # A half the article also names on its own is already an actor ("forcing Tarrow
        # Ferries to cancel ... The Safety Executive and Tarrow Ferries settled"): the
        # whole is still two bodies, and the merge joins each half to its own record.
        records.append(ActorRecord(tail, "organization", first=record.first + len(head) + 5))


def _lender_and_bank(t: ParsedTokens, record: ActorRecord) -> tuple[str, str] | None:
    """ "Barclays and Lloyds Banking Group raised rates", "Kelmore and Westbury Bank cut
    fixed rates": one proper name, "and", then a name closing on a bank's own head word
    (BANK_NAME_ENDS) is a lender and a bank, not one bank, where neither half opens with
    a given name ("Marks and Spencer Bank") and the first is no place or common word
    the tagger reads as such ("Industrial and Commercial Bank") (round 26). Reads only
    the record's first token."""
    head, _, tail = record.name.partition(" and ")
    head_words, tail_words = head.split(), tail.split()
    if (
        len(head_words) != 1
        or len(tail_words) < 2
        or " and " in tail
        or not any(" ".join(tail_words[-n:]) in BANK_NAME_ENDS for n in (1, 2))
        or any(w in ORG_CONNECTORS or not w[:1].isupper() for w in tail_words)
        or given_name_gender(head) is not None
        or given_name_gender(tail_words[0]) is not None
        or head in ONE_BANK_NAME_WORDS
        or tail_words[0] in ONE_BANK_NAME_WORDS
    ):
        return None
    lo, hi = 0, len(t.start)
    while lo < hi:  # the token the record starts at
        mid = (lo + hi) // 2
        if t.start[mid] < record.first:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(t.text) and t.lower[lo] == "the":
        lo += 1
    if (
        lo >= len(t.text)
        or t.text[lo] != head
        or t.pos[lo] != "PROPN"
        or t.ent[lo] in ("GPE", "LOC", "NORP")
    ):
        return None
    return head, tail


def _each_a_body(head: str, tail: str) -> bool:
    """Are the two halves of a name joined by "and", each one the recognizer calls a
    body, two bodies? Each of two words or more with no connector (round 22); or the end
    closes on a body's head word with no connector, and the first half is no more than
    one word or a name with its connector ("Unite", "Monetary Authority of Singapore")."""
    head_words, tail_words = head.split(), tail.split()
    if len(tail_words) < 2 or " and " in tail:
        return False
    if not any(w in ORG_CONNECTORS for w in (*head_words, *tail_words)) and len(head_words) >= 2:
        return True
    return (
        tail_words[-1] in ORG_HEADS
        and not any(w in ORG_CONNECTORS for w in tail_words)
        and head_words[0][:1].isupper()
        and given_name_gender(head_words[0]) is None
    )


def _bodies_the_story_calls_firms(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[str, str, int]]:
    """ "Toolana and Carrow will merge, the companies said", "Halvard and Pemberly will
    share a depot, the two firms said": a run of capitalized words over one "and" that
    opens the sentence whose reporter is "the companies" (a plural noun only bodies go
    by) is two bodies, each half a name (round 26). Not "Smith and Jones will marry, the
    couple said". Reads at most a few dozen tokens back to the sentence's start, once per
    such reporter."""
    found: list[tuple[str, str, int]] = []
    for index, lemma in enumerate(t.lemma):
        if (
            t.tag[index] != "NNS"
            or lemma not in FIRM_REPORTER_NOUNS
            or index == 0
            or t.lower[index - 1] not in ("the", "two", "both")
            or inside_quote(t.start[index])
        ):
            continue
        start = index
        while start > 0 and t.sent[start - 1] == t.sent[index] and index - start < 40:
            start -= 1
        if t.sent[start] != t.sent[index] or (start > 0 and t.sent[start - 1] == t.sent[index]):
            continue
        if t.lower[start] == "both":
            start += 1
        run: list[int] = []
        at = start
        while at < index and len(run) < 10:
            capitalized = t.text[at][:1].isupper() and t.text[at].replace("-", "").isalpha()
            if not (capitalized or (t.lower[at] == "and" and run and t.lower[run[-1]] != "and")):
                break
            run.append(at)
            at += 1
        joints = [i for i in run if t.lower[i] == "and"]
        if len(joints) != 1 or t.lower[run[-1]] == "and":
            continue
        head_words = [t.text[i] for i in run if i < joints[0]]
        tail_words = [t.text[i] for i in run if i > joints[0]]
        if (
            head_words[0] == "The"
            or any(w in ORG_CONNECTORS for w in (*head_words, *tail_words))
            or given_name_gender(head_words[0]) is not None
            or given_name_gender(tail_words[0]) is not None
        ):
            continue
        found.append((" ".join(head_words), " ".join(tail_words), t.start[joints[0] + 1]))
    return found


def _name_both_halves(records: list[ActorRecord], called: list[tuple[str, str, int]]) -> None:
    """Each half of a pair the story calls two firms is a body: one the rules took for a
    person is a body's, one they missed is added ("Carrow" of "Toolana and Carrow will
    merge, the companies said")."""
    by_name = {r.name: r for r in records}
    for head, tail, tail_start in called:
        if f"{head} and {tail}" in by_name:
            continue  # (the split of the whole record names both)
        for half, first in ((head, tail_start - len(head) - 5), (tail, tail_start)):
            record = by_name.get(half)
            if record is None:
                record = ActorRecord(half, "organization", first=first)
                records.append(record)
                by_name[half] = record
            elif record.kind == "person":
                record.kind = "organization"
                record.aliases = [a for a in record.aliases if a != half.split()[-1]]


def _bodies_counted_as_two(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> dict[str, tuple[str, str]]:
    """ "Barclays and Lloyds Banking Group both raised rates", "Both Westpac and Bendigo
    Bank cut": a run of capitalized words over one "and" that the story counts as two by
    "both" or "each" (after it, or "both" before it) is two names, though the recognizer
    names one half only; "Avon and Somerset Police arrested" and "Marks and Spencer
    Group reported" (one body) carry no such count (round 25)."""
    found: dict[str, tuple[str, str]] = {}
    for index, word in enumerate(t.lower):
        if word not in ("both", "each") or inside_quote(t.start[index]):
            continue
        if word == "both" and t.dep[index] == "preconj":
            first, step = index + 1, 1
        elif index > 0 and t.text[index - 1][:1].isupper() and t.dep[index] != "preconj":
            first, step = index - 1, -1
        else:
            continue
        run: list[int] = []
        at = first
        while 0 <= at < len(t.text) and t.sent[at] == t.sent[index]:
            capitalized = t.text[at][:1].isupper() and t.text[at].replace("-", "").isalpha()
            # (one "and" inside the run, between capitalized words)
            first_and = t.lower[at] == "and" and run and all(t.lower[i] != "and" for i in run)
            if not (capitalized or first_and):
                break
            run.append(at)
            at += step
        run.sort()
        while run and t.lower[run[-1]] == "and":
            run.pop()
        while run and t.lower[run[0]] == "and":
            run.pop(0)
        joints = [i for i in run if t.lower[i] == "and"]
        if len(joints) != 1:
            continue
        head_words = [t.text[i] for i in run if i < joints[0]]
        tail_words = [t.text[i] for i in run if i > joints[0]]
        if (
            not head_words
            or not tail_words
            or head_words[0] == "The"
            or any(w in ORG_CONNECTORS for w in (*head_words, *tail_words))
            or given_name_gender(head_words[0]) is not None
            or given_name_gender(tail_words[0]) is not None
        ):
            continue
        head, tail = " ".join(head_words), " ".join(tail_words)
        found[f"{head} and {tail}"] = (head, tail)
    return found


def _bodies_joined_by_the_parse(
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    inside_quote: Callable[[int], bool],
) -> dict[str, tuple[str, str]]:
    """Bodies' names the recognizer reads as one over "and" where the parse makes the last
    word of each half conjuncts ("Ontario Power Generation and Lakeshore Nuclear"): each
    half of two capitalized words or more with no connector, to its two names (round 23)."""
    found: dict[str, tuple[str, str]] = {}
    for entity in entities:
        if entity.label != "ORG" or inside_quote(entity.start):
            continue
        first, last = entity.first_token, entity.last_token
        if first < last and t.lower[first] == "the":
            first += 1
        joints = [i for i in range(first, last) if t.lower[i] == "and"]
        if len(joints) != 1:
            continue
        joint = joints[0]
        head_words = [t.text[i] for i in range(first, joint)]
        tail_words = [t.text[i] for i in range(joint + 1, last)]
        if (
            len(head_words) < 2
            or len(tail_words) < 2
            or t.dep[last - 1] != "conj"
            or t.head[last - 1] != joint - 1
            # (each half a name of its own: its last word hangs outside the whole, not
            # "Norfolk Fire and Rescue Service", where "Fire" hangs on "Norfolk")
            or first <= t.head[joint - 1] < last
            or not all(w[:1].isupper() for w in (*head_words, *tail_words))
            or any(w in ORG_CONNECTORS for w in (*head_words, *tail_words))
            or given_name_gender(head_words[0]) is not None
            or given_name_gender(tail_words[0]) is not None
        ):
            continue
        head, tail = " ".join(head_words), " ".join(tail_words)
        found[f"{head} and {tail}"] = (head, tail)
    return found


def _bodies_whole_over_and(
    text: str,
    entities: Sequence[ParsedEntity],
    records: list[ActorRecord],
    inside_quote: Callable[[int], bool],
    renamed: dict[str, str],
) -> None:
    """Bodies whose names join two words by "and", which the rules or the recognizer
    cut there. "the Health and Safety Executive said": the rules kept the end ("Safety
    Executive") as a person, the recognizer names the whole run a body; the record takes
    the whole name and the body's kind (where neither side opens with a given name).
    "The Polgarrow Museum and Art Gallery": the recognizer called the end ("Art
    Gallery") a person; a person record it names only there is the body's mention."""
    by_name = {r.name: r for r in records}
    # The end after "and" of each body's name the rules found whole.
    tails = {
        tail: r.name
        for r in records
        if r.kind == "organization"
        for _, joint, tail in [r.name.rpartition(" and ")]
        if joint and tail and given_name_gender(tail.split()[0]) is None
    }
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for entity in entities:
        name = _clean_name(entity.text)
        whole = tails.get(name)
        if whole is None or name not in by_name or by_name[name].kind != "person":
            continue
        if text[max(0, entity.end - len(whole)) : entity.end] == whole:
            inside[name] += 1
        else:
            outside[name] += 1
    for name in inside:
        if not outside[name]:
            records.remove(by_name.pop(name))
            renamed[name] = tails[name]
    bodies = {r.name for r in records if r.kind == "organization"}
    for entity in entities:
        if entity.label != "ORG" or inside_quote(entity.start):
            continue
        whole = _clean_name(entity.text)
        if whole in by_name:
            continue
        head, joint, tail = whole.rpartition(" and ")
        record = by_name.get(tail)
        if (
            not joint
            or record is None
            or not head
            or _two_known_bodies(whole, bodies)
            or any(given_name_gender(w) for w in head.split())
            or any(given_name_gender(w) for w in tail.split()[:1])
            or not all(w[:1].isupper() for w in (*head.split(), *tail.split()))
        ):
            continue
        del by_name[tail]
        if tail not in record.aliases:
            record.aliases = [a for a in record.aliases if a not in tail.split()]
        record.name, record.kind = whole, "organization"
        renamed[tail] = whole
        by_name[whole] = record


def _one_body_over_and(
    text: str,
    t: ParsedTokens,
    records: list[ActorRecord],
    inside_quote: Callable[[int], bool],
    renamed: dict[str, str],
) -> None:
    """ "The campaign group Altar and Parish said": two names the recognizer cut at
    "and", after a singular noun for one body, are that one body's name (round 18).
    Not "the firms Acme and Zenith" (two bodies, a plural noun)."""
    by_name = {r.name: r for r in records}
    count = len(t.text)
    for noun in range(count - 3):
        if t.tag[noun] != "NN" or t.lower[noun] not in COLLECTIVE_BODY_NOUNS:
            continue
        if not t.text[noun].islower() or inside_quote(t.start[noun]):
            continue
        # The capitalized words after the noun, "and", then capitalized words again
        # (whatever the recognizer calls each half: "the charity Fields and Hedges").
        at = noun + 1
        while at < count and t.text[at][:1].isupper() and t.sent[at] == t.sent[noun]:
            at += 1
        joint = at
        if joint == noun + 1 or joint >= count - 1 or t.lower[joint] != "and":
            continue
        at = joint + 1
        while at < count and t.text[at][:1].isupper() and t.sent[at] == t.sent[noun]:
            at += 1
        if at == joint + 1:
            continue
        head = text[t.start[noun + 1] : t.end[joint - 1]]
        tail = text[t.start[joint + 1] : t.end[at - 1]]
        whole = f"{head} and {tail}"
        if (
            whole in by_name
            or (head not in by_name and tail not in by_name)
            or given_name_gender(head.split()[0]) is not None
            or given_name_gender(tail.split()[0]) is not None
            or not all(w[:1].isupper() for w in (*head.split(), *tail.split()))
            # ("the union Unite and GMB members": an acronym is a body's whole name)
            or any(len(w) > 1 and w.isupper() for w in (*head.split(), *tail.split()))
        ):
            continue
        record = by_name.pop(head) if head in by_name else by_name.pop(tail)
        if tail in by_name and by_name[tail] is not record:
            records.remove(by_name.pop(tail))
            renamed[tail] = whole
        record.name, record.kind = whole, "organization"
        record.aliases = [a for a in record.aliases if a not in (head, tail)]
        renamed[head] = whole
        by_name[whole] = record


def _named_after_founders(t: ParsedTokens) -> dict[str, int]:
    """One-word names of bodies the article says were founded by someone of that surname
    ("Brekka was founded in 2004 by Jon Brekka", "Maddox, the label founded by Lila
    Maddox,", "Erik Ostlund founded Ostlund"), with where the first is written: a firm
    named after its founder."""
    named: dict[str, int] = {}
    for verb in range(len(t.text)):
        if t.lemma[verb] not in FOUNDING_LEMMAS or t.pos[verb] != "VERB":
            continue
        founders: list[int] = []
        founded: list[int] = []
        for child in t.children[verb]:
            if t.dep[child] == "agent":
                founders += [c for c in t.children[child] if t.dep[c] == "pobj"]
            elif t.dep[child] == "nsubj":
                founders.append(child)
            elif t.dep[child] in ("nsubjpass", "dobj"):
                founded.append(child)
        if t.dep[verb] == "acl":
            founded.append(t.head[verb])  # "Hale, founded by Dan Hale in 1990,"
            if t.dep[t.head[verb]] == "appos":
                founded.append(t.head[t.head[verb]])  # "Maddox, the label founded by ..."
        # "The retailer Voss was set up by": the name set beside the noun founded
        founded += [c for f in founded for c in t.children[f] if t.dep[c] == "appos"]
        surnames = {t.text[f] for f in founders if t.pos[f] == "PROPN"}
        for f in founded:
            if (
                t.pos[f] == "PROPN"
                and t.text[f] in surnames
                and not any(t.dep[c] == "compound" and t.pos[c] == "PROPN" for c in t.children[f])
            ):
                named.setdefault(t.text[f], t.start[f])
    return named


def _without_surnames_taken_for_bodies(
    records: list[ActorRecord],
    entities: Sequence[ParsedEntity],
    inside_quote: Callable[[int], bool],
    renamed: dict[str, str],
    founders_names: Mapping[str, int] | None = None,
) -> list[ActorRecord]:
    """ "Georgia Whitlock has won ... Whitlock clocked 4min 01sec": a one-word body the
    rules made of a surname (the given name read as a country) is no body when the
    recognizer calls that word alone a person somewhere and names one person in full
    with it as the surname; the person takes it as an alias (_lend_surnames). A firm
    the recognizer never calls a person ("Dyson said profits rose") stays, and so does
    one the article says its namesake founded (`founders_names`, round 20)."""
    full: Counter[str] = Counter()
    alone: set[str] = set()
    for entity in entities:
        if entity.label != "PERSON" or inside_quote(entity.start):
            continue
        words = _without_titles(_clean_name(entity.text)).split()
        if len(words) >= 2:
            full[words[-1]] += 1
        elif words:
            alone.add(words[0])
    owners: dict[str, list[ActorRecord]] = {}
    for record in records:
        if record.kind == "person" and " " in record.name:
            owners.setdefault(record.name.split()[-1], []).append(record)
    kept = []
    for record in records:
        owner = owners.get(record.name, [])
        if (
            record.kind == "organization"
            and " " not in record.name
            and record.name in alone
            and full[record.name] > 0
            and len(owner) == 1
            and record.name not in (founders_names or {})
        ):
            renamed[record.name] = owner[0].name  # what was credited to it is the person's
            continue
        kept.append(record)
    have = {r.name for r in kept}
    for name, start in (founders_names or {}).items():
        founder = owners.get(name, [])
        if name not in have and len(founder) == 1:
            # "Brekka was founded by Jon Brekka": the rules took the lone name for his; it
            # is the firm's, which he is no alias of.
            founder[0].aliases = [a for a in founder[0].aliases if a != name]
            renamed.pop(name, None)
            kept.append(ActorRecord(name, "organization", first=start))
    return kept


def _lend_surnames(t: ParsedTokens, records: list[ActorRecord]) -> None:
    """ "Mavis Ashworth has lived there since 1972. Ashworth, who chairs the tenants'
    association, said ...": a person named in full whose surname the article also writes
    alone takes it as an alias before the mentions are read, so what a later sentence
    says of "Ashworth" describes her. A surname two people share is lent only when the
    lone surname is always written after the first one's full name and before anyone
    else's ("Sandra Lee ... Lee, who chairs ... Her mother, Vera Lee,"); never a word
    that is another actor's name (a town, a company) or a country."""
    taken = {n for r in records if r.kind != "person" or " " not in r.name for n in r.all_names()}
    countries = country_names()
    # surname -> the word before it in each owner's full name -> the owner.
    owners: dict[str, dict[str, ActorRecord]] = {}
    for record in records:
        words = record.name.split()
        surname = words[-1]
        if (
            record.kind == "person"
            and len(words) >= 2
            and surname[:1].isupper()
            and surname not in taken
            and surname not in countries
            and not peerage_named(record.name)  # a territory, no surname
        ):
            owners.setdefault(surname, {})[words[-2]] = record
    # Where each owner is first named in full, and where the surname stands alone.
    named_at: dict[int, int] = {}
    alone: dict[str, list[int]] = {}
    for index, word in enumerate(t.text):
        by_given = owners.get(word)
        if by_given is None:
            continue
        owner = by_given.get(t.text[index - 1]) if index else None
        if owner is not None:
            named_at.setdefault(id(owner), index)
        else:
            alone.setdefault(word, []).append(index)
    for surname, positions in alone.items():
        named = sorted(
            (named_at[id(r)], id(r), r) for r in owners[surname].values() if id(r) in named_at
        )
        if not named or named[0][0] > positions[0]:
            continue
        if len(named) < len(owners[surname]):
            continue  # an owner the parse never names in full: whose surname is unclear
        if len(named) > 1 and positions[-1] > named[1][0]:
            continue
        record = named[0][2]
        for other in owners[surname].values():
            if other is not record and surname in other.aliases:
                other.aliases.remove(surname)  # the rules join a surname to any owner
        if surname not in record.aliases:
            record.aliases.append(surname)


def _lend_particle_surnames(text: str, records: list[ActorRecord]) -> None:
    """ "Marcelo de la Fuente Quiroga ... de la Fuente said": the first of two surnames
    opened by particles, a surname its particles open ("de los Santos"), or one joined
    to its particle ("al-Rashid"), is an alias when the article writes it after the full
    name, in either case of its first letter. One search per such person."""
    for record in records:
        words = record.name.split()
        if record.kind != "person" or len(words) < 3:
            continue
        cut = surname_start(words)
        surname = first_particle_surname(words) or (
            " ".join(words[cut:]) if 0 < cut < len(words) - 1 else None
        )
        if surname is None and "-" in words[-1] and words[-1][:1].islower():
            surname = words[-1]  # "al-Rashid"
        if surname is None or surname in record.aliases:
            continue
        after = text.find(record.name) + len(record.name)
        for written in (surname, surname[:1].upper() + surname[1:]):
            if re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text[after:]):
                record.aliases.append(written)


def _lend_given_names(t: ParsedTokens, records: list[ActorRecord]) -> None:
    """ "His father Steve watched from the stand. ... said Steve Maddox": a given name
    alone in apposition to a relative whose kin the article gives ("his father", "Tate's
    mother") is the one person named in full with that given name, who takes it as an
    alias before the mentions are read, so the relative describes him."""
    taken = {n for r in records for n in r.all_names()}
    by_given: dict[str, list[ActorRecord]] = {}
    for record in records:
        words = record.name.split()
        if record.kind == "person" and len(words) >= 2:
            by_given.setdefault(words[0], []).append(record)
    for index, word in enumerate(t.text):
        owners = by_given.get(word)
        if (
            owners is None
            or len(owners) != 1
            or word in taken
            or t.dep[index] != "appos"
            or (index + 1 < len(t.text) and t.text[index + 1][:1].isupper())
        ):
            continue
        relative = t.head[index]
        if (
            relative < index
            and t.lemma[relative] in KIN_NOUNS
            and any(t.dep[c] == "poss" for c in t.children[relative])
        ):
            owners[0].aliases.append(word)
            taken.add(word)


def _unshare_surnames(records: list[ActorRecord]) -> None:
    """A surname two people share ("Arthur Lee" and his daughter "Karen Lee") names
    neither of them alone: it is no alias of either, so a brief never points one
    person's span at the other's name."""
    owners = Counter(
        w for r in records if r.kind == "person" for w in {r.name.split()[-1], *r.aliases}
    )
    for record in records:
        if record.kind == "person":
            record.aliases = [
                a for a in record.aliases if " " in a or owners[a] < 2 or a == record.name
            ]


_WHOSE_KIN_IS_A = re.compile(
    r"whose (\w+) (?:is|was|are|were) (?:a|an|now a|now an) ", re.IGNORECASE
)


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


def _unnamed_wish(role: str) -> bool:
    """ "asked not to be named", "declined to be identified", "spoke on condition of
    anonymity": a wish not to be named, which no named person's role can be."""
    words = role.casefold().split()
    return any(w.strip(".,") in ANONYMITY_WORDS for w in words) and (
        "anonymity" in words or any(words[i : i + 2] == ["to", "be"] for i in range(len(words) - 1))
    )


def _relative_calling(role: str) -> bool:
    """ "whose brother is an MP", "whose father was a councillor in Slough": a clause
    that tells what a relative is, no description of the person named."""
    match = _WHOSE_KIN_IS_A.match(role)
    return match is not None and match.group(1).casefold() in KIN_NOUNS


def _appearance(role: str) -> bool:
    """ "wore a grey suit", "dressed in a black hoodie", "appeared by video link from
    HMP Parc", "has blond hair", "looked tired", "posed as a gas engineer": how someone
    looked, appeared at a hearing or passed themselves off, no description of them."""
    words = role.casefold().split()
    if words and words[0] == "who":
        words = words[1:]
    if words[:1] in (["was"], ["is"], ["were"]):
        words = words[1:]  # "was mistaken for a shoplifter"
    return (
        bool(words)
        and (
            words[0] in APPEARANCE_WORDS
            or (words[0] == "appeared" and words[1:3] in (["by", "video"], ["via", "video"]))
            # "looked tired", "posed as a gas engineer", "was mistaken for a shoplifter": how
            # someone seemed or whom they passed for, not what they are.
            or words[0] in LOOKING_VERBS
            or words[0] in PRETENCE_VERBS
            # "has blond hair and a beard", "had her hair in braids", "stands 6ft 5in tall"
            or (words[0] in HAVING_VERBS and any(w in BODY_FEATURE_NOUNS for w in words[1:7]))
            or (words[0] in STANDING_VERBS and any(w in DIMENSION_WORDS for w in words[1:6]))
        )
    )


def _no_role(role: str | None) -> bool:
    """No role, or only a title ("Sir", "Cllr"): a title is part of how a name is
    written, not what the person does in the story."""
    if not role or all(
        w.casefold().rstrip(".") in _COURTESY_WORDS or w.casefold() == "the" for w in role.split()
    ):  # ("The Very Rev")
        return True
    # "Friends of", "is": a fragment cut from a name or a sentence, never a role.
    return role.split()[-1] in ROLE_BREAK_WORDS


def _spelled_out(role: str) -> str:
    """ "Sen." -> "senator", "Det Sgt" -> "detective sergeant": a title's abbreviation
    spelled out, as a reader would give the role ("Councillor" stays as written)."""

    def spelled(word: str) -> str:
        abbreviation = word.casefold().rstrip(".")
        if abbreviation in KIN_NOUNS:
            return word  # "her father", "Father of three": a relative, whatever the case
        office = OFFICE_OF_TITLE.get(abbreviation)
        return office if office and office != abbreviation else word

    words = role.split()
    return " ".join(spelled(w) for w in words) if any(spelled(w) != w for w in words) else role


def _after_verb(role: str, verbs: set[str]) -> str:
    """ "met nurse" -> "nurse": a role starts after the sentence's verb it took in."""
    words = role.split()
    cut = max((i for i, w in enumerate(words) if w.casefold() in verbs), default=-1)
    return " ".join(words[cut + 1 :]) if 0 <= cut < len(words) - 1 else role


def _verb_glued_before(t: ParsedTokens, name_first: int) -> int | None:
    """The sentence's verb among the few words before a name that the parser may join to
    it ("met nurse Ann Lee", "The club sacked manager Ann Lee"): a past tense, or a
    participle right after a noun or an auxiliary ("club sacked", "have appointed"; not
    "Paris-based", "retired")."""
    sentence = t.sent[name_first]
    index = name_first - 1
    # "beat world No 4 Ann Lee": a ranking's number and its "No." are words of the role.
    numbered = 0
    while index >= 1 and name_first - index - numbered <= 4 and t.sent[index] == sentence:
        if (t.pos[index] == "NUM" or t.lower[index] in ("no", ".")) and numbered < 3:
            numbered += 1
            index -= 1
            continue
        if t.pos[index] not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return None
        before = index - 1
        # The word before is the verb's subject, the noun or a name's last word ("The
        # mural shows", "Glenmore Athletic sacked"), a word apart from it.
        after_subject = (
            t.sent[before] == sentence
            and t.end[before] < t.start[index]
            and (
                t.pos[before] in ("NOUN", "PROPN")
                or (t.pos[before] == "ADJ" and t.text[before][:1].isupper())
            )
        )
        if (
            t.tag[index] == "VBD"
            # "The squad includes goalkeeper Ann Lee": a present tense heading its clause
            or (
                t.tag[index] in ("VBZ", "VBP")
                and t.pos[index] == "VERB"
                and (
                    t.dep[index] in ("ROOT", "ccomp", "relcl", "advcl", "xcomp")
                    # "The mural shows nurse Ann Lee": the verb misread as a modifier
                    # (not "Port Talbot works manager": a common noun before it)
                    or (t.tag[index] == "VBZ" and after_subject and t.pos[before] == "NOUN")
                )
            )
        ) or (
            t.tag[index] == "VBN"
            and t.sent[before] == sentence
            # "club sacked", "have appointed": a participle after its subject or an
            # auxiliary is the verb
            and (t.pos[before] == "AUX" or after_subject)
        ):
            return index
        index -= 1
    return None


def _subject_of_verb_before(t: ParsedTokens, root: int) -> str | None:
    """The words of the subject, casefolded, of the verb a name is the object of, when
    the subject is a noun of people written just before the verb ("The head teacher
    thanked Ann Lee", "The minister met Ann Lee, Tom Bell and ..."): a role the words
    before the name seem to give is the subject's."""
    node = root
    while t.dep[node] in _CLIMB and t.head[node] < node:
        node = t.head[node]  # "met Ann Lee, Tom Bell and Kay Moss": the first of them
    verb = t.head[node]
    if t.dep[node] != "dobj" or verb == node or not verb < node:
        return None
    subject = next((c for c in t.children[verb] if t.dep[c] == "nsubj" and c < verb), None)
    if subject is None or t.pos[subject] != "NOUN" or not _noun_of_a_role(t, subject):
        return None
    first = subject
    while (
        first - 1 >= 0 and t.head[first - 1] == subject and t.dep[first - 1] in _MODIFIERS | {"det"}
    ):
        first -= 1
    return " ".join(t.lower[first : subject + 1])


def _office_of_title(role: str | None) -> str | None:
    """ "Cllr", "Professor": the office a courtesy title says a person holds."""
    words = (role or "").split()
    if words and words[-1].islower() and words[-1] in KIN_NOUNS:
        return None  # "her father Tom Bell": a relative, not "Father Tom Bell", a priest
    return OFFICE_OF_TITLE.get(words[-1].casefold().rstrip(".")) if words else None


_POST_AFTER_AS = re.compile(r"\s+as\s+(?:the\s+)?(?P<post>[^,;]+)$")


def _post_taken(role: str) -> str:
    """ "succeeds Ann Lee as chief constable", "replaces the retiring Ann Lee as chair of
    the trust": the post, not the one who held it."""
    words = role.split()
    if not words or words[0].casefold() not in SUCCEEDING_VERBS:
        return role
    found = _POST_AFTER_AS.search(role)
    if not found or not found["post"][:1].islower():
        return role
    words = found["post"].split()
    # (not when it starts: "head coach on Monday", "chair from March")
    for index in range(1, len(words) - 1):
        if words[index] in ("on", "in", "from", "until") and (
            words[index + 1] in WEEKDAYS or words[index + 1] in MONTHS
        ):
            return " ".join(words[:index])
    return found["post"]


def _bare_post_of(fuller: str, bare: str) -> bool:
    """Is `bare` a noun alone, or with "the" or "that" ("director", "That director"),
    whose post `fuller` describes with its owner ("the city's finance director")?"""
    words = bare.split()
    if len(words) == 2 and words[0].casefold() in ("the", "that", "this"):
        words = words[1:]
    return len(words) == 1 and "'s " in fuller and words[0] in fuller.split()


def _widens(longer: str, shorter: str) -> bool:
    # ("Former captain, now a pundit" widens "Former captain": _both_sides)
    held, _, rest = longer.partition(" ")
    if held.casefold() in ("former", "retired", "ex-") and not shorter.casefold().startswith(
        held.casefold()
    ):
        # ("Former Royal Navy commander, now an analyst ..." over "Royal Navy commander":
        # the post was held once, which the shorter reading dropped.)
        return rest == shorter or rest.startswith((shorter + " ", shorter + ", "))
    return len(longer) > len(shorter) and (
        longer.endswith(" " + shorter)
        # ("the chief inspector of mines" over "mine", its last word read as one)
        or longer.endswith(" " + shorter + "s")
        or longer.startswith(shorter + " ")
        or longer.startswith(shorter + ", now ")
    )


def _holds_title(longer: str, title: str) -> bool:
    """Does a party label's reading hold the office a title before the name names ("Sen."
    in "Democratic senator from California", "Local MP" in "Labour MP for Hadleigh")?"""
    words = title.split()
    longer = longer.removeprefix("former ")  # ("former Democratic senator from Nevada")
    if not words or not any(longer.startswith(p + " ") for p in _LABELLED_PARTIES):
        return False
    office = _office_of_title(title) or words[-1].casefold()
    return f" {office} " in f" {longer.casefold()} "


# The parties a bracketed label reads as ("Conservative", "Democratic").
_LABELLED_PARTIES = frozenset(PARTY_LABELS.values()) | frozenset(US_PARTY_LETTERS.values())


def _final(renamed: dict[str, str], name: str) -> str:
    seen = 0
    while name in renamed and seen < 8:
        name = renamed[name]
        seen += 1
    return name


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


# Surname particles as a sentence's first word writes them ("Van", "De").
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in NAME_PARTICLES)
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


def _set_off_by_its_body(t: ParsedTokens, first: int, last: int) -> bool:
    """ "Lerato Mokoena, of the Gauteng Taxi Council, said": a name of two or three
    capitalized words, none a body's head word, set off by a body's name after "of the"
    between commas, is a person's, the body where the person works, though the recognizer
    calls the name a body too (round 25). Tokens [first, last)."""
    words = t.text[first:last]
    at = last
    if (
        not 2 <= len(words) <= 3
        or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        or any(w in ORG_HEADS or w in ORG_CONNECTORS or w.isupper() for w in words)
        or at + 3 >= len(t.text)
        or t.text[at] != ","
        or t.lower[at + 1] != "of"
        or t.lower[at + 2] != "the"
        or (first > 0 and t.sent[first - 1] == t.sent[first] and t.text[first - 1] != ",")
    ):
        return False
    end = at + 3
    while end < len(t.text) and t.sent[end] == t.sent[at] and t.text[end] != ",":
        end += 1
    body = t.text[at + 3 : end]
    return (
        end < len(t.text)
        and t.text[end] == ","
        and 1 <= len(body) <= _MAX_DESCRIPTION_TOKENS
        and body[-1] in ORG_HEADS
        and all(w[:1].isupper() or w in NAME_CONNECTORS for w in body)
    )


def _where_something_is(t: ParsedTokens, first: int, last: int) -> bool:
    """Does the name at tokens [first, last) only say where: the object of a
    preposition of place ("in Oslo", "at Gatwick", "near Leeds") or a word before a
    common noun ("the Namanga border crossing", "Sheffield libraries")?"""
    root = _root(t, first, last)
    dep, head = t.dep[root], t.head[root]
    if dep == "pobj":
        return t.lower[head] in PLACE_PREPOSITIONS
    return dep == "compound" and t.pos[head] == "NOUN"


def _names_an_outlet(t: ParsedTokens, first: int, last: int) -> bool:
    """Do tokens [first, last) name a newspaper or a news service ("the Halvern Echo",
    "Bloomberg News", "Reuters")?"""
    name = " ".join(t.text[i] for i in range(first, last) if t.lower[i] != "the")
    return t.text[last - 1] in OUTLET_NAME_HEADS or name in NEWS_SERVICE_NAMES


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
        if _cited_source(t, node):
            return "acts"  # a source the article cites ("according to", "figures from")
        if preposition == "as" and t.lemma[governor] in NAMING_VERBS:
            return "acts"  # "The victim, named as Ann Lee, died": whom the story is about
        if t.dep[head] == "agent" and t.lemma[governor] == "ask":
            return "told"  # "Asked by the Daily Post whether ...": the questioner, a source
        if t.dep[head] == "agent" or preposition in _PARTY_PREPOSITIONS:
            return "acts"
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
        if (
            preposition == "at"
            and t.lemma[governor] in PERSONNEL_NOUNS | STAFF_AT_NOUNS
            and t.dep[governor] in _SUBJECTS
        ):
            # "Staff at Brackenfield Academy lined pupils up", "analysts at Bracken
            # Securities said"
            return "staff-of"
        if _named_with_body_noun(t, _root(t, first, last)):
            # "signed to the Lagos label Ekwe Records", "a contract to the engineering firm
            # Harrowgate Civil": a body the story introduces by what it is deals in the
            # event, not a place it happens in.
            return "acts"
        return "scene"
    if dep in ("poss", "compound", "nmod") and t.lemma[head] in ISSUED_NOUNS:
        return "acts"  # "Apex shares rose", "Apex's stock"
    if t.lemma[head] in COMMENTATOR_NOUNS:
        return "scene"  # "Shore Capital analyst Ann Lee": an affiliation
    if dep in ("poss", "compound", "nmod") and t.lemma[head] in _STAFF_NOUNS:
        return "staff-of"  # "the club's manager", "an FMC spokesperson"
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
    return "scene"


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


def _named_with_body_noun(t: ParsedTokens, root: int) -> bool:
    """ "the label Ekwe Records", "the London label Boucan" (the noun before the name),
    "the engineering firm Harrowgate Civil" (the name in apposition to the noun): a name
    the article introduces as a body; "Forward Latvia, a liberal party led by ..." (the
    noun, with its article, in apposition to the name)."""
    if t.dep[root] == "appos" and t.lemma[t.head[root]] in NAMED_BODY_NOUNS:
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


def _sent_from(t: ParsedTokens, root: int) -> bool:
    """ "a letter from Brookvale Homes", "a grant from the Harbury Trust": the name is
    the body a petition, letter or bid comes from."""
    preposition = t.head[root]
    return (
        t.dep[root] == "pobj"
        and t.lower[preposition] == "from"
        and t.lemma[t.head[preposition]] in SENT_NOUNS
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


def _visited(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` what a verb of going to see has as its object ("will visit
    Kenya", "toured Estonia")?"""
    return t.dep[root] == "dobj" and t.lemma[t.head[root]] in VISIT_LEMMAS


def _named_thing(t: ParsedTokens, first: int, last: int) -> bool:
    """Is the name at tokens [first, last) introduced as a thing: by the common noun just
    before it ("her album Paper Harbours", "the cargo ship Mary Ellison", "spaniel
    Bella"), by a noun it stands in apposition to ("its sister ship, the Loch Fyne
    Queen", "their flagship lager, Harbour Pale"), by an owner's noun of a thing after it
    ("its Orbit Pro console"), by such a noun in apposition after it ("Copper Sky, a
    drama about ...") or by a vessel's prefix ("the MV Solway Tern")?"""
    if t.text[first] in VESSEL_PREFIXES and last - first >= 2:
        return True
    if first > 0 and t.text[first - 1] in VESSEL_PREFIXES and t.sent[first - 1] == t.sent[first]:
        return True  # "RFA Tidewell": the recognizer left the prefix out of the name
    root = _root(t, first, last)
    if (
        t.dep[root] == "appos"
        and _apposed_thing_noun(t, t.head[root])
        and not _introduced_by_noun(t, first, last)
    ):
        # (Not "The programme was made by producer Ann Lee": the parser may hang a list
        # of credits on the work; the noun before the name says what she is.)
        return True
    if any(
        t.dep[c] == "appos" and c > root and _apposed_thing_noun(t, c) for c in t.children[root]
    ):
        # "Copper Sky, a drama about a mining village,", "Ghost Orchard, the debut album
        # by ...": the name described as a work or a thing after it.
        return True
    if (
        t.dep[root] == "compound"
        and t.head[root] == last
        and last < len(t.text)
        and _thing_noun(t, last)
        and any(t.dep[c] == "poss" for c in t.children[last])
    ):
        return True  # "its Orbit Pro console", "Velden's Aster car": an owner's product
    if (
        last < len(t.text)
        # (a lower-case noun, whatever the tagger calls it: "inn" may be a proper noun)
        and t.pos[last] in ("NOUN", "PROPN")
        and t.text[last].islower()
        and peerage_named(" ".join(t.text[first:last]))
    ):
        return True  # "the Duke of Wellington pub", "the Earl of Sandwich chain": a name
    before = first - 1
    if before < 0 or t.sent[before] != t.sent[first]:
        return False
    if t.pos[before] not in ("NOUN", "ADJ") or not _thing_noun(t, before):
        return False  # (an adjective: "the musical Silver Lining", "the trawler" mistagged)
    if first <= t.head[before] < last or t.head[root] == before:
        return True
    # The parser may join the noun and the name to different heads ("rammed the trawler
    # Sally Morven", "aboard the survey ship Ines Cabral found"); they are still one phrase,
    # unless the name opens a clause about the noun ("the horse Ann Lee rode").
    return t.dep[root] != "compound" and not (
        t.dep[root] in _SUBJECTS and t.dep[t.head[root]] in ("relcl", "acl")
    )


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


def _apposed_thing_noun(t: ParsedTokens, index: int) -> bool:
    """A thing's noun (_thing_noun), or one that says a work or a building only when it
    describes a name in apposition ("Harbour Lights, the 1998 hit by ...", "Ellery
    Tower, the tallest building in the city,")."""
    return _thing_noun(t, index) or (
        t.text[index].islower() and t.lemma[index] in DESCRIBED_THING_NOUNS
    )


def _made_long_ago(t: ParsedTokens, root: int, person: bool = True) -> bool:
    """Is the name at `root` the maker of a work or a building in a sentence dated by a
    year or a past period ("The bridge was designed by Isambard Kingdom Brunel and
    opened in 1864", "the Victorian playhouse designed by Horace Pellow", "a tune
    written by Percy Frenchman in 1896"), or the one a thing is named after ("The ward is
    named after Florence Nightingale"), or whom a statue or a portrait shows ("the statue
    of Queen Victoria")? A person named only so is history, not an actor of the story."""
    if t.dep[root] in ("appos", "conj") and t.head[root] != root:
        root = t.head[root]  # "built by the architect Nicholas Hawksmere"
    if t.dep[root] != "pobj":
        return False
    preposition = t.head[root]
    verb = t.head[preposition]
    if t.lower[preposition] == "of" and t.pos[verb] == "NOUN" and t.lemma[verb] in DEPICTION_NOUNS:
        return True  # "The statue of Queen Victoria will be cleaned" (round 18)
    # (A body that built a thing may build still: "the station, built by Network Rail,".)
    if (
        person
        and t.lower[preposition] == "by"
        and t.pos[verb] == "NOUN"
        and t.lemma[verb] in BUILT_THING_NOUNS
        and preposition > 0
        and t.text[preposition - 1] == ","
        and not any(t.lower[c] in RECENT_MAKING_WORDS for c in t.children[verb])
    ):
        return True  # "the original plaster ceiling, by the craftsman Enzo Farini," (round 19)
    if (
        person
        and t.lower[preposition] == "by"
        and t.tag[verb] in ("VBN", "VBD")  # ("laid out" may be read as a past tense)
        and _built_thing_made(t, verb)
    ):
        return True  # "Its foyer, designed by Lionel Barrow, is listed" (round 19)
    if t.tag[verb] != "VBN":
        return False
    if t.lower[preposition] == "after":
        return t.lemma[verb] in ("name", "rename")
    if t.lower[preposition] != "by" or t.lemma[verb] not in MADE_LONG_AGO_LEMMAS:
        return False
    sentence = t.sent[root]
    index = root
    while index > 0 and t.sent[index - 1] == sentence:
        index -= 1
    while index < len(t.text) and t.sent[index] == sentence:
        word = t.lower[index]
        if t.tag[index] == "CD" and len(word) == 4 and word.isdigit() and word < "2000":
            return True  # (a year of this century may be the story's own)
        if word in PERIOD_ADJECTIVES:
            return True
        index += 1
    return False


def _built_thing_made(t: ParsedTokens, verb: int) -> bool:
    """Is the participle at `verb` the building or hand-making ("designed", "built",
    "laid out", "carved") of a lasting thing ("Its foyer, designed by Lionel Barrow,",
    "The garden was laid out by Gertrude Jekyll")? Its maker is of the past even with no
    date; not when the clause or the thing says the making is recent ("painted by Jess
    Rowe last month", "The new wing, designed by ...")."""
    if t.lemma[verb] not in BUILT_BY_LEMMAS:
        return False
    if t.lemma[verb] == "lay" and not any(
        t.dep[c] == "prt" and t.lower[c] == "out" for c in t.children[verb]
    ):
        return False
    if t.dep[verb] == "acl" and t.head[verb] != verb:
        thing = t.head[verb]
    else:
        subjects = [c for c in t.children[verb] if t.dep[c] == "nsubjpass"]
        if not subjects:
            return False
        thing = subjects[0]
    if t.pos[thing] != "NOUN" or t.lemma[thing] not in BUILT_THING_NOUNS:
        return False
    if any(t.lower[c] in RECENT_MAKING_WORDS for c in t.children[thing]):
        return False
    if t.dep[thing] in ("nsubj", "nsubjpass") and t.lemma[t.head[thing]] in NEW_THING_LEMMAS:
        return False  # "The station, built by Balfour Beatty, opens on Monday": new
    stack = [verb]
    while stack:
        node = stack.pop()
        word = t.lower[node]
        if word in RECENT_MAKING_WORDS or (word.isdigit() and len(word) == 4 and word >= "2000"):
            return False
        stack.extend(c for c in t.children[node] if c != verb)
    return True


def _in_a_county(
    t: ParsedTokens, entity_at: Mapping[int, ParsedEntity], first: int, last: int, root: int
) -> bool:
    """Is the name at tokens [first, last) a place written with its county or region
    after "in" ("Santon Downham in Suffolk", "Kilbrack in Co Mayo", "Ballyconnell in
    County Cavan")? Not a person (a given name opens the name), nor a body whose name
    says it is one ("Tesco Stores in Ireland")."""
    words = t.text[first:last]
    if (
        last + 1 >= len(t.text)
        or t.lower[last] != "in"
        or t.head[last] != root
        or t.sent[last] != t.sent[first]
        or fold(words[0]) in GIVEN_NAMES
        or any(w in ORG_HEADS for w in words)
    ):
        return False
    after = last + 1
    if t.text[after] in ("Co", "Co.", "County") and after + 1 < len(t.text):
        return t.text[after + 1][:1].isupper()
    entity = entity_at.get(after)
    return (
        entity is not None
        and entity.label in ("GPE", "LOC")
        and any(t.head[i] == last for i in range(entity.first_token, entity.last_token))
        # (one place, not "in Britain and Ireland" nor "in Suffolk Crown Court")
        and entity.last_token - entity.first_token <= 2
    )


def _played_by(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` a part someone plays, told by a participle's clause with
    its actor ("Shira Cole, played by Anna Jeffs, returns", "Captain Bramble, voiced by
    Kieran Doyle")?"""
    return any(
        t.dep[c] == "acl"
        and t.tag[c] == "VBN"
        and _portrayal_lemma(t, c) is not None
        and any(t.dep[g] == "agent" for g in t.children[c])
        for c in t.children[root]
    )


def _played(t: ParsedTokens, first: int) -> bool:
    """Is the name opening at token `first` a part someone acts: "who plays barmaid
    Jodie Sallis", "portrays Tom Rudd", "stars as Daisy Merrow"? Read from the words
    before it (the parser may take "barmaid" for a verb), or a title ("played Widow
    Twankey"). A side a club plays ("played Corvell") has no description before it; a
    film that "stars Ann Lee" names its actor."""
    index, described, cast_as = first - 1, False, False
    while (
        index >= 0
        and t.sent[index] == t.sent[first]
        and t.text[index][:1].isupper()
        and t.lower[index].rstrip(".") in _TITLE_WORDS | DESCRIPTION_NOUNS
    ):
        # "played Widow Twankey", "will play Captain Hook": a titled part, whose title
        # the name's words may or may not hold.
        index, described = index - 1, True
    while (
        index >= 0
        and first - index <= 4
        and t.sent[index] == t.sent[first]
        and t.text[index].isalpha()
        and t.text[index].islower()
    ):
        lemma = _portrayal_lemma(t, index)
        if lemma is not None:
            if lemma == "play":
                return described or cast_as
            return cast_as or lemma in ("portray", "voice")
        cast_as = cast_as or t.lower[index] == "as"
        described = described or t.lower[index] not in _DETERMINERS | {"as"}
        index -= 1
    return False


# Endings of a verb's forms after its lemma ("plays", "played", "starred", "voicing").
_VERB_ENDINGS = ("", "s", "ed", "d", "red", "ing", "ring")


def _portrayal_lemma(t: ParsedTokens, index: int) -> str | None:
    """The verb of acting a part at `index`, by its lemma or, when the parser read it as
    an auxiliary and left the form as its lemma ("who played scheming landlady Bridie
    Kinsella": "played" hung on "scheming"), by its written form."""
    if not t.tag[index].startswith("VB"):
        return None
    if t.lemma[index] in PORTRAYAL_LEMMAS:
        return t.lemma[index]
    word = t.lower[index]
    for lemma in PORTRAYAL_LEMMAS:
        if word.startswith(lemma) and word[len(lemma) :] in _VERB_ENDINGS:
            return lemma
    return None


# How far up from its "as" the verb of a nickname may stand, in tokens of the parse.
_NICKNAME_CLIMB = 6


def _nickname_of(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` one someone else is known by: "Known to fans as Mother Goose,
    she said", "Ann Lee, known as the Iron Lady,"? The "as" may hang a few words below
    the verb ("known to generations of audiences as"). Not a body's name ("a militia
    known as the Red Hand": a common noun's own name is how the story names it)."""
    if t.dep[root] != "pobj" or t.lower[t.head[root]] != "as":
        return False
    node = t.head[t.head[root]]
    for _ in range(_NICKNAME_CLIMB):
        if t.lemma[node] in NICKNAMING_LEMMAS and t.tag[node] == "VBN":
            break
        if t.head[node] == node:
            return False
        node = t.head[node]
    else:
        return False
    if t.dep[node] == "advcl":
        return True  # "Known to fans as X, she ...": about the clause's subject
    return t.dep[node] == "acl" and t.pos[t.head[node]] in ("PROPN", "PRON")


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


# What an office's brief written before one of its items looks like: the office's title,
# "for" (or "of State for", "of"), maybe "the", and the items before this one
# ("Minister for Arts, Heritage and ": "Heritage" and "Gaeltacht" are items too).
_BRIEF_ITEMS_BEFORE = re.compile(
    r"(?:^|(?<=\s))[A-Z][a-z]+(?: of State)? (?:for|of) (?:the )?"
    r"(?:[A-Z][\w'’-]*,? (?:and (?:the )?)?){0,5}$"
)
_BRIEF_ITEMS_REACH = 120


def _office_brief_item(text: str, start: int, name: str) -> bool:
    """Is a name the recognizer calls a body an item of an office's brief ("Secretary for
    Trade and Industry Ann Lee", "Minister for Arts, Heritage and Gaeltacht", "Minister of
    Labour"): written after a portfolio's opening (actors.opens_portfolio), with no word
    that heads a body's name ("Minister for the Cabinet Office" names the office)?"""
    if any(w in ORG_HEADS for w in name.split()):
        return False
    match = _BRIEF_ITEMS_BEFORE.search(text, max(0, start - _BRIEF_ITEMS_REACH), start)
    return (
        match is not None
        and match.end() == start
        and opens_portfolio(text[match.start() : start].split())
    )


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


def _acting_entities(
    text: str,
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    records: list[ActorRecord],
    inside_quote: Callable[[int], bool],
    lower_words: set[str],
) -> list[ActorRecord]:
    """People (given name and surname) and organizations the recognizer finds acting,
    outside quotes, that no actor names yet."""
    known = {n for r in records for n in r.all_names()}
    known_bodies = {n for r in records if r.kind == "organization" for n in r.all_names()}
    known_words = {
        w for r in records if r.kind == "person" for n in r.all_names() for w in n.split()
    }
    # The surname of every full name the recognizer calls a person outside quotes,
    # wherever it stands: "Tellby, 27, said" is Rowan Tellby, even where the recognizer
    # calls the surname alone a body or a place, and even before the full name. (Not the
    # first word: "Stratus" of "Stratus Cloud", a company it calls a person.)
    known_words |= {
        name.split()[-1]
        for e in entities
        if e.label == "PERSON" and not inside_quote(e.start)
        for name in [_without_titles(_clean_name(e.text))]
        if _addable(name, "PERSON") and name.split()[-1] not in ORG_HEADS | PLACE_HEADS
    }
    # The ends of the known names ("Rescue Service" of "Northern Ireland Fire and Rescue
    # Service"), to the names: the recognizer's piece of a name is that name's mention.
    tails: dict[str, list[str]] = {}
    for known_name in known:
        if _OWNER_MARK.search(known_name):
            continue  # "Russia's Ministry of Defense" is merged with its owner's body later
        if peerage_named(known_name):
            continue  # "Brancaster" of "the Duke of Brancaster" is the place
        words = known_name.split()
        for cut in range(1, min(len(words), _MAX_NAME_WORDS)):
            tails.setdefault(" ".join(words[cut:]), []).append(known_name)
    staffed_names = {
        _clean_name(e.text)
        for e in entities
        if e.label == "PERSON" and _modifies_staff(t, e.first_token, e.last_token)
    }
    # The surnames of the people the rules found by full name: one listed with them is
    # as sure.
    person_surnames = {r.name.split()[-1] for r in records if r.kind == "person" and " " in r.name}
    added: dict[str, ActorRecord] = {}
    # Acronyms a body's name introduces in brackets ("Harton Rail Services (HRS)").
    spelled_out: dict[str, str] = {}
    for entity in entities:
        bracket = _BRACKETED_ACRONYM.match(text, entity.end)
        if entity.label == "ORG" and bracket and is_spelling_of(bracket[1], entity.text):
            spelled_out.setdefault(bracket[1], _clean_name(entity.text))
    # Bodies the recognizer names more than once: an object then acts as surely as a
    # subject ("forced Ryanair to cancel flights").
    named_bodies = Counter(
        _clean_name(e.text) for e in entities if e.label == "ORG" and not inside_quote(e.start)
    )
    given_before = _given_before_surnames(
        [_clean_name(e.text) for e in entities if e.label == "PERSON"]
        + [r.name for r in records if r.kind == "person"]
    )
    states = state_names()
    for start, name in _acting_states(t, states, known_words, inside_quote):
        if name not in known and name not in added and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, "place", first=start)
    previous: ParsedEntity | None = None
    for entity in entities:
        owner, previous = previous, entity
        if inside_quote(entity.start):
            continue
        if (entity.text in states and " " in entity.text) or entity.text in added:
            continue  # "Tamil Nadu" called a person: a state, acting or scenery
        if seat_in_brackets(t, entity.first_token, entity.last_token):
            continue  # "Ann Lee (PN–Kuala Nerus)" called a person: her seat
        label = entity.label
        if (
            label in ("PERSON", "ORG")
            and entity.last_token - entity.first_token == 2
            and _headline_epithet(t, entity.first_token, given_before)
        ):
            continue  # "Jailed Smith loses appeal" over "Darren Smith": Smith, described
        if _owned_by_the_person_before(text, t, owner, entity):
            label = "ORG"
        if label in ("GPE", "LOC") and _club_by_its_words(t, entity):
            label = "ORG"
        # "released by the London label Boucan", called a place or a person.
        root = _root(t, entity.first_token, entity.last_token)
        introduced_as_body = label in _NAME_LABELS and _named_with_body_noun(t, root)
        if introduced_as_body:
            label = "ORG"
        if _operator_acts(t, entity.text, root):
            label = "ORG"
        if label not in ("PERSON", "ORG") and not (
            entity.label == "NORP" and entity.text in PARTY_NAMES
        ):
            continue
        name = _clean_name(entity.text)
        party_first = _party_name_start(t, entity, root)
        if party_first < entity.first_token:
            # "The Liberal Democrats", "the Sweden Democrats": the recognizer named only
            # the last word; the party is the whole name.
            name = _clean_name(text[t.start[party_first] : entity.end])
            label = "ORG"
        person_span = person_in_body_name(name.split()) if label == "ORG" else None
        if label == "ORG" and person_span is None:
            person_span = _described_name_taken_for_body(name.split())
        if person_span is not None:
            # "Fisheries Committee Chair Tomasz Wielgosz", "Ritesh Agarwal of Meridian
            # Capital Securities" taken whole for a body: the person it names.
            name = " ".join(name.split()[person_span[0] : person_span[1]])
            label = "PERSON"
        misread = _on_a_verb_read_as_noun(t, entity.first_token, entity.last_token, label)
        if misread:
            label = "PERSON"
        if label == "PERSON":
            name = _without_titles(name)
            opening, _, rest = name.partition(" ")
            if rest and plural_person_word(opening):
                name = rest  # "Neighbours Karen and Steve Wilde": the plural describes
        noun_subject = (
            t.dep[root] in _SUBJECTS
            and t.pos[root] in ("NOUN", "PROPN")
            and not any(t.dep[c] in ("compound", "amod") for c in t.children[root])
        )
        if name in known:
            continue
        if label in ("PERSON", "ORG") and (
            (office_named(name) and apposed_name_after(t, root, entity.last_token))
            # "Bishop of Wrexham, the Right Rev Ann Lee,": the recognizer cut the office
            # from its place
            or (
                name.casefold() in _OFFICE_NOUNS
                and entity.last_token < len(t.text)
                and t.lower[entity.last_token] in ("of", "for")
                and any(
                    c > entity.last_token and t.dep[c] == "appos" and t.pos[c] == "PROPN"
                    for c in t.children[root]
                )
            )
        ):
            continue  # the office of the person named next to it (their role)
        if label == "ORG" and _office_brief_item(text, entity.start, name):
            continue  # "Secretary for Trade and Industry Ann Lee": a portfolio, no body
        if name.casefold() in _OFFICE_NOUNS and any(
            r.kind == "person" and r.role and r.role.startswith(name + " ") for r in records
        ):
            # "Registrar and secretary of Carrowmere University Helen Marsh-Dyer": the
            # post's first word, read alone as a body, opens a person's role.
            continue
        if not _addable(name, label, noun_subject) and not (
            label == "PERSON" and _kin_given_name(t, name, root)
        ):
            continue
        if any(
            text[max(0, entity.end - len(whole)) : entity.end] == whole
            and (
                label == "ORG"
                or (whole in known_bodies and given_name_gender(name.split()[0]) is None)
            )
            for whole in tails.get(name, ())
        ):
            # The end of a body's name the rules found whole, whatever the recognizer
            # calls it ("Art Gallery" of "the Polgarrow Museum and Art Gallery", called a
            # person); a person's name at the end of a run ("Board Chairman Victor Osei")
            # is that person's.
            continue
        part = _part(t, entity.first_token, entity.last_token)
        # "the court jailed Darren Pyke", "police charged Ann Lee with robbery": a person
        # done to, named once, and never a subject.
        jailed = _jailed(t, root) and _addable(name, "PERSON")
        acted_on = (
            t.dep[root] == "dobj"
            and t.pos[t.head[root]] == "VERB"
            and (
                (label == "PERSON" and t.lemma[t.head[root]] in ACTED_ON_LEMMAS)
                # "Uefa has fined Dinamo Ostrava", "Sepa prosecuted Kilbride Distillery":
                # a body penalised
                or (label == "ORG" and t.lower[t.head[root]] in PENALTY_PARTICIPLES)
            )
        ) or jailed
        if (
            not acted_on
            and not _subject_or_described_subject(t, root)
            and not (
                label == "PERSON"
                and (
                    _listed_with_actor(t, entity.first_token, entity.last_token, person_surnames)
                    # "Apex named Ann Lee as chief executive": whom the news is about
                    or _appointed_as(text, t, entity.first_token, entity.last_token) is not None
                    or _told_of_by_who(t, entity.first_token, entity.last_token, root)
                    or _came_from(t, root)
                )
            )
            and not (label in ("PERSON", "ORG") and _made_by(t, root))
            and not misread
            and not (
                label == "ORG"
                and (
                    (
                        (named_bodies[name] >= 2 or introduced_as_body or _sent_from(t, root))
                        and part == "acts"
                    )
                    or _party_to_the_deal(t, entity.first_token, entity.last_token)
                    or _cited_source(t, root)
                    # "re-signed with Castlebar Celtic", "from Dunmore Town" (round 23)
                    or _side_or_firm_moved_to(t, root, name)
                    or _told_of_by_who(t, entity.first_token, entity.last_token, root, "which")
                    # "rejected by the RCN and Unison": a body joined to a body whose
                    # list acts is as sure as the first (not "The exhibition, Colour and
                    # Light, opens": a work's name)
                    or (
                        t.dep[root] == "conj"
                        and t.ent[t.head[root]] == "ORG"
                        and _listed_with_actor(t, entity.first_token, entity.last_token, set())
                    )
                    # "An NHS England spokesman said": the body speaks through its staff
                    # (not "Ann Lee, a chairman of X", an affiliation; not a byline).
                    or (
                        part == "staff-of"
                        # (one word only as an acronym: "A PSF spokesperson said")
                        and (
                            len(name.split()) >= 2
                            or re.fullmatch(r"[A-Z]{2,6}", name)
                            or _campaigners_of(t, root)
                        )
                        and not _OWNER_MARK.search(name)  # "Kyiv's Western allies"
                        and _staff_act(t, entity.first_token, entity.last_token)
                    )
                )
            )
        ):
            continue  # only a subject is sure enough of a name the rules did not see
        if (
            _is_credit(t, entity.first_token)
            or _not_a_name(text, t, entity, name, lower_words, known_words)
            or numbered_after(text, entity.end)
            or _given_name_of_a_couple(t, entity.first_token, entity.last_token)
        ):
            continue
        record = added.get(name)
        if record is not None:
            record.mentions += 1
            continue
        if len(added) >= _MAX_PARSE_ACTORS:
            break
        # "Dunhallow Rangers" called a person: a word that closes a body's name says more,
        # and so does staff only a body has ("Harlan Agri-Feeds plant manager Ann Lee").
        person = (
            label == "PERSON" and name.split()[-1] not in ORG_HEADS and name not in staffed_names
        ) or jailed
        kind = "person" if person else "organization"
        full = spelled_out.get(name)
        if full is not None and full not in known and full not in added:
            # "A PSF spokesperson said" after "Pellin Sound Ferries (PSF)": the body by
            # the name it was introduced with, the acronym its alias.
            added[full] = ActorRecord(full, "organization", aliases=[name], first=entity.start)
            continue
        added[name] = ActorRecord(name, kind, first=entity.start)  # type: ignore[arg-type]
    # An acronym the recognizer does not name that acts or speaks through its staff ("A
    # PSF spokesperson said") stands for the body that introduced it.
    for index, word in enumerate(t.text):
        full = spelled_out.get(word)
        if (
            full is None
            or full in known
            or full in added
            or word in known
            or inside_quote(t.start[index])
            or _part(t, index, index + 1) not in ("acts", "staff-of")
        ):
            continue
        added[full] = ActorRecord(full, "organization", aliases=[word], first=t.start[index])
    countries = country_names()
    for index, word in enumerate(t.text):
        # "according to the INMO", "data from the DMRE showed": an acronym the recognizer
        # does not name, cited as the story's source, is a body.
        if (
            not t.ent[index]
            and _ACRONYM.fullmatch(word)
            and word not in known
            and word not in added
            and word not in countries
            and len(added) < _MAX_PARSE_ACTORS
            and not inside_quote(t.start[index])
            and _cited_source(t, index)
        ):
            added[word] = ActorRecord(word, "organization", first=t.start[index])
    for start, name in _unnamed_campaigning_bodies(text, t, inside_quote, lower_words):
        if name not in known and name not in added and name not in countries:
            added[name] = ActorRecord(name, "organization", first=start)
    by_name = {r.name: r for r in records}
    for start, name in _teams(text, t, known_words, inside_quote, lower_words):
        # A side in a result is a club, though the rules or the recognizer took its
        # name ("Ashdown Town") for a person.
        team = added.get(name) or by_name.get(name)
        if team is not None and team.kind == "person":
            team.kind = "organization"
            team.aliases = [a for a in team.aliases if a != name.split()[-1]]
        elif team is None and name not in known and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, "organization", first=start)
    # (The people found above are as known: "Winger Jordan Hale ... Hale said"; not a
    # club the recognizer called a person, "Hallam Town", whose short form is a body's.)
    found_words = {
        w
        for r in added.values()
        if r.kind == "person" and r.name.split()[-1] not in ORG_HEADS | PLACE_HEADS
        for w in r.name.split()
    }
    for start, name in [
        *_bodies(text, t, known_words | found_words, inside_quote, lower_words),
    ]:
        if name not in known and name not in added and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, "organization", first=start)
    known_lower = {n.casefold() for n in known}
    for start, name in _unnamed_services(t, inside_quote):
        # (Not one whose proper name the story gives: "North Vale Ambulance Service".)
        if not any(k.endswith(name.casefold()[4:]) for k in known_lower) and name not in added:
            added[name] = ActorRecord(name, "organization", first=start)
    for start, name in _local_authorities(t, inside_quote):
        if name not in known and name not in added and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, "organization", first=start)
    for start, name, kind in _unlabelled_openers(text, t, entities, inside_quote, lower_words):
        if name not in known and name not in added and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, kind, first=start)  # type: ignore[arg-type]
    for start, name, kind, role in _prize_winners(text, t, entities, inside_quote):
        if name not in known and name not in added and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, kind, role=role, first=start)  # type: ignore[arg-type]
    return [r for r in added.values() if not _two_known_bodies(r.name, known_bodies)]


def _vessel_under_way(t: ParsedTokens, first: int, root: int) -> bool:
    """ "The Aurora Vela then sailed for Valletta", "The Kilmore Star will make an extra
    crossing": a name after "the", the subject of what only a vessel does, is a ship."""
    if (
        first < 1
        or t.lower[first - 1] != "the"
        or t.dep[root] not in _SUBJECTS
        or t.text[root] in ORG_HEADS  # (not "the Royal Navy sailed")
    ):
        return False
    verb = t.head[root]
    return t.lemma[verb] in VOYAGE_LEMMAS or (
        t.lemma[verb] == "make"
        and any(t.dep[c] == "dobj" and t.lemma[c] in VOYAGE_NOUNS for c in t.children[verb])
    )


def _trained_before_it(t: ParsedTokens, root: int, name: str) -> bool:
    """ "Trained by Gemma Lowe, Silver Arrow jumped the last clear": the subject of a
    verb that a clause of "trained by" or "ridden by" someone opens is the horse, unless
    a given name opens it ("Trained by his father, Tom Ives won the 100m": an athlete)."""
    if t.dep[root] not in _SUBJECTS or t.head[root] == root:
        return False
    if fold(name.split()[0]) in GIVEN_NAMES:
        return False
    verb = t.head[root]
    return any(
        t.dep[c] == "advcl"
        and c < root
        and t.tag[c] == "VBN"
        and t.lemma[c] in RIDDEN_LEMMAS | TRAINED_LEMMAS
        and any(t.dep[a] == "agent" for a in t.children[c])
        for c in t.children[verb]
    )


def _ridden_in_its_clause(t: ParsedTokens, root: int) -> bool:
    """ "Galway Flyer won the Plate by two lengths, ridden by Sean Doyle": the subject of
    a clause in which "ridden by" someone hangs (on the verb or on a phrase of it) is
    the horse, whatever the parser attaches the participle to."""
    if t.dep[root] not in _SUBJECTS or t.head[root] == root:
        return False
    verb = t.head[root]
    for index in range(root + 1, min(len(t.text), root + _CLAUSE_WINDOW)):
        if t.sent[index] != t.sent[root]:
            break
        if t.lemma[index] not in RIDDEN_LEMMAS or t.tag[index] != "VBN":
            continue
        if not any(t.dep[c] == "agent" for c in t.children[index]):
            continue
        node = t.head[index]
        for _ in range(4):
            if node == verb:
                return True
            if t.pos[node] in ("VERB", "AUX") or t.head[node] == node:
                break
            node = t.head[node]
    return False


def _owned_by_the_person_before(
    text: str, t: ParsedTokens, owner: ParsedEntity | None, entity: ParsedEntity
) -> bool:
    """ "Elon Musk's SpaceX launched", "Ann Lee's Harrowfield said": a name the recognizer
    calls a person or a work, owned by the full name right before it and acting as a
    verb's subject, is the owner's firm (not "Ann Lee's son Tom", a noun between)."""
    if (
        owner is None
        or owner.label != "PERSON"
        or entity.label not in ("PERSON", "WORK_OF_ART")
        or not owner.text.endswith(("'s", "’s"))
        or len(owner.text.split()) < 2
        or text[owner.end : entity.start].strip()
    ):
        return False
    root = _root(t, entity.first_token, entity.last_token)
    return t.dep[root] in _SUBJECTS and t.pos[t.head[root]] in ("VERB", "AUX")


def _given_name_of_a_couple(t: ParsedTokens, first: int, last: int) -> bool:
    """ "Orla and Shane Dunphy", "Karen and Steve Wilde": a given name alone before "and"
    and a given name with a surname is one of two people who share the surname, no name
    of its own (the recognizer may call it a body or a place)."""
    after = last + 2
    return (
        last - first == 1
        and after < len(t.text)
        and t.text[first].casefold() in GIVEN_NAMES
        and t.lower[last] == "and"
        and t.text[last + 1].casefold() in GIVEN_NAMES
        and t.text[after][:1].isupper()
        and t.text[after].casefold() not in GIVEN_NAMES
        and t.sent[after] == t.sent[first]
    )


def _operator_acts(t: ParsedTokens, name: str, root: int) -> bool:
    """ "Gatwick Airport said", "Auckland Airport says it expects", "Manchester Airport
    has been fined": an airport that is a verb's subject is the body that runs it,
    whether the recognizer called it a person, a place or a facility; one that is only
    where things happen ("flights at Dublin Airport", "Dublin Airport was busy") is no
    actor."""
    words = name.split()
    if not words or words[-1] not in OPERATED_PLACE_HEADS or t.head[root] == root:
        return False
    verb = t.head[root]
    if t.dep[root] == "nsubj":
        return t.pos[verb] == "VERB"
    return t.dep[root] == "nsubjpass" and t.lower[verb] in PENALTY_PARTICIPLES


def _party_name_start(t: ParsedTokens, entity: ParsedEntity, root: int) -> int:
    """Where a party's name starts when the recognizer labels only its last word ("Free
    Democrats", "Sweden Democrats", "Christian Democrats"): the capitalized words that
    modify the party word from just before it; the entity's own first token otherwise."""
    first = entity.first_token
    if entity.label != "NORP" or entity.text not in PARTY_NAMES:
        return first
    while (
        first - 1 >= 0
        and t.head[first - 1] == root
        and t.dep[first - 1] in ("compound", "amod")
        and t.text[first - 1][:1].isupper()
        and t.text[first - 1].isalpha()
        and t.sent[first - 1] == t.sent[root]
    ):
        first -= 1
    return first


def _prize_winners(
    text: str,
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    inside_quote: Callable[[int], bool],
) -> list[tuple[int, str, str, str | None]]:
    """Whom a prize "went to": "Best actress went to Priya Raman", "The gold went to Faith
    Cheruiyot" (a person, by a given name or the recognizer's label, whatever it called
    her), "The contract went to Apex Construction" (a body, only after a noun of what is
    awarded: "the pupils went to Aldgate Museum" names a place to visit). The winner is
    named as the object of "to", not a subject, so _acting_entities would miss it. A
    person's role is what they won ("Best actress", "winner of the Wexford Prize"). One
    pass over the tokens."""
    label_at: dict[int, str] = {}
    for entity in entities:
        for index in range(entity.first_token, entity.last_token):
            label_at[index] = entity.label
    found: list[tuple[int, str, str, str | None]] = []
    for index in range(len(t.dep)):
        if t.pos[index] != "PROPN" or inside_quote(t.start[index]):
            continue
        subject = _prize_subject(t, index)
        if subject is None:
            continue
        awarded = t.lower[subject] in AWARDED_NOUNS
        first = index
        while (
            first - 1 >= 0
            and t.dep[first - 1] == "compound"
            and t.head[first - 1] == index
            and t.pos[first - 1] == "PROPN"
        ):
            first -= 1
        name = _clean_name(text[t.start[first] : t.end[index]])
        words = name.split()
        label = label_at.get(index)
        # (A given name, or a clause "who ..." about the winner, says a person.)
        given = fold(words[0]) in GIVEN_NAMES or any(
            t.dep[c] == "relcl" and any(t.lower[w] == "who" for w in t.children[c])
            for c in t.children[index]
        )
        if words[-1] in ORG_HEADS or (label == "ORG" and not given):
            kind = "organization"
        elif len(words) >= 2 and (label == "PERSON" or given):
            kind = "person"
        else:
            continue
        if kind == "organization" and not awarded:
            continue
        if _addable(name, "PERSON" if kind == "person" else "ORG"):
            role = _prize_won(text, t, subject) if kind == "person" else None
            found.append((t.start[first], name, kind, role))
    return found


def _prize_won(text: str, t: ParsedTokens, subject: int) -> str | None:
    """The words of what was won, from the subject at `subject` without its article:
    "Best actress", "winner of the Wexford Prize for painting"; None when long, or when
    the subject names no prize or part ("The ball went to ...")."""
    first, stack, seen = subject, [subject], 0
    while stack and seen < _MAX_DESCRIPTION_TOKENS:
        current = stack.pop()
        seen += 1
        first = min(first, current)
        stack.extend(c for c in t.children[current] if c < subject)
    if t.lower[first] in ("the", "a", "an"):
        first += 1
    last = _subtree_end(t, subject)
    if last - first >= _MAX_PRIZE_WORDS or t.sent[first] != t.sent[subject]:
        return None
    won = text[t.start[first] : t.end[last]]
    if t.lower[subject] in AWARDED_NOUNS:
        return f"winner of the {won}"
    lemma = t.lemma[subject].casefold()
    if lemma in ROLE_NOUNS | DESCRIPTION_NOUNS | _PERSON_ROLE_WORDS or (
        lemma.endswith(AGENT_SUFFIXES) and lemma not in AGENT_LOOKALIKES
    ):
        return won  # "Best actress", "Player of the match": a part won
    return None  # "The ball went to Kieran Doyle": no prize


# The longest prize phrase kept as a winner's role, in tokens.
_MAX_PRIZE_WORDS = 8


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


def _told_of_by_who(
    t: ParsedTokens, first: int, last: int, root: int, pronoun: str = "who"
) -> bool:
    """ "The family of Derek Lowe, who died in a crash", "in memory of Sandra Pike, who
    ran the shop": a given name and a surname named once, however far from the verb, a
    "who" clause after a comma tells about; the story is about them (and a body so with
    "which": "lent £40m to Harland Steel, which employs 900 people")."""
    return (
        last < len(t.text) - 1
        and t.text[last] == ","
        and t.lower[last + 1] == pronoun
        and 2 <= last - first <= 3
        and all(t.text[i][:1].isupper() and t.text[i].isalpha() for i in range(first, last))
        and any(
            t.dep[c] == "relcl" and any(t.lower[g] == pronoun for g in t.children[c])
            for c in t.children[root]
        )
    )


def _club_by_its_words(t: ParsedTokens, entity: ParsedEntity) -> bool:
    """ "Championship club Thornbury City tabled a bid", "a Thornbury City spokesman
    said": a name that closes as a club's ("City", "Town"), which the recognizer took
    for a place, with a club's noun before it or its staff after it, is the club."""
    if not _club_named(_clean_name(entity.text)):
        return False
    before, after = entity.first_token - 1, entity.last_token
    return (before >= 0 and t.lemma[before] in CLUB_DESCRIPTION_NOUNS) or (
        after < len(t.lemma)
        and (t.lower[after] in _SQUAD_NOUNS or t.lower[after] in BODY_STAFF_NOUNS)
    )


def _acting_states(
    t: ParsedTokens,
    states: frozenset[str],
    person_words: set[str],
    inside_quote: Callable[[int], bool],
) -> list[tuple[int, str]]:
    """States and provinces speaking or acting as their governments, alone or with
    another ("Kerala refused", "Tamil Nadu and Kerala said", "Alberta and Saskatchewan
    will sue"), read off the words, since the recognizer often calls them people or
    nothing; never a word of a person's name ("Victoria Lee said"). One pass."""
    found: list[tuple[int, str]] = []
    for last in range(len(t.text)):
        if t.pos[last] != "PROPN":
            continue
        for size in (3, 2, 1):
            first = last - size + 1
            if first < 0 or " ".join(t.text[first : last + 1]) not in states:
                continue
            if size == 1 and t.text[last] in person_words:
                break
            node = last
            for _ in range(3):
                if t.dep[node] == "conj" and t.pos[t.head[node]] == "PROPN":
                    node = t.head[node]
            verb = t.head[node]
            if (
                t.dep[node] == "nsubj"
                and t.pos[verb] in ("VERB", "AUX")
                and t.lemma[verb] in SPEECH_LEMMAS | STANCE_LEMMAS | GOVERNMENT_ACT_LEMMAS
                and not inside_quote(t.start[first])
            ):
                found.append((t.start[first], " ".join(t.text[first : last + 1])))
            break
    return found


def _local_authorities(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """ "The prefecture of Agrigento said", "the municipality of Rafah has banned": a
    local authority named by its kind in lower case and its place, acting as a verb's
    subject, is a body ("prefecture of Agrigento"). One pass."""
    found: list[tuple[int, str]] = []
    for index, lemma in enumerate(t.lemma):
        if (
            lemma not in LOCAL_AUTHORITY_NOUNS
            or t.dep[index] not in _SUBJECTS
            or not t.text[index].islower()
            or t.pos[t.head[index]] != "VERB"
            or index + 2 >= len(t.text)
            or t.lower[index + 1] != "of"
            or t.head[index + 1] != index
            or inside_quote(t.start[index])
        ):
            continue
        last = index + 2
        while last + 1 < len(t.text) and t.pos[last + 1] == "PROPN" and t.head[last] == last + 1:
            last += 1
        if (
            t.pos[last] != "PROPN"
            or not t.text[index + 2][:1].isupper()
            or t.head[last] != index + 1
        ):
            continue
        found.append((t.start[index], " ".join(t.text[index : last + 1])))
    return found


def _unnamed_services(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """A public body named by what it does, in lower case, speaking as a subject: "...,
    the fire service said", "the ambulance service said". Only with a noun saying what
    it does before its head ("the service said" refers back to a named one). One pass."""
    found: list[tuple[int, str]] = []
    for index, dep in enumerate(t.dep):
        ministry = t.lemma[index] in MINISTRY_NOUNS
        if (
            dep != "nsubj"
            or (t.lemma[index] not in PUBLIC_SERVICE_NOUNS and not ministry)
            or not t.text[index].islower()
            or t.lemma[t.head[index]] not in SPEECH_LEMMAS
            or inside_quote(t.start[index])
        ):
            continue
        children = t.children[index]
        modifier = index - 1
        verb = t.head[index]
        if (
            # The verb of speech right after it ("the fire service said", "... has
            # said"), and no name after the noun ("the conciliation service Acas").
            not (verb == index + 1 or (verb == index + 2 and t.dep[index + 1] == "aux"))
            or t.text[index + 1][:1].isupper()
            or modifier < 1
            or modifier not in children
            # (A ministry's is often read as an adjective: "the interior ministry".)
            or not (
                t.dep[modifier] == "compound"
                or (
                    ministry
                    and t.dep[modifier] == "amod"
                    and t.lower[modifier] not in REFERRING_ADJECTIVES
                )
            )
            or not t.text[modifier].islower()
            or t.lower[modifier - 1] != "the"
            or len([c for c in children if c < index]) != 2
        ):
            continue
        found.append((t.start[modifier - 1], " ".join(t.text[modifier - 1 : index + 1])))
    return found


# Words before a group's noun that say which of them, not what they are ("some
# residents", "his parents"): such a phrase is a part of the group or someone's kin.
_GROUP_DETERMINERS = frozenset({"the"})


# A group named once is named in passing (in the lead too, more often than not).
_GROUP_MENTIONS = 2


def _group_noun(t: ParsedTokens, index: int) -> str | None:
    """The GROUP_ACTOR_NOUNS lemma a plural noun at `index` is, or None. "Rebels
    seized ...", "- Protesters stormed ...": a plural opening a sentence, which the
    tagger takes for a name, counts too."""
    if t.tag[index] == "NNS":
        noun = t.lemma[index]
    elif (
        t.tag[index] in ("NNP", "NNPS")
        and t.text[index].istitle()
        and t.lower[index].endswith("s")
        and (index == 0 or not t.text[index - 1][:1].isupper())
    ):
        noun = t.lower[index][:-1]
    else:
        return None
    return noun if noun in GROUP_ACTOR_NOUNS else None


def _acting_groups(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str, str, int]]:
    """Unnamed groups acting as the subject of a verb, outside quotes: "Protesters
    blocked the road", "Armed rebels seized two towns", "the strikers voted". Plural
    nouns of GROUP_ACTOR_NOUNS only, with no determiner but "the", and their lower-case
    modifiers ("armed rebels"). Each group once, by its first acting phrase; the name
    is the phrase without its article, capitalized, the phrase with it an alias; with
    how often the group is named. One pass."""
    found: list[tuple[int, str, str, int]] = []
    seen: set[str] = set()
    nouns = [_group_noun(t, index) for index in range(len(t.text))]
    named = Counter(
        noun for index, noun in enumerate(nouns) if noun and not inside_quote(t.start[index])
    )
    for index, dep in enumerate(t.dep):
        noun = nouns[index]
        if (
            dep != "nsubj"
            or noun is None
            or noun in seen
            or t.pos[t.head[index]] not in ("VERB", "AUX")
            or inside_quote(t.start[index])
        ):
            continue
        first = index
        determiner = None
        for child in sorted(t.children[index]):
            if child > index:
                break
            if t.dep[child] in ("det", "poss", "predet", "nummod") or t.tag[child] == "PRP$":
                determiner = child
            elif t.dep[child] in ("amod", "compound") and (
                t.text[child].islower() or child == 0 or t.sent[child - 1] != t.sent[child]
            ):
                first = min(first, child)
            else:
                first = -1
                break
        if first < 0 or (determiner is not None and t.lower[determiner] not in _GROUP_DETERMINERS):
            continue
        phrase = " ".join(t.text[first : index + 1])
        name = phrase[:1].upper() + phrase[1:]
        alias = f"The {phrase[:1].lower()}{phrase[1:]}" if determiner is not None else ""
        seen.add(noun)
        found.append(
            (t.start[determiner if determiner is not None else first], name, alias, named[noun])
        )
    return found


_UNLABELLED_OK = frozenset({"PERSON", "ORG"})
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,3}")


def _unlabelled_openers(
    text: str,
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    inside_quote: Callable[[int], bool],
    lower_words: set[str],
) -> list[tuple[int, str, str]]:
    """A name of two to four capitalized words opening a sentence as the subject of its
    verb that the recognizer leaves unnamed (or calls a body or a person), whose kind
    the story then says by a pronoun: "Adaeze Nwachukwu-Blake teaches maths ... She
    said" (a person), "Bluewake Marine was fined ... at its yard" (a body), also where
    the tagger reads the verb as a plural noun ("Ann Lee-Holt commutes from ..."). Without
    the pronoun a capitalized opener may be a storm, a product or a place, and is left
    out. One pass over the tokens."""
    other_label: set[int] = set()
    for entity in entities:
        if entity.label not in _UNLABELLED_OK:
            other_label.update(range(entity.first_token, entity.last_token + 1))
    countries = country_names()
    found: list[tuple[int, str, str]] = []
    for index, dep in enumerate(t.dep):
        if inside_quote(t.start[index]):
            continue
        verb = t.head[index]
        if dep in ("nsubj", "nsubjpass") and t.pos[index] == "PROPN":
            if t.pos[verb] not in ("VERB", "AUX"):
                continue
            joined_to = index
        elif (
            # "Sophie Hargreaves-Obi commutes from ...": the tagger took the verb for a
            # plural noun and hung the whole name on it as its modifiers.
            verb == index + 1
            and t.dep[verb] == "ROOT"
            and t.tag[verb] == "NNS"
            and t.text[verb].islower()
            and t.text[index][:1].isupper()
        ):
            joined_to = verb
        else:
            continue
        first = index
        while (
            first - 1 >= 0
            and t.dep[first - 1] in ("compound", "punct", "amod")
            and (t.head[first - 1] in (index, joined_to) or t.text[first - 1] == "-")
            and t.sent[first - 1] == t.sent[index]
        ):
            first -= 1
        opens = first == 0 or t.sent[first - 1] != t.sent[first]
        if not opens or first == index:
            continue
        name = text[t.start[first] : t.end[index]]
        words = name.split()
        if (
            not _NAME_RUN.fullmatch(name)
            or any(i in other_label for i in range(first, index + 1))
            or any(
                w in COMMON_CAPITALIZED
                or w in PLACE_HEADS
                or w in MONTHS
                or w in WEEKDAYS
                or w in countries
                or is_demonym(w)
                or w.casefold() in lower_words
                for w in words
            )
            or words[0] in WEATHER_SYSTEM_WORDS
            or words[0] in VESSEL_PREFIXES
            # "Ms Carver has put up posters": a known person by title and surname.
            or words[0].casefold().rstrip(".") in _TITLE_WORDS
        ):
            continue
        kind = _pronoun_kind(t, verb)
        if kind is not None:
            found.append((t.start[first], name, kind))
    return found


def _pronoun_kind(t: ParsedTokens, verb: int) -> str | None:
    """What the pronouns after a subject's verb call it: "she"/"he" opening the next
    sentence or later in the clause (a person), "its" or "it" in the clause (a body)."""
    sentence = t.sent[verb]
    index = verb + 1
    person = body = False
    while index < len(t.text) and t.sent[index] == sentence:
        person = person or t.lower[index] in ("she", "he", "her", "his")
        body = body or t.lower[index] in ("its", "it")
        index += 1
    if index < len(t.text) and t.lower[index] in ("she", "he"):
        person = True
    if person and not body:
        return "person"
    if body and not person:
        return "organization"
    return None


def _kin_given_name(t: ParsedTokens, name: str, root: int) -> bool:
    """ "His wife, Sheila, said ...", "Tate's mother, Grace, told reporters": one given
    name in apposition to a relative whose kin the article gives ("his", "Tate's"), the
    relative the subject of the clause. (Elsewhere one word is too weak to be a person.)"""
    if " " in name or not name.isalpha() or name in COMMON_CAPITALIZED:
        return False
    relative = t.head[root]
    return (
        t.dep[root] == "appos"
        and relative < root
        and t.text[root - 1] == ","  # set off: "His wife, Sheila,"; not "daughter Amber"
        and t.lemma[relative] in KIN_NOUNS
        and t.dep[relative] in _SUBJECTS
        and any(t.dep[c] == "poss" and t.lower[c] != "whose" for c in t.children[relative])
    )


def _bodies(
    text: str,
    t: ParsedTokens,
    person_words: set[str],
    inside_quote: Callable[[int], bool],
    lower_words: set[str],
) -> list[tuple[int, str]]:
    """Organizations acting as subjects that the recognizer does not name: a state body
    named through its country ("Peru's foreign ministry said"), a one-word name in
    apposition with an institution ("Ofwat, the water regulator, said"; "the union Unite
    said") and a one-word company the sentence shows is one ("Zentrix said it would",
    "shares in Quorvo", "Zentrix boss Ann Lee"). One pass."""
    countries = country_names()
    found: list[tuple[int, str]] = []
    for index, dep in enumerate(t.dep):
        if inside_quote(t.start[index]):
            continue
        if (
            _one_word_company(t, index, lower_words)
            or _paired_with_body(t, index, lower_words)
            or _speaking_lone_name(t, index, lower_words)
        ) and not (t.text[index] in person_words or t.text[index] in countries):
            found.append((t.start[index], t.text[index]))
            continue
        over_country = _body_over_a_country(t, index, countries, person_words)
        if over_country is not None:
            found.append((t.start[over_country], text[t.start[over_country] : t.end[index]]))
            continue
        calls_itself = _name_a_body_calls_itself(t, index)
        if calls_itself is not None:
            if t.text[index] not in person_words:
                found.append((t.start[calls_itself], text[t.start[calls_itself] : t.end[index]]))
            continue
        if dep not in _SUBJECTS:
            if _named_after_subject_noun(t, index):
                if t.text[index] not in person_words:
                    found.append((t.start[index], t.text[index]))
            elif (
                dep == "pobj"
                and _unnamed_acronym(text, t, index, countries, person_words)
                and (
                    t.dep[t.head[index]] == "agent"
                    or (
                        t.lower[t.head[index]] == "from"
                        and t.lemma[t.head[t.head[index]]] in SENT_NOUNS | APPROVAL_NOUNS
                    )
                )
            ):
                # "a winding-up petition from HMRC", "fined by the FCA": an acronym the
                # recognizer left unnamed, the party a petition comes from or the agent.
                found.append((t.start[index], t.text[index]))
            continue
        named_by = _name_before_body_noun(t, index, countries, person_words)
        if named_by is not None:
            # "The Tolver union said", "the French government said": a body written
            # with its kind in lower case after its one-word name or nationality.
            found.append((t.start[named_by], text[t.start[named_by] : t.end[index]]))
        elif (unit_from := _unit_of_named_body(t, index)) is not None:
            # "The United Nations human rights office urged": the unit, named by its body.
            found.append((t.start[unit_from], text[t.start[unit_from] : t.end[index]]))
        elif t.text[index].islower() and t.lemma[index] in STATE_BODY_NOUNS:
            owners = [c for c in t.children[index] if t.dep[c] == "poss" and c < index]
            if owners and t.text[owners[0]] in countries:
                owner = owners[0]
                found.append((t.start[owner], text[t.start[owner] : t.end[index]]))
        elif (
            # "The RSPCA said": an acronym the recognizer left unnamed, as a subject.
            _unnamed_acronym(text, t, index, countries, person_words)
            or (
                t.pos[index] == "PROPN"
                and t.text[index][:1].isupper()
                and t.text[index] not in person_words
                and not any(
                    t.dep[c] == "compound" and t.pos[c] == "PROPN" for c in t.children[index]
                )
                and any(
                    t.lemma[c] in _BODY_NOUNS
                    and (
                        t.dep[c] == "appos"
                        # "the union Unite said", "watchdog Ofcom said": the noun before it.
                        or (t.dep[c] == "compound" and c == index - 1 and t.text[c].islower())
                    )
                    for c in t.children[index]
                )
            )
        ):
            first = index
            if (
                index > 0
                and t.dep[index - 1] in ("amod", "compound")
                and t.head[index - 1] == index
                and is_demonym(t.text[index - 1])
            ):
                first = index - 1  # "The Scottish FA said": the nationality is in the name
            found.append((t.start[first], text[t.start[first] : t.end[index]]))
    return found


def _body_over_a_country(
    t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> int | None:
    """Where a body's name starts that is a capitalized word before a country's name,
    speaking or taking a stance as the subject: "Natural England had warned", "Forward
    Latvia said". Not a country or region of two words ("South Africa", "Latin
    America" never speaks), a direction or a nationality ("Southern England"). None
    otherwise."""
    before = index - 1
    if before > 0 and f"{t.text[before]} {t.text[index]}" in countries:
        # "Tourism New Zealand said", "Sport Northern Ireland said": a country of two
        # words, the body's word before both.
        before -= 1
        if t.head[before + 1] != index:
            return None
    if (
        before < 0
        or t.dep[index] not in _SUBJECTS
        or " ".join(t.text[before + 1 : index + 1]) not in countries
        or t.lemma[t.head[index]] not in SPEECH_LEMMAS | STANCE_LEMMAS
        or t.head[before] != index
        or t.dep[before] != "compound"
        or t.pos[before] != "PROPN"
        or not t.text[before][:1].isupper()
        or not t.text[before].isalpha()
        or f"{t.text[before]} {t.text[index]}" in countries
        or t.text[before] in countries
        or t.text[before] in person_words
        or t.text[before] in COMMON_CAPITALIZED
        or is_demonym(t.text[before])
        or any(t.text[before].startswith(w) for w in COMPASS_WORDS)
        or (before > 0 and t.head[before - 1] == index and t.text[before - 1][:1].isupper())
    ):
        return None
    return before


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


def _unnamed_acronym(
    text: str, t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> bool:
    """Is the word at `index` a body's acronym ("RSPCA", "HMRC"), not a person's letters
    ("the Labour MP", "the CEO"), a country's, a dateline's or a word of a longer name?"""
    return (
        re.fullmatch(r"[A-Z]{2,6}", t.text[index]) is not None
        and t.pos[index] == "PROPN"
        and t.text[index] not in POST_NOMINALS
        and t.lower[index] not in _PERSON_ROLE_WORDS
        and t.text[index] not in countries
        and t.text[index] not in person_words
        and not any(t.dep[c] == "compound" for c in t.children[index])
        and not _opens_dateline(text, t.start[index], t.end[index])
    )


def _unit_of_named_body(t: ParsedTokens, index: int) -> int | None:
    """Where "United Nations human rights office" starts, for its head noun at `index`:
    a BODY_UNIT_NOUNS noun in lower case, after lower-case modifiers, after a body the
    recognizer names (its words, not "The"). None otherwise."""
    if not t.text[index].islower() or t.lemma[index] not in BODY_UNIT_NOUNS:
        return None
    first = index
    while first > 0 and t.text[first - 1].islower() and t.dep[first - 1] in ("amod", "compound"):
        first -= 1
    if first == index or first == 0 or t.ent[first - 1] != "ORG" or t.pos[first - 1] != "PROPN":
        return None
    while first > 0 and t.ent[first - 1] == "ORG" and t.pos[first - 1] == "PROPN":
        first -= 1
    return first


def _name_before_body_noun(
    t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> int | None:
    """The one capitalized word that names the body whose kind the lower-case noun at
    `index` says: a name ("the Tolver union", "the Harton council") or, before a state's
    body, a nationality ("the Irish government", "the French army"). Not a person's
    or a country's name ("the Lee campaign", "the Chile embassy")."""
    nationality = nationality_of_state_body(t, index)
    if nationality is not None:
        return nationality
    before = index - 1
    if (
        before < 0
        or not t.text[index].islower()
        or t.lemma[index] not in _BODY_NOUNS
        or t.head[before] != index
        or not t.text[before][:1].isupper()
        or t.text[before] in countries
        or t.text[before] in person_words
        or t.text[before] in COMMON_CAPITALIZED
        # "the Championship club", "the City watchdog": where a body plays or what it
        # watches over, and a noun that only ever describes: a description of a body
        # named elsewhere (_described_bodies), not a name.
        or t.text[before] in COMPETITION_WORDS
        or t.lemma[index] in DESCRIPTIVE_BODY_NOUNS
        # "The Toronto firm said", "the Cork company": where a firm named elsewhere is
        # based; a firm is not called by one word and its kind (round 24)
        or t.lemma[index] in PLACE_DESCRIBED_FIRM_NOUNS
        or any(t.dep[c] == "compound" for c in t.children[before])
        or (before > 0 and t.text[before - 1][:1].isupper() and t.lower[before - 1] != "the")
    ):
        return None
    if t.dep[before] == "compound" and t.pos[before] == "PROPN" and not is_demonym(t.text[before]):
        return before
    if is_demonym(t.text[before]) and t.lemma[index] in STATE_BODY_NOUNS:
        return before
    return None


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
_CALENDAR_WORDS = MONTHS | WEEKDAYS | frozenset({"Year", "Years", "Key", "Stage", "Grade"})
# Who a club has: players, coaches and officials ("Orbridge City manager").
_SQUAD_NOUNS = frozenset(
    {"manager", "boss", "coach", "captain", "chairman", "striker", "midfielder", "defender"}
    | {"goalkeeper", "keeper", "winger", "forward", "player", "fans", "fan", "supporter"}
    | {"owner", "director", "academy", "prop", "hooker", "fly-half", "scrum-half", "full-back"}
)
# The posts of a side's staff and squad (not its fans): "Harbourne United boss Gary
# Pellet" is the club's man, and the club an actor of the story (round 22).
_SQUAD_POSTS = _SQUAD_NOUNS - {"fans", "fan", "supporter", "academy"}
_SCORE_DIGITS = re.compile(r"\d{1,3}")
_TRAILING_SCORE = re.compile(r"(?:\s+\d{1,3}\s?[-–]\s?\d{1,3})+$")


def _successors_roles(
    records: list[ActorRecord], pooled: Mapping[str, _Evidence], renamed: dict[str, str]
) -> None:
    """ "Tom Bell, the finance director, will retire. He will be succeeded by Ann Lee": one
    the story gives no role is to hold the post of the one she takes over from; never
    what describes him rather than the post ("a former banker")."""
    by_name = {r.name: r for r in records}
    for record in records:
        found = pooled.get(record.name)
        if record.kind != "person" or not _no_role(record.role) or found is None:
            continue
        before = by_name.get(_final(renamed, found.succeeds)) if found.succeeds else None
        post = before.role if before is not None and before is not record else None
        if post and post.split()[0].casefold() not in ("a", "an") and not _only_who_and_where(post):
            record.role = post


def _jailed(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` the object of what is only done to a person ("jailed",
    "arrested")?"""
    head = t.head[root]
    return (
        t.dep[root] == "dobj" and t.lemma[head] in PERSON_ACTED_ON_LEMMAS and t.pos[head] == "VERB"
    )


def _in_the_dock(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` the one a court deals with ("the jury convicted Ann Lee", "Ann
    Lee was fined")?"""
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


def _court_roles(records: list[ActorRecord], pooled: dict[str, _Evidence]) -> None:
    """ "Defending, Ann Lee said her client was remorseful": a reader names the defence
    lawyer by the one client, the person the court deals with most in the article
    (none when two are dealt with as often). One the court deals with whom nothing else
    describes is a defendant."""
    for record in records:
        found = pooled.get(record.name)
        if record.kind == "person" and not record.role and found and found.in_dock:
            record.role = DEFENDANT_ROLE
    # "Defending, Ann Lee said" gives the side; "Ann Lee, defending, said" the participle.
    lawyers = [
        r
        for r in records
        if r.kind == "person"
        and r.role
        and COURT_SIDES.get(r.role.casefold(), r.role) == DEFENCE_SIDE
    ]
    if not lawyers:
        return
    in_dock = sorted(
        (
            (pooled[r.name].in_dock + pooled[r.name].pleads, r.name)
            for r in records
            if r.kind == "person" and r.name in pooled
        ),
        reverse=True,
    )
    if not in_dock or in_dock[0][0] == 0 or (len(in_dock) > 1 and in_dock[1][0] == in_dock[0][0]):
        return
    client = in_dock[0][1]
    for lawyer in lawyers:
        if lawyer.name != client:
            lawyer.role = f"{DEFENCE_SIDE} for {client}"


def _unnamed_campaigning_bodies(
    text: str, t: ParsedTokens, inside_quote: Callable[[int], bool], lower_words: set[str]
) -> list[tuple[int, str]]:
    """ "Extinction Rebellion protesters glued themselves", "Unite members voted": proper
    nouns the recognizer leaves unnamed, before a plural noun of a body's campaigners
    that is a verb's subject, name the body (not "Welsh campaigners", "Tory activists",
    nor a word the article writes in lower case)."""
    found: list[tuple[int, str]] = []
    for head, lemma in enumerate(t.lemma):
        if lemma not in CAMPAIGNER_NOUNS or t.dep[head] not in _SUBJECTS:
            continue
        first = head
        while (
            first > 0
            and t.pos[first - 1] in ("PROPN", "NOUN", "ADJ")
            and t.dep[first - 1] in ("compound", "amod")
            and t.text[first - 1][:1].isupper()
            and not t.ent[first - 1]
        ):
            first -= 1
        words = t.text[first:head]
        if (
            # (one word of them at least a proper noun: not "Climate activists")
            "PROPN" not in t.pos[first:head]
            or head - first > 4
            or t.sent[first] != t.sent[head]
            or not _campaigners_of(t, head - 1)
            or words[0] in COMMON_CAPITALIZED
            or any(
                is_demonym(w) or w in PARTY_MEMBER_NOUNS or w.casefold() in lower_words
                for w in words
            )
            or inside_quote(t.start[first])
            or t.pos[t.head[head]] not in ("VERB", "AUX")
        ):
            continue
        found.append((t.start[first], text[t.start[first] : t.end[head - 1]]))
    return found


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


def _staff_act(t: ParsedTokens, first: int, last: int) -> bool:
    """Do the staff through whom the name at tokens [first, last) is named act as the
    subject of a verb ("An NHS England spokesman said", "the chief executive of Apex
    said")? Not a correspondent of a byline."""
    node = t.head[_root(t, first, last)]
    if t.dep[_root(t, first, last)] == "pobj":
        node = t.head[node]
    return (
        t.dep[node] in _SUBJECTS
        and t.lemma[node] not in PRESS_NOUNS
        and t.pos[t.head[node]] in ("VERB", "AUX")
    )


def _modifies_staff(t: ParsedTokens, first: int, last: int) -> bool:
    """Does the name at tokens [first, last) modify a noun of a body's staff, with no
    possessive ("Harlan Agri-Feeds plant manager", "Apex spokeswoman")? A person's staff
    take a possessive ("Ann Lee's lawyer")."""
    root = _root(t, first, last)
    head = t.head[root]
    return (
        t.dep[root] in ("compound", "amod", "nmod")
        and head >= last
        and t.text[head].islower()
        and (t.lemma[head] in BODY_STAFF_NOUNS or t.lemma[head] in ("manager", "director"))
    )


def _teams(
    text: str,
    t: ParsedTokens,
    person_words: set[str],
    inside_quote: Callable[[int], bool],
    lower_words: set[str],
) -> list[tuple[int, str]]:
    """Sides in a result: the name just before a score ("beat Kestrel City 2-1",
    "Ashdown Town 2-2 Morley Athletic") and the subject of the verb it is the object of
    ("Penwardle beat Corvell 3-2"); and a name ending in a club's word before a player or
    a manager ("Orbridge City manager Tom Greaves"). A side is a club, whatever its name
    looks like (a town, a nickname); a player beaten "6-4" is a person the recognizer
    names, and stays one. One pass."""
    countries = country_names()
    found: list[tuple[int, str]] = []
    for index in range(1, len(t.text) - 1):
        sides: list[int] = []
        if (
            index + 2 < len(t.text)
            and _SCORE_DIGITS.fullmatch(t.text[index])
            and t.text[index + 1] in ("-", "–")
            and _SCORE_DIGITS.fullmatch(t.text[index + 2])
        ):
            last = index - 1
            if not t.text[last][:1].isupper() or not (
                t.pos[last] == "PROPN"
                # "beat Corby Town Women 2-0": a side's last word the tagger calls a noun
                or (
                    t.pos[last] == "NOUN"
                    and t.pos[last - 1] == "PROPN"
                    and t.head[last - 1] == last
                )
            ):
                continue
            if _passed_through(t, last):
                continue  # a vote's tally, not a score
            sides.append(last)
            # (The parser may hang the beaten side on the verb as an adverbial: "Holbeck
            # Harriers beat Stanmoor 2-1".)
            if t.dep[last] in ("dobj", "npadvmod") and t.pos[t.head[last]] == "VERB":
                sides.extend(
                    c
                    for c in t.children[t.head[last]]
                    if t.dep[c] == "nsubj" and t.pos[c] == "PROPN"
                )
        elif (
            t.text[index] in _CLUB_WORDS
            and t.text[index + 1].islower()
            and t.lemma[index + 1] in _SQUAD_NOUNS
            and t.dep[index] in ("compound", "amod", "nmod", "poss")
        ):
            sides.append(index)  # "Orbridge City manager", "Ashdown Town striker"
        elif (
            t.text[index] in _CLUB_WORDS
            and index + 2 < len(t.text)
            and (t.tag[index + 1] in ("VBD", "VBZ", "VBN") or t.lemma[index + 1] == "have")
            and any(
                t.lemma[i] in _SQUAD_NOUNS and t.text[i].islower()
                for i in range(index + 2, min(len(t.text), index + 5))
            )
        ):
            # "Halbury Town sacked manager Dean Fry", "Kelmore City have signed striker
            # ...": a club acting on its staff (read off the words: the parser often
            # takes "sacked" for an adjective of "manager")
            sides.append(index)
        for side in sides:
            if inside_quote(t.start[side]):
                continue
            first = side
            while (
                first - 1 >= 0
                and side - first < 3
                and t.sent[first - 1] == t.sent[side]
                and t.end[first - 1] + 1 == t.start[first]
                and t.text[first - 1][:1].isupper()
                and t.text[first - 1].isalpha()
                and t.pos[first - 1] in ("PROPN", "ADJ", "NOUN")
                and t.text[first - 1] not in COMMON_CAPITALIZED
            ):
                first -= 1
            words = t.text[first : side + 1]
            name = text[t.start[first] : t.end[side]]
            if (
                len(words[-1]) > 2
                # "on June 3-5", "pupils in Years 7-11": a date or a count, not a side.
                and not any(w in _CALENDAR_WORDS or w.casefold() in lower_words for w in words)
                and not any(w in person_words for w in words)
                and name not in countries
                and not is_demonym(words[0])
            ):
                found.append((t.start[first], name))
    return found


def _lone_name_word(t: ParsedTokens, index: int, lower_words: set[str]) -> bool:
    """Is the token one capitalized word standing as a whole name ("Lidl", "HSBC"), no
    name word joined to it, no common or place word?"""
    word = t.text[index]
    return (
        len(word) >= 2
        and word[:1].isupper()
        and word.isalpha()
        # (the tagger may read a sentence's first word as an adjective: "Barclays and")
        and t.pos[index] in ("PROPN", "NOUN", "ADJ")
        and word.casefold() not in lower_words
        and word not in COMMON_CAPITALIZED
        and not is_demonym(word)
        and t.ent[index] in ("", "ORG", "PERSON")
        and not (t.dep[index] in ("compound", "flat") and t.text[t.head[index]][:1].isupper())
        and not any(
            t.dep[c] in ("compound", "flat", "poss") and t.text[c][:1].isupper()
            for c in t.children[index]
        )
    )


def _described_name_taken_for_body(words: list[str]) -> tuple[int, int] | None:
    """The span of the person in a description and a name the recognizer calls a body
    because the given name is also a country's ("Winger Jordan Hale", "Striker Chad
    Moss"): a word that describes a person, then two or three name words, none a body's
    or a place's head word; None otherwise. A nationality of two words describes too
    ("New Zealander Aroha Ngata")."""
    lead = 2 if len(words) >= 4 and nationality_before_name(" ".join(words[:2])) else 1
    if not 2 + lead <= len(words) <= 3 + lead or not (
        lead == 2
        or words[0].casefold() in DESCRIPTION_NOUNS
        or _plural_staff_noun(words[0].casefold())
    ):
        return None  # ("Singers Tia Marlow and ...": the plural opens a list of names)
    name = words[lead:]
    if any(
        not w[:1].isupper() or w in ORG_HEADS or w in PLACE_HEADS or w in COMMON_CAPITALIZED
        for w in name
    ):
        return None
    return lead, len(words)


def _speaking_lone_name(t: ParsedTokens, index: int, lower_words: set[str]) -> bool:
    """A one-word name with no title, no given name, that the recognizer calls a body or
    nothing, as the subject of a verb of speech: "Ofqual said", "..., Moneyfacts said";
    or of a verb done to a named body: "Ofwat fined Severn Vale Water", "Ofgem ordered
    Brightwell Energy to pay" (a person the recognizer would have named).
    (A person's surname alone is a known person's word: the caller checks.)"""
    word = t.text[index]
    if not (
        t.dep[index] == "nsubj"
        and t.pos[index] == "PROPN"
        and t.ent[index] in ("", "ORG")
        and len(word) >= 3
        and word not in GIVEN_NAMES
        # Not a title or a post standing alone ("Judge said", "MPs said", "Vice ...").
        and not {word.casefold(), t.lemma[index].casefold(), word.casefold().rstrip("s")}
        & (_PERSON_ROLE_WORDS | _OFFICE_NOUNS | _COURTESY_WORDS)
        and not any(t.dep[c] == "det" for c in t.children[index])
        and _lone_name_word(t, index, lower_words)
    ):
        return False
    verb = t.head[index]
    return t.lemma[verb] in SPEECH_LEMMAS or (
        t.ent[index] == ""
        and t.pos[verb] == "VERB"
        and any(t.dep[c] == "dobj" and t.ent[c] == "ORG" for c in t.children[verb])
    )


def _paired_with_body(t: ParsedTokens, index: int, lower_words: set[str]) -> bool:
    """A one-word name joined by "and" to another as the subject, one of the two called
    a body by the recognizer: "Barclays and HSBC cut their rates", "Aldi and Lidl will
    open 40 stores" (the recognizer may call the other a person, or nothing)."""
    if not _lone_name_word(t, index, lower_words):
        return False
    if t.dep[index] == "conj":
        first, partner = t.head[index], t.head[index]
    else:
        partner = next((c for c in t.children[index] if t.dep[c] == "conj"), -1)
        first = index
    return (
        partner >= 0
        and t.dep[first] in _SUBJECTS
        and _lone_name_word(t, partner, lower_words)
        and "ORG" in (t.ent[index], t.ent[partner])
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


def _measure_that_moved(t: ParsedTokens, subject: int) -> bool:
    """ "Demand fell sharply in the second quarter, the company said", "Revenue rose 6%,
    the bank said": a word the tagger reads as a common noun, opening a sentence as the
    subject of a verb of change with no object but an amount, is what the body measures,
    not the body ("Eskom cut 300 jobs, the company said" has an object) (round 25)."""
    verb = t.head[subject]
    return (
        t.pos[subject] == "NOUN"
        and t.lemma[verb] in CHANGE_NOUNS
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


def _ends_a_name(t: ParsedTokens, first: int, last: int) -> bool:
    """Is the place at tokens [first, last) the end of another name: "Reform UK", "Sport
    England", "Transport for Wales"?"""
    before = first - 1
    if (
        before >= 0
        and t.dep[before] == "compound"
        and first <= t.head[before] < last
        and t.pos[before] == "PROPN"
        and t.text[before][:1].isupper()
    ):
        return True
    root = _root(t, first, last)
    preposition = t.head[root]
    return (
        t.dep[root] == "pobj"
        and preposition == first - 1
        and t.lower[preposition] in ("for", "of")
        and t.head[preposition] == preposition - 1
        and t.pos[preposition - 1] == "PROPN"
        and t.text[preposition - 1][:1].isupper()
    )


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


def _listed_with_actor(t: ParsedTokens, first: int, last: int, person_surnames: set[str]) -> bool:
    """ "made by presenter Ann Lee, producer Raj Patel and editor Tom Hale": a name the
    parser joins ("conj") to a list whose first name is a subject or a passive's doer,
    or a person the rules found, is a member of the list, as sure as its first. (So is a
    name its own noun opens that the parser hangs on another name as an apposition:
    "Coach Ann Lee, physio Raj Patel and ...".)"""
    root = node = _root(t, first, last)
    introduced = _introduced_by_noun(t, first, last)
    for _ in range(_MAX_LIST_MEMBERS):
        head = t.head[node]
        if head == node or not (
            t.dep[node] == "conj"
            or (t.dep[node] == "appos" and introduced and t.pos[head] == "PROPN")
        ):
            break
        node = head
    return (
        node != root
        and t.pos[node] == "PROPN"
        and (t.text[node] in person_surnames or _subject_or_described_subject(t, node))
    )


def _subject_or_described_subject(t: ParsedTokens, root: int) -> bool:
    """A subject or an agent, or a name in apposition to a subject that describes it
    ("The coroner for West Sussex, Ann Lee, said": the parser may hang the name on the
    place that ends the description)."""
    if t.dep[root] in _SUBJECTS or t.dep[root] == "agent":
        return True
    if t.dep[root] == "pobj" and t.dep[t.head[root]] == "agent":
        return True  # "the plant, operated by Harlan Agri-Feeds": a passive's doer
    preposition = t.head[root]
    if (
        t.dep[root] == "pobj"
        and t.lower[preposition] == "to"
        and t.lower[t.head[preposition]] == ("according")
    ):
        return True  # "according to Natural Resources Wales": a source speaks
    if (
        t.dep[root] == "pobj"
        and t.lower[preposition] == "as"
        and t.lemma[t.head[preposition]] in NAMING_VERBS
        and t.dep[t.head[preposition]] in ("acl", "relcl")
        and t.dep[t.head[t.head[preposition]]] in _SUBJECTS
    ):
        return True  # "The victim, named as Ann Lee, died": the subject, named
    # "Shares of Apex fell", "Apex shares sank": the company whose stock is the subject.
    issued = t.head[root]
    if t.dep[root] == "pobj" and t.lower[issued] in ("of", "in"):
        issued = t.head[issued]
    elif t.dep[root] not in ("compound", "poss"):
        issued = root
    if issued != root and t.lemma[issued] in ISSUED_NOUNS and t.dep[issued] in _SUBJECTS:
        return True
    if t.dep[root] != "appos":
        return False
    node = t.head[root]
    for _ in range(4):
        if t.dep[node] in _SUBJECTS:
            return t.pos[node] == "NOUN" or t.lemma[node] in _STAFF_NOUNS
        if t.dep[node] not in ("pobj", "prep", "compound") or t.head[node] == node:
            return False
        node = t.head[node]
    return False


def _not_a_name(
    text: str,
    t: ParsedTokens,
    entity: ParsedEntity,
    name: str,
    lower_words: set[str],
    person_words: set[str],
) -> bool:
    """An entity the recognizer got wrong: a dateline ("OMAHA, Neb. -"), a titled person
    called an organization ("Ms Lee"), a capitalized common noun ("Coroner", written
    "the coroner" elsewhere)."""
    words = name.split()
    if words[0].casefold().rstrip(".") in _TITLE_WORDS or t.pos[entity.first_token] == "VERB":
        return True  # "Ms Lee" taken for a body; "Capturing Bakhmut" opening a sentence
    if len(words) == 1 and (
        words[0].lower() in lower_words
        or words[0] in person_words
        # "Pharmacists said ...": a plural common noun opening a sentence, by its tag
        # (not an acronym the tagger reads as a plural: "data from the KNBS").
        or (
            t.tag[entity.first_token] == "NNS"
            and entity.last_token - entity.first_token == 1
            and not _ACRONYM.fullmatch(words[0])
        )
    ):
        return True  # a common noun, or a person's name the recognizer took for a body
    return name.isupper() and _opens_dateline(text, entity.start, entity.end)


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


def _addable(name: str, label: str, noun_subject: bool = False) -> bool:
    """Is a name the recognizer found acting a name of its own? `noun_subject`: its one
    word heads a subject noun phrase ("Labour has won", not "Labour MPs said")."""
    words = name.split()
    if not words or not all(
        w[:1].isupper() or w in NAME_CONNECTORS or (label == "PERSON" and w in NAME_PARTICLES)
        for w in words
    ):
        return False
    if words[0] in COMMON_CAPITALIZED or _names_an_event(words):
        return False
    if (
        is_demonym(words[0])
        and not (noun_subject and len(words) == 1 and name in PARTY_NAMES)
        # "South Wales Police", "West Midlands Fire Service": a region, not a nationality.
        and not (len(words) >= 3 and words[0] in COMPASS_WORDS)
        # "Scottish FA", "British Retail Consortium": a name of its own, not "Ukrainian
        # Army" (the nationality of a force, written "the Ukrainian army" as often).
        and not (
            len(words) >= 2
            and (
                words[-1] in _CIVIL_ORG_HEADS
                or words[-1].isupper()
                # "Liberal Democrats", "Christian Democrats": a party's own name.
                or words[-1] in PARTY_NAMES
                # "British Chambers of Commerce": a name of its own, with its "of".
                or (len(words) >= 3 and "of" in words[1:-1])
                # "The Irish Government", "the French Embassy": a state's civil body.
                or (
                    words[-1].casefold() in STATE_BODY_NOUNS
                    and words[-1].casefold() not in _ARMED_FORCES
                )
            )
            and label == "ORG"
        )
    ):
        # "Labour MPs", "the Conservative candidate"; but "Labour has won" is the party.
        return False
    if name in country_names():
        return False
    if label == "PERSON":
        # A given name and a surname, each a word of letters: one word is too weak.
        # Particles are no more names ("Ana María de la Cruz Ortega" has four).
        named = [w for w in words if w not in NAME_PARTICLES]
        return 2 <= len(named) <= 4 and all(re.fullmatch(r"[^\W\d_][\w’'.-]*", w) for w in words)
    return len(name) >= 3 or name.isupper()


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
        verb = verb or t.lemma[index] in CREDIT_LEMMAS
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


_DATELINE_CHARS = 40


def _in_dateline(text: str, start: int, end: int) -> bool:
    """An agency credited in a dateline: "LIMA, June 4 (AFP) - ..."."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    opening = text[paragraph : start - 1]
    first = opening.split(",")[0].strip()
    return len(opening) <= _DATELINE_CHARS and bool(first) and first.isupper()


_BRACKETED_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'’ -]{1,30},\s*")


def _dateline_region(text: str, start: int, end: int) -> bool:
    """A dateline's city or the country or state after it ("LEEDS, England, March 11 -",
    "ATHENS, Greece —"): where the story was filed, not a party to it."""
    if text[start:end].isupper() and _opens_dateline(text, start, end):
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_CITY.fullmatch(text, paragraph, start)) and bool(
        _DATELINE_AFTER.match(text, end)
    )


# --- the evidence of every actor ------------------------------------------------------


def _evidence(
    text: str,
    t: ParsedTokens,
    entities: Sequence[ParsedEntity],
    records: list[ActorRecord],
    inside_quote: Callable[[int], bool],
    is_parsed: Callable[[int, int], bool],
    lead_end: int,
    lower_words: set[str],
) -> dict[str, _Evidence]:
    found: dict[str, _Evidence] = {r.name: _Evidence() for r in records}
    kind_of = {r.name: r.kind for r in records}
    # The word before each surname in the people named in full ("Carrow" -> {"Edith"}).
    given_before = _given_before_surnames(r.name for r in records if r.kind == "person")
    role_of = {r.name: r.role for r in records if r.role}
    kinds = {r.kind for r in records}
    mentions = NameMentions(text, records, kinds)
    entity_at = {e.first_token: e for e in entities}
    # Tokens of dates, times and numbers: "last year Apex said" has no description.
    not_described = {
        i
        for e in entities
        if e.label in _NOT_DESCRIPTION_LABELS
        for i in range(e.first_token, e.last_token)
    }
    # Sentences with a verb: a byline ("Ann Lee, Health Correspondent") has none.
    with_verb = {t.sent[i] for i, pos in enumerate(t.pos) if pos in ("VERB", "AUX")}
    sentence_first: dict[int, int] = {}
    # Where each lemma is first written: a definite noun of people new to the article
    # may refer back to the person just named (_aged_epithet).
    first_seen: dict[str, int] = {}
    for i, sentence in enumerate(t.sent):
        sentence_first.setdefault(sentence, i)
        first_seen.setdefault(t.lemma[i], i)
    # The first token of a person named in each sentence (by the rules or the recognizer):
    # an unnamed person the sentence before describes is the first person named next.
    first_person: dict[int, int] = {}
    # Where each person is first named: a post the sentence before gives goes on
    # speaking only in one named there for the first time (_introduced_before).
    first_named: dict[str, int] = {}
    # The people each sentence names: "She is a nurse" after a sentence naming one person
    # says what that person is, "His father" stands for her (_owners).
    people_in: dict[int, set[str]] = {}
    named_tokens: set[int] = set()
    # (The recognizer's own PERSON labels are left out: it calls datelines and towns
    # people, "ROTTERDAM, March 12 -".)
    # The person each token names: whose post one takes over (_predecessor).
    person_at: dict[int, str] = {}
    for m in mentions.mentions:
        span = t.between(m.start, m.end)
        if kind_of.get(m.name) == "person" and len(span):
            sentence = t.sent[span.start]
            first_person[sentence] = min(first_person.get(sentence, span.start), span.start)
            first_named[m.name] = min(first_named.get(m.name, m.start), m.start)
            people_in.setdefault(sentence, set()).add(m.name)
            named_tokens.update(span)
            person_at.update(dict.fromkeys(span, m.name))
    # A person the recognizer names that no actor is ("Sam Price" beside "Ann Lee"): the
    # sentence names more than one person, whoever the actors are.
    for e in entities:
        if (
            e.label == "PERSON"
            and e.text[:1].isupper()
            # ("Pensioner Maureen Stott": the actor named inside the label is no other.)
            and not any(i in named_tokens for i in range(e.first_token, e.last_token))
        ):
            people_in.setdefault(t.sent[e.first_token], set()).add(e.text)
    # Sentences that tell a story's plot: "In the novel, Inspector Tom Rudd hunts ...".
    story_frames = {
        t.sent[i]
        for i in range(len(t.text) - 2)
        if t.lower[i] == "in"
        and (i == 0 or t.sent[i - 1] != t.sent[i])
        and t.lower[i + 1] in ("the", "a", "an", "his", "her", "their", "its")
        and t.lemma[i + 2] in NAMED_THING_NOUNS
        and t.pos[i + 2] == "NOUN"
    }
    # Sentences that take up a horse or a vessel by its noun: "the horse had been lame".
    thing_taken_up = {
        t.sent[i]
        for i in range(1, len(t.text))
        if t.pos[i] == "NOUN"
        and (
            (t.lower[i] in TAKEN_UP_THING_NOUNS and t.lower[i - 1] == "the")
            # "The play follows ...", "Its writer, Ann Lee, ...": the sentence opens on
            # the work or on its maker.
            or (
                (i < 2 or t.sent[i - 2] != t.sent[i - 1])
                and (
                    (t.lower[i] in TAKEN_UP_WORK_NOUNS and t.lower[i - 1] == "the")
                    or (t.lower[i] in WORK_MAKER_NOUNS and t.lower[i - 1] == "its")
                )
            )
        )
    }
    # Sentences that name who keeps a pub ("Landlady Ann Lee said"): "The Red Lion" of
    # the sentence before is the pub.
    pub_taken_up = {t.sent[i] for i in range(len(t.text)) if t.lower[i] in PUB_KEEPER_NOUNS}
    # The actor each sentence has as its subject, by sentence: "Its chair", "His wife"
    # a sentence or two later stand for it.
    subject_in: dict[int, str] = {}
    # The longest mention at each position only: "UK" inside "UK Health Security
    # Agency" is the agency's mention.
    covered_until = -1
    for mention in sorted(mentions.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if mention.start < covered_until:
            continue
        covered_until = mention.end
        evidence = found.get(mention.name)
        if evidence is None or inside_quote(mention.start):
            continue
        evidence.mentions += 1
        evidence.in_lead = evidence.in_lead or mention.start < lead_end
        role = role_of.get(mention.name)
        if role and evidence.role_at is None:
            reach = len(role) + _ROLE_REACH
            if role in text[max(0, mention.start - reach) : mention.end + reach]:
                evidence.role_at = mention.start
        if not is_parsed(mention.start, mention.end):
            continue
        span = t.between(mention.start, mention.end)
        if len(span) and span.stop < len(t.text) and t.text[span.stop] in POST_NOMINALS:
            # "Ann Lee KC, prosecuting,": the letters belong with the name they follow
            span = range(span.start, span.stop + 1)
        if not len(span):
            continue
        credit = (
            _is_credit(t, span.start)
            or _in_dateline(text, mention.start, mention.end)
            or _dateline_region(text, mention.start, mention.end)
        )
        if not credit and (
            t.sent[span.start] in with_verb
            # "Daniel Okafor-Smythe travels to the hospital": its verb read as a noun
            or _on_a_verb_read_as_noun(t, span.start, span.stop, "PERSON")
        ):
            evidence.story += 1
        tail_of_name = kind_of[mention.name] in ("country", "place") and _ends_a_name(
            t, span.start, span.stop
        )
        if tail_of_name:
            evidence.mentions -= 1  # not the place's own mention
        part = "scene" if credit or tail_of_name else _part(t, span.start, span.stop)
        if kind_of[mention.name] in ("country", "place") and _visited(
            t, _root(t, span.start, span.stop)
        ):
            part = "scene"  # "The King will visit Kenya": where the story happens
        if part == "scene" and not credit and kind_of[mention.name] in ("person", "organization"):
            prize = _prize_subject(t, _root(t, span.start, span.stop))
            if prize is not None and (
                kind_of[mention.name] == "person" or t.lower[prize] in AWARDED_NOUNS
            ):
                part = "acts"  # "Best actress went to Priya Raman": the winner
        if (
            part == "scene"
            and not credit
            and kind_of[mention.name] == "organization"
            and _side_or_firm_moved_to(t, _root(t, span.start, span.stop), mention.name)
        ):
            part = "acts"  # "signed for Ashbourne Rovers", "joined from Dunmore Town"
        if credit or _where_something_is(t, span.start, span.stop):
            evidence.located += 1
        if (
            part == "acts"
            or (part == "told" and kind_of[mention.name] == "person")
            or (
                part == "staff-of"
                and kind_of[mention.name] in _STAFFED_KINDS
                # "Assistant U.S. Attorney Ann Lee": a country in a title is scenery;
                # "U.S. officials" and "Chile's minister" are the country's staff.
                and not (
                    kind_of[mention.name] == "country"
                    and t.dep[_root(t, span.start, span.stop)] == "compound"
                    and t.pos[t.head[_root(t, span.start, span.stop)]] == "PROPN"
                )
                and not (
                    kind_of[mention.name] == "country"
                    and _country_in_owned_title(t, _root(t, span.start, span.stop))
                )
            )
        ):
            evidence.acting += 1
        before = span.start - 1
        if (
            kind_of[mention.name] == "person"
            and before >= 0
            and t.pos[before] == "PROPN"
            and t.dep[before] == "compound"
            and span.start <= t.head[before] < span.stop
            and t.text[before][:1].isupper()
            and t.end[before] + 1 == mention.start
            # (not the end of a hyphened word: "TD for Carrowmore-West Ann Lee". Round 25.)
            and text[max(0, t.start[before] - 1) : t.start[before]] not in ("-", "–")
            and not _describes(t.text[before], lower_words)
            and t.text[before] not in country_names()
            and not _names_an_event([t.text[before], t.text[span.start]])
            # (Not a bare surname of one named in full: "Tia Mbeki" before "Her sister,
            # Noma Mbeki," is a namesake, not more of Noma's name.)
            and (" " not in mention.name or text[mention.start : mention.end] == mention.name)
            # (not the brief of an office: "Minister for Health Ann Lee", "President of
            # the Senate Tom Bell")
            and not _brief_of_an_office(t, before)
            # (not a headline's word glued to a surname: "Rediscovered Carrow painting
            # sells" beside "Edith Carrow")
            and not _headline_epithet(t, before, given_before)
            # (not the head word closing a body's name before its post-holder: "Chief
            # executive of Norland Bank Kirsty Vale")
            and not (
                t.text[before] in ORG_HEADS
                and before >= 1
                and t.text[before - 1][:1].isupper()
                and t.pos[before - 1] == "PROPN"
            )
        ):
            # "Esteban Ruiz Vidal" where the rules and the recognizer kept "Ruiz Vidal".
            evidence.extended[text[t.start[before] : mention.end]] += 1
        head = t.head[span.stop - 1]
        if (
            kind_of[mention.name] == "person"
            and t.dep[span.stop - 1] == "compound"
            and head == span.stop
            and t.pos[head] == "PROPN"
            and t.text[head][:1].isupper()
            and t.start[head] == mention.end + 1
        ):
            # "Faith Jerotich Chebet": the name runs on into the noun it modifies.
            evidence.extended[text[mention.start : t.end[head]]] += 1
        root = _root(t, span.start, span.stop)
        if t.dep[root] in _SUBJECTS:
            subject_in.setdefault(t.sent[span.start], mention.name)
            if len(span) == 1 and _is_a_share_or_sum(t, t.head[root]):
                evidence.measured += 1
        if kind_of[mention.name] == "person":
            verb = _verb_glued_before(t, span.start)
            if verb is not None:
                evidence.verbs_before.add(t.lower[verb])
            subject = _subject_of_verb_before(t, root)
            if subject is not None:
                evidence.subjects_before.add(subject)
        if _goes_on_as_it(t, root):
            evidence.called_it += 1
        if (
            kind_of[mention.name] == "place"
            and len(span) == 1
            and _one_word_company(t, root, lower_words)
        ):
            evidence.firm_cue += 1
        if (
            _named_thing(t, span.start, span.stop)
            or (t.dep[root] == "dobj" and t.lemma[t.head[root]] in RIDDEN_LEMMAS)
            # "Maple Leaf Flyer, ridden by Jess Carter, won"; "Silent Fields, directed by
            # Tom Bell, won"
            or any(
                t.dep[c] == "acl" and t.lemma[c] in RIDDEN_LEMMAS | MADE_WORK_LEMMAS
                for c in t.children[root]
            )
            or _ridden_in_its_clause(t, root)
            or _trained_before_it(t, root, mention.name)
            or _vessel_under_way(t, span.start, root)
            or (t.dep[root] in ("nsubjpass", "dobj") and t.lemma[t.head[root]] in PRESCRIBED_LEMMAS)
            or (
                # "Silver Kestrel won the Gold Cup. ... the horse had been lame": a name
                # no given name opens, the subject of its sentence, taken up next; "The
                # Red Lion reopened ... Landlady Ann Lee said": a pub.
                (
                    t.sent[span.start] + 1 in thing_taken_up
                    or (
                        t.sent[span.start] + 1 in pub_taken_up
                        and span.start > 0
                        and t.lower[span.start - 1] == "the"
                    )
                )
                and t.dep[root] in _SUBJECTS
                and kind_of[mention.name] in ("person", "organization")
                and fold(mention.name.split()[0]) not in GIVEN_NAMES
                and not any(w in ORG_HEADS for w in mention.name.split())
                # (A plural closes a body's name: "Harbourline Ferries", "Stena Lines".)
                and not mention.name.endswith("s")
            )
        ):
            evidence.thing += 1  # "her album X", "rode Silver Caspian to victory"
        if t.dep[root] in _SUBJECTS and t.lemma[t.head[root]] in SPEECH_LEMMAS:
            evidence.speaks += 1
        if _jailed(t, root):
            evidence.jailed += 1
        if kind_of[mention.name] == "person":
            evidence.in_dock += _in_the_dock(t, root)
            evidence.pleads += _pleads(t, root)
        if kind_of[mention.name] == "person" and (
            _played(t, span.start)
            or t.sent[span.start] in story_frames
            or _nickname_of(t, root)
            or _played_by(t, root)
        ):
            evidence.character += 1
        if kind_of[mention.name] == "person" and (
            (
                t.dep[root] == "compound"
                # (a built thing's style, no body's or post's modifier: "the Kurrajong
                # Downs stud", "Kurrajong Downs principal Neville Hartigan"; no verb the
                # parser took for a plural noun: "Annelise Van der Berg-Moss cycles")
                and t.tag[t.head[root]] == "NN"
                and t.lemma[t.head[root]] in BUILT_THING_NOUNS
            )
            or any(t.lower[c] == "listed" and t.tag[c] == "VBN" for c in t.children[root])
        ):
            evidence.modifier += 1  # "its Art Deco foyer", "is Grade II listed"
        if kind_of[mention.name] in ("person", "organization") and _made_long_ago(
            t,
            root,
            # (a person, or one the recognizer calls a body named as people are, two or
            # three capitalized words and no body's word: "designed by Lionel Barrow")
            person=kind_of[mention.name] == "person" or _shaped_as_a_person(mention.name),
        ):
            evidence.made_long_ago += 1
        if kind_of[mention.name] in ("person", "organization") and _in_a_county(
            t, entity_at, span.start, span.stop, root
        ):
            evidence.in_county += 1
        preposition = t.head[root]
        if (
            t.dep[root] == "pobj"
            and t.lower[preposition] == "for"
            and t.lemma[t.head[preposition]] in _STAFF_NOUNS
            # (not a name after the brief: "Minister for Health Ann Lee")
            and span.start == preposition + 1
        ):
            evidence.office_of += 1  # "MP for Hatfield North": a constituency, a remit
        elif seat_in_brackets(t, span.start, span.stop):
            evidence.office_of += 1  # "Ann Lee (Hatfield North GRC)": her seat
        entity = _entity_over(t, entity_at, span.start, span.stop)
        kind = kind_of[mention.name]
        if kind == "place" and evidence.described is None and not credit:
            place = _place_described(text, t, span.start, span.stop)
            if place:
                evidence.described = (mention.start, place)
        if kind == "person" and evidence.succeeds is None and not credit:
            evidence.succeeds = _predecessor(t, root, person_at, subject_in)
        if kind == "person" and evidence.appointed is None and not credit:
            post = _appointed_as(text, t, span.start, span.stop) or _post_given(
                text, t, span.start, span.stop
            )
            if post:
                evidence.appointed = (mention.start, post)
        if (
            kind in _DESCRIBED_KINDS
            # (read again after a pastime, a family or a former calling: "Ms Rita Cole, a
            # mother of three, ... The Minister for Schools, Rita Cole,")
            and (
                evidence.described is None
                or _background(evidence.described[1])
                # (read again after a headline's words: "Rovers sack coach Paulo Mendes"
                # over "sacked head coach Paulo Mendes" in the story; round 24)
                or in_headline_line(text, evidence.described[0], evidence.described[0] + 1)
            )
            and not credit
        ):
            name_first = span.start
            if entity is not None and entity.label == ("PERSON" if kind == "person" else "ORG"):
                name_first = min(max(entity.first_token, span.start), span.stop - 1)
                # The recognizer's entity may be shorter than the name ("Tait" of
                # "Detective Constable Rhona Tait"): the name's own words are no role.
                # A word it left out that describes ("Catcher Luis Obregon" at a
                # sentence's start, "Trustee Ann Lee") is the role before the name.
                held = set(mention.name.split())
                while (
                    name_first > span.start
                    and t.text[name_first - 1] in held
                    and not _left_out_description(t, name_first - 1, lower_words)
                ):
                    name_first -= 1
            person = kind == "person"
            while (
                person
                and name_first + 2 < span.stop
                and _left_out_description(t, name_first, lower_words)
                and t.text[name_first + 1][:1].isupper()
            ):
                # "Shotfirer Gareth Pengelly" held whole as the name (no recognizer spoke):
                # the description opening it is read as one before the name.
                name_first += 1
            set_before: str | None = None
            description = (
                (_bracketed_role(text, t, span.stop) if person else None)
                or (_seat_after_name(text, t, span.stop) if person else None)
                or (_party_and_seat(text, t, name_first, span.stop) if person else None)
                or (_us_party_and_state(text, t, name_first, span.stop) if person else None)
                or (_us_party_member(text, t, name_first, span.stop) if person else None)
                or (
                    _both_sides(text, t, name_first, span.stop, lower_words, not_described)
                    if person
                    else None
                )
                or (
                    _post_over_rank(
                        text, t, name_first, span.stop, lower_words, role_of.get(mention.name)
                    )
                    if person
                    else None
                )
                or (_shared_plural_role(text, t, name_first, span.stop) if person else None)
                or (_office_apposed_before(text, t, name_first, span.stop) if person else None)
                or _prenominal(text, t, name_first, span.stop, lower_words, person)
                or (_joined_roles_before(text, t, name_first, span.stop) if person else None)
                or (_named_as(text, t, name_first, span.stop) if person else None)
                or (_court_side(text, t, span.start, span.stop) if person else None)
                or (_counsel_for(text, t, span.stop) if person else None)
                or (_speaks_as(text, t, name_first, span.stop) if person else None)
                # "the returning officer, Ann Lee, the chief executive of the council,":
                # the post the story sets before the name over background after it.
                or (
                    set_before := _post_set_before(text, t, name_first, span.stop)
                    if person
                    else None
                )
                or (
                    set_before := _post_before_background(text, t, name_first, span.stop)
                    if person
                    else None
                )
                or _described_after(text, t, name_first, span.stop, person)
                or (_heads_body(text, t, name_first, span.stop) if person else None)
                or (_former_office(text, t, name_first, span.stop) if person else None)
                or (_fuller_described_before(text, t, name_first, span.stop) if person else None)
                or _described_before(text, t, name_first, span.stop)
                or (_party_owning(text, t, name_first) if person else None)
                or (_set_before_unjoined(text, t, name_first, span.stop) if person else None)
                or (_opening_description(text, t, name_first, span.stop) if person else None)
                or (_of_body(text, t, name_first, span.stop) if person else None)
                or (_from_body(text, t, name_first, span.stop) if person else None)
                or _next_to(text, t, name_first, lower_words, person, not_described)
                or _apposed_words(text, t, span.stop)
                or (_ranked(text, t, span.stop) if person else None)
                or (
                    _winner_of(text, t, name_first, span.stop)
                    if person
                    # "Harlow Saints won the cup": a side or a party wins as a person does.
                    else _kind_after(text, t, name_first, span.stop)
                    or _winner_of(text, t, name_first, span.stop)
                )
                or _agent_of_role(text, t, name_first, span.stop)
            )
            if evidence.owners is None:
                evidence.owners = _owners(
                    mention.name, t.sent[name_first], subject_in, kind_of, people_in
                )
                joined = _joined_owner(t, name_first, person_at, mention.name)
                if joined:
                    evidence.owners = {**evidence.owners, "his": joined, "her": joined}
            linked_to_bare = (
                _copular(text, t, name_first, span.stop)
                if description and person and _only_who_and_where(description)
                else None
            )
            if linked_to_bare and not _only_who_and_where(linked_to_bare):
                # "The woman, Ann Lee, is the mother of a nurse at the hospital": what the
                # linking verb says the person is, over the bare noun set beside the name.
                if evidence.described is None:
                    evidence.described = (mention.start, linked_to_bare)
                    evidence.described_set_before = False
            elif description and person and _only_who_and_where(description):
                # "Leeds woman Ann Lee", "Ann Lee, a 45-year-old from Leeds": an age or a
                # hometown on a bare noun; what a later mention says she does comes first.
                if evidence.bare is None and not _bare_noun_only(description):
                    evidence.bare = (mention.start, description)
            elif (
                description
                and (evidence.described is None or not pastime(description))
                # (a headline's post over a family or a past the story adds: "Rovers boss
                # Ann Lee quits ... Ann Lee, a mother of two,"; round 24)
                and not (
                    evidence.described is not None
                    and _background(description)
                    and in_headline_line(text, evidence.described[0], evidence.described[0] + 1)
                )
            ):
                if person and _background(description):
                    # "Ian Crowe, a lifelong Rovers fan, is the supporters' trust
                    # chairman", "Greta Lund, a mother of two, is the headteacher of
                    # ...": what the linking verb says the person is, over the pastime,
                    # family or former calling set beside the name.
                    linked = _copular(text, t, name_first, span.stop)
                    if linked and not _background(linked):
                        description = linked
                evidence.described = (mention.start, description)
                evidence.described_set_before = description == set_before
            elif evidence.weakly is None or (person and evidence.weakly_an_event):
                # ("Aisha Bello, who called the police, ... Ms Bello is a night nurse":
                # what a later sentence says she is outranks the one act told first.)
                after_an_event = evidence.weakly is not None
                said_is = (
                    _copular(text, t, name_first, span.stop)
                    or _what_they_do(text, t, name_first, span.stop)
                    or (_stays_on_as(text, t, name_first, span.stop) if person else None)
                )
                event = (
                    None
                    if said_is or after_an_event
                    else _described_after(text, t, name_first, span.stop, person, past=True)
                )
                weak = (
                    said_is
                    or event
                    # What the text says the person is ("The 21-year-old striker")
                    # before what they did in the match ("scorer").
                    or (
                        _said_of_them_next(
                            text,
                            t,
                            t.sent[name_first],
                            sentence_first,
                            span.stop,
                            # "The doorman, who ..." after "Ann Lee was stabbed": one
                            # something happened to brings in others; one who acted
                            # ("has tracked hedgehogs for a decade") is the story's.
                            first_seen if t.dep[root] == "nsubj" else None,
                        )
                        if person and people_in.get(t.sent[name_first]) == {mention.name}
                        else None
                    )
                    or (_scorer(t, name_first, span.stop) if person else None)
                    or (_placed(text, t, name_first, span.stop) if person else None)
                )
                if after_an_event and weak is not said_is:
                    weak = None  # only what she is replaces what she did
                if weak:
                    evidence.weakly = (mention.start, weak)
                    evidence.weakly_an_event = weak is event
                held_post = (
                    _heads_body(text, t, name_first, span.stop, ended=True) if person else None
                )
                if held_post and evidence.held is None:
                    evidence.held = (mention.start, held_post)
                did = _did_when_introduced(text, t, name_first, span.stop) if person else None
                if did and evidence.did is None:
                    evidence.did = (mention.start, did)
            if (
                person
                and evidence.introduced is None
                and first_person.get(t.sent[name_first]) in (name_first, span.start)
            ):
                introduced = _introduced_before(
                    text,
                    t,
                    t.sent[name_first],
                    sentence_first,
                    first_person,
                    first_time=first_named.get(mention.name) == mention.start,
                )
                if introduced:
                    evidence.introduced = (mention.start, introduced)
        if entity is None:
            continue
        evidence.labelled += 1
        misread = entity.label == "ORG" and (
            _on_a_verb_read_as_noun(t, entity.first_token, entity.last_token, "ORG")
            or _set_off_by_its_body(t, entity.first_token, entity.last_token)
        )
        evidence.misread_person += misread
        if (
            entity.label == "PERSON"
            or misread
            or (entity.label == "ORG" and _person_named_in_body(entity.text, mention.name))
        ):
            evidence.person_label += 1
        elif entity.label == "ORG":
            evidence.org_label += 1
        elif entity.label in ("GPE", "LOC", "FAC"):
            evidence.place_label += 1
        if entity.start > mention.start and entity.end == mention.end:
            dropped = range(span.start, entity.first_token)
            if all(
                t.pos[i] in ("NOUN", "ADJ", "PUNCT") or _describes(t.text[i], lower_words)
                for i in dropped
            ):
                # "Gardener Ann Lee": a common noun before the name; never a given
                # name the recognizer left out ("Esteban Ruiz Vidal").
                evidence.trimmed[_clean_name(entity.text)] += 1
        elif entity.start <= mention.start and entity.end > mention.end:
            extension = text[mention.start : entity.end]
            if entity.start < mention.start and _headline_epithet(
                t, entity.first_token, given_before
            ):
                continue
            if re.fullmatch(r"[^\W\d_][\w’'.-]*(?: [A-Z][\w’'.-]*)+", extension):
                evidence.extended[_clean_name(extension)] += 1
    return found


def _predecessor(
    t: ParsedTokens, root: int, person_at: Mapping[int, str], subject_in: Mapping[int, str]
) -> str | None:
    """Whose post the person at `root` is to take over: "Tom Bell will be replaced by Ann
    Lee", "He will be succeeded by Ann Lee" (the subject the sentence before had), "Ann
    Lee will succeed Tom Bell"; "was replaced by Ann Lee after 20 minutes" is a
    substitution, not a post."""
    head = t.head[root]
    if t.dep[root] == "pobj" and t.lower[head] == "by" and t.dep[head] == "agent":
        verb = t.head[head]
        other_deps: tuple[str, ...] = ("nsubjpass",)
    elif t.dep[root] == "nsubj":
        verb = head
        other_deps = ("dobj",)
    else:
        return None
    if t.lemma[verb] not in SUCCESSION_LEMMAS:
        return None
    if t.lemma[verb] in FUTURE_ONLY_SUCCESSION_LEMMAS and not any(
        t.dep[c] == "aux" and t.lower[c] in ("will", "would", "shall", "to", "'ll")
        for c in t.children[verb]
    ):
        return None
    other = next((c for c in t.children[verb] if t.dep[c] in other_deps), None)
    if other is None:
        return None
    if t.pos[other] == "PRON" and t.lower[other] in ("he", "she"):
        sentence = t.sent[other]
        return subject_in.get(sentence) or subject_in.get(sentence - 1)
    return person_at.get(other)


def _person_named_in_body(entity_text: str, name: str) -> bool:
    """Whether what the recognizer calls a body is this person with an office or an
    employer ("Ritesh Agarwal of Meridian Capital Securities")."""
    words = _clean_name(entity_text).split()
    span = person_in_body_name(words)
    return span is not None and " ".join(words[span[0] : span[1]]) == name


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Kinds the article describes by what they do ("promoter Wildmeadow Events", "Ann Lee,
# a nurse"); a place's description is scenery.
_DESCRIBED_KINDS = frozenset({"person", "organization", "group"})
_NOT_DESCRIPTION_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
# A possessive apostrophe ("fans' group", "the club’s captain") is no quote mark.
_POSSESSIVE_MARK = re.compile(r"(?<=\w)[’'](?=s\b)|(?<=s)[’'](?=\s)")
_DETERMINERS = frozenset({"the", "a", "an"})
_NO_WORDS: set[str] = set()
_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_MAX_DESCRIPTION_TOKENS = 12
_DESCRIPTION_BREAK = re.compile(r"[,;:()\[\]“”\"‘’«»\n—–]|^'|\s'|'\s|\s-\s")
# A thousands separator ("about 1,200 of its staff"), kept inside what a body or a
# person does now.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _office_over_its_brief(t: ParsedTokens, left: int) -> int:
    """Where a description before a name starts when what the parse hung on the name is
    an office's brief ("said Minister for Labour and Employment Ann Lee", "Chair of the
    Health and Social Care Committee Tom Bell": the brief alone is no role): at the
    office's title before "for" or "of" (and "the"), with the capitalized titles or role
    nouns before it ("Deputy Minister", "Cabinet Secretary")."""
    opener = left - 1
    if opener >= 1 and t.lower[opener] == "the":
        opener -= 1
    if opener < 1 or t.lower[opener] not in ("for", "of") or not _office_word(t, opener - 1):
        return left
    start = opener - 1
    while start >= 1 and start > opener - 4 and _office_word(t, start - 1):
        start -= 1
    return start


def _office_word(t: ParsedTokens, index: int) -> bool:
    word = t.text[index]
    return word[:1].isupper() and (
        word in TITLES or compound_title(word) or t.lower[index] in ROLE_NOUNS
    )


def _prenominal(
    text: str,
    t: ParsedTokens,
    name_first: int,
    name_last: int,
    lower_words: set[str],
    person: bool = True,
) -> str | None:
    """A person's description written before their name in the same noun phrase, from
    the parse: "Holt caterer Ann Lee", "Met Office meteorologist Ann Lee", "Fly-half Ann
    Lee", "Cabinet member for housing Cllr Ann Lee" (the modifiers of the name's head to
    its left, with what hangs on them), without determiners and titles."""
    root = _root(t, name_first, name_last)
    left = name_first
    # The modifiers of the name's head, or of a word of the name the parser hung them
    # on ("Public Defender Jordan Pike": "Defender" a compound of "Jordan", a given name
    # it does not know; round 24).
    stack = [
        c
        for i in range(name_first, name_last)
        if i == root or fold(t.text[name_first]) not in GIVEN_NAMES
        for c in t.children[i]
        if c < name_first and t.dep[c] in _MODIFIERS
    ]
    seen = 0
    while stack and seen < 4 * _MAX_DESCRIPTION_TOKENS:
        node = stack.pop()
        seen += 1
        if name_first - node > _MAX_DESCRIPTION_TOKENS:
            return None
        left = min(left, node)
        stack.extend(c for c in t.children[node] if c < name_first)
    if left >= name_first:
        return None
    while left >= 2 and _hyphen_in_word(t, left - 1):
        left -= 2  # "Director-General of the agency Ann Lee": the whole hyphened title
    left = _office_over_its_brief(t, left)
    if left >= 2 and t.lower[left - 1] in ("and", "or", "&") and t.pos[left - 2] == "NOUN":
        return None  # "husband and wife Ann Lee and Tom Bell": two people at once
    if any(
        t.lower[i] in ("and", "&") and t.ent[i - 1] == "PERSON" for i in range(left + 1, name_first)
    ):
        return None  # "Health Secretary Ann Lee and Chancellor Tom Bell": another's name
    if t.pos[name_first - 1] == "VERB":
        # "A court on Friday jailed Ann Lee" misread as "jailed" modifying the name: what
        # was done to her, not what she is (a description closes on a noun).
        return None
    words = text[t.start[left] : t.start[name_first]].split()
    while words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    if len(words) > 1 and words[0].casefold() == "whose":
        words = _whose_owned(text, t, left, words)  # "The Greens, whose co-leader Ann Lee"
    while words and (
        words[-1].casefold().rstrip(".") in _COURTESY_WORDS
        # "Transport Minister Datuk Seri Wee Ka Hock": a conferred style is no role
        or words[-1] in _STYLE_WORDS
    ):
        words = words[:-1]
    description = " ".join(words)
    if not description or _broken(description):
        return None
    if description.rstrip("-–").casefold() in US_PARTY_LETTERS:
        # "State Rep. Ann Lee, R-Millbrook,": a party tag's letter before the place she
        # represents, no description of the place (round 21)
        return None
    if not person and not (words[-1][:1].islower() or "-" in words[-1]):
        # "Local" of "Local Government Association" where the mention is shorter than
        # the body's name: an organization's description ends in a common noun.
        return None
    if not any(
        w[:1].islower()
        or "-" in w
        or w.casefold() in _STAFF_NOUNS
        or w.casefold() in DESCRIPTION_NOUNS
        or w.casefold() in PERSON_NOUNS
        or w.casefold() in lower_words
        or w.casefold() + "s" in lower_words
        # ("Acting Superintendent Neil Foss", "Interim Sheriff Ann Lee": a title held
        # for now, which the title reader does not take with its adjective: round 21)
        or (w.casefold() in _TITLE_WORDS and words[0].casefold() in ROLE_ADJECTIVES)
        for w in words
    ) and not (
        # "Seamer Gareth Lumb took five wickets": an agent noun that opens the sentence
        # before a full name is capitalized for the sentence, not as a given name.
        len(words) == 1
        and _opens_sentence(t, left)
        and name_last - name_first >= 2
        and _describes(words[0], lower_words)
    ):
        return None  # only names ("Esteban" the recognizer left out): no description
    return description


def _role_noun(word: str) -> bool:
    """A noun that says what a person does: an office, a noun of people, or an agent noun
    ("songwriter", "broadcaster"), never a relative."""
    folded = word.casefold()
    return folded not in KIN_NOUNS and (
        folded in _OFFICE_NOUNS
        or folded in PERSON_NOUNS
        or (folded.endswith(AGENT_SUFFIXES) and folded not in AGENT_LOOKALIKES)
    )


def _joined_roles_before(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Singer and songwriter Ann Lee", "hired writer and broadcaster Ann Lee": two role
    nouns joined by "and" right before one name are both hers, however the parser hangs
    them; not two people at once ("husband and wife Ann Lee and Tom Bell": kin, or a
    second name after hers)."""
    second, joint, first = name_first - 1, name_first - 2, name_first - 3
    if first < 0 or t.sent[first] != t.sent[name_first] or t.lower[joint] != "and":
        return None
    if not (t.text[second].islower() and (t.text[first].islower() or _opens_sentence(t, first))):
        return None
    if not (_role_noun(t.text[first]) and _role_noun(t.text[second])):
        return None
    if (
        name_last + 1 < len(t.text)
        and t.lower[name_last] in ("and", "&")
        and t.text[name_last + 1][:1].isupper()
    ):
        return None
    return text[t.start[first] : t.end[second]]


def _shared_plural_role(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Non-executive directors Ann Lee and Tom Bell will step down", "Senior nurses Ann
    Lee and Tom Bell led the ward": a plural role noun right before a list of names
    (however the parser hangs it) is each one's role, in the singular."""
    if name_first + 2 < name_last and _plural_staff_noun(t.lower[name_first]):
        name_first += 1  # the plural taken into the name ("MPs Ian Drew")
    node = _root(t, name_first, name_last)
    # (A list: this name joined to one before it, or one after it: "Estate agents Pennine
    # Moor, which ..." is one firm, its trade the phrase before it.)
    listed = name_last + 1 < len(t.text) and (
        t.lower[name_last] in ("and", "&")
        or (t.text[name_last] == "," and t.dep[name_last + 1] == "compound")
    )
    for _ in range(_MAX_LIST_MEMBERS):
        joined = t.dep[node] == "conj" or (
            # "Ann Fry, Bob Hale and ...": the parser may set the second name in apposition
            t.dep[node] == "appos" and t.pos[node] == "PROPN" and t.pos[t.head[node]] == "PROPN"
        )
        if not joined or t.head[node] == node:
            break
        node = t.head[node]
        listed = True
    if not listed:
        return None
    first = node
    while (
        first > 0
        and t.dep[first - 1] == "compound"
        and t.pos[first - 1] == "PROPN"
        and not (_opens_sentence(t, first - 1) and _plural_staff_noun(t.lower[first - 1]))
    ):
        first -= 1
    noun = first - 1
    for _ in range(_MAX_LIST_MEMBERS):
        # "Councillors Amy Tate, Bill Ross and ...": the parser may break the list off
        # after its first names; the plural opens the names written before this one.
        if not (noun > 1 and t.text[noun] == "," and t.pos[noun - 1] == "PROPN"):
            break
        before = noun - 1
        while before > 0 and t.pos[before - 1] == "PROPN" and t.dep[before - 1] == "compound":
            before -= 1
        if not _plural_staff_noun(t.lower[before]) or before == noun - 1:
            noun = before - 1
            continue
        noun = before
        break
    if (
        noun > 0
        and t.text[noun] == ","
        and t.tag[noun - 1] == "NNS"
        and any(t.dep[c] in ("nummod", "det") for c in t.children[noun - 1])
    ):
        noun -= 1  # "Two teenagers, Ann Lee and Tom Bell,", "The victims, Ann Lee and ..."
    if noun < 0 or t.sent[noun] != t.sent[node]:
        return None
    if t.tag[noun] == "NNS" and _role_noun(t.lemma[noun]):
        singular = t.lemma[noun]
    elif _plural_staff_noun(t.lower[noun]) and (
        _opens_sentence(t, noun)
        or _acronym_plural(t.text[noun])
        # "went to midwives Ann Lee and ...": the plural misread as a verb
        or t.tag[noun] == "VBZ"
    ):
        # "Defenders Luca Brandt and Owen Pike": capitalized, the tagger calls it a name;
        # "Conservative MPs Ann Lee and Tom Bell": an acronym's plural, tagged singular.
        singular = _singular_staff_noun(t.lower[noun]) or t.lower[noun]
        if _acronym_plural(t.text[noun]):
            singular = t.text[noun][:-1]
    else:
        return None
    left = noun
    while (
        left > 0
        and t.sent[left - 1] == t.sent[noun]
        and noun - left < _MAX_DESCRIPTION_TOKENS
        and (t.dep[left - 1] in ("amod", "compound") or _hyphen_in_word(t, left - 1))
        # ("Estate agents Ann Lee and ...": capitalized only to open the sentence)
        and (t.pos[left - 1] in ("ADJ", "NOUN", "PUNCT") or _opens_sentence(t, left - 1))
    ):
        left -= 1
    phrase = f"{text[t.start[left] : t.start[noun]]}{singular}"
    return None if _broken(phrase) else phrase


_CLAUSE_OPENERS = frozenset({"who", "whose", "which", "that", "whom"})
_WHO_AFTER_NAME = re.compile(r"\s*,\s*(?:\d+\s*,\s*)?who\b")


_MAX_BRACKETED_ROLE_WORDS = 6
_BRACKETED_WORD = re.compile(r"[a-z][a-z-]*|['’]s")


def _bracketed_role(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "Ann Lee (chief operating officer) and Raj Patel (commercial director)", "Her
    successor, Ann Lee (acting head of school),": the words in brackets right after a
    person's name, all in lower case (an owner's "'s" may stand among them) and ending on
    a noun, are her role; never a party or a place ("(Labour)", "(R-Texas)"), an age, a
    pointer at a picture ("(pictured)", "(left)") or an aside ("(no relation)")."""
    opening = name_last
    if opening >= len(t.text) or t.text[opening] != "(" or t.sent[opening] != t.sent[name_last - 1]:
        return None
    closing = next(
        (
            i
            for i in range(opening + 1, min(len(t.text), opening + _MAX_BRACKETED_ROLE_WORDS + 2))
            if t.text[i] == ")"
        ),
        None,
    )
    if closing is None or closing == opening + 1 or t.sent[closing] != t.sent[opening]:
        return None
    words = t.text[opening + 1 : closing]
    if (
        not all(_BRACKETED_WORD.fullmatch(w) for w in words)
        or not words[0][:1].isalpha()
        or words[0] in BRACKETED_ASIDE_OPENERS
        or any(w in PICTURE_POINTERS for w in words)
        # (in lower case, a noun the tagger calls a proper one: "(composer)")
        or t.pos[closing - 1] not in ("NOUN", "PROPN")
    ):
        return None
    return text[t.start[opening + 1] : t.end[closing - 1]]


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
    party = t.text[first - 2] if first >= 3 else ""
    return (
        t.text[first - 1] in _SEAT_SEPARATORS
        and t.text[first - 3] == "("
        and ((party.isupper() and 2 <= len(party) <= 5) or party.casefold() in PARTY_LABELS)
    )


_SEAT_SEPARATORS = frozenset({",", "-", "–", "—"})


def _seat_after_name(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "Mr Ong Boon Keat (Serangoon Hills GRC) asked ...": a seat in brackets right after
    a person's name says she is its member of parliament."""
    if name_last >= len(t.text) or t.text[name_last] != "(":
        return None
    closing = next(
        (i for i in range(name_last + 2, min(len(t.text), name_last + 8)) if t.text[i] == ")"),
        None,
    )
    if closing is None or not seat_in_brackets(t, name_last + 1, closing):
        return None
    return f"MP for {text[t.start[name_last + 1] : t.end[closing - 1]]}"


_PARTY_AND_SEAT = re.compile(
    r"\s*\(\s*([A-Za-z][A-Za-z ]{1,8}?)\s*,\s*"
    r"([A-Z][\w'’.-]*(?:\s+(?:and|&|upon|on|under|the|[A-Z][\w'’.-]*))*)\s*\)"
)


def _party_and_seat(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Sir Ann Lee (Con, Hatfield North)", "Cllr Tom Bell (Lab, Westfield)": a party label
    and a seat or ward in brackets right after a person's name say she sits for that party
    and seat ("Conservative member for Hatfield North", "Labour councillor for Westfield"
    when a title names the office); a place and an age ("(Kendal, 64)") are no party."""
    found = _PARTY_AND_SEAT.match(text, t.end[name_last - 1])
    if found is None:
        return None
    party = PARTY_LABELS.get(" ".join(found.group(1).split()).casefold())
    if not party:
        return None
    office = next(
        (
            o
            for i in range(max(0, name_first - 1), name_last)
            if t.sent[i] == t.sent[name_first] and (o := _office_of_title(t.text[i]))
        ),
        # "Local MP Ann Lee (Lab, Hadleigh)": the office written right before the name
        _office_before(t, name_first) or "member",
    )
    return f"{party} {office} for {found.group(2)}"


def _office_before(t: ParsedTokens, name_first: int) -> str | None:
    """ "MP", "councillor": an office noun written right before a name, as written."""
    before = name_first - 1
    if before < 0 or t.sent[before] != t.sent[name_first]:
        return None
    word = t.text[before]
    folded = word.casefold()
    return word if folded in _OFFICE_NOUNS and folded not in _TITLE_WORDS else None


_US_PARTY_AND_STATE = re.compile(
    r"\s*(?:\(\s*|,\s+)([DRI])\s*[-–]\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*(?:\)|,)"
)
_US_STATES = {state.casefold(): state for state in US_STATE_SHORT.values()}


def _us_party_and_state(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Sen. Ann Lee (D-Calif.)", "Rep. Tom Bell, R-Neb.,", "Ann Lee (R-Texas)": a US
    party letter and a state right after a person's name say she sits for that party
    and state ("Democratic senator from California"); letters that name no state are
    no party."""
    found = _US_PARTY_AND_STATE.match(text, t.end[name_last - 1])
    if found is None:
        return None
    written = found.group(2).casefold()
    state = US_STATE_SHORT.get(re.sub(r"[.\s]", "", written)) or _US_STATES.get(written.rstrip("."))
    if state is None:
        return None
    office = _titled_office(text, t, name_first, name_last)
    once = _title_held_once(t, name_first, name_last)
    if office is None:
        return f"{once}{US_PARTY_LETTERS[found.group(1).casefold()]} lawmaker from {state}"
    return f"{once}{US_PARTY_LETTERS[found.group(1).casefold()]} {office} from {state}"


def _titled_office(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "State Sen. Ann Lee" -> "State senator", "Rep. Tom Bell" -> "representative": the
    office a title written before the name spells out, with the capitalized words before
    the title that say which house."""
    titled = next(
        (
            i
            for i in range(max(0, name_first - 1), name_last)
            if t.sent[i] == t.sent[name_first] and _office_of_title(t.text[i])
        ),
        None,
    )
    if titled is None:
        return None
    first = titled
    while (
        first > 0
        and titled - first < 2
        and t.sent[first - 1] == t.sent[titled]
        # ("State" and "state" may be tagged a common noun)
        and (
            t.pos[first - 1] == "PROPN"
            or (t.pos[first - 1] == "NOUN" and t.lower[first - 1] == "state")
        )
        and (t.text[first - 1][:1].isupper() or t.lower[first - 1] == "state")
    ):
        first -= 1
    house = text[t.start[first] : t.start[titled]]
    return f"{house}{_office_of_title(t.text[titled])}"


def _title_held_once(t: ParsedTokens, name_first: int, name_last: int) -> str:
    """ "former " when "Former" or "ex-" opens the title before the name ("Former Rep.
    Ann Lee, D-Texas,", "Ex-Sen. Ann Lee": one who held the office once), else ""."""
    for i in range(max(0, name_first - 4), name_last):
        if t.sent[i] == t.sent[name_first] and _office_of_title(t.text[i]):
            # back over the house and a hyphen ("Former U.S. Sen.", "Ex-Rep.")
            for j in range(i - 1, max(-1, i - 5), -1):
                if t.lower[j] in ("former", "ex"):
                    return "former "
                if t.pos[j] != "PROPN" and t.text[j] != "-" and t.lower[j] != "state":
                    break
            return ""
    return ""


_US_PARTY_MEMBER = re.compile(
    r",\s+an?\s+(?P<party>[A-Za-z]+)(?:\s+from\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?"
    r"\s*(?=[,.;]|$)"
)


def _us_party_member(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "State Sen. Ann Lee, a Democrat from Tucson,", "Rep. Tom Bell, a Republican,": a
    title's office with the party and the town after the name ("Democratic State senator
    from Tucson"); the party alone says less than the office the title gives."""
    found = _US_PARTY_MEMBER.match(text, t.end[name_last - 1])
    if found is None:
        return None
    party = US_PARTY_MEMBERS.get(found["party"].casefold())
    office = _titled_office(text, t, name_first, name_last) if party else None
    if office is None and party:
        # "Senator Ann Lee, a Democrat from Ohio,": the office spelled out as a title.
        office = next(
            (
                t.lower[i]
                for i in range(max(0, name_first - 1), name_last)
                if t.sent[i] == t.sent[name_first]
                and t.text[i][:1].isupper()
                and t.lower[i] in US_ELECTED_TITLES
            ),
            None,
        )
    if office is None:
        return None
    once = _title_held_once(t, name_first, name_last)
    return f"{once}{party} {office}" + (f" from {found['place']}" if found["place"] else "")


_PARTY_LABEL_NAMES = frozenset(
    {k.casefold() for k in PARTY_LABELS} | {v.casefold() for v in PARTY_LABELS.values()}
)


def _party_owning(text: str, t: ParsedTokens, name_first: int) -> str | None:
    """ "Labour's Ann Lee", "The Democrats' Ann Lee", "The SNP's Ann Lee": a party's
    possessive right before a person's name says whom she stands for ("Labour"); a
    firm's ("Apex's Ann Lee") is no party."""
    mark = name_first - 1
    if mark < 1 or t.tag[mark] != "POS" or t.sent[mark] != t.sent[name_first]:
        return None
    first = mark - 1
    while (
        first > 0
        and mark - first < 4
        and t.sent[first - 1] == t.sent[mark]
        and t.pos[first - 1] == "PROPN"
        and t.text[first - 1][:1].isupper()
    ):
        first -= 1
    if first > 0 and t.text[first - 1] == "," and t.sent[first - 1] == t.sent[mark]:
        return None  # "The MP for Hollowby, Labour's Ann Lee,": the post set before
    owner = text[t.start[first] : t.end[mark - 1]]
    words = owner.split()
    if not words or not (
        any(w in PARTY_WORDS for w in words) or owner.casefold() in _PARTY_LABEL_NAMES
    ):
        return None
    return owner


def _heads_body(
    text: str, t: ParsedTokens, name_first: int, name_last: int, ended: bool = False
) -> str | None:
    """ "Ann Lee, who has run the brewer for 20 years,", "Ann Lee, who currently runs the
    bank's mortgage arm,": a relative clause saying she has headed a body for a while, or
    heads it now, gives the post ("head of the brewer", "head of the bank's mortgage
    arm"); one who led a march or a side to a final ("who led the march") holds no post.
    A post held up to a past moment ("who had led the council since 2015") only with
    `ended`: what the story says she does now comes first."""
    if not _WHO_AFTER_NAME.match(text, t.end[name_last - 1]):
        return None
    who = next(
        (i for i in range(name_last, min(len(t.text), name_last + 4)) if t.lower[i] == "who"),
        None,
    )
    if who is None or t.dep[who] != "nsubj":
        return None
    verb = t.head[who]
    post = HEADING_VERB_POSTS.get(t.lemma[verb])
    if post is None or t.sent[verb] != t.sent[who]:
        return None
    children = t.children[verb]
    held_a_while = any(
        t.lemma[c] == "have" and t.dep[c] == "aux" and (ended or t.lower[c] != "had")
        for c in children
    ) and any(t.lower[c] in ("since", "for") for c in children)
    now = t.tag[verb] in ("VBZ", "VBP") or any(t.lower[c] in ("currently", "now") for c in children)
    body = next((c for c in children if t.dep[c] == "dobj"), None)
    if not (held_a_while or now) or body is None or not _a_body_noun(t, body):
        return None
    first, stack = body, [body]
    while stack and body - first <= _MAX_DESCRIPTION_TOKENS:
        node = stack.pop()
        first = min(first, node)
        stack.extend(c for c in t.children[node] if c < node)
    last = _subtree_end(t, body)
    if last - first >= _MAX_DESCRIPTION_TOKENS:
        return None
    phrase = text[t.start[first] : t.end[last]]
    return None if _broken(phrase) else f"{post} of {phrase}"


_HEADED_NOUNS = (
    NAMED_BODY_NOUNS | COMPANY_NOUNS | CLUB_DESCRIPTION_NOUNS | BODY_UNIT_NOUNS | HEADED_UNIT_NOUNS
)


def _a_body_noun(t: ParsedTokens, noun: int) -> bool:
    """ "the Naval Service", "the council", "the brewer": a body by its name, by a noun of
    bodies or by its trade; never a cause or an event ("calls for an inquiry", "the half
    marathon")."""
    lemma = t.lemma[noun].casefold()
    return (
        t.pos[noun] == "PROPN"
        or lemma in _HEADED_NOUNS
        or (
            t.tag[noun] == "NN" and lemma.endswith(AGENT_SUFFIXES) and lemma not in AGENT_LOOKALIKES
        )
    )


_RANK_WORDS = frozenset(w.casefold().rstrip(".") for w in RANKS | RANK_PARTS)
_FULL_RANKS = frozenset(w.rstrip(".") for w in RANKS)


def _bare_rank(role: str | None) -> bool:
    """ "Major General", "Vice Admiral": a military rank and nothing more."""
    return bool(role) and all(w.casefold().rstrip(".") in _RANK_WORDS for w in (role or "").split())


def _post_over_rank(
    text: str,
    t: ParsedTokens,
    name_first: int,
    name_last: int,
    lower_words: set[str],
    titled: str | None = None,
) -> str | None:
    """ "Major General Ann Lee, the head of the Royal Logistic Corps,", "Vice Admiral Ann
    Lee, who has led the Naval Service since 2021,": a bare military rank before the name
    yields to the post the words after the name give; an office before the name
    ("Defence Minister Ann Lee") keeps its place."""
    # (The rank the name is written under when the parse hangs it elsewhere: `titled`.)
    ahead = _prenominal(text, t, name_first, name_last, lower_words) or titled
    if not _bare_rank(ahead):
        return None
    after = _heads_body(text, t, name_first, name_last, ended=True) or _described_after(
        text, t, name_first, name_last
    )
    if not after:
        # "His commanding officer, Lt Col Ann Lee,": the post set before the name (not
        # a tie: "Her colleague, Sergeant Tom Birch," is written under the rank)
        before = _described_before(text, t, name_first, name_last)
        after = before if before and before.split()[-1].casefold() in _OFFICE_NOUNS else None
    if not after or after.split()[0] in ("has", "have", "had", "whose"):
        return None  # ("Captain Ann Lee, whose side are 19th,": what sets her apart, no post)
    if _background(after):
        return None  # ("Sgt Paul Rowe, an avid reader,": a pastime is no post; the rank is)
    return after


# How far back from a word an office's listed brief is read ("for Culture, Media and
# Sport": 6 tokens).
_BRIEF_LIST_TOKENS = 10


def _brief_of_an_office(t: ParsedTokens, index: int) -> bool:
    """Is token `index` the first word of an office's brief after its title ("Health"
    of "Minister for Health", "Senate" of "President of the Senate"), not of a place
    ("parts of Mid Devon")? A brief may run to three words ("Development" of "Senior
    Minister of State for National Development") and follow "Minister of State"."""
    at = index - 1
    item_words = 1
    while at > 0 and index - at <= _BRIEF_LIST_TOKENS:
        if t.lower[at] in ("and", ",") and t.text[at - 1][:1].isupper():
            item_words = 0  # "Marketing" of "Head of Sales and Marketing": a listed brief
        elif (
            item_words < 3
            and t.text[at][:1].isupper()
            # (an earlier item of a list may be tagged a common noun: "Sales and ...")
            and (t.pos[at] == "PROPN" or (t.pos[at] == "NOUN" and item_words == 0))
        ):
            item_words += 1  # "National" of "for National Development"
        else:
            break
        at -= 1
    if at >= 1 and t.lower[at] == "the":
        at -= 1
    if at >= 3 and t.lower[at] == "for" and t.text[at - 1] == "State" and t.lower[at - 2] == "of":
        at -= 2  # "Minister of State for Housing"
    return (
        at >= 1
        and t.lower[at] in ("for", "of")
        and (
            t.lower[at - 1].rstrip(".") in _TITLE_WORDS
            # ("Editor of the Westbay Gazette Laura Penn": a post opening the sentence)
            or (_role_noun(t.text[at - 1]) and _opens_sentence(t, at - 1))
        )
        and t.text[at - 1][:1].isupper()
    )


def _office_apposed_before(
    text: str, t: ParsedTokens, name_first: int, name_last: int
) -> str | None:
    """ "Chief of the Army Staff General Ann Lee", "Speaker of the House Ann Lee": an
    office of a body written before the name with no comma, which the parse hangs the
    name on; the office without the rank the name is written under."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    if t.dep[root] == "conj" and head < name_first:
        # "Head of Sales and Marketing Tom Bell said": the parse may join the name to
        # the brief's first item, the object of the office's "of"; or join the given name
        # to it and hang the surname on the "of" ("... Development Priya Raman said").
        root = next(
            (
                i
                for i in range(name_first, name_last)
                if t.dep[i] == "pobj" and t.lower[t.head[i]] in ("of", "for")
            ),
            head if t.dep[head] == "pobj" else root,
        )
        head = t.head[root]
    if t.dep[root] == "pobj" and t.lower[head] in ("of", "for") and t.head[head] < head:
        # "Chief of the Naval Staff Vice Admiral Ann Lee said": the parse may hang the
        # whole run on the office's "of".
        head = t.head[head]
    elif t.dep[root] != "appos":
        return None
    if head >= name_first or t.sent[head] != t.sent[name_first]:
        return None
    while head >= 2 and _hyphen_in_word(t, head - 1):
        head -= 2  # "Inspector-General of Police Ann Lee": the whole hyphened title
    words = text[t.start[head] : t.start[name_first]].split()
    while len(words) > 3 and words[-1] in _STYLE_WORDS:
        words = words[:-1]  # "... of Police Tan Sri": a conferred style, no office
    ranked = False
    while len(words) > 3 and words[-1].rstrip(".") in _FULL_RANKS:
        words, ranked = words[:-1], True  # "... Staff General": the name's rank
    # ("Vice" of "Vice Admiral" goes with it; "Staff" closes "Chief of the Army Staff")
    while ranked and len(words) > 3 and words[-1] != "Staff" and words[-1] in RANK_PARTS:
        words = words[:-1]
    if (
        len(words) < 3
        or len(words) > _MAX_DESCRIPTION_TOKENS
        or not (
            words[0].casefold() in _TITLE_WORDS
            or compound_title(words[0])
            # ("Head of Research and Development Priya Raman": a post opening the sentence)
            or (_role_noun(words[0]) and _opens_sentence(t, head))
        )
        or words[1] not in ("of", "for")
        or not all(w[:1].isupper() or w in ORG_CONNECTORS for w in words)
        or _broken(" ".join(words))
    ):
        return None
    return " ".join(words)


def _post_set_before(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "the returning officer, Ann Lee, the chief executive of the council,", "The
    inquiry's chairman, Sir Ann Lee, a retired judge,": a post ending on a role noun set
    before the name with a comma; one told by what she did ("The teacher who spotted the
    fault, Ann Lee,") or by a thing ("The neighbour who smelled the gas, Ann Lee,") is
    no post."""
    phrase = _described_before(text, t, name_first, name_last)
    if not phrase:
        return None
    words = phrase.casefold().split()
    if words[0] in ("the", "a", "an"):
        words = words[1:]
    if (
        len(words) < 2  # ("The victim, Ann Lee, a nurse,": a bare noun is no post)
        or any(w in _CLAUSE_OPENERS for w in words)
        # ("The club's physio, Mel Grant,": a body's own noun set before the name is
        # its post, though the noun is in no list of roles.)
        or not (_role_noun(words[-1]) or any(w.endswith(("'s", "’s")) for w in words[:-1]))
    ):
        return None
    # ("his deputy, Ann Lee,": whose she is, which the role read with its owner keeps.)
    before = text[max(0, t.start[name_first] - len(phrase) - 12) : t.start[name_first]]
    if re.search(rf"\b(?:his|her|their)\s+{re.escape(phrase)}\s*,\s*$", before, re.IGNORECASE):
        return None
    return phrase


def _post_before_background(
    text: str, t: ParsedTokens, name_first: int, name_last: int
) -> str | None:
    """ "The chairman of the Commons defence committee, Ann Lee, a former Royal Navy
    commander,", "The coroner, Ann Lee, a retired solicitor,": a post set before the name
    with a comma, when what the apposition after the name says is a former or retired
    calling; the post she holds now is her role. A party to the story set before the
    name ("The victim, Ann Lee, a former nurse,", "The driver of the car, ...") is no
    post unless it is of a named body ("The manager of the Rovers")."""
    after = _described_after(text, t, name_first, name_last)
    if not after:
        return None
    words = after.casefold().split()
    if (
        len(words) < 3
        or words[0] not in ("a", "an")
        or words[1] not in ("former", "retired", "ex-")
    ):
        return None
    phrase = _described_before(text, t, name_first, name_last)
    if not phrase:
        return None
    tokens = phrase.split()
    if tokens[0].casefold() in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens or any(w.casefold() in _CLAUSE_OPENERS for w in tokens):
        return None
    cut = next((i for i, w in enumerate(tokens) if w in ("of", "for", "at")), len(tokens))
    if cut == 0:
        return None
    head = tokens[cut - 1].casefold()
    if head in KIN_NOUNS or not _role_noun(head):
        return None
    party = head in STORY_PARTY_NOUNS
    if cut < len(tokens):
        held = (
            not party
            or any(w[:1].isupper() for w in tokens[cut + 1 :])
            # ("The chair of the inquiry, Dame Ann Lee, a retired judge,": a body's
            # post, not "The driver of the car": round 21)
            or tokens[-1].casefold() in _HEADED_BODY_NOUNS
        )
    else:  # ("The shop's owner, Ann Lee,": a post its owner names)
        held = not party and any(w.endswith(("'s", "’s")) for w in tokens[:-1])
    return phrase if held or head in _TITLE_WORDS else None


def _both_sides(
    text: str,
    t: ParsedTokens,
    name_first: int,
    name_last: int,
    lower_words: set[str],
    not_described: set[int],
) -> str | None:
    """ "Former apprentice Ann Lee, who now runs her own bakery,", "Parent Ann Lee, whose
    son is in year 4,": a noun of people before the name and what the clause or
    apposition after it says are one role, as a reader would write it ("Former
    apprentice who now runs her own bakery")."""
    after = _described_after(text, t, name_first, name_last)
    if not after or after.split()[0] in ("has", "have"):
        # "Owner Ann Lee, who has run the shop for 22 years,": how long she has held the
        # role is background to the role written before the name.
        return None
    if _background(after):
        # "Sgt Paul Rowe, an avid reader,", "Capt Ann Lee, a mother of two,": a pastime
        # or a family is no part of the rank or post before the name, which says more.
        return None
    ahead = _prenominal(text, t, name_first, name_last, lower_words) or _next_to(
        text, t, name_first, lower_words, True, not_described
    )
    if not ahead or ahead.casefold() in after.casefold():
        return None
    joiner = " who " if _WHO_AFTER_NAME.match(text, t.end[name_last - 1]) else ", "
    return ahead + joiner + after


_AGE_NOUN = re.compile(r"\d+-year-old$")


def _only_who_and_where(description: str) -> bool:
    """ "Leeds woman", "a 45-year-old from Leeds": a bare noun of people or an age as the
    head of the description, with at most a place or an age on it."""
    words = description.split()
    head = next(
        (w for w in words if w.casefold() in BARE_PERSON_NOUNS or _AGE_NOUN.search(w)),
        None,
    )
    if head is None:
        return False
    rest = words[words.index(head) + 1 :]
    # "... from Leeds", "... of Bolton": a hometown after the head, nothing more.
    return not rest or (
        rest[0].casefold() in ("from", "of", "in") and all(w[:1].isupper() for w in rest[1:])
    )


def _bare_noun_only(description: str) -> bool:
    """ "The woman", "a man", "the boy": a bare noun of people after an article, which
    says nothing of what the person is or does (no age, no place; "Two teenagers, Liam
    Bell and ...," still makes each one a teenager)."""
    words = description.casefold().split()
    return len(words) == 2 and words[0] in ("the", "a", "an") and words[1] in BARE_PERSON_NOUNS


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


# How far back (in tokens) a bare "the director, Ann Lee," looks for the fuller phrase
# that first described the same post.
_FULLER_REACH = 120


def _fuller_described_before(
    text: str, t: ParsedTokens, name_first: int, name_last: int
) -> str | None:
    """ "The city's finance director warned ... the director, Ann Lee, said", "The
    trust's former director of nursing told the inquiry ... That director, Ann Lee,":
    a bare definite noun set before the name stands for the post an earlier sentence
    described with its owner, and that fuller phrase is the role."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    if (
        t.dep[root] != "appos"
        or not head < name_first
        or t.pos[head] != "NOUN"
        or head + 1 >= name_first
        or t.text[head + 1] != ","
        or any(
            t.dep[c] not in ("det", "punct", "appos", "compound")
            or (t.dep[c] == "det" and t.lower[c] not in ("the", "that", "this"))
            for c in t.children[head]
        )
    ):
        return None
    for j in range(head - 1, max(-1, head - _FULLER_REACH), -1):
        if t.lemma[j] != t.lemma[head] or t.pos[j] != "NOUN" or t.dep[j] == "appos":
            continue
        owner = next((c for c in t.children[j] if t.dep[c] == "poss" and c < j), None)
        if owner is None or any(t.dep[c] == "appos" for c in t.children[j]):
            return None  # the nearest earlier one is no owned post, or is named
        first = owner
        while first > 0 and t.head[first - 1] == owner and t.dep[first - 1] == "det":
            first -= 1  # "The trust's"
        last = j
        if j + 1 < len(t.text) and t.head[j + 1] == j and t.lower[j + 1] in ("of", "for", "at"):
            last = _subtree_end(t, j + 1)  # "director of nursing"
        phrase = text[t.start[first] : t.end[last]]
        if phrase.startswith("The "):
            phrase = "the" + phrase[3:]
        if len(phrase.split()) > _MAX_DESCRIPTION_TOKENS or _broken(phrase):
            return None
        return phrase
    return None


def _rank_written(t: ParsedTokens, index: int) -> bool:
    """Is the token a word of a rank written before a name ("Lt", "Col", "Sergeant")?"""
    return t.lower[index].rstrip(".") in _RANK_WORDS and t.text[index][:1].isupper()


def _apposition_read_as_subjects(t: ParsedTokens, root: int, name_first: int) -> int | None:
    """ "The club's physio, Mel Grant, who ran the marathon last year, said": the parser
    made the noun and the name two subjects of one verb; a common noun and a comma
    right before the name, both subjects of the verb after the name, are an apposition
    when a possessor owns the noun (not "Another marcher, Kerry Amis - a retired nurse -").
    The noun may end in its own "of" or "for" phrase ("The chair of the inquiry, Helen
    Crane, a retired judge, said": round 21). The noun's index, or None."""
    comma = name_first - 1
    while comma > 0 and (
        t.text[comma].rstrip(".") in _COURTESY_TOKENS
        or (t.text[comma] == "." and t.text[comma - 1] in _COURTESY_TOKENS)
    ):
        comma -= 1  # ("The chair of the inquiry, Dame Helen Crane,": the style of address)
    if comma < 1 or t.dep[root] != "nsubj" or t.text[comma] != "," or t.head[root] <= root:
        return None
    noun = comma - 1
    if (
        t.pos[noun] == "NOUN"
        and t.dep[noun] == "nsubj"
        and t.head[noun] == t.head[root]
        and any(t.dep[c] == "poss" for c in t.children[noun])
    ):
        return noun
    for noun in range(max(0, comma - 8), comma - 2):
        if (
            t.pos[noun] == "NOUN"
            and t.dep[noun] == "nsubj"
            and t.head[noun] == t.head[root]
            and t.lower[noun + 1] in ("of", "for")
            and t.head[noun + 1] == noun
            and t.sent[noun] == t.sent[root]
            and all(hangs_within(t.head, i, noun, arcs=8) for i in range(noun + 1, comma))
        ):
            return noun
    return None


def _apposition_read_as_conj(t: ParsedTokens, root: int, name_first: int, name_last: int) -> bool:
    """ "spoke to the US Secretary of State, Rebecca Lyle, who ...": a name set off by
    commas after a singular noun, which the parser joins to it as a list's member though
    no list goes on ("and", a member after it)."""
    head = t.head[root]
    return (
        t.dep[root] == "conj"
        and t.tag[head] in ("NN", "NNP")
        and t.text[name_first - 1] == ","
        and name_last < len(t.text)
        and t.text[name_last] == ","
        and not any(t.dep[c] in ("cc", "conj") for c in t.children[root])
        and not any(t.dep[c] == "cc" for c in t.children[head])
    )


def _post_over_remit(t: ParsedTokens, head: int) -> int | None:
    """The role noun that a plural noun of things after "of" or "for" hangs on ("the
    chief inspector of mines", "the minister for schools"), where the parser set the name
    in apposition to the remit; never a noun of people ("the mother of the boys")."""
    preposition = t.head[head]
    if (
        t.dep[head] != "pobj"
        or t.tag[head] != "NNS"
        or t.lower[preposition] not in ("of", "for")
        or t.lemma[head] in ROLE_NOUNS
        or t.lemma[head] in PERSON_NOUNS
        or t.lemma[head] in BARE_PERSON_NOUNS
    ):
        return None
    post = t.head[preposition]
    if post >= preposition or t.pos[post] != "NOUN" or t.lemma[post] not in ROLE_NOUNS:
        return None
    return post


def _described_before(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "the assistant coroner for South Yorkshire, Ann Lee, said", "Its chair, Sir Ann
    Lee, said": the name in apposition to a description set before it (the phrase from
    its first word to the comma before the name, without a possessive pronoun)."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    subject = _apposition_read_as_subjects(t, root, name_first)
    if subject is not None:
        head = subject  # "The club's physio, Mel Grant, who ran ..., said"
    elif (
        head >= name_first
        or head == root
        or (t.dep[root] != "appos" and not _apposition_read_as_conj(t, root, name_first, name_last))
    ):
        return None
    for _ in range(3):
        # "the coroner for South Yorkshire, Ann Lee": the parser may hang the name on the
        # place that ends the description; the description's noun is further up.
        # (An office's initials are a proper noun to the tagger: "The MP for Wells, ...".)
        # ("The Dean of Kestwick, ...": an office written as a title is a proper noun.)
        if (
            t.pos[head] == "NOUN"
            or t.lower[head] in _OFFICE_NOUNS
            or t.head[head] == head
            or _office_of_a_place(t, head)
        ):
            break
        head = t.head[head]
    if (
        not (t.pos[head] == "NOUN" or t.lower[head] in _OFFICE_NOUNS or _office_of_a_place(t, head))
        or head >= name_first
    ):
        return None
    post = _post_over_remit(t, head)
    if post is not None:
        head = post  # "the chief inspector of mines, Ann Lee": the inspector, not the mines
    before = name_first - 1
    while before > head and (
        t.text[before].rstrip(".") in _COURTESY_TOKENS
        # ("The member for Eastvale, Hon. Grace Mutua": the style's stop, a token apart)
        or (t.text[before] == "." and t.text[before - 1] in _COURTESY_TOKENS)
        # "The Dean of Kirkby, the Very Rev Tom Fenn": the article of the words of address
        or (t.lower[before] == "the" and t.text[before + 1].rstrip(".") in _COURTESY_TOKENS)
        or _rank_written(t, before)  # "His commanding officer, Lt Col Ann Lee"
        # "The rail regulator, the Office of Rail and Road, ...": a body's article
        or (t.lower[before] == "the" and before - 1 > head and t.text[before - 1] == ",")
    ):
        before -= 1  # "Its chair, Sir Ann Lee"
    if before <= head or t.text[before] != ",":
        kin = next((c for c in t.children[head] if t.dep[c] == "poss"), None)
        if head == name_first - 1 and t.lemma[head] in KIN_NOUNS and kin == head - 1:
            # "His father Steve watched": the kin, set off by no comma; whose, the
            # pronoun's (_owner_named).
            return f"{t.text[kin]} {t.text[head]}"
        between = range(head + 1, name_first)
        if (
            any(t.dep[i] == "cc" for i in between)
            and t.pos[name_first - 1] == "NOUN"
            and all(
                t.text[i][:1].islower() and t.dep[i] in ("cc", "conj", "amod", "compound")
                for i in between
            )
        ):
            # "The guitarist and bandleader Kofi Mensah": callings joined before the
            # name with no comma, the name in apposition to the first.
            words = text[t.start[min([head, *t.children[head]])] : t.start[name_first]].split()
            while words and words[0].casefold() in ("the", "a", "an", *_POSSESSIVE_DETERMINERS):
                words = words[1:]
            return " ".join(words) if 1 < len(words) <= _MAX_DESCRIPTION_TOKENS else None
        return None
    if not _describes(t.text[head], _NO_WORDS) and any(
        t.pos[i] == "ADP" and t.dep[i + 1] == "poss" for i in range(head + 1, before - 1)
    ):
        # "paid tribute to her mother-in-law, Ann Lee": the parser hung the name on the
        # tribute; she is the one the possessive's noun names (the words before it).
        return None
    first, stack, seen = head, [head], 0
    while stack and seen < 4 * _MAX_DESCRIPTION_TOKENS:
        node = stack.pop()
        seen += 1
        first = min(first, node)
        stack.extend(c for c in t.children[node] if c < head)
    comma = text.rfind(",", t.start[first], t.start[name_first])
    if comma < 0 or head - first > _MAX_DESCRIPTION_TOKENS:
        return None
    words = text[t.start[first] : comma].split()
    while words and words[0].casefold() in _POSSESSIVE_DETERMINERS:
        words = words[1:]
    if len(words) > 1 and words[0].casefold() == "whose":
        # "Amara Obi, whose grandmother, Ada Obi,": the tie is to the name before "whose"
        words = _whose_owned(text, t, first, words)
    phrase = " ".join(words)
    if not phrase or len(words) > _MAX_DESCRIPTION_TOKENS or _broken(_unlisted(phrase)):
        return None
    return phrase


# "for Housing, Local Government and Heritage": an office's brief listed with commas
# and "and", each item capitalized.
_LISTED_BRIEF = re.compile(
    r"\b(?:for|of) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+ and [A-Z]"
)


def _unlisted(phrase: str) -> str:
    """The phrase with the commas of an office's listed brief left out ("The Minister
    for Housing, Local Government and Heritage"): they are no clause break."""
    return _LISTED_BRIEF.sub(lambda m: m.group().replace(",", ""), phrase)


def _whose_owned(text: str, t: ParsedTokens, whose: int, words: list[str]) -> list[str]:
    """The words of a description opening with "whose" (token `whose`), the pronoun
    read as the name before its comma ("Amara Obi, whose grandmother" -> "Amara Obi's
    grandmother"), or dropped when no name stands there."""
    owner = _name_ending_at(text, t, whose - 2) if whose >= 2 and t.text[whose - 1] == "," else None
    mark = "'" if (owner or "").endswith("s") else "'s"
    return [f"{owner}{mark}", *words[1:]] if owner else words[1:]


def _name_ending_at(text: str, t: ParsedTokens, last: int) -> str | None:
    """The proper name whose last word is token `last` ("Amara Obi" before ", whose"), at
    most four words, or None."""
    if last < 0 or t.pos[last] != "PROPN" or not t.text[last][:1].isupper():
        return None
    first = last
    while (
        first > 0
        and last - first < 3
        and t.pos[first - 1] == "PROPN"
        and t.sent[first - 1] == t.sent[last]
        and t.text[first - 1][:1].isupper()
    ):
        first -= 1
    return text[t.start[first] : t.end[last]]


def _names_whose_kin(t: ParsedTokens, whose: int) -> bool:
    """ "whose son, Tom Lee," / "whose daughter Amy": a "whose" that only brings in
    someone else by a noun and their name (no verb between)."""
    index = whose + 1
    while (
        index < len(t.text)
        and index - whose <= 4
        and t.sent[index] == t.sent[whose]
        and t.pos[index] in ("NOUN", "ADJ", "DET")
    ):
        index += 1
    if index == whose + 1 or index >= len(t.text) or t.sent[index] != t.sent[whose]:
        return False
    if t.text[index] == "," and index + 1 < len(t.text):
        index += 1
    return t.pos[index] == "PROPN" and t.text[index][:1].isupper()


def _set_before_unjoined(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "opened by the acting mayor, Councillor Ann Lee, on Friday": a noun phrase of a
    role set off by a comma right before the (titled) name, which the parser did not
    join to it; the phrase opens the sentence or follows its verb or "by" (not "Speaking
    to the doctor, Ann Lee said": the object of another preposition)."""
    before = name_first - 1
    while before > 0 and t.text[before].rstrip(".") in _COURTESY_TOKENS:
        before -= 1
    close = name_last
    if (
        before < 2
        or t.text[before] != ","
        or t.sent[before] != t.sent[name_first]
        or (close < len(t.text) and t.sent[close] == t.sent[name_first] and t.text[close] != ",")
    ):
        return None
    head = before - 1
    if t.pos[head] != "NOUN" or not t.text[head].islower() or not _noun_of_a_role(t, head):
        return None
    first = head
    while (
        first - 1 >= 0
        and t.sent[first - 1] == t.sent[head]
        and head - first < _MAX_DESCRIPTION_TOKENS
        and t.head[first - 1] == head
        and t.dep[first - 1] in ("det", "amod", "compound", "poss")
    ):
        first -= 1
    opener = first - 1
    if not (
        opener < 0
        or t.sent[opener] != t.sent[head]
        or t.lower[opener] == "by"
        or t.pos[opener] in ("VERB", "AUX")
    ):
        return None
    words = text[t.start[first] : t.end[head]].split()
    while words and words[0].casefold() in _POSSESSIVE_DETERMINERS:
        words = words[1:]
    phrase = " ".join(words)
    return phrase if phrase and not _broken(phrase) else None


def _office_of_a_place(t: ParsedTokens, head: int) -> bool:
    """ "The Dean of Kirkby", "the Bishop of Marlbury": an office the tagger reads as a
    proper noun, held of a place or a body named after it."""
    return (
        t.pos[head] == "PROPN"
        and any(t.lower[c] == "the" for c in t.children[head] if c < head)
        and any(
            t.dep[c] == "prep"
            and t.lower[c] in ("of", "for")
            and any(t.pos[g] == "PROPN" for g in t.children[c] if t.dep[g] == "pobj")
            for c in t.children[head]
            if c > head
        )
    )


def _of_body(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "said Dr Ann Lee of Wendle University", "Prof Tom Bell of the Institute of Cancer
    Research said": the body a person is "of", written right after the name, is where
    they work (a body's own name, not a hometown: "Ann Lee of Leeds")."""
    root = _root(t, name_first, name_last)
    of = name_last + 1 if name_last < len(t.text) and t.text[name_last] == "," else name_last
    if of >= len(t.text) or t.lower[of] != "of" or t.head[of] != root:
        return None
    body = next((c for c in t.children[of] if t.dep[c] == "pobj"), None)
    if body is None or t.pos[body] != "PROPN":
        return None
    last = _subtree_end(t, body)
    if of > name_last and (last + 1 >= len(t.text) or t.text[last + 1] != ","):
        return None  # "Ann Lee, of the Marlow Institute, said": set off on both sides
    words = t.text[of + 1 : last + 1]
    if len(words) > _MAX_DESCRIPTION_TOKENS or not (
        t.ent[body] == "ORG" or any(w in ORG_HEADS for w in words)
    ):
        return None
    if not all(w[:1].isupper() or w in NAME_CONNECTORS or w == "the" for w in words):
        return None
    return text[t.start[of] : t.end[last]]


def _from_body(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee, from the Kelby Care Association, said", "said Ann Lee of the charity
    Age Forward.": a body after the name, set off or closing the sentence, by its own
    name or by a noun of a body with its name, is where the person works; "Ann Lee, from
    Leeds," is a hometown (_of_body takes a body's bare name after "of")."""
    root = _root(t, name_first, name_last)
    if name_last >= len(t.text):
        return None
    at = name_last + 1 if t.text[name_last] == "," else name_last
    if at >= len(t.text) or t.lower[at] not in ("from", "of") or t.head[at] != root:
        return None
    body = next((c for c in t.children[at] if t.dep[c] == "pobj"), None)
    if body is None:
        return None
    last = _subtree_end(t, body)
    # Set off by commas, or closing its sentence ("said Ann Lee of the charity Age
    # Forward.", "said Ann Lee, from the union Unison.").
    closed = last + 1 >= len(t.text) or t.sent[last + 1] != t.sent[last]
    if not (closed or t.text[last + 1] in (",", ".")) or last - at > _MAX_DESCRIPTION_TOKENS:
        return None
    named = any(t.pos[c] == "PROPN" and t.dep[c] in ("appos", "compound") for c in t.children[body])
    if t.pos[body] == "NOUN":
        # "the charity Age Forward": a noun of a body and its name
        if t.lemma[body] not in BODY_NOUNS or not named:
            return None
    elif t.pos[body] != "PROPN" or not (
        # "of the union Unison": the noun of a body before its name
        any(t.dep[c] == "compound" and t.lemma[c] in BODY_NOUNS for c in t.children[body])
        or (t.lower[at] == "from" and (t.ent[body] == "ORG" or t.text[body] in ORG_HEADS))
    ):
        return None
    return text[t.start[at] : t.end[last]]


def _opening_description(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Its regional director for Yorkshire and the Humber, Ann Lee, said ...": a
    sentence that opens with a description of a person (a noun of an office among its
    words, no verb), then the name set off by commas, where the parse of a long
    description loses the apposition (it may join the name to a place in it). The name
    may carry its address or its party ("The vicar, the Rev Ann Lee,", "The MP for
    Wells, Labour's Ann Lee,")."""
    comma = name_first - 1
    for _ in range(5):  # back over "the Very Rev Dr" or "Labour's"
        if comma < 1 or t.text[comma] == ",":
            break
        word = t.lower[comma].rstrip(".")
        possessive = t.lower[comma] in ("'s", "’s") or (
            t.lower[comma + 1] in ("'s", "’s") and t.pos[comma] == "PROPN"
        )
        if word != "the" and word not in _COURTESY_WORDS and word != "dr" and not possessive:
            return None
        comma -= 1
    if comma < 1 or t.text[comma] != "," or name_last >= len(t.text) or t.text[name_last] != ",":
        return None
    sentence = t.sent[name_first]
    first = comma
    while (
        first - 1 >= 0 and t.sent[first - 1] == sentence and comma - first < _MAX_DESCRIPTION_TOKENS
    ):
        first -= 1
    if first > 0 and t.sent[first - 1] == sentence:
        return None  # not the sentence's opening, or longer than a description
    words = range(first, comma)
    if any(t.pos[i] in ("VERB", "AUX") or t.text[i] in (",", ";", ":") for i in words):
        return None
    if not any(
        (t.pos[i] == "NOUN" and (t.lemma[i] in _STAFF_NOUNS or t.lemma[i] in DESCRIPTION_NOUNS))
        or (t.pos[i] == "PROPN" and t.lower[i] in _STAFF_NOUNS)  # "The MP for Wells"
        for i in words
    ):
        return None
    phrase = text[t.start[first] : t.end[comma - 1]].split()
    while phrase and phrase[0].casefold() in _POSSESSIVE_DETERMINERS:
        phrase = phrase[1:]
    description = " ".join(phrase)
    return None if not phrase or _broken(description) else description


def _described_after(
    text: str,
    t: ParsedTokens,
    name_first: int,
    name_last: int,
    person: bool = True,
    past: bool = False,
) -> str | None:
    """ "Ann Lee, MP for Hatfield," (apposition), "Ann Lee, who leads the residents'
    association," (a relative clause in the present tense: what she is or does, not an
    event such as "who has denied the charges"), "Ann Lee, 67, whose house flooded,"
    (what sets her apart, after her age or not). An organization's apposition may hang
    on the last word of its name ("the Institute for the Study of War, a think tank"),
    and its relative pronoun is "which" or "that"."""
    root = _root(t, name_first, name_last)
    holders = [root] if person else list(range(name_first, name_last))
    # "Ann Lee, 67, whose ...": the clause may hang on the age.
    holders.extend(
        c
        for h in list(holders)
        for c in t.children[h]
        if c >= name_last and t.pos[c] == "NUM" and c - name_last <= 2
    )
    # A name the recognizer took for a person's but taken up by "which" ("Northvale
    # Power, which runs the grid,") is a body's, described as one.
    pronouns = ("who", "which") if person else ("which", "that")
    # What the name is or does now; with `past`, only what it did ("who called 999,",
    # "which brought the prosecution,").
    tenses = ("VBD",) if past else ("VBZ", "VBP")
    for holder in holders:
        for child in t.children[holder]:
            if child < name_last:
                continue
            if (
                t.dep[child] == "appos"
                and not past
                and (
                    t.pos[child] == "NOUN"
                    or t.lemma[child] in _STAFF_NOUNS
                    # "Ann Lee, Dean of the Medical School,": an office written as a title
                    or (t.pos[child] == "PROPN" and t.lower[child] in _OFFICE_NOUNS)
                    # "Ann Lee, one of the partners at the practice,"
                    or (
                        t.lower[child] == "one"
                        and any(t.lower[c] == "of" for c in t.children[child])
                    )
                )
            ):
                first = child
                while first > name_last and (
                    (
                        t.dep[first - 1]
                        in (
                            "det",
                            "amod",
                            "compound",
                            "poss",
                            "case",
                            "nmod",
                            "npadvmod",
                            # "the team's longest-serving player", "a very senior nurse"
                            "advmod",
                            "punct",
                        )
                        and t.text[first - 1] not in (",", "(", "“", '"', "—", "–", "-")
                    )
                    # "a 44-year-old plasterer": a hyphen inside a word sets nothing off,
                    # nor does the number glued to it.
                    or _hyphen_in_word(t, first - 1)
                    or (t.dep[first - 1] == "nummod" and _hyphen_in_word(t, first))
                ):
                    first -= 1
                if t.text[first - 1] not in (",", "(", "-", "–", "—"):
                    continue  # an apposition is set off; "the EU on May 2 extended ..." is not
                phrase = _after_name(text, t, first)
                if phrase:
                    return phrase
                continue
            if t.dep[child] != "relcl":
                continue
            whose = next(
                (i for i in range(name_last, min(child, name_last + 5)) if t.lower[i] == "whose"),
                None,
            )
            if whose is not None and person and not past:
                if _names_whose_kin(t, whose):
                    continue  # "Ann Lee, whose son, Tom Lee, died": the son's tie, not hers
                return _after_name(text, t, whose)
            if not past and _held_for_a_while(t, child, since=True):
                # "who has run the pub for 22 years", "who has chaired it since 2019":
                # what she does, for years.
                pass
            elif t.tag[child] not in tenses:
                continue
            elif any(t.dep[c] == "aux" for c in t.children[child]):
                continue  # "who has denied ...": an event, not a role
            if any(t.dep[c] == "ccomp" for c in t.children[child]):
                continue  # "which means 300 jobs are safe": a clause on the whole sentence
            subjects = [c for c in t.children[child] if t.dep[c] in _SUBJECTS]
            if subjects and t.lower[subjects[0]] in pronouns:
                # What it does now may count ("which represents about 1,200 drivers");
                # what it did with an amount is an event ("who paid back £2,000").
                return _after_name(text, t, subjects[0] + 1, numbers_inside=not past)
    return None if person or past else _which_hung_elsewhere(text, t, name_last)


def _former_office(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee, who had been head of the school until 2019,", "Ann Lee, who was chief
    executive of the bank": an office a person held once, in a past relative clause on
    their name, is their former role ("former head of the school"); so is one they left
    ("Ann Lee resigned as chair of the trust", "who was sacked as manager"); one given
    in a "who" clause ("who was elected mayor in 2020") is the office held. Only an
    office written bare or with an owner's possessive ("who was the club's captain"):
    "who was a passenger on the bus" says what she was at the time."""
    root = _root(t, name_first, name_last)
    verbs = [
        c
        for c in t.children[root]
        if c >= name_last
        and (
            t.dep[c] == "relcl"
            # "Ann Lee, sacked as manager last month,": a participle set off after the name
            or (t.dep[c] == "acl" and t.tag[c] == "VBN" and t.lemma[c] in LEAVING_OFFICE_LEMMAS)
        )
    ]
    if t.dep[root] in ("nsubj", "nsubjpass") and t.head[root] > root:
        verbs.append(t.head[root])  # "Ann Lee resigned as chair"
    for verb in verbs:
        helpers = [t.lower[c] for c in t.children[verb] if t.dep[c] in ("aux", "auxpass", "neg")]
        subjects = [c for c in t.children[verb] if t.dep[c] in _SUBJECTS]
        own = t.dep[verb] != "relcl" or (subjects and t.lower[subjects[0]] == "who")
        if not own:
            continue
        if own and subjects and t.dep[verb] == "relcl" and t.lemma[verb] in APPOINTING_VERBS:
            # "Ann Lee, who was elected district attorney in 2020,": the office she holds.
            office_given = _office_given(text, t, subjects[0])
            if office_given:
                return office_given
            continue
        if t.lemma[verb] in ("be", "serve") and t.dep[verb] == "relcl":
            # "who was head of ...", "who served as treasurer" (not "who has served as")
            past = (t.tag[verb] == "VBD" and not helpers) or (
                t.tag[verb] == "VBN" and helpers == ["had"]
            )
            office = (
                _office_as(t, verb)
                if t.lemma[verb] == "serve"
                else next((c for c in t.children[verb] if c > verb and t.dep[c] == "attr"), None)
            )
        elif t.lemma[verb] in LEAVING_OFFICE_LEMMAS:
            past = (
                (t.tag[verb] == "VBD" and not helpers)
                or (
                    t.tag[verb] == "VBN"
                    and bool(helpers)
                    and all(h in _PAST_HELPERS for h in helpers)
                )
                or (t.dep[verb] == "acl" and not helpers)
            )
            # "who is stepping down as chair", "who will retire as head": an office she
            # holds until she goes.
            leaving = not past and (
                (t.tag[verb] == "VBG" and helpers in (["is"], ["are"]))
                or (t.tag[verb] == "VB" and helpers == ["will"])
            )
            if t.lemma[verb] in ("step", "stand") and not any(
                t.dep[c] in ("prt", "advmod") and t.lower[c] == "down" for c in t.children[verb]
            ):
                continue
            office = _office_as(t, verb)
            if leaving and office is not None:
                role = _former_role(text, t, office, verb, articled=True, held="outgoing")
                if role:
                    return role
        else:
            continue
        if not past or office is None:
            continue
        # "retired as a nurse" is a role; "who was a passenger" what she was at the time.
        role = _former_role(text, t, office, verb, articled=t.lemma[verb] != "be")
        if role:
            return role
    return None


def _office_as(t: ParsedTokens, verb: int) -> int | None:
    """The noun after the "as" of a verb ("resigned as chair", "served as treasurer")."""
    as_ = next(
        (c for c in t.children[verb] if c > verb and t.dep[c] == "prep" and t.lower[c] == "as"),
        None,
    )
    return None if as_ is None else next((c for c in t.children[as_] if t.dep[c] == "pobj"), None)


# Helpers of a past tense that says an office was left: "has resigned", "had quit", "was
# sacked", "had been removed".
_PAST_HELPERS = frozenset({"has", "have", "had", "was", "were", "been"})


def _former_role(
    text: str,
    t: ParsedTokens,
    office: int,
    floor: int,
    articled: bool = False,
    held: str = "former",
) -> str | None:
    """ "former head of the school", "the club's former captain": the office a person
    held, noun `office` (a noun of a role, with no article unless `articled` allows
    "a" or "an"), as their former role (or, with `held`, "outgoing", the one they are
    leaving)."""
    if t.pos[office] != "NOUN" or not _noun_of_a_role(t, office):
        return None
    if any(
        t.dep[c] == "det" and not (articled and t.lower[c] in ("a", "an"))
        for c in t.children[office]
    ):
        return None
    # "captain for a decade", "chair until 2019": how long, not which office.
    span = next(
        (
            c
            for c in t.children[office]
            if c > office
            and t.dep[c] == "prep"
            and any(t.lemma[g] in CAREER_SPANS or t.ent[g] == "DATE" for g in t.children[c])
        ),
        len(t.text),
    )
    pared = _pared_role(text, t, office, floor, span)
    if pared is None:
        return None
    # A title held bare keeps every word of it ("chief financial officer"), and the body
    # the parser hung on the verb ("who was chief financial officer at Lintel Corp").
    left = office
    while left - 1 > floor and t.dep[left - 1] in ("amod", "compound"):
        left -= 1
    first_word = next(k for k in range(left, office + 1) if text.startswith(pared, t.start[k]))
    end = t.start[first_word] + len(pared)
    after = next((k for k in range(office + 1, len(t.text)) if t.start[k] >= end), None)
    if (
        after is not None
        and t.head[after] == floor
        and t.dep[after] == "prep"
        and t.lower[after] in ("at", "of", "for", "with")
        and not any(t.lemma[g] in CAREER_SPANS or t.ent[g] == "DATE" for g in t.children[after])
    ):
        end = t.end[_subtree_end(t, after)]
    role = text[t.start[left] : end]
    if _broken(role) or len(role.split()) > _MAX_DESCRIPTION_TOKENS:
        return None
    if role.split()[0].casefold() in ROLE_QUALIFIERS:
        return role
    owner = next((c for c in t.children[office] if t.dep[c] == "poss" and c > floor), None)
    if owner is None:
        return f"{held} {role}"
    first = owner
    while first - 1 > floor and t.head[first - 1] == owner:
        first -= 1  # "the club's"
    return f"{text[t.start[first] : t.end[_subtree_end(t, owner)]]} {held} {role}"


def _which_hung_elsewhere(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "data from the Joint Exam Council (JEC), which represents the exam boards.": a
    "which" clause set right after a body's name (and the letters it goes by), that the
    parser hung on the sentence's verb instead; in the present tense, with no auxiliary,
    it says what the body is or does."""
    after = name_last
    if after + 2 < len(t.text) and t.text[after] == "(" and t.text[after + 2] == ")":
        after += 3  # "(JEC)"
    if not (
        after + 2 < len(t.text)
        and t.text[after] == ","
        and t.lower[after + 1] == "which"
        and t.dep[after + 1] in _SUBJECTS
        and t.sent[after + 1] == t.sent[name_last - 1]
    ):
        return None
    verb = t.head[after + 1]
    if (
        t.dep[verb] not in ("relcl", "advcl", "conj", "ccomp")
        or t.tag[verb] not in ("VBZ", "VBP")
        # "..., which means jobs are safe": a clause on the whole sentence.
        or any(t.dep[c] in ("aux", "ccomp") for c in t.children[verb])
    ):
        return None
    return _after_name(text, t, after + 2, numbers_inside=True)


# The kinds of actor a possessive pronoun can stand for.
_OWNER_KINDS = {
    "its": ("organization", "group"),
    "their": ("organization", "group"),
}
_OWNER_PRONOUNS = frozenset({*_OWNER_KINDS, "his", "her"})
_OWNER_REACH = 3  # sentences back to the subject a possessive pronoun stands for


def _owners(
    name: str,
    sentence: int,
    subject_in: Mapping[int, str],
    kind_of: Mapping[str, str],
    people_in: Mapping[int, set[str]],
) -> dict[str, str]:
    """What each possessive pronoun in a role of the actor first named in `sentence`
    stands for: the subject of the nearest sentence before that has an actor as its
    subject, when that actor is of a kind the pronoun can stand for ("Tollan Foods lost
    £40m. Its chief executive, Priya Marsh, said": "its" is Tollan Foods). "His" and
    "her" stand for a person only when the sentence just before has that person as its
    subject and names no other ("Ryan Maddox scored twice. His father Steve watched"):
    their gender is not in the parse, and further back the person they stand for is
    often someone else ("Jailing her, Judge Ann Lee said ... Her barrister said")."""
    for back in range(1, _OWNER_REACH + 1):
        owner = subject_in.get(sentence - back)
        if owner is None:
            continue
        if owner == name:
            return {}
        owned = {
            pronoun: owner for pronoun, kinds in _OWNER_KINDS.items() if kind_of.get(owner) in kinds
        }
        if (
            back == 1
            and kind_of.get(owner) == "person"
            and all(_one_name_of(n, owner) for n in people_in.get(sentence - 1, ()))
        ):
            owned.update({"his": owner, "her": owner})
        return owned
    return {}


def _joined_owner(
    t: ParsedTokens, name_first: int, person_at: Mapping[int, str], name: str
) -> str | None:
    """ "Ben Ward and his wife, Claire Ward,", "manager Lee Dunne and his No 2, Gavin
    Reilly,", "their manager, Lee Dunne, and his No 2": "his" or "her" right after an
    "and" that follows another person's name (and the comma closing it), in the few
    words before this name, stands for that person."""
    for i in range(name_first - 1, max(1, name_first - 7), -1):
        if t.lower[i] in ("his", "her"):
            # ("their manager, Ann Lee, and her No 2": a comma may close the name)
            named = i - 3 if i >= 3 and t.text[i - 2] == "," else i - 2
            owner = person_at.get(named) if t.lower[i - 1] in ("and", "&") else None
            return owner if owner != name else None
        if t.sent[i] != t.sent[name_first]:
            return None
    return None


def _one_name_of(name: str, other: str) -> bool:
    """ "Maureen Stott" and "Pensioner Maureen Stott", before their records merge: one
    person's name within the other's."""
    words, other_words = set(name.split()), set(other.split())
    return words <= other_words or other_words <= words


def _owner_named(role: str, owners: dict[str, str]) -> str:
    """ "Its chief executive" -> "Tollan Foods' chief executive": a role that opens with
    a possessive pronoun names the body it stands for (_owners), when known."""
    first, _, rest = role.partition(" ")
    owner = owners.get(first.casefold())
    if not rest:
        return role
    if owner is None:
        # "Its chair", "His lawyer" with no one to name: out of its sentence the
        # pronoun names nobody, and the office or the tie alone reads better.
        return rest if first.casefold() in _OWNER_PRONOUNS else role
    mark = "'" if owner.endswith("s") else "'s"
    return f"{owner}{mark} {rest}"


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
    if not word[:1].islower() or (
        t.tag[index] not in ("NN", "NNP")
        and not _in_pair(t, index)
        and not (remit and t.tag[index] == "NNS")
    ):
        return None
    if (
        person
        and not _describes(word, _NO_WORDS)
        and t.lemma[index] not in ORG_KIND_NOUNS  # a body the rules took for a person
        and not remit
    ):
        # A person is described by a noun of people ("winger", "paramedic", "member for
        # housing"); "the squad Ann Lee coaches" is no description of her.
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


def _apposed_words(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "the Institute for Policy Study, a Washington-based think tank, said" where the
    parser hangs the apposition elsewhere: from the tokens, a comma, "a"/"an", then a
    noun phrase (a common noun, no finite verb) closed by a comma."""
    if name_last + 2 >= len(t.sent) or t.text[name_last] != ",":
        return None
    if t.lower[name_last + 1] not in ("a", "an"):
        return None
    sentence = t.sent[name_last]
    index, noun = name_last + 2, False
    while index < len(t.sent) and t.sent[index] == sentence and t.text[index] != ",":
        if t.tag[index] in ("VBD", "VBZ", "VBP", "MD") or index - name_last > 2 * 6:
            return None
        noun = noun or (t.pos[index] == "NOUN" and t.text[index][:1].islower())
        index += 1
    if not noun or index >= len(t.sent) or t.text[index] != ",":
        return None
    return _after_name(text, t, name_last + 1)


def _ranked(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "Ann Lee, ranked 212th in the world, reached the final", "Ann Lee, seeded third,
    lost": a participle of ranking set off by commas after the name (from the tokens:
    the parser often makes it the sentence's verb)."""
    at = name_last + 1
    if at + 1 >= len(t.text) or t.text[name_last] != "," or t.sent[at] != t.sent[name_last]:
        return None
    if t.lemma[at] not in RANKING_LEMMAS or t.tag[at] not in ("VBN", "VBD"):
        return None
    end = at + 1
    while end < len(t.text) and t.sent[end] == t.sent[at] and t.text[end] != ",":
        end += 1
    if end >= len(t.text) or t.text[end] != "," or end - at > _MAX_DESCRIPTION_TOKENS:
        return None  # closed by a comma, or it is the sentence's own verb
    return _after_name(text, t, at)


def _kind_after(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "the Wagner private military company": an organization's name modifying a noun
    of its kind, the words from the name to that noun."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    if t.dep[root] not in ("compound", "amod", "nmod") or not name_last <= head <= name_last + 4:
        return None
    if t.lemma[head] not in ORG_KIND_NOUNS or not t.text[head][:1].islower():
        return None
    if any(
        not t.text[i][:1].islower() or t.pos[i] not in ("ADJ", "NOUN")
        for i in range(name_last, head)
    ):
        return None
    return text[t.start[name_last] : t.end[head]]


def _place_described(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """What kind of place a name is, when the article says so: "the nearby town of
    Soledar" (the noun and its modifiers before "of"), "Siversk, a city further north,"
    (an apposition headed by a noun of place)."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    if t.dep[root] == "pobj" and t.lower[head] == "of" and head == name_first - 1:
        noun = t.head[head]
        if noun == head - 1 and t.lemma[noun] in PLACE_KIND_NOUNS and t.text[noun].islower():
            first = noun
            while (
                first - 1 >= 0
                and t.dep[first - 1] in ("amod", "compound")
                and t.text[first - 1][:1].islower()
            ):
                first -= 1
            return text[t.start[first] : t.end[noun]]
    for child in t.children[root]:
        if (
            child > root
            and t.dep[child] == "appos"
            and t.lemma[child] in PLACE_KIND_NOUNS
            and t.text[name_last] == ","
        ):
            last = child
            while (
                last + 1 < len(t.sent)
                and t.head[last + 1] == child
                and t.dep[last + 1]
                in (
                    "amod",
                    "advmod",
                    "prep",
                )
            ):
                last += 1  # "a city further north"
            first = name_last + 1
            if t.lower[first] in _DETERMINERS:
                first += 1
            phrase = text[t.start[first] : t.end[last]]
            if 0 < last - first < _MAX_DESCRIPTION_TOKENS and not _broken(phrase):
                return phrase
    return None


_INTRODUCING_PARTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _post_of_named_body(t: ParsedTokens, det: int, head: int) -> bool:
    """ "The chair of Northfield Hospitals NHS Trust has resigned": a post held of a body
    the lead names, written with "the", introduces its holder as "a" noun would."""
    return t.lower[det] == "the" and any(
        t.dep[c] == "prep"
        and t.lower[c] == "of"
        and any(t.dep[g] == "pobj" and t.pos[g] == "PROPN" for g in t.children[c])
        for c in t.children[head]
        if c == head + 1
    )


def _introduced_before(
    text: str,
    t: ParsedTokens,
    sentence: int,
    sentence_first: dict[int, int],
    first_person: dict[int, int],
    *,
    first_time: bool = True,
) -> str | None:
    """The role of a person a news lead describes before it names them: "A retired miner
    with dementia died ... \n\n Ann Lee, 84, was found ..." gives the first person named
    in a sentence the description of the unnamed person (a singular noun of people after
    "a"/"an", subject or object of its clause, or what tributes are paid to) in the
    sentence just before, when that sentence names no person itself. The description is
    pared to its role: the nouns before the head, the adjectives of a role ("former",
    "retired") and the first phrase after it ("with dementia"), not a verdict
    ("heartbroken") or an age."""
    before = sentence - 1
    start, end = sentence_first.get(before), sentence_first.get(sentence)
    if start is None or end is None or before in first_person:
        return None
    unnamed: list[tuple[int, int]] = []
    # (One named before, "Dan Whitby has worked there since 1990", is not the post's.)
    speaker = first_person.get(sentence) if first_time else None
    for det in range(start, end):
        head = t.head[det]
        if t.dep[det] not in ("det", "poss") or not det < head < end:
            continue
        # "a retired miner", "the chair of Apex"; "Its chief executive" only for a speaker.
        plain = t.lower[det] in ("a", "an") and t.dep[det] == "det"
        if not (
            plain
            or _post_of_named_body(t, det, head)
            or (_post_of_its_body(t, det, head) and _goes_on_speaking(t, speaker))
        ):
            continue
        introduces = t.dep[head] in _INTRODUCING_PARTS or (
            # "Tributes have been paid to a much-loved baker"
            t.dep[head] == "pobj" and t.lower[t.head[head]] in ("to", "for")
        )
        if (
            introduces
            and t.tag[head] == "NN"
            and (t.lemma[head] in BARE_PERSON_NOUNS or _noun_of_a_role(t, head))
        ):
            unnamed.append((det, head))
    # "A teenager has been charged after a nurse was stabbed": two unnamed people, and
    # which one the next sentence names is the story's to tell, not the order's; unless
    # the court deals with one of them and with the person named next ("A quarry manager
    # has been found guilty after a worker was killed ... Ann Lee, 51, was convicted").
    if len(unnamed) > 1:
        named = first_person.get(sentence)
        while named is not None and t.dep[named] == "compound" and t.head[named] > named:
            named = t.head[named]
        in_dock = [u for u in unnamed if _in_the_dock(t, u[1])]
        dealt_with = named is not None and (_in_the_dock(t, named) or _pleads(t, named))
        if dealt_with and len(in_dock) == 1:
            unnamed = in_dock
    if len(unnamed) != 1 or not _noun_of_a_role(t, unnamed[0][1]):
        return None
    det, head = unnamed[0]
    verb = t.head[head]
    if t.lemma[head] in SPOKESPERSON_NOUNS or (
        t.dep[head] == "nsubj"
        and t.lower[verb] in SPEECH_VERBS
        and not any(t.dep[c] == "aux" for c in t.children[verb])
        and not _post_speaks_on(t, det, head, speaker)
        and not _tells_own_story(t, verb, speaker)
    ):
        # "A spokesman for the council said ...", "A neighbour told the Echo ...": an
        # unnamed source speaks as itself; the person named next is someone else. ("A
        # grandmother has told how ...": a lead's perfect tells the story of its subject.)
        return None
    return _pared_role(text, t, head, det, end)


def _post_of_its_body(t: ParsedTokens, det: int, head: int) -> bool:
    """ "Its chief executive", "The club's chairman", "The council leader", "Harlow Foods'
    chief executive": the one post of a body, through a pronoun, a noun of bodies or the
    name the recognizer reads as a body's."""
    if t.lower[det] == "its" and t.dep[det] == "poss":
        return True
    if t.dep[det] == "poss":
        owner = det  # "The club's chairman": the body noun owns the post
    elif t.lower[det] == "the":
        owner = next((c for c in t.children[head] if t.dep[c] == "compound" and c > det), -1)
    else:
        return False
    if owner >= 0 and t.dep[det] == "poss" and t.pos[owner] == "PROPN":
        # "Pellow Brewing's chief executive"; "Harlow Foods' chief executive", "Calmac's
        # managing director" the recognizer leaves unlabelled (no given name: not
        # "Ann's father").
        return t.ent[owner] == "ORG" or (
            t.ent[owner] == "" and fold(t.text[owner]) not in GIVEN_NAMES
        )
    return (
        owner >= 0
        and t.pos[owner] == "NOUN"
        and t.lemma[owner].casefold() in _HEADED_NOUNS
        and (t.dep[det] == "det" or any(t.lower[c] == "the" for c in t.children[owner]))
    )


def _goes_on_speaking(t: ParsedTokens, named: int | None) -> bool:
    """Is the person named first in a sentence (token `named`) its one speaker, with no
    words before the name that describe her ("the union's Ann Lee") and nobody beside her
    ("Ann Lee and her husband said")?"""
    if named is None:
        return False
    if named > 0 and t.sent[named - 1] == t.sent[named] and t.pos[named - 1] != "PUNCT":
        return False
    while t.dep[named] == "compound" and t.head[named] > named:
        named = t.head[named]
    verb = t.head[named]
    return (
        t.dep[named] == "nsubj"
        and verb != named
        and t.lower[verb] in SPEECH_VERBS
        and not any(t.dep[c] == "conj" for c in t.children[named])
    )


def _post_speaks_on(t: ParsedTokens, det: int, head: int, named: int | None) -> bool:
    """ "The chief executive of Apex said the plant would close. Speaking in Leeds, Ann
    Lee said ...": the one holder of a post of a named body ("the", not "a") speaks, and
    the person the next sentence names first goes on speaking, as its subject; she is
    the holder; not one whom words before the name describe ("the union's Ann Lee"),
    nor "A neighbour said ... Ann Lee said": one of many speaks as itself."""
    return (
        _post_of_named_body(t, det, head) or _post_of_its_body(t, det, head)
    ) and _goes_on_speaking(t, named)


def _tells_own_story(t: ParsedTokens, verb: int, named: int | None) -> bool:
    """ "A farmer says he lost 40 ewes to dogs. Huw Pritchard said ...": a lead in the
    present ("says") whose unnamed subject tells what happened to "he" or "she", and the
    person the next sentence names first goes on speaking: the story is the speaker's
    own, so she is the one named (not "A neighbour said she heard screams": the past
    tense of a witness)."""
    return (
        t.tag[verb] == "VBZ"
        and any(
            t.dep[c] == "ccomp"
            and any(t.dep[s] == "nsubj" and t.lower[s] in ("he", "she") for s in t.children[c])
            for c in t.children[verb]
        )
        and _goes_on_speaking(t, named)
    )


def _noun_of_a_role(t: ParsedTokens, noun: int) -> bool:
    """A noun of people that says more than "man" or "woman" ("miner", "postman",
    "bride")."""
    return t.lemma[noun] not in BARE_PERSON_NOUNS and (
        _describes(t.text[noun], _NO_WORDS)
        # "postman", "chairwoman": a compound of a bare noun of people.
        or t.lemma[noun].endswith(PERSON_COMPOUND_ENDINGS)
    )


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
            if post is None or not _role_noun(t.text[post]):
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


def _named_as(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "The teacher, named as Ann Lee, was taken to hospital", "The victim, who has been
    named locally as Ann Lee,": the noun the naming verb hangs on is her role."""
    root = _root(t, name_first, name_last)
    preposition = t.head[root]
    if t.dep[root] != "pobj" or t.lower[preposition] != "as":
        # "named locally as Ann Lee, died": the parser may take "as" for a conjunction
        # and the name for the next verb's subject; the words still say it.
        preposition = name_first - 1
        if preposition < 2 or t.lower[preposition] != "as":
            return None
        # (after an adverb or the naming's agent: "named locally as", "named by police as")
        verb = next(
            (
                i
                for i in range(preposition - 1, max(0, preposition - 4), -1)
                if t.lemma[i] in NAMING_VERBS
            ),
            preposition - 1,
        )
        if any(
            t.pos[i] not in ("ADV", "ADP", "NOUN", "PROPN") for i in range(verb + 1, preposition)
        ):
            return None
    else:
        verb = t.head[preposition]
    if t.lemma[verb] not in NAMING_VERBS or t.dep[verb] not in ("acl", "relcl"):
        return None
    noun = t.head[verb]
    if not noun < verb or t.pos[noun] != "NOUN" or not _noun_of_a_role(t, noun):
        return None
    return _pared_role(text, t, noun, noun - 4, verb)


_COUNSEL_FOR = re.compile(
    r"(?:\s+(?P<letters>[A-Z]{2}))?\s*,\s+(?P<verb>for|representing)\s+"
    r"(?P<client>(?:the\s+)?[\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,3}?)\s*,"
)


def _counsel_for(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "Ann Lee KC, for the defence,", "Ann Lee KC, for Hartley,", "Ann Lee, representing
    the family,": the side or the client a phrase set off after a lawyer's name gives.
    A client named without the side words is a lawyer's only after letters that say
    she is one ("Tom Bell, for Rovers," in a match report is a player)."""
    found = _COUNSEL_FOR.match(text, t.end[name_last - 1])
    if found is None:
        return None
    client = found.group("client")
    side = COUNSEL_SIDES.get(client.casefold())
    if side:
        return side
    letters = found.group("letters")
    if letters is None and t.text[name_last - 1] in COUNSEL_LETTERS:
        letters = t.text[name_last - 1]  # (the letters taken into the name's span)
    if letters is not None and letters not in COUNSEL_LETTERS:
        return None
    if letters is None and found.group("verb") != "representing":
        return None
    return f"{'barrister' if letters else 'lawyer'} {found.group('verb')} {client}"


def _court_side(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Defending, Ann Lee said ...", "Prosecuting, Ann Lee told the court", "In
    mitigation, Ann Lee said", "Ann Lee, defending, said": the side a court report's
    participle (or phrase) set off next to the name gives the lawyer."""
    after = name_last + 1
    if (
        after + 1 < len(t.text)
        and t.text[name_last] == ","
        and t.text[after + 1] == ","
        and t.lower[after] in COURT_SIDES
    ):
        return COURT_SIDES[t.lower[after]]
    opening = name_first - 2
    if opening < 0 or t.text[name_first - 1] != ",":
        return None
    # "Defending Ann Lee, Tom Bell said": the participle names the client.
    client = opening
    while client > 0 and name_first - client <= 6 and t.pos[client] in ("PROPN", "PUNCT"):
        client -= 1
    if (
        client < opening
        and t.pos[opening] == "PROPN"
        and COURT_SIDES.get(t.lower[client]) == DEFENCE_SIDE
        and (client == 0 or t.sent[client - 1] != t.sent[client])
    ):
        return f"{DEFENCE_SIDE} for {text[t.start[client + 1] : t.end[opening]]}"
    if opening > 0 and t.lower[opening - 1] == "in":
        opening -= 1  # "In mitigation, Ann Lee said"
        side = COURT_SIDES.get(t.lower[opening + 1])
    else:
        side = COURT_SIDES.get(t.lower[opening])
    if opening > 0 and t.sent[opening - 1] == t.sent[opening]:
        return None
    return side


def _scorer(t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee scored twice", "Ann Lee's 23rd-minute strike", "goals from Lee and
    Bell": a scorer."""
    root = _root(t, name_first, name_last)
    while t.dep[root] == "conj" and t.head[root] != root:
        root = t.head[root]
    head = t.head[root]
    if t.dep[root] == "nsubj" and t.lemma[head] == "score":
        return None if any(t.dep[c] == "neg" for c in t.children[head]) else "scorer"
    if t.dep[root] == "poss" and t.lower[head] in GOAL_NOUNS:
        return "scorer"
    if (
        t.dep[root] == "pobj"
        and t.lower[head] in ("from", "by")
        and t.lower[t.head[head]] in GOAL_NOUNS
    ):
        return "scorer"
    return None


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


def _copular(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee is the club's captain", "Ann Lee, 40, is one of three doctors ...": what
    the sentence says the name is (a noun after "is"/"was"; never a negation), or the
    office it was given ("Ann Lee was appointed chair of the trust in 2019", "became
    chief executive")."""
    root = _root(t, name_first, name_last)
    if (
        t.dep[root] == "appos"
        and t.head[root] < root
        and t.dep[t.head[root]] == "nsubj"
        and t.lemma[t.head[root]] in BARE_PERSON_NOUNS
    ):
        # "The woman, Ann Lee, is the mother of a nurse": the name stands beside a bare
        # noun of people, and what the sentence says that subject is says it of her.
        root = t.head[root]
    verb = t.head[root]
    office = _office_given(text, t, root)
    if office:
        return office
    if t.dep[root] != "nsubj" or verb == root or t.lemma[verb] != "be" or verb < root:
        return None
    auxiliaries = [c for c in t.children[verb] if t.dep[c] == "aux"]
    # "Ann Lee has been the trust's medical director since 2019": an office still held.
    held = t.tag[verb] == "VBN" and [t.lower[c] for c in auxiliaries] in (["has"], ["have"])
    if (t.tag[verb] not in ("VBZ", "VBD") and not held) or any(
        t.dep[c] == "neg" or (t.dep[c] == "aux" and not held) for c in t.children[verb]
    ):
        return None
    attrs = [c for c in t.children[verb] if t.dep[c] == "attr" and c > verb]
    if not attrs:
        return None
    attr = attrs[0]
    if not (
        t.pos[attr] == "NOUN"
        or (t.lower[attr] == "one" and any(t.lower[c] == "of" for c in t.children[attr]))
    ):
        return None
    first = attr
    while first - 1 > verb and t.dep[first - 1] in (
        "det",
        "amod",
        "compound",
        "poss",
        "case",
        "nummod",
        "advmod",
        "punct",
    ):
        first -= 1
    if t.text[first] in (",", "-", "–", "—"):
        return None
    return _after_name(text, t, first, cut=True)


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


def _stays_on_as(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee will stay on as an adviser to the board", "Ann Lee remains as honorary
    president", "Ann Lee replaces Tom Bell as head of the unit": the post the subject
    keeps or takes, pared to its role."""
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    if t.dep[root] != "nsubj" or verb == root:
        return None
    if t.lemma[verb] == "be":
        # "Ann Lee is to take over as principal": the verb "to" opens after "is" (round 24)
        verb = next(
            (
                c
                for c in t.children[verb]
                if t.dep[c] == "xcomp" and any(t.lower[a] == "to" for a in t.children[c])
            ),
            verb,
        )
    if t.lemma[verb] not in POST_AS_LEMMAS and not any(
        t.lower[c] in POST_AS_PHRASAL_VERBS.get(t.lemma[verb], ())
        # ("takes charge as head coach": the bare object right after the verb)
        and t.dep[c] in ("prt", "advmod", "dobj")
        and c == verb + 1
        for c in t.children[verb]
    ):
        # ("took over as manager", "stepped in as interim chief executive")
        return None
    preposition = next(
        (c for c in t.children[verb] if c > verb and t.dep[c] == "prep" and t.lower[c] == "as"),
        None,
    )
    if preposition is None:
        return None
    post = next((c for c in t.children[preposition] if t.dep[c] == "pobj"), None)
    if (
        post is None
        or not (
            (t.pos[post] == "NOUN" and _noun_of_a_role(t, post))
            # "takes charge as the new Chief Judge of the state": a post in capitals whose
            # head is a noun of a post (round 23)
            or (t.pos[post] == "PROPN" and t.text[post][:1].isupper() and _role_noun(t.text[post]))
        )
    ):
        return None
    return _pared_role(text, t, post, preposition, _subtree_end(t, post) + 1)


def _speaks_as(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee spoke as convenor of the branch", "Speaking as chairman of the trust, Ann
    Lee said", "Ann Lee, who spoke as president of the society,", "Ann Lee gave evidence
    as director of operations": the capacity a person speaks in, named after an "as" on
    a verb of speaking (or on its object), is their role, without the verb. An
    apposition on the name says what she is first; "spoke as rain fell" names none."""
    root = _root(t, name_first, name_last)
    if any(t.dep[c] == "appos" for c in t.children[root]):
        return None
    verbs = [
        c
        for c in t.children[root]
        if c >= name_last
        and t.dep[c] == "relcl"
        and any(t.dep[g] in _SUBJECTS and t.lower[g] == "who" for g in t.children[c])
    ]
    # "Ann Lee, speaking for the residents' group, said"
    verbs.extend(
        c for c in t.children[root] if c > root and t.dep[c] == "acl" and t.tag[c] == "VBG"
    )
    if t.dep[root] in _SUBJECTS and t.head[root] != root:
        verb = t.head[root]
        verbs.append(verb)
        # "Speaking as chairman of the trust, Ann Lee said": a participle of her verb
        # with no subject of its own.
        verbs.extend(
            c
            for c in t.children[verb]
            if t.dep[c] == "advcl"
            and t.tag[c] == "VBG"
            and not any(t.dep[g] in _SUBJECTS for g in t.children[c])
        )
    for verb in verbs:
        # "Ann Lee, in her role as league secretary, wrote": the capacity named by "in
        # her role as" on any verb of hers.
        capacity = next(
            (
                g
                for c in t.children[verb]
                if t.dep[c] == "prep" and t.lower[c] == "in"
                for g in t.children[c]
                if t.dep[g] == "pobj"
                and t.lower[g] in CAPACITY_NOUNS
                and any(t.dep[p] == "poss" for p in t.children[g])
            ),
            None,
        )
        if capacity is None and verb == t.head[root] and t.dep[root] in _SUBJECTS:
            # "As head of the inquiry, Ann Lee will decide": a post with no article
            # opening the clause (not "As a teenager, Ann Lee ...").
            opening = next(
                (
                    c
                    for c in t.children[verb]
                    if c < name_first and t.dep[c] == "prep" and t.lower[c] == "as"
                ),
                None,
            )
            post = None
            if opening is not None:
                post = next((g for g in t.children[opening] if t.dep[g] == "pobj"), None)
            if (
                post is not None
                and t.pos[post] == "NOUN"
                and not any(t.dep[d] == "det" for d in t.children[post])
                and _noun_of_a_role(t, post)
            ):
                end = _subtree_end(t, post) + 1
                end = next((k for k in range(post + 1, end) if t.text[k] in ",;:(—–"), end)
                return _pared_role(text, t, post, t.head[post], end)
        if capacity is not None:
            post = _office_as(t, capacity)
            if post is not None and t.pos[post] == "NOUN" and _noun_of_a_role(t, post):
                end = _subtree_end(t, post) + 1
                end = next((k for k in range(post + 1, end) if t.text[k] in ",;:(—–"), end)
                return _pared_role(text, t, post, t.head[post], end)
        if t.lemma[verb] not in CAPACITY_AS_LEMMAS or t.pos[verb] != "VERB":
            continue
        holders = [verb, *(c for c in t.children[verb] if c > verb and t.dep[c] == "dobj")]
        for holder in holders:
            post = _office_as(t, holder)
            if post is None or t.pos[post] != "NOUN" or not _noun_of_a_role(t, post):
                continue
            # "chair of Wessex Voices, a group that ...": the body's own description
            # after the comma is not hers.
            end = _subtree_end(t, post) + 1
            end = next((k for k in range(post + 1, end) if t.text[k] in ",;:(—–"), end)
            return _pared_role(text, t, post, t.head[post], end)
        if t.lemma[verb] == "speak":
            body = _spoken_for(text, t, verb)
            if body is not None:
                return f"spokesperson for {body}"
    return None


def _spoken_for(text: str, t: ParsedTokens, verb: int) -> str | None:
    """The body one speaks for ("speaking for the Bexley Taxpayers' Alliance", "on behalf
    of the anglers' club"): a body's name or a noun of a body, never a time ("spoke for
    20 minutes") nor people ("for many parents")."""
    preposition = next(
        (c for c in t.children[verb] if c > verb and t.dep[c] == "prep" and t.lower[c] == "for"),
        None,
    )
    if preposition is None:
        on = next(
            (c for c in t.children[verb] if c > verb and t.dep[c] == "prep" and t.lower[c] == "on"),
            None,
        )
        behalf = (
            None
            if on is None
            else next((c for c in t.children[on] if t.lemma[c] == "behalf"), None)
        )
        preposition = (
            None
            if behalf is None
            else next((c for c in t.children[behalf] if t.lower[c] == "of"), None)
        )
    if preposition is None:
        return None
    body = next((c for c in t.children[preposition] if t.dep[c] == "pobj"), None)
    if body is None or not (
        (t.pos[body] == "PROPN" and t.ent[body] == "ORG")
        or (t.pos[body] == "NOUN" and t.lemma[body] in BODY_NOUNS)
    ):
        return None
    end = _subtree_end(t, body)
    end = next((k for k in range(body + 1, end + 1) if t.text[k] in ",;:(—–"), end + 1) - 1
    if end - preposition > _MAX_DESCRIPTION_TOKENS:
        return None
    return text[t.start[preposition + 1] : t.end[end]]


def _aged_at_introduction(t: ParsedTokens, name_last: int) -> bool:
    """ "Ann Lee, 52, ...": the name introduced with an age set off by commas."""
    return (
        name_last + 2 < len(t.text)
        and t.text[name_last] == ","
        and t.text[name_last + 1].isdigit()
        and t.text[name_last + 2] == ","
    )


def _did_when_introduced(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee, 52, from Stanley, lost her job at a packaging factory in June": what a
    person introduced with an age did in the story, when nothing says what they are (the
    verb and what it takes, without the time; not a verb of speech or a passive)."""
    if not _aged_at_introduction(t, name_last):
        return None
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    if (
        t.dep[root] != "nsubj"
        or verb <= root
        or t.tag[verb] != "VBD"
        or t.lemma[verb] in SPEECH_LEMMAS
        or any(t.dep[c] in ("neg", "aux", "auxpass") for c in t.children[verb])
    ):
        return None
    last = verb
    for child in sorted(c for c in t.children[verb] if c > verb):
        if t.dep[child] == "cc":
            continue
        # "lost her car and most of her furniture" (not a second clause)
        if t.dep[child] not in ("dobj", "prep", "prt") and not (
            t.dep[child] == "conj" and t.pos[child] != "VERB"
        ):
            break
        if t.dep[child] == "prep" and any(
            t.ent[c] in ("DATE", "TIME", "CARDINAL") for c in t.children[child]
        ):
            break  # "in June", "after 14 years": when, not what
        last = _subtree_end(t, child)
    phrase = text[t.start[verb] : t.end[last]]
    if last == verb or last - verb > _MAX_DESCRIPTION_TOKENS or _broken(phrase):
        return None
    return phrase


def _said_of_them_next(
    text: str,
    t: ParsedTokens,
    sentence: int,
    sentence_first: dict[int, int],
    name_last: int,
    first_seen: Mapping[str, int] | None = None,
) -> str | None:
    """What is said of the only person a sentence names, after the name: a clause of the
    same sentence with "he" or "she" as its subject ("Ann Lee drives to Leeds, where she
    works as a nurse"), the next sentence opening with one ("Danny Okoro was driving home
    when the lorry hit him. He works as a paramedic.") or with the person's age on a noun
    of people ("Ann Lee scored twice. The 21-year-old striker ..."). The clause says what
    the person is or does as the name itself would ("is a retired nurse", "runs the
    bakery", "has worked on the line for 26 years")."""
    following = sentence_first.get(sentence + 1)
    for i in range(name_last, following if following is not None else len(t.text)):
        if (
            t.lower[i] in ("he", "she")
            and t.dep[i] == "nsubj"
            and t.dep[t.head[i]] in ("relcl", "advcl", "conj")
        ):
            clause = _copular(text, t, i, i + 1) or _what_they_do(text, t, i, i + 1)
            if clause:
                return clause
    if following is None:
        return None
    if (
        t.lower[following] in ("he", "she")
        and t.dep[following] == "nsubj"
        and t.dep[t.head[following]] == "ROOT"
    ):
        return _copular(text, t, following, following + 1) or _what_they_do(
            text, t, following, following + 1
        )
    return _aged_epithet(text, t, following, first_seen)


def _aged_epithet(
    text: str, t: ParsedTokens, first: int, first_seen: Mapping[str, int] | None = None
) -> str | None:
    """ "The 23-year-old shortstop is batting .341": a sentence whose subject opens it with
    "the", an age and a noun of people refers back to the person just named; the noun
    (with the nouns of a role before it) is their role. Never a bare "man" or "woman",
    nor an age alone ("The 27-year-old finished ..."). Without an age (given
    `first_seen`, where each lemma is first written), only a noun new to the article
    that is plainly a person's ("The zoologist, who ...", "The winger has scored")
    and names no other party to the story ("The judge told her")."""
    head = t.head[first]
    # "The striker, 24, joined from Rovers", "The businessman, 45, denies fraud": the age
    # set between commas right after the noun says the same as "The 24-year-old striker"
    # (the parser may make the noun the sentence's root, its verb a clause on it).
    aged_after = (
        head + 3 < len(t.text)
        and t.text[head + 1] == ","
        and t.dep[head + 2] == "appos"
        and t.head[head + 2] == head
        and t.text[head + 2].isdigit()
        and 0 < int(t.text[head + 2]) < 120
        and t.text[head + 3] == ","
    )
    if (
        t.lower[first] == "the"
        and t.lower[head] == "old"
        and any(t.lemma[c] == "year" for c in t.children[head])
        # (the parser may hang the age on the verb as a clause of its own)
        and t.dep[head] in ("nsubj", "nsubjpass", "ROOT", "advcl")
        and head + 1 < len(t.text)
        and t.text[head + 1] == ","
    ):
        # "The 52-year-old, a former nurse, had lived ...": an age alone as the subject,
        # the noun set beside it between commas says what the person is (round 24).
        noun = next((c for c in t.children[head] if t.dep[c] == "appos" and c > head + 1), None)
        calling = _calling_joined_to_kin(t, noun)
        if calling is not None:
            # "The 58-year-old, a father of four and a taxi driver,": the calling joined
            # to the relation says what the person is (round 25).
            return _pared_role(text, t, calling[1], calling[0], _subtree_end(t, calling[1]) + 1)
        if (
            noun is None
            or t.pos[noun] != "NOUN"
            or not _noun_of_a_role(t, noun)
            or (t.lemma[noun] in STORY_PARTY_NOUNS and not _trade_noun(t, noun))
            or t.lemma[noun] in KIN_NOUNS
        ):
            return None
        return _pared_role(text, t, noun, head + 1, _subtree_end(t, noun) + 1)
    if (
        t.lower[first] != "the"
        or head <= first
        or not (
            t.dep[head] in ("nsubj", "nsubjpass")
            or (
                aged_after
                and t.dep[head] == "ROOT"
                and any(t.dep[c] == "acl" for c in t.children[head])
            )
        )
    ):
        return None
    if t.pos[head] != "NOUN" or not _noun_of_a_role(t, head):
        return None
    age = next(
        (
            i
            for i in range(first + 1, head)
            if t.lower[i] == "old" and any(t.lemma[c] == "year" for c in t.children[i])
        ),
        None,
    )
    if age is None and aged_after:
        # (not a noun of another party to the story: "Kofi Eze was charged. The victim,
        # 31, remains in hospital" is someone else)
        if t.lemma[head] in STORY_PARTY_NOUNS | KIN_NOUNS:
            return None
        return _pared_role(text, t, head, first, head + 1)
    if age is None and not (first_seen is not None and _fresh_epithet(t, head, first_seen)):
        return None
    return _pared_role(text, t, head, first if age is None else age, len(t.text))


def _trade_noun(t: ParsedTokens, noun: int) -> bool:
    """ "a taxi driver", "a bar manager": a noun of another party to a story, made a
    trade by a noun before it (round 25)."""
    return any(t.dep[c] == "compound" and t.pos[c] == "NOUN" for c in t.children[noun])


def _calling_joined_to_kin(t: ParsedTokens, noun: int | None) -> tuple[int, int] | None:
    """ "a father of four and a taxi driver": the "and" and the noun of a calling the
    parse joins to a noun of kin, or None."""
    if noun is None or t.lemma[noun] not in KIN_NOUNS:
        return None
    calling = next((c for c in t.children[noun] if t.dep[c] == "conj" and c > noun), None)
    end = _subtree_end(t, noun)
    if (
        calling is None
        and noun + 4 <= end
        and t.lower[noun + 1] == "of"
        and t.pos[noun + 2] == "NUM"
        and t.lower[noun + 3] == "and"
    ):
        calling = end  # "a mother of two and a primary school teacher", parsed "of" both
    if (
        calling is None
        or t.pos[calling] != "NOUN"
        or not _noun_of_a_role(t, calling)
        or (t.lemma[calling] in STORY_PARTY_NOUNS and not _trade_noun(t, calling))
        or t.lemma[calling] in KIN_NOUNS
    ):
        return None
    joint = next((i for i in range(calling - 1, noun, -1) if t.lower[i] == "and"), None)
    if joint is None or pastime(" ".join(t.text[joint + 1 : calling + 1])):
        return None  # (not "a mother of two and a keen runner": a pastime)
    return joint, calling


def _fresh_epithet(t: ParsedTokens, head: int, first_seen: Mapping[str, int]) -> bool:
    """Is the definite noun `head` of people, with no age, a new way of referring to the
    person just named: written here first, a person's by the lexicon or by a "who" or
    "whose" clause of its own, and not a noun of the story's other parties?"""
    lemma = t.lemma[head]
    # "The retired judge, who ...": a former office is no party acting in the story.
    former = any(t.lower[c] in ("former", "retired") for c in t.children[head])
    if first_seen.get(lemma, head) < head or (
        lemma in STORY_PARTY_NOUNS | KIN_NOUNS and not former
    ):
        return False
    if any(t.dep[c] == "prep" for c in t.children[head]):
        return False  # "The driver of the van": a part in the event, not who she is
    clauses = [c for c in t.children[head] if t.dep[c] == "relcl"]
    if any(
        t.lower[g] in ("him", "her", "them") and t.dep[g] in ("dobj", "pobj", "dative")
        for c in clauses
        for g in range(head + 1, _subtree_end(t, c) + 1)
    ):
        return False  # "The driver, who hit her, ...": someone who acted on her
    return (
        lemma in ROLE_NOUNS | PERSON_NOUNS
        or any(any(t.lower[g] in ("who", "whose") for g in range(head + 1, c + 1)) for c in clauses)
        # "The postman has lived in the house since 1979", "The retired fisherman ...": a
        # trade said of one who has kept it a while, or held once, is hers; a bare "The
        # harbourmaster said" may bring in another.
        or (
            _trade_of_a_person(lemma) and (former or _held_for_a_while(t, t.head[head], since=True))
        )
    )


def _trade_of_a_person(lemma: str) -> bool:
    """ "postman", "electrician", "fisherman", "plumber": a noun of a person's trade by its
    ending, no thing ("computer") nor body ("supplier" of a firm's trades)."""
    return lemma not in BARE_PERSON_NOUNS and (
        lemma.endswith(PERSON_COMPOUND_ENDINGS)
        or (
            lemma.endswith(AGENT_SUFFIXES)
            and lemma not in AGENT_LOOKALIKES | BODY_NOUNS | FIRM_TRADES
        )
    )


def _held_for_a_while(t: ParsedTokens, verb: int, since: bool = False) -> bool:
    """ "has worked at the hospital for 19 years", "has run the Plough for two decades":
    the present perfect of a verb of a career (ROLE_VERBS, CAREER_LEMMAS) with the span it
    has lasted says what a person does, where "has denied the charges" is an event. A
    "since" counts only in a clause about the person (`since`: "Ann Lee, who has run the
    shop since 1990,"): in the main clause "has run the shop since 1990 and said trade
    was down" is read as the story's own event."""
    if t.tag[verb] != "VBN" or t.lemma[verb] not in ROLE_VERBS | CAREER_LEMMAS:
        return False
    helpers = [c for c in t.children[verb] if t.dep[c] in ("aux", "auxpass", "neg")]
    if (
        len(helpers) != 1
        or t.lemma[helpers[0]] != "have"
        or t.tag[helpers[0]] not in ("VBZ", "VBP")
    ):
        return False
    for child in t.children[verb]:
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
    return office if office is not None and t.pos[office] == "NOUN" else None


def _post_given(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee, who was finance director until March, has been appointed chief
    executive", "Former operations chief Ann Lee became chief executive on Monday": the
    post the story gives the person, which says what they are now over the office they
    held or the title before the name. Only a noun of a post ("became the first woman
    to ..." gives none; nor does a tie of kin)."""
    subject = _root(t, name_first, name_last)
    if t.dep[subject] == "appos" and t.head[subject] < name_first:
        subject = t.head[subject]  # "Assistant coach Ann Lee was appointed head coach"
    verb = t.head[subject]
    if any(t.dep[c] == "aux" and t.tag[c] in ("MD", "TO") for c in t.children[verb]):
        return None  # "will become its chancellor": a post ahead, not yet held
    if (
        t.dep[subject] == "nsubjpass"
        and t.lemma[verb] == "promote"
        and verb + 1 < len(t.text)
        and t.lower[verb + 1] == "to"
    ):
        # "was promoted to head coach" (the parser may read "to head" as a verb): the run
        # of lower-case words after "to" that ends on the post's noun.
        last = verb + 1
        while (
            last + 1 < len(t.text)
            and last - verb <= _MAX_DESCRIPTION_TOKENS
            and t.text[last + 1].isalpha()
            and t.text[last + 1].islower()
        ):
            last += 1
            if t.lemma[last] in ROLE_NOUNS - KIN_NOUNS and t.pos[last] == "NOUN":
                return text[t.start[verb + 2] : t.end[last]]
        return None
    office = _office_token(t, subject)
    if (
        office is None
        or t.lemma[office] not in ROLE_NOUNS - KIN_NOUNS - NOT_APPOINTED_NOUNS
        # "became a partner": one of a kind, not the post ("became its chair")
        or any(t.dep[c] == "det" and t.lower[c] in ("a", "an") for c in t.children[office])
    ):
        return None
    return _office_given(text, t, subject)


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


def _winner_of(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee won the women's race", "... on Sunday, winning the women's race", "the
    men's race was won by Ann Lee", "In the men's race, Ann Lee won": the winner of a
    contest (CONTEST_NOUNS), a role sport and politics give by a verb alone. The one the
    winner beat on the way ("Ann Lee won the men's race, edging Tom Bell by a second")
    is the runner-up in it."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    verbs: list[int] = []
    if t.dep[root] == "nsubj" and head != root:
        verbs.append(head)
        # "Ann Lee broke the record, winning the women's race": a participle shares the
        # subject.
        verbs.extend(
            c
            for c in t.children[head]
            if t.dep[c] in ("advcl", "conj")
            and t.tag[c] == "VBG"
            and not any(t.dep[g] in _SUBJECTS for g in t.children[c])
        )
    elif t.dep[root] == "pobj" and t.dep[head] == "agent":
        verbs.append(t.head[head])
    elif (
        t.dep[root] == "dobj"
        and t.lemma[head] in BEATING_LEMMAS
        and t.dep[head] in ("advcl", "conj")
        and not any(t.dep[c] == "neg" for c in t.children[head])
    ):
        contest = _contest_won(text, t, t.head[head], root)
        return "runner-up in " + contest if contest else None
    for verb in verbs:
        contest = _contest_won(text, t, verb, root)
        if contest:
            return "winner of " + contest
    return None


def _agent_of_role(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "The hospital is run by Ann Lee's trust", "The yard was founded in 1908 by Ann
    Lee": the agent of a passive verb of running or founding (ROLE_VERBS, FOUNDING_LEMMAS)
    does it, said the active way round ("runs the hospital", "founded the yard")."""
    root = _root(t, name_first, name_last)
    agent = t.head[root]
    if t.dep[root] != "pobj" or t.dep[agent] != "agent":
        return None
    verb = t.head[agent]
    if (
        t.lower[verb] in AGENT_POSTS
        and t.tag[verb] == "VBN"
        and not any(t.dep[c] == "neg" for c in t.children[verb])
    ):
        return AGENT_POSTS[t.lower[verb]]  # "The mare, trained by Ann Lee,": the trainer
    helpers = [c for c in t.children[verb] if t.dep[c] == "auxpass"]
    subjects = [c for c in t.children[verb] if t.dep[c] == "nsubjpass"]
    if (
        t.tag[verb] != "VBN"
        or len(helpers) != 1
        or len(subjects) != 1
        or t.pos[subjects[0]] not in ("NOUN", "PROPN")
        or any(t.dep[c] == "neg" for c in t.children[verb])
    ):
        return None
    if t.lemma[verb] in ROLE_VERBS and t.tag[helpers[0]] in ("VBZ", "VBP"):
        done = t.lemma[verb] + "s"  # "is run by": runs
    elif t.lemma[verb] in FOUNDING_LEMMAS and t.tag[helpers[0]] == "VBD":
        done = t.text[verb]  # "was founded by": founded
    else:
        return None
    subject = subjects[0]
    first = min([subject, *(c for c in t.children[subject] if c < subject)])
    what = text[t.start[first] : t.end[subject]]
    if t.pos[first] == "DET":
        what = what[:1].lower() + what[1:]  # "The hospital is run by": "runs the hospital"
    phrase = f"{done} {what}"
    if subject - first >= _MAX_DESCRIPTION_TOKENS or _broken(phrase):
        return None
    return phrase


def _contest_won(text: str, t: ParsedTokens, verb: int, winner: int) -> str | None:
    """The contest (CONTEST_NOUNS) `verb` says was won, as the article words it: "the
    women's race" of "won the women's race", "In the men's race, ... won"."""
    if t.lemma[verb] != "win" or any(t.dep[c] == "neg" for c in t.children[verb]):
        return None
    contests = [c for c in t.children[verb] if t.dep[c] in ("dobj", "nsubjpass") and c != winner]
    contests.extend(
        g
        for c in t.children[verb]
        if t.dep[c] == "prep" and t.lower[c] == "in"
        for g in t.children[c]
        if t.dep[g] == "pobj"
    )
    for contest in contests:
        if t.lemma[contest] not in CONTEST_NOUNS or t.pos[contest] != "NOUN":
            continue
        first, stack, seen = contest, [contest], 0
        while stack and seen < 4 * _MAX_DESCRIPTION_TOKENS:
            node = stack.pop()
            seen += 1
            first = min(first, node)
            stack.extend(c for c in t.children[node] if c < contest)
        phrase = text[t.start[first] : t.end[contest]]
        if contest - first < _MAX_DESCRIPTION_TOKENS and not _broken(phrase):
            return phrase
    return None


def _placed(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee was second", "Ann Lee came third in the women's race": the placing, with
    the contest when the clause names it."""
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    if t.dep[root] != "nsubj" or verb == root or t.lemma[verb] not in PLACING_VERBS:
        return None
    placing = next(
        (
            c
            for c in t.children[verb]
            if c > verb
            and t.dep[c] in ("acomp", "advmod", "attr", "oprd")
            and t.lower[c] in PLACINGS
        ),
        None,
    )
    if placing is None or any(t.dep[c] == "neg" for c in t.children[verb]):
        return None
    for c in t.children[verb]:
        if t.dep[c] == "prep" and t.lower[c] == "in":
            contest = next((g for g in t.children[c] if t.dep[g] == "pobj"), None)
            if contest is not None and t.lemma[contest] in CONTEST_NOUNS:
                phrase = text[t.start[placing] : t.end[contest]]
                if contest - placing <= _MAX_DESCRIPTION_TOKENS and not _broken(phrase):
                    return phrase
    return t.text[placing]


def _entity_over(
    t: ParsedTokens, entity_at: dict[int, ParsedEntity], first: int, last: int
) -> ParsedEntity | None:
    """The name entity (person, organization, place) overlapping tokens [first, last),
    starting at most 4 tokens before; the one reaching furthest into the mention."""
    best: ParsedEntity | None = None
    for index in range(max(0, first - 4), last):
        entity = entity_at.get(index)
        if entity is None or entity.label not in _NAME_LABELS or entity.last_token <= first:
            continue
        if best is None or min(entity.last_token, last) > min(best.last_token, last):
            best = entity
    return best


# --- names ----------------------------------------------------------------------------


def _lower_words(text: str) -> set[str]:
    """The words the article writes in lower case (one pass)."""
    return set(_LOWER_WORD.findall(text))


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


def _acronym_plural(word: str) -> bool:
    """ "MPs", "PCs", "MSPs": the plural of a post written in capitals."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _one_of_the_posts(words: list[str]) -> str:
    """The words before a name as one person's role: a lone plural post opening a list
    of names ("Nurses Ann Lee and Tom Bell") in the singular, each one a nurse."""
    if len(words) == 1 and _plural_staff_noun(words[0].casefold()):
        return _singular_staff_noun(words[0].casefold()) or words[0]
    return " ".join(words)


def _singular_staff_noun(folded: str) -> str | None:
    """The post or trade a plural names ("coaches" -> "coach", "lifeguards"), or None."""
    if not folded.endswith("s"):
        return None
    if folded[:-1] in _POST_OR_TRADE_NOUNS:
        return folded[:-1]
    if folded.endswith("ves") and folded[:-3] + "fe" in _POST_OR_TRADE_NOUNS:
        return folded[:-3] + "fe"  # "midwives", "wives"
    return folded[:-2] if folded.endswith("es") and folded[:-2] in _POST_OR_TRADE_NOUNS else None


def _left_out_description(t: ParsedTokens, index: int, lower_words: set[str]) -> bool:
    """Is the word the recognizer left out of a person's name a description: one the
    article or the lexicon shows describes, or an agent noun opening the sentence, where
    its capital says nothing ("Pitcher Ann Lee threw ...")?"""
    word = t.text[index]
    return _plainly_describes(word, lower_words) or (
        _opens_sentence(t, index) and _describes(word, lower_words)
    )


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


def _without_styles(name: str, record: ActorRecord) -> str:
    """A person's name without a conferred style before it ("Datuk Seri Azman Ibrahim"
    is Azman Ibrahim), or without the style's last word the recognizer kept ("Sri Lim
    Kok Wah" of "Tan Sri Lim Kok Wah") when the article also names the person without
    it."""
    words = name.split()
    style = honorific_style_length(words, 0)
    if style:
        return " ".join(words[style:])
    rest = " ".join(words[1:])
    if (
        len(words) > 2
        and any(len(s) == 2 and s[1] == words[0] for s in HONORIFIC_STYLES)
        and rest in record.all_names()
    ):
        return rest
    return name


def _settle_name(
    record: ActorRecord,
    evidence: _Evidence | None,
    renamed: dict[str, str],
    lower_words: set[str],
    people: Collection[str] = (),
) -> None:
    """Cut a description glued to a person's name, or take the fuller form the
    recognizer gives it; strip possessive edges and a person owning a body's name
    (`people`: the names the recognizer calls people)."""
    old = record.name
    name = _clean_name(record.name)
    if evidence is not None and record.kind == "person":
        if evidence.trimmed:
            shorter, count = evidence.trimmed.most_common(1)[0]
            # (Not "der Walt" of "Pieter van der Walt": a surname's particles open no name.)
            if count * 2 > evidence.labelled and len(shorter.split()) >= 2 and shorter[0].isupper():
                name = shorter
        if evidence.extended:
            longer, count = evidence.extended.most_common(1)[0]
            # (Not "de los Santos", a mention by the surname's particles, for a name.)
            if count * 2 >= evidence.labelled and len(longer.split()) <= 4 and longer[0].isupper():
                name = longer
        name = _without_styles(_without_titles(name), record)
        words = name.split()
        while (
            (
                len(words) > 2
                and (_describes(words[0], lower_words) or words[0] in OFFICE_TAILS)
                # "Pieter van der Walt": the word before a surname's particles is a given name;
                # "Dean of Kestwick": an office, whose words are no name; "Marine Le Pen": a
                # given name before a surname's particle.
                and words[1] not in NAME_PARTICLES
                and words[1] not in _CAPITAL_PARTICLES
                and words[1][:1].isupper()
            )
            or (
                # "DSP Ramesh Kumar", "MD Anil Rao": a rank or post in capitals before a given
                # name and surname is no word of the name
                len(words) > 2
                and len(words[0]) >= 2
                and words[0].isalpha()
                and words[0].isupper()
                and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words[1:])
            )
        ):
            words = words[1:]  # "Gardener Ann Lee Gray" where no recognizer spoke
        name = " ".join(words)
    if _club_named(name):
        # "Struggling Kelmoor Rovers have sacked ...", "CASH-strapped Hollin Athletic": a
        # tabloid's adjective glued before a club's name is no word of it.
        words = name.split()
        while len(words) > 2 and (
            _COLOUR_ADJECTIVE.fullmatch(words[0])
            or _GLUED_PARTICIPLE.fullmatch(words[0])
            or _plainly_describes(words[0], lower_words)
        ):
            words = words[1:]
        name = " ".join(words)
    owned = _PERSON_OWNER.fullmatch(name) if record.kind == "organization" else None
    if (
        owned
        # ("St Anne's Hospice", "Dr Martin's Surgery": a saint's or a title's name is
        # the body's own)
        and owned[1].split()[0].casefold().rstrip(".") not in _TITLE_WORDS
        and owned[1].split()[0] not in NAME_OPENING_ABBREVIATIONS
        and (given_name_gender(owned[1].split()[0]) is not None or owned[1] in people)
    ):
        # "Rupert Murdoch's News Corp reported": the owner's name describes the body,
        # which goes by its own name.
        name = owned[2]
    glued = False
    if len(name.split()) >= 2:
        first, rest = name.split(" ", 1)
        if first.casefold() in GLUED_DESCRIPTORS and rest[:1].isupper():
            # "Rival Lidl said": the word describes the one named (no role), opens no name
            name, glued = rest, True
    if (
        record.kind == "person"
        and not glued
        and name
        and _no_role(record.role)
        and _clean_name(old).endswith(" " + name)
    ):
        # "Paramedic Ann Lee": the description cut from the name is the role.
        cut = _clean_name(old)[: -len(name)].split()
        while cut and cut[-1].casefold().rstrip(".") in _COURTESY_WORDS:
            cut = cut[:-1]
        if (
            cut
            and all(_describes(w, lower_words) for w in cut)
            # An ending alone ("Denver", "Leicester") makes no description.
            and any(_plainly_describes(w, lower_words) for w in cut)
        ):
            record.role = _one_of_the_posts(cut)
    if name and name != old:
        record.name = name
        if old not in record.aliases and _POSSESSIVE_EDGE.sub("", old) != name:
            record.aliases.append(old)
        renamed[old] = name


def _whole_post_of_body(text: str, first: int, body: list[str]) -> str | None:
    """ "Minister of State at the Department of Transport Ann Lee", taken whole for a
    body: the post that opens the sentence before the body's words is the person's
    office with them, not the body alone. Round 25."""
    line = text[max(0, first - 80) : first]
    opening = re.split(r"(?:\n|[.!?][\"'”’]?\s)", line)[-1].lstrip()
    if not opening:
        return None
    return post_of_body_opening(opening + " ".join(body) + " ")


def _holder_of_the_opening_post(
    record: ActorRecord, words: list[str], renamed: dict[str, str], text: str
) -> None:
    """ "Minister of State at the Department of Rural Affairs Sinead Folan said", named
    once: the recognizer's one body, ending in a given name of the lexicon and a surname
    after the post of a body that opens the sentence, is that person, holding the post.
    (A person the article names again is split from the body by the loop above.)"""
    holder = " ".join(words[-2:])
    if len(words) < 4 or not _given_name_and_surname(holder):
        return
    post = _whole_post_of_body(text, record.first, words[:-2])
    if post is None:
        return
    old = record.name
    record.kind = "person"
    record.role = post
    record.name = holder
    record.aliases = [a for a in record.aliases if a != old]
    renamed[old] = holder


def _opens_with_trade(words: list[str]) -> bool:
    return len(words) >= 2 and words[0].casefold() in FIRM_TRADES and words[1][:1].isupper()


def _firm_trade(record: ActorRecord, text: str) -> str | None:
    """The trade in the plural that describes a name as a firm's ("Solicitors Hartley
    Brand said", "by estate agents Marlow Keane", "Dobson Reece, auctioneers"): one person
    is never "auctioneers". The one home of that reading, whatever kind the name got."""
    for form in record.all_names():
        if _opens_with_trade(form.split()):
            return form.split()[0].casefold()
    if record.role and record.role.split()[-1].casefold() in FIRM_TRADES:
        return record.role
    word_before = text[max(0, record.first - 40) : record.first].split()[-1:]
    if word_before and word_before[0].casefold() in FIRM_TRADES:
        return word_before[0].casefold()
    return None


def _body_role_before(record: ActorRecord, text: str) -> bool:
    """Is the person-shaped name written just after a kind of body ("Mining group
    Thulani Platinum" opening a sentence, "smelter Ridgeback Alloys" anywhere)? A noun
    only a body goes by may stand anywhere; one a group of people may also go by
    ("group", "firm") only when it and at most two words open the sentence ("the
    campaign group Sarah Jones founded" is hers). Reads a bounded window."""
    window = text[max(0, record.first - 40) : record.first]
    if not window.endswith(" "):
        return False
    words = window.split()
    if not words:
        return False
    last = words[-1].casefold()
    if last in BODY_ONLY_DESCRIPTIONS and words[-1].islower():
        return True
    if (
        last == "operator"
        and words[-1].islower()
        and len(words) >= 2
        and words[-2].casefold() in OPERATED_SERVICE_WORDS
    ):
        return True  # "Rail operator Keretapi Kilat cancelled": the firm
    if last not in COLLECTIVE_BODY_NOUNS or not words[-1].islower():
        return False
    # the noun and at most two words before it, the first opening the sentence
    for n in (2, 3):
        if len(window.split("\n")[-1].split()) == n:
            return words[-n][:1].isupper()
        if len(words) > n and words[-n - 1][-1:] in ".!?" and words[-n][:1].isupper():
            return all(w.islower() for w in words[-n + 1 : -1])
    return False


def _cut_body_description(record: ActorRecord, renamed: dict[str, str], text: str) -> None:
    """ "Watchdog Ofcom said", "Auctioneers Dobson Reece said", opening a sentence: the
    description, then the name."""
    words = record.name.split()
    trade = _firm_trade(record, text) if record.kind != "country" else None
    if trade is not None:
        # A firm, though the recognizer or the rules took it for a person or a place;
        # the "surname" alias a person's name got is none of the firm's.
        if record.kind != "organization":
            record.aliases = [a for a in record.aliases if a != words[-1]]
        record.kind = "organization"
        if _no_role(record.role):
            record.role = trade
        if _opens_with_trade(words):
            old = record.name
            record.name = " ".join(words[1:])
            renamed[old] = record.name
            if old not in record.aliases:
                record.aliases.append(old)
        return
    described = next(
        (
            a.split()[0].casefold()
            for a in record.aliases
            if a.split()[0].casefold() in BODY_ONLY_DESCRIPTIONS
            and " ".join(a.split()[1:]) == record.name
        ),
        None,
    )
    if (
        record.kind == "person"
        and len(words) >= 2
        and words[0].casefold() in BODY_ONLY_DESCRIPTIONS
        and words[1][:1].isupper()
    ):
        # "Insurer Halvoro said", "Lender Kelmore said" opening a sentence: the noun
        # only ever describes a body, so the capitalised pair is no person's name but
        # the noun and the body's one-word name (round 26).
        old = record.name
        record.kind = "organization"
        record.name = " ".join(words[1:])
        record.aliases = [a for a in record.aliases if a not in (words[-1], record.name)]
        if old not in record.aliases:
            record.aliases.append(old)
        if _no_role(record.role):
            record.role = words[0].casefold()
        renamed[old] = record.name
        return
    if record.kind == "person" and _body_role_before(record, text):
        # "Mining group Thulani Platinum said", "Smelter Ridgeback Alloys": the role
        # written just before the name is a kind of body, so the name is a body's,
        # however like a person's it looks (round 26).
        record.kind = "organization"
        record.aliases = [a for a in record.aliases if a != words[-1]]
        return
    if record.kind == "person" and described is not None and len(words) >= 2:
        # "Retailer Harvey Norman said": a noun that only ever describes a body, cut from
        # before a name shaped like a person's, says the name is the body's (round 25).
        record.kind = "organization"
        record.aliases = [a for a in record.aliases if a != words[-1]]
        if _no_role(record.role):
            record.role = described
        return
    if (
        record.kind in ("organization", "group")
        and len(words) >= 2
        and words[0].casefold() in DESCRIPTIVE_BODY_NOUNS
        and words[1][:1].isupper()
        # "the Charity Commission": a body's word alone after the noun is the name's
        # own end, not a name the noun describes
        and not (len(words) == 2 and words[1] in ORG_HEADS)
    ):
        if _no_role(record.role):
            record.role = words[0].casefold()
        old = record.name
        record.name = " ".join(words[1:])
        record.aliases = [a for a in record.aliases if a != record.name]
        renamed[old] = record.name


def _forms_agree(a: ActorRecord, b: ActorRecord) -> bool:
    """Could two people's records be one, by every form each is written in? "Mr Justice
    Harlow" and "Mrs Harlow" could not, nor "Dr Singh" and "Mrs Singh" (same_person),
    nor "Detective Inspector Mark Hale" and his cousin "Constable Hale" (two ranks)."""
    grades_a = person_grades(a.all_names(), a.role)
    grades_b = person_grades(b.all_names(), b.role)
    if grades_a and grades_b and not grades_a & grades_b:
        return False
    return all(same_person(x, y, "person") for x in a.all_names() for y in b.all_names())


def _ends_role(role: str | None, words: list[str]) -> bool:
    """Do `words` end the office's brief the role is, after its "for" or "of", commas
    aside ("Sport" of "Minister for Culture, Media and Sport")?"""
    written = (role or "").replace(",", "").split()
    return (
        bool(words)
        and written[-len(words) :] == words
        and any(w in ("for", "of") for w in written[: -len(words)])
    )


def _drop_brief_from_name(record: ActorRecord, renamed: dict[str, str]) -> None:
    """ "Sport Lorna Baxendale" of "Minister for Culture, Media and Sport Lorna
    Baxendale": a person's name read with the last words of the office written before
    it, which the person's role ends with, is the shorter name the rules also found."""
    if record.kind != "person":
        return
    shorter = next(
        (
            a
            for a in record.aliases
            if " " in a
            and record.name.endswith(f" {a}")
            and _ends_role(record.role, record.name[: -len(a)].split())
        ),
        None,
    )
    if shorter is None:
        return
    renamed[record.name] = shorter
    record.aliases = [a for a in record.aliases if a != shorter]
    record.name = shorter


def _titled_by_own_post(records: list[ActorRecord], renamed: dict[str, str]) -> list[ActorRecord]:
    """ "The Dean of Ashworth, the Very Rev Dr Miriam Oyelaran, ... Dean Oyelaran said":
    a capitalized word before a surname that is the post the story gives the one person
    of that surname (her role opens with it) is her title, not a given name: the two
    names are one person (round 18; "Canon Haldane" of "Canon Peter Haldane")."""
    by_surname: dict[str, list[ActorRecord]] = {}
    for record in records:
        if record.kind == "person" and " " in record.name and record.role:
            by_surname.setdefault(record.name.split()[-1], []).append(record)
    kept: list[ActorRecord] = []
    for record in records:
        words = record.name.split()
        holders = (
            [
                other
                for other in by_surname.get(words[1], ())
                if other is not record
                and other.name.split()[0] != words[0]
                and _post_opening(other.role or "") == words[0].casefold()
            ]
            if record.kind == "person"
            and len(words) == 2
            and words[0][:1].isupper()
            # (a word that describes a calling: never "Alan Pryce" for "Alan Pryce's wife")
            and words[0].casefold() in DESCRIPTION_NOUNS
            else []
        )
        if len(holders) != 1:
            kept.append(record)
            continue
        holder = holders[0]
        holder.mentions += record.mentions
        holder.first = min(holder.first, record.first)
        for alias in (record.name, *record.aliases):
            if alias != holder.name and alias not in holder.aliases:
                holder.aliases.append(alias)
        renamed[record.name] = holder.name
    return kept


def _post_opening(role: str) -> str:
    """The first word of a role past an article ("The Dean of Ashworth" -> "dean")."""
    words = role.casefold().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words[0].strip(",") if words else ""


def _merge(records: list[ActorRecord], renamed: dict[str, str], text: str) -> list[ActorRecord]:
    """One actor per name: duplicates after renaming, a name cut at the front or a short
    form of a longer organization's name, a country owner, a first name alone, an
    acronym."""
    by_name: dict[str, ActorRecord] = {}
    ordered: list[ActorRecord] = []

    def absorb(into: ActorRecord, other: ActorRecord) -> None:
        into.mentions += other.mentions
        into.first = min(into.first, other.first)
        into.role = into.role or other.role
        for alias in [other.name, *other.aliases]:
            if alias != into.name and alias not in into.aliases:
                into.aliases.append(alias)
        renamed[other.name] = into.name

    countries = country_names()
    for record in records:
        _drop_brief_from_name(record, renamed)
    for record in records:
        same = by_name.get(record.name)
        if same is not None:
            if record.name in countries:
                same.kind = "country"  # however a rule or the recognizer first took it
            absorb(same, record)
            continue
        by_name[record.name] = record
        ordered.append(record)

    # "Moscow said" in a story where Russia acts: the capital speaks for its country.
    # (Only while the country is an actor: alone, the capital is how the story names it.)
    by_country = {countries.get(r.name, r.name): r for r in ordered if r.kind == "country"}
    for record in list(ordered):
        capital_of = CAPITAL_CITIES.get(record.name)
        country = by_country.get(countries.get(capital_of, capital_of)) if capital_of else None
        if country is not None and record.kind != "person":
            absorb(country, record)
            # The capital stands for the country; it is no other spelling of its name
            # (grounding would refuse it as an alias), so what it said goes to the
            # country through the renaming alone.
            country.aliases = [a for a in country.aliases if a != record.name]
            ordered.remove(record)

    # "Stratus" is an organization and "Stratus Cloud" said to be a person: a name that
    # opens with an organization's whole name, with no role of a person, is that
    # organization's full name.
    one_word_bodies = {
        r.name for r in ordered if r.kind in ("organization", "group") and " " not in r.name
    }
    for record in ordered:
        words = record.name.split()
        if (
            record.kind == "person"
            and len(words) >= 2
            and words[0] in one_word_bodies
            and not record.role
        ):
            record.kind = "organization"
            # The "surname" alias a person's name would get is no name of the body.
            record.aliases = [a for a in record.aliases if a != words[-1]]
    people = [r for r in ordered if r.kind == "person"]
    full_people = [r for r in people if len(r.name.split()) >= 2]
    gone: set[int] = set()
    # "Senate Majority Leader Ann Lee" taken for a body: a name that ends with a person's
    # full name is that person, described by the words before it.
    by_full_name = {p.name: p for p in full_people}
    for record in ordered:
        words = record.name.split()
        if record.kind == "person" or len(words) < 3 or len(words) > _MAX_NAME_WORDS:
            continue
        for cut in range(1, len(words) - 1):
            person = by_full_name.get(" ".join(words[cut:]))
            if person is not None and words[cut - 1] in ("of", "for"):
                break  # "Friends of Ashworth Cathedral": a body named after it
            if person is not None:
                # "Wells, Anne Hobb" of "The MP for Wells, Anne Hobb,": words the comma
                # sets apart are the end of a description, not a title.
                if _no_role(person.role) and not words[cut - 1].endswith(","):
                    person.role = _whole_post_of_body(text, record.first, words[:cut]) or (
                        _one_of_the_posts(words[:cut])
                    )
                absorb(person, record)
                gone.add(id(record))
                break
        else:
            _holder_of_the_opening_post(record, words, renamed, text)
    organizations = [
        r for r in ordered if r.kind in ("organization", "group") and id(r) not in gone
    ]
    # "In a statement, Cardinal Ridge said" where the article names "Cardinal Ridge
    # Health": a title word and the word after it that open the name of a body the
    # article gave in full before are that body's short name (and "Cardinal Ridge CFO" its
    # officer's post), not a person so titled. Round 23.
    for person in people:
        if id(person) in gone or not person.role or person.role not in TITLES:
            continue
        words = person.name.split()
        if words[0] == person.role:
            words = words[1:]  # "Prince Hill", the title kept in the name
        if not words or not all(w.casefold() in ROLE_NOUNS for w in words[1:]):
            continue
        opening = f"{person.role} {words[0]} "
        # (the body named in full first: "Cardinal Ross said mass ... the Cardinal Ross
        # Memorial Trust" is a man a trust is named after)
        bodies = [o for o in organizations if o.name.startswith(opening) and o.first < person.first]
        if len(bodies) == 1:
            person.role = None  # (the title is no role of the body)
            absorb(bodies[0], person)
            gone.add(id(person))

    # People: one written with a title that another names in full ("Cllr Marsh" and
    # "Helen Marsh"), or by a first name alone ("Tamsin" and "Tamsin Pengelly").
    by_first: dict[str, list[ActorRecord]] = {}
    for person in full_people:
        by_first.setdefault(person.name.split()[0], []).append(person)
    by_last: dict[str, list[ActorRecord]] = {}
    for person in full_people:
        # (A peer's territory is no surname: "Brancaster" is the place, not the Earl.)
        if not peerage_named(person.name):
            by_last.setdefault(person.name.split()[-1], []).append(person)
    # "El-Khoury said" opening a sentence, after "Nabil el-Khoury": the surname with its
    # particle capitalized for the sentence, whatever kind the recognizer gave it.
    by_particle_surname = {
        a: p for p in full_people for a in p.aliases if a[:1].islower() and "-" in a
    }
    for record in ordered:
        lowered = record.name[:1].lower() + record.name[1:]
        owner = by_particle_surname.get(lowered)
        if owner is not None and record is not owner and record.kind in ("person", "organization"):
            absorb(owner, record)
            gone.add(id(record))
    starting_at: dict[int, list[ActorRecord]] = {}
    for person in full_people:
        starting_at.setdefault(person.first, []).append(person)
    for person in people:
        # "Ingrid Solberg" of "Fisheries Minister Ingrid Solberg Haug": the same mention
        # cut short by the recognizer, not a second person.
        longer = [
            p
            for p in starting_at.get(person.first, [])
            if p is not person and p.name.startswith(f"{person.name} ")
        ]
        if len(longer) == 1 and id(person) not in gone:
            absorb(longer[0], person)
            gone.add(id(person))
    for person in people:
        if not person.name[:1].islower() or id(person) in gone:
            continue
        # "de los Santos" and "María José de los Santos": a surname opened by its
        # particles is the one person named in full with it.
        fuller = [p for p in full_people if p is not person and p.name.endswith(f" {person.name}")]
        if len(fuller) == 1:
            absorb(fuller[0], person)
            gone.add(id(person))
    for titled in ordered:
        words = titled.name.split()
        if (
            id(titled) in gone
            or titled.kind not in ("person", "organization")
            or len(words) != 2
            or titled.role
            or words[0].casefold() not in ROLE_NOUNS | DESCRIPTION_NOUNS
        ):
            continue
        # "Azman Yusof, dean of the engineering faculty, ... Dean Azman": a post the
        # article gave one person in lower case, written before one word of that
        # person's name, is that person so titled, whatever kind the rules took it for
        # (round 26).
        posted = [
            p
            for p in by_last.get(words[1], []) + by_first.get(words[1], [])
            if p is not titled
            and id(p) not in gone
            and words[0].casefold() in (p.role or "").casefold().split()
        ]
        if len({id(p) for p in posted}) == 1:
            absorb(posted[0], titled)
            gone.add(id(titled))
    for person in people:
        if id(person) in gone:
            continue
        words = person.name.split()
        core = [w for w in words if w.casefold().rstrip(".") not in _TITLE_WORDS]
        if not core or (core == words and len(words) >= 2):
            continue
        if len(core) == 1 and fold(person.role or "") in KIN_NOUNS:
            continue  # "His daughter, Dr Whitby": a relative of the namesake, not them
        if len(core) == 1:
            # (Not "Lady Felton" for "Lord Felton": a title of the other gender names
            # someone else.)
            fuller = [
                p
                for p in by_last.get(core[0], [])
                if p is not person and id(p) not in gone and _forms_agree(p, person)
            ] + [p for p in by_first.get(core[0], []) if p is not person and id(p) not in gone]
        else:
            fuller = [
                p
                for p in by_last.get(core[-1], [])
                if p is not person
                and id(p) not in gone
                and same_person(p.name, " ".join(core), "person")
                and _forms_agree(p, person)
            ]
        if len({id(p) for p in fuller}) == 1:
            absorb(fuller[0], person)
            gone.add(id(person))
    # "Norman Hepple ... Norman personally baked the cake": a given name the rules took
    # for a much-mentioned place is the one person so called. In a sport story a club's
    # town alone is the club ("Penwardle" of "PENWARDLE RFC").
    clubs: dict[str, list[ActorRecord]] = {}
    for org in organizations:
        if org.name.split()[-1] in _CLUB_WORDS and " " in org.name:
            clubs.setdefault(org.name.split()[0].casefold(), []).append(org)
    venues: dict[str, list[ActorRecord]] = {}
    for org in organizations:
        words = org.name.split()
        if len(words) == 2 and words[1] in ARTS_VENUE_HEADS:
            venues.setdefault(words[0], []).append(org)
    for place in ordered:
        if place.kind != "place" or " " in place.name or place.name in countries:
            continue
        given = {id(p): p for p in by_first.get(place.name, [])}
        if len(given) == 1 and place.name not in by_last:
            absorb(next(iter(given.values())), place)
            gone.add(id(place))
        elif len(clubs.get(place.name.casefold(), ())) == 1:
            absorb(clubs[place.name.casefold()][0], place)
            gone.add(id(place))
        elif (
            len(venues.get(place.name, ())) == 1
            and text[max(0, place.first - 4) : place.first].casefold() == "the "
        ):
            # "The Kestrel Theatre ... will open at the Kestrel": the venue (round 19)
            absorb(venues[place.name][0], place)
            gone.add(id(place))

    # A person named in full and again by the end of the name ("Ann Marsh Gray", then
    # "Marsh Gray"): the only fuller name ending so takes the shorter.
    by_suffix: dict[str, list[ActorRecord]] = {}
    for person in full_people:
        words = person.name.split()
        if len(words) > _MAX_NAME_WORDS:
            continue
        for cut in range(1, len(words) - 1):
            holders = by_suffix.setdefault(" ".join(words[cut:]), [])
            if len(holders) < 2:
                holders.append(person)
    for person in full_people:
        if id(person) in gone:
            continue
        first, _, rest = person.name.partition(" ")
        # "Van Doorn, who has denied wrongdoing," opening a sentence: the particle of
        # "Pieter van Doorn" capitalized, the same surname.
        lowered = f"{first.lower()} {rest}"
        holders = [
            p
            for p in (
                *by_suffix.get(person.name, ()),
                *(by_suffix.get(lowered, ()) if first in _CAPITAL_PARTICLES else ()),
            )
            if p is not person
        ]
        if len(holders) == 1 and id(holders[0]) not in gone:
            if _ends_role(person.role, holders[0].name[: -len(person.name)].split()):
                # "Sport Lorna Baxendale" of "Minister for Culture, Media and Sport Lorna
                # Baxendale": the words before the shorter name end the office it
                # holds, so the shorter name is the person's.
                absorb(person, holders[0])
                gone.add(id(holders[0]))
                continue
            absorb(holders[0], person)
            gone.add(id(person))

    # Organizations: a possessive or country owner, a name cut at the front, a short form,
    # an acronym ("FDA", or one written in brackets after the name).
    full_forms = {r.name: r for r in organizations}
    initials: dict[str, ActorRecord] = {}
    for org in organizations:
        words = [w for w in org.name.split() if w not in NAME_CONNECTORS]
        if len(words) >= 2:
            letters = "".join(w[0] for w in words if w[:1].isupper())
            initials.setdefault(letters, org)
            # "Scottish FA" is the SFA: an acronym inside the name keeps all its letters.
            initials.setdefault("".join(w if w.isupper() else w[0] for w in words), org)
            if words[0] in country_names() or is_demonym(words[0]):
                initials.setdefault(letters[1:], org)
            whole = org.name.split()
            if len(words) >= 4 and whole[-2:-1] == ["of"] and whole[-1] in country_names():
                # "the TSB" for the "Transportation Safety Board of Canada": the country
                # it is of leaves the acronym
                initials.setdefault(letters[:-1], org)
    # Every name cut at a word from the front or the back, for one lookup per name.
    longer_forms: dict[str, list[ActorRecord]] = {}
    for org in organizations:
        words = org.name.split()
        if len(words) > _MAX_NAME_WORDS:
            continue
        for cut in range(1, len(words)):
            for part in (" ".join(words[cut:]), " ".join(words[:cut])):
                holders = longer_forms.setdefault(part, [])
                if len(holders) < 2:
                    holders.append(org)
    states = {r.name: r for r in ordered if r.kind == "country" and id(r) not in gone}
    for org in organizations:
        if id(org) in gone:
            continue
        target: ActorRecord | None = None
        possessed = re.match(r"^([A-Z][\w.-]*)[’']s (.+)$", org.name)
        if possessed and possessed.group(2) in full_forms and possessed.group(1) in country_names():
            target = full_forms[possessed.group(2)]
        if target is None:
            # "Ukraine's military", "the Ukrainian Army" beside Ukraine named on its own:
            # the state acting through a body of its own is one actor, the country.
            state = _state_of(org.name, states)
            if state is not None and state.mentions > org.mentions:
                absorb(state, org)
                state.aliases = [a for a in state.aliases if a not in (org.name, *org.aliases)]
                gone.add(id(org))
                continue
        if target is None and org.name.isupper() and 2 <= len(org.name) <= 8:
            candidate = initials.get(org.name.replace(".", ""))
            if candidate is not None and candidate is not org:
                target = candidate
        if target is None:
            target = _longer_form(org, longer_forms, gone)
        if target is not None and target is not org and id(target) not in gone:
            # The fuller name stays the name; the acronym and short forms are aliases.
            absorb(target, org)
            gone.add(id(org))
    # "The Marine Survey Service (MSS)": the bracketed acronym is the same body. One pass
    # over the text finds every bracketed capital word; the words before it are looked up.
    # So is a short name the article introduces: "the Panama Canal Authority, known by its
    # Spanish initials ACP", "Harwood Mutual, known as HM".
    short_names = {o.name: o for o in organizations if id(o) not in gone}
    if short_names:
        for bracket in _INTRODUCED_SHORT_NAME.finditer(text):
            short = bracket.group(1) or bracket.group(2)
            acronym = short_names.get(short)
            if bracket.group(1) and not short.isupper():
                continue
            if acronym is None:
                # "The Nursing and Midwifery Council (NMC) panel said": the acronym of a
                # body named just before it, never used on its own, is still its alias.
                if bracket.group(1):
                    _bracketed_alias(short, text[: bracket.start()].rstrip(), full_forms)
                continue
            del short_names[short]
            words = text[max(0, bracket.start() - 160) : bracket.start()].rstrip(" ,").split()
            if bracket.group(1):
                spelled = _spelled_body(short, words, organizations, gone, acronym, renamed)
                if spelled is not None and spelled is not acronym and id(spelled) not in gone:
                    absorb(spelled, acronym)
                    gone.add(id(acronym))
                    continue
                if acronym.name != short:
                    continue  # the acronym's own actor took the whole name
            named = next(
                (
                    full_forms[" ".join(words[-n:])]
                    for n in range(min(len(words), _MAX_NAME_WORDS), 0, -1)
                    if " ".join(words[-n:]) in full_forms
                ),
                None,
            )
            if named is not None and named is not acronym and id(named) not in gone:
                absorb(named, acronym)
                gone.add(id(acronym))
    return [r for r in ordered if id(r) not in gone]


def _bracketed_alias(short: str, before: str, full_forms: dict[str, ActorRecord]) -> None:
    """Add the acronym in brackets right after an organization's name as its alias,
    when its letters are the name's initials."""
    words = before.split()[-_MAX_NAME_WORDS:]
    for n in range(len(words), 1, -1):
        body = full_forms.get(" ".join(words[-n:]))
        if body is None:
            continue
        initials = "".join(w[0] for w in body.name.split() if w[:1].isupper())
        if initials.endswith(short) and short not in body.aliases:
            body.aliases.append(short)
        return


_INITIAL_SKIPS = frozenset({"of", "for", "the", "and", "on", "in", "&", "to"})


def _spelled_body(
    acronym: str,
    words: list[str],
    organizations: list[ActorRecord],
    gone: set[int],
    acronym_record: ActorRecord,
    renamed: dict[str, str],
) -> ActorRecord | None:
    """ "the Agency for Medicines and Healthcare products (AMHP)": a name with a word in
    lower case that the capitalized run cut short. The words before the bracket whose
    initials spell the acronym are the body's whole name; the body named by a start of
    it (or else the acronym's own actor) takes that name."""
    letters = acronym.replace(".", "").replace("&", "")
    for n in range(2, min(len(words), _MAX_NAME_WORDS + 4) + 1):
        phrase = words[-n:]
        if not phrase[0][:1].isupper() or phrase[0].casefold() in _INITIAL_SKIPS:
            continue
        content = [w for w in phrase if w.casefold() not in _INITIAL_SKIPS]
        # The acronym may spell the words in lower case ("Healthcare products (AMHP)")
        # or skip them ("Medicines and Healthcare products Regulatory Agency (MHRA)").
        spelled = {
            "".join(w[0] for w in content).upper(),
            "".join(w[0] for w in content if w[:1].isupper()),
        }
        if letters.upper() not in spelled or not any(w[:1].islower() for w in content):
            continue
        whole = _clean_name(" ".join(phrase))
        body = next(
            (
                o
                for o in organizations
                if id(o) not in gone
                and o is not acronym_record
                and (whole.startswith(o.name + " ") or whole.endswith(" " + o.name))
            ),
            acronym_record,
        )
        old = body.name
        body.name = whole
        renamed[old] = whole
        if body is acronym_record:
            body.aliases.append(old)
            return None
        return body
    return None


def _state_of(name: str, states: dict[str, ActorRecord]) -> ActorRecord | None:
    """The country acting in the story whose armed forces the name is: "Ukraine's
    military", "Ukrainian Army" (a possessive or a nationality, then the forces). In a
    war the country and its forces are one belligerent; a government or a ministry
    acting in its own name stays an actor of its own ("Panama's government")."""
    words = name.split()
    if len(words) != 2 or words[-1].casefold() not in _ARMED_FORCES:
        return None
    owner = re.sub(r"[’']s$", "", words[0])
    country = country_names().get(owner) or demonym_country(owner)
    if country is None:
        return None
    return states.get(owner) or next(
        (r for n, r in states.items() if country_names().get(n) == country), None
    )


def _longer_form(
    org: ActorRecord, longer_forms: dict[str, list[ActorRecord]], gone: set[int]
) -> ActorRecord | None:
    """An organization whose name holds this one's at its end ("Local Government
    Association" for "Government Association") or at its start ("Apex Holdings" for
    "Apex"), the only one that does."""
    found = [o for o in longer_forms.get(org.name, ()) if o is not org and id(o) not in gone]
    if len(found) != 1:
        return None
    if _whole_body_name(org.name) and found[0].name.startswith(f"{org.name} "):
        # "Harbury Rovers" and "Harbury Rovers Supporters' Trust": a name complete in
        # itself before a longer body's own name is a second body, not a short form.
        return None
    return found[0]


def _whole_body_name(name: str) -> bool:
    """A name of two words or more that ends in a body's head word ("Harlow Foods",
    "Harbury Rovers", "Pellin Council")."""
    words = name.split()
    return len(words) >= 2 and (words[-1] in ORG_HEADS or words[-1] in _CLUB_WORDS)


# --- kinds, keeping, ranking ----------------------------------------------------------


def _settle_kind(record: ActorRecord, found: _Evidence, person_words: Counter[str]) -> None:
    """The kind the recognizer gives a name when the rules guessed otherwise: a "person"
    it always calls an organization ("Hartley Town") or only a place ("the coroner for
    West Sussex"), a "place" it mostly calls an organization ("PulseTrack said")."""
    was_person = record.kind == "person"
    if was_person and peerage_named(record.name):
        return  # "the Duchess of Kendal", whatever the recognizer calls it
    _settle_kind_by_evidence(record, found, person_words)
    if was_person and record.kind != "person":
        # The "surname" alias a person's name gets is no name of a body or a place.
        last = record.name.split()[-1]
        record.aliases = [a for a in record.aliases if a != last]


def _settle_kind_by_evidence(
    record: ActorRecord, found: _Evidence, person_words: Counter[str]
) -> None:
    if record.kind == "organization" and found.misread_person and not found.org_label:
        # "Sophie Hargreaves-Obi commutes from ...", called a body only where the parse
        # broke on her name: a person.
        record.kind = "person"
    elif record.kind == "person" and (
        (_club_named(record.name) and not found.person_label) or _closes_as_no_surname(record.name)
    ):
        # "CASH-strapped Marshfield Town have been hit ...": a name that closes as a
        # club's, which the recognizer never calls a person, is the club; a word of
        # tabloid colour glued before it describes no body.
        record.kind = "organization"
        if record.role and _COLOUR_ADJECTIVE.fullmatch(record.role):
            record.role = None
    elif record.kind == "person" and found.office_of * 2 > found.mentions:
        # Whatever the recognizer says, what an MP or councillor is "for" is a place.
        record.kind = "place"
    elif (
        record.kind == "person"
        and found.called_it
        and (not record.role or _impersonal_description(record.role))
    ):
        # "Brindle Living said it would close 40 stores": a person is never "it" (nor
        # "the national reporting centre for fraud").
        record.kind = "organization"
    elif record.kind == "person" and (
        _described_as_a_body(record.role)
        or (found.described is not None and _described_as_a_body(found.described[1]))
    ):
        # "Ashcombe Rowe, the auction house, said": described as a body, whatever the
        # recognizer calls the name.
        record.kind = "organization"
    elif (
        record.kind == "person"
        and not found.person_label
        and record.role
        and record.role.split()[-1].casefold() in DESCRIPTIVE_BODY_NOUNS
    ):
        # "The Halvern Echo, the town's weekly paper, obtained ...": what the name is
        # described as is a body, whatever the rules guessed from the apposition.
        record.kind = "organization"
    elif (
        record.kind == "person"
        and not found.person_label
        and not found.jailed
        and not record.role
        # "Morley Athletic boss Kev Lumley": described as a person, whatever the label.
        and not (
            found.described
            and (
                _role_head(found.described[1]) in _PERSON_ROLE_WORDS | DESCRIPTION_NOUNS
                # "the Very Rev Ann Lee, Dean of Kirkby": an office of a place or body.
                or _CAPITALIZED_OFFICE.match(found.described[1])
            )
        )
    ):
        if (
            found.org_label * 2 > found.labelled and not _given_name_and_surname(record.name)
        ) or _names_a_body_over_a_country(record.name):
            record.kind = "organization"
        elif (
            found.place_label
            and not found.org_label
            and all(person_words[w] < 2 for w in record.name.split())
        ):
            # Not a piece of another person's name ("Jerotich Chebet" of "Faith Jerotich
            # Chebet", which the recognizer may call a place).
            record.kind = "place"
    elif (
        record.kind == "place"
        and " " not in record.name
        and record.name not in state_names()
        and found.firm_cue >= 2
    ):
        # "merge with smaller rival Carrow ... Carrow shares jumped": a one-word name the
        # recognizer calls a place, which issues shares, has a chairman or is described
        # by a company's noun more than once, is the company (round 25).
        record.kind = "organization"
    elif (
        record.kind == "place"
        and record.name not in state_names()  # "Maharashtra said", called a body
        and not found.place_label
        and found.org_label > found.person_label
        and found.org_label * 2 > found.labelled
    ):
        record.kind = "organization"


def _given_name_and_surname(name: str) -> bool:
    """Is the name a given name of the lexicon and a surname, with no word of a body's
    name ("Aoife Gilmartin", which the recognizer may call a body; not "Ann Lee Group",
    "Harvey Nichols & Co")? What the recognizer calls a body is then a person."""
    return _shaped_as_a_person(name) and fold(name.split()[0]) in GIVEN_NAMES


def _shaped_as_a_person(name: str) -> bool:
    """Is the name written as a person's is, two or three capitalized words of letters
    with no word of a body's name ("Lionel Barrow"; not "Kier Group", "Foster and
    Partners")?"""
    words = name.split()
    return (
        len(words) in (2, 3)
        and words[0] not in COMMON_CAPITALIZED
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not any(w in ORG_HEADS or w in COMPANY_SUFFIXES for w in words)
    )


def _names_a_body_over_a_country(name: str) -> bool:
    """ "Tourism New Zealand", "Sport Northern Ireland": one capitalized word before a
    country's name of one or two words is a body's name (the recognizer calls it the
    country); not a compass word, a country or a nationality ("Southern Ireland")."""
    words = name.split()
    countries = country_names()
    if not 2 <= len(words) <= 3 or " ".join(words[1:]) not in countries:
        return False
    first = words[0]
    return (
        first.isalpha()
        and first not in countries
        and first not in COMMON_CAPITALIZED
        and not is_demonym(first)
        and not any(first.startswith(w) for w in COMPASS_WORDS)
    )


# "cash-strapped", "high-flying": a hyphened adjective of a participle, no noun.
_COLOUR_ADJECTIVE = re.compile(r"[^\W\d_]+-[^\W\d_]+(?:ed|ing)", re.IGNORECASE)
# "Struggling", "Embattled": a participle written before a name as an adjective.
_GLUED_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}(?:ing|ed)")
# "Rediscovered", "Jailed", "Stolen", "Tearful", "Fearless": a headline's participle or
# adjective before a surname.
_HEADLINE_EPITHET = re.compile(r"[A-Z][a-z]{2,}(?:ed|ing|en|ful|less)")
_OF_WHOM = re.compile(r"\s(?:of|for|at|in|with)\s")
# "the activist fund run by ...", "the law firm set up by ...": a participle's clause
# about the noun before it.
_BY_WHOM = re.compile(r"\s[a-z]+(?:\s(?:up|out))?\sby\s")
_CAPITALIZED_OFFICE = re.compile(r"(?:[Tt]he\s)?[A-Z][a-z]+\s(?:of|for)\s(?:the\s)?[A-Z]")


def _collective(description: str) -> bool:
    """Is a description a noun phrase headed by a body of people ("a group of members
    opposed to the sale", "the local charity", "the accountancy firm that audits the
    council"), not a clause that names one ("who chairs the group", "founded the
    charity")?"""
    head = _description_head(description)
    return head is not None and head in COLLECTIVE_BODY_NOUNS


def _description_head(description: str) -> str | None:
    """The noun (lower case) that heads a description written as a noun phrase of up to
    four words with its article: "firm" of "the accountancy firm that audits the
    council" or of "the security firm Apex hired" (a clause about the noun, with its
    own subject, starts after it); "brokerage" of a bare "brokerage" written before a
    name; "fund" of "the activist fund run by the financier Ann Lee". None for a clause
    or a phrase of someone's ("the firm's founder")."""
    words = _BY_WHOM.split(_OF_WHOM.split(description, maxsplit=1)[0], maxsplit=1)[0].split()
    for i, word in enumerate(words[1:], start=1):
        if (
            word.casefold() in CLAUSE_OPENERS
            or (word[:1].isupper() and words[i - 1].islower() and i > 1)
            # "the department store chain founded in 1880": a participle's clause
            or (i > 1 and word in PARTICIPLES_AFTER_NOUN)
        ):
            words = words[:i]
            break
    if words and all(w.islower() and w.isalpha() for w in words) and len(words) <= 2:
        # "brokerage Ashby Lowe", "law firm Marsh Keane": a trade written bare before it
        words = ["a", *words]
    if not 1 < len(words) <= 4 or words[0].casefold() not in ("a", "an", "the"):
        return None
    head = words[-1]
    return head.casefold() if head.isalpha() and head.islower() else None


def _country_in_owned_title(t: ParsedTokens, root: int) -> bool:
    """Is a country's name a word of a post another owner holds ("Velden's UK managing
    director", "the bank's US chief"): where the post is, not whose?"""
    if t.dep[root] not in ("compound", "nmod", "amod"):
        return False
    noun = t.head[root]
    return t.text[noun].islower() and any(t.dep[c] == "poss" and c < root for c in t.children[noun])


def _headline_trade(
    text: str, record: ActorRecord, found: _Evidence, lower_words: set[str]
) -> bool:
    """Is a body's one-word name a headline's trade ("Brewer shares slide", "Carmaker
    recalls SUVs"): a noun that describes, named nowhere but on the headline's line?"""
    name = record.name
    return (
        " " not in name
        and not record.role
        and found.mentions <= 1
        and (_describes(name, lower_words) or name.casefold() in _BODY_KIND_WORDS)
        and in_headline_line(text, record.first, record.first + len(name))
    )


_WATERCOURSE_NAME = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(WATERCOURSE_WORDS))
    + r") ([A-Z][a-z]+)|([A-Z][a-z]+) (?="
    + "|".join(sorted(WATERCOURSE_WORDS))
    + r"))"
)


def _watercourses(text: str) -> frozenset[str]:
    """The own names of the rivers and canals an article names with the word ("Ouse" of
    "the River Ouse", "Hudson" of "the Hudson River")."""
    names = (m.group(1) or m.group(2) for m in _WATERCOURSE_NAME.finditer(text))
    return frozenset(n for n in names if n not in COMMON_CAPITALIZED)  # not "The River"


# A road's number ("the A38", "the M25", "the N7", "the A1(M)"): a road, never an actor.
_ROAD_NUMBER = re.compile(r"[ABMN]\d{1,4}(?:\(M\))?")


def _names_an_index(name: str) -> bool:
    """Is a name a stock market index's, as written with its number or its closing words
    ("FTSE 100", "Dow Jones Industrial Average", "Hang Seng Index")?"""
    words = name.split()
    while len(words) > 1 and (words[-1].isdigit() or words[-1] in MARKET_INDEX_TAILS):
        words.pop()
    return " ".join(words) in MARKET_INDEX_NAMES


def _names_a_watercourse(name: str, rivers: Collection[str]) -> bool:
    """Is a name a river's or a canal's: "River Ouse", "Hudson River", or the bare
    "Ouse" of an article that names the River Ouse?"""
    words = name.split()
    if len(words) == 1:
        return name in rivers
    return (words[0] in WATERCOURSE_WORDS and len(words) == 2) or (
        words[-1] in WATERCOURSE_WORDS and words[0] in rivers
    )


def _described_as_a_place(record: ActorRecord) -> bool:
    """Is a name described as a place ("Thornby Moor, a Cumbrian market town of 9,000
    people", "Corvale, a city of 400,000"), whatever the recognizer called it? A place
    is an actor only where it acts (_acts)."""
    return (
        record.kind in ("person", "organization")
        and record.role is not None
        and _description_head(record.role) in PLACE_KIND_NOUNS
    )


# "the 1998 hit by ...", "a ballad by ...": a work and its maker, up to two words between
# the article and the noun.
_WORK_BY = re.compile(r"(?:[Tt]he|[Aa]n?)\s(?:\S+\s){0,2}?([a-z]+)\sby\s")


def _described_as_a_thing(record: ActorRecord) -> bool:
    """Is a name described as a work, a pub, an animal or a product ("The Red Lion ...
    has been named pub of the year"), whatever the recognizer called it?"""
    if record.kind not in ("person", "organization") or record.role is None:
        return False
    words = record.role.split()
    head = _description_head(record.role)
    made = _WORK_BY.match(record.role)
    if head is None and made:
        head = made[1]  # "the 1998 hit by folk band ...": a noun, not a participle's clause
    built = _thing_description_head(record.role)
    return (
        head in NAMED_THING_NOUNS
        or head in DESCRIBED_THING_NOUNS
        or (
            built is not None
            and (
                built in DESCRIBED_PLACE_THING_NOUNS
                or built in DESCRIBED_THING_COMPOUNDS
                or built in DESCRIBED_THING_NOUNS
                or built in NAMED_THING_NOUNS
            )
        )
        or (
            # "Bruno, a 12-year-old Labrador,": a breed written with its capital
            1 < len(words) <= 4
            and words[0].casefold() in ("a", "an", "the")
            and words[-1].casefold() in ANIMAL_NOUNS
            and words[-1][:1].isupper()
        )
    )


def _thing_description_head(description: str) -> str | None:
    """The noun (lower case; two words where the last alone may name a body) that heads
    a description of a thing written with a possessive, an era or a participle's clause:
    "range" of "the chain's own-label furniture range", "restaurant" of "a floating
    restaurant moored on the Thames", "shopping centre" of "the town's biggest shopping
    centre", "arcade" of "the Edwardian shopping arcade". None for a clause."""
    words = _OF_WHOM.split(description, maxsplit=1)[0].split()
    if len(words) > 2 and words[0].casefold() in ("a", "an", "the") and words[1].endswith("'s"):
        words = ["the", *words[2:]]  # "the chain's own-label range": the owner's word
    for i, word in enumerate(words[1:], start=1):
        if i > 1 and (
            word in PARTICIPLES_AFTER_NOUN
            or word in THING_DESCRIPTION_BREAKS
            or word.casefold() in CLAUSE_OPENERS
        ):
            words = words[:i]
            break
    if not 1 < len(words) <= 7 or words[0].casefold() not in ("a", "an", "the"):
        return None
    head = words[-1]
    if not (head.isalpha() and head.islower()):
        return None
    pair = f"{words[-2].casefold()} {head}"
    return pair if pair in DESCRIBED_THING_COMPOUNDS else head


def _described_as_a_body(role: str | None) -> bool:
    """Is a description a body's noun phrase ("the auction house", "a Bristol auction
    house", "the family firm"), which no person is described by?"""
    if not role:
        return False
    words = role.split()
    if len(words) <= 4 and words[-1] in CLUB_DESCRIPTION_NOUNS and "'" not in role:
        # "Lisbon side Atletico Vale", "Scottish outfit Ross Rangers", "the Championship
        # club": a club, whatever the recognizer calls its name (round 24)
        return True
    head = _description_head(role)
    if head == "house":
        words = role.split()
        return len(words) >= 3 and words[-2].casefold() in HOUSE_TRADES
    # (Not an agent noun a person may be too: "broadcaster Owen Garside", "a publisher".)
    return head is not None and (
        (head in COLLECTIVE_BODY_NOUNS | COMPANY_NOUNS and not head.endswith(AGENT_SUFFIXES))
        # "Edwin Marsh, the furniture retailer,": an agent's noun no person is described by
        or head in DESCRIBED_BODY_AGENT_NOUNS
    )


def _attribution_noun(description: str) -> str | None:
    """The noun of "the label announced on Friday", "the company said": a parenthetical
    that attributes the sentence (an article, a noun or two, a verb of speech), read as
    a description; None for a description."""
    words = description.split()
    verb = next((i for i, w in enumerate(words[:4]) if w in SPEECH_VERBS), None)
    if (
        verb is None
        or verb < 2
        or words[0].casefold() != "the"
        or not all(w.isalpha() and w.islower() for w in words[1:verb])
    ):
        return None
    return words[verb - 1]


def _impersonal_description(description: str) -> bool:
    """Is a description a noun phrase whose head is no word for a person ("the national
    reporting centre for fraud", "a helpline"), where "chief executive", "a nurse" or
    "the firm's founder" describe people?"""
    head = _description_head(description)
    return (
        head is not None
        and head not in _PERSON_ROLE_WORDS
        and head not in DESCRIPTION_NOUNS
        and head not in COMMENTATOR_NOUNS
        and not (head.endswith(AGENT_SUFFIXES) and head not in AGENT_LOOKALIKES)
    )


def _role_head(description: str) -> str:
    """The noun a description ends in before what it is of: "Dean" of "The Dean of
    Kirkby", "boss" of "Morley Athletic boss"."""
    return _OF_WHOM.split(description, maxsplit=1)[0].split()[-1].casefold()


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


def _names_a_model(words: list[str]) -> bool:
    """ "Airbus A321XLR", "Embraer E195", "Halden H70": a product of the maker named
    first (an aircraft type, a phone, a car), which enters service or goes on sale, and is
    no actor; the maker named alone is one."""
    return len(words) >= 2 and _MODEL_CODE.fullmatch(words[-1]) is not None


def _model_codes(text: str) -> set[str]:
    """Model codes the article writes after a maker's name ("the Tarrant T90", "Airbus
    A350"), found in one pass: the code alone ("The T90, which made its first flight ...")
    is then the product, no actor, though a body may be named by letters and a number
    ("the G20")."""
    return {m[1] for m in _AFTER_MAKER.finditer(text)}


def _event_word_a_name_takes(words: list[str]) -> bool:
    """Is the word that makes a name an event's one a person's name may hold: a surname
    ("Ann Day", "Tom Week") or the given name "Storm" ("Storm Keller")?"""
    return words[-1] in OCCASION_WORDS or words[0] == "Storm"


def _acts(record: ActorRecord, found: _Evidence) -> bool:
    """Is the actor an actor of the story, not scenery, a byline or a credit?"""
    words = record.name.split()
    if _names_an_event(words) and not (
        record.kind == "person" and found.person_label and _event_word_a_name_takes(words)
    ):
        # "Boxing Day" said to be a person; never "Ann Day", a person. "Hurricane
        # Delphine" and "the Kelvin Accord" are no one, whatever the recognizer says.
        return False
    if record.kind == "organization" and _names_a_model(words):
        return False
    if record.kind == "person":
        if found.story == 0:
            return False  # a byline or a credit line
        if " " not in record.name and found.measured >= found.mentions:
            return False  # "Turnout was 61.2%": a share the recognizer took for a name
        last = record.name.split()[-1]
        if (last in PLACE_HEADS or last in STREET_HEADS) and not (
            found.person_label
            and found.acting
            and (last not in STREET_HEADS or found.acting >= 2 or not _no_role(record.role))
        ):
            # "Creekside Road", "Oakfield House" acting as a name; "of Moss Lane, Sale"
            # in an address, whatever the recognizer calls it; a soap called "Harbour
            # Lane" that a star "quits" once. A person so named acts more than once or
            # is described.
            return False
        # One word the recognizer never calls a person, with no title: a headline word
        # ("Gran, 51, ...") rather than a name.
        return (
            " " in record.name
            or bool(found.person_label)
            # A role that names what a person is ("striker", "his daughter"), not a
            # modifier ("Kyiv-appointed Donetsk region governor" makes no "Donetsk").
            or any(
                w.casefold().strip(",.") in _PERSON_ROLE_WORDS for w in (record.role or "").split()
            )
        )
    if record.kind in ("place", "country"):
        # A place named this often, and mostly not as where something happens, is what
        # the story is about ("attacks on Soledar", "the capture of Soledar"); one named
        # only as where ("OSLO (Reuters) - ... in Oslo", "stranded at Gatwick") is scene.
        return found.acting > 0 or (
            found.mentions >= _CENTRAL_PLACE_MENTIONS and found.located * 2 < found.mentions
        )
    # "Engineers at Orbital Forge, the Harwell company that built the lander, replaced
    # both": a body the story stops to describe as one is one of its actors (a
    # description of more than the bare noun: "The League Two club" is the club's league).
    return found.acting > 0 or (
        len((record.role or "").split()) > 1 and _described_as_a_body(record.role)
    )


def _centrality(record: ActorRecord, found: _Evidence | None, spoke: int) -> float:
    if found is None:
        return float(record.mentions)
    return (
        found.mentions
        + 2 * found.acting
        + 3 * spoke
        + (4 if found.in_lead else 0)
        + (1 if record.kind == "person" else 0)
    )


def lead_end_of(sentence_ends: Sequence[int]) -> int:
    """Where the article's first sentences (its lead) end."""
    if not sentence_ends:
        return 0
    return sentence_ends[min(_LEAD_SENTENCES, len(sentence_ends)) - 1]
