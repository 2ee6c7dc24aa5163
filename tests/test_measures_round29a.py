"""Round 29a, what a figure measures, from a new dev article (a Canadian broadcaster's
monthly jobs report) and a probe across outlets: an amount after "at" on a verb that puts
a figure on its object is that object ("put the death toll at 41", "the odds of another
cut"; a deal that "values" a club: the value of the club); "the" amount a participle of
record follows is an earlier level of what the amount before it measures ("above the
10.8 per cent recorded two years ago"); the first of two objects read as the direct
object is whom a fine or a payment goes to, not run into the doer ("fine by Ofwat
company"); a move in points by "add", "shed" or "lose" told with its share or level is
the gain or fall in what moved; a second object joined to the first one's "of" amount
shares its verb ("had expected ... and a rate of 6.8 per cent"); a bare frame of time is
told by its "within which" clause ("The time within which an appeal may be lodged"); a
noun phrase stops before a joined noun with its own amount ("and a rate of 6.8 per
cent"); and the "he" or "she" of a clause a named person reports is that person ("Dale
Marchetti said he had applied for 50 jobs"), but not one set off by a remark ("Tom
Price, prosecuting, said he had").

Every passage here is synthetic, written for these tests (invented people, firms, clubs
and places of no consequence), across Canadian, British, Irish, Indian, Australian,
Nigerian, South African, Singaporean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figure(text: str, wanted: str) -> FoundFigure:
    found = {f.text: f for f in find_figures(text, analysis_of(text))}
    assert wanted in found, list(found)
    return found[wanted]


def _check(text: str, figure: str, wanted: list[str], unwanted: list[str]) -> None:
    measures = _figure(text, figure).measures.casefold()
    assert wanted or unwanted  # every case says something
    for word in wanted:
        assert word.casefold() in measures, (measures, word)
    for word in unwanted:
        assert word.casefold() not in measures, (measures, word)


# synthetic: text, figure, words the measure holds, words it must not hold
ESTIMATED_AT = [
    # Nigerian wire: an official toll
    ("Officials in Lagos put the death toll at 41 on Sunday.", "41", ["death toll"], ["put"]),
    # Indian broadsheet: a count of people
    (
        "The NDMA puts the number of displaced people at 14,500.",
        "14,500",
        ["number of displaced people"],
        ["NDMA puts"],
    ),
    # Canadian broadcaster: market odds, and the level they rose from
    (
        "Markets now put the odds of another cut at about 40 per cent, up from 25 per cent.",
        "about 40 per cent",
        ["odds of another cut"],
        ["Markets put"],
    ),
    (
        "Markets now put the odds of another cut at about 40 per cent, up from 25 per cent.",
        "25 per cent",
        ["odds of another cut"],
        ["Markets put"],
    ),
    # Irish broadcaster: a forecaster's chance
    (
        "The Met Éireann forecaster put the chance of snow at 30%.",
        "30%",
        ["chance of snow"],
        ["forecaster put"],
    ),
    # South African local: bail set
    ("The magistrate set bail at R5,000.", "R5,000", ["bail"], ["magistrate set"]),
    # Australian wire: a possessive pronoun on the object is the doer's
    (
        "The Reserve Bank set its cash rate at 4.1% on Tuesday.",
        "4.1%",
        ["cash rate of Reserve Bank"],
        ["its"],
    ),
    # UK business paper: an offer's value of a firm
    (
        "The offer values Kestrel Foods at £2.1bn.",
        "£2.1bn",
        ["value of Kestrel Foods"],
        ["offer values"],
    ),
    # South African local: a deal that values a club
    (
        "The Titans were sold in a deal that values the Currie Cup club at about R180 million.",
        "about R180 million",
        ["value of Currie Cup club", "deal"],
        [],
    ),
    # Kenyan wire: whose cost, told on the verb
    (
        "The Grain Council put the cost to traders at about $2 million a day.",
        "about $2 million",
        ["cost to traders"],
        ["Council put"],
    ),
    # negatives: analysts are not where a value is, nor shares; a bet is no estimate
    (
        "Shares in Brackenfield fell 23% on Wednesday, valuing the company at about £140m.",
        "about £140m",
        ["value of company"],
        ["Shares"],
    ),
    ("Analysts value the deal at about $3bn.", "about $3bn", ["value of deal"], ["Analysts"]),
    ("She put £500 on the horse at 10-1.", "£500", ["horse"], ["odds"]),
    # (a count of things put on sale is no estimate of them)
    ("The club put 2,000 tickets on sale at £25 each.", "2,000", ["tickets"], ["price"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), ESTIMATED_AT)
def test_an_amount_a_verb_puts_on_its_object_measures_that_object(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


RECORDED_BEFORE = [
    # Canadian broadcaster: the youth jobless rate two years ago
    (
        "Youth unemployment fell to 13.9 per cent, well above the 10.8 per cent recorded"
        " two years ago.",
        "10.8 per cent",
        ["Youth unemployment", "two years ago"],
        ["recorded"],
    ),
    # UK wire: inflation seen earlier
    (
        "Inflation eased to 3.1%, down from the 4.4% seen in March.",
        "4.4%",
        ["Inflation", "March"],
        ["seen"],
    ),
    # Irish broadsheet: turnout at the last election
    (
        "Turnout was 61%, short of the 68% recorded at the last election.",
        "68%",
        ["Turnout", "last election"],
        ["recorded"],
    ),
    # South African broadcaster: a provincial jobless rate
    (
        "The jobless rate in Gauteng rose to 34.1%, above the 32.9% reported a year earlier.",
        "32.9%",
        ["jobless rate in Gauteng", "a year earlier"],
        ["reported"],
    ),
    # negatives: a count a body recorded, rain a station recorded
    ("Police recorded 4,200 burglaries last year.", "4,200", ["burglaries"], []),
    ("The station recorded 58mm of rain on Sunday.", "58", ["rain"], []),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), RECORDED_BEFORE)
def test_the_amount_a_participle_of_record_follows_is_an_earlier_level(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


FIRST_OF_TWO_OBJECTS = [
    # UK broadsheet: a regulator's fine on a water company
    (
        "Ofwat fined the company £11.4m for missing leakage targets.",
        "£11.4m",
        ["fine", "to company"],
        ["Ofwat company"],
    ),
    # Irish wire: the central bank and an insurer
    (
        "The Central Bank fined the insurer €4.2m last year.",
        "€4.2m",
        ["fine", "to insurer"],
        ["Bank insurer"],
    ),
    # US wire: the EU and a tech group
    (
        "The EU fined the tech group €1.8bn for abusing its dominance.",
        "€1.8bn",
        ["fine", "to tech group"],
        ["EU tech"],
    ),
    # UK local: magistrates and a landlord
    ("Magistrates fined the landlord £8,000.", "£8,000", ["to landlord"], ["Magistrates landlord"]),
    # UK broadsheet: a charge on tourists, however long the clause
    (
        "Ashworth Cathedral will charge tourists £12 to enter from 1 March, the first"
        " admission fee in its 800-year history.",
        "£12",
        ["charge", "to tourists"],
        ["Cathedral tourists"],
    ),
    # negatives: a thing sold for a sum stays the thing; a passive fine
    ("Ruairi Cahill sold his stake for 3.5 million euros last year.", "3.5 million", ["stake"], []),
    ("The company was fined £11.4m by Ofwat.", "£11.4m", ["fine"], ["to company"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), FIRST_OF_TWO_OBJECTS)
def test_the_first_of_two_objects_is_whom_the_sum_goes_to(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


POINTS_ADDED_OR_SHED = [
    # Canadian wire: the TSX with its close
    ("The TSX added 112 points to close at 24,310.", "112", ["gain in TSX"], ["added"]),
    # UK wire: the FTSE with its share
    ("The FTSE 100 shed 48 points, or 0.6%, by the close.", "48", ["fall in FTSE 100"], ["loss"]),
    # South African wire: the all-share index with its level
    (
        "The JSE all-share index lost 310 points to 78,020.",
        "310",
        ["fall in JSE", "index"],
        ["loss"],
    ),
    # negatives: a team's points stay a tally; jobs shed stay jobs
    ("Kansas City added 17 points in the fourth quarter.", "17", ["points"], ["gain in"]),
    ("Alberta shed 8,500 jobs, mostly in oil and gas.", "8,500", ["jobs", "Alberta"], ["fall"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), POINTS_ADDED_OR_SHED)
def test_points_added_or_shed_with_a_share_or_level_are_a_move(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


JOINED_THROUGH_OF = [
    # Canadian broadcaster: the expected jobless rate
    (
        "Economists had expected a gain of about 10,000 jobs and a rate of 6.8 per cent.",
        "6.8 per cent",
        ["rate", "expected", "Economists"],
        [],
    ),
    # UK broadsheet: forecasts of growth and inflation
    (
        "Forecasters had predicted growth of 0.3% and inflation of 2.9%.",
        "2.9%",
        ["inflation", "predicted"],
        [],
    ),
    # negatives: results reported are not forecast
    (
        "The bank reported a profit of $2.1bn and revenue of $9.4bn.",
        "$9.4bn",
        ["revenue"],
        ["expected", "forecast", "predicted"],
    ),
    (
        "The economy added 40,000 jobs and the rate held at 6.1%.",
        "6.1%",
        ["rate"],
        ["expected", "added"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), JOINED_THROUGH_OF)
def test_a_second_object_joined_to_the_first_ones_amount_shares_its_verb(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


REPORTED_BY_A_NAMED_PERSON = [
    # Canadian broadcaster: a laid-off worker
    (
        "Dale Marchetti said he had applied for more than 50 jobs since being let go.",
        "more than 50",
        ["Dale Marchetti", "jobs"],
        [],
    ),
    # Nigerian daily: letters sent
    (
        "Ngozi Eze said she had sent 30 letters to the ministry.",
        "30",
        ["Ngozi Eze", "letters"],
        [],
    ),
    # Irish local: tickets sold
    ("Sean Walsh said he had sold 300 tickets by noon.", "300", ["Sean Walsh", "tickets"], []),
    # negatives: counsel set off by a remark, a body, what one has
    (
        "Tom Price, prosecuting, said he had stolen 14 cars from the estate.",
        "14",
        ["cars"],
        ["Tom Price"],
    ),
    ("Police said he had stolen 14 cars.", "14", ["cars"], ["Police"]),
    (
        "Dara Keaton, 17, needs 120 credits. Keaton said he had 96 credits.",
        "96",
        ["Keaton's credits"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), REPORTED_BY_A_NAMED_PERSON)
def test_the_pronoun_of_a_clause_a_named_person_reports_is_that_person(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


WHICH_FRAMES = [
    # UK broadsheet: an appeal's window
    (
        "The time within which an appeal may be lodged is 21 days.",
        "21 days",
        ["time within which an appeal may be lodged"],
        [],
    ),
    # Indian business paper: a loan's term
    (
        "The period over which the loan is repaid is 25 years.",
        "25 years",
        ["period over which the loan is repaid"],
        [],
    ),
    # Singaporean broadsheet: a hospital's target
    (
        "The window within which patients must be seen is four hours.",
        "four hours",
        ["window within which patients must be seen"],
        [],
    ),
    # negatives: a frame with its own words, a clause without a preposition
    ("The average response time was 41 minutes.", "41 minutes", ["average response time"], []),
    ("The period of the loan is 25 years.", "25 years", ["period of the loan"], ["which"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), WHICH_FRAMES)
def test_a_bare_frame_of_time_is_told_by_its_which_clause(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


JOINED_NOUN_WITH_ITS_AMOUNT = [
    # Canadian broadcaster: the first of two expected figures stops before the second
    (
        "Economists had expected a gain of about 10,000 jobs and a rate of 6.8 per cent.",
        "about 10,000",
        ["jobs", "expected"],
        ["rate", "6.8"],
    ),
    # US wire: a compound noun joined with its own share
    (
        "Economists polled by Reuters had expected 150,000 jobs and an unemployment rate of 4.1%.",
        "150,000",
        ["jobs", "expected"],
        ["unemployment", "4.1"],
    ),
    # Canadian wire: a second count with its verb left out
    (
        "Health care and social assistance gained 17,000 workers and public administration 11,500.",
        "17,000",
        ["workers", "Health care"],
        ["11,500", "administration"],
    ),
    # negatives: a joined noun with no amount of its own stays in the phrase
    (
        "The storm cut power to 40,000 homes and businesses in the county.",
        "40,000",
        ["homes"],
        [],
    ),
    ("The council has 300 staff and a budget of £4m.", "£4m", ["budget"], []),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), JOINED_NOUN_WITH_ITS_AMOUNT)
def test_a_noun_phrase_stops_before_a_joined_noun_with_its_own_amount(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)
