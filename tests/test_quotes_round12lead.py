"""Names put on something with "so-called", "self-styled" and the like, and title-case
names right after "the" (events, campaigns, groups), are no quotes. On synthetic
articles written for these tests (invented people, groups and events) across beats
(politics, charity, sport, crime, business): "the so-called 'Gang of Four'", "his
self-styled 'people's army'", "joined the 'March for Clean Water'", "ran in the 'Race for
Life'". Speech in title case that a cue reports stays the speaker's ("'The Best Is Yet To
Come,' said coach Gary Lund"; "Lund said the 'Old Guard' had let the club down"), and
chants and signs stay quotes. A brief lists none of the names, nor do the LLM `select`
strategy's candidates."""

from __future__ import annotations

import pytest
from briefsmith.core.candidates import build_candidates
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

NAMES = [
    (
        'The so-called "Gang of Four" met in secret last week, according to two '
        'councillors.\n\nMinister Alan Reece said: "There is nothing secret about it."',
        "Gang of Four",
    ),
    (
        "The self-styled ‘people’s champion’ was elected in May with 61% of the vote."
        "\n\nHis opponent, Clara Munt, said: ‘The voters have spoken.’",
        "people’s champion",
    ),
    (
        "Hundreds joined the 'March for Clean Water' through the city on Sunday.\n\n"
        "Organiser Priya Sethi said: 'This is just the beginning.'",
        "March for Clean Water",
    ),
    (
        'She ran in the "Race for Life" last year and raised £3,000 for the hospice.\n\n'
        '"I did it for my mum," said Tara Quayle, 34.',
        "Race for Life",
    ),
    (
        "Police said members of the self-proclaimed “Northside Crew” had been arrested."
        "\n\nDet Sgt Owen Blake said: “We will not tolerate this.”",
        "Northside Crew",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_given_with_so_called_or_after_the_are_no_quotes(text: str, name: str) -> None:
    found = {q.text: q for q in analysis_of(text).quotes}
    assert name in found
    assert found[name].kind == "label"
    brief = build_brief(text)
    assert name not in [q.text for q in brief.quotes]
    assert brief.quotes  # the real quote next to it is still there
    assert name not in [q.text for q in build_candidates(text, analysis_of(text)).quotes]


SPEECH = [
    ('"The Best Is Yet To Come," said coach Gary Lund.', "The Best Is Yet To Come", "Gary Lund"),
    ('Lund said the "Old Guard" had let the club down.', "Old Guard", "Lund"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEECH)
def test_title_case_words_a_cue_reports_stay_speech(text: str, words: str, speaker: str) -> None:
    found = {q.text: q for q in analysis_of(text).quotes}
    assert found[words].kind != "label"
    assert found[words].speaker == speaker


def test_a_chant_in_title_case_stays_a_quote() -> None:
    found = {q.text: q for q in analysis_of('Students chanted "No More Cuts" outside.').quotes}
    assert found["No More Cuts"].kind != "label"


SHOWN = [
    # synthetic: the words of a written thing in apposition to it, which someone saw
    (
        "Organiser Nadia Fenwick led the swim.\n\nSwimmers arriving on Sunday saw a new "
        "notice, 'Bathing not advised', the organiser said.",
        "Bathing not advised",
    ),
    (
        "Union rep Carl Dunn spoke to drivers.\n\nDrivers passing the depot saw a banner, "
        '"Save our buses", Dunn said.',
        "Save our buses",
    ),
    (
        "Shop owner Lena Marsh, 58, was away.\n\nCustomers found a note, ‘Back in five "
        "minutes’, on the door, Marsh said.",
        "Back in five minutes",
    ),
]


@pytest.mark.parametrize(("text", "words"), SHOWN)
def test_a_written_things_words_in_apposition_are_not_the_teller_s(text: str, words: str) -> None:
    found = {q.text: q for q in analysis_of(text).quotes}
    assert words in found
    assert found[words].speaker == "unattributed"
