"""Outlook, round 9: a day that belongs to what is behind, fixtures read as names, a
court date in few words, and what lingers "forever".

- A state now that an earlier event left, dated through "after" or "following" ("City
  are bottom after a defeat on Saturday", "the station is closed following a fire on
  Tuesday"): the day is the event's, so the sentence is no outlook. A scheduled act with
  the same shape ("the team fly out after a training session on Friday") stays one, and
  so does a state after an event told as known ("tickets are available after the launch
  on Friday").
- A fixture the tagger reads as one long name ("Rovers host Dunmore Athletic on
  Saturday", "United visit Kelham Park on Saturday") is the next step, as "Town play
  Rangers on Sunday" is.
- "He will be sentenced on Friday." has two content words, but its date says what
  happens next; "But she won't leave." still says too little.
- "The day will stay with me forever" is a legacy, not a step ahead; "the pier will
  close forever on 31 October" is one.

Every article here is synthetic: written for these tests (invented people, clubs, towns
and companies; sport local, sport tabloid, business wire, weather broadcaster, courts
wire, tabloid and local human interest), not taken from any eval set.
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
    "aftermath",
    [
        # sport, local
        "The Hornets are bottom of the table after a 2-0 home defeat by Castleford on Saturday.",
        # weather, broadcaster
        "Thousands of homes in the valley are without power after a storm on Thursday night.",
        # sport, tabloid: "after" with a participle
        "The striker is a doubt after limping off against Rovers on Saturday.",
        # local news: a passive and "following"
        "The lifeboat station is closed following a fire on Tuesday morning.",
    ],
)
def test_a_state_left_by_a_dated_event_is_no_outlook(aftermath: str) -> None:
    assert _outlook(LEAD + aftermath + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # a scheduled act keeps its day ahead
        "The team fly out after a training session on Friday.",
        "The road will reopen after repairs on Monday.",
        "The bridge is due to reopen after repairs on Monday.",
        # culture, local: a state after an event the story looks ahead to
        "Tickets are available from the box office after the launch on Friday.",
    ],
)
def test_a_step_after_an_event_stays_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "fixture",
    [
        # sport, local
        "Rovers host Dunmore Athletic on Saturday.",
        "United visit Kelham Park on Saturday.",
        # sport, tabloid: a preview's last line
        "Harlington host Crossfield Albion at Mill Lane on Saturday at 3pm without injured"
        " winger Dean Osei.",
        "Athletic host Barrow at Holker Street on Tuesday night.",
        # sport, wire: a time ahead rather than a day
        "City host Penbury Celtic in the league next week.",
    ],
)
def test_a_fixture_read_as_a_name_is_the_outlook(fixture: str) -> None:
    assert _outlook(LEAD + fixture + "\n") == fixture


@pytest.mark.parametrize(
    "not_a_fixture",
    [
        "The chat show host Maria Lowe, 52, on Saturday.",
        "Guest host Kelly Brand on the sofa.",
    ],
)
def test_a_host_who_is_a_person_is_no_fixture(not_a_fixture: str) -> None:
    assert _outlook(LEAD + not_a_fixture + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # courts, wire
        "He will be sentenced on Friday.",
        "They will be sentenced on Thursday.",
        "She will be released in June.",
    ],
)
def test_a_short_step_with_its_date_is_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


def test_a_short_sentence_without_a_date_says_too_little() -> None:
    assert _outlook(LEAD + "But she won't leave.\n") == ""


@pytest.mark.parametrize(
    "legacy",
    [
        # tabloid: a reaction
        "He said the experience will stay with him forever.",
        # local: a firefighter's words, the source after
        "The images will live with me forever, the firefighter said.",
        # sport, broadcaster
        "Kowalczyk said the final would haunt him forever.",
    ],
)
def test_what_lingers_forever_is_no_outlook(legacy: str) -> None:
    assert _outlook(LEAD + legacy + "\n") == ""


def test_forever_with_a_date_stays_the_outlook() -> None:
    step = "The pier will close forever on 31 October."
    assert _outlook(LEAD + step + "\n") == step
