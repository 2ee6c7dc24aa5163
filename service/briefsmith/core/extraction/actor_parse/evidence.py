"""What the parse says about each name: whether it acts, and the descriptions set
beside it. Pure. Every reader takes a bounded window of the flat token index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import takewhile

from briefsmith.core.extraction.actor_parse.merging import (
    _only_who_and_where,
    _relative_calling,
)
from briefsmith.core.extraction.actor_parse.reading import (
    _CLIMB,
    _COURTESY_TOKENS,
    _DATELINE_AFTER,
    _DESCRIBED_KINDS,
    _HEADED_NOUNS,
    _MAX_DESCRIPTION_TOKENS,
    _MODIFIERS,
    _NAME_LABELS,
    _POSSESSIVE_DETERMINERS,
    _STAFF_NOUNS,
    _SUBJECTS,
    ParsedEntity,
    ParsedTokens,
    _after_name,
    _appointed_as,
    _background,
    _broken,
    _clean_name,
    _closes_as_no_surname,
    _describes,
    _Evidence,
    _given_before_surnames,
    _goes_on_as_it,
    _headline_epithet,
    _held_for_a_while,
    _in_the_dock,
    _introduced_by_noun,
    _is_a_share_or_sum,
    _is_credit,
    _jailed,
    _names_an_event,
    _next_to,
    _noun_of_a_role,
    _office_given,
    _on_a_verb_read_as_noun,
    _one_word_company,
    _opens_dateline,
    _owners,
    _pared_role,
    _part,
    _pleads,
    _prize_subject,
    _root,
    _shaped_as_a_person,
    _shouted,
    _side_or_firm_moved_to,
    _subtree_end,
    _thing_noun,
    _what_they_do,
    seat_in_brackets,
    staffed_at,
)
from briefsmith.core.extraction.actor_parse.roles import (
    _agent_of_post,
    _agent_of_role,
    _apposed_words,
    _both_sides,
    _bracketed_role,
    _brief_of_an_office,
    _counsel_for,
    _country_in_owned_title,
    _court_side,
    _described_after,
    _described_before,
    _described_before_body,
    _designation_after,
    _former_office,
    _from_body,
    _fuller_described_before,
    _heads_as_subject,
    _heads_body,
    _joined_owner,
    _joined_roles_before,
    _left_out_description,
    _named_as,
    _named_to_post,
    _nickname_of,
    _of_body,
    _office_apposed_before,
    _opening_description,
    _party_and_seat,
    _party_owning,
    _place_described,
    _played,
    _played_by,
    _post_before_background,
    _post_before_written_title,
    _post_given,
    _post_of_body,
    _post_over_rank,
    _post_over_written_title,
    _post_set_before,
    _predecessor,
    _ranked,
    _ridden_in_its_clause,
    _scorer,
    _seat_after_name,
    _shared_plural_role,
    _speaks_as,
    _stays_on_as,
    _tie_of_kin,
    _trained_before_it,
    _us_party_and_state,
    _us_party_member,
    _whose_post,
    _winner_of,
)
from briefsmith.core.extraction.actors import (
    ActorRecord,
    in_headline_line,
    pastime,
)
from briefsmith.core.extraction.quotes import NameMentions
from briefsmith.core.lexicon import (
    ACCUSED_LEMMAS,
    ADDRESS_HONORIFICS,
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    ANY_QUOTE_MARKS,
    ARRIVAL_LEMMAS,
    AWARDED_NOUNS,
    BARE_PERSON_NOUNS,
    BODY_NOUNS,
    BUILT_BY_LEMMAS,
    BUILT_THING_NOUNS,
    CONTEST_NOUNS,
    COUNTRY_PUBLIC_NOUNS,
    DEPICTION_NOUNS,
    DESCRIBED_THING_NOUNS,
    EVIDENCE_HEARERS,
    FIRM_TRADES,
    GIVEN_NAMES,
    HELD_LEMMAS,
    KIN_NOUNS,
    LEAVING_OFFICE_LEMMAS,
    LISTED_ORDER_NOUNS,
    MADE_LONG_AGO_LEMMAS,
    MADE_WORK_LEMMAS,
    NAME_CONNECTORS,
    NAMED_THING_NOUNS,
    NEW_THING_LEMMAS,
    ORG_CONNECTORS,
    ORG_HEADS,
    ORG_KIND_NOUNS,
    PAST_POST_WORDS,
    PERIOD_ADJECTIVES,
    PERSON_COMPOUND_ENDINGS,
    PERSON_NOUNS,
    PLACE_KIND_NOUNS,
    PLACE_PREPOSITIONS,
    PLACING_VERBS,
    PLACINGS,
    POST_NOMINALS,
    PRESCRIBED_LEMMAS,
    PUB_KEEPER_NOUNS,
    RACE_RESULT_VERBS,
    RECENT_MAKING_WORDS,
    REPRESENTATIVE_NOUNS,
    RIDDEN_LEMMAS,
    ROLE_NOUNS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    SPOKESPERSON_NOUNS,
    STORY_PARTY_NOUNS,
    STORY_SIDES,
    TAKEN_UP_THING_NOUNS,
    TAKEN_UP_WORK_NOUNS,
    TITLES,
    VESSEL_PREFIXES,
    VISIT_LEMMAS,
    VOYAGE_LEMMAS,
    VOYAGE_NOUNS,
    WORK_MAKER_NOUNS,
    country_names,
    fold,
    is_demonym,
)
from briefsmith.core.names import (
    peerage_named,
    person_in_body_name,
)

# Kinds that act through their staff ("the club's manager", "Fiji's trade minister");
# a place does not ("a Gatwick spokeswoman" speaks for the airport's operator).
_STAFFED_KINDS = frozenset({"organization", "group", "country"})
# How far from a mention a role the name scan read beside it may be written (characters
# beyond the role's own length: an age, a comma, "said").
_ROLE_REACH = 20


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


def _left_a_post_as(t: ParsedTokens, first: int, last: int) -> bool:
    """ "Ama Owusu resigned as finance minister", "Kojo Mensah was sacked as coach": a
    name of two capitalized words, none a body's word, that leaves a person's post "as"
    it (a post noun, not "quit as sponsor") is a person's, though the recognizer calls it
    a body (round 29). Tokens [first, last); reads the verb's few children."""
    words = t.text[first:last]
    root = last - 1
    if (
        len(words) != 2
        or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        or any(w in ORG_HEADS or w.isupper() for w in words)
        or t.dep[root] not in ("nsubj", "nsubjpass")
        or t.head[first] != root
    ):
        return False
    verb = t.head[root]
    if t.lemma[verb] not in LEAVING_OFFICE_LEMMAS or verb <= root:
        return False
    as_ = next((c for c in t.children[verb] if c > verb and t.lower[c] == "as"), None)
    post = None if as_ is None else next((c for c in t.children[as_] if t.dep[c] == "pobj"), None)
    return post is not None and t.text[post].islower() and t.lower[post] in ROLE_NOUNS


def _where_something_is(t: ParsedTokens, first: int, last: int) -> bool:
    """Does the name at tokens [first, last) only say where: the object of a
    preposition of place ("in Oslo", "at Gatwick", "near Leeds") or a word before a
    common noun ("the Namanga border crossing", "Sheffield libraries")?"""
    root = _root(t, first, last)
    dep, head = t.dep[root], t.head[root]
    if dep == "pobj":
        # "the town of Sungai Melati", "the district of Rampur": a place by its kind
        # (round 27)
        return t.lower[head] in PLACE_PREPOSITIONS or (
            t.lower[head] == "of" and t.lemma[t.head[head]] in PLACE_KIND_NOUNS
        )
    return dep == "compound" and t.pos[head] == "NOUN"


def _visited(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` what a verb of going to see or of getting in or out has as
    its object ("will visit Kenya", "toured Europe and Japan", "trying to reach Britain",
    "fled Syria")?"""
    if t.dep[root] == "conj" and t.dep[t.head[root]] == "dobj":
        root = t.head[root]  # "toured Europe and Japan": the verb is the first conjunct's
    return t.dep[root] == "dobj" and (
        t.lemma[t.head[root]] in VISIT_LEMMAS or t.lemma[t.head[root]] in ARRIVAL_LEMMAS
    )


# ", both 24,", ", both aged 19,", ", the two defendants,", ", the three brothers,": a
# description of the people just named (round 28).
_PEOPLE_APPOSED = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]+)?"
    r"(?:,\s+(?:both|all)\s+(?:aged\s+)?\d{1,3}\b|,\s+the\s+(?:two|three|four)\s+([a-z]+)s\b)"
)
_PEOPLE_APPOSED_REACH = 40


def _people_apposed(text: str, end: int) -> bool:
    """Is the name ending at `end` set beside a description of two or more people, an
    age they share or "the two" and a post or kin noun of a person ("Okafor and Bello,
    both 24,", "Smith and Jones, the two defendants,")? Reads 40 characters."""
    found = _PEOPLE_APPOSED.match(text, end, end + _PEOPLE_APPOSED_REACH)
    if found is None:
        return False
    noun = found.group(1)
    return noun is None or noun in ROLE_NOUNS or noun in KIN_NOUNS or noun in PERSON_NOUNS


def _post_held_of_or_at(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` the object of "of" or "at" ("managing director of Tasman
    Naval Shipbuilders", "project manager at the UK Space Agency")?"""
    return t.dep[root] == "pobj" and t.lower[t.head[root]] in ("of", "at")


def _after_a_past_post_word(t: ParsedTokens, first: int) -> bool:
    """Is the name at token `first` written straight after "former" or "ex-" ("Former
    Kenya sevens captain", "an ex-Nigeria striker"), a side or a post in the past?"""
    before = first - 1
    if before >= 1 and t.text[before] in ("-", "–"):
        before -= 1
    return before >= 0 and t.sent[before] == t.sent[first] and t.lower[before] in PAST_POST_WORDS


# The posts of a side's players ("midfielder", "flanker", "captain"): a country written
# before one is the national side the player was capped by, no party (round 28).
_PLAYER_POSTS = STORY_SIDES["sport"][0]


def _before_a_players_post(t: ParsedTokens, after: int) -> bool:
    """Is token `after`, the one after a name, a player's post in lower case that a
    capitalized name follows ("South Africa lock Eben Botha", where the tagger may take
    "lock" for a verb)?"""
    return (
        after + 1 < len(t.text)
        and t.sent[after + 1] == t.sent[after - 1]
        and t.text[after].islower()
        and t.lower[after] in _PLAYER_POSTS
        and t.text[after + 1][:1].isupper()
        and t.pos[after + 1] == "PROPN"
    )


def _country_sorts_people(t: ParsedTokens, root: int) -> bool:
    """Is a country's name at `root` a word before a common noun of people that says
    where they are or whom they played for, not whose staff they are: "1.4 million UK
    customers", "a former Scotland midfielder", "Ex-Ireland captain Niamh Doherty",
    "the Kenya flanker"? (Not "UK officials" or "the Ghana coach", the country's staff.)
    Reads the noun and the three words before the name."""
    if t.dep[root] not in ("compound", "nmod", "amod"):
        return False
    noun = t.head[root]
    if noun <= root or t.pos[noun] != "NOUN" or not t.text[noun].islower():
        return False
    if t.lemma[noun] in COUNTRY_PUBLIC_NOUNS or t.lower[noun] in _PLAYER_POSTS:
        return True
    if (
        # "the Singapore fund manager Corvantis", "the Japan trading house Kiyomura": a
        # trade of two lower-case words introducing a named body says where it is based
        # (round 29; not "UK officials", "the Ghana coach")
        noun - root == 2
        # (not an office of the state: "the UK health secretary Wes Streeting")
        and t.text[noun].capitalize() not in TITLES
        and t.dep[root + 1] == "compound"
        and t.text[root + 1].islower()
        and t.head[root + 1] == noun
        and noun + 1 < len(t.text)
        and t.dep[noun + 1] in ("appos", "compound")
        and t.pos[noun + 1] == "PROPN"
        and t.head[noun + 1] in (noun, noun + 2)
    ):
        return True
    before = range(max(0, root - 3), root)
    return any(t.lower[i] in PAST_POST_WORDS for i in before) or any(
        t.lower[c] in PAST_POST_WORDS for c in t.children[noun]
    )


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


_DATELINE_CHARS = 40


def _in_dateline(text: str, start: int, end: int) -> bool:
    """An agency credited in a dateline: "LIMA, June 4 (AFP) - ..."."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    opening = text[paragraph : start - 1]
    first = opening.split(",")[0].strip()
    return len(opening) <= _DATELINE_CHARS and bool(first) and first.isupper()


_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'’ -]{1,30},\s*")


# A dateline written in title case, after its place: a region or a date, then a dash or
# a colon before the story's first capital ("Cape Town — ", "Mumbai, Nov 9: ").
_TITLE_CASE_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w .]{1,20}?)?\s*(?:[-–—]|:)\s+[A-Z\"“‘']")


def _dateline_region(text: str, start: int, end: int, place: bool = False) -> bool:
    """A dateline's city or the country or state after it ("LEEDS, England, March 11 -",
    "ATHENS, Greece —"): where the story was filed, not a party to it. With `place`
    (the recognizer calls the words a place), a town in title case opening a paragraph
    before a dash or a colon ("Cape Town — Finance Minister ...", "New Delhi: ...";
    round 38)."""
    if text[start:end].isupper() and _opens_dateline(text, start, end):
        return True
    if (
        place
        # (opening its paragraph: the cleaned text has no space before one)
        and (start == 0 or text[start - 1] == "\n")
        and _TITLE_CASE_DATELINE_AFTER.match(text, end)
    ):
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_CITY.fullmatch(text, paragraph, start)) and bool(
        _DATELINE_AFTER.match(text, end)
    )


def _named_as_a_place(entity_at: Mapping[int, ParsedEntity], first: int) -> bool:
    """Does the recognizer call the words at token `first` a place (GPE or LOC)?"""
    entity = entity_at.get(first)
    return entity is not None and entity.label in ("GPE", "LOC")


# --- the evidence of every actor ------------------------------------------------------


def _cut_from_a_joined_name(t: ParsedTokens, span: range, name: str, kind: str) -> bool:
    """ "the journal Heart and Vessels" read as a short mention ("Heart") of the charity
    Heart Health UK: a body's shortened name followed by "and" and a capitalized word
    is the first part of another name joined with "and"; what is written before it
    describes that one, not the body (round 29b)."""
    after = span.stop
    return (
        kind == "organization"
        and len(span) < len(name.split())
        and after + 1 < len(t.text)
        and t.lower[after] in ("and", "&")
        and t.text[after + 1][:1].isupper()
        and t.sent[after + 1] == t.sent[span.start]
    )


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
    # The bodies each sentence names: "Its chief medical officer" does not reach past a
    # body named in between to an earlier subject (_owners).
    bodies_in: dict[int, set[str]] = {}
    named_tokens: set[int] = set()
    # (The recognizer's own PERSON labels are left out: it calls datelines and towns
    # people, "ROTTERDAM, March 12 -".)
    # The person each token names: whose post one takes over (_predecessor).
    person_at: dict[int, str] = {}
    for m in mentions.mentions:
        span = t.between(m.start, m.end)
        if kind_of.get(m.name) == "person" and len(span) and not _closes_as_no_surname(m.name):
            # ("... win over Harwell Town": a club, whatever its kind reads as yet; the
            # one person the sentence names is still alone there, round 43)
            sentence = t.sent[span.start]
            first_person[sentence] = min(first_person.get(sentence, span.start), span.start)
            first_named[m.name] = min(first_named.get(m.name, m.start), m.start)
            people_in.setdefault(sentence, set()).add(m.name)
            named_tokens.update(span)
            person_at.update(dict.fromkeys(span, m.name))
        elif kind_of.get(m.name) in ("organization", "group") and len(span):
            bodies_in.setdefault(t.sent[span.start], set()).add(m.name)
    # A person the recognizer names that no actor is ("Sam Price" beside "Ann Lee"): the
    # sentence names more than one person, whoever the actors are.
    for e in entities:
        if (
            e.label == "PERSON"
            and e.text[:1].isupper()
            # ("Pensioner Maureen Stott": the actor named inside the label is no other.)
            and not any(i in named_tokens for i in range(e.first_token, e.last_token))
            # ("towards the Premiership": a name after "the" is a thing's; round 35)
            and not (e.first_token > 0 and t.lower[e.first_token - 1] == "the")
            # ("Kelby Town 4-0": the recognizer may take the score into the club's name)
            and not _closes_as_no_surname(
                " ".join(takewhile(lambda w: w[:1].isupper(), e.text.split()))
            )
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
            or _dateline_region(
                text,
                mention.start,
                mention.end,
                place=_named_as_a_place(entity_at, span.start),
            )
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
        if kind_of[mention.name] == "country" and (
            _after_a_past_post_word(t, span.start) or _before_a_players_post(t, span.stop)
        ):
            # "Former Kenya sevens captain ...", "South Africa lock Eben Botha", however
            # the parser reads them
            part = "scene"
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
            if not credit and t.dep[_root(t, span.start, span.stop)] == "pobj":
                evidence.placed += 1
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
                and not (
                    kind_of[mention.name] == "country"
                    and _country_sorts_people(t, _root(t, span.start, span.stop))
                )
            )
        ):
            evidence.acting += 1
        if kind_of[mention.name] == "organization" and _people_apposed(text, mention.end):
            evidence.people_apposed += 1
        if (
            part == "staff-of"
            and kind_of[mention.name] == "person"
            # (a post held "of" or "at" a body, not what a post is "for" or where one is
            # "from": "the coroner for the Black Country", "a farmer from Humpty Doo")
            and _post_held_of_or_at(t, _root(t, span.start, span.stop))
        ):
            evidence.staff_of += 1
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
            # (not the bare surname of one named in full: "Darren Quilley, who runs
            # Quilley Moves" opens the body named after him; round 43)
            and not (" " in mention.name and text[mention.start : mention.end] != mention.name)
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
        if kind_of[mention.name] == "person" and staffed_at(t, root):
            # "Analysts at Peel Rowe said": a body whose people act, which the rules took
            # for a person (nobody works at a person)
            evidence.staffed_at += 1
            evidence.acting += 1
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
            # (not one who speaks or acts for someone: "a spokesman for Ann Hale", "a
            # lawyer for the family"; round 26, the lead)
            and t.lemma[t.head[preposition]] not in REPRESENTATIVE_NOUNS | SPOKESPERSON_NOUNS
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
            post = (
                _appointed_as(text, t, span.start, span.stop)
                or _post_given(text, t, span.start, span.stop)
                or _named_to_post(text, t, span.start, span.stop)
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
                # (or after a relative's calling: "Joanne Pike, whose husband is a
                # surgeon, ... Mrs Pike, a primary school teacher,"; round 42)
                or _relative_calling(evidence.described[1])
                # (read again after a headline's words: "Rovers sack coach Paulo Mendes"
                # over "sacked head coach Paulo Mendes" in the story; round 24)
                or in_headline_line(text, evidence.described[0], evidence.described[0] + 1)
            )
            and not credit
            and not _cut_from_a_joined_name(t, span, mention.name, kind)
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
                or (_whose_post(text, t, name_first, span.stop) if person else None)
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
                or (
                    set_before := _post_before_written_title(text, t, name_first)
                    if person
                    else None
                )
                or (
                    set_before := _post_over_written_title(
                        text, t, name_first, span.stop, lower_words
                    )
                    if person
                    else None
                )
                or _post_of_body(text, t, name_first, span.stop, lower_words, person)
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
                or (_designation_after(text, t, span.stop) if person else None)
                or _described_after(text, t, name_first, span.stop, person)
                or (_heads_body(text, t, name_first, span.stop) if person else None)
                or (_former_office(text, t, name_first, span.stop) if person else None)
                or (_fuller_described_before(text, t, name_first, span.stop) if person else None)
                or (
                    _described_before(text, t, name_first, span.stop)
                    if person
                    else _described_before_body(text, t, name_first, span.stop)
                )
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
            if person and description and _relative_calling(description):
                # "Ngozi Udeh, whose husband is a pastor, ... The midwife was honoured":
                # a relative's calling says nothing of her; what the story says she is
                # next may (round 42)
                description = None
            if evidence.owners is None:
                evidence.owners = _owners(
                    mention.name, t.sent[name_first], subject_in, kind_of, people_in, bodies_in
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
                if person and (_background(description) or _tie_of_kin(description)):
                    # "Ian Crowe, a lifelong Rovers fan, is the supporters' trust
                    # chairman", "Greta Lund, a mother of two, is the headteacher of
                    # ...": what the linking verb says the person is, over the pastime,
                    # family or former calling set beside the name; or what the next
                    # sentence says "she" is, when she is the only one named ("Lady Ann
                    # Lee, widow of the former chief, has died. She was a trustee of
                    # ..."; round 32).
                    linked = _copular(text, t, name_first, span.stop) or (
                        _said_next_is(text, t, t.sent[name_first], sentence_first)
                        if people_in.get(t.sent[name_first]) == {mention.name}
                        else None
                    )
                    if linked and not _background(linked):
                        description = linked
                    else:
                        # "Brekka was founded in 2004 by Jon Brekka, a former oil
                        # helicopter pilot": the body the passive says the person
                        # founded or runs, over the former calling (round 29).
                        # (Not any other act: "The goal was scored by Tom Reid, a former
                        # Rovers youth player," keeps the background; round 30.)
                        description = _agent_of_post(text, t, name_first, span.stop) or description
                evidence.described = (mention.start, description)
                evidence.described_set_before = description == set_before
            elif evidence.weakly is None or (person and evidence.weakly_an_event):
                # ("Aisha Bello, who called the police, ... Ms Bello is a night nurse":
                # what a later sentence says she is outranks the one act told first.)
                after_an_event = evidence.weakly is not None
                said_is = (
                    _copular(text, t, name_first, span.stop)
                    or _what_they_do(text, t, name_first, span.stop)
                    or (_heads_as_subject(text, t, name_first, span.stop) if person else None)
                    or (_stays_on_as(text, t, name_first, span.stop) if person else None)
                )
                event = (
                    None
                    if said_is or after_an_event
                    else _described_after(text, t, name_first, span.stop, person, past=True)
                )
                if event and person and _relative_calling(event):
                    event = None  # (as above: a relative's calling is never hers)
                titled_beside = False
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
                            # (as is one whose companions in the sentence the story
                            # has each given a post: "Skipper Tom Bell praised Ann Lee.
                            # The fast bowler took five for 31"; round 42)
                            first_seen if t.dep[root] == "nsubj" or titled_beside else None,
                            # ("Dan Whitby has worked at the plant since 1990. The chief
                            # executive of Harlow Foods said ...": one whose own
                            # sentence says what he does is no post of a body named
                            # next; one who only speaks or "is" may be; round 36)
                            new_body=t.lemma[t.head[root]] == "be"
                            or t.lemma[t.head[root]] in SPEECH_LEMMAS,
                        )
                        if person
                        and (
                            people_in.get(t.sent[name_first]) == {mention.name}
                            or (
                                # (a party to the clause, not a name inside another's
                                # description: "Harbour Lane favourite Ann Lee")
                                t.dep[root] in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
                                and (
                                    titled_beside := _others_titled(
                                        text,
                                        t,
                                        t.sent[name_first],
                                        mention.name,
                                        people_in,
                                        person_at,
                                        sentence_first,
                                        lower_words,
                                    )
                                )
                            )
                        )
                        else None
                    )
                    or (_scorer(t, name_first, span.stop) if person else None)
                    or (_placed(text, t, name_first, span.stop) if person else None)
                )
                if (weak is event or after_an_event) and weak is not said_is:
                    # Only what she is replaces what she did, here or in the next
                    # sentence's "She is ..." when she is the only one named ("Lee, who
                    # built the chain from one shop, will receive £60m. She is its
                    # founder."; round 35).
                    next_is = (
                        _said_next_is(text, t, t.sent[name_first], sentence_first)
                        if person and people_in.get(t.sent[name_first]) == {mention.name}
                        else None
                    )
                    weak = next_is or (None if after_an_event else weak)
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
                    evidence.introduced_as_subject = _unnamed_subject(
                        t, sentence_first, t.sent[name_first] - 1
                    )
        if entity is None:
            continue
        evidence.labelled += 1
        misread = entity.label == "ORG" and (
            _on_a_verb_read_as_noun(t, entity.first_token, entity.last_token, "ORG")
            or _set_off_by_its_body(t, entity.first_token, entity.last_token)
            or _left_a_post_as(t, entity.first_token, entity.last_token)
        )
        evidence.misread_person += misread
        if (
            entity.label == "PERSON"
            or misread
            or (entity.label == "ORG" and _person_named_in_body(entity.text, mention.name))
            # "Mrs Ebiere Sunday, a trader, said": the recognizer's body opening with a
            # form of address is a person it misread (round 28, the lead)
            or (entity.label == "ORG" and entity.text.split()[0] in ADDRESS_HONORIFICS)
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
            if " " in mention.name and text[mention.start : mention.end] != mention.name:
                # "Darren Quilley, who runs Quilley Moves": the bare surname of one named
                # in full opens the body named after him, no more of his name (round 43)
                continue
            if re.fullmatch(r"[^\W\d_][\w’'.-]*(?: [A-Z][\w’'.-]*)+", extension):
                evidence.extended[_clean_name(extension)] += 1
    return found


def _person_named_in_body(entity_text: str, name: str) -> bool:
    """Whether what the recognizer calls a body is this person with an office or an
    employer ("Ritesh Agarwal of Meridian Capital Securities")."""
    words = _clean_name(entity_text).split()
    span = person_in_body_name(words)
    return span is not None and " ".join(words[span[0] : span[1]]) == name


_NOT_DESCRIPTION_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


def _bare_noun_only(description: str) -> bool:
    """ "The woman", "a man", "the boy": a bare noun of people after an article, which
    says nothing of what the person is or does (no age, no place; "Two teenagers, Liam
    Bell and ...," still makes each one a teenager)."""
    words = description.casefold().split()
    return len(words) == 2 and words[0] in ("the", "a", "an") and words[1] in BARE_PERSON_NOUNS


def _set_before_unjoined(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "opened by the acting mayor, Councillor Ann Lee, on Friday": a noun phrase of a
    role set off by a comma right before the (titled) name, which the parser did not
    join to it; the phrase opens the sentence or follows its verb, "by" or "according
    to" (not "Speaking to the doctor, Ann Lee said": the object of another preposition).
    The role may end on what it is of ("according to the council's head of finance,
    Declan Furlong, who ...", "greeted by the Lord-Lieutenant of Trevanshire, Dame Helen
    Roskilly.")."""
    before = name_first - 1
    while before > 0 and t.text[before].rstrip(".") in _COURTESY_TOKENS:
        before -= 1
    close = name_last
    if (
        before < 2
        or t.text[before] != ","
        or t.sent[before] != t.sent[name_first]
        or (
            close < len(t.text)
            and t.sent[close] == t.sent[name_first]
            and t.text[close] not in (",", ".")
        )
    ):
        return None
    head = before - 1
    # "head of finance", "Lord-Lieutenant of Trevanshire": the role's noun before what
    # it is of, a few words back.
    of = next(
        (
            i
            for i in range(head - 1, max(head - 5, 0), -1)
            if t.lower[i] in ("of", "for") and t.sent[i] == t.sent[head]
        ),
        None,
    )
    if (
        of is not None
        and _noun_of_an_unjoined_role(t, of - 1)
        and all(
            t.text[i][:1].isalpha() and t.pos[i] in ("NOUN", "PROPN", "ADJ", "DET")
            for i in range(of + 1, before)
        )
    ):
        head = of - 1
    elif not _noun_of_an_unjoined_role(t, head):
        return None
    first = head
    while (
        first - 1 >= 0
        and t.sent[first - 1] == t.sent[head]
        and head - first < _MAX_DESCRIPTION_TOKENS
        and (
            (
                (first - 1 <= t.head[first - 1] <= head or t.dep[first - 1] == "case")
                and t.dep[first - 1] in ("det", "amod", "compound", "poss", "case")
            )
            # "Lord-Lieutenant": the hyphen inside the office's word
            or (t.text[first - 1] == "-" and t.start[first] == t.end[first - 1])
        )
    ):
        first -= 1
    opener = first - 1
    if not (
        opener < 0
        or t.sent[opener] != t.sent[head]
        or t.lower[opener] == "by"
        or t.pos[opener] in ("VERB", "AUX")
        # "according to the council's head of finance, Declan Furlong,"
        or (t.lower[opener] == "to" and opener > 0 and t.lower[opener - 1] == "according")
    ):
        return None
    words = text[t.start[first] : t.start[before]].split()
    while words and words[0].casefold() in _POSSESSIVE_DETERMINERS:
        words = words[1:]
    phrase = " ".join(words)
    return phrase if phrase and not _broken(phrase) else None


def _noun_of_an_unjoined_role(t: ParsedTokens, index: int) -> bool:
    """ "mayor", "head", "Lieutenant" (an office capitalized before what it is of)."""
    if t.pos[index] == "NOUN" and t.text[index].islower():
        return _noun_of_a_role(t, index)
    return (
        t.pos[index] == "PROPN"
        and t.text[index][:1].isupper()
        and t.lower[index] in ROLE_NOUNS
        and t.lower[index + 1] in ("of", "for")
    )


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


def _told_by_its_clause(text: str, t: ParsedTokens, det: int, head: int) -> str | None:
    """ "A woman who waited 14 months for a cancer diagnosis has won an apology": a bare
    noun of people a lead sets apart by what its relative clause says the person did
    (a past tense, "who" or "that" its subject), the noun and the clause, when short
    and set off by no comma (round 35). Never the noun alone, nor an age or a place."""
    clause = next((c for c in t.children[head] if t.dep[c] == "relcl" and c > head), None)
    if (
        clause is None
        or t.tag[clause] != "VBD"
        or not any(
            t.dep[c] in ("nsubj", "nsubjpass") and t.lower[c] in ("who", "that")
            for c in t.children[clause]
        )
        or any(t.dep[c] in ("aux", "neg") for c in t.children[clause])
    ):
        return None
    last = _subtree_end(t, clause)
    if any(t.text[i] in (",", "(", '"', "“") for i in range(head, last + 1)):
        return None
    words = last - head + 1
    return text[t.start[head] : t.end[last]] if 3 < words <= _MAX_DESCRIPTION_TOKENS else None


def _unnamed_subject(t: ParsedTokens, sentence_first: dict[int, int], sentence: int) -> bool:
    """Is the subject of the sentence's main verb an unnamed person brought in with "a"
    or "an" ("A driving instructor who pocketed £38,000 ... will be sentenced"), the
    one the sentence is about, not one in a clause of it ("when a diver recovered the
    bell"); round 35?"""
    start, end = sentence_first.get(sentence), sentence_first.get(sentence + 1)
    if start is None or end is None:
        return False
    return any(
        t.dep[s] in ("nsubj", "nsubjpass")
        and t.head[s] == i
        and any(t.dep[d] == "det" and t.lower[d] in ("a", "an") for d in t.children[s])
        for i in range(start, end)
        if t.dep[i] == "ROOT"
        for s in t.children[i]
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
            or _kin_of_one_unnamed(t, det, head)
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
            and (t.tag[head] == "NN" or _shouted(t, head))
            and (t.lemma[head] in BARE_PERSON_NOUNS or _lead_noun_of_a_role(t, head))
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
    if len(unnamed) > 1:
        # "A paramedic who was punched while treating a patient has spoken of her ordeal":
        # one acted on in the subject's own act (a participle with no subject of its own)
        # is no one the story goes on to name; the main clause's subject is (round 41)
        subjects = [
            u
            for u in unnamed
            if t.dep[u[1]] in ("nsubj", "nsubjpass") and t.dep[t.head[u[1]]] == "ROOT"
        ]
        if len(subjects) == 1 and all(
            u in subjects or _acted_on_in_a_subjectless_participle(t, u[1]) for u in unnamed
        ):
            unnamed = subjects
    if len(unnamed) > 1:
        # "A bus driver told a jury he saw the defendant strike before a man collapsed.
        # Ahmed Rauf said ...": the one giving evidence, when the person named next goes on
        # speaking, is the one named (round 42)
        witnesses = [
            u for u in unnamed if t.dep[u[1]] == "nsubj" and _testifies_on(t, t.head[u[1]], speaker)
        ]
        if len(witnesses) == 1:
            unnamed = witnesses
    if len(unnamed) != 1:
        return None
    told = (
        None
        if _lead_noun_of_a_role(t, unnamed[0][1])
        else _told_by_its_clause(text, t, *unnamed[0])
    )
    if told is None and not _lead_noun_of_a_role(t, unnamed[0][1]):
        return None
    det, head = unnamed[0]
    verb = t.head[head]
    if _suspect_after_a_victim(t, head, first_person.get(sentence)):
        return None
    if t.lemma[head] in SPOKESPERSON_NOUNS or (
        t.dep[head] == "nsubj"
        and t.lower[verb] in SPEECH_VERBS
        and not any(t.dep[c] == "aux" for c in t.children[verb])
        and not _post_speaks_on(t, det, head, speaker)
        and not _tells_own_story(t, verb, speaker)
        and not _testifies_on(t, verb, speaker)
        and not _accused_and_pleads(t, head, first_person.get(sentence))
    ):
        # "A spokesman for the council said ...", "A neighbour told the Echo ...": an
        # unnamed source speaks as itself; the person named next is someone else. ("A
        # grandmother has told how ...": a lead's perfect tells the story of its subject.)
        return None
    role = told or _pared_role(text, t, head, det, end)
    for i in range(det, head + 1):
        if role and _shouted(t, i):
            # "A CONMAN dubbed ...": the tabloid's capitals are no part of the role
            role = re.sub(rf"\b{re.escape(t.text[i])}\b", t.lower[i], role)
    return role


def _kin_of_one_unnamed(t: ParsedTokens, det: int, head: int) -> bool:
    """Round 42: "The mother of a teenager who drowned ...", "The widow of a man killed
    ...": the one relative of someone the lead brings in unnamed, as "a" brings in a
    person."""
    return (
        t.lower[det] == "the"
        and t.dep[det] == "det"
        and t.lemma[head] in KIN_NOUNS
        and any(
            t.dep[c] == "prep"
            and t.lower[c] == "of"
            and any(
                t.dep[o] == "pobj"
                and any(t.dep[d] == "det" and t.lower[d] in ("a", "an") for d in t.children[o])
                for o in t.children[c]
            )
            for c in t.children[head]
        )
    )


def _acted_on_in_a_subjectless_participle(t: ParsedTokens, noun: int) -> bool:
    """Is `noun` the object of a participle with no subject of its own ("while treating
    a patient", "after rescuing a swimmer"), the act of the clause's subject?"""
    verb = t.head[noun]
    if t.dep[noun] == "pobj" and t.pos[verb] == "ADP":
        verb = t.head[verb]
    return (
        t.dep[noun] in ("dobj", "pobj")
        and t.tag[verb] in ("VBG", "VBN")
        and t.dep[verb] in ("advcl", "pcomp", "xcomp")
        and not any(t.dep[c] in ("nsubj", "nsubjpass", "expl") for c in t.children[verb])
    )


def _lead_noun_of_a_role(t: ParsedTokens, head: int) -> bool:
    """A noun of people a lead describes someone by: one of a role, a bare noun made a
    calling by a common noun before it ("a lollipop lady", "a dinner lady", "a LOLLIPOP
    man"), or a parent by the number of children ("a dad-of-three", "a mother of four");
    round 35."""
    lemma = t.lower[head] if _shouted(t, head) else t.lemma[head]
    if lemma in KIN_NOUNS:
        return _noun_of_a_role(t, head) or any(
            t.lower[c] == "of"
            and any(t.dep[g] == "pobj" and t.pos[g] == "NUM" for g in t.children[c])
            for c in t.children[head]
            if t.dep[c] == "prep"
        )
    return _noun_of_a_role(t, head)


def _held(t: ParsedTokens, root: int) -> bool:
    """Is the name at `root` one police or a court hold ("Police arrested Ann Lee", "Ann
    Lee was charged", "the court jailed Ann Lee")?"""
    head = t.head[root]
    return (
        head != root
        and t.dep[root] in ("dobj", "nsubjpass")
        and (t.lemma[head] in HELD_LEMMAS or _in_the_dock(t, root))
    )


def _suspect_after_a_victim(t: ParsedTokens, unnamed: int, named: int | None) -> bool:
    """ "A nurse was stabbed outside the hospital. Police arrested Ann Lee, 22,": the one
    something was done to in the lead is not the one the next sentence says police hold
    (unless the lead holds the unnamed one too: "A teacher has been charged ... Police
    charged Ann Lee"). Round 31."""
    if named is None or t.dep[unnamed] != "nsubjpass" or _held(t, unnamed):
        return False
    while t.dep[named] == "compound" and t.head[named] > named:
        named = t.head[named]
    return _held(t, named)


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
    courtesy = named
    while courtesy > 0 and t.text[courtesy - 1].rstrip(".") in _COURTESY_TOKENS:
        courtesy -= 1  # ("Dr Lina Moss said": a style describes nothing; round 42)
    if courtesy > 0 and t.sent[courtesy - 1] == t.sent[named] and t.pos[courtesy - 1] != "PUNCT":
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


def _testifies_on(t: ParsedTokens, verb: int, named: int | None) -> bool:
    """Round 42: "A bus driver told a jury he saw the attack. Ahmed Rauf said ...", "...,
    a forensic pathologist told the inquest. Dr Lina Moss said ...": a witness giving
    evidence to a court or a hearing, and the person the next sentence names first goes
    on speaking: the account goes on in the witness's words (not "A neighbour told the
    Echo ...": one of many speaks to a paper)."""
    return any(
        t.dep[c] in ("dobj", "dative") and t.lemma[c] in EVIDENCE_HEARERS for c in t.children[verb]
    ) and _goes_on_speaking(t, named)


def _accused_and_pleads(t: ParsedTokens, noun: int, named: int | None) -> bool:
    """Round 42: "A former treasurer accused of taking £38,000 told a jury he had been
    tidying up ... Gordon Tiernan, 63, denies fraud": the unnamed speaker is one the lead
    puts in the dock, and the person named next pleads; he is the accused."""
    if named is None:
        return False
    while t.dep[named] == "compound" and t.head[named] > named:
        named = t.head[named]
    return _pleads(t, named) and any(
        t.dep[c] == "acl" and t.tag[c] == "VBN" and t.lemma[c] in ACCUSED_LEMMAS
        for c in t.children[noun]
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
    if any(t.lower[c] == "no" and t.dep[c] == "det" for c in t.children[attr]):
        # "Ann Lee is no stranger to controversy", "is no ordinary teacher": what the
        # sentence says she is not (round 36).
        return None
    if not (
        t.pos[attr] == "NOUN"
        or (t.lower[attr] == "one" and any(t.lower[c] == "of" for c in t.children[attr]))
    ):
        return None
    first = attr
    while first - 1 > verb and (
        t.dep[first - 1]
        in (
            "det",
            "amod",
            "compound",
            "poss",
            "case",
            "nummod",
            "advmod",
            "punct",
        )
        # "She is QuikShop's founder and majority owner": the parser hangs the first of
        # two joined posts on the second (round 35)
        or (t.dep[first - 1] in ("cc", "conj", "nmod") and verb < t.head[first - 1] <= attr)
    ):
        first -= 1
    if t.text[first] in (",", "-", "–", "—"):
        return None
    return _after_name(text, t, first, cut=True)


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
    verb and what it takes, without the time; not a verb of speech or a passive, nor a
    clause that sets the scene: "When Ann Lee, 67, bought her flat in 2019,")."""
    if not _aged_at_introduction(t, name_last):
        return None
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    if (
        t.dep[root] != "nsubj"
        or verb <= root
        or t.tag[verb] != "VBD"
        or t.lemma[verb] in SPEECH_LEMMAS
        # "When Ann Lee, 67, bought her flat in 2019, ...": a clause that sets the
        # scene (opened by "when", "after", "as", "if") says when, not who she is.
        or any(
            t.dep[c] in ("neg", "aux", "auxpass", "mark")
            or (t.dep[c] == "advmod" and t.tag[c] == "WRB" and c < root)
            for c in t.children[verb]
        )
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


def _others_titled(
    text: str,
    t: ParsedTokens,
    sentence: int,
    name: str,
    people_in: Mapping[int, set[str]],
    person_at: Mapping[int, str],
    sentence_first: Mapping[int, int],
    lower_words: set[str],
) -> bool:
    """Round 42: does every other person the sentence names carry a post written before
    their name there ("Chairman Vikram Rao and Kavita Menon ...", "Skipper Temba Mahlaba
    praised Kabelo Rantsho")? Then a new noun of a calling that opens the next sentence
    ("The chief financial officer said", "The fast bowler took five for 31") is the
    untitled one's. Reads the sentence's tokens once."""
    others = people_in.get(sentence, set()) - {name}
    start = sentence_first.get(sentence)
    if not others or start is None:
        return False
    end = sentence_first.get(sentence + 1, len(t.text))
    spans: dict[str, tuple[int, int]] = {}
    for i in range(start, end):
        named = person_at.get(i)
        if named in others or named == name:
            first, _ = spans.get(named, (i, i))
            if first == i or spans[named][1] == i - 1:
                spans[named] = (first, i)
    own = spans.pop(name, None)
    if own is not None and any(
        own[1] < first <= own[1] + 3
        and not any(t.pos[i] in ("VERB", "AUX", "PUNCT") for i in range(own[1] + 1, first))
        for first, _ in spans.values()
    ):
        return False  # "Harbour Lane favourite Ann Lee": the name is inside her description
    # (a name read twice, "Boss Steve Lomas" and "Steve Lomas", is one companion: the
    # shorter, with the words before it as its post)
    for longer in [n for n in spans if any(o != n and o in n for o in spans)]:
        del spans[longer]
    unplaced = [o for o in others - set(spans) if not any(n in o or o in n for n in spans)]
    return (
        bool(spans)
        and not unplaced
        and all(
            _post_of_body(text, t, first, last + 1, lower_words, True)
            for first, last in spans.values()
        )
    )


def _said_of_them_next(
    text: str,
    t: ParsedTokens,
    sentence: int,
    sentence_first: dict[int, int],
    name_last: int,
    first_seen: Mapping[str, int] | None = None,
    new_body: bool = False,
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
    subject = _pronoun_opening(t, following)
    if subject is not None:
        return _copular(text, t, subject, subject + 1) or _what_they_do(
            text, t, subject, subject + 1
        )
    opening = _clause_opening(t, following)
    if _other_age(t, name_last, opening):
        return None
    return _aged_epithet(text, t, opening, first_seen, new_body)


def _other_age(t: ParsedTokens, name_last: int, opening: int) -> bool:
    """ "Hemi Walker, 52, ... The 23-year-old, who nominated him,": an age that opens the
    next sentence and differs from the one the name was given is someone else's."""
    if not _aged_at_introduction(t, name_last):
        return False
    stop = min(opening + 3, len(t.text))
    return any(
        t.pos[i] == "NUM" and t.text[i].isdigit() and t.text[i] != t.text[name_last + 1]
        for i in range(opening, stop)
    )


def _said_next_is(
    text: str, t: ParsedTokens, sentence: int, sentence_first: dict[int, int]
) -> str | None:
    """What the next sentence's linking verb says "he" or "she" is, when it opens on
    one ("She was a founding trustee of the Marchmont Trust")."""
    following = sentence_first.get(sentence + 1)
    subject = None if following is None else _pronoun_opening(t, following)
    return None if subject is None else _copular(text, t, subject, subject + 1)


# How many words of time or manner may open a sentence before its "he" or "she" ("Now
# she is", "Since March he has been", "But today she runs").
_OPENER_BEFORE_PRONOUN = 4
_OPENER_DEPS = frozenset({"advmod", "npadvmod", "cc", "punct", "prep", "pobj", "det", "nummod"})


def _clause_opening(t: ParsedTokens, first: int) -> int:
    """Where a sentence's subject opens, after a few words of time or manner hung on its
    verb ("Now she is ...", "These days the retired driver runs ..."; round 32); the
    sentence's first word when no such words open it."""
    for i in range(first, min(first + _OPENER_BEFORE_PRONOUN + 1, len(t.text))):
        if t.sent[i] != t.sent[first]:
            return first
        if t.dep[i] in ("nsubj", "nsubjpass") or t.dep[t.head[i]] in ("nsubj", "nsubjpass"):
            return i
        if t.dep[i] not in _OPENER_DEPS:
            return first
    return first


def _pronoun_opening(t: ParsedTokens, first: int) -> int | None:
    """The "he" or "she" that is the subject of a sentence's main verb, opening it or
    after a few words of time or manner hung on that verb ("Now she is Calgary's deputy
    mayor", "These days he runs the bakery"; round 32)."""
    i = _clause_opening(t, first)
    if t.lower[i] not in ("he", "she") or t.dep[i] != "nsubj":
        return None
    verb = t.head[i]
    if t.dep[verb] == "ROOT":
        return i
    frame = t.head[verb]
    if (
        t.dep[verb] == "ccomp"
        and t.dep[frame] == "ROOT"
        and frame > verb
        and t.text[frame - 1] != "that"
        # (or what a court or an inquest "heard")
        and (t.lemma[frame] in SPEECH_LEMMAS or t.lemma[frame] == "hear")
        and any(t.text[c] == "," and verb < c < frame for c in t.children[frame])
        # (not a quote: '"She is a brave woman," the chain said')
        and not any(
            t.pos[q] == "PUNCT" and t.text[q] in ANY_QUOTE_MARKS for q in range(first, frame)
        )
    ):
        # "He is a former team leader, the court was told", "She runs the shop, police
        # said": the frame of who told it set after the sentence leaves it the sentence
        # the pronoun opens (round 35).
        return i
    return None


def _aged_epithet(
    text: str,
    t: ParsedTokens,
    first: int,
    first_seen: Mapping[str, int] | None = None,
    new_body: bool = False,
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
        if noun is None:
            # "The 29-year-old, who runs her own plastering business, ...", "The
            # 19-year-old, who was excluded at 14, is now an apprentice at ...": what the
            # present-tense clause on the age, or what the sentence says it is, says the
            # person is (round 36).
            return _said_of_bare_age(text, t, head)
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
        t.lower[first] == "the"
        and t.lower[head] == "old"
        and any(t.lemma[c] == "year" for c in t.children[head])
        and t.dep[head] == "nsubj"
    ):
        # "The 38-year-old is chief engineer at the site" (round 36)
        return _said_of_bare_age(text, t, head)
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
    if age is None and not (
        first_seen is not None and _fresh_epithet(t, head, first_seen, new_body)
    ):
        return None
    return _pared_role(text, t, head, first if age is None else age, len(t.text))


def _said_of_bare_age(text: str, t: ParsedTokens, age: int) -> str | None:
    """What is said of "the 24-year-old" standing alone as a subject: a relative clause
    of what the person is or does now ("who runs a salon in Gdansk"; not "whose father
    ...", nor a past "who was driving the van") or what the linking verb says the age
    is ("is chief engineer at the site"); None for anything else."""
    clause = _described_after(text, t, age, age + 1)
    if clause and not clause.casefold().startswith("whose"):
        return clause
    return _copular(text, t, age, age + 1)


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


def _fresh_epithet(
    t: ParsedTokens, head: int, first_seen: Mapping[str, int], new_body: bool = False
) -> bool:
    """Is the definite noun `head` of people, with no age, a new way of referring to the
    person just named: written here first, a person's by the lexicon or by a "who" or
    "whose" clause of its own, and not a noun of the story's other parties? With
    `new_body` (the person's own sentence only said or "was" something), a post at a
    body the article names here first counts too (_new_body_remit)."""
    lemma = t.lemma[head]
    # "The retired judge, who ...": a former office is no party acting in the story.
    former = any(t.lower[c] in ("former", "retired") for c in t.children[head])
    # "The Hungarian goalkeeper was mobbed": a nationality on the noun says who the
    # person is, not which other party of the event (round 43)
    national = any(t.dep[c] == "amod" and is_demonym(t.text[c]) for c in t.children[head])
    if first_seen.get(lemma, head) < head or (
        lemma in STORY_PARTY_NOUNS | KIN_NOUNS
        and not former
        and not (national and lemma not in KIN_NOUNS)
        # ("The manager of the Nordlys Trust said": a post at a body named here first)
        and not (
            new_body and any(_new_body_remit(t, head, c, first_seen) for c in t.children[head])
        )
    ):
        return False
    if any(
        t.dep[c] == "prep"
        and t.text[c - 1] != ","
        and not _remit_named(t, head, c)
        and not (new_body and _new_body_remit(t, head, c, first_seen))
        for c in t.children[head]
    ):
        # "The driver of the van": a part in the event, not who she is; a hometown set
        # off by commas ("The retired postman, from Tralee,") is hers (round 29), and so
        # is a post's remit by name ("The Conservative councillor for Thornbury South,
        # who ...", round 35)
        return False
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


def _remit_named(t: ParsedTokens, head: int, prep: int) -> bool:
    """Is the preposition `prep` on the noun of a post `head` its remit by name ("the
    councillor for Thornbury South, who ...", "the chief executive of Harbour Foods,
    who ..."): "for", "of" or "at" with a proper name as its object, and the
    description going on with "who" (round 35)?"""
    if t.lower[prep] not in ("of", "for", "at") or t.lemma[head] not in ROLE_NOUNS:
        return False
    objects = [c for c in t.children[prep] if t.dep[c] == "pobj"]
    if not objects or t.pos[objects[0]] != "PROPN":
        return False
    # Only with a "who" clause of its own, which the parser may hang on the remit's name
    # ("The chief executive of Harlow Foods said the plant would close" brings in
    # someone new)
    return any(
        t.dep[c] == "relcl" and any(t.lower[g] == "who" for g in t.children[c])
        for c in (*t.children[head], *t.children[objects[0]])
    )


def _new_body_remit(t: ParsedTokens, head: int, prep: int, first_seen: Mapping[str, int]) -> bool:
    """Is the preposition `prep` on the noun of a post `head` its remit at a body the
    article names here for the first time ("said Ann Lee. The headteacher of Brookside
    Primary said ...", "The outspoken chair of the Leicester Hindu Council has called
    ...")? A post at a body the story has already named ("The chief executive of Harlow
    Foods said ..." in a story about Harlow Foods) may bring in someone new; one at a
    body new to the reader tells them more of the person just named (round 36)."""
    if (
        t.dep[prep] != "prep"
        or t.lower[prep] not in ("of", "for", "at")
        or t.lemma[head] not in ROLE_NOUNS
    ):
        return False
    objects = [c for c in t.children[prep] if t.dep[c] == "pobj"]
    if not objects or t.pos[objects[0]] != "PROPN":
        return False
    names = [i for i in range(prep + 1, objects[0] + 1) if t.pos[i] == "PROPN"]
    return all(first_seen.get(t.lemma[i], i) > prep for i in names)


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


def _placed(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee was second", "Ann Lee came third in the women's race": the placing, with
    the contest when the clause names it; not a place in a list (LISTED_ORDER_NOUNS: "was
    fourth on the ballot", "second in line")."""
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    if t.dep[root] != "nsubj" or verb == root or t.lemma[verb] not in PLACING_VERBS:
        return _placed_verb_left_out(t, name_first, name_last)
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
    if any(
        t.dep[c] == "prep"
        and t.lower[c] in ("on", "in")
        and any(t.dep[g] == "pobj" and t.lemma[g] in LISTED_ORDER_NOUNS for g in t.children[c])
        for c in (*t.children[verb], *t.children[placing])
    ):
        return None  # "was fourth on the ballot", "second in line": a list's order
    for c in t.children[verb]:
        if t.dep[c] == "prep" and t.lower[c] == "in":
            contest = next((g for g in t.children[c] if t.dep[g] == "pobj"), None)
            if contest is not None and t.lemma[contest] in CONTEST_NOUNS:
                phrase = text[t.start[placing] : t.end[contest]]
                if contest - placing <= _MAX_DESCRIPTION_TOKENS and not _broken(phrase):
                    return phrase
    return t.text[placing]


# How far back a placing left without its verb looks for the race's verb or another
# placing ("Ann Lee was second in 7.14 and Tom Reid third").
_PLACING_LOOKBACK = 30


def _placed_verb_left_out(t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee was second in 7.14 and Tom Reid third in 7.19", "Ann Lee won in 2:18,
    with Tom Reid second": a placing written straight after a name joined by "and" or
    "with", the verb left out, in a sentence that has already told a placing or a win
    (a bounded look back); not "with Ann Lee first to speak", "second-guessing", "third
    time lucky", "second on the ballot" (round 28b)."""
    if name_last >= len(t.text) or t.lower[name_last] not in PLACINGS:
        return None
    after = name_last + 1
    if after < len(t.text) and not (
        t.text[after] in (".", ",", ";", ")")
        or t.lower[after] in ("and", "in", "behind", "after", "with")
    ):
        return None
    if after + 2 < len(t.text) and t.lower[after] == "in":
        noun = after + 1 + (t.lower[after + 1] in ("the", "a"))
        if t.lemma[noun] in LISTED_ORDER_NOUNS:
            return None  # "and Tom Reid third in line"
    before = name_first - 1
    if before >= 2 and t.tag[before] == "POS":
        before -= 2  # "with Germany's Ann Lee third"
    if before < 0 or t.lower[before] not in ("and", "with"):
        return None
    sentence = t.sent[name_first]
    for i in range(before - 1, max(-1, before - _PLACING_LOOKBACK), -1):
        if t.sent[i] != sentence:
            return None
        if (t.lower[i] in PLACINGS and t.pos[i] in ("ADJ", "ADV", "NOUN")) or (
            t.lower[i] in RACE_RESULT_VERBS
        ):
            return t.lower[name_last]
    return None


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
