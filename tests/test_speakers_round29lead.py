# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 29 (the lead), two classes of wrong speaker after a fronted clause.

1. A name set off by commas after a fronted clause, before a main verb the parser left
   with no subject ("When Mr Ryle called the evidence fantasy, the judge, Paul Kerr,
   stopped him. ‘…,’ he said"): the parser hangs "the judge, Paul Kerr" on the fronted
   clause's object, and the pronoun went to the fronted clause's subject. The named one
   is the main verb's subject, and the one a "he" or "she" after it goes on with.
2. The one a quote speaks to by name is not its speaker ("‘This is
not the chamber for speeches, Mattie,’ he said" after Mattie Cusack spoke earlier). The
pronoun would reach back to the one addressed; a wrong speaker is worse than
`unattributed`, so nobody is credited. A name at the quote's end that is not set off
as a vocative, or a vocative naming someone else, changes nothing.

Every passage is synthetic, written for these tests (invented people and bodies), in
Irish, British, Australian, Nigerian and US copy: council chambers, courts, sport and a
parliament."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

UNATTRIBUTED = "unattributed"


def _speaker_of(text: str, part: str) -> str:
    speakers = [q.speaker for q in build_brief(text).quotes if part in q.text]
    assert len(speakers) == 1
    return speakers[0]


ADDRESSED = [
    # Irish local: the chair speaks to a councillor who spoke before
    (
        'Independent councillor Mattie Cusack opposed it.\n\n"Nobody here is against housing," he said.\n\nWhen Cllr Cusack accused the executive of "steamrolling" the plan, the Cathaoirleach, Cllr Brendan Twomey, intervened. "This is not the Dáil, Mattie," he said, to laughter from the gallery.',
        "not the Dáil",
        "Mattie Cusack",
    ),
    (
        'Independent councillor Mattie Cusack opposed the plan.\n\n"Nobody here is against housing," he said.\n\nWhen Cllr Cusack accused the executive of bullying, the chair, Cllr Brendan Twomey, intervened. "This is not the Dáil, Mattie," he said.',
        "not the Dáil",
        "Mattie Cusack",
    ),
    # British court: the judge speaks to the defendant by his surname
    (
        'Gary Pound, 44, admitted the theft of lead from the church roof.\n\n"I needed the money for my family," he told the court.\n\nAs Pound wept in the dock, Judge Helen Marsh addressed him. "You have brought shame on yourself, Mr Pound," she said.',
        "brought shame",
        "Gary Pound",
    ),
    # Australian sport: the coach speaks to his captain, at the start of the quote
    (
        'Captain Jed Harlow kicked the winning goal after the siren.\n\n"I just closed my eyes," he said.\n\nWhen Harlow came off, coach Vince Doyle hugged him. "Jed, that was the kick of a lifetime," he said.',
        "kick of a lifetime",
        "Jed Harlow",
    ),
    # Nigerian parliament: the Speaker to a member
    (
        'Hon. Chidi Okoro rose to oppose the bill.\n\n"This bill will ruin our farmers," he said.\n\nWhen Okoro refused to sit, the Speaker, Tunde Bakare, rang his bell. "Sit down, Okoro!" he said.',
        "Sit down",
        "Chidi Okoro",
    ),
]


@pytest.mark.parametrize(("article", "part", "addressed"), ADDRESSED)
def test_the_one_addressed_by_name_is_not_the_speaker(article, part, addressed):
    assert _speaker_of(article, part) != addressed


FRONTED = [
    (
        'Defence barrister Sean Ryle cross-examined the witness.\n\n"You were not there," he said.\n\nWhen Mr Ryle called the evidence fantasy, the judge, Paul Kerr, stopped him. "The jury will decide that," he said.',
        "jury will decide",
        "Paul Kerr",
    ),
    (
        'Senator Kim Lowe opposed the bill.\n\n"This bill is a disgrace," she said.\n\nWhen Senator Lowe called the minister "a coward", the President of the Senate, Senator Rita Dunn, stood up. "That remark must be withdrawn," she said.',
        "withdrawn",
        "Rita Dunn",
    ),
    (
        'Defence barrister Sean Ryle cross-examined the witness.\n\n"You were not there," he said.\n\nWhen Mr Ryle called the evidence "fantasy", the judge, Judge Paul Kerr, stopped him. "That is enough, Mr Ryle," he said.',
        "That is enough",
        "Paul Kerr",
    ),
    (
        'Cllr Joan Pratt opposed the budget.\n\n"It is a scandal," she said.\n\nWhen Cllr Pratt called the plan "reckless", the mayor, Cllr Ruth Hale, interrupted. "Joan, you have had your say," she said.',
        "had your say",
        "Ruth Hale",
    ),
    # the main verb has its own subject: the rule stays out
    (
        'Striker Dele Ade missed two penalties.\n\n"I let the lads down," he said.\n\nWhen Ade described his season as "a nightmare", the club captain, Femi Bello, put an arm round him. "Keep your head up, Dele," he said.',
        "Keep your head",
        "Femi Bello",
    ),
]


@pytest.mark.parametrize(("article", "part", "speaker"), FRONTED)
def test_the_named_subject_after_a_fronted_clause_speaks_next(article, part, speaker):
    assert _speaker_of(article, part) == speaker


KEPT = [
    # a name at the end, not set off by a comma: words about someone, not to them
    (
        'Councillor Ann Byrne backed the plan.\n\n"I have always voted with Ann Byrne," said Cllr Tom Keane.',
        "always voted",
        "Tom Keane",
    ),
    # a vocative to someone else: the speaker stays
    (
        'Rovers captain Lewis Grant lifted the cup in front of 9,000 fans.\n\n"That one was for you, Dad," Grant said.',
        "for you, Dad",
        "Lewis Grant",
    ),
    (
        'Mayor Priya Shah opened the new library on Friday.\n\n"Thank you, Oakfield," she said.',
        "Thank you",
        "Priya Shah",
    ),
]


@pytest.mark.parametrize(("article", "part", "speaker"), KEPT)
def test_a_name_not_addressed_or_someone_else_addressed_keeps_the_speaker(article, part, speaker):
    assert _speaker_of(article, part) == speaker
