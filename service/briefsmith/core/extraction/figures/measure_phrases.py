"""Layer 2 of what a figure measures: the phrases a measure is made of. The subject of
a clause and its apposition, a doer, an owner's own phrase, a level and the change that
reached it, a rate, a comparison, a poll's standing, a career or a ban, and the measure
read from the words alone when there is no parse (`_measure`). Pure.

The measure readers are three layers, measure_reading < measure_phrases < measures:
each function calls only its own layer and the layers below, so each module reads
top-down and none imports a later one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefsmith.core.dependency import hangs_within
from briefsmith.core.lexicon import (
    ACCOUNT_RESULT_NOUNS,
    ACCOUNT_RESULT_QUALIFIERS,
    AVERAGE_NOUNS,
    BACKGROUND_SPANS,
    BAN_NOUNS,
    BODY_HISTORY_LEMMAS,
    CAREER_LEMMAS,
    CAREER_SPANS,
    CHANGE_NOUNS,
    CHANGE_UNDERGOING_LEMMAS,
    COLLECTIVE_BODY_NOUNS,
    COMPANY_NOUNS,
    DEAL_PARTY_NOUNS,
    EARLIER_PERIOD_MODIFIERS,
    EARLIER_TIME_ADVERBS,
    FLOATING_QUANTIFIERS,
    GAP_WORDS,
    GIVEN_NAMES,
    HOLDING_NOUNS,
    MONTHS,
    ORG_HEADS,
    OWNING_LEMMAS,
    POLL_HOLDING_LEMMAS,
    POLL_STANDING_LEMMAS,
    POPULATION_NOUNS,
    RANGE_NOUNS,
    REPORTING_PERIOD_NOUNS,
    SAME_DOER_PREPOSITIONS,
    SAMPLED_NOUNS,
    SETTLEMENT_NOUNS,
    SIZE_VERB_LEMMAS,
    SPEECH_LEMMAS,
    TITLE_WORDS,
    TRADE_LEMMAS,
    WEEKDAYS,
    fold,
)
from briefsmith.core.names import possessive
from briefsmith.core.units import (
    canonical_unit,
    is_duration,
    unit_name,
    unit_spelled_at,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.measure_reading import (
    _AGE_AFTER_NAME,
    _CHANGE_ADVERBS,
    _CHANGE_NOUN_WORDS,
    _COMPARATIVE_TAGS,
    _CONTEXT_CHARS,
    _COPULAS,
    _KIND_PREPS,
    _LISTED_MODIFIERS,
    _MAX_PHRASE,
    _PER_PERIOD_AFTER,
    _PERCENT_WORDS,
    _PLACED_FRAMES,
    _POSSESSIVES_OF_A_BODY,
    _RATE_DIMENSIONS,
    _RELATIVES,
    _SIZE_WORDS,
    _SUBJECT_BEFORE,
    _VERBS,
    _WHEN_AFTER,
    _WHEN_PREPS,
    _a_body_s_history,
    _a_party_ending_in_a_place,
    _a_person_s_calling,
    _across_a_dateline,
    _budget,
    _counted_phrase,
    _describes_someone,
    _following_words,
    _fronted_phrase,
    _heads_chain,
    _holder_of_a_with_count,
    _in_brackets,
    _is_dateline_place,
    _named_before_a_remark,
    _names_a_person,
    _not_brought_to,
    _noun_phrase,
    _other_level_of_time,
    _person_subject_of,
    _phrasal_change,
    _priced_noun_before,
    _remarks_on_a_subject,
    _reporter_of_a_pronoun_named,
    _session_change,
    _set_against,
    _speaker_of_a_joined_act,
    _through_frames,
    _time_read_as_a_second_subject,
    _unit_of,
    _when_of,
    _words_under,
)
from briefsmith.core.extraction.figures.reading import (
    _DIGIT,
    _FRACTION_WORD,
    _NOUNS,
    _STOP_WORDS,
    _WHEN,
    FoundFigure,
    _is_cut_off,
    _is_person_noun,
    _joined,
)


def _counted_after_listed_modifiers(
    text: str, tokens: Tokens, position: int
) -> tuple[str, str] | None:
    """The counted noun and its phrase when a list of modifiers stands between a count
    and its noun ("1,270 abandoned, injured or neglected dogs", "46 broken, missing or
    unlit signs"): the noun after the list, not the list's first word. Every word of the
    list must be an adjective or a participle in the parse (not "46 signs, lamps or
    posts"); None otherwise."""
    listed = _LISTED_MODIFIERS.match(text, position)
    if listed is None:
        return None
    for word in re.finditer(r"[a-z][\w’'-]*", listed.group(1)):
        if word.group() in ("and", "or"):
            continue
        index = tokens.at(listed.start(1) + word.start())
        if index < 0 or tokens.pos[index] not in ("ADJ", "VERB"):
            return None
    words, head = _counted_phrase(text, listed.end())
    if not words or head is None or canonical_unit(head) is not None:
        return None
    return head, " ".join([*listed.group(1).split(), *words])


def _measure(text: str, start: int, end: int) -> tuple[str | None, str]:
    """The unit and what the number measures, from the words around it. A unit of more
    than one word ("40 nautical miles", "450 megawatt hours") is the unit whole."""
    unit, measures = _measure_words(text, start, end)
    spelled = unit_spelled_at(text, end)
    if spelled is not None and unit is not None:
        named = unit_name(unit)  # ("megawatt" of "megawatt hours" read as "megawatts")
        if any(unit_name(word) == named for word in text[end : spelled[1]].split()):
            return spelled[0], measures
    return unit, measures


def _measure_words(text: str, start: int, end: int) -> tuple[str | None, str]:
    # What a number measures is written right beside it: read a bounded window, never
    # the rest of the article (that would make many numbers cost O(n^2)).
    after = text[end : end + _CONTEXT_CHARS]
    before = text[max(0, start - 80) : start]
    if re.match(r"^-year-old['’]s\b", after):  # "It was the 24-year-old's first title"
        return "years", "age of person"
    if re.match(r"^-year-old\b", after):  # "a 30-year-old police major"
        who = _following_words(text, end + len("-year-old"), 3)
        return "years", "age of " + (" ".join(who) or "person")
    age_of = _AGE_AFTER_NAME.search(before)
    if age_of and after.startswith(","):  # "Olena Molchanova, 40, is ..."
        return "years", f"age of {age_of.group(1)}"
    hyphen = re.match(r"^-([a-z]+(?:-[a-z]+)*)", after)
    if hyphen:  # "a 10-kilometer trench"
        rest = _following_words(text, end + hyphen.end(), 3)
        return hyphen.group(1), " ".join([hyphen.group(1).replace("-", " "), *rest]).strip()
    spelled = unit_spelled_at(text, end)
    if spelled is not None and (canonical_unit(spelled[0]) or ("", ""))[0] in _RATE_DIMENSIONS:
        return spelled[0], spelled[0]  # a speed or a data rate, "per hour" and all
    of_phrase = re.match(r"^\s+of\s+((?:the|its|their|his|her)\s+)?", after)
    if of_phrase:  # "two of Bakhmut’s neighborhoods"
        words = _following_words(text, end + of_phrase.end(), 3)
        # "Some 2m of water bills went unpaid": the noun phrase ends at its verb (round 25)
        cut = next((n for n, w in enumerate(words) if n and w.lower() in _VERBS), len(words))
        words = words[:cut]
        if words:
            # "Eleven of the 14 schools inspected": the whole's noun, not its participle
            counted = (
                _counted_phrase(text, end + of_phrase.end())[1] if words[0][:1].isdigit() else None
            )
            return counted or _unit_of(words[-1:]), " ".join(words)
    first_after = re.match(r"^\s+([A-Za-z]+)", after)
    if first_after and first_after.group(1).lower() in _VERBS:
        return None, ""  # "93 stands": the number names something, it counts nothing
    when = _WHEN_AFTER.match(after)
    if when and is_duration(unit_name(when.group(1))):
        return None, ""  # "open 12 next year": a time follows, the count's noun is elided
    words, head = _counted_phrase(text, end)
    if words:
        consumed = after.find(words[-1]) + len(words[-1])
        # "assaults on Leeds": one "of/on" phrase naming a place or body says whose.
        tail = re.match(r"^\s+((?:of|on)\s+(?:the\s+)?([A-Z][\w’'-]+))", after[consumed:])
        if tail is not None and tail.group(2) not in WEEKDAYS and tail.group(2) not in MONTHS:
            return head, " ".join(words) + f" {tail.group(1)}"
        return head, " ".join(words)
    subject = _SUBJECT_BEFORE.search(before)
    if subject:  # "a prewar population of about 70,000"; "deported ... range from 13,000"
        # Keep the noun phrase itself: what follows its last determiner or connective.
        phrase = re.split(
            r"\b(?:a|an|the|estimated|which|that|who|from|behind|had|has|of)\s+", subject.group(1)
        )[-1].strip()
        return None, phrase
    return None, ""


def _past_the_unit(words: list[str]) -> list[str]:
    """The words after a unit of one or two words that opens them ("nautical miles west
    of Carnarvon" -> "west of Carnarvon")."""
    if len(words) > 1 and canonical_unit(" ".join(words[:2])) is not None:
        return words[2:]
    return words[1:] if words and canonical_unit(words[0]) is not None else words


def _placed_measure(tokens: Tokens | None, start: int, place: re.Match[str], measures: str) -> str:
    """ "distance of <what> north of <where>": a length placed against a place says how
    far, how deep or how high something is; the thing is the noun just before the
    amount ("a Russian-held town about 30 miles to the north") or the one a participle
    before it describes ("Soledar, located 10 kilometers north of Bakhmut")."""
    where = place.group(1)
    frame = _PLACED_FRAMES.get(where.lower(), "distance")
    # "kilometers north of Bakhmut" -> "north of Bakhmut"
    words = _past_the_unit(measures.split())
    joined = next(  # "9km long and 40 metres deep": the other amount is not this one's
        (i for i, (w, n) in enumerate(pairwise(words)) if w in ("and", "or") and n[:1].isdigit()),
        None,
    )
    words = words[:joined] if joined is not None else words
    thing = ""
    if tokens is not None:
        before = tokens.at(start - 1)
        while (
            before >= 0
            and tokens.pos[before] in ("ADV", "ADP", "PUNCT")
            and start - tokens.start[before] < 30
        ):
            before -= 1  # past "about", "some", a comma
        if (
            before > 0
            and tokens.tag[before] == "NNS"
            and tokens.lemma[before] in SIZE_VERB_LEMMAS
            and tokens.tag[before - 1] in ("NN", "NNP")
        ):  # "The impact crater measures 2.3km across": a verb the tagger read as a noun
            before -= 1
        elif before > 0 and tokens.pos[before] == "VERB" and tokens.tag[before] == "VBN":
            passive = [c for c in tokens.children[before] if tokens.dep[c] == "nsubjpass"]
            if passive:  # "Debris was found 210 miles west of": what was found
                before = passive[0]
            else:
                before -= 1  # "Soledar, located 10 km north": the name the participle follows
                while before > 0 and tokens.pos[before] == "PUNCT":
                    before -= 1
        elif before >= 0 and (
            tokens.pos[before] == "VERB"
            or (tokens.pos[before] == "AUX" and where.lower() in _SIZE_WORDS)
        ):  # "tunnels stretch 200 km below", "the wave was 26 metres high"
            subject, _ = _subject_of(tokens, before, range(0))
            before = subject if subject is not None else before
        if before >= 0 and tokens.pos[before] in _NOUNS:
            thing = _noun_phrase(tokens, before, range(0), False)
    rest = " ".join(words)
    if where.lower() not in rest.lower():  # "to the north"
        written = _past_the_unit(place.group(0).split())
        rest = " ".join([*words, *written])
    left = [w for w in rest.lower().split() if w not in thing.lower().split()]
    if thing and left == [where.lower()] and left[0] in _SIZE_WORDS:
        return _budget([frame, "of", thing])  # "a crater 1.2km across": the crater's width
    if thing and thing.lower() not in rest.lower():
        rest = f"{thing} {rest}"
    if rest.lower().startswith(frame):
        return rest
    linked = frame == "distance" and rest.split()[:1] not in (["from"], ["off"], ["away"])
    return _budget([frame, *(["of"] if linked else []), rest])


def _phrase_after(tokens: Tokens, inside: range, preps: frozenset[str]) -> str | None:
    """The phrase under one of `preps` written right after the amount spanning `inside`,
    whichever word the parser hung it on, or None."""
    words = _phrase_words_after(tokens, inside, preps)
    return _joined(words) if words else None


def _phrase_words_after(
    tokens: Tokens, inside: range, preps: frozenset[str], past_rate: bool = False
) -> list[str]:
    """[preposition, phrase] written right after the amount spanning `inside`, or []. With
    `past_rate`, past a rate first ("£4m a year in drug costs")."""
    after = inside.stop
    if past_rate:
        rate = _PER_PERIOD_AFTER.match(" ".join(tokens.lower[after : after + 2]))
        after += 2 if rate else 0
    if (
        after >= len(tokens)
        or tokens.sent[after] != tokens.sent[inside.start]
        or tokens.pos[after] != "ADP"
        or tokens.lower[after] not in preps
    ):
        return []
    objects = [c for c in tokens.children[after] if tokens.dep[c] == "pobj"]
    if not objects or tokens.ent[objects[0]] in _WHEN or tokens.pos[objects[0]] not in _NOUNS:
        return []
    # The phrase ends where the next amount of the list begins.
    following = next(
        (
            i
            for i in range(objects[0] + 1, min(objects[0] + _MAX_PHRASE, len(tokens)))
            if tokens.pos[i] in ("NUM", "SYM")
        ),
        None,
    )
    phrase = _noun_phrase(tokens, objects[0], inside, stop=following)
    return [tokens.text[after], phrase] if phrase else []


def _career_span(tokens: Tokens, start: int, end: int) -> bool:
    """ "He had worked at the firm for 22 years": a span of a person's career or life,
    background to the story. So is a long span in a clause that describes someone
    ("Ms Penhale, whose family has farmed the valley for 80 years", "who has played for
    the club for 14 seasons") and the span of something a person could not bring
    themselves to do ("too ashamed to tell her family for two years")."""
    inside = tokens.between(start, end)
    if not len(inside):
        return False
    unit = inside[-1]
    if tokens.dep[unit] == "nummod":  # "14 seasons": the span is the counted noun
        unit = tokens.head[unit]
    preposition = tokens.head[unit]
    if tokens.dep[unit] != "pobj" or tokens.lower[preposition] != "for":
        return False
    verb = tokens.head[preposition]
    if tokens.lemma[unit] in BACKGROUND_SPANS and (
        _describes_someone(tokens, verb)
        or _not_brought_to(tokens, verb)
        or _a_person_s_calling(tokens, verb)
        or _a_post_held_before(tokens, verb)
    ):
        return True
    if tokens.lemma[verb] not in CAREER_LEMMAS | TRADE_LEMMAS | BODY_HISTORY_LEMMAS or any(
        tokens.tag[c] == "MD" for c in tokens.children[verb]
    ):
        return False  # ("will coach the side for three years": a term ahead is news)
    if tokens.ent[unit] not in ("DATE", "TIME") and tokens.lemma[unit] not in CAREER_SPANS:
        return False  # "The landlord sold the building for £2.4m": a price, no span
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None:
        return False
    if tokens.lemma[verb] in CAREER_LEMMAS | TRADE_LEMMAS and _names_a_person(tokens, subject):
        return True
    return _a_body_s_history(tokens, verb, subject, unit)


def _a_post_held_before(tokens: Tokens, verb: int) -> bool:
    """ "joins from SwiftRoute, where he was finance director for five years", "Ann Lee,
    who had been the club's secretary for 12 years,": a post a person held, told in a
    relative clause with "be" and the post as its complement, is the person's background
    (round 35; not "who has been missing for three days", a state the story is about, nor
    a post ahead: "will be captain for two seasons" is a main clause)."""
    if tokens.dep[verb] != "relcl" or tokens.lemma[verb] != "be":
        return False
    if any(tokens.tag[c] == "MD" for c in tokens.children[verb]):
        return False
    posts = [c for c in tokens.children[verb] if tokens.dep[c] == "attr"]
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"]
    return any(_is_person_noun(tokens.lemma[p]) for p in posts) and any(
        tokens.ent[s] == "PERSON" or tokens.lower[s] in ("he", "she", "who") for s in subjects
    )


def _average_span_of_a_clause(tokens: Tokens, average: int, inside: range) -> str:
    """ "Response times in her ward had risen to an average of 11 minutes", "They sold in an
    average of 29 days in October": a span told as "an average of" after "to" is the
    average level of the clause's subject ("average Response times in her ward"); after
    "in", the average time the clause took ("average time to sell in October"), not
    "length of average" (round 27). "" when it does not apply."""
    link = tokens.head[average]
    done = tokens.head[link]
    subject, _ = _subject_of(tokens, done, inside)
    name = tokens.lemma[average]
    if subject is not None and tokens.pos[subject] in _NOUNS:
        phrase = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=done)
        if not phrase:
            return ""
        if tokens.lower[link] == "to":
            return _budget([name, phrase])
        return _budget([name, "time", phrase, tokens.text[done]])
    if tokens.lower[link] == "in" and tokens.pos[done] == "VERB":
        return _budget([name, "time to", tokens.lemma[done], *_when_of(tokens, [done], inside)])
    return ""


def _averaged_comparative(tokens: Tokens, comparative: int, inside: range) -> str:
    """ "Participants slept an average of 38 minutes longer", "were sick an average of 2.4
    days longer": a comparative the parser hung under "an average of" is the average margin
    by which the clause's subject did what its verb says (or was what its complement says),
    not a bare "margin longer" (round 26)."""
    if tokens.tag[comparative] not in ("RBR", "JJR"):
        return ""
    of = tokens.head[comparative]
    average = tokens.head[of]
    if (
        tokens.lower[of] != "of"
        or tokens.dep[comparative] not in ("pcomp", "pobj")
        or tokens.lemma[average] not in AVERAGE_NOUNS
        or tokens.dep[average] not in ("dobj", "attr", "npadvmod")
    ):
        return ""
    verb = tokens.head[average]
    if tokens.pos[verb] not in ("VERB", "AUX") or verb > average:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or (tokens.pos[subject] == "PRON" and tokens.lower[subject] != "those"):
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    did = [tokens.text[verb]]
    if tokens.lemma[verb] in _COPULAS:
        states = [c for c in tokens.children[verb] if tokens.dep[c] == "acomp" and c < average]
        if not states:
            return ""
        did = [tokens.text[verb], tokens.text[states[0]]]
    if not who:
        return ""
    return _budget([f"{tokens.lemma[average]} margin", who, *did, tokens.text[comparative]], 12)


def _gap_on_a_copula(tokens: Tokens, verb: int, root: int, inside: range) -> str:
    """ "Wales is 5.3 percentage points behind England on literacy": an amount a copula
    links to its subject with "behind" or "ahead" after it is the margin by which the
    subject trails or leads, "margin Wales behind England on literacy", not the subject
    alone (round 26)."""
    if tokens.lemma[verb] not in _COPULAS or tokens.dep[root] != "attr":
        return ""
    gaps = [
        c
        for c in tokens.children[root]
        if tokens.dep[c] in ("prep", "advmod") and tokens.lower[c] in GAP_WORDS and c > root
    ]
    if not gaps:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] == "PRON" or subject > verb:
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    if not who:
        return ""
    against = _words_under(tokens, gaps[0], inside)[:8]
    where = [
        w
        for c in tokens.children[verb]
        if tokens.dep[c] == "prep" and c > gaps[0]
        for w in _words_under(tokens, c, inside)[:5]
    ][:5]
    return _budget(["margin", who, *against, *where], 16)


def _with_its_owner_named(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Tesco said its 3,400 stores would stay open", "Greenpeace said 40 of its
    activists had been detained": the "its" beside a count is the named body that says or
    does the clause above it ("Tesco's stores stay open"), when the measure does not name
    it already."""
    words = figure.measures.split()
    if not words:
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    following = range(inside.stop, min(len(tokens), inside.stop + 3))
    near = [max(0, inside.start - 1), *following]  # "its 120 aircraft", "40 of its"
    if not any(tokens.lower[i] in _POSSESSIVES_OF_A_BODY and tokens.dep[i] == "poss" for i in near):
        return _with_the_reporter_s_own(tokens, figure, inside, near)
    current = inside[-1]
    for _ in range(6):
        parent = tokens.head[current]
        if parent == current or tokens.sent[parent] != tokens.sent[current]:
            return figure
        current = parent
        if tokens.pos[current] not in ("VERB", "AUX"):
            continue
        subjects = [
            c
            for c in tokens.children[current]
            if tokens.dep[c] == "nsubj" and c not in inside and c not in following
        ]
        if not subjects or tokens.pos[subjects[0]] == "PRON":
            continue
        if _is_dateline_place(tokens, subjects[0], current):
            return figure  # "ACCRA, Dec 8 (Wire) - Ghana's central bank ... its": no owner
        if not _a_body(tokens, subjects[0]):
            return figure  # a person owns no "its"
        owner = _noun_phrase(tokens, subjects[0], inside, False)
        # (a name told as an owner already: "Punjab's total", round 26)
        known = {re.sub(r"[’']s?$", "", w.casefold()) for w in words}
        if not owner or {w.casefold() for w in owner.split()} & known:
            return figure
        if re.search(r"[’']s?$", words[0]):
            return figure  # an owner told first already ("Wealdshire's all-out total", round 31)
        named = [f"{owner}'s" if w.casefold() in _POSSESSIVES_OF_A_BODY else w for w in words]
        if named == words:  # "would close 40 of its 212 dealerships": "close dealerships"
            at = words.index(figure.unit) if figure.unit in words else 0
            named = [*words[:at], f"{owner}'s", *words[at:]]
        return replace(figure, measures=" ".join(named))
    return figure


# Common nouns of a body that may own an "its" ("the airline", "the charity").
_OWNING_BODY_NOUNS = COLLECTIVE_BODY_NOUNS | COMPANY_NOUNS


def _a_body(tokens: Tokens, subject: int) -> bool:
    """Is the subject a body that may own an "its": a name the recognizer does not call a
    person's, or calls one but sets beside a body's noun ("Brennan Outdoor, the
    camping-gear retailer, said it would close 42 of its 186 stores"), or a body's common
    noun ("The airline grounded 14 of its 60 jets"; round 40)?"""
    if tokens.pos[subject] == "NOUN":
        return tokens.lemma[subject] in _OWNING_BODY_NOUNS
    if tokens.pos[subject] != "PROPN":
        return False
    return tokens.ent[subject] != "PERSON" or any(
        tokens.dep[c] == "appos" and tokens.lemma[c] in _OWNING_BODY_NOUNS
        for c in tokens.children[subject]
    )


def _with_the_reporting_body_s_results(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Karoo Metals said production fell 6% to 812,000 ounces", "Profit fell to $410m,
    Nordvik Shipping said": an item of an account (ACCOUNT_RESULT_NOUNS) with no owner of
    its own, the subject of a clause a named body or country reports, is that body's
    ("Karoo Metals' production"); a person, a pronoun or a dateline reports no owner, and
    a measure that names one already stays (round 36, helper M)."""
    words = figure.measures.split()
    inside = tokens.between(figure.start, figure.end)
    if not words or not len(inside) or re.search(r"[’']s?$", words[0]):
        return figure
    sentence = tokens.sent[inside[0]]
    folded = [w.casefold() for w in words]
    for noun in range(tokens.sent_starts[sentence], inside.start):
        if (
            tokens.lower[noun] not in folded
            or not (
                tokens.lower[noun] in ACCOUNT_RESULT_NOUNS
                or tokens.lemma[noun] in ACCOUNT_RESULT_NOUNS
            )
            or tokens.pos[noun] not in ("NOUN", "PROPN")
            or tokens.dep[noun] not in ("nsubj", "nsubjpass")
            or any(tokens.dep[c] == "poss" for c in tokens.children[noun])
            or any(
                tokens.dep[c] == "prep" and tokens.lower[c] in ("of", "at")
                for c in tokens.children[noun]
            )  # "sales at Harbour Foods": its owner told after it
        ):
            continue
        owner = _reporting_body(tokens, tokens.head[noun], inside)
        if owner is None:
            return figure
        # the name alone ("Lagos-based Okanlawon Foods said": "Okanlawon Foods'"), as
        # the recognizer found it when it holds the subject ("Society of Irish Motor
        # Dealers")
        entity = tokens.entity(owner)
        who = _joined(
            [w for w in entity.text.split() if w.casefold() != "the"]
            if entity is not None and entity.first_token <= owner < entity.last_token
            else [
                *(
                    tokens.text[c]
                    for c in tokens.children[owner]
                    if c < owner and tokens.dep[c] == "compound" and tokens.pos[c] == "PROPN"
                ),
                tokens.text[owner],
            ]
        )
        known = {re.sub(r"[’']s?$", "", w) for w in folded}
        if not who or {w.casefold() for w in who.split()} & known:
            return figure
        first = _account_qualified_from(tokens, noun)
        if first is None:
            return figure  # "The ONS said retail sales fell": a sector's, no one's own
        at = folded.index(tokens.lower[noun])
        told = {tokens.lower[q] for q in range(first, noun) if tokens.lower[q] not in "-–"}
        # past the qualifiers the measure writes before it ("first-half headline earnings")
        while at and any(folded[at - 1].startswith(q) for q in told):
            at -= 1
        if at == 0 and tokens.sent_starts[sentence] == first:  # "Profit fell ...": "profit"
            words = [words[0][:1].lower() + words[0][1:], *words[1:]]
        # ("Pollard's, the bakery chain, said": a name that is a possessive already)
        owned = who if re.search(r"[’']s$", who) else possessive(who)
        return replace(figure, measures=" ".join([*words[:at], owned, *words[at:]]))
    return figure


def _account_qualified_from(tokens: Tokens, noun: int) -> int | None:
    """The first of the words right before an account's item that qualify it as a
    body's own (ACCOUNT_RESULT_QUALIFIERS, a date, a hyphen), `noun` itself when none
    does; None when a modifier of another kind qualifies it ("retail sales")."""
    first = noun
    index = noun - 1
    while index >= 0 and tokens.sent[index] == tokens.sent[noun] and noun - index <= 8:
        word = tokens.lower[index]
        if word in ("-", "–") or word in ACCOUNT_RESULT_QUALIFIERS or tokens.ent[index] == "DATE":
            first = index
            index -= 1
            continue
        if tokens.dep[index] in ("amod", "compound", "nmod") and hangs_within(
            tokens.head, index, noun, 3
        ):
            return None
        break
    return first


def _reporting_body(tokens: Tokens, verb: int, inside: range) -> int | None:
    """The named body or country that reports the clause of `verb` ("Karoo Metals said
    ... even though production fell"), a few clauses up at most; None for a person, a
    pronoun, a common noun or a dateline's place."""
    current = verb
    for _ in range(4):
        if tokens.dep[current] not in ("ccomp", "conj", "advcl"):
            return None
        parent = tokens.head[current]
        if parent == current or tokens.sent[parent] != tokens.sent[current]:
            return None
        current = parent
        if tokens.lemma[current] not in SPEECH_LEMMAS:
            continue
        subjects = [c for c in tokens.children[current] if tokens.dep[c] == "nsubj"]
        if not subjects:
            return None
        subject = subjects[0]
        if (
            subject in inside
            or tokens.pos[subject] != "PROPN"
            or _is_dateline_place(tokens, subject, current)
        ):
            return None
        name = [
            *(
                c
                for c in tokens.children[subject]
                if c < subject and tokens.dep[c] == "compound" and tokens.pos[c] == "PROPN"
            ),
            subject,
        ]
        if tokens.text[subject] in ORG_HEADS:
            return subject  # "Vantor Mining", which the recognizer may call a person
        if (
            tokens.ent[subject] not in ("ORG", "GPE", "NORP", "FAC", "")
            or (tokens.ent[subject] == "" and len(name) < 2)  # a surname, as like as not
            or fold(tokens.text[name[0]]) in GIVEN_NAMES  # "Amara Osei"
            or tokens.lower[name[0]].rstrip(".") in TITLE_WORDS  # "Dr Amara Osei"
        ):
            return None
        return subject
    return None


def _with_the_reporter_s_own(
    tokens: Tokens, figure: FoundFigure, inside: range, near: list[int]
) -> FoundFigure:
    """ "Rowe said 19 of his 38 members had laid off staff": the "his" or "her" beside a
    count in a clause a named person reports is that person's ("Rowe's members"), as
    with a pronoun subject (round 26); any other "his" stays as written."""
    mine = [
        i
        for i in near[:1]  # "of his 820 breeders": the "his" right before the whole
        if tokens.lower[i] in ("his", "her") and tokens.dep[i] == "poss" and i < inside.start
    ]
    words = figure.measures.split()
    if not mine or tokens.lower[mine[0]] not in words:
        return figure
    current = inside[-1]
    for _ in range(6):
        parent = tokens.head[current]
        if parent == current or tokens.sent[parent] != tokens.sent[current]:
            return figure
        person = _person_subject_of(tokens, parent, tokens.lower[mine[0]])
        if person is not None:  # "Malcolm Treadway ... sold 300 of his 820 breeders"
            who = _joined(
                [
                    *(
                        tokens.text[x]
                        for x in tokens.children[person]
                        if x < person and tokens.dep[x] == "compound" and tokens.pos[x] == "PROPN"
                    ),
                    tokens.text[person],
                ]
            )
            at = words.index(tokens.lower[mine[0]])
            if who:
                return replace(
                    figure, measures=" ".join([*words[:at], f"{who}'s", *words[at + 1 :]])
                )
            return figure
        if tokens.pos[parent] in ("VERB", "AUX") and tokens.dep[current] == "ccomp":
            he = "he" if tokens.lower[mine[0]] == "his" else "she"
            # the pronoun's reporter, read as for a pronoun subject
            subjects = [c for c in tokens.children[current] if tokens.dep[c] == "nsubj"]
            if not subjects:
                return figure
            owner = _reporter_of_a_pronoun_named(tokens, he, current)
            if owner is None:
                return figure
            who = _noun_phrase(tokens, owner, inside, False)
            if not who:
                return figure
            at = words.index(tokens.lower[mine[0]])
            return replace(figure, measures=" ".join([*words[:at], f"{who}'s", *words[at + 1 :]]))
        current = parent
    return figure


def _cut_off_measure(text: str, tokens: Tokens, start: int, end: int) -> str:
    """ "Ngata shaved 12 seconds off the Oceania record", "taking 0.9sec off the mark she
    set": a span cut off a record, a best or a journey measures that cut ("cut off
    Oceania record by Ngata"); "" when no "off" and its object follow the span."""
    if not _is_cut_off(text, start, end):
        return ""
    inside = tokens.between(start, end)
    if not len(inside) or inside.stop >= len(tokens) or tokens.lower[inside.stop] != "off":
        return ""
    off = inside.stop
    objects = [c for c in tokens.children[off] if tokens.dep[c] == "pobj"]
    if not objects:
        return ""
    what = _noun_phrase(tokens, objects[0], inside)
    verb = tokens.head[off]
    while verb in inside and tokens.head[verb] != verb:
        verb = tokens.head[verb]
    who = ""
    if tokens.pos[verb] in ("VERB", "AUX"):
        subject, _ = _subject_of(tokens, verb, inside)
        if subject is not None and tokens.pos[subject] == "PROPN":
            who = _noun_phrase(tokens, subject, inside, False)
    who = "" if _DIGIT.search(who) else who  # (a misread time, not a doer)
    return _budget(["cut", "off", what, *(["by", who] if who else [])]) if what else ""


def _ban_measure(tokens: Tokens, preposition: int, inside: range) -> str:
    """ "banned from keeping animals for 10 years", "disqualified for three years from
    driving": the span is the length of a ban, from what it bars."""
    index = preposition
    for _ in range(6):
        parent = tokens.head[index]
        if parent == index or tokens.sent[parent] != tokens.sent[preposition]:
            return ""
        ban = BAN_NOUNS.get(tokens.lemma[parent]) if tokens.pos[parent] == "VERB" else None
        if ban is not None:
            barred = index if tokens.lower[index] == "from" else None
            if barred is None:
                barred = next(
                    (c for c in tokens.children[parent] if tokens.lower[c] == "from"), None
                )
            if barred is None:  # "the jockey was suspended for 21 days": whose ban
                subject, _ = _subject_of(tokens, parent, inside)
                if subject is not None and tokens.pos[subject] in _NOUNS:
                    return _budget([ban, "of", _noun_phrase(tokens, subject, inside, stop=parent)])
                return ban
            last = max(
                (
                    i
                    for i in range(barred, min(barred + _MAX_PHRASE, len(tokens)))
                    if hangs_within(tokens.head, i, barred, 4)
                    and i not in inside
                    and not hangs_within(tokens.head, i, preposition, 4)
                ),
                default=barred,
            )
            words = [
                tokens.text[i]
                for i in range(barred, last + 1)
                if tokens.pos[i] != "DET" and not hangs_within(tokens.head, i, preposition, 4)
            ]
            return _budget([ban, *words])
        index = parent
    return ""


def _subject_of(tokens: Tokens, verb: int, skip: range) -> tuple[int | None, bool]:
    """Who or what does `verb`, and whether the verb is passive: its own subject; the
    antecedent of a relative pronoun ("Pell, who received"); the subject a conjoined
    verb shares ("shares opened higher and rose 4%"); the subject of the verb governing
    an infinitive ("was ordered to pay"); the noun a participle describes ("a reservoir
    costing $1.6bn", "a villa valued at")."""
    passive = False
    current = verb
    priced = _priced_noun_before(tokens, verb, skip)
    if priced is not None:
        return priced, False
    for step in range(4):
        # The subject nearest the verb: "Her work, the Elmstead Library, opened" can come
        # parsed with two subjects; the name beside the verb is the better one.
        for child in sorted(tokens.children[current], key=lambda c: (c > current, -c)):
            role = tokens.dep[child]
            if role in ("nsubj", "nsubjpass") and _is_dateline_place(tokens, child, current):
                # "TORONTO, March 4 (Wire) - Halvorsen Motors is recalling": the dateline's
                # place is no subject; a name the parser hung on it after the dash is.
                named = [
                    c
                    for c in tokens.children[child]
                    if tokens.dep[c] == "appos" and _across_a_dateline(tokens, child, c)
                ]
                if not named:
                    continue
                child = named[-1]
                for _ in range(3):
                    # "JOHANNESBURG, Dec 4 (Reuters) - South Africa's energy regulator
                    # approved": the agency's credit can come parsed as the place's
                    # apposition, the story's subject hung on it (round 17).
                    deeper = [
                        c
                        for c in tokens.children[child]
                        if tokens.dep[c] == "appos" and _across_a_dateline(tokens, child, c)
                    ]
                    if not deeper:
                        break
                    child = deeper[-1]
                if _in_brackets(tokens, child):
                    continue  # the agency's credit alone is no subject
            if role in ("nsubj", "nsubjpass") and child not in skip:
                if _remarks_on_a_subject(tokens, current, child):
                    continue
                if tokens.lower[child] in FLOATING_QUANTIFIERS and any(
                    tokens.dep[c] in ("nsubj", "nsubjpass") and tokens.pos[c] in _NOUNS
                    for c in tokens.children[current]
                    if c < child
                ):
                    continue  # "premiums both grew by 10%": the noun, not "both" (round 29b)
                if _time_read_as_a_second_subject(tokens, current, child):
                    continue
                child = _holder_of_a_with_count(tokens, child)
                child = _named_before_a_remark(tokens, current, child)
                if step == 0:
                    passive = role == "nsubjpass"
                if tokens.lower[child] in _RELATIVES and tokens.dep[current] == "relcl":
                    antecedent = tokens.head[current]
                    return (antecedent if antecedent not in skip else None), passive
                reported = tokens.head[current]
                if (
                    tokens.lower[child] in _RELATIVES
                    and tokens.dep[current] == "ccomp"
                    and tokens.dep[reported] == "relcl"
                    and tokens.pos[tokens.head[reported]] in _NOUNS
                ):
                    # "a scheme that prosecutors say netted $3.7 million": the relative
                    # pronoun of a clause reported inside a relative clause stands for
                    # what that clause describes (round 30a)
                    antecedent = tokens.head[reported]
                    return (antecedent if antecedent not in skip else None), passive
                if (
                    tokens.lower[child] in ("he", "she")
                    and tokens.dep[current] == "ccomp"
                    and tokens.lemma[current] != "have"  # (what one has: the tallies' reading)
                ):
                    # "Dale Marchetti said he had applied for 50 jobs": the "he" of a
                    # clause a named person reports is that person, when sure (round 21's
                    # reading for tallies, for any clause); not one set off by a remark
                    # ("Tom Price, prosecuting, said he had": who speaks for a side)
                    reporter = _reporter_of_a_pronoun_named(tokens, tokens.lower[child], current)
                    if (
                        reporter is not None
                        and reporter not in skip
                        and reporter + 1 == tokens.head[current]
                    ):
                        return reporter, passive
                return child, passive
        parent, dep = tokens.head[current], tokens.dep[current]
        if parent == current or tokens.sent[parent] != tokens.sent[verb]:
            return None, passive
        if dep in ("acl", "relcl") and tokens.pos[parent] in _NOUNS:
            if step == 0:
                passive = tokens.tag[current] == "VBN"
            return (parent if parent not in skip else None), passive
        if (
            dep == "pcomp"
            and tokens.tag[current] == "VBG"
            and tokens.lower[parent] in SAME_DOER_PREPOSITIONS
            and tokens.pos[tokens.head[parent]] in ("VERB", "AUX")
            and tokens.head[parent] != parent
        ):
            # "fell 7% to S$1.62 before closing down 5.2% at S$1.66", "after rising 4%":
            # the participle's doer is the subject of the verb its preposition hangs on.
            current = tokens.head[parent]
            continue
        if dep not in ("xcomp", "conj", "advcl"):
            return None, passive
        speaker = _speaker_of_a_joined_act(tokens, current, parent) if dep == "conj" else None
        if speaker is not None:
            return (speaker if speaker not in skip else None), passive
        if dep == "xcomp":
            # "The judge ordered Harkup to pay": the one told to, not the one telling.
            told = [
                c
                for c in tokens.children[parent]
                if tokens.dep[c] == "dobj" and c < current and c not in skip
            ]
            if told:
                return told[-1], passive
        current = parent
    return None, passive


def _verb_extras(
    tokens: Tokens, verb: int, skip: range, avoid: int | None, limit: int = 3
) -> list[str]:
    """What the verb's clause says about the amount after the verb, three phrases at most:
    its object when the amount is not the object ("billed the public purse"), its
    prepositional phrases ("in pay and bonuses", "over five years"), a purpose ("to
    upgrade its works") or an adverb ("so far")."""
    words: list[str] = []
    phrases = 0
    start = max(verb, avoid if avoid is not None and limit == 1 else verb)
    for child in tokens.children[verb]:
        if child <= start or child in skip or child == avoid or phrases >= limit:
            continue
        if avoid is not None and hangs_within(tokens.head, avoid, child, 4):
            continue
        piece = _extra_phrase(tokens, verb, child, skip)
        if piece:
            words += piece
            # "grew 2.9 per cent year on year in the third quarter": the basis of a
            # comparison is no phrase of its own; the time after it is still read
            basis = len(piece) == 3 and piece[1].lower() == "on" and piece[0] == piece[2]
            phrases += not basis
    return words


def _compared_phrase(tokens: Tokens, preposition: int, skip: range) -> list[str]:
    """ "than the previous course best": what a margin is measured against."""
    if tokens.lower[preposition] != "than":
        return []
    objects = [c for c in tokens.children[preposition] if tokens.dep[c] == "pobj"]
    if not objects or objects[0] in skip or tokens.pos[objects[0]] not in _NOUNS:
        return []
    return [tokens.text[preposition], _noun_phrase(tokens, objects[0], skip)]


def _extra_phrase(tokens: Tokens, verb: int, child: int, skip: range) -> list[str]:
    dep = tokens.dep[child]
    if dep in ("prep", "dative") and tokens.lower[child] not in ("than", "as", "like"):
        objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
        if (
            objects
            and objects[0] not in skip
            and tokens.pos[objects[0]] in _NOUNS
            and tokens.lower[child] not in _WHEN_PREPS
            and not _other_level_of_time(tokens, child, objects[0])
        ):
            if child > 0 and tokens.lower[child - 1] == tokens.lower[objects[0]] == (
                tokens.lower[child + 1] if child + 1 < len(tokens) else ""
            ):  # "year on year", "month on month": one phrase
                return [tokens.text[child - 1], tokens.text[child], tokens.text[child + 1]]
            return [tokens.text[child], _noun_phrase(tokens, objects[0], skip)]
        # "set aside £80m for adapting existing homes": what the amount is for
        doing = [c for c in tokens.children[child] if tokens.dep[c] == "pcomp"]
        if tokens.lower[child] == "for" and doing and tokens.tag[doing[0]] == "VBG":
            done = [c for c in tokens.children[doing[0]] if tokens.dep[c] == "dobj"]
            if done and done[0] not in skip and tokens.pos[done[0]] in _NOUNS:
                return [
                    tokens.text[child],
                    tokens.text[doing[0]],
                    _noun_phrase(tokens, done[0], skip, False),
                ]
    elif dep == "dobj" and tokens.pos[child] in _NOUNS:
        return [_noun_phrase(tokens, child, skip, False)]
    elif dep in ("xcomp", "advcl") and tokens.pos[child] == "VERB":
        marker = [c for c in tokens.children[child] if tokens.dep[c] == "aux"]
        objects = [c for c in tokens.children[child] if tokens.dep[c] == "dobj"]
        if marker and tokens.lower[marker[0]] == "to":
            if objects and objects[0] not in skip:
                return ["to", tokens.text[child], _noun_phrase(tokens, objects[0], skip, False)]
            return ["to", tokens.text[child]]
        unmarked = not any(tokens.dep[c] == "mark" for c in tokens.children[child])
        if tokens.tag[child] == "VBG" and unmarked and objects and objects[0] not in skip:
            # "spent £2m signing the midfielder": what the money or the time went on.
            return [tokens.text[child], _noun_phrase(tokens, objects[0], skip, False)]
    elif dep in ("prt", "advmod") and tokens.pos[child] in ("ADP", "ADV") and child <= verb + 3:
        return [*(tokens.text[c] for c in tokens.children[child] if c < child), tokens.text[child]]
    return []


def _purpose_of(tokens: Tokens, noun: int, skip: range) -> list[str]:
    """ "a €3.2m grant to repair the pier", "€900,000 for street lighting": what a sum
    is for, as an infinitive on its noun or a "for" phrase on it; [] when it has none."""
    for child in tokens.children[noun]:
        if child <= noun or child in skip:
            continue
        if tokens.dep[child] in ("acl", "relcl") and tokens.pos[child] == "VERB":
            marks = [c for c in tokens.children[child] if tokens.dep[c] == "aux" and c == child - 1]
            if marks and tokens.lower[marks[0]] == "to":
                return ["to", *_words_under(tokens, child, skip)]
        if tokens.dep[child] == "prep" and tokens.lower[child] == "for":
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.ent[objects[0]] not in _WHEN:
                return ["for", _noun_phrase(tokens, objects[0], skip)]
    return []


def _paid_to(tokens: Tokens, verb: int, skip: range, extras: list[str]) -> list[str]:
    """ "would pay each of its 410,000 members about £1,500": whom a sum is paid or given
    to, when the verb's other words do not say it already (["to", ...] or [])."""
    for child in tokens.children[verb]:
        # (the parser may read the first of two objects as a direct object: "pay each of")
        recipient = tokens.dep[child] == "dative" or (
            tokens.dep[child] == "dobj" and len(skip) > 0 and child < skip.start
        )
        bare = tokens.pos[child] == "PRON" and not tokens.children[child]
        if not recipient or child in skip or bare:
            continue
        if tokens.pos[child] == "NUM" or tokens.ent[child] == "MONEY":
            continue  # "cost €90 a night, or €70 for members": another sum, no payee
        if tokens.text[child] in extras:
            return []
        words = [w for w in _noun_phrase(tokens, child, skip).split() if not _DIGIT.search(w)]
        return ["to", *words] if words else []
    return []


def _those_of(tokens: Tokens, pronoun: int, skip: range) -> str:
    """ "Exports to Germany rose 4%, while those to France fell 2%": "those" with its own
    phrase stands for the noun the clause it answers is about ("Exports to France"), or
    ""."""
    own = [c for c in tokens.children[pronoun] if tokens.dep[c] == "prep" and c == pronoun + 1]
    if tokens.lower[pronoun] != "those" or not own:
        return ""
    verb = tokens.head[pronoun]
    if tokens.dep[verb] not in ("advcl", "conj") or tokens.head[verb] >= pronoun:
        return ""
    answered, _ = _subject_of(tokens, tokens.head[verb], skip)
    if answered is None or tokens.pos[answered] not in _NOUNS or answered >= pronoun:
        return ""
    words = _extra_phrase(tokens, pronoun, own[0], skip)
    return _joined([tokens.text[answered], *words]) if words else ""


def _own_phrases(
    tokens: Tokens, amount: int, skip: range, preps: frozenset[str] = _KIND_PREPS
) -> list[str]:
    """ "£1.3m in pay and bonuses", "$350 per container": a phrase on the amount itself
    that says what kind of money it is (or, for a comparison, when or where it held)."""
    words: list[str] = []
    for child in tokens.children[amount]:
        if child > amount and tokens.dep[child] == "prep" and tokens.lower[child] in preps:
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and (tokens.ent[objects[0]] not in _WHEN or preps is not _KIND_PREPS):
                words += [tokens.text[child], _noun_phrase(tokens, objects[0], skip)]
    return words


def _named(tokens: Tokens, noun: int, skip: range) -> str:
    """A doer's short phrase, with the proper name beside it ("her best-known work, the
    Elmstead Library")."""
    phrase = _noun_phrase(tokens, noun, skip, False)
    name = _appositive_name(tokens, noun, skip)
    phrase = f"{phrase}, {name}" if name and name not in phrase else phrase
    partners = _joined_doers(tokens, noun, skip)
    if not partners:
        # "Acme or Zenith will cut 900 jobs": one of the two, never the first alone
        # (round 25)
        other = _alternative_doer(tokens, noun, skip)
        return f"{phrase} or {other}" if other else phrase
    # "Bluecrest and Tarran Airways cancelled 40 flights": the flights both cancelled,
    # never the first one's alone (round 21).
    return ", ".join([phrase, *partners[:-1]]) + f" and {partners[-1]}"


def _alternative_doer(tokens: Tokens, noun: int, skip: range) -> str:
    """The one noun offered as the doer's alternative by "or" ("Acme or Zenith"), as
    its short phrase; "" when there is none or more than one."""
    partners = [
        c
        for c in tokens.children[noun]
        if tokens.dep[c] == "conj"
        and c > noun
        and c not in skip
        and tokens.pos[c] in ("PROPN", "NOUN")
        and tokens.sent[c] == tokens.sent[noun]
    ]
    if len(partners) != 1 or any(tokens.dep[c] == "conj" for c in tokens.children[partners[0]]):
        return ""
    offered = any(
        tokens.dep[c] == "cc" and tokens.lower[c] == "or" and noun < c < partners[0]
        for c in (*tokens.children[noun], *tokens.children[partners[0]])
    )
    return _noun_phrase(tokens, partners[0], skip, False) if offered else ""


def _joined_doers(tokens: Tokens, noun: int, skip: range) -> list[str]:
    """The nouns joined to a doer by "and" ("Bluecrest and Tarran Airways", "Police and
    paramedics", "Acme, Zenith and Orbis"), each as its short phrase, in order."""
    joined: list[str] = []
    at = noun
    while len(joined) < 3:
        partner = next(
            (
                c
                for c in tokens.children[at]
                if tokens.dep[c] == "conj"
                and c > at
                and c not in skip
                and tokens.pos[c] in ("PROPN", "NOUN")
                and tokens.sent[c] == tokens.sent[noun]
            ),
            None,
        )
        if partner is None:
            break
        # (joined by "and", or listed with commas before the last "and"; never "or")
        linked = any(
            tokens.dep[c] == "cc" and tokens.lower[c] in ("and", "&")
            for c in (*tokens.children[at], *tokens.children[partner])
        ) or any(tokens.lower[i] == "," for i in range(at + 1, partner))
        if not linked or any(
            tokens.dep[c] == "cc" and tokens.lower[c] in ("or", "nor")
            for c in (*tokens.children[at], *tokens.children[partner])
        ):
            return []  # "Acme, Zenith or Orbis will cut jobs": one of them, not all
        joined.append(_noun_phrase(tokens, partner, skip, False))
        at = partner
    return joined


def _appositive_name(tokens: Tokens, noun: int, skip: range) -> str:
    """ "Shares in Severnvale's parent, Midlands Utilities": a proper name in apposition
    to the phrase's last noun, kept with it."""
    for index in _heads_chain(tokens, noun):
        for child in tokens.children[index]:
            if (
                tokens.dep[child] == "appos"
                and child not in skip
                and tokens.pos[child] == "PROPN"
                and child > index
                and child - index <= 6
            ):
                name = _noun_phrase(tokens, child, skip, False)
                return name if " " in name else ""  # a name, not a title ("MP")
    return ""


def _level_of_the_subject(tokens: Tokens, noun: int, inside: range) -> str:
    """ "Egg production was 2% lower, at 251 million dozen", "Exports fell 3%, at 41,000
    cars": a count told "at" the level of a clause that is, or changed, says the level of
    the clause's subject, not the counted noun alone. "" when it does not apply."""
    at = tokens.head[noun]
    verb = tokens.head[at]
    if tokens.dep[noun] != "pobj" or tokens.lower[at] != "at" or at == verb:
        return ""
    if tokens.lemma[verb] != "be" and tokens.lemma[verb] not in CHANGE_NOUNS:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)


def _rate_of_the_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "The incidence of Lyme disease rose to 14.2 cases per 100,000 people", "the rate
    was 41 cases per 100,000 person-years", "The suicide rate was 14.8 per 100,000
    people": an amount told per a base, as the level of a clause whose verb is a copula or
    a change, is the level of the clause's subject (the rate), in the base's terms; not
    the counted noun alone. "" when it does not apply."""
    after = inside.stop
    if after + 1 >= len(tokens):
        return ""
    counted: int | None = None
    if tokens.lower[after] == "per":  # "14.8 per 100,000 people": no counted noun
        anchor = root
        while after < tokens.head[anchor] <= after + 4:
            anchor = tokens.head[anchor]
        if anchor == root:
            return ""
    elif tokens.head[root] == after and tokens.pos[after] in _NOUNS:
        if tokens.lower[after + 1] != "per":
            return ""
        anchor = counted = after
    else:
        return ""
    verb = tokens.head[anchor]
    if tokens.dep[anchor] == "pobj" and tokens.lower[verb] in ("to", "at"):
        verb = tokens.head[verb]
    elif tokens.dep[anchor] != "attr":
        return ""
    if tokens.lemma[verb] not in _COPULAS and tokens.lemma[verb] not in CHANGE_NOUNS:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)
    # "Among adults who had never smoked, the rate was ...": whose rate it is
    phrase = _joined([phrase, _fronted_phrase(tokens, verb)])
    if counted is None:
        return phrase
    per = counted + 1
    terms = [
        tokens.text[i]
        for i in range(counted, min(per + 5, len(tokens)))
        if i == counted or hangs_within(tokens.head, i, per, 3)
    ]
    return _budget([phrase + ",", *terms])


def _share_made_up_by(tokens: Tokens, root: int, whole: str, skip: range) -> str:
    """ "Women make up 38% of the workforce", "Nurses make up one in five of them",
    "Exports account for a quarter of sales": the share of the whole that the subject
    is ("share of workforce made up by Women"), not "Women make workforce". "" otherwise."""
    verb = tokens.head[root]
    if tokens.dep[root] == "dobj" and tokens.lemma[verb] == "make":
        if not any(
            tokens.dep[c] == "prt" and tokens.lower[c] == "up" for c in tokens.children[verb]
        ):
            return ""
        told = "made up by"
    elif tokens.dep[root] == "pobj" and tokens.lower[verb] == "for":
        verb = tokens.head[verb]
        if tokens.lemma[verb] != "account":
            return ""
        told = "accounted for by"
    else:
        return ""
    subject, _ = _subject_of(tokens, verb, skip)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    who = _noun_phrase(tokens, subject, skip, stop=verb)
    share = any(  # "accounted for 152,300 of the pathways": a count of them, no share
        tokens.lower[i] in (*_PERCENT_WORDS, "in") or _FRACTION_WORD.match(tokens.text[i])
        for i in skip
    )
    return _budget(["share of" if share else "", whole, told, who])


def _linked_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "Rainfall in July was 160 per cent of the average": the subject a copula links the
    amount to, or ""."""
    verb = tokens.head[root]
    if (
        tokens.dep[root] == "pobj"
        and tokens.lower[verb] in ("at", "to")
        and tokens.head[verb] != verb
        and tokens.lemma[tokens.head[verb]] in ("be", "stand", "fall", "rise", "drop")
        and verb == inside.start - 1
    ):  # "The reservoir is at 61% of capacity", "stocks fell to 48% of capacity" (round 18)
        root, verb = verb, tokens.head[verb]
    elif tokens.dep[root] != "attr" or tokens.lemma[verb] != "be":
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, subject, inside, stop=verb)


def _standing_in_a_poll(tokens: Tokens, root: int, inside: range) -> str:
    """ "The poll put Fianna Fáil on 22% and Sinn Féin on 31%", "the Conservatives on
    27%", "The Tories were on 24%": a share "on" which a named party or candidate stands
    is its support ("support for Fianna Fáil"), not "put Fianna Fáil on". "" otherwise."""
    on = tokens.head[root]
    if (
        tokens.dep[root] != "pobj"
        or tokens.lower[on] not in ("on", "to")
        or on != inside.start - 1
        or not any(tokens.lower[i] in _PERCENT_WORDS for i in inside)
    ):
        return ""
    holder = on - 1  # "the Conservatives on 27%", "put Sinn Féin on 31%"
    if tokens.lower[on] == "to":
        # Round 33: "One Nation fell to 6 per cent", "Fianna Fáil is down two points to
        # 17 per cent", "the Social Democrats have climbed to 9 per cent": the level a
        # named party's change reached, the verb's subject (a verb with no object: "cut
        # rates to 2%" is no standing).
        verb = tokens.head[on]
        moved = CHANGE_NOUNS.get(tokens.lower[verb])  # ("down", "up")
        if tokens.pos[verb] == "ADV" and moved and tokens.head[verb] != verb:
            verb = tokens.head[verb]
        elif tokens.pos[verb] != "VERB" or tokens.lemma[verb] not in CHANGE_NOUNS:
            return ""
        children = tokens.children[verb][:16]  # (a bounded read)
        named = [c for c in children if tokens.dep[c] == "nsubj" and c < verb]
        if not named or any(tokens.dep[c] == "dobj" for c in children):
            return ""
        holder = named[0]
        lone = tokens.sent_starts[tokens.sent[holder]] == holder and not tokens.children[holder]
        if lone and tokens.ent[holder] not in ("ORG", "NORP"):
            return ""  # ("Turnout fell to 41 per cent": a capital the recognizer calls a name)
    elif tokens.pos[holder] in ("VERB", "AUX"):
        # "The Tories were on 24%", "Reform UK leads on 29%": the subject of a verb of
        # standing right before "on"
        named = [c for c in tokens.children[holder] if tokens.dep[c] == "nsubj" and c < holder]
        if tokens.lemma[holder] not in POLL_HOLDING_LEMMAS or tokens.head[on] != holder:
            return ""
        if not named:
            return ""
        holder = named[0]
    bare_name = tokens.lower[on] == "on"  # (a level "to" needs a name the recognizer knows:
    # not "Turnout fell to 41 per cent", a capital at the sentence's start)
    if holder < 0 or not (
        (bare_name and tokens.pos[holder] == "PROPN" and tokens.ent[holder] not in ("GPE", "LOC"))
        or tokens.ent[holder] in ("ORG", "NORP", "PERSON")
        or _a_party_ending_in_a_place(tokens, holder)
    ):
        return ""  # ("with Germany on 2.1%": a country's rate)
    sentence = tokens.sent[on]
    first = tokens.sent_starts[max(0, sentence - 2)]
    # (or later in its own sentence, round 21: "Reform UK on 19%, ..., the poll found")
    last = (
        tokens.sent_starts[sentence + 1] if sentence + 1 < len(tokens.sent_starts) else len(tokens)
    )
    if not any(tokens.lemma[i] in POLL_STANDING_LEMMAS for i in range(first, last)):
        return ""
    return _budget(["support for", _noun_phrase(tokens, holder, inside, False)])


def _gapped_change(tokens: Tokens, inside: range) -> str:
    """ "The unit rate for electricity will rise to 26.2p, and gas to 6.6p", "Bread rose by
    4% and milk by 6%", "The standing charge rises to 60.1p a day and the unit rate to
    27.3p": a second clause that leaves out the verb of change it shares with the first
    tells the level ("to") or the change ("by") of its own noun, which stands in the
    first subject's "for"/"of" phrase when it is of another kind ("unit rate for gas").
    "" otherwise."""
    link = inside.start - 1
    if link < 3 or inside.start >= len(tokens) or tokens.lower[link] not in ("to", "by"):
        return ""
    noun = link - 1
    verb = tokens.head[noun]
    if (
        tokens.pos[noun] not in _NOUNS
        or tokens.dep[noun] != "conj"
        or tokens.pos[verb] != "VERB"
        or verb >= noun
    ):
        return ""
    change = CHANGE_NOUNS.get(tokens.lemma[verb]) or _phrasal_change(tokens, verb)
    first = min([noun, *(c for c in tokens.children[noun] if c < noun)])
    if change is None or first < 1 or tokens.lower[first - 1] != "and":
        return ""
    phrase = _noun_phrase(tokens, noun, inside, False)
    subject, _ = _subject_of(tokens, verb, inside)
    if (
        subject is not None
        and tokens.pos[subject] in _NOUNS
        and tokens.lemma[subject] != tokens.lemma[noun]
    ):
        framed = [
            c
            for c in tokens.children[subject]
            if tokens.dep[c] == "prep" and tokens.lower[c] in ("for", "of") and c == subject + 1
        ]
        if framed and " " not in phrase:  # "the unit rate for electricity ... and gas"
            head = _noun_phrase(tokens, subject, inside, False, stop=framed[0])
            phrase = _joined([head, tokens.text[framed[0]], phrase])
    return _budget([change, "in", phrase] if tokens.lower[link] == "by" else [phrase])


def _named_change_then_level(tokens: Tokens, inside: range) -> str:
    """ "Council tax bills face a rise of 4.99% to £2,104", "Melbourne lagged with a rise
    of 1.9 per cent to $812,000", "an increase of 12% to £88m in operating profit": after
    a change named as a noun, the amount after "of" is the change ("rise in council tax
    bills") and the one after "to" the level of what changed (its "in" phrase, or else the
    subject of the clause the noun is in). "" otherwise."""
    if not len(inside) or inside.start < 3 or inside.stop >= len(tokens):
        return ""
    before = inside.start - 1
    if tokens.lower[before] == "of":  # the change: "a rise of 4.99% to ..."
        after = inside.stop
        if tokens.lower[after] != "to" or after + 1 >= len(tokens):
            return ""
        following = after + 1
        if tokens.pos[following] not in ("NUM", "SYM") and not _DIGIT.search(
            tokens.text[following]
        ):
            return ""
        noun, level = before - 1, False
    elif tokens.lower[before] == "to":  # the level: "... of 4.99% to £2,104"
        window = range(before - 1, max(0, before - 7), -1)
        of = next((i for i in window if tokens.lower[i] == "of"), None)
        if of is None or not all(
            tokens.pos[i] in ("NUM", "SYM", "NOUN") for i in range(of + 1, before)
        ):
            return ""
        noun, level = of - 1, True
    else:
        return ""
    if tokens.pos[noun] != "NOUN" or tokens.lemma[noun] not in _CHANGE_NOUN_WORDS:
        return ""
    # what changed "in": on the noun, or on its verb after the amounts ("posted a fall of
    # 8% to £41m in pre-tax profit")
    holders = [noun, tokens.head[noun]] if tokens.dep[noun] == "dobj" else [noun]
    changed = [
        o
        for h in holders
        for c in tokens.children[h]
        if tokens.dep[c] == "prep" and tokens.lower[c] == "in" and c > noun
        for o in tokens.children[c]
        if tokens.dep[o] == "pobj" and tokens.pos[o] in _NOUNS and o not in inside
    ]
    if changed:
        thing = _noun_phrase(tokens, changed[0], inside, False)
    else:
        holder = tokens.head[noun]
        if tokens.dep[noun] == "pobj" and tokens.lower[holder] == "with":
            holder = tokens.head[holder]  # "lagged with a rise of"
        elif tokens.dep[noun] != "dobj":
            return ""
        if tokens.pos[holder] != "VERB" or tokens.lemma[holder] not in CHANGE_UNDERGOING_LEMMAS:
            return ""
        subject, _ = _subject_of(tokens, holder, inside)
        if (
            subject is None
            or tokens.pos[subject] not in _NOUNS
            or tokens.ent[subject] in ("PERSON", "ORG", "NORP")
            or _is_person_noun(tokens.lemma[subject])
        ):
            return ""
        thing = _noun_phrase(tokens, subject, inside, stop=holder)
    if not thing:
        return ""
    return thing if level else _budget([tokens.text[noun], "in", thing])


def _change_on_a_copula(tokens: Tokens, verb: int, root: int, inside: range) -> str:
    """ "Exports were 3% down on last year", "Passenger numbers were 11 per cent up on
    2024": "up" or "down" right after an amount on a copula makes the amount a change of
    the subject (not its level), against what "on" or "from" names. "" otherwise."""
    after = inside.stop
    if after >= len(tokens):
        return ""
    if verb == after:  # the parser hung the amount on "up", and "up" on the copula
        verb = tokens.head[after]
    if not (
        tokens.lemma[verb] in _COPULAS
        and tokens.head[after] in (verb, *inside)
        and tokens.dep[after] == "advmod"
        and tokens.lower[after] in _CHANGE_ADVERBS
    ):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)
    against = after + 1
    words: list[str] = []
    if (
        against < len(tokens)
        and tokens.dep[against] == "prep"
        and tokens.lower[against] in ("on", "from")
        and tokens.head[against] in (verb, after, *inside)
    ):
        words = [tokens.text[against], *_set_against(tokens, against)]
    return _budget([CHANGE_NOUNS[tokens.lower[after]], "in", phrase, *words])


def _changed_by(tokens: Tokens, by: int, inside: range) -> str:
    """ "with the number from China down by a fifth", "with exports up by 4%", "Ticket
    sales were down by a quarter on last season": "up by" or "down by" an amount is a
    change of the noun that is up or down (a rise or a fall in it), against what "on" or
    "from" after the amount names. "" otherwise."""
    adverb = by - 1
    if tokens.lower[by] != "by" or adverb < 0 or tokens.lower[adverb] not in _CHANGE_ADVERBS:
        return ""
    owner: int | None = None
    if tokens.head[by] == adverb:
        subjects = [c for c in tokens.children[adverb] if tokens.dep[c] in ("nsubj", "nsubjpass")]
        verb = tokens.head[adverb]
        if subjects:  # "with the number from China down by a fifth"
            owner = subjects[0]
        elif verb != adverb and tokens.lemma[verb] in _COPULAS:  # "sales were down by"
            owner, _ = _subject_of(tokens, verb, inside)
        elif verb < adverb and tokens.pos[verb] in _NOUNS:
            owner = verb
    elif tokens.head[by] == tokens.head[adverb] != adverb:
        shared = tokens.head[by]
        if tokens.lemma[shared] in _COPULAS:  # "profits were up by £2m"
            owner, _ = _subject_of(tokens, shared, inside)
        elif shared < adverb:  # "with exports up by 4%": both hang on the noun
            owner = shared
    if owner is None or tokens.pos[owner] not in _NOUNS or owner in inside:
        return ""
    phrase = _noun_phrase(tokens, _through_frames(tokens, owner), inside, stop=adverb)
    after = inside.stop
    against = (
        [tokens.text[after], *_set_against(tokens, after)]
        if after < len(tokens) and tokens.lower[after] in ("on", "from")
        else []
    )
    return _budget([CHANGE_NOUNS[tokens.lower[adverb]], "in", phrase, *against])


def _sample_measure(tokens: Tokens, start: int, end: int) -> tuple[str, str] | None:
    """ "a Phase 3 trial of 2,410 adults", "A survey of 600 households by the Red
    Crescent": the people or things a study looked at, told as its sample ("adults in the
    trial"), not as whatever the sentence's verb did (round 30): the unit and the
    measure, or None when it does not apply."""
    inside = tokens.between(start, end)
    if not len(inside):
        return None
    number = inside[-1]
    counted = tokens.head[number]
    if tokens.dep[number] != "nummod" or tokens.pos[counted] not in ("NOUN", "PROPN"):
        return None
    link = tokens.head[counted]
    study = tokens.head[link]
    if (
        tokens.dep[counted] != "pobj"
        or tokens.lower[link] != "of"
        or tokens.lemma[study] not in SAMPLED_NOUNS
    ):
        return None
    phrase = _noun_phrase(tokens, counted, inside, False)
    return tokens.lower[counted], _budget([phrase, "in the", tokens.lower[study]])


def _population_measure(tokens: Tokens, start: int, end: int) -> str:
    """ "Thornby Moor, a market town of 9,000 people", "the island, home to 2,300 people":
    a count of the people a place is made of is its population ("population of Thornby
    Moor"), not the town's people. "" when it does not apply."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    number = inside[-1]
    people = tokens.head[number]
    if tokens.dep[number] != "nummod" or tokens.lower[people] not in POPULATION_NOUNS:
        return ""
    link = tokens.head[people]
    place = tokens.head[link]
    if tokens.dep[people] != "pobj" or tokens.lower[link] not in ("of", "to"):
        return ""
    if tokens.lower[link] == "to":  # "home to 2,300 people"
        if tokens.lower[place] != "home":
            return ""
        place = tokens.head[place]
    if tokens.lemma[place] not in SETTLEMENT_NOUNS or place == people:
        return ""
    named = tokens.head[place] if tokens.dep[place] in ("appos", "advmod") else None
    if named is None or tokens.pos[named] != "PROPN":
        named = next(
            (c for c in tokens.children[place] if tokens.dep[c] == "appos"),
            None,
        )
        named = named if named is not None and tokens.pos[named] == "PROPN" else None
    where = named if named is not None else place
    return _budget(["population of", _noun_phrase(tokens, where, inside, False)])


def _with_absolute(
    tokens: Tokens, root: int, with_: int, participle: int | None, inside: range
) -> str:
    """ "Attendance held up, with 91% of pupils attending", "pupils in London did better,
    with 74% reaching the threshold": the share of the group (its "of" phrase, or else
    the subject of the clause the "with" hangs on) doing what the participle says, or ""."""
    group_of = [
        o
        for c in tokens.children[root]
        if tokens.dep[c] == "prep" and tokens.lower[c] == "of"
        for o in tokens.children[c]
        if tokens.dep[o] == "pobj" and tokens.pos[o] in _NOUNS
    ]
    holders = [group_of[0], root] if group_of else [root]
    doing = [participle] if participle is not None else []
    doing += [
        c
        for holder in holders
        for c in tokens.children[holder]
        if tokens.dep[c] in ("acl", "relcl") and tokens.tag[c] in ("VBG", "VBN") and c > holder
    ]
    if not doing:
        return ""
    if group_of:
        group = _noun_phrase(tokens, group_of[0], inside, False)
    else:
        subject, _ = _subject_of(tokens, tokens.head[with_], inside)
        if subject is None or tokens.pos[subject] not in _NOUNS:
            return ""
        group = _noun_phrase(tokens, subject, inside, stop=tokens.head[with_])
    share = ["share of"] if any(tokens.lower[i] in _PERCENT_WORDS for i in inside) else []
    return _budget([*share, group, *_words_under(tokens, doing[0], inside)])


def _fronted_group(tokens: Tokens, verb: int, skip: range) -> str:
    """ "Of the 1,200 pupils who sat the exam, 340 achieved": the group an "of" phrase
    set before the clause names, or ""."""
    for child in tokens.children[verb]:
        if tokens.dep[child] == "prep" and tokens.lower[child] == "of" and child < verb:
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.pos[objects[0]] in _NOUNS:
                return _noun_phrase(tokens, objects[0], skip, False)
    return ""


def _compared_measure(tokens: Tokens, root: int, head: int, dep: str, inside: range) -> str:
    """ "Milk yields were 2.5 per cent lower in the seaweed group", "prices were 4% higher
    than a year earlier", "were 30 per cent less likely to be readmitted": an amount that
    says by how much a comparison differs measures its subject, compared as written."""
    session = _session_change(tokens, head) if dep in ("npadvmod", "advmod") else None
    if session:
        # "The index ended 0.3 per cent higher", "finished 0.2% down": a session's move,
        # not a comparison
        subject, _ = _subject_of(tokens, tokens.head[head], inside)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            who = _noun_phrase(tokens, subject, inside, stop=tokens.head[head])
            return _budget([session, "in", who])
    if dep != "npadvmod" or tokens.pos[head] not in ("ADJ", "ADV"):
        return ""
    degree = [c for c in tokens.children[head] if tokens.lower[c] in ("less", "more") and c < head]
    if (
        tokens.lower[head] in ("less", "more")
        and tokens.dep[head] == "advmod"
        and tokens.pos[tokens.head[head]] in ("ADJ", "ADV")
    ):  # "30 per cent less likely": the amount hangs on "less"
        degree, head = [head], tokens.head[head]
    # "87 per cent effective": a share of a quality, not only a comparison.
    share = tokens.lower[root] in ("%", "cent", "percent") and tokens.pos[head] == "ADJ"
    if tokens.tag[head] not in _COMPARATIVE_TAGS and not degree and not share:
        return ""
    verb = tokens.head[head]
    if (
        verb == head
        or tokens.pos[verb] not in ("VERB", "AUX")
        or tokens.dep[head]
        not in (
            "acomp",
            "advmod",
            "oprd",
        )
    ):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None:
        return ""
    told = [*(tokens.text[c] for c in degree), *_words_under(tokens, head, inside)]
    if tokens.pos[subject] == "PRON" and degree and len(told) > 3:
        # "those who ate 14 eggs a week were 19 per cent more likely to suffer a stroke"
        # (round 29b): the comparison with what it is to do, not a bare "more likely",
        # up to what it is set against ("than") and with no word left hanging at the cut
        told = told[: told.index("than")] if "than" in told else told
        kept = _budget(told).split()
        while kept and (kept[-1].lower() in _STOP_WORDS or kept[-1].lower() == "of"):
            kept.pop()
        return " ".join(kept)
    if tokens.pos[subject] not in _NOUNS:
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    return _budget([who, *told])


def _compared_noun(tokens: Tokens, head: int, dep: str, inside: range) -> str:
    """ "a 24% higher risk of bowel cancer", "a 12% greater chance of developing asthma":
    an amount that says by how much a compared noun differs measures that noun, with what
    it is of ("higher risk of bowel cancer", not "higher risk"). "" otherwise."""
    if dep != "npadvmod" or tokens.tag[head] not in _COMPARATIVE_TAGS:
        return ""
    noun = tokens.head[head]
    if tokens.dep[head] != "amod" or noun <= head or tokens.pos[noun] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, noun, inside)


def _in_a_time(tokens: Tokens, preposition: int) -> bool:
    """ "in a fortnight", "in the third quarter", "in 2024": an "in" phrase of time."""
    objects = [c for c in tokens.children[preposition] if tokens.dep[c] == "pobj"]
    return bool(objects) and (
        tokens.ent[objects[0]] in ("DATE", "TIME")
        or is_duration(tokens.text[objects[0]])
        or tokens.lower[objects[0]] in REPORTING_PERIOD_NOUNS
    )


def _size_of_a_named_change(tokens: Tokens, governor: int, skip: range) -> str:
    """ "an increase in parking charges of 12%", "a fall in applications of 14%", "a
    smaller increase in risk, of 9%": an amount "of" a change named as a noun, with what
    changes "in" it, is the size of the change ("increase in parking charges"), not the
    thing that changed. "" otherwise."""
    change = governor
    if tokens.dep[governor] == "pobj" and tokens.lower[tokens.head[governor]] == "in":
        change = tokens.head[tokens.head[governor]]  # "of" hung on the changed noun
    elif not any(
        tokens.dep[c] == "prep" and tokens.lower[c] == "in" and not _in_a_time(tokens, c)
        for c in tokens.children[governor]
    ):  # ("a gain of 22% in a fortnight": a time, not what changed)
        return ""
    if change == governor and tokens.head[governor] == governor:
        return ""
    if tokens.lemma[change] not in _CHANGE_NOUN_WORDS or tokens.pos[change] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, change, skip)


def _framed_change(tokens: Tokens, frame_noun: int, frame: str, skip: range) -> str:
    """ "House prices rose by an average of 3.2%": the frame of a change, "average rise
    in house prices"."""
    by = tokens.head[frame_noun]
    verb = tokens.head[by]
    if tokens.dep[frame_noun] != "pobj" or tokens.lower[by] != "by" or verb == by:
        return ""
    change = CHANGE_NOUNS.get(tokens.lemma[verb])
    subject, _ = _subject_of(tokens, verb, skip)
    if change is None or subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _budget([frame, change, "in", _noun_phrase(tokens, subject, skip, stop=verb)])


def _changed_by_clause(tokens: Tokens, noun: int, skip: range) -> str:
    """ "Emissions fell to 5.2m tonnes, a drop of 9%", "Shares closed at 412p, a fall of
    6%": a change noun set beside a clause (as its adverb, or in apposition to its
    amount) is a change in that clause's subject; "" when there is none."""
    if tokens.dep[noun] not in ("npadvmod", "appos"):
        return ""
    verb = tokens.head[noun]
    for _ in range(3):
        if tokens.pos[verb] == "VERB" or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] != "VERB" or tokens.sent[verb] != tokens.sent[noun]:
        return ""
    subject, _ = _subject_of(tokens, verb, skip)
    if subject is None or tokens.pos[subject] not in _NOUNS or subject in skip:
        return ""
    return _noun_phrase(tokens, subject, skip, stop=verb)


def _appositive_of(tokens: Tokens, noun: int, skip: range) -> str:
    """ "Oakfield House, a 46-bed home": the name a described noun stands beside."""
    name = tokens.head[noun]
    # "the Harrowgate Fen solar farm, a 150MW scheme": a common noun named by its
    # proper-noun modifiers is a name too.
    named = tokens.pos[name] == "PROPN" or any(
        tokens.pos[c] == "PROPN" and tokens.dep[c] in ("compound", "nmod") and c < name
        for c in tokens.children[name]
    )
    if tokens.dep[noun] != "appos" or not named or name in skip:
        return ""
    if _across_a_dateline(tokens, name, noun):
        return ""
    return _noun_phrase(tokens, name, skip, False)


_PERIODS = "|".join(sorted(REPORTING_PERIOD_NOUNS | {"year", "month", "week"}))
# Round 29b: the time an amount held at, said right after it (or after its unit word).
_TIME_HELD_AT = re.compile(
    r"(?:\s+(?P<unit>[a-z]+))?\s+(?P<time>"
    rf"(?:a|one) (?:{_PERIODS}) (?:{'|'.join(sorted(EARLIER_TIME_ADVERBS))})"
    rf"|the (?:{_PERIODS}) before"
    rf"|last (?:{_PERIODS})"
    rf"|(?:in|for|during) the (?:{'|'.join(sorted(EARLIER_PERIOD_MODIFIERS))}) (?:{_PERIODS})"
    rf"(?: last (?:{_PERIODS})| (?:a|one) (?:{_PERIODS}) (?:earlier|ago))?"
    r")(?=[\s,.;:)]|$)(?!\s+[a-z]+ing\b)"
)


def _with_the_time_held_at(text: str, figure: FoundFigure) -> FoundFigure:
    """ "lost 1.8 billion crowns last year", "from R12.3 billion a year earlier", "a profit
    of Rs 517 crore in the same quarter last year": an amount followed at once (past its
    own unit word) by the time it held at keeps that time in its measure, when the
    measure does not already say it. A bounded look after the figure."""
    if not figure.measures:
        return figure
    told = _TIME_HELD_AT.match(text[figure.end : figure.end + 70])
    if told is None:
        return figure
    unit = told.group("unit")
    if unit is not None and (unit != (figure.unit or "").lower() or unit == "times"):
        return figure  # (a count of times is how often its clause happened, round 26)
    time = told.group("time")
    words = time.split()
    measured = figure.measures.lower()
    if " ".join(words[-2:]) in measured or words[-1] in measured.split():
        return figure  # already told ("rise in rents last year")
    return replace(figure, measures=f"{figure.measures} {time}")


def _with_the_stake_s_holder(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """Round 29b: a share told as a holding names whose it is and in what: "Ardmore
    Capital, Brackenfield's largest shareholder with a 14% stake" and "the second-largest
    shareholder with 9%" (the stake of the body the shareholder is), "a former pilot who
    still owns 17% of the company" (the pilot's stake in the company). Only from the
    figure's own few heads."""
    if figure.unit != "percent" or not figure.measures:
        return figure
    inside = tokens.between(figure.start, figure.end)
    roots = [i for i in inside if not inside.start <= tokens.head[i] < inside.stop]
    if not roots or len({tokens.head[i] for i in roots}) != 1:
        return figure  # ("4.9 per cent stake": the number and "cent" both on "stake")
    root = roots[-1]
    head = tokens.head[root]
    holder: int | None = None
    owned: list[int] = []
    if tokens.lemma[head] in HOLDING_NOUNS and head == inside.stop:  # "a 14% stake"
        owned = [c for c in tokens.children[head] if tokens.lower[c] == "in" and c > head]
        root, head = head, tokens.head[head]
        if tokens.dep[root] == "pobj" and tokens.lower[head] == "with":
            holder = tokens.head[head]
    elif tokens.dep[root] == "pobj" and tokens.lower[head] == "with":  # "shareholder with 9%"
        noun = tokens.head[head]
        if tokens.lemma[noun] in DEAL_PARTY_NOUNS:
            holder = noun
    elif tokens.dep[root] == "dobj" and tokens.lemma[head] in OWNING_LEMMAS:
        owned = [c for c in tokens.children[root] if tokens.lower[c] == "of" and c > root]
        companies = [
            c
            for c in (tokens.children[owned[0]] if owned else [])
            if tokens.dep[c] == "pobj"
            and (tokens.pos[c] == "PROPN" or tokens.lemma[c] in COLLECTIVE_BODY_NOUNS)
        ]
        if not companies:
            return figure  # "voters who own 60% of homes": no holding in a body
        subjects = [c for c in tokens.children[head] if tokens.dep[c] == "nsubj" and c < head]
        if subjects and tokens.lower[subjects[0]] in _RELATIVES:
            if tokens.dep[head] == "relcl":
                holder = tokens.head[head]  # "a former pilot who still owns 17%"
        elif subjects and tokens.pos[subjects[0]] in ("NOUN", "PROPN"):
            holder = subjects[0]
    if holder is None or tokens.pos[holder] not in ("NOUN", "PROPN"):
        return figure
    skip = range(inside.start, inside.stop)
    if tokens.dep[holder] == "appos" and tokens.pos[tokens.head[holder]] == "PROPN":
        holder = tokens.head[holder]  # "Ardmore Capital, Brackenfield's largest shareholder"
    who = _noun_phrase(tokens, holder, skip, False)
    words = ["stake of", who]
    objects = [c for c in tokens.children[owned[0]] if tokens.dep[c] == "pobj"] if owned else []
    if objects:
        words += ["in", _noun_phrase(tokens, objects[0], skip, False)]
    return replace(figure, measures=_budget(words))


def _with_what_lies_in_the_range(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "operating margins in the 18 to 20 per cent band", "growth in the 5-7% range":
    an amount that gives a band's ends measures the noun the band is told of, not the
    band (round 29b). Only from the figure's own heads."""
    inside = tokens.between(figure.start, figure.end)
    if not len(inside) or inside.stop >= len(tokens.text):
        return figure
    band = inside.stop
    if tokens.lower[band] not in RANGE_NOUNS or tokens.dep[band] != "pobj":
        return figure
    preposition = tokens.head[band]
    noun = tokens.head[preposition]
    if tokens.pos[noun] in ("VERB", "AUX"):  # "see growth in the 5-7% range"; "are in"
        told = [c for c in tokens.children[noun] if tokens.dep[c] == "dobj" and c < preposition]
        if tokens.lemma[noun] == "be":  # (a doer is not what lies in a band)
            told = told or [c for c in tokens.children[noun] if tokens.dep[c] == "nsubj"]
        noun = told[-1] if told else noun
    if tokens.lower[preposition] not in ("in", "within") or tokens.pos[noun] not in _NOUNS:
        return figure
    return replace(figure, measures=_noun_phrase(tokens, noun, range(inside.start, band + 1)))
