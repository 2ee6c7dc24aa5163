"""The outlook, round four: views of the future that are no next step, and next steps the
tagger or the parser hides.

- A view of what a thing will do, with no date, is someone's opinion: "experts believe
  the painting will fetch more than its estimate", "critics say the scheme will cost more
  than it saves", "locals say the road will only get busier". A stance told with "will"
  ("she said she will never stop missing him") is no step either: the same test a
  reported "would" already had. Nor is what the public says a thing will do ("villagers
  say the pub will bring the community back together"), unless officials say it.
- A state told in passing in a relative clause ("the bridge, which will be 150 years old
  next spring, carried ...") is no outlook, like a person's ("who will turn 40").
- The past told forward in the story's own voice ("she would later describe the night
  as the worst of her life") is history.
- A future asked about in an indirect question ("it is not yet known when the road will
  reopen") is no step; a legacy is ("his family will miss him"), an absence is not ("Smith
  will miss the rest of the season").
- A plural present the tagger took for a noun or an adjective ("Talks resume on Monday",
  "Ticket sales open on 1 December"), a passive's "by" that governs a date ("a decision
  is expected by the end of the month"), a date that hangs on the adjective ("results
  are due on Friday morning"), a release on bail with its date, and a commitment that
  still stands ("has promised to publish its response by the summer", "vowed to fight
  the decision"; not one made "in 2019" or one that "had" been made), a span left to act
  in ("the club has 14 days to lodge an appeal"), a reported "would" the parser hung on
  the speech verb ("said the club was disappointed and would consider an appeal"), and a
  plan with "every" of a thing ("would repay every penny", no habit) are next steps.

Every sentence and article here is synthetic: written for these tests, with invented
names, across beats (courts, sport, business, politics, heritage, local news) and house
styles (wire, tabloid, broadsheet, local, broadcaster), not taken from any eval set.
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


# --- nothing ahead: opinions, quotes, past plans, past expectations -----------------


@pytest.mark.parametrize(
    "behind",
    [
        # a view of what a thing will do, with no date
        "Residents fear the closure will leave them cut off from the town.",
        "Many in the village believe house prices will rise further.",
        "Critics say the scheme will cost more than it saves.",
        "Locals say the road will only get busier.",
        "Experts believe the painting will fetch more than its estimate.",
        "Opponents claim the mast will ruin views across the valley.",
        "Analysts said the merger would create the country's largest grocer.",
        # the public's view of what a thing will do
        "Villagers say the pub will bring the community back together.",
        "Neighbours said the extension would block the light to their gardens.",
        # a stance told with "will"
        "She said she will always love him and will never stop missing him.",
        # a state told in passing
        "The bridge, which will be 150 years old next spring, carried 20,000 vehicles a "
        "day before it closed.",
        # the future inside someone's quoted words
        '"This club will never be relegated while I am in charge," the chairman told supporters.',
        "'It will be the best summer of our lives,' said Jade Harper, 24.",
        # a habit of the past, a past plan, a past expectation
        "As a child she would cycle five miles to school in all weathers.",
        "The couple had planned to marry in June but postponed the wedding when he fell ill.",
        "The band were due to headline the festival but pulled out a week before.",
        "The vote had been expected to be close, but the motion passed by a large margin.",
        "The operation, which was expected to take three hours, lasted almost seven.",
        "Profits were forecast to fall, but the company reported a 12 per cent rise.",
        # a reported future that was said long ago
        "Ten years ago, the firm announced it would move its headquarters to Leeds.",
        "In a letter in 1998, she told her sister she would never return to the village.",
        # a conditional judgment
        "The company said a tax rise of that size would put hundreds of jobs at risk.",
        # a span that was left to act in
        "He had two weeks to find a new home.",
        # a legacy, a commitment made long ago or one that had been made
        "His family will miss him terribly.",
        "In 2019 the government pledged to build 40 new hospitals.",
        "He had promised to attend the meeting but never arrived.",
        # the past told forward in the story's own voice
        "She would later describe the night as the worst of her life.",
        "The farmer would eventually sell the land to a developer.",
        # a future asked about, in an indirect question
        "It is not yet known when the road will reopen.",
        "It is unclear what the council will do with the site.",
    ],
)
def test_a_view_a_quote_or_a_past_plan_is_not_the_outlook(behind):
    assert _outlook(LEAD + behind) == ""


def test_a_view_with_a_date_ahead_is_still_the_outlook():
    # the date makes the view a forecast of an event, which an editor keeps
    dated = "Experts believe the painting will fetch more than £2m when it is sold in May."
    assert _outlook(LEAD + dated) == dated
    plan = "The council says the road will reopen on Friday."
    assert _outlook(LEAD + plan) == plan


def test_what_a_body_says_it_will_do_is_still_a_plan():
    plan = "The union says its members will stage a second walkout."
    assert _outlook(LEAD + plan) == plan
    # officials are a source, and the public may tell its own plan
    official = "Officials say the bridge will reopen."
    assert _outlook(LEAD + official) == official
    own_plan = "Campaigners say they will fight on."
    assert _outlook(LEAD + own_plan) == own_plan
    # a reported "would later" is someone's plan, not the story told forward
    later = "The council said it would later decide on the plan at a meeting next month."
    assert _outlook(LEAD + later) == later


# --- a next step, however it is put -------------------------------------------------


@pytest.mark.parametrize(
    "ahead",
    [
        # a court date, a trial, a hearing
        "Hesketh will be sentenced at Sheffield Crown Court on 24 April.",
        "Wilson is due to appear at Lincoln Crown Court on 3 May.",
        "He was remanded in custody and will appear at Bristol Crown Court on 9 June.",
        "The jury will resume its deliberations on Monday.",
        # talks, a decision, a report
        "Talks between the union and the company resume on Monday.",
        "Negotiations are set to resume next week in Geneva.",
        "A decision is expected by the end of the month.",
        "A ruling is expected within six weeks.",
        "The inquiry's report will be published in the spring.",
        "The findings are due to be published next month.",
        # a schedule, a deadline, a plan by an organisation
        "Results are due on Friday morning.",
        "Ticket sales open on 1 December.",
        "The consultation runs until 30 June.",
        "The company plans to open 40 new stores next year.",
        "The strike is due to begin at midnight on Sunday.",
        "The new law comes into force on 1 April.",
        "The agency said it would announce a decision by the end of March.",
        "Officials said the road would remain closed until at least Wednesday.",
        # three content words may name what happens and when
        "The budget will be reviewed in September.",
        # an absence ahead, not a legacy
        "Smith will miss the rest of the season with a knee injury.",
        "The striker will miss Saturday's final against Leeds.",
        # a release on bail or a remand, with its date
        "Both men have been released on bail until 14 July.",
        "The 19-year-old was released on bail until next month.",
        "He was remanded in custody until his next appearance on Friday.",
        # a commitment that still stands
        "The government has promised to publish its response by the summer.",
        "The MP vowed to fight the decision.",
        # a hope with a date ahead ("hopes" is lemmatized "hop")
        "The trust hopes to reopen the ward by the end of the year.",
        "Smith hopes to be fit for the derby next month.",
        # a span left to act in
        "The club has 14 days to lodge an appeal.",
        "Tenants have until Friday to respond to the notice.",
        # a second "that" clause the parser hangs on the speech verb, subject dropped
        'Chairman Neil Pogson said the club was "deeply disappointed" and would consider '
        "an appeal.",
        # "every" of a thing is no habit
        "She told the court she was sorry and would repay every penny.",
        # a relative's "which" is no indirect question
        "The bill, which the agency said would be paid by the landlord rather than the "
        "tenants, arrives next week.",
    ],
)
def test_a_next_step_is_the_outlook(ahead):
    assert _outlook(LEAD + ahead) == ahead


# --- whole articles ------------------------------------------------------------------


def test_a_finished_contest_with_quoted_hopes_has_no_outlook():
    text = (
        "By TOM ASHCROFT\n\n"
        "A bus driver from Bolton has won the national crossword championship at his "
        "first attempt, beating the three-time champion by 40 seconds.\n\n"
        "Dennis Fairclough, 52, solved the final puzzle in 11 minutes at the event in "
        "Cheltenham on Saturday.\n\n"
        "'I will be doing crosswords on my breaks until the day I retire,' he said.\n\n"
        "Fairclough had planned to enter last year but his shift pattern changed.\n\n"
        "The final was expected to be a straight fight between the two previous winners.\n\n"
        "His wife said he would sit at the kitchen table with a puzzle every morning.\n\n"
        "Organisers believe the contest will only grow in popularity."
    )
    assert build_brief(text).outlook == ""


def test_a_strike_story_keeps_its_dated_steps_and_drops_the_views():
    text = (
        "Refuse collectors in Carbury walked out on Monday in a row over pay.\n\n"
        "About 120 drivers and loaders joined the strike, leaving bins unemptied across "
        "the borough.\n\n"
        "The council has offered a 4% rise.\n\n"
        "Critics say the dispute will cost the town more than the pay claim itself.\n\n"
        "Pay talks resume on Thursday at the town hall.\n\n"
        "Residents fear the rubbish will attract rats.\n\n"
        "A decision on whether to extend the action is expected by the end of the month."
    )
    assert build_brief(text).outlook == (
        "Pay talks resume on Thursday at the town hall. "
        "A decision on whether to extend the action is expected by the end of the month."
    )
