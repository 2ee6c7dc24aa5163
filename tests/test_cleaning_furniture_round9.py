# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Page furniture that slipped through on broadsheet, trade, local, broadcaster and wire
pages, on synthetic pages written for these tests (invented outlets, reporters and
people): bylines with accented names, "staff" bylines, bylines with an e-mail address or
a venue, a reporter's name on its own above a post line or a timestamp, meta lines with
lower-case section labels, calls to the reader (a question and a contact, newsletters,
subscriptions, social media, highlights), advertisement markers, captions on the same
line as their label, captions ending in a credit, topic boxes and long contributor lines.
Story sentences that share their first words stay, word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

TRADE = """Cold-store operator wins £40m contract from frozen pea grower

Deal runs for seven years and adds two sites in Lincolnshire

Thursday 2 April 2026 | Cold chain | By Tomás Ó Ceallaigh

By Cold Chain Weekly staff

Glacier Logistics has won a seven-year contract to store frozen peas for Fenland Growers, the company said on Thursday.

The deal adds two cold stores near Boston, Lincolnshire, and 140 jobs, chief executive Nadia Petrescu said.

Subscribe to Cold Chain Weekly for daily freight rates and analysis

(Reporting by Kwabena Owusu-Ansah in Accra and Ngozi Eze-Obi in Lagos; Editing by Ruth van der Berg and Sinéad de Paor)"""

LOCAL = """Lakeshore council backs new marina fees

By Dolores Huerta-Vance | dhvance@lakeshore-example.com

The council voted 6-3 on Monday night to raise mooring fees by 18% from June.

"It is the only way to pay for the dredging," said Council President Ray Okonkwo.

Advertisement

Boat owners said the rise would push them to moorings across the lake.

Have a news tip? Email tips@lakeshore-example.com

Know more about this story? Call our newsroom on 0161 555 0140.

Got a community story? Contact the news desk on 0161 555 0199

Get the latest Lakeshore headlines sent straight to your inbox

Follow the Lakeshore Ledger on Facebook and Instagram."""

BROADCASTER = """Harbourside Rovers fined £50,000 over crowd trouble

By Gethin Llewellyn-Price
Radio Wessex Sport

Image caption, Fans were held outside the ground for an hour before kick-off

Harbourside Rovers have been fined £50,000 by the league after fans threw flares at the visiting goalkeeper in March.

The club said it would appeal against the fine.

Follow Radio Wessex Sport on social media

Watch highlights on Wessex TV tonight from 22:40

Follow every ball as it happens on our live blog"""

BROADSHEET = """Polish shipyard union accepts pay offer after three-week strike

Workers will return on Monday but say talks on pensions are not over

Tomasz Wieczorek in Gdansk
Tue 6 Oct 2026 09.15 BST

Strikers leave the yard gates on Monday evening. Photograph: Marta Nowakowska/Reuters

Shipyard workers in Gdansk have voted to accept a 9% pay rise, ending a three-week strike at the Baltic Hull yard.

The union's leader, Agnieszka Wrobel, said the deal was "the best we could get this year".

Topics
Poland
Europe
Shipbuilding industry"""

HEAD_BYLINE = """Hospital trust apologises for cancelled operations

Patients waited up to two years for hip and knee replacements, figures show

Malachy Donnelly-Quinn
Health Correspondent

Fri 9 Jan 2026 06.00 GMT

A hospital trust in the East Midlands has apologised after cancelling 1,200 planned operations in the autumn.

The trust's chief executive, Fiona Achterberg, said winter pressures had come early."""

SPORT_VENUE = """Durrant's century puts Wealdshire in command

By Oluwaseun Adeyemi-Hart at Castle Meadow

Joe Durrant made 152 as Wealdshire reached 410 for six on the second day against Northmoor.

Durrant, 24, hit 19 fours and two sixes in his first century of the season."""


def clean(text: str):
    return clean_article(ArticleInput(text=text))


@pytest.mark.parametrize(
    ("page", "furniture", "story"),
    [
        (
            TRADE,
            [
                "Thursday 2 April 2026 | Cold chain | By Tomás Ó Ceallaigh",
                "By Cold Chain Weekly staff",
                "Subscribe to Cold Chain Weekly for daily freight rates and analysis",
                "Editing by Ruth van der Berg and Sinéad de Paor",
            ],
            [
                "Glacier Logistics has won a seven-year contract to store frozen peas for Fenland Growers, the company said on Thursday.",
                "The deal adds two cold stores near Boston, Lincolnshire, and 140 jobs, chief executive Nadia Petrescu said.",
            ],
        ),
        (
            LOCAL,
            [
                "By Dolores Huerta-Vance | dhvance@lakeshore-example.com",
                "Advertisement",
                "Have a news tip? Email tips@lakeshore-example.com",
                "Know more about this story? Call our newsroom on 0161 555 0140.",
                "Got a community story? Contact the news desk on 0161 555 0199",
                "Get the latest Lakeshore headlines sent straight to your inbox",
                "Follow the Lakeshore Ledger on Facebook and Instagram.",
            ],
            [
                "The council voted 6-3 on Monday night to raise mooring fees by 18% from June.",
                "Boat owners said the rise would push them to moorings across the lake.",
            ],
        ),
        (
            BROADCASTER,
            [
                "Radio Wessex Sport",
                "Image caption, Fans were held outside the ground for an hour before kick-off",
                "Follow Radio Wessex Sport on social media",
                "Watch highlights on Wessex TV tonight from 22:40",
                "Follow every ball as it happens on our live blog",
            ],
            [
                "Harbourside Rovers have been fined £50,000 by the league after fans threw flares at the visiting goalkeeper in March.",
                "The club said it would appeal against the fine.",
            ],
        ),
        (
            BROADSHEET,
            [
                "Tomasz Wieczorek in Gdansk",
                "Strikers leave the yard gates on Monday evening. Photograph: Marta Nowakowska/Reuters",
                "Topics",
                "Shipbuilding industry",
            ],
            [
                "Shipyard workers in Gdansk have voted to accept a 9% pay rise, ending a three-week strike at the Baltic Hull yard.",
                "Workers will return on Monday but say talks on pensions are not over",
            ],
        ),
        (
            HEAD_BYLINE,
            ["Malachy Donnelly-Quinn", "Health Correspondent"],
            [
                "Patients waited up to two years for hip and knee replacements, figures show",
                "A hospital trust in the East Midlands has apologised after cancelling 1,200 planned operations in the autumn.",
            ],
        ),
        (
            SPORT_VENUE,
            ["By Oluwaseun Adeyemi-Hart at Castle Meadow"],
            [
                "Joe Durrant made 152 as Wealdshire reached 410 for six on the second day against Northmoor."
            ],
        ),
    ],
    ids=["trade", "local", "broadcaster", "broadsheet", "head-byline", "sport-venue"],
)
def test_page_furniture_goes_and_the_story_stays(page, furniture, story):
    cleaned = clean(page)
    paragraphs = cleaned.text.split("\n\n")
    for line in furniture:
        assert not any(
            line in paragraph for paragraph in paragraphs if len(paragraph) < 2 * len(line)
        ), line
        assert any(line in removed for removed in cleaned.removed), line
    for sentence in story:
        assert sentence in paragraphs, sentence


@pytest.mark.parametrize(
    "paragraph",
    [
        # Synthetic story lines that start like the furniture above, each kept whole.
        "Advertisement revenue fell 12% in the quarter, the broadcaster said.",
        "Subscribers to the scheme will pay £12 a month from April.",
        "Follow-up checks found no more cases, the health board said.",
        "Watch commanders were told to close the gates at 6pm, the report found.",
        "Have you seen this man? Police want to trace him after the attack.",
        "Anyone with information should call police on 101 quoting incident 412.",
        "Got a problem with your boiler? Ofgem says suppliers must now answer within a day.",
        "Get the latest figures from the council and the cost rises to £4m, Cllr Hughes said.",
        "Mr Adeyemi, who joined the club at 16, said the fans had been patient.",
        "Follow the river path and you reach the new bridge, which opens on Friday.",
    ],
)
def test_story_lines_that_resemble_furniture_stay(paragraph):
    page = f"Council row deepens\n\nThe council met on Tuesday to discuss the budget.\n\n{paragraph}\n\nA decision is due next month."
    assert paragraph in clean(page).text


@pytest.mark.parametrize(
    "names",
    [
        # Synthetic: name lines in the story, not under the headline, stay.
        "Priya Raman\n\nShe said the ward had been closed since Monday.",
        "Winners\n\nBest actor: Tom Raine. Best actress: Ada Oyelaran.",
    ],
)
def test_name_lines_inside_the_story_stay(names):
    page = f"Awards night in Leeds\n\nThe awards were given out in Leeds on Saturday night.\n\n{names}\n\nThe ceremony ended at midnight."
    cleaned = clean(page)
    for line in names.split("\n\n"):
        assert line in cleaned.text.split("\n\n"), line


def test_a_title_case_headline_over_a_timestamp_stays_the_title():
    # Synthetic US page: the headline is name-shaped and a timestamp follows it.
    page = "Governor Signs School Meals Bill\n\nPosted: Jun 4, 2026 / 05:12 PM CDT\n\nGov. Marla Quist signed the bill on Tuesday."
    cleaned = clean(page)
    assert cleaned.title == "Governor Signs School Meals Bill"
    assert cleaned.text == "Gov. Marla Quist signed the bill on Tuesday."


TABLOID_HEAD = """Soap legend QUITS after 18 years: 'I've had enough!'

Dorinda Maxwell-Roe, 61, has played landlady Pearl Gable in 2,140 episodes since 2008

She told bosses she would leave after the Christmas special, insiders claim

By ROSS KEMBLE-HART FOR THE DAILY BUGLE

Published: 10:14 GMT, 3 December 2026 | Updated: 11:02 GMT, 3 December 2026

Soap legend Dorinda Maxwell-Roe has quit the show after 18 years, telling bosses she wants to spend more time with her grandchildren.

The actress, 61, told cast members of her decision at a read-through on Monday, a source said.

She has appeared in 2,140 episodes and 40 live specials since her first scene in 2008

Her final scenes will be shown on Christmas Day."""


def test_lines_without_a_stop_that_may_hold_the_story_stay():
    # Synthetic tabloid page. The summary lines under a headline that ends with a stop,
    # and a line without a stop between two story paragraphs, may be a caption, a
    # subheading or the story's own fact: a figure an editor needs may stand in it, so
    # each stays (losing story is worse than leaving a caption).
    cleaned = clean(TABLOID_HEAD)
    paragraphs = cleaned.text.split("\n\n")
    for line in (
        "Dorinda Maxwell-Roe, 61, has played landlady Pearl Gable in 2,140 episodes since 2008",
        "She told bosses she would leave after the Christmas special, insiders claim",
        "She has appeared in 2,140 episodes and 40 live specials since her first scene in 2008",
    ):
        assert line in paragraphs, line
    assert "By ROSS KEMBLE-HART FOR THE DAILY BUGLE" not in paragraphs
