"""A person's role as the article gives it: appositions, titles and posts before the
name, offices of bodies, seats and parties, court and sport sides. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefsmith.core.dependency import hangs_within, object_renamed_before
from briefsmith.core.extraction.actor_parse.reading import (
    _CLAUSE_OPENERS,
    _COURTESY_TOKENS,
    _COURTESY_WORDS,
    _DETERMINERS,
    _HEADED_NOUNS,
    _MAX_DESCRIPTION_TOKENS,
    _MAX_LIST_MEMBERS,
    _MODIFIERS,
    _NO_WORDS,
    _OFFICE_NOUNS,
    _POSSESSIVE_DETERMINERS,
    _RANK_WORDS,
    _STAFF_NOUNS,
    _SUBJECTS,
    _TITLE_WORDS,
    ParsedTokens,
    _after_name,
    _background,
    _bare_rank,
    _broken,
    _describes,
    _held_for_a_while,
    _hyphen_in_word,
    _next_to,
    _noun_of_a_role,
    _office_given,
    _office_of_title,
    _office_token,
    _opens_dateline,
    _opens_sentence,
    _pared_role,
    _plainly_describes,
    _plural_staff_noun,
    _role_noun,
    _root,
    _singular_staff_noun,
    _subtree_end,
    seat_in_brackets,
)
from briefsmith.core.extraction.actors import (
    compound_title,
    pastime,
)
from briefsmith.core.lexicon import (
    ADVOCATE_NOUNS,
    AGENT_LOOKALIKES,
    AGENT_OFFICES,
    AGENT_POSTS,
    AGENT_SUFFIXES,
    APPOINTING_VERBS,
    AWARD_SPAN_NOUNS,
    BARE_PERSON_NOUNS,
    BEATING_LEMMAS,
    BODY_NOUNS,
    BRACKETED_ASIDE_OPENERS,
    CAPACITY_AS_LEMMAS,
    CAPACITY_NOUNS,
    CAREER_SPANS,
    CLIENT_VERB_LEMMAS,
    COLLECTIVE_BODY_NOUNS,
    COMPANY_SUFFIXES,
    CONTEST_NOUNS,
    COUNSEL_LETTERS,
    COUNSEL_SIDES,
    COUNTERPART_NOUNS,
    COURT_SIDES,
    COURTESY_TITLES,
    DEFENCE_SIDE,
    DESCRIPTION_NOUNS,
    EVIDENCE_HEARERS,
    FIELD_MARK_NOUNS,
    FOUNDER_LEMMAS,
    FOUNDING_LEMMAS,
    FRONTED_PLACE_WORDS,
    FUTURE_ONLY_SUCCESSION_LEMMAS,
    GIVEN_NAMES,
    GLUED_DESCRIPTORS,
    GOAL_NOUNS,
    HEADED_UNIT_NOUNS,
    HEADING_VERB_POSTS,
    HONORIFIC_STYLES,
    HONORIFICS,
    INQUIRY_NOUNS,
    INSIDE_OUTSIDE_POSITIONS,
    IRREGULAR_PAST_VERBS,
    KIN_NOUNS,
    LEAVING_OFFICE_LEMMAS,
    NAME_CONNECTORS,
    NAMED_EVENT_NOUNS,
    NAMING_VERBS,
    NICKNAMING_LEMMAS,
    NOT_APPOINTED_NOUNS,
    OBJECT_ROLE_OPENERS,
    OFFICE_OF_TITLE,
    ORG_CONNECTORS,
    ORG_HEADS,
    PARTY_LABELS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PICTURE_POINTERS,
    PLACE_KIND_NOUNS,
    PLACED_NOT_WON_NOUNS,
    PLURAL_TITLES,
    PORTRAYAL_LEMMAS,
    POST_AS_LEMMAS,
    POST_AS_PHRASAL_VERBS,
    POST_TIE_NOUNS,
    POSTED_PLACE_HEADS,
    POSTS_SPEAKING_FOR_A_BODY,
    RACE_CATEGORY_WORDS,
    RACE_EVENT_NOUNS,
    RANK_PARTS,
    RANKING_LEMMAS,
    RANKS,
    RIDDEN_LEMMAS,
    ROLE_ADJECTIVES,
    ROLE_BREAK_WORDS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    ROLE_VERBS,
    STORY_PARTY_NOUNS,
    SUCCESSION_LEMMAS,
    TAKING_UP_LEMMAS,
    TITLES,
    TRAINED_LEMMAS,
    US_ELECTED_TITLES,
    US_PARTY_LETTERS,
    US_PARTY_MEMBERS,
    US_STATE_SHORT,
    fold,
)
from briefsmith.core.names import possessive

# How far after a subject a participle about it is looked for, in tokens.
_CLAUSE_WINDOW = 40
# The words of a post written in capitals after "promoted to" ("Detective Chief
# Inspector", "Deputy Head"), lower case.
_CAPITALIZED_POST_WORDS = _OFFICE_NOUNS | ROLE_QUALIFIERS
_STYLE_WORDS = frozenset(w for style in HONORIFIC_STYLES for w in style)
# Common nouns of a body or a part of one that a post is "of" ("the chair of the inquiry").
_HEADED_BODY_NOUNS = HEADED_UNIT_NOUNS | BODY_NOUNS | COLLECTIVE_BODY_NOUNS | INQUIRY_NOUNS


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


def _office_over_its_brief(t: ParsedTokens, left: int, name_first: int | None = None) -> int:
    """Where a description before a name starts when what the parse hung on the name is
    an office's brief ("said Minister for Labour and Employment Ann Lee", "Chair of the
    Health and Social Care Committee Tom Bell": the brief alone is no role): at the
    office's title before "for" or "of" (and "the"), with the capitalized titles or role
    nouns before it ("Deputy Minister", "Cabinet Secretary"); or at a lower-case office
    whose brief is lower-case nouns the parse hung on the name ("Cabinet member for
    housing Glen Lee", "Bulls director of rugby Jan Botha"), with what modifies the
    office (`_lower_office_over_its_brief`, round 33)."""
    opener = left - 1
    if opener >= 1 and t.lower[opener] == "the":
        opener -= 1
    if opener < 1 or t.lower[opener] not in ("for", "of"):
        return left
    if not _office_word(t, opener - 1):
        return _lower_office_over_its_brief(t, left, opener, name_first)
    start = opener - 1
    while start >= 1 and start > opener - 4 and _office_word(t, start - 1):
        start -= 1
    return start


def _lower_office_over_its_brief(
    t: ParsedTokens, left: int, opener: int, name_first: int | None
) -> int:
    """ "Cabinet member for housing Glen Lee", "Kisumu County chief officer for health Dr
    Ann Were": the parse makes the name the object of "for"/"of" and the brief
    ("housing") a modifier of the name. The office is the lower-case role noun before the
    preposition, the brief a run of at most three lower-case nouns that are no role
    themselves ("the lawyer for Chelsea striker Tom Bell": the striker is Tom Bell), and
    the office's own modifiers before it ("Kisumu County chief") open the description."""
    office = opener - 1
    if (
        name_first is None
        or not t.text[office].islower()
        or not (_role_noun(t.text[office]) or t.lower[office] in ROLE_NOUNS)
    ):
        return left
    brief = [
        i
        for i in range(left, name_first)
        if t.lower[i].rstrip(".") not in _COURTESY_WORDS and not t.text[i][:1].isupper()
    ]
    if (
        not brief
        or len(brief) > 3
        or brief[0] != left
        # (a lower-case brief the tagger calls a proper noun: "director of rugby")
        or any(t.pos[i] not in ("NOUN", "PROPN") or _role_noun(t.text[i]) for i in brief)
        or any(t.text[i][:1].isupper() and i not in brief for i in range(left, brief[-1]))
    ):
        return left
    start = office
    stack = [c for c in t.children[office] if c < office and t.dep[c] in _MODIFIERS]
    while stack:
        node = stack.pop()
        if office - node > 4 or t.sent[node] != t.sent[office]:
            return left
        start = min(start, node)
        stack.extend(c for c in t.children[node] if c < node)
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
    before = name_first - 1
    if (
        not stack
        and before >= 0
        and t.dep[before] == "compound"
        and name_first <= t.head[before] < root
        and (
            t.pos[before] == "NOUN"
            or (_opens_sentence(t, before) and _describes(t.text[before], lower_words))
        )
    ):
        # "Proprietor Niamh Gallagher", "Auctioneer Carla du Preez": a description the
        # parser hung on the given name it knows, right before it (round 33).
        stack = [before]
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
    if _hyphen_in_word(t, left):
        left -= 1  # "co" + "-captain Ann Lee", only the hyphen hung on the name (round 33)
    while left >= 2 and _hyphen_in_word(t, left - 1):
        left -= 2  # "Director-General of the agency Ann Lee": the whole hyphened title
    left = _office_over_its_brief(t, left, name_first if person else None)
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
        # ("Lollipop lady Ann Lee": a lower-case "lady" is her trade's noun, no style)
        (words[-1][:1].isupper() and words[-1].casefold().rstrip(".") in _COURTESY_WORDS)
        # "Transport Minister Datuk Seri Wee Ka Hock": a conferred style is no role
        or words[-1] in _STYLE_WORDS
    ):
        words = words[:-1]
    while (
        len(words) > 1
        and words[-1][:1].isupper()
        and words[-1].casefold().rstrip(".") in _TITLE_WORDS
        and words[-2][:1].islower()
        and _role_noun(words[-2])
    ):
        # "Retired High Court judge Justice Ann Lee", "Party leader Senator Ann Lee": the
        # post told in words, over the title the name is written under (round 29b)
        words = words[:-1]
    description = " ".join(words)
    if not description or _broken(description):
        return None
    if (
        len(words) > 1
        and _opens_sentence(t, left)
        and not _role_noun(words[-1])
        and (
            t.tag[left] in ("IN", "RB", "VBG")
            or t.lower[left] in ROLE_BREAK_WORDS
            or t.lower[left] in FRONTED_PLACE_WORDS
        )
        and not (
            t.lower[left] in FRONTED_PLACE_WORDS and words[1].casefold() in INSIDE_OUTSIDE_POSITIONS
        )
    ):
        # "Outside court Ann Lee said", "Speaking outside court Ann Lee said": a scene
        # fronted with no comma, which the parser hangs on the name; no description
        # (round 29b). ("Acting chief executive Ann Lee": a post, kept.)
        return None
    if (
        len(words) == 1
        and words[0].casefold() in EVIDENCE_HEARERS
        and not _role_noun(words[0])
        and not _opens_sentence(t, left)
    ):
        # "Prosecutor Ann Lee told the court Tom Reid spent ...", "told the inquest Ann
        # Lee had died": who heard it, read as the name's modifier where a clause opens
        # with no "that"; a court is no one's role.
        return None
    if description.rstrip("-–").casefold() in US_PARTY_LETTERS:
        # "State Rep. Ann Lee, R-Millbrook,": a party tag's letter before the place she
        # represents, no description of the place (round 21)
        return None
    if (
        len(words) == 1
        and words[0].casefold() in COUNTERPART_NOUNS
        and words[0].casefold() in GLUED_DESCRIPTORS
        and _opens_sentence(t, left)
    ):
        # "Rival Hatton and Bryce reported": the other side, capitalized only because
        # it opens the sentence (round 28b).
        return words[0].casefold().removesuffix("s")
    if not person and not (words[-1][:1].islower() or "-" in words[-1]):
        # "Local" of "Local Government Association" where the mention is shorter than
        # the body's name: an organization's description ends in a common noun.
        return None
    if (
        not any(
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
        )
        and not (
            # "NASA Administrator Ann Lee", "Kestrel Bank Chairman Tom Bell": a post that
            # speaks for the body named before it, written with its capital (round 34)
            len(words) > 1 and words[-1].casefold() in POSTS_SPEAKING_FOR_A_BODY
        )
        and not (
            # "Seamer Gareth Lumb took five wickets": an agent noun that opens the sentence
            # before a full name is capitalized for the sentence, not as a given name.
            len(words) == 1
            and _opens_sentence(t, left)
            and name_last - name_first >= 2
            and _describes(words[0], lower_words)
        )
    ):
        return None  # only names ("Esteban" the recognizer left out): no description
    return description


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
    if name_first + 2 < name_last and (
        _plural_staff_noun(t.lower[name_first]) or _plural_title(t, name_first)
    ):
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
        and not _plural_title(t, first - 1)
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
    if _plural_title(t, noun):
        # "Cllrs Ann Lee and Tom Bell": a title's plural, each one's office ("Drs": none)
        office = OFFICE_OF_TITLE.get(t.lower[noun].rstrip("."))
        return office or None
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


def _plural_title(t: ParsedTokens, index: int) -> bool:
    """Is the token a title's plural written before names ("Cllrs", "Sens.", "Drs"),
    capitalized and modified by nothing ("Sales reps Ann Lee and ...": a trade)?"""
    return (
        t.lower[index].rstrip(".") in PLURAL_TITLES
        and t.text[index][:1].isupper()
        and not (index > 0 and t.head[index - 1] == index and t.dep[index - 1] != "det")
    )


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
    # (round 32: or a clause after it, "a Democrat from Flint who sponsored the bill,")
    r"\s*(?=[,.;]|\s+(?:who|whose)\b|$)"
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


def _heads_as_subject(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Ann Lee will captain the side", "Ann Lee is to chair the inquiry", "Ann Lee
    manages the club's youth team": the name the subject of a verb of heading a body
    (HEADING_VERB_POSTS) in the present, the future or held since a time until now; the
    post it names, of that body ("captain of the side"). A past ("captained the side in
    2019") is a career's, and a
    march, a ball or a goal is no body (round 32)."""
    root = _root(t, name_first, name_last)
    verb = t.head[root]
    post = HEADING_VERB_POSTS.get(t.lemma[verb])
    if t.dep[root] != "nsubj" or verb <= root or post is None or t.sent[verb] != t.sent[root]:
        return None
    auxiliaries = [t.lower[c] for c in t.children[verb] if t.dep[c] in ("aux", "neg")]
    ahead = auxiliaries in (["will"], ["'ll"], ["to"], ["is", "to"], ["are", "to"])
    # "Kevin Stubbs has managed Harlow Town since 2020", "has led the charity for six
    # years": held from then until now (round 37)
    held_until_now = (
        auxiliaries in (["has"], ["have"])
        and t.lemma[verb] != "run"  # ("has run the village shop since 1990": no office)
        and any(t.lower[c] in ("since", "for") for c in t.children[verb])
    )
    if not (ahead or held_until_now or (not auxiliaries and t.tag[verb] in ("VBZ", "VBP"))):
        return None
    body = next((c for c in t.children[verb] if t.dep[c] == "dobj"), None)
    if body is None or not _a_body_noun(t, body):
        return None
    first = min([body, *(c for c in t.children[body] if c < body)])
    last = _subtree_end(t, body)
    if last - first >= _MAX_DESCRIPTION_TOKENS:
        return None
    phrase = text[t.start[first] : t.end[last]]
    return None if _broken(phrase) else f"{post} of {phrase}"


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


_FULL_RANKS = frozenset(w.rstrip(".") for w in RANKS)


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
    remit = _office_with_remit_before(text, t, name_first)
    if remit:
        return remit
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
    while len(words) > 3 and (
        words[-1] in _STYLE_WORDS
        # "Minister for Health Dr Ann Lee", "... for Health Shri Anil Kapoor": a form of
        # address or a courtesy title, no office (round 29)
        or words[-1] in HONORIFICS
        or words[-1] in COURTESY_TITLES
    ):
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


# The most words of a remit in brackets after an office ("(Law and Order)").
_REMIT_WORDS = 4


def _office_with_remit_before(text: str, t: ParsedTokens, name_first: int) -> str | None:
    """ "Assistant Commissioner of Police (Crime) Vinod Shelar", "Minister of State (Home)
    Ajay Rao": an office of a body written before the name with its remit in brackets,
    which the parse hangs any way at all; the office with its remit (round 32). Read on
    the tokens next to the name, a bounded window."""
    close = name_first - 1
    if close < 4 or t.text[close] != ")" or t.sent[close] != t.sent[name_first]:
        return None
    opening = close - 1
    while opening > close - _REMIT_WORDS - 1 and t.text[opening] != "(":
        opening -= 1
    inside = range(opening + 1, close)
    if (
        t.text[opening] != "("
        or not inside
        or not t.text[opening + 1][:1].isupper()
        or not all(t.text[i][:1].isupper() or t.lower[i] in ORG_CONNECTORS for i in inside)
    ):
        return None
    left = opening
    while (
        left > 0
        and opening - left < _MAX_DESCRIPTION_TOKENS
        and t.sent[left - 1] == t.sent[name_first]
        and (
            t.text[left - 1][:1].isupper()
            or t.lower[left - 1] in ("of", "for", "and", "&")
            or _hyphen_in_word(t, left - 1)
        )
    ):
        left -= 1
    while left < opening and t.lower[left] in _DETERMINERS | ORG_CONNECTORS:
        left += 1  # "The Superintendent of Police (Rural) ..."
    office = [i for i in range(left, opening) if t.lower[i] in ("of", "for")]
    if (
        not office
        or t.lower[opening - 1] in ORG_CONNECTORS
        or not any(
            t.text[i].casefold().rstrip(".") in _TITLE_WORDS or compound_title(t.text[i])
            for i in range(left, office[0])
        )
    ):
        return None
    return text[t.start[left] : t.end[close]]


# How many words a post set before a title and a name may hold ("the cathaoirleach,",
# "Its vice-president,", "the hospital's chief executive,"), in tokens.
_TITLED_POST_WINDOW = 10
# The prepositions that open what a post is of ("chief officer for health", "head of
# research at the bank", "senior engineer with the council").
_POST_BRIEF_PREPOSITIONS = frozenset({"of", "for", "at", "with", "in"})


def _representing(t: ParsedTokens, index: int) -> bool:
    """ "the member representing Udi North", "the senator representing Kogi West": the
    participle that says whom a member sits for, as "for" does (round 32)."""
    return t.tag[index] == "VBG" and t.lemma[index] == "represent"


def _post_before_written_title(text: str, t: ParsedTokens, name_first: int) -> str | None:
    """ "Its president, Advocate Farhan Qureshi,", "the cathaoirleach, Cllr. Maeve
    Doherty,", "the hospital's CEO, Mr Peter Langat,": a post of lower-case words set
    before the name with a comma, where the name is written under a title or a form of
    address, is the role over that title; read in a window of a few tokens, whatever the
    parser hung on what (it may fold the title into a body's name). Whose the post is
    stays for the final role to name ("Its president"); a post of "his" or "her" is
    left to the rules that keep whose it is. Round 30."""
    at, titles, offices = name_first - 1, 0, 0
    while at > 0 and titles < 3:
        word = t.lower[at].rstrip(".")
        if not (
            t.text[at][:1].isupper()
            and (word in _TITLE_WORDS or word in ROLE_NOUNS or word in _COURTESY_WORDS)
        ):
            break
        titles += 1
        offices += word not in _COURTESY_WORDS and t.text[at] not in HONORIFICS
        at -= 1
    # (The parser may end a sentence at a title's stop, "Hon. Mrs. Ngozi Eze": the
    # titles between the comma and the name are read whole, whatever it did.)
    if not titles or t.text[at] != ",":
        return None
    comma = at
    opener = None
    for i in range(comma - 1, max(-1, comma - _TITLED_POST_WINDOW), -1):
        if t.sent[i] != t.sent[comma]:
            break
        if t.lower[i] in ("the", "its", "their"):
            opener = i
            break
        if not (t.text[i][:1].isalpha() or t.lower[i] in ("'s", "’s", "-")):
            break
    if opener is None or opener >= comma - 1:
        return None
    if any(
        t.pos[i] in ("VERB", "AUX", "PRON") and not _representing(t, i)
        for i in range(opener + 1, comma)
    ):
        return None  # "the man who saw it, Dr Ann Lee": a clause, no post
    office = opener + 1
    # The post's own noun: the word before what it is of or for ("the county's chief
    # officer for health,", "the member representing Udi North,"), else the last word.
    last = next(
        (
            i - 1
            for i in range(office + 1, comma)
            if t.lower[i] in _POST_BRIEF_PREPOSITIONS or _representing(t, i)
        ),
        comma - 1,
    )
    if t.text[last][:1].islower() or (t.text[last].isupper() and t.lower[last] in ROLE_NOUNS):
        # "the cathaoirleach,", "the hospital's CEO,": lower-case words closing on a
        # role noun (no relative: "Her mother, Mrs Ann Lee," is the kin rules')
        if not _role_noun(t.text[last]) or t.lower[last] in KIN_NOUNS:
            return None
    elif not (
        # "The Chief Imam of Onitsha Central Mosque,", "the Minister of Works and
        # Housing,", "the Deputy Speaker,": an office, opening on a title
        t.text[office][:1].isupper()
        and (t.lower[office] in _TITLE_WORDS or _role_noun(t.text[office]))
        and (
            any(t.lower[i] in ("of", "for") for i in range(office + 1, min(comma, office + 4)))
            or t.lower[comma - 1] in _TITLE_WORDS
            or _role_noun(t.text[comma - 1])
        )
    ):
        return None
    first = opener + 1 if t.lower[opener] == "the" else opener
    if offices and first == comma - 1:
        return None  # "The judge, Recorder Ann Lee,": the office told over the bare noun
    return text[t.start[first] : t.end[comma - 1]]


# How many words a designation or its body after a name may run to.
_MAX_DESIGNATION_WORDS = 6


def _designation_after(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "R. Srinivasan, Chairman and Managing Director, Kaveri Power Ltd., said", "Anil
    Mehta, General Manager, Southern Railway, said": a post in capitals set off after
    the name, then the body's name set off in turn (Indian and Singaporean copy); the
    post and the body are one role. Read in a window of a few words after the name,
    whatever the parser hung on what. Round 31."""
    comma = name_last
    if comma >= len(t.text) or t.text[comma] != ",":
        return None
    end = comma + 1
    while (
        end < len(t.text)
        and end - comma <= _MAX_DESIGNATION_WORDS
        and t.sent[end] == t.sent[comma]
        and (
            (t.text[end][:1].isupper() and t.text[end][:1].isalpha())
            or t.lower[end] in ("and", "&", "of")
        )
    ):
        end += 1
    post_last = end - 1
    if (
        post_last <= comma
        or end >= len(t.text)
        or t.text[end] != ","
        or not t.text[post_last][:1].isupper()
        or not (
            _role_noun(t.text[post_last])
            or t.lower[post_last].rstrip(".") in _TITLE_WORDS - _COURTESY_WORDS
        )
    ):
        return None
    body = end + 1
    close = body
    while (
        close < len(t.text)
        and close - body <= _MAX_DESIGNATION_WORDS
        and t.sent[close] == t.sent[body]
        and (t.text[close][:1].isupper() or t.lower[close] in NAME_CONNECTORS)
    ):
        close += 1
    words = t.text[body:close]
    if (
        not words
        or not words[0][:1].isupper()
        or not (t.ent[body] == "ORG" or any(w in ORG_HEADS or w in COMPANY_SUFFIXES for w in words))
        or (close < len(t.text) and t.sent[close] == t.sent[body] and t.text[close] not in ",.")
    ):
        return None
    phrase = text[t.start[comma + 1] : t.end[close - 1]].rstrip(".")
    return phrase if len(phrase.split()) <= 2 * _MAX_DESIGNATION_WORDS else None


def _described_before_body(
    text: str, t: ParsedTokens, name_first: int, name_last: int
) -> str | None:
    """`_described_before` of a body's name, but not a person's post in capitals set
    before it, which is the post of the person named before that ("Ann Lee, Deputy
    General Manager, Kerala State Electricity Board,": no role of the board). Round 31."""
    phrase = _described_before(text, t, name_first, name_last)
    words = (phrase or "").split()
    if words and all(w[:1].isupper() or w in ("and", "&", "of") for w in words):
        last = words[-1].casefold().rstrip(".")
        if last in ROLE_NOUNS or last in _TITLE_WORDS - _COURTESY_WORDS:
            return None
    return phrase


def _calling_after(text: str, t: ParsedTokens, name_first: int, name_last: int) -> bool:
    """Does the apposition or clause after the name give a calling the person has now ("a
    paediatrician", "who runs the bakery"), not a past one, a pastime or a family ("a
    retired miner", "a keen golfer")?"""
    after = _described_after(text, t, name_first, name_last)
    words = (after or "").casefold().split()
    return bool(words) and not _background(after or "") and words[1:2] != ["retired"]


def _tie_of_kin(description: str) -> bool:
    """ "son of Ram Rao of Karol Bagh", "the widow of the late chief", "a mother of two":
    whose relative a person is, which says nothing of the part they have in the story
    (round 32)."""
    words = description.casefold().split()
    if words[:1] in (["a"], ["an"], ["the"]):
        words = words[1:]
    return len(words) > 2 and words[0] in KIN_NOUNS and words[1] == "of"


def _kin_after(text: str, t: ParsedTokens, name_first: int, name_last: int) -> bool:
    """Is the apposition after the name only a tie of kin ("The accused, Ann Lee, daughter
    of Tom Lee,")?"""
    return _tie_of_kin(_described_after(text, t, name_first, name_last) or "")


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
        # ("The victim, Ann Lee, a nurse,": a bare noun is no post; but over a tie of
        # kin after the name it is, "The accused, Ann Lee, daughter of Tom Lee,")
        (len(words) < 2 and not (words and _kin_after(text, t, name_first, name_last)))
        or any(w in _CLAUSE_OPENERS for w in words)
        # ("The mayor's wife, Ann Lee, a paediatrician,": a tie of kin is no post when
        # what is said of her after the name is a calling, not a past; round 31)
        or (words[-1] in KIN_NOUNS and _calling_after(text, t, name_first, name_last))
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
    if _background(after) and not _former_calling(after):
        # "Sgt Paul Rowe, an avid reader,", "Capt Ann Lee, a mother of two,": a pastime
        # or a family is no part of the rank or post before the name, which says more.
        # A former calling is ("Guest Tony Reid, a former Reform councillor,",
        # "Colonel Ann Lee, a former army doctor,": round 36).
        return None
    ahead = _prenominal(text, t, name_first, name_last, lower_words) or _next_to(
        text, t, name_first, lower_words, True, not_described
    )
    if not ahead or ahead.casefold() in after.casefold():
        return None
    title = name_first - 1
    if (
        ahead.casefold() in ROLE_QUALIFIERS
        and title >= 1
        and t.text[title][:1].isupper()
        and t.lower[title].rstrip(".") in _TITLE_WORDS
        and t.end[title - 1] <= t.start[title] - 1
        and text[t.start[title - 1] : t.end[title - 1]] == ahead
    ):
        # "former Councilmember Jack Tiernan, now a lobbyist,": the title the qualifier
        # is of, which the description alone dropped (round 31)
        ahead = f"{ahead} {t.text[title]}"
    joiner = " who " if _WHO_AFTER_NAME.match(text, t.end[name_last - 1]) else ", "
    return ahead + joiner + after


def _former_calling(description: str) -> bool:
    """ "a former Reform councillor", "an ex-England captain": a calling once held, set
    beside the name with its article; no pastime nor family."""
    words = description.casefold().split()
    return (
        len(words) > 2
        and words[0] in ("a", "an")
        and (words[1] in ("former", "ex-") or words[1].startswith("ex-"))
        and not pastime(description)
    )


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
    no list goes on ("and", a member after it). A style of address may stand between
    the comma and the name ("the Cathaoirleach, Cllr Brendan Twomey, intervened")."""
    head = t.head[root]
    comma = name_first - 1
    while comma > head + 1 and name_first - comma <= 3 and _written_title(t, comma):
        comma -= 1
    return (
        t.dep[root] == "conj"
        and t.tag[head] in ("NN", "NNP")
        and t.text[comma] == ","
        and name_last < len(t.text)
        # (closed by a comma, or the sentence's end: "said the president of the
        # College of X, Dr Ann Lee.")
        and t.text[name_last] in (",", ".")
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


_CLAUSE_DEPENDENTS = frozenset({"advcl", "mark", "nsubj", "nsubjpass", "ccomp", "csubj"})


def _written_title(t: ParsedTokens, index: int) -> bool:
    """Is the token a style or an office's title written before a name ("Cllr", "Dr",
    "Cr", "Ald.")? An office set off by commas before it is the role."""
    word = t.text[index].rstrip(".")
    return word in _COURTESY_TOKENS or (word[:1].isupper() and word.casefold() in OFFICE_OF_TITLE)


def _in_dateline_head(text: str, t: ParsedTokens, index: int) -> bool:
    """Is the token a dateline's place ("NAIROBI, June 11 -") or its date hung on the
    place ("June" of it)?"""
    place = t.head[index] if t.dep[index] == "npadvmod" else index
    return _opens_dateline(text, t.start[place], t.end[place])


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
    if t.dep[root] == "appos" and _in_dateline_head(text, t, head):
        # "NAIROBI, June 11 (Agency) - Kenya's Cabinet Secretary for Agriculture, Ann
        # Lee, said": the parser hung the description and the name each on the dateline's
        # place; the description is the one set just before the name (round 35).
        comma = name_first - 1
        while comma > head and _written_title(t, comma):
            comma -= 1  # ("..., Dr. Ann Lee,")
        # (the parser may hang one on the place and the other on its date)
        place = t.head[head] if t.dep[head] == "npadvmod" else head
        holders = [place, *(c for c in t.children[place] if t.dep[c] == "npadvmod")]
        described = max(
            (
                c
                for holder in holders
                for c in t.children[holder]
                if t.dep[c] == "appos" and place < c < comma
            ),
            default=None,
        )
        if (
            described is None
            or t.text[comma] != ","
            or _subtree_end(t, described) not in (comma - 1, comma)
        ):
            return None
        head = described
    elif t.dep[root] == "appos" and t.pos[head] == "PROPN":
        # "Priya Nair, acting for the driver, Tom Hale,": the name hung on the first name
        # renames the object inside its description, the driver (round 31)
        renamed = object_renamed_before(t.head, t.dep, t.pos, t.text, head, root)
        if renamed is not None:
            head = renamed
    for _ in range(7):
        # "the coroner for South Yorkshire, Ann Lee": the parser may hang the name on the
        # place that ends the description; the description's noun is further up (two
        # steps more for each "of" in the body's own name: "the president of the Royal
        # College of Surgeons of Ireland, Ann Lee"; bounded)
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
        _written_title(t, before)
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
        # (not a clause the parser hung on a noun it made the root: "As protesters
        # gathered, the council leader, Cllr Jo Harris, left"; round 29b)
        stack.extend(c for c in t.children[node] if c < head and t.dep[c] not in _CLAUSE_DEPENDENTS)
    comma = text.rfind(",", t.start[first], t.start[name_first])
    if comma < 0 or head - first > _MAX_DESCRIPTION_TOKENS:
        return None
    verb = t.head[head]
    if head < verb < before and t.pos[verb] in ("VERB", "AUX"):
        # "The minister spoke through his Special Adviser on Media, Mr Tunde Alabi,": the
        # parser hung the name on the sentence's subject; the role is the verb's object
        # ("his Special Adviser on Media"), or none.
        opener = verb + 1
        while opener < min(before, verb + 4) and t.pos[opener] in ("ADP", "PART", "AUX", "VERB"):
            opener += 1
        if opener >= before or t.lower[opener] not in OBJECT_ROLE_OPENERS:
            return None
        first = opener
    words = text[t.start[first] : comma].split()
    while words and words[0] in ("-", "–", "—"):
        words = words[1:]  # (a dateline's dash the parser hung on the description)
    while (
        words
        and words[0].casefold() in _POSSESSIVE_DETERMINERS
        # ("Her predecessor, Alan Reid,": whose, the pronoun's; _posts_through_ties)
        and not (len(words) <= 5 and t.lemma[head] in POST_TIE_NOUNS)
    ):
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
    return [possessive(owner), *words[1:]] if owner else words[1:]


def _name_ending_at(text: str, t: ParsedTokens, last: int) -> str | None:
    """The proper name whose last word is token `last` ("Amara Obi" before ", whose"), at
    most four words, or None. A plural's apostrophe closing it is left off ("Paarl
    Boys'"), and a body's name runs on over "of" and "and" between its capitalized words
    ("the Law Society of Kenya", "the Guild of Master Glaziers"; round 33)."""
    if last >= 1 and t.text[last] in ("'", "’") and t.tag[last] == "POS":
        last -= 1
    if last < 0 or t.pos[last] != "PROPN" or not t.text[last][:1].isupper():
        return None
    first = last
    while first > 0 and last - first < 7 and t.sent[first - 1] == t.sent[last]:
        if t.pos[first - 1] == "PROPN" and t.text[first - 1][:1].isupper():
            if last - first >= 3 and not any(
                t.lower[i] in ("of", "and") for i in range(first, last)
            ):
                break  # (four words of a name at most, unless a body's "of" joins them)
            first -= 1
        elif (
            t.lower[first - 1] in ("of", "and")
            and first >= 2
            and t.pos[first - 2] == "PROPN"
            and t.text[first - 2][:1].isupper()
            and t.ent[first - 2] == "ORG"
        ):
            first -= 2
        else:
            break
    return text[t.start[first] : t.end[last]]


def _whose_post(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Brennock Civil, whose managing director Gareth Pyne founded ...", "the Law
    Society of Kenya, whose president, Ann Wanjala, said", "Ferrand Capital, whose managing
    partner is Oliver Drax": the post a "whose" clause gives the person named (the name
    set beside the post's noun, or linked to it by "be"), owned by the name before the
    comma ("Law Society of Kenya's president"). A relative's tie is left to the rules of
    kin. Round 33."""
    root = _root(t, name_first, name_last)
    head = t.head[root]
    if head == root:
        return None
    if t.dep[root] == "appos" and head < name_first:
        post = head
    elif t.dep[root] == "attr" and t.lemma[head] == "be":
        post = next((c for c in t.children[head] if t.dep[c] == "nsubj" and c < head), -1)
        if post < 0 or head - post > 2:
            return None  # ("whose chairman has long been Tom Bell": no plain link)
    else:
        return None
    whose = next(
        (c for c in t.children[post] if t.lower[c] == "whose" and t.dep[c] == "poss"), None
    )
    if whose is None or post - whose > 4 or whose < 2 or t.text[whose - 1] != ",":
        return None
    if t.pos[post] != "NOUN" or (t.lower[post] in KIN_NOUNS and post == whose + 1):
        return None  # ("whose partner is Tom Bell" a tie of kin; "managing partner" a post)
    if any(t.text[i] in (",", ";") for i in range(whose + 1, post)):
        return None
    before = name_first - 1
    while before > post and t.lower[before].rstrip(".") in _COURTESY_WORDS:
        before -= 1  # ("whose chairman, Dr Ann Lee,")
    if before not in (post, head) and not (before == post + 1 and t.text[before] == ","):
        return None  # ("whose president is former MLA Tom Bell": his own description first)
    owner = _name_ending_at(text, t, whose - 2)
    if owner is None:
        return None
    return f"{possessive(owner)} {text[t.start[whose + 1] : t.end[post]]}"


def _names_whose_kin(t: ParsedTokens, whose: int) -> bool:
    """ "whose son, Tom Lee," / "whose daughter Amy" / "whose managing director Gareth
    Pyne": a "whose" that only brings in someone else by a noun and their name (no verb
    between; a participle on the noun, "managing", is none; round 31)."""
    index = whose + 1
    while (
        index < len(t.text)
        and index - whose <= 4
        and t.sent[index] == t.sent[whose]
        and (t.pos[index] in ("NOUN", "ADJ", "DET") or t.dep[index] == "amod")
    ):
        index += 1
    if index == whose + 1 or index >= len(t.text) or t.sent[index] != t.sent[whose]:
        return False
    if t.text[index] == "," and index + 1 < len(t.text):
        index += 1
    return t.pos[index] == "PROPN" and t.text[index][:1].isupper()


def _office_of_a_place(t: ParsedTokens, head: int) -> bool:
    """ "The Dean of Kirkby", "the Bishop of Marlbury": an office the tagger reads as a
    proper noun, held of a place or a body named after it."""
    return (
        t.pos[head] == "PROPN"
        # (not a body whose own name holds the "of": "the Royal College of Nursing")
        and t.text[head] not in ORG_HEADS
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
    # (on the name's head, or on a word of the name the parser hung it on: "Pastor Grace
    # Wanjala-Obura of Mombasa Light Church", "of" on "Obura"; round 31)
    if of >= len(t.text) or t.lower[of] != "of" or not name_first <= t.head[of] < name_last:
        return None
    if t.head[of] != root and of > name_last:
        return None
    body = next((c for c in t.children[of] if t.dep[c] == "pobj"), None)
    if (
        body is None
        or not (
            t.pos[body] == "PROPN"
            # "of the Patients' Association": the name's last word tagged a common noun
            or (t.ent[body] == "ORG" and t.text[body][:1].isupper())
        )
    ):
        return None
    last = _subtree_end(t, body)
    if of > name_last and (last + 1 >= len(t.text) or t.text[last + 1] != ","):
        return None  # "Ann Lee, of the Marlow Institute, said": set off on both sides
    if last + 1 < len(t.text) and t.tag[last + 1] == "CD":
        return None  # "Councilman Ann Lee of District 2": a ward by its number, cut
    words = t.text[of + 1 : last + 1]
    # (a place a post is held at, after a title of that post: "Imam Yusuf Bello of the
    # Central Mosque"; round 31)
    titled = (
        name_first >= 1
        and t.text[name_first - 1][:1].isupper()
        and (
            t.lower[name_first - 1].rstrip(".") in _TITLE_WORDS - _COURTESY_WORDS
            or t.lower[name_first - 1].rstrip(".") in OFFICE_OF_TITLE
        )
    )
    if len(words) > _MAX_DESCRIPTION_TOKENS or not (
        t.ent[body] == "ORG"
        or any(w in ORG_HEADS or (titled and w in POSTED_PLACE_HEADS) for w in words)
    ):
        return None
    if not all(
        w[:1].isupper()
        or w in NAME_CONNECTORS
        or w == "the"
        # "of the National Farmers' Union", "of the Australian Shareholders' Association"
        or (t.tag[i] == "POS" and i > of + 1)
        for i, w in enumerate(words, start=of + 1)
    ):
        return None
    return text[t.start[of] : t.end[last]]


def _post_of_body(
    text: str,
    t: ParsedTokens,
    name_first: int,
    name_last: int,
    lower_words: set[str],
    person: bool = True,
) -> str | None:
    """The description before a name (`_prenominal`), and when it is a post (a title or a
    noun of a role closing it) the body the person is "of" right after the name: "Chief
    Inspector Ruth Amadi of Lagos State Police Command", "Principal Rosa Diaz of Lincoln
    Elementary School" (the post of that body, not the bare title). A town after "of" is
    a hometown (`_of_body` takes only a body's name). Round 31."""
    described = _prenominal(text, t, name_first, name_last, lower_words, person)
    if not described or not person or " of " in f" {described} ":
        return described
    words = described.split()
    last = words[-1]
    if len(words) > 3 or not (
        (last[:1].isupper() and last.casefold().rstrip(".") in _TITLE_WORDS) or _role_noun(last)
    ):
        return described
    if last.casefold() in ADVOCATE_NOUNS:
        client = _client_after(text, t, name_last)
        if client:
            return f"{described} {client}"
    body = _of_body(text, t, name_first, name_last)
    if not body:
        return described
    if last.casefold().rstrip(".") not in _TITLE_WORDS:
        # "Analyst Ruth Mensah of Coldharbour Securities": one who works at the body
        # ("an analyst at"), where a title is an office of it ("Commissioner of ...")
        body = "at" + body[2:]
    return f"{described} {body}"


def _post_over_written_title(
    text: str,
    t: ParsedTokens,
    name_first: int,
    name_last: int,
    lower_words: set[str],
) -> str | None:
    """ "NDRRMC spokesperson Usec. Ann Reyes", "Moncton police spokesperson Const. Ann
    Roy", "Hexley police spokesman Sgt. Tom Bell": a post written before the title the
    name is written under, the role over that title (`_prenominal` reads it without the
    title; this says it stood before one, so the final role prefers it). Round 31."""
    title = name_first - 1
    if (
        title < 1
        or not t.text[title][:1].isupper()
        or t.lower[title].rstrip(".") not in _TITLE_WORDS
        or t.lower[title].rstrip(".") in _COURTESY_WORDS - set(OFFICE_OF_TITLE)
        or not t.text[title - 1][:1].islower()
        or not _role_noun(t.text[title - 1])
        # ("former state Treasurer Ann Lee": a word of the title's own office, no post)
        or (t.lower[title - 1] in _TITLE_WORDS and t.lower[title - 1] not in ROLE_NOUNS)
    ):
        return None
    described = _post_of_body(text, t, name_first, name_last, lower_words)
    if described:
        return described
    # (The parser may end a sentence at the title's stop, "Moncton police spokesperson
    # Const. Ann Roy": the words before the title read in a window of a few tokens.)
    first = title - 1
    while (
        first > 0
        and title - first < _MAX_TITLED_POST_WORDS
        and t.text[first - 1].isalpha()
        and t.pos[first - 1] in ("NOUN", "PROPN", "ADJ")
        and t.lower[first - 1] not in _TITLE_WORDS
    ):
        first -= 1
    phrase = text[t.start[first] : t.end[title - 1]]
    return None if _broken(phrase) else phrase


# How many words a post written before a title may run to.
_MAX_TITLED_POST_WORDS = 5
# How many tokens a client named after a lawyer's name may run to.
_MAX_CLIENT_TOKENS = 8


def _client_set_off(
    t: ParsedTokens, comma: int, bare_for: bool = False, comma_closed: bool = False
) -> tuple[int, int, int] | None:
    """The client a phrase set off by the comma at `comma` gives, read on the parse from
    the word after the comma however the parser hung the rest: a participle (",
    representing the Law Society of Kenya,", ", acting for three media organisations,",
    ", appearing for the residents' welfare association,") or, with `bare_for`, a bare
    "for" (", for the defence,", ", for Hartley,"). The phrase closes on a comma, or
    (unless `comma_closed`) on the sentence's end. Returns the opening word, the
    client's first word and its last. One reading for a lawyer's client after the name
    (`_client_after`, round 31; `_counsel_for`, round 10), round 32."""
    opener = comma + 1
    if opener >= len(t.text) or t.text[comma] != "," or t.sent[opener] != t.sent[comma]:
        return None
    if t.tag[opener] == "VBG" and t.lemma[opener] in CLIENT_VERB_LEMMAS:
        if t.lemma[opener] == "represent":
            client = next((c for c in t.children[opener] if t.dep[c] == "dobj"), None)
        else:
            preposition = next(
                (c for c in t.children[opener] if t.dep[c] == "prep" and t.lower[c] == "for"),
                None,
            )
            client = (
                None
                if preposition is None
                else next((c for c in t.children[preposition] if t.dep[c] == "pobj"), None)
            )
    elif bare_for and t.lower[opener] == "for":
        client = next((c for c in t.children[opener] if t.dep[c] == "pobj"), None)
    else:
        return None
    if client is None or client <= opener:
        return None
    end = _subtree_end(t, client)
    if any(t.ent[i] in ("DATE", "TIME", "ORDINAL") for i in range(opener + 1, end + 1)):
        return None  # ("appearing for the first time", "acting for two years": no client)
    after = end + 1
    closed = (
        (after < len(t.text) and t.text[after] == "," and t.sent[after] == t.sent[end])
        if comma_closed
        else after >= len(t.text) or t.sent[after] != t.sent[end] or t.text[after] in ",."
    )
    if not closed or end - opener > _MAX_CLIENT_TOKENS:
        return None
    first = opener + 1
    while first < client and t.dep[first] == "prep":
        first += 1  # ("acting for" the client: from the client's own first word)
    return opener, first, end


def _client_after(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ ", representing the Law Society of Kenya,", ", acting for three media
    organisations,": the client a participle set off right after a lawyer's name gives,
    with the participle (`_client_set_off`). Round 31."""
    found = _client_set_off(t, name_last)
    if found is None or t.tag[found[0]] != "VBG":
        return None
    phrase = text[t.start[found[0]] : t.end[found[2]]]
    return None if _broken(phrase) else phrase


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
    Wells, Labour's Ann Lee,"). A phrase of time or place before it ("At one stage the
    sarpanch, Ann Lee,") is no part of it."""
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
    if t.pos[first] == "ADP":
        # "At one stage the cathaoirleach, Cllr Ann Lee,": a phrase of time or place
        # fronted before the description is not part of it; the description opens at
        # its last article (none: no description).
        first = next(
            (i for i in range(comma - 1, first, -1) if t.lower[i] in ("the", "a", "an")), 0
        )
        if not first:
            return None
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
                # (a person's name is no description: "the Oyo Police Command, Ade
                # Osifeso," with the surname read as a common noun)
                and t.ent[child] != "PERSON"
                and (
                    t.pos[child] == "NOUN"
                    or t.lemma[child] in _STAFF_NOUNS
                    # "Ann Lee, Dean of the Medical School,": an office written as a title
                    or (t.pos[child] == "PROPN" and t.lower[child] in _OFFICE_NOUNS)
                    # "Hugh Lee, a former First Sea Lord,": a proper name takes no
                    # "a"; with one it describes (round 36). (A party or a nationality,
                    # "a Democrat from Flint", has readings of its own.)
                    or (
                        t.pos[child] == "PROPN"
                        and t.ent[child] != "NORP"
                        and any(
                            t.dep[c] == "det" and t.lower[c] in ("a", "an")
                            for c in t.children[child]
                        )
                    )
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
                if (
                    t.dep[root] == "ROOT"
                    and t.pos[first] == "VERB"
                    and t.tag[first] in ("VBD", "VBN")
                ):
                    # "Ann Lee, 66, targeted women he met at ...": the sentence's own verb,
                    # which the parser read as a participle on its object set beside a
                    # name it made the root; an event, no description (round 35).
                    continue
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
            founded = _founder_of(text, t, child) if person and not past else None
            if founded is not None:
                return founded
            if not past and _held_for_a_while(t, child, since=True):
                # "who has run the pub for 22 years", "who has chaired it since 2019":
                # what she does, for years.
                pass
            elif person and not past and _took_up_a_post(t, child):
                # "who took over as interim headteacher in January": the post she holds
                # since (merging._post_taken keeps the post; round 43)
                pass
            elif t.tag[child] not in tenses:
                continue
            elif any(t.dep[c] == "aux" for c in t.children[child]):
                continue  # "who has denied ...": an event, not a role
            if any(t.dep[c] == "ccomp" for c in t.children[child]):
                continue  # "which means 300 jobs are safe": a clause on the whole sentence
            subjects = [c for c in t.children[child] if t.dep[c] in _SUBJECTS]
            if subjects and t.lower[subjects[0]] in pronouns:
                if past and _history_or_aside(t, child):
                    return None
                # What it does now may count ("which represents about 1,200 drivers");
                # what it did with an amount is an event ("who paid back £2,000").
                # ("who has been chief executive since 2018": the office, from its noun)
                been = t.lemma[child] == "be" and t.tag[child] == "VBN"
                opening = child + 1 if been else subjects[0] + 1
                return _after_name(text, t, opening, numbers_inside=not past)
    return None if person or past else _which_hung_elsewhere(text, t, name_last)


def _founder_of(text: str, t: ParsedTokens, verb: int) -> str | None:
    """ "Ann Lee, who founded the Kibera Girls Choir in 2015,", "who founded the fintech
    Ledgerlight from her kitchen table": one who founded a body is its founder, whenever
    it was (round 34); the body is the verb's object with the capitalized words right
    after it, read within a bounded reach, and nothing of when or where."""
    if (
        t.lemma[verb] not in FOUNDER_LEMMAS
        or t.tag[verb] != "VBD"
        or not any(t.dep[c] in _SUBJECTS and t.lower[c] == "who" for c in t.children[verb])
        or any(t.dep[c] in ("neg", "aux") for c in t.children[verb])
    ):
        return None
    body = next((c for c in t.children[verb] if t.dep[c] == "dobj"), None)
    first: int | None = None
    if body is None:
        # "who founded the Wigan Wheelers cycling club": the parser may read the object
        # as a clause of its own ("Wheelers" its subject, "cycling" its verb), which then
        # opens with the object's article right after the verb (round 35).
        clause = next(
            (c for c in t.children[verb] if t.dep[c] in ("advcl", "ccomp") and c > verb + 1),
            None,
        )
        if clause is None or t.pos[verb + 1] != "DET" or t.head[verb + 1] > clause:
            return None
        body = next((c for c in t.children[clause] if t.dep[c] == "dobj"), None)
        if body is None or t.pos[body] != "NOUN" or body != clause + 1:
            return None
        first = verb + 1
    if first is None:
        first = min([body, *(c for c in t.children[body] if c < body)])
    last = body
    while (
        last + 1 < len(t.text)
        and last - first < _MAX_DESCRIPTION_TOKENS
        and t.sent[last + 1] == t.sent[verb]
        and (
            t.pos[last + 1] == "PROPN"
            or (
                t.text[last + 1] in ("&", "and", "of")
                and last + 2 < len(t.text)
                and t.pos[last + 2] == "PROPN"
            )
        )
    ):
        last += 1
    if last - first >= _MAX_DESCRIPTION_TOKENS:
        return None
    what = text[t.start[first] : t.end[last]]
    if t.pos[first] == "DET":
        what = what[:1].lower() + what[1:]
    phrase = f"founder of {what}"
    return None if _broken(phrase) else phrase


# Words of a dated past in a clause ("last year", "last season", "in 2021").
_PAST_SPAN_WORDS = frozenset({"year", "season", "decade"})
# How many tokens after a clause's verb its date is looked for.
_CLAUSE_DATE_REACH = 12


def _history_or_aside(t: ParsedTokens, verb: int) -> bool:
    """Is the past relative clause on `verb` history or an aside, no part the one named
    plays: dated to a year or a past season ("which won the contract in 2021", "who was
    11th at the same championships last year"), or one more act added with "also" ("who
    also earned a five-year exemption")? (round 28b; a bounded window after the verb)"""
    if any(t.dep[c] == "advmod" and t.lower[c] == "also" for c in t.children[verb]):
        return True
    sentence = t.sent[verb]
    for i in range(verb + 1, min(len(t.text), verb + _CLAUSE_DATE_REACH)):
        if t.sent[i] != sentence or t.text[i] in (",", ";", "(", "—", "–"):
            break
        if t.ent[i] == "DATE" and (
            (len(t.text[i]) == 4 and t.text[i].isdigit() and t.text[i][:2] in ("19", "20"))
            or (t.lower[i] in _PAST_SPAN_WORDS and i > 0 and t.lower[i - 1] == "last")
        ):
            return True
    return False


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
    planned = _leaving_planned(t, verbs[-1]) if verbs else None
    if planned is not None:
        verbs[-1] = planned
    for verb in verbs:
        now = _held_now(text, t, verb)
        if now is not None:
            return now  # "who stepped down as chief executive and is now chairman"
        helpers = [t.lower[c] for c in t.children[verb] if t.dep[c] in ("aux", "auxpass", "neg")]
        if verb == planned:
            helpers = ["will"]  # "is to step down as": as "will step down as"
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


def _held_now(text: str, t: ParsedTokens, verb: int) -> str | None:
    """ "who stepped down as chief executive in 2022 and is now chairman", "who was
    captain and is now coach": the post a joined present "is now" says the person holds,
    over the one left (round 43)."""
    for joined in t.children[verb]:
        if (
            t.dep[joined] == "conj"
            and t.lemma[joined] == "be"
            and t.tag[joined] in ("VBZ", "VBP")
            and any(t.lower[c] == "now" for c in t.children[joined])
        ):
            post = next((c for c in t.children[joined] if t.dep[c] == "attr"), None)
            if post is not None and t.pos[post] == "NOUN":
                return _pared_role(text, t, post, joined, _subtree_end(t, post) + 1)
    return None


def _leaving_planned(t: ParsedTokens, verb: int) -> int | None:
    """Round 42: "Ann Lee is to step down as chair", "is set to retire as head", "is due
    to stand down as": the leaving verb a present "be" plans, itself or as the helper of
    the verb that plans it (at most two infinitives down), or None."""
    if not (t.lemma[verb] == "be" and t.tag[verb] in ("VBZ", "VBP")) and not any(
        t.lemma[c] == "be" and t.tag[c] in ("VBZ", "VBP") and t.dep[c] in ("aux", "auxpass")
        for c in t.children[verb]
    ):
        return None
    node = verb
    for _ in range(2):
        node = next(
            (
                c
                for c in t.children[node]
                if t.dep[c] == "xcomp" and any(t.lower[a] == "to" for a in t.children[c])
            ),
            next((c for c in t.children[node] if t.dep[c] == "acomp"), -1),
        )
        if node < 0:
            return None
        if t.lemma[node] in LEAVING_OFFICE_LEMMAS and t.tag[node] == "VB":
            return node
    return None


def _took_up_a_post(t: ParsedTokens, verb: int) -> bool:
    """ "took over as chair", "stepped in as caretaker manager", "joined as finance
    director": a verb of taking up a post (TAKING_UP_LEMMAS, with its particle where it
    has one) with the post's noun after "as"."""
    particle = TAKING_UP_LEMMAS.get(t.lemma[verb])
    if particle is None:
        return False
    if particle and not any(t.dep[c] == "prt" and t.lower[c] == particle for c in t.children[verb]):
        return False
    office = _office_as(t, verb)
    return office is not None and t.pos[office] == "NOUN"


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


def _joined_owner(
    t: ParsedTokens, name_first: int, person_at: Mapping[int, str], name: str
) -> str | None:
    """ "Ben Ward and his wife, Claire Ward,", "manager Lee Dunne and his No 2, Gavin
    Reilly,", "their manager, Lee Dunne, and his No 2": "his" or "her" right after an
    "and" that follows another person's name (and the comma closing it), in the few
    words before this name, stands for that person. "Yusuf Bello met his Ghanaian
    counterpart, Ama Boateng,": "his" on the object of a verb whose subject is a person
    stands for that subject (round 43)."""
    for i in range(name_first - 1, max(1, name_first - 7), -1):
        if t.lower[i] in ("his", "her") and t.dep[i] == "poss" and t.dep[t.head[i]] == "dobj":
            verb = t.head[t.head[i]]
            subject = next((c for c in t.children[verb] if t.dep[c] == "nsubj"), None)
            if subject is not None and subject not in person_at:
                # ("Nigeria's foreign minister, Yusuf Bello, met his ...": the name set
                # beside the subject)
                subject = next((c for c in t.children[subject] if t.dep[c] == "appos"), None)
            owner = person_at.get(subject) if subject is not None else None
            if owner is not None:
                return owner if owner != name else None
        if t.lower[i] in ("his", "her"):
            # ("their manager, Ann Lee, and her No 2": a comma may close the name)
            named = i - 3 if i >= 3 and t.text[i - 2] == "," else i - 2
            owner = person_at.get(named) if t.lower[i - 1] in ("and", "&") else None
            return owner if owner != name else None
        if t.sent[i] != t.sent[name_first]:
            return None
    return None


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


def _named_as(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "The teacher, named as Ann Lee, was taken to hospital", "The victim, who has been
    named locally as Ann Lee,": the noun the naming verb hangs on is her role."""
    root = _root(t, name_first, name_last)
    preposition = t.head[root]
    if t.dep[root] == "oprd" and t.lemma[preposition] in NAMING_VERBS:
        # "a nurse named Thembi Dube", "a 28-year-old clerk named Ravi Rao": the name
        # the naming verb's object predicate, with no "as" (round 32)
        verb = preposition
    elif t.dep[root] != "pobj" or t.lower[preposition] != "as":
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


# Letters after a name as the tokenizer writes them ("KC", "SC").
_LETTERS = re.compile(r"[A-Z]{2}")


def _counsel_for(text: str, t: ParsedTokens, name_last: int) -> str | None:
    """ "Ann Lee KC, for the defence,", "Ann Lee KC, for Hartley,", "Ann Lee, representing
    the family,": the side or the client a phrase set off after a lawyer's name gives
    (`_client_set_off`). A client named without the side words is a lawyer's only after
    letters that say she is one ("Tom Bell, for Rovers," in a match report is a
    player)."""
    comma = name_last
    letters = None
    if comma < len(t.text) and _LETTERS.fullmatch(t.text[comma]):
        letters, comma = t.text[comma], comma + 1
    found = _client_set_off(t, comma, bare_for=True, comma_closed=True)
    if found is None:
        return None
    opener, first, end = found
    verb = t.lower[opener]
    if verb not in ("for", "representing"):
        return None
    client = text[t.start[first] : t.end[end]]
    if _broken(client):
        return None
    side = COUNSEL_SIDES.get(client.casefold())
    if side:
        return side
    if letters is None and t.text[name_last - 1] in COUNSEL_LETTERS:
        letters = t.text[name_last - 1]  # (the letters taken into the name's span)
    if letters is not None and letters not in COUNSEL_LETTERS:
        return None
    if letters is None and verb != "representing":
        return None
    return f"{'barrister' if letters else 'lawyer'} {verb} {client}"


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


def _an_award(phrase: str) -> bool:
    """ "firefighter of the year", "Teacher of the Year", "man of the match": an honour
    given for a span, no post the person holds (round 32)."""
    words = phrase.casefold().split()
    return len(words) > 3 and words[-3:-1] == ["of", "the"] and words[-1] in AWARD_SPAN_NOUNS


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
        # of lower-case words after "to" that ends on the post's noun, or of a post's
        # words in capitals ("was promoted to Detective Inspector"; round 37).
        capitals = t.text[verb + 2][:1].isupper() if verb + 2 < len(t.text) else False
        last = verb + 1
        while (
            last + 1 < len(t.text)
            and last - verb <= _MAX_DESCRIPTION_TOKENS
            and t.text[last + 1].isalpha()
            and (
                t.text[last + 1][:1].isupper() and t.lower[last + 1] in _CAPITALIZED_POST_WORDS
                if capitals
                else t.text[last + 1].islower()
            )
        ):
            last += 1
            if capitals and t.lower[last] in _OFFICE_NOUNS - KIN_NOUNS:
                ends = last + 1 >= len(t.text) or t.lower[last + 1] not in _CAPITALIZED_POST_WORDS
                if ends:
                    return text[t.start[verb + 2] : t.end[last]]
            if t.lemma[last] in ROLE_NOUNS - KIN_NOUNS and t.pos[last] == "NOUN":
                return text[t.start[verb + 2] : t.end[last]]
        return None
    office = _office_token(t, subject)
    if (
        office is None
        or (
            t.lemma[office] not in ROLE_NOUNS - KIN_NOUNS - NOT_APPOINTED_NOUNS
            and not _post_by_its_noun(t, verb, office)
        )
        # "became a partner": one of a kind, not the post ("became its chair")
        or any(t.dep[c] == "det" and t.lower[c] in ("a", "an") for c in t.children[office])
    ):
        return None
    post = _office_given(text, t, subject)
    return None if post is None or _an_award(post) else post


def _post_by_its_noun(t: ParsedTokens, verb: int, office: int) -> bool:
    """ "was appointed special master", "has been named caretaker boss", "was installed
    as interim chief": a noun of a person's role (an agent noun, a noun of people) that
    a passive verb of appointing gives with a word of what kind of post it is on it; not
    a prize ("was named best actor", "named the season's top scorer") nor one of a kind
    ("a finalist"), nor a tie of kin. Round 31."""
    word = t.lower[office]
    return (
        t.lemma[verb] in APPOINTING_VERBS - {"become", "make", "elect"}
        and any(t.dep[c] == "auxpass" for c in t.children[verb])
        and t.pos[office] == "NOUN"
        and _role_noun(t.text[office])
        and word not in KIN_NOUNS | NOT_APPOINTED_NOUNS
        # a word of the post's kind: "special", "interim" (ROLE_ADJECTIVES), or a noun
        # ("caretaker boss"); not a prize's ("top scorer", "young writer")
        and any(
            t.text[c].isalpha()
            and t.text[c].islower()
            and (
                (t.dep[c] == "amod" and t.lower[c] in ROLE_ADJECTIVES)
                or (t.dep[c] == "compound" and t.pos[c] == "NOUN")
            )
            for c in t.children[office]
        )
        and not any(
            t.tag[c] in ("JJS", "RBS", "POS") or t.dep[c] in ("poss", "det", "nummod")
            for c in t.children[office]
        )
    )


# The determiners a post given as an object's complement may open with ("named Ann Lee
# its chief financial officer", "appointed Tom Bell the club's new manager").
_COMPLEMENT_OPENERS = frozenset({"its", "their", "the", "his", "her"})


def _named_to_post(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "Calloway Freight named Dana Reyes its chief financial officer", "The board
    appointed Kwame Mensah chief executive", "The party elected Ruth Anand leader": a post
    written right after the name as the complement of an active verb of appointing
    (APPOINTING_VERBS) just before it; read in a window of a few words, as the parser
    may make the post the name's apposition, its head or the verb's complement. Only a
    run of lower-case words closing on a noun of a post (not "named Ann Lee a finalist
    of ...", "made Ann Lee a cup of tea", not a relative: "appointed Ann Lee his
    mother's carer"). Round 30."""
    verb = name_first - 1
    if (
        verb < 1
        or t.pos[verb] != "VERB"
        or t.lemma[verb] not in APPOINTING_VERBS
        or t.lemma[verb] == "become"
        # ("the Moscow-appointed Kherson region governor": a participle glued into a
        # modifier, no verb of the sentence)
        or t.dep[verb] == "amod"
        or t.start[verb] == t.end[verb - 1]
        or any(t.dep[c] in ("auxpass", "neg") for c in t.children[verb])
        # ("is expected to name Ann Lee captain": a post ahead, not yet held)
        or any(t.dep[c] == "aux" and t.tag[c] in ("MD", "TO") for c in t.children[verb])
        or name_last >= len(t.text)
        or t.sent[name_last] != t.sent[name_first]
    ):
        return None
    first = name_last
    if t.lower[first] in _COMPLEMENT_OPENERS:
        first += 1
    last = None
    for i in range(first, min(len(t.text), first + 6)):
        if not (t.text[i].isalpha() and (t.text[i].islower() or t.lower[i] in ROLE_NOUNS)):
            break
        if t.pos[i] not in ("NOUN", "ADJ", "PROPN"):
            break
        last = i
    if last is None or t.lemma[last] not in ROLE_NOUNS - KIN_NOUNS - NOT_APPOINTED_NOUNS:
        return None
    phrase = text[t.start[name_last] : t.end[last]]
    if t.lower[name_last] == "the":
        phrase = phrase[4:]
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
    does it, said the active way round ("runs the hospital", "founded the yard"); any
    other act on a thing the same way (`_agent_of_act`, round 30)."""
    return _agent_of_post(text, t, name_first, name_last) or _agent_of_act(
        text, t, name_first, name_last
    )


def _agent_of_post(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
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
    office = _office_of_body_set_out(text, t, verb)
    if office is not None:
        return office
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
        # ("was set up by": set up, the particle with its verb; round 29)
        done += "".join(f" {t.text[c]}" for c in t.children[verb] if t.dep[c] == "prt")
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


def _office_of_body_set_out(text: str, t: ParsedTokens, verb: int) -> str | None:
    """ "Norland Pipe's board, chaired by Ann Lee,", "a panel headed by Ann Lee": the
    participle of an office (AGENT_OFFICES) set on a common noun gives its agent that
    office of the body the noun names, with the words before the noun ("chair of Norland
    Pipe's board"; round 34). A body named by its own name ("Mumbai, led by") is read
    elsewhere; the noun's left words are read within a bounded reach."""
    body = t.head[verb]
    if t.dep[verb] == "advcl" and verb >= 2 and t.text[verb - 1] == ",":
        # "confirmed by the board, chaired by Ann Lee,": the parser hangs the participle
        # on the clause's verb; the noun right before its comma is the body it sets out.
        body = verb - 2
    elif t.dep[verb] != "acl":
        return None
    if (
        t.lower[verb] not in AGENT_OFFICES
        or t.tag[verb] != "VBN"
        or body >= verb
        or t.pos[body] != "NOUN"
        or not t.text[body].islower()
        or any(t.dep[c] == "neg" for c in t.children[verb])
    ):
        return None
    outer = body
    if (
        t.dep[body] == "pobj"
        and t.lower[t.head[body]] == "of"
        and t.pos[t.head[t.head[body]]] == "NOUN"
        and t.head[t.head[body]] < body
    ):
        outer = t.head[t.head[body]]  # "a panel of 12 critics chaired by": the panel's
    first = outer
    stack = [c for c in t.children[outer] if c < outer]
    seen = 0
    while stack and seen < 4 * _MAX_DESCRIPTION_TOKENS:
        node = stack.pop()
        seen += 1
        first = min(first, node)
        stack.extend(c for c in t.children[node] if c < outer)
    if body - first >= _MAX_DESCRIPTION_TOKENS:
        return None
    what = text[t.start[first] : t.end[body]]
    if t.pos[first] == "DET":
        what = what[:1].lower() + what[1:]  # "The board, chaired by": "the board"
    phrase = f"{AGENT_OFFICES[t.lower[verb]]} of {what}"
    return None if _broken(phrase) else phrase


def _agent_pobj(t: ParsedTokens, root: int) -> int | None:
    """The "by" of a passive whose object the name is, or the first of a pair of objects
    it is joined to ("run by Kalari University and the Top End Health Service")."""
    if t.dep[root] == "conj" and t.dep[t.head[root]] == "pobj" and t.head[root] < root:
        root = t.head[root]
    agent = t.head[root]
    return agent if t.dep[root] == "pobj" and t.dep[agent] == "agent" else None


def _present_third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _agent_of_act(text: str, t: ParsedTokens, name_first: int, name_last: int) -> str | None:
    """ "The vaccine was developed by Halden Biologics", "The probe, built by Southwind
    Orbital,", "... and made under contract by Brook Labs", "The trial, run by Kalari
    University and ...": the agent of a passive act on a thing did it, said the active
    way round in the passive's tense ("developed the vaccine", "runs the trial"). Not an
    act on a person ("The pensioner was attacked by ..."), a thing only under a
    possessive ("His car was damaged by ..."), a negated act, or a participle no past
    tense reads the same as ("written", "ridden"). Round 30."""
    agent = _agent_pobj(t, _root(t, name_first, name_last))
    if agent is None:
        return None
    verb = t.head[agent]
    if t.pos[verb] != "VERB" or t.tag[verb] not in ("VBN", "VBD"):
        return None
    if any(t.dep[c] == "neg" for c in t.children[verb]) or t.lemma[verb] in SUCCESSION_LEMMAS:
        return None  # ("will be replaced by Alan Rigby": a successor, read as one)
    helpers = [c for c in t.children[verb] if t.dep[c] == "auxpass"]
    subjects = [c for c in t.children[verb] if t.dep[c] == "nsubjpass"]
    if not helpers and not subjects and t.dep[verb] == "conj" and t.head[verb] < verb:
        # "was developed by A and made under contract by B": the first verb's helper
        # and subject are the second's
        first_verb = t.head[verb]
        if any(t.dep[c] == "neg" for c in t.children[first_verb]):
            return None
        helpers = [c for c in t.children[first_verb] if t.dep[c] == "auxpass"]
        subjects = [c for c in t.children[first_verb] if t.dep[c] == "nsubjpass"]
    if t.dep[verb] == "acl" and not helpers and t.head[verb] < verb:
        subject = t.head[verb]  # "The probe, built by ...": the noun the clause is on
        present = t.lemma[verb] in ROLE_VERBS  # "a consortium led by": leads it
    elif len(helpers) == 1 and len(subjects) == 1:
        subject = subjects[0]
        present = t.tag[helpers[0]] in ("VBZ", "VBP")
    else:
        return None
    if (
        t.pos[subject] not in ("NOUN", "PROPN")
        or t.ent[subject] == "PERSON"
        or _role_noun(t.text[subject])
        or t.lower[subject] in KIN_NOUNS
        or t.lower[subject] in PERSON_NOUNS
    ):
        return None
    form = t.lower[verb]
    if present:
        done = _present_third_person(t.lemma[verb])
    elif form.endswith("ed") or form in IRREGULAR_PAST_VERBS:
        done = form
    else:
        return None
    done += "".join(f" {t.text[c]}" for c in t.children[verb] if t.dep[c] == "prt")
    first = min([subject, *(c for c in t.children[subject] if c < subject)])
    if subject - first >= _MAX_DESCRIPTION_TOKENS or any(
        t.tag[i] == "PRP$" for i in range(first, subject)
    ):
        return None
    end = subject
    # "The poll of 1,200 voters": the "of" phrase that says which one
    for c in t.children[subject]:
        if c > subject and t.dep[c] == "prep" and t.lower[c] == "of":
            end = max(end, _subtree_end(t, c))
    if end - first >= _MAX_DESCRIPTION_TOKENS:
        return None
    what = text[t.start[first] : t.end[end]]
    if t.pos[first] == "DET":
        what = what[:1].lower() + what[1:]
    phrase = f"{done} {what}"
    if _broken(phrase, numbers_inside=True):
        return None
    return phrase


def _contest_won(text: str, t: ParsedTokens, verb: int, winner: int) -> str | None:
    """The contest (CONTEST_NOUNS) `verb` says was won, as the article words it: "the
    women's race" of "won the women's race", "In the men's race, ... won"; or the event
    named as whose it is that was won or taken ("won the women's 5,000m", "took the men's
    javelin"). Who took silver or a record did not win the event."""
    if t.lemma[verb] not in ("win", "take") or any(t.dep[c] == "neg" for c in t.children[verb]):
        return None
    contests = [c for c in t.children[verb] if t.dep[c] in ("dobj", "nsubjpass") and c != winner]
    if any(
        t.lemma[c] in PLACED_NOT_WON_NOUNS
        # "won a bronze medal", "won the silver medal in the 400m" (round 28b)
        or any(
            t.dep[g] in ("amod", "compound") and t.lower[g] in PLACED_NOT_WON_NOUNS
            for g in t.children[c]
        )
        for c in contests
    ):
        return None  # "took silver in the women's 400m"
    objects = set(contests)
    if t.lemma[verb] == "take":
        # "took the men's 5000m": taking is winning only an event named as whose it is
        # ("took the lead in the women's race" is not).
        contests = [c for c in contests if t.dep[c] == "dobj" and _named_event(t, c)]
    else:
        contests.extend(
            g
            for c in t.children[verb]
            if t.dep[c] == "prep" and t.lower[c] == "in"
            for g in t.children[c]
            if t.dep[g] == "pobj"
        )
        if not objects:
            # "In the women's 400m, Ann Lee won in 51.2 seconds": an event named as whose
            # it is, set before a win of nothing else, is the one won (round 28b).
            objects.update(
                g
                for c in t.children[verb]
                if t.dep[c] == "prep" and t.lower[c] == "in" and c < verb
                for g in t.children[c]
                if t.dep[g] == "pobj"
            )
    for contest in contests:
        if (t.lemma[contest] not in CONTEST_NOUNS or t.pos[contest] != "NOUN") and not (
            contest in objects and _named_event(t, contest)
        ):
            continue
        first, stack, seen = contest, [contest], 0
        while stack and seen < 4 * _MAX_DESCRIPTION_TOKENS:
            node = stack.pop()
            seen += 1
            first = min(first, node)
            stack.extend(c for c in t.children[node] if c < contest)
        phrase = text[t.start[first] : t.end[contest]]
        # "the women's 5,000m": a distance's thousands separator is no clause break.
        checked = _EVENT_THOUSANDS.sub("", phrase) if _named_event(t, contest) else phrase
        if contest - first < _MAX_DESCRIPTION_TOKENS and not _broken(checked):
            return phrase
    return None


_DISTANCE_UNITS = frozenset({"m", "km", "k", "metres", "meters", "mile", "miles"})
_EVENT_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# How many tokens before an event's noun its category's possessive may stand ("the
# women's 20 km race walk": five).
_EVENT_OWNER_REACH = 6


def _named_event(t: ParsedTokens, noun: int) -> bool:
    """Is the noun a sporting event named as whose it is ("the women's 5,000m", "the men's
    60m hurdles", "the women's javelin", "the girls' 400m final"): a category's possessive
    (RACE_CATEGORY_WORDS) on an event noun (RACE_EVENT_NOUNS, FIELD_MARK_NOUNS,
    NAMED_EVENT_NOUNS, CONTEST_NOUNS) or on a distance? "the women's vote", "the men's
    team" are no events."""
    # The possessive stands within a few words before the noun, however the parser hung
    # it ("the women's 20km race walk", "the women's 100m freestyle").
    if not any(
        t.lower[i] in RACE_CATEGORY_WORDS and t.tag[i + 1] == "POS" and t.sent[i] == t.sent[noun]
        for i in range(max(0, noun - _EVENT_OWNER_REACH), noun - 1)
    ):
        return False
    events = RACE_EVENT_NOUNS | FIELD_MARK_NOUNS | NAMED_EVENT_NOUNS | CONTEST_NOUNS
    if t.lemma[noun] in PLACED_NOT_WON_NOUNS:
        return False
    if t.lemma[noun] in events or t.lower[noun] in events:
        return True
    return t.lower[noun] in _DISTANCE_UNITS and any(t.dep[c] == "nummod" for c in t.children[noun])


def _acronym_plural(word: str) -> bool:
    """ "MPs", "PCs", "MSPs": the plural of a post written in capitals."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def _left_out_description(t: ParsedTokens, index: int, lower_words: set[str]) -> bool:
    """Is the word the recognizer left out of a person's name a description: one the
    article or the lexicon shows describes, or an agent noun opening the sentence, where
    its capital says nothing ("Pitcher Ann Lee threw ...")?"""
    word = t.text[index]
    return _plainly_describes(word, lower_words) or (
        _opens_sentence(t, index) and _describes(word, lower_words)
    )


def _country_in_owned_title(t: ParsedTokens, root: int) -> bool:
    """Is a country's name a word of a post another owner holds ("Velden's UK managing
    director", "the bank's US chief"): where the post is, not whose?"""
    if t.dep[root] not in ("compound", "nmod", "amod"):
        return False
    noun = t.head[root]
    return t.text[noun].islower() and any(t.dep[c] == "poss" and c < root for c in t.children[noun])
