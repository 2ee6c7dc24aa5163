"""The outlook, round 4b: sentences that sound ahead but are no next step, and the stronger
signal a second outlook sentence needs.

- A wish, a preference or a readiness is no plan: "he said he would love to play for his
  country one day", "the board would welcome talks", "she would rather stay small",
  "would be happy to meet residents" (with a date it is an offer: "... next week").
- What stays as it is: "wardens will still patrol the park at night" (unless a date names
  an event: "the match will still go ahead on Saturday").
- A habit told with a recurring time: "the market, which will take place each Saturday",
  "the show, which will be repeated each summer" ("each Saturday", "a busy Saturday" name
  no date); a body's schedule stays ("the commission will review the quota every six
  months").
- A report or a commitment dated in the past: "engineers warned in 2019 that the bridge
  would need repairs within a decade", "the council said at the time the bridge would
  reopen within a year", "bought the club in 2024 and promised to take it
  into the league within five years" (the joined clause dates the promise).
- Whatever is remembered is a legacy ("fans will remember the goal for years", "the win
  will live long in the memory", "it will go down as one of the great comebacks"; not
  "prices will go down next year").
- The listings: "the series continues on Monday at 7.30pm".
- A cost is a judgment ("tickets will cost £10"), not an event.
- A second sentence must hold a firm clause: a time ahead, a named actor or body, or one
  who reports it; a bare "will" of a thing or of the public ("residents will get a larger
  bin", "the road is expected to take 7,000 lorries a day out of the town") tells the
  terms of the news.

Every sentence and article here is synthetic: written for these tests, with invented
names, across beats (sport, courts, local government, business, culture, health, weather)
and house styles (wire, tabloid, broadsheet, local, broadcaster), not taken from any eval
set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

# Past facts open every synthetic snippet: they are the situation.
LEAD = (
    "The decision was announced on Tuesday after months of argument.\n\n"
    "Officials met late into the evening to agree the details.\n\n"
    "Several people spoke at the meeting before the vote was taken.\n\n"
    "Many residents had already written to the local paper about it.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "behind",
    [
        # a wish, a preference, a readiness
        "He said he would love to return to the Olympics one day.",
        "The 72-year-old said she would like to thank the staff who cared for her.",
        "Organisers said they would be delighted to welcome the race back.",
        "The bakery's owner said she would prefer to stay small.",
        "The chief executive said the board would welcome talks with the union.",
        "He said he would be willing to meet the family.",
        "The mayor said she would welcome a public inquiry.",
        "The coach said he would rather lose playing attacking football.",
        "The striker said he would like to finish his career at the club.",
        # what stays as it is
        "Wardens will still patrol the park at night.",
        "Worshippers will still be able to enter free of charge.",
        # a habit told with a recurring time
        "The market, which will take place each Saturday, has 40 stalls.",
        "The show, which will be repeated each summer, drew 12,000 visitors.",
        "Buses will usually run every 20 minutes on weekdays.",
        # a report or a commitment dated in the past
        "Engineers warned in 2019 that the bridge would need major repairs within a decade.",
        "The government announced in 2018 that the line would open by 2025.",
        "In 2021 the firm said it would double its workforce by 2024.",
        "United's owners bought the club in 2024 and promised to take it into the "
        "Football League within five years.",
        "The council said at the time the bridge would reopen within a year.",
        # whatever is remembered, a place in memory, a legacy
        "Fans will remember the goal for years.",
        "Few will forget the night the lights went out.",
        "The victory will live long in the memory of supporters.",
        "It will go down as one of the great comebacks in the club's history.",
        # the listings
        "The series continues on Monday at 7.30pm on Channel 5.",
        "The documentary continues next Thursday at 9pm on ITV.",
        "The series concludes on Sunday at 9pm.",
        # a cost
        "Tickets will cost £10 for adults and £5 for children.",
        # a view, a condition, a past plan, a past warning (guards)
        "She said she hoped the new stadium would bring more visitors to the town.",
        "Residents hope the bypass will ease congestion in the village.",
        "If the strike goes ahead, hospitals would have to cancel thousands of operations.",
        "If approved, the scheme would see 200 homes built on the former airfield.",
        "The ship was set to sail on Friday but was held in port by the storm.",
        "The match, which was set to be his last, ended in a 2-2 draw.",
        "The fixture was due to be played on Saturday but was called off after heavy rain.",
        "The council's plans to build 300 homes on the site were rejected in 2019.",
        "The fire would have spread to neighbouring homes had firefighters not arrived so quickly.",
        "His mother said he would have turned 18 next week.",
        "Forecasters had warned that the storm would bring winds of up to 80mph.",
        "The trial continues.",
    ],
)
def test_a_lookalike_is_not_the_outlook(behind):
    assert _outlook(LEAD + behind) == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "The council will vote on the plans on 14 March.",
        "Sentencing was adjourned until next month.",
        "The museum is set to reopen in the spring after a £4m refurbishment.",
        "He will appear at Leeds Crown Court on 3 June.",
        "The company said it would cut 400 jobs over the next two years.",
        "The second leg takes place at Hampden Park next Wednesday.",
        "Ministers plan to publish the bill before the summer recess.",
        "The new timetable comes into force on 1 December.",
        "Residents have until Friday to respond to the consultation.",
        "Investigators will publish an interim report within 30 days.",
        "Police said a post-mortem examination would take place later this week.",
        "The union will ballot its members on strike action.",
        "She is due to be sentenced on Friday.",
        "The trial continues on Tuesday at Cardiff Crown Court.",
        "The charity plans to open a second shelter next year.",
        "The regulator will decide whether to approve the merger by 30 June.",
        # a broadcast's future, a date with "still", a body's schedule, a plan that opens
        "The documentary will be broadcast on Channel 4 next month despite objections "
        "from the family.",
        "The match will still go ahead on Saturday.",
        "A technical commission will review the quota every six months.",
        "Buses will run every 20 minutes from Monday.",
        # an offer with a date, a plan whose verb is also a readiness word
        "The firm said it would be happy to meet residents next week.",
        "The company said it would welcome bids for the site by the end of March.",
        "The company said it would open a depot in Yorkshire within the year.",
        "He said he would appeal against the ruling.",
        # "go down" with no "as" is no legacy
        "Prices will go down next year as new supplies arrive.",
    ],
)
def test_a_next_step_is_still_the_outlook(ahead):
    assert _outlook(LEAD + ahead) == ahead


def test_a_second_sentence_needs_a_firm_step():
    text = (
        "Councillors in Brackley voted on Wednesday to collect general waste every three "
        "weeks instead of every fortnight.\n\n"
        "The cabinet backed the plan by six votes to four after a two-hour debate.\n\n"
        "The council said the change would save about £900,000 a year.\n\n"
        "Residents will get a larger bin for general waste.\n\n"
        "The first three-weekly collections begin on 6 April."
    )
    # the bare "will" of the public is the terms of the news; the date is the step
    assert build_brief(text).outlook == "The first three-weekly collections begin on 6 April."


def test_a_reported_plan_is_a_firm_second_sentence():
    text = (
        "Hollin Ridge Hospital has closed its maternity unit to new admissions after a "
        "shortage of midwives.\n\n"
        "About 40 expectant mothers have been told to give birth elsewhere.\n\n"
        "Two midwives resigned last month, leaving 11 of 20 posts filled.\n\n"
        "The trust said it would recruit 25 midwives from overseas.\n\n"
        "The unit is due to reopen on 1 March."
    )
    assert build_brief(text).outlook == (
        "The trust said it would recruit 25 midwives from overseas. "
        "The unit is due to reopen on 1 March."
    )


def test_a_finished_race_with_wishes_and_memories_has_no_outlook():
    text = (
        "By MEGAN TRELAWNY\n\n"
        "Kenyan runner Ruth Akinyi won the Harbourside 10K on Sunday in a course record of "
        "30 minutes 41 seconds.\n\n"
        "Akinyi, 24, broke clear of the leading group with two kilometres left.\n\n"
        "She said she would love to come back and defend her title one day.\n\n"
        "Race director Colin Marsh said organisers would welcome her back.\n\n"
        "The race, which will be held each September, raised £80,000 for charity.\n\n"
        "Fans will remember her finish for years."
    )
    assert build_brief(text).outlook == ""
