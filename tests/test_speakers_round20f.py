# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-20 probe, on synthetic passages written for these
tests (invented people, bodies and places; no article from any eval split): words a
lawyer, an agent or a manager gives as their client's ("Her lawyer, X, said her words to
police were: ‘…’", "his client's only words had been: ‘…’", "the singer's reply was
simply: ‘…’", "The family's lawyer said their statement to police was: ‘…’") are not the
reporter's; and a "he"/"she" after a sentence that brings in a person of that gender only
as an object ("The paper caught up with his agent, Colm Reddy, outside his office. ‘…,’
he said") does not reach past that person to a speaker further back; words someone is
remembered or was caught saying before a colon ("recalled his father telling him: ‘…’",
"was recorded telling a friend: ‘…’") are that person's, not the rememberer's. Beats:
entertainment, courts, sport, business, local news."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


# --- a client's words given by whoever acts for them -----------------------------------


@pytest.mark.parametrize(
    ("article", "part", "reporter"),
    [
        (
            'Courts\n\nHer lawyer, Daniel Price, said her words to police were: "I did not see the car until it hit me."',
            "did not see the car",
            "Daniel Price",
        ),
        (
            'Showbiz\n\nHis solicitor, Martin Greaves, said his client\'s only words on the matter had been: "I wish her nothing but happiness."',
            "nothing but happiness",
            "Martin Greaves",
        ),
        (
            'Courts\n\nDefence barrister Helen Marsh told the jury that her client\'s first words to officers were: "I panicked and ran."',
            "panicked and ran",
            "Helen Marsh",
        ),
        (
            'Music\n\nHis manager, Tess Lowry, said the singer\'s reply was simply: "Not this year."',
            "Not this year",
            "Tess Lowry",
        ),
        (
            'Local\n\nThe family\'s lawyer, Aaron Webb, said their statement to police was: "We heard a bang and then nothing."',
            "heard a bang",
            "Aaron Webb",
        ),
    ],
)
def test_a_clients_words_are_not_the_reporters(article, part, reporter):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != reporter
    assert speakers == ["unattributed"]
    # the one who reports them, quoted in their own words next, is still credited
    own = article + f'\n\n"We will say no more today," {reporter.split()[-1]} said.'
    assert _speakers_of(own, "say no more") == [reporter.split()[-1]] or _speakers_of(
        own, "say no more"
    ) == [reporter]
    assert _speakers_of(own, part) == ["unattributed"]


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Courts\n\nHer lawyer, Daniel Price, said: "My client will fight these charges with everything she has."',
            "fight these charges",
            "Daniel Price",
        ),
        (
            'Courts\n\nHis solicitor, Martin Greaves, said outside court: "This has been a long ordeal for Mr Dunne."',
            "long ordeal",
            "Martin Greaves",
        ),
        (
            'Showbiz\n\nOkafor\'s spokeswoman, Jo Frame, said: "Jared will not be commenting."',
            "not be commenting",
            "Jo Frame",
        ),
    ],
)
def test_the_lawyers_own_words_stay_the_lawyers(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]
    # and the client's words, given after them, are not the lawyer's
    relayed = (
        article
        + f'\n\n{speaker.split()[-1]} said their client\'s first words to officers were: "Leave me alone."'
    )
    assert _speakers_of(relayed, "Leave me alone") == ["unattributed"]


# --- a person brought in as an object since the last speaker ---------------------------


@pytest.mark.parametrize(
    ("article", "part", "earlier"),
    [
        (
            'Showbiz\n\nHis solicitor, Martin Greaves, said outside court: "This has been a long ordeal."\n\nThe Daily Flare caught up with Okafor\'s agent, Colm Reddy, outside his office on Wednesday.\n\n"Jared is heartbroken," he said.',
            "heartbroken",
            "Martin Greaves",
        ),
        (
            'Sport\n\nCoach Liam Burke said: "We were poor."\n\nFans greeted the new signing, Luca Moretti, at the airport. "I am very happy to be here," he said.',
            "happy to be here",
            "Liam Burke",
        ),
        (
            'Local\n\nPolice Chief Dan Ford said: "We are investigating."\n\nDetectives later spoke to cyclist Ian Bryce at the scene. "I never saw the van," he said.',
            "never saw the van",
            "Dan Ford",
        ),
    ],
)
def test_a_pronoun_does_not_reach_past_a_person_met_since(article, part, earlier):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != earlier


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Local\n\nPolice Chief Dan Ford said: "We are investigating."\n\nThe victim\'s brother, Ian Bryce, was at the scene. "I never saw the van," he said.',
            "never saw the van",
            "Ian Bryce",
        ),
        (
            'Sport\n\nCoach Liam Burke said: "We were poor."\n\nBurke has signed striker Dean Walsh from Rovers. "He will score goals," he said.',
            "score goals",
            "Liam Burke",
        ),
        (
            'Sport\n\nCoach Liam Burke said: "We were poor."\n\nHe has signed striker Dean Walsh from Rovers. "He will score goals," he said.',
            "score goals",
            "Liam Burke",
        ),
    ],
)
def test_a_pronoun_still_carries_the_subject_on(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]
    # while a person met since, in a later paragraph, stops it
    met = (
        article
        + '\n\nFans greeted the new goalkeeper, Sam Idris, at the airport. "It is a new start," he said.'
    )
    assert _speakers_of(met, "new start") == ["unattributed"]


# --- words someone is remembered (or was caught) saying, before a colon ----------------


@pytest.mark.parametrize(
    ("article", "part", "speaker", "rememberer"),
    [
        (
            'Sport\n\nCoach Liam Burke recalled his father telling him: "Always shake the referee\'s hand."',
            "shake the referee",
            "unattributed",
            "Liam Burke",
        ),
        (
            'Business\n\nAnn Lee recalled Tom Reed saying to her: "You will never work here again."',
            "never work here",
            "Tom Reed",
            "Ann Lee",
        ),
        (
            'Courts\n\nDetective Ann Lee said the defendant, Mark Dyer, was recorded telling a friend: "Nobody will find it."',
            "Nobody will find it",
            "unattributed",
            "Ann Lee",
        ),
    ],
)
def test_words_remembered_are_those_of_who_said_them(article, part, speaker, rememberer):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != rememberer
    assert speakers == [speaker]
    # what the one who remembers says of it is still theirs
    own = article + f'\n\n"It stayed with me," {rememberer.split()[-1]} said.'
    assert _speakers_of(own, "stayed with me") in ([rememberer], [rememberer.split()[-1]])
