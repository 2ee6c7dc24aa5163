# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 26c speakers: who says a quote told with "he said"/"she said" after a sentence
that names more than one person, or names one the parser does not make a subject.

Every passage here is synthetic, written for these tests (invented people, commands,
firms and places of no consequence), across Nigerian, Ghanaian, Irish, Indian, South
African, Singaporean, Australian and British copy. A wrong speaker is worse than
"unattributed": the negatives hold the rules back where either person may be meant.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

UNATTRIBUTED = "unattributed"


def _speaker_of(text: str, part: str) -> str:
    [speaker] = [q.speaker for q in build_brief(text).quotes if part in q.text]
    return speaker


# A body speaks "through its" post, and the one named there is who a later pronoun is.
@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # Nigerian wire, a state police command (the parser hangs "through" on a comma)
        (
            'Police rescued a pharmacist on Monday.\n\nThe Ogun State Police Command, through its spokesperson, Omolara Bankole, said the suspects had confessed. "We are doing everything we can," she said.',
            "Omolara Bankole",
        ),
        # Nigerian local, an emergency agency
        (
            'Flooding hit Kaduna on Sunday.\n\nThe Kaduna State Emergency Management Agency, through its spokesman, Usman Garba, said 1,200 people had been displaced. "We are doing everything we can," he said.',
            "Usman Garba",
        ),
        # Indian business copy, a mill
        (
            'A factory fire broke out in Pune.\n\nDeccan Textiles, through its managing director, Rohan Kulkarni, said no one had been hurt. "We are doing everything we can," he said.',
            "Rohan Kulkarni",
        ),
        # Australian wire, transport
        (
            'Rail services stopped in Perth.\n\nTransperth, through its spokesman, Liam O\'Brien, said signals had failed. "We are doing everything we can," he said.',
            "Liam O'Brien",
        ),
        # Irish broadcaster: a body the recognizer calls a person is no "she"
        (
            'Fares rose in Dublin.\n\nDublin Bus, through its communications manager, Orla Byrne, said fuel costs had doubled. "We are doing everything we can," she said.',
            "Orla Byrne",
        ),
        # Nigerian broadsheet, a university
        (
            'Exams were postponed in Ibadan.\n\nThe University of Ibadan, through its registrar, Olubunmi Faluyi, said the papers had leaked. "We are doing everything we can," she said.',
            "Olubunmi Faluyi",
        ),
    ],
)
def test_the_one_a_body_speaks_through_is_a_later_pronoun(article: str, speaker: str) -> None:
    assert _speaker_of(article, "everything we can") == speaker


@pytest.mark.parametrize(
    "article",
    [
        # a thing the body speaks through is nobody
        'Fares will rise.\n\nHarbour Rail, through its website, said fares would rise from May. "We had no choice," he said.',
        # South African wire: a body the recognizer calls a person is no "he" either
        'Shares fell in Johannesburg.\n\nKaroo Mining, through its chief executive, Thabo Nkosi, said output would recover. "We are doing everything we can," he said.',
        # the body reports a man charged: he or the spokesman may be the "he"
        'Paul Reeve was walking home.\n\nThe command, through its spokesman, Abdullahi Haruna, said Musa Bello, 40, had been charged. "I did nothing wrong," he said.',
    ],
)
def test_no_body_and_no_unsure_spokesman_is_credited(article: str) -> None:
    [speaker] = [q.speaker for q in build_brief(article).quotes]
    assert speaker != "Karoo Mining"
    assert speaker in (UNATTRIBUTED, "Thabo Nkosi")
    assert "Musa Bello" not in speaker and "Haruna" not in speaker


# The one who watched goes on, not the one watched.
@pytest.mark.parametrize(
    ("sentence", "pronoun", "speaker"),
    [
        # Nigerian wire, a parade of suspects (the recognizer calls the suspect a body)
        (
            "The victim's father, Samuel Eze, watched as Kelechi Obi was led away.",
            "he",
            "Samuel Eze",
        ),
        # Irish local court (the parser makes "brother" the root)
        (
            "Her brother, Tom Reilly, watched as Declan Moore was taken to the cells.",
            "he",
            "Tom Reilly",
        ),
        # Indian local, an arrest
        ("His father, Rajesh Iyer, looked on as Vikram Rao was handcuffed.", "he", "Rajesh Iyer"),
        # Singapore broadsheet, a detainee
        ("Minister Lee Wei Ming watched as Tan Ah Kow was escorted out.", "he", "Lee Wei Ming"),
        # Irish farming, a man taken away
        (
            "The farmer, Kevin Lynch, looked on as Brian Fahy was put into a squad car.",
            "he",
            "Kevin Lynch",
        ),
    ],
)
def test_the_watcher_speaks_not_the_one_watched(sentence: str, pronoun: str, speaker: str) -> None:
    article = f'It was a long day.\n\n{sentence} "It was hard to see," {pronoun} said.'
    assert _speaker_of(article, "hard to see") == speaker


@pytest.mark.parametrize(
    ("sentence", "allowed"),
    [
        # what the main subject watched is a thing: the other clause's subject is not watched
        ("Tom Reilly watched the match while Declan Moore cooked dinner.", (UNATTRIBUTED,)),
        # two subjects side by side, no watching (round 23 stays)
        ("Mr Adeyemi resigned while Mr Okafor stayed.", (UNATTRIBUTED,)),
        # a verb that is no watching
        ("Tom Reilly cried as Declan Moore was led away.", (UNATTRIBUTED,)),
        # one watched who acts may speak of it as well (round 23): never the one watched
        ("Councillor Joe Byrne watched as Mark Doyle cut the ribbon.", (UNATTRIBUTED,)),
        ("Minister Lee Wei Ming watched as Tan Ah Kow signed the deal.", (UNATTRIBUTED,)),
        (
            "Her coach, Peter Mbeki, watched as Sipho Dlamini crossed the line.",
            (UNATTRIBUTED, "Peter Mbeki"),
        ),
        # the watcher does not fit the pronoun: the only man named is
        ("Her mother, Ann Lee, watched as Tom Reilly was led away.", ("Tom Reilly",)),
    ],
)
def test_no_watcher_no_swap(sentence: str, allowed: tuple[str, ...]) -> None:
    article = f'It was a long day.\n\n{sentence} "It was hard to see," he said.'
    assert _speaker_of(article, "hard to see") in allowed


# "His attacker, X," beside another he named before: either may be meant.
@pytest.mark.parametrize(
    ("lead", "sentence", "pronoun"),
    [
        ("Paul Reeve was walking home on Friday.", "His attacker, Wayne Hollis, fled.", "he"),
        (
            "Sipho Dlamini was robbed at a taxi rank.",
            "His assailant, Themba Zulu, escaped in a car.",
            "he",
        ),
        ("Ann Lee was sacked in May.", "Her successor, Kate Moss, started on Monday.", "she"),
        (
            "Emeka Obi lost the primary.",
            "His opponent, Yusuf Bala, won 60 per cent of the vote.",
            "he",
        ),
        (
            "Tom Healy was injured in the crash.",
            "His passenger, Ian Moss, walked away unhurt.",
            "he",
        ),
    ],
)
def test_someone_described_as_anothers_is_no_sure_pronoun(
    lead: str, sentence: str, pronoun: str
) -> None:
    article = f'{lead}\n\n{sentence} "I am lucky to be alive," {pronoun} said.'
    assert _speaker_of(article, "lucky to be alive") == UNATTRIBUTED


@pytest.mark.parametrize(
    ("lead", "sentence", "pronoun", "speaker"),
    [
        # the other one died: the kin speaks
        (
            "Paul Reeve died in hospital on Friday.",
            "His son, Tom Reilly, paid tribute.",
            "he",
            "Tom Reilly",
        ),
        # the one described says something himself
        (
            "Paul Reeve was walking home on Friday.",
            "His son, Tom Reilly, said the family was shaken.",
            "he",
            "Tom Reilly",
        ),
        # the owner's gender is not the pronoun's
        (
            "Ann Lee was sacked in May.",
            "His successor, Tom Healy, started on Monday.",
            "he",
            "Tom Healy",
        ),
        # brought in by her kin to one who has spoken: she goes on (Philippine broadcaster)
        (
            'Lourdes Pacquing, 64, said she left with her grandchildren. "We heard a sound like thunder," Pacquing said.',
            "Her daughter, Marites Lagman, spent the night on a classroom floor.",
            "she",
            "Marites Lagman",
        ),
    ],
)
def test_kin_and_the_described_who_speak_still_speak(
    lead: str, sentence: str, pronoun: str, speaker: str
) -> None:
    article = f'{lead}\n\n{sentence} "I am lucky to be here," {pronoun} said.'
    assert _speaker_of(article, "lucky to be here") == speaker


# "was shot dead", "was found dead", "was stabbed to death": a death, no later speaker.
@pytest.mark.parametrize(
    ("lead", "sentence", "pronoun", "speaker"),
    [
        (
            "Paul Reeve was walking home on Friday.",
            "The gunman, Ryan Tait, was shot dead by officers.",
            "he",
            "Paul Reeve",
        ),
        (
            "Ann Lee was driving home.",
            "The other driver, Kate Moss, was found dead at the scene.",
            "she",
            "Ann Lee",
        ),
        (
            "Emeka Obi runs a shop in Aba.",
            "His neighbour, Chidi Okeke, was stabbed to death on Monday.",
            "he",
            "Emeka Obi",
        ),
    ],
)
def test_one_killed_in_a_passive_does_not_speak(
    lead: str, sentence: str, pronoun: str, speaker: str
) -> None:
    article = f'{lead}\n\n{sentence} "I heard the shots," {pronoun} said.'
    assert _speaker_of(article, "heard the shots") == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Ryan Tait was sentenced to death on Monday.",
        "Ryan Tait was nearly beaten to death.",
        "Ryan Tait was left for dead.",
    ],
)
def test_one_sentenced_or_nearly_killed_still_speaks(sentence: str) -> None:
    article = f'Paul Reeve was walking home on Friday.\n\n{sentence} "I heard the shots," he said.'
    assert _speaker_of(article, "heard the shots") == "Ryan Tait"
