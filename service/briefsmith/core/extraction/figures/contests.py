"""What a figure of a contest measures: race times and distances, innings and
bowling figures, tallies and votes, gaps to the leader. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from briefsmith.core.lexicon import (
    GAP_WORDS,
    MATCH_RESULT_NOUNS,
    PARTNERSHIP_NOUNS,
    RACE_EVENT_NOUNS,
    RACE_FRONT_NOUNS,
    RESULT_MARGIN_LEMMAS,
    SHOOTING_LEMMAS,
    TRAVEL_PARTICIPLES,
    VOTE_OUTCOME_LEMMAS,
)
from briefsmith.core.numbers import (
    NumberMention,
    find_numbers,
)
from briefsmith.core.units import (
    canonical_unit,
    is_duration,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.measure_phrases import (
    _appositive_name,
    _cut_off_measure,
    _named,
    _subject_of,
)
from briefsmith.core.extraction.figures.measure_reading import (
    _HOLDING_LEMMAS,
    _budget,
    _noun_phrase,
    _reporter_of_a_pronoun_named,
    _words_under,
)
from briefsmith.core.extraction.figures.measures import (
    _duration_measure,
)
from briefsmith.core.extraction.figures.reading import (
    _DIGIT,
    _EVENT_NOUN_AFTER,
    _FIELD_MARK_OF_BEFORE,
    _INNINGS_TALLY,
    _MARGIN_ADVERBS,
    _NOUNS,
    _RACE_DISTANCE_AFTER,
    _SCORE,
    FoundFigure,
    _is_money,
    _joined,
    _names_a_race,
    _placed_race_time,
    _Spans,
)
from briefsmith.core.names import possessive

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_LEAD_WORDS = frozenset({"ahead", "clear"})  # gap words of a lead ("ahead of", "clear of")


def _with_tally_measure(tokens: Tokens, figure: FoundFigure, quoted: _Spans) -> FoundFigure:
    """A count whose measure is only its own noun ("98 points": points) says whose it is
    from the subject of its verb, with the place a gap is told against: "Penwardle finish
    with 98 points" -> "Penwardle's points"; "Marshfield are seven points from safety" ->
    "Marshfield's points from safety"; "move three points clear at the top of the table"
    -> "...'s points clear at the top of the table". Inside someone's quoted words only a
    subject inside the same quote owns it, and only when the verb holds the count as a
    tally ("we finished with 71 points"), not when it does something to the count
    ("Crews pumped water out of 35 cellars," said the station commander)."""
    unit = figure.unit
    if not unit or canonical_unit(unit) is not None:
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    if unit == "times" and tokens.lower[_count_noun_at(tokens, inside)] == "times":
        return _with_how_often_measure(tokens, figure, inside)
    number = inside.stop - 1
    # "Wales is 5.3 percentage points behind England": a gap whose unit is written in
    # the figure (round 25)
    written = tokens.lower[number] == "points" and unit == "percentage points"
    if written:
        number = next((i for i in reversed(inside) if tokens.pos[i] == "NUM"), number)
    noun = tokens.head[number]
    if written and noun != inside.stop - 1:
        return figure
    if tokens.dep[number] != "nummod" or not figure.measures.lower().startswith(
        unit.lower() if written else tokens.lower[noun]
    ):
        return figure
    phrase = unit.split() if written else [tokens.text[noun]]
    gap = tokens.head[noun]
    listed = noun
    while tokens.dep[listed] == "conj" and tokens.head[listed] != listed:
        listed = tokens.head[listed]  # "along with 87 schools and four hospitals"
    joined = tokens.head[listed]
    if (
        tokens.lower[joined] == "with"
        and tokens.head[joined] != joined
        and tokens.lower[tokens.head[joined]] in ("along", "together")
    ):
        return figure  # "homes were damaged, along with 87 schools": one more in a list
    # "eight points behind the leaders"; "two points above the relegation zone", "six
    # points outside the top eight": a count of points measuring how far a preposition
    # reaches is a gap told against what the preposition names (round 28)
    measured_by = tokens.dep[noun] == "npadvmod" and tokens.pos[gap] == "ADP"
    if tokens.lower[gap] in GAP_WORDS or measured_by:
        unit_words = len(phrase)
        phrase += _words_under(tokens, gap, inside)
        if (
            len(phrase) > unit_words + 2
            and phrase[unit_words].lower() in _LEAD_WORDS
            and phrase[unit_words + 1].lower() == "of"
        ):  # "four points ahead of Labour": the lead in points over Labour (round 34a)
            phrase = ["lead in", *phrase[:unit_words], "over", *phrase[unit_words + 2 :]]
        verb = tokens.head[gap]
        if len(phrase) == 2:  # "three points clear": where, from the verb ("at the top")
            after = [c for c in tokens.children[verb] if c > gap and tokens.dep[c] == "prep"]
            if after:
                phrase += _words_under(tokens, after[0], inside)
    else:
        told = [c for c in tokens.children[noun] if c > noun and tokens.dep[c] == "prep"]
        if told:  # "seven points from safety"
            phrase += _words_under(tokens, told[0], inside)
        verb = gap
    if figure.measures.strip().lower() not in (tokens.lower[noun], _joined(phrase).lower()):
        return figure  # the measure already tells more than the noun and its gap
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    doer, _ = _subject_of(tokens, verb, inside)
    # "the win leaves Vale eight points behind", "lifts City to second on 41 points": Vale,
    # City (the one the verb puts there)
    placed = [
        c
        for c in tokens.children[verb]
        if c < noun
        and tokens.dep[c] == "dobj"
        and any(tokens.text[x][:1].isupper() for x in (c, *tokens.children[c]))
        # (not "averaged 412 CAO points, 23 points behind": a count is placed nowhere)
        and not any(tokens.dep[x] == "nummod" for x in tokens.children[c])
    ]
    doer = placed[-1] if placed else doer
    if placed and doer is not None and _ORDINAL.fullmatch(tokens.text[doer]):
        # "leaves Rovers 19th in the Championship": the parser's compound before a place
        # in the table; the side is the name, not "Rovers 19th" (round 28)
        named = [c for c in tokens.children[doer] if c < doer and tokens.dep[c] == "compound"]
        doer = named[-1] if named else doer
    doer = _reporter_of_a_pronoun(tokens, doer, verb)
    # (not "Only 12 of the 300 pubs serve food": a part of the count owns none of it; not
    # "11,260 homes were damaged, as were 87 schools": a counted thing owns no other count,
    # round 19)
    if (
        doer is None
        or doer == noun
        or any(tokens.dep[c] == "nummod" for c in tokens.children[doer])
        or tokens.pos[doer] in ("PRON", "NUM")
        or tokens.sent[doer] != tokens.sent[noun]
    ):
        return figure
    quote = quoted.span_of(figure.start)
    if quote is not None and (
        not quote[0] <= tokens.start[doer] < quote[1] or tokens.lemma[verb] not in _HOLDING_LEMMAS
    ):
        return figure
    who = _noun_phrase(tokens, doer, inside, False)
    if not who:
        return figure
    return replace(figure, measures=_budget([_possessive(tokens, doer, who), *phrase]))


def _count_noun_at(tokens: Tokens, inside: range) -> int:
    """The noun a count's span ends on, or the one right after a bare number."""
    last = inside.stop - 1
    if tokens.pos[last] == "NUM" and inside.stop < len(tokens):
        return inside.stop
    return last


_HOW_OFTEN_WINDOW = 9  # tokens before "N times" that may tell who did what


def _with_how_often_measure(tokens: Tokens, figure: FoundFigure, inside: range) -> FoundFigure:
    """ "Storm overflows discharged sewage 3,200 times last year": a count of times is how
    often its clause's doer did what the clause says, "times Storm overflows discharged
    sewage", not a tally the subject owns ("Storm's times"); the words run from the
    subject (or the verb after a pronoun) to the count, in a bounded window and with no
    punctuation between, so a plural noun the tagger read as the verb ("overflows") is
    kept as it is written (round 26)."""
    measures = figure.measures.strip()
    if measures.lower().startswith("times ") and not ("'s" in measures or "’s" in measures):
        return figure  # "times Trains were cancelled in May": already told
    noun = _count_noun_at(tokens, inside)
    verb = tokens.head[noun]
    if tokens.dep[noun] not in ("npadvmod", "dobj", "advmod") or not inside.start > verb:
        return figure
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    floor = max(tokens.sent_starts[tokens.sent[verb]], inside.start - _HOW_OFTEN_WINDOW)
    subjects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] in ("nsubj", "nsubjpass") and floor <= c < verb
    ]
    begin = verb
    if subjects and tokens.pos[subjects[0]] != "PRON":
        begin = subjects[0]
        for _ in range(4):  # "Severn Trent", "Lifeboat crews": the subject's own words
            before = begin - 1
            if (
                before < floor
                or tokens.head[before] not in (subjects[0], begin)
                or tokens.dep[before] not in ("compound", "amod", "nmod", "poss")
            ):
                break
            begin = before
    told = list(range(begin, inside.start))
    if subjects and begin <= subjects[0]:
        # "Doyle, 24, has now scored 11 times": the apposition set off between the subject
        # and its verb is left out
        marks = [i for i in range(subjects[0] + 1, verb) if tokens.pos[i] == "PUNCT"]
        if len(marks) >= 2 and tokens.text[marks[0]] == tokens.text[marks[-1]] == ",":
            told = [*range(begin, subjects[0] + 1), *range(marks[-1] + 1, inside.start)]
    words = [tokens.text[i] for i in told]
    if not words or any(tokens.pos[i] == "PUNCT" for i in told):
        return figure
    return replace(figure, measures=_budget(["times", *words]))


def _with_vote_measure(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "after councillors voted 22 to 14 on Monday to raise the tax": a tally on the verb
    "vote" is the vote of the verb's own subject, for what the vote was to do ("councillors
    voted to raise the tax"), not the words before it ("2027 after councillors voted")
    (round 25). Round 29b: the purpose past an aside ("voted 22 to 9, with two
    abstentions, to approve the scheme"), or what the vote was in favour of or against
    ("voted 104-91 in favour of the bill"); and a tally on a verb by which a motion or a
    bill meets its vote ("The motion passed 5-2") is the vote on that subject."""
    if figure.unit != "votes":
        return figure
    inside = tokens.between(figure.start, figure.end)
    numbers = [i for i in inside if tokens.pos[i] == "NUM"]
    if not numbers:
        return figure
    verb = tokens.head[numbers[0]]
    if tokens.lemma[verb] == "vote" and tokens.pos[verb] == "NOUN":
        verb = tokens.head[verb]  # "was carried 31 votes to 12"
    if tokens.pos[verb] != "VERB":
        return figure
    if tokens.lemma[verb] in VOTE_OUTCOME_LEMMAS:
        return _vote_on_its_subject(tokens, figure, verb, inside)
    if tokens.lemma[verb] != "vote":
        return figure
    subjects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "nsubj" and tokens.pos[c] in _NOUNS and c < verb
    ]
    if not subjects:
        return figure
    purpose = _vote_purpose(tokens, verb, inside)
    who = _noun_phrase(tokens, subjects[0], inside, False)
    return replace(figure, measures=_budget([who, tokens.text[verb], *purpose]))


def _vote_purpose(tokens: Tokens, verb: int, inside: range) -> list[str]:
    """What a vote on `verb` was for: its "to" clause, also one the parser hung on an
    aside just after the tally ("with two abstentions, to approve the scheme"), else its
    "in favour of", "against" or "for" phrase (a bounded look past the tally)."""
    for child in tokens.children[verb]:
        if child > inside.stop and _is_to_clause(tokens, child):
            return _to_clause(tokens, child, inside)
    for child in tokens.children[verb]:
        if child < inside.stop or tokens.dep[child] != "prep":
            continue
        if tokens.lower[child] == "with":  # "with two abstentions, to approve ..."
            for noun in tokens.children[child]:
                for clause in tokens.children[noun]:
                    if _is_to_clause(tokens, clause):
                        return _to_clause(tokens, clause, inside)
        if tokens.lower[child] in ("against", "for"):
            objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"][:1]
            if objects:
                return [tokens.text[child], _noun_phrase(tokens, objects[0], inside, False)]
        if tokens.lower[child] == "in" and child + 2 < len(tokens.text):
            favour = child + 1
            of = favour + 1
            if tokens.lower[favour] in ("favour", "favor") and tokens.lower[of] == "of":
                objects = [c for c in tokens.children[of] if tokens.dep[c] == "pobj"][:1]
                if objects:
                    thing = _noun_phrase(tokens, objects[0], inside, False)
                    return ["in", tokens.text[favour], "of", thing]
    return []


def _is_to_clause(tokens: Tokens, verb: int) -> bool:
    return (
        tokens.dep[verb] in ("xcomp", "advcl", "acl", "relcl")
        and tokens.pos[verb] == "VERB"
        and tokens.lower[verb - 1] == "to"
        and tokens.dep[verb - 1] == "aux"
    )


def _to_clause(tokens: Tokens, verb: int, inside: range) -> list[str]:
    done = [c for c in tokens.children[verb] if tokens.dep[c] == "dobj"][:1]
    purpose = ["to", tokens.text[verb]]
    return purpose + ([_noun_phrase(tokens, done[0], inside, False)] if done else [])


def _vote_on_its_subject(
    tokens: Tokens, figure: FoundFigure, verb: int, inside: range
) -> FoundFigure:
    """ "The motion passed 5-2", "the amendment was defeated 40-31": the vote on the
    verb's subject, when that is a thing (no person, no body that votes)."""
    subjects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] in ("nsubj", "nsubjpass")
        and tokens.pos[c] == "NOUN"
        and c < verb
        and not tokens.ent[c]
    ]
    if not subjects:
        return figure
    return replace(
        figure, measures=_budget(["vote on", _noun_phrase(tokens, subjects[0], inside, False)])
    )


def _reporter_of_a_pronoun(tokens: Tokens, doer: int | None, verb: int) -> int | None:
    """ "Orla Quinlan said she had 533 points": the "he" or "she" of a clause reported by
    a named person is that person (round 21); any other subject stays."""
    if doer is None or tokens.lower[doer] not in ("he", "she") or tokens.dep[verb] != "ccomp":
        return doer
    named = _reporter_of_a_pronoun_named(tokens, tokens.lower[doer], verb)
    return doer if named is None else named


def _possessive(tokens: Tokens, owner: int, phrase: str) -> str:
    """ "Students'" for a common plural ending in s (round 21: not "Pupils's"); a name
    the tagger reads as a plural keeps "'s" ("Wales's")."""
    if tokens.tag[owner] == "NNS" and not tokens.ent[owner] and phrase.endswith("s"):
        return f"{phrase}'"
    # "the Conservatives'", "the Greens'", "the Brisbane Lions'": a name after "the" that
    # ends in a single s is a plural, whatever its tag (round 34a; "Wales's" has no "the")
    if (
        phrase.endswith("s")
        and not phrase.endswith("ss")
        and (tokens.pos[owner] == "PROPN" or tokens.tag[owner] == "NNS")
        and any(tokens.lower[c] == "the" and c < owner for c in tokens.children[owner])
    ):
        return f"{phrase}'"
    return f"{phrase}'s"


def _closest_distance(tokens: Tokens, start: int, end: int) -> str:
    """ "The asteroid will pass within 32,000km of Earth": the distance from the place
    that something comes within, with who or what does it and the verb."""
    first = tokens.at(start)
    within = first - 1 if first > 0 and tokens.lower[first - 1] == "within" else -1
    verb = tokens.head[within] if within >= 0 else -1
    if verb >= 0 and tokens.lower[verb] == "to":  # "advanced to within 20km of"
        verb = tokens.head[verb]
    if verb < 0 or tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    inside = tokens.between(start, end)
    following = range(inside.stop, min(inside.stop + 2, len(tokens)))
    of = next((i for i in following if tokens.lower[i] == "of"), None)
    places = [c for c in tokens.children[of] if tokens.dep[c] == "pobj"] if of is not None else []
    if not places:
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    who = _named(tokens, subject, inside) if subject is not None else ""
    where = _noun_phrase(tokens, places[0], inside, False)
    return _budget(["distance", *([who] if who else []), tokens.text[verb], "from", where])


def _distance_travelled(tokens: Tokens, start: int, end: int) -> str:
    """ "set a new hour record, covering 56.21km", "The ship travelled 3,400 nautical miles
    in 11 days", "She walked 1,200 miles": a length a verb of going takes is the distance
    its doer went ("distance covered by Mads Kjeldsen"). "" when the length is not the
    object of such a verb, or nobody is named doing it."""
    inside = tokens.between(start, end)
    if not len(inside):
        return ""
    root = inside.stop - 1
    while tokens.head[root] in inside and tokens.head[root] != root:
        root = tokens.head[root]
    unit = tokens.head[root]
    if tokens.dep[root] in ("nummod", "quantmod") and root < unit <= root + 3:
        root = unit  # "3,400 nautical miles": the unit stands where the amount does
    verb = tokens.head[root]
    if any(tokens.dep[c] == "mark" and root < c < verb for c in tokens.children[verb]):
        # "sailed 900 miles before the engine failed": the parser hung the length on the
        # clause after it; it is the going verb's before that clause
        verb = tokens.head[verb]
    if (
        verb == root
        or tokens.dep[root] not in ("dobj", "npadvmod")
        or tokens.pos[verb] != "VERB"
        or tokens.lemma[verb] not in TRAVEL_PARTICIPLES
    ):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    who = _named(tokens, subject, inside) or _noun_phrase(tokens, subject, inside, False)
    if not who:
        return ""
    return _budget(["distance", TRAVEL_PARTICIPLES[tokens.lemma[verb]], "by", who])


def _race_time_measure(text: str, tokens: Tokens, figure: FoundFigure) -> str:
    """What a race time measures: its clause read as a span ("time of 1500m"), with the
    runner when the time hangs on the race they won or took ("Byrne won the 1500m in
    3:38.52": Byrne's) and the race a fronted "In the men's 5000m," names ("In the men's
    5000m, Sam Petrakis won in 13:19.04"); a time told as "a personal best of", "a
    national record of" is the runner's best or record; any other is a time ("Whitlock
    clocked 4min 01.38sec": the time Whitlock clocked)."""
    cut = _cut_off_measure(text, tokens, figure.start, figure.end)
    if cut:
        return cut
    placed = _placed_race_time(text, figure.start)
    if placed and placed.endswith(" place"):  # "and Tess Ambrose third in 4:05.10"
        return placed
    measured = _duration_measure(tokens, figure.start, figure.end, "time") or figure.measures
    inside = tokens.between(figure.start, figure.end)
    if not measured or not len(inside):
        return measured
    # the time's word under its preposition (a time in three units may hang its later
    # parts apart)
    tops = [i for i in inside if tokens.dep[i] == "pobj" and tokens.head[i] not in inside]
    preposition = tokens.lower[tokens.head[tops[0]]] if tops else ""
    if preposition == "of":
        owned = _mark_of_a_doer(tokens, tokens.head[tokens.head[tops[0]]], inside)
        if owned:
            return owned
    words = measured.split()
    if preposition != "in":
        told = measured.startswith("margin") or "time" in {w.casefold() for w in words}
        return measured if told else _budget(["time", *words], 12)
    race = tokens.head[tokens.head[tops[0]]]
    verb = race
    if tokens.dep[race] == "dobj" and tokens.head[race] != race:
        verb = tokens.head[race]  # "won the 1500m in ...": the time hangs on the race
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return measured
    known = {w.casefold() for w in words}
    subject, _ = _subject_of(tokens, verb, inside)
    if verb != race and subject is not None and tokens.pos[subject] == "PROPN":
        who = _noun_phrase(tokens, subject, inside, False)
        if who and not {w.casefold() for w in who.split()} & known:
            words = [f"{who}'s", *words]
    fronted = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "prep" and tokens.lower[c] == "in" and c < verb and c != race
    ]
    objects = [c for f in fronted[:1] for c in tokens.children[f] if tokens.dep[c] == "pobj"]
    if objects and tokens.ent[objects[0]] not in ("DATE", "TIME"):
        named = _noun_phrase(tokens, objects[0], inside, False)
        if named and not {w.casefold() for w in named.split()} & known:
            words += ["in", named]
    return _budget(words, 12)


def _with_field_mark_of_a_doer(text: str, tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "won the women's javelin with a fifth-round throw of 62.87m": Moran's throw."""
    if figure.unit != "metres" or not _FIELD_MARK_OF_BEFORE.search(
        text, max(0, figure.start - 20), figure.start
    ):
        return figure
    inside = tokens.between(figure.start, figure.end)
    tops = [i for i in inside if tokens.dep[i] == "pobj" and tokens.head[i] not in inside]
    if not tops or tokens.lower[tokens.head[tops[0]]] != "of":
        return figure
    owned = _mark_of_a_doer(tokens, tokens.head[tokens.head[tops[0]]], inside)
    return replace(figure, measures=owned) if owned else figure


_OFF_THE_PACE_AFTER = re.compile(
    r"\s+(?:off\s+the\s+(" + "|".join(sorted(RACE_FRONT_NOUNS)) + r")\b"
    # "finished 1 minute 12 seconds down.", "40 seconds back on the leader": the same gap
    r"|(?:down|back)(?=\s*[,.;:)]|\s*$|\s+on\s+(?:the|her|his)\b))",
    re.IGNORECASE,
)


def _with_gap_off_the_pace(text: str, tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Gethin Pryce finished 10 minutes off the pace", "was 1min 12sec off the pace after
    the opening stage": a span of time before "off the pace" is how far the named
    competitor was behind the leader ("Pryce's gap off the pace"), not a time they ran."""
    if figure.unit is None or not is_duration(figure.unit):
        return figure
    off = _OFF_THE_PACE_AFTER.match(text, figure.end)
    if off is None:
        return figure
    if off.group(1) is None and unit_name(figure.unit) != "seconds":
        return figure  # "the train was 40 minutes down": a delay, not a gap to a leader
    inside = tokens.between(figure.start, figure.end)
    if not len(inside) or inside.stop >= len(tokens):
        return figure
    verb = tokens.head[inside.stop]
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    who = ""
    if tokens.pos[verb] in ("VERB", "AUX"):
        subject, _ = _subject_of(tokens, verb, inside)
        if subject is not None and tokens.pos[subject] in _NOUNS and subject not in inside:
            # "The Welsh rider Gethin Pryce": the name rather than the description
            who = _appositive_name(tokens, subject, inside) or _noun_phrase(
                tokens, subject, inside, False
            )
    who = "" if _DIGIT.search(who) else who
    # "off the pace", "off the lead"; "down", "back": behind the leader
    gap = f"gap off the {off.group(1).lower()}" if off.group(1) else "gap to the leader"
    return replace(figure, measures=_budget([*([f"{who}'s"] if who else []), gap]))


def _mark_of_a_doer(tokens: Tokens, noun: int, inside: range) -> str:
    """ "Marsh was second in a personal best of 4min 01.92sec", "won the javelin with a
    fifth-round throw of 62.87m": the mark is the named doer's best, record or throw
    ("Marsh's personal best"); "" when no named person does the clause's verb."""
    if tokens.pos[noun] not in (*_NOUNS, "ADJ"):
        return ""
    verb = noun
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] != "PROPN":
        return ""
    who = _noun_phrase(tokens, subject, inside, False)
    what = _noun_phrase(tokens, noun, inside, False)
    events = [  # "won the women's javelin with ...": the event the mark was made in
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj" and c not in inside and c != noun
    ]
    event = _noun_phrase(tokens, events[0], inside, False) if events else ""
    return _budget([f"{who}'s", what, *(["in", event] if event else [])]) if who and what else ""


def _mark_won_with(tokens: Tokens, start: int, end: int) -> str:
    """ "Bhatia-Yadav won gold with 86.44m", "ahead of Amy Cole on 62.80m": a field mark
    told after "with" or "on" is the mark of the one the clause names (or of the one
    "on" hangs on), "mark" alone when none is named (round 31)."""
    inside = tokens.between(start, end)
    tops = [i for i in inside if tokens.dep[i] == "pobj" and tokens.head[i] not in inside]
    if not tops or tokens.lower[tokens.head[tops[0]]] not in ("with", "on"):
        return ""
    owner = tokens.head[tokens.head[tops[0]]]
    if tokens.pos[owner] == "PROPN":  # "ahead of Amy Cole on 62.80m"
        return f"{_noun_phrase(tokens, owner, inside, False)}'s mark"
    if tokens.lower[tokens.head[tops[0]]] == "on":
        return "mark"  # (the parse may hang "on 62.80m" on the winner's verb)
    verb = owner
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    subject, _ = (
        _subject_of(tokens, verb, inside) if tokens.pos[verb] in ("VERB", "AUX") else (None, 0)
    )
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return "mark"
    return f"{_noun_phrase(tokens, subject, inside, False)}'s mark"


_NOT_OUT = re.compile(r"\bnot\s+out\b", re.IGNORECASE)


_RACE_REACH = 60  # characters from a race time to the distance that names its race
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _race_named_near(
    text: str, numbers: list[NumberMention], starts: list[int], figure: FoundFigure
) -> str:
    """ "won the 10,000m in 27:31.42", "a record of 1:52.70 in the 200m freestyle": the
    race a race time is for, as written (with its event's noun), when a distance naming
    a race stands in the time's sentence just before or after it; "" when none does.
    `starts` are the numbers' starts, listed once for all the figures."""
    low = bisect_left(starts, figure.start - _RACE_REACH)
    for mention in numbers[low:]:
        if mention.start > figure.end + _RACE_REACH:
            break
        if mention.start == figure.start or not _names_a_race(text, mention):
            continue
        between = text[min(mention.end, figure.end) : max(mention.start, figure.start)]
        if _SENTENCE_BREAK.search(between):
            continue
        race = _RACE_DISTANCE_AFTER.match(text, mention.end)
        written = text[mention.start : race.start(1) if race and race.group(1) else mention.end]
        if race is not None and race.group(1) in RACE_EVENT_NOUNS:
            written = text[mention.start : race.end(1)]
        elif race is None:
            event = _EVENT_NOUN_AFTER.match(text, mention.end)
            if event is not None and event.group(1) in RACE_EVENT_NOUNS:
                written = text[mention.start : event.end(1)]
        return " ".join(written.split())
    return ""


def _with_race_distances(
    text: str, numbers: list[NumberMention], figures: list[FoundFigure]
) -> list[FoundFigure]:
    """A race time keeps the distance that names its race: "won the 10,000m in 27:31.42"
    measures the time in the 10,000m, not a "won m" the parse leaves when it splits the
    distance's digits from their unit."""
    out = []
    starts = [m.start for m in numbers]
    for figure in figures:
        race = _race_named_near(text, numbers, starts, figure) if figure.unit == "seconds" else ""
        if not race or race.split()[0] in figure.measures:
            out.append(figure)
            continue
        distance = race.split()[0]
        unit = distance.lstrip("0123456789,.")  # "m" of "10,000m"
        words = figure.measures.split()
        event = race.split()[-1] if len(race.split()) > 1 else ""
        if unit and unit in words:  # the parse's orphaned unit stands for the distance
            words[words.index(unit)] = distance
            measured = " ".join(words)
        elif event and event in words:  # "won men's hurdles": the distance names them
            words.insert(words.index(event), distance)
            measured = " ".join(words)
        else:
            measured = f"{figure.measures} in the {race}".strip()
        out.append(replace(figure, measures=measured))
    return out


_BY_REACH = 2  # words between "by" and the amount ("by just 212 votes", "by a clear four")


def _with_margins_and_shooting(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    figure = _with_gap_margin(tokens, figure)
    figure = _with_shooting_share(tokens, figure)
    figure = _with_wicket_partnership(tokens, figure)
    return _with_result_by_margin(tokens, figure)


def _with_wicket_partnership(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "The pair added 187 for the fourth wicket", "Te Awa and Mulcahy put on 214 for
    the third wicket": a bare count a verb takes (its object, or after its particle) with
    "for the <ordinal> wicket" on the same verb is the batters' partnership for that
    wicket ("fourth-wicket partnership between Kulkarni and Deshpande", round 33), not
    "added for fourth wicket". Reads the verb's own children only."""
    if figure.unit not in (None, "runs") or _is_money(figure):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    last = inside.stop - 1
    verb = tokens.head[last]
    if tokens.dep[last] == "pobj" and tokens.dep[verb] == "prt":  # "put on 214"
        verb = tokens.head[verb]
    elif tokens.dep[last] not in ("dobj", "npadvmod"):
        return figure
    if tokens.pos[verb] != "VERB":
        return figure
    wicket = next(
        (
            g
            for c in tokens.children[verb][:16]
            if tokens.dep[c] == "prep" and tokens.lower[c] == "for"
            for g in tokens.children[c][:16]
            if tokens.dep[g] == "pobj" and tokens.lemma[g] in PARTNERSHIP_NOUNS
        ),
        None,
    )
    if wicket is None:
        return figure
    ordinal = [c for c in tokens.children[wicket][:16] if tokens.ent[c] == "ORDINAL"][:1]
    named = f"{tokens.lower[ordinal[0]]}-wicket partnership" if ordinal else "partnership"
    subject, passive = _subject_of(tokens, verb, inside)
    if subject is None or passive or tokens.pos[subject] == "PRON":
        return replace(figure, measures=named)
    pair = [c for c in tokens.children[subject][:16] if tokens.dep[c] == "conj"][:1]
    who = " and ".join(_noun_phrase(tokens, n, inside, with_tail=False) for n in (subject, *pair))
    return replace(figure, measures=_budget([named, "between" if pair else "of", who]))


def _with_shooting_share(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Ridgeview shot 52 percent from the field", "Parata shot at 93 per cent in the
    series": a share a side or a player shot (its object, or after "at") is their
    shooting accuracy, with where or when it was shot ("Ridgeview's shooting from the
    field"), not "Ridgeview shot from field" (round 32a)."""
    if figure.unit != "percent":
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    last = inside.stop - 1
    verb = tokens.head[last]
    if tokens.dep[last] == "pobj" and tokens.lower[verb] == "at":
        verb = tokens.head[verb]
    elif tokens.dep[last] not in ("dobj", "npadvmod"):
        return figure
    if tokens.pos[verb] != "VERB" or tokens.lemma[verb] not in SHOOTING_LEMMAS:
        return figure
    if any(tokens.lower[c] == "of" for c in tokens.children[last]):
        return figure  # "shot 40% of the suspects": a share of something else
    subject, passive = _subject_of(tokens, verb, inside)
    if subject is None or passive or tokens.pos[subject] == "PRON":
        return figure
    who = _noun_phrase(tokens, subject, inside, with_tail=False)
    told: list[str] = []
    for child in sorted([*tokens.children[verb], *tokens.children[last]]):
        if tokens.dep[child] == "prep" and child > last and tokens.lower[child] in ("from", "in"):
            told = _words_under(tokens, child, inside)
            break
    return replace(figure, measures=_joined([f"{possessive(who)} shooting", *told]))


def _with_result_by_margin(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "Copper Lantern won by four lengths", "the Proteas lost by 214 runs", "defeating
    Craig Holm by 3,712 votes", "the Stallions' 41-point win": an amount a result's verb
    takes with "by", or that sizes a win or a defeat, is the margin of that result, whose
    winner the verb's subject names ("Copper Lantern's winning margin"; "margin by which
    Proteas lost"), not a clause around "by" (round 32a). Sums and shares stay as read."""
    if figure.unit in ("percent", "fraction") or _is_money(figure):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    last = inside.stop - 1
    unit = last
    for step in (1, 2):  # the amount's own noun: "four lengths", "41-point"
        if (
            last + step < len(tokens)
            and tokens.head[last] == last + step
            and (step == 1 or tokens.text[last + 1] == "-")
        ):
            unit = last + step
    skip = range(inside.start, unit + 1)
    head = tokens.head[unit]
    if tokens.lemma[head] in MATCH_RESULT_NOUNS and tokens.pos[head] == "NOUN" and head > unit:
        if (
            tokens.dep[unit] not in ("compound", "amod", "nummod")
            or tokens.lemma[head] == "draw"
            or canonical_unit(tokens.text[unit]) is not None
            or is_duration(unit_name(tokens.text[unit]))
        ):
            return figure  # "a 2-2 draw", "a 40-year loss", "a £3m loss"
        # "a 41-point win", "a four-wicket victory": the size of the result
        result = _noun_phrase(tokens, head, skip)
        return replace(figure, measures=f"margin of {result}".strip())
    by = head
    if tokens.lower[by] != "by" or not 0 < inside.start - by <= _BY_REACH + 1:
        return figure
    verb = tokens.head[by]
    if tokens.pos[verb] != "VERB" or tokens.lemma[verb] not in RESULT_MARGIN_LEMMAS:
        return figure
    subject, passive = _subject_of(tokens, verb, skip)
    if passive:
        return figure  # "was beaten by six points": the winner is the agent, read elsewhere
    who = ""
    if subject is not None and tokens.pos[subject] != "PRON":  # "She won by": no name
        who = _noun_phrase(tokens, subject, skip, with_tail=False)
    beaten = next(
        (c for c in tokens.children[verb] if tokens.dep[c] == "dobj" and c < by),
        None,
    )
    # what was won or lost ("won the first Test by eight wickets"), or who was beaten
    other = _noun_phrase(tokens, beaten, skip, with_tail=False) if beaten is not None else ""
    if tokens.lemma[verb] == "lose":
        if who:
            return replace(figure, measures=_joined([f"margin by which {who} lost", other]))
        measured = f"margin of defeat in {other}" if other else "margin of defeat"
        return replace(figure, measures=measured)
    measured = f"{possessive(who)} winning margin" if who else "winning margin"
    if other and tokens.lemma[verb] == "win":
        return replace(figure, measures=f"{measured} in {other}")
    return replace(figure, measures=f"{measured} over {other}" if other else measured)


_GAP_CLIMB = 4  # heads climbed from "clear" or "ahead" to the verb whose subject leads


def _with_gap_margin(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "finishing 0.09 ahead of Adaeze Nwosu", "won with 33 votes, four clear of the
    runner-up": a bare amount right before "ahead", "behind" or "clear" is the margin of
    the subject of the verb it hangs under over what follows, not a bare "clear" (round
    32a). A tally's noun ("six points clear") is read by the tally reading."""
    if figure.unit is not None or figure.measures.startswith("margin"):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    gap = inside.stop
    if gap >= len(tokens) or tokens.lower[gap] not in GAP_WORDS:
        return figure
    verb = gap
    for _ in range(_GAP_CLIMB):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    skip = range(inside.start, gap)
    subject, _ = _subject_of(tokens, verb, skip)
    who = ""
    if subject is not None and tokens.pos[subject] != "PRON":
        who = _noun_phrase(tokens, subject, skip, with_tail=False)
    return replace(figure, measures=_joined(["margin", who, *_words_under(tokens, gap, skip)]))


def _margin_ahead(tokens: Tokens, start: int, end: int) -> str:
    """ "Receipts came in R8.2bn ahead of the estimate", "Sales were £3m behind plan": a
    sum right before "ahead" or "behind" is the margin of the clause's subject over what
    follows (round 22)."""
    last = tokens.at(max(start, end - 1))
    following = last + 1
    if last < 0 or following >= len(tokens) or tokens.lower[following] not in _MARGIN_ADVERBS:
        return ""
    verb = tokens.head[following]
    sentence = tokens.sent[verb]
    subject = next(
        (
            i
            for i in range(tokens.sent_starts[sentence], verb)
            if tokens.head[i] == verb and tokens.dep[i] in ("nsubj", "nsubjpass")
        ),
        None,
    )
    skip = range(tokens.at(start), last + 1)
    told = _noun_phrase(tokens, subject, skip, with_tail=False) if subject is not None else ""
    return _joined(["margin", told, *_words_under(tokens, following, skip)])


def _with_innings_measure(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """An innings tally measures its doer's total ("Vale posted 241 for six": Vale's
    total), unbeaten score ("Okafor made 112 not out") or bowling figures ("Lumb took five
    for 33": wickets for runs), the doer being the subject of the verb it hangs on."""
    # round 16b: "with 3-42" (wickets for runs by a hyphen) and "unbeaten on 78"
    hyphened = figure.unit == "wickets" and _SCORE.fullmatch(figure.text) is not None
    unbeaten = figure.unit == "runs" and figure.measures.endswith("unbeaten score")
    if not (hyphened or unbeaten) and (
        figure.unit != "score" or not _INNINGS_TALLY.fullmatch(figure.text)
    ):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    verb = inside.start
    for _ in range(4):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return figure
    doer, _ = _subject_of(tokens, verb, inside)
    if doer is not None and tokens.dep[verb] == "relcl" and tokens.tag[doer] == "WP":
        doer = tokens.head[verb]  # "spinner Farai Chidzikwe, who finished with 3-42"
    if doer is None or tokens.pos[doer] == "PRON":
        return figure
    amounts = [n.value for n in find_numbers(figure.text)]
    if hyphened:
        what = "bowling figures"
    elif unbeaten:
        what = "unbeaten score"
    elif len(amounts) == 2 and amounts[0] <= 10 < amounts[1]:
        what = "bowling figures"
    elif _NOT_OUT.search(figure.text):
        what = "unbeaten score"
    else:
        what = "total"
    who = _noun_phrase(tokens, doer, inside, False)
    # ("The hosts ended on 312 for 9": "hosts' total", round 26)
    return replace(
        figure, measures=f"{_possessive(tokens, doer, who)} {what}" if who else figure.measures
    )


_INNINGS_NOUN = "innings"
_INNINGS_OWNER_WORDS = 6  # the most words an owner's phrase before "innings" may take


def _innings_total_before(text: str, tokens: Tokens, start: int, end: int) -> str:
    """ "still 226 behind South Africa's first-innings 320": a bare number after
    "innings" that the noun owns is that side's total ("South Africa's first-innings
    total", round 29b); "" otherwise. Reads the few words before the noun only."""
    number = tokens.at(start)
    if number < 1 or tokens.start[number] != start or tokens.end[number] != end:
        return ""
    noun = number - 1
    if tokens.lower[noun] != _INNINGS_NOUN or tokens.head[number] != noun:
        return ""
    first = noun
    while (
        first > 0
        and noun - first < _INNINGS_OWNER_WORDS
        and tokens.head[first - 1] in range(noun - _INNINGS_OWNER_WORDS - 1, noun + 1)
        and tokens.dep[first - 1] in ("amod", "compound", "poss", "case", "punct", "nmod")
        and tokens.text[first - 1] not in (",", ";", ":")
    ):
        first -= 1
    if not any(tokens.tag[i] == "POS" or tokens.dep[i] == "poss" for i in range(first, noun)):
        return ""  # whose total it is must be told ("the first-innings 320" names none)
    return f"{text[tokens.start[first] : tokens.end[noun]]} total"
