"""Refining the actor list from the parse: the one entry point. Pure.

`refine_actors` gathers each name's evidence (`evidence`, with `roles`), adds the acting
entities the rules missed (`entities`) and settles one actor per name with its kind,
role and rank (`merging`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefsmith.core.extraction.actor_parse.entities import (
    _acting_entities,
)
from briefsmith.core.extraction.actor_parse.evidence import (
    _evidence,
)
from briefsmith.core.extraction.actor_parse.merging import (
    _acting_groups,
    _acts,
    _after_verb,
    _appearance,
    _attribution_noun,
    _bare_post_of,
    _bodies_whole_over_and,
    _centrality,
    _collective,
    _court_roles,
    _cut_body_description,
    _described_as_a_place,
    _described_as_a_thing,
    _described_bodies,
    _final,
    _firm_names_with_apostrophe_s,
    _headline_trade,
    _holds_title,
    _join_nicknames,
    _lend_given_names,
    _lend_particle_surnames,
    _lend_surnames,
    _lower_words,
    _merge,
    _model_codes,
    _named_after_founders,
    _named_as_a_place,
    _names_a_watercourse,
    _names_an_index,
    _no_role,
    _one_body_over_and,
    _only_who_and_where,
    _owner_named,
    _person_by_calling,
    _post_taken,
    _posts_through_ties,
    _relative_calling,
    _settle_kind,
    _settle_name,
    _spelled_out,
    _successors_roles,
    _titled_by_own_post,
    _two_bodies_over_and,
    _unnamed_wish,
    _unshare_surnames,
    _watercourses,
    _widens,
    _without_surnames_taken_for_bodies,
)
from briefsmith.core.extraction.actor_parse.reading import (
    _BODY_KIND_WORDS,
    _DESCRIBED_KINDS,
    ParsedEntity,
    ParsedTokens,
    _background,
    _bare_rank,
    _clean_name,
    _describes,
    _Evidence,
    _office_of_title,
    office_named,
)
from briefsmith.core.extraction.actor_parse.roles import _tie_of_kin
from briefsmith.core.extraction.actors import (
    ActorRecord,
    pastime,
)
from briefsmith.core.lexicon import (
    BARE_PERSON_NOUNS,
    COMPETITION_WORDS,
    COURT_SIDES,
    CRAFT_NAME_HEADS,
    GIVEN_NAMES,
    HOLIDAY_NAMES,
    JUDICIAL_TITLES,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NAMED_BODY_NOUNS,
    REFERRING_ADJECTIVES,
    VENUE_HEADS,
    fold,
)
from briefsmith.core.names import (
    peerage_named,
    possessive,
)


def _first_halves_into_pairs(
    text: str, records: list[ActorRecord], renamed: dict[str, str]
) -> list[ActorRecord]:
    """ "Rival Hatton and Bryce reported": where the rules named the firm "Hatton and
    Bryce" and a person record ("Rival Hatton") ends on the pair's first half at that
    very place, the person is the firm's mention (round 27)."""
    pairs = {r.first: r for r in records if r.kind == "organization" and " and " in r.name}
    if not pairs:
        return records
    kept: list[ActorRecord] = []
    for record in records:
        end = record.first + len(record.name)
        opening = record.name.split()[-1]
        pair = pairs.get(end - len(opening))
        if (
            record.kind == "person"
            and pair is not None
            and text[record.first : end] == record.name
            and pair.name.split(" and ")[0] == opening
        ):
            renamed[record.name] = pair.name
            pair.mentions += record.mentions
            continue
        kept.append(record)
    return kept


def _couple_of(text: str, record: ActorRecord) -> str | None:
    """ "Tom and Kiri Ramsay" for Tom Ramsay, a person never written whole, mentioned by
    the given name alone where the couple is written (entities' _couple_members); None
    for anyone else. Reads the few characters at the record's first mention."""
    words = record.name.split()
    if record.kind != "person" or len(words) != 2 or words[0] not in record.aliases:
        return None
    opening = f"{words[0]} and "
    if not text.startswith(opening, record.first):
        return None
    end = text.find(words[1], record.first + len(opening), record.first + _COUPLE_CHARS)
    return None if end < 0 else text[record.first : end + len(words[1])]


# The longest "Tom and Kiri Ramsay" read (characters).
_COUPLE_CHARS = 60


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
    records = _first_halves_into_pairs(text, records, renamed)
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
    # "Tom and Kiri Ramsay": the given name that was Tom Ramsay's mention while the
    # evidence was read is no form of his to merge by ("Mr Ramsay" is his); the couple,
    # as written, is his name in the article (round 36).
    couples = {id(r): c for r in records for c in [_couple_of(text, r)] if c is not None}
    for record in records:
        if id(record) in couples:
            record.aliases = [a for a in record.aliases if a != record.name.split()[0]]
    records = _merge(records, renamed, text)
    # Merged names pool their evidence under the name they now go by.
    pooled: dict[str, _Evidence] = {}
    for old, found in evidence.items():
        target = _final(renamed, old)
        into = pooled.setdefault(target, _Evidence())
        into.mentions += found.mentions
        into.acting += found.acting
        into.located += found.located
        into.placed += found.placed
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
        into.jailed += found.jailed
        into.pleads += found.pleads
        into.people_apposed += found.people_apposed
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
            into.introduced_as_subject = found.introduced_as_subject
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
            if (
                best is found.weakly
                and found.weakly_an_event
                and found.introduced is not None
                and found.introduced_as_subject
                and record.kind == "person"
            ):
                # "A driving instructor who pocketed £38,000 ... Ann Lee, 46, was found
                # guilty ... Lee, who ran the business under the name ...": what the lead
                # calls the person it goes on to name, over one act a later clause tells
                # (round 35; not one in a clause of that sentence: "when a diver
                # recovered the bell ... said Ann Lee, who led the dive").
                best = found.introduced
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
                and (_background(record.role) or _tie_of_kin(record.role))
                and not _background(described)
                and not _tie_of_kin(described)
            ):
                # "Stan Forde, a keen cyclist, ... Forde, a retired postman,": the calling
                # over the pastime, wherever each stands (and "Greta Lund, a mother of
                # two, is the headteacher of ...": over a family or a former calling;
                # "Ann Lee, widow of the late chief, ... She was a trustee of ...": over
                # whose relative she is, round 32).
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
            # ("Police arrested Reynaldo "Boy Tigre" Macaraeg in Tondo, Manila": one
            # arrested or charged is a person, never a village; round 34d)
            and not (record.kind == "person" and found.jailed)
        ):
            continue  # "Kirkby Thore in Cumbria was cut off": a village, the scene
        if not spoke[record.name] and _named_as_a_place(record):
            continue  # "of Mill Lane, Upper Wensley,": where someone lives
        if not spoke[record.name] and _described_as_a_place(record):
            record.kind = "place"  # "In Pelham Cross, a Derbyshire village of 2,000,"
        if spoke[record.name] or _acts(record, found):
            kept.append(record)
            if id(record) in couples:
                record.aliases.append(couples[id(record)])
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
    _posts_through_ties(kept)
    kept = _join_nicknames(text, kept, renamed)
    _described_bodies(text, tokens, entities, kept, renamed, inside_quote)
    kept = _titled_by_own_post(kept, renamed)
    _firm_names_with_apostrophe_s(tokens, kept, renamed)
    _posts_in_bodies_by_their_noun(text, kept, entities, inside_quote)
    for record in kept:
        if record.role and all(w.casefold() in REFERRING_ADJECTIVES for w in record.role.split()):
            # "former" alone, cut from "former Dunmore Rovers captain X" when the club took
            # the words before it: it refers to a role and is none itself ("deputy" is one)
            record.role = None
        if record.kind == "person" and record.role:
            record.role = _beyond_the_age(_without_tenure(record.role))
    kept.sort(key=lambda r: (-_centrality(r, pooled.get(r.name), spoke[r.name]), r.first))
    _unshare_surnames(kept)
    return RefinedActors(kept, {old: _final(renamed, old) for old in renamed})


# "The hospital's medical director": a post in a body told by a common noun.
# Capitalized words and "and" right before a name ("Lakeside Teaching and ").
_JOINED_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,4}(?:and|&)\s+$")
_POST_BY_BODY_NOUN = re.compile(r"(?:[Tt]he\s+)?(?P<noun>[a-z]+)(?:'s|’s|')\s+(?P<post>\S.*)")


def _posts_in_bodies_by_their_noun(
    text: str,
    records: list[ActorRecord],
    entities: Sequence[ParsedEntity],
    inside_quote: Callable[[int], bool],
) -> None:
    """ "Ridgeway General Hospital will close ... The hospital's medical director, Ann
    Lee,": a post in a body the story names before the person, told by the common noun
    that heads the body's name, is a post of that body by name ("Ridgeway General
    Hospital's medical director"; round 34, the lead's open class). The bodies are the
    listed ones and the bodies the recognizer names ("speaking at Lakeside Referral
    Hospital", "the Productivity Commission report"), read once; when no body named
    before ends in the noun, or more than one does ("Northgate Hospital and Riverside
    Hospital"), the words stay as written."""
    named: dict[str, tuple[str, int]] = {}
    for record in records:
        if record.kind == "organization":
            named.setdefault(record.name.casefold(), (record.name, record.first))
    for entity in entities:
        if entity.label in ("ORG", "FAC") and not inside_quote(entity.start):
            name = _clean_name(entity.text)
            if name.casefold().startswith("the "):
                name = name[4:]
            joined = _JOINED_NAME_BEFORE.search(text[max(0, entity.start - 60) : entity.start])
            if joined:
                # "Lakeside Teaching and Referral Hospital", of which the recognizer took
                # the words after "and" alone (a bounded look back).
                name = joined[0] + name
            named.setdefault(name.casefold(), (name, entity.start))
    heads: dict[str, list[tuple[str, int]]] = {}
    for name, first in named.values():
        if " " in name:
            # The noun that heads the name: its last word, or the word before its "of"
            # ("the bank's governor" of the Bank of Tanzania).
            head, of, _ = name.partition(" of ")
            noun = head.split()[-1] if of else name.split()[-1]
            heads.setdefault(noun.casefold(), []).append((name, first))
    for record in records:
        if record.kind != "person" or not record.role:
            continue
        post = _POST_BY_BODY_NOUN.fullmatch(record.role)
        if post is None:
            continue
        bodies = [name for name, first in heads.get(post["noun"], []) if first < record.first]
        if len(bodies) == 1:
            owner = bodies[0]
            record.role = f"{possessive(owner)} {post['post']}"


# An age as a word ("52-year-old", "Fifteen-year-old", "twenty-one-year-old").
_AGE_WORD = re.compile(r"(?:\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)?)-year-old", re.IGNORECASE)
# "is 19", "was 44 and a retired nurse": a copula with an age, alone or before a post.
_COPULA_AGE = re.compile(r"(?:is|was|aged)\s+\d{1,3}(?:\s+and\s+(?P<rest>\S.*))?", re.IGNORECASE)
_AROUND_AN_AGE = frozenset({"a", "an", "the", "from", "of", "in"})


# How long a post has been held, closing its role ("the club's groundsman since 1989",
# "the owner of the shop for 30 years"): a detail of the post, not the post.
_TENURE_AT_THE_END = re.compile(
    r",?\s+(?:since\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
    r"|for\s+(?:(?:more\s+than|over|almost|nearly|about|the\s+(?:past|last))\s+)?"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty)\s+(?:years?|decades?))$"
)


def _without_tenure(role: str) -> str:
    """ "the club's groundsman since 1989" -> "the club's groundsman": a post, a noun
    phrase, without how long it has been held (round 43). A clause keeps it ("has run the
    bakery since 1998", "an electrician who has played for the club since 2004"): there
    the time is what makes an act a calling."""
    words = role.casefold().split()
    if not words or words[0] in _CLAUSE_HEADS or set(words) & _RELATIVE_WORDS:
        return role
    cut = _TENURE_AT_THE_END.search(role)
    return role[: cut.start()] if cut and len(role[: cut.start()].split()) >= 2 else role


_CLAUSE_HEADS = frozenset({"has", "have", "had", "is", "was", "were", "runs", "ran"})
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whose"})


def _beyond_the_age(role: str) -> str | None:
    """The role without an age that is all it says: "A 52-year-old Carlow man", "a
    20-year-old from Tulsa", "Fifteen-year-old" and "is 19" (of "who is 19,") tell how
    old one is, never what one is (round 34); "is 62 and a retired teacher" is the
    teacher. A description with any other word ("a 41-year-old trader", "67-year-old
    pensioner") stays whole."""
    aged = _COPULA_AGE.fullmatch(role.strip())
    if aged:
        return aged.group("rest")
    words = role.split()
    if not any(_AGE_WORD.fullmatch(w) for w in words):
        return role
    if all(
        _AGE_WORD.fullmatch(w)
        or w.casefold() in _AROUND_AN_AGE
        or w.casefold() in BARE_PERSON_NOUNS
        # (where one is from: "A 47-year-old Hastings man")
        or w[:1].isupper()
        for w in words
    ):
        return None
    return role


# A group named once is named in passing (in the lead too, more often than not).
_GROUP_MENTIONS = 2


# A road's number ("the A38", "the M25", "the N7", "the A1(M)"): a road, never an actor.
_ROAD_NUMBER = re.compile(r"[ABMN]\d{1,4}(?:\(M\))?")
