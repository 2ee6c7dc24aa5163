"""Round 34e figures, from classes that at least two of four outside writers' probes
share: numbers listed right after the plural noun of a numbered service, route or place
("Bus services 858 and 969 will be rerouted", "platforms 3 and 4"), or listed beside a
code before such a noun ("the 27 and 31A bus services"), name them all, the first of the
list too; a bare count that is the subject of the next clause counts what the count
before it counts, when its verb takes nothing ("27 people fell ill ...; 9 have died"),
when the count before counts a plural name ("7.8 million South Africans ..., and 5.9
million are on treatment"), and after a short opening phrase of its own clause ("; by
Tuesday evening, 141 had signed").

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
South African, Canadian, Singaporean, Filipino and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


def _has(text: str, digits: str) -> bool:
    return any(digits in f.text.split() or f.text.endswith(digits) for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # counts, ranges and shares after a plural noun stay figures
        ("Councils cut bus services by 12 and 14 per cent in two years.", "12"),
        ("Operators must run 858 buses and 969 trains a day, the contract says.", "858"),
        ("Bus services rose to 412 and then fell back.", "412"),
        ("The 27 bus services that remain will run hourly from March.", "27"),
        ("Ministers approved 40 new routes and 12 extensions on Tuesday.", "40"),
    ],
)
def test_counts_near_service_nouns_stay_figures(text: str, digits: str) -> None:
    assert _has(text, digits), _figures(text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # Singaporean broadsheet, Irish local, US local, British tabloid, Kenyan broadcaster
        ("Bus services 858 and 969 will be rerouted from Sunday, the LTA said.", "858"),
        ("Bus services 14 and 16 will be merged from March, the operator said.", "14"),
        ("Dublin Bus said routes 39A and 40 would be diverted for the parade.", "40"),
        ("The 27 and 31A bus services will be withdrawn from January.", "27"),
        ("The 42 and 42X buses will no longer stop at the hospital.", "42"),
        ("Matatu routes 46 and 105 will be suspended during the works.", "46"),
    ],
)
def test_numbers_listed_with_a_service_noun_are_labels(text: str, digits: str) -> None:
    assert not _has(text, digits), _figures(text)


def _bare(text: str, digits: str) -> list[FoundFigure]:
    return [f for f in _figures(text) if f.text.split()[-1] == digits or f.text == digits]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # a bare number after a count that is a year or a model, not a count of its noun
        ("The firm cut 300 jobs in March, and 2024 ended with a loss.", "2024"),
        ("The council approved 40 homes on Monday, and 2027 is the target date.", "2027"),
        ("Forty jets were grounded, and the 747 landed safely at noon.", "747"),
    ],
)
def test_bare_subject_that_names_stays_out(text: str, digits: str) -> None:
    assert not _bare(text, digits), _figures(text)


@pytest.mark.parametrize(
    ("text", "digits", "noun"),
    [
        # Indian broadsheet (crime), Nigerian broadcaster (health)
        (
            "About 31 villagers fell ill after drinking spurious liquor in Kurnool; 8 have died.",
            "8",
            "died",
        ),
        (
            "Some 140 pupils were taken to hospital after the meal, and 12 have since died.",
            "12",
            "died",
        ),
        # Kenyan broadsheet (politics), Canadian broadcaster (local government): the
        # count's own clause opens with a short phrase
        (
            "Petitioners need 2,300 names to force a recall; by Friday night, 2,710 had signed.",
            "2,710",
            "signed",
        ),
        (
            "The union needed 400 members to back it, and by noon on Monday, 655 had voted.",
            "655",
            "voted",
        ),
        # South African and Singaporean copy: the count before counts a plural name
        (
            "About 4.1 million Gautengers use minibus taxis, and 1.3 million ride the trains.",
            "1.3 million",
            "ride",
        ),
        (
            "Roughly 2.4 million Singaporeans hold the card, and 900,000 are on the waiting list.",
            "900,000",
            "waiting list",
        ),
    ],
)
def test_bare_subject_counts_what_the_count_before_counts(
    text: str, digits: str, noun: str
) -> None:
    found = [f for f in _figures(text) if f.text.endswith(digits)]
    assert found, _figures(text)
    assert noun in found[0].measures, found


def _tally(text: str, digits: str) -> list[FoundFigure]:
    return [f for f in _figures(text) if f.text == digits]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # a result in sport after a verb of winning stays a score, not a vote
        ("Leinster defeated Munster 24-17 at the Aviva on Saturday.", "24-17"),
        ("The hosts passed the ball well and won 3-1 at Tynecastle.", "3-1"),
        # a tally with no verb of a decision near it stays as it was read
        ("Ward 9 was 4-2 down at the break, officials said.", "4-2"),
    ],
)
def test_a_tally_after_no_decision_is_no_vote(text: str, digits: str) -> None:
    assert not any("vote" in f.measures for f in _tally(text, digits)), _figures(text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # Australian local (planning), British local (council), Indian broadsheet
        ("The 14-storey tower was refused 5-2 by the planning panel on Wednesday.", "5-2"),
        ("Councillors refused the quarry extension 7-4 after a long debate.", "7-4"),
        ("The amendment was rejected 11-6 by the standing committee.", "11-6"),
        # Canadian wire (legislature), Irish broadsheet (council), Nigerian broadcaster
        ("Bill C-41 passed third reading 166-150 in the Commons on Thursday.", "166-150"),
        ("The development plan was adopted 24-10 by the county council.", "24-10"),
        ("The motion was carried 19-5 at the state assembly plenary.", "19-5"),
        # a subject the recognizer takes for a name or a code: a bill, an application
        ("Bill 112 passed second reading 71-40 at Queen's Park on Monday.", "71-40"),
        ("Application 2025/0412 was refused 6-3 by the area planning committee.", "6-3"),
    ],
)
def test_a_tally_on_a_decision_verb_is_a_vote(text: str, digits: str) -> None:
    found = _tally(text, digits)
    assert found, _figures(text)
    assert "vote" in found[0].measures, found
