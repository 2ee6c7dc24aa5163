"""Round 29b figures: an amount the display lines (headline, standfirst) tell again in the
story is told once, in the story ("... after 22-9 vote" over "Councillors voted 22 to
9"); "eight of the next 10 goals" frames the part with a window that is no figure; a
fraction told of a vote is a majority ("a two-thirds majority"); a side's innings total
after "first-innings" is a figure ("South Africa's first-innings 320"); what people
"would" do in an era the sentence opens on ("Back in the 1980s, doctors would tell
patients to eat no more than three eggs a week") is background.

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across Irish, US, British, Australian, South African, Indian,
Nigerian, Kenyan, Canadian and New Zealand copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


def _holds(text: str, digits: str) -> bool:
    return any(digits in t for t in _texts(text))


_IRISH_TOP = (
    "Councillors back 64 homes at Quarry Road\n\n"
    "Residents' group says it will consider a judicial review after 22-9 vote\n\n"
    "By Staff Reporter\n\n"
)
_IRISH_BODY = (
    "Plans for 64 social and affordable homes were approved by Dunmore County Council on "
    "Monday.\n\nCouncillors voted 22 to 9, with two abstentions, to approve the scheme.\n"
)


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # Irish local (council): the standfirst's vote is the body's vote
        (_IRISH_TOP + _IRISH_BODY, "22-9", False),
        (_IRISH_TOP + _IRISH_BODY, "22 to 9", True),
        (_IRISH_TOP + _IRISH_BODY, "64", True),
        # US local (school board), British broadcaster (union ballot)
        (
            "Board approves levy\n\nTrustees split 5-2 on school tax\n\nThe school board "
            "voted 5-2 on Monday night to put the levy on the November ballot.\n",
            "5-2",
            True,
        ),
        (
            "Nurses accept pay deal\n\nUnion members back offer by 4,812 votes to 1,905\n\n"
            "Nurses have accepted the offer by 4,812 votes to 1,905, the union said.\n",
            "4,812",
            True,
        ),
        # kept: a standfirst's figure the story does not tell again, a headline result
        (
            "Council backs homes plan\n\nResidents say they will seek judicial review after "
            "22-9 vote\n\nPlans for social homes were approved by the council on Monday.\n",
            "22-9",
            True,
        ),
        (
            "Storm leaves 40,000 without power\n\nCrews work through night in Cork and Kerry"
            "\n\nAbout 40,000 homes and businesses were left without power on Sunday, ESB "
            "Networks said.\n",
            "40,000",
            True,
        ),
        (
            "Rovers beat United 3-1\n\nBy Sport Staff\n\nRovers beat United 3-1 at home on "
            "Saturday to go top of the league.\n",
            "3-1",
            True,
        ),
    ],
)
def test_a_display_line_s_amount_told_again_in_the_story_is_told_once(
    text: str, digits: str, kept: bool
) -> None:
    assert _holds(text, digits) is kept, _texts(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (_IRISH_TOP + _IRISH_BODY, ["22 to 9"]),
        (
            "Board approves levy\n\nTrustees split 5-2 on school tax\n\nThe school board "
            "voted 5-2 on Monday night to put the levy on the November ballot.\n",
            ["5-2"],
        ),
        (
            "Nurses accept pay deal\n\nUnion members back offer by 4,812 votes to 1,905\n\n"
            "Nurses have accepted the offer by 4,812 votes to 1,905, the union said.\n",
            ["4,812 votes to 1,905"],
        ),
    ],
)
def test_the_display_line_s_repeat_leaves_the_story_s_telling(text: str, told: list[str]) -> None:
    found = [f for f in _figures(text) if f.unit == "votes"]
    assert [f.text for f in found] == told
    assert found[0].start > text.index("\n\n", text.index("\n\n") + 2)


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # Australian broadcaster (netball), Irish broadsheet (rugby), US wire (basketball)
        ("The Lynx scored eight of the next 10 goals to close the gap to one.", "10", False),
        ("Leinster scored 24 of the next 27 points to pull clear in Dublin.", "27", False),
        ("The Raptors scored 14 of the next 18 points to lead at the half.", "18", False),
        # Indian broadsheet (cricket)
        ("Sharma took three of the next four wickets as the hosts collapsed.", "four", False),
        ("Punjab won three of their next four matches under the new captain.", "four", False),
        # kept: the part, and a span of time ahead that is no window of a run
        ("The Lynx scored eight of the next 10 goals to close the gap to one.", "eight", True),
        ("Officials expect 4,000 people over the next 10 days at the show.", "4,000", True),
        (
            "The airline will take delivery of 12 new jets over the next two years.",
            "12",
            True,
        ),
        ("Independent councillors, who hold 14 of the 36 seats, opposed the rise.", "14", True),
    ],
)
def test_the_next_few_of_a_run_only_frame_the_part(text: str, digits: str, kept: bool) -> None:
    assert _holds(text, digits) is kept, _texts(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # US broadcaster (veto), British broadsheet (synod), Irish wire (co-op vote)
        (
            "Overriding a veto requires a two-thirds majority in both chambers.",
            "two-thirds majority",
        ),
        (
            "The measure must return for final approval in 2027 with a two-thirds majority.",
            "two-thirds majority",
        ),
        (
            "The merger needed a two-thirds majority of shareholders under the society's rules.",
            "two-thirds majority",
        ),
        # Indian broadsheet (parliament), Kenyan broadcaster (club rules)
        (
            "A constitutional change needs a two-thirds majority in the Lok Sabha.",
            "two-thirds majority",
        ),
        (
            "Changes to the constitution require a three-quarters majority of members, the "
            "club said.",
            "three-quarters majority",
        ),
        # not a majority: a fraction of people or things stays as it was
        ("About two-thirds of voters backed the plan, the poll found.", "About two-thirds"),
        ("Sales fell by a quarter in the first half, the retailer said.", "a quarter"),
    ],
)
def test_a_fraction_told_of_a_vote_is_a_majority(text: str, wanted: str) -> None:
    assert wanted in _texts(text), _texts(text)


@pytest.mark.parametrize(
    ("text", "digits", "measures"),
    [
        # English tabloid, Pakistani wire, Kenyan broadsheet, Irish broadcaster (cricket)
        (
            "By lunch England were 94 for eight, still 226 behind South Africa's "
            "first-innings 320.",
            "320",
            "South Africa's first-innings total",
        ),
        (
            "Pakistan were bowled out for 188 in reply to Australia's first-innings 412.",
            "412",
            "Australia's first-innings total",
        ),
        (
            "Kenya trail by 96 runs after replying to Uganda's first-innings 301 with 205.",
            "301",
            "Uganda's first-innings total",
        ),
        (
            "The visitors' second-innings 187 left them needing 260 to win.",
            "187",
            "visitors' second-innings total",
        ),
    ],
)
def test_a_side_s_innings_total_after_innings_is_a_figure(
    text: str, digits: str, measures: str
) -> None:
    found = [f for f in _figures(text) if f.text == digits]
    assert [f.measures for f in found] == [measures], _texts(text)


def test_an_innings_total_with_no_side_named_is_left_out() -> None:
    assert not _holds("The first-innings 288 came after a slow start.", "288")


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # British tabloid (health), Nigerian broadsheet (transport), Welsh local (mining)
        (
            "Back in the 1980s, doctors would routinely tell heart patients to eat no more "
            "than three eggs a week.",
            "three",
            False,
        ),
        ("Back in the 1970s, dockers would unload 300 ships a year at the port.", "300", False),
        ("Decades ago, miners would routinely work 12-hour shifts underground.", "12", False),
        # Irish local (pub), Scottish broadcaster (football), Canadian local (mill)
        ("In those days the club would sell 9,000 season tickets.", "9,000", False),
        ("Years ago, families would spend R200 a month on bread, the baker said.", "R200", False),
        (
            "In the 1960s, crowds of 30,000 would pack the ground every other Saturday.",
            "30,000",
            False,
        ),
        (
            "Back in the day, the mill would employ 2,000 workers, locals told the CBC.",
            "2,000",
            False,
        ),
        # kept: what someone said would happen, a dated fact, a habit with no era
        ("Back in March, the council said it would build 300 homes on the site.", "300", True),
        ("Years ago, the minister said the plant would employ 3,000 people.", "3,000", True),
        (
            "Back then, officials said the bridge would cost R400 million.",
            "R400 million",
            True,
        ),
        ("In the 1990s, about 12,000 people worked at the yard.", "12,000", True),
        ("In 2019, the airline carried 14 million passengers.", "14 million", True),
        (
            "Under the new guidance, doctors will tell patients to eat no more than three "
            "eggs a week.",
            "three",
            True,
        ),
    ],
)
def test_what_people_would_do_in_an_era_gone_by_is_background(
    text: str, digits: str, kept: bool
) -> None:
    assert _holds(text, digits) is kept, _texts(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Indian broadsheet (prices), Irish local (budget), New Zealand broadcaster (sales)
        (
            "Onion prices rose by nearly a third last month, traders in Nashik said.",
            "nearly a third",
        ),
        ("The council cut the library budget by more than a quarter.", "more than a quarter"),
        ("Sales fell by almost a half in March, the dealers' body said.", "almost a half"),
        ("Rents in Wellington have risen by about a fifth since 2022.", "about a fifth"),
        # Singaporean broadcaster (transport), Australian wire (tourism)
        ("Ridership on the line fell by roughly a tenth during the works.", "roughly a tenth"),
        ("Bookings dropped by a fifth following the cyclone.", "a fifth"),
    ],
)
def test_a_hedged_change_by_a_share_is_a_figure(text: str, wanted: str) -> None:
    assert wanted in _texts(text), _texts(text)


def test_a_hedged_share_before_a_noun_is_no_change() -> None:
    assert _texts("The contract went to a firm chosen by about a third party.") == []


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # British tabloid (diet), Canadian broadcaster (coffee), Irish local (rail)
        ("Eating two eggs a day raised the risk of stroke, the study found.", "two", True),
        ("Drinking two cups of coffee a day was linked to a lower risk.", "two", True),
        ("Only two trains a day will run on the line from May.", "two", True),
        # a pair is still colour
        ("Two men were seen leaving the house.", "Two", False),
        ("He had two children with his first wife.", "two", False),
    ],
)
def test_two_of_a_thing_a_day_is_a_dose_not_a_pair(text: str, digits: str, kept: bool) -> None:
    assert _holds(text, digits) is kept, _texts(text)
