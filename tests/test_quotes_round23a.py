# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Straight (and curly) single quotes round 22's sweep left open, on synthetic passages
written for these tests (invented people, firms and places; no article from any eval
split): a plural possessive coordinated with another inside a quote ("the dogs' and the
cats' welfare", "parents' or guardians' consent") does not close it, while "'Save our
jobs' and 'No cuts'" and "'…sick of the neighbours' and left" still close before "and";
a word in capitals before the mark ("'hands off our NHS' outside") closes the quote; a
title abbreviated with a full stop before the speaker's name ("Sgt. Ana Ruiz", "Det.
Insp.", "Cllr.", "Supt.") no longer ends the sentence the quote's cue is in; "'…,' Ann
Coyle, 61, said outside court" credits her (the parser read "court" as a second
subject); a quote still open at its paragraph's end closes at the mark read as a plural
possessive ("chanted 'No more cuts' outside the gates"); "Cr", an Australian
councillor's title. Beats: Irish, Scottish and Australian councils, courts, US
police and politics, Nigerian schools, Indian business, sport, health."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.quotes import find_quotes
from briefsmith.engines.extractive import build_brief


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text.rstrip(" ,."), q.speaker) for q in build_brief(text).quotes]


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        (
            "Council\n\n'The dogs' and the cats' welfare must come first,' Ms Ruth Callan said.",
            "The dogs' and the cats' welfare must come first",
            "Ruth Callan",
        ),
        (
            "Schools\n\n'Parents' or guardians' consent is needed for every trip,' principal Nkechi Obi said in Abuja.",
            "Parents' or guardians' consent is needed for every trip",
            "Nkechi Obi",
        ),
        (
            "Business\n\n'Our suppliers' and customers' trust is everything to us,' said chief executive Arjun Mehta.",
            "Our suppliers' and customers' trust is everything to us",
            "Arjun Mehta",
        ),
        (
            "Politics\n\n'We're sick of the Tories' and Labour's broken promises,' voter Jean Mackie said in Paisley.",
            "We're sick of the Tories' and Labour's broken promises",
            "Jean Mackie",
        ),
        (
            "Sport\n\n‘The lads’ and the staff’s effort was incredible,’ Dundee boss Gordon Reid said.",
            "The lads’ and the staff’s effort was incredible",
            "Gordon Reid",
        ),
    ],
)
def test_a_coordinated_plural_possessive_does_not_close_the_quote(
    article: str, words: str, speaker: str
) -> None:
    assert _quotes(article) == [(words, speaker)]


def test_a_quote_closed_before_and_stays_closed_beside_a_coordinated_possessive() -> None:
    article = (
        "Council\n\n'The dogs' and the cats' welfare comes first,' Ms Ruth Callan said, as "
        "protesters held signs reading 'Hands off our pound' and 'Fund the kennels'. One "
        "woman said she was 'sick of the noise from next door' and left."
    )
    assert [q.text for q in find_quotes(article)] == [
        "The dogs' and the cats' welfare comes first",
        "Hands off our pound",
        "Fund the kennels",
        "sick of the noise from next door",
    ]


@pytest.mark.parametrize(
    ("article", "words"),
    [
        (
            "Health\n\nCampaigners marched behind a banner reading 'hands off our NHS' through Leeds on Saturday.",
            "hands off our NHS",
        ),
        (
            "Schools\n\nParents waved placards saying 'Keep our SNAS' outside the school gates in Belfast.",
            "Keep our SNAS",
        ),
        (
            "Health\n\n'Hands off our GPS' read one banner outside the clinic in Mallow.",
            "Hands off our GPS",
        ),
    ],
)
def test_a_word_in_capitals_before_the_mark_closes_the_quote(article: str, words: str) -> None:
    assert [q.text for q in find_quotes(article)] == [words]


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        (
            "US\n\n'We are asking anyone with information to come forward,' Sgt. Ana Ruiz said.",
            "We are asking anyone with information to come forward",
            "Ana Ruiz",
        ),
        (
            "Council\n\n'I won't have the public shouted down,' Cllr. Maeve Doherty said.",
            "I won't have the public shouted down",
            "Maeve Doherty",
        ),
        (
            "Police\n\n'Two men were seen running from the shop,' Det. Insp. Kieran Moss said.",
            "Two men were seen running from the shop",
            "Kieran Moss",
        ),
        (
            "Australia\n\n“The fire is still burning out of control,” Supt. Belinda Carr told the media.",
            "The fire is still burning out of control",
            "Belinda Carr",
        ),
        (
            "US\n\n\"He's a good kid who made a mistake,\" said Sgt. Ana Ruiz of the county sheriff's office.",
            "He's a good kid who made a mistake",
            "Ana Ruiz",
        ),
    ],
)
def test_an_abbreviated_rank_before_the_name_keeps_the_cue(
    article: str, words: str, speaker: str
) -> None:
    assert _quotes(article) == [(words, speaker)]


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        (
            "Courts\n\n'I just want justice for my son,' Ann Coyle, 61, said outside court.",
            "I just want justice for my son",
            "Ann Coyle",
        ),
        (
            "Australia\n\n'He deserved a longer sentence,' Rhonda Keel, 57, said outside court in Brisbane.",
            "He deserved a longer sentence",
            "Rhonda Keel",
        ),
        (
            "Nigeria\n\n'We want our money back,' Chidi Eze, 36, said outside church in Enugu.",
            "We want our money back",
            "Chidi Eze",
        ),
    ],
)
def test_an_age_before_the_verb_and_a_place_after_it(
    article: str, words: str, speaker: str
) -> None:
    assert _quotes(article) == [(words, speaker)]


@pytest.mark.parametrize(
    ("article", "words"),
    [
        ("Protest\n\nCrowds chanted 'No more cuts' outside the gates.", "No more cuts"),
        (
            "Strike\n\nPickets waved placards reading 'Fair pay for nurses' outside the hospital in Cork.",
            "Fair pay for nurses",
        ),
        (
            "Nigeria\n\nThe protesters sang 'We want our lecturers' across the campus in Ibadan.",
            "We want our lecturers",
        ),
    ],
)
def test_a_quote_left_open_at_the_paragraph_end_closes_at_the_possessive_looking_mark(
    article: str, words: str
) -> None:
    assert [q.text for q in find_quotes(article)] == [words]


def test_an_australian_councillor_titled_cr_is_credited_by_name() -> None:
    article = (
        "Local\n\n'The residents' and traders' concerns were heard loud and clear,' "
        "Cr Tom Pellow told the Advocate."
    )
    assert _quotes(article) == [
        ("The residents' and traders' concerns were heard loud and clear", "Tom Pellow")
    ]
