"""Outlook, round 8: conditions.

A condition with no time ahead says what would follow if something did or did not happen,
not what comes next: "without the grant, the museum would have to close, the trustees
said", "unless the roof is repaired the school would have to shut", "otherwise the club
would have to sell its ground". That holds in a report as in the story's own voice, and
the condition may hang on the report itself ("without extra funding, the trust said,
waiting lists would keep growing"). A condition with a date ahead is a next step on a
timetable: "if members back action, the first strikes could begin on April 10", "union
members could strike from next month if the ballot is successful"; a projection with a far
time ("could double by 2080", "within 30 years") is not.

Every article here is synthetic: written for these tests (invented people, companies and
places; several beats and house styles: labour wire, local broadsheet, health
broadcaster, sport tabloid, science broadcaster, business trade), not taken from any eval
set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
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
    "condition",
    [
        # sport, tabloid: "without" inside the report
        "The coach said that without the grant the club would have to fold.",
        # culture, local: "without" fronted, the report after
        "Without the subsidy, the museum would have to close, the trustees said.",
        # business, trade
        "Without government support the airline would collapse, its chief executive said.",
        # education, broadsheet: "unless" in a report
        "The head teacher said that unless the roof was repaired the school would have to shut.",
        # labour, wire: a threat on a condition, no date
        "The union said that if the offer was not improved, its members would consider"
        " strike action.",
        # health, broadcaster: the condition hangs on the report
        "Without extra funding, the trust said, waiting lists would keep growing.",
        # sport, broadsheet: "otherwise"
        "Otherwise the club would have to sell its ground, the chairman said.",
    ],
)
def test_a_reported_condition_with_no_date_is_no_outlook(condition: str) -> None:
    assert _outlook(LEAD + condition + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # labour, wire: the ballot's timetable
        "If members back action, the first strikes could begin on April 10, the union said.",
        "Union members could strike from next month if the ballot is successful.",
        # business, wire
        "If the vote goes against the board, the merger could collapse by the end of June.",
        # local government: a planning timetable
        "If approved, the bypass would open to traffic next year.",
        # science, broadcaster: a launch window
        "If the weather holds, the launch could take place as early as Tuesday.",
    ],
)
def test_a_condition_with_a_date_ahead_is_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "step",
    [
        # "without" after the verb with no determiner is the manner, not a condition
        "The plant will close without warning on Friday, staff were told.",
        # a dated step beside a condition stays
        "The council said the library would close in April without a new sponsor.",
        "The company said talks with the union would resume on Monday.",
    ],
)
def test_dated_steps_beside_without_stay_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "hypothesis",
    [
        "If convicted, Dwyer could face up to ten years in prison.",
        "If warming is limited to 1.5C, some glaciers could survive.",
        "Unless more volunteers come forward, the food bank could run out of stock.",
        # a projection with a far time is no step
        "If emissions keep rising, coastal flooding could double by 2080, the study said.",
        "If the decline goes on, red squirrels could vanish from the county within 30 years.",
    ],
)
def test_a_hypothesis_with_no_date_is_still_no_outlook(hypothesis: str) -> None:
    assert _outlook(LEAD + hypothesis + "\n") == ""
