"""Layer 1 of what a figure measures: single readings of the words and the parse near
one number. The counted phrase and its head noun, a noun phrase, an amount and its
scale, an owner or a person named just before, the time a clause is set in, a dateline.
Each reads a bounded window. Pure.

The measure readers are three layers, measure_reading < measure_phrases < measures:
each function calls only its own layer and the layers below, so each module reads
top-down and none imports a later one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefsmith.core.dependency import hangs_within
from briefsmith.core.lexicon import (
    ACCOUNTING_QUALIFIER_WORDS,
    AGE_OPENING_PREPOSITIONS,
    AMOUNT_NOUNS,
    ANAPHORIC_MEASURE_NOUNS,
    BENCHMARK_NOUNS,
    BODY_NOUNS,
    CAREER_GROUP_NOUNS,
    CHANGE_NOUN_EXTRAS,
    CHANGE_NOUNS,
    CLIENT_NOUNS,
    CODE_LABEL_NOUNS,
    COMPANY_NOUNS,
    COUNT_PLACE_PREPOSITIONS,
    DIMENSION_NOUNS,
    FEMININE_GIVEN_NAMES,
    GAP_WORDS,
    GIVEN_NAMES,
    HOME_KIND_NOUNS,
    HONORIFICS,
    MASCULINE_GIVEN_NAMES,
    MONTHS,
    ORG_KIND_NOUNS,
    PART_WORDS,
    PAYMENT_FORMS,
    PRONOUNS,
    QUOTE_OPENERS,
    RECORDED_LEVEL_LEMMAS,
    REPORTING_PERIOD_NOUNS,
    RISE_UP_VERBS,
    SCALE_READING_NOUNS,
    SESSION_DIRECTIONS,
    SESSION_VERBS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    SPEED_WORDS,
    TEMPERATURE_WORDS,
    TITLES,
    UNISEX_GIVEN_NAMES,
    WEEKDAYS,
)
from briefsmith.core.names import possessive
from briefsmith.core.numbers import (
    NumberMention,
    find_numbers,
)
from briefsmith.core.units import (
    CURRENCY_ABBREVIATIONS,
    CURRENCY_PREFIXES,
    GUARDED_CURRENCY_PREFIXES,
    canonical_unit,
    is_duration,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.reading import (
    _DEATH_WORDS,
    _DURATION_AFTER,
    _FIXTURE_AFTER,
    _FRACTION_WORD,
    _FRAMES,
    _MODIFIER_DEPS,
    _NOUNS,
    _SENTENCE_WINDOW,
    _STOP_WORDS,
    _WHEN,
    _WORD,
    FoundFigure,
    _has_person_subject,
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
    | {"rather"}  # "40 homes rather than 64": the count ends at its noun (round 29b)
)
_CONTEXT_CHARS = 240
_RATE_DIMENSIONS = frozenset({"speed", "data rate"})


def _following_words(text: str, position: int, limit: int = 5) -> list[str]:
    words = []
    for match in re.finditer(r"\S+", text[position : position + 120]):
        raw = match.group()
        word = raw.strip(',.;:()“”"‘’«»')
        if word.lower() in _STOP_WORDS or not _WORD.fullmatch(word):
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
        if not _WORD.fullmatch(word):  # (a straight quote mark alone is no word)
            break
        words.append(word)
        ends_with_punctuation.append(token[-1] in ',.;:)”’»"' or token[:1] in _OPENS_A_PHRASE)
        if ends_with_punctuation[-1]:
            break
    core: list[str] = []
    index = 0
    if [w.lower() for w in words[:2]] in (["or", "more"], ["or", "fewer"], ["or", "so"]):
        # "14 or more eggs a week" counts eggs (round 29b); a span so told ("12 or more
        # hours") is left as it was read
        index = 2 if len(words) > 2 and not is_duration(words[2]) else 0
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


_UNIT_THEN_WORD = re.compile(r"[\s-]?[A-Za-z]+(?:/[A-Za-z]+)?\s+([A-Za-z])")


def _with_speed_named(text: str, tokens: Tokens | None, figure: FoundFigure) -> FoundFigure:
    """ "Police clocked the driver at 187km/h", "He was doing 104mph on the M6": a figure
    in a unit of speed whose measure names no speed measures the speed of what it tells
    ("speed of driver going"), as a temperature does (round 33). Not a speed that sizes
    the noun after it ("a 20mph zone", "the 70mph limit"): that is a limit, read as one."""
    dimension = canonical_unit(figure.unit)
    if dimension is None or dimension[0] != "speed" or not figure.measures:
        return figure
    words = [w.strip(",.;:()'’").casefold() for w in figure.measures.split()]
    if set(words) & SPEED_WORDS:
        return figure
    unit = _UNIT_THEN_WORD.match(text, figure.end)  # (the unit, then the word after it)
    if tokens is not None and unit is not None:
        after = tokens.at(unit.start(1))
        if after >= 0 and tokens.pos[after] in ("NOUN", "PROPN"):
            return figure  # "a 20mph zone"
    return replace(figure, measures=f"speed of {figure.measures}")


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


# Round 32a: "three times the state average", "7.1 times average earnings", "five times
# its annual income": a multiple is told against the noun phrase after "times", read in a
# bounded window; not a frequency ("three times a week", "won it three times").
_MULTIPLE_REACH = 8  # tokens of the phrase after "times", at most
_MULTIPLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your"})
_MULTIPLE_PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "SYM", "PART", "DET"})
_MULTIPLE_GAP = 60  # characters from the amount before to the multiple set off after it
_SET_OFF_MULTIPLE = re.compile(
    r"[^.;:!?]*,\s+(?:or\s+)?(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?"
)


def _with_multiple_of(
    text: str, tokens: Tokens | None, figures: list[FoundFigure], index: int
) -> FoundFigure:
    """ "The crossing has seen 4.2 crashes per million vehicles, three times the state
    average": the multiple measures the amount before it (in its sentence, after a comma)
    against what follows "times" ("... as multiple of state average"), not "times"."""
    figure = figures[index]
    if tokens is None or _is_money(figure) or figure.unit in ("percent", "fraction"):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    times = inside.stop - 1 if tokens.lower[inside.stop - 1] == "times" else inside.stop
    first = times + 1
    if first >= len(tokens) or tokens.lower[times] != "times":
        return figure
    sentence_end = tokens.sentence_bounds(tokens.sent[times])[1]
    end = first
    while end < min(sentence_end, first + _MULTIPLE_REACH) and (
        tokens.pos[end] in _MULTIPLE_PHRASE_POS
        or tokens.lower[end] == "of"
        or tokens.lower[end] in _MULTIPLE_DETERMINERS
    ):
        opening = end == first or tokens.lower[end - 1] == "of"
        determiner = tokens.lower[end] in _MULTIPLE_DETERMINERS | {"a", "an"}
        if (determiner or tokens.pos[end] == "DET") and (
            not opening or (end == first and tokens.lower[end] not in _MULTIPLE_DETERMINERS)
        ):
            break  # "the number the gallery expected": a new phrase starts
        end += 1
    while end > first and tokens.pos[end - 1] not in ("NOUN", "PROPN", "ADJ"):
        end -= 1
    if (
        end > first
        and tokens.pos[end - 1] == "ADJ"
        and (end - first < 2 or tokens.pos[end - 2] not in ("NOUN", "PROPN", "ADJ", "DET"))
    ):
        return figure  # "three times higher": a comparison, no phrase to be told against
    if end == first or tokens.lower[first] in _TIME_WORDS | {
        "a",
        "an",
        "as",
        "more",
        "less",
        "over",
    }:
        return figure  # "four times last season", "three times a week", "as many"
    if end - first <= 2 and is_duration(unit_name(tokens.text[end - 1])):
        return figure  # "three times last season": how often, not a multiple
    words = [
        tokens.text[i]
        for i in range(first, end)
        if tokens.lower[i] not in _MULTIPLE_DETERMINERS | {"a", "an"}
        and tokens.pos[i] not in ("NUM", "SYM")
        and tokens.ent[i] != "MONEY"
    ]
    if not words:
        return figure
    against = " ".join(words).replace(" 's", "'s")
    measured = f"multiple of {against}"
    before = figures[index - 1] if index else None
    if (
        before is not None
        and before.measures
        and tokens.sent[tokens.at(before.start)] == tokens.sent[times]
        and figure.start - before.end <= _MULTIPLE_GAP
        and _SET_OFF_MULTIPLE.fullmatch(text, before.end, figure.start)
    ):
        whole = re.sub(
            rf"\s+(?:(?:the|its|their|his|her|our)\s+)?{re.escape(against)}$", "", before.measures
        )
        measured = f"{whole} as {measured}"
        if whole != before.measures and whole.strip():
            # "a deposit of £61,000, or 7.1 times average earnings": the earnings are the
            # multiple's, not the deposit's
            figures[index - 1] = replace(before, measures=whole)
    else:
        subject = _copula_subject(tokens, times)
        own = figure.measures
        if subject:  # "The council's debt is five times its annual income"
            measured = f"{subject} as {measured}"
        elif own and "times" not in own.split() and against.lower() not in own.lower():
            measured = f"{own} as {measured}"  # "PM2.5 levels were eight times the limit"
    return replace(figure, measures=_budget(measured.split()))


_COPULA_CLIMB = 4  # heads climbed from "times" to the copula whose subject it measures


def _copula_subject(tokens: Tokens, word: int) -> str:
    """The subject of the "be" that `word` hangs under, a few heads up ("The council's
    debt is five times its income": the council's debt), or ""."""
    verb = word
    for _ in range(_COPULA_CLIMB):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.lemma[verb] != "be":
        return ""
    subject = next(
        (c for c in tokens.children[verb] if tokens.dep[c] == "nsubj" and c < word), None
    )
    if subject is None or tokens.pos[subject] == "PRON":
        return ""
    return _noun_phrase(tokens, subject, range(word, word + 1), with_tail=False)


_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
_BEFORE_PARTICIPLE_REACH = 3  # tokens from the count to its participle ("212,570 were completed")
_LEADING_WORD_REACH = 24  # characters back for a measure's first word written before the count


def _with_the_noun_before_a_participle(
    text: str, tokens: Tokens | None, figures: list[FoundFigure], index: int
) -> FoundFigure:
    """ "Malaria cases jumped to 48,900, nearly triple the 16,700 recorded a year earlier",
    "pledged 300,000 new homes; 212,570 were completed": a bare count whose measure is
    only a participle and its phrase counts what the count before it in its sentence
    counts ("malaria cases ... recorded a year earlier", "homes completed"), not
    "recorded" (round 32a)."""
    figure = figures[index]
    if tokens is None or index == 0 or _is_money(figure) or figure.unit in ("percent", "fraction"):
        return figure
    before = figures[index - 1]
    if _is_money(before) or before.unit in ("percent", "fraction") or not before.measures:
        return figure
    if before.unit and canonical_unit(before.unit) is not None:
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside) or tokens.sent[tokens.at(before.start)] != tokens.sent[inside.start]:
        return figure
    words = figure.measures.split()
    lead = text[max(0, figure.start - _LEADING_WORD_REACH) : figure.start].lower().split()
    window = range(max(0, inside.start - _BEFORE_PARTICIPLE_REACH - 2), inside.start)
    own_nouns = {
        tokens.lower[i]
        for i in window
        if tokens.pos[i] in ("NOUN", "PROPN") and tokens.lower[i] not in PART_WORDS
    }
    while words and words[0].lower() in lead:
        if words[0].lower() in own_nouns:
            return figure  # "the previous record of 1,187 set by": the count's own noun
        words = words[1:]  # "about half of the 500,000 projected": "half" is no noun
    participle = next(
        (
            i
            for i in range(inside.stop, min(len(tokens), inside.stop + _BEFORE_PARTICIPLE_REACH))
            if tokens.tag[i] in _PARTICIPLE_TAGS and tokens.pos[i] == "VERB"
        ),
        None,
    )
    if participle is None or not words or words[0] != tokens.text[participle]:
        return figure
    if any(tokens.pos[i] not in ("AUX", "PART", "ADV") for i in range(inside.stop, participle)):
        return figure  # "16,700 cases recorded": the count has its own noun
    if figure.unit not in (None, tokens.lower[participle]) and figure.unit.lower() not in lead:
        return figure  # (a unit written before the count is a misreading, not its noun)
    counted = tokens.between(before.start, before.end)
    own = next(
        (
            tokens.text[i]
            for i in range(counted.stop, min(len(tokens), counted.stop + _BEFORE_PARTICIPLE_REACH))
            if tokens.tag[i] == "NNS" and tokens.text[i].lower() in before.measures.lower()
        ),
        "",
    )  # "40 people": the plural the count before counts
    noun = own or before.measures
    return replace(figure, measures=_budget([noun, *words]))


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

# Round 32a: "410 rental units, 82 of them at below-market rents", "14 medals, six of them
# gold", "612,000 cases, 41 per cent of which are more than five years old": the words
# after a part's "of them" (up to the clause's end) pick the part out. The parser hangs
# them on the main verb or the noun before, so the whole took them and the part none.
_PARTITIVE_PRONOUNS = frozenset({"them", "whom", "which"})
_PARTITIVE_TAIL_TOKENS = 8  # tokens read after the pronoun, at most
_PARTITIVE_TAIL_ENDS = frozenset({",", ".", ";", ":", "!", "?", ")", "—", "–"})
_PARTITIVE_OPENING_POS = frozenset({"ADP", "ADJ", "NOUN", "AUX"})
_PARTITIVE_MEASURE_WORDS = 3  # a part's measure this short or shorter is its bare noun


def _partitive_tail(tokens: Tokens, pronoun: int) -> list[int]:
    """The tokens after "of them" that pick the part out, to the end of its clause: none
    when the clause runs on past the window, goes on with its own verb ("three of them
    were charged": the predicate reading has it) or opens with a number or a name."""
    first = pronoun + 1
    sentence_end = tokens.sentence_bounds(tokens.sent[pronoun])[1]
    last = first
    while last < min(sentence_end, first + _PARTITIVE_TAIL_TOKENS + 1):
        if tokens.text[last] in _PARTITIVE_TAIL_ENDS:
            break
        last += 1
    else:
        if last != sentence_end:
            return []
    read = list(range(first, last))
    if not read or tokens.pos[first] not in _PARTITIVE_OPENING_POS:
        return []
    if tokens.pos[first] == "AUX":
        if tokens.lemma[first] != "be" or len(read) < 2 or tokens.pos[first + 1] == "VERB":
            return []  # "of which are ..." read on; "of them were charged" has its verb
        read = read[1:]
    if (
        any(tokens.pos[i] in ("VERB", "AUX", "PROPN", "NUM") for i in read[:1])
        or any(tokens.pos[i] in ("VERB", "AUX") for i in read)
        or (
            all(tokens.ent[i] in ("DATE", "TIME") for i in read)
            and tokens.pos[read[-1]] in ("NOUN", "PROPN", "NUM")
        )
    ):
        return []  # "close four of them next year": a time, no kind of part
    return read


def _with_partitive_qualifier(
    tokens: Tokens | None, figures: list[FoundFigure], index: int
) -> list[FoundFigure]:
    """ "Team Nigeria won 14 medals, six of them gold": the part's measure takes the words
    that pick it out ("gold medals"), and the whole before it in the sentence gives them
    back ("Team Nigeria won medals", not "... at below-market rents" for all 410 units).
    The figures, changed or not (round 32a)."""
    figure = figures[index]
    if tokens is None or index == 0:
        return figures
    last = tokens.at(figure.end - 1)
    if last < 0 or last + 3 >= len(tokens):
        return figures
    of, pronoun = last + 1, last + 2
    if tokens.lower[of] != "of" or tokens.lower[pronoun] not in _PARTITIVE_PRONOUNS:
        return figures
    before = figures[index - 1]
    measures = figure.measures
    noun = before.unit
    if (
        not noun
        or tokens.sent[tokens.at(before.start)] != tokens.sent[last]
        or len(measures.split()) > _PARTITIVE_MEASURE_WORDS
        or not re.search(rf"\b{re.escape(noun)}\b", measures, re.IGNORECASE)
    ):
        return figures  # the part counts what the whole before it in its sentence counts
    read = _partitive_tail(tokens, pronoun)
    if not read:
        return figures
    tail = " ".join(tokens.text[i] for i in read)
    tail = re.sub(r"\s+-\s+", "-", tail)
    if tail.lower() in measures.lower():
        return figures
    whole = before.measures
    cut = re.sub(rf"\s+{re.escape(tail)}\b", "", whole, count=1)
    if measures.lower() == noun.lower() and re.search(rf"\b{re.escape(noun)}\b", cut):
        measures = cut  # a bare count of "them" is told by the whole's clause
    if tokens.pos[read[0]] != "ADP" and len(read) <= 2:
        # "six of them gold": "gold medals"; "20 per cent of them affordable": "share of
        # affordable homes"
        told = re.sub(rf"\b{re.escape(noun)}\b", f"{tail} {noun}", measures, count=1)
    else:
        told = f"{measures} {tail}"  # "82 of them at below-market rents"
    changed = list(figures)
    changed[index] = replace(figure, measures=told)
    if cut != whole and cut.strip():
        changed[index - 1] = replace(before, measures=cut)
    return changed


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


# Prepositions of what a sum or a count in a list is for, on or to: "spent £310,000 on a
# farmhouse, £72,000 on a Porsche and £15,500 on a speedboat".
_LIST_PREPS = frozenset({"on", "for", "to", "in", "from", "at", "against", "towards"})
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_GAP = 80
_PER_PERIOD_AFTER = re.compile(r"^(?:a|an|per|each|every) (?:year|month|week|day|hour|quarter)\b")
# What a frame's amount is set against: "a premium of 38% to the closing price", "a lead
# of three points over Penrith", "a discount of 20% on the list price".
_AGAINST_PREPS = frozenset({"to", "on", "over", "above", "below", "against"})


def _listed_after(
    text: str,
    start: int,
    own: str,
    figures: list[FoundFigure],
    owns: dict[int, str],
    unit: str | None = None,
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
    gap = text[before.end : start]
    if len(gap) > _LIST_GAP:
        return None  # (a bounded look: linear time)
    if previous_own is None and own.split() and unit is not None and before.unit == unit:
        # "£2.3m has been set aside for pothole repairs and £400,000 for new cycle lanes":
        # the first amount's phrase hangs on its verb, written between the two (round 32a)
        first = own.split()[0].lower()
        told = re.search(rf"\s{re.escape(first)}\s+([^,;]*?)\s*(?:,\s*)?(?:and|or)?\s*$", gap)
        if told is not None and first in _LIST_PREPS and told.group(1):
            previous_own = f"{first} {told.group(1)}"
            owns[before.start] = previous_own
    if previous_own is None or previous_own.split()[0].lower() != own.split()[0].lower():
        return None
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


def _tells_a_time(words: list[str]) -> bool:
    """ "in 2022", "in March", "on Tuesday", "in the third quarter", "for the year":
    words that tell when, not who or what."""
    return any(
        word in MONTHS
        or word in WEEKDAYS
        or re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)?", word) is not None
        or is_duration(word)
        or word.lower() in REPORTING_PERIOD_NOUNS
        for word in words
    )


def _in_place_of(measured: str, words: list[str]) -> str:
    """ "Inflation in April", then "3.1 per cent in March": the other time or group
    stands in place of the first one's, not beside it."""
    if words and words[0].lower() in ("in", "on", "at", "for", "among", "under"):
        cut = measured.lower().rfind(f" {words[0].lower()} ")
        if (
            cut > 0
            and len(measured[cut:].split()) <= 4
            # "met the standard in maths", then "56 per cent in 2022": a time stands in
            # place of a time and a group of a group, never a time of what was measured
            and _tells_a_time(measured[cut:].split()) == _tells_a_time(words)
        ):
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


_RECORDED_WHEN_WORDS = 6  # words of the time or occasion read after the participle


def _recorded_before(
    tokens: Tokens, start: int, end: int, unit: str | None, figures: list[FoundFigure]
) -> str:
    """ "Youth unemployment fell to 13.9 per cent, well above the 10.8 per cent recorded
    two years ago", "Inflation eased to 3.1%, down from the 4.4% seen in March": "the"
    amount that a participle of record follows is an earlier level of what the amount of
    the same kind just before it, in the same sentence, measures, at the time or
    occasion the participle names ("Youth unemployment two years ago"); not "recorded".
    "" when it does not apply. Reads the amount's own children and a few words after."""
    inside = tokens.between(start, end)
    if not len(inside) or not figures:
        return ""
    last = inside.stop - 1
    participles = [
        c
        for c in tokens.children[last]
        if c == inside.stop
        and tokens.dep[c] == "acl"
        and tokens.tag[c] in ("VBN", "VBD")
        and tokens.lemma[c] in RECORDED_LEVEL_LEMMAS
    ]
    if not participles or not any(
        tokens.lower[c] == "the" and tokens.dep[c] == "det" for c in tokens.children[last]
    ):
        return ""
    earlier = figures[-1]
    first = tokens.between(earlier.start, earlier.end)
    if (
        not len(first)
        or tokens.sent[first[0]] != tokens.sent[last]
        or earlier.unit != unit
        or not earlier.measures
        or re.search(r"\d", earlier.measures)
    ):
        return ""
    words: list[str] = []
    for index in range(
        participles[0] + 1, min(participles[0] + 1 + _RECORDED_WHEN_WORDS, len(tokens))
    ):
        if (
            tokens.pos[index] in ("PUNCT", "CCONJ", "SCONJ")
            or tokens.sent[index] != tokens.sent[last]
        ):
            break
        words.append(tokens.text[index])
    return _joined([earlier.measures, *words])


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


_POSSESSIVES_OF_A_BODY = frozenset({"its", "their"})


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
_AGE_BRACKET = frozenset({"over", "under", "between", "at", "least", "about", "around", "from"})
_WHEN_PREPS = frozenset({"during", "since", "until", "till", "before", "after", "within"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_MAX_MEASURE_WORDS = 14
_STATE_TAIL = re.compile(r"\b(?:with|without)\b")
_MAX_PHRASE = 9


_SIZE_DIMENSIONS = {"length": "length", "area": "area", "mass": "weight", "volume": "volume"}


def _label_number(tokens: Tokens, index: int) -> bool:
    """ "Year 8 students", "Grade 10 pupils", "Ward 3 voters": a number written after the
    capitalized noun it hangs on labels that noun; it is part of the name, no amount."""
    return (
        index > 0
        and tokens.head[index] == index - 1
        and tokens.dep[index] == "nummod"
        and tokens.pos[index - 1] == "PROPN"
        and tokens.text[index - 1][:1].isupper()
    )


def _unit_of_a_number(tokens: Tokens, index: int) -> bool:
    """ "the 4.2km route", "a 40-hectare farm": a unit of size glued to its own number
    before a noun. It goes with its number: a noun phrase that leaves the number out
    leaves it out too ("route", not "km route")."""
    unit = canonical_unit(tokens.text[index])
    return (
        unit is not None
        and unit[0] in _SIZE_DIMENSIONS
        and index > 0
        and tokens.pos[index - 1] == "NUM"
        and tokens.head[index - 1] == index
    )


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
        if tokens.pos[index] in ("DET", "PUNCT", "NUM", "SYM") or _unit_of_a_number(tokens, index):
            if tokens.pos[index] == "PUNCT":
                break
            if tokens.pos[index] == "NUM" and (
                _glued_hyphen(tokens, index + 1)  # "zero-degree line"
                or is_duration(unit_name(tokens.text[head]))  # "the three months to June"
                or _label_number(tokens, index)  # "Year 8 students", "Grade 10 pupils"
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
            if dep == "cc" and (
                _another_amount(tokens, index + 1)
                or _joined_noun_with_its_amount(tokens, index + 1)
            ):
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
            and not (tokens.pos[i] == "NUM" and _label_number(tokens, i) and i - 1 not in skip)
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


_JOINED_NOUN_REACH = 4  # words read after "and" to the joined noun with its own amount


def _joined_noun_with_its_amount(tokens: Tokens, index: int) -> bool:
    """ "a gain of 10,000 jobs and a rate of 6.8 per cent": after "and", a joined noun
    whose own "of" phrase holds an amount is another figure's noun, not more of this
    one's (round 29). Reads a few words."""
    for noun in range(index, min(index + _JOINED_NOUN_REACH, len(tokens))):
        if tokens.pos[noun] in ("NOUN", "PROPN") and tokens.dep[noun] != "compound":
            break
        if tokens.pos[noun] not in ("DET", "ADJ", "NOUN", "PROPN"):
            return False
    else:
        return False
    if noun + 1 < len(tokens) and tokens.pos[noun + 1] == "NUM" and tokens.dep[noun] == "conj":
        return True  # "17,000 workers and public administration 11,500": the verb left out
    if tokens.dep[noun] != "conj" or noun + 2 >= len(tokens) or tokens.lower[noun + 1] != "of":
        return False
    amount = noun + 2
    while amount < len(tokens) and tokens.pos[amount] == "SYM" and amount < noun + 4:
        amount += 1  # "of $9.4bn"
    return tokens.pos[amount] == "NUM"


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


def _other_level_of_time(tokens: Tokens, preposition: int, noun: int) -> bool:
    """ "has risen from nine days to 14 days": the other end of the change, a span of
    time with its own number, is not what the span measures."""
    return (
        tokens.lower[preposition] in ("from", "to")
        and is_duration(unit_name(tokens.text[noun]))
        and any(tokens.pos[c] == "NUM" for c in tokens.children[noun])
    )


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


_PREFIXED_SUM = re.compile(
    "(?:"
    + "|".join(
        re.escape(p)
        for p in sorted(
            [*CURRENCY_PREFIXES, *CURRENCY_ABBREVIATIONS, *GUARDED_CURRENCY_PREFIXES],
            key=len,
            reverse=True,
        )
    )
    + r")\s?\d"
)


def _written_as_a_sum(tokens: Tokens, inside: range) -> bool:
    """ "Sh460 million", "R2.5 million", "Rs 2.4 crore" as well as "$4m": a figure whose
    first word is a currency's sign, prefix or abbreviation glued to its digits, which
    the recognizer does not always call money (round 31)."""
    if _is_a_sum(tokens, inside):
        return True
    first = inside.start
    written = tokens.text[first]
    if first + 1 < inside.stop and tokens.text[first] in CURRENCY_ABBREVIATIONS:
        written = f"{written} {tokens.text[first + 1]}"  # "Rs 2.4"
    return _PREFIXED_SUM.match(written) is not None


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


def _session_change(tokens: Tokens, verb: int) -> str | None:
    """ "The index ended 0.3 per cent higher", "before closing down 5.2% at S$1.66",
    "closed 11.2% weaker at R22.10": a trading session's close told by its direction is
    a rise or a fall. `verb` is the direction word hung on the session's verb, or the
    verb with the direction as its particle. None otherwise."""
    head = tokens.head[verb]
    if (
        tokens.pos[verb] in ("ADV", "ADJ", "ADP")
        and tokens.lower[verb] in SESSION_DIRECTIONS
        and head != verb
        and tokens.lemma[head] in SESSION_VERBS
    ):
        return SESSION_DIRECTIONS[tokens.lower[verb]]
    if tokens.lemma[verb] not in SESSION_VERBS or tokens.pos[verb] != "VERB":
        return None
    directions = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] in ("prt", "advmod", "acomp", "oprd")
        and tokens.lower[c] in SESSION_DIRECTIONS
        and c > verb
    ]
    return SESSION_DIRECTIONS[tokens.lower[directions[0]]] if directions else None


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


def _told_by_its_clause(tokens: Tokens, pronoun: int) -> bool:
    """ "those who pay by cheque", "anyone who booked online": a pronoun whose relative
    clause, right after it, says who it is."""
    return tokens.pos[pronoun] == "PRON" and any(
        tokens.dep[c] == "relcl" and c > pronoun for c in tokens.children[pronoun]
    )


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
            return pronoun, possessive(name)
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


def _noun_subject(tokens: Tokens, verb: int) -> bool:
    """ "Patients lost an average of 6.2kg", "Pupils scored an average of 104": a noun
    does the verb, so the average is of what it did ("average Patients lost"; round 21:
    it read "average")."""
    return any(
        tokens.dep[c] == "nsubj" and tokens.pos[c] in ("NOUN", "PROPN")
        for c in tokens.children[verb]
    )


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
    if not told and tokens.lemma[verb] != "be":
        # "340 households had applied, and 85 had completed a purchase": what the
        # clause's own verb did, with its object (round 30)
        objects = [c for c in tokens.children[verb] if c > verb and tokens.dep[c] == "dobj"]
        if objects:
            told = _joined([tokens.text[verb], *_words_under(tokens, objects[0], inside)])
    if not told:
        return None
    return replace(figure, unit=before.unit, measures=_budget([before.unit, told]))


_ELIDED_COUNT_JOIN = re.compile(r"(?:,?\s+(?:and|but|while|whereas|with)|;)\s+(?:\w+\s+){0,2}$")


def _count_eliding_the_noun_before(
    text: str, tokens: Tokens, figure: FoundFigure, figures: list[FoundFigure]
) -> FoundFigure | None:
    """ "affecting 31 people on the drug and 27 on the dummy injection", "with 256 votes
    in favour and 11 against", "612 patients were on trolleys, with 98 at University
    Hospital Limerick alone": a bare number joined to a count's noun (its "and" partner)
    or hung by "with" on the clause that count's noun belongs to counts that noun, told
    with its own phrase (round 30). None when it does not apply."""
    if not figures or figure.measures:
        return None
    before = figures[-1]
    if (
        not before.unit
        or before.unit in ("them", "those", "percent", "fraction")
        or canonical_unit(before.unit) is not None
        or _is_money(before)
        or not _same_sentence(text, before, figure)
        or not _ELIDED_COUNT_JOIN.search(text, before.end, figure.start)
    ):
        return None
    inside = tokens.between(figure.start, figure.end)
    counted = tokens.between(before.start, before.end)
    if not len(inside) or not len(counted):
        return None
    number, mark = inside.stop - 1, counted.stop - 1
    noun = tokens.head[mark] if tokens.dep[mark] == "nummod" else -1
    if tokens.pos[number] != "NUM" or noun < 0 or tokens.pos[noun] not in ("NOUN", "PROPN"):
        return None
    head = tokens.head[number]
    if tokens.dep[number] == "conj":
        joined = head == noun
    elif tokens.dep[number] == "pobj" and tokens.lower[head] == "with":
        clause = tokens.head[head]
        joined = tokens.head[noun] == clause and tokens.dep[noun] in (
            "nsubj",
            "nsubjpass",
            "dobj",
        )
    else:
        joined = False
    if not joined:
        return None
    phrases = [c for c in tokens.children[number] if c > number and tokens.dep[c] in _STATE_DEPS]
    told = _joined([w for c in phrases[:2] for w in _words_under(tokens, c, inside)])
    after = number + 1
    if (
        not told
        and after < len(tokens)
        and tokens.pos[after] in ("ADP", "ADV")
        and not tokens.children[after]
    ):
        told = tokens.text[after]  # "and 87 against": a stance with nothing after it
    if not told:
        return None
    return replace(figure, unit=before.unit, measures=_budget([before.unit, told]))


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


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_PERCENT_WORDS = frozenset({"%", "cent", "percent"})


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


# Verbs of having: "Apex, which has a workforce of 41,000" is the workforce of Apex.
_HOLDING_LEMMAS = frozenset({"have", "employ", "own", "hold", "keep"})


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


_COUNTED_REACH = 80  # tokens back from "of them", "of whom" to the count they stand for


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
    # (a bounded look back: a hostile run-on sentence is not read again per figure)
    first = max(tokens.sent_starts[max(0, sentence - 1)], pronoun - _COUNTED_REACH)
    for index in range(min(pronoun, amount.start) - 1, first - 1, -1):
        if tokens.tag[index] == "NNS" and any(
            tokens.pos[c] == "NUM" and tokens.dep[c] == "nummod" for c in tokens.children[index]
        ):
            return index
    return None


# "Labour were ahead in 51 seats, the Greens in four", "Kenya won 11 golds, Ethiopia
# seven", "Ontario added 21,000 jobs and Quebec 9,000": a count after a comma or "and"
# and a name, with the verb and the noun of the count before it left out (gapping).
_GAPPED_BEFORE = re.compile(
    r"(?:,|;|\s(?:and|while|but|with))\s+(?P<the>the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*)\s+(?P<prep>(?:in|on|with)\s+)?$"
)
_GAPPED_AFTER = re.compile(r"\s*(?:[.;!?,]|$|(?:and|while|but)\s)")
_GAPPED_REACH = 48  # characters from the count back to the join before its name
_GAPPED_UNIT = re.compile(r"[a-z][a-z-]*")
_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}")


def _gapped_holder(text: str, mention: NumberMention, plainly: bool = False) -> str:
    """The name a gapped count is told of ("the Greens in four": "Greens"), or "" when
    the count is not written so (money and shares are told in full, never gapped here).
    `plainly`: only when nothing else could read it, a count written in words or after
    "the" or "in" ("the Nationals 12", "Ethiopia seven"), not small digits straight after
    one name ("and Terminal 5", "Liverpool 43"), which the name rules judge first."""
    if mention.currency or mention.percent or not _GAPPED_AFTER.match(text, mention.end):
        return ""
    found = _GAPPED_BEFORE.search(text, max(0, mention.start - _GAPPED_REACH), mention.start)
    if found is None:
        return ""
    if plainly and not (
        found.group("the") or found.group("prep") or mention.spelled or mention.value >= 1000
    ):
        return ""
    return found.group("name")


def _gapped_count(
    text: str, tokens: Tokens, mention: NumberMention, holder: str, figures: list[FoundFigure]
) -> FoundFigure | None:
    """The gapped count as a figure: it counts what the count before it in its sentence
    counts (a plain noun, not money, a share or a score), told of its own name; None when
    no such count stands before it with no verb between (then the number only ends a
    name: "and Terminal 5")."""
    if not figures or not holder:
        return None
    before = figures[-1]
    unit = before.unit or ""
    figure = FoundFigure(
        text[mention.start : mention.end], mention.start, mention.end, mention.value, None, unit, ""
    )
    if (
        not _GAPPED_UNIT.fullmatch(unit)
        # "at 40 gates and Terminal 5", "12 plants and Plant 4": a numbered one, a name
        or holder.split()[-1].lower() in CODE_LABEL_NOUNS
        or unit.startswith(holder.split()[-1].lower())
        or unit in ("score", "percent", "fraction", "them", "those")
        or _is_money(before)
        or not _same_sentence(text, before, figure)
        or any(tokens.pos[i] in ("VERB", "AUX") for i in tokens.between(before.end, mention.start))
    ):
        return None
    # "Congress led in constituencies" -> "BJP led in constituencies"
    named = _CAPITALIZED_RUN.search(before.measures)
    told = (
        before.measures[: named.start()] + holder + before.measures[named.end() :]
        if named is not None
        and holder not in before.measures
        and not re.search(r"\d", before.measures)
        else ""
    )
    return replace(figure, measures=told or f"{holder} {unit}")
