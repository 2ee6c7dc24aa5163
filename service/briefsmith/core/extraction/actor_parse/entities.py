"""People and bodies the recognizer finds acting that the capitalized-run rules missed,
and the ones it finds that are no actors (places setting the scene, works, vessels,
events, products). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from briefsmith.core.extraction.actor_parse.reading import (
    _ARMED_FORCES,
    _CLUB_WORDS,
    _COURTESY_WORDS,
    _MAX_DESCRIPTION_TOKENS,
    _MAX_LIST_MEMBERS,
    _MAX_NAME_WORDS,
    _NAME_LABELS,
    _OFFICE_NOUNS,
    _PERSON_ROLE_WORDS,
    _READ_CHILDREN,
    _SQUAD_NOUNS,
    _STAFF_NOUNS,
    _SUBJECTS,
    _TITLE_WORDS,
    ParsedEntity,
    ParsedTokens,
    _appointed_as,
    _body_a_party_through,
    _body_a_verb_reaches,
    _body_owns_what_is_told,
    _came_from,
    _campaigners_of,
    _cited_source,
    _clean_name,
    _club_named,
    _given_before_surnames,
    _headline_epithet,
    _introduced_by_noun,
    _is_credit,
    _jailed,
    _joint_subject,
    _made_by,
    _name_a_body_calls_itself,
    _named_after_subject_noun,
    _named_with_body_noun,
    _names_an_event,
    _on_a_verb_read_as_noun,
    _one_word_company,
    _opens_dateline,
    _part,
    _party_to_the_deal,
    _passed_through,
    _plural_staff_noun,
    _prize_subject,
    _root,
    _side_or_firm_moved_to,
    _subtree_end,
    _two_known_bodies,
    _without_titles,
    apposed_name_after,
    nationality_of_state_body,
    office_named,
    opponent_in_a_result,
    party_in_brackets,
    post_owner_names,
    seat_in_brackets,
)
from briefsmith.core.extraction.actors import (
    ActorRecord,
    numbered_after,
    opens_portfolio,
    plural_person_word,
)
from briefsmith.core.lexicon import (
    ACTED_ON_LEMMAS,
    ADMINISTRATIVE_PLACE_WORDS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    APPROVAL_NOUNS,
    AWARDED_NOUNS,
    BEATING_LEMMAS,
    BODY_NOUNS,
    BODY_NOUNS_BEFORE_A_NAME,
    BODY_NOUNS_NEEDING_A_MODIFIER,
    BODY_STAFF_NOUNS,
    BODY_UNIT_NOUNS,
    CAMPAIGNER_NOUNS,
    CLUB_DESCRIPTION_NOUNS,
    COMMENTATOR_NOUNS,
    COMMON_CAPITALIZED,
    COMPASS_WORDS,
    COMPETITION_WORDS,
    DESCRIPTION_NOUNS,
    DESCRIPTIVE_BODY_NOUNS,
    EVENT_NAME_HEADS,
    GIVEN_NAMES,
    GOVERNMENT_ACT_LEMMAS,
    INSTITUTION_NOUNS,
    ISSUED_NOUNS,
    KIN_NOUNS,
    LOCAL_AUTHORITY_NOUNS,
    MILITARY_HEADS,
    MINISTRY_NOUNS,
    MONTHS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NAMED_BODY_NOUNS,
    NAMING_VERBS,
    NATIONAL_SIDE_VERBS,
    NICKNAMING_LEMMAS,
    NON_PARTY_PREPOSITIONS,
    OPERATED_PLACE_HEADS,
    ORG_HEADS,
    PARTY_MEMBER_NOUNS,
    PARTY_NAMES,
    PARTY_TO_AN_OBJECT_PREPOSITIONS,
    PENALTY_PARTICIPLES,
    PLACE_BODY_NOUNS,
    PLACE_DESCRIBED_FIRM_NOUNS,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_STANCE_LOOKALIKE_LEMMAS,
    PORTRAYAL_LEMMAS,
    POST_NOMINALS,
    POSTS_SPEAKING_FOR_A_BODY,
    PRESS_NOUNS,
    PUBLIC_BODIES_ALONE,
    PUBLIC_SERVICE_NOUNS,
    REFERRING_ADJECTIVES,
    ROLE_NOUNS,
    SENT_NOUNS,
    SIDE_MARGIN_NOUNS,
    SIDE_PLAY_NOUNS,
    SIDE_TARGET_NOUNS,
    SIDE_UNCOUNTED_PLAY_NOUNS,
    SPEECH_LEMMAS,
    SPORT_CLUB_WORDS,
    STANCE_LEMMAS,
    STATE_BODY_NOUNS,
    STREET_HEADS,
    VENUE_HEADS,
    VESSEL_PREFIXES,
    WEATHER_SYSTEM_WORDS,
    WEEKDAYS,
    country_names,
    fold,
    is_demonym,
    nationality_before_name,
    state_names,
)
from briefsmith.core.names import (
    given_name_gender,
    is_spelling_of,
    peerage_named,
    person_in_body_name,
)
from briefsmith.core.numbers import parse_number

# More parse actors than this from one article is not news prose (a hostile input).
_MAX_PARSE_ACTORS = 200
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_BODY_NOUNS = STATE_BODY_NOUNS | frozenset(INSTITUTION_NOUNS) | BODY_NOUNS
# Verbs of playing a part or giving a nickname (built once)
_PLAYING_OR_NAMING_LEMMAS = PORTRAYAL_LEMMAS | NICKNAMING_LEMMAS
_OWNER_MARK = re.compile(r"\w[’']s\s")
# The heads of a body's own name, not a force's ("Army", "Forces", "Navy").
_CIVIL_ORG_HEADS = ORG_HEADS - MILITARY_HEADS


def _sent_from(t: ParsedTokens, root: int) -> bool:
    """ "a letter from Brookvale Homes", "a grant from the Harbury Trust": the name is
    the body a petition, letter or bid comes from."""
    preposition = t.head[root]
    return (
        t.dep[root] == "pobj"
        and t.lower[preposition] == "from"
        and t.lemma[t.head[preposition]] in SENT_NOUNS
    )


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


def _person_told_of(
    t: ParsedTokens, first: int, root: int, name: str, last: int | None = None
) -> bool:
    """ "punched Owen Tilley", "will face Ghana's Kwabena Asare", "his courier, Jordan
    Pike, was stopped", "confirming Samuel Ojo's return": a person named in full whom a
    clause does something to, whose name it sets beside a description of one it tells
    of, or who owns what it tells of, is as much in the story as a subject (round 31d;
    the outside writer's passages list them all). Not a part an actor plays ("played
    barmaid Jodie Sallis"), a name "the" opens ("houses the Mary Lorne", "towed the
    Grace Darling"), nor a street, a place or a venue."""
    words = name.split()
    if (
        len(words) < 2
        or not all(w[:1].isupper() for w in (words[0], words[-1]))
        or words[-1] in PLACE_HEADS | STREET_HEADS | ORG_HEADS | VENUE_HEADS
        or t.lower[first] == "the"
        or (first > 0 and t.lower[first - 1] == "the")
    ):
        return False
    if (
        last is not None
        and _described_by_a_noun_before(t, first)
        and not (
            # (a piece of a name the recognizer cut: "chairman Tan Sri Mohd | Khairi
            # Abdullah")
            last < len(t.text)
            and t.pos[last] == "PROPN"
            and t.text[last][:1].isupper()
            and t.start[last] == t.end[last - 1] + 1
        )
    ):
        return True
    dep, head = t.dep[root], t.head[root]
    if head == root:
        return False
    if dep in ("dobj", "dative"):
        return (
            t.pos[head] == "VERB"
            and t.lemma[head] not in _PLAYING_OR_NAMING_LEMMAS
            and t.lower[head] not in PORTRAYAL_LEMMAS
        )
    if dep == "appos":
        # The description the name is set beside, in lower case ("The driver, ...", "the
        # accused, ...", which the parser may read as a verb).
        return t.pos[head] in ("NOUN", "VERB") and t.text[head].islower()
    if dep == "pobj":
        # "heard evidence from Azman Yusof", "trains under Rhys Dalby", "finished clear of
        # Ethiopia's Meseret Alemu": one the clause's verb (or its adjective or adverb)
        # reaches through a preposition that does not place, compare or name.
        governor = t.head[head]
        return (
            t.lower[head] not in NON_PARTY_PREPOSITIONS
            and governor != head
            and t.pos[governor] in ("VERB", "ADJ", "ADV")
            and t.lemma[governor] not in _PLAYING_OR_NAMING_LEMMAS
        ) or _party_to_the_clause_s_object(t, head, governor)
    # The owner of a thing the clause tells of ("Samuel Ojo's return", "Liam Gauthier's
    # late goal"), itself a subject or an object.
    return dep == "poss" and t.pos[head] == "NOUN" and t.dep[head] in _SUBJECTS | {"dobj", "pobj"}


def _party_to_the_clause_s_object(t: ParsedTokens, preposition: int, noun: int) -> bool:
    """Round 42: "slapped a club-record fine on Danny Kirwan", "rejected criticism from
    Gavin Lister", "lodged a complaint against Ann Lee": the one the object of the
    clause's verb is laid on, comes from or is aimed at (not "a statue of", "a photo
    of", "a trip to")."""
    if t.lower[preposition] not in PARTY_TO_AN_OBJECT_PREPOSITIONS:
        return False
    if t.pos[noun] == "VERB":
        # (the parser may hang the phrase on the verb: "slapped a fine | on Ann Lee")
        return any(
            t.dep[c] == "dobj" and t.pos[c] == "NOUN" and c < preposition for c in t.children[noun]
        )
    return (
        t.pos[noun] == "NOUN"
        and t.dep[noun] in ("dobj", "nsubjpass")
        and t.pos[t.head[noun]] == "VERB"
    )


def _described_by_a_noun_before(t: ParsedTokens, first: int) -> bool:
    """Is the name at token `first` written straight after a common noun in lower case
    that says who the person is ("belonging to businessman Julius Kariuki", "waived guard
    Terrence Oakley", "fined paceman Liam Harkness", "his deputy M.R. Narayana", "with
    federal mediator Yvette Lacroix presiding")? The story tells of one it so describes,
    wherever the parser hangs the name (round 34d). Not a part an actor plays ("played
    barmaid Jodie Sallis")."""
    before = first - 1
    return (
        before >= 1
        and t.text[before].isalpha()
        and t.text[before].islower()
        and t.pos[before] == "NOUN"
        and t.end[before] + 1 == t.start[first]
        and t.sent[before] == t.sent[first]
        and not any(
            t.lemma[i] in _PLAYING_OR_NAMING_LEMMAS or t.lower[i] in PORTRAYAL_LEMMAS
            for i in range(max(0, before - 2), before)
        )
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
    # The openings of the known names ("Prairie Gate" of "Prairie Gate Capital"): the
    # short form of one, not another actor (round 31d).
    openings = {
        " ".join(words[:cut])
        for known_name in known
        for words in [known_name.split()]
        for cut in range(2, min(len(words), _MAX_NAME_WORDS))
    }
    # The first words of the bodies the rules named in two words or more.
    body_openings = {n.split()[0] for n in known_bodies if " " in n}
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
    for start, name in [*_sides_of_results(t, inside_quote), *_sides_by_nickname(t, inside_quote)]:
        if (
            name not in known
            and name not in added
            and name.split()[-1] not in known_words
            and len(added) < _MAX_PARSE_ACTORS
        ):
            added[name] = ActorRecord(name, "organization", first=start)
    previous: ParsedEntity | None = None
    for entity in entities:
        owner, previous = previous, entity
        if inside_quote(entity.start):
            continue
        if (entity.text in states and " " in entity.text) or entity.text in added:
            continue  # "Tamil Nadu" called a person: a state, acting or scenery
        if seat_in_brackets(t, entity.first_token, entity.last_token) or party_in_brackets(
            t, entity.first_token, entity.last_token
        ):
            continue  # "Ann Lee (PN–Kuala Nerus)" called a person: her seat and party
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
        if label in ("GPE", "LOC") and _local_government_speaks(t, entity, root, states):
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
            # (the parser reads "fined the Denver Peaks $250,000" as a "dative")
            t.dep[root] in ("dobj", "dative")
            and t.pos[t.head[root]] == "VERB"
            and (
                (label == "PERSON" and t.lemma[t.head[root]] in ACTED_ON_LEMMAS)
                # "Uefa has fined Dinamo Ostrava", "Sepa prosecuted Kilbride Distillery":
                # a body penalised
                or (label == "ORG" and t.lower[t.head[root]] in PENALTY_PARTICIPLES)
            )
        ) or jailed
        if (
            (
                label == "PERSON"
                or (
                    # ("face Ghana's Kwabena Asare" called a body: a given name and a surname)
                    label == "ORG"
                    and len(name.split()) == 2
                    and fold(name.split()[0]) in GIVEN_NAMES
                    and person_span is None
                )
            )
            and name not in openings
            and _person_told_of(t, entity.first_token, root, name, entity.last_token)
        ):
            acted_on = True
            label = "PERSON"
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
                    or _body_owns_what_is_told(t, entity.first_token, entity.last_token, root)
                    or _body_a_party_through(t, entity.first_token, entity.last_token, root)
                    or _body_a_verb_reaches(t, entity.first_token, entity.last_token, root)
                    or _cited_source(t, root)
                    # "in the win over Waikato Chiefs Development": the other side of
                    # the match the story tells, named once (round 30); not a horse or
                    # a player one person beat ("Ann Lee's narrow win over Copper Lantern")
                    or (opponent_in_a_result(t, root) and not _won_by_one(t, t.head[t.head[root]]))
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
                    # "Unifor and Ridgeway Aviation reached a deal", "The Royal Flying
                    # Doctor Service and Broome Hospital airlifted ...": one of the
                    # bodies a list of subjects names (round 33)
                    # (one word only after "the", "and the Congress": "South Yorkshire
                    # Fire and Rescue said" is one name the recognizer cut at "and")
                    or (
                        _joint_subject(t, entity.first_token, entity.last_token)
                        and (
                            entity.last_token - entity.first_token > 1
                            or (entity.first_token > 0 and t.lower[entity.first_token - 1] == "the")
                        )
                        # (not a name joined to a person's, without a body's word: "Crs
                        # Pat Loughnan and Deb Ferraro moved" is two people, whatever the
                        # recognizer calls the second)
                        and not (
                            t.ent[t.head[root]] == "PERSON"
                            # (a full name, not "Wardens" taken for one)
                            and any(
                                t.dep[c] == "compound" and t.ent[c] == "PERSON"
                                for c in t.children[t.head[root]][:_READ_CHILDREN]
                            )
                            and not any(w in ORG_HEADS for w in name.split())
                        )
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
                        and (
                            _staff_act(t, entity.first_token, entity.last_token)
                            or (
                                _post_holder_acts(t, entity.first_token, entity.last_token)
                                # (not "Halvorsen Canada president ..." beside Halvorsen
                                # Motors: an arm of a body the story names, whose short
                                # form it would split)
                                and name.split()[0] not in body_openings
                            )
                        )
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
        if team is not None and team.kind == "country":
            team.kind = "organization"  # "India chased down 289": the national side
        elif team is not None and team.kind == "person":
            team.kind = "organization"
            team.aliases = [a for a in team.aliases if a != name.split()[-1]]
        elif team is None and name not in known and len(added) < _MAX_PARSE_ACTORS:
            added[name] = ActorRecord(name, "organization", first=start)
    # The known names by their words' openings ("Lib Dem" of "Liberal Democrats").
    by_openings: dict[tuple[str, ...], list[str]] = {}
    for known_name in known:
        by_openings.setdefault(tuple(w[:3] for w in known_name.split()), []).append(known_name)
    for first, last in post_owner_names(t):
        # "Remo Stars striker Sikiru Alimi scored", "Thornbury Wealth's Renata Salas
        # called it": the body whose post a person who acts holds, however the
        # recognizer reads its name (round 34d).
        name = _clean_name(text[t.start[first] : t.end[last - 1]])
        words = name.split()
        if any(
            all(long.startswith(short) for short, long in zip(words, whole.split(), strict=True))
            for whole in by_openings.get(tuple(w[:3] for w in words), ())
        ):
            continue  # "Lib Dem group leader Ann Lee" beside the Liberal Democrats: theirs
        if (
            inside_quote(t.start[first])
            or name in known
            or name in added
            or name in countries
            or name in states
            or len(added) >= _MAX_PARSE_ACTORS
            or not _addable(name, "ORG")
        ):
            continue
        added[name] = ActorRecord(name, "organization", first=t.start[first])
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
    for start, name in _couple_members(text, t, inside_quote):
        # "Tom and Kiri Ramsay founded ...": two people, each with the surname; the
        # first, never written whole, is mentioned by the given name (round 36)
        if name not in known and name not in added and len(added) < _MAX_PARSE_ACTORS:
            aliases = [] if text.startswith(name, start) else [name.split()[0]]
            added[name] = ActorRecord(name, "person", aliases=aliases, first=start)
    return [r for r in added.values() if not _two_known_bodies(r.name, known_bodies)]


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


_NOT_A_PERSONS_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT"})


def _couple_members(
    text: str, t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """ "Faisal and Aisha Abdullah", "Tom and Kiri Ramsay", "Hamza and Bilal Yusuf": two
    given names joined by "and" before one surname are two people who share it (a couple,
    siblings), each named in full. A given name of the lexicon opens one of the two; the
    surname closes the run (no capitalized word after it: not "Katherine and Alice
    Springs Council") and is no place's, street's or body's word, nor a place, a body or
    a people to the recognizer ("in Katherine and Alice Springs"). The first and the full
    name of each; reads three tokens on from each "and"."""
    found: list[tuple[int, str]] = []
    size = len(t.text)
    for index, lower in enumerate(t.lower):
        if lower != "and" or index == 0 or index + 2 >= size:
            continue
        first, second, last = index - 1, index + 1, index + 2
        end = last
        if end + 2 < size and t.text[end + 1] == "-" and t.text[end + 2][:1].isupper():
            end += 2  # a hyphened surname, "Marriott-Shaw"
        words = (t.text[first], t.text[second], t.text[last])
        if (
            not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            or not {words[0].casefold(), words[1].casefold()} & GIVEN_NAMES
            or any(t.pos[i] != "PROPN" for i in (first, second, last))
            or any(t.ent[i] in _NOT_A_PERSONS_LABELS for i in (second, last, end))
            or any(t.sent[i] != t.sent[index] for i in (first, end))
            or (first > 0 and t.lower[first - 1] in PLACE_PREPOSITIONS)
            or (first > 0 and _name_word_before(t, first - 1))
            or (end + 1 < size and t.text[end + 1][:1].isupper() and t.text[end + 1].isalpha())
            or words[2] in ORG_HEADS | PLACE_HEADS | STREET_HEADS
            or inside_quote(t.start[first])
        ):
            continue
        surname = text[t.start[last] : t.end[end]]
        found.append((t.start[first], f"{words[0]} {surname}"))
        found.append((t.start[second], f"{words[1]} {surname}"))
    return found


def _name_word_before(t: ParsedTokens, before: int) -> bool:
    """Is the capitalized word before a couple's first given name a word of a name
    ("Mary Anne and Tom Lee", "Rose Hill and Ann Lee"), not a title ("Dr"), nor a common
    noun opening the sentence ("Pensioners Maureen and Albert Lee")?"""
    word = t.text[before]
    if not word[:1].isupper() or t.sent[before] != t.sent[before + 1]:
        return False
    if word.casefold() in GIVEN_NAMES:
        return True
    if word.casefold().rstrip(".") in _TITLE_WORDS:
        return False
    opens = before == 0 or t.sent[before - 1] != t.sent[before]
    return t.pos[before] == "PROPN" and not opens


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


def _sides_of_results(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """The two sides of a match's result: the subject and the object of a verb of beating
    ("Port Melville beat Kingsford by 22 points", "Winnipeg beat Calgary 4-2") that
    carries a score or a side's margin, each a proper name the recognizer calls no person,
    whatever else it calls it (a place, a nationality, a work). Not a horse or a runner
    beaten by lengths or seconds, nor a person. Reads each such verb's children and the
    name's own compounds: one pass (round 32d)."""
    found: list[tuple[int, str]] = []
    for verb in range(len(t.text)):
        if t.pos[verb] != "VERB" or t.lemma[verb] not in BEATING_LEMMAS | NATIONAL_SIDE_VERBS:
            continue
        children = t.children[verb]
        subject = next((c for c in children if t.dep[c] == "nsubj"), None)
        # (the parser may read "beat Calgary 4-2" as an adverbial noun)
        side = next((c for c in children if t.dep[c] in ("dobj", "dative", "npadvmod")), None)
        if subject is None or side is None or inside_quote(t.start[verb]):
            continue
        if not _scored(t, verb, side):
            continue
        for root in (subject, side):
            name = _side_name(t, root)
            if name is not None:
                found.append(name)
    return found


def _sides_by_nickname(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """A side by its plural nickname, "the" before it, as the subject of a verb or joined
    to one ("The Silver Ferns and the Diamonds will meet", "where the Kangaroos won",
    "The Wollongong Waves won"): a body, whatever the recognizer calls it, short of a
    person, a nationality ("the Australians"), a country or a state ("the Philippines"),
    a region or range ("the Midlands", "the Alps"), a work or an event ("the Oscars",
    "the Olympics"). One pass over the tokens (round 32d)."""
    countries, states = country_names(), state_names()
    found: list[tuple[int, str]] = []
    for root in range(1, len(t.text)):
        if t.tag[root] != "NNPS" or not t.text[root][:1].isupper():
            continue
        node = root if t.dep[root] != "conj" else t.head[root]
        if (
            t.dep[node] != "nsubj"
            or t.pos[t.head[node]] not in ("VERB", "AUX")
            or not any(t.dep[c] == "det" and t.lower[c] == "the" for c in t.children[root])
            or t.ent[root] not in ("", "ORG", "GPE")
            or inside_quote(t.start[root])
            # (a singular verb makes the plural a title: "The Simpsons returns", "The
            # Midlands was hit")
            or _singular_verb(t, t.head[node])
        ):
            continue
        side = _side_name(t, root)
        if side is None:
            continue
        words = side[1].split()
        if (
            is_demonym(words[-1])
            or side[1] in countries
            or side[1] in states
            or words[-1] in COMPETITION_WORDS | EVENT_NAME_HEADS | PLACE_HEADS | ORG_HEADS
        ):
            continue
        found.append(side)
    return found


def _singular_verb(t: ParsedTokens, verb: int) -> bool:
    """Is the verb at `verb`, or its auxiliary, in a singular form ("returns", "has won",
    "was")?"""
    # (its auxiliaries stand just before it: read three tokens back, not all its children)
    return any(
        t.tag[v] == "VBZ" or t.lower[v] == "was"
        for v in (
            verb,
            *(
                i
                for i in range(max(0, verb - 3), verb)
                if t.head[i] == verb and t.dep[i] in ("aux", "auxpass")
            ),
        )
    )


def _scored(t: ParsedTokens, verb: int, side: int) -> bool:
    """Does the result at `verb` carry a score ("4-2", "31-27") or a side's margin ("by
    22 points", "by eight wickets"), on the verb or on its object?"""
    for node in (*t.children[verb], *t.children[side]):
        if _SCORE.fullmatch(t.text[node]) or (
            # ("4 - 2" in three tokens)
            t.text[node].isdigit()
            and node + 2 < len(t.text)
            and t.text[node + 1] in ("-", "–")
            and t.text[node + 2].isdigit()
        ):
            return True
        if t.lower[node] == "by" and any(t.lemma[c] in SIDE_MARGIN_NOUNS for c in t.children[node]):
            return True
    return False


_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _side_name(t: ParsedTokens, root: int) -> tuple[int, str] | None:
    """The proper name a side goes by at `root`: the root and the proper nouns compounded
    before it ("Port Melville", "North Hobart"), none of them a person's by the recognizer.
    The first token's offset and the name; None when it is no such name."""
    if t.pos[root] != "PROPN" or not t.text[root][:1].isupper() or t.ent[root] == "PERSON":
        return None
    first = root
    while (
        first > 0
        and t.head[first - 1] == root
        and t.dep[first - 1] == "compound"
        and t.pos[first - 1] == "PROPN"
        and t.text[first - 1][:1].isupper()
    ):
        first -= 1
    if any(t.ent[i] == "PERSON" for i in range(first, root + 1)):
        return None
    return t.start[first], " ".join(t.text[first : root + 1])


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


def _won_by_one(t: ParsedTokens, result: int) -> bool:
    """Is a result's winner one person, its possessor ("Ann Lee's win", "her victory")?"""
    return any(
        t.dep[c] == "poss" and (t.ent[c] == "PERSON" or t.lower[c] in ("his", "her"))
        for c in t.children[result]
    )


def _local_government_speaks(
    t: ParsedTokens, entity: ParsedEntity, root: int, states: frozenset[str]
) -> bool:
    """Is a town's, a city's or a county's name, which the recognizer calls a place, its
    government speaking: the subject of a verb of speech or stance ("The City of Cape
    Town said", "Harlan County said it would appeal"), or through its staff ("Harlan
    County officials said", "a Pueblo County spokeswoman said")? Never a country (its
    own kind) or a state (read by _acting_states), nor a place things happen in
    ("Harlan County was cut off", "officials in Harlan County said"). Reads the name's
    head and the head's head (round 30)."""
    name = _clean_name(entity.text)
    if name in country_names() or name in states or t.pos[root] != "PROPN":
        return False
    node = root
    if (
        t.dep[node] in ("compound", "nmod")
        and t.head[node] > node
        and t.lemma[t.head[node]] in _STAFF_NOUNS
        and t.text[t.head[node]].islower()
    ):
        node = t.head[node]  # "Harlan County officials said"
    verb = t.head[node]
    return (
        t.dep[node] == "nsubj"
        and t.pos[verb] in ("VERB", "AUX")
        and t.lemma[verb] in _LOCAL_GOVERNMENT_VOICE_LEMMAS
    )


_LOCAL_GOVERNMENT_VOICE_LEMMAS = (
    SPEECH_LEMMAS | (STANCE_LEMMAS - PLACE_STANCE_LOOKALIKE_LEMMAS) | GOVERNMENT_ACT_LEMMAS
)


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
            or inside_quote(t.start[index])
        ):
            continue
        last = _of_name_end(t, index)
        if last == index:
            continue
        found.append((t.start[index], " ".join(t.text[index : last + 1])))
    return found


def _unnamed_services(
    t: ParsedTokens, inside_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """A public body named by what it does, in lower case, speaking as a subject: "...,
    the fire service said", "the ambulance service said", "the shire council said", also
    under its owner or place ("the state's mines department said", "the Gauteng health
    department said"). Only with a noun saying what it does before its head ("the
    service said" refers back to a named one), except a head that names the body alone
    ("the coastguard said"); and not where the story writes the body's proper name with
    that noun ("Kent Fire and Rescue Service ... the fire service said"). One pass."""
    named = _named_service_words(t)
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
        ):
            continue
        if (
            t.lemma[index] in PUBLIC_BODIES_ALONE
            and t.lower[modifier] == "the"
            and [c for c in children if c < index] == [modifier]
        ):
            found.append((t.start[modifier], " ".join(t.text[modifier : index + 1])))
            continue
        if (
            modifier not in children
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
            or (t.lower[modifier], t.lower[index]) in named
        ):
            continue
        begin = _service_owner_start(t, index, modifier)
        if begin is None:
            continue
        found.append((t.start[begin], _written(t, begin, index)))
    return found


def _written(t: ParsedTokens, first: int, last: int) -> str:
    """The words first..last as written: no space before a clitic ("state's")."""
    return "".join(
        (" " if i > first and t.start[i] > t.end[i - 1] else "") + t.text[i]
        for i in range(first, last + 1)
    )


def _service_owner_start(t: ParsedTokens, index: int, modifier: int) -> int | None:
    """Where a lower-case service's name begins ("the" before "fire service"), or None:
    "the fire service", "the state's mines department" (a lower-case owner with its
    own "the"), "the Gauteng health department" (a place written before it)."""
    before = [c for c in t.children[index] if c < index]
    if t.lower[modifier - 1] == "the" and len(before) == 2:
        return modifier - 1
    owner = modifier - 2 if t.text[modifier - 1] in ("'s", "’s") else modifier - 1
    if owner < 1 or owner not in before or t.lower[owner - 1] != "the":
        return None
    if (
        owner == modifier - 2
        and t.dep[owner] == "poss"
        and t.text[owner].islower()
        and t.head[owner - 1] == owner
        and len(before) == 2
    ):
        return owner - 1  # "the state's mines department"
    if (
        owner == modifier - 1
        and t.dep[owner] == "compound"
        and t.pos[owner] == "PROPN"
        and t.head[owner - 1] in (index, owner)
        and len(before) == (3 if t.head[owner - 1] == index else 2)
    ):
        return owner - 1  # "the Gauteng health department"
    return None


def _named_service_words(t: ParsedTokens) -> set[tuple[str, str]]:
    """The (what it does, head) word pairs of the public bodies the story names with
    capitals: "Kent Fire and Rescue Service" gives ("fire", "service"), so that "the
    fire service" after it is that body, not a second one. One pass, a few tokens back
    from each capitalized head."""
    heads = PUBLIC_SERVICE_NOUNS | MINISTRY_NOUNS
    pairs: set[tuple[str, str]] = set()
    for index, lower in enumerate(t.lower):
        head = lower.removesuffix("s")  # ("Fire and Emergency Services")
        if (lower not in heads and head not in heads) or not t.text[index][:1].isupper():
            continue
        for back in range(max(0, index - 4), index):
            if t.text[back][:1].isupper():
                pairs.add((t.lower[back], lower if lower in heads else head))
    return pairs


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
            # "The City of Durban said it would": the name goes on over "of" and a name.
            last = _of_name_end(t, index)
            found.append((t.start[index], text[t.start[index] : t.end[last]]))
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
        club = _club_named_by_its_sport(t, index, countries, person_words)
        if club is not None:
            # "Cape Harbour rugby club was fined": the club, named before its sport.
            found.append((t.start[club], text[t.start[club] : t.end[index]]))
            continue
        posted = _body_before_post(t, index, countries, person_words)
        if posted is not None:
            # "Riverton Transit general manager Colette Arsenault said": the body whose
            # post the person holds, named before it.
            found.append((t.start[posted[0]], text[t.start[posted[0]] : t.end[posted[1]]]))
        described = _name_after_body_noun(t, index, countries, person_words)
        if described is not None:
            # "Cycling charity Pedal Safe welcomed", "data from the website Moneyfair",
            # "at the conciliation service Acas": the noun before the name says a body.
            found.append((t.start[described], text[t.start[described] : t.end[index]]))
            continue
        place_body = _body_of_a_named_place(t, index, countries, person_words)
        if place_body is not None and (
            dep in _SUBJECTS
            or (dep == "conj" and _joint_subject(t, index, index + 1))
            or _part(t, index, index + 1) == "acts"
        ):
            # "The Polk County school board fired", "Canberra and the Queensland
            # government have agreed", "took the Gauteng education department to court":
            # the public body of a place, named by both, acting or a party.
            found.append((t.start[place_body], text[t.start[place_body] : t.end[index]]))
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


# How many capitalized words the place before a public body's lower-case noun may run
# to ("Marikina City", "Polk County", "Prince George's County").
_MAX_PLACE_WORDS = 3


def _body_of_a_named_place(
    t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> int | None:
    """The first token of a public body written as its place (a place the recognizer
    names) and a lower-case noun of its kind, with at most one lower-case word of its
    remit between: "The Polk County school board", "Hamilton city council", "the
    Marikina City government", "the Queensland government" joined to a subject. A
    one-word place right before the noun, as a subject, is _name_before_body_noun's.
    Not a country ("the Kenya government" is the state's, named elsewhere), nor a
    person's or a firm's name ("the Apex Holdings board")."""
    if t.lemma[index] not in PLACE_BODY_NOUNS or not t.text[index].islower():
        return None
    end = index - 1
    remit = (
        end > 0
        and t.text[end].islower()
        and (
            (t.pos[end] in ("NOUN", "PROPN") and t.dep[end] == "compound")
            or (t.pos[end] == "ADJ" and t.dep[end] == "amod")  # "regional", "state"
        )
        and t.head[end] == index
    )
    if remit:
        end -= 1
    first = end
    while (
        first > 0
        and end - first + 1 < _MAX_PLACE_WORDS
        and t.pos[first - 1] == "PROPN"
        and t.text[first - 1][:1].isupper()
        and first <= t.head[first - 1] <= index
    ):
        first -= 1
    place = t.text[first : end + 1]
    if (
        end < 1
        or t.head[end] != index
        or t.pos[end] != "PROPN"
        or not t.text[end][:1].isupper()
        or t.dep[end] != "compound"
        # (a place the recognizer names, or one it calls a body whose name a place's
        # word closes: "The Lagos State government")
        or not (
            all(t.ent[k] in ("GPE", "LOC") for k in range(first, end + 1))
            or (first < end and t.text[end] in ADMINISTRATIVE_PLACE_WORDS)
        )
        or (first > 0 and t.pos[first - 1] == "PROPN" and t.text[first - 1][:1].isupper())
        or any(w in person_words for w in place)
        or " ".join(place) in countries
        or (t.dep[index] in _SUBJECTS and first == end and not remit)
    ):
        return None
    return first


def _of_name_end(t: ParsedTokens, index: int) -> int:
    """The last token of a name that goes on over "of" and a proper name the parser hangs
    on it ("City of Durban", "Port of Tyne", "prefecture of Agrigento"); the word itself
    when none follows. Reads at most a name's length of tokens."""
    of = index + 1
    if of + 1 >= len(t.text) or t.lower[of] != "of" or t.head[of] != index:
        return index
    last = of + 1
    while (
        last + 1 < len(t.text)
        and last - of < _MAX_NAME_WORDS
        and t.pos[last + 1] == "PROPN"
        and t.head[last] == last + 1
    ):
        last += 1
    if t.pos[last] != "PROPN" or t.head[last] != of or not t.text[of + 1][:1].isupper():
        return index
    return last


# Posts before a person's name that say whose staff they are ("Riverton Transit general
# manager Colette Arsenault"); not an owner (of a house or a pub, "Bramble Cottage owner").
_POSTS_OF_A_BODY = (POSTS_SPEAKING_FOR_A_BODY | BODY_STAFF_NOUNS) - {"owner", "shareholder"}
_MAX_POST_MODIFIERS = 2


def _body_before_post(
    t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> tuple[int, int] | None:
    """The first and last tokens of a name of two or three capitalized words the
    recognizer leaves unnamed or calls a body (one word is _one_word_company's), written
    before the lower-case post at `index` (with up to two lower-case words before it)
    that opens a person's name the recognizer finds: "Riverton Transit general manager
    Colette Arsenault said", "Coastlink Ferries operations director". Not a place, a
    street or a title's words ("Harley Street surgeon"). Reads a few tokens either
    side."""
    if (
        not t.text[index].islower()
        or t.lemma[index] not in _POSTS_OF_A_BODY
        or index + 1 >= len(t.text)
        or t.ent[index + 1] != "PERSON"
        or t.pos[index + 1] != "PROPN"
        or t.sent[index + 1] != t.sent[index]
    ):
        return None
    last = index - 1
    while (
        last >= 0
        and index - last <= _MAX_POST_MODIFIERS
        and t.text[last].isalpha()
        and t.text[last].islower()
        and t.dep[last] in ("amod", "compound")
    ):
        last -= 1
    first = last
    while (
        first >= 0
        and last - first < _MAX_DESCRIBED_NAME_WORDS
        and t.pos[first] == "PROPN"
        and t.dep[first] in ("compound", "nmod", "amod")
        and t.text[first][:1].isupper()
        # (a town's name may open the body's, "Riverton Transit", its last word not)
        and (t.ent[first] in ("", "ORG") or (first < last and t.ent[first] == "GPE"))
        and t.sent[first] == t.sent[index]
    ):
        first -= 1
    first += 1
    if first > last or last < 0:
        return None
    words = t.text[first : last + 1]
    if (
        first == last  # (one word: _one_word_company reads it, "Zentrix boss")
        # the name starts here: no capitalized word of it before
        or (
            first > 0
            and t.sent[first - 1] == t.sent[index]
            and t.text[first - 1][:1].isupper()
            and t.text[first - 1].isalpha()
        )
        or given_name_gender(words[0]) is not None
        or words[-1] in PLACE_HEADS
        or words[-1] in STREET_HEADS
        # (a person's surname closing it; a town's name a stray "person" took may open
        # it: "Riverton Transit" beside "the Fare Riverton app")
        or words[-1] in person_words
        or any(
            w in countries
            or is_demonym(w)
            or w in COMMON_CAPITALIZED
            or w in MONTHS
            or w in WEEKDAYS
            or w.casefold().rstrip(".") in _TITLE_WORDS
            for w in words
        )
    ):
        return None
    return first, last


_CLUB_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _club_named_by_its_sport(
    t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> int | None:
    """Where the name starts of a club written as its name, its sport and "club" in lower
    case, acting ("Cape Harbour rugby club was fined", "Ballinrobe football club said
    it would appeal"): one to three capitalized words opening the phrase. Not a
    country's or a nation's ("England rugby club"), a person's or a date's."""
    if (
        t.lower[index] != "club"
        or not t.text[index].islower()
        or t.dep[index] not in _CLUB_ACTING_DEPS
        or index < 2
        or t.lower[index - 1] not in SPORT_CLUB_WORDS
        or not t.text[index - 1].islower()
    ):
        return None
    first = index - 1
    while (
        first > 0
        and index - 1 - first < _MAX_DESCRIBED_NAME_WORDS
        and t.text[first - 1][:1].isupper()
        and t.text[first - 1].isalpha()
        and t.dep[first - 1] == "compound"
        and t.sent[first - 1] == t.sent[index]
    ):
        first -= 1
    if first == index - 1:
        return None
    words = t.text[first : index - 1]
    if any(
        w in countries
        or w in person_words
        or is_demonym(w)
        or w in COMMON_CAPITALIZED
        or w in MONTHS
        or w in WEEKDAYS
        for w in words
    ) or any(
        t.ent[i] not in ("", "ORG", "LOC", "GPE", "FAC", "PERSON") for i in range(first, index - 1)
    ):
        return None
    if given_name_gender(words[0]) is not None and len(words) > 1:
        return None  # ("Ann Lee rugby club"? a person's name, never a club's)
    return first


_MAX_DESCRIBED_NAME_WORDS = 3
_DESCRIBED_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "appos"})


def _name_after_body_noun(
    t: ParsedTokens, index: int, countries: Collection[str], person_words: set[str]
) -> int | None:
    """The first word of a name of one to three capitalized words ending at `index`,
    written straight after a lower-case noun a body is introduced by ("Cycling charity
    Pedal Safe welcomed", "from the rate-tracking website Moneyfair", "Energy supplier
    Brightwatt said", "at the conciliation service Acas"; "Pollster Numera" opening the
    sentence), which the recognizer calls nothing, a body or a person. Not a given name
    ("the charity Ann Lee founded"), a place, a date or a person already found. Reads a
    few tokens back."""
    if (
        t.dep[index] not in _DESCRIBED_NAME_DEPS
        or t.pos[index] != "PROPN"
        or not t.text[index][:1].isupper()
        or (index + 1 < len(t.text) and t.pos[index + 1] == "PROPN")
    ):
        return None
    # A country closing the name after a name word of its own ("trade body TechAlliance
    # UK"): the body's arm there, part of its name.
    country_tail = (
        t.ent[index] == "GPE"
        and index > 0
        and t.dep[index - 1] == "compound"
        and t.pos[index - 1] == "PROPN"
        and t.ent[index - 1] in ("", "ORG")
    )
    if t.ent[index] not in ("", "ORG", "PERSON") and not country_tail:
        return None
    first = index
    while (
        first > 0
        and index - first < _MAX_DESCRIBED_NAME_WORDS - 1
        and t.pos[first - 1] == "PROPN"
        and t.dep[first - 1] == "compound"
        and t.head[first - 1] == index
        and t.text[first - 1][:1].isupper()
        and t.sent[first - 1] == t.sent[index]
        # ("Pollster Numera found": the noun opening the sentence, capitalized)
        and not (
            (first - 1 == 0 or t.sent[first - 2] != t.sent[index])
            and t.lower[first - 1] in BODY_NOUNS_BEFORE_A_NAME | NAMED_BODY_NOUNS
        )
    ):
        first -= 1
    noun = first - 1
    if (
        noun < 0
        or t.sent[noun] != t.sent[index]
        or not (t.head[noun] == index or (t.head[index] == noun and t.dep[index] == "appos"))
    ):
        return None
    lemma = t.lemma[noun].casefold()
    opens = noun == 0 or t.sent[noun - 1] != t.sent[noun]
    if not (t.text[noun].islower() or (opens and t.text[noun][1:].islower())):
        return None
    if lemma in BODY_NOUNS_NEEDING_A_MODIFIER:
        modifier = noun - 1
        if (
            modifier < 0
            or t.sent[modifier] != t.sent[noun]
            or t.head[modifier] != noun
            or t.dep[modifier] not in ("compound", "amod")
            or not t.text[modifier].isalpha()
            or not (
                t.text[modifier].islower() or modifier == 0 or t.sent[modifier - 1] != t.sent[noun]
            )
        ):
            return None
    elif lemma not in NAMED_BODY_NOUNS and lemma not in BODY_NOUNS_BEFORE_A_NAME:
        return None
    # ("a principal analyst at research firm Tessaract Insight": a commentator's
    # affiliation, no party to the story)
    held = index if t.dep[index] != "appos" else t.head[index]
    if t.dep[held] == "pobj" and t.lemma[t.head[t.head[held]]] in COMMENTATOR_NOUNS:
        return None
    words = t.text[first : index + 1]
    if (
        given_name_gender(words[0]) is not None
        or any(
            w in person_words
            or (w in countries and not (country_tail and w == words[-1]))
            or is_demonym(w)
            or w in COMMON_CAPITALIZED
            or w in MONTHS
            or w in WEEKDAYS
            for w in words
        )
        or any(
            t.ent[i] not in ("", "ORG", "PERSON") for i in range(first, index + 1 - country_tail)
        )
        or (country_tail and first == index)
    ):
        return None
    return first


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


# A side's name closing in a plural ("the Sacramento Pioneers", "Harlow Vikings").
_PLURAL_SIDE = re.compile(r"[A-Z][a-z]+[a-rt-z]s")
_CALENDAR_WORDS = MONTHS | WEEKDAYS | frozenset({"Year", "Years", "Key", "Stage", "Grade"})
_SCORE_DIGITS = re.compile(r"\d{1,3}")


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


def _staff_act(t: ParsedTokens, first: int, last: int) -> bool:
    """Do the staff through whom the name at tokens [first, last) is named act as the
    subject of a verb ("An NHS England spokesman said", "the chief executive of Apex
    said")? Not a correspondent of a byline."""
    node = t.head[_root(t, first, last)]
    if t.dep[_root(t, first, last)] == "pobj":
        node = t.head[node]
    return _acting_subject(t, node)


def _post_holder_acts(t: ParsedTokens, first: int, last: int) -> bool:
    """Is the name at tokens [first, last) set before a lower-case post that is itself
    before the name of a person who acts ("Netball New Zealand chief executive Tamsin Hale
    confirmed", round 32d)? Not a title naming an office ("Industrialisation Cabinet
    Secretary Jane Odera", "U.S. Magistrate Judge Carla Benitez")."""
    root = _root(t, first, last)
    post = t.head[root]
    return (
        t.dep[root] in ("compound", "amod", "nmod")
        and t.dep[post] in ("compound", "amod", "nmod")
        and t.text[post].islower()
        and t.head[post] > post
        and t.pos[t.head[post]] == "PROPN"
        and _acting_subject(t, t.head[post])
    )


def _acting_subject(t: ParsedTokens, node: int) -> bool:
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
    ("Penwardle beat Corvell 3-2"); the other side of a won or lost match ("a 4-0 defeat
    against Millford Town", "a 5-4 win over the Sacramento Pioneers"); and a name ending
    in a club's word before a player or a manager ("Orbridge City manager Tom Greaves").
    A side is a club, whatever its name
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
        elif (
            t.dep[index] in ("nsubj", "nsubjpass")
            and (
                (t.lemma[t.head[index]] in NATIONAL_SIDE_VERBS and _played(t, t.head[index]))
                or _side_score_after(t, t.head[index])
            )
            and t.text[index][:1].isupper()
            and (
                t.text[index] in countries
                or text[t.start[max(0, index - 1)] : t.end[index]] in countries
            )
        ):
            # "India chased down 289", "South Africa were bowled out for 154": a country
            # that plays is its national side (round 29)
            sides.append(index)
        elif (
            opponent_in_a_result(t, index)
            and t.text[index][:1].isupper()
            # (a club's word or a plural closes a side's name; not a horse or a player,
            # "a narrow win over Copper Lantern")
            and (t.text[index] in _CLUB_WORDS or _PLURAL_SIDE.fullmatch(t.text[index]))
        ):
            sides.append(index)  # "a 4-0 home defeat against Millford Town" (round 28)
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
                and not is_demonym(words[0])
            ):
                found.append((t.start[first], name))
    return found


# How far after a side's verb its score or its tally is read ("were 94 for eight",
# "had posted 288 for seven in their 50 overs", "won the first Test by eight wickets").
_SIDE_SCORE_WINDOW = 10
# Wickets down in a cricket score ("94 for eight"): ten at most.
_MAX_WICKETS = 10


def _side_score_after(t: ParsedTokens, verb: int) -> bool:
    """Does the clause of a country's verb tell a side's play in its next few words: a
    cricket score ("were 94 for eight", "closed on 71 for two", "were all out for 262"),
    a count of what only a side makes or loses ("lost seven wickets", "scored four
    tries", "won by eight wickets") or the toss ("won the toss")? Not a country's
    economy or policy ("raised rates by 500 basis points", "lost 3,000 jobs").
    Reads a bounded window of the verb's sentence (round 30)."""
    end = min(len(t.text), verb + _SIDE_SCORE_WINDOW)
    for i in range(verb, end):
        if t.sent[i] != t.sent[verb]:
            break
        if (
            i + 2 < len(t.text)
            and t.pos[i] == "NUM"
            and t.lower[i + 1] == "for"
            and t.pos[i + 2] == "NUM"
            and (down := parse_number(t.text[i + 2])) is not None
            and 0 <= down <= _MAX_WICKETS
        ):
            return True  # "94 for eight"
        if t.lower[i] == "all" and i + 1 < end and t.lower[i + 1] == "out":
            return True  # "were all out for 262"
        if t.lemma[i] in SIDE_PLAY_NOUNS and t.pos[i] == "NOUN":
            if t.lemma[i] in SIDE_UNCOUNTED_PLAY_NOUNS and t.lower[i - 1] == "the":
                return True  # "won the toss"
            if t.pos[i - 1] == "NUM" and t.head[i - 1] == i:
                return True  # "lost seven wickets", "scored four tries"
    return False


def _played(t: ParsedTokens, verb: int) -> bool:
    """Does a side's verb tell play: "chased down 289", "chased a target of 289", "were
    bowled out", "thrashed Italy 40-3" (not "chasing a trade deal", "bowled over by the
    offer")? Reads the verb's children."""
    children = t.children[verb]
    if any(t.dep[c] == "prt" and t.lower[c] in ("down", "out") for c in children):
        return True
    return any(
        t.dep[c] == "dobj" and (t.pos[c] == "NUM" or t.lemma[c] in SIDE_TARGET_NOUNS)
        for c in children
    ) or (t.lemma[verb] in ("thrash", "whitewash") and any(t.dep[c] == "dobj" for c in children))


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
        # ("The Presidency said", "the Bench observed": a body's one capitalized word
        # after "the" alone; "a Reuters said" or "this Ofgem" is no name)
        and not any(
            t.dep[c] == "det"
            and not (
                c == index - 1
                and t.lower[c] == "the"
                # ("The Taoiseach said", "The Chair said": a post's holder, no body)
                and word.casefold() not in _TITLE_WORDS | ROLE_NOUNS
            )
            for c in t.children[index]
        )
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


_BRACKETED_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")
