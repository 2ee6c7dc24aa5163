# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-25 probe (issue 21's classes 3 and 4, and what round
24 left open), on synthetic passages written for these tests (invented people, firms,
agencies and places of no consequence; no article from any eval split):

- a body that speaks "through its spokesman, X" (Nigerian and Indian wire copy): X speaks,
  also when the recognizer takes the name for a body; "through his aide" is unchanged;
- a person who kept silent in the sentence just before ("left court without comment",
  "declined to comment", "refused to speak to reporters", "did not respond to requests
  for comment") is not the "he"/"she" who speaks next: nobody is credited; declining to
  comment ON something is no silence;
- "the Elvis Presley lookalike said": not Presley (nobody named speaks);
- a nickname given in quotes ("residents have dubbed the lock-up 'the dark room'") is
  nobody's words; "critics dubbed it 'a farce …'" stays theirs;
- a person a body reports something was done to ("Police said Daniel Reeve, 34, had been
  charged"): the body's spokesman may be the "he" who speaks next, so nobody is;
- a one-word plural after "the" the recognizer took for a person ("The Sharks signed
  lock Pieter Botha") is no "he";
- a brother or sister who said something just before speaks of "my brother" ("Kaval's
  brother, Mahesh Kaval, said ... '… my brother …,' he said").
Outlets and varieties: Nigerian, Indian, South African, Irish, Australian, US and British
copy; police, courts, politics, sport, business, showbiz."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Lagos\n\nThe Lagos State Police Command, through its spokesman, SP Bala Musa, said: "The suspects are in custody and will be arraigned."',
            "suspects are in custody",
            "Bala Musa",
        ),
        (
            'Party\n\nThe All Progressives Party, through its national publicity secretary, Felix Ude, said: "The allegation is baseless."',
            "allegation is baseless",
            "Felix Ude",
        ),
        (
            'Cape Town\n\nThe City of Cape Town, through its mayoral committee member for safety, JP Smit, said: "Law enforcement will patrol the beaches."',
            "patrol the beaches",
            "JP Smit",
        ),
        (
            'Ranipur\n\nThe Ranipur Police Commissionerate, through its spokesperson, Assistant Commissioner Vani Rao, said: "The two officers have been suspended."',
            "officers have been suspended",
            "Vani Rao",
        ),
    ],
)
def test_a_body_speaking_through_its_spokesman(article: str, part: str, speaker: str) -> None:
    assert _speakers_of(article, part) == [speaker]


@pytest.mark.parametrize(
    ("article", "part", "silent"),
    [
        (
            'Trial\n\nProsecutor Ian Moss left court without comment.\n\n"Justice has been done," he said.',
            "Justice has been done",
            "Ian Moss",
        ),
        (
            'Verdict\n\nDetective Inspector Sam Cole declined to comment outside court.\n\n"We are relieved," she said.',
            "We are relieved",
            "Sam Cole",
        ),
        (
            'Club\n\nManager Joe Platt refused to speak to reporters after the match.\n\n"We were poor," he said.',
            "We were poor",
            "Joe Platt",
        ),
        (
            'Board\n\nChief executive Helen Brand did not respond to requests for comment.\n\n"The deal is off," she said.',
            "deal is off",
            "Helen Brand",
        ),
        (
            'Lagos\n\nThe suspect, Tunde Alli, refused to answer questions from reporters.\n\n"We have enough evidence," he said.',
            "enough evidence",
            "Tunde Alli",
        ),
    ],
)
def test_who_kept_silent_is_not_the_next_pronoun(article: str, part: str, silent: str) -> None:
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != silent
    assert speakers[0] == "unattributed"
    # declining to comment ON something is no silence, nor a sentence told after it
    spoke = 'Court\n\nPolice said the accused, Rafi Khan, had been arrested in Delhi. Khan declined to comment on the charges.\n\n"I will prove my innocence," he said.'
    assert _speakers_of(spoke, "prove my innocence") == ["Rafi Khan"]
    told_after = 'Toronto\n\nCity councillor Dave Ng would not say whether he would run again. He spoke at City Hall.\n\n"I love this job," he said.'
    assert _speakers_of(told_after, "love this job") == ["Dave Ng"]
    further = 'Council\n\nCouncil leader Mary Ford declined to comment further.\n\nEarlier, she had said: "We acted lawfully at every stage."'
    assert _speakers_of(further, "acted lawfully") == ["Mary Ford"]
    spoke_out = (
        'Trial\n\nProsecutor Ian Moss spoke outside court.\n\n"Justice has been done," he said.'
    )
    assert _speakers_of(spoke_out, "Justice has been done") == ["Ian Moss"]


def test_a_lookalike_is_not_the_one_looked_like() -> None:
    article = 'Showbiz\n\nThe Elvis Presley lookalike said: "I have been doing this for 20 years."'
    speakers = _speakers_of(article, "for 20 years")
    assert speakers, "the quote is listed"
    assert speakers[0] != "Elvis Presley"
    # a lookalike named in apposition speaks
    named_one = 'Wedding\n\nA Beyonce impersonator, Tasha Green, said: "People cry when I sing."'
    assert _speakers_of(named_one, "People cry") == ["Tasha Green"]


def test_a_nickname_given_in_quotes_is_nobodys_words() -> None:
    lane = 'Ranipur\n\nResidents of the lane have dubbed the lock-up "the dark room". About 200 of them blocked the road.'
    assert _speakers_of(lane, "the dark room") == []
    messi = 'Football\n\nFans have dubbed him "the new Messi" after his hat-trick. Coach Dan Ruiz said he was still learning.'
    assert _speakers_of(messi, "the new Messi") == []
    # an evaluation in quotes stays a quote of those who made it
    farce = 'Politics\n\nCritics dubbed the move "a farce of the highest order" on Monday.'
    assert _speakers_of(farce, "farce of the highest") != []


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Ranipur\n\nKaval\'s brother, Mahesh Kaval, said the family was told of the death 14 hours after the arrest. "They called us when he was already dead. My brother had never been inside a police station in his life," he said.',
            "never been inside",
            "Mahesh Kaval",
        ),
        (
            'Melbourne\n\nTyson Hale\'s cousin, Ben Hale, said the family had been left in limbo.\n\n"My cousin deserved better," he said.',
            "deserved better",
            "Ben Hale",
        ),
    ],
)
def test_a_sibling_who_spoke_speaks_of_his_sibling(article: str, part: str, speaker: str) -> None:
    assert _speakers_of(article, part) == [speaker]
    # a brother who only appears (no words of his own before) is not guessed
    injured = 'Crash\n\nPlatt\'s brother, Keith Platt, was also injured in the crash.\n\n"My brother is a fighter," he said.'
    assert _speakers_of(injured, "a fighter") == ["unattributed"]


def test_a_side_the_recognizer_took_for_a_person_is_no_he() -> None:
    """ "The Sharks signed lock Pieter Botha ... '…,' he said": the side is no "he"."""
    article = 'Rugby\n\nThe Sharks signed lock Pieter Botha from the Lions on Tuesday.\n\n"It is a dream move," he said.'
    speakers = _speakers_of(article, "dream move")
    assert speakers, "the quote is listed"
    assert speakers[0] != "Sharks"
    # a one-word surname subject is still a "he"
    named = 'Rugby\n\nBotha signed for the Sharks on Tuesday.\n\n"It is a dream move," he said.'
    assert _speakers_of(named, "dream move") == ["Botha"]


@pytest.mark.parametrize(
    ("article", "part", "patient"),
    [
        (
            'Crash\n\nPolice said Daniel Reeve, 34, of Ballarat, had been charged with dangerous driving.\n\n"We will not tolerate this," he said.',
            "not tolerate",
            "Daniel Reeve",
        ),
        (
            'Charge\n\nThe Garda Press Office said a man, Liam Noone, aged 40, was charged on Friday.\n\n"Enquiries are continuing," he said.',
            "Enquiries are continuing",
            "Liam Noone",
        ),
    ],
)
def test_one_a_body_reports_was_charged_is_not_the_next_he(
    article: str, part: str, patient: str
) -> None:
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != patient
    assert speakers[0] == "unattributed"
    # what a person did, as a body reports it, leaves them the "he" who speaks next
    won = 'Lottery\n\nThe National Lottery said Kevin Marsh, a 52-year-old plumber from Leeds, had matched all six numbers.\n\n"This is great news for the family," he said.'
    assert _speakers_of(won, "great news") == ["Kevin Marsh"]
