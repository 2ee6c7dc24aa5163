"""What a figure measures. Pure.

Read from the parse when the article has one: the counted noun with its modifiers
("Russian fighters killed or wounded"), or for money, shares and units what the amount
is of ("a £94m penalty", "shares in the company fell"), with the owner, the doer or the
change a level belongs to. Without a parse, the words beside the number are read.

The measure readers that `changes` (levels, changes, comparisons) and `contests`
(races, innings, tallies, votes) share live in these layers, so those two import
from them and never from each other.

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
    ANAPHORIC_MEASURE_NOUNS,
    ANY_QUOTE_MARKS,
    AVERAGE_NOUNS,
    BALLS_FACED_NOUNS,
    BARE_PERSON_NOUNS,
    BODY_NOUNS,
    BUDGET_NOUNS,
    CAPACITY_LEMMAS,
    CHANGE_NOUNS,
    CLOSING_LEMMAS,
    CONTAINING_LEMMAS,
    CONTEST_NOUNS,
    DESCRIPTION_NOUNS,
    DURATION_FRAMES,
    ESTIMATE_AT_LEMMAS,
    FEE_PAYING_LEMMAS,
    LATENESS_WORDS,
    LEVEL_CARRYING_LEMMAS,
    MARKET_INDEX_NAMES,
    MARKET_INDEX_TAILS,
    MATCH_RESULT_NOUNS,
    MONEY_TAKING_LEMMAS,
    OWNER_CHANGE_LEMMAS,
    PART_QUANTIFIERS,
    PART_WORDS,
    PERSON_NOUNS,
    PERSON_TRADING_LEMMAS,
    PREDICTION_LEMMAS,
    PRICE_FETCHING_LEMMAS,
    PRICE_NAMING_WORDS,
    PRICE_VERB_NOUNS,
    PRIZE_FOR_WORDS,
    PRIZE_WINNER_NOUNS,
    REPORTING_LEMMAS,
    ROLE_NOUNS,
    ROOM_FOR_LEMMAS,
    SELLING_UNIT_NOUNS,
    SENTENCE_LEMMAS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    SUM_NOUNS,
    SUM_SUBJECT_PREPOSITIONS,
    TOTALLING_LEMMAS,
    WAGE_TAKING_LEMMAS,
)
from briefsmith.core.names import given_name_gender
from briefsmith.core.numbers import (
    NumberMention,
)
from briefsmith.core.units import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    canonical_unit,
    is_duration,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.measure_phrases import (
    _appositive_name,
    _appositive_of,
    _average_span_of_a_clause,
    _averaged_comparative,
    _ban_measure,
    _change_on_a_copula,
    _changed_by,
    _changed_by_clause,
    _compared_measure,
    _compared_noun,
    _compared_phrase,
    _extra_phrase,
    _framed_change,
    _fronted_group,
    _gap_on_a_copula,
    _gapped_change,
    _level_of_the_subject,
    _linked_subject,
    _named,
    _named_change_then_level,
    _own_phrases,
    _paid_to,
    _phrase_after,
    _phrase_words_after,
    _purpose_of,
    _rate_of_the_subject,
    _share_made_up_by,
    _size_of_a_named_change,
    _standing_in_a_poll,
    _subject_of,
    _those_of,
    _verb_extras,
    _with_absolute,
)
from briefsmith.core.extraction.figures.measure_reading import (
    _AGAINST_PREPS,
    _AGE_BRACKET,
    _AGE_WINDOW,
    _BY_FOR,
    _CHANGE_ADVERBS,
    _CHANGE_NOUN_WORDS,
    _COPULAS,
    _FOR,
    _HOLDER_ENTS,
    _HOLDING_LEMMAS,
    _LEVEL_PREPS,
    _LIST_PREPS,
    _MAX_PHRASE,
    _OBJECT_DEPS,
    _PERCENT_WORDS,
    _RELATIVE_PREPS,
    _SHARED_ROLES,
    _SIZE_DIMENSIONS,
    _STATE_TAIL,
    _THRESHOLD_PREPS,
    _TOLD_DEPS,
    _TOLD_POS,
    _TOTAL_OF,
    _WHEN_OWN,
    _WHEN_PREPS,
    _across_a_dateline,
    _after_for,
    _amount_noun,
    _amount_tail,
    _budget,
    _change_over_a_span,
    _change_verb_above,
    _clause_on_the_frame,
    _clause_time,
    _common_noun_opening,
    _counted_before,
    _cut_inside_a_phrase,
    _from_a_time_before,
    _glued_hyphen,
    _governing_verb,
    _is_a_sum,
    _is_an_amount,
    _is_passive,
    _is_payment_form,
    _joined_participle,
    _modifies_a_near_noun,
    _names_an_event,
    _noun_phrase,
    _noun_subject,
    _owner_named_before,
    _phrasal_change,
    _qualified_noun,
    _session_change,
    _since_clause,
    _supply_to_a_count,
    _through_frames,
    _told_by_its_clause,
    _when_of,
    _words_under,
    _written_as_a_sum,
)
from briefsmith.core.extraction.figures.reading import (
    _DIGIT,
    _FRACTION_WORD,
    _FRAMES,
    _NOUNS,
    _NUMBER_DEPS,
    _STOP_WORDS,
    _WHEN,
    AGE_OF_A_THING,
    FoundFigure,
    _amount_root,
    _bracket_opens_between,
    _is_money,
    _is_person_noun,
    _joined,
)


def _own_phrase_after(tokens: Tokens, start: int, end: int) -> str | None:
    """The prepositional phrase written right after an amount ("on a speedboat", "for a
    defender"), or None."""
    found = _amount_root(tokens, start, end)
    return None if found is None else _phrase_after(tokens, found[1], _LIST_PREPS)


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


_WHICH_CLAUSE_WORDS = 9  # words of a "within which" clause kept


def _with_its_which_clause(tokens: Tokens, noun: int, phrase: str, skip: range) -> str:
    """ "The time within which an appeal may be lodged is 21 days", "The period over which
    the loan is repaid is 25 years": a bare frame is told by its clause opened with a
    preposition and "which" ("time within which an appeal may be lodged"), a few words
    read from the noun on; the phrase as it was otherwise."""
    if " " in phrase or noun + 2 >= len(tokens) or tokens.lower[noun + 2] != "which":
        return phrase
    clause = [c for c in tokens.children[noun] if tokens.dep[c] == "relcl"]
    if not clause or tokens.pos[noun + 1] != "ADP" or tokens.head[noun + 1] != clause[0]:
        return phrase
    words = []
    for index in range(noun + 1, min(clause[0] + 1, noun + 1 + _WHICH_CLAUSE_WORDS)):
        if index in skip or tokens.pos[index] == "PUNCT":
            return phrase
        words.append(tokens.text[index])
    if words[-1] != tokens.text[clause[0]]:
        return phrase  # (a clause longer than the few words read)
    return _joined([phrase, *words])


def _delay_measure(tokens: Tokens, done: int, inside: range) -> str:
    """ "The greenway will open 14 months late": how late the clause's doer does what it
    does ("delay for greenway to open"; "delay to open" when the doer is a pronoun); "the
    report was six weeks overdue": the delay of its subject."""
    if tokens.pos[done] not in ("VERB", "AUX"):
        return ""
    subject, passive = _subject_of(tokens, done, inside)
    if subject is None:
        # "... and the first ship will be almost three years late": the parser can join
        # the noun before the verb's auxiliaries to the clause before; it is the subject
        first = min((c for c in tokens.children[done] if tokens.dep[c] == "aux"), default=done)
        before = first - 1
        if before >= 0 and tokens.pos[before] in _NOUNS and tokens.dep[before] == "conj":
            subject = before
    who = (
        _named(tokens, subject, inside)
        if subject is not None and tokens.pos[subject] in _NOUNS
        else ""
    )
    if tokens.lemma[done] == "be":
        return f"delay of {who}" if who else ""
    verb = ["be", tokens.text[done]] if passive else [tokens.lemma[done]]
    return _budget(["delay", *(["for", who] if who else []), "to", *verb])


_STATE_WORDS = 6  # words of the state a span was spent in ("ramped outside Adelaide hospitals")
_LOOSE_ENDS = frozenset({"ADP", "DET", "CCONJ", "PUNCT", "PART", "SCONJ"})


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
    elif (
        tokens.pos[verb] in ("ADJ", "ADV")
        and tokens.head[verb] != verb
        and preposition == "for"
        and tokens.tag[verb] not in ("RBR", "JJR")
    ):
        # "With Pryce off for 10 minutes": how long a state went on, not a margin (round 29)
        head = tokens.head[verb]
        held = [c for c in tokens.children[head] if tokens.dep[c] in ("pobj", "nsubj")]
        who = _named(tokens, held[0], inside) if held else ""
        return _budget([*frame.split(), *([who] if who else []), tokens.text[verb]])
    elif (
        tokens.lower[verb] in LATENESS_WORDS
        and tokens.head[verb] != verb
        and verb == inside.stop  # "14 months late", not "for three hours late into the night"
        and not (inside.start > 0 and tokens.pos[inside.start - 1] == "ADP")
    ):
        return _delay_measure(tokens, tokens.head[verb], inside)
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
        level_holder = changed[0] if changed else subject
        if level_holder is not None and tokens.pos[level_holder] != "PRON":
            return _noun_phrase(
                tokens, level_holder, inside, stop=verb if level_holder == subject else None
            )
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
        return _with_its_which_clause(
            tokens, subject, _noun_phrase(tokens, subject, inside, stop=verb), inside
        )
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
        # "spent 4,118 hours ramped outside hospitals", "spent nine hours trapped in their
        # car": the participle right after the span (on the span or on the verb) says in
        # what state the time was spent (round 34a)
        state = next(
            (
                c
                for c in (*tokens.children[unit], *tokens.children[verb])
                if c == unit + 1
                and tokens.tag[c] in ("VBN", "VBG")
                and tokens.dep[c] in ("acl", "xcomp", "advcl")
            ),
            None,
        )
        if state is not None:
            told = _words_under(tokens, state, inside)[:_STATE_WORDS]
            cut = next(
                (k for k in range(1, len(told)) if tokens.tag[state + k] in ("TO", "WDT", "CC")),
                len(told),
            )  # ("waiting outside A&E departments to hand": up to the purpose)
            told = told[:cut]
            while len(told) > 1 and tokens.pos[state + len(told) - 1] in _LOOSE_ENDS:
                told.pop()  # ("waiting on trolleys at", cut short: "waiting on trolleys")
            extras = told
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


def _bare_share_as_subject(tokens: Tokens, root: int, inside: range) -> str:
    """ "The survey found 43% had no savings", "Researchers found that 30% said they had
    skipped meals": a share with no "of" phrase as the subject of its own clause is the
    share of those who did what the clause says, not the words before it (round 18)."""
    if not _subject_of_a_finite_clause(tokens, root) or not any(
        tokens.ent[i] == "PERCENT" or tokens.text[i] == "%" for i in inside
    ):
        return ""
    predicate = _with_predicate(tokens, root, "", inside).strip()
    return _budget(["share", "who", predicate]) if predicate else ""


def _bare_count_as_subject(tokens: Tokens, root: int, inside: range) -> str:
    """Round 42: "Nearly 9,000 had signed", "Some 720 are on the waiting list", "About 40
    were taken to hospital": a bare count with no noun as the subject of its own clause
    counts the noun a number counted just before ("received 400 complaints. 300 were
    about noise": complaints) or else those who did what the clause says."""
    if (
        not _subject_of_a_finite_clause(tokens, root)
        or tokens.ent[root] != "CARDINAL"
        or any(tokens.pos[i] not in ("NUM", "ADV", "ADJ", "DET", "ADP") for i in inside)
        # (a whole count: "7.03" is a time, a score or a rate with its unit left out)
        or any("." in tokens.text[i] for i in inside)
        # (a count of many takes a plural verb: "93 stands and continues to fight" names
        # one thing, a unit by its number)
        or _singular_verb_of(tokens, tokens.head[root])
        or (inside.stop < len(tokens) and tokens.pos[inside.stop] in _NOUNS)
        # (a noun its linking verb gives says who they are: "600 are agency staff", a
        # part of the count before told apart, as the shared-noun rule reads it)
        or any(tokens.dep[c] == "attr" for c in tokens.children[tokens.head[root]])
    ):
        return ""
    verb = tokens.head[root]
    counted = _counted_before(tokens, root, inside)
    predicate = _with_predicate(tokens, root, "", inside).strip()
    if not predicate:
        return ""
    if counted is not None:
        return _budget([tokens.text[counted], predicate])
    # (a passive or a linking verb reads without "who": "those taken to hospital", "those
    # on the waiting list"; "those who signed")
    without_who = tokens.dep[root] == "nsubjpass" or tokens.lemma[verb] in _COPULAS
    return _budget(["those" if without_who else "those who", predicate])


def _singular_verb_of(tokens: Tokens, verb: int) -> bool:
    """Is the verb, or its helper, in a singular form ("stands", "is", "has", "was")?"""
    return any(
        tokens.tag[v] == "VBZ" or tokens.lower[v] == "was"
        for v in (verb, *(c for c in tokens.children[verb] if tokens.dep[c] in ("aux", "auxpass")))
    )


def _subject_of_a_finite_clause(tokens: Tokens, root: int) -> bool:
    """Is the amount `root` the subject of a finite clause of its own, with no phrase of
    its own ("43% had no savings"; not "with 74% reaching the standard", an absolute)?"""
    verb, dep = tokens.head[root], tokens.dep[root]
    return (
        dep in ("nsubj", "nsubjpass")
        and tokens.pos[verb] in ("VERB", "AUX")
        and verb > root
        and (
            tokens.tag[verb] in ("VBD", "VBZ", "VBP")
            or any(tokens.dep[c] in ("aux", "auxpass") for c in tokens.children[verb])
        )
        and not any(tokens.dep[c] == "prep" for c in tokens.children[root])
    )


_TOLD_COUNT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_PRONOUN_GENDERS = {"he": "m", "she": "f"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_REPORT_CLIMB = 6  # heads climbed from a pronoun to the reports it stands in


def _person_a_pronoun_stands_for(tokens: Tokens, pronoun: int) -> str | None:
    """ "The court heard that Mereana Walker had run the accounts. She spent NZ$640,000 on
    a holiday home": a subject "he" or "she" stands for the nearest subject before it (in
    its sentence or the one before; not the subject of the report it stands in, "the
    jury heard", "police said") when that subject is one person's name ("her husband,
    Tom Reed," too) whose given name does not tell the other gender; not a person told by
    a noun ("his client"), nor two people ("Ama Reyes and Ruth Kim"). The name, or None
    (round 35). Reads two sentences at most."""
    gender = _PRONOUN_GENDERS.get(tokens.lower[pronoun])
    if gender is None or tokens.dep[pronoun] not in _SUBJECT_DEPS:
        return None
    reporting = set()
    above = pronoun
    for _ in range(_REPORT_CLIMB):
        reporting.add(above)
        above = tokens.head[above]
    first = tokens.sent_starts[max(0, tokens.sent[pronoun] - 1)]
    for index in range(pronoun - 1, first - 1, -1):
        if tokens.dep[index] not in _SUBJECT_DEPS or tokens.head[index] in reporting:
            continue
        named = [index] + [c for c in tokens.children[index] if tokens.dep[c] == "appos"]
        for noun in named:
            entity = tokens.entity(noun)
            if entity is not None and entity.label == "PERSON":
                span = range(entity.first_token, entity.last_token)
            elif entity is None and tokens.pos[noun] == "PROPN" and noun == index:
                span = range(noun, noun + 1)  # ("Grant Te Huia": a name left untyped)
                while span.start - 1 >= first and (
                    tokens.pos[span.start - 1] == "PROPN"
                    and tokens.dep[span.start - 1] == "compound"
                    and tokens.entity(span.start - 1) is None
                ):
                    span = range(span.start - 1, span.stop)
                if len(span) < 2:  # (a lone word may be a body: "Ofwat said he")
                    continue
            else:
                continue
            if any(tokens.dep[c] == "conj" for c in tokens.children[noun]):
                return None  # two people
            if any(tokens.text[i] in ANY_QUOTE_MARKS for i in range(span.stop, pronoun)):
                return None  # ("Mr Keaveney said. 'He has paid €6,000'": the speaker's
                # words tell of someone else)
            name = " ".join(tokens.text[i] for i in span)
            return name if given_name_gender(name) in (None, gender) else None
        return None
    return None


def _level_carried_to(
    tokens: Tokens, verb: int, skip: range, preposition: str, amount: int | None
) -> str:
    """ "taking the death toll to 47", "It takes the county council's share of a Band D
    bill to £1,912", "puts the cost at £2m": a level a verb of carrying brings its object
    to is that object's level. A bare total, number or tally is of the count its clause
    tells ("60,000 people had crossed into Chad in a week, bringing the total since April
    to 640,000": the total of people crossed into Chad) (round 35). Reads the verb's and
    its clause's children only; "" when it does not apply."""
    if (
        amount is None
        or preposition not in ("to", "at")
        or tokens.lemma[verb] not in LEVEL_CARRYING_LEMMAS
    ):
        return ""
    objects = [
        c for c in tokens.children[verb] if tokens.dep[c] == "dobj" and c < amount and c not in skip
    ]
    if not objects or tokens.pos[objects[0]] != "NOUN":
        return ""  # ("took England to 320": a side, told by the contests)
    thing = objects[0]
    # ("bringing the total since April to 640,000": the time the verb gives the total)
    phrase = _joined([_noun_phrase(tokens, thing, skip), *_phrases_of(tokens, verb, thing, skip)])
    main = tokens.head[verb]
    if (
        _is_a_sum(tokens, skip)
        and tokens.lemma[thing] not in PRICE_NAMING_WORDS | PART_WORDS
        and tokens.lower[thing] not in PRICE_NAMING_WORDS
    ):
        return ""  # ("taking the average home in the city to £268,400": its price)
    if tokens.lemma[thing] not in _FRAMES or tokens.lemma[thing] == "toll":
        return phrase  # ("the death toll": told by its own words)
    if (
        tokens.dep[verb] not in ("advcl", "conj", "xcomp")
        or main == verb
        or tokens.pos[main] not in ("VERB", "AUX")
    ):
        return ""
    counted = [
        c
        for c in tokens.children[main]
        if tokens.dep[c] in _TOLD_COUNT_DEPS
        and tokens.pos[c] == "NOUN"
        and any(tokens.pos[g] == "NUM" for g in tokens.children[c])
    ]
    if not counted:
        return ""  # (a bare total is told from the figure before: "raised its dividend
        # to 14.2p, taking the total for the year to 21.5p")
    noun = counted[0]
    words = [  # the counted noun and what kind it is, not the count ("more players")
        tokens.text[c]
        for c in tokens.children[noun]
        if c < noun
        and tokens.dep[c] in ("compound", "amod")
        and tokens.tag[c] not in ("JJR", "RBR")
        and c not in skip
    ]
    where = _phrases_of(tokens, main, noun, skip, times=False)[:_WHERE_WORDS]
    return _budget([phrase, "of", *words, tokens.text[noun], tokens.text[main], *where])


_WHERE_WORDS = 4  # words of the place or time a counted clause gives ("into Chad")


def _phrases_of(
    tokens: Tokens, verb: int, after: int, skip: range, times: bool = True
) -> list[str]:
    """The first prepositional phrase a verb has after a word, that holds no amount of
    `skip` ("since April", "into Chad"; not "to 640,000"); without `times`, none that
    dates the verb ("on Sunday": when the count was told, not the total's time)."""
    for child in tokens.children[verb]:
        if child <= after or tokens.dep[child] != "prep" or child in skip:
            continue
        if any(hangs_within(tokens.head, i, child, 3) for i in skip):
            continue
        objects = [c for c in tokens.children[child] if tokens.dep[c] == "pobj"]
        if not times and any(tokens.ent[c] in ("DATE", "TIME") for c in objects):
            continue
        if tokens.lower[child] in _WHEN_PREPS and objects:  # ("since April": kept)
            return [tokens.text[child], _noun_phrase(tokens, objects[0], skip)]
        return _extra_phrase(tokens, verb, child, skip)
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
    named = _person_a_pronoun_stands_for(tokens, subject) if subject is not None else None
    if named and not known and not phrase:  # "he spent NZ$640,000 on a boat": who he is
        phrase, known = named, True
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
    carried = _level_carried_to(tokens, verb, skip, preposition, amount)
    if carried:
        return carried
    if (
        amount is not None
        and phrase
        and subject is not None
        and _fetches_its_price(tokens, verb, subject, preposition, skip)
    ):
        # "A bag of maize sells at Sh3,200 in Eldoret", "The sketch sold for £1.9m":
        # the price of the thing sold (round 31)
        based = range(skip.start, _past_the_rate_base(tokens, skip.stop))  # "a litre"
        extras = _verb_extras(tokens, verb, based, amount)
        return _budget(["price of", phrase, *extras, *_when_of(tokens, [amount, verb], based)])
    if lemma in _COPULAS and tokens.pos[verb] != "ADV":  # "inflation was 3.1% in May"
        # "Sea temperatures were 2.1C above the long-term average": what it is set against.
        against = _own_phrases(tokens, amount, skip, _THRESHOLD_PREPS) if amount is not None else []
        # "The vaccine was 87 per cent effective at ...": the quality the share is of.
        quality = (
            [
                c
                for c in tokens.children[amount]
                if tokens.dep[c] == "amod"
                and tokens.pos[c] == "ADJ"
                and (c == amount + 1 or _compared_past_its_unit(tokens, amount, c))
            ]
            if amount is not None
            else []
        )
        if quality:
            degree = [
                tokens.text[c]
                for c in tokens.children[quality[0]]
                if c < quality[0] and tokens.lower[c] in ("more", "less") and c not in skip
            ]
            words = _words_under(tokens, quality[0], skip)
            degree = degree if degree and degree[0] not in words else []
            against = degree + words + against
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
    change = (
        CHANGE_NOUNS.get(lemma)
        or CHANGE_NOUNS.get(lower)
        or _phrasal_change(tokens, verb)
        or _session_change(tokens, verb)
    )
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
        # (after its basis: "grew 2.9% year on year in the third quarter")
        rest = extras[len(on) :] if len(on) == 3 else extras
        where = rest[:2] if rest[:1] == ["in"] else []
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
    if kind_noun == "payment by" and amount is not None and _priced_by_its_unit(tokens, skip):
        # "Households will pay $2.46 per cubic metre", "Factories are paying €6.40 a
        # kilo for steers": a sum paid by a unit of goods is its price (round 31)
        kind_noun = "price paid by"
    if kind_noun is not None and preposition in ("", "for", "up", "by"):
        recipient = ""
        if not preposition:  # (not "sold his stake for 3.5 million euros")
            extras, recipient = _without_the_first_object(tokens, verb, skip, extras)
        kind_in = extras[:1] == ["in"] and len(extras) > 1 and not _is_payment_form(extras[1])
        if kind_in and tokens.tag[verb] in ("VBD", "VBN"):  # "received £1.3m in pay"
            kind, link, extras = f"{extras[1]} {tokens.text[verb]}", "by", extras[2:]
        elif kind_in:  # "would save £4m a year in drug costs": savings in drug costs
            kind, _, link = kind_noun.rpartition(" ")
            kind, extras = f"{kind} in {extras[1]}", extras[2:]
            link = "of" if passive else link
        else:
            kind, _, link = kind_noun.rpartition(" ")
            link = ("to" if kind == "price paid" else "of") if passive else link
            if amount is not None and _won_as_a_prize(tokens, verb, subject, amount, skip):
                # "The champion earned $3.6m": prize money won by the champion; "the
                # victory earned her $30,000": prize money for the victory (round 33)
                result = subject is not None and tokens.lemma[subject] in MATCH_RESULT_NOUNS
                kind, link = "prize money", "for" if result else "won by"
        head = f"{kind} {link} {phrase}" if phrase else kind
        # (a measure stays short; a sum "for" something is no object of two: "sold his
        # stake for 3.5 million euros" sold the stake, not to it)
        if recipient:
            extras = ["to", recipient, *extras]
        elif len(" ".join([head, *extras]).split()) < 8 and preposition != "for":
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
    if (
        amount is not None
        and phrase
        and subject is not None
        and _money_a_doer_handled(tokens, verb, subject, amount, preposition, skip)
    ):
        # "The instructor pocketed £38,000 from learners": the money the doer handled,
        # told as the reference writers tell it ("money Tulley took from learners")
        prize = _won_as_a_prize(tokens, verb, subject, amount, skip)  # ("pocketed ... after")
        return _budget(["prize money" if prize else "money", *before, tokens.text[verb], *extras])
    return _budget([*before, tokens.text[verb], *extras])


def _money_a_doer_handled(
    tokens: Tokens, verb: int, subject: int, amount: int, preposition: str, skip: range
) -> bool:
    """Is the sum the object of what a person or a body did with it ("pocketed", "froze",
    "took", "handed over"): a sum written as money, the verb's own object, its subject a
    person or an organization, the verb no saying or reporting (round 31)?"""
    return (
        not preposition
        and tokens.pos[verb] == "VERB"
        and tokens.head[amount] == verb
        and amount > verb
        and tokens.dep[amount] in ("dobj", "npadvmod")  # ("splashed £35m": "m" misread)
        and tokens.lemma[verb] not in SPEECH_LEMMAS
        and tokens.lemma[verb] not in REPORTING_LEMMAS
        and tokens.lemma[verb] not in PREDICTION_LEMMAS  # ("Analysts expected $2.6bn")
        and _written_as_a_sum(tokens, skip)
        and not any(tokens.lower[i] in _PERCENT_WORDS for i in skip)  # ("71 per cent")
        and (
            tokens.ent[subject] in ("PERSON", "ORG")
            or (tokens.pos[subject] == "PROPN" and tokens.ent[subject] in ("", "NORP"))
            or (
                tokens.pos[subject] == "NOUN"
                and (_is_person_noun(tokens.lemma[subject]) or tokens.lemma[subject] in BODY_NOUNS)
            )
        )
    )


_CONTESTS = CONTEST_NOUNS | MATCH_RESULT_NOUNS
# (round 33: the rules below read at most this many children of a word, so a hostile
# clause with thousands of them stays linear)
_NEAR = 16


def _won_for_a_contest(tokens: Tokens, word: int) -> bool:
    """ "for his third-place finish", "for reaching the semi-finals", "for winning": the
    object of "for" is a contest, a result or a place in one, or a gerund that reaches
    one (its own children only)."""
    lemma = tokens.lemma[word]
    if tokens.pos[word] in _NOUNS:
        return lemma in _CONTESTS or lemma in PRIZE_FOR_WORDS
    if tokens.tag[word] != "VBG" or lemma not in PRIZE_FOR_WORDS:
        return False
    if lemma in ("win", "finish"):
        return True
    below = [g for c in tokens.children[word][:_NEAR] for g in (c, *tokens.children[c][:_NEAR])]
    return any(tokens.lemma[g] in _CONTESTS or tokens.lemma[g] in PRIZE_FOR_WORDS for g in below)


def _won_as_a_prize(
    tokens: Tokens, verb: int, subject: int | None, amount: int, skip: range
) -> bool:
    """Is the sum a prize (round 33): money that a verb of taking it home ("won",
    "earned", "pocketed", "will take home") has as its own object, with a contest beside
    it: the verb's subject a result or a winner ("the victory earned her $30,000", "The
    champion earned $3.6m"), a "for" naming a contest or a place in one ("earned €1.7m
    for his third-place finish"), a win the verb hangs on or that hangs on it ("won by
    four lengths to collect £85,000", "pocketed £250,000 after the shot won"), or a title
    won with it ("to win £500,000 and the world title")? Not a wage or a grant ("Nurses
    earn £31,000 a year", "won £40,000 at a tribunal"). Reads only the verb's children
    and those of the verb it hangs on."""
    if (
        tokens.lemma[verb] not in MONEY_TAKING_LEMMAS
        or tokens.head[amount] != verb
        or not _written_as_a_sum(tokens, skip)
    ):
        return False
    if subject is not None and (
        tokens.lemma[subject] in MATCH_RESULT_NOUNS or tokens.lower[subject] in PRIZE_WINNER_NOUNS
    ):
        return True
    anchors = [verb]
    if tokens.dep[verb] in ("xcomp", "advcl", "conj") and tokens.head[verb] != verb:
        anchors.append(tokens.head[verb])
        if tokens.lemma[tokens.head[verb]] == "win":
            return True
    for anchor in anchors:
        for child in tokens.children[anchor][:_NEAR]:
            if child in skip:
                continue
            dep = tokens.dep[child]
            if dep == "advcl" and tokens.lemma[child] == "win":
                return True
            if dep == "conj" and child > amount and tokens.lemma[child] in CONTEST_NOUNS:
                return True
            if dep != "prep" or tokens.lower[child] not in ("for", "after"):
                continue
            objects = [
                g for g in tokens.children[child][:_NEAR] if tokens.dep[g] in ("pobj", "pcomp")
            ]
            if tokens.lower[child] == "for" and any(_won_for_a_contest(tokens, g) for g in objects):
                return True
            if any(  # "after the 33-1 shot won", "after winning the final"
                tokens.lemma[w] == "win" and tokens.pos[w] == "VERB"
                for g in objects
                for w in (g, *tokens.children[g][:_NEAR])
            ):
                return True
    return False


def _size_of_its_owner(tokens: Tokens, root: int, inside: range) -> str:
    """ "Two-thirds of the park's 18,000 hectares burned", "much of the estate's 2,400
    acres": a size in units of area, length, weight or volume that a place or a thing
    owns is that owner's area, length, weight or volume ("area of park"), not the words
    of the clause (round 31). Not a size of something ("the firm's 40 tonnes of waste"),
    nor a person's ("Farah's 10,000 metres" is a race)."""
    unit = canonical_unit(tokens.text[root])
    if unit is None or unit[0] not in _SIZE_DIMENSIONS or tokens.pos[root] != "NOUN":
        return ""
    owners = [c for c in tokens.children[root] if tokens.dep[c] == "poss"]
    if not owners or any(tokens.lower[c] == "of" for c in tokens.children[root]):
        return ""
    owner = owners[0]
    if not (
        (
            tokens.pos[owner] == "NOUN"
            and tokens.text[owner][:1].islower()  # (a name the tagger called a noun)
            and not _is_person_noun(tokens.lemma[owner])
        )
        or (
            tokens.pos[owner] == "PROPN"
            and tokens.ent[owner] in ("GPE", "LOC", "FAC")
            and unit[0] in ("area", "volume")  # ("Cheruiyot's 5,000 metres": a race)
        )
    ):
        return ""
    phrase = _noun_phrase(tokens, owner, inside, False)
    return _budget([_SIZE_DIMENSIONS[unit[0]], "of", phrase]) if phrase else ""


def _all_out_total_or_target(tokens: Tokens, root: int, inside: range) -> str:
    """ "bowled out Kent Weald for 163", "the hosts were bowled out for 151", "Mumbai
    were all out for 212", "dismissed the visitors for 98": a bare number after "for"
    on a verb of ending an innings is the side's all-out total; "Chasing 178, the hosts
    ..." a bare number chased is the side's target (round 31). "" otherwise."""
    if tokens.pos[root] != "NUM" or len(inside) != 1:
        return ""
    head, dep = tokens.head[root], tokens.dep[root]
    if dep == "dobj" and tokens.lemma[head] == "chase" and tokens.pos[head] == "VERB":
        subject, _ = _subject_of(tokens, head, inside)
        if subject is None and tokens.dep[head] == "advcl":  # "Chasing 178, the hosts"
            subject, _ = _subject_of(tokens, tokens.head[head], inside)
        if subject is None or tokens.pos[subject] not in _NOUNS:
            return ""
        return _budget(["target chased by", _noun_phrase(tokens, subject, inside, False)])
    overs = head
    if dep == "quantmod" and tokens.dep[overs] == "nummod":
        overs = tokens.head[overs]  # ("188" on "46.3" on "overs")
    if (
        dep == "quantmod"
        and tokens.lower[overs] in BALLS_FACED_NOUNS
        and tokens.dep[overs] == "pobj"
        and tokens.lower[tokens.head[overs]] == "for"
    ):  # "bundled out for 188 in 46.3 overs": the parser hung the total on the overs
        head, dep = tokens.head[overs], "pobj"
    if dep != "pobj" or tokens.lower[head] != "for":
        return ""
    verb = tokens.head[head]
    if tokens.lower[verb] == "out" and tokens.head[verb] != verb:
        verb = tokens.head[verb]  # "all out for 212" hung on "out"
    children = tokens.children[verb]
    out = any(tokens.lower[c] == "out" and tokens.dep[c] in ("prt", "advmod") for c in children)
    # "were skittled out for 131", "were bundled out for 178", "skittled out Barbados Pride
    # for 142": any verb with "out" that puts a side out, passive or with the side as its
    # object, not only "bowl" (round 34a; a span or a count of things is never bare here)
    put_out = tokens.pos[verb] == "VERB" and any(
        tokens.dep[c] in ("auxpass", "nsubjpass", "dobj") for c in children
    )
    bowled = (tokens.lemma[verb] == "bowl" or put_out) and out
    all_out = tokens.lemma[verb] == "be" and out and any(tokens.lower[c] == "all" for c in children)
    if not (bowled or all_out or tokens.lemma[verb] == "dismiss"):
        return ""
    side = next((c for c in children if tokens.dep[c] == "dobj" and tokens.pos[c] in _NOUNS), None)
    if side is None:
        side, passive = _subject_of(tokens, verb, inside)
        if side is not None and not (passive or all_out):
            return ""  # ("Ntini bowled out for ...": no side named)
    if side is not None and tokens.pos[side] == "PRON" and tokens.lower[side] in ("they", "we"):
        return "all-out total"  # "as they were bowled out for 204": whose is told before
    if side is None or tokens.pos[side] not in _NOUNS:
        return ""
    named = _noun_phrase(tokens, side, inside, False)
    if not named:
        return ""
    plural = tokens.tag[side] in ("NNS", "NNPS") and named.endswith("s")  # "the hosts'"
    return _budget([f"{named}'" if plural else f"{named}'s", "all-out total"])


_BUDGET_REACH = 3  # words between "over" and the budget noun ("over its original budget")
_OVERRUN_CLIMB = 4  # heads climbed from "over" to the verb whose subject ran over


def _over_the_budget(tokens: Tokens, inside: range) -> str:
    """ "The tram extension ran £96m over budget", "The wing, which came in R340 million
    over budget", "is running 18 months late and Rs 2,400 crore over budget": a sum right
    before "over" and a budget noun is the cost overrun of the subject of the verb the
    words hang under (round 34a). Reads the few words after the sum only; "" otherwise
    ("£2m under budget", "£3m over target", "£2m over three years")."""
    over = inside.stop
    if over >= len(tokens) or tokens.lower[over] != "over":
        return ""
    if not _written_as_a_sum(tokens, inside) and tokens.text[inside.start] not in CURRENCY_SIGNS:
        return ""  # (a sign the tokenizer split off, "€" "1.1bn", is a sum too)
    noun = next(
        (
            i
            for i in range(over + 1, min(over + 1 + _BUDGET_REACH, len(tokens)))
            if tokens.pos[i] in _NOUNS
        ),
        None,
    )
    if noun is None or tokens.lemma[noun] not in BUDGET_NOUNS:
        return ""
    if any(tokens.pos[i] not in ("DET", "ADJ", "PRON", "NUM") for i in range(over + 1, noun)):
        return ""  # only "the", "its", "original", "2021" between "over" and the noun
    _, who = _clause_and_its_subject(tokens, over, inside)
    return _budget(["cost overrun", *(["of", who] if who else []), *tokens.text[over : noun + 1]])


def _clause_and_its_subject(tokens: Tokens, word: int, inside: range) -> tuple[int, str]:
    """The verb of the clause a word after the figure hangs in (a few steps up at most)
    and the noun phrase of that verb's subject, or "" when it has none."""
    verb = tokens.head[word]
    for _ in range(_OVERRUN_CLIMB):
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return verb, ""
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return verb, ""
    return verb, _noun_phrase(tokens, subject, inside, False)


_RATE_REACH = 3  # words between "to" or "against" and the currency ("the US dollar")
_RATE_PREPOSITIONS = frozenset({"to", "against"})


def _exchange_rate(tokens: Tokens, inside: range) -> str:
    """ "The naira closed at N1,612 to the dollar", "The rand slipped to R18.47 against the
    dollar": a sum right before "to" or "against" whose object is a currency (a money word
    of the unit table) is the exchange rate of the clause's subject against it (round
    34a). Reads the few words after the sum only; "" otherwise ("costs N1,500 to the
    family", "lent $40m to the Dollar Street Trust")."""
    to = inside.stop
    if to >= len(tokens) or tokens.lower[to] not in _RATE_PREPOSITIONS:
        return ""
    if not _written_as_a_sum(tokens, inside) and tokens.text[inside.start] not in CURRENCY_SIGNS:
        return ""
    currency = next(
        (
            i
            for i in range(to + 1, min(to + 1 + _RATE_REACH, len(tokens)))
            if tokens.head[i] == to and tokens.dep[i] == "pobj"
        ),
        None,
    )
    if currency is None or tokens.pos[currency] != "NOUN":
        return ""
    unit = canonical_unit(tokens.lower[currency])
    if unit is None or unit[0] != "money":
        return ""
    verb, who = _clause_and_its_subject(tokens, to, inside)
    # (the market it was set on: "on the official market", "at the official window")
    market = next(
        (
            c
            for c in tokens.children[verb]
            if c > currency
            and tokens.dep[c] == "prep"
            and tokens.lower[c] in ("on", "at", "in")  # (not "after the speech")
            and tokens.pos[verb] in ("VERB", "AUX")
        ),
        None,
    )
    where = _words_under(tokens, market, inside) if market is not None else []
    return _budget([who, "exchange rate", *tokens.text[to : currency + 1], *where])


def _noun_before_up(tokens: Tokens, up: int) -> int | None:
    """The noun written right before "up" or "down" that the word says changed: the
    verb's object ("driving quarterly revenue up 26%", "pushing the tax bill up $640")
    or the noun after "with" ("with whole milk powder up 3.6%"), or the noun "up" hangs
    on; None otherwise."""
    noun = up - 1
    if noun < 0 or tokens.pos[noun] not in _NOUNS or tokens.sent[noun] != tokens.sent[up]:
        return None
    if canonical_unit(tokens.text[noun]) is not None or tokens.pos[noun] == "NUM":
        return None
    if tokens.head[up] == noun or (tokens.head[noun] == up and tokens.dep[noun] == "nsubj"):
        return noun  # ("with mutton down 2.5%": the parser's subject of "down")
    if tokens.dep[noun] == "dobj" and tokens.head[noun] == tokens.head[up]:
        return noun
    if tokens.dep[noun] == "pobj" and tokens.lower[tokens.head[noun]] == "with":
        return noun
    return None


def _noun_written_up(tokens: Tokens, inside: range) -> str:
    """ "driving quarterly revenue up 26% to $612 million", "with whole milk powder up
    3.6 per cent to US$3,910 a tonne", "pushing the typical tax bill up $640": a change
    written right after "up" or "down" is a change in the noun written right before that
    word, and a level after "to" there is that noun's level, whatever clause the parser
    hung the amounts on (round 31)."""
    before = inside.start - 1
    if before < 1:
        return ""
    level = tokens.lower[before] == "to"
    up = before
    if level:
        # back over the change told between ("up 26% to"), a few words at most
        up = next(
            (
                i
                for i in range(before - 1, max(before - 5, 0), -1)
                if tokens.lower[i] in ("up", "down")
            ),
            -1,
        )
        if up < 1 or not any(tokens.pos[i] == "NUM" for i in range(up + 1, before)):
            return ""  # ("pushed the price up to £5": a level with no change told)
    elif tokens.lower[before] not in ("up", "down"):
        return ""
    noun = _noun_before_up(tokens, up)
    if noun is None:
        return ""
    skip = range(min(inside.start, up), inside.stop)
    phrase = _noun_phrase(tokens, noun, skip, False)
    if not phrase:
        return ""
    if level:
        return phrase
    return _budget([CHANGE_NOUNS[tokens.lower[up]], "in", phrase])


def _past_the_rate_base(tokens: Tokens, after: int) -> int:
    """The end of a rate's base written right after an amount ("a litre", "per 50kg
    bag", "a tonne"), a few words at most; `after` itself when there is none."""
    if after >= len(tokens) or tokens.lower[after] not in ("a", "an", "per"):
        return after
    for index in range(after + 1, min(after + 5, len(tokens))):
        if tokens.pos[index] in _NOUNS and tokens.dep[index] not in ("compound", "nummod"):
            return index + 1
        if tokens.pos[index] not in ("NUM", "NOUN", "PROPN", "SYM", "PUNCT", "ADJ"):
            break
    return after


def _priced_by_its_unit(tokens: Tokens, skip: range) -> bool:
    """Is the sum told per a unit of goods ("a litre", "per kilo", "per cubic metre",
    "a bag", "per share"), not per a time or a person ("a week", "per household")?"""
    end = _past_the_rate_base(tokens, skip.stop)
    if end == skip.stop:
        return False
    base = end - 1
    unit = canonical_unit(tokens.text[base])
    return (
        (unit is not None and unit[0] in ("mass", "volume"))
        or tokens.lemma[base] in SELLING_UNIT_NOUNS
        or any(tokens.lower[i] == "cubic" for i in range(skip.stop, base))
    )


def _fetches_its_price(
    tokens: Tokens, verb: int, subject: int, preposition: str, skip: range
) -> bool:
    """Is the clause's subject a thing sold and the sum its price: "sells at", "sold for"
    with no object of the verb's own, "fetched" with the sum as its object
    (PRICE_FETCHING_LEMMAS), the subject no person (round 31)?"""
    after = PRICE_FETCHING_LEMMAS.get(tokens.lemma[verb])
    if after is None or preposition not in after or tokens.pos[verb] != "VERB":
        return False
    if tokens.ent[subject] in ("PERSON", "NORP") or _is_person_noun(tokens.lemma[subject]):
        return False  # "The couple sold for ...": a seller ("Tesco sold for £3bn" was sold)
    based = range(skip.start, _past_the_rate_base(tokens, skip.stop))  # "a litre"
    return not any(
        tokens.dep[c] == "dobj" and c not in based and not _is_an_amount(tokens, c, skip)
        for c in tokens.children[verb]
    )


def _compared_past_its_unit(tokens: Tokens, amount: int, quality: int) -> bool:
    """ "were 22 per cent less likely to report back pain", parsed with the adjective on
    the amount: a quality a few words on, told as "more" or "less" of it (round 29b)."""
    return quality - amount <= 4 and any(
        tokens.lower[c] in ("more", "less") and tokens.dep[c] == "advmod"
        for c in tokens.children[quality]
    )


def _object_joined_through_of(tokens: Tokens, noun: int) -> int | None:
    """ "expected a gain of 10,000 jobs and a rate of 6.8 per cent", "forecast profits of
    $2.1bn and revenue of $9.4bn": the parser joins a second object with its own "of"
    amount to the amount (or counted noun) of the first object's "of" phrase; the first
    object, a verb's direct object, when `noun` is so joined. None otherwise."""
    joined = tokens.head[noun]
    if tokens.dep[noun] != "conj" or joined >= noun or tokens.dep[joined] != "pobj":
        return None
    of = tokens.head[joined]
    first = tokens.head[of]
    if tokens.lower[of] != "of" or first >= of or tokens.pos[first] not in _NOUNS:
        return None
    verb = tokens.head[first]
    if tokens.dep[first] != "dobj" or tokens.pos[verb] != "VERB" or verb >= first:
        return None
    if not any(tokens.lower[c] == "of" and tokens.dep[c] == "prep" for c in tokens.children[noun]):
        return None
    return first


def _without_the_first_object(
    tokens: Tokens, verb: int, skip: range, extras: list[str]
) -> tuple[list[str], str]:
    """ "Ofwat fined the company £11.4m", "Magistrates fined the landlord £8,000": where
    the parser reads the first of two objects as the direct object (and the sum as
    another), that object is whom the sum is paid, given or charged to, told as such
    after the kind of sum ("fine by Ofwat to company"), not run into the doer ("fine by
    Ofwat company"). The words the clause says, without that object when it comes first,
    and that object's phrase ("" when it does not apply)."""
    if not len(skip) or not extras:
        return extras, ""
    if any(tokens.dep[c] == "dative" for c in tokens.children[verb]):
        return extras, ""  # ("had given the police a record £1.64bn": the dative is whom)
    first = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj"
        and verb < c < skip.start
        and tokens.pos[c] in _NOUNS
        and tokens.start[c] != tokens.end[c - 1]  # (not the "m" of another "£2m")
    ]
    if not first or extras[0] != _noun_phrase(tokens, first[0], skip, False):
        return extras, ""
    return extras[1:], extras[0]


def _place_or_time(tokens: Tokens, verb: int, skip: range, amount: int | None) -> list[str]:
    """ "in May", "in Seville": where or when a level or a linked amount holds."""
    words = _verb_extras(tokens, verb, skip, amount, 1)
    return words if words[:1] and words[0].lower() in ("in", "on", "at", "for") else []


def _owner_lost_before_worth(tokens: Tokens, worth: int, inside: range) -> str | None:
    """ "ordered 24 jets worth $3.1bn", "seized cash and liquor worth Rs 1.2 crore": "worth"
    follows what it values, but the parser can hang "worth" on the clause's verb and the
    noun before it on "worth" (or on another object). The noun written right before
    "worth" is then what is worth the amount, done to by that verb ("Aerolineas Caribe
    ordered narrowbody jets"); None when the parse already hangs "worth" on a noun."""
    verb, noun = tokens.head[worth], worth - 1
    if (
        tokens.pos[verb] != "VERB"
        or tokens.pos[noun] != "NOUN"
        or noun in inside
        or not verb < noun
        or tokens.dep[noun] in ("dobj", "nsubj", "nsubjpass")
        or canonical_unit(tokens.text[noun]) is not None
        or tokens.ent[noun] in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
    ):
        return None
    skip = range(min(inside.start, worth), inside.stop)
    phrase = _noun_phrase(tokens, noun, skip, False)
    if not phrase:
        return None
    subject, passive = _subject_of(tokens, verb, skip)
    who = (
        _named(tokens, subject, skip)
        if subject is not None and tokens.pos[subject] in _NOUNS and not passive
        else ""
    )
    # "had thrown away stock": the verb with its particle
    done = [
        tokens.text[verb],
        *(tokens.text[c] for c in tokens.children[verb] if c == verb + 1 and tokens.tag[c] == "RP"),
    ]
    when = _when_of(tokens, [worth, *inside, verb], skip)  # "goods worth $2bn last year"
    # "the value of narrowbody jets Aerolineas Caribe ordered": the thing first, as the
    # value of it, then what its clause did with it (round 31)
    return _budget(["value of", phrase, *([who] if who else []), *done, *when])


def _value_before_worth(tokens: Tokens, inside: range) -> str:
    """ "12 kilos of shabu worth P81.6 million", "handbags worth £2.1m stashed in a
    lock-up", "The contract is worth $340 million": a sum written right after "worth" is
    the value of what "worth" follows (the noun written right before it, or the
    subject "is worth" is said of), however the parser hung the sum (round 31). Told as
    "value of <thing>", with the clause the thing stands in."""
    worth = inside.start - 1
    if worth < 1 or tokens.lemma[worth] != "worth" or not _written_as_a_sum(tokens, inside):
        return ""
    if tokens.dep[worth] == "acomp" and tokens.lemma[tokens.head[worth]] == "be":
        subject, _ = _subject_of(tokens, tokens.head[worth], inside)
        if subject is None or tokens.pos[subject] not in _NOUNS:
            return ""
        subject = _through_frames(tokens, subject)
        phrase = _noun_phrase(tokens, subject, inside, stop=tokens.head[worth])
        # "The win is worth £41,000 in prize money to the club": what the clause says
        # after the sum, two phrases at most
        told = [
            _extra_phrase(tokens, anchor, c, inside)
            for anchor in (worth, tokens.head[worth], *inside)
            for c in tokens.children[anchor]
            if c >= inside.stop and tokens.dep[c] == "prep"
        ]
        extras = [word for words in told[:2] for word in words]
        return _budget(["value of", phrase, *extras]) if phrase else ""
    noun = worth - 1
    if (
        tokens.pos[noun] not in _NOUNS
        or canonical_unit(tokens.text[noun]) is not None
        or tokens.ent[noun] in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
    ):
        return ""
    lost = _owner_lost_before_worth(tokens, worth, inside)
    if lost is not None:
        return lost
    skip = range(min(inside.start - 1, noun + 1), inside.stop)
    phrase = _noun_phrase(tokens, noun, skip, False)
    if not phrase:
        return ""
    anchor = noun
    of = tokens.head[noun]
    if tokens.dep[noun] == "pobj" and tokens.lower[of] == "of" and tokens.head[of] < of:
        anchor = tokens.head[of]  # "12 kilos of shabu": the clause the kilos stand in
    with_verb = _with_predicate(tokens, anchor, phrase, skip)
    if with_verb.startswith(phrase):
        rest = with_verb[len(phrase) :].split()
    elif with_verb.endswith(phrase):  # "The founders sold shares": the shares the founders sold
        rest = with_verb[: -len(phrase)].split()
    else:
        rest = []
    return _budget(["value of", phrase, *rest])


def _total_after_totalling(tokens: Tokens, inside: range) -> str:
    """ "traced 14 transfers totalling N1.85 billion", "debts amounting to £2.3m": an
    amount written right after a participle of adding up is the total of the noun written
    right before it, told with the clause that noun stands in ("total of transfers traced
    by his team"). "" when it does not apply."""
    word = inside.start - 1
    if word > 1 and tokens.lower[word] == "to":  # "amounting to"
        word -= 1
    if word < 1 or tokens.tag[word] != "VBG" or tokens.lemma[word] not in TOTALLING_LEMMAS:
        return ""
    noun = word - 1
    if (
        tokens.pos[noun] not in _NOUNS
        or canonical_unit(tokens.text[noun]) is not None
        or tokens.ent[noun] in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT")
    ):
        return ""
    skip = range(noun + 1, inside.stop)
    phrase = _noun_phrase(tokens, noun, skip, False)
    if not phrase:
        return ""
    with_verb = _with_predicate(tokens, noun, phrase, skip)
    rest = with_verb[len(phrase) :].split() if with_verb.startswith(phrase) else []
    told = {tokens.lower[word], tokens.lower[inside.start - 1]}  # ("totalling" said once)
    return _budget(["total of", phrase, *(w for w in rest if w.lower() not in told)])


def _size_of_the_noun(tokens: Tokens, unit: int, inside: range) -> str:
    """ "a 4.2km route", "a 40-hectare farm", "a 3.5-tonne truck": an amount in a unit of
    size set before a noun tells the noun's size ("length", "area", "weight"); "" for
    any other unit, or none."""
    found = canonical_unit(tokens.text[unit])
    if (
        found is None
        or unit not in inside
        or tokens.ent[unit] == "MONEY"
        # set before its noun after an article or a possessive ("the", "a", "its"), not
        # after "of" ("a depth of 2,700 metres show ...": a misparse, no modifier)
        or inside.start == 0
        or tokens.pos[inside.start - 1] not in ("DET", "PRON", "ADJ")
    ):
        return ""
    return _SIZE_DIMENSIONS.get(found[0], "")


_CONTACT_REACH = 3  # words from the pronoun to its verb ("it had forecast", "they had")


def _sum_as_subject(tokens: Tokens, start: int, end: int) -> str:
    """ "About £2.1m went on agency staff", "Some £45,000 came from a crowdfunding appeal",
    "Of that total, £340m related to failures in its controls": a sum that is its
    clause's subject is the money the clause tells of, with what the verb says after it
    ("money went on agency staff"). Only where nothing else read a measure; "" when the
    verb says nothing after it."""
    inside = tokens.between(start, end)
    if not len(inside) or not _written_as_a_sum(tokens, inside):
        return ""
    root = inside.stop - 1
    while tokens.head[root] in inside and tokens.head[root] != root:
        root = tokens.head[root]
    verb = tokens.head[root]
    if (
        verb <= root
        or tokens.pos[verb] != "VERB"
        # ("£340m related": the parser can read the sum's "m" as the verb's auxiliary)
        or tokens.dep[root] not in ("nsubj", "nsubjpass", "auxpass")
    ):
        return ""
    extras = _verb_extras(tokens, verb, inside, None, limit=2)
    if not extras or extras[0].lower() not in SUM_SUBJECT_PREPOSITIONS:
        return ""
    return _budget(["money", tokens.text[verb], *extras])


def _contact_clause_measure(tokens: Tokens, start: int, end: int) -> str:
    """ "down from the £27m it had forecast in August", "the N1,580 it traded at last
    week", "the £6m it had asked for": an amount followed by a clause with no relative
    word whose subject is a pronoun is what that clause did with it. The pronoun is left
    out, and the clause says it ("had forecast in August"); "" when the amount is not so
    followed. The parser reads these either as a relative clause on the amount or with
    the amount as a second subject of the clause's verb; both are taken."""
    found = _amount_root(tokens, start, end)
    if found is None:
        return ""
    _, inside = found
    pronoun = inside.stop
    if (
        pronoun >= len(tokens)
        or tokens.lower[pronoun] not in SUBJECT_PRONOUNS
        or tokens.dep[pronoun] != "nsubj"
    ):
        return ""
    verb = tokens.head[pronoun]
    if not 0 < verb - pronoun <= _CONTACT_REACH or tokens.pos[verb] != "VERB":
        return ""
    if tokens.lemma[verb] in SPEECH_LEMMAS and any(
        tokens.dep[c] == "ccomp" for c in tokens.children[verb]
    ):
        return ""  # "the £6m they said was needed": a report, not what was done with it
    tied = any(tokens.head[i] == verb for i in inside) or any(
        tokens.dep[c] == "relcl" and c == verb for i in inside for c in tokens.children[i]
    )
    if not tied:
        return ""
    aux = [tokens.text[i] for i in range(pronoun + 1, verb) if tokens.pos[i] in ("AUX", "PART")]
    if len(aux) != verb - pronoun - 1:
        return ""  # only auxiliaries between the pronoun and its verb
    skip = range(inside.start, verb + 1)
    stranded = [  # "it had asked for", "it traded at": a preposition left without object
        tokens.text[c]
        for c in tokens.children[verb]
        if tokens.dep[c] in ("prep", "prt")
        and c == verb + 1
        and not any(tokens.dep[g] == "pobj" for g in tokens.children[c])
    ]
    extras = (
        []
        if stranded and tokens.dep[verb + 1] == "prep"
        else _verb_extras(tokens, verb, skip, None, 2)
    )
    when = _when_of(tokens, [verb], skip)
    return _budget([*aux, tokens.text[verb], *stranded, *extras, *when])


def _glued_apposition(tokens: Tokens, head: int, noun: int, skip: range) -> bool:
    """Is the noun set "in apposition" to the word written right before its amount, with
    nothing but the amount between ("a record £18.5m penalty", "a further 300 jobs")? A
    true apposition is set off by a comma or a dash; this is the parser's misreading of a
    premodifier, and the noun stands where that word stands."""
    return (
        tokens.dep[noun] == "appos"
        and head < noun
        and tokens.pos[head] == "NOUN"
        and tokens.head[head] != head
        and head + 1 == skip.start
        and skip.stop == noun
    )


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
    elif _glued_apposition(tokens, verb, noun, skip):
        # "will pay a record £18.5m penalty": the parser read "record" as the object and
        # the counted noun as set beside it; with nothing between but the amount, the
        # noun stands where the word before it stands.
        verb, dep = tokens.head[verb], tokens.dep[verb]
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
            # "will lay off 620 employees", "shut down 14 stores": the verb keeps its
            # particle, which can turn its sense (round 33)
            particle = [tokens.text[c] for c in tokens.children[verb] if tokens.dep[c] == "prt"]
            done = [tokens.text[verb], *particle[:1]]
            return _budget([who, *aux, *governing, *done, phrase, *after])
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


def _verb_of_a_counted_subject(tokens: Tokens, root: int, inside: range) -> int | None:
    """The verb of a count that is its clause's subject ("of whom 37 died", "Of the roles
    affected, 600 are in Sweden"); None for a share ("of which 30% will be affordable" is
    read as a share of the whole) or an amount that is no subject."""
    verb = tokens.head[root]
    if (
        tokens.dep[root] not in ("nsubj", "nsubjpass")
        or verb == root
        or any(tokens.lower[i] in _PERCENT_WORDS for i in inside)
    ):
        return None
    return verb


def _part_of_whom(tokens: Tokens, root: int, inside: range) -> str:
    """ "The hospital treated 412 patients, of whom 37 died", "the waiting list rose to
    7.6 million, of whom 390,000 had been waiting for more than a year": a part told by
    "of whom" or "of which" is the subject of its clause, which says what it counts
    (round 40; it measured nothing and was dropped)."""
    verb = _verb_of_a_counted_subject(tokens, root, inside)
    if verb is None:
        return ""
    # ("of whom" hangs on the number or, as the parser mostly reads it, on the verb)
    told_of = any(
        tokens.lower[p] == "of"
        and p < root
        and any(tokens.lower[w] in ("whom", "which") for w in tokens.children[p])
        for p in (*tokens.children[root], *tokens.children[verb])
    )
    return _clause_measure(tokens, verb, inside, amount=root) if told_of else ""


def _part_of_a_fronted_whole(tokens: Tokens, root: int, inside: range) -> str:
    """ "Of the roles affected, 600 are in Sweden", "Of the 220 deaths linked to the
    heatwave, 160 were among people aged over 80", "Of those arrested, 14 have been
    charged": a part that is its clause's subject, with the whole fronted by "of", counts
    the whole's noun, told with what the clause says of the part ("roles affected in
    Sweden"). It measured nothing and was dropped (round 41)."""
    verb = _verb_of_a_counted_subject(tokens, root, inside)
    if verb is None:
        return ""
    of = next(
        (
            p
            for p in tokens.children[verb]
            if tokens.lower[p] == "of" and tokens.dep[p] == "prep" and p < root
        ),
        None,
    )
    wholes = [c for c in tokens.children[of] if tokens.dep[c] == "pobj"] if of is not None else []
    if not wholes or tokens.pos[wholes[0]] not in (*_NOUNS, "PRON"):
        return ""
    whole = wholes[0]
    if tokens.pos[whole] == "PRON":  # "those arrested": the pronoun and its clause
        last = max((c for c in tokens.children[whole] if c > whole), default=whole)
        phrase = " ".join(tokens.text[i] for i in range(whole, last + 1))
    else:
        phrase = _noun_phrase(tokens, whole, inside)
    done = [] if tokens.lemma[verb] in _COPULAS else [tokens.text[verb]]
    # ("11 were rated inadequate": what the part was found to be)
    done += [tokens.text[c] for c in tokens.children[verb] if tokens.dep[c] in ("acomp", "oprd")]
    return _budget([phrase, *done, *_verb_extras(tokens, verb, inside, root, limit=2)])


def _object_along_with(tokens: Tokens, root: int, inside: range) -> str:
    """ "Cocaine was found in a wardrobe, along with €46,000 in cash", "Police seized a
    handgun along with $8,500 in cash": a sum in cash told along with what the verb took
    is the cash the verb found or seized, not a number with no measure (round 40)."""
    with_ = tokens.head[root]
    if tokens.dep[root] != "pobj" or tokens.ent[root] != "MONEY" or tokens.lower[with_] != "with":
        return ""
    along = tokens.head[with_]
    if tokens.lower[along] not in ("along", "together") or along == with_:
        return ""
    verb = tokens.head[along]
    if tokens.pos[verb] != "VERB" or verb == along:
        return ""
    form = next(
        (
            tokens.lower[c]
            for p in tokens.children[root]
            if tokens.lower[p] == "in"
            for c in tokens.children[p]
            if tokens.dep[c] == "pobj" and _is_payment_form(tokens.lower[c])
        ),
        None,
    )
    # (Only then: the verb's other words are the first object's, "spend £2m on roads,
    # along with £500,000 for cycle lanes", and what "was found" is the thing before.)
    return f"{form} {tokens.text[verb]}" if form is not None else ""


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


def _described_by_a_participle(tokens: Tokens, verb: int, inside: range) -> str:
    """ "his legal costs, estimated at £1.1m", "lithium resources, estimated at 23 million
    tonnes", "jewellery valued at £85,000": a participle of estimating or valuing with no
    object of its own puts the amount on the noun it describes, the noun it hangs on or,
    when the parser hung it on the clause's verb, the noun right before its comma
    ("estimated legal costs", "value of jewellery"). "" when it does not apply."""
    if (
        tokens.tag[verb] != "VBN"
        or tokens.lemma[verb] not in ESTIMATE_AT_LEMMAS
        or any(tokens.dep[c] == "dobj" for c in tokens.children[verb])
    ):
        return ""
    noun = tokens.head[verb]
    if not (tokens.dep[verb] == "acl" and noun < verb and tokens.pos[noun] == "NOUN"):
        noun = verb - 2
        if (
            noun < 0
            or tokens.text[verb - 1] != ","
            or tokens.dep[verb] not in ("advcl", "acl", "conj")
        ):
            return ""
    if tokens.pos[noun] != "NOUN" or noun in inside or tokens.sent[noun] != tokens.sent[verb]:
        return ""
    phrase = _noun_phrase(tokens, noun, inside, False)
    preposition = tokens.head[noun]
    outer = tokens.head[preposition]
    if (
        tokens.dep[noun] == "pobj"
        and tokens.dep[preposition] == "prep"
        and outer < preposition < noun
        and tokens.pos[outer] == "NOUN"
        and tokens.sent[outer] == tokens.sent[noun]
    ):
        # "with damage to crops estimated at P3.8 billion", "the cut-off for medicine set
        # at 44 points": the participle says it of the noun the phrase hangs on, though
        # the parser hung it on the nearer one (round 31)
        phrase = _noun_phrase(tokens, outer, inside, stop=verb)
    if not phrase or _DIGIT.search(phrase):
        return ""
    kind = ESTIMATE_AT_LEMMAS[tokens.lemma[verb]]
    if kind:
        return _budget([kind, "of", phrase])
    return (
        _budget([tokens.text[verb].lower(), phrase]) if tokens.lemma[verb] == "estimate" else phrase
    )


def _estimated_at(tokens: Tokens, root: int, inside: range) -> str:
    """ "Officials put the death toll at 41", "Markets put the odds of another cut at 40
    per cent", "Engineers estimate the cost of the bridge at R480 million": an amount
    after "at" on a verb that puts a figure on its object is that object ("death toll",
    "odds of another cut"), not the words of the clause ("Markets put odds"). A possessive
    pronoun on the object is its doer's ("The bank set its key rate at 2.5%": "key rate
    of bank"). Not an object that is itself counted ("put 2,000 tickets on sale at
    £25") or an amount ("put £500 on the horse at 10-1"). "" when it does not apply."""
    at = tokens.head[root]
    if tokens.dep[root] != "pobj" or tokens.lower[at] != "at" or at == root:
        return ""
    verb = tokens.head[at]
    described = _described_by_a_participle(tokens, verb, inside)
    if described:
        return described
    if tokens.dep[verb] == "dobj" and tokens.pos[verb] == "NOUN" and verb < at:
        verb = tokens.head[verb]  # "estimate the cost of the bridge at": "at" on the object
    if verb == at or tokens.pos[verb] != "VERB" or tokens.lemma[verb] not in ESTIMATE_AT_LEMMAS:
        return ""
    objects = [
        c
        for c in tokens.children[verb]
        if tokens.dep[c] == "dobj" and c < at and tokens.pos[c] in ("NOUN", "PROPN")
    ]
    if (
        not objects
        or objects[0] in inside
        or tokens.ent[objects[0]] in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    ):
        return ""
    thing = objects[0]
    if any(tokens.dep[c] == "nummod" or tokens.pos[c] == "NUM" for c in tokens.children[thing]):
        return ""
    phrase = _noun_phrase(tokens, thing, inside)
    if not phrase or _DIGIT.search(phrase):
        return ""
    # "put the cost to traders at": whose cost (the parser may hang it on the verb)
    for c in sorted([*tokens.children[thing], *tokens.children[verb]]):
        pobjs = [o for o in tokens.children[c] if tokens.dep[o] == "pobj"]
        if (
            tokens.dep[c] in ("prep", "dative")
            and thing < c < at
            and pobjs
            and tokens.text[c] not in phrase.split()
        ):
            words = _noun_phrase(tokens, pobjs[0], inside, False)
            if words and not _DIGIT.search(words):
                phrase = _budget([phrase, tokens.text[c], words])
    owners = [
        c for c in tokens.children[thing] if tokens.dep[c] == "poss" and tokens.pos[c] == "PRON"
    ]
    if owners:
        subject, _ = _subject_of(tokens, verb, inside)
        if subject is None or tokens.pos[subject] not in _NOUNS or subject in inside:
            return ""
        kept = [w for w in phrase.split() if w.lower() != tokens.lower[owners[0]]]
        phrase = _budget([*kept, "of", _noun_phrase(tokens, subject, inside, False)])
    kind = ESTIMATE_AT_LEMMAS[tokens.lemma[verb]]
    if kind and phrase.split()[0].lower() != kind:
        # "a deal that values the club at R180m": the value of the club, in the deal
        subject, _ = _subject_of(tokens, verb, inside)
        within = (
            ["in", _noun_phrase(tokens, subject, inside, False)]
            if subject is not None
            and tokens.tag[subject] == "NN"  # (a deal, an offer; not "Shares ... valuing")
            and subject not in inside
            and not _is_person_noun(tokens.lemma[subject])  # (not "Analysts value")
            else []
        )
        phrase = _budget([kind, "of", phrase, *within])
    return phrase


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
    overrun = _over_the_budget(tokens, inside) or _exchange_rate(tokens, inside)
    if overrun:
        return overrun
    written_up = _noun_written_up(tokens, inside)
    if written_up:
        return written_up
    gapped = _gapped_change(tokens, inside) or _named_change_then_level(tokens, inside)
    if gapped:
        return gapped
    joined = _change_joined_to_its_level(tokens, root, inside)
    if joined:
        return joined
    listed = (
        _listed_object_measure(tokens, root, inside)
        or _object_along_with(tokens, root, inside)
        or _part_of_whom(tokens, root, inside)
        or _part_of_a_fronted_whole(tokens, root, inside)
    )
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
    aged = _age_measure(tokens, inside) or _age_of_a_thing(tokens, inside)
    if aged:
        return aged
    valued = _value_before_worth(tokens, inside) or _total_after_totalling(tokens, inside)
    if valued:
        return valued
    owned = _size_of_its_owner(tokens, root, inside)
    if owned:
        return owned
    innings = _all_out_total_or_target(tokens, root, inside)
    if innings:
        return innings
    estimated = _estimated_at(tokens, amount_noun, inside)
    if estimated:
        return estimated
    standing = _standing_in_a_poll(tokens, root, inside)
    if standing:
        return standing
    bare = _bare_share_as_subject(tokens, root, inside) or _bare_count_as_subject(
        tokens, root, inside
    )
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
                        if tokens.lower[objects[0]] in ("them", "those", "whom", "which")
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
            size = _size_of_the_noun(tokens, root, inside) if is_count else ""
            if size:
                # "The 4.2km route was drawn up by the NTA": the route's length, so told
                phrase = f"{size} of {_noun_phrase(tokens, head, inside)}"
                name = _appositive_of(tokens, head, inside)  # "The Orwell Bridge, a 60-metre span"
                if name:
                    return _budget([name + ",", phrase])
                told = _with_predicate(tokens, head, phrase, inside)
                if tokens.dep[head] not in ("nsubj", "nsubjpass") and phrase in told:
                    # "along a 1.8km stretch of Fraser Avenue", "will get a larger 240-litre
                    # bin for general waste": the size, with what is said after it
                    return told[told.index(phrase) :]
                return told
            if tokens.lemma[head] in _CHANGE_NOUN_WORDS:
                # "Pay will rise to $52,500, a 12% increase": a change named by a noun the
                # amount modifies, set beside a clause, is a change in its subject
                changed = _changed_by_clause(tokens, head, inside)
                if changed:
                    bare = _noun_phrase(tokens, head, inside, False)
                    told = _noun_phrase(tokens, head, inside)  # "increase on last year"
                    rest = told[len(bare) :].split() if told.startswith(bare) else []
                    return _budget([bare, "in", changed, *rest])
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
        lost = _owner_lost_before_worth(tokens, head, inside)
        if lost is not None:
            return lost
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
            partner = _object_joined_through_of(tokens, governor)
            if " " not in frame and partner is not None:
                # "had expected a gain of 10,000 jobs and a rate of 6.8 per cent": the
                # parser joins the second object to the first one's "of" phrase; it
                # shares the first object's verb
                return _with_predicate(tokens, partner, frame, inside)
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
    # ("a loss of 24 percent": a change named by its noun, not only by a verb's lemma)
    named_change = tokens.lemma[noun] in CHANGE_NOUNS or tokens.lemma[noun] in _CHANGE_NOUN_WORDS
    changed = _changed_by_clause(tokens, noun, skip) if named_change else ""
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


def _ages_told_by_a_noun(tokens: Tokens, word: int) -> bool:
    """Is `word` the noun that tells the numbers after it are ages: "age" after "in"
    ("ranged in age from 17 to 22") or "ages of" ("between the ages of 16 and 24")?"""
    if tokens.lower[word] == "age":
        return word > 0 and tokens.lower[word - 1] == "in"
    return tokens.lower[word] == "of" and word > 0 and tokens.lower[word - 1] == "ages"


def _age_of_a_thing(tokens: Tokens, inside: range) -> str:
    """Round 42: "a fossilised fish thought to be 300 million years old", "The oak, which
    is 800 years old,": the age of what the clause says is so old."""
    # (the unit may be read into the amount: "800 years" | "old")
    years = inside.stop - 1 if tokens.lemma[inside.stop - 1] == "year" else inside.stop
    old = years + 1
    if (
        old >= len(tokens)
        or tokens.lemma[years] != "year"
        or tokens.lower[old] != "old"
        or tokens.dep[old] != "acomp"
    ):
        return ""
    verb = tokens.head[old]
    subject, _ = _subject_of(tokens, verb, inside)
    if subject is None and tokens.dep[verb] == "xcomp":
        # "thought to be ... old": the one the participle's noun is
        verb = tokens.head[verb]
        if tokens.dep[verb] == "acl" and tokens.pos[tokens.head[verb]] in _NOUNS:
            subject = tokens.head[verb]
    if subject is not None and tokens.lower[subject] in ("which", "that", "who"):
        clause = tokens.head[subject]
        subject = tokens.head[clause] if tokens.dep[clause] == "relcl" else None
    if subject is None or tokens.pos[subject] not in _NOUNS:
        return ""
    if tokens.ent[subject] == "PERSON" or _is_person_noun(tokens.lemma[subject]):
        return "age"  # "Ann Lee, who is 52 years old,": a person's age, in passing
    return _budget([AGE_OF_A_THING, _noun_phrase(tokens, subject, inside, False)])


def _age_measure(tokens: Tokens, inside: range) -> str:
    """ "who has died aged 87", "died on Sunday, aged 82": an age at death, of whom."""
    before = inside.start - 1
    while before > 0 and inside.start - before <= 3 and tokens.lower[before] in _AGE_BRACKET:
        before -= 1  # "aged over 65", "aged between 18 and 24"
    if before < 0:
        return ""
    if _ages_told_by_a_noun(tokens, before):
        # "ranged in age from 17 to 22", "between the ages of 16 and 24": ages, of whom
        # the verb's subject
        verb = before
        for _ in range(3):
            if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
                break
            verb = tokens.head[verb]
        before = verb if tokens.pos[verb] in ("VERB", "AUX") else before
    elif tokens.lower[before] != "aged":
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
    # ("160 were among people aged over 80": a bracket of ages is no one's age at death)
    bracketed = before + 1 < inside.start
    what = "age at death" if died and not bracketed else "age"
    return f"{what} of {who}" if who else what


_CAPACITY_MODALS = frozenset({"can", "could"})


def _with_capacity(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "a ground that holds 12,000", "The arena seats 18,000", "The plant can make
    120,000 tonnes a year", "each train carries up to 872 passengers": what a place, a
    plant or a vehicle has room for or can do at most is its capacity, not "ground holds"
    (round 32a). A count a verb of room takes must be bare ("Labour holds 12 seats" is
    a count held); any other verb needs "can" or "up to"; sums, shares and spans stay."""
    if _is_money(figure) or figure.unit in ("percent", "fraction") or is_duration(figure.unit):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    last = inside.stop - 1
    unit = (
        last + 1
        if figure.unit and last + 1 < len(tokens) and tokens.head[last] == last + 1
        else last
    )
    verb = tokens.head[unit]
    if tokens.dep[unit] != "dobj" or tokens.pos[verb] != "VERB":
        return figure
    lemma = tokens.lemma[verb]
    if lemma not in CAPACITY_LEMMAS:
        return figure
    can = any(
        tokens.lower[c] in _CAPACITY_MODALS for c in tokens.children[verb] if tokens.dep[c] == "aux"
    )
    up_to = (
        inside.start >= 2
        and tokens.lower[inside.start - 2] == "up"
        and tokens.lower[inside.start - 1] == "to"
    )
    up_to = up_to or figure.text.lower().startswith("up to")
    bare = figure.unit is None and lemma in ROOM_FOR_LEMMAS
    if not (can or up_to or bare):
        return figure
    skip = range(inside.start, unit + 1)
    subject, passive = _subject_of(tokens, verb, skip)
    if subject is None or passive or tokens.pos[subject] == "PRON":
        return figure
    who = _noun_phrase(tokens, subject, skip, with_tail=False)
    if not who:
        return figure
    counted = figure.unit if figure.unit and canonical_unit(figure.unit) is None else ""
    measured = f"capacity of {who}" + (f" ({counted})" if counted else "")
    rate = unit + 2
    if (
        rate < len(tokens)
        and tokens.lower[unit + 1] in ("a", "an", "per", "each")
        and is_duration(tokens.lower[rate])
    ):
        measured = f"{measured} per {tokens.lower[rate]}"  # "can make 120,000 tonnes a year"
    return replace(figure, measures=measured)


# "£40,000 a week", "£250,000 per week": a sum told by the week.
# (also hyphened: "is paid £95,000-a-week", round 35)
_BY_THE_WEEK = re.compile(r"[\s-]+(?:a|per|each)[\s-]+week\b", re.IGNORECASE)


# Nouns of people a sum is paid for or to ("the midfielder", "winger Caio Neto").
_PEOPLE_NOUNS = PERSON_NOUNS | ROLE_NOUNS | DESCRIPTION_NOUNS | BARE_PERSON_NOUNS


def _a_person(tokens: Tokens, noun: int) -> bool:
    """A person named or told by a listed noun of people ("Caio Neto", "the midfielder";
    not "a new gritter", which the agent suffix would take), or a name after one
    ("midfielder Cian Doherty", whatever the recognizer calls the name)."""
    return (
        tokens.ent[noun] == "PERSON"
        or (tokens.pos[noun] == "NOUN" and tokens.lemma[noun] in _PEOPLE_NOUNS)
        or (tokens.pos[noun] == "PROPN" and _told_as_one(tokens, noun))
    )


def _named_by_an_age(tokens: Tokens, noun: int) -> str | None:
    """ "signed striker Dion Okoro - and the 23-year-old will pocket £18,000 a week": a
    person told only by their age stands for the person named last before (in the
    sentence or the one before); that name, or None (round 35)."""
    if tokens.lower[noun] != "old" or not any(
        tokens.lemma[c] == "year" and tokens.dep[c] == "npadvmod" for c in tokens.children[noun]
    ):
        return None
    first = tokens.sent_starts[max(0, tokens.sent[noun] - 1)]
    for index in range(noun - 1, first - 1, -1):
        entity = tokens.entity(index)
        if entity is not None and entity.label == "PERSON":
            return entity.text
    return None


def _told_as_one(tokens: Tokens, name: int) -> bool:
    """ "midfielder Cian Doherty": a name after a listed noun of people."""
    return any(
        tokens.dep[c] == "compound" and tokens.lemma[c] in _PEOPLE_NOUNS
        for c in tokens.children[name][:_NEAR]
    )


def _with_fee_or_wages(text: str, tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """A sum a person takes home by the week is their wages ("Kai Osei will pocket
    £40,000 a week", "the midfielder, who will earn £250,000 a week", "will pay him
    £180,000 a week"); a sum paid "for" or "on" a person, or that a person is sold or
    bought for, is the fee for them ("City paid £55m for the midfielder", "splashed £35m
    on winger Caio Neto", "sold Jamie Boyle to Celtic for €1.2m") (round 33). A prize
    stays a prize; a sum paid for a thing stays a payment. Reads the amount's verb and
    that verb's children only."""
    told = {w.casefold() for w in figure.measures.split()}
    if not _is_money(figure) or told & {"prize", "fee", "wages", "wage"}:
        return figure  # (already told: "fee for Penrose Ashdown from non-league Ebbsworth")
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    last = inside.stop - 1
    if tokens.dep[last] == "nummod" and tokens.dep[tokens.head[last]] == "dobj":
        last = tokens.head[last]  # ("paid a club-record £18,000": the parser's object)
    if (
        tokens.pos[tokens.head[last]] == "ADJ"
        and tokens.dep[tokens.head[last]] == "dobj"
        and tokens.head[last] < last
    ):  # ("is being paid a staggering £95,000-a-week": the adjective read as the object)
        last = tokens.head[last]
    verb, dep = tokens.head[last], tokens.dep[last]
    if tokens.pos[verb] != "VERB" and dep != "pobj":
        return figure
    if dep in ("dobj", "npadvmod") and _BY_THE_WEEK.match(text, figure.end):
        subject, passive = _subject_of(tokens, verb, inside)
        lemma = tokens.lemma[verb]
        aged = _named_by_an_age(tokens, subject) if subject is not None else None
        if (
            subject is not None
            and not passive
            and lemma in WAGE_TAKING_LEMMAS
            and (aged or _a_person(tokens, subject) or tokens.pos[subject] == "PROPN")
            and not any(  # ("collected £2 a week from colleagues", "£95 a week in benefits")
                tokens.dep[c] == "prep" and tokens.lower[c] in ("from", "in")
                for c in tokens.children[verb][:_NEAR]
            )
        ):
            who = aged or _noun_phrase(tokens, subject, inside, with_tail=False)
            return replace(figure, measures=_budget(["wages of", who]))
        if (
            subject is not None
            and passive
            and lemma == "pay"
            and (aged or _a_person(tokens, subject) or tokens.pos[subject] == "PROPN")
        ):  # "Marcus Lindgren is being paid £95,000 a week": the wages of the one paid
            who = aged or _noun_phrase(tokens, subject, inside, with_tail=False)
            return replace(figure, measures=_budget(["wages of", who]))
        paid = [
            c
            for c in tokens.children[verb][:_NEAR]
            if tokens.dep[c] in ("dative", "dobj") and c != last
        ]
        if lemma == "pay" and any(tokens.pos[c] == "PRON" or _a_person(tokens, c) for c in paid):
            payer = (
                _noun_phrase(tokens, subject, inside, with_tail=False)
                if subject is not None and not passive and tokens.pos[subject] != "PRON"
                else ""
            )
            return replace(figure, measures=_budget(["wages paid by", payer]) if payer else "wages")
        return figure
    if dep in ("dobj", "npadvmod") and tokens.lemma[verb] in FEE_PAYING_LEMMAS:
        for preposition in tokens.children[verb][:_NEAR]:
            if tokens.lower[preposition] not in ("for", "on") or preposition < last:
                continue
            person = [g for g in tokens.children[preposition][:_NEAR] if tokens.dep[g] == "pobj"][
                :1
            ]
            bare = bool(person) and tokens.ent[person[0]] == "PERSON"  # (a horse, maybe)
            if (
                person
                and _a_person(tokens, person[0])
                and (not bare or _told_as_one(tokens, person[0]))
            ):
                subject, passive = _subject_of(tokens, verb, inside)
                named = _noun_phrase(tokens, person[0], inside, with_tail=False)
                paid_by = (
                    ["paid by", _noun_phrase(tokens, subject, inside, with_tail=False)]
                    if subject is not None and not passive and tokens.pos[subject] != "PRON"
                    else []
                )
                return replace(figure, measures=_budget(["fee", *paid_by, "for", named]))
        return figure
    if dep == "pobj" and tokens.lower[verb] == "for":
        trade = tokens.head[verb]
        if tokens.pos[trade] != "VERB" or tokens.lemma[trade] not in PERSON_TRADING_LEMMAS:
            return figure
        sold = [c for c in tokens.children[trade][:_NEAR] if tokens.dep[c] == "dobj"][:1]
        # (a horse is bought and sold too, and the recognizer may call "Copper Lantern" a
        # person: a sale needs a noun of people, "sold midfielder Cian Doherty"; only a
        # signing takes a bare name)
        sold_as_one = bool(sold) and (
            tokens.lemma[trade] == "sign"
            or tokens.ent[sold[0]] != "PERSON"
            or _told_as_one(tokens, sold[0])
        )
        if sold and sold_as_one and _a_person(tokens, sold[0]):
            named = _noun_phrase(tokens, sold[0], inside, with_tail=False)
            return replace(figure, measures=_budget(["fee for", named]))
    return figure


def _an_index(tokens: Tokens, noun: int) -> bool:
    """ "The FTSE 100", "the S&P/TSX composite index", "the Nifty": a market index, by
    its written name or the word "index" (the noun and its own modifiers only)."""
    words = [noun, *(c for c in tokens.children[noun][:_NEAR] if c < noun)]
    return any(
        tokens.text[w] in MARKET_INDEX_NAMES or tokens.text[w] in MARKET_INDEX_TAILS for w in words
    ) or tokens.lemma[noun] in ("index", "indice")


def _with_index_level(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "The FTSE 100 fell 86 points, or 1.1%, to 7,902", "The TSX composite index closed
    up 212.6 points at 24,318.4": a bare number "to" or "at" which a market index moved
    is its level, its closing level when the verb ends the day ("closing level of FTSE
    100"), not "FTSE 100 closed down" (round 33). Reads the verb's subject only."""
    if figure.unit is not None or _is_money(figure):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    last = inside.stop - 1
    link = tokens.head[last]
    verb = tokens.head[link]
    if (
        tokens.dep[last] != "pobj"
        or tokens.lower[link] not in ("to", "at")
        or tokens.pos[verb] != "VERB"
        or link < verb
    ):
        return figure
    subject, passive = _subject_of(tokens, verb, inside)
    if subject is None or passive or not _an_index(tokens, subject):
        return figure
    who = _noun_phrase(tokens, subject, inside)
    closing = "closing level" if tokens.lemma[verb] in CLOSING_LEMMAS else "level"
    return replace(figure, measures=_budget([closing, "of", who]))


def _price_of_the_goods(tokens: Tokens, figure: FoundFigure, inside: range) -> str:
    """ "Lamb prices have hit a record $10.30 a kilogram", "Maize prices have dropped to
    Sh2,800 a 90-kilo bag", "Tomato prices in Lagos rose to N85,000 a basket": a sum told
    per a unit of goods whose clause's subject is "prices" of named goods is the price of
    those goods per the unit ("price of lamb per kilogram"), round 34a; the goods are
    the words the parser hangs before "prices". "" when the measure names them already
    or no goods are named ("Prices rose to £4 a kilo")."""
    if not _priced_by_its_unit(tokens, inside):
        return ""
    end = _past_the_rate_base(tokens, inside.stop)
    verb = inside.stop - 1
    for _ in range(3):  # the verb the sum hangs on, a few steps up at most
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    if tokens.pos[verb] not in ("VERB", "AUX"):
        return ""
    subject = next(
        (c for c in tokens.children[verb] if tokens.dep[c] in ("nsubj", "nsubjpass") and c < verb),
        None,
    )
    if subject is None or tokens.lemma[subject] != "price":
        return ""
    named = [
        c
        for c in tokens.children[subject]
        if c < subject
        and (
            tokens.dep[c] == "compound"  # ("Lamb" may come tagged an adjective)
            or (tokens.dep[c] in ("amod", "nmod") and tokens.pos[c] in _NOUNS)
        )
    ]
    if not named:
        return ""
    words = [
        tokens.lower[i]
        if tokens.pos[i] != "PROPN" or i == tokens.sent_starts[tokens.sent[i]]
        else tokens.text[i]
        for i in range(named[0], subject)
    ]
    if all(w.casefold() in figure.measures.casefold() for w in words):
        return ""  # ("Lamb prices per kilogram": the goods are told already)
    where = [
        w
        for c in tokens.children[subject]
        if c > subject and tokens.dep[c] == "prep" and tokens.lower[c] in ("in", "at")
        for w in _words_under(tokens, c, inside)
    ]
    base = "".join(
        (" " if i > inside.stop + 1 and tokens.start[i] > tokens.end[i - 1] else "")
        + tokens.text[i]
        for i in range(inside.stop + 1, end)
    )  # ("a 100kg bag": "100kg" as written)
    return _budget(["price of", *words, *where, "per", base])


def _with_price_by_unit(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "£172 a tonne", "42 cent a litre for October milk", "1,162 cents a kilogram": a
    sum told per a unit of goods whose measure names no price, cost or rate is a price
    ("price of May futures contract per tonne", "price Nore Valley Dairies will pay per
    litre"), round 33; "£30 a week" or "£86 per household" is no price."""
    if not (_is_money(figure) or figure.unit in ("pence", "cents")) or not figure.measures:
        return figure
    inside = tokens.between(figure.start, figure.end)
    goods = _price_of_the_goods(tokens, figure, inside) if len(inside) else ""
    if goods:
        return replace(figure, measures=goods)
    words = {w.strip(",.;:()'’").casefold() for w in figure.measures.split()}
    if words & PRICE_NAMING_WORDS:
        return figure
    if not len(inside) or not _priced_by_its_unit(tokens, inside):
        return figure
    base = _past_the_rate_base(tokens, inside.stop) - 1
    if tokens.lemma[base] == "share":
        return figure  # ("net income of $412m, or 88 cents a share": per share, no price)
    verb = inside.stop - 1
    for _ in range(3):  # the verb the sum hangs on, a few steps up at most
        if tokens.pos[verb] in ("VERB", "AUX") or tokens.head[verb] == verb:
            break
        verb = tokens.head[verb]
    told = tokens.pos[verb] in ("VERB", "AUX") and tokens.text[verb] in figure.measures.split()
    return replace(figure, measures=f"price {'' if told else 'of '}{figure.measures}")
