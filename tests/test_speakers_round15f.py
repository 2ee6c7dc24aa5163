# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-15 probe, on synthetic passages written for these
tests (invented people, firms and places; no article from any eval split): a dateline's
city in capitals before a colon ("KARACHI: Federal Minister X on Wednesday said", the
South Asian agency style) is where the story was filed, not who speaks; words a device
or a broadcast puts out with any verb ("The sat-nav kept repeating ‘…’", "the emergency
broadcast repeated ‘…’") are not the words of whoever reports them; words told to
someone right before the marks ("The pilot told passengers ‘…’, passenger X said") are
the teller's, not the reporter's; words another verb with its own unnamed subject takes
("The council repeated ‘…’, a resident said", "The station announcer repeated ‘…’") are
not the reporter's either; an abbreviated given name the parser cuts off at its stop
("Governor Ma. Cristina Velasco", the Philippine style) is no person of its own, so "the
governor said" is not credited to "Ma"; a quote before "X pleaded guilty" is no words of X's. Beats: ports, power, motoring, disaster, weather,
aviation, schools, local government, rail, courts."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, start: str) -> list[str]:
    """Who each listed quote starting so is credited to."""
    return [q.speaker for q in build_brief(text).quotes if q.text.startswith(start)]


# --- a dateline's city before a colon ----------------------------------------------------


def test_a_datelines_city_before_a_colon_is_no_speaker():
    article = 'Ports\n\nKARACHI: Federal Minister for Maritime Affairs Bilal Qureshi on Wednesday said that "the new berth will cut waiting times by half".'
    assert _speakers_of(article, "the new berth") == ["Bilal Qureshi"]


@pytest.mark.parametrize(
    ("article", "person", "city"),
    [
        (
            'Ports\n\nKARACHI: Federal Minister for Maritime Affairs Bilal Qureshi on Wednesday said that "the new berth will cut waiting times by half".',
            "Bilal Qureshi",
            "KARACHI",
        ),
        (
            'Ports\n\nMUMBAI: Port chairman Vikram Sethi said on Tuesday, "We will double capacity by 2030."',
            "Vikram Sethi",
            "MUMBAI",
        ),
        (
            'Power\n\nLAHORE: Punjab Chief Minister Sana Malik said, "Load-shedding will end soon."',
            "Sana Malik",
            "LAHORE",
        ),
    ],
)
def test_a_datelines_city_before_a_colon_is_no_actor(article, person, city):
    names = [a.name for a in build_brief(article).actors]
    assert person in names
    assert city not in names


# --- words a device or a broadcast puts out --------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Crash\n\nThe sat-nav kept repeating "Turn left now" as he approached the closed bridge, driver Omar Siddiqui said.',
            "Turn left now",
            "Omar Siddiqui",
        ),
        (
            'Storm\n\nThe emergency broadcast repeated "Stay indoors and away from windows" throughout the night, Mayor Carla Diaz said.',
            "Stay indoors",
            "Carla Diaz",
        ),
        (
            'Storm\n\nThe radio bulletin repeated "Do not travel unless essential" every hour, farmer Glyn Rhys said.',
            "Do not travel",
            "Glyn Rhys",
        ),
    ],
)
def test_words_a_device_repeats_are_not_the_reporters(article, start, reporter):
    # (such words may be listed unattributed, or as written; never as the reporter's)
    assert reporter in article
    assert reporter not in _speakers_of(article, start)


# --- words told to someone, then reported -------------------------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Flight\n\nThe cabin crew told passengers "Brace, brace, brace" as the jet came down, passenger Lucy Tran said.',
            "Brace, brace",
            "Lucy Tran",
        ),
        (
            'Flight\n\nThe pilot told passengers "Brace for impact" as the jet came down, passenger Lucy Tran said.',
            "Brace for impact",
            "Lucy Tran",
        ),
    ],
)
def test_words_told_to_others_are_not_the_reporters(article, start, reporter):
    assert reporter in article
    speakers = _speakers_of(article, start)
    assert speakers, f"no quote starting {start!r}"
    assert reporter not in speakers


# --- words another verb with its own unnamed subject takes -------------------------------


@pytest.mark.parametrize(
    ("article", "start", "reporter"),
    [
        (
            'Council\n\nThe council repeated "We will not back down" in a statement, resident Joe Bloggs said.',
            "We will not back",
            "Joe Bloggs",
        ),
        (
            'Rail\n\nThe station announcer repeated "Do not board this train" four times, commuter Ruth Pell said.',
            "Do not board",
            "Ruth Pell",
        ),
    ],
)
def test_words_another_unnamed_subject_takes_are_not_the_reporters(article, start, reporter):
    assert reporter in article
    speakers = _speakers_of(article, start)
    assert speakers, f"no quote starting {start!r}"
    assert reporter not in speakers


# --- a plea entered ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "article",
    [
        'Court\n\nThe clerk read out the charge, "Causing death by dangerous driving", and Kyle Pratt pleaded guilty.',
        'Court\n\nThe clerk read out the charge, "Causing death by dangerous driving", and Kyle Pratt pleaded not guilty.',
    ],
)
def test_a_plea_entered_is_no_cue(article):
    speakers = _speakers_of(article, "Causing death")
    assert speakers, "the charge is listed"
    assert "Kyle Pratt" not in speakers


# --- an abbreviated given name cut off at its stop --------------------------------------


@pytest.mark.parametrize(
    ("article", "start"),
    [
        (
            'Typhoon\n\nGovernor Ma. Cristina Velasco said 3,120 families were staying in 28 evacuation centers. "We have enough rice for a week," the governor told reporters.',
            "We have enough rice",
        ),
        (
            'Typhoon\n\nGov. Ma. Luisa Dimaano said 2,000 families had been moved. "We are ready for the worst," the governor said.',
            "We are ready",
        ),
    ],
)
def test_an_abbreviated_given_name_is_no_person_of_its_own(article, start):
    speakers = _speakers_of(article, start)
    assert speakers, f"no quote starting {start!r}"
    assert "Ma" not in speakers
    assert "Ma" not in [a.name for a in build_brief(article).actors]
