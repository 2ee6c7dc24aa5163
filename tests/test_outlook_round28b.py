"""Outlook, round 28 (b): a New Zealand school-zoning consultation and board vote (local
news site) and a probe across beats (courts, politics, consumer, religion, culture,
local government, sport; UK, Irish, Nigerian, Indian, Australian, US and New Zealand
copy), from the dev misses: outlooks left empty although the article told a deadline.

- An order with a span or a deadline of its own ("The judge ordered Harkup to pay
  £150,000 ... within three months", "ordered him to repay the full amount within 28
  days", "directed the council to publish the report by the end of March"): the step
  still to be taken, as the dev references have it. With no time ahead it is the
  penalty, already news ("ordered him to pay costs of £850"); a time of the order
  itself ("In 2019 the court ordered ... within six months") or a time behind ("last
  Friday") keeps it out.
- A holiday with its year ("by Easter 2028", "by Christmas 2027"), which the recognizer
  took for the name of a law or an event: a date, as "by Easter" is; a thing named by
  it ("The Easter 2016 Rising") is none.
- What matter does by its nature, told of bare nouns with no "when" clause ("Metal
  will expand in the heat", "Oil and water will not mix", "Iron will rust in the
  rain"): a general truth, no step (round 20 took it only with a "when" clause); a
  body's plan with the same verb ("The company will expand into Kenya next year", "The
  plant will mix the concrete on site from Monday") stays.
- A window's opening or closing misread under a speech verb ("Applications for the
  grant open on 1 July, the department said", "Entries close on Friday, organisers
  said": "open" or "close" read as an adjective or an adverb): outlook, as round 18
  took it with no speech verb; a window told in the past ("were open", "closed") or a
  place's hours ("Shops close on Sundays") stays out.
- A span left to act in, told in the lead, whoever has it ("Tenants have 28 days to
  lodge an appeal, the council said", "He has 30 days to appeal, his lawyer said"): the
  next step (round 27 took it only with a named holder); a span behind ("had 28 days")
  stays out.

Every passage here is synthetic: written for these tests (invented people, firms and
towns), not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

# Past facts open every synthetic article: they are the situation.
LEAD = (
    "The announcement was made on Wednesday after weeks of speculation.\n\n"
    "Directors met in the morning to approve the statement.\n\n"
    "Staff were told in an email shortly before it was published.\n\n"
    "Several of them had already heard the news from friends.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "sentence",
    [
        # an order with its span or deadline
        "The judge ordered Harkup to pay £150,000 in compensation to his victims within"
        " three months.",
        "The standards body ordered him to repay the full amount within 28 days.",
        "The tribunal ordered the firm to pay £12,000 to the worker within 14 days.",
        "The magistrates ordered Okafor to pay costs of £850 within six weeks.",
        "The council was ordered to publish the report by the end of March.",
        "The High Court ordered the club to repay the loan by 30 June.",
        "He was ordered to pay £2,400 compensation within 12 months.",
        "The High Court in Abuja ordered the contractor to refund N45 million to the state"
        " within 30 days.",
        "The Federal Court ordered the developer to repair the cladding by 30 June.",
        "The sheriff ordered Macleod to pay £600 compensation to the shop within eight weeks.",
        "The magistrate ordered the company to remove the hoardings by Friday.",
        "The Ombudsman required the council to apologise to the family within one month.",
        "The commission instructed the utility to restore supply within 48 hours.",
        "The club has been ordered to pay the fine by 1 December.",
        # a holiday with its year
        "The dean said she hoped the bells would ring again by Easter 2028.",
        "The vicar said she hoped the organ would be restored by Christmas 2027.",
    ],
)
def test_orders_with_a_deadline_and_dated_holidays_are_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an order with no time ahead: the penalty, already news
        "The High Court in Abuja ordered the contractor to refund N45 million to the state.",
        "The judge ordered Harkup to pay £150,000 in compensation to his victims.",
        "The magistrates ordered him to pay costs of £850.",
        "He was ordered to pay £300 costs.",
        "The judge ordered the jury to disregard the remark.",
        "The sergeant instructed officers to search the house.",
        # a time of the order itself, a time behind, an order carried out
        "In 2019 the court ordered the developer to repair the cladding within six months.",
        "The magistrate ordered the company to remove the hoardings last Friday.",
        "The tribunal directed the airline to refund the passengers, which it did within a"
        " fortnight.",
        "He was ordered to pay £2,400 compensation in 2019 and paid it within 12 months.",
        # a thing named by a holiday and its year; a hope seen from the past
        "The Easter 2016 Rising is remembered every year.",
        "The Christmas 2025 lights were switched on by the mayor.",
        "The vicar had hoped the organ would be restored by Christmas 2020, but the work overran.",
    ],
)
def test_penalties_past_orders_and_names_stay_out(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    ("paragraph", "step"),
    [
        (
            "Harlow council has approved plans to demolish the Eastfield flats. Councillors"
            " voted 8-3 in favour. Tenants have 28 days to lodge an appeal, the council said.",
            "Tenants have 28 days to lodge an appeal",
        ),
        (
            "Harlow council has approved plans to demolish the Eastfield flats. Tenants have"
            " 28 days to lodge an appeal, the council said.",
            "Tenants have 28 days to lodge an appeal",
        ),
        (
            "A Lagos court has jailed a bank clerk for fraud. He has 30 days to appeal, his"
            " lawyer said.",
            "He has 30 days to appeal",
        ),
        (
            "Wellington City Council has voted to close the Kilbirnie pool. Residents have"
            " six weeks to make a submission.",
            "Residents have six weeks to make a submission",
        ),
    ],
)
def test_a_span_left_to_act_in_told_in_the_lead_is_the_outlook(paragraph, step) -> None:
    assert step in build_brief(f"Headline\n\n{paragraph}").outlook


@pytest.mark.parametrize(
    "paragraph",
    [
        "Harlow council has approved plans to demolish the Eastfield flats. Councillors voted"
        " 8-3 in favour. Tenants had 28 days to lodge an appeal but none did.",
        "Harlow council has approved plans to demolish the Eastfield flats. Councillors voted"
        " 8-3 in favour. Tenants have had 28 days to read the plans.",
        "Doctors have told Priya Nair she has six months to live. She was diagnosed in March.",
    ],
)
def test_a_span_behind_or_no_step_told_in_the_lead_is_no_outlook(paragraph) -> None:
    assert build_brief(f"Headline\n\n{paragraph}").outlook == ""


def test_the_zoning_story_keeps_its_steps() -> None:
    text = (
        "Tōtara Heights board votes to consult on smaller zone\n\n"
        "Families in three Matapiko streets could lose their right to a place at Tōtara"
        " Heights School after its board voted 5-2 to consult on a smaller zone.\n\n"
        "The school now has a roll of 684 in classrooms built for 560.\n\n"
        "The Education Review Office ordered the board to publish a new enrolment scheme"
        " within 60 days.\n\n"
        "Every child in the zone gets a free lunch under the government's programme.\n\n"
        "When he was a boy, every child on Miro Street would walk to the school together.\n\n"
        "Councillor Rangi Porter said he hoped the footbridge would open by Christmas 2027.\n"
    )
    said = build_brief(text).outlook
    assert "ordered the board to publish a new enrolment scheme within 60 days" in said
    assert "footbridge would open by Christmas 2027" in said
    assert "free lunch" not in said
    assert "would walk" not in said


@pytest.mark.parametrize(
    "sentence",
    [
        "Oil and water will not mix.",
        "Metal will expand in the heat.",
        "Water will boil at 100 degrees at sea level.",
        "Iron will rust in the rain.",
        "Milk will ferment in the heat.",
        "Timber will rot in damp conditions.",
    ],
)
def test_what_matter_does_by_its_nature_is_no_outlook(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will mix the concrete on site from Monday.",
        "The company will expand into Kenya next year.",
        "The airline will expand its Dublin base in the spring.",
        "Harlow Steel will contract its workforce by 200 jobs by March.",
        "Services will expand to Sundays from 4 May.",
        "The club said its stadium would expand to 30,000 seats by 2028.",
    ],
)
def test_plans_with_the_same_verbs_stay_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Applications for the grant open on 1 July, the department said.",
        "Entries close on Friday, organisers said.",
        "Nominations for the awards open on 3 March, the council said.",
        "Applications close on 30 September, a spokeswoman said.",
    ],
)
def test_a_misread_window_under_a_speech_verb_is_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Applications for the grant were open on 1 July, the department said.",
        "Entries closed on Friday, organisers said.",
        "Shops close on Sundays, the council said.",
        "The pool stays open on Sundays, the council said.",
        "The council said the road close to the school on Friday was flooded.",
    ],
)
def test_windows_past_and_hours_under_a_speech_verb_stay_out(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""
