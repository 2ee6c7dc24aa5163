"""Finding the figures of a text: each number with its span, value, unit and measure,
ranges and shares joined, in the article's order. Pure.

`find_figures` is the one entry point (re-exported by the package). It asks
`news_value` which numbers are no figures of the story and `measures` what each
figure counts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefsmith.core.cleaning import picture_lines
from briefsmith.core.extraction.quotes import amounts_unquoted
from briefsmith.core.lexicon import (
    AUDIENCE_WORDS,
    BALLS_FACED_NOUNS,
    BREACH_NOUNS,
    CHANGE_NOUNS,
    DEPTH_STUFF_NOUNS,
    DIMENSION_WORDS,
    DOCUMENT_PART_NOUNS,
    DRILLED_HOLE_NOUNS,
    EARLIER_TIME_ADVERBS,
    FIELD_EVENT_NOUNS,
    FIELD_EVENT_VERBS,
    FUEL_GRADE_WORDS,
    GAP_WORDS,
    LOCATIVE_PREPOSITIONS,
    MATCH_DETAIL_NOUNS,
    METRE_SIZE_NOUNS,
    MILLIONS_DESCRIBED_NOUNS,
    NUMBER_NAME_SUFFIXES,
    PARENT_NOUNS,
    RISE_UP_VERBS,
    SCORE_TALLY_NOUNS,
    WATER_LEVEL_NOUNS,
)
from briefsmith.core.numbers import (
    SCALE_LETTERS,
    NumberMention,
    find_numbers,
    is_glued_stones,
)
from briefsmith.core.units import (
    canonical_unit,
    unit_name,
)

if TYPE_CHECKING:
    from briefsmith.core.analysis.index import Analysis
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.figures.changes import (
    _amount_before_restated,
    _bare_frame_compared,
    _change_of_a_misread_verb,
    _change_of_the_count_before,
    _change_told_after,
    _compared_with_before,
    _compared_with_the_count_before,
    _cost_said_of_that,
    _difference_from_the_amount_before,
    _extra_paid,
    _level_after_a_change_noun,
    _level_after_a_move,
    _level_after_a_points_move,
    _level_when_changed,
    _margin_measure,
    _more_of_the_one_before,
    _move_in_points,
    _move_restated_as_share,
    _price_after_a_move,
    _price_for_others,
    _price_of_a_misread_verb,
    _share_as_the_agent,
    _share_move_or_price,
    _share_of_a_whole_after_a_count,
    _span_against_the_one_before,
    _told_against,
    _with_listed_shares,
    _with_per_share,
    _with_rate_base,
    _with_rate_told_alongside,
)
from briefsmith.core.extraction.figures.clock_and_ages import (
    _counts_siblings_born_among,
    _duration_is_news,
    _is_a_bare_clock_time,
    _is_a_day_before_more_days,
    _is_a_deliberation,
    _is_a_horizon_or_a_career_span,
    _is_age_after_a_person_noun,
    _is_age_in_passing,
    _is_an_age_bound,
    _is_background_span,
    _is_career_record,
    _is_clock_or_code,
    _is_offset_after_a_date,
    _is_offset_of_a_clause,
    _is_tenure_or_review_point,
    _is_the_period_of_a_sum,
    _is_time_frame,
    _tells_a_return_period_or_a_lineage,
    counted_at_a_past_origin,
)
from briefsmith.core.extraction.figures.contests import (
    _closest_distance,
    _distance_travelled,
    _innings_total_before,
    _margin_ahead,
    _mark_won_with,
    _race_time_measure,
    _with_field_mark_of_a_doer,
    _with_gap_off_the_pace,
    _with_innings_measure,
    _with_margins_and_shooting,
    _with_race_distances,
    _with_tally_measure,
    _with_vote_measure,
)
from briefsmith.core.extraction.figures.measure_phrases import (
    _career_span,
    _counted_after_listed_modifiers,
    _cut_off_measure,
    _measure,
    _placed_measure,
    _population_measure,
    _sample_measure,
    _with_its_owner_named,
    _with_the_reporting_body_s_results,
    _with_the_stake_s_holder,
    _with_the_time_held_at,
    _with_what_lies_in_the_range,
)
from briefsmith.core.extraction.figures.measure_reading import (
    _an_owner_s_total,
    _bare_age_of_a_person,
    _budget,
    _count_eliding_the_noun_before,
    _count_sharing_the_noun_before,
    _duration_unit,
    _gapped_count,
    _gapped_holder,
    _listed_after,
    _named_before,
    _noun_set_off_before,
    _only_the_unit,
    _opening_age_of_a_person,
    _reading_of_a_thing,
    _recorded_before,
    _refers_back,
    _with_count_for_more,
    _with_count_for_them,
    _with_dimension_named,
    _with_every_base,
    _with_multiple_of,
    _with_partitive_qualifier,
    _with_speed_named,
    _with_temperature_named,
    _with_the_noun_before_a_participle,
    _words_under,
)
from briefsmith.core.extraction.figures.measures import (
    _beyond_the_unit,
    _contact_clause_measure,
    _duration_measure,
    _own_phrase_after,
    _parsed_measure,
    _part_measure,
    _sum_as_subject,
    _with_capacity,
    _with_fee_or_wages,
    _with_index_level,
    _with_price_by_unit,
)
from briefsmith.core.extraction.figures.news_value import (
    _counts_a_detail_of_a_thing,
    _counts_casualties,
    _deduplicate,
    _frames_a_window,
    _is_a_bar_each,
    _is_an_age_turned,
    _is_an_interval_level,
    _is_makeup_or_ranking_frame,
    _is_name_or_date,
    _is_outside_the_event,
    _is_small_count,
    _is_spoken_small_number,
    _is_told_how_often,
    _not_figure_spans,
    _says_how_far_behind_a_group_is,
    _told_as_a_past_habit,
)
from briefsmith.core.extraction.figures.number_names import (
    _counts_titles_held,
    _describes_a_body,
    _describes_a_home_s_rooms,
    _describes_a_household_s_size,
    _describes_a_vehicle_s_build,
    _ends_a_group_name_in_digits,
    _ends_a_list_of_labels,
    _ends_a_name_before_its_noun,
    _is_a_by_designation,
    _is_a_call_sign,
    _is_a_clipped_year,
    _is_a_component_spec,
    _is_a_glued_letter_code,
    _is_a_grade,
    _is_a_model_after_a_count,
    _is_a_product_s_number,
    _is_a_ratio,
    _is_a_shirt_number,
    _is_a_star_rating,
    _is_dialled,
    _is_house_number,
    _is_in_a_list_of_service_labels,
    _is_label,
    _is_restatement_or_designation,
    _is_the_number_as_subject,
    _is_wholly,
    _names_a_book_of_scripture,
    _names_a_code_an_event_or_a_list,
    _names_a_denomination,
    _names_a_kind,
    _names_a_numbered_stage,
    _names_a_provision_in_a_list,
    _names_a_ranked_group,
    _names_a_resolution,
    _names_a_road_race,
    _names_a_service,
    _names_an_average,
    _names_leading_group,
    _names_only_the_comparison,
    _names_the_noun_after,
    _numbers_an_area,
    _opens_a_name,
    _opens_a_name_with_a_span,
    _opens_a_work_s_title,
    _sizes_a_bench_or_a_shortlist,
    _sizes_a_venue,
    _tells_of_drilling,
    _wears_the_number,
    hazard_levels,
)
from briefsmith.core.extraction.figures.reading import (
    _BRACKET_CLOSES,
    _BRACKET_HEDGES,
    _DIGIT,
    _FIELD_MARK_OF_BEFORE,
    _FIXTURE_AFTER,
    _FRACTION_WORD,
    _FROM_BEFORE,
    _FROM_TO,
    _MARGIN_ADVERBS,
    _PER_SHARE,
    _RACE_TIME_BEFORE,
    _SKIP_WORDS,
    _WITHIN_BEFORE,
    FoundFigure,
    _is_money,
    _joined,
    _names_a_race,
    _placed_race_time,
    _same_sentence,
    _Spans,
    _subject_before,
)
from briefsmith.core.extraction.figures.results import (
    _golf_and_world_numbers,
    _is_a_side_s_strength,
    _is_a_total_after_an_ordinal,
    _is_goals_and_behinds,
    _is_the_rounds_of_a_standing,
    _is_the_run_of_a_named_step,
    _named_in_clause_before,
    _names_a_darts_bed,
    _names_a_speed_test,
    _scores,
    runs_of_results,
    scores_the_parse_tells,
)

_APPROXIMATORS = re.compile(
    r"(?<![\w’'-])(?:about|around|approximately|roughly|nearly|almost|some|over|"
    # "would allow no more than 9%": a cap, not "more than 9%"
    r"no more than|no fewer than|no less than|more than|"
    r"less than|fewer than|at least|at most|up to|as many as|as few as|an estimated|estimated|"
    r"only|just|exactly)\s+$",
    re.IGNORECASE,
)
# A price told per unit with a slash glued to it: "£395/t", "$2,480/feu", "38.5p/litre".
_PER_UNIT_GLUED = re.compile(r"(p?)/[A-Za-z]{1,6}(?![\w/])")
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$")
# A range's second end told with a scale word ("3 to 4 million"), not an abbreviation
# that may be a metre ("3-4m waves").
_SCALE_WORD_END = re.compile(r"[a-z]illion$|crores?$|lakhs?$", re.IGNORECASE)


def find_figures(text: str, analysis: Analysis | None = None) -> list[FoundFigure]:
    """The figures of `text`, in order. With `analysis` (the parse of this same text),
    what each figure measures comes from the parse."""
    # No parse at all (a text the edge did not parse, such as a hostile megabyte with no
    # paragraph it could take) reads like no analysis: the rules from the parse stand down.
    tokens = (
        analysis.tokens
        if analysis is not None and analysis.text == text and len(analysis.tokens)
        else None
    )
    skip = _Spans(_not_figure_spans(text))
    readable = amounts_unquoted(text)  # ("'£38million'": the words beside, not the marks)
    captions = _Spans(picture_lines(text))  # a caption's numbers are not the story's
    quoted = [(q.start, q.end) for q in analysis.quotes] if tokens is not None and analysis else []
    scores, spans = _scores(text, _Spans(quoted))
    quoted_spans = _Spans(quoted)
    numbers = find_numbers(text)
    # golf's "11 under" and "a 4-under 68", "the world No. 4" (round 27)
    golf, golf_spans = _golf_and_world_numbers(text, numbers, quoted_spans, _Spans(spans), tokens)
    scores += golf
    # "a Category 3 storm", "Signal No. 4", "Alert Level 2": a hazard's level (round 33e)
    hazards = hazard_levels(text, tokens, numbers, quoted_spans) if tokens is not None else []
    scores += hazards
    golf_spans += [(f.start, f.end) for f in hazards]
    if tokens is not None:  # "Carlisle thumped Morecambe 4-0", "The Eagles are 11-3"
        scores += scores_the_parse_tells(text, tokens, scores, quoted_spans)
    score_spans = _Spans(spans + golf_spans)
    shares = {  # "nine in 10", "one in five": both numbers make one share
        numbers[i + n].start
        for i in range(len(numbers) - 1)
        if _share_in(text, numbers[i], numbers, i) is not None
        # (not "reached 180 for 4 in 20 overs": the 4 closes a cricket total, round 26)
        and numbers[i].start not in score_spans
        for n in (0, 1)
    }
    converted = _conversions_of_spelled_amounts(text, numbers)
    match_details = (
        MATCH_DETAIL_NOUNS - DRILLED_HOLE_NOUNS
        if tokens is not None and _tells_of_drilling(tokens)
        else MATCH_DETAIL_NOUNS
    )
    mentions = [
        m
        for m in numbers
        if m.start in shares
        or (tokens is not None and _gapped_holder(text, m, plainly=True))
        or (tokens is not None and _one_casualty(text, tokens, m))
        or (
            not _is_name_or_date(text, m)
            and m.start not in skip
            and m.start not in captions
            and m.start not in score_spans
            and not _is_clock_or_code(text, m)
            and not (tokens is not None and _is_a_bare_clock_time(text, tokens, m))
            and not _is_the_run_of_a_named_step(text, m)
            and not _is_spoken_small_number(m, quoted_spans, text)
            and not _is_dialled(text, m)
            and not _PARENT_OF_BEFORE.search(text, max(0, m.start - 24), m.start)
            and not _is_age_after_a_person_noun(text, m)
            and not (tokens is not None and _is_an_age_bound(tokens, m))
            and not _is_an_age_turned(text, m)
            and not (_AGE_BOUND_AFTER.match(text, m.end) and not (m.currency or m.percent))
            and not _COHORT_AFTER.match(text, m.end)
            and not _is_restatement_or_designation(text, m)
            and not (tokens is not None and _is_label(tokens, m))
            and not (tokens is not None and _names_a_numbered_stage(tokens, m))
            and not (tokens is not None and _names_the_noun_after(tokens, m))
            and not (tokens is not None and _ends_a_list_of_labels(tokens, m))
            and not (tokens is not None and _is_in_a_list_of_service_labels(tokens, m))
            and not (tokens is not None and _names_a_service(tokens, m))
            and m.start not in converted
            and not _is_house_number(text, m)
            and not _is_a_clipped_year(text, m)
            and not _is_a_side_s_strength(text, m)
            and not _names_an_average(text, m)
            and not _is_a_by_designation(text, m)
            and not _is_a_shirt_number(text, m)
            and not (tokens is not None and _wears_the_number(tokens, m))
            and not _names_a_darts_bed(text, m)
            and not _NAME_SUFFIX_GLUED.match(text, m.end)
            and not _sizes_a_bench_or_a_shortlist(text, m)
            and not _is_a_star_rating(text, m)
            and not _names_a_provision_in_a_list(text, m)
            and not _is_a_component_spec(text, m)
            and not _is_a_model_after_a_count(text, m)
            and not _NUMBER_SIGN_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not _FUEL_GRADE_AFTER.match(text, m.end)
            and not _PLACE_REACHED_BEFORE.search(text, max(0, m.start - 14), m.start)
            and not _is_a_bar_each(text, m)
            and not _is_a_total_after_an_ordinal(text, m)
            and not _sizes_a_venue(text, m)
            and not _AVERAGE_AT_BEFORE.search(text, max(0, m.start - 40), m.start)
            and not _names_leading_group(text, m)
            and not _names_a_ranked_group(text, m)
            and not _is_a_call_sign(text, m)
            and not _is_a_glued_letter_code(text, m)
            and not _numbers_an_area(text, m)
            and not _is_a_day_before_more_days(text, m)
            and not _counts_siblings_born_among(text, m)
            and not _is_a_horizon_or_a_career_span(text, m)
            and not _is_a_grade(text, m)
            and not _names_a_speed_test(text, m)
            and not _counts_titles_held(text, m)
            and not _names_a_race(text, m)
            and not _is_a_ratio(text, m)
            and not _names_a_denomination(text, m)
            and not _is_wholly(text, m)
            and not _is_goals_and_behinds(text, m)
            and not _names_a_resolution(text, m)
            and not _names_a_road_race(text, m)
            and not _names_a_book_of_scripture(text, m)
            and not _describes_a_home_s_rooms(text, m)
            and not _describes_a_vehicle_s_build(text, m)
            and not _tells_a_return_period_or_a_lineage(text, m)
            and not _describes_a_household_s_size(text, m)
            and not (tokens is not None and _opens_a_name_with_a_span(text, tokens, m))
            and not (tokens is not None and _opens_a_work_s_title(tokens, m))
            and not (tokens is not None and _ends_a_group_name_in_digits(tokens, m))
            and not (tokens is not None and _opens_a_name(text, tokens, m))
            and not (tokens is not None and _ends_a_name_before_its_noun(tokens, m))
            and not (tokens is not None and _is_a_product_s_number(tokens, m))
            and not (tokens is not None and _is_the_rounds_of_a_standing(tokens, m))
            and not _names_a_code_an_event_or_a_list(text, m)
            and not (tokens is not None and _is_the_number_as_subject(text, tokens, m))
            and not (tokens is not None and _says_how_far_behind_a_group_is(tokens, m))
            and not (tokens is not None and _told_as_a_past_habit(text, tokens, m))
            and not (tokens is not None and counted_at_a_past_origin(tokens, m))
        )
    ]
    mentions = _with_compound_openers(text, numbers, mentions)
    # "their ninth straight victory", "in five straight games": a run of results (round 32)
    runs = runs_of_results(text, tokens, quoted_spans) if tokens is not None else []
    if runs:
        counted = {f.start for f in runs}
        mentions = [m for m in mentions if m.start not in counted]
    figures: list[FoundFigure] = list(scores) + _ordinal_figures(text, numbers, quoted_spans) + runs
    if tokens is not None:  # "won in 2:14:38": a race time measures who did what in it
        figures = [
            replace(f, measures=_race_time_measure(text, tokens, f) or f.measures)
            if f.unit == "seconds"
            else f
            for f in figures
        ]
        # "Vale posted 241 for six", "Lumb took five for 33": whose total or figures
        figures = [_with_innings_measure(tokens, f) for f in figures]
    pending_from: FoundFigure | None = None
    owns: dict[int, str] = {}  # a figure's start -> the phrase right after it ("on a Porsche")
    restated_moves: set[int] = set()  # "68.3 points, or 0.9%": shares told of the move before
    wholes: set[int] = set()  # "two of their 19 matches": the 19 is told with the two
    told_values: set[float] = set()  # the values of the numbers read so far
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        start, end = mention.start, mention.end
        if start in wholes:
            index += 1
            continue
        holder = _gapped_holder(text, mention) if tokens is not None else ""
        if holder and tokens is not None:  # "the Greens in four": the count before's noun
            gapped = _gapped_count(text, tokens, mention, holder, figures)
            if gapped is not None:
                figures.append(gapped)
            pending_from = None
            index += 1
            continue
        whole = _whole_after(text, mention, mentions, index)
        if (
            whole is not None
            and not _THE_WHOLE.search(text, mention.end, whole.start)
            # (a person's total told again, "38 growers ... 19 of his 38 members", is
            # told once)
            and not (_an_owner_s_total(text, mention, whole) and whole.value not in told_values)
        ):
            wholes.add(whole.start)  # "of the 312 scheduled sailings" is a total: kept
        told_values.add(mention.value)
        value, value_max = mention.value, None
        shared_percent = False
        metres_range, metres_max = False, 0.0
        if index + 1 < len(mentions):
            following = mentions[index + 1]
            # "between 30 and 45 per cent", "5-7%": one percent sign for both ends (not
            # "from 3 to 5%", a change told in two levels).
            shared_percent = (
                following.percent
                and not mention.percent
                and mention.currency is None
                and not _FROM_BEFORE.search(text, max(0, start - 6), start)
            )
            gap = text[end : following.start]
            cents_gap = _CENTS_AFTER.match(gap)  # "62 cents to 66 cents a share"
            if cents_gap is not None and _CENTS_AFTER.match(text, following.end):
                gap = gap[cents_gap.end() :]
            # "rose from £2.5m to £3m": an old level and a new one, not a range
            from_before = _FROM_BEFORE.search(text, max(0, start - 6), start)
            changed_from = (
                from_before is not None
                and tokens is not None
                and _changed_just_before(tokens, from_before.start())
            )
            # "£3-4bn", "€2-3 billion", "Rs 5 to 7 crore": one scale word for both ends
            # (round 22), when the first end has none and is below the second's number.
            shared_scale = (
                _RANGE_JOIN.match(gap) is not None
                and mention.value == mention.base
                and not mention.percent
                and following.value >= 1000 * following.base > 0
                and (mention.currency is None or following.currency in (None, mention.currency))
                and mention.base < following.base
                and (mention.currency is not None or _SCALE_WORD_END.search(following.text))
            )
            # "Waves of 3-4m", "a 2-3m wall": a glued "m" after a range of heights is
            # metres for both ends; "between 3 and 4m people", "2-3m units": millions for
            # both (round 23)
            glued_m = (
                _RANGE_JOIN.match(gap) is not None
                and mention.value == mention.base
                and not mention.percent
                and mention.currency is None
                and following.currency is None
                and following.text[-1:] == "m"
                and following.value != following.base
                and mention.base < following.base
            )
            if glued_m and (
                _is_glued_metres(text, tokens, replace(following, start=mention.start))
                or _is_a_height_of(text, tokens, mention)
            ):
                metres_range, metres_max = True, following.base
            elif glued_m:
                shared_scale = True
            if shared_scale:
                value = mention.base * following.value / following.base
            if (
                _RANGE_JOIN.match(gap)
                and not changed_from
                and following.value > value
                # "rose 3% to £612 million" is a change and a total, not a range; so is
                # "fell by 12,000 to 2.09 million", a level far above the change (but "to
                # drop by another 300 to 400" and "by 5 to 7%" are ranges of a change).
                and (following.percent == mention.percent or shared_percent)
                and (
                    shared_percent
                    or following.value <= 3 * value
                    or not (
                        _CHANGE_BY_BEFORE.search(text, max(0, start - 30), start)
                        or (tokens is not None and _changed_just_before(tokens, start))
                    )
                )
                and (following.currency is None or mention.currency in (None, following.currency))
                and (mention.currency is None or following.currency is not None or shared_scale)
            ):
                end, value_max = following.end, following.value
                index += 1
            else:
                shared_percent = False
        glued = _PER_UNIT_GLUED.match(text, end)
        if glued and (mention.currency or glued.group(1)):  # "£395/t", "38.5p/litre"
            end = glued.end()
        share = _share_in(text, mention, mentions, index)
        if share is not None:  # "nine in 10 applications", "one in five families"
            end, value = mentions[index + 1].end, share
            index += 1
        compound = _compound_duration(text, mention, mentions, index)
        opened = None if compound is not None else _compound_opened_by_an_article(text, mention)
        if opened is not None:  # "a year and eight months": twenty months, told from "a"
            start, value = opened
        approximator = _APPROXIMATORS.search(text[max(0, start - 20) : start])
        if approximator and not (
            tokens is not None and _rises_up_to(tokens, start - len(approximator.group()))
        ):
            start -= len(approximator.group())
        stones = is_glued_stones(mention)
        pounds = _GLUED_POUNDS.match(text, end) if stones else None
        if pounds is not None and int(pounds.group(1)) < 14:  # "10st 4lb": one weight
            end, value = pounds.end(), round(value + int(pounds.group(1)) / 14, 3)
            wholes.add(pounds.start(1))  # (the pounds are read with the stones)
        unit, measures = _measure(readable, mention.start, end)
        if stones:
            unit = "stones"
        modified = _counted_after_listed_modifiers(text, tokens, end) if tokens else None
        if modified is not None:  # "1,270 abandoned, injured or neglected dogs": the dogs
            unit, measures = modified
        runs_off_the_balls = _scored_off_the_balls(text, mention, end)
        if runs_off_the_balls:
            unit = "runs"  # "made 112 off 98 balls": the runs, not the balls they came off
        if compound is not None:  # "two years and eight months": one span, in months
            end, value, unit = compound
            index += 1
        if _is_age_in_passing(text, mention, unit, measures, tokens) or (
            tokens is not None
            and (
                _bare_age_of_a_person(text, tokens, mention, unit)
                or _opening_age_of_a_person(text, tokens, mention)
            )
        ):
            index += 1
            continue
        if mention.percent or share is not None or shared_percent:
            unit = "percent"
        elif mention.currency:
            unit = mention.currency
        elif _PENCE.match(text, mention.end):
            unit, measures = "pence", ""
        elif (
            canonical_unit(unit) is None
            and _FRACTION_WORD.search(mention.text)
            and mention.value < 1  # not "two and a half lengths": a whole and a half
        ):
            unit = "fraction"
        field_event = tokens is not None and _is_a_mark_in_a_field_event(tokens, mention)
        if (
            _is_field_mark(text, mention)
            or field_event
            or _is_glued_metres(text, tokens, mention)
            or _is_a_height_of(text, tokens, mention)
        ):
            # "cleared 1.94m", "The river rose 2m", "a 2m wall": metres, not millions
            value, unit = mention.base, "metres"
            if field_event and not measures and tokens is not None:
                measures = _mark_won_with(tokens, mention.start, end)  # "won with 86.44m"
        if metres_range:  # "Waves of 3-4m": both ends in metres
            value, value_max, unit = mention.base, metres_max, "metres"
        rate_points = None if mention.percent else _RATE_POINTS_AFTER.match(text, end)
        if rate_points is not None and not mention.currency:
            # "fell 0.6 percentage points", "by 25 basis points": a change of a rate, read
            # with its unit so the parse finds the rate that changed
            end, unit = rate_points.end(), f"{rate_points.group(1).lower()} points"
        if not measures and (
            mention.percent or shared_percent or mention.currency or unit in ("pence", "fraction")
        ):
            measures = _subject_before(text, start)
        cents = None if mention.currency or mention.percent else _CENTS_AFTER.match(text, end)
        if cents is not None:  # "or 88 cents a share": a sum, in the article's currency
            ahead = mentions[index + 1] if index + 1 < len(mentions) else None
            told_next = (  # "rose by 43c a litre to R22.15": the price after names it
                ahead.currency
                if ahead is not None and ahead.start - end < 30 and ahead.currency
                else None
            )
            end, unit = cents.end(), told_next or _currency_before(figures) or "USD"
            value, value_max = value / 100, (value_max / 100 if value_max is not None else None)
            restated = _OR_BEFORE.search(text, max(0, start - 6), start)
            if restated and figures and _is_money(figures[-1]):
                per_share = " per share" if _PER_SHARE.match(text, end) else ""
                measures = figures[-1].measures + per_share
            else:
                parsed = _parsed_measure(tokens, mention.start, end) if tokens is not None else ""
                measures = parsed or _subject_before(text, start)
                if not measures and tokens is not None:  # "12 cents above forecasts"
                    measures = _margin_measure(tokens, replace(mention, end=end))
            if measures:
                figures.append(
                    FoundFigure(text[start:end], start, end, value, value_max, unit, measures)
                )
            pending_from = None
            index += 1
            continue
        of_a_second = _OF_A_SECOND.match(text, end) if mention.value < 1 else None
        if of_a_second is not None and _FRACTION_WORD.search(mention.text):
            # "by three hundredths of a second", "a tenth of a second clear": a margin
            end = of_a_second.end()
            clause = _CLAUSE_AFTER.match(text, end)
            what = " ".join(clause.group(1).split()[:6]) if clause else ""
            told = _CLAUSE_BEFORE.search(text, max(0, start - 80), start)
            if told is not None and (not what or told.group(1).rstrip().endswith(" by")):
                # "beat Moor by two tenths of a second": who beat whom is told before it
                what = " ".join(told.group(1).split()[-8:])
            figures.append(
                FoundFigure(
                    text[start:end], start, end, value, None, "seconds", f"margin {what}".strip()
                )
            )
            pending_from = None
            index += 1
            continue
        race_time = _bare_race_time(text, mention, quoted_spans)
        if race_time is not None:  # "was second in 11.42"
            figures.append(
                FoundFigure(text[start:end], start, end, value, None, "seconds", race_time)
            )
            pending_from = None
            index += 1
            continue
        to_spare = None if mention.currency or mention.percent else _TO_SPARE_AFTER.match(text, end)
        if to_spare is not None and (
            _ALL_OUT_BEFORE.search(text, max(0, start - _ALL_OUT_REACH), start)
            or (tokens is not None and _joined_to_another_margin(tokens, mention))
        ):
            to_spare = None
        span_of_time = _duration_unit(text, mention, end if compound is None else mention.end)
        if span_of_time is not None:  # "for 18 months", "within 30 days": a span of time
            if not _duration_is_news(text, mention, span_of_time, quoted_spans):
                index += 1
                continue
            if compound is None:
                end, unit = span_of_time.end(), unit_name(span_of_time.group(1))
            if tokens is not None and (
                _career_span(tokens, mention.start, end)
                or _is_tenure_or_review_point(tokens, mention.start, end)
                or _is_offset_of_a_clause(tokens, mention.start, end)
                or _is_offset_after_a_date(tokens, start, end)
                or _is_a_deliberation(tokens, start, end)
                or _is_the_period_of_a_sum(tokens, start, end)
            ):
                index += 1
                continue
            # "won the 400m in 51.20 seconds": a race time, not a period something happened in
            raced = _RACE_TIME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            frame = "time" if raced and unit in ("seconds", "minutes") else ""
            parsed = (
                _duration_measure(tokens, start if opened else mention.start, end, frame)
                if tokens is not None
                else ""
            )
            parsed = (
                _span_against_the_one_before(text, start, end, mention, unit, figures) or parsed
            )
            if tokens is not None:  # "shaved 12 seconds off the Oceania record"
                parsed = _cut_off_measure(text, tokens, mention.start, end) or parsed
            if not parsed and tokens is not None:  # "for more than 48 hours": its clause
                in_clause = _beyond_the_unit(tokens, mention.start, end)
                parsed = in_clause if " " in in_clause else ""
            figure = FoundFigure(
                text[start:end], start, end, value, value_max, unit, parsed or unit or ""
            )
            figures.append(figure)
            pending_from = None
            index += 1
            continue
        if (
            _is_time_frame(unit)
            or _refers_back(text, start, mention, tokens)
            or _is_background_span(text, mention, unit)
            or _is_share_count(text, mention, end)
            or _describes_a_body(text, mention)
            or _names_a_kind(text, mention)
            or _is_an_interval_level(text, mention)
            or _is_told_how_often(text, mention)
            or _frames_a_window(text, mention)
            # "a 412-page report", "runs to 14 chapters": a document's length is no news;
            # "from 98 balls", "14 fours": the strokes of a match, not its result
            or (
                not mention.currency
                and not mention.percent
                and (unit or "").lower() in DOCUMENT_PART_NOUNS | match_details
                and to_spare is None
            )
            or (
                (
                    (
                        _is_small_count(mention, unit)
                        and not _GLUED_TALLY_AFTER.match(text, end)
                        # "Two of its older A320s were grounded": a part of what a body
                        # holds (round 17)
                        and not _OF_ITS_AFTER.match(text, end)
                        and not _GAP_AFTER.match(text, end)
                        # "two violations in a round", "two breaches of the rules" (round 27)
                        and not _BREACHES_AFTER.match(text, end)
                        # "won by two shots", "lost by two points": a margin (round 27)
                        and not (
                            _BY_BEFORE.search(text, max(0, start - 4), start)
                            and _TALLY_NOUN_AFTER.match(text, end)
                        )
                        # "two points above the relegation zone": a gap in a table
                        and not _TALLY_GAP_AFTER.match(text, end)
                        # "Eating two eggs a day": a dose or a rate, not a pair (round 29b)
                        and not _A_RATE_OF_THE_NOUN_AFTER.match(text, end)
                        # "within two points of the top"
                        and not _WITHIN_BEFORE.search(text, max(0, start - 12), start)
                    )
                    or (tokens is not None and _counts_a_detail_of_a_thing(tokens, mention, unit))
                )
                and whole is None
                and not (tokens is not None and _counts_casualties(tokens, mention))
                and to_spare is None
            )
        ):
            index += 1
            continue
        if tokens is not None and (
            _is_outside_the_event(tokens, text, mention, end, unit, quoted_spans)
            or _career_span(tokens, mention.start, end)
            or _is_career_record(tokens, mention)
            or _is_makeup_or_ranking_frame(tokens, mention)
        ):
            index += 1
            continue
        place = _PLACED_AFTER.match(text, end)
        if tokens is not None:
            parsed = (
                _parsed_measure(tokens, mention.start, end)
                or _contact_clause_measure(tokens, mention.start, end)
                or _sum_as_subject(tokens, mention.start, end)
            )
            if parsed == "age" or parsed.startswith("age of "):
                index += 1  # "joined the show aged 21": an age in passing
                continue
            if parsed:
                measures = parsed
            measures = _price_of_a_misread_verb(tokens, mention.start, end) or measures
            measures = _change_of_a_misread_verb(tokens, mention.start, end, measures) or measures
            if unit == "points":  # "closed down 68.3 points, or 0.9%": a move, not a tally
                measures = _move_in_points(text, tokens, mention.start, end) or measures
            if mention.currency:
                measures = _extra_paid(tokens, mention.start, end) or measures
            if whole is not None and _PART_OF.fullmatch(text, end, whole.start):
                measures = _part_measure(text, tokens, mention, whole) or measures
        against = _told_against(text, start, end, mention, figures)
        if against:
            measures = against
        measures = _bare_frame_compared(text, start, end, measures) or measures
        measures = _level_after_a_change_noun(text, start, end) or measures
        if tokens is not None:
            measures = _named_before(tokens, start, unit, measures, figures) or measures
            measures = _recorded_before(tokens, start, end, unit, figures) or measures
            measures = _compared_with_before(tokens, start, end, unit, figures) or measures
            measures = _change_of_the_count_before(text, start, figures) or measures
            measures = _change_told_after(text, start, measures, figures) or measures
            measures = _level_when_changed(text, start, measures, figures) or measures
            measures = _population_measure(tokens, mention.start, end) or measures
            sample = _sample_measure(tokens, mention.start, end)
            if sample is not None:  # "a trial of 2,410 adults": the study's sample
                unit, measures = sample
            measures = _compared_with_the_count_before(tokens, start, end, figures) or measures
            measures = _reading_of_a_thing(tokens, mention) or measures
            if _names_only_the_comparison(measures):
                measures = (
                    _difference_from_the_amount_before(tokens, start, end, figures) or measures
                )
            measures = _amount_before_restated(text, tokens, start, end, figures) or measures
            measures = _share_of_a_whole_after_a_count(tokens, start, end, figures) or measures
        if (
            figures
            and figures[-1].measures
            and _RESTATED_IN_BRACKETS.fullmatch(text, figures[-1].end, start)
            and _CLOSING_BRACKET.match(text, end)
        ):  # "One in five entries (20.6%) was awarded": the same share, said again
            measures = figures[-1].measures
        own = _own_phrase_after(tokens, mention.start, end) if tokens is not None else None
        if own is not None:
            owns[start] = own
            listed = _listed_after(text, start, own, figures, owns, unit)
            if listed is not None:  # "£72,000 on a Porsche" after "£310,000 on a farmhouse"
                shared, first = listed
                figures[-1] = replace(first, measures=_joined([shared, owns[first.start]]))
                measures = _joined([shared, own])
        if _UP_TO.match(text, start) and measures[:1].islower() and "maximum" not in measures:
            # "a fine of up to £1,000": the maximum fine (anyone caught faces)
            measures = f"maximum {measures}"
        dimension = canonical_unit(unit)
        if place is not None and dimension is not None and dimension[0] == "length":
            # "a town about 30 miles to the north", "tunnels some 200 km below the area"
            measures = _placed_measure(tokens, mention.start, place, measures)
        elif dimension is not None and dimension[0] == "length" and tokens is not None:
            # "will pass within 32,000km of Earth": how close something comes to a place
            measures = (
                _closest_distance(tokens, mention.start, end)
                or _distance_travelled(tokens, mention.start, end)
                or measures
            )
        figure = FoundFigure(text[start:end], start, end, value, value_max, unit, measures)
        # "cut the number of ships from 36 to 24": the old level measures what the new
        # level measures (and the other way round).
        if pending_from is not None and _FROM_TO.match(text, pending_from.end, start):
            if measures and not pending_from.measures:
                figures.append(replace(pending_from, measures=measures))
            elif pending_from.measures and (not measures or _DIGIT.search(measures)):
                # (a measure with the old level's digits in it is a misread of the parse)
                figure = replace(figure, measures=pending_from.measures)
            elif measures and _ENDS_IN_FROM.search(pending_from.measures):
                # "Rents rose from £900 to £1,150": the old level was read as the words
                # before it ("Rents rose from"); it measures what the new level measures.
                figures = [
                    replace(f, measures=measures) if f is pending_from else f for f in figures
                ]
        if (
            figures
            and "from" in figure.measures.split()
            and _BARE_FROM.fullmatch(text, figures[-1].end, start)
            and _TO_BEFORE.search(text, max(0, figures[-1].start - _TO_REACH), figures[-1].start)
            and figures[-1].measures
        ):
            # "fell to 14,600 megawatts from 16,900 megawatts": the level before measures
            # what the level after does, not "outages fell from megawatts" (round 17)
            figure = replace(figure, measures=figures[-1].measures)
        pending_from = figure if _FROM_BEFORE.search(text, max(0, start - 6), start) else None
        if not figure.measures and mention.percent:
            # "closed down 68.3 points, or 0.9%": the move again, as a share
            figure = replace(figure, measures=_move_restated_as_share(text, start, figures))
            if figure.measures:
                restated_moves.add(start)
        if not figure.measures and unit is None and tokens is not None:
            # "South Africa's first-innings 320": that side's total (round 29b)
            total = _innings_total_before(text, tokens, start, end)
            figure = replace(figure, measures=total, unit="runs") if total else figure
        if not figure.measures and not mention.currency and unit is None:
            # "closed up 1.2% at 39,104": the level the move left the index at
            figure = replace(figure, measures=_level_after_a_move(text, start, figures))
        if not mention.currency and unit is None and figure.measures in ("", "points"):
            # "gained 22 points to 8,412": the level the index reached, not "points"
            reached = _level_after_a_points_move(text, start, figures)
            figure = replace(figure, measures=reached) if reached else figure
        # "Entry is €10, or €5 for students": a second price for some payers (round 19)
        for_others = _price_for_others(text, start, end, figures) if mention.currency else ""
        if for_others:
            figure = replace(figure, measures=for_others)
        if figures and _MORE_OF_AN_AMOUNT_BEFORE.search(text, max(0, start - 16), start):
            # "pledged $20 million in aid and said a further $20 million could follow": more
            # of what the amount before measures, not "said a further" (round 19)
            further = _more_of_the_one_before(text, figure, figures)
            if further:
                figure = replace(figure, measures=further)
        if mention.percent and tokens is not None and figure.measures.startswith("share of"):
            # "Nausea was reported by 12% of patients on Zelvora": what the share did
            # (round 20)
            agent = _share_as_the_agent(tokens, start, end)
            if agent:
                figure = replace(figure, measures=f"{figure.measures} {agent}")
        if mention.currency:
            # "That is another £90 a month", "It is an extra £200 a year on our bills": a
            # sum said of "that" or "it" with nothing before it to restate (round 20)
            said_of = _cost_said_of_that(text, start, end, figure.measures)
            if said_of:
                figure = replace(figure, measures=said_of)
        if not figure.measures and tokens is not None and (mention.currency or mention.percent):
            figure = replace(figure, measures=_margin_measure(tokens, mention))
        if not figure.measures and tokens is not None and (mention.currency or mention.percent):
            figure = replace(figure, measures=_noun_set_off_before(tokens, start, end))
        if tokens is not None and unit is None and not (mention.currency or mention.percent):
            sharing = _count_sharing_the_noun_before(text, tokens, figure, figures)
            sharing = sharing or _count_eliding_the_noun_before(text, tokens, figure, figures)
            sharing = sharing or _bare_count_after_a_count(text, tokens, figure, figures)
            figure = figure if sharing is None else sharing
        if tokens is not None and _only_the_unit(figure.measures):
            figure = replace(
                figure, measures=_beyond_the_unit(tokens, mention.start, end) or figure.measures
            )
        if tokens is not None and figure.measures.lower() in _MARGIN_ADVERBS:
            # "Tax receipts came in £4bn ahead of forecasts": a margin, not "ahead"
            figure = replace(figure, measures=_margin_ahead(tokens, start, end) or figure.measures)
        if runs_off_the_balls and not figure.measures.endswith("all-out total"):
            # the parser read the balls as what the runs count (not "bundled out for 188 in
            # 46.3 overs", a side's all-out total read already, round 34a)
            figure = replace(figure, measures=_joined(["runs", _subject_before(text, start)]))
        # "Shares of SkyVahan closed 2.3 per cent lower at Rs 1,412" (the figure is kept as
        # it is when nothing changes: a level "from" is matched to it by identity)
        priced = _share_move_or_price(text, figure) if figure.measures else ""
        money = mention.currency or _is_money(figure) or figure.unit in ("pence", "cents")
        if money and not priced and "price" not in figure.measures.lower():
            # "closed down 6.2% at 184p": the price the shares were left at, when the
            # measure names no price and reads as none (round 28)
            left_at = _price_after_a_move(text, start, figures)
            if left_at:
                figure = replace(figure, measures=left_at)
                priced = _share_move_or_price(text, figure)
        if priced and pending_from is not figure:
            figure = replace(figure, measures=priced)
        if not mention.currency and not mention.percent:
            crowd = _crowd_watching(text, start, end)  # "won in front of 11,206 fans"
            crowd = crowd or _attendance_told(text, start, end)  # "51,700 watched at"
            if crowd and pending_from is not figure:
                figure = replace(figure, measures=crowd)
        if not figure.measures and not (mention.currency or mention.percent) and unit is None:
            # "Attendance was 168,000, including 41,500 on Sunday" (round 28)
            figure = replace(figure, measures=_part_included(text, start, end, figures))
        if not figure.measures and mention.currency:
            # "a €14.2m budget, including €1.1m for roads": a part of the sum before, told
            # with what it is for (round 32)
            figure = replace(figure, measures=_sum_included(text, figure, figures))
        if (
            not figure.measures
            and mention.currency
            and figures
            and _is_money(figures[-1])
            and figures[-1].measures
            and _OR_BEFORE.search(text, max(0, start - 6), start)
            and _PER_SHARE.match(text, end)
        ):
            # "agreed to buy Selkirk for $2.8 billion, or $46.50 a share", "net income of
            # $412 million, or $1.88 a share": the sum before, told per share (round 31;
            # a price in cents is read so above)
            figure = replace(figure, measures=f"{figures[-1].measures} per share")
        if to_spare is not None:  # "won with 11 balls to spare": the margin left over
            figure = replace(figure, measures=f"margin: {to_spare.group(1)} to spare")
        if figure.measures:  # a number that measures nothing we can name is not a figure
            figures.append(figure)
        index += 1
    figures.sort(key=lambda f: f.start)
    if tokens is not None:  # "98 points", "seven points from safety": whose tally or gap
        figures = [_with_tally_measure(tokens, f, quoted_spans) for f in figures]
        figures = [_with_vote_measure(tokens, f) for f in figures]
        figures = [_with_margins_and_shooting(tokens, f) for f in figures]  # "won by four lengths"
        figures = [_with_capacity(tokens, f) for f in figures]  # "a ground that holds 12,000"
        figures = [_with_fee_or_wages(text, tokens, f) for f in figures]  # "£40,000 a week"
        figures = [_with_index_level(tokens, f) for f in figures]  # "86 points to 7,902"
        figures = _with_listed_shares(text, tokens, figures)
        figures = _with_race_distances(text, numbers, figures)
        figures = [_with_field_mark_of_a_doer(text, tokens, f) for f in figures]
        figures = [_with_its_owner_named(tokens, f) for f in figures]
        figures = [_with_the_reporting_body_s_results(tokens, f) for f in figures]
        figures = [_with_the_stake_s_holder(tokens, f) for f in figures]
        figures = [_with_what_lies_in_the_range(tokens, f) for f in figures]
        figures = [_with_gap_off_the_pace(text, tokens, f) for f in figures]
    figures = [  # the share takes the move's final measure ("blue-chip index's points")
        replace(f, measures=figures[i - 1].measures) if f.start in restated_moves and i else f
        for i, f in enumerate(figures)
    ]
    figures = [_with_count_for_them(text, figures, i) for i in range(len(figures))]
    figures = [_with_count_for_more(text, figures, i) for i in range(len(figures))]
    for i in range(len(figures)):  # "14 medals, six of them gold": the part's own words
        figures = _with_partitive_qualifier(tokens, figures, i)
    figures = [  # "the 16,700 recorded a year earlier": what the count before counts
        _with_the_noun_before_a_participle(text, tokens, figures, i) for i in range(len(figures))
    ]
    for i in range(len(figures)):  # "three times the state average": against what
        figures[i] = _with_multiple_of(text, tokens, figures, i)
    figures = [_with_rate_told_alongside(text, figures, i) for i in range(len(figures))]
    figures = [_with_rate_base(text, _with_per_share(text, f)) for f in figures]
    if tokens is not None:  # "£172 a tonne": a price
        figures = [_with_price_by_unit(tokens, f) for f in figures]
    figures = [_with_every_base(text, f) for f in figures]
    figures = [_without_a_joined_sum(f) for f in figures]
    if tokens is not None:  # "paid £138m ... to 2,800 sub-postmasters": no "m"
        figures = [_without_another_sum_s_scale(tokens, f) for f in figures]
    figures = [_with_temperature_named(tokens, f) for f in figures]
    figures = [_with_speed_named(text, tokens, f) for f in figures]
    figures = [_with_dimension_named(text, tokens, f) for f in figures]
    figures = [_with_majority_named(text, f) for f in figures]
    figures = [_with_the_time_held_at(text, f) for f in figures]
    return _deduplicate(text, figures, quoted_spans)


def _with_majority_named(text: str, figure: FoundFigure) -> FoundFigure:
    """ "requires a two-thirds majority in both chambers": a fraction told of a vote is
    a majority, and the figure says so (round 29b); "two-thirds of voters" stays."""
    if figure.unit != "fraction":
        return figure
    majority = _MAJORITY_AFTER.match(text, figure.end)
    if majority is None:
        return figure
    end = majority.end()
    return replace(figure, text=text[figure.start : end], end=end)


# "pay £250 compensation to the victim and a £90 victim surcharge": the sum joined on
# after the amount's own words is another figure, not part of this one's measure.
_JOINED_SUM = re.compile(r"\s+(?:and|or|plus)\s+(?:an?\s+|the\s+)?[£$€]\s?\d.*$")


def _without_a_joined_sum(figure: FoundFigure) -> FoundFigure:
    measured = _JOINED_SUM.sub("", figure.measures)
    if measured == figure.measures or not measured.strip():
        return figure
    return replace(figure, measures=measured)


_DIGIT_OR_SIGN = re.compile(r"[\d£$€¥₦₹]")


def _without_another_sum_s_scale(tokens: Tokens, figure: FoundFigure) -> FoundFigure:
    """ "The Post Office has paid £138m in compensation to 2,800 sub-postmasters", "the
    buyer will pay £5.1m, more than twice the top estimate": the scale letter glued to
    another sum's digits (SCALE_LETTERS) is no word of this figure's measure ("Post
    Office paid to sub-postmasters", not "paid m"), when its sentence writes one so
    (round 36, helper M)."""
    words = figure.measures.split()
    if not any(w.casefold() in SCALE_LETTERS for w in words):
        return figure
    inside = tokens.between(figure.start, figure.end)
    if not len(inside):
        return figure
    sentence = tokens.sent[inside.start]
    first = tokens.sent_starts[sentence]
    last = (
        tokens.sent_starts[sentence + 1]
        if sentence + 1 < len(tokens.sent_starts)
        else len(tokens.text)
    )
    glued = {
        tokens.lower[i]
        for i in range(max(first, 1), last)
        if i not in inside
        and tokens.lower[i] in SCALE_LETTERS
        and tokens.pos[i - 1] == "NUM"
        and tokens.end[i - 1] == tokens.start[i]
        and tokens.ent[i - 1] == "MONEY"  # a sum's scale, not a height in metres ("1.96m")
    }
    # (not after a sum the measure writes out, "at cost of £ 140 m": that stays whole)
    kept = [
        w
        for i, w in enumerate(words)
        if w.casefold() not in glued or (i and _DIGIT_OR_SIGN.search(words[i - 1]))
    ]
    if kept == words or not kept:
        return figure
    return replace(figure, measures=" ".join(kept))


# A length placed against somewhere: a distance, a depth or a height; or a thing's size.
_PLACED_AFTER = re.compile(
    r"\s*(?:nautical\s+)?(?:[a-z]+\s+)?(?:to the\s+)?"
    r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west|from|away|off|"
    r"inland|offshore|below|beneath|under|above|"
    r"underground|deep|high|tall|long|across(?!\s+(?:the|a|an|its|their|his|her)\b)|wide)\b",
    re.IGNORECASE,
)


# "two of their 19 matches", "19 wins from 22 games": a part told with its whole; "four
# of their first six matches" (round 24) too.
_PART_OF = re.compile(
    r"\s+(?:of|from)\s+(?:the|their|its|his|her|our|every)?\s*(?:(?:first|opening)\s+)?"
    # "eight of the next 10 goals": a run's window, told only with its part (round 29b)
    r"|\s+of\s+(?:the|their|its|his|her|our)\s+next\s+"
)
# Round 28b: "Two of the board's five members", "four of the pound's six staff": a small
# whole in words told as an owner's frames its part (a total in digits, "900 of the
# society's 1,450 staff", is news the references keep).
_PART_OF_AN_OWNER_S = re.compile(r"\s+of\s+(?:the\s+)?[\w-]+['’]s\s+")
_PART_WITH_NOUN = re.compile(r"\s+[a-z]+\s+(?:of|from)\s+(?:the|their|its|his|her|our)?\s*")
_THE_WHOLE = re.compile(r"\bof\s+the\s+$")
_TALLY_FRAME = re.compile(
    r"\s+[a-z]+\s+from\s+(?:a\s+possible|(?:his|her|their|its|our)\s+(?:last|first))?\s*"
)


_OUT_OF_BETWEEN = re.compile(r"\s+out\s+of\s+")


# Round 28: ", including 41,500 on Sunday", ", including 80,000 on its busiest day": a
# bare count after "including", then the phrase that picks the part out.
_INCLUDING_BEFORE = re.compile(
    r"[^.;:!?]{1,60},\s+including\s+(?:(?:about|around|some|nearly|almost|more than|over|"
    r"just over|just under)\s+)?$",
    re.IGNORECASE,
)
_PICKED_OUT_AFTER = re.compile(
    r"\s+((?:" + "|".join(sorted(LOCATIVE_PREPOSITIONS)) + r")\s+[^,.;:!?()\"“”]{2,40}?)"
    r"\s*(?=[,.;:!?)]|$)",
    re.IGNORECASE,
)


def _part_included(text: str, start: int, end: int, figures: list[FoundFigure]) -> str:
    """ "Attendance for the week was 168,000, including 41,500 on Sunday": a bare count
    after "including" is the part of the count just before it (in the same sentence, with
    no unit of its own) that the phrase after it picks out ("Attendance for the week on
    Sunday"); "" otherwise."""
    if not figures or not figures[-1].measures:
        return ""
    before = figures[-1]
    if before.unit is not None and not (
        before.unit.isalpha() and before.unit.islower() and canonical_unit(before.unit) is None
    ):
        return ""  # a count of people or things before it, not a sum, a share or a length
    if start - before.end > 60 or not _INCLUDING_BEFORE.fullmatch(text, before.end, start):
        return ""
    picked = _PICKED_OUT_AFTER.match(text, end)
    if picked is None or len(picked.group(1).split()) > 6:
        return ""
    return f"{before.measures} {picked.group(1)}"


# "including €1.1m for roads", "including £900m on storm overflows", "including $30
# million in punitive damages": what a part of a sum is for, told right after it.
_PURPOSE_AFTER = re.compile(
    r"\s+((?:for|on|in|towards|to)\s+[^,.;:!?()\"“”]{2,40}?)\s*(?=[,.;:!?)]|$)", re.IGNORECASE
)


_SUM_INCLUDING_BEFORE = re.compile(
    r"[^.;:!?]{0,60}?,\s+including\s+(?:(?:about|around|some|nearly|almost|more than|over|"
    r"up to|just over|just under)\s+)?",
    re.IGNORECASE,
)


def _sum_included(text: str, figure: FoundFigure, figures: list[FoundFigure]) -> str:
    """ "Mayo County Council has approved a €14.2m budget, including €1.1m for roads": a
    sum after "including" is a part of the sum just before it (in the same currency, no
    bigger, in the same sentence) when what it is for follows it ("budget approved by
    Mayo County Council for roads"); "" otherwise."""
    if not figures or not figures[-1].measures or figures[-1].unit != figure.unit:
        return ""
    before = figures[-1]
    if before.value < figure.value or figure.start - before.end > 60:
        return ""
    if not _SUM_INCLUDING_BEFORE.fullmatch(text, before.end, figure.start):
        return ""
    purpose = _PURPOSE_AFTER.match(text, figure.end)
    if purpose is None or len(purpose.group(1).split()) > 6:
        return ""
    return f"{before.measures} {purpose.group(1)}"


def _whole_after(
    text: str, mention: NumberMention, mentions: list[NumberMention], index: int
) -> NumberMention | None:
    """The whole a count is a part of, told right after it: "just two of their 19
    matches", "19 wins from 22 league games". The part is the news; a record's whole
    ("their 19", "from 22") only frames it, a total ("41 of the 312 sailings") is kept."""
    if index + 1 >= len(mentions) or mention.percent or mention.currency:
        return None
    following = mentions[index + 1]
    if following.percent or following.currency:
        return None
    between = text[mention.end : following.start]
    if _TALLY_FRAME.fullmatch(between) and (
        "possible" in between or _FIXTURE_AFTER.match(text, following.end)
    ):  # "41 points from 18 games", "from a possible 18": any size (not "from 150 countries")
        return following
    if following.value < mention.value or (
        # "a hygiene rating of 5 out of 5", "scored 10 out of 10": a full mark's scale is
        # the whole, told with it (not "5 to 5", "1-1")
        following.value == mention.value and not _OUT_OF_BETWEEN.fullmatch(between)
    ):
        return None
    if not (
        _PART_OF.fullmatch(between)
        or (_PART_OF_AN_OWNER_S.fullmatch(between) and following.spelled and following.value <= 12)
        or _PART_WITH_NOUN.fullmatch(between)
        or _TALLY_FRAME.fullmatch(between)
    ):
        return None
    level_from = _BARE_FROM.fullmatch(between)
    noun = level_from.group(1) if level_from else None
    same_noun = bool(noun) and re.match(
        rf"\s+{noun}\b", text[following.end : following.end + 40], re.IGNORECASE
    )
    if (
        level_from
        and (
            not noun
            or canonical_unit(noun)
            or same_noun
            # "dropped to 184 students from 310 a decade ago": a level dated back
            or _DATED_BACK_AFTER.match(text, following.end, following.end + _DATED_BACK_REACH)
        )
        and _TO_BEFORE.search(text, max(0, mention.start - _TO_REACH), mention.start)
    ):
        # "fell to 1,960 from 2,210", "to 14,600 megawatts from 16,900": the level
        # before, no whole (round 17)
        return None
    return following


# Round 30: a time back told right after a number ("from 310 a decade ago", "from 58
# five years earlier", "from 1,240 in 2019"): the level held then, not a whole.
_DATED_BACK_AFTER = re.compile(
    r"\s+(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:"
    + "|".join(sorted(EARLIER_TIME_ADVERBS | {"before"}))
    + r")|in\s+(?:19|20)\d\d|(?:last|the\s+previous)\s+(?:week|month|year|season|term))\b",
    re.IGNORECASE,
)
_DATED_BACK_REACH = 40
_MAJORITY_AFTER = re.compile(r"[\s-]+(?:super-?)?majority\b", re.IGNORECASE)
_BARE_FROM = re.compile(r"\s+(?:([a-z]+)\s+)?from\s+")
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|just\s+)?$", re.IGNORECASE)
_TO_REACH = 16  # characters read back for that "to" (a bounded look: linear time)


_UP_TO = re.compile(r"(?:up to|as much as|at most)\s", re.IGNORECASE)
_CENTS_AFTER = re.compile(
    r"\s*(?:cents?|¢)(?!\w)"
    # "rose by 43c a litre", "fell 12c to $1.89": a glued lower-case "c" before a rate or a
    # new price is cents, not Celsius (round 22)
    r"|(?-i:c)(?=\s+(?:a|an|per)\s+(?:litre|liter|share|kwh|kilo|kg|unit|gallon|loaf)\b"
    r"|\s+(?:to|at)\s+(?:[$€£]|R\d|[ANS]\$|NZ\$|Sh\d|KSh))",
    re.IGNORECASE,
)
_OR_BEFORE = re.compile(r",?\s+or\s+$")


def _changed_just_before(tokens: Tokens, start: int) -> bool:
    """ "fell $12 to $236/t": the amount right after a verb of change is the change (and
    the one after "to" the level it reached), not one end of a range."""
    index = tokens.between(0, start).stop - 1
    if index >= 0 and tokens.pos[index] == "SYM":
        index -= 1
    if (
        index >= 0
        and tokens.dep[index] in ("prt", "advmod")
        and tokens.lower[index] in CHANGE_NOUNS
        and tokens.pos[tokens.head[index]] == "VERB"
    ):
        return True  # "will go up from £400 to £1,000", "came down from 31 to 24"
    return index >= 0 and tokens.pos[index] == "VERB" and tokens.lemma[index] in CHANGE_NOUNS


def _currency_before(figures: list[FoundFigure]) -> str | None:
    """The currency of the last sum before a sum in cents (dollars, euros)."""
    for figure in reversed(figures[-6:]):
        if _is_money(figure):
            return figure.unit
    return None


_HUNDREDTHS = re.compile(r"\d{1,3}\.\d{2}")
_NO_UNIT_AFTER = re.compile(r"(?:\s*[,.;)]|\s+(?:and|but|while|as|to|behind|ahead)\b|\s*$)")


def _bare_race_time(text: str, mention: NumberMention, quoted: _Spans) -> str | None:
    """ "Dunmore was second in 11.42": a race time told without its unit (not one quoted,
    nor a decimal with a unit or a multiplier after it), and what it measures (whose time
    in which place)."""
    if mention.currency or mention.percent or mention.start in quoted:
        return None
    if not _HUNDREDTHS.fullmatch(mention.text) or not _NO_UNIT_AFTER.match(text, mention.end):
        return None
    return _placed_race_time(text, mention.start)


_ENDS_IN_FROM = re.compile(r"\bfrom$", re.IGNORECASE)
_RESTATED_IN_BRACKETS = re.compile(r"(?:\s+[a-z]+){0,2}\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
# "fell by 410 to 2,385": the amount of a change, then the level it reached.
_CHANGE_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_IN_BETWEEN = re.compile(r"^\s+in\s+$")
# "10st 4lb": the pounds of a weight told in stones.
_GLUED_POUNDS = re.compile(r" (\d{1,2}) ?lbs?\b", re.IGNORECASE)
# The word right after a number, glued or not ("18 months", "10km"): read as a unit (in
# lower case: "One in three Year 9 students" names a school year).
_UNIT_WORD_AFTER = re.compile(r"\s?([a-z]+)\b(?!\s?\d)")


def _share_in(
    text: str, mention: NumberMention, mentions: list[NumberMention], index: int
) -> float | None:
    """ "nine in 10", "one in five": a share, in percent. (Not "lost 9st in 18 months"
    or "scored 2 in 8 minutes": a number with a glued letter after it is no count of a
    share, and a second number that a unit follows is the span or the size it was done
    in, round 31.)"""
    if index + 1 >= len(mentions) or mention.percent or mention.currency or mention.ordinal:
        return None
    following = mentions[index + 1]
    if not _IN_BETWEEN.match(text[mention.end : following.start]):
        return None
    unit_after = _UNIT_WORD_AFTER.match(text, following.end)
    if unit_after is not None and canonical_unit(unit_after.group(1)) is not None:
        return None
    if following.currency or following.percent or not 0 < mention.value < following.value <= 100:
        return None
    return round(mention.value / following.value * 100, 2)


# "two years and eight months", "41 minutes and 18 seconds", "1 minute 52 seconds", "5
# hours, 31 minutes" (round 27): one span of time, told in its smaller unit.
_COMPOUND_JOIN = re.compile(
    r"\s+(years?|months?|weeks?|days?|hours?|minutes?)(?:,?\s+and\s+|,?\s+)$", re.IGNORECASE
)
_COMPOUND_UNIT_AFTER = re.compile(
    r"\s+(months?|weeks?|days?|hours?|minutes?|seconds?)\b", re.IGNORECASE
)
_IN_SMALLER: dict[tuple[str, str], float] = {
    ("years", "months"): 12,
    ("weeks", "days"): 7,
    ("days", "hours"): 24,
    ("hours", "minutes"): 60,
    ("minutes", "seconds"): 60,
}


def _with_compound_openers(
    text: str, numbers: list[NumberMention], mentions: list[NumberMention]
) -> list[NumberMention]:
    """ "one hour and 45 minutes", "one year and eight months": a "one" (set aside as
    rarely a figure) that opens a span of two units with the kept number after it comes
    back, so the span is read whole (not "45 minutes" alone)."""
    kept = {m.start for m in mentions}
    openers = [
        numbers[i]
        for i in range(len(numbers) - 1)
        if numbers[i].start not in kept
        and numbers[i + 1].start in kept
        and numbers[i].text.lower() in _SKIP_WORDS
        and _compound_duration(text, numbers[i], numbers, i) is not None
    ]
    return sorted([*mentions, *openers], key=lambda m: m.start) if openers else mentions


# "a year and ", "an hour and ": one of the larger unit, told with an article
_ARTICLE_UNIT_AND_BEFORE = re.compile(
    r"\b(?:an?|one)\s+(years?|months?|weeks?|days?|hours?|minutes?)(?:,?\s+and\s+|\s+)$",
    re.IGNORECASE,
)


def _compound_opened_by_an_article(text: str, mention: NumberMention) -> tuple[int, float] | None:
    """ "a year and eight months", "an hour and 20 minutes": a span of two units whose
    larger part is "a" or "an": where it starts and its length in the smaller unit."""
    if mention.percent or mention.currency:
        return None
    opened = _ARTICLE_UNIT_AND_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    smaller = _COMPOUND_UNIT_AFTER.match(text, mention.end)
    if opened is None or smaller is None:
        return None
    ratio = _IN_SMALLER.get((unit_name(opened.group(1)), unit_name(smaller.group(1))))
    return None if ratio is None else (opened.start(), ratio + mention.value)


def _compound_duration(
    text: str, mention: NumberMention, mentions: list[NumberMention], index: int
) -> tuple[int, float, str] | None:
    """ "two years and eight months" (a sentence, a term), "41 minutes and 18 seconds":
    one span of time, its end, its length in the smaller unit and that unit."""
    if index + 1 >= len(mentions) or mention.percent or mention.currency:
        return None
    following = mentions[index + 1]
    between = text[mention.end : following.start]
    join = _COMPOUND_JOIN.match(between) if len(between) <= 16 else None
    if join is None:
        return None
    smaller = _COMPOUND_UNIT_AFTER.match(text, following.end)
    if smaller is None:
        return None
    larger_name, smaller_name = unit_name(join.group(1)), unit_name(smaller.group(1))
    ratio = _IN_SMALLER.get((larger_name, smaller_name))
    if ratio is None:
        return None
    return smaller.end(), mention.value * ratio + following.value, smaller_name


# --------------------------------------------------------------------------------------
# Numbers that are not figures: clock times, telephone numbers, seasons, scores

_PENCE = re.compile(r"p\b")
_OF_A_SECOND = re.compile(r"\s+of\s+a\s+second\b", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\s+([^,.;:!?\"“”]{1,80})")
_CLAUSE_BEFORE = re.compile(r"([^,.;:!?\"“”]{1,80})$")
# "10.30am", "6pm", "3 a.m.", "14:00", "09:14 UTC", "noon": a time of day.
# "one in five people is now 65 or older", "children aged 16 and under": an age that
# bounds a group is no figure of its own.
_AGE_BOUND_AFTER = re.compile(r"\s+(?:or|and)\s+(?:older|younger|over|under)\b", re.IGNORECASE)
# "applications from 18-year-olds": an age that names a cohort is no figure.
_COHORT_AFTER = re.compile(r"-year-olds\b", re.IGNORECASE)
# "ended on 276 for eight": the verb before "on" says the innings finished there.
_RATE_POINTS_AFTER = re.compile(r"\s+(percentage|basis)\s+points?\b", re.IGNORECASE)
# "two points behind Harlow": a gap, however small.
_GAP_AFTER = re.compile(r"\s+[a-z]+\s+(?:" + "|".join(sorted(GAP_WORDS)) + r")\b")
# "a two-point penalty", "a two-goal lead": a score noun glued to the number.
_GLUED_TALLY_AFTER = re.compile(
    r"-(" + "|".join(sorted(SCORE_TALLY_NOUNS)) + r")\b(?!-)", re.IGNORECASE
)


# "a mother of three", "the father-of-two": how many children describes a person.
_PARENT_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PARENT_NOUNS)) + r")s?[\s-]+of[\s-]+$", re.IGNORECASE
)


# "ranked 212th in the world", "to around 130th in the world rankings": a standing.
_RANK_BEFORE = re.compile(r"\branked\s+(?:(?:about|around|joint|only)\s+)?$", re.IGNORECASE)
_RANK_AFTER = re.compile(
    r"\s+in\s+the\s+(?:[A-Z]+\s+|world\s+)?(?:world|rankings?|standings|table)\b", re.IGNORECASE
)
# "ranked 14th on the party list", "placed third on the Labor ticket": a candidate's
# place on a list of names (round 31).
_LIST_PLACE_AFTER = re.compile(
    r"\s+on\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}(?:list|ballot|ticket|slate)\b",
    re.IGNORECASE,
)
_NAME_THEN_RANKED = re.compile(
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+ranked\s+(?:(?:about|around|joint|only)\s+)?$"
)
# "at least the 12th UK festival to be cancelled": the count of such cases so far.
_NTH_CASE_AFTER = re.compile(r"((?:\s+[\w’'-]+){1,3}?)\s+to\s+(?:be|have\s+been)\s+[a-z]+ed\b")
# "started 14th on the grid": a car's place at the start (not "the 11th car on the road").
_GRID_AFTER = re.compile(r"\s+on\s+the\s+(?:starting\s+)?grid\b", re.IGNORECASE)
# "two violations", "two code violations": a pair of breaches is the story (round 27)
_BREACHES_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(BREACH_NOUNS)) + r")\b", re.IGNORECASE
)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_TALLY_NOUN_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(SCORE_TALLY_NOUNS)) + r")s?\b", re.IGNORECASE
)
_TALLY_GAP_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(SCORE_TALLY_NOUNS)) + r")s?\s+(?:above|below|outside|off|inside)"
    r"\s+the\b(?!\s+(?:top|bottom)\b)",  # (not "above the bottom three", round 14)
    re.IGNORECASE,
)
_A_RATE_OF_THE_NOUN_AFTER = re.compile(
    r"\s+[a-z]+(?:\s+of\s+[a-z]+)?\s+(?:a|per|each)\s+(?:day|week)\b"
)
# "with six balls to spare", "qualified with two games to spare": what was left over when
# a side won or qualified is the margin of that result, however small (round 33e).
_NO_ONE_BEFORE = re.compile(r"\b(?:no|any|every|each|the|this|that|which)\s+$", re.IGNORECASE)
_ONE_OF_AFTER = re.compile(r"\s+(?:of|in|or|and|another)\b", re.IGNORECASE)


def _one_casualty(text: str, tokens: Tokens, mention: NumberMention) -> bool:
    """ "one child has died", "arrested one suspect", "One firefighter was injured": a
    single person a casualty or arrest verb acts on is counted news, as "two" is (round
    33e; "one" is otherwise read as no number: not "No one was injured", "one of the
    protesters", "One resident said")."""
    if mention.text.lower() != "one":
        return False
    if _NO_ONE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return False
    if _ONE_OF_AFTER.match(text, mention.end):
        return False
    number = tokens.at(mention.start)
    return (
        number >= 0
        and tokens.start[number] == mention.start
        and _counts_casualties(tokens, mention)
    )


# "95 unleaded petrol", "taking 93 octane inland to R22.40": a fuel's grade (round 33e)
_FUEL_GRADE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(FUEL_GRADE_WORDS)) + r")\b", re.IGNORECASE
)
_TO_SPARE_AFTER = re.compile(r"\s+([a-z]+)\s+to\s+spare\b")
# "were bowled out for 204 with 11 balls to spare": the balls a losing side left unused,
# no margin of a result.
_ALL_OUT_BEFORE = re.compile(r"\b(?:bowled\s+out|all\s+out)\b[^.;!?]*$", re.IGNORECASE)
_ALL_OUT_REACH = 50


# "; 9 have died", ", and by noon on Monday, 655 had voted": a clause of its own after a
# count, opened by a short phrase set off with a comma at most.
_OWN_CLAUSE_JOIN = re.compile(
    r"(?:,?\s+(?:but|and|while|whereas)|;)\s+(?:(?:[\w'’-]+\s+){0,2}|(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s+)$"
)
# Lemmas of a bare count's verb that say nothing of its own without an object or a state.
_EMPTY_VERB_LEMMAS = frozenset({"be", "have", "do"})
# How far back from a bare count its clause's join is looked for (a bounded window).
_OWN_CLAUSE_REACH = 80


def _bare_count_after_a_count(
    text: str, tokens: Tokens, figure: FoundFigure, figures: list[FoundFigure]
) -> FoundFigure | None:
    """ "27 people fell ill ...; 9 have died", "MPs need 117 signatures ...; by Tuesday
    evening, 141 had signed", "7.8 million South Africans live with HIV, and 5.9 million
    are on treatment": a bare count that is the subject of its own clause after a count in
    its sentence counts what that count counts, told with its clause's verb when the verb
    takes nothing, or with the plural name the count before counts (round 34; the wider
    reach of _count_sharing_the_noun_before). None when it does not apply."""
    if not figures or figure.measures or figure.unit:
        return None
    before = figures[-1]
    if (
        before.unit in ("them", "those", "percent", "fraction")
        or (before.unit and canonical_unit(before.unit) is not None)
        or _is_money(before)
        or not _same_sentence(text, before, figure)
        or not _OWN_CLAUSE_JOIN.search(
            text, max(before.end, figure.start - _OWN_CLAUSE_REACH), figure.start
        )
    ):
        return None
    inside = tokens.between(figure.start, figure.end)
    counted = tokens.between(before.start, before.end)
    if not len(inside) or not len(counted):
        return None
    number, mark = inside.stop - 1, counted.stop - 1
    verb = tokens.head[number]
    if (
        tokens.pos[number] != "NUM"
        or tokens.dep[number] not in ("nsubj", "nsubjpass")
        or tokens.pos[verb] not in ("VERB", "AUX")
        or not number < verb <= number + 4
        or any(tokens.dep[c] == "prep" and c > number and c < verb for c in tokens.children[number])
    ):
        return None
    noun = before.unit or ""
    if not noun:  # "7.8 million South Africans": the plural name the count before counts
        head = tokens.head[mark] if tokens.dep[mark] == "nummod" else -1
        if head < 0 or tokens.tag[head] not in ("NNS", "NNPS") or not mark < head <= mark + 3:
            return None
        noun = " ".join(tokens.text[mark + 1 : head + 1])
    states = [c for c in tokens.children[verb] if c > verb and tokens.dep[c] in ("acomp", "prep")]
    objects = [c for c in tokens.children[verb] if c > verb and tokens.dep[c] == "dobj"]
    if states or objects:
        told = _joined(
            [w for c in (states or objects)[:2] for w in _words_under(tokens, c, inside)]
        )
        if objects and tokens.lemma[verb] not in _EMPTY_VERB_LEMMAS:
            told = _joined([tokens.text[verb], told])
    elif tokens.lemma[verb] not in _EMPTY_VERB_LEMMAS and tokens.pos[verb] == "VERB":
        told = tokens.text[verb]  # "9 have died", "141 had signed"
    else:
        return None
    if not told:
        return None
    return replace(figure, unit=before.unit or None, measures=_budget([noun, told]))


def _joined_to_another_margin(tokens: Tokens, mention: NumberMention) -> bool:
    """ "with six wickets and 17 balls to spare": the balls are joined to the wickets, the
    margin a result is told by; the balls only add to it."""
    number = tokens.at(mention.start)
    if number < 0 or number + 1 >= len(tokens):
        return False
    return tokens.dep[number + 1] == "conj" and tokens.head[number + 1] < number


_THE_BEFORE = re.compile(
    r"(?:\b(?:at least|at most|only|about|around|some)\s+)?\bthe\s+$", re.IGNORECASE
)


def _ordinal_figures(text: str, numbers: list[NumberMention], quoted: _Spans) -> list[FoundFigure]:
    """Ordinals are names and sequence ("the 23rd minute", "the 3rd Battalion") except a
    standing ("ranked 212th in the world") and a count of cases so far ("at least the
    12th festival to be cancelled this year")."""
    found: list[FoundFigure] = []
    for mention in numbers:
        if not mention.ordinal or mention.spelled or mention.start in quoted:
            continue
        start = mention.start
        approximator = _APPROXIMATORS.search(text[max(0, start - 20) : start])
        if approximator:
            start -= len(approximator.group())
        before = text[max(0, start - 24) : start]
        ranked = _RANK_BEFORE.search(before)
        placed = _RANK_AFTER.match(text, mention.end)
        if ranked and not placed and _LIST_PLACE_AFTER.match(text, mention.end):
            continue  # "Ranked 14th on the party list": a place on a list, no standing
        if ranked or placed:
            kind = "world ranking" if placed and "world" in placed.group().lower() else "ranking"
            # "Isla Venables, ranked 212th": the name the standing is of.
            name = _NAME_THEN_RANKED.search(text, max(0, start - 60), start)
            measures = f"{kind} of {name.group(1)}" if name else kind
            found.append(
                FoundFigure(
                    text[start : mention.end],
                    start,
                    mention.end,
                    mention.value,
                    None,
                    "ranking",
                    measures,
                )
            )
            continue
        grid = _GRID_AFTER.match(text, mention.end)
        if grid is not None:  # "climbed from 11th on the grid" (round 27)
            who = _named_in_clause_before(text, start)
            found.append(
                FoundFigure(
                    text[start : mention.end],
                    start,
                    mention.end,
                    mention.value,
                    None,
                    "grid position",
                    "starting grid position" + (f": {who}" if who else ""),
                )
            )
            continue
        case = _NTH_CASE_AFTER.match(text, mention.end)
        the = _THE_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        if case is not None and the is not None:
            words = case.group(1).split()
            found.append(
                FoundFigure(
                    text[the.start() : mention.end],
                    the.start(),
                    mention.end,
                    mention.value,
                    None,
                    unit_name(words[-1]),
                    " ".join(words) + text[case.end(1) : case.end()],
                )
            )
    return found


_CENTIMETRE_MARK = re.compile(r"\d{1,3}\.\d{2}m")
_FIELD_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(FIELD_EVENT_VERBS)) + r")\s+(?:(?:a|an|just|only)\s+)?$",
    re.IGNORECASE,
)


def _is_field_mark(text: str, mention: NumberMention) -> bool:
    """ "Lal cleared 1.94m", "threw 61.35m": a height or a distance in metres, the "m"
    glued to the number after a field event's verb."""
    if mention.currency or mention.text[-1:] != "m" or mention.base == mention.value:
        return False
    return (
        _FIELD_VERB_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
        # "a throw of 62.87m", "a leap of 6.71m": a mark to the centimetre ("a jump of
        # 1.5m passengers" is millions)
        or (
            _CENTIMETRE_MARK.fullmatch(mention.text) is not None
            and _FIELD_MARK_OF_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            is not None
        )
    )


_FIELD_EVENT_WINDOW = 30  # tokens before a mark that may name its field event


def _is_a_mark_in_a_field_event(tokens: Tokens, mention: NumberMention) -> bool:
    """ "Javelin thrower Kiran Bhatia won gold with 86.44m ... beating her own national
    record by 1.2m": a glued "m" with no currency and no noun after it, after a field
    event or one who competes in it in the same sentence (a bounded window of tokens
    back), is metres to a mark, not millions (round 31)."""
    if mention.currency or mention.percent or mention.text[-1:] != "m":
        return False
    if mention.base == mention.value or not 0 < mention.base <= 100:
        return False
    inside = tokens.between(mention.start, mention.end)
    if not len(inside):
        return False
    after = inside.stop
    if after < len(tokens) and tokens.pos[after] in ("NOUN", "PROPN"):
        return False  # "1.2m spectators", "2.1m viewers": millions of them
    sentence = tokens.sent[inside.start]
    return any(
        tokens.sent[i] == sentence and tokens.lemma[i] in FIELD_EVENT_NOUNS
        for i in range(max(0, inside.start - _FIELD_EVENT_WINDOW), inside.start)
    )


# "Waves of 4m", "swells of up to 5m", "snow drifts of 2-3m": a glued "m" told of a noun
# of water, of a depth of stuff or of a size ("of" between them) is metres (round 23; "a
# population of 4m" stays millions).
_OF_BEFORE_AMOUNT = re.compile(
    r"\b([A-Za-z]+)\s+of\s+(?:(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|"
    r"between)\s+)?$",
    re.IGNORECASE,
)


def _is_a_height_of(text: str, tokens: Tokens | None, mention: NumberMention) -> bool:
    """ "Waves of 4m battered the coast", "Waves of 3-4m" (the range's first end, the "m"
    glued to the second): a noun of water, of a depth of stuff or of a size before "of"
    tells a height or a depth in metres, when no counted noun follows the "m"; so does
    such a noun right after it ("4m waves", "2-3m swells": not "2m flood victims") and
    "as high as" before it ("waves as high as 9m")."""
    if tokens is None or mention.currency or mention.percent:
        return False
    glued = _GLUED_M_AHEAD.match(text, mention.start)
    if glued is None:
        return False
    after = tokens.at(glued.end())
    told_after = 0 <= after < len(tokens.lower) and tokens.start[after] >= glued.end()
    if (
        told_after
        and tokens.pos[after] == "NOUN"
        and tokens.dep[after] != "compound"
        and tokens.lemma[after] in WATER_LEVEL_NOUNS | METRE_SIZE_NOUNS
    ):
        return True
    if _AS_HIGH_AS_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True
    of = _OF_BEFORE_AMOUNT.search(text, max(0, mention.start - 40), mention.start)
    if of is None:
        return False
    noun = tokens.at(of.start(1))
    if noun < 0 or tokens.start[noun] != of.start(1) or tokens.pos[noun] != "NOUN":
        return False
    if tokens.lemma[noun] not in WATER_LEVEL_NOUNS | DEPTH_STUFF_NOUNS | METRE_SIZE_NOUNS:
        return False
    return not (told_after and tokens.tag[after] in ("NNS", "NNPS"))


_AS_HIGH_AS_BEFORE = re.compile(
    r"\bas\s+(?:" + "|".join(sorted(DIMENSION_WORDS)) + r")\s+as\s+$", re.IGNORECASE
)


# The number (or a range of two) and the glued "m" that ends it: "4m", "3-4m", "3 to 4m".
_GLUED_M_AHEAD = re.compile(
    r"\d+(?:\.\d+)?(?:\s?(?:-|–|to|and)\s?\d+(?:\.\d+)?)?m\b\s*", re.IGNORECASE
)


# "2m deep", "a 1.8m-high fence", "1.2m higher than forecast": a glued "m" before a
# word of a dimension is metres (round 20).
_DIMENSION_AFTER = re.compile(
    r"\s*-?\s*(?:" + "|".join(sorted(DIMENSION_WORDS)) + r")(?:er|r)?\b", re.IGNORECASE
)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _is_glued_metres(text: str, tokens: Tokens | None, mention: NumberMention) -> bool:
    """ "The snow was 2m deep", "a 2m wall", "The river rose 2m overnight": a glued "m"
    with no currency is metres when a dimension follows, when "a" makes it describe a
    thing ("a 5m landslip"; not a change, "a 2m increase in visitors"), or when water
    rises or falls by it; "2m people", "sold 1.6m units" stay millions (round 20)."""
    if mention.currency or mention.text[-1:] != "m" or mention.base == mention.value:
        return False
    dimension = _DIMENSION_AFTER.match(text, mention.end)
    if dimension is not None and not dimension.group().rstrip().endswith("er"):
        return True
    if tokens is None:
        return False
    if dimension is not None:  # "1.2m higher": of water ("The tide was"), not "Turnout"
        sentence = tokens.sent[tokens.at(mention.start)]
        return any(
            tokens.sent[i] == sentence
            and tokens.dep[i] in ("nsubj", "nsubjpass")
            and tokens.lemma[i] in WATER_LEVEL_NOUNS
            for i in range(len(tokens.lower))
        )
    after = tokens.at(mention.start)
    while after < len(tokens.lower) and tokens.start[after] < mention.end:
        after += 1
    if (  # "It was 2m of water in the kitchen", "1.5m of snow": a depth of that stuff
        after + 1 < len(tokens.lower)
        and tokens.lower[after] == "of"
        and tokens.tag[after + 1] == "NN"
        and tokens.dep[after + 1] != "compound"  # (not "2m of sand sales": a count)
        and tokens.lemma[after + 1] in WATER_LEVEL_NOUNS | DEPTH_STUFF_NOUNS
    ):
        return True
    glued = after - 1  # the "m" (or the number, when read as one token)
    head = tokens.head[glued]
    if _A_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return (
            head >= after
            and tokens.tag[head] not in ("NNS", "NNPS")
            and tokens.lemma[head] not in CHANGE_NOUNS
            and tokens.lemma[head] not in CHANGE_NOUNS.values()
            and tokens.lemma[head] not in MILLIONS_DESCRIBED_NOUNS
        )
    if after < len(tokens.lower) and tokens.pos[after] in ("NOUN", "PROPN"):
        return False  # "rose 2m visitors"
    verb = head
    if tokens.dep[glued] == "pobj" and tokens.lower[verb] == "by":
        verb = tokens.head[verb]
    if tokens.lemma[verb] not in CHANGE_NOUNS and tokens.lemma[verb] != "reach":
        return False
    return any(
        tokens.dep[c] == "nsubj"
        and (tokens.lemma[c] in WATER_LEVEL_NOUNS or _is_a_size_of_water(tokens, c))
        for c in tokens.children[verb]
    )


def _is_a_size_of_water(tokens: Tokens, noun: int) -> bool:
    """ "The height of the waves reached 12m" (round 24): a size whose "of" tells water or
    a heap of stuff (not "The height of the debt reached 12m", millions)."""
    if tokens.lemma[noun] not in METRE_SIZE_NOUNS:
        return False
    return any(
        tokens.lower[p] == "of"
        and any(
            tokens.dep[o] == "pobj" and tokens.lemma[o] in WATER_LEVEL_NOUNS | DEPTH_STUFF_NOUNS
            for o in tokens.children[p]
        )
        for p in tokens.children[noun]
    )


# "lived at No 14", "wears the No. 9 shirt": a number sign names a house, a shirt or a
# seat; "the world No 4" ranks a player and stays.
_NUMBER_SIGN_BEFORE = re.compile(r"(?<![Ww]orld )(?<![\w.])(?:No|Op)\.?\s?$")  # "No 14", "Op. 28"
# "entered the chart at number 14", "climbed to number three": a place in a chart or a
# list reached, not a count ("world number 6", a ranking, is kept).
_PLACE_REACHED_BEFORE = re.compile(r"\b(?:at|to)\s+number\s+$", re.IGNORECASE)


# "the 49ers beat the Rams", "the Philadelphia 76ers": digits glued to a suffix that makes
# a team's name of them, not a count
_NAME_SUFFIX_GLUED = re.compile(r"(?:" + "|".join(sorted(NUMBER_NAME_SUFFIXES)) + r")\b")


# "two of its stores", "two of its older jets": a part of what a body holds (not "two of
# their neighbours", colour)
_OF_ITS_AFTER = re.compile(r"\s+of\s+its\s")


# "112 off 98 balls", "187 in 52.3 overs": runs, then the balls or overs they took
_OFF_THE_BALLS_AFTER = re.compile(r"\s+(?:off|from|in)\s+\d+(?:\.\d)?\s+([a-z]+)\b")


def _scored_off_the_balls(text: str, mention: NumberMention, end: int) -> bool:
    """ "Smith made 112 off 98 balls", "bowled out for 187 in 52.3 overs": a bare number
    told with the balls or overs it came from is a score in runs (the parser may hang
    both numbers on the balls)."""
    if mention.currency or mention.percent or mention.spelled or end != mention.end:
        return False
    detail = _OFF_THE_BALLS_AFTER.match(text, end)
    return detail is not None and detail.group(1) in BALLS_FACED_NOUNS


# "three miles (", "two kilometres (about ": a spelled amount with its unit, then a bracket.
_UNIT_WORDS_THEN_BRACKET = re.compile(
    r"(?P<words>(?:[\s-]+[A-Za-z°][A-Za-z°.]*){1,3})\s*\((?:" + _BRACKET_HEDGES + r")?"
)


def _conversions_of_spelled_amounts(text: str, numbers: list[NumberMention]) -> set[int]:
    """The starts of amounts that restate, in brackets, a spelled amount told in a unit
    just before ("about three miles (5km)", "two miles (3.2km)"); not a part of
    a count ("nine ferries (4 for export)": ferries are no unit)."""
    starts = set()
    for before, after in pairwise(numbers):
        if not before.spelled or before.currency or before.percent:
            continue
        gap = _UNIT_WORDS_THEN_BRACKET.fullmatch(text, before.end, after.start)
        if gap is None or not _BRACKET_CLOSES.match(text, after.end):
            continue
        if any(canonical_unit(word) is not None for word in gap.group("words").split()):
            starts.add(after.start)
    return starts


_MORE_OF_AN_AMOUNT_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+(?:extra|additional|further))\s+$"
)


# "27 wickets at 19.4", "612 runs at an average of 51": the average the tally came at, a
# statistic of a career or a season; "lost three wickets at 150": the total on the way.
_AVERAGE_AT_BEFORE = re.compile(
    r"\b(?:wickets|runs)\s+at\s+(?:an\s+average\s+of\s+)?$", re.IGNORECASE
)
_SHARE_COUNT = re.compile(r"\s*(?:shares?|comments?|likes?|views?)\s*$", re.IGNORECASE)


def _is_share_count(text: str, mention: NumberMention, end: int) -> bool:
    """ "2.4k shares", "347 comments": a page's share row, not the story."""
    rest = text[end : end + 40].split("\n", 1)[0]
    before = text[max(0, mention.start - 40) : mention.start]
    starts_a_line = mention.start < 40 or "\n" in before  # a short line of its own
    return bool(_SHARE_COUNT.match(rest)) and starts_a_line


def _rises_up_to(tokens: Tokens, position: int) -> bool:
    """ "will go up to 6.8p", "fares went up to £4.20": "up" belongs to a verb of rising,
    and "to" brings the level reached, not a maximum ("up to £5,000")."""
    found = tokens.between(position, position + 2)
    if not len(found) or tokens.lower[found.start] != "up":
        return False
    up = found.start
    head = tokens.head[up]
    return (tokens.dep[up] in ("prt", "advmod") and tokens.pos[head] == "VERB") or (
        up > 0 and tokens.lemma[up - 1] in RISE_UP_VERBS
    )


# "in front of 11,206", "before a sell-out crowd of 4,310": those who watched, right
# before a count (round 27). ("watched by 6.3 million people" is an audience, no crowd.)
_WATCHED_BEFORE = re.compile(
    r"\b(?:in\s+front\s+of|before)\s+"
    r"(?:(?:a|an)\s+((?:[\w-]+\s+){0,2})crowd\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
# what follows the count: who watched ("fans"), and where ("at Brindle Park")
_WATCHERS_AFTER = re.compile(
    r"(?:\s+(?!at\b|in\b|on\b)([a-z]+))?"
    r"(?:\s+(at|in|on)\s+(?:the\s+)?([A-Z][\w'’-]*"
    r"(?:\s+(?:(?:do|da|de|del|des|di|of|la|le|van|von)\s+)?[A-Z][\w'’-]*){0,3}"
    r"|(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+)?(?=[.,;:!?]|\s+(?:and|but|as)\b)))?"
)
_WATCH_REACH = 60  # characters back from a count to the words before it


# Round 32a: a count that watched or attended at a place, or that an event drew ("A record
# 51,700 watched at the Aviva", "was watched by 51,700 at the Aviva", "A crowd of 68,412
# attended", "The county final drew 9,412 to a ground"): the attendance. Bounded looks.
_HEDGE = r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?"
_ATTENDED_BY_BEFORE = re.compile(
    r"\b(?:(watched|attended)\s+by|(drew|draws|drawing|attracted)(?:\s+a\s+crowd\s+of)?|"
    r"(crowd)\s+of)\s+" + _HEDGE + r"$",
    re.IGNORECASE,
)
_ATTENDED_AFTER = re.compile(
    r"\s+(?:(?:fans|supporters|spectators|people)\s+)?(attended|watched|turned\s+(?:out|up))\b",
    re.IGNORECASE,
)
_AT_A_PLACE = re.compile(
    r"(?:\s+[a-z]+){0,4}?\s+(?:at|to)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"|(?:a|an)\s+[a-z-]+|(?<=the\s)[a-z-]+)"
)
_ATTENDANCE_REACH = 40  # characters back from the count to "watched by", "drew"
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[,.;:!?]|$|(?:at|over|in|on|across|during)\b)")


def _attendance_told(text: str, start: int, end: int) -> str:
    """ "A record 51,700 watched at the Aviva", "watched by 51,700 at the Aviva": a count
    that watched at a place (not "watched by 6.3 million" on television), attended, or that
    a match drew to a ground is the attendance there; "" when it does not apply."""
    before = _ATTENDED_BY_BEFORE.search(text, max(0, start - _ATTENDANCE_REACH), start)
    after = _ATTENDED_AFTER.match(text, end)
    place = _AT_A_PLACE.match(text, after.end() if after else end)
    named = place.group(1) if place and not place.group(1).startswith(("a ", "an ")) else ""
    crowd = bool(before and before.group(3))
    if before is not None and not crowd:
        watched = bool(before.group(1)) and before.group(1).lower() == "watched"
        if (watched or before.group(2)) and place is None:
            return ""  # "watched by 6.3 million viewers", "drew 9,000 applications"
    elif after is not None:
        if after.group(1).lower() == "watched" and place is None:
            return ""  # "1.2 million watched the final on BBC One"
    else:
        return ""
    if after is not None and not _NO_OBJECT_AFTER.match(text, after.end()):
        return ""  # "40,000 fans attended the parade in Cork": the clause says it
    if crowd and (after is None or after.group(1).lower() == "watched"):
        return ""  # "a crowd of 4,310" alone, or watching, is read as the crowd
    told = "crowd attendance" if crowd else "attendance"
    return f"{told} at {named}" if named else told


def _crowd_watching(text: str, start: int, end: int) -> str:
    """ "Rovers beat Hallowfield 2-1 in front of 11,206 fans at Brindle Park", "sealed the
    title in front of 38,450 at Fenwick Road", "won before a crowd of 4,310": a count
    watching, after "in front of" or "before", is the crowd (at the place named right
    after: "on a council pitch"), not "front" nor the clause. A count after "before" or "in front
    of" must name watchers or a place ("before 2030" is no crowd). "" when it does not
    apply (round 27)."""
    before = _WATCHED_BEFORE.search(text, max(0, start - _WATCH_REACH), start)
    if before is None:
        return ""
    after = _WATCHERS_AFTER.match(text, end)
    watchers = after.group(1) if after else None
    place = f"{after.group(2)} {after.group(3)}" if after and after.group(3) else None
    crowd_told = "crowd" in before.group().lower()
    if watchers is not None and watchers not in AUDIENCE_WORDS:
        if not crowd_told:
            return ""
        place = None  # "before a crowd of 4,310 at ..." read on: keep it plain
    if not crowd_told and watchers is None and place is None:
        return ""
    kind = " ".join((before.group(1) or "").split())  # "a sell-out crowd of"
    crowd = f"{kind} crowd" if kind else "crowd"
    return f"{crowd} {place}" if place else crowd
