"""Short quoted fragments a speech verb frames are quotes; short fragments with no such
frame are scare quotes, labels or titles. On synthetic articles written for these tests
(invented people, firms and councils), across beats (health, courts, politics, sport,
science, business), for the extractive engine and for the candidates the LLM `select`
strategy is shown: "Minister X said the findings were 'harrowing'" lists "harrowing" as
X's; "posted 'farewell' messages", "the council's 'bin tax'", "rated 'good' ..., the
regulator said" list nothing."""

from __future__ import annotations

import pytest
from briefsmith.core.candidates import build_candidates
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

FRAMED = [
    (
        'Health minister Stephen Kent said the findings were "harrowing".',
        "harrowing",
        "Stephen Kent",
    ),
    (
        'Defending, barrister Simon Okoro said his client was now "deeply ashamed".',
        "deeply ashamed",
        "Simon Okoro",
    ),
    (
        "The union's regional organiser, Jo Platt, said the pay offer was 'insulting'.",
        "insulting",
        "Jo Platt",
    ),
    (
        'Rovers coach Dani Reyes told reporters the pitch had been "unplayable" all week.',
        "unplayable",
        "Dani Reyes",
    ),
    (
        'Professor Amara Diallo said the trial results were "encouraging" but urged caution.',
        "encouraging",
        "Amara Diallo",
    ),
    (
        "Analyst Petra Lindqvist said the merger left the haulier 'badly exposed'.",
        "badly exposed",
        "Petra Lindqvist",
    ),
]

UNFRAMED = [
    (
        "Fans of the singer posted 'farewell' messages online after the last show in Leeds.",
        "farewell",
    ),
    ('The council\'s "bin tax" has raised £2m since April, figures show.', "bin tax"),
    (
        "The care home, which was rated 'good' in 2022, will close in March, the regulator said.",
        "good",
    ),
    (
        'Ministers have promised to scrap the so-called "stealth tax" on drivers by 2027.',
        "stealth tax",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), FRAMED)
def test_a_framed_fragment_is_listed_with_its_speaker(sentence, fragment, speaker):
    quotes = {q.text: q.speaker for q in build_brief(sentence).quotes}
    assert quotes.get(fragment) == speaker


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), FRAMED)
def test_the_select_strategy_is_offered_the_framed_fragment_with_its_speaker(
    sentence, fragment, speaker
):
    candidates = build_candidates(sentence, analysis_of(sentence))
    offered = [q for q in candidates.quotes if q.text == fragment]
    assert len(offered) == 1
    actor_ids = {a.id: a.name for a in candidates.actors}
    assert [actor_ids[i] for i in offered[0].speakers][:1] == [speaker]


@pytest.mark.parametrize(("sentence", "fragment"), UNFRAMED)
def test_an_unframed_fragment_is_not_listed(sentence, fragment):
    assert fragment not in {q.text for q in build_brief(sentence).quotes}
    assert fragment not in {
        q.text for q in build_candidates(sentence, analysis_of(sentence)).quotes
    }
