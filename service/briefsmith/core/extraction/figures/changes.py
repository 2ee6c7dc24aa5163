"""What a change, a level or a comparison measures: rises and falls told with their
levels, amounts restated or compared with the one before, margins, rates and prices. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefsmith.core.dependency import hangs_within
from briefsmith.core.lexicon import (
    AMOUNT_NOUNS,
    AMOUNTING_LEMMAS,
    AVERAGE_NOUNS,
    BENCHMARK_NOUNS,
    CHANGE_NOUN_EXTRAS,
    CHANGE_NOUNS,
    COMPARATIVE_CHANGES,
    FURTHER_AMOUNT_WORDS,
    MONTHS,
    POINTING_BACK_PRONOUNS,
    POINTS_MOVE_VERBS,
    PRICE_VERB_NOUNS,
    SCOPE_ADVERBS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
)
from briefsmith.core.numbers import (
    NumberMention,
)
from briefsmith.core.units import (
    CURRENCY_SIGNS,
    canonical_unit,
    is_duration,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.measure_phrases import (
    _phrase_after,
    _subject_of,
)
from briefsmith.core.extraction.figures.measure_reading import (
    _GROUP_AFTER,
    _PERCENT_WORDS,
    _THEN_AFTER,
    _THRESHOLD_PREPS,
    _budget,
    _in_place_of,
    _noun_phrase,
    _other_than,
    _set_against,
    _tells_a_time,
    _words_under,
)
from briefsmith.core.extraction.figures.reading import (
    _DIGIT,
    _FRAMES,
    _FROM_BEFORE,
    _FROM_TO,
    _NOUNS,
    _PER_SHARE,
    _SAME_FACT_NEARBY,
    _SENTENCE_WINDOW,
    _STOP_WORDS,
    FoundFigure,
    _amount_root,
    _is_money,
    _joined,
    _same_sentence,
    _sentence_before,
)

# "..., followed by the Greens at 21% and the Liberal Democrats at 12%": a share listed
# after the leader's, held by the name right before "at" (or "on", "with").
_LISTED_HOLDER_BEFORE = re.compile(
    r"(?:\bfollowed\s+by|\band|,)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+(?:at|on|with)\s+$"
)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s", re.IGNORECASE)


def _with_listed_shares(text: str, tokens: Tokens, figures: list[FoundFigure]) -> list[FoundFigure]:
    """ "Torvik led with 14% of the market, followed by Kessel at 9% and Ardent at 7%":
    each share after "followed by" is the share of the name before it (of what the
    leader's share is of), and the leader's share is the sentence subject's; after a
    change ("Bellcourt rose 4%, followed by Tennant at 2%") each is that name's change."""
    listed = list(figures)
    leader: int | None = None
    for index, figure in enumerate(figures):
        if figure.unit != "percent":
            continue
        if leader is not None and not _same_sentence(text, figures[leader], figure):
            leader = None
        before = _sentence_before(text, figure.start)
        holder = _LISTED_HOLDER_BEFORE.search(before)
        followed = _FOLLOWED_BY.search(before)
        if holder is None or followed is None or leader is None:
            leader = index if followed is None else leader
            continue
        first = figures[leader]
        of = first.measures if first.measures.startswith("share of ") else "share"
        # "share of arrivals made up by Spanish visitors": the whole, not the leader
        of = re.split(r" (?:made up|accounted for) by ", of)[0]
        change = first.measures.split()[0]
        if change in CHANGE_NOUNS.values():  # "Bellcourt rose 4%, followed by Tennant at 2%"
            listed[index] = replace(figure, measures=f"{change} for {holder.group(1)}")
            continue
        listed[index] = replace(figure, measures=f"{of} for {holder.group(1)}")
        # (a leader's measure with the list's digits in it is a misread of the parse)
        misread = _DIGIT.search(first.measures) is not None
        if listed[leader] is first and (of != "share" or misread):
            subject = _sentence_subject(tokens, first)
            if subject and subject.lower() not in first.measures.lower():
                listed[leader] = replace(first, measures=f"{of} for {subject}")
    return listed


def _sentence_subject(tokens: Tokens, figure: FoundFigure) -> str:
    """The subject of the clause a figure stands in, as a phrase, or ""."""
    inside = tokens.between(figure.start, figure.end)
    if not inside:
        return ""
    verb = inside.start
    for _ in range(12):
        if tokens.head[verb] == verb or tokens.pos[verb] in ("VERB", "AUX"):
            break
        verb = tokens.head[verb]
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    return _noun_phrase(tokens, subject, inside, stop=verb)


_PER_SHARE_TAIL = re.compile(r"(?:\s+per share)+$")


def _with_per_share(text: str, figure: FoundFigure) -> FoundFigure:
    """ "$2.14 a share", "12.4p per share": a sum told per share measures its thing per
    share; a sum without it ("or $241 million" after "96 cents per share") does not, even
    when it borrowed the measure of one that does."""
    if not (_is_money(figure) or figure.unit == "pence"):
        return figure
    measures = _PER_SHARE_TAIL.sub("", figure.measures)
    if _PER_SHARE.match(text, figure.end + (text[figure.end : figure.end + 1] == "p")):
        measures = f"{measures} per share"
    return figure if measures == figure.measures else replace(figure, measures=measures)


# "£86 per household", "56.1p a day"; hyphened, "€1.5bn-a-year", "£9-an-hour" (round 22)
_PER_BASE = re.compile(r"p?(?:\s+(per|a|an|each)\s+|-(a|an|per)-)([A-Za-z][a-z-]*)\b")


# "$25 per adult and ": a sum told per something, then "and" before the next sum.
_RATE_THEN_AND = re.compile(r"p?\s+per\s+[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+(?:and|or)\s+$")


def _with_rate_told_alongside(text: str, figures: list[FoundFigure], index: int) -> FoundFigure:
    """ "Tickets cost $25 per adult and $10 per child", "€250 per hectare and €40 per
    cow": the second sum is the same rate for another base, so it measures what the first
    measures with its own base (not the words between the two)."""
    figure = figures[index]
    if index == 0 or not (_is_money(figure) or figure.unit == "pence"):
        return figure
    before = figures[index - 1]
    if before.unit != figure.unit or not before.measures:
        return figure
    if not _RATE_THEN_AND.fullmatch(text, before.end, figure.start):
        return figure
    base = _PER_BASE.match(text, figure.end)
    if base is None or (base.group(1) or base.group(2)).lower() != "per":
        return figure
    rate = f" {before.measures} ".split(" per ")[0].strip()
    return (
        replace(figure, measures=_joined([rate, "per", base.group(3).lower()])) if rate else figure
    )


_THEN_WORD_AFTER = re.compile(r"\s+(?:earlier|before|ago|later|previously)\b", re.IGNORECASE)


def _with_rate_base(text: str, figure: FoundFigure) -> FoundFigure:
    """ "£86 per household", "56.1p a day", "£11.20 an hour": a sum told per something
    measures its thing per that (a share is _with_per_share's)."""
    if not (_is_money(figure) or figure.unit == "pence"):
        return figure
    base = _PER_BASE.match(text, figure.end)
    if base is None or _THEN_WORD_AFTER.match(text, base.end()):
        return figure  # "R12.3 billion a year earlier": a time back, no rate (round 17)
    word = base.group(3).lower()
    if word in ("share", "cent") or word in figure.measures.lower().split():
        return figure
    per = (base.group(1) or base.group(2)).lower() == "per"
    if not per and not is_duration(unit_name(word)) and canonical_unit(word) is None:
        return figure  # "£5m a deal" is no rate; "a day", "a litre" are
    return replace(figure, measures=_joined([figure.measures, "per", word]))


# "compared with 78% at this time last year", "versus 1.2% on placebo": the same
# measure as the amount before, told for another time or group.
# "compared with 13%", "against a national average of 33%": the amount before, set
# against another (the frame, "national average", names which).
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?|against)\s+"
    r"(?:(?:an?|the)\s+((?:[a-z-]+\s+){0,2}?(?:average|rate|level|figure|median|norm|"
    + "|".join(sorted(BENCHMARK_NOUNS))
    + r"))\s+of\s+)?$",
    re.IGNORECASE,
)
# "down from an earlier range of $13bn", "up from a previous forecast of 4%": an earlier
# telling of the measure before.
_EARLIER_FRAME_BEFORE = re.compile(
    r"\b(?:up|down|from)\s+(?:from\s+)?(?:an?|the|its|their)\s+"
    r"((?:earlier|previous|prior|original|initial|first)\s+)?([a-z]+)\s+of\s+$",
    re.IGNORECASE,
)
# "carried 48 million passengers last year, up 9% on 2023": the change in the amount
# before, when no level follows ("up from 151" is the earlier level, read elsewhere).
_CHANGE_AFTER_COMMA = re.compile(
    r",\s+(up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
# "was £41 million, down from £50 million a year earlier": the same measure, then.
# "a fee of £48m, rising to £55m with add-ons", "a dividend of 4p, falling to 3p": a
# participle of change after a comma takes the amount before it to a new level.
_RISING_TO_BEFORE = re.compile(
    r",\s+(?:potentially\s+)?(?:rising|falling|climbing|increasing|dropping|going\s+up)"
    r"\s+to\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_LEVEL_FROM_BEFORE = re.compile(
    r",\s+(?:up|down)\s+from\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
# "the £27m it had forecast", "the 3.6 million it flew": a clause with no relative word,
# its subject a pronoun, right after an amount (its verb, and a preposition it strands).
_CONTACT_CLAUSE_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(sorted(SUBJECT_PRONOUNS - {"i"}))
    + r")\s+(?:(?:had|has|have|was|were|would|will)\s+)?(?:been\s+)?"
    r"[a-z]+(?:\s+(?:out|up|off|aside|back|away))?(?:\s+(?:at|for|on|to|with|by))?(?=\s)"
)
_WHO_CLAUSE_AFTER = re.compile(r"\s+(who\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5})")


def _told_against(
    text: str, start: int, end: int, mention: NumberMention, figures: list[FoundFigure]
) -> str:
    """What an amount compared with the one before it measures: that amount's measures,
    with the time or group it is told for ("reservoir levels ... at this time last
    year", "pre-tax profit ... a year earlier"), its earlier telling ("earlier range of
    full-year revenue"), or its change ("rise in passengers carried by ...")."""
    before = text[max(0, start - 60) : start]
    compared = _COMPARED_BEFORE.search(before)
    earlier = None if compared else _EARLIER_FRAME_BEFORE.search(before)
    change = None if compared or earlier else _CHANGE_AFTER_COMMA.search(before)
    level = None if compared or earlier or change else _LEVEL_FROM_BEFORE.search(before)
    level = level or (None if compared or earlier or change else _RISING_TO_BEFORE.search(before))
    if compared is None and earlier is None and change is None and level is None:
        return ""
    # A comparison or an earlier telling is in the same kind of amount; a change in a
    # count or a sum can be a share ("48 million passengers, up 9%").
    kind = None if change else "percent" if mention.percent else mention.currency
    previous = next(
        (
            f
            for f in reversed(figures[-_SAME_FACT_NEARBY:])  # a bounded look back
            if f.end <= start and f.measures and (kind is None or f.unit == kind)
        ),
        None,
    )
    probe = FoundFigure(text[start:end], start, end, 0, None, None, "")
    if previous is None or not _same_sentence(text, previous, probe):
        return ""
    if (
        level is not None
        and _RISING_TO_BEFORE.search(before)
        and previous.measures.split()[0] in CHANGE_NOUNS.values()
    ):
        return ""  # "Prices rose 3%, rising to 4% in the capital": no level of a change
    if earlier is not None:
        return _joined(
            [*(earlier.group(1) or "").split(), earlier.group(2), "of", previous.measures]
        )
    if change is not None:  # "carried 48 million passengers, up 9% on 2023"
        return _joined([CHANGE_NOUNS[change.group(1).lower()], "in", previous.measures])
    own = _WHO_CLAUSE_AFTER.match(text, end) if compared is not None else None
    if own is not None:
        # "44% said they would vote yes, against 41% who would vote no": the other
        # group's own clause says what it measures, not the first one's words
        words = own.group(1).split()
        cut = next(  # "who opposed it and 18% who did not know": up to the next amount
            (i for i, w in enumerate(words) if _DIGIT.search(w) or w in CURRENCY_SIGNS), None
        )
        if cut is not None:
            words = words[: cut - 1 if cut > 1 and words[cut - 1] in ("and", "or") else cut]
        return _budget(["share" if mention.percent else "those", *words])
    group = _GROUP_AFTER.match(text, end)
    words = group.group(1).split() if group else []
    contact = None if group else _CONTACT_CLAUSE_AFTER.match(text, end)
    if contact is not None:
        # "down from the £27m it had forecast in August": the time the clause after the
        # earlier amount tells is the earlier amount's time (round 30a)
        told = _GROUP_AFTER.match(text, contact.end())
        words = told.group(1).split()[:3] if told else []
        words = words if _tells_a_time(words) else []
    # "compared with 78.9% in May and a target of 85%", "up from 39,800 in 2024 and
    # 35,100 in 2020": the time ends where another amount is joined on ("men and women"
    # stays one group).
    joined = next(
        (
            i
            for i, (word, after) in enumerate(pairwise(words))
            if word.lower() in ("and", "or")
            and (after.lower() in ("a", "an", "the") or after[:1].isdigit())
        ),
        None,
    )
    words = words[:joined] if joined is not None else words
    scope = re.match(r"\s+([a-z]+)\b", text[end : end + 20])
    if not words and scope is not None and scope.group(1) in SCOPE_ADVERBS:
        words = [scope.group(1)]  # "compared with 13% nationally"
    while words and words[-1].lower() in _STOP_WORDS and words[-1] not in MONTHS:
        words.pop()  # not "in May": a month, not the modal
    then = _THEN_AFTER.match(text, end) if not words else None
    words = then.group(1).split() if then else words
    measured = previous.measures
    if compared is not None and compared.group(1):  # "against a national average of 33%"
        # "against a target of 95%": the target for what the amount before measures
        link = "for" if compared.group(1).split()[-1].lower() in BENCHMARK_NOUNS else "of"
        measured = _joined([*compared.group(1).split(), link, measured])
    return _budget([_in_place_of(measured, words), *words])


def _span_against_the_one_before(
    text: str,
    start: int,
    end: int,
    mention: NumberMention,
    unit: str | None,
    figures: list[FoundFigure],
) -> str:
    """A span of time told against the span just before it in its sentence measures what
    that one does: the earlier level ("reached 41 weeks in October, up from 33 weeks a
    year earlier"), or the new level of a change ("cut the journey from 58 minutes to 44
    minutes")."""
    previous = figures[-1] if figures else None
    if previous is None or previous.unit != unit or not is_duration(unit):
        return ""
    if not _same_sentence(text, previous, FoundFigure("", start, end, 0, None, None, "")):
        return ""
    if _FROM_TO.fullmatch(text, previous.end, start) and _FROM_BEFORE.search(
        text, max(0, previous.start - 6), previous.start
    ):
        return previous.measures
    return _told_against(text, start, end, mention, figures[-1:])


# "compared with annual growth of 3.1 per cent in October", "against inflation of 3.2% in
# May": a level told for comparison under a noun with no article.
_BARE_FRAME_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|after|versus)\s+"
    r"((?:[a-z-]+\s+){0,2}[a-z-]+)\s+of\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)


def _bare_frame_compared(text: str, start: int, end: int, measures: str) -> str:
    """What a level told for comparison under a bare noun measures: the noun, with the
    time or group the level is told for ("annual growth in October"), not the words of
    the clause around it ("inflation Pay rose against")."""
    frame = _BARE_FRAME_COMPARED.search(text, max(0, start - 60), start)
    if frame is None or frame.group(1).split()[0].lower() in ("a", "an", "the"):
        return ""
    noun = frame.group(1)
    if not measures.lower().startswith((noun.lower(), noun.split()[-1].lower())):
        return ""  # the measure read is the noun (with the clause's words), not another
    group = _GROUP_AFTER.match(text, end)
    words = group.group(1).split() if group else []
    while words and words[-1].lower() in _STOP_WORDS and words[-1] not in MONTHS:
        words.pop()
    then = _THEN_AFTER.match(text, end) if not words else None
    words = then.group(1).split() if then else words
    return _budget([noun, *words]) if words else ""


# "a cut in Bank Rate to 4%", "an increase in parking fines to £70": the level of what a
# change named as a noun changes.
_CHANGE_NOUN_TO_BEFORE = re.compile(
    r"\b("
    + "|".join(sorted(set(CHANGE_NOUNS.values()) | CHANGE_NOUN_EXTRAS))
    + r")\s+in\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}?)"
    r"\s+to\s+(?:about\s+|around\s+|just\s+)?$",
    re.IGNORECASE,
)


def _level_after_a_change_noun(text: str, start: int, end: int) -> str:
    """ "Markets expect a cut in Bank Rate to 4% in February": the level is Bank Rate's
    after the cut (with its own time), not "Markets expect cut"."""
    change = _CHANGE_NOUN_TO_BEFORE.search(text, max(0, start - 60), start)
    if change is None:
        return ""
    group = _GROUP_AFTER.match(text, end)
    words = group.group(1).split() if group else []
    while words and words[-1].lower() in _STOP_WORDS and words[-1] not in MONTHS:
        words.pop()
    return _budget([change.group(2), "after", change.group(1).lower(), *words])


_COMPARING_TAGS = frozenset({"JJR", "RBR", "JJS", "RBS"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


# Prepositions that name the group or place a measure is of ("entries in physics",
# "applications to nursing degrees"), which a compared subject replaces.
_GROUP_PREPOSITIONS = frozenset({"in", "to", "for", "among", "at"})


def _compared_with_before(
    tokens: Tokens, start: int, end: int, unit: str | None, figures: list[FoundFigure]
) -> str:
    """ "Some 68.3% of entries in maths achieved a grade 4. English held steadier at
    69.7%", "Sydney remains the most expensive capital at $1.61 million": a level told
    "at" an amount, of a subject compared with what came before, is the same measure as
    the last amount of its kind (a share for a share, a sum for a sum) up to two
    sentences back, for that subject. "" when it does not apply."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    amount = found[0]
    at = tokens.head[amount]
    verb = tokens.head[at]
    if tokens.dep[amount] != "pobj" or tokens.lower[at] != "at" or tokens.pos[verb] != "VERB":
        return ""
    # "Perth recorded the strongest growth at 16.3%": an object names its own measure.
    objects = any(tokens.dep[c] == "dobj" for c in tokens.children[verb])
    compared = not objects and any(
        tokens.tag[i] in _COMPARING_TAGS and hangs_within(tokens.head, i, verb)
        for i in range(verb + 1, at)
    )
    subject, _ = _subject_of(tokens, verb, range(0))
    if not compared or subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    if _phrase_after(tokens, found[1], _THRESHOLD_PREPS):
        return ""  # "premiums held up better at £38/t over feed": a margin of its own
    for earlier in reversed(figures[-4:]):
        first = tokens.between(earlier.start, earlier.end)
        if not len(first) or tokens.sent[amount] - tokens.sent[first[0]] > 2:
            return ""
        same_kind = earlier.unit == unit or (
            unit is None and earlier.unit != "percent" and not _is_money(earlier)
        )
        if same_kind and earlier.measures:
            who = _noun_phrase(tokens, subject, range(0), stop=verb)
            if who.lower() in earlier.measures.lower():
                return ""
            told = earlier.measures.split()
            if tokens.pos[subject] == "PROPN" and told[0].endswith(("'s", "’s")):
                told = told[1:]  # "Sydney" after "Brisbane's median house price"
            if tokens.ent[subject] in _PLACE_ENTITIES:
                # "Tallow Bay stayed cheaper" after "the average rent in Dorwick": the new
                # place in place of the old one.
                told = _other_than(" ".join(told), "in").split()
            else:
                # "Chemistry" after "entries in physics achieved a grade 4": the earlier
                # group ("in physics") is not this one's; keep what was counted only.
                counted = _counted_in_a_clause(tokens, earlier.start, earlier.end)
                if counted:  # "Completions" after "builders started work on 29,870 homes"
                    told = counted.split()
                cut = next((i for i, w in enumerate(told) if w in _GROUP_PREPOSITIONS), None)
                told = told[:cut] if cut else told
            return _joined([who + ":", *told])
    return ""


def _compared_with_the_count_before(
    tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "Police recorded 1,240 burglaries, 15 per cent fewer than in 2024", "There were
    412,000 cars, 7 per cent more than in 2019": an amount set after a comma against a
    level, right after a count in its sentence, is the change of that count. "" when the
    amount is not in that shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, inside = found
    compared = inside.stop
    if (
        compared >= len(tokens)
        or not _compared_by(tokens, root, compared)
        or tokens.lower[compared] not in COMPARATIVE_CHANGES
        or tokens.dep[compared] in ("acomp", "attr", "oprd", "ROOT")
        or inside.start == 0
        or tokens.text[inside.start - 1] != ","
    ):
        return ""
    before = figures[-1]
    first = tokens.between(before.start, before.end)
    if not len(first) or tokens.sent[first.start] != tokens.sent[root]:
        return ""
    than = compared + 1
    against = _set_against(tokens, than) if tokens.lower[than : than + 1] == ["than"] else []
    if against[:1] in (["in"], ["at"]):
        against = against[1:]
    change = COMPARATIVE_CHANGES[tokens.lower[compared]]
    return _budget([change, "in", before.measures, *(["on", *against] if against else [])])


def _compared_by(tokens: Tokens, root: int, compared: int) -> bool:
    """Is the amount set against a level by the comparative right after it: hung on it
    ("15 per cent fewer than"), or, as the parser reads a bare count, with the
    comparative hung on the count ("3,100 firefighters, 250 fewer than in 2020", "96
    more than last year")?"""
    if tokens.head[root] == compared:
        return tokens.dep[root] == "npadvmod"
    return (
        tokens.head[compared] == root
        and tokens.dep[compared] == "amod"
        and tokens.dep[root] in ("appos", "npadvmod")
    )


_RATE_BASE_AFTER = re.compile(
    r"\s+((?:a|an|per|for\s+(?:every|each))\s+[a-z][\w-]*)\b", re.IGNORECASE
)


def _amount_before_restated(
    text: str, tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "The fine is £18.5m. That works out at £9.70 per customer", "The scheme will cost
    £2bn. That equates to £70 for every household": an amount that "that", "this", "it"
    or "which" comes to, right after another amount (in its sentence or the one before),
    restates that amount, per the base it names. "" when the amount is not in that
    shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, _ = found
    verb = tokens.head[root]
    if tokens.dep[root] == "pobj" and tokens.lower[verb] in ("at", "to"):
        verb = tokens.head[verb]
    if tokens.lemma[verb] not in AMOUNTING_LEMMAS or tokens.pos[verb] != "VERB":
        return ""
    if tokens.lemma[verb] == "work" and not any(
        tokens.lower[c] == "out" for c in tokens.children[verb]
    ):
        return ""  # ("works out at", not "works at")
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"]
    if len(subjects) != 1 or tokens.lower[subjects[0]] not in POINTING_BACK_PRONOUNS:
        return ""
    before = figures[-1]
    first = tokens.between(before.start, before.end)
    if not len(first) or tokens.sent[root] - tokens.sent[first.start] not in (0, 1):
        return ""
    base = _RATE_BASE_AFTER.match(text, end)
    measured = re.sub(r"\s+(?:per|a|an)\s+\S+$", "", before.measures)  # its own base
    return _joined([measured, *(base.group(1).split() if base else [])])


def _difference_from_the_amount_before(
    tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "The bill will rise to £596 a year. That is £64 more than now", "A season ticket
    will cost £420. This is £35 more than last season": an amount more or less than
    something, said of "that", "this", "it" or "which" right after another amount (in its
    sentence or the one before), is the change in what that amount measures, not a bare
    "more". "" when the amount is not in that shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, _ = found
    compared = tokens.head[root]
    verb = tokens.head[compared]
    if (
        tokens.dep[root] != "npadvmod"
        or tokens.lower[compared] not in COMPARATIVE_CHANGES
        or tokens.dep[compared] not in ("acomp", "attr")
        or tokens.lemma[verb] != "be"
    ):
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj"]
    if len(subjects) != 1 or tokens.lower[subjects[0]] not in POINTING_BACK_PRONOUNS:
        return ""
    before = figures[-1]
    first = tokens.between(before.start, before.end)
    if not len(first) or tokens.sent[root] - tokens.sent[first.start] not in (0, 1):
        return ""
    thans = [c for c in tokens.children[compared] if tokens.lower[c] == "than"]
    against = _set_against(tokens, thans[0]) if thans else []
    change = COMPARATIVE_CHANGES[tokens.lower[compared]]
    return _budget([change, "in", before.measures, *(["on", *against] if against else [])])


def _share_of_a_whole_after_a_count(
    tokens: Tokens, start: int, end: int, figures: list[FoundFigure]
) -> str:
    """ "64,000 students found a place through clearing, roughly one in eight of all those
    accepted", "helped 4,100 families, nearly 40% of those who applied": a share set
    after a comma right after a count says what part of a whole that count is. ""
    when the amount is not in that shape."""
    found = _amount_root(tokens, start, end)
    if found is None or not figures or not figures[-1].measures:
        return ""
    root, inside = found
    before = inside.start - 1
    if before > 0 and tokens.pos[before] == "ADV":  # "roughly", "nearly"
        before -= 1
    if before > 0 and tokens.lower[before] == "or":  # "cut about 400 jobs, or 8% of"
        before -= 1
    of = inside.stop
    if (
        before < 0
        or tokens.text[before] != ","
        or tokens.dep[root] in ("nsubj", "nsubjpass")
        or of >= len(tokens)
        or tokens.lower[of] != "of"
        or not any(tokens.lower[i] in _PERCENT_WORDS or tokens.lower[i] == "in" for i in inside)
    ):
        return ""
    count = figures[-1]
    first = tokens.between(count.start, count.end)
    if (
        not len(first)
        or tokens.sent[first.start] != tokens.sent[root]
        or count.unit in ("percent", "fraction")
        or _is_money(count)
        or "%" in count.measures
    ):
        return ""
    whole = _set_against(tokens, of)
    return _budget([count.measures, "as share of", *whole]) if whole else ""


def _counted_in_a_clause(tokens: Tokens, start: int, end: int) -> str:
    """ "Housebuilders started work on 29,870 homes": when an amount counts the object of
    a clause, the noun phrase it counts ("homes"), without who did what to it; "" when
    the amount is no such count (a subject, "entries in maths achieved", a sum or a
    share: "climbed to a record $1.02 million")."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    root, inside = found
    noun = tokens.head[root]
    if (
        any(tokens.pos[i] == "SYM" or tokens.lower[i] in _PERCENT_WORDS for i in inside)
        or tokens.dep[root] != "nummod"
        or tokens.pos[noun] not in _NOUNS
        or tokens.dep[noun] in ("nsubj", "nsubjpass", "ROOT")
    ):
        return ""
    return _noun_phrase(tokens, noun, inside, with_tail=False)


# "That is a rise of 4.7%", "This was an increase of about £149": a sentence that only
# names a change of the amount told in the sentence before.
_THAT_IS_A_CHANGE = re.compile(
    r"^\s*(?:That|This|It)(?:\s+is|\s+was|\s+represents|['’]s)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
    r"([a-z]+)\s+of\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|roughly\s+)?$"
)


def _change_told_after(text: str, start: int, measures: str, figures: list[FoundFigure]) -> str:
    """ "The cap will be £1,838. That is an increase of £149": a change whose sentence
    names nothing but the change is a change in what the amount before measured. "" when
    it does not apply."""
    told = _THAT_IS_A_CHANGE.match(_sentence_before(text, start))
    if told is None or not figures or not figures[-1].measures:
        return ""
    change = told.group(1).lower()
    if change not in CHANGE_NOUNS.values() or measures.lower() not in ("", change):
        return ""
    earlier = figures[-1]
    if (
        start - earlier.end > _SENTENCE_WINDOW
        or earlier.measures.split()[0] in CHANGE_NOUNS.values()
    ):
        return ""
    return _budget([change, "in", earlier.measures])


_TO_A_LEVEL_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _level_when_changed(text: str, start: int, measures: str, figures: list[FoundFigure]) -> str:
    """ "Retail sales rose 5% in March to £2.1bn": the level reached is told for the time
    the change was ("Retail sales in March"), which the change's measure carries after
    what changed. "" when it does not apply."""
    if (
        not measures
        or not figures
        or not _TO_A_LEVEL_BEFORE.search(text, max(0, start - 12), start)
    ):
        return ""
    change = figures[-1]
    first, _, rest = change.measures.partition(" in ")
    if first not in CHANGE_NOUNS.values() or start - change.end > 40:
        return ""
    if not rest.lower().startswith(f"{measures.lower()} ") or _SENTENCE_END.search(
        text, change.end, start
    ):
        return ""
    return _budget([measures, rest[len(measures) :].strip()])


def _change_of_the_count_before(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "Builders started work on 29,870 homes in the quarter, a drop of 14%": a framed
    change set beside the clause of a count is the change in what that count counts
    (the parse would take the clause's subject, "drop in builders"). Sums, shares and
    measured amounts are left to the parse ("closed at 412p, a fall of 6%"). "" when it
    does not apply."""
    if not figures or not figures[-1].measures:
        return ""
    earlier = figures[-1]
    beside = _CHANGE_BESIDE.fullmatch(text, earlier.end, start)
    if beside is None or beside.group(1).lower() not in CHANGE_NOUNS:
        return ""
    if earlier.unit == "percent" or _is_money(earlier) or canonical_unit(earlier.unit) is not None:
        return ""
    if len(figures) > 1 and _LEVEL_FROM_BEFORE.search(
        text, max(figures[-2].end, earlier.start - _MOVED_FROM_WINDOW), earlier.start
    ):
        # "212 dogs were reported stolen, up from 151 the year before - a rise of 40 per
        # cent": the change is in the count that rose, not in the level it rose from
        current = figures[-2]
        if current.measures and earlier.unit in (None, current.unit):
            return _budget([beside.group(1).lower(), "in", current.measures])
    return _budget([beside.group(1).lower(), "in", earlier.measures])


# "One in five entries (20.6%)", "two-thirds (64%)": an amount restated in brackets
# right after another.
# The rest of a clause after its amount, then a framed change set beside it: "started
# work on 29,870 homes in the final quarter, a drop of ".
_CHANGE_BESIDE = re.compile(
    r"[^.;:!?,()]*(?:,|\s[-–—])\s+(?:a|an)\s+([a-z]+)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|over|just)\s+)?",
    re.IGNORECASE,
)


# How far before a level the words of its move are read (_LEVEL_FROM_BEFORE).
_MOVED_FROM_WINDOW = 32

_MARGIN_PREPOSITIONS = frozenset({"above", "below", "over", "under", "beyond"})
_MARGIN_VERB_REACH = 12  # tokens back to the verb of the amount a margin follows


def _margin_measure(tokens: Tokens, mention: NumberMention) -> str:
    """What a sum or a share with no measure yet measures from where it hangs: "sold for
    $1.34 million, $190,000 above its reserve" (hung on "above", "below", "over",
    "under"), the margin to what that preposition names; "the third most expensive
    place to rent, at €2,100 a month", the price of the noun it is set against."""
    first, last = tokens.at(mention.start), tokens.at(max(mention.start, mention.end - 1))
    if first < 0 or tokens.end[first] <= mention.start:
        return ""  # not parsed (the parse reads prose only, and at most so much of it)
    for number in range(first, last + 1):
        head = tokens.head[number]
        if (
            tokens.pos[number] == "NUM"
            and head > last
            and tokens.lower[head] in _MARGIN_PREPOSITIONS
        ):
            # the verb the amount before it was told with: "sold", "went", "closed"
            sentence_start = tokens.sent_starts[tokens.sent[first]]
            verb = next(
                (
                    i
                    for i in range(
                        first - 1, max(sentence_start, first - _MARGIN_VERB_REACH) - 1, -1
                    )
                    if tokens.pos[i] == "VERB"
                ),
                None,
            )
            told = [tokens.text[verb]] if verb is not None else []
            return _joined(["margin", *told, *_words_under(tokens, head, range(first, last + 1))])
    following = last + 1
    if following < len(tokens) and tokens.lower[following] in _MARGIN_PREPOSITIONS:
        # "sold for €1.05m, €155,000 over its asking price" parsed with "over" on the house
        return _joined(["margin", *_words_under(tokens, following, range(first, last + 1))])
    for number in range(first, last + 1):
        preposition = tokens.head[number]
        noun = tokens.head[preposition]
        if (
            tokens.pos[number] == "NUM"
            and tokens.dep[number] == "pobj"
            and tokens.lower[preposition] == "at"
            and tokens.pos[noun] == "NOUN"
        ):
            # "the third most expensive place to rent, at €2,100 a month": the amount
            # prices the thing it is set against
            return _noun_phrase(tokens, noun, range(first, last + 1))
    return ""


# "68.3 points, or ", "58p, or about ": a move, then the same move as a share.
_MOVE_THEN_OR = re.compile(
    r"[A-Za-z]*(?:\s+[A-Za-z]+)?\s*,\s*or\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?"
)


# "1.2% at ", "0.6% lower at ", "31.2 points, at ": a move, then the level it left.
_MOVE_THEN_AT = re.compile(r"[A-Za-z]*(?:\s+(?:higher|lower|up|down))?,?\s+at\s+")
_CHANGE_IN = re.compile(r"^(?:" + "|".join(sorted(set(CHANGE_NOUNS.values()))) + r")\s+in\s+")


def _level_after_a_move(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "The Nikkei closed up 1.2% at 39,104", "was up 0.2% at 104.6": a bare number
    right after a move in the same clause, joined by "at", is the level the moving thing
    stood at: the level of what the move measures; or ""."""
    if not figures or not figures[-1].measures or figures[-1].unit not in ("percent", "points"):
        return ""
    if _MOVE_THEN_AT.fullmatch(text, figures[-1].end, start) is None:
        return ""
    return "level of " + _CHANGE_IN.sub("", figures[-1].measures)


# " points to ", " points, to ": a move in points, then the level it reached.
_POINTS_THEN_TO = re.compile(r"\s+points,?\s+to\s+(?:close\s+at\s+)?")


def _level_after_a_points_move(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "The FTSE 100 gained 22 points to 8,412", "The Nifty fell 96 points to 24,410":
    a bare number right after a move in points named as a change ("gain in FTSE"),
    joined by "to", is the level the moving thing reached; or "" (round 28)."""
    if not figures or figures[-1].unit != "points" or not _CHANGE_IN.match(figures[-1].measures):
        return ""
    if _POINTS_THEN_TO.fullmatch(text, figures[-1].end, start) is None:
        return ""
    return "level of " + _CHANGE_IN.sub("", figures[-1].measures)


def _price_after_a_move(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "Shares in Harrowgate closed down 6.2% at 184p", "Kestrel's shares closed 4.1%
    higher at 72 cents": a price right after a share's rise or fall, joined by "at", is
    the price the moving thing was left at (the shares themselves, for the price rules to
    name), not the words of the move ("down 6 2 at"); or ""."""
    if not figures or figures[-1].unit != "percent":
        return ""
    moved = figures[-1].measures
    if not _CHANGE_IN.match(moved) or _MOVE_THEN_AT.fullmatch(text, figures[-1].end, start) is None:
        return ""
    thing = _CHANGE_IN.sub("", moved)
    return thing if any(w in thing.lower() for w in ("share", "stock")) else ""


# ", or " between a price and a second one in the same currency; what the second is for
# ("for students", "if paid within 14 days", "with a railcard"), to the clause's end.
_OR_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,2}\s*,?\s+or\s+$")  # "rupiah each, or"
_FOR_WHOM_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+((?:for|if|with|when|under|on)\s+[^.,;:!?()\"“”]{2,60})"
)


def _price_for_others(text: str, start: int, end: int, figures: list[FoundFigure]) -> str:
    """ "Entry is €10, or €5 for students", "A$12, or A$7 for concession holders": a
    price right after another in the same currency, joined by "or", is the same charge
    for other payers: the first's measure with whom it is for; or "" (round 19)."""
    if not figures or not figures[-1].measures or not _is_money(figures[-1]):
        return ""
    before = figures[-1]
    if _OR_BETWEEN.fullmatch(text, before.end, start) is None:
        return ""
    whom = _FOR_WHOM_AFTER.match(text, end)
    if whom is None:
        return ""
    return f"{before.measures} {' '.join(whom.group(1).split())}"


def _share_as_the_agent(tokens: Tokens, start: int, end: int) -> str:
    """ "Nausea was reported by 12% of patients", "Rashes were reported by 6% of those
    taking it": a share that is the agent of a passive verb did what the verb tells to
    its subject: "who reported nausea"; "" otherwise (round 20)."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    root, _ = found
    for _ in range(3):  # "by 12% of patients on it and 4% of those given the placebo"
        if tokens.dep[root] != "conj" or tokens.head[root] == root:
            break
        root = tokens.head[root]
    by = tokens.head[root]
    if tokens.dep[root] != "pobj" or tokens.lower[by] != "by" or tokens.dep[by] != "agent":
        return ""
    verb = tokens.head[by]
    if tokens.tag[verb] != "VBN" or not tokens.lower[verb].endswith("ed"):
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubjpass"]
    if len(subjects) != 1 or tokens.pos[subjects[0]] not in ("NOUN", "PROPN"):
        return ""
    subject = subjects[0]
    kept = [
        c for c in tokens.children[subject] if c < subject and tokens.dep[c] in ("amod", "compound")
    ]
    kept.append(subject)
    kept += [c for c in tokens.children[subject] if tokens.dep[c] in ("cc", "conj") and c > subject]
    words = [
        tokens.text[i]
        if tokens.pos[i] == "PROPN" and tokens.sent_starts[tokens.sent[i]] != i
        else tokens.lower[i]
        for i in kept
    ]
    return _joined(["who", tokens.lower[verb], *words])


# "That is another £90", "It's an extra £200", "That works out at £45": a sum said of a
# pronoun by "is" or a verb of amounting, maybe told as more (round 20).
_COST_SAID_OF_BEFORE = re.compile(
    r"\b(?:that|this|it)(?:\s+is|\s+was|'s|’s|\s+works\s+out\s+at|\s+comes\s+to"
    r"|\s+equates\s+to|\s+amounts\s+to)\s+(?P<more>(?:another|an\s+extra|an\s+additional"
    r"|a\s+further)\s+)?(?:(?:about|around|roughly|nearly|almost|over|some)\s+)?$",
    re.IGNORECASE,
)
_COST_RATE_AFTER = re.compile(r"\s+(?:a|an|per|every)\s+(year|month|week|day|night|dose)\b")
_COST_FOR_AFTER = re.compile(r"\s+((?:per|for|on|to)\s+[^.,;:!?()\"“”]{2,40}?)(?=[.,;:!?()\"“”]|$)")
_COMPARED_AFTER = re.compile(r"\s+(?:more|less|cheaper|dearer|higher|lower|up|down|than)\b")
_THIN_COST_WORDS = frozenset(
    {"is", "was", "'s", "’s", "per", "works", "work", "out", "at", "comes", "to", "equates"}
    | {"amounts", "year", "month", "week", "day", "night", "dose", "every"}
    | {f"{p}{s}" for p in ("that", "it", "this") for s in ("'s", "’s")}
)


def _cost_said_of_that(text: str, start: int, end: int, measures: str) -> str:
    """ "That is another £90 a month", "It is an extra £200 a year on our bills", "That
    works out at £45 a week": a sum said of "that", "this" or "it", whose measure read so
    far is only those words, is a cost ("extra cost" when told as more), per the period
    and for whom the words after it name; "" otherwise ("That is £15 more than last
    year" is a difference, left to the comparison) (round 20)."""
    words = {w.casefold().strip(",.") for w in measures.split()}
    if words - FURTHER_AMOUNT_WORDS - POINTING_BACK_PRONOUNS - _THIN_COST_WORDS:
        return ""
    said = _COST_SAID_OF_BEFORE.search(text, max(0, start - 48), start)
    if said is None:
        return ""
    after = end
    rate = _COST_RATE_AFTER.match(text, after)
    if rate is not None:
        after = rate.end()
    if _COMPARED_AFTER.match(text, after):
        return ""
    whom = _COST_FOR_AFTER.match(text, after)
    return _joined(
        [
            "extra" if said.group("more") else "",
            "cost",
            f"per {rate.group(1).lower()}" if rate is not None else "",
            " ".join(whom.group(1).split()) if whom is not None else "",
        ]
    )


def _more_of_the_one_before(text: str, figure: FoundFigure, figures: list[FoundFigure]) -> str:
    """ "The bank pledged $20 million in aid and said a further $20 million could
    follow": an amount told as "a further" or "another" one, whose own measure is only
    those words and a verb of speech, is more of what the amount of the same kind just
    before it in the sentence measures ("further aid pledged by bank"); or "" (round 19)."""
    words = {w.casefold() for w in figure.measures.split()}
    if words - FURTHER_AMOUNT_WORDS - SPEECH_VERBS:
        return ""  # the figure names its own measure ("another 2,000 tents")
    before = figures[-1]
    if (
        before.unit != figure.unit
        or not before.measures
        or _SENTENCE_END.search(text, before.end, figure.start)
    ):
        return ""
    measured = before.measures.split()
    if measured and measured[0].casefold() == "further":
        measured = measured[1:]
    return " ".join(["further", *measured])


def _move_restated_as_share(text: str, start: int, figures: list[FoundFigure]) -> str:
    """ "closed down 68.3 points, or 0.9%", "lost 58p, or 4.7%, to 1,176p": a share right
    after a move in points, pence or money, joined by ", or", is that move as a share and
    measures what it measures; or ""."""
    if not figures or figures[-1].unit == "percent" or not figures[-1].measures:
        return ""
    if _MOVE_THEN_OR.fullmatch(text, figures[-1].end, start) is None:
        return ""
    return figures[-1].measures


# After a move in points: the same move as a share (", or 0.9%") or the level it left or
# reached ("to 8,412", "at 7,512.4", "to close at 88,310"). A bounded window of text.
_POINTS_MOVE_AFTER = re.compile(
    r"\s*,\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?[\d.]+\s*(?:%|per\s*cent|percent)"
    r"|,?\s+(?:to|at)\s+(?:close\s+at\s+|end\s+at\s+|finish\s+at\s+)?\d[\d,.]*"
)
_POINTS_AFTER_WINDOW = 60  # characters read after "points" for the share or the level
_DIRECTION_ADVERBS = frozenset({"up", "down"})


def _move_in_points(text: str, tokens: Tokens, start: int, end: int) -> str:
    """ "The blue-chip index closed down 68.3 points, or 0.9%, at 7,512.4", "The Sensex
    rose 412 points to 81,220", "her primary vote rose 3.2 points to 44.8 per cent": a
    count of points moved by a verb of change (or "closed down", "ended up"), told with
    the same move as a share or with the level it left, is the rise or fall in what
    moved ("fall in blue-chip index"), not a tally of its points; or "". A tally ("finish
    with 98 points"), a gap ("three points clear", "two points above the drop") or a
    bare move with neither share nor level ("dropped two points at home") is left to the
    tally rules."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    noun = inside.stop - 1
    if tokens.lower[noun] != "points" and inside.stop < len(tokens):
        noun = inside.stop
    if tokens.lower[noun] != "points" or tokens.dep[noun] not in ("npadvmod", "dobj", "advmod"):
        return ""
    verb = tokens.head[noun]
    if tokens.lower[verb] in _DIRECTION_ADVERBS and tokens.head[verb] != verb:
        verb = tokens.head[verb]  # "closed down 68.3 points": the points hang on "down"
    if verb == noun or tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    adverbs = [
        c
        for c in tokens.children[verb]
        if verb < c < inside.start and tokens.lower[c] in _DIRECTION_ADVERBS
    ]
    change = CHANGE_NOUNS.get(tokens.lower[adverbs[-1]]) if adverbs else None
    change = (
        change or POINTS_MOVE_VERBS.get(tokens.lemma[verb]) or CHANGE_NOUNS.get(tokens.lemma[verb])
    )
    if change is None:
        return ""
    after = tokens.start[noun] + len(tokens.text[noun])
    window = text[after : after + _POINTS_AFTER_WINDOW]
    if _POINTS_MOVE_AFTER.match(window) is None:
        return ""
    doer, _ = _subject_of(tokens, verb, inside)
    if (
        doer is None
        or tokens.pos[doer] in ("PRON", "NUM")
        or tokens.sent[doer] != tokens.sent[verb]
    ):
        return ""
    moved = _noun_phrase(tokens, doer, inside)  # "Support for the Greens"
    return _budget([change, "in", moved]) if moved else ""


def _price_of_a_misread_verb(tokens: Tokens, start: int, end: int) -> str:
    """ "A typical family home in the village costs around £425,000", "Parking at the
    hospital costs £3.50": the tagger reads "costs" as a plural noun ending the place
    phrase; it is the verb, and the amount is the cost of the thing before the phrase."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    verb = inside.start - 1
    while verb > 0 and tokens.pos[verb] in ("ADP", "SYM", "ADV") and inside.start - verb <= 3:
        verb -= 1  # past "around £", "for"
    if verb < 1 or tokens.tag[verb] != "NNS" or tokens.lemma[verb] not in PRICE_VERB_NOUNS:
        return ""
    subjects = [c for c in tokens.children[verb] if tokens.dep[c] == "nsubj" and c < verb]
    if subjects:  # "A typical flat in the city now rents for": read as the root noun
        thing = subjects[0]
    else:
        preposition = tokens.head[verb]
        if tokens.dep[verb] != "pobj" or tokens.pos[preposition] != "ADP":
            return ""
        thing = tokens.head[preposition]
        if thing >= preposition:
            return ""
    if tokens.pos[thing] not in _NOUNS:
        return ""
    phrase = _noun_phrase(tokens, thing, inside, stop=verb)
    if not phrase or (phrase == tokens.text[thing] and tokens.lower[thing] in _FRAMES):
        return ""
    return _budget([PRICE_VERB_NOUNS[tokens.lemma[verb]], "of", phrase])


_MISREAD_CHANGE_REACH = 4  # tokens back from an amount to a verb of change
_MISREAD_SUBJECT_WORDS = 6  # words of the changed thing kept, read back from the verb
_SUBJECT_WORD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "POS", "CD"})
_PER_TAIL = re.compile(r"\s(per\s+\w+)$")


def _change_of_a_misread_verb(tokens: Tokens, start: int, end: int, measures: str) -> str:
    """ "The old-age grant increases by R130 to R2,315 a month", "The parking charge climbs
    to £4.50 an hour": the tagger reads the present-tense verb of change as a plural noun
    (or reads its clause so) and the measure comes out as the words around it ("increases
    by R130 to per month"). When the measure holds that verb (or the digits of the
    change before), the amount after "to" is the
    level of the thing before the verb, and one after "by" (or right after it) the change
    in it (round 27). "" when it does not apply. Reads a bounded window."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    index = inside.start - 1
    preposition = ""
    while index > 0 and inside.start - index <= _MISREAD_CHANGE_REACH:
        if tokens.lemma[index] in CHANGE_NOUNS:
            break
        if tokens.lower[index] in ("by", "to") and not preposition:
            preposition = tokens.lower[index]
        elif (
            tokens.pos[index] not in ("NUM", "SYM", "ADP")
            and tokens.lower[index] not in _BETWEEN_A_VERB_AND_ITS_SUM
            and tokens.pos[index + 1] != "NUM"  # "by Rs 10 to": a currency word
        ):
            return ""  # "lifts Kingsbridge to 41 points": the verb has an object
        index -= 1
    verb = index
    if (
        verb < 1
        or tokens.lemma[verb] not in CHANGE_NOUNS
        or not tokens.lower[verb].endswith("s")
        or tokens.dep[verb] != "ROOT"
        or tokens.tag[verb] not in ("NNS", "VBZ")
        or (tokens.lower[verb] not in measures.lower().split() and not _DIGIT.search(measures))
        or tokens.sent[verb] != tokens.sent[inside.start]
    ):
        return ""
    words: list[str] = []
    index = verb - 1
    while (
        index >= 0
        and len(words) < _MISREAD_SUBJECT_WORDS
        and tokens.sent[index] == tokens.sent[verb]
        and tokens.tag[index] in _SUBJECT_WORD_TAGS
    ):
        words.insert(0, tokens.text[index])
        index -= 1
    if not words or tokens.tag[verb - 1] not in ("NN", "NNS", "NNP", "NNPS"):
        return ""
    thing = _joined(words).replace(" - ", "-").replace(" 's", "'s")
    if preposition == "to":
        tail = _PER_TAIL.search(measures)
        return _budget([thing, *([tail.group(1)] if tail else [])])
    return _budget([CHANGE_NOUNS[tokens.lemma[verb]], "in", thing])


_EXTRA_REACH = 5  # tokens back from a sum to the verb that paid it
_EXTRA_WORDS = {"more": "extra", "extra": "extra", "less": "less"}
_BETWEEN_A_VERB_AND_ITS_SUM = frozenset(
    {"an", "a", "of", "about", "around", "nearly", "almost", "some", "roughly", "just"}
)


def _extra_paid(tokens: Tokens, start: int, end: int) -> str:
    """ "Households paid £120 more than a year earlier", "Travellers on the route paid an
    average of Rs 1,100 more": a sum with "more" (or "less") right after it, on a verb
    that pays or costs, is the extra its subject paid (on average, if so told), not
    "more" nor the subject alone (round 27). "" when it does not apply. Reads a bounded
    window around the sum."""
    inside = tokens.between(start, end)
    if not len(inside) or inside.stop >= len(tokens):
        return ""
    extra = _EXTRA_WORDS.get(tokens.lower[inside.stop])
    if extra is None:
        return ""
    averaged = False
    verb = inside.start - 1
    while verb > 0 and inside.start - verb <= _EXTRA_REACH:
        if tokens.lemma[verb] in AVERAGE_NOUNS:
            averaged = True
        elif tokens.lower[verb] not in _BETWEEN_A_VERB_AND_ITS_SUM:
            break
        verb -= 1
    if (
        verb < 0
        or tokens.pos[verb] != "VERB"
        or tokens.lemma[verb] not in AMOUNT_NOUNS
        or tokens.sent[verb] != tokens.sent[inside.start]
    ):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    who = _noun_phrase(tokens, subject, inside, stop=verb)
    if not who:
        return ""
    if tokens.tag[verb] in ("VBD", "VBN") and tokens.lemma[verb] != "cost":
        kind = [extra, tokens.text[verb], "by"]
    else:  # "will pay £120 more": the extra payment; "cost £40 more": the extra cost of it
        kind = [extra, AMOUNT_NOUNS[tokens.lemma[verb]]]
    return _budget(
        [*kind, who, *_what_for(tokens, inside.stop + 1), *(["on", "average"] if averaged else [])]
    )


_WHAT_FOR_WORDS = 4


def _what_for(tokens: Tokens, index: int) -> list[str]:
    """ "for tickets", "for their energy": what an extra sum paid for, the few nouns
    right after "for" (its determiner left out); [] when "for" does not follow."""
    if index >= len(tokens) or tokens.lower[index] != "for":
        return []
    words: list[str] = []
    for word in range(index + 1, min(len(tokens), index + 1 + _WHAT_FOR_WORDS)):
        if tokens.pos[word] in ("DET", "PRON") and not words:
            continue
        if tokens.pos[word] not in ("NOUN", "PROPN", "ADJ") or tokens.lower[word] in (
            "last",
            "this",
            "next",
        ):
            break
        words.append(tokens.text[word])
    return ["for", *words] if words else []


# "Shares of SkyVahan closed 2.3 per cent lower": the comparative right after a share
_COMPARATIVE_AFTER = re.compile(r"\s+(higher|lower)\b")
# A price read as the shares themselves: "Shares in the company", "Kestrel shares", "Its
# shares closed on NSE", "bank's shares ended".
_SHARES_AS_PRICE = re.compile(
    r"(?P<pre>(?:[A-Z][\w&-]*\s+){0,2}(?:[A-Z][\w-]*|[\w-]+['’]s)\s+)?(?i:shares|stock)"
    r"(?:\s+(?P<link>in|of)\s+(?P<of>(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|[\w-]+['’]s\s+[a-z][\w-]*))?"
    r"(?:\s+(?P<closed>closed|ended|finished|closing))?"
    r"(?P<rest>\s+on\s+(?:the\s+)?[A-Z][\w-]*)?"
)
_BARE_OWNERS = frozenset({"its", "their", "the", "his", "her"})
# A price told at a session's close: "closed down 4.1% at 1,136p", "before closing 11.2%
# weaker at R22.10". Read in the words just before the price, within its sentence.
_CLOSED_AT = re.compile(
    r"\b(?:clos|end|finish)(?:ed|ing)\b(?:[^.;!?]|\.(?=\d)){0,48}\bat\s+$", re.IGNORECASE
)
_CLOSED_AT_WINDOW = 80


def _share_move_or_price(text: str, figure: FoundFigure) -> str:
    """ "Shares of SkyVahan closed 2.3 per cent lower at Rs 1,412": a share told with
    "higher" or "lower" right after it is the rise or fall in what moved ("fall in Shares
    of SkyVahan", not "Shares of SkyVahan lower"); a sum read as the shares themselves
    ("Shares in the company", "Its shares closed on NSE") is their price, the closing
    price when they closed: "closing price of shares in Tarrow Holdings" (round 27). ""
    when it does not apply."""
    measures = figure.measures
    if figure.unit == "percent":
        moved = _COMPARATIVE_AFTER.match(text, figure.end)
        word = moved.group(1).lower() if moved else ""
        if word and measures.lower().endswith(f" {word}") and "share" in measures.lower():
            return f"{COMPARATIVE_CHANGES[word]} in {measures[: -len(word)].strip()}"
        return ""
    if not _is_money(figure) and figure.unit != "pence":
        return ""
    found = _SHARES_AS_PRICE.fullmatch(measures)
    if found is None:
        return ""
    pre = (found.group("pre") or "").strip()
    owner = "" if pre.lower() in _BARE_OWNERS else pre
    held = f" {found.group('link')} {found.group('of')}" if found.group("of") else ""
    closed = found.group("closed") or _CLOSED_AT.search(
        text, max(0, figure.start - _CLOSED_AT_WINDOW), figure.start
    )
    price = f"{'closing ' if closed else ''}price of"
    return " ".join(f"{price} {owner} shares{held}{found.group('rest') or ''}".split())
