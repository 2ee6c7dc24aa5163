"""The outlook: the sentences about what happens next (plans, deadlines, forecasts,
hearings, votes), or nothing. Pure.

A sentence looks ahead when its verb does (future tense, modals, "expected to", "plans
to", a date to come), and is no outlook when it tells testimony, a habit, a general
truth, a product's claims or a step already taken.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from briefsmith.core.datelines import LEAD_DATELINE
from briefsmith.core.lexicon import (
    AFTERMATH_WORDS,
    ASKING_LEMMAS,
    BROADCAST_NOUNS,
    COMMENT_LEMMAS,
    COMMITMENT_LEMMAS,
    DATE_NOUNS,
    DEPENDENCE_LEMMAS,
    FORWARD_TIME_WORDS,
    GOING_FAR_WORDS,
    HABIT_ADVERBS,
    INDEFINITE_ARTICLES,
    INTENT_LEMMAS,
    JEOPARDY_NOUNS,
    NEGATIONS,
    PENALTY_LEMMAS,
    PREDICTION_LEMMAS,
    PROCEEDING_NOUNS,
    PROSPECT_NOUNS,
    QUESTION_NOUNS,
    RECURRING_DETERMINERS,
    SPEECH_LEMMAS,
    STOCK_PLEDGE_LEMMAS,
    UNDONE_LEMMAS,
    UNDONE_MARKERS,
    UNDONE_PHRASALS,
    WARNING_LEMMAS,
)
from briefsmith.core.segments import Segment, sentences
from briefsmith.core.units import canonical_unit

if TYPE_CHECKING:
    from briefsmith.core.analysis.index import Analysis
    from briefsmith.core.analysis.tokens import Tokens

from briefsmith.core.extraction.summary.clause_times import _Clauses
from briefsmith.core.extraction.summary.lead import (
    _QUOTE_OPENERS,
    _SENTENCE_MAX_CHARS,
    _is_story_sentence,
)
from briefsmith.core.extraction.summary.outlook_common import (
    _AGENT_BONUS,
    _ASKS,
    _BACKGROUND_PENALTY,
    _CALENDAR,
    _CLOCK,
    _CONDITIONAL,
    _CONTENT,
    _ENDS_A_SENTENCE,
    _FIRM_EXTRA_SENTENCES,
    _FUTURE,
    _LEAD_OUTLOOK_SCORE,
    _LEAD_PARSED_SCORE,
    _LEAD_PLAIN_SCORE,
    _LEAD_STEP_SCORE,
    _MAX_CLIMB,
    _MIN_SCORE,
    _MODAL_TENSES,
    _MORE_FIRM_SCORE,
    _MORE_SCORE,
    _NEAR,
    _NONE,
    _OBJECTS,
    _OBLIGATION,
    _ONGOING,
    _OPENING_SCORE,
    _OUTLOOK_MIN_WORDS,
    _OUTLOOK_SENTENCES,
    _PARSED_OUTLOOK_SENTENCES,
    _PAST,
    _PAST_PLAN,
    _PENDING,
    _POSSIBLE,
    _PRESENT,
    _REPORTED_PLAN_SCORE,
    _RESTATED_MIN_WORDS,
    _RESTATED_SHARE,
    _SCORE,
    _SUBJECTS,
    _THIRD_OUTLOOK_SCORE,
    _TIME_BONUS,
    _TIME_ENTITIES,
    _WARNED_SCORE,
    _inside_a_quote,
    _is_labelled_furniture,
    _masked,
    _outlook_score,
)


def _only_sounds_ahead(
    sentence: _Clauses,
    clause: int,
    anchor: int,
    kind: str,
    frame: str,
    speaker: int | None,
    ahead: bool,
    times: dict[int, set[str]],
) -> bool:
    """A clause with a future's words that is no next step: a habit, a hypothesis, a
    refusal to comment, an open question, the page's own "we", a person's aside, a plan
    reported long ago, a past judgment, onlookers' guesses, a judgment or more of the
    same with no time."""
    t = sentence.t
    warned = speaker is not None and t.lemma[speaker] in WARNING_LEMMAS
    if (
        kind == _PRESENT
        and any(t.lemma[c] in BROADCAST_NOUNS for c in sentence.subjects(clause))
        and not sentence.at_a_venue(clause)
    ):
        return True  # "the series continues on Monday at 7.30pm": the listings
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.classed(clause)
    ):
        return True  # round 31: "flats in Bayshore will be classified as Plus": the terms
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.dosed(clause)
    ):
        return True  # round 31: "the vaccine will be given in two doses": the regimen
    if kind in (_FUTURE, _CONDITIONAL) and sentence.tallied(clause):
        return True  # round 31: "the sides will have met four times by then": a tally
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and not sentence.until(clause)
        and sentence.customary(clause)
    ):
        # round 32: "Muslims will break their fast at sunset each day during Ramadan, as
        # is the custom": a custom, whatever feast it keeps ("as is customary, the new
        # president will be sworn in on January 20" has its day)
        return True
    if kind in (_FUTURE, _CONDITIONAL, _POSSIBLE) and sentence.tends(clause):
        return True  # "storms will often bring down trees": a habit, not a next step
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.as_ever(clause)
    ):
        # round 34: "Treasury will, as always, publish the documents on its website", "the
        # Reserve Bank will, as a matter of policy, intervene": a routine, whoever keeps
        # it, a named body too; one with its own date ("as always, the parade will leave
        # at 10am on Saturday") is read below
        return True
    # the time of the step may hang on its infinitive ("will need to register by Friday")
    steps = [clause, anchor, *(c for c in t.children[clause] if t.dep[c] == "xcomp")]
    dated = any(times.get(c, set()) & {"dated", _NEAR} for c in steps)
    if kind == _FUTURE and not dated and not sentence.until(clause):
        # round 17: a future with no date that is no step
        if sentence.measured_only(clause):
            return True  # "the show will run for 90 minutes": how long, not what next
        if frame == "own" and sentence.terms_for_a_class(clause):
            return True  # "guests who book before March will get a 10% discount"
        if frame == "own" and sentence.class_receives(clause):
            return True  # round 21: "members will get early access": the scheme's terms
        if frame == "own" and sentence.class_goes_free(clause):
            return True  # round 29: "pensioners will travel free": the scheme's terms
        # round 33: a truth reported is a truth still ("water will boil at about 70C,
        # the researchers explain"): the report tells who knows it, not a step
        if frame != "blocked" and sentence.general_truth(clause):
            return True  # round 20: "metal will expand when it is heated"
        if frame != "blocked" and sentence.matter_truth(clause):
            return True  # round 28: "metal will expand in the heat"
        if (
            frame == "own"
            and any(t.tag[a] == "MD" for a in t.children[clause])
            and (sentence.left_to_itself(clause) or sentence.conditioned(clause))
            and not sentence.at_a_clock(clause)
            # round 20: a condition with its own date is the step's deadline ("the strike
            # will go ahead unless a deal is reached by Friday")
            and not any(
                times.get(c, set()) & {"dated", _NEAR}
                for c in t.children[clause]
                if t.dep[c] == "advcl"
            )
        ):
            # "left untreated, the infection will spread", "without treatment, most
            # patients will die within a year" (a threat, "vowed to shut down the state if
            # ...", has no modal and stays)
            return True
    if (
        kind == _FUTURE
        # a span alone ("will learn a household's habits within a week") is the thing's
        # own course; a date or "by 2030" makes a change ahead
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and not sentence.until(clause)
        # nor a time in a clause of its own ("will stretch across the river when it
        # opens in 2028")
        and not any(times.get(c) for c in t.children[clause] if t.dep[c] == "advcl")
        and sentence.designed(clause, "span" in times.get(clause, set()))
    ):
        return True  # round 30: "the card will work on buses": what the thing does
    if (
        kind == _FUTURE
        # what a body will do to a thing on a schedule is its plan ("a commission will
        # review the quota every six months"); opening hours and services do nothing to one
        # (round 29: a frequency read as an object, "will run every six minutes", is none)
        and not any(t.dep[c] in _OBJECTS and not sentence.every_time(c) for c in t.children[clause])
        # a "will" of its own: a present a date puts ahead is a plan, whatever habit a
        # phrase below it tells ("a report is expected within 30 days, with a final one
        # typically taking 12 to 18 months")
        and any(t.tag[a] == "MD" for a in t.children[clause])
        and (sentence.habitual(clause) or sentence.recurs_below(clause))
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
    ):
        return True  # "the shop will open from 9am to 5pm on weekdays": opening hours
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.vague_horizon(clause)
    ):
        return True  # round 31: "Going forward, the group will focus on its core brands"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and not sentence.until(clause)
        and sentence.some_day(clause)
    ):
        return True  # round 32: "she says she will one day play for England": a hope
    if kind == _FUTURE and sentence.declines_comment(clause) and not sentence.until(clause):
        return True  # "the club will not comment on speculation"
    if (
        (kind == _POSSIBLE or (kind == _CONDITIONAL and frame == "own"))
        and not warned
        and not (ahead and _NEAR in times.get(clause, set()) | times.get(anchor, set()))
        and sentence.conditioned(clause)
    ):
        # "if warming is limited to 1.5C, some glaciers could survive"; a step with its
        # date stays ("if members back action, strikes could begin on April 10")
        return True
    if (
        kind in _MODAL_TENSES
        and warned
        # someone's act threatened, not a hazard ("engineers warned that if the rain
        # continues, the river could burst its banks" stays a warning)
        and sentence.acts(clause)
        and not (times.get(clause, set()) | times.get(anchor, set()))
        and not sentence.until(clause)
        and (
            sentence.conditioned(clause)
            or sentence.conditioned(anchor)
            or (speaker is not None and sentence.conditioned(speaker))
        )
    ):
        # "the BMA warned that doctors could strike if the government did not act": a
        # warned act that hangs on a condition, with no date, is a threat, no step yet
        # ("would strike on 12 May if the offer was not improved" stays; so does an
        # actor's own threat, "threatened to publish the data unless it was paid", a step
        # that hangs on the condition)
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.hangs_on_any(clause)
    ):
        return True  # "any new offer would be put to members in a fresh ballot"
    if kind == _CONDITIONAL and frame == "reported" and sentence.timed_from_an_act(clause):
        return True  # "she said the pain would return within hours of taking the tablets"
    if (
        kind == _FUTURE
        # the span is measured from the act ("within a few days of starting" reads
        # forward); a date or a near time is the step's own
        and not (times.get(clause, set()) | times.get(anchor, set())) & {"dated", _NEAR}
        and sentence.timed_from_an_act(clause)
    ):
        # "most patients will feel better within a few days of starting the treatment":
        # what follows an act whenever it is done, no step (a date makes one)
        return True
    if kind in (_FUTURE, _CONDITIONAL) and not ahead and sentence.not_meant(clause):
        return True  # "a licence does not mean patients will get the drug"
    if (
        kind == _OBLIGATION
        and not (times.get(clause, set()) | times.get(anchor, set())) & {"dated", _NEAR}
        and not sentence.until(clause)
        and sentence.terms_from_an_event(clause)
    ):
        return True  # "appeals must be lodged within 15 working days of the decision"
    if (
        kind == _OBLIGATION
        and not (ahead or sentence.until(clause))
        and sentence.anyone_bound(clause)
    ):
        return True  # "patients must have a scan before treatment starts": standing terms
    if kind in _MODAL_TENSES and not ahead and sentence.animal_habit(clause):
        return True  # "male koalas will bellow to attract females": the kind's habit
    if (
        kind in _MODAL_TENSES | {_OBLIGATION}
        and frame == "reported"
        # a warning of one's own act is a threat, not a prediction: "nurses warned they
        # would strike unless the offer was improved"
        and (not warned or sentence.pronoun_subject(clause))
        # only a near date makes the condition a step ("would strike on 3 March if the
        # offer was not improved"); a span is the hypothesis's own ("the charity said the
        # hospice would close within two years unless it found new funding"); a date of a
        # step that waits on a decision is the step's ("if the money is confirmed, the
        # bypass will open in 2029, officers said")
        and not (
            ahead
            and (
                _NEAR in times.get(clause, set()) | times.get(anchor, set())
                or (
                    "dated" in times.get(clause, set()) | times.get(anchor, set())
                    and sentence.awaits_approval(clause)
                )
            )
        )
        and (
            sentence.conditioned(clause) or (speaker is not None and sentence.conditioned(speaker))
        )
        # round 19: a step at its hour ("said the lifeboat would put on a display at noon
        # if the sea allowed") is a timetable
        and not sentence.at_a_clock(clause)
    ):
        # "the trustees said that without the grant the museum would close"; the
        # condition may hang on the report ("without extra funding, the trust said, ...")
        return True
    if sentence.open_question(clause):
        return True  # "whether the deal will survive remains to be seen"
    if frame == "own" and sentence.first_person(clause):
        return True  # "we will update this story": the page, not the story
    if kind == _CONDITIONAL and sentence.told_forward(clause, own=frame == "own"):
        return True  # "he joined in 1962 and would later become its chairman"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and speaker is not None
        and speaker > clause
        and sentence.later_alone(clause)
    ):
        # "two earlier landers would later tip over, she added": the story's past told
        # forward with its source after it (a plan is "said it would later publish")
        return True
    if kind in (_FUTURE, _CONDITIONAL) and sentence.aside(clause):
        return True  # "Moss, who will turn 40 next month, won the title in 2010"
    if t.dep[clause] == "relcl" and sentence.milestone(clause):
        return True  # "the club, which turns 125 next season, sacked its manager"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and frame == "own"
        and t.dep[clause] == "relcl"
        and t.ent[t.head[clause]] not in _TIME_ENTITIES
        # the relative pronoun is its subject: the clause tells of the thing it hangs on
        # (not "a partnership under which curators will work with the museum")
        and any(t.tag[c] == "WDT" for c in sentence.subjects(clause))
        and not (ahead or sentence.until(clause))
        # nor a date in a participle below it ("which will see 300 homes built by 2029")
        and not any(
            times.get(g) and "past" not in times[g]
            for c in t.children[clause]
            for g in (c, *t.children[c])
        )
    ):
        # "the lido, which will cost £3.5m to repair, has been closed since May": what a
        # thing will be or do, told of it in passing with no date, describes it (a dated
        # one is a step: "the plant, which will close in May"; "2027, when the comet will
        # pass")
        return True
    if kind in (_CONDITIONAL, _PAST_PLAN) and not ahead and sentence.evidence():
        # "she told officers she would return the money, the court heard": what someone
        # said they would do, heard as evidence, is the past on trial (a date ahead is
        # the court's own timetable: "the court heard the hearing would take place in June")
        return True
    if kind in (_CONDITIONAL, _PAST_PLAN) and not ahead and speaker is not None:
        if sentence.testified(clause, speaker):
            return True  # "he told police he would meet the buyer in a car park"
        if sentence.said_on_an_occasion(speaker):
            return True  # "when she collected her medal, she said she would ..."
        if sentence.said_at_a_first(speaker):
            return True  # "at his first press conference, he said he would ..."

    if (
        kind in (_CONDITIONAL, _PAST_PLAN)
        and frame == "reported"
        and speaker is not None
        # a deadline told then, measured from then ("within a year", "by 2022"); with no
        # time ("staff said they were told the plant would close") or a near one it stays
        and (times.get(clause, set()) | times.get(anchor, set()))
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and sentence.told_in_a_report(speaker)
    ):
        return True  # "the lawsuit claims the company told buyers the homes would be ..."
    if (
        kind in (_CONDITIONAL, _PAST_PLAN)
        and speaker is not None
        # a span alone ("within hours of being paid") puts nothing ahead
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and sentence.testified_of_another(clause, speaker)
    ):
        return True  # "she told the court he would follow her home"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and speaker is not None
        # a span alone ("two hours before every match") puts nothing ahead
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and not sentence.until(clause)
        and sentence.remembers_another(clause, speaker)
    ):
        return True  # "team-mates said he would arrive two hours before every match"
    if (
        frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.said_beforehand(speaker)
    ):
        return True  # "before the game, the coach said his side would attack"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.prosecution_account(clause, speaker)
    ):
        return True  # "Prosecutor Helen Osei said Lumsden would knock on doors"
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.investigators_account(clause, speaker)
    ):
        return True  # "Officers said the men would break into cars parked near the beach"
    if frame == "own" and kind in _MODAL_TENSES and not ahead and sentence.conjectured(clause):
        return True  # "consumer groups will no doubt ask why it took so long"
    if kind in (_CONDITIONAL, _PAST_PLAN) and sentence.settled():
        return True  # "said it would sack the manager, and did so hours later"
    when = times.get(clause, set()) | times.get(anchor, set())
    if kind == _CONDITIONAL and not ahead and sentence.anyone_would(clause):
        return True  # "he said a Labour government would nationalise the railways"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and sentence.terms(clause)
        and "forward" not in when
        and not sentence.on_a_day(clause)
        # round 32: nor a date of its infinitive ("under the deal, the firm will have to
        # repay the loan by September 30": a deadline ahead)
        and not any(
            times.get(c, set()) & {"dated", _NEAR}
            for c in t.children[clause]
            if t.dep[c] == "xcomp"
        )
    ):
        return True  # "under the new rules, drivers will face a fine": the terms, no step
    if kind in (_FUTURE, _CONDITIONAL) and sentence.writer_hopes(clause):
        return True  # "one can only hope that the teenagers will find their way"
    if (
        frame == "reported"
        and not ahead
        and speaker is not None
        and "past" in times.get(speaker, ())
        and not sentence.said_lately(speaker, clause)
    ):
        return True  # "last year the company said it would build a factory": said then
    if (
        frame == "reported"
        and not ahead
        and speaker is not None
        and sentence.tense(speaker) == _PAST
        and any(t.dep[c] == "advmod" and t.lower[c] in HABIT_ADVERBS for c in t.children[speaker])
    ):
        return True  # "he always said he would retire at 60": said again and again, then
    if kind == _PAST_PLAN and not ahead:
        # "said the storm was expected to make landfall on Saturday" is ahead;
        # "said pesticides were likely to blame" judges what happened
        return True
    # a commitment joined to a dated past shares its date: "bought the club in 2024 and
    # promised to take it into the league within five years"
    told = [anchor]
    if t.dep[anchor] == "conj" and t.head[anchor] != anchor:
        told.append(t.head[anchor])
    if t.lemma[anchor] in COMMITMENT_LEMMAS and any(
        "past" in times.get(c, ()) or sentence.dated_back(c) for c in told
    ):
        return True  # "in 2019 the government pledged to build 40 hospitals": promised then
    if (
        frame == "reported"
        and speaker is not None
        and (
            sentence.dated_back(speaker)
            or sentence.dated_by_when(speaker)
            or sentence.on_a_past_occasion(speaker)
        )
    ):
        # "engineers warned in 2019 that the bridge would need repairs within a decade",
        # "the council said at the time that it would reopen within a year": said then,
        # and the date ahead was ahead of then
        return True
    # the wish's own infinitive may carry the date: "would be happy to meet residents
    # next week" is an offer with a time
    wished = [c for c in t.children[clause] if t.dep[c] in ("xcomp", "acomp")]
    wished += [g for c in wished for g in t.children[c] if t.dep[g] == "xcomp"]
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and not any(times.get(c) for c in wished)
        and sentence.generic(clause)
    ):
        # "anyone who has used the app will know the feeling" (not "you will be able to
        # apply from 1 April": the infinitive's date)
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and not any(times.get(c) for c in wished)
        and sentence.judged_act(clause)
    ):
        return True  # "it would be wrong to comment on individual cases": a judgement
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and not any(times.get(c) for c in wished)
        and (sentence.wishes(clause) or sentence.keeps_as_is(clause))
    ):
        # "he said he would love to play for his country one day", "the board would
        # welcome talks": a wish; "food waste will still be collected weekly": no change
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and not any(times.get(c) for c in wished)
        and (sentence.obliges_anyone(clause) or sentence.follows_from(clause))
    ):
        return True  # "those wishing to attend will need to register" (not "by Friday")
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and not any(times.get(c) for c in wished)
        and (
            sentence.thing_capable(clause)
            or sentence.class_capable(clause)
            or sentence.appeals(clause)
        )
    ):
        return True  # "the telescope will be able to see distant galaxies"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and sentence.habitual(clause)
        and not (sentence.named(clause) or sentence.named(anchor))
    ):
        # "the market, which will take place each Saturday", "a nurse will usually see
        # 30 patients": a habit, not a step (a body sets a schedule: "the commission will
        # review the quota every six months"; so does a date: "buses will run every 20
        # minutes from Monday")
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (times.get(clause, set()) | times.get(anchor, set())) & {"dated", _NEAR}
        and not sentence.until(clause)
        and sentence.kind_at_a_rate(clause)
    ):
        return True  # round 33: "A bee will visit several thousand flowers in a day"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and not sentence.until(clause)
        and sentence.fronted_habit(clause)
    ):
        # round 33: "Most mornings, Harry will walk to the allotment", "Every year, the
        # ministry will post the papers": a time that recurs, told first as the clause's
        # frame, is a habit whoever keeps it (a body's new schedule says it after the
        # verb: "the commission will review the quota every six months")
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        # round 31: a span is the occasion's own ("most years the festival will sell out
        # within an hour")
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and sentence.on_any_occasion(clause)
    ):
        return True  # round 21: "on a busy day the hospital will see 500 patients"
    if sentence.speculates(anchor):
        return True  # "fans predicted the striker would be sold in January"
    if kind in (_FUTURE, _CONDITIONAL) and sentence.forecast_by_onlookers(clause):
        return True  # round 32: "analysts say the committee will likely hold the rate"
    if kind in (_FUTURE, _CONDITIONAL) and not (ahead or sentence.until(clause)):
        # A view of what a thing will do, with no date: "experts believe the painting will
        # fetch more than its estimate", "locals say the road will only get busier",
        # "critics say the scheme will cost more than it saves"; and a stance: "she said
        # she will never stop missing him" (the same test as a reported "would", below).
        if sentence.believed(anchor) and not sentence.acts(clause):
            return True
        if (
            frame == "reported"
            and speaker is not None
            and sentence.public(speaker)
            # "residents say they will protest" is their plan; round 31: an "it" is the
            # thing they judge ("opponents say it would gut environmental protections")
            and not any(
                t.dep[c] in _SUBJECTS and t.pos[c] == "PRON" and t.lower[c] != "it"
                for c in t.children[clause]
            )
        ):
            return True  # "villagers say the pub will bring the community together"
        if (
            frame == "reported"
            and kind == _FUTURE
            and (sentence.refused(clause) or sentence.effect(clause))
        ):
            return True
    if kind == _FUTURE and sentence.time_judged(clause):
        return True  # "the next few weeks will be crucial for the manager"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not ahead
        and (
            sentence.penalises_anyone(clause)  # "anyone caught will face a fine"
            or sentence.terms_for_anyone(clause)  # "shoppers who pay by card will not be"
            or sentence.uncounted_span(clause)  # "will be felt for years"
            or sentence.crowd_endures(clause)  # round 26: "fans will queue for hours"
            or sentence.onlookers_watch(clause)  # "investors will be watching for ..."
            or sentence.looks_back(clause)  # "will look back on this as a missed chance"
            or sentence.provokes(clause, anchor)  # "is likely to anger motorists"
            # "a lot will depend on the weather": an open question
            or t.lemma[clause] in DEPENDENCE_LEMMAS
            # "questions will be asked about how the blaze spread"
            or (
                t.lemma[clause] in ASKING_LEMMAS
                and any(t.lemma[c] in QUESTION_NOUNS for c in sentence.subjects(clause))
            )
        )
    ):
        return True
    if (
        kind == _CONDITIONAL
        and frame == "reported"
        and not (ahead or sentence.until(clause))
        and sentence.recalled_habit(clause, speaker)
    ):
        return True  # "she said her mother would sing to her in Welsh"
    if (
        kind in (_FUTURE, _CONDITIONAL)
        # a span is the working's own ("when heated, the resin will harden within minutes")
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and not sentence.until(clause)
        and sentence.standing_condition(clause)
    ):
        return True  # round 32: "once installed, the app will scan receipts": how it works
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.behaves(clause)
    ):
        return True  # "the sauce will thicken as it cools": a thing's behaviour, no step
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and frame == "own"
        and not (ahead or sentence.until(clause))
        and sentence.verdict_feeling(clause)
    ):
        return True  # "the home side will feel they deserved a point": a verdict
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and sentence.takes_on_board(clause)
    ):
        return True  # round 25: "the company said it would take the lessons on board"
    if kind == _FUTURE and frame == "own" and not dated and sentence.enables(clause):
        return True  # round 25: "the app will let users track parcels": a product's claim
    if (
        kind in (_FUTURE, _POSSIBLE, _CONDITIONAL, _PRESENT)
        and not sentence.until(clause)
        and (
            (kind != _PRESENT and sentence.distant_horizon(clause))
            or (
                _NEAR not in times.get(clause, set()) | times.get(anchor, set())
                # "is expected to reach 600 million by 2030": the present's infinitive
                and any(
                    sentence.projected_to_a_year(c)
                    for c in (
                        [c for c in t.children[clause] if t.dep[c] == "xcomp"]
                        if kind == _PRESENT
                        else [clause]
                    )
                )
            )
        )
    ):
        return True  # round 25: "... by the end of the century": a projection, background
    if (
        kind == _FUTURE
        # round 33: reported too ("most missing teenagers will return home within 48
        # hours, police say": what the kind does, whoever says it)
        and frame != "blocked"
        and _NEAR not in times.get(clause, set()) | times.get(anchor, set())
        and not sentence.until(clause)
        and sentence.counted_kind_recovers(clause)
    ):
        return True  # round 25: "most patients will recover within a week"
    if (
        kind == _FUTURE
        and frame != "blocked"
        # round 33: a span is the kind's own course ("most lost dogs will find their way
        # home within a day, the shelter says")
        and not (times.get(clause, set()) | times.get(anchor, set())) - {"span"}
        and not sentence.until(clause)
        and sentence.counted_kind_acts(clause)
    ):
        return True  # round 27: "many drivers will ignore the signs"
    if kind in (_FUTURE, _CONDITIONAL) and sentence.consoled(clause):
        # "City will take heart from their second-half display" (whatever its time)
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL, _OBLIGATION)
        and not (ahead or sentence.until(clause))
        and t.lemma[clause] in STOCK_PLEDGE_LEMMAS
    ):
        # "the trust said it would learn lessons from the case", "lessons must be learned"
        return True
    if (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and t.lemma[clause] == "go"
        and any(
            t.dep[c] in ("advmod", "npadvmod", "dobj") and t.lower[c] in GOING_FAR_WORDS
            for c in t.children[clause]
        )
    ):
        # round 27: "said it would not go far", "will go a long way": how much a thing is
        # worth, a judgment
        return True
    # "the findings will help doctors", "this will be the third time", "it would continue
    # to monitor the situation": a judgment or more of the same, no step
    return (
        kind in (_FUTURE, _CONDITIONAL)
        and not (ahead or sentence.until(clause))
        and (sentence.carries_on(clause) or (kind == _FUTURE and sentence.judges(clause)))
    )


def _names_a_thing(t: Tokens, day: int) -> bool:
    """ "quoting incident 442 of 12 March", "his letter of 4 May": a date after "of" names
    the thing it hangs on; it does not put the clause ahead."""
    head = day
    for _ in range(3):  # "of 12 March": the month, its preposition, a few heads up
        if t.head[head] == head:
            return False
        head = t.head[head]
        if t.pos[head] == "ADP":
            return t.lower[head] == "of"
    return False


def _within_a_habit(sentence: _Clauses, clause: int) -> bool:
    """Round 29b: a present clause told of the time of a habit ("Paint demand will
    typically peak in the festive months, when households repaint their homes before
    Diwali"): a "when" clause on a noun or on the verb of a clause that recurs is the
    habit's too, and a clause told of that one's time ("..., when farmers fill up before
    the planting season starts on 1 April"). A bounded climb."""
    t = sentence.t
    if t.dep[clause] not in ("relcl", "advcl"):
        return False
    node = clause
    for _ in range(_MAX_CLIMB):
        head = t.head[node]
        if head == node or not sentence.inside(head):
            return False
        if sentence.is_clause(head):
            if sentence.habitual(head):
                return True
            if t.dep[head] not in ("relcl", "advcl"):
                return False
        node = head
    return False


def _purposes(t: Tokens, clause: int) -> list[int]:
    """Round 34: a clause's infinitives of purpose, "to" and a bare verb with no subject
    of its own ("meet to review the data", "travel to Mombasa to face Bandari"); one
    level of the clause's children."""
    return [
        c
        for c in t.children[clause]
        if t.dep[c] in ("xcomp", "advcl")
        and t.tag[c] == "VB"
        and any(t.dep[a] == "aux" and t.lower[a] == "to" for a in t.children[c])
        and not any(t.dep[a] in _SUBJECTS for a in t.children[c])
        # an active present ("meet to review"), not a passive's ("are projected to rise by
        # the end of the century": the projection is read as one)
        and not any(t.dep[a] == "auxpass" for a in t.children[clause])
    ]


def _own_day(t: Tokens, day: int, clause: int) -> bool:
    """Round 29b: a day that hangs on its clause, not inside the clause's subject ("Talks
    resume on Thursday", not "Data out on Friday shows inflation fell"). A bounded climb."""
    node = day
    for _ in range(_MAX_CLIMB * 2):
        if node == clause:
            return True
        if t.dep[node] in _SUBJECTS or t.head[node] == node:
            return False
        node = t.head[node]
    return node == clause


def _parsed_reading(
    t: Tokens, first: int, last: int, hidden: Sequence[bool]
) -> tuple[float, float, float]:
    """How clearly the sentence of tokens [first, last) looks ahead, from its parse;
    tokens inside a quotation (`hidden`) are someone's words and count for nothing. One
    pass over the tokens, each walk bounded. Also the best score of a clause that is a
    step someone takes or one with a time ahead (a date, a deadline, an "until", an
    actor that is named, a body, or who reports it): what a second outlook sentence
    needs, where a bare "will" of a thing or of the public ("residents will get a larger
    bin", "gardeners will not be allowed to fill paddling pools") tells the terms of the
    news, not what happens next. Third, the best score of a clause that is a next step
    plain enough to be taken from the lead (see `_LEAD_STEP_SCORE`)."""
    sentence = _Clauses(t, first, last)
    times: dict[int, set[str]] = {}
    days: set[int] = set()
    own_days: set[int] = set()  # days told of the clause itself, not of its subject
    clauses = []
    for i in range(first, last):
        found = sentence.time_of(i)
        if hidden[i - first] and (found is None or hidden[found[0] - first]):
            continue
        # a quoted time the writer's own clause takes counts: "said voting closes \"at
        # midnight on Friday\"" (a time in a quoted clause stays someone's words)
        if found is not None:
            times.setdefault(found[0], set()).add(found[1])
            if found[1] == "dated" and t.lower[i] in _CALENDAR and not _names_a_thing(t, i):
                # a weekday or a month however deep it hangs ("starts in April", "open at
                # 7am on Thursday", "results are due on Friday afternoon")
                days.add(found[0])
                if _own_day(t, i, found[0]):
                    own_days.add(found[0])
            if found[1] in ("forward", "dated") and (
                (t.lower[i] in _CALENDAR and t.tag[i] != "MD") or t.lower[i] in FORWARD_TIME_WORDS
            ):
                # a near time, on the calendar or "next": "could begin on April 10", not
                # a projection "by 2100" or "within 20 years"
                times[found[0]].add(_NEAR)
        if not hidden[i - first] and sentence.is_clause(i):
            clauses.append(i)
    # A sentence that bids its reader ("Sign up for our newsletter, which will land in
    # your inbox every morning", "Watch the interview on Sunday"): the page, not the story.
    if any(t.head[c] == c and sentence.bids(c) for c in clauses):
        return 0.0, 0.0, 0.0
    # A sentence whose main clause tells what happened ("1,800 people signed a petition,
    # but officers said that would add six months") is background first: its future
    # ranks below one that leads with it.
    background = any(
        (t.head[c] == c or not sentence.inside(t.head[c]))
        and sentence.tense(c) == _PAST
        and t.lemma[c] not in SPEECH_LEMMAS
        and not sentence.predicted(c)
        and not sentence.warning_given(c)
        for c in clauses
    )
    best = firm = step = 0.0
    for clause in clauses:
        kind, anchor = sentence.kind(clause)
        when = times.get(clause, set()) | times.get(anchor, set())
        # round 34: a present's infinitive of purpose carries the present's date ("The
        # FDA's advisers meet to review the data on May 22", "Shabana travel to Mombasa to
        # face Bandari on Sunday"): the step and its day are one
        # round 36: a future's too ("The ministers will meet in Geneva to sign it on
        # Friday", "The start-up will use the money to open a factory next year")
        purposes = _purposes(t, clause) if kind in (_PRESENT, _FUTURE) else []
        for purpose in purposes:
            when = when | times.get(purpose, set())
        if kind == _PRESENT and sentence.relative_day(clause):
            # round 32: "The Dail returns the following day": the day the story put ahead
            # (a "next morning" reads as the past in a story told in the past)
            when = (when - {"past"}) | {"forward"}
        ahead = "past" not in when and bool(when)
        if kind == _PAST and (given := sentence.warning_given(clause)):
            # round 33: "has issued a heavy rain warning for Westland from 9pm Thursday",
            # "has warned of disruptive rain from Thursday": the time of the warning's
            # words is what it warns of, ahead; as firm as a step told with its date
            warned_of = set().union(*(times.get(g, set()) for g in given))
            # a bare past may be dated by the day it was given ("warned of snow on
            # Tuesday"); "has warned" or a time told forward ("from Thursday") is ahead
            perfect = any(t.dep[a] == "aux" and t.lemma[a] == "have" for a in t.children[clause])
            if "past" not in warned_of and warned_of & (
                {"forward", "dated", _NEAR} if perfect else {"forward"}
            ):
                kind, when, ahead = _FUTURE, warned_of, True
        if kind == _PAST and ahead and sentence.put_off(clause):
            kind = _FUTURE  # "sentencing was adjourned until March 14": the date is ahead
        elif kind == _PRESENT and ahead and sentence.scheduled(clause):
            kind = _FUTURE  # "the vote is expected in June": a plan with its date
        elif kind == _PRESENT and "past" not in when and sentence.forecast_weather(clause, ahead):
            kind = _FUTURE  # "heavy snow is forecast for higher ground overnight"
        elif kind == _PAST and ahead and sentence.predicted(clause):
            kind = _POSSIBLE  # "has forecast temperatures of 34C on Saturday"
        elif (
            kind == _NONE
            and ahead
            and (governor := sentence.appointment(clause)) is not None
            and not (
                # round 28: an order is ahead by its own span or deadline ("ordered to
                # repay it within 28 days", "by the end of March"), not by a bare date
                # ("ordered to pay it in 2019"), nor with a time of the order itself
                sentence.ordered(governor) and (not when & {"forward", "span"} or governor in times)
            )
        ):
            kind, anchor = _FUTURE, governor  # "bailed to appear in court on June 3"
        elif (
            kind == _NONE
            and ahead
            and (governor := sentence.mandated(clause)) is not None
            # round 30: a time of the subjunctive's own is its step's ("directed that the
            # matter be mentioned on November 18"); one of the order itself ("ordered in
            # March that the land be returned") is not
            and times.get(clause, set()) & {"forward", "span", _NEAR}
            and "past" not in times.get(clause, set())
        ):
            kind, anchor = _FUTURE, governor
        # "police are appealing for witnesses"; in the past only as someone reports it
        # ("the regulator said it was considering prosecutions").
        if (
            kind in (_PAST, _PRESENT)
            and "past" not in when
            and sentence.inquiry(clause)
            and (kind == _PRESENT or sentence.frame(anchor)[0] == "reported")
        ):
            kind = _ONGOING
        elif kind == _PRESENT and "past" not in when and sentence.awaits_decision(clause):
            kind = _PENDING  # round 25: "the sale remains pending approval"
        elif kind == _PAST and "past" not in when and sentence.pending(clause):
            kind = _PENDING  # "released on bail pending further enquiries"
        elif kind == _PAST and "past" not in when and sentence.sent_on(clause):
            kind = _PENDING  # "committed to the crown court for sentence"
        if kind == _PRESENT and sentence.event_at_clock(clause) and not sentence.habitual(clause):
            kind = _FUTURE  # "kick-off is at 3pm": a preview
        if kind == _PRESENT and not ahead and _proceeding_goes_on(t, clause):
            # round 36: "The trial, which is expected to last eight weeks, continues.": the
            # step a court report ends on, as firm as a second sentence needs, no more
            best, firm = max(best, _MORE_SCORE), max(firm, _MORE_SCORE)
            continue
        if kind in (_PAST, _NONE):
            continue
        if sentence.mourned(clause):
            continue  # "she will be remembered as a fighter"
        if sentence.vows_effort(clause) and not any(w - {"past"} for w in times.values()):
            continue  # "he said he would do anything to get his daughter back"
        if kind in _MODAL_TENSES and sentence.stock_phrase(clause):
            continue  # "his side would take it one game at a time": a mindset, no step
        # a span is ahead of a present only when its verb looks ahead ("results are
        # expected within 10 days"), not of a plain present ("one in four patients dies
        # within 12 months" is a fact)
        spanned = "span" in when and t.lemma[clause] in INTENT_LEMMAS
        if kind == _PRESENT and (
            not (
                ahead
                and (
                    "forward" in when
                    or spanned
                    or clause in days
                    or anchor in days
                    or any(p in days for p in purposes)
                )
            )
            or sentence.habitual(clause)
            or _within_a_habit(sentence, clause)
            # opening hours: a clock time and a habit, no day ("open from 8am on weekdays")
            or (
                not (clause in days or anchor in days or any(p in days for p in purposes))
                and sentence.recurs_below(clause)
            )
        ):
            continue  # a present tense is the future only when a date puts it ahead
        frame, speaker = sentence.frame(anchor)
        if frame == "blocked" and ahead and (said := sentence.hoped_in_report(anchor)) is not None:
            # "she said she hoped the pool would reopen by the summer": her hope now, with
            # its time (with none, "said she hoped people would remember her" stays behind)
            frame, speaker = "reported", said
        if (
            kind in (_FUTURE, _CONDITIONAL)
            and sentence.as_ever(clause)
            and (clause in days or anchor in days)
            and not (clause in own_days or anchor in own_days)
            and not when - {"dated", _NEAR}
        ):
            # round 31: "As always, the Saturday lineup will feature local bands": the
            # day names the part of the event, inside the subject; the habit is no step
            # ("as always, the parade will leave at 10am on Saturday" has its own day)
            continue
        if kind == _CONDITIONAL and frame == "own" and _NEAR not in when:
            # a story's own "would" with a span and no date ("within two years he would be
            # captain", "by the end of the decade the gallery would hold ..."): the past
            # told forward or a projection; "the tax would take effect in April" stays
            continue
        warned = speaker is not None and t.lemma[speaker] in WARNING_LEMMAS
        if _only_sounds_ahead(sentence, clause, anchor, kind, frame, speaker, ahead, times):
            continue
        score = _SCORE.get((frame, kind), 0.0)
        if (
            kind == _PRESENT
            and _NEAR in when
            and (clause in own_days or anchor in own_days or any(p in own_days for p in purposes))
            # an aside on a noun ("The ecologist, whose contract ends in July, said ...")
            # dates the noun, not a step of the story
            and t.dep[clause] not in ("relcl", "acl")
        ):
            # round 29b: a present its own day puts ahead ("Tankers start at the 38
            # points on Saturday", "Saturday, 12:00: The mayor gives an update"): as firm
            # a step as "will start on Saturday" (round 30: a frame with no future's
            # score, a blocked one, keeps its own: the lookup raised on "has been suspended
            # while members vote, with the ballot closing on 3 October")
            score = _SCORE.get((frame, _FUTURE), score)
        predicted = False
        # "the union said it would ballot members", "the cuts take effect from Sunday"
        # ("the fine must be paid by March 1": a deadline on the calendar)
        # (a standing rule is none: "landlords must register every year in May")
        # "President Ruto has 14 days to sign it into law": the span left to act in is
        # the next step, even told in the lead (round 27, lead), whoever has it (round
        # 28: "Tenants have 28 days to lodge an appeal, the council said")
        span_left = kind == _FUTURE and anchor != clause and sentence.deadline(anchor)
        own_step = (
            kind in (_PRESENT, _OBLIGATION)
            and _NEAR in when
            and not sentence.habitual(clause)
            and not sentence.recurs_below(clause)
        ) or span_left
        if frame == "reported" and kind == _CONDITIONAL:
            if (sentence.refused(clause) or sentence.effect(clause)) and not (
                ahead or sentence.until(clause)
            ):
                continue  # "its members would not accept it", "the plan would hit the poor"
            if (
                not ahead
                and (sentence.habitual(clause) or sentence.at_a_rate(clause))
                and not sentence.named(clause)
            ):
                # "he said he would walk to school every day": a habit of the past (a body
                # that "would review the quota every six months" sets a schedule)
                continue
            if warned:
                # "he warned Ukraine would stand firm": a prediction, whoever it is about
                predicted = True
            elif sentence.acts(clause):
                score = _REPORTED_PLAN_SCORE
                # not a refusal or a stance ("it would not tolerate unsafe practices")
                own_step = sentence.pronoun_subject(clause) and not any(
                    t.dep[c] == "neg" for c in t.children[clause]
                )
        if (
            kind == _POSSIBLE
            and warned
            and not (
                t.lemma[clause] == "be" and any(t.dep[c] == "acomp" for c in t.children[clause])
            )
        ):
            # "analysts warned that the city may fall", not "warned the data could be
            # sensitive" (a state now, not something that happens).
            score = _WARNED_SCORE
        if not score:
            continue
        if ahead:
            score += _TIME_BONUS
        # A named actor: the clause's subject, or the one who says what they will do
        # ("Stratus said it would", "she said she would").
        reporter = speaker is not None and (
            sentence.named(speaker) or sentence.pronoun_subject(speaker)
        )
        named = sentence.named(clause) or sentence.named(anchor)
        if not predicted and (named or (reporter and sentence.pronoun_subject(clause))):
            score += _AGENT_BONUS
        if background:
            score -= _BACKGROUND_PENALTY
        if not predicted and sentence.challenges_ruling(clause, anchor):
            # round 33: "his lawyers are considering an appeal", "he plans to appeal, his
            # lawyer said": the step a ruling's story ends on, firm with no date
            score = max(score, _MORE_SCORE)
            firm = max(firm, score)
        best = max(best, score)
        # a clause told of a date ("until the end of 2027, when the comet will pass its
        # closest point to the sun") is dated by it
        dated = t.dep[clause] == "relcl" and t.ent[t.head[clause]] in _TIME_ENTITIES
        if ahead or dated or named or reporter or sentence.until(clause):
            firm = max(firm, score)
        if own_step and not predicted:
            step = max(step, score, _LEAD_STEP_SCORE if span_left else 0.0)
    if not best and (
        sentence.misread_fixture() or sentence.misread_run() or sentence.misread_deadline()
    ):
        # a fixture with its day, as "Town play Rangers on Sunday" reads; round 36: a
        # step of its own, as that present with its day is ("Applications close on 14
        # February" after "The council will hand out grants ...")
        best = firm = step = _SCORE[("own", _PRESENT)] + _TIME_BONUS
    return best, firm, step


def outlook(
    text: str,
    exclude: list[Segment],
    split: Sequence[Segment] | None = None,
    quoted: Sequence[tuple[int, int]] = (),
    analysis: Analysis | None = None,
) -> str:
    """The article's own sentences about what happens next, the most clearly
    forward-looking first, reported in article order; "" when the article says nothing
    about the future. `quoted` are the spans of the article's quoted passages, in order
    (the analysis's): words inside a quote are someone's speech, not the story's
    outlook, and give a sentence no forward cue.

    With the `analysis`, a sentence's time is read from its parse: a clause in the
    future ("will", "shall", "is to", "is due to", "plans to", "is expected to"), a
    future reported ("said it would publish"), a present that a date puts ahead ("the
    ban starts on Friday"); not a future seen from the past ("had promised it would"),
    not a past clause with a date ahead in it, not a bare possibility ("could cost").
    The situation (the lead) is never repeated. Without it, word cues decide."""
    if analysis is not None:
        return _parsed_outlook(text, exclude, split, quoted, analysis)
    # The situation's first two sentences are the news and are never repeated; a third
    # is, when it is plainly about what comes next (a lead often ends on the next step).
    skip = {(s.start, s.end) for s in exclude[:2]}
    in_lead = {(s.start, s.end) for s in exclude[2:]}
    scored = []
    for position, sentence, passage in _outlook_candidates(text, split, quoted, skip):
        own = _masked(sentence.text, sentence.start, quoted, passage)
        if quoted and len(own.split()) < len(sentence.text.split()) / 2:
            continue  # mostly a quotation
        score = _outlook_score(own)
        repeated = (sentence.start, sentence.end) in in_lead
        if repeated and score < _LEAD_OUTLOOK_SCORE:
            continue
        if score >= 1:
            # A sentence of the situation comes after every other forward sentence.
            scored.append((not repeated, score, -position, sentence))
    best = sorted(scored, key=lambda item: item[:3], reverse=True)[:_OUTLOOK_SENTENCES]
    return " ".join(item[3].text for item in sorted(best, key=lambda item: -item[2]))


def _outlook_candidates(
    text: str,
    split: Sequence[Segment] | None,
    quoted: Sequence[tuple[int, int]],
    skip: set[tuple[int, int]],
) -> Iterator[tuple[int, Segment, int]]:
    """The story sentences an outlook may take (position, sentence, and the index of the
    first quoted passage not before it): not in `skip`, not a quotation, not furniture,
    not overlong. One pass over sentences and passages together."""
    passage = 0
    for position, sentence in enumerate(sentences(text) if split is None else split):
        while passage < len(quoted) and quoted[passage][1] <= sentence.start:
            passage += 1
        if (sentence.start, sentence.end) in skip or sentence.text[:1] in _QUOTE_OPENERS:
            continue
        if _inside_a_quote(sentence.text) or _is_labelled_furniture(sentence.text):
            continue
        if _ASKS.search(sentence.text):
            continue  # "Will the council listen this time?": a question tells no next step
        if not _is_story_sentence(sentence.text) or len(sentence.text) > _SENTENCE_MAX_CHARS:
            continue
        yield position, sentence, passage


def _parsed_outlook(
    text: str,
    exclude: list[Segment],
    split: Sequence[Segment] | None,
    quoted: Sequence[tuple[int, int]],
    analysis: Analysis,
) -> str:
    t = analysis.tokens
    # The lead's first sentence is the news and is never repeated; a later one may be the
    # outlook when the body says nothing ahead and it plainly does ("... said the typhoon
    # was expected to make landfall late on Saturday").
    lead = {(s.start, s.end) for s in exclude[:1]}
    in_lead = {(s.start, s.end) for s in exclude[1:]}
    # The lead's words: a body sentence made mostly of them restates the headline or the
    # standfirst ("X is set to leave ..." again), which is the situation, not the outlook.
    lead_words = {
        t.lemma[i] for s in exclude for i in t.between(s.start, s.end) if t.pos[i] in _CONTENT
    }
    scored = []
    from_lead = []
    plain_lead = []
    # whether the news itself (the lead's first sentence) looks ahead: then a plain "will"
    # after it tells its terms ("Harlow Steel is to close its plant. The firm will cut 300
    # jobs."), no step of its own
    news_seen = news_ahead = False
    # round 35: the lead's first sentence, read only to be the outlook when nothing else
    # in the article looks ahead (see `_OPENING_SCORE`)
    opening = []
    # the position and firmness of the last sentence scored (see `_CONTINUED_STEP_SCORE`)
    last: tuple[int, float, frozenset[str]] = (-2, 0.0, frozenset())
    for position, sentence, passage in _outlook_candidates(text, split, quoted, set()):
        if not analysis.is_parsed(sentence.start, sentence.end):
            continue
        tokens = t.between(sentence.start, sentence.end)
        if not tokens:
            continue
        hidden = []
        index = passage
        for i in tokens:
            while index < len(quoted) and quoted[index][1] <= t.start[i]:
                index += 1
            hidden.append(index < len(quoted) and quoted[index][0] <= t.start[i])
        if quoted and sum(hidden) > len(hidden) / 2:
            continue  # mostly a quotation
        if not _ENDS_A_SENTENCE.search(sentence.text):
            continue  # a caption or a standfirst line, not a sentence of the story
        first = (sentence.start, sentence.end) in lead
        repeated = first or (sentence.start, sentence.end) in in_lead
        words = [t.lemma[i] for i in tokens if t.pos[i] in _CONTENT]
        if (
            not repeated
            and len(words) >= _RESTATED_MIN_WORDS
            and (sum(w in lead_words for w in words) >= _RESTATED_SHARE * len(words))
        ):
            continue
        if len(words) < _OUTLOOK_MIN_WORDS and not (
            len(words) == _OUTLOOK_MIN_WORDS - 1
            and any(t.ent[i] in _TIME_ENTITIES for i in tokens if t.pos[i] in _CONTENT)
        ):
            # "But she won't leave.": too little to say what happens next; "He will be
            # sentenced on Friday." says it with its date
            continue
        score, firm, step = _parsed_reading(t, tokens.start, tokens.stop, hidden)
        if score >= _MIN_SCORE and _undone_after(t, tokens.start, tokens.stop):
            continue  # round 26: "... said the road would open by Christmas. It did not."
        # the news: the lead's first sentence read here (a headline with no full stop is
        # passed over above)
        the_news = repeated and not news_seen
        if the_news:
            news_seen, news_ahead = True, score >= _LEAD_PLAIN_SCORE
        if first:
            # the news itself; the step it tells with its time ahead ("Drivers at X will
            # walk out on 12 and 13 March", "X said the Senate would debate the bill next
            # week") is what comes next when no later sentence says anything ahead. It
            # leaves the step after it as it was (no `last`). Its time is a day or a
            # near time ("has been pushed back to 2030" is the news, round 25). An amount
            # in it is the
            # news's own measure ("Council tax will rise by 4.99% from April after
            # councillors approved the budget", "will spend $1.2bn over five years"): the
            # terms of what was decided, which the situation tells, no step.
            if (
                score >= _OPENING_SCORE
                and firm >= _OPENING_SCORE
                and _near_day(t, tokens)
                and not any(t.ent[i] in _AMOUNT_ENTITIES and not _in_an_aside(t, i) for i in tokens)
            ):
                opening.append((score, -position, sentence, firm))
            continue
        if (
            score >= _MORE_SCORE
            and firm < _MORE_FIRM_SCORE
            and last[0] == position - 1
            and last[1] >= _CONTINUED_STEP_SCORE
            # not the terms of the step, a sum or a penalty ("The law takes effect on July
            # 1. Landlords will face fines of up to £5,000.", "The winner will take home
            # $50,000.")
            and not any(
                t.ent[i] == "MONEY" or (t.pos[i] == "VERB" and t.lemma[i] in PENALTY_LEMMAS)
                for i in tokens
            )
            # nor what the thing of the step will be or do ("The store is slated to open
            # next spring. It will carry produce from local farms.", "The court will hear
            # the case on Jan. 14. The case will test whether ..."): its subject is "it"
            # or a noun of the sentence before
            and not any(
                t.lower[c] == "it" or t.lemma[c] in last[2] for c in _main_subjects(t, tokens)
            )
        ):
            # round 32: a plain "will" right after a dated step carries that step on
            # ("The bridge will close from 7pm Friday. Detours will be posted on Bank
            # Street.", "The case was postponed to 14 November. The accused will remain
            # in custody."): as firm as a second sentence needs, no more
            firm = _MORE_FIRM_SCORE
        elif (
            last[0] == position - 1
            and last[1] >= _CONTINUED_STEP_SCORE
            and _expected_of_the_step(t, tokens)
        ):
            # round 34: what those who watch expect of the step just told ("The committee
            # announces its decision on Thursday. Most economists expect a 25 basis point
            # cut.", "Forecasters expect 20cm of snow"): its likely outcome, firm enough
            # for a second sentence
            score, firm = max(score, _MORE_SCORE), max(firm, _MORE_FIRM_SCORE)
        last = (position, firm, frozenset(t.lemma[i] for i in tokens if t.pos[i] == "NOUN"))
        if repeated:
            if score >= _LEAD_PARSED_SCORE or step >= _LEAD_STEP_SCORE:
                from_lead.append((score, -position, sentence, firm))
            elif (
                score >= _LEAD_PLAIN_SCORE
                and firm >= _MORE_FIRM_SCORE
                and not the_news
                and not news_ahead
                and not _refused_or_recurring(t, tokens)
            ):
                plain_lead.append((score, -position, sentence, firm))
        elif score >= _MIN_SCORE:
            scored.append((score, -position, sentence, firm))
    # round 35: with no clearly forward sentence in the lead either, its plainest step
    # alone (see `_LEAD_PLAIN_SCORE`)
    from_lead = from_lead or sorted(plain_lead, key=lambda item: item[:2], reverse=True)[:1]
    ranked = sorted(scored or from_lead or opening, key=lambda item: item[:2], reverse=True)
    # A second sentence must be a firm step on its own (see `_parsed_reading`).
    best = [ranked[0]] if ranked else []
    more = [item for item in ranked[1:] if item[0] >= _MORE_SCORE and item[3] >= _MORE_FIRM_SCORE]
    best += more[: _PARSED_OUTLOOK_SENTENCES - 1]
    best += [
        item for item in more[_PARSED_OUTLOOK_SENTENCES - 1 :] if item[3] >= _THIRD_OUTLOOK_SCORE
    ][:_FIRM_EXTRA_SENTENCES]
    return " ".join(
        LEAD_DATELINE.sub("", _forward_part(t, item[2]), count=1)
        if item in opening
        # the dateline ("LONDON, March 3 (Wire) -") says where, not what comes next
        else _forward_part(t, item[2])
        for item in sorted(best, key=lambda item: -item[1])
    )


def _main_subjects(t: Tokens, tokens: range) -> list[int]:
    """The subjects of the sentence's root verbs (of tokens `tokens`) and of the clauses
    they report ("It will carry produce, the owners said")."""
    roots = [i for i in tokens if t.head[i] == i]
    clauses = roots + [c for i in roots for c in t.children[i] if t.dep[c] == "ccomp"]
    return [c for i in clauses for c in t.children[i] if t.dep[c] in _SUBJECTS]


def _expected_of_the_step(t: Tokens, tokens: range) -> bool:
    """Round 34: a sentence whose root is a verb of prediction in the present ("expect",
    "forecast", "predict"), told of a plural of common nouns ("Economists polled by
    Reuters expect a cut", "Most forecasters expect 8 to 12 inches", "Markets expect
    rates to be held"), with what they expect after it: no one's plan, the likely
    outcome of what comes next. Reads the roots' children only."""
    for root in (i for i in tokens if t.head[i] == i):
        if t.lemma[root] not in PREDICTION_LEMMAS or t.tag[root] not in ("VBP", "VBZ"):
            continue
        subjects = [c for c in t.children[root] if t.dep[c] in _SUBJECTS]
        if (
            subjects
            and all(t.tag[c] == "NNS" and not t.ent[c] for c in subjects)
            # a clause expected, or a figure ("a 25 basis point cut", "8 to 12 inches"),
            # not a mood ("residents expect the worst")
            and any(
                # an infinitive ("expect the bank to hold"), not a finite clause of their
                # guess ("expect inflation will ease": see `forecast_by_onlookers`)
                (
                    t.dep[c] in ("ccomp", "xcomp")
                    and any(t.dep[a] == "aux" and t.lower[a] == "to" for a in t.children[c])
                )
                # a figure, the noun object the parser may take for a clause ("expect a
                # 50 basis point cut")
                or (
                    (t.dep[c] == "dobj" or (t.dep[c] == "ccomp" and t.pos[c] == "NOUN"))
                    and _holds_a_figure(t, c)
                )
                for c in t.children[root]
            )
            and not any(t.dep[c] == "neg" for c in t.children[root])
        ):
            return True
    return False


def _refused_or_recurring(t: Tokens, tokens: range) -> bool:
    """Round 35: a sentence with a negated verb ("said it would not tolerate unsafe
    practices") or a time that recurs ("must register every year in May"): a stance or a
    standing rule, not the plainest step of a lead. Reads the sentence's tokens once."""
    return any(
        (t.dep[i] == "neg" and t.pos[t.head[i]] in ("VERB", "AUX"))
        or (
            t.dep[i] == "det"
            and t.lower[i] in RECURRING_DETERMINERS
            and t.lower[i] not in INDEFINITE_ARTICLES
            and (
                t.ent[t.head[i]] in _TIME_ENTITIES
                or t.lower[t.head[i]] in _CALENDAR
                or t.lower[t.head[i]] in DATE_NOUNS
                or (canonical_unit(t.lower[t.head[i]]) or ("",))[0] == "time"
            )
        )
        for i in tokens
    )


def _near_day(t: Tokens, tokens: range) -> bool:
    """Round 35: a day of the calendar or a near time in the sentence (a month, a weekday,
    "next", "tomorrow"), not only a year ("pushed back to 2030"): what the news's own
    sentence needs to be the outlook; not the day of a report or of a past act ("the board
    said on Monday", "arrested on Friday"). Reads the sentence's tokens once, each with a
    bounded climb to its verb."""
    for i in tokens:
        if not (
            (t.lower[i] in _CALENDAR and t.tag[i] != "MD")
            or t.lower[i] in FORWARD_TIME_WORDS
            # round 36: a date noun the recognizer tags ("over the weekend", "tonight",
            # "this summer"), a near time as a weekday is
            or (t.lower[i] in DATE_NOUNS and t.ent[i] in _TIME_ENTITIES)
        ):
            continue
        verb = i
        for _ in range(_MAX_CLIMB):
            if t.pos[verb] in ("VERB", "AUX") or t.head[verb] == verb:
                break
            verb = t.head[verb]
        if not (
            t.pos[verb] in ("VERB", "AUX")
            and (
                t.lemma[verb] in SPEECH_LEMMAS
                or t.tag[verb] == "VBD"
                # a participle with no modal ("arrested on Friday"), not "will be
                # sentenced on 9 June"
                or (t.tag[verb] == "VBN" and not any(t.tag[a] == "MD" for a in t.children[verb]))
            )
        ):
            return True
    return False


def _proceeding_goes_on(t: Tokens, clause: int) -> bool:
    """Round 36: a court's or an inquest's proceeding told as going on, the way a court
    report ends ("The trial continues.", "The hearing, which is expected to last two
    weeks, continues."): "continue" in the present with no object and no negation, its
    subject "the" and a proceeding noun (`PROCEEDING_NOUNS`). Its next step, firm with no
    date ("The trial continues on Monday" is read with its day)."""
    if t.lemma[clause] != "continue" or t.tag[clause] not in ("VBZ", "VBP"):
        return False
    subjects = []
    for c in t.children[clause]:
        if t.dep[c] in ("dobj", "xcomp", "ccomp", "neg", "aux", "auxpass"):
            return False
        if t.dep[c] == "nsubj":
            subjects.append(c)
    return len(subjects) == 1 and (
        t.lemma[subjects[0]] in PROCEEDING_NOUNS
        and any(t.dep[d] == "det" and t.lower[d] == "the" for d in t.children[subjects[0]])
    )


def _in_an_aside(t: Tokens, i: int) -> bool:
    """Round 35: whether token `i` lies in a clause told of a noun (a relative clause or a
    participle: "a man who admitted stealing €40,000 from a club will be sentenced"),
    which describes the noun and is no term of the news. A bounded climb. Round 36: or
    in what led to the step ("Nurses will strike from 7am on Wednesday after rejecting a
    3% pay offer", "following a 12% rise in fares"): its cause, no term of it."""
    node = i
    for _ in range(_MAX_CLIMB * 2):
        if t.dep[node] in ("relcl", "acl"):
            return True
        if t.dep[node] in ("prep", "mark") and t.lower[node] in AFTERMATH_WORDS:
            return True
        head = t.head[node]
        if head == node:
            return False
        node = head
    return False


def _holds_a_figure(t: Tokens, noun: int) -> bool:
    """Round 34: a number or an amount in the noun's phrase, at most three levels down
    ("a 25 basis point cut", "a loss of about Rs 400 crore")."""
    level = [noun]
    for _ in range(3):
        if any(t.tag[n] == "CD" or t.ent[n] in _FIGURE_ENTITIES for n in level):
            return True
        level = [g for n in level for g in t.children[n]][:_FIGURE_BREADTH]
    return any(t.tag[n] == "CD" or t.ent[n] in _FIGURE_ENTITIES for n in level)


# Round 35: the entities of a sum or a share, the news's own measure in its first sentence.
_AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT"})

# Round 34: the entities of an amount, and how many words of a level `_holds_a_figure`
# reads (a bounded walk).
_FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_FIGURE_BREADTH = 12


# Round 32: how firm a step must be (a next step with its time ahead, as the lead's
# `_LEAD_PARSED_SCORE`) for the plain "will" of the sentence right after it to count as
# firm: it carries that step on.
_CONTINUED_STEP_SCORE = 4.0

# How many tokens the sentence after a reported plan may have to tell what came of it
# ("It did not.", "The plan was later dropped."): a bounded look, no rescan.
_UNDONE_MAX_TOKENS = 12


def _undone_after(t: Tokens, first: int, last: int) -> bool:
    """Round 26: a plan or forecast reported with "would" whose next sentence, short and
    in the past, says it came to nothing ("The minister promised the road would open by
    Christmas. It did not.", "... would launch in spring. The plan was later dropped.",
    "... would hit the coast on Sunday. It veered out to sea instead."). Reads the
    sentence's modals and at most `_UNDONE_MAX_TOKENS` tokens after it."""
    if not any(t.tag[i] == "MD" and t.lower[i] in ("would", "'d") for i in range(first, last)):
        return False
    if any(t.tag[i] == "MD" and t.lower[i] in ("will", "'ll", "wo") for i in range(first, last)):
        return False
    sentence = t.sent[last - 1] + 1
    if sentence >= len(t.sent_starts) or t.sent_starts[sentence] != last:
        return False
    end = t.sent_starts[sentence + 1] if sentence + 1 < len(t.sent_starts) else len(t.lower)
    if end - last > _UNDONE_MAX_TOKENS:
        return False
    roots = [i for i in range(last, end) if t.dep[i] == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    children = t.children[root]
    past = t.tag[root] == "VBD" or any(
        t.dep[c] in ("aux", "auxpass") and t.tag[c] == "VBD" for c in children
    )
    subjects = [c for c in children if t.dep[c] in _SUBJECTS]
    # the plan told again: a pronoun or a noun with "the", "that" or "neither" ("It",
    # "That deadline", "The plan", "Neither figure"), not a new name
    back = len(subjects) == 1 and (
        t.pos[subjects[0]] == "PRON"
        or (
            t.pos[subjects[0]] == "NOUN"
            and any(
                t.dep[d] == "det" and t.lower[d] in ("the", "that", "this", "neither")
                for d in t.children[subjects[0]]
            )
        )
    )
    if not (past and back):
        return False
    # "It did not.", "That never happened." deny the plan; "It did not say how many" is
    # more news of a report
    denied = any(t.lower[c] in NEGATIONS for c in children) and not (
        t.lemma[root] in SPEECH_LEMMAS
        or t.lemma[root] in COMMENT_LEMMAS
        or any(t.dep[c] in ("dobj", "ccomp", "xcomp", "attr") for c in children)
    )
    return (
        denied
        or t.lemma[root] in UNDONE_LEMMAS
        or any(
            # the parser may read the particle as a preposition with nothing under it
            (t.dep[c] == "prt" or t.tag[c] == "RP" or (t.dep[c] == "prep" and not t.children[c]))
            and f"{t.lemma[root]} {t.lower[c]}" in UNDONE_PHRASALS
            for c in children
        )
        or any(t.lower[i] in UNDONE_MARKERS for i in range(last, end))
    )


def _forward_part(t: Tokens, sentence: Segment) -> str:
    """The outlook sentence without a tail that tells no next step: a participle of
    consequence ("... limited to a draught of 44 feet, forcing some vessels to carry less
    cargo") or a second past act of the one who speaks ("said wages would be paid by
    Friday and blamed a delay in a transfer"). A tail with a modal or a time in it stays:
    it may be the step itself. Bounded climbs over the sentence's tokens."""
    tokens = t.between(sentence.start, sentence.end)
    words = [i for i in tokens if t.pos[i] != "PUNCT"]
    if len(words) < 2:
        return sentence.text
    # each token's leftmost and rightmost word below it, and whether something ahead lies
    # below it: a modal, a time, a way opened or a danger ("paving the way for a vote",
    # "putting 300 jobs at risk")
    leftmost = {i: i for i in tokens}
    rightmost = {i: i for i in tokens}
    marked = {
        i: t.tag[i] == "MD"
        or t.ent[i] in _TIME_ENTITIES
        # round 31: a clock time the recognizer leaves a number ("starting at 9.30am")
        or (t.pos[i] in ("NUM", "NOUN") and bool(_CLOCK.fullmatch(t.lower[i])))
        or t.lemma[i] in PROSPECT_NOUNS
        or t.lemma[i] in JEOPARDY_NOUNS
        for i in tokens
    }
    for i in words:
        node = i
        for _ in range(_MAX_CLIMB * 2):
            head = t.head[node]
            if head == node or head not in rightmost:
                break
            leftmost[head] = min(leftmost[head], i)
            rightmost[head] = max(rightmost[head], i)
            marked[head] = marked[head] or marked[i]
            node = head
    cut = None
    for c in words:
        before = leftmost[c] - 1
        # round 21: a closing aside in the past on a noun (", which signed the band in a
        # three-album deal in October"): what a thing did, no step; its past date is no
        # mark, a modal is
        if (
            t.dep[c] == "relcl"
            and t.tag[c] == "VBD"
            and rightmost[c] == words[-1]
            and before in rightmost
            and t.text[before] == ","
            and t.pos[t.head[c]] in ("NOUN", "PROPN")
            and not any(t.tag[i] == "MD" for i in range(leftmost[c], rightmost[c] + 1))
        ):
            cut = before if cut is None else min(cut, before)
            continue
        if (
            rightmost[c] != words[-1]
            or marked[c]
            or t.head[c] == c
            or t.head[c] not in rightmost
            or before not in rightmost
        ):
            continue
        deps = {t.dep[g] for g in t.children[c]}
        consequence = (
            t.dep[c] == "advcl"
            and t.tag[c] == "VBG"
            and not deps & (_SUBJECTS | {"mark"})
            and t.text[before] == ","
        )
        # a simple past joined to the speech, or to a modal it cannot share ("said
        # wages would be paid and blamed a delay": the parser may hang it on either)
        head = t.head[c]
        also_did = (
            t.dep[c] == "conj"
            and t.tag[c] == "VBD"
            and (
                t.lemma[head] in SPEECH_LEMMAS
                or any(t.tag[a] == "MD" for a in t.children[head] if t.dep[a] == "aux")
            )
            and t.dep[before] == "cc"
            # a second report is more speech, maybe ahead ("but warned further
            # cancellations were possible"); "blamed a delay" is an act done
            and "ccomp" not in deps
            # "claimed the attack and threatened to publish the data unless paid": a
            # threat, vow or promise of an act is the step ahead itself
            and "xcomp" not in deps
        )
        if consequence or also_did:
            cut = before if cut is None else min(cut, before)
    asides = _asides(t, words, leftmost, rightmost, marked, cut)
    if cut is None and not asides:
        return sentence.text
    end = sentence.end if cut is None else t.start[cut]
    kept, at = [], sentence.start
    for first, last in asides:
        kept.append(sentence.text[at - sentence.start : first - sentence.start])
        at = last
    kept.append(sentence.text[at - sentence.start : end - sentence.start])
    text = "".join(kept)
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return sentence.text  # a cut inside a quotation: the words stay whole
    if cut is None:
        return text
    return text.rstrip(" ,;") + "."


def _asides(
    t: Tokens,
    words: list[int],
    leftmost: dict[int, int],
    rightmost: dict[int, int],
    marked: dict[int, bool],
    cut: int | None,
) -> list[tuple[int, int]]:
    """Round 30: the character spans of asides set off by commas inside the sentence,
    which tell of a thing or a person and no next step: a relative clause on a noun
    (", which was due to open this spring,", ", who has run the yard since 2019,"), a
    participle (", held in the city centre every December since 1952,") or the name of
    one who speaks after his role ("His lawyer, Marcus Fenwright, said"). An aside with a
    modal in it, or a time when it is not in the past, stays: it may be the step. Each
    span runs from its opening comma to the start of the word after its closing one."""
    spans: list[tuple[int, int]] = []
    for c in words:
        before, after = leftmost[c] - 1, rightmost[c] + 1
        if (
            before not in rightmost
            or after not in rightmost
            or t.text[before] != ","
            or t.text[after] != ","
            or after + 1 not in rightmost
            or (cut is not None and after >= cut)
        ):
            continue
        head = t.head[c]
        if head == c or t.pos[head] not in ("NOUN", "PROPN"):
            continue
        # the noun inside an appositive of its own ("a solicitor at Harcourt Law, which
        # is representing the family, said"): the closing comma is the outer one's too
        node = head
        for _ in range(_MAX_CLIMB):
            if t.dep[node] == "appos" or t.head[node] == node:
                break
            node = t.head[node]
        if t.dep[node] == "appos":
            continue
        inside = range(leftmost[c], after)
        if any(t.tag[i] == "MD" for i in inside):
            continue
        if t.dep[c] == "relcl":
            if t.tag[leftmost[c]] not in ("WDT", "WP", "WP$"):
                continue  # "the day the plant closes": no aside
            if t.lemma[c] in SPEECH_LEMMAS:
                continue  # ", which admits breaching safety law,": a stance in the story
            # a past or a perfect: "which was due to open this spring", "who has run"
            past = t.tag[c] == "VBD" or any(
                t.dep[a] in ("aux", "auxpass") and (t.tag[a] == "VBD" or t.lemma[a] == "have")
                for a in t.children[c]
            )
        elif (
            t.dep[c] == "acl"
            and t.tag[c] == "VBN"
            # the participle opens the aside, an adverb may come first (", first held in")
            and all(t.dep[i] == "advmod" for i in range(leftmost[c], c))
            # ", expected to run for eight days,", ", designed to survive the heat,": what
            # is meant of it
            and not any(t.dep[g] == "xcomp" for g in t.children[c])
        ):
            past = True  # ", held in Leeds every December since 1952,"
        elif (
            t.dep[c] == "appos"
            # a name (the recognizer may call it a firm) after a role in common nouns
            and t.pos[c] == "PROPN"
            and t.pos[head] == "NOUN"
            and t.dep[head] in ("nsubj", "nsubjpass")
            and t.lemma[t.head[head]] in SPEECH_LEMMAS
        ):
            past = True  # "His lawyer, Marcus Fenwright, said"
        else:
            continue
        if marked[c] and not past:
            continue
        if any(t.ent[i] in _TIME_ENTITIES for i in inside) and not past:
            continue
        spans.append((t.start[before], t.start[after] + 1))
    outer: list[tuple[int, int]] = []
    for first, last in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not outer or first >= outer[-1][1]:
            outer.append((first, last))  # an aside inside another goes with it
    return outer
