"""Who "he"/"she" stands for when a sentence names two people (synthetic articles,
written for these tests, invented names).

A person inside a relative clause that describes the sentence's subject ("Ann Lee,
whose father Tom played in the side, said ...") is not who a following "he"/"she" is;
a name the parser made its sentence's root, with the verb hung under it ("Widow Ann
Lee, 71, of Leeds, handed over her savings"), is that verb's subject; widow, mum and
their like tell a gender.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speaker(text: str, quote_start: str) -> str:
    brief = build_brief(text)
    matching = [q for q in brief.quotes if q.text.startswith(quote_start)]
    assert matching, [q.text for q in brief.quotes]
    return matching[0].speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # Sport, local paper: a relative named inside the captain's relative clause.
        (
            "Harlow Town won the county cup on Saturday, beating Redford 2-1.\n\n"
            "Harlow captain Daniel Okoye, 29, whose brother Samuel played in the last "
            "winning side, said the result was for the whole town.\n\n"
            '"This club has waited a long time for a day like this," he said.',
            "This club has waited",
            "Daniel Okoye",
        ),
        # Education: the predecessor in apposition inside the relative clause.
        (
            "A primary school in Leeds has been rated outstanding by inspectors.\n\n"
            "Headteacher Joanna Brett, whose predecessor Linda Moss retired last year, "
            "said the staff deserved the credit.\n\n"
            '"It has been a team effort from the start," she said.',
            "It has been a team effort",
            "Joanna Brett",
        ),
        # Crime: a son named by first name only, in the owner's relative clause.
        (
            "Police have charged a man after a break-in at a jeweller's in Norwich.\n\n"
            "Shop owner Raj Patel, whose son Arun was working that day, said nothing of "
            "value was taken.\n\n"
            '"He was very brave and stayed calm," he said.',
            "He was very brave",
            "Raj Patel",
        ),
        # Courts, tabloid: the parser makes the victim's name the root ("handed" hung
        # under it); a caption naming the defendant stands between.
        (
            "A conman who posed as a soldier has been jailed for six years.\n\n"
            "Carl Breen, 48, met his victims online, Norwich Crown Court heard.\n\n"
            "Carl Breen (pictured) used photographs of another man\n\n"
            "Widow Edith Marsh, 74, of Ipswich, handed over her £90,000 savings in just "
            "two weeks after her husband died.\n\n"
            "In a statement read to the court, she said: 'I trusted him with everything "
            "I had.'",
            "I trusted him",
            "Edith Marsh",
        ),
    ],
)
def test_the_sentence_subject_not_the_name_in_its_clause(
    text: str, quote_start: str, speaker: str
) -> None:
    assert _speaker(text, quote_start) == speaker


def test_the_subject_of_a_relative_clause_still_speaks_when_nobody_else_does() -> None:
    # Only one person in the sentence: the relative clause's subject is the one named.
    text = (
        "A charity has opened a new food bank in Swindon.\n\n"
        "The volunteer who runs it, Priya Shah, said demand had doubled.\n\n"
        '"We see new families every week," she said.'
    )
    assert _speaker(text, "We see new families") == "Priya Shah"


def test_a_described_name_with_a_participle_stays_a_description() -> None:
    # "arrested in May" has no object: the name is not made a subject by it, so the
    # officer who is the subject keeps the turn.
    text = (
        "Detective Inspector Ruth Cole said the inquiry was continuing.\n\n"
        "Mark Dunn, arrested in May\n\n"
        '"We are still appealing for witnesses," she said.'
    )
    assert _speaker(text, "We are still appealing") == "Ruth Cole"


@pytest.mark.parametrize("noun", ["defender", "nurse", "veteran"])
def test_an_age_with_a_persons_noun_is_read_like_the_age_alone(noun: str) -> None:
    # "the 33-year-old defender said": the age and the noun describe the person named
    # just before, as "the 33-year-old said" does.
    text = (
        "Rovers have suspended their striker after he refused to travel.\n\n"
        "Club captain Liam Thorley, who has played more than 300 times for Rovers, said "
        "the squad had found out in the dressing room.\n\n"
        f"'We're all disappointed,' the 33-year-old {noun} said."
    )
    assert _speaker(text, "We're all disappointed") == "Liam Thorley"


def test_an_age_with_a_noun_goes_to_the_person_given_that_age() -> None:
    text = (
        "Two nurses have been praised for saving a man's life at a bus stop in Hull.\n\n"
        "Grace Obi, 52, and Tom Fenwick, 27, were on their way to a night shift.\n\n"
        "Fenwick said he had started chest compressions at once.\n\n"
        "'I just did what we are trained to do,' the 52-year-old nurse said."
    )
    assert _speaker(text, "I just did what") == "Grace Obi"


def test_an_age_given_nobody_goes_to_the_subject_of_the_paragraph_just_before() -> None:
    # The "he" and "she" readings differ (the striker's gender is never told by a
    # title); the captain is the subject of the paragraph just before the quote.
    text = (
        "Harbour Rovers striker Kai Brennan refused to travel for Saturday's match.\n\n"
        "Kai Brennan (pictured) has scored six goals this season\n\n"
        "Club captain Liam Ross, who has played 300 times for the club, said the squad "
        "had found out in the dressing room.\n\n"
        "'We're all disappointed,' the 33-year-old defender said."
    )
    assert _speaker(text, "We're all disappointed") == "Liam Ross"


def test_an_age_given_nobody_stays_unattributed_when_neither_reading_is_near() -> None:
    # Two people of unknown gender, both named two paragraphs back or more: no guess.
    text = (
        "Jordan Vale and Sam Okafor were both named in the squad on Friday.\n\n"
        "The club will play its first match of the season next week.\n\n"
        "'It is a proud day,' the 23-year-old said."
    )
    assert _speaker(text, "It is a proud day") == "unattributed"


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        # US politics, wire: "Gov." is the governor; a party word does not hide her.
        ("the governor", "Annika Brevold"),
        ("the Democratic governor", "Annika Brevold"),
    ],
)
def test_an_abbreviated_title_is_the_office_it_abbreviates(description: str, speaker: str) -> None:
    text = (
        "MADISON, Wis. (AP) — Wisconsin Gov. Annika Brevold on Friday vetoed a bill "
        "that would have cut property taxes by $1.4 billion.\n\n"
        f'In her veto message, {description} wrote: "I want to cut taxes for working '
        'families."'
    )
    assert _speaker(text, "I want to cut taxes") == speaker


def test_a_party_word_picks_the_senator_of_that_party() -> None:
    text = (
        "Democratic Sen. Mark Doyle and Republican Sen. Ana Ruiz clashed over the farm "
        "bill on Tuesday.\n\n"
        '"This bill is a disaster for farmers," the Republican senator said.'
    )
    assert _speaker(text, "This bill is a disaster") == "Ana Ruiz"


@pytest.mark.parametrize("post", ["Churchwarden", "Verger", "Curate"])
def test_a_church_post_before_a_name_is_no_part_of_the_speakers_name(post: str) -> None:
    text = (
        "Thieves have stripped lead from the roof of a village church for the second "
        "time in a year.\n\n"
        f"{post} Brian Tuckey said the parish had spent £40,000 on repairs.\n\n"
        "'We had barely finished paying the roofer,' he said."
    )
    assert _speaker(text, "We had barely finished") == "Brian Tuckey"
