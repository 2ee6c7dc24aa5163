"""What a figure measures. Pure.

Read from the parse when the article has one: the counted noun with its modifiers
("Russian fighters killed or wounded"), or for money, shares and units what the amount
is of ("a £94m penalty", "shares in the company fell"), with the owner, the doer or the
change a level belongs to. Without a parse, the words beside the number are read.

Also home to the measure readers that `changes` (levels, changes, comparisons) and
`contests` (races, innings, tallies, votes) share, so those two import from here and
never from each other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefsmith.core.dependency import hangs_within
from briefsmith.core.lexicon import (
    ACCOUNTING_QUALIFIER_WORDS,
    AGE_OPENING_PREPOSITIONS,
    AMOUNT_NOUNS,
    ANAPHORIC_MEASURE_NOUNS,
    AVERAGE_NOUNS,
    BACKGROUND_SPANS,
    BAN_NOUNS,
    BENCHMARK_NOUNS,
    BODY_HISTORY_LEMMAS,
    BODY_NOUNS,
    CAREER_GROUP_NOUNS,
    CAREER_LEMMAS,
    CAREER_SPANS,
    CHANGE_NOUN_EXTRAS,
    CHANGE_NOUNS,
    CHANGE_UNDERGOING_LEMMAS,
    CLIENT_NOUNS,
    COMPANY_NOUNS,
    CONTAINING_LEMMAS,
    COUNT_PLACE_PREPOSITIONS,
    DIMENSION_NOUNS,
    DURATION_FRAMES,
    FEMININE_GIVEN_NAMES,
    GAP_WORDS,
    GIVEN_NAMES,
    HOME_KIND_NOUNS,
    HONORIFICS,
    MASCULINE_GIVEN_NAMES,
    MONTHS,
    ORG_KIND_NOUNS,
    OWNER_CHANGE_LEMMAS,
    PART_QUANTIFIERS,
    PAYMENT_FORMS,
    POLL_STANDING_LEMMAS,
    POPULATION_NOUNS,
    PRICE_VERB_NOUNS,
    PRONOUNS,
    QUOTE_OPENERS,
    REPORTING_PERIOD_NOUNS,
    RISE_UP_VERBS,
    SCALE_READING_NOUNS,
    SENTENCE_LEMMAS,
    SETTLEMENT_NOUNS,
    SIZE_VERB_LEMMAS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    SUM_NOUNS,
    TEMPERATURE_WORDS,
    TITLES,
    TRADE_LEMMAS,
    UNISEX_GIVEN_NAMES,
    WEEKDAYS,
)
from briefsmith.core.numbers import (
    NumberMention,
    find_numbers,
)
from briefsmith.core.units import (
    CURRENCY_CODES,
    canonical_unit,
    is_duration,
    unit_name,
    unit_spelled_at,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.reading import (
    _DEATH_WORDS,
    _DIGIT,
    _DURATION_AFTER,
    _FIXTURE_AFTER,
    _FRACTION_WORD,
    _FRAMES,
    _MODIFIER_DEPS,
    _NOUNS,
    _NUMBER_DEPS,
    _SENTENCE_WINDOW,
    _STOP_WORDS,
    _WHEN,
    FoundFigure,
    _amount_root,
    _bracket_opens_between,
    _has_person_subject,
    _is_cut_off,
    _is_money,
    _is_person_noun,
    _is_spelled_count,
    _joined,
    _same_sentence,
    _sentence_around,
)

_OPENS_A_PHRASE = QUOTE_OPENERS | {"("}
_NOT_UNITS = (
    frozenset(
        [
            "other",
            "more",
            "additional",
            "new",
            "such",
            "different",
            "separate",
            "major",
            "remaining",
            "small",
            "large",
            "further",
        ]
    )
    | GAP_WORDS
)  # "four points behind": the gap counts points
_AGE_AFTER_NAME = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+$")
_SUBJECT_BEFORE = re.compile(
    r"((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?:of|ranges?\s+from|ranged\s+from|stood\s+at|"
    r"reached|totals?|totaled|totalled|numbered|at)\s+(?:\w+\s+)?$"
)
# Finite verbs that end a counted noun phrase ("the two areas comprise", "93 stands"):
# common English verbs, plus the speech verbs.
_VERB_WORDS = (
    "is are was were be been has have had do does did will would can could may might "
    "comprise comprises stand stands remain remains continue continues include includes "
    "make makes face faces hold holds appear appears seem seems need needs lie lies live "
    "lives work works died fled left came went took got fell rose must should shall get "
    "gets go goes come comes take takes give gives"
)
_VERBS = frozenset(_VERB_WORDS.split()) | SPEECH_VERBS
_PARTICIPLE = re.compile(r"^[a-z]+(?:ed|en)$")
_TIME_WORDS = frozenset({"last", "this", "next"})
_WHEN_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted(_TIME_WORDS)) + r")\s+([a-z]+)\b")
_CLAUSE_STOP = frozenset(
    {"that", "which", "who", "whom", "whose", "but", "because", "when", "versus", "vs", "vs."}
)
_CONTEXT_CHARS = 240
_RATE_DIMENSIONS = frozenset({"speed", "data rate"})


def _following_words(text: str, position: int, limit: int = 5) -> list[str]:
    words = []
    for match in re.finditer(r"\S+", text[position : position + 120]):
        raw = match.group()
        word = raw.strip(',.;:()“”"‘’«»')
        if not word or word.lower() in _STOP_WORDS or not re.match(r"^[\w’'-]+$", word):
            break
        words.append(word)
        if len(words) >= limit or raw[-1] in ",.;:)”’»":
            break
    return words


# "abandoned, injured or neglected", "broken, missing and unlit": modifiers in a list
# between a count and its noun.
_LISTED_MODIFIERS = re.compile(
    r"\s+((?:[a-z][\w’'-]*,\s+){1,4}[a-z][\w’'-]*,?\s+(?:and|or)\s+[a-z][\w’'-]*)(?=\s)"
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


def _counted_phrase(text: str, position: int) -> tuple[list[str], str | None]:
    """What a number counts: the noun phrase after it, with its coordination and a short
    participle phrase ("heating and aid shelters", "Russian fighters killed or wounded",
    "men drafted last fall"), and the phrase's head noun. Empty when a verb follows the
    number ("93 stands"): a fragment, not a count."""
    raw = re.findall(r"[^\s]+", text[position : position + 120])[:10]
    words: list[str] = []
    ends_with_punctuation: list[bool] = []
    for token in raw:
        word = token.strip(',.;:()“”"‘’«»')
        if not word or not re.match(r"^[\w’'-]+$", word):
            break
        words.append(word)
        ends_with_punctuation.append(token[-1] in ',.;:)”’»"' or token[:1] in _OPENS_A_PHRASE)
        if ends_with_punctuation[-1]:
            break
    core: list[str] = []
    index = 0
    while index < len(words):
        word, lower = words[index], words[index].lower()
        if lower in _VERBS or lower in _CLAUSE_STOP:
            break
        if lower in ("and", "or") and core and index + 1 < len(words):
            following = words[index + 1].lower()
            if (
                following in _STOP_WORDS
                or following in _VERBS
                or _PARTICIPLE.match(following)
                # "jobs and close ...": a plural noun ends the count; modifiers are
                # what coordinate inside it ("heating and aid shelters").
                or core[-1].lower().endswith("s")
            ):
                break
            core.append(word)
        elif lower in _STOP_WORDS or (core and _PARTICIPLE.match(lower)):
            break
        elif core and lower in COUNT_PLACE_PREPOSITIONS:
            break  # "rescued 12 fishermen off Cape Clear": where, not a word of the noun
        elif core and lower in _TIME_WORDS:
            break  # "scored 14 times this season": when, not a word of the noun
        elif core and core[-1].lower() == "times" and lower not in ("and", "or"):
            break  # "rung the council 11 times about the potholes": the count ends (round 28)
        elif (
            core
            and core[-1].islower()
            and core[-1] not in ("and", "or")
            and (word.isdigit() or _is_spelled_count(word))
            and not (index + 1 < len(words) and is_duration(words[index + 1]))
        ):
            break  # "the station's 14 dams three times a week": another number, another phrase
        elif core and lower.endswith("ing") and core[-1].lower().endswith("s"):
            break  # "countries providing aid": the count ends at its noun, a tail follows
        else:
            core.append(word)
        index += 1
        if ends_with_punctuation[index - 1]:
            return core, _head_noun(core)
    head = _head_noun(core)
    tail: list[str] = []
    participle = index < len(words) and (
        _PARTICIPLE.match(words[index].lower()) or words[index].lower().endswith("ing")
    )
    if core and participle:
        tail.append(words[index])
        index += 1
        while index < len(words) and len(tail) < 4 and not ends_with_punctuation[index - 1]:
            lower = words[index].lower()
            if lower in ("or", "and") and index + 1 < len(words):
                tail.extend(words[index : index + 2])
                index += 2
            elif lower in _TIME_WORDS and index + 1 < len(words):
                tail.extend(words[index : index + 2])
                break
            elif lower in _STOP_WORDS or lower in _VERBS or lower in _CLAUSE_STOP:
                break
            else:
                tail.append(words[index])
                index += 1
    return core + tail, head


def _head_noun(core: list[str]) -> str | None:
    """A measurement unit in the phrase ("kilometers north of ..."), else its last
    plain noun ("heating and aid shelters" -> "shelters")."""
    # (a one-letter unit only right after the number: "the 2.4GW Dogger Reach C project"
    # names no temperature)
    unit = next(
        (w for i, w in enumerate(core) if canonical_unit(w) and (len(w) > 1 or not i)), None
    )
    if unit:
        return unit_name(unit)
    lower = [w for w in core if w[:1].islower() and w.lower() not in _NOT_UNITS]
    return unit_name(lower[-1]) if lower else None


def _unit_of(words: list[str]) -> str | None:
    # The first plain lower-case word: "other Ukrainian provinces" -> "provinces".
    head = next((w for w in words if w.lower() not in _NOT_UNITS and w[:1].islower()), None)
    return unit_name(head) if head else None


def _measure(text: str, start: int, end: int) -> tuple[str | None, str]:
    """The unit and what the number measures, from the words around it."""
    # What a number measures is written right beside it: read a bounded window, never
    # the rest of the article (that would make many numbers cost O(n^2)).
    after = text[end : end + _CONTEXT_CHARS]
    before = text[max(0, start - 80) : start]
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


def _with_temperature_named(tokens: Tokens | None, figure: FoundFigure) -> FoundFigure:
    """ "Porthmadog hit 29.6C", "Aboyne recorded 31.1C on Sunday": a temperature whose
    measure names only where or when it was reached measures the temperature there
    ("temperature at Porthmadog"; "temperature of" what is not a name); one told with
    its own word ("highs of 27C", "Temperatures reached 33C") is left as it is."""
    dimension = canonical_unit(figure.unit)
    if dimension is None or dimension[0] != "temperature" or not figure.measures:
        return figure
    words = [w.strip(",.;:()'’").casefold() for w in figure.measures.split()]
    if set(words) & TEMPERATURE_WORDS:
        return figure
    named = False
    if tokens is not None:  # the measure's first word where it is written, in the sentence
        inside = tokens.between(figure.start, figure.end)
        if len(inside):
            first = tokens.sent_starts[tokens.sent[inside.start]]
            name = words[0].removesuffix("'s").removesuffix("’s")
            named = any(
                tokens.lower[i] == name and (tokens.pos[i] == "PROPN" or tokens.ent[i] != "")
                for i in range(first, inside.start)
            )
    return replace(figure, measures=f"temperature {'at' if named else 'of'} {figure.measures}")


# Round 24: "Waves as high as 9m", "swells as high as 7 metres", "Waves 8m high": the
# noun before "as <dimension> as" (or before the length, a dimension after it).
_AS_DIMENSION_AS_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:(?:of\s+up\s+to|up\s+to|reaching)\s+)?as\s+("
    + "|".join(sorted(DIMENSION_NOUNS))
    + r")\s+as\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_DIMENSION_WORD_AFTER = re.compile(r"\s*-?\s*(" + "|".join(sorted(DIMENSION_NOUNS)) + r")\b")


def _with_dimension_named(text: str, tokens: Tokens | None, figure: FoundFigure) -> FoundFigure:
    """ "Waves as high as 9m were recorded off Pelham Point" measures the height of the
    waves (it read "recorded off on Sunday"), "Swells as high as 7 metres battered the
    coast" the height of the swells, "Waves 8m high pounded the coast" the height of the
    waves: a length told of the noun before it by a word of a dimension."""
    dimension = canonical_unit(figure.unit)
    if tokens is None or dimension is None or dimension[0] != "length":
        return figure
    told = _AS_DIMENSION_AS_BEFORE.search(text, max(0, figure.start - 60), figure.start)
    if told is not None:
        noun_start, word = told.start(1), told.group(2)
    else:
        after = _DIMENSION_WORD_AFTER.match(text, figure.end)
        before = _NOUN_BEFORE.search(text, max(0, figure.start - 30), figure.start)
        if after is None or before is None:
            return figure
        noun_start, word = before.start(1), after.group(1)
    noun = tokens.at(noun_start)
    if noun < 0 or tokens.start[noun] != noun_start or tokens.pos[noun] not in ("NOUN", "VERB"):
        return figure
    if tokens.pos[noun] == "VERB" and tokens.dep[noun] not in ("nsubj", "nsubjpass"):
        return figure  # ("Swells" read as a verb is still the subject)
    size = DIMENSION_NOUNS[word.lower()]
    return replace(figure, measures=f"{size} of {tokens.lower[noun]}")


def _with_count_for_them(text: str, figures: list[FoundFigure], index: int) -> FoundFigure:
    """ "received 4,120 applications and approved 3,300 of them": a count of "them" counts
    what the count just before it (in its sentence or the one before) counts, not "them"."""
    figure = figures[index]
    if index == 0 or not _OF_THEM.match(text, figure.end):
        return figure
    if figure.unit in ("percent", "fraction") or _is_money(figure):
        return figure  # "a third of them", "40% of them": a share, read as one
    before = figures[index - 1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or figure.start - before.end > _SENTENCE_WINDOW
    ):
        return figure
    measures = _THEM.sub(before.unit, figure.measures, count=1)
    return replace(figure, unit=before.unit, measures=measures)


_OF_THEM = re.compile(r"\s+of\s+(?:them|those)\b")
# "a further 12 were injured", "another six were cautioned", "60 more due to arrive", "620
# beds, of which 85 are occupied": a count that leaves its noun to the count before it.
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra|of\s+(?:which|whom))\s+$", re.I
)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)


def _with_count_for_more(text: str, figures: list[FoundFigure], index: int) -> FoundFigure:
    """ "Three people died and a further 12 were injured": a count with no noun after "a
    further" or "another" (or before "more") counts what the count before it in its
    sentence counts: the people injured, not a bare "injured"."""
    figure = figures[index]
    further = _FURTHER_BEFORE.search(text, max(0, figure.start - 16), figure.start)
    if index == 0 or (further is None and not _MORE_AFTER.match(text, figure.end)):
        return figure
    if figure.unit not in (None, "more", "due") or _is_money(figure):
        return figure
    before = figures[index - 1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or not _same_sentence(text, before, figure)
    ):
        return figure
    measures = figure.measures
    group = _GROUP_AFTER.match(text, figure.end)
    words = group.group(1).split() if group else []
    if words and f" {words[0].lower()} " in f" {measures.lower()} ":
        # "cancelled 180 flights on Monday and a further 95 on Tuesday": the list's own
        # time stands in place of the first one's
        measures = _joined([_in_place_of(measures, words), *words])
    if before.unit.lower() not in measures.lower().split():
        measures = _joined([before.unit, re.sub(r"^(?:more|due)\s+", "", measures)])
    return replace(figure, unit=before.unit, measures=measures)


_THEM = re.compile(r"\b(?:them|those)\b")


# "57 burglaries for every 1,000 people", "57 of every 1,000 small firms", "4 per 1,000
# live births": a count told against a base, the base's number then its first word.
_EVERY_BASE_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+((?:for|of|in)\s+every|per)\s+"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+([A-Za-z][\w-]*))?",
    re.IGNORECASE,
)


def _with_every_base(text: str, figure: FoundFigure) -> FoundFigure:
    """ "The town recorded 57 burglaries for every 1,000 people": the base is no figure
    of its own (_PER_BEFORE), so the count's measure keeps it ("burglaries recorded by
    town for every 1,000 people", not "... for people"); "(of every 1,000)" when the
    measure has no word of the base's phrase (round 17)."""
    base = _EVERY_BASE_AFTER.match(text, figure.end)
    if base is None or figure.unit in ("percent", "%") or base.group(2) in figure.measures:
        return figure
    told, number, noun = base.group(1), base.group(2), base.group(3)
    if noun and (is_duration(unit_name(noun)) or canonical_unit(noun) is not None):
        return figure  # "£50 for every 10 minutes over": a unit's step, not a base
    first = told.split()[0].lower()
    told = " ".join(told.split()).lower()
    measures = figure.measures
    if noun and re.search(rf"\b{first} {re.escape(noun)}\b", measures):
        measures = re.sub(
            rf"\b{first} {re.escape(noun)}\b", f"{told} {number} {noun}", measures, count=1
        )
    else:
        measures = f"{measures} ({told} {number})".strip()
    return replace(figure, measures=measures)


def _reporter_of_a_pronoun_named(tokens: Tokens, pronoun: str, verb: int) -> int | None:
    """The named person whose speech verb reports the clause of ``verb``, who may be the
    "he" or "she" (``pronoun``) in it; None when no such person is sure."""
    speech = tokens.head[verb]
    if tokens.lemma[speech] not in SPEECH_LEMMAS:
        return None
    named = [
        c
        for c in tokens.children[speech]
        if tokens.dep[c] == "nsubj"
        and tokens.pos[c] == "PROPN"
        and (
            tokens.ent[c] == "PERSON"  # (or a given name or a title the recognizer missed)
            or any(
                tokens.dep[x] == "compound"
                and (tokens.lower[x] in GIVEN_NAMES or tokens.text[x] in TITLES)
                for x in tokens.children[c]
            )
            or _surname_named_before(tokens, c) is not None
        )
    ]
    if not named:
        return None
    # (not "Sarah Pell said he had 40 points": a given name of the other sex is not his;
    # not "Judge Peter Lane said he had 14 convictions": one who speaks in an office, a
    # judge, a detective, a prosecutor, tells of someone else)
    other = FEMININE_GIVEN_NAMES if pronoun == "he" else MASCULINE_GIVEN_NAMES
    full = _surname_named_before(tokens, named[0])  # "Keaton" for "Dara Keaton" (round 25)
    owner = named[0] if full is None else full
    before = [x for x in tokens.children[owner] if tokens.dep[x] == "compound"]
    if any(
        (tokens.lower[x] in other and tokens.lower[x] not in UNISEX_GIVEN_NAMES)
        or (tokens.text[x] in TITLES and tokens.text[x] not in HONORIFICS)
        or _is_person_noun(tokens.lemma[x])
        for x in before
    ):
        return None
    return named[0]


_SURNAME_REACH = 400  # tokens back to a full name a lone surname stands for


def _surname_named_before(tokens: Tokens, name: int) -> int | None:
    """ "Dara Keaton, 17, needs 120 credits. Keaton said he had 96": a lone capitalized
    word the article gave before as the last word of a person's full name is that person
    (the recognizer may call the lone surname a body) (round 25); that name's last word,
    or None."""
    if any(tokens.dep[x] == "compound" for x in tokens.children[name]):
        return None
    return next(
        (
            i
            for i in range(max(0, name - _SURNAME_REACH), name)
            if tokens.text[i] == tokens.text[name]
            and tokens.ent[i] == "PERSON"
            and any(tokens.dep[x] == "compound" and x < i for x in tokens.children[i])
        ),
        None,
    )


_SIZE_WORDS = frozenset({"across", "wide", "tall", "high", "long", "deep"})
_PLACED_FRAMES = {
    "across": "width",  # "a crater 1.2km across", "the bridge is 40 metres wide"
    "wide": "width",
    "below": "depth",
    "beneath": "depth",
    "under": "depth",
    "underground": "depth",
    "deep": "depth",
    "above": "height",
    "high": "height",
    "tall": "height",
    "long": "length",
}


def _placed_measure(tokens: Tokens | None, start: int, place: re.Match[str], measures: str) -> str:
    """ "distance of <what> north of <where>": a length placed against a place says how
    far, how deep or how high something is; the thing is the noun just before the
    amount ("a Russian-held town about 30 miles to the north") or the one a participle
    before it describes ("Soledar, located 10 kilometers north of Bakhmut")."""
    where = place.group(1)
    frame = _PLACED_FRAMES.get(where.lower(), "distance")
    words = measures.split()
    if words and canonical_unit(words[0]) is not None:
        words = words[1:]  # "kilometers north of Bakhmut" -> "north of Bakhmut"
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
        written = place.group(0).split()
        if written and canonical_unit(written[0]) is not None:
            written = written[1:]
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


# Prepositions of what a sum or a count in a list is for, on or to: "spent £310,000 on a
# farmhouse, £72,000 on a Porsche and £15,500 on a speedboat".
_LIST_PREPS = frozenset({"on", "for", "to", "in", "from", "at", "against", "towards"})
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_GAP = 80
_PER_PERIOD_AFTER = re.compile(r"^(?:a|an|per|each|every) (?:year|month|week|day|hour|quarter)\b")
# What a frame's amount is set against: "a premium of 38% to the closing price", "a lead
# of three points over Penrith", "a discount of 20% on the list price".
_AGAINST_PREPS = frozenset({"to", "on", "over", "above", "below", "against"})


def _own_phrase_after(tokens: Tokens, start: int, end: int) -> str | None:
    """The prepositional phrase written right after an amount ("on a speedboat", "for a
    defender"), or None."""
    found = _amount_root(tokens, start, end)
    return None if found is None else _phrase_after(tokens, found[1], _LIST_PREPS)


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


def _listed_after(
    text: str, start: int, own: str, figures: list[FoundFigure], owns: dict[int, str]
) -> tuple[str, FoundFigure] | None:
    """ "spent £310,000 on a farmhouse, £72,000 on a Porsche": an amount listed after
    another, each with its own phrase under the same preposition, shares the first's
    clause (who spent) and keeps its own phrase (on what). Returns the shared words and
    the amount before, or None. The parser hangs such lists in many shapes (objects,
    conjuncts, adverbial nouns); the written order is what they share."""
    if not figures:
        return None
    before = figures[-1]
    previous_own = owns.get(before.start)
    if previous_own is None or previous_own.split()[0].lower() != own.split()[0].lower():
        return None
    gap = text[before.end : start]
    if len(gap) > _LIST_GAP or re.search(r"[.!?;]\s|\n|\d", gap):
        return None
    if not _LIST_SEPARATOR.search(gap):
        return None
    shared = before.measures
    cut = shared.find(previous_own)
    if cut < 0:
        cut = shared.find(" " + previous_own.split()[0] + " ")
    if cut >= 0:
        shared = shared[:cut]
    shared = shared.strip(" ,")
    if not shared:
        return None
    return shared, before


_OWNER_S_WHOLE = re.compile(r"\s+of\s+(?:his|her)\s+$", re.IGNORECASE)
# Round 28: "will close 14 of its 31 stores", "23 of its 148 aircraft are grounded": a
# body's estate or fleet, told whole after a part, is its total too; a thing's few parts
# ("two of its 16 valves") still only frame the part.
_BODY_S_WHOLE = re.compile(r"\s+of\s+its\s+$", re.IGNORECASE)
_BODY_TOTAL_FLOOR = 20


def _an_owner_s_total(text: str, part: NumberMention, whole: NumberMention) -> bool:
    """ "300 of his 820 breeders", "19 of her 38 members": a whole told with a person as
    its owner is that person's total, a figure of its own (round 26), unlike a record's
    games ("two of his 19 starts"), which only frame the part; a thing's parts ("two of
    its 16 valves") stay with the part."""
    return (
        (
            _OWNER_S_WHOLE.fullmatch(text, part.end, whole.start) is not None
            or (
                _BODY_S_WHOLE.fullmatch(text, part.end, whole.start) is not None
                and whole.value >= _BODY_TOTAL_FLOOR
            )
        )
        and not whole.percent
        and not whole.currency
        and _FIXTURE_AFTER.match(text, whole.end) is None
    )


def _part_measure(text: str, tokens: Tokens, part: NumberMention, whole: NumberMention) -> str:
    """ "Hartley have won just two of their 19 matches": the whole's noun, with what the
    part's clause did ("Hartley have won matches in all competitions")."""
    found_part = _amount_root(tokens, part.start, part.end)
    found_whole = _amount_root(tokens, whole.start, whole.end)
    if found_part is None or found_whole is None:
        return ""
    root, inside = found_whole
    head = tokens.head[root]
    noun = head if tokens.dep[root] in _NUMBER_DEPS and tokens.pos[head] in _NOUNS else root
    if tokens.pos[noun] not in _NOUNS:
        return ""
    skip = range(found_part[1].start, inside.stop)
    phrase = _noun_phrase(tokens, noun, skip, False)
    told = _TOTAL_OF.fullmatch(text, part.end, whole.start)
    if phrase and told:
        # "damaged 38 of its 212 substations": the total frames the part ("substations of
        # its 212"), as an editor keeps it (round 17).
        phrase = f"{phrase} of {told.group(1)} {text[whole.start : whole.end]}"
    return _with_predicate(tokens, found_part[0], phrase, skip)


# "38 of its 212", "11 of the 64": the part, then its total with its determiner.
_TOTAL_OF = re.compile(r"\s+of\s+(the|their|its|our|his|her|every)\s+")
_THEN_AFTER = re.compile(
    r"\s+((?:a|the|last|this)\s+(?:year|month|week|quarter|season|day)"
    r"(?:\s+(?:earlier|before|ago))?)\b",
    re.IGNORECASE,
)
_GROUP_AFTER = re.compile(
    r"\s+((?:for|on|at|in|among|with|under)\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5})"
)


def _in_place_of(measured: str, words: list[str]) -> str:
    """ "Inflation in April", then "3.1 per cent in March": the other time or group
    stands in place of the first one's, not beside it."""
    if words and words[0].lower() in ("in", "on", "at", "for", "among", "under"):
        cut = measured.lower().rfind(f" {words[0].lower()} ")
        if cut > 0 and len(measured[cut:].split()) <= 4:
            return measured[:cut]
    elif words and _THEN_AFTER.fullmatch(" " + " ".join(words)):
        # "in August", then "31 weeks a year earlier": the other time stands in its place
        cut = measured.rfind(" in ")
        when = measured[cut + 4 :]
        if cut > 0 and (when in MONTHS or re.fullmatch(r"(?:19|20)\d\d", when)):
            return measured[:cut]
    return measured


def _is_benchmark(figure: FoundFigure) -> bool:
    """A figure that is a level set against another ("a target of 90%")."""
    head = figure.measures.split()[:1]
    return bool(head) and head[0].lower() in BENCHMARK_NOUNS


def _named_before(
    tokens: Tokens, start: int, unit: str | None, measures: str, figures: list[FoundFigure]
) -> str:
    """ "The average rent in Leeds reached £1,090. In Bradford the figure was £780": a
    measure that is only "the figure", "the rate" or "the total" stands for what the
    figure of the same kind just before, in this sentence or the one before, measures;
    what the clause adds ("rate in February") is kept. "" when it does not apply."""
    frame, _, rest = measures.partition(" ")
    if frame.lower() not in ANAPHORIC_MEASURE_NOUNS or not figures:
        return ""
    # "the rate of unemployment" names its own measure; "the figure for Wales" does not.
    if rest and (rest.split()[0].lower() not in _TAIL_PREPS or rest.split()[0].lower() == "of"):
        return ""
    # "a share of 54%, against a target of 90%. The figure was 57%": the share, not its
    # target (the sentence rule below still bounds how far back it looks).
    earlier = next(
        (f for f in reversed(figures[-3:]) if not _is_benchmark(f)),
        figures[-1],
    )
    first, here = tokens.between(earlier.start, earlier.end), tokens.between(start, start + 1)
    # The same kind of amount: a sum for a sum, a share for a share; a bare number
    # ("the total rose to 20") for a count of anything.
    counts = unit is None and earlier.unit != "percent" and not _is_money(earlier)
    if not len(first) or not len(here) or not (earlier.unit == unit or counts):
        return ""
    if not earlier.measures:
        return ""
    if tokens.sent[here[0]] - tokens.sent[first[0]] > 1:
        return ""
    told = earlier.measures
    if told.lower() in ANAPHORIC_MEASURE_NOUNS:  # a bare frame again: nothing to carry
        return ""
    if not rest:  # "In Norbridge the figure was £780": the fronted place or group
        rest = _fronted_phrase(tokens, here[0])
        if rest:
            return _joined([_other_than(told, rest.split()[0].lower()), rest])
    return _joined([_in_place_of(told, rest.split()), rest]) if rest else told


def _set_against(tokens: Tokens, word: int) -> list[str]:
    """The words after "than" or "on" that name what an amount is set against ("than a
    year earlier", "on last season"), as written, up to the end of the clause."""
    words: list[str] = []
    for index in range(word + 1, min(word + 6, len(tokens))):
        if (
            tokens.pos[index] in ("PUNCT", "CCONJ", "SCONJ")
            or tokens.sent[index] != tokens.sent[word]
        ):
            break
        words.append(tokens.text[index])
    return words


def _reading_of_a_thing(tokens: Tokens, mention: NumberMention) -> str:
    """ "The quake, of magnitude 6.2, struck", "a tremor of magnitude 4 hit": a reading on
    a scale told in an "of" phrase after the noun of the thing measured is that thing's
    reading ("magnitude of quake"). "" when the number is not in that shape (round 19)."""
    number = tokens.at(mention.start)
    scale = number - 1
    if scale < 1 or tokens.start[number] != mention.start:
        return ""
    if tokens.lower[scale] not in SCALE_READING_NOUNS or tokens.head[number] != scale:
        return ""
    preposition = tokens.head[scale]
    if tokens.lower[preposition] != "of" or tokens.dep[scale] != "pobj":
        return ""
    thing = tokens.head[preposition]
    if tokens.pos[thing] not in ("NOUN", "PROPN"):
        return ""
    return f"{tokens.lower[scale]} of {tokens.text[thing]}"


def _fronted_phrase(tokens: Tokens, token: int) -> str:
    """ "In Norbridge(,) the figure was": the prepositional phrase that opens the sentence
    of `token`, before it; "" when the sentence opens otherwise."""
    first = tokens.sent_starts[tokens.sent[token]]
    if tokens.pos[first] != "ADP" or tokens.lower[first] not in _TAIL_PREPS:
        return ""
    end = first + 1
    # The phrase is the opening preposition's subtree (its heads lead back to it).
    while end < token and tokens.text[end] != "," and hangs_within(tokens.head, end, first):
        end += 1
    if end <= first + 1:
        return ""
    words = [tokens.lower[first]]  # "In Norbridge" is told mid-measure as "in Norbridge"
    for index in range(first + 1, end):
        glued = tokens.start[index] == tokens.end[index - 1]  # "first-time" stays one word
        words.append(tokens.text[index] if not glued else words.pop() + tokens.text[index])
    return " ".join(words)


def _other_than(measured: str, preposition: str) -> str:
    """ "average rent in Kellby" for a figure told "In Norbridge": the measure without the
    earlier place or group the new one replaces (a month or a year is kept out of it)."""
    lowered, cut = measured.lower(), -1
    at = lowered.rfind(f" {preposition} ")
    while at > 0:
        following = measured[at + len(preposition) + 2 :].split()[:1]
        if following and following[0] not in MONTHS and not following[0][:1].isdigit():
            cut = at
            break
        at = lowered.rfind(f" {preposition} ", 0, at)
    return measured[:cut] if cut > 0 else measured


def _duration_unit(text: str, mention: NumberMention, end: int) -> re.Match[str] | None:
    """The unit word of a span of time written right after its number ("18 months",
    "six-hour"), or None."""
    if mention.percent or mention.currency or mention.ordinal:
        return None
    return _DURATION_AFTER.match(text, end)


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


def _a_body_s_history(tokens: Tokens, verb: int, subject: int, unit: int) -> bool:
    """ "The paper has served Galway readers for 150 years", "The mill has traded in the
    town for 60 years": how long a firm or a body has been going, told in the perfect in
    years or decades, is its history, as a person's career is (round 21; not "The road
    has been closed for six weeks", nor "The firm will run the line for 10 years")."""
    if tokens.lemma[unit] not in ("year", "decade"):
        return False
    perfect = any(
        tokens.dep[c] == "aux" and tokens.lemma[c] == "have" for c in tokens.children[verb]
    )
    body = tokens.ent[subject] == "ORG" or tokens.lemma[subject] in (
        COMPANY_NOUNS | ORG_KIND_NOUNS | BODY_NOUNS
    )
    return perfect and body


def _names_a_person(tokens: Tokens, subject: int) -> bool:
    """ "Sandeep Rao", "she", "Mr Okonkwo" (a title the recognizer may not see past),
    "The couple", "The vendors", "the party's candidate": a person, or people told of as
    one."""
    return (
        tokens.ent[subject] == "PERSON"
        or tokens.lower[subject] in PRONOUNS
        or tokens.lemma[subject] in CAREER_GROUP_NOUNS
        or _is_person_noun(tokens.lemma[subject])
        or any(
            tokens.dep[c] == "compound" and tokens.text[c] in TITLES
            for c in tokens.children[subject]
        )
    )


def _a_person_s_calling(tokens: Tokens, noun: int) -> bool:
    """ "Ms Dlamini, a nurse for 26 years,": a person's trade in apposition, with how long
    they have followed it."""
    return (
        tokens.dep[noun] == "appos"
        and _is_person_noun(tokens.lemma[noun])
        and _names_a_person(tokens, tokens.head[noun])
    )


def _describes_someone(tokens: Tokens, verb: int) -> bool:
    """A relative clause on a person in the active perfect ("who has run the pub",
    "whose family has farmed"): what someone has long done, not what happened to them
    ("passengers who have been stranded" is passive and the story's)."""
    someone = tokens.head[verb]
    relativizers = {
        tokens.lower[g] for c in tokens.children[verb] for g in (c, *tokens.children[c])
    }
    if tokens.dep[verb] != "relcl" or not (
        tokens.ent[someone] == "PERSON"
        or _is_person_noun(tokens.lemma[someone])
        or relativizers & {"who", "whose", "whom"}
    ):
        return False  # "a spacecraft that has been shadowing a comet for 14 months"
    auxiliaries = [tokens.lemma[c] for c in tokens.children[verb] if tokens.dep[c] == "aux"]
    passive = any(tokens.dep[c] in ("auxpass", "nsubjpass") for c in tokens.children[verb])
    return "have" in auxiliaries and not passive and tokens.lemma[verb] != "be"


def _not_brought_to(tokens: Tokens, verb: int) -> bool:
    """ "too ashamed to tell her family": a thing left undone, told as a state."""
    adjective = tokens.head[verb]
    return (
        tokens.dep[verb] == "xcomp"
        and tokens.pos[adjective] == "ADJ"
        and any(tokens.lower[c] == "too" for c in tokens.children[adjective])
    )


def _after_for(tokens: Tokens, inside: range) -> int | None:
    """The "for" a span is written after, past a hedge ("for 11 days", "for more than two
    weeks"): the span tells how long, whatever the parser hung it on. None otherwise."""
    for index in range(inside.start - 1, max(-1, inside.start - 4), -1):
        if tokens.lower[index] == "for":
            return index
        if tokens.pos[index] in ("NOUN", "PROPN", "VERB", "AUX", "PUNCT"):
            return None
    return None


def _duration_measure(tokens: Tokens, start: int, end: int, frame: str = "") -> str:
    """What a span of time measures, from its clause: "length of time <who> <did what>"
    for "for", "time within which ..." for "within", "period over which ..." for "over";
    a sentence ("jailed for 18 months") is the length of a prison sentence; a linked
    span ("the average wait was 41 minutes") is what it is linked to."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    unit = inside[-1]
    if tokens.text[unit] == "-":
        return ""
    while (
        tokens.head[unit] in inside and tokens.head[unit] != unit
    ):  # "two years and eight months", "17 minutes 2 seconds": up to the span's top
        unit = tokens.head[unit]
    head, dep = tokens.head[unit], tokens.dep[unit]
    for child in tokens.children[unit]:  # "three days of talks"
        if tokens.dep[child] == "prep" and tokens.lower[child] == "of" and child > unit:
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.pos[objects[0]] in _NOUNS:
                return "length of " + _noun_phrase(tokens, objects[0], inside)
    if dep in ("compound", "amod", "nmod") and tokens.pos[head] in _NOUNS and head > unit:
        return "length of " + _noun_phrase(tokens, head, inside)  # "an eight-hour outage"
    preposition = ""
    verb = head
    following = inside.stop
    if (
        following < len(tokens)
        and tokens.lower[following] in ("before", "after", "later")
        and _after_for(tokens, inside) is None  # (not "closed for 11 days after the flood")
    ):
        preposition = tokens.lower[following]  # "cancelled nine days before it was due"
    placed = dep == "pobj" and tokens.pos[head] == "ADP"
    framing = tokens.pos[head] in ("ADV", "ADP", "SCONJ") and tokens.lower[head] in DURATION_FRAMES
    if placed or framing:
        preposition, verb = tokens.lower[head], tokens.head[head]
    dangling = _after_for(tokens, inside) if framing and not placed else None
    if dangling is not None and tokens.head[dangling] == verb:
        preposition = "for"  # "closed for 11 days after the outbreak": "for" left unattached
    if placed and preposition == "for":
        banned = _ban_measure(tokens, head, inside)
        if banned:
            return banned
    if (
        placed
        and preposition == "of"
        and tokens.lemma[verb] in AVERAGE_NOUNS
        and tokens.dep[verb] == "pobj"
        and tokens.lower[tokens.head[verb]] == "for"  # ("sold in an average of 29 days")
        and tokens.pos[tokens.head[tokens.head[verb]]] in ("VERB", "AUX")
        and not frame
    ):  # "followed for a median of 2.5 years": the span the clause's verb lasted, on
        # average (round 20; it read "length of median")
        average, preposition = tokens.lemma[verb], "for"
        verb = tokens.head[tokens.head[verb]]
        frame = f"{average} {DURATION_FRAMES[preposition]}"
    if (
        placed
        and preposition == "of"
        and tokens.lemma[verb] in SUM_NOUNS
        and tokens.dep[verb] == "pobj"
        and tokens.lower[tokens.head[verb]] == "for"
        and not frame
    ):  # "discharged sewage into rivers for a total of 291,000 hours", "was closed for a
        # total of 96 hours": the span the clause's verb lasted, in all, even when the
        # parser hung "for" on the noun before it (round 28; it read "length of total")
        holder = tokens.head[tokens.head[verb]]
        for _ in range(2):
            if tokens.pos[holder] in ("VERB", "AUX") or tokens.head[holder] == holder:
                break
            holder = tokens.head[holder]
        if tokens.pos[holder] in ("VERB", "AUX"):
            total, preposition, verb = tokens.lemma[verb], "for", holder
            frame = f"{total} {DURATION_FRAMES[preposition]}"
    if (
        placed
        and preposition == "of"
        and tokens.lemma[verb] in AVERAGE_NOUNS
        and tokens.dep[verb] == "pobj"
        and tokens.lower[tokens.head[verb]] in ("to", "in")
        and tokens.pos[tokens.head[tokens.head[verb]]] in ("VERB", "AUX")
        and not frame
    ):
        averaged = _average_span_of_a_clause(tokens, verb, inside)
        if averaged:
            return averaged
    frame = frame or DURATION_FRAMES.get(preposition, "length of time")
    if verb == unit or verb in inside:
        return ""
    if tokens.lemma[verb] == "time" and tokens.head[verb] != verb:
        # "won the cup for the first time in 63 years": the time since it last happened.
        verb = tokens.head[tokens.head[verb]] if tokens.dep[verb] == "pobj" else tokens.head[verb]
        frame = "time since last"
    if (
        tokens.lemma[verb] in AVERAGE_NOUNS
        and tokens.pos[tokens.head[verb]] == "VERB"
        and tokens.dep[verb] == "dobj"
    ):  # "took an average of 47 minutes to reach": the time taken, on average
        verb, dep, unit = tokens.head[verb], "dobj", verb
    if tokens.pos[verb] in _NOUNS:  # "a debate of nine hours", "care for 11 days"
        return _budget([frame.split()[0], "of", _noun_phrase(tokens, verb, inside, False)])
    if tokens.lower[verb] in _CHANGE_ADVERBS and tokens.head[verb] != verb:
        verb = tokens.head[verb]  # "was 41 minutes, up from 36 minutes": the same measure
    elif tokens.pos[verb] in ("ADJ", "ADV") and tokens.head[verb] != verb:
        # "58 seconds faster than the previous best", "finished 1 minute 52 seconds clear"
        than = [
            w
            for c in tokens.children[verb]
            if tokens.dep[c] == "prep" and c > verb
            for w in (_extra_phrase(tokens, verb, c, inside) or _compared_phrase(tokens, c, inside))
        ]
        done = tokens.head[verb]
        averaged = _averaged_comparative(tokens, verb, inside)
        if averaged:
            return averaged
        subject, _ = _subject_of(tokens, done, inside)
        who = _named(tokens, subject, inside) if subject is not None else ""
        # "Participants slept 38 minutes longer": a comparative on a verb says what was
        # done for longer, "margin Participants slept longer" (round 25)
        did = (
            [tokens.text[done]]
            if tokens.tag[verb] in ("RBR", "JJR")
            and tokens.pos[done] == "VERB"
            and tokens.lemma[done] not in _COPULAS
            and done < verb
            and who
            else []
        )
        return _budget(["margin", *([who] if who else []), *did, tokens.text[verb], *than[:6]])
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    misread = tokens.head[verb]  # "The median wait for a hip replacement was 41 weeks"
    if (
        tokens.lemma[verb] == "be"
        and tokens.dep[verb] in ("advcl", "ccomp")
        and tokens.pos[misread] == "VERB"
        and misread < verb
        and any(c == misread - 1 and tokens.dep[c] == "nsubj" for c in tokens.children[misread])
        and not any(tokens.pos[i] == "PUNCT" for i in range(misread, verb))
    ):  # the parser read the noun ("wait") as the verb: the words before "was" say it
        return _joined([tokens.text[i] for i in range(misread - 1, verb)])
    subject, _ = _subject_of(tokens, verb, inside)
    if placed and preposition in ("from", "to") and tokens.lemma[verb] in CHANGE_NOUNS:
        # "The average wait for a repair rose from six days to 11 days", "cut the journey
        # from 58 minutes to 44 minutes": a level of what changed, the object or subject
        changed = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] == "dobj" and c not in inside and tokens.pos[c] in _NOUNS
        ]
        holder = changed[0] if changed else subject
        if holder is not None and tokens.pos[holder] != "PRON":
            return _noun_phrase(tokens, holder, inside, stop=verb if holder == subject else None)
    if subject is not None and tokens.lower[subject] in ("%", "cent", "percent"):
        # "40 per cent of patients waited four hours": the patients waited.
        of = [c for c in tokens.children[subject] if tokens.lower[c] == "of"]
        owners = [c for c in tokens.children[of[0]] if tokens.dep[c] == "pobj"] if of else []
        subject = owners[0] if owners else None
    who = ""
    if subject is not None and tokens.pos[subject] != "PRON":
        who = _noun_phrase(tokens, subject, inside, False)
    if (
        tokens.lemma[verb] == "be"
        and who
        and subject is not None
        and preposition != "for"  # (not "were without water for 48 hours")
    ):  # "the average response time was 41 minutes"
        return _noun_phrase(tokens, subject, inside, stop=verb)
    if dep == "dobj" and tokens.lemma[verb] == "last" and who:  # "a debate that lasted nine hours"
        return "length of " + who
    if dep == "dobj" and tokens.lemma[verb] == "take":
        # "the case had taken two years to investigate", "the repair takes about 90
        # minutes at a dealership": the time something takes.
        extras = _verb_extras(tokens, verb, inside, unit, 2)
        if who and subject is not None and subject < verb:
            # "Work on the pier will take about 18 months": the work with what it is on
            # (round 25)
            who = _noun_phrase(tokens, subject, inside, stop=verb) or who
        return _budget(["time", *([who] if who else []), tokens.text[verb], *extras])
    if dep == "dobj" and tokens.lemma[verb] in ("have", "give") and is_duration(tokens.lower[unit]):
        # "The company has 30 days to lodge its appeal", "The regulator gave the firm 28
        # days to respond": the time left to act in, not "days has by company" (round
        # 27, lead)
        extras = _verb_extras(tokens, verb, inside, unit, 2)
        # (the act the span is for hangs on the unit: "days [to lodge] its appeal")
        act = next(
            (
                c
                for c in tokens.children[unit]
                if tokens.dep[c] in ("relcl", "acl")
                and any(tokens.lower[a] == "to" for a in tokens.children[c])
            ),
            None,
        )
        if act is not None and not extras:
            acted_on = [
                _noun_phrase(tokens, c, inside, False)
                for c in tokens.children[act]
                if tokens.dep[c] == "dobj" and tokens.pos[c] != "PRON"
            ]
            extras = ["to", tokens.text[act], *acted_on[:1]]
        if tokens.lemma[verb] == "have":
            return _budget(["time", *([who] if who else []), tokens.text[verb], *extras])
        given = [
            _noun_phrase(tokens, c, inside, False)
            for c in tokens.children[verb]
            if tokens.dep[c] == "dative" and tokens.pos[c] != "PRON"
        ]
        return _budget(
            [
                "time given",
                *(["to", given[0]] if given else []),
                *(["by", who] if who else []),
                *extras,
            ]
        )
    if dep == "dobj" and tokens.lemma[verb] in _COPULAS and who and subject is not None:
        # "Waits for cataract surgery reached 39 weeks in August": the level of the waits
        extras = _verb_extras(tokens, verb, inside, unit, 1)
        return _budget([_noun_phrase(tokens, subject, inside, stop=verb), *extras])
    if dep == "dobj":  # "Ambulances lost more than 190,000 hours waiting outside A&E"
        extras = _verb_extras(tokens, verb, inside, unit, 1)
        return _budget(
            [tokens.text[unit], tokens.text[verb], *(["by", who] if who else []), *extras]
        )
    objects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj" and c not in inside and tokens.pos[c] in _NOUNS
    ]
    thing = _noun_phrase(tokens, objects[0], inside, False) if objects else ""
    if tokens.lemma[verb] in SENTENCE_LEMMAS:
        return _budget(["prison sentence", *(["for", thing or who] if thing or who else [])])
    aux = [
        tokens.text[c]
        for c in tokens.children[verb]
        if tokens.dep[c] in ("aux", "auxpass", "neg") and c < verb and tokens.lower[c] != "to"
    ]
    extras = _verb_extras(tokens, verb, inside, unit, 2)[:4] if not thing else []
    if tokens.lemma[verb] == "be" and preposition == "for":
        # "will be exempt from the rules for two years": the state the span is the length of
        states = [c for c in tokens.children[verb] if tokens.dep[c] == "acomp" and c > verb]
        extras = _words_under(tokens, states[0], inside) if states else extras
    words = [w for w in (who, *aux, tokens.text[verb], thing, *extras) if w]
    return _budget([frame, *words], 10)


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


_POSSESSIVES_OF_A_BODY = frozenset({"its", "their"})


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
        if tokens.pos[subjects[0]] != "PROPN" or tokens.ent[subjects[0]] == "PERSON":
            return figure  # a person owns no "its"
        owner = _noun_phrase(tokens, subjects[0], inside, False)
        # (a name told as an owner already: "Punjab's total", round 26)
        known = {re.sub(r"[’']s?$", "", w.casefold()) for w in words}
        if not owner or {w.casefold() for w in owner.split()} & known:
            return figure
        named = [f"{owner}'s" if w.casefold() in _POSSESSIVES_OF_A_BODY else w for w in words]
        if named == words:  # "would close 40 of its 212 dealerships": "close dealerships"
            at = words.index(figure.unit) if figure.unit in words else 0
            named = [*words[:at], f"{owner}'s", *words[at:]]
        return replace(figure, measures=" ".join(named))
    return figure


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


def _person_subject_of(tokens: Tokens, verb: int, possessive: str) -> int | None:
    """The named person subject of ``verb`` who may own a "his" or "her" in its clause:
    tagged a person, before the verb, with no given name of the other sex."""
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return None
    other = FEMININE_GIVEN_NAMES if possessive == "his" else MASCULINE_GIVEN_NAMES
    for child in tokens.children[verb]:
        if (
            tokens.dep[child] == "nsubj"
            and child < verb
            and tokens.pos[child] == "PROPN"
            and tokens.ent[child] == "PERSON"
            and not any(
                tokens.dep[x] == "compound"
                and tokens.lower[x] in other
                and tokens.lower[x] not in UNISEX_GIVEN_NAMES
                for x in tokens.children[child]
            )
        ):
            return child
    return None


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


_OF_A_PRONOUN = re.compile(r"\s+of\s+(that|this|it|them|those)\b", re.IGNORECASE)


# Words that may open an aside told of the noun before its comma: "the VAT increase,
# from 15% to 15.5%,", "The fare rise, up to £2.50,", "the levy, at 2%," (round 22).
_ASIDE_OPENERS = frozenset({"from", "to", "up", "down", "at", "of", "by", "about", "around"})
_ASIDE_NOUN_DEPS = frozenset({"compound", "amod", "poss", "case"})


def _noun_set_off_before(tokens: Tokens, start: int, end: int) -> str:
    """ "the VAT increase, from 15% to 15.5%, would raise ...": a share or a sum set off by
    commas right after a noun, with no measure of its own, measures that noun and the
    words it is told with ("VAT increase"). Only when the aside closes with a comma or
    the sentence's end, so "Sales fell, to £2m" reads as before (round 22)."""
    first, last = tokens.at(start), tokens.at(max(start, end - 1))
    if first < 1 or tokens.end[first] <= start:
        return ""
    before = first - 1
    while before > 0 and first - before <= 2 and tokens.lower[before] in _ASIDE_OPENERS:
        before -= 1
    after = last + 1
    if (
        before < 1
        or tokens.text[before] != ","
        or tokens.sent[before] != tokens.sent[first]
        or after >= len(tokens)
        or tokens.text[after] not in {",", ";"}
    ):
        return ""
    noun = before - 1
    if (
        tokens.pos[noun] not in {"NOUN", "PROPN"}
        or tokens.dep[noun] in {"npadvmod", "appos"}
        or tokens.ent[noun] in {"GPE", "LOC", "DATE", "TIME", "PERSON"}
    ):
        return ""
    begin = noun
    while (
        begin - 1 >= tokens.sent_starts[tokens.sent[noun]]
        and tokens.dep[begin - 1] in _ASIDE_NOUN_DEPS
        and noun >= tokens.head[begin - 1] >= begin - 1
    ):
        begin -= 1
    return _joined([tokens.text[i] for i in range(begin, noun + 1)])


def _bare_age_of_a_person(
    text: str, tokens: Tokens, mention: NumberMention, unit: str | None
) -> bool:
    """ "My father is 84.", "a widow of 88": a bare number that a person is, or that
    describes a person noun with "of", is that person's age, told in passing (a death
    in its sentence keeps it, as for any age)."""
    if unit is not None or mention.currency or mention.percent or not mention.text.isdigit():
        return False
    if not 1 <= int(mention.text) <= 120:
        return False
    index = tokens.at(mention.start)
    if index < 0 or tokens.end[index] != mention.end:
        return False
    # the number itself as the predicate or the object ("is 84 miles", "of 88 homes"
    # make it a count of the noun: nummod, not attr or pobj)
    head = tokens.head[index]
    if tokens.dep[index] in ("attr", "acomp") and tokens.lemma[head] == "be":
        person = _has_person_subject(tokens, head)
    elif (
        tokens.dep[index] == "pobj"
        and tokens.lower[head] in ("over", "under")
        and tokens.lemma[tokens.head[head]] == "be"
    ):
        # "Half of the victims were under 25", "A third of nurses are over 50": the age
        # a group of people is
        person = _has_person_subject(tokens, tokens.head[head])
    elif (
        tokens.dep[index] == "pobj"
        and tokens.lower[head] == "at"
        and tokens.pos[tokens.head[head]] in ("VERB", "AUX")
        and (
            index + 1 == len(tokens)
            or tokens.pos[index + 1] == "PUNCT"
            or tokens.lower[index + 1] in _AGE_CLAUSE_GOES_ON
        )
    ):
        # "she left school at 15 to work", "he took up the fiddle at 9 and": when a
        # person did it (not "she finished at 12 under par": a score)
        person = _has_person_subject(tokens, tokens.head[head])
    elif tokens.dep[index] == "pobj" and tokens.lower[head] == "of":
        noun = tokens.head[head]
        person = tokens.pos[noun] == "NOUN" and _is_person_noun(tokens.lemma[noun])
    elif (
        tokens.lower[index - 1] == "of"
        and index + 1 < len(tokens)
        and tokens.pos[index + 1] == "DET"
    ):
        # "showed a widow of 88 a photograph": a determiner after the number ends its
        # phrase, whatever noun the parser hung it on
        noun = tokens.head[index - 1]
        person = tokens.pos[noun] == "NOUN" and _is_person_noun(tokens.lemma[noun])
    else:
        return False
    return person and not _DEATH_WORDS.search(_sentence_around(text, mention.start, mention.end))


_AGE_CLAUSE_GOES_ON = frozenset({"to", "and", "when", "after", "before", "but", "while"})
_LEAST_OPENING_AGE = 13


def _opening_age_of_a_person(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "At 16 he was playing with the band", "By 18 she had signed for Rovers": the age
    a person did something at opens the sentence and the person follows as its subject
    (whatever unit the word after the number was read as). Not "At 10 the doors opened"
    (a clock's hour is never 13 or more written bare), nor "At 30 the club had 200
    members" (no person); a death in the sentence keeps it, as for any age."""
    if mention.currency or mention.percent or not mention.text.isdigit():
        return False
    if not _LEAST_OPENING_AGE <= int(mention.text) <= 120:
        return False
    index = tokens.at(mention.start)
    if index < 0 or tokens.end[index] != mention.end or index + 1 >= len(tokens):
        return False
    head = tokens.head[index]
    return (
        tokens.dep[index] == "pobj"
        and tokens.lower[head] in AGE_OPENING_PREPOSITIONS
        and _opens_its_sentence(tokens, head)
        and tokens.dep[index + 1] in ("nsubj", "nsubjpass")
        and tokens.head[index + 1] == tokens.head[head]
        and _has_person_subject(tokens, tokens.head[head])
        and not _DEATH_WORDS.search(_sentence_around(text, mention.start, mention.end))
    )


def _opens_its_sentence(tokens: Tokens, index: int) -> bool:
    """The token is the first of its parsed sentence (an opening quote mark aside)."""
    first = tokens.sent_starts[tokens.sent[index]]
    return all(tokens.pos[i] == "PUNCT" for i in range(first, index))


_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd", "advmod", "acomp"})
_COPULAS = frozenset(
    {"be", "become", "remain", "stand", "total", "reach", "hit", "range", "number", "vary"}
)
_TAIL_PREPS = frozenset(
    {
        "of",
        "without",
        "with",
        "in",
        "for",
        "on",
        "from",
        "at",
        "across",
        "over",
        "along",
        "among",
        "about",
        "near",
        "to",
        "into",
        "behind",  # "tenants behind on their rent" (round 18)
    }
)
_LEVEL_PREPS = frozenset({"to", "at", "from", "of", "above", "below", "over", "under"})
_BY_FOR = frozenset({"by", "for"})
_THRESHOLD_PREPS = frozenset({"above", "below", "over", "under", "past", "beyond"})
# Prepositions that place a distance or a height against something ("300 miles from").
_RELATIVE_PREPS = frozenset({"from", "below", "above", "away", "off", "short"})
_WHEN_OWN = frozenset({"at", "for", "on", "in"})
_KIND_PREPS = frozenset({"in", "per"})
_FOR = frozenset({"for"})
_CHANGE_ADVERBS = frozenset({"up", "down"})
_AGE_WINDOW = 12
_AGE_BRACKET = frozenset({"over", "under", "between", "at", "least", "about", "around"})
_WHEN_PREPS = frozenset({"during", "since", "until", "till", "before", "after", "within"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_MAX_MEASURE_WORDS = 14
_STATE_TAIL = re.compile(r"\b(?:with|without)\b")
_MAX_PHRASE = 9


def _noun_phrase(
    tokens: Tokens, head: int, skip: range, with_tail: bool = True, stop: int | None = None
) -> str:
    """The noun phrase around `head`: its modifiers on the left (not its determiner, nor
    the figure itself), and on the right a short participle or prepositional phrase
    ("fighters killed or wounded", "homes without power", "cost of the new stand")."""
    sentence = tokens.sent[head]
    first = head
    index = head - 1
    while (
        index >= 0
        and tokens.sent[index] == sentence
        # (further through a hyphened modifier: "Like-for-like sales", round 18)
        and (head - index <= 4 or (first == index + 2 and _glued_hyphen(tokens, index + 1)))
    ):
        if index in skip or _glued_hyphen(tokens, index):
            index -= 1  # past the figure itself, and through "full-year", "46-bed"
            continue
        if (
            index + 1 == first
            and index > 1
            and _glued_hyphen(tokens, index - 1)
            and tokens.pos[index - 2] != "NUM"  # not "a one-off payment", "a two-year deal"
        ):
            first = index  # "Per-pupil funding": a hyphened modifier the parser split
            index -= 1
            continue
        if tokens.pos[index] in ("DET", "PUNCT", "NUM", "SYM"):
            if tokens.pos[index] == "PUNCT":
                break
            if tokens.pos[index] == "NUM" and (
                _glued_hyphen(tokens, index + 1)  # "zero-degree line"
                or is_duration(unit_name(tokens.text[head]))  # "the three months to June"
            ):
                first = index
            index -= 1
            continue
        glued = index + 2 == first and _glued_hyphen(tokens, index + 1)  # "best-known"
        # "heating and aid shelters": modifiers joined by "and" before their noun.
        joined = tokens.dep[index] in ("conj", "cc") and index + 1 < head
        if glued or (
            (tokens.dep[index] in _MODIFIER_DEPS or joined)
            and hangs_within(tokens.head, index, head, 3)
        ):
            first = index
            index -= 1
            continue
        break
    if first < head and tokens.dep[first] == "case" and tokens.head[first] == first - 1:
        # "Rovers' season-ticket holders": a possessive mark keeps its owner, however far
        # the compound behind it reaches.
        first = first - 1 if first - 1 not in skip else first + 1
    last = head
    # "The number of homeowners three months behind on their repayments": the parser can
    # hang what says which ones are counted on the frame, not on the counted noun.
    of = tokens.head[head]
    framed = (
        tokens.head[of]
        if tokens.dep[head] == "pobj"
        and tokens.lower[of] == "of"
        and tokens.lemma[tokens.head[of]] in _FRAMES
        and tokens.head[of] < of
        else None
    )
    if with_tail:
        index = head + 1
        while (
            index < len(tokens)
            and tokens.sent[index] == sentence
            and index - first < _MAX_PHRASE
            and index not in skip
            and index != stop
        ):
            dep, pos = tokens.dep[index], tokens.pos[index]
            if index == head + 1 and _defining_clause(tokens, head, index):
                # "the number of pupils who achieved a clean sweep": a relative clause with
                # no comma says which ones are counted; it is read as far as it goes (not
                # when it holds the figure itself: "a ground that holds about 900").
                end = _defining_clause_end(tokens, index, first)
                if not any(i in skip for i in range(index, end + 1)):
                    last = end
                break
            if (
                (pos == "PUNCT" and not _glued_hyphen(tokens, index))  # "from 18-year-olds"
                or dep in ("relcl", "appos")
                or tokens.lower[index] in _CLAUSE_STOP
            ):
                break
            if dep == "cc" and _another_amount(tokens, index + 1):
                break  # "a £42m deficit and 1,100 vacancies": another amount, not this noun's
            parent = tokens.head[index]
            if (
                dep in ("nsubj", "nsubjpass")
                and tokens.dep[parent] == "relcl"
                and tokens.head[parent] == head
                and parent - index <= 2
                and parent not in skip
            ):
                last = parent  # "the water it supplies": a relative clause with no "that"
                break
            # A participle the parser hung on a noun before the head ("the number of
            # children deported": "deported" on "number") still describes the head.
            hung_high = (
                index == head + 1
                and parent < head
                and (dep == "acl" or (dep == "amod" and pos == "ADJ"))  # "pupils eligible"
                and hangs_within(tokens.head, head, parent, 4)
            )
            if not (
                hung_high
                or hangs_within(tokens.head, index, head, 5)
                or (
                    framed is not None
                    and index != framed
                    and hangs_within(tokens.head, index, framed, 4)
                    and not hangs_within(tokens.head, framed, index, 4)
                )
                or (last > head and hangs_within(tokens.head, index, last, 3))
                or (last > head and hangs_within(tokens.head, index, head + 1, 3))
            ):
                break
            if (
                index == head + 1
                and dep == "prep"
                and tokens.lower[index] not in _TAIL_PREPS
                and not _accounting_qualifier(tokens, index)
            ):
                break
            if (
                tokens.ent[index] in _WHEN
                and tokens.ent[head] not in _WHEN  # "the year to March" names a period
                and (dep in ("npadvmod", "advmod") or tokens.head[index] == head)
                # "patients waiting more than a year": a span that says which are counted
                and not any(tokens.lower[j] == "than" for j in (index - 1, index - 2) if j > head)
                # "homeowners three or more months behind": how far behind, which ones
                and not (
                    tokens.dep[index] == "npadvmod"
                    and tokens.pos[tokens.head[index]] in ("ADV", "ADJ")
                    and tokens.head[index] > index
                )
            ):
                # "fires attended by crews last year": not the time's own words either
                while last > head and tokens.head[last] == index:
                    last -= 1
                break  # "homes a year", "revenue last year"; not "revenue for its quarter"
            last = index
            index += 1
        while last > head and tokens.pos[last] in ("ADP", "CCONJ", "DET", "PART", "AUX"):
            last -= 1
        if last == head:
            last = _state_phrase(tokens, head, skip, last)
    kept = [
        i
        for i in range(first, last + 1)
        if i not in skip
        and not (i < head and _scale_of_a_number(tokens, i))
        and not (
            i < head
            and tokens.pos[i] in ("DET", "NUM", "SYM")
            and not (tokens.pos[i] == "NUM" and _glued_hyphen(tokens, i + 1))  # "zero-degree"
            # "in the three months to June": a number of a period names the period.
            and not (tokens.pos[i] == "NUM" and is_duration(unit_name(tokens.text[head])))
        )
    ]
    # A hyphen stays only between two kept words ("full-year", not "-bed").
    words = [
        tokens.text[i]
        for n, i in enumerate(kept)
        if not _glued_hyphen(tokens, i) or (n and kept[n - 1] == i - 1 and i + 1 in kept)
    ]
    return _joined(words)


def _accounting_qualifier(tokens: Tokens, preposition: int) -> bool:
    """ "profit before tax", "earnings before interest and tax", "income after housing
    costs": "before" or "after" with a bare noun (no determiner) right after it says which
    line of the accounts the figure is, and stays in the measure (not "homes after the
    flood", a time)."""
    following = preposition + 1
    return (
        tokens.lower[preposition] in ACCOUNTING_QUALIFIER_WORDS
        and following < len(tokens)
        and tokens.pos[following] == "NOUN"
        and tokens.ent[following] not in _WHEN
        and tokens.head[following] in (preposition, following + 1)
    )


def _qualified_noun(tokens: Tokens, preposition: int) -> int | None:
    """The noun an accounting qualifier right after it qualifies ("profit" in "reported
    profit after tax of $1.2bn", wherever the parser hung "after"). None otherwise."""
    if not _accounting_qualifier(tokens, preposition) or tokens.dep[preposition] != "prep":
        return None
    noun = preposition - 1
    if tokens.pos[noun] not in _NOUNS or tokens.sent[noun] != tokens.sent[preposition]:
        return None
    return noun if tokens.head[preposition] in (noun, tokens.head[noun]) else None


def _bare_share_as_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "The survey found 43% had no savings", "Researchers found that 30% said they had
    skipped meals": a share with no "of" phrase as the subject of its own clause is the
    share of those who did what the clause says, not the words before it (round 18)."""
    verb, dep = tokens.head[root], tokens.dep[root]
    if (
        dep not in ("nsubj", "nsubjpass")
        or tokens.pos[verb] not in ("VERB", "AUX")
        or verb < root
        # a finite clause of its own (not "with 74% reaching the standard", an absolute)
        or not (
            tokens.tag[verb] in ("VBD", "VBZ", "VBP")
            or any(tokens.dep[c] in ("aux", "auxpass") for c in tokens.children[verb])
        )
        or not any(tokens.ent[i] == "PERCENT" or tokens.text[i] == "%" for i in inside)
        or any(tokens.dep[c] == "prep" for c in tokens.children[root])
    ):
        return ""
    predicate = _with_predicate(tokens, root, "", inside).strip()
    return _budget(["share", "who", predicate]) if predicate else ""


def _scale_of_a_number(tokens: Tokens, index: int) -> bool:
    """ "the 1.92m offers", "the £5bn deal": a scaled number the parser split from its
    digits or took for a noun is part of the number, no word of what it counts."""
    if tokens.pos[index] == "NUM" or not tokens.text[index][-1:].isalpha():
        return False
    glued = (
        index > 0
        and tokens.pos[index - 1] == "NUM"
        and tokens.end[index - 1] == tokens.start[index]
    )
    written = f"{tokens.text[index - 1]}{tokens.text[index]}" if glued else tokens.text[index]
    numbers = find_numbers(written)
    return (
        len(numbers) == 1
        and numbers[0].end == len(written)
        and numbers[0].value != numbers[0].base
        and not numbers[0].spelled
    )


def _defining_clause(tokens: Tokens, head: int, index: int) -> bool:
    """ "pupils who achieved", "households that cut back": a relative pronoun right after
    the noun, the subject of a clause that hangs on the noun (or on the frame the noun
    is counted in: "the number of pupils who")."""
    clause = tokens.head[index]
    return (
        tokens.lower[index] in ("who", "that")
        and tokens.dep[index] in ("nsubj", "nsubjpass")
        and tokens.dep[clause] == "relcl"
        and hangs_within(tokens.head, head, tokens.head[clause], 2)
    )


def _defining_clause_end(tokens: Tokens, pronoun: int, first: int) -> int:
    """The last word of the relative clause `pronoun` opens, within the phrase's length."""
    clause = tokens.head[pronoun]
    last = pronoun
    for index in range(pronoun + 1, min(len(tokens), first + _MAX_PHRASE + 3)):
        if tokens.pos[index] == "PUNCT" or not hangs_within(tokens.head, index, clause, 4):
            break
        last = index
    while last > pronoun and tokens.pos[last] in ("ADP", "CCONJ", "DET", "PART", "AUX"):
        last -= 1
    return last


def _another_amount(tokens: Tokens, index: int) -> bool:
    """A conjoined noun with its own amount ("and 1,100 vacancies"), not a number word
    inside this noun's name ("category one and two calls")."""
    if index >= len(tokens) or tokens.pos[index] not in ("NUM", "SYM"):
        return False
    if tokens.dep[index] == "conj" and tokens.text[index][:1].isdigit():
        return True  # "up from 39,800 in 2024 and 35,100 in 2020": an amount of its own
    counted = tokens.head[index]
    while tokens.pos[counted] in ("NUM", "SYM") and tokens.head[counted] != counted:
        counted = tokens.head[counted]  # "£ 42m", "1.2 million"
    return counted > index and tokens.dep[counted] == "conj"


def _glued_hyphen(tokens: Tokens, index: int) -> bool:
    """A hyphen written inside a compound ("full-year"): touching both its neighbours."""
    return (
        0 < index < len(tokens) - 1  # (first: "index + 1" past the last word, round 20)
        and tokens.text[index] in ("-", "–")
        and tokens.end[index - 1] == tokens.start[index]
        and tokens.end[index] == tokens.start[index + 1]
    )


def _state_phrase(tokens: Tokens, head: int, skip: range, last: int) -> int:
    """ "left 40,000 homes without power": a "with"/"without" phrase right after the noun
    says the state of what is counted, even when the parser hangs it on the verb."""
    preposition = head + 1
    if (
        preposition < len(tokens)
        and preposition not in skip
        and tokens.lower[preposition] in ("without", "with")
        and tokens.head[preposition] in (head, tokens.head[head])
        and tokens.sent[preposition] == tokens.sent[head]
    ):
        objects = [c for c in tokens.children[preposition] if tokens.dep[c] == "pobj"]
        if objects and objects[0] - preposition <= 3:
            return objects[0]
    return last


def _time_read_as_a_second_subject(tokens: Tokens, verb: int, subject: int) -> bool:
    """ "Town's average attendance this season is 18,240": the parser can take the time
    between the subject and its verb for a second subject; the other one is the subject."""
    return tokens.ent[subject] in _WHEN and any(
        tokens.dep[c] in ("nsubj", "nsubjpass") and c < subject and tokens.ent[c] not in _WHEN
        for c in tokens.children[verb]
    )


def _holder_of_a_with_count(tokens: Tokens, subject: int) -> int:
    """ "A large home with five or more people will pay around £2,530": the parser can
    take the counted noun of a "with" phrase for the verb's subject; the noun "with"
    belongs to is. The subject itself otherwise."""
    numbers = [c for c in tokens.children[subject] if tokens.pos[c] == "NUM" and c < subject]
    if not numbers:
        return subject
    before = min([numbers[0], *tokens.children[numbers[0]]]) - 1
    if before < 1 or tokens.lower[before] != "with" or tokens.dep[before] != "prep":
        return subject
    holder = tokens.head[before]
    return holder if holder < before and tokens.pos[holder] in _NOUNS else subject


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
                if _time_read_as_a_second_subject(tokens, current, child):
                    continue
                child = _holder_of_a_with_count(tokens, child)
                child = _named_before_a_remark(tokens, current, child)
                if step == 0:
                    passive = role == "nsubjpass"
                if tokens.lower[child] in _RELATIVES and tokens.dep[current] == "relcl":
                    antecedent = tokens.head[current]
                    return (antecedent if antecedent not in skip else None), passive
                return child, passive
        parent, dep = tokens.head[current], tokens.dep[current]
        if parent == current or tokens.sent[parent] != tokens.sent[verb]:
            return None, passive
        if dep in ("acl", "relcl") and tokens.pos[parent] in _NOUNS:
            if step == 0:
                passive = tokens.tag[current] == "VBN"
            return (parent if parent not in skip else None), passive
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


def _priced_noun_before(tokens: Tokens, verb: int, skip: range) -> int | None:
    """ "The council approved a new bridge, costing £14m", "said a national fraud unit,
    costing £9m over three years, would begin": a participle of what a thing costs or is
    worth (a sum tied by "of": "cost of", "value of"), set off by a comma right after an
    object, describes that object, however the parser hung it (on the main verb, whose
    subject is the one who approved or spoke). None when it does not apply."""
    if (
        tokens.tag[verb] != "VBG"
        or tokens.dep[verb] != "advcl"
        or not (AMOUNT_NOUNS.get(tokens.lemma[verb]) or "").endswith(" of")
        or verb < 2
        or tokens.text[verb - 1] != ","
    ):
        return None
    noun = verb - 2
    if (
        noun in skip
        or tokens.pos[noun] != "NOUN"
        or tokens.dep[noun] not in ("dobj", "pobj")
        or tokens.sent[noun] != tokens.sent[verb]
    ):
        return None
    # Set off on both sides, the clause going on after it: a participle closing the
    # sentence tells what the whole event cost ("The fire gutted the warehouse, costing
    # £2m in damage", "Fans queued for hours, costing the club £40,000").
    if any(tokens.dep[c] == "dative" for c in tokens.children[verb]):
        return None  # "flooded the depot, costing the firm $4m, and": what the event cost
    after = verb + 1
    while after < len(tokens.text) and tokens.sent[after] == tokens.sent[verb]:
        if tokens.text[after] == ",":
            break
        if tokens.pos[after] in ("VERB", "AUX") and not _scale_after_a_number(tokens, after):
            return None
        after += 1
    if (
        after + 1 >= len(tokens.text)
        or tokens.text[after] != ","
        or tokens.sent[after + 1] != tokens.sent[verb]
        or tokens.pos[after + 1] == "PUNCT"
    ):
        return None
    return noun


def _speaker_of_a_joined_act(tokens: Tokens, act: int, state: int) -> int | None:
    """ "Lorna Vance said the detection rate was a scandal and called for 1,000 extra
    officers", "Dale Hume said the figures were grim and demanded 500 more nurses": a
    past act with an object, joined to a state the speaker reports (a copula under a
    speech verb), is the speaker's, however the parser joined it (to the state, whose
    subject is a thing). Not a change ("said sales were weak and fell 3%"), nor a verb
    of its own tense ("and would take ten years"). None when it does not apply."""
    speech = tokens.head[state]
    if (
        tokens.lemma[state] != "be"
        or tokens.dep[state] != "ccomp"
        or tokens.lemma[speech] not in SPEECH_LEMMAS
        or tokens.tag[speech] != "VBD"
        or tokens.tag[act] != "VBD"
        or tokens.lemma[act] in CHANGE_NOUNS
        or tokens.lemma[act] == "be"
    ):
        return None
    children = tokens.children[act]
    if any(tokens.dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children):
        return None
    if not any(
        tokens.dep[c] == "dobj" or (tokens.dep[c] == "prep" and tokens.lower[c] == "for")
        for c in children
    ):
        return None
    things = [c for c in tokens.children[state] if tokens.dep[c] == "nsubj"]
    speakers = [c for c in tokens.children[speech] if tokens.dep[c] == "nsubj"]
    if (
        not things
        or not speakers
        or tokens.pos[things[0]] != "NOUN"
        or tokens.ent[things[0]] in _HOLDER_ENTS
    ):
        return None
    return speakers[0]


def _scale_after_a_number(tokens: Tokens, index: int) -> bool:
    """ "£9m", "£1.3m withheld": the tagger can read the "m" of a sum as a verb; a word
    glued to a number is its scale, never a verb."""
    return (
        index > 0
        and tokens.pos[index - 1] == "NUM"
        and tokens.start[index] == tokens.end[index - 1]
    )


def _remarks_on_a_subject(tokens: Tokens, verb: int, subject: int) -> bool:
    """ "The number of lorries crossing each day, a figure watched by hauliers, rose": a
    measure noun with "a", parsed as a second subject, only remarks on the subject
    before it."""
    return (
        tokens.lemma[subject] in ANAPHORIC_MEASURE_NOUNS
        and any(tokens.lower[c] in ("a", "an") for c in tokens.children[subject])
        and any(
            c < subject and tokens.dep[c] in ("nsubj", "nsubjpass") for c in tokens.children[verb]
        )
    )


def _named_before_a_remark(tokens: Tokens, verb: int, subject: int) -> int:
    """ "The bank expects CPIF inflation, its target measure, to slow to 2.1%": a
    subject set off by commas right after the object of the verb that governs its own is
    a remark on that object; the object is what slows. The subject otherwise."""
    first = min((c for c in tokens.children[subject] if c < subject), default=subject)
    comma, governor = first - 1, tokens.head[verb]
    if (
        comma < 1
        or tokens.text[comma] != ","
        or subject + 1 >= len(tokens)
        or tokens.text[subject + 1] != ","
        or governor == verb
        or tokens.dep[verb] not in ("ccomp", "xcomp")
    ):
        return subject
    noun = comma - 1
    if tokens.dep[noun] == "dobj" and tokens.head[noun] == governor and tokens.pos[noun] in _NOUNS:
        return noun
    return subject


def _budget(words: list[str], limit: int = _MAX_MEASURE_WORDS) -> str:
    return _joined(words[:limit])


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
            phrases += 1
    return words


def _other_level_of_time(tokens: Tokens, preposition: int, noun: int) -> bool:
    """ "has risen from nine days to 14 days": the other end of the change, a span of
    time with its own number, is not what the span measures."""
    return (
        tokens.lower[preposition] in ("from", "to")
        and is_duration(unit_name(tokens.text[noun]))
        and any(tokens.pos[c] == "NUM" for c in tokens.children[noun])
    )


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


def _clause_measure(
    tokens: Tokens, verb: int, skip: range, preposition: str = "", amount: int | None = None
) -> str:
    """ "revenue rose 6%" -> "rise in revenue"; "fell 3.2 per cent to 864p" -> the
    subject for the level; "ordered to pay £94m" -> "payment by <who was ordered>";
    "received £1.3m in pay" -> "pay received by <who>"; otherwise the subject and the
    verb with what the clause says of the amount. A copula only links: the subject."""
    doer = verb
    if tokens.pos[verb] in ("ADV", "ADP") and tokens.head[verb] != verb:  # "demand was up 7%"
        doer = tokens.head[verb]
        if tokens.pos[doer] == "NUM" and tokens.head[doer] != doer:
            # "reached £1.9bn (up 4%)": the change hangs on the level; the level's verb
            # says what changed.
            doer = tokens.head[doer]
            if tokens.pos[doer] == "ADP" and tokens.head[doer] != doer:  # "stood at £412,000"
                doer = tokens.head[doer]
        change = CHANGE_NOUNS.get(tokens.lower[verb])
        if change and tokens.pos[doer] in _NOUNS and doer < verb and doer not in skip:
            # "Prices, up 3% on the month, are at a record": the noun before is what rose.
            return _budget([change, "in", _noun_phrase(tokens, doer, skip, stop=verb)])
    subject, passive = _subject_of(tokens, doer, skip)
    frame = subject
    if subject is not None:
        subject = _through_frames(tokens, subject)
    known = subject is not None and tokens.pos[subject] != "PRON"
    phrase = _those_of(tokens, subject, skip) if subject is not None and not known else ""
    if subject is not None and not known and not phrase and _told_by_its_clause(tokens, subject):
        # "those who pay when a bill arrives will pay £1,951": the pronoun and its clause
        phrase = _noun_phrase(tokens, subject, skip, stop=doer)
    known = known or bool(phrase)
    if subject is not None and known and not phrase:
        # "a reservoir costing $1.6bn": the participle is not part of its own subject.
        phrase = _noun_phrase(tokens, subject, skip, stop=doer)
        owner = _owner_named_before(tokens, subject)
        if owner and phrase.split()[:1] == [tokens.text[owner[0]]]:
            phrase = _joined([owner[1], *phrase.split()[1:]])  # "Its shares rose 4%"
        appositive = _appositive_name(tokens, subject, skip)
        if appositive and appositive not in phrase:
            phrase = f"{phrase}, {appositive}"
        if frame is not None and frame != subject:
            phrase = _joined([phrase, *_clause_on_the_frame(tokens, frame, subject, phrase, skip)])
    lemma, lower = tokens.lemma[verb], tokens.lower[verb]
    if lemma in _COPULAS and tokens.pos[verb] != "ADV":  # "inflation was 3.1% in May"
        # "Sea temperatures were 2.1C above the long-term average": what it is set against.
        against = _own_phrases(tokens, amount, skip, _THRESHOLD_PREPS) if amount is not None else []
        # "The vaccine was 87 per cent effective at ...": the quality the share is of.
        quality = (
            [
                c
                for c in tokens.children[amount]
                if tokens.dep[c] == "amod" and tokens.pos[c] == "ADJ" and c == amount + 1
            ]
            if amount is not None
            else []
        )
        if quality:
            against = _words_under(tokens, quality[0], skip) + against
        when = _place_or_time(tokens, verb, skip, amount) or (
            _when_of(tokens, [verb], skip, before=True) if lemma == "be" else []
        )  # ("Her pay last year was £1.2m"; not "could hit 34C this weekend": an event)
        if (
            phrase
            and " " not in phrase
            and subject is not None
            and tokens.lower[subject] not in ANAPHORIC_MEASURE_NOUNS  # told from before
        ):
            # "Under white LED lamps the drop was 52%": a lone noun is measured under the
            # conditions set before it.
            fronted = [
                word
                for c in tokens.children[verb]
                if tokens.dep[c] == "prep" and c < subject
                for word in _extra_phrase(tokens, verb, c, skip)
            ]
            when = [word.lower() if n == 0 else word for n, word in enumerate(fronted)] + when
        return _budget([phrase, *against, *when]) if phrase else ""
    own = _own_phrases(tokens, amount, skip) if amount is not None else []
    if amount is not None and tokens.dep[amount] == "conj" and tokens.head[amount] == verb:
        # "Tickets cost £15, or £9 for under-25s": a second sum the parser joined to the
        # verb keeps whom or what it is for (the first has it on the verb's object)
        own += _own_phrases(tokens, amount, skip, _FOR)
    if not own and amount is not None and amount in skip:
        # "save £4m a year in drug costs": the kind of money, wherever the parser hung it.
        own = _phrase_words_after(tokens, skip, frozenset({"in"}), past_rate=True)
    change = CHANGE_NOUNS.get(lemma) or CHANGE_NOUNS.get(lower) or _phrasal_change(tokens, verb)
    kind_noun = _amount_noun(tokens, verb)
    changed = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj"
        and tokens.pos[c] in _NOUNS
        and c not in skip
        and not (change is not None and _is_an_amount(tokens, c, skip))
    ]
    if change is not None and changed and preposition in ("by", "to", "from"):
        kind_noun = None  # "raised the dividend by 5% to 21p": a change, no sum raised
    if change is not None and kind_noun is None:
        # "cut the number of ships from 36 to 24": a level of what the verb changes.
        if changed and preposition == "to" and _supply_to_a_count(tokens, changed[0], amount):
            # "Eskom cut power to 1.2 million homes": the homes it was cut to, not a level
            # of power (round 27)
            assert amount is not None
            return _budget(
                [
                    tokens.text[amount],
                    *([phrase] if phrase else []),
                    tokens.text[verb],
                    tokens.text[changed[0]],
                    "to",
                ]
            )
        if changed and preposition in _LEVEL_PREPS:
            return _noun_phrase(tokens, _through_frames(tokens, changed[0]), skip)
        if changed:  # "cut its workforce by 10%"
            target = _through_frames(tokens, changed[0])
            # "cut the risk of a second stroke by 27%": the "of" says whose risk (round 18)
            of = target + 1 < len(tokens) and tokens.lower[target + 1] == "of"
            thing = _noun_phrase(tokens, target, skip, of)
            return _budget([change, "in", thing, *(["at", phrase] if phrase else [])])
        if preposition in _THRESHOLD_PREPS and known:
            # "temperatures climbed above 28C": the threshold crossed, said as crossed.
            when = _place_or_time(tokens, doer, skip, amount)
            return _budget([phrase, tokens.text[verb], preposition, *when])
        if preposition in _LEVEL_PREPS or not known:  # the level: "fell to 4.2%"
            return _budget([phrase, *_place_or_time(tokens, doer, skip, amount)]) if phrase else ""
        extras = _verb_extras(tokens, verb, skip, amount) or _verb_extras(
            tokens, doer, skip, amount
        )
        on = extras[:2] if extras[:1] == ["on"] else []  # "up 7% on last year"
        on = extras[:3] if extras[1:2] == ["on"] and len(set(extras[:3:2])) == 1 else on
        when = _when_of(tokens, [verb], skip)
        if doer != verb:  # "demand was up 7%": the change named, "rise in demand"
            return _budget([change, "in", phrase, *on, *when])
        # "fell 14% in after-hours trading": where or how the change happened. The
        # change is named as a noun ("house prices climbed 2.7%" -> "rise in house
        # prices"), as a figure's label reads.
        where = extras[:2] if extras[:1] == ["in"] else []
        if lemma in OWNER_CHANGE_LEMMAS:  # "the women lost £186,000": the owner's loss
            return _budget([phrase, tokens.text[verb], *where, *on, *when])
        return _budget([change, "in", phrase, *where, *on, *when])
    extras = _verb_extras(tokens, verb, skip, amount)
    if len(own) > 1 and own[1] in " ".join(extras):
        own = []  # the clause already says it ("earned ... in her whole career")
    paid_as = len(own) > 1 and _is_payment_form(own[1])  # "in cash"
    if own[:1] == ["in"] and extras[:1] != ["in"] and not paid_as:
        extras = own + extras
    elif own:
        extras = extras + own
    if kind_noun is not None and preposition in ("", "for", "up", "by"):
        kind_in = extras[:1] == ["in"] and len(extras) > 1 and not _is_payment_form(extras[1])
        if kind_in and tokens.tag[verb] in ("VBD", "VBN"):  # "received £1.3m in pay"
            kind, link, extras = f"{extras[1]} {tokens.text[verb]}", "by", extras[2:]
        elif kind_in:  # "would save £4m a year in drug costs": savings in drug costs
            kind, _, link = kind_noun.rpartition(" ")
            kind, extras = f"{kind} in {extras[1]}", extras[2:]
            link = "of" if passive else link
        else:
            kind, _, link = kind_noun.rpartition(" ")
            link = "of" if passive else link
        head = f"{kind} {link} {phrase}" if phrase else kind
        # (a measure stays short; a sum "for" something is no object of two: "sold his
        # stake for 3.5 million euros" sold the stake, not to it)
        if len(" ".join([head, *extras]).split()) < 8 and preposition != "for":
            extras = _paid_to(tokens, verb, skip, extras) + extras
        anchors = [verb] if amount is None else [amount, verb]
        return _budget([head, *extras, *_when_of(tokens, anchors, skip)])
    if not known and not extras:
        return ""
    if amount is not None and lemma in CONTAINING_LEMMAS and (not extras or extras[0] == "for"):
        # "The budget includes €900,000 for street lighting": a bare sum a budget holds
        # is the money for what it is for (round 25).
        purpose = extras or _purpose_of(tokens, amount, skip)
        if purpose and phrase:
            return _budget(["money", *purpose, "in", phrase])
    before = [phrase] if phrase else []
    return _budget([*before, tokens.text[verb], *extras])


def _supply_to_a_count(tokens: Tokens, changed: int, amount: int | None) -> bool:
    """ "cut power to 1.2 million homes", "cut supplies to 3,000 homes": the object is a
    bare noun with nothing to count it (no determiner, owner or number) and the count
    after "to" counts something else, so the count is who lost the supply, not a level
    of it ("cut its workforce to 3,000 staff" has an owner; "cut jobs to 3,000" no
    counted noun). The count must be of homes or of customers (HOME_KIND_NOUNS,
    CLIENT_NOUNS)."""
    if amount is None or tokens.pos[amount] != "NOUN":
        return False
    if tokens.lower[amount] not in HOME_KIND_NOUNS and tokens.lemma[amount] not in CLIENT_NOUNS:
        return False  # "reduced services to 12 trains a day": a level of the service
    return not any(
        tokens.dep[c] in ("det", "poss", "nummod", "compound", "amod")
        for c in tokens.children[changed]
    )


def _is_a_sum(tokens: Tokens, inside: range) -> bool:
    """A figure written as money ("€3.2m", "$450,000"): a currency sign or a money entity."""
    return any(tokens.pos[i] == "SYM" or tokens.ent[i] == "MONEY" for i in inside)


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


def _is_an_amount(tokens: Tokens, noun: int, skip: range) -> bool:
    """ "Rents shot up 12 per cent to £1,450", "Diesel rose to 152.9p a litre": the parser
    may make the change's own unit ("cent") or the rate's base ("a litre", right after
    the amount) the verb's object; neither is the thing that changed."""
    if tokens.lower[noun] in _PERCENT_WORDS:
        return any(tokens.pos[c] == "NUM" for c in tokens.children[noun])
    return (
        noun == skip.stop + 1
        and tokens.lower[skip.stop] in ("a", "an", "per")
        and canonical_unit(tokens.text[noun]) is not None
    )


def _phrasal_change(tokens: Tokens, verb: int) -> str | None:
    """ "Water bills are going up by £2 to £28", "fares went down by 20p to £2": a verb of
    moving with the particle "up" or "down" is a verb of change (a rise or a fall), so
    the amount after "by" is the change and the one after "to" the level. None
    otherwise, and when the verb has no noun of its own for a subject (a participle or
    "it": the words around say better what went up)."""
    if tokens.lemma[verb] not in RISE_UP_VERBS or not any(
        tokens.dep[c] in ("nsubj", "nsubjpass") and tokens.pos[c] in _NOUNS
        for c in tokens.children[verb]
    ):
        return None
    particles = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] in ("prt", "advmod") and tokens.lower[c] in _CHANGE_ADVERBS and c > verb
    ]
    return CHANGE_NOUNS[tokens.lower[particles[0]]] if particles else None


def _clause_on_the_frame(
    tokens: Tokens, frame: int, noun: int, phrase: str, skip: range
) -> list[str]:
    """ "The number of families the charity helped with food parcels rose to 2,940": the
    parser hangs the counted noun's own clause on the frame ("number"); its words, right
    after the noun, say which are counted. [] when the frame has no such clause or the
    noun's phrase already holds it."""
    clauses = [c for c in tokens.children[frame] if tokens.dep[c] in ("relcl", "acl") and c > noun]
    words: list[str] = []
    if not clauses or tokens.text[clauses[0]] in phrase.split():
        return words
    for index in range(noun + 1, min(noun + 1 + _MAX_PHRASE, len(tokens))):
        if index in skip or tokens.pos[index] == "PUNCT":
            break
        if not hangs_within(tokens.head, index, clauses[0], 6):
            break
        words.append(tokens.text[index])
    while words and words[-1].lower() in _STOP_WORDS:  # not a dangling "in" or "the"
        words.pop()
    return words


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


def _told_by_its_clause(tokens: Tokens, pronoun: int) -> bool:
    """ "those who pay by cheque", "anyone who booked online": a pronoun whose relative
    clause, right after it, says who it is."""
    return tokens.pos[pronoun] == "PRON" and any(
        tokens.dep[c] == "relcl" and c > pronoun for c in tokens.children[pronoun]
    )


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


def _is_payment_form(phrase: str) -> bool:
    """ "cash", "shares": how a sum is paid, not what kind of money it is."""
    first = phrase.lower().split()[:1]
    return bool(first) and first[0] in PAYMENT_FORMS


def _amount_noun(tokens: Tokens, verb: int) -> str | None:
    """The sum a verb makes of its amount (AMOUNT_NOUNS), by its lemma or, where the
    tagger's lemma is wrong ("fined" -> "fin"), by its written past form."""
    found = AMOUNT_NOUNS.get(tokens.lemma[verb])
    lower = tokens.lower[verb]
    if found is None and lower.endswith("ed"):
        found = AMOUNT_NOUNS.get(lower[:-1]) or AMOUNT_NOUNS.get(lower[:-2])
    return found


def _place_or_time(tokens: Tokens, verb: int, skip: range, amount: int | None) -> list[str]:
    """ "in May", "in Seville": where or when a level or a linked amount holds."""
    words = _verb_extras(tokens, verb, skip, amount, 1)
    return words if words[:1] and words[0].lower() in ("in", "on", "at", "for") else []


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


def _when_of(tokens: Tokens, anchors: list[int], skip: range, before: bool = False) -> list[str]:
    """ "last year", "this year": a time the amount or its verb holds at, said as a bare
    noun phrase beside it (after it; with `before`, also before it: "Her pay last year
    was £1.2m")."""
    for anchor in anchors:
        for child in tokens.children[anchor]:
            if (
                (child > anchor or before)
                and child not in skip
                and tokens.dep[child] == "npadvmod"
                and tokens.ent[child] == "DATE"
            ):
                kept = [c for c in tokens.children[child] if c < child][-2:]
                words = [tokens.text[c] for c in (*kept, child)]
                first = (*kept, child)[0]
                if first == 0 or tokens.sent[first - 1] != tokens.sent[first]:
                    words[0] = words[0].lower()  # "Last year the deficit was £2.1bn"
                return words
    return []


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


def _heads_chain(tokens: Tokens, noun: int) -> list[int]:
    """The noun and the object of its one prepositional phrase ("shares in the parent")."""
    chain = [noun]
    for child in tokens.children[noun]:
        if tokens.dep[child] == "prep" and child > noun:
            chain += [c for c in tokens.children[child] if tokens.dep[c] == "pobj"][:1]
            break
    return chain


def _owner_named_before(tokens: Tokens, noun: int) -> tuple[int, str] | None:
    """ "Orvane Motors said profits fell. Its shares rose 4%": the body a possessive "its"
    or "their" on `noun` stands for, when the main clause before it (in its sentence or
    the one before) has an organisation's name for its subject, told as an owner
    ("Orvane Motors'"); None otherwise."""
    pronouns = [
        c
        for c in tokens.children[noun]
        if tokens.dep[c] == "poss" and tokens.lower[c] in ("its", "their") and c < noun
    ]
    if not pronouns:
        return None
    pronoun = pronouns[0]
    sentence = tokens.sent[pronoun]
    first = tokens.sent_starts[max(0, sentence - 1)]
    for index in range(pronoun - 1, first - 1, -1):
        verb = tokens.head[index]
        if tokens.dep[index] in ("nsubj", "nsubjpass") and tokens.head[verb] == verb:
            entity = tokens.entity(index)
            if entity is None or entity.label != "ORG":
                return None
            name = entity.text.removeprefix("The ").removeprefix("the ")
            return pronoun, name + ("'" if name.endswith("s") else "'s")
    return None


def _through_frames(tokens: Tokens, noun: int, units: bool = False) -> int:
    """ "Estimates of the number of displaced families" -> "families"; with `units`,
    through a unit of measurement instead ("14kg of cocaine" -> "cocaine")."""
    for _ in range(3):
        if units:
            framing = canonical_unit(tokens.text[noun]) is not None
        else:
            framing = tokens.lemma[noun] in _FRAMES
        if not framing:
            return noun
        of = [
            c for c in tokens.children[noun] if tokens.dep[c] == "prep" and tokens.lower[c] == "of"
        ]
        objects = [c for c in tokens.children[of[0]] if tokens.dep[c] == "pobj"] if of else []
        if not objects:
            return noun
        noun = objects[0]
    return noun


_SHARED_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _with_predicate(tokens: Tokens, noun: int, phrase: str, skip: range) -> str:
    """ "dogs reported stolen", "people killed", "schools staying closed", "flights
    cancelled", "villages mobile teams would visit", "people signed a petition", "plot
    watched by people", "crews took water samples at points": a counted noun is counted
    by what it did or what was done to it, in the words of its own clause."""
    verb = tokens.head[noun]
    dep = tokens.dep[noun]
    if verb == noun:
        return phrase
    if dep == "appos" and verb < noun and _across_a_dateline(tokens, verb, noun):
        verb, dep = tokens.head[verb], tokens.dep[verb]  # the dateline's clause is the noun's
    first = verb
    if dep == "conj" and tokens.pos[first] in _NOUNS and tokens.dep[first] in _SHARED_ROLES:
        # "destroyed 300 homes and 40 schools", "ended the season with 71 goals and 84
        # points": the later count shares the clause.
        verb, dep = tokens.head[first], tokens.dep[first]
        skip = range(min(skip.start, first), max(skip.stop, first + 1))
    speech = tokens.lemma[verb] in SPEECH_VERBS or tokens.lower[verb] in SPEECH_VERBS
    saying: list[int] = []
    if speech and dep == "nsubj":
        # "230 schools announced they will stay closed": what they said of themselves.
        said = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] == "ccomp"
            and any(
                tokens.dep[g] == "nsubj" and tokens.pos[g] == "PRON" for g in tokens.children[c]
            )
        ]
        # "One in 10 drivers admitted using a phone": what they said they did, as said.
        doing = [c for c in tokens.children[verb] if c == verb + 1 and tokens.dep[c] == "xcomp"]
        if not said and doing and tokens.tag[doing[0]] == "VBG":
            said, saying = doing, [verb]
        if not said:
            return phrase
        verb = said[0]
    elif speech and dep not in ("nsubjpass", "dobj"):  # "were admitted to hospital"
        return phrase  # ("recalled 60,000 trucks": a counted object is not speech either)
    if dep == "npadvmod" and noun > verb and _is_passive(tokens, verb):
        dep = "dobj"  # "have been deducted 12 points": the parser's second object
    if dep in ("nsubj", "nsubjpass") and tokens.pos[verb] in ("VERB", "AUX"):
        copula = tokens.lemma[verb] == "be"
        since = _since_clause(tokens, verb)
        # "members did not vote": the "not" keeps what they did from flipping.
        negation = [c for c in tokens.children[verb] if tokens.dep[c] == "neg" and c < verb]
        read = [] if copula else [*negation[:1], verb]
        capped = False
        for index in range(verb + 1, min(verb + 8, len(tokens))):
            if index in skip or (tokens.pos[index] == "PUNCT" and not _glued_hyphen(tokens, index)):
                break  # "went into new-build homes" reads on through its hyphen
            if _joined_participle(tokens, verb, index):
                read.append(index)  # "were killed or injured": both are what was done
                continue
            # "one in five people is now 65 or older": an age the copula says they are
            aged = copula and tokens.pos[index] == "NUM" and tokens.dep[index] == "attr"
            bracket = (  # "65 or older", "16 and under"
                tokens.dep[index] in ("cc", "conj")
                and tokens.head[index] in read
                and tokens.dep[tokens.head[index]] == "attr"
                and tokens.pos[tokens.head[index]] == "NUM"
            )
            if tokens.ent[index] in _WHEN and not _names_an_event(tokens, index) and not aged:
                break
            if tokens.pos[index] == "SYM" or tokens.ent[index] in ("MONEY", "PERCENT"):
                break  # "cleared at £58.20, up 7% from £54.23": another sum or share is
                # not what this one counts ("killed nine lambs" still tells it)
            if bracket:
                read.append(index)
                continue
            inside_since = since is not None and hangs_within(tokens.head, index, since, 3)
            # "Monday's", the hyphen of "new-build": one step deeper
            possessive = tokens.dep[index] == "case" or any(
                _glued_hyphen(tokens, i) for i in (index - 1, index, index + 1)
            )
            if not inside_since and (
                not (
                    hangs_within(tokens.head, index, verb, 4 if possessive else 3)
                    or _modifies_a_near_noun(tokens, index, verb)
                )
                or tokens.dep[index] in ("ccomp", "conj", "cc", "advcl", "mark", "acl", "relcl")
            ):
                break
            read.append(index)
            # Six words, a hyphened compound ("state-run", "play-off") counted as one.
            # (a possessive "'s" is no word of its own: "the council's housing waiting list")
            words = (
                len(read)
                - 2 * sum(_glued_hyphen(tokens, i) for i in read)
                - sum(tokens.dep[i] == "case" for i in read)
            )
            if words >= 6 and not _glued_hyphen(tokens, index + 1):
                capped = True
                break
        if capped and _cut_inside_a_phrase(tokens, read):
            # "pounded the coast between Saldanha Bay [and Mossel Bay]": a place cut short
            # is no place; the clause ends before its preposition (round 27)
            last_preposition = max(
                (i for i, r in enumerate(read) if r != verb and tokens.pos[r] == "ADP"),
                default=None,
            )
            if last_preposition is not None:
                del read[last_preposition:]
        if len(read) > 2 and _glued_hyphen(tokens, read[-1]):
            del read[-2:]  # "for the play-": a compound cut at its hyphen is no word
        while (
            read
            and not _glued_hyphen(tokens, read[-1] - 1)  # "play-off" ends in a word
            and (
                (
                    tokens.pos[verb] != "AUX"
                    and (
                        tokens.lower[read[-1]] in _STOP_WORDS
                        or (read[-1] != verb and tokens.pos[read[-1]] == "ADP")
                    )
                )
                # "excluded this term", "in buildings over 50 years old": a word left
                # without the noun it needs ends nothing.
                or (read[-1] != verb and tokens.pos[read[-1]] in ("DET", "ADP", "CCONJ", "SCONJ"))
            )
        ):
            read.pop()
        if copula and not read:
            return phrase
        when = _clause_time(tokens, verb, skip, read[-1] if read else verb)
        return _budget([phrase, *(tokens.text[i] for i in saying + read), *when])
    if dep == "pobj" and tokens.lower[verb] in ("including", "among"):
        return _governed_by_preposition(tokens, noun, verb, phrase, skip)
    if tokens.pos[verb] != "VERB":
        if dep == "pobj" and tokens.pos[verb] == "ADP":
            return _governed_by_preposition(tokens, noun, verb, phrase, skip)
        return phrase
    if dep == "dobj":
        subject, passive = _subject_of(tokens, verb, skip)
        named = subject is not None and tokens.pos[subject] in _NOUNS and subject not in skip
        who = _named(tokens, subject, skip) if named and subject is not None else ""
        if passive and who:
            # "Wrexley have been deducted 12 points": the points the subject was deducted
            # (not deducted "by" it), in the clause's own words.
            aux = [
                tokens.text[c]
                for c in tokens.children[verb]
                if tokens.dep[c] in ("aux", "auxpass", "neg") and c < verb
            ]
            after = _verb_extras(tokens, verb, skip, noun, 1)
            return _budget([phrase, who, *aux, tokens.text[verb], *after])
        # "holds 600 objects from the period", "loses water through leaking pipes": a
        # phrase the parser hung on the verb after the noun still describes the count.
        after = [
            word
            for word in _verb_extras(tokens, verb, skip, noun, 1)
            if not _STATE_TAIL.search(phrase)
        ]
        if tokens.tag[verb] in ("VBD", "VBN") and tokens.lower[verb].endswith("ed"):
            # "carried out 3,400 hip replacements": the verb with its particle.
            particle = [tokens.text[c] for c in tokens.children[verb] if tokens.dep[c] == "prt"]
            done = [tokens.text[verb], *particle[:1]]
            return _budget([phrase, *done, *(["by", who] if who else []), *after])
        purpose = _purpose_of(tokens, noun, skip) if _is_a_sum(tokens, skip) else []
        if purpose and tokens.lemma[verb] in CONTAINING_LEMMAS:
            # "The budget includes a €3.2m grant to repair the pier": the grant is told
            # by what it is for; the budget only holds it (round 25).
            return phrase if " ".join(purpose) in phrase else _budget([phrase, *purpose])
        # "left 40,000 homes without power": a state after the noun says it all.
        if who and not _STATE_TAIL.search(phrase):
            aux = [
                tokens.text[c]
                for c in tokens.children[verb]
                if tokens.dep[c] in ("aux", "neg") and c < verb and tokens.lower[c] != "to"
            ]
            governing = _governing_verb(tokens, verb)
            return _budget([who, *aux, *governing, tokens.text[verb], phrase, *after])
        if (
            not who
            and tokens.lemma[verb] == "have"
            and not any(tokens.dep[c] == "neg" for c in tokens.children[verb])
        ):
            # "We had 16,180 officers at the end of March", "It has 212 dealerships":
            # a bare "had" before what a pronoun holds tells nothing
            return _budget([phrase, *after])
        if not who:
            return _budget([tokens.text[verb], phrase, *after])
    return phrase


_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "case", "det", "nmod"})
_MODIFIER_STEPS = 4  # modifiers climbed, at most, to the noun they modify


def _modifies_a_near_noun(tokens: Tokens, index: int, verb: int) -> bool:
    """ "are on the council's housing waiting list": a word that only modifies a later noun
    ("housing" of "list", through "waiting") is read with that noun when the noun itself
    hangs near the verb, however deep the modifier's own chain (round 27)."""
    noun, steps = index, 0
    while (
        tokens.dep[noun] in _NOUN_MODIFIER_DEPS
        and tokens.head[noun] > noun
        and steps < _MODIFIER_STEPS
    ):
        noun, steps = tokens.head[noun], steps + 1
    return noun != index and hangs_within(tokens.head, noun, verb, 3)


def _cut_inside_a_phrase(tokens: Tokens, read: list[int]) -> bool:
    """Do the words read stop inside a list of names, the word after the last read
    joining another to it ("between Saldanha Bay | and Mossel Bay")?"""
    if not read:
        return False
    last = read[-1]
    following = last + 1
    return (
        following < len(tokens)
        and tokens.pos[last] == "PROPN"
        and tokens.dep[following] in ("cc", "conj")
        and tokens.head[following] == last
    )


def _is_passive(tokens: Tokens, verb: int) -> bool:
    return any(tokens.dep[c] in ("auxpass", "nsubjpass") for c in tokens.children[verb])


def _joined_participle(tokens: Tokens, verb: int, index: int) -> bool:
    """ "killed or injured", "arrested and charged": the "or"/"and" and a participle
    conjoined to the clause's verb say together what was done to what is counted."""
    if tokens.dep[index] == "cc" and tokens.head[index] == verb:
        following = index + 1
        return (
            following < len(tokens)
            and tokens.dep[following] == "conj"
            and tokens.head[following] == verb
            and tokens.tag[following] == tokens.tag[verb] == "VBN"
        )
    return (
        tokens.dep[index] == "conj"
        and tokens.head[index] == verb
        and index > 0
        and tokens.dep[index - 1] == "cc"
        and tokens.tag[index] == tokens.tag[verb] == "VBN"
    )


def _across_a_dateline(tokens: Tokens, name: int, noun: int) -> bool:
    """ "SHANNON, Ireland (Reuters) - Twenty-three people were taken": the parser can hang
    the story's first noun on the dateline's place as an apposition; it is not one."""
    return any(
        tokens.text[i] in _NOT_APPOSITION_MARKS and not _glued_hyphen(tokens, i)
        for i in range(name + 1, noun)
    )


def _in_brackets(tokens: Tokens, index: int) -> bool:
    """ "(Reuters)", "(AP)": a one-word name set in brackets, a dateline's credit."""
    return (
        0 < index < len(tokens) - 1
        and tokens.text[index - 1] == "("
        and tokens.text[index + 1] == ")"
    )


def _is_dateline_place(tokens: Tokens, index: int, verb: int) -> bool:
    """ "TORONTO, March 4 (Wire) -": a place in capitals opening the sentence, cut off
    from the verb by a dateline's dash or brackets."""
    word = tokens.text[index]
    opens = index == 0 or tokens.sent[index - 1] != tokens.sent[index]
    return opens and len(word) > 2 and word.isupper() and _across_a_dateline(tokens, index, verb)


# Marks that end an apposition: a dateline's brackets and dash lie between a place and
# the story's first noun.
_NOT_APPOSITION_MARKS = frozenset({"(", ")", "-", "–", "—", ":"})


def _names_an_event(tokens: Tokens, index: int) -> bool:
    """ "in Monday's shelling", "at last year's election": a date that only says which
    event the noun after it is, not when the clause held."""
    owner = index
    for _ in range(3):
        if tokens.dep[owner] not in ("poss", "case", "compound", "amod", "det"):
            return False
        owner = tokens.head[owner]
        if owner > index and tokens.pos[owner] in _NOUNS and tokens.ent[owner] not in _WHEN:
            return True
    return False


def _since_clause(tokens: Tokens, verb: int) -> int | None:
    """ "children vaccinated since the campaign began": the clause a running count is
    counted since, or None."""
    for child in tokens.children[verb]:
        if (
            tokens.dep[child] == "advcl"
            and child > verb
            and any(tokens.lower[m] == "since" for m in tokens.children[child] if m < child)
        ):
            return child
    return None


def _clause_time(tokens: Tokens, verb: int, skip: range, after: int) -> list[str]:
    """ "gathered outside the town hall on Sunday", "On Saturday, 150 people marched": the
    day or date the clause is told for, from a phrase on its verb not yet read (past
    `after`, or before the verb)."""
    for child in tokens.children[verb]:
        if child in skip or verb < child <= after or tokens.sent[child] != tokens.sent[verb]:
            continue
        if tokens.dep[child] == "prep" and tokens.lower[child] in ("on", "in", "at", "during"):
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
            if objects and tokens.ent[objects[0]] == "DATE" and objects[0] - child <= 3:
                return [tokens.lower[child]] + [
                    tokens.text[i]
                    for i in range(child + 1, objects[0] + 1)
                    if tokens.pos[i] != "DET" or tokens.ent[i] == "DATE"
                ]
    return []


def _governing_verb(tokens: Tokens, verb: int) -> list[str]:
    """ "was expected to draw 60,000 fans": the verb an infinitive depends on, with its
    auxiliaries, says whether the count happened or was only expected, planned or hoped."""
    if tokens.dep[verb] != "xcomp" or tokens.pos[tokens.head[verb]] != "VERB":
        return []
    governor = tokens.head[verb]
    aux = [
        tokens.text[c]
        for c in tokens.children[governor]
        if tokens.dep[c] in ("aux", "auxpass", "neg") and c < governor
    ]
    return [*aux, tokens.text[governor], "to"]


def _governed_by_preposition(
    tokens: Tokens, noun: int, preposition: int, phrase: str, skip: range
) -> str:
    """ "a kidnap plot watched by 6.3 million people", "took samples at six points",
    "the personal details of 2.3 million users": the clause or noun the preposition
    hangs on says what the counted noun is."""
    governor = tokens.head[preposition]
    word = tokens.text[preposition]
    if governor == preposition or tokens.sent[governor] != tokens.sent[noun]:
        return phrase
    if tokens.lower[preposition] in ("including", "among"):
        # "3,000 civilians were still in the city, including 60 children": a part of a
        # group is counted among that group, in the group's own clause.
        group = governor
        if tokens.pos[group] not in _NOUNS:
            subject, _ = _subject_of(tokens, group, skip)
            group = subject if subject is not None else group
        if tokens.pos[group] in _NOUNS and group not in skip:
            whole = _with_predicate(tokens, group, _noun_phrase(tokens, group, skip), skip)
            return _budget([phrase, "among", whole])
        return phrase
    if tokens.lower[preposition] == "of" and (
        tokens.lemma[governor] in _FRAMES or tokens.lower[governor] in PART_QUANTIFIERS
    ):
        # "A total of 312 projects are waiting", "every one of his 31 students had been
        # given": the frame stands in the clause for the counted noun.
        return _with_predicate(tokens, governor, phrase, skip)
    if tokens.pos[governor] in _NOUNS and tokens.lower[preposition] == "of":
        owner = _noun_phrase(tokens, governor, skip, False)
        return _with_predicate(tokens, governor, f"{owner} of {phrase}", skip)
    objects: list[str] = []
    if (
        tokens.pos[governor] in _NOUNS
        and tokens.dep[governor] == "dobj"
        and governor < preposition
        and tokens.pos[tokens.head[governor]] == "VERB"
    ):
        # "housebuilders started work on 29,870 homes", "placed orders for 40 aircraft":
        # the verb and its object together say what the count is.
        objects = [_noun_phrase(tokens, governor, skip, False)]
        governor = tokens.head[governor]
    if tokens.pos[governor] != "VERB" or tokens.lemma[governor] in SPEECH_LEMMAS:
        return phrase
    if tokens.lower[preposition] in _WHEN_PREPS:
        return phrase
    if tokens.lower[preposition] == "of" and preposition < governor:
        return phrase  # "Of the 1,200 pupils who sat the exam, 340 achieved": the group
    subject, _ = _subject_of(tokens, governor, skip)
    who = (
        _named(tokens, subject, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS and subject not in skip
        else ""
    )
    objects = (
        objects
        or [
            _noun_phrase(tokens, c, skip, False)
            for c in tokens.children[governor]
            if tokens.dep[c] == "dobj" and c < preposition and tokens.pos[c] in _NOUNS
        ][:1]
    )
    before = [who] if who else []
    if tokens.lower[preposition] == "between" and skip.start == preposition + 1:
        word = ""  # "needed between £3m and £4m of work": the range's own word
    return _budget([*before, tokens.text[governor], *objects, *([word] if word else []), phrase])


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


def _counted_level_reached(tokens: Tokens, noun: int, inside: range) -> str:
    """ "Orders went up 14% to 1,820 units", "Attendance rose 8% to 12,000 fans", "the
    death toll rose to 45 people": a count after "to" on a verb of change is the level
    the changed thing reached, measured as a sum's level would be ("Orders in March"),
    not "Orders went to units" (the counted noun only counts it). "" when it does not
    apply."""
    to = tokens.head[noun]
    verb = tokens.head[to]
    if tokens.dep[noun] != "pobj" or tokens.lower[to] != "to" or to == verb:
        return ""
    if tokens.pos[verb] != "VERB" or (
        tokens.lemma[verb] not in CHANGE_NOUNS and _phrasal_change(tokens, verb) is None
    ):
        return ""
    changed = [c for c in tokens.children[verb] if tokens.dep[c] == "dobj"] or [
        c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass")
    ]  # what changed: the object if any, else the subject
    if any(
        (tokens.pos[c] == "PROPN" and not _common_noun_opening(tokens, c))
        or tokens.ent[c] in _HOLDER_ENTS
        for c in changed[:1]
    ):
        return ""  # "lifts Kingsbridge to 41 points", "the party was reduced to 29 wards": held
    return _clause_measure(tokens, verb, range(inside.start, noun + 1), "to", noun)


_HOLDER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _common_noun_opening(tokens: Tokens, noun: int) -> bool:
    """ "Fraud rose 7% to 50,510 offences", "Burglary fell 4% to 12,300 offences": a lone
    capitalized word opening its sentence, which the tagger calls a proper noun but the
    recognizer names as nothing, is a common noun there (round 25)."""
    return (
        tokens.sent_starts[tokens.sent[noun]] == noun
        and tokens.ent[noun] == ""
        and not any(tokens.dep[c] in ("compound", "poss", "det") for c in tokens.children[noun])
    )


def _from_a_time_before(tokens: Tokens, preposition: int) -> bool:
    """ "climbed 18% from a year earlier to $2.74 billion", "rose 7% from a year ago to
    $312 million": a "from" the parser hung the level's "to" on, whose object is the time
    the change is told against (no amount: not "from £900 to £1,150")."""
    if tokens.lower[preposition] != "from" or tokens.dep[preposition] != "prep":
        return False
    objects = [c for c in tokens.children[preposition] if tokens.dep[c] in ("pobj", "pcomp")]
    if not objects or tokens.head[preposition] == preposition:
        return False
    told = objects[0]
    return (
        tokens.pos[told] != "NUM"
        and not any(
            tokens.pos[c] == "NUM" or tokens.ent[c] in ("MONEY", "PERCENT", "QUANTITY")
            for c in tokens.children[told]
        )
        and tokens.pos[tokens.head[preposition]] in ("VERB", "AUX")
    )


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


def _amount_tail(tokens: Tokens, inside: range) -> str:
    """ "$2 billion left under a share repurchase plan", "the $1,350 charged for leading
    treatments": a participle after the amount says what the amount is."""
    for index in inside:
        for child in tokens.children[index]:
            if child in inside or child < index or tokens.dep[child] != "acl":
                continue
            if tokens.tag[child] not in ("VBN", "VBD", "VBG"):
                continue
            if any(tokens.lower[i] == "of" for i in range(inside.stop, child)):
                # "one in six of all crimes recorded", "6% of rapes reported": the
                # participle after a share's "of" phrase tells of the whole, not the share
                continue
            words = []
            for position in range(child, min(child + 8, len(tokens))):
                glued = _glued_hyphen(tokens, position)  # "first-time buyers"
                if (tokens.pos[position] == "PUNCT" and not glued) or tokens.ent[position] in _WHEN:
                    break
                if not hangs_within(tokens.head, position, child, 4):
                    break
                words.append(tokens.text[position])
            while words and words[-1].lower() in _STOP_WORDS:
                words.pop()
            return _joined(words)
    return ""


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


def _share_measure(tokens: Tokens, root: int, inside: range) -> str:
    """ "One in five trains on the line will be cancelled", "nine in 10 care homes have
    vacancies": the noun after the share is what it counts, in the share's own clause."""
    if tokens.pos[root] != "NUM" or inside.stop >= len(tokens):
        return ""
    last = inside.stop - 1
    if not (inside.start < last and tokens.lower[inside.start + 1] == "in"):
        return ""
    noun = tokens.head[last]
    if noun <= last or noun - last > 3 or tokens.pos[noun] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, noun, inside)
    # The clause's own argument: the share ("One in five trains will be cancelled") or,
    # where the parser made the share a modifier, its noun ("one in five adults said").
    anchor = root if tokens.dep[root] in ("nsubj", "nsubjpass", "dobj") else noun
    # "Fewer than one in three buses ran on time": the parser made "Fewer" the subject
    climb = root
    for _ in range(3):
        if tokens.head[climb] == climb or tokens.dep[climb] in ("nsubj", "nsubjpass"):
            break
        climb = tokens.head[climb]
        if tokens.dep[climb] in ("nsubj", "nsubjpass") and climb < root:
            anchor = climb
            break
        if tokens.lower[climb] not in ("than", "fewer", "more", "less"):
            break
    return _with_predicate(tokens, anchor, phrase, inside)


def _listed_object_measure(tokens: Tokens, root: int, inside: range) -> str:
    """ "Officers seized three cars, two motorbikes and £14,000 in cash": an amount at the
    end of a list of objects is measured by the list's verb, as if it stood alone
    ("seized £14,000 in cash"), not by the item before it."""
    if tokens.dep[root] != "conj" or tokens.ent[root] != "MONEY":
        return ""
    item = tokens.head[root]
    for _ in range(6):
        if tokens.dep[item] not in ("conj", "appos") or tokens.head[item] >= item:
            break
        item = tokens.head[item]
    verb = tokens.head[item]
    if tokens.dep[item] != "dobj" or tokens.pos[verb] != "VERB" or tokens.ent[item] == "MONEY":
        return ""  # (not "adults paying £8 and under-16s £2": a list of prices)
    return _clause_measure(tokens, verb, inside, amount=root)


def _average_measure(tokens: Tokens, average: int, skip: range) -> str:
    """ "Diesel costs an average of 152.3p a litre", "Prices in Manchester were up 3.4%
    at an average of £246,800", "Flats sold for an average of £312,000": the average of
    what the clause the noun stands in measures (the cost of diesel, the prices)."""
    if tokens.lemma[average] not in AVERAGE_NOUNS:
        return ""
    dep, verb, preposition = tokens.dep[average], tokens.head[average], ""
    if dep == "pobj" and tokens.pos[verb] == "ADP":
        preposition, verb = tokens.lower[verb], tokens.head[verb]
        if tokens.lower[verb] in _CHANGE_ADVERBS and tokens.head[verb] != verb:
            verb = tokens.head[verb]  # "were up 3.4% at an average of": the level then
        if preposition not in ("at", "to"):
            return ""  # "sold for an average of": the words before say it
    elif dep != "dobj" or tokens.lemma[verb] not in PRICE_VERB_NOUNS:
        return ""  # "paid an average of £1,740": the words before say it
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    # the amount is the noun's: "an average of £96" stands where the noun stands
    clause = _clause_measure(tokens, verb, range(average, skip.stop), preposition, average)
    if not clause or _DIGIT.search(clause):
        return ""
    words = clause.split()
    noun = tokens.lower[average]  # "average", "median"
    return clause if noun in (w.lower() for w in words) else f"{noun} {clause}"


def _noun_subject(tokens: Tokens, verb: int) -> bool:
    """ "Patients lost an average of 6.2kg", "Pupils scored an average of 104": a noun
    does the verb, so the average is of what it did ("average Patients lost"; round 21:
    it read "average")."""
    return any(
        tokens.dep[c] == "nsubj" and tokens.pos[c] in ("NOUN", "PROPN")
        for c in tokens.children[verb]
    )


def _parsed_measure(tokens: Tokens, start: int, end: int) -> str:
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    # What is measured is read from where the whole amount stands.
    root, inside = found
    head, dep = tokens.head[root], tokens.dep[root]
    # "4.2 million euros ($4.6 million)": an amount restated in brackets stands where the
    # amount it restates stands.
    if dep == "appos" and head < root and tokens.ent[head] == tokens.ent[root] != "":
        amount = head
        while tokens.dep[amount] != "appos" and tokens.head[amount] > amount:
            amount = tokens.head[amount]
        root, head, dep = amount, tokens.head[amount], tokens.dep[amount]
    if head == root:
        return ""
    amount_noun = (
        head if dep in _NUMBER_DEPS and tokens.pos[head] in _NOUNS and head > root else root
    )
    average_of = tokens.head[amount_noun]
    if (
        tokens.dep[amount_noun] == "pobj"
        and tokens.lower[average_of] == "of"
        and tokens.lemma[tokens.head[average_of]] in AVERAGE_NOUNS
    ):  # "Scores fell by an average of 11 points": the average fall in the scores, told
        # as with a share or a sum ("by an average of 4%"), not "average of points"
        average_noun = tokens.head[average_of]
        average_frame = _noun_phrase(tokens, average_noun, inside, False)
        average_change = _framed_change(tokens, average_noun, average_frame, inside)
        if average_change:
            return average_change
    gapped = _gapped_change(tokens, inside) or _named_change_then_level(tokens, inside)
    if gapped:
        return gapped
    joined = _change_joined_to_its_level(tokens, root, inside)
    if joined:
        return joined
    listed = _listed_object_measure(tokens, root, inside)
    if listed:
        return listed
    changed = _change_then_level(tokens, root, inside)
    if changed is not None:
        return changed
    if (
        dep == "xcomp"
        and tokens.pos[head] == "VERB"
        and _phrasal_change(tokens, head) is not None
        and any(tokens.lower[c] == "to" and c == inside.start - 1 for c in tokens.children[root])
    ):  # "is going up by 2p to 55.3p a day": the tagger read the level as a verb after "to"
        return _clause_measure(tokens, head, inside, "to", root)
    aged = _age_measure(tokens, inside)
    if aged:
        return aged
    standing = _standing_in_a_poll(tokens, root, inside)
    if standing:
        return standing
    bare = _bare_share_as_subject(tokens, root, inside)
    if bare:
        return bare
    # "with 74% reaching the threshold": a share told in passing, as an absolute.
    if dep == "pobj" and tokens.lower[head] == "with":
        absolute = _with_absolute(tokens, root, head, None, inside)
        if absolute:
            return absolute
    if dep == "nsubj" and tokens.dep[head] == "pcomp" and tokens.lower[tokens.head[head]] == "with":
        absolute = _with_absolute(tokens, root, tokens.head[head], head, inside)
        if absolute:
            return absolute
    tail = _amount_tail(tokens, inside)
    if tail:
        of = tokens.head[root] if dep == "pobj" else root
        framing = tokens.head[of]
        if tokens.lower[of] == "of" and tokens.pos[framing] in _NOUNS and framing < root:
            # "a smaller cut of $600 million targeted at homeowners": the cut, so targeted
            return _budget([_noun_phrase(tokens, framing, inside, False), tail])
        verb = tokens.head[of]
        if tokens.lower[of] == "at" and tokens.pos[verb] == "VERB":
            # "Feed barley was quoted at £146 delivered into East Anglia": the participle
            # gives the price's terms; the clause says what was priced.
            clause = _clause_measure(tokens, verb, inside, "at", root)
            if clause:
                return _budget([clause, tail])
        return tail
    shared = _share_measure(tokens, root, inside)
    if shared:
        return shared
    # "3.5 per cent of the vote", "two-thirds of the fuel": the "of" phrase says of what,
    # also when the parser hung the "of" written right after the amount elsewhere.
    adjacent = inside.stop if inside.stop < len(tokens) else None
    for index in inside:
        children = list(tokens.children[index])
        if index == inside.stop - 1 and adjacent is not None and adjacent not in children:
            children.append(adjacent)
        for child in children:
            if child not in inside and tokens.dep[child] == "prep" and tokens.lower[child] == "of":
                objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
                if objects:
                    phrase = _noun_phrase(tokens, objects[0], inside)
                    counted_noun = (
                        _counted_before(tokens, objects[0], inside)
                        if tokens.lower[objects[0]] in ("them", "those")
                        and not tokens.children[objects[0]]
                        else None
                    )
                    if counted_noun is not None:  # "two-fifths of them": the count before
                        phrase = _noun_phrase(tokens, counted_noun, inside, False)
                    made = _share_made_up_by(tokens, root, phrase, inside)
                    if made:
                        return made
                    linked = _linked_subject(tokens, root, inside)
                    if linked:  # "Rainfall in July was 160 per cent of the average"
                        return _budget([linked, "as share of", phrase])
                    told = _with_predicate(tokens, root, phrase, inside)
                    if told == phrase and any(tokens.lower[i] in _PERCENT_WORDS for i in inside):
                        return f"share of {phrase}"  # "That is 47% of the target"
                    if counted_noun is not None and any(
                        tokens.lower[i] in _PERCENT_WORDS or _FRACTION_WORD.match(tokens.text[i])
                        for i in inside
                    ):  # "two-fifths of them lived alone": a share of the count before
                        return f"share of {told}"
                    return told
    rate = _rate_of_the_subject(tokens, root, inside)
    if rate:
        return rate
    # "the hazard ratio was 1.27 (95% confidence interval 1.09 to 1.48)": the parser hangs
    # the amount on a noun inside the brackets after it; the amount stands where that noun
    # stands (the brackets only qualify it).
    if dep in _NUMBER_DEPS and _bracket_opens_between(tokens, root, head):
        while dep in _NUMBER_DEPS and head > root:  # "(95% CI ...)": up to "CI"
            root, head, dep = head, tokens.head[head], tokens.dep[head]
        if head == root:
            return ""
    # "a £94m penalty", "212 dogs", "a 10-kilometre trench": the noun the amount modifies,
    # climbing through nouns that modify a later noun ("record" in "a record £94m penalty").
    if dep in _NUMBER_DEPS and tokens.pos[head] in _NOUNS:
        while (
            tokens.dep[head] in ("compound", "nmod", "amod")
            and tokens.head[head] > head
            and tokens.pos[tokens.head[head]] in _NOUNS
        ):
            head = tokens.head[head]
        if head > root and canonical_unit(tokens.text[head]) is None:
            is_count = not any(  # a count, not a sum or a share ("at 4% mortgage rates")
                tokens.pos[i] == "SYM" or tokens.lower[i] in _PERCENT_WORDS for i in inside
            )
            level = _level_of_the_subject(tokens, head, inside) if is_count else ""
            if level:
                return level
            reached = _counted_level_reached(tokens, head, inside) if is_count else ""
            if reached:
                return reached
            phrase = _noun_phrase(tokens, head, inside)
            name = _appositive_of(tokens, head, inside)
            if name:
                return _budget([name + ",", phrase])
            return _with_predicate(tokens, head, phrase, inside)
        if head > root:
            return ""
        # "a record £94m", "climbed to a record $1.02 million": the noun the amount
        # stands beside (or that the parser hung the amount on) stands where the amount does.
        record = (  # "a record $1.02 million", "hit a record 516,000", not "a grade 4"
            dep == "nummod"
            and (
                tokens.ent[root] in ("MONEY", "PERCENT", "QUANTITY")
                or tokens.lower[head] == "record"
            )
            and any(tokens.lower[c] in ("a", "an") for c in tokens.children[head])
        )
        if (dep == "appos" or record) and tokens.pos[head] == "NOUN":
            root, head, dep = head, tokens.head[head], tokens.dep[head]
    compared = _compared_measure(tokens, root, head, dep, inside) or _compared_noun(
        tokens, head, dep, inside
    )
    if compared:
        return compared
    # "a typical school would be about £190,000 short of what it needs", "the wall is 3m
    # thick": the amount says how far the subject is what the adjective says.
    if dep == "npadvmod" and tokens.pos[head] == "ADJ" and tokens.dep[head] == "acomp":
        subject, _ = _subject_of(tokens, tokens.head[head], inside)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            subject = _through_frames(tokens, subject)
            phrase = _noun_phrase(tokens, subject, inside, stop=tokens.head[head])
            return _budget([phrase, *_words_under(tokens, head, inside)])
    # "exports worth about $900m", "taking bribes worth 4.2 million euros": what is worth it.
    if tokens.lemma[head] == "worth" and head > 0:
        owner = tokens.head[head]
        if tokens.pos[owner] == "VERB":
            objects = [c for c in tokens.children[owner] if tokens.dep[c] == "dobj"]
            owner = objects[0] if objects else owner
        if canonical_unit(tokens.text[owner]) is not None:  # "14kg of cocaine worth £1.1m"
            owner = _through_frames(tokens, owner, units=True)
        if tokens.pos[owner] in _NOUNS and owner not in inside:
            phrase = _noun_phrase(tokens, owner, inside, False)
            when = _when_of(tokens, [root, head], inside)  # "exports worth $900m last year"
            return _budget([_with_predicate(tokens, owner, phrase, inside), *when])
        return ""
    # "a population of 70,000", "a rise of 7%": the noun the "of" phrase belongs to;
    # "revenue rose 6% to $3.1bn", "shares closed at 864p": the subject of the verb.
    # "almost 300 miles from his constituency", "six feet below its normal level".
    if dep == "npadvmod" and tokens.pos[head] == "ADP" and tokens.lower[head] in _RELATIVE_PREPS:
        objects = [c for c in tokens.children[head] if tokens.dep[c] == "pobj"]
        if objects and canonical_unit(tokens.text[root]) is not None:
            place = _noun_phrase(tokens, objects[0], inside)
            verb = tokens.head[head]
            subject = None
            if tokens.lower[root] in _PERCENT_WORDS and tokens.pos[verb] in ("VERB", "AUX"):
                subject, _ = _subject_of(tokens, verb, inside)
                change = CHANGE_NOUNS.get(tokens.lemma[verb])
                changed_nouns = [
                    c
                    for c in tokens.children[verb]
                    if tokens.dep[c] == "dobj" and tokens.pos[c] in _NOUNS and c < head
                ]
                if change and changed_nouns:
                    # "raise the property tax by 10% above its base rate": the change in
                    # what the verb changes, not its doer (round 25)
                    thing = _noun_phrase(tokens, changed_nouns[0], inside)
                    return _joined([change, "in", thing, tokens.text[head], place])
            if subject is not None and tokens.pos[subject] in _NOUNS:
                # "Rural bus journeys were 31% below their pre-pandemic level": a share
                # below a level measures the subject, set against that level.
                who = _noun_phrase(tokens, subject, inside, stop=verb)
                return _joined([who, tokens.text[head], place])
            return _joined([tokens.text[root], tokens.text[head], place])
    changed_by = _changed_by(tokens, head, inside) if dep == "pobj" else ""
    if changed_by:
        return changed_by
    # "edged up 2% to £1.1bn": the parser may tag the "to" of a level a particle
    if dep == "pobj" and (
        tokens.pos[head] == "ADP" or (tokens.pos[head] == "PART" and tokens.dep[head] == "prep")
    ):
        governor = tokens.head[head]
        preposition = tokens.lower[head]
        if preposition == "by" and any(
            tokens.lower[c] == "to" and tokens.dep[c] == "quantmod" and c < inside.start
            for c in tokens.children[root]
        ):  # "will rise by 5% to £1,410": the parser's one range; this is the level
            preposition = "to"
        if (
            preposition == "to"
            and tokens.lower[governor] == "by"
            and tokens.dep[governor] == "prep"
            and tokens.pos[tokens.head[governor]] == "VERB"
        ):  # "are going down by 20p to £2": the parser hung the level on the change's "by"
            governor = tokens.head[governor]
        if preposition == "to" and _from_a_time_before(tokens, governor):
            governor = tokens.head[governor]  # "jumped 22% from a year earlier to $4.8bn"
        if preposition == "to":  # "fell 6% over the same period to 96,400"
            spanned = _change_over_a_span(tokens, governor)
            governor = governor if spanned is None else spanned
        changer = _change_verb_above(tokens, governor) if preposition == "by" else None
        if changer is not None:  # "cut the risk of a second heart attack by 23%"
            return _clause_measure(tokens, changer, inside, preposition, root)
        # "fell to 51%, compared with 78% at this time last year": the same measure then.
        if tokens.lemma[governor] == "compare" and tokens.head[governor] != governor:
            anchor = tokens.head[governor]
            if tokens.pos[anchor] in ("VERB", "AUX"):
                then = _own_phrases(tokens, root, inside, _WHEN_OWN)
                level = _clause_measure(tokens, anchor, inside, "to", None)
                return _budget([level, *then, *_when_of(tokens, [root], inside)]) if level else ""
        if preposition == "of" and tokens.dep[governor] == "pobj":
            qualified = _qualified_noun(tokens, tokens.head[governor])
            if qualified is not None:  # "profit before tax of £212m": the profit's
                governor = qualified
        if tokens.pos[governor] in _NOUNS and preposition == "of":
            named = _size_of_a_named_change(tokens, governor, inside)
            if named:
                return named
            frame = _noun_phrase(tokens, governor, inside, False)
            averaged = _average_measure(tokens, governor, inside)
            if averaged:
                return averaged
            # "claimed a total of £16.2m in office costs": a frame stands for the amount.
            verb = tokens.head[governor]
            if (
                tokens.lemma[governor] in _FRAMES
                and tokens.dep[governor] in ("dobj", "nsubjpass")
                and tokens.pos[verb] == "VERB"
            ):
                # (the frame and its "of" stand where the amount does: not "to total")
                clause = _clause_measure(tokens, verb, range(governor, inside.stop), "", governor)
                if clause:
                    return clause if frame == tokens.text[governor] else f"{frame} of {clause}"
            changed = _framed_change(tokens, governor, frame, inside)
            if changed:
                return changed
            next_word = inside.stop
            against = (
                _phrase_after(tokens, inside, _AGAINST_PREPS)
                # (not "brought gusts of up to 82mph to the Dales": the verb's phrase)
                if next_word < len(tokens)
                and tokens.pos[tokens.head[next_word]] not in ("VERB", "AUX")
                else None
            )
            if against:  # "a premium of 38% to Nordavia's closing price"
                return _budget([frame, against])
            done = tokens.head[governor]
            if (
                " " not in frame
                and tokens.dep[governor] == "conj"
                and tokens.dep[done] == "dobj"
                and tokens.tag[tokens.head[done]] in ("VBD", "VBN")
            ):  # "Storm Ivor brought torrential rain and gusts of up to 82mph": the second
                # object shares the verb
                return _with_predicate(tokens, governor, frame, inside)
            if " " not in frame:
                bare = _bare_frame(tokens, governor, frame, inside)
                if (
                    bare == frame
                    and tokens.lemma[governor] in AVERAGE_NOUNS
                    and tokens.dep[governor] == "dobj"
                    and tokens.pos[done] == "VERB"
                    and _noun_subject(tokens, done)
                ):  # "Patients lost an average of 6.2kg": "average Patients lost", not
                    # "average" (round 21)
                    clause = _clause_measure(
                        tokens, done, range(governor, inside.stop), "", governor
                    )
                    if clause and not _DIGIT.search(clause):
                        return f"{frame} {clause}"
                return bare
            if (
                tokens.dep[governor] == "dobj"
                and tokens.tag[done] in ("VBD", "VBN")
                and tokens.lemma[done] not in _HOLDING_LEMMAS
            ):  # "handed over his entire savings of £22,000": the savings handed over
                return _with_predicate(tokens, governor, frame, inside)
            return frame
        if tokens.lower[governor] in _CHANGE_ADVERBS and tokens.head[governor] != governor:
            # "212 dogs were reported stolen, up from 151 the year before": the same count.
            verb = tokens.head[governor]
            subject, _ = _subject_of(tokens, verb, inside)
            if subject is not None and tokens.pos[subject] in _NOUNS and preposition == "from":
                counted = _noun_phrase(tokens, subject, inside, stop=verb)
                counted = _with_predicate(tokens, subject, counted, inside)
                # "up 7% from £54.23 in the sixth round": where or when that level held
                after = _verb_extras(tokens, governor, inside, root, limit=1)
                return _budget([counted, *_when_of(tokens, [root], inside), *after])
            if (
                subject is not None
                and tokens.pos[subject] in _NOUNS
                and preposition in ("to", "at")
                and tokens.lemma[verb] in _COPULAS
            ):  # "Pre-tax profit was up 18% to $412m": the subject's new level
                level = _noun_phrase(tokens, _through_frames(tokens, subject), inside, stop=verb)
                return _budget([level, *_when_of(tokens, [root], inside)])
        if preposition == "up" and tokens.pos[governor] in ("VERB", "AUX"):  # "up to £15,000"
            return _clause_measure(tokens, governor, inside, "up", root)
        if tokens.pos[governor] in ("VERB", "AUX") and preposition in _LEVEL_PREPS | _BY_FOR:
            return _clause_measure(tokens, governor, inside, preposition, root)
        return ""
    if (
        dep in ("nsubj", "nsubjpass")
        and tokens.pos[root] == "NUM"
        and tokens.pos[head] == "VERB"
        and not any(tokens.ent[i] == "MONEY" or tokens.lower[i] in _PERCENT_WORDS for i in inside)
    ):
        # "Of the 1,200 pupils who sat, 340 achieved a top grade": a bare number counts
        # the group named in front, as its clause tells. Without one, a number right
        # before its verb may name something ("93 stands"): the words decide (_measure).
        group = _fronted_group(tokens, head, inside)
        if group:
            return _with_predicate(tokens, root, group, inside)
    # "£11,000 had been recovered so far": the amount is what the verb did to it.
    if dep == "nsubjpass" and tokens.pos[head] == "VERB":
        noun = _amount_noun(tokens, head) or ""
        words = [tokens.text[head], *_verb_extras(tokens, head, inside, None)]
        kind = noun.rpartition(" ")[0].split()  # "money recovered by" -> money
        return _budget([kind[0], *words] if len(kind) > 1 else words)
    # "Shares fell 3.2 per cent", "the club spent £17.5m on the stand", "the fine is £94m".
    # "(down 0.2%)" after a level: the parser may tag the change word a preposition.
    adverb_of_change = (
        tokens.pos[head] in ("ADV", "ADP")
        and tokens.dep[head] == "advmod"
        and tokens.lower[head] in CHANGE_NOUNS
    )
    if dep in _OBJECT_DEPS and (tokens.pos[head] in ("VERB", "AUX") or adverb_of_change):
        gap = _gap_on_a_copula(tokens, head, root, inside)
        if gap:
            return gap
        return _change_on_a_copula(tokens, head, root, inside) or _clause_measure(
            tokens, head, inside, "", root
        )
    # "rose 3.4% in the quarter and 14.1% over the year", "add six months and £900,000 to
    # the project": a second amount the parser joined to the verb, whose verb it shares.
    if dep == "conj" and tokens.pos[head] in ("VERB", "AUX") and head < root:
        measure = _clause_measure(tokens, head, inside, "", root)
        # "stood at 41,200, up from 39,800 in 2024 and 35,100 in 2020": the level then
        then = (
            _own_phrases(tokens, root, inside, _WHEN_OWN) or _when_of(tokens, [root], inside)
            if measure
            else []
        )
        if then and tokens.lemma[head] in _COPULAS and " ".join(then) not in measure:
            return _budget([measure, *then])
        return measure
    return ""


_TOLD_DEPS = frozenset({"acomp", "attr", "prep", "advmod"})
_TOLD_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_STATE_DEPS = frozenset({"acomp", "prep", "advmod"})


_CONTRAST_JOIN = re.compile(r"(?:,?\s+(?:but|and|while|whereas)|;)\s+(?:\w+\s+){0,2}$")


def _count_sharing_the_noun_before(
    text: str, tokens: Tokens, figure: FoundFigure, figures: list[FoundFigure]
) -> FoundFigure | None:
    """ "reconnected 31,500 customers by 6am, but about 8,500 were still without
    electricity", "cancelled 120 flights, and 45 were delayed": a bare count that is the
    subject of the next clause counts what the count before it in its sentence counts,
    with what its own clause says of them. None when it does not apply."""
    if not figures:
        return None
    before = figures[-1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or not _same_sentence(text, before, figure)
        or not _CONTRAST_JOIN.search(text, before.end, figure.start)
    ):
        return None
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return None
    number = inside.stop - 1
    verb = tokens.head[number]
    if tokens.dep[number] not in ("nsubj", "nsubjpass") or tokens.pos[verb] not in ("VERB", "AUX"):
        return None
    told = figure.measures
    if not told:  # "8,500 were still without electricity": what the copula says of them
        children = [  # (not "600 are agency staff": who they are is no count of the noun)
            c for c in tokens.children[verb] if c > verb and tokens.dep[c] in _STATE_DEPS
        ]
        told = _joined([w for c in children[:3] for w in _words_under(tokens, c, inside)])
    if not told:
        return None
    return replace(figure, unit=before.unit, measures=_budget([before.unit, told]))


def _standing_in_a_poll(tokens: Tokens, root: int, inside: range) -> str:
    """ "The poll put Fianna Fáil on 22% and Sinn Féin on 31%", "the Conservatives on
    27%", "The Tories were on 24%": a share "on" which a named party or candidate stands
    is its support ("support for Fianna Fáil"), not "put Fianna Fáil on". "" otherwise."""
    on = tokens.head[root]
    if (
        tokens.dep[root] != "pobj"
        or tokens.lower[on] != "on"
        or on != inside.start - 1
        or not any(tokens.lower[i] in _PERCENT_WORDS for i in inside)
    ):
        return ""
    holder = on - 1  # "the Conservatives on 27%", "put Sinn Féin on 31%"
    if tokens.pos[holder] in ("VERB", "AUX"):
        # "The Tories were on 24%": the subject of a copula right before "on"
        named = [c for c in tokens.children[holder] if tokens.dep[c] == "nsubj" and c < holder]
        if tokens.lemma[holder] != "be" or tokens.head[on] != holder or not named:
            return ""
        holder = named[0]
    if holder < 0 or not (
        (tokens.pos[holder] == "PROPN" and tokens.ent[holder] not in ("GPE", "LOC"))
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


def _a_party_ending_in_a_place(tokens: Tokens, holder: int) -> bool:
    """ "Reform UK on 19%": a name the recognizer cut to its last word, a place, is a
    party when a capitalized word outside the place's own name is written right before it
    (round 26; not "Northern Ireland on 4%", one place)."""
    before = holder - 1
    return (
        tokens.pos[holder] == "PROPN"
        and before >= 0
        and tokens.head[before] == holder
        and tokens.dep[before] == "compound"
        and tokens.pos[before] == "PROPN"
        and tokens.text[before][:1].isupper()
        and tokens.ent[before] not in ("GPE", "LOC")
    )


def _only_the_unit(measures: str) -> bool:
    """Does a measure hold nothing but a unit of measurement ("C", "mm", "km/h", "mm
    possible")? A word beside the unit may be left from the words after the number."""
    words = measures.split()
    return bool(words) and (
        canonical_unit(measures) is not None
        or (len(words) <= 2 and canonical_unit(words[0]) is not None)
    )


def _beyond_the_unit(tokens: Tokens, start: int, end: int) -> str:
    """ "It only takes 30cm of moving water to float a car", "A further 25mm is possible
    on higher ground", "The thermometer read 40C", "temperatures would fall to around 16C
    by Sunday": when the words beside a number give nothing but its unit, what it
    measures is what hangs on the unit to its right or, without that, the clause it
    stands in with the time or place told after it. "" when the parse says no more."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    root, inside = found
    own = [w for w in _words_under(tokens, root, inside) if canonical_unit(w) is None]
    while own and own[0].lower() in _STOP_WORDS:
        own = own[1:]
    under = range(inside.stop, min(inside.stop + _MAX_PHRASE, len(tokens)))
    if not any(tokens.pos[i] in _TOLD_POS and hangs_within(tokens.head, i, root, 4) for i in under):
        own = []  # "a Vauxhall with 180,000 miles on it": nothing but a pronoun
    verb = root
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return _budget(own)
    # the preposition the amount stands after, past a hedge ("to around 16C")
    before = [i for i in range(max(0, inside.start - 2), inside.start) if tokens.pos[i] == "ADP"]
    levels = [i for i in before if tokens.lower[i] in _LEVEL_PREPS]
    preposition = tokens.lower[(levels or before)[-1]] if before else ""
    if tokens.dep[root] in ("nsubj", "nsubjpass") and tokens.head[root] == verb:
        # "A further 25mm is possible on higher ground": what the clause says of it
        told = [c for c in tokens.children[verb] if c > verb and tokens.dep[c] in _TOLD_DEPS]
        return _budget([*own, *(w for c in told[:2] for w in _words_under(tokens, c, inside))])
    if own:
        return _budget(own)
    clause = _clause_measure(tokens, verb, inside, preposition, root)
    if not clause:
        return ""
    return _budget([clause, *_verb_extras(tokens, verb, inside, root, limit=1)])


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


def _change_joined_to_its_level(tokens: Tokens, root: int, inside: range) -> str:
    """ "Council tax will rise by 5% to £1,410": the parser may hang the change on the
    level after "to" as one range under "by"; the change is the verb's change ("rise in
    council tax"). "" otherwise."""
    level = tokens.head[root]
    if not (
        tokens.dep[root] in ("quantmod", "nummod")
        and level > root
        and tokens.dep[level] == "pobj"
        and tokens.lower[tokens.head[level]] == "by"
        and any(tokens.lower[i] == "to" for i in range(inside.stop, level))
    ):
        return ""
    verb = tokens.head[tokens.head[level]]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    return _clause_measure(tokens, verb, inside, "by", root)


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


def _change_over_a_span(tokens: Tokens, noun: int) -> int | None:
    """ "Burglaries fell 12% over the same period to 8,310": the parser hung "to 8,310" on
    the period the change happened over; the verb of change it belongs to, or None."""
    preposition = tokens.head[noun]
    verb = tokens.head[preposition]
    if (
        tokens.dep[noun] == "pobj"
        and (is_duration(tokens.lemma[noun]) or tokens.lemma[noun] in REPORTING_PERIOD_NOUNS)
        and tokens.lower[preposition] in ("over", "in", "during", "for")
        and tokens.pos[verb] == "VERB"
        and tokens.lemma[verb] in CHANGE_NOUNS
    ):
        return verb
    return None


def _change_verb_above(tokens: Tokens, noun: int) -> int | None:
    """ "The drug cut the risk of a second heart attack by 23%": the parser hung "by 23%"
    on a noun inside the object of a verb of change; that verb says what changed by it.
    The verb, or None."""
    if tokens.pos[noun] not in _NOUNS:
        return None
    current = noun
    for _ in range(4):
        parent = tokens.head[current]
        if parent == current or tokens.dep[current] not in ("pobj", "prep", "dobj"):
            return None
        if tokens.dep[current] == "dobj":
            return (
                parent
                if tokens.pos[parent] == "VERB" and tokens.lemma[parent] in CHANGE_NOUNS
                else None
            )
        current = parent
    return None


def _change_then_level(tokens: Tokens, root: int, inside: range) -> str | None:
    """ "fell by 23,000 to 1.41 million", which the parser can read as one range under
    "by": the first amount is the change, the second the level reached. None when the
    amount is not in that shape."""
    level = root
    if tokens.dep[root] == "quantmod" and tokens.pos[tokens.head[root]] == "NUM":
        level = tokens.head[root]
    else:  # "$236/t": the amount stands on its unit; the number is the level
        level = next((c for c in tokens.children[root] if tokens.dep[c] == "nummod"), root)
    joins = [c for c in tokens.children[level] if tokens.lower[c] == "to" and c < level]
    if not joins:
        return None
    carrier = level  # "to $236/t", "to 1.41 million tonnes": the unit carries the level
    if tokens.dep[level] == "nummod" and 0 < tokens.head[level] - level <= 3:
        carrier = tokens.head[level]
    by = tokens.head[carrier]
    if tokens.dep[carrier] == "pobj" and tokens.lower[by] == "by":
        verb = tokens.head[by]
    elif (
        tokens.dep[carrier] in ("npadvmod", "dobj")
        and tokens.pos[by] == "VERB"
        and tokens.lemma[by] in CHANGE_NOUNS
    ):
        verb = by  # "fell $12 to $236/t": the same, with no "by"
    elif (
        tokens.dep[carrier] == "npadvmod"
        and tokens.lower[by] in _CHANGE_ADVERBS
        and _phrasal_change(tokens, tokens.head[by]) is not None
    ):
        verb = tokens.head[by]  # "will go up 5% to £3.10": the same, on the particle
    else:
        return None
    if level in inside and joins[0] in inside:  # "drop by another 300 to 400": a range
        return None
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return None
    both = range(min([by + 1, *inside]), max(level + 1, inside.stop))
    return _clause_measure(tokens, verb, both, "to" if level in inside else "by", root)


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


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_PERCENT_WORDS = frozenset({"%", "cent", "percent"})


def _compared_measure(tokens: Tokens, root: int, head: int, dep: str, inside: range) -> str:
    """ "Milk yields were 2.5 per cent lower in the seaweed group", "prices were 4% higher
    than a year earlier", "were 30 per cent less likely to be readmitted": an amount that
    says by how much a comparison differs measures its subject, compared as written."""
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
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    return _budget([who, *(tokens.text[c] for c in degree), *_words_under(tokens, head, inside)])


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


def _words_under(tokens: Tokens, head: int, skip: range) -> list[str]:
    """ "lower in the drought-hit plots", "effective at preventing severe illness": a
    word and what hangs on it to its right, as written, a short phrase at most."""
    words: list[str] = []
    for index in range(head, min(head + _MAX_PHRASE, len(tokens))):
        if index in skip:
            continue
        glued = _glued_hyphen(tokens, index)  # "the drought-hit plots"
        if (tokens.pos[index] == "PUNCT" and not glued) or not hangs_within(
            tokens.head, index, head, 4
        ):
            break
        words.append(tokens.text[index])
    return words


_CHANGE_NOUN_WORDS = frozenset(CHANGE_NOUNS.values()) | CHANGE_NOUN_EXTRAS


def _size_of_a_named_change(tokens: Tokens, governor: int, skip: range) -> str:
    """ "an increase in parking charges of 12%", "a fall in applications of 14%", "a
    smaller increase in risk, of 9%": an amount "of" a change named as a noun, with what
    changes "in" it, is the size of the change ("increase in parking charges"), not the
    thing that changed. "" otherwise."""
    change = governor
    if tokens.dep[governor] == "pobj" and tokens.lower[tokens.head[governor]] == "in":
        change = tokens.head[tokens.head[governor]]  # "of" hung on the changed noun
    elif not any(
        tokens.dep[c] == "prep" and tokens.lower[c] == "in" for c in tokens.children[governor]
    ):
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


def _bare_frame(tokens: Tokens, noun: int, frame: str, skip: range) -> str:
    """A lone "cost" or "fine" says what of from its clause: "fund 1,200 officers at a
    cost of £140m" is the cost of the officers; "anyone caught faces a fine of £1,000"
    is the fine anyone caught faces."""
    governor = tokens.head[noun]
    owner = tokens.head[governor]
    if tokens.pos[owner] == "VERB":  # "covers adults with a BMI of 30": hung on the verb
        objects = [c for c in tokens.children[owner] if tokens.dep[c] == "dobj" and c < governor]
        owner = objects[-1] if objects and governor - objects[-1] <= 2 else owner
    if (
        tokens.dep[noun] == "pobj"
        and tokens.lower[governor] == "with"
        and tokens.pos[owner] in _NOUNS
        and owner < governor
    ):  # "adults with a BMI of 30 or above": the BMI of the adults
        return _budget([frame, "of", _noun_phrase(tokens, owner, skip, False)])
    if tokens.dep[noun] == "pobj" and tokens.lower[governor] == "at":
        verb = tokens.head[governor]
        objects = [
            c
            for c in tokens.children[verb]
            if tokens.dep[c] == "dobj" and tokens.pos[c] in _NOUNS and c not in skip
        ]
        if objects:
            return _budget([frame, "of", _noun_phrase(tokens, objects[0], skip, False)])
    if (
        tokens.dep[noun] == "pobj"
        and tokens.lower[governor] in ("to", "at")
        and tokens.pos[owner] == "VERB"
    ):  # "the river rose to a height of 5.2 metres": the height the river rose to
        subject, _ = _subject_of(tokens, owner, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            who = _noun_phrase(tokens, subject, skip, stop=owner)
            return _budget([frame, who, tokens.text[owner], tokens.text[governor]])
    if (
        tokens.dep[noun] == "dobj"
        and tokens.pos[governor] == "VERB"
        and tokens.lemma[governor] in _HOLDING_LEMMAS
    ):
        subject, _ = _subject_of(tokens, governor, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS:
            who = _noun_phrase(tokens, subject, skip, stop=governor)
            if who:
                return _budget([frame, "of", who])  # "Apex has a workforce of 41,000"
    if tokens.dep[noun] in ("nsubj", "nsubjpass") and tokens.pos[governor] == "VERB":
        # "A crowd of 52,340 watched the final": the frame with what it did.
        return _with_predicate(tokens, noun, frame, skip)
    if tokens.dep[noun] == "nsubj" and tokens.lemma[governor] == "be":
        # "The crowd of 31,408 was the largest at the ground this season": the frame with
        # the superlative said of it.
        best = [c for c in tokens.children[governor] if tokens.tag[c] == "JJS" and c > noun]
        if best:
            return _budget([frame, *_words_under(tokens, best[0], skip)])
    changed = _changed_by_clause(tokens, noun, skip) if tokens.lemma[noun] in CHANGE_NOUNS else ""
    if changed:  # "Emissions fell to 5.2m tonnes, a drop of 9%": the drop in emissions
        return _budget([frame, "in", changed])
    if (
        tokens.dep[noun] == "dobj"
        and tokens.pos[governor] == "VERB"
        and any(
            tokens.ent[i] in ("MONEY", "PERCENT")
            or tokens.lower[i] in _PERCENT_WORDS
            or tokens.text[i] in CURRENCY_CODES  # "NOK 9.4bn", which the recognizer may miss
            for i in skip
        )
    ):
        # "Homes paid an average of £1,740 for energy", "the pathway requires a cut of
        # 12%", "paid a fee of £2m to sign the winger": a sum or share framed, then the
        # clause that has it, when the clause names who has it. (A group framed, "the
        # cuts affect a workforce of 44,000", is said by its frame alone.)
        subject, _ = _subject_of(tokens, governor, skip)
        after = _verb_extras(tokens, governor, skip, noun, 1)
        if subject is not None and tokens.pos[subject] in _NOUNS and subject not in skip:
            who = _noun_phrase(tokens, subject, skip, stop=governor)
            children = tokens.children[governor]
            aux = [
                tokens.text[c]
                for c in children
                if tokens.dep[c] in ("aux", "neg") and c < governor and tokens.lower[c] != "to"
            ]
            particle = [tokens.text[c] for c in children if tokens.dep[c] == "prt"][:1]
            return _budget([frame, who, *aux, tokens.text[governor], *particle, *after])
        # "they took deposits of up to £6,500 from 57 couples": whom from, at least.
        return _budget([frame, *after])
    if tokens.dep[noun] == "pobj" and tokens.pos[owner] == "VERB":
        # "rams sold for an average of $5,870": the frame, then the clause its phrase
        # hangs on.
        clause = _governed_by_preposition(tokens, noun, governor, "", skip)
        return _budget([frame, clause]) if clause else frame
    # "a workforce of 44,000" alone: the frame says it.
    return frame


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


# Verbs of having: "Apex, which has a workforce of 41,000" is the workforce of Apex.
_HOLDING_LEMMAS = frozenset({"have", "employ", "own", "hold", "keep"})


def _age_measure(tokens: Tokens, inside: range) -> str:
    """ "who has died aged 87", "died on Sunday, aged 82": an age at death, of whom."""
    before = inside.start - 1
    while before > 0 and inside.start - before <= 3 and tokens.lower[before] in _AGE_BRACKET:
        before -= 1  # "aged over 65", "aged between 18 and 24"
    if before < 0 or tokens.lower[before] != "aged":
        return ""
    subject, _ = _subject_of(tokens, before, inside)
    if subject is None and tokens.head[before] != before:
        subject, _ = _subject_of(tokens, tokens.head[before], inside)
    who = _named(tokens, subject, inside) if subject is not None else ""
    if subject is not None and tokens.pos[subject] == "PRON":
        who = ""
    low, high = max(0, before - _AGE_WINDOW), min(len(tokens), before + _AGE_WINDOW)
    sentence = tokens.sent[before]
    died = any(
        tokens.lemma[i] in ("die", "death") and tokens.sent[i] == sentence for i in range(low, high)
    )
    what = "age at death" if died else "age"
    return f"{what} of {who}" if who else what


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


def _refers_back(
    text: str, start: int, mention: NumberMention, tokens: Tokens | None = None
) -> bool:
    """ "the two areas", "the three men": a small number after "the" counts things the
    article has already introduced; it adds no figure. Nor does a fraction of an amount
    told before ("less than a fifth of that", "a third of it has been recovered"); a
    share of a count told just before is one ("2.59 million households. Almost
    two-fifths of them lived alone")."""
    of = _OF_A_PRONOUN.match(text, mention.end) if _FRACTION_WORD.search(mention.text) else None
    if of is not None:
        pronoun = tokens.between(of.start(1), of.end()) if tokens is not None else range(0)
        if (
            tokens is not None
            and len(pronoun) == 1
            and tokens.lower[pronoun.start] == "those"
            and any(
                tokens.dep[c] in ("prep", "acl", "relcl", "amod")
                for c in tokens.children[pronoun.start]
            )
        ):  # "A third of those in arrears", "two-thirds of those polled": a group told by
            return False  # its own words, not one told before (round 18)
        return not (
            tokens is not None
            and len(pronoun) == 1
            and tokens.lower[pronoun.start] in ("them", "those")
            and _counted_before(tokens, pronoun.start, tokens.between(start, mention.end))
            is not None
        )
    return (
        mention.spelled
        and mention.value < 10
        and bool(re.search(r"\b[Tt]he\s+$", text[max(0, start - 8) : start]))
    )


def _counted_before(tokens: Tokens, pronoun: int, amount: range) -> int | None:
    """ "2.59 million households. Almost two-fifths of them ...", "employs 8,200 nurses,
    and 14% of them are": the plural noun a number counts, nearest before the amount in
    its sentence or the one before, or None. Only for a share that is its clause's
    subject (not "made 310 arrests, around a third of them for drug offences")."""
    if not len(amount) or not any(
        tokens.dep[i] in ("nsubj", "nsubjpass") and tokens.head[i] not in amount for i in amount
    ):
        return None
    sentence = tokens.sent[pronoun]
    first = tokens.sent_starts[max(0, sentence - 1)]
    for index in range(min(pronoun, amount.start) - 1, first - 1, -1):
        if tokens.tag[index] == "NNS" and any(
            tokens.pos[c] == "NUM" and tokens.dep[c] == "nummod" for c in tokens.children[index]
        ):
            return index
    return None
