"""One actor per name: names cut or widened at the recognizer's entity, short forms,
acronyms and surnames joined to their full name, "X and Y" split into two bodies,
kinds settled and actors ranked by centrality. Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence

from briefsmith.core.datelines import town_opens_paragraph
from briefsmith.core.dependency import hangs_within
from briefsmith.core.extraction.actor_parse.reading import (
    _ARMED_FORCES,
    _BODY_KIND_WORDS,
    _CLUB_WORDS,
    _COURTESY_WORDS,
    _MAX_NAME_WORDS,
    _OWNER_KINDS,
    _PERSON_ROLE_WORDS,
    _POSSESSIVE_EDGE,
    _SUBJECTS,
    _TITLE_WORDS,
    ParsedEntity,
    ParsedTokens,
    _background,
    _clean_name,
    _closes_as_no_surname,
    _club_named,
    _describes,
    _Evidence,
    _names_an_event,
    _office_of_title,
    _plainly_describes,
    _plural_staff_noun,
    _root,
    _shaped_as_a_person,
    _singular_staff_noun,
    _two_known_bodies,
    _without_titles,
)
from briefsmith.core.extraction.actors import (
    ActorRecord,
    honorific_style_length,
    in_headline_line,
    post_of_body_opening,
)
from briefsmith.core.lexicon import (
    AGENT_LOOKALIKES,
    AGENT_SUFFIXES,
    ANIMAL_NOUNS,
    ANONYMITY_WORDS,
    APOSTROPHES,
    APPEARANCE_WORDS,
    ARTS_VENUE_HEADS,
    BANK_NAME_ENDS,
    BARE_PERSON_NOUNS,
    BODY_FEATURE_NOUNS,
    BODY_NOUNS,
    BODY_NOUNS_NEEDING_A_MODIFIER,
    BODY_NOUNS_TELLING_NOTHING_ALONE,
    BODY_ONLY_DESCRIPTIONS,
    CAPITAL_CITIES,
    CLAUSE_OPENERS,
    CLUB_DESCRIPTION_NOUNS,
    COLLECTIVE_BODY_NOUNS,
    COMMENTATOR_NOUNS,
    COMMON_CAPITALIZED,
    COMPANY_NOUNS,
    COMPASS_WORDS,
    COUNTERPART_NOUNS,
    COURT_SIDES,
    DEFENCE_SIDE,
    DEFENDANT_ROLE,
    DESCRIBED_BODY_AGENT_NOUNS,
    DESCRIBED_PLACE_THING_NOUNS,
    DESCRIBED_THING_COMPOUNDS,
    DESCRIBED_THING_NOUNS,
    DESCRIPTION_NOUNS,
    DESCRIPTIVE_BODY_NOUNS,
    DIMENSION_WORDS,
    FIRM_REPORTER_NOUNS,
    FIRM_TRADES,
    FOUNDING_LEMMAS,
    GIVEN_NAMES,
    GLUED_DESCRIPTORS,
    GROUP_ACTOR_NOUNS,
    HAVING_VERBS,
    HONORIFIC_STYLES,
    HOUSE_TRADES,
    INSTITUTION_NOUNS,
    KIN_NOUNS,
    LOOKING_VERBS,
    MARKET_INDEX_NAMES,
    MARKET_INDEX_TAILS,
    MONTHS,
    NAME_CONNECTORS,
    NAME_OPENING_ABBREVIATIONS,
    NAME_PARTICLES,
    NAMED_THING_NOUNS,
    NON_PROFIT_DESCRIPTION_NOUNS,
    OCCASION_WORDS,
    OFFICE_OF_TITLE,
    OFFICE_TAILS,
    ONE_BANK_NAME_WORDS,
    OPERATED_SERVICE_WORDS,
    ORG_CONNECTORS,
    ORG_HEADS,
    OTHER_BODY_WORDS,
    PARTICIPLES_AFTER_NOUN,
    PARTY_LABELS,
    PLACE_BODY_HEADS,
    PLACE_BODY_NOUNS,
    PLACE_HEADS,
    PLACE_KIND_NOUNS,
    PLACE_NAME_OPENERS,
    PLACE_RELATION_WORDS,
    POST_TIE_NOUNS,
    PRETENCE_VERBS,
    PUBLIC_AGENCY_NAME_WORDS,
    PUBLIC_BODY_HEADS,
    REGULATOR_NAME_WORDS,
    ROLE_BREAK_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STANDING_VERBS,
    STATE_BODY_NOUNS,
    STREET_HEADS,
    SUCCEEDING_VERBS,
    THING_DESCRIPTION_BREAKS,
    TITLES,
    UNION_NAME_WORDS,
    US_PARTY_LETTERS,
    WATERCOURSE_WORDS,
    WEEKDAYS,
    country_names,
    demonym_country,
    fold,
    is_demonym,
    state_names,
)
from briefsmith.core.names import (
    first_particle_surname,
    given_name_gender,
    peerage_named,
    person_grades,
    possessive,
    same_person,
    surname_start,
)

# A place or country named this often, mostly not as where things happen, is what the
# story is about.
_CENTRAL_PLACE_MENTIONS = 3
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_INTRODUCED_SHORT_NAME = re.compile(
    r"\(([A-Z][A-Z.&]{1,9})\)"
    r"|,? (?:also |better |widely )?known (?:as|by (?:its|their|the) (?:[\w-]+ ){0,3}"
    r"(?:initials|acronym|abbreviation|name)) (?:the )?([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
)
# A model code written after a maker's capitalized name ("Tarrant T90", "Airbus A350").
_AFTER_MAKER = re.compile(r"\b[A-Z][a-z]+ ([A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,4})\b")
# A maker's model code closing a name ("Airbus A321XLR", "Halden H70", "Galaxy S24",
# "Boeing 787-9"): letters then digits in one word, or a number and its variant, where a
# body's number or year stands alone ("Channel 5", "Glasgow 2026").
_MODEL_CODE = re.compile(
    r"[A-Z]{1,3}-?\d{1,4}[A-Za-z]{0,4}(?:-\d{1,4}[A-Za-z]{0,4})?|\d{3}-\d{1,4}[A-Za-z]{0,4}"
)
# "Rupert Murdoch's News Corp": a person's full name owning a body's name.
_PERSON_OWNER = re.compile(
    r"([A-Z][\w-]+(?: [A-Z][\w-]+){1,2})[’']s ([A-Z][\w&.-]*(?: [\w&.-]+){0,4})"
)


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
    Energy Authority (CEA) said"). A description all in lower case ("the trade body
    added", "the energy regulator", "the charity") gives only the role, and only to a
    body of the kind its noun names (_one_body_of_the_field, _one_body_of_the_kind_near;
    round 40). One pass over the entities and one over the tokens."""
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
            if entity.label == "ORG" and not town_opens_paragraph(text, entity.start, entity.end):
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
    # A body the recognizer left unnamed ("Castlegate has been fined ... The insurer
    # charged ..."): where the story first names it, from its record (round 43).
    seen = {id(b) for named in named_in.values() for b in named}
    for body in {id(b): b for b in bodies.values()}.values():
        if id(body) in seen or not text.startswith(body.name, body.first):
            continue
        span = t.between(body.first, body.first + len(body.name))
        if not span or inside_quote(body.first):
            continue
        root = _root(t, span.start, span.stop)
        sentence = t.sent[root]
        first_named.setdefault(id(body), sentence)
        named_in.setdefault(sentence, []).append(body)
        if t.dep[root] in _SUBJECTS:
            subject_of.setdefault(sentence, body)
    if not named_in:
        return
    first_naming = min(named_in)
    # The bodies by the lower-cased words of their names, for "the aviation regulator"
    # wherever the Directorate General of Civil Aviation is named (_one_body_of_the_field).
    field_bodies: dict[str, list[ActorRecord]] = {}
    for record in kept:
        if record.kind == "organization":
            for word in {w.casefold() for n in record.all_names() for w in n.split()}:
                holders = field_bodies.setdefault(word, [])
                if record not in holders:
                    holders.append(record)
    # (each role read once: a hostile text of many "the company said" scans for none again)
    acts: dict[str, bool] = {}

    def told_by_an_act(role: str | None) -> bool:
        if not role:
            return False
        if role not in acts:
            acts[role] = _role_of_an_act(text, t, role)
        return acts[role]

    for head, lemma in enumerate(t.lemma):
        if (
            not t.text[head].islower()
            or lemma not in _BODY_KIND_WORDS | CLUB_DESCRIPTION_NOUNS
            or inside_quote(t.start[head])
        ):
            continue
        # (A subject's or an owner's description may stand for the body named just
        # before; any other only for the one body of its field, _one_body_of_the_field.)
        subject = t.dep[head] in _SUBJECTS or t.dep[head] == "poss"
        det = next((c for c in t.children[head] if t.dep[c] == "det" and t.lower[c] == "the"), None)
        if det is None or det >= head:
            continue
        # Every word between "the" and the noun describes the noun, and one at least is a
        # name or a number ("League Two", "Frankfurt-based", "City"), or the noun says
        # what kind of body it is and the body's name must fit it (_kind_fits); not a
        # state's body by its nationality ("the Welsh government"), a body of its own.
        between = range(det + 1, head)
        if _names_another_body(
            text, t, det, head, bodies, renamed, club=lemma in CLUB_DESCRIPTION_NOUNS
        ):
            continue
        named_or_counted = any(t.text[j][:1].isupper() or t.pos[j] == "NUM" for j in between)
        if not all(hangs_within(t.head, j, head, 4) for j in between) or (
            lemma in STATE_BODY_NOUNS and any(is_demonym(t.text[j]) for j in between)
        ):
            continue
        if not named_or_counted and not _told_kind(t, det, head):
            continue
        description = text[t.start[det + 1] : t.end[head]]
        if not named_or_counted:
            # "the trade body", "the energy regulator", "the charity": only the role, and
            # only of a body whose name is of that kind; no name of it, as "the union"
            # may stand for another union further on.
            body = _one_body_of_the_field(t, det, head, field_bodies)
            if body is None and subject:
                body = _one_body_of_the_kind_near(
                    t.sent[head],
                    lemma,
                    named_in,
                    opening=t.sent[head] <= first_naming,
                    bare=det == head - 1,
                )
            if body is not None and (
                _no_role(body.role)
                # (what the body does tells more than the word its own name ends in: "The
                # Ports Authority, which runs the harbour, ... the authority said")
                or (
                    told_by_an_act(body.role)
                    and not {w.casefold() for w in description.split()}
                    <= {w.casefold() for w in body.name.split()}
                )
            ):
                body.role = description
            continue
        if not subject:
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
        if all(w in body.name.split() for w in description.split()[:-1]):
            continue  # "the Wexley club": a short name of the body, not a description
        alias = text[t.start[det] : t.end[head]]
        if alias not in body.aliases:
            body.aliases.append(alias)
        if _no_role(body.role) or told_by_an_act(body.role):
            body.role = description


def _role_of_an_act(text: str, t: ParsedTokens, role: str | None) -> bool:
    """Round 42: a body's role told by what it does or did ("runs services between Leeds
    and Hull", "announced rules"), which a description of what the body is ("the
    operator", "the regulator") tells better: the role's first word, where the article
    first writes the role (or, for a role put together from the act, "rules announced by
    X": "announced rules", that word), is a verb."""
    if not role:
        return False
    at = text.find(role)
    if at < 0:
        found = re.search(rf"\b{re.escape(role.split()[0])}\b", text)
        if found is None:
            return False
        at = found.start()
    first = bisect_left(t.start, at)
    return first < len(t.start) and t.start[first] == at and t.pos[first] == "VERB"


def _one_body_of_the_kind_near(
    sentence: int,
    noun: str,
    named_in: Mapping[int, list[ActorRecord]],
    opening: bool,
    bare: bool = False,
) -> ActorRecord | None:
    """The body a lower-case description in `sentence` stands for: of the bodies named in
    the nearest of the two sentences before that names one of the noun's kind
    (_kind_fits), the only one ("Bus drivers at Redline Coaches will strike, the
    National Transport Workers Union said. The union said ..."); in the story's first
    sentence naming bodies, the only one of the kind in the nearest of the two after.
    None when two fit; never a body the sentence names itself."""
    here = named_in.get(sentence, ())
    around = [sentence - 1, sentence - 2]
    if opening:
        around += [sentence + 1, sentence + 2]
    for other in around:
        fitting = [
            b for b in named_in.get(other, ()) if b not in here and _kind_fits(noun, b, bare)
        ]
        if fitting:
            return fitting[0] if len(fitting) == 1 else None
    return None


def _one_body_of_the_field(
    t: ParsedTokens, det: int, head: int, field_bodies: Mapping[str, list[ActorRecord]]
) -> ActorRecord | None:
    """ "the aviation regulator ... (far on) ... the Directorate General of Civil
    Aviation", "the competition watchdog" for the Australian Competition and Consumer
    Commission: the one body whose name holds a word before the noun and is of the kind
    the noun names (_kind_fits); none when two bodies fit ("the energy regulator" is
    not the energy company)."""
    fitting: list[ActorRecord] = []
    for j in range(det + 1, head):
        if t.pos[j] not in ("NOUN", "ADJ") or len(t.text[j]) < 4:
            continue
        for body in field_bodies.get(t.lower[j], ()):
            if _kind_fits(t.lemma[head], body) and body not in fitting:
                fitting.append(body)
    return fitting[0] if len(fitting) == 1 else None


_MAX_KIND_WORDS = 6


def _told_kind(t: ParsedTokens, det: int, head: int) -> bool:
    """ "the trade body", "the energy regulator", "the charity": a body's description in
    lower case says what kind of body it is when the noun tells it alone or has words
    before it, none of them a word that points to some other body ("the rival carrier",
    "the other union")."""
    if det == head - 1 and t.lemma[head] in BODY_NOUNS_TELLING_NOTHING_ALONE:
        return False
    if head - det > _MAX_KIND_WORDS:
        return False  # (a description, not a clause the parser hung on the noun)
    return not any(t.lemma[j] in OTHER_BODY_WORDS for j in range(det + 1, head))


def _kind_fits(noun: str, body: ActorRecord, bare: bool = False) -> bool:
    """Does the kind of body `noun` names fit the body's name? "the regulator" only a name
    a regulator goes by ("... Authority", "... Commission", "Office of ..."), "the union"
    a union's, "the charity" or "the trade body" one that is neither a company's nor a
    public body's, "the carrier" or "the lender" any but a public body's or a union's."""
    words = {w for name in body.all_names() for w in name.split()}
    if any(name.split()[-1].casefold() == noun for name in body.all_names()):
        # "the agency" for the European Orbital Agency, "the council" for Halston Borough
        # Council: the noun its own name ends in (round 42)
        return True
    if noun == "agency" and (bare or words & PUBLIC_AGENCY_NAME_WORDS):
        # "The agency blamed speeding" after the National Highway Patrol Corps (round 43;
        # "the agency" alone, only such a public body: no firm's name, as "the
        # advertising agency" may be)
        return bool(words & PUBLIC_AGENCY_NAME_WORDS)
    if noun in ("regulator", "watchdog", "ombudsman"):
        return bool(words & REGULATOR_NAME_WORDS)
    if noun == "union":
        return bool(words & UNION_NAME_WORDS)
    public = bool(words & (PUBLIC_BODY_HEADS | UNION_NAME_WORDS))
    if noun in NON_PROFIT_DESCRIPTION_NOUNS:
        return not public and not words & INSTITUTION_NOUNS["company"]
    return noun in COMPANY_NOUNS and not public


def _names_another_body(
    text: str,
    t: ParsedTokens,
    det: int,
    head: int,
    bodies: Mapping[str, ActorRecord],
    renamed: dict[str, str],
    club: bool,
) -> bool:
    """ "Harlow Foods will cut 600 jobs. The Unite union said ...", "The ACCC watchdog
    said": a description whose words are a body's own name (a body the story lists, or
    one the recognizer reads whole, noun and all), or whose modifier is a body's acronym,
    is that body speaking, not a description of the body named before (round 33, the
    lead's open class). A club's league ("the League One club") still describes it."""
    if bodies.get(_final(renamed, text[t.start[det + 1] : t.end[head]])) is not None:
        return True
    between = range(det + 1, head)
    if t.ent[head] == "ORG" and all(t.ent[j] == "ORG" for j in between):
        return True
    if t.lemma[head] in PLACE_BODY_NOUNS and any(t.ent[j] in ("GPE", "LOC") for j in between):
        # "Harlow Foods will cut 600 jobs. The West Yorkshire combined authority
        # offered ...": a place's public body, not the firm named before (round 33)
        return True
    return not club and any(
        t.ent[j] == "ORG" and len(t.text[j]) >= 2 and t.text[j].isalpha() and t.text[j].isupper()
        for j in between
    )


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
    # A name over "and" only the recognizer gives ("The University of the Witwatersrand
    # and the Students' Representative Council reached ..."), which the parse reads as two
    # bodies: a record here, so the two halves, not the whole, are the actors (round 32d).
    named = {r.name for r in records}
    for entity in entities:
        name = _clean_name(entity.text)
        if (
            entity.label != "ORG"
            or " and " not in name
            or name in named
            or inside_quote(entity.start)
            or entity.text.find(name) < 0
        ):
            continue
        conjoined = ActorRecord(name, "organization", first=entity.start + entity.text.find(name))
        halves = _halves_conjoined(t, conjoined, bodies)
        if halves is None:
            continue
        if halves[0] in named and halves[1] in named:
            renamed[name] = halves[0]  # the rules named each half: the whole is no actor
        else:
            records.append(conjoined)
            named.add(name)
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
            split = _halves_conjoined(t, record, bodies)
        if split is None:
            continue
        head, tail = split
        if record.name != f"{head} and {tail}" and record.name not in (head, tail):
            renamed[record.name] = head  # ("Natural England and the Environment Agency")
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


def _halves_conjoined(
    t: ParsedTokens, record: ActorRecord, bodies: Collection[str]
) -> tuple[str, str] | None:
    """ "Natural England and the Environment Agency have launched", "Logan City Council
    and the Friends of Daisy Hill have agreed": a body's name the rules ran on over one
    "and" where the parse joins the halves as conjuncts (the second half's head word on
    the first's last), the first half's last word hanging outside the run, each half of
    two words or more. Two bodies when each half is one the recognizer names, or when an
    article opens the second, neither has a connector and one closes on a body's head
    word or is a recognized body. Not "Norfolk Fire and Rescue Service" (the first half
    hangs inside), "the Polgarrow Museum and Art Gallery" (no article), "Marks and
    Spencer", "Florence and the Machine" (one word). Reads the record's first mention
    only (round 30)."""
    words = record.name.split()
    if words.count("and") != 1 or len(words) > _MAX_NAME_WORDS * 2:
        return None
    first = bisect_left(t.start, record.first)
    # (the last token by where the name ends: "Workers' Union" is three tokens)
    last = bisect_left(t.start, record.first + len(record.name)) - 1
    if (
        first >= len(t.text)
        or t.start[first] != record.first
        or last < first
        or last >= len(t.text)
        or t.end[last] != record.first + len(record.name)
        or last - first > 2 * _MAX_NAME_WORDS
    ):
        return None
    joints = [i for i in range(first, last + 1) if t.text[i] == "and"]
    if len(joints) != 1:
        return None
    joint = joints[0]
    if joint + 2 > last + 1 or joint - 1 < first:
        return None
    tail_first = joint + 2 if t.lower[joint + 1] == "the" else joint + 1
    if first < last and t.lower[first] == "the":
        first += 1
    if tail_first > last:
        return None
    head_words = [w for w in t.text[first:joint] if w not in _POSSESSIVE_TOKENS]
    tail_words = [w for w in t.text[tail_first : last + 1] if w not in _POSSESSIVE_TOKENS]
    tail_root = _root(t, tail_first, last + 1)
    # The word each half hangs on: the last, or in a body "of" a place ("University of
    # Tasmania", "Bank of Munster") the body's word before the connector (round 32d).
    head_root = _body_word_before_connector(t, first, joint) or joint - 1
    tail_body_of = _body_word_before_connector(t, tail_first, last + 1)
    if (
        len(head_words) < 2
        or (len(tail_words) < 2 and not _ACRONYM.fullmatch(tail_words[0]))
        or t.dep[tail_root] != "conj"
        or t.head[tail_root] != head_root
        or first <= t.head[head_root] <= last
        or not all(w[:1].isupper() or w in ORG_CONNECTORS for w in (*head_words, *tail_words))
    ):
        return None
    head = text_between(t, first, joint)
    tail = text_between(t, tail_first, last + 1)
    if head in bodies and tail in bodies:
        return head, tail
    # A half with a connector is a body only as "<body's word> of <name>", the other
    # half hanging on that word, not on the name ("Department of Health and Human
    # Services" hangs "Services" on "Health": one body).
    head_connector = any(w in ORG_CONNECTORS for w in head_words)
    tail_connector = any(w in ORG_CONNECTORS for w in tail_words)
    if (head_connector and head_root == joint - 1) or (
        tail_connector and (tail_body_of is None or tail_body_of != tail_root)
    ):
        return None
    if given_name_gender(head_words[0]) is not None or given_name_gender(tail_words[0]) is not None:
        return None
    tail_a_body = (
        (len(tail_words) >= 2 and tail_words[-1] in ORG_HEADS)
        or tail_connector
        or _ACRONYM.fullmatch(tail) is not None
        or tail in bodies
    )
    head_a_body = head_words[-1] in ORG_HEADS or head_connector or head in bodies
    if (
        # (an article opening the second name: not "the Polgarrow Museum and Art Gallery")
        tail_first == joint + 2 and (head_a_body or tail_a_body)
    ) or (
        # (no article: a body "of" a place and an acronym or a name the recognizer gives
        # alone, "the University of Tasmania and KMRI"; not "the Halden Institute of Water
        # and Coastal Research", one institute whose name closes on a body's word)
        (head_connector and (_ACRONYM.fullmatch(tail) is not None or tail in bodies))
        or (tail_connector and (_ACRONYM.fullmatch(head) is not None or head in bodies))
    ):
        return head, tail
    if (
        tail_first == joint + 1
        and not head_connector
        and not tail_connector
        and (head in bodies or tail in bodies)
        # (not a venue's second kind: "the Polgarrow Museum and Art Gallery" is one)
        and tail_words[-1] not in ARTS_VENUE_HEADS | PLACE_BODY_HEADS
    ):
        return head, tail
    return None


_POSSESSIVE_TOKENS = frozenset({"'", "’", "'s", "’s"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def text_between(t: ParsedTokens, first: int, last: int) -> str:
    """The words of tokens [first, last) as written, possessive marks kept on their word."""
    return "".join(
        t.text[i] + ("" if i + 1 == last or t.end[i] == t.start[i + 1] else " ")
        for i in range(first, last)
    )


def _body_word_before_connector(t: ParsedTokens, first: int, last: int) -> int | None:
    """In the name at tokens [first, last), the body's word before its first connector
    ("University" of "University of the Witwatersrand"), or None when the name has no
    connector or no body's word before it."""
    for i in range(first + 1, last):
        if t.text[i] in ORG_CONNECTORS:
            return i - 1 if t.text[i - 1] in ORG_HEADS else None
    return None


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
    for index, word in enumerate(t.text):
        owners = by_given.get(word)
        if (
            owners is not None
            and len(owners) == 1
            and word not in taken
            and t.dep[index] in ("nsubj", "nsubjpass")
            and (index == 0 or t.sent[index - 1] != t.sent[index])
            and (_age_set_off_after(t, index + 1) or t.lemma[t.head[index]] == "be")
        ):
            # "Graham Healey pulled three people from the car. Graham, 58, is a retired
            # firefighter": a given name alone opening a sentence, with the age set off
            # after it or told what the person is, is the one person named in full with
            # it (round 37)
            owners[0].aliases.append(word)
            taken.add(word)


def _age_set_off_after(t: ParsedTokens, comma: int) -> bool:
    """ ", 58," after a name: an age set off by commas."""
    return (
        comma + 2 < len(t.text)
        and t.text[comma] == ","
        and t.text[comma + 1].isdigit()
        and len(t.text[comma + 1]) <= 3
        and t.text[comma + 2] == ","
    )


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


# ("whose father was mayor of Elmbury": an office told with no article, round 42)
_WHOSE_KIN_IS_A = re.compile(
    r"whose (\w+) (?:is|was|are|were) (?:a |an |now a |now an |(?=[a-z]+ (?:of|at|for) ))",
    re.IGNORECASE,
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


# The words of the conferred styles ("Tan Sri", "Datuk Seri"): a role of these alone is
# none.
_STYLE_WORDS = frozenset(w for style in HONORIFIC_STYLES for w in style)


def _no_role(role: str | None) -> bool:
    """No role, or only a title ("Sir", "Cllr"): a title is part of how a name is
    written, not what the person does in the story."""
    if not role or all(
        w.casefold().rstrip(".") in _COURTESY_WORDS or w.casefold() == "the" for w in role.split()
    ):  # ("The Very Rev")
        return True
    if all(w in _STYLE_WORDS for w in role.split()):
        # "Tan" of "former health director-general Tan Sri Dr Rahim Yaakob": a conferred
        # style, cut from the name by the courtesy title after it, is no role (round 29)
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
    if cut == 0 and len(words) > 2 and words[1][:1].isupper():
        # "runs Quilley Moves in Brigmouth": what she does to a named body, read from the
        # body's name holding her surname; the verb is the role's own (round 43)
        return role
    return " ".join(words[cut + 1 :]) if 0 <= cut < len(words) - 1 else role


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
            words[index + 1] in WEEKDAYS
            or words[index + 1] in MONTHS
            or re.fullmatch(r"(?:19|20)\d\d", words[index + 1])  # "in 2021" (round 43)
        ):
            return " ".join(words[:index])
    return found["post"]


def _bare_post_of(fuller: str, bare: str) -> bool:
    """Is `bare` a noun alone, or with "the" or "that" ("director", "That director"),
    whose post `fuller` describes with its owner ("the city's finance director")?"""
    words = bare.split()
    if len(words) == 2 and words[0].casefold() in ("the", "that", "this"):
        words = words[1:]
    return len(words) == 1 and ("'s " in fuller or "’s " in fuller) and words[0] in fuller.split()


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


# Surname particles as a sentence's first word writes them ("Van", "De").
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in NAME_PARTICLES)


# Words before a group's noun that say which of them, not what they are ("some
# residents", "his parents"): such a phrase is a part of the group or someone's kin.
_GROUP_DETERMINERS = frozenset({"the"})


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


# "Morag Kinnear's predecessor in the post", "Ann Kyle's deputy", "Yusuf Bello's
# Ghanaian counterpart": a post told through another person's (POST_TIE_NOUNS).
_POST_TIE = re.compile(
    r"(?P<owner>[A-Z][^'’]*?)(?:'s|’s|'|’)\s+(?:(?P<nation>[A-Z][a-z]+)\s+)?"
    rf"(?P<tie>{'|'.join(sorted(POST_TIE_NOUNS))})"
    r"(?:\s+in\s+the\s+(?:post|job|role)|\s+as\s+(?P<post>[a-z][^,;]*))?"
)
# The owner opening a post ("Scotland's ", "the council's ", "Northway Bank's "), which
# a tied post keeps before what it changes ("Scotland's former Cabinet Secretary").
_POST_OWNER = re.compile(
    r"(?P<owner>(?:the\s+[a-z]+|(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)(?:'s|’s|'|’)\s+)?"
    r"(?P<post>.+)"
)
# Words that say when a post is held, which a tied post replaces ("outgoing chief
# executive" -> "former chief executive").
_HOLDING_WORDS = frozenset({"former", "outgoing", "incoming", "acting", "interim", "new"})


def _post_to_tie(role: str | None) -> tuple[str, str] | None:
    """The owner and the post of a role another person's post can be told through: a post
    ("the council's director of social work", "Finance director"), not a description
    ("a retired teacher"), a clause ("who runs ..."), a background or a relative."""
    if _no_role(role) or role is None or _background(role) or _POST_TIE.fullmatch(role):
        return None
    words = role.casefold().split()
    if words[0] in ("a", "an", "who", "whose", "which", "one") or set(words) & KIN_NOUNS:
        return None
    match = _POST_OWNER.fullmatch(role)
    if match is None:
        return None
    post = match["post"].split()
    while post and post[0].casefold() in _HOLDING_WORDS | {"the"}:
        post = post[1:]
    if not post:
        return None
    if len(post) > 1 and post[0][:1].isupper() and post[1][:1].islower():
        post[0] = post[0].lower()  # "Finance director" opening a sentence
    return match["owner"] or "", " ".join(post)


def _posts_through_ties(records: list[ActorRecord]) -> None:
    """ "Her predecessor in the post, Fraser Dunlop," after "Morag Kinnear, Scotland's
    Cabinet Secretary for Justice": the role a reader gives is the post the tie tells
    ("Scotland's former Cabinet Secretary for Justice"); "her deputy, Rob Mears," after
    "Finance director Ann Kyle" is the deputy finance director; "his Ghanaian
    counterpart" of Nigeria's foreign minister is the Ghanaian foreign minister. Only
    when the other person's role is a post, and from roles as first read (one pass; no
    tie told through another tie). Round 43."""
    people = {n: r for r in records if r.kind == "person" for n in r.all_names()}
    told: list[tuple[ActorRecord, str]] = []
    for record in records:
        tie = _POST_TIE.fullmatch(record.role or "") if record.kind == "person" else None
        if tie is None:
            continue
        other = people.get(tie["owner"])
        held = _post_to_tie(other.role) if other is not None and other is not record else None
        if held is None:
            continue
        owner, post = held
        if tie["tie"] == "predecessor":
            told.append(
                (record, f"former {tie['post']}" if tie["post"] else f"{owner}former {post}")
            )
        elif tie["tie"] == "deputy" and not post.casefold().startswith("deputy"):
            told.append((record, f"{owner}deputy {post}"))
        elif tie["tie"] == "counterpart" and tie["nation"] and is_demonym(tie["nation"]):
            told.append((record, f"{tie['nation']} {post}"))
    for record, role in told:
        record.role = role


def _court_roles(records: list[ActorRecord], pooled: dict[str, _Evidence]) -> None:
    """ "Defending, Ann Lee said her client was remorseful": a reader names the defence
    lawyer by the one client, the person the court deals with most in the article
    (none when two are dealt with as often). One the court deals with whom nothing else
    describes is a defendant; so is one described only by age, sex or home ("A
    34-year-old woman, Ann Lee, has been charged", round 43)."""
    for record in records:
        found = pooled.get(record.name)
        if (
            record.kind == "person"
            and (not record.role or _only_who_and_where(record.role))
            and found
            and found.in_dock
        ):
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


_AGE_NOUN = re.compile(r"\d+-year-old$")


def _only_who_and_where(description: str) -> bool:
    """ "Leeds woman", "a 45-year-old from Leeds": a bare noun of people or an age as the
    head of the description, with at most a place or an age on it."""
    words = description.split()
    # (the last such word: "A 34-year-old woman" is headed by the noun after the age)
    heads = [
        i for i, w in enumerate(words) if w.casefold() in BARE_PERSON_NOUNS or _AGE_NOUN.search(w)
    ]
    if not heads:
        return False
    rest = words[heads[-1] + 1 :]
    # "... from Leeds", "... of Bolton": a hometown after the head, nothing more.
    return not rest or (
        rest[0].casefold() in ("from", "of", "in") and all(w[:1].isupper() for w in rest[1:])
    )


_OWNER_PRONOUNS = frozenset({*_OWNER_KINDS, "his", "her"})


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
    return f"{possessive(owner)} {rest}"


# --- names ----------------------------------------------------------------------------


def _lower_words(text: str) -> set[str]:
    """The words the article writes in lower case (one pass)."""
    return set(_LOWER_WORD.findall(text))


def _one_of_the_posts(words: list[str]) -> str:
    """The words before a name as one person's role: a lone plural post opening a list
    of names ("Nurses Ann Lee and Tom Bell") in the singular, each one a nurse."""
    if len(words) == 1 and _plural_staff_noun(words[0].casefold()):
        return _singular_staff_noun(words[0].casefold()) or words[0]
    return " ".join(words)


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
        # "Peter Kamau Njoroge" the recognizer calls a person: a given name that only
        # ends like an agent noun ("Gardener") opens the name (round 35)
        called_a_person = evidence.person_label * 2 > evidence.labelled
        while (
            (
                len(words) > 2
                and (_describes(words[0], lower_words) or words[0] in OFFICE_TAILS)
                and not (
                    called_a_person
                    and given_name_gender(words[0]) is not None
                    and not _plainly_describes(words[0], lower_words)
                )
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
            # "Rival Lidl said": the word describes the one named and opens no name; a
            # noun of the other side ("Rival", "Rivals") is their role, as "its rival
            # Lidl" gives it (round 28b); "Former", "Outgoing" alone are none.
            name, glued = rest, True
            if first.casefold() in COUNTERPART_NOUNS and _no_role(record.role):
                record.role = first.casefold().removesuffix("s")
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
        last in BODY_NOUNS_NEEDING_A_MODIFIER
        and words[-1].islower()
        and len(words) >= 2
        and words[-2].casefold() == "think"
    ):
        return True  # "Think tank Ubuntu Policy Lab said": a body, whatever it is called
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
    if was_person and record.kind == "organization":
        # "Bronwyn Tadic, managing director of Tasman Naval Shipbuilders, said": the
        # body a post is held at acts through its staff, once it proves a body (round 28).
        found.acting += found.staff_of
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
    elif (
        record.kind == "organization"
        and (
            _given_name_and_surname(record.name)
            # "Okafor's widow, Grace,": a given name alone, described as someone's kin
            or (
                " " not in record.name
                and fold(record.name) in GIVEN_NAMES
                and found.described is not None
                and _role_head(found.described[1]) in KIN_NOUNS
            )
        )
        and not (record.role and _described_as_a_body(record.role))
        and not (found.called_it or found.firm_cue or found.staffed_at or found.staff_of)
        and not (found.thing or found.modifier or found.measured or found.office_of)
        and not (found.described and _described_as_a_body(found.described[1]))
    ):
        # "Nadia Brightwater has spent six years studying seagrass": a given name and a
        # surname the recognizer called a body, which nothing shows to be one (never
        # "it", no staff, no shares, no product) is a person (round 30).
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
    elif record.kind == "person" and found.staffed_at:
        # "Analysts at Peel Rowe said": nobody works at a person (round 26, the lead)
        record.kind = "organization"
    elif (
        record.kind == "person"
        and found.called_it
        and (
            not record.role
            or _impersonal_description(record.role)
            # "Rival Penbury said it also planned to expand": a rival may be a body
            or record.role in COUNTERPART_NOUNS
        )
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
    if (
        words
        and len(words) <= 3
        and all(w.islower() and w.isalpha() for w in words[1:])
        and (
            (words[0].islower() and words[0].isalpha() and len(words) <= 2)
            # "Dutch engineering company Vanterpool Marine", "US rival Tolgate": a trade
            # written bare before it, with the country it is from
            or (len(words) > 1 and (is_demonym(words[0]) or words[0] in country_names()))
        )
    ):
        # "brokerage Ashby Lowe", "law firm Marsh Keane": a trade written bare before it
        words = ["a", *words]
    if not 1 < len(words) <= 4 or words[0].casefold() not in ("a", "an", "the"):
        return None
    head = words[-1]
    return head.casefold() if head.isalpha() and head.islower() else None


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
    if record.kind not in ("person", "organization"):
        return False
    return record.role is not None and (
        _description_head(record.role) in PLACE_KIND_NOUNS or _place_noun_before_where(record.role)
    )


def _named_as_a_place(record: ActorRecord) -> bool:
    """Is a "person" named as a place is: "Upper Wensley", "Lower Pindar", "Kings Norton"
    (a place's opening word, which opens no person's name, before no given name; the
    recognizer may call it a person, and an address set off after a name, "of Mill Lane,
    Upper Wensley,", reads as acting)? Round 29."""
    words = record.name.split()
    return (
        record.kind == "person"
        and len(words) == 2
        and words[0] in PLACE_NAME_OPENERS
        and fold(words[1]) not in GIVEN_NAMES
    )


def _place_noun_before_where(description: str) -> bool:
    """Is a description a place's, told by where it lies: "the village nearest the
    quarry", "the nearest town to the mine", "a small town on the border" (the words
    before the first word of place, at most four, end with a noun of a place)?"""
    words = description.split()[:6]
    cut = next(
        (i for i, w in enumerate(words) if i > 1 and w.casefold() in PLACE_RELATION_WORDS),
        None,
    )
    if cut is None or cut > 4 or words[0].casefold() not in ("a", "an", "the"):
        return False
    head = words[cut - 1]
    return head in PLACE_KIND_NOUNS and all(w.isalpha() and w.islower() for w in words[1:cut])


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
    if (
        len(words) > 2
        and words[0].casefold() in ("a", "an", "the")
        and words[1].endswith(("'s", "’s"))
    ):
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
    if len(words) <= 4 and words[-1] in CLUB_DESCRIPTION_NOUNS and not APOSTROPHES & set(role):
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
    if record.kind == "organization" and 0 < found.mentions <= found.people_apposed:
        # "Okafor and Bello, both 24, were jailed": surnames the recognizer took for a
        # body, described as people wherever named; no body, and no full name to list.
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
        if (
            found.acting == 0
            and 0 < found.mentions <= found.placed
            and " " in record.name
            and fold(words[0]) not in GIVEN_NAMES
            and _no_role(record.role)
        ):
            # "the town of Sungai Melati", "villagers in Rampur Nagar", "away from the
            # Hollins Beck valley": a name of words no person is given, never acting nor
            # described and written only where something is, is a place the story
            # passes (round 27).
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
