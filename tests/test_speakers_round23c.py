# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-23 probe (issue 21's classes 3 and 4, the classes
round 22's sweep left open), on synthetic passages written for these tests (invented
people, firms, utilities and places of no consequence; no article from any eval split):

- "he"/"she" after a sentence with two subjects the pronoun fits, neither the main
  clause's own ("Senator Ruth Caldwell clashed with Governor Amy Hollis, and Hollis
  walked out", "Mr Adeyemi resigned while Mr Okafor stayed"): nobody, not the nearer; the
  main clause's subject still speaks when the nearer is in a clause under it ("After Jon
  Kerr scored twice, manager Pete Wills praised his side");
- a subject or passive agent inside a relative clause ("defended the board, which was
  appointed by his predecessor, Carl Mertz") is passed over for the sentence's subject;
- an agency's dateline the parser makes the subject ("Lagos, Nov 3 (NAN) Kano governor
  Abba Yusuf, on Friday said"): the person in apposition to the place speaks;
- words read out "from" a writing that is not the reader's own ("read from it:", "read
  aloud from the report:", "read from her son's letter:") are nobody's here ("read from
  his notes:" stays the reader's);
- "the planemaker", "the steelmaker", "the telco", "the haulier" said: the business
  named as the subject just before.
Outlets and varieties: Canadian, Nigerian, Indian, Australian, Irish, Singaporean and US
copy; politics, courts, sport, business."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


@pytest.mark.parametrize(
    ("article", "part", "wrong"),
    [
        (
            'Politics\n\nSenator Ruth Caldwell clashed with Governor Amy Hollis over the budget, and Hollis walked out of the meeting.\n\n"I will not be lectured," she said.',
            "will not be lectured",
            "Amy Hollis",
        ),
        (
            'Politics\n\nMr Adeyemi resigned on Monday while Mr Okafor stayed in his post.\n\n"This is a sad day," he said.',
            "sad day",
            "Mr Okafor",
        ),
        (
            'Courts\n\nPriya Nair arrived at the court as Meena Iyer was leaving.\n\n"I have nothing to say," she said.',
            "nothing to say",
            "Meena Iyer",
        ),
        (
            'Racing\n\nTrainer Gus Rowe watched as jockey Liam Doyle brought the horse home.\n\n"He jumped brilliantly," he said.',
            "jumped brilliantly",
            "Liam Doyle",
        ),
        (
            'Local\n\nCouncillor Aoife Brennan voted against the plan, and Councillor Niamh Roche abstained.\n\n"The process was rushed," she said.',
            "process was rushed",
            "Niamh Roche",
        ),
    ],
)
def test_a_pronoun_after_two_subjects_it_fits_credits_neither(
    article: str, part: str, wrong: str
) -> None:
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != wrong
    assert speakers[0] in (None, "unattributed")


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Politics\n\nEnergy Minister Gurinder Bains defended the board, which was appointed by his predecessor, Carl Mertz.\n\n"The board is new," he said.',
            "board is new",
            "Gurinder Bains",
        ),
        (
            'Health\n\nHealth Minister Rana Shah praised the nurses, who were trained by Dr Leila Amini.\n\n"They are the best in the country," she said.',
            "best in the country",
            "Rana Shah",
        ),
        (
            'Local\n\nMayor Tom Keegan, who was elected after Ray Dunne retired, opened the bridge.\n\n"It is a great day," he said.',
            "great day",
            "Tom Keegan",
        ),
    ],
)
def test_the_sentences_own_subject_speaks_not_one_in_a_clause_under_it(
    article: str, part: str, speaker: str
) -> None:
    assert _speakers_of(article, part) == [speaker]


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Wage row\n\nNew Delhi, Nov 3 (PTI) Union minister Ravi Shankar Das on Sunday said, "The scheme has reached every village."',
            "reached every village",
            "Ravi Shankar Das",
        ),
        (
            'Relief\n\nLagos, Nov 3 (NAN) Kano governor Abba Yusuf, on Friday said "no one will be left behind" in the relief effort.',
            "no one will be left behind",
            "Abba Yusuf",
        ),
    ],
)
def test_an_agency_dateline_parsed_as_the_subject_leaves_the_person_speaking(
    article: str, part: str, speaker: str
) -> None:
    assert _speakers_of(article, part) == [speaker]


@pytest.mark.parametrize(
    ("article", "part"),
    [
        (
            'Legislature\n\nOpposition leader Marc Dube said the overrun was flagged two years ago. He waved a copy of the audit and read from it: "Cost controls on the project are inadequate."',
            "Cost controls",
        ),
        (
            'Health\n\nDr Asha Patel said waits had grown. The MP Joe Lyle then read aloud from the report: "Patients were left for hours on trolleys."',
            "left for hours",
        ),
    ],
)
def test_words_read_out_from_anothers_writing_are_not_the_readers(article: str, part: str) -> None:
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] in (None, "unattributed")


def test_words_read_from_ones_own_notes_stay_the_readers_beside_anothers_report() -> None:
    own = 'Land\n\nMr Chua read from his notes: "We will not sell the land."'
    assert _speakers_of(own, "not sell the land") == ["Mr Chua"]
    anothers = 'Land\n\nMr Chua said the sale was off. He read from the valuer\'s report: "The land is worth far more."'
    assert _speakers_of(anothers, "worth far more") in ([None], ["unattributed"])


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Aviation\n\nBoeing declined to comment on the report.\n\n"We are reviewing the findings," the planemaker said on Wednesday.',
            "reviewing the findings",
            "Boeing",
        ),
        (
            'Industry\n\nTarun Steel shut two furnaces in Jamshedpur.\n\n"Demand has collapsed," the steelmaker said.',
            "Demand has collapsed",
            "Tarun Steel",
        ),
        (
            'Telecoms\n\nVantel Mobile restored services after a six-hour outage.\n\n"We are sorry," the telco said.',
            "We are sorry",
            "Vantel Mobile",
        ),
    ],
)
def test_a_business_noun_names_the_business_just_before(
    article: str, part: str, speaker: str
) -> None:
    assert _speakers_of(article, part) == [speaker]


def test_the_main_clauses_subject_speaks_when_the_nearer_is_in_a_clause_under_it() -> None:
    """The ambiguity rule's limit: one side of it fails before the change."""
    under = 'Sport\n\nAfter Jon Kerr scored twice, manager Pete Wills praised his side.\n\n"We were ruthless," he said.'
    assert _speakers_of(under, "We were ruthless") == ["Pete Wills"]
    beside = 'Sport\n\nPete Wills praised his side, and Jon Kerr thanked the fans.\n\n"We were ruthless," he said.'
    assert _speakers_of(beside, "We were ruthless") in ([None], ["unattributed"])


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Inquiry\n\nThe inquiry heard from nurse Linda Park, who had cared for patient Rose Hill.\n\n"I raised concerns three times," she said.',
            "raised concerns three times",
            "Linda Park",
        ),
        (
            'Tribunal\n\nThe tribunal heard from Dr Sam Ilori, who treated patient Ben Ade in 2024.\n\n"He was very unwell," he said.',
            "very unwell",
            "Sam Ilori",
        ),
    ],
)
def test_a_witness_heard_from_speaks_past_those_named_in_their_relative_clause(
    article: str, part: str, speaker: str
) -> None:
    assert _speakers_of(article, part) == [speaker]


@pytest.mark.parametrize(
    ("article", "part"),
    [
        (
            'Football\n\nStriker Kane Obi and midfielder Luca Berti both scored.\n\n"It was a team effort," he said.',
            "team effort",
        ),
        (
            'Hockey\n\nWinger Amy Cole and goalkeeper Jo Hart both played.\n\n"We dug deep," she said.',
            "We dug deep",
        ),
    ],
)
def test_two_posted_names_joined_by_and_are_peers_however_the_post_is_parsed(
    article: str, part: str
) -> None:
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] in (None, "unattributed")


def test_a_pronoun_after_a_meeting_of_two_it_fits_credits_neither_but_a_judge_sentencing_speaks() -> (
    None
):
    for article, part in (
        (
            'Labour\n\nMinister Tom Reed met union leader Bob Pike.\n\n"We had a frank talk," he said.',
            "frank talk",
        ),
        (
            'Politics\n\nPremier Ruth Obi met Governor Amaka Eze in Enugu.\n\n"We agreed on the road," she said.',
            "agreed on the road",
        ),
    ):
        speakers = _speakers_of(article, part)
        assert speakers, "the quote is listed"
        assert speakers[0] in (None, "unattributed")
    sentencing = 'Courts\n\nJudge Peter Fox jailed Gary Pole for four years.\n\n"You showed no remorse," he said.'
    assert _speakers_of(sentencing, "no remorse") == ["Peter Fox"]


def test_another_persons_motto_or_hymn_is_not_the_reporters_words() -> None:
    for article, part in (
        (
            'Business\n\nMr Lee said his grandfather\'s motto was "Work hard, be kind".',
            "Work hard",
        ),
        (
            'Obituary\n\nMs Tan said her late mother\'s favourite hymn was "Be Still My Soul".',
            "Be Still My Soul",
        ),
    ):
        speakers = _speakers_of(article, part)
        assert speakers, "the quote is listed"
        assert speakers[0] in (None, "unattributed")


def test_a_meeting_does_not_stop_the_one_named_again_after_it_from_speaking() -> None:
    """Guard of the meeting rule, beside a case it fixes."""
    again = 'Labour\n\nUnion leader Tom Pike met Premier Jack Dunn on Monday. Pike later briefed members.\n\n"The offer is an insult," he said.'
    assert _speakers_of(again, "offer is an insult") == ["Tom Pike"]
    met = 'Labour\n\nUnion leader Tom Pike met Premier Jack Dunn on Monday.\n\n"The offer is an insult," he said.'
    assert _speakers_of(met, "offer is an insult") in ([None], ["unattributed"])
